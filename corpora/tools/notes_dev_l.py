"""Dev notes 0067-0072: aortic stenosis, cellulitis admission, osteoporosis, nevus biopsy, dog bite, anemia."""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-0067", specialty="cardiology", setting="outpatient", age=80, sex="M", payer="medicare",
        text="""
        CARDIOLOGY OFFICE VISIT

        Problem list reviewed. 80M followed for aortic stenosis (moderate on echo 2025: AVA 1.2 cm2, mean
        gradient 28 mmHg), hyperlipidemia, and HTN. Reports he now gets winded carrying groceries up one flight
        of stairs, new over 2 months. No exertional chest pain. No syncope or presyncope. No orthopnea.
        His brother died suddenly at 52 of a presumed cardiac arrest.

        Meds: atorvastatin 40, lisinopril 10, aspirin 81.

        Exam: BP 138/70. III/VI late-peaking systolic ejection murmur RUSB radiating to carotids, single S2.
        Carotid upstroke delayed. Lungs clear. No edema.

        ECG done in office today (my read): NSR 64, LVH by voltage with repolarization changes, no ischemic
        changes.

        Assessment/Plan:
        1. Aortic stenosis, nonrheumatic - now with exertional dyspnea; concern for progression to severe AS.
           Repeat TTE within 2 weeks; if severe, refer to structural heart team for TAVR evaluation.
        2. Hypertension - acceptable; avoid aggressive vasodilation.
        3. Hyperlipidemia - continue statin.
        4. Family history of sudden cardiac death - noted.
        Return 3 weeks after echo.
        """,
        codes=[
            c("I35.0", "Aortic stenosis, nonrheumatic", why="R22: nonrheumatic aortic valve stenosis"),
            c("R06.09", "winded carrying groceries", "exertional dyspnea",
              why="R03: progression to severe AS only suspected; symptom coded"),
            c("I10", "Hypertension - acceptable", why="R20: chronic condition"),
            c("E78.5", "Hyperlipidemia - continue statin", why="R20: chronic condition"),
            c("Z82.41", "Family history of sudden cardiac death", why="R05: family history"),
            c("99214", "Assessment/Plan:", why="R15: chronic illness with progression + ECG and echo ordered"),
            c("93000", "ECG done in office today (my read)", why="R18: ECG with interpretation in office"),
        ],
        skips=[
            skip("No exertional chest pain", "R01", "negated"),
            skip("if severe, refer to structural heart team", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-0068", dos="2026-02-23",
        specialty="hospital medicine", setting="inpatient", age=58, sex="M", payer="bcbs", pos="21",
        text="""
        Discharge Summary

        Admit 02/20/2026 / Discharge 02/23/2026

        Final Dx:
        1. Cellulitis of left lower leg (nonpurulent)
        2. Type 2 diabetes mellitus with hyperglycemia, on insulin and metformin
        3. Obesity, class 3, BMI 41.6
        4. Chronic venous insufficiency - ruled out (venous duplex: no reflux, no DVT)

        HPI: 58M with 3 days of spreading redness, warmth and pain of the left shin, fever 38.4, WBC 14.2. No
        abscess on bedside ultrasound - no drainable collection. X-ray without gas or periosteal reaction; MRI not
        indicated, no concern for osteomyelitis. MRSA nares PCR negative.

        Course: IV cefazolin, leg elevation; erythema receded from marked borders by 48 h; transitioned to oral
        cephalexin. Glucose 240-310 on admission, insulin glargine increased from 20 to 28 units, metformin
        continued. A1c 9.1%.

        Discharge meds: cephalexin 500 mg QID x 7 days, insulin glargine 28 u, metformin 1000 mg BID.
        Follow-up PCP 1 week. Return if redness spreads or fever recurs.
        """,
        codes=[
            c("L03.116", "Cellulitis of left lower leg", why="R21: principal; R11 left lower limb"),
            c("E11.65", "Type 2 diabetes mellitus with hyperglycemia", why="R09: diabetes with hyperglycemia"),
            c("E66.813", "Obesity, class 3", why="R22: obesity class 3"),
            c("Z68.41", "BMI 41.6", why="R22: BMI 40.0-44.9 with obesity diagnosis"),
            c("Z79.4", "on insulin and metformin", why="R10: insulin"),
            c("Z79.84", "metformin 1000 mg BID", why="R10: oral hypoglycemic with insulin: both"),
        ],
        skips=[
            skip("Chronic venous insufficiency - ruled out", "R01",
                 "ruled out at discharge, so the inpatient uncertain-diagnosis rule does not apply"),
            skip("no concern for osteomyelitis", "R01", "negated"),
            skip("MRSA nares PCR negative", "R01", "negative test"),
        ],
    ),
    NoteSpec(
        id="dev-0069", dos="2026-03-27",
        specialty="endocrinology", setting="outpatient", age=68, sex="F", payer="medicare",
        text="""
        Bone Health Clinic

        68F with postmenopausal osteoporosis (DEXA 1/2026: L-spine T -2.9, femoral neck -2.6) and personal
        history of a healed osteoporotic fracture of the left wrist (2022). Completed 5 years of alendronate
        (2019-2024), now on denosumab since 2025, due for dose today. No new fractures, no jaw pain, no thigh
        pain. Dental exam last month fine. Vitamin D 24 ng/mL despite 1000 IU daily.

        PMH: hypertension on losartan (managed by PCP). Meds: denosumab, calcium 600 mg BID, vitamin D
        1000 IU, losartan 50 mg. Allergies: NKDA. Falls: none in the past year; uses a night light, no rugs.
        Exam: height 161 cm (no loss since last year), no kyphosis, no spinal tenderness.

        Labs (outside): Ca 9.4, Cr 0.8.

        A/P:
        - Age-related (postmenopausal) osteoporosis without current fracture - denosumab 60 mg SC given in
          left upper arm today; next dose in 6 months. Do not stop without transition plan (rebound risk).
        - Vitamin D deficiency - increase to 2000 IU daily; recheck in 3 months.
        - History of fragility fracture, L wrist - fall prevention counseling.
        """,
        codes=[
            c("M81.0", "Age-related (postmenopausal) osteoporosis without current fracture",
              why="R22: age-related osteoporosis without current fracture"),
            c("E55.9", "Vitamin D deficiency", why="R22: deficiency treated"),
            c("Z87.310", "personal\n        history of a healed osteoporotic fracture",
              why="R06: personal history of healed osteoporosis fracture"),
            c("99213", "Vitamin D deficiency - increase to 2000 IU daily",
              why="R15: chronic illness managed + OTC drug management = low; separate from the injection",
              mods=["25"]),
            c("96372", "denosumab 60 mg SC given", why="R18: subcutaneous injection"),
            c("J0897", "denosumab 60 mg", why="R24: per 1 mg, 60 units", units=60),
        ],
        skips=[
            skip("No new fractures", "R01", "negated"),
            skip("hypertension on losartan (managed by PCP)", "R20", "not addressed at this bone clinic visit"),
            skip("no jaw pain, no thigh\n        pain", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-0070", specialty="dermatology", setting="outpatient", age=46, sex="F", payer="uhc",
        text="""
        DERMATOLOGY - skin cancer surveillance

        46F with personal history of melanoma in situ of the right upper back, excised 2023 with clear margins,
        here for 6-month full skin exam. Notes a mole on her left lower back that looks darker. Uses sunscreen
        daily. No personal or family history of other skin cancers beyond her own melanoma in situ.

        Exam (full body): Scar on right upper back well healed, no pigment, no nodularity - no evidence of
        recurrence. Left lower back: 6 mm irregularly pigmented macule with asymmetric borders and two shades of
        brown, dermoscopy with atypical network - atypical nevus; rule out melanoma. Multiple benign-appearing
        nevi on trunk and limbs. No lymphadenopathy.

        Procedure: Shave (tangential) biopsy of left lower back lesion after consent and local anesthesia, sent to
        dermatopathology. Hemostasis with aluminum chloride.

        Assessment/Plan:
        1. Atypical nevus, left lower back - biopsied; will call with pathology; re-excision if severely atypical
           or melanoma.
        2. History of melanoma in situ - no recurrence; continue 6-month full skin exams.
        3. Sun protection reinforced.
        """,
        codes=[
            c("D22.5", "Atypical nevus, left lower back",
              why="R03: melanoma only to be ruled out; the nevus of the trunk is coded before pathology"),
            c("Z86.006", "History of melanoma in situ",
              why="R06: personal history of melanoma in situ (not Z85.820, which is for invasive melanoma)"),
            c("99213", "full body", "no evidence of\n        recurrence",
              why="R18: surveillance full-skin exam of a high-risk patient is separate from the biopsy decision",
              mods=["25"]),
            c("11102", "Shave (tangential) biopsy of left lower back lesion", why="R18: tangential biopsy"),
        ],
        skips=[
            skip("rule out melanoma", "R03", "rule-out diagnosis, outpatient"),
            skip("No lymphadenopathy", "R02", "normal exam"),
            skip("re-excision if severely atypical", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-0071", specialty="emergency medicine", setting="outpatient", age=52, sex="M", payer="aetna",
        pos="23",
        text="""
        ED visit note

        CC: dog bite left forearm.

        52M bitten by neighbor's dog (known, vaccinated, being observed by owner) 2 h ago on the left forearm
        while separating two dogs. Puncture wounds, bleeding stopped. Last tetanus booster 2022. Right-hand
        dominant. No other injuries.

        Exam: Left volar forearm: three puncture wounds 3-5 mm and one 1 cm superficial tear, no active bleeding,
        no exposed tendon. Full finger flexion/extension, strength 5/5, sensation intact in median, ulnar, radial
        distributions. Radial pulse 2+.

        X-ray left forearm (radiology): no fracture, no foreign body.

        Wound care: copious irrigation with 500 mL saline, wounds left open (bite wounds, not sutured).

        Dx: Open bite of left forearm, initial encounter.
        Plan: amoxicillin-clavulanate 875 mg BID x 5 days (prophylaxis), wound care. Tetanus up to date -
        no booster needed. Rabies PEP not indicated - dog vaccinated and under observation; animal control
        report filed. Return for redness, swelling, pus, fever or finger numbness.
        """,
        codes=[
            c("S51.852A", "Open bite of left forearm, initial encounter",
              why="R12: 7th character A; R11 left forearm"),
            c("99283", "Dx: Open bite of left forearm",
              why="R15: acute uncomplicated injury, imaging reviewed, prescription = low-moderate, coded low"),
        ],
        skips=[
            skip("no fracture, no foreign body", "R01", "negated"),
            skip("Rabies PEP not indicated", "R01", "not given"),
            skip("no booster needed", "R01", "not given"),
            skip("Return for redness", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0072", specialty="internal medicine", setting="outpatient", age=60, sex="M", payer="medicare",
        minutes=30,
        text="""
        Internal Medicine - new finding of anemia

        60M, established patient, with fatigue and exertional dyspnea for 2 months. Routine CBC 1 week ago (outside
        lab): Hgb 10.2, MCV 74, ferritin 6. No melena or hematochezia noticed. No NSAIDs. Vegetarian diet for 20
        years. Never had a colonoscopy. No weight loss. Denies abdominal pain.

        PMH: none significant; BP 124/76 today. No prior anemia. Meds: multivitamin. Allergies: NKDA.
        Social: retired machinist, never smoker, 1 beer weekly. FH: no colon cancer, no bleeding disorders.
        Office fingerstick hemoglobin today: 10.0 g/dL.

        Exam: pale conjunctivae, HR 88, no murmur, abdomen soft non-tender, no masses. Rectal exam: brown stool.

        Assessment:
        1. Iron deficiency anemia, cause not yet determined - occult GI blood loss must be excluded; possible
           colon neoplasm. GI referral for EGD and colonoscopy (urgent). Start ferrous sulfate 325 mg every other
           day.
        2. Fatigue - attributed to anemia.
        Follow-up after endoscopy.

        Time: 30 minutes total on the date of the encounter.
        """,
        codes=[
            c("D50.9", "Iron deficiency anemia, cause not yet determined",
              why="R03: GI blood loss/neoplasm only possible; unspecified iron deficiency anemia coded; R23 "
                  "fatigue integral"),
            c("99214", "Time: 30 minutes total", why="R14: established, 30 minutes (30-39)"),
            c("85018", "Office fingerstick hemoglobin today", why="R19: hemoglobin performed in office"),
        ],
        skips=[
            skip("possible\n           colon neoplasm", "R03", "uncertain outpatient diagnosis"),
            skip("No melena or hematochezia", "R01", "negated"),
            skip("Fatigue - attributed to anemia", "R23", "symptom of the coded anemia"),
        ],
    ),
]
