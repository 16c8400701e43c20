"""Term index and token-set matcher.

Why not a PhraseMatcher: clinical phrasing reorders and inflects code titles ("stage 3 chronic
kidney disease" vs "Chronic kidney disease, stage 3"). Each term is reduced to the set of its
normalised content tokens (stop words such as "unspecified", "of", "NOS", "other" and
parenthesised nonessential modifiers dropped). A term matches a sentence/list-item window when
all its tokens occur there within a short token span; the longest match wins where matches nest.
Each term is indexed under its rarest token, so a note only tests a few thousand terms.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from suggest.textnorm import norm_tokens, strip_parentheticals, without_clause

SOURCE_RANK = {"synonym": 0, "title": 1, "inclusion": 2, "index": 3, "neoplasm": 4, "drug": 5, "abstract": 8}
_CUT_RE = re.compile(r",\s*(?:not elsewhere classified|nec\b|nos\b|so stated)", re.I)


@dataclass(frozen=True)
class Term:
    code: str
    tokens: tuple[str, ...]
    source: str
    text: str
    exact: tuple[str, str] | None = None  # (token, abbreviation as it must be written): "MI", not "mi"


@dataclass(frozen=True)
class Match:
    term: Term
    positions: tuple[int, ...]  # token indexes inside the window's token list
    start: int  # character offsets into the note
    end: int
    unit_index: int
    nested: bool = False  # inside a longer match (kept only when asked, for abstracting)


def term_tokens(term: str, canon: dict[str, str], stop: frozenset[str]) -> tuple[str, ...]:
    """A code title or synonym -> its sorted content tokens (empty when nothing is left)."""
    text = without_clause(strip_parentheticals(term))
    text = _CUT_RE.split(text)[0]
    toks = {t for t in norm_tokens(text, canon) if t not in stop}
    return tuple(sorted(toks))


class TermIndex:
    """All candidate terms indexed by their rarest token."""

    def _names_condition(self, tok: str) -> bool:
        """Some term is this one token alone ("hypertension"); a site or acuity word ("maxillary") is not."""
        return any(self.terms[i].tokens == (tok,) for i in self.index.get(tok, {}).get("", ()))

    def __init__(self, terms: list[Term], max_tokens: int = 9) -> None:
        self.terms = [t for t in terms if 0 < len(t.tokens) <= max_tokens]
        df: Counter[str] = Counter()
        for t in self.terms:
            df.update(t.tokens)
        # two-level index: rarest token -> second-rarest token -> term ids (single-token terms under "")
        self.index: dict[str, dict[str, list[int]]] = defaultdict(dict)
        for i, t in enumerate(self.terms):
            ranked = sorted(t.tokens, key=lambda tok: (df[tok], tok))
            second = ranked[1] if len(ranked) > 1 else ""
            self.index[ranked[0]].setdefault(second, []).append(i)
        self.index = dict(self.index)
        self.sets = [frozenset(t.tokens) for t in self.terms]

    def _second_tokens(self) -> dict[str, frozenset[str]]:
        """Each anchor's second tokens ("" left out), derived from ``index`` on first use (so older pickles work)."""
        seconds = self.__dict__.get("_seconds")
        if seconds is None:
            seconds = self._seconds = {a: frozenset(sec for sec in by if sec) for a, by in self.index.items()}
        return seconds

    @classmethod
    def build(
        cls,
        entries: Iterable[tuple[str, str, str]],
        canon: dict[str, str],
        stop: frozenset[str],
        rank: dict[str, tuple] | None = None,
        weak: frozenset[str] = frozenset(),
    ) -> TermIndex:
        """(code, term, source) rows -> index; one code per token set (best source, then ``rank``).

        Single ``weak`` tokens ("pain", "disease") never make a term, except abstracting terms, which
        are kept apart so a generic abstracting code can sit beside the billing code of the same words."""
        best: dict[tuple, tuple[tuple, Term]] = {}
        for code, text, source, *rest in entries:
            toks = term_tokens(text, canon, stop)
            if not toks or (len(toks) == 1 and toks[0] in weak and source != "abstract"):
                continue
            exact = None
            if rest and rest[0]:  # case-sensitive abbreviation: its token, checked against the note's spelling
                tok = norm_tokens(rest[0], canon)
                exact = (tok[0], rest[0]) if len(tok) == 1 and tok[0] in toks else None
                if exact is None:
                    continue
            # the same tokens from a case-insensitive term win: "aaa" (synonym) stays any case
            key = (exact is not None, SOURCE_RANK.get(source, 9), *(rank.get(code, ()) if rank else ()), len(code),
                   code)
            slot = (toks, source == "abstract")
            cur = best.get(slot)
            if cur is None or key < cur[0]:
                best[slot] = (key, Term(code, toks, source, text, exact))
        return cls([t for _, t in best.values()])

    def match_window(
        self, toks: list[tuple[str, int, int]], unit_index: int, slack: int = 1,
        exclude: frozenset[str] = frozenset(), text: str | None = None, skip_codes: tuple[str, ...] = (),
        keep_nested: bool = False,
    ) -> list[Match]:
        """All term matches in one window, nested (subset) matches removed."""
        if not toks:
            return []
        where: dict[str, list[int]] = defaultdict(list)
        for i, (t, _, _) in enumerate(toks):
            where[t].append(i)
        found: list[Match] = []
        seen: set[tuple[int, tuple[int, ...]]] = set()
        present = frozenset(where)  # a snapshot is enough: ``where`` gains no keys below
        nwin = len(where)
        sets, terms, index_get, seconds = self.sets, self.terms, self.index.get, self._second_tokens()
        for anchor, anchor_pos in where.items():
            by_second = index_get(anchor)
            if not by_second:
                continue
            if seconds[anchor].isdisjoint(present):
                # the usual case: no second token of this anchor in the window, only its one-token terms can match
                # (the same groups as the loops below yield then, found by one set intersection instead)
                if "" not in by_second:
                    continue
                groups = [by_second[""]]
            elif len(by_second) <= nwin:
                groups = [ids for sec, ids in by_second.items() if not sec or sec in where]
            else:
                groups = [by_second[sec] for sec in ("", *where) if sec in by_second]
            for tid in (tid for ids in groups for tid in ids):
                tset = sets[tid]
                n = len(tset)
                if n > 2 and (n > nwin or not tset <= present):
                    continue
                term = terms[tid]
                if term.source in exclude or (skip_codes and term.code.startswith(skip_codes)):
                    continue
                for ap in anchor_pos:
                    nearest = set()  # each token's occurrence nearest the anchor (first one on a tie)
                    for tok in term.tokens:
                        occ = where[tok]
                        nearest.add(occ[0] if len(occ) == 1 else min(occ, key=lambda p, ap=ap: abs(p - ap)))
                    pos = sorted(nearest)
                    if pos[-1] - pos[0] + 1 > n + slack + (n // 3):
                        continue
                    if n > 1 and not _numbers_attached(term.tokens, pos, toks):
                        continue
                    if text is not None and _crosses(text, toks, pos, pos[-1] - pos[0] + 1 > n, self._names_condition):
                        continue
                    if (text is not None and n > 1 and " and " not in term.text.lower()
                            and _AND.search(text, toks[pos[0]][2], toks[pos[-1]][1])):
                        continue  # "blood and urine" is not "blood in urine"
                    if term.exact is not None and text is not None and not _written_as(term.exact, pos, toks, text):
                        continue  # "mi" (miles, "my") is not "MI"
                    if n > 1 and "without" not in tset and any(
                            p > pos[0] and toks[p - 1][0] == "without" for p in pos):
                        continue  # "migraine without aura" is not "migraine with aura"
                    if (text is not None and n > 1
                            and _NOT_IN.search(text, toks[pos[0]][2], toks[pos[-1]][1])):
                        continue  # "COPD, not in exacerbation" is COPD, not "COPD exacerbation"
                    if (text is not None and n > 1 and not _NEG_WORD.search(term.text)
                            and _NEG_WORD.search(text, toks[pos[0]][2], toks[pos[-1]][1])):
                        continue  # "sickle cell disease, no crisis" is the disease, not "sickle cell crisis"
                    key = (tid, tuple(pos))
                    if key in seen:
                        continue
                    seen.add(key)
                    found.append(Match(term, tuple(pos), toks[pos[0]][1], toks[pos[-1]][2], unit_index))
        return _drop_nested(found, keep_nested)


def _written_as(exact: tuple[str, str], pos: list[int], toks: list[tuple[str, int, int]], text: str) -> bool:
    """The case-sensitive abbreviation token of a match is written exactly as listed (a plural "s" allowed)."""
    tok, abbr = exact
    for p in pos:
        if toks[p][0] == tok:
            written = text[toks[p][1]:toks[p][2]]
            return written == abbr or written == abbr + "s"
    return False


_QUALIFIER = frozenset({"grade", "stage", "type", "class"})


def _numbers_attached(tokens: tuple[str, ...], pos: list[int], toks: list[tuple[str, int, int]]) -> bool:
    """A number in a term ("stage 3", "type 2") must sit next to another token of the same match, and next to
    the word it qualifies when the term has one: "grade II internal hemorrhoids at 3 and 7 o'clock" is grade 2,
    not "grade 3 hemorrhoids" (the clock position is not the grade)."""
    posset = set(pos)
    quals = {p for p in pos if toks[p][0] in _QUALIFIER}
    for p in pos:
        if not toks[p][0][:1].isdigit():
            continue
        near = {p - 1, p + 1} & posset
        if not near or (quals and not near & quals):
            return False
    return True


_LIST_SEP = re.compile(r"[,;:\n]|\s(?:and|or|nor|but|with|without|versus|vs)\s", re.I)


_AND = re.compile(r"\s(?:and|or|&)\s", re.I)
# a negation between a term's words: the words after it are denied, so the whole term is not what is written
_NEG_WORD = re.compile(r"\b(?:no|not|non|without|denies|denied|negative for|free of)\b", re.I)
_NOT_IN = re.compile(r"\bnot\s+(?:currently\s+|now\s+)?in\b", re.I)
# a line break separates fields, except where it only wraps prose (nlp/units.py joins such lines into one unit:
# "in sustained\nremission" is one phrase)
# (a word hyphenated at the line end, "pulmo-" / "nary", wraps like prose)
_FIELD_SEP = re.compile(r"[:;]|(?<![a-z,])(?<![a-z,] )(?<![A-Za-z]-)\n|\n(?![ \t]*[a-z])")


def _crosses(text: str, toks: list[tuple[str, int, int]], pos: list[int], scattered: bool,
             names_condition: Callable[[str], bool] | None = None) -> bool:
    """A match across a field separator ("Heart: no murmur") or, when scattered, across a list separator
    ("pulmonary disease, hypertension") is two findings, not one.

    Except a qualifier written after the head, as the Index writes it: "Acute bacterial sinusitis, maxillary" is
    one condition when every word after the one comma belongs to the match (or is a side: "sinusitis, R maxillary",
    read by laterality, I.B.13), none names a condition alone and the item ends there ("..., cause not identified"
    goes on: not a qualifier)."""
    a, b = toks[pos[0]][2], toks[pos[-1]][1]
    sep = _FIELD_SEP.search(text, a, b + 1)  # +1: the wrap test looks at the letter after the line break
    if sep is not None and sep.start() < b:
        return True
    if not scattered:
        return False
    seps = list(_LIST_SEP.finditer(text, a, b))
    if not seps:
        return False
    if len(seps) > 1 or seps[0].group() != "," or names_condition is None:
        return True
    posset = set(pos)
    after = [i for i in range(pos[0], pos[-1] + 1) if toks[i][1] >= seps[0].end()]
    glossed = _glossed(text, toks, after, posset)
    if not after or any((i not in posset and i not in glossed and not _is_side(text, toks[i]))
                        or names_condition(toks[i][0]) for i in after) or not _TAIL_END.match(text, toks[pos[-1]][2]):
        return True
    # a side skipped after the comma: only when the match opens its item, so "Colles fracture, R wrist" does not
    # also yield a wrist fracture from "fracture, R wrist" beside the Colles code
    first = toks[pos[0]][1]
    return any(i not in posset for i in after) and bool(_WORD_BEFORE.search(text, _segment_start(text, first), first))


def _glossed(text: str, toks: list[tuple[str, int, int]], after: list[int], posset: set[int]) -> set[int]:
    """Words after the comma that a closing parenthesis of match words renames: in "Sprain of the right ankle,
    lateral ligament (ATFL)" the abbreviation in parentheses names the ligament, so "lateral ligament" is its gloss,
    not a second finding."""
    non = [i for i in after if i not in posset]
    inside = [i for i in after if i > max(non, default=-1)]
    if not non or not inside or not all(i in posset for i in inside):
        return set()
    gap = text[toks[max(non)][2]:toks[inside[0]][1]]
    close = text[toks[inside[-1]][2]:toks[inside[-1]][2] + 2].lstrip()
    return set(non) if gap.strip() == "(" and close.startswith(")") else set()


_WORD_BEFORE = re.compile(r"[A-Za-z]")
_SEGMENT_SEP = re.compile(r"[,;:\n]|\d+[.)]\s")


def _segment_start(text: str, at: int) -> int:
    """Where the list segment holding position ``at`` starts (after the last separator or item number)."""
    lo = max(0, at - 120)
    last = lo
    for m in _SEGMENT_SEP.finditer(text, lo, at):
        last = m.end()
    return last


_SIDE_TOKENS = frozenset({"right", "left", "bilateral", "bilaterally", "rt", "lt"})


def _is_side(text: str, tok: tuple[str, int, int]) -> bool:
    """A side word, or a capital R / L standing alone ("R maxillary"), which laterality reads, not the term."""
    return tok[0] in _SIDE_TOKENS or text[tok[1]:tok[2]] in ("R", "L")


_TAIL_END = re.compile(r"[ \t]*(?:[-.;:,()\n\u2013\u2014]|$)")


def _drop_nested(found: list[Match], keep_nested: bool = False) -> list[Match]:
    """Keep the longest matches; drop (or, with ``keep_nested``, mark) a match inside a longer kept one."""
    found.sort(key=lambda m: (-len(m.positions), SOURCE_RANK.get(m.term.source, 9), m.start))
    kept: list[Match] = []
    covered: list[set[int]] = []
    for m in found:
        ps = set(m.positions)
        if any(ps <= c for c in covered):
            if keep_nested:
                kept.append(Match(m.term, m.positions, m.start, m.end, m.unit_index, True))
            continue
        kept.append(m)
        covered.append(ps)
    return kept
