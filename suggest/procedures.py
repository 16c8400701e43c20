"""CPT/HCPCS procedures, injections, vaccines, tests and imaging documented as performed.

A procedure phrase (suggest/data/procedures.json) counts only in a sentence that reports it as done
("administered", "performed", "was injected", a Procedures section) and not as planned ("will",
"order", "schedule", "recommend", "if"), negated ("not sutured") or done elsewhere ("ECG from PCP office
reviewed", "sent to lab"). A drug brings its administration code (96372, or 96402 for hormonal
antineoplastics) only with a documented IM/SC route and not when it went into a joint; vaccines bring
90471/90472. Units: HCPCS drugs from the dose nearest to the drug name; counted services (17003 per
extra premalignant lesion, 96127/96110 per instrument, 87804 per influenza type). Modifiers: RT/LT/50 on
joint and ear procedures, 59 on a benign-lesion destruction beside a premalignant one. Repairs are
coded by site (face group 1201x, else 1200x) and documented length. Minutes-based services (tobacco
counseling 99406/99407, psychotherapy add-on 90833/90836/90838) need the minutes in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from suggest.cand import Cand
from suggest.em import dose_units
from suggest.lexicon import Term, TermIndex
from suggest.mdm import procedure_targets
from suggest.ruledata import Procedure, RuleData
from suggest.textnorm import line_bounds, sentence_bounds, tokenize

_DONE = re.compile(r"\b(performed|administered|given|done|completed|obtained|placed|applied|injected|drained|"
                   r"incised|removed|repaired|sutured|excised|debrided|treated|frozen|irrigated|destroyed|cleared|aspirated|"
                   r"tolerated|today|in office|in clinic|office|point of care|poc|taken|collected|neg|pos|"
                   r"was (?:obtained|done|performed)|"
                   r"shows?|showed|reveals?|revealed|demonstrates?|interpreted|read as|results?|positive|negative|"
                   r"normal sinus|sinus rhythm|scored|closed|biopsied|here|x ?1|reached|intubated|advanced|"
                   r"proc(?:edure)?s?(?:\s*#?\d{1,2})?\s*(?::|-\s))(?:\b|(?<=[:\s]))|"
                   r"(?::|\)|=)\s*\d+(?:\.\d+)?\s*(?:%|mg/dl|g/dl)", re.I)
# "plan", "planned", "planning" -- not "plantar" ("excisional debridement of the plantar ulcer" is done today)
_PLANNED = re.compile(r"\b(will|plan(?:s|ned|ning)?|order\w*|schedul\w*|recommend\w*|consider\w*|refer\w*|if|should|"
                      r"next (?:visit|time)|due for|declined|deferred|defer|return for|needs?|to be|would|"
                      # "(prior 7.6%)", "previous 152/94": an earlier value compared with today's result, not a
                      # service done earlier
                      r"discussed|offered|(?:prior|previous)(?!\s*(?:value\s*)?[:=]?\s*\d)|last (?:year|month|visit)|"
                      r"ago|at the last visit)\b", re.I)
_STRONG_DONE = re.compile(r"\b(performed|administered|given|done|injected|removed|completed|scored)\b", re.I)
_ELSEWHERE = re.compile(r"\b((?:from|at) (?:the |his |her |their )?(?:pcp|outside|another|referring|prior)\b|"
                        r"(?:at|from) (?:the |an? )?(?:imaging|radiology) (?:center|department|facility)|"
                        r"imaging center|next door|"
                        r"outside (?:ecg|ekg|labs?)|"
                        r"(?:sent|send) (?:out|to)|\bsent\b(?=\s*[).;,]|\s*$)|reference lab|hospital lab|ed lab|"
                        r"radiology across|"
                        r"reviewed\W*$|(?:is|was|were) reviewed\b|at home|home (?:test|kit)|"
                        # another setting's record: "ED records reviewed: ECG NSR without ischemic changes"
                        r"(?:ed|er|emergency (?:department|room)|hospital|outside) (?:records?|notes?|workup|"
                        r"work-up))\b", re.I)
_HISTORICAL = re.compile(r"\b((?:19|20)\d\d|up to date|at (?:the |a )?pharmacy|previously|already|"
                         # an immunization history line: "Shingrix x2 complete", "HPV series completed"
                         r"(?:x\s*\d|series|doses?)\s+complete[d]?|complete[d]? series|"
                         r"last (?:dose|shot|week|month|year)|records? (?:show|indicate|document)\w*|at age \d+|"
                         r"at \d{1,2}(?=[.;,)]| years?\b|\s*$))\b|"
                         r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", re.I)
_NOT_DONE_AFTER = re.compile(r"[\s,):-]*(?:was |were |is )?(?:not|never) (?:\w+ )?(?:done|repeated|performed|completed|"
                             r"administered|given|obtained|scored|needed)\b", re.I)
# "Flu vaccine - mom declines today": the patient or parent refused the product; "today" is when, not a dose given
_DECLINED = re.compile(r"\b(?:declin(?:es|ed|ing)|refus(?:es|ed|ing)|defer(?:s|red)|opts? out)\b", re.I)
# "Hep A vaccine - not immune, first dose given by PCP next week": the dose belongs to a later or another visit
_LATER_OR_ELSEWHERE = re.compile(r"\b(?:next (?:week|month|visit|time|appointment)|in \d+ (?:days?|weeks?|months?)|"
                                 r"(?:by|at|with) (?:the |his |her |their )?(?:pcp|primary care|pharmacy)|"
                                 r"at (?:the |his |her |their )?(?:next|follow-?up) (?:visit|appointment))\b", re.I)
_SEROLOGY = re.compile(r"\b(titers?|immunity|serolog\w*|antibod\w+|igg|igm)\b", re.I)
_HERE = re.compile(r"\b(in (?:clinic|office)|here|today in|by me)\b", re.I)
_NEGATED = re.compile(r"\b(not|no|without|never|declined|deferred|refused)\b(?:[ \t]+\w+){0,2}[ \t]*$", re.I)
_DOSE = re.compile(r"(\d+(?:\.\d+)?)\s*(mg|MG|mcg|g|gm|GM|G)\b(?!\s*needle)")
# an oral form of a drug that also has an injectable J-code ("Zofran 4 mg ODT given") is not the injection
_ORAL = re.compile(r"\b(odt|po|p\.o\.|orally|oral|by mouth|tablets?|tabs?|sublingual|sl)\b", re.I)
_INJECTED = re.compile(r"\b(im|iv|intramuscular\w*|intravenous\w*|sc|subq|sq|subcutaneous\w*|inject\w*|shot|"
                       r"deltoid|gluteal|gluteus|push)\b", re.I)
_BILATERAL = re.compile(r"\b(bilateral(?:ly)?|both (?:ears|knees|shoulders|hips|wrists|elbows|ankles|sides)|"
                        r"each (?:ear|knee|shoulder|hip|wrist|elbow|ankle))\b", re.I)
_RIGHT = re.compile(r"\b(right|rt|r)\b", re.I)
_LEFT = re.compile(r"\b(left|lt|l)\b", re.I)
_ROUTE = re.compile(r"\b(im|intramuscular(?:ly)?|sc|subq|sq|subcutaneous(?:ly)?|injection|injected|shot|deltoid|"
                    r"gluteal|gluteus|depot)\b", re.I)
_IM_ROUTE = re.compile(r"\b(im|intramuscular(?:ly)?|deltoid|gluteal|gluteus)\b", re.I)
# steroids that are usually injected into joints/bursae/tendon sheaths: 96372 only with an IM route
_JOINT_STEROIDS = ("J3301", "J1030", "J1040")
_JOINT_WORDS = (("major-joint-injection", re.compile(r"\b(knee|shoulder|hip|subacromial|glenohumeral)\b", re.I)),
                ("intermediate-joint-injection", re.compile(r"\b(wrist|elbow|ankle|acromioclavicular|ac joint|"
                                                           r"temporomandibular|olecranon)\b", re.I)),
                ("small-joint-injection", re.compile(r"\b(?:finger|toe|thumb|mcp|pip|dip|cmc|mtp) joint\b", re.I)))
_NON_JOINT_SITE = re.compile(r"\b(trigger point|tendon sheath|trigger finger|carpal tunnel|plantar fascia|keloid|"
                             r"intralesional|epidural|facet|de quervain|first dorsal compartment|scar)\b", re.I)
_MINUTES = re.compile(r"\b(\d{1,3})\s*(?:-\s*)?min(?:ute)?s?\b", re.I)
_LENGTH = re.compile(r"(\d+(?:\.\d+)?)\s*cm\b", re.I)
_FACE = re.compile(r"\b(face|facial|forehead|cheek|chin|nose|nasal|lip|lips|ear|ears|eyelid|eyebrow|brow|"
                   r"temple|jaw|mucous membrane)\b", re.I)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15}
_AK_COUNT = re.compile(r"\b(?:(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r") (?:\w+ ){0,3}?(?:actinic keratos\w*|aks?\b)|"
                       r"(?:actinic keratos\w*|aks?) ?(?:x ?|\()(\d{1,2})\b)", re.I)
_WART_COUNT = re.compile(r"\b(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r") (?:\w+ ){0,2}?(?:warts?|verruc\w*|"
                         r"molluscum|condylom\w*|lesions)\b|"
                         r"\b(?:warts?|verruc\w*|lesions) ?(?:x ?|\()(\d{1,2})\b", re.I)
_INSTRUMENTS = {"96127": re.compile(r"\b(phq-?9|gad-?7|phq-?a|vanderbilt|epds|edinburgh|"
                                    r"scared|pcl-?5|mdq|asrs)\b", re.I),  # PTSD checklist, mood disorder, adult ADHD
                "96110": re.compile(r"\b(asq-?3|asq:?-?se|m-?chat|peds)\b", re.I)}
_SCORE_AFTER = re.compile(r"[^.;\n]{0,20}?(?:\bscores?\b|\b\d{1,2}\b(?!\s*(?:years?|months?|weeks?|days?|/\d)))", re.I)
_FLU_AB = re.compile(r"\binfluenza a\s*(?:/|and)\s*b\b|\bflu a\s*(?:/|and)\s*b\b", re.I)
_ADMIN_DESC = {"90471": "Immunization administration, first vaccine", "90472":
               "Immunization administration, each additional vaccine",
               "96372": "Therapeutic/prophylactic injection, subcutaneous or IM",
               "96402": "Hormonal antineoplastic injection, subcutaneous or IM"}
_JOINT = ("20600", "20604", "20605", "20606", "20610", "20611", "20526", "20550", "20551", "20552", "20553")
_REPAIR = {"other": [(2.5, "12001"), (7.5, "12002"), (12.5, "12004")],
           "face": [(2.5, "12011"), (5.0, "12013"), (7.5, "12014")]}
_REPAIR_DESC = {"12001": "Simple repair, trunk/extremities/scalp/neck, 2.5 cm or less",
                "12002": "Simple repair, trunk/extremities/scalp/neck, 2.6-7.5 cm",
                "12004": "Simple repair, trunk/extremities/scalp/neck, 7.6-12.5 cm",
                "12011": "Simple repair, face/ears/eyelids/nose/lips, 2.5 cm or less",
                "12013": "Simple repair, face/ears/eyelids/nose/lips, 2.6-5.0 cm",
                "12014": "Simple repair, face/ears/eyelids/nose/lips, 5.1-7.5 cm"}
# excision of a skin lesion: code by benign/malignant, anatomic group and excised diameter (lesion + margins)
_EXCISION_SIZES = (0.5, 1.0, 2.0, 3.0, 4.0)
_EXCISION_BASE = {("benign", "trunk"): 11400, ("benign", "scalp"): 11420, ("benign", "face"): 11440,
                  ("malignant", "trunk"): 11600, ("malignant", "scalp"): 11620, ("malignant", "face"): 11640}
_EXCISION_SITE = {"trunk": "trunk/arms/legs", "scalp": "scalp/neck/hands/feet/genitalia",
                  "face": "face/ears/eyelids/nose/lips/mucous membrane"}
_MALIGNANT = re.compile(r"\b(carcinoma|bcc|scc|melanoma|malignan\w*|cancer|lentigo maligna|merkel)\b", re.I)
_SCALP_GROUP = re.compile(r"\b(scalp|neck|hands?|palms?|fingers?|thumbs?|feet|foot|soles?|toes?|genital\w*|scrotum|"
                          r"scrotal|penile|penis|vulvar?|labia\w*|axillae|axilla)\b", re.I)
_DIAMETER = re.compile(r"(?:excised|excision)\s+diameter\s*(?:of\s+|was\s+|=|:)?\s*(\d+(?:\.\d+)?)\s*(cm|mm)\b", re.I)
# intermediate (layered) repair: 1203x scalp/axillae/trunk/extremities, 1204x neck/hands/feet/genitalia,
# 1205x face/ears/eyelids/nose/lips/mucous membranes; simple repair 1200x / 1201x
_INTERMEDIATE = {"trunk": [(2.5, "12031"), (7.5, "12032"), (12.5, "12034"), (20.0, "12035"), (30.0, "12036"),
                           (1e9, "12037")],
                 "scalp": [(2.5, "12041"), (7.5, "12042"), (12.5, "12044"), (20.0, "12045"), (30.0, "12046"),
                           (1e9, "12047")],
                 "face": [(2.5, "12051"), (5.0, "12052"), (7.5, "12053"), (12.5, "12054"), (20.0, "12055"),
                          (30.0, "12056"), (1e9, "12057")]}
_NECK_HAND_FOOT = re.compile(r"\b(neck|hands?|palms?|fingers?|thumbs?|feet|foot|soles?|toes?|genital\w*|scrotum|"
                             r"penis|vulvar?)\b", re.I)
_TRUNK_LIMBS = re.compile(r"\b(scalp|axillae|axilla|trunk|chest|back|abdomen|abdominal|flank|buttocks?|arms?|forearms?|"
                          r"elbows?|wrists?|legs?|thighs?|knees?|shins?|calf|calves|ankles?|shoulders?|hips?)\b", re.I)
_REPAIR_LENGTH = re.compile(r"\b(?:repair|closure|wound|final|total)?\s*length\s*(?:of\s+|was\s+|=|:)?\s*"
                            r"(\d+(?:\.\d+)?)\s*cm\b", re.I)
# "complicated" as the note calls it, or several abscesses; breaking up loculations and packing alone are part
# of a simple drainage (dev-0026)
_COMPLICATED_ID = re.compile(r"(?<!un)\bcomplicated\b|\bcomplex abscess|\bmultiple abscesses|"
                             r"\babscesses (?:were )?(?:incised|drained)", re.I)
_ULTRASOUND = re.compile(r"\b(?:ultrasound|us|sonograph\w*)[- ](?:guid\w*)|\bunder (?:ultrasound|us|sonograph\w*)|"
                         r"\bwith (?:ultrasound|us) guidance|\bultrasound was used\b", re.I)
_NO_ULTRASOUND = re.compile(r"\b(?:without|no|not under|landmark[- ]guided)\b[^.;\n]{0,12}(?:ultrasound|us\b|guidance)|"
                            r"\blandmark[- ]guided\b", re.I)
_WITH_US = {"20600": "20604", "20605": "20606", "20610": "20611"}
_JOINT_DESC = {"20604": "Arthrocentesis or injection, small joint or bursa, with ultrasound guidance",
               "20606": "Arthrocentesis or injection, intermediate joint or bursa, with ultrasound guidance",
               "20611": "Arthrocentesis or injection, major joint or bursa, ultrasound guidance with recorded images"}
_MUSCLES = re.compile(r"\b(\d{1,2}|" + "|".join(["one", "two", "three", "four", "five", "six"]) +
                      r")\s+(?:\w+\s+){0,2}?muscles?\b", re.I)
# digit modifiers: F5-F9 right thumb..little finger, FA-F4 left; T5-T9 right great..fifth toe, TA-T4 left
_FINGERS = {"thumb": 0, "index": 1, "second": 1, "middle": 2, "long": 2, "third": 2, "ring": 3, "fourth": 3,
            "little": 4, "small": 4, "fifth": 4, "pinky": 4}
_TOES = {"great": 0, "big": 0, "hallux": 0, "first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4,
         "little": 4, "small": 4}
_DIGIT_CODES = ("11730", "11732", "11750", "11765", "20550", "26010")
_TOTAL_DOSE = re.compile(r"(\d+(?:\.\d+)?)\s*(mg|mcg)\s*(?:total|in total)\b|\btotal(?: of| dose)?\s*"
                         r"(\d+(?:\.\d+)?)\s*(mg|mcg)\b", re.I)
_NAILS = re.compile(r"\b(\d{1,2}|" + "|".join(["one", "two", "three", "four", "five", "six", "seven", "eight",
                                                "nine", "ten"]) +
                    r")\s+(?:\w+\s+){0,2}?(?:toe|finger)?nails?\b|\bnails?\s*(?:x|times)\s*(\d{1,2})\b", re.I)
# skin biopsy primary code -> (rank, add-on code for each further lesion, add-on description)
_BIOPSY = {"11106": (0, "11107", "Incisional skin biopsy, each additional lesion"),
           "11104": (1, "11105", "Punch skin biopsy, each additional lesion"),
           "11102": (2, "11103", "Tangential skin biopsy, each additional lesion")}
_BIOPSY_COUNT = re.compile(r"\bbiops(?:y|ies)\s*x\s*(\d{1,2})\b|\b(\d{1,2}|two|three|four|five|six)\s+(?:\w+\s+){0,2}?"
                           r"biopsies\b", re.I)
_TIMED = {"99406": [(3, "99406", "Tobacco cessation counseling, 3-10 minutes"),
                    (11, "99407", "Tobacco cessation counseling, over 10 minutes")],
          "90833": [(16, "90833", "Psychotherapy add-on with an E/M, 16-37 minutes"),
                    (38, "90836", "Psychotherapy add-on with an E/M, 38-52 minutes"),
                    (53, "90838", "Psychotherapy add-on with an E/M, 53 minutes or more")]}
# a specific code wins over its generic sibling found in the same note
# the sentence itself reports the service (minutes of it, or the evaluation's title)
_SELF_EVIDENT = ("counseling", "psychotherapy-addon", "psych-eval")
_SUPERSEDES = {"81003": "81002", "83036": "85018", "94060": "94010", "90792": "90791", "90656": "90686",
               # a DTaP combination vaccine ("DTaP-IPV", "DTaP-IPV/Hib", "DTaP-HepB-IPV") names DTaP inside it
               "90696": "90700", "90698": "90700", "90723": "90700",
               "J7620": "J7613", "45385": "45378", "45380": "45378", "43239": "43235", "11750": "11730"}
# a contraceptive device brings its insertion (and the insertion note names the device)
_DEVICE_INSERTION = {"J7307": ("implant-insertion", "11981"), "J7296": ("iud-insertion", "58300"),
                     "J7297": ("iud-insertion", "58300"), "J7298": ("iud-insertion", "58300"),
                     "J7300": ("iud-insertion", "58300"), "J7301": ("iud-insertion", "58300")}
# an endoscopy report names one scope: colonoscopy codes need "colonoscopy", EGD codes an upper scope term
_COLON_WORDS = re.compile(r"\bcolonoscop", re.I)


# a line that heads a list of services done at the visit ("Administered today:", "Biopsies:", "Procedures:")
_PROC_HEADER = re.compile(r"\b(?:procedures?|proc|biops(?:y|ies)|injections?|immunizations? (?:given|administered)|"
                          r"vaccines? (?:given|administered)|in[- ](?:office|clinic))\b[^:\n]{0,25}:\s*$", re.I)
# a line labelled with the service it reports ("Injection: ...", "Biopsy: ...", "Procedure 2: ...")
_SIZED = ("excision-skin-lesion", "intermediate-repair", "shave-removal", "simple-repair")
_SIZE_FLAGS = {"needs-excised-diameter", "needs-length", "needs-lesion-diameter"}
# a note titled an injection or nurse visit ("NURSE VISIT - INJECTION", "RN visit - Depo-Provera"): its medication
# line with an injection route is the administration record, though no "given" is written (CPT 96372 + the J code)
_INJECTION_TITLE = re.compile(r"\b(?:(?:nurse|nursing|rn|lpn|ma|injection|shot)(?:[- ]only)?\s+visit|visit\s*[-:\u2013]"
                              r"\s*(?:injection|immunization))\b", re.I)
_IM_OR_SC = re.compile(r"\b(?:IM|SC|SQ|subcut\w*|intramuscular\w*|subcutaneous\w*)\b", re.I)


def _injection_visit(text: str) -> bool:
    first = len(text) - len(text.lstrip())
    return bool(_INJECTION_TITLE.search(text, first, line_bounds(text, first)[1]))


_INLINE_LABEL = re.compile(r"[ \t]*(?:[-*\u2022]\s*)?(?:procedures?|proc|injections?|biops(?:y|ies)|skin biopsy|"
                           r"immunizations? (?:given|administered)|vaccines? (?:given|administered))"
                           r"(?:\s*#?\d{1,2})?\s*:\s*(?=\S)", re.I)
# the paragraph of a cessation-counseling phrase names the tobacco product (CPT 99406/99407: smoking and tobacco use
# cessation counseling); "counseled on quitting" alone could be alcohol
_TOBACCO = re.compile(r"\b(?:tobacco|smok\w*|cigar\w*|nicotine|vap(?:e|es|ing)|e-?cig\w*|snuff|chew(?:ing)? tobacco|"
                      r"pack[- ]?(?:a[- ]day|years?|/day)|ppd|pk-?yr)", re.I)
_RESULT_AFTER = re.compile(r"[ \t]*(?:of |was |is |=|:)?[ \t]*\d+(?:\.\d+)?(?![\d/])"
                           r"(?!\s*(?:years?|months?|weeks?|days?|hours?|h|min\w*|x|times)\b)", re.I)


def _under_done_header(text: str, start: int) -> bool:
    """The sentence is an item of a list (same paragraph, no blank line) whose heading line, ending with ":",
    reports the services as done ("Administered today:", "Biopsies:", "Procedures performed:"); a heading
    that plans them ("Vaccines due today:", "Will order:") does not."""
    i = text.rfind("\n", 0, start)
    for _ in range(8):
        if i <= 0:
            return False
        j = text.rfind("\n", 0, i)
        line = text[j + 1:i]
        if not line.strip():
            return False  # a blank line ends the list
        if line.rstrip().endswith(":"):
            head = line[-60:]
            if _PLANNED.search(head) or re.search(r"\b(?:due|past|prior|previous|history|hx|surgical|upcoming|"
                                                  r"future|pending|outside)\b", head, re.I):
                return False  # "Vaccines due today:", "Past procedures:", "Surgical history:"
            return bool(_PROC_HEADER.search(line) or _STRONG_DONE.search(head))
        i = j
    return False


def _heading_done(text: str, at: int, end: int) -> bool:
    """The procedure's name heads its description ("I&D, complicated: consent, prep... Incised with #11
    blade..."): the paragraph that follows reports it as done."""
    ls, le = line_bounds(text, at, end)
    if text[ls:at].strip(" \t-*\u2022#0123456789.)(") or ":" not in text[end:min(le, end + 25)]:
        return False
    para = text.find("\n\n", end)
    body = text[end:min(para if para >= 0 else len(text), end + 400)]
    return bool(_STRONG_DONE.search(body) or re.search(r"\b(?:incised|excised|drained|sutured|repaired|"
                                                      r"irrigated|injected|removed|placed)\b", body, re.I)) \
        and not _PLANNED.search(text[ls:le])


_INTERP_BY_ME = re.compile(r"\b(?:i (?:personally )?(?:interpreted|read|reviewed and interpreted)|"
                           r"(?:my|physician) interpretation|interpreted by me|interpretation and report|"
                           # "ECG - my read: atrial fibrillation with RVR", "EKG read by me"
                           r"my (?:own )?read(?:ing)?|read by me|independently (?:interpreted|read))\b", re.I)
# "outside records from orthopedics" in the paragraph is not where today's tracing was recorded
_TRACING_ELSEWHERE = re.compile(r"\b(?:hospital|outpatient (?:lab|cardiology)|cardiology lab|heart station|"
                                r"outside(?!\s+(?:records?|notes?|labs?|imaging|films?))|"
                                r"urgent care|tracing only)\b", re.I)
_PAST_PROC = re.compile(r"\b(?:history of|hx of|h/o|status post|s/p|post[- ]?op\w*)\b|"
                        # "Indication: DJD R knee, failed injections/PT": treatments tried before, not done today
                        r"\b(?:failed|despite|tried)\b(?=[^.;\n]{0,30}$)|"
                        r"\b\d+\s*(?:days?|weeks?|months?|years?)\s+(?:after|following|since)\b", re.I)
_UPPER_WORDS = re.compile(r"\b(?:egd|esophagogastroduodenoscopy|upper endoscopy|upper scope)\b", re.I)
_POSTOP_PLANNED = re.compile(r"\b(?:f/?u|follow[- ]?up|rtc|return|next|schedul\w*|see)\b[^.;\n]{0,20}$", re.I)


def _paragraph(text: str, at: int) -> tuple[int, int]:
    """The block of lines around ``at`` between blank lines."""
    a = text.rfind("\n\n", 0, at)
    b = text.find("\n\n", at)
    return (a + 2 if a >= 0 else 0), (b if b >= 0 else len(text))


def _scope_at(text: str, at: int) -> str | None:
    """Which scope a combined EGD/colonoscopy report is describing at ``at``: the last one named before it."""
    up = [m.start() for m in _UPPER_WORDS.finditer(text, 0, at)]
    co = [m.start() for m in _COLON_WORDS.finditer(text, 0, at)]
    if not up and not co:
        return None
    return "upper" if (up[-1] if up else -1) > (co[-1] if co else -1) else "colon"


def _count_before(pattern: re.Pattern[str], seg: str) -> int:
    """The largest count the pattern's number group gives in ``seg`` ("4 mycotic toenails", "3 muscles")."""
    nums = []
    for m in pattern.finditer(seg):
        v = next((g for g in m.groups() if g), "").lower()
        n = int(v) if v.isdigit() else 1 if v == "one" else _NUMBER_WORDS.get(v, 0)
        nums.append(n)
    return max(nums) if nums else 0


def _digit_modifier(window: str) -> str | None:
    """F5-F9/FA-F4 for a named finger, T5-T9/TA-T4 for a named toe, from the side written beside it."""
    low = window.lower()
    toe = re.search(r"\b(?:(great|big|second|third|fourth|fifth|little|small|first) toe(?:nail)?|(hallux))\b", low)
    finger = re.search(r"\b(thumb|index|middle|long|ring|little|small|pinky|second|third|fourth|fifth)"
                       r"(?: finger)?\b(?=[^.;\n]{0,15}\b(?:finger|digit|trigger|a1|tendon)|\s+finger)|\b(thumb)\b",
                       low)
    r, l_ = _RIGHT.search(window), _LEFT.search(window)
    side = "R" if r and (not l_ or r.start() < l_.start()) else "L" if l_ else None
    if side is None:
        return None
    if toe:
        i = _TOES[toe.group(1) or toe.group(2)]
        return ("T5", "T6", "T7", "T8", "T9")[i] if side == "R" else ("TA", "T1", "T2", "T3", "T4")[i]
    if finger:
        i = _FINGERS[finger.group(1) or finger.group(2)]
        return ("F5", "F6", "F7", "F8", "F9")[i] if side == "R" else ("FA", "F1", "F2", "F3", "F4")[i]
    return None


def _occurrences(low: str, word: str) -> list[int]:
    out, i = [], low.find(word)
    while i >= 0:
        out.append(i)
        i = low.find(word, i + 1)
    return out


# a dosing frequency or course: the drug is prescribed, not given in the office (no "given/administered" in the clause)
_REGIMEN = re.compile(r"\b(?:q\.?i\.?d|t\.?i\.?d|b\.?i\.?d|qhs|qam|qpm|q\s?\d{1,2}\s?h(?:ours?|rs?)?|"
                      r"every \d{1,2} hours|daily|nightly|(?:twice|three times|four times) (?:a|per) day|"
                      r"as needed|prn|(?:x|for) \d{1,2} (?:days|weeks))\b", re.I)


def _not_given_here(seg: str, a: int, b: int) -> bool:
    """A vaccine or drug named in a sentence that refuses it or gives it at another time or place, with no dose
    given in the phrase's own clause: "Flu vaccine - mom declines today", "Hep A vaccine - not immune, first dose
    given by PCP next week". A procedure is coded only when performed at this encounter (CPT; I.C.21.c.2 for Z23)."""
    clause = _clause(seg, b - 1, b)  # the clause of the phrase's end: a match may span "... declined; Tdap"
    if _DECLINED.search(clause):
        return True
    if _STRONG_DONE.search(clause):
        return False
    done = _STRONG_DONE.search(seg, b)  # the first "given"/"administered" after the phrase, in the same sentence
    return bool(done) and bool(_LATER_OR_ELSEWHERE.search(_clause(seg, done.start(), done.end())))


def _clause(seg: str, a: int, b: int) -> str:
    """The part of ``seg`` around [a, b) between commas/semicolons (decimals such as 7.5 are kept)."""
    left = max(seg.rfind(ch, 0, max(a, 0)) for ch in ",;")
    right = [i for i in (seg.find(ch, b) for ch in ",;") if i >= 0]
    return seg[left + 1:min(right) if right else len(seg)]


def _wrapped_end(text: str, e: int) -> int:
    """Extend a unit that stops mid-sentence at a line break ("7.5 mg\\n IM given today")."""
    if e >= len(text) or text[max(0, e - 1)] in ".;:!?" or text[e:e + 1] != "\n":
        return e
    nxt = text[e + 1:e + 100]
    if not nxt[:1].isspace() and not nxt[:1].islower() and nxt[:1] not in "+&":
        return e
    if "\n" in nxt[:len(nxt) - len(nxt.lstrip())]:
        return e  # a blank line ends the paragraph: "POC A1c today: 8.4%" is not continued by "Assessment & Plan"
    stop = re.search(r"[.;\n]", nxt.lstrip())
    lead = len(nxt) - len(nxt.lstrip())
    return e + 1 + lead + (stop.end() if stop else len(nxt.lstrip()))


class ProcedureMatcher:
    """Token-set matcher over the project's procedure phrases."""

    def __init__(self, data: RuleData) -> None:
        self.canon = dict(data.tokens.canonical)
        self.stop = frozenset(data.tokens.stopwords)
        self.by_id: dict[str, Procedure] = {p.id: p for p in data.procedures}
        rows = [(p.id, t, "synonym") for p in data.procedures for t in p.terms]
        self.index = TermIndex.build(rows, self.canon, self.stop)

    def find(self, text: str, units: list[tuple[int, int, str]]) -> list[Cand]:
        found: dict[str, Cand] = {}
        # biopsy technique -> (sentence, lesion) pairs: one lesion per sentence unless it gives a count ("x2")
        lesions: dict[str, set[tuple[int, int]]] = {}
        for ui, (s, e, section) in enumerate(units):
            seg = text[s:e]
            toks = [(t, a + s, b + s) for t, a, b in tokenize(seg, self.canon) if t not in self.stop]
            e = _wrapped_end(text, e)
            for m in self.index.match_window(toks, ui, slack=3):  # sentences may wrap lines
                proc = self.by_id[m.term.code]
                if not self._performed(text, s, m.start, m.end, text[s:e], section, proc):
                    continue
                c = found.get(proc.id)
                if c is not None and proc.id in _SIZED and set(c.flags) & _SIZE_FLAGS:
                    # the first mention had no size ("here for excision"); a later one documents it
                    again = Cand(proc.system, proc.code, proc.description, True, [], section, "present", "rule", 1)
                    if self._details(again, proc, text, s, e, m.start) and not set(again.flags) & _SIZE_FLAGS:
                        c.code, c.description, c.flags = again.code, again.description, list(again.flags)
                        c.rules += [r for r in again.rules if r not in c.rules]
                        c.notes = list(again.notes) or c.notes
                if c is None:
                    c = Cand(proc.system, proc.code, proc.description, True, [], section, "present", "rule",
                             len(m.term.tokens), ui, first_offset=m.start, sections={section})
                    c.add_rule("PROC-performed", f"documented as performed: {proc.id}")
                    c.extra.update(procedure_id=proc.id, significant=proc.significant, kind=proc.kind,
                                   admin=proc.admin, route=bool(_ROUTE.search(text[s:e])),
                                   im=bool(_IM_ROUTE.search(text[s:e])))
                    if not self._details(c, proc, text, s, e, m.start):
                        continue
                    low = text[s:e].lower()
                    how = next((w.strip() for w in proc.requires_any if w.strip() and w.strip() in low), "")
                    if how:  # the method ("cryotherapy", "injected") is part of the evidence
                        c.spans.append((s + low.index(how), s + low.index(how) + len(how)))
                    found[proc.id] = c
                c.spans.append((m.start, m.end))
                if proc.code in _BIOPSY and not section.startswith(("assessment", "plan", "impression")):
                    n = _count_before(_BIOPSY_COUNT, text[s:e]) or 1
                    lesions.setdefault(proc.code, set()).update((ui, k) for k in range(n))
        cands = list(found.values())
        self._biopsies(cands, lesions)
        codes = {c.code for c in cands}
        cands = [c for c in cands if not any(sup in codes and gen == c.code for sup, gen in _SUPERSEDES.items())]
        self._lesion_units(cands, text)
        cands = self._repairs(cands)
        self._joint_from_drug(cands, text)
        self._guidance(cands, text)
        self._device_pair(cands)
        self._inhalation_pair(cands, text)
        return self._with_admin(cands)

    def _inhalation_pair(self, cands: list[Cand], text: str) -> None:
        """An in-office nebulized drug and its inhalation treatment come together: "nebulized albuterol" and
        "albuterol via nebulizer" name both 94640 and the drug (J7613 albuterol, J7620 with ipratropium)."""
        neb = next((c for c in cands if c.code == "94640"), None)
        drug = next((c for c in cands if c.code in ("J7613", "J7620")), None)
        if drug is not None and neb is None:
            proc = self.by_id["nebulizer"]
            neb = Cand(proc.system, proc.code, proc.description, True, list(drug.spans), drug.section, "present",
                       "rule", 1, first_offset=drug.first_offset, sections=set(drug.sections))
            neb.add_rule("PROC-performed", "inhalation treatment that administered the nebulized drug")
            neb.extra.update(procedure_id=proc.id, significant=proc.significant, kind=proc.kind)
            cands.insert(cands.index(drug), neb)
        elif neb is not None and drug is None:
            a, b = neb.spans[0]
            s, e = sentence_bounds(text, a, b)
            low = text[s:e].lower()
            if re.search(r"\bmdi\b|\binhaler\b|\bpuffs?\b", low) and "nebuli" not in low:
                return  # a metered-dose inhaler with spacer: 94640 alone, the inhaler's drug is no J-code solution
            pid = "duoneb" if re.search(r"ipratropium|duoneb", low) else "albuterol-neb" if "albuterol" in low else ""
            if not pid:
                return
            proc = self.by_id[pid]
            at = s + low.index("albuterol" if "albuterol" in low else "duoneb" if "duoneb" in low else "ipratropium")
            c = Cand(proc.system, proc.code, proc.description, True, [(at, at + 9)], neb.section, "present", "rule",
                     1, first_offset=at, sections=set(neb.sections))
            c.add_rule("PROC-performed", f"drug of the inhalation treatment: {proc.id}")
            c.extra.update(procedure_id=proc.id, significant=proc.significant, kind=proc.kind, admin=proc.admin,
                           route=False)
            if proc.dose_mg:
                self._dose(c, proc, text, s, e, at)
            cands.insert(cands.index(neb) + 1, c)

    @staticmethod
    def _performed(text: str, start: int, at: int, end: int, seg: str, section: str, proc: Procedure) -> bool:
        """Done in this encounter: judged on the clause holding the phrase ("Rapid strep positive; culture
        sent out" codes the strep test, "Flu vaccine declined; Tdap given" does not code the flu vaccine)."""
        low = seg.lower() if proc.kind != "endoscopy" else text.lower()
        label = _INLINE_LABEL.match(text, line_bounds(text, at)[0])
        if label and label.end() <= start:  # "Injection: Depo-Medrol 40 mg into R knee": the label is the method
            low = text[label.start():start].lower() + low
        if proc.requires_any and not any(w in low for w in proc.requires_any):
            return False
        if proc.requires_any and proc.kind != "endoscopy" and not any(
                not _NEGATED.search(seg, max(0, i - 30), i)
                for w in proc.requires_any if w.strip() for i in _occurrences(low, w)):
            return False  # "he declined cryotherapy today": the method was not used
        if proc.kind == "endoscopy":  # a combined EGD/colonoscopy report: each finding belongs to its scope
            scope = _scope_at(text, at)
            if proc.code.startswith("432") and (scope == "colon" or scope is None and _COLON_WORDS.search(text[:300])):
                return False  # a colonoscopy report's biopsies are not an EGD's
            if proc.code.startswith("453") and scope == "upper":
                return False
        if _NEGATED.search(text, max(start, at - 30), at) or _NOT_DONE_AFTER.match(text, end):
            return False
        if proc.kind == "vaccine" and _SEROLOGY.search(_clause(seg, at - start, end - start)):
            return False  # "MMR titer drawn today" is a blood test of immunity, not the vaccine
        if proc.kind in ("vaccine", "drug") and _not_given_here(seg, at - start, end - start):
            return False
        if proc.kind in _SELF_EVIDENT:
            return True
        if proc.kind == "ecg" and (_INTERP_BY_ME.search(seg) or _INTERP_BY_ME.search(text, *_paragraph(text, at)) and
                                   _TRACING_ELSEWHERE.search(text, *_paragraph(text, at))):
            return True  # the physician's own reading of a tracing, wherever it was recorded (93010 if elsewhere)
        clause = _clause(seg, at - start, end - start)
        if proc.kind == "procedure" and _PAST_PROC.search(seg, max(0, at - start - 60), end - start):
            return False  # "history of BCC of the nose excised 2021", "s/p knee injection in May"
        if _HISTORICAL.search(clause) and not _HERE.search(clause) and not re.search(r"\btoday\b", clause, re.I):
            return False
        if proc.kind != "procedure" and _ELSEWHERE.search(clause) and not _HERE.search(clause):
            return False
        if proc.kind in ("imaging", "ecg") and _ELSEWHERE.search(seg) and not _HERE.search(seg):
            return False  # "X-ray left wrist, 3 views, obtained at the imaging center next door"
        if _PLANNED.search(clause) and not _STRONG_DONE.search(clause):
            return False
        if proc.code in _INSTRUMENTS and _SCORE_AFTER.match(text, end):
            return True  # "GAD-7 down from 14 to 11", "Vanderbilt scores still elevated": scored at this visit
        if proc.kind == "postop":  # "Post-op check / suture removal", "A: routine post-op visit", not "f/u post-op"
            return not _POSTOP_PLANNED.search(text, max(start, at - 30), at)
        if proc.kind == "lab" and _RESULT_AFTER.match(text, end):
            return True  # "Fingerstick glucose 168", "hemoglobin 11.2 g/dL": the test's result is reported
        if proc.kind == "procedure" and proc.requires_any:
            return True  # the method is named ("Cryo x3 to warts on the right hand") and nothing plans it
        if proc.kind == "drug" and _IM_OR_SC.search(seg) and _injection_visit(text):
            return True  # "Medication: cyanocobalamin 1000 mcg/mL, 1 mL IM" in an injection visit's record
        if proc.kind in ("drug", "treatment") and _REGIMEN.search(clause) and not _DONE.search(clause):
            return False  # "DuoNeb QID", "albuterol q4h x 48 h": a regimen prescribed for home, not a dose given here
        return section == "procedures" or bool(_DONE.search(seg)) or _under_done_header(text, start) \
            or _heading_done(text, at, end) or bool(label)

    def _details(self, c: Cand, proc: Procedure, text: str, s: int, e: int, at: int) -> bool:
        """Units, modifiers and code choice from the sentence; False when the service is not billable."""
        seg = text[s:e]
        if proc.kind == "drug" and proc.code.startswith("J") and not proc.code.startswith("J7"):
            near = _clause(seg, at - s, at - s + 1)
            if _ORAL.search(near) and not _INJECTED.search(near):
                return False  # an oral dose of the drug, not its injection
        if proc.dose_mg:
            self._dose(c, proc, text, s, e, at)
        if proc.bilateral_modifier and _BILATERAL.search(seg):
            c.extra["modifiers"] = ["50"]
            c.notes.append("bilateral procedure: modifier 50")
        if proc.code in _JOINT or (proc.bilateral_modifier and "modifiers" not in c.extra):
            near = text[max(s, at - 40): min(e, at + 80)]
            if _BILATERAL.search(seg):
                c.extra["modifiers"] = ["50"]
            else:
                r, l_ = _RIGHT.search(near), _LEFT.search(near)
                side = "RT" if r and (not l_ or r.start() < l_.start()) else "LT" if l_ else None
                if side is None:  # "right knee prepped with chlorhexidine; lateral approach, ... injected into it"
                    sides = [m for m in (*_RIGHT.finditer(seg), *_LEFT.finditer(seg)) if s + m.start() < at]
                    last = max(sides, key=lambda m: m.start()) if sides else None
                    side = None if last is None else "RT" if last.group(1)[0].lower() == "r" else "LT"
                if side is None:  # "Right ear: cerumen too hard... removed by irrigation (ear lavage)"
                    ls = line_bounds(text, at)[0]
                    head = re.match(r"[\s\-*\u2022]*(right|rt|r|left|lt|l)\b[^:\n]{0,20}:", text[ls:at], re.I)
                    side = ("RT" if head.group(1)[0].lower() == "r" else "LT") if head else None
                if side:
                    c.extra["modifiers"] = [side]
                    c.add_rule("MOD-laterality", f"{side} from the documented side")
                else:
                    c.extra["needs_side"] = True  # side_from_problem: the side of the problem it treats
        if proc.code == "12001":
            self._repair(c, text, s, e)
        if proc.id == "excision-skin-lesion":
            self._excision(c, text, s, e, at)
        if proc.code == "81003" and re.search(r"\bnon-?\s?automated|\bmanual\b|\bdipstick\b", seg, re.I):
            return False  # "urinalysis (dipstick, non-automated)" is 81002
        if proc.id == "shave-removal":
            self._shave(c, text, s, e, at)
        if proc.id == "intermediate-repair":
            self._intermediate(c, text, s, e, at)
        if proc.code == "10060" and _COMPLICATED_ID.search(text, line_bounds(text, at)[0], _paragraph(text, at)[1]):
            c.code, c.description = "10061", "Incision and drainage of abscess, complicated or multiple"
            c.add_rule("PROC-complicated", "complicated or multiple abscess drainage (loculations, packing) -> 10061")
        if proc.code == "20552" and _count_before(_MUSCLES, text[s:_paragraph(text, at)[1]]) >= 3:
            c.code, c.description = "20553", "Trigger point injection(s), 3 or more muscles"
            c.add_rule("PROC-count", "trigger points in 3 or more muscles -> 20553")
        if proc.code == "11721":
            n = _count_before(_NAILS, seg)
            if 1 <= n <= 5:
                c.code, c.description = "11720", "Debridement of nails, 1 to 5"
                c.add_rule("PROC-count", f"{n} nails debrided -> 11720")
        if proc.code in _DIGIT_CODES:
            mod = _digit_modifier(text[s:e])
            if mod:
                c.extra["modifiers"] = [mod]
                c.add_rule("MOD-digit", f"{mod} from the documented finger/toe and side")
        if proc.kind == "ecg":
            pa, pb = _paragraph(text, at)
            if _INTERP_BY_ME.search(text, pa, pb) and _TRACING_ELSEWHERE.search(text, pa, pb):
                c.code, c.description = "93010", "ECG interpretation and report only"
                c.extra["interpretation_only"] = True
                c.add_rule("PROC-ecg", "tracing recorded elsewhere, interpreted here -> 93010")
        if proc.kind == "counseling" and not _TOBACCO.search(text, *_paragraph(text, at)):
            return False  # "counseled 5 minutes on quitting" is tobacco cessation only where tobacco is the topic
        if proc.code in _TIMED:
            mins = [int(x) for x in _MINUTES.findall(text, max(s, at - 40), min(e, at + 120))]
            if not mins or mins[0] < proc.unit_minutes:
                return False
            for lo, code, desc in _TIMED[proc.code]:
                if mins[0] >= lo:
                    c.code, c.description = code, desc
            c.add_rule("PROC-minutes", f"{mins[0]} minutes documented -> {c.code}")
        if proc.code in _INSTRUMENTS:
            if not _INSTRUMENTS[proc.code].search(seg):
                return False  # PHQ-2 and other brief screens are not separately billed
            names = {re.sub(r"\W", "", x.lower()) for x in _INSTRUMENTS[proc.code].findall(text)}
            if "vanderbilt" in names:  # one form per informant
                forms = {f"vanderbilt-{w}" for w in ("parent", "teacher") if re.search(rf"\b{w}\b", text, re.I)}
                if forms:  # "teacher Vanderbilt" is one form, not the name plus the form
                    names = (names - {"vanderbilt"}) | forms
            if len(names) > 1:
                c.extra["units"] = len(names)
                c.notes.append(f"{len(names)} scored instruments: {', '.join(sorted(names))}")
        if proc.code == "87804" and _FLU_AB.search(seg):
            c.extra["units"] = 2
            c.notes.append("influenza A and B antigens: one unit each")
        return True

    @staticmethod
    def _dose(c: Cand, proc: Procedure, text: str, s: int, e: int, at: int) -> None:
        after = [m for m in _DOSE.finditer(text, at, e)]
        before = [m for m in _DOSE.finditer(text, s, at)]
        m = after[0] if after and after[0].start() - at < 60 else before[-1] if before else None
        total = _TOTAL_DOSE.search(text, s, e)
        if total:  # "40 mg into each knee (80 mg total)": the units are for all the drug given
            m = _DOSE.match(text, total.start(1) if total.group(1) else total.start(3))
        if m is None:
            return
        v, u = float(m.group(1)), m.group(2).lower()
        u = "g" if u == "gm" else u
        mg = v * (1000 if u == "g" else 0.001 if u == "mcg" else 1)
        if proc.code == "J3420":  # B12 is billed per up to 1000 mcg
            mg = v / 1000 if u == "mcg" else mg
        if proc.code == "J1030" and mg >= 80 and mg % 80 == 0:  # the 80 mg vial has its own code
            c.code, c.description = "J1040", "Methylprednisolone acetate injection, 80 mg"
            c.extra["units"] = int(mg // 80)
            c.add_rule("UNITS-dose", f"dose {v:g} {u} / 80 mg per unit")
            c.spans.append((min(at, m.start()), max(m.end(), at)))
            return
        c.extra["units"] = dose_units(mg, proc.dose_mg)
        c.add_rule("UNITS-dose", f"dose {v:g} {u} / {proc.dose_mg:g} mg per unit")
        c.spans.append((min(at, m.start()), max(m.end(), at)))

    @staticmethod
    def _repair(c: Cand, text: str, s: int, e: int) -> None:
        lengths = [float(x) for x in _LENGTH.findall(text[s:e])]
        window = [m for m in re.finditer(r"laceration", text, re.I)]
        site = "face" if any(_FACE.search(text, m.end(), m.end() + 40) for m in window) else "other"
        line = text[line_bounds(text, s)[0]:e]  # the repair's own line names its site ("- Chin: simple repair")
        if _FACE.search(line):
            site = "face"
        elif _TRUNK_LIMBS.search(line) or _NECK_HAND_FOOT.search(line):
            site = "other"
        if not lengths:
            for m in window:
                lengths += [float(x) for x in _LENGTH.findall(text, max(0, m.start() - 30), m.start())]
        size = max(lengths) if lengths else 0.0
        if not lengths:
            c.add_flag("needs-length")
        code = next((cd for limit, cd in _REPAIR[site] if size <= limit), _REPAIR[site][-1][1])
        c.code, c.description = code, _REPAIR_DESC[code]
        c.add_rule("PROC-repair", f"simple repair, {site} group, {size:g} cm -> {code}")

    @staticmethod
    def _excision(c: Cand, text: str, s: int, e: int, at: int) -> None:
        """Excision of a skin lesion: benign (114xx) or malignant (116xx), by anatomic group and the excised
        diameter (the lesion plus its narrowest margins); the simple closure is part of it."""
        pa, pb = _paragraph(text, at)
        block = text[pa:pb]
        kind = "malignant" if _MALIGNANT.search(block) and not re.search(r"\bbenign\b", block, re.I) else "benign"
        unit = text[s:e]
        site = next((g for g, rx in (("face", _FACE), ("scalp", _SCALP_GROUP)) if rx.search(unit)), None) or \
            next((g for g, rx in (("face", _FACE), ("scalp", _SCALP_GROUP)) if rx.search(block)), "trunk")
        m = _DIAMETER.search(block)
        size = 0.0
        if m:
            size = float(m.group(1)) / (10 if m.group(2).lower() == "mm" else 1)
        else:
            les = [float(x) / (10 if u.lower() == "mm" else 1)
                   for x, u in re.findall(r"(\d+(?:\.\d+)?)\s*(cm|mm)\b(?!\s*margins?)", block)]
            marg = [float(x) / (10 if u.lower() == "mm" else 1)
                    for x, u in re.findall(r"(\d+(?:\.\d+)?)\s*(cm|mm)\s+margins?", block, re.I)]
            if les:
                size = max(les) + 2 * (min(marg) if marg else 0)
            c.add_flag("needs-excised-diameter")
        band = next((i for i, lim in enumerate(_EXCISION_SIZES) if size <= lim + 1e-9), 5) if size else 0
        code = str(_EXCISION_BASE[(kind, site)] + (band if band < 5 else 6))
        c.code = code
        c.description = f"Excision, {kind} skin lesion, {_EXCISION_SITE[site]}, excised diameter " + \
            (f"{size:g} cm" if size else "not documented")
        c.add_rule("PROC-excision", f"{kind} lesion, {site} group, excised diameter {size:g} cm -> {code}")

    @staticmethod
    def _shave(c: Cand, text: str, s: int, e: int, at: int) -> None:
        """Shave removal of an epidermal/dermal lesion by the lesion diameter: 11300-11303 trunk/arms/legs,
        11305-11308 scalp/neck/hands/feet/genitalia, 11310-11313 face/ears/eyelids/nose/lips."""
        pa, pb = _paragraph(text, at)
        unit = text[min(s, line_bounds(text, at)[0]):e]
        site = next((g for g, rx in (("face", _FACE), ("scalp", _SCALP_GROUP)) if rx.search(unit)), None) or \
            next((g for g, rx in (("face", _FACE), ("scalp", _SCALP_GROUP)) if rx.search(text, pa, pb)), "trunk")
        sizes = [float(x) / (10 if u.lower() == "mm" else 1)
                 for x, u in re.findall(r"(\d+(?:\.\d+)?)\s*(cm|mm)\b", unit)]
        if not sizes:
            c.add_flag("needs-lesion-diameter")
        size = max(sizes) if sizes else 0.0
        band = next((i for i, lim in enumerate((0.5, 1.0, 2.0)) if size <= lim + 1e-9), 3)
        base = {"trunk": 11300, "scalp": 11305, "face": 11310}[site]
        c.code = str(base + band)
        c.description = f"Shave removal of skin lesion, {_EXCISION_SITE[site]}, {size:g} cm"
        c.add_rule("PROC-shave", f"shave removal, {site} group, lesion diameter {size:g} cm -> {c.code}")

    @staticmethod
    def _intermediate(c: Cand, text: str, s: int, e: int, at: int) -> None:
        """Intermediate (layered) repair: 1203x/1204x/1205x by anatomic group and the repaired length."""
        pa, pb = _paragraph(text, at)
        unit = text[min(s, line_bounds(text, at)[0]):e]  # the line's own heading ("Right forearm: ...")
        before = text[max(pa, s - 200):s]
        site = "face" if _FACE.search(unit) else "scalp" if _NECK_HAND_FOOT.search(unit) else \
            "trunk" if _TRUNK_LIMBS.search(unit) else None
        if site is None:
            site = "face" if _FACE.search(before) else "scalp" if _NECK_HAND_FOOT.search(before) else "trunk"
        m = _REPAIR_LENGTH.search(unit) or _REPAIR_LENGTH.search(text, e, pb)
        lengths = [float(m.group(1))] if m else [float(x) for x in _LENGTH.findall(unit)]
        size = max(lengths) if lengths else 0.0
        if not lengths:
            c.add_flag("needs-length")
        code = next(cd for limit, cd in _INTERMEDIATE[site] if size <= limit)
        c.code = code
        c.description = f"Intermediate (layered) repair, {site} group, {size:g} cm"
        c.add_rule("PROC-repair", f"intermediate repair, {site} group, {size:g} cm -> {code}")

    @staticmethod
    def _biopsies(cands: list[Cand], lesions: dict[str, set[tuple[int, int]]]) -> None:
        """Skin biopsies: one primary code for the visit, from the highest-ranked technique done (incisional >
        punch > tangential); each further lesion, of that or another technique, takes its technique's add-on."""
        done = [c for c in cands if c.code in _BIOPSY]
        if not done:
            return
        done.sort(key=lambda c: _BIOPSY[c.code][0])
        for i, c in enumerate(done):
            n = max(1, len(lesions.get(c.code, ())))
            addon, desc = _BIOPSY[c.code][1], _BIOPSY[c.code][2]
            if i == 0 and n > 1:
                extra = Cand(c.system, addon, desc, True, list(c.spans), c.section, "present", "rule", 1,
                             first_offset=c.first_offset, sections=set(c.sections))
                extra.add_rule("PROC-biopsy", f"{n - 1} further lesion(s) by the same technique -> {addon}")
                extra.extra.update(units=n - 1, kind="procedure", significant=True)
                cands.insert(cands.index(c) + 1, extra)
            elif i > 0:
                c.code, c.description = addon, desc
                c.add_rule("PROC-biopsy", f"a second biopsy technique is reported with its add-on code -> {addon}")
                if n > 1:
                    c.extra["units"] = n

    def _joint_from_drug(self, cands: list[Cand], text: str) -> None:
        """A steroid injected in a sentence that names the joint but not as one phrase ("the right knee was prepped
        with chlorhexidine and injected ... with 40 mg of triamcinolone"): the joint injection by the joint's size."""
        if any(c.code in _JOINT or c.code in ("20604", "20606", "20611", "20612") for c in cands):
            return
        for d in [c for c in cands if c.code in _JOINT_STEROIDS and not c.extra.get("im")]:
            a = d.first_offset if d.first_offset is not None else d.spans[0][0]
            lo, hi = sentence_bounds(text, a, stops=(". ", "\n\n"))
            sent = text[lo:hi]
            if not re.search(r"\binject\w*|\baspirat\w*", sent, re.I) or _NON_JOINT_SITE.search(sent):
                continue
            m = next(((pid, mm) for pid, rx in _JOINT_WORDS for mm in [rx.search(sent)] if mm), None)
            if m is None:
                continue
            proc = self.by_id[m[0]]
            j = Cand(proc.system, proc.code, proc.description, True, [(lo + m[1].start(), lo + m[1].end())],
                     d.section, "present", "rule", 1, first_offset=lo + m[1].start(), sections=set(d.sections))
            j.add_rule("PROC-performed", f"the {m[1].group(0).lower()} injected with the documented steroid")
            j.extra.update(procedure_id=proc.id, significant=proc.significant, kind=proc.kind)
            r, l_ = _RIGHT.search(sent), _LEFT.search(sent)
            side = "50" if _BILATERAL.search(sent) else "RT" if r and (not l_ or r.start() < l_.start()) else \
                "LT" if l_ else None
            if side:
                j.extra["modifiers"] = [side]
            cands.insert(cands.index(d), j)
            return

    def _device_pair(self, cands: list[Cand]) -> None:
        """A contraceptive device documented as inserted ("Nexplanon inserted", "Mirena ... inserted") is both the
        device (J7307, J7296-J7301) and its insertion (11981 implant, 58300 IUD)."""
        codes = {c.code for c in cands}
        for dev in [c for c in cands if c.code in _DEVICE_INSERTION]:
            pid, code = _DEVICE_INSERTION[dev.code]
            if code in codes:
                continue
            proc = self.by_id[pid]
            ins = Cand(proc.system, proc.code, proc.description, True, list(dev.spans), dev.section, "present",
                       "rule", 1, first_offset=dev.first_offset, sections=set(dev.sections))
            ins.add_rule("PROC-performed", f"insertion of the documented device {dev.code}")
            ins.extra.update(procedure_id=proc.id, significant=proc.significant, kind=proc.kind)
            cands.insert(cands.index(dev), ins)
            codes.add(code)

    @staticmethod
    def _guidance(cands: list[Cand], text: str) -> None:
        """A joint/bursa injection documented under ultrasound guidance (in any paragraph describing it) takes the
        guided code (20604/20606/20611); 'without ultrasound' or 'landmark guided' keeps the unguided one.
        Trigger point injections beside a joint injection are a separate site (59)."""
        for c in cands:
            if c.code not in _WITH_US:
                continue
            paras = {_paragraph(text, a) for a, _ in c.spans}
            if any(_NO_ULTRASOUND.search(text, pa, pb) for pa, pb in paras):
                continue
            if any(_ULTRASOUND.search(text, pa, pb) for pa, pb in paras):
                c.code = _WITH_US[c.code]
                c.description = _JOINT_DESC[c.code]
                c.add_rule("PROC-guidance", f"injection under ultrasound guidance -> {c.code}")
        sheath = [c for c in cands if c.code == "20550"]
        if sheath:  # "Left wrist: de Quervain injection": the tendon sheath, not the wrist joint, was injected
            lines = {line_bounds(text, a)[0] for c in sheath for a, _ in c.spans}
            for c in [c for c in cands if c.code in ("20600", "20604", "20605", "20606")]:
                if all(line_bounds(text, a)[0] in lines for a, _ in c.spans):
                    cands.remove(c)
        if any(c.code in ("20600", "20604", "20605", "20606", "20610", "20611") for c in cands):
            for c in cands:
                if c.code in ("20552", "20553"):
                    c.extra["modifiers"] = ["59"]
                    c.add_rule("MOD-59", "trigger point injections at a site separate from the joint injection")

    @staticmethod
    def _repairs(cands: list[Cand]) -> list[Cand]:
        """A simple closure is part of an excision; beside an intermediate repair of another wound the simple
        repair takes 59 (the more complex repair is listed first)."""
        excision = any(c.code.startswith(("114", "116")) for c in cands)
        inter = [c for c in cands if c.code.startswith(("1203", "1204", "1205"))]
        out = []
        for c in cands:
            if c.code.startswith(("1200", "1201")) and (excision or inter and any(
                    abs(c.first_offset - i.first_offset) < 80 for i in inter)):
                continue
            if c.code.startswith(("1200", "1201")) and inter:
                c.extra["modifiers"] = ["59"]
                c.add_rule("MOD-59", "second repair classification (simple) beside an intermediate repair")
            out.append(c)
        return out

    @staticmethod
    def _lesion_units(cands: list[Cand], text: str) -> None:
        """17000 covers the first premalignant lesion, 17003 each of lesions 2-14; 59 on 17110 beside them."""
        for c in cands:
            if c.code == "17110":
                a, b = c.spans[0]
                if _count_before(_WART_COUNT, text[slice(*line_bounds(text, a, b))]) >= 15:
                    c.code, c.description = "17111", "Destruction of benign lesions such as warts, 15 or more"
                    c.add_rule("PROC-count", "15 or more benign lesions destroyed -> 17111")
        ak = next((c for c in cands if c.code == "17000"), None)
        if ak is None:
            return
        counts = [int(_NUMBER_WORDS.get(g.lower(), g)) for m in _AK_COUNT.findall(text) for g in m if g]
        n = max(counts) if counts else 1
        if n >= 15:  # 17004 is reported alone, instead of 17000 + 17003
            ak.code, ak.description = "17004", "Destruction of premalignant lesions, 15 or more"
            ak.add_rule("PROC-count", f"{n} premalignant lesions: 17004 (15 or more)")
        elif n >= 2:
            extra = Cand("CPT", "17003", "Destruction of premalignant lesions 2-14, each", True, list(ak.spans),
                         ak.section, "present", "rule", 1, first_offset=ak.first_offset, sections=set(ak.sections))
            extra.add_rule("PROC-performed", f"{n} premalignant lesions: {min(n, 14) - 1} unit(s) of 17003")
            extra.extra.update(units=min(n, 14) - 1, kind="procedure", significant=True)
            cands.insert(cands.index(ak) + 1, extra)
        for c in cands:
            if c.code in ("17110", "17111"):
                c.extra["modifiers"] = ["59"]
                c.add_rule("MOD-59", "benign lesion destruction at a separate site from the premalignant lesions")

    @staticmethod
    def _with_admin(cands: list[Cand]) -> list[Cand]:
        out = list(cands)
        vaccines = [c for c in cands if c.extra.get("kind") == "vaccine"]
        for i, v in enumerate(vaccines):
            code = "90471" if i == 0 else "90472"
            a = Cand("CPT", code, _ADMIN_DESC[code], True, list(v.spans), v.section, "present", "rule", 1,
                     first_offset=v.first_offset, sections=set(v.sections))
            a.add_rule("PROC-admin", f"administration of {v.code}")
            a.extra.update(significant=True, kind="vaccine-admin")
            out.append(a)
        into_joint = any(c.code in _JOINT for c in cands)
        done: set[str] = set()
        for d in cands:
            code = d.extra.get("admin", "")
            if d.extra.get("kind") != "drug" or not code or into_joint or not d.extra.get("route") or code in done:
                continue
            if d.code in _JOINT_STEROIDS and not d.extra.get("im"):
                continue  # a steroid "injected" with no joint code found: not known to be an IM shot
            done.add(code)
            a = Cand("CPT", code, _ADMIN_DESC.get(code, "Drug administration"), True, list(d.spans[:3]),
                     d.section, "present", "rule", 1, first_offset=d.first_offset, sections=set(d.sections))
            a.add_rule("PROC-admin", f"administration of {d.code}")
            a.extra.update(significant=True, kind="injection")
            out.append(a)
        return out


__all__ = ["ProcedureMatcher", "Term"]


def _title_side(title: str) -> str | None:
    """RT/LT from an ICD-10-CM title that names one side ("... of left radius, initial encounter")."""
    words = set(title.lower().replace(",", " ").split())
    right, left = "right" in words, "left" in words
    return None if right == left else "RT" if right else "LT"


def side_from_problem(procs: list[Cand], dx: list[Cand], title: Callable[[str], str]) -> None:
    """RT/LT for a joint or limb procedure whose own sentence names no side ("volar short arm splint applied"): the side
    of the one problem it treats ("Closed Colles fracture, left radius", S52.532A), read from that code's official
    title (HCPCS RT/LT describe the side the procedure is performed on; suggest/data/mdm.json procedure_targets)."""
    targets = procedure_targets()
    for p in procs:
        if not p.extra.pop("needs_side", False) or p.extra.get("modifiers"):
            continue
        prefixes = tuple(t for k, v in targets.items() if p.code.startswith(k) for t in v)
        sides = {_title_side(title(c.code)) for c in dx if prefixes and c.code.startswith(prefixes)} - {None}
        if len(sides) == 1:
            side = sides.pop()
            p.extra["modifiers"] = [side]
            p.add_rule("MOD-laterality", f"{side} from the side of the problem the procedure treats")

