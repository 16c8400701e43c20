"""Small builders the note modules use to declare a note and its gold codes as Python data.

Evidence is given as phrases (or ``(phrase, occurrence)`` pairs, occurrence counted from 0); offsets
are computed by :mod:`corpora.tools.build`, so a span can never drift from the text.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

Phrase = str | tuple[str, int]

# Our own short descriptions; CPT descriptors are AMA-copyrighted and are not reproduced.
PROCEDURES: dict[str, tuple[str, str]] = {
    "99202": ("CPT", "Office visit, new patient, straightforward MDM or 15+ min"),
    "99203": ("CPT", "Office visit, new patient, low MDM or 30+ min"),
    "99204": ("CPT", "Office visit, new patient, moderate MDM or 45+ min"),
    "99205": ("CPT", "Office visit, new patient, high MDM or 60+ min"),
    "99212": ("CPT", "Office visit, established patient, straightforward MDM or 10+ min"),
    "99213": ("CPT", "Office visit, established patient, low MDM or 20+ min"),
    "99214": ("CPT", "Office visit, established patient, moderate MDM or 30+ min"),
    "99211": ("CPT", "Office visit, established patient, may not need a physician"),
    "99215": ("CPT", "Office visit, established patient, high MDM or 40+ min"),
    "99417": ("CPT", "Prolonged outpatient E/M, each additional 15 minutes"),
    "G2212": ("HCPCS", "Prolonged outpatient E/M (Medicare), each additional 15 minutes"),
    "99281": ("CPT", "Emergency department visit, may not need a physician"),
    "99282": ("CPT", "Emergency department visit, straightforward MDM"),
    "99283": ("CPT", "Emergency department visit, low MDM"),
    "99284": ("CPT", "Emergency department visit, moderate MDM"),
    "99285": ("CPT", "Emergency department visit, high MDM"),
    "99291": ("CPT", "Critical care, first 30-74 minutes"),
    "31500": ("CPT", "Emergency endotracheal intubation"),
    "99382": ("CPT", "Preventive visit, new patient, age 1-4"),
    "99383": ("CPT", "Preventive visit, new patient, age 5-11"),
    "99384": ("CPT", "Preventive visit, new patient, age 12-17"),
    "99385": ("CPT", "Preventive visit, new patient, age 18-39"),
    "99386": ("CPT", "Preventive visit, new patient, age 40-64"),
    "99387": ("CPT", "Preventive visit, new patient, age 65+"),
    "99391": ("CPT", "Preventive visit, established patient, under age 1"),
    "99392": ("CPT", "Preventive visit, established patient, age 1-4"),
    "99393": ("CPT", "Preventive visit, established patient, age 5-11"),
    "99394": ("CPT", "Preventive visit, established patient, age 12-17"),
    "99395": ("CPT", "Preventive visit, established patient, age 18-39"),
    "99396": ("CPT", "Preventive visit, established patient, age 40-64"),
    "99397": ("CPT", "Preventive visit, established patient, age 65+"),
    "10060": ("CPT", "Incision and drainage of abscess, simple or single"),
    "11200": ("CPT", "Removal of skin tags, up to 15"),
    "11102": ("CPT", "Tangential skin biopsy, single lesion"),
    "11042": ("CPT", "Debridement, subcutaneous tissue, first 20 sq cm or less"),
    "11721": ("CPT", "Debridement of nails, 6 or more"),
    "12001": ("CPT", "Simple repair of superficial wound, scalp/neck/trunk/extremities, 2.5 cm or less"),
    "12002": ("CPT", "Simple repair of superficial wound, scalp/neck/trunk/extremities, 2.6-7.5 cm"),
    "12011": ("CPT", "Simple repair of superficial wound, face/ears/lips, 2.5 cm or less"),
    "17000": ("CPT", "Destruction of premalignant lesion, first lesion"),
    "17003": ("CPT", "Destruction of premalignant lesions, each of lesions 2-14"),
    "17110": ("CPT", "Destruction of benign lesions such as warts, up to 14"),
    "20610": ("CPT", "Arthrocentesis or injection, major joint, without ultrasound guidance"),
    "29125": ("CPT", "Application of short arm static splint"),
    "69210": ("CPT", "Removal of impacted cerumen with instruments, one ear"),
    "81002": ("CPT", "Urinalysis by dipstick, non-automated, without microscopy"),
    "81025": ("CPT", "Urine pregnancy test, visual color comparison"),
    "82962": ("CPT", "Blood glucose by home-type monitoring device"),
    "83036": ("CPT", "Hemoglobin A1c"),
    "87804": ("CPT", "Influenza rapid immunoassay"),
    "87880": ("CPT", "Rapid strep A antigen immunoassay"),
    "90471": ("CPT", "Immunization administration, first vaccine"),
    "90472": ("CPT", "Immunization administration, each additional vaccine"),
    "90656": ("CPT", "Influenza vaccine, trivalent, preservative free, 0.5 mL, IM"),
    "90715": ("CPT", "Tdap vaccine, age 7 and older, IM"),
    "90677": ("CPT", "Pneumococcal conjugate vaccine, 20-valent, IM"),
    "93000": ("CPT", "Electrocardiogram, 12 leads, with interpretation and report"),
    "94010": ("CPT", "Spirometry"),
    "80305": ("CPT", "Presumptive drug class screen, read by direct optical observation"),
    "94640": ("CPT", "Inhalation treatment by nebulizer or inhaler"),
    "96110": ("CPT", "Developmental screening with a standardized instrument, scored"),
    "85610": ("CPT", "Prothrombin time (PT/INR)"),
    "96127": ("CPT", "Brief emotional or behavioral assessment, scored instrument"),
    "96372": ("CPT", "Therapeutic, prophylactic or diagnostic injection, subcutaneous or intramuscular"),
    "90792": ("CPT", "Psychiatric diagnostic evaluation with medical services"),
    "90791": ("CPT", "Psychiatric diagnostic evaluation without medical services"),
    "90833": ("CPT", "Psychotherapy add-on with E/M, 30 minutes"),
    "85018": ("CPT", "Hemoglobin, blood count"),
    "93010": ("CPT", "Electrocardiogram interpretation and report only"),
    "99406": ("CPT", "Tobacco cessation counseling, 3-10 minutes"),
    "45385": ("CPT", "Colonoscopy with snare removal of lesion(s)"),
    "96402": ("CPT", "Hormonal anti-neoplastic injection, subcutaneous or intramuscular"),
    "20526": ("CPT", "Therapeutic injection, carpal tunnel"),
    "90651": ("CPT", "Human papillomavirus vaccine, 9-valent, IM"),
    "90460": ("CPT", "Immunization administration through age 18 with counseling, first component"),
    "94060": ("CPT", "Spirometry before and after bronchodilator"),
    "J0897": ("HCPCS", "Denosumab injection, 1 mg"),
    "J9217": ("HCPCS", "Leuprolide acetate suspension, 7.5 mg"),
    "J0696": ("HCPCS", "Ceftriaxone sodium injection, per 250 mg"),
    "J1030": ("HCPCS", "Methylprednisolone acetate injection, 40 mg"),
    "J1040": ("HCPCS", "Methylprednisolone acetate injection, 80 mg"),
    "J1100": ("HCPCS", "Dexamethasone sodium phosphate injection, 1 mg"),
    "J1885": ("HCPCS", "Ketorolac tromethamine injection, per 15 mg"),
    "J3301": ("HCPCS", "Triamcinolone acetonide injection, per 10 mg"),
    "J3420": ("HCPCS", "Vitamin B-12 cyanocobalamin injection, up to 1000 mcg"),
    "J1050": ("HCPCS", "Medroxyprogesterone acetate injection, 1 mg"),
    "J7613": ("HCPCS", "Albuterol inhalation solution, unit dose, per 1 mg"),
    "J7620": ("HCPCS", "Albuterol up to 2.5 mg with ipratropium up to 0.5 mg, inhalation unit dose"),
    "G0438": ("HCPCS", "Medicare annual wellness visit, initial"),
    "G0439": ("HCPCS", "Medicare annual wellness visit, subsequent"),
    "G0008": ("HCPCS", "Administration of influenza virus vaccine (Medicare)"),
    "11402": ("CPT", "Excision of benign skin lesion, trunk/arms/legs, excised diameter 1.1-2.0 cm"),
    "11641": ("CPT", "Excision of malignant skin lesion, face/ears/eyelids/nose/lips, excised diameter 0.6-1.0 cm"),
    "10061": ("CPT", "Incision and drainage of abscess, complicated or multiple"),
    "12013": ("CPT", "Simple repair of superficial wound, face/ears/lips, 2.6-5.0 cm"),
    "12032": ("CPT", "Layered (intermediate) repair, scalp/axillae/trunk/extremities, 2.6-7.5 cm"),
    "17004": ("CPT", "Destruction of premalignant lesions, 15 or more"),
    "17111": ("CPT", "Destruction of benign lesions such as warts, 15 or more"),
    "11103": ("CPT", "Tangential skin biopsy, each additional lesion"),
    "11104": ("CPT", "Punch skin biopsy, single lesion"),
    "20550": ("CPT", "Injection, single tendon sheath or ligament"),
    "20553": ("CPT", "Trigger point injection(s), 3 or more muscles"),
    "20611": ("CPT", "Arthrocentesis or injection, major joint, with ultrasound guidance and recorded images"),
    "11720": ("CPT", "Debridement of nails, 1 to 5"),
    "11730": ("CPT", "Avulsion of nail plate, partial or complete, first nail"),
    "43239": ("CPT", "Upper GI endoscopy (EGD) with biopsy"),
    "69209": ("CPT", "Removal of impacted cerumen by irrigation or lavage, one ear"),
    "90461": ("CPT", "Immunization administration through age 18 with counseling, each additional component"),
    "90686": ("CPT", "Influenza vaccine, quadrivalent, preservative free, IM"),
    "90696": ("CPT", "DTaP-IPV vaccine, age 4-6, IM"),
    "90710": ("CPT", "MMRV vaccine, live, subcutaneous"),
    "90750": ("CPT", "Zoster vaccine, recombinant, adjuvanted, IM"),
    "58300": ("CPT", "Insertion of intrauterine device"),
    "J7298": ("HCPCS", "Levonorgestrel intrauterine system, 52 mg (8-year)"),
    "81003": ("CPT", "Urinalysis, automated, without microscopy"),
    "Q0091": ("HCPCS", "Screening Pap smear: obtaining and preparing the specimen"),
    "36415": ("CPT", "Collection of venous blood by venipuncture"),
    "99024": ("CPT", "Post-operative follow-up visit within the global period"),
    "96413": ("CPT", "Chemotherapy IV infusion, up to 1 hour, single or initial drug"),
    "J9267": ("HCPCS", "Paclitaxel injection, 1 mg"),
    "76817": ("CPT", "Ultrasound, pregnant uterus, transvaginal"),
    "92134": ("CPT", "Scanning computerized ophthalmic imaging (OCT), retina"),
    "99421": ("CPT", "Online digital E/M, established patient, cumulative 5-10 minutes over up to 7 days"),
    "99422": ("CPT", "Online digital E/M, established patient, cumulative 11-20 minutes over up to 7 days"),
    "51798": ("CPT", "Post-voiding residual urine measurement by ultrasound, non-imaging"),
    "99495": ("CPT", "Transitional care management, moderate MDM, face-to-face visit within 14 days of discharge"),
    "11055": ("CPT", "Paring or cutting of benign hyperkeratotic lesion, single lesion"),
    "11900": ("CPT", "Intralesional injection, up to 7 lesions"),
    "20552": ("CPT", "Trigger point injection(s), 1 or 2 muscles"),
    "29580": ("CPT", "Application of Unna boot"),
    "64483": ("CPT", "Transforaminal epidural injection, lumbar or sacral, single level, with imaging guidance"),
    "73620": ("CPT", "Radiologic examination of the foot, 2 views"),
    "87811": ("CPT", "SARS-CoV-2 antigen immunoassay, read by direct optical observation"),
    "93289": ("CPT", "In-person interrogation of a transvenous implantable defibrillator, with review and report"),
    "95004": ("CPT", "Percutaneous allergy tests with allergenic extracts, per test"),
    "96365": ("CPT", "IV infusion for therapy or prophylaxis, initial, up to 1 hour"),
    "J1439": ("HCPCS", "Ferric carboxymaltose injection, 1 mg"),
    "J9173": ("HCPCS", "Durvalumab injection, 10 mg"),
}


@dataclass
class Code:
    """One gold code: system is filled from PROCEDURES for CPT/HCPCS, else ICD-10-CM."""

    code: str
    evidence: list[Phrase]
    why: str
    modifiers: list[str] = field(default_factory=list)
    units: int | None = None


@dataclass
class Skip:
    """A phrase a coder deliberately does NOT code (negated, hypothetical, ruled out...)."""

    phrase: Phrase
    rule: str
    reason: str


@dataclass
class NoteSpec:
    id: str
    specialty: str
    setting: str
    age: int
    sex: str
    payer: str
    text: str
    codes: list[Code]
    pos: str = "11"
    new_patient: bool = False
    minutes: int | None = None
    dos: str | None = None
    skips: list[Skip] = field(default_factory=list)
    provider: int = 0
    subscriber: str | None = None  # None: derived (child for minors, else self)

    def __post_init__(self) -> None:
        self.text = textwrap.dedent(self.text).strip("\n")


def c(code: str, *evidence: Phrase, why: str, mods: list[str] | None = None, units: int | None = None) -> Code:
    """Shorthand for a gold code."""
    return Code(code, list(evidence), why, mods or [], units)


def skip(phrase: Phrase, rule: str, reason: str) -> Skip:
    """Shorthand for a documented non-coded phrase."""
    return Skip(phrase, rule, reason)
