"""Candidate diagnoses: every code whose term is named in a sentence/list-item window.

Term sources: code titles and inclusion terms (and Alphabetic Index rows when the code sets
provide them) from ``cs.icd10cm_terms()``, plus the project's synonyms. The index is built once
per process (about a second) and can be pickled to a cache file for faster start-up.
"""

from __future__ import annotations

import gc
import hashlib
import pickle
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from suggest.codesets import ICD10CM
from suggest.lexicon import Match, Term, TermIndex
from suggest.ruledata import RuleData
from suggest.textnorm import skip_ahead, tokenize_span

INDEX_FORMAT = "medcoder.termindex.v9"
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


def _abbreviations() -> list[tuple[str, str, bool]]:
    """(abbreviation, expansion, case-sensitive) rows of nlp's curated list usable by the matcher.

    Why: notes write "Longstanding persistent AFib", "ADHD, predominantly inattentive type" and "His father
    had an MI"; the tabular spells the abbreviation out. A term variant with the abbreviation in place of its
    expansion lets the token-set matcher reach the specific code. A ``case-sensitive`` row ("MI", not "mi" =
    miles or "my") makes a variant that matches only the abbreviation as written (checked by the matcher).
    Ambiguous, section- and digit-restricted rows ("MS", "PE" outside the exam, "PCP") are never used: the
    matcher cannot check their context."""
    try:
        from nlp.abbreviations import load_abbreviations
    except ImportError:  # nlp absent: titles and synonyms only
        return []
    out = []
    for row in load_abbreviations():
        if row.safe_context in ("any", "case-sensitive") and "|" not in row.expansion \
                and " " in row.expansion.strip():
            out.append((row.abbreviation, row.expansion.strip(), row.safe_context == "case-sensitive"))
    return out


_WORD = re.compile(r"[a-z0-9]+")
_SPLIT = re.compile(r"[^a-z0-9]+")


def _abbrev_variants(rows, abbrevs: list[tuple[str, str, bool]]):
    """Each row, plus one variant per curated abbreviation whose expansion the term spells out.

    Rows are (code, term, source, exact): ``exact`` is the abbreviation as it must be written ("" when any
    case will do)."""
    first: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
    for abbr, exp, exact in abbrevs:
        words = tuple(_WORD.findall(exp.lower()))
        if len(words) > 1:
            first.setdefault(words[0], []).append((words, abbr, exact))
    for lst in first.values():
        lst.sort(key=lambda x: -len(x[0]))  # longest expansion first
    keys = first.keys()
    for code, term, source in rows:
        yield code, term, source, ""
        if source == "abstract" or len(term) < 8:
            continue
        low = term.lower()
        if keys.isdisjoint(_SPLIT.split(low)):
            continue
        spans = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(low)]
        # one variant per place an expansion starts: "congestive heart failure" -> "CHF" and "heart failure" ->
        # "HF" are both ways to write "Chronic diastolic (congestive) heart failure"
        for i, (w, a, _) in enumerate(spans):
            hits = [x for x in first.get(w, ()) if tuple(s[0] for s in spans[i:i + len(x[0])]) == x[0]]
            for words, abbr, exact in hits:  # the longest expansion here, every abbreviation of it ("AFib", "AF")
                if len(words) == len(hits[0][0]):
                    b = spans[i + len(words) - 1][2]
                    yield code, term[:a] + abbr + term[b:], source, abbr if exact else ""


def _rows(cs: Any, data: RuleData):
    blocked = tuple(data.tokens.blocked_codes)
    for syn in data.synonyms:
        for t in syn.terms:
            yield syn.code, t, "abstract" if syn.abstracting else "synonym", ""
    def tabular():
        for code, term, source in cs.icd10cm_terms():
            if code.startswith(_SKIP_CHAPTERS) or (blocked and code.startswith(blocked)):
                continue
            if _ACRONYM.fullmatch(term.strip()):
                continue  # "PCP", "HR+", "PIN": ambiguous abbreviations; safe ones are in our synonyms
            yield code, term, source
            if term[:21].lower() == "cutaneous abscess of ":
                # physicians write "Abscess of left axilla": the skin is implied (Index: Abscess, axilla L02.41-)
                yield code, term[10:], source
    yield from _abbrev_variants(tabular(), _abbreviations())


def index_key(cs: Any, data: RuleData) -> str:
    """Stable key of everything the index depends on (code-set version, synonym/token data, format)."""
    h = hashlib.sha256(f"{INDEX_FORMAT}|{getattr(cs, 'version', '?')}".encode())
    # the data the index is built from (``data``), not the files re-read now: a process that loaded the data
    # before a synonym edit must not file its stale index under the edited files' key (another process's cache)
    h.update(repr(data.synonyms).encode())
    h.update(repr(data.tokens).encode())
    h.update(repr(_abbreviations()).encode())
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
                _freeze_gc()
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
    _freeze_gc()
    return Lexicon(index, canon, stop)


def _freeze_gc() -> None:
    """Keep the cyclic GC from re-traversing the index for the rest of the process.

    Why: the index is ~200k small objects that live as long as the process; every full collection walked them
    all (one took ~0.15 s of CPU, about 0.6 ms per note over a 250-note run). ``gc.freeze`` moves the objects alive
    now into the permanent generation; they hold no reference cycles, so reference counting still frees them
    when a Suggester is dropped."""
    gc.freeze()


_QUALIFIERS = (("without", "foreign", "body"),)


def _drop_qualifiers(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop "without foreign body": the tabular's without-clause is dropped from titles too, and left in the
    note it spreads "laceration ... of left hand" past the matcher's window (the "with foreign body" codes
    still match on their own tokens)."""
    out, i = [], 0
    while i < len(toks):
        q = next((q for q in _QUALIFIERS if tuple(t[0] for t in toks[i : i + len(q)]) == q), None)
        if q:
            i += len(q)
            continue
        out.append(toks[i])
        i += 1
    return out


@lru_cache(maxsize=1)
def _context_abbreviations() -> tuple[re.Pattern | None, dict[str, tuple[str, ...]]]:
    """Capitalised abbreviations whose meaning depends on the note ("AS": aortic stenosis or ankylosing
    spondylitis; "MS"): the rows nlp lists as ambiguous or safe only in some sections/cases."""
    try:
        from nlp.abbreviations import load_abbreviations
    except ImportError:
        return None, {}
    table: dict[str, list[str]] = {}
    for row in load_abbreviations():
        abbr = row.abbreviation
        if row.safe_context == "any" or not (abbr.isalpha() and abbr.isupper() and len(abbr) >= 2):
            continue
        for exp in row.expansion.split("|"):
            if " " in exp.strip():
                table.setdefault(abbr, []).append(exp.strip().lower())
    if not table:
        return None, {}
    # skip_ahead: three times faster over a note (the ~100 alternatives are not tried at every position)
    rx = skip_ahead(re.compile(r"(?<![\w/-])(" + "|".join(sorted(map(re.escape, table), key=len, reverse=True))
                               + r")(?![\w/-])"))
    return rx, {k: tuple(dict.fromkeys(v)) for k, v in table.items()}


def _defined_here(text: str) -> dict[str, str]:
    """Abbreviations the note itself defines: "AS" in a note that spells out "ankylosing spondylitis" (and no other
    meaning of AS) is ankylosing spondylitis there: the author's own usage decides, as a coder reads it."""
    rx, table = _context_abbreviations()
    if rx is None:
        return {}
    found = set(rx.findall(text))
    if not found:
        return {}
    low = " ".join(text.lower().split())
    out = {}
    for abbr in found:
        spelled = [e for e in table[abbr] if e in low]
        if len(spelled) == 1:
            out[abbr] = spelled[0]
    return out


# "RA" is rheumatoid arthritis or room air (and the right atrium): read as rheumatoid arthritis only when the note
# treats it as a rheumatologic disease ("seropositive RA", "RA on methotrexate", "RA flare", a rheumatology visit),
# never on an oxygen line ("SpO2 97% on RA", "sats 95% RA")
_RA_TOKEN = re.compile(r"(?<![\w/-])RA(?![\w/-])")
_RA_RHEUM = re.compile(r"\b(?:sero-?(?:positive|negative)|erosive|nodular)\s+RA\b|\bRA\b[,:;]?\s+(?:\w+\s+){0,3}?"
                       r"(?:flar\w*|on\s+(?:\w+\s+)?(?:methotrexate|MTX|DMARDs?|hydroxychloroquine|plaquenil|"
                       r"leflunomide|sulfasalazine|adalimumab|humira|etanercept|enbrel|infliximab|tocilizumab|"
                       r"abatacept|rituximab|tofacitinib|xeljanz|upadacitinib|baricitinib|certolizumab|golimumab|"
                       r"biologics?)|synovitis|joint|DMARD)|\brheumatolog\w*\b|\brheum\b(?=[ \t]+(?:f/?u|follow|clinic|"
                       r"visit|consult|note))|\bRA\b,?\s+sero-?(?:positive|negative)\b|"
                       r"\b(?:RF|anti-?CCP)\s*(?:\+|pos\w*)[^.\n]{0,20}?\bRA\b", re.I)
_O2_LINE = re.compile(r"\b(?:O2|SpO2|sats?|saturation|satting|oxygen|pulse ox\w*|nasal cannula|NC|L/min|lpm|"
                      r"hypox\w*|desat\w*|ambulat\w*)\b|%", re.I)


# limb abbreviations as written in capitals: always the limb, so the term matcher reads the site and side they carry
_LIMB_ABBR = {"LLE": "left lower extremity", "RLE": "right lower extremity", "LUE": "left upper extremity",
              "RUE": "right upper extremity", "BLE": "bilateral lower extremities",
              "BUE": "bilateral upper extremities"}
_LIMB = skip_ahead(re.compile(r"(?<![\w/-])(?:" + "|".join(_LIMB_ABBR) + r")(?![\w/-])"))


def _ra_rheumatoid(text: str) -> bool:
    """The note uses "RA" for rheumatoid arthritis (see _RA_RHEUM)."""
    return "RA" in text and bool(_RA_TOKEN.search(text)) and any(
        _RA_TOKEN.search(text, max(0, m.start() - 1), m.end() + 1) or "rheum" in m.group().lower()
        for m in _RA_RHEUM.finditer(text))


def _expand_local(text: str, toks: list[tuple[str, int, int]], local: dict[str, str],
                  lex: Lexicon) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for tok in toks:
        exp = local.get(text[tok[1]:tok[2]])
        if exp is None:
            out.append(tok)
            continue
        out.extend((t, tok[1], tok[2]) for t, _, _ in tokenize_span(exp, 0, len(exp), lex.canon) if t not in lex.stop)
    return out


# slash shorthand read as one word: (first letter, second letter) -> the word
_SLASH_WORDS = {("w", "o"): "without", ("b", "l"): "bilateral"}
_SLASH_SHORT = re.compile(r"\b(?:w/o|b/l)\b", re.I)


def _slash_without(text: str, toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """"w/o" is "without": one token, so "Barrett's esophagus w/o dysplasia" is K22.70, not the with-dysplasia
    code the bare words "esophagus ... dysplasia" spell (the matcher skips a "with" term after "without").
    "b/l" is "bilateral" (I.B.13 laterality): "OA b/l knees" is M17.0, not the site-less M19.90."""
    out: list[tuple[str, int, int]] = []
    for tok in toks:
        prev = out[-1] if out else None
        word = _SLASH_WORDS.get((prev[0], tok[0])) if prev is not None else None
        if word and tok[1] == prev[2] + 1 and text[prev[2]] == "/":
            out[-1] = (word, prev[1], tok[2])
            continue
        out.append(tok)
    return out


# abstracting codes the condition itself ("history of X" -> X with assertion historical), except a former
# smoker (Z87.891): there is no current condition to code, and F17 would claim nicotine dependence now
_HISTORY_SKIP = ("Z80", "Z81", "Z82", "Z83", "Z84", "Z85", "Z86", "Z87.0", "Z87.1", "Z87.2", "Z87.3", "Z87.4",
                 "Z87.5", "Z87.6", "Z87.7", "Z87.81", "Z87.82", "Z87.890", "Z87.892", "Z87.898")


def find_matches(lex: Lexicon, text: str, windows: list[tuple[int, int]], abstracting: bool = False) -> list[Match]:
    """Term matches in each (start, end) window of ``text``; offsets are into ``text``.

    ``abstracting`` also uses the CodiEsp-style generic terms ("pain" -> R52) kept out of billing output."""
    exclude = frozenset() if abstracting else frozenset({"abstract"})
    skip = _HISTORY_SKIP if abstracting else ()
    local = _defined_here(text)
    ra = "RA" not in local and _ra_rheumatoid(text)
    out: list[Match] = []
    for ui, (s, e) in enumerate(windows):
        seg = text[s:e]
        stop = lex.stop
        raw = tokenize_span(text, s, e, lex.canon)
        if "-\n" in seg or "-\r\n" in seg or "- \n" in seg:
            raw = _rejoin_broken_words(text, raw, lex)
        here = {**local, "RA": "rheumatoid arthritis"} if ra and "RA" in seg and not _O2_LINE.search(seg) else local
        if _LIMB.search(seg):  # "LLE edema" is "left lower extremity edema" (R60.0 localized, I.B.13 side)
            here = {**here, **_LIMB_ABBR}
        if here:  # before the stop words go: "AS" (ankylosing spondylitis) is also the word "as"
            raw = _expand_local(text, raw, here, lex)
        toks = [tok for tok in raw if tok[0] not in stop]
        if toks and toks[0][0].isdigit() and text[toks[0][2] : toks[0][2] + 1] in (".", ")"):
            toks = toks[1:]  # list-item number "1." is not a clinical number
        if "foreign" in seg.lower():
            toks = _drop_qualifiers(toks)
        if "/" in seg and _SLASH_SHORT.search(seg):
            toks = _slash_without(text, toks)
        out.extend(lex.index.match_window(toks, ui, exclude=exclude, text=text, skip_codes=skip,
                                          keep_nested=abstracting))
        if _COORD_HEADS.isdisjoint(t[0] for t in toks):
            continue
        for virtual in _coordinated(text, toks):
            # evidence is the site word: a span over the whole list would swallow the last site's own match
            out.extend(Match(m.term, m.positions, virtual[0][1], virtual[0][2], ui)
                       for m in lex.index.match_window(virtual, ui, exclude=exclude, skip_codes=skip)
                       if len(m.positions) == 2 and m.term.exact is None and m.term.code.startswith(_NEOPLASMS))
    return out


_LINE_BREAK_HYPHEN = re.compile(r"-[ \t]*\r?\n[ \t]*")
_VOCAB: dict[int, frozenset[str]] = {}


def _rejoin_broken_words(text: str, toks: list[tuple[str, int, int]], lex: Lexicon) -> list[tuple[str, int, int]]:
    """A word hyphenated across a line break by OCR or a word processor ("hyperten-\\n  sion") is one token again
    when the joined word is a term word and its halves are not both term words ("budesonide-\\nformoterol" stays
    two); the token spans the whole broken word, so evidence keeps the note's own characters."""
    vocab = _VOCAB.get(id(lex.index))
    if vocab is None:
        vocab = _VOCAB.setdefault(id(lex.index), frozenset(tok for t in lex.index.terms for tok in t.tokens))
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(toks):
        if i + 1 < len(toks):
            (t1, s1, e1), (t2, s2, e2) = toks[i], toks[i + 1]
            if text[s2].islower() and _LINE_BREAK_HYPHEN.fullmatch(text, e1, s2):
                joined = tokenize_span(text[s1:e1] + text[s2:e2], 0, e1 - s1 + e2 - s2, lex.canon)
                if (len(joined) == 1 and joined[0][0] in vocab
                        and not (t1 in vocab and t2 in vocab)):
                    out.append((joined[0][0], s1, e2))
                    i += 2
                    continue
        out.append(toks[i])
        i += 1
    return out


_COORD_HEADS = frozenset({"secondary", "tumor"})  # after canon: "metastases" -> secondary
_NEOPLASMS = ("C", "D0", "D1", "D2", "D3", "D4")  # a site pair codes a neoplasm only ("secondary hypertension")
_COORD_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)", re.I)


def _coordinated(text: str, toks: list[tuple[str, int, int]]):
    """"liver, lung and bone metastases": one [site, head] token pair per site written before the last one.

    Why: the matcher never joins words across "and" ("blood and urine" is not "blood in urine"), so only the
    site next to the head noun was coded. A site list is single words joined only by commas/"and"/"or"
    right before the head noun, so each pair is what the note says."""
    for h in range(2, len(toks)):
        if toks[h][0] not in _COORD_HEADS:
            continue
        k = h - 1  # the last site, next to the head: matched already
        while k > 0 and toks[k - 1][0].isalpha() and _COORD_SEP.fullmatch(text, toks[k - 1][2], toks[k][1]):
            k -= 1
            yield [toks[k], toks[h]]


__all__ = ["Lexicon", "Match", "Term", "build_lexicon", "find_matches"]
