"""Suggester: note dict -> ranked ICD-10-CM and CPT/HCPCS suggestions with evidence and rationale.

Pipeline: validate -> nlp units -> token-set term matches -> nlp assertion of each match -> resolve to
billable codes -> assertion policy -> combination codes -> integral symptoms -> Excludes1 -> sequencing
-> E/M and procedures (outpatient) -> Suggestion records. Pure: no database, clock or environment.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from nlp import analyze
from suggest import combos, companions
from suggest.assertions import apply_assertions
from suggest.bipolar import bipolar_episode
from suggest.cand import ASSERTION_RANK, PRIMARY_SECTIONS, Cand
from suggest.candidates import build_lexicon, find_matches, index_key
from suggest.care_status import allergy_status_relevant, old_myocardial_infarction
from suggest.chronic_ulcers import chronic_ulcer_sites
from suggest.codesets import ICD10CM, get_codesets
from suggest.covid import covid_first
from suggest.cpt_setting import adjust_procedures
from suggest.critical_care import critical_care
from suggest.drug_status import current_drugs_only
from suggest.dvt_veins import dvt_veins
from suggest.em import age_on, documented_minutes, em_codes, is_ed, telehealth_modifiers
from suggest.follow_up import follow_up_after_treatment
from suggest.fractures import osteoporotic_fractures
from suggest.gestational_dm import gestational_diabetes_control
from suggest.glaucoma import glaucoma_stages
from suggest.influenza import influenza_with_pneumonia
from suggest.mentions import not_a_finding
from suggest.model import Evidence, Suggestion
from suggest.no_impact import stated_no_impact
from suggest.pancreatitis import pancreatitis_cause
from suggest.poisoning import poisonings
from suggest.prenatal import routine_prenatal
from suggest.pressure_ulcers import pressure_ulcer_sites
from suggest.procedure_side import side_from_procedure
from suggest.procedures import ProcedureMatcher, side_from_problem
from suggest.psych_eval import psych_evaluation, standalone_psychotherapy
from suggest.remission import substance_remission
from suggest.resolve import bilateral_pair, documented_side, resolve
from suggest.respiratory import respiratory_failure_types
from suggest.ruledata import load_rule_data
from suggest.scope import (
    ASSESSMENT,
    addressed_only,
    at_discharge,
    declared_not_addressed,
    diabetes_managed_in_plan,
    drop_unspecified_siblings,
    family_history_relevant,
    history_of_current,
    one_per_code,
    precautions_and_reactions,
    repeat_prescription_only,
)
from suggest.sepsis import sepsis
from suggest.sequence import drop_integral_symptoms, resolve_excludes1, sequence
from suggest.sites import refine_site
from suggest.status import (
    add_bmi,
    add_irradiation_history,
    add_long_term_drugs,
    cancer_follow_up,
    chemotherapy_encounter,
    former_smoker,
    procedure_not_done,
    tobacco_product,
)
from suggest.stay_procedures import status_from_this_stay
from suggest.stroke import strokes
from suggest.textnorm import fold_typography, line_bounds, skip_ahead
from suggest.typed_dx import typed_only
from suggest.underdosing import underdosing
from suggest.validate import clean_note
from suggest.wart_destruction import wart_destruction
from suggest.with_without import defaulted_without

ENGINE_VERSION = "medcoder.rules.v1"
# a spaced dash after the condition can start its plan: "menorrhagia - options reviewed", "obesity - diet and
# exercise" treat the condition (a "Hep B - vaccine #2" line still names the vaccine)
# "HCC surveillance ultrasound", "melanoma surveillance": watching for a cancer the patient is not said to have now
# (a screening or a follow-up after treatment, I.C.21.c.5/c.8), not the cancer itself
_SURVEILLED = re.compile(r"[ \t]*(?:surveillance|screening)\b", re.I)
_NOT_CONDITION = re.compile(r"(?![ \t]*[-\u2013\u2014][ \t]+(?:options?|education|planning|diet)\b)"
                            r"(?:[ \t]*(?:and|&|,)[ \t]+\w{1,3}\b"  # "hepatitis B and C serologies"
                            # "TB and hepatitis B screening drawn": the first of two tests named by one test word
                            r"|[ \t]+(?:and|&)[ \t]+(?:[A-Za-z][\w.-]*[ \t]+){0,2}?[A-Za-z][\w.-]*"
                            r"(?=\s+(?:screen\w*|tests?|testing|serolog\w*|titers?|panels?|PCR|antibod\w*)\b))?"
                            # "hep B/C testing", "hepatitis B and C serologies": the letters share the test word
                            # "Hepatitis A vaccine": the virus letter between the disease word and the vaccine
                            r"[\s\-]*(?:\(\w+\)\s*)?(?:[A-E]\s+)?(?:/\w{1,3}\s+|(?:and|&)\s+\w{1,3}\s+)?"
                            r"(?:vaccines?|vaccinations?|immunizations?|"
                            r"shots?|boosters?|PEP|post-?exposure|immune globulin|titers?|"
                            r"doses?(?=\s*#?\s*(?:\d|one|two|three)\b)|"  # "Flu dose 2 in 4 weeks": a vaccine dose
                            r"screen\w*|tests?|testing|swabs?|panels?|antibod\w*|antigens?|PCR|assays?|serolog\w*|"
                            # "Follow H. pylori biopsy", "biopsies taken for H. pylori (result pending)": a test
                            # target whose result is not back (IV.H: not coded until confirmed)
                            r"biops(?:y|ies)|\((?:results?[ \t]+)?pending(?=\))|"
                            r"diet(?![\s-]*(?:controlled|managed|treated|alone|only)"
                            r"|,?\s*(?:and|&|,)\s*(?:exercise|lifestyle|activity))|cultures?|"
                            r"precautions?|education|prophylaxis|ppx|options?|planning|modalit(?:y|ies)|"
                            # "CBC due with her diabetes visit next month": the topic of a later visit, not assessed
                            r"(?:visit|appointment|appt)(?=\s+(?:next|later|in\s+\d|on\s+\d)))\b", re.I)
_FAMILY_BEFORE = re.compile(r"\b(?:mother|father|mom|dad|sister|brother|siblings?|aunt|uncle|cousin|"
                            r"grand(?:mother|father|parent)s?|son|daughter)\b[^.;\n]{0,25}\b(?:with|has|had|have|"
                            r"died of|history of|hx of)\b[^.;\n]{0,30}$", re.I)
# "because of his father's colon cancer": a relative's condition named with a possessive
_FAMILY_POSSESSIVE = re.compile(r"\b(?:mother|father|mom|dad|sister|brother|aunt|uncle|cousin|grand(?:mother|father)|"
                                r"son|daughter|parent|sibling)(?:'s|\u2019s|s')\s+(?:[\w-]+\s+){0,3}$", re.I)
# "FIB-4", "MELD-Na": a named score or index, not the condition its letters spell
_SCORE_NAME = re.compile(r"-(?:\d\b|Na\b)|\s*(?:score|index)\b", re.I)
# "X is a 50-year-old with a past medical history significant for CHF and depression who presents for ...":
# a summary sentence opening the assessment lists history; the problems assessed follow it.
_PMH_INLINE = re.compile(r"\b(?:(?:(?:past\s+)?medical\s+history|PMH)\s+(?:(?:is\s+)?(?:significant|notable)\s+"
                         r"for|of)|history\s+(?:significant|notable)\s+for)\b", re.I)
# where a condition is only listed: its mention there neither shows nor denies that the stay dealt with it
_LIST_SECTIONS = frozenset({"past_medical_history", "past_surgical_history", "medications", "allergies"})
# story sections where a "PMH:" cue starts a history list the heading detector did not split off
_STORY_SECTIONS = frozenset({"chief_complaint", "hpi", "unknown", None})
_PRESENTS = re.compile(r"\b(?:presents?|presenting|here (?:for|with|today)|comes? in|seen (?:for|today))\b", re.I)
# "her friend with diabetes is on dialysis", "two classmates out with strep": another person's condition, neither the
# patient's nor a family history (I.C.21.c.4 is for blood relatives)
_OTHER_PERSON = re.compile(r"\b(?:friends?|co-?workers?|neighbou?rs?|roommates?|classmates?|colleagues?|teammates?)"
                           r"(?:'s|\u2019s|s')?\s+(?:[\w-]+\s+){0,6}$", re.I)
# "Dad reports she has eczema": the relative is the informant; the patient is the one who has it
_PATIENT_SUBJECT = re.compile(r"\b(?:she|he|patient|pt|child|baby|they)\s+(?:has|had|have|with)\b[^.;\n]{0,30}$", re.I)
_DM = ("E08", "E09", "E10", "E11", "E13")
_SCREEN = ("Z11", "Z12", "Z13")
# "Anxiety - discussed; not diagnosed today": the item itself says the condition was not diagnosed (checked only
# when no other condition is named between the term and the cue)
_NOT_DX_AFTER = re.compile(r"[^.\n]{0,40}?\bnot\s+(?:yet\s+|been\s+)?(?:diagnosed|established|confirmed)\b"
                           r"(?!\s+(?:until|before|till)\b)", re.I)
# "Hyperthyroidism - TSH pending; will address if abnormal": the condition is named only as the possible result of a
# test still pending (hypothetical; I.A, IV.H: not coded until the result confirms it)
_PENDING_IF_AFTER = re.compile(r"[^.\n]{0,40}?\b(?:pending|ordered|sent|to be (?:drawn|checked|obtained)|"
                               r"will (?:check|obtain|order))\b[^.\n]{0,40}?\b(?:address|treat|work\s*up|evaluate|"
                               r"manage|discuss|pursue)\w*\s+(?:it\s+|further\s+)?(?:if|should (?:it|they|results?) "
                               r"(?:be|come back))\s+(?:abnormal|positive|elevated|low|high|confirmed|consistent)\b",
                               re.I)
# a condition written as a question ("Chronic kidney disease?") is uncertain (II.H/IV.H), and not there at all when
# its line answers it ("- no CKD", "ruled out")
_QUESTION_AFTER = re.compile(r"[ \t]*\?(?!\S)")
_ANSWERED_NO = re.compile(r"(?:^|[-;,.:]|\s)[ \t]*(?:no|ruled[ \t]+out|excluded|negative)\b", re.I)
# I.C.21.c.3: a dependence or drug status the note says the patient does not need ("home O2 not required at
# discharge", "home O2 evaluation done (not needed)") is not a status the patient has
_DEVICE_STATUS = ("Z99", "Z79", "Z93", "Z95", "Z96", "Z97")
_NOT_NEEDED_AFTER = re.compile(r"[ \t]*(?:[\w-]+[ \t]+){0,2}?\(?[ \t]*(?:(?:was|is|are|were)[ \t]+)?not[ \t]+"
                               r"(?:needed|required|indicated)\b", re.I)
_NEG_INSIDE = re.compile(r"\b(?:no|not|denies|negative for)\b", re.I)
# an uncertainty cue between the words of a scattered match ("right knee to evaluate for a possible MCL strain")
_UNCERTAIN_INSIDE = re.compile(r"\b(?:possible|probable|likely|suspected|suspicious for|concern(?:ing)? for|"
                               r"evaluate for|rule out|r/o)\b", re.I)
# "had a basal cell carcinoma excised in 2019 without recurrence", "prostate cancer treated with radiation in 2015,
# PSA undetectable": a malignancy treated in the past with no current disease or treatment (I.C.2.d)
_CANCER_TREATED = re.compile(r"\b(?:excised|resected|removed|treated|status post|s/p)\b[^.;]{0,80}?"
                             r"\b(?:(?:19|20)\d\d|without (?:any )?recurrence|no (?:sign|evidence) of (?:recurrence|"
                             r"disease)|undetectable|in remission|cured)\b", re.I)
_CANCER_NOW = re.compile(r"\b(?:now on|currently|receiving|undergoing|adjuvant|maintenance|chemo\w*|immunotherapy|"
                         r"metasta\w*|recurren(?:t|ce) (?:of|in)|progress\w*|residual|persistent|active|tamoxifen|"
                         r"anastrozole|letrozole|exemestane|leuprolide|enzalutamide|abiraterone)\b", re.I)
# "she finished anastrozole in 2017", "completed 5 years of tamoxifen": the adjuvant drug is over (I.C.2.d)
_THERAPY_OVER = re.compile(r"\b(?:finished|completed|stopped|discontinued|off|done with|came off)\s+"
                           r"(?:[\w-]+\s+){0,3}$", re.I)


def _cancer_now(ctx: str) -> bool:
    """A word of current disease or treatment in the sentence, not a cancer drug the patient has finished."""
    return any(not (m.group(0).lower() in _ADJUVANT_DRUGS and _THERAPY_OVER.search(ctx, 0, m.start()))
               for m in _CANCER_NOW.finditer(ctx))


_ADJUVANT_DRUGS = frozenset({"tamoxifen", "anastrozole", "letrozole", "exemestane", "leuprolide", "enzalutamide",
                             "abiraterone"})
_NEG_BEFORE = re.compile(r"\b(?:no|denies|denied|without|negative for|never|not)\s+(?:\w+\s+)?$|\bnon-\s*$", re.I)


# the scans run for every mention (a few dozen per note): the same patterns behind a look-ahead for their first
# characters, 1.5-2 times faster (textnorm.skip_ahead; computed from the patterns, so later edits keep it exact)
(_FAMILY_BEFORE, _FAMILY_POSSESSIVE, _PATIENT_SUBJECT, _NEG_BEFORE, _OTHER_PERSON, _UNCERTAIN_INSIDE, _NEG_INSIDE,
 _PMH_INLINE, _PRESENTS, _CANCER_TREATED, _CANCER_NOW) = map(skip_ahead, (
    _FAMILY_BEFORE, _FAMILY_POSSESSIVE, _PATIENT_SUBJECT, _NEG_BEFORE, _OTHER_PERSON, _UNCERTAIN_INSIDE, _NEG_INSIDE,
    _PMH_INLINE, _PRESENTS, _CANCER_TREATED, _CANCER_NOW))


def _with_sentences(spans: list[tuple[int, int]], units: list) -> list[tuple[int, int]]:
    """A performed service's evidence: each matched name plus the sentence it stands in ("Vitamin B12 1000 mcg
    given IM in the left deltoid"), which is where the note documents that it was done, how, where and how much.
    A sentence longer than a few lines adds nothing a coder could not see from the name."""
    out = list(spans)
    for a, _ in spans:
        u = next((u for u in units if u.start <= a < u.end), None)
        if u is not None and u.end - u.start <= 300 and (u.start, u.end) not in out:
            out.append((u.start, u.end))
    return out

class _CachedCodes:
    """Memoised read-only view of the code sets used by resolve() (the tabular never changes in-process)."""

    def __init__(self, cs: Any) -> None:
        self.lookup = lru_cache(maxsize=100_000)(lambda code: cs.lookup(code, ICD10CM))
        self.children = lru_cache(maxsize=50_000)(lambda code: tuple(cs.children(code)))
        self.axis_memo: dict[tuple, str | None] = {}  # resolve._unspecified_axis per code

    def is_billable(self, code: str) -> bool:
        info = self.lookup(code)
        return bool(info and info.billable)


_CLAUSE_SEP = re.compile(r"[,;()]| - ")


def _clause(text: str, start: int, end: int, unit: Any) -> str:
    """The clause of a mention inside its unit (between commas, semicolons, parentheses or a spaced dash)."""
    lo, hi = (unit.start, unit.end) if unit else (max(0, start - 80), min(len(text), end + 80))
    before = [m.end() for m in _CLAUSE_SEP.finditer(text, max(lo, start - 60), start)]
    after = _CLAUSE_SEP.search(text, end, min(hi, end + 40))
    return text[before[-1] if before else max(lo, start - 60):after.start() if after else min(hi, end + 40)]


def _residual_category(codes: Any, term: Any, r: Any) -> bool:
    """The words are the title of a residual "..., not elsewhere classified" category ("risk factors" in "Personal
    risk factors, not elsewhere classified" Z91, "adverse effects" in T78) and the tabular walk had to guess its
    child: the Index never sends a plain phrase to an arbitrary child of a catch-all category (I.A.9.a, NEC), so
    the mention is not coded."""
    if term.source != "title" or "detail" not in r.missing:
        return False
    info = codes.lookup(term.code)
    return bool(info and not info.billable and _NEC.search(info.title))


_NEC = re.compile(r"\bnot elsewhere classified\b|\bNEC\b", re.I)


def _history_summary(text: str, lo: int, start: int) -> bool:
    """The mention at ``start`` is in the history list of a summary sentence ("with a past medical history
    significant for X, Y and Z who presents with ..."), before the reason for the visit."""
    cues = list(_PMH_INLINE.finditer(text, max(lo, start - 200), start))
    return bool(cues) and not _PRESENTS.search(text, cues[-1].end(), start)


# an observation stay: billed with the hospital inpatient/observation E/M codes (CPT 99221-99239 since 2023), which,
# like the inpatient ones, this engine does not suggest; an office E/M would be wrong (IV: observation is outpatient
# for the diagnosis rules only)
_OBSERVATION = re.compile(r"\b(?:observation (?:status|stay|unit|admission|h&p|discharge|progress|note|care|day)|"
                          r"(?:placed in|admit(?:ted)? to|kept in) observation|obs(?:ervation)? day \d|"
                          r"clinical decision unit)\b", re.I)


def patient_age(note: dict) -> int | None:
    """Age in years on the date of service, when the note gives a birth date."""
    return age_on((note.get("patient") or {}).get("birth_date"), note.get("date_of_service"))


def observation_stay(note: dict, text: str) -> bool:
    """Place of service 22 (or none given) and the note's opening calls the stay an observation stay."""
    pos = str((note.get("visit") or {}).get("place_of_service") or "")
    return pos in ("", "22") and bool(_OBSERVATION.search(text, 0, 400))


class Suggester:
    """Loads code sets, rule data and the term index once; ``suggest`` is safe to call from many threads."""

    def __init__(self, codesets: Any = None, *, cache_dir: Path | str | None = None) -> None:
        self.cs = codesets if codesets is not None else get_codesets()
        self.data = load_rule_data()
        if cache_dir is None and getattr(self.cs, "cache_dir", None):
            cache_dir = Path(self.cs.cache_dir).parent / "suggest"
        cache = Path(cache_dir) / f"termindex-{index_key(self.cs, self.data)}.pickle" if cache_dir else None
        self.lexicon = build_lexicon(self.cs, self.data, cache)
        self.procedures = ProcedureMatcher(self.data)
        self._lock = threading.Lock()
        self.lookup = lru_cache(maxsize=50_000)(self._lookup)
        self.codes = _CachedCodes(self.cs)
        self.excludes1 = lru_cache(maxsize=20_000)(self._excludes1)
        self.chronic = list(self.data.rules["I.C.21.c.4-personal-history"].params["chronic_keep"])
        self.fam_map = self.data.rules["I.C.21.c.4-family-history"].params["map"]
        self.hist_map = self.data.rules["I.C.21.c.4-personal-history"].params["map"]
        self.fam_organs = self.data.rules["I.C.21.c.4-family-relevance"].params["organs"]
        self.course_chronic = tuple(self.data.rules["IV.J-addressed"].params.get("course_chronic", ()))

    @property
    def version(self) -> str:
        return ENGINE_VERSION

    def _lookup(self, code: str) -> Any:
        return self.cs.lookup(code)

    def _excludes1(self, code: str) -> list[str]:
        notes = getattr(self.cs, "notes", None)
        if notes is not None:
            try:
                return list(notes(code)["excludes1"])
            except Exception:  # noqa: BLE001 - unknown code: no notes
                return []
        info = self.lookup(code)
        return list(info.excludes1) if info else []

    def _doc(self, text: str, targets: list[tuple[int, int, str]] | None):
        # an nlp failure fails this note (callers quarantine it) rather than coding without assertion rules
        return analyze(text, targets)

    # -- public API ---------------------------------------------------------------------------------------
    def suggest(self, note: dict, *, all_mentions: bool = False) -> list[Suggestion]:
        """Suggestions for one note, diagnoses in sequence then CPT/HCPCS.

        ``all_mentions`` keeps every mentioned condition (negated, historical ... ranked below the
        asserted ones), the abstracting convention of CodiEsp-style benchmarks.
        """
        note_id, raw, setting = clean_note(note)
        if not raw.strip():
            return []
        # EHR/OCR typography (non-breaking hyphens, curly quotes, bullets) read as ASCII; same offsets (textnorm)
        text = fold_typography(raw)
        doc0 = self._doc(text, None)
        units = [(u.start, u.end) for u in doc0.units] or [(0, len(text))]
        matches = find_matches(self.lexicon, text, units, abstracting=all_mentions)
        doc = self._doc(text, [(m.start, m.end, m.term.code) for m in matches])
        cands = self._candidates(text, matches, doc)
        if all_mentions:
            return self._abstract(text, cands)
        cands, typed = typed_only(cands, text, self.hist_map)  # a typed EHR code list yields to the narrative (I.A.19)
        coded, seen = apply_assertions(cands, setting, self.data, self.lookup,
                                       at_discharge=setting != "inpatient"
                                       or at_discharge(text, {sec.name for sec in doc.sections}),
                                       stay_text=text if setting == "inpatient" or observation_stay(note, text)
                                       else None)
        seen += typed
        coded = chronic_ulcer_sites(coded, text, self.lookup)  # before the diabetic ulcer combination reads it
        coded, dropped = defaulted_without(coded, text)  # "varices" beside "bleeding varices" (I.B)
        seen += dropped
        coded = combos.hypertension(coded, self.lookup)
        coded = combos.diabetes_type(coded, text, self.lookup)
        coded = combos.diabetes(coded, self.data, self.lookup, text)
        coded = combos.diabetic_retinopathy(coded, text, self.lookup,
                                            [(sec.name, sec.start, sec.end) for sec in doc.sections])
        coded = combos.diabetes_medication(coded, text, self.data, self.lookup, units)
        coded = combos.asthma(coded, self.lookup)
        coded = combos.influenza_type(coded, text, self.lookup)
        coded = influenza_with_pneumonia(coded)  # I.C.10.c: the NOS influenza joins its pneumonia code
        coded = pancreatitis_cause(coded, text, setting, self.lookup)  # K85.1-/K85.2- by the documented cause
        coded = combos.pairs(coded, self.data, self.lookup, text)
        coded = combos.copd_exacerbation_with_infection(coded, self.lookup)
        coded = combos.bph_with_symptoms(coded, text, self.lookup)  # 'BPH - nocturia 1-2x' (N40.1)
        coded = combos.alzheimer_dementia(coded, text, self.lookup)
        coded = combos.alcohol_intoxication(coded, text, self.lookup)
        coded = strokes(coded, text, self.lookup)
        coded = pressure_ulcer_sites(coded, text, self.lookup)
        coded = respiratory_failure_types(coded, text, self.lookup)
        coded = dvt_veins(coded, text, self.lookup)
        coded = glaucoma_stages(coded, text, self.lookup)  # I.C.7.a: stage 7th character, a code per eye
        coded = bipolar_episode(coded, text, self.lookup)  # F31: the documented current episode and severity
        coded = substance_remission(coded, text, self.lookup)  # F1x: 'use disorder ... in remission'
        coded = side_from_procedure(coded, text, self.codes)  # 'splint applied to the left wrist' (I.B.13)
        coded = osteoporotic_fractures(coded, text, self.lookup)
        coded = add_bmi(coded, text, self.data, self.lookup, patient_age(note))
        coded = add_long_term_drugs(coded, text, self.data, self.lookup, units)
        coded = current_drugs_only(coded, text, units, setting)  # I.C.21.c.3: stopped at discharge, IV drips
        coded = add_irradiation_history(coded, text, self.lookup, units, doc.sections)
        coded = former_smoker(coded, text, self.lookup)
        coded = tobacco_product(coded, text, self.lookup)
        coded = combos.exam_findings(coded, self.lookup, text)
        coded, dropped = precautions_and_reactions(coded)
        seen += dropped
        coded, dropped = procedure_not_done(coded, text)
        seen += dropped
        coded, dropped = allergy_status_relevant(coded, text)  # Z88 only when the allergy affected care
        seen += dropped
        coded = old_myocardial_infarction(coded, text, note, self.lookup)  # I.C.9.e.4: I25.2 after 4 weeks
        # what the encounter addressed first: a symptom is integral only to a condition that is itself coded
        # (knee pain is not absorbed by a quiet gout named in the history)
        coded, dropped = declared_not_addressed(coded, text, [(sec.start, sec.end) for sec in doc.sections
                                                              if sec.name in ASSESSMENT])  # IV.J
        seen += dropped
        coded, dropped = stated_no_impact(coded, text, [(sec.start, sec.end) for sec in doc.sections  # III.A/B
                                                        if sec.name in _LIST_SECTIONS])
        seen += dropped
        coded, dropped = addressed_only(coded, {sec.name for sec in doc.sections}, self.course_chronic,
                                        inpatient=setting == "inpatient", text=text)
        if setting == "outpatient":  # "the steroid may raise his blood sugars - check glucose" (IV.J)
            coded, dropped = diabetes_managed_in_plan(coded, dropped, text, doc.sections)
        seen += dropped
        coded, dropped = repeat_prescription_only(coded)
        seen += dropped
        coded, dropped = drop_integral_symptoms(coded, self.data, text)
        seen += dropped
        coded, dropped = family_history_relevant(coded, {sec.name for sec in doc.sections}, self.fam_map,
                                                 self.fam_organs)
        seen += dropped
        coded = follow_up_after_treatment(coded, seen, text, setting, self.lookup, self.hist_map)  # I.C.21.c.8
        coded, dropped = history_of_current(coded, self.hist_map, text)
        seen += dropped
        coded, dropped = drop_unspecified_siblings(coded, text)
        seen += dropped
        coded, dropped = status_from_this_stay(coded, text, setting)  # I.C.21.c.3: this stay's operation
        seen += dropped
        coded = cancer_follow_up(coded, text, self.lookup, setting)
        coded = chemotherapy_encounter(coded, text, self.lookup, setting)  # I.C.2.e.2: Z51.11 first
        coded = sepsis(coded, text, self.lookup)
        coded = companions.severe_sepsis(coded, self.lookup)
        coded = companions.pregnancy_uti(coded, text, self.lookup)
        coded = companions.receptor_status(coded, text, self.lookup)
        coded = companions.metastatic_sites(coded, text, self.lookup)  # 'metastatic ... to liver' (C78.7)
        coded = routine_prenatal(coded, text, self.lookup)  # I.C.15.b.1: Z34.- by pregnancy and trimester
        coded = companions.gestation_weeks(coded, text, self.lookup)
        coded = gestational_diabetes_control(coded, text, self.lookup)  # I.C.15.g: O24.4- by its control
        coded = companions.pregnancy_anemia(coded, self.lookup)
        coded = companions.organisms(coded, text, self.lookup)
        coded = covid_first(coded, self.lookup)  # I.C.1.g.1.a: U07.1 before J12.82
        coded = companions.adverse_effects(coded, text, self.lookup)
        coded = underdosing(coded, text, self.lookup)
        coded = poisonings(coded, text, self.lookup)
        procs = self.procedures.find(text, [(u.start, u.end, u.section) for u in doc.units]) \
            if setting == "outpatient" else []
        if setting == "outpatient":  # 17110: a wart and its destruction method written apart ("Verruca ... - cryo x1")
            procs = wart_destruction(procs, text, [(u.start, u.end, u.section) for u in doc.units], self.procedures)
        coded += self._vaccine_encounter(coded, procs)
        coded += self._injectable_contraceptive(coded, procs)
        for c in coded:
            c.compute_score()
        coded = one_per_code(coded)
        if hasattr(self.cs, "prefetch"):  # the inherited Excludes1 notes read each code's parent chain: one batch
            self.cs.prefetch(dict.fromkeys(c.code for c in coded))
        coded, dropped = resolve_excludes1(coded, self.excludes1, text)
        seen += dropped
        coded = sequence(coded, setting, [(sec.start, sec.end) for sec in doc.sections
                                          if sec.name in PRIMARY_SECTIONS])
        out = [self._to_suggestion(text, c) for c in coded]
        if setting == "outpatient":
            out += self._cpt(note, text, doc, coded, procs)
        if text != raw:  # evidence quotes the note as written: text == note_text[start:end]
            for sug in out:
                sug.evidence[:] = [Evidence(ev.start, ev.end, raw[ev.start:ev.end]) for ev in sug.evidence]
        return out

    def _abstract(self, text: str, cands: list[Cand]) -> list[Suggestion]:
        """all_mentions: every mentioned condition coded as written, with its assertion, best-supported first.

        No billing transformations (family/history Z codes, combination codes, dropped symptoms): the
        abstracting convention of CodiEsp-style benchmarks and registries codes each mention."""
        for c in cands:
            c.compute_score(abstracting=True)
        present = [c.score for c in cands if c.assertion == "present"]
        others = [c for c in cands if c.assertion != "present"]
        if present and others:  # every asserted mention ranks above every negated/historical/... one
            floor, top = min(present) * 0.99, max(c.score for c in others)
            for c in others:
                c.score = round(max(0.01, floor * c.score / top), 4)
        ranked = sorted(cands, key=lambda c: (c.assertion != "present", -c.score, c.first_offset))
        seen: set[str] = set()
        ranked = [c for c in ranked if not (c.code in seen or seen.add(c.code))]
        return [self._to_suggestion(text, c) for c in ranked]

    def suggest_json(self, note: dict, all_mentions: bool = False) -> dict:
        """The DESIGN.md suggestion line: {"id": ..., "codes": [...]}."""
        codes = [s.to_dict() for s in self.suggest(note, all_mentions=all_mentions)]
        return {"id": note.get("id") if isinstance(note, dict) else None, "codes": codes}

    # -- steps --------------------------------------------------------------------------------------------
    def _candidates(self, text: str, matches, doc) -> list[Cand]:
        units = doc.units
        if hasattr(self.cs, "prefetch"):  # the matched codes and their parents in a few queries, not one per row
            self.cs.prefetch(dict.fromkeys(m.term.code for m in matches))
        by_code: dict[str, Cand] = {}
        for m, men in zip(matches, doc.mentions, strict=False):
            unit = units[men.unit_index] if 0 <= men.unit_index < len(units) else None
            ctx = text[unit.start : unit.end] if unit else text[max(0, m.start - 80) : m.end + 80]
            r = resolve(self.codes, m.term.code, ctx, ctx + " " + text[:300], _clause(text, m.start, m.end, unit))
            if r is None or _residual_category(self.codes, m.term, r):
                continue
            r = refine_site(self.codes, r, ctx)  # Parkinson's fluctuations, breast quadrant (I.B specificity)
            assertion = str(getattr(men.assertion, "value", men.assertion))
            if assertion == "negated" and r.code.startswith(_DM) and list(men.cues or []) == ["without"]:
                assertion = "present"  # "ketoacidosis without coma, type 1 DM": "without" names the complication
            if assertion == "hypothetical" and r.code.startswith(_SCREEN) and set(men.cues or []) <= {"risk"}:
                assertion = "present"  # "Screening colonoscopy, increased risk": screening is for the risk
            lo = max(unit.start if unit else 0, m.start - 30)
            fam_lo = max(unit.start if unit else 0, m.start - 80)
            if (assertion == "present" and (_FAMILY_BEFORE.search(text, fam_lo, m.start)
                                            or _FAMILY_POSSESSIVE.search(text, lo, m.start))
                    and not _PATIENT_SUBJECT.search(text, fam_lo, m.start)):
                assertion = "family"  # "Mom with asthma", "father had colon cancer"
            if assertion == "present" and (_NEG_BEFORE.search(text, lo, m.start)
                                           or (_NEG_INSIDE.search(text, m.start, m.end)
                                               # the term's own words: "... not having achieved remission"
                                               and not _NEG_INSIDE.search(m.term.text))):
                assertion = "negated"  # "No history of X": the negation sits right before the matched term
            if (assertion == "present" and (nd := _NOT_DX_AFTER.match(text, m.end, unit.end if unit else len(text)))
                    and not any(o is not m and m.end <= o.start < nd.end() for o in matches)):
                assertion = "negated"  # "Anxiety - discussed; not diagnosed today"
            if assertion == "present" and (q := _QUESTION_AFTER.match(text, m.end)):
                # "Chronic kidney disease? Creatinine 1.1, eGFR 68 - no CKD": a question, answered on its line
                ans = _ANSWERED_NO.search(text, q.end(), line_bounds(text, q.end())[1])
                assertion = "negated" if ans else "uncertain"
            if (assertion == "present" and r.code.startswith(_DEVICE_STATUS)
                    and _NOT_NEEDED_AFTER.match(text, m.end, unit.end if unit else len(text))):
                assertion = "negated"  # "home O2 not required", "home O2 evaluation done (not needed)"
            if (assertion == "present" and (pe := _PENDING_IF_AFTER.match(text, m.end, unit.end if unit else len(text)))
                    and not any(o is not m and m.end <= o.start < pe.end() for o in matches)):
                assertion = "hypothetical"  # "Hyperthyroidism - TSH pending; will address if abnormal"
            if assertion == "present" and _UNCERTAIN_INSIDE.search(text, m.start, m.end):
                assertion = "uncertain"
            if (assertion == "present" and r.code[0] == "C" and _CANCER_TREATED.search(ctx)
                    and not _cancer_now(ctx)):
                assertion = "historical"  # I.C.2.d: excised/eradicated, no further treatment, no disease -> Z85
            section = men.section
            if section in ASSESSMENT and unit and _history_summary(text, unit.start, m.start):
                section = "past_medical_history"
            elif section in _STORY_SECTIONS and "PMH" in (men.cues or ()):
                # "PMH eczema", "PMH: HTN, GERD, migraines" inside the HPI block: a past-history list (IV.J)
                section = "past_medical_history"
            c = Cand(ICD10CM, r.code, r.description, r.billable, [(m.start, m.end)], section, assertion,
                     m.term.source, len(m.term.tokens), men.unit_index,
                     getattr(unit, "item_number", None) if unit else None, m.start,
                     matched_code=m.term.code, cues=list(men.cues or []), sections={section})
            if m.nested:
                c.extra["nested"] = True
            if (_NOT_CONDITION.match(text, m.end) or _SCORE_NAME.match(text, m.end)
                    or (r.code.startswith("C") and _SURVEILLED.match(text, m.end))):
                c.add_rule("MENTION-not-condition", "named as a vaccine, test, screening or diet; not coded")
                c.assertion = "hypothetical"
            elif not_a_finding(text, m.start, m.end, r.code, lo, fam_lo):
                c.add_rule("MENTION-not-condition", "an ECG wave, a drug reaction in the allergy list, advice, or "
                           "a service planned for later; not coded")
                c.assertion = "hypothetical"
            elif (c.assertion in ("present", "family") and _OTHER_PERSON.search(text, fam_lo, m.start)
                  and not _PATIENT_SUBJECT.search(text, fam_lo, m.start)):
                c.add_rule("MENTION-not-condition", "another person's condition (a friend, coworker, classmate); not "
                           "the patient's and not a family history")
                c.assertion = "hypothetical"
            c.add_rule("match-term", f"'{text[m.start:m.end]}' matched {m.term.source} term '{m.term.text}'"
                       + (f" of {m.term.code}" if m.term.code != r.code else ""))
            for rule in r.rules:
                c.add_rule(rule)
            for f in r.flags:
                c.add_flag(f)
            if r.missing:
                c.notes.append(f"missing detail: {', '.join(dict.fromkeys(r.missing))} [I.B.specificity]")
            pair = bilateral_pair(self.codes, r.code) if documented_side(ctx) == "bilateral" else None
            if pair:
                for info in pair:
                    twin = Cand(ICD10CM, info.code, info.title, True, list(c.spans), c.section, c.assertion,
                                c.source, c.ntok, c.unit_index, c.item_number, c.first_offset,
                                matched_code=c.matched_code, cues=list(c.cues), sections=set(c.sections))
                    twin.rules = [x for x in c.rules if x != "I.B.specificity"] + ["I.B.laterality"]
                    twin.notes = [n for n in c.notes if not n.startswith("missing detail")]
                    twin.notes.append("bilateral with no bilateral code: right and left codes [I.B.laterality]")
                    self._merge(by_code, twin)
                continue
            self._merge(by_code, c)
        return list(by_code.values())

    @staticmethod
    def _merge(by_code: dict[str, Cand], c: Cand) -> None:
        key = c.code + ("|family" if c.assertion == "family" else "")  # a relative's condition stays apart
        # "passed a kidney stone in 2022" (story, read as present) and "prior nephrolithiasis" (the assessment): the
        # history mention stays apart, so its Z87 code is reported when the story's mention is not addressed
        # (I.C.21.c.4; history_of_current drops it again when the condition is coded as current)
        if (c.assertion == "historical" and c.section in ASSESSMENT
                and getattr(by_code.get(c.code), "assertion", None) == "present"):
            key = c.code + "|historical"
        cur = by_code.get(key)
        if cur is None:
            by_code[key] = c
            return
        rc, rk = ASSERTION_RANK.get(c.assertion, 9), ASSERTION_RANK.get(cur.assertion, 9)
        if rc < rk:  # a better-asserted mention replaces the weaker one
            if cur.assertion == "historical" and cur.section in ASSESSMENT and c.assertion == "present":
                by_code.setdefault(c.code + "|historical", cur)
            by_code[key] = c
        elif rc == rk:
            if not c.extra.get("nested"):
                cur.extra.pop("nested", None)  # named on its own somewhere: full support
            if len(cur.spans) < 16:  # enough evidence; keeps huge notes linear
                cur.spans.extend(s for s in c.spans if s not in cur.spans)
            cur.sections |= c.sections
            cur.ntok = max(cur.ntok, c.ntok)
            if c.item_number is not None and (cur.item_number is None or c.item_number < cur.item_number):
                cur.item_number = c.item_number

    def _injectable_contraceptive(self, coded: list[Cand], procs: list[Cand]) -> list[Cand]:
        """Z30.42 when medroxyprogesterone is injected at the visit at a contraceptive dose (150 mg IM, 104 mg SC):
        Index: Encounter, contraceptive management, surveillance, injectable (I.C.21.c.11). Not from the drug on a
        medication list, and not for an oncologic dose (400 mg and more)."""
        shot = [p for p in procs if p.code == "J1050" and p.extra.get("units") in (None, 104, 150)]
        info = self.lookup("Z30.42")
        if not shot or info is None or any(c.code.startswith("Z30") for c in coded):
            return []
        z = Cand(ICD10CM, "Z30.42", info.title, True, list(shot[0].spans), shot[0].section, "present", "rule", 1,
                 first_offset=shot[0].first_offset, sections=set(shot[0].sections))
        z.add_rule("I.C.21.c.11-contraceptive-surveillance", "injectable contraceptive given at this encounter")
        z.compute_score()
        return [z]

    def _vaccine_encounter(self, coded: list[Cand], procs: list[Cand]) -> list[Cand]:
        """Z23 when a vaccine was administered (I.C.21.c.2) and no Z23 is coded yet."""
        vax = [p for p in procs if p.extra.get("procedure_id", "").endswith("-vaccine")]
        info = self.lookup("Z23")
        if not vax or info is None or any(c.code == "Z23" for c in coded):
            return []
        z = Cand(ICD10CM, "Z23", info.title, True, [s for v in vax for s in v.spans], vax[0].section, "present",
                 "rule", 1, first_offset=vax[0].first_offset, sections=set(vax[0].sections))
        z.add_rule("I.C.21.c.2-vaccination", "vaccine administered at this encounter")
        z.compute_score()
        return [z]

    def _cpt(self, note: dict, text: str, doc, dx: list[Cand], procs: list[Cand]) -> list[Suggestion]:
        sections = {s.name for s in doc.sections}
        procs = adjust_procedures(note, text, procs, self.data.em)  # ED labs, 93010, screening modifiers
        procs = psych_evaluation(note, text, procs, documented_minutes(note, text)[0],  # 90791/90792 intake
                                 is_ed(note, text, self.data.em))
        side_from_problem(procs, dx, lambda code: getattr(self.lookup(code), "title", ""))  # RT/LT of its problem
        procs = standalone_psychotherapy(text, procs)  # 90832/90834/90837 by a non-prescriber, no E/M
        em = [] if observation_stay(note, text) else em_codes(note, text, dx, self.data.em, self.chronic, sections,
                                                               procs)
        awv = any(e.code in self.data.em.awv.values() for e in em)
        for e in em:
            problem_em = e.code.startswith(("992", "9928"))
            if problem_em and (awv or any(p.extra.get("significant") for p in procs)):
                e.extra["modifiers"] = ["25"]
                e.add_rule("MOD-25", "significant, separately identifiable E/M on the day of a procedure")
                e.add_flag("modifier-25")
        telehealth_modifiers(note, text, em)  # 95/93 and place of service 02/10 (after 25, which it keeps)
        em = critical_care(text, em) if em else em  # CPT 99291/99292 by documented critical care time
        for p in procs:
            p.spans = _with_sentences(p.spans, doc.units)
        out = []
        for c in em + procs:
            c.score = 0.85 if c.rules and c.rules[0].startswith("EM") else 0.8
            out.append(self._to_suggestion(text, c))
        return out

    def _to_suggestion(self, text: str, c: Cand) -> Suggestion:
        spans = sorted(set(c.spans))[:8]
        ev = [Evidence(s, e, text[s:e]) for s, e in spans]
        info = self.lookup(c.code) if c.system == ICD10CM else None
        desc = c.description or (info.title if info else "")
        if c.system != ICD10CM:
            real = self.cs.lookup(c.code, c.system) if hasattr(self.cs, "lookup") else None
            desc = c.description or (real.title if real else "")
        rationale = "; ".join(dict.fromkeys(c.notes)) or ", ".join(c.rules)
        extra = {k: v for k, v in c.extra.items() if k not in ("sequence", "significant")}
        if c.system == ICD10CM and c.matched_code and c.matched_code != c.code:
            extra.setdefault("matched_code", c.matched_code)
        return Suggestion(c.system, c.code, desc, bool(c.billable), float(c.score), ev, c.section, c.assertion,
                          rationale, list(c.rules), list(c.flags), c.extra.get("sequence"), extra)
