"""Setting-dependent CPT/HCPCS adjustments the sentence-level procedure matcher cannot see.

The matcher (suggest/procedures.py) reads sentences; these rules need the note's metadata: place of
service (ED facility labs, ECG interpretation only), payer (screening colonoscopy modifier 33 or PT) and
the patient's age (pediatric vaccine administration with counseling, 90460/90461).
"""

from __future__ import annotations

import re

from suggest.cand import Cand
from suggest.em import age_on, is_ed
from suggest.ruledata import EMTable
from suggest.textnorm import line_bounds, sentence_bounds


def adjust_procedures(note: dict, text: str, procs: list[Cand], table: EMTable) -> list[Cand]:
    """Setting-dependent procedure rules the matcher cannot see (it reads sentences, not metadata).

    ED (facility) visits: lab tests, imaging, drugs, nursing injections and nebulizer treatments are the
    facility's (or the radiologist's), and an ECG is the
    physician's interpretation only (93010). A screening colonoscopy that became therapeutic: 33 for
    commercial payers, PT for Medicare."""
    procs = _pediatric_vaccine_admin(note, text, procs)
    ed = is_ed(note, text, table)
    payer = note.get("payer") or {}
    medicare = any(x in f"{payer.get('name', '')} {payer.get('id', '')}".lower() for x in table.medicare_payers)
    prenatal = bool(_PRENATAL.search(text[:300]))
    if medicare:
        procs = _medicare_vaccine_admin(procs)
    out = []
    for p in procs:
        if ed and p.extra.get("kind") in ("lab", "imaging", "drug", "injection"):
            continue  # the facility's tests, drugs and nursing injections; the radiologist's reads
        if ed and p.code == "94640":
            continue  # ED nebulizer treatments are given by the facility's nurses/RTs: the hospital reports them
        if medicare and p.code.startswith(("1200", "1201")) and _adhesive_only(text, p):
            p.code, p.description, p.system = "G0168", "Wound closure by tissue adhesive only (Medicare)", "HCPCS"
            p.add_rule("PROC-setting", "Medicare: a wound closed with tissue adhesive only is G0168")
        if p.code == "Q0091" and not medicare:
            continue  # Pap specimen collection is a Medicare code; other payers include it in the visit
        if prenatal and p.code == "81002":
            continue  # the routine urine dipstick of an antepartum visit is in the global obstetric package
        if ed and p.code == "93000":
            p.code, p.description = "93010", "ECG interpretation and report only"
            p.extra["interpretation_only"] = True
            p.add_rule("PROC-setting", "ED: tracing by the facility, physician interpretation only")
        if p.extra.get("kind") == "endoscopy" and re.search(r"\bscreening\b", text, re.I):
            mod = "PT" if medicare else "33"
            p.extra["modifiers"] = [mod]
            p.add_rule("MOD-screening", f"screening colonoscopy turned therapeutic: modifier {mod}")
        out.append(p)
    return out


_PRENATAL = re.compile(r"\b(?:routine (?:prenatal|antepartum|ob) visit|prenatal visit|antepartum visit|"
                       r"prenatal care visit|ob visit)\b", re.I)
# vaccine components counted by 90461 (each component after the first); single-component vaccines omitted
_COMPONENTS = {"90700": 3, "90696": 4, "90698": 5, "90723": 5, "90707": 3, "90710": 4, "90715": 3, "90714": 2}
_COUNSEL = re.compile(r"\bcounsel\w*", re.I)
_VACCINE_COUNSEL = re.compile(r"\bcounsel\w* (?:\w+ ){0,4}(?:on|about|regarding) (?:the )?(?:vaccin|immuniz)\w*|"
                              r"\bvaccine counsel\w*", re.I)


def _sentence_end(text: str, b: int) -> int:
    """End of the sentence holding offset ``b``: a wrapped line ("given IM after I\\n counseled mom") goes on."""
    return sentence_bounds(text, b, stops=(". ", ".\n", "\n\n"))[1]


def _pediatric_vaccine_admin(note: dict, text: str, procs: list[Cand]) -> list[Cand]:
    """Under 19 with the physician's counseling documented: 90460 per vaccine (units) and 90461 per
    additional component, instead of 90471/90472."""
    patient = note.get("patient") or {}
    age = age_on(patient.get("birth_date"), note.get("date_of_service"))
    admin = [p for p in procs if p.code in ("90471", "90472")]
    vaccines = [p for p in procs if p.extra.get("kind") == "vaccine"]
    if age is None or age >= 19 or not admin or not vaccines:
        return procs
    # the counseling must be about the vaccines ("counseled on diet" elsewhere in the note is not)
    near = next((m for v in vaccines for a, b in v.spans[:1]
                 for m in [_COUNSEL.search(text, line_bounds(text, a)[0], _sentence_end(text, b))] if m), None)
    near = near or _VACCINE_COUNSEL.search(text)
    if near is None:
        return procs
    out = [p for p in procs if p not in admin]
    first = admin[0]
    first.notes.clear()
    first.code, first.description = "90460", "Immunization administration with counseling, under 19, first component"
    first.spans = [s for v in vaccines for s in v.spans[:1]]
    first.spans.append((near.start(), near.end()))
    first.add_rule("PROC-admin", f"age {age} with counseling: 90460 for each of {len(vaccines)} vaccine(s)")
    if len(vaccines) > 1:
        first.extra["units"] = len(vaccines)
    out.append(first)
    extra = sum(_COMPONENTS.get(v.code, 1) - 1 for v in vaccines)
    if extra:
        c = Cand("CPT", "90461", "Immunization administration with counseling, each additional component", True,
                 list(first.spans), first.section, "present", "rule", 1)
        c.add_rule("PROC-admin", f"{extra} additional vaccine component(s)")
        c.extra.update(units=extra, kind="vaccine-admin", significant=True)
        out.append(c)
    return out


# Medicare Part B vaccines have their own administration codes; 90471/90472 stay for the others
_PART_B_ADMIN = {"G0008": ("Administration of influenza virus vaccine", ("90655", "90656", "90657", "90658", "90660",
                                                                       "90661", "90662", "90673", "90674", "90682",
                                                                       "90685", "90686", "90687", "90688", "90689",
                                                                       "90694", "90653")),
                 "G0009": ("Administration of pneumococcal vaccine", ("90670", "90671", "90677", "90732", "90684")),
                 "G0010": ("Administration of hepatitis B vaccine", ("90739", "90740", "90743", "90744", "90746",
                                                                    "90747", "90759"))}


def _medicare_vaccine_admin(procs: list[Cand]) -> list[Cand]:
    """Medicare: influenza, pneumococcal and hepatitis B vaccines are given with G0008, G0009 and G0010 (one each);
    any other vaccine keeps 90471 (first) / 90472 (each additional)."""
    vaccines = [p for p in procs if p.extra.get("kind") == "vaccine"]
    admin = [p for p in procs if p.code in ("90471", "90472")]
    if not vaccines or not admin:
        return procs
    out = [p for p in procs if p not in admin]
    rest = []
    for v in vaccines:
        g = next((g for g, (_, codes) in _PART_B_ADMIN.items() if v.code in codes), None)
        if g is None:
            rest.append(v)
            continue
        a = Cand("CPT", g, _PART_B_ADMIN[g][0], True, list(v.spans), v.section, "present", "rule", 1,
                 first_offset=v.first_offset, sections=set(v.sections))
        a.system = "HCPCS"
        a.add_rule("PROC-admin", f"Medicare Part B vaccine {v.code}: administration {g}")
        a.extra.update(significant=True, kind="vaccine-admin")
        out.append(a)
    for i, v in enumerate(rest):
        a = admin[min(i, len(admin) - 1)]
        a.code = "90471" if i == 0 else "90472"
        a.spans = list(v.spans)
        out.append(a)
    return out


_ADHESIVE = re.compile(r"\b(dermabond|tissue adhesive|skin adhesive|skin glue|octyl\w*)\b", re.I)
_SUTURES = re.compile(r"\b(sutur\w*|staple\w*|nylon|prolene|vicryl|monocryl|chromic)\b", re.I)


def _adhesive_only(text: str, p: Cand) -> bool:
    """The repair's sentences name a tissue adhesive and no sutures or staples."""
    lines = [text[slice(*line_bounds(text, a, b))] for a, b in p.spans]
    return any(_ADHESIVE.search(x) for x in lines) and not any(_SUTURES.search(x) for x in lines)
