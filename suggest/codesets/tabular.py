"""Read the CMS ICD-10-CM tabular XML into plain rows for the cache builder.

Only the builder calls this (once per cache build); lookups never touch the XML. Full 7-character codes
are generated here from the nearest ancestor's ``sevenChrDef`` (the tabular lists only their stems), with
the CMS order-file title convention "<stem title>, <7th character meaning>" and the placeholder "X" padding.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .models import ICD10CM

_NOTE_TAGS = {
    "inclusionTerm": "inclusion_terms",
    "includes": "includes",
    "excludes1": "excludes1",
    "excludes2": "excludes2",
    "codeFirst": "code_first",
    "useAdditionalCode": "use_additional",
    "codeAlso": "code_also",
    "notes": "notes",
}


@dataclass
class Row:
    """One code or group (chapter/block) as it goes into the cache."""

    system: str
    code: str
    title: str
    billable: bool
    kind: str
    chapter: str = ""
    block: str = ""
    category: str = ""
    parent: str | None = None
    notes: dict[str, list[str]] = field(default_factory=dict)
    seventh: dict[str, str] = field(default_factory=dict)
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return code_key(self.code)


def code_key(code: str) -> str:
    """Cache key of a code: upper case, no dot, no spaces."""
    return code.replace(".", "").replace(" ", "").strip().upper()


def dotted(key: str) -> str:
    """ICD-10-CM display form: a dot after the category (E1122 -> E11.22)."""
    return key if len(key) <= 3 else f"{key[:3]}.{key[3:]}"


def _text(el: ET.Element | None) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def _own_notes(el: ET.Element) -> dict[str, list[str]]:
    notes: dict[str, list[str]] = {}
    for child in el:
        name = _NOTE_TAGS.get(child.tag)
        if name:
            notes.setdefault(name, []).extend(t for n in child.findall("note") if (t := _text(n)))
    return notes


def _seventh(el: ET.Element) -> dict[str, str]:
    d = el.find("sevenChrDef")
    if d is None:
        return {}
    return {x.get("char", ""): _text(x) for x in d.findall("extension") if x.get("char")}


def read_tabular(path: Path, valid: set[str] | None = None) -> tuple[str, list[Row]]:
    """Return (the XML's <version>, rows in tabular order: chapters, blocks, codes, 7th-character codes).

    ``valid`` (keys from the CMS code/order list) drops generated 7th-character codes CMS does not allow,
    e.g. S06.0X7D: the "death before regaining consciousness" codes take only "A".
    """
    root = ET.parse(path).getroot()
    version = (root.findtext("version") or "").strip()
    rows: list[Row] = []
    for chapter in root.findall("chapter"):
        ch = (chapter.findtext("name") or "").strip()
        rows.append(Row(ICD10CM, ch, _text(chapter.find("desc")), False, "chapter", ch, notes=_own_notes(chapter)))
        for section in chapter.iter("section"):
            block = section.get("id", "")
            rows.append(
                Row(ICD10CM, block, _text(section.find("desc")), False, "block", ch, block, parent=ch,
                    notes=_own_notes(section))
            )
            for diag in section.findall("diag"):
                rows.extend(_walk(diag, ch, block, block, {}))
    if valid:
        rows = [r for r in rows if "seventh_character" not in r.extra or r.key in valid]
    return version, rows


def _walk(diag: ET.Element, chapter: str, block: str, parent: str, inherited: dict[str, str]) -> Iterator[Row]:
    name = (diag.findtext("name") or "").strip()
    key = code_key(name)
    seventh = _seventh(diag) or inherited
    children = diag.findall("diag")
    kind = "category" if len(key) == 3 else "subcategory" if children or seventh else "code"
    title = _text(diag.find("desc"))
    yield Row(
        ICD10CM, name, title, not children and not seventh, kind, chapter, block, key[:3], parent,
        notes=_own_notes(diag), seventh=dict(seventh),
    )
    for child in children:
        yield from _walk(child, chapter, block, name, seventh)
    if not children and seventh:
        stem = key.ljust(6, "X")
        for char, meaning in seventh.items():
            yield Row(
                ICD10CM, dotted(stem + char), f"{title}, {meaning}", True, "code", chapter, block, key[:3], name,
                extra={"seventh_character": char, "seventh_character_meaning": meaning},
            )
