"""Recognise CMS ICD-10-CM release files in a folder or zip, by content rather than by name.

Accepted: the tabular XML (root ``ICD10CM.tabular``), the order file (fixed-width text), the Alphabetic
Index and External Cause Index XMLs and the Neoplasm and Drug tables (root ``ICD10CM.index``; which one
is told by the column heads or title). Addenda files (``isAddenda="true"``) and everything else are
reported as skipped. Nested zips (CMS ships zips inside zips) are opened too.
"""

from __future__ import annotations

import contextlib
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .index_xml import kind_of
from .sources import looks_like_order_file


@dataclass
class Found:
    files: dict[str, Path] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)


def classify(path: Path) -> str | None:
    """The site-file kind of one file, or None when it is not one we import."""
    suffix = path.suffix.lower()
    if suffix == ".txt":
        return "order" if looks_like_order_file(path) else None
    if suffix != ".xml":
        return None
    root_tag, addenda, heads, title = "", False, [], ""
    try:
        for event, el in ET.iterparse(path, events=("start", "end")):
            if event == "start" and not root_tag:
                root_tag, addenda = el.tag, el.get("isAddenda") == "true"
                if root_tag != "ICD10CM.index":
                    break
            elif event == "end" and el.tag == "head":
                heads.append(el.text or "")
            elif event == "end" and el.tag == "title" and not title:
                title = "".join(el.itertext())
            elif event == "start" and el.tag == "letter":
                break
    except ET.ParseError:
        return None
    if addenda:
        return None
    if root_tag == "ICD10CM.tabular":
        return "tabular"
    return kind_of(heads, title) if root_tag == "ICD10CM.index" else None


@contextlib.contextmanager
def find_cms_files(path: Path) -> Iterator[Found]:
    """Yield the recognised files under ``path`` (folder, zip or single file); zips are unpacked to a temp dir."""
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist")
    with tempfile.TemporaryDirectory(prefix="medcoder-cms-") as tmp:
        found = Found()
        _scan(path, Path(tmp), found, depth=0)
        yield found


def _scan(path: Path, tmp: Path, found: Found, depth: int) -> None:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file():
                _scan(child, tmp, found, depth)
        return
    if zipfile.is_zipfile(path) and depth < 3:
        dest = tmp / f"z{depth}-{len(list(tmp.iterdir()))}"
        with zipfile.ZipFile(path) as zf:
            for member in zf.infolist():
                target = (dest / member.filename).resolve()
                if member.is_dir() or not str(target).startswith(str(dest.resolve())):
                    continue  # skip folders and unsafe paths ("../")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(zf.read(member))
        _scan(dest, tmp, found, depth + 1)
        return
    kind = classify(path)
    if kind is None or kind in found.files:
        found.skipped.append(path.name)
    else:
        found.files[kind] = path
