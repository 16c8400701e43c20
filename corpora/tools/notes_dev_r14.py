"""Dev notes dev-r14-01..30 (session 5, issue #3: ICD-10-CM precision on hospital and ED notes nobody has tuned on).

Ten emergency department visits (outpatient rules, IV.H; ED E/M 99282-99285 by MDM; repairs and ECG reads by the
ED physician; nurse-given drugs are facility services), twelve inpatient discharge summaries (Section II principal
diagnosis; uncertain diagnoses still documented at discharge coded as established, II.H/III.C; conditions treated
in the stay coded though resolved; PMH-only items and asides left out, III.B), four inpatient H&P or consult notes
and four observation or urgent-care notes (outpatient rules). Authors' styles vary: ED templates, dictated run-on
prose, terse shorthand, problem-oriented hospital courses, long discharge medication lists, past histories listing
old problems, "ruled out" workups, differentials, resolved problems, chronic conditions addressed or not.
Gold written as a certified coder would (ICD-10-CM Official Guidelines FY2026, corpus Decisions in
corpora/README.md) before the engine ran on the notes.

First run, scored once before any rule change (engine at 61c549b, a clean worktree; main had moved on to
4e4f8b3 with corpus-only changes), gold as first written: ICD-10-CM P/R/F1 0.757/0.841/0.797 (MAP 0.778, evidence
F1 0.789, category F1 0.847); procedure (CPT/HCPCS) P/R/F1 0.933/0.933/0.933 (evidence F1 0.733); E/M level 10/11.
Notes and gold as scored: /work/firstrun/r14/ (notes.jsonl, gold.jsonl); output: /work/firstrun/r14.pred.jsonl.
Gold corrected after the first run where it was wrong (the first-run files keep the gold as scored):
dev-r14-10 gains T38.3X6A ('has not been taking his glipizide regularly' is underdosing, I.C.19.e.5.c; intent not
stated, so no Z91.1-), dev-r14-16 E87.29 -> E87.20 (E87.20 carries the inclusion term 'Lactic acidosis NOS'),
dev-r14-29 gains Z88.2 (the sulfa allergy decided the antibiotic, as Z88.0 in dev-r14-26). Against the corrected
gold the first run scores ICD-10-CM P/R/F1 0.779/0.852/0.813 (evidence F1 0.806).
First-run false positives (34 ICD-10-CM, 1 CPT), by cause:
- History, PMH-list and aside items the encounter does not address (14, engine): ED/observation PMH lines
  ('Other PMH: ... hypothyroidism, osteoarthritis of both knees, cataract surgery' r14-07 E03.9, M17.0, H26.9;
  'PMH eczema' r14-05 L30.9; 'PMH: hypertension (lisinopril), GERD, migraines, s/p cholecystectomy' r14-27 K21.9,
  G43.009, Z90.49); inpatient histories with no impact on the stay, even when listed among the diagnoses
  (Decisions (3): r14-11 Z85.3 + Z92.3 'no recurrence ... no further workup needed this admission', r14-22 Z85.46
  'no action this stay', r14-23 Z85.038 'nothing to do inpatient' and Z90.49 hemicolectomy); 'Migraine - history
  only' r14-21 G43.009; '# Osteopenia - outpatient' in an H&P r14-25 M85.80.
- Negation, anticipation and workup targets read as diagnoses (7, engine): 'Chronic kidney disease? Creatinine
  1.1, eGFR 68 - no CKD' r14-22 E11.22 + N18.9 + I12.9 (I10 then missed); 'home O2 evaluation done (not needed)'
  r14-22 Z99.81; 'expect steroid hyperglycemia' r14-23 E11.65 (E11.9 then missed); 'event monitor to look for
  paroxysmal AF' r14-28 I48.0; 'endocarditis not excluded by TTE alone - TEE recommended' r14-26 I38.
- Specificity lost or a less specific sibling beside the right code (6, engine): 'Abscess of the right thigh with
  surrounding cellulitis' r14-17 L02.91 + L03.90 (L02.415 + L03.115 missed); 'Norovirus gastroenteritis' r14-16
  A09 (A08.11 missed); '3 intramural fibroids' r14-21 D25.9 (D25.1 missed); 'alcohol-related cirrhosis' K70.30
  beside K70.31 and 'esophageal varices' I85.10 beside I85.11 (r14-19).
- A combination code's parts coded alone (2, engine): 'Hyperemesis gravidarum with dehydration, ketosis and
  hypokalemia, 9 weeks gestation' r14-08 E86.0 + E87.6 (O21.1 and Z3A.09 missed).
- A symptom integral to the ED diagnosis (1, engine): 'anorexia' in the HPI of acute appendicitis r14-04 R63.0.
- A category title matched as a term (1, engine): 'cardiac risk factors' r14-01 Z91.010 (title 'Personal risk
  factors, not elsewhere classified' of Z91).
- Gold errors, engine right (3): r14-10 T38.3X6A, r14-16 E87.20, r14-29 Z88.2 (corrected above).
- CPT: r14-03 99285 for 99284 (COPD exacerbation with SpO2 88% and admission considered read as a severe
  exacerbation; the physician does not call it severe and the gold keeps moderate problems - arguable).
First-run false negatives (ICD-10-CM, engine unless said): r14-02 F17.210 ('Smokes about a pack a day'), r14-08
O21.1 + Z3A.09, r14-12 Z91.119 (dietary sodium nonadherence), r14-13 J18.9 ('Community-acquired pneumonia, right
lower lobe, organism not identified'), r14-16 A08.11 (and E87.29, a gold error), r14-17 L02.415 + L03.115, r14-18
Z79.02 (ticagrelor started in the stay and continued), r14-21 D25.1, r14-22 U07.1 and I10, r14-23 E11.9, r14-26
T84.53XA + B95.61 ('prosthetic joint infection of the right total knee, MSSA'), Z79.84 ('T2DM (metformin)') and
Z88.0 ('Penicillin allergy label'), r14-27 E86.0 ('Mild dehydration after fasting'), r14-28 I65.21 ('Right ICA
stenosis, 40%').
After the fixes of this batch (commits d7a71c9, ee212b3, 5c41ef2, 6a6f3ae, 0a2d641; engine at 0a2d641, corrected
gold): ICD-10-CM P/R/F1 1.000/0.945/0.972 (evidence F1 0.964); procedures unchanged (0.933/0.933/0.933), E/M 10/11.
On dev plus the unsealed r13/r14 batches (835 notes) ICD-10-CM P/R went 0.940/0.956 -> 0.960/0.964 with only false
positives removed outside this batch (dev-0059 J45.20, dev-r11-10 C61, dev-r11-28 A09 -> A08.11). Fixed: 'PMH:' cues
inside the HPI/CC block and ten unrecognised headings ('Final impression', 'Impression at discharge', 'Other PMH',
'Reason for observation', 'Observation course', ...); statements of no impact ('nothing to do inpatient', 'no action
this stay', 'history only', '- outpatient') with the past radiation of a dropped cancer history; 'expect', 'look
for', a trailing 'not excluded', 'X? ... - no X', 'not needed/required' after a status, 'organism not identified'
(pseudo), 'do not stop' (not a stop), 'oral hydration, resolved' in a stay; O21.0/O21.1, A08.11, D25.0-D25.2 (and
the stay's course re-specifying a listed unspecified code), U07.1 before J12.82, a plain mention's 'without' default
folded into its 'with' twin, abscess/cellulitis limb and side, residual NEC category titles. Still wrong (false
negatives): F17.210 (ED smoking counselled in the history), Z91.119, T84.53XA + B95.61 + Z79.84 + Z88.0 (r14-26),
I65.21 (a carotid-stenosis synonym made I65 Excludes1 'insufficiency of precerebral artery (G45.-)' drop the TIA, so
it was not added), and the 99285 above.
"""

from corpora.tools.spec import NoteSpec, c, skip

ED = dict(specialty="emergency medicine", setting="outpatient", pos="23")
IP = dict(specialty="hospital medicine", setting="inpatient", pos="21")
OBS = dict(specialty="hospital medicine", setting="outpatient", pos="22")
UC = dict(specialty="urgent care", setting="outpatient", pos="11")

EMERGENCY = [
    NoteSpec(
        id="dev-r14-01", dos="2026-02-17", age=58, sex="F", payer="bcbs", **ED,
        text="""
        EMERGENCY DEPARTMENT PHYSICIAN NOTE
        Chief complaint: Chest pain

        HPI: 58 y.o. female with history of hypertension, hyperlipidemia and type 2 diabetes presents with
        intermittent left-sided chest pressure since yesterday afternoon, each episode lasting 5-10 minutes, not
        clearly exertional, no radiation. Mild nausea with one episode, no diaphoresis. No leg swelling, no recent
        travel or surgery. Home BP readings have been 150s-160s for a month despite taking lisinopril daily.
        Non-smoker.

        PMH: HTN, HLD, T2DM (A1c 6.8 in December per records), GERD, s/p hysterectomy.
        Home meds: lisinopril 20 mg daily, atorvastatin 40 mg, metformin 1000 mg BID,
        omeprazole 20 mg.

        ROS: negative except as per HPI.
        Exam: BP 172/96, HR 84, RR 16, SpO2 99% RA, afebrile. Well appearing. Heart regular, no murmur. Lungs clear.
        Chest wall nontender. No calf tenderness or edema.

        Results: hs-troponin 5 -> 6 ng/L at 0 and 2 hours. CBC, BMP unremarkable, glucose 148. CXR no acute
        process. ECG interpreted by me: normal sinus rhythm 82, normal axis, no ST elevation or depression, no
        change from 2024 tracing.

        MDM: Chest pain in a patient with cardiac risk factors. HEART score 3. Two negative high-sensitivity
        troponins and a nonischemic ECG make ACS very unlikely; PE considered, PERC negative. Aortic dissection
        not suspected - pain not tearing, pulses equal. Low risk for outpatient evaluation.

        Diagnoses:
        1. Chest pain, unspecified type
        2. Hypertension, uncontrolled - lisinopril increased to 40 mg daily, new prescription sent

        Disposition: home. Cardiology clinic referral for outpatient stress test within 72 hours. PCP follow-up
        for BP recheck in 1 week. Return for recurrent or worsening pain.
        """,
        codes=[
            c("R07.9", "Chest pain, unspecified type",
              why="R03: ED visit is outpatient; no cause established, the symptom is first-listed"),
            c("I10", "Hypertension, uncontrolled",
              why="R20: hypertension addressed (dose increased); 'uncontrolled' does not change I10"),
            c("99284", "MDM:",
              why="R15: undiagnosed new problem with uncertain prognosis (moderate), troponins x2, CBC, BMP, "
                  "CXR (moderate data), prescription drug management (moderate risk): moderate MDM"),
            c("93010", "ECG interpreted by me", why="R18: ECG interpretation and report by the ED physician"),
        ],
        skips=[
            skip("ACS very\n        unlikely", "R01", "ruled out by workup"),
            skip("PE considered", "R01", "considered and excluded"),
            skip("Aortic dissection\n        not suspected", "R01", "negated"),
            skip("T2DM (A1c 6.8 in December per records)", "R20", "PMH not addressed in the ED visit"),
            skip("GERD", "R20", "PMH not addressed"),
            skip("metformin 1000 mg BID", "R10", "drug of a condition the visit does not address"),
            skip("Return for recurrent or worsening pain", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r14-02", dos="2026-03-06", age=34, sex="M", payer="aetna", **ED,
        text="""
        ED Provider Note

        34M, right hand dominant, line cook, cut his right palm on a chef's knife at work about an hour ago.
        Bleeding controlled with a towel. Denies numbness or weakness of the fingers. Tetanus booster 2023 per
        employer records. No PMH, no meds, NKDA. Smokes about a pack a day; advised that smoking slows wound healing,
        not interested in quitting right now.

        Exam: 3.2 cm linear laceration across the right thenar eminence, clean edges, subcutaneous depth, no
        tendon exposed. FDS/FDP intact to each digit, sensation intact to light touch distal to the wound, cap
        refill brisk. Wound explored under tourniquet in a bloodless field: no foreign body, no tendon injury.

        Procedure: Laceration repair, simple. Consent verbal. 1% lidocaine plain 4 mL local infiltration.
        Irrigated with 500 mL sterile saline. Closed with 6 simple interrupted 4-0 nylon sutures. Total length
        repaired 3.2 cm. Tolerated well, dressing applied.

        Impression: Laceration of right hand without foreign body, no tendon involvement.

        Plan: keep dry 24-48 h, wound care handout, sutures out in 10-12 days at occupational health or PCP.
        Work note given - no wet work x 5 days. Return for redness, streaking, fever, or numbness.
        """,
        codes=[
            c("S61.411A", "Laceration of right hand without foreign body",
              why="R12/R11: laceration of the right hand, initial encounter (active treatment)"),
            c("F17.210", "Smokes about a pack a day",
              why="R22: current cigarette use at a pack a day is nicotine dependence (I.C.5.b, index "
                  "Smoker - see Dependence, drug, nicotine)"),
            c("12002", "Total length\n        repaired 3.2 cm", "Laceration repair, simple",
              why="R18: simple repair of the hand, 2.6-7.5 cm; the decision to repair is part of the procedure, "
                  "no separate ED E/M"),
        ],
        skips=[
            skip("Denies numbness or weakness", "R01", "negated"),
            skip("no tendon injury", "R01", "negated"),
            skip("Return for redness, streaking, fever, or numbness", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r14-03", dos="2026-01-22", age=72, sex="M", payer="medicare", provider=1, **ED,
        text="""
        EMERGENCY MEDICINE NOTE - dictated

        This is a 72-year-old man with COPD who uses tiotropium daily and albuterol as needed, and who comes in
        with three days of increased shortness of breath, wheezing and a cough productive of more sputum than
        usual, whitish-yellow, no fever. He has used his albuterol inhaler about every two hours since last
        night. He quit smoking in 2015 after 50 pack-years. He also has paroxysmal atrial fibrillation on
        apixaban and benign prostatic hyperplasia on tamsulosin, both unchanged. On arrival his saturation was 88%
        on room air, respiratory rate 26, with diffuse expiratory wheezes and prolonged expiration; he was
        speaking in short sentences. After three DuoNeb treatments and methylprednisolone 125 mg IV given by
        nursing he is moving air much better, saturation 94% on room air and he walked the hallway at 91%.
        Chest x-ray shows hyperinflation without infiltrate, effusion or pneumothorax. CBC with a white count of
        9.8, BMP normal. Heart rate irregular at 88, which is his known rhythm and rate controlled.

        Assessment: acute exacerbation of COPD, no pneumonia on x-ray. He is improved and ambulatory and prefers
        to go home with his wife; I considered admission but he meets criteria for discharge.
        Plan: prednisone 40 mg daily for 5 days, doxycycline 100 mg twice daily for 5 days given the change in
        sputum, continue tiotropium and albuterol, pulmonology follow-up within a week. Return for worsening.
        """,
        codes=[
            c("J44.1", "acute exacerbation of COPD",
              why="R21/R22: COPD with acute exacerbation, the reason for the visit"),
            c("Z87.891", "He quit smoking in 2015 after 50 pack-years", why="R06: former smoker"),
            c("99284", "Assessment:",
              why="R15: chronic illness with exacerbation, severity not stated (moderate), CXR, CBC, BMP "
                  "(moderate data), admission considered (high risk): moderate MDM, two of three"),
        ],
        skips=[
            skip("no pneumonia on x-ray", "R01", "negated"),
            skip("paroxysmal atrial fibrillation on\n        apixaban", "R20",
                 "chronic condition not treated or changed at the ED visit"),
            skip("benign prostatic hyperplasia on tamsulosin", "R20", "not addressed"),
            skip("no fever", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r14-04", dos="2026-04-11", age=25, sex="F", payer="cigna", **ED,
        text="""
        EMERGENCY DEPARTMENT NOTE

        CC: abdominal pain
        HPI: 25-year-old G0 female with periumbilical pain since last evening that moved to the right lower
        quadrant overnight, with anorexia and two episodes of nonbloody emesis. Subjective fever. LMP 2 weeks ago,
        regular. No vaginal discharge or dysuria. No prior abdominal surgery.
        PMH: mild intermittent asthma (albuterol rarely, none this year), anxiety. Meds: sertraline 50 mg.

        Exam: T 38.0, HR 104, BP 118/70. Tender RLQ with guarding at McBurney's point, positive Rovsing, no
        rebound. Pelvic exam deferred after discussion; no adnexal tenderness on bimanual done by me - normal.

        Labs: WBC 15.2 with left shift, CMP normal, lipase 22, UA negative, urine hCG negative.
        CT abdomen/pelvis with contrast: dilated 11 mm appendix with periappendiceal fat stranding and an
        appendicolith, no free air, no abscess. Ovaries normal.

        Bedside: abdomen reassessed after analgesia, still focal RLQ tenderness; Alvarado score 8.

        ED course: IV fluids, morphine 4 mg and ondansetron given. Ceftriaxone and metronidazole started after
        discussion with Dr. Lowe (general surgery), who evaluated her in the department.

        Differential considered: ovarian torsion, tubo-ovarian abscess, ectopic pregnancy - excluded by
        negative hCG and CT findings.

        Final impression: Acute appendicitis.
        Disposition: admitted to general surgery for laparoscopic appendectomy this afternoon. NPO.
        """,
        codes=[
            c("K35.80", "Acute appendicitis", why="R21/R22: acute appendicitis, perforation and gangrene not stated"),
            c("99285", "ED course:",
              why="R15: acute illness posing a threat to bodily function (high), labs and CT plus discussion "
                  "with the surgeon (extensive data), decision for hospitalization and surgery (high risk)"),
        ],
        skips=[
            skip("ovarian torsion, tubo-ovarian abscess, ectopic pregnancy - excluded", "R01", "ruled out"),
            skip("mild intermittent asthma", "R20", "PMH not addressed"),
            skip("anxiety", "R20", "PMH with home medication, not addressed"),
            skip("no abscess", "R01", "negated"),
            skip("two episodes of nonbloody emesis", "R23", "symptoms integral to appendicitis"),
        ],
    ),
    NoteSpec(
        id="dev-r14-05", dos="2026-01-09", age=3, sex="M", payer="medicaid", **ED,
        text="""
        PEDS ED
        CC: ear pain, fever
        Hx from mom: 3 yo M w/ 3 d runny nose and cough, then L ear pulling and crying since last night,
        Tmax 39.2 at home, tylenol given 4 h ago. Eating less, drinking ok, good wet diapers. No v/d. No rash.
        Imms UTD. PMH eczema. No daily meds. NKDA. Daycare.

        PE: T 38.6 HR 132 RR 28 SpO2 99%. Well appearing, playful on exam. L TM bulging, erythematous, purulent
        effusion, no perforation. R TM nl. Clear rhinorrhea. Lungs CTAB, no retractions. Neck supple. Skin: dry
        patches antecubital fossae.

        HEENT also: no mastoid tenderness or swelling, pinnae normal, oropharynx mildly erythematous without
        exudate, moist mucous membranes. Abd soft. Cap refill < 2 s.
        Weight 15.2 kg (for dosing). Motrin given in triage by RN, T 37.9 on recheck and running in the hallway.

        Discussed with mom: watchful waiting vs antibiotics - with bulging TM, fever > 39 and otalgia for > 24 h
        she prefers to treat. Amoxicillin tolerated before, no allergy. Reviewed dosing syringe and fever
        control, daycare return once fever-free 24 h.

        A/P: L acute suppurative otitis media. Viral URI preceding.
        - amoxicillin 90 mg/kg/day divided BID x 10 d
        - ibuprofen/acetaminophen for fever and pain
        - PCP f/u in 2-3 d if not improving; return for lethargy, stiff neck, poor intake
        """,
        codes=[
            c("H66.002", "L acute suppurative otitis media",
              why="R11/R22: acute suppurative otitis media of the left ear, no spontaneous rupture; fever "
                  "integral (R23)"),
            c("J06.9", "Viral URI preceding",
              why="R22: acute upper respiratory infection documented in the assessment, not integral to "
                  "otitis media"),
            c("99283", "A/P:",
              why="R15: acute uncomplicated illness (low), history from the mother (independent historian, "
                  "limited data), prescription drug (moderate risk): low MDM"),
        ],
        skips=[
            skip("Tmax 39.2", "R23", "fever integral to the otitis media"),
            skip("PMH eczema", "R20", "PMH not addressed"),
            skip("No v/d", "R01", "negated"),
            skip("return for lethargy, stiff neck, poor intake", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r14-06", dos="2026-05-19", age=45, sex="M", payer="uhc", **ED,
        text="""
        ED NOTE
        CC: R flank pain

        HPI: 45M w/ sudden severe R flank pain radiating to groin since 0400, vomited x2, writhing. Gross hematuria
        this AM. No fever. Had a kidney stone in 2019 that passed on its own.
        PMH: kidney stone 2019, HTN (amlodipine), obesity. NKDA.

        Vitals: T 37.1, HR 96, BP 154/90. R CVA tenderness. Abd soft.
        Labs: UA large blood, 50+ RBC, no nitrite, LE neg, no bacteria. Cr 1.1. WBC 11.0.
        CT A/P renal stone protocol: 5 mm obstructing calculus R proximal ureter with moderate R hydronephrosis.
        No L-sided stones.

        ED course: ketorolac IV, ondansetron, 1 L NS. Pain 2/10 on reeval, tolerating PO. Repeat exam benign,
        no peritoneal signs. Bedside bladder scan 40 mL. Urine sent for culture per urology preference.
        Reviewed 2019 CT from an outside hospital in the shared record: small R renal stone at that time.
        Discussed expected course: most 5 mm stones pass within 2-4 weeks; medical expulsive therapy explained.

        Assessment:
        Right ureteral stone, 5 mm, with moderate hydronephrosis - afebrile, no UTI on UA, normal renal function,
        pain controlled. Discussed with urology (Dr. Sato) by phone: trial of passage reasonable, clinic in 1 wk.

        Plan: tamsulosin 0.4 mg daily, oxycodone 5 mg #8 for breakthrough, ibuprofen, strain urine. Return for
        fever, uncontrolled pain or vomiting.
        """,
        codes=[
            c("N13.2", "Right ureteral stone, 5 mm, with moderate hydronephrosis",
              why="R13/R22: hydronephrosis with ureteral calculous obstruction is the combination code (N20.1 "
                  "Excludes1)"),
            c("99284", "Assessment:",
              why="R15: acute illness with systemic symptoms (moderate), UA, BMP, CBC, CT and discussion with "
                  "urology (extensive data), prescription drugs (moderate risk): moderate MDM"),
        ],
        skips=[
            skip("Had a kidney stone in 2019", "R13", "history of calculus not coded beside a current stone"),
            skip("HTN (amlodipine)", "R20", "PMH not addressed"),
            skip("obesity", "R20", "PMH not addressed"),
            skip("no UTI on UA", "R01", "negated"),
            skip("Gross hematuria", "R23", "integral to the ureteral stone"),
        ],
    ),
    NoteSpec(
        id="dev-r14-07", dos="2026-06-02", age=81, sex="F", payer="medicare", provider=2, **ED,
        text="""
        Emergency Department Record

        Chief complaint: fall, scalp laceration
        History per patient and Maplewood Assisted Living staff (patient has dementia, history limited): 81-year-
        old woman found on the floor of her room this morning next to her walker with a bleeding wound on the
        back of her head. Unwitnessed. Staff report she is at her baseline mental status. Per facility records
        this is her third fall since March. She takes apixaban for paroxysmal atrial fibrillation.
        Other PMH: Alzheimer's dementia, hypothyroidism, osteoarthritis of both knees, cataract surgery 2021.

        Exam: BP 148/82, HR 76 irregular, SpO2 96%. Alert, oriented to self only (baseline per staff). 2.0 cm
        laceration of the occipital scalp, hemostatic. No step-off. C-spine nontender, full ROM. Moves all
        extremities. Hips and pelvis stable, no pain with log roll.

        Imaging: CT head without contrast - no intracranial hemorrhage or skull fracture. CT cervical spine - no
        fracture, degenerative changes.

        Procedure: laceration repair, scalp. Wound irrigated, 2.0 cm laceration closed with 3 staples. Simple
        repair. Tolerated well.

        MDM: anticoagulated elderly patient with head trauma - CT imaging required and negative. Recurrent falls
        at the facility, likely multifactorial (gait, dementia); recommend PT evaluation at the facility. Apixaban
        continued - benefit outweighs risk per my discussion with her daughter (HCP) by phone.

        Diagnoses: scalp laceration, occipital; recurrent falls; Alzheimer's dementia at baseline; paroxysmal AF
        on long-term anticoagulation.
        Disposition: back to assisted living, staple removal in 7-10 days.
        """,
        codes=[
            c("S01.01XA", "scalp laceration, occipital",
              why="R12: laceration of the scalp without foreign body, initial encounter"),
            c("R29.6", "Recurrent falls", why="R22: repeated falls assessed (Decisions: R29.6)"),
            c("G30.9", "Alzheimer's dementia at baseline",
              why="R20: dementia affecting the care (history from staff, fall risk), onset not stated"),
            c("F02.80", "Alzheimer's dementia at baseline",
              why="R21: dementia in Alzheimer's disease, severity and behaviour not stated, after G30.9"),
            c("I48.0", "paroxysmal AF on long-term anticoagulation",
              why="R20: chronic condition whose treatment was weighed at the visit"),
            c("Z79.01", "long-term anticoagulation", why="R10: long-term anticoagulant, affected the workup"),
            c("99284", "MDM:", mods=["25"],
              why="R15: acute complicated injury (moderate), two CTs, facility records and staff as independent "
                  "historian (moderate data), anticoagulant continued after weighing its risk (prescription "
                  "drug management, moderate risk): moderate MDM; modifier 25 with the repair"),
            c("12001", "2.0 cm laceration closed with 3 staples",
              why="R18: simple repair of the scalp, 2.5 cm or less"),
        ],
        skips=[
            skip("no intracranial hemorrhage or skull fracture", "R01", "negated"),
            skip("no\n        fracture", "R01", "negated"),
            skip("hypothyroidism", "R20", "PMH not addressed"),
            skip("osteoarthritis of both knees", "R20", "PMH not addressed"),
            skip("cataract surgery 2021", "R20", "surgical history"),
            skip("likely multifactorial", "R03", "uncertain cause"),
        ],
    ),
    NoteSpec(
        id="dev-r14-08", dos="2026-07-14", age=29, sex="F", payer="medicaid", **ED,
        text="""
        EMERGENCY DEPARTMENT - Attending Note

        HPI: 29 yo G2P1 at 9 weeks 2 days by LMP (confirmed IUP on 8-week ultrasound at her OB's office) with
        persistent nausea and vomiting for 5 days, unable to keep down liquids for the last 24 hours, 3 kg weight
        loss. No abdominal pain, no vaginal bleeding, no diarrhea, no dysuria. Tried doxylamine-pyridoxine without
        relief. Prior pregnancy complicated by similar vomiting.

        OB history: G2P1, prior term SVD 2023, uncomplicated other than vomiting through 16 weeks. Prenatal
        vitamins stopped 3 days ago because they made the nausea worse.
        Meds: doxylamine-pyridoxine 10/10 mg 2 tabs nightly. Allergies: none.

        Exam: HR 112, BP 104/66, afebrile, weight 61 kg (64 kg at OB intake). Tired appearing, dry mucous
        membranes, no jaundice. Abdomen soft and nontender, uterus not palpable. No CVA tenderness.

        Labs: K 3.1, bicarbonate 19, creatinine 0.8, urine ketones 3+, specific gravity 1.030. Lipase and LFTs
        normal. Urine culture sent.

        ED course: 2 L LR with dextrose, IV ondansetron, IV potassium chloride. Tolerated crackers and juice after
        4 hours, HR 88.

        Impression: Hyperemesis gravidarum with dehydration, ketosis and hypokalemia, 9 weeks gestation.
        Plan: ondansetron ODT 4 mg q8h prescribed, continue doxylamine-pyridoxine nightly, oral potassium 20 mEq
        daily x 3 days. Called her OB on call (Dr. Imani), who will see her in clinic Thursday. Return for
        inability to tolerate fluids, abdominal pain or bleeding.
        """,
        codes=[
            c("O21.1", "Hyperemesis gravidarum with dehydration, ketosis and hypokalemia",
              why="R25/R22: hyperemesis before the end of week 20 with metabolic disturbance (dehydration, "
                  "electrolyte imbalance); chapter 15 code first (I.C.15.a.1)"),
            c("Z3A.09", "9 weeks gestation", why="R25: weeks of gestation"),
            c("99284", "ED course:",
              why="R15: acute illness with systemic symptoms (moderate), labs and discussion with the OB "
                  "(moderate data), IV and prescription drugs (moderate risk): moderate MDM"),
        ],
        skips=[
            skip("No abdominal pain, no vaginal bleeding", "R01", "negated"),
            skip("Prior pregnancy complicated by similar vomiting", "R20", "past pregnancy history"),
            skip("K 3.1", "R23", "metabolic disturbance captured by O21.1"),
        ],
    ),
    NoteSpec(
        id="dev-r14-09", dos="2026-08-23", age=40, sex="F", payer="bcbs", **ED,
        text="""
        ED NOTE  |  Triage: ESI 3

        CHIEF COMPLAINT: headache

        HISTORY: 40F with a long history of migraine without aura, usually 2-3 per month and relieved by
        sumatriptan, presents with a left-sided throbbing headache for 30 hours with photophobia and nausea.
        Took sumatriptan twice yesterday without relief. Headache is typical of her migraines in character and
        location. No thunderclap onset, no fever, no neck stiffness, no focal weakness or visual loss. Not
        pregnant (IUD). Also has hypothyroidism on levothyroxine and depression in remission on bupropion.

        EXAM: T 36.8, BP 128/78. Uncomfortable in a dark room. Neuro: alert, CN II-XII intact, normal strength,
        sensation, coordination and gait. Fundi sharp discs. No meningismus.

        ED COURSE: metoclopramide 10 mg IV, diphenhydramine 25 mg IV, ketorolac 30 mg IV and 1 L NS. Reassessed
        at 90 minutes: headache 1/10, tolerating PO.

        MEDICAL DECISION MAKING: Exacerbation of her known episodic migraines with typical features and a normal
        neurologic exam; no red flags, so neuroimaging and lumbar puncture are not indicated. Subarachnoid
        hemorrhage and meningitis considered and felt very unlikely on history and exam.

        DIAGNOSIS: Migraine without aura, not intractable.
        PLAN: discharge; rizatriptan for the next attack instead of a third sumatriptan dose, naproxen as needed;
        neurology referral to discuss preventive therapy. Return for worst headache, fever or new deficit.
        """,
        codes=[
            c("G43.009", "Migraine without aura, not intractable",
              why="R22: migraine without aura, not intractable, without status migrainosus (under 72 hours)"),
            c("99284", "MEDICAL DECISION MAKING:",
              why="R15: chronic illness with exacerbation (moderate), no tests (minimal data), parenteral and "
                  "prescription drugs (moderate risk): moderate MDM"),
        ],
        skips=[
            skip("Subarachnoid\n        hemorrhage and meningitis considered", "R03", "considered, felt very unlikely"),
            skip("hypothyroidism on levothyroxine", "R20", "chronic condition not addressed at the ED visit"),
            skip("depression in remission on bupropion", "R20", "not addressed"),
            skip("no fever, no neck stiffness", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r14-10", dos="2026-09-08", age=67, sex="M", payer="medicare", provider=1, **ED,
        text="""
        EMERGENCY DEPARTMENT VISIT

        Chief Complaint: red swollen leg

        History of Present Illness
        67 year old male with type 2 diabetes on metformin and glipizide presents with 4 days of redness, warmth
        and swelling of the left lower leg that began near a scrape from gardening. No fever or chills. His home
        glucose readings have been 250-320 this week; he admits he has not been taking his glipizide regularly.

        Past Medical History: T2DM, hypertension, hyperlipidemia, remote right knee replacement (2018), colon
        polyps.
        Medications: metformin 1000 mg BID, glipizide 5 mg daily, losartan 50 mg daily, simvastatin 20 mg.

        Physical Exam
        T 37.2, HR 88, BP 142/84. Left anterior shin: 10 x 14 cm area of erythema and warmth, tender, no
        fluctuance, healing abrasion at the center, no crepitus. Bedside ultrasound by me: cobblestoning without a
        drainable fluid collection. Pedal pulses 2+.

        Data: WBC 10.9, lactate 1.1, BMP glucose 312, creatinine 0.9, bicarbonate 25, anion gap 10.

        Assessment and Plan
        1. Cellulitis of left lower leg, nonpurulent - cephalexin 500 mg QID x 7 days, borders marked, elevate.
        2. Type 2 diabetes with hyperglycemia - no DKA or HHS. Adherence reviewed; resume glipizide daily and
        continue metformin. Glucose log to PCP in 1 week.
        Abscess excluded on ultrasound. Necrotizing infection not suspected clinically.
        Return for fever, spreading redness, or pain out of proportion.
        """,
        codes=[
            c("L03.116", "Cellulitis of left lower leg", why="R21/R11: cellulitis of the left lower limb"),
            c("E11.65", "Type 2 diabetes with hyperglycemia", why="R09: diabetes with hyperglycemia, addressed"),
            c("T38.3X6A", "he has not been taking his glipizide regularly",
              why="R12: underdosing of an oral hypoglycemic (taking less than prescribed, I.C.19.e.5.c), after "
                  "the condition it worsened; intent not stated, so no Z91.1- code"),
            c("Z79.84", "metformin 1000 mg BID", "glipizide 5 mg daily",
              why="R10: long-term oral hypoglycemics with the coded diabetes"),
            c("99284", "Assessment and Plan",
              why="R15: acute illness plus a chronic illness with exacerbation (moderate), CBC, lactate, BMP "
                  "(moderate data), prescription drug management (moderate risk): moderate MDM"),
        ],
        skips=[
            skip("no DKA or HHS", "R01", "negated"),
            skip("Abscess excluded", "R01", "ruled out"),
            skip("Necrotizing infection not suspected", "R01", "negated"),
            skip("remote right knee replacement (2018)", "R20", "surgical history not affecting the visit"),
            skip("colon\n        polyps", "R20", "PMH not addressed"),
            skip("hyperlipidemia", "R20", "PMH not addressed"),
        ],
    ),
]

DISCHARGES = [
    NoteSpec(
        id="dev-r14-11", dos="2026-02-03", age=63, sex="F", payer="bcbs", **IP,
        text="""
        DISCHARGE SUMMARY
        Admission date: 01/30/2026    Discharge date: 02/03/2026
        Attending: Hospital Medicine, Team 2

        Principal diagnosis: Sepsis due to E. coli, source acute left pyelonephritis
        Secondary diagnoses:
          - Essential hypertension
          - Hypothyroidism
          - History of left breast cancer (lumpectomy and radiation 2012, no recurrence)

        History of present illness: 63-year-old woman with hypertension and hypothyroidism who presented with
        fever to 39.4, rigors, left flank pain and dysuria for two days. In the ED: HR 116, RR 22, WBC 18.6,
        lactate 1.7, BP 124/70. Creatinine 0.8 (baseline), LFTs normal, platelets normal, mentating normally -
        sepsis without acute organ dysfunction. CT showed left renal striated nephrogram consistent with
        pyelonephritis, no abscess, no obstruction.

        Hospital course: Started on ceftriaxone after cultures. Blood cultures 2 of 2 and urine culture grew
        E. coli, pan-sensitive. Afebrile after 36 hours, flank pain resolved. Transitioned to oral ciprofloxacin
        on day 4 to complete 14 days total. Amlodipine was held the first day for soft pressures and resumed on
        day 2 with good control. Levothyroxine continued; TSH 2.4. No further workup of her breast cancer
        history was needed this admission; she remains on annual mammography with her oncologist.

        Procedures: none.
        Consults: none.

        Discharge medications:
          ciprofloxacin 500 mg PO BID x 10 days (NEW)
          amlodipine 10 mg PO daily
          levothyroxine 100 mcg PO daily
          calcium carbonate-vitamin D 600 mg-400 units PO BID
          acetaminophen 650 mg PO q6h PRN pain/fever
          tamoxifen - completed 2017, not taking

        Condition at discharge: good. Diet: regular. Activity: as tolerated.
        Follow-up: PCP in 1 week; repeat urine culture not needed if asymptomatic.
        """,
        codes=[
            c("A41.51", "Sepsis due to E. coli",
              why="R21: principal diagnosis, sepsis with the organism (I.C.1.d.4), localized infection after"),
            c("N10", "acute left pyelonephritis", why="R22: the localized infection"),
            c("I10", "Essential hypertension", why="R20: chronic condition managed in the stay (held, resumed)"),
            c("E03.9", "Hypothyroidism", why="R20: chronic condition treated (levothyroxine continued)"),
        ],
        skips=[
            skip("History of left breast cancer (lumpectomy and radiation 2012, no recurrence)", "R06",
                 "history listed but with no impact on this stay (Decisions, inpatient III.A)"),
            skip("sepsis without acute organ dysfunction", "R01", "no severe sepsis"),
            skip("no abscess, no obstruction", "R01", "negated"),
            skip("tamoxifen - completed 2017", "R10", "completed course, not current"),
        ],
    ),
    NoteSpec(
        id="dev-r14-12", dos="2026-03-21", age=66, sex="M", payer="medicare", provider=1, **IP,
        text="""
        DISCHARGE SUMMARY - dictated

        Mr. Haldane is a 66-year-old man with a nonischemic dilated cardiomyopathy with an ejection fraction of
        25 percent who has an implantable defibrillator placed in 2022, type 2 diabetes on metformin and
        linagliptin, hypertension and stage 3a chronic kidney disease, admitted on 03/16/2026 with two weeks of
        worsening dyspnea, orthopnea, abdominal bloating and about 9 pounds of weight gain after a salty holiday
        weekend of restaurant meals against his 2-gram sodium diet, and he is being discharged today 03/21/2026.
        On admission his BNP was 2,400 and the chest film showed pulmonary edema with small effusions, troponin
        flat and low, and he was started on intravenous furosemide with about 7 liters of net diuresis over the
        stay and his dry weight is now 84 kilograms. His creatinine bumped from 1.5 to 1.8 with diuresis, which
        we did not call an acute kidney injury, and it was back to 1.6 at discharge, eGFR 47. His defibrillator
        was interrogated by the electrophysiology service and showed no shocks or arrhythmias. His sacubitril-
        valsartan, carvedilol and spironolactone were continued, and his glucoses were in the 140s to 180s on
        his home regimen with correction insulin not needed after day 2; A1c 7.2. Ischemic evaluation was done
        in 2022 with a normal coronary angiogram and was not repeated. He had a colonoscopy with polyp removal
        in 2024 and was treated for a left shoulder bursitis last year, neither active.

        Final diagnoses:
        1. Acute on chronic systolic heart failure, HFrEF, from dietary sodium nonadherence.
        2. Nonischemic dilated cardiomyopathy with ICD in place.
        3. Hypertensive heart and kidney disease with CKD stage 3a.
        4. Type 2 diabetes mellitus with diabetic CKD.

        Discharge medications: furosemide 40 mg PO BID, sacubitril-valsartan 49-51 mg BID, carvedilol 12.5 mg
        BID, spironolactone 25 mg daily, metformin 500 mg BID, linagliptin 5 mg daily, atorvastatin 20 mg daily.

        Follow-up: heart failure clinic in 7 days with BMP, daily weights.
        """,
        codes=[
            c("I13.0", "Hypertensive heart and kidney disease with CKD stage 3a",
              "Acute on chronic systolic heart failure",
              why="R08/R21: hypertension with heart failure and CKD presumed linked; I13.0 sequenced first "
                  "(I.C.9.a.3)"),
            c("I50.23", "Acute on chronic systolic heart failure", why="R22: acuity and type of heart failure"),
            c("I42.0", "Nonischemic dilated cardiomyopathy",
              why="R22: the cardiomyopathy, coded with the heart failure"),
            c("N18.31", "CKD stage 3a", why="R08: CKD stage with I13.0 and E11.22"),
            c("E11.22", "Type 2 diabetes mellitus with diabetic CKD", why="R09: diabetes with diabetic CKD"),
            c("Z91.119", "dietary sodium nonadherence",
              why="R22: noncompliance with the dietary regimen that precipitated the exacerbation, reason not "
                  "stated"),
            c("Z95.810", "ICD in place", why="R20: defibrillator status, interrogated during the stay"),
            c("Z79.84", "metformin 500 mg BID", "linagliptin 5 mg daily",
              why="R10: long-term oral hypoglycemics with the coded diabetes"),
        ],
        skips=[
            skip("we did not\n        call an acute kidney injury", "R01", "negated"),
            skip("troponin flat and low", "R01", "normal result"),
            skip("colonoscopy with polyp removal in\n        2024", "R20", "past procedure, not addressed"),
            skip("left shoulder bursitis last year", "R20", "resolved, not active"),
        ],
    ),
    NoteSpec(
        id="dev-r14-13", dos="2026-01-15", age=58, sex="F", payer="aetna", provider=2, **IP,
        text="""
        Hospital Medicine Discharge Summary
        Admit 1/11/2026 | Discharge 1/15/2026 | LOS 4

        Discharge diagnoses
        1. Community-acquired pneumonia, right lower lobe, organism not identified
        2. Acute hypoxic respiratory failure secondary to #1 - resolved
        3. Obstructive sleep apnea on CPAP
        4. Morbid obesity, BMI 43.1
        5. Former smoker

        Presentation: 58F with OSA on nightly CPAP and class 3 obesity presented with 5 days of cough, fever and
        pleuritic right-sided chest pain, SpO2 84% on RA, RR 30, requiring 5 L NC to maintain sats > 92%. CXR:
        RLL consolidation. WBC 16.4, procalcitonin 2.1. COVID/flu/RSV PCR negative. Strep pneumo and Legionella
        urine antigens negative; sputum culture normal flora. Blood cultures no growth.

        Course by problem
        # CAP / hypoxic respiratory failure: ceftriaxone + azithromycin, transitioned to cefpodoxime on day 3.
          Weaned to room air by day 4, ambulatory SpO2 93% RA. Completes 7 days of antibiotics at home.
        # OSA: home CPAP continued nightly; RT adjusted mask fit.
        # Obesity: BMI 43.1 - dietitian consult, discussed referral to the weight management program, patient
          agreeable.
        # Tobacco: quit 2016 (30 pk-yr). Lung cancer screening CT due - PCP to order.
        # Asthma as a child, no inhaler use in decades - not an issue this admission.
        # PE was considered on admission given pleuritic pain and hypoxia; CTA chest negative for PE.

        Discharge medications
        cefpodoxime 200 mg PO BID x 3 more days
        benzonatate 100 mg PO TID PRN cough
        vitamin D3 2000 units daily (home)
        CPAP nightly (home settings)

        Follow-up: PCP 1 week; repeat CXR in 6-8 weeks to document resolution.
        """,
        codes=[
            c("J18.9", "Community-acquired pneumonia, right lower lobe, organism not identified",
              why="R21: principal diagnosis, pneumonia without an identified organism (lobar not stated)"),
            c("J96.01", "Acute hypoxic respiratory failure secondary to #1",
              why="R20: acute respiratory failure with hypoxia treated with oxygen; coded though resolved"),
            c("G47.33", "Obstructive sleep apnea on CPAP", why="R20: chronic condition treated (CPAP continued)"),
            c("E66.01", "Morbid obesity, BMI 43.1", why="R22: morbid obesity addressed (dietitian, referral)"),
            c("Z68.41", "BMI 43.1", why="R22: BMI with a provider-documented weight diagnosis (Decisions)"),
            c("Z87.891", "Former smoker", why="R06: former smoker, screening planned"),
        ],
        skips=[
            skip("COVID/flu/RSV PCR negative", "R01", "negative tests"),
            skip("Asthma as a child", "R20", "childhood condition, not an issue this admission"),
            skip("PE was considered", "R01", "ruled out by CTA"),
            skip("pleuritic right-sided chest pain", "R23", "symptom integral to pneumonia"),
        ],
    ),
    NoteSpec(
        id="dev-r14-14", dos="2026-04-27", age=44, sex="M", payer="medicaid", **IP,
        text="""
        D/C SUMMARY - Medicine
        Adm 4/23/26  D/C 4/27/26

        Dx:
        1. Acute alcohol-induced pancreatitis, interstitial, no necrosis
        2. Alcohol use disorder, moderate
        3. Hypokalemia, repleted
        4. Nicotine dependence, cigarettes, 1 ppd

        HPI/course: 44M, drinks 8-10 beers/d, 2nd episode of pancreatitis (1st 2023). Epigastric pain -> back,
        N/V x 1 d. Lipase 3,110. TG 190. CT A/P d1: edematous pancreas, peripancreatic fluid, no necrosis, no
        pseudocyst, GB without stones. Managed w/ aggressive IVF, hydromorphone PCA -> PO oxycodone, clears d2,
        low-fat diet d3, tolerating. K 2.9 on adm -> repleted IV/PO, 4.0 at d/c. CIWA monitored throughout, scores
        0-3, no lorazepam required, no withdrawal. Thiamine/folate/MVI. Addiction medicine consulted:
        motivational interviewing, naltrexone offered - pt declined, accepted outpatient counseling referral.
        Nicotine patch 21 mg while inpatient, pt wants to continue at home.
        Gallstone pancreatitis excluded (no stones, normal LFTs). Hypertriglyceridemia not a cause.

        PMH: pancreatitis 2023, R ankle ORIF 2015, seasonal allergies.

        D/C meds:
        - nicotine patch 21 mg/24h daily (NEW)
        - thiamine 100 mg daily (NEW)
        - folic acid 1 mg daily (NEW)
        - oxycodone 5 mg q6h PRN x 3 days (NEW)
        - loratadine 10 mg daily PRN (home)
        F/u: PCP 1 wk, addiction medicine clinic 2 wk.
        """,
        codes=[
            c("K85.20", "Acute alcohol-induced pancreatitis, interstitial, no necrosis",
              why="R21/R22: principal diagnosis, alcohol-induced acute pancreatitis without necrosis or infection"),
            c("F10.20", "Alcohol use disorder, moderate",
              why="R22: moderate alcohol use disorder is dependence (index), uncomplicated - no withdrawal"),
            c("E87.6", "Hypokalemia, repleted", why="R20: treated"),
            c("F17.210", "Nicotine dependence, cigarettes, 1 ppd",
              why="R22: nicotine dependence, cigarettes, treated with patch"),
        ],
        skips=[
            skip("no withdrawal", "R01", "negated"),
            skip("Gallstone pancreatitis excluded", "R01", "ruled out"),
            skip("Hypertriglyceridemia not a cause", "R01", "negated"),
            skip("R ankle ORIF 2015", "R20", "surgical history"),
            skip("seasonal allergies", "R20", "home PRN medication, not addressed"),
            skip("pancreatitis 2023", "R20", "prior episode, the current one is coded"),
        ],
    ),
    NoteSpec(
        id="dev-r14-15", dos="2026-05-06", age=79, sex="M", payer="medicare", provider=3, **IP,
        text="""
        DISCHARGE SUMMARY - Cardiology / Hospital Medicine

        Dates: admitted 05/02/2026, discharged 05/06/2026.

        Principal diagnosis: Complete heart block (third-degree AV block), symptomatic
        Procedure: dual-chamber permanent pacemaker implanted 05/04/2026 (Dr. Farrow, EP)

        Other diagnoses addressed: hypertension; hypothyroidism; chronic kidney disease stage 3b

        Summary: Mr. Delacroix is a 79-year-old retired machinist with hypertension, hypothyroidism and CKD 3b
        who had two near-fainting spells at home and was found to have complete heart block with a junctional
        escape rhythm at 34 beats per minute. He was on metoprolol tartrate 25 mg twice daily for blood pressure;
        this was stopped on arrival and a temporary transvenous pacer was not needed, but the block persisted
        48 hours after the last dose, so medication effect was felt not to be the cause. Lyme serology was
        negative and TSH was 3.1 on his levothyroxine. Echo: EF 55%, no significant valve disease. Troponin
        negative. He underwent uncomplicated dual-chamber pacemaker placement on day 3; device check the next
        morning showed normal function, and the left chest pocket was dry.

        Blood pressure ran 150s-160s off metoprolol; amlodipine 5 mg was started. Creatinine stable at 1.7, his
        baseline (eGFR 39). Other history noted but not active: right inguinal hernia repair 2010, gout (no
        flare in years, no medication), hearing loss with bilateral aids.

        Discharge medications:
          amlodipine 5 mg daily (NEW)
          levothyroxine 75 mcg daily
          acetaminophen 650 mg q6h PRN
          metoprolol tartrate - STOPPED

        Instructions: no lifting > 10 lb with the left arm for 4 weeks. Device clinic in 7-10 days, PCP 2 weeks
        with BMP.
        """,
        codes=[
            c("I44.2", "Complete heart block (third-degree AV block), symptomatic",
              why="R21: principal diagnosis, complete AV block treated with a pacemaker"),
            c("I12.9", "hypertension", "CKD 3b",
              why="R08: hypertension with CKD presumed linked (I.C.9.a.2), treated (amlodipine started)"),
            c("N18.32", "chronic kidney disease stage 3b", why="R08: CKD stage with I12.9"),
            c("E03.9", "hypothyroidism", why="R20: chronic condition treated (levothyroxine, TSH checked)"),
        ],
        skips=[
            skip("medication effect was felt not to be the cause", "R01", "ruled out, no adverse-effect code"),
            skip("Lyme serology was negative", "R01", "negative test"),
            skip("right inguinal hernia repair 2010", "R20", "history not active"),
            skip("gout (no flare in years, no medication)", "R20", "not active, not treated"),
            skip("hearing loss with bilateral aids", "R20", "not addressed in the stay"),
            skip("Troponin negative", "R01", "negative test"),
        ],
    ),
    NoteSpec(
        id="dev-r14-16", dos="2026-09-02", age=84, sex="F", payer="medicare", **IP,
        text="""
        DISCHARGE SUMMARY

        ADMISSION: 08/29/2026   DISCHARGE: 09/02/2026
        DISCHARGE DISPOSITION: home with daughter, home health PT

        DIAGNOSES:
        Principal: Acute kidney injury, prerenal, from dehydration
        Secondary:
        - Norovirus gastroenteritis (stool PCR positive)
        - Hypertensive chronic kidney disease, CKD stage 3b (baseline Cr 1.4)
        - Lactic acidosis, resolved with fluids
        - Osteoporosis - on alendronate, held while NPO, resumed

        HOSPITAL COURSE: 84-year-old woman from home, brought in after 3 days of vomiting and watery diarrhea
        that started after a family gathering where several relatives were ill. Creatinine 3.2 on arrival from
        a baseline of 1.4, BUN 68, bicarbonate 17, lactate 3.0, orthostatic. Stool PCR positive for norovirus
        GII; C. difficile negative. She was given IV fluids and antiemetics; lisinopril and hydrochlorothiazide
        were held. Diarrhea slowed by day 2 and she tolerated a regular diet by day 3. Creatinine 1.5 at
        discharge. Lisinopril was resumed at discharge; hydrochlorothiazide discontinued permanently given her
        volume sensitivity. Alendronate held while she was vomiting and resumed at discharge. Urine culture sent
        for pyuria on admission grew < 10,000 mixed flora - no UTI, no antibiotics.

        PAST HISTORY: hypertension, CKD 3b, osteoporosis with no prior fractures, bilateral cataract extraction,
        remote cholecystectomy.

        DISCHARGE MEDICATIONS: lisinopril 10 mg daily (resume), alendronate 70 mg weekly (resume), calcium/vit D.
        STOPPED: hydrochlorothiazide.

        FOLLOW UP: PCP 1 week with BMP.
        """,
        codes=[
            c("N17.9", "Acute kidney injury, prerenal, from dehydration",
              why="R21: principal diagnosis, acute kidney failure (prerenal has no code of its own)"),
            c("E86.0", "from dehydration", why="R22: the dehydration causing the AKI, treated with IV fluids"),
            c("A08.11", "Norovirus gastroenteritis (stool PCR positive)",
              why="R22: acute gastroenteropathy due to Norwalk agent (norovirus)"),
            c("I12.9", "Hypertensive chronic kidney disease, CKD stage 3b",
              why="R08: hypertension with CKD stage 1-4, medications managed in the stay"),
            c("N18.32", "CKD stage 3b", why="R08: CKD stage with I12.9"),
            c("E87.20", "Lactic acidosis, resolved with fluids",
              why="R20: documented as a diagnosis and treated; coded though resolved (E87.20 inclusion term "
                  "'Lactic acidosis NOS')"),
            c("M81.0", "Osteoporosis - on alendronate",
              why="R20: chronic condition whose treatment was managed (held, resumed); no fracture"),
            c("Z79.83", "alendronate 70 mg weekly", why="R10: long-term bisphosphonate with the coded osteoporosis"),
        ],
        skips=[
            skip("C. difficile negative", "R01", "negative test"),
            skip("no UTI, no antibiotics", "R01", "ruled out"),
            skip("bilateral cataract extraction", "R20", "surgical history"),
            skip("remote cholecystectomy", "R20", "surgical history"),
        ],
    ),
    NoteSpec(
        id="dev-r14-17", dos="2026-06-19", age=44, sex="M", payer="uhc", **IP,
        text="""
        Discharge Summary
        Admitted: 6/16/2026   Discharged: 6/19/2026   Service: Hospital Medicine (General Surgery consulting)

        Final Diagnoses
        Principal: Abscess of the right thigh with surrounding cellulitis, MRSA
        Other: Hypertension; nicotine dependence (vaping)

        History: 44-year-old man with hypertension who noticed a painful lump on the right anterior thigh a week
        ago that grew, with spreading redness and a fever of 38.5 the day of admission. Failed 3 days of
        cephalexin from urgent care. No IV drug use, no diabetes (A1c 5.3 this admission). He vapes nicotine
        daily, about one pod a day, since quitting cigarettes in 2021.

        Course: Ultrasound showed a 4.2 cm multiloculated collection. General surgery performed incision and
        drainage at the bedside on day 1 with packing. Wound culture: methicillin-resistant Staphylococcus
        aureus, susceptible to doxycycline and TMP-SMX. IV vancomycin transitioned to oral doxycycline on day 3
        with erythema receding from the marked borders. Blood cultures negative. Home lisinopril continued, BPs
        128-140. Smoking/vaping cessation discussed - he is willing to try a nicotine patch to come off vaping.
        Hepatitis C screening ordered per routine, antibody negative.

        Past history: hypertension, GERD, left ACL reconstruction 2009, seasonal allergic rhinitis. No known
        prior MRSA.

        Discharge medications
        1. doxycycline 100 mg PO BID x 7 days - NEW
        2. nicotine patch 14 mg/24 h daily - NEW
        3. lisinopril 20 mg PO daily - continue
        4. omeprazole 20 mg PO daily - continue
        5. fluticasone nasal spray daily PRN - continue
        6. ibuprofen 400 mg PO q6h PRN pain x 5 days

        Wound care: packing removal and daily dressing changes by home health; surgery clinic in 1 week.
        """,
        codes=[
            c("L02.415", "Abscess of the right thigh",
              why="R21/R22: principal diagnosis, cutaneous abscess of the right lower limb, drained"),
            c("L03.115", "surrounding cellulitis", why="R22: cellulitis of the right lower limb, same site"),
            c("B95.62", "MRSA", "methicillin-resistant Staphylococcus\n        aureus",
              why="R22: organism as the cause, MRSA"),
            c("I10", "Hypertension", why="R20: chronic condition, treatment continued"),
            c("F17.290", "nicotine dependence (vaping)",
              why="R22: nicotine dependence, other tobacco product (e-cigarette), treated with a patch"),
        ],
        skips=[
            skip("No IV drug use, no diabetes", "R01", "negated"),
            skip("Blood cultures negative", "R01", "negative test"),
            skip("antibody negative", "R01", "negative screening test"),
            skip("GERD", "R20", "PMH with home medication, not evaluated in the stay"),
            skip("left ACL reconstruction 2009", "R20", "surgical history"),
            skip("seasonal allergic rhinitis", "R20", "PRN home medication, not addressed"),
            skip("No known\n        prior MRSA", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r14-18", dos="2026-07-24", age=61, sex="M", payer="bcbs", provider=1, **IP,
        text="""
        DISCHARGE SUMMARY
        Admission Date: 07/21/2026          Discharge Date: 07/24/2026

        DISCHARGE DIAGNOSES
        1. Non-ST-elevation myocardial infarction
        2. Coronary artery disease, two-vessel, s/p drug-eluting stent to the proximal LAD 07/22/2026
        3. Hyperlipidemia
        4. Hypertension
        5. Former tobacco use

        HOSPITAL COURSE
        61-year-old man presented with 2 hours of substernal pressure at rest with diaphoresis. ECG with 1 mm ST
        depression in V4-V6, high-sensitivity troponin 48 -> 610 ng/L. Started on aspirin, ticagrelor load, and
        heparin infusion. Coronary angiography on hospital day 2 showed a 90% proximal LAD stenosis (culprit),
        treated with a drug-eluting stent, and a 60% mid-RCA lesion managed medically (FFR 0.86). Echo EF 50%
        with mild anterior hypokinesis. No heart failure. LDL 151, so atorvastatin was increased from 20 to 80
        mg. Blood pressure controlled after metoprolol added; lisinopril continued. He quit smoking 6 years ago
        after 25 pack-years. Pulmonary embolism and aortic dissection were considered on presentation and
        excluded with the CTA done before the troponin result. Cardiac rehab referral placed.

        Past medical history: hypertension, hyperlipidemia, kidney stone 2019, right rotator cuff repair, mild
        hearing loss.

        DISCHARGE MEDICATIONS
        aspirin 81 mg PO daily - continue indefinitely
        ticagrelor 90 mg PO BID - for at least 12 months, do not stop without talking to cardiology (NEW)
        atorvastatin 80 mg PO nightly (dose increased)
        metoprolol succinate 25 mg PO daily (NEW)
        lisinopril 10 mg PO daily
        nitroglycerin 0.4 mg SL PRN chest pain (NEW)

        FOLLOW UP: Cardiology 2 weeks, cardiac rehab intake, PCP 4 weeks with lipid panel and LFTs.
        """,
        codes=[
            c("I21.4", "Non-ST-elevation myocardial infarction",
              why="R21: principal diagnosis, NSTEMI (type 1, initial episode within 4 weeks)"),
            c("I25.10", "Coronary artery disease, two-vessel",
              why="R22: atherosclerotic heart disease of native arteries coded with the MI; stent placed "
                  "this stay is a procedure, not a status code"),
            c("E78.5", "Hyperlipidemia", why="R20: treated (statin increased)"),
            c("I10", "Hypertension", why="R20: treated"),
            c("Z79.02", "ticagrelor 90 mg PO BID",
              why="R10: antiplatelet started in the stay and continued at discharge is current (Decisions)"),
            c("Z79.82", "aspirin 81 mg PO daily", why="R10: long-term aspirin"),
            c("Z87.891", "Former tobacco use", "quit smoking 6 years ago", why="R06: former smoker"),
        ],
        skips=[
            skip("No heart failure", "R01", "negated"),
            skip("Pulmonary embolism and aortic dissection were considered", "R01", "excluded with CTA"),
            skip("kidney stone 2019", "R20", "history not affecting the stay"),
            skip("right rotator cuff repair", "R20", "surgical history"),
            skip("mild\n        hearing loss", "R20", "not addressed"),
        ],
    ),
    NoteSpec(
        id="dev-r14-19", dos="2026-03-30", age=57, sex="M", payer="medicaid", provider=2, **IP,
        text="""
        DISCHARGE SUMMARY - GI/Hepatology service
        Admitted 3/25/2026, discharged 3/30/2026

        Principal: Bleeding esophageal varices, alcoholic cirrhosis with ascites
        Secondary: acute blood loss anemia requiring transfusion; alcohol use disorder, severe, in early
        remission (last drink 11 months ago); type 2 diabetes diet-controlled

        57 y/o man with alcohol-related cirrhosis (Child-Pugh B), sober since last April, presented with two
        episodes of hematemesis and melena. Hgb 6.8 (baseline 11). Given 2 units PRBC, octreotide infusion and
        ceftriaxone prophylaxis. EGD within 12 hours: large esophageal varices with stigmata of recent
        bleeding, 4 bands placed; no gastric varices. Moderate ascites
        on ultrasound, diagnostic paracentesis: SAAG 1.9, PMN 60 - no SBP. Diuretics (spironolactone and
        furosemide) restarted on day 3 once hemodynamically stable. No encephalopathy this admission; lactulose
        not needed. Hgb stable at 8.4 for 48 hours. Nadolol started for secondary prophylaxis. A1c 6.1, no
        diabetes medications, glucoses fine on a carbohydrate-consistent diet.
        He continues to attend AA and his relapse prevention counseling; no withdrawal signs were seen.

        Prior history: alcoholic hepatitis 2024 (resolved), hernia repair 2018, hepatitis B immune (vaccinated).

        Discharge medications: nadolol 20 mg daily (NEW), spironolactone 100 mg daily, furosemide 40 mg daily,
        pantoprazole 40 mg daily x 2 weeks after banding, ciprofloxacin 500 mg daily x 5 days (prophylaxis).

        Follow-up: repeat EGD for banding in 2-3 weeks; hepatology clinic 2 weeks; HCC surveillance ultrasound
        due in June.
        """,
        codes=[
            c("K70.31", "alcoholic cirrhosis with ascites",
              why="R21: the underlying disease is sequenced first (I85.1- 'code first underlying disease')"),
            c("I85.11", "Bleeding esophageal varices",
              why="R22: secondary esophageal varices with bleeding, the manifestation"),
            c("D62", "acute blood loss anemia requiring transfusion", why="R20: treated with transfusion"),
            c("F10.21", "alcohol use disorder, severe, in early\n        remission",
              why="R22: alcohol dependence in remission (K70 'use additional code' for the alcohol use)"),
            c("E11.9", "type 2 diabetes diet-controlled",
              why="R20: chronic condition monitored during the stay (A1c, diet), no complication documented"),
        ],
        skips=[
            skip("no SBP", "R01", "negated"),
            skip("No encephalopathy", "R01", "negated"),
            skip("no withdrawal signs", "R01", "negated"),
            skip("alcoholic hepatitis 2024 (resolved)", "R20", "resolved"),
            skip("hernia repair 2018", "R20", "surgical history"),
            skip("hepatitis B immune", "R20", "immune status, not coded"),
            skip("no gastric varices", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r14-20", dos="2026-02-26", age=88, sex="F", payer="medicare", provider=3, **IP,
        text="""
        DISCHARGE SUMMARY (dictated, hospitalist)

        Patient is an 88-year-old woman from Cedar Ridge memory care with moderate late-onset Alzheimer's dementia
        at baseline conversant and ambulatory with a walker, hypothyroidism and chronic constipation, admitted
        02/22/2026 after staff noticed two days of new confusion, agitation at night, poor oral intake and foul-
        smelling urine, and discharged back to the facility today 02/26/2026. In the emergency department she was
        afebrile with a white count of 13.2, urinalysis with large leukocyte esterase and many bacteria, and CT
        of the head was unremarkable for acute findings. Urine culture grew greater than 100,000 colonies of
        Enterococcus faecalis, ampicillin sensitive; blood cultures were negative. She was treated with IV
        ampicillin and then oral amoxicillin to complete 7 days. Her confusion was felt to be delirium
        superimposed on her dementia due to the urinary tract infection; she was managed with
        nonpharmacologic delirium measures, and a single low dose of quetiapine was given the first night, not
        continued. By day 3 she was back to her baseline per her son and the facility nurse. Her levothyroxine
        was continued with a TSH of 1.9. The chronic constipation was managed with her home senna and a dose of
        polyethylene glycol. Stroke was not suspected; no focal deficits. Pneumonia was excluded by chest x-ray.
        Her old left hip fracture from 2021 (repaired) and her cataract surgeries are noted.

        DISCHARGE DIAGNOSES:
        1. Urinary tract infection, Enterococcus faecalis.
        2. Acute delirium due to UTI, superimposed on dementia, resolved.
        3. Alzheimer's dementia, late onset, moderate, no behavioral disturbance at baseline.
        4. Hypothyroidism.
        5. Chronic constipation.

        DISCHARGE MEDICATIONS: amoxicillin 500 mg three times daily for 3 more days, levothyroxine 50 mcg daily,
        donepezil 10 mg nightly, senna 8.6 mg nightly, polyethylene glycol 17 g daily as needed.
        """,
        codes=[
            c("N39.0", "Urinary tract infection, Enterococcus faecalis",
              why="R21: principal diagnosis, urinary tract infection, site not specified"),
            c("B95.2", "Enterococcus faecalis", why="R22: organism as the cause"),
            c("F05", "Acute delirium due to UTI, superimposed on dementia",
              why="R22: delirium due to a known physiological condition, treated; coded though resolved"),
            c("G30.1", "Alzheimer's dementia, late onset",
              why="R21: Alzheimer's disease with late onset, sequenced before the dementia manifestation"),
            c("F02.B0", "Alzheimer's dementia, late onset, moderate, no behavioral disturbance",
              why="R22: dementia in other diseases, moderate, without behavioral or other disturbance"),
            c("E03.9", "Hypothyroidism", why="R20: treated (levothyroxine, TSH)"),
            c("K59.09", "Chronic constipation", why="R20: treated in the stay (index: Constipation, chronic K59.09)"),
        ],
        skips=[
            skip("Stroke was not suspected", "R01", "negated"),
            skip("Pneumonia was excluded", "R01", "ruled out"),
            skip("old left hip fracture from 2021 (repaired)", "R20", "healed history, not affecting the stay"),
            skip("cataract surgeries", "R20", "surgical history"),
        ],
    ),
    NoteSpec(
        id="dev-r14-21", dos="2026-08-07", age=46, sex="F", payer="cigna", **IP,
        text="""
        Discharge Summary - Hospital Medicine
        Admission 08/05/2026 -> Discharge 08/07/2026

        Discharge diagnoses:
        1. Symptomatic iron deficiency anemia due to chronic blood loss from heavy menstrual bleeding
        2. Menorrhagia with regular cycles, uterine fibroids
        3. Migraine - history only

        46F, G3P3, sent from clinic with Hgb 6.2, exertional dyspnea, palpitations and lightheadedness for 3
        weeks. Reports heavy, regular periods lasting 8-9 days with clots for the past year, changing a pad every
        1-2 hours on heavy days. Known fibroids on ultrasound 2024. Ferritin 3, MCV 68, reticulocytes low.
        Hemodynamically stable, no syncope. Stool guaiac negative; no GI symptoms, colonoscopy 2023 normal, so
        no GI evaluation was pursued. Transfused 2 units PRBC on day 1 (Hgb 8.1) and given IV ferric
        carboxymaltose 750 mg x 1. Pelvic ultrasound: enlarged uterus with 3 intramural fibroids, largest 4.1 cm,
        endometrium 9 mm. GYN (Dr. Olawale) saw her: started norethindrone acetate 5 mg daily to suppress bleeding
        and will discuss hysterectomy vs uterine artery embolization in clinic; endometrial biopsy done at
        bedside, pathology pending at discharge.
        She gets migraines a few times a year, uses sumatriptan, none during admission.

        Discharge medications: ferrous sulfate 325 mg every other day, norethindrone acetate 5 mg daily (NEW),
        sumatriptan 50 mg PRN (home), ibuprofen - avoid for now.

        Follow-up: GYN clinic 1 week; CBC and ferritin in 2 weeks; second IV iron dose 8/14 at infusion center.
        """,
        codes=[
            c("D50.0", "iron deficiency anemia due to chronic blood loss",
              why="R21: principal diagnosis, iron deficiency anemia secondary to chronic blood loss, transfused"),
            c("N92.0", "Menorrhagia with regular cycles",
              why="R22: excessive menstruation with regular cycle, treated"),
            c("D25.1", "3 intramural fibroids",
              why="R22: intramural leiomyoma of uterus (type from the ultrasound in the stay), the cause of "
                  "the bleeding"),
        ],
        skips=[
            skip("Migraine - history only", "R20", "history with PRN medication, not treated in the stay"),
            skip("Stool guaiac negative", "R01", "negative test"),
            skip("no syncope", "R01", "negated"),
            skip("pathology pending", "R07", "pending result"),
        ],
    ),
    NoteSpec(
        id="dev-r14-22", dos="2026-01-30", age=71, sex="M", payer="medicare", provider=4, **IP,
        text="""
        DISCHARGE SUMMARY
        Admit: 01/24/2026  Discharge: 01/30/2026  To: home with home O2 evaluation done (not needed)

        Diagnoses this admission
        - COVID-19 pneumonia with acute hypoxic respiratory failure
        - Type 2 diabetes with steroid-induced hyperglycemia
        - Hypertension
        - Chronic kidney disease? Creatinine 1.1, eGFR 68 - no CKD
        - History of prostate cancer, prostatectomy 2015, PSA undetectable

        Course: 71M presented on day 6 of fever, cough and dyspnea, SpO2 85% RA, positive
        SARS-CoV-2 PCR, CXR bilateral peripheral opacities. Required up to 6 L NC, no HFNC or ICU. Dexamethasone
        6 mg daily x 6 days (completed in house) and remdesivir x 5 days. Weaned to RA on day 5; ambulatory sat
        91% RA, home O2 not required. Glucoses rose to 300-400 on dexamethasone, managed with basal-bolus insulin,
        which was stopped at discharge as steroids finished; home metformin resumed and glipizide added for
        A1c 8.4. Lisinopril continued. Bacterial superinfection was considered early, procalcitonin 0.09,
        antibiotics not started. Prostate cancer history without evidence of recurrence; no action this stay.

        Medications at discharge:
          metformin 1000 mg BID (home)
          glipizide 5 mg daily (NEW)
          lisinopril 20 mg daily (home)
          atorvastatin 40 mg daily (home)
          benzonatate 100 mg TID PRN
          insulin - STOPPED at discharge

        Follow-up: PCP 1 week with fingerstick log, CXR in 6 weeks.
        """,
        codes=[
            c("U07.1", "COVID-19 pneumonia", why="R21: principal diagnosis, COVID-19 first (I.C.1.g.1.a)"),
            c("J12.82", "COVID-19 pneumonia", why="R22: pneumonia due to COVID-19"),
            c("J96.01", "acute hypoxic respiratory failure",
              why="R22: acute respiratory failure with hypoxia, treated with oxygen"),
            c("E11.65", "Type 2 diabetes with steroid-induced hyperglycemia",
              why="R09: diabetes with hyperglycemia, treated with insulin during the stay"),
            c("T38.0X5A", "steroid-induced hyperglycemia",
              why="R12: adverse effect of glucocorticoids (dexamethasone), initial encounter, after the nature "
                  "of the effect (I.C.19.e.5.a)"),
            c("I10", "Hypertension", why="R20: treated"),
            c("Z79.84", "metformin 1000 mg BID (home)", why="R10: long-term oral hypoglycemics; insulin stopped"),
        ],
        skips=[
            skip("no CKD", "R01", "negated"),
            skip("History of prostate cancer, prostatectomy 2015, PSA undetectable", "R06",
                 "history with no impact on this stay (Decisions, inpatient III.A)"),
            skip("Bacterial superinfection was considered", "R01", "excluded, no antibiotics"),
            skip("insulin - STOPPED at discharge", "R10", "insulin during the stay only"),
        ],
    ),
]

HP_CONSULTS = [
    NoteSpec(
        id="dev-r14-23", dos="2026-02-12", age=70, sex="M", payer="medicare", provider=2, **IP,
        text="""
        HOSPITAL MEDICINE ADMISSION H&P

        CC: shortness of breath
        HPI: 70M with severe COPD (FEV1 34% in 2025) on 2 L home O2 continuously, HFpEF and insulin-treated T2DM,
        presents with 4 days of worsening dyspnea, wheeze and increased sputum after his grandson's cold. Using
        albuterol q2h. At home his sats have been 82-85% on his usual 2 L. No chest pain. Weight stable, no
        orthopnea or leg swelling beyond his usual.
        PMH: COPD, chronic hypoxic respiratory failure on home O2, HFpEF (EF 60% 2025), HTN, T2DM, BPH s/p TURP
        2019, colon cancer s/p right hemicolectomy 2012 - surveillance colonoscopies clear.
        Meds: tiotropium, albuterol PRN, furosemide 20 mg daily, losartan 50 mg, insulin glargine 30 units
        nightly, insulin lispro sliding scale with meals.
        Social: former smoker, quit 2014, 60 pk-yr. Lives with wife.

        Exam: T 37.3, HR 104, RR 28, BP 146/82, SpO2 86% on 2 L -> 92% on 4 L. Accessory muscle use, diffuse
        wheezes, prolonged expiration. JVP not elevated. Trace ankle edema, baseline per patient.
        Data: VBG pH 7.33, pCO2 58 (baseline 48). WBC 11.2. BNP 180 (prior 150). CXR hyperinflation, no
        infiltrate, no edema. Procalcitonin 0.05. ECG sinus tachycardia.

        Assessment/Plan:
        1. Acute on chronic hypoxic respiratory failure due to acute exacerbation of COPD - O2 to goal 88-92%,
           BiPAP at night and PRN, scheduled DuoNebs, prednisone 40 mg daily, azithromycin. Pneumonia not
           suspected - no infiltrate, procalcitonin low; no additional antibiotics.
        2. Chronic diastolic heart failure with hypertension - euvolemic, BNP at baseline; continue furosemide
           and losartan, daily weights.
        3. T2DM on insulin - expect steroid hyperglycemia; glargine 30 units plus correction scale, A1c pending.
        4. Former smoker - no active tobacco.
        5. History of colon cancer - in surveillance, nothing to do inpatient.
        DVT prophylaxis: enoxaparin. Code: full. Expected LOS 3-4 days.
        """,
        codes=[
            c("J96.21", "Acute on chronic hypoxic respiratory failure",
              why="R21: reason for admission, acute and chronic respiratory failure with hypoxia (I.C.10.b.1)"),
            c("J44.1", "acute exacerbation of COPD",
              why="R22: COPD with acute exacerbation, the cause"),
            c("I11.0", "Chronic diastolic heart failure with hypertension",
              why="R08: hypertension with heart failure presumed linked (I.C.9.a.1), I11.0 before I50.-"),
            c("I50.32", "Chronic diastolic heart failure", why="R22: type and acuity of heart failure"),
            c("E11.9", "T2DM on insulin", why="R20: diabetes treated, no complication documented"),
            c("Z79.4", "insulin glargine 30 units\n        nightly", why="R10: long-term insulin"),
            c("Z99.81", "on 2 L home O2 continuously", why="R20: dependence on supplemental oxygen"),
            c("Z87.891", "former smoker, quit 2014", why="R06: former smoker, in the assessment"),
        ],
        skips=[
            skip("Pneumonia not\n           suspected", "R01", "negated"),
            skip("BPH s/p TURP\n        2019", "R20", "surgical history not affecting the stay"),
            skip("No chest pain", "R01", "negated"),
            skip("History of colon cancer - in surveillance, nothing to do inpatient", "R06",
                 "inpatient history with no impact on the stay (Decisions (3))"),
            skip("expect steroid hyperglycemia", "R07", "anticipated, not present"),
        ],
    ),
    NoteSpec(
        id="dev-r14-24", dos="2026-03-11", age=78, sex="F", payer="medicare", **dict(IP, specialty="cardiology"),
        text="""
        CARDIOLOGY CONSULTATION - inpatient
        Requesting physician: Dr. Quist, Hospital Medicine
        Reason for consult: new atrial fibrillation with rapid ventricular response

        HPI: 78-year-old woman admitted yesterday with right lower lobe pneumonia, on ceftriaxone and
        azithromycin, who this morning developed palpitations; telemetry showed atrial fibrillation at 140-150.
        No prior arrhythmia known. No chest pain, no syncope. BP 132/78 throughout. She has hypertension on
        amlodipine and hydrochlorothiazide. K 3.2 this morning, Mg 1.9.
        PMH: HTN, osteoarthritis of the knees, cataracts, remote hysterectomy.

        Exam: irregularly irregular at 138, no JVD, RLL crackles, no edema.
        ECG (reviewed by me): atrial fibrillation with RVR, no acute ST changes.
        TTE today: EF 60%, LA mildly dilated, no significant valve disease.
        TSH 2.2. Troponin 12 -> 14, flat, consistent with demand in the setting of tachycardia; not an MI.

        Impression:
        1. New-onset atrial fibrillation with RVR - likely triggered by acute pneumonia and hypokalemia.
           CHA2DS2-VASc 4 (age 75+, female, hypertension). HAS-BLED 1.
        2. Right lower lobe pneumonia - antibiotics per primary team.
        3. Hypokalemia due to hydrochlorothiazide.
        4. Hypertension.

        Recommendations:
        - Diltiazem 10 mg IV now, then diltiazem 30 mg PO q6h, titrate to HR < 110
        - Replete K to > 4.0 and Mg to > 2.0; stop hydrochlorothiazide, continue amlodipine
        - Start apixaban 5 mg BID after shared decision making on stroke risk
        - If still in AF at 4-6 weeks after the pneumonia resolves, outpatient cardioversion discussion
        Thank you for the consult; we will follow.
        """,
        codes=[
            c("I48.91", "New-onset atrial fibrillation with RVR",
              why="R21: reason for the consult, atrial fibrillation, type not stated (RVR has no code)"),
            c("J18.9", "Right lower lobe pneumonia", why="R20: coexisting condition, the trigger, affecting care"),
            c("E87.6", "Hypokalemia due to hydrochlorothiazide", why="R20: treated (repletion, thiazide stopped)"),
            c("T50.2X5A", "Hypokalemia due to hydrochlorothiazide",
              why="R12: adverse effect of a thiazide diuretic taken as prescribed, after the nature of the effect "
                  "(I.C.19.e.5.a)"),
            c("I10", "Hypertension", why="R20: treatment changed"),
        ],
        skips=[
            skip("No chest pain, no syncope", "R01", "negated"),
            skip("not an MI", "R01", "ruled out"),
            skip("osteoarthritis of the knees", "R20", "PMH not addressed"),
            skip("remote hysterectomy", "R20", "surgical history"),
            skip("Start apixaban", "R10", "started at this encounter, not long-term yet"),
            skip("If still in AF at 4-6 weeks", "R07", "conditional plan"),
        ],
    ),
    NoteSpec(
        id="dev-r14-25", dos="2026-05-15", age=62, sex="F", payer="aetna", provider=1, **IP,
        text="""
        H&P - Admission to Hospital Medicine (Surgery following)

        Chief complaint: vomiting, abdominal distension

        HPI: Ms. Brandt is a 62-year-old woman with prior open hysterectomy (2004) and open appendectomy as a
        teenager, who has had crampy diffuse abdominal pain and distension since yesterday, bilious emesis x 6,
        no flatus since last night. Last BM yesterday morning. No fever, no blood in emesis or stool.
        PMH: GERD, depression, hyperlipidemia, osteopenia.
        Home meds: omeprazole 20 mg daily, sertraline 100 mg daily, rosuvastatin 10 mg daily, calcium + D.
        Allergies: sulfa (hives).

        Exam: afebrile, HR 98, BP 128/76. Distended, tympanic, mildly diffusely tender, no peritonitis, no
        hernias. Old midline scar.
        Labs: WBC 10.1, lactate 1.2, Na 133, K 3.3, Cr 1.0, lipase normal.
        CT A/P: dilated proximal small bowel loops to 3.8 cm with a transition point in the mid-ileum, likely
        adhesive band; small bowel feces sign; contrast reaches the colon - partial obstruction. No free air,
        no pneumatosis, no closed loop.

        Assessment and plan:
        # Partial small bowel obstruction due to adhesions - NPO, NG tube to low intermittent suction, IV fluids,
          Gastrografin challenge in AM. General surgery (Dr. Mendel) following; no indication for surgery now.
        # Hypokalemia - replete IV, goal > 4 for ileus.
        # GERD - IV pantoprazole while NPO.
        # Depression - stable; hold sertraline while NPO, resume with diet.
        # Hyperlipidemia - hold statin while NPO.
        # Osteopenia - outpatient.
        VTE ppx: heparin SC. Full code.
        """,
        codes=[
            c("K56.51", "Partial small bowel obstruction due to adhesions",
              why="R21/R22: reason for admission, intestinal adhesions with partial obstruction"),
            c("E87.6", "Hypokalemia - replete IV", why="R20: treated"),
            c("K21.9", "GERD - IV pantoprazole", why="R20: treated during the stay"),
            c("F32.A", "Depression - stable", why="R20: managed (medication held, to resume)"),
            c("E78.5", "Hyperlipidemia - hold statin", why="R20: medication managed during the stay"),
        ],
        skips=[
            skip("No fever, no blood in emesis or stool", "R01", "negated"),
            skip("no peritonitis, no\n        hernias", "R01", "negated"),
            skip("No free air,\n        no pneumatosis, no closed loop", "R01", "negated"),
            skip("Osteopenia - outpatient", "R20", "deferred to outpatient, not addressed"),
            skip("Allergies: sulfa (hives)", "R20", "allergy not affecting this stay's treatment"),
            skip("Na 133", "R20", "lab value not called a diagnosis"),
        ],
    ),
    NoteSpec(
        id="dev-r14-26", dos="2026-06-24", age=69, sex="M", payer="medicare", provider=3,
        **dict(IP, specialty="infectious disease"),
        text="""
        INFECTIOUS DISEASES CONSULT NOTE

        Requested by: Orthopaedic Surgery (Dr. Kemal)
        Question: antibiotic management, right knee prosthetic joint infection with bacteremia

        69M with right total knee arthroplasty in 2023, T2DM (metformin) and CKD stage 3a, admitted 6/22 with
        4 days of right knee pain, swelling and fever to 38.9. Aspiration: 68,000 WBC, 94% PMN, gram-positive
        cocci in clusters; synovial culture and 2 of 2 blood cultures growing methicillin-sensitive S. aureus.
        Taken to the OR 6/23 for debridement, polyethylene exchange and implant retention (DAIR). He reports a
        penicillin allergy (hives as a child); tolerated cefazolin for his arthroplasty in 2023 without reaction.
        No IV drug use. No murmur history. Dental work 2 months ago.

        Exam: T 37.8, HR 92. Right knee: surgical dressing clean, drain with serosanguinous output. No murmur.
        No stigmata of endocarditis. No spinal tenderness.
        Labs: WBC 14.8, CRP 212, Cr 1.4 (baseline 1.3), glucose 186, A1c 7.0.
        TTE: no vegetation. Repeat blood cultures 6/23: no growth to date.

        Impression:
        1. Acute hematogenous prosthetic joint infection of the right total knee, MSSA, s/p DAIR.
        2. MSSA bacteremia, source the knee; endocarditis not excluded by TTE alone - TEE recommended.
        3. Penicillin allergy label, low risk - cefazolin is appropriate.
        4. T2DM, CKD 3a - cefazolin dosed for CrCl ~55; hold metformin while on IV contrast studies per primary.

        Recommendations:
        - Cefazolin 2 g IV q8h, weekly CBC/BMP/CRP while on therapy
        - TEE this week; repeat blood cultures until negative x 48 h
        - Plan 6 weeks IV cefazolin from first negative culture via PICC, followed by oral suppression
        - Glucose control per primary team
        Will follow.
        """,
        codes=[
            c("T84.53XA", "prosthetic joint infection of the right total knee",
              why="R21/R12: reason for the consult, infection due to the internal right knee prosthesis, initial "
                  "encounter (active treatment)"),
            c("B95.61", "MSSA", why="R22: methicillin-susceptible S. aureus as the cause"),
            c("R78.81", "MSSA bacteremia", why="R22: bacteremia without sepsis documented"),
            c("E11.22", "T2DM, CKD 3a",
              why="R09: diabetes with CKD presumed linked ('with', I.A.15), drug dosing and metformin addressed"),
            c("N18.31", "CKD 3a", why="R09: CKD stage with E11.22, dosing adjusted"),
            c("Z79.84", "T2DM (metformin)", why="R10: long-term oral hypoglycemic with the coded diabetes"),
            c("Z88.0", "Penicillin allergy label", why="R20: allergy status that directed the antibiotic choice"),
        ],
        skips=[
            skip("No IV drug use", "R01", "negated"),
            skip("endocarditis not excluded", "R03", "not diagnosed; workup recommended"),
            skip("TTE: no vegetation", "R01", "negated"),
            skip("Dental work 2 months ago", "R20", "history"),
        ],
    ),
]

OBS_URGENT = [
    NoteSpec(
        id="dev-r14-27", dos="2026-04-04", age=54, sex="F", payer="uhc", **OBS,
        text="""
        OBSERVATION DISCHARGE NOTE - Clinical Decision Unit
        Obs start 4/3/2026 21:10 | Discharged 4/4/2026 15:30

        Reason for observation: syncope

        54F was standing in line at a pharmacy after skipping lunch, felt hot and nauseated, then had a witnessed
        brief loss of consciousness (< 30 s) with prompt recovery, no confusion afterward, no tongue biting or
        incontinence. Similar episode at age 20. PMH: hypertension (lisinopril), GERD, migraines, s/p
        cholecystectomy. Denies chest pain or palpitations.

        Observation course:
        Orthostatic vitals negative. Telemetry 18 h: sinus rhythm, no arrhythmia, no pauses. ECG normal
        intervals. Troponin negative x2. Echo: normal LV function, no outflow obstruction, no valve disease.
        Hgb 13.1. BMP normal. Neuro exam normal - seizure not suspected, no imaging needed.
        BP 104/64 on arrival, 122/76 this morning; lisinopril held last night.

        Impression at discharge:
        - Syncope, most likely vasovagal (prodrome, trigger, benign workup). Cardiac syncope felt unlikely.
        - Hypertension - BP soft-normal while volume down; reduce lisinopril from 20 to 10 mg daily, PCP to
          recheck.
        - Mild dehydration after fasting - oral hydration, resolved.

        Discharge instructions: hydrate, counter-pressure maneuvers taught, do not drive for 24 hours. Follow up
        with PCP in 1 week; return for recurrent episodes, chest pain, or palpitations.
        """,
        codes=[
            c("R55", "Syncope, most likely vasovagal",
              why="R03: observation is outpatient; 'most likely' not coded as such, and vasovagal syncope is R55"),
            c("I10", "Hypertension - BP soft-normal", why="R20: treatment changed"),
            c("E86.0", "Mild dehydration", why="R22: dehydration treated"),
        ],
        skips=[
            skip("Cardiac syncope felt unlikely", "R03", "uncertain, not coded"),
            skip("seizure not suspected", "R01", "negated"),
            skip("GERD, migraines", "R20", "PMH not addressed"),
            skip("s/p\n        cholecystectomy", "R20", "surgical history"),
            skip("Denies chest pain or palpitations", "R01", "negated"),
            skip("return for recurrent episodes", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r14-28", dos="2026-07-30", age=68, sex="M", payer="medicare", provider=1, **OBS,
        text="""
        Hospitalist Observation Note / Discharge

        68M placed in observation 7/29 for 25 minutes of right hand weakness and slurred speech that resolved
        completely before arrival. NIHSS 0 on arrival and today.

        Workup: MRI brain - no acute infarct, mild chronic small vessel changes. CTA head/neck: 40% stenosis of
        the right internal carotid artery origin, left ICA normal, intracranial vessels patent. Telemetry 24 h
        without atrial fibrillation. TTE: EF 60%, no thrombus, bubble study negative. LDL 148. A1c 7.1 (no prior
        diabetes diagnosis). BP 150s/80s.

        PMH: hypertension x 10 yr on amlodipine, knee OA, remote appendectomy. Former smoker, quit 1998.

        Assessment/Plan
        1. Transient ischemic attack, left hemispheric. ABCD2 score 5. Aspirin 81 mg + clopidogrel 75 mg x 21
           days then aspirin alone. 30-day event monitor to look for paroxysmal AF; cardioembolic source not
           identified so far.
        2. Right ICA stenosis, 40%, asymptomatic side - medical management, repeat duplex in 1 year.
        3. Hyperlipidemia - start atorvastatin 80 mg.
        4. Type 2 diabetes, new diagnosis, A1c 7.1 - start metformin 500 mg BID, diabetes education, PCP.
        5. Hypertension - add lisinopril 10 mg to amlodipine; goal < 130/80.

        Discharged home, neurology clinic 2-4 weeks, PCP 1 week.
        """,
        codes=[
            c("G45.9", "Transient ischemic attack, left hemispheric",
              why="R21: transient cerebral ischemic attack, first-listed"),
            c("I65.21", "Right ICA stenosis, 40%", why="R22: stenosis of the right carotid artery, managed"),
            c("E78.5", "Hyperlipidemia - start atorvastatin", why="R20: treatment started"),
            c("E11.9", "Type 2 diabetes, new diagnosis, A1c 7.1",
              why="R22: diabetes without documented complication; metformin started today has no Z79.84 "
                  "(Decisions)"),
            c("I10", "Hypertension - add lisinopril", why="R20: treatment changed"),
            c("Z87.891", "Former smoker, quit 1998", why="R06: former smoker, a stroke risk factor"),
        ],
        skips=[
            skip("no acute infarct", "R01", "negated"),
            skip("without atrial fibrillation", "R01", "negated"),
            skip("cardioembolic source not\n           identified", "R01", "negated"),
            skip("knee OA", "R20", "PMH not addressed"),
            skip("remote appendectomy", "R20", "surgical history"),
            skip("start metformin 500 mg BID", "R10", "started today, not long-term yet"),
            skip("clopidogrel 75 mg x 21\n           days", "R10", "short course started today"),
        ],
    ),
    NoteSpec(
        id="dev-r14-29", dos="2026-08-15", age=31, sex="F", payer="aetna", new_patient=True, **UC,
        text="""
        URGENT CARE - New Patient

        CC: burning with urination x 2 days
        31F with dysuria, frequency, urgency and suprapubic discomfort for 2 days, pink-tinged urine this
        morning. No fever, chills, flank pain, nausea. No vaginal discharge or itching. Sexually active with one
        partner, condoms. LMP 8/2, normal. Last UTI 2 years ago. No PMH. Meds: none. Allergies: sulfa (rash).

        ROS: no rash, no joint pain, no abdominal pain beyond the suprapubic pressure. Not pregnant per LMP;
        declines a pregnancy test, no chance of pregnancy per patient.

        Vitals: T 36.9, HR 78, BP 116/72, SpO2 99%.
        Exam: Well appearing, in no distress. Abdomen soft, mild suprapubic tenderness, no rebound or
        guarding, no CVA tenderness. Pelvic exam not indicated - no discharge, symptoms typical of cystitis.

        In-clinic urine dipstick (performed here, non-automated): leukocyte esterase 2+, nitrite positive, blood
        2+, protein trace. Urine culture sent.

        Assessment: Acute cystitis with hematuria. No signs of pyelonephritis.
        Plan: nitrofurantoin monohydrate/macrocrystals 100 mg BID x 5 days (sulfa allergy - no TMP-SMX).
        Phenazopyridine 200 mg TID x 2 days. Fluids. Will call with culture results and adjust if resistant.
        Return or go to the ED for fever, flank pain or vomiting.
        """,
        codes=[
            c("N30.01", "Acute cystitis with hematuria", why="R22: acute cystitis with hematuria"),
            c("Z88.2", "sulfa allergy - no TMP-SMX",
              why="R20: allergy status to sulfonamides that directed the antibiotic choice"),
            c("99203", "Assessment:",
              why="R15: acute uncomplicated illness (low), urinalysis and culture (limited data), prescription "
                  "drugs (moderate risk): low MDM, new patient"),
            c("81002", "In-clinic urine dipstick (performed here, non-automated)",
              why="R19: dipstick urinalysis performed in the office, non-automated without microscopy"),
        ],
        skips=[
            skip("No fever, chills, flank pain, nausea", "R01", "negated"),
            skip("No signs of pyelonephritis", "R01", "negated"),
            skip("Last UTI 2 years ago", "R20", "past episode"),
            skip("Return or go to the ED for fever", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r14-30", dos="2026-09-12", age=12, sex="M", payer="bcbs", **UC,
        text="""
        Urgent care visit - established (seen here in March for strep)

        12 y/o M rolled R ankle (inversion) at soccer practice ~2 hr ago, able to bear weight with a limp. Mom with
        him, gives history too. Ice applied. No prior ankle injuries. Otherwise healthy; mild intermittent asthma,
        uses albuterol before games only, none needed today.

        Exam: swelling and ecchymosis anterolateral R ankle, TTP over ATFL, no bony tenderness at posterior
        edge/tip of either malleolus, base of 5th MT or navicular. Anterior drawer mildly lax compared to L. NV
        intact.

        Ottawa ankle rules negative but given mom's concern, R ankle x-ray 3 views ordered here - read by radiology:
        no fracture, physes normal, soft tissue swelling laterally.

        Vitals: afebrile, HR 84. Weight 44 kg. Skin intact, no abrasion. Knee and foot exams normal, calf
        nontender, Thompson test negative.

        Assessment: Sprain of anterior talofibular ligament, right ankle, grade II.
        Plan: RICE, lace-up ankle brace (family will purchase at the pharmacy), ibuprofen 400 mg q6-8h prn, crutches
        for comfort x 2-3 days, weight bear as tolerated. Home exercises handout. No soccer for 2-3 weeks; return
        to play when able to hop without pain. Sports medicine f/u if not improving in 2 weeks.
        """,
        codes=[
            c("S93.491A", "Sprain of anterior talofibular ligament, right ankle",
              why="R12/R11: sprain of other ligament (talofibular) of the right ankle, initial encounter"),
            c("99213", "Assessment:",
              why="R15: acute uncomplicated injury (low), x-ray ordered and history from the mother (limited "
                  "data), OTC drug (low risk): low MDM"),
        ],
        skips=[
            skip("no fracture", "R01", "negated"),
            skip("No prior ankle injuries", "R01", "negated"),
            skip("mild intermittent asthma", "R20", "not addressed at the visit"),
            skip("if not improving in 2 weeks", "R07", "conditional"),
        ],
    ),
]

NOTES = EMERGENCY + DISCHARGES + HP_CONSULTS + OBS_URGENT
