"""Dev notes dev-em6-01..10 (issue #3, second E/M generalisation check): gold written before the engine was run.

Layouts the earlier E/M batches had little of: a dictated narrative with no headings, a plan-only note, an ED note
with a 'Medical Decision Making' paragraph and a 'Clinical impression', a '#1 #2 #3' problem list, 'mins' for
minutes, a new patient's diabetes not at goal, an otic prescription, a stroke alert in the ED, time below the MDM
level (R14) and a B12 injection-only nurse visit.

First run (engine at 4f1df91, before any change for this batch): E/M exact match 8/9 notes with an E/M (0.89), and
dev-em6-10 correctly without one; ICD-10-CM P/R/F1 0.875/1.000/0.933 (tp 14, fp 2: R21 beside tinea corporis,
and R29.708 NIHSS 8 beside the stroke, which is right by I.C.18.j: gold corrected after the run); procedures
tp 2, fp 0, fn 0. E/M miss: 03 (a migraine 'acute attack' treated in the ED graded a stable chronic illness), fixed
in ab8bb64.
"""

from corpora.tools.spec import NoteSpec, c

NOTES = [
    NoteSpec(
        id="dev-em6-01", dos="2026-06-08",
        specialty="internal medicine", setting="outpatient", age=63, sex="F", payer="bcbs",
        text="""
        Mrs. Lindgren returns for her blood pressure. Her home readings have averaged 150/90 over the past month
        despite amlodipine 5 mg daily, and she has had no ankle swelling or dizziness. Today she is 152/92 on two
        readings, heart regular, lungs clear. Her essential hypertension is not at goal, so I increased amlodipine
        to 10 mg daily and ordered a basic metabolic panel. She will send me her home readings in two weeks.
        """,
        codes=[
            c("I10", "essential hypertension", why="R20: chronic condition managed"),
            c("99214", "essential hypertension is not at goal",
              why="R15: chronic illness not at goal (moderate), one test (minimal data), prescription drug "
                  "(moderate risk) -> moderate MDM"),
        ],
    ),
    NoteSpec(
        id="dev-em6-02", dos="2026-06-09",
        specialty="family medicine", setting="outpatient", age=31, sex="M", payer="uhc",
        text="""
        CC: rash on the forearm x 2 weeks.
        Itchy ring-shaped patch on the left forearm, scaly border with central clearing, 3 cm. Plays with a new
        kitten.
        Plan: tinea corporis - clotrimazole 1% cream OTC twice daily for 2 weeks, wash hands after handling the
        kitten.
        """,
        codes=[
            c("B35.4", "tinea corporis", why="R22: tinea corporis"),
            c("99212", "Plan",
              why="R15: one self-limited or minor problem, OTC drug (low risk) -> straightforward MDM"),
        ],
    ),
    NoteSpec(
        id="dev-em6-03", dos="2026-06-10",
        specialty="emergency medicine", setting="outpatient", age=28, sex="F", payer="aetna", pos="23",
        text="""
        Emergency department note

        28F with known migraines, typical migraine headache since last evening, throbbing, photophobia, vomited
        twice, home sumatriptan did not help. Neuro exam normal, no neck stiffness, afebrile.

        Medical Decision Making: typical of her prior migraines, normal neurologic exam, no red flags, so no
        imaging. Treated with ketorolac 30 mg IV, metoclopramide 10 mg IV and diphenhydramine 25 mg IV plus 1 L
        NS; headache resolved on reassessment.

        Clinical impression: Migraine without aura, acute attack.
        Discharged home, sumatriptan continued, neurology follow-up.
        """,
        codes=[
            c("G43.009", "Migraine without aura", why="R22: migraine without aura, not intractable, no status"),
            c("99284", "Medical Decision Making",
              why="R15: ED, chronic illness with exacerbation (moderate), parenteral prescription drugs "
                  "(moderate risk) -> moderate MDM"),
        ],
    ),
    NoteSpec(
        id="dev-em6-04", dos="2026-06-11",
        specialty="nephrology", setting="outpatient", age=72, sex="M", payer="medicare",
        text="""
        Nephrology follow-up

        Labs today reviewed: BMP with creatinine 1.8, eGFR 38 (unchanged from 6 months ago), K 4.6; CBC with Hgb
        10.2.
        BP 128/76.

        #1 CKD stage 3b - stable.
        #2 Anemia of CKD - Hgb stable at 10.2, no ESA needed yet.
        #3 Hypertension - controlled on losartan 50 mg daily, continue.
        Repeat BMP and CBC in 3 months.
        """,
        codes=[
            c("I12.9", "Hypertension - controlled", "CKD stage 3b",
              why="R08: hypertension with CKD is hypertensive CKD"),
            c("N18.32", "CKD stage 3b", why="R08: stage of the CKD"),
            c("D63.1", "Anemia of CKD", why="R21: anemia in CKD, after the CKD"),
            c("99214", "#1 CKD stage 3b",
              why="R15: three stable chronic illnesses (moderate), two results (limited data), prescription drug "
                  "management (moderate risk) -> moderate MDM"),
        ],
    ),
    NoteSpec(
        id="dev-em6-05", dos="2026-06-12",
        specialty="family medicine", setting="outpatient", age=55, sex="F", payer="cigna", minutes=32,
        text="""
        Follow-up

        Sleeps 6 hours with trazodone, wakes once. Heartburn only with late meals, uses famotidine OTC a few times
        a week.

        Assessment:
        1. Chronic insomnia - stable on trazodone 50 mg at bedtime, continue.
        2. GERD - controlled; famotidine OTC as needed, no late meals.

        Total time: 32 mins.
        """,
        codes=[
            c("G47.00", "Chronic insomnia", why="R22: insomnia, unspecified"),
            c("K21.9", "GERD - controlled", why="R22: GERD without esophagitis"),
            c("99214", "Total time: 32 mins",
              why="R14: established, 32 minutes (30-39); MDM moderate (two stable chronic illnesses, "
                  "prescription drug) agrees"),
        ],
    ),
    NoteSpec(
        id="dev-em6-06", dos="2026-06-15",
        specialty="internal medicine", setting="outpatient", age=49, sex="M", payer="bcbs", new_patient=True,
        text="""
        New patient visit

        49M establishing care, type 2 diabetes for 4 years on metformin 1000 mg BID. A1c 9.2% at his last clinic
        3 months ago, home fasting sugars 180-220. No hypoglycemia.

        Assessment: Type 2 diabetes with hyperglycemia, not at goal.
        Plan: add glipizide 5 mg daily with breakfast, continue metformin. Lipid panel, CMP and urine
        albumin/creatinine ratio ordered. Return in 6 weeks.
        """,
        codes=[
            c("E11.65", "Type 2 diabetes with hyperglycemia", why="R09: type 2 diabetes with hyperglycemia"),
            c("Z79.84", "metformin 1000 mg BID", why="R10: long-term oral hypoglycemic"),
            c("99204", "Assessment",
              why="R15: new patient, chronic illness not at goal (moderate), three tests ordered (moderate data), "
                  "prescription drug (moderate risk) -> moderate MDM"),
        ],
    ),
    NoteSpec(
        id="dev-em6-07", dos="2026-06-16",
        specialty="family medicine", setting="outpatient", age=12, sex="F", payer="medicaid",
        text="""
        Ear pain

        12F swimmer with 3 days of right ear pain and itching. Pain on tragal pressure, canal swollen and red with
        debris, TM intact.

        Assessment: Otitis externa, right ear.
        Plan: ciprofloxacin-dexamethasone otic 4 drops BID x 7 days, keep the ear dry, no swimming for a week.
        """,
        codes=[
            c("H60.91", "Otitis externa, right ear", why="R11: unspecified otitis externa, right ear"),
            c("99213", "Assessment",
              why="R15: acute uncomplicated illness (low), prescription drug (moderate risk) -> low MDM"),
        ],
    ),
    NoteSpec(
        id="dev-em6-08", dos="2026-06-17",
        specialty="emergency medicine", setting="outpatient", age=77, sex="M", payer="medicare", pos="23",
        text="""
        ED physician record - stroke alert

        77M with sudden right arm and face weakness and word-finding trouble, last known well 50 minutes before
        arrival. NIHSS 8.
        CT head without hemorrhage and CTA head and neck with left M2 occlusion, both ordered by me; glucose,
        CBC, BMP, PT/INR normal.
        Discussed with neurology (stroke team) at the bedside; alteplase given after consent, BP kept under
        180/105.

        Impression: Acute ischemic stroke, left MCA territory.
        Disposition: admitted to the neuro ICU.
        """,
        codes=[
            c("I63.9", "Acute ischemic stroke", why="R22: cerebral infarction (vessel detail not coded here)"),
            c("R29.708", "NIHSS 8", why="R22: NIHSS score with the acute stroke (I.C.18.j); added after the first run, "
              "the gold had missed it"),
            c("99285", "Impression",
              why="R15: ED, threat to life or bodily function (high), extensive data, hospitalization and "
                  "thrombolysis (high risk) -> high MDM"),
        ],
    ),
    NoteSpec(
        id="dev-em6-09", dos="2026-06-18",
        specialty="family medicine", setting="outpatient", age=40, sex="F", payer="aetna", minutes=12,
        text="""
        Allergy follow-up

        Spring allergy symptoms well controlled on cetirizine. No wheeze.

        Assessment: Seasonal allergic rhinitis, stable - continue cetirizine 10 mg daily OTC.

        Time spent: 12 minutes.
        """,
        codes=[
            c("J30.2", "Seasonal allergic rhinitis", why="R22: other seasonal allergic rhinitis"),
            c("99212", "Time spent: 12 minutes",
              why="R14: established, 12 minutes (10-19): time decides; MDM low (99213) is flagged for the coder"),
        ],
    ),
    NoteSpec(
        id="dev-em6-10", dos="2026-06-19",
        specialty="family medicine", setting="outpatient", age=68, sex="F", payer="medicare",
        text="""
        Nurse visit - monthly B12 injection

        Pernicious anemia. Cyanocobalamin 1000 mcg IM given in the left deltoid, tolerated well. Next injection in
        4 weeks.
        - R. Osei, LPN
        """,
        codes=[
            c("D51.0", "Pernicious anemia", why="R22: vitamin B12 deficiency anemia due to intrinsic factor"),
            c("96372", "Cyanocobalamin 1000 mcg IM given", why="R18: IM injection administration"),
            c("J3420", "Cyanocobalamin 1000 mcg", why="R18: vitamin B12 up to 1000 mcg"),
        ],
    ),
]
