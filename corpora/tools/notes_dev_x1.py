"""Dev notes dev-x1-01.. (issue #3, helper J): real-world EHR export FORMATS rather than tidy prose.

Single-letter SOAP headings, ALL-CAPS transcription, EHR "Encounter Diagnoses"/"Visit Diagnoses" blocks with
typed codes (some wrong or less specific than the narrative: the coder codes from the documentation, see
corpora/README.md Decisions), vitals/lab tables with H/L flags and reference ranges, medication tables with
columns, problem lists with ICD codes and Noted/Resolved dates, unfilled smart phrases ("***", "@NAME@"),
checkbox ROS, "Pertinent negatives:", addenda, nursing triage before the provider note, copy-forward text,
quoted patient-portal messages, OCR-like noise (hyphenation across lines, form feeds, double spaces, non-ASCII
bullets and smart quotes), Windows line endings, a telephone (audio-only) encounter and a very long note.
Gold written before the engine ran on them.

First run (HEAD 178dfd8 plus others' uncommitted nlp/context.py, suggest/*.py edits; 22 notes, gold as first
written): ICD-10-CM P=0.769 R=0.893 F1=0.826 (evidence F1 0.810); procedures P=0.759 R=0.786 F1=0.772 (evidence
F1 0.632); E/M exact 17/19. Evidence offsets exact (text == note_text[start:end]) for every suggestion, including
the CRLF note (x1-14) and the non-ASCII ones.
Causes: FORMAT - typed "Encounter/Visit Diagnoses" lines coded as written though the narrative contradicts them
(x1-16 J02.0, x1-18 I25.10, x1-22 C44.311); a section headed "Assessment (copied from 3/2/2026)" read as today's
assessment (x1-11 M54.50); non-breaking hyphen U+2011 in "PHQ-9"/"GAD-7" (x1-19 96127 missed); line-end
hyphenation "hyperten-/sion" (x1-13 I10 missed); "w/o missed doses" not read as a negation (x1-01 two
underdosing codes); "(sent)" after a test, "x-ray today" (ordered) taken as performed (x1-07 81025, x1-09 71046);
ALL-CAPS procedure paragraph and a "P:" cryotherapy line not found as performed (x1-02 20610, x1-22 17000/17003,
so an E/M appeared instead). CONTENT - "chronic obstructive pulmonary disease with acute exacerbation" spelled
out -> J44.9 not J44.1 (x1-13); "internal hemorrhoids" K64.8 beside the graded K64.1 (x1-14); "influenza ...
vaccines" -> J10.1, "no hypoglycemia since ..." -> E11.649, "pack-years" of a former smoker -> F17.210 (Z87.891
missed), personal history of colon polyps Z86.0100 missed (x1-17); ED laceration repair given an E/M (x1-10
99283, lidocaine counted as prescription drug management); "new" diabetic complication not read as progression
(x1-12 99213 vs 99214); a past, resolved gap in metformin read as current underdosing (x1-04 T38.3X6A; gold
leaves it: the provider does not link it). GOLD ERRORS corrected after the first run: x1-08 influenza with fever
and body aches is an acute uncomplicated illness under AMA's definition (systemic general symptoms of a minor
illness) -> 99213, not 99214; x1-17 the mother's type 2 diabetes and hypertension are the same conditions as
the problems addressed -> Z83.3 and Z82.49 per the project's family-history Decision.
After this batch's fixes (cb8bc09 typography/copy-forward/COPD, 09e1c75 + 2746636 typed pick lists, 6413709
hyphenation/CR LF/'w/o', d21a524 'cap refill'; corrected gold; others' concurrent edits included): ICD-10-CM
P=0.903 R=0.966 F1=0.933 (evidence F1 0.917); procedures P=0.742 R=0.821 F1=0.780; E/M 18/19. In a paired run
(same tree with these commits reverted) no code changed on any dev note outside x1. Still wrong: I25.10 typed
beside a negated narrative mention the matcher does not produce (x1-18); procedure detection (x1-02 20610 from an
ALL-CAPS 'injected via a superolateral approach' paragraph, x1-22 a 'P:' cryotherapy line, x1-07 81003 from
'non-automated' and 81025 from a '(sent)' test, x1-09 71046 for an x-ray ordered 'today'); x1-10 ED E/M beside
the repair; x1-12 a new diabetic complication not read as progression; x1-14 K64.8 beside K64.1; x1-17
'influenza' alone -> J10.1 (the 'a' of 'influenza a' is a stop word), 'pack-years' of a former smoker -> F17.210,
'the earlier hypoglycemia' -> E11.649, Z86.0100 dropped, a mother's stroke -> Z82.3.
"""

from corpora.tools.spec import NoteSpec, c, skip


def _crlf(spec: NoteSpec) -> NoteSpec:
    """Windows export: every line ends with CR LF (after the usual dedent)."""
    spec.text = spec.text.replace("\n", "\r\n")
    return spec


NOTES = [
    NoteSpec(
        id="dev-x1-01", dos="2026-03-09",
        specialty="family medicine", setting="outpatient", age=52, sex="F", payer="bcbs",
        text="""
        S: 52 y/o F here for 3 mo f/u of BP and thyroid. Checks BP at home, runs 120s-130s/80s. Taking
        lisinopril 20 daily and levothyroxine 75 mcg w/o missed doses. Denies CP, palpitations, HA, edema.
        Energy ok, no cold intolerance, no wt change.
        O: BP 134/82, HR 70, Wt 71 kg. Neck supple, no thyromegaly. RRR. Lungs clear. No LE edema.
           TSH 2.1 (0.4-4.0) drawn last wk.
        A: 1. Essential hypertension - controlled.
           2. Hypothyroidism - euthyroid on current dose.
        P: 1. Refill lisinopril 20 mg x90d w/ 3 RF.
           2. Refill levothyroxine 75 mcg; TSH again in 12 mo.
           RTC 6 mo, sooner prn.
        """,
        codes=[
            c("I10", "Essential hypertension - controlled", why="R20: chronic condition managed at the visit"),
            c("E03.9", "Hypothyroidism - euthyroid on current dose", why="R20: chronic condition managed"),
            c("99214", "A: 1. Essential hypertension",
              why="R15: moderate MDM - two stable chronic illnesses, prescription drug management"),
        ],
        skips=[
            skip("Denies CP, palpitations, HA, edema", "R01", "negated"),
            skip("no thyromegaly", "R02", "normal exam"),
        ],
    ),
    NoteSpec(
        id="dev-x1-02", dos="2026-02-17",
        specialty="orthopedics", setting="outpatient", age=61, sex="M", payer="aetna",
        text="""
        ORTHOPAEDIC CLINIC NOTE -- DICTATED, NOT READ

        HISTORY OF PRESENT ILLNESS: THE PATIENT IS A 61-YEAR-OLD MALE WELL KNOWN TO OUR CLINIC WITH
        PRIMARY OSTEOARTHRITIS OF THE RIGHT KNEE WHO RETURNS FOR HIS SCHEDULED INJECTION. LAST INJECTION
        WAS IN SEPTEMBER WITH ABOUT FOUR MONTHS OF RELIEF. NO NEW INJURY. NO FEVER. HE DENIES LEFT KNEE
        SYMPTOMS.

        PHYSICAL EXAMINATION: RIGHT KNEE WITH SMALL EFFUSION, MEDIAL JOINT LINE TENDERNESS, CREPITUS.
        NO ERYTHEMA OR WARMTH. LIGAMENTS STABLE.

        PROCEDURE: AFTER VERBAL CONSENT AND TIME-OUT, THE RIGHT KNEE WAS PREPPED WITH CHLORHEXIDINE AND
        INJECTED VIA A SUPEROLATERAL APPROACH WITH 40 MG OF TRIAMCINOLONE ACETONIDE (KENALOG) AND 4 ML OF
        1% LIDOCAINE. NO ULTRASOUND GUIDANCE. TOLERATED WELL, NO COMPLICATIONS.

        IMPRESSION AND PLAN:
        1. PRIMARY OSTEOARTHRITIS, RIGHT KNEE. STATUS POST CORTICOSTEROID INJECTION TODAY. ICE, ACTIVITY
           AS TOLERATED. NEXT INJECTION NO SOONER THAN 3 MONTHS. IF RELIEF CONTINUES TO SHORTEN, WE WILL
           DISCUSS TOTAL KNEE ARTHROPLASTY.

        D: 02/17/2026  T: 02/18/2026  JOB# 4471902
        """,
        codes=[
            c("M17.11", "PRIMARY OSTEOARTHRITIS, RIGHT KNEE", why="R11/R22: unilateral primary OA, right knee"),
            c("20610", "INJECTED VIA A SUPEROLATERAL APPROACH", mods=["RT"],
              why="R18: major joint injection without ultrasound guidance; decision for the procedure, no E/M"),
            c("J3301", "40 MG OF TRIAMCINOLONE ACETONIDE", units=4, why="R24: triamcinolone 40 mg = 4 x 10 mg"),
        ],
        skips=[
            skip("NO FEVER", "R01", "negated"),
            skip("HE DENIES LEFT KNEE\n        SYMPTOMS", "R01", "negated"),
            skip("WE WILL\n           DISCUSS TOTAL KNEE ARTHROPLASTY", "R07", "conditional plan"),
        ],
    ),
    NoteSpec(
        id="dev-x1-03", dos="2026-01-27",
        specialty="internal medicine", setting="outpatient", age=66, sex="M", payer="medicare", minutes=32,
        text="""
        Progress Note

        66M here for diabetes and kidney follow-up. Home sugars 110-150 fasting. Metformin 500 mg bid
        (dose reduced last fall for eGFR). Lisinopril 10 mg daily for BP. No hypoglycemia.

        Labs 1/20/26: A1c 6.9 %, creatinine 1.48, eGFR 52, urine albumin/creatinine 85 mg/g.
        BP 132/78.

        Assessment/Plan:
        Type 2 diabetes with diabetic chronic kidney disease, CKD stage 3a (eGFR 52, albuminuria) - A1c
        at goal. Continue metformin at the renal dose; start empagliflozin 10 mg daily for renal protection.
        Hypertension with CKD - controlled, continue lisinopril.
        Recheck BMP in 4 weeks.

        Total time on the date of the encounter: 32 minutes.

        Encounter Diagnoses
        Code      Name
        E11.9     Type 2 diabetes mellitus without complications
        N18.9     Chronic kidney disease, unspecified
        I10       Essential (primary) hypertension
        """,
        codes=[
            c("E11.22", "Type 2 diabetes with diabetic chronic kidney disease",
              why="R09: the narrative documents the diabetic CKD; the typed E11.9 is not what the note supports"),
            c("I12.9", "Hypertension with CKD",
              why="R08: hypertension with CKD presumed linked; replaces the typed I10"),
            c("N18.31", "CKD stage 3a", why="R22: stage from the narrative, not the typed N18.9"),
            c("Z79.84", "Metformin 500 mg bid", why="R10: long-term oral hypoglycemic"),
            c("99214", "Total time on the date of the encounter: 32 minutes", why="R14: established, 32 minutes"),
        ],
        skips=[
            skip("E11.9     Type 2 diabetes mellitus without complications", "R22",
                 "typed code less specific than the documentation"),
            skip("I10       Essential (primary) hypertension", "R08", "typed code conflicts with I12.9"),
            skip("No hypoglycemia", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-x1-04", dos="2026-04-06",
        specialty="endocrinology", setting="outpatient", age=58, sex="F", payer="uhc",
        text="""
        Diabetes follow-up

        Interval: ran out of metformin for 3 weeks in February, back on 1000 mg bid since. HCTZ 25 mg for BP.

        VITALS
        BP        148/86  (H)
        Pulse     78
        Wt        92.4 kg
        BMI       34.1

        RESULTS (03/30/2026)
        Test                 Result    Flag   Ref range
        Hemoglobin A1c       8.9 %     H      4.0-5.6
        Glucose, fasting     188       H      70-99 mg/dL
        Potassium            3.1       L      3.5-5.1 mmol/L
        Creatinine           0.82             0.57-1.00 mg/dL
        ALT                  58        H      0-32 U/L
        LDL cholesterol      162       H      <100 mg/dL
        TSH                  2.30             0.45-4.50 uIU/mL

        A/P
        1. Type 2 diabetes mellitus with hyperglycemia - A1c up from 7.6. Add semaglutide 0.25 mg weekly,
           titrate monthly; continue metformin.
        2. Hypokalemia - on HCTZ. Start KCl 20 mEq daily, recheck BMP 2 weeks.
        3. Hyperlipidemia - LDL above goal; start atorvastatin 20 mg.
        Blood pressure recheck at next visit.
        """,
        codes=[
            c("E11.65", "Type 2 diabetes mellitus with hyperglycemia", why="R09/R22: diabetes with hyperglycemia"),
            c("E87.6", "Hypokalemia - on HCTZ", why="R20: treated (KCl started)"),
            c("E78.5", "Hyperlipidemia - LDL above goal", why="R20: treated (statin started)"),
            c("Z79.84", "back on 1000 mg bid", "continue metformin", why="R10: long-term oral hypoglycemic"),
            c("Z79.85", "semaglutide 0.25 mg weekly", why="R10: long-term injectable non-insulin antidiabetic"),
            c("99214", "A/P",
              why="R15: moderate MDM - chronic illness with progression, prescription drug management"),
        ],
        skips=[
            skip("ALT                  58        H", "R20",
                 "abnormal lab value the provider does not address (Section III.B / IV)"),
            skip("BMI       34.1", "R22", "no weight diagnosis documented by the provider"),
            skip("BP        148/86  (H)", "R20", "flagged vital sign, not a diagnosis"),
        ],
    ),
    NoteSpec(
        id="dev-x1-05", dos="2026-05-12",
        specialty="cardiology", setting="outpatient", age=74, sex="M", payer="medicare", minutes=31,
        text="""
        CARDIOLOGY FOLLOW-UP

        Reason for visit: atrial fibrillation

        Current Outpatient Medications
        Medication                     Dose     Sig              Status
        apixaban (ELIQUIS)             5 mg     1 tab PO BID     Active
        metoprolol succinate (TOPROL)  50 mg    1 tab PO daily   Active
        atorvastatin (LIPITOR)         40 mg    1 tab PO qHS     Active
        clopidogrel (PLAVIX)           75 mg    1 tab PO daily   Discontinued 01/2026

        No bleeding on apixaban. Occasional palpitations with exertion, no syncope. Holter last month:
        AF throughout, average rate 78.

        BP 128/74, HR 76 irregularly irregular.

        Impression:
        - Persistent atrial fibrillation, rate controlled. CHA2DS2-VASc 3. Continue apixaban and metoprolol.
        - Essential hypertension, stable.
        Return 6 months.

        Total time 31 minutes including Holter review.
        """,
        codes=[
            c("I48.19", "Persistent atrial fibrillation", why="R22: other persistent atrial fibrillation"),
            c("I10", "Essential hypertension, stable", why="R20: chronic condition addressed"),
            c("Z79.01", "apixaban (ELIQUIS)", why="R10: long-term anticoagulant"),
            c("99214", "Total time 31 minutes", why="R14: established, 31 minutes"),
        ],
        skips=[
            skip("clopidogrel (PLAVIX)", "R10", "discontinued drug: no Z79.02"),
            skip("No bleeding on apixaban", "R01", "negated"),
            skip("no syncope", "R01", "negated"),
            skip("Occasional palpitations", "R23", "symptom of the atrial fibrillation"),
        ],
    ),
    NoteSpec(
        id="dev-x1-06", dos="2026-02-24",
        specialty="family medicine", setting="outpatient", age=44, sex="F", payer="cigna",
        text="""
        PROBLEM LIST
        Active Problems:
          Essential hypertension (I10)                                 Noted: 04/12/2019
          Gastro-esophageal reflux disease without esophagitis (K21.9) Noted: 2020
          Prediabetes (R73.03)                                         Noted: 06/2023
        Resolved Problems:
          Acute bronchitis (J20.9)             Noted: 11/04/2024   Resolved: 12/01/2024
          Sprain of left ankle (S93.402A)      Noted: 03/2025      Resolved: 05/2025

        Chief complaint: sinus pressure 12 days

        HPI: facial pressure over both cheeks, purulent nasal drainage, upper tooth ache for 12 days, got
        worse after initially improving. Low-grade temps at home. No vision change, no neck stiffness.

        Exam: T 37.8. Maxillary sinus tenderness bilaterally, purulent drainage in the nares. TMs clear.
        BP 126/80.

        Assessment and plan:
        Acute maxillary sinusitis - amoxicillin-clavulanate 875 mg bid x 7 days, saline rinses.
        Hypertension - BP at goal today; continue amlodipine 5 mg.
        """,
        codes=[
            c("J01.00", "Acute maxillary sinusitis", why="R22: acute maxillary sinusitis, not recurrent"),
            c("I10", "Hypertension - BP at goal today", why="R20: chronic condition addressed"),
            c("99213", "Assessment and plan",
              why="R15: low MDM - acute uncomplicated illness and a stable chronic illness, prescription drug"),
        ],
        skips=[
            skip("Acute bronchitis (J20.9)", "R20", "resolved problem-list entry"),
            skip("Sprain of left ankle (S93.402A)", "R20", "resolved problem-list entry"),
            skip("Gastro-esophageal reflux disease without esophagitis (K21.9)", "R20", "not addressed"),
            skip("Prediabetes (R73.03)", "R20", "not addressed"),
            skip("No vision change, no neck stiffness", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-x1-07", dos="2026-03-18",
        specialty="family medicine", setting="outpatient", age=27, sex="F", payer="bcbs",
        text="""
        @NAME@ is a @AGE@ @SEX@ who presents with dysuria.

        Chief Complaint: ***

        HPI: Burning with urination and frequency x2 days. No flank pain, no fever, no vaginal discharge.
        LMP 3/5/2026, sexually active, condoms. ***

        ROS: ***
        Allergies: @ALLERGY@
        Current meds: none

        Exam: afebrile, no CVA tenderness, mild suprapubic tenderness.

        POC urinalysis (dipstick, non-automated, no microscopy): leukocyte esterase 2+, nitrite positive,
        blood negative, protein trace. Urine hCG negative (sent).

        Assessment/Plan:
        Acute cystitis without hematuria - nitrofurantoin 100 mg bid x5 days. Urine culture sent.
        Return if fever or flank pain.
        @SIGNATURE@
        """,
        codes=[
            c("N30.00", "Acute cystitis without hematuria", why="R22: acute cystitis, no hematuria"),
            c("81002", "POC urinalysis (dipstick, non-automated, no microscopy)",
              why="R19: dipstick urinalysis performed in the office"),
            c("99213", "Assessment/Plan",
              why="R15: low MDM - acute uncomplicated illness; prescription drug management"),
        ],
        skips=[
            skip("No flank pain, no fever, no vaginal discharge", "R01", "negated"),
            skip("Return if fever or flank pain", "R07", "conditional"),
            skip("Urine culture sent", "R19", "sent-out test"),
        ],
    ),
    NoteSpec(
        id="dev-x1-08", dos="2026-01-14",
        specialty="urgent care", setting="outpatient", age=38, sex="M", payer="uhc",
        text="""
        URGENT CARE VISIT

        Subjective: fever, body aches and dry cough since yesterday; wife had flu last week.

        Review of Systems:
        Constitutional: [x] fever [ ] chills [x] fatigue [ ] weight loss
        Respiratory:    [x] cough [ ] shortness of breath [ ] wheezing [ ] hemoptysis
        GI:             [ ] nausea [ ] vomiting [ ] diarrhea
        MSK:            [x] myalgias [ ] joint swelling

        Pertinent negatives: no neck stiffness, no chest pain, no rash.

        Objective: T 38.9 C, HR 104, RR 18, SpO2 97% RA. Lungs clear. Pharynx mildly red.
        Rapid influenza A/B antigen in clinic: influenza A POSITIVE, influenza B negative.

        Assessment: Influenza A with fever, myalgias and cough.
        Plan: oseltamivir 75 mg bid x5 days, fluids, acetaminophen. Work note 3 days.
        """,
        codes=[
            c("J10.1", "Influenza A with fever, myalgias and cough",
              why="R22: influenza due to an identified (type A) virus with other respiratory manifestations"),
            c("87804", "Rapid influenza A/B antigen in clinic", units=2,
              why="R19: performed in clinic; one unit per analyte"),
            c("99213", "Assessment",
              why="R15: low MDM - influenza with fever and body aches is an acute uncomplicated illness (AMA: "
                  "systemic general symptoms of a minor illness), test reviewed; prescription drug management"),
        ],
        skips=[
            skip("[ ] chills", "R02", "unchecked ROS box"),
            skip("[ ] shortness of breath", "R02", "unchecked ROS box"),
            skip("no neck stiffness, no chest pain, no rash", "R01", "pertinent negatives"),
            skip("[x] myalgias", "R23", "integral to influenza"),
        ],
    ),
    NoteSpec(
        id="dev-x1-09", dos="2026-02-05",
        specialty="internal medicine", setting="outpatient", age=57, sex="F", payer="aetna", minutes=24,
        text="""
        Office Visit

        Cough for 2 weeks, now productive of yellow sputum, with low fevers and right-sided pleuritic pain.
        Nonsmoker. No recent travel, no sick contacts.

        T 38.1, HR 96, RR 20, SpO2 95%. Crackles right base.

        A/P: Cough with fever and right basilar crackles, rule out pneumonia - PA/lateral chest x-ray today.
        Will call with result.

        Total time today 24 minutes, including the follow-up call below.

        Addendum 14:32: Chest x-ray reviewed - right lower lobe consolidation. Diagnosis: community-acquired
        pneumonia, right lower lobe. Called patient; doxycycline 100 mg bid x7 days sent to pharmacy. Return
        precautions reviewed.
        """,
        codes=[
            c("J18.9", "community-acquired\n        pneumonia, right lower lobe",
              why="R22: pneumonia, organism not documented (J18.9; lobe not a separate code); the addendum "
                  "establishes the diagnosis, cough and fever are integral (R23)"),
            c("99213", "Total time today 24 minutes", why="R14: established, 24 minutes on the date"),
        ],
        skips=[
            skip("rule out pneumonia", "R03", "superseded by the confirmed diagnosis in the addendum"),
            skip("No recent travel, no sick contacts", "R01", "negated"),
            skip("Cough for 2 weeks", "R23", "integral to pneumonia"),
        ],
    ),
    NoteSpec(
        id="dev-x1-10", dos="2026-06-20",
        specialty="emergency medicine", setting="outpatient", age=34, sex="M", payer="bcbs", pos="23",
        text="""
        TRIAGE NOTE - RN 19:05
        34 yo M ambulatory to triage c/o laceration R palm from kitchen knife while cutting bagel, ~30 min
        ago. Bleeding controlled w/ pressure. Pain 6/10. Last tetanus 2023 per pt. Denies numbness.
        BP 152/94 (H)  HR 98  RR 16  SpO2 99%  T 36.8
        ESI 4. To fast track.

        ED PROVIDER NOTE 19:40
        HPI: 34M with a clean knife cut to the right palm this evening. Full finger movement, no numbness.
        Tetanus up to date (2023).
        Exam: 2.0 cm linear laceration of the right palm, thenar eminence, no foreign body on exploration,
        tendons intact with full flexion/extension against resistance, sensation intact distally, cap refill
        < 2 s.
        Procedure: irrigated with 250 mL saline, 1% lidocaine local; simple single-layer closure, five 4-0
        nylon interrupted sutures. Total length 2.0 cm.
        BP recheck 128/80 - elevated at triage from pain.
        MDM/Dx: Laceration of right hand without foreign body, simple repair. Suture removal in 10-14 days.
        """,
        codes=[
            c("S61.411A", "Laceration of right hand without foreign body",
              why="R12/R11: laceration without foreign body, right hand, initial encounter"),
            c("12001", "simple single-layer closure", "Total length 2.0 cm",
              why="R18: simple repair of an extremity (hand) wound, 2.5 cm or less; no separate E/M"),
        ],
        skips=[
            skip("BP 152/94 (H)", "R20", "triage reading explained by pain, not diagnosed"),
            skip("Denies numbness", "R01", "negated"),
            skip("no foreign body on exploration", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-x1-11", dos="2026-06-02",
        specialty="neurology", setting="outpatient", age=33, sex="F", payer="cigna",
        text="""
        NEUROLOGY FOLLOW-UP

        HPI (copied from 3/2/2026): 33F with migraine with visual aura since her teens, recently 6 headache
        days a month, each lasting a day, responding to sumatriptan. Started topiramate 25 mg nightly,
        titrating to 50 mg bid. Also low back pain after moving house, PT referral placed.

        Interval history 6/2/2026: now 2 headache days a month, aura before each, sumatriptan works within
        an hour. Mild finger tingling on topiramate, tolerable. Back pain resolved, finished PT.

        Exam: neuro exam nonfocal, fundi normal.

        Assessment (copied from 3/2/2026):
        1. Migraine with aura - start topiramate.
        2. Low back pain - PT.

        Assessment today:
        Migraine with aura, not intractable, without status migrainosus - much improved on topiramate,
        continue 50 mg bid and sumatriptan prn. Follow up 6 months.
        """,
        codes=[
            c("G43.109", "Migraine with aura, not intractable, without status migrainosus",
              why="R22: migraine with aura, not intractable, without status migrainosus"),
            c("99213", "Assessment today",
              why="R15: low MDM - one stable chronic illness; prescription drug management"),
        ],
        skips=[
            skip("2. Low back pain - PT.", "R20", "copied-forward item from an earlier visit, resolved"),
            skip("Back pain resolved", "R20", "resolved"),
            skip("Mild finger tingling on topiramate", "R20", "tolerated effect, not diagnosed"),
        ],
    ),
    NoteSpec(
        id="dev-x1-12", dos="2026-03-03",
        specialty="family medicine", setting="outpatient", age=63, sex="M", payer="medicare",
        text="""
        Visit for numb feet

        Patient portal message received 2/20/2026, quoted:
        > "Dr. Okafor, my feet have been numb and tingly at night for a couple of months, especially my toes.
        > Also I think my gout is coming back in my big toe?? Can I get in to be seen?"

        63M with type 2 diabetes on metformin 1000 mg bid, A1c 7.4 in January. Burning and numbness both feet
        to the ankles, worse at night. Big toe was sore for one day after a long walk, better now.

        Exam: monofilament absent at 6 of 10 sites bilaterally, vibration reduced at the great toes, ankle
        reflexes absent. Great toes: no swelling, no redness, no tenderness. Pedal pulses 2+.

        Assessment:
        1. Type 2 diabetes mellitus with diabetic polyneuropathy - new. Start gabapentin 100 mg at bedtime,
           titrate. Continue metformin. Daily foot checks, podiatry referral.
        2. Toe pain after walking, resolved; no gout on exam today.
        """,
        codes=[
            c("E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy",
              why="R09: diabetes with polyneuropathy combination code"),
            c("Z79.84", "metformin 1000 mg bid", why="R10: long-term oral hypoglycemic"),
            c("99214", "Assessment:",
              why="R15: moderate MDM - chronic illness with progression (new complication), prescription drug"),
        ],
        skips=[
            skip("I think my gout is coming back", "R03", "patient's own guess in a portal message"),
            skip("no gout on exam today", "R01", "negated"),
            skip("numb and tingly at night", "R23", "integral to the diabetic polyneuropathy"),
        ],
    ),
    NoteSpec(
        id="dev-x1-13", dos="2026-01-22",
        specialty="pulmonology", setting="outpatient", age=69, sex="F", payer="medicare",
        text="""
        PULMONARY  CLINIC   --  scanned  document  p.1

        Reason for visit:  worse  breathing  x 5 days

        69  yo  woman  with  chronic  obstructive  pulmo-
        nary  disease  (FEV1  48 %  in  2025),  former  smoker  (quit  2015,  40  pack-years).  Since  a
        cold  last  week  more  dyspnea,  sputum  now  green,  using  albuterol  6x/day.  No  fever.
        \f
        PULMONARY  CLINIC   --  scanned  document  p.2

        Exam:  SpO2  91 %  RA,  diffuse  expiratory  wheeze,  prolonged  expiration,  no  accessory
        muscle  use.  BP  136/84.

        Impression:
        •  Chronic  obstructive  pulmonary  disease  with  acute  exacerbation  –  prednisone  40  mg
           daily  x  5  days,  azithromycin  x  5  days;  continue  tiotropium.
        •  Essential  hyperten-
           sion  –  controlled  on  amlodipine,  no  change.
        •  Former  smoker  –  congratulated,  remains  abstinent.
        Follow  up  2  weeks  or  sooner  if  worse.
        """,
        codes=[
            c("J44.1", "Chronic  obstructive  pulmonary  disease  with  acute  exacerbation",
              why="R22: COPD with acute exacerbation"),
            c("I10", "Essential  hyperten-\n           sion", why="R20: chronic condition addressed"),
            c("Z87.891", "former  smoker  (quit  2015", why="R06: former smoker"),
            c("99214", "Impression:",
              why="R15: moderate MDM - chronic illness with exacerbation, prescription drug management"),
        ],
        skips=[
            skip("No  fever", "R01", "negated"),
            skip("no  accessory\n        muscle  use", "R02", "normal exam"),
            skip("sooner  if  worse", "R07", "conditional"),
        ],
    ),
    _crlf(NoteSpec(
        id="dev-x1-14", dos="2026-04-21",
        specialty="gastroenterology", setting="outpatient", age=48, sex="M", payer="bcbs",
        new_patient=True, minutes=40,
        text="""
        GASTROENTEROLOGY – NEW PATIENT CONSULTATION
        Referring: Dr. Núñez (primary care)

        Reason: iron‑deficiency anemia and rectal bleeding

        HPI: 48‑year‑old man with bright red blood on the toilet paper after bowel movements “most days” for
        about a year, no change in bowel habit, no weight loss. His PCP found Hgb 9.8 g/dL ↓ (13.5–17.5),
        ferritin 6 ng/mL ↓, MCV 74 fL ↓. He started ferrous sulfate 325 mg daily 3 weeks ago.
        No NSAIDs. No family history of colon cancer.

        Exam: pale conjunctivae. Abdomen soft, non‑tender. Anoscopy: grade II internal hemorrhoids that
        prolapse and reduce spontaneously, one with a fresh bleeding point; no fissure.

        Assessment:
        • Iron deficiency anemia secondary to chronic blood loss from bleeding internal hemorrhoids
        • Second degree internal hemorrhoids, bleeding
        Plan: continue iron; colonoscopy and EGD to complete the evaluation of iron deficiency; fiber,
        rubber band ligation to be discussed after colonoscopy.

        Total time 40 minutes on the date of service, including review of the PCP’s labs.
        """,
        codes=[
            c("D50.0", "Iron deficiency anemia secondary to chronic blood loss",
              why="R22: iron deficiency anemia secondary to (chronic) blood loss"),
            c("K64.1", "Second degree internal hemorrhoids", why="R22: grade II internal hemorrhoids"),
            c("99203", "Total time 40 minutes on the date of service", why="R14/R16: new patient, 40 minutes"),
        ],
        skips=[
            skip("no weight loss", "R01", "negated"),
            skip("No family history of colon cancer", "R01", "negated"),
            skip("no fissure", "R01", "negated"),
            skip("colonoscopy and EGD", "R19", "planned, not performed"),
        ],
    )),
    NoteSpec(
        id="dev-x1-15", dos="2026-07-08",
        specialty="internal medicine", setting="outpatient", age=59, sex="M", payer="medicare",
        text="""
        TELEPHONE ENCOUNTER (audio only - patient at home, unable to connect to video)
        Provider: internist. Patient identity verified with DOB. Consent for telephone visit obtained.
        Last office visit 4/2026; no visit in the past 7 days and none scheduled.

        Patient called with pain, swelling and redness of the left big toe since last night after a
        weekend of beer and seafood. Similar attack 2 years ago. No fever, no injury. Has CKD stage 3a
        (eGFR 51 in April).

        Assessment/Plan:
        Acute gout flare, left first MTP joint (podagra). Avoid NSAIDs given CKD stage 3a; prednisone
        30 mg daily x5 days sent. Discussed diet and alcohol. Uric acid at next visit, consider allopurinol
        if attacks recur.
        CKD stage 3a - medication choice adjusted as above.

        I spent 22 minutes on the telephone with the patient in medical discussion.
        """,
        codes=[
            c("M10.072", "Acute gout flare, left first MTP joint",
              why="R22/R11: gout (idiopathic), left ankle and foot (the first MTP is in the foot)"),
            c("N18.31", "CKD stage 3a - medication choice adjusted",
              why="R20: chronic condition affecting management"),
            c("99213", "I spent 22 minutes on the telephone", mods=["93"],
              why="R14: established, 22 minutes; audio-only telehealth reported with the office code and "
                  "modifier 93 (Decisions: 99441-99443 deleted in 2025)"),
        ],
        skips=[
            skip("No fever, no injury", "R01", "negated"),
            skip("consider allopurinol\n        if attacks recur", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-x1-16", dos="2026-09-15",
        specialty="family medicine", setting="outpatient", age=19, sex="F", payer="aetna",
        text="""
        Sore throat visit

        3 days of sore throat, hoarse voice, runny nose and cough. Roommate has a cold. No rash.
        T 37.6. Pharynx erythematous without exudate, no tonsillar swelling, shotty anterior nodes.
        Rapid strep antigen (in office): NEGATIVE. Throat culture sent.

        Impression: acute viral pharyngitis; strep negative. Supportive care, ibuprofen and throat lozenges
        OTC, salt-water gargles.

        Visit Diagnoses:
          J02.0  Streptococcal pharyngitis    [primary]
        """,
        codes=[
            c("J02.9", "acute viral pharyngitis",
              why="R22: Index Pharyngitis (viral) J02.9; the typed J02.0 is contradicted by the negative test "
                  "and the documented viral cause (Decisions: code from the documentation)"),
            c("87880", "Rapid strep antigen (in office)", why="R19: rapid strep immunoassay done in the office"),
            c("99213", "Impression",
              why="R15: low MDM - acute uncomplicated illness, test ordered and reviewed, OTC drugs"),
        ],
        skips=[
            skip("J02.0  Streptococcal pharyngitis", "R01", "typed code contradicted by the documentation"),
            skip("No rash", "R01", "negated"),
            skip("Throat culture sent", "R19", "sent-out test"),
        ],
    ),
    NoteSpec(
        id="dev-x1-17", dos="2026-05-28",
        specialty="internal medicine", setting="outpatient", age=67, sex="M", payer="medicare",
        new_patient=True, minutes=62,
        text="""
        NEW PATIENT VISIT - ESTABLISHING CARE

        Chief complaint: establish primary care after moving from Ohio; diabetes, kidneys, blood pressure.

        History of present illness:
        The patient is a 67-year-old retired machinist who moved here two months ago to be near his daughter. He
        brings a folder of records from his previous internist and a printed medication list. He was
        diagnosed with type 2 diabetes about 14 years ago. He started on metformin alone, then glipizide
        was added, and four years ago glipizide was stopped because of two episodes of low blood sugar while
        driving, and insulin glargine was started. He now takes glargine 28 units at bedtime and metformin
        500 mg twice daily (the dose was lowered last year when his kidney function dropped). He checks his
        sugar every morning; the log he brought shows fasting values of 120 to 165 over the past month, with
        no readings below 80. He has not had any hypoglycemia since glipizide was stopped. He does not
        have blurred vision, and his last eye exam, 8 months ago in Ohio, showed no retinopathy per the
        report he brought. He denies foot ulcers, and he denies numbness or burning in the feet.

        His previous internist told him that the diabetes and blood pressure have affected his kidneys.
        The records include creatinine values rising from 1.1 in 2022 to 1.42 this March, with an eGFR of
        50 and a urine albumin-to-creatinine ratio of 110 mg/g. He has never seen a nephrologist. He was
        told to avoid ibuprofen and has been using acetaminophen instead for occasional knee aches.

        Blood pressure has been treated for about 20 years. He takes lisinopril 20 mg daily and
        amlodipine 5 mg daily. Home readings are 130s over 70s to 80s. He has no headaches, no chest pain,
        no shortness of breath with his usual walking, and no ankle swelling. He has never had a heart
        attack or stroke. A stress test in 2021 was normal per the records.

        Cholesterol: he takes atorvastatin 40 mg daily. His last lipid panel in March showed total
        cholesterol 188, triglycerides 265, HDL 36 and LDL 99. He admits his diet has not been ideal
        since the move, with more takeout food.

        Sleep: he was diagnosed with obstructive sleep apnea on a sleep study in 2019 and uses CPAP nightly,
        about 7 hours a night per the machine download he brought. He wakes refreshed and denies daytime
        sleepiness. He needs a new mask and supplies ordered locally.

        He smoked a pack a day from age 18 to 52 and quit in 2011. He does not vape. He drinks one or two
        beers on weekends. No drug use.

        Past medical history:
        - Type 2 diabetes (2012)
        - Hypertension (about 2006)
        - Hyperlipidemia
        - Obstructive sleep apnea on CPAP (2019)
        - Right inguinal hernia repair (2015), no problems since
        - Kidney stone (2009), passed on its own, none since
        - Colonoscopy 2016 with two small polyps he was told were "nothing to worry about"; records not
          available

        Medications (reconciled with the bottles he brought):
        1. Insulin glargine 28 units subcutaneously at bedtime
        2. Metformin 500 mg twice daily
        3. Lisinopril 20 mg daily
        4. Amlodipine 5 mg daily
        5. Atorvastatin 40 mg daily
        6. Acetaminophen 500 mg as needed, about twice a week
        Allergies: sulfa (rash).

        Family history: his father had colon cancer diagnosed at age 58 and died at 66. His mother had
        type 2 diabetes and hypertension and died of a stroke at 81. One brother, healthy. No family
        history of kidney disease requiring dialysis.

        Social history: widowed, lives alone in an apartment near his daughter. Retired machinist.
        Walks 20 minutes most days. Drives. Independent in all activities of daily living.

        Review of systems: no fever, no weight loss, no night sweats. No vision change. No hearing loss. No
        chest pain, palpitations or orthopnea. No cough or wheeze. No abdominal pain, no blood in the
        stool, no change in bowel habit. No urinary frequency, no hematuria, no nocturia beyond once a
        night. Occasional aching in both knees after long walks. No rashes. No depression or anxiety.
        The rest of a 12-point review is negative.

        Examination:
        BP 134/78 (repeat 132/76), pulse 72 regular, respiratory rate 14, SpO2 97% on room air,
        temperature 36.6. Weight 89 kg, height 1.78 m, BMI 28.1.
        General: well-appearing man in no distress.
        HEENT: normocephalic; pupils equal and reactive; oropharynx clear; hearing grossly normal.
        Neck: no thyromegaly, no bruits, no lymphadenopathy.
        Heart: regular rate and rhythm, no murmur, gallop or rub.
        Lungs: clear to auscultation bilaterally.
        Abdomen: soft, non-tender, no masses, no hepatosplenomegaly; well-healed right inguinal scar, no
        recurrent hernia.
        Extremities: no edema; dorsalis pedis and posterior tibial pulses 2+ bilaterally.
        Feet: skin intact, no calluses or ulcers, nails normal; monofilament sensation intact at all sites;
        vibration sense intact at the great toes.
        Knees: mild crepitus both knees, full range of motion, no effusion.
        Neurologic: alert and oriented, cranial nerves intact, strength and gait normal.
        Psychiatric: normal mood and affect.

        Data reviewed: I reviewed the records from his previous internist, including three years of
        metabolic panels, lipid panels, A1c values (most recent 7.3 in March), the 2019 sleep study summary
        and the 2021 stress test report. I independently reviewed his glucose log and CPAP download.

        Assessment and plan:
        1. Type 2 diabetes mellitus with diabetic chronic kidney disease. A1c 7.3, reasonable for him
           given the earlier hypoglycemia. Continue glargine 28 units and metformin 500 mg twice daily
           (appropriate for eGFR 50). Discussed adding an SGLT2 inhibitor for kidney protection; he wants to
           think about it and will let me know. A1c, BMP and urine albumin in 3 months. Annual eye exam due
           in the fall. Foot exam normal today.
        2. Chronic kidney disease stage 3a, albuminuric, attributed to diabetes and hypertension. Referral to
           nephrology placed. Avoid NSAIDs, continue acetaminophen for knee aches.
        3. Hypertension with CKD. At goal. Continue lisinopril and amlodipine.
        4. Mixed hyperlipidemia (triglycerides 265, low HDL). Continue atorvastatin 40 mg; diet counseling
           given; repeat lipids with the next labs.
        5. Obstructive sleep apnea on CPAP, well controlled. New order for CPAP mask and supplies.
        6. Overweight, BMI 28.1. Counseled on diet and regular walking.
        7. Former smoker, quit 2011, about 34 pack-years. Low-dose CT lung cancer screening discussed; he
           is eligible and agreed; order placed.
        8. Family history of colon cancer in his father (age 58) and personal history of colon polyps of
           unknown type in 2016. Referral for colonoscopy, which is overdue.
        9. Bilateral knee aches with crepitus, probably early osteoarthritis; not limiting, no treatment
           needed now.

        Immunizations: records show a pneumococcal vaccine in 2020 and a Tdap in 2018; he will get his
        records from the Ohio pharmacy for influenza and shingles vaccines before deciding today.

        Follow up in 3 months with labs beforehand, sooner if needed.

        Total time on the date of the visit, including record review, examination, counseling and orders:
        62 minutes.
        """,
        codes=[
            c("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease",
              why="R09: diabetes with diabetic CKD combination code"),
            c("I12.9", "Hypertension with CKD", why="R08: hypertension with CKD stage 1-4"),
            c("N18.31", "Chronic kidney disease stage 3a", why="R09/R22: stage 3a, the additional code E11.22 "
              "and I12.9 ask for"),
            c("E78.2", "Mixed hyperlipidemia", why="R22: mixed hyperlipidemia"),
            c("G47.33", "Obstructive sleep apnea on CPAP", why="R20: managed (supplies ordered)"),
            c("E66.3", "Overweight, BMI 28.1", why="R22: overweight documented by the provider"),
            c("Z68.28", "BMI 28.1. Counseled", why="R22: BMI with the documented weight diagnosis (Decisions)"),
            c("Z79.4", "Insulin glargine 28 units", why="R10: long-term insulin"),
            c("Z79.84", "Metformin 500 mg twice daily", why="R10: long-term oral hypoglycemic, both"),
            c("Z87.891", "Former smoker, quit 2011", why="R06: former smoker (lung screening ordered)"),
            c("Z83.3", "His mother had\n        type 2 diabetes",
              why="R05: family history of the diabetes addressed (project Decision: same condition)"),
            c("Z82.49", "type 2 diabetes and hypertension and died",
              why="R05: family history of the hypertension addressed (project Decision: same condition)"),
            c("Z80.0", "Family history of colon cancer in his father",
              why="R05: family history driving the colonoscopy referral"),
            c("Z86.0100", "personal history of colon polyps of\n           unknown type",
              why="R06: personal history of colon polyps, type unspecified (Z86.0100), reason for colonoscopy"),
            c("99205", "62 minutes", why="R14/R16: new patient, 62 minutes (60+)"),
        ],
        skips=[
            skip("probably early osteoarthritis", "R03", "uncertain diagnosis"),
            skip("Kidney stone (2009), passed on its own, none since", "R20", "past history not affecting care"),
            skip("Right inguinal hernia repair (2015)", "R20", "past history not affecting care"),
            skip("He denies foot ulcers", "R01", "negated"),
            skip("no retinopathy", "R01", "negated"),
            skip("died of a stroke", "R05", "relative's condition unrelated to the problems addressed"),
            skip("sulfa (rash)", "R20", "allergy status not coded in this project"),
        ],
    ),
    NoteSpec(
        id="dev-x1-18", dos="2026-08-11",
        specialty="cardiology", setting="outpatient", age=62, sex="F", payer="uhc", minutes=35,
        text="""
        Heart failure clinic

        62F with nonischemic dilated cardiomyopathy (no coronary disease on cath 2024), LVEF 30% on echo
        July 2026, and long-standing hypertension. NYHA II, weight stable, no orthopnea. On sacubitril/
        valsartan 49/51 bid, carvedilol 12.5 bid, spironolactone 25, dapagliflozin 10.

        BP 118/70, HR 64. JVP normal, lungs clear, no edema. K 4.6, Cr 0.9 last week.

        Assessment: Chronic systolic (HFrEF) heart failure due to nonischemic dilated cardiomyopathy, with
        hypertensive heart disease, compensated. Increase carvedilol to 25 mg bid. Labs in 2 weeks.

        Time: 35 minutes today.

        Encounter Diagnoses
        I50.9    Heart failure, unspecified
        I25.10   Atherosclerotic heart disease of native coronary artery without angina pectoris
        I10      Essential (primary) hypertension
        """,
        codes=[
            c("I11.0", "hypertensive heart disease", "Chronic systolic (HFrEF) heart failure",
              why="R08: hypertension with heart failure; replaces the typed I10"),
            c("I50.22", "Chronic systolic (HFrEF) heart failure",
              why="R22: chronic systolic heart failure, not the typed I50.9"),
            c("I42.0", "nonischemic dilated cardiomyopathy", why="R22: dilated cardiomyopathy, coded with I50"),
            c("99214", "Time: 35 minutes today", why="R14: established, 35 minutes"),
        ],
        skips=[
            skip("I25.10   Atherosclerotic heart disease of native coronary artery without angina pectoris", "R01",
                 "typed code contradicted: no coronary disease on cath"),
            skip("no coronary disease on cath 2024", "R01", "negated"),
            skip("no orthopnea", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-x1-19", dos="2026-03-25",
        specialty="psychiatry", setting="outpatient", age=31, sex="F", payer="bcbs", minutes=25,
        text="""
        Behavioral  Health  Follow-up
        \f
        Pt states:  “I’m sleeping better but I still can’t turn my brain off at work.”
        Sertraline  100 mg  daily  since  January;  no  side  effects.  Denies  SI/HI.
        PHQ‑9  today:  8  (was  14).   GAD‑7  today:  13  (was  16).  Both administered and scored in the visit.

        MSE:  calm,  good  eye  contact,  mood  “okay”,  affect  mildly  anxious,  thought  process  linear,
        no  SI/HI,  insight  good.

        Diagnoses:
        ▪  Generalized  anxiety  disorder  –  improving,  still  symptomatic.
        ▪  Major  depressive  disorder,  single  episode,  mild  –  improving.
        Plan:  increase  sertraline  to  150 mg;  continue  CBT;  RTC  6  weeks.
        \f
        Total  time  25  minutes.
        """,
        codes=[
            c("F41.1", "Generalized  anxiety  disorder", why="R22: generalized anxiety disorder"),
            c("F32.0", "Major  depressive  disorder,  single  episode,  mild", why="R22: single episode, mild"),
            c("99213", "Total  time  25  minutes", why="R14: established, 25 minutes"),
            c("96127", "PHQ‑9  today", "GAD‑7  today", units=2,
              why="R19: two standardized instruments administered and scored"),
        ],
        skips=[
            skip("Denies  SI/HI", "R01", "negated"),
            skip("no  side  effects", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-x1-20", dos="2026-07-30",
        specialty="emergency medicine", setting="outpatient", age=78, sex="F", payer="medicare", pos="23",
        text="""
        NURSING TRIAGE 10:12
        78F brought by daughter, weak and "not herself" x2 days, drinking little, burning urination.
        T 37.9  HR 108 (H)  BP 104/62  RR 18  SpO2 96%  FSBG 132
        Allergies: PCN (hives). ESI 3.

        EMERGENCY DEPARTMENT PHYSICIAN NOTE 10:40
        HPI: 2 days of dysuria, frequency, poor oral intake and generalized weakness. No vomiting, no
        flank pain, no chest pain. Daughter says she is at her baseline mentally now.
        Exam: dry mucous membranes, mild suprapubic tenderness, no CVA tenderness; alert, oriented x3.

        Labs:
        WBC          13.2   H   (4.0-11.0)
        Creatinine   1.92   H   (0.50-1.10)    baseline 0.9 in March
        BUN          44     H   (8-23)
        Sodium       138        (135-145)
        UA: LE 3+, nitrite +, WBC >50/hpf, RBC 0-2.

        ED course: 2 L normal saline; first dose of cephalexin given. Repeat creatinine 1.51 after fluids.
        Tolerating fluids by mouth, ambulating at baseline.

        Clinical impression:
        1. Acute kidney injury from dehydration - improving with fluids.
        2. Acute cystitis without hematuria.
        Disposition: discharged home with daughter; cephalexin 500 mg qid x7 days (tolerates cephalosporins
        despite PCN allergy), push fluids, BMP with PCP in 2-3 days. Urine culture pending.
        """,
        codes=[
            c("N17.9", "Acute kidney injury from dehydration", why="R22: acute kidney failure, unspecified"),
            c("E86.0", "dehydration - improving with fluids", why="R20: cause of the AKI, treated with fluids"),
            c("N30.00", "Acute cystitis without hematuria", why="R22: acute cystitis without hematuria"),
            c("99284", "Clinical impression",
              why="R15: ED moderate MDM - acute illness with systemic symptoms, three tests reviewed, "
                  "prescription drug management"),
        ],
        skips=[
            skip("No vomiting, no\n        flank pain, no chest pain", "R01", "negated"),
            skip("WBC          13.2   H", "R23", "lab finding integral to the infection"),
            skip("HR 108 (H)", "R23", "sign integral to dehydration/infection"),
            skip("Urine culture pending", "R19", "sent-out test"),
        ],
    ),
    NoteSpec(
        id="dev-x1-21", dos="2026-04-14",
        specialty="pediatrics", setting="outpatient", age=9, sex="M", payer="medicaid",
        text="""
        Pediatric sick visit

        Problem List: Mild persistent asthma (J45.30) - Noted 2023; Allergic rhinitis due to pollen (J30.1)
        - Noted 2022; Eczema (L30.9) - Resolved 2021

        9 y/o with cough and wheeze for 2 days after a cold, using albuterol every 4 hours, woke twice
        last night. On fluticasone 44 mcg 2 puffs bid but mom says he misses evening doses.

        ROS: [x] cough [x] wheeze [x] nasal congestion [ ] fever [ ] vomiting [ ] rash [ ] ear pain

        Pertinent negatives: no retractions at home, no cyanosis, no fever.

        Exam: RR 24, SpO2 95%, scattered expiratory wheezes, no retractions, good air entry. Nasal mucosa
        boggy. TMs normal.

        Assessment/Plan:
        Mild persistent asthma with acute exacerbation - prednisolone 1 mg/kg daily x3 days, albuterol q4h
        x48h then prn, step up fluticasone to 110 mcg bid, adherence reviewed with spacer teaching. Asthma
        action plan updated.
        Allergic rhinitis - continue cetirizine.
        Recheck 1 week.
        """,
        codes=[
            c("J45.31", "Mild persistent asthma with acute exacerbation", why="R22: mild persistent, exacerbation"),
            c("J30.1", "Allergic rhinitis - continue cetirizine",
              why="R22/R20: the problem list gives the pollen cause of the rhinitis addressed"),
            c("99214", "Assessment/Plan",
              why="R15: moderate MDM - chronic illness with exacerbation, prescription drug management"),
        ],
        skips=[
            skip("Eczema (L30.9) - Resolved 2021", "R20", "resolved problem-list entry"),
            skip("[ ] fever", "R02", "unchecked ROS box"),
            skip("no retractions at home, no cyanosis, no fever", "R01", "pertinent negatives"),
        ],
    ),
    NoteSpec(
        id="dev-x1-22", dos="2026-02-10",
        specialty="dermatology", setting="outpatient", age=71, sex="M", payer="medicare",
        text="""
        DERMATOLOGY

        S: 71M, rough spots on scalp and face. Hx BCC of the left cheek excised 2021, no recurrence.
        O: 4 gritty erythematous scaly papules: vertex scalp x2, right temple x1, left forehead x1. Left
           cheek scar clean, no recurrence.
        A: Actinic keratoses x4.
           Hx BCC - no recurrence on full skin exam.
        P: Cryotherapy (liquid nitrogen, 2 freeze-thaw cycles) to all 4 AKs after verbal consent.
           Wound care reviewed. Full skin exam in 12 months.

        Encounter Diagnoses
        L57.0     Actinic keratosis
        C44.311   Basal cell carcinoma of skin of nose
        """,
        codes=[
            c("L57.0", "Actinic keratoses x4", why="R22: actinic keratosis"),
            c("Z85.828", "Hx BCC - no recurrence", why="R06: excised skin cancer, no current disease; the typed "
              "C44.311 (current BCC, wrong site) is not supported by the documentation"),
            c("17000", "Cryotherapy (liquid nitrogen", why="R18: destruction of premalignant lesion, first"),
            c("17003", "to all 4 AKs", units=3, why="R18: lesions 2-4"),
        ],
        skips=[
            skip("C44.311   Basal cell carcinoma of skin of nose", "R06", "typed code: excised, no current disease"),
        ],
    ),
]
