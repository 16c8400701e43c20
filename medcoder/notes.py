"""The note input format (DESIGN.md) and a JSON Lines reader that reports bad lines instead of failing.

Error messages name the line number, note id and field - never the note text.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator

MAX_NOTE_BYTES = 1_000_000


class Address(BaseModel):
    model_config = ConfigDict(extra="allow")
    line: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None


class Person(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str | None = None
    family: str | None = None
    given: str | None = None
    birth_date: str | None = None
    sex: str | None = None
    address: Address | None = None
    member_id: str | None = None
    relationship: str | None = None


class Payer(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str | None = None
    name: str | None = None


class Provider(BaseModel):
    model_config = ConfigDict(extra="allow")
    npi: str | None = None
    family: str | None = None
    given: str | None = None
    tax_id: str | None = None


class Visit(BaseModel):
    model_config = ConfigDict(extra="allow")
    new_patient: bool | None = None
    place_of_service: str | None = None
    total_minutes: int | None = Field(default=None, ge=0, le=24 * 60)


class NoteIn(BaseModel):
    """One note as it arrives: only ``id`` and ``text`` are required."""

    model_config = ConfigDict(extra="allow")

    id: str = Field(min_length=1, max_length=128)
    text: str
    setting: Literal["outpatient", "inpatient"] = "outpatient"
    date_of_service: str | None = None
    specialty: str | None = None
    patient: Person | None = None
    subscriber: Person | None = None
    payer: Payer | None = None
    provider: Provider | None = None
    visit: Visit | None = None
    priority: float | None = None

    @field_validator("id")
    @classmethod
    def _id_printable(cls, value: str) -> str:
        value = value.strip()
        if not value or any(ord(ch) < 32 for ch in value):
            raise ValueError("id must be non-empty printable text")
        return value

    @field_validator("text")
    @classmethod
    def _text_not_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is empty")
        if len(value.encode("utf-8")) > MAX_NOTE_BYTES:
            raise ValueError(f"text is over the {MAX_NOTE_BYTES:,}-byte limit")
        return value

    @model_validator(mode="after")
    def _no_nul_characters(self, info: ValidationInfo) -> NoteIn:
        """PostgreSQL text cannot hold NUL; refuse it on every database so behaviour does not depend on the store.

        ``parse_note`` skips the walk over every field when the JSON line has no ``\\u0000`` escape (JSON strings
        cannot hold a raw NUL, so then no field can)."""
        if (info.context or {}).get("nul_free"):
            return self
        if _has_nul(self.model_dump()):
            raise ValueError("contains a NUL character, which cannot be stored")
        return self

    @field_validator("date_of_service")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value is None:
            return None
        from datetime import date

        try:
            date.fromisoformat(value)
        except ValueError:
            raise ValueError("must be a date as YYYY-MM-DD") from None  # the parser's message quotes the value
        return value

    def metadata(self) -> dict[str, Any]:
        """Everything except ``id`` and ``text`` (stored beside the note)."""
        return self.model_dump(exclude={"id", "text"}, exclude_none=True)


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_has_nul(v) for v in value)
    return False


def content_hash(text: str) -> str:
    """Identity of a note's content, for idempotent ingest and batch resume."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class BadLine:
    line_no: int
    note_id: str | None
    reason: str  # stable code: not_utf8, invalid_json, not_an_object, missing_id, empty_text, too_large, invalid_field
    detail: str


def _reason_for(exc: ValidationError) -> tuple[str, str]:
    """A stable reason code and a message naming the field (pydantic's input value is left out: PHI)."""
    first = exc.errors(include_input=False)[0]
    field = ".".join(str(p) for p in first["loc"]) or "note"
    msg = first["msg"]
    if "NUL character" in msg:
        return "nul_character", f"{field}: {msg}"
    if field == "id":
        return "missing_id", f"id: {msg}"
    if field == "text":
        if "limit" in msg:
            return "too_large", f"text: {msg}"
        return "empty_text", f"text: {msg}"
    return "invalid_field", f"{field}: {msg}"


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _lone_surrogate(value: object) -> bool:
    """True when a string inside ``value`` holds a lone UTF-16 surrogate (JSON allows the escape; UTF-8 and
    the database do not, so such a note could be neither hashed nor stored)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(_lone_surrogate(k) or _lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_lone_surrogate(v) for v in value)
    return False


def parse_note(raw: bytes | str, line_no: int = 0, max_bytes: int = MAX_NOTE_BYTES) -> NoteIn | BadLine:
    """Decode and validate one JSON Lines record."""
    if isinstance(raw, bytes):
        if len(raw) > max_bytes * 2 + 10_000:
            return BadLine(line_no, None, "too_large", f"line is over the {max_bytes:,}-byte note limit")
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            return BadLine(line_no, None, "not_utf8", f"not valid UTF-8 at byte {exc.start}")
    raw = raw.lstrip("\ufeff")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        return BadLine(line_no, None, "invalid_json", f"not JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(data, dict):
        return BadLine(line_no, None, "not_an_object", "a note must be a JSON object")
    if (_SURROGATE_ESCAPE.search(raw) or not raw.isascii()) and _lone_surrogate(data):
        return BadLine(line_no, None, "not_utf8", "a string holds a lone UTF-16 surrogate (not valid Unicode text)")
    note_id = data.get("id") if isinstance(data.get("id"), str) else None
    if isinstance(data.get("text"), str) and len(data["text"].encode("utf-8")) > max_bytes:
        return BadLine(line_no, note_id, "too_large", f"text is over the {max_bytes:,}-byte limit")
    try:
        return NoteIn.model_validate(data, context={"nul_free": "\\u0000" not in raw})
    except ValidationError as exc:
        reason, detail = _reason_for(exc)
        return BadLine(line_no, note_id, reason, detail)


def open_maybe_gzip(path: Path):  # noqa: ANN201
    """Binary file object; ``.gz`` files are decompressed on the fly."""
    return gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb")


def read_jsonl(path: Path, max_bytes: int = MAX_NOTE_BYTES) -> Iterator[tuple[int, NoteIn | BadLine]]:
    """Stream (line number, note or bad line) from a JSON Lines file, skipping blank lines."""
    with open_maybe_gzip(path) as handle:
        for line_no, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            yield line_no, parse_note(raw.rstrip(b"\r\n"), line_no, max_bytes)
