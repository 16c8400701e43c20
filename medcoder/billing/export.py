"""Run checks and an exporter over claims, writing the file atomically (all or nothing).

Pure of storage: the caller supplies claims, already-exported encounter ids, control numbers and the
clock. The file appears only when at least one claim passed its checks and writing finished, so a bad
input never leaves a half-written or empty claim file behind.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from medcoder.billing.checks import ClaimChecker, CodeSets
from medcoder.billing.claim import ClaimInput, ControlNumbers, ExportedClaim, ExportReport
from medcoder.billing.errors import NoClaimsToExportError
from medcoder.billing.registry import get_exporter
from medcoder.billing.site import SiteConfig


@dataclass
class ExportResult:
    """What was written: the file, its sha256, the encounters in it and those left out (with reasons)."""

    path: Path
    format: str
    sha256: str
    claims: list[ExportedClaim]
    failures: dict[str, list[str]]
    control: ControlNumbers | None
    transactions: int = 0
    messages: list[str] = field(default_factory=list)

    @property
    def exported(self) -> list[str]:
        """Encounter ids in file order."""
        return [c.encounter_id for c in self.claims]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def export_claims(
    claims: Iterable[ClaimInput],
    *,
    fmt: str,
    out_path: str | Path,
    site: SiteConfig,
    control: ControlNumbers,
    created: datetime,
    codesets: CodeSets | None = None,
    already_exported: Iterable[str] = (),
) -> ExportResult:
    """Check each claim, stream the passing ones to `out_path` in format `fmt`, and report the rest.

    Raises `NoClaimsToExportError` (listing every failure) and writes nothing when no claim passes.
    """
    exporter = get_exporter(fmt)
    checker = ClaimChecker(codesets=codesets, already_exported=already_exported,
                           x12_charset=exporter.uses_control_numbers)  # X12 formats only
    out_path = Path(out_path)
    report = ExportReport()
    fd, tmp_name = tempfile.mkstemp(prefix=".medcoder-export-", dir=out_path.parent or Path("."))
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            exporter.write(checker.valid(claims), fh, site=site, control=control, created=created, report=report)
        if not report.exported:
            raise NoClaimsToExportError("no exportable claims", failures=checker.failures)
        os.replace(tmp, out_path)
    except NoClaimsToExportError as exc:
        tmp.unlink(missing_ok=True)
        exc.details["failures"] = checker.failures
        if checker.failures:
            exc.message = "no exportable claims: " + "; ".join(checker.messages()[:20])
            exc.args = (exc.message,)
        raise
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return ExportResult(
        path=out_path,
        format=exporter.name,
        sha256=file_sha256(out_path),
        claims=report.claims,
        failures=checker.failures,
        control=control if exporter.uses_control_numbers else None,
        transactions=report.transactions,
        messages=checker.messages(),
    )
