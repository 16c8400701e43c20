"""Dev notes 0019-0024: inpatient cardiology/hospital medicine/GI, ED injury, injections, sleep medicine."""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-0019", dos="2026-02-06",
        specialty="cardiology", setting="inpatient", age=78, sex="M", payer="medicare", pos="21",
        text="""
        CARDIOLOGY DISCHARGE SUMMARY

        Admitted: 2/02/2026  Discharged: 2/06/2026

        Principal diagnosis: Acute on chronic systolic (congestive) heart failure
        Secondary diagnoses:
        - Hypertensive heart and chronic kidney disease
        - CKD stage 3b
        - Permanent atrial fibrillation, on warfarin
        - Type 2 diabetes mellitus with diabetic chronic kidney disease, on insulin
        - Gout, no flare this admission (on allopurinol)

        HPI/Course: 78M with HFrEF (EF 25%), HTN, CKD 3b (baseline Cr 1.7), DM2 and permanent AFib admitted
        with 8 lb weight gain, orthopnea and bilateral leg edema after dietary indiscretion. BNP 2,140. CXR with
        pulmonary vascular congestion and small bilateral effusions. Troponin flat, no evidence of acute MI.
        Diuresed with IV furosemide 80 mg BID with net -5.2 L; creatinine peaked at 1.9 then returned to 1.7 -
        no AKI per KDIGO criteria. Rate controlled on metoprolol; INR therapeutic on warfarin throughout.
        Glucose managed with basal insulin + correction scale; A1c 7.8%.

        Discharge exam: euvolemic, no JVD, trace ankle edema. Dry weight 82 kg.

        Discharge meds: furosemide 40 mg BID (increased), metoprolol succinate 100 mg daily, sacubitril-valsartan
        24/26 mg BID, warfarin per INR clinic, insulin glargine 20 u qHS, allopurinol 100 mg daily.

        Follow-up: HF clinic in 7 days; BMP in 3 days. Daily weights; call if gain >2 lb/day or 5 lb/week.
        """,
        codes=[
            c("I13.0", "Hypertensive heart and chronic kidney disease",
              why="R08: HTN + heart failure + CKD 1-4 = I13.0 sequenced first (code-first note at I50)"),
            c("I50.23", "Acute on chronic systolic (congestive) heart failure",
              why="R22: acuity and type of heart failure; R21 the admission's reason follows I13.0 per guideline"),
            c("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease", why="R09: combination"),
            c("N18.32", "CKD stage 3b", why="R08: stage of CKD for I13.0 and E11.22"),
            c("I48.21", "Permanent atrial fibrillation", why="R22: permanent AFib"),
            c("M10.9", "Gout, no flare this admission (on allopurinol)",
              why="R20: chronic condition on treatment during stay"),
            c("Z79.01", "on warfarin", why="R10: long-term anticoagulant"),
            c("Z79.4", "on insulin", why="R10: long-term insulin"),
        ],
        skips=[
            skip("no evidence of acute MI", "R01", "negated"),
            skip("no AKI per KDIGO criteria", "R01", "ruled out"),
            skip("call if gain >2 lb/day", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0020", specialty="urgent care", setting="outpatient", age=24, sex="F", payer="aetna",
        new_patient=True,
        text="""
        Urgent Care Provider Note - new patient

        Chief complaint: R ankle injury

        24 y/o F rolled her right ankle (inversion) playing basketball 2 h ago. Able to bear weight with pain.
        Swelling lateral ankle. No prior ankle injuries. No other injuries, did not hit head.

        Exam: R ankle - swelling and ecchymosis over ATFL, tender anterior to lateral malleolus. No bony
        tenderness at posterior edge or tip of either malleolus, navicular or 5th metatarsal base. Ottawa
        ankle rules negative; able to take 4 steps. Anterior drawer mildly lax. NV intact distally.

        Imaging: not indicated per Ottawa rules.

        Treatment in clinic: Ketorolac 30 mg IM given for pain, R gluteal. Ice, elevation, Aircast splint applied.
        Pain improved 8/10 -> 4/10.

        Impression: Sprain of anterior talofibular ligament (ATFL), right ankle, initial encounter.
        No fracture suspected.

        Plan: RICE, ibuprofen 600 mg q6-8h with food x 5 days, weight bearing as tolerated, crutches for comfort.
        Home ankle exercises. Follow up sports medicine if not improving in 1-2 weeks. Return for numbness,
        cold foot or inability to walk.
        """,
        codes=[
            c("S93.491A", "Sprain of anterior talofibular ligament (ATFL), right ankle, initial encounter",
              why="R22: talofibular ligament indexes to 'other ligament of ankle'; R12 7th character A; R11 right"),
            c("99203", "Impression:",
              why="R15: acute uncomplicated injury with prescription drug = low MDM; R16 new", mods=["25"]),
            c("96372", "Ketorolac 30 mg IM given", why="R18: IM injection; modifier 25 on the E/M"),
            c("J1885", "Ketorolac 30 mg IM", why="R24: per 15 mg, 30 mg = 2 units", units=2),
        ],
        skips=[
            skip("No fracture suspected", "R01", "negated"),
            skip("did not hit head", "R01", "negated"),
            skip("Return for numbness", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-0021", specialty="internal medicine", setting="outpatient", age=72, sex="F", payer="medicare",
        minutes=24,
        text="""
        Internal Medicine - office visit

        CC: fatigue, B12 follow-up; thyroid check.

        HPI: 72F with vitamin B12 deficiency (level 142 pg/mL 2 months ago, on long-term metformin) and
        hypothyroidism. Started monthly cyanocobalamin injections; feels less tired, tingling in fingers improved.
        No falls. Denies dyspnea, chest pain, melena. Diet includes meat and dairy.
        Also DM2, diet + metformin, A1c 6.6% last month - stable.

        Meds: levothyroxine 50 mcg, metformin 1000 mg BID, atorvastatin 10 mg.

        Exam: BP 124/72, HR 72, BMI 26. Conjunctivae pink. No glossitis. Thyroid not enlarged. Vibration sense
        mildly reduced at toes, unchanged.

        Labs (reviewed, drawn at hospital lab): TSH 5.9 (high), free T4 0.9. CBC: Hgb 12.1, MCV 96.

        Assessment/Plan
        1. Vitamin B12 deficiency, likely metformin-related - cyanocobalamin 1000 mcg IM given today in R deltoid;
           continue monthly. Recheck B12 in 3 months.
        2. Hypothyroidism - TSH mildly elevated; increase levothyroxine to 75 mcg daily; TSH in 6-8 weeks.
        3. DM2 without complications - continue metformin.
        Total time spent today 24 minutes, excluding the injection.
        """,
        codes=[
            c("E53.8", "Vitamin B12 deficiency", why="R22: B12 deficiency without anemia documented"),
            c("E03.9", "Hypothyroidism - TSH mildly elevated", why="R20: chronic condition with dose change"),
            c("E11.9", "DM2 without complications", why="R22: no complication documented"),
            c("Z79.84", "metformin 1000 mg BID", why="R10: long-term oral hypoglycemic"),
            c("99213", "Total time spent today 24 minutes",
              why="R14: established, 24 minutes (20-29), injection time excluded", mods=["25"]),
            c("96372", "cyanocobalamin 1000 mcg IM given today", why="R18: IM injection"),
            c("J3420", "cyanocobalamin 1000 mcg IM", why="R24: B12 up to 1000 mcg", units=1),
        ],
        skips=[
            skip("Denies dyspnea, chest pain, melena", "R02", "ROS negatives"),
            skip("likely metformin-related", "R03", "uncertain cause, adverse effect not coded outpatient"),
        ],
    ),
    NoteSpec(
        id="dev-0022", dos="2026-02-17",
        specialty="pulmonology", setting="outpatient", age=55, sex="M", payer="uhc",
        new_patient=True, minutes=62,
        text="""
        SLEEP/PULMONARY NEW PATIENT

        Referred for abnormal home sleep test and exertional dyspnea.

        HPI: 55-year-old man, truck dispatcher, with loud snoring, witnessed apneas and daytime sleepiness
        (Epworth 15). Home sleep apnea test 1/2026: AHI 38/h, nadir SpO2 79% - severe obstructive sleep apnea.
        Also dyspnea climbing 1 flight of stairs x 1 year. Never smoker. No wheezing, no nocturnal cough. No
        history of asthma as a child. Weight up 40 lb over 5 years.

        Meds: lisinopril-HCTZ 20/12.5 daily. NKDA.

        Exam: BMI 42.3, neck circumference 47 cm, Mallampati IV. Lungs clear, no wheeze. Heart regular. No
        clubbing, no edema.

        Spirometry performed in clinic today: FEV1 78% predicted, FVC 76%, FEV1/FVC 0.80 - mildly reduced volumes,
        no obstruction; pattern consistent with restriction from body habitus. No evidence of asthma.

        Assessment
        1. OSA, severe - start auto-CPAP 5-15 cm H2O via DME; mask fitting; counseled on drowsy-driving risk.
        2. Morbid (severe) obesity due to excess calories, BMI 42.3 - contributing to OSA and dyspnea; referral to
           medical weight management; discussed GLP-1 options and bariatric surgery evaluation.
        3. Hypertension - on lisinopril-HCTZ, 138/86 today; OSA treatment may help.
        4. Dyspnea on exertion, likely deconditioning/obesity-related; no obstruction on spirometry. Echo ordered
           to evaluate for pulmonary hypertension.

        I personally spent 62 minutes today on history, review of sleep study data, spirometry interpretation
        and counseling (separate from spirometry technician time).
        """,
        codes=[
            c("G47.33", "OSA, severe", "severe obstructive sleep apnea", why="R21: reason for referral"),
            c("E66.01", "Morbid (severe) obesity due to excess calories",
              why="R22: morbid obesity due to excess calories"),
            c("Z68.41", "BMI 42.3", ("BMI 42.3", 1), why="R22: BMI 40.0-44.9 with obesity diagnosis"),
            c("I10", "Hypertension - on lisinopril-HCTZ", why="R20: chronic condition on treatment"),
            c("R06.09", "Dyspnea on exertion",
              why="R03: cause only 'likely'; symptom coded in outpatient setting"),
            c("99205", "I personally spent 62 minutes",
              why="R14: new patient, 62 minutes (60+); spirometry time excluded; R16 new"),
            c("94010", "Spirometry performed in clinic today", why="R19: test performed and interpreted in office"),
        ],
        skips=[
            skip("No evidence of asthma", "R01", "negated"),
            skip("likely deconditioning/obesity-related", "R03", "uncertain outpatient diagnosis"),
            skip("to evaluate for pulmonary hypertension", "R07", "condition to be evaluated, not diagnosed"),
        ],
    ),
    NoteSpec(
        id="dev-0023", dos="2026-04-15",
        specialty="hospital medicine", setting="inpatient", age=69, sex="F", payer="medicare",
        pos="21",
        text="""
        Hospital Medicine Discharge Summary

        Dates: admitted 04/11/2026, discharged 04/15/2026.

        Final Diagnoses:
        # Severe sepsis due to acute pyelonephritis, organism not isolated (present on admission)
        # Acute kidney injury due to sepsis, resolved
        # Type 2 diabetes mellitus with hyperglycemia
        # Long-term (current) use of oral hypoglycemics (held during stay)
        # Personal history of breast cancer, s/p lumpectomy and radiation 2015, no evidence of recurrence

        Brief HPI: 69F presented with 2 days of fever, rigors, right flank pain and dysuria. In ED temp 39.2 C,
        HR 118, RR 24, WBC 19.8, lactate 3.1, meeting sepsis criteria. UA with pyuria. CT abdomen: right
        pyelonephritis, no hydronephrosis, no abscess, no obstructing stone. Creatinine 1.8 (baseline 0.9).

        Course: 30 mL/kg crystalloids and IV ceftriaxone. Blood and urine cultures with no growth (received
        outpatient antibiotic before presentation). Hemodynamics improved within 24 h; no vasopressors; no organ
        dysfunction other than AKI, which resolved with fluids (Cr 0.9 at discharge). Glucose 250-320 on admission;
        metformin held, basal-bolus insulin in hospital; transitioned back to metformin + glipizide at discharge.
        Mammogram 2025 negative; no breast complaints.

        Discharge meds: cefpodoxime 200 mg BID x 10 days total course, metformin 1000 mg BID, glipizide 5 mg daily.
        Follow-up PCP 1 week, BMP at that visit. Return if fever recurs.
        """,
        codes=[
            c("A41.9", "sepsis due to acute pyelonephritis, organism not isolated",
              why="R21: sepsis present on admission is principal; organism unspecified"),
            c("R65.20", "Severe sepsis", why="R22: sepsis with acute organ dysfunction (AKI), no shock"),
            c("N10", "acute pyelonephritis", why="R22: localized infection coded after sepsis"),
            c("N17.9", "Acute kidney injury due to sepsis, resolved", why="R22: organ dysfunction coded"),
            c("E11.65", "Type 2 diabetes mellitus with hyperglycemia", why="R09: diabetes with hyperglycemia"),
            c("Z79.84", "Long-term (current) use of oral hypoglycemics", why="R10: oral hypoglycemics"),
            c("Z85.3", "Personal history of breast cancer",
              why="R06: treated, no current therapy or evidence of disease; R13 not C50"),
            c("Z92.3", "lumpectomy and radiation 2015", why="R06: history of irradiation"),
        ],
        skips=[
            skip("no hydronephrosis, no abscess, no obstructing stone", "R01", "negated"),
            skip("no vasopressors", "R01", "negated: no septic shock"),
            skip("Return if fever recurs", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0024",
        subscriber="spouse", specialty="gastroenterology", setting="inpatient", age=46, sex="F", payer="bcbs",
        pos="21",
        text="""
        GI CONSULT / ADMISSION H&P (GI hospitalist service)

        CC: severe epigastric pain radiating to back x 12 hours.

        HPI: 46-year-old woman with known gallstones (seen on ultrasound 2024, never had surgery) presenting
        with sudden severe epigastric pain radiating to the back, nausea and 3 episodes of non-bloody emesis.
        Rare alcohol - 1 drink/month; denies binge drinking. No new medications. No prior pancreatitis.

        PMH: Gallstones; hypothyroidism on levothyroxine; obesity.
        Social: nonsmoker.

        Exam: T 37.9, HR 104, BP 132/80. Epigastric tenderness with voluntary guarding, no rebound. Murphy's sign
        negative. No jaundice.

        Data: Lipase 4,820 U/L. ALT 312, AST 240, Alk phos 188, T bili 1.9. WBC 13.1. Triglycerides 142. Ca 9.1.
        RUQ US: multiple gallstones, CBD 6 mm, no gallbladder wall thickening or pericholecystic fluid.
        CT not performed; no signs of necrosis clinically.

        Assessment and Plan:
        1. Acute gallstone pancreatitis without necrosis or infection - aggressive IV LR, pain control with IV
           hydromorphone, NPO then early oral refeeding as tolerated. MRCP to evaluate for choledocholithiasis;
           ERCP if CBD stone or rising bilirubin.
        2. Cholelithiasis without cholecystitis - surgery consult for same-admission cholecystectomy.
        3. Hypothyroidism - continue levothyroxine.
        Not alcohol-related; not hypertriglyceridemia-induced.
        """,
        codes=[
            c("K85.10", "Acute gallstone pancreatitis without necrosis or infection",
              why="R22: biliary acute pancreatitis without necrosis or infection; R21 principal"),
            c("K80.20", "Cholelithiasis without cholecystitis",
              why="R22: gallbladder calculus without cholecystitis or obstruction"),
            c("E03.9", "Hypothyroidism - continue levothyroxine", why="R20: chronic condition on treatment"),
        ],
        skips=[
            skip("no gallbladder wall thickening or pericholecystic fluid", "R01", "negated"),
            skip("ERCP if CBD stone or rising bilirubin", "R07", "conditional"),
            skip("Not alcohol-related; not hypertriglyceridemia-induced", "R01", "ruled out"),
            skip("obesity", "R20", "PMH only, not addressed, no BMI"),
        ],
    ),
]
