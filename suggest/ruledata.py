"""Rule data: synonyms, token maps, guideline rules, E/M tables and procedure phrases.

Rules are data (suggest/data/*.json) read with importlib.resources; every record class has a
``from_dict`` that rejects unknown keys and names them, so a typo in a data file fails loudly in
tests/test_rule_data.py instead of silently dropping a rule.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources
from typing import Any, TypeVar

from suggest.errors import RuleDataError

T = TypeVar("T")

DATA_FILES = ("synonyms.json", "tokens.json", "rules.json", "em.json", "procedures.json", "integral.json")


def _check_keys(cls: type, d: dict[str, Any], where: str) -> None:
    if not isinstance(d, dict):
        raise RuleDataError(f"{where}: expected an object, got {type(d).__name__}")
    allowed = {f.name for f in fields(cls)}
    unknown = sorted(set(d) - allowed)
    if unknown:
        raise RuleDataError(f"{where}: unknown key(s) {unknown} for {cls.__name__}")


def _build(cls: type[T], d: dict[str, Any], where: str) -> T:
    _check_keys(cls, d, where)
    try:
        return cls(**d)
    except TypeError as exc:  # missing required key
        raise RuleDataError(f"{where}: {exc}") from None


@dataclass(frozen=True)
class Synonym:
    """Clinical phrasings of one code; ``context`` documents when an abbreviation is safe."""

    code: str
    terms: list[str]
    context: str = ""
    abstracting: bool = False

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Synonym:
        s = _build(cls, d, "synonym")
        if not s.terms or not all(isinstance(t, str) and t.strip() for t in s.terms):
            raise RuleDataError(f"synonym {s.code}: terms must be non-empty strings")
        return s


@dataclass(frozen=True)
class TokenData:
    """Stop words dropped from code titles, and canonical tokens (renal -> kidney)."""

    stopwords: list[str]
    canonical: dict[str, str]
    weak: list[str] = field(default_factory=list)
    blocked_codes: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TokenData:
        return _build(cls, d, "tokens")


@dataclass(frozen=True)
class Rule:
    """A guideline rule the engine applies; rationales cite ``id``."""

    id: str
    title: str
    reference: str
    params: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Rule:
        return _build(cls, d, "rule")


@dataclass(frozen=True)
class EMTable:
    """Office E/M time thresholds, prolonged-service and preventive-visit tables."""

    new_time: list[list[Any]]
    established_time: list[list[Any]]
    prolonged: dict[str, Any]
    preventive_new: list[list[Any]]
    preventive_established: list[list[Any]]
    mdm_levels: dict[str, list[str]]
    descriptions: dict[str, str]
    medicare_payers: list[str] = field(default_factory=list)
    ed_levels: list[str] = field(default_factory=list)
    ed_place_of_service: list[str] = field(default_factory=list)
    awv: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EMTable:
        return _build(cls, d, "em")


@dataclass(frozen=True)
class Procedure:
    """A procedure/service phrase -> CPT/HCPCS code, coded only when documented as performed."""

    id: str
    system: str
    code: str
    description: str
    terms: list[str]
    kind: str = "procedure"
    admin: str = ""
    unit_minutes: int = 0
    requires_any: list[str] = field(default_factory=list)
    significant: bool = True
    dose_mg: float = 0
    bilateral_modifier: bool = False

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Procedure:
        p = _build(cls, d, "procedure")
        if p.system not in ("CPT", "HCPCS"):
            raise RuleDataError(f"procedure {p.id}: system must be CPT or HCPCS")
        return p


@dataclass(frozen=True)
class Integral:
    """Symptom codes integral to a confirmed condition (dropped when the condition is coded)."""

    symptom: str
    conditions: list[str]

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Integral:
        return _build(cls, d, "integral")


def read_json(name: str) -> Any:
    """Read a packaged data file by name."""
    with resources.files("suggest.data").joinpath(name).open("r", encoding="utf-8") as fh:
        return json.load(fh)


def _entries(name: str, cls: type[T]) -> list[T]:
    raw = read_json(name)
    if not isinstance(raw, dict) or set(raw) - {"version", "comment", "entries"}:
        raise RuleDataError(f"{name}: top level must be {{version, comment, entries}}")
    return [cls.from_dict(e) for e in raw["entries"]]  # type: ignore[attr-defined]


@dataclass(frozen=True)
class RuleData:
    synonyms: list[Synonym]
    tokens: TokenData
    rules: dict[str, Rule]
    em: EMTable
    procedures: list[Procedure]
    integral: list[Integral]


@lru_cache(maxsize=1)
def load_rule_data() -> RuleData:
    """Load and validate every data file once per process."""
    tokens_raw = read_json("tokens.json")
    em_raw = read_json("em.json")
    rules = {r.id: r for r in _entries("rules.json", Rule)}
    return RuleData(
        synonyms=_entries("synonyms.json", Synonym),
        tokens=TokenData.from_dict({k: v for k, v in tokens_raw.items() if k not in ("version", "comment")}),
        rules=rules,
        em=EMTable.from_dict({k: v for k, v in em_raw.items() if k not in ("version", "comment")}),
        procedures=_entries("procedures.json", Procedure),
        integral=_entries("integral.json", Integral),
    )
