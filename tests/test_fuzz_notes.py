"""Property-based tests for note input: the JSON Lines reader, ingest, and the CSV/JSONL/directory batch sources.

Whatever bytes arrive (any Unicode, lone surrogates, control characters, CRLF, BOM, very long lines, empty
sections), the reader never crashes: each record is a stored note or a BadLine with a stable reason whose
message never quotes the note text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from medcoder.batch.sources import iter_source
from medcoder.notes import BadLine, NoteIn, parse_note, read_jsonl
from medcoder.services.ingest import ingest_note
from medcoder.storage.models import Note
from tests import factories, security_figures

MODULE = "fuzz: note input"
REASONS = {"not_utf8", "invalid_json", "not_an_object", "missing_id", "empty_text", "too_large", "invalid_field",
           "invalid_csv", "nul_character"}
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])

# Text that looks like a note: clinical phrases, section headers, line endings and hostile characters.
PHRASES = ["Assessment:", "Plan:", "HPI:", "essential hypertension", "type 2 diabetes with CKD", "denies chest pain",
           "\r\n", "\n", "\r", "\t", "\ufeff", "\x00", "\x1b[31m", "\u202e", "\u00e9", "\ud800", "\udfff",
           "\U0001f600", "~*:^", "\"", "\\",
           "   ", "\n\n\n", "History of present illness\n\n", "x" * 5000]
note_text = st.lists(st.one_of(st.sampled_from(PHRASES), st.text(max_size=40)), max_size=12).map("".join)
any_text = st.one_of(note_text, st.text(), st.text(alphabet=st.characters(exclude_categories=[])))


@pytest.fixture(scope="module", autouse=True)
def _figures(request: pytest.FixtureRequest) -> Iterator[None]:
    yield from security_figures.module_report(request, MODULE)


def _bad(text: str) -> bool:
    """True for text with a lone surrogate: not Unicode that UTF-8 (or the database) can hold."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _check(item: NoteIn | BadLine, text: str | None = None) -> None:
    """Shared oracle: a valid note or a bad line with a known reason whose message never quotes the text."""
    security_figures.add(MODULE, "inputs tried")
    if isinstance(item, BadLine):
        security_figures.add(MODULE, "bad lines reported")
        assert item.reason in REASONS, item
        if text and len(text.strip()) >= 6:
            assert text.strip() not in item.detail
    else:
        assert isinstance(item, NoteIn)
        assert item.text.strip()
        item.text.encode("utf-8")  # storable: no lone surrogates slipped through
        item.id.encode("utf-8")


@FUZZ
@given(raw=st.binary(max_size=400))
def test_parse_note_any_bytes_never_crashes(raw: bytes) -> None:
    _check(parse_note(raw, 1))


@FUZZ
@given(note_id=st.text(max_size=140), text=any_text, bom=st.booleans(), extra=st.dictionaries(
    st.sampled_from(["setting", "date_of_service", "visit", "patient", "priority", "specialty"]),
    st.one_of(st.none(), note_text, st.integers(), st.floats(), st.lists(st.integers(), max_size=2)),
    max_size=3))
def test_parse_note_any_fields_never_crashes(note_id: str, text: str, bom: bool, extra: dict) -> None:
    for ensure_ascii in (True, False):  # escaped lone surrogates ("\ud800") reach the validator only with True
        try:
            line = json.dumps({"id": note_id, "text": text, **extra}, ensure_ascii=ensure_ascii)
        except UnicodeEncodeError:
            continue
        raw = ("\ufeff" if bom else "") + line
        _check(parse_note(raw, 1), text)
        try:
            encoded = raw.encode("utf-8")
        except UnicodeEncodeError:
            continue
        _check(parse_note(encoded, 1), text)


@FUZZ
@given(texts=st.lists(note_text, min_size=1, max_size=5), crlf=st.booleans(), bom=st.booleans(),
       blank=st.booleans())
def test_read_jsonl_line_endings_bom_blank_lines(tmp_path_factory: pytest.TempPathFactory, texts: list[str],
                                                 crlf: bool, bom: bool, blank: bool) -> None:
    end = "\r\n" if crlf else "\n"
    lines = [json.dumps({"id": f"n{i}", "text": t}) for i, t in enumerate(texts)]
    body = (end + (end if blank else "")).join(lines) + end
    path = tmp_path_factory.mktemp("jsonl") / "notes.jsonl"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + body.encode("utf-8"))
    records = list(read_jsonl(path))
    assert len(records) == len(texts)  # one record per note line, blank lines skipped
    for (_, item), text in zip(records, texts, strict=True):
        # what the JSON line means: an escaped high+low surrogate pair ("\ud800\udfff") is one character
        text = json.loads(json.dumps(text))
        _check(item, text)
        if isinstance(item, NoteIn):
            assert item.text == text  # CRLF inside the JSON string survives; the line's CRLF does not leak in
        else:
            assert (item.reason == "empty_text" and not text.strip()) or (item.reason == "not_utf8" and _bad(text)) \
                or (item.reason == "nul_character" and "\x00" in text)


@FUZZ
@given(text=any_text, note_id=st.text(min_size=1, max_size=40))
def test_ingest_stores_or_rejects_every_note(session: Session, text: str, note_id: str) -> None:
    item = parse_note(json.dumps({"id": note_id, "text": text}), 1)
    _check(item, text)
    if isinstance(item, BadLine):
        return
    with session.begin_nested() as savepoint:
        assert ingest_note(session, item, actor=factories.SYSTEM) in ("new", "unchanged")
        session.flush()
        stored = session.get(Note, item.id)
        session.expire(stored)
        assert stored.text == item.text
        savepoint.rollback()
    security_figures.add(MODULE, "notes stored")


def _csv_bytes(rows: list[dict[str, str]], crlf: bool, bom: bool) -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=["id", "text", "specialty"], lineterminator="\r\n" if crlf else "\n",
                            quoting=csv.QUOTE_ALL)
    writer.writeheader()
    writer.writerows(rows)
    return (b"\xef\xbb\xbf" if bom else b"") + buf.getvalue().encode("utf-8", "surrogatepass")


csv_text = st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=60)


@FUZZ
@given(rows=st.lists(st.fixed_dictionaries({"id": csv_text, "text": st.one_of(note_text, csv_text),
                                            "specialty": csv_text}), max_size=4),
       crlf=st.booleans(), bom=st.booleans(), junk=st.binary(max_size=40))
def test_csv_source_never_crashes(tmp_path_factory: pytest.TempPathFactory, rows: list[dict[str, str]],
                                  crlf: bool, bom: bool, junk: bytes) -> None:
    folder = tmp_path_factory.mktemp("csv")
    (folder / "good.csv").write_bytes(_csv_bytes(rows, crlf, bom))
    (folder / "junk.csv").write_bytes(_csv_bytes(rows, crlf, bom) + junk)
    items = list(iter_source(folder / "good.csv"))
    # A row with bytes that are not UTF-8 (a lone surrogate written out) is that row's not_utf8 bad line only.
    assert len(items) == len(rows)
    for item, row in zip(items, rows, strict=True):
        _check(item.item, row["text"])
        if any(_bad(v) for v in row.values()):
            assert isinstance(item.item, BadLine) and item.item.reason == "not_utf8"
        if isinstance(item.item, NoteIn):
            assert item.item.text == row["text"]
    for item in iter_source(folder / "junk.csv"):
        _check(item.item)


@FUZZ
@given(files=st.lists(st.tuples(st.binary(max_size=200), st.one_of(st.none(), st.binary(max_size=60))),
                      min_size=1, max_size=4))
def test_directory_source_never_crashes(tmp_path_factory: pytest.TempPathFactory,
                                        files: list[tuple[bytes, bytes | None]]) -> None:
    folder = tmp_path_factory.mktemp("notes")
    for i, (body, sidecar) in enumerate(files):
        (folder / f"note{i}.txt").write_bytes(body)
        if sidecar is not None:
            (folder / f"note{i}.json").write_bytes(sidecar)
    items = list(iter_source(folder))
    assert len(items) == len(files)
    for item in items:
        _check(item.item)


def test_read_jsonl_very_long_line(tmp_path: Path) -> None:
    """A 900 kB single-line note is read whole; a 1.2 MB one is a too_large bad line, not a crash."""
    path = tmp_path / "long.jsonl"
    ok, big = "word " * 180_000, "word " * 240_000
    path.write_text(json.dumps({"id": "ok", "text": ok}) + "\n" + json.dumps({"id": "big", "text": big}) + "\n",
                    encoding="utf-8")
    (_, first), (_, second) = list(read_jsonl(path))
    assert isinstance(first, NoteIn) and first.text == ok
    assert isinstance(second, BadLine) and second.reason == "too_large" and second.note_id == "big"
    security_figures.add(MODULE, "inputs tried", 2)
