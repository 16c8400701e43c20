"""Stream notes from a JSON Lines file, a CSV file or a directory of ``.txt`` notes (gzip read directly).

Every source yields :class:`SourceItem` one at a time, so memory stays flat whatever the backlog size.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from medcoder.errors import ValidationError
from medcoder.notes import MAX_NOTE_BYTES, BadLine, NoteIn, open_maybe_gzip, parse_note, read_jsonl


@dataclass(frozen=True)
class SourceItem:
    """One input record: where it came from and the parsed note or the reason it is bad."""

    ref: str  # "line 12" / "notes/abc.txt" - never note text
    line_no: int | None
    item: NoteIn | BadLine


@dataclass(frozen=True)
class CsvColumns:
    """Which CSV columns hold the note fields; other columns go to metadata under their own names."""

    id: str = "id"
    text: str = "text"
    setting: str = "setting"
    date_of_service: str = "date_of_service"
    specialty: str = "specialty"
    extra: tuple[str, ...] = field(default_factory=tuple)


def _kind(path: Path) -> str:
    if path.is_dir():
        return "dir"
    suffixes = [s.lower() for s in path.suffixes if s.lower() != ".gz"]
    if suffixes and suffixes[-1] == ".csv":
        return "csv"
    if suffixes and suffixes[-1] in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    raise ValidationError(f"unsupported source {path.name!r}: use .jsonl, .csv (optionally .gz) or a directory")


def iter_source(path: Path, *, columns: CsvColumns | None = None,
                max_bytes: int = MAX_NOTE_BYTES) -> Iterator[SourceItem]:
    """Yield every record of ``path`` in order."""
    kind = _kind(path)
    if kind == "jsonl":
        for line_no, item in read_jsonl(path, max_bytes):
            yield SourceItem(f"line {line_no}", line_no, item)
    elif kind == "csv":
        yield from _iter_csv(path, columns or CsvColumns(), max_bytes)
    else:
        yield from _iter_dir(path, max_bytes)


def count_records(path: Path) -> int | None:
    """A cheap record count for the progress bar's time-left estimate (None for directories of unknown size)."""
    kind = _kind(path)
    if kind == "dir":
        return sum(1 for _ in path.rglob("*.txt"))
    if kind == "csv":
        return None  # quoted newlines make line counts wrong; the bar shows rate without ETA
    with open_maybe_gzip(path) as handle:
        return sum(1 for line in handle if line.strip())


def _iter_csv(path: Path, columns: CsvColumns, max_bytes: int) -> Iterator[SourceItem]:
    csv.field_size_limit(max_bytes * 4)
    with open_maybe_gzip(path) as raw:
        # surrogateescape: a bad byte spoils only its own row (parse_note reports it as not_utf8), instead of
        # the decoder failing a whole 8 kB chunk and dropping the good rows decoded with it.
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")
        reader = csv.DictReader(text)
        row_no = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError:
                yield SourceItem(f"row {row_no + 1}", row_no + 1,
                                 BadLine(row_no + 1, None, "not_utf8", "file is not valid UTF-8 from here on"))
                return
            except csv.Error as exc:
                yield SourceItem(f"row {row_no + 1}", row_no + 1, BadLine(row_no + 1, None, "invalid_csv", str(exc)))
                return
            row_no += 1
            yield SourceItem(f"row {row_no}", row_no, _csv_note(row, columns, row_no, max_bytes))


def _csv_note(row: dict[str, str | None], columns: CsvColumns, row_no: int, max_bytes: int) -> NoteIn | BadLine:
    data: dict[str, object] = {}
    mapping = {"id": columns.id, "text": columns.text, "setting": columns.setting,
               "date_of_service": columns.date_of_service, "specialty": columns.specialty}
    for key, column in mapping.items():
        value = row.get(column)
        if value not in (None, ""):
            data[key] = value
    for column in columns.extra:
        if row.get(column) not in (None, ""):
            data[column] = row[column]
    return parse_note(json.dumps(data), row_no, max_bytes)


def _iter_dir(path: Path, max_bytes: int) -> Iterator[SourceItem]:
    """``NAME.txt`` is the note (id NAME unless the sidecar says otherwise); ``NAME.json`` its metadata."""
    for txt in sorted(path.rglob("*.txt")):
        ref = str(txt.relative_to(path))
        raw = txt.read_bytes()
        if len(raw) > max_bytes:
            yield SourceItem(ref, None, BadLine(0, txt.stem, "too_large", f"file is over the {max_bytes:,}-byte limit"))
            continue
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            yield SourceItem(ref, None, BadLine(0, txt.stem, "not_utf8", f"not valid UTF-8 at byte {exc.start}"))
            continue
        meta: dict[str, object] = {}
        sidecar = txt.with_suffix(".json")
        if sidecar.exists():
            try:
                meta = json.loads(sidecar.read_text(encoding="utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                yield SourceItem(ref, None, BadLine(0, txt.stem, "invalid_json", "metadata sidecar is not valid JSON"))
                continue
            if not isinstance(meta, dict):
                yield SourceItem(ref, None, BadLine(0, txt.stem, "not_an_object", "sidecar must be a JSON object"))
                continue
        record = {"id": txt.stem, **meta, "text": text}
        yield SourceItem(ref, None, parse_note(json.dumps(record), 0, max_bytes))
