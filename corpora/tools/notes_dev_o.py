"""Dev notes 0099-0104 (session 2, second batch): gold written before the engine ran on them, after the
generalisation fixes, so their first score is an honest check of those fixes (not tuned on afterwards).
Gold corrected in session 4 (Decisions, long-term drugs): dev-0102 loses Z79.01 (apixaban started at the visit).
"""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-0099", dos="2026-03-24",
        specialty="internal medicine", setting="outpatient", age=67, sex="F", payer="medicare", minutes=28,
        text="""
        INTERNAL MEDICINE OFFICE VISIT

        Mrs. Okafor is a 67-year-old woman with a past medical history significant for hypothyroidism,
        osteoarthritis of both knees and a remote appendectomy who comes in for follow-up of her blood pressure.
        Home readings average 146/88. She has no headaches or chest pain. Her sister recently had a stroke and
        she wanted to talk about her own risk.

        Medications: levothyroxine 88 mcg daily, acetaminophen as needed.

        Exam: BP 150/90 and 148/88 on repeat. Heart regular. No edema.

        Labs: TSH 2.4, creatinine 0.8, potassium 4.2.

        Assessment and plan:
        1. Essential hypertension, not at goal - start amlodipine 5 mg daily; home log; recheck in 4 weeks.
        2. Hypothyroidism - TSH at goal, continue levothyroxine.

        I spent 28 minutes on the date of the visit.
        """,
        codes=[
            c("I10", "Essential hypertension, not at goal", why="R20: chronic condition treated"),
            c("E03.9", "Hypothyroidism - TSH at goal", why="R20: chronic condition managed"),
            c("Z82.3", "Her sister recently had a stroke",
              why="R05: family history of stroke; discussed her own risk at a hypertension visit"),
            c("99213", "I spent 28 minutes", why="R14: established patient, 28 minutes total time"),
        ],
        skips=[
            skip("osteoarthritis of both knees", "R20", "history summary, not addressed"),
            skip("no headaches or chest pain", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-0100", dos="2026-05-05",
        specialty="urgent care", setting="outpatient", age=35, sex="M", payer="uhc", minutes=24, new_patient=True,
        text="""
        URGENT CARE

        Chief complaint: Left wrist pain after a fall.

        35-year-old man slipped on a wet floor yesterday and landed on his outstretched left hand. Pain and
        swelling at the wrist. No numbness. No other injury. He is otherwise healthy; non-smoker.

        Exam: Tenderness over the anatomic snuffbox and distal radius, left. Neurovascularly intact.

        X-ray left wrist, 3 views, obtained at the imaging center next door and reviewed: nondisplaced fracture
        of the distal radius, left; scaphoid intact.

        Assessment: Nondisplaced fracture of the left distal radius, closed, initial encounter.

        Plan: Sugar-tong splint applied by the technician; ibuprofen; orthopedic referral in 1 week. Return if
        numbness or color change in the fingers.

        Total time 24 minutes.
        """,
        codes=[
            c("S52.502A", "Nondisplaced fracture of the left distal radius, closed, initial encounter",
              why="R12: initial encounter while actively treated; R11 left; R23 wrist pain integral"),
            c("99202", "Total time 24 minutes", why="R14: new patient, 24 minutes total time"),
        ],
        skips=[
            skip("Left wrist pain", "R23", "integral to the fracture"),
            skip("No numbness", "R01", "negated"),
            skip("Return if\n        numbness", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0101", dos="2026-06-23",
        specialty="pediatrics", setting="outpatient", age=4, sex="F", payer="medicaid", minutes=22,
        text="""
        PEDIATRIC ACUTE VISIT

        4-year-old girl here with dad for 2 days of itchy red eyes with yellow crusting in the morning, both eyes.
        Dad reports she has eczema, controlled with moisturizers and occasional hydrocortisone. No fever. No ear
        pain. Attends daycare where several children have "pink eye".

        Exam: Bilateral conjunctival injection with mucopurulent discharge. Lids mildly swollen. Vision grossly
        normal. TMs normal. Mild dry patches in both antecubital fossae.

        Assessment:
        1. Acute bacterial conjunctivitis, both eyes - polymyxin B/trimethoprim drops 4 times daily for 7 days.
        2. Atopic dermatitis - stable, continue emollients.

        Return to daycare after 24 hours of drops. Total time 22 minutes.
        """,
        codes=[
            c("H10.023", "Acute bacterial conjunctivitis, both eyes",
              why="R22: acute mucopurulent conjunctivitis, bilateral"),
            c("L20.9", "Atopic dermatitis - stable", why="R20: chronic condition managed"),
            c("99213", "Total time 22 minutes", why="R14: established patient, 22 minutes total time"),
        ],
        skips=[
            skip("No fever", "R01", "negated"),
            skip("itchy red eyes", "R23", "integral to conjunctivitis"),
        ],
    ),
    NoteSpec(
        id="dev-0102", dos="2026-02-12",
        specialty="cardiology", setting="outpatient", age=59, sex="F", payer="bcbs", minutes=45, new_patient=True,
        text="""
        CARDIOLOGY CONSULTATION

        Referred for palpitations. 59-year-old woman with 2 months of episodes of a racing, irregular heartbeat
        lasting hours. 14-day patch monitor: paroxysmal atrial fibrillation, 9% burden, rates 110-140. Echo:
        normal LV function, mild left atrial enlargement. TSH normal. She has type 2 diabetes on metformin and
        hypertension on lisinopril, both managed by her PCP. CHA2DS2-VASc 4. Her father had atrial fibrillation.

        Exam: BP 134/80, HR 78 regular today. Lungs clear.

        Assessment and Plan:
        Paroxysmal atrial fibrillation - start apixaban 5 mg twice daily for stroke prevention and metoprolol
        succinate 25 mg daily for rate control. Bleeding risk discussed. Follow-up in 3 months.
        Type 2 diabetes and hypertension - contribute to stroke risk; continue current care with her PCP.

        Total time 45 minutes including review of the monitor and echo.
        """,
        codes=[
            c("I48.0", "Paroxysmal atrial fibrillation - start apixaban", "paroxysmal atrial fibrillation",
              why="R22: paroxysmal AF; R23 palpitations integral"),
            c("E11.9", "Type 2 diabetes and hypertension - contribute to stroke risk",
              why="R20: chronic condition affecting the treatment decision"),
            c("I10", "Type 2 diabetes and hypertension - contribute to stroke risk",
              why="R20: chronic condition affecting the treatment decision"),
            c("Z79.84", "metformin", why="R10: oral hypoglycemic"),
            c("Z82.49", "Her father had atrial fibrillation",
              why="R05: family history of the same condition as the atrial fibrillation managed"),
            c("99204", "Total time 45 minutes", why="R14: new patient, 45 minutes total time"),
        ],
        skips=[
            skip("Referred for palpitations", "R23", "integral to atrial fibrillation"),
            skip("stroke prevention", "R07", "hypothetical"),
            skip("start apixaban 5 mg twice daily", "R10", "started at this visit: not yet long-term (current) use"),
        ],
    ),
    NoteSpec(
        id="dev-0103", dos="2026-04-28",
        specialty="dermatology", setting="outpatient", age=72, sex="M", payer="medicare", minutes=18,
        text="""
        DERMATOLOGY FOLLOW-UP

        72-year-old man with many years of sun exposure, here for a skin check. He had a basal cell carcinoma
        removed from the nose by Mohs surgery in 2023 with no recurrence. New rough spots on the scalp and
        backs of the hands.

        Exam: Scaly erythematous papules on the scalp (6) and dorsal hands (4). The Mohs scar on the nasal ala
        is well healed with no evidence of recurrence. Several stuck-on brown papules on the back.

        Assessment:
        1. Actinic keratoses, multiple - field treatment with 5-fluorouracil cream twice daily for 3 weeks
           prescribed; he declined cryotherapy today.
        2. Seborrheic keratoses of the back - benign, reassured.
        3. History of basal cell carcinoma of the nose - no recurrence; skin check every 6 months.

        Visit time 18 minutes.
        """,
        codes=[
            c("L57.0", "Actinic keratoses, multiple", why="R22: actinic keratosis treated"),
            c("L82.1", "Seborrheic keratoses of the back", why="R22: seborrheic keratosis, not inflamed"),
            c("Z85.828", "History of basal cell carcinoma of the nose",
              why="R06: excised skin cancer, surveillance"),
            c("99212", "Visit time 18 minutes", why="R14: established patient, 18 minutes total time"),
        ],
        skips=[
            skip("no evidence of recurrence", "R01", "negated"),
            skip("he declined cryotherapy today", "R07", "procedure not done"),
        ],
    ),
    NoteSpec(
        id="dev-0104", dos="2026-07-14",
        specialty="hospital medicine", setting="inpatient", age=63, sex="M", payer="aetna", pos="21",
        text="""
        DISCHARGE SUMMARY

        Admitted 07/10/2026, discharged 07/14/2026.

        Final diagnoses:
        1. Cellulitis of the right lower leg
        2. Type 2 diabetes mellitus with hyperglycemia
        3. Chronic kidney disease stage 3b
        4. Essential hypertension

        Course: 63-year-old man with 3 days of spreading redness, warmth and pain of the right shin, fever 38.6.
        No abscess on ultrasound; DVT was excluded by duplex. Treated with IV cefazolin, then oral cephalexin.
        Glucose 280-350 on admission, A1c 10.2%; basal insulin added to metformin (dose reduced for eGFR 38).
        Creatinine stable at baseline. Blood pressure controlled on amlodipine; lisinopril held for the first
        day and resumed. His mother had diabetes and kidney failure.

        Discharge medications: cephalexin 500 mg four times daily for 7 days, insulin glargine 14 units
        nightly, metformin 500 mg twice daily, amlodipine 10 mg, lisinopril 20 mg.
        """,
        codes=[
            c("L03.115", "Cellulitis of the right lower leg", why="R21: principal diagnosis; R23 fever integral"),
            c("E11.65", "Type 2 diabetes mellitus with hyperglycemia", why="R09: diabetes with hyperglycemia"),
            c("E11.22", "Type 2 diabetes mellitus with hyperglycemia", "Chronic kidney disease stage 3b",
              why="R09: diabetes and CKD presumed linked ('with'), N18.32 for the stage"),
            c("I12.9", "Chronic kidney disease stage 3b", "Essential hypertension",
              why="R08: hypertension with CKD stage 1-4"),
            c("N18.32", "Chronic kidney disease stage 3b", why="R22: CKD stage 3b"),
            c("Z79.4", "insulin glargine 14 units", why="R10: insulin at discharge"),
            c("Z79.84", "metformin 500 mg twice daily", why="R10: oral hypoglycemic with insulin"),
            c("Z83.3", "His mother had diabetes", why="R05: family history of the diabetes treated during the stay"),
            c("Z84.19", "kidney failure", why="R05: family history of kidney disease, same organ as the CKD coded"),
        ],
        skips=[
            skip("DVT was excluded", "R01", "ruled out"),
            skip("No abscess", "R01", "negated"),
        ],
    ),
]
