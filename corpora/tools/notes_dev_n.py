"""Dev notes 0081-0098 (session 2): written before the engine was run on them, as a generalisation check.

Phrasing deliberately differs from the earlier dev notes: narrative "past medical history significant for"
lists, medication lists with conditions the visit does not address, "was concerned about", "no evidence of",
"resolved", "ruled out", family members' conditions, and symptoms integral to the diagnosis.
"""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-0081", dos="2026-02-09",
        specialty="family medicine", setting="outpatient", age=58, sex="M", payer="bcbs", minutes=31,
        text="""
        PRIMARY CARE VISIT

        CHIEF COMPLAINT: Blood pressure check and lab review.

        HISTORY OF PRESENT ILLNESS: Mr. Lindqvist is a 58-year-old male with a past medical history significant for
        hypertension, GERD and kidney stones in 2015 who comes in to go over his fasting labs. He checks his
        blood pressure at home and it runs 120s-130s over 80s. He has been walking three times a week. He was
        concerned about diabetes because his brother was just diagnosed, so we checked an A1c.

        MEDICATIONS: Amlodipine 10 mg daily, omeprazole 20 mg daily as needed.

        REVIEW OF SYSTEMS: Denies chest pain, headaches or vision changes. No heartburn lately.

        PHYSICAL EXAM: BP 132/84, pulse 70. BMI 27.4. Heart regular, lungs clear. No edema.

        RESULTS: LDL 168, triglycerides 240, HDL 38. Hemoglobin A1c 6.1%.

        ASSESSMENT AND PLAN:
        1. Essential hypertension - at goal on current regimen, continue amlodipine.
        2. Mixed hyperlipidemia - 10-year ASCVD risk 11%. Start atorvastatin 20 mg nightly, lipid panel in 3 months.
        3. Prediabetes - A1c 6.1%. Counseled on diet and weight loss; recheck A1c in 6 months.

        Total time on the date of the visit was 31 minutes including review of results and counseling.
        """,
        codes=[
            c("I10", "Essential hypertension - at goal on current regimen", why="R20: chronic condition managed"),
            c("E78.2", "Mixed hyperlipidemia", why="R22: mixed hyperlipidemia documented"),
            c("R73.03", "Prediabetes - A1c 6.1%", why="R20: condition addressed"),
            c("Z83.3", "his brother was just diagnosed", why="R05: family history of diabetes prompting the A1c"),
            c("99214", "Total time on the date of the visit was 31 minutes",
              why="R14: established patient, 31 minutes total time"),
        ],
        skips=[
            skip("GERD", "R20", "PMH only, not addressed at this visit"),
            skip("kidney stones in 2015", "R20", "past history not affecting this visit"),
            skip("He was\n        concerned about diabetes", "R03", "patient worry, not a diagnosis"),
            skip("Denies chest pain", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-0082", dos="2026-03-03",
        specialty="pulmonology", setting="outpatient", age=66, sex="F", payer="medicare", minutes=27,
        text="""
        PULMONARY FOLLOW-UP

        Reason for visit: COPD and lung nodule follow-up.

        Subjective: 66-year-old woman with COPD on tiotropium. She quit smoking in 2012 after 35 pack-years.
        Her breathing is at baseline; she gets short of breath after one flight of stairs, unchanged from
        last year. No exacerbations or steroid bursts since her last visit. She was worried about lung cancer
        after her friend's diagnosis. Low-dose CT chest last month: stable 5 mm right upper lobe nodule,
        unchanged from 2024, no evidence of malignancy, no new nodules.

        Exam: SpO2 95% on room air. Mildly prolonged expiration, no wheezes. No clubbing.

        Impression:
        - Chronic obstructive pulmonary disease, stable. Continue tiotropium daily; albuterol as needed.
          Reviewed inhaler technique.
        - Solitary pulmonary nodule, right upper lobe, stable over 2 years. Annual low-dose CT for screening.
        - Former smoker, 35 pack-years, quit 2012.

        Flu vaccine already given at pharmacy this season. Follow up in 12 months or sooner if worse.
        I spent 27 minutes with the patient and reviewing imaging today.
        """,
        codes=[
            c("J44.9", "Chronic obstructive pulmonary disease, stable", why="R20: chronic condition treated"),
            c("R91.1", "Solitary pulmonary nodule, right upper lobe", why="R20: finding under surveillance"),
            c("Z87.891", "Former smoker, 35 pack-years, quit 2012",
              why="R06: personal history of nicotine dependence"),
            c("99213", "I spent 27 minutes", why="R14: established patient, 27 minutes total time"),
        ],
        skips=[
            skip("She was worried about lung cancer", "R03", "patient worry, not a diagnosis"),
            skip("no evidence of malignancy", "R01", "negated"),
            skip("she gets short of breath", "R23", "dyspnea integral to COPD"),
        ],
    ),
    NoteSpec(
        id="dev-0083", dos="2026-01-27",
        specialty="cardiology", setting="outpatient", age=71, sex="M", payer="medicare", minutes=33,
        text="""
        CARDIOLOGY OFFICE NOTE

        Indication: Atrial fibrillation follow-up.

        HPI: 71-year-old gentleman with persistent atrial fibrillation diagnosed last spring, rate controlled on
        metoprolol and anticoagulated with warfarin managed by our anticoagulation clinic. His INRs have been
        2.2-2.8. Ankle swelling that prompted his last visit has resolved since stopping amlodipine. Heart failure
        was ruled out at that time: BNP normal and echo with EF 60%, normal valves. He reports no palpitations
        and no bleeding. His mother has Alzheimer's disease and lives with him.

        PMH: Atrial fibrillation, hyperlipidemia, cataract surgery 2020.
        Meds: metoprolol succinate 50 mg daily, warfarin per INR, atorvastatin 40 mg.

        Exam: BP 126/78, HR 72 irregularly irregular. No JVD. Lungs clear. No edema.

        A/P:
        Persistent atrial fibrillation - rate controlled, CHA2DS2-VASc 3. Continue metoprolol and warfarin.
        Discussed switching to a DOAC; he prefers warfarin for now.
        Hyperlipidemia - LDL 74 on atorvastatin, continue.
        Follow-up in 6 months. Time spent today: 33 minutes.
        """,
        codes=[
            c("I48.19", "Persistent atrial fibrillation - rate controlled", "persistent atrial fibrillation",
              why="R22: persistent AF (not longstanding, not specified otherwise)"),
            c("E78.5", "Hyperlipidemia - LDL 74 on atorvastatin", why="R20: chronic condition managed"),
            c("Z79.01", "anticoagulated with warfarin", why="R10: long-term anticoagulant"),
            c("99214", "Time spent today: 33 minutes", why="R14: established patient, 33 minutes total time"),
        ],
        skips=[
            skip("Ankle swelling that prompted his last visit has resolved", "R20", "resolved symptom"),
            skip("Heart failure\n        was ruled out", "R01", "ruled out"),
            skip("His mother has Alzheimer's disease", "R05", "family history not affecting care"),
            skip("no bleeding", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-0084", dos="2026-04-02",
        specialty="gastroenterology", setting="outpatient", age=45, sex="F", payer="aetna", minutes=48,
        new_patient=True,
        text="""
        GASTROENTEROLOGY NEW PATIENT CONSULTATION

        Referred for: chronic diarrhea and abdominal cramping.

        History: 45-year-old woman with 8 months of loose stools 3-4 times a day with crampy lower abdominal
        pain that is relieved by defecation. No nocturnal stools, no blood in the stool, no weight loss.
        Celiac serology and fecal calprotectin from her PCP were negative. Her mother was diagnosed with colon
        cancer at age 52. She has never had a colonoscopy.

        Past history: Hypothyroidism, C-section x2. Medications: levothyroxine 75 mcg.

        Exam: Abdomen soft, mild tenderness in the left lower quadrant, no masses. Rectal deferred.

        Assessment:
        1. Irritable bowel syndrome with diarrhea - meets Rome IV criteria; alarm features absent.
           Start low-FODMAP diet with dietitian referral and dicyclomine 10 mg before meals as needed.
        2. Family history of colon cancer in a first-degree relative - colonoscopy is due now at 45 and
           every 5 years; scheduled.

        No evidence of inflammatory bowel disease on labs. I spent a total of 48 minutes today.
        """,
        codes=[
            c("K58.0", "Irritable bowel syndrome with diarrhea", why="R23: pain and diarrhea integral to IBS-D"),
            c("Z80.0", "Family history of colon cancer in a first-degree relative",
              "Her mother was diagnosed with colon\n        cancer",
              why="R05: family history drives screening"),
            c("99204", "I spent a total of 48 minutes", why="R14: new patient, 48 minutes total time"),
        ],
        skips=[
            skip("No evidence of inflammatory bowel disease", "R01", "negated"),
            skip("no blood in the stool", "R01", "negated"),
            skip("crampy lower abdominal\n        pain", "R23", "integral to IBS"),
            skip("Hypothyroidism", "R20", "PMH, not addressed"),
        ],
    ),
    NoteSpec(
        id="dev-0085", dos="2026-05-12",
        specialty="endocrinology", setting="outpatient", age=52, sex="M", payer="uhc", minutes=42,
        text="""
        ENDOCRINOLOGY FOLLOW-UP

        52M with type 2 diabetes complicated by peripheral neuropathy, obesity and hypothyroidism.

        Interval history: Tolerating semaglutide 1 mg weekly, down 9 lb. Metformin 1000 mg BID. Burning in both
        feet at night is the same; gabapentin helps. Fingersticks 110-160. He takes levothyroxine 125 mcg and
        feels well. No polyuria or polydipsia.

        Exam: Weight 262 lb, BMI 37.2. Decreased vibration sense at both great toes; monofilament reduced
        bilaterally. Thyroid not enlarged.

        Data: A1c 7.2% (was 8.0%). TSH 2.1.

        Assessment and plan:
        # Type 2 diabetes mellitus with diabetic polyneuropathy - improving control. Continue metformin and
          semaglutide; increase semaglutide to 2 mg weekly. Continue gabapentin 300 mg qHS. Podiatry yearly.
        # Obesity, class 2, BMI 37.2 - weight loss on GLP-1 therapy, nutrition counseling given.
        # Hypothyroidism - euthyroid on levothyroxine, continue same dose.

        Return in 3 months. 42 minutes total time spent on the day of the encounter.
        """,
        codes=[
            c("E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy",
              why="R09: diabetes with polyneuropathy combination code"),
            c("E66.812", "Obesity, class 2", why="R22: obesity class documented"),
            c("E03.9", "Hypothyroidism - euthyroid on levothyroxine", why="R20: chronic condition treated"),
            c("Z68.37", "BMI 37.2 - weight loss", why="R22: BMI with an associated weight diagnosis"),
            c("Z79.84", "Metformin 1000 mg BID", why="R10: oral hypoglycemic"),
            c("Z79.85", "semaglutide 1 mg weekly", why="R10: injectable non-insulin antidiabetic"),
            c("99215", "42 minutes total time", why="R14: established patient, 42 minutes total time"),
        ],
        skips=[
            skip("Burning in both\n        feet", "R23", "integral to diabetic polyneuropathy"),
            skip("No polyuria or polydipsia", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-0086", dos="2026-06-18",
        specialty="dermatology", setting="outpatient", age=34, sex="F", payer="cigna", minutes=22,
        text="""
        DERMATOLOGY CLINIC

        Chief complaint: Acne and dark patches on the face; annual skin check.

        34-year-old woman with a history of melanoma of the left upper arm, wide excision in 2019 with clear
        margins, no adjuvant therapy. She is here for her yearly full-body skin examination. Her acne flares
        before menses and has not improved with over-the-counter benzoyl peroxide. She also notes brown patches
        on the cheeks and upper lip that worsen in summer. She was concerned that a spot on her back had changed.

        Exam: Total body skin exam performed. Inflammatory papules and a few closed comedones on the jawline and
        chin. Symmetric tan-brown patches on the malar cheeks and upper lip. The back lesion is a 4 mm evenly
        pigmented macule without atypia on dermoscopy. Well-healed scar on the left arm, no nodularity, no
        lymphadenopathy.

        Assessment/Plan:
        1. Acne vulgaris - start spironolactone 50 mg daily and tretinoin 0.025% cream nightly.
        2. Melasma - hydroquinone 4% cream, strict sun protection.
        3. Personal history of melanoma - no evidence of recurrence on today's exam. Continue yearly skin checks.
        4. Back lesion benign-appearing, reassured.

        Visit time 22 minutes.
        """,
        codes=[
            c("L70.0", "Acne vulgaris", why="R22: acne vulgaris treated"),
            c("L81.1", "Melasma", why="R20: condition treated"),
            c("Z85.820", "Personal history of melanoma", "history of melanoma of the left upper arm",
              why="R06: excised melanoma, surveillance"),
            c("99213", "Visit time 22 minutes", why="R14: established patient, 22 minutes total time"),
        ],
        skips=[
            skip("no evidence of recurrence", "R01", "negated"),
            skip("She was concerned that a spot on her back had changed", "R03", "patient worry, benign exam"),
        ],
    ),
    NoteSpec(
        id="dev-0087", dos="2026-02-24",
        specialty="pediatrics", setting="outpatient", age=6, sex="M", payer="medicaid", minutes=21,
        text="""
        PEDIATRIC SICK VISIT

        CC: Right ear pain and fever since yesterday.

        HPI: 6-year-old boy with 3 days of cold symptoms, now tugging at his right ear and crying at night.
        Tmax 102.4 F at home, ibuprofen helps. Mom was concerned about strep because his sister had it last week.
        No sore throat, no vomiting, eating less but drinking well. He has mild intermittent asthma; uses his
        albuterol about once a month, none this week.

        Exam: T 101.6 F. Right TM bulging, erythematous and opaque with no perforation; left TM normal.
        Throat: no exudate, tonsils normal size. Lungs clear, no wheeze, no retractions.

        Assessment:
        1. Acute suppurative otitis media of the right ear without rupture - amoxicillin 90 mg/kg/day divided
           BID for 10 days. Ibuprofen for fever and pain.
        2. Mild intermittent asthma, uncomplicated - well controlled; albuterol refilled, spacer reviewed.

        Pharyngitis is not present on exam and no strep test was indicated. Return if not better in 48-72 hours.
        Total time 21 minutes.
        """,
        codes=[
            c("H66.001", "Acute suppurative otitis media of the right ear without rupture",
              why="R11: right ear, without rupture; R23 fever and ear pain integral"),
            c("J45.20", "Mild intermittent asthma, uncomplicated", why="R20: chronic condition managed"),
            c("99213", "Total time 21 minutes", why="R14: established patient, 21 minutes total time"),
        ],
        skips=[
            skip("Right ear pain and fever", "R23", "integral to otitis media"),
            skip("Mom was concerned about strep", "R03", "parent worry, not a diagnosis"),
            skip("Pharyngitis is not present", "R01", "negated"),
            skip("No sore throat", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-0088", dos="2026-03-17",
        specialty="psychiatry", setting="outpatient", age=29, sex="M", payer="bcbs", minutes=34,
        text="""
        OUTPATIENT PSYCHIATRY - MEDICATION MANAGEMENT

        29-year-old man seen for recurrent depression and anxiety. This is his third depressive episode; mood has
        been low for 6 weeks with poor sleep, low energy and reduced interest, PHQ-9 15. Worry about work and
        finances most days, GAD-7 13. Denies suicidal ideation, intent or plan. He stopped drinking 5 months ago
        after a DUI; attends AA weekly and has had no cravings. No drug use.

        Current medications: sertraline 100 mg daily. Hydroxyzine 25 mg PRN.

        Mental status: Casually dressed, good eye contact, mood "down", affect constricted, thought process
        linear, no psychosis, insight and judgment fair.

        Diagnoses:
        - Major depressive disorder, recurrent episode, moderate
        - Generalized anxiety disorder
        - Alcohol use disorder, mild, in early remission

        Plan: Increase sertraline to 150 mg daily. Continue hydroxyzine as needed. Refer for CBT. Continue AA.
        Safety plan reviewed. Return in 4 weeks. Total time 34 minutes.
        """,
        codes=[
            c("F33.1", "Major depressive disorder, recurrent episode, moderate", why="R22: recurrent, moderate"),
            c("F41.1", "Generalized anxiety disorder", why="R20: condition treated"),
            c("F10.11", "Alcohol use disorder, mild, in early remission",
              why="R22: mild alcohol use disorder is alcohol abuse; in remission"),
            c("99214", "Total time 34 minutes", why="R14: established patient, 34 minutes total time"),
        ],
        skips=[
            skip("Denies suicidal ideation", "R01", "negated"),
            skip("No drug use", "R01", "negated"),
            skip("no psychosis", "R02", "normal mental status finding"),
        ],
    ),
    NoteSpec(
        id="dev-0089", dos="2026-07-08",
        specialty="orthopedics", setting="outpatient", age=61, sex="F", payer="aetna", minutes=26,
        text="""
        ORTHOPAEDIC CLINIC

        Chief complaint: Left hip pain.

        History: 61-year-old woman with 1 year of left groin pain, worse after walking, with morning stiffness
        under 30 minutes. No injury. She also has chronic low back pain that is followed by the pain clinic and
        was not addressed today. Osteoporosis diagnosed on DEXA 2024 (T-score -2.7 at the spine); takes
        alendronate weekly, which we prescribe. No fractures.

        Exam: Antalgic gait. Left hip internal rotation painful and limited to 10 degrees; right hip full.
        Neurovascularly intact.

        X-rays of the pelvis and left hip obtained today and reviewed: joint space narrowing and osteophytes of
        the left hip; right hip preserved.

        Impression:
        1. Primary osteoarthritis, left hip - discussed options. Physical therapy, meloxicam 15 mg daily,
           consider intra-articular injection next visit. Total hip arthroplasty when symptoms warrant.
        2. Age-related osteoporosis - continue alendronate, calcium and vitamin D; repeat DEXA 2026.

        Spent 26 minutes in total today.
        """,
        codes=[
            c("M16.12", "Primary osteoarthritis, left hip", why="R11: left hip; R23 hip pain integral"),
            c("M81.0", "Age-related osteoporosis - continue alendronate", why="R20: chronic condition treated"),
            c("Z79.83", "takes\n        alendronate weekly", why="R10: long-term bisphosphonate"),
            c("99213", "Spent 26 minutes in total today", why="R14: established patient, 26 minutes total time"),
        ],
        skips=[
            skip("chronic low back pain", "R20", "not addressed at this visit"),
            skip("left groin pain", "R23", "integral to hip osteoarthritis"),
            skip("No fractures", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-0090", dos="2026-08-04",
        specialty="neurology", setting="outpatient", age=38, sex="F", payer="uhc", minutes=30,
        text="""
        NEUROLOGY FOLLOW-UP VISIT

        38-year-old woman returns for migraine follow-up. Since starting topiramate her headache days fell from
        10 to 3 per month. Attacks are throbbing, unilateral, with nausea and light sensitivity, no visual aura,
        and respond to sumatriptan within 2 hours. None last more than a day. She had been concerned about
        multiple sclerosis because of tingling in her hands; MRI brain with and without contrast showed no
        evidence of demyelinating disease, and the tingling has resolved.

        Sleep study in June confirmed obstructive sleep apnea (AHI 22). She started CPAP 6 weeks ago and uses it
        nightly; morning headaches have stopped.

        Medications: topiramate 50 mg BID, sumatriptan 50 mg PRN, CPAP.

        Exam: Normal neurological examination.

        Assessment and plan:
        1. Migraine without aura, not intractable - good response. Continue topiramate and sumatriptan.
        2. Obstructive sleep apnea - adherent to CPAP with benefit; continue.

        Time: 30 minutes total on the date of service.
        """,
        codes=[
            c("G43.009", "Migraine without aura, not intractable",
              why="R22: without aura, not intractable, no status migrainosus"),
            c("G47.33", "Obstructive sleep apnea - adherent to CPAP", why="R20: chronic condition treated"),
            c("99214", "Time: 30 minutes total", why="R14: established patient, 30 minutes total time"),
        ],
        skips=[
            skip("concerned about\n        multiple sclerosis", "R03", "patient worry, ruled out"),
            skip("no\n        evidence of demyelinating disease", "R01", "negated"),
            skip("the tingling has resolved", "R20", "resolved symptom"),
            skip("nausea and light sensitivity", "R23", "integral to migraine"),
        ],
    ),
    NoteSpec(
        id="dev-0091", dos="2026-04-21",
        specialty="nephrology", setting="outpatient", age=70, sex="M", payer="medicare", minutes=41,
        text="""
        NEPHROLOGY CLINIC NOTE

        70-year-old man with stage 4 chronic kidney disease from long-standing hypertension. No diabetes.
        eGFR 22 (stable from 24). Fatigue is mild. He has no uremic symptoms and no edema.

        Labs today: Hgb 9.6, ferritin 310, TSAT 28%. PTH 212, calcium 9.1, phosphorus 4.9. Bicarbonate 22.

        Medications: amlodipine 10 mg, losartan 50 mg, calcitriol 0.25 mcg daily, sodium bicarbonate 650 mg BID.

        Exam: BP 138/76. No edema. Lungs clear.

        Assessment/Plan:
        CKD stage 4 due to hypertensive nephrosclerosis - stable. Continue losartan and amlodipine, low-sodium
        diet. Discussed renal replacement options; transplant evaluation referral placed.
        Anemia of chronic kidney disease - iron replete; start darbepoetin if Hgb falls below 9.
        Secondary hyperparathyroidism of renal origin - PTH rising, increase calcitriol to 0.5 mcg.

        Spent 41 minutes on the date of the visit, including reviewing labs and counseling.
        """,
        codes=[
            c("I12.9", "CKD stage 4 due to hypertensive nephrosclerosis",
              why="R08: hypertension with CKD stage 4, no heart failure"),
            c("N18.4", "CKD stage 4", why="R22: CKD stage 4"),
            c("D63.1", "Anemia of chronic kidney disease", why="R21: anemia in CKD"),
            c("N25.81", "Secondary hyperparathyroidism of renal origin", why="R22: renal secondary HPT"),
            c("99215", "Spent 41 minutes", why="R14: established patient, 41 minutes total time"),
        ],
        skips=[
            skip("No diabetes", "R01", "negated"),
            skip("no uremic symptoms and no edema", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-0092", dos="2026-05-30",
        specialty="urgent care", setting="outpatient", age=24, sex="F", payer="cigna", minutes=32,
        new_patient=True,
        text="""
        URGENT CARE VISIT

        Complaint: Burning with urination for two days.

        24-year-old woman, new to this clinic, with dysuria, urgency and frequency for 2 days. No blood in the
        urine. No fever, chills, flank pain or vaginal discharge. LMP two weeks ago; she uses an IUD. She had one
        similar infection two years ago.

        Exam: Afebrile. Mild suprapubic tenderness. No CVA tenderness.

        Urine sent for culture.

        Assessment: Acute cystitis without hematuria. Pyelonephritis unlikely given no fever and no flank pain.

        Plan: Nitrofurantoin 100 mg BID for 5 days, fluids, phenazopyridine for 2 days. Will call with the
        culture result. Return precautions: seek care if fever, back pain or vomiting develops.

        Total time 32 minutes.
        """,
        codes=[
            c("N30.00", "Acute cystitis without hematuria", why="R23: dysuria and urgency integral to cystitis"),
            c("99203", "Total time 32 minutes", why="R14: new patient, 32 minutes total time"),
        ],
        skips=[
            skip("Pyelonephritis unlikely", "R03", "uncertain, not coded outpatient"),
            skip("No blood in the\n        urine", "R01", "negated"),
            skip("dysuria", "R23", "integral to cystitis"),
            skip("if fever, back pain or vomiting develops", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0093", dos="2026-01-16",
        specialty="hospital medicine", setting="inpatient", age=80, sex="F", payer="medicare", pos="21",
        text="""
        HOSPITAL DISCHARGE SUMMARY

        Admission 01/12/2026. Discharge 01/16/2026.

        Principal diagnosis: Community-acquired pneumonia, right lower lobe.
        Secondary: Acute on chronic diastolic heart failure; hypertension; type 2 diabetes with hyperglycemia.

        Hospital course: 80-year-old woman admitted with 4 days of productive cough, fever and hypoxia (SpO2 88%).
        Chest x-ray showed right lower lobe consolidation. Blood and sputum cultures were negative. Treated with
        ceftriaxone and azithromycin, transitioned to oral cefpodoxime. Her heart failure decompensated with
        IV fluids on day 1 (BNP 1,240, bilateral effusions); she diuresed 3 L with IV furosemide. Echo: EF 60%,
        grade 2 diastolic dysfunction. Acute kidney injury was ruled out; creatinine remained at her baseline
        of 1.0. Glucose 250s-300s on admission; A1c 9.4%. Basal-bolus insulin started and continued at
        discharge with metformin.

        Discharge medications: cefpodoxime x3 days, furosemide 20 mg daily, lisinopril 10 mg, insulin glargine
        16 units nightly, metformin 500 mg BID.

        Follow-up with PCP in 1 week.
        """,
        codes=[
            c("J18.9", "Community-acquired pneumonia, right lower lobe",
              why="R21: principal diagnosis; organism not identified"),
            c("I11.0", "Acute on chronic diastolic heart failure; hypertension",
              why="R08: hypertension with heart failure is presumed hypertensive heart disease"),
            c("I50.33", "Acute on chronic diastolic heart failure", why="R22: acute on chronic diastolic"),
            c("E11.65", "type 2 diabetes with hyperglycemia", why="R09: diabetes with hyperglycemia"),
            c("Z79.4", "insulin glargine\n        16 units nightly", why="R10: insulin at discharge"),
            c("Z79.84", "metformin 500 mg BID", why="R10: oral hypoglycemic with insulin"),
        ],
        skips=[
            skip("Acute kidney injury was ruled out", "R01", "ruled out"),
            skip("productive cough, fever and hypoxia", "R23", "integral to pneumonia"),
        ],
    ),
    NoteSpec(
        id="dev-0094", dos="2026-06-06",
        specialty="emergency medicine", setting="outpatient", age=44, sex="M", payer="bcbs", pos="23",
        text="""
        EMERGENCY DEPARTMENT PHYSICIAN NOTE

        Chief complaint: Left flank pain.

        HPI: 44-year-old man with sudden severe left flank pain radiating to the groin since 4 am, with nausea and
        one episode of vomiting. No fever. Gross hematuria this morning. No prior stones.

        Exam: Writhing in pain, afebrile, HR 104. Left CVA tenderness. Abdomen soft, no rebound, no McBurney
        point tenderness.

        ED course: Labs ordered and reviewed: WBC 9.8, creatinine 1.1, UA with large blood, no nitrite or
        leukocyte esterase. CT abdomen/pelvis without contrast ordered and personally reviewed: 4 mm stone at the
        left ureterovesical junction with mild hydronephrosis. Appendix normal. Pain controlled with IV ketorolac
        and ondansetron.

        MDM: Acute illness with systemic symptoms. Appendicitis and pyelonephritis were considered and ruled out
        by CT and urinalysis. Likely to pass spontaneously.

        Impression: Left ureteral calculus with hydronephrosis.

        Disposition: Discharged with tamsulosin 0.4 mg daily, oxycodone 5 mg #8, ondansetron, strainer.
        Urology follow-up in 1 week. Return for fever or uncontrolled pain.
        """,
        codes=[
            c("N13.2", "Left ureteral calculus with hydronephrosis",
              why="R13: ureteral calculus with hydronephrosis is N13.2, not N20.1 (Excludes1)"),
            c("99284", "MDM", why="R15: ED visit, moderate MDM (acute illness with systemic symptoms, CT, Rx)"),
        ],
        skips=[
            skip("Appendicitis and pyelonephritis were considered and ruled out", "R01", "ruled out"),
            skip("Gross hematuria", "R23", "integral to ureteral calculus"),
            skip("No fever", "R01", "negated"),
            skip("Return for fever or uncontrolled pain", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0095", dos="2026-09-01",
        specialty="obstetrics and gynecology", setting="outpatient", age=31, sex="F", payer="aetna", minutes=36,
        text="""
        GYNECOLOGY OFFICE VISIT

        Reason: Heavy periods and fatigue.

        31-year-old G1P1 with regular 28-day cycles but bleeding for 8 days with clots, changing a pad every hour
        on the heaviest days, for the past year. She is tired and short of breath climbing stairs. Not pregnant:
        urine hCG negative at her PCP last week. Not sexually active at present. Pelvic ultrasound (outside):
        3.2 cm intramural fibroid of the posterior uterine wall, normal ovaries, no endometrial thickening.
        CBC: Hgb 9.1, MCV 72, ferritin 6.

        Exam: Pale conjunctivae. Uterus mildly enlarged, irregular contour, nontender. No adnexal masses.

        Assessment:
        1. Iron deficiency anemia due to chronic blood loss from menorrhagia - ferrous sulfate 325 mg every other
           day; consider IV iron if no response in 6 weeks.
        2. Menorrhagia with regular cycles.
        3. Intramural leiomyoma of uterus - discussed levonorgestrel IUD, tranexamic acid and myomectomy; she
           will start tranexamic acid during menses and think about the IUD.

        Total time 36 minutes.
        """,
        codes=[
            c("D50.0", "Iron deficiency anemia due to chronic blood loss",
              why="R22: iron deficiency anemia secondary to chronic blood loss"),
            c("N92.0", "Menorrhagia with regular cycles", why="R22: excessive menstruation, regular cycle"),
            c("D25.1", "Intramural leiomyoma of uterus", why="R22: intramural site documented"),
            c("99214", "Total time 36 minutes", why="R14: established patient, 36 minutes total time"),
        ],
        skips=[
            skip("Not pregnant", "R01", "negated"),
            skip("She is tired and short of breath", "R23", "integral to anemia"),
            skip("no endometrial thickening", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-0096", dos="2026-02-17",
        specialty="internal medicine", setting="outpatient", age=82, sex="M", payer="medicare", minutes=44,
        text="""
        GERIATRIC MEDICINE FOLLOW-UP

        Accompanied by his daughter, who manages his medications.

        82-year-old man with Alzheimer's disease, late onset, followed for memory decline over 4 years. MoCA 14/30
        (was 17 last year). He needs help with finances and medications but dresses and bathes himself. No
        agitation, wandering, hallucinations or depressed mood per daughter. He fell in his kitchen last month
        without injury; he did not hit his head. Vitamin D level 14 in January.

        PMH: Alzheimer's disease, BPH, appendectomy, right cataract extraction.
        Medications: donepezil 10 mg nightly, tamsulosin 0.4 mg, vitamin D3 2000 IU daily.

        Exam: Oriented to person only. Gait slow but steady, Timed Up and Go 13 s. Orthostatic vitals negative.

        Assessment and plan:
        1. Alzheimer's dementia, late onset, moderate, without behavioral disturbance - continue donepezil;
           add memantine 5 mg daily. Discussed advance directives with daughter.
        2. History of fall - home safety evaluation and physical therapy for balance.
        3. Vitamin D deficiency - continue vitamin D3, recheck level in 3 months.

        Total time 44 minutes, more than half with the daughter.
        """,
        codes=[
            c("G30.1", "Alzheimer's dementia, late onset", "Alzheimer's disease, late onset",
              why="R21: etiology (G30) first"),
            c("F02.B0", "Alzheimer's dementia, late onset, moderate, without behavioral disturbance",
              why="R22: dementia in Alzheimer's, moderate, no behavioral disturbance"),
            c("Z91.81", "History of fall", why="R06: history of falling, affects care"),
            c("E55.9", "Vitamin D deficiency", why="R20: condition treated"),
            c("99215", "Total time 44 minutes", why="R14: established patient, 44 minutes total time"),
        ],
        skips=[
            skip("BPH", "R20", "PMH, not addressed"),
            skip("No\n        agitation, wandering, hallucinations or depressed mood", "R01", "negated"),
            skip("without injury", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-0097", dos="2026-03-10",
        specialty="hospital medicine", setting="inpatient", age=57, sex="F", payer="uhc", pos="21",
        text="""
        DISCHARGE SUMMARY - MEDICINE

        Dates: admitted 03/06/2026, discharged 03/10/2026.

        Discharge diagnoses:
        1. Acute gallstone pancreatitis without necrosis or infection
        2. Hypokalemia, repleted
        3. Essential hypertension

        History and course: 57-year-old woman presented with epigastric pain radiating to the back and vomiting.
        Lipase 2,840. Ultrasound: cholelithiasis with common bile duct 5 mm, no choledocholithiasis on MRCP.
        CT: interstitial edematous pancreatitis, no necrosis. She drinks alcohol rarely; alcohol-induced
        pancreatitis was felt unlikely, triglycerides 140. Managed with IV fluids, analgesia and early feeding.
        Potassium 2.9 on day 2 with vomiting, repleted orally and IV to 4.0. Blood pressure controlled on home
        lisinopril. Laparoscopic cholecystectomy is planned as an outpatient in 2 weeks by general surgery.

        Discharge medications: lisinopril 20 mg daily, acetaminophen as needed.
        """,
        codes=[
            c("K85.10", "Acute gallstone pancreatitis without necrosis or infection",
              why="R21: principal diagnosis; biliary pancreatitis without necrosis or infection"),
            c("K80.20", "cholelithiasis",
              why="R22: gallstones without cholecystitis or obstruction, present and to be treated"),
            c("E87.6", "Hypokalemia, repleted", why="R20: treated during stay"),
            c("I10", "Essential hypertension", why="R20: chronic condition treated"),
        ],
        skips=[
            skip("alcohol-induced\n        pancreatitis was felt unlikely", "R01", "ruled out at discharge"),
            skip("no choledocholithiasis", "R01", "negated"),
            skip("epigastric pain", "R23", "integral to pancreatitis"),
        ],
    ),
    NoteSpec(
        id="dev-0098", dos="2026-08-20",
        specialty="cardiology", setting="outpatient", age=63, sex="M", payer="medicare", minutes=32,
        text="""
        CARDIOLOGY FOLLOW-UP

        63-year-old man with coronary artery disease, status post drug-eluting stent to the LAD in 2021, on
        clopidogrel and aspirin, here 6 weeks after an episode of chest pressure. The chest pain has resolved;
        nuclear stress test last week showed no evidence of ischemia, EF 55%. He walks 30 minutes daily without
        angina. He smoked for 30 years and quit in 2021. His father had an MI at 50.

        Meds: clopidogrel 75 mg daily, aspirin 81 mg, rosuvastatin 20 mg, lisinopril 10 mg.

        Exam: BP 124/74, HR 62. Heart regular without murmur. Lungs clear.

        Assessment:
        1. Coronary artery disease of native vessel without angina - stress test reassuring. Continue dual
           antiplatelet therapy through next month, then aspirin alone. Continue rosuvastatin.
        2. Essential hypertension - controlled on lisinopril.
        3. Presence of coronary stent.

        Total time 32 minutes including stress test review.
        """,
        codes=[
            c("I25.10", "Coronary artery disease of native vessel without angina",
              why="R22: native vessel, no angina"),
            c("I10", "Essential hypertension - controlled on lisinopril", why="R20: chronic condition treated"),
            c("Z95.5", "Presence of coronary stent", "status post drug-eluting stent",
              why="R06: status code for coronary stent"),
            c("Z79.02", "on\n        clopidogrel and aspirin", why="R10: long-term antiplatelet (clopidogrel)"),
            c("Z79.82", "aspirin 81 mg", why="R10: long-term aspirin; Z79.02 Excludes2 Z79.82, both coded"),
            c("Z87.891", "He smoked for 30 years and quit in 2021", why="R06: former smoker"),
            c("Z82.49", "His father had an MI at 50",
              why="R05: family history of ischemic heart disease, same condition as the CAD managed"),
            c("99214", "Total time 32 minutes", why="R14: established patient, 32 minutes total time"),
        ],
        skips=[
            skip("The chest pain has resolved", "R20", "resolved symptom"),
            skip("no evidence of ischemia", "R01", "negated"),
            skip("without\n        angina", "R01", "negated"),
        ],
    ),
]
