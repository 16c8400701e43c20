"""Dev notes dev-em7-01..30 (issue #3, E/M level on unseen notes): gold written before the engine ran on them.

Office/outpatient and ED visits levelled by the 2021+ AMA rules in other authors' words: total time stated in many
phrasings (with time on another day, time of a procedure only, a 'more than half counselling' line with no minutes,
and time in an ED note, which does not count), prolonged services for a commercial payer (99417) and Medicare
(G2212), MDM written out or left implicit, data elements (tests ordered vs results reviewed, external notes, an
independent historian, independent interpretation, a discussion with another physician), risk (prescription drug
management, a decision for elective surgery and for a catheterization with risk factors, a decision not to
hospitalise, treatment limited by finances, lithium and methotrexate toxicity monitoring, parenteral opioids),
preventive visits with and without a separately identifiable problem (modifier 25), minor procedures with and
without a separate problem, psychiatric diagnostic evaluations with (90792) and without (90791) medical services
and a psychotherapy add-on.

First run (scored once before any rule change, engine at commit 094d008, 30 notes): ICD-10-CM P/R/F1
0.724/0.824/0.771 (evidence F1 0.771); procedure P/R/F1 0.913/0.913/0.913 (evidence F1 0.870); E/M level exact
24/26 = 0.92. E/M misses: 23 (catheterization decided with CKD as the risk factor and a discussion with nephrology:
99214 for 99215) and 26 (syncope, observation weighed and declined, data extensive: 99284 for 99285). Procedure
misses: 90792 for a titled 'initial assessment (MD)' and 90791 for a psychologist's 'diagnostic interview' (an
office E/M suggested instead), RT on a knee injection.
Gold corrected in session 4 (Decisions, Z79.899): dev-em7-18 gains Z79.899 (long-term lithium monitored by level).
After the E/M/CPT fixes (28bea14, 5d7d115, aee060c, 41acff2, 47c09a4, 98a42b9, 09894d4, d5b06f8, with tests in
tests/test_em_dev_em7.py; tuned on these notes, so no estimate): procedure P/R/F1 1.000/1.000/1.000, E/M 26/26.
ICD-10-CM errors left for the diagnosis rules: E89.0 for 'postablative hypothyroidism' (E03.9), F31.74 (F31.9),
I25.119 'CAD with exertional angina' (I25.10) and Z95.5 from 'RCA stent 2019', Z59.868 (Z59.869), underdosing
codes for a drug only recommended (T46.1X6A, Z91.120 on dev-em7-24), R65.10 beside sepsis, Z79.891 from IV
morphine given once in the ED, Z79.631 for methotrexate not yet started, Z12.11 for a FIT kit handed out at a
physical, L40.9/L28.0 from a biopsy's differential, T38.3X6A for 'ran out of glipizide' (no underdosing in the gold).
"""

from corpora.tools.spec import NoteSpec, c, skip

ED = dict(specialty="emergency medicine", setting="outpatient", pos="23")

NOTES = [
    NoteSpec(
        id="dev-em7-01", dos="2026-07-06",
        specialty="internal medicine", setting="outpatient", age=74, sex="M", payer="medicare", minutes=42,
        text="""
        Follow-up: heart failure, diabetes

        Mr. Haddad comes in 3 weeks after his cardiology visit. Weight steady at 81 kg on the home scale, walks 2
        blocks without dyspnea, sleeps on one pillow. Taking carvedilol 12.5 mg BID, sacubitril-valsartan 49/51 mg
        BID, spironolactone 25 mg daily and metformin 500 mg BID. Home sugars 110-140.

        Exam: BP 118/70, HR 64, lungs clear, JVP not elevated, no edema. Feet: sensation intact, pulses 2+.

        Data: Dr. Osei's cardiology note of 6/12 reviewed - EF 35% on the last echo, no device indicated yet.
        BMP from last week: K 4.6, creatinine 1.1. A1c 6.8% on 7/1.

        A/P:
        1. Chronic systolic heart failure, NYHA II, euvolemic - continue GDMT as above; BMP in 1 month given
        spironolactone.
        2. Type 2 diabetes, at goal - continue metformin.

        I spent 42 minutes on the date of this encounter, including review of the cardiology records,
        examination, counseling on sodium and fluid limits, and documentation.
        """,
        codes=[
            c("I50.22", "Chronic systolic heart failure", why="R22: chronic systolic (congestive) heart failure"),
            c("E11.9", "Type 2 diabetes, at goal", why="R20: chronic condition managed, no complication documented"),
            c("Z79.84", "metformin 500 mg BID", why="R10: long-term oral hypoglycemic"),
            c("99215", "I spent 42 minutes",
              why="R14: established, 42 minutes on the date of the encounter (40+); Medicare G2212 starts at 69"),
        ],
        skips=[skip("without dyspnea", "R01", "negated"), skip("no edema", "R02", "normal exam finding")],
    ),
    NoteSpec(
        id="dev-em7-02", dos="2026-07-06",
        specialty="family medicine", setting="outpatient", age=52, sex="F", payer="aetna", new_patient=True,
        minutes=35,
        text="""
        New patient - establishing care

        52-year-old woman who moved here from Ohio and brought her records, which I reviewed. Hypothyroidism on
        levothyroxine 88 mcg for 10 years, last TSH 2.1 in March per the Ohio records. Hyperlipidemia on
        atorvastatin 20 mg, no myalgias. No other concerns today.

        Exam: BP 124/78, BMI 26. Thyroid not enlarged. Heart and lungs normal.

        Assessment and plan:
        Hypothyroidism - stable, continue levothyroxine 88 mcg.
        Hyperlipidemia - continue atorvastatin 20 mg; fasting lipid panel ordered.

        Total time 35 min including chart review and documentation.
        """,
        codes=[
            c("E03.9", "Hypothyroidism - stable", why="R20: chronic condition managed"),
            c("E78.5", "Hyperlipidemia - continue atorvastatin", why="R20: chronic condition managed"),
            c("99203", "Total time 35 min",
              why="R14: new patient, 35 minutes (30-44): time decides; MDM moderate (two stable chronic illnesses, "
                  "prescription drugs) would be 99204 and is flagged for the coder"),
        ],
        skips=[skip("no myalgias", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em7-03", dos="2026-07-07",
        specialty="family medicine", setting="outpatient", age=38, sex="F", payer="bcbs",
        text="""
        Depression follow-up

        Started sertraline 50 mg 8 weeks ago. Sleeping better, still low energy and tearful most days, stopped
        going to the gym. No SI. PHQ-9 completed in clinic today: 15 (was 19).

        Impression: Major depressive disorder, recurrent, moderate - improving but not at goal.
        Plan: increase sertraline to 100 mg daily. Continue therapy with her counselor. Recheck in 6 weeks.

        More than half of the visit was spent counselling on the diagnosis, medication effects and the treatment
        plan.
        """,
        codes=[
            c("F33.1", "Major depressive disorder, recurrent, moderate",
              why="R22: major depressive disorder, recurrent, moderate"),
            c("99214", "Impression",
              why="R15: no total time documented ('more than half counselling' gives no minutes, not a 2021 time "
                  "statement); chronic illness not at goal (moderate), prescription drug management (moderate) -> "
                  "moderate MDM"),
            c("96127", "PHQ-9 completed in clinic today: 15", why="R19: standardized depression instrument scored"),
        ],
        skips=[skip("No SI", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em7-04", dos="2026-07-07",
        specialty="family medicine", setting="outpatient", age=61, sex="M", payer="uhc",
        text="""
        Knee injection visit

        Right knee osteoarthritis, known for years; the cortisone shot in March gave 4 months of relief, now
        aching again on stairs. No locking, no fever. Exam: small effusion, crepitus, ROM 5-115.

        Procedure: After consent and time-out, right knee prepped with chlorhexidine; lateral suprapatellar
        approach, 1% lidocaine 4 mL with triamcinolone acetonide 40 mg injected into the knee joint, no
        ultrasound. No complications, tolerated well. Procedure time: 15 minutes.

        A/P: Primary osteoarthritis, right knee - injected as above. Ice today, no strenuous activity for 48 h.
        Repeat no sooner than 3 months.
        """,
        codes=[
            c("M17.11", "Primary osteoarthritis, right knee", why="R11: unilateral primary osteoarthritis, right knee"),
            c("20610", "triamcinolone acetonide 40 mg injected into the knee joint", mods=["RT"],
              why="R18: major joint injection without ultrasound; no separate E/M (the decision to inject is the "
                  "procedure's own work and the procedure time is not visit time)"),
            c("J3301", "triamcinolone acetonide 40 mg", units=4, why="R24: triamcinolone acetonide per 10 mg, x4"),
        ],
        skips=[skip("No locking, no fever", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em7-05", dos="2026-07-08", age=79, sex="F", payer="medicare", **ED,
        text="""
        ED provider note

        79F from home with 2 days of productive cough, fever and weakness; her daughter, who lives with her,
        gives most of the history.
        Exam: T 38.9, HR 112, RR 24, BP 98/58, SpO2 93% RA. Crackles at the right base. Alert and oriented.

        Orders: CBC, CMP, lactate, blood cultures x2, procalcitonin, UA, chest x-ray.
        Results: WBC 17.8, lactate 1.9, creatinine 1.0 (her baseline), UA negative. CXR - my review of the images:
        right lower lobe consolidation, no effusion.
        Ceftriaxone 1 g IV and azithromycin 500 mg IV started, 1 L NS bolus; BP improved to 112/64.

        MDM: sepsis (SIRS criteria with a pulmonary source) from community-acquired pneumonia, without organ
        dysfunction (lactate normal, creatinine at baseline, mentation normal). CURB-65 3. Needs inpatient
        admission for IV antibiotics and monitoring.

        Diagnosis: Sepsis due to right lower lobe pneumonia.
        Disposition: admitted to the medicine service (Dr. Ferris accepting).
        """,
        codes=[
            c("A41.9", "Sepsis due to right lower lobe pneumonia",
              why="R21: sepsis, unspecified organism, sequenced before the localized infection"),
            c("J18.9", "right lower lobe pneumonia", why="R22: pneumonia, unspecified organism"),
            c("99285", "MDM",
              why="R15: ED, acute illness posing a threat to life (high), extensive data (historian, tests ordered, "
                  "independent CXR interpretation), decision for hospitalization (high) -> high MDM"),
        ],
        skips=[skip("without organ\n        dysfunction", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em7-06", dos="2026-07-08", age=41, sex="M", payer="bcbs", **ED,
        text="""
        EMERGENCY DEPARTMENT RECORD

        41M, sudden severe left flank pain radiating to the groin since 4 am, vomited twice. No fever. No prior
        stones.
        Exam: writhing, afebrile, left CVA tenderness, abdomen soft.

        Workup ordered: UA (20-50 RBC, nitrite and LE negative), CBC, BMP (creatinine 1.0), CT abdomen/pelvis
        without contrast - radiology read: 4 mm stone at the left UVJ, no hydronephrosis.
        Ketorolac 15 mg IV and ondansetron 4 mg IV with good relief; tolerating fluids by mouth.

        Assessment: Left ureteral stone, 4 mm, at the UVJ; no infection, pain controlled.
        Plan: tamsulosin 0.4 mg daily, ibuprofen as needed, ondansetron ODT as needed, strain urine, urology
        follow-up in 1 week; return for fever or uncontrolled pain.
        """,
        codes=[
            c("N20.1", "Left ureteral stone", why="R22: calculus of ureter, no hydronephrosis"),
            c("99284", "Assessment",
              why="R15: ED, acute illness with systemic symptoms (moderate), four tests ordered (moderate data), "
                  "parenteral and new prescription drugs (moderate risk) -> moderate MDM"),
        ],
        skips=[
            skip("vomited twice", "R23", "integral to renal colic"),
            skip("no hydronephrosis", "R01", "negated"),
            skip("no infection", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-em7-07", dos="2026-07-09", age=68, sex="M", payer="medicare", **ED,
        text="""
        ED note

        68M with severe COPD (FEV1 38% last year) on tiotropium-olodaterol and albuterol, 3 days of increased
        dyspnea and sputum, now green. Former smoker, quit 2015.
        On arrival SpO2 86% on room air, RR 28, accessory muscle use, diffuse wheeze.
        ED course: DuoNeb x3, methylprednisolone 125 mg IV, azithromycin; after 2 hours SpO2 92% on room air, RR
        20, speaking full sentences.
        Labs ordered: CBC, BMP, VBG (pH 7.36, pCO2 48), troponin negative. CXR, my interpretation:
        hyperinflation, no infiltrate or pneumothorax.

        MDM: severe acute exacerbation of COPD. I discussed admission with the patient and his wife; he has
        improved markedly, has a nebulizer and his wife at home, and strongly prefers home. Decision made not to
        admit, with pulmonary follow-up in 48 hours.

        Impression: COPD with acute exacerbation, severe.
        Plan: prednisone 40 mg daily x 5 days, doxycycline 100 mg BID x 5 days, continue inhalers.
        """,
        codes=[
            c("J44.1", "COPD with acute exacerbation", why="R22: COPD with (acute) exacerbation"),
            c("Z87.891", "Former smoker, quit 2015", why="R06: former smoker"),
            c("99285", "MDM",
              why="R15: ED, chronic illness with severe exacerbation (high), extensive data (tests ordered and "
                  "independent CXR interpretation), decision not to hospitalize (high) -> high MDM"),
        ],
        skips=[skip("no infiltrate or pneumothorax", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em7-08", dos="2026-07-09", age=25, sex="F", payer="cigna", **ED,
        text="""
        ED visit - sore throat

        25F with sore throat and fever for 2 days, no cough. Tonsils 2+ with exudate, tender anterior cervical
        nodes, T 38.4.
        Rapid strep ordered: positive.

        Assessment: Strep pharyngitis.
        Plan: amoxicillin 500 mg BID x 10 days, ibuprofen or acetaminophen as needed, work note for 2 days.
        """,
        codes=[
            c("J02.0", "Strep pharyngitis", why="R23: streptococcal pharyngitis, fever integral"),
            c("99283", "Assessment",
              why="R15: ED, acute uncomplicated illness (low), one test (minimal data), prescription drug "
                  "(moderate risk) -> low MDM; the rapid strep is a hospital lab test (facility)"),
        ],
        skips=[skip("no cough", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em7-09", dos="2026-07-10", age=31, sex="M", payer="uhc", **ED,
        text="""
        ED

        31M bitten by an insect on the right forearm while gardening this morning; itchy red bump. No trouble
        breathing, no lip or tongue swelling.
        Exam: 1.5 cm red papule with a small central punctum on the right forearm, no streaking. Lungs clear.

        Impression: Insect bite of right forearm, local reaction only.
        Plan: cool compresses, OTC hydrocortisone 1% cream and cetirizine as needed. Return if spreading redness
        or fever.
        """,
        codes=[
            c("S50.861A", "Insect bite of right forearm",
              why="R12: insect bite (nonvenomous) of right forearm, initial encounter"),
            c("99282", "Impression",
              why="R15: ED, self-limited or minor problem, no data, over-the-counter drugs (low risk) -> "
                  "straightforward MDM"),
        ],
        skips=[
            skip("No trouble\n        breathing", "R01", "negated"),
            skip("no streaking", "R02", "normal exam finding"),
            skip("Return if spreading redness", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-em7-10", dos="2026-07-10",
        specialty="family medicine", setting="outpatient", age=45, sex="M", payer="bcbs",
        text="""
        Annual physical

        45M for his yearly exam. Feels well. Exercises twice a week, no tobacco, 4-6 drinks a week. Dad had an MI
        at 58.
        BP 152/96 today and 148/94 on recheck; his last two nurse checks were 150/92 and 146/95. Otherwise the exam
        is normal.

        Assessment:
        1. Adult wellness exam - FIT kit given for colon cancer screening, lipid panel, A1c. Tdap declined.
        2. Essential hypertension, new diagnosis - discussed lifestyle; start lisinopril 10 mg daily; BMP in 2
        weeks and home BP log. This problem was addressed separately from the preventive service.
        """,
        codes=[
            c("Z00.01", "Adult wellness exam", why="R17: general adult exam with abnormal findings (new hypertension)"),
            c("I10", "Essential hypertension, new diagnosis", why="R22: essential hypertension"),
            c("Z82.49", "Dad had an MI\n        at 58",
              why="R05: family history of ischemic heart disease, relevant to the hypertension and the screening"),
            c("99396", "Annual physical", why="R17: preventive visit, established patient, age 40-64"),
            c("99214", "Essential hypertension, new diagnosis", mods=["25"],
              why="R17: separately identifiable problem: chronic illness not at goal (moderate), prescription drug "
                  "started (moderate) -> moderate MDM, modifier 25"),
        ],
        skips=[skip("Tdap declined", "R01", "not given")],
    ),
    NoteSpec(
        id="dev-em7-11", dos="2026-07-13",
        specialty="pediatrics", setting="outpatient", age=8, sex="F", payer="medicaid",
        text="""
        8 year well child check

        Here with mom. Doing well in 3rd grade, eats a varied diet, plays soccer. Woke last night with right ear
        pain and a temperature of 101 at home. Vision and hearing screens passed at school this fall.
        Growth: height 50th percentile, weight 60th, BMI 55th percentile.
        Exam: right TM bulging, opaque and red with no light reflex; left TM normal. Remainder normal.

        A/P:
        - Well child, 8 yr: development appropriate; anticipatory guidance (booster seat until 4'9", screen time,
        bike helmet). Vaccines up to date.
        - Acute otitis media, right ear: amoxicillin 90 mg/kg/day divided BID x 10 days, ibuprofen for pain.
        Recheck ears in 3 weeks if symptoms persist.
        """,
        codes=[
            c("Z00.121", "Well child, 8 yr", why="R17: routine child health exam with abnormal findings (otitis)"),
            c("H66.91", "Acute otitis media, right ear",
              why="R11: otitis media, unspecified, right ear; fever integral"),
            c("99393", "8 year well child check", why="R17: preventive visit, established patient, age 5-11"),
            c("99213", "Acute otitis media, right ear", mods=["25"],
              why="R17: separately identifiable problem: acute uncomplicated illness (low), prescription drug "
                  "(moderate) -> low MDM, modifier 25"),
        ],
        skips=[skip("temperature of 101", "R23", "integral to otitis media")],
    ),
    NoteSpec(
        id="dev-em7-12", dos="2026-07-13",
        specialty="family medicine", setting="outpatient", age=35, sex="F", payer="cigna", new_patient=True,
        text="""
        New patient physical

        35F new to our practice for a preventive exam. No complaints. Nonsmoker, rare alcohol, runs 3 times a
        week. Last Pap 2 years ago, normal with negative HPV; next cervical screening due in 3 years.
        Exam normal, BMI 23.

        Assessment: Routine adult health exam, normal.
        Plan: Tdap given today (last tetanus 2013), 0.5 mL IM left deltoid. Lipid panel. Return in 1 year.
        """,
        codes=[
            c("Z00.00", "Routine adult health exam, normal", why="R17: general adult exam without abnormal findings"),
            c("Z23", "Tdap given today", why="R24: encounter for immunization"),
            c("99385", "New patient physical", why="R17: preventive visit, new patient, age 18-39"),
            c("90715", "Tdap given today", why="R24: Tdap vaccine product"),
            c("90471", "Tdap given today",
              why="R24: immunization administration (adult); no modifier 25 on a preventive visit"),
        ],
    ),
    NoteSpec(
        id="dev-em7-13", dos="2026-07-14",
        specialty="family medicine", setting="outpatient", age=55, sex="M", payer="aetna",
        text="""
        Visit: boil under the arm; diabetes

        2 days of a painful swelling in the right armpit. Also due for his diabetes - missed his last two visits
        and ran out of glipizide a month ago. Takes metformin 500 mg BID.
        Exam: 2.5 cm fluctuant abscess of the right axilla with 1 cm of surrounding erythema. POC A1c today 9.4%.

        Procedure: I&D. Skin prepped, 1% lidocaine 3 mL, single 1 cm incision, moderate purulent drainage,
        loculations broken, packed with iodoform gauze. Simple. Tolerated well.

        Assessment/Plan:
        1. Abscess, right axilla - I&D as above; wound check and packing removal in 2 days; no antibiotic needed.
        2. Type 2 diabetes with hyperglycemia, A1c 9.4% - restart glipizide 5 mg daily and increase metformin to
        1000 mg BID; diabetes education referral. Return in 4 weeks.
        """,
        codes=[
            c("L02.411", "Abscess, right axilla", why="R22: cutaneous abscess of right axilla"),
            c("E11.65", "Type 2 diabetes with hyperglycemia", why="R09: type 2 diabetes with hyperglycemia"),
            c("Z79.84", "metformin 500 mg BID", why="R10: long-term oral hypoglycemics"),
            c("99214", "Type 2 diabetes with hyperglycemia", mods=["25"],
              why="R18: separate problem beside the I&D: chronic illness not at goal (moderate), prescription drug "
                  "management (moderate) -> moderate MDM, modifier 25 (the abscess decision is the procedure's)"),
            c("10060", "I&D", why="R18: incision and drainage of abscess, simple"),
            c("83036", "POC A1c today 9.4%", why="R19: hemoglobin A1c performed in the office"),
        ],
        skips=[skip("no antibiotic needed", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em7-14", dos="2026-07-14",
        specialty="dermatology", setting="outpatient", age=62, sex="F", payer="medicare",
        text="""
        Procedure visit - punch biopsy

        Returns for the biopsy planned at her visit on 6/30 of the itchy scaly plaque on the left shin that has not
        cleared with 6 weeks of clobetasol. Consent signed.

        Procedure: 4 mm punch biopsy of the left anterior shin plaque; 1% lidocaine with epinephrine, closed with
        two 4-0 nylon sutures. Specimen to dermatopathology. Hemostasis good.

        Dx: Dermatitis of left shin, unresponsive to topical steroid - biopsied to distinguish psoriasis from lichen
        simplex chronicus.
        Plan: pathology in 1 week, suture removal in 10-14 days; hold clobetasol until results.
        """,
        codes=[
            c("L30.9", "Dermatitis of left shin", why="R22: dermatitis, unspecified"),
            c("11104", "4 mm punch biopsy", why="R18: punch biopsy, single lesion; the planned biopsy visit has no "
              "separate E/M"),
        ],
        skips=[skip("psoriasis", "R03", "differential, not established")],
    ),
    NoteSpec(
        id="dev-em7-15", dos="2026-07-15",
        specialty="family medicine", setting="outpatient", age=58, sex="F", payer="bcbs",
        text="""
        Follow-up: shoulder and blood pressure

        Right shoulder pain for 6 weeks, worse reaching overhead, no injury. Painful arc, positive Neer and
        Hawkins, strength 5/5.
        BP 146/90 and 144/92 today; home readings 140s/90s on amlodipine 5 mg.

        A/P:
        1. Subacromial bursitis, right shoulder - risks and benefits discussed; injection performed into the
        subacromial space via a posterior approach with methylprednisolone acetate 40 mg and 3 mL 1% lidocaine, no
        ultrasound. Tolerated well. Injection time 10 minutes. Home exercise handout.
        2. Hypertension, not at goal - increase amlodipine to 10 mg daily; BMP; recheck in 4 weeks.
        """,
        codes=[
            c("M75.51", "Subacromial bursitis, right shoulder", why="R11: bursitis of right shoulder"),
            c("I10", "Hypertension, not at goal", why="R20: chronic condition managed"),
            c("99214", "Hypertension, not at goal", mods=["25"],
              why="R15: separate problem beside the injection: chronic illness not at goal (moderate), prescription "
                  "drug management (moderate) -> moderate MDM; the injection's minutes are not visit time"),
            c("20610", "injection performed into the\n        subacromial space", mods=["RT"],
              why="R18: subacromial bursa injection (major joint/bursa) without ultrasound"),
            c("J1030", "methylprednisolone acetate 40 mg", units=1, why="R24: methylprednisolone acetate 40 mg"),
        ],
        skips=[skip("no injury", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em7-16", dos="2026-07-15",
        specialty="psychiatry", setting="outpatient", age=29, sex="F", payer="uhc", new_patient=True,
        text="""
        Psychiatry - initial assessment (MD)

        Referred by her PCP for anxiety. 29F with 2 years of constant worry about work and family, muscle tension,
        poor sleep, irritability and two panic attacks. No persistent depressed mood. No substance use. No prior
        treatment. Medically healthy, no medications. Family history: mother with anxiety.

        Mental status: well groomed, cooperative, anxious affect, logical, no SI/HI, no psychosis, insight good.
        GAD-7 administered today: 16.

        Diagnosis: Generalized anxiety disorder.
        Plan: start escitalopram 5 mg daily for 1 week, then 10 mg; side effects reviewed; referral for CBT;
        follow-up in 4 weeks.
        """,
        codes=[
            c("F41.1", "Generalized anxiety disorder", why="R22: generalized anxiety disorder"),
            c("Z81.8", "mother with anxiety", why="R05: family history of the same condition"),
            c("90792", "Psychiatry - initial assessment (MD)",
              why="R18: psychiatric diagnostic evaluation with medical services (physician, prescription started); "
                  "no E/M the same day"),
            c("96127", "GAD-7 administered today: 16", why="R19: standardized anxiety instrument scored"),
        ],
        skips=[skip("No substance use", "R01", "negated"), skip("no psychosis", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em7-17", dos="2026-07-16",
        specialty="psychiatry", setting="outpatient", age=44, sex="M", payer="bcbs", new_patient=True,
        text="""
        Behavioral health - diagnostic interview

        44M referred by his PCP after his divorce 3 months ago: low mood, poor sleep, trouble concentrating at
        work, tearful; still working. No SI, no prior episodes, no substance misuse.
        PHQ-9 administered today: 12.
        Biopsychosocial history obtained and mental status examined: dysphoric affect, otherwise unremarkable.

        Diagnostic impression: Adjustment disorder with depressed mood.
        Recommendations: weekly individual psychotherapy (CBT with behavioral activation); will coordinate with
        his PCP.
        - M. Okafor, PhD, licensed psychologist
        """,
        codes=[
            c("F43.21", "Adjustment disorder with depressed mood", why="R22: adjustment disorder with depressed mood"),
            c("90791", "diagnostic interview",
              why="R18: psychiatric diagnostic evaluation without medical services (psychologist); no E/M"),
            c("96127", "PHQ-9 administered today: 12", why="R19: standardized depression instrument scored"),
        ],
        skips=[skip("No SI", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em7-18", dos="2026-07-16",
        specialty="psychiatry", setting="outpatient", age=47, sex="F", payer="aetna",
        text="""
        Medication management + psychotherapy

        Bipolar I disorder, on lithium 900 mg at bedtime for 6 years; no mood episode in 2 years. Sleeping 7
        hours, working full time, no racing thoughts or low mood.
        Labs reviewed today: lithium level 0.8, TSH 2.4, creatinine 0.9.

        Assessment: Bipolar I disorder, in full remission, most recent episode manic - stable on lithium, level
        therapeutic. Lithium requires ongoing monitoring for toxicity (level, renal and thyroid function every 3
        months).
        Plan: continue lithium 900 mg at bedtime; lithium level, BMP and TSH ordered for 3 months.

        Psychotherapy: 25 minutes of supportive psychotherapy on sleep regularity and work stress, separate from
        the medication management.
        """,
        codes=[
            c("F31.74", "Bipolar I disorder, in full remission, most recent episode manic",
              why="R22: bipolar disorder, in full remission, most recent episode manic"),
            c("Z79.899", "on lithium 900 mg at bedtime for 6 years",
              why="R10: long-term lithium monitored by its level (Decisions: Z79.899)"),
            c("99214", "Assessment",
              why="R15: stable chronic illness (low), three tests ordered (moderate data), drug therapy requiring "
                  "intensive monitoring for toxicity (high risk) -> moderate MDM"),
            c("90833", "25 minutes of supportive psychotherapy", why="R18: psychotherapy add-on, 16-37 minutes"),
        ],
        skips=[skip("no racing thoughts or low mood", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em7-19", dos="2026-07-17",
        specialty="rheumatology", setting="outpatient", age=57, sex="F", payer="cigna", new_patient=True,
        minutes=80,
        text="""
        Rheumatology new patient consultation

        Referred by Dr. Patel for joint pain. 57F with 5 months of symmetric swelling and 2 hours of morning
        stiffness in the hands, wrists and feet. Outside labs from Dr. Patel's office, reviewed: RF 88, anti-CCP
        > 250, ESR 46, CRP 2.1. Hand x-rays from the imaging center, which I reviewed myself: periarticular
        osteopenia, early erosion at the right 2nd MCP.
        Exam: synovitis of bilateral MCPs 2-3, PIPs and wrists; MTP squeeze positive. DAS28 5.6.

        Assessment: Seropositive rheumatoid arthritis, multiple sites, high disease activity, with early erosive
        change.
        Plan: methotrexate 15 mg weekly with folic acid 1 mg daily once hepatitis B/C serologies, CBC, CMP and
        chest x-ray (ordered today) are back; prednisone 10 mg daily as a bridge for 6 weeks. Methotrexate needs
        monitoring for marrow and liver toxicity: CBC and CMP every 4 weeks for the first 3 months.

        I spent 80 minutes with this patient and her records today, including documentation.
        """,
        codes=[
            c("M05.79", "Seropositive rheumatoid arthritis, multiple sites",
              why="R22: rheumatoid arthritis with rheumatoid factor, multiple sites, no organ involvement"),
            c("99205", "I spent 80 minutes", why="R14: new patient, 80 minutes (60+)"),
            c("99417", "I spent 80 minutes", units=1,
              why="R14: prolonged service, commercial payer: one unit at 75-89 minutes"),
        ],
    ),
    NoteSpec(
        id="dev-em7-20", dos="2026-07-17",
        specialty="internal medicine", setting="outpatient", age=81, sex="M", payer="medicare", minutes=72,
        text="""
        Post-hospital follow-up

        81M seen 5 days after discharge from St. Luke's for decompensated heart failure; discharge summary and
        echo report reviewed (EF 30%). Weight down 4 kg since admission, now 76 kg; mild ankle edema, no
        orthopnea. Permanent atrial fibrillation, rate in the 70s on metoprolol, on apixaban 5 mg BID.
        Discharge-day BMP: K 3.4, creatinine 1.3.

        Medication reconciliation: furosemide 40 mg BID (new at discharge), metoprolol succinate 50 mg daily,
        apixaban 5 mg BID; potassium chloride was prescribed at discharge but never filled.

        A/P:
        1. HFrEF, chronic, recently decompensated - now near dry weight; reduce furosemide to 40 mg daily,
        potassium chloride 20 mEq daily, BMP in 1 week.
        2. Permanent atrial fibrillation - rate controlled; continue metoprolol and apixaban.
        Telephone call with his cardiologist Dr. Lin during the visit about adding spironolactone - agreed to wait
        until the potassium settles.

        Total time on the date of service: 72 minutes (record review, examination, medication reconciliation,
        call with cardiology and documentation).
        """,
        codes=[
            c("I50.22", "HFrEF, chronic", why="R22: chronic systolic heart failure (the decompensation has resolved)"),
            c("I48.21", "Permanent atrial fibrillation", why="R22: permanent atrial fibrillation"),
            c("Z79.01", "apixaban 5 mg BID", why="R10: long-term anticoagulant"),
            c("99215", "Total time on the date of service: 72 minutes", why="R14: established, 72 minutes (40+)"),
            c("G2212", "Total time on the date of service: 72 minutes", units=1,
              why="R14: Medicare prolonged service: one unit at 69-83 minutes"),
        ],
        skips=[skip("no\n        orthopnea", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em7-21", dos="2026-07-20",
        specialty="internal medicine", setting="outpatient", age=63, sex="M", payer="aetna",
        text="""
        Established patient - weight loss

        63M has lost 15 lb over 4 months without trying; appetite fair, no fevers, night sweats or GI bleeding.
        Ex-smoker (quit 2010, 30 pack-years). Last colonoscopy 2021, normal.
        Exam: weight 152 lb (167 in February), no lymphadenopathy, abdomen benign.

        Assessment: Unintentional weight loss, cause not yet known.
        Plan: CBC, CMP, TSH, HbA1c and CT chest/abdomen/pelvis with contrast ordered. Return in 2 weeks with
        results.

        MDM: moderate - undiagnosed new problem with uncertain prognosis; 5 tests ordered; low risk.
        """,
        codes=[
            c("R63.4", "Unintentional weight loss", why="R22: abnormal weight loss"),
            c("Z87.891", "Ex-smoker (quit 2010", why="R06: former smoker"),
            c("99214", "MDM: moderate",
              why="R15: undiagnosed new problem with uncertain prognosis (moderate), five tests ordered (moderate "
                  "data), low risk -> moderate MDM"),
        ],
        skips=[skip("no fevers, night sweats or GI bleeding", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em7-22", dos="2026-07-20",
        specialty="pediatrics", setting="outpatient", age=3, sex="M", payer="medicaid",
        text="""
        Sick visit

        3-year-old boy brought by his mother, who provides the history: fever to 103 for 3 days, cough, breathing
        fast since last night, drinking less. Seen at an urgent care yesterday - I reviewed their note: viral URI,
        no x-ray done.
        Exam: T 39.2, RR 38, SpO2 95%, crackles at the right base, no retractions. Well hydrated.
        Chest x-ray ordered and done at the hospital across the street; I looked at the images myself before the
        radiology read: right middle lobe consolidation.

        Assessment: Community-acquired pneumonia, right middle lobe.
        Plan: amoxicillin 90 mg/kg/day divided BID x 7 days, fluids, antipyretics. Recheck in 48 hours, sooner for
        fast breathing.
        """,
        codes=[
            c("J18.9", "Community-acquired pneumonia", why="R23: pneumonia, unspecified organism; fever integral"),
            c("99214", "Assessment",
              why="R15: acute illness with systemic symptoms (moderate), extensive data (independent historian, "
                  "external note, x-ray ordered, independent interpretation), prescription drug (moderate) -> "
                  "moderate MDM"),
        ],
    ),
    NoteSpec(
        id="dev-em7-23", dos="2026-07-21",
        specialty="cardiology", setting="outpatient", age=70, sex="M", payer="medicare",
        text="""
        Cardiology follow-up

        70M with CAD (RCA stent 2019) and CKD stage 3b. Exertional chest pressure now after one flight of stairs,
        previously 4 flights, despite metoprolol and isosorbide mononitrate 60 mg.
        Nuclear stress test last week, reviewed: moderate reversible inferolateral defect, EF 50%. Echo from May,
        reviewed: normal LV size, mild MR.
        Discussed with Dr. Ahmed (nephrology) today about contrast exposure: creatinine 1.9, eGFR 36; agreed on IV
        pre-hydration.

        Assessment:
        1. Coronary artery disease with exertional angina, worsening despite two antianginal drugs.
        2. CKD stage 3b - at risk for contrast nephropathy.
        Plan: left heart catheterization with possible PCI, scheduled next week; high procedural risk given CKD -
        IV pre-hydration protocol, BMP before and 48 h after. Add ranolazine 500 mg BID meanwhile. Continue
        aspirin 81 mg and atorvastatin 80 mg.
        """,
        codes=[
            c("I25.119", "Coronary artery disease with exertional angina",
              why="R22: atherosclerotic heart disease of native coronary artery with angina"),
            c("N18.32", "CKD stage 3b", why="R22: CKD stage 3b"),
            c("Z95.5", "RCA stent 2019", why="R06: presence of coronary stent"),
            c("Z79.82", "aspirin 81 mg", why="R10: long-term aspirin for the CAD managed (as dev-0098)"),
            c("99215", "Assessment",
              why="R15: chronic illness worsening (moderate), extensive data (stress test and echo reviewed, BMP "
                  "ordered, discussion with nephrology), decision for catheterization with risk factors (high) -> "
                  "high MDM"),
        ],
    ),
    NoteSpec(
        id="dev-em7-24", dos="2026-07-21",
        specialty="family medicine", setting="outpatient", age=58, sex="M", payer="uhc",
        text="""
        BP check

        58M with hypertension on lisinopril 20 mg. Home readings in the 150s/95. Takes it every day. Works two
        jobs.
        BP 154/96.

        Assessment: Essential hypertension, not at goal.
        Plan: I recommended adding amlodipine, but he cannot afford another copay this month and is choosing
        between medicines and rent; he asked to wait. Continue lisinopril 20 mg, low-salt diet reviewed, home BP
        log; social work referral for financial assistance. Reassess in 4 weeks. Financial insecurity limits
        treatment today.
        """,
        codes=[
            c("I10", "Essential hypertension, not at goal", why="R20: chronic condition managed"),
            c("Z59.868", "Financial insecurity", "cannot afford another copay",
              why="R20: other specified financial insecurity (medicine copay vs rent), affecting care (I.C.21.c.17)"),
            c("99214", "Assessment",
              why="R15: chronic illness not at goal (moderate), prescription drug management and treatment limited "
                  "by social determinants of health (moderate) -> moderate MDM"),
        ],
    ),
    NoteSpec(
        id="dev-em7-25", dos="2026-07-22",
        specialty="general surgery", setting="outpatient", age=44, sex="F", payer="bcbs", new_patient=True,
        text="""
        Surgery consultation

        Referred by Dr. Moreno for gallstones. 44F with four episodes of right upper quadrant pain after fatty meals
        over 3 months, each lasting 1-3 hours, the last one a week ago; no fever, jaundice or pancreatitis.
        Ultrasound of 6/20, reviewed: multiple gallstones, gallbladder wall 2 mm, CBD 4 mm. LFTs and lipase from
        her PCP reviewed, normal.
        Exam: soft abdomen, mild RUQ tenderness, Murphy sign negative.

        Impression: Symptomatic cholelithiasis without cholecystitis.
        Plan: we discussed observation vs laparoscopic cholecystectomy including the risks (bile duct injury,
        bleeding, infection, conversion); she wishes to proceed. Laparoscopic cholecystectomy scheduled for 8/4.
        Low-fat diet meanwhile.
        """,
        codes=[
            c("K80.20", "Symptomatic cholelithiasis without cholecystitis",
              why="R22: calculus of gallbladder without cholecystitis, without obstruction"),
            c("99204", "Impression",
              why="R15: new patient, recurrent symptomatic chronic problem (moderate), three results reviewed "
                  "(moderate data), decision for elective major surgery (moderate risk) -> moderate MDM"),
        ],
        skips=[skip("no fever, jaundice or pancreatitis", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em7-26", dos="2026-07-22", age=72, sex="F", payer="medicare", **ED,
        text="""
        ED physician note

        72F fainted while standing in church, brief loss of consciousness (under a minute per her husband, who
        gives part of the history), no prodrome; no chest pain, palpitations or injury.
        Vitals normal, orthostatics negative. Neuro exam normal.
        ECG - my interpretation: sinus rhythm 68, first-degree AV block (PR 230), no ischemic changes; unchanged
        from her 2024 tracing.
        Ordered: CBC, BMP, troponin x2 (both negative), CT head (no acute findings).
        I called her cardiologist, Dr. Brandt, who will see her in 2 days and arrange a 14-day monitor.

        MDM: syncope without a clear cause; intermediate risk (age, conduction disease). Observation admission vs
        discharge discussed with the patient and her husband; shared decision to discharge home with cardiology
        follow-up in 2 days given the negative workup and reliable family.

        Impression: Syncope and collapse. First-degree AV block.
        """,
        codes=[
            c("R55", "Syncope and collapse", why="R22: syncope and collapse, no cause established"),
            c("I44.0", "First-degree AV block", why="R22: atrioventricular block, first degree"),
            c("99285", "MDM",
              why="R15: ED, undiagnosed new problem (moderate), extensive data (historian, tests ordered, discussion "
                  "with the cardiologist; the ECG is billed), decision regarding hospitalization (high) -> high MDM"),
            c("93010", "ECG - my interpretation", why="R18: ECG interpretation and report by the ED physician"),
        ],
        skips=[skip("no chest pain, palpitations or injury", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em7-27", dos="2026-07-23",
        specialty="family medicine", setting="outpatient", age=34, sex="M", payer="aetna",
        text="""
        Ankle injury

        Rolled his right ankle playing basketball 2 days ago; seen that night at an urgent care where x-rays were
        taken. Bearing weight with a limp.
        I reviewed the x-ray images on the portal myself: no fracture, mild lateral soft tissue swelling.
        Exam: lateral ankle swelling, ATFL tenderness, no bony tenderness at the malleoli or the base of the 5th
        metatarsal, anterior drawer stable.

        Assessment: Right ankle sprain, grade 1-2.
        Plan: rest, ice, compression and elevation; his own ankle brace; ibuprofen 600 mg three times daily with
        food as needed (OTC); home exercises. Return if not improving in 2 weeks.
        """,
        codes=[
            c("S93.401A", "Right ankle sprain",
              why="R12: sprain of unspecified ligament of right ankle, initial encounter (active treatment)"),
            c("99213", "Assessment",
              why="R15: acute uncomplicated injury (low), independent interpretation (moderate data), OTC drug "
                  "(low risk) -> low MDM"),
        ],
        skips=[skip("no fracture", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em7-28", dos="2026-07-23",
        specialty="family medicine", setting="outpatient", age=27, sex="F", payer="uhc",
        text="""
        Rash

        Itchy streaky rash on the right forearm since clearing brush at her parents' place 3 days ago. No facial
        involvement, no fever.
        Exam: linear vesicles and papules on the right forearm, about 6 x 4 cm in all.

        Assessment: Poison ivy dermatitis, right forearm, localized.
        Plan: triamcinolone 0.1% cream twice daily for 2 weeks, cool compresses, wash the clothing. Return if it
        spreads to the face.
        """,
        codes=[
            c("L23.7", "Poison ivy dermatitis", why="R22: allergic contact dermatitis due to plants"),
            c("99212", "Assessment",
              why="R15: one self-limited problem (straightforward), no data, prescription drug (moderate risk) -> "
                  "two of three straightforward"),
        ],
        skips=[skip("No facial\n        involvement, no fever", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em7-29", dos="2026-07-24",
        specialty="family medicine", setting="outpatient", age=49, sex="F", payer="cigna", minutes=35,
        text="""
        Thyroid follow-up

        Hypothyroidism after radioactive iodine for Graves disease in 2019. On levothyroxine 112 mcg daily. Feels
        well, no palpitations or fatigue. TSH last week 1.9.
        Yesterday I spent 20 minutes going through her records from her endocrinologist in Boston.

        Assessment: Postablative hypothyroidism - at goal; continue levothyroxine 112 mcg; TSH in 6 months.

        Today: 35 minutes total for the visit, counseling and this note.
        """,
        codes=[
            c("E89.0", "Postablative hypothyroidism", why="R22: postprocedural (post-irradiation) hypothyroidism"),
            c("99214", "35 minutes total",
              why="R14: established, 35 minutes on the date of the encounter (30-39); yesterday's 20 minutes are "
                  "another date and not counted"),
        ],
        skips=[skip("no palpitations or fatigue", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em7-30", dos="2026-07-24", age=45, sex="M", payer="bcbs", **ED,
        text="""
        ED note

        45M woke yesterday with severe low back pain shooting down the right leg to the calf. No bowel or bladder
        change, no saddle numbness, no fever, no cancer history.
        Exam: paraspinal spasm, straight leg raise positive on the right at 40 degrees, strength and reflexes
        normal.
        No imaging indicated (no red flags).
        Morphine 4 mg IV and ketorolac 30 mg IM given for pain; walking after 1 hour.

        Impression: Acute low back pain with right-sided sciatica.
        Plan: naproxen 500 mg BID, cyclobenzaprine 5 mg at bedtime x 7 days, activity as tolerated, PT referral if
        not better in 2 weeks.

        I spent 50 minutes on this patient's care.
        """,
        codes=[
            c("M54.41", "Acute low back pain with right-sided sciatica", why="R22: lumbago with sciatica, right side"),
            c("99283", "Impression",
              why="R15: ED by MDM only (time does not count): acute uncomplicated illness (low), no data (minimal), "
                  "parenteral controlled substance (high risk) -> low MDM"),
        ],
        skips=[skip("No bowel or bladder\n        change", "R01", "negated")],
    ),
]
