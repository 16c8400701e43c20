"""Dev notes dev-r8-01..25 (session 4, issue #3: ICD-10-CM precision on unseen PRIMARY CARE office notes).

Internal medicine, family medicine, geriatrics and pediatrics office visits in styles not common in dev:
Epic-style "Assessment & Plan" with "# Problem" headers, "Problem, qualifier:" paragraphs, Medicare annual
wellness visits (initial and subsequent) with long copied-forward problem lists, chronic care follow-ups that
address two or three of eight listed problems, medication refill visits ("stable - no change"), a transitional
care management visit, acute visits (cough, UTI, back strain, rash, sprain, cerumen) in patients with long
histories, pediatric sick visits, "(-)" symbols, "pt denies", "Hx of", "s/p", "resolved" entries, lab tables
pasted with H/L flags that the physician does not interpret (not coded: IV.K needs the provider's
interpretation), and medication lists with indications ("metformin 500 BID (for DM)") for conditions the
visit does not address (not coded, Section IV.J and the project's Decision on PMH-only conditions).
Gold written as a certified outpatient coder would (Section IV.J coexisting conditions that affect care;
IV.H uncertain diagnoses not coded; I.C.21 Z codes; project Decisions in corpora/README.md) before the
engine ran on the notes.

First run, scored once before any rule change (engine at 7c54134; the checkout also held other helpers'
uncommitted note modules), gold as first written: ICD-10-CM P/R/F1 0.621/0.771/0.688, ICD evidence F1 0.688,
procedure (CPT/HCPCS) P/R/F1 0.844/0.884/0.864, E/M level 21/24. First-run output:
/work/firstrun/dev-r8.jsonl (gold /work/firstrun/dev-r8.gold.jsonl).
Gold corrected after the first run where it broke a guideline or the project's conventions (each rationale says
so): hypertension/diabetes with a coded CKD are presumed linked although one part is only in the history or the
problem list (I.C.9.a.2, I.A.15: dev-r8-05 E11.22, dev-r8-07 I12.9, dev-r8-14 I12.9 + N18.31 for I10); the AWV
with the urinary work-up and an enlarged prostate is Z00.01 (I.C.21.c.13, dev-r8-03); Z92.3 beside the breast
cancer history the visit acts on, as elsewhere in dev (dev-r8-02, dev-r8-04).
On the corrected gold the first run scores ICD-10-CM P/R/F1 0.690/0.800/0.741. After this batch's fixes (commits
d9f53c3..3edb8a0, with other helpers' concurrent fixes; engine at 3edb8a0): ICD-10-CM 0.949/1.000/0.974, evidence
F1 0.974, procedure P/R/F1 0.976/0.954/0.965, E/M 24/24. Still wrong: dev-r8-01 Z86.73 + Z79.02 (a stroke
history on the problem list is kept beside the hypertension managed, the 'same organ system' convention of
tests/test_suggest_guidelines.py; clopidogrel goes with it), dev-r8-03 Z87.442 (kidney stone history kept beside
the urinary symptoms), dev-r8-22 Z86.32 beside a current type 2 diabetes, dev-r8-05 transitional care 99495 (the
engine has no TCM rule; 99214 suggested). dev-r8-15 99406 was found by 9d14664 (procedure F1 0.977 at
d3bc6b3).
"""

from corpora.tools.spec import NoteSpec, c, skip

CORR = "corrected after the first run: "

NOTES = [
    NoteSpec(
        id="dev-r8-01", dos="2026-01-13",
        specialty="internal medicine", setting="outpatient", age=67, sex="M", payer="medicare",
        text="""
        Progress Notes
        Internal Medicine - Office Visit

        Chief Complaint
        Patient presents with
        - Follow-up (diabetes, blood pressure)

        HPI
        67 y.o. male presents for 3 month f/u of DM2 and HTN. Home fasting BGs 110-140. No hypoglycemic
        episodes. Pt denies polyuria/polydipsia, blurred vision. Home BP log averages 126/78. Taking meds as
        prescribed, no side effects.

        Patient Active Problem List
        Diagnosis                                                        Date Noted
        - Type 2 diabetes mellitus without complication, without long-term current use of insulin  03/12/2019
        - Essential hypertension                                         03/12/2019
        - Mixed hyperlipidemia                                           03/12/2019
        - BPH (benign prostatic hyperplasia)                             06/02/2021
        - History of CVA (cerebrovascular accident) without residual deficits  09/18/2020
        - Primary osteoarthritis of right knee                           01/05/2022
        - Erectile dysfunction                                           01/05/2022
        - Chronic low back pain                                          04/14/2023

        Current Outpatient Medications
        - metFORMIN (GLUCOPHAGE) 1000 MG tablet  Take 1 tablet by mouth 2 times daily with meals.
        - lisinopril (ZESTRIL) 20 MG tablet  Take 1 tablet by mouth daily.
        - atorvastatin (LIPITOR) 40 MG tablet  Take 1 tablet by mouth nightly.
        - tamsulosin (FLOMAX) 0.4 mg capsule  Take 1 capsule by mouth daily. (for BPH)
        - clopidogrel (PLAVIX) 75 MG tablet  Take 1 tablet by mouth daily. (stroke prevention)
        - sildenafil (VIAGRA) 50 MG tablet  Take 1 tablet by mouth as needed.

        Results
        Lab Results (collected 01/06/2026)
        Component          Value    Flag
        HGBA1C             7.1      (H)
        GLUCOSE            134      (H)
        CREATININE         0.98
        EGFR               79
        POTASSIUM          5.2      (H)
        LDL CALCULATED     104      (H)
        MICROALB/CREAT     18

        Physical Exam
        BP 128/76 | Pulse 72 | Wt 94.1 kg | BMI 29.8
        Gen: NAD. CV: RRR. Lungs: CTAB. Ext: no edema.
        Diabetic foot exam: monofilament intact bilaterally, DP pulses 2+, no calluses or ulcers.

        Assessment & Plan
        # Type 2 diabetes mellitus without complication
        A1c 7.1, at his individualized goal (<7.5). Urine microalbumin normal. Continue metformin 1000 mg BID.
        Foot exam done today. Diabetic eye exam overdue - referred to ophthalmology.

        # Essential hypertension
        Well controlled on lisinopril 20 mg daily. Continue.

        Other chronic problems reviewed on the problem list, no changes today.
        RTC 3 months with A1c.
        """,
        codes=[
            c("E11.9", "# Type 2 diabetes mellitus without complication",
              why="R20: chronic condition managed, reason for the visit"),
            c("I10", "# Essential hypertension", why="R20: chronic condition managed"),
            c("Z79.84", "Continue metformin 1000 mg BID",
              why="R10: long-term oral hypoglycemic with the coded diabetes"),
            c("99214", "Assessment & Plan",
              why="R15: MDM moderate - two stable chronic illnesses, prescription drug management"),
        ],
        skips=[
            skip("Mixed hyperlipidemia", "R20", "problem list only; LDL flag not interpreted (IV.K)"),
            skip("History of CVA (cerebrovascular accident) without residual deficits", "R20",
                 "problem list only, not addressed"),
            skip("(stroke prevention)", "R10", "medication indication for a condition not addressed"),
            skip("(for BPH)", "R20", "medication indication for a condition not addressed"),
            skip("POTASSIUM          5.2      (H)", "R20", "lab flag the physician did not interpret (IV.K)"),
            skip("Erectile dysfunction", "R20", "problem list only"),
            skip("Chronic low back pain", "R20", "problem list only"),
            skip("Pt denies polyuria/polydipsia", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r8-02", dos="2025-11-19",
        specialty="family medicine", setting="outpatient", age=78, sex="F", payer="medicare",
        text="""
        MEDICARE ANNUAL WELLNESS VISIT (SUBSEQUENT)
        Last AWV: 11/2024. Chronic disease follow-up is scheduled separately (Feb).

        Problem list (copied forward from prior visit):
        1. HTN - on amlodipine
        2. Hypothyroidism
        3. Osteopenia - DEXA 2023 T -1.9
        4. Hx of breast cancer (L), s/p lumpectomy + XRT 2012, completed anastrozole 2018
        5. Primary open-angle glaucoma, both eyes - followed by ophthalmology
        6. Hx of C. diff colitis 2021 - resolved
        7. Chronic venous insufficiency
        8. Sensorineural hearing loss, bilateral - wears aids
        9. Diverticulosis of colon
        10. Anxiety - resolved, off meds since 2022
        11. s/p cholecystectomy
        12. Vitamin D deficiency

        Health risk assessment: completed by patient in the waiting room, reviewed with her.
        Functional status: independent in ADLs/IADLs, still drives (daytime only).
        (-) falls in past 12 months. (-) fear of falling. Timed Up and Go 10 s.
        Cognition: Mini-Cog 5/5.
        Depression screen: PHQ-2 score 0.
        Hearing: bilateral hearing aids, satisfied. Vision: ophthalmology every 6 months.
        Home safety: lives with husband, grab bars in bathroom, smoke detectors checked.
        Advance directive: on file, reviewed, no changes.
        Tobacco: never. Alcohol: 1 glass wine/week.
        Current providers/suppliers list updated. Medication list reviewed.

        Vitals: BP 134/78, HR 70, Wt 141 lb, Ht 5'3", BMI 25.0

        Screening schedule (written plan given to patient):
        - Mammogram: annual because of her personal hx of breast cancer; due 3/2026, order placed
        - Colonoscopy: last 2019 normal; aged out, she declines further screening
        - DEXA: due - ordered
        - AAA: not indicated
        Immunizations: influenza given 10/2025 at pharmacy; Shingrix x2 complete; PCV20 2023; Tdap 2019.

        Assessment:
        Encounter for Medicare annual wellness visit, subsequent. Personalized prevention plan updated and
        given to patient.

        Plan: as above. Next AWV in one year.
        """,
        codes=[
            c("Z00.00", "Encounter for Medicare annual wellness visit, subsequent",
              why="R17: annual wellness visit without abnormal findings, first-listed"),
            c("Z85.3", "personal hx of breast cancer",
              why="R06: personal history of breast cancer; it decides the annual mammogram order in the plan"),
            c("Z92.3", "XRT 2012",
              why="R06: history of irradiation with the breast cancer history that decides the mammogram (" + CORR +
                  "the project codes Z92.3 beside a relevant Z85/C code, as dev-0023 and dev-r2-17)"),
            c("G0439", "MEDICARE ANNUAL WELLNESS VISIT (SUBSEQUENT)", why="R17: subsequent Medicare AWV"),
        ],
        skips=[
            skip("HTN - on amlodipine", "R20", "problem list; chronic care is a separate visit"),
            skip("Osteopenia - DEXA 2023 T -1.9", "R20", "problem list; screening DEXA ordered only"),
            skip("Hx of C. diff colitis 2021 - resolved", "R20", "resolved, not relevant"),
            skip("Anxiety - resolved, off meds since 2022", "R20", "resolved"),
            skip("Primary open-angle glaucoma, both eyes", "R20", "followed by ophthalmology, not addressed"),
            skip("(-) falls in past 12 months", "R01", "negated"),
            skip("PHQ-2 score 0", "R02", "negative screen"),
            skip("Vitamin D deficiency", "R20", "problem list only"),
        ],
    ),
    NoteSpec(
        id="dev-r8-03", dos="2026-02-10",
        specialty="internal medicine", setting="outpatient", age=74, sex="M", payer="medicare",
        text="""
        Subjective
        Mr. is a 74 y.o. male here for his first Medicare annual wellness visit (IPPE was done in 2024 with
        his previous PCP). He also wants to talk about getting up at night to urinate.

        AWV: HRA reviewed. ADLs/IADLs independent. No falls. Mini-Cog 4/5 (clock normal, recalled 2 of 3
        words) - no concerns from wife. PHQ-2 = 1. Lives with wife in a ranch home. Advance directive: none;
        forms given and discussed. Former smoker - quit 2005, 30 pack-years. Alcohol 2 beers on weekends.
        Providers list and medication list updated. Written screening schedule given (LDCT annually, AAA
        ultrasound once, colonoscopy up to date 2021).

        Urinary: 6 months of nocturia 3-4 times a night, weak stream, hesitancy, sensation of incomplete
        emptying. Pt denies dysuria, hematuria, fever. IPSS today 14 (moderate). No prior PSA in our records.

        PMH: hyperlipidemia (atorvastatin), GERD, s/p R inguinal hernia repair 2016, hx of kidney stone 2012
        Meds: atorvastatin 20 mg daily, omeprazole 20 mg PRN

        Objective
        BP 136/82, HR 66, BMI 26.4
        GU: DRE - prostate ~40 g, smooth, symmetric, rubbery, no nodules or tenderness.
        Post-void residual (bladder scan): not done.

        Assessment/Plan
        1. Medicare annual wellness visit, initial - completed as above, personalized prevention plan given.
        2. Former smoker, 30 pack-years, quit 20 years ago - LDCT lung cancer screening ordered (shared
           decision-making done); AAA screening ultrasound ordered.
        3. Nocturia with weak urinary stream - likely BPH. PSA ordered. Start tamsulosin 0.4 mg qhs,
           reviewed orthostasis precautions. Recheck IPSS in 6 weeks.

        The problem-oriented evaluation of the urinary symptoms was separate from the AWV.
        """,
        codes=[
            c("Z00.01", "Medicare annual wellness visit, initial",
              why="R17: annual wellness visit, first-listed, with abnormal findings: the enlarged prostate and "
                  "urinary symptoms worked up at the visit (I.C.21.c.13; " + CORR + "Z00.00 was first written)"),
            c("R35.1", "Nocturia with weak urinary stream", why="R03: 'likely BPH' is uncertain; symptoms coded"),
            c("R39.12", "weak urinary stream", why="R03: symptom coded in place of the uncertain BPH"),
            c("Z87.891", "Former smoker, 30 pack-years, quit 20 years ago",
              why="R06: personal history of nicotine dependence, decides the LDCT order"),
            c("G0438", "first Medicare annual wellness visit", why="R17: initial Medicare AWV"),
            c("99214", "Assessment/Plan", mods=["25"],
              why="R15: MDM moderate - undiagnosed new problem with uncertain prognosis (PSA pending), "
                  "prescription drug started; separate from the AWV, modifier 25"),
        ],
        skips=[
            skip("likely BPH", "R03", "uncertain outpatient diagnosis"),
            skip("hyperlipidemia (atorvastatin)", "R20", "PMH and medication list only"),
            skip("hx of kidney stone 2012", "R20", "remote history, not relevant"),
            skip("s/p R inguinal hernia repair 2016", "R20", "past surgery, not relevant"),
            skip("Pt denies dysuria, hematuria, fever", "R01", "negated"),
            skip("AAA screening ultrasound ordered", "R19", "screening ordered, not performed"),
        ],
    ),
    NoteSpec(
        id="dev-r8-04", dos="2025-12-02",
        specialty="family medicine", setting="outpatient", age=55, sex="F", payer="bcbs",
        text="""
        Visit type: Medication refill / follow-up
        S: Here for 90-day refills before she leaves for Arizona for the winter. Feels well. (-) palpitations,
        (-) heat or cold intolerance, (-) breakthrough heartburn, (-) myalgias.
        PMH:
        - Hypothyroidism following radioactive iodine ablation for Graves disease (2010)
        - Hyperlipidemia
        - GERD
        - Hx of R breast cancer, stage I, s/p lumpectomy/XRT 2015, completed tamoxifen 2020; discharged
          from oncology 2022
        - Migraine without aura - none in 2 years
        - s/p hysterectomy (fibroids)
        Meds: levothyroxine 112 mcg daily, atorvastatin 20 mg daily, pantoprazole 40 mg daily,
        rizatriptan 10 mg PRN (not used in 2 yrs)
        Labs (11/20): TSH 1.8 (0.4-4.5); LDL 92; ALT 41 (H); CBC normal.
        O: BP 122/76, HR 70, BMI 24.1. Thyroid not palpable. Breasts: well-healed R lumpectomy scar, no masses.
        A/P:
        Postablative hypothyroidism: TSH 1.8 on levothyroxine 112 mcg - continue, 90-day supply with refills.
        Hyperlipidemia: LDL 92 on atorvastatin 20, goal met. Continue, refilled.
        GERD: controlled on pantoprazole; offered step-down trial, she prefers to stay on it. Refilled.
        Hx breast ca: annual mammogram due in April - order placed.
        """,
        codes=[
            c("E89.0", "Postablative hypothyroidism",
              why="R22: hypothyroidism after radioactive iodine ablation is postprocedural (E89.0)"),
            c("E78.5", "Hyperlipidemia: LDL 92 on atorvastatin 20", why="R20: chronic condition treated"),
            c("K21.9", "GERD: controlled on pantoprazole", why="R20: chronic condition treated"),
            c("Z85.3", "Hx breast ca: annual mammogram due in April",
              why="R06: personal history of breast cancer addressed with the surveillance mammogram order"),
            c("Z92.3", "lumpectomy/XRT 2015",
              why="R06: history of irradiation with the breast cancer history addressed (" + CORR +
                  "the project codes Z92.3 beside a relevant Z85 code)"),
            c("99214", "A/P:", why="R15: MDM moderate - three stable chronic illnesses, prescription drug management"),
        ],
        skips=[
            skip("Migraine without aura - none in 2 years", "R20", "inactive, not addressed"),
            skip("ALT 41 (H)", "R20", "lab flag not interpreted (IV.K)"),
            skip("s/p hysterectomy (fibroids)", "R20", "past surgery, not relevant"),
            skip("completed tamoxifen 2020", "R10", "completed drug course"),
            skip("(-) palpitations", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r8-05", dos="2026-01-14",
        specialty="internal medicine", setting="outpatient", age=81, sex="M", payer="medicare",
        text="""
        TRANSITIONAL CARE MANAGEMENT VISIT
        Discharge date: 01/05/2026 - Mercy Hospital, 4-day stay for acute on chronic systolic heart failure.
        Interactive contact: RN telephone call 01/06/2026 (1 business day) - medications reviewed, visit booked.
        Face-to-face visit today, day 9 after discharge.

        Hospital course (discharge summary reviewed): admitted with dyspnea and an 8 lb weight gain, BNP 1,840;
        diuresed with IV furosemide; discharged on furosemide 40 mg BID (was 20 mg daily). AKI during the stay,
        Cr peak 2.6, 1.9 at discharge (baseline 1.8).

        PMH: HFrEF (EF 30%, echo 2025), HTN, CKD stage 3b, permanent atrial fibrillation, T2DM (diet-controlled,
        A1c 6.2), gout, hx of prostate cancer s/p prostatectomy 2011, OA of hands.
        Medications reconciled today against the discharge list: furosemide 40 mg BID, carvedilol 12.5 mg BID,
        sacubitril-valsartan 24/26 mg BID, apixaban 2.5 mg BID, allopurinol 100 mg daily. Spironolactone STOPPED
        at discharge (K 5.6).

        S: Feels much better. Sleeps flat on one pillow. Daily weights 171-173 lb (dry weight ~172). Mild ankle
        swelling by evening. (-) chest pain, (-) PND, (-) bleeding.
        O: BP 112/64, HR 74 irregularly irregular, SpO2 96% RA, Wt 172 lb. JVP 7 cm. Lungs clear, no crackles.
        Trace bilateral ankle edema.
        Labs drawn yesterday: Na 136, K 4.6, BUN 38 (H), Cr 1.9 (H), BNP 610 (H).

        A/P:
        1. Chronic systolic heart failure (HFrEF, EF 30%) - recently decompensated, now compensated and
           euvolemic. Furosemide 40 mg BID one more week, then 40 mg daily. Continue carvedilol and
           sacubitril-valsartan. Spironolactone stays on hold. Daily weights, 2 g sodium diet. Cardiology
           appointment 1/28 confirmed.
        2. Hypertensive heart and chronic kidney disease - BP 112/64, no changes.
        3. CKD stage 3b - Cr 1.9, near baseline; AKI resolved. Repeat BMP in 1 week.
        4. Permanent atrial fibrillation - rate controlled on carvedilol. Apixaban 2.5 mg BID (reduced dose for
           age and creatinine) - continue.
        Home health RN/PT ordered. Moderate complexity medical decision making.
        """,
        codes=[
            c("I13.0", "Hypertensive heart and chronic kidney disease",
              why="R08: hypertension with heart failure and CKD stage 3b: I13.0 with I50.- and N18.-"),
            c("I50.22", "Chronic systolic heart failure (HFrEF, EF 30%)",
              why="R22: chronic systolic heart failure, compensated at this visit"),
            c("N18.32", "CKD stage 3b - Cr 1.9", why="R08: CKD stage 3b with the hypertensive heart and CKD code"),
            c("E11.22", "T2DM (diet-controlled", "CKD stage 3b - Cr 1.9",
              why="R09: the CKD addressed is presumed diabetic as well as hypertensive in a patient with type 2 "
                  "diabetes (I.A.15 'with', I.C.4.a; " + CORR + "the diabetes had been left out as PMH-only)"),
            c("I48.21", "Permanent atrial fibrillation - rate controlled", why="R20: chronic condition managed"),
            c("Z79.01", "Apixaban 2.5 mg BID", why="R10: long-term anticoagulant for the atrial fibrillation"),
            c("99495", "TRANSITIONAL CARE MANAGEMENT VISIT",
              why="R15: transitional care, interactive contact within 2 business days, face-to-face visit "
                  "within 14 days, moderate MDM"),
        ],
        skips=[
            skip("AKI resolved", "R20", "resolved in hospital"),
            skip("hx of prostate cancer s/p prostatectomy 2011", "R20", "history not relevant"),
            skip("BUN 38 (H)", "R20", "lab flag, part of the CKD assessment"),
            skip("(-) chest pain", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r8-06", dos="2026-01-27",
        specialty="family medicine", setting="outpatient", age=71, sex="F", payer="medicare",
        text="""
        Acute visit - cough x 10 days
        S: 71 yo F w/ PMH COPD, HTN, T2DM, CKD 3a, hypothyroid, OSA on CPAP presents w/ cough x 10 d, now
        productive of yellow-green sputum, started with a cold. (+) SOB w/ exertion, worse than her baseline.
        (-) fever, (-) chills, (-) CP, (-) hemoptysis. Using albuterol 3-4x/day (baseline ~2x/wk). Sick
        contacts: grandkids.
        Meds: tiotropium 18 mcg daily, albuterol HFA PRN, metformin 500 mg BID (for DM), lisinopril 10 mg
        (for HTN), levothyroxine 50 mcg, CPAP nightly.
        O: T 98.9, HR 88, RR 20, SpO2 92% RA (baseline 94%). Lungs: scattered rhonchi, end-expiratory wheeze
        bilaterally, no focal consolidation, no egophony.
        POC influenza A/B antigen: negative for both.
        A/P:
        1. COPD with acute exacerbation, triggered by acute bronchitis (viral) - increased dyspnea, sputum
           purulence and albuterol use. Prednisone 40 mg daily x 5 days, doxycycline 100 mg BID x 5 days.
           Continue tiotropium; albuterol q4-6h PRN.
        2. ? CAP - low suspicion, no focal findings; CXR if not improving in 48-72h.
        Return precautions reviewed. Recheck 1 week.
        """,
        codes=[
            c("J44.0", "COPD with acute exacerbation, triggered by acute bronchitis",
              why="R22: COPD with acute lower respiratory infection (J44.0), with the infection coded"),
            c("J20.9", "acute bronchitis (viral)", why="R22: use additional code for the infection (J44.0 note)"),
            c("J44.1", "COPD with acute exacerbation",
              why="R22: exacerbation documented as well; J44.0 and J44.1 may be coded together"),
            c("99214", "A/P:", why="R15: MDM moderate - chronic illness with exacerbation, prescription drugs"),
            c("87804", "POC influenza A/B antigen", units=2, why="R19: rapid influenza A and B in the office"),
        ],
        skips=[
            skip("? CAP", "R03", "uncertain diagnosis"),
            skip("metformin 500 mg BID (for DM)", "R20", "medication indication; diabetes not addressed"),
            skip("lisinopril 10 mg\n        (for HTN)", "R20", "medication indication; hypertension not addressed"),
            skip("CKD 3a", "R20", "PMH only"),
            skip("OSA on CPAP", "R20", "PMH only"),
            skip("(-) fever", "R01", "negated"),
            skip("negative for both", "R01", "negative test"),
        ],
    ),
    NoteSpec(
        id="dev-r8-07", dos="2026-03-04",
        specialty="internal medicine", setting="outpatient", age=68, sex="F", payer="uhc",
        text="""
        Sick visit
        CC: burning with urination x 3 days
        HPI: 68 y/o F c/o dysuria, frequency and urgency x 3 d. Pt denies fever, flank pain, N/V. Pt denies
        vaginal discharge. Last UTI ~2 yrs ago.
        PMH: DM2 w/ diabetic nephropathy (CKD 3b), HTN, HLD, hypothyroidism, s/p TAH/BSO, OA knees
        Meds: insulin glargine 24 units qhs, sitagliptin 50 mg daily (renal dose), amlodipine 10 mg,
        atorvastatin 40 mg, levothyroxine 88 mcg
        Vitals: T 98.4, BP 136/80, HR 84
        Exam: abd soft, mild suprapubic tenderness, (-) CVAT
        Office UA (dipstick): LE 2+, nitrite +, blood neg, glucose neg, protein 1+
        POC glucose (fingerstick): 148
        Recent labs (12/2025): Cr 1.52 (H), eGFR 36 (L), A1c 7.4 (H)
        A/P:
        Acute cystitis without hematuria - cephalexin 500 mg BID x 7 days; avoiding nitrofurantoin with
        eGFR 36. Urine culture sent.
        DM2 with CKD stage 3b - POC glucose 148, continue glargine and sitagliptin. Sick-day rules reviewed.
        F/u prn; will call with culture.
        """,
        codes=[
            c("N30.00", "Acute cystitis without hematuria", why="R20: reason for the visit"),
            c("E11.22", "DM2 with CKD stage 3b",
              why="R09: diabetes with diabetic CKD (nephropathy with CKD is E11.22), the CKD decides the "
                  "antibiotic choice"),
            c("N18.32", "CKD stage 3b", why="R09: additional code for the CKD stage"),
            c("I12.9", "HTN", "CKD stage 3b",
              why="R08: hypertension with the CKD addressed is hypertensive CKD (I.C.9.a.2; " + CORR +
                  "the PMH hypertension had been left out)"),
            c("Z79.4", "continue glargine", why="R10: long-term insulin"),
            c("Z79.84", "sitagliptin", why="R10: long-term oral hypoglycemic, both with insulin"),
            c("99214", "A/P:",
              why="R15: MDM moderate - data moderate (dipstick, culture, glucose, prior labs), prescription drug"),
            c("81002", "Office UA (dipstick)", why="R19: dipstick urinalysis in the office"),
            c("82962", "POC glucose (fingerstick)", why="R19: glucose by a home-type monitoring device"),
        ],
        skips=[
            skip("Pt denies fever, flank pain, N/V", "R01", "negated"),
            skip("hypothyroidism", "R20", "PMH only"),
            skip("OA knees", "R20", "PMH only"),
            skip("A1c 7.4 (H)", "R20", "lab flag; no hyperglycemia documented by the physician"),
        ],
    ),
    NoteSpec(
        id="dev-r8-08", dos="2025-10-20",
        specialty="family medicine", setting="outpatient", age=52, sex="M", payer="bcbs",
        text="""
        Office Visit - Acute
        Reason for visit: low back pain after lifting

        52M moving furniture Saturday, felt a pull in his low back; pain 7/10 across the lumbar area, worse
        bending and getting up from a chair. No radiation below the knee. (-) numbness/tingling, (-) bowel or
        bladder changes, (-) saddle anesthesia, (-) fever. Tried ibuprofen 400 mg with little relief.

        PMH: s/p L4-5 microdiscectomy 2018 (full recovery), HTN, obesity, GERD, hx of kidney stones
        Meds: amlodipine 5 mg daily, omeprazole 20 mg daily

        Exam: BP 152/94 (recheck 148/92). Paraspinal spasm L>R lumbar, tender paraspinals, no midline
        tenderness. SLR negative bilaterally, strength 5/5, reflexes 2+ symmetric, sensation intact.

        Assessment/Plan
        1. Acute lumbar strain - no red flags, neuro intact, no imaging indicated. Ketorolac 60 mg IM given in
           office today. Cyclobenzaprine 5 mg qhs x 7 days, heat, activity as tolerated. PT if not better in
           2 weeks.
        2. HTN - BP elevated today, attributed to pain; home readings 120s/80s on amlodipine. No change, nurse
           BP check in 2 weeks.
        """,
        codes=[
            c("S39.012A", "Acute lumbar strain",
              why="R12: strain of lower back muscle, initial encounter while actively treated"),
            c("I10", "HTN - BP elevated today, attributed to pain",
              why="R20: hypertension assessed with a decision to continue treatment"),
            c("99213", "Assessment/Plan", mods=["25"],
              why="R15: MDM low - acute uncomplicated injury and a stable chronic illness, prescription drug; "
                  "modifier 25 beside the injection"),
            c("96372", "Ketorolac 60 mg IM given in\n           office today", why="R18: therapeutic IM injection"),
            c("J1885", "Ketorolac 60 mg IM", units=4, why="R24: ketorolac per 15 mg, 60 mg = 4 units"),
        ],
        skips=[
            skip("s/p L4-5 microdiscectomy 2018 (full recovery)", "R20", "past surgery, not considered today"),
            skip("BP 152/94", "R23", "reading of the coded hypertension, not a separate elevated BP"),
            skip("obesity", "R20", "PMH only, no weight diagnosis addressed"),
            skip("hx of kidney stones", "R20", "history not relevant"),
            skip("(-) numbness/tingling", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r8-09", dos="2026-05-19",
        specialty="family medicine", setting="outpatient", age=45, sex="F", payer="cigna",
        text="""
        CC: itchy rash on arms x 4 days

        HPI: Pt was clearing brush along her fence last weekend. Now linear, streaky, very itchy blisters on
        both forearms and a few spots on the L cheek. (-) fever, (-) eye involvement, (-) SOB, (-) lip swelling.
        Calamine with little relief.

        PMH: SLE (dx 2016, followed by rheumatology), Raynaud phenomenon, migraine w/o aura, hx of DVT 2019
        (provoked, post-op, completed 3 mo apixaban), anxiety
        Meds: hydroxychloroquine 200 mg BID (for SLE), sumatriptan 50 mg PRN (migraine), sertraline 50 mg daily
        (anxiety)
        Labs from rheumatology 3 wks ago (in chart): WBC 3.6 (L), Hgb 12.1, Plt 188, C3 82 (L), dsDNA 45 (H)

        Exam: linear vesicular plaques on both forearms, a few erythematous papules on the L cheek, no
        periorbital involvement. No honey crusting, no signs of secondary infection.

        Assessment: Allergic contact dermatitis due to poison ivy, forearms and face.
        Plan: Prednisone 40 mg daily x 5 days then taper over 14 days total (facial involvement, extent).
        Triamcinolone 0.1% cream to the arms BID. Wash clothes and garden tools. Return if spreading or signs
        of infection.
        """,
        codes=[
            c("L23.7", "Allergic contact dermatitis due to poison ivy",
              why="R22: allergic contact dermatitis due to plants (poison ivy)"),
            c("99213", "Assessment:", why="R15: MDM low - acute uncomplicated illness, prescription drug"),
        ],
        skips=[
            skip("SLE (dx 2016, followed by rheumatology)", "R20", "PMH, managed by rheumatology, not addressed"),
            skip("hydroxychloroquine 200 mg BID (for SLE)", "R10", "medication indication; SLE not addressed"),
            skip("hx of DVT 2019", "R20", "history not relevant to the visit"),
            skip("WBC 3.6 (L)", "R20", "lab flag not interpreted (IV.K)"),
            skip("(-) fever", "R01", "negated"),
            skip("no signs of secondary infection", "R02", "normal finding"),
        ],
    ),
    NoteSpec(
        id="dev-r8-10", dos="2026-04-08",
        specialty="family medicine", setting="outpatient", age=38, sex="F", payer="uhc",
        text="""
        Same-day visit (PCP office)
        38 yo F rolled her R ankle stepping off a curb yesterday evening. Able to bear weight with a limp.
        Swelling on the outside of the ankle. Pt denies hearing a pop, (-) numbness.
        PMH: asthma (mild intermittent), depression - stable on sertraline, hx of L ACL reconstruction 2012,
        migraines
        Meds: sertraline 100 mg daily, albuterol HFA PRN (asthma), rizatriptan PRN
        Exam R ankle: swelling and ecchymosis over the lateral malleolus, TTP over the ATFL; no bony
        tenderness at the posterior edge or tip of either malleolus, no 5th metatarsal base or navicular
        tenderness. Ottawa ankle rules negative. Anterior drawer mildly lax compared with the left. NV intact.
        A: R ankle sprain, anterior talofibular ligament, grade I-II.
        P: No x-ray needed per Ottawa rules. RICE, ACE wrap, ibuprofen 600 mg TID with food x 1 week (OTC),
        ankle range-of-motion exercises handout. Return in 2-3 wks if not improving.
        """,
        codes=[
            c("S93.491A", "R ankle sprain, anterior talofibular ligament",
              why="R12: sprain of other ligament (talofibular) of right ankle, initial encounter"),
            c("99213", "A: R ankle sprain", why="R15: MDM low - acute uncomplicated injury, over-the-counter drug"),
        ],
        skips=[
            skip("asthma (mild intermittent)", "R20", "PMH, not addressed"),
            skip("depression - stable on sertraline", "R20", "PMH, not addressed"),
            skip("hx of L ACL reconstruction 2012", "R20", "history not relevant"),
            skip("Ottawa ankle rules negative", "R02", "normal finding"),
            skip("Pt denies hearing a pop", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r8-11", dos="2026-02-17",
        specialty="pediatrics", setting="outpatient", age=3, sex="M", payer="medicaid",
        text="""
        Sick visit - Pediatrics
        Hx obtained from mother.
        3 y/o M with fever to 102.4 x 2 days and pulling at the R ear, fussy at night. Runny nose x 5 days.
        Eating less, drinking OK, normal wet diapers. (-) vomiting/diarrhea. No antibiotics in past 30 days.
        Older sister had strep last week.
        PMH: born at 36 wks, NICU x 3 days (resolved); eczema; RSV bronchiolitis at 8 months; no prior AOM.
        Meds: hydrocortisone 2.5% ointment PRN for eczema. NKDA. Immunizations UTD.
        Exam: T 101.6, HR 128. Alert, consolable. R TM bulging, erythematous, opaque with poor mobility.
        L TM clear. Throat mildly erythematous, no exudate, tonsils 1+. Lungs clear. Skin: a few dry patches
        in the antecubital fossae.
        A/P: R acute otitis media - amoxicillin 90 mg/kg/day divided BID x 10 days. Acetaminophen/ibuprofen
        for fever. Recheck if not better in 48-72 h. Throat not consistent with strep, no testing.
        """,
        codes=[
            c("H66.91", "R acute otitis media", why="R11: otitis media of the right ear; fever integral (R23)"),
            c("99213", "A/P:",
              why="R15: MDM low - acute uncomplicated illness, independent historian, prescription drug"),
        ],
        skips=[
            skip("fever to 102.4 x 2 days", "R23", "integral to otitis media"),
            skip("born at 36 wks, NICU x 3 days (resolved)", "R20", "perinatal history not affecting care"),
            skip("hydrocortisone 2.5% ointment PRN for eczema", "R20", "medication indication; eczema not addressed"),
            skip("RSV bronchiolitis at 8 months", "R20", "remote history"),
            skip("Older sister had strep last week", "R05", "a relative's illness"),
            skip("Throat not consistent with strep", "R01", "ruled out clinically"),
        ],
    ),
    NoteSpec(
        id="dev-r8-12", dos="2026-03-11",
        specialty="pediatrics", setting="outpatient", age=7, sex="F", payer="medicaid",
        text="""
        7yo F here with dad for sore throat and headache since yesterday, T 101 at home. (-) cough,
        (-) rhinorrhea, (-) rash. Also needs an albuterol refill and the school medication form. Asthma: uses
        albuterol ~1-2x/month with exercise, no night symptoms, no ED visits or oral steroids this year.
        Exam: T 100.9, tonsils 2+ with exudate, tender anterior cervical nodes. Lungs clear, no wheeze.
        Rapid strep (in office): POSITIVE.
        A/P
        Strep pharyngitis - amoxicillin 50 mg/kg once daily x 10 days. Back to school after 12 h of
        antibiotics and afebrile.
        Mild intermittent asthma, well controlled - albuterol HFA with spacer refilled, school form completed.
        """,
        codes=[
            c("J02.0", "Strep pharyngitis", why="R22: streptococcal pharyngitis confirmed by the rapid test"),
            c("J45.20", "Mild intermittent asthma, well controlled",
              why="R20: chronic condition treated (refill, school plan)"),
            c("99213", "A/P", why="R15: MDM low - acute uncomplicated illness, stable chronic illness, prescription"),
            c("87880", "Rapid strep (in office)", why="R19: rapid strep antigen in the office"),
        ],
        skips=[
            skip("T 101 at home", "R23", "fever integral to strep pharyngitis"),
            skip("(-) cough", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r8-13", dos="2026-01-06",
        specialty="pediatrics", setting="outpatient", age=-14, sex="F", payer="medicaid", minutes=32,
        text="""
        Peds Sick Visit
        14 mo F brought by mom and grandma. Vomiting since last night (6 episodes), now 4 loose non-bloody
        stools today. Fewer wet diapers (2 today). Daycare has an outbreak of a "stomach bug".
        PMH: hx of prematurity 32 wks - caught up developmentally; hx of simple febrile seizure at 11 mo
        (single). Meds: none.
        Exam: T 100.2, HR 142, Wt 9.1 kg (9.4 kg at 12 mo visit). Tired but interactive, mucous membranes tacky,
        cap refill 2 s, no tears with crying. Abd soft, hyperactive bowel sounds.
        Oral challenge in office: ondansetron 2 mg ODT given, then 60 mL oral electrolyte solution over 30 min -
        tolerated, no emesis, wet diaper before leaving.
        A/P:
        1. Acute viral gastroenteritis
        2. Mild dehydration (~3-5%) - ORS teaching (5 mL every 5 min, advance), ondansetron ODT Rx #3. Return
           precautions (no wet diaper in 8 h, lethargy, blood in stool).
        Febrile seizure precautions reviewed with mom - low-grade temp only.
        Total time 32 min including the observed oral challenge and counseling.
        """,
        codes=[
            c("A08.4", "Acute viral gastroenteritis", why="R22: viral intestinal infection, reason for the visit"),
            c("E86.0", "Mild dehydration", why="R20: dehydration treated with oral rehydration"),
            c("99214", "Total time 32 min", why="R14: established patient, 30-39 minutes"),
        ],
        skips=[
            skip("hx of prematurity 32 wks - caught up developmentally", "R20", "perinatal history not affecting care"),
            skip("hx of simple febrile seizure at 11 mo", "R20", "history; precautions only"),
            skip("Vomiting since last night", "R23", "integral to gastroenteritis"),
        ],
    ),
    NoteSpec(
        id="dev-r8-14", dos="2026-01-21",
        specialty="geriatrics", setting="outpatient", age=86, sex="M", payer="medicare", minutes=45,
        text="""
        GERIATRICS CLINIC - Follow-up
        Interval history: 86 yo M with Parkinson disease (dx 2019), here with his wife for dizziness on standing
        x 1 month, 2 near-falls, no actual falls. Carbidopa-levodopa increased to 25/100 2 tabs TID in October
        by neurology. Tremor better. No dyskinesias, no wearing-off. (-) syncope, (-) chest pain,
        (-) palpitations. Drinks ~4 cups of fluid/day.

        PROBLEM LIST
        Parkinson disease
        Essential hypertension
        BPH
        Hx of prostate cancer s/p XRT 2014 (PSA undetectable)
        CKD stage 3a
        Age-related macular degeneration, dry, both eyes
        Depression, in remission
        Chronic constipation

        MEDS: carbidopa-levodopa 25/100 2 tabs TID; lisinopril 10 mg daily; tamsulosin 0.4 mg daily;
        sertraline 50 mg daily; AREDS vitamin; polyethylene glycol daily

        Vitals: BP supine 142/80 HR 68 -> standing 3 min 108/64 HR 76. Wt 68 kg.
        Exam: masked facies, mild rest tremor R hand, cogwheel rigidity R>L, shuffling gait without device.
        Labs (1/8): Na 134 (L), K 4.4, Cr 1.31 (H), eGFR 49 (L), Hgb 12.6 (L), TSH 2.2

        Assessment & Plan
        # Orthostatic hypotension
        Symptomatic, 34 mmHg systolic drop. Likely multifactorial - PD autonomic dysfunction plus tamsulosin and
        lisinopril. Stop lisinopril. Move tamsulosin to bedtime. Fluids 6-8 cups/day, liberalize salt,
        waist-high compression stockings, rise slowly. PT referral for gait/balance. If persists, consider
        midodrine or droxidopa.

        # Parkinson disease
        Motor symptoms improved on the current dose; no dyskinesia or motor fluctuations. Continue. Neurology
        follow-up in March.

        # Essential hypertension
        Lisinopril stopped as above; supine BP 142/80 acceptable for him (goal supine <150). Home BP log,
        seated and standing.

        Total time today 45 minutes (history from patient and wife, orthostatic vitals, medication review,
        counseling, coordination with neurology).
        """,
        codes=[
            c("I95.1", "# Orthostatic hypotension",
              why="R03: orthostatic hypotension; the drug or autonomic cause is only 'likely' (I95.2/G90.3 not "
                  "coded)"),
            c("G20.A1", "# Parkinson disease", "no dyskinesia or motor fluctuations",
              why="R22: Parkinson disease without dyskinesia, without fluctuations"),
            c("I12.9", "# Essential hypertension", "CKD stage 3a",
              why="R08: hypertension managed in a patient with CKD on the problem list is hypertensive CKD "
                  "(I.C.9.a.2; " + CORR + "I10 was first written)"),
            c("N18.31", "CKD stage 3a", why="R08: CKD stage, the additional code I12.9 asks for (" + CORR[:-2] + ")"),
            c("99215", "Total time today 45 minutes", why="R14: established patient, 40+ minutes"),
        ],
        skips=[
            skip("2 near-falls, no actual falls", "R01", "no fall"),
            skip("Depression, in remission", "R20", "problem list only"),
            skip("Chronic constipation", "R20", "problem list only"),
            skip("Hx of prostate cancer s/p XRT 2014 (PSA undetectable)", "R20", "history not addressed"),
            skip("Na 134 (L)", "R20", "lab flag not interpreted (IV.K)"),
            skip("consider\n        midodrine", "R07", "conditional plan"),
        ],
    ),
    NoteSpec(
        id="dev-r8-15", dos="2026-01-20",
        specialty="internal medicine", setting="outpatient", age=59, sex="M", payer="aetna",
        text="""
        Office Visit
        Reason for visit: 6-month follow-up, lab review.

        Interval: Feels OK. Still smoking ~10 cigarettes/day, "thinking about it". Walking 2x/week.
        (-) CP, (-) claudication, (-) dyspnea.

        Vitals: BP 148/92, repeat 146/90. HR 80. Wt 236 lb. BMI 33.4.
        Labs 1/15/26:
          HbA1c          6.1 %     H   (4.0-5.6)
          LDL-C          68 mg/dL
          Triglycerides  212 mg/dL H
          ALT            52 U/L    H
          Creatinine     1.02 mg/dL
          TSH            2.9

        Hypertension, essential:
        Above goal on losartan 50 mg - both readings today and home readings in the 140s. Increase losartan to
        100 mg daily. BMP in 2 weeks.

        Hyperlipidemia, mixed:
        LDL 68 at goal on rosuvastatin 20, TG 212. Continue.

        Prediabetes:
        A1c 6.1 (5.9 last year). Diet and exercise counseling, recheck in 1 year. Not starting metformin.

        Obesity, BMI 33:
        Contributes to BP and glucose; 5-7% weight loss goal discussed, referred to nutrition.

        Tobacco use disorder, cigarettes:
        10 cigarettes/day, moving toward contemplation. Counseled on cessation 6 minutes; offered varenicline
        and NRT, declined for now.

        Elevated ALT:
        ALT 52, mildly up - ? fatty liver. RUQ ultrasound and hepatitis panel ordered.
        """,
        codes=[
            c("I10", "Hypertension, essential:", why="R20: chronic condition not at goal, drug increased"),
            c("E78.2", "Hyperlipidemia, mixed:", why="R22: mixed hyperlipidemia treated"),
            c("R73.03", "Prediabetes:", why="R20: prediabetes addressed by the physician"),
            c("E66.9", "Obesity, BMI 33", why="R22: obesity documented and addressed by the provider"),
            c("Z68.33", "BMI 33.4", why="R22: BMI with a provider-documented weight diagnosis"),
            c("F17.210", "Tobacco use disorder, cigarettes:", why="R22: nicotine dependence, cigarettes"),
            c("R74.01", "Elevated ALT:",
              why="R03: the physician interprets the ALT as abnormal and works it up; fatty liver only '?'"),
            c("99214", "Hypertension, essential:", mods=["25"],
              why="R15: MDM moderate - chronic illness with progression, prescription drug management; "
                  "modifier 25 with the separately reported counseling"),
            c("99406", "Counseled on cessation 6 minutes", why="R18: tobacco cessation counseling 3-10 minutes"),
        ],
        skips=[
            skip("? fatty liver", "R03", "uncertain diagnosis"),
            skip("Not starting metformin", "R10", "drug not prescribed"),
            skip("(-) claudication", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r8-16", dos="2025-11-04",
        specialty="pediatrics", setting="outpatient", age=9, sex="M", payer="bcbs",
        text="""
        ADHD med check
        9 yo M here with mom for 3-month ADHD follow-up. On methylphenidate ER (Concerta) 36 mg every morning
        since August. Teacher reports better focus and finishing classwork; still some blurting out. Appetite
        mildly decreased at lunch, eats well at dinner. Sleep OK, asleep by 9:30. (-) tics, (-) palpitations,
        (-) mood changes.
        Vanderbilt follow-up scales (parent and teacher) scored today: parent inattentive 3/9, hyperactive
        4/9; teacher inattentive 2/9, hyperactive 4/9; performance items improved.
        PMH: ADHD combined type (dx age 7); allergic rhinitis - cetirizine PRN; hx of nocturnal enuresis,
        resolved age 7; s/p tympanostomy tubes age 2.
        Vitals: BP 102/64, HR 88, Wt 29.0 kg (28.6 kg 3 mo ago), Ht 134 cm.
        Exam: well appearing, normal cardiac exam, no tics observed.
        A/P:
        ADHD, combined type - improved on Concerta 36 mg. Continue current dose; 30-day prescription sent
        (PDMP checked). Breakfast before the dose. Follow-up 3 months.
        """,
        codes=[
            c("F90.2", "ADHD, combined type - improved on Concerta 36 mg",
              why="R22: ADHD combined type, managed"),
            c("99213", "A/P:",
              why="R15: MDM low - one stable chronic illness, independent historian, prescription drug"),
            c("96127", "Vanderbilt follow-up scales (parent and teacher) scored today", units=2,
              why="R19: two scored behavioral assessment instruments"),
        ],
        skips=[
            skip("allergic rhinitis - cetirizine PRN", "R20", "PMH, not addressed"),
            skip("hx of nocturnal enuresis,\n        resolved age 7", "R20", "resolved"),
            skip("s/p tympanostomy tubes age 2", "R20", "past surgery"),
            skip("(-) tics", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r8-17", dos="2026-02-24",
        specialty="family medicine", setting="outpatient", age=62, sex="M", payer="uhc",
        text="""
        FAMILY MEDICINE - CHRONIC CARE VISIT

        PROBLEM LIST (carried forward 10/2025):
         COPD, moderate (GOLD 2)
         MDD, recurrent
         Hyperlipidemia
         Gout - no flares since 2022, on allopurinol
         OSA on CPAP
         GERD - resolved
         Hx of colon polyps (tubular adenoma 2021)
         s/p appendectomy (1988)

        S: Here for mood and breathing follow-up. Mood worse over the winter; poor sleep, low energy, not
        enjoying fishing. (-) SI/HI. Taking sertraline 100 mg daily. Breathing at baseline, uses Trelegy daily,
        rescue inhaler about 1x/week. No exacerbations or prednisone in the past year. Quit smoking 2019
        (40 pack-years).
        PHQ-9 today: 15 (was 7 in July). GAD-7: 6.
        O: BP 130/82, SpO2 95% RA. Flat affect, linear thought. Lungs: diminished at the bases, no wheeze.
        A/P
        1. MDD, recurrent episode, moderate - worse since fall. Increase sertraline to 150 mg. Behavioral
           health referral for therapy. Recheck 4-6 wks. Crisis line given.
        2. COPD, GOLD 2 - stable, continue Trelegy and albuterol PRN. Former smoker, 40 pk-yr, quit 6 yr:
           annual LDCT due - ordered.
        """,
        codes=[
            c("F33.1", "MDD, recurrent episode, moderate", why="R22: major depression, recurrent, moderate"),
            c("J44.9", "COPD, GOLD 2 - stable", why="R20: chronic condition treated"),
            c("Z87.891", "Former smoker, 40 pk-yr, quit 6 yr",
              why="R06: personal history of nicotine dependence, relevant to COPD and the LDCT order"),
            c("99214", "A/P", why="R15: MDM moderate - chronic illness with progression, prescription drug management"),
            c("96127", "PHQ-9 today: 15", "GAD-7: 6", units=2, why="R19: two scored behavioral instruments"),
        ],
        skips=[
            skip("Gout - no flares since 2022, on allopurinol", "R20", "problem list only"),
            skip("OSA on CPAP", "R20", "problem list only"),
            skip("GERD - resolved", "R20", "resolved"),
            skip("Hx of colon polyps (tubular adenoma 2021)", "R20", "history not addressed"),
            skip("Hyperlipidemia", "R20", "problem list only"),
            skip("(-) SI/HI", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r8-18", dos="2026-03-17",
        specialty="geriatrics", setting="outpatient", age=79, sex="F", payer="medicare",
        text="""
        Follow-up visit - 79 y/o F
        Reason: monthly B12 injection, sleep

        Hx of: DVT L leg 2020 (completed 6 mo anticoagulation); L breast ca 2009 (lumpectomy/XRT, no
        recurrence); TIA 2017; R TKA 2021; C-section x2; pneumonia 2022.
        Active: pernicious anemia (intrinsic factor Ab +, 2023), chronic insomnia, HTN, hypothyroidism.
        Meds: cyanocobalamin 1000 mcg IM monthly, trazodone 50 mg qhs, losartan 50 mg, levothyroxine 75 mcg,
        aspirin 81 mg (for TIA hx).

        S: Sleeping 6 h with trazodone, wakes once; was only 3-4 h before. No daytime grogginess. Asks to switch
        to "a real sleeping pill" like her sister's zolpidem. Pt denies falls, numbness, glossitis.
        O: BP 128/74. Alert, gait steady. Hgb last month 12.8 (normal), MCV 92.

        A/P
        1. Pernicious anemia - Hgb normal on monthly replacement. Cyanocobalamin 1000 mcg IM given today,
           L deltoid, by MA under my supervision. Continue monthly.
        2. Chronic insomnia - improved on trazodone 50 mg; continue. Zolpidem not advised (Beers list, falls).
           Sleep hygiene reviewed.
        """,
        codes=[
            c("D51.0", "Pernicious anemia - Hgb normal on monthly replacement",
              why="R22: pernicious anemia (B12 deficiency anemia due to intrinsic factor deficiency), treated"),
            c("G47.00", "Chronic insomnia - improved on trazodone", why="R20: chronic condition treated"),
            c("99214", "A/P", mods=["25"],
              why="R15: MDM moderate - two stable chronic illnesses, prescription drug management; modifier 25 "
                  "beside the injection"),
            c("96372", "Cyanocobalamin 1000 mcg IM given today", why="R18: IM injection"),
            c("J3420", "Cyanocobalamin 1000 mcg IM", units=1, why="R24: vitamin B12 up to 1000 mcg"),
        ],
        skips=[
            skip("DVT L leg 2020", "R20", "history not relevant"),
            skip("L breast ca 2009", "R20", "history not addressed"),
            skip("TIA 2017", "R20", "history not addressed"),
            skip("aspirin 81 mg (for TIA hx)", "R10", "medication indication; not addressed"),
            skip("HTN", "R20", "active list only, not addressed"),
            skip("Pt denies falls", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r8-19", dos="2025-12-09",
        specialty="pediatrics", setting="outpatient", age=5, sex="M", payer="medicaid",
        text="""
        5 yo M with mild persistent asthma on fluticasone 44 mcg 2 puffs BID, here with grandmother for cough and
        wheeze x 2 days after a cold. Using albuterol every 4 h since last night. (-) fever.
        Exam: RR 32, SpO2 93% RA, diffuse expiratory wheeze, mild subcostal retractions. Nasal congestion,
        clear rhinorrhea.
        In office: albuterol 2.5 mg neb x 1 -> RR 24, SpO2 96%, scattered wheeze only, no retractions.
        Dexamethasone 0.6 mg/kg PO given.
        A: Mild persistent asthma with acute exacerbation, triggered by viral URI.
        P: Albuterol MDI 4 puffs q4h x 48 h then PRN; continue fluticasone; spacer technique reviewed. Recheck in
        2-3 days. Return precautions.
        """,
        codes=[
            c("J45.31", "Mild persistent asthma with acute exacerbation", why="R22: asthma severity and exacerbation"),
            c("J06.9", "viral URI", why="R22: the upper respiratory infection that triggered it"),
            c("99214", "A: Mild persistent asthma", mods=["25"],
              why="R15: MDM moderate - chronic illness with exacerbation, prescription drug; modifier 25 with the "
                  "nebulizer treatment"),
            c("94640", "albuterol 2.5 mg neb x 1", why="R18: nebulizer treatment in the office"),
            c("J7613", "albuterol 2.5 mg neb", units=3, why="R24: albuterol per 1 mg, 2.5 mg = 3 units"),
        ],
        skips=[
            skip("(-) fever", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r8-20", dos="2026-04-14",
        specialty="internal medicine", setting="outpatient", age=73, sex="M", payer="medicare",
        text="""
        MED REFILL VISIT
        73M. Meds reviewed with pt, pill bottles brought.
        HTN - stable - no change. BP 126/74. Lisinopril 20 mg refilled x 1 yr.
        BPH - nocturia 1-2x, stable - no change. Tamsulosin refilled.
        Gout - no flares x 2 yrs on allopurinol 300 mg. Uric acid 5.8. Refilled.
        Other: PAF - on apixaban per cardiology (Dr. Patel), not addressed today.
        Recent labs: Cr 1.34 (H), eGFR 55 (L), uric acid 5.8, Hgb 13.9
        (-) CP (-) SOB (-) bleeding
        RTC 6 mo.
        """,
        codes=[
            c("I10", "HTN - stable - no change", why="R20: chronic condition treated (refill)"),
            c("N40.1", "BPH - nocturia 1-2x", why="R22: BPH with lower urinary tract symptoms"),
            c("R35.1", "nocturia 1-2x", why="R22: use additional code for the symptom with N40.1"),
            c("M10.9", "Gout - no flares x 2 yrs on allopurinol", why="R20: chronic condition treated"),
            c("99214", "MED REFILL VISIT",
              why="R15: MDM moderate - three stable chronic illnesses, prescription drug management"),
        ],
        skips=[
            skip("PAF - on apixaban per cardiology (Dr. Patel), not addressed today", "R20",
                 "explicitly not addressed; no Z79.01 without it"),
            skip("Cr 1.34 (H), eGFR 55 (L)", "R20", "lab flags not interpreted (IV.K)"),
            skip("(-) bleeding", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r8-21", dos="2026-02-03",
        specialty="pediatrics", setting="outpatient", age=-4, sex="F", payer="medicaid",
        text="""
        4 mo F, mom concerned about white patches in the mouth x 4 days, fussier with feeds. Also a red rash in
        the diaper area x 3 days. Breast and bottle (formula) fed, 5-6 oz every 3-4 h.
        Birth hx: term, SVD, uncomplicated.
        Exam: Wt 6.4 kg (50th %ile, up from 5.6 kg at 2 mo). White plaques on the buccal mucosa and tongue that
        do not wipe off. Diaper area: confluent erythema on the convex surfaces, skin folds spared, no satellite
        papules. Abd soft.
        A/P:
        - Oral thrush: nystatin suspension 1 mL to each cheek QID x 7-10 days (continue 48 h after it clears);
          boil pacifiers and bottle nipples; mom to watch for nipple pain.
        - Irritant diaper dermatitis: zinc oxide barrier with every change, air time.
        """,
        codes=[
            c("B37.0", "Oral thrush", why="R22: candidal stomatitis"),
            c("L22", "Irritant diaper dermatitis", why="R22: diaper dermatitis"),
            c("99213", "A/P:",
              why="R15: MDM low - two acute uncomplicated illnesses, independent historian, prescription drug"),
        ],
        skips=[
            skip("no satellite\n        papules", "R02", "no candidal diaper involvement"),
        ],
    ),
    NoteSpec(
        id="dev-r8-22", dos="2026-01-15",
        specialty="family medicine", setting="outpatient", age=58, sex="F", payer="bcbs",
        text="""
        ED follow-up visit
        58 yo F seen in the Mercy ED 1/9 for L-sided chest pain. ED records reviewed: ECG NSR without ischemic
        changes, troponin x2 negative, CXR negative; discharged with chest pain, unspecified. Pain is sharp,
        L parasternal, worse with deep breaths and reaching; started after she moved boxes; improving on
        ibuprofen. (-) exertional symptoms, (-) SOB, (-) diaphoresis.
        PMH: T2DM, HTN, HLD, obesity, depression (remote), hx of gestational DM
        Meds: metformin 1000 mg BID, lisinopril 20 mg, atorvastatin 40 mg
        Exam: BP 128/78, BMI 34.6. Reproducible tenderness at the L 3rd-4th costochondral junctions. Heart RRR,
        no murmur, lungs clear.
        POC A1c: 9.2%
        A/P:
        1. Atypical chest pain - reproducible on palpation; likely costochondritis. ACS excluded in the ED.
           Ibuprofen 400 mg TID with food x 10 days, heat. Stress test not indicated now.
        2. T2DM, poorly controlled - A1c 9.2 (7.6 in June), home sugars 180-250. Add empagliflozin 10 mg daily;
           continue metformin. Diabetes education referral.
        3. HTN - at goal, continue lisinopril.
        """,
        codes=[
            c("R07.89", "Atypical chest pain", why="R03: costochondritis only 'likely'; the symptom is coded"),
            c("E11.65", "T2DM, poorly controlled - A1c 9.2",
              why="R09: poorly controlled diabetes with high sugars is hyperglycemia (Decision)"),
            c("I10", "HTN - at goal, continue lisinopril", why="R20: chronic condition treated"),
            c("Z79.84", "continue metformin", why="R10: long-term oral hypoglycemics"),
            c("99214", "A/P:",
              why="R15: MDM moderate - chronic illness with progression, new problem, external records, "
                  "prescription drugs"),
            c("83036", "POC A1c", why="R19: A1c performed in the office"),
        ],
        skips=[
            skip("likely costochondritis", "R03", "uncertain diagnosis"),
            skip("ACS excluded", "R01", "ruled out"),
            skip("HLD", "R20", "PMH and medication list only"),
            skip("obesity", "R20", "PMH only; BMI not coded without an addressed weight diagnosis"),
            skip("hx of gestational DM", "R20", "history not relevant"),
        ],
    ),
    NoteSpec(
        id="dev-r8-23", dos="2025-12-16",
        specialty="geriatrics", setting="outpatient", age=88, sex="M", payer="medicare",
        text="""
        Pt: 88 M from Maple Grove assisted living, here with aide.
        CC: "can't hear out of my left ear" x 2 wks; also constipation.
        S: L ear muffled, no pain, (-) drainage, (-) vertigo. Used carbamide peroxide drops x 1 wk without
        relief. BMs every 3-4 days, hard, straining; takes MiraLAX "sometimes". (-) blood in stool, (-) wt
        loss; colonoscopy 2015 normal.
        Problem List:
        - CAD s/p CABG 2010
        - Ischemic cardiomyopathy, EF 45%
        - HTN
        - Hypothyroidism
        - Hx of bladder ca (TURBT 2016, surveillance completed) - resolved
        - Hx of pneumonia 2023 - resolved
        - Chronic constipation
        - Mild cognitive impairment
        - Presbycusis, bilat
        Meds: ASA 81, metoprolol succinate 25, lisinopril 5, levothyroxine 75, atorvastatin 40, PEG 3350 PRN
        O: L canal occluded with hard cerumen, TM not visible. R canal partial cerumen, TM visible, intact.
        Abd soft, NT, ND, BS+.
        Procedure: impacted cerumen L ear removed with curette and suction under direct visualization; TM
        intact afterward, pt reports hearing improved. Tolerated well.
        A/P:
        1. Impacted cerumen, L ear - removed, see procedure. Carbamide peroxide weekly to prevent.
        2. Chronic constipation - PEG 17 g daily scheduled (not PRN), prune juice, fluids; senna 2 tabs qhs if
           no BM in 2 days.
        """,
        codes=[
            c("H61.22", "Impacted cerumen, L ear", why="R11: impacted cerumen, left ear"),
            c("K59.09", "Chronic constipation - PEG 17 g daily", why="R22: chronic constipation (other constipation)"),
            c("99213", "A/P:", mods=["25"],
              why="R15: MDM low - chronic illness not at goal, independent historian, over-the-counter drugs; "
                  "the constipation is separate from the cerumen removal, modifier 25"),
            c("69210", "impacted cerumen L ear removed with curette", mods=["LT"],
              why="R18: removal of impacted cerumen with instruments, left ear"),
        ],
        skips=[
            skip("CAD s/p CABG 2010", "R20", "problem list only"),
            skip("Ischemic cardiomyopathy, EF 45%", "R20", "problem list only"),
            skip("Hx of bladder ca (TURBT 2016, surveillance completed) - resolved", "R20", "history not addressed"),
            skip("Mild cognitive impairment", "R20", "problem list only"),
            skip("Presbycusis, bilat", "R20", "problem list only"),
            skip("(-) blood in stool", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r8-24", dos="2026-03-24",
        specialty="pediatrics", setting="outpatient", age=17, sex="F", payer="aetna",
        text="""
        Adolescent acute visit (part of the history taken with the patient alone)
        17 yo F c/o dysuria and urgency x 2 days. Pt denies fever, back pain, vaginal discharge, new partners.
        LMP 12 days ago. Sexually active, 1 partner, condoms + OCP.
        Meds: norgestimate-ethinyl estradiol daily (started by dermatology for acne); adapalene gel.
        PMH: acne vulgaris; hx of concussion 2024 (resolved); ADHD - off meds since 2023.
        Office tests: urine hCG NEGATIVE. UA dipstick: LE 3+, nitrite +, blood neg.
        Exam: afebrile, mild suprapubic tenderness, no CVAT.
        A/P: Acute cystitis without hematuria - nitrofurantoin 100 mg BID x 5 days; urine culture sent.
        Counseled on voiding after intercourse. GC/CT NAAT sent as routine screening for age (pt agreed).
        """,
        codes=[
            c("N30.00", "Acute cystitis without hematuria", why="R20: reason for the visit"),
            c("99213", "A/P:", why="R15: MDM low - acute uncomplicated illness, prescription drug"),
            c("81002", "UA dipstick", why="R19: dipstick urinalysis in the office"),
            c("81025", "urine hCG", why="R19: urine pregnancy test in the office"),
        ],
        skips=[
            skip("acne vulgaris", "R20", "PMH, treated by dermatology, not addressed"),
            skip("hx of concussion 2024 (resolved)", "R20", "resolved"),
            skip("ADHD - off meds since 2023", "R20", "not current"),
            skip("GC/CT NAAT sent as routine screening", "R19", "screening sent out, not coded at this visit"),
            skip("Pt denies fever, back pain, vaginal discharge", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r8-25", dos="2026-01-29",
        specialty="internal medicine", setting="outpatient", age=64, sex="F", payer="uhc",
        text="""
        Lab review / follow-up
        64 yo F here to review labs from her physical (drawn 1/12). Reports fatigue x 3 months and craving ice.
        (-) melena/hematochezia, (-) wt loss. Postmenopausal, no vaginal bleeding. No colonoscopy ever. Takes
        ibuprofen 400 mg most days for her knees (OA both knees).
        Results:
         WBC       5.8
         Hgb       10.1  L
         MCV       74    L
         Ferritin  8     L
         Plt       412   H
         Glucose   104   H  (fasting)
         ALT       38    H
         Vit D 25-OH 18  L
         TSH       3.2
         Cr        0.82
        O: BP 118/72, HR 84. Conjunctival pallor. Abdomen benign.
        A/P:
        Iron deficiency anemia - microcytic, ferritin 8; no obvious source, daily NSAID and never screened -
        GI referral for EGD/colonoscopy. Start ferrous sulfate 325 mg every other day. Repeat CBC/ferritin in
        8 wks.
        Primary OA, bilateral knees - stop daily ibuprofen given the anemia; acetaminophen 1 g TID PRN.
        Vitamin D deficiency - D3 2000 IU daily.
        Hypothyroidism - TSH 3.2 on levothyroxine 75 mcg, continue.
        """,
        codes=[
            c("D50.9", "Iron deficiency anemia - microcytic, ferritin 8", why="R22: iron deficiency anemia, worked up"),
            c("M17.0", "Primary OA, bilateral knees",
              why="R11: bilateral primary knee osteoarthritis, treatment changed"),
            c("E55.9", "Vitamin D deficiency - D3 2000 IU daily", why="R20: deficiency treated"),
            c("E03.9", "Hypothyroidism - TSH 3.2 on levothyroxine", why="R20: chronic condition treated"),
            c("99214", "A/P:",
              why="R15: MDM moderate - new problem with uncertain prognosis, prescription drug management"),
        ],
        skips=[
            skip("Plt       412   H", "R20", "lab flag not interpreted (IV.K)"),
            skip("Glucose   104   H", "R20", "lab flag not interpreted (IV.K)"),
            skip("ALT       38    H", "R20", "lab flag not interpreted (IV.K)"),
            skip("(-) melena/hematochezia", "R01", "negated"),
        ],
    ),
]
