"""Which coded conditions the encounter addressed, and redundant unspecified codes.

IV.J / III.B: chronic conditions are coded when they affect or are treated at this encounter. When a
note has an assessment/diagnosis section, a condition named only in history, exam, results, ROS or
medication lists is "seen but not coded" (status Z codes such as family history, long-term drug use
and personal history stay: they are reported from those sections by design).
IV.D: a sign or symptom (chapter 18) is coded when the assessment leaves it unexplained; when the
assessment names a confirmed diagnosis, a symptom named only in the chief complaint, history or plan is
taken as the reason the diagnosis was made, not as a separate problem.
I.B: an unspecified code is dropped when a more specific code of the same category is coded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from suggest.cand import Cand
from suggest.mdm import _ACTION, _DOSED, _MANAGED_ELSEWHERE
from suggest.textnorm import line_bounds

ADDRESSED = frozenset({"assessment", "assessment_plan", "diagnoses", "discharge_diagnoses", "plan",
                       "chief_complaint", "procedures", "principal_diagnosis", "secondary_diagnoses"})
DX_LISTS = frozenset({"diagnoses", "discharge_diagnoses", "principal_diagnosis", "secondary_diagnoses"})
ASSESSMENT = DX_LISTS | {"assessment", "assessment_plan"}
_KEEP_PREFIX = ("Z", "I25.2")
# Z codes that are conditions treated like any other (latent TB, carrier states), not statuses reported from any
# section: a latent TB treated years ago and named only in the story is not addressed (IV.J)
_CONDITION_Z = ("Z22",)
# Pain codes of chapter 13 that are symptoms (I.B.4-5), treated like chapter 18 when the assessment gives a
# diagnosis: joint pain, limb pain, back/neck pain, myalgia; and G89 chronic pain (I.C.6.b.1: not coded when
# the underlying diagnosis is known and pain control is not the reason for the visit).
SYMPTOM_PREFIX = ("R", "M25.5", "M79.6", "M79.1", "M54.2", "M54.5", "M54.6", "M54.9", "G89")


# Section III.B on a summary that lists only its principal diagnosis: the other diagnoses are the conditions the
# summary shows were treated or evaluated in the stay ("hypertension (amlodipine resumed HD3)", "BPH, tamsulosin
# continued", "Deficits at discharge: right hemiparesis")
_TREATED_IN_STAY = re.compile(r"\b(?:resum\w*|start(?:ed)?|continu\w*|held|hold(?:ing)?|given|treated|managed|"
                              r"titrat\w*|increased|decreased|adjusted|deficits?|at discharge|on discharge)\b", re.I)


def _treated_in_stay(c: Cand, text: str) -> bool:
    """A mention's line, up to the end of its clause, says the condition was treated or evaluated in the stay."""
    for a, b in c.spans:
        lo, hi = line_bounds(text, a, b)
        stop = text.find(";", b, hi)
        if _TREATED_IN_STAY.search(text, lo, stop if stop >= 0 else hi):
            return True
    return False


def addressed_only(cands: list[Cand], sections: set[str], course_chronic: tuple[str, ...] = (),
                   inpatient: bool = False, text: str | None = None) -> tuple[list[Cand], list[Cand]]:
    """Keep conditions named where the encounter's problems are assessed (when such a section exists).

    A hospital course is mostly the findings of the listed diagnoses (congestion with heart failure,
    pyuria with pyelonephritis), so it addresses only ``course_chronic`` conditions: chronic systemic
    diseases whose treatment during a stay makes them secondary diagnoses (III.B).

    A note with no assessment (a nurse's injection visit, a brief procedure note) names its reason in its text:
    when a condition is named outside the problem/medication lists, one named only in those lists is not
    addressed (IV.J: the auto-populated list is not the encounter).

    On an ``inpatient`` record a surgical/incidental status ("Status post cholecystectomy (2014)") is a secondary
    code only when it has an impact on current care (Section III.A: history codes "if the historical condition
    ... has an impact on current care or influences treatment"), also where it is listed among the discharge
    diagnoses: it is held to the same relevance test as a list-only history."""
    addressed = ADDRESSED
    if not sections & ASSESSMENT:
        named = frozenset().union(*(c.sections for c in cands)) - _LISTS
        if not any(not c.code.startswith("Z") and c.sections & named for c in cands) and not any(
                c.code.startswith(_ENCOUNTER_REASON) and c.sections & named for c in cands):
            return cands, []
        addressed = named
    kept, dropped = [], []
    diagnosed = any(not c.code.startswith(("R", "Z")) and c.sections & ASSESSMENT and c.assertion == "present"
                    and "uncertain-diagnosis" not in c.flags for c in cands)
    only_principal = (inpatient and text is not None and "principal_diagnosis" in sections
                      and not sections & (DX_LISTS - {"principal_diagnosis"}))
    for c in cands:
        if (only_principal and c.assertion == "present" and not c.code.startswith("Z")
                and not c.sections & ASSESSMENT and _treated_in_stay(c, text)):
            c.add_rule("IV.J-addressed", "treated or evaluated in the stay; the summary lists only its principal "
                       "diagnosis (Section III.B other diagnoses)")
            kept.append(c)
        elif diagnosed and c.code.startswith(SYMPTOM_PREFIX) and not c.sections & ASSESSMENT:
            c.add_rule("IV.D-symptom-assessed", "symptom named only outside the assessment, which gives a "
                       "diagnosis; not coded")
            dropped.append(c)
        elif ((c.code.startswith(_KEEP_PREFIX) and not c.code.startswith(_CONDITION_Z)) or c.sections & addressed
              # a combination code stands where its parts stand: kept when one part is addressed ("DM2" assessed
              # with "CKD 3b" from the history -> E11.22), not when every part is only in the history (IV.J)
              or (c.extra.get("combined_from") and ("+" not in c.matched_code or c.sections & addressed
                                                    or not c.sections <= _HISTORY_LISTS | _STORY | _MEDS))
              or c.extra.get("addressed_by")
              or ("hospital_course" in c.sections and course_chronic and c.code.startswith(course_chronic))):
            kept.append(c)
        else:
            c.add_rule("IV.J-addressed", "mentioned only outside the assessment; not addressed at this "
                       "encounter")
            dropped.append(c)
    # Tabular I12/I13/E08-E13.22 "use additional code to identify the stage of chronic kidney disease": a combination
    # kept because one of its parts is addressed ("# Essential hypertension" with "CKD stage 3a" on the problem
    # list -> I12.9) keeps the CKD stage it was made from
    for c in list(dropped):
        if c.code.startswith("N18") and any(c.code in o.extra.get("combined_from", ()) for o in kept):
            c.add_rule("I.C.9.a.2-htn-ckd", "the stage of the CKD a kept combination code was made from")
            dropped.remove(c)
            kept.append(c)
    if not kept:  # nothing assessed matched: fall back to every mention rather than an empty claim
        return cands, []
    # I.B: the assessment names the condition without its detail ("AS, active despite NSAID" -> M45.9 unspecified
    # site) and the problem list / past history of the same note gives it ("Ankylosing spondylitis of lumbosacral
    # region"): the listed, specific code is the condition addressed (drop_unspecified_siblings then drops the
    # vague one). Not from an office note's story: "chest pressure" in the HPI does not re-specify "Chest pain,
    # unspecified"; a hospital stay's course does ("Uterine fibroids" listed, "3 intramural fibroids" on the
    # ultrasound of the stay: D25.1, I.B and III.B)
    detail_from = _HISTORY_LISTS | (_STORY | {"hospital_course"} if inpatient else frozenset())
    # The side is detail the story may give (I.B.13: laterality from the provider's documentation): "Dry eyes (both)"
    # in the HPI and "Sicca symptoms (dry eyes and mouth)" assessed is H04.123, the codes differing only in side
    for c in list(dropped):
        if (c.assertion == "present" and "IV.J-addressed" in c.rules and "unspecified" not in c.description.lower()
                and c.sections and not c.code.startswith(SYMPTOM_PREFIX)
                and any(o.code[:3] == c.code[:3] and o.code != c.code and o.assertion == "present"
                        and "unspecified" in o.description.lower() and o.sections & ASSESSMENT
                        and _vague_words(o.description) <= _words(c.description)
                        and (c.sections <= detail_from or c.sections <= _STORY and _side_only(o, c)) for o in kept)):
            c.add_rule("I.B.specificity", "the assessment names this condition without detail; its listed "
                       "specificity is the one addressed")
            dropped.remove(c)
            kept.append(c)
    # I.C.4.a.3 / I.C.21.c.3: a long-term drug code that goes with its condition (Z79.4/Z79.84/Z79.85 with a
    # diabetes code, Z79.83 with osteoporosis/osteopenia) is dropped when the condition is only in the history
    # or medication list ("diabetes managed by her primary care physician on metformin")
    for c in list(kept):
        area = next((_HISTORY_AREA[c.code[:n]] for n in range(len(c.code), 2, -1) if c.code[:n] in _HISTORY_AREA),
                    None)
        # a medication list's indication ("aspirin 81 mg (for TIA hx)") is a list entry like the problem list's
        lists = _HISTORY_LISTS | _MEDS | (_STORY if c.code.startswith(_STORY_HISTORY) else frozenset())
        if inpatient and c.code.startswith(_STORY_HISTORY):
            lists = lists | ASSESSMENT | {"hospital_course"}
        if (area and c.code != "Z87.891" and c.sections and c.sections <= lists
                and not any(o is not c and o.code.startswith(area) for o in kept)):
            c.add_rule("IV.J-addressed", "personal history/status only in the problem list or past history, "
                       "unrelated to anything addressed at this encounter")
            kept.remove(c)
            dropped.append(c)
            continue
        if c.code.startswith("Z67") and not any(o.code.startswith(_TRANSFUSION) or (
                c.code.endswith("1") and o.code.startswith(_PREGNANCY)) for o in kept):
            c.add_rule("IV.J-addressed", "blood type documented (e.g. a lab line) but no pregnancy, transfusion or "
                       "blood-typing encounter makes it affect care (I.C.21.c.3)")
            kept.remove(c)
            dropped.append(c)
            continue
        if c.code.startswith("Z68") and not any(o.code.startswith(_WEIGHT_DX) for o in kept):
            c.add_rule("I.C.21.c.3-bmi", "BMI reported only with an associated, reportable weight diagnosis; the "
                       "obesity/underweight is named only in a list and not addressed at this encounter (I.B.14)")
            kept.remove(c)
            dropped.append(c)
            continue
    # after the history pass: a drug goes with a condition kept above ("apixaban" with a history code dropped there)
    for c in list(kept):
        needs = _DIABETES if "I.C.4.a.3-diabetes-medication" in c.rules else _DRUG_CONDITION.get(c.code)
        if needs and not any(o.code.startswith(needs) for o in kept):
            c.add_rule("IV.J-addressed", "long-term drug for a condition not addressed at this encounter")
            kept.remove(c)
            dropped.append(c)
    return kept, dropped


_DIABETES = ("E08", "E09", "E10", "E11", "E13")
# the patient's blood sugar looked after in the assessment/plan ("the steroid may raise his blood sugars - check
# glucose twice daily"): a diabetes named only in the history affects the care given at this visit (IV.J)
_GLUCOSE_CARE = re.compile(r"\b(?:blood\s+(?:sugars?|glucoses?)|glucose)\b", re.I)


def diabetes_managed_in_plan(kept: list[Cand], dropped: list[Cand], text: str,
                             sections: Sequence[Any]) -> tuple[list[Cand], list[Cand]]:
    """IV.J: "code all documented conditions that coexist ... and require or affect patient care": a diabetes left
    out as list-only is coded, with its long-term drug codes (I.C.4.a.3), when the assessment or plan manages the
    patient's blood glucose (a steroid injection's effect on the sugars, glucose checks)."""
    if any(c.code.startswith(_DIABETES) for c in kept):
        return kept, dropped
    back = [c for c in dropped if c.code.startswith(_DIABETES) and c.assertion == "present"
            and "IV.J-addressed" in c.rules]
    if not back or not any(_GLUCOSE_CARE.search(text, sec.body_start, sec.end) for sec in sections
                           if sec.name in ASSESSMENT | {"plan"}):
        return kept, dropped
    back += [c for c in dropped if "I.C.4.a.3-diabetes-medication" in c.rules and "IV.J-addressed" in c.rules]
    for c in back:
        c.add_rule("IV.J-addressed", "the assessment/plan manages the patient's blood glucose: the listed diabetes "
                   "affects this visit's care")
    return kept + back, [c for c in dropped if c not in back]
# IV.J / I.C.21.c.9-13: "encounter for" reasons (general and preventive examinations Z00-Z13, immunization Z23,
# contraceptive management and other encounters Z30-Z53): a note with no assessment that names such a reason in its
# text (a Medicare AWV, a vaccine or Depo visit) addresses that; its problem list alone is not the encounter
_ENCOUNTER_REASON = ("Z00", "Z01", "Z02", "Z03", "Z04", "Z05", "Z08", "Z09", "Z11", "Z12", "Z13", "Z23",
                     *(f"Z{n}" for n in range(30, 54)))
_UNSPECIFIED_PART = re.compile(r"\bof unspecified [^,]*|,?\s*unspecified\b[^,]*", re.I)


def _words(title: str) -> set[str]:
    return set(re.findall(r"[a-z]+", title.lower()))


_SIDE_WORDS = frozenset({"right", "left", "bilateral", "unspecified", "side", "unilateral"})


def _side_only(vague: Cand, sided: Cand) -> bool:
    """The two titles differ only in the side ("Dry eye syndrome of unspecified lacrimal gland" / "... of bilateral
    lacrimal glands"), the sided one naming a side."""
    def core(title: str) -> set[str]:
        return {w.rstrip("s") for w in _words(title)} - _SIDE_WORDS
    return core(vague.description) == core(sided.description) and bool(
        _words(sided.description) & {"right", "left", "bilateral"})


def _vague_words(title: str) -> set[str]:
    """The words of an unspecified code's title that name the condition ("Ankylosing spondylitis of unspecified
    sites of spine" -> ankylosing, spondylitis): another code of the category whose title has them all is the same
    condition with its detail (M45.7), unlike a different condition of the same category (I44.0 beside I44.7).
    "Unilateral" in an unspecified-side title is the side left unsaid, not the condition: the listed "Bilateral
    primary osteoarthritis of knee" gives the detail of an assessed "Knee OA" (M17.10)."""
    return _words(_UNSPECIFIED_PART.sub(" ", title)) - {"unilateral"}
# I.B.14 / I.C.21.c.3: the weight diagnoses a BMI (Z68) goes with (rules.json I.C.21.c.3-bmi "with")
_WEIGHT_DX = ("E66", "E44", "E43", "E41", "E46", "R63.4", "R63.6", "R62.7")
_HISTORY_LISTS = frozenset({"past_medical_history", "past_surgical_history"})
_MEDS = frozenset({"medications"})
_LISTS = _HISTORY_LISTS | {"medications", "family_history", "allergies"}
# history/status codes that an incidental mention in the story ("remote history of a fractured wrist", "history of
# colon polyps" at a kidney visit, "gestational diabetes 2015" at a menorrhagia visit) does not make relevant;
# cancer and stroke history are kept wherever named
_STORY = frozenset({"hpi", "unknown", "social_history", "chief_complaint"})
_STORY_HISTORY = ("Z87.81", "Z86.01", "Z96.6", "Z90", "Z98", "Z87.44", "Z86.32")
# personal history / status codes and the codes of the body system that makes them relevant to a visit
_HISTORY_AREA = {
    "Z85": ("C", "D0", "D1", "D2", "D3", "D4", "Z08", "Z12", "R"),
    "Z86.01": ("K", "D12", "Z12.1"),
    "Z86.7": ("I", "G45", "Z79.0"),
    # README Decision (history and list-only items): a stroke or VTE history bears on a visit about the same disease
    # (cerebrovascular disease, new neurological deficits, atrial fibrillation's stroke risk; venous clots, leg
    # swelling, a clotting disorder, pregnancy), not on any circulatory problem ("History of CVA" on the problem list
    # at a hypertension follow-up) and not through its own antithrombotic on the medication list
    "Z86.71": ("I26", "I27.82", "I80", "I81", "I82", "D65", "D68", "R60", "M79.6", "R22.4", "O", "Z3"),
    "Z86.73": ("I6", "G45", "G46", "I48", "R47", "R29.8", "R20", "R41", "R42", "H53.4", "F01"),
    "Z86.1": ("A", "B"),
    # blood and endocrine histories ("iron deficiency anemia in pregnancy, resolved", "hx gestational diabetes"):
    # relevant when the visit deals with the same system (an anemia work-up; diabetes screening or prediabetes)
    "Z86.2": ("D5", "D6", "D7", "D8", "R71", "Z13.0"),
    "Z86.3": ("E", "O24", "R73", "Z13.1"),
    # gestational diabetes is a risk of diabetes: it matters for screening, prediabetes, obesity and a pregnancy, not
    # once the diabetes itself is established and treated (E11 beside "hx of gestational DM" in the PMH)
    "Z86.32": ("R73", "Z13.1", "O", "Z3", "E66", "E88.81", "E28.2"),
    "Z87.0": ("J",),
    "Z87.1": ("K",),
    "Z87.3": ("M", "S"),
    # a healed traumatic fracture bears on a new fracture, a fall or the bone it damaged (nonunion, osteonecrosis,
    # osteomyelitis), not on bone density: a skiing fracture is no fragility fracture (I.C.13.d.2)
    "Z87.81": ("M80", "M84", "M86", "M87", "M89", "M96", "S", "Z91.81", "W"),
    "Z87.4": ("N", "R3"),
    # urinary infections and stones: the urinary tract itself (not CKD N18 or the genital organs)
    "Z87.44": ("N10", "N11", "N12", "N13", "N2", "N3", "N40", "N41", "R3", "O23"),
    # stones: a stone, obstruction, colic or hematuria (flank/abdominal pain, kidney injury, urinary infection), not
    # prostate enlargement or lower urinary tract symptoms ("hx of kidney stone 2012" beside nocturia from BPH)
    "Z87.442": ("N13", "N2", "R31", "R10", "N10", "N11", "N12", "N17", "N39.0", "O23"),
    "Z95": ("I", "Z79.0"),
    "Z96.6": ("M", "S7", "S8"),
    "Z96.1": ("H",),
    "Z90": ("K", "N"),
    "Z90.1": ("C50", "D05", "N6", "Z12.3"),
    "Z90.4": ("K", "Z85.0", "Z08", "C1", "R1", "R74"),
    "Z90.5": ("N",),
    "Z90.6": ("N",),
    "Z90.7": ("N", "C5", "C6", "Z12.4", "Z01.4"),
    "Z90.8": ("D",),
    "Z98": ("K", "I", "H", "N"),
    # past radiation therapy ("s/p lumpectomy + XRT 2012") matters with the cancer it treated or its surveillance
    "Z92.3": ("C", "D0", "D3", "D4", "Z08", "Z85", "Z12"),
}
_DRUG_CONDITION = {"Z79.83": ("M80", "M81", "M85.8", "M89.9", "C", "D"),  # bisphosphonates: bone loss, bone mets
                   # README Decision 4: past radiation goes with the cancer it treated, current or history (or the
                   # thyroid disease radioiodine treated); "breast cancer treated with radiation in 2012" told in the
                   # story of a kidney visit that does not code the cancer is not coded either
                   "Z92.3": ("C", "D0", "D3", "D4", "Z85", "Z08", "Z51.0", "E05", "E89.0"),
                   # aromatase inhibitors / SERMs: the breast (or other) cancer they treat or prevent, bone loss
                   "Z79.811": ("C", "D0", "Z85", "Z08", "Z15", "Z80.3", "N6"),
                   "Z79.810": ("C", "D0", "Z85", "Z08", "Z15", "Z80.3", "N6", "M80", "M81", "M85.8"),  # raloxifene
                   "Z79.631": ("L40", "M05", "M06", "M08", "M45", "M32", "M33", "M35", "K50", "K51", "L93"),
                   # opiates: chronic or cancer pain, the recurrent pain of sickle cell disease
                   "Z79.891": ("G89.2", "G89.3", "G89.4", "C", "M", "D57.0", "D57.1", "D57.2", "D57.4", "D57.8"),
                   "Z79.82": ("I20", "I21", "I22", "I24", "I25", "I63", "I65", "I66", "I67.2", "I70", "I73.9", "Z95",
                              "Z86.7", "G45"),  # aspirin: atherosclerotic disease treated at the visit
                   # anticoagulants: the arrhythmia, clot, valve or clotting disorder they treat; antiplatelets: the
                   # arterial disease. "PAF - on apixaban per cardiology, not addressed today" leaves both out (IV.J)
                   "Z79.01": ("I48", "I26", "I27.82", "I80", "I81", "I82", "I63", "I65", "I66", "I69", "I74",
                              "I51.3", "D68", "D65", "D62", "K92", "R58", "R79.1", "T45.51", "Z86.7", "Z95.2",
                              "Z95.3", "Z95.4", "Z51.81", "G45", "O"),
                   "Z79.02": ("I20", "I21", "I22", "I24", "I25", "I63", "I65", "I66", "I67", "I69", "I70", "I73",
                              "I74", "I77", "E08.5", "E09.5", "E10.5", "E11.5", "E13.5", "Z95", "Z86.7", "Z98.6",
                              "G45")}


# I.C.21.c.3: a status code is reported when the status affects care. A blood type (Z67) is documented on many
# lab lines ("ABO/Rh: O neg") and matters only for a transfusion reaction or incompatibility or a visit for blood
# typing itself (Z01.83), and an Rh-negative type (Z67.x1) in pregnancy or the perinatal period (Rh immune
# globulin, isoimmunization); otherwise it is seen but not coded.
_TRANSFUSION = ("T80.3", "T80.4", "Z01.83")
_PREGNANCY = ("O", "Z33", "Z34", "Z36", "Z39", "Z3A", "P55")


_FAMILY = ("Z80", "Z81", "Z82", "Z83", "Z84")
_PREVENTIVE = ("Z00.0", "Z00.12", "Z01.41")
# a colon polyp is watched as a cancer precursor: a relative's polyps go with the patient's polyps or their history
_SCREENING = {"Z12": "neoplasm", "Z85": "neoplasm", "Z86.01": "neoplasm", "K63.5": "neoplasm",
              "Z13.1": "diabetes", "Z13.6": "I",
              "Z13.3": "F", "Z13.4": "F", "Z13.2": "E", "Z86.32": "diabetes", "R73": "diabetes"}
# Chapter 4 holds different organs and disorders: a mother's hypothyroidism is not the risk of a patient seen for
# obesity or prediabetes, a sister's diabetes is (prediabetes R73 and a history of gestational diabetes go with it,
# and so does diabetes in pregnancy, O24: the same disease coded in chapter 15 first, I.C.15.g)
_ENDOCRINE = (("thyroid", ("E00", "E01", "E02", "E03", "E04", "E05", "E06", "E07")),
              ("diabetes", ("E08", "E09", "E10", "E11", "E13", "E16", "O24")))


def _area(code: str) -> str:
    """The body system a code belongs to, coarsely: neoplasms together, thyroid and diabetes apart from the rest
    of chapter 4, else the chapter letter."""
    if code[0] == "C" or (code[0] == "D" and code[1] in "01234"):
        return "neoplasm"
    for prefix, area in _SCREENING.items():
        if code.startswith(prefix):
            return area
    for area, prefixes in _ENDOCRINE:
        if code.startswith(prefixes):
            return area
    return code[0]


def family_history_relevant(cands: list[Cand], sections: set[str], fam_map: dict[str, str],
                            organs: dict[str, list[str]] | None = None) -> tuple[list[Cand], list[Cand]]:
    """I.C.21.c.4: a family history code is for a patient at higher risk of the relative's condition, so
    it is reported when it affects this visit: a preventive visit, named in the assessment/plan, or the
    patient is assessed or screened for a condition of the same body system. A relative's unrelated
    illness listed in the family history ("mother has Alzheimer's" at a rhythm visit) is seen but not
    coded."""
    if not sections & ASSESSMENT or not any(c.code.startswith(_FAMILY) for c in cands):
        return cands, []
    if any(c.code.startswith(_PREVENTIVE) for c in cands):  # risk assessment is part of a preventive visit
        return cands, []
    own = [c.code for c in cands if not c.code.startswith(_FAMILY)]
    areas = {_area(code) for code in own if not code.startswith("Z") or _area(code) != "Z"}
    organs = organs or {}
    kept, dropped = [], []
    for c in cands:
        if not c.code.startswith(_FAMILY):
            kept.append(c)
            continue
        if c.matched_code and any(o is not c and o.code == c.matched_code and set(c.spans) <= set(o.spans)
                                  for o in cands):
            c.add_rule("I.C.21.c.4-family-relevance", f"the same words assert the patient's own {c.matched_code}; "
                       "not a family history")
            dropped.append(c)
            continue
        if c.matched_code and c.matched_code.startswith(("F17", "Z72.0")):
            c.add_rule("I.C.21.c.4-family-relevance", "a relative's smoking is the patient's exposure to tobacco "
                       "smoke (Z77.22 when documented), not a family history")
            dropped.append(c)
            continue
        if c.sections & (ASSESSMENT | {"plan"}):
            kept.append(c)
            continue
        direct = c.matched_code and not c.matched_code.startswith(_FAMILY)
        relative = [c.matched_code] if direct else [k for k, z in fam_map.items() if z == c.code]
        if any(_area(k) in areas or any(code.startswith(tuple(organs.get(k[:3], ()))) for code in own)
               for k in relative if k):
            kept.append(c)
        else:
            c.add_rule("I.C.21.c.4-family-relevance", "relative's condition unrelated to anything assessed at "
                       "this visit; not coded")
            dropped.append(c)
    return kept, dropped


# a dated earlier episode of an event condition ("TIA in 2019", "prior stroke", "MI 2018") is a separate event:
# its history code (Z86.73, I25.2) stays beside a new acute stroke or infarction
_EARLIER_EPISODE = re.compile(r"\b(?:(?:19|20)\d\d|prior|previous|remote|old|years? ago)\b", re.I)
_EVENT_HISTORY = ("Z86.73", "I25.2")


def history_of_current(cands: list[Cand], hist_map: dict[str, str],
                       text: str | None = None) -> tuple[list[Cand], list[Cand]]:
    """I.C.21.c.4: a personal history code is for a condition that no longer exists; when the same condition
    is coded as current ("history of kidney stones, third episode" with N20.0), the history code goes. With the
    note ``text``, a dated earlier stroke/TIA or MI stays beside a new one (a separate event)."""
    current = [c.code for c in cands if not c.code.startswith("Z")]
    if not current:
        return cands, []
    kept, dropped = [], []
    for c in cands:
        cond = tuple(k for k, z in hist_map.items() if z == c.code and len(k) >= 3)
        now = next((code for code in current if cond and code.startswith(cond)), None)
        earlier = text is not None and c.code in _EVENT_HISTORY and any(
            _EARLIER_EPISODE.search(text, a, min(len(text), b + 30)) for a, b in c.spans)
        if c.code.startswith(("Z85", "Z86", "Z87")) and now and not earlier:
            c.add_rule("I.C.21.c.4-personal-history", f"the condition is current ({now}); no history code")
            dropped.append(c)
        else:
            kept.append(c)
    return kept, dropped


_NEVER = frozenset({"allergies", "vitals"})
_USE_UNCOMPLICATED = re.compile(r"F1[0-689]\.90$")
_PRECAUTION = frozenset({"plan", "instructions"})


def precautions_and_reactions(cands: list[Cand]) -> tuple[list[Cand], list[Cand]]:
    """Drop findings named only in the allergy list (reactions) or only as plan/instruction symptoms, and
    psychoactive substance use with no associated disorder (I.C.5.b.3: F1x.90 "use, uncomplicated")."""
    kept, dropped = [], []
    for c in cands:
        secs = c.sections or {c.section or "unknown"}
        if secs <= _NEVER and not c.code.startswith("Z"):
            c.add_rule("MENTION-not-condition", "named only in the allergy/vitals list; not coded")
            dropped.append(c)
        elif _USE_UNCOMPLICATED.match(c.code):
            c.add_rule("I.C.5.b.3-substance-use", "substance use without an associated disorder or medical "
                       "condition is not coded")
            dropped.append(c)
        elif c.code.startswith("R") and secs <= _PRECAUTION:
            c.add_rule("IV.D-plan-symptom", "symptom named only in the plan (return precaution); not coded")
            dropped.append(c)
        else:
            kept.append(c)
    return kept, dropped


def drop_unspecified_siblings(cands: list[Cand], text: str | None = None) -> tuple[list[Cand], list[Cand]]:
    """Drop an unspecified code when a more specific code of the same category is also coded, or (with the
    note's ``text``) when each of its mentions is only the head word of a more specific coded condition of the same
    chapter ("cataract" in "discussed cataract surgery" beside "age-related nuclear cataract, both eyes": I.B,
    code to the highest specificity documented); and an "other/unspecified site" code when an overlapping longer
    match names the site."""
    kept, dropped = [], []
    for c in cands:
        vague = "unspecified" in c.description.lower() or "needs-specificity" in c.flags
        better = next((o for o in cands if o is not c and _same_condition(c, o) and o.code != c.code
                       and "unspecified" not in o.description.lower() and "needs-specificity" not in o.flags
                       and o.billable and o.assertion == c.assertion), None)
        restated = None
        if vague and better is None and text is not None:
            better = restated = _restated_head(c, cands, text)
        if vague and better is not None:
            if restated is None:  # a restated head word is not evidence of the specific code
                better.spans = sorted(set(better.spans) | set(c.spans))
            better.sections |= c.sections
            c.add_rule("I.B.specificity", f"less specific than {better.code}; not coded")
            dropped.append(c)
        elif (sites := _INFECTION_SITES.get(c.code)) and (site := next(
                (o for o in cands if o is not c and o.code.startswith(sites) and o.assertion == c.assertion),
                None)) is not None:
            c.add_rule("I.B.specificity", f"infection of an unspecified site beside the site-specific {site.code} "
                       "(\"sinusitis ... from the URI\"); not coded")
            dropped.append(c)
        elif (c.description.lower().startswith("other ") and text is not None
              and (fuller := _fuller_sibling(c, cands, text)) is not None):
            c.add_rule("I.B.specificity", f"the same condition named in full: {fuller.code}; not coded")
            fuller.sections |= c.sections
            dropped.append(c)
        elif _SITE_VAGUE.search(c.description) and (site := _sited_reading(c, cands)) is not None:
            c.add_rule("I.B.specificity", f"the same words name a site: {site.code}; not coded")
            dropped.append(c)
        else:
            kept.append(c)
    return kept, dropped


# I.B: an infection of an unspecified site of a tract is the same infection as the site-specific one coded beside it
# (acute URI with acute sinusitis/pharyngitis/tonsillitis/laryngitis; lower respiratory infection with bronchitis or
# pneumonia; urinary tract infection, site not specified, with cystitis/pyelonephritis/urethritis)
_INFECTION_SITES = {"J06.9": ("J00", "J01", "J02", "J03", "J04", "J05", "J06.0"),
                    "J22": ("J12", "J13", "J14", "J15", "J16", "J17", "J18", "J20", "J21"),
                    "N39.0": ("N10", "N11", "N12", "N30", "N34"),
                    # "biopsies: chronic active colitis" beside ulcerative pancolitis (K51.011): the colitis named
                    # by its type (Crohn's, ulcerative, microscopic, ischemic, C. difficile) is the one coded
                    "K52.9": ("K50", "K51", "K52.0", "K52.1", "K52.2", "K52.3", "K52.8", "K55", "A04.7")}
_SITE_VAGUE = re.compile(r"\b(?:other|unspecified) (?:specified )?sites?\b", re.I)
_UNSPEC_TAIL = re.compile(r",\s*unspecified\b.*$", re.I)
_WORD = re.compile(r"[a-z0-9]+")


def _mention_words(s: str) -> frozenset[str]:
    return frozenset(_WORD.findall(s.lower()))


def _fuller_sibling(c: Cand, cands: list[Cand], text: str) -> Cand | None:
    """A residual "Other X" code reached from a plain term (Index: Hemorrhoids, internal (without mention of degree)
    K64.8) beside a sibling of its category coded from fuller words of the same condition ("bleeding internal
    hemorrhoids" and "grade II internal hemorrhoids" -> K64.1 only; I.B: the highest specificity documented). Every
    mention of ``c`` must be a proper word subset of one of the sibling's mentions, so a distinct condition of the
    category ("external hemorrhoids" K64.4) is kept. A sibling's mention that overlaps and runs on from ``c``'s is the
    same words read further ("Seasonal allergic rhinitis due to pollen": J30.1, not J30.2 'other seasonal' beside
    it; Index: Rhinitis, allergic, seasonal NEC J30.2, due to pollen J30.1)."""
    mine = [_mention_words(text[a:b]) for a, b in c.spans]
    for o in cands:
        if (o is c or o.code[:3] != c.code[:3] or o.code == c.code or not o.billable or o.assertion != c.assertion
                or o.description.lower().startswith("other ") or "unspecified" in o.description.lower()):
            continue
        theirs = [_mention_words(text[a:b]) for a, b in o.spans]
        theirs += [_mention_words(text[min(a, oa):max(b, ob)]) for a, b in c.spans for oa, ob in o.spans
                   if oa < b and a < ob and (oa, ob) != (a, b)]
        if mine and all(any(w < t for t in theirs) for w in mine):
            return o
    return None


_DM_CATEGORIES = ("E08", "E09", "E10", "E11", "E13")


def _same_condition(c: Cand, o: Cand) -> bool:
    """``o`` codes the condition ``c`` names: the same category, or (the condition's codes spanning categories) the
    same chapter with ``o``'s title starting with ``c``'s title before ", unspecified": "Rheumatoid arthritis,
    unspecified" (M06.9) is the condition that "Rheumatoid arthritis with rheumatoid factor of multiple sites ..."
    (M05.79) codes more specifically, so only M05.79 is coded (I.B: the highest specificity documented)."""
    if o.code[:3] == c.code[:3]:
        # diabetes (I.C.4.a): one code per complication of the same category - "with diabetic neuropathy,
        # unspecified" (E11.40) is not a vaguer E11.621 foot ulcer; only its own complication group is
        return not c.code.startswith(_DM_CATEGORIES) or o.code[:5] == c.code[:5]
    stem = _UNSPEC_TAIL.sub("", c.description).strip().lower()
    title = o.description.lower()
    return (o.code[0] == c.code[0] and stem != c.description.strip().lower() and len(stem) > 3
            and title.startswith(stem) and title[len(stem):len(stem) + 1] in (" ", ","))


def _restated_head(c: Cand, cands: list[Cand], text: str) -> Cand | None:
    """A more specific coded condition of the same chapter whose own words contain every mention of ``c``."""
    heads = {text[a:b].strip().lower() for a, b in c.spans}
    if not heads or any(not h or " " in h for h in heads):
        return None  # only a bare single word ("cataract", "pneumonia") is a restatement
    for o in cands:
        if (o is c or o.code[0] != c.code[0] or o.code[:3] == c.code[:3] or not o.billable
                or o.assertion != c.assertion or "unspecified" in o.description.lower()
                or "needs-specificity" in o.flags):
            continue
        words = {w for a, b in o.spans for w in re.findall(r"[a-z]+", text[a:b].lower())}
        if heads <= words and any(h in o.description.lower() for h in heads):
            return o
    return None


def _sited_reading(c: Cand, cands: list[Cand]) -> Cand | None:
    """"Primary osteoarthritis, left hip" read as M19.09 (other site) and M16.12: the longer, overlapping
    reading of the same words that names the site wins."""
    return next((o for o in cands if o is not c and o.code[0] == c.code[0] and o.ntok > c.ntok
                 and not _SITE_VAGUE.search(o.description)
                 and any(s1 < e2 and s2 < e1 for s1, e1 in c.spans for s2, e2 in o.spans)), None)


_DISCHARGE = re.compile(r"\bdischarge (?:summary|date|diagnos[ie]s|dx)\b|\bdischarged\b|\bdate of discharge\b",
                        re.I)
_ADMIT = re.compile(r"\badmi", re.I)


def at_discharge(text: str, sections: set[str]) -> bool:
    """Is this note written at discharge (summary, final diagnoses) rather than at admission (H&P, consult)?"""
    if sections & {"discharge_diagnoses", "principal_diagnosis", "hospital_course"}:
        return True
    if "ischarge" not in text and "ISCHARGE" not in text:
        return False
    return bool(_DISCHARGE.search(text)) or any(
        _ADMIT.search(line) for line in text.splitlines() if "ischarge" in line.lower())


def one_per_code(cands: list[Cand]) -> list[Cand]:
    """One suggestion per code: a family-history Z code derived from "mother with X" and the same code
    matched from "family history of X" are one code with both evidence spans."""
    by: dict[str, Cand] = {}
    for c in cands:
        cur = by.get(c.code)
        if cur is None:
            by[c.code] = c
            continue
        cur.absorb(c)
        cur.score = max(cur.score, c.score)
    return list(by.values())


# "PAF - on apixaban per cardiology, not addressed today": the note itself says the visit does not address it
_NOT_ADDRESSED = re.compile(r"\bnot (?:addressed|managed|evaluated|assessed)(?: (?:today|at (?:this|today's) "
                            r"(?:visit|encounter)|this visit))?\b", re.I)


def _elsewhere_line(text: str, a: int, b: int) -> bool:
    """The mention's line says another professional manages the condition and names nothing done for it today
    ("- Hypertension followed by cardiology.")."""
    line = text[slice(*line_bounds(text, a, b))]
    return bool(_MANAGED_ELSEWHERE.search(line)) and not _ACTION.search(line) and not _DOSED.search(line)


def declared_not_addressed(cands: list[Cand], text: str,
                           assessment: list[tuple[int, int]] = ()) -> tuple[list[Cand], list[Cand]]:
    """IV.J codes the conditions that require or affect care at the encounter: a condition whose every mention sits
    on a line that says it is not addressed at this visit is left out (its long-term drug goes with it in
    addressed_only). So is one whose every mention in the ``assessment`` sections says another professional manages
    it, with no drug, test or action today (the AMA's test for a problem addressed; the project's Decision on
    conditions managed elsewhere): its mentions elsewhere (a 'Current providers' line) do not address it either."""
    kept, dropped = [], []
    for c in cands:
        in_assessment = [(a, b) for a, b in c.spans if any(lo <= a < hi for lo, hi in assessment)]
        if (c.system == "ICD-10-CM" and c.spans
                and all(_NOT_ADDRESSED.search(text, *line_bounds(text, a, b)) for a, b in c.spans)):
            c.add_rule("IV.J-addressed", "the note says this condition is not addressed at this encounter")
            dropped.append(c)
        elif (c.system == "ICD-10-CM" and in_assessment
              and all(_elsewhere_line(text, a, b) for a, b in in_assessment)):
            c.add_rule("IV.J-addressed", "the assessment says another professional manages this condition and "
                       "nothing is done for it at this encounter")
            dropped.append(c)
        else:
            kept.append(c)
    return kept, dropped


def repeat_prescription_only(cands: list[Cand]) -> tuple[list[Cand], list[Cand]]:
    """Z76.0 (encounter for issue of repeat prescription) is for a visit that only renews a prescription; a refill
    visit whose assessment evaluates and codes the conditions the drugs treat is coded by those conditions
    (IV.J/IV.G: the diagnoses chiefly responsible for the services provided)."""
    assessed = any(not c.code.startswith("Z") and c.system == "ICD-10-CM" and c.sections & ASSESSMENT for c in cands)
    if not assessed:
        return cands, []
    kept, dropped = [], []
    for c in cands:
        if c.code == "Z76.0":
            c.add_rule("IV.J-addressed", "the refill visit evaluated the conditions treated; no repeat-prescription "
                       "encounter code")
            dropped.append(c)
        else:
            kept.append(c)
    return kept, dropped
