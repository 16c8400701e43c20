"""Code search a coder can type into: code prefixes ("E11.6", "9921") and words in any order.

Retrieval is SQLite FTS5 (porter stemmer, prefix match on every word, all words required), scanning
rows in their build order, which is already the tie-break order (billable first, titles before index
and inclusion terms, fewer words first). That makes common words cheap: the first ``_CANDIDATES`` rows
in that order are the best candidates. They are re-scored here for word coverage and exact matches;
if no row has every word, an any-word query ranked by bm25 takes over.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import os
import re
import sqlite3
from collections.abc import Sequence

from .build import STOPWORDS, WORD_RE, fold, norm
from .models import CPT, HCPCS, ICD10CM, SearchHit
from .tabular import code_key

_CANDIDATES = 200
_CODE_LIKE = {
    ICD10CM: re.compile(r"^[A-Z][0-9][0-9A-Z]?(\.[0-9A-Z]{0,4}|[0-9A-Z]{0,4})$"),
    CPT: re.compile(r"^[0-9]{2,4}[0-9A-Z]?$"),
    HCPCS: re.compile(r"^[A-V][0-9]{1,4}$"),
}
# Words that make a title longer without making it less of a match ("Pneumonia, unspecified organism").
_FILLER = frozenset({"unspecified", "other", "nos", "nec", "specified", "site", "not", "elsewhere", "classified",
                     "organism"})
_SOURCE_BONUS = {"title": 4.0, "index": 3.0, "inclusion": 2.0, "eindex": 2.0, "neoplasm": 1.0, "drug": 1.0}


def search(
    conn: sqlite3.Connection, text: str, systems: Sequence[str], limit: int, billable_only: bool
) -> list[SearchHit]:
    """Ranked hits for ``text``; code-prefix hits first when the text looks like a code."""
    query = " ".join(text.split())
    if not query or limit <= 0 or not systems:
        return []
    hits: dict[tuple[str, str], SearchHit] = {}
    code = query.upper()
    if " " not in code and any(_CODE_LIKE[s].match(code) for s in systems if s in _CODE_LIKE):
        for h in _code_prefix(conn, code, systems, limit, billable_only):
            hits[(h.system, h.code)] = h
    if len(hits) < limit:
        for variant in variants(query):
            for h in _text(conn, variant, systems, limit, billable_only):
                key = (h.system, h.code)
                if key not in hits or h.score > hits[key].score:
                    hits[key] = h
    return sorted(hits.values(), key=lambda h: -h.score)[:limit]


def _code_prefix(conn: sqlite3.Connection, code: str, systems: Sequence[str], limit: int,
                 billable_only: bool) -> list[SearchHit]:
    key = code_key(code)
    marks = ",".join("?" * len(systems))
    rows = conn.execute(
        f"SELECT system, code, key, title, billable FROM codes WHERE key >= ? AND key < ? AND system IN ({marks})"
        f" AND kind NOT IN ('chapter', 'block') {'AND billable = 1' if billable_only else ''}"
        " ORDER BY length(key), key LIMIT ?",
        (key, key + "~", *systems, limit),
    ).fetchall()
    return [
        SearchHit(s, c, t, bool(b), 1000.0 + (1000.0 if k == key else 0.0) - len(k) - i / 1000, source="code")
        for i, (s, c, k, t, b) in enumerate(rows)
    ]


@functools.cache
def abbreviations() -> dict[str, str]:
    """Query expansions from data/search_abbreviations.json ("htn" -> "hypertension")."""
    raw = json.loads((importlib.resources.files("suggest.codesets") / "data" / "search_abbreviations.json").read_text())
    out = {k: v for k, v in raw.items() if not k.startswith("_")}
    bad = [k for k, v in out.items() if not isinstance(v, str) or k != k.lower() or not WORD_RE.fullmatch(k)]
    if bad:
        raise ValueError(f"search_abbreviations.json: invalid entries {bad}")
    return out


@functools.cache
def equivalents() -> dict[str, str]:
    """Alternative wordings from data/search_equivalents.json ("pneumococcal" -> "streptococcus pneumoniae")."""
    raw = json.loads((importlib.resources.files("suggest.codesets") / "data" / "search_equivalents.json").read_text())
    out = {k: v for k, v in raw.items() if not k.startswith("_")}
    bad = [k for k, v in out.items() if not isinstance(v, str) or k != k.lower() or not WORD_RE.fullmatch(k)]
    if bad:
        raise ValueError(f"search_equivalents.json: invalid entries {bad}")
    return out


def variants(query: str) -> list[str]:
    """The query as typed, plus one rewording with every known equivalent swapped in (if any)."""
    table = equivalents()
    words_in = query.replace("-", " ").split()
    swapped = [table.get(w.lower(), w) for w in words_in]
    return [query] if swapped == words_in else [query, " ".join(swapped)]


def expand(query: str) -> str:
    """Replace whole-word abbreviations by their expansion; other words unchanged."""
    table = abbreviations()
    return " ".join(table.get(w.lower(), w) for w in query.replace("-", " ").split())


def fts_query(tokens: Sequence[str], known: set[str] | frozenset[str] = frozenset(), op: str = "AND") -> str:
    """FTS5 expression over distinct words. Whole words we have seen anywhere are matched exactly (the
    porter stemmer already joins "kidneys"/"kidney", "diabetic"/"diabetes"); other words are prefixes
    ("diab", "nephrop") because the coder may still be typing. Prefix scans over common words are the
    slow part of FTS5, so they are kept to words that need them; numbers are always exact."""
    parts = []
    for t in dict.fromkeys(tokens):
        exact = t in known or t.isdigit() or len(t) < 2
        parts.append(f'"{t}"' if exact else f'"{t}"*')
    return f" {op} ".join(parts)


def _text(conn: sqlite3.Connection, query: str, systems: Sequence[str], limit: int,
          billable_only: bool) -> list[SearchHit]:
    query = expand(query)
    raw = WORD_RE.findall(fold(query))
    tokens = [t for t in raw if t not in STOPWORDS] or raw
    if not tokens:
        return []
    marks = ",".join("?" * len(systems))
    where = f"t.system IN ({marks})" + (" AND t.billable = 1" if billable_only else "")
    cols = "t.system, t.key, t.term, t.norm, t.optnorm, t.source, t.billable"
    distinct = list(dict.fromkeys(tokens))
    known = {w for (w,) in conn.execute(f"SELECT word FROM vocab WHERE word IN ({','.join('?' * len(distinct))})",
                                        distinct)}
    rows = conn.execute(
        f"SELECT {cols} FROM terms_fts f JOIN terms t ON t.id = f.rowid WHERE terms_fts MATCH ? AND {where}"
        " ORDER BY f.rowid LIMIT ?",
        (fts_query(tokens, known), *systems, _CANDIDATES),
    ).fetchall()
    rows += conn.execute(f"SELECT {cols} FROM terms t WHERE t.norm = ? AND {where}", (norm(query), *systems)).fetchall()
    if not rows and len(tokens) > 1:
        rows = conn.execute(
            f"SELECT {cols} FROM terms_fts f JOIN terms t ON t.id = f.rowid WHERE terms_fts MATCH ? AND {where}"
            " ORDER BY f.rank LIMIT ?",
            (fts_query(tokens, known, "OR"), *systems, _CANDIDATES),
        ).fetchall()
    scorer = _Scorer(tokens, norm(query))
    best: dict[tuple[str, str], tuple[float, str, str]] = {}
    for system, key, term, core, extra, source, billable in rows:
        score = scorer.score(core.split(), extra.split(), source, bool(billable))
        if score > best.get((system, key), (-1e9,))[0]:
            best[(system, key)] = (score, term, source)
    ranked = sorted(best.items(), key=lambda kv: -kv[1][0])
    return _hits(conn, _diversify(ranked)[:limit])


def _diversify(ranked: list) -> list:
    """Demote the 2nd, 3rd... 7th-character variant of one stem so one injury does not fill the list."""
    seen: dict[str, int] = {}
    out = []
    for (system, key), (score, term, source) in ranked:
        if system == ICD10CM and len(key) == 7:
            n = seen[key[:6]] = seen.get(key[:6], -1) + 1
            score -= 3.0 * n
        out.append(((system, key), (score, term, source)))
    return sorted(out, key=lambda kv: -kv[1][0])


def _matches(q: str, w: str) -> bool:
    """Loose word match: prefix either way, or the same stem with a different ending of up to two letters
    (diabetes ~ diabetic, infection ~ infected) but not merely a shared root (pneumococcal !~ pneumonia)."""
    if w.startswith(q) or (len(w) >= 3 and q.startswith(w)):
        return True
    shared = len(os.path.commonprefix((q, w)))
    return shared >= max(5, min(len(q), len(w)) - 2)


class _Scorer:
    """Scores candidate phrases for one query. Word matches are memoised as bit masks over the query
    words (candidates share most of their vocabulary), which keeps a 200-candidate query in a few ms."""

    def __init__(self, tokens: Sequence[str], qnorm: str) -> None:
        self.tokens, self.qnorm = tokens, qnorm
        self._memo: dict[str, int] = {}

    def _mask(self, w: str) -> int:
        got = self._memo.get(w)
        if got is None:
            got = self._memo[w] = sum(1 << i for i, q in enumerate(self.tokens) if _matches(q, w))
        return got

    def score(self, core: list[str], extra: list[str], source: str, billable: bool) -> float:
        """Higher is better: query words found, share of the term covered, exactness, billable, brevity.

        ``core`` are the term's content words outside parentheses; ``extra`` (parenthesised text, index
        nonessential modifiers) may match but does not count against coverage; filler words such as
        "unspecified" count only when they match.
        """
        mask = self._mask
        found = covered = needed = 0
        for w in core:
            m = mask(w)
            if m:
                found |= m
                covered += 1
                needed += 1
            elif w not in _FILLER:
                needed += 1
        for w in extra:
            found |= mask(w)
        score = 40.0 * found.bit_count() / len(self.tokens) + 20.0 * covered / max(1, needed)
        tnorm = " ".join(core)
        if tnorm == self.qnorm:
            score += 50.0
        elif tnorm.startswith(self.qnorm):
            score += 5.0
        return score + (10.0 if billable else 0.0) + _SOURCE_BONUS.get(source, 0.0) - 0.2 * len(core)


def _hits(conn: sqlite3.Connection, top: list[tuple[tuple[str, str], tuple[float, str, str]]]) -> list[SearchHit]:
    if not top:
        return []
    keys = sorted({k for (_, k), _ in top})
    marks = ",".join("?" * len(keys))
    info = {
        (s, k): (c, t, b)
        for s, k, c, t, b in conn.execute(
            f"SELECT system, key, code, title, billable FROM codes WHERE key IN ({marks})", keys
        )
    }
    out = []
    for (system, key), (score, term, source) in top:
        if (system, key) in info:
            c, t, b = info[(system, key)]
            out.append(SearchHit(system, c, t, bool(b), round(score, 3), term=term, source=source))
    return out
