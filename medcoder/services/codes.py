"""Code look-ups for the review workflow, tolerant of how the code-set layer reports a miss.

Why a thin adapter: services must raise :class:`medcoder.errors.UnknownCodeError` (stable code, HTTP 422)
whatever the code-set object does for an unknown code (raise its own LookupError or return None), and tests
pass a small stub with the same methods (``lookup(code, system)``, ``notes(code, system=)``, ``search``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from medcoder.errors import UnknownCodeError, ValidationError

SYSTEMS = ("ICD-10-CM", "CPT", "HCPCS")
DIAGNOSIS_SYSTEM = "ICD-10-CM"
_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9.]{1,9}$")


@dataclass(frozen=True)
class CodeRef:
    system: str
    code: str
    title: str
    billable: bool
    info: Any


def normalize(system: str, code: str) -> str:
    """Upper-case, trimmed; ICD-10-CM codes typed without the dot get it ("E119" -> "E11.9")."""
    code = (code or "").strip().upper()
    if system == DIAGNOSIS_SYSTEM and "." not in code and len(code) > 3:
        code = f"{code[:3]}.{code[3:]}"
    return code


def check_system(system: str) -> str:
    if system not in SYSTEMS:
        raise ValidationError(f"system must be one of {', '.join(SYSTEMS)}", field="system")
    return system


_CACHE: dict[tuple, Any] = {}
_CACHE_LIMIT = 20_000


def _cached(key: tuple, compute: Any) -> Any:
    """Per-process memo for look-ups: a loaded code set never changes, and its version is part of the key."""
    if key not in _CACHE:
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        _CACHE[key] = compute()
    return _CACHE[key]


def _key(codes: Any, *parts: str) -> tuple:
    return (id(codes), str(getattr(codes, "version", "")), *parts)


def find(codes: Any, system: str, code: str) -> CodeRef | None:
    """The code's entry, or None when the code set does not know it (or it belongs to another system)."""
    return _cached(_key(codes, "find", system, code), lambda: _find(codes, system, code))


def _find(codes: Any, system: str, code: str) -> CodeRef | None:
    try:
        info = codes.lookup(code, system)
    except LookupError:
        return None
    if info is None or getattr(info, "system", system) != system:
        return None
    return CodeRef(system=system, code=getattr(info, "code", code) or code, title=getattr(info, "title", "") or "",
                   billable=bool(getattr(info, "billable", True)), info=info)


def require(codes: Any, system: str, code: str) -> CodeRef:
    """Like :func:`find` but an unknown or malformed code raises UnknownCodeError naming the code."""
    check_system(system)
    code = normalize(system, code)
    if not _CODE_RE.match(code):
        raise UnknownCodeError(f"{code[:16]!r} is not a valid {system} code", field="code")
    ref = find(codes, system, code)
    if ref is None:
        raise UnknownCodeError(f"{code} is not in the loaded {system} code set", code=code, system=system)
    return ref


def note_list(codes: Any, code: str, key: str, system: str = DIAGNOSIS_SYSTEM) -> list[str]:
    """One kind of instructional note ("excludes1", "code_first", ...) for a code, inherited ones included."""
    return _cached(_key(codes, "notes", system, code, key), lambda: _note_list(codes, code, key, system))


def _note_list(codes: Any, code: str, key: str, system: str) -> list[str]:
    try:
        notes = codes.notes(code, system=system)
    except (LookupError, AttributeError):
        return []
    value = notes.get(key, ()) if isinstance(notes, dict) else getattr(notes, key, ())
    return [str(item) for item in (value or ())]


def seventh_characters(ref: CodeRef) -> dict[str, str]:
    return dict(getattr(ref.info, "seventh_characters", {}) or {})
