"""Where code-set data comes from: the simple-icd-10-cm package data, our curated CSVs, site files.

Nothing here imports ``simple_icd_10_cm`` (its import parses the whole XML, ~4 s); the package's data
folder is found with ``importlib.util.find_spec`` and read directly.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.metadata
import importlib.resources
import importlib.util
import io
import re
from pathlib import Path

from .models import CPT, HCPCS
from .tabular import Row, code_key

CURATED_VERSION = "2026.1"
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_CODE_RE = {CPT: re.compile(r"^[0-9]{4}[0-9A-Z]$"), HCPCS: re.compile(r"^[A-V][0-9]{4}$")}
_EXTRA_COLUMNS = ("category", "kind", "level", "mdm", "min_minutes")


def package_version() -> str:
    """Installed simple-icd-10-cm version ("1.5.0"); part of the cache file name so an upgrade rebuilds."""
    try:
        return importlib.metadata.version("simple_icd_10_cm")
    except importlib.metadata.PackageNotFoundError:
        return "none"


def package_data_dir() -> Path | None:
    """The package's data folder, without importing the package."""
    spec = importlib.util.find_spec("simple_icd_10_cm")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def package_tabular() -> tuple[Path, Path | None]:
    """(tabular XML, CMS code list) shipped in simple-icd-10-cm; raises if the package is missing."""
    data = package_data_dir()
    xml = sorted(data.glob("icd10c*-tabular-*.xml")) if data else []
    if not xml:
        raise FileNotFoundError("simple-icd-10-cm tabular XML not found; install simple-icd-10-cm>=1.5")
    codes = sorted(data.glob("code-list-*.txt"))
    return xml[-1], codes[-1] if codes else None


def release_label(filename: str, fallback_year: str) -> str:
    """ "icd10c-tabular-April-1-2026.xml" -> "2026-04"; "icd10cm_tabular_2027.xml" -> "2027"; else fallback."""
    m = re.search(r"([A-Za-z]+)-\d{1,2}-(\d{4})", filename)
    if m and m.group(1).lower() in _MONTHS:
        return f"{m.group(2)}-{_MONTHS[m.group(1).lower()]:02d}"
    y = re.search(r"(?<!\d)(20\d\d)(?!\d)", filename)
    return y.group(1) if y else fallback_year or "unknown"


def read_code_list(path: Path) -> set[str]:
    """Keys from the package's code list (one code per line, no dots)."""
    return {line.strip().upper() for line in path.read_text(encoding="utf-8").split() if line.strip()}


def read_order_file(path: Path) -> dict[str, tuple[bool, str]]:
    """CMS order file (fixed width: order, code, billable flag, short title, long title) -> key: (billable, title)."""
    out: dict[str, tuple[bool, str]] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if len(line) < 16 or not line[:5].strip().isdigit():
            continue
        key, flag = line[6:13].strip().upper(), line[14:15]
        title = line[77:].strip() or line[16:76].strip()
        if key and flag in "01":
            out[key] = (flag == "1", title)
    return out


def looks_like_order_file(path: Path) -> bool:
    """True when the first lines follow the CMS order-file layout."""
    with path.open(encoding="utf-8", errors="replace") as f:
        head = [f.readline() for _ in range(3)]
    return bool(head[0]) and all(re.match(r"^\d{5} [A-Z0-9]{3,7}\s+[01] ", h) for h in head if h)


def curated_bytes() -> dict[str, bytes]:
    """Our shipped CPT/HCPCS CSVs (raw bytes; their hash is part of the cache key)."""
    data = importlib.resources.files("suggest.codesets") / "data"
    return {CPT: (data / "cpt_curated.csv").read_bytes(), HCPCS: (data / "hcpcs_curated.csv").read_bytes()}


def curated_rows(system: str, raw: bytes) -> list[Row]:
    """Rows of a curated CSV; unknown columns are refused so a typo cannot silently drop data."""
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8")))
    unknown = set(reader.fieldnames or ()) - {"code", "description", *_EXTRA_COLUMNS}
    if unknown:
        raise ValueError(f"curated {system} CSV has unknown columns: {sorted(unknown)}")
    rows = []
    for rec in reader:
        extra: dict[str, object] = {k: rec[k] for k in ("category", "kind", "mdm") if rec.get(k)}
        for k in ("level", "min_minutes"):
            if rec.get(k):
                extra[k] = int(rec[k])
        rows.append(Row(system, rec["code"].strip().upper(), rec["description"].strip(), True, "code", extra=extra))
    dupes = sorted({r.code for r in rows if sum(1 for x in rows if x.code == r.code) > 1})
    if dupes:
        raise ValueError(f"curated {system} CSV lists codes twice: {dupes}")
    return rows


def read_descriptor_file(system: str, path: Path) -> list[Row]:
    """A site's CPT or HCPCS file: CSV/TSV with columns code, description (any case) and optional billable.

    Also accepts "long description"/"short description" headers. Rows with an invalid code are refused
    with the line number, so a wrong file fails loudly instead of importing garbage.
    """
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t|;")
    reader = csv.reader(io.StringIO(text), dialect)
    header = [h.strip().lower() for h in next(reader, [])]
    col = {h: i for i, h in enumerate(header)}
    code_i = col.get("code", col.get("hcpcs", col.get("cpt")))
    desc_i = next((col[h] for h in ("description", "long description", "long_description", "short description",
                                     "short_description", "descriptor") if h in col), None)
    if code_i is None or desc_i is None:
        raise ValueError(f"{path.name}: needs columns 'code' and 'description' (found {header})")
    bill_i = col.get("billable")
    rows: list[Row] = []
    for n, rec in enumerate(reader, start=2):
        if not rec or not rec[code_i].strip():
            continue
        code = code_key(rec[code_i])
        if not _CODE_RE[system].match(code):
            raise ValueError(f"{path.name} line {n}: {code!r} is not a {system} code")
        billable = bill_i is None or rec[bill_i].strip().lower() not in ("0", "n", "no", "false")
        rows.append(Row(system, code, rec[desc_i].strip(), billable, "code", extra={}))
    if not rows:
        raise ValueError(f"{path.name}: no {system} codes found")
    return rows


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
