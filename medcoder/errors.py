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
