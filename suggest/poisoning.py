"""Poisoning by a named drug: an overdose, an ingestion, or a drug taken in error (ICD-10-CM I.C.19.e.5.b).

"Intentional acetaminophen overdose (suicide attempt)" is T39.1X2A; "took her morning metoprolol twice by
mistake" is T44.7X1A. The 5th/6th character is the intent: 1 accidental (also the default when the intent is not
documented, I.C.19.e.5.b), 2 intentional self-harm, 3 assault, 4 undetermined (only when the record says so); 7th
A for the encounter that treats it. The poisoning is sequenced before its manifestations (R00.1, R11.2...) and it
carries the self-harm itself, so the 'suicide attempt' code T14.91 (an attempt whose nature is not known) goes.
Drug classes follow the Table of Drugs and Chemicals (column 'poisoning').
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from suggest.cand import Cand
from suggest.textnorm import line_bounds, skip_ahead

# (drug names, code with '{i}' for the intent character)
_DRUGS = (
    (r"acetaminophen|paracetamol|tylenol|apap", "T39.1X{i}A"),
    (r"aspirin|salicylates?", "T39.01{i}A"),
    (r"ibuprofen|naproxen|motrin|advil", "T39.31{i}A"),
    (r"metoprolol|carvedilol|atenolol|propranolol|labetalol|beta[- ]blockers?", "T44.7X{i}A"),
    (r"amlodipine|nifedipine|diltiazem|verapamil|calcium[- ]channel blockers?", "T46.1X{i}A"),
    (r"digoxin", "T46.0X{i}A"),
    (r"insulin|glipizide|glyburide|glimepiride|metformin", "T38.3X{i}A"),
    (r"lorazepam|alprazolam|diazepam|clonazepam|benzodiazepines?", "T42.4X{i}A"),
    (r"zolpidem|ambien", "T42.6X{i}A"),
    (r"oxycodone|hydrocodone|morphine|hydromorphone|percocet|norco", "T40.2X{i}A"),
    (r"fentanyl", "T40.41{i}A"),
    (r"heroin", "T40.1X{i}A"),
    (r"sertraline|fluoxetine|citalopram|escitalopram|paroxetine|ssris?", "T43.22{i}A"),
    (r"amitriptyline|nortriptyline|tricyclics?", "T43.01{i}A"),
    (r"lithium", "T43.59{i}A"),
    (r"diphenhydramine|benadryl", "T45.0X{i}A"),
    (r"warfarin|coumadin", "T45.51{i}A"),
)
_DRUG = re.compile(r"\b(" + "|".join(p for p, _ in _DRUGS) + r")\b", re.I)
_EVENT = skip_ahead(re.compile(r"\b(?:overdos(?:e|ed|ing)|OD|ingestion|ingested|poisoning|"
                    r"(?:extra|double|second) dose[^.;\n]{0,30}\b(?:in error|by mistake|accidentally)|"
                    r"(?:twice|double|two doses)[^.;\n]{0,30}\b(?:in error|by mistake|accidentally)|"
                    r"took[^.;\n]{0,40}\b(?:in error|by mistake))\b", re.I))  # skip_ahead: twice as fast
_INTENT = (("2", re.compile(r"\b(?:intentional(?:ly)?|suicid\w*|self[- ]harm|deliberate)\b", re.I)),
           ("4", re.compile(r"\bundetermined\b|\bintent (?:unknown|unclear)\b", re.I)),
           ("3", re.compile(r"\bassault\b", re.I)),
           ("1", re.compile(r"\b(?:accidental(?:ly)?|unintentional|in error|by mistake)\b", re.I)))
_NEG = re.compile(r"\b(?:no|denies|denied|not an?|without|rule out|r/o|concern for|possible|risk of)\s+"
                  r"(?:\w+\s+){0,3}$", re.I)
_POISON_CODE = re.compile(r"^T(?:3[6-9]|4\d|50)\.\w{2}[1-4]|^T(?:5[1-9]|6[0-5])\.")


def poisonings(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """Add the T36-T50 poisoning code of a drug named with an overdose/ingestion on one assessment-like line."""
    if any(_POISON_CODE.match(c.code) for c in cands):
        return cands
    anchor = min(cands, key=lambda c: c.first_offset) if cands else None
    made: dict[str, Cand] = {}
    for ev in _EVENT.finditer(text):
        s, e = line_bounds(text, ev.start())
        line = text[s:e]
        if _NEG.search(text[s:ev.start()]) or re.match(r"\s*(?:hx|history|pmh)\b", line, re.I):
            continue
        drug = _DRUG.search(line)
        if drug is None:
            continue
        pattern = next(code for p, code in _DRUGS if re.fullmatch(p, drug.group(1), re.I))
        intent = next((d for d, rx in _INTENT if rx.search(line)), "1")
        code = pattern.format(i=intent)
        info = lookup(code)
        if info is None or not info.billable:
            continue
        if code in made:
            made[code].spans = sorted(set(made[code].spans) | {(drug.start() + s, drug.end() + s)})
            continue
        # the assessment line (impression, diagnosis) is the evidence and the item it sorts with
        owner = next((c for c in cands if any(s <= a < e for a, _ in c.spans)), anchor)
        if owner is None:
            continue
        c = Cand("ICD-10-CM", code, info.title, True, sorted({(s + drug.start(), s + drug.end()),
                                                             (ev.start(), ev.end())}),
                 owner.section, "present", "rule", 2, owner.unit_index, owner.item_number, s,
                 sections=set(owner.sections))
        c.add_rule("I.C.19.e.5.b-poisoning", f"drug named with an overdose/ingestion, intent {intent} -> {code}")
        made[code] = c
    if not made:
        return cands
    out = [c for c in cands if not (c.code.startswith("T14.91")
                                    and any(m.code[6] == "2" for m in made.values()))]
    return out + list(made.values())


def poisoning_first(out: list[Cand]) -> list[Cand]:
    """I.C.19.e.5.b: the poisoning code precedes the manifestation codes (a symptom listed before it)."""
    ts = [c for c in out if _POISON_CODE.match(c.code)]
    if not ts or _POISON_CODE.match(out[0].code):
        return out
    first = out[0]
    if not (first.code.startswith("R") or first.code.startswith("T14.91")
            or any(t.item_number is not None and t.item_number == first.item_number for t in ts)):
        return out
    rest = [c for c in out if c not in ts]
    return ts + rest
