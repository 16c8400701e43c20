"""Domain errors with stable codes. The web layer maps them to HTTP statuses, the CLI to exit codes.

Messages name ids and fields, never note text (PHI).
"""

from __future__ import annotations


class MedcoderError(Exception):
    """Base class: ``code`` is stable and machine-readable, ``status`` the HTTP status it maps to."""

    code = "medcoder_error"
    status = 400
    exit_code = 1

    def __init__(self, message: str, **details: object) -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def to_dict(self) -> dict:
        return {"error": self.code, "message": self.message, **({"details": self.details} if self.details else {})}


class NotFoundError(MedcoderError):
    code = "not_found"
    status = 404


class StaleVersionError(MedcoderError):
    code = "stale_version"
    status = 409


class InvalidStateError(MedcoderError):
    code = "invalid_state"
    status = 409


class UnknownCodeError(MedcoderError):
    code = "unknown_code"
    status = 422


class ValidationError(MedcoderError):
    code = "validation_error"
    status = 422


class DuplicateNoteError(MedcoderError):
    code = "duplicate_note"
    status = 409


class PermissionDeniedError(MedcoderError):
    code = "forbidden"
    status = 403


class AuthenticationError(MedcoderError):
    code = "unauthenticated"
    status = 401


class SchemaNotMigratedError(MedcoderError):
    code = "schema_not_migrated"
    status = 503
    exit_code = 3


class AuditChainError(MedcoderError):
    code = "audit_chain_broken"
    status = 500
    exit_code = 4


class ExportError(MedcoderError):
    code = "export_error"
    status = 422


class TooManyAttemptsError(MedcoderError):
    """Login throttled after repeated failures for one username."""

    code = "too_many_attempts"
    status = 429


class CsrfError(MedcoderError):
    """A state-changing request without a valid CSRF token."""

    code = "csrf_failed"
    status = 403


class DatabaseUnavailableError(MedcoderError):
    """The database refused the work (unreachable, read-only, full, locked); the open transaction rolled back.

    Built from the driver's error by :func:`database_unavailable`, which keeps only a classified reason:
    driver messages can carry SQL, never bound values (engines use ``hide_parameters``), but a short stable
    reason is all an operator needs.
    """

    code = "database_unavailable"
    status = 503
    exit_code = 5


_DB_REASONS = (
    ("readonly", "the database is read-only"),
    ("read-only", "the database is read-only"),
    ("disk is full", "the database disk is full"),
    ("no space left", "the database disk is full"),
    ("could not extend", "the database disk is full"),
    ("locked", "the database is locked by another process"),
)


def database_unavailable(exc: BaseException) -> DatabaseUnavailableError:
    """Map a driver/SQLAlchemy operational error to one clear message (for the CLI exit code and HTTP 503)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    reason = next((label for key, label in _DB_REASONS if key in text),
                  "the database server cannot be reached or closed the connection")
    return DatabaseUnavailableError(f"database unavailable: {reason}; the current transaction was rolled back, "
                                    "retry when it is fixed", reason=reason)
