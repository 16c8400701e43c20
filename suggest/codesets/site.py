"""A site's own code-set files, kept in ``<cache_dir>/site/`` so they survive restarts and cache rebuilds.

Each import copies the file under a content-addressed name and records it in ``manifest.json``
(written atomically). The cache key and the code-set version strings are derived from the manifest, so
importing a file changes ``CodeSets.version`` and selects (or builds) a different cache file.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from pathlib import Path

from .build import SCHEMA_VERSION, BuildInputs
from .models import CPT, HCPCS, ICD10CM
from .sources import (
    CURATED_VERSION,
    curated_rows,
    package_tabular,
    package_version,
    read_descriptor_file,
    release_label,
)

ICD_KINDS = ("tabular", "order", "index", "eindex", "neoplasm", "drug")
SITE_KINDS = (*ICD_KINDS, "cpt", "hcpcs")


class SiteFiles:
    """The manifest of imported files for one cache folder."""

    def __init__(self, cache_dir: Path) -> None:
        self.dir = cache_dir / "site"
        self.manifest_path = self.dir / "manifest.json"

    def manifest(self) -> dict[str, dict[str, str]]:
        try:
            return json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def store(self, kind: str, src: Path, sha256: str) -> dict[str, str]:
        """Copy ``src`` into the site folder (atomically) and return its manifest entry."""
        if kind not in SITE_KINDS:
            raise ValueError(f"unknown site file kind {kind!r}")
        self.dir.mkdir(parents=True, exist_ok=True)
        name = f"{kind}-{sha256[:16]}{src.suffix.lower()}"
        dest = self.dir / name
        if not dest.exists():
            tmp = self.dir / f".{name}.{uuid.uuid4().hex[:8]}.tmp"
            shutil.copyfile(src, tmp)
            os.replace(tmp, dest)
        return {"file": name, "sha256": sha256, "original": src.name}

    def save(self, manifest: dict[str, dict[str, str]]) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        tmp = self.dir / f".manifest.{uuid.uuid4().hex[:8]}.tmp"
        tmp.write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.manifest_path)
        keep = {e["file"] for e in manifest.values()} | {"manifest.json"}
        for f in self.dir.iterdir():
            if f.name not in keep and not f.name.startswith("."):
                f.unlink(missing_ok=True)

    def path(self, manifest: dict[str, dict[str, str]], kind: str) -> Path | None:
        return self.dir / manifest[kind]["file"] if kind in manifest else None


def _h8(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:8]


def versions(manifest: dict[str, dict[str, str]]) -> dict[str, str]:
    """Per-system version strings, e.g. {"ICD-10-CM": "icd10cm-2026-04", "CPT": "cpt-curated-2026.1"}."""
    if "tabular" in manifest:
        label = release_label(manifest["tabular"]["original"], "site")
        icd = f"icd10cm-{label}-site.{_h8(*(manifest[k]['sha256'] for k in ICD_KINDS if k in manifest))}"
    else:
        icd = f"icd10cm-{release_label(package_tabular()[0].name, 'unknown')}"
        extra = [manifest[k]["sha256"] for k in ICD_KINDS if k in manifest]
        if extra:
            icd += f"+site.{_h8(*extra)}"
    out = {ICD10CM: icd}
    for system, kind in ((CPT, "cpt"), (HCPCS, "hcpcs")):
        base = f"{kind}-curated-{CURATED_VERSION}"
        out[system] = f"{kind}-site.{manifest[kind]['sha256'][:8]}" if kind in manifest else base
    return out


def cache_key(manifest: dict[str, dict[str, str]], curated: dict[str, bytes]) -> str:
    """Cache file name for these inputs; includes the simple-icd-10-cm version so an upgrade rebuilds."""
    digest = _h8(str(SCHEMA_VERSION), package_version(), *(hashlib.sha256(b).hexdigest() for b in curated.values()),
                 *(f"{k}={manifest[k]['sha256']}" for k in sorted(manifest)))
    return f"codesets-sicd{package_version()}-s{SCHEMA_VERSION}-{digest}.sqlite"


def build_inputs(site: SiteFiles, manifest: dict[str, dict[str, str]], curated: dict[str, bytes]) -> BuildInputs:
    """Assemble what one cache build reads: site files where imported, package and curated data otherwise."""
    tabular = site.path(manifest, "tabular")
    code_list = None
    if tabular is None:
        tabular, code_list = package_tabular()
    cpt = curated_rows(CPT, curated[CPT])
    hcpcs = curated_rows(HCPCS, curated[HCPCS])
    if (p := site.path(manifest, "cpt")) is not None:
        cpt += read_descriptor_file(CPT, p)
    if (p := site.path(manifest, "hcpcs")) is not None:
        hcpcs += read_descriptor_file(HCPCS, p)
    return BuildInputs(
        tabular=tabular,
        code_list=code_list,
        order=site.path(manifest, "order"),
        index_files=[p for k in ("index", "eindex", "neoplasm", "drug") if (p := site.path(manifest, k))],
        cpt_rows=cpt,
        hcpcs_rows=hcpcs,
        versions=versions(manifest),
    )
