"""Dev notes dev-x2-01.. (issue #3, batch x2): outpatient notes in the WRITING HABITS real EHR exports carry.

Uncorrected speech-recognition dictation with no headings (split words, homophones, spoken punctuation), one-
paragraph telegraphic notes, heavy abbreviation (c/o, w/, w/o, s/p, h/o, r/o, b/l, LLE, SOB, DOE, CP, N/V/D, HA,
LBP, BPH, OAB, PVD, CVA, TIA, NSTEMI, HLD, OSA on CPAP, GERD, IBS, RA, DJD, ESRD on HD), semi-structured templates
with Yes/No checkboxes and "[x]" marks, ROS/PE on one line with slashes, problem lists and assessment lines with
ICD codes typed by the physician (some wrong or less specific than the narrative: coded from the narrative, see
corpora/README.md Decisions), "DM2 - A1c 8.1, uncontrolled -> incr metformin" assessment lines, Latin shorthand
(AD/AS, c-bar/s-bar, sig, ut dict), copy-forward text dated to earlier visits, patient-portal e-visits (99421/
99422) and nurse-only visits. Gold written before the engine ran on them.

First run (HEAD eaf7e5c, clean engine tree; 24 notes, gold as first written): ICD-10-CM P=0.645 R=0.690 F1=0.667
(evidence F1 0.600); procedures P=0.839 R=0.743 F1=0.788 (evidence F1 0.697); E/M exact 19/19 (the scorer does
not count the two e-visits, both given 99212 instead of 99421/99422).
Causes: FORMAT - unchecked template boxes read as present ("CHF [ ]", "Neuropathy symptoms: Yes [ ] No [x]",
"Egg/vaccine allergy Y [ ] N [x]": x2-04, 13, 24); problem-list lines coded at an AWV that addresses none of
them (x2-15); nurse injection visits given 99211 and no 96372/J code (x2-12, 14); portal e-visits given an
office E/M (x2-10, 11). ABBREVIATIONS - "DJD b/l knees"/"DJD R knee" -> M19.90 instead of M17.0/M17.11 (x2-21,
24); "calf TTP" (tender to palpation) -> M31.19; "lice in a pril" (dictated lisinopril) -> B85.0; "AD" (right
ear), "R maxillary", "L 1st MTP" laterality/site lost (x2-05 J01.90, x2-08 H60.90, x2-16 M10.9).
CONTENT - "DM2 - A1c 8.1, uncontrolled" -> E11.9, not E11.65 (x2-04, 07); "quit smoking ... after 40 pack years"
-> F17.210 (x2-23); "failed injections" (history) -> 20610 (x2-24); pre-op Z01.818, E11.65, Z95.5, Z79.631,
M05.79, R60.0/M79.662, N30.00, R39.12 missed; office procedures 83036, 81025, 51798, 94640 + J7620 missed.
GOLD ERROR corrected after the first run: x2-10 the provider wrote "Symptoms consistent with acute uncomplicated
cystitis": "consistent with" is an uncertain diagnosis in an outpatient encounter (IV.H), so the symptoms are
coded, R30.0 dysuria + R35.0 frequency, not N30.00 (the engine had coded neither).
After this batch's fixes (b0b081f checkboxes, 2b2480d problem list at an AWV, 00fe777 DJD/'b/l', faf319a inline and
dictated headings, 70b3131 uncontrolled DM2, 3e5f796 + the em.py hunk in 09894d4 injection nurse visits, 32b657d
e-visits 99421-99423, 95a304c vaccine labels/failed injections/sick contact, 0f895af LLE, 331efa5 UPT, 9ca3720
vaccine series, dff5551 RA/MTX shorthand; others' concurrent commits included; corrected gold): ICD-10-CM P=0.942
R=0.831 F1=0.883 (evidence F1 0.829); procedures P=1.000 R=0.886 F1=0.939; E/M 19/19 and both e-visits right. Each
fix was checked paired on the same 588 dev ids (tree with only that fix undone): no note worse. Still wrong: J01.90
for "sinusitis, R maxillary" (a side letter after the comma breaks the qualifier match; allowing it made a
'fracture, R wrist' duplicate in dev-r4-07, so left), H60.90 for "otitis externa acuta AD (swimmer's ear)" (AD/AS/AU
not read as ear sides), M10.9 for "Gout flare - L 1st MTP", M79.662 for "calf pain" with LLE; missed Z01.818 (pre-
op), Z30.42 (Depo), Z95.5 ("DES x1 to prox LAD"), R39.12 ("weak stream"), R30.0/ R35.0 from a portal message; 83036
from a template "POC A1c today" line followed by an "Assessment/Plan:" block that repeats the A1c, 51798 (bladder
scan PVR, no procedure entry), 94640 + J7620 from a dictated DuoNeb.
"""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-x2-01", dos="2026-02-10",
        specialty="family medicine", setting="outpatient", age=64, sex="M", payer="bcbs",
        text="""
        this is a 64-year-old mail here for follow up of his hypertension and hyper lipidemia period he checks his
        blood pressure at home and it runs 120s to 130s over 70s period he is taking lice in a pril 20 mg daily and
        a tour of a statin 40 mg at bedtime comma no side effects period he denies chest pain comma shortness of
        breath comma or leg cramps period new paragraph on exam blood pressure 128/78 heart rate 72 regular rate
        and rhythm lungs clear no edema period labs from January reviewed LDL 88 comma ALT normal period new
        paragraph impression number one essential hypertension well controlled continue lisinopril 20 mg refilled
        for 90 days number two hyperlipidemia at goal on atorvastatin continue same dose refilled period
        follow up in 6 months with fasting lipids period
        dictated but not read
        """,
        codes=[
            c("I10", "essential hypertension well controlled",
              why="R20: chronic condition managed (dictation 'lice in a pril' = lisinopril)"),
            c("E78.5", "hyperlipidemia at goal on atorvastatin", why="R20: chronic condition managed"),
            c("99214", "impression number one",
              why="R15: moderate MDM - two stable chronic illnesses, prescription drug management"),
        ],
        skips=[skip("he denies chest pain comma shortness of\nbreath comma or leg cramps", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-x2-02", dos="2026-01-14",
        specialty="family medicine", setting="outpatient", age=41, sex="M", payer="aetna",
        text="""
        41M c/o LBP x 5d after lifting a couch, R>L, no radiation, no numbness/weakness, no bowel/bladder sx, no
        saddle anesthesia, no fever. PMH neg. PE: ambulates w/o difficulty, TTP R lumbar paraspinals w/ spasm, no
        midline tenderness, SLR neg b/l, strength 5/5 b/l LE, DTRs 2+ symm. A: acute lumbar strain. P: ibuprofen
        600 mg TID w/ food x 7d, cyclobenzaprine 5 mg qhs prn spasm #10, heat, activity as tol, no XR indicated.
        RTC 3-4 wk if not improving, sooner if red flags.
        """,
        codes=[
            c("S39.012A", "acute lumbar strain", "after lifting a couch",
              why="R12: strain of lower back muscle, initial encounter (active treatment)"),
            c("99213", "A: acute lumbar strain",
              why="R15: low MDM - acute uncomplicated injury, prescription drug management"),
        ],
        skips=[
            skip("LBP x 5d", "R23", "back pain integral to the lumbar strain"),
            skip("no numbness/weakness, no bowel/bladder sx", "R01", "negated"),
            skip("RTC 3-4 wk if not improving", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-x2-03", dos="2026-03-05",
        specialty="internal medicine", setting="outpatient", age=72, sex="F", payer="medicare",
        text="""
        CC: b/l calf pain w/ walking

        HPI: 72F w/ DM2, PVD, HLD, h/o CVA 2019 w/o residual deficits, OAB. c/o b/l calf cramping w/ walking
        ~1 block (was 3 blocks in 9/2025), relieved by rest. No rest pain, no wounds. Meds: metformin 1000 bid,
        clopidogrel 75 daily, atorvastatin 80, oxybutynin ER 10. ABI (vasc lab 2/2026): 0.71 R / 0.66 L.
        Non-smoker.

        PE: BP 132/76. Feet warm, cap refill < 3 s, DP/PT pulses faint b/l, no ulcers, skin intact.

        A/P:
        1. DM2 w/ PVD, b/l claudication - worse. Start cilostazol 100 mg bid. Walking program. Vasc surg referral.
           Cont metformin, A1c 7.0 (1/2026).
        2. HLD - cont atorvastatin 80, LDL 64.
        3. h/o CVA w/o residual - cont clopidogrel.
        RTC 3 mo.
        """,
        codes=[
            c("E11.51", "DM2 w/ PVD, b/l claudication",
              why="R09: diabetes with peripheral angiopathy ('with' convention, I.A.15) without gangrene"),
            c("E78.5", "HLD - cont atorvastatin 80", why="R20: chronic condition managed"),
            c("Z86.73", "h/o CVA w/o residual", why="R06: history of stroke without residuals, secondary prevention"),
            c("Z79.84", "metformin 1000 bid", why="R10: long-term oral hypoglycemic with a coded diabetes"),
            c("Z79.02", "clopidogrel 75 daily", why="R10: long-term antiplatelet"),
            c("99214", "A/P:",
              why="R15: moderate MDM - chronic illness with progression, prescription drug started"),
        ],
        skips=[
            skip("OAB", "R20", "history/medication list only, not addressed"),
            skip("No rest pain, no wounds", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-x2-04", dos="2026-02-18",
        specialty="family medicine", setting="outpatient", age=58, sex="F", payer="uhc",
        text="""
        DIABETES FOLLOW-UP TEMPLATE

        Diabetes type:           Type 1 [ ]   Type 2 [x]
        Checks glucose at home:  Yes [x]  No [ ]   Fasting range: 150-210
        Hypoglycemia episodes:   Yes [ ]  No [x]
        Current meds:            metformin 500 mg bid
        Medication adherence:    Yes [x]  No [ ]
        Tobacco use:             Yes [ ]  No [x]
        Retinopathy (last eye exam 8/2025):  Yes [ ]  No [x]
        Neuropathy symptoms:     Yes [ ]  No [x]
        Foot exam:   Monofilament intact [x]   Pulses present [x]   Ulcer/callus [ ]
        POC A1c today: 8.1 %   (last 7.2 in 9/2025)

        Assessment/Plan:
        DM2 - A1c 8.1, uncontrolled -> incr metformin to 1000 mg bid, diet reviewed, recheck A1c 3 mo.
        Urine microalbumin and BMP ordered.
        """,
        codes=[
            c("E11.65", "DM2 - A1c 8.1, uncontrolled",
              why="R09: uncontrolled diabetes with high sugars documented is coded as hyperglycemia (Decision)"),
            c("Z79.84", "metformin 500 mg bid", why="R10: long-term oral hypoglycemic"),
            c("99214", "Assessment/Plan:",
              why="R15: moderate MDM - chronic illness with progression (not at goal), prescription drug management"),
            c("83036", "POC A1c today: 8.1 %", why="R19: hemoglobin A1c performed in the office"),
        ],
        skips=[
            skip("Hypoglycemia episodes:   Yes [ ]  No [x]", "R01", "checkbox negative"),
            skip("Retinopathy (last eye exam 8/2025):  Yes [ ]  No [x]", "R01", "checkbox negative"),
            skip("Neuropathy symptoms:     Yes [ ]  No [x]", "R01", "checkbox negative"),
            skip("Urine microalbumin and BMP ordered", "R19", "ordered, not performed"),
        ],
    ),
    NoteSpec(
        id="dev-x2-05", dos="2025-12-08",
        specialty="urgent care", setting="outpatient", age=36, sex="F", payer="cigna",
        text="""
        CC: sinus pressure x 12 days

        HPI: URI sx since 11/26, improved then worse again x 3d with R maxillary pain, purulent nasal d/c, HA.
        ROS: +congestion/facial pain/HA/PND; neg fever/chills/CP/SOB/N/V/D/rash.
        PE: T 37.6 / HR 84 / BP 118/74 / SpO2 99% RA. NAD / TMs clear b/l / R maxillary TTP / purulent d/c R
        naris / OP mild PND / no LAD / lungs CTA b/l / RRR.
        Dx: acute bacterial sinusitis, R maxillary (double worsening).
        Plan: amoxicillin-clavulanate 875 mg bid x 7d, saline irrigation, fluticasone nasal. Return if fever,
        vision change or severe HA.
        """,
        codes=[
            c("J01.00", "acute bacterial sinusitis, R maxillary",
              why="R22: acute maxillary sinusitis (no 'recurrent'); the organism is not named"),
            c("99213", "Dx: acute bacterial sinusitis",
              why="R15: low MDM - acute uncomplicated illness, prescription drug management"),
        ],
        skips=[
            skip("neg fever/chills/CP/SOB/N/V/D/rash", "R02", "ROS negatives"),
            skip("HA.", "R23", "headache integral to sinusitis"),
            skip("Return if fever,\nvision change or severe HA", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-x2-06", dos="2026-01-27",
        specialty="internal medicine", setting="outpatient", age=69, sex="M", payer="medicare",
        text="""
        Chronic disease visit

        Problem List:
        1. DM2 (E11.9)
        2. CKD (N18.9)
        3. HTN (I10)
        4. Anemia (D64.9)
        5. Hx colon polyps (Z86.010)

        Subjective: Here for 3-month follow-up. Glargine 28 units qhs, fasting sugars 110-140. No hypoglycemia.
        BP at home 130s/70s on losartan 100. Energy a little low.

        Labs 1/20/2026: Cr 1.9, eGFR 36 (was 39 in 10/2025), UACR 310, A1c 7.2, Hgb 10.8, ferritin 240,
        TSAT 28%.

        Assessment:
        Type 2 diabetes with diabetic CKD, stage 3b, albuminuria - stable; A1c at goal. Continue glargine 28 units.
        Hypertensive CKD - BP at goal on losartan, continue.
        Anemia of CKD, Hgb 10.8, iron replete - monitor, no ESA yet.
        Nephrology follow-up in April as scheduled.
        """,
        codes=[
            c("E11.22", "Type 2 diabetes with diabetic CKD", why="R09: diabetes with diabetic CKD"),
            c("I12.9", "Hypertensive CKD",
              why="R08: hypertension with CKD stage 1-4 (typed I10 replaced by the narrative)"),
            c("N18.32", "stage 3b", why="R09: use additional code for the CKD stage (typed N18.9 less specific)"),
            c("D63.1", "Anemia of CKD", why="R22: anemia in CKD (typed D64.9 less specific)"),
            c("Z79.4", "Glargine 28 units qhs", why="R10: long-term insulin, type 2 diabetes"),
            c("99214", "Assessment:",
              why="R15: moderate MDM - two or more stable chronic illnesses, prescription drug management"),
        ],
        skips=[
            skip("Hx colon polyps (Z86.010)", "R20", "problem-list history not addressed at the visit"),
            skip("No hypoglycemia", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-x2-07", dos="2026-03-12",
        specialty="internal medicine", setting="outpatient", age=61, sex="M", payer="bcbs",
        text="""
        F/U chronic conditions. Feels well. Wt 104 kg (BMI 33.2). Home sugars 160s-200s fasting.
        Meds: metformin 500 bid, amlodipine 10, no statin (declined 2025). Uses CPAP nightly, ~7 h/night.
        BP 128/80, HR 76. Labs 3/5/26: A1c 8.1, LDL 142, TG 210, Cr 0.9.

        A/P
        - DM2 - A1c 8.1, uncontrolled -> incr metformin 1000 bid, add empagliflozin 10 daily
        - HTN - at goal -> cont amlodipine 10
        - HLD - LDL 142, now agrees -> start atorvastatin 20
        - OSA on CPAP - compliant, cont
        - RTC 3 mo w/ labs
        """,
        codes=[
            c("E11.65", "DM2 - A1c 8.1, uncontrolled",
              why="R09: uncontrolled diabetes with high sugars -> hyperglycemia (Decision)"),
            c("I10", "HTN - at goal", why="R20: chronic condition managed"),
            c("E78.5", "HLD - LDL 142", why="R20: hyperlipidemia treated (statin started)"),
            c("G47.33", "OSA on CPAP", why="R20: chronic condition addressed"),
            c("Z79.84", "metformin 500 bid", why="R10: long-term oral hypoglycemic"),
            c("99214", "A/P",
              why="R15: moderate MDM - chronic illness with progression plus stable chronic illnesses, "
                  "prescription drug management"),
        ],
        skips=[
            skip("BMI 33.2", "R20", "BMI without a provider-documented weight diagnosis (Decision)"),
        ],
    ),
    NoteSpec(
        id="dev-x2-08", dos="2026-07-21",
        specialty="family medicine", setting="outpatient", age=17, sex="M", payer="aetna",
        text="""
        17 y/o M, swim team, c/o otalgia AD x 3 d c̄ itching & muffled hearing. s̄ fever, s̄ otorrhea AS.
        No h/o TM perforation, no tubes.
        O/E: AD - canal edematous & erythematous, moderate white debris, tragal tenderness +, TM partly seen,
        intact. AS - canal & TM WNL. No periauricular LAD.
        Dx: otitis externa acuta AD (swimmer's ear).
        Rx: ciprofloxacin 0.3%/dexamethasone 0.1% otic susp, gtt iv AD b.i.d. x 7 d, ut dict.
        Keep ear dry, no swimming x 7 d. Earplugs thereafter. RTC p.r.n.
        Mother present, hx partly from her.
        """,
        codes=[
            c("H60.331", "otitis externa acuta AD (swimmer's ear)",
              why="R11: swimmer's ear, right ear (AD = auris dextra)"),
            c("99213", "Dx: otitis externa acuta AD",
              why="R15: low MDM - acute uncomplicated illness, prescription drug management"),
        ],
        skips=[
            skip("s̄ otorrhea AS", "R01", "negated (s-bar = without)"),
            skip("s̄ fever", "R01", "negated"),
            skip("otalgia AD", "R23", "ear pain integral to otitis externa"),
        ],
    ),
    NoteSpec(
        id="dev-x2-09", dos="2026-04-08",
        specialty="family medicine", setting="outpatient", age=47, sex="F", payer="uhc",
        text="""
        Subjective:
        [Copied from 12/03/2025 visit] 47F here with cough x 10 days, no fever. Lungs w/ scattered rhonchi.
        Acute bronchitis - supportive care, benzonatate.
        [Copied from 09/15/2025 visit] L ankle sprain playing tennis, ASO brace, ibuprofen.

        Today 04/08/2026: here for thyroid f/u. Cough and ankle long resolved. Taking levothyroxine 75 mcg daily
        on empty stomach. More tired, cold, dry skin x 2 mo. TSH 3/30/2026: 7.9 (0.4-4.5), FT4 0.8 (low-nl).

        Objective: Wt up 2 kg. HR 62. Thyroid not enlarged. Skin dry.

        Assessment and Plan:
        Hypothyroidism, undertreated -> incr levothyroxine to 88 mcg daily, TSH in 6-8 wk.
        Return in 3 months.
        """,
        codes=[
            c("E03.9", "Hypothyroidism, undertreated", why="R20: chronic condition managed"),
            c("99214", "Assessment and Plan:",
              why="R15: moderate MDM - chronic illness with progression (not at goal), prescription drug management"),
        ],
        skips=[
            skip("Acute bronchitis - supportive care, benzonatate", "R20", "copied-forward text from a prior visit"),
            skip("L ankle sprain playing tennis", "R20", "copied-forward text from a prior visit, resolved"),
            skip("More tired, cold, dry skin", "R23", "symptoms of the undertreated hypothyroidism"),
        ],
    ),
    NoteSpec(
        id="dev-x2-10", dos="2026-05-04",
        specialty="family medicine", setting="outpatient", age=29, sex="F", payer="aetna", pos="11",
        text="""
        E-VISIT (patient-initiated portal message)

        Message from patient 05/03/2026 21:14:
        "Burning when I pee and going every 30 minutes since yesterday. No fever, no back pain, no discharge.
        Not pregnant (period ended last week). This happened once 2 years ago and Macrobid worked. No
        allergies."

        Provider response 05/04/2026 07:52:
        Reviewed message, chart, allergies and prior culture (2024, E. coli pan-sensitive). No visits in the
        past 7 days. Symptoms consistent with acute uncomplicated cystitis. Nitrofurantoin 100 mg bid x 5 days
        sent to pharmacy. Fluids. If fever, flank pain, vomiting or no better in 48 h, schedule an office visit.
        Patient replied 09:30 with a question about taking it with food; answered.

        Cumulative provider time this e-visit (5/4): 13 minutes.
        """,
        codes=[
            c("R30.0", "Burning when I pee", why="R03: 'consistent with' cystitis is uncertain (IV.H): the symptom "
              "is coded (dysuria)"),
            c("R35.0", "going every 30 minutes", why="R03: uncertain diagnosis, symptom coded (urinary frequency)"),
            c("99422", "Cumulative provider time this e-visit (5/4): 13 minutes",
              why="R14: patient-initiated online digital E/M, established patient, 11-20 minutes cumulative "
                  "(no E/M within 7 days)"),
        ],
        skips=[
            skip("No fever, no back pain, no discharge", "R01", "negated"),
            skip("If fever, flank pain, vomiting", "R07", "conditional"),
            skip("consistent with acute uncomplicated cystitis", "R03", "'consistent with' is uncertain (IV.H)"),
        ],
    ),
    NoteSpec(
        id="dev-x2-11", dos="2026-06-16",
        specialty="internal medicine", setting="outpatient", age=66, sex="M", payer="bcbs",
        text="""
        Portal encounter - MyChart message

        Pt msg 6/15: "Here are my BP readings for the last 2 weeks like you asked: 148/92, 152/88, 146/94,
        150/90, 144/90 (mornings). I take the lisinopril 10 every day. Feel fine."

        Reply 6/16 (Dr.): Readings above goal on lisinopril 10 mg. Increase to 20 mg daily, new Rx sent. Send
        readings again in 2 weeks; BMP at lab in 1-2 weeks (ordered). Last office visit 4/2/2026.
        Total time reviewing/responding: 8 min.

        Dx: Essential hypertension (I10), not at goal.
        """,
        codes=[
            c("I10", "Essential hypertension (I10), not at goal", why="R20: chronic condition managed"),
            c("99421", "Total time reviewing/responding: 8 min",
              why="R14: patient-initiated online digital E/M, 5-10 minutes cumulative"),
        ],
        skips=[skip("BMP at lab in 1-2 weeks (ordered)", "R19", "ordered, not performed")],
    ),
    NoteSpec(
        id="dev-x2-12", dos="2026-02-02",
        specialty="family medicine", setting="outpatient", age=70, sex="F", payer="medicare",
        text="""
        NURSE VISIT - INJECTION

        Reason: monthly B12 (pernicious anemia, per Dr. Haugen standing order)
        Allergies reviewed:  Yes [x]  No [ ]
        Any reaction last dose:  Yes [ ]  No [x]
        Medication: cyanocobalamin 1000 mcg/mL, 1 mL IM
        Site: L deltoid [x]  R deltoid [ ]
        Lot/exp documented. Pt tolerated well, no reaction after 15 min.
        Next due 3/2/2026.
        - T. Brannigan, LPN
        """,
        codes=[
            c("D51.0", "pernicious anemia", why="R20: condition treated (pernicious anemia is B12 deficiency "
              "anemia due to intrinsic factor deficiency)"),
            c("96372", "cyanocobalamin 1000 mcg/mL, 1 mL IM",
              why="R18: IM injection; no 99211 with an injection-only nurse visit"),
            c("J3420", "cyanocobalamin 1000 mcg/mL, 1 mL IM", units=1, why="R24: B12 up to 1000 mcg"),
        ],
        skips=[skip("Any reaction last dose:  Yes [ ]  No [x]", "R01", "checkbox negative")],
    ),
    NoteSpec(
        id="dev-x2-13", dos="2025-10-14",
        specialty="family medicine", setting="outpatient", age=45, sex="M", payer="uhc",
        text="""
        Nurse Visit - Immunization

        Vaccine requested: seasonal influenza
        Screening:  Fever today  Y [ ] N [x] | Egg/vaccine allergy  Y [ ] N [x] | Guillain-Barre hx  Y [ ] N [x]
        VIS (2025-26 inactivated influenza) given:  [x]
        Administered: influenza vaccine IIV3, trivalent, preservative-free 0.5 mL IM, R deltoid, lot FL2291
        Observed 15 min, no reaction.
        - K. Oyelaran, MA
        """,
        codes=[
            c("Z23", "Vaccine requested: seasonal influenza", why="R18: encounter for immunization"),
            c("90656", "trivalent, preservative-free 0.5 mL IM", why="R24: influenza vaccine product"),
            c("90471", "Administered: influenza vaccine", why="R18: vaccine administration, adult"),
        ],
        skips=[skip("Guillain-Barre hx  Y [ ] N [x]", "R01", "checkbox negative")],
    ),
    NoteSpec(
        id="dev-x2-14", dos="2026-03-24",
        specialty="obstetrics and gynecology", setting="outpatient", age=24, sex="F", payer="medicaid",
        text="""
        RN visit - Depo-Provera

        Last injection 12/30/2025 (within 11-13 wk window: Yes [x] No [ ]).
        Unprotected intercourse since last shot: Yes [ ] No [x]
        UPT in clinic today: negative.
        Medroxyprogesterone acetate 150 mg/mL IM given L gluteal. Tolerated well.
        Next injection window 6/9 - 6/23/2026, reminder card given.
        - S. Delacroix, RN
        """,
        codes=[
            c("Z30.42", "Depo-Provera", why="R21: surveillance of injectable contraceptive (repeat injection)"),
            c("96372", "Medroxyprogesterone acetate 150 mg/mL IM given",
              why="R18: IM injection, nurse-only visit without E/M"),
            c("J1050", "Medroxyprogesterone acetate 150 mg/mL", units=150,
              why="R24: medroxyprogesterone per 1 mg x 150"),
            c("81025", "UPT in clinic today: negative", why="R19: urine pregnancy test performed in the office"),
        ],
        skips=[skip("Unprotected intercourse since last shot: Yes [ ] No [x]", "R01", "checkbox negative")],
    ),
    NoteSpec(
        id="dev-x2-15", dos="2026-05-19",
        specialty="family medicine", setting="outpatient", age=74, sex="F", payer="medicare",
        text="""
        MEDICARE ANNUAL WELLNESS VISIT - SUBSEQUENT   (last AWV 5/13/2025)

        Problem list (reviewed, no changes):
          Osteoarthritis of both knees (M17.0)
          Hypothyroidism (E03.9)
          GERD (K21.9)
          Hx breast cancer, s/p lumpectomy 2014 (Z85.3)

        Health risk assessment reviewed:                [x]
        Functional ability / ADLs independent:          [x] Yes  [ ] No
        Fall in past 12 months:                         [ ] Yes  [x] No
        Hearing difficulty:                             [ ] Yes  [x] No
        Depression risk reviewed, no symptoms:          [x]
        Cognitive screen (Mini-Cog 5/5), normal:        [x]
        Advance directive on file:                      [x]
        Medication list reconciled:                     [x]

        Vitals: BP 126/74, Wt 66 kg, BMI 25.1. Vision grossly normal.

        Personalized prevention plan: mammogram due 7/2026 (ordered), colonoscopy not indicated after age 75
        discussion, shingles series complete, pneumococcal up to date. Written screening schedule given.
        No acute problems addressed today.
        """,
        codes=[
            c("Z00.00", "MEDICARE ANNUAL WELLNESS VISIT",
              why="R17: wellness encounter first, no abnormal findings"),
            c("G0439", "MEDICARE ANNUAL WELLNESS VISIT - SUBSEQUENT", why="R17: subsequent Medicare AWV"),
        ],
        skips=[
            skip("Osteoarthritis of both knees (M17.0)", "R20", "problem list, not addressed"),
            skip("Hypothyroidism (E03.9)", "R20", "problem list, not addressed"),
            skip("GERD (K21.9)", "R20", "problem list, not addressed"),
            skip("Hx breast cancer, s/p lumpectomy 2014 (Z85.3)", "R20", "problem list, not addressed"),
            skip("Fall in past 12 months:                         [ ] Yes  [x] No", "R01", "checkbox negative"),
            skip("mammogram due 7/2026 (ordered)", "R19", "ordered, not performed"),
        ],
    ),
    NoteSpec(
        id="dev-x2-16", dos="2026-02-26",
        specialty="internal medicine", setting="outpatient", age=67, sex="M", payer="medicare",
        text="""
        67M ESRD on HD MWF (via L arm AVF) 2/2 HTN, h/o gout, c/o L great toe pain/swelling x 2d, woke him
        from sleep, can't wear shoe. No trauma. No fever. Last flare 2024. Not on allopurinol (stopped by
        nephro 2023).
        PE: T 36.9. L 1st MTP erythematous, warm, swollen, exquisitely TTP. Other joints nl. AVF + thrill.
        A/P:
        1. Gout flare (M10.9) - L 1st MTP, clinical dx. No NSAIDs (ESRD); colchicine avoided on HD.
           Prednisone 30 mg daily x 5d. Ice, elevate.
        2. ESRD on HD (N18.6) / HTN - dialysis per nephrology, BP ok today. Discussed with HD unit re: steroid
           and glucose checks.
        F/u 1 wk, call sooner if worse.
        """,
        codes=[
            c("M10.072", "Gout flare (M10.9) - L 1st MTP",
              why="R22: idiopathic gout, left ankle and foot (typed M10.9 less specific than the narrative)"),
            c("I12.0", "ESRD on HD (N18.6) / HTN", "2/2 HTN",
              why="R08: hypertensive CKD with ESRD"),
            c("N18.6", "ESRD on HD (N18.6)", why="R08: use additional code for the CKD stage"),
            c("Z99.2", "ESRD on HD MWF", why="R20: dependence on renal dialysis"),
            c("99214", "A/P:",
              why="R15: moderate MDM - chronic illness with exacerbation, prescription drug management, "
                  "discussion with another team"),
        ],
        skips=[
            skip("No trauma. No fever.", "R01", "negated"),
            skip("Not on allopurinol", "R01", "not on the medication"),
        ],
    ),
    NoteSpec(
        id="dev-x2-17", dos="2026-01-06",
        specialty="family medicine", setting="outpatient", age=55, sex="F", payer="cigna",
        text="""
        CC: LLE swelling

        55F c/o LLE swelling & calf ache x 3d. Flew back from Lisbon 12/30 (9 h flight). No CP, no SOB, no
        hemoptysis. No OCP/HRT. h/o L knee arthroscopy 2019.
        PE: L calf 2 cm > R, mild pitting edema L ankle, calf TTP, no erythema, no cords. Lungs CTA. HR 78,
        SpO2 98%.
        Wells: 1 (moderate). A/P: LLE edema & calf pain, r/o DVT -> venous duplex LLE today at imaging center
        (ordered, STAT); if neg, compression and recheck. Pt instructed to go to ED if CP or SOB.
        """,
        codes=[
            c("R60.0", "LLE edema", why="R03: symptom coded while DVT is only to be ruled out (localized edema)"),
            c("M79.662", "calf pain", "LLE", why="R03: symptom coded (pain in left lower leg)"),
            c("99213", "A/P:",
              why="R15: low MDM - undiagnosed new problem with uncertain prognosis (moderate), one test "
                  "ordered (minimal data), low risk"),
        ],
        skips=[
            skip("r/o DVT", "R03", "rule-out diagnosis, outpatient"),
            skip("No CP, no SOB, no\n        hemoptysis", "R01", "negated"),
            skip("h/o L knee arthroscopy 2019", "R20", "past history not affecting the visit"),
            skip("go to ED if CP or SOB", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-x2-18", dos="2026-02-23",
        specialty="family medicine", setting="outpatient", age=33, sex="M", payer="bcbs",
        text="""
        33M w/ IBS-D, GERD p/w N/V/D x 2d after daughter had same. Vomiting stopped this AM, diarrhea 4-5x/d
        watery, nonbloody. Tolerating fluids. No fever, no abd pain beyond cramps, no travel, no abx.
        Exam: T 37.4, HR 88, BP 122/76, mucous membranes moist. Abd soft, mild diffuse TTP, no RUQ TTP,
        Murphy neg, BS hyperactive, no rebound.
        A: viral gastroenteritis - acute, uncomplicated, no dehydration.
           GERD - stable on omeprazole 20 daily, cont.
        P: ondansetron ODT 4 mg q8h prn #10, oral rehydration, BRAT, work note x 2d. Call if blood in stool,
        fever > 38.5 or unable to keep fluids.
        """,
        codes=[
            c("A08.4", "viral gastroenteritis", why="R22: viral gastroenteritis (viral intestinal infection)"),
            c("K21.9", "GERD - stable on omeprazole 20 daily", why="R20: chronic condition managed"),
            c("99213", "A: viral gastroenteritis",
              why="R15: low MDM - acute uncomplicated illness and a stable chronic illness, prescription drug"),
        ],
        skips=[
            skip("IBS-D", "R20", "history, not addressed"),
            skip("N/V/D x 2d", "R23", "symptoms integral to gastroenteritis"),
            skip("no dehydration", "R01", "negated"),
            skip("no RUQ TTP", "R02", "normal exam"),
            skip("Call if blood in stool", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-x2-19", dos="2026-03-17",
        specialty="urology", setting="outpatient", age=68, sex="M", payer="medicare",
        text="""
        UROLOGY F/U

        68M w/ BPH, no meds so far (watchful waiting since 2024). Now nocturia x3-4, weak stream,
        no hematuria, no retention episodes. IPSS 19 (was 11). No OAB sx of urgency/urge incontinence.
        PSA 2.1 (2/2026), stable.

        In office: UA dip neg (blood/LE/nitrite neg). PVR by bladder scan 95 mL.
        DRE: prostate ~40 g, smooth, non-tender, no nodules.

        A/P:
        BPH w/ LUTS (nocturia, weak stream) - worse, IPSS moderate -> start tamsulosin 0.4 mg qhs, orthostatic
        precautions. Limit evening fluids. RTC 3 mo w/ IPSS + PVR.
        """,
        codes=[
            c("N40.1", "BPH w/ LUTS", why="R22: BPH with lower urinary tract symptoms"),
            c("R35.1", "nocturia x3-4", why="R22: N40.1 use-additional-code for the specified symptom"),
            c("R39.12", "weak stream", why="R22: N40.1 use-additional-code for the specified symptom"),
            c("99214", "A/P:",
              why="R15: moderate MDM - chronic illness with progression, prescription drug started"),
            c("81002", "UA dip neg", why="R19: urinalysis by dipstick performed in the office"),
            c("51798", "PVR by bladder scan 95 mL", why="R18: post-void residual by bladder ultrasound"),
        ],
        skips=[
            skip("No OAB sx of urgency/urge incontinence", "R01", "negated"),
            skip("no hematuria, no retention episodes", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-x2-20", dos="2026-02-05",
        specialty="cardiology", setting="outpatient", age=59, sex="M", payer="aetna",
        text="""
        Cardiology f/u

        59M s/p NSTEMI 08/2025 w/ DES x1 to prox LAD, HLD, former smoker. Since last visit walking 30 min/d,
        cardiac rehab completed 12/2025. No CP, no DOE, no SOB, no palpitations, no syncope. No bleeding.
        Meds: ASA 81, ticagrelor 90 bid, atorvastatin 80, metoprolol succinate 25.
        Exam: BP 118/72, HR 58. RRR, no m/r/g. No JVD. No edema.
        ECG today: SB 58, no acute ST-T changes, no Q waves.
        Echo 9/2025: EF 55%.
        LDL 52 (1/2026).

        A/P:
        1. CAD s/p NSTEMI/PCI, no angina - DAPT until 08/2026 then ASA alone; cont BB, statin.
        2. HLD - at goal on high-intensity statin.
        RTC 6 mo.
        """,
        codes=[
            c("I25.10", "CAD s/p NSTEMI/PCI, no angina", why="R22: native coronary atherosclerosis without angina"),
            c("I25.2", "s/p NSTEMI 08/2025", why="R20: old MI (more than 4 weeks before the visit, no symptoms)"),
            c("E78.5", "HLD - at goal on high-intensity statin", why="R20: chronic condition managed"),
            c("Z95.5", "DES x1 to prox LAD", why="R20: presence of coronary stent"),
            c("Z79.02", "ticagrelor 90 bid", why="R10: long-term antiplatelet"),
            c("Z79.82", "ASA 81", why="R10: long-term aspirin"),
            c("Z87.891", "former smoker", why="R06: personal history of nicotine dependence"),
            c("99214", "A/P:",
              why="R15: moderate MDM - two stable chronic illnesses, prescription drug management"),
            c("93000", "ECG today", why="R18: ECG with interpretation performed in the office"),
        ],
        skips=[
            skip("No CP, no DOE, no SOB, no palpitations, no syncope", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-x2-21", dos="2026-04-22",
        specialty="rheumatology", setting="outpatient", age=57, sex="F", payer="uhc",
        text="""
        Rheum f/u

        Dx list: RA (M06.9); DJD b/l knees (M17.0); HTN (I10) - PCP manages.

        57F RF+/anti-CCP+ RA (dx 2021) on MTX 15 mg PO weekly + folic acid 1 mg daily. AM stiffness 20 min,
        no synovitis flares since 10/2025. Knees ache w/ stairs, no swelling. MTX tolerated, no mouth sores.
        Labs 4/15: CBC nl, AST/ALT 22/19, Cr 0.7.
        Exam: no synovitis MCPs/PIPs/wrists b/l. Knees: crepitus b/l, no effusion, ROM full.
        CDAI 4 (low activity).

        A/P:
        RA, seropositive, polyarticular (hands/wrists), low disease activity - cont MTX 15 mg weekly + FA;
        CBC/CMP q3 mo for MTX toxicity monitoring.
        DJD b/l knees - acetaminophen prn, quad strengthening HEP.
        RTC 3 mo.
        """,
        codes=[
            c("M05.79", "RA, seropositive, polyarticular", "RF+/anti-CCP+",
              why="R22: rheumatoid arthritis with rheumatoid factor, multiple sites, no organ involvement "
                  "(typed M06.9 is the seronegative/unspecified category, replaced by the narrative)"),
            c("M17.0", "DJD b/l knees - acetaminophen prn", why="R11: bilateral primary osteoarthritis of knee"),
            c("Z79.631", "MTX 15 mg PO weekly", why="R10: long-term methotrexate (antimetabolite)"),
            c("99214", "A/P:",
              why="R15: moderate MDM - two stable chronic illnesses; drug therapy requiring intensive monitoring "
                  "for toxicity (high risk)"),
        ],
        skips=[
            skip("HTN (I10) - PCP manages", "R20", "not addressed at this visit"),
            skip("no mouth sores", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-x2-22", dos="2026-05-28",
        specialty="neurology", setting="outpatient", age=44, sex="F", payer="cigna",
        text="""
        Neuro f/u - HA

        44F w/ migraine w/o aura since teens, h/o TIA 2022 (R arm numbness 20 min, MRI neg, on ASA 81 since).
        HA freq now 8/mo (was 3-4/mo), throbbing, photophobia, N w/o V, each < 24 h, resolves w/ sleep +
        acetaminophen. No aura, no focal deficits. Not intractable. Headache diary reviewed.
        Neuro exam nonfocal, fundi nl.

        Impression: migraine w/o aura, increasing frequency; triptans avoided given TIA hx.
        Plan: start topiramate 25 mg qhs, titrate to 50 mg bid over 4 wk; continue ASA 81. Avoid acetaminophen
        > 10 d/mo (MOH risk). RTC 8 wk.
        """,
        codes=[
            c("G43.009", "migraine w/o aura, increasing frequency",
              why="R22: migraine without aura, documented not intractable, no status migrainosus"),
            c("Z86.73", "h/o TIA 2022", why="R06: history of TIA affects treatment choice (triptans avoided)"),
            c("Z79.82", "ASA 81", why="R10: long-term aspirin"),
            c("99214", "Impression:",
              why="R15: moderate MDM - chronic illness with progression, prescription drug started"),
        ],
        skips=[
            skip("No aura, no focal deficits", "R01", "negated"),
            skip("MOH risk", "R07", "risk only"),
            skip("N w/o V", "R23", "nausea integral to migraine"),
        ],
    ),
    NoteSpec(
        id="dev-x2-23", dos="2026-01-20",
        specialty="pulmonology", setting="outpatient", age=71, sex="M", payer="medicare",
        text="""
        patient is a 71-year-old gentleman with chronic obstructive pulmonary disease who comes in with 4 days of
        increased shortness of breath and cough productive of yellow green sputum comma using his albuterol
        inhaler 5 to 6 times a day period he quit smoking in 2015 after 40 pack years period no fever no chest
        pain period on exam he is speaking in full sentences oxygen saturation 91% on room air wheezes
        bilaterally with prolonged expiration no accessory muscle use period he was given a duo neb
        ipratropium albuterol 0.5/2.5 mg nebulizer treatment in the office with improvement saturation up to
        94% and wheezes decreased period assessment chronic obstructive pulmonary disease with acute
        exacerbation period plan prednisone 40 mg daily for 5 days doxycycline 100 mg twice daily for 5 days
        continue tiotropium period he will call if worse or go to the ER if short of breath at rest period
        follow up 1 week period
        """,
        codes=[
            c("J44.1", "chronic obstructive pulmonary disease with acute\n        exacerbation",
              why="R22: COPD with acute exacerbation"),
            c("Z87.891", "quit smoking in 2015 after 40 pack years", why="R06: former smoker"),
            c("99214", "assessment chronic obstructive pulmonary disease", mods=["25"],
              why="R15: moderate MDM - chronic illness with exacerbation, prescription drug management; 25 with "
                  "the nebulizer treatment"),
            c("94640", "duo neb\n        ipratropium albuterol 0.5/2.5 mg nebulizer treatment in the office",
              why="R18: nebulizer treatment performed"),
            c("J7620", "ipratropium albuterol 0.5/2.5 mg", units=1,
              why="R24: albuterol up to 2.5 mg with ipratropium up to 0.5 mg, unit dose"),
        ],
        skips=[
            skip("no fever no chest\n        pain", "R01", "negated"),
            skip("go to the ER if short of breath at rest", "R07", "conditional"),
            skip("increased shortness of breath", "R23", "integral to the COPD exacerbation"),
        ],
    ),
    NoteSpec(
        id="dev-x2-24", dos="2026-06-09",
        specialty="internal medicine", setting="outpatient", age=66, sex="F", payer="medicare",
        text="""
        PRE-OPERATIVE EVALUATION

        Procedure: R total knee arthroplasty (Dr. Fairweather, ortho), scheduled 6/30/2026
        Indication: DJD R knee, failed injections/PT

        Cardiac hx:  CAD [ ]  CHF [ ]  Arrhythmia [ ]  Valve dz [ ]   None [x]
        Pulm hx:     COPD [ ]  Asthma [ ]  OSA [ ]   None [x]
        Functional capacity >= 4 METs:  Yes [x]  No [ ]
        Prior anesthesia problems:       Yes [ ]  No [x]
        Bleeding disorder:               Yes [ ]  No [x]

        PMH: HTN on lisinopril 20 + HCTZ 12.5. DJD R knee.
        ROS: neg CP/SOB/palpitations/syncope/orthopnea/edema.
        PE: BP 134/80 / HR 70 / BMI 28.9. Heart RRR no murmur / lungs clear / R knee crepitus, varus, no effusion.
        ECG in office today: NSR 70, normal axis, no ischemic changes - my read.
        Labs 6/2: CBC, BMP normal, K 4.1.

        Assessment:
        1. Pre-op eval for R TKA - acceptable risk (RCRI 0), no further cardiac testing.
        2. DJD R knee - surgery as planned.
        3. HTN - controlled. Hold HCTZ and lisinopril AM of surgery, resume post-op when eating.
        """,
        codes=[
            c("Z01.818", "Pre-op eval for R TKA", why="R21: preprocedural examination first (IV.M)"),
            c("M17.11", "DJD R knee - surgery as planned", why="R11: unilateral primary osteoarthritis, right knee"),
            c("I10", "HTN - controlled", why="R20: chronic condition managed (medication held peri-operatively)"),
            c("99214", "Assessment:",
              why="R15: moderate MDM - two stable chronic illnesses, prescription drug management"),
            c("93000", "ECG in office today", why="R18: ECG with interpretation performed in the office"),
        ],
        skips=[
            skip("None [x]", "R01", "checkbox: no cardiac history"),
            skip("neg CP/SOB/palpitations/syncope/orthopnea/edema", "R02", "ROS negatives"),
        ],
    ),
]
