"""Loading an encounter for a change: version check, role and ownership check, state check, version bump.

Why bump first: flushing the encounter row before touching its children makes the optimistic-lock UPDATE
(``... WHERE version = :expected``) run first, so on PostgreSQL a concurrent writer blocks on the row and
then fails cleanly with StaleVersionError instead of both writers changing the code list.
"""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from medcoder.audit import Actor
from medcoder.errors import InvalidStateError, NotFoundError, PermissionDeniedError, StaleVersionError
from medcoder.services import users
from medcoder.storage.models import Encounter, User, utcnow

EDITABLE_STATES = ("new", "suggested", "in_review", "reopened")
EDITOR_ROLES = ("coder", "admin")


def user_for(session: Session, actor: Actor) -> User:
    """The active user behind an actor (services re-check roles; the web check is not the only one)."""
    cache = session.info.setdefault("medcoder_users", {})
    user = cache.get(actor.name)
    if user is None:
        user = cache[actor.name] = users.get_user(session, actor.name)
    if user is None or not user.active:
        raise PermissionDeniedError(f"user {actor.name!r} is not an active user")
    return user


def get_encounter(session: Session, encounter_id: str) -> Encounter:
    encounter = session.get(Encounter, encounter_id, populate_existing=True)
    if encounter is None:
        raise NotFoundError(f"no encounter {encounter_id!r}", encounter_id=encounter_id)
    return encounter


def stale(encounter: Encounter, expected_version: int) -> StaleVersionError:
    return StaleVersionError(
        f"encounter {encounter.id!r} changed since you loaded it (your version {expected_version}, "
        f"now {encounter.version}, state {encounter.state}); your change was not applied - review the fresh state",
        encounter_id=encounter.id, expected_version=expected_version, current_version=encounter.version,
        state=encounter.state, assignee_id=encounter.assignee_id)


def check_version(encounter: Encounter, expected_version: int) -> None:
    if encounter.version != expected_version:
        raise stale(encounter, expected_version)


def bump(session: Session, encounter: Encounter, expected_version: int) -> None:
    """Write the encounter row now (new version); a concurrent change surfaces as StaleVersionError."""
    encounter.updated_at = utcnow()
    try:
        session.flush()
    except StaleDataError as exc:
        session.rollback()
        raise StaleVersionError(f"encounter {encounter.id!r} was changed by someone else at the same time; "
                                "reload it", encounter_id=encounter.id, expected_version=expected_version) from exc


def load_for_change(session: Session, encounter_id: str, expected_version: int, actor: Actor,
                    *, start_review: bool = True, flush: bool = True) -> Encounter:
    """The encounter, checked (version, role, owner, state), claimed if unassigned, its version bumped.

    ``flush=False`` lets the caller change more fields before the single version bump (finalize).
    """
    encounter = get_encounter(session, encounter_id)
    check_version(encounter, expected_version)
    user = user_for(session, actor)
    if user.role not in EDITOR_ROLES:
        raise PermissionDeniedError(f"the {user.role} role cannot change codes")
    if encounter.assignee_id is not None and encounter.assignee_id != user.id and user.role != "admin":
        raise PermissionDeniedError(f"encounter {encounter.id!r} is assigned to another coder")
    if encounter.state not in EDITABLE_STATES:
        raise InvalidStateError(f"encounter {encounter.id!r} is {encounter.state}; "
                                + ("reopen it to change its codes" if encounter.state in ("finalized", "exported")
                                   else "this action is not allowed now"), state=encounter.state)
    if encounter.assignee_id is None and user.role == "coder":
        encounter.assignee_id = user.id
    if start_review and encounter.state in ("new", "suggested", "reopened"):
        encounter.state = "in_review"
    if flush:
        bump(session, encounter, expected_version)
    return encounter
