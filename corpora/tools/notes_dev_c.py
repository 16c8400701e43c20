"""Dev notes 0013-0018: neurology, gastroenterology, OB, urgent care, preventive visits."""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-0013",
        subscriber="spouse", specialty="neurology", setting="outpatient", age=34, sex="F", payer="aetna",
        new_patient=True,
        text="""
        NEUROLOGY CONSULTATION (new patient, referred by PCP)

        Reason for referral: recurrent headaches.

        HPI: 34-year-old right-handed woman with headaches since her early twenties, now 6-8 days per month.
        Unilateral throbbing pain, either side, with nausea, photophobia and phonophobia, lasting 8-24 hours,
        worse with activity. No visual or sensory aura. Ibuprofen helps if taken early; uses it ~8 days/month.
        Not intractable - attacks respond to treatment. No thunderclap onset, no positional component, no
        fever or weight loss. Husband reports loud snoring and witnessed pauses; she wakes unrefreshed.

        PMH: anxiety (no meds), iron-deficiency anemia resolved after iron 2024.
        Meds: ibuprofen PRN, OCP (progestin-only).
        FH: mother with migraine.

        Exam: BP 118/74. BMI 27. Alert, fluent. CN II-XII intact, fundi with sharp discs. Strength 5/5, reflexes
        2+ symmetric, toes downgoing. Sensation intact. Gait normal, Romberg negative.

        Impression:
        1. Migraine without aura, episodic, not intractable, without status migrainosus. Normal neurologic exam;
           no red flags, neuroimaging not indicated.
        2. Snoring with witnessed apneas - possible obstructive sleep apnea. Home sleep study ordered.
        Plan: Start propranolol ER 60 mg daily for prevention. Rizatriptan 10 mg at onset, max 2/day.
        Limit analgesics to <10 days/month to avoid medication-overuse headache. Headache diary.
        Follow up 8 weeks. Seek care urgently if worst headache of life or new neurologic deficit.
        """,
        codes=[
            c("G43.009", "Migraine without aura, episodic, not intractable, without status migrainosus",
              why="R22: migraine type, intractability and status documented; R13 headache (R51.9) is "
                  "Excludes1 with migraine"),
            c("R06.83", "Snoring with witnessed apneas", why="R03: 'possible' OSA not coded; symptom coded"),
            c("Z82.0", "mother with migraine", why="R05: family history of neurological disease"),
            c("99204", "Impression:",
              why="R15: chronic illness + new undiagnosed problem, prescription drugs = moderate; R16 new"),
        ],
        skips=[
            skip("possible obstructive sleep apnea", "R03", "uncertain outpatient diagnosis"),
            skip("No visual or sensory aura", "R01", "negated"),
            skip("iron-deficiency anemia resolved", "R20", "resolved, no history code required"),
            skip("if worst headache of life", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0014", specialty="gastroenterology", setting="outpatient", age=61, sex="M", payer="uhc",
        minutes=27,
        text="""
        GI Clinic Follow-up

        CC: reflux, due for surveillance colonoscopy

        HPI: 61M with GERD and personal history of tubular adenomas (3 polyps removed at colonoscopy 2023,
        largest 12 mm). Heartburn 2-3x/week despite omeprazole 20 mg daily, taken after breakfast. No dysphagia,
        odynophagia, weight loss, hematemesis or melena. EGD 2023 showed no Barrett's, no esophagitis.
        Father diagnosed with colon cancer at 55.

        Meds: omeprazole 20 mg daily, lisinopril 10 mg daily (for HTN), simvastatin.
        Allergies: penicillin.

        Exam: Vitals WNL, BMI 28. Abdomen soft, non-tender, no masses, normal bowel sounds.

        Assessment/Plan:
        1. GERD without esophagitis, suboptimally controlled - change timing of omeprazole to 30 minutes before
           breakfast, increase to 40 mg daily. Reflux diet, elevate head of bed, avoid late meals.
        2. History of colon polyps (tubular adenomas) with family history of CRC in first-degree relative -
           surveillance colonoscopy due now (3 years); scheduled. Bowel prep instructions given.
        3. HTN per PCP, stable.

        Total time 27 minutes including review of prior endoscopy and pathology reports.
        """,
        codes=[
            c("K21.9", "GERD without esophagitis", why="R22: GERD without esophagitis"),
            c("Z86.0101", "personal history of tubular adenomas", "History of colon polyps (tubular adenomas)",
              why="R06: personal history of adenomatous colon polyps"),
            c("Z80.0", "Father diagnosed with colon cancer at 55", "family history of CRC",
              why="R05: family history affects surveillance"),
            c("I10", "lisinopril 10 mg daily (for HTN)", "HTN per PCP, stable",
              why="R20: chronic condition on treatment, listed in assessment"),
            c("99213", "Total time 27 minutes", why="R14: established, 27 minutes (20-29)"),
        ],
        skips=[
            skip("no Barrett's, no esophagitis", "R01", "negated findings on prior EGD"),
            skip("No dysphagia", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-0015", dos="2026-03-30",
        specialty="obstetrics and gynecology", setting="outpatient", age=27, sex="F",
        payer="medicaid",
        text="""
        PRENATAL VISIT

        G1P0 at 28w2d by 8-week ultrasound. EDD 06/20/2026.

        S: Feeling well. Good fetal movement. No contractions, leakage of fluid or vaginal bleeding. No
        headaches, visual changes or RUQ pain. Mild low back ache in the evenings.

        Meds: prenatal vitamin daily, docusate PRN. Allergies: NKDA. Social: works as a dental hygienist,
        no tobacco, alcohol or drugs since positive pregnancy test. Partner supportive. Birth plan discussed;
        interested in childbirth classes and breastfeeding education; hospital tour scheduled.

        O: BP 112/68, wt 158 lb (+19 lb total). Urine dip: negative protein, negative glucose.
        FH 28 cm. FHT 142 bpm. Extremities: trace ankle edema, normal for gestation.

        Labs: 1-hour glucose challenge, CBC and antibody screen drawn today and sent to the hospital lab.
        Rh positive - no RhoGAM needed.

        Immunization: Tdap 0.5 mL IM given in left deltoid today (counseled on pertussis protection for the
        newborn); lot and VIS documented.

        A/P: Supervision of normal first pregnancy, third trimester, 28 weeks. Routine care.
        - Kick counts reviewed. Preterm labor precautions: call if regular contractions, bleeding, or leaking
          fluid.
        - Back care, stretches.
        - RTC 2 weeks.
        """,
        codes=[
            c("Z34.03", "Supervision of normal first pregnancy, third trimester",
              why="R25: routine supervision of normal first pregnancy, trimester documented"),
            c("Z3A.28", "28 weeks", "28w2d", why="R25: weeks of gestation"),
            c("Z23", "Tdap 0.5 mL IM given", why="R21: encounter for immunization"),
            c("90715", "Tdap 0.5 mL IM given in left deltoid", why="R24: vaccine product, age 7+"),
            c("90471", "Tdap 0.5 mL IM given", why="R18: vaccine administration; outside the global OB package"),
        ],
        skips=[
            skip("No contractions", "R01", "negated"),
            skip("sent to the hospital lab", "R19", "sent out, not performed here"),
            skip("call if regular contractions", "R07", "hypothetical"),
            skip("PRENATAL VISIT", "R25", "routine antepartum visit: no E/M, in the global OB package"),
        ],
    ),
    NoteSpec(
        id="dev-0016", specialty="urgent care", setting="outpatient", age=36, sex="M", payer="cigna",
        new_patient=True,
        text="""
        URGENT CARE VISIT

        CC: cut L hand

        36M cut the palm of his left hand on a broken glass while washing dishes ~1 hour ago. Bleeding
        controlled with pressure. Right-hand dominant. No numbness or tingling of fingers, can move all
        fingers. Last tetanus shot unknown, >10 years per patient. No PMH. No meds. NKDA.

        Exam: 2.0 cm linear laceration, left thenar eminence, superficial, through dermis only, no tendon
        exposure. Full flexion/extension at all digits against resistance, cap refill <2 s, two-point
        discrimination intact. No foreign body visualized; wound explored in bloodless field.

        Procedure - simple laceration repair: Verbal consent. Local anesthesia 1% lidocaine without epi 3 mL.
        Irrigated with 250 mL NS. Closed with 4 simple interrupted 5-0 nylon sutures. Total repaired length
        2.0 cm. Bacitracin and dressing applied. Patient tolerated well.

        Tdap 0.5 mL IM administered, right deltoid.

        Dx: Laceration without foreign body, left hand, initial encounter.

        Plan: Wound care sheet. Suture removal in 10-14 days at PCP or here. Return if redness, pus, fever or
        red streaking.
        """,
        codes=[
            c("S61.412A", "Laceration without foreign body, left hand, initial encounter",
              why="R12: 7th character A for active treatment; R11 left hand"),
            c("Z23", "Tdap 0.5 mL IM administered", why="R18: immunization given at the visit"),
            c("12001", "Total repaired\n        length\n        2.0 cm", "simple laceration repair",
              why="R18: simple repair, hand, 2.5 cm or less; no separate E/M (decision for procedure)"),
            c("90715", "Tdap 0.5 mL IM administered", why="R24: vaccine product"),
            c("90471", "Tdap 0.5 mL IM administered, right deltoid", why="R18: vaccine administration"),
        ],
        skips=[
            skip("No numbness or tingling", "R01", "negated"),
            skip("No foreign body visualized", "R01", "negated"),
            skip("Return if redness, pus, fever", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0017", dos="2026-01-13",
        specialty="family medicine", setting="outpatient", age=47, sex="F", payer="bcbs",
        text="""
        ANNUAL PHYSICAL - established patient

        47 y/o female for routine preventive exam. No acute complaints. Exercises 3x/week (walking), diet
        "pretty good". Non-smoker, social alcohol. Mammogram 11/2025 normal. Pap/HPV co-test 2023 negative.
        Colon cancer screening: FIT negative 2025. Sister diagnosed with breast cancer at 44 - asking about
        earlier/more screening.

        ROS: Denies chest pain, SOB, change in bowel habits, breast lumps, abnormal bleeding. Negative otherwise.

        Meds: none regularly. Allergies: NKDA.

        Exam: BP 146/90 (recheck 142/88), HR 70, BMI 24.8. Well-appearing. HEENT normal, thyroid normal.
        Heart RRR, lungs clear. Breasts: no masses, no nipple discharge, no adenopathy. Abdomen benign.
        Skin: no concerning lesions.

        Assessment/Plan:
        - Health maintenance visit, age 47: counseled on diet, exercise, sleep, seat belts.
        - Elevated blood pressure reading without diagnosis of hypertension - home BP monitoring for 2 weeks,
          recheck nurse visit; will consider treatment if average >135/85.
        - Family history of breast cancer (sister, premenopausal) - refer for genetic counseling; continue
          annual mammogram.
        - Influenza vaccine (trivalent, preservative-free, 0.5 mL IM) given today.
        - Fasting lipid panel and CMP ordered.
        """,
        codes=[
            c("Z00.01", "Health maintenance visit, age 47",
              why="R17: preventive exam with abnormal finding (elevated BP) - Z00.01 first"),
            c("R03.0", "Elevated blood pressure reading without diagnosis of hypertension",
              why="R22: abnormal finding, no hypertension diagnosed"),
            c("Z80.3", "Sister diagnosed with breast cancer at 44", "Family history of breast cancer",
              why="R05: family history prompts genetic referral"),
            c("Z23", "Influenza vaccine", why="R18: encounter for immunization"),
            c("99396", "Health maintenance visit, age 47", why="R17: established preventive visit, age 40-64"),
            c("90656", "trivalent, preservative-free, 0.5 mL IM", why="R24: vaccine product"),
            c("90471", "Influenza vaccine", why="R18: vaccine administration"),
        ],
        skips=[
            skip("Denies chest pain", "R02", "ROS negative"),
            skip("will consider treatment if average >135/85", "R07", "conditional"),
            skip("Fasting lipid panel and CMP ordered", "R19", "ordered, not performed"),
        ],
    ),
    NoteSpec(
        id="dev-0018", specialty="pediatrics", setting="outpatient", age=-24, sex="M", payer="medicaid",
        text="""
        WELL CHILD CHECK - 24 MONTHS

        Here with dad. No concerns today. Eating table foods, drinks whole milk ~20 oz/day (counseled to switch
        to 2% and limit to 16 oz). Sleeps 11 h at night + nap. Says ~60 words, 2-word phrases, runs, kicks ball.
        Dental home established.

        Development: ASQ-3 completed by parent and scored today - all domains above cutoff. M-CHAT-R/F low risk
        (score 1).

        PMH: born term, uncomplicated. Febrile seizure at 15 months, none since, no meds.
        Immunizations: up to date per state registry; no vaccines due today.

        Exam: Wt 12.6 kg (50th %ile), Ht 87 cm (55th), HC 49 cm. Well appearing. TMs clear bilaterally. Teeth:
        no caries. Heart: no murmur. Lungs clear. Abdomen soft, no HSM. GU: normal male, testes descended
        bilaterally. Skin clear. Neuro: normal gait, age-appropriate.

        Assessment: Routine child health exam, 24 months, no abnormal findings. Growth and development normal.
        Plan: Anticipatory guidance (car seat, drowning, poison control, screen time). Lead level and
        hemoglobin ordered at the hospital lab. Next WCC at 30 months.
        """,
        codes=[
            c("Z00.129", "Routine child health exam, 24 months, no abnormal findings",
              why="R17: well child without abnormal findings"),
            c("99392", "WELL CHILD CHECK - 24 MONTHS", why="R17: established preventive visit, age 1-4"),
            c("96110", "ASQ-3 completed by parent and scored today", "M-CHAT-R/F",
              why="R18: two standardized developmental screening instruments", units=2),
        ],
        skips=[
            skip("no caries", "R02", "normal exam"),
            skip("Febrile seizure at 15 months", "R20", "remote resolved event, no bearing on this visit"),
            skip("Lead level and\n        hemoglobin ordered", "R19", "ordered, not performed"),
        ],
    ),
]
