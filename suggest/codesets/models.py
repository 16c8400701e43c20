"""Value types and names shared by the code-set layer.

These are the only shapes other packages see; the SQLite cache behind them is private.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ICD10CM = "ICD-10-CM"
CPT = "CPT"
HCPCS = "HCPCS"
SYSTEMS = (ICD10CM, CPT, HCPCS)

NOTE_KEYS = (
    "inclusion_terms",
    "includes",
    "excludes1",
    "excludes2",
    "code_first",
    "use_additional",
    "code_also",
    "notes",
    "seventh_characters",
)


class UnknownCodeError(LookupError):
    """A code that is not in the loaded code set. ``code`` is stable for the web/CLI error mapping.

    suggest/ may not import medcoder/, so this mirrors ``medcoder.errors.UnknownCodeError`` (same code,
    same status); callers in medcoder translate it.
    """

    code = "unknown_code"
    status = 422

    def __init__(self, value: str, system: str | None = None) -> None:
        where = f" in {system}" if system else ""
        super().__init__(f"unknown code {value!r}{where}")
        self.value = value
        self.system = system


@dataclass(frozen=True)
class CodeInfo:
    """One code of any system. Lists are the code's own notes (see ``CodeSets.notes`` for inherited ones).

    ICD-10-CM: ``chapter`` is the chapter number ("4"), ``block`` the block id ("E08-E13"), ``category`` the
    3-character category ("E11"), ``parent`` the next code up (a block id for categories).
    ``seventh_characters`` maps each 7th character to its meaning for codes that still need one (inherited
    from the ancestor that defines them); a full 7-character code has it empty and carries
    ``extra["seventh_character"]`` instead. CPT/HCPCS: ``extra`` holds category/kind/level/mdm/min_minutes.
    """

    system: str
    code: str
    title: str
    billable: bool
    chapter: str = ""
    block: str = ""
    category: str = ""
    parent: str | None = None
    inclusion_terms: tuple[str, ...] = ()
    excludes1: tuple[str, ...] = ()
    excludes2: tuple[str, ...] = ()
    code_first: tuple[str, ...] = ()
    use_additional: tuple[str, ...] = ()
    code_also: tuple[str, ...] = ()
    seventh_characters: dict[str, str] = field(default_factory=dict)
    extra: dict[str, object] = field(default_factory=dict)

    def __hash__(self) -> int:
        return hash((self.system, self.code))


@dataclass(frozen=True)
class SearchHit:
    """One search result; ``score`` only orders hits within one result list.

    ``term`` is the phrase that matched (a title, inclusion term or index path) and ``source`` where it
    came from ("code" for code-prefix hits), so a UI can show why a code was found.
    """

    system: str
    code: str
    title: str
    billable: bool
    score: float
    term: str = ""
    source: str = ""
