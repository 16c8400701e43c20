"""Dev notes dev-r13-01..30 (session 4, issue #3: ICD-10-CM precision on OUTPATIENT notes nobody has tuned on).

Thirty office notes as clinicians of 18 specialties write them (family and internal medicine, pediatrics,
cardiology, endocrinology, nephrology, rheumatology, oncology follow-up, dermatology, ophthalmology, ENT,
urology, OB/GYN, psychiatry, neurology, orthopedics, GI/hepatology, pulmonology), in varied styles: EHR templates
with PMH/PSH/FH/ROS boilerplate, terse SOAP, dictated run-on prose, problem-oriented A/P, copied-forward problem
lists, long medication lists. The false-positive sources are the ordinary ones: list-only history, conditions
mentioned but managed elsewhere, uncertain diagnoses, symptoms integral to a diagnosis, family history, drugs,
negative screening, vaccines declined or planned elsewhere. Gold written as a certified coder would (FY2026
ICD-10-CM Official Guidelines, corpus Decisions in corpora/README.md) before the engine ran on the notes.

First run, scored once before any change (engine at 61c549b, sealed build in /work/firstrun/r13, output
/work/firstrun/r13.pred.jsonl), gold as first written: ICD-10-CM P/R/F1 0.770/0.863/0.814, ICD evidence F1
0.783; procedures (CPT/HCPCS) P/R/F1 0.875/0.857/0.866 (evidence F1 0.804); E/M level 25/28.
(A trailing space after "No VT." in r13-04 was removed after the first run, for ruff.) The same first-run
output scored against the corrected gold (14 codes added, below): ICD-10-CM P/R/F1
0.856/0.862/0.859, evidence F1 0.830.

First-run ICD-10-CM false positives (32):
Gold errors (12 codes; gold corrected after the first run, engine right):
- r13-01 Z82.49 father's CAD at a hypertension/lipid visit: same organ system as a problem addressed (Decision
  on family history); first gold skipped it.
- r13-08 Z17.21 (PR+) and Z17.32 (HER2-): FY2025 receptor-status codes, each documented receptor is coded.
- r13-12 Z84.2 father's BPH at a BPH visit (same condition, Decision).
- r13-22 Z82.49 mother's hypertension at a cardiology visit (same organ system, Decision).
- r13-26 M75.41 "rotator cuff tear ... with impingement": impingement is a separate documented diagnosis.
- r13-27 Z82.5 father's asthma at an asthma visit (same condition, Decision).
- r13-21 Z83.3, Z82.49 relatives' diabetes and hypertension at a well-adolescent visit: the project keeps every
  family history at a preventive visit (dev-r7-05, r7-19, r7-24); first gold left them out.
- r13-30 Z85.46 + Z92.3 (prostate cancer treated with radiation in 2015, told in the story of a Parkinson
  visit) and r13-02 Z92.3 (breast cancer with radiation in the story of a kidney visit): the project codes a
  cancer history told in the story (dev-r2-17, a near twin), with its radiation (Decision 4); first gold left them
  out. r13-02 thus also gains Z85.3, which the first run missed (FN: "finished anastrozole in 2017" read as
  current treatment).
Engine errors (20):
- family history: r13-03 Z84.0 (the child's own eczema read as family history, "mom using Vaseline" nearby);
  r13-08 Z80.42 (father's prostate cancer at a breast cancer visit: a different organ, though the engine keeps
  neighbouring neoplasms together as dev-0030 does; borderline, left); r13-17 Z83.79 for "brother with
  colon polyps" (the code is Z83.719, which the gold now has: FN).
- list-only / managed-elsewhere history: r13-04 I13.0 + N18.2 from "CKD stage 2" in the PMH list only (borderline:
  the heart-failure plan orders a BMP, but the physician never addresses the kidneys); r13-13 Z86.32 (gestational
  diabetes 2015 at a menorrhagia visit, Decision 2); r13-29 E78.5, E03.9, K21.9 ("Other: hyperlipidemia on
  rosuvastatin, hypothyroid on levothyroxine, GERD" at a cancer survivorship visit, read as part of the "Dx:" list
  above it).
- lost specificity: r13-06 E21.1 for "Secondary hyperparathyroidism, renal / of renal origin" (N25.81); r13-07
  H04.129 for "Dry eyes (both)" (H04.123); r13-08 M85.80 for osteopenia with "T-score -1.6 lumbar spine" (M85.88)
  and M25.50 for arthralgia of the hands (M25.541/M25.542); r13-10 H26.9 for "Nuclear sclerotic cataract, both
  eyes" (H25.13); r13-20 M17.10 for "Knee OA" with "Bilateral knee osteoarthritis" in the history (M17.0);
  r13-22 I49.49 for "premature ventricular contractions" (I49.3); r13-27 Z68.24 adult BMI for a 9-year-old
  (pediatric Z68.54).
- vaccines not given: r13-24 Z23 ("Hepatitis A vaccine ... first dose given by PCP next week"), r13-27 Z23
  ("Flu vaccine - mom declines today"); the same phrases gave CPT 90633/90471 and 90686/90471.
- misread: r13-24 K75.9 "Hepatitis" from "Hepatitis B surface Ab positive (vaccinated)" / the vaccine line.
First-run ICD-10-CM false negatives (19 against the first gold, plus Z83.719 added to r13-17; engine errors):
r13-04 I11.0 (became I13.0), r13-06 N25.81,
r13-07 H04.123, R68.2 (dry mouth of uncertain Sjogren), Z79.620 (adalimumab), r13-08 M85.88, M25.541, M25.542,
r13-10 H25.13, r13-17 K58.1 ("Irritable bowel syndrome with constipation"), r13-20 M17.0, r13-22 I49.3, r13-26
E11.9 + Z79.84 (diabetes affecting the steroid injection), r13-27 Z68.54, r13-29 Z08 + Z90.79 (follow-up after
completed cancer treatment).
Procedures: FP 99213 for 99214 (r13-19: tobacco dependence not at goal read as stable), 99214 for 99213 (r13-25:
elevated BP reading read as an undiagnosed new problem with uncertain prognosis; borderline), 90633/90471 and
90686/90471 (vaccines not given); FN 92134 (OCT), 51798 (bladder scan PVR), 90833 (psychotherapy add-on), 90656
(trivalent flu vaccine) and 90460 units 2, 99204-25 on r13-26 (new-patient evaluation beside the injection).

After the fixes of this batch (96a55fd + 193cb1a refused/later vaccines, 8b84bf8 pediatric BMI, 667ab71 "mom using
Vaseline", d157e56 family colon polyps, 9f48b26 "Dx:" paragraph end, d2aaf81 finished adjuvant drug and Z92.3/
Z79.811 with their cancer, 4dfa41f gestational diabetes in the story, 59e9195 PVC/nuclear cataract/renal HPT index
terms, 18ac74e "Hepatitis A vaccine", 5914dc3 listed bilateral knee OA, c9cdf11 Z08 with treatment late effects,
506713c negation inside a parenthesis, 4755fc1 51798/92134, 75e051b "psychotherapy (20 min)", 1caced0 listed
diabetes whose glucose the plan manages, 2a35b38 side from the story, f4b9c21 "since 2021" drug resumed), against
the corrected gold: ICD-10-CM P/R/F1 0.964/0.957/0.960 (evidence F1 0.931); procedures 0.957/0.918/0.938; E/M 25/28.
Dev (775 notes) unchanged by these fixes except two procedure codes gained (dev-r12-09 51798, dev-r9-23 92134).
Still wrong: I13.0 + N18.2 (r13-04, borderline), M85.80 and M25.50 (site written beside the T-score / in the HPI;
dev-r3-25 codes "T-score -1.8 at the spine" as M85.80, dev-0030 as M85.88), Z80.42 (borderline), FN R68.2, Z90.79,
90656 (after a line wrapped at "#2,"), E/M of r13-19/25/26.
"""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-r13-01", dos="2026-02-17",
        specialty="family medicine", setting="outpatient", age=58, sex="M", payer="bcbs",
        text="""
        Chief Complaint: Follow-up chronic conditions

        History of Present Illness:
        Patient is a 58 y.o. male presenting for 3 month follow up of diabetes, blood pressure and cholesterol.
        Home BP readings 130s-140s/80s. Fasting sugars 120-160. Taking meds as prescribed, occasional missed
        evening dose of metformin. No hypoglycemia. Walking 20 minutes most days.

        Past Medical History:
        Diagnosis Date
        - Appendicitis 1988
        - Kidney stone 2014
        - GERD
        - Hypertension 2017
        - Type 2 diabetes mellitus 2019
        - Hyperlipidemia

        Past Surgical History:
        - Appendectomy 1988
        - Right knee arthroscopy 2009

        Family History: Mother - colon cancer age 71. Father - CAD, died 74.

        Social History: Married, works as an electrician. Never smoker. Alcohol 2-3 beers/week.

        Current Outpatient Medications:
        - metformin 1000 mg tablet, take 1 tab by mouth twice daily with meals
        - glipizide 5 mg tablet, 1 tab daily before breakfast
        - lisinopril 20 mg tablet, 1 tab daily
        - amlodipine 5 mg tablet, 1 tab daily
        - atorvastatin 40 mg tablet, 1 tab nightly
        - omeprazole 20 mg capsule, 1 cap daily as needed

        Review of Systems:
        Constitutional: Negative for fever, fatigue, weight loss.
        Cardiovascular: Negative for chest pain, palpitations, leg swelling.
        Genitourinary: Negative for dysuria, hematuria, flank pain.
        Neurological: Negative for numbness, tingling.

        Physical Exam:
        BP 138/86 | Pulse 72 | Wt 96.2 kg | BMI 29.8
        General: NAD. CV: RRR, no murmur. Lungs: CTAB. Ext: no edema. Diabetic foot exam: monofilament intact
        bilaterally, pulses 2+, no ulcers.

        Results: A1c 7.6 (3 months ago 7.4). LDL 88. Cr 0.9, eGFR >90, urine microalbumin normal.

        Assessment and Plan:
        1. Type 2 diabetes mellitus without complication, without long-term current use of insulin - A1c
        slightly above goal. Reinforced adherence; continue metformin and glipizide. Repeat A1c 3 months.
        2. Essential hypertension - near goal; continue lisinopril and amlodipine, home log.
        3. Hyperlipidemia, unspecified - LDL acceptable, continue atorvastatin.
        Colonoscopy due 2027. RTC 3 months.
        """,
        codes=[
            c("E11.9", "Type 2 diabetes mellitus without complication",
              why="R22: type 2 diabetes without documented complication"),
            c("I10", "Essential hypertension - near goal", why="R20: chronic condition managed"),
            c("E78.5", "Hyperlipidemia, unspecified - LDL acceptable", why="R20: chronic condition managed"),
            c("Z79.84", "continue metformin and glipizide", why="R10: long-term oral hypoglycemics"),
            c("Z82.49", "Father - CAD", why="R05: family history in the organ system of problems addressed "
              "(hypertension, lipids; Decision). Added after the first run"),
            c("99214", "Assessment and Plan:",
              why="R15: moderate MDM - three chronic illnesses (diabetes not at goal), prescription drug "
                  "management"),
        ],
        skips=[
            skip("Kidney stone 2014", "R20", "past history not addressed"),
            skip("GERD", "R20", "list-only, not addressed at the visit"),
            skip("Mother - colon cancer age 71", "R05", "family history not relevant to this visit"),
            skip("Appendectomy 1988", "R20", "past surgery not affecting care"),
            skip("Negative for chest pain", "R02", "ROS negative"),
            skip("without long-term current use of insulin", "R10", "no insulin"),
        ],
    ),
    NoteSpec(
        id="dev-r13-02", dos="2026-01-13",
        specialty="internal medicine", setting="outpatient", age=72, sex="F", payer="medicare",
        text="""
        This is a 72-year-old woman I follow for chronic kidney disease and high blood pressure who comes in
        today for her routine visit, she says she has been feeling a bit more tired than usual over the last
        two months but is still doing her own shopping and gardening, no shortness of breath, no chest pain,
        she has not noticed any blood in the stool and her appetite is fine. Her other history includes breast
        cancer treated with lumpectomy and radiation in 2012, she finished anastrozole in 2017 and sees
        oncology once a year, a cholecystectomy in 2005, and hypothyroidism for which she takes levothyroxine
        75 mcg. She also takes losartan 100 mg daily, chlorthalidone 12.5 mg daily and a vitamin D
        supplement. On exam blood pressure 134/78, pulse 70, she is pale-appearing but in no distress, lungs
        are clear, no edema. Labs from last week show creatinine 1.6, eGFR 33, potassium 4.9, hemoglobin 10.1
        with normal MCV, ferritin 210, iron saturation 24%, B12 and folate normal, TSH 2.4.

        Assessment and plan: Chronic kidney disease stage 3b, stable eGFR compared with last year, due to
        hypertension, continue losartan, check urine albumin to creatinine ratio, renal dosing reviewed. Blood
        pressure is at goal on the current regimen. Her anemia is normocytic with adequate iron and normal
        vitamins and I think this is anemia of chronic kidney disease, will recheck in 3 months and refer to
        nephrology if hemoglobin falls below 10 for consideration of an ESA. Hypothyroidism, TSH normal,
        continue levothyroxine at the same dose. Return in 3 months with labs.
        """,
        codes=[
            c("I12.9", "due to hypertension", "Chronic kidney disease stage 3b",
              why="R08: hypertensive CKD stage 1-4"),
            c("N18.32", "Chronic kidney disease stage 3b", why="R22: CKD stage 3b with I12.9"),
            c("D63.1", "anemia of chronic kidney disease", why="R22: anemia in CKD (code first the CKD)"),
            c("E03.9", "Hypothyroidism, TSH normal", why="R20: chronic condition treated"),
            c("Z85.3", "breast\n        cancer treated with lumpectomy and radiation in 2012",
              why="R06: cancer treated in the past, anastrozole finished (I.C.2.d); a cancer history told in the "
                  "story is coded as dev-r2-17 codes it. Added after the first run"),
            c("Z92.3", "lumpectomy and radiation in 2012", why="R06: past radiation with the cancer history it "
              "treated (Decision 4). Added after the first run"),
            c("99214", "Assessment and plan:",
              why="R15: moderate MDM - chronic illnesses (new anemia), labs reviewed, prescription drug "
                  "management"),
        ],
        skips=[
            skip("a cholecystectomy in 2005", "R20", "past surgery"),
            skip("no shortness of breath", "R01", "negated"),
            skip("refer to\n        nephrology if hemoglobin falls below 10", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r13-03", dos="2025-11-18",
        specialty="pediatrics", setting="outpatient", age=-26, sex="F", payer="medicaid",
        text="""
        Sick visit
        S: 26 mo F brought by mom for L ear pulling x2 days, fever to 102.3 last night, runny nose and cough x5
        days. Drinking OK, wet diapers normal. Daycare. No vomiting/diarrhea. Eczema flaring a bit with cold
        weather, mom using Vaseline. Had RSV bronchiolitis at 6 mo, no wheezing since.
        Imm UTD. NKDA.

        O: T 100.8, HR 128, RR 26, SpO2 99%. Alert, consolable.
        R TM pearly gray, good landmarks. L TM bulging, erythematous, opaque, no mobility.
        Nares with clear rhinorrhea. OP clear. Lungs clear, no retractions, no wheeze.
        Skin: dry rough patches antecubital fossae bilat, no weeping or crusting.

        A/P:
        1. Acute otitis media, left - amoxicillin 90 mg/kg/day div BID x10 days. Ibuprofen/APAP for fever.
        2. Viral URI - supportive care, nasal saline.
        3. Atopic dermatitis, mild flare - thick emollient BID, hydrocortisone 1% to patches x1 week.
        Return if fever persists > 48-72 h on antibiotics or any trouble breathing. Ear recheck in 3 weeks at
        WCC.
        """,
        codes=[
            c("H66.92", "Acute otitis media, left", why="R11: otitis media, acute, left ear"),
            c("J06.9", "Viral URI", why="R20: acute upper respiratory infection treated"),
            c("L20.9", "Atopic dermatitis, mild flare", why="R22: atopic dermatitis treated"),
            c("99214", "A/P:",
              why="R15: moderate MDM - acute uncomplicated illnesses plus chronic illness with exacerbation, "
                  "prescription drug management"),
        ],
        skips=[
            skip("fever to 102.3", "R23", "fever integral to otitis media"),
            skip("L ear pulling", "R23", "symptom of the otitis"),
            skip("Had RSV bronchiolitis at 6 mo", "R20", "resolved history"),
            skip("Return if fever persists", "R07", "conditional"),
            skip("no wheeze", "R02", "normal exam"),
        ],
    ),
    NoteSpec(
        id="dev-r13-04", dos="2026-03-10",
        specialty="cardiology", setting="outpatient", age=69, sex="M", payer="medicare",
        text="""
        HEART FAILURE CLINIC

        Indication: Ischemic cardiomyopathy, HFrEF, s/p dual-chamber ICD (2022).

        Interval: Feels about the same. NYHA II - tires walking uphill, flat ground fine. Weight stable on home
        scale (81-82 kg). No orthopnea/PND. No ICD shocks. Palpitations a few times a month, brief.
        Took an extra furosemide twice this month for 1 kg gain.

        PMH: CAD s/p CABG x3 (2018), ischemic cardiomyopathy EF 30%, paroxysmal AF, HTN, CKD stage 2, gout,
        BPH. Ex-smoker, quit 2018 (35 pk-yr).

        Meds: sacubitril-valsartan 49/51 mg BID, carvedilol 12.5 mg BID, spironolactone 25 mg daily,
        dapagliflozin 10 mg daily, furosemide 20 mg daily + prn, apixaban 5 mg BID, atorvastatin 80 mg,
        allopurinol 100 mg, tamsulosin 0.4 mg.

        Exam: BP 112/70, HR 62 regular, Wt 81.6 kg. JVP 7 cm. Lungs clear. No S3. Trace ankle edema.
        Device interrogation (by EP clinic 2/26, reviewed): 3 AF episodes, longest 40 min, AF burden <1%.
        No VT.
        Labs 3/3: Na 137, K 4.6, Cr 1.2, BNP 310 (prior 290).
        Technetium PYP scan 2024: negative for ATTR amyloid.

        Assessment / Plan
        # Chronic systolic heart failure, NYHA II, LVEF 30% - ischemic cardiomyopathy. Euvolemic. On GDMT;
        increase sacubitril-valsartan to 97/103 mg BID, BMP 1 wk.
        # Hypertension - controlled, see above.
        # CAD s/p CABG, no angina - continue statin.
        # Paroxysmal AF, low burden - continue apixaban.
        # ICD in place, functioning.
        RTC 3 mo with echo.
        """,
        codes=[
            c("I11.0", "# Hypertension - controlled",
              why="R08: hypertension with heart failure is presumed linked (I.C.9.a.1)"),
            c("I50.22", "Chronic systolic heart failure", why="R22: chronic systolic (HFrEF) heart failure"),
            c("I25.5", "ischemic cardiomyopathy. Euvolemic",
              why="R22: ischemic cardiomyopathy documented by the provider"),
            c("I25.10", "CAD s/p CABG, no angina", why="R22: CAD of native artery without angina"),
            c("I48.0", "Paroxysmal AF, low burden", why="R22: paroxysmal atrial fibrillation"),
            c("Z95.810", "ICD in place, functioning", why="R20: status automatic implantable defibrillator"),
            c("Z95.1", "CAD s/p CABG", why="R20: status aortocoronary bypass graft"),
            c("Z79.01", "continue apixaban", why="R10: long-term anticoagulant"),
            c("Z87.891", "Ex-smoker, quit 2018", why="R06: former smoker with CAD"),
            c("99214", "Assessment / Plan",
              why="R15: moderate MDM - chronic illnesses, prescription drug management"),
        ],
        skips=[
            skip("negative for ATTR amyloid", "R01", "ruled out"),
            skip("CKD stage 2", "R20", "list-only, not addressed"),
            skip("gout", "R20", "list-only, not addressed"),
            skip("BPH", "R20", "list-only, not addressed"),
            skip("No orthopnea/PND", "R01", "negated"),
            skip("Palpitations a few times a month", "R23", "symptom of the assessed atrial fibrillation"),
        ],
    ),
    NoteSpec(
        id="dev-r13-05", dos="2026-04-07",
        specialty="endocrinology", setting="outpatient", age=61, sex="F", payer="aetna",
        text="""
        Endocrinology Follow-Up

        Reason for visit: diabetes management

        HPI: Ms. Okafor is a 61 yo F with T2DM x 14 years complicated by peripheral neuropathy, on basal insulin
        plus metformin. She reports fasting glucose 170-220 over the past month after a course of prednisone
        for a knee flare, now completed. Burning in both feet at night, stable on gabapentin. No hypoglycemia.
        Mother and two sisters have type 2 diabetes.

        Medications: insulin glargine 34 units qHS, metformin ER 1000 mg BID, gabapentin 300 mg TID,
        lisinopril 10 mg, rosuvastatin 20 mg, fenofibrate 145 mg, vitamin D3.

        Exam: BP 128/76, BMI 31.2. Feet: decreased monofilament sensation both forefeet, vibration reduced at
        toes, no ulcers or calluses. Pedal pulses palpable.

        Data: POC A1c in clinic today 8.9% (prior 7.7%). Lipids 1/2026: TG 260, LDL 104, HDL 38. Retinal exam
        12/2025 - no diabetic retinopathy.

        Impression:
        1. Type 2 diabetes with diabetic polyneuropathy and hyperglycemia, A1c 8.9%. Increase glargine to 40
        units, titrate 2 units q3 days to FBG <130. Continue metformin. Discussed adding a GLP-1 RA next visit
        if still above goal.
        2. Diabetic peripheral neuropathy - continue gabapentin, podiatry referral for annual foot care.
        3. Mixed hyperlipidemia - continue rosuvastatin + fenofibrate.
        4. Hypertension - controlled on lisinopril.
        RTC 3 months.
        """,
        codes=[
            c("E11.42", "Type 2 diabetes with diabetic polyneuropathy",
              why="R09: diabetes with diabetic polyneuropathy"),
            c("E11.65", "hyperglycemia, A1c 8.9%", why="R09: diabetes with hyperglycemia (Decision)"),
            c("E78.2", "Mixed hyperlipidemia", why="R22: mixed hyperlipidemia treated"),
            c("I10", "Hypertension - controlled on lisinopril", why="R20: chronic condition managed"),
            c("Z79.4", "Increase glargine to 40\n        units", why="R10: long-term insulin"),
            c("Z79.84", "Continue metformin", why="R10: long-term oral hypoglycemic with insulin"),
            c("Z83.3", "Mother and two sisters have type 2 diabetes",
              why="R05: family history of the condition addressed (Decision)"),
            c("99214", "Impression:", why="R15: moderate MDM - chronic illness with progression, prescription "
              "drug management"),
            c("83036", "POC A1c in clinic today", why="R19: in-office A1c"),
        ],
        skips=[
            skip("after a course of prednisone", "R10", "completed short course"),
            skip("no diabetic retinopathy", "R01", "negated"),
            skip("Discussed adding a GLP-1 RA next visit", "R07", "drug only considered"),
        ],
    ),
    NoteSpec(
        id="dev-r13-06", dos="2025-12-02",
        specialty="nephrology", setting="outpatient", age=67, sex="M", payer="medicare", minutes=42,
        text="""
        NEPHROLOGY PROGRESS NOTE

        Problem list (carried forward):
        1. CKD stage 4 secondary to hypertensive nephrosclerosis
        2. Secondary hyperparathyroidism of renal origin
        3. Anemia in CKD
        4. Chronic metabolic acidosis
        5. Gout
        6. History of colon polyps
        7. Osteoarthritis, knees

        S: Seen for CKD 4 follow up. Feels OK, mild fatigue. Appetite good. Urinating well, no swelling. Right
        knee aches with walking, uses acetaminophen. No gout flares on allopurinol in the past year.

        Meds: amlodipine 10, carvedilol 25 BID, furosemide 40, sodium bicarbonate 650 mg TID, calcitriol 0.25
        mcg daily, allopurinol 100 mg, ferrous sulfate 325 mg, acetaminophen prn.

        O: BP 146/84 (home average 138/80). No edema. Lungs clear.
        Labs 11/25: Cr 3.1, eGFR 21, K 5.0, CO2 19, Ca 9.0, Phos 4.9, PTH 188, Hgb 10.4, ferritin 160, TSAT 22%.

        A/P:
        CKD stage 4, hypertensive - eGFR 21, slow decline (24 a year ago). Discussed kidney replacement
        options; referral to transplant center and vascular surgery for vein mapping. BP above goal - add
        hydralazine 25 mg TID.
        Secondary hyperparathyroidism, renal - PTH rising. Increase calcitriol to 0.5 mcg; low phosphorus diet
        reviewed with dietitian handout.
        Metabolic acidosis, chronic - CO2 19, increase bicarbonate to 1300 mg BID.
        Anemia in CKD - Hgb 10.4, iron adequate; continue oral iron, not yet at ESA threshold.
        Gout - quiet on renally dosed allopurinol, continue.
        Total time today 42 minutes including record review, counseling on dialysis modalities and
        documentation.
        """,
        codes=[
            c("I12.9", "CKD stage 4, hypertensive", why="R08: hypertensive CKD stage 1-4"),
            c("N18.4", "CKD stage 4, hypertensive", why="R22: CKD stage 4 with I12.9"),
            c("N25.81", "Secondary hyperparathyroidism, renal", why="R22: secondary hyperparathyroidism of "
              "renal origin"),
            c("E87.22", "Metabolic acidosis, chronic", why="R22: chronic metabolic acidosis"),
            c("D63.1", "Anemia in CKD - Hgb 10.4", why="R22: anemia in CKD"),
            c("M10.9", "Gout - quiet on renally dosed allopurinol", why="R20: chronic condition treated"),
            c("99215", "Total time today 42 minutes", why="R14: established patient, 40+ minutes"),
        ],
        skips=[
            skip("History of colon polyps", "R20", "list-only history, not addressed"),
            skip("Osteoarthritis, knees", "R20", "list-only; knee ache mentioned but not assessed"),
            skip("mild fatigue", "R23", "symptom of the CKD/anemia"),
        ],
    ),
    NoteSpec(
        id="dev-r13-07", dos="2026-05-05",
        specialty="rheumatology", setting="outpatient", age=54, sex="F", payer="uhc",
        text="""
        RHEUMATOLOGY FOLLOW UP

        Dx: Seropositive rheumatoid arthritis (RF+, anti-CCP+), dx 2017, erosive. Multiple joints.
        Current tx: methotrexate 20 mg PO weekly + folic acid 1 mg daily; adalimumab 40 mg SC q2 weeks since
        2021.

        Subjective: More morning stiffness (~90 min) over the last 6 weeks, swelling of the right wrist and
        several MCPs. Missed two adalimumab doses in March when the pharmacy delayed the refill. No fevers, no
        infections. Dry eyes (both) and dry mouth for several months - uses artificial tears.

        ROS otherwise negative as per intake form.

        Exam: Synovitis R wrist, R MCP 2-3, L MCP 2. Tender 6, swollen 4. No nodules. No rash.
        CDAI 18 (moderate activity).

        Labs (today's draw, reviewed): CBC normal, AST/ALT 28/31, Cr 0.8, ESR 34, CRP 1.9.
        QuantiFERON 1/2026 negative. Hep B/C negative.
        DXA 2025: normal.

        Assessment:
        Seropositive RA of multiple sites, moderate disease activity after missed biologic doses - not at
        target. Restart regular adalimumab dosing, prednisone 10 mg daily x 2 weeks then taper off over 2
        weeks. Continue MTX 20 mg weekly and folic acid. Labs (CBC, CMP) every 3 months on MTX. If still
        active at next visit consider switch to a JAK inhibitor or abatacept.
        Sicca symptoms (dry eyes and mouth) - likely secondary Sjogren syndrome; SSA/SSB ordered.

        F/U 6 weeks.
        """,
        codes=[
            c("M05.79", "Seropositive RA of multiple sites",
              why="R22: RA with rheumatoid factor, multiple sites, without organ involvement"),
            c("Z79.631", "Continue MTX 20 mg weekly", why="R10: long-term methotrexate (antimetabolite)"),
            c("Z79.620", "adalimumab 40 mg SC q2 weeks", why="R10: long-term immunosuppressive biologic"),
            c("H04.123", "Dry eyes (both)", "Sicca symptoms (dry eyes and mouth)",
              why="R03: uncertain Sjogren syndrome not coded; its findings are (dry eye syndrome, bilateral)"),
            c("R68.2", "dry mouth", "Sicca symptoms (dry eyes and mouth)",
              why="R03: uncertain Sjogren syndrome not coded; dry mouth is"),
            c("99214", "Assessment:", why="R15: moderate MDM - chronic illness with progression, drug therapy "
              "requiring intensive monitoring for toxicity"),
        ],
        skips=[
            skip("likely secondary Sjogren syndrome", "R03", "uncertain outpatient diagnosis"),
            skip("QuantiFERON 1/2026 negative", "R01", "negative screening"),
            skip("consider switch to a JAK inhibitor", "R07", "hypothetical"),
            skip("prednisone 10 mg daily x 2 weeks", "R10", "short course"),
        ],
    ),
    NoteSpec(
        id="dev-r13-08", dos="2026-06-16",
        specialty="oncology", setting="outpatient", age=63, sex="F", payer="medicare", minutes=32,
        text="""
        Medical Oncology - Survivorship/Follow-up

        Diagnosis: Left breast invasive ductal carcinoma, upper outer quadrant, pT1c N0, ER+/PR+/HER2-, stage
        IA. Lumpectomy + SLNB 3/2023, adjuvant whole-breast radiation completed 6/2023. Anastrozole since
        7/2023, planned 5-7 years.

        Interval history: Tolerating anastrozole. Mild hot flashes, manageable. Joint stiffness in hands in the
        mornings, improves within 15 minutes, not limiting. No breast lumps, no bone pain, no cough, no
        headaches. Mammogram 5/2026 BI-RADS 2.

        Other history: hypertension (per PCP, on amlodipine), hypothyroidism, cataract surgery OU 2024. Father
        had prostate cancer.

        Exam: No palpable masses either breast; left breast post-lumpectomy and radiation changes. No axillary
        or supraclavicular adenopathy. Abdomen benign.

        DXA 5/2026: osteopenia, T-score -1.6 lumbar spine.

        Assessment/Plan:
        1. Breast cancer, left, UOQ, ER positive, on adjuvant anastrozole - NED. Continue anastrozole.
        Mammogram in 1 year.
        2. Osteopenia on aromatase inhibitor - calcium/vitamin D, weight bearing exercise; repeat DXA in 2
        years; would start bisphosphonate if T-score <= -2.0.
        3. AI-related arthralgia, mild - stretching, no change.
        I spent 32 minutes on the date of service.
        """,
        codes=[
            c("C50.412", "Breast cancer, left, UOQ, ER positive, on adjuvant anastrozole",
              why="R22: malignancy under adjuvant therapy is current (Decision): left upper-outer quadrant, "
                  "female"),
            c("Z17.0", "ER positive", why="R22: estrogen receptor positive status"),
            c("Z17.21", "PR+", why="R22: progesterone receptor positive status, each receptor coded. Added after "
              "the first run"),
            c("Z17.32", "HER2-", why="R22: HER2 negative status, each receptor coded. Added after the first run"),
            c("M85.88", "Osteopenia on aromatase inhibitor", "T-score -1.6 lumbar spine",
              why="R22: osteopenia (Index: Osteopenia -> M85.8-), site lumbar spine (other site)"),
            c("M25.541", "AI-related arthralgia, mild", why="R22: arthralgia of hands (both hands)"),
            c("M25.542", "AI-related arthralgia, mild", why="R22: arthralgia of hands (both hands)"),
            c("T38.6X5A", "AI-related arthralgia", why="R12: adverse effect of antiestrogen, initial encounter "
              "(active treatment)"),
            c("Z79.811", "Continue anastrozole", why="R10: long-term aromatase inhibitor"),
            c("Z92.3", "adjuvant whole-breast radiation completed 6/2023",
              why="R06: history of irradiation with the cancer it treated (Decision 4)"),
            c("99214", "I spent 32 minutes on the date of service", why="R14: established patient, 30-39 min"),
        ],
        skips=[
            skip("Mild hot flashes", "R20", "mentioned, not assessed"),
            skip("hypertension (per PCP, on amlodipine)", "R20", "managed elsewhere, not addressed"),
            skip("hypothyroidism", "R20", "list-only"),
            skip("Father\n        had prostate cancer", "R05", "unrelated family history"),
            skip("would start bisphosphonate", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-r13-09", dos="2026-02-24",
        specialty="dermatology", setting="outpatient", age=71, sex="M", payer="medicare",
        text="""
        DERMATOLOGY PROCEDURE VISIT

        Returns for treatment of actinic keratoses on the scalp and forehead noted at his skin check 3 weeks
        ago. History of BCC of the right nasal ala, Mohs 2020, no recurrence. Hx of hypertension, GERD, BPH.
        Uses a hat outdoors now.

        Exam: Bald scalp and forehead with 5 gritty erythematous scaly papules consistent with actinic
        keratoses (4 scalp, 1 left forehead). Right nasal ala scar well healed, no papule or erosion. Several
        stuck-on waxy tan papules on the upper back - seborrheic keratoses, unchanged per patient.

        Procedure: After verbal consent, 5 actinic keratoses were treated with liquid nitrogen cryotherapy,
        2 freeze-thaw cycles each. Tolerated well. Wound care reviewed.

        Assessment:
        - Actinic keratoses x5 - destroyed with LN2 as above.
        - Seborrheic keratoses, back - benign, reassured, no treatment.
        - History of basal cell carcinoma - no evidence of recurrence at the Mohs site.
        Full skin exam in 6 months; sunscreen daily.
        """,
        codes=[
            c("L57.0", "Actinic keratoses x5", why="R22: actinic keratosis treated"),
            c("L82.1", "Seborrheic keratoses, back - benign", why="R20: lesion evaluated and reassured"),
            c("Z85.828", "History of basal cell carcinoma - no evidence of recurrence",
              why="R06: excised skin cancer, surveillance at the visit"),
            c("17000", "5 actinic keratoses were treated with liquid nitrogen",
              why="R18: destruction of premalignant lesion, first"),
            c("17003", "5 actinic keratoses were treated with liquid nitrogen",
              why="R18: destruction of premalignant lesions 2-14, each", units=4),
        ],
        skips=[
            skip("Hx of hypertension, GERD, BPH", "R20", "list-only history"),
            skip("no evidence of recurrence", "R01", "negated recurrence"),
        ],
    ),
    NoteSpec(
        id="dev-r13-10", dos="2026-03-31",
        specialty="ophthalmology", setting="outpatient", age=66, sex="M", payer="medicare",
        text="""
        OPHTHALMOLOGY - Established patient

        CC: Diabetic eye exam and glaucoma follow up. Vision a little blurrier at distance OU, worse at night
        with glare from headlights.

        Ocular hx: POAG OU on latanoprost qHS since 2021. No eye surgery.
        Medical hx: DM2 (insulin), HTN, hyperlipidemia, sleep apnea.
        Meds: insulin lispro with meals, insulin degludec, losartan, atorvastatin, latanoprost OU.
        Last A1c 7.8 per patient.

        VA cc: OD 20/40, OS 20/30. IOP (applanation) 16/15.
        SLE: Lids/lashes nl. Conj white. Cornea clear. AC deep and quiet. Lens 2+ NS OU.
        DFE: C/D 0.6 OD, 0.55 OS, stable. Scattered dot-blot hemorrhages and microaneurysms both eyes, no
        neovascularization, no hard exudates in the macula.
        OCT macula OU performed today: no macular edema, CST 268/262. OCT RNFL stable vs 2025.

        Impression:
        1. Mild nonproliferative diabetic retinopathy without macular edema, both eyes - type 2 DM. No
        treatment needed; systemic control with PCP. Recheck 6 months.
        2. Primary open angle glaucoma, both eyes, mild stage - IOP at target, continue latanoprost.
        3. Nuclear sclerotic cataract, both eyes, visually significant at night. Discussed surgery; patient
        would like to wait until after summer.
        """,
        codes=[
            c("E11.3293", "Mild nonproliferative diabetic retinopathy without macular edema, both eyes",
              why="R09: type 2 diabetes with mild NPDR without macular edema, bilateral"),
            c("H40.1131", "Primary open angle glaucoma, both eyes, mild stage",
              why="R11: POAG bilateral, mild stage"),
            c("H25.13", "Nuclear sclerotic cataract, both eyes", why="R11: age-related nuclear cataract, bilateral"),
            c("Z79.4", "insulin lispro with meals, insulin degludec", why="R10: long-term insulin with "
              "type 2 diabetes"),
            c("99214", "Impression:", why="R15: moderate MDM - chronic illnesses, prescription drug management"),
            c("92134", "OCT macula OU performed today", why="R19: retinal OCT in the office"),
        ],
        skips=[
            skip("HTN, hyperlipidemia, sleep apnea", "R20", "list-only history"),
            skip("no neovascularization", "R02", "normal finding"),
            skip("no macular edema", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r13-11", dos="2026-01-28",
        specialty="otolaryngology", setting="outpatient", age=42, sex="M", payer="cigna", new_patient=True,
        text="""
        ENT NEW PATIENT CONSULTATION
        Referred by: Dr. Patel (PCP)
        Reason: chronic sinus congestion

        HPI: 42M with 8+ months of bilateral nasal obstruction, thick postnasal drainage, facial pressure over
        the cheeks and reduced smell. Three courses of antibiotics since last spring per PCP records, which I
        reviewed, each with partial improvement. Also seasonal sneezing and itchy eyes every spring. Uses
        fluticasone nasal spray on and off. Left ear feels plugged for 2 weeks.
        PMH: seasonal allergies, hypertension, prior left ankle ORIF (2015).
        Meds: fluticasone nasal prn, lisinopril 10 mg, cetirizine prn.
        Social: never smoker. FH: noncontributory.

        ROS: 12-point ROS negative except as in HPI.

        EXAM: Ext nose straight. Anterior rhinoscopy: septum deviated to the right with a spur contacting the
        inferior turbinate; mucopurulent drainage in the left middle meatus. Turbinates boggy. Oral cavity
        normal. Neck no masses.
        Ears: Left EAC occluded by impacted cerumen. Right TM normal.

        PROCEDURE: Removal of impacted cerumen, left ear, with curette and suction under the microscope.
        TM intact and normal afterwards. Hearing subjectively improved.

        IMPRESSION:
        1. Chronic maxillary sinusitis, bilateral - failed multiple antibiotic courses. CT sinus without
        contrast ordered. Daily saline irrigations + budesonide rinse. If CT shows persistent disease, will
        discuss endoscopic sinus surgery.
        2. Deviated nasal septum, contributing to obstruction.
        3. Seasonal allergic rhinitis - use fluticasone daily, not prn.
        4. Cerumen impaction, left - removed.
        RTC after CT.
        """,
        codes=[
            c("J32.0", "Chronic maxillary sinusitis, bilateral", why="R22: chronic maxillary sinusitis"),
            c("J34.2", "Deviated nasal septum", why="R20: condition evaluated, contributes to the problem"),
            c("J30.2", "Seasonal allergic rhinitis", why="R22: other seasonal allergic rhinitis treated"),
            c("H61.22", "Cerumen impaction, left - removed", why="R11: impacted cerumen, left ear"),
            c("99204", "IMPRESSION:", why="R15: new patient, moderate MDM - chronic illness with "
              "progression, external records reviewed and CT ordered, prescription drug management",
              mods=["25"]),
            c("69210", "Removal of impacted cerumen, left ear, with curette",
              why="R18: cerumen removal with instruments, one ear"),
        ],
        skips=[
            skip("hypertension", "R20", "list-only, managed by PCP"),
            skip("prior left ankle ORIF (2015)", "R20", "past surgery"),
            skip("If CT shows persistent disease", "R07", "conditional"),
            skip("reduced smell", "R23", "symptom of the chronic sinusitis"),
        ],
    ),
    NoteSpec(
        id="dev-r13-12", dos="2026-07-14",
        specialty="urology", setting="outpatient", age=67, sex="M", payer="medicare",
        text="""
        UROLOGY CLINIC NOTE

        CC: BPH/LUTS and PSA follow-up

        67 yo M with BPH on tamsulosin 0.4 mg for 2 years. Urinary stream weak, hesitancy, nocturia 3-4x/night
        which is his main complaint, bothersome. IPSS 19 (QoL 4). No gross hematuria. No UTIs. Had a ureteral
        stone in 2016 passed spontaneously. PSA trend: 3.1 (2024) -> 4.2 (2025) -> 5.6 (6/2026). Free PSA 12%.
        Father had BPH surgery in his 70s.

        PMH: HTN, type 2 diabetes (diet controlled), OSA on CPAP.
        Meds: tamsulosin 0.4 mg, lisinopril 20 mg, atorvastatin 10 mg.

        Exam: Abd soft, bladder not palpable. DRE: prostate ~50 g, smooth, symmetric, no nodules, non-tender.
        Bladder scan PVR in clinic today: 145 mL.

        Assessment:
        1. BPH with lower urinary tract symptoms, nocturia predominant, PVR 145 mL - suboptimal on
        tamsulosin. Add finasteride 5 mg daily. Counseled on evening fluid restriction.
        2. Elevated PSA, rising velocity, low free PSA - concern for prostate cancer. Prostate MRI ordered; if
        PI-RADS 3 or higher will proceed to fusion biopsy.
        F/U after MRI.
        """,
        codes=[
            c("N40.1", "BPH with lower urinary tract symptoms",
              why="R22: BPH with LUTS; use additional code for the symptoms"),
            c("R35.1", "nocturia predominant", why="R22: nocturia, the additional code N40.1 asks for"),
            c("Z84.2", "Father had BPH surgery", why="R05: family history of the condition addressed (Decision). "
              "Added after the first run"),
            c("R97.20", "Elevated PSA, rising velocity", why="R03: elevated PSA; cancer only a concern"),
            c("99214", "Assessment:", why="R15: moderate MDM - chronic illness with progression and new "
              "problem with uncertain prognosis, prescription drug management"),
            c("51798", "Bladder scan PVR in clinic today", why="R19: post-void residual by ultrasound"),
        ],
        skips=[
            skip("concern for prostate cancer", "R03", "uncertain diagnosis"),
            skip("Had a ureteral\n        stone in 2016", "R20", "past history not related to the visit (Decision 2)"),
            skip("HTN, type 2 diabetes (diet controlled), OSA on CPAP", "R20", "list-only, not addressed"),
            skip("No gross hematuria", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r13-13", dos="2026-08-11",
        specialty="obstetrics and gynecology", setting="outpatient", age=44, sex="F", payer="bcbs",
        text="""
        GYN PROBLEM VISIT

        44 yo G2P2 here for heavy periods. Cycles every 26-28 days, bleeding 8-9 days with clots, soaking a pad
        every 1-2 hours on days 1-3 for the past year. Fatigued, gets winded on stairs. No intermenstrual or
        postcoital bleeding. Pelvic ultrasound 7/2026 (outside): uterus 11 cm, 4.2 cm intramural fibroid
        posterior fundus, endometrium 8 mm, ovaries normal.
        Hx: gestational diabetes with 2nd pregnancy (2015), normal glucose since. Contraception: husband
        vasectomy. Last pap 2024 NILM, HPV neg.
        Meds: ibuprofen prn with menses, multivitamin.

        Exam: BP 118/72, HR 88. Pale conjunctivae. Abdomen soft. Pelvic: normal external genitalia, cervix
        without lesions, uterus enlarged ~12 week size, irregular, non-tender; adnexa without masses.
        Urine hCG in office: negative.
        CBC (drawn 8/4): Hgb 9.2, MCV 71, ferritin 5.

        A/P:
        1. Heavy menstrual bleeding with regular cycles due to intramural leiomyoma of uterus. Options
        reviewed: levonorgestrel IUD, tranexamic acid, myomectomy, hysterectomy. She chooses tranexamic acid
        1300 mg TID during menses for now; will consider IUD. Endometrial biopsy not indicated given regular
        cycles and normal endometrial thickness per ACOG, discussed.
        2. Iron deficiency anemia secondary to chronic blood loss - start ferrous sulfate 325 mg every other
        day; recheck CBC/ferritin in 8 weeks.
        RTC 3 months.
        """,
        codes=[
            c("D25.1", "intramural leiomyoma of uterus", why="R21: intramural leiomyoma, the cause of the "
              "bleeding, first"),
            c("N92.0", "Heavy menstrual bleeding with regular cycles",
              why="R22: excessive menstruation with regular cycle (not routinely part of a fibroid)"),
            c("D50.0", "Iron deficiency anemia secondary to chronic blood loss",
              why="R22: iron deficiency anemia secondary to blood loss (chronic)"),
            c("99214", "A/P:", why="R15: moderate MDM - chronic illness with progression, labs and imaging "
              "reviewed, prescription drug management"),
            c("81025", "Urine hCG in office: negative", why="R19: in-office urine pregnancy test"),
        ],
        skips=[
            skip("gestational diabetes with 2nd pregnancy (2015)", "R20", "history not related to the visit"),
            skip("husband\n        vasectomy", "R20", "partner's contraception"),
            skip("No intermenstrual or\n        postcoital bleeding", "R01", "negated"),
            skip("will consider IUD", "R07", "considered only"),
            skip("Fatigued", "R23", "symptom of the anemia"),
        ],
    ),
    NoteSpec(
        id="dev-r13-14", dos="2026-04-22",
        specialty="psychiatry", setting="outpatient", age=36, sex="F", payer="aetna",
        text="""
        Outpatient Psychiatry - Medication Management + Psychotherapy

        ID: 36F, established, with MDD, GAD and ADHD.

        Interval: Mood "better than winter". Sleeping 6-7 h. Energy improved, back to running. Worry still
        high around work deadlines, some muscle tension, no panic attacks. Focus adequate on methylphenidate
        ER, no appetite suppression issues. Sober from alcohol 3 years, attends AA weekly, no cravings.
        Denies SI/HI, no self-harm.

        Current meds: sertraline 150 mg daily, methylphenidate ER 36 mg qAM, hydroxyzine 25 mg prn anxiety.
        PDMP reviewed - appropriate.

        MSE: well groomed, cooperative, speech normal rate, mood "pretty good", affect mildly anxious, full
        range. TP linear, TC no SI/HI/AVH. Insight/judgment good.

        Scales today: PHQ-9 = 7 (was 14). GAD-7 = 12 (was 15).

        Psychotherapy (20 min, CBT): worked on cognitive restructuring of catastrophic predictions about work
        performance, planned graded exposure to delegating tasks.

        Assessment:
        - Major depressive disorder, recurrent, moderate - improving, in partial response. Continue sertraline
        150 mg.
        - Generalized anxiety disorder - still symptomatic; continue sertraline, CBT; hydroxyzine prn.
        - ADHD, combined presentation - stable, continue methylphenidate ER 36 mg, 30-day Rx sent.
        - Alcohol use disorder, moderate, in sustained remission - supportive.
        Follow-up 6 weeks.
        """,
        codes=[
            c("F33.1", "Major depressive disorder, recurrent, moderate", why="R22: MDD recurrent moderate"),
            c("F41.1", "Generalized anxiety disorder - still symptomatic", why="R20: chronic condition treated"),
            c("F90.2", "ADHD, combined presentation", why="R22: ADHD combined type"),
            c("F10.21", "Alcohol use disorder, moderate, in sustained remission",
              why="R22: moderate alcohol use disorder (dependence) in remission"),
            c("99214", "Assessment:", why="R15: moderate MDM - chronic illnesses, prescription drug management "
              "(controlled substance)"),
            c("90833", "Psychotherapy (20 min, CBT)", why="R18: psychotherapy add-on with E/M, 16-37 min"),
            c("96127", "PHQ-9 = 7", "GAD-7 = 12", why="R19: scored behavioral assessments", units=2),
        ],
        skips=[
            skip("Denies SI/HI", "R01", "negated"),
            skip("no panic attacks", "R01", "negated"),
            skip("muscle tension", "R23", "symptom of the anxiety disorder"),
        ],
    ),
    NoteSpec(
        id="dev-r13-15", dos="2026-05-19",
        specialty="neurology", setting="outpatient", age=39, sex="F", payer="uhc",
        text="""
        NEUROLOGY FOLLOW-UP

        Problem: chronic migraine without aura

        Since starting erenumab 140 mg monthly in November, headache days went from 18/month to 7/month, of
        which 3 migraine days. Using rizatriptan ~3x/month with good effect. No more daily ibuprofen - the
        medication overuse headache she had last year has resolved. Sleep better. Also reports numbness and
        tingling in the right thumb, index and middle fingers at night for 3 months, shakes the hand to relieve
        it. Works as a dental hygienist.
        Other hx: iron deficiency (resolved), C-section x2, anxiety (on no meds).
        MRI brain 2024 (reviewed): few nonspecific punctate T2 white matter hyperintensities, typical for
        migraine, no further imaging needed.

        Exam: Normal mental status, CN II-XII intact, strength 5/5 throughout including APB, reflexes 2+
        symmetric. Tinel and Phalen positive at the right wrist. Sensation reduced in the right median
        distribution.

        Impression:
        1. Chronic migraine without aura, without status migrainosus - much improved on erenumab, now under
        8 headache days. Continue erenumab and rizatriptan prn; headache diary.
        2. Right carpal tunnel syndrome, clinically mild-moderate - neutral wrist splint at night; EMG/NCS
        ordered to grade severity.
        Return 3 months.
        """,
        codes=[
            c("G43.709", "Chronic migraine without aura, without status migrainosus",
              why="R22: chronic migraine without aura, not intractable, without status migrainosus"),
            c("G56.01", "Right carpal tunnel syndrome", why="R11: carpal tunnel syndrome, right upper limb"),
            c("99214", "Impression:", why="R15: moderate MDM - chronic illness and new problem, prescription "
              "drug management"),
        ],
        skips=[
            skip("medication overuse headache she had last year has resolved", "R20", "resolved"),
            skip("iron deficiency (resolved)", "R20", "resolved history"),
            skip("anxiety (on no meds)", "R20", "list-only, not addressed"),
            skip("nonspecific punctate T2 white matter hyperintensities", "R20",
                 "incidental finding judged not significant (no workup)"),
            skip("numbness and\n        tingling in the right thumb", "R23", "symptoms of carpal tunnel syndrome"),
        ],
    ),
    NoteSpec(
        id="dev-r13-16", dos="2026-02-03",
        specialty="orthopedics", setting="outpatient", age=64, sex="F", payer="medicare",
        text="""
        Ortho Clinic - Knee injection

        64F known to me with primary OA of the right knee, here for her scheduled repeat corticosteroid
        injection (last one 4 months ago gave ~3 months of relief). Pain 6/10 with stairs and after standing.
        She is 3.5 years out from a left total knee arthroplasty, which is doing great. No new injury.
        Wants to avoid surgery on the right for now; considering TKA next year.

        PMHx: HTN, hypothyroid, obesity.
        BMI 34.1.

        Exam R knee: mild effusion, medial joint line tenderness, crepitus, ROM 5-115, stable ligaments.
        L knee: well-healed incision, ROM 0-125, no effusion.
        XR R knee (1/2026): severe medial joint space narrowing, osteophytes.

        Procedure: Right knee intra-articular injection. Consent obtained. Prepped with chlorhexidine,
        superolateral approach, 40 mg triamcinolone acetonide + 4 mL 1% lidocaine injected without ultrasound
        guidance. No complications. Band-aid applied.

        A/P: Primary osteoarthritis, right knee - injected as above; home exercise program, continue
        acetaminophen. Next injection not before 3 months.
        S/p left TKA - doing well, routine x-ray at 5 years.
        """,
        codes=[
            c("M17.11", "Primary osteoarthritis, right knee", why="R11: unilateral primary OA, right knee"),
            c("Z96.652", "S/p left TKA - doing well", why="R20: presence of left artificial knee joint, "
              "evaluated at the visit"),
            c("20610", "Right knee intra-articular injection", why="R18: major joint injection without "
              "ultrasound", mods=["RT"]),
            c("J3301", "40 mg triamcinolone acetonide", why="R24: triamcinolone 40 mg = 4 units", units=4),
        ],
        skips=[
            skip("HTN, hypothyroid, obesity", "R20", "list-only history"),
            skip("BMI 34.1", "R22", "BMI without a provider weight diagnosis at this visit (Decision)"),
            skip("considering TKA next year", "R07", "planned"),
            skip("No new injury", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r13-17", dos="2026-03-17",
        specialty="gastroenterology", setting="outpatient", age=57, sex="M", payer="cigna",
        text="""
        GI FOLLOW UP

        SUBJECTIVE: 57M with long-segment Barrett's esophagus (C4M6) without dysplasia on last EGD 3/2025 and
        chronic GERD on PPI. Heartburn controlled on omeprazole 40 mg daily, rare breakthrough after large
        meals. No dysphagia, no weight loss, no melena. Separately he describes years of constipation with
        bloating and crampy lower abdominal pain relieved by a bowel movement, 2-3 BMs/week, hard stools; no
        blood. Colonoscopy 2023: two tubular adenomas removed, otherwise normal.
        PMH: HTN, hyperlipidemia, gout, remote DVT after ankle fracture (2012).
        Meds: omeprazole 40 mg daily, losartan 50 mg, simvastatin 20 mg, allopurinol 300 mg.
        Family hx: brother with colon polyps.

        OBJECTIVE: BMI 27.3. Abdomen soft, mildly tender LLQ, no mass, normal bowel sounds.
        Labs 2/2026 (PCP): CBC normal, TSH normal, celiac serology negative.

        ASSESSMENT/PLAN:
        1. Barrett's esophagus without dysplasia - surveillance EGD with biopsies due 3/2028 (3 years).
        Continue omeprazole 40 mg daily.
        2. GERD - controlled.
        3. Irritable bowel syndrome with constipation (Rome IV criteria met, alarm features absent, celiac
        negative) - start linaclotide 145 mcg daily, fiber supplement. Reassess in 8 weeks.
        4. History of adenomatous colon polyps - surveillance colonoscopy due 2030.
        """,
        codes=[
            c("K22.70", "Barrett's esophagus without dysplasia", why="R22: Barrett's esophagus without dysplasia"),
            c("K21.9", "GERD - controlled", why="R20: chronic condition treated"),
            c("K58.1", "Irritable bowel syndrome with constipation", why="R22: IBS with constipation"),
            c("Z86.0101", "History of adenomatous colon polyps",
              why="R06: history named in the assessment (surveillance planned)"),
            c("Z83.719", "brother with colon polyps", why="R05: family history of the condition the assessment "
              "addresses (Decision). Added after the first run"),
            c("99214", "ASSESSMENT/PLAN:", why="R15: moderate MDM - chronic illnesses and a new problem, "
              "prescription drug management"),
        ],
        skips=[
            skip("HTN, hyperlipidemia, gout", "R20", "list-only history"),
            skip("remote DVT after ankle fracture (2012)", "R20", "history not related to the visit"),
            skip("celiac serology negative", "R01", "negative test"),
            skip("bloating and crampy lower abdominal pain", "R23", "symptoms integral to IBS"),
        ],
    ),
    NoteSpec(
        id="dev-r13-18", dos="2025-10-21",
        specialty="pulmonology", setting="outpatient", age=33, sex="M", payer="aetna", new_patient=True,
        text="""
        PULMONARY NEW PATIENT VISIT

        Referral: "asthma vs. vocal cord dysfunction?"

        HPI: 33-year-old man with episodic wheeze, chest tightness and cough since childhood, worse with cold
        air, running and cats. Symptoms 3-4 days/week, night waking twice a month. Uses albuterol 3x/week.
        One urgent care visit for wheeze last winter, treated with prednisone. Allergic rhinitis with
        year-round congestion. No stridor or throat tightness on inspiration. Never smoked, no vaping.
        PMH: eczema as a child, ACL repair 2014.
        Meds: albuterol HFA prn, loratadine 10 mg daily.

        Exam: SpO2 98%. No stridor. Scattered expiratory wheezes bilaterally, good air movement. Nasal mucosa
        pale and boggy.

        Spirometry with pre- and post-bronchodilator testing performed today: FEV1 2.9 L (72%), FEV1/FVC 0.66,
        post-BD FEV1 3.4 L (+17%, +500 mL) - obstruction with significant reversibility. Flow-volume loops
        without inspiratory truncation.

        Assessment:
        1. Moderate persistent asthma, uncomplicated - reversible obstruction confirms asthma; vocal cord
        dysfunction not supported clinically or on flow-volume loops. Start budesonide-formoterol 160/4.5,
        2 puffs BID and as needed (MART). Asthma action plan given. Check CBC with eosinophils and total IgE.
        2. Perennial allergic rhinitis - start fluticasone nasal spray daily, continue loratadine.
        Return 6 weeks.
        """,
        codes=[
            c("J45.40", "Moderate persistent asthma, uncomplicated", why="R22: moderate persistent asthma, "
              "uncomplicated"),
            c("J30.89", "Perennial allergic rhinitis", why="R22: perennial allergic rhinitis (Index: Rhinitis, "
              "allergic, perennial J30.89)"),
            c("99204", "Assessment:", why="R15: new patient, moderate MDM - chronic illness with exacerbation/"
              "progression, tests ordered, prescription drug management"),
            c("94060", "Spirometry with pre- and post-bronchodilator testing performed today",
              why="R19: spirometry before and after bronchodilator"),
        ],
        skips=[
            skip("vocal cord\n        dysfunction not supported", "R01", "ruled out"),
            skip("eczema as a child", "R20", "resolved childhood history"),
            skip("ACL repair 2014", "R20", "past surgery"),
            skip("No stridor", "R01", "negated"),
            skip("Start budesonide-formoterol", "R10", "started today: no Z79"),
        ],
    ),
    NoteSpec(
        id="dev-r13-19", dos="2026-01-06",
        specialty="family medicine", setting="outpatient", age=47, sex="F", payer="medicaid",
        text="""
        SUBJECTIVE:
        CC: cough x 10 days
        47 y/o F with productive cough x10 days, started with a cold, now yellow sputum, chest sore from
        coughing. Low-grade temps first few days, none now. No SOB at rest. Smokes 1 ppd x 25 yrs. Wants to
        quit - tried patches before, relapsed with stress.

        Problem List (reviewed, unchanged):
        Essential hypertension
        Hyperlipidemia
        Major depressive disorder, single episode, in full remission
        Gastroesophageal reflux disease
        Tobacco use disorder
        S/P appendectomy

        Medications: lisinopril 10 mg daily, pravastatin 40 mg daily, omeprazole 20 mg daily.

        OBJECTIVE:
        T 98.9, P 84, RR 16, BP 136/82, SpO2 97% RA.
        Lungs: scattered rhonchi clearing with cough, no crackles, no wheeze. No egophony.
        Pharynx mildly injected. No sinus tenderness.

        ASSESSMENT/PLAN:
        1. Acute bronchitis - likely viral; no signs of pneumonia, CXR not indicated. Supportive care, honey,
        benzonatate 100 mg TID prn cough. Antibiotics not indicated.
        2. Nicotine dependence, cigarettes - counseled today for 8 minutes on quitting: risks, benefits,
        set a quit date of 1/20, start varenicline 0.5 mg daily x3 days then titrate per package, quitline
        referral.
        Other chronic problems stable, follow-up as scheduled in February.
        """,
        codes=[
            c("J20.9", "Acute bronchitis - likely viral", why="R22: acute bronchitis, organism not established"),
            c("F17.210", "Nicotine dependence, cigarettes", why="R22: nicotine dependence, cigarettes, "
              "uncomplicated"),
            c("99214", "ASSESSMENT/PLAN:", why="R15: moderate MDM - acute illness plus chronic problem "
              "(tobacco dependence), prescription drug management", mods=["25"]),
            c("99406", "counseled today for 8 minutes on quitting",
              why="R18: tobacco cessation counseling 3-10 minutes"),
        ],
        skips=[
            skip("no signs of pneumonia", "R01", "negated"),
            skip("Essential hypertension", "R20", "copied-forward problem list, not addressed"),
            skip("Major depressive disorder, single episode, in full remission", "R20",
                 "problem list only"),
            skip("Gastroesophageal reflux disease", "R20", "problem list only"),
            skip("productive cough", "R23", "symptom integral to bronchitis"),
        ],
    ),
    NoteSpec(
        id="dev-r13-20", dos="2026-06-02",
        specialty="internal medicine", setting="outpatient", age=78, sex="M", payer="medicare",
        text="""
        Follow-up visit

        Mr. Kowalski returns for his chronic problems. Doing well overall. Palpitations rare. No bleeding or
        bruising on apixaban, no black stools. No focal weakness, speech or vision changes. Knees ache in the
        morning, manageable with acetaminophen. Sleeps well.

        Past history: TIA 2019 (left arm weakness resolving in 2 h, MRI negative for infarct). Permanent
        atrial fibrillation since 2020. Hypertension. Hypothyroidism. Bilateral knee osteoarthritis.
        Cholecystectomy. Former smoker, quit 1995.

        Medications: apixaban 5 mg BID, metoprolol succinate 100 mg daily, lisinopril 20 mg daily,
        levothyroxine 100 mcg daily, acetaminophen 650 mg prn.

        Exam: BP 128/74, HR 78 irregularly irregular. Heart irregular, no murmur. Lungs clear. No edema.
        Neuro nonfocal.

        Labs 5/28: Cr 1.1 (CrCl 58), Hgb 13.6, TSH 5.9, free T4 normal.

        Assessment and plan:
        Permanent atrial fibrillation - rate controlled on metoprolol. CHA2DS2-VASc 5 (age, HTN, prior TIA).
        Apixaban 5 mg BID remains the correct dose (age <80, Cr <1.5, weight 84 kg). Continue.
        Hypertension - well controlled, continue lisinopril.
        Hypothyroidism - TSH mildly high, increase levothyroxine to 112 mcg, recheck TSH in 6 weeks.
        Knee OA - acetaminophen prn, stay active.
        Return 4 months.
        """,
        codes=[
            c("I48.21", "Permanent atrial fibrillation - rate controlled", why="R22: permanent atrial fibrillation"),
            c("I10", "Hypertension - well controlled", why="R20: chronic condition managed"),
            c("E03.9", "Hypothyroidism - TSH mildly high", why="R20: chronic condition treated"),
            c("M17.0", "Knee OA - acetaminophen prn", "Bilateral knee osteoarthritis",
              why="R11: bilateral primary osteoarthritis of knee (laterality from the history)"),
            c("Z86.73", "prior TIA", why="R06: past TIA where atrial fibrillation's stroke risk is assessed "
              "(Decision 2)"),
            c("Z79.01", "Apixaban 5 mg BID remains the correct dose", why="R10: long-term anticoagulant"),
            c("Z87.891", "Former smoker, quit 1995", why="R06: former smoker (Decision)"),
            c("99214", "Assessment and plan:", why="R15: moderate MDM - chronic illnesses, prescription drug "
              "management"),
        ],
        skips=[
            skip("Cholecystectomy", "R20", "past surgery"),
            skip("No focal weakness", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r13-21", dos="2026-08-18",
        specialty="pediatrics", setting="outpatient", age=15, sex="F", payer="bcbs",
        text="""
        WELL CHILD CHECK - 15 YEARS

        Accompanied by: father. Adolescent interviewed alone for part of the visit.
        Concerns: none; needs sports form for volleyball.

        Interval history: Healthy year. Menarche at 12, cycles monthly, 5 days, no heavy bleeding. Sleeps 8 h
        on school nights. Diet varied, 2 servings dairy. Active 6 days/week.
        ADHD - followed by child psychiatry, on lisdexamfetamine, grades A/B.
        HEADSSS: lives with parents and brother; 10th grade; no tobacco, vaping, alcohol or drugs; not sexually
        active; feels safe at home and school; mood good.
        PHQ-A administered and scored: 3 (minimal). No SI.

        PMH: fractured left wrist age 9. NKDA.
        FHx: maternal grandmother with type 2 diabetes, father with hypertension.

        Exam: Ht 165 cm (60th %ile), Wt 56 kg (55th %ile), BMI 20.6 (50th %ile). BP 108/66.
        Normal general exam: HEENT normal, thyroid normal, heart RRR without murmur (supine and standing),
        lungs clear, abdomen benign, Tanner 5, spine straight, skin clear. Vision 20/20 OU. Hearing normal.

        Immunizations today (VIS given, counseling on each vaccine done by me with father): HPV 9-valent dose
        #2, influenza vaccine (trivalent, preservative-free) 0.5 mL IM.

        Assessment: Well adolescent, normal growth and development. Cleared for sports - form completed.
        Anticipatory guidance: driving safety, sleep, screen time, sunscreen.
        Return in 1 year.
        """,
        codes=[
            c("Z00.129", "Well adolescent, normal growth and development",
              why="R17: routine child health exam without abnormal findings, first"),
            c("Z23", "Immunizations today", why="R24: encounter for immunization"),
            c("Z83.3", "maternal grandmother with type 2 diabetes", why="R05: family history at a preventive visit "
              "(the project keeps every family history at a preventive visit, dev-r7-05). Added after the first run"),
            c("Z82.49", "father with hypertension", why="R05: family history at a preventive visit. Added after the "
              "first run"),
            c("99394", "Assessment: Well adolescent", why="R17: preventive visit, established, age 12-17"),
            c("90460", "counseling on each vaccine done by me", why="R24: vaccine administration with "
              "counseling, first component of each vaccine", units=2),
            c("90651", "HPV 9-valent dose\n        #2", why="R24: HPV 9-valent vaccine product"),
            c("90656", "influenza vaccine (trivalent, preservative-free) 0.5 mL IM",
              why="R24: trivalent preservative-free influenza vaccine"),
            c("96127", "PHQ-A administered and scored", why="R19: scored behavioral assessment"),
        ],
        skips=[
            skip("ADHD - followed by child psychiatry", "R20", "managed elsewhere, not addressed"),
            skip("fractured left wrist age 9", "R20", "healed past injury"),
            skip("no tobacco, vaping, alcohol or drugs", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r13-22", dos="2026-02-12",
        specialty="cardiology", setting="outpatient", age=46, sex="F", payer="uhc", new_patient=True,
        text="""
        Cardiology Consultation
        Requesting: Dr. Lin, family medicine

        Reason for consult: palpitations, abnormal ECG

        HPI: 46 yo woman with 3 months of "skipped beats" and a thump in the chest several times a day, worse
        in the evening and with coffee. No syncope or presyncope, no exertional chest pain, no dyspnea. Her PCP
        ECG showed frequent PVCs. She drinks 4 cups of coffee daily. Outside records and ECG reviewed.
        PMH: anxiety (managed by PCP on escitalopram), migraine, hysterectomy for fibroids 2021.
        FH: father died suddenly at 52 while jogging, no autopsy. Mother with hypertension.
        SH: never smoker, rare alcohol.

        Exam: BP 124/78, HR 74 with occasional ectopy. No JVD. Normal S1/S2, no murmur, no gallop. Lungs clear.
        No edema.

        ECG today, my interpretation: sinus rhythm 72, frequent unifocal PVCs with LBBB morphology and inferior
        axis (likely RVOT origin), normal intervals, no pre-excitation, no Brugada pattern, no ST changes.

        Impression:
        1. Frequent premature ventricular contractions, symptomatic, probable RVOT origin. Possible paroxysmal
        atrial fibrillation was raised by the PCP - nothing on today's ECG to suggest it. 48-hour Holter to
        quantify PVC burden; transthoracic echo to exclude structural disease; TSH, BMP and magnesium.
        Reduce caffeine. If burden >10% or symptoms persist, will discuss beta blocker vs ablation.
        2. Family history of sudden cardiac death in father at 52 - echo as above; cardiac MRI if any
        structural abnormality.
        Follow-up after testing.
        """,
        codes=[
            c("I49.3", "Frequent premature ventricular contractions, symptomatic",
              why="R22: ventricular premature depolarization; palpitations integral"),
            c("Z82.41", "Family history of sudden cardiac death in father",
              why="R05: family history relevant to the cardiac problem addressed"),
            c("Z82.49", "Mother with hypertension", why="R05: family history in the organ system of the problem "
              "addressed (Decision). Added after the first run"),
            c("99204", "Impression:", why="R15: new patient, moderate MDM - undiagnosed new problem with "
              "uncertain prognosis, external records reviewed and tests ordered"),
            c("93000", "ECG today, my interpretation", why="R18: ECG with interpretation in the office"),
        ],
        skips=[
            skip("Possible paroxysmal\n        atrial fibrillation", "R03", "uncertain and not supported"),
            skip("anxiety (managed by PCP on escitalopram)", "R20", "managed elsewhere"),
            skip("hysterectomy for fibroids 2021", "R20", "past surgery"),
            skip("\"skipped beats\"", "R23", "symptom integral to PVCs"),
            skip("If burden >10%", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r13-23", dos="2026-09-01",
        specialty="endocrinology", setting="outpatient", age=68, sex="F", payer="medicare",
        text="""
        Bone Health Clinic

        S: 68F with postmenopausal osteoporosis on alendronate 70 mg weekly since 2023, taking correctly
        (fasting, upright 30 min). History of a right distal radius fragility fracture from a fall from standing
        in 2022, healed. No new fractures, no falls this year. No jaw pain, no thigh pain. Her mother had
        osteoporosis and broke her hip at 78. Takes vitamin D3 2000 IU daily since last visit.
        Other: hypertension, hypothyroidism (levothyroxine), mild cognitive impairment per neurology.

        O: Ht 160.2 cm (was 161.0 cm in 2023). Wt 58 kg. Kyphosis mild. Spine non-tender.
        DXA 8/2026: L1-L4 T -2.6 (was -2.9), femoral neck T -2.3 (was -2.4).
        Labs: 25-OH vitamin D 24 (was 14), Ca 9.4, Cr 0.8, PTH normal.

        A: 1. Age-related (postmenopausal) osteoporosis without current fracture - BMD improved on alendronate.
        Continue alendronate; reassess for drug holiday at 5 years (2028).
        2. Vitamin D deficiency - improving, still below goal. Increase D3 to 4000 IU daily.
        3. Personal history of fragility fracture (wrist) - fall prevention reviewed.
        RTC 1 year with DXA in 2 years.
        """,
        codes=[
            c("M81.0", "Age-related (postmenopausal) osteoporosis without current fracture",
              why="R22: postmenopausal osteoporosis without current pathological fracture"),
            c("E55.9", "Vitamin D deficiency - improving", why="R20: condition treated"),
            c("Z87.310", "Personal history of fragility fracture (wrist)",
              why="R06: personal history of healed osteoporosis fracture"),
            c("Z79.83", "Continue alendronate", why="R10: long-term bisphosphonate"),
            c("Z82.62", "Her mother had\n        osteoporosis",
              why="R05: family history of the condition addressed (Decision)"),
            c("99214", "A: 1.", why="R15: moderate MDM - two chronic illnesses, prescription drug management"),
        ],
        skips=[
            skip("No jaw pain", "R01", "negated"),
            skip("hypertension, hypothyroidism (levothyroxine), mild cognitive impairment", "R20",
                 "list-only, not addressed"),
            skip("no falls this year", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r13-24", dos="2026-04-28",
        specialty="gastroenterology", setting="outpatient", age=52, sex="M", payer="bcbs",
        text="""
        Hepatology Clinic - Return Visit

        Dx: MASLD (metabolic dysfunction-associated steatotic liver disease), T2DM, obesity.

        52M seen for fatty liver follow-up. Started semaglutide 1 mg weekly with his PCP in January for
        diabetes and weight; down 9 kg since. Some nausea the first month, now gone. Alcohol: 1-2 beers on
        weekends. No jaundice, no GI bleeding, no confusion.

        Meds: semaglutide 1 mg SC weekly, metformin 1000 mg BID, atorvastatin 20 mg, lisinopril 10 mg.

        Exam: Wt 118 kg, BMI 37.4. No stigmata of chronic liver disease, no splenomegaly, no ascites.
        Labs 4/2026: ALT 58 (was 96), AST 41, platelets 232, albumin 4.3, A1c 6.8.
        FIB-4 1.08. Vibration-controlled transient elastography today (done by our nurse, read by me):
        LSM 6.8 kPa, CAP 322 - no advanced fibrosis. Hepatitis B surface Ab positive (vaccinated), HCV Ab
        negative.

        Assessment/Plan:
        1. MASLD with elevated transaminases, improving with weight loss; no advanced fibrosis on elastography.
        Continue semaglutide; target 10% total weight loss. Limit alcohol.
        2. Type 2 diabetes - A1c 6.8 on semaglutide + metformin; semaglutide also treats the liver.
        3. Obesity, class 2 (BMI 37.4) - counseling on diet and activity.
        4. Hepatitis A vaccine - not immune, first dose given by PCP next week.
        Repeat elastography in 1 year.
        """,
        codes=[
            c("K76.0", "MASLD with elevated transaminases", why="R22: MASLD (inclusion term of K76.0)"),
            c("E11.9", "Type 2 diabetes - A1c 6.8", why="R20: diabetes whose treatment is managed for both "
              "problems"),
            c("E66.812", "Obesity, class 2", why="R22: obesity class 2 documented by the provider"),
            c("Z68.37", "BMI 37.4", why="R22: BMI with the provider's obesity diagnosis"),
            c("Z79.85", "Continue semaglutide", why="R10: long-term injectable non-insulin antidiabetic"),
            c("Z79.84", "semaglutide + metformin", why="R10: long-term oral hypoglycemic"),
            c("99214", "Assessment/Plan:", why="R15: moderate MDM - chronic illnesses, test reviewed, "
              "prescription drug management"),
        ],
        skips=[
            skip("no advanced fibrosis", "R01", "negated"),
            skip("HCV Ab\n        negative", "R01", "negative screening"),
            skip("No jaundice", "R01", "negated"),
            skip("Some nausea the first month, now gone", "R20", "resolved side effect"),
            skip("Hepatitis A vaccine - not immune, first dose given by PCP next week", "R07",
                 "vaccine planned elsewhere"),
        ],
    ),
    NoteSpec(
        id="dev-r13-25", dos="2026-03-05",
        specialty="family medicine", setting="outpatient", age=34, sex="F", payer="uhc",
        text="""
        S: 34F c/o burning with urination, frequency and urgency since yesterday. No fever, chills, back pain,
        nausea. No vaginal discharge. LMP 2 wk ago. Last UTI 2 years ago. Sexually active, monogamous.
        No hx of HTN.

        O: T 98.4, BP 146/94 (repeat 144/92), HR 76. No CVA tenderness. Abd: mild suprapubic tenderness.
        UA dipstick in office: LE 2+, nitrite +, blood negative.

        A:
        Acute cystitis without hematuria - uncomplicated. Nitrofurantoin 100 mg BID x5 days. Urine culture
        not needed unless no improvement. Pyelonephritis unlikely (afebrile, no flank pain).
        Elevated blood pressure reading without diagnosis of hypertension - likely pain/stress; recheck BP in
        4 weeks, home readings, reduce sodium.

        P: Push fluids. RTC/call if fever, flank pain, or symptoms not better in 48 h.
        """,
        codes=[
            c("N30.00", "Acute cystitis without hematuria", why="R22: acute cystitis without hematuria"),
            c("R03.0", "Elevated blood pressure reading without diagnosis of hypertension",
              why="R20: finding addressed (recheck planned)"),
            c("99213", "A:", why="R15: low MDM - acute uncomplicated illness, prescription drug management"),
            c("81002", "UA dipstick in office", why="R19: in-office dipstick urinalysis"),
        ],
        skips=[
            skip("burning with urination", "R23", "symptom integral to cystitis"),
            skip("Pyelonephritis unlikely", "R03", "uncertain/ruled out"),
            skip("No hx of HTN", "R01", "negated"),
            skip("RTC/call if fever", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r13-26", dos="2026-07-07",
        specialty="orthopedics", setting="outpatient", age=59, sex="M", payer="aetna", new_patient=True,
        text="""
        ORTHOPAEDIC SURGERY - NEW PATIENT

        CC: R shoulder pain x4 months

        HPI: 59 y/o RHD male carpenter with gradually worsening right shoulder pain over 4 months, no injury.
        Pain with overhead work and at night lying on the right side. Tried ibuprofen and 6 weeks of PT without
        lasting benefit. No neck pain, no numbness or tingling in the arm.
        PMH: type 2 diabetes (A1c 7.1 last month, on metformin), hyperlipidemia, kidney stones.
        Meds: metformin 1000 mg BID, atorvastatin 20 mg.
        SH: current everyday smoker? - No, quit 2010.

        EXAM R shoulder: No atrophy. Tender over the greater tuberosity. Active FF 160, ER 50, IR L3. Painful
        arc 70-120. Positive Neer and Hawkins, positive empty-can with 4+/5 strength; negative drop arm, ER lag
        negative. Spurling negative. Distal NV intact.

        Imaging: MRI R shoulder (outside, 6/2026), images personally reviewed: partial-thickness articular-
        sided supraspinatus tear (~40% thickness), subacromial bursitis, no retraction, mild AC arthrosis.

        ASSESSMENT:
        Nontraumatic incomplete (partial-thickness) rotator cuff tear, right shoulder, with impingement.
        Cervical radiculopathy ruled out clinically.

        PLAN: Discussed options including injection, continued PT, and arthroscopic repair. Patient elected
        injection. Counseled that the steroid may raise his blood sugars for several days - check glucose
        twice daily for a week; continue metformin.
        PROCEDURE: Right subacromial bursa injection, posterior approach, 40 mg methylprednisolone acetate +
        4 mL 1% lidocaine, landmark guided. Tolerated well.
        Restart PT (rotator cuff strengthening). Meloxicam 7.5 mg daily x 2-3 weeks prn. RTC 8 weeks; if no
        improvement will discuss arthroscopic repair.
        """,
        codes=[
            c("M75.111", "Nontraumatic incomplete (partial-thickness) rotator cuff tear, right shoulder",
              why="R11: incomplete rotator cuff tear, right, not specified as traumatic"),
            c("M75.41", "right shoulder, with impingement", why="R11: impingement syndrome, right shoulder, a "
              "separate documented diagnosis. Added after the first run"),
            c("E11.9", "type 2 diabetes (A1c 7.1 last month, on metformin)",
              why="R20: diabetes affects care (glucose monitoring after the steroid)"),
            c("Z79.84", "continue metformin", why="R10: long-term oral hypoglycemic"),
            c("Z87.891", "quit 2010", why="R06: former smoker (Decision)"),
            c("99204", "ASSESSMENT:", why="R15: new patient, moderate MDM - chronic illness with progression, "
              "independent review of outside MRI, prescription drug management", mods=["25"]),
            c("20610", "Right subacromial bursa injection", why="R18: major joint/bursa injection without "
              "ultrasound", mods=["RT"]),
            c("J1030", "40 mg methylprednisolone acetate", why="R24: methylprednisolone acetate 40 mg"),
        ],
        skips=[
            skip("Cervical radiculopathy ruled out clinically", "R01", "ruled out"),
            skip("kidney stones", "R20", "list-only history"),
            skip("hyperlipidemia", "R20", "list-only, not addressed"),
            skip("if no\n        improvement will discuss arthroscopic repair", "R07", "conditional"),
            skip("No neck pain", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r13-27", dos="2025-10-28",
        specialty="pediatrics", setting="outpatient", age=9, sex="M", payer="medicaid",
        text="""
        Pediatric Follow-up: asthma / allergies / weight

        9 yo M with mild intermittent asthma and seasonal allergies, here with mom for 6 month f/u. Uses
        albuterol about once every 2-3 weeks, mostly with soccer in cold weather; no night cough; no ED
        visits or oral steroids this year. Sneezing, itchy watery eyes and congestion in spring and fall,
        improved with cetirizine. Mom worried about weight - gained 6 kg in 12 months, lots of juice and
        screen time.
        PMH: febrile seizure at 18 mo (single), tympanostomy tubes age 2.
        FH: dad with asthma; maternal grandfather with type 2 diabetes.

        Exam: Wt 45 kg (>99th %ile), Ht 137 cm (75th %ile), BMI 24.0 - 98th percentile, 112% of the 95th
        percentile. BP 104/64 (normal for age/height). Lungs clear, no wheeze. Nasal turbinates pale, allergic
        shiners. Acanthosis nigricans absent.

        Assessment:
        1. Mild intermittent asthma, uncomplicated - well controlled. Albuterol HFA with spacer refilled;
        pre-exercise use in cold weather. Asthma action plan updated for school.
        2. Seasonal allergic rhinitis - continue cetirizine 10 mg daily in season; add fluticasone nasal
        spray for peak weeks.
        3. Childhood obesity, BMI 98th percentile - 5-2-1-0 counseling, stop juice, referral to the healthy
        weight program. Fasting lipids and A1c ordered.
        Flu vaccine - mom declines today.
        Return 3 months for weight check.
        """,
        codes=[
            c("J45.20", "Mild intermittent asthma, uncomplicated", why="R22: mild intermittent asthma"),
            c("E66.9", "Childhood obesity, BMI 98th percentile", why="R22: obesity, unspecified"),
            c("J30.2", "Seasonal allergic rhinitis", why="R22: other seasonal allergic rhinitis"),
            c("Z82.5", "dad with asthma", why="R05: family history of the condition addressed (Decision). Added "
              "after the first run"),
            c("Z68.54", "BMI 24.0 - 98th percentile, 112% of the 95th\n        percentile",
              why="R22: pediatric BMI 95th percentile to <120% of the 95th, with the obesity diagnosis"),
            c("99214", "Assessment:", why="R15: moderate MDM - chronic illnesses (obesity progressing), "
              "prescription drug management"),
        ],
        skips=[
            skip("febrile seizure at 18 mo (single)", "R20", "resolved history"),
            skip("Flu vaccine - mom declines today", "R20", "vaccine refused, not given"),
            skip("no wheeze", "R02", "normal exam"),
            skip("Acanthosis nigricans absent", "R02", "normal exam"),
        ],
    ),
    NoteSpec(
        id="dev-r13-28", dos="2026-01-20",
        specialty="rheumatology", setting="outpatient", age=62, sex="M", payer="medicare",
        text="""
        Rheumatology - urgent return visit

        62M with gout (first attack 2023, three flares since), CKD 3a, HTN. Woke 2 days ago with a hot,
        swollen, exquisitely painful left big toe after a holiday weekend with beer and red meat. Can't wear a
        shoe. No fever. Not on urate-lowering therapy yet (deferred at last visit). Takes chlorthalidone 25 mg
        and amlodipine 10 mg. Last eGFR 52.

        Exam: T 37.2. Left 1st MTP red, warm, swollen, exquisitely tender. No tophi. Other joints quiet.
        Labs 1/2026: uric acid 9.1, Cr 1.45, eGFR 52.

        A/P:
        Acute gout flare, left first MTP (podagra) - recurrent. Colchicine 0.6 mg BID x 5 days (renal dose),
        prednisone 30 mg daily x 5 days. No NSAIDs given CKD. Ice, elevation.
        Recurrent gout, uric acid 9.1: start allopurinol 100 mg daily in 2 weeks once flare settles, with
        colchicine 0.6 mg daily prophylaxis for 3-6 months; titrate to uric acid <6. Discussed switching
        chlorthalidone to losartan with PCP (thiazide raises urate) - letter sent.
        CKD stage 3a - affects drug dosing as above; avoid NSAIDs.
        Hypertension with CKD - BP 142/86 today, per PCP.
        RTC 4 weeks with uric acid.
        """,
        codes=[
            c("M10.072", "Acute gout flare, left first MTP",
              why="R11: idiopathic gout (Index: Gout, flare), left ankle and foot"),
            c("I12.9", "Hypertension with CKD", why="R08: hypertensive CKD stage 1-4"),
            c("N18.31", "CKD stage 3a - affects drug dosing", why="R22: CKD stage 3a affects treatment"),
            c("99214", "A/P:", why="R15: moderate MDM - chronic illness with exacerbation, prescription drug "
              "management"),
        ],
        skips=[
            skip("No fever", "R01", "negated"),
            skip("No tophi", "R02", "normal exam"),
            skip("start allopurinol 100 mg daily in 2 weeks", "R10", "planned, not yet long-term"),
            skip("uric acid 9.1", "R23", "hyperuricemia integral to gout"),
        ],
    ),
    NoteSpec(
        id="dev-r13-29", dos="2026-05-26",
        specialty="oncology", setting="outpatient", age=66, sex="M", payer="medicare", minutes=25,
        text="""
        GU Oncology Survivorship Visit

        Dx: Prostate adenocarcinoma, Gleason 3+4, pT2 N0, treated with robotic radical prostatectomy 4/2021.
        Negative margins. No radiation or hormone therapy. PSA undetectable since surgery.

        Here for annual surveillance. PSA 5/2026: <0.01 ng/mL.
        Continence: wears 1 light pad/day for leakage with coughing, lifting, golf swing - improved from 3
        pads; does pelvic floor exercises. Erections insufficient for intercourse since surgery; tadalafil 5
        mg daily helps partially. No bone pain, no hematuria.
        Other: hyperlipidemia on rosuvastatin, hypothyroid on levothyroxine, GERD.

        Exam: well appearing, abdomen with healed port scars, no lymphadenopathy.

        Assessment:
        1. Prostate cancer s/p radical prostatectomy 2021 - no evidence of recurrence, PSA undetectable. Annual
        PSA; discharge to PCP surveillance at 10 years.
        2. Stress urinary incontinence after prostatectomy - improving; continue pelvic floor exercises,
        referral to pelvic floor PT offered.
        3. Erectile dysfunction following radical prostatectomy - increase tadalafil to 10 mg daily (new Rx).
        I spent 25 minutes on this visit today.
        """,
        codes=[
            c("Z08", "Here for annual surveillance",
              why="R21: follow-up exam after completed cancer treatment, first (I.C.2.d, I.C.21.c.8)"),
            c("Z85.46", "Prostate cancer s/p radical prostatectomy 2021 - no evidence of recurrence",
              why="R06: personal history of prostate cancer, treatment completed"),
            c("Z90.79", "radical prostatectomy 2021", why="R20: acquired absence of genital organ (Z08 asks for "
              "the Z90.- code)"),
            c("N39.3", "Stress urinary incontinence after prostatectomy", why="R22: stress incontinence, male"),
            c("N52.31", "Erectile dysfunction following radical prostatectomy",
              why="R22: erectile dysfunction following radical prostatectomy"),
            c("99213", "I spent 25 minutes on this visit today", why="R14: established patient, 20-29 min"),
        ],
        skips=[
            skip("No radiation or hormone therapy", "R01", "negated"),
            skip("hyperlipidemia on rosuvastatin, hypothyroid on levothyroxine, GERD", "R20",
                 "managed elsewhere, not addressed"),
            skip("no hematuria", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r13-30", dos="2026-06-23",
        specialty="neurology", setting="outpatient", age=74, sex="M", payer="medicare", minutes=45,
        text="""
        Movement disorders clinic, dictated. Mr. Duarte is a 74-year-old man with Parkinson's disease diagnosed
        in 2020, right-sided onset, here with his wife. Since the last visit his carbidopa-levodopa 25/100 two
        tablets three times daily wears off about three and a half hours after each dose with slowness and
        tremor returning before the next dose, and he has no dyskinesias. His wife reports he still acts out
        dreams, punching and shouting in his sleep a few nights a week, and he fell out of bed once. He gets
        lightheaded on standing in the mornings and nearly fainted twice; seated blood pressure today 132/78
        falling to 98/62 after three minutes standing without a compensatory rise in heart rate. Bowels move
        every three days with straining. Mood is stable on sertraline 50 mg for depression, which his primary
        doctor manages. He had prostate cancer treated with radiation in 2015 and his PSA has stayed
        undetectable. His mother also had Parkinson's disease. Examination shows hypomimia, moderate
        bradykinesia, rigidity worse on the right, rest tremor of the right hand, and a slow shuffling gait
        without freezing; MoCA 27 of 30.

        Impression and plan: Parkinson's disease with motor fluctuations (wearing off), without dyskinesia.
        Add entacapone 200 mg with each levodopa dose and shorten the interval to every 4 hours while awake.
        REM sleep behavior disorder, injurious - melatonin 6 mg at bedtime, bed rails, move the nightstand.
        Orthostatic hypotension, symptomatic - liberalize salt and fluids, compression stockings, raise the
        head of the bed; start midodrine 2.5 mg three times daily while upright, supine BP checks at home.
        Constipation - daily polyethylene glycol. Return in 3 months. I spent 45 minutes with the patient and
        his wife today including counseling and care coordination.
        """,
        codes=[
            c("G20.A2", "Parkinson's disease with motor fluctuations (wearing off), without dyskinesia",
              why="R22: Parkinson's disease without dyskinesia, with fluctuations"),
            c("G47.52", "REM sleep behavior disorder", why="R22: REM sleep behavior disorder treated"),
            c("I95.1", "Orthostatic hypotension, symptomatic", why="R22: orthostatic hypotension treated"),
            c("K59.00", "Constipation - daily polyethylene glycol", why="R20: condition treated"),
            c("Z85.46", "prostate cancer treated with radiation in 2015",
              why="R06: cancer history told in the story, coded as dev-r2-17 codes it. Added after the first run"),
            c("Z92.3", "treated with radiation in 2015", why="R06: past radiation with the cancer history "
              "(Decision 4). Added after the first run"),
            c("Z82.0", "His mother also had Parkinson's disease",
              why="R05: family history of the condition addressed (Decision)"),
            c("99215", "I spent 45 minutes with the patient", why="R14: established patient, 40+ minutes"),
        ],
        skips=[
            skip("sertraline 50 mg for depression, which his primary\n        doctor manages", "R20",
                 "managed elsewhere, not addressed"),
            skip("without freezing", "R02", "normal finding"),
            skip("nearly fainted twice", "R23", "symptom of the orthostatic hypotension"),
        ],
    ),
]
