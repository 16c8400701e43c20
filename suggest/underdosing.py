"""Underdosing: the patient took less of a prescribed drug than instructed (ICD-10-CM I.C.19.e.5.c).

"Ran out of glargine and could not afford the refill, so she has been skipping doses" beside the DKA it caused:
the condition first (E10.10), then the underdosing code of the drug's class (T38.3X6A; 6th character 6, 7th A
while the condition is treated), then the intent from the patient's own reason: intentional because of
financial hardship Z91.120, intentional for another reason Z91.128 ("felt he no longer needed it"),
unintentional Z91.138 ("forgot"). A drug the physician stopped or held is not underdosing, and an underdosing
code is never first-listed. Drug classes follow the Table of Drugs and Chemicals (column "underdosing").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from suggest.cand import Cand
from suggest.textnorm import skip_ahead

_DRUGS = (
    (r"insulins?|glargine|lispro|aspart|detemir|degludec|NPH|metformin|glipizide|glyburide|glimepiride|"
     r"sitagliptin|pioglitazone|empagliflozin|dapagliflozin", "T38.3X6A"),
    (r"levothyroxine|synthroid", "T38.1X6A"),
    (r"lithium", "T43.596A"),
    (r"lisinopril|enalapril|ramipril|benazepril|captopril", "T46.4X6A"),
    (r"amlodipine|nifedipine|diltiazem|verapamil", "T46.1X6A"),
    (r"metoprolol|carvedilol|atenolol|propranolol", "T44.7X6A"),
    (r"furosemide|bumetanide|torsemide|lasix", "T50.1X6A"),
    (r"warfarin|coumadin", "T45.516A"),
    (r"phenytoin|dilantin", "T42.0X6A"),
    (r"prednisone|prednisolone|hydrocortisone", "T38.0X6A"),
)
_DRUG = re.compile(r"\b(" + "|".join(p for p, _ in _DRUGS) + r")\b", re.I)
# the same names without IGNORECASE over the lower-cased note: four times faster, same offsets for ASCII text
_DRUG_LOWER = re.compile(_DRUG.pattern.lower())
# what the patient did: ran out, skipped, rationed, missed doses, could not afford ("stopped" only with the
# patient's own reason, else it is usually the physician's decision)
_SHORT = skip_ahead(re.compile(r"\b(?:ran out of|run(?:ning)? out of|out of|skipp(?:ed|ing)|missed|missing|"
                    r"ration(?:ed|ing)|(?:could not|couldn't|can't|cannot|unable to) afford|self[- ]discontinued|"
                    r"not been taking|hasn't been taking|has not been taking|stopped taking)\b", re.I))
_STOPPED = re.compile(r"\b(?:stopped|quit)\b", re.I)
# "w/o missed doses" (EHR shorthand for without) is a negation like "without missed doses"
_NEG = re.compile(r"\b(?:no|not|denies|denied|never|without|w/o|w/out)\s+(?:\w+\s+){0,2}$", re.I)
_FINANCIAL = re.compile(r"\b(?:afford\w*|cost|costs|financial\w*|money|payday|insurance|copay\w*)\b", re.I)
_INTENT_OTHER = re.compile(r"\b(?:felt (?:he|she|they) (?:no longer|didn't|did not) need\w*|no longer needed|"
                           r"did(?:n't| not) (?:want|like)|chose|decided|on (?:his|her|their) own|side effects?)\b",
                           re.I)
_FORGOT = re.compile(r"\b(?:forg[eo]t\w*|forgetful\w*|confus\w*)\b", re.I)
_SENTENCE = re.compile(r"[.;\n]")
_RESUMED = re.compile(r"\b(?:back on|resumed|restarted|re-?started|taking it again|again taking)\b", re.I)


def _sentence(text: str, at: int) -> tuple[int, int]:
    lo = max((m.end() for m in _SENTENCE.finditer(text, max(0, at - 240), at)), default=max(0, at - 240))
    m = _SENTENCE.search(text, at)
    return lo, m.start() if m else len(text)


def underdosing(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """T36-T50 underdosing (6th character 6) and the Z91.12-/Z91.13- intent for a drug the patient took less of."""
    conditions = [c for c in cands if c.assertion == "present" and not c.code.startswith(("Z", "T"))]
    if not conditions:
        return cands
    # a drug sentence qualifies only by a _SHORT phrase or a "stopped"/"quit"; when the note has neither, skip the
    # scan for ~40 drug names (a _SHORT match in a sentence is one in the note: the sentence ends before a
    # non-word character; the lower-case test is exact for ASCII text, the only text it is used on)
    if text.isascii() and _SHORT.search(text) is None and "stopped" not in (low := text.lower()) and "quit" not in low:
        return cands
    found: dict[str, list[tuple[int, int]]] = {}
    reasons: dict[str, list[tuple[int, int]]] = {}
    for m in (_DRUG_LOWER.finditer(text.lower()) if text.isascii() else _DRUG.finditer(text)):
        lo, hi = _sentence(text, m.start())
        sent = text[lo:hi]
        short = next((x for x in _SHORT.finditer(text, lo, hi) if not _NEG.search(text, lo, x.start())), None)
        stop = _STOPPED.search(sent)
        if short is None and not (stop and (_INTENT_OTHER.search(sent) or _FINANCIAL.search(sent))):
            continue
        if _RESUMED.search(sent):
            continue  # "ran out of metformin in February, back on it since": a past lapse, not today's underdosing
        code = next(c for p, c in _DRUGS if re.fullmatch(p, m.group(1), re.I))
        a, b = (short.start(), short.end()) if short else (lo + stop.start(), lo + stop.end())
        found.setdefault(code, []).append((min(a, m.start()), max(b, m.end())))
        for rx, z in ((_FINANCIAL, "Z91.120"), (_INTENT_OTHER, "Z91.128"), (_FORGOT, "Z91.138")):
            r = rx.search(sent)
            if r:
                reasons.setdefault(z, []).append((lo + r.start(), lo + r.end()))
                break
    if not found:
        return cands
    like = conditions[0]
    out = list(cands)
    for code, spans in list(found.items()) + list(reasons.items()):
        info = lookup(code)
        if info is None or not info.billable or any(c.code == code for c in out):
            continue
        # never first-listed (I.C.19.e.5.c): after the diagnoses, the T code before its Z91 intent
        n = Cand("ICD-10-CM", code, info.title, True, sorted(set(spans))[:4], "medications", "present", "rule", 2,
                 like.unit_index, None, len(text) + (1 if code.startswith("Z") else 0), sections={"medications"})
        n.add_rule("I.C.19.e.5.c-underdosing", "the patient took less of a prescribed drug: underdosing code after "
                   "the condition, with the intent (Z91.12-/Z91.13-)" if code.startswith("T")
                   else "intent of the underdosing from the patient's reason")
        out.append(n)
    return out
