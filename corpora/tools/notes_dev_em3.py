"""Dev notes dev-em3-01..61 (session 2, E/M generalisation, third set): gold written before the engine was run.

Styles the dev-em2 batches had little of: documented time below and above the level MDM supports (R14: time
decides when it meets a threshold), telehealth audio-video visits (no modifier 95 in this project's code set),
ED levels by MDM, injections and vaccines with their administration codes for adults and children (90471/90472
vs 90460), preventive visits by age band with and without a significant problem, tests ordered vs reviewed,
an independent historian, social determinants limiting treatment, drug therapy needing intensive monitoring
for toxicity and a decision not to hospitalise.

dev-em3-09 gold gained T50.1X6A in session 2 (round 4, issue #3): "ran out of furosemide a week ago" before the
heart failure exacerbation is underdosing (I.C.19.e.5.c), coded after the heart failure.
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
            c("96127", "PHQ-9 today 16", why="R19: standardized depression instrument administered and scored"),
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
            c("T50.1X6A", "ran out of furosemide",
              why="R12: underdosing of a loop diuretic (ran out a week ago) after the exacerbation it caused "
                  "(I.C.19.e.5.c)"),
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
    NoteSpec(
        id="dev-em3-21", dos="2026-02-17",
        specialty="rheumatology", setting="outpatient", age=49, sex="F", payer="bcbs", new_patient=True,
        text="""
        RHEUMATOLOGY NEW PATIENT VISIT

        Referred for joint pain. 49F with 5 years of aching in the hands and knees, worse with activity, morning
        stiffness under 15 minutes. No swelling, no rash. ANA and RF from her PCP negative (reviewed).

        Exam: bony enlargement of the DIP joints, crepitus both knees, no synovitis.

        Assessment: Primary osteoarthritis of multiple sites (hands and knees). Not inflammatory arthritis.
        Plan: topical diclofenac gel four times daily, home exercise program, weight loss counseling. Follow up
        as needed.

        I spent 62 minutes on the date of the visit, including review of 40 pages of outside records and
        counseling.
        """,
        codes=[
            c("M15.0", "Primary osteoarthritis of multiple sites",
              why="R22: primary generalized (osteo)arthritis (multiple sites)"),
            c("99205", "I spent 62 minutes on the date of the visit",
              why="R14: new patient, 62 minutes (60-74); no prolonged unit below 75 minutes"),
        ],
        skips=[skip("No swelling, no rash", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-22", dos="2026-03-24",
        specialty="family medicine", setting="outpatient", age=27, sex="M", payer="cigna", new_patient=True,
        text="""
        New patient - acute visit

        27M rolled his right ankle playing basketball yesterday. Walked off the court, mild swelling laterally.
        Can bear weight. Tender over the ATFL only; no bony tenderness (Ottawa rules negative), no x-ray needed.

        Assessment: Sprain of the right ankle, lateral ligament (ATFL).
        Plan: RICE, ibuprofen 600 mg three times daily with food for 5 days, ankle brace. Return if not improving
        in 2 weeks.

        Total time: 12 minutes.
        """,
        codes=[
            c("S93.491A", "Sprain of the right ankle, lateral ligament (ATFL)",
              why="R12: initial encounter; R11 right; sprain of other ligament of ankle (ATFL)"),
            c("99203", "Assessment",
              why="R15: new patient; 12 minutes is below the lowest new threshold (15), so MDM decides: acute "
                  "uncomplicated injury (low), no data (minimal), ibuprofen and brace (low or moderate) -> low"),
        ],
        skips=[skip("no bony tenderness", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-23", dos="2026-05-02",
        specialty="emergency medicine", setting="outpatient", age=5, sex="M", payer="medicaid", pos="23",
        text="""
        PEDIATRIC EMERGENCY DEPARTMENT NOTE

        CC: wrist pain after a fall.
        History obtained from his mother; the patient is 5 and cannot describe the fall. He fell off the
        monkey bars onto an outstretched right hand 2 hours ago. Mild swelling of the right wrist, full range
        of motion with discomfort, no snuffbox tenderness, neurovascularly intact.

        ED course: right wrist x-ray, radiology read: no fracture.

        Diagnosis: Sprain of right wrist.
        Plan: ice, ibuprofen 10 mg/kg every 6 hours as needed, follow up with pediatrician in 1 week.
        """,
        codes=[
            c("S63.501A", "Sprain of right wrist", why="R12: initial encounter; R11 right; unspecified sprain"),
            c("99283", "Diagnosis",
              why="R15: ED, MDM low - acute uncomplicated injury, independent historian and one test (limited), "
                  "OTC drug (low)"),
        ],
        skips=[skip("no snuffbox tenderness", "R01", "negated"), skip("no fracture", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-24", dos="2026-05-12",
        specialty="dermatology", setting="outpatient", age=70, sex="M", payer="aetna",
        text="""
        DERMATOLOGY PROCEDURE VISIT

        70M returns for treatment of lesions identified last month.

        Procedure 1: three actinic keratoses on the scalp and right temple destroyed with liquid nitrogen
        cryotherapy, two freeze-thaw cycles each.
        Procedure 2: common warts on the left hand (two verrucae) treated with liquid nitrogen cryotherapy.

        Assessment: Actinic keratoses; verruca vulgaris of left hand.
        Plan: expect blistering; recheck in 3 months.
        """,
        codes=[
            c("L57.0", "Actinic keratoses", why="R22: actinic keratosis"),
            c("B07.8", "verruca vulgaris of left hand", why="R22: common wart (other viral warts)"),
            c("17000", "three actinic keratoses", why="R18: destruction of the first premalignant lesion"),
            c("17003", "three actinic keratoses", units=2, why="R18: second and third premalignant lesions"),
            c("17110", "common warts on the left hand (two verrucae) treated with liquid nitrogen", mods=["59"],
              why="R18: benign lesions up to 14, separate lesions from the premalignant ones (59)"),
        ],
    ),
    NoteSpec(
        id="dev-em3-25", dos="2026-05-26",
        specialty="family medicine", setting="outpatient", age=39, sex="M", payer="uhc",
        text="""
        Acute visit: back pain

        39M lifted a couch 2 days ago and has had low back pain since, no radiation, no numbness or weakness,
        no bowel or bladder change. Paraspinal spasm, negative straight-leg raise, normal strength.

        Assessment: Acute low back pain without sciatica (lumbar strain).
        Plan: ketorolac 60 mg IM given in the right gluteus today by nursing. Cyclobenzaprine 5 mg at bedtime
        for 7 days, heat, keep walking. No imaging indicated.
        """,
        codes=[
            c("S39.012A", "lumbar strain", why="R12: strain of muscle of lower back, initial encounter"),
            c("99213", "Assessment", mods=["25"],
              why="R15: MDM low - acute uncomplicated injury, prescription drug; 25 beside the injection"),
            c("J1885", "ketorolac 60 mg IM", units=4, why="R24: ketorolac per 15 mg: 60 mg = 4 units"),
            c("96372", "ketorolac 60 mg IM given", why="R18: therapeutic IM injection"),
        ],
        skips=[skip("no numbness or weakness", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-26", dos="2026-09-15",
        specialty="pediatrics", setting="outpatient", age=12, sex="F", payer="bcbs",
        text="""
        WELL CHILD CHECK - 12 years

        Doing well in 7th grade, plays soccer. Menarche not yet. Diet varied, sleeps 9 hours. Screen time
        discussed. PHQ-A negative.

        Exam: height and weight 60th percentile, BMI 19, Tanner 2, normal complete exam, no scoliosis.

        Immunizations: I counseled the patient and her mother on each vaccine; HPV 9-valent dose 1 and
        trivalent influenza vaccine given IM today. VIS provided.

        Assessment: Routine child health exam without abnormal findings. Vaccines as above.
        """,
        codes=[
            c("Z00.129", "Routine child health exam without abnormal findings",
              why="R17: routine child health exam without abnormal findings"),
            c("Z23", "HPV 9-valent dose 1", why="R24: encounter for immunization"),
            c("99394", "WELL CHILD CHECK - 12 years", why="R17: established preventive, age 12-17"),
            c("96127", "PHQ-A negative", why="R19: standardized depression screen scored"),
            c("90651", "HPV 9-valent", why="R24: HPV vaccine product"),
            c("90656", "trivalent influenza vaccine", why="R24: influenza vaccine product"),
            c("90460", "I counseled the patient and her mother on each vaccine", units=2,
              why="R24: under 19 with physician counseling, one unit per single-component vaccine"),
        ],
        skips=[skip("no scoliosis", "R02", "normal finding")],
    ),
    NoteSpec(
        id="dev-em3-27", dos="2026-10-06",
        specialty="pediatrics", setting="outpatient", age=17, sex="M", payer="uhc",
        text="""
        Sick visit

        17M with 12 days of nasal congestion, thick green discharge and maxillary pressure, worse the last 3
        days after initially improving. No fever.

        Exam: maxillary tenderness, purulent drainage.

        Assessment: Acute maxillary sinusitis.
        Plan: amoxicillin-clavulanate 875 mg twice daily for 7 days, saline rinses.

        Flu vaccine: trivalent influenza vaccine 0.5 mL IM given by the nurse per standing order.
        """,
        codes=[
            c("J01.00", "Acute maxillary sinusitis", why="R22: acute maxillary sinusitis, not recurrent"),
            c("Z23", "trivalent influenza vaccine", why="R24: encounter for immunization"),
            c("99213", "Assessment", mods=["25"],
              why="R15: MDM low - acute uncomplicated illness, prescription drug; 25 beside vaccine admin"),
            c("90656", "trivalent influenza vaccine", why="R24: influenza vaccine product"),
            c("90471", "given by the nurse per standing order",
              why="R24: no physician counseling documented, so 90471 even under 19"),
        ],
        skips=[skip("No fever", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-28", dos="2026-04-28",
        specialty="family medicine", setting="outpatient", age=26, sex="F", payer="aetna",
        text="""
        ANNUAL PREVENTIVE EXAM

        26F, healthy. Mild intermittent asthma, uses albuterol a few times a year with colds; refill sent.
        Exercises, no tobacco, drinks socially. Pap 2024 normal.

        Exam: normal complete exam, lungs clear.

        Assessment:
        1. Encounter for general adult medical examination without abnormal findings.
        2. Mild intermittent asthma, uncomplicated - well controlled; albuterol refilled.
        """,
        codes=[
            c("Z00.00", "Encounter for general adult medical examination without abnormal findings",
              why="R17: adult exam without abnormal findings, first"),
            c("J45.20", "Mild intermittent asthma, uncomplicated", why="R20: chronic condition managed"),
            c("99395", "ANNUAL PREVENTIVE EXAM",
              why="R17: established preventive, age 18-39; a controlled condition with a refill is not a "
                  "significant separate problem"),
        ],
    ),
    NoteSpec(
        id="dev-em3-29", dos="2026-06-23",
        specialty="family medicine", setting="outpatient", age=76, sex="M", payer="cigna", new_patient=True,
        text="""
        NEW PATIENT PHYSICAL

        76M establishing care for a complete physical. Retired. Walks daily. Noted an irregular pulse on his
        smartwatch for a month, no palpitations, no chest pain, no dyspnea.

        Exam: irregularly irregular pulse 84, BP 134/80. Otherwise normal complete exam.

        12-lead ECG performed in the office, my interpretation: atrial fibrillation, rate 86, no ST changes.

        Assessment:
        1. Routine adult health exam with abnormal findings.
        2. Atrial fibrillation, newly found - CHA2DS2-VASc 2 (age 75 or older): start apixaban 5 mg
           twice daily and metoprolol succinate 25 mg daily; echocardiogram and TSH ordered; cardiology
           referral. This problem was separately addressed in addition to the preventive visit.
        """,
        codes=[
            c("Z00.01", "Routine adult health exam with abnormal findings",
              why="R17: adult exam with abnormal findings, first"),
            c("I48.91", "Atrial fibrillation, newly found", why="R22: atrial fibrillation, unspecified"),
            c("99387", "NEW PATIENT PHYSICAL", why="R17: new patient preventive, 65 and over"),
            c("99204", "This problem was separately addressed", mods=["25"],
              why="R15: new problem: undiagnosed new problem with uncertain prognosis (moderate), two tests "
                  "ordered, prescription drugs started (moderate) -> moderate; 25"),
            c("93000", "12-lead ECG performed in the office", why="R18: ECG with interpretation"),
        ],
        skips=[skip("no palpitations", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-30", dos="2026-07-21",
        specialty="internal medicine", setting="outpatient", age=57, sex="F", payer="bcbs",
        text="""
        Follow-up: lipids and prediabetes

        57F returns to go over the labs I ordered at her visit last month. Lipid panel: LDL 142. A1c 6.0%.
        She has been walking 30 minutes most days and cutting sweets.

        Assessment:
        1. Pure hypercholesterolemia - stable with lifestyle changes.
        2. Prediabetes - stable, continue diet and exercise.
        Plan: repeat labs at her annual physical.
        """,
        codes=[
            c("E78.00", "Pure hypercholesterolemia", why="R22: pure hypercholesterolemia, unspecified"),
            c("R73.03", "Prediabetes", why="R22: prediabetes"),
            c("99212", "Assessment",
              why="R15: two stable chronic illnesses (moderate) but data minimal (results of tests she ordered "
                  "last visit were counted when ordered; no test ordered today) and risk "
                  "minimal (lifestyle): two of three -> straightforward"),
        ],
    ),
    NoteSpec(
        id="dev-em3-31", dos="2026-08-11",
        specialty="geriatrics", setting="outpatient", age=84, sex="F", payer="medicare",
        text="""
        Acute visit

        84F with Alzheimer dementia, brought by her daughter who provides the history as the patient cannot.
        Daughter notes 2 days of urinary frequency, new incontinence and foul-smelling urine. No fever, no
        vomiting, no confusion beyond baseline.

        Office urine dipstick: positive nitrites and leukocytes.

        Assessment: Acute cystitis without hematuria. Alzheimer's disease, late onset, with dementia, at
        baseline.
        Plan: cephalexin 500 mg twice daily for 7 days. Daughter to call if fever or new
        confusion.
        """,
        codes=[
            c("N30.00", "Acute cystitis without hematuria", why="R22: acute cystitis without hematuria"),
            c("G30.1", "Alzheimer's disease, late onset", why="R22: Alzheimer disease with late onset"),
            c("F02.80", "Alzheimer's disease, late onset, with dementia",
              why="R22: dementia in other diseases, unspecified severity, without behavioral disturbance"),
            c("99213", "Assessment",
              why="R15: MDM low - acute uncomplicated illness and a stable chronic illness (low), independent "
                  "historian (limited), prescription drug (moderate): two of three low"),
            c("81002", "Office urine dipstick", why="R19: office urinalysis without microscopy"),
        ],
        skips=[skip("No fever", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-32", dos="2026-08-18",
        specialty="internal medicine", setting="outpatient", age=72, sex="F", payer="medicare",
        text="""
        Follow-up visit

        72F with hypertension and chronic kidney disease stage 3a, here with her husband to go over her
        options for managing her kidney disease. Home BP 128/74 on losartan 50 mg. eGFR 52, stable from last
        year. We discussed diet, NSAID avoidance, the meaning of her labs and what to expect.

        Assessment: Hypertensive chronic kidney disease with stage 3a CKD, stable.
        Plan: continue losartan 50 mg daily. Labs in 6 months.

        I personally spent 1 hour on the date of service, mostly counseling.
        """,
        codes=[
            c("I12.9", "Hypertensive chronic kidney disease", why="R21: hypertensive CKD first (I.C.9.a.2)"),
            c("N18.31", "stage 3a CKD", why="R22: CKD stage 3a"),
            c("99215", "I personally spent 1 hour on the date of service",
              why="R14: established, 60 minutes (40+); Medicare prolonged G2212 starts at 69 minutes"),
        ],
    ),
    NoteSpec(
        id="dev-em3-33", dos="2026-02-10",
        specialty="internal medicine", setting="outpatient", age=79, sex="F", payer="medicare",
        text="""
        Complex follow-up

        79F with type 2 diabetes with diabetic CKD stage 3b, chronic diastolic heart failure and hypertension.
        Reviewed her hospital discharge summary and the cardiology note from this month with her and her son,
        reconciled 14 medications, and went through her home weights and sugars.

        Assessment:
        1. Type 2 diabetes with diabetic chronic kidney disease, stage 3b - A1c 7.4%, stable.
        2. Chronic diastolic heart failure, compensated - continue furosemide 40 mg daily.
        3. Hypertension - controlled.
        Plan: continue current medications; stop the duplicate metoprolol tartrate she was taking with
        metoprolol succinate. Follow up in 1 month.

        Total time on the date of service: 75 minutes.
        """,
        codes=[
            c("E11.22", "Type 2 diabetes with diabetic chronic kidney disease",
              why="R09: type 2 DM with diabetic CKD (combination code)"),
            c("I13.0", "Chronic diastolic heart failure",
              why="R21: hypertension with heart failure and CKD stage 1-4 (I.C.9.a.3)"),
            c("I50.32", "Chronic diastolic heart failure", why="R22: chronic diastolic HF with I13.0"),
            c("N18.32", "stage 3b", why="R22: CKD stage 3b"),
            c("99215", "Total time on the date of service: 75 minutes", why="R14: established, 75 minutes (40+)"),
            c("G2212", "Total time on the date of service: 75 minutes", units=1,
              why="R14: Medicare prolonged from 69 minutes: one unit at 75"),
        ],
    ),
    NoteSpec(
        id="dev-em3-34", dos="2026-03-03",
        specialty="neurology", setting="outpatient", age=36, sex="F", payer="aetna", new_patient=True,
        text="""
        NEUROLOGY NEW PATIENT CONSULTATION

        Referred for headaches. 36F with 2 years of throbbing unilateral headaches with nausea and light
        sensitivity, 6-8 days a month, each lasting a day. Uses sumatriptan 50 mg with partial relief. Normal
        neurological examination. I reviewed her MRI brain report from 2025: normal.

        Assessment: Migraine without aura, not intractable, without status migrainosus.
        Plan: start topiramate 25 mg nightly, titrate to 50 mg twice daily; continue sumatriptan as needed;
        headache diary. Follow up in 3 months.

        I spent 80 minutes on the date of the encounter, including review of records and counseling on
        preventive treatment.
        """,
        codes=[
            c("G43.009", "Migraine without aura, not intractable, without status migrainosus",
              why="R22: migraine without aura, not intractable, without status migrainosus"),
            c("99205", "I spent 80 minutes on the date of the encounter", why="R14: new patient, 80 minutes (60+)"),
            c("99417", "I spent 80 minutes on the date of the encounter", units=1,
              why="R14: CPT payer, new patient 75-89 minutes -> one prolonged unit"),
        ],
    ),
    NoteSpec(
        id="dev-em3-35", dos="2026-04-14",
        specialty="family medicine", setting="outpatient", age=73, sex="M", payer="medicare",
        text="""
        MEDICARE ANNUAL WELLNESS VISIT - subsequent

        Health risk assessment reviewed. Fall screen negative. Cognitive screen (Mini-Cog) normal. Advance
        directive on file. Personalized prevention plan updated: colonoscopy due 2028.

        Separately addressed problem: right knee osteoarthritis is worse, now limiting his walks despite
        acetaminophen and a home exercise program. Exam: crepitus, small effusion, no instability.
        Assessment: Primary osteoarthritis of the right knee, progressing.
        Plan: start meloxicam 7.5 mg daily with food; physical therapy referral.
        """,
        codes=[
            c("Z00.00", "MEDICARE ANNUAL WELLNESS VISIT", why="R17: wellness encounter first"),
            c("M17.11", "Primary osteoarthritis of the right knee", why="R22: unilateral primary OA, right knee"),
            c("G0439", "MEDICARE ANNUAL WELLNESS VISIT - subsequent", why="R17: subsequent Medicare AWV"),
            c("99214", "Separately addressed problem", mods=["25"],
              why="R15: chronic illness with progression, prescription drug started -> moderate; 25 with the AWV"),
        ],
        skips=[skip("no instability", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-36", dos="2026-05-05",
        specialty="pediatrics", setting="outpatient", age=3, sex="M", payer="medicaid",
        text="""
        WELL CHILD VISIT - 3 years

        Talking in sentences, toilet trained during the day, eats well. Mom says he has tugged at his left ear
        and had a runny nose for 3 days, fever to 101 last night.

        Exam: growth normal. Left tympanic membrane red and bulging, right normal. Remainder of the exam normal.

        Assessment:
        1. Well child check, 3 years, with abnormal findings.
        2. Acute otitis media, left ear - amoxicillin 90 mg/kg/day divided twice daily for 10 days.
        """,
        codes=[
            c("Z00.121", "Well child check, 3 years, with abnormal findings",
              why="R17: routine child health exam with abnormal findings"),
            c("H66.92", "Acute otitis media, left ear", why="R22: otitis media, unspecified, left"),
            c("99392", "WELL CHILD VISIT - 3 years", why="R17: established preventive, age 1-4"),
            c("99213", "Acute otitis media, left ear", mods=["25"],
              why="R15: significant problem: acute uncomplicated illness, independent historian, prescription "
                  "started -> low; 25"),
        ],
    ),
    NoteSpec(
        id="dev-em3-37", dos="2026-06-30",
        specialty="pediatrics", setting="outpatient", age=8, sex="M", payer="bcbs",
        text="""
        8-YEAR WELL CHILD CHECK

        3rd grade. Sleeps well, plays baseball. Vision and hearing screens passed at school this fall. Normal
        complete exam.

        ADHD: teacher Vanderbilt scores still elevated for inattention on methylphenidate ER 27 mg; afternoon
        homework is a struggle. No appetite or sleep problems.

        Assessment:
        1. Routine child health examination without abnormal findings.
        2. ADHD, combined type, not at goal - increase methylphenidate ER to 36 mg every morning. Recheck in
           4 weeks. Problem addressed separately from the well visit.
        """,
        codes=[
            c("Z00.129", "Routine child health examination without abnormal findings",
              why="R17: routine child health exam without abnormal findings"),
            c("F90.2", "ADHD, combined type", why="R22: ADHD combined type"),
            c("99393", "8-YEAR WELL CHILD CHECK", why="R17: established preventive, age 5-11"),
            c("96127", "Vanderbilt scores", why="R19: standardized ADHD rating scale scored"),
            c("99214", "ADHD, combined type, not at goal", mods=["25"],
              why="R15: chronic illness not at goal, prescription dose change -> moderate; 25"),
        ],
        skips=[skip("No appetite or sleep problems", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-38", dos="2026-07-09",
        specialty="family medicine", setting="outpatient", age=31, sex="F", payer="cigna", new_patient=True,
        text="""
        NEW PATIENT - ANNUAL PHYSICAL

        31F establishing care for a physical. No complaints. Runs 3 times a week, no tobacco, 2 drinks a week.
        Pap with HPV co-test 2024 normal. Up to date on Tdap.

        Exam: normal complete exam, BMI 22.

        Assessment: Encounter for general adult medical examination without abnormal findings.
        Plan: routine counseling on diet, exercise and sun protection. Return in 1 year.
        """,
        codes=[
            c("Z00.00", "Encounter for general adult medical examination without abnormal findings",
              why="R17: adult exam without abnormal findings"),
            c("99385", "NEW PATIENT - ANNUAL PHYSICAL", why="R17: new patient preventive, age 18-39"),
        ],
    ),
    NoteSpec(
        id="dev-em3-39", dos="2026-07-28",
        specialty="internal medicine", setting="outpatient", age=66, sex="M", payer="aetna",
        text="""
        Follow-up: kidney function

        66M with CKD stage 4, stable, on losartan 25 mg. Potassium 5.4 on labs drawn here last week.

        Discussed the case with Dr. Ibarra, his nephrologist, by phone today: agreed to keep losartan and start
        patiromer.

        Assessment: Chronic kidney disease, stage 4, stable; hyperkalemia.
        Plan: start patiromer 8.4 g daily; low-potassium diet handout; repeat BMP in 1 week.
        """,
        codes=[
            c("N18.4", "Chronic kidney disease, stage 4", why="R22: CKD stage 4"),
            c("E87.5", "hyperkalemia", why="R22: hyperkalemia"),
            c("99214", "Assessment",
              why="R15: MDM moderate - stable chronic illness plus an abnormal result treated (moderate or low), "
                  "discussion with an external physician (moderate data), prescription drug (moderate)"),
        ],
    ),
    NoteSpec(
        id="dev-em3-40", dos="2026-08-06",
        specialty="family medicine", setting="outpatient", age=62, sex="F", payer="uhc",
        text="""
        Office visit - muscle aches

        62F with hyperlipidemia on atorvastatin 40 mg for 2 months, now with aching thighs and calves. No
        weakness, no dark urine.

        Assessment: Myalgia due to atorvastatin (statin side effect). Hyperlipidemia.
        Plan: stop atorvastatin; CK ordered; after a 2-week washout start rosuvastatin 5 mg three times a
        week.
        """,
        codes=[
            c("M79.10", "Myalgia due to atorvastatin", why="R22: myalgia, unspecified site (adverse effect)"),
            c("T46.6X5A", "due to atorvastatin",
              why="R22: adverse effect of antihyperlipidemic drug, initial (I.C.19.e.5.a)"),
            c("E78.5", "Hyperlipidemia", why="R20: chronic condition managed"),
            c("99214", "Assessment",
              why="R15: MDM moderate - chronic illness with side effects of treatment, prescription drug "
                  "stopped and changed"),
        ],
        skips=[skip("No\n        weakness", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-41", dos="2026-08-20",
        specialty="rheumatology", setting="outpatient", age=55, sex="F", payer="bcbs",
        text="""
        RHEUMATOLOGY FOLLOW-UP

        55F with seropositive rheumatoid arthritis of multiple sites, in low disease activity on methotrexate
        15 mg weekly and folic acid. No mouth sores, no cough.

        Assessment: Rheumatoid arthritis with rheumatoid factor of multiple sites, stable on methotrexate.
        Plan: continue methotrexate 15 mg weekly and folic acid 1 mg daily. CBC and CMP ordered for
        methotrexate toxicity monitoring every 3 months. Follow up in 3 months.
        """,
        codes=[
            c("M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites",
              why="R22: RA with rheumatoid factor, multiple sites, without organ involvement"),
            c("Z79.631", "methotrexate\n        15 mg weekly", why="R10: long-term methotrexate"),
            c("99213", "Assessment",
              why="R15: one stable chronic illness (low), two tests (limited), drug therapy requiring intensive "
                  "monitoring for toxicity (high): two of three -> low"),
        ],
        skips=[skip("No mouth sores, no cough", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-42", dos="2026-09-01",
        specialty="psychiatry", setting="outpatient", age=41, sex="M", payer="cigna", minutes=15,
        text="""
        Video visit (audio and video)

        41M with generalized anxiety disorder on escitalopram 10 mg; GAD-7 down from 14 to 11, still worried
        most days. Sleeping better.

        Assessment: Generalized anxiety disorder, improving but not at goal.
        Plan: increase escitalopram to 15 mg daily. Follow up by video in 6 weeks.

        Total time 15 minutes.
        """,
        codes=[
            c("F41.1", "Generalized anxiety disorder", why="R22: generalized anxiety disorder"),
            c("99212", "Total time 15 minutes",
              why="R14: established, 15 minutes (10-19): time documented, so time decides; MDM moderate flagged"),
            c("96127", "GAD-7 down from 14 to 11", why="R19: standardized anxiety instrument scored"),
        ],
    ),
    NoteSpec(
        id="dev-em3-43", dos="2026-09-08",
        specialty="family medicine", setting="outpatient", age=47, sex="M", payer="aetna",
        text="""
        Office visit

        47M with type 2 diabetes here for a tender lump in his left armpit for 4 days. Also due for his diabetes
        follow-up: A1c 8.9% today (point of care), up from 7.9%.

        Procedure: incision and drainage of a 2 cm abscess of the left axilla under local anesthesia; purulent
        material expressed, packed with iodoform gauze.

        Assessment:
        1. Abscess of left axilla - incision and drainage as above, warm compresses.
        2. Type 2 diabetes with hyperglycemia, not at goal - separate problem: add Jardiance 10 mg daily,
           continue metformin 1000 mg twice daily.
        """,
        codes=[
            c("L02.412", "Abscess of left axilla", why="R22: cutaneous abscess of left axilla"),
            c("E11.65", "Type 2 diabetes with hyperglycemia", why="R09: type 2 DM with hyperglycemia"),
            c("Z79.84", "metformin 1000 mg twice daily", why="R10: long-term oral hypoglycemic"),
            c("99214", "separate problem", mods=["25"],
              why="R15: separate problem: chronic illness not at goal, prescription drug -> moderate; 25"),
            c("10060", "incision and drainage of a 2 cm abscess", why="R18: simple I&D of one abscess"),
            c("83036", "A1c 8.9% today (point of care)", why="R19: office A1c"),
        ],
    ),
    NoteSpec(
        id="dev-em3-44", dos="2026-09-22",
        specialty="family medicine", setting="outpatient", age=52, sex="F", payer="uhc",
        text="""
        NURSE VISIT - immunizations

        52F here for vaccines only. No fever today, no prior vaccine reactions. Dr. Chen reviewed and
        counseled on the vaccines.

        Given: trivalent influenza vaccine 0.5 mL IM left deltoid; Tdap 0.5 mL IM right deltoid. VIS provided.
        Tolerated well, observed 15 minutes.
        """,
        codes=[
            c("Z23", "here for vaccines only", why="R24: encounter for immunization"),
            c("90656", "trivalent influenza vaccine", why="R24: influenza vaccine product"),
            c("90715", "Tdap", why="R24: Tdap product"),
            c("90471", "trivalent influenza vaccine 0.5 mL IM", why="R24: first vaccine administration, adult"),
            c("90472", "Tdap 0.5 mL IM", why="R24: additional vaccine administration, adult (90460 is under 19)"),
        ],
        skips=[skip("No fever today", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-45", dos="2026-01-08",
        specialty="internal medicine", setting="outpatient", age=64, sex="M", payer="bcbs",
        text="""
        Follow-up: diabetes, blood pressure

        64M, home sugars 110-140, home BP 126/78. On metformin 500 mg twice daily and lisinopril 10 mg.

        Assessment:
        1. Type 2 diabetes mellitus without complications - at goal.
        2. Essential hypertension - controlled.
        Plan: continue both. A1c in 6 months.

        Time: 35 minutes face-to-face and 10 minutes documenting and reviewing records on the date of the visit.
        """,
        codes=[
            c("E11.9", "Type 2 diabetes mellitus without complications", why="R09: type 2 DM without complications"),
            c("I10", "Essential hypertension", why="R20: chronic condition managed"),
            c("Z79.84", "metformin 500 mg twice daily", why="R10: long-term oral hypoglycemic"),
            c("99215", "Time: 35 minutes face-to-face and 10 minutes documenting",
              why="R14: established, 45 minutes total on the date (40-54); time decides over moderate MDM"),
        ],
    ),
    NoteSpec(
        id="dev-em3-46", dos="2026-02-19",
        specialty="family medicine", setting="outpatient", age=45, sex="F", payer="aetna",
        text="""
        Follow-up: depression

        45F on sertraline 50 mg for 6 weeks; mood better, sleeping through the night, PHQ-9 today 6 (was 15).
        No side effects.

        Assessment: Major depressive disorder, single episode, mild, improving.
        Plan: continue sertraline 50 mg daily. Follow up in 2 months.

        I devoted 34 minutes to this patient's care today.
        """,
        codes=[
            c("F32.0", "Major depressive disorder, single episode, mild", why="R22: single episode, mild"),
            c("99214", "I devoted 34 minutes to this patient's care today", why="R14: established, 34 minutes (30-39)"),
            c("96127", "PHQ-9 today 6", why="R19: standardized depression instrument scored"),
        ],
        skips=[skip("No side effects", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-47", dos="2026-03-12",
        specialty="family medicine", setting="outpatient", age=33, sex="F", payer="uhc", new_patient=True,
        text="""
        New patient visit - headaches

        33F new to the practice with band-like headaches at the end of work days for 2 months, relieved by
        ibuprofen. No aura, no neurological symptoms. Normal neurological exam.

        Assessment: Tension-type headache, not intractable.
        Plan: ibuprofen 400 mg as needed, no more than 3 days a week; posture breaks, sleep hygiene. Return if
        not improving.

        More than 50% of this 25-minute visit was spent in counseling about headache triggers.
        """,
        codes=[
            c("G44.209", "Tension-type headache, not intractable",
              why="R22: tension-type headache, unspecified, not intractable"),
            c("99202", "this 25-minute visit",
              why="R14: new patient, 25 minutes total (15-29); time decides, MDM low flagged"),
        ],
        skips=[skip("No aura, no neurological symptoms", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-48", dos="2026-01-30",
        specialty="emergency medicine", setting="outpatient", age=2, sex="F", payer="medicaid", pos="23",
        text="""
        ED NOTE - PEDIATRICS

        CC: barky cough.
        History from father: 2-year-old with a runny nose for 2 days and a barky cough since midnight. No
        drooling. Mild intermittent stridor with crying only, none at rest; sat 98%.

        ED course: dexamethasone 0.6 mg/kg by mouth given. Reassessed after 2 hours: comfortable, no stridor.

        Diagnosis: Croup.
        Plan: discharged home; cool mist, return for stridor at rest or trouble breathing.
        """,
        codes=[
            c("J05.0", "Croup", why="R22: acute obstructive laryngitis [croup]"),
            c("99283", "Diagnosis",
              why="R15: ED, MDM low - acute uncomplicated illness, independent historian (limited), "
                  "prescription drug (moderate): two of three low"),
        ],
        skips=[skip("No\n        drooling", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-49", dos="2026-02-27",
        specialty="emergency medicine", setting="outpatient", age=19, sex="F", payer="bcbs", pos="23",
        text="""
        EMERGENCY DEPARTMENT NOTE

        CC: vomiting.
        19F with type 1 diabetes, 1 day of vomiting and abdominal pain after 3 days of poor intake. Kussmaul
        breathing, HR 122.

        ED course: glucose 486, pH 7.14, bicarbonate 9, anion gap 26, beta-hydroxybutyrate elevated, K 5.6.
        Insulin drip and IV fluids started per DKA protocol.

        Diagnosis: Diabetic ketoacidosis, type 1 diabetes.
        Disposition: admit to ICU.
        """,
        codes=[
            c("E10.10", "Diabetic ketoacidosis, type 1 diabetes",
              why="R09: type 1 diabetes with ketoacidosis without coma"),
            c("99285", "Diagnosis",
              why="R15: ED, MDM high - threat to life, multiple tests, decision for hospitalization (ICU)"),
        ],
    ),
    NoteSpec(
        id="dev-em3-50", dos="2026-04-07",
        specialty="family medicine", setting="outpatient", age=48, sex="F", payer="cigna",
        text="""
        Acute visit: breast lump

        48F found a lump in her right breast a week ago. No nipple discharge, no skin change. Exam: 1.5 cm firm
        mobile nodule at 10 o'clock of the right breast, no axillary nodes.

        Assessment: Lump in right breast, etiology uncertain.
        Plan: diagnostic mammogram and right breast ultrasound ordered; breast surgery referral depending on
        results.
        """,
        codes=[
            c("N63.10", "Lump in right breast", why="R03: the finding is coded (unspecified quadrant)"),
            c("99213", "Assessment",
              why="R15: undiagnosed new problem with uncertain prognosis (moderate), two tests ordered (limited), "
                  "no treatment risk (minimal): two of three low"),
        ],
        skips=[skip("No nipple discharge", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-51", dos="2026-05-14",
        specialty="family medicine", setting="outpatient", age=29, sex="F", payer="aetna",
        text="""
        Sick visit

        29F with 2 days of burning urination and frequency, and vulvar itching with thick white discharge after
        a course of antibiotics for a dental infection. No fever or back pain.

        Assessment:
        1. Acute cystitis without hematuria.
        2. Vulvovaginal candidiasis.
        Plan: nitrofurantoin 100 mg twice daily for 5 days; fluconazole 150 mg once.
        """,
        codes=[
            c("N30.00", "Acute cystitis without hematuria", why="R22: acute cystitis without hematuria"),
            c("B37.31", "Vulvovaginal candidiasis", why="R22: acute candidiasis of vulva and vagina"),
            c("99213", "Assessment",
              why="R15: MDM low - two acute uncomplicated illnesses (low), prescription drugs (moderate)"),
        ],
        skips=[skip("No fever or back pain", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-52", dos="2026-06-04",
        specialty="internal medicine", setting="outpatient", age=69, sex="F", payer="aetna",
        text="""
        Chronic care visit

        69F doing well. Takes metformin 1000 mg twice daily, amlodipine 5 mg and levothyroxine 88 mcg.

        Assessment:
        1. Type 2 diabetes mellitus without complications, controlled.
        2. Essential hypertension, stable.
        3. Hypothyroidism, stable.
        Plan: continue current medications. A1c, TSH and BMP ordered today. Return in 6 months.
        """,
        codes=[
            c("E11.9", "Type 2 diabetes mellitus without complications", why="R09: type 2 DM without complications"),
            c("I10", "Essential hypertension", why="R20: chronic condition managed"),
            c("E03.9", "Hypothyroidism", why="R20: chronic condition managed"),
            c("Z79.84", "metformin 1000 mg twice daily", why="R10: long-term oral hypoglycemic"),
            c("99214", "Assessment",
              why="R15: MDM moderate - three stable chronic illnesses, three tests ordered, prescription drugs"),
        ],
    ),
    NoteSpec(
        id="dev-em3-53", dos="2026-07-02",
        specialty="family medicine", setting="outpatient", age=71, sex="F", payer="medicare",
        text="""
        Urgent visit: shortness of breath

        71F with COPD, 3 days of increased dyspnea, now breathless walking across the room, cough with green
        sputum. Sat 89% on room air, RR 26, diffuse wheezes, speaking in short sentences.

        Assessment: COPD with severe acute exacerbation.
        Plan: I recommended hospital admission; she declines and her daughter will stay with her. After a DuoNeb
        treatment here her saturation is 92%. Prednisone 40 mg daily for 5 days, doxycycline 100 mg twice daily,
        home oxygen 2 L arranged, nurse visit tomorrow, to the ED if worse.
        """,
        codes=[
            c("J44.1", "COPD with severe acute exacerbation", why="R22: COPD with exacerbation"),
            c("99215", "Assessment", mods=["25"],
              why="R15: MDM high - chronic illness with severe exacerbation, decision regarding hospitalization; "
                  "25 beside the nebulizer treatment"),
            c("94640", "DuoNeb\n        treatment here", why="R18: inhalation treatment in the office"),
            c("J7620", "DuoNeb", why="R24: albuterol with ipratropium unit dose"),
        ],
    ),
    NoteSpec(
        id="dev-em3-54", dos="2026-08-13",
        specialty="cardiology", setting="outpatient", age=77, sex="M", payer="uhc",
        text="""
        Heart failure follow-up

        77M with chronic diastolic heart failure, up 3 kg in 2 weeks with ankle swelling and two-pillow
        orthopnea. I reviewed the echo report from the hospital in March: EF 60%, grade 2 diastolic dysfunction.

        Assessment: Chronic diastolic heart failure with volume overload.
        Plan: increase furosemide from 20 mg to 40 mg daily for a week then back to 20 mg; BMP in 1 week; daily
        weights.
        """,
        codes=[
            c("I50.32", "Chronic diastolic heart failure", why="R22: chronic diastolic HF"),
            c("99214", "Assessment",
              why="R15: MDM moderate - chronic illness with exacerbation, limited data (external echo report, "
                  "one test), prescription drug change"),
        ],
    ),
    NoteSpec(
        id="dev-em3-55", dos="2026-01-15",
        specialty="family medicine", setting="outpatient", age=24, sex="M", payer="cigna",
        text="""
        Injury visit

        24M twisted his right ankle stepping off a curb yesterday. Swelling and pain laterally, bearing weight
        with a limp. Tender over the lateral malleolus tip.

        X-ray right ankle, 3 views, done this morning at the imaging center next door; I personally reviewed
        the images: no fracture, soft tissue swelling.

        Assessment: Sprain of right ankle.
        Plan: ace wrap, ice, elevation, naproxen 220 mg OTC twice daily as needed. Recheck in 2 weeks if not
        improving.
        """,
        codes=[
            c("S93.401A", "Sprain of right ankle", why="R12: initial encounter; R11 right; ligament unspecified"),
            c("99213", "Assessment",
              why="R15: MDM low - acute uncomplicated injury (low), independent interpretation of an outside x-ray "
                  "(moderate data), OTC drug (low): two of three low; the x-ray is not billed here"),
        ],
        skips=[skip("no fracture", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-56", dos="2026-02-24",
        specialty="internal medicine", setting="outpatient", age=58, sex="F", payer="bcbs", new_patient=True,
        text="""
        NEW PATIENT - transferring care

        58F moving from another state with hypertension and hyperlipidemia. I reviewed her records from her
        previous internist (notes and labs through 2025). Doing well on losartan 50 mg and simvastatin 20 mg.

        Exam: BP 132/82, otherwise unremarkable.

        Assessment:
        1. Essential hypertension, controlled.
        2. Hyperlipidemia, stable.
        Plan: continue losartan and simvastatin. CMP and lipid panel ordered. Return in 6 months.
        """,
        codes=[
            c("I10", "Essential hypertension, controlled", why="R20: chronic condition managed"),
            c("E78.5", "Hyperlipidemia, stable", why="R20: chronic condition managed"),
            c("99204", "Assessment",
              why="R15: new patient, MDM moderate - two stable chronic illnesses, external records and two tests "
                  "ordered (moderate data), prescription drug management"),
        ],
    ),
    NoteSpec(
        id="dev-em3-57", dos="2026-03-31",
        specialty="family medicine", setting="outpatient", age=52, sex="M", payer="uhc",
        text="""
        Medication follow-up

        52M here for his reflux and a refill. Heartburn controlled on omeprazole 20 mg daily, no dysphagia, no
        weight loss, no black stools.

        Assessment: Gastro-esophageal reflux disease without esophagitis, controlled.
        Plan: omeprazole 20 mg daily refilled for 1 year. Follow up annually.
        """,
        codes=[
            c("K21.9", "Gastro-esophageal reflux disease without esophagitis", why="R22: GERD without esophagitis"),
            c("99213", "Assessment",
              why="R15: MDM low - one stable chronic illness, prescription drug management (moderate risk)"),
        ],
        skips=[skip("no dysphagia", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em3-58", dos="2026-04-21",
        specialty="internal medicine", setting="outpatient", age=67, sex="M", payer="aetna",
        text="""
        Hospital follow-up

        67M discharged 5 days ago after 3 days in the hospital for left lower lobe pneumonia. I reviewed the
        discharge summary. Fever gone, cough improving, eating well; 2 days left of amoxicillin-clavulanate.
        Lungs: few crackles at the left base. Sat 97%.

        Assessment: Pneumonia of left lower lobe, improving.
        Plan: finish amoxicillin-clavulanate. Repeat chest x-ray in 6 weeks to document clearing.
        """,
        codes=[
            c("J18.9", "Pneumonia of left lower lobe", why="R22: pneumonia, organism unspecified"),
            c("99214", "Assessment",
              why="R15: MDM moderate - acute illness with systemic symptoms (pneumonia, still treated), external "
                  "discharge summary and one test (limited), prescription drug management (moderate)"),
        ],
    ),
    NoteSpec(
        id="dev-em3-59", dos="2026-01-22",
        specialty="family medicine", setting="outpatient", age=37, sex="F", payer="aetna",
        text="""
        Sick visit

        37F with sudden fever to 102.4, body aches, headache and dry cough since yesterday. Her son had the flu
        last week. Rapid influenza A/B antigen test in the office: positive for influenza A.

        Assessment: Influenza A with other respiratory manifestations.
        Plan: oseltamivir 75 mg twice daily for 5 days, fluids, acetaminophen. Off work until fever-free 24 hours.
        """,
        codes=[
            c("J10.1", "Influenza A with other respiratory manifestations",
              why="R22: influenza due to other identified influenza virus with other respiratory manifestations"),
            c("99213", "Assessment",
              why="R15: MDM low - acute uncomplicated illness (minor illness with fever), prescription drug; the "
                  "billed office test is not data"),
            c("87804", "Rapid influenza A/B antigen test in the office", units=2,
              why="R19: influenza immunoassay, A and B = 2 units"),
        ],
    ),
    NoteSpec(
        id="dev-em3-60", dos="2026-05-28",
        specialty="family medicine", setting="outpatient", age=61, sex="M", payer="cigna",
        text="""
        Same-day visit: chest pain

        61M with 2 days of substernal chest pressure on exertion, today at rest for 20 minutes, with sweating.
        Smoker, diabetic. BP 154/92, HR 96.

        ECG in the office, my interpretation: sinus rhythm, new 1 mm ST depression in V4-V6.

        Assessment: Chest pain, concerning for unstable angina.
        Plan: aspirin 325 mg chewed here; sent to the emergency department by ambulance for evaluation; called
        the ED physician with report.
        """,
        codes=[
            c("R07.9", "Chest pain", why="R03: uncertain diagnosis not coded; the symptom is"),
            c("99215", "Assessment",
              why="R15: MDM high - acute illness posing a threat to life, discussion with the ED physician, "
                  "decision regarding hospitalization/escalation (sent to the ED)"),
            c("93000", "ECG in the office, my interpretation", why="R18: ECG with interpretation"),
        ],
    ),
    NoteSpec(
        id="dev-em3-61", dos="2026-06-18",
        specialty="family medicine", setting="outpatient", age=30, sex="F", payer="bcbs", minutes=8,
        text="""
        Video visit

        30F with a red, itchy, scaly ring on her forearm for a week; no fever. Photo reviewed on video: 3 cm
        annular plaque with central clearing.

        Assessment: Tinea corporis.
        Plan: clotrimazole 1% cream twice daily for 2 weeks.

        Total time 8 minutes.
        """,
        codes=[
            c("B35.4", "Tinea corporis", why="R22: tinea corporis"),
            c("99212", "Assessment",
              why="R15: 8 minutes is below the established threshold, so MDM decides: self-limited problem "
                  "(minimal), OTC drug (low), no data -> straightforward"),
        ],
        skips=[skip("no fever", "R01", "negated")],
    ),
]
