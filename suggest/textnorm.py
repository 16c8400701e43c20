"""Token normalisation shared by the term index and the note matcher.

Why our own: the cached term index and the note must be normalised by exactly the same
function, so suggest/ owns it (lower-case, plural-stripped, a small canonical-token map such
as renal -> kidney loaded from data). Offsets always point into the original text.
"""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _sre_parser
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

_TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")
_TOKEN_SPLIT = re.compile(f"({_TOKEN_RE.pattern})")  # the same pattern as one group: re.split keeps the words
_KEEP_S = ("ss", "us", "is", "ys", "as", "os")
_ACRONYMS = frozenset({"aids", "ards", "sars", "mers", "cabs"})
_VERBS = frozenset({"does", "goes"})  # not plurals: "does" is not "DOE" (dyspnea on exertion)


@lru_cache(maxsize=300_000)
def stem(word: str) -> str:
    """Lower-case and strip an English plural ending ("kidneys" -> "kidney", "ribs" -> "rib")."""
    w = word.lower()
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 3 or not w.isalpha() or w in _ACRONYMS or w in _VERBS:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("ias"):
        return w[:-1]
    if w.endswith("oses") and len(w) > 6:
        return w[:-4] + "osis"  # keratoses -> keratosis
    if w.endswith("s") and not w.endswith(_KEEP_S):
        return w[:-1]
    return w


_NORM: dict[int, dict[str, str]] = {}  # id(canon) -> word -> normalised token


def tokenize(text: str, canon: dict[str, str] | None = None) -> list[tuple[str, int, int]]:
    """``text`` -> [(normalised token, start, end)] with offsets into ``text``."""
    return tokenize_span(text, 0, len(text), canon)


def tokenize_span(text: str, start: int, end: int, canon: dict[str, str] | None = None) -> list[tuple[str, int, int]]:
    """The tokens of ``text[start:end]`` with offsets into ``text``.

    Same tokens as ``tokenize(text[start:end])`` shifted by ``start``: the token pattern has no anchors,
    word boundaries or look-behind, so matching inside [start, end) cannot see the text around it."""
    cache = _NORM.get(id(canon))
    if cache is None:
        cache = _NORM.setdefault(id(canon), {})
    # split() on the capturing pattern alternates gap, word, gap, ...: the same words finditer() finds, with the
    # offsets summed from the lengths; about twice as fast as a match object per word (the matcher tokenises
    # every sentence of every note)
    parts = _TOKEN_SPLIT.split(text[start:end])
    out: list[tuple[str, int, int]] = []
    append, get = out.append, cache.get
    pos = start + len(parts[0])
    for i in range(1, len(parts), 2):
        word = parts[i]
        tok = get(word)
        if tok is None:
            tok = stem(word)
            if canon:
                tok = canon.get(tok, tok)
            if len(cache) < 500_000:
                cache[word] = tok
        stop = pos + len(word)
        append((tok, pos, stop))
        pos = stop + len(parts[i + 1])
    return out


def norm_tokens(text: str, canon: dict[str, str] | None = None) -> list[str]:
    """Just the normalised tokens of ``text``."""
    return [t for t, _, _ in tokenize(text, canon)]


def strip_parentheticals(title: str) -> str:
    """Drop nonessential modifiers in parentheses/brackets: "Systolic (congestive) heart failure"."""
    return re.sub(r"\s*[\(\[][^\)\]]*[\)\]]", " ", title)


_WITHOUT = re.compile(r"\s*,?\s+without\s+.*?(?=\s+of\s|,|$)", re.I)


def without_clause(title: str) -> str:
    """Drop "without ..." qualifiers (the negative part never has to be documented), keeping the site:
    "Laceration without foreign body of scalp" -> "Laceration of scalp"."""
    return _WITHOUT.sub("", title)


def token_set(tokens: Iterable[str], stop: frozenset[str]) -> frozenset[str]:
    return frozenset(t for t in tokens if t not in stop)


# Typography of EHR exports, word processors and OCR: non-breaking and typographic hyphens/dashes/minus, curly
# quotes and apostrophes, non-breaking/narrow spaces, bullets. Each is mapped to ONE ASCII character, so every
# offset into the folded text is an offset into the original note (evidence text is cut from the original).
_TYPOGRAPHY = str.maketrans({
    "\u00ad": "-", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\ufe63": "-", "\uff0d": "-",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200a": " ",
    "\u2022": "-", "\u25aa": "-", "\u25cf": "-", "\u25e6": "-", "\u2023": "-", "\u2043": "-", "\u25a0": "-",
})


def fold_typography(text: str) -> str:
    """``text`` with typographic characters (and the CR of CR LF) replaced one-for-one (same length, same offsets):
    "PHQ\u20119" (non-breaking hyphen) reads as "PHQ-9", "patient\u2019s" as "patient's", a "\u2022" bullet as "-"."""
    folded = text.translate(_TYPOGRAPHY)
    # Windows line endings: the CR of a CR LF pair reads as a space, so every line rule sees "\n" as in a Unix export
    return _CR_LF.sub(" ", folded) if "\r" in folded else folded


_CR_LF = re.compile(r"\r(?=\n)")


def side_words(*more: str, letters: bool = True) -> str:
    """Regex alternation for a written side, to compile with ``re.I``: "right|left", then ``more`` words, then (with
    ``letters``) the capitals R and L matched case-sensitively ("R heel"; a lower-case "l" is too often something
    else)."""
    return "|".join(("right", "left", *more, *(("(?-i:R|L)",) if letters else ())))


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """(start, end) of the line(s) holding ``text[start:end]`` (``end`` defaults to ``start``), without the newlines."""
    stop = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, stop if stop >= 0 else len(text)


def sentence_bounds(text: str, start: int, end: int | None = None,
                    stops: tuple[str, ...] = ("\n", ". ")) -> tuple[int, int]:
    """(start, end) of the clause holding ``text[start:end]``: from one character after the nearest of ``stops``
    before ``start`` (a ". " stop leaves its space) to the first one at or after ``end``, else the text's end."""
    at = start if end is None else end
    ends = [i for i in (text.find(s, at) for s in stops) if i >= 0]
    return max(text.rfind(s, 0, start) for s in stops) + 1, min(ends) if ends else len(text)


def skip_ahead(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` behind a look-ahead for the characters its matches can start with: the same matches, found faster.

    Why: Python's re tries a pattern at every position of the text, and for a ``\\b``- or look-behind-led alternation
    ("\\b(?:mother|father|...)") that means the boundary test and every alternative at each position; a leading
    ``(?=[mf...])`` rejects most positions with one character test (1.5 to 3 times faster on the engine's scans).
    Every match starts with one of those characters, so the look-ahead changes no match. The set is read from
    the parsed pattern, so it follows later edits; ``rx`` comes back unchanged when the set cannot be read exactly
    (a pattern that can start with any character, or match the empty string)."""
    if rx.flags & re.VERBOSE or not isinstance(rx.pattern, str):
        return rx
    try:
        chars, nullable = _first_chars(_sre_parser.parse(rx.pattern, rx.flags), rx.flags)
    except (re.error, TypeError, ValueError):
        return rx
    if chars is None or nullable or not chars or len(chars) > 24:
        return rx
    try:
        return re.compile(f"(?=[{''.join(re.escape(c) for c in sorted(chars))}])(?:{rx.pattern})", rx.flags)
    except re.error:  # e.g. global inline flags, which must stay at the start
        return rx


_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


def _first_chars(items: Any, flags: int) -> tuple[set[str] | None, bool]:
    """(characters a match of the parsed ``items`` can start with or None for any, whether it can be empty)."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            return out | {chr(av)}, False
        if op is _c.IN:
            for o, a in av:
                if o is _c.LITERAL:
                    out.add(chr(a))
                elif o is _c.RANGE and a[1] - a[0] < 32:
                    out.update(map(chr, range(a[0], a[1] + 1)))
                else:  # a category (\w), a negated set ...
                    return None, False
            return out, False
        if op is _c.BRANCH:
            nullable = False
            for branch in av[1]:
                sub, empty = _first_chars(branch, flags)
                if sub is None:
                    return None, False
                out |= sub
                nullable = nullable or empty
        elif op is _c.SUBPATTERN:
            if av[1] & re.IGNORECASE and not flags & re.IGNORECASE:
                return None, False  # a case-insensitive group in a case-sensitive pattern: its cases are not listed
            sub, nullable = _first_chars(av[3], flags)
            if sub is None:
                return None, False
            out |= sub
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            sub, empty = _first_chars(av[2], flags)
            if sub is None:
                return None, False
            out |= sub
            nullable = empty or av[0] == 0
        else:  # any character, a back-reference ...
            return None, False
        if not nullable:
            return out, False
    return out, True
