"""Billing errors with stable codes (subclasses of the project's `MedcoderError`); never note text."""

from __future__ import annotations

from medcoder.errors import MedcoderError


class BillingError(MedcoderError):
    code = "billing_error"
    status = 422


class SiteConfigError(BillingError):
    """The site settings file is missing a value or has one that cannot go on a claim."""

    code = "site_config_invalid"


class FeeScheduleError(BillingError):
    """A fee schedule file has bad lines; `errors` lists (line number, message)."""

    code = "fee_schedule_invalid"

    def __init__(self, message: str, errors: list[tuple[int, str]]) -> None:
        super().__init__(message, errors=[{"line": n, "message": m} for n, m in errors])
        self.errors = errors


class NoClaimsToExportError(BillingError):
    """Every selected encounter failed its checks (or none was selected); no file is written."""

    code = "nothing_to_export"


class UnknownExporterError(BillingError):
    code = "unknown_export_format"
    status = 400


class DelimiterError(BillingError):
    """A value would have contained an X12 delimiter; raised instead of writing a corrupt file."""

    code = "x12_delimiter_in_value"
