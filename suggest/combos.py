"""Combination codes ("with" presumption, I.A.15) and their companion codes.

Hypertension + heart failure -> I11.0 (+ I50.x); + CKD -> I12.x (+ N18.x); both -> I13.x.
Diabetes + a complication listed under "with" -> the E08-E13 combination code; the complication
code stays only where the tabular asks for it ("use additional code" for the CKD stage, ulcer
site; "code also" gastroparesis). Documented diabetes medication adds Z79.4/Z79.84/Z79.85.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from suggest.assertions import longest_prefix
from suggest.cand import PRIMARY_SECTIONS, Cand
from suggest.mdm import chronic_prefixes
from suggest.mdm import region as mdm_region
from suggest.ruledata import RuleData
from suggest.status import START_BEFORE
from suggest.textnorm import line_bounds, side_words

_LATE_CKD = ("N18.5", "N18.6")


def _merge(cands: list[Cand], code: str, parts: list[Cand], lookup: Callable[[str], Any], rule: str,
           note: str) -> Cand | None:
    info = lookup(code)
    if info is None or not info.billable:
        return None
    spans = sorted({s for p in parts for s in p.spans})
    first = min(parts, key=lambda p: p.first_offset)
    items = [p.item_number for p in parts if p.item_number is not None]
    new = Cand("ICD-10-CM", code, info.title, True, spans, first.section, "present", "rule",
               max(p.ntok for p in parts), first.unit_index, min(items) if items else None, first.first_offset,
               sections=set().union(*(p.sections for p in parts)), matched_code="+".join(p.code for p in parts))
    new.add_rule("I.A.15-with")
    new.add_rule(rule, note)
    new.extra["combined_from"] = [p.code for p in parts]
    existing = next((c for c in cands if c.code == code), None)
    if existing:
        existing.absorb(new)
        if new.item_number is not None and (existing.item_number is None or new.item_number < existing.item_number):
            existing.item_number = new.item_number
        existing.extra["combined_from"] = new.extra["combined_from"]
        existing.flags = [f for f in existing.flags if f != "needs-specificity"]
        existing.notes = [n for n in existing.notes if not n.startswith("missing detail")]
        existing.source = "rule"
        for r in new.rules:
            existing.add_rule(r)
        existing.notes.extend(new.notes)
        return existing
    cands.append(new)
    return new


def hypertension(cands: list[Cand], lookup: Callable[[str], Any]) -> list[Cand]:
    htn = [c for c in cands if c.code == "I10" or c.code.startswith(("I11", "I12", "I13"))]
    hf = [c for c in cands if c.code.startswith("I50")]
    ckd = [c for c in cands if c.code.startswith("N18")]
    if not htn or not (hf or ckd):
        return cands
    if not hf and any(c.code.startswith(("I11.0", "I13")) for c in htn):
        return cands  # the hypertensive heart code already names the heart failure
    late = any(c.code.startswith(_LATE_CKD) for c in ckd)
    if hf and ckd:
        code, rule = ("I13.2" if late else "I13.0"), "I.C.9.a.3-htn-heart-ckd"
        note = f"hypertension with heart failure and CKD -> {code} plus {hf[0].code} and {ckd[0].code}"
    elif hf:
        code, rule, note = "I11.0", "I.C.9.a.1-htn-heart", f"hypertension with heart failure -> I11.0 plus {hf[0].code}"
    else:
        code, rule = ("I12.0" if late else "I12.9"), "I.C.9.a.2-htn-ckd"
        note = f"hypertension with CKD -> {code} plus {ckd[0].code}"
    made = _merge(cands, code, htn + hf[:1] + ckd[:1], lookup, rule, note)
    if made is None:
        return cands
    for c in hf + ckd:
        c.add_rule(rule, f"companion code of {code}")
    return [c for c in cands if c not in htn or c is made]


_TYPE2 = re.compile(r"\b(?:type\s*(?:2|ii)|t2|dm\s*2|2\s*dm|t2dm|niddm)\b", re.I)


def diabetes_type(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """I.C.4.a.2: E11 is only the default when the type is not documented. When the note names type 1
    (or secondary/other) diabetes, a diabetes code read from a typeless mention ("diabetic ketoacidosis",
    "diabetic") takes the documented type instead of E11."""
    typed = [c for c in cands if c.code[:3] in ("E10", "E13", "E08", "E09") and c.assertion == "present"]
    if not typed or len({c.code[:3] for c in typed}) != 1:
        return _drop_uncomplicated(cands)
    dtype = typed[0].code[:3]
    out = list(cands)
    for c in cands:
        if not c.code.startswith("E11") or any(_TYPE2.search(text, a, b) for a, b in c.spans):
            continue
        code = dtype + c.code[3:]
        info = lookup(code)
        if info is None or not info.billable:
            continue
        existing = next((x for x in out if x.code == code), None)
        if existing is None:
            c.code, c.description = code, info.title
            c.add_rule("I.C.4.a.2-diabetes-default-type", f"diabetes type documented as {dtype}; {code}")
            continue
        existing.absorb(c)
        out.remove(c)
    return _drop_uncomplicated(out)


def _drop_uncomplicated(cands: list[Cand]) -> list[Cand]:
    """"Without complications" (E1x.9) is false once a complication code of the same type is coded."""
    drop = []
    for c in cands:
        if c.code[:3] in ("E08", "E09", "E10", "E11", "E13") and c.code.endswith(".9"):
            other = next((o for o in cands if o.code[:3] == c.code[:3] and o is not c and o.assertion == "present"
                          and not o.code.endswith(".9")), None)
            if other is not None and c.assertion == "present":
                other.absorb(c)
                drop.append(c)
    return [c for c in cands if c not in drop]


# Index: Diabetes, with, neuropathy E1x.40; with polyneuropathy (and "peripheral neuropathy", Index: Neuropathy,
# peripheral - see Polyneuropathy) E1x.42. The bare word "neuropathy" is the unspecified E1x.40.
_POLY = re.compile(r"peripheral|poly|distal|symmetric|stocking|sensorimotor", re.I)


def _neuropathy_suffix(c: Cand, suffix: str, text: str | None) -> str:
    if suffix != "42" or text is None or not c.code.startswith("G62.9") or not c.spans:
        return suffix
    return suffix if any(_POLY.search(text, max(0, a - 12), b) for a, b in c.spans) else "40"


# a complication told as past on its own line ("s/p amputation in 2021 for osteomyelitis", "history of")
_PAST_LINE = re.compile(r"\b(?:s/p|status post|history of|hx of|h/o|prior|previous|remote|resolved|healed)\b|"
                        r"\b(?:in|since) (?:19|20)\d\d\b", re.I)


def _current_mention(c: Cand, text: str) -> bool:
    return any(not _PAST_LINE.search(text, *line_bounds(text, a, b)) for a, b in c.spans)


def diabetes(cands: list[Cand], data: RuleData, lookup: Callable[[str], Any], text: str | None = None) -> list[Cand]:
    params = data.rules["I.C.4.a-diabetes-complication"].params
    dm = [c for c in cands if c.code[:3] in params["diabetes_codes"]]
    if not dm:
        return cands
    types = {c.code[:3] for c in dm}
    dtype = next(t for t in ("E10", "E11", "E13", "E08", "E09") if t in types)
    drop: set[int] = set()
    made_any = False
    for c in list(cands):
        suffix = longest_prefix(c.code, params["complications"])
        if not suffix or c.code[:3] in params["diabetes_codes"]:
            continue
        suffix = _neuropathy_suffix(c, suffix, text)
        if suffix == "69" and c.code.startswith("M86") and text is not None and not _current_mention(c, text):
            continue  # "S/p amputation of the toe in 2021 for osteomyelitis": a past infection, no E1x.69
        code = f"{dtype}.{suffix}"
        if suffix == "29" and any(x.code.startswith(f"{dtype}.2") and x.code != code for x in cands):
            continue  # a specific kidney complication is already coded
        if suffix == "22":  # documented CKD: diabetic CKD (E1x.22 + N18.x) replaces "nephropathy" (E1x.21)
            drop |= {id(x) for x in cands if x.code in (f"{dtype}.21", f"{dtype}.29")}
        made = _merge(cands, code, [dm[0], c], lookup, "I.C.4.a-diabetes-complication",
                      f"diabetes with {c.description.lower()} -> {code}")
        if made is None:
            continue
        made_any = True
        if any(c.code.startswith(k) for k in params["keep_companion"]):
            c.add_rule("I.A.13-code-first", f"additional code required with {code}")
        else:
            drop.add(id(c))
    if made_any:
        drop |= {id(c) for c in dm if c.code.endswith(".9")}  # "without complications" no longer true
    return [c for c in cands if id(c) not in drop]


# a drug considered, planned or refused is not long-term drug therapy (I.C.21.c.3: current use only)
# "discussed GLP-1 RA, she wants to think about it": an option discussed is not a drug taken (as status._STOPPED)
_NOT_TAKEN = re.compile(r"\b(?:if|would|will (?:add|start|consider|begin|discuss)|consider\w*|"
                        r"may (?:need|add|start|benefit)|discuss(?:ed|es|ing)|think(?:ing)? about|"
                        r"could|plan(?:s|ning)? to (?:add|start)|candidate for|not covered|cannot afford|declin\w*|"
                        r"refus\w*)\b", re.I)


# insulin given in the encounter to correct a glucose or potassium ("10 units regular insulin IV", "insulin drip",
# "insulin/dextrose"): not long-term insulin use
# "sliding-scale insulin while inpatient": Z79.4 is not assigned for insulin given temporarily to bring a type 2
# patient's glucose under control during the stay (I.C.4.a.3)
_INSULIN_NOW = re.compile(r"\b(?:IV|intravenous(?:ly)?|drip|gtt|infusion|bolus|push|sliding[ -]scale|SSI|"
                          r"correction(?:al)?(?:[ -]scale)?|while (?:in(?:patient| (?:the )?hospital)|admitted)|"
                          r"during (?:the |her |his )?(?:stay|admission|hospitali[sz]ation))\b|"
                          r"insulin\s*(?:/|and|\+)\s*dextrose|dextrose\s*(?:/|and|\+)\s*insulin", re.I)
# the drug named as what the patient is NOT on: an EHR problem title "Type 2 diabetes mellitus without complication,
# without long-term current use of insulin", "not on insulin", "off metformin" (I.C.4.a.3: current use only)
_WITHOUT_DRUG = re.compile(r"\b(?:no|without|not\s+(?:on|using|taking|requiring)|off(?:\s+of)?)\s+(?:(?:long[- ]term|"
                           r"current|chronic|home|daily)\s+)*(?:(?:use|treatment|therapy)\s+(?:of|with)\s+)?$", re.I)
# "Brother was recently started on insulin": a relative's drug is not the patient's (I.C.21.c.3)
_RELATIVE_SUBJECT = re.compile(r"\b(?:(?:his|her|their|patient's|pt's)\s+)?(?:mother|father|mom|dad|brother|"
                               r"sister|son|daughter|wife|husband|spouse|grand(?:mother|father)|aunt|uncle|"
                               r"sibling|cousin)\b[^.;\n]*$", re.I)


def diabetes_medication(cands: list[Cand], text: str, data: RuleData, lookup: Callable[[str], Any],
                        units: list[tuple[int, int]]) -> list[Cand]:
    """Z79.4 / Z79.84 / Z79.85 when diabetes is coded and the drug is documented (not stopped)."""
    dm = [c for c in cands if c.code[:3] in ("E08", "E09", "E11", "E13", "E10")]
    if not dm:
        return cands
    p = data.rules["I.C.4.a.3-diabetes-medication"].params
    stopped = re.compile(r"\b(" + "|".join(map(re.escape, p["stopped"])) + r")\b", re.I)
    kinds = (("insulin", "Z79.4"), ("oral", "Z79.84"), ("injectable", "Z79.85"))
    only_type1 = all(c.code.startswith("E10") for c in dm)
    for kind, code in kinds:
        if code == "Z79.4" and only_type1:
            continue  # I.C.4.a.3: insulin use is inherent to type 1
        rx = re.compile(r"\b(" + "|".join(map(re.escape, p[kind])) + r")\b", re.I)
        spans = []
        for m in rx.finditer(text):
            unit = next(((a, b) for a, b in units if a <= m.start() < b), (m.start(), m.end()))
            if stopped.search(text[unit[0] : unit[1]]) or _WITHOUT_DRUG.search(text, unit[0], m.start()):
                continue
            if _NOT_TAKEN.search(text, max(unit[0], m.start() - 50), min(unit[1], m.end() + 40)):
                continue  # "if sugars stay high, will add a GLP-1 agonist": not a drug the patient takes
            if _RELATIVE_SUBJECT.search(text, unit[0], m.start()):
                continue  # "brother was started on insulin": family history, not the patient's therapy
            if START_BEFORE.search(text, unit[0], m.start()):
                continue  # "start metformin 500 mg daily": started today, not yet long-term (I.C.21.c.3)
            if kind == "insulin" and _INSULIN_NOW.search(text, max(unit[0], m.start() - 25),
                                                         min(unit[1], m.end() + 25)):
                continue  # I.C.4.a.3: insulin given temporarily in the encounter (IV dose, drip, with dextrose)
            spans.append((m.start(), m.end()))
        if spans and not any(c.code == code for c in cands):
            info = lookup(code)
            c = Cand("ICD-10-CM", code, info.title, True, spans[:8], "medications", "present", "rule", 1,
                     first_offset=spans[0][0], sections={"medications"})
            c.add_rule("I.C.4.a.3-diabetes-medication", f"{kind} diabetes medication documented")
            cands.append(c)
    return cands


def asthma(cands: list[Cand], lookup: Callable[[str], Any]) -> list[Cand]:
    """Severity (J45.20-J45.50) documented apart from the exacerbation/status -> one J45.x1/J45.x2 code."""
    sev = [c for c in cands if c.code in ("J45.20", "J45.30", "J45.40", "J45.50")]
    acute = [c for c in cands if c.code in ("J45.901", "J45.902")]
    if not sev or not acute:
        return cands
    code = sev[0].code[:5] + acute[0].code[-1]
    made = _merge(cands, code, [sev[0], acute[0]], lookup, "I.A.15-asthma-severity",
                  f"{sev[0].description.lower()} with {acute[0].description.lower()} -> {code}")
    if made is None:
        return cands
    drop = {id(sev[0]), id(acute[0])} | {id(c) for c in cands if c.code == "J45.909"}
    return [c for c in cands if id(c) not in drop or c is made]


def exam_findings(cands: list[Cand], lookup: Callable[[str], Any], text: str | None = None) -> list[Cand]:
    """Z00.00 -> Z00.01 (Z00.129 -> Z00.121) when the exam found a problem that is also coded, or the physician
    names the exam "with abnormal findings" (the documentation that decides the 6th character)."""
    swap = {"Z00.00": "Z00.01", "Z00.129": "Z00.121"}
    if not any(c.code in swap for c in cands):
        return cands
    # a new abnormal finding (a sign, or a condition the exam found), not a known condition carried on the list
    # a sign counts where the visit found or assessed it, not in a screening questionnaire's "(-) falls in past 12
    # months" of an unheaded AWV block that the assessment never takes up
    problems = [c for c in cands if (c.code.startswith("R") and c.assertion == "present"
                                     and not c.sections.isdisjoint(_FOUND_SECTIONS))
                or (c.code[:1] != "Z" and c.assertion == "present" and "physical_exam" in c.sections
                    and not c.sections.isdisjoint(PRIMARY_SECTIONS))]
    if text is not None and not problems and any(c.code in swap for c in cands):
        problems = _found_at_exam(cands, text)
    named = text is not None and bool(_EXAM_WITH_ABNORMAL.search(text))
    for c in cands:
        if c.code not in swap:
            continue
        stated = text is not None and (named or any(_WITH_ABNORMAL.match(text, e) for _s, e in c.spans))
        if (problems or stated) and lookup(swap[c.code]):
            c.code = swap[c.code]
            c.description = lookup(c.code).title
            c.add_rule("I.C.21.c.13-exam-findings", f"abnormal findings coded ({problems[0].code})" if problems
                       else "exam documented with abnormal findings")
    return cands


_FOUND_SECTIONS = frozenset(PRIMARY_SECTIONS) | {"physical_exam", "vitals", "results", "plan", "hpi",
                                                 "chief_complaint", "review_of_systems"}
_WITH_ABNORMAL = re.compile(r"[ \t,:-]*(?:with|w/)\s+abnormal\s+findings?\b", re.I)
# the exam named in other words than the Z00 code's evidence: "Routine adult health exam with abnormal findings"
# or by its kind and the child's age: "Well child 4 yr, with abnormal findings"
_EXAM_WITH_ABNORMAL = re.compile(r"\b(?:exam(?:ination)?|physical|check(?:[- ]?up)?|visit|well[- ](?:child|baby|"
                                 r"adolescent|teen|woman|adult)(?:[ \t]+[\w-]+){0,3}?)[ \t]*,?[ \t]*(?:with|w/)\s+"
                                 r"abnormal\s+findings?\b", re.I)
# a condition the assessment calls new ("Essential hypertension, new diagnosis", "newly diagnosed")
_NEW_FINDING = re.compile(r"\b(?:new(?:ly)?[- ](?:diagnos\w+|found|detected|identified|discovered)|new diagnosis|"
                          r"new[- ]onset|diagnosed today|found (?:today|on (?:today's )?exam))\b", re.I)


def _found_at_exam(cands: list[Cand], text: str) -> list[Cand]:
    """Problems the preventive exam found (I.C.21.c.13): in the assessment, an acute condition (not a chronic one
    carried on the list, mdm.json chronic_prefixes) or one its own line calls new."""
    off, _ = mdm_region(text)
    chronic = chronic_prefixes()
    out = []
    for c in cands:
        if c.code[:1] == "Z" or c.assertion != "present":
            continue
        lines = [text[slice(*line_bounds(text, a, b))] for a, b in c.spans if a >= off]
        if lines and (not c.code.startswith(chronic) or any(_NEW_FINDING.search(x) for x in lines)):
            out.append(c)
    return out


# "Influenza A", "influenza type B", "flu A": the physician names the virus type (I.C.10.c: the provider's
# statement suffices, no test result is needed)
_FLU_WORD = re.compile(r"\b(?:influenza|flu)\b", re.I)
_FLU_TYPE = re.compile(r"[ \t]*\(?[ \t]*(?:(?i:type)[ \t]*)?[AB](?![A-Za-z0-9/])")  # not "A/P", not a new line


def influenza_type(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """J11.- (unidentified influenza virus) -> J10.- (other identified influenza virus) when a mention names the
    type right after the word, as in "Influenza A with pneumonia" or "flu B"; plain "influenza" stays J11.-."""
    for c in cands:
        if not c.code.startswith("J11") or not any(_FLU_TYPE.match(text, w.end())
                                                   for a, b in c.spans for w in _FLU_WORD.finditer(text, a, b)):
            continue
        info = lookup("J10" + c.code[3:])
        if info is not None:
            c.code, c.description = info.code, info.title
            c.add_rule("I.C.10.c-influenza-identified", f"the influenza virus type is named -> {info.code}")
    return cands


_SEVERITY = (("severe", "F02.C0"), ("moderate", "F02.B0"), ("mild", "F02.A0"))


# Tabular F02 (FY2023+): the 6th/5th character names the disturbance the dementia line documents
_DISTURBANCE = (("11", re.compile(r"\b(?:agitat\w*|aggress\w*|combative\w*|violent)\b")),
                ("2", re.compile(r"\b(?:psychotic|psychosis|hallucinat\w*|delusion\w*|paranoi\w*)\b")),
                ("3", re.compile(r"\b(?:depress\w*|mood disturbance|apathy)\b")),
                ("4", re.compile(r"\banxiety\b")),
                ("18", re.compile(r"\b(?:behaviou?ral disturbance|behaviou?ral symptoms|wandering|disinhibit\w*|"
                                  r"sleep disturbance)\b")))
_NO_DISTURBANCE = re.compile(r"\b(?:without|no|w/o)\s+(?:\w+\s+){0,2}(?:behaviou?ral|disturbance|agitation|"
                             r"psychotic|mood|anxiety)")


def _disturbance(window: str) -> str:
    """'0' (none documented) or the F02 character of the disturbance named in the dementia's line."""
    if _NO_DISTURBANCE.search(window):
        return "0"
    return next((d for d, rx in _DISTURBANCE if rx.search(window)), "0")


def _dementia_beside(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """(lower-cased sentence, offset of "dementia") for each dementia named in an Alzheimer mention's sentence."""
    out: list[tuple[str, int]] = []
    for a, b in spans:
        start = max(text.rfind("\n", 0, a) + 1, text.rfind(". ", 0, a) + 2)  # its line or sentence
        ends = [e for e in (text.find("\n", b), text.find(". ", b)) if e >= 0]
        line = text[start:min(ends) if ends else len(text)]
        for m in re.finditer(r"\bdementia\b", line, re.I):
            if all(at != start + m.start() for _, at in out):
                out.append((line.lower(), start + m.start()))
    return out


def alzheimer_dementia(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """Alzheimer disease with dementia: keep G30.- first and add F02.- (severity from the wording)."""
    alz = [c for c in cands if c.code.startswith("G30")]
    if not alz or any(c.code.startswith("F02") for c in cands) or not re.search(r"\bdementia\b", text, re.I):
        return cands
    # the dementia named beside Alzheimer disease (the assessment line) decides the severity and is the evidence;
    # else the first dementia mention anywhere
    found = _dementia_beside(text, [s for a in alz for s in a.spans])
    if not found:
        m = re.search(r"[^.\n]{0,40}dementia[^.\n]{0,60}", text, re.I)
        found = [(m.group(0).lower(), text.lower().find("dementia", m.start()))] if m else []
    code = next((c for w, c in _SEVERITY if any(w in window for window, _ in found)), "F02.80")
    code = code[:-1] + _disturbance(" ".join(window for window, _ in found))
    info = lookup(code)
    if info is None:
        return cands
    spans = [(at, at + 8) for _, at in found if at >= 0]
    d = Cand("ICD-10-CM", code, info.title, True, spans or list(alz[0].spans),
             alz[0].section, "present", "rule", 2, alz[0].unit_index, alz[0].item_number, alz[0].first_offset + 1,
             sections=set().union(*(a.sections for a in alz)))  # every Alzheimer mention, e.g. the assessment
    d.add_rule("I.A.13-alzheimer-dementia", f"dementia in Alzheimer disease -> {alz[0].code} then {code}")
    alz[0].extra.setdefault("combined_from", []).append(code)
    cands = [c for c in cands if not (c.code.startswith("F03") and "dementia" in c.description.lower())]
    return cands + [d]


def pairs(cands: list[Cand], data: RuleData, lookup: Callable[[str], Any], text: str | None = None) -> list[Cand]:
    """Two coded conditions that one combination code covers (ulcer + bleeding, calculus + hydronephrosis).

    With the note ``text``, the first part is taken from the second's sentence/list item when one is there, and a
    part whose line names the opposite side ("right kidney stone" with "left hydronephrosis from a left ureteral
    stone") is a separate, unrelated condition: it is not combined, and it stays coded beside the combination code
    (I.A.12.a Excludes1 exception for unrelated conditions)."""
    for a_pre, b_pre, code in data.rules["I.A.15-pairs"].params["pairs"]:
        b = next((c for c in cands if c.code.startswith(b_pre)), None)
        firsts = [c for c in cands if c.code.startswith(a_pre) and c is not b]
        if b is not None and text is not None:
            firsts = [c for c in firsts if not _opposite_sides(c, b, text) and not _nonobstructing(c, text)]
            # the part written nearest the second ("left UVJ stone with hydronephrosis"), not another stone
            firsts.sort(key=lambda c: (c.unit_index != b.unit_index, _gap(c, b)))
        a = firsts[0] if firsts else None
        if a is None or b is None:
            continue
        if b.code.startswith("K92") and _bleeding_source(cands, b, code):
            continue  # melena beside a coded bleeding ulcer is that ulcer's: the gastritis seen with it did not bleed
        if code.startswith("I25.11") and text is not None and _angina_denied(b, text):
            # "CAD s/p DES (2023, for stable angina), no angina": the physician says there is no angina now, so
            # I25.10 without angina (I.C.9.b presumes the link only for angina present); the earlier angina is past
            cands = [c for c in cands if not c.code.startswith(a_pre)]
            continue
        if text is not None:
            for other in cands:
                if other is not a and other.code.startswith(a_pre) and _opposite_sides(other, b, text):
                    other.extra["unrelated_to"] = code
        made = _merge(cands, code, [a, b], lookup, "I.A.15-pairs", f"{a.code} with {b.code} -> {code}")
        if made is not None:
            keep = b if code in _CODE_ALSO_SECOND else None  # J44.0: "code also to identify the infection"
            if keep is not None:
                keep.add_rule("I.A.15-pairs", f"{code} asks for the infection to be coded also")
                # the infection keeps its own place ("Principal: Klebsiella pneumonia"; a "code also" note does not
                # sequence): the combination code stands where the COPD is documented
                made.spans, made.first_offset, made.item_number = sorted(set(a.spans)), a.first_offset, a.item_number
                made.section, made.sections, made.extra["combined_from"] = a.section, set(a.sections), [a.code]
            cands = [c for c in cands if c is made or c is keep or c not in (a, b)]
    return cands


def _bleeding_source(cands: list[Cand], bleed: Cand, target: str) -> bool:
    """A GI bleed (K92.0-K92.2) whose source is already coded as bleeding ("bleeding duodenal bulb ulcer" K26.4):
    I.A.15 combines the bleeding with that lesion, not with another one found at the same endoscopy."""
    return any(c is not bleed and c.assertion == "present" and c.code[0] == "K" and not c.code.startswith("K92")
               and c.code != target and _WITH_BLEEDING.search(c.description) for c in cands)


# "... ulcer with hemorrhage", "gastritis, unspecified, with bleeding"; not "without hemorrhage or perforation"
_WITH_BLEEDING = re.compile(r"\bwith (?:\w+ ){0,3}?(?:hemorrhage|bleeding)\b", re.I)


# J44.0: "code also to identify the infection"; I85.1- (varices secondary to cirrhosis or portal hypertension, Index:
# Varix, esophagus, in cirrhosis of liver): "code first underlying disease", which stays coded
_CODE_ALSO_SECOND = frozenset({"J44.0", "I85.10", "I85.11"})
_LOWER_RESP_INFECTION = ("J12", "J13", "J14", "J15", "J16", "J17", "J18", "J20", "J21", "J22", "J10.0", "J11.0")


def copd_exacerbation_with_infection(cands: list[Cand], lookup: Callable[[str], Any]) -> list[Cand]:
    """COPD exacerbation (J44.1) with a lower respiratory infection: J44.0 as well, with the infection coded too
    (Tabular J44.0 "code also to identify the infection"; J44.0 and J44.1 are both assigned when both are
    documented, AHA Coding Clinic 1Q 2017)."""
    exac = next((c for c in cands if c.code == "J44.1" and c.assertion == "present"), None)
    # coded: present, or uncertain at discharge and coded as established (II.H)
    infection = next((c for c in cands if c.code.startswith(_LOWER_RESP_INFECTION)
                      and c.assertion in ("present", "uncertain")), None)
    info = lookup("J44.0")
    if exac is None or infection is None or info is None:
        return cands
    have = next((c for c in cands if c.code == "J44.0"), None)
    if have is not None:  # made from a "COPD" of the story: the listed exacerbation documents it too
        have.absorb(exac)
        return cands
    new = Cand("ICD-10-CM", "J44.0", info.title, True, list(exac.spans), exac.section, "present", "rule", exac.ntok,
               exac.unit_index, exac.item_number, exac.first_offset, sections=set(exac.sections))
    new.add_rule("I.A.15-pairs", f"J44.1 with {infection.code} -> J44.0 as well; the infection is coded also")
    return cands + [new]
_NONOBSTRUCTING = re.compile(r"\bnon-?\s?obstruct\w*\s+(?:[\w-]+\s+){0,3}$", re.I)


def _nonobstructing(c: Cand, text: str) -> bool:
    """Every mention reads "nonobstructing (renal) stone": it causes no hydronephrosis (N13.2 is obstruction)."""
    return bool(c.spans) and all(_NONOBSTRUCTING.search(text, max(0, a - 40), a) for a, _b in c.spans)


_NO_ANGINA = re.compile(r"\b(?:no|without|denies|free of)\s+(?:(?:further|recurrent|current|active|ongoing)\s+)?"
                        r"angina\b|\bangina[- ]free\b", re.I)


def _angina_denied(cad: Cand, text: str) -> bool:
    """The coronary disease's own line says there is no angina ("CAD s/p PCI, no angina")."""
    for a, b in cad.spans:
        start = text.rfind("\n", 0, a) + 1
        end = text.find("\n", b)
        if _NO_ANGINA.search(text, start, end if end >= 0 else len(text)):
            return True
    return False


def _gap(a: Cand, b: Cand) -> int:
    """Characters between the nearest mentions of two candidates."""
    return min((max(x - w, y - v, 0) for x, w in a.spans for y, v in b.spans), default=1 << 30)
_SIDE = re.compile(rf"\b({side_words(letters=False)})\b", re.I)
_CLAUSE_TAIL = re.compile(r"[^.;:\n]*\n?[^.;:\n]*$")  # the words before a mention, back to a clause break


def _side(c: Cand, text: str) -> str | None:
    """The side ("right"/"left") of a candidate's first mention: named in the mention itself, else just before it
    in the same clause ("moderate left\nhydronephrosis" wraps the line), else on its line if exactly one."""
    if not c.spans:
        return None
    start, end = c.spans[0]
    for window in (text[start:end], _CLAUSE_TAIL.search(text, max(0, start - 40), start).group(0)):
        sides = {m.group(1).lower() for m in _SIDE.finditer(window)}
        if len(sides) == 1:
            return sides.pop()
    line = text[slice(*line_bounds(text, start))]
    sides = {m.group(1).lower() for m in _SIDE.finditer(line)}
    return sides.pop() if len(sides) == 1 else None


def _opposite_sides(a: Cand, b: Cand, text: str) -> bool:
    sa, sb = _side(a, text), _side(b, text)
    return sa is not None and sb is not None and sa != sb


# I.A.15 / Tabular E08-E13 .3-: diabetic retinopathy by severity, macular edema and eye (7th character 1 right,
# 2 left, 3 bilateral, 9 unspecified eye); "unspecified diabetic retinopathy" (.31-) has no eye character
_DR = re.compile(r"\b(?:(?P<sev>mild|moderate|severe|very severe)\s+)?(?P<kind>non-?\s?proliferative|proliferative|"
                 r"background)?\s*diabetic\s+retinopathy\b|\b(?P<abbr>(?:mild|moderate|severe)?\s*NPDR|PDR)\b", re.I)
_DR_NEG = re.compile(r"\b(?:no|not|without|negative for|denies|rule out|r/o|screen(?:ing)? for|risk of|evaluate for)"
                     r"\b[^.\n]{0,30}$", re.I)
_DR_AFTER_NOT = re.compile(r"\s*(?:screening|screen|exam|evaluation)\b", re.I)
_ME_NO = re.compile(r"\b(?:without|no|negative for)\s+(?:\w+\s+){0,2}(?:macular edema|DME|CSME)\b", re.I)
_ME_YES = re.compile(r"\b(?:macular edema|DME|CSME)\b", re.I)
_EYE = ((re.compile(r"\b(?:both eyes|bilateral(?:ly)?|OU)\b"), "3"), (re.compile(r"\b(?:right eye|OD)\b"), "1"),
        (re.compile(r"\b(?:left eye|OS)\b"), "2"))


def diabetic_retinopathy(cands: list[Cand], text: str, lookup: Callable[[str], Any],
                         sections: list[tuple[str, int, int]]) -> list[Cand]:
    """A coded diabetes with a documented (not negated) diabetic retinopathy -> E1x.31-/.32-/.33-/.34-/.35- by
    severity (mild/moderate/severe nonproliferative, proliferative), macular edema and eye, in place of E1x.9.

    Each eye written on its own line with its own stage ("mild NPDR without macular edema, right eye" / "moderate
    NPDR with macular edema, left eye") is coded per eye (Tabular E1x.32-E1x.35: 7th character the eye); a vaguer
    reading of the same retinopathy (no stage, no eye) yields to the specific ones, and a term-matched retinopathy
    code on a line read here with another eye or stage goes (I.B specificity)."""
    dm = [c for c in cands if c.code[:3] in ("E08", "E09", "E10", "E11", "E13") and c.assertion == "present"]
    if not dm or "retinopathy" not in text.lower() and "PDR" not in text:
        return cands
    dtype = next(t for t in ("E10", "E11", "E13", "E08", "E09") if any(c.code.startswith(t) for c in dm))
    done: dict[str, tuple[int, int]] = {}  # code -> the line it was read from
    for m in _DR.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if _DR_NEG.search(text, line_start, m.start()) or _DR_AFTER_NOT.match(text, m.end()):
            continue
        words = (m.group(0) or "").lower()
        sev = (m.group("sev") or "").lower() or next((s for s in ("mild", "moderate", "severe") if s in words), "")
        if "non" in words or "npdr" in words or "background" in words:
            digit = {"mild": "2", "moderate": "3", "severe": "4", "very severe": "4"}.get(sev, "")
        elif "proliferative" in words or words.strip().endswith("pdr"):
            digit = "5"
        else:
            digit = "1"
        clause = text[m.start():line_end]
        edema = "1" if _ME_YES.search(clause) and not _ME_NO.search(clause) else "9"
        if digit in ("", "1"):
            code = f"{dtype}.31{edema}"
        else:
            eye = next((e for rx, e in _EYE if rx.search(text, line_start, line_end)), "9")
            code = f"{dtype}.3{digit}{edema}{eye}"
        info = lookup(code)
        if info is None or not info.billable:
            continue
        sec = next((name for name, a, b in sections if a <= m.start() < b), "unknown")
        part = Cand("ICD-10-CM", code, info.title, True, [(m.start(), m.end())], sec, "present", "rule", 3,
                    first_offset=m.start(), sections={sec})
        made = _merge(cands, code, [dm[0], part], lookup, "I.C.4.a-diabetes-complication",
                      f"diabetes with diabetic retinopathy documented -> {code}")
        if made is not None:
            done.setdefault(code, (line_start, line_end))
            dm_ids = {id(c) for c in dm}
            cands = [c for c in cands if not (id(c) in dm_ids and c.code.endswith(".9"))
                     and not (edema == "1" and c.code.startswith("H35.81"))]  # the edema is in the code
    if len(done) > 1:
        specific = {k for k in done if not _vague_dr(k)}
        if specific:
            cands = [c for c in cands if not (c.code in done and c.code not in specific)]
    if done:  # a term-matched retinopathy on a line read above with its stage and eye
        cands = [c for c in cands if c.code in done or not re.match(rf"{dtype}\.3[1-5]", c.code)
                 or not any(lo <= a < hi for a, _b in c.spans for lo, hi in done.values())]
    return cands


def _vague_dr(code: str) -> bool:
    """E1x.31- (retinopathy without a stage) or a staged code of an unspecified eye."""
    return code[4:6] == "31" or (len(code) == 8 and code.endswith("9"))


_INTOX = re.compile(r"\bintoxicat(?:ion|ed)\b", re.I)
_INTOX_NEG = re.compile(r"\b(?:no|not|denies|without|never)\s+(?:\w+\s+){0,2}intoxicat", re.I)
_INTOX_USE = {"F10.10": "F10.12", "F10.20": "F10.22", "F10.90": "F10.92"}


def alcohol_intoxication(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """Alcohol abuse/dependence/use named with an intoxication on the same line -> the combination code.

    The tabular's F10.1-/F10.2-/F10.9- subcategories combine the use disorder with intoxication (I.A.15 'with';
    I.C.5.b.2: one code for the highest-level use and its intoxication): F10.120 / F10.220 when 'uncomplicated',
    .121 / .221 with delirium, else the index default .129 / .229 (Intoxication, alcohol, with dependence).
    """
    out: list[Cand] = []
    for c in cands:
        stem = _INTOX_USE.get(c.code)
        hit = None
        for a, b in c.spans if stem else ():
            start, end = line_bounds(text, a, b)
            line = text[start:end]
            m = _INTOX.search(line)
            if m and not _INTOX_NEG.search(line):
                found = (line.lower(), start + m.start(), start + m.end())
                hit = hit or found
                if re.search(r"\b(?:uncomplicated|delirium)\b", found[0]):
                    hit = found  # the line that says which intoxication (the impression) decides
                    break
        if not stem or hit is None:
            out.append(c)
            continue
        line, s0, s1 = hit
        code = stem + ("1" if "delirium" in line else "0" if "uncomplicated" in line else "9")
        info = lookup(code)
        if info is None:
            out.append(c)
            continue
        old = c.code
        c.code, c.description = code, info.title
        c.spans = sorted(set(c.spans) | {(s0, s1)})
        c.add_rule("I.C.5.b-intoxication", f"{old} with intoxication documented on the same line -> {code}")
        out.append(c)
    # I.C.5.b.2: one code for the highest documented level (dependence > abuse > use): an 'alcohol use with
    # intoxication' title match beside the use disorder's intoxication code is the same intoxication
    top = [c for c in out if c.code.startswith(("F10.22", "F10.12"))]
    if top:
        same = [c for c in out if c.code.startswith("F10.92")
                or (c.code.startswith("F10.12") and any(t.code.startswith("F10.22") for t in top))]
        for c in same:
            top[0].spans = sorted(set(top[0].spans) | set(c.spans))
        out = [c for c in out if c not in same]
    return out


# lower urinary tract symptoms (Tabular N40.1: use additional code for the associated symptoms)
_LUTS = ("R35.0", "R35.1", "R35.8", "R39.1", "R33", "R39.0", "N39.4", "R32")


def bph_with_symptoms(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """N40.0 -> N40.1 when a lower urinary tract symptom is coded on the same line as the BPH ("BPH - nocturia
    1-2x, stable"): Index: Hyperplasia, prostate, with lower urinary tract symptoms (LUTS) N40.1; the symptom
    codes stay as the Tabular asks."""
    bph = [c for c in cands if c.code == "N40.0"]
    luts = [c for c in cands if c.code.startswith(_LUTS) and c.assertion == "present"]
    info = lookup("N40.1")
    if not bph or not luts or info is None or any(c.code == "N40.1" for c in cands):
        return cands
    lines = {line_bounds(text, a) for c in bph for a, _ in c.spans}
    if not any(line_bounds(text, a) in lines for c in luts for a, _ in c.spans):
        return cands
    for c in bph:
        c.code, c.description = "N40.1", info.title
        c.add_rule("I.A.15-with", "BPH documented with a lower urinary tract symptom on the same line -> N40.1")
    return cands
