"""Candidate diagnoses: every code whose term is named in a sentence/list-item window.

Term sources: code titles and inclusion terms (and Alphabetic Index rows when the code sets
provide them) from ``cs.icd10cm_terms()``, plus the project's synonyms. The index is built once
per process (about a second) and can be pickled to a cache file for faster start-up.
"""

from __future__ import annotations

import gc
import hashlib
import json
import pickle
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from suggest._compat import ICD10CM
from suggest.lexicon import Match, Term, TermIndex
from suggest.ruledata import RuleData, read_json
from suggest.textnorm import tokenize

INDEX_FORMAT = "medcoder.termindex.v4"
_ACRONYM = re.compile(r"[A-Z0-9][A-Z0-9+\-/]{0,6}")
_SKIP_CHAPTERS = ("V", "W", "X", "Y")  # external causes: not coded from phrase matches


@dataclass
class Lexicon:
    """The diagnosis term index plus the token settings it was built with."""

    index: TermIndex
    canon: dict[str, str]
    stop: frozenset[str]


def _ranks(cs: Any) -> dict[str, tuple]:
    """Among codes sharing a token set prefer billable, then non-"other" titles (one bulk pass)."""
    return {
        i.code: (0 if i.billable else 1, 1 if i.title.lower().startswith("other") else 0)
        for i in cs.codes(ICD10CM)
    }


def _rows(cs: Any, data: RuleData):
    blocked = tuple(data.tokens.blocked_codes)
    for syn in data.synonyms:
        for t in syn.terms:
            yield syn.code, t, "abstract" if syn.abstracting else "synonym"
    for code, term, source in cs.icd10cm_terms():
        if code.startswith(_SKIP_CHAPTERS) or (blocked and code.startswith(blocked)):
            continue
        if _ACRONYM.fullmatch(term.strip()):
            continue  # "PCP", "HR+", "PIN": ambiguous abbreviations; safe ones are in our synonyms
        yield code, term, source


def index_key(cs: Any, data: RuleData) -> str:
    """Stable key of everything the index depends on (code-set version, synonym/token data, format)."""
    h = hashlib.sha256(f"{INDEX_FORMAT}|{getattr(cs, 'version', '?')}".encode())
    for name in ("synonyms.json", "tokens.json"):
        h.update(json.dumps(read_json(name), sort_keys=True).encode())
    return h.hexdigest()[:20]


def build_lexicon(cs: Any, data: RuleData, cache: Path | None = None) -> Lexicon:
    """Build (or load from ``cache``) the diagnosis term index."""
    canon = dict(data.tokens.canonical)
    stop = frozenset(data.tokens.stopwords)
    key = index_key(cs, data)
    if cache and cache.exists():
        try:
            gc.disable()  # unpickling ~65k small objects: the cyclic GC would triple the load time
            try:
                with cache.open("rb") as fh:
                    saved_key, index = pickle.load(fh)
            finally:
                gc.enable()
            if saved_key == key:
                return Lexicon(index, canon, stop)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError):
            pass
    rows = list(_rows(cs, data))
    ranks = _ranks(cs)
    index = TermIndex.build(rows, canon, stop, ranks, weak=frozenset(data.tokens.weak))
    if cache:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            with cache.open("wb") as fh:
                pickle.dump((key, index), fh, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError:
            pass
    return Lexicon(index, canon, stop)


def find_matches(lex: Lexicon, text: str, windows: list[tuple[int, int]], abstracting: bool = False) -> list[Match]:
    """Term matches in each (start, end) window of ``text``; offsets are into ``text``.

    ``abstracting`` also uses the CodiEsp-style generic terms ("pain" -> R52) kept out of billing output."""
    exclude = frozenset() if abstracting else frozenset({"abstract"})
    # abstracting codes the condition itself ("history of X" -> X with assertion historical)
    skip = ("Z80", "Z81", "Z82", "Z83", "Z84", "Z85", "Z86", "Z87") if abstracting else ()
    out: list[Match] = []
    for ui, (s, e) in enumerate(windows):
        seg = text[s:e]
        toks = [(t, a + s, b + s) for t, a, b in tokenize(seg, lex.canon) if t not in lex.stop]
        if toks and toks[0][0].isdigit() and text[toks[0][2] : toks[0][2] + 1] in (".", ")"):
            toks = toks[1:]  # list-item number "1." is not a clinical number
        out.extend(lex.index.match_window(toks, ui, exclude=exclude, text=text, skip_codes=skip,
                                          keep_nested=abstracting))
    return out


__all__ = ["Lexicon", "Match", "Term", "build_lexicon", "find_matches"]
