"""Companion codes the tabular asks for beside a coded condition, read from the note's own words.

- I.C.1.d.4: severe sepsis (R65.2-) is never coded alone: the systemic infection comes first; with no
  organism named that is A41.9.
- I.C.15.b.3 / Z3A: weeks of gestation beside a pregnancy code (not with abortive outcomes O00-O08).
- I.C.1.a / B95-B97: the organism, when a coded infection's code does not name one and the note does
  ("pyelonephritis due to E. coli" -> N10 + B96.20).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from suggest import organisms
from suggest.cand import Cand
from suggest.textnorm import sentence_bounds

_SEPSIS = ("A40", "A41", "A02.1", "A20.7", "A21.7", "A22.7", "A24.1", "A26.7", "A32.7", "A39.2", "A39.3", "A39.4",
           "A42.7", "A54.86", "B00.7", "B37.7", "O85", "O86.04", "P36", "T81.44", "A41.9")
_GEST = re.compile(r"\b(\d{1,2})\s*w(?:ks?)?\s*\d\s*d\b"
                   r"|\b(\d{1,2})\s*(?:\+\s*\d\s*)?(?:weeks?|wks?)(?=\s*(?:\d\s*days?|"
                   r"gestation|gestational|of gestation|pregnant|by\b|EGA|GA\b))"
                   r"|\b(?:GA|EGA|gestational age)\s*(?:of|:)?\s*(\d{1,2})\b", re.I)
_ORGANISMS = (
    (organisms.E_COLI, "B96.20"),
    (organisms.MRSA, "B95.62"),
    (organisms.MSSA, "B95.61"),
    (re.compile(r"\bKlebsiella\b", re.I), "B96.1"),
    (organisms.PSEUDOMONAS, "B96.5"),
    (re.compile(r"\bProteus\b", re.I), "B96.4"),
    (organisms.ENTEROCOCCUS, "B95.2"),
    (re.compile(r"\bgroup A strep\w*\b|\bStreptococcus pyogenes\b", re.I), "B95.0"),
    (re.compile(r"\bH\.?\s?pylori\b|\bHelicobacter pylori\b", re.I), "B96.81"),
    (re.compile(r"\bgroup B strep\w*\b|\bGBS\b(?= (?:UTI|bacteriuria|infection))", re.I), "B95.1"),
)
# infections whose codes name no organism (the tabular says "use additional code (B95-B97)")
_NEEDS_ORGANISM = ("N39.0", "N10", "N30", "N34", "N41", "N45", "N70", "N71", "N73", "L02", "L03", "L08", "K65",
                   "K81", "K75.0", "M00", "M86", "I33", "J01", "J32", "J85", "J86", "H66", "H60", "K61", "K57.2",
                   "K57.4", "K57.8", "N15.1", "N61.0", "K25", "K26", "K27", "K28", "K29")
_NEG = re.compile(r"\b(?:no|not|negative|without|rule out|r/o|ruled out)\b[^.;\n]{0,25}$", re.I)
# "H. pylori biopsy\nnegative": a sentence wrapped onto the next line goes on (not past a blank line or a new item)
_NEG_AFTER = re.compile(r"(?:[^.;\n]|\n(?![ \t]*(?:\n|[-*\u2022]|\d+[.)])))"
                        r"{0,30}?\b(?:negative|not (?:isolated|grown|detected)|screen\w*|nares|colonization|"
                        r"colonized|carrier)\b", re.I)
# the organism a test looks for, its result not back ("gastric biopsies taken for H. pylori (result pending)", "Follow
# H. pylori biopsy; treat if positive"): not yet the documented cause of the condition (I.C.1.a; IV.H uncertain)
_TEST_FOR_BEFORE = re.compile(r"\b(?:biops(?:y|ies)|taken|sent|send|obtained|checked|tested|testing)\s+for\s+$", re.I)
_TEST_AFTER = re.compile(r"(?:[ \t]|\n(?![ \t]*\n))*(?:\((?:results?[ \t]+)?pending\)|(?:biops(?:y|ies)|serology|"
                         r"stool antigen|breath test|PCR|culture)\b"
                         r"(?![^.;\n]{0,15}\b(?:positive|showed|grew|confirmed|detected)))", re.I)


def _new(code: str, info: Any, spans: list[tuple[int, int]], rule: str, note: str, like: Cand | None) -> Cand:
    c = Cand("ICD-10-CM", code, info.title, True, spans, like.section if like else None, "present", "rule", 1,
             like.unit_index if like else -1, like.item_number if like else None,
             like.first_offset if like else spans[0][0], sections=set(like.sections) if like else set())
    c.add_rule(rule, note)
    return c


def severe_sepsis(cands: list[Cand], lookup: Callable[[str], Any]) -> list[Cand]:
    """A41.9 before R65.2- when no systemic infection code is coded."""
    sev = next((c for c in cands if c.code.startswith("R65.2")), None)
    info = lookup("A41.9")
    if sev is None or info is None:
        return cands
    infection = next((c for c in cands if c.code.startswith(_SEPSIS)), None)
    if infection is not None:  # already coded: it still goes before the severe-sepsis code
        if infection.first_offset > sev.first_offset:
            infection.first_offset, infection.item_number = sev.first_offset - 1, sev.item_number
            infection.sections |= sev.sections
        return cands
    a41 = _new("A41.9", info, list(sev.spans), "I.C.1.d-sepsis", "severe sepsis with no organism named: "
               "A41.9 is coded first, then R65.2-", sev)
    a41.first_offset = sev.first_offset - 1  # the infection is sequenced before the severe-sepsis code
    sev.add_rule("I.C.1.d-sepsis", "follows the systemic infection code")
    return cands + [a41]


def gestation_weeks(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """Z3A.xx from the documented weeks when a pregnancy (O09-O9A, Z34) is coded."""
    preg = [c for c in cands if (c.code.startswith("O") and not c.code[:3] < "O09") or c.code.startswith("Z34")]
    # the words "weeks gestation" alone match the Z3A category, which is then no count of weeks: recomputed
    cands = [c for c in cands if not (c.code.startswith("Z3A") and getattr(c, "matched_code", c.code) == "Z3A")]
    if not preg or any(c.code.startswith("Z3A") for c in cands):
        return cands
    m = _GEST.search(text)
    if not m:
        return cands
    weeks = int(next(g for g in m.groups() if g))
    code = "Z3A.00" if weeks < 8 else ("Z3A.49" if weeks > 42 else f"Z3A.{weeks:02d}")
    info = lookup(code)
    if info is None:
        return cands
    spans = [(x.start(), x.end()) for x in re.finditer(rf"\b{weeks}\s*(?:w\d?d?\b|weeks?\b|wks?\b)", text)][:4]
    c = _new(code, info, spans or [(m.start(), m.end())], "I.C.15.b-weeks-gestation",
             f"{weeks} weeks of gestation documented", None)
    c.first_offset = spans[0][0] if spans else m.start()
    return cands + [c]


def pregnancy_anemia(cands: list[Cand], lookup: Callable[[str], Any]) -> list[Cand]:
    """I.C.15.a.1 / O99.0: anemia in a pregnant patient is O99.01- by trimester (from the Z3A weeks), with the
    specific anemia code kept as the additional code the tabular asks for."""
    weeks = next((int(c.code[4:]) for c in cands if c.code.startswith("Z3A.") and c.code[4:].isdigit()), None)
    anemia = next((c for c in cands if c.code.startswith(_ANEMIA)), None)
    if weeks is None or weeks == 0 or anemia is None or any(c.code.startswith("O99.01") for c in cands):
        return cands
    if not any(c.code.startswith("O") for c in cands):
        return cands
    code = "O99.011" if weeks < 14 else ("O99.012" if weeks < 28 else "O99.013")
    info = lookup(code)
    if info is None:
        return cands
    c = _new(code, info, list(anemia.spans), "I.C.15.a-pregnancy-anemia",
             f"{anemia.code} in pregnancy at {weeks} weeks -> {code}", anemia)
    return cands + [c]


_ANEMIA = ("D50", "D51", "D52", "D53", "D64.9")


# the organism of a past, resolved infection ("MRSA skin infection 2021 (resolved)", "hx of C. diff") is not the
# cause of today's infection (I.C.1.a: the organism documented as causing the condition coded)
# a past infection's organism (I.C.1.a: B95-B96 name the cause of a current infection; a past one is history):
# "Prior MRSA skin infection in 2024", "her 2024 wound culture (MRSA)" - a year, not a date ("1/15/2026")
_ORG_PAST = re.compile(r"\b(?:resolved|history of|hx of|h/o|prior|previous|remote|past)\b|"
                       r"(?<![/\d-])(?:19|20)\d\d\b(?![/-]\d)|"
                       # an earlier episode's culture: "(last one in March, culture E. coli)"
                       r"\blast (?:one|episode|infection|uti|time)\b|\bin (?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|"
                       r"dec)[a-z]*\b", re.I)


def _near(text: str, start: int, end: int) -> str:
    """Up to 40 characters either side of a mention, within its sentence (a wrapped line goes on: "Prior\nMRSA")."""
    lo = sentence_bounds(text, start, end, stops=("\n\n", ". ", ":"))[0]  # a colon opens a clause, not closes it
    hi = sentence_bounds(text, start, end, stops=("\n\n", ". "))[1]
    return text[max(lo, start - 40):min(hi, end + 40)]


# organism-specific sepsis codes and the B95-B96 code of the same organism, which would say it twice
_SEPSIS_ORGANISM = {"A41.51": "B96.20", "A41.01": "B95.61", "A41.02": "B95.62", "A41.52": "B96.5",
                    "A40.0": "B95.1", "A40.1": "B95.2", "A40.3": "B95.3", "A41.3": "B96.3", "A41.81": "B95.2"}


def organisms(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """B95-B96 for the organism named with an infection whose code does not include one."""
    inf = next((c for c in cands if c.code.startswith(_NEEDS_ORGANISM) and c.assertion == "present"), None)
    if inf is None:
        return cands
    out = list(cands)
    named = {_SEPSIS_ORGANISM[c.code] for c in cands if c.code in _SEPSIS_ORGANISM}
    for rx, code in _ORGANISMS:
        if any(c.code == code for c in out) or code in named:
            continue  # "sepsis due to E. coli, source pyelonephritis": A41.51 already names the organism
        spans = [(m.start(), m.end()) for m in rx.finditer(text)
                 if not _NEG.search(text, max(0, m.start() - 40), m.start()) and not _NEG_AFTER.match(text, m.end())
                 and not _TEST_FOR_BEFORE.search(text, max(0, m.start() - 30), m.start())
                 and not _TEST_AFTER.match(text, m.end())
                 and not _ORG_PAST.search(_near(text, m.start(), m.end()))]
        info = lookup(code)
        if spans and info is not None:
            c = _new(code, info, spans[:3], "I.C.1.a-organism", f"organism named with {inf.code}", None)
            c.first_offset = spans[0][0]
            out.append(c)
    return out


# I.C.19.e.5.a: a drug correctly prescribed and properly administered -> the nature of the adverse effect,
# then T36-T50 with 5th/6th character 5 (7th A: initial, the effect is being treated).
_DRUG_CLASSES = (
    (r"chemo(?:therapy)?|antineoplastic|cytotoxic|oxaliplatin|cisplatin|carboplatin|paclitaxel|docetaxel|"
     r"vincristine|bortezomib|capecitabine|fluorouracil|5-FU|FOLFOX|FOLFIRINOX|doxorubicin|cyclophosphamide|"
     r"platinum|taxane", "T45.1X5A"),
    (r"immunotherapy|checkpoint inhibitors?|pembrolizumab|nivolumab|ipilimumab|atezolizumab|durvalumab",
     "T45.1X5A"),
    (r"(?:gluco)?corticosteroid|steroid|prednisone|prednisolone|dexamethasone|methylprednisolone", "T38.0X5A"),
    # Table of Drugs: ibuprofen/naproxen are propionic acid derivatives (T39.31-), ketorolac T39.8-
    (r"ibuprofen|naproxen|ketoprofen|oxaprozin|flurbiprofen", "T39.315A"),
    (r"ketorolac", "T39.8X5A"),
    (r"NSAID|diclofenac|meloxicam", "T39.395A"),
    (r"aromatase[- ]inhibitor|AI|anastrozole|letrozole|exemestane|tamoxifen", "T38.6X5A"),
    (r"opioid|opiate|oxycodone|hydrocodone|morphine", "T40.2X5A"),
    (r"ACE[- ]inhibitor|ACEi|lisinopril|enalapril|ramipril", "T46.4X5A"),
    (r"statin|atorvastatin|simvastatin|rosuvastatin|pravastatin", "T46.6X5A"),
    (r"warfarin|anticoagulant|heparin|apixaban|rivaroxaban", "T45.515A"),
    (r"antibiotic", "T36.95XA"),
    (r"amiodarone", "T46.2X5A"),
    (r"lithium|clozapine|olanzapine|quetiapine|risperidone|aripiprazole|antipsychotic", "T43.595A"),
    # Table of Drugs: SSRIs T43.22-, SNRIs T43.21-, tricyclics T43.01-, carbamazepine/oxcarbazepine (iminostilbenes)
    # T42.1- (the SIADH and hyponatremia drugs), insulin/sulfonylureas T38.3-
    (r"SSRIs?|sertraline|fluoxetine|citalopram|escitalopram|paroxetine", "T43.225A"),
    (r"SNRIs?|venlafaxine|duloxetine|desvenlafaxine", "T43.215A"),
    (r"tricyclics?|amitriptyline|nortriptyline", "T43.015A"),
    (r"carbamazepine|oxcarbazepine", "T42.1X5A"),
    (r"insulin|glipizide|glyburide|glimepiride|sulfonylureas?", "T38.3X5A"),
    (r"(?:loop )?diuretic|furosemide", "T50.1X5A"),
    (r"thiazide|hydrochlorothiazide|HCTZ", "T50.2X5A"),
)
_EFFECT = re.compile(r"\b(" + "|".join(p for p, _ in _DRUG_CLASSES) + r")[- ]$", re.I)
_EFFECT_HINT = re.compile(r"(?<=[a-zA-Z][- ])(?:induced|related|associated|exacerbated|caused|mediated)\b", re.I)
_GENERIC_CLASS = re.compile(r"NSAID|opioid|opiate|steroid|(?:gluco)?corticosteroid|chemo(?:therapy)?|"
                            r"antineoplastic|cytotoxic|immunotherapy|antipsychotic|anticoagulant|statin|SSRIs?|"
                            r"SNRIs?", re.I)
# a specific drug right after the class word, on the same line ("NSAID-induced ulcer (naproxen 500 mg BID)")
_NAMED_DRUG = re.compile(r"[^\n]*?\b(ibuprofen|naproxen|ketoprofen|oxaprozin|flurbiprofen|ketorolac|diclofenac|"
                         r"meloxicam|oxaliplatin|cisplatin|carboplatin|paclitaxel|docetaxel|capecitabine|"
                         r"pembrolizumab|nivolumab|prednisone|dexamethasone|warfarin|apixaban|rivaroxaban|"
                         r"atorvastatin|simvastatin|rosuvastatin|oxycodone|hydrocodone|morphine|lithium|"
                         r"clozapine|olanzapine|quetiapine|risperidone|sertraline|fluoxetine|citalopram|"
                         r"escitalopram|paroxetine|venlafaxine|duloxetine)\b", re.I)
_EFFECT_NEG = re.compile(r"\b(?:no|not|without|unlikely|rather than|vs\.?|versus|rule out|r/o)\s+(?:\w+\s+){0,2}$",
                         re.I)


# "hypothyroidism due to pembrolizumab": the condition's own "due to drugs" code where the classification has one
# (Index: Polyneuropathy, drug-induced G62.0; Cardiomyopathy, due to drugs I42.7)
_DRUG_INDUCED = {"E03.9": "E03.2", "K59.00": "K59.03", "K59.09": "K59.03", "G62.9": "G62.0", "I42.9": "I42.7"}
# "Hyponatremia, Na 128, due to hydrochlorothiazide": the lab value between commas belongs to the condition
_EFFECT_AFTER = re.compile(r"\s*(?:\([^()\n]{0,30}\)\s*)?(?:,\s*[A-Za-z]{0,12}\s*[<>=:]?\s*\d[\d.]*\s*[A-Za-z/%]{0,8})?"
                           r"(?:,\s*)?(?:due to|from|secondary to|caused by|"
                           r"attributed to)\s+(?:the\s+|his\s+|her\s+)?(" +
                           "|".join(p for p, _ in _DRUG_CLASSES) + r")\b", re.I)


def adverse_effects(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """T36-T50 adverse-effect codes for "<drug>-induced/-related <condition>" and "<condition> due to/from
    <drug>" beside a coded condition."""
    if not any(c.assertion == "present" and not c.code.startswith(("Z", "T")) for c in cands):
        return cands
    out = list(cands)
    for cond in list(out):
        if cond.assertion != "present" or cond.code.startswith(("Z", "T")):
            continue
        hits = [(a, m) for a, b in cond.spans if (m := _EFFECT_AFTER.match(text, b))]
        at, hit = hits[0] if hits else (0, None)
        code = next((c for p, c in _DRUG_CLASSES if hit and re.fullmatch(p, hit.group(1), re.I)), None)
        if hit is None or code is None or (hit.group(1) == "AI") or lookup(code) is None:
            continue
        swap = _DRUG_INDUCED.get(cond.code)
        if swap and lookup(swap) is not None:
            info = lookup(swap)
            cond.code, cond.description = swap, info.title
            cond.add_rule("I.C.19.e-adverse-effect", f"due to a drug: {swap}")
        # "hypothyroidism due to pembrolizumab", wherever the note says it: the statements of the adverse effect
        spans = [(a, m.end(1)) for a, m in hits if m.group(1).lower() == hit.group(1).lower()]
        have = next((c for c in out if c.code == code), None)
        if have is not None:
            have.spans += [sp for sp in spans if sp not in have.spans]
            continue
        t = _new(code, lookup(code), spans, "I.C.19.e-adverse-effect",
                 f"adverse effect of a drug properly taken ('{hit.group(1)}'): nature of the effect, then {code}",
                 None)
        t.first_offset = hit.start(1)
        out.append(t)
    for h in _EFFECT_HINT.finditer(text):  # cheap scan for the suffix, then the drug class just before it
        m = _EFFECT.search(text, max(0, h.start() - 40), h.start())
        if m is None:
            continue
        if _EFFECT_NEG.search(text, max(0, m.start() - 30), m.start()):
            continue
        word = m.group(1)
        code = next((c for p, c in _DRUG_CLASSES if re.fullmatch(p, word, re.I)), None)
        if code is None or (word == "AI" and not m.group(1).isupper()):
            continue
        if _GENERIC_CLASS.fullmatch(word) and (named := _NAMED_DRUG.match(text, h.end(), min(len(text),
                                                                                              h.end() + 50))):
            # "NSAID-related (ibuprofen taken as prescribed)": the drug named is the Table of Drugs entry
            word, code = named.group(1), next(c for p, c in _DRUG_CLASSES if re.fullmatch(p, named.group(1), re.I))
        info = lookup(code)
        cond = next((c for c in out if c.code in _DRUG_INDUCED and c.assertion == "present"
                     and any(h.end() <= a <= h.end() + 3 for a, _ in c.spans)), None)
        if cond is not None and lookup(_DRUG_INDUCED[cond.code]) is not None:
            swap = _DRUG_INDUCED[cond.code]
            cond.code, cond.description = swap, lookup(swap).title
            cond.add_rule("I.C.19.e-adverse-effect", f"induced by a drug: {swap}")
        # "NSAID-induced ulcer" where the note names the NSAID elsewhere ("ulcer, due to ibuprofen"): the class word
        # is the same drug, not a second one (Table of Drugs: one T code per drug; I.C.19.e.5.a)
        have = next((c for c in out if c.code == code or (_GENERIC_CLASS.fullmatch(word) and c.code[:5] == code[:5]
                                                          and c.code.startswith("T"))), None)
        if have is not None:
            have.spans.append((m.start(), h.end()))
            continue
        if info is not None:
            c = _new(code, info, [(m.start(), h.end())], "I.C.19.e-adverse-effect",
                     f"adverse effect of a drug properly taken ('{word}'): nature of the effect, then {code}", None)
            c.first_offset = m.start()
            out.append(c)
    return _chemotherapy_effect(out, lookup)


# the title names the antineoplastic cause ("Agranulocytosis secondary to cancer chemotherapy" D70.1, "Anemia due to
# antineoplastic chemotherapy" D64.81, chemotherapy-induced pancytopenia D61.810) and the tabular asks for the
# adverse-effect code of the drug (T45.1X5); the 7th character A while the effect is treated (I.C.19.e.5.a, I.C.19.a)
_CHEMO_EFFECTS = ("D70.1", "D64.81", "D61.810")


def _chemotherapy_effect(cands: list[Cand], lookup: Callable[[str], Any]) -> list[Cand]:
    src = next((c for c in cands if c.code in _CHEMO_EFFECTS and c.assertion == "present"), None)
    info = lookup("T45.1X5A")
    if src is None or info is None or any(c.code.startswith("T45.1X5") for c in cands):
        return cands
    t = _new("T45.1X5A", info, list(src.spans), "I.C.19.e-adverse-effect",
             f"{src.code} names an antineoplastic drug's effect: the adverse-effect code follows it", src)
    t.first_offset = src.first_offset + 1
    return cands + [t]


# "metastatic sigmoid colon cancer to liver", "breast cancer metastatic to bone": the secondary site written after
# "to" on the primary's own line (Neoplasm Table, secondary column; I.C.2.a-b: primary and secondary both coded)
_METASTATIC_TO = re.compile(r"\bmetastatic\b[^.;\n]{0,60}?\bto\s+(?:the\s+)?(liver|bones?|brain|peritoneum|"
                            r"lungs?)\b", re.I)
_SECONDARY = {"liver": "C78.7", "bone": "C79.51", "bones": "C79.51", "brain": "C79.31", "peritoneum": "C78.6",
              "lung": "C78.00", "lungs": "C78.00"}


def metastatic_sites(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """A coded primary malignancy (C00-C76) "metastatic ... to <site>" on its line -> the secondary site's code."""
    out = list(cands)
    for c in cands:
        if not (c.code[0] == "C" and c.code[1:3] < "77" and c.assertion == "present"):
            continue
        for a, b in c.spans:
            lo = text.rfind("\n", 0, a) + 1
            hi = text.find("\n", b)
            m = _METASTATIC_TO.search(text, lo, len(text) if hi < 0 else hi)
            code = _SECONDARY.get(m.group(1).lower()) if m else None
            info = lookup(code) if code else None
            if info is None or any(o.code == code for o in out):
                continue
            to = text.rfind("to", m.start(), m.start(1))  # the site words: sequenced after the primary they follow
            t = _new(code, info, [(to, m.end())], "I.C.2-secondary-site",
                     f"{c.code} documented metastatic to the {m.group(1).lower()}", c)
            t.first_offset = c.first_offset + 1
            out.append(t)
    return out


# I.C.15.a.1: a urinary infection in a pregnant patient is a chapter 15 code (O23.-, by site and trimester),
# which takes the place of the chapter 14 code
_PREG_UTI = (("N10", "O23.0"), ("N30", "O23.1"), ("N34", "O23.2"), ("N39.0", "O23.4"))
_PREGNANT = re.compile(r"\b(?:pregnant|in pregnancy|of pregnancy|intrauterine pregnancy|G\d+\s*P\d{1,4})\b", re.I)
_NOT_PREGNANT = re.compile(r"\b(?:not|no longer)\s+pregnant\b|\bpregnancy test (?:was\s+|is\s+)?negative\b|"
                           r"\bnegative pregnancy test\b|\bpostpartum\b", re.I)
_TRIMESTER = re.compile(r"\b(first|1st|second|2nd|third|3rd)\s+trimester\b", re.I)


def trimester(text: str) -> str:
    """The trimester digit of chapter 15 codes: from the documented weeks of gestation (first < 14 weeks, second
    < 28 weeks, third from 28 weeks 0 days; a count outside 4-42 weeks is no gestational age), else from a stated
    trimester, else "0" (unspecified)."""
    gest = _GEST.search(text)
    weeks = int(next(g for g in gest.groups() if g)) if gest else 0
    if 4 <= weeks <= 42:
        return "1" if weeks < 14 else ("2" if weeks < 28 else "3")
    m = _TRIMESTER.search(text)
    return {"f": "1", "1": "1", "s": "2", "2": "2", "t": "3", "3": "3"}[m.group(1)[0].lower()] if m else "0"


def pregnancy_uti(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """N10/N30/N34/N39.0 -> O23.0-/O23.1-/O23.2-/O23.4- when the note documents a current pregnancy (weeks of
    gestation, 'pregnant', 'in pregnancy', G#P#); the trimester from the weeks or the stated trimester."""
    uti = [c for c in cands if c.assertion == "present" and any(c.code.startswith(p) for p, _ in _PREG_UTI)]
    if not uti or _NOT_PREGNANT.search(text):
        return cands
    gest = _GEST.search(text)
    if not gest and not _PREGNANT.search(text):
        return cands
    tri = trimester(text)
    for c in uti:
        base = next(o for p, o in _PREG_UTI if c.code.startswith(p))
        info = lookup(base + tri)
        if info is None or any(o.code == info.code for o in cands):
            continue
        old = c.code
        c.code, c.description = info.code, info.title
        c.add_rule("I.C.15.a-pregnancy", f"{old} in a pregnant patient -> {info.code} (chapter 15 first)")
    return cands


_RECEPTOR_STATUS = (r"(?:\s*(?:status)?\s*(?:[:=]|is|was)?\s*-?\s*(?P<word>positive|negative|pos\b|neg\b|"
                    r"non-?amplified|not amplified|amplified|3\+|1\+|0\b)|(?P<sign>\+|-(?![A-Za-z0-9])))")
# one receptor or the ER/PR pair ("ER/PR positive", "ER and PR positive", "ER+/PR+/HER2-": each named with its sign)
_RECEPTOR = re.compile(r"\b(?P<rec>ER\s*(?:/|and|&)\s*PR|ER|(?i:estrogen[- ]receptors?)|PR|PgR|"
                       r"(?i:progesterone[- ]receptors?)|HER[- ]?2(?:/neu)?(?:[- ]receptor)?)(?![A-Za-z])"
                       + _RECEPTOR_STATUS)
# a combined status written as such: hormone receptor (HR) status, or triple negative
_HR = re.compile(r"\b(?:HR|(?i:hormone[- ]receptors?))(?![A-Za-z])" + _RECEPTOR_STATUS)
_TRIPLE_NEG = re.compile(r"\btriple[- ]negative\b|\bTNBC\b", re.I)
_SINGLE = {("ER", True): "Z17.0", ("ER", False): "Z17.1", ("PR", True): "Z17.21", ("PR", False): "Z17.22",
           ("HER2", True): "Z17.31", ("HER2", False): "Z17.32"}
_COMBINED = {(True, True): "Z17.410", (True, False): "Z17.411", (False, True): "Z17.420", (False, False): "Z17.421"}
_RECEPTOR_TUMOUR = ("C50", "C56")
Finding = dict[str, tuple[bool, tuple[int, int]]]


def _positive(m: re.Match[str]) -> bool:
    v = (m.group("word") or m.group("sign") or "").lower()
    return v in ("positive", "pos", "+", "amplified", "3+")


def _receptor_findings(text: str) -> tuple[Finding, Finding]:
    """(individual statuses {ER/PR/HER2: (positive, span)}, a combined status written as one {HR/HER2: ...})."""
    single: Finding = {}
    combined: Finding = {}
    for m in _TRIPLE_NEG.finditer(text):
        combined.setdefault("HR", (False, m.span()))
        combined.setdefault("HER2", (False, m.span()))
    hr_ends = []
    for m in _HR.finditer(text):
        combined.setdefault("HR", (_positive(m), m.span()))
        hr_ends.append(m.end())
    for m in _RECEPTOR.finditer(text):
        rec, pos = m.group("rec"), _positive(m)
        if rec.upper().startswith("HER"):
            # "HR+/HER2-": the HER2 half of a combined status written as one
            target = combined if any(0 <= m.start() - e <= 6 for e in hr_ends) else single
            target.setdefault("HER2", (pos, m.span()))
        elif re.search(r"/|\band\b|&", rec):
            single.setdefault("ER", (pos, m.span()))
            single.setdefault("PR", (pos, m.span()))
        else:
            single.setdefault("ER" if rec.upper().startswith("E") else "PR", (pos, m.span()))
    return single, combined


def receptor_status(cands: list[Cand], text: str | None = None,
                    lookup: Callable[[str], Any] | None = None) -> list[Cand]:
    """Receptor status (Z17) of a coded breast or ovarian malignancy, per the FY2026 tabular.

    Z17: "use one code, as available, for each receptor": ER (Z17.0/Z17.1), PR (Z17.21/Z17.22) and HER2
    (Z17.31/Z17.32) each documented on its own ("ER+/PR-/HER2-", "ER positive, PR positive, HER2 negative",
    "ER/PR positive") are coded one by one, only those documented. Z17.4: a combined code only "when only a
    combined receptor status is documented": hormone receptor (HR) status with HER2 ("HR+/HER2-" -> Z17.411) or
    triple negative/TNBC (Z17.421, the tabular's inclusion term). Without the note's text, or with no receptor
    statement beside a coded C50/C56, the codes read from terms stay, a combined one replacing single ones."""
    tumour = any(c.code.startswith(_RECEPTOR_TUMOUR) for c in cands)
    # the receptor scan only matters beside a coded tumour (it is a third of this step's cost on other notes)
    found = tumour and text is not None and lookup is not None
    single, combined = _receptor_findings(text) if found else ({}, {})
    codes: list[tuple[str, list[tuple[int, int]]]] = []
    if tumour and single:
        codes = [(_SINGLE[(rec, pos)], [span]) for rec, (pos, span) in single.items()]
    elif tumour and "HR" in combined and "HER2" in combined:
        (hr, s1), (her2, s2) = combined["HR"], combined["HER2"]
        codes = [(_COMBINED[(hr, her2)], sorted({s1, s2}))]
    if not codes:
        if not any(c.code.startswith("Z17.4") for c in cands):
            return cands
        return [c for c in cands if not c.code.startswith(("Z17.0", "Z17.1", "Z17.2", "Z17.3"))]
    old = {c.code: c for c in cands if c.code.startswith("Z17")}
    out = [c for c in cands if not c.code.startswith("Z17")]
    why = ("combined receptor status documented as such (Z17.4)" if codes[0][0].startswith("Z17.4") else
           "each documented receptor coded on its own (Z17; Z17.4 only when only a combined status is documented)")
    for code, spans in codes:
        c = old.get(code)
        if c is None:
            info = lookup(code) if lookup else None
            if info is None:
                continue
            c = Cand("ICD-10-CM", code, info.title, True, [], None, "present", "rule", 2, first_offset=spans[0][0])
        c.spans = sorted(set(c.spans) | set(spans))
        c.add_rule("Z17-receptor-status", why)
        out.append(c)
    return out
