"""Mentions that name a condition's words without asserting the condition (beyond ConText's cues).

- "ST depression", "ST-segment depression": an ECG finding, not major depressive disorder.
- "Allergies: penicillin (rash as child)": the reaction to an allergen, not a current condition.
- "fully vaccinated against COVID-19", "booster for tetanus": protection against a disease, not the disease.
- "ASCVD risk 11%", "stroke risk": a risk estimate, not the condition.
- "lymph nodes which were benign": a negative result; "in the COVID setting": the pandemic, not the disease.
- "underwent a screening mammogram in 10/2019": an earlier encounter's reason, not this one's.
- "deficiency ... vitamin" (no letter A) is not vitamin A deficiency; "edematous pancreatitis" is not edema.
- "discussed weight loss", "goal weight loss": advice, not abnormal weight loss (R63.4).
- "GI referral for screening colonoscopy", "return in 1 year for a wellness visit", "Suture removal in 10-14
  days", "suture removal 5 days", "Ortho f/u 2 weeks for staple removal", "annual eye exam due": an
  encounter-reason Z code (screening, aftercare, examination) for a service planned for later is not the reason
  for this encounter (IV.G / I.C.21.c).
- "Alcohol withdrawal monitored with CIWA", "at risk for alcohol withdrawal": a precaution, not a withdrawal.
- "deep venous reflux", "reflux in the GSV": venous reflux on a duplex, not gastro-esophageal reflux.
"""

from __future__ import annotations

import re

_ECG_BEFORE = re.compile(r"\bST(?:[- ]segments?)?[\s-]+$")
_ALLERGY_BEFORE = re.compile(r"\b(?:allerg\w*|NKDA|intoleran\w*|reactions?)\b[^\n.;]{0,40}$", re.I)
_ADVICE_BEFORE = re.compile(r"\b(?:discuss\w*|counsel\w*|advis\w*|encourag\w*|recommend\w*|goals?|intentional|"
                            r"education|lifestyle)\b[^\n.;]{0,20}$", re.I)
_PROTECTED_BEFORE = re.compile(r"\b(?:vaccinated|immuni[sz]ed|vaccines?|vaccinations?|immunizations?|boosters?)\s+"
                               r"(?:against|for)\s+$", re.I)
# "Vaccine requested: seasonal influenza", "Immunization given: influenza": the label says the words name a vaccine
# "VIS (2025-26 inactivated influenza) given", "inactivated influenza": a vaccine's descriptor before the disease
_VACCINE_LABEL_BEFORE = re.compile(r"\b(?:vaccines?|vaccinations?|immuni[sz]ations?)(?:[ \t]+(?:requested|given|"
                                   r"administered|due|type|name|product))?[ \t]*:[ \t]*(?:[A-Za-z-]+[ \t]+){0,2}$"
                                   r"|\bVIS\b[ \t]*\([^()\n]{0,20}$|\b(?:inactivated|live[- ]attenuated|recombinant|"
                                   r"adjuvanted|high[- ]dose|trivalent|quadrivalent)[ \t]+$", re.I)
# "influenza and shingles vaccines", "flu shot", "hepatitis B vaccine series": the disease names the vaccine
_VACCINE_AFTER = re.compile(r"(?:[ \t]*(?:,|and|&|/)[ \t]*[A-Za-z][\w-]*(?:[ \t]+[A-Z]\b)?){0,3}[ \t]*"
                            r"(?:vaccines?|vaccinations?|shots?|immuni[sz]ations?|boosters?|series)\b", re.I)
# codes whose title names the letter "A", a stop word the token matcher drops: the letter must be written
_LETTER_A = {"E50": re.compile(r"\bvit(?:amin)?\.?\s*A\b", re.I), "B15": re.compile(r"\bhep(?:atitis)?\.?\s*A\b", re.I)}
_WORD_AFTER = re.compile(r" +[a-z]")
_BOIL_OBJECT = re.compile(r"\s+(?:the\s+|all\s+|any\s+)?(?:pacifiers?|bottles?|nipples?|water|utensils?|toys?|"
                          r"teethers?|dishes|it|them)\b", re.I)
_COURSE_DONE = re.compile(r"\b(?:completed|finished|stopped|discontinued|came off)\b[^.;\n()]{0,25}$", re.I)
_PAST_BEFORE = re.compile(r"\b(?:underwent|had|has had|received|completed|last|prior|previous)\b[^.;]{0,30}$", re.I)
_PAST_AFTER = re.compile(r"[^\n.;]{0,20}?\b(?:in (?:\d{1,2}/)?(?:19|20)\d\d|\d+ (?:days?|weeks?|months?|years?) ago|"
                         r"last (?:week|month|year))\b", re.I)
# "Alcohol withdrawal monitored with CIWA", "CIWA protocol for alcohol withdrawal", "at risk for withdrawal":
# precautions against a withdrawal, not a withdrawal state (F10.93-/F10.23-)
_WATCH_AFTER = re.compile(r"\s*(?:was\s+|were\s+)?(?:monitor\w*|precautions?|protocol|prophylaxis)\b", re.I)
_WATCH_BEFORE = re.compile(r"\b(?:monitor\w*(?:\s+for)?|watch(?:ing)?\s+for|risk\s+(?:of|for)|at\s+risk|prophylaxis|"
                           r"precautions?|protocol)\b[^.;\n]{0,15}$", re.I)
_BENIGN_RESULT = re.compile(r"\b(?:was|were|is|are|proved|returned|came back)\s+benign$", re.I)
_PANDEMIC_AFTER = re.compile(r"(?:-?19)?\s*(?:pandemic|era|setting|times|restrictions|lockdown|precautions)\b", re.I)
_RISK_AFTER = re.compile(r"[\s-]*(?:risk|risk score)\b", re.I)
_REASON_CODES = ("Z00", "Z01", "Z08", "Z09", "Z11", "Z12", "Z13", "Z30", "Z39", "Z47", "Z48", "Z51")
_PLANNED_BEFORE = re.compile(r"\b(?:refer\w*|schedul\w*|order\w*|recommend\w*|due for|will|plan\w*|arrang\w*|"
                             r"consider\w*|discuss\w*|return\w*|"
                             # "Ortho f/u 2 weeks for staple removal": a visit a time ahead
                             r"(?:f/u|follow[- ]?up)\s+(?:in\s+)?\d+\s*(?:d|days?|wks?|weeks?)\b)[^.;]{0,40}$", re.I)
# a wrapped line ("screening colonoscopy\ndiscussed", "Annual physical in\n3 months") goes on; a blank line does not
_PLANNED_AFTER = re.compile(r"(?:[^\n.;]|\n(?![ \t]*\n)){0,12}?\b(?:in\s+\d+(?:\s*-\s*\d+)?\s*(?:days?|weeks?|months?|"
                            r"years?)|due|"
                            # "Staple removal 7-10 d", "suture removal 10-14 days" (a time ahead, not "10 days ago")
                            r"\d+\s*-\s*\d+\s*(?:d|days|wks?|weeks)\b(?![^\n.;]{0,6}\b(?:ago|earlier|prior))|"
                            # "suture removal 5 days" (not "5 days ago", "10 days post-op": today's visit)
                            r"\d+\s*(?:d|days|wks?|weeks)\b(?![^\n.;]{0,6}\b(?:ago|earlier|prior|post|after|since|old|out))|"
                            r"next (?:visit|week|month|year)|to be scheduled|discussed|scheduling|ordered|"
                            r"referral)\b", re.I)


# "falling" (an inclusion term of R29.6 Repeated falls) said of a measurement: a lab or vital written in capitals
# ("CEA", "PSA", "INR"), a level/count/value/pressure/titer/hemoglobin, or a number
_TREND_BEFORE = re.compile(r"(?:\b(?-i:[A-Z][A-Z0-9]{1,6})|\b(?:levels?|counts?|values?|pressures?|titers?|"
                           r"hemoglobin|hgb|platelets?|sodium|potassium|creatinine|gfr|markers?|numbers?|sugars?|"
                           r"glucose|weight|saturations?|sats|slowly|steadily)|\d)[\s)]+$", re.I)
_ASLEEP_AFTER = re.compile(r"\s+asleep\b", re.I)
# "deep venous reflux" on a duplex, "reflux in the GSV", "hepatojugular reflux", "vesicoureteral reflux": blood or urine
# flowing back, not gastro-esophageal reflux (K21)
_NOT_GI_REFLUX_BEFORE = re.compile(r"\b(?:venous|veins?|saphenous|valvular|femoral|popliteal|hepatojugular|"
                                   r"abdominojugular|vesico-?ureteral|ureteral)[ \t]+$", re.I)
_NOT_GI_REFLUX_AFTER = re.compile(r"[ \t]+(?:in|of|at|through)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
                                  r"(?:veins?|GSV|SSV|saphenous|saphenofemoral|perforators?|valves?)\b", re.I)
# home oxygen set up at this visit ("home oxygen 2 L arranged today", "order home O2"): a new prescription, not yet the
# dependence status Z99.81 reports (I.C.21.c.3 status; as a drug started today is not long-term use)
_O2_NEW_AFTER = re.compile(r"[^.;\n]{0,20}?\b(?:arranged|ordered|prescribed|set up|to be arranged)\b", re.I)
_O2_NEW_BEFORE = re.compile(r"\b(?:arrang\w*|order\w*|prescrib\w*|set up|start(?:ed|ing)?|initiat\w*)\s+"
                            r"(?:\w+\s+){0,2}$", re.I)


def not_a_finding(text: str, start: int, end: int, code: str, lo: int, wide_lo: int) -> bool:
    """True when the words at [start, end) are not the condition ``code`` being asserted."""
    if code.startswith("L02") and text[start:end].lower() == "boil" and _BOIL_OBJECT.match(text, end):
        return True  # "boil pacifiers and bottle nipples": the verb, not a furuncle
    if code.startswith("Z79") and _COURSE_DONE.search(text, wide_lo, start):
        return True  # "(completed 6 mo anticoagulation)": a course taken in the past, not long-term use (I.C.21.c.3)
    if not code.startswith("Z") and _PROTECTED_BEFORE.search(text, max(lo, start - 40), start):
        return True  # "fully vaccinated against COVID-19": immunity, not the disease
    if not code.startswith("Z") and _VACCINE_LABEL_BEFORE.search(text, max(lo, start - 60), start):
        return True  # "Vaccine requested: seasonal influenza": the vaccine's name, not the disease
    if not code.startswith("Z") and _VACCINE_AFTER.match(text, end):
        return True  # "records for influenza and shingles vaccines": a vaccine, not the disease
    letter = _LETTER_A.get(code[:3])
    if letter is not None and not letter.search(text, max(lo, start - 12), end + 4):
        return True  # "Vitamin D deficiency - continue vitamin D3" is not vitamin A deficiency
    if code.startswith("R60") and text[start:end].lower().startswith("edematous") and _WORD_AFTER.match(text, end):
        return True  # "edematous pancreatitis", "edematous turbinates": a feature of another finding
    if not code.startswith("Z") and _RISK_AFTER.match(text, end):
        return True  # "10-year ASCVD risk 11%", "bleeding risk": a risk estimate, not the condition
    if code.startswith(("F32", "F33")) and _ECG_BEFORE.search(text, max(lo, start - 12), start):
        return True
    if not code.startswith("Z") and _ALLERGY_BEFORE.search(text, wide_lo, start) and "(" in text[wide_lo:start]:
        return True
    if code.startswith(("R63.4", "R63.5")) and _ADVICE_BEFORE.search(text, wide_lo, start):
        return True
    if code.startswith(("D1", "D2", "D3")) and _BENIGN_RESULT.search(text, start, end):
        return True  # "5 lymph nodes which were benign": a negative result, not a benign neoplasm
    if code.startswith("R56") and text[start:end] == "FIT":
        return True  # FIT: fecal immunochemical test, not a fit (seizure)
    if code == "B20" and text[start:end] in ("aids", "Aids"):
        return True  # "cessation aids", "hearing aids": AIDS is written in capitals
    if code.startswith("U07.1") and _PANDEMIC_AFTER.match(text, end):
        return True  # "steroid in the COVID setting"
    if code.startswith(("F10.93", "F11.93", "F13.93")) and (_WATCH_AFTER.match(text, end)
                                                            or _WATCH_BEFORE.search(text, wide_lo, start)):
        return True  # withdrawal precautions or monitoring, not a withdrawal
    if code == "Z99.81" and (_O2_NEW_AFTER.match(text, end) or _O2_NEW_BEFORE.search(text, max(lo, start - 40), start)):
        return True  # "home oxygen 2 L arranged": newly prescribed, not yet dependence on supplemental oxygen
    if code.startswith("K21") and (_NOT_GI_REFLUX_BEFORE.search(text, max(lo, start - 20), start)
                                   or _NOT_GI_REFLUX_AFTER.match(text, end)):
        return True  # "deep venous reflux": venous insufficiency on a duplex, not GERD
    if code.startswith("R29.6") and (_TREND_BEFORE.search(text, max(lo, start - 30), start)
                                     or _ASLEEP_AFTER.match(text, end)):
        return True  # "CEA falling", "hemoglobin is falling", "falling asleep": a trend or sleep, not falls
    if code.startswith(_REASON_CODES):
        return bool(_PLANNED_BEFORE.search(text, wide_lo, start) or _PLANNED_AFTER.match(text, end)
                    or _PAST_BEFORE.search(text, wide_lo, start) or _PAST_AFTER.match(text, end))
    return False
