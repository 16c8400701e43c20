"""Build the on-disk SQLite cache that every look-up and search is served from.

Built once per distinct set of inputs (package version, curated CSVs, site imports) into a temporary
file in the cache folder and moved into place with ``os.replace``, so two processes building at the same
time both end with a complete file and readers never see a half-written one.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .index_xml import EINDEX, IndexTerm, read_index
from .models import ICD10CM
from .sources import read_code_list, read_order_file
from .tabular import Row, code_key, read_tabular

SCHEMA_VERSION = 10
STOPWORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"}
)
_SOURCE_RANK = {"title": 0, "index": 1, "inclusion": 2, EINDEX: 2, "neoplasm": 3, "drug": 3}
WORD_RE = re.compile(r"[a-z0-9]+")
_PARENS = re.compile(r"\(([^)]*)\)")

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE codes(system TEXT NOT NULL, key TEXT NOT NULL, code TEXT NOT NULL, title TEXT NOT NULL,
  billable INTEGER NOT NULL, kind TEXT NOT NULL, chapter TEXT, block TEXT, category TEXT, parent TEXT,
  parent_key TEXT, notes TEXT, seventh TEXT, extra TEXT, pos INTEGER NOT NULL, PRIMARY KEY(system, key));
CREATE INDEX codes_parent ON codes(system, parent_key, pos);
CREATE INDEX codes_key ON codes(key);
CREATE TABLE terms(id INTEGER PRIMARY KEY, system TEXT NOT NULL, key TEXT NOT NULL, term TEXT NOT NULL,
  optional TEXT NOT NULL DEFAULT '', source TEXT NOT NULL, billable INTEGER NOT NULL, nwords INTEGER NOT NULL,
  norm TEXT NOT NULL, optnorm TEXT NOT NULL);
CREATE INDEX terms_norm ON terms(norm);
CREATE VIRTUAL TABLE terms_fts USING fts5(term, optional, content='terms', content_rowid='id',
  tokenize='porter unicode61 remove_diacritics 2', prefix='2 3');
CREATE TABLE vocab(word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE index_terms(id INTEGER PRIMARY KEY, source TEXT NOT NULL, term TEXT NOT NULL, path TEXT NOT NULL,
  code TEXT NOT NULL,
  nemod TEXT NOT NULL, see TEXT NOT NULL, see_also TEXT NOT NULL, manif TEXT NOT NULL, col TEXT NOT NULL);
"""


@dataclass
class BuildInputs:
    """Everything one cache file is built from; ``versions`` is stored as-is in the cache."""

    tabular: Path
    code_list: Path | None = None
    order: Path | None = None
    index_files: list[Path] = field(default_factory=list)
    cpt_rows: list[Row] = field(default_factory=list)
    hcpcs_rows: list[Row] = field(default_factory=list)
    versions: dict[str, str] = field(default_factory=dict)


def fold(text: str) -> str:
    """Lower case without accents ("Séquard" -> "sequard"), as the FTS5 tokenizer sees it."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Lower-case content words (stop words dropped) used for exact matching and coverage."""
    return [w for w in WORD_RE.findall(fold(text)) if w not in STOPWORDS]


def norm(text: str) -> str:
    """Exact-match form: content words outside parentheses ("Essential (primary) hypertension" -> "essential
    hypertension")."""
    return " ".join(words(_PARENS.sub(" ", text)))


def optional_words(term: str, optional: str) -> str:
    """Words that may match but are not required: parenthesised text and index nonessential modifiers."""
    return " ".join(words(" ".join([optional, *_PARENS.findall(term)])))


def build_db(target: Path, inputs: BuildInputs) -> dict[str, int]:
    """Write the cache for ``inputs`` to ``target`` atomically; returns row counts per table."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        conn = sqlite3.connect(tmp)
        try:
            counts = _fill(conn, inputs)
            conn.commit()
        finally:
            conn.close()
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return counts


def _fill(conn: sqlite3.Connection, inputs: BuildInputs) -> dict[str, int]:
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.executescript(_SCHEMA)
    order = read_order_file(inputs.order) if inputs.order else {}
    valid = set(order) or (read_code_list(inputs.code_list) if inputs.code_list else None)
    xml_version, icd = read_tabular(inputs.tabular, valid)
    for row in icd:
        if row.key in order and row.kind not in ("chapter", "block"):
            row.billable, row.title = order[row.key][0], order[row.key][1] or row.title
    rows = icd + _merge(inputs.cpt_rows) + _merge(inputs.hcpcs_rows)
    conn.executemany(
        "INSERT INTO codes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (_code_values(r, i) for i, r in enumerate(rows))
    )
    index_terms = [t for p in inputs.index_files for t in read_index(p)[2]]
    conn.executemany(
        "INSERT INTO index_terms(source, term, path, code, nemod, see, see_also, manif, col)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        ((t.source, t.text, json.dumps(t.path), t.code, t.nemod, t.see, t.see_also, t.manif, t.column)
         for t in index_terms),
    )
    terms = []
    for system, key, term, source, billable, core, optional in _terms(rows, index_terms):
        n = norm(core)
        terms.append((system, key, term, optional, source, billable, n.count(" ") + 1 if n else 0, n,
                      optional_words(term, optional)))
    terms.sort(key=lambda t: (-t[5], _SOURCE_RANK.get(t[4], 9), t[6], len(t[7]), t[1]))
    conn.executemany(
        "INSERT INTO terms(system, key, term, optional, source, billable, nwords, norm, optnorm)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        terms,
    )
    vocab = {w for t in terms for w in WORD_RE.findall(fold(f"{t[2]} {t[3]}"))}
    conn.executemany("INSERT INTO vocab VALUES (?)", ((w,) for w in sorted(vocab)))
    conn.execute("INSERT INTO terms_fts(terms_fts) VALUES('rebuild')")
    conn.execute("INSERT INTO terms_fts(terms_fts) VALUES('optimize')")
    meta = {"schema": str(SCHEMA_VERSION), "versions": json.dumps(inputs.versions), "xml_version": xml_version}
    conn.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
    return {"codes": len(rows), "terms": len(terms), "index_terms": len(index_terms)}


def _merge(rows: list[Row]) -> list[Row]:
    """Later rows (a site's import) replace the description/billable flag of earlier ones, keeping our extra."""
    merged: dict[str, Row] = {}
    for r in rows:
        if r.key in merged:
            old = merged[r.key]
            merged[r.key] = Row(r.system, old.code, r.title, r.billable, r.kind, extra={**old.extra, **r.extra})
        else:
            merged[r.key] = r
    return list(merged.values())


def _code_values(r: Row, pos: int) -> tuple:
    group = r.kind in ("chapter", "block")
    key = f"#{r.key}" if group else r.key
    if r.parent is None:
        parent_key = None
    elif r.kind in ("block", "category"):
        parent_key = f"#{code_key(r.parent)}"
    else:
        parent_key = code_key(r.parent)
    dumps = json.dumps
    return (r.system, key, r.code, r.title, int(r.billable), r.kind, r.chapter, r.block, r.category, r.parent,
            parent_key, dumps(r.notes) if r.notes else None, dumps(r.seventh) if r.seventh else None,
            dumps(r.extra) if r.extra else None, pos)


def _terms(rows: list[Row], index_terms: Iterable[IndexTerm]) -> Iterable[tuple]:
    """(system, key, term, source, billable, core text, optional text) for every searchable phrase.

    A generated 7th-character code's meaning ("initial encounter ...") is optional text, so all its
    variants rank alike on the stem's words and build order (by key) puts "A" first.
    """
    billable: dict[str, bool] = {}
    for r in rows:
        if r.kind in ("chapter", "block"):
            continue
        if r.system == ICD10CM:
            billable[r.key] = r.billable
        meaning = str(r.extra.get("seventh_character_meaning", "")) if r.system == ICD10CM else ""
        core = r.title[: -len(meaning) - 2] if meaning and r.title.endswith(meaning) else r.title
        yield r.system, r.key, r.title, "title", int(r.billable), core, meaning
        for inc in (*r.notes.get("inclusion_terms", ()), *r.notes.get("includes", ())):
            yield r.system, r.key, inc, "inclusion", int(r.billable), inc, ""
    for t in index_terms:
        key = code_key(t.code)
        if key in billable:
            yield ICD10CM, key, t.text, t.source, int(billable[key]), t.text, t.nemod
