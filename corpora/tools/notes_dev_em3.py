"""Dev notes dev-em3-01..20 (session 2, E/M generalisation, third set): gold written before the engine was run.

Styles the dev-em2 batches had little of: documented time below and above the level MDM supports (R14: time
decides when it meets a threshold), telehealth audio-video visits (no modifier 95 in this project's code set),
ED levels by MDM, injections and vaccines with their administration codes for adults and children (90471/90472
vs 90460), preventive visits by age band with and without a significant problem, tests ordered vs reviewed,
an independent historian, social determinants limiting treatment, drug therapy needing intensive monitoring
for toxicity and a decision not to hospitalise.
"""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-em3-01", dos="2026-03-03",
        specialty="family medicine", setting="outpatient", age=58, sex="F", payer="bcbs", minutes=24,
        text="""
        Follow-up visit

        58F with COPD. Over the past 10 days more cough and yellow sputum, needing her albuterol inhaler 4-5 times a
        day instead of once. No fever. Sat 93% on room air, scattered wheezes.

        Assessment: COPD with acute exacerbation.
        Plan: prednisone 40 mg daily for 5 days and doxycycline 100 mg twice daily for 7 days. Continue Trelegy.
        Call if worse; recheck in 2 weeks.

        Total time on the date of the encounter: 24 minutes.
        """,
        codes=[
            c("J44.1", "COPD with acute exacerbation", why="R22: COPD with exacerbation"),
            c("99213", "Total time on the date of the encounter: 24 minutes",
              why="R14: established, 24 minutes (20-29); time documented so time decides, MDM moderate flagged"),
        ],
        skips=[skip("No fever", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-02", dos="2026-03-10",
        specialty="internal medicine", setting="outpatient", age=71, sex="M", payer="aetna",
        text="""
        Office visit - hypertension

        71M here for his blood pressure. Home readings 122-130/70s. Takes amlodipine 5 mg daily, no ankle swelling.
        Most of today's visit was spent answering his and his daughter's questions about a blood pressure article
        they read and going over his home monitor technique with him.

        BP 128/76. Heart regular.

        Assessment: Essential hypertension, well controlled.
        Plan: continue amlodipine 5 mg daily. Recheck in 6 months.

        I spent a total of 42 minutes on this visit today, more than half in counseling and education.
        """,
        codes=[
            c("I10", "Essential hypertension, well controlled", why="R20: chronic condition managed"),
            c("99215", "I spent a total of 42 minutes on this visit today",
              why="R14: established, 42 minutes (40-54); time decides although MDM is moderate at most"),
        ],
        skips=[skip("no ankle swelling", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-03", dos="2026-03-17",
        specialty="family medicine", setting="outpatient", age=34, sex="M", payer="cigna",
        text="""
        Sick visit

        34M with 3 days of sore throat, runny nose and mild cough. No fever, eating and drinking normally.
        Pharynx mildly red, no exudate. Lungs clear.

        Assessment: Acute viral upper respiratory infection.
        Plan: fluids, rest, OTC acetaminophen as needed. Return if fever or symptoms beyond 10 days.

        Time: 8 min.
        """,
        codes=[
            c("J06.9", "Acute viral upper respiratory infection", why="R22: acute URI unspecified"),
            c("99212", "Assessment",
              why="R15: 8 minutes is below the lowest established threshold (10), so MDM decides: one "
                  "self-limited problem, OTC drug -> straightforward"),
        ],
        skips=[skip("No fever", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-04", dos="2026-04-02",
        specialty="psychiatry", setting="outpatient", age=29, sex="F", payer="uhc",
        text="""
        TELEHEALTH VISIT (synchronous audio and video; patient at home, provider in clinic)

        Patient consented to a video visit. 29F with major depressive disorder on sertraline 100 mg. Since last
        month mood still low most days, poor sleep, PHQ-9 today 16 (was 18). No suicidal ideation, no plan.

        Assessment: Major depressive disorder, recurrent, moderate - improving but not at goal.
        Plan: increase sertraline to 150 mg daily. Continue weekly therapy. Video follow-up in 4 weeks.
        """,
        codes=[
            c("F33.1", "Major depressive disorder, recurrent, moderate", why="R22: recurrent, moderate"),
            c("99214", "Assessment",
              why="R15: MDM moderate - chronic illness not at goal, prescription drug management (dose increase); "
                  "audio-video visit reported with the office code"),
        ],
        skips=[skip("No suicidal ideation", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-05", dos="2026-04-08",
        specialty="endocrinology", setting="outpatient", age=45, sex="M", payer="aetna",
        new_patient=True, minutes=35,
        text="""
        Video visit - new patient

        Referred by his PCP for an elevated TSH. 45M, fatigue for months. TSH 8.2 and free T4 0.9 from last week
        (outside lab, reviewed). No goiter history, no neck radiation.

        Assessment: Abnormal thyroid function test (elevated TSH), possible early hypothyroidism.
        Plan: repeat TSH with TPO antibodies in 6 weeks before deciding on levothyroxine.

        Total time spent on the date of the visit including review of outside records: 35 minutes.
        """,
        codes=[
            c("R94.6", "Abnormal thyroid function test", why="R03: the finding is coded, not the possible diagnosis"),
            c("99203", "Total time spent on the date of the visit", why="R14: new patient, 35 minutes (30-44); R16"),
        ],
        skips=[skip("No goiter history", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-06", dos="2026-04-11",
        specialty="emergency medicine", setting="outpatient", age=24, sex="F", payer="bcbs", pos="23",
        text="""
        EMERGENCY DEPARTMENT NOTE

        CC: bug bite.
        24F noticed a small itchy bump on her right forearm this morning after gardening. No swelling of lips or
        tongue, no trouble breathing. 5 mm red papule, no warmth or streaking.

        Impression: Insect bite of right forearm, nonvenomous.
        Plan: cool compresses, OTC hydrocortisone cream. Discharged home.
        """,
        codes=[
            c("S50.861A", "Insect bite of right forearm", why="R12: initial encounter; R11 right"),
            c("99282", "Impression",
              why="R15: ED, MDM straightforward - one self-limited problem, no data, OTC treatment"),
        ],
        skips=[skip("no warmth or streaking", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-07", dos="2026-04-15",
        specialty="emergency medicine", setting="outpatient", age=31, sex="F", payer="cigna", pos="23",
        text="""
        ED VISIT

        CC: burning with urination.
        31F with 2 days of dysuria and frequency. No fever, no flank pain, no vaginal discharge. Not pregnant
        (urine hCG negative). Afebrile, no CVA tenderness.

        ED course: urinalysis with nitrites and leukocyte esterase.

        Diagnosis: Acute cystitis without hematuria.
        Plan: nitrofurantoin 100 mg twice daily for 5 days. Discharged.
        """,
        codes=[
            c("N30.00", "Acute cystitis without hematuria", why="R22: acute cystitis without hematuria"),
            c("99283", "Diagnosis",
              why="R15: ED, MDM low - acute uncomplicated illness, two tests (low problems; moderate risk from "
                  "the prescription)"),
        ],
        skips=[skip("No fever", "R01", "negated"), skip("no vaginal discharge", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-08", dos="2026-04-20",
        specialty="emergency medicine", setting="outpatient", age=42, sex="M", payer="uhc", pos="23",
        text="""
        EMERGENCY DEPARTMENT PHYSICIAN NOTE

        CC: left flank pain.
        42M with sudden severe left flank pain radiating to the groin since 3 am, vomited twice. No fever.

        ED course: urinalysis with blood, BMP with creatinine 1.1, CT abdomen/pelvis without contrast shows a
        4 mm left ureterovesical junction stone with mild hydronephrosis. Ketorolac 15 mg IV and ondansetron
        given with relief.

        Diagnosis: Left ureteral calculus with hydronephrosis.
        Plan: tamsulosin 0.4 mg daily, oxycodone 5 mg #6 for breakthrough pain, strain urine, urology follow-up
        this week. Discharged home.
        """,
        codes=[
            c("N13.2", "Left ureteral calculus with hydronephrosis",
              why="R22: hydronephrosis with ureteral calculous obstruction (combination code)"),
            c("99284", "Diagnosis",
              why="R15: ED, MDM moderate - acute illness with systemic symptoms, three tests, prescription drugs"),
        ],
        skips=[skip("No fever", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-09", dos="2026-04-26",
        specialty="emergency medicine", setting="outpatient", age=78, sex="F", payer="medicare", pos="23",
        text="""
        EMERGENCY DEPARTMENT NOTE

        CC: shortness of breath.
        78F with chronic systolic heart failure (EF 30%) with 5 days of worsening dyspnea, orthopnea and 4 kg
        weight gain; ran out of furosemide a week ago. Sat 88% on room air, crackles to mid lung fields, 2+ leg
        edema.

        ED course: BNP 2400, troponin negative, BMP with K 4.1 and creatinine 1.3, CBC normal. Chest x-ray,
        my independent interpretation: bilateral interstitial edema and small effusions. Furosemide 40 mg IV
        with good diuresis; oxygen 2 L.

        Diagnosis: Acute on chronic systolic heart failure.
        MDM: I discussed admission with the patient and her son. She declined admission; after diuresis she is
        at 94% on room air and walking comfortably, so she was discharged on furosemide 40 mg twice daily with
        a cardiology visit in 2 days.
        """,
        codes=[
            c("I50.23", "Acute on chronic systolic heart failure", why="R22: acute on chronic systolic HF"),
            c("99285", "Diagnosis",
              why="R15: ED, MDM high - chronic illness with severe exacerbation, extensive data (tests and "
                  "independent interpretation), decision regarding hospitalization"),
        ],
    ),
    NoteSpec(
        id="dev-em3-10", dos="2026-05-05",
        specialty="family medicine", setting="outpatient", age=66, sex="F", payer="aetna",
        text="""
        Follow-up: pernicious anemia

        66F with pernicious anemia on monthly B12 shots; feels well, no numbness. CBC last week: Hgb 12.9,
        MCV 91 (normal).

        Procedure: vitamin B12 injection (cyanocobalamin 1000 mcg) given IM in the left deltoid by the nurse.

        Assessment: Pernicious anemia, stable on replacement.
        Plan: continue monthly cyanocobalamin injections; CBC and B12 level yearly.
        """,
        codes=[
            c("D51.0", "Pernicious anemia", why="R22: vitamin B12 deficiency anemia due to intrinsic factor"),
            c("99213", "Assessment", mods=["25"],
              why="R15: MDM low - one stable chronic illness, prescription drug management; 25 beside 96372"),
            c("J3420", "vitamin B12 injection (cyanocobalamin 1000 mcg)", units=1,
              why="R18: cyanocobalamin up to 1000 mcg"),
            c("96372", "given IM in the left deltoid", why="R18: therapeutic IM injection"),
        ],
        skips=[skip("no numbness", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-11", dos="2026-01-20",
        specialty="pediatrics", setting="outpatient", age=6, sex="M", payer="medicaid",
        text="""
        Sick visit

        6-year-old boy brought by his father for 2 days of ear pain and fever to 101.5. Per dad, no vomiting,
        drinking well. Right tympanic membrane red and bulging; left normal.

        Assessment: Acute suppurative otitis media of the right ear.
        Plan: amoxicillin 90 mg/kg/day divided twice daily for 10 days; acetaminophen as needed.

        Immunizations: flu vaccine not yet given this season. After I counseled father on the vaccine's benefits
        and risks, trivalent influenza vaccine 0.5 mL IM was given in the left deltoid.
        """,
        codes=[
            c("H66.001", "Acute suppurative otitis media of the right ear",
              why="R22: without spontaneous rupture of eardrum, right, not recurrent"),
            c("Z23", "trivalent influenza vaccine", why="R24: encounter for immunization"),
            c("99213", "Assessment", mods=["25"],
              why="R15: MDM low - acute uncomplicated illness, independent historian (limited data), "
                  "prescription drug; 25 beside the vaccine administration"),
            c("90656", "trivalent influenza vaccine", why="R24: influenza vaccine product"),
            c("90460", "trivalent influenza vaccine", "counseled",
              why="R24: administration under 19 with physician counseling"),
        ],
        skips=[skip("no vomiting", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-12", dos="2026-02-11",
        specialty="internal medicine", setting="outpatient", age=67, sex="M", payer="bcbs",
        text="""
        Diabetes follow-up

        67M with type 2 diabetes on metformin 1000 mg twice daily. A1c 6.8% today (point of care). No
        hypoglycemia. Feet: normal sensation.

        Vaccines: Prevnar 20 given IM right deltoid and Tdap given IM left deltoid today.

        Assessment: Type 2 diabetes mellitus without complications, at goal.
        Plan: continue metformin. Recheck A1c in 6 months.
        """,
        codes=[
            c("E11.9", "Type 2 diabetes mellitus without complications", why="R09: type 2 DM without complications"),
            c("Z79.84", "metformin 1000 mg twice daily", why="R10: long-term oral hypoglycemic"),
            c("Z23", "Prevnar 20 given IM", why="R24: encounter for immunization"),
            c("99213", "Assessment", mods=["25"],
              why="R15: MDM low - one stable chronic illness, one test, prescription drug management"),
            c("83036", "A1c 6.8% today (point of care)", why="R19: office A1c"),
            c("90677", "Prevnar 20", why="R24: PCV20 product"),
            c("90715", "Tdap", why="R24: Tdap product"),
            c("90471", "Prevnar 20 given IM", why="R24: first vaccine administration, adult"),
            c("90472", "Tdap given IM", why="R24: each additional vaccine administration"),
        ],
        skips=[skip("No hypoglycemia", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-13", dos="2026-05-19",
        specialty="family medicine", setting="outpatient", age=52, sex="M", payer="uhc",
        text="""
        ANNUAL PHYSICAL - established patient

        52M for his yearly physical. Exercises twice a week, non-smoker. Colonoscopy 2023 normal.
        Home BP readings 150s/90s over the last 2 months.

        Exam: BP 152/96 and 148/94 on repeat. BMI 28. Otherwise normal complete exam.

        Assessment:
        1. Routine adult health exam with abnormal findings.
        2. Essential hypertension, new diagnosis - start lisinopril 10 mg daily; BMP in 2 weeks.
        Lipid panel and A1c ordered for screening. Return in 4 weeks for BP check.
        """,
        codes=[
            c("Z00.01", "Routine adult health exam with abnormal findings",
              why="R17: adult exam with abnormal findings, first"),
            c("I10", "Essential hypertension, new diagnosis", why="R20: new chronic condition treated"),
            c("99396", "ANNUAL PHYSICAL - established patient", why="R17: established preventive, age 40-64"),
            c("99214", "Essential hypertension, new diagnosis", mods=["25"],
              why="R15: separate problem: chronic illness not at goal, prescription started -> moderate; 25"),
        ],
    ),
    NoteSpec(
        id="dev-em3-14", dos="2026-06-02",
        specialty="pediatrics", setting="outpatient", age=-6, sex="F", payer="medicaid",
        text="""
        WELL CHILD VISIT - 6 months

        Breastfeeding plus purees, sleeping well, rolling both ways, babbling. Mom notes a red rash in the
        diaper area for 3 days.

        Exam: weight 50th percentile, normal development. Confluent erythema of the diaper area sparing the
        folds, no satellite lesions.

        Assessment: Well child, 6 months, with abnormal findings; irritant diaper dermatitis.
        Plan: zinc oxide paste with each change, more frequent changes. Vaccines per schedule today by nursing
        (documented separately).
        """,
        codes=[
            c("Z00.121", "Well child, 6 months, with abnormal findings",
              why="R17: routine child health exam with abnormal findings"),
            c("L22", "irritant diaper dermatitis", why="R22: diaper dermatitis"),
            c("99391", "WELL CHILD VISIT - 6 months",
              why="R17: established preventive under 1 year; diaper rash with OTC care is not a significant "
                  "separate problem"),
        ],
        skips=[skip("no satellite lesions", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-15", dos="2026-06-09",
        specialty="internal medicine", setting="outpatient", age=61, sex="F", payer="aetna",
        text="""
        Follow-up: hypothyroidism and cholesterol

        61F on levothyroxine 75 mcg and atorvastatin 20 mg, no side effects, no muscle aches. Feels well.
        I reviewed her CMP from the cardiology office last month: normal liver tests.

        Assessment:
        1. Hypothyroidism, stable.
        2. Hyperlipidemia, stable on statin.
        Plan: continue current medications. TSH and lipid panel ordered today. Follow up in 1 year.
        """,
        codes=[
            c("E03.9", "Hypothyroidism, stable", why="R20: chronic condition managed"),
            c("E78.5", "Hyperlipidemia, stable on statin", why="R20: chronic condition managed"),
            c("99214", "Assessment",
              why="R15: MDM moderate - two stable chronic illnesses, moderate data (external CMP reviewed, two "
                  "tests ordered), prescription drug management"),
        ],
        skips=[skip("no muscle aches", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-16", dos="2026-06-16",
        specialty="family medicine", setting="outpatient", age=54, sex="M", payer="medicaid",
        text="""
        Diabetes follow-up

        54M with type 2 diabetes. A1c 9.6% (lab from last week, up from 8.8%). He lost his job this spring and
        is skipping meals at the end of the month because there is not enough food at home. A GLP-1 agonist
        would be the best next step but his plan will not cover it and he cannot pay for it.

        Assessment: Type 2 diabetes mellitus with hyperglycemia, worse; treatment limited by cost and food
        insecurity.
        Plan: add glipizide 2.5 mg daily with breakfast ($4 list; take only on days he eats breakfast),
        continue metformin 1000 mg twice daily. Social worker referral for the food bank. Recheck in 6 weeks.
        """,
        codes=[
            c("E11.65", "Type 2 diabetes mellitus with hyperglycemia", why="R09: type 2 DM with hyperglycemia"),
            c("Z79.84", "metformin 1000 mg twice daily", why="R10: long-term oral hypoglycemic"),
            c("Z59.41", "food insecurity", why="R23: social determinant documented and affecting care"),
            c("99214", "Assessment",
              why="R15: MDM moderate - chronic illness with progression, prescription drug management, "
                  "treatment limited by social determinants of health"),
        ],
    ),
    NoteSpec(
        id="dev-em3-17", dos="2026-07-07",
        specialty="psychiatry", setting="outpatient", age=38, sex="M", payer="bcbs",
        text="""
        Medication management

        38M with bipolar I disorder, euthymic for over a year on lithium carbonate 900 mg nightly. No tremor,
        no polyuria. Mood stable, sleeping 7 hours.

        Assessment: Bipolar I disorder, in full remission, on lithium.
        Plan: continue lithium 900 mg. Lithium level, TSH and BMP ordered today to monitor for lithium
        toxicity (renal and thyroid); adjust dose based on level. Return in 3 months.
        """,
        codes=[
            c("F31.70", "Bipolar I disorder, in full remission",
              why="R22: bipolar disorder in remission, most recent episode not stated"),
            c("Z79.899", "on lithium", why="R10: other long term drug therapy"),
            c("99214", "Assessment",
              why="R15: MDM moderate - one stable chronic illness (low), three tests ordered (moderate), drug "
                  "therapy requiring intensive monitoring for toxicity (high risk): two of three moderate"),
        ],
        skips=[skip("No tremor", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-18", dos="2026-01-27",
        specialty="family medicine", setting="outpatient", age=74, sex="M", payer="aetna",
        text="""
        Acute visit: cough and fever

        74M with 4 days of productive cough, fever to 101.8 and pleuritic right-sided chest pain. T 100.9,
        RR 22, sat 93% on room air, crackles at the right base. Alert and eating.

        Chest x-ray done this morning at the imaging center; I personally reviewed the images: right lower lobe
        consolidation.

        Assessment: Community-acquired pneumonia, right lower lobe.
        Plan: CURB-65 score 1. Considered hospital admission but decided on outpatient treatment given stable
        vitals and good support at home. Amoxicillin-clavulanate 875 mg twice daily plus azithromycin for 5
        days. Phone check tomorrow, recheck in 48 hours.
        """,
        codes=[
            c("J18.9", "Community-acquired pneumonia, right lower lobe",
              why="R22: pneumonia, organism unspecified (lobe does not change the code)"),
            c("99214", "Assessment",
              why="R15: MDM moderate - acute illness with systemic symptoms (moderate), independent interpretation "
                  "of an outside x-ray (moderate data), decision regarding hospitalization (high risk)"),
        ],
    ),
    NoteSpec(
        id="dev-em3-19", dos="2026-07-14",
        specialty="oncology", setting="outpatient", age=63, sex="F", payer="cigna",
        text="""
        Oncology follow-up

        63F with breast cancer, left, ER positive, on anastrozole since 2024 after lumpectomy and radiation. No
        new symptoms; mild arthralgias. Today we reviewed the results of her restaging and spent the visit
        discussing her fears about recurrence, her daughter's genetic testing question and survivorship care.

        Assessment: Malignant neoplasm of upper-outer quadrant of left female breast, ER positive, no evidence
        of disease on anastrozole.
        Plan: continue anastrozole 1 mg daily. Return in 6 months.

        Total time today: 62 minutes, most of it counseling.
        """,
        codes=[
            c("C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast",
              why="R22: still on adjuvant therapy, so current cancer (I.C.2.d)"),
            c("Z17.0", "ER positive", why="R22: estrogen receptor status"),
            c("Z79.811", "anastrozole", why="R10: long-term aromatase inhibitor"),
            c("Z92.3", "radiation", why="R10: history of irradiation (completed radiation)"),
            c("99215", "Total time today: 62 minutes", why="R14: established, 62 minutes (40+)"),
            c("99417", "Total time today: 62 minutes", units=1,
              why="R14: CPT payer, 55-69 minutes -> one 15-minute prolonged unit"),
        ],
    ),
    NoteSpec(
        id="dev-em3-20", dos="2026-08-04",
        specialty="pediatrics", setting="outpatient", age=2, sex="F", payer="medicaid",
        text="""
        Sick visit

        2-year-old girl; history from her mother, as the patient cannot give one. One day of runny nose and
        cough; no fever per mom, eating and playing. Lungs clear, ears normal.

        Assessment: Acute nasopharyngitis (common cold).
        Plan: saline drops and suction, honey is fine after age 1. Return if fever or breathing trouble.
        """,
        codes=[
            c("J00", "Acute nasopharyngitis (common cold)", why="R22: acute nasopharyngitis"),
            c("99212", "Assessment",
              why="R15: MDM straightforward - self-limited problem (minimal), independent historian (limited "
                  "data), minimal risk: two of three straightforward"),
        ],
        skips=[skip("no fever per mom", "R01", "negated")],
    ),
]
