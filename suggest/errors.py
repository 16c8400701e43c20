"""Per-note errors of the suggestion engine.

Messages name the note id and the field, never note text (PHI)."""

from __future__ import annotations


class NoteError(ValueError):
    """A note the engine cannot read (missing/invalid field, not text, too large).

    ``code`` is a stable identifier the CLI and web map to exit codes / statuses.
    """

    def __init__(self, note_id: str | None, field: str, reason: str, code: str = "bad-note") -> None:
        self.note_id = note_id
        self.field = field
        self.reason = reason
        self.code = code
        super().__init__(f"note {note_id!r}: field {field!r}: {reason}")


class RuleDataError(ValueError):
    """A rule/synonym data file has an unknown key or a bad value (a packaging bug, not a note problem)."""
