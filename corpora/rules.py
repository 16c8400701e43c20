"""The annotation rules every gold rationale cites (see corpora/README.md for the full guide).

A rationale starts with one rule id, e.g. ``"R08: hypertension with CKD is presumed linked"``; a
``not_coded`` entry names the rule that kept a phrase out of the gold.
"""

from __future__ import annotations

RULES: dict[str, str] = {
    "R01": "Negated finding or ruled-out condition: not coded",
    "R02": "Review-of-systems negatives and normal exam findings: not coded",
    "R03": "Uncertain diagnosis, outpatient: not coded; code the symptoms/findings instead",
    "R04": "Uncertain diagnosis at inpatient discharge: coded as if established",
    "R05": "Family history: Z80-Z84 when it affects care",
    "R06": "Personal history of a resolved condition: Z85-Z87 (Z86, Z87...)",
    "R07": "Hypothetical or conditional statement (return precautions): not coded",
    "R08": "Hypertension combination codes: with CKD (I12), heart failure (I11) or both (I13), plus N18/I50",
    "R09": "Diabetes combination codes (E11.2x/E11.4x/E11.65...) with the manifestation code where required",
    "R10": "Long-term drug therapy status Z79.x (insulin, oral hypoglycemics, anticoagulants...)",
    "R11": "Laterality: the code names the documented side",
    "R12": "Injury codes: 7th character A (active treatment) / D (subsequent) with placeholder X",
    "R13": "Excludes1: the two conditions are never coded together; the more specific one wins",
    "R14": "E/M level by total time on the date of service",
    "R15": "E/M level by medical decision making (no time documented)",
    "R16": "New vs established patient category",
    "R17": "Preventive visit code by age and new/established status; Z00/Z01 first-listed",
    "R18": "Procedure performed in the visit; modifier 25 on a separately identifiable E/M",
    "R19": "Test performed in the office is coded; tests only ordered or sent out are not",
    "R20": "Chronic condition documented as current and affecting care: coded",
    "R21": "Sequencing: first-listed reason for the visit / principal diagnosis comes first",
    "R22": "Condition coded to its documented specificity (type, stage, acuity, site)",
    "R23": "Symptom integral to a confirmed diagnosis: not coded separately",
    "R24": "Drug product supplied (HCPCS J-code / vaccine product) with units",
    "R25": "Pregnancy: chapter 15 codes first, weeks of gestation Z3A; routine antepartum visits are global",
}
