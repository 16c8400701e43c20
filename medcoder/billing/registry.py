"""Exporters register like plugins: {"837p": ..., "csv": ..., "fhir": ...}; built-ins use the same seam."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TextIO

from medcoder.billing.claim import ClaimInput, ControlNumbers, ExportReport
from medcoder.billing.csv_export import write_csv
from medcoder.billing.errors import UnknownExporterError
from medcoder.billing.fhir_claim import write_fhir_bundle
from medcoder.billing.site import SiteConfig
from medcoder.billing.x12_837p import write_837p


class WriteFn(Protocol):
    def __call__(
        self, claims: Iterable[ClaimInput], fh: TextIO, *, site: SiteConfig, control: ControlNumbers,
        created: datetime, report: ExportReport,
    ) -> ExportReport: ...


@dataclass(frozen=True)
class Exporter:
    """A named output format: how to write it, its file suffix and media type, whether it uses X12 numbers."""

    name: str
    write: WriteFn
    suffix: str
    media_type: str
    uses_control_numbers: bool = False


def _write_837p(claims, fh, *, site, control, created, report):  # type: ignore[no-untyped-def]
    return write_837p(claims, fh, site=site, control=control, created=created, report=report)


def _write_csv(claims, fh, *, site, control, created, report):  # type: ignore[no-untyped-def]
    return write_csv(claims, fh, report=report)


def _write_fhir(claims, fh, *, site, control, created, report):  # type: ignore[no-untyped-def]
    return write_fhir_bundle(claims, fh, site=site, created=created, report=report)


EXPORTERS: dict[str, Exporter] = {}


def register_exporter(exporter: Exporter) -> None:
    """Add (or replace) an export format; a plugin calls this at import time."""
    EXPORTERS[exporter.name] = exporter


def get_exporter(name: str) -> Exporter:
    """The exporter called `name`, or a clear error listing the known formats."""
    try:
        return EXPORTERS[name.lower()]
    except KeyError:
        known = ", ".join(sorted(EXPORTERS))
        raise UnknownExporterError(f"unknown export format {name!r}; choose one of {known}") from None


register_exporter(Exporter("837p", _write_837p, ".837", "application/edi-x12", uses_control_numbers=True))
register_exporter(Exporter("csv", _write_csv, ".csv", "text/csv"))
register_exporter(Exporter("fhir", _write_fhir, ".json", "application/fhir+json"))
