"""Assertion policy: what a negated, uncertain, historical, family or hypothetical mention becomes.

Billing default: negated and hypothetical -> no code (kept as "seen but not coded"); uncertain ->
not coded in outpatient (IV.H; the signs/symptoms matched separately stay), coded as established
in inpatient (II.H); family -> Z80-Z84; historical -> Z85-Z87 where a history code exists, kept
when the condition is chronic (a "history of hypertension" is still hypertension), else dropped.
Inpatient discharge: a listed diagnosis "resolved" during the stay was still present and treated in it
(III.B), so it is coded as present.
"""

from __future__ import annotations

import re

from suggest.cand import Cand
from suggest.ruledata import RuleData
from suggest.scope import ASSESSMENT, DX_LISTS

_HISTORY_CODES = ("Z85", "Z86", "Z87", "Z92", "Z95", "Z96", "Z98", "Z90", "Z94", "I25.2")
_FAMILY_CODES = ("Z80", "Z81", "Z82", "Z83", "Z84")
_DURING_STAY = {"resolved", "resolving", "improved", "treated"}
# "Dehydration with AKI - resolved with IV fluids": resolved by this stay's treatment (hospital or observation stay)
# "Mild dehydration after fasting - oral hydration, resolved": the treatment named first, then "resolved"
_RESOLVED_BY_CARE = re.compile(r"\bresolv\w*\s+(?:with|after|on|following)\s+(?:\w+\s+){0,2}?(?:IV|intravenous|"
                               r"fluids?|hydration|antibiotics?|diures\w*|repletion|transfusion|insulin|steroids?)\b"
                               r"|\b(?:fluids?|(?:re)?hydration|antibiotics?|diures\w*|repletion|transfusion)"
                               r"[ \t]*[,;]?[ \t]+(?:and[ \t]+)?(?:now[ \t]+)?resolv\w*", re.I)


def longest_prefix(code: str, table: dict[str, str]) -> str | None:
    """The value for the longest key that prefixes ``code`` ("C50.911" -> table["C50"])."""
    for n in range(len(code), 0, -1):
        hit = table.get(code[:n])
        if hit:
            return hit
    return None


def apply_assertions(cands: list[Cand], setting: str, data: RuleData, lookup,
                     at_discharge: bool = True, stay_text: str | None = None) -> tuple[list[Cand], list[Cand]]:
    """-> (coded, seen-but-not-coded); each dropped candidate carries the reason in its notes.

    II.H codes an inpatient uncertain diagnosis as established only when it is still uncertain at
    discharge; ``at_discharge`` is False for an admission H&P or consult, where it is not coded yet.
    ``stay_text`` (the note text of an inpatient or observation stay): a condition "resolved with IV fluids" there
    was treated in the stay and is coded."""
    fam_map = data.rules["I.C.21.c.4-family-history"].params["map"]
    # a relative's acute infection is the patient's contact/exposure (Z20.-), never a family history (I.C.21.c.4)
    fam_exposure = tuple(data.rules["I.C.21.c.4-family-history"].params.get("exposure", ()))
    hist_rule = data.rules["I.C.21.c.4-personal-history"].params
    coded: list[Cand] = []
    seen: list[Cand] = []
    listed = any(c.sections & DX_LISTS for c in cands)  # the summary has its own list of discharge diagnoses
    for c in cands:
        a = c.assertion
        # a "resolved" cue, not a history the engine inferred ("breast CA s/p lumpectomy 2012": I.C.2.d, Z85)
        if (a == "historical" and setting == "inpatient" and at_discharge and c.cues
                and set(c.cues) <= _DURING_STAY and c.sections & DX_LISTS):
            a = c.assertion = "present"  # III.B: treated during the stay, resolved by discharge: still coded
            c.add_rule("IV.J-addressed",
                       "listed diagnosis resolved during the stay; coded for the stay")
        elif (a == "historical" and stay_text and c.cues and set(c.cues) <= _DURING_STAY
              and any(_RESOLVED_BY_CARE.search(stay_text, e, e + 60) for _s, e in c.spans)):
            a = c.assertion = "present"  # resolved by the treatment given in this (observation) stay: coded
            c.add_rule("IV.J-addressed", "resolved with treatment given during the stay; coded for the stay")
        if c.code.startswith(_FAMILY_CODES) and a in ("family", "present", "historical"):
            c.assertion = "present"
            c.add_rule("I.C.21.c.4-family-history", "family history documented")
            coded.append(c)
        elif c.code.startswith(_HISTORY_CODES) and a in ("historical", "present"):
            c.assertion = "present"
            coded.append(c)
        elif a == "present":
            coded.append(c)
        elif a == "negated":
            c.add_rule("I.A.negation", "documented as absent; not coded")
            seen.append(c)
        elif a == "hypothetical":
            c.add_rule("I.A.hypothetical", "hypothetical/conditional mention; not coded")
            seen.append(c)
        elif a == "uncertain":
            if setting == "inpatient" and not at_discharge:
                c.add_rule("II.H-uncertain-inpatient", "uncertain diagnosis before discharge (admission note); "
                           "not coded until it is confirmed or still documented at discharge")
                seen.append(c)
            elif setting == "inpatient" and listed and not c.sections & (ASSESSMENT | {"plan"}):
                # "x-ray read as atelectasis versus early pneumonia" in the course: a differential on the way, not
                # a diagnosis documented at the time of discharge (II.H), which the note lists elsewhere
                c.add_rule("II.H-uncertain-inpatient", "uncertain only in the course, not among the diagnoses at "
                           "discharge; not coded")
                seen.append(c)
            elif setting == "inpatient":
                c.add_rule("II.H-uncertain-inpatient", "uncertain diagnosis coded as established (inpatient)")
                c.add_flag("uncertain-diagnosis")
                coded.append(c)
            else:
                c.add_rule("IV.H-uncertain-outpatient", "uncertain diagnosis not coded in outpatient setting; "
                           "signs/symptoms coded instead")
                seen.append(c)
        elif a == "family":
            z = None if c.code.startswith(fam_exposure) else longest_prefix(c.code, fam_map)
            if z and lookup(z):
                coded.append(_derived(c, z, lookup(z), "I.C.21.c.4-family-history",
                                      f"family history of {c.description} -> {z}"))
            else:
                c.add_rule("I.C.21.c.4-family-history", "family member's condition; no family-history code")
            seen.append(c)
        elif a == "historical" and c.code.startswith("Z79"):
            # "History of DVT (completed anticoagulation)": a drug taken in the past is not long-term (current)
            # use (I.C.21.c.3); a current drug on the list is read by status.add_long_term_drugs
            c.add_rule("I.C.21.c.3-long-term-drug", "drug therapy documented as past; not long-term current use")
            seen.append(c)
        elif a == "historical":
            z = longest_prefix(c.code, hist_rule["map"])
            if z and lookup(z):
                coded.append(_derived(c, z, lookup(z), "I.C.21.c.4-personal-history",
                                      f"history of {c.description} -> {z}"))
                seen.append(c)
            elif any(c.code.startswith(p) for p in hist_rule["chronic_keep"]):
                c.add_rule("I.C.21.c.4-personal-history", "chronic condition documented as history; "
                           "still coded as current")
                c.add_flag("verify-current")
                coded.append(c)
            else:
                c.add_rule("I.C.21.c.4-personal-history", "resolved condition with no history code; not coded")
                seen.append(c)
        else:
            seen.append(c)
    return coded, seen


def _derived(c: Cand, code: str, info, rule: str, note: str) -> Cand:
    d = Cand("ICD-10-CM", code, info.title, info.billable, list(c.spans), c.section, "present", "rule", c.ntok,
             c.unit_index, c.item_number, c.first_offset, sections=set(c.sections), matched_code=c.code)
    d.add_rule(rule, note)
    return d
