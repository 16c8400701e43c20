"""Dev notes dev-em5-01..14 (issue #3, E/M generalisation check after the dev-em4 fixes): gold written before the
engine was run on them.

Written to check that the dev-em4 fixes generalise: SOAP and terse ED styles, time in hours and minutes with
prolonged service, time excluding a separately billed test, a clinician-stated MDM level, a staff visit signed by a
medical assistant, a minor procedure with no separate E/M, lithium monitoring, a severe COPD exacerbation with
admission declined, and a new-patient visit whose documented time gives a lower level than MDM (R14: time decides).

First run (engine at 7004905, after the dev-em4 fixes, before any change for this batch): E/M exact match 13/14
(0.93); ICD-10-CM P/R/F1 0.625/0.625/0.625 (tp 10, fp 6, fn 6; 0.688 with dev-em5-02's gold corrected to J02.9);
procedures tp 2, fp 2 (94640 + J7620 from a home DuoNeb plan), fn 1 (17110). E/M miss: 10 (cryotherapy of a
wart named only on the assessment line is not recognised as 17110, so an E/M is suggested for the minor
procedure's own decision).
"""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-em5-01", dos="2026-05-18",
        specialty="family medicine", setting="outpatient", age=45, sex="F", payer="aetna",
        text="""
        S: 10 days of facial pressure and thick green nasal drainage, worse again after a cold seemed to clear. Mild
        maxillary tooth ache. No fever.
        O: T 99.1. Maxillary sinus tenderness, purulent drainage in the nares. Lungs clear.
        A: Acute bacterial sinusitis (double worsening).
        P: amoxicillin-clavulanate 875 mg BID x 7 days, saline rinses, follow up if no better in a week.
        """,
        codes=[
            c("J01.90", "Acute bacterial sinusitis", why="R22: acute sinusitis, sinus not specified"),
            c("99213", "A:",
              why="R15: acute uncomplicated illness (low), prescription drug (moderate risk) -> low MDM"),
        ],
        skips=[skip("No fever", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em5-02", dos="2026-05-19",
        specialty="emergency medicine", setting="outpatient", age=22, sex="M", payer="uhc", pos="23",
        text="""
        ED NOTE
        CC sore throat x2d. No drooling, no trismus, voice normal. T 99.4. Mild pharyngeal erythema, no exudate,
        uvula midline. Rapid strep ordered - negative.
        Dx: viral pharyngitis.
        Dispo: home. Salt water gargles, acetaminophen or ibuprofen OTC. PCP prn.
        """,
        codes=[
            c("J02.9", "viral pharyngitis", why="R22: acute pharyngitis; '(viral)' is a nonessential modifier of "
              "J02.9 in the Index (gold corrected after the first run: it said J02.8, which needs a named organism)"),
            c("99283", "Dx:",
              why="R15: ED, acute uncomplicated illness (low), one test (minimal data), OTC drugs (low risk) -> "
                  "low MDM"),
        ],
        skips=[skip("No drooling", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em5-03", dos="2026-05-20",
        specialty="cardiology", setting="outpatient", age=39, sex="F", payer="cigna", new_patient=True,
        text="""
        Cardiology consultation - palpitations (referred by Dr. Nakamura)

        39F, 2 months of episodes of a racing heartbeat lasting minutes, no syncope, no chest pain. Drinks 4
        coffees a day. Exam normal, regular rhythm.

        Impression: Palpitations, cause not yet determined; SVT versus sinus tachycardia with caffeine.
        Plan: 14-day ambulatory monitor, TSH and echocardiogram ordered. Cut caffeine. Results visit in 3 weeks.
        MDM: moderate.
        """,
        codes=[
            c("R00.2", "Palpitations", why="R03: symptom coded, cause not established"),
            c("99204", "MDM: moderate",
              why="R16/R15: consultation for a new patient billed as a new office visit; undiagnosed new problem "
                  "with uncertain prognosis (moderate), three tests ordered (moderate data), minimal risk -> "
                  "moderate MDM, as documented"),
        ],
        skips=[skip("SVT", "R03", "differential diagnosis")],
    ),
    NoteSpec(
        id="dev-em5-04", dos="2026-05-21",
        specialty="neurology", setting="outpatient", age=71, sex="M", payer="bcbs",
        text="""
        Neurology follow-up

        71M with Parkinson disease, now wearing off 3 hours after each carbidopa-levodopa dose with freezing in
        doorways; no dyskinesia. His wife gives most of the history as he is soft-spoken. Two falls this month.

        Assessment: Parkinson disease without dyskinesia, with wearing-off fluctuations; falls.
        Plan: carbidopa-levodopa 25/100 changed from three to five times daily, add entacapone 200 mg with each
        dose. PT referral for gait and falls. Home safety reviewed with his wife at length.

        Total time on the date of service: 1 hr 5 min, most of it counseling him and his wife.
        """,
        codes=[
            c("G20.A2", "Parkinson disease without dyskinesia, with wearing-off fluctuations",
              why="R22: Parkinson disease without dyskinesia, with fluctuations"),
            c("99215", "Total time on the date of service: 1 hr 5 min",
              why="R14: established, 65 minutes (40 or more)"),
            c("99417", "Total time on the date of service: 1 hr 5 min", units=1,
              why="R14: 65 minutes is 55-69, one unit of prolonged service (commercial payer)"),
        ],
        skips=[skip("no dyskinesia", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em5-05", dos="2026-05-22",
        specialty="family medicine", setting="outpatient", age=66, sex="M", payer="medicare",
        text="""
        BP check

        Here 1 week after losartan was increased to 100 mg for hypertension. No lightheadedness. Home readings
        130s/80s. Office BP 134/82, repeat 130/80.
        Routed to Dr. Abernathy, who replied: no change, keep the July appointment.
        - K. Patel, CMA
        """,
        codes=[
            c("I10", "hypertension", why="R20: the condition the staff visit monitors"),
            c("99211", "BP check",
              why="R15: visit by clinical staff (medical assistant) under supervision, no physician E/M work (99211)"),
        ],
        skips=[skip("No lightheadedness", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em5-06", dos="2026-05-26",
        specialty="pediatrics", setting="outpatient", age=5, sex="F", payer="medicaid",
        text="""
        Ear recheck

        5F finished amoxicillin for a left ear infection 4 days ago. No ear pain or fever since. Mom has no
        concerns. Both TMs pearly gray with normal landmarks.

        Assessment: Left otitis media, resolved after treatment.
        Plan: no further treatment needed.
        """,
        codes=[
            c("Z09", "Ear recheck", why="R21: follow-up exam after completed treatment, condition resolved"),
            c("Z86.69", "Left otitis media, resolved", why="R06: personal history of an ear disease"),
            c("99212", "Assessment",
              why="R15: one resolved minor problem (straightforward), no data, minimal risk -> straightforward MDM"),
        ],
        skips=[skip("No ear pain or fever", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em5-07", dos="2026-05-27",
        specialty="emergency medicine", setting="outpatient", age=54, sex="F", payer="bcbs", pos="23",
        text="""
        Emergency department physician note

        54F, 3 days after a long flight, sudden pleuritic right chest pain and breathlessness. HR 112, SpO2 91% RA,
        BP 128/80.
        CTA chest: right lower lobe segmental pulmonary emboli, no right heart strain. Troponin and BNP normal.
        CBC, BMP normal.
        Heparin drip started. Discussed with the hospitalist, who accepts her for admission.

        Impression: Acute pulmonary embolism, right lower lobe, without cor pulmonale.
        Disposition: admit to medicine on telemetry.
        """,
        codes=[
            c("I26.99", "Acute pulmonary embolism", why="R22: pulmonary embolism without acute cor pulmonale"),
            c("99285", "Impression",
              why="R15: ED, acute illness posing a threat to life (high), extensive data, decision for "
                  "hospitalization and parenteral anticoagulation (high risk) -> high MDM"),
        ],
    ),
    NoteSpec(
        id="dev-em5-08", dos="2026-05-28",
        specialty="pulmonology", setting="outpatient", age=33, sex="M", payer="aetna",
        text="""
        Asthma visit

        33M with mild persistent asthma on budesonide 180 mcg 1 puff BID. Albuterol once a week, sleeps through.
        Spirometry performed in the office today: FEV1 88% predicted, FEV1/FVC 0.78, normal pattern.

        Assessment: Mild persistent asthma, well controlled.
        Plan: continue budesonide, albuterol refill. Annual flu shot at the pharmacy.

        I spent 25 minutes in total, not counting the spirometry, which is billed separately.
        """,
        codes=[
            c("J45.30", "Mild persistent asthma, well controlled", why="R22: mild persistent asthma, uncomplicated"),
            c("99213", "I spent 25 minutes in total",
              why="R14: established, 25 minutes (20-29), spirometry time already excluded; MDM low agrees"),
            c("94010", "Spirometry performed in the office today", why="R19: office spirometry"),
        ],
    ),
    NoteSpec(
        id="dev-em5-09", dos="2026-05-29",
        specialty="family medicine", setting="outpatient", age=50, sex="M", payer="uhc",
        text="""
        Results visit

        50M back to go over labs from his physical last week: fasting glucose 142 and A1c 7.4%, repeated and
        confirmed. No symptoms. BMI 31.

        Assessment: Type 2 diabetes mellitus, new diagnosis, without complications.
        Plan: start metformin 500 mg daily with supper, increase to BID in 2 weeks. Diabetes education and
        nutrition referral. Eye exam referral. A1c in 3 months.

        Total visit time 35 minutes; more than half spent on education about the diagnosis.
        """,
        codes=[
            c("E11.9", "Type 2 diabetes mellitus, new diagnosis, without complications",
              why="R22: type 2 diabetes without complications"),
            c("99214", "Total visit time 35 minutes",
              why="R14: established, 35 minutes (30-39); MDM moderate (new chronic illness not at goal, "
                  "prescription drug) agrees"),
        ],
    ),
    NoteSpec(
        id="dev-em5-10", dos="2026-06-01",
        specialty="dermatology", setting="outpatient", age=17, sex="M", payer="cigna", new_patient=True,
        text="""
        New patient - wart

        17M with a wart on the right index finger for 6 months, tried OTC salicylic acid. 5 mm verrucous papule.

        Assessment: Common wart, right index finger.
        Procedure: cryotherapy with liquid nitrogen, 2 freeze-thaw cycles, tolerated well.
        Plan: repeat in 3 weeks if still present.
        """,
        codes=[
            c("B07.8", "Common wart", why="R22: other viral warts (verruca vulgaris)"),
            c("17110", "cryotherapy with liquid nitrogen", why="R18: destruction of benign lesions (warts)"),
        ],
    ),
    NoteSpec(
        id="dev-em5-11", dos="2026-06-02",
        specialty="emergency medicine", setting="outpatient", age=29, sex="F", payer="medicaid", pos="23",
        text="""
        ED provider note

        29F with 2 days of fever to 102.5, left flank pain and dysuria, vomited once. T 101.9, HR 104. Left CVA
        tenderness.
        Work-up: UA with pyuria and bacteriuria, urine culture sent, CBC WBC 15.1, BMP normal, urine hCG negative.
        Ceftriaxone 1 g IV and 1 L NS given; tolerating PO afterward.

        Impression: Acute pyelonephritis, left.
        Plan: cephalexin 500 mg QID x 10 days, ondansetron ODT prn, culture follow-up call, return if unable to
        keep fluids down.
        """,
        codes=[
            c("N10", "Acute pyelonephritis", why="R22: acute pyelonephritis"),
            c("99284", "Impression",
              why="R15: ED, acute illness with systemic symptoms (moderate), four tests (moderate data), "
                  "prescription drugs (moderate risk) -> moderate MDM"),
        ],
    ),
    NoteSpec(
        id="dev-em5-12", dos="2026-06-03",
        specialty="psychiatry", setting="outpatient", age=44, sex="F", payer="bcbs",
        text="""
        Medication management

        44F with bipolar disorder, euthymic for a year on lithium 900 mg at bedtime. No tremor, no polyuria.

        Assessment: Bipolar disorder, stable on lithium.
        Plan: lithium level, BMP and TSH today for toxicity monitoring; continue lithium 900 mg. Return in 3
        months.
        """,
        codes=[
            c("F31.9", "Bipolar disorder, stable on lithium", why="R22: bipolar disorder, unspecified"),
            c("Z79.899", "lithium 900 mg", why="R10: long-term drug therapy (lithium)"),
            c("99214", "Assessment",
              why="R15: one stable chronic illness (low), three tests (moderate data), drug therapy requiring "
                  "intensive monitoring for toxicity (high risk) -> moderate MDM"),
        ],
        skips=[skip("No tremor", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em5-13", dos="2026-06-04",
        specialty="family medicine", setting="outpatient", age=36, sex="F", payer="aetna", new_patient=True,
        minutes=28,
        text="""
        New patient - cough

        36F, first visit here, 5 days of cough and low-grade fever after her kids had colds. Chest clear, sat 98%.

        Assessment: Acute bronchitis.
        Plan: benzonatate 100 mg TID prn cough, fluids, honey. Return if fever beyond 3 more days.

        Total time: 28 minutes.
        """,
        codes=[
            c("J20.9", "Acute bronchitis", why="R22: acute bronchitis, unspecified"),
            c("99202", "Total time: 28 minutes",
              why="R14: new patient, 28 minutes (15-29): time decides; MDM low (99203) is flagged for the coder"),
        ],
    ),
    NoteSpec(
        id="dev-em5-14", dos="2026-06-05",
        specialty="pulmonology", setting="outpatient", age=68, sex="M", payer="medicare",
        text="""
        Urgent pulmonary visit

        68M with severe COPD, 4 days of worse dyspnea at rest and more sputum. SpO2 88% on room air, 93% on 2 L.
        Speaking in short sentences, diffuse wheeze.

        Assessment: COPD, severe exacerbation.
        Plan: I recommended admission; he declines and understands the risks. Prednisone 40 mg x 5 days,
        doxycycline 100 mg BID x 7 days, home oxygen 2 L arranged today, DuoNeb QID. Phone check tomorrow,
        recheck in 2 days.
        """,
        codes=[
            c("J44.1", "COPD, severe exacerbation", why="R22: COPD with acute exacerbation"),
            c("99215", "Assessment",
              why="R15: chronic illness with severe exacerbation (high), decision regarding hospitalization "
                  "(high risk) -> high MDM"),
        ],
    ),
]
