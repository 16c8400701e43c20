"""Dev notes dev-r2-01.. (session 2, generalisation round 2): styles dev had little of (discharge summaries,
ED notes, specialty consults, telehealth visits, problem-list-heavy primary care, dictated prose without
headings). Gold written before the engine ran on them; each batch was scored before any rule change.
"""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-r2-01", dos="2026-02-14",
        specialty="hospital medicine", setting="inpatient", age=71, sex="F", payer="medicare", pos="21",
        text="""
        HOSPITAL DISCHARGE SUMMARY

        Admitted: 02/10/2026   Discharged: 02/14/2026
        Attending: hospitalist service

        Discharge diagnoses:
        1. Acute pyelonephritis due to E. coli
        2. Acute kidney injury, resolved with IV fluids
        3. Type 2 diabetes mellitus with hyperglycemia
        4. Hypokalemia, repleted
        5. Essential hypertension

        History of present illness: 71-year-old woman with type 2 diabetes on insulin glargine, hypertension,
        hypothyroidism, remote appendectomy and osteoarthritis presented with three days of fever to 102.8,
        right flank pain, dysuria and vomiting. She quit smoking 20 years ago.

        Hospital course: Urinalysis showed pyuria; blood cultures were negative and urine culture grew
        E. coli sensitive to ceftriaxone. CT abdomen showed right pyelonephritis with no hydronephrosis and
        no abscess. She received IV ceftriaxone and was changed to oral cefpodoxime on day 3. Creatinine
        rose from a baseline of 0.9 to 1.8 on admission and returned to 1.0 with fluids. Glucose ran
        250-320 on admission; glargine was increased and sliding scale added. Potassium 3.1 was repleted
        orally. Lisinopril was held for the kidney injury and restarted at discharge. Levothyroxine was
        continued for her hypothyroidism.

        Discharge medications: cefpodoxime 200 mg twice daily for 10 more days, insulin glargine 24 units
        nightly, lisinopril 10 mg daily, levothyroxine 75 mcg daily, acetaminophen as needed.

        Follow-up: primary care in 1 week with a basic metabolic panel.
        """,
        codes=[
            c("N10", "Acute pyelonephritis due to E. coli", why="R21: principal diagnosis, reason for admission"),
            c("B96.20", "Acute pyelonephritis due to E. coli", "urine culture grew\n        E. coli",
              why="R22: organism as the cause of the infection"),
            c("N17.9", "Acute kidney injury, resolved with IV fluids", why="R20: treated during the stay"),
            c("E11.65", "Type 2 diabetes mellitus with hyperglycemia", why="R09: diabetes with hyperglycemia"),
            c("E87.6", "Hypokalemia, repleted", why="R20: treated"),
            c("I10", "Essential hypertension", why="R20: treated (lisinopril)"),
            c("E03.9", "Levothyroxine was\n        continued for her hypothyroidism",
              why="R20: chronic condition treated"),
            c("Z79.4", "insulin glargine 24 units", why="R10: long-term insulin"),
            c("Z87.891", "She quit smoking 20 years ago", why="R06: former smoker"),
        ],
        skips=[
            skip("remote appendectomy", "R20", "past history"),
            skip("osteoarthritis", "R20", "not treated or evaluated"),
            skip("fever to 102.8", "R23", "integral to pyelonephritis"),
            skip("right flank pain", "R23", "integral to pyelonephritis"),
            skip("no hydronephrosis", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r2-02", dos="2026-03-09",
        specialty="hospital medicine", setting="inpatient", age=64, sex="M", payer="aetna", pos="21",
        text="""
        DISCHARGE SUMMARY

        Date of admission: 03/07/2026. Date of discharge: 03/09/2026.

        Principal diagnosis: Chest pain, most likely due to gastroesophageal reflux disease.
        Secondary diagnoses: COPD; iron deficiency anemia, probably from NSAID use; hyperlipidemia.

        Brief history: 64-year-old man with COPD on tiotropium, hyperlipidemia on atorvastatin, and a
        remote history of kidney stones was admitted from the emergency department with substernal burning
        chest pain after meals. Mother had breast cancer at 70.

        Hospital course: Acute coronary syndrome was ruled out with three negative high-sensitivity
        troponins and an unremarkable ECG. Stress echocardiogram was normal. The pain resolved on
        pantoprazole 40 mg twice daily. Hemoglobin was 10.8 with ferritin 9; he had been taking naproxen
        daily for back aches, which was stopped, and oral iron was started. Outpatient colonoscopy and
        upper endoscopy will be arranged by gastroenterology. COPD stable on home inhalers, no wheezing.
        Atorvastatin continued.

        Discharge medications: pantoprazole 40 mg twice daily, ferrous sulfate 325 mg daily, tiotropium
        daily, albuterol as needed, atorvastatin 40 mg daily.

        Condition at discharge: stable, ambulating.
        """,
        codes=[
            c("K21.9", "Chest pain, most likely due to gastroesophageal reflux disease",
              why="R04: uncertain diagnosis at discharge coded as established (II.H); R21 principal"),
            c("D50.9", "iron deficiency anemia, probably from NSAID use", why="R04: treated with iron"),
            c("J44.9", "COPD; iron", why="R20: chronic condition treated with home inhalers"),
            c("E78.5", "hyperlipidemia.", why="R20: treated with atorvastatin"),
        ],
        skips=[
            skip("Acute coronary syndrome was ruled out", "R01", "ruled out"),
            skip("remote history of kidney stones", "R20", "past history"),
            skip("substernal burning\n        chest pain", "R23", "integral to the reflux coded as established"),
            skip("Mother had breast cancer", "R05", "family history unrelated to any problem addressed"),
            skip("no wheezing", "R02", "normal finding"),
        ],
    ),
    NoteSpec(
        id="dev-r2-03", dos="2026-04-18",
        specialty="emergency medicine", setting="outpatient", age=38, sex="F", payer="bcbs", pos="23",
        text="""
        EMERGENCY DEPARTMENT PROVIDER NOTE

        CC: abdominal pain

        38 yo F presents with 2 days of burning epigastric pain, worse after eating, with nausea, no vomiting.
        No melena or hematochezia. Takes ibuprofen most days for headaches. PMH: hypertension, hyperlipidemia,
        migraine. Meds: lisinopril, atorvastatin. Social: drinks 2-3 glasses of wine on weekends, never smoker.

        Exam: afebrile, HR 88, BP 128/80. Abdomen soft, epigastric tenderness, no guarding, no rebound,
        Murphy sign negative.

        Labs ordered and reviewed: CBC normal, CMP normal, lipase 28 (normal). Urine pregnancy test negative.

        ED course: GI cocktail given with relief.

        MDM: Epigastric pain, likely gastritis from NSAID use; pancreatitis and cholecystitis unlikely given
        normal lipase and benign exam.

        Impression: Epigastric abdominal pain, probable NSAID gastritis.

        Plan: Stop ibuprofen. Omeprazole 20 mg daily prescribed. Follow up with primary care in 1 week.
        Return for vomiting blood, black stools or worsening pain.
        """,
        codes=[
            c("R10.13", "Epigastric abdominal pain",
              why="R03: ED uncertain diagnosis (probable gastritis); symptom coded"),
            c("99284", "MDM:", why="R15: undiagnosed new problem with uncertain prognosis, 3 tests reviewed, "
              "prescription drug management"),
        ],
        skips=[
            skip("probable NSAID gastritis", "R03", "uncertain ED diagnosis"),
            skip("PMH: hypertension, hyperlipidemia,\n        migraine", "R20", "not addressed"),
            skip("No melena", "R01", "negated"),
            skip("pancreatitis and cholecystitis unlikely", "R01", "ruled out"),
            skip("Return for vomiting blood", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r2-04", dos="2026-05-12",
        specialty="orthopedics", setting="outpatient", age=52, sex="M", payer="cigna", minutes=22,
        text="""
        ORTHOPAEDIC CLINIC - FOLLOW-UP

        Mr. Abernathy returns 6 weeks after a displaced fracture of the left lateral malleolus treated in a
        short leg cast at urgent care. He has been non-weight-bearing. Pain is minimal. He also has known
        primary osteoarthritis of the right knee, which aches on stairs and is controlled with acetaminophen.
        History of gout, no flares in years. Former smoker.

        Exam: Cast removed. Skin intact. Mild swelling of the left ankle, nontender over the fibula.
        Right knee: crepitus, no effusion.

        X-rays left ankle, 3 views, taken today and reviewed by me: healing fracture of the lateral malleolus
        with callus and maintained alignment.

        Impression:
        1. Displaced fracture of left lateral malleolus, closed, subsequent encounter with routine healing.
        2. Primary osteoarthritis, right knee - stable, continue acetaminophen and quadriceps exercises.

        Plan: Walking boot, weight bearing as tolerated, physical therapy for ankle range of motion. Return in
        4 weeks with repeat x-rays.

        Total time today 22 minutes.
        """,
        codes=[
            c("S82.62XD",
              "Displaced fracture of left lateral malleolus, closed, subsequent encounter with routine healing",
              why="R12: 7th character D, routine healing; R11 left"),
            c("M17.11", "Primary osteoarthritis, right knee", why="R11: right knee, managed"),
            c("Z87.891", "Former smoker.", why="R06: former smoker (omitted at first writing, found on review)"),
            c("99213", "Total time today 22 minutes", why="R14: established patient, 22 minutes"),
        ],
        skips=[
            skip("History of gout", "R20", "past history, not addressed"),
            skip("no effusion", "R02", "normal exam"),
        ],
    ),
    NoteSpec(
        id="dev-r2-05", dos="2026-01-27",
        specialty="nephrology", setting="outpatient", age=66, sex="M", payer="medicare", new_patient=True,
        minutes=52,
        text="""
        NEPHROLOGY CONSULTATION

        Referring physician: Dr. Ames (primary care). Reason for consultation: declining kidney function.

        HPI: 66-year-old man with type 2 diabetes for 18 years on insulin and hypertension for 20 years. eGFR
        has fallen from 38 to 24 over the past year; urine albumin-to-creatinine ratio 890 mg/g. No edema,
        no dyspnea. His mother was on dialysis for diabetic kidney disease.

        PMH: type 2 diabetes, hypertension, gout, benign prostatic hyperplasia, cataract surgery both eyes.
        Medications: insulin glargine 30 units nightly, insulin lispro with meals, amlodipine 10 mg,
        losartan 100 mg, allopurinol 100 mg, tamsulosin 0.4 mg.

        Exam: BP 148/86. No edema. Lungs clear.

        Data: creatinine 2.7, eGFR 24, potassium 5.1, bicarbonate 21, hemoglobin 10.1, PTH 168, calcium 9.0,
        phosphorus 4.8. Renal ultrasound: bilateral echogenic kidneys, no obstruction.

        Assessment:
        1. Chronic kidney disease stage 4 due to diabetic nephropathy and hypertension.
        2. Anemia of chronic kidney disease - check iron studies, consider ESA.
        3. Secondary hyperparathyroidism of renal origin - start calcitriol 0.25 mcg daily.
        4. Hypertension not at goal - amlodipine already at maximum dose; add chlorthalidone 12.5 mg.
        5. Type 2 diabetes on insulin - per primary care.

        Plan: renal diet education, avoid NSAIDs, discuss dialysis options and transplant referral at next
        visit. Return in 6 weeks with labs. I spent 52 minutes on the date of the encounter, including
        review of outside records.
        """,
        codes=[
            c("E11.22", "Chronic kidney disease stage 4 due to diabetic nephropathy",
              why="R09: diabetes with diabetic CKD; R21 etiology first"),
            c("I12.9", "Chronic kidney disease stage 4 due to diabetic nephropathy and hypertension",
              why="R08: hypertensive CKD stage 1-4"),
            c("N18.4", "Chronic kidney disease stage 4", why="R09: use additional code for the CKD stage"),
            c("D63.1", "Anemia of chronic kidney disease", why="R22: anemia in CKD"),
            c("N25.81", "Secondary hyperparathyroidism of renal origin", why="R22: treated with calcitriol"),
            c("Z79.4", "insulin glargine 30 units", why="R10: long-term insulin"),
            c("Z84.19", "His mother was on dialysis for diabetic kidney disease",
              why="R05: family history of kidney disease, same organ system as the problem addressed"),
            c("Z83.3", "His mother was on dialysis for diabetic kidney disease",
              why="R05: family history of diabetes, same condition as the diabetes coded (found on review)"),
            c("99204", "I spent 52 minutes", why="R14: new patient, 52 minutes total time"),
        ],
        skips=[
            skip("gout", "R20", "not addressed"),
            skip("benign prostatic hyperplasia", "R20", "not addressed"),
            skip("No edema", "R01", "negated"),
            skip("no obstruction", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r2-06", dos="2026-06-03",
        specialty="psychiatry", setting="outpatient", age=45, sex="F", payer="medicare", minutes=33,
        text="""
        TELEHEALTH PSYCHIATRY FOLLOW-UP (synchronous audio-video; patient at home, provider in clinic;
        patient consented to the video visit)

        S: Ms. Varga reports her mood has been lower since her job ended in April. Sleeping 5 hours, low
        energy, poor concentration, no suicidal ideation, no plan or intent. Worry is constant but panic
        attacks have stopped. PHQ-9 today 15 (was 9), GAD-7 12. Alcohol use disorder, moderate, in sustained
        remission - no drinking for 3 years, attends AA. Quit smoking 5 years ago. Her father has bipolar
        disorder.

        PMH: asthma, hypertension, migraine. Meds: sertraline 100 mg, buspirone 10 mg twice daily,
        albuterol as needed, lisinopril 10 mg.

        O: Appears tired, speech normal, thought process linear, no psychosis.

        A:
        1. Major depressive disorder, recurrent, moderate - worse.
        2. Generalized anxiety disorder.
        3. Alcohol use disorder, moderate, in sustained remission.

        P: Increase sertraline to 150 mg daily. Continue buspirone. Behavioral activation; therapist referral.
        Safety plan reviewed. Follow up by video in 4 weeks.

        Time: 33 minutes total on the date of service.
        """,
        codes=[
            c("F33.1", "Major depressive disorder, recurrent, moderate", why="R22: recurrent, moderate"),
            c("F41.1", "Generalized anxiety disorder", why="R20: treated"),
            c("F10.21", "Alcohol use disorder, moderate, in sustained remission",
              why="R22: moderate use disorder = dependence, in remission"),
            c("Z81.8", "Her father has bipolar\n        disorder",
              why="R05: family history of a mental disorder, same system as the problems addressed"),
            c("Z87.891", "Quit smoking 5 years ago", why="R06: former smoker"),
            c("99214", "33 minutes total", why="R14: established patient, 33 minutes"),
        ],
        skips=[
            skip("no suicidal ideation", "R01", "negated"),
            skip("PMH: asthma, hypertension, migraine", "R20", "not addressed"),
            skip("no psychosis", "R02", "normal exam"),
        ],
    ),
    NoteSpec(
        id="dev-r2-07", dos="2026-07-21",
        specialty="obstetrics and gynecology", setting="outpatient", age=31, sex="F", payer="medicaid",
        text="""
        PRENATAL VISIT

        G3P1011 at 32 weeks 2 days by first-trimester ultrasound. Gestational diabetes diagnosed at 27 weeks,
        diet controlled; fasting sugars 82-94, 1-hour postprandial 110-128 on her log. Prior low transverse
        cesarean for breech; she wants a repeat cesarean, scheduled for 39 weeks. Active fetal movement.
        No contractions, no leakage of fluid, no vaginal bleeding. No headaches or visual changes.

        BP 116/72. Weight up 1 lb. Fundal height 32 cm. FHR 140s. Trace edema.

        Labs: hemoglobin 9.8, ferritin 8 - iron deficiency anemia.

        Assessment and plan:
        - Intrauterine pregnancy at 32 weeks, gestational diabetes diet controlled: continue diet, growth
          ultrasound at 34 weeks, NST weekly from 34 weeks.
        - Iron deficiency anemia in pregnancy: start ferrous sulfate 325 mg daily with vitamin C.
        - Previous cesarean, low transverse: repeat cesarean planned at 39 weeks.
        - Tdap offered; she prefers to receive it at the next visit.
        Return in 2 weeks.
        """,
        codes=[
            c("O24.410", "gestational diabetes diet controlled", why="R25: chapter 15 code first; diet controlled"),
            c("O99.013", "Iron deficiency anemia in pregnancy",
              why="R25: anemia complicating pregnancy, third trimester"),
            c("D50.9", "Iron deficiency anemia in pregnancy", why="R22: use additional code for the anemia"),
            c("O34.211", "Previous cesarean, low transverse", why="R25: maternal care for low transverse scar"),
            c("Z3A.32", "32 weeks 2 days", why="R25: weeks of gestation"),
        ],
        skips=[
            skip("No contractions", "R01", "negated"),
            skip("no vaginal bleeding", "R01", "negated"),
            skip("Tdap offered", "R07", "not given today"),
        ],
    ),
    NoteSpec(
        id="dev-r2-08", dos="2026-08-11",
        specialty="oncology", setting="outpatient", age=58, sex="F", payer="aetna", minutes=31,
        text="""
        MEDICAL ONCOLOGY FOLLOW-UP

        Diagnosis: Right breast invasive ductal carcinoma, stage IA, ER-positive, PR-positive, HER2-negative,
        status post lumpectomy and radiation in 2025, on adjuvant anastrozole since September 2025.

        Interval history: tolerating anastrozole with mild hot flashes. No new
        breast lumps, no bone pain, no weight loss. Her sister was diagnosed with breast cancer at 49 and
        her genetic testing was negative. She also has type 2 diabetes managed by her primary care physician
        on metformin, and hypothyroidism.

        Exam: Well-healed right lumpectomy scar, no masses, no axillary adenopathy.

        DEXA 07/2026: osteopenia, lowest T-score -1.8.

        Assessment and plan:
        1. Malignant neoplasm of right breast, ER-positive, on adjuvant anastrozole - continue; mammogram due
           in October.
        2. Osteopenia on aromatase inhibitor - calcium, vitamin D, repeat DEXA in 2 years.

        Total time 31 minutes.
        """,
        codes=[
            c("C50.911", "Malignant neoplasm of right breast, ER-positive, on adjuvant anastrozole",
              why="R20: breast cancer under current adjuvant treatment is coded as current"),
            c("Z17.0", "ER-positive, PR-positive", why="R22: estrogen receptor status"),
            c("Z17.21", "ER-positive, PR-positive", why="R22: progesterone receptor positive, documented on its own "
              "(FY2026 Z17: one code for each receptor; Z17.4- only when only a combined status is documented)"),
            c("Z17.32", "HER2-negative", why="R22: HER2 negative, documented on its own (FY2026 Z17)"),
            c("M85.80", "Osteopenia on aromatase inhibitor", why="R22: osteopenia, other disorder of bone density"),
            c("Z79.811", "on adjuvant anastrozole since September 2025", why="R10: long-term aromatase inhibitor"),
            c("Z80.3", "Her sister was diagnosed with breast cancer",
              why="R05: family history of the same condition as the problem addressed"),
            c("Z92.3", "lumpectomy and radiation in 2025",
              why="R06: history of irradiation, as in the other dev breast cancer notes (found on review)"),
            c("99214", "Total time 31 minutes", why="R14: established patient, 31 minutes"),
        ],
        skips=[
            skip("type 2 diabetes managed by her primary care physician", "R20", "not addressed by oncology"),
            skip("no bone pain", "R01", "negated"),
            skip("no axillary adenopathy", "R02", "normal exam"),
        ],
    ),
    NoteSpec(
        id="dev-r2-09", dos="2026-09-02",
        specialty="dermatology", setting="outpatient", age=74, sex="M", payer="medicare",
        text="""
        This is a 74-year-old man seen in follow-up for actinic keratoses. He had a basal cell carcinoma of
        the left cheek excised by Mohs surgery in 2019 without recurrence. He has rosacea controlled on
        topical metronidazole, which he uses nightly, and he would like a refill. On examination there are
        four rough scaly erythematous papules on the forehead and scalp consistent with actinic keratoses.
        There are several stuck-on waxy brown papules on the back consistent with seborrheic keratoses, which
        were left alone after reassurance. The Mohs scar on the left cheek is well healed with no sign of
        recurrence. Mild centrofacial erythema without pustules. The four actinic keratoses were treated with
        liquid nitrogen cryotherapy after verbal consent. Metronidazole 0.75 percent gel was refilled.
        Sun protection was reviewed and he will return in 6 months for a full skin examination.
        """,
        codes=[
            c("L57.0", "consistent with actinic keratoses", why="R22: actinic keratoses treated"),
            c("L71.9", "rosacea controlled on\n        topical metronidazole", why="R20: treated, refill"),
            c("L82.1", "consistent with seborrheic keratoses", why="R22: evaluated and counselled (IV.J)"),
            c("Z85.828", "basal cell carcinoma of\n        the left cheek excised",
              why="R06: excised skin cancer, surveillance"),
            c("17000", "treated with\n        liquid nitrogen cryotherapy",
              why="R18: destruction of the first premalignant lesion"),
            c("17003", "four actinic keratoses were treated", why="R18: lesions 2-4", units=3),
            c("99213", "Metronidazole 0.75 percent gel was refilled",
              why="R15: separate problem (rosacea) with prescription drug management", mods=["25"]),
        ],
        skips=[

            skip("no sign of\n        recurrence", "R01", "negated"),
            skip("without pustules", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r2-10", dos="2026-02-24",
        specialty="family medicine", setting="outpatient", age=72, sex="F", payer="medicare", minutes=27,
        text="""
        PRIMARY CARE FOLLOW-UP

        Reason for visit: 3-month follow-up, blood sugars.

        Problem list:
        - Type 2 diabetes mellitus
        - Essential hypertension
        - Hyperlipidemia
        - Age-related osteoporosis
        - Obstructive sleep apnea on CPAP
        - Chronic constipation
        - Glaucoma, both eyes
        - History of colon polyps
        - Status post total right knee replacement 2019
        - Former smoker, quit 1998

        Medications: metformin 1000 mg twice daily, lisinopril 20 mg daily, atorvastatin 40 mg nightly,
        alendronate 70 mg weekly, aspirin 81 mg daily, latanoprost eye drops, polyethylene glycol as needed.

        Interval history: Home fasting sugars 120-160. No hypoglycemia. Walking 20 minutes daily. No chest
        pain. Using CPAP nightly.

        Exam: BP 132/78. BMI 27. Feet: monofilament sensation intact, pulses 2+.

        Labs today: A1c 7.4 (was 7.9).

        Assessment and plan:
        1. Type 2 diabetes mellitus without complications - improving; continue metformin, recheck A1c in 3
           months.
        2. Essential hypertension - at goal, continue lisinopril.
        3. Hyperlipidemia - LDL 82 in December, continue atorvastatin.

        Total time 27 minutes.
        """,
        codes=[
            c("E11.9", "Type 2 diabetes mellitus without complications", why="R21: reason for the visit, first-listed"),
            c("I10", "Essential hypertension - at goal", why="R20: managed"),
            c("E78.5", "Hyperlipidemia - LDL 82", why="R20: managed"),
            c("Z79.84", "metformin 1000 mg twice daily", why="R10: long-term oral hypoglycemic"),
            c("Z87.891", "Former smoker, quit 1998", why="R06: former smoker"),
            c("83036", "A1c 7.4", why="R19: in-office A1c"),
            c("99213", "Total time 27 minutes", why="R14: established patient, 27 minutes"),
        ],
        skips=[
            skip("Age-related osteoporosis", "R20", "problem list only, not addressed this visit"),
            skip("Obstructive sleep apnea on CPAP", "R20", "problem list only, not addressed"),
            skip("Glaucoma, both eyes", "R20", "problem list only"),
            skip("alendronate 70 mg weekly", "R10", "its condition was not addressed this visit"),
            skip("aspirin 81 mg daily", "R10", "prophylaxis not addressed this visit"),
            skip("No hypoglycemia", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r2-11", dos="2026-03-28",
        specialty="emergency medicine", setting="outpatient", age=24, sex="M", payer="uhc", pos="23",
        text="""
        ED NOTE

        24-year-old man rolled his right ankle playing basketball 2 hours ago. Able to take 4 steps with a limp.
        Swelling over the lateral ankle. He has mild intermittent asthma, uses albuterol about once a month, and
        is otherwise well. No other injuries.

        Exam: Swelling and tenderness over the anterior talofibular ligament, right. No tenderness at the
        posterior edge or tip of either malleolus, navicular or base of the fifth metatarsal. Neurovascularly
        intact.

        Right ankle x-ray, ordered because of the swelling: no fracture, mortise intact.

        Impression: Sprain of the right ankle, lateral ligament, initial encounter.

        Plan: RICE, elastic wrap, crutches as needed, ibuprofen over the counter. Ankle exercises handout.
        Follow up with primary care if not improving in 1 week.
        """,
        codes=[
            c("S93.401A", "Sprain of the right ankle, lateral ligament, initial encounter",
              why="R12: initial encounter, active treatment; R11 right"),
            c("99283", "Impression:", why="R15: acute uncomplicated injury, x-ray ordered, OTC drugs: low MDM"),
        ],
        skips=[
            skip("mild intermittent asthma", "R20", "not addressed in the ED"),
            skip("no fracture", "R01", "negated"),
            skip("No other injuries", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r2-12", dos="2026-09-29",
        specialty="pediatrics", setting="outpatient", age=6, sex="M", payer="medicaid",
        text="""
        PEDIATRIC SICK VISIT

        6-year-old boy with mild persistent asthma on fluticasone 44 mcg 2 puffs twice daily, brought by his
        mother for 2 days of cough, wheeze and shortness of breath after a cold. Using albuterol every 4 hours.
        No fever. His mother has asthma. Father smokes in the apartment.

        Exam: RR 28, SpO2 95%. Diffuse expiratory wheeze, mild retractions. After the albuterol he brought
        from home, wheeze improved. TMs normal.

        Assessment:
        1. Mild persistent asthma with acute exacerbation, triggered by a viral cold.
        2. Exposure to secondhand smoke in the home - counseled father on cessation and smoking outdoors.

        Plan: Prednisolone 2 mg/kg daily for 5 days. Albuterol every 4 hours for 2 days then as needed.
        Continue fluticasone. Asthma action plan updated. Recheck in 3 days, sooner if breathing worsens.
        """,
        codes=[
            c("J45.31", "Mild persistent asthma with acute exacerbation", why="R22: severity and exacerbation"),
            c("Z77.22", "Exposure to secondhand smoke in the home", why="R22: environmental tobacco smoke exposure"),
            c("Z82.5", "His mother has asthma", why="R05: family history of the same condition as the problem treated"),
            c("99214", "Assessment:", why="R15: chronic illness with exacerbation, prescription drug management"),
        ],
        skips=[
            skip("No fever", "R01", "negated"),
            skip("TMs normal", "R02", "normal exam"),
            skip("sooner if breathing worsens", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r2-13", dos="2026-04-07",
        specialty="psychiatry", setting="outpatient", age=29, sex="F", payer="bcbs", new_patient=True, minutes=64,
        text="""
        PSYCHIATRIC EVALUATION - NEW PATIENT

        Referred by primary care for depression not responding to sertraline. She describes a current
        6-week episode of low mood, hypersomnia, guilt and poor concentration without suicidal ideation.
        In 2023 she had a week of little sleep, racing thoughts and spending $9,000, followed by a
        hospitalization. Uses cannabis most evenings to sleep; meets criteria for mild cannabis use disorder.
        Drinks socially. Never smoked tobacco. Her mother has bipolar disorder. Her brother has ADHD.

        Mental status: dysphoric mood, constricted affect, linear thoughts, no psychosis, no SI/HI.

        Formulation/diagnosis:
        1. Bipolar I disorder, current episode depressed, moderate.
        2. Cannabis use disorder, mild.
        3. Rule out attention-deficit hyperactivity disorder - screening scales sent.

        Plan: Taper off sertraline. Start lamotrigine 25 mg daily with slow titration; rash precautions.
        Baseline labs. Motivational interviewing about cannabis. Return in 2 weeks.

        Total time on the date of the encounter: 64 minutes.
        """,
        codes=[
            c("F31.32", "Bipolar I disorder, current episode depressed, moderate",
              why="R22: current episode and severity"),
            c("F12.10", "Cannabis use disorder, mild", why="R22: mild use disorder = abuse"),
            c("Z81.8", "Her mother has bipolar disorder",
              why="R05: family history of the same condition as the problem diagnosed"),
            c("99205", "Total time on the date of the encounter: 64 minutes",
              why="R14: new patient, 64 minutes total time"),
        ],
        skips=[
            skip("Rule out attention-deficit hyperactivity disorder", "R03", "uncertain outpatient diagnosis"),
            skip("Her brother has ADHD", "R05", "relative's condition not diagnosed in the patient"),
            skip("without suicidal ideation", "R01", "negated"),
            skip("Never smoked tobacco", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r2-14", dos="2026-05-19",
        specialty="obstetrics and gynecology", setting="outpatient", age=27, sex="F", payer="aetna", minutes=25,
        text="""
        GYNECOLOGY FOLLOW-UP

        27-year-old with polycystic ovary syndrome diagnosed in 2024 (irregular cycles, hirsutism, polycystic
        ovaries on ultrasound) here for follow-up on the combined oral contraceptive started 6 months ago.
        Cycles are now monthly. Hirsutism slightly better. No headaches, no leg swelling. Not a smoker.
        She has mild intermittent asthma and seasonal allergies.

        Vitals: BP 118/74. Weight 92 kg, BMI 33.4.

        Assessment and plan:
        1. Polycystic ovary syndrome - cycles regulated on the pill; continue. Fasting glucose and lipid panel
           ordered.
        2. Oral contraceptive surveillance - refilled for 12 months; BP normal.
        3. Obesity, class 1, BMI 33.4 - discussed nutrition and exercise; referral to the weight management
           program.

        Total time 25 minutes.
        """,
        codes=[
            c("E28.2", "Polycystic ovary syndrome - cycles regulated", why="R20: chronic condition managed"),
            c("Z30.41", "Oral contraceptive surveillance", why="R22: surveillance of contraceptive pills"),
            c("E66.811", "Obesity, class 1", why="R22: obesity by class"),
            c("Z68.33", "BMI 33.4 - discussed", why="R22: BMI with a weight diagnosis"),
            c("99213", "Total time 25 minutes", why="R14: established patient, 25 minutes"),
        ],
        skips=[
            skip("irregular cycles, hirsutism", "R23", "integral to PCOS"),
            skip("mild intermittent asthma and seasonal allergies", "R20", "not addressed"),
            skip("No headaches", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r2-15", dos="2026-01-19",
        specialty="hospital medicine", setting="inpatient", age=77, sex="M", payer="medicare", pos="21",
        text="""
        DISCHARGE SUMMARY

        Admission 01/14/2026, discharge 01/19/2026.

        Final diagnoses:
        Acute on chronic diastolic heart failure due to hypertensive heart disease.
        Paroxysmal atrial fibrillation, on apixaban.
        Type 2 diabetes mellitus with diabetic polyneuropathy, on insulin.
        Probable obstructive sleep apnea.

        HPI: 77-year-old man with the above conditions, gout and a remote cholecystectomy presented with
        2 weeks of dyspnea on exertion, orthopnea and 4 kg weight gain. Former smoker, quit 25 years ago.

        Hospital course: BNP 1,240; chest x-ray showed bilateral effusions. Echo: EF 60%, grade II diastolic
        dysfunction. He was diuresed with IV furosemide, 5 kg net negative, and discharged on oral torsemide.
        He remained in sinus rhythm; apixaban and metoprolol were continued. Glucose was managed with basal
        insulin. He snores loudly with witnessed apneas and daytime sleepiness; outpatient polysomnography is
        arranged. Gabapentin continued for neuropathic foot pain. Gout was quiet.

        Discharge medications: torsemide 20 mg daily, metoprolol succinate 50 mg, apixaban 5 mg twice daily,
        insulin glargine 18 units, gabapentin 300 mg at bedtime, allopurinol 100 mg.
        """,
        codes=[
            c("I11.0", "Acute on chronic diastolic heart failure due to hypertensive heart disease",
              why="R08: hypertensive heart disease with heart failure first; R21 principal"),
            c("I50.33", "Acute on chronic diastolic heart failure", why="R08: type and acuity of heart failure"),
            c("I48.0", "Paroxysmal atrial fibrillation", why="R20: treated (apixaban, metoprolol)"),
            c("E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy", why="R09: diabetic polyneuropathy"),
            c("G47.33", "Probable obstructive sleep apnea", why="R04: uncertain at discharge, coded (II.H)"),
            c("M10.9", "Gout was quiet", why="R20: chronic condition treated during the stay (allopurinol continued)"),
            c("Z79.01", "apixaban 5 mg twice daily", why="R10: long-term anticoagulant"),
            c("Z79.4", "insulin glargine 18 units", why="R10: long-term insulin"),
            c("Z87.891", "Former smoker, quit 25 years ago", why="R06: former smoker"),
        ],
        skips=[
            skip("remote cholecystectomy", "R20", "past history"),
            skip("dyspnea on exertion, orthopnea", "R23", "integral to heart failure"),
        ],
    ),
    NoteSpec(
        id="dev-r2-16", dos="2026-02-11",
        specialty="family medicine", setting="outpatient", age=68, sex="F", payer="medicare", minutes=14,
        text="""
        VIDEO VISIT (patient at home, audio and video, consent obtained)

        68-year-old woman with 2 days of burning with urination, frequency and urgency. No fever, no flank
        pain, no blood in the urine, no vaginal discharge. Last UTI 2 years ago. PMH: hypothyroidism on
        levothyroxine, osteoarthritis, hyperlipidemia. Allergic to sulfa (rash).

        Appears well on video, no distress.

        Assessment: Acute cystitis without hematuria.
        Plan: Nitrofurantoin 100 mg twice daily for 5 days, fluids. Call if fever, flank pain or no improvement
        in 48 hours.

        Total time 14 minutes.
        """,
        codes=[
            c("N30.00", "Acute cystitis without hematuria",
              why="R22: acute cystitis, no hematuria; R23 dysuria integral"),
            c("99212", "Total time 14 minutes", why="R14: established patient, 14 minutes"),
        ],
        skips=[
            skip("burning with urination", "R23", "integral to cystitis"),
            skip("PMH: hypothyroidism on\n        levothyroxine, osteoarthritis, hyperlipidemia",
                 "R20", "not addressed"),
            skip("No fever", "R01", "negated"),
            skip("Call if fever", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r2-17", dos="2026-06-16",
        specialty="nephrology", setting="outpatient", age=74, sex="M", payer="medicare", minutes=35,
        text="""
        Mr. Delgado is a 74-year-old man I follow for chronic kidney disease stage 3b due to longstanding
        hypertension. He has no diabetes. His creatinine today is 1.9 with an eGFR of 36, stable over the
        past year, and his urine albumin to creatinine ratio is 240. Home blood pressures run 128 to 136
        systolic on losartan 100 mg and amlodipine 5 mg. He had prostate cancer treated with external beam
        radiation in 2015 and his PSA remains undetectable. His gout has been quiet on allopurinol 100 mg,
        which I adjusted for his kidney function, and he will stay on that dose. He denies edema or dyspnea.
        On examination his blood pressure is 132/78 and he has no edema. My impression is hypertensive
        chronic kidney disease, stage 3b, stable, with gout controlled on allopurinol. We will continue
        losartan and amlodipine, start empagliflozin 10 mg daily for kidney protection, recheck a basic
        metabolic panel in 2 weeks and see him in 4 months. I spent 35 minutes on the date of the visit.
        """,
        codes=[
            c("I12.9", "hypertensive\n        chronic kidney disease, stage 3b", why="R08: hypertensive CKD stage 1-4"),
            c("N18.32", "chronic kidney disease, stage 3b, stable", why="R22: CKD stage 3b"),
            c("M10.9", "gout controlled on allopurinol", why="R20: chronic condition treated (dose adjusted)"),
            c("Z85.46", "He had prostate cancer treated with external beam\n        radiation in 2015",
              why="R06: history of prostate cancer, no current disease"),
            c("Z92.3", "external beam\n        radiation in 2015", why="R06: history of irradiation"),
            c("99214", "I spent 35 minutes", why="R14: established patient, 35 minutes"),
        ],
        skips=[
            skip("He has no diabetes", "R01", "negated"),
            skip("denies edema or dyspnea", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r2-18", dos="2026-08-25",
        specialty="urgent care", setting="outpatient", age=33, sex="M", payer="cigna", new_patient=True,
        minutes=31,
        text="""
        URGENT CARE VISIT

        Chief complaint: right hand injury.

        33-year-old right-handed man punched a wall last night. Pain and swelling over the right small finger
        knuckle. No wound. Type 2 diabetes on metformin, well controlled per his endocrinologist; no other
        history.

        Exam: Swelling and tenderness over the right fifth metacarpal neck, mild rotational deformity absent,
        skin intact.

        X-ray right hand, reviewed: displaced fracture of the fifth metacarpal neck with 30 degrees of
        angulation.

        Assessment: Displaced fracture of neck of right fifth metacarpal, closed, initial encounter.

        Plan: Ulnar gutter splint, ice, elevation, ibuprofen. Hand surgery appointment tomorrow.

        Total time 31 minutes.
        """,
        codes=[
            c("S62.336A", "Displaced fracture of neck of right fifth metacarpal, closed, initial encounter",
              why="R12: initial encounter; R11 right; R23 pain and swelling integral"),
            c("99203", "Total time 31 minutes", why="R14: new patient, 31 minutes"),
        ],
        skips=[
            skip("Type 2 diabetes on metformin", "R20", "not addressed at this visit"),
            skip("No wound", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r2-19", dos="2026-01-13",
        specialty="family medicine", setting="outpatient", age=67, sex="M", payer="medicare",
        text="""
        ACUTE VISIT - FAMILY MEDICINE

        Problem list:
        1. COPD, on home oxygen 2 L at night and with exertion
        2. Essential hypertension
        3. Type 2 diabetes mellitus
        4. Hypothyroidism
        5. Depression
        6. GERD
        7. Benign prostatic hyperplasia
        8. History of prostate cancer, s/p radical prostatectomy 2018
        9. Tobacco use

        Medications: tiotropium daily, albuterol inhaler as needed, home oxygen, lisinopril 20 mg, metformin
        1000 mg twice daily, levothyroxine 100 mcg, sertraline 50 mg, omeprazole 20 mg, tamsulosin 0.4 mg.

        Subjective: 4 days of more cough with yellow-green sputum and shortness of breath walking to the
        mailbox; using albuterol every 3 hours. No fever, no chest pain. Still smoking half a pack a day.

        Exam: SpO2 88% on room air, 93% on 2 L. Scattered wheezes and prolonged expiration. No edema.

        Assessment/Plan:
        1. COPD with acute exacerbation - prednisone 40 mg daily for 5 days, doxycycline 100 mg twice daily for
           5 days, albuterol nebulizer at home. Return or call 911 if breathing worsens.
        2. Chronic respiratory failure with hypoxia, on home oxygen - continue 2 L, use continuously this week.
        3. Nicotine dependence, cigarettes - advised to quit; he is not ready.
        4. Type 2 diabetes - prednisone will raise sugars; check fingersticks twice daily, continue metformin.
        """,
        codes=[
            c("J44.1", "COPD with acute exacerbation", why="R22: COPD with exacerbation, reason for the visit"),
            c("J96.11", "Chronic respiratory failure with hypoxia", why="R22: chronic hypoxic respiratory failure"),
            c("F17.210", "Nicotine dependence, cigarettes", why="R22: current cigarette dependence"),
            c("E11.9", "Type 2 diabetes - prednisone", why="R20: managed (monitoring for steroid hyperglycemia)"),
            c("Z99.81", "on home oxygen - continue 2 L", why="R06: dependence on supplemental oxygen"),
            c("Z79.84", "metformin\n        1000 mg twice daily", why="R10: long-term oral hypoglycemic"),
            c("99214", "Assessment/Plan:", why="R15: chronic illness with exacerbation, prescription drug management"),
        ],
        skips=[
            skip("History of prostate cancer, s/p radical prostatectomy 2018", "R20", "problem list only"),
            skip("Hypothyroidism", "R20", "problem list only, not addressed"),
            skip("Benign prostatic hyperplasia", "R20", "problem list only"),
            skip("No fever, no chest pain", "R01", "negated"),
            skip("call 911 if breathing worsens", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r2-20", dos="2026-03-03",
        specialty="gastroenterology", setting="outpatient", age=58, sex="M", payer="bcbs", new_patient=True,
        minutes=48,
        text="""
        Mr. Lindqvist is a 58-year-old man referred by his primary care physician for elevated liver enzymes
        found on routine labs. His ALT is 88 and AST 62 on two occasions three months apart. He drinks alcohol
        rarely, one or two drinks a month, and takes no supplements. Hepatitis B surface antigen, hepatitis C
        antibody, iron studies and ceruloplasmin were all negative or normal. His abdominal ultrasound shows
        diffuse hepatic steatosis without a mass. He has type 2 diabetes managed by his primary care physician
        and hypertension. His father had colon cancer at 60; his own screening colonoscopy in 2021 was normal.
        On examination his weight is 132 kg and BMI 41.2, with central adiposity and no stigmata of chronic
        liver disease. My impression is nonalcoholic fatty liver disease with class 3 obesity, BMI 41.2. His
        FIB-4 score is 1.1, low risk for advanced fibrosis. I recommended a 7 to 10 percent weight loss with a
        Mediterranean diet and 150 minutes of exercise a week and referred him to the bariatric program. We
        will repeat liver enzymes in 6 months and an elastography in a year. Because of his father's colon
        cancer his next colonoscopy is due in 2026 and we will schedule it. I spent 48 minutes on the date of
        the visit, including review of the outside records.
        """,
        codes=[
            c("K76.0", "nonalcoholic fatty liver disease", why="R22: NAFLD (fatty liver NEC); R23 enzymes integral"),
            c("E66.813", "class 3 obesity", why="R22: obesity by class, addressed (weight loss, bariatric referral)"),
            c("Z68.41", "BMI 41.2, with", "BMI 41.2. His", why="R22: BMI with a weight diagnosis"),
            c("Z80.0", "His father had colon cancer",
              why="R05: family history of colon cancer, same organ system; sets the surveillance interval"),
            c("99204", "I spent 48 minutes", why="R14: new patient, 48 minutes total time"),
        ],
        skips=[
            skip("elevated liver enzymes", "R23", "explained by the fatty liver"),
            skip("type 2 diabetes managed by his primary care physician", "R20", "not addressed"),
            skip("without a mass", "R01", "negated"),
            skip("we will schedule it", "R07", "planned, not done today"),
        ],
    ),
    NoteSpec(
        id="dev-r2-21", dos="2026-02-06",
        specialty="hospital medicine", setting="inpatient", age=86, sex="F", payer="medicare", pos="21",
        text="""
        DISCHARGE SUMMARY

        Admitted 02/03/2026 from her assisted living facility. Discharged 02/06/2026.

        Principal diagnosis: Acute gastroenteritis, presumed viral.
        Secondary diagnoses: Dehydration. Hyponatremia. Dementia. Hypertension.
        Code status: DNR, confirmed with her daughter (health care proxy).

        History: 86-year-old woman with dementia without behavioral disturbance, hypertension and remote
        hysterectomy presented with 2 days of vomiting and watery diarrhea, poor oral intake and lethargy. Two
        other residents at her facility had similar illness.

        Hospital course: Sodium 128 on admission, BUN 42, creatinine 1.1 (baseline 0.9). Stool C. difficile
        PCR negative; stool culture negative. She received IV normal saline with sodium improving to 136.
        Diarrhea resolved by day 3 and she tolerated a regular diet. Lisinopril was held on admission for low
        blood pressure and resumed at discharge. She remained at her cognitive baseline, oriented to self only.

        Discharge medications: lisinopril 10 mg daily, donepezil 10 mg nightly, acetaminophen as needed.
        Return to assisted living with home health.
        """,
        codes=[
            c("A08.4", "Acute gastroenteritis, presumed viral",
              why="R04: uncertain at discharge, coded as established (II.H); R21 principal"),
            c("E86.0", "Dehydration", why="R20: treated with IV fluids"),
            c("E87.1", "Hyponatremia", why="R20: treated"),
            c("F03.90", "Dementia.", "dementia without behavioral disturbance",
              why="R22: dementia, severity unspecified, without disturbance; treated (donepezil)"),
            c("I10", "Hypertension.", why="R20: treated (lisinopril held and resumed)"),
            c("Z66", "DNR", why="R22: do-not-resuscitate status documented"),
        ],
        skips=[
            skip("C. difficile\n        PCR negative", "R01", "negated"),
            skip("vomiting and watery diarrhea", "R23", "integral to gastroenteritis"),
            skip("remote\n        hysterectomy", "R20", "past history"),
        ],
    ),
    NoteSpec(
        id="dev-r2-22", dos="2026-09-15",
        specialty="pediatrics", setting="outpatient", age=9, sex="M", payer="medicaid",
        text="""
        ADHD FOLLOW-UP

        9-year-old boy with ADHD, combined type, on methylphenidate ER 27 mg each morning since March, here
        with his father. Teacher and parent Vanderbilt forms completed and scored today: inattention and
        hyperactivity both improved, now in the normal range at school. Appetite lower at lunch but eating a
        big dinner; weight stable on his curve. Sleeping well. He has mild intermittent asthma, no recent
        symptoms. His father was diagnosed with ADHD as an adult.

        Exam: BP 102/64, HR 88. Weight 29 kg (50th percentile). Normal exam.

        Assessment: Attention-deficit hyperactivity disorder, combined type - well controlled on
        methylphenidate ER 27 mg; continue, 30-day prescription sent. Recheck in 3 months with Vanderbilt
        forms.
        """,
        codes=[
            c("F90.2", "Attention-deficit hyperactivity disorder, combined type",
              why="R22: combined type, managed"),
            c("Z81.8", "His father was diagnosed with ADHD", why="R05: family history of the same condition"),
            c("99213", "Assessment:", why="R15: stable chronic illness, prescription drug management, parent as "
              "independent historian and scored forms: low MDM"),
            c("96127", "Vanderbilt forms completed and scored today", why="R19: two scored instruments", units=2),
        ],
        skips=[
            skip("mild intermittent asthma", "R20", "not addressed"),
            skip("methylphenidate ER 27 mg each morning", "R10", "no specific Z79 code; Z79.899 not used here"),
        ],
    ),
    NoteSpec(
        id="dev-r2-23", dos="2026-04-21",
        specialty="dermatology", setting="outpatient", age=49, sex="F", payer="aetna",
        text="""
        DERMATOLOGY FOLLOW-UP

        49-year-old woman with plaque psoriasis on methotrexate 15 mg weekly and folic acid since last year.
        Body surface area down from 12% to 4%. No mouth sores, no cough. No joint pain or morning stiffness.
        Alcohol: none. She had a squamous cell carcinoma of the right forearm excised in 2022, no recurrence.

        Labs reviewed: CBC normal, AST 24, ALT 30, creatinine 0.7.

        Exam: Thin plaques on elbows and knees, scalp clear. Right forearm scar without nodules. No other
        suspicious lesions on a full skin examination.

        Assessment:
        1. Psoriasis vulgaris, improving on methotrexate - continue 15 mg weekly with folic acid; CBC and
           liver panel every 3 months.
        2. History of cutaneous squamous cell carcinoma - no recurrence; skin checks every 6 months.

        Return in 3 months.
        """,
        codes=[
            c("L40.0", "Psoriasis vulgaris, improving on methotrexate", why="R22: plaque psoriasis, treated"),
            c("Z85.828", "History of cutaneous squamous cell carcinoma",
              why="R06: excised skin cancer under surveillance"),
            c("Z79.631", "methotrexate 15 mg weekly", why="R10: long-term antimetabolite with lab monitoring"),
            c("99213", "Assessment:", why="R15: stable chronic illness, 2 labs reviewed: low MDM (drug monitoring "
              "risk alone does not raise it)"),
        ],
        skips=[
            skip("No joint pain", "R01", "negated"),
            skip("No other\n        suspicious lesions", "R02", "normal exam"),
        ],
    ),
    NoteSpec(
        id="dev-r2-24", dos="2026-05-26",
        specialty="orthopedics", setting="outpatient", age=81, sex="F", payer="medicare", new_patient=True,
        minutes=34,
        text="""
        ORTHOPAEDIC CLINIC - NEW TO PRACTICE

        81-year-old woman who fell from standing in her kitchen 8 weeks ago and sustained a left femoral neck
        fracture, fixed with cannulated screws at another hospital by the trauma service; she moved here to
        live with her daughter and establishes care for follow-up. DEXA in the hospital showed age-related
        osteoporosis, T-score -3.0; alendronate was started at discharge and she takes it weekly.

        She walks with a walker, mild groin ache at the end of the day. No numbness.

        Exam: Healed incision. Painless hip rotation. Neurovascularly intact.

        X-rays of the left hip today: screws in good position, fracture line fading, no displacement.

        Assessment: Fragility fracture of the left femoral neck due to age-related osteoporosis, routine
        healing, subsequent encounter. Osteoporosis - continue alendronate, calcium and vitamin D.

        Plan: Weight bearing as tolerated, home physical therapy for gait. Return in 6 weeks.

        Total time 34 minutes.
        """,
        codes=[
            c("M80.052D", "Fragility fracture of the left femoral neck due to age-related osteoporosis",
              why="R13: osteoporotic fracture (M80, not S72); R12 7th character D routine healing; R11 left"),
            c("Z79.83", "alendronate was started at discharge and she takes it weekly",
              why="R10: long-term bisphosphonate, osteoporosis addressed"),
            c("99203", "Total time 34 minutes", why="R14: new patient, 34 minutes"),
        ],
        skips=[
            skip("mild groin ache", "R23", "integral to the healing fracture"),
            skip("No numbness", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r2-25", dos="2026-07-04",
        specialty="emergency medicine", setting="outpatient", age=46, sex="M", payer="cigna", pos="23",
        text="""
        EMERGENCY DEPARTMENT NOTE

        HPI: 46-year-old man with 6 hours of left-sided chest pain, sharp, worse with twisting and deep breaths,
        after moving furniture yesterday. No exertional component, no diaphoresis, no shortness of breath.
        History of hypertension and hyperlipidemia on lisinopril and atorvastatin. Nonsmoker.

        Exam: BP 142/88, HR 76, SpO2 99%. Reproducible tenderness over the left 4th and 5th costochondral
        junctions. Lungs clear. Calves soft and nontender.

        ECG interpreted by me: normal sinus rhythm, rate 74, no ST changes.
        Troponin 0 and 2 hours negative. CBC and BMP normal. Chest x-ray: no acute process.

        MDM: Chest pain, likely musculoskeletal strain of the chest wall. ACS unlikely with two negative
        troponins, normal ECG and HEART score 2. PE unlikely, PERC negative.

        Diagnosis: Chest pain, probably musculoskeletal.

        Disposition: Home. Ibuprofen and heat. Primary care follow-up in 1 week; return for exertional pain or
        shortness of breath.
        """,
        codes=[
            c("R07.9", "Chest pain, probably musculoskeletal", why="R03: ED uncertain diagnosis; the symptom is coded"),
            c("99284", "MDM:", why="R15: undiagnosed new problem with uncertain prognosis, troponins, CBC, BMP, "
              "chest x-ray: moderate MDM"),
            c("93010", "ECG interpreted by me", why="R18: ECG interpretation and report by the ED physician"),
        ],
        skips=[
            skip("likely musculoskeletal strain of the chest wall", "R03", "uncertain outpatient diagnosis"),
            skip("History of hypertension and hyperlipidemia", "R20", "not addressed in the ED"),
            skip("ACS unlikely", "R01", "ruled out"),
            skip("no shortness of breath", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r2-26", dos="2026-08-04",
        specialty="oncology", setting="outpatient", age=63, sex="F", payer="medicare", minutes=46,
        text="""
        THORACIC ONCOLOGY VISIT

        Diagnosis: Adenocarcinoma of the left upper lobe of the lung, stage IV, with brain metastases treated
        with stereotactic radiosurgery in January; on pembrolizumab every 3 weeks since February.

        Interval: Fatigue is mild. Left chest wall pain from the primary tumor is controlled on oxycodone ER
        10 mg twice daily. Hypothyroidism from pembrolizumab diagnosed in June, on levothyroxine 50 mcg, TSH
        now 3.2. No headaches, no new neurologic symptoms. Former smoker, 40 pack-years, quit 2024.

        Exam: ECOG 1. No focal deficits.

        Data: CT chest/abdomen/pelvis and MRI brain last week reviewed: stable disease, no new brain lesions.

        Assessment and plan:
        1. Malignant neoplasm of left upper lobe lung, stage IV - stable on pembrolizumab; continue.
        2. Secondary malignant neoplasm of brain - stable after radiosurgery; MRI in 3 months.
        3. Neoplasm-related pain - controlled; continue oxycodone ER, bowel regimen.
        4. Hypothyroidism due to pembrolizumab - continue levothyroxine.

        I spent 46 minutes on the date of the visit.
        """,
        codes=[
            c("C34.12", "Malignant neoplasm of left upper lobe lung", why="R22: site and side; current treatment"),
            c("C79.31", "Secondary malignant neoplasm of brain", why="R22: brain metastases"),
            c("G89.3", "Neoplasm-related pain", why="R22: pain due to the neoplasm, managed"),
            c("E03.2", "Hypothyroidism due to pembrolizumab", why="R22: hypothyroidism due to a drug"),
            c("T45.1X5A", "Hypothyroidism due to pembrolizumab",
              why="R12: adverse effect of an antineoplastic drug correctly given"),
            c("Z79.891", "oxycodone ER\n        10 mg twice daily", why="R10: long-term opiate analgesic"),
            c("Z92.3", "stereotactic radiosurgery in January", why="R06: history of irradiation"),
            c("Z87.891", "Former smoker, 40 pack-years, quit 2024", why="R06: former smoker"),
            c("99215", "I spent 46 minutes", why="R14: established patient, 46 minutes"),
        ],
        skips=[
            skip("No headaches", "R01", "negated"),
            skip("on pembrolizumab every 3 weeks", "R10", "immunotherapy by infusion: no Z79 assigned here"),
        ],
    ),
    NoteSpec(
        id="dev-r2-27", dos="2026-03-17",
        specialty="obstetrics and gynecology", setting="outpatient", age=52, sex="F", payer="bcbs",
        text="""
        ANNUAL GYNECOLOGIC EXAMINATION

        52-year-old G2P2, postmenopausal since age 50, here for her annual well-woman exam. No postmenopausal
        bleeding. Hot flashes have resolved. Sexually active with her husband, no pain. Her mother had breast
        cancer at 48; her own last mammogram was 14 months ago. PMH: hypothyroidism, migraine. Medications:
        levothyroxine 75 mcg, sumatriptan as needed. Nonsmoker.

        Exam: BP 122/76, BMI 24. Breasts without masses or skin changes, no axillary nodes. Pelvic: normal
        external genitalia, atrophic vaginal mucosa, cervix without lesions, uterus and adnexa normal size
        and nontender. Pap smear with HPV co-testing collected.

        Assessment: Routine gynecologic examination, normal. Family history of breast cancer in her mother -
        screening mammogram ordered today; discussed genetic counseling referral, which she declined.

        Plan: Pap/HPV results by portal. Mammogram. Calcium and vitamin D intake reviewed. Return in 1 year.
        """,
        codes=[
            c("Z01.419", "Routine gynecologic examination, normal", why="R17: routine gynecological exam first"),
            c("Z11.51", "Pap smear with HPV co-testing collected", why="R22: HPV screening with the exam"),
            c("Z80.3", "Her mother had breast\n        cancer", "Family history of breast cancer in her mother",
              why="R05: family history prompting breast cancer screening"),
            c("99396", "Assessment:", why="R17: preventive visit, established patient, age 40-64"),
        ],
        skips=[
            skip("No postmenopausal\n        bleeding", "R01", "negated"),
            skip("Hot flashes have resolved", "R20", "resolved symptom"),
            skip("PMH: hypothyroidism, migraine", "R20", "not addressed"),
            skip("screening mammogram ordered", "R19", "ordered, not done today"),
        ],
    ),
    NoteSpec(
        id="dev-r2-28", dos="2026-04-30",
        specialty="hospital medicine", setting="inpatient", age=74, sex="M", payer="medicare", pos="21",
        text="""
        DISCHARGE SUMMARY

        Admit date: 04/27/2026. Discharge date: 04/30/2026.

        Discharge diagnoses:
        1. Upper gastrointestinal bleeding from a duodenal ulcer, H. pylori positive
        2. Acute blood loss anemia, transfused 2 units
        3. Permanent atrial fibrillation on apixaban
        4. Essential hypertension

        Presentation: 74-year-old man with permanent atrial fibrillation on apixaban, hypertension, BPH and
        a remote appendectomy presented with 2 days of black stools and lightheadedness. Hemoglobin 7.1
        (baseline 13). He takes naproxen for knee pain several times a week.

        Course: Apixaban was held. EGD on day 1 showed a 1.2 cm clean-based duodenal bulb ulcer; biopsies
        positive for H. pylori. He received 2 units of packed red cells and IV pantoprazole; hemoglobin
        stable at 9.4. Started quadruple therapy for H. pylori. Naproxen stopped permanently. Apixaban
        resumed on day 3 after discussion with cardiology given his stroke risk. Amlodipine continued.

        Discharge medications: pantoprazole 40 mg twice daily, bismuth, tetracycline, metronidazole,
        apixaban 5 mg twice daily, amlodipine 5 mg daily.
        """,
        codes=[
            c("K26.4", "Upper gastrointestinal bleeding from a duodenal ulcer",
              why="R21: principal; R22 duodenal ulcer with hemorrhage (combination code)"),
            c("B96.81", "H. pylori positive", why="R22: organism as the cause of the ulcer"),
            c("D62", "Acute blood loss anemia", why="R20: treated with transfusion"),
            c("I48.21", "Permanent atrial fibrillation", why="R22: permanent AF, managed (anticoagulation)"),
            c("I10", "Essential hypertension", why="R20: treated (amlodipine)"),
            c("Z79.01", "apixaban 5 mg twice daily", why="R10: long-term anticoagulant, resumed at discharge"),
        ],
        skips=[
            skip("remote appendectomy", "R20", "past history"),
            skip("BPH", "R20", "not treated or evaluated during the stay"),
            skip("black stools", "R23", "integral to the bleeding ulcer"),
            skip("Naproxen stopped", "R10", "stopped"),
        ],
    ),
    NoteSpec(
        id="dev-r2-29", dos="2026-06-09",
        specialty="emergency medicine", setting="outpatient", age=2, sex="F", payer="medicaid", pos="23",
        text="""
        PEDIATRIC EMERGENCY DEPARTMENT

        2-year-old girl brought by her parents for 2 days of fever to 103.1, fussiness and decreased intake.
        Fewer wet diapers today. No cough, no rhinorrhea, no vomiting, no diarrhea, no rash. Born full term;
        immunizations up to date. No prior UTIs.

        Exam: T 102.6, HR 150. Tired but consolable, mucous membranes slightly dry, capillary refill 2
        seconds. TMs and throat normal. Lungs clear. Abdomen soft. No meningismus.

        Catheterized urinalysis: positive leukocyte esterase and nitrite, 50 WBC/hpf. Urine culture sent.
        CBC: WBC 16.8.

        MDM: Febrile urinary tract infection in a 2-year-old, nontoxic, tolerating an oral challenge of
        juice after ibuprofen. Mild dehydration corrected orally. Outpatient treatment appropriate.

        Impression: Urinary tract infection. Mild dehydration.

        Plan: Cefdinir 14 mg/kg/day for 10 days. Follow culture. Pediatrician in 48 hours; return for
        vomiting, lethargy or fewer wet diapers.
        """,
        codes=[
            c("N39.0", "Urinary tract infection.", why="R22: UTI, site not specified; R23 fever integral"),
            c("E86.0", "Mild dehydration corrected", "Mild dehydration.", why="R20: treated (oral rehydration)"),
            c("99284", "MDM:", why="R15: acute illness with systemic symptoms, urinalysis/culture/CBC, "
              "prescription drug management: moderate MDM"),
        ],
        skips=[
            skip("fever to 103.1", "R23", "integral to the febrile UTI"),
            skip("No cough", "R01", "negated"),
            skip("No meningismus", "R02", "normal exam"),
            skip("return for\n        vomiting", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r2-30", dos="2026-05-05",
        specialty="nephrology", setting="outpatient", age=61, sex="F", payer="medicare", minutes=32,
        text="""
        NEPHROLOGY CLINIC FOLLOW-UP

        61-year-old woman with end-stage renal disease from diabetic nephropathy and hypertension, on
        in-center hemodialysis Monday/Wednesday/Friday through a left arm AV fistula since 2024. Type 2
        diabetes on insulin glargine. Dialysis going well, no cramping, no missed sessions. Hemoglobin 10.4 on
        darbepoetin. PTH 512, phosphorus 6.1 on sevelamer. Also followed for glaucoma by ophthalmology.

        Exam: BP 148/82 post-dialysis. Fistula with good thrill and bruit. Trace edema.

        Assessment:
        1. End-stage renal disease due to diabetic nephropathy and hypertension, on hemodialysis - adequate
           clearance; continue.
        2. Anemia in chronic kidney disease - at goal on darbepoetin.
        3. Secondary hyperparathyroidism of renal origin - PTH high; start cinacalcet 30 mg, continue
           sevelamer, dietary phosphorus teaching.
        4. Hypertension - above goal; lower dry weight by 0.5 kg.

        I spent 32 minutes on the date of the visit.
        """,
        codes=[
            c("E11.22", "End-stage renal disease due to diabetic nephropathy", why="R09: diabetic CKD; R21 first"),
            c("I12.0", "End-stage renal disease due to diabetic nephropathy and hypertension",
              why="R08: hypertensive CKD with ESRD"),
            c("N18.6", "End-stage renal disease due", why="R09: use additional code for the stage (ESRD)"),
            c("D63.1", "Anemia in chronic kidney disease", why="R22: anemia in CKD"),
            c("N25.81", "Secondary hyperparathyroidism of renal origin", why="R22: treated"),
            c("Z99.2", "on\n        in-center hemodialysis", "on hemodialysis",
              why="R06: dependence on renal dialysis"),
            c("Z79.4", "insulin glargine", why="R10: long-term insulin"),
            c("99214", "I spent 32 minutes", why="R14: established patient, 32 minutes"),
        ],
        skips=[
            skip("glaucoma", "R20", "followed elsewhere, not addressed"),
            skip("no cramping", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r2-31", dos="2026-07-14",
        specialty="psychiatry", setting="outpatient", age=34, sex="M", payer="medicare", minutes=28,
        text="""
        TELEPSYCHIATRY VISIT (video; patient at home)

        34-year-old veteran with chronic post-traumatic stress disorder from a 2019 deployment. Nightmares
        3-4 nights a week and sleep onset insomnia despite sleep hygiene; hypervigilance unchanged. Attends
        weekly trauma-focused therapy. Drinks 2 beers most nights, no withdrawal, does not meet criteria for a
        use disorder. Denies suicidal ideation. PMH: hypertension, lumbar strain. Medications: sertraline
        150 mg, lisinopril 10 mg.

        Mental status: anxious mood, full affect, logical, no SI/HI, no psychosis.

        Assessment:
        1. Post-traumatic stress disorder, chronic - partial response to sertraline; add prazosin 1 mg at
           bedtime for nightmares, titrate by 1 mg weekly to 3 mg.
        2. Insomnia due to PTSD - prazosin as above, CBT-I workbook.
        3. Alcohol use - counseled to limit to 2 drinks a day and not to use it for sleep.

        Follow up by video in 4 weeks. Total time 28 minutes.
        """,
        codes=[
            c("F43.12", "Post-traumatic stress disorder, chronic", why="R22: chronic PTSD"),
            c("F51.05", "Insomnia due to PTSD", why="R22: insomnia due to another mental disorder (code also F43)"),
            c("99213", "Total time 28 minutes", why="R14: established patient, 28 minutes"),
        ],
        skips=[
            skip("Drinks 2 beers most nights", "R20", "use without a disorder: no F10 code (I.C.5.b.3)"),
            skip("Denies suicidal ideation", "R01", "negated"),
            skip("PMH: hypertension, lumbar strain", "R20", "not addressed"),
            skip("Nightmares", "R23", "integral to PTSD"),
        ],
    ),
    NoteSpec(
        id="dev-r2-32", dos="2026-08-18",
        specialty="orthopedics", setting="outpatient", age=63, sex="M", payer="aetna", minutes=28,
        text="""
        SHOULDER CLINIC

        63-year-old right-hand-dominant man returns to review his MRI for 4 months of right shoulder pain with
        overhead activity and night pain. No injury. He has type 2 diabetes and hyperlipidemia managed by his
        primary care physician.

        MRI right shoulder (reviewed with him): full-thickness tear of the supraspinatus tendon, 1.2 cm, without
        retraction or muscle atrophy. Mild acromioclavicular arthrosis.

        Exam: Weak external rotation and positive drop-arm test on the right. Left shoulder normal.

        Assessment: Complete rotator cuff tear of the right shoulder, atraumatic.

        Plan: We discussed arthroscopic repair versus physical therapy; he prefers a 3-month trial of therapy
        first. Referral placed. Acetaminophen as needed. Return in 3 months or sooner to schedule surgery.

        Total time 28 minutes.
        """,
        codes=[
            c("M75.121", "Complete rotator cuff tear of the right shoulder, atraumatic",
              why="R11: right; R22 complete, not traumatic; R23 shoulder pain integral"),
            c("99213", "Total time 28 minutes", why="R14: established patient, 28 minutes"),
        ],
        skips=[
            skip("type 2 diabetes and hyperlipidemia", "R20", "managed elsewhere, not addressed"),
            skip("right shoulder pain", "R23", "integral to the tear"),
            skip("No injury", "R01", "negated"),
            skip("Left shoulder normal", "R02", "normal exam"),
        ],
    ),
    NoteSpec(
        id="dev-r2-33", dos="2026-01-20",
        specialty="internal medicine", setting="outpatient", age=70, sex="F", payer="medicare", minutes=22,
        text="""
        VIDEO VISIT - INTERNAL MEDICINE (audio-video, patient at home, consent documented)

        Past medical history: essential hypertension; hypothyroidism; vitamin D deficiency; asthma, mild
        intermittent; GERD; migraine without aura; status post cholecystectomy 2012; cataract surgery both eyes.

        Medications: amlodipine 5 mg, levothyroxine 100 mcg, vitamin D3 2000 units, albuterol as needed,
        omeprazole 20 mg, sumatriptan as needed.

        She checks her blood pressure at home: 118-126/70-78. Labs drawn last week: TSH 1.9, 25-OH vitamin D
        38 (was 14). Feels well. No headaches this month.

        Assessment and plan:
        1. Essential hypertension - at goal on home readings; continue amlodipine.
        2. Hypothyroidism - TSH normal; continue levothyroxine 100 mcg.
        3. Vitamin D deficiency - replete; reduce vitamin D3 to 1000 units daily.

        Total time 22 minutes.
        """,
        codes=[
            c("I10", "Essential hypertension - at goal", why="R20: managed"),
            c("E03.9", "Hypothyroidism - TSH normal", why="R20: managed"),
            c("E55.9", "Vitamin D deficiency - replete", why="R20: managed (dose changed)"),
            c("99213", "Total time 22 minutes", why="R14: established patient, 22 minutes"),
        ],
        skips=[
            skip("asthma, mild\n        intermittent", "R20", "history list, not addressed"),
            skip("migraine without aura", "R20", "history list, not addressed"),
            skip("status post cholecystectomy 2012", "R20", "past surgery, not relevant"),
            skip("No headaches this month", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r2-34", dos="2026-09-08",
        specialty="dermatology", setting="outpatient", age=31, sex="F", payer="uhc", minutes=26,
        text="""
        DERMATOLOGY FOLLOW-UP

        31-year-old woman with hidradenitis suppurativa of both axillae and groin, Hurley stage II, on
        doxycycline 100 mg twice daily for 3 months with fewer flares; one draining nodule in the left axilla
        this week. Her mother has hidradenitis as well. She smokes half a pack a day. BMI 36.2.

        Exam: Sinus tracts and scarring in both axillae, one inflamed nodule left axilla, no abscess to drain.

        Assessment:
        1. Hidradenitis suppurativa, Hurley II - continue doxycycline; chlorhexidine wash; discussed adalimumab
           if flares continue.
        2. Nicotine dependence, cigarettes - smoking worsens hidradenitis; counseled, she will try nicotine
           patches; patch prescription sent.
        3. Obesity, BMI 36.2 - weight loss improves hidradenitis; nutrition referral placed.

        Total time 26 minutes.
        """,
        codes=[
            c("L73.2", "Hidradenitis suppurativa, Hurley II", why="R22: hidradenitis, treated"),
            c("F17.210", "Nicotine dependence, cigarettes", why="R22: current cigarette dependence, treated"),
            c("E66.9", "Obesity, BMI 36.2", why="R22: obesity, class not documented"),
            c("Z68.36", "BMI 36.2 - weight", why="R22: BMI with a weight diagnosis"),
            c("Z84.0", "Her mother has hidradenitis", why="R05: family history of the same skin condition"),
            c("99213", "Total time 26 minutes", why="R14: established patient, 26 minutes"),
        ],
        skips=[
            skip("no abscess to drain", "R01", "negated"),
            skip("discussed adalimumab\n           if flares continue", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-r2-35", dos="2026-09-12",
        specialty="emergency medicine", setting="outpatient", age=19, sex="M", payer="uhc", pos="23",
        text="""
        ED PROVIDER NOTE

        CC: head injury

        19-year-old man fell off his skateboard 3 hours ago and struck the back of his head; helmet not worn.
        No loss of consciousness. Mild headache and feels "foggy". No vomiting, no neck pain, no weakness.
        Takes no medications. No past medical history.

        Exam: GCS 15. 3 cm abrasion of the occipital scalp, no laceration or hematoma. Pupils equal and
        reactive, normal neurologic exam. No cervical spine tenderness.

        CT head without contrast, ordered and reviewed: no intracranial hemorrhage or fracture.

        Impression:
        1. Concussion without loss of consciousness, initial encounter.
        2. Abrasion of scalp.

        Plan: Wound cleaned by nursing, bacitracin. Cognitive and physical rest 48 hours, graded return to
        activity, acetaminophen for headache. Concussion handout. Return for worsening headache, repeated
        vomiting or confusion.
        """,
        codes=[
            c("S06.0X0A", "Concussion without loss of consciousness, initial encounter",
              why="R12: initial encounter; R23 headache integral"),
            c("S00.01XA", "Abrasion of scalp", why="R12: superficial injury, initial encounter"),
            c("99283", "Impression:", why="R15: acute complicated injury, one CT, OTC drugs: low MDM"),
        ],
        skips=[
            skip("No loss of consciousness", "R01", "negated"),
            skip("Mild headache", "R23", "integral to concussion"),
            skip("no intracranial hemorrhage or fracture", "R01", "negated"),
            skip("Return for worsening headache", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r2-36", dos="2026-09-20",
        specialty="hospital medicine", setting="inpatient", age=59, sex="F", payer="aetna", pos="21",
        text="""
        DISCHARGE SUMMARY

        Dates: admitted 09/16/2026, discharged 09/20/2026.

        Diagnoses at discharge:
        - Cellulitis of the left lower leg
        - Type 2 diabetes mellitus with hyperglycemia
        - Chronic venous insufficiency of both legs
        - Obesity, class 2, BMI 38.4

        History: 59-year-old woman with type 2 diabetes on metformin, hypothyroidism and chronic venous stasis
        changes presented with 3 days of spreading redness, warmth and pain of the left shin and fever to
        101.2. MRSA nares screen negative. No abscess on ultrasound.

        Hospital course: Treated with IV cefazolin, changed to oral cephalexin on day 3 with receding
        erythema. Glucose 250-300 on admission; basal insulin was added and will continue at home with
        metformin. Leg elevation and compression stockings for venous insufficiency once the cellulitis
        improved; wound care nurse saw her. Weight management discussed; outpatient referral placed.
        Levothyroxine continued.

        Discharge medications: cephalexin 500 mg four times daily for 7 days, metformin 1000 mg twice daily,
        insulin glargine 12 units nightly, levothyroxine 88 mcg.
        """,
        codes=[
            c("L03.116", "Cellulitis of the left lower leg", why="R21: principal; R11 left lower limb"),
            c("E11.65", "Type 2 diabetes mellitus with hyperglycemia", why="R09: hyperglycemia treated with insulin"),
            c("I87.2", "Chronic venous insufficiency of both legs", why="R20: treated (compression)"),
            c("E66.812", "Obesity, class 2", why="R22: obesity by class, addressed"),
            c("E03.9", "Levothyroxine continued", why="R20: chronic condition treated during the stay"),
            c("Z68.38", "BMI 38.4", why="R22: BMI with a weight diagnosis"),
            c("Z79.4", "insulin glargine 12 units", why="R10: long-term insulin"),
            c("Z79.84", "metformin 1000 mg twice daily", why="R10: long-term oral hypoglycemic"),
        ],
        skips=[
            skip("MRSA nares screen negative", "R01", "negative screen"),
            skip("No abscess", "R01", "negated"),
            skip("fever to\n        101.2", "R23", "integral to cellulitis"),
        ],
    ),
    NoteSpec(
        id="dev-r2-37", dos="2026-02-02",
        specialty="urgent care", setting="outpatient", age=26, sex="F", payer="cigna",
        text="""
        URGENT CARE - ESTABLISHED PATIENT

        26-year-old with 2 days of sore throat, fever to 101.8 and painful swallowing. No cough. Roommate had
        strep last week. Asthma, mild intermittent, no recent albuterol use. Allergic to penicillin (hives).

        Exam: T 101.2. Tonsillar exudate, tender anterior cervical nodes. Lungs clear.

        Rapid strep test performed in clinic: positive.

        Assessment: Streptococcal pharyngitis.

        Plan: Azithromycin 500 mg day 1 then 250 mg days 2-5 (penicillin allergy). Salt-water gargles,
        ibuprofen. Return if unable to swallow or drooling.
        """,
        codes=[
            c("J02.0", "Streptococcal pharyngitis", why="R22: strep confirmed; R23 sore throat and fever integral"),
            c("Z88.0", "Allergic to penicillin", "(penicillin allergy)",
              why="R20: allergy status that changed the antibiotic chosen (IV.J; found on review)"),
            c("99213", "Assessment:", why="R15: acute uncomplicated illness, prescription drug management: low MDM"),
            c("87880", "Rapid strep test performed in clinic", why="R19: rapid strep in the office"),
        ],
        skips=[
            skip("sore throat", "R23", "integral to pharyngitis"),
            skip("No cough", "R01", "negated"),
            skip("Asthma, mild intermittent", "R20", "not addressed"),
            skip("Return if unable to swallow", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r2-38", dos="2026-05-28",
        specialty="endocrinology", setting="outpatient", age=48, sex="F", payer="medicare", minutes=24,
        text="""
        ENDOCRINOLOGY VIDEO VISIT (audio-video; patient at home)

        48-year-old woman followed for a 1.8 cm right thyroid nodule (benign FNA, Bethesda II, in 2024) and
        hypothyroidism on levothyroxine. Her mother had papillary thyroid cancer. No neck swelling, no
        dysphagia, no voice change. She also has migraine and irritable bowel syndrome, both stable.

        Data reviewed: thyroid ultrasound last week - right nodule 1.8 cm, unchanged, no suspicious features;
        TSH 2.1.

        Assessment:
        1. Nontoxic single thyroid nodule, benign, stable - repeat ultrasound in 2 years.
        2. Hypothyroidism - TSH at goal; continue levothyroxine 100 mcg.
        3. Family history of thyroid cancer in her mother - reviewed, does not change the nodule plan.

        Total time 24 minutes.
        """,
        codes=[
            c("E04.1", "Nontoxic single thyroid nodule", why="R22: single nontoxic nodule"),
            c("E03.9", "Hypothyroidism - TSH at goal", why="R20: managed"),
            c("Z80.8", "Her mother had papillary thyroid cancer", "Family history of thyroid cancer",
              why="R05: family history of thyroid cancer, same organ as the nodule assessed"),
            c("99213", "Total time 24 minutes", why="R14: established patient, 24 minutes"),
        ],
        skips=[
            skip("No neck swelling", "R01", "negated"),
            skip("migraine and irritable bowel syndrome", "R20", "stable, not addressed"),
        ],
    ),
    NoteSpec(
        id="dev-r2-39", dos="2026-04-13",
        specialty="obstetrics and gynecology", setting="outpatient", age=28, sex="F", payer="medicaid",
        text="""
        NEW OB VISIT

        28-year-old G1P0 at 9 weeks 1 day by last menstrual period, confirmed by office ultrasound last week.
        Nausea most of the day with vomiting once or twice daily; keeping fluids down; weight down 1 kg. No
        bleeding, no cramping. Takes prenatal vitamins. Hypothyroidism ruled out last year (normal TSH).

        Exam: BP 108/66. Mucous membranes moist. Uterus 9-week size.

        Assessment and plan:
        - Intrauterine pregnancy at 9 weeks.
        - Nausea and vomiting of pregnancy, mild - vitamin B6 with doxylamine at night, small frequent meals;
          return if unable to keep fluids down.
        - Prenatal labs, genetic screening options discussed; she will decide next visit.
        Return in 4 weeks.
        """,
        codes=[
            c("O21.9", "Nausea and vomiting of pregnancy, mild", why="R25: chapter 15 code first (not Z34 with a "
              "complication); mild vomiting without hyperemesis"),
            c("Z3A.09", "9 weeks 1 day", why="R25: weeks of gestation"),
        ],
        skips=[
            skip("No\n        bleeding", "R01", "negated"),
            skip("Hypothyroidism ruled out", "R01", "ruled out"),
            skip("return if unable to keep fluids down", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r2-40", dos="2026-06-30",
        specialty="oncology", setting="outpatient", age=66, sex="M", payer="medicare", minutes=22,
        text="""
        ONCOLOGY SURVIVORSHIP VISIT

        66-year-old man with stage IIB adenocarcinoma of the sigmoid colon, resected by sigmoid colectomy in
        2021, completed adjuvant chemotherapy in 2022; no evidence of disease since. Here for routine
        surveillance. Energy good, bowel habits normal, no bleeding, no weight loss. He has type 2 diabetes
        and hypertension managed by his primary care physician.

        Data: CEA 1.4 (normal). CT chest/abdomen/pelvis last week: no evidence of recurrence.
        Colonoscopy 2025: no polyps.

        Assessment: Personal history of colon cancer, no evidence of recurrence on surveillance CT and CEA.

        Plan: Continue surveillance: CEA every 6 months, CT yearly through 2026, colonoscopy in 2028.

        Total time 22 minutes.
        """,
        codes=[
            c("Z08", "no evidence of recurrence on surveillance CT and CEA",
              why="R21: follow-up after completed treatment of a malignancy, first-listed (I.C.2.d, I.C.21.c.8)"),
            c("Z85.038", "Personal history of colon cancer", why="R06: history of colon cancer, no current disease"),
            c("Z90.49", "resected by sigmoid colectomy", why="R06: acquired absence of part of the colon"),
            c("99213", "Total time 22 minutes", why="R14: established patient, 22 minutes"),
        ],
        skips=[
            skip("type 2 diabetes\n        and hypertension", "R20", "managed elsewhere, not addressed"),
            skip("no bleeding", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r2-41", dos="2026-03-31",
        specialty="cardiology", setting="outpatient", age=71, sex="M", payer="medicare", minutes=36,
        text="""
        HEART FAILURE CLINIC

        71-year-old man with chronic systolic heart failure from nonischemic cardiomyopathy, EF 30%, with a
        primary-prevention ICD placed in 2023, hypertension and chronic kidney disease stage 3a. NYHA class II;
        stable weight, no orthopnea, no ICD shocks. Device check last month normal. Former smoker; quit in
        2010.

        Medications: sacubitril-valsartan 49/51 mg twice daily, carvedilol 12.5 mg twice daily,
        spironolactone 25 mg, empagliflozin 10 mg, furosemide 20 mg as needed.

        Exam: BP 112/70, HR 64. JVP normal, lungs clear, no edema.

        Labs: creatinine 1.4, eGFR 52, potassium 4.8.

        Assessment:
        1. Chronic systolic heart failure with hypertension and CKD stage 3a - euvolemic; increase carvedilol
           to 25 mg twice daily; potassium acceptable on spironolactone.
        2. Presence of ICD - functioning.

        Total time 36 minutes.
        """,
        codes=[
            c("I13.0", "Chronic systolic heart failure with hypertension and CKD stage 3a",
              why="R08: hypertensive heart and CKD with heart failure"),
            c("I50.22", "Chronic systolic heart failure", why="R08: type and acuity of heart failure"),
            c("N18.31", "CKD stage 3a", why="R08: CKD stage with I13"),
            c("Z95.810", "Presence of ICD", why="R06: presence of an implantable defibrillator"),
            c("Z87.891", "Former smoker; quit in\n        2010", why="R06: former smoker"),
            c("99214", "Total time 36 minutes", why="R14: established patient, 36 minutes"),
        ],
        skips=[
            skip("no orthopnea", "R01", "negated"),
            skip("no edema", "R02", "normal exam"),
        ],
    ),
    NoteSpec(
        id="dev-r2-42", dos="2026-08-27",
        specialty="psychiatry", setting="outpatient", age=41, sex="M", payer="medicaid", minutes=31,
        text="""
        PSYCHIATRY MEDICATION MANAGEMENT

        41-year-old man with schizoaffective disorder, bipolar type, stable on clozapine 300 mg nightly for 4
        years. No hallucinations, mood even, sleeping 8 hours. ANC this month 3,200, in range. Smokes 1 pack
        a day; not ready to quit; we discussed that quitting raises clozapine levels. Constipation managed with
        senna and docusate. Hypertension and hyperlipidemia followed by primary care.

        Mental status: calm, euthymic, linear, no psychosis, no SI.

        Assessment:
        1. Schizoaffective disorder, bipolar type - stable; continue clozapine, monthly ANC.
        2. Nicotine dependence, cigarettes - counseled; clozapine level if he quits or cuts down.
        3. Clozapine-related constipation - continue senna and docusate.

        Total time 31 minutes.
        """,
        codes=[
            c("F25.0", "Schizoaffective disorder, bipolar type - stable", why="R22: schizoaffective, bipolar type"),
            c("F17.210", "Nicotine dependence, cigarettes", why="R22: current cigarette dependence"),
            c("K59.03", "Clozapine-related constipation", why="R22: drug-induced constipation"),
            c("T43.595A", "Clozapine-related constipation",
              why="R12: adverse effect of an antipsychotic, being treated"),
            c("99214", "Total time 31 minutes", why="R14: established patient, 31 minutes"),
        ],
        skips=[
            skip("No hallucinations", "R01", "negated"),
            skip("Hypertension and hyperlipidemia", "R20", "followed elsewhere"),
        ],
    ),
    NoteSpec(
        id="dev-r2-43", dos="2026-02-17",
        specialty="family medicine", setting="outpatient", age=57, sex="M", payer="bcbs", minutes=32,
        text="""
        CHIEF COMPLAINT

        Right knee pain.

        HISTORY OF PRESENT ILLNESS

        Mr. Haddad is a 57-year-old male with a past medical history significant for hypertension, type 2
        diabetes and gout who presents with right knee pain for 3 weeks after twisting it while gardening. He
        reports catching and locking on the inner side of the knee. He denies any prior knee surgery. His gout
        has been quiet for 2 years.

        REVIEW OF SYSTEMS

        Musculoskeletal: Reports right knee pain and swelling.

        PHYSICAL EXAMINATION

        Right knee: mild effusion, medial joint line tenderness, positive McMurray test. Full strength.

        RESULTS

        Hemoglobin A1c today is 7.2.

        ASSESSMENT AND PLAN

        1. Right knee pain.
        - Medical Reasoning: I suspect a medial meniscus tear given the mechanism and exam.
        - Medical Treatment: MRI of the right knee ordered. Meloxicam 15 mg daily for 2 weeks.

        2. Hypertension.
        - Medical Reasoning: His blood pressure is well controlled on lisinopril.
        - Medical Treatment: Continue lisinopril 20 mg daily.

        3. Type 2 diabetes.
        - Medical Reasoning: A1c 7.2, near goal.
        - Medical Treatment: Continue metformin 1000 mg twice daily.

        I spent 32 minutes with the patient today.
        """,
        codes=[
            c("M25.561", "Right knee pain.\n        - Medical", why="R03: suspected tear not coded; knee pain is"),
            c("I10", "Hypertension.\n        - Medical", why="R20: managed"),
            c("E11.9", "Type 2 diabetes.\n        - Medical", why="R20: managed"),
            c("Z79.84", "Continue metformin", why="R10: long-term oral hypoglycemic"),
            c("99214", "I spent 32 minutes", why="R14: established patient, 32 minutes"),
            c("83036", "Hemoglobin A1c today is 7.2", why="R19: in-office A1c"),
        ],
        skips=[
            skip("I suspect a medial meniscus tear", "R03", "uncertain outpatient diagnosis"),
            skip("gout", "R20", "quiet, not addressed"),
            skip("denies any prior knee surgery", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r2-44", dos="2026-01-05",
        specialty="emergency medicine", setting="outpatient", age=31, sex="F", payer="medicaid", pos="23",
        text="""
        EMERGENCY DEPARTMENT

        31-year-old woman with moderate persistent asthma on budesonide-formoterol, anxiety, obesity and GERD,
        presents with 2 days of wheezing and chest tightness after a cold, using albuterol every 2 hours. She
        vapes nicotine daily. No fever.

        Exam: RR 24, SpO2 94%, diffuse wheezes, speaking full sentences. After three DuoNebs and oral
        dexamethasone: SpO2 97%, minimal wheeze, peak flow 75% of personal best.

        MDM: Moderate persistent asthma with acute exacerbation, responded to treatment in the department.
        Safe for discharge.

        Diagnoses:
        1. Moderate persistent asthma with acute exacerbation.
        2. Nicotine dependence, e-cigarettes - counseled to stop vaping.

        Discharge: prednisone 40 mg daily for 4 more days, continue budesonide-formoterol, albuterol as
        needed, primary care in 2-3 days. Return for worsening breathing.
        """,
        codes=[
            c("J45.41", "Moderate persistent asthma with acute exacerbation.\n        2.",
              why="R22: severity and exacerbation"),
            c("F17.290", "Nicotine dependence, e-cigarettes", why="R22: nicotine dependence, other tobacco product"),
            c("99284", "MDM:", why="R15: chronic illness with exacerbation, prescription drug management"),
        ],
        skips=[
            skip("anxiety, obesity and GERD", "R20", "not addressed in the ED"),
            skip("No fever", "R01", "negated"),
            skip("Return for worsening breathing", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r2-45", dos="2026-07-22",
        specialty="cardiology", setting="inpatient", age=58, sex="M", payer="uhc", pos="21",
        text="""
        CARDIOLOGY DISCHARGE SUMMARY

        Admission: 07/19/2026. Discharge: 07/22/2026.

        Principal diagnosis: Non-ST elevation myocardial infarction.
        Other diagnoses: Coronary artery disease of native vessels; hyperlipidemia; type 2 diabetes mellitus;
        current cigarette smoker.

        History: 58-year-old man presented with 2 hours of substernal pressure at rest. Troponin rose from 45
        to 2,300 ng/L; ECG with lateral ST depression. His father had a myocardial infarction at 52. He smokes
        one pack per day. Remote history of a fractured wrist.

        Course: Heparin, aspirin and ticagrelor loading. Catheterization on day 1: 90% proximal LAD stenosis
        treated with a drug-eluting stent; other vessels with mild disease. Echo EF 50%. High-intensity
        atorvastatin started (LDL 162). Metformin held for contrast and resumed. Smoking cessation counseling
        given; nicotine patch started.

        Discharge medications: aspirin 81 mg daily, ticagrelor 90 mg twice daily, atorvastatin 80 mg,
        metoprolol succinate 25 mg, metformin 1000 mg twice daily, nicotine patch 21 mg.
        """,
        codes=[
            c("I21.4", "Non-ST elevation myocardial infarction", why="R21: principal diagnosis"),
            c("I25.10", "Coronary artery disease of native vessels", why="R22: CAD coded with the acute MI"),
            c("E78.5", "hyperlipidemia", why="R20: treated (atorvastatin)"),
            c("E11.9", "type 2 diabetes mellitus", why="R20: managed (metformin held and resumed)"),
            c("F17.210", "current cigarette smoker", why="R22: cigarette dependence, treated"),
            c("Z82.49", "His father had a myocardial infarction",
              why="R05: family history of the same condition"),
            c("Z79.02", "ticagrelor 90 mg twice daily", why="R10: long-term antiplatelet"),
            c("Z79.82", "aspirin 81 mg daily", why="R10: long-term aspirin"),
            c("Z79.84", "metformin 1000 mg twice daily", why="R10: long-term oral hypoglycemic"),
        ],
        skips=[
            skip("Remote history of a fractured wrist", "R20", "past history"),
            skip("substernal pressure", "R23", "integral to the MI"),
        ],
    ),
    NoteSpec(
        id="dev-r2-46", dos="2026-03-09",
        specialty="pediatrics", setting="outpatient", age=3, sex="M", payer="medicaid",
        text="""
        SICK VISIT

        3-year-old boy with 2 days of fever to 102 and pulling at his left ear, runny nose for a week. Eating
        less. No vomiting or diarrhea. Known atopic dermatitis, using emollients; cheeks a bit dry this week.

        Exam: T 101.6. Left TM bulging and red, right TM normal. Clear rhinorrhea. Lungs clear. Dry scaly
        patches on both cheeks.

        Assessment:
        1. Acute otitis media, left ear - amoxicillin 90 mg/kg/day for 10 days, ibuprofen for pain.
        2. Atopic dermatitis - mild flare; thick emollient twice daily, hydrocortisone 1% for 5 days.

        Recheck ear in 2-3 weeks if symptoms persist.
        """,
        codes=[
            c("H66.92", "Acute otitis media, left ear", why="R11: left ear; R23 fever and ear pain integral"),
            c("L20.9", "Atopic dermatitis - mild flare", why="R20: treated"),
            c("99213", "Assessment:", why="R15: acute uncomplicated illness and a chronic illness, prescription "
              "drug management"),
        ],
        skips=[
            skip("No vomiting or diarrhea", "R01", "negated"),
            skip("right TM normal", "R02", "normal exam"),
            skip("if symptoms persist", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r2-47", dos="2026-06-02",
        specialty="orthopedics", setting="outpatient", age=54, sex="F", payer="aetna",
        text="""
        HAND CLINIC - PROCEDURE VISIT

        54-year-old woman with right carpal tunnel syndrome confirmed on nerve conduction studies, here for the
        injection planned at her last visit. Numbness in the right thumb, index and middle fingers at night
        despite a splint. She also has hypothyroidism and hypertension managed by her primary care physician.

        Procedure: Right carpal tunnel injection. After consent and sterile preparation, 40 mg triamcinolone
        acetonide with 1 mL lidocaine was injected into the right carpal tunnel with a 25-gauge needle. No
        paresthesias during injection. Tolerated well.

        Assessment: Carpal tunnel syndrome, right upper limb.

        Plan: Continue night splint; discuss carpal tunnel release if symptoms return.
        """,
        codes=[
            c("G56.01", "Carpal tunnel syndrome, right upper limb", why="R11: right side"),
            c("20526", "Right carpal tunnel injection", mods=["RT"],
              why="R18: carpal tunnel injection; decision made at the prior visit, no E/M"),
            c("J3301", "40 mg triamcinolone\n        acetonide", units=4, why="R24: 40 mg = 4 units of 10 mg"),
        ],
        skips=[
            skip("hypothyroidism and hypertension", "R20", "managed elsewhere"),
            skip("No\n        paresthesias", "R01", "negated"),
            skip("discuss carpal tunnel release if symptoms return", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r2-48", dos="2026-08-10",
        specialty="nephrology", setting="outpatient", age=69, sex="M", payer="medicare", minutes=41,
        text="""
        NEPHROLOGY URGENT FOLLOW-UP

        69-year-old man with hypertensive chronic kidney disease stage 3b (baseline creatinine 1.8) seen for a
        creatinine of 2.9 found by his primary care physician after a week of diarrhea from a stomach bug that
        has since resolved. He had kept taking lisinopril and furosemide. Orthostatic lightheadedness. He has
        BPH and a history of colon polyps.

        Exam: BP 104/62 seated, 92/58 standing. Dry mucous membranes.

        Labs today: creatinine 2.6, potassium 5.2, bicarbonate 20.

        Assessment:
        1. Acute kidney injury on chronic kidney disease stage 3b, prerenal from volume depletion - hold
           lisinopril and furosemide; oral fluids 2 L daily; repeat BMP in 3 days.
        2. Dehydration.
        3. Hypertensive chronic kidney disease - BP low today; restart lisinopril once creatinine back to
           baseline.

        I spent 41 minutes on the date of the visit.
        """,
        codes=[
            c("N17.9", "Acute kidney injury on chronic kidney disease stage 3b", why="R22: AKI, first-listed"),
            c("E86.0", "Dehydration.", why="R20: treated with oral fluids"),
            c("I12.9", "Hypertensive chronic kidney disease - BP", "hypertensive chronic kidney disease stage 3b",
              why="R08: hypertensive CKD stage 1-4"),
            c("N18.32", "chronic kidney disease stage 3b, prerenal", why="R08: CKD stage with I12.9"),
            c("99215", "I spent 41 minutes", why="R14: established patient, 41 minutes"),
        ],
        skips=[
            skip("diarrhea from a stomach bug that\n        has since resolved", "R20", "resolved"),
            skip("BPH and a history of colon polyps", "R20", "not addressed"),
        ],
    ),
    NoteSpec(
        id="dev-r2-49", dos="2026-09-14",
        specialty="psychiatry", setting="outpatient", age=38, sex="F", payer="bcbs", new_patient=True, minutes=58,
        text="""
        OUTPATIENT PSYCHIATRY INTAKE

        Reason for referral: depression after her divorce.

        History: 38-year-old woman with 3 months of depressed mood, anhedonia, early waking, weight loss of 5 kg,
        guilt and passive thoughts of not waking up, without plan or intent. No prior episodes, no mania. Worry
        about many things most days for years, with muscle tension. Alcohol use disorder, severe, in early
        remission: last drink 5 months ago, attends SMART Recovery. Her sister has depression. Medical history:
        hypothyroidism, asthma.

        PHQ-9: 22. GAD-7: 15.

        Mental status: tearful, slowed, logical, no psychosis; denies current SI with plan.

        Diagnoses:
        1. Major depressive disorder, single episode, severe without psychotic features.
        2. Generalized anxiety disorder.
        3. Alcohol use disorder, severe, in early remission.

        Plan: Start sertraline 50 mg; weekly psychotherapy referral; safety plan; return in 2 weeks.
        Total time 58 minutes.
        """,
        codes=[
            c("F32.2", "Major depressive disorder, single episode, severe without psychotic features",
              why="R22: single episode, severe, no psychosis"),
            c("F41.1", "Generalized anxiety disorder", why="R22: treated"),
            c("F10.21", "Alcohol use disorder, severe, in early remission",
              why="R22: severe use disorder = dependence, in remission"),
            c("Z81.8", "Her sister has depression", why="R05: family history of the same condition"),
            c("99204", "Total time 58 minutes", why="R14: new patient, 58 minutes"),
            c("96127", "PHQ-9: 22. GAD-7: 15.", units=2, why="R19: two scored instruments"),
        ],
        skips=[
            skip("without plan or intent", "R01", "negated"),
            skip("hypothyroidism, asthma", "R20", "not addressed"),
            skip("no psychosis", "R02", "normal exam"),
        ],
    ),
    NoteSpec(
        id="dev-r2-50", dos="2026-01-28",
        specialty="hospital medicine", setting="inpatient", age=72, sex="F", payer="medicare", pos="21",
        text="""
        DISCHARGE SUMMARY

        Admitted 01/24/2026. Discharged 01/28/2026.

        Discharge diagnoses:
        1. COPD with acute exacerbation
        2. Chronic respiratory failure with hypoxia, on home oxygen
        3. Anxiety disorder
        4. Essential hypertension
        5. Age-related osteoporosis

        HPI: 72-year-old woman with COPD on 2 L home oxygen, current cigarette smoker, anxiety, hypertension,
        osteoporosis, hypothyroidism resolved after thyroiditis, and cataracts, presented with 3 days of
        worsening dyspnea and sputum. No pneumonia on chest x-ray. Flu and COVID negative.

        Course: Nebulized bronchodilators, IV methylprednisolone changed to oral prednisone, azithromycin.
        Returned to her baseline 2 L. Sertraline, amlodipine and alendronate were continued. Smoking cessation
        counseling; she declined nicotine replacement.

        Discharge medications: prednisone 40 mg daily for 3 more days, tiotropium, budesonide-formoterol,
        albuterol, home oxygen 2 L, sertraline 100 mg, amlodipine 5 mg, alendronate 70 mg weekly.
        """,
        codes=[
            c("J44.1", "COPD with acute exacerbation", why="R21: principal"),
            c("J96.11", "Chronic respiratory failure with hypoxia", why="R22: chronic hypoxic respiratory failure"),
            c("F41.9", "Anxiety disorder", why="R20: treated (sertraline)"),
            c("I10", "Essential hypertension", why="R20: treated"),
            c("M81.0", "Age-related osteoporosis", why="R20: treated (alendronate)"),
            c("F17.210", "current cigarette smoker", why="R22: cigarette dependence, counseled"),
            c("Z99.81", "home oxygen 2 L", "on home oxygen", why="R06: dependence on supplemental oxygen"),
            c("Z79.83", "alendronate 70 mg weekly", why="R10: long-term bisphosphonate"),
        ],
        skips=[
            skip("hypothyroidism resolved after thyroiditis", "R20", "resolved"),
            skip("No pneumonia", "R01", "negated"),
            skip("Flu and COVID negative", "R01", "negative tests"),
        ],
    ),
    NoteSpec(
        id="dev-r2-51", dos="2026-04-06",
        specialty="family medicine", setting="outpatient", age=54, sex="M", payer="aetna", minutes=31,
        text="""
        OFFICE VISIT

        Reason for visit: blood pressure and lab follow-up.

        54-year-old man. Home BP 150s/90s despite amlodipine 5 mg. Fasting labs: total cholesterol 246,
        triglycerides 310, LDL 151 on atorvastatin 20 mg; A1c 6.1. His father developed type 2 diabetes at 55.
        Former smoker, 20 pack-years, quit 2015. History of appendectomy and of kidney stones in his thirties.

        Exam: BP 156/94, repeat 150/92. BMI 29.

        Assessment and plan:
        1. Essential hypertension, uncontrolled - increase amlodipine to 10 mg; home readings; recheck 4 weeks.
        2. Mixed hyperlipidemia - increase atorvastatin to 40 mg; lipid panel in 3 months.
        3. Prediabetes - A1c 6.1; diet and exercise counseling, diabetes prevention program referral given his
           father's diabetes.

        I spent 31 minutes on the date of the visit.
        """,
        codes=[
            c("I10", "Essential hypertension, uncontrolled", why="R20: managed"),
            c("E78.2", "Mixed hyperlipidemia", why="R22: mixed hyperlipidemia"),
            c("R73.03", "Prediabetes - A1c 6.1", why="R22: prediabetes"),
            c("Z83.3", "His father developed type 2 diabetes", why="R05: family history of diabetes, prediabetes "
              "assessed"),
            c("Z87.891", "Former smoker, 20 pack-years, quit 2015", why="R06: former smoker"),
            c("99214", "I spent 31 minutes", why="R14: established patient, 31 minutes"),
        ],
        skips=[
            skip("History of appendectomy and of kidney stones", "R20", "past history, not addressed"),
        ],
    ),
    NoteSpec(
        id="dev-r2-52", dos="2026-05-03",
        specialty="emergency medicine", setting="outpatient", age=44, sex="M", payer="uhc", pos="23",
        text="""
        ED NOTE

        44-year-old man lifted a couch yesterday and felt a pull in his low back, pain 7/10, worse bending. No
        leg pain, numbness or weakness. No bowel or bladder changes. He has type 2 diabetes on insulin and
        metformin and hyperlipidemia.

        Exam: Paraspinal tenderness and spasm, lumbar. Straight leg raise negative bilaterally. Strength and
        reflexes normal. No saddle anesthesia.

        Impression: Acute low back pain without sciatica, likely lumbar muscle strain.

        Plan: Ibuprofen and acetaminophen, heat, keep moving, back exercises handout. No imaging indicated.
        Primary care follow-up if not better in 2 weeks; return for weakness, numbness or incontinence.
        """,
        codes=[
            c("M54.50", "Acute low back pain without sciatica",
              why="R03: the strain is only likely; the pain is coded"),
            c("99283", "Impression:", why="R15: acute uncomplicated injury, OTC drugs: low MDM"),
        ],
        skips=[
            skip("likely lumbar muscle strain", "R03", "uncertain outpatient diagnosis"),
            skip("type 2 diabetes on insulin and\n        metformin and hyperlipidemia", "R20",
                 "not addressed in the ED"),
            skip("No\n        leg pain", "R01", "negated"),
            skip("return for weakness", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r2-53", dos="2026-02-23",
        specialty="hospital medicine", setting="inpatient", age=79, sex="F", payer="medicare", pos="21",
        text="""
        DISCHARGE SUMMARY

        Admitted 02/19/2026, discharged 02/23/2026.

        Final diagnoses:
        1. Pneumococcal pneumonia of the left lower lobe (urine antigen positive)
        2. Type 2 diabetes mellitus with diabetic peripheral neuropathy
        3. Hypothyroidism

        Background: 79-year-old woman, former smoker who quit 30 years ago, with diabetes, neuropathy,
        hypothyroidism and a remote hysterectomy, admitted with fever, productive cough and hypoxia (SpO2 88%).
        Influenza and COVID PCR negative. Blood cultures no growth.

        Course: Ceftriaxone and azithromycin, then oral amoxicillin to complete 7 days. Oxygen weaned to room
        air by day 3. Insulin sliding scale with home glipizide held, resumed at discharge. Gabapentin and
        levothyroxine continued.

        Discharge medications: amoxicillin 1 g three times daily for 3 more days, glipizide 5 mg daily,
        gabapentin 300 mg twice daily, levothyroxine 50 mcg.
        """,
        codes=[
            c("J13", "Pneumococcal pneumonia of the left lower lobe", why="R21: principal; organism documented"),
            c("E11.42", "Type 2 diabetes mellitus with diabetic peripheral neuropathy",
              why="R09: diabetic polyneuropathy"),
            c("E03.9", "Hypothyroidism\n", why="R20: treated (levothyroxine)"),
            c("Z79.84", "glipizide 5 mg daily", why="R10: long-term oral hypoglycemic"),
            c("Z87.891", "former smoker who quit 30 years ago", why="R06: former smoker"),
        ],
        skips=[
            skip("remote hysterectomy", "R20", "past history"),
            skip("Influenza and COVID PCR negative", "R01", "negative tests"),
            skip("fever, productive cough and hypoxia", "R23", "integral to pneumonia"),
        ],
    ),
    NoteSpec(
        id="dev-r2-54", dos="2026-07-07",
        specialty="orthopedics", setting="outpatient", age=36, sex="F", payer="cigna", minutes=20,
        text="""
        FOOT AND ANKLE FOLLOW-UP

        36-year-old woman, 5 weeks after an inversion injury with a nondisplaced fracture of the shaft of the
        right fifth metatarsal, treated in a walking boot. Pain 1/10. She has migraine and hypothyroidism.

        X-rays right foot today: healing fracture with bridging callus, alignment maintained.

        Assessment: Nondisplaced fracture of fifth metatarsal bone, right foot, subsequent encounter with
        routine healing.

        Plan: Wean from the boot over 2 weeks into a stiff-soled shoe. Return in 4 weeks.

        Total time 20 minutes.
        """,
        codes=[
            c("S92.354D", "Nondisplaced fracture of fifth metatarsal bone, right foot",
              why="R12: 7th character D, routine healing; R11 right"),
            c("99213", "Total time 20 minutes", why="R14: established patient, 20 minutes"),
        ],
        skips=[
            skip("migraine and hypothyroidism", "R20", "not addressed"),
        ],
    ),
    NoteSpec(
        id="dev-r2-55", dos="2026-08-03",
        specialty="dermatology", setting="outpatient", age=45, sex="M", payer="bcbs", minutes=21,
        text="""
        DERMATOLOGY VISIT

        45-year-old man with itchy flaking of the scalp and eyebrows for months and itchy peeling between the
        toes. He had a melanoma in situ of the right shoulder excised in 2020, no recurrence. No new moles.

        Exam: Greasy scale on the scalp, eyebrows and nasolabial folds. Maceration and scale in the 4th web
        spaces of both feet; KOH positive for hyphae. Shoulder scar clear. No atypical nevi on a full skin exam.

        Assessment:
        1. Seborrheic dermatitis - ketoconazole 2% shampoo and cream.
        2. Tinea pedis - terbinafine cream twice daily for 2 weeks.
        3. History of melanoma in situ - no recurrence; yearly skin exams.

        Total time 21 minutes.
        """,
        codes=[
            c("L21.9", "Seborrheic dermatitis", why="R22: treated"),
            c("B35.3", "Tinea pedis", why="R22: treated"),
            c("Z86.006", "History of melanoma in situ", why="R06: personal history of melanoma in situ"),
            c("99213", "Total time 21 minutes", why="R14: established patient, 21 minutes"),
        ],
        skips=[
            skip("No new moles", "R01", "negated"),
            skip("No atypical nevi", "R02", "normal exam"),
        ],
    ),
    NoteSpec(
        id="dev-r2-56", dos="2026-03-24",
        specialty="psychiatry", setting="outpatient", age=27, sex="F", payer="aetna", minutes=30,
        text="""
        PSYCHIATRY FOLLOW-UP

        27-year-old woman with bipolar II disorder on lamotrigine 200 mg and ADHD, predominantly inattentive
        type, on atomoxetine 80 mg. Mood stable for 4 months, no hypomanic symptoms. Focus better at work. Her
        mother has bipolar disorder. Prior therapist raised borderline personality traits; we will keep
        assessing.

        Mental status: euthymic, organized, no SI.

        Assessment:
        1. Bipolar II disorder - stable; continue lamotrigine.
        2. ADHD, predominantly inattentive type - improved; continue atomoxetine.
        3. Rule out borderline personality disorder.

        Total time 30 minutes.
        """,
        codes=[
            c("F31.81", "Bipolar II disorder - stable", why="R22: bipolar II"),
            c("F90.0", "ADHD, predominantly inattentive\n        type",
              "ADHD, predominantly inattentive type - improved",
              why="R22: inattentive type"),
            c("Z81.8", "Her\n        mother has bipolar disorder", why="R05: family history of the same condition"),
            c("99214", "Total time 30 minutes", why="R14: established patient, 30 minutes"),
        ],
        skips=[
            skip("Rule out borderline personality disorder", "R03", "uncertain outpatient diagnosis"),
            skip("no hypomanic symptoms", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r2-57", dos="2026-06-16",
        specialty="pediatrics", setting="outpatient", age=5, sex="F", payer="medicaid",
        text="""
        PEDIATRIC OFFICE VISIT

        5-year-old girl with hard, painful stools every 4-5 days for 6 months, occasional streaks of blood on the
        paper, withholding behavior. No vomiting, normal growth. No urinary symptoms. Allergic rhinitis, on
        cetirizine in spring.

        Exam: Weight 50th percentile. Abdomen soft, palpable stool in the left lower quadrant. Small anal fissure
        at 6 o'clock. Normal sacral exam.

        Assessment:
        1. Functional constipation - polyethylene glycol 0.4 g/kg daily, toilet sitting after meals, fiber.
        2. Anal fissure - from hard stools; sitz baths, petroleum jelly.

        Follow-up in 6 weeks.
        """,
        codes=[
            c("K59.04", "Functional constipation", why="R22: functional constipation"),
            c("K60.2", "Anal fissure", why="R22: anal fissure, unspecified"),
            c("99213", "Assessment:", why="R15: two acute/chronic problems, OTC treatment: low MDM"),
        ],
        skips=[
            skip("No vomiting", "R01", "negated"),
            skip("Allergic rhinitis", "R20", "not addressed"),
            skip("streaks of blood", "R23", "explained by the fissure"),
        ],
    ),
    NoteSpec(
        id="dev-r2-58", dos="2026-09-01",
        specialty="gastroenterology", setting="outpatient", age=33, sex="F", payer="medicare", minutes=21,
        text="""
        GI VIDEO VISIT (audio-video; patient at work, private room)

        33-year-old woman with irritable bowel syndrome with diarrhea, 3-4 loose stools a day with cramping
        relieved by defecation, worse with dairy. Colonoscopy with biopsies last year was normal; celiac
        serology negative. Her sister has Crohn's disease. PMH: hypothyroidism, GERD.

        Assessment:
        1. Irritable bowel syndrome with diarrhea - start rifaximin 550 mg three times daily for 14 days;
           low-FODMAP diet with the dietitian.
        2. Lactose intolerance - lactase tablets with dairy.
        3. Family history of Crohn's disease in her sister - reviewed; normal colonoscopy and biopsies are
           reassuring.

        Total time 21 minutes.
        """,
        codes=[
            c("K58.0", "Irritable bowel syndrome with diarrhea - start", why="R22: IBS with diarrhea"),
            c("E73.9", "Lactose intolerance", why="R22: treated"),
            c("Z83.79", "Her sister has Crohn's disease", "Family history of Crohn's disease",
              why="R05: family history of a digestive disease, same system as the IBS assessed"),
            c("99213", "Total time 21 minutes", why="R14: established patient, 21 minutes"),
        ],
        skips=[
            skip("celiac\n        serology negative", "R01", "negative test"),
            skip("PMH: hypothyroidism, GERD", "R20", "not addressed"),
        ],
    ),
]
