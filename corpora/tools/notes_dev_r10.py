"""Dev notes dev-r10-01..22 (issue #3, batch r10): hospital and emergency documentation in other authors' words.
Twelve inpatient discharge summaries and H&Ps (Section II principal diagnosis from the discharge diagnoses;
uncertain diagnoses still documented at discharge coded as established, II.H; conditions treated during the stay
coded even when resolved by discharge; abnormal values the physician never calls a diagnosis left out) with the
combination codes a hospital coder meets: severe sepsis with organ dysfunction (R65.20) and septic shock
(R65.21), pneumonia by organism, AKI on CKD by stage with hypertensive CKD, acute on chronic heart failure by
type, COPD with both a lower respiratory infection and an exacerbation, hyperosmolar diabetes with diabetic CKD,
a bleeding duodenal ulcer with H. pylori and acute blood loss anemia, alcohol dependence with withdrawal, a hip
fracture (7th character A), an embolic stroke with its deficits and NIHSS, SIADH from an SSRI (nature first,
then the adverse effect; hyponatremia not coded beside E22.2, Excludes1) with metabolic encephalopathy, biliary
pancreatitis. Ten emergency department notes (outpatient rules, IV.H: "likely", "possible", "r/o", "vs" not
coded, the symptom is; ED E/M 99282-99285 by MDM; critical care 99291 by time with a separately billed
intubation; laceration repair, splint and ECG interpretation; nurse-given drugs are facility services). Styles:
hospitalist dictation, templated ED notes with MDM sections, brief course summaries, discharge medication
reconciliation lists, pending-at-discharge items. Distractors: differentials, PMH-only chronic conditions, home
medications for conditions not addressed, short-course anticoagulation, drugs stopped at discharge, pending
cultures and pathology. External cause codes are not assigned (Decisions). Gold written before the engine ran.

First run (scored once before any rule change, engine at commit ef6fa83 with other helpers' uncommitted
suggest/engine.py and synonyms.json edits in the tree, 22 notes): ICD-10-CM P 0.752 R 0.905 F1 0.822 (evidence
F1 0.800); procedure P 0.733 R 0.688 F1 0.710 (evidence F1 0.645); E/M level 6/9. Outputs in
/work/firstrun/dev-r10.jsonl (gold as scored: dev-r10.gold.jsonl).
Gold corrected after the first run where it broke a guideline: dev-r10-03 BPH coded (N40.0: evaluated for
retention and tamsulosin continued, Section III clinical evaluation, as dev-r4-01); dev-r10-04 antral gastritis
coded (K29.70: biopsied and treated, Section III diagnostic procedure); dev-r10-20 99283 -> 99284 (the urine
culture sent is a third unique test: moderate data with prescription-drug risk is moderate MDM, AMA table).
Against the corrected gold the first run scores ICD-10-CM P 0.762 R 0.895 F1 0.824, procedure F1 0.774, E/M 7/9.
Causes: Z48.02 from a planned 'suture/staple removal'; Z79.84 for oral agents held/stopped at discharge and Z79.01
for a heparin drip; 'had shingles in 2020' and 'had cataract surgery in 2019' coded as current; 'Osteoporosis has
never been evaluated' made the hip fracture M80.051A; 'Wernicke encephalopathy was not suspected' coded by II.H;
confusion beside metabolic encephalopathy; Influenza A pneumonia J10.1 (the NOS mention replaced J10.00); 'likely
gallstone' pancreatitis K85.90; 'Haemophilus influenzae' and 'resp failure' unknown (J18.9, R09.02); 'acute chest
pain' G89.11; SIADH from sertraline without T43.225A; 'left MCA territory, cardioembolic' I63.9; melena paired with
gastritis (K29.71); a cholecystectomy of this stay as Z90.49; 94640 for an ED nurse's neb; 93010 missed on 'ECG -
my read'; a possibility 'not consistent' with the exam and 'not fully excluded' misread for ED MDM.
After the fixes of this batch (commits 6bec074, 0008db3, 65617b9, 3ba50f9, 7b51846, 4e0c03e, d15ff86, 0d276d1,
5180f77, 7f01d50, 1654524, 24ee49e, 06f9bde): ICD-10-CM P 0.933 R 0.977 F1 0.955 (evidence 0.943), procedure
P 1.000 R 0.938 F1 0.968, E/M 9/9. Still wrong: K29.70 missed (gastritis found at EGD in the course is read as not
addressed), F10.239 for F10.230 and F41.9 (anxiety as a withdrawal symptom), M17.0/G43.009/R74.01/Z90.49 (PMH-type
items or a normalized lab in inpatient prose), 31500 ('I' and 'intubated' split across a line break).
"""

from corpora.tools.spec import NoteSpec, c, skip

HOSP = dict(specialty="hospital medicine", setting="inpatient", pos="21")
ED = dict(specialty="emergency medicine", setting="outpatient", pos="23")

INPATIENT = [
    NoteSpec(
        id="dev-r10-01", dos="2026-02-09", age=68, sex="F", payer="medicare", **HOSP,
        text="""
        HOSPITALIST DISCHARGE SUMMARY
        Admitted: 02/05/2026     Discharged: 02/09/2026

        This is a 68-year-old woman with type 2 diabetes who presented with two days of right flank pain,
        rigors and dysuria. In the emergency department she was febrile to 39.1 with a heart rate of 118 and a
        blood pressure of 92/54 that came up to 110/62 after 2 liters of crystalloid; she never needed
        vasopressors. Lactate was 3.1 and cleared to 1.4 by the next morning. Creatinine was 2.3 against a
        baseline of 0.9. CT of the abdomen showed right-sided perinephric stranding without abscess or
        obstruction. Urine culture grew mixed flora and blood cultures had no growth at five days.

        Discharge diagnoses:
        1. Sepsis due to acute right pyelonephritis with acute kidney injury (sepsis-associated organ
           dysfunction)
        2. Acute kidney injury, prerenal/septic - resolved, creatinine 1.0 at discharge
        3. Type 2 diabetes mellitus, poorly controlled, A1c 9.8%
        4. Status post cholecystectomy (2014)

        Hospital course by problem:
        Sepsis / pyelonephritis: treated with IV ceftriaxone, defervesced on day 2, transitioned to oral
        cefpodoxime to complete 14 days total.
        AKI: improved with fluids; lisinopril was held and resumed at discharge.
        Diabetes: glucoses ran 250-340 on admission. A1c 9.8%. Basal insulin glargine was started at 14 units
        nightly and metformin continued. Diabetes educator saw her; she is comfortable with the pen.
        Mild transaminase elevation on admission (ALT 62) normalized by day 3 without further workup.
        She has a remote history of migraines and uses sumatriptan a few times a year.

        Discharge medications: cefpodoxime 200 mg BID x 10 days, insulin glargine 14 units qHS (NEW), metformin
        1000 mg BID, lisinopril 10 mg daily (resume), sumatriptan 50 mg PRN.
        Pending: none. Follow-up: PCP in 1 week with BMP and glucose log.
        """,
        codes=[
            c("A41.9", "Sepsis due to acute right pyelonephritis",
              why="R21: principal diagnosis, the systemic infection is sequenced first; no organism identified "
                  "(I.C.1.d.4)"),
            c("R65.20", "with acute kidney injury (sepsis-associated organ\n   dysfunction)",
              why="R22: severe sepsis, sepsis with associated acute organ dysfunction, without shock "
                  "(I.C.1.d.1.a)"),
            c("N10", "acute right pyelonephritis", why="R22: the localized infection"),
            c("N17.9", "Acute kidney injury, prerenal/septic",
              why="R20: the organ dysfunction is coded with R65.20; treated during the stay, coded though "
                  "resolved (Section III)"),
            c("E11.65", "Type 2 diabetes mellitus, poorly controlled", "glucoses ran 250-340",
              why="R09: poorly controlled diabetes with documented high sugars is hyperglycemia (Decisions)"),
            c("Z79.4", "insulin glargine 14 units qHS", why="R10: insulin started for long-term use"),
            c("Z79.84", "metformin\n        1000 mg BID", why="R10: oral hypoglycemic with insulin, both coded"),
        ],
        skips=[
            skip("Lactate was 3.1", "R23", "integral to sepsis"),
            skip("blood pressure of 92/54", "R23", "hypotension integral to sepsis, no shock"),
            skip("without abscess or\n        obstruction", "R01", "negated"),
            skip("Status post cholecystectomy (2014)", "R20", "surgical history not affecting the stay"),
            skip("Mild transaminase elevation", "R20", "abnormal value not called a diagnosis, no workup"),
            skip("remote history of migraines", "R20", "home medication for a condition not addressed"),
        ],
    ),
    NoteSpec(
        id="dev-r10-02", dos="2026-03-14", age=79, sex="M", payer="medicare", provider=1, **HOSP,
        text="""
        DISCHARGE SUMMARY (dictated)

        DATE OF ADMISSION: 03/10/2026.  DATE OF DISCHARGE: 03/14/2026.

        DISCHARGE DIAGNOSES:
        1.  Acute on chronic diastolic congestive heart failure, HFpEF (EF 60%).
        2.  Hypertensive heart and chronic kidney disease, CKD stage 4.
        3.  Paroxysmal atrial fibrillation, on apixaban.
        4.  Hyperkalemia, resolved.

        HISTORY/HOSPITAL COURSE: The patient is a 79-year-old gentleman with HFpEF and stage 4 chronic kidney
        disease followed by Dr. Ames in nephrology, who came in with ten days of progressive dyspnea on
        exertion, three-pillow orthopnea and a 12-pound weight gain. On arrival BNP was 1,960 and potassium
        5.9. Chest x-ray showed pulmonary vascular congestion with small bilateral effusions. Troponin was
        0.02 and flat; no acute coronary syndrome. He was diuresed with IV bumetanide with net negative 5.2
        liters. The hyperkalemia was treated with sodium zirconium cyclosilicate and his spironolactone was
        stopped; potassium 4.6 at discharge. Creatinine stayed at his baseline of 2.8, GFR 21. His atrial
        fibrillation was paroxysmal on telemetry with two short runs, rate controlled on metoprolol, and
        apixaban was continued at the renally adjusted dose. Blood pressure improved on his home amlodipine.
        He had cataract surgery in 2019.

        DISCHARGE MEDICATIONS:
        bumetanide 2 mg PO BID (dose increased)
        metoprolol succinate 50 mg daily
        apixaban 2.5 mg BID
        amlodipine 10 mg daily
        spironolactone - DISCONTINUED

        FOLLOW UP: nephrology 1 week, cardiology 2 weeks, BMP in 3 days.
        """,
        codes=[
            c("I13.0", "Hypertensive heart and chronic kidney disease",
              "Acute on chronic diastolic congestive heart failure",
              why="R08/R21: hypertension with heart failure and CKD stage 4 is I13.0, sequenced first "
                  "(I.C.9.a.3)"),
            c("I50.33", "Acute on chronic diastolic congestive heart failure",
              why="R22: acuity and type of heart failure"),
            c("N18.4", "CKD stage 4", why="R08: CKD stage with I13.0"),
            c("I48.0", "Paroxysmal atrial fibrillation", why="R22: paroxysmal atrial fibrillation"),
            c("E87.5", "Hyperkalemia, resolved",
              why="R20: treated during the stay (potassium binder, drug stopped): coded though resolved"),
            c("Z79.01", "apixaban 2.5 mg BID", why="R10: long-term anticoagulant"),
        ],
        skips=[
            skip("no acute coronary syndrome", "R01", "ruled out"),
            skip("He had cataract surgery in 2019", "R20", "surgical history not affecting the stay"),
        ],
    ),
    NoteSpec(
        id="dev-r10-03", dos="2026-01-19", age=71, sex="M", payer="medicare", **HOSP,
        text="""
        Discharge Summary - Medicine B

        Principal dx: LLL pneumonia, Haemophilus influenzae (sputum cx)
        Secondary: COPD w/ acute exacerbation; chronic hypoxemic resp failure on 2 L home O2 - at baseline;
        ex-smoker (quit 2018, 45 pk-yr)

        Brief course: 71M w/ severe COPD (FEV1 38%), on 2 L NC at home, presented w/ 4 d incr dyspnea, purulent
        sputum and fever 38.6. CXR LLL consolidation. Placed on 4 L, did not require BiPAP. Sputum cx grew
        H. influenzae, beta-lactamase positive; narrowed from ceftriaxone/azithro to amox-clav. Aspiration was
        considered on admission given a recent dental procedure but felt unlikely after SLP eval. Prednisone
        40 mg x 5 d and scheduled duonebs for the exacerbation. Back to 2 L at rest by day 4, ambulating
        without desaturation on 3 L. BPH - tamsulosin home med, no retention.

        Pending at discharge: blood cx x2 no growth to date (final pending); Legionella urine Ag pending.

        D/C meds: amox-clav 875 mg BID x 5 more days; prednisone completed in house; tiotropium, budesonide-
        formoterol continued; albuterol PRN; tamsulosin 0.4 mg.
        F/u pulm 2 wk, PCP 1 wk. Home O2 2 L unchanged.
        """,
        codes=[
            c("J14", "LLL pneumonia, Haemophilus influenzae",
              why="R21/R22: principal diagnosis, pneumonia by the identified organism"),
            c("J44.0", "COPD w/ acute exacerbation", "LLL pneumonia",
              why="R22: COPD with an acute lower respiratory infection (code also the infection)"),
            c("J44.1", "COPD w/ acute exacerbation", why="R22: COPD with exacerbation, coded with J44.0"),
            c("J96.11", "chronic hypoxemic resp failure on 2 L home O2",
              why="R22: chronic respiratory failure with hypoxia, at baseline, affecting care"),
            c("Z99.81", "on 2 L NC at home", why="R20: dependence on supplemental oxygen"),
            c("N40.0", "BPH - tamsulosin home med, no retention",
              why="R20: evaluated for retention and treatment continued (Section III)"),
            c("Z87.891", "ex-smoker (quit 2018, 45 pk-yr)", why="R06: former smoker"),
        ],
        skips=[
            skip("Aspiration was\n        considered", "R01", "considered and ruled out at discharge"),
            skip("blood cx x2 no growth to date", "R01", "pending, negative so far"),
            skip("Legionella urine Ag pending", "R07", "pending result"),
        ],
    ),
    NoteSpec(
        id="dev-r10-04", dos="2026-04-03", age=63, sex="M", payer="aetna", **HOSP,
        text="""
        DISCHARGE SUMMARY - Hospital Medicine
        Admission 3/31/2026 -> Discharge 4/3/2026

        Reason for admission: melena and symptomatic anemia.

        Final diagnoses:
        - Bleeding duodenal bulb ulcer (Forrest IIa), H. pylori positive on biopsy
        - Acute blood loss anemia, transfused 2 units PRBC
        - Essential hypertension

        Hospital course: Mr. Petrakis is a 63-year-old man who took ibuprofen 800 mg three times daily for a
        week for a back strain, with three days of black stools and lightheadedness. Hgb 6.9 on arrival
        (baseline 14 a year ago), BUN 48. He received 2 units of PRBC with an appropriate rise to 9.1 and a
        pantoprazole infusion. EGD on hospital day 1 (Dr. Haddad): 1.2 cm clean-based ulcer with a visible
        vessel in the duodenal bulb, treated with epinephrine injection and clips; mild antral gastritis,
        biopsied. Biopsies returned H. pylori positive; quadruple therapy started. No rebleeding; Hgb stable
        at 9.3 x 48 h. His aspirin 81 mg, which he took for primary prevention, was stopped permanently and
        ibuprofen avoided. Amlodipine held for soft pressures on day 1 and restarted at discharge. The back
        strain has resolved.

        Discharge med rec:
          pantoprazole 40 mg BID x 8 weeks      NEW
          bismuth/metronidazole/tetracycline    NEW x 14 days
          amlodipine 5 mg daily                 CONTINUE
          aspirin 81 mg                         STOP
          ibuprofen                             STOP - avoid NSAIDs

        Follow-up: GI clinic 8 weeks, H. pylori eradication test 4 weeks after therapy; CBC in 1 week.
        """,
        codes=[
            c("K26.4", "Bleeding duodenal bulb ulcer",
              why="R21/R22: principal diagnosis, duodenal ulcer (acuity not stated) with hemorrhage"),
            c("B96.81", "H. pylori positive on biopsy", why="R22: organism as the cause of the ulcer"),
            c("D62", "Acute blood loss anemia, transfused 2 units PRBC",
              why="R20: acute posthemorrhagic anemia treated with transfusion"),
            c("K29.70", "mild antral gastritis",
              why="R20: gastritis biopsied and treated (H. pylori therapy), not the bleeding source (Section III)"),
            c("I10", "Essential hypertension", why="R20: chronic condition treated during the stay"),
        ],
        skips=[
            skip("aspirin 81 mg                         STOP", "R10", "stopped: no long-term aspirin code"),
            skip("The back\n        strain has resolved", "R20", "resolved before the stay, not treated"),
            skip("No rebleeding", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r10-05", dos="2026-02-23", age=49, sex="M", payer="medicaid", **HOSP,
        text="""
        Hospital Medicine Discharge Note

        Dx at discharge:
        #1 Alcohol withdrawal - alcohol use disorder, severe
        #2 Hypomagnesemia, hypokalemia - repleted
        #3 Thrombocytopenia, probably alcohol-related marrow suppression
        #4 Hepatic steatosis on US, alcoholic fatty liver
        #5 Tobacco use disorder, cigarettes

        Course: 49 y/o M drinking ~1 L vodka/day x years, last drink the morning before admission, presented
        with tremor, diaphoresis, anxiety and HR 124. No hallucinations, no seizure, oriented throughout - no
        delirium tremens. Managed on symptom-triggered CIWA lorazepam, peak CIWA 18 on day 2, off benzos >24 h
        before discharge. Thiamine IV then PO; Wernicke encephalopathy was not suspected clinically but high-
        dose thiamine was given prophylactically. Mg 1.2 and K 3.1 on admission, repleted IV. Platelets 88K,
        nadir 81K, no bleeding; recheck as outpatient. RUQ US: diffuse hepatic steatosis, no cirrhotic
        morphology, LFTs AST 98 ALT 51. Smokes 1 ppd - nicotine patch 21 mg, counseled.
        Social work: accepted referral to intensive outpatient program; naltrexone started.

        Home meds: none prior. D/C meds: thiamine 100 mg, folic acid 1 mg, multivitamin, naltrexone 50 mg
        daily, nicotine patch 21 mg/24 h.
        """,
        codes=[
            c("F10.230", "Alcohol withdrawal - alcohol use disorder, severe",
              why="R21/R22: principal diagnosis, alcohol dependence (severe use disorder) with uncomplicated "
                  "withdrawal - no delirium, no perceptual disturbance"),
            c("E83.42", "Hypomagnesemia", why="R20: treated (repleted)"),
            c("E87.6", "hypokalemia - repleted", why="R20: treated (repleted)"),
            c("D69.6", "Thrombocytopenia, probably alcohol-related",
              why="R04: the diagnosis stands; its uncertain cause at discharge does not change the code"),
            c("K70.0", "alcoholic fatty liver", why="R22: alcoholic fatty liver on imaging, documented"),
            c("F17.210", "Tobacco use disorder, cigarettes", why="R22: nicotine dependence, cigarettes"),
        ],
        skips=[
            skip("No hallucinations, no seizure", "R01", "negated"),
            skip("no\n        delirium tremens", "R01", "negated"),
            skip("Wernicke encephalopathy was not suspected", "R01", "negated; thiamine prophylactic"),
            skip("no cirrhotic\n        morphology", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r10-06", dos="2026-05-08", age=84, sex="F", payer="medicare", **HOSP,
        text="""
        ORTHOPAEDIC CO-MANAGEMENT - HOSPITALIST DISCHARGE SUMMARY
        Admit 5/4/2026, discharge 5/8/2026 to SNF (Briarwood) for rehab.

        Principal diagnosis: closed displaced intertrochanteric fracture, right femur
        Procedure: cephalomedullary nail R hip 5/5/2026 (Dr. Varga)

        84-year-old woman who tripped over a throw rug at home and landed on her right side; no head strike,
        no loss of consciousness, no prodrome. X-ray showed a displaced intertrochanteric fracture of the right
        femur. Medically optimized and taken to the OR on HD2. Postoperatively her hemoglobin fell from 11.8 to
        7.4; acute blood loss anemia (postoperative, expected for the procedure) was treated with 1 unit PRBC,
        Hgb 8.6 at discharge. Hypothyroidism - levothyroxine continued. Hypertension - lisinopril held
        perioperatively for low pressures, resumed on POD2. Osteoporosis has never been evaluated; a
        DEXA and bone health visit is recommended after rehab. She had shingles in 2020.

        DVT prophylaxis: enoxaparin 40 mg daily x 28 days post-op, then stop.

        Medications at discharge: acetaminophen 1 g TID, oxycodone 2.5 mg q6h PRN, enoxaparin 40 mg SC daily
        (through 6/2/2026), levothyroxine 75 mcg daily, lisinopril 10 mg daily, docusate/senna.
        Weight bearing as tolerated RLE. Ortho f/u 2 weeks for staple removal.
        """,
        codes=[
            c("S72.141A", "closed displaced intertrochanteric fracture, right femur",
              why="R12/R21: principal diagnosis, displaced intertrochanteric fracture, right, initial "
                  "encounter while in active treatment (7th character A)"),
            c("D62", "acute blood loss anemia (postoperative",
              why="R20: acute blood loss anemia treated with transfusion; expected blood loss is not a "
                  "complication code"),
            c("E03.9", "Hypothyroidism - levothyroxine continued", why="R20: chronic condition treated"),
            c("I10", "Hypertension - lisinopril held", why="R20: chronic condition managed during the stay"),
        ],
        skips=[
            skip("no head strike,\n        no loss of consciousness", "R01", "negated"),
            skip("Osteoporosis has never been evaluated", "R01",
                 "no osteoporosis diagnosed; workup recommended (and S72 excludes M80 fragility coding)"),
            skip("enoxaparin 40 mg daily x 28 days", "R10", "short course prophylaxis, not long-term"),
            skip("She had shingles in 2020", "R20", "past illness not affecting the stay"),
        ],
    ),
    NoteSpec(
        id="dev-r10-07", dos="2026-06-12", age=76, sex="M", payer="medicare", provider=1, **HOSP,
        text="""
        STROKE SERVICE DISCHARGE SUMMARY
        Admitted 06/08/2026 - Discharged 06/12/2026 to acute inpatient rehabilitation

        Diagnoses:
        1. Acute ischemic stroke, left MCA territory, cardioembolic
        2. Right hemiparesis (patient is right-handed) and expressive aphasia
        3. Oropharyngeal dysphagia
        4. Atrial fibrillation, newly diagnosed
        5. Hypertension
        6. Hyperlipidemia

        Presentation: 76-year-old right-handed man found by his wife with right arm and leg weakness and
        difficulty getting words out, last known well 2.5 h before arrival. NIHSS 8 on arrival. CT head no
        hemorrhage; CTA with left M2 occlusion not amenable to thrombectomy; tPA given at 3.1 h. MRI: acute
        left MCA infarcts, embolic pattern. Telemetry: atrial fibrillation, first documented this admission,
        rate 80-110. TTE: no LV thrombus, LA dilated.
        Course: No hemorrhagic conversion on 24 h CT. Apixaban started day 4. Bedside swallow failed; SLP
        video swallow showed oropharyngeal dysphagia, on mechanical soft diet with thin liquids via chin tuck.
        Permissive hypertension for 48 h, then amlodipine resumed. LDL 142, atorvastatin increased to 80 mg.
        At discharge: right arm 3/5, leg 4/5, expressive aphasia improving. Carotid stenosis excluded on CTA.

        Discharge meds: apixaban 5 mg BID (long-term), atorvastatin 80 mg, amlodipine 5 mg, metoprolol
        tartrate 25 mg BID.
        """,
        codes=[
            c("I63.412", "Acute ischemic stroke, left MCA territory, cardioembolic",
              why="R21/R22: principal diagnosis, cerebral infarction due to embolism of the left MCA"),
            c("G81.91", "Right hemiparesis (patient is right-handed)",
              why="R22: hemiparesis of the dominant side, a deficit of the current stroke"),
            c("R47.01", "expressive aphasia", why="R22: aphasia, a deficit of the current stroke"),
            c("R13.12", "Oropharyngeal dysphagia", why="R22: dysphagia by phase"),
            c("I48.91", "Atrial fibrillation, newly diagnosed", why="R22: atrial fibrillation, type not stated"),
            c("I10", "Hypertension", why="R20: chronic condition treated"),
            c("E78.5", "Hyperlipidemia", why="R20: treated (statin increased)"),
            c("Z79.01", "apixaban 5 mg BID (long-term)", why="R10: long-term anticoagulant started"),
            c("R29.708", "NIHSS 8", why="R22: NIHSS score with the acute stroke (I.C.18.i)"),
        ],
        skips=[
            skip("no\n        hemorrhage", "R01", "negated"),
            skip("No hemorrhagic conversion", "R01", "negated"),
            skip("Carotid stenosis excluded", "R01", "ruled out"),
            skip("no LV thrombus", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r10-08", dos="2026-01-28", age=66, sex="F", payer="uhc", **HOSP,
        text="""
        DISCHARGE SUMMARY

        Admit date 1/24/2026. Discharge date 1/28/2026.
        Discharge diagnoses
          Principal: Hyperosmolar hyperglycemic state, type 2 diabetes, without coma
          AKI on CKD stage 3b (diabetic nephropathy); hypertension
          UTI ruled out

        HPI/course: 66F with T2DM (on metformin and glipizide), HTN and CKD 3b from diabetic kidney disease,
        brought in for a week of polyuria, poor oral intake and increasing lethargy. Glucose 868, serum osm 342,
        bicarbonate 21, beta-hydroxybutyrate 0.6, no ketoacidosis. Creatinine 2.9 (baseline 1.6). Alert and
        oriented, GCS 15. Treated with IV fluids and an insulin infusion, transitioned to basal-bolus insulin on
        HD2. Creatinine improved to 1.8. UA had pyuria on the admission specimen but culture was negative and
        she had no urinary symptoms; no antibiotics. Glipizide stopped. Metformin held at discharge given
        eGFR 31 - PCP to decide about restarting. Losartan held for AKI, restarted at half dose.

        Discharge medications:
        insulin glargine 20 units nightly (new)
        insulin lispro 4 units with meals (new)
        losartan 25 mg daily
        metformin - HOLD
        glipizide - STOP

        Follow-up: PCP/endocrine 1 week, BMP in 3 days.
        """,
        codes=[
            c("E11.00", "Hyperosmolar hyperglycemic state, type 2 diabetes, without coma",
              why="R09/R21: principal diagnosis, type 2 diabetes with hyperosmolarity without coma"),
            c("E11.22", "CKD stage 3b (diabetic nephropathy)",
              why="R09: type 2 diabetes with diabetic chronic kidney disease"),
            c("N17.9", "AKI on CKD stage 3b", why="R20: acute kidney injury treated"),
            c("I12.9", "hypertension", "CKD stage 3b", why="R08: hypertension with CKD"),
            c("N18.32", "CKD stage 3b", why="R09/R08: CKD stage with E11.22 and I12.9"),
            c("Z79.4", "insulin glargine 20 units nightly (new)", why="R10: insulin for long-term use"),
        ],
        skips=[
            skip("UTI ruled out", "R01", "ruled out"),
            skip("no ketoacidosis", "R01", "negated"),
            skip("metformin - HOLD", "R10", "oral hypoglycemic held at discharge, not current"),
            skip("glipizide - STOP", "R10", "stopped"),
        ],
    ),
    NoteSpec(
        id="dev-r10-09", dos="2026-03-27", age=81, sex="F", payer="medicare", **HOSP,
        text="""
        Hospitalist Discharge Summary

        Admission: 3/22/26   Discharge: 3/27/26   Disposition: home with daughter, home health RN

        Final diagnoses:
        1. SIADH secondary to sertraline, with severe hyponatremia (Na 116)
        2. Acute metabolic encephalopathy due to hyponatremia - resolved
        3. Major depressive disorder, recurrent, moderate

        Summary: Mrs. Oyelaran, 81, was brought in by her daughter for three days of confusion and two falls
        without injury. Sertraline had been increased from 50 to 100 mg two weeks earlier. Sodium 116, serum osm
        238, urine osm 512, urine sodium 64, euvolemic on exam, TSH and AM cortisol normal. She was disoriented
        to place and date, which the neurology consultant attributed to metabolic encephalopathy from the
        hyponatremia; CT head without acute findings. Sertraline was discontinued, fluid restriction 1 L, and
        sodium was corrected no faster than 8 mEq/L per day, reaching 131 at discharge; mentation back to
        baseline by day 4. Psychiatry consulted: mood stable, switched to mirtazapine 7.5 mg nightly. She has
        osteoarthritis of both knees and uses topical diclofenac.

        Medications at discharge: mirtazapine 7.5 mg qHS (NEW), sertraline - STOPPED (SIADH), diclofenac gel
        PRN, vitamin D.
        Pending: none. Labs: BMP in 48-72 h via home health.
        """,
        codes=[
            c("E22.2", "SIADH secondary to sertraline",
              why="R21: principal diagnosis, the nature of the adverse effect is sequenced first "
                  "(I.C.19.e.5.a)"),
            c("T43.225A", "SIADH secondary to sertraline",
              why="R12: adverse effect of an SSRI taken as prescribed, initial encounter"),
            c("G93.41", "Acute metabolic encephalopathy due to hyponatremia",
              why="R22: metabolic encephalopathy, treated, coded though resolved"),
            c("F33.1", "Major depressive disorder, recurrent, moderate",
              why="R20: treated (drug changed, psychiatry consult)"),
        ],
        skips=[
            skip("severe hyponatremia (Na 116)", "R13",
                 "E87.1 Excludes1 hyponatremia with SIADH (E22.2)"),
            skip("two falls\n        without injury", "R20", "no injury"),
            skip("CT head without acute findings", "R01", "negated"),
            skip("osteoarthritis of both knees", "R20", "home medication for a condition not addressed"),
        ],
    ),
    NoteSpec(
        id="dev-r10-10", dos="2026-07-06", age=57, sex="F", payer="bcbs", **HOSP,
        text="""
        ADMISSION HISTORY AND PHYSICAL - Hospitalist

        CC: red, painful, swollen left lower leg x 3 days.
        HPI: 57 y/o woman with T2DM on insulin with peripheral neuropathy, morbid obesity and chronic left leg
        lymphedema, who noticed redness spreading up from the left ankle with fever to 38.4 at home. Failed 48 h
        of outpatient cephalexin. No wounds she is aware of (decreased sensation). No trauma.
        PMH: T2DM (A1c 7.4% last month), diabetic peripheral neuropathy, obesity, lymphedema L leg since 2017,
        left leg DVT 2019 (completed 6 months of warfarin), GERD (omeprazole).
        Meds: insulin degludec 40 u daily, insulin aspart SSI, gabapentin 300 mg TID, omeprazole 20 mg.
        Exam: T 38.2, HR 104, BP 134/80. BMI 42.6. Left leg: erythema from dorsum of foot to mid-shin with
        warmth and tenderness, marked non-pitting edema L>R (chronic per pt), no fluctuance, no crepitus.
        Monofilament absent both feet.
        Data: WBC 14.1, CRP 88, lactate 1.3. Venous duplex L leg: no DVT. Bedside US: no abscess.

        Assessment/Plan:
        1. Cellulitis of the left lower leg, nonpurulent, failed oral therapy - IV cefazolin, elevate, mark
           borders.
        2. T2DM with diabetic polyneuropathy - continue basal insulin at 80%, correction scale, gabapentin.
        3. Chronic lymphedema of the left leg - predisposing; compression once cellulitis improves.
        4. Morbid obesity, BMI 42.6 - bariatric bed, PT/OT.
        5. Hx DVT left leg - duplex negative today; enoxaparin prophylaxis while inpatient.
        Full code. Expected LOS 2-3 days.
        """,
        codes=[
            c("L03.116", "Cellulitis of the left lower leg", why="R21/R22: reason for admission, cellulitis by site"),
            c("E11.42", "T2DM with diabetic polyneuropathy", why="R09: diabetes with polyneuropathy"),
            c("Z79.4", "insulin degludec 40 u daily", why="R10: long-term insulin"),
            c("I89.0", "Chronic lymphedema of the left leg", why="R20: chronic condition affecting care"),
            c("E66.01", "Morbid obesity, BMI 42.6", why="R22: morbid obesity documented by the provider"),
            c("Z68.41", "BMI 42.6", why="R22: BMI with the associated weight diagnosis (Decisions)"),
            c("Z86.718", "Hx DVT left leg", why="R06: personal history of venous thrombosis, relevant"),
        ],
        skips=[
            skip("no DVT", "R01", "negated"),
            skip("no abscess", "R01", "negated"),
            skip("GERD (omeprazole)", "R20", "PMH with home medication, not addressed"),
            skip("No trauma", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r10-11", dos="2026-08-19", age=44, sex="F", payer="cigna", **HOSP,
        text="""
        General Medicine Discharge Summary

        Admitted 8/15/2026, discharged 8/19/2026.

        Discharge Diagnoses:
        Principal - Acute pancreatitis, likely gallstone etiology
        Secondary - Cholelithiasis, s/p laparoscopic cholecystectomy 8/18; Obesity (BMI 33.4)

        Course: 44-year-old woman admitted with epigastric pain radiating to the back, lipase 2,840, ALT 312,
        T bili 2.1. No alcohol use; triglycerides 180, not a cause. RUQ US: multiple gallstones, CBD 5 mm; MRCP
        with no choledocholithiasis. CT: interstitial edematous pancreatitis, no necrosis or collections.
        Aggressive IV fluids, pain controlled, diet advanced by day 3. LFTs trended down. General surgery
        performed laparoscopic cholecystectomy on 8/18 (same admission) without complication. Obesity: weight
        counseling done, dietitian saw her. Hypertriglyceridemia and alcohol were excluded as causes.
        Pending at discharge: surgical pathology of the gallbladder.

        Home medications: norethindrone 0.35 mg daily (contraception) - continued. New: oxycodone 5 mg q6h PRN
        x 3 days, acetaminophen.
        Follow-up: surgery clinic 2 weeks; PCP 2 weeks with LFTs.
        """,
        codes=[
            c("K85.10", "Acute pancreatitis, likely gallstone etiology",
              why="R04/R21: principal diagnosis; 'likely' cause at discharge coded as established (II.H): "
                  "biliary acute pancreatitis without necrosis or infection"),
            c("K80.20", "Cholelithiasis", why="R22: gallstones without cholecystitis or obstruction documented"),
            c("E66.9", "Obesity (BMI 33.4)", why="R20: obesity addressed (counseling, dietitian)"),
            c("Z68.33", "BMI 33.4", why="R22: BMI with the weight diagnosis (Decisions)"),
        ],
        skips=[
            skip("no choledocholithiasis", "R01", "negated"),
            skip("no necrosis or collections", "R01", "negated"),
            skip("Hypertriglyceridemia and alcohol were excluded", "R01", "ruled out"),
            skip("surgical pathology of the gallbladder", "R07", "pending result"),
            skip("norethindrone 0.35 mg daily (contraception)", "R20", "home medication, not a condition"),
        ],
    ),
    NoteSpec(
        id="dev-r10-12", dos="2026-01-11", age=38, sex="M", payer="bcbs", **HOSP,
        text="""
        DISCHARGE SUMMARY - brief (LOS 3 days)

        Dx: 1) Influenza A pneumonia  2) Acute hypoxic respiratory failure  3) Moderate persistent asthma with
        acute exacerbation

        38M with asthma on fluticasone-salmeterol, admitted 1/8 with 3 days of
        fever, myalgias, cough and wheeze; rapid PCR influenza A positive. SpO2 86% RA, needed 4 L NC (PaO2 54)
        to keep sats > 92%. CXR bilateral patchy lower lobe opacities. Oseltamivir x 5 days. Procalcitonin
        0.08; bacterial pneumonia felt unlikely, ceftriaxone stopped after 24 h. Wheezing treated with
        prednisone 40 mg and q4h albuterol/ipratropium nebs. Weaned to RA day 3, ambulatory sat 95%.
        Respiratory culture pending at discharge. Influenza vaccine at the PCP visit once recovered.
        Hx of seasonal allergic rhinitis, not active.

        D/C: oseltamivir to complete 5 d, prednisone 40 mg x 2 more days, fluticasone-salmeterol 250/50 BID,
        albuterol PRN. F/u PCP 1 week.
        """,
        codes=[
            c("J10.00", "Influenza A pneumonia",
              why="R21/R22: principal diagnosis, influenza due to an identified virus with pneumonia "
                  "(I.C.10.c)"),
            c("J96.01", "Acute hypoxic respiratory failure", why="R22: acute respiratory failure with hypoxia"),
            c("J45.41", "Moderate persistent asthma with\n        acute exacerbation",
              why="R22: asthma by severity with exacerbation"),
        ],
        skips=[
            skip("bacterial pneumonia felt unlikely", "R01", "considered and dismissed at discharge"),
            skip("Respiratory culture pending", "R07", "pending result"),
            skip("Hx of seasonal allergic rhinitis, not active", "R20", "history, not addressed"),
            skip("Influenza vaccine at the PCP visit", "R07", "planned vaccination, not a diagnosis"),
        ],
    ),
]

EMERGENCY = [
    NoteSpec(
        id="dev-r10-13", dos="2026-02-02", age=47, sex="M", payer="uhc", **ED,
        text="""
        EMERGENCY DEPARTMENT PROVIDER NOTE
        Chief Complaint: Chest Pain
        HPI: 47 yo M presents with left-sided chest pain x 2 days, sharp, worse with twisting and deep breath,
        intermittent, no exertional pattern. Started after moving furniture. Some burning after meals this week.
        No SOB, no syncope, no diaphoresis. PMH: T2DM, hyperlipidemia. Home meds: metformin, rosuvastatin.
        Physical Exam: BP 136/84, HR 74, SpO2 99%. Reproducible tenderness over left 4th-5th costochondral
        junction. Lungs clear. No leg swelling.

        ECG: interpreted by me - sinus rhythm 72, normal intervals, no ST/T changes.
        Labs: hs-troponin 0 h 4, 2 h 4 (negative delta). CBC, BMP normal.
        Imaging: CXR ordered - no acute process per radiology.

        MEDICAL DECISION MAKING
        Presenting problem: acute chest pain, undiagnosed, uncertain prognosis.
        Differential: ACS vs musculoskeletal chest wall pain vs GERD vs PE. HEART 2, PERC negative.
        Likely costochondral/musculoskeletal with possible reflux component.
        Risk: prescription drug management (famotidine Rx).

        CLINICAL IMPRESSION: Atypical chest pain.
        DISPOSITION: Discharged. Famotidine 20 mg BID Rx, ibuprofen OTC, PCP f/u 1 week. Return precautions.
        """,
        codes=[
            c("R07.89", "Atypical chest pain",
              why="R03: 'likely' musculoskeletal and 'possible' reflux are not coded in the ED; the symptom is"),
            c("99284", "MEDICAL DECISION MAKING",
              why="R15: undiagnosed new problem with uncertain prognosis (moderate), 3+ tests (moderate data; "
                  "the ECG billed separately is not counted), prescription drug (moderate)"),
            c("93010", "ECG: interpreted by me", why="R18: ECG interpretation and report by the ED physician"),
        ],
        skips=[
            skip("ACS vs musculoskeletal chest wall pain vs GERD vs PE", "R03", "differential"),
            skip("Likely costochondral/musculoskeletal", "R03", "uncertain ED diagnosis"),
            skip("possible reflux component", "R03", "uncertain ED diagnosis"),
            skip("PMH: T2DM, hyperlipidemia", "R20", "PMH not addressed"),
            skip("No SOB, no syncope, no diaphoresis", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r10-14", dos="2026-03-21", age=82, sex="F", payer="medicare", **ED,
        text="""
        ED Physician Note

        82 yo F, mechanical fall at assisted living ~1 h PTA, tripped on walker, struck forehead on door frame.
        No LOC per staff, at neuro baseline. On apixaban for atrial fibrillation, last dose this AM.
        Exam: 2.4 cm linear laceration mid-forehead, clean edges, no FB, bleeding controlled. GCS 15, no focal
        deficits, C-spine nontender (NEXUS negative). Moves all extremities, no hip pain.

        CT head without contrast - ordered; I reviewed the images: no intracranial hemorrhage, no fracture.

        MDM: Head injury in an anticoagulated elderly patient, high risk for intracranial bleed - CT obtained and
        independently reviewed, negative. Afib rate controlled, continue apixaban. Neuro checks x 2 h normal.

        PROCEDURE: Laceration repair. Site: forehead. Length 2.4 cm. Simple, single layer. Irrigated with 250 mL
        NS, lidocaine 1% with epi, 5-0 nylon x 5 interrupted. Tolerated well.
        Tdap 2023, not due.

        Diagnoses:
        1. Laceration of forehead, 2.4 cm, repaired
        2. Atrial fibrillation on long-term anticoagulation
        Disposition: back to assisted living, suture removal 5 days, head injury precautions to staff.
        """,
        codes=[
            c("S01.81XA", "Laceration of forehead", why="R12: laceration of other part of head, initial encounter"),
            c("I48.91", "Atrial fibrillation on long-term anticoagulation",
              why="R20: the anticoagulated atrial fibrillation drove the head CT and observation"),
            c("Z79.01", "long-term anticoagulation", why="R10: long-term anticoagulant"),
            c("99284", "MDM:", mods=["25"],
              why="R15: head injury on an anticoagulant (moderate problem), CT ordered and independently "
                  "reviewed (moderate data); separately identifiable from the repair (modifier 25)"),
            c("12011", "Laceration repair. Site: forehead. Length 2.4 cm. Simple",
              why="R18: simple repair, face, 2.5 cm or less"),
        ],
        skips=[
            skip("No LOC per staff", "R01", "negated"),
            skip("no intracranial hemorrhage, no fracture", "R01", "negated"),
            skip("no FB", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r10-15", dos="2026-04-25", age=7, sex="M", payer="medicaid", **ED,
        text="""
        PEDIATRIC ED NOTE

        CC: L wrist pain after fall off monkey bars
        HPI: 7 yo RHD boy fell onto outstretched L hand at school ~2 h ago. Pain dorsal wrist, no numbness.
        No head injury, no other complaints. Immunizations UTD. No meds. NKDA.
        Exam: mild swelling distal L forearm, point tender distal radius, no deformity, NV intact, skin intact.
        Elbow and snuffbox nontender.
        XR L wrist 3 views - my read: buckle (torus) fracture of the distal radial metaphysis, no
        displacement, physis not involved. Radiology concurs.

        A/P: Torus fracture distal left radius. Volar short arm splint applied by me, post-splint NV check
        intact. Ibuprofen/acetaminophen OTC. Ortho clinic 1 week. Possible occult scaphoid injury considered,
        exam not consistent.
        """,
        codes=[
            c("S52.522A", "Torus fracture distal left radius",
              why="R12/R11: torus fracture of the lower end of the left radius, initial encounter"),
            c("99283", "A/P:", mods=["25"],
              why="R15: acute uncomplicated injury (low), x-ray independently interpreted (moderate data), "
                  "OTC drugs (low): low MDM; modifier 25 with the splint"),
            c("29125", "Volar short arm splint applied by me", mods=["LT"],
              why="R18: short arm static splint, left"),
        ],
        skips=[
            skip("No head injury", "R01", "negated"),
            skip("Possible occult scaphoid injury considered", "R03", "uncertain, not consistent with exam"),
        ],
    ),
    NoteSpec(
        id="dev-r10-16", dos="2026-05-30", age=19, sex="F", payer="aetna", **ED,
        text="""
        ED Note | Attending

        Chief complaint: abdominal pain
        History of present illness: 19-year-old female with 18 hours of periumbilical pain now localized to
        the right lower quadrant, anorexia, no vomiting, no diarrhea, no urinary symptoms. LMP 2 weeks ago.
        Exam: T 37.6, HR 92. RLQ tenderness without rebound, negative Rovsing, no CVA tenderness. Pelvic
        deferred after shared decision (no discharge, not sexually active).

        Results: WBC 10.8, BMP and lipase normal, UA negative, urine hCG negative.
        CT abdomen/pelvis with IV contrast: normal appendix, several mildly enlarged RLQ mesenteric lymph
        nodes, small amount of free fluid in the pelvis (physiologic). Incidental 4 mm nonobstructing right
        renal calculus.
        Discussed with Dr. Chen (general surgery) by phone: no surgical indication, agrees with discharge.

        Assessment: RLQ abdominal pain - appendicitis ruled out by CT. Likely mesenteric adenitis vs early viral
        gastroenteritis.
        Plan: ondansetron ODT Rx, acetaminophen, clear liquids; recheck in 24 h with PCP or return if the pain
        worsens, fever, vomiting.

        MDM: moderate complexity - new problem with uncertain prognosis, multiple tests and CT reviewed, case
        discussed with surgeon, prescription drug management.
        """,
        codes=[
            c("R10.31", "RLQ abdominal pain",
              why="R03: 'likely' mesenteric adenitis and 'vs' gastroenteritis are not coded in the ED; the pain is"),
            c("99284", "MDM: moderate complexity",
              why="R15: undiagnosed new problem (moderate), tests plus discussion with the surgeon (extensive "
                  "data), prescription drug (moderate): moderate MDM"),
        ],
        skips=[
            skip("appendicitis ruled out by CT", "R01", "ruled out"),
            skip("Likely mesenteric adenitis vs early viral\n        gastroenteritis", "R03", "uncertain ED dx"),
            skip("Incidental 4 mm nonobstructing right\n        renal calculus", "R20", "incidental, not addressed"),
            skip("no vomiting, no diarrhea", "R01", "negated"),
            skip("return if the pain\n        worsens, fever, vomiting", "R07", "return precautions"),
        ],
    ),
    NoteSpec(
        id="dev-r10-17", dos="2026-01-04", age=74, sex="M", payer="medicare", provider=1, **ED,
        text="""
        EMERGENCY DEPARTMENT - CRITICAL CARE NOTE

        74M from home, EMS called for confusion and labored breathing. PMH BPH (tamsulosin), remote
        appendectomy.
        Arrival: T 39.3, HR 128, BP 74/38, RR 34, SpO2 81% on NRB. Lethargic, GCS 11. Coarse crackles right base.

        Course: 30 mL/kg LR bolus, MAP remained < 65 - norepinephrine started via R femoral line (placed by ICU
        fellow). Worsening work of breathing and hypoxemia on BiPAP -> RSI with etomidate/rocuronium, I
        intubated with video laryngoscope, grade 1 view, 7.5 ETT at 23 cm, ETCO2 confirmed. Vanc/pip-tazo
        after cultures. Lactate 6.2. CXR: dense RLL consolidation, ETT in good position.

        Impression:
        1. Septic shock due to RLL pneumonia
        2. Acute hypoxic respiratory failure, intubated
        Likely aspiration given dysphagia history per son - ICU to evaluate with SLP.

        Critical care time: 50 minutes, excluding the intubation, spent on resuscitation, vasopressor titration,
        ventilator management and discussion with the ICU attending. Admitted to MICU.
        """,
        codes=[
            c("A41.9", "Septic shock due to RLL pneumonia",
              why="R21: sepsis first (I.C.1.d.4), organism not identified"),
            c("R65.21", "Septic shock", why="R22: severe sepsis with septic shock"),
            c("J18.9", "RLL pneumonia", why="R22: the localized infection, organism not identified"),
            c("J96.01", "Acute hypoxic respiratory failure, intubated",
              why="R22: acute respiratory failure with hypoxia"),
            c("99291", "Critical care time: 50 minutes",
              why="R14: critical care by documented time, first 30-74 minutes, no separate ED E/M"),
            c("31500", "I\n        intubated", why="R18: emergency intubation, separately reported from critical care"),
        ],
        skips=[
            skip("Likely aspiration", "R03", "uncertain ED diagnosis"),
            skip("Lactate 6.2", "R23", "integral to septic shock"),
            skip("PMH BPH (tamsulosin)", "R20", "PMH not addressed"),
            skip("remote\n        appendectomy", "R20", "surgical history"),
        ],
    ),
    NoteSpec(
        id="dev-r10-18", dos="2026-06-28", age=58, sex="F", payer="cigna", **ED,
        text="""
        ED PROVIDER NOTE

        CHIEF COMPLAINT: Passed out
        HPI: 58 yo F standing in line at a crowded pharmacy, felt warm, nauseated and tunnel vision, then
        brief LOC < 30 s witnessed by husband; no jerking, no incontinence, no tongue biting, immediately
        oriented. No chest pain or palpitations before or after. Skipped lunch. PMH: HTN on lisinopril,
        hypothyroidism on levothyroxine. No prior syncope.
        EXAM: BP 118/72 supine, 114/70 standing (orthostatics negative), HR 68. No murmur. Neuro nonfocal.
        No head or facial injury.

        EKG (my interpretation): NSR 66, PR 160, QTc 428, no pre-excitation, no Brugada pattern, no ischemia.
        Labs: CBC, BMP, troponin - all within normal limits. POC glucose 96.

        MDM: Syncope. Most consistent with vasovagal, but cardiac syncope not fully excluded; San Francisco
        syncope rule negative, low risk. No arrhythmia during 3 h of monitoring. Moderate complexity.

        ED DIAGNOSIS: Syncope and collapse
        PLAN: discharge home, hydration, PCP in 1 week, outpatient Holter considered by PCP.
        """,
        codes=[
            c("R55", "Syncope and collapse",
              why="R03: 'most consistent with vasovagal' is not coded in the ED; the syncope is"),
            c("99284", "MDM:", why="R15: undiagnosed new problem with uncertain prognosis (moderate), 3 tests "
              "(moderate data, the separately billed ECG not counted): moderate"),
            c("93010", "EKG (my interpretation)", why="R18: ECG interpretation and report by the ED physician"),
        ],
        skips=[
            skip("Most consistent with vasovagal", "R03", "uncertain ED diagnosis"),
            skip("cardiac syncope not fully excluded", "R03", "uncertain"),
            skip("HTN on lisinopril", "R20", "PMH with home medication, not addressed"),
            skip("hypothyroidism on levothyroxine", "R20", "PMH with home medication, not addressed"),
            skip("No chest pain or palpitations", "R01", "negated"),
            skip("No head or facial injury", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r10-19", dos="2026-10-05", age=6, sex="F", payer="medicaid", **ED,
        text="""
        Peds ED - Physician Documentation

        Chief complaint: wheezing, cough
        HPI: 6 y/o girl with moderate persistent asthma on daily fluticasone 44 mcg 2 puffs BID, 2 days of
        runny nose and cough, since last night increasing wheeze and work of breathing; used albuterol every
        2-3 h at home without lasting relief. No fever. Father smokes inside the home. Eczema as an infant,
        none now.
        Exam: RR 36, SpO2 93% RA, HR 132. Diffuse expiratory wheeze, subcostal retractions. PRAM 7.

        ED course: albuterol/ipratropium neb x3 and oral dexamethasone 0.6 mg/kg given by RN. Re-eval 2 h: PRAM
        2, SpO2 97% RA, no retractions.
        CXR (viewed by me): peribronchial thickening, no focal consolidation - no pneumonia.

        Assessment: Moderate persistent asthma with acute exacerbation, probable viral trigger.
        Secondhand smoke exposure - discussed with father, cessation resources given.
        Plan: home, albuterol q4h x 48 h then PRN, dexamethasone second dose tomorrow (Rx), continue
        fluticasone, PCP 2-3 days. Return for retractions or lips turning blue.
        """,
        codes=[
            c("J45.41", "Moderate persistent asthma with acute exacerbation",
              why="R22: asthma by severity with exacerbation"),
            c("Z77.22", "Secondhand smoke exposure",
              why="R22: exposure to environmental tobacco smoke (use additional code with J45)"),
            c("99284", "Assessment:", why="R15: chronic illness with exacerbation (moderate), prescription drug "
              "management (moderate): moderate MDM"),
        ],
        skips=[
            skip("no focal consolidation - no pneumonia", "R01", "negated"),
            skip("probable viral trigger", "R03", "uncertain ED diagnosis"),
            skip("Eczema as an infant,\n        none now", "R20", "resolved history"),
            skip("No fever", "R01", "negated"),
            skip("Return for retractions", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r10-20", dos="2026-07-17", age=29, sex="F", payer="bcbs", **ED,
        text="""
        ED Fast Track Note

        S: 29F with 2 days of dysuria, frequency and urgency. No fever, no flank pain, no vaginal discharge,
        no hematuria. LMP 10 days ago. Sexually active, one partner. Hx: seasonal allergies (cetirizine).
        O: afebrile, HR 80. Abdomen soft, mild suprapubic tenderness, no CVA tenderness.
        UA: LE 2+, nitrite +, blood neg. Urine hCG negative.

        A: Acute cystitis without hematuria. Pyelonephritis unlikely - no fever or CVA tenderness. STI
        testing offered and declined.
        P: nitrofurantoin 100 mg BID x 5 days (Rx), urine culture sent, fluids, PCP if not better in 48 h.
        """,
        codes=[
            c("N30.00", "Acute cystitis without hematuria", why="R22: acute cystitis without hematuria"),
            c("99284", "A: Acute cystitis",
              why="R15: acute uncomplicated illness (low), 3 unique tests incl. the urine culture sent "
                  "(moderate data), prescription drug (moderate): moderate MDM"),
        ],
        skips=[
            skip("Pyelonephritis unlikely", "R01", "considered and dismissed"),
            skip("seasonal allergies (cetirizine)", "R20", "PMH with home medication, not addressed"),
            skip("no flank pain, no vaginal discharge", "R01", "negated"),
            skip("STI\n        testing offered and declined", "R20", "not a diagnosis"),
        ],
    ),
    NoteSpec(
        id="dev-r10-21", dos="2026-08-09", age=34, sex="M", payer="aetna", **ED,
        text="""
        EMERGENCY DEPARTMENT ENCOUNTER

        Chief complaint: bee sting
        34 yo M stung by a honeybee on the right forearm while gardening 40 min ago. Local pain and swelling.
        No hives elsewhere, no lip or tongue swelling, no wheeze, no throat tightness, no vomiting, no
        dizziness. No prior sting reactions. No meds.
        Exam: 3 cm area of erythema and swelling right volar forearm, no stinger visible. Lungs clear, no
        urticaria, oropharynx normal. BP 128/78.

        MDM: Local reaction to bee sting. No signs of anaphylaxis. Straightforward.
        Dx: Bee sting, right forearm, local reaction.
        Plan: ice, elevate, OTC cetirizine and ibuprofen. Epinephrine autoinjector not indicated for a local
        reaction.
        """,
        codes=[
            c("T63.441A", "Bee sting, right forearm, local reaction",
              why="R12: toxic effect of bee venom, accidental, initial encounter"),
            c("99282", "MDM:", why="R15: self-limited minor problem, no data: straightforward MDM"),
        ],
        skips=[
            skip("No signs of anaphylaxis", "R01", "negated"),
            skip("No hives elsewhere", "R01", "negated"),
            skip("Epinephrine autoinjector not indicated", "R07", "not prescribed"),
        ],
    ),
    NoteSpec(
        id="dev-r10-22", dos="2026-09-13", age=66, sex="M", payer="medicare", **ED,
        text="""
        ED ATTENDING NOTE

        CC: palpitations
        HPI: 66M with HTN, 6 h of palpitations and mild dyspnea, no chest pain, no syncope. Never told he had
        an irregular heartbeat. Drinks 2 beers/night. Home meds: lisinopril 20 mg, tadalafil PRN.
        Vitals: HR 148 irregular, BP 164/92, SpO2 96%.
        ECG - my read: atrial fibrillation with rapid ventricular response ~150, no ST elevation, narrow QRS.
        Labs: troponin 8 and 9 (negative), K 3.2 (L), Mg 2.0, TSH pending, BNP 210, CBC normal.

        ED course: diltiazem 15 mg IV x2 then infusion 10 mg/h, rate 95-105. KCl 40 mEq PO for hypokalemia.
        CHA2DS2-VASc 2 - heparin drip started after discussion of bleeding risk.

        MDM (high): new-onset atrial fibrillation with RVR requiring IV rate control on a titrated drip and
        anticoagulation; ACS excluded by serial troponins; possible thyrotoxicosis as the trigger - TSH pending.
        Decision for hospital admission to telemetry, discussed with hospitalist.

        Final ED diagnoses:
        1. New onset atrial fibrillation with RVR
        2. Hypokalemia
        3. Hypertension - elevated here, continue lisinopril
        """,
        codes=[
            c("I48.91", "New onset atrial fibrillation with RVR",
              why="R22: atrial fibrillation, type not yet known"),
            c("E87.6", "Hypokalemia", why="R20: treated (potassium replaced)"),
            c("I10", "Hypertension - elevated here, continue lisinopril", why="R20: chronic condition addressed"),
            c("99285", "MDM (high)",
              why="R15: acute illness posing a threat to bodily function, drug therapy requiring intensive "
                  "monitoring and decision for hospitalization (high)"),
            c("93010", "ECG - my read", why="R18: ECG interpretation and report by the ED physician"),
        ],
        skips=[
            skip("ACS excluded by serial troponins", "R01", "ruled out"),
            skip("possible thyrotoxicosis", "R03", "uncertain ED diagnosis, TSH pending"),
            skip("tadalafil PRN", "R20", "home medication for a condition not addressed"),
            skip("no chest pain, no syncope", "R01", "negated"),
        ],
    ),
]

NOTES = INPATIENT + EMERGENCY
