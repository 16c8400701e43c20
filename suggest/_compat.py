"""Adapters to the codesets and nlp APIs.

Both packages are built in parallel; the engine calls only the names below. Until
``suggest.codesets.get_codesets`` exists, a minimal read-only shim over simple_icd_10_cm
stands in (ICD-10-CM only; CPT/HCPCS descriptions then come from our own data files).
Integration is one edit here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

ICD10CM = "ICD-10-CM"
CPT = "CPT"
HCPCS = "HCPCS"


@dataclass
class ShimCodeInfo:
    system: str
    code: str
    title: str
    billable: bool
    parent: str | None = None
    inclusion_terms: list[str] = field(default_factory=list)
    excludes1: list[str] = field(default_factory=list)
    excludes2: list[str] = field(default_factory=list)
    code_first: list[str] = field(default_factory=list)
    use_additional: list[str] = field(default_factory=list)
    code_also: list[str] = field(default_factory=list)
    seventh_characters: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)


class ShimCodeSets:
    """Just enough of suggest.codesets.CodeSets for the engine, backed by simple_icd_10_cm."""

    version = "shim-simple-icd-10-cm"

    def __init__(self) -> None:
        import simple_icd_10_cm as cm

        self._cm = cm
        self._all = [c for c in cm.get_all_codes(with_dots=True) if not cm.is_chapter_or_block(c)]
        self._cache: dict[str, ShimCodeInfo | None] = {}

    def _seventh(self, code: str) -> dict[str, str]:
        cm = self._cm
        cur: str | None = code
        while cur:
            d = cm.get_seven_chr_def(cur)
            if d:
                return dict(d)
            cur = cm.get_parent(cur) or None
            if cur and cm.is_chapter_or_block(cur):
                break
        return {}

    def lookup(self, code: str, system: str | None = None) -> ShimCodeInfo | None:
        if system not in (None, ICD10CM):
            return None
        if code in self._cache:
            return self._cache[code]
        cm = self._cm
        info = None
        if cm.is_valid_item(code) and not cm.is_chapter_or_block(code):
            seventh = self._seventh(code) if code[0] in "ST" or code[:3] in ("M80", "M84", "O31") else {}
            leaf = cm.is_leaf(code)
            billable = leaf and not (seventh and len(code.replace(".", "")) < 7)
            info = ShimCodeInfo(
                ICD10CM, code, cm.get_description(code), billable, cm.get_parent(code) or None,
                list(cm.get_inclusion_term(code)), list(cm.get_excludes1(code)), list(cm.get_excludes2(code)),
                list(cm.get_code_first(code)), list(cm.get_use_additional_code(code)),
                list(cm.get_code_also(code)), seventh,
            )
        self._cache[code] = info
        return info

    def is_billable(self, code: str) -> bool:
        info = self.lookup(code)
        return bool(info and info.billable)

    def children(self, code: str) -> list[str]:
        return list(self._cm.get_children(code)) if self._cm.is_valid_item(code) else []

    def ancestors(self, code: str) -> list[str]:
        return [a for a in self._cm.get_ancestors(code) if not self._cm.is_chapter_or_block(a)]

    def codes(self, system: str = ICD10CM) -> list[str]:
        return list(self._all) if system == ICD10CM else []

    def icd10cm_terms(self) -> Iterator[tuple[str, str, str]]:
        cm = self._cm
        for c in self._all:
            yield c, cm.get_description(c), "title"
            for t in cm.get_inclusion_term(c):
                yield c, t, "inclusion"


@lru_cache(maxsize=1)
def get_codesets() -> Any:
    """The project's CodeSets (cached), or the shim while suggest.codesets is not there yet."""
    try:
        from suggest.codesets import get_codesets as real
    except ImportError:
        return ShimCodeSets()
    return real()


def load_nlp() -> Any | None:
    """``nlp.analyze`` if the nlp package provides it, else None (the engine's fallback is used)."""
    try:
        from nlp import analyze
    except ImportError:
        return None
    return analyze
