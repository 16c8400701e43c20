"""Read the CMS ICD-10-CM Alphabetic Index, External Cause Index, Neoplasm and Drug tables.

All four share one schema (icd10cm_index.xsd / icd10cm_drug_neoplasm.xsd): letter > mainTerm > term*,
each with a <title> that may hold a <nemod> (nonessential modifiers, kept apart so matching can treat
them as optional), a <code> (or <subcat>/<seecat>), <see>/<seeAlso> cross references, or table <cell>s
whose meaning comes from the <indexHeading> column heads. A term's text is its path of titles joined
with ", " ("Diabetes, type 2, with, chronic kidney disease"), the way coders read the index.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

INDEX, EINDEX, NEOPLASM, DRUG = "index", "eindex", "neoplasm", "drug"
KINDS = (INDEX, EINDEX, NEOPLASM, DRUG)


@dataclass(frozen=True)
class IndexTerm:
    """One index line: ``code`` is empty for pure cross references."""

    source: str
    path: tuple[str, ...]
    code: str
    nemod: str = ""
    see: str = ""
    see_also: str = ""
    manif: str = ""
    column: str = ""

    @property
    def text(self) -> str:
        parts = [*self.path, self.column] if self.column else list(self.path)
        return ", ".join(p for p in parts if p)


def clean_code(raw: str) -> str:
    """Index code as a tabular code: "C79.8-" -> "C79.8"; "-"/"--" (no code) -> ""."""
    code = raw.strip().rstrip("-").rstrip(".").strip().upper()
    return code if code and code[0].isalpha() else ""


def _title(el: ET.Element) -> tuple[str, str]:
    t = el.find("title")
    if t is None:
        t = el.find("diff")
    if t is None:
        return "", ""
    nemods = [" ".join("".join(n.itertext()).split()) for n in t.iter("nemod")]
    parts = [t.text or ""] + [n.tail or "" for n in t.iter("nemod")]
    return " ".join(" ".join(parts).split()), " ".join(nemods)


def kind_of(heads: list[str], title: str) -> str:
    """Which of the four files this is, from its first column head or its title."""
    first = heads[0].strip().lower() if heads else ""
    if first.startswith("neoplasm"):
        return NEOPLASM
    if first.startswith("substance"):
        return DRUG
    return EINDEX if "external cause" in title.lower() else INDEX


def read_index(path: Path) -> tuple[str, str, list[IndexTerm]]:
    """Return (kind, <version>, terms) for one index XML file."""
    root = ET.parse(path).getroot()
    if root.tag != "ICD10CM.index":
        raise ValueError(f"{path.name}: not an ICD-10-CM index file (root <{root.tag}>)")
    kind = kind_of([h.text or "" for h in root.iter("head")], root.findtext("title") or "")
    heads = {h.get("col", ""): " ".join((h.text or "").split()) for h in root.iter("head")}
    terms: list[IndexTerm] = []
    for letter in root.findall("letter"):
        for main in letter.findall("mainTerm"):
            terms.extend(_walk(main, (), kind, heads))
    return kind, (root.findtext("version") or "").strip(), terms


def _walk(el: ET.Element, parent: tuple[str, ...], kind: str, heads: dict[str, str]) -> Iterator[IndexTerm]:
    title, nemod = _title(el)
    path = (*parent, title)
    code = ""
    for tag in ("code", "subcat", "seecat"):
        if (c := el.find(tag)) is not None and (code := clean_code("".join(c.itertext()))):
            break
    see = " ".join((el.findtext("see") or "").split())
    see_also = " ".join((el.findtext("seeAlso") or "").split())
    manif = clean_code(el.findtext("manif") or "")
    if code or see or see_also:
        yield IndexTerm(kind, path, code, nemod, see, see_also, manif)
    for cell in el.findall("cell"):
        col = cell.get("col", "")
        if col != "1" and (cell_code := clean_code("".join(cell.itertext()))):
            yield IndexTerm(kind, path, cell_code, nemod, column=heads.get(col, col).lower())
    for child in el.findall("term"):
        yield from _walk(child, path, kind, heads)
