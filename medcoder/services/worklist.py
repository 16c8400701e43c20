"""The coders' worklist: filter, sort, paginate; hand out the next encounter; admin reassignment.

"Next encounter" claims with ``UPDATE encounters SET assignee_id = :me ... WHERE id = :id AND
assignee_id IS NULL``: on PostgreSQL a second transaction waits for the first's row lock and then sees the
row taken (0 rows updated), on SQLite writers are serialised; either way two coders never get the same one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import ceil

from sqlalchemy import Select, and_, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from medcoder.audit import Actor, append_event
from medcoder.errors import PermissionDeniedError, ValidationError
from medcoder.services.encounters import bump, check_version, get_encounter, user_for
from medcoder.storage.models import ENCOUNTER_STATES, Encounter, User, utcnow

OPEN_STATES = ("suggested", "in_review", "reopened")
MAX_PAGE_SIZE = 200
Assignee = aliased(User)
SORTS = {
    "date": Encounter.date_of_service, "id": Encounter.id, "state": Encounter.state,
    "setting": Encounter.setting, "specialty": Encounter.specialty, "payer": Encounter.payer,
    "suggestions": Encounter.suggestion_count, "confidence": Encounter.min_confidence,
    "assignee": Assignee.username, "priority": Encounter.priority, "updated": Encounter.updated_at,
}


@dataclass
class WorklistFilter:
    """Every field optional; ``assignee`` is a username, "none" (unassigned) or "me"."""

    state: str | None = None
    setting: str | None = None
    specialty: str | None = None
    payer: str | None = None
    assignee: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    max_confidence: float | None = None
    search: str | None = None


@dataclass(frozen=True)
class WorklistRow:
    id: str
    state: str
    date_of_service: str | None
    setting: str
    specialty: str | None
    payer: str | None
    suggestion_count: int
    min_confidence: float | None
    assignee: str | None
    version: int


@dataclass
class WorklistPage:
    rows: list[WorklistRow]
    total: int
    page: int
    page_size: int
    sort: str
    descending: bool
    filters: WorklistFilter = field(default_factory=WorklistFilter)

    @property
    def pages(self) -> int:
        return max(1, ceil(self.total / self.page_size))


def _apply(query: Select, filters: WorklistFilter, me: str | None) -> Select:
    if filters.state:
        if filters.state not in ENCOUNTER_STATES:
            raise ValidationError(f"state must be one of {', '.join(ENCOUNTER_STATES)}", field="state")
        query = query.where(Encounter.state == filters.state)
    for column, value in ((Encounter.setting, filters.setting), (Encounter.specialty, filters.specialty),
                          (Encounter.payer, filters.payer)):
        if value:
            query = query.where(column == value)
    if filters.assignee == "none":
        query = query.where(Encounter.assignee_id.is_(None))
    elif filters.assignee:
        query = query.where(Assignee.username == (me if filters.assignee == "me" else filters.assignee))
    if filters.date_from:
        query = query.where(Encounter.date_of_service >= filters.date_from)
    if filters.date_to:
        query = query.where(Encounter.date_of_service <= filters.date_to)
    if filters.max_confidence is not None:
        query = query.where(Encounter.min_confidence <= filters.max_confidence)
    if filters.search:
        query = query.where(Encounter.id.like(filters.search.replace("%", "").replace("_", r"\_") + "%",
                                              escape="\\"))
    return query


def list_worklist(session: Session, *, filters: WorklistFilter | None = None, sort: str = "date",
                  descending: bool = False, page: int = 1, page_size: int = 50,
                  me: str | None = None) -> WorklistPage:
    """One page of encounters; only indexed columns are filtered, so thousands of rows stay fast."""
    filters = filters or WorklistFilter()
    if sort not in SORTS:
        raise ValidationError(f"sort must be one of {', '.join(SORTS)}", field="sort")
    page, page_size = max(1, page), min(max(1, page_size), MAX_PAGE_SIZE)
    base = select(Encounter).outerjoin(Assignee, Assignee.id == Encounter.assignee_id)
    base = _apply(base, filters, me)
    total = session.scalar(select(func.count()).select_from(base.with_only_columns(Encounter.id).subquery())) or 0
    page = min(page, max(1, ceil(total / page_size)))  # a page past the end shows the last page, not "99 of 2"
    column = SORTS[sort]
    order = [column.desc().nulls_last() if descending else column.asc().nulls_last(), Encounter.id]
    query = base.with_only_columns(
        Encounter.id, Encounter.state, Encounter.date_of_service, Encounter.setting, Encounter.specialty,
        Encounter.payer, Encounter.suggestion_count, Encounter.min_confidence, Assignee.username, Encounter.version,
    ).order_by(*order).limit(page_size).offset((page - 1) * page_size)
    rows = [WorklistRow(*row) for row in session.execute(query)]
    return WorklistPage(rows=rows, total=total, page=page, page_size=page_size, sort=sort, descending=descending,
                        filters=filters)


def filter_options(session: Session) -> dict[str, list[str]]:
    """Distinct values for the worklist's filter menus."""
    options: dict[str, list[str]] = {"state": list(ENCOUNTER_STATES)}
    for name, column in (("setting", Encounter.setting), ("specialty", Encounter.specialty),
                         ("payer", Encounter.payer)):
        options[name] = [v for v in session.scalars(select(column).distinct().order_by(column)) if v]
    options["assignee"] = list(session.scalars(select(User.username).where(User.role.in_(("coder", "admin")))
                                               .order_by(User.username)))
    return options


def _candidates(session: Session, limit: int) -> list[str]:
    """The oldest unassigned open encounters, best first.

    On PostgreSQL the rows are locked with SKIP LOCKED: coders asking at the same moment each get a different
    encounter instead of all queueing on the first row's lock and then losing the race one after another.
    """
    query = (select(Encounter.id).where(Encounter.assignee_id.is_(None), Encounter.state.in_(OPEN_STATES))
             .order_by(Encounter.priority.desc(), Encounter.date_of_service.asc().nulls_last(),
                       Encounter.created_at, Encounter.id))
    if session.get_bind().dialect.name == "postgresql":
        query = query.limit(1).with_for_update(skip_locked=True)
    else:
        query = query.limit(limit)
    return list(session.scalars(query))


def next_encounter(session: Session, *, actor: Actor) -> Encounter | None:
    """The coder's own open encounter if they have one (no hoarding), else claim the oldest unassigned one."""
    user = user_for(session, actor)
    if user.role not in ("coder", "admin"):
        raise PermissionDeniedError("only coders and admins take encounters from the worklist")
    mine = session.scalar(select(Encounter).where(Encounter.assignee_id == user.id,
                                                  Encounter.state.in_(OPEN_STATES))
                          .order_by(Encounter.updated_at).limit(1))
    if mine is not None:
        return mine
    for _attempt in range(5):
        for encounter_id in _candidates(session, 10):
            claimed = session.execute(
                update(Encounter).where(and_(Encounter.id == encounter_id, Encounter.assignee_id.is_(None)))
                .values(assignee_id=user.id, version=Encounter.version + 1, updated_at=utcnow())
                .execution_options(synchronize_session=False)).rowcount
            if claimed == 1:
                encounter = get_encounter(session, encounter_id)
                append_event(session, actor=actor, action="encounter.assign", encounter_id=encounter_id,
                             payload={"assignee": user.username, "how": "next", "version": encounter.version})
                return encounter
    return None


def reassign(*, session: Session, encounter_id: str, expected_version: int, actor: Actor,
             assignee: str | None) -> Encounter:
    """Admin only: give the encounter to another coder (or to nobody, with ``assignee=None``)."""
    admin = user_for(session, actor)
    if admin.role != "admin":
        raise PermissionDeniedError("only an admin can reassign encounters")
    encounter = get_encounter(session, encounter_id)
    check_version(encounter, expected_version)
    target = None
    if assignee:
        target = session.scalar(select(User).where(User.username == assignee))
        if target is None or not target.active or target.role not in ("coder", "admin"):
            raise ValidationError(f"{assignee!r} is not an active coder", field="assignee")
    before = encounter.assignee.username if encounter.assignee else None
    encounter.assignee = target
    bump(session, encounter, expected_version)
    append_event(session, actor=actor, action="encounter.assign", encounter_id=encounter.id, payload={
        "before": before, "after": target.username if target else None, "how": "reassign",
        "version": encounter.version})
    return encounter


def open_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Encounter).where(
        or_(Encounter.state.in_(OPEN_STATES)), Encounter.assignee_id.is_(None))) or 0
