"""Medical decision making graded by the 2021 AMA office/ED table: problems, data, risk; two of three.

Read from the assessment/plan region (from the first Assessment/Impression/A/P/MDM/Dx heading to the
end; the whole note when there is none), because history ("last admission 2019") must not count as a
decision made today. The sentences documenting a separately reported procedure or test are masked
first: its work is paid by its own code, so its drug is not prescription management and its result is
not a data point (AMA: separately reported services do not count toward MDM). Word lists live in
suggest/data/mdm.json. Grades: 1 straightforward, 2 low, 3 moderate, 4 high.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from suggest.cand import Cand
from suggest.textnorm import line_bounds, sentence_bounds

LEVEL_NAMES = {1: "straightforward", 2: "low", 3: "moderate", 4: "high"}
_DATA_NAMES = {1: "minimal", 2: "limited", 3: "moderate", 4: "extensive"}
_REGION = re.compile(r"^[ \t#>*-]*(?:assessment|impression|a\s*/\s*p\b|a&p|a:|dx\s*:|diagnos[ie]s\s*:|mdm\b|"
                     r"medical decision making|separately addressed)", re.I | re.M)
# "without" in a diagnosis title ("migraine without aura, increasing frequency") stops at the comma
# a negation's reach ends at a sentence, a colon or a dash ("ADHD, not at goal - increase methylphenidate")
_NEG_BEFORE = re.compile(r"\b(?:no|not|denies|never|none)\b(?:(?!\s[-\u2013]\s)[^.;:\n]){0,25}$|"
                         r"\bwithout\b(?:(?!\s[-\u2013]\s)[^.;:,\n]){0,25}$", re.I)
_HISTORY_Z = ("Z79", "Z8", "Z9", "Z68", "Z71", "Z72", "Z77", "Z00", "Z01", "Z23", "Z3")


@dataclass
class MDM:
    """The three graded elements and the reasons, for the rationale."""

    problems: int
    data: int
    risk: int
    why: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)  # the lines holding the deciding cues
    stated: int | None = None  # the level the clinician documented, when within one level of the elements

    @property
    def level(self) -> int:
        return self.stated or sorted([self.problems, self.data, self.risk])[1]

    def summary(self) -> str:
        return f"MDM {LEVEL_NAMES[self.level]}: " + ", ".join(self.why)


@lru_cache(maxsize=1)
def chronic_prefixes() -> tuple[str, ...]:
    raw = json.loads(resources.files("suggest.data").joinpath("mdm.json").read_text(encoding="utf-8"))
    return tuple(raw.get("chronic_prefixes", []))


@lru_cache(maxsize=1)
def minor_prefixes() -> tuple[str, ...]:
    raw = json.loads(resources.files("suggest.data").joinpath("mdm.json").read_text(encoding="utf-8"))
    return tuple(raw.get("minor_problem_prefixes", []))


@lru_cache(maxsize=1)
def systemic_prefixes() -> tuple[str, ...]:
    raw = json.loads(resources.files("suggest.data").joinpath("mdm.json").read_text(encoding="utf-8"))
    return tuple(raw.get("systemic_acute_prefixes", []))


@lru_cache(maxsize=1)
def procedure_targets() -> dict[str, tuple[str, ...]]:
    """CPT code prefix -> ICD-10-CM prefixes of the problems that minor procedure itself treats."""
    raw = json.loads(resources.files("suggest.data").joinpath("mdm.json").read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in raw.get("procedure_targets", {}).items()}


_TOKEN = re.compile(r"[A-Za-z0-9]+")
_PLAIN = re.compile(r"[a-z0-9]+(?:\\b)?")


class _Tok:
    """A token shaped like the parts of ``re.Match`` the callers use."""

    __slots__ = ("a", "b", "low", "text")

    def __init__(self, a: int, b: int, text: str) -> None:
        self.a, self.b, self.text, self.low = a, b, text, text.lower()

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b

    def group(self, _: int = 0) -> str:
        return self.text


@lru_cache(maxsize=16)
def _tokens(text: str) -> tuple[tuple[tuple[int, int, str], ...], dict[str, list[int]]]:
    """The note's alphanumeric tokens as (start, end, lower-case word), and the token numbers of each word;
    once per text for all the word lists (match objects are made only for the tokens a list matches)."""
    toks: list[tuple[int, int, str]] = []
    where: dict[str, list[int]] = {}
    for m in _TOKEN.finditer(text):
        low = m.group().lower()
        where.setdefault(low, []).append(len(toks))
        toks.append((*m.span(), low))
    return tuple(toks), where


@lru_cache(maxsize=16)
def _words_by_start(text: str) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The text's distinct lower-case words by their first letter and by their first two letters."""
    by1: dict[str, list[str]] = {}
    by2: dict[str, list[str]] = {}
    for w in _tokens(text)[1]:
        by1.setdefault(w[0], []).append(w)
        by2.setdefault(w[:2], []).append(w)
    return by1, by2


_HEAD = re.compile(r"[A-Za-z0-9]+")
_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")  # non-ASCII letters that re.IGNORECASE matches to ASCII ones


def _alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of a regex (None when the pattern is not balanced)."""
    out: list[str] = []
    cur: list[str] = []
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            out.append("".join(cur))
            cur, i = [], i + 1
            continue
        cur.append(ch)
        i += 1
    out.append("".join(cur))
    return out if depth == 0 and not in_class else None


def _heads(alternative: str) -> set[str] | None:
    """The lower-case letters/digits that every match of ``alternative`` starts with (one of them), or None
    when that is not certain (a class, an escape or a repeated group first). A leading group contributes the
    heads of its alternatives, plus those of what follows when the group is optional."""
    while alternative.startswith("\\b"):
        alternative = alternative[2:]
    m = _HEAD.match(alternative)
    if m:
        head = m.group()
        if alternative[m.end() : m.end() + 1] in ("?", "*", "{"):  # the last one may be absent
            head = head[:-1]
        return {head.lower()} if head else None
    if not alternative.startswith("(?:"):
        return None
    depth, i = 0, 0
    while i < len(alternative):  # the group's closing parenthesis
        ch = alternative[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = alternative.find("]", i + 2)
            if i < 0:
                return None
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                break
        i += 1
    inner = _alternatives(alternative[3:i])
    if depth != 0 or not inner:
        return None
    heads: set[str] = set()
    for a in inner:
        h = _heads(a)
        if not h:
            return None
        heads |= h
    after = alternative[i + 1 : i + 2]
    if after in ("*", "{", "+"):
        return None
    if after == "?":
        rest = _heads(alternative[i + 2 :])
        return heads | rest if rest else None
    return heads


def _required_literal(alternative: str) -> str | None:
    """The longest run of literal characters every match of a top-level ``alternative`` contains (lower-case), or
    None: a note without it cannot match that alternative. Groups, classes, escapes other than escaped punctuation,
    and anything a quantifier makes optional end a run (conservative: a shorter run is still required)."""
    runs: list[str] = []
    cur: list[str] = []
    i, n = 0, len(alternative)
    while i < n:
        ch = alternative[i]
        lit: str | None = None
        if ch == "\\":
            esc = alternative[i + 1 : i + 2]
            lit = esc if esc and not esc.isalnum() else None
            i += 2
        elif ch == "[":
            j = i + 1
            while j < n and (alternative[j] != "]" or j == i + 1):
                j += 2 if alternative[j] == "\\" else 1
            i = j + 1
        elif ch == "(":
            depth, j = 0, i
            while j < n:
                c = alternative[j]
                if c == "\\":
                    j += 2
                    continue
                if c == "[":
                    j += 1
                    while j < n and alternative[j] != "]":
                        j += 2 if alternative[j] == "\\" else 1
                elif c == "(":
                    depth += 1
                elif c == ")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            i = j + 1
        elif ch in ".^$|)?*+{":
            i += 1
        else:
            lit = ch
            i += 1
        quant = alternative[i : i + 1]
        if quant in ("?", "*", "{") or lit is None or not lit.isascii():
            runs.append("".join(cur))
            cur = []
            if quant == "{":
                i = alternative.find("}", i) + 1 or n
            elif quant in ("?", "*"):
                i += 1
            if alternative[i : i + 1] == "?":  # lazy
                i += 1
            continue
        cur.append(lit)
        if quant == "+":
            runs.append("".join(cur))
            cur = []
            i += 1
            if alternative[i : i + 1] == "?":
                i += 1
    runs.append("".join(cur))
    best = max(runs, key=len).lower()
    return best if best.strip() else None


@lru_cache(maxsize=16)
def _lower(text: str) -> str:
    return text.lower()


class _Lexicon:
    """A word list matched fast: single plain words by set look-up over the text's tokens, word endings
    (drug suffixes) by ``str.endswith``, and only real patterns/phrases by one regular expression (a
    regex alternation over hundreds of words costs milliseconds per note)."""

    def __init__(self, terms: list[str], suffixes: tuple[str, ...] = (),
                 not_words: frozenset[str] = frozenset()) -> None:
        plain = [t for t in terms if _PLAIN.fullmatch(t)]
        self.words = frozenset(t.removesuffix("\\b") for t in plain)
        rest = [t for t in terms if t not in plain]
        self.rx = re.compile(r"\b(?:" + "|".join(rest) + r")", re.I) if rest else None
        self.suffixes = suffixes
        self.not_words = not_words
        # Every match of ``rx`` starts a word that begins with the literal head of one of its alternatives, so
        # the pattern is tried only where such a word starts (same matches as scanning every position, which
        # costs ~0.15 ms per list and text); None when some alternative has no literal head.
        split = [a for t in rest for a in (_alternatives(t) or [""])]
        alternatives = [_heads(a) for a in split]
        heads = set().union(*(h for h in alternatives if h))
        # an alternative with no literal head ("[a-z0-9-]+ panel", "\\(reviewed") forces a scan of every position,
        # but only in a note holding the literal it cannot match without (" panel", "(reviewed")
        lits = [_required_literal(a) for a, h in zip(split, alternatives, strict=True) if not h]
        self.headless: tuple[str, ...] | None = None if None in lits else tuple(lits)
        self.heads: tuple[dict[str, tuple[str, ...]], tuple[str, ...]] | None = None
        if alternatives and self.headless is not None:
            by2: dict[str, list[str]] = {}
            for h in heads:
                if len(h) >= 2:
                    by2.setdefault(h[:2], []).append(h)
            self.heads = ({k: tuple(v) for k, v in by2.items()}, tuple(h for h in heads if len(h) < 2))

    def _rx_matches(self, text: str, pos: int, end: int) -> list[Any]:
        """``list(self.rx.finditer(text, pos, end))``, trying the pattern only where a head word starts."""
        if self.heads is None or (not text.isascii() and _FOLDS.search(text)) or (
                self.headless and any(lit in _lower(text) for lit in self.headless)):
            return list(self.rx.finditer(text, pos, end))
        by2, short = self.heads
        toks, where = _tokens(text)
        text_by1, text_by2 = _words_by_start(text)
        words = [w for key, hs in by2.items() for w in text_by2.get(key, ()) if w.startswith(hs)]
        words += [w for h in short for w in text_by1.get(h, ())]
        starts = sorted({toks[i][0] for w in words for i in where[w]})
        found, nxt, rx = [], pos, self.rx
        for a in starts:
            if nxt <= a < end and (m := rx.match(text, a, end)):
                found.append(m)
                nxt = m.end()
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        found: list[Any] = self._rx_matches(text, pos, end) if self.rx else []
        words, suffixes, not_words = self.words, self.suffixes, self.not_words
        toks, where = _tokens(text)
        if suffixes:
            hits = [i for i, (_, _, low) in enumerate(toks) if low in words or (
                len(low) > 5 and low.endswith(suffixes) and low not in not_words)]
        else:  # only the words of this list that occur in the text, in text order
            hits = sorted(i for w in (words if len(words) < len(where) else where)
                          if w in where and w in words for i in where[w])
        for i in hits:
            a, b, _ = toks[i]
            if pos <= a and b <= end:
                found.append(_Tok(a, b, text[a:b]))
        return iter(sorted(found, key=lambda m: m.start()))

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return next(self.finditer(text, pos, endpos), None)

    def fullmatch(self, s: str) -> bool:
        return s.lower() in self.words or bool(self.rx and self.rx.fullmatch(s))


@lru_cache(maxsize=1)
def _words() -> dict[str, _Lexicon]:
    raw = json.loads(resources.files("suggest.data").joinpath("mdm.json").read_text(encoding="utf-8"))
    lists_only = ("chronic_prefixes", "prescription_suffixes", "not_drugs", "systemic_acute_prefixes",
                  "minor_problem_prefixes")
    return {key: _Lexicon(terms, tuple(raw.get("prescription_suffixes", [])), frozenset(raw.get("not_drugs", [])))
            if key == "prescription" else _Lexicon(terms)
            for key, terms in raw.items() if isinstance(terms, list) and key not in lists_only}


def region(text: str) -> tuple[int, str]:
    """(offset, text) of the assessment/plan part of the note."""
    m = _REGION.search(text)
    return (m.start(), text[m.start():]) if m else (0, text)


_SENT_END = re.compile(r"[.;!?](?=\s)|\n")


_CLAUSE_END = re.compile(r"[.;,!?](?=\s)|\n")


def mask(text: str, spans: list[tuple[int, int]], clause_spans: list[tuple[int, int]] | None = None) -> str:
    """Blank out the sentences holding a separately reported procedure (offsets are kept); for a drug or vaccine
    given in the office (``clause_spans``) only its clause, so a prescription written after it in the same sentence
    ("ceftriaxone 500 mg IM given today, doxycycline 100 mg bid x7d") is still managed."""
    chars = list(text)
    for (s, e), end in [(sp, _SENT_END) for sp in spans] + [(sp, _CLAUSE_END) for sp in clause_spans or []]:
        before = [m.end() for m in end.finditer(text, max(0, s - 300), s)]
        a = before[-1] if before else max(0, s - 300)
        after = end.search(text, e)
        b = after.start() if after else len(text)
        for i in range(a, b):
            chars[i] = " "
    return "".join(chars)


# "OTC hydrocortisone cream", "OTC meds - cetirizine and hydrocortisone", "ibuprofen OTC": the product the note names
# as over-the-counter is not prescription drug management, even when the same drug also comes as a prescription
_OTC_WORD = re.compile(r"\b(?:otc|over[- ]the[- ]counter|nonprescription|non-prescription)\b", re.I)
_OTC_AFTER = re.compile(r"\s+(?:\S+\s+){0,1}?(?:otc|over[- ]the[- ]counter)\b", re.I)
_RX_AGAIN = re.compile(r"\b(?:start\w*|begin|prescri\w*|rx|switch\w*|then|add\w*|refill\w*|but)\b|[;:]", re.I)


def _otc_named(text: str, a: int, b: int) -> bool:
    """The drug at text[a:b] is called over-the-counter in its own clause ("OTC hydrocortisone 1% cream twice
    daily", "Tylenol OTC"): the nearest OTC word before it with no new prescription verb between, or right after."""
    if _OTC_AFTER.match(text, b):
        return True
    clause = _clause(text, a)[-60:]
    ends = [m.end() for m in _OTC_WORD.finditer(clause)]
    return bool(ends) and not _RX_AGAIN.search(clause, ends[-1])


def _present(rx: _Lexicon, text: str) -> list[str]:
    """Matches of ``rx`` not preceded by a negation in the same clause."""
    found = []
    for m in rx.finditer(text):
        if not _NEG_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            found.append(m.group(0).lower())
    return found


def _line_of(text: str, rx: Any, reg: str, off: int, skip: tuple[str, ...] = ()) -> tuple[int, int] | None:
    """The note line (bullets and numbering trimmed) holding the first non-negated match of ``rx``."""
    for m in rx.finditer(reg):
        if _NEG_BEFORE.search(reg, max(0, m.start() - 30), m.start()) or m.group(0).lower() in skip:
            continue
        at = off + m.start()
        a, b = line_bounds(text, at)
        while a < at and text[a] in " \t-*#>0123456789.)":
            a += 1
        a, b = max(a, at - 100), min(b, off + m.end() + 100)
        while b > a and text[b - 1].isspace():
            b -= 1
        return a, b
    return None


def _clause_denies(text: str, at: int, w: dict[str, _Lexicon]) -> bool:
    """ "Pneumonia unlikely, but possible": the clinician has settled the diagnosis."""
    a, b = sentence_bounds(text, at, stops=(".", "\n"))
    if b < len(text) and _WRAPPED.match(text, b) and text[a:b].rstrip()[-1:] == ",":
        b = sentence_bounds(text, b + 1, stops=(".", "\n", ";"))[1]  # a clause wrapped onto the next line
    settled = [m for m in w["uncertain_negated"].finditer(text, a, b)  # "not ruled out" leaves it open
               if not _NOT_SETTLED_BEFORE.search(text, max(0, m.start() - 20), m.start())]
    return bool(settled) or bool(_NEG_BEFORE.search(text, max(0, at - 30), at))


# a line break after a comma inside a sentence: "Possible occult scaphoid injury considered,\n    exam not
# consistent." (one wrapped line, up to its clause end)
_WRAPPED = re.compile(r"\n[ \t]*[a-z]")
_NOT_SETTLED_BEFORE = re.compile(r"\b(?:not|cannot|can't|never)\s+(?:be\s+|yet\s+|been\s+)?$", re.I)


_INJURY = re.compile(r"\b(?:fractures?|tears?|torn|ruptured?|dislocat\w+|lacerations?)\b", re.I)
_CLAUSE_START = re.compile(r"[.;!?](?=\s)|\n")
# a test or operation only talked about: "if the pain persists we can consider an MRI", "may need a CT"
_MAYBE = re.compile(r"\bif\b|\bunless\b|\bconsider\w*|\b(?:may|might|could|would)\b(?! like)|\beventually\b|"
                    r"\bin the future\b|\bshould\b[^,]{0,40}\bbe (?:needed|required)\b", re.I)
# surgery: a plan conditional on failure ("if his pain does not improve, I will recommend surgery") is not a decision
_MAYBE_SURGERY = re.compile(r"\bif\b[^,;]{0,80}\b(?:not|no|fails?|persists?|worsens?|continues?)\b|\bunless\b|"
                            r"\bconsider\w*|\b(?:may|might|could|would)\b(?! like)|\beventually\b|"
                            r"\bin the future\b|\bshould\b[^,]{0,40}\bbe (?:needed|required)\b", re.I)
# "edema is likely caused by the Norvasc": an attributed cause, not an undiagnosed problem
_ETIOLOGY_AFTER = re.compile(r"\s+(?:be\s+)?(?:related|due|caused|secondary|attributable|from|because|a result)\b",
                             re.I)
_IF_AFTER = re.compile(r"[^.;\n]{0,25}?\bif (?:indicated|needed|necessary|required|abnormal|positive|persistent|"
                       r"not improv\w*|symptoms persist)", re.I)
# "to help prevent exacerbation", "steroid cream for flare ups": a plan against a future exacerbation
_PREVENT_BEFORE = re.compile(r"\b(?:prevent\w*|avoid\w*|reduce (?:the )?(?:risk of )?|in case of|minimi[sz]e)\s+"
                             r"(?:\w+\s+){0,2}$", re.I)
_IF_CLAUSE = re.compile(r"\b(?:if|unless|should|in case)\b", re.I)  # "return sooner if symptoms worsen"
_FLARE_UP_AFTER = re.compile(r"[- ]?ups?\b", re.I)
# a reading the physician puts down to a passing cause and leaves untreated ("BP elevated today, attributed to pain;
# home readings 120s/80s ... No change"): the illness is at its goal, stable (AMA: stable chronic illness), not an
# exacerbation
_TRANSIENT_AFTER = re.compile(r"[^.;\n]{0,30}?\b(?:attributed to|likely (?:from|due to)|due to|from|secondary to)"
                              r"\s+(?:the\s+|acute\s+)?(?:pain|anxiety|white[- ]coat|being in the office|caffeine)\b",
                              re.I)
# "likely to resolve", "possible side effects", "as soon as possible": not a differential diagnosis
_NOT_A_DIAGNOSIS_AFTER = re.compile(r"\s+(?:to\b|side effects?|risks?|complications?|benefits?|options?|"
                                    r"interactions?|adverse)", re.I)
_AS_POSSIBLE = re.compile(r"\b(?:as \w+ as|if|when|whenever|where) possible\b", re.I)
# a test from years ago is history, not data reviewed today
_LONG_AGO = re.compile(r"\b(?:\d+|a|one|two|three|several) years? ago\b|\bup to date\b|\blast year\b|"
                       r"\bin the past\b|\bhistory of\b|\b(?:19\d\d|20[01]\d|202[0-4])\b", re.I)
# results of tests this clinician ordered at an earlier visit: counted when ordered, not again when reviewed (AMA)
_OWN_EARLIER_ORDER = re.compile(r"\b(?:(?:I|we)\s+(?:had\s+)?ordered|ordered\s+by\s+me)\s+(?:at|during|on|after)\s+"
                                r"(?:the|her|his|their|your)\s+(?:(?:last|previous|prior|recent)\s+)?"
                                r"(?:visit|appointment|encounter)\b(?!\s+today)|\bordered\s+(?:at|during)\s+(?:the\s+|"
                                r"her\s+|his\s+|their\s+)?(?:last|previous|prior)\s+(?:visit|appointment|encounter)\b",
                                re.I)
_DOSED = re.compile(r"\b([A-Za-z][A-Za-z-]{3,}),?\s+(?:(?:up|down|increased|decreased|reduced|titrated|changed)\s+)?"
                    r"(?:(?:to|from)\s+)?(?:(?:ER|XR|XL|SR|CR|DR|HCl)\s+)?\d+(?:\.\d+)?\s*"
                    r"(?:mg|mcg|units?|meq)\b(?!\s*/\s*(?:dl|l|ml|kg|m2|day)\b)", re.I)
_NOT_DRUG_BEFORE_DOSE = frozenset((
    "than", "to", "from", "of", "at", "about", "approximately", "only", "taking", "take", "takes", "dose", "dosage",
    "daily", "salt", "sodium", "caffeine", "protein", "limit", "limiting", "tablets", "tablet", "total", "maximum",
    "every", "increase", "decrease", "reduce", "with", "plus", "then", "over", "under", "below", "above", "intake"))


# a disposition weighed in the ED course or MDM paragraph above the impression ("Considered admission for observation
# but patient prefers home"): the decision is today's when the wording is a decision and no earlier time is named
_DECISION_WORD = re.compile(r"\b(?:consider\w*|declin\w*|offer\w*|prefer\w*|recommend\w*|discuss\w*|decision|"
                            r"disposition|refus\w*|deferred)\b", re.I)


# "Hypertension - managed by his cardiologist, no changes today": another professional manages it
_MANAGED_ELSEWHERE = re.compile(
    r"\b(?:managed|followed|treated|handled|monitored|co-?managed)\s+(?:by|per|with)\s+(?:(?:his|her|their|the|an?|"
    r"outside|own)\s+)?(?:\w+\s+){0,2}?(?:cardiolog\w*|oncolog\w*|nephrolog\w*|endocrinolog\w*|neurolog\w*|"
    r"psychiatr\w*|pulmonolog\w*|rheumatolog\w*|gastroenterolog\w*|gi|urolog\w*|dermatolog\w*|hematolog\w*|"
    r"ophthalmolog\w*|specialists?|pcp|primary care|surgeon|dr\.?\s*[a-z]+)\b|\bdeferred to (?:his |her |their |the )?"
    r"(?:\w+ )?(?:cardiolog|oncolog|nephrolog|endocrinolog|neurolog|psychiatr|specialist|pcp|primary care)\w*", re.I)
_ACTION = re.compile(r"\b(?:start\w*|increas\w*|decreas\w*|reduc\w*|adjust\w*|chang(?:e|ed|ing)\b|stop\w*|"
                     r"discontinu\w*|order\w*|refill\w*|check\w*|recheck\w*|titrat\w*|switch\w*|add(?:ed|ing)?\b|"
                     r"labs?\b|counsel\w*|discussed|referr?\w*|coordinat\w*|called|spoke)", re.I)


def _managed_elsewhere(text: str, off: int, c: Cand, w: dict[str, _Lexicon]) -> bool:
    """AMA: a problem another professional manages, noted without assessment, management or care coordination
    today, is not addressed. True when every assessment line naming ``c`` says so and names no drug or action."""
    lines = set()
    for s0, _ in c.spans:
        if s0 >= off:
            lines.add(line_bounds(text, s0))
    if not lines:
        return False
    for a, b in lines:
        line = text[a:b]
        if not _MANAGED_ELSEWHERE.search(line) or _ACTION.search(line) or w["prescription"].search(line) \
                or _DOSED.search(line):
            return False
    return True


# "if it recurs, prophylaxis vs urology referral": a choice for a possible future, not an undiagnosed problem today
_CONDITIONAL_BEFORE = re.compile(r"\b(?:if|unless|should (?:it|she|he|they|this|symptoms?)|in case)\b[^,;:]{0,40},",
                                 re.I)
_SYMPTOM_PREFIXES = ("R", "L29")  # signs and symptoms (chapter 18) and pruritus
_ONLY_WEIGHED = re.compile(r"\bconsider\w*|\bdeferred\b|\bdiscuss\w*|\bdecision (?:regarding|about)\b|\bvs\b|"
                           r"\bversus\b|\bnot to\b", re.I)  # "observation admission vs discharge": weighed, not needed


# a disposition decided by someone else or on an earlier day ("offered admission at urgent care yesterday")
_ELSEWHERE = re.compile(r"\b(?:yesterday|urgent care|outside (?:hospital|facility|ed|er)|another (?:hospital|facility)|"
                        r"other (?:hospital|facility)|(?:his|her|their) (?:pcp|cardiologist|doctor|oncologist))\b",
                        re.I)


def _decided_above(rx: _Lexicon, text: str, end: int) -> list[str]:
    """Hospitalization decisions written before the assessment heading (AMA: a decision regarding hospitalization,
    including the decision not to admit, is high risk), not reported as past."""
    out = []
    for m in rx.finditer(text, 0, end):
        clause = _clause(text, m.start())
        after = text[m.end():m.end() + 80].split("\n")[0].split(".")[0]
        if (_DECISION_WORD.search(m.group(0)) and not _NEG_BEFORE.search(text, max(0, m.start() - 30), m.start())
                and not _IF_CLAUSE.search(clause) and not _EARLIER.search(clause + m.group(0) + after)
                and not _LONG_AGO.search(clause + after) and not _ELSEWHERE.search(clause + m.group(0) + after)):
            out.append(m.group(0).lower())
    return out


def _clause(text: str, at: int) -> str:
    starts = [m.end() for m in _CLAUSE_START.finditer(text, max(0, at - 200), at)]
    return text[starts[-1] if starts else max(0, at - 200):at]


def _asserted(rx: _Lexicon, text: str, maybe: re.Pattern[str] = _MAYBE) -> list[str]:
    """Like ``_present``, and not only talked about as a possibility ("consider an MRI", "biopsy if indicated")."""
    return [m.group(0).lower() for m in rx.finditer(text)
            if not _NEG_BEFORE.search(text, max(0, m.start() - 30), m.start())
            and not maybe.search(_clause(text, m.start())) and not _IF_AFTER.match(text, m.end())]


# a brand name the word list lacks, started or prescribed: "Start Paxlovid", "samples of Trelegy"
_STARTED_BRAND = re.compile(r"\b(?:[Ss]tart(?:ed)?|[Bb]egin|[Ii]nitiat\w+|[Rr]estart\w*|[Rr]esum\w+|[Aa]dd(?:ed)?|"
                            r"[Ss]witch(?:ed)? to|[Tt]rial of|[Pp]rescri\w+|[Ss]amples? of)\s+(?:(?:him|her|them|the "
                            r"patient)\s+)?(?:on\s+)?(?:a\s+)?([A-Z][a-z]{3,}[A-Za-z-]*)\b")
_NOT_BRANDS = frozenset((
    "physical", "occupational", "speech", "home", "daily", "walking", "exercise", "exercises", "diet", "therapy",
    "counseling", "treatment", "monitoring", "checking", "cardiac", "pulmonary", "weight", "regular", "low", "high",
    "over", "otc", "over-the-counter", "over-the", "vitamin", "calcium", "iron", "fiber", "aspirin", "tylenol",
    "ibuprofen", "advil", "motrin", "aleve", "zyrtec", "claritin", "allegra", "benadryl", "miralax", "colace",
    "saline", "ice", "heat", "rest", "compression", "warm", "cold", "cool", "sitz", "gentle", "light", "aerobic",
    "strength", "stretching", "yoga", "meditation", "journaling", "sleep", "nutrition", "dietary", "lifestyle",
    "smoking", "tobacco", "alcohol", "insulin", "with", "taking", "using", "wearing", "the", "this", "that"))


def _started_brand(text: str, w: dict[str, _Lexicon]) -> list[str]:
    out = []
    for m in _STARTED_BRAND.finditer(text):
        word = m.group(1).lower()
        if word in _NOT_BRANDS or w["otc"].fullmatch(word) or w["low_risk"].fullmatch(word):
            continue
        if _NEG_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        out.append(word)
    return out


def _outermost(matches: Any) -> list[Any]:
    """Drop a match inside a longer one ("culture" inside "urine culture" is one test, not two)."""
    ms = sorted(matches, key=lambda m: (m.start(), -m.end()))
    out: list[Any] = []
    for m in ms:
        if out and m.end() <= out[-1].end():
            continue
        out.append(m)
    return out


_WEAK_CUE = re.compile(r"(?:most )?likely|probabl[ey]|possibl[ey]|suspect(?:s|ed)?|presumed", re.I)


def _diagnosed_on_line(reg: str, off: int, at: int, problems: list[Cand]) -> bool:
    """ "Acute sinusitis - bacterial likely": the line names a definite diagnosis (not a symptom or finding code),
    so the uncertainty is about its cause, not an undiagnosed problem."""
    a, b = line_bounds(reg, at)
    on_line = [c for c in problems if any(off + a <= s0 < off + b for s0, _ in c.spans)]
    return bool(on_line) and not any(c.code.startswith("R") for c in on_line)


def _only_acute_on_line(reg: str, off: int, at: int, problems: list[Cand], prefixes: tuple[str, ...]) -> bool:
    """The cue's line names only acute problems ("Acute bronchitis - cough persists"): not a chronic illness's
    exacerbation."""
    a, b = line_bounds(reg, at)
    on_line = [c for c in problems if any(off + a <= s0 < off + b for s0, _ in c.spans)]
    return bool(on_line) and not any(c.code.startswith(prefixes) for c in on_line)


def _dosed_drugs(text: str, w: dict[str, _Lexicon]) -> list[str]:
    """Drugs named with a dose in the plan ("Cardura 4 mg", "start Lortab 5 mg"), whatever the brand name, minus
    over-the-counter products: prescription drug management per AMA, even when the word list lacks the name."""
    found = []
    for m in _DOSED.finditer(text):
        word = m.group(1).lower()
        if word in _NOT_DRUG_BEFORE_DOSE or w["otc"].fullmatch(word) or w["otc"].search(text, m.start(), m.end()) \
                or _otc_named(text, m.start(1), m.end(1)):
            continue
        if _NEG_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        found.append(word)
    return found


# a drug started or its dose raised (not continued or refilled)
_START = re.compile(r"\b(?:start(?:ed|ing)?|begin|initiat(?:e|ed|ing)|add(?:ed|ing)?|increas(?:e|ed|ing)|"
                    r"(?:up-?)?titrat(?:e|ed|ing)|escalat(?:e|ed|ing)|switch(?:ed|ing)? to)\b", re.I)
# a result the note flags: "free T4 3.2 (high)", "K 5.9 (H)", "LDL 182, flagged high"
_LAB_FLAG = re.compile(r"\d\s*(?:%|[A-Za-z]+(?:/[A-Za-z]+)?)?\s*\((?:high|low|abnormal|critical|H|L)\)|"
                       r"\bflagged (?:as )?(?:high|low|abnormal)\b", re.I)
_LAB_NAME = re.compile(r"(?:[A-Za-z][\w-]*\s+){0,2}[\d.]*$")


def _flagged_result(text: str) -> str | None:
    """The first flagged result, with the words naming it ("free T4 3.2 (high)")."""
    m = _LAB_FLAG.search(text)
    if m is None:
        return None
    a = line_bounds(text, m.start())[0]
    name = _LAB_NAME.search(text, max(a, m.start() - 40), m.start())
    return text[name.start() if name else m.start():m.end()].strip()


def _active_dependence(code: str) -> bool:
    """Substance dependence in active use (F10-F19 .2-, not "in remission"): its treatment goal is abstinence."""
    if not (code.startswith("F1") and code[4:5] == "2"):
        return False
    return not ((len(code) == 6 and code[5] == "1") or (len(code) == 7 and code[6] == "1"))


def _new_prescription_for_chronic(reg: str, off: int, masked: str, problems: list[Cand], prefixes: tuple[str, ...],
                                  w: dict[str, _Lexicon]) -> str | None:
    """AMA: a chronic illness not at its treatment goal is not stable. A prescription drug started or raised for it
    today, with a result the note flags high/low/abnormal ("free T4 3.2 (high)" ... "start methimazole") or for a
    dependence still in active use ("smoking 1 pack a day" ... "start varenicline"), says the illness is not at
    goal. The drug goes with the illness when its line names it or the illness is the visit's only problem.
    Returns the cue for the rationale."""
    chronic = [c for c in problems if c.code.startswith(prefixes)]
    if not chronic:
        return None
    only = len(problems) == 1
    for m in _START.finditer(reg):
        if (_NEG_BEFORE.search(reg, max(0, m.start() - 30), m.start()) or _MAYBE.search(_clause(reg, m.start()))
                or _IF_CLAUSE.search(_clause(reg, m.start()))):
            continue
        end = _CLAUSE_START.search(reg, m.end())
        end = min(end.start() if end else len(reg), m.end() + 60)
        clause = reg[m.start():end]
        drugs = [x.group(0).lower() for x in w["prescription"].finditer(reg, m.start(), end)
                 if not w["otc"].fullmatch(x.group(0).lower())]
        drug = next(iter(drugs + _dosed_drugs(clause, w) + _started_brand(clause, w)), None)
        if drug is None:
            continue
        a, b = line_bounds(reg, m.start())
        linked = [c for c in chronic if only or any(off + a <= s0 < off + b for s0, _ in c.spans)]
        if any(_active_dependence(c.code) for c in linked):
            return f"not at goal: {drug} started, dependence in active use"
        if linked and (flagged := _flagged_result(masked)):
            return f"not at goal: {drug} started, {flagged}"
        if linked and (new := _NEW_DIAGNOSIS.search(reg, a, b)):
            return f"not at goal: {drug} started, {new.group(0).lower()}"
    return None


# a test to be done at a later visit is ordered then ("repeat labs at her annual physical", "A1c at the next visit")
_LATER_VISIT = re.compile(r"[^.;\n]{0,30}?\bat (?:her|his|the|their|your|a)\s+(?:next|annual|upcoming|follow[- ]?up|"
                          r"future|yearly|6[- ]month|3[- ]month)\s+(?:visit|physical|exam|appointment|check[- ]?up|"
                          r"wellness visit)\b", re.I)


# a discussion reported as earlier than this visit
_EARLIER = re.compile(r"\b(?:last (?:week|month|year|visit)|previously|earlier this (?:month|year)|ago|"
                      r"in (?:19|20)\d\d)\b", re.I)
# a test's name inside a diagnosis' wording ("rheumatoid arthritis with rheumatoid factor") is not a test
_DX_WORDING_BEFORE = re.compile(r"\b(?:arthritis|ra|polyarthritis)\s+with(?:out)?\s+$", re.I)


# a chronic illness found today and treated for the first time is not yet at its treatment goal
_NEW_DIAGNOSIS = re.compile(r"\b(?:new(?:ly)?[- ](?:diagnos\w+|found|detected|identified|discovered)|new[- ]onset|"
                            r"new diagnosis|diagnosed today|first diagnosed)\b|"
                            # the status word alone after the diagnosis: "diabetic polyneuropathy - new. Start ..."
                            r"(?:(?<=[-\u2013:,] )|(?<=\())new\b(?=\s*(?:[.;,)]|$))", re.I | re.M)


_MANIFESTATION = ("F02",)  # dementia in other diseases: "code first" the underlying disease


def _one_per_illness(cands: list[Cand]) -> set[str]:
    """Code categories of the chronic illnesses addressed, one per illness: a manifestation coded beside its
    etiology ('Alzheimer's disease with dementia' G30.1 + F02.80) is one problem (AMA counts problems
    addressed, not codes)."""
    etiology = any(c.code.startswith(("G", "B20", "E75")) for c in cands)
    return {c.code[:3] for c in cands if not (etiology and c.code.startswith(_MANIFESTATION))}


def grade(text: str, dx: list[Cand], chronic: list[str], proc_spans: list[tuple[int, int]],
          minor_procedure: bool = False, drug_spans: list[tuple[int, int]] | None = None) -> MDM:
    """Grade problems, data and risk for one visit note (``drug_spans``: drugs given in the office, masked by
    clause)."""
    w = _words()
    masked = mask(text, proc_spans, drug_spans)
    off, reg = region(masked)
    why: list[str] = []
    problems = [c for c in dx if not c.code.startswith(_HISTORY_Z) and not _managed_elsewhere(masked, off, c, w)]
    prefixes = tuple(p for p in (*chronic, *chronic_prefixes()) if p != "Z")
    chronic_all = [c for c in problems if c.code.startswith(prefixes)]
    acute = len(problems) - len({c.code[:3] for c in chronic_all})
    # AMA: symptoms may cluster around a specific diagnosis and each symptom is not necessarily a unique problem
    # ("Bee sting, local reaction" with "diphenhydramine as needed for itch"): beside a diagnosed acute problem the
    # symptom codes do not add problems
    symptoms = [c for c in problems if c.code.startswith(_SYMPTOM_PREFIXES) and c not in chronic_all]
    if 0 < len(symptoms) < acute:
        acute -= len(symptoms)
    chronic_dx = _one_per_illness(chronic_all)
    exacerbated = [m.group(0).lower() for m in w["exacerbation"].finditer(reg)
                   if not _NEG_BEFORE.search(reg, max(0, m.start() - 30), m.start())
                   and not _PREVENT_BEFORE.search(reg, max(0, m.start() - 40), m.start())
                   and not _FLARE_UP_AFTER.match(reg, m.end()) and not _IF_CLAUSE.search(_clause(reg, m.start()))
                   and not _TRANSIENT_AFTER.match(reg, m.end())
                   and (m.group(0).lower().startswith(("side effect", "adverse effect"))  # of a treatment
                        or not _only_acute_on_line(reg, off, m.start(), problems, prefixes))]
    if chronic_dx and not exacerbated and (cue := _new_prescription_for_chronic(reg, off, masked, problems, prefixes,
                                                                                 w)):
        exacerbated = [cue]
    severe = _present(w["severe"], reg)
    uncertain = [m.group(0) for m in w["uncertain"].finditer(reg) if not _clause_denies(reg, m.start(), w)
                 and not _ETIOLOGY_AFTER.match(reg, m.end()) and not _NOT_A_DIAGNOSIS_AFTER.match(reg, m.end())
                 and not _AS_POSSIBLE.search(reg, max(0, m.start() - 12), m.end())
                 and not (_WEAK_CUE.fullmatch(m.group(0)) and _diagnosed_on_line(reg, off, m.start(), problems))
                 and not _CONDITIONAL_BEFORE.search(_clause(reg, m.start()))]
    surgery = _asserted(w["surgery_decision"], reg, _MAYBE_SURGERY)
    injury = any(c.code.startswith(("S", "T")) for c in problems) or bool(_INJURY.search(reg))
    hospital = _asserted(w["hospitalization"], reg)  # "go to the ED if worse" is not a decision
    hospital = hospital or _decided_above(w["hospitalization"], masked, off)
    stated_moderate = _asserted(w["stated_moderate_problem"], reg)
    minor = [c for c in problems if c.code.startswith(minor_prefixes())]
    # a problem for which admission is recommended or arranged threatens life or bodily function; one for which it is
    # only weighed ("considered admission but treated at home") is high only as a chronic illness's severe
    # exacerbation (AMA: "may require escalation in level of care"); an acute illness keeps its own grade
    needs_hospital = [h for h in hospital if not _ONLY_WEIGHED.search(h)] or (hospital and chronic_dx and exacerbated)
    if severe or needs_hospital:
        p = 4
        why_p = "high (severe exacerbation or threat to life)"
    elif chronic_dx and exacerbated:
        p, why_p = 3, f"moderate (chronic illness with exacerbation/progression: '{exacerbated[0]}')"
    elif len(chronic_dx) >= 2:
        p, why_p = 3, f"moderate ({len(chronic_dx)} stable chronic illnesses)"
    elif surgery and injury:
        p, why_p = 3, "moderate (acute complicated injury: surgery decided)"
    elif stated_moderate:
        p, why_p = 3, f"moderate (as documented: '{stated_moderate[0]}')"
    elif systemic := [c.code for c in problems if c.code.startswith(systemic_prefixes())]:
        p, why_p = 3, f"moderate (acute illness with systemic symptoms: {systemic[0]})"
    elif uncertain and problems:
        p, why_p = 3, f"moderate (undiagnosed new problem with uncertain prognosis: '{uncertain[0]}')"
    elif chronic_dx:
        p, why_p = 2, "low (1 stable chronic illness)"
    elif acute >= 2 or (acute == 1 and not minor and not _present(w["self_limited"], reg)):
        p, why_p = 2, f"low ({acute} acute uncomplicated illness/injury)"
    else:
        p, why_p = 1, "straightforward (1 self-limited or minor problem)"
    why.append(f"problems {why_p}")
    earlier = [sentence_bounds(masked, m.start(), m.end(), stops=("\n\n",))
               for m in _OWN_EARLIER_ORDER.finditer(masked)]  # the paragraph that reports those results
    tests = {m.group(0).lower() for m in _outermost(w["tests"].finditer(masked))
             if not any(a <= m.start() < b for a, b in earlier)
             if not _NEG_BEFORE.search(masked, max(0, m.start() - 30), m.start())
             and not _MAYBE.search(_clause(masked, m.start())) and not _IF_AFTER.match(masked, m.end())
             and not _LONG_AGO.search(_clause(masked, m.start()) + masked[m.end():m.end() + 40].split("\n")[0])
             and not _LATER_VISIT.match(masked, m.end())
             and not _DX_WORDING_BEFORE.search(masked, max(0, m.start() - 40), m.start())}
    for m in w["tests_generic"].finditer(masked):
        a, b = line_bounds(masked, m.start(), m.end())
        if not w["tests"].search(masked, a, b) and _asserted(w["tests_generic"],
                                                                                          masked[a:m.end()]) \
                and not _LATER_VISIT.match(masked, m.end()):
            tests.add("labs")
    cat1 = len(tests) + (1 if w["external"].search(masked) else 0)
    historian = bool(w["historian"].search(masked))
    interp = bool(w["interpretation"].search(masked))
    discuss = bool(_present(w["discussion"], reg)) or any(  # a call today reported above the assessment
        not _NEG_BEFORE.search(masked, max(0, m.start() - 30), m.start())
        and not _EARLIER.search(_clause(masked, m.start()) + masked[m.end():m.end() + 60].split(".")[0])
        for m in w["discussion"].finditer(masked))
    cats = (cat1 + historian >= 3) + interp + discuss
    d = 4 if cats >= 2 else 3 if cats == 1 else 2 if cat1 >= 2 or historian else 1
    parts = [f"{cat1} test/document item(s)"] + (["independent historian"] if historian else []) + (
        ["independent interpretation"] if interp else []) + (["discussion with external physician"] if discuss else [])
    why.append(f"data {_DATA_NAMES[d]} ({', '.join(parts)})")
    rx = [m.group(0).lower() for m in w["prescription"].finditer(reg)
          if not _NEG_BEFORE.search(reg, max(0, m.start() - 30), m.start())
          and not w["otc"].fullmatch(m.group(0).lower()) and not _otc_named(reg, m.start(), m.end())]
    rx += _dosed_drugs(reg, w)
    rx += _started_brand(reg, w)
    if not rx and _present(w["continue_meds"], reg):  # "continue current medications" with a listed Rx drug
        listed = [m for m in _present(w["prescription"], masked) if not w["otc"].fullmatch(m)]
        rx = [f"continued medications ({listed[0]})"] if listed else []
    # AMA: elective major surgery (or an invasive procedure such as a catheterization) with identified patient or
    # procedure risk factors is high risk; without them, moderate
    risky = _present(w["surgery_risk_factor"], reg) if surgery else []
    if hospital or _present(w["high_risk"], reg):
        r, why_r = 4, "high (decision regarding hospitalization/escalation or intensive toxicity monitoring)"
    elif risky:
        r, why_r = 4, f"high (decision regarding surgery with identified risk factors: '{risky[0]}')"
    elif rx:
        r, why_r = 3, f"moderate (prescription drug management: {rx[0]})"
    elif surgery:
        r, why_r = 3, f"moderate (decision regarding elective surgery: '{surgery[0]}')"
    elif sdoh := _asserted(w["sdoh"], reg):
        r, why_r = 3, f"moderate (treatment limited by social determinants of health: '{sdoh[0]}')"
    elif _present(w["otc"], reg) or minor_procedure or _present(w["low_risk"], reg):
        r, why_r = 2, "low (over-the-counter drugs, minor procedure or therapy)"
    else:
        r, why_r = 1, "minimal"
    why.append(f"risk {why_r}")
    otc_words = tuple(x for x in _present(w["otc"], reg))
    cues = [w["severe"] if severe else w["hospitalization"]] if p == 4 else [
        w["exacerbation"] if exacerbated and chronic_dx else w["uncertain"]] if p == 3 and not (
        len(chronic_dx) >= 2 and not exacerbated) else []
    cues += [w["hospitalization"], w["high_risk"], w["surgery_risk_factor"]] if r == 4 else [
        w["prescription"]] if r == 3 else [w["otc"]] if r == 2 and otc_words else []
    spans = []
    for rx_ in cues:
        line = _line_of(text, rx_, reg, off, skip=otc_words if rx_ is w["prescription"] else ())
        if line and line not in spans:
            spans.append(line)
    out = MDM(p, d, r, why, spans)
    stated = _stated_level(text)
    if stated and stated != out.level and abs(stated - out.level) <= 1:
        out.why.append(f"documented MDM {LEVEL_NAMES[stated]} (elements give {LEVEL_NAMES[out.level]})")
        out.stated = stated
    return out


_LEVEL_WORDS = {"straightforward": 1, "low": 2, "moderate": 3, "high": 4}
_STATED = (re.compile(r"\b(?:mdm|medical decision[- ]making)(?: complexity| level)?\s*(?:is|was|of|:|-|=)?\s*(?:of\s+)?"
                      r"(straightforward|low|moderate|high)(?:\s+complexity\b|\s*(?:[.;,()\n]|\s-\s|$))", re.I),
           re.compile(r"\b(straightforward|low|moderate|high)[- ]complexity\s+(?:mdm|medical decision[- ]making)\b",
                      re.I))


def _stated_level(text: str) -> int | None:
    """ "MDM: moderate complexity", "medical decision making of high complexity": the clinician's own level."""
    for rx in _STATED:
        m = rx.search(text)
        if m:
            return _LEVEL_WORDS[m.group(1).lower()]
    return None


__all__ = ["LEVEL_NAMES", "MDM", "grade", "mask", "region"]
