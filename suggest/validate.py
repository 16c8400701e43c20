"""Note validation: a clear per-note error (NoteError) or a cleaned (id, text, setting); never a crash."""

from __future__ import annotations

import re
from typing import Any

from suggest.errors import NoteError

_JUNK = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")
MAX_CHARS = 300_000  # ~50k words; larger inputs are refused per note (a batch must not stall)
_SETTINGS = ("outpatient", "inpatient")


def clean_note(note: Any) -> tuple[str | None, str, str]:
    """-> (id, text, setting). Bytes are decoded as UTF-8 (invalid -> NoteError); binary junk is refused."""
    if not isinstance(note, dict):
        raise NoteError(None, "note", "expected a JSON object", "bad-note")
    note_id = note.get("id")
    text = note.get("text")
    if text is None:
        raise NoteError(note_id, "text", "missing", "missing-text")
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError:
            raise NoteError(note_id, "text", "not valid UTF-8", "bad-encoding") from None
    if not isinstance(text, str):
        raise NoteError(note_id, "text", f"expected a string, got {type(text).__name__}", "bad-text")
    if len(text) > MAX_CHARS:
        raise NoteError(note_id, "text", f"longer than {MAX_CHARS} characters", "too-large")
    if text:
        sample = text[:20000]
        junk = len(_JUNK.findall(sample))
        if junk > max(8, len(sample) // 20):
            raise NoteError(note_id, "text", "looks like binary data, not a clinical note", "binary")
    setting = note.get("setting") or "outpatient"
    if setting not in _SETTINGS:
        raise NoteError(note_id, "setting", f"must be one of {_SETTINGS}", "bad-setting")
    return note_id, text, setting
