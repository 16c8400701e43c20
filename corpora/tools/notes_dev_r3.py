"""Dev notes dev-r3-01.. (session 2, generalisation round 3): authors' styles and specialties dev had little of
(terse abbreviation-heavy notes, long narrative HPIs full of negatives, templated EHR notes with checkbox ROS,
copy-forward problem lists with resolved items, patient quotes, addenda; ENT, ophthalmology, urology,
infectious disease, geriatrics, sports medicine, allergy, pregnancy, neoplasms, diabetes with several
complications, CKD/HTN/heart failure, substance use in remission, mental health specifiers). Gold written
before the engine ran on them; the batch was scored once before any rule change.
"""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-r3-01", dos="2026-01-12",
        specialty="otolaryngology", setting="outpatient", age=45, sex="M", payer="bcbs", minutes=20,
        text="""
        ENT CLINIC

        CC: L ear pain x3d
        HPI: 45M c/o L otalgia, muffled hearing since URI last wk. Denies fever, otorrhea, vertigo, tinnitus.
        No hx ear surgery.
        PMH: HTN, HLD, GERD
        Meds: amlodipine 5, atorvastatin 20, omeprazole prn
        All: NKDA
        SH: never smoker, EtOH socially

        Ex: BP 128/80. L TM bulging, erythematous, no perforation. R TM nl. Weber lat L. No LAD.

        A/P:
        1. AOM L - amoxicillin 875 bid x10d, ibuprofen prn.
        2. HTN - at goal, cont amlodipine.
        RTC 3 wk if not improved for audiogram.

        Total time 20 min.
        """,
        codes=[
            c("H66.92", "AOM L", why="R11: otitis media, left ear"),
            c("I10", "HTN - at goal, cont amlodipine", why="R20: chronic condition addressed"),
            c("99213", "Total time 20 min", why="R14: established patient, 20 minutes"),
        ],
        skips=[
            skip("Denies fever, otorrhea, vertigo, tinnitus", "R01", "negated"),
            skip("no perforation", "R01", "negated"),
            skip("HLD, GERD", "R20", "not addressed"),
            skip("muffled hearing", "R23", "integral to otitis media"),
            skip("RTC 3 wk if not improved for audiogram", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r3-02", dos="2026-02-03",
        specialty="ophthalmology", setting="outpatient", age=68, sex="F", payer="medicare", minutes=30,
        text="""
        OPHTHALMOLOGY - DIABETIC EYE EXAM

        68-year-old woman with type 2 diabetes on insulin glargine and metformin, referred by her PCP for the
        annual retinal exam. She notes slowly worsening glare with night driving over the past year. No flashes,
        no floaters, no eye pain. Her brother has glaucoma.

        VA: OD 20/40, OS 20/50. IOP 16/17. Pupils reactive, no APD.
        Dilated exam: 2+ nuclear sclerosis OU. Scattered dot-blot hemorrhages and microaneurysms in all four
        quadrants OU, no neovascularization. OCT: no macular edema either eye. Optic nerves healthy, C/D 0.3 OU.

        Impression:
        1. Moderate nonproliferative diabetic retinopathy without macular edema, both eyes, type 2 diabetes -
           no treatment needed now; repeat exam in 6 months; A1c control discussed.
        2. Age-related nuclear cataract, both eyes - visually significant at night; discussed cataract surgery,
           she will think about it.
        3. Family history of glaucoma - normal pressures and nerves; continue annual checks.

        Total time 30 minutes.
        """,
        codes=[
            c("E11.3393", "Moderate nonproliferative diabetic retinopathy without macular edema, both eyes",
              why="R22: combination code, type 2 diabetes with moderate NPDR without macular edema, bilateral"),
            c("H25.13", "Age-related nuclear cataract, both eyes", why="R11: bilateral nuclear cataract"),
            c("Z83.511", "Her brother has glaucoma", "Family history of glaucoma",
              why="R05: family history of an eye disease at an eye visit"),
            c("Z79.4", "insulin glargine", why="R10: long-term insulin"),
            c("Z79.84", "metformin", why="R10: long-term oral hypoglycemic, both when on both"),
            c("99214", "Total time 30 minutes", why="R14: established patient, 30 minutes"),
        ],
        skips=[
            skip("No flashes,\n        no floaters, no eye pain", "R01", "negated"),
            skip("no neovascularization", "R01", "negated"),
            skip("no macular edema either eye", "R01", "negated"),
            skip("discussed cataract surgery", "R07", "planned/considered"),
        ],
    ),
    NoteSpec(
        id="dev-r3-03", dos="2026-03-18",
        specialty="urology", setting="outpatient", age=72, sex="M", payer="medicare", minutes=47,
        text="""
        UROLOGY CONSULT NOTE

        Reason for referral: microscopic hematuria, urinary symptoms.

        72-year-old man referred by his PCP after a routine urinalysis showed 8-10 RBC/hpf on two samples a month
        apart. He has had a weak stream, hesitancy and nocturia 3-4 times a night for two years. "I'm up all
        night running to the bathroom." He denies gross hematuria, dysuria, flank pain, fever or weight loss.
        No history of kidney stones. He smoked a pack a day for 30 years and quit in 1998. Hypertension on
        lisinopril. No family history of prostate or bladder cancer.

        Exam: prostate smooth, about 40 g, no nodules. Post-void residual by bladder scan 90 mL.
        PSA last month 2.1.

        Assessment and plan:
        1. Benign prostatic hyperplasia with lower urinary tract symptoms and nocturia - start tamsulosin
           0.4 mg nightly; limit evening fluids.
        2. Asymptomatic microscopic hematuria in a former smoker - CT urogram and cystoscopy next visit to
           exclude a urothelial cancer.

        Total time 47 minutes.
        """,
        codes=[
            c("N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms",
              why="R22: BPH with LUTS"),
            c("R35.1", "nocturia - start",
              why="R22: N40.1 asks for an additional code for the associated symptom (nocturia)"),
            c("R31.21", "Asymptomatic microscopic hematuria", why="R22: asymptomatic microscopic hematuria"),
            c("Z87.891", "quit in 1998", why="R06: former smoker, relevant to the hematuria workup"),
            c("99204", "Total time 47 minutes", why="R14: new patient, 47 minutes"),
        ],
        skips=[
            skip("He denies gross hematuria, dysuria, flank pain, fever or weight loss", "R01", "negated"),
            skip("No history of kidney stones", "R01", "negated"),
            skip("No family history of prostate or bladder cancer", "R01", "negated"),
            skip("to\n           exclude a urothelial cancer", "R03", "rule-out"),
            skip("Hypertension on\n        lisinopril", "R20", "not addressed by the urologist"),
        ],
        new_patient=True,
    ),
    NoteSpec(
        id="dev-r3-04", dos="2026-04-07",
        specialty="infectious disease", setting="outpatient", age=38, sex="M", payer="aetna", minutes=30,
        text="""
        INFECTIOUS DISEASES CLINIC - FOLLOW-UP

        38-year-old man with HIV diagnosed in 2021 when he presented with Pneumocystis pneumonia, CD4 then 90.
        On bictegravir/emtricitabine/tenofovir alafenamide daily since. "I haven't missed a single dose." Viral
        load undetectable for 3 years, CD4 now 610. No fevers, night sweats, weight loss, thrush or rashes.
        Completed 4 months of rifampin for latent TB in 2022. Hepatitis B immune.

        Anal Pap from last visit: low-grade squamous intraepithelial lesion (LSIL).
        RPR nonreactive. GC/CT NAAT negative.

        Assessment:
        1. HIV disease (history of PCP pneumonia), virologically suppressed - continue Biktarvy; labs in 6
           months.
        2. LSIL on anal cytology - referred for high-resolution anoscopy.
        3. STI screening negative - condoms and PrEP for partner discussed.

        Total time 30 minutes.
        """,
        codes=[
            c("B20", "HIV disease (history of PCP pneumonia)",
              why="R22: HIV with a prior HIV-related illness is B20 (I.C.1.a), even when suppressed"),
            c("R85.612", "LSIL on anal cytology", why="R22: abnormal anal cytology, LSIL"),
            c("99214", "Total time 30 minutes", why="R14: established patient, 30 minutes"),
        ],
        skips=[
            skip("No fevers, night sweats, weight loss, thrush or rashes", "R01", "negated"),
            skip("RPR nonreactive", "R01", "negative test"),
            skip("STI screening negative", "R01", "negative test"),
            skip("Completed 4 months of rifampin for latent TB in 2022", "R20",
                 "past treated condition, not addressed"),
        ],
    ),
    NoteSpec(
        id="dev-r3-05", dos="2026-05-20",
        specialty="geriatrics", setting="outpatient", age=84, sex="F", payer="medicare", minutes=42,
        text="""
        GERIATRICS CLINIC NOTE

        Problem list (carried forward):
        1. Alzheimer's dementia, moderate - on donepezil
        2. Chronic diastolic heart failure
        3. Hypertension
        4. CKD stage 3b
        5. Osteoporosis - on alendronate
        6. UTI - resolved 12/2025
        7. Community-acquired pneumonia 2024 - resolved
        8. Cataracts s/p bilateral extraction

        Interval history: Seen with her daughter, who manages her medications. No falls, no wandering, no
        agitation or hallucinations. Appetite fair. No orthopnea or leg swelling per daughter. She says "I feel
        fine, dear."

        Meds: donepezil 10 mg, furosemide 20 mg, lisinopril 10 mg, alendronate 70 mg weekly, vitamin D.
        Exam: BP 134/72, weight stable at 58 kg. No JVD, lungs clear, trace ankle edema. MoCA 14/30 (16 last year).
        Labs: creatinine 1.5, eGFR 34, potassium 4.6.

        Assessment and plan:
        1. Alzheimer's disease with moderate dementia, no behavioral disturbance - continue donepezil; daughter
           given caregiver resources.
        2. Chronic diastolic heart failure with hypertension and CKD stage 3b - euvolemic; continue furosemide
           and lisinopril; BMP in 3 months.
        3. Osteoporosis - continue alendronate (year 3); DEXA next year.

        Total time 42 minutes including the discussion with her daughter.
        """,
        codes=[
            c("G30.9", "Alzheimer's disease with moderate dementia", why="R21: etiology first (Alzheimer disease)"),
            c("F02.B0", "Alzheimer's disease with moderate dementia, no behavioral disturbance",
              why="R22: dementia in Alzheimer disease, moderate, without behavioral disturbance"),
            c("I13.0", "Chronic diastolic heart failure with hypertension and CKD stage 3b",
              why="R08: hypertension with heart failure and CKD stage 1-4"),
            c("I50.32", "Chronic diastolic heart failure with hypertension", why="R08: type of heart failure"),
            c("N18.32", "CKD stage 3b - euvolemic", why="R08: stage of CKD"),
            c("M81.0", "Osteoporosis - continue alendronate", why="R20: age-related osteoporosis treated"),
            c("Z79.83", "alendronate 70 mg weekly", why="R10: long-term bisphosphonate with its osteoporosis"),
            c("99215", "Total time 42 minutes", why="R14: established patient, 42 minutes"),
        ],
        skips=[
            skip("UTI - resolved 12/2025", "R20", "resolved"),
            skip("Community-acquired pneumonia 2024 - resolved", "R20", "resolved"),
            skip("Cataracts s/p bilateral extraction", "R20", "past history, not addressed"),
            skip("No falls, no wandering, no\n        agitation or hallucinations", "R01", "negated"),
            skip("No orthopnea or leg swelling", "R01", "negated"),
            skip("trace ankle edema", "R23", "integral to heart failure"),
        ],
    ),
    NoteSpec(
        id="dev-r3-06", dos="2026-09-14",
        specialty="sports medicine", setting="outpatient", age=19, sex="M", payer="uhc", minutes=25,
        text="""
        SPORTS MEDICINE CLINIC

        19-year-old college soccer player, rolled his right ankle (inversion) going up for a header 2 days ago.
        Walked off with help. Swelling lateral ankle, pain with weight bearing. No numbness. No prior ankle
        injuries. Left knee pain from last season resolved with PT.

        Exam: right ankle ecchymosis and swelling over the ATFL, tender anterior to the lateral malleolus.
        Not tender at the posterior edge or tip of either malleolus, base of the 5th metatarsal or navicular.
        Anterior drawer mildly lax vs left. Squeeze test negative. Neurovascularly intact.
        Ottawa ankle rules negative - no x-ray needed.

        Assessment:
        Right ankle sprain, anterior talofibular ligament, grade II. No fracture suspected; no syndesmotic injury.

        Plan: lace-up brace, crutches weight bearing as tolerated, RICE, naproxen 500 mg bid x7 days, return to
        play protocol with the athletic trainer. Follow up in 2 weeks.

        Total time 25 minutes.
        """,
        codes=[
            c("S93.491A", "Right ankle sprain, anterior talofibular ligament",
              why="R12: sprain of other ligament (ATFL) of right ankle, initial encounter while actively treated"),
            c("99213", "Total time 25 minutes", why="R14: established patient, 25 minutes"),
        ],
        skips=[
            skip("No fracture suspected", "R01", "negated"),
            skip("no syndesmotic injury", "R01", "negated"),
            skip("Left knee pain from last season resolved with PT", "R20", "resolved"),
            skip("No numbness", "R01", "negated"),
            skip("Swelling lateral ankle, pain with weight bearing", "R23", "integral to the sprain"),
        ],
    ),
    NoteSpec(
        id="dev-r3-07", dos="2026-04-21",
        specialty="allergy and immunology", setting="outpatient", age=29, sex="F", payer="cigna", minutes=30,
        text="""
        ALLERGY & IMMUNOLOGY - ESTABLISHED PATIENT

        Chief complaint: spring allergies, asthma check.

        HPI: "My nose is always stuffed in April and my eyes itch." Symptoms each spring for years; skin testing
        here in 2024 positive to tree and grass pollen. Uses albuterol 3-4 days a week in April, night waking
        twice a month. On fluticasone-salmeterol 250/50 bid. Peanut allergy with anaphylaxis at age 8; carries
        epinephrine.

        ROS:
        [x] denies fever
        [x] denies chest pain
        [x] denies hives
        [ ] weight loss
        [x] denies reflux symptoms

        Exam: pale boggy turbinates, clear rhinorrhea. Lungs: scattered end-expiratory wheeze, good air movement.
        Spirometry (last month at PCP): FEV1 74% predicted.

        Assessment/Plan:
        1. Allergic rhinitis due to tree and grass pollen - start fluticasone nasal spray daily Mar-Jun;
           discussed allergen immunotherapy.
        2. Moderate persistent asthma, not in exacerbation - continue fluticasone-salmeterol, albuterol prn;
           asthma action plan updated.
        3. Peanut allergy - epinephrine auto-injector renewed (2-pack); strict avoidance.

        Total time 30 minutes.
        """,
        codes=[
            c("J30.1", "Allergic rhinitis due to tree and grass pollen", why="R22: allergic rhinitis due to pollen"),
            c("J45.40", "Moderate persistent asthma, not in exacerbation",
              why="R22: moderate persistent asthma, uncomplicated"),
            c("Z91.010", "Peanut allergy - epinephrine", "Peanut allergy with anaphylaxis",
              why="R20: peanut allergy status, treated with an epinephrine prescription"),
            c("99214", "Total time 30 minutes", why="R14: established patient, 30 minutes"),
        ],
        skips=[
            skip("denies fever", "R02", "checkbox ROS negative"),
            skip("denies chest pain", "R02", "checkbox ROS negative"),
            skip("denies hives", "R02", "checkbox ROS negative"),
            skip("denies reflux symptoms", "R02", "checkbox ROS negative"),
            skip("weight loss", "R02", "unchecked ROS item"),
            skip("discussed allergen immunotherapy", "R07", "considered"),
        ],
    ),
    NoteSpec(
        id="dev-r3-08", dos="2026-06-02",
        specialty="urgent care", setting="outpatient", age=31, sex="F", payer="medicaid", minutes=22,
        text="""
        URGENT CARE VISIT

        31 y/o G2P1001 at 24 weeks 3 days by early ultrasound, prenatal care with Dr. Osei, here with 2 days of
        burning with urination, frequency and suprapubic pressure. Denies fever, chills, back pain, vaginal
        bleeding, leakage of fluid or contractions. Good fetal movement. Prior pregnancy uncomplicated.

        Exam: afebrile, no CVA tenderness. Fundal height 24 cm. FHR 145 by doppler.
        Urine sent for culture.

        Assessment: Acute cystitis in pregnancy, second trimester, 24 weeks.
        Plan: cephalexin 500 mg bid x 7 days; fluids; culture results to her OB; to L&D if fever, flank pain or
        contractions.

        Total time 22 minutes.
        """,
        codes=[
            c("O23.12", "Acute cystitis in pregnancy, second trimester",
              why="R25: infection of bladder in pregnancy by trimester, chapter 15 first"),
            c("Z3A.24", "24 weeks 3 days", "24 weeks.", why="R25: weeks of gestation"),
            c("99213", "Total time 22 minutes", why="R14: established patient, 22 minutes"),
        ],
        skips=[
            skip("Denies fever, chills, back pain, vaginal\n        bleeding, leakage of fluid or contractions",
                 "R01", "negated"),
            skip("no CVA tenderness", "R01", "negated"),
            skip("to L&D if fever, flank pain or\n        contractions", "R07", "conditional"),
            skip("burning with urination, frequency and suprapubic pressure", "R23", "integral to cystitis"),
        ],
    ),
    NoteSpec(
        id="dev-r3-09", dos="2026-02-24",
        specialty="oncology", setting="outpatient", age=61, sex="M", payer="bcbs", minutes=40,
        text="""
        MEDICAL ONCOLOGY FOLLOW-UP - PRE-CYCLE 6

        61-year-old man with adenocarcinoma of the sigmoid colon metastatic to the liver (three lesions), on
        FOLFOX plus bevacizumab since October. Sigmoid colectomy deferred. Tingling in both hands and feet has
        worsened since cycle 4, now constant, trouble with buttons. No falls. No diarrhea, mouth sores, bleeding
        or fevers. Appetite fair, weight down 1 kg.

        Exam: ECOG 1. No jaundice. Decreased vibration and pinprick in the feet to the ankles, hands to the wrists.
        Labs: ANC 2.1, platelets 134, bilirubin 0.8, CEA 12 (from 48).

        Assessment/plan:
        1. Sigmoid colon adenocarcinoma with liver metastases - responding by CEA; restaging CT before cycle 7;
           proceed with cycle 6.
        2. Oxaliplatin-induced peripheral neuropathy, grade 2 - oxaliplatin dose reduced 25%; duloxetine 30 mg.

        Total time 40 minutes.
        """,
        codes=[
            c("C18.7", "Sigmoid colon adenocarcinoma with liver metastases", "adenocarcinoma of the sigmoid colon",
              why="R21: primary malignancy under treatment first"),
            c("C78.7", "Sigmoid colon adenocarcinoma with liver metastases", "metastatic to the liver",
              why="R22: secondary malignancy of the liver"),
            c("G62.0", "Oxaliplatin-induced peripheral neuropathy",
              why="R12: drug-induced polyneuropathy (nature of the adverse effect first, I.C.19.e.5.a)"),
            c("T45.1X5A", "Oxaliplatin-induced peripheral neuropathy",
              why="R12: adverse effect of antineoplastic drug, active treatment"),
            c("99215", "Total time 40 minutes", why="R14: established patient, 40 minutes"),
        ],
        skips=[
            skip("No falls", "R01", "negated"),
            skip("No diarrhea, mouth sores, bleeding\n        or fevers", "R01", "negated"),
            skip("No jaundice", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r3-10", dos="2026-03-27",
        specialty="hospital medicine", setting="inpatient", age=66, sex="M", payer="medicare", pos="21",
        text="""
        DISCHARGE SUMMARY

        Admit date: 03/22/2026. Discharge date: 03/27/2026.

        Principal diagnosis: Acute on chronic systolic heart failure due to hypertensive heart and kidney disease.
        Other diagnoses:
        - Chronic kidney disease stage 4 due to type 2 diabetes
        - Type 2 diabetes with diabetic polyneuropathy, on insulin
        - Hyperkalemia
        - Alcohol use disorder, moderate, in sustained remission

        History: 66-year-old man with HFrEF (EF 30%), hypertension, diabetic kidney disease and neuropathy
        presented with 10 days of progressive dyspnea, orthopnea and 6 kg weight gain despite taking his
        torsemide. He has not had a drink in 3 years and attends AA. Quit smoking in 2010.

        Hospital course: Diuresed with IV furosemide, net negative 7 L, back to dry weight. Troponin flat; no
        evidence of acute coronary syndrome. Pneumonia was considered on admission but the chest x-ray showed
        no infiltrate and antibiotics were not started. Potassium 6.1 on admission, treated with Lokelma and
        lisinopril held; 4.9 at discharge, lisinopril resumed at a lower dose. Creatinine 2.6 at baseline
        (eGFR 25). Glucose controlled on basal insulin. Gabapentin renally dosed for the neuropathy.

        Discharge medications: torsemide 40 mg daily, carvedilol 12.5 mg bid, lisinopril 5 mg daily, insulin
        glargine 18 units nightly, gabapentin 100 mg tid, sodium zirconium cyclosilicate 5 g daily.

        Follow-up: heart failure clinic in 7 days; nephrology in 4 weeks.
        """,
        codes=[
            c("I13.0", "due to hypertensive heart and kidney disease",
              why="R08: hypertensive heart and CKD with heart failure, stage 1-4; principal (R21)"),
            c("I50.23", "Acute on chronic systolic heart failure", why="R22: acute on chronic systolic"),
            c("E11.22", "Chronic kidney disease stage 4 due to type 2 diabetes",
              why="R09: diabetic CKD combination code"),
            c("N18.4", "Chronic kidney disease stage 4", why="R09: stage of CKD (use additional code)"),
            c("E11.42", "Type 2 diabetes with diabetic polyneuropathy", why="R09: diabetic polyneuropathy"),
            c("E87.5", "Hyperkalemia", why="R20: treated"),
            c("F10.21", "Alcohol use disorder, moderate, in sustained remission",
              why="R22: alcohol dependence (moderate use disorder) in remission"),
            c("Z79.4", "on insulin", "insulin\n        glargine 18 units", why="R10: long-term insulin"),
            c("Z87.891", "Quit smoking in 2010", why="R06: former smoker"),
        ],
        skips=[
            skip("no\n        evidence of acute coronary syndrome", "R01", "ruled out"),
            skip("Pneumonia was considered on admission", "R01", "ruled out"),
            skip("no infiltrate", "R01", "negated"),
            skip("dyspnea, orthopnea and 6 kg weight gain", "R23", "integral to heart failure"),
        ],
    ),
    NoteSpec(
        id="dev-r3-11", dos="2026-07-09",
        specialty="psychiatry", setting="outpatient", age=42, sex="F", payer="aetna", minutes=45,
        text="""
        OUTPATIENT PSYCHIATRY - MEDICATION MANAGEMENT

        History of present illness: Ms. is a 42-year-old woman with major depressive disorder, recurrent, and
        generalized anxiety disorder, seen for follow-up four weeks after sertraline was increased to 150 mg.
        She describes the last month as "like walking through mud." Mood 4/10, sleeping 9-10 hours, low
        energy, guilt about missing her son's games. Worry about money and work most days, muscle tension. She
        denies suicidal ideation, intent or plan, and denies homicidal ideation. She denies auditory or visual
        hallucinations. No periods of elevated mood, decreased need for sleep or racing thoughts. No panic
        attacks. She denies alcohol use and cannabis. She is in early remission from opioid use disorder, on
        buprenorphine-naloxone 8/2 mg twice daily from our clinic; last use of oxycodone 7 months ago; urine drug
        screen today consistent. No cravings. No history of overdose.

        Mental status: casually dressed, psychomotor slowing, speech soft, mood "down", affect constricted,
        thought process linear, no SI/HI, insight and judgment fair.
        PHQ-9 16, GAD-7 13.

        Assessment:
        1. Major depressive disorder, recurrent, moderate - partial response; increase sertraline to 200 mg.
        2. Generalized anxiety disorder - add buspirone 10 mg bid.
        3. Opioid use disorder, severe, in early remission, on maintenance buprenorphine - continue
           buprenorphine-naloxone; PDMP reviewed; naloxone kit renewed.

        Total time 45 minutes.
        """,
        codes=[
            c("F33.1", "Major depressive disorder, recurrent, moderate", why="R22: recurrent, moderate"),
            c("F41.1", "Generalized anxiety disorder - add", why="R22: GAD"),
            c("F11.21", "Opioid use disorder, severe, in early remission",
              why="R22: opioid dependence (severe use disorder) in remission"),
            c("99215", "Total time 45 minutes", why="R14: established patient, 45 minutes"),
        ],
        skips=[
            skip("denies suicidal ideation, intent or plan", "R01", "negated"),
            skip("denies homicidal ideation", "R01", "negated"),
            skip("denies auditory or visual\n        hallucinations", "R01", "negated"),
            skip("No panic\n        attacks", "R01", "negated"),
            skip("denies alcohol use and cannabis", "R01", "negated"),
            skip("No history of overdose", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r3-12", dos="2026-03-03",
        specialty="family medicine", setting="outpatient", age=57, sex="M", payer="uhc", minutes=30,
        text="""
        OFFICE VISIT - CHRONIC CARE

        Chief Complaint: 3 month follow-up DM/HTN/lipids

        Review of Systems:
        Constitutional: [x] denies fever [x] denies fatigue [ ] weight loss
        Cardiovascular: [x] denies chest pain [x] denies palpitations [x] denies leg swelling
        Respiratory: [x] denies shortness of breath [x] denies cough
        Endocrine: [x] denies polyuria [x] denies polydipsia
        Neuro: [x] denies numbness [x] denies tingling

        Current medications: metformin 1000 mg bid, lisinopril 20 mg daily, atorvastatin 40 mg daily
        Vitals: BP 138/84, BMI 31.2
        Labs: eGFR 52 (52 in Nov), urine albumin/creatinine 88 mg/g

        Assessment:
        1. Type 2 diabetes mellitus with diabetic chronic kidney disease, stage 3a - A1c pending; continue
           metformin; foot exam normal.
        2. Hypertension with CKD - near goal, continue lisinopril.
        3. Hyperlipidemia - continue atorvastatin.

        Addendum 03/04/2026: A1c 8.9%. Diabetes poorly controlled with hyperglycemia; adding empagliflozin
        10 mg daily (also for the kidney disease). Patient notified by phone.

        Total time 30 minutes.
        """,
        codes=[
            c("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease",
              why="R09: diabetic CKD combination code"),
            c("E11.65", "Diabetes poorly controlled with hyperglycemia", why="R09: with hyperglycemia (addendum)"),
            c("I12.9", "Hypertension with CKD", why="R08: hypertensive CKD stage 1-4"),
            c("N18.31", "stage 3a", why="R09: CKD stage from the diabetes line"),
            c("E78.5", "Hyperlipidemia - continue atorvastatin", why="R20: treated"),
            c("Z79.84", "metformin 1000 mg bid", why="R10: long-term oral hypoglycemic"),
            c("99214", "Total time 30 minutes", why="R14: established patient, 30 minutes"),
        ],
        skips=[
            skip("denies fever", "R02", "checkbox ROS negative"),
            skip("denies chest pain", "R02", "checkbox ROS negative"),
            skip("denies shortness of breath", "R02", "checkbox ROS negative"),
            skip("denies polyuria", "R02", "checkbox ROS negative"),
            skip("denies numbness", "R02", "checkbox ROS negative"),
            skip("weight loss", "R02", "unchecked ROS item"),
            skip("BMI 31.2", "R20", "no weight diagnosis documented by the provider"),
        ],
    ),
    NoteSpec(
        id="dev-r3-13", dos="2026-01-27",
        specialty="urgent care", setting="outpatient", age=34, sex="F", payer="bcbs", minutes=20,
        text="""
        UC NOTE
        S: 34F slipped on ice yest, FOOSH R hand. R wrist pain/swelling dorsal side. No numbness/tingling. No
        other inj, no head strike, no LOC. Hx asthma - no inhaler use in yrs. Meds: OCP. NKDA.
        O: R wrist mild swelling, TTP dorsal radiocarpal, no snuffbox TTP, ROM limited by pain, NVI distally.
        XR R wrist 3 views: neg for fx per radiology read.
        A: R wrist sprain. Fx ruled out by XR; no scaphoid tenderness.
        P: velcro wrist splint, ice, ibuprofen 600 tid prn; if snuffbox pain develops repeat XR in 10-14d.
        Total time 20 min.
        """,
        codes=[
            c("S63.501A", "R wrist sprain", why="R12: sprain of right wrist, initial encounter while actively treated"),
            c("99213", "Total time 20 min", why="R14: established patient, 20 minutes"),
        ],
        skips=[
            skip("neg for fx", "R01", "negative imaging"),
            skip("Fx ruled out by XR", "R01", "ruled out"),
            skip("Hx asthma - no inhaler use in yrs", "R20", "not addressed"),
            skip("no head strike, no LOC", "R01", "negated"),
            skip("R wrist pain/swelling", "R23", "integral to the sprain"),
        ],
    ),
    NoteSpec(
        id="dev-r3-14", dos="2026-05-05",
        specialty="dermatology", setting="outpatient", age=63, sex="M", payer="medicare", minutes=22,
        text="""
        DERMATOLOGY - FULL SKIN EXAM

        63-year-old man here for his yearly skin check. Melanoma of the left upper back excised with wide local
        excision in 2018 (stage IA), no recurrence since. Mother had melanoma. He has rough scaly spots on his
        scalp and forearms. No new or changing moles, no bleeding lesions.

        Exam: full skin exam. Scar on the left upper back well healed, no nodularity, no adenopathy. Several
        gritty erythematous scaly papules on the scalp and dorsal forearms. Multiple stuck-on waxy brown papules
        on the trunk. No atypical nevi.

        Impression/Plan:
        1. Actinic keratoses, scalp and forearms - fluorouracil 5% cream twice daily for 3 weeks.
        2. Seborrheic keratoses, trunk - benign, reassured; no treatment.
        3. History of melanoma, no evidence of recurrence - continue yearly skin exams.
        4. Family history of melanoma.

        Total time 22 minutes.
        """,
        codes=[
            c("L57.0", "Actinic keratoses, scalp and forearms", why="R22: actinic keratosis treated"),
            c("L82.1", "Seborrheic keratoses, trunk", why="R22: seborrheic keratosis, not inflamed"),
            c("Z85.820", "History of melanoma, no evidence of recurrence", "no recurrence since",
              why="R06: excised melanoma without current disease or treatment (I.C.2.d)"),
            c("Z80.8", "Mother had melanoma", "Family history of melanoma",
              why="R05: family history of a skin cancer at a skin-cancer check"),
            c("99213", "Total time 22 minutes", why="R14: established patient, 22 minutes"),
        ],
        skips=[
            skip("No new or changing moles, no bleeding lesions", "R01", "negated"),
            skip("no nodularity, no adenopathy", "R01", "negated"),
            skip("No atypical nevi", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r3-15", dos="2026-06-23",
        specialty="cardiology", setting="outpatient", age=74, sex="F", payer="medicare", minutes=30,
        text="""
        CARDIOLOGY FOLLOW-UP

        74-year-old woman with paroxysmal atrial fibrillation on apixaban 5 mg twice daily and metoprolol, and
        hypertension, seen 6 months after her last visit. She had a TIA in 2022 with full recovery. Two brief
        episodes of fluttering last month, self-limited. Denies chest pain, syncope, dyspnea, bleeding or dark
        stools. Echo in January: EF 60%, normal valves, no heart failure physiology.

        BP 132/78, HR 64 regular. Lungs clear, no edema.
        ECG reviewed from primary care last week: sinus rhythm.
        CHA2DS2-VASc 5 (age, sex, hypertension, TIA).

        Assessment and plan:
        1. Paroxysmal atrial fibrillation - rare symptomatic episodes; continue metoprolol; continue apixaban.
        2. Hypertension - at goal; continue lisinopril.
        3. History of TIA - on anticoagulation as above.

        Total time 30 minutes.
        """,
        codes=[
            c("I48.0", "Paroxysmal atrial fibrillation - rare", why="R22: paroxysmal AF"),
            c("I10", "Hypertension - at goal", why="R20: treated"),
            c("Z79.01", "apixaban 5 mg twice daily", why="R10: long-term anticoagulant"),
            c("Z86.73", "History of TIA", "She had a TIA in 2022 with full recovery",
              why="R06: TIA without residual deficits, relevant to the stroke-prevention decision"),
            c("99214", "Total time 30 minutes", why="R14: established patient, 30 minutes"),
        ],
        skips=[
            skip("Denies chest pain, syncope, dyspnea, bleeding or dark\n        stools", "R01", "negated"),
            skip("no heart failure physiology", "R01", "negated"),
            skip("no edema", "R02", "normal exam"),
            skip("episodes of fluttering", "R23", "integral to atrial fibrillation"),
        ],
    ),
    NoteSpec(
        id="dev-r3-16", dos="2026-02-10",
        specialty="pediatrics", setting="outpatient", age=7, sex="M", payer="medicaid",
        text="""
        PEDIATRIC SICK VISIT

        7-year-old boy with sore throat and fever to 102 since last night. Mom says "he wouldn't eat breakfast
        because it hurts to swallow." No cough, no runny nose, no rash, no vomiting. His brother had strep last
        week. No drug allergies.

        Exam: T 101.6. Tonsils 2+ with exudate, tender anterior cervical nodes. TMs normal. Lungs clear. No rash.
        Rapid strep test done in the office: positive.

        Assessment: Streptococcal pharyngitis.
        Plan: amoxicillin 50 mg/kg/day once daily x 10 days; acetaminophen or ibuprofen for fever; return to
        school after 12 hours of antibiotics.
        """,
        codes=[
            c("J02.0", "Streptococcal pharyngitis", why="R22: strep pharyngitis confirmed by rapid test"),
            c("99213", "Assessment:", why="R15: acute uncomplicated illness, prescription drug: low MDM"),
            c("87880", "Rapid strep test done in the office: positive", why="R19: test performed in the office"),
        ],
        skips=[
            skip("fever to 102", "R23", "integral to the pharyngitis"),
            skip("No cough, no runny nose, no rash, no vomiting", "R01", "negated"),
            skip("His brother had strep last\n        week", "R05", "contact of a relative, infection confirmed"),
        ],
    ),
    NoteSpec(
        id="dev-r3-17", dos="2026-08-18",
        specialty="psychiatry", setting="outpatient", age=51, sex="M", payer="uhc", minutes=32,
        text="""
        ADDICTION PSYCHIATRY FOLLOW-UP (video)

        51-year-old man with alcohol use disorder, severe, in early remission - last drink 5 months ago, on
        naltrexone 50 mg daily, attends SMART Recovery twice weekly. Major depressive disorder, single episode,
        in partial remission on sertraline 100 mg. Still smokes 10 cigarettes a day; "I'm not ready to quit
        smoking too." Denies cravings for alcohol, denies suicidal thoughts, no withdrawal symptoms, no
        blackouts. No legal problems. LFTs last month normal.

        Mental status: calm, euthymic, linear, no SI/HI.

        Assessment:
        1. Alcohol use disorder, severe, in early remission - continue naltrexone; relapse-prevention plan
           reviewed.
        2. Major depressive disorder, single episode, in partial remission - continue sertraline.
        3. Tobacco use disorder, cigarettes - not ready to quit; nicotine patch offered and declined.

        Total time 32 minutes.
        """,
        codes=[
            c("F10.21", "Alcohol use disorder, severe, in early remission - continue",
              why="R22: alcohol dependence (severe use disorder) in remission"),
            c("F32.4", "Major depressive disorder, single episode, in partial remission - continue",
              why="R22: single episode, partial remission"),
            c("F17.210", "Tobacco use disorder, cigarettes", why="R22: nicotine dependence, cigarettes"),
            c("99214", "Total time 32 minutes", why="R14: established patient, 32 minutes"),
        ],
        skips=[
            skip("Denies cravings for alcohol, denies suicidal thoughts, no withdrawal symptoms, no\n        blackouts",
                 "R01", "negated"),
            skip("nicotine patch offered and declined", "R07", "declined"),
        ],
    ),
    NoteSpec(
        id="dev-r3-18", dos="2026-04-14",
        specialty="endocrinology", setting="outpatient", age=46, sex="F", payer="aetna", minutes=30,
        text="""
        ENDOCRINOLOGY FOLLOW-UP

        46-year-old woman with hypothyroidism due to Hashimoto's thyroiditis on levothyroxine 100 mcg, prediabetes
        and vitamin D deficiency. Fatigue better. No palpitations, tremor or heat intolerance. Her mother and sister
        have hypothyroidism. Weight up 3 kg this year.

        Exam: BMI 36.4. Thyroid small, no goiter, no nodules.
        Labs: TSH 5.8 (was 2.1), A1c 6.1, 25-OH vitamin D 18.

        Assessment/Plan:
        1. Hypothyroidism due to Hashimoto's thyroiditis - TSH above goal; increase levothyroxine to 112 mcg,
           TSH in 6 weeks.
        2. Prediabetes - diet and exercise; A1c in 6 months.
        3. Vitamin D deficiency - vitamin D3 2000 units daily.
        4. Obesity, class 2, BMI 36.4 - discussed nutrition referral and GLP-1 options; she will think about it.
        5. Family history of hypothyroidism - noted.

        Total time 30 minutes.
        """,
        codes=[
            c("E06.3", "Hypothyroidism due to Hashimoto's thyroiditis - TSH",
              why="R22: autoimmune (Hashimoto) thyroiditis includes the hypothyroidism"),
            c("R73.03", "Prediabetes - diet", why="R22: prediabetes"),
            c("E55.9", "Vitamin D deficiency - vitamin", why="R22: vitamin D deficiency treated"),
            c("E66.812", "Obesity, class 2", why="R22: obesity class 2 documented by the provider"),
            c("Z68.36", "BMI 36.4", ("BMI 36.4", 1), why="R22: BMI with the provider's obesity diagnosis"),
            c("Z83.49", "Her mother and sister\n        have hypothyroidism", "Family history of hypothyroidism",
              why="R05: family history of the same (endocrine) condition"),
            c("99214", "Total time 30 minutes", why="R14: established patient, 30 minutes"),
        ],
        skips=[
            skip("No palpitations, tremor or heat intolerance", "R01", "negated"),
            skip("no goiter, no nodules", "R02", "normal exam"),
        ],
    ),
    NoteSpec(
        id="dev-r3-19", dos="2026-07-30",
        specialty="family medicine", setting="outpatient", age=29, sex="M", payer="cigna",
        text="""
        PROCEDURE VISIT

        29-year-old man cut his left index finger on a kitchen knife 2 hours ago. Bleeding controlled with
        pressure. No numbness, full flexion and extension. Tetanus booster (Tdap) in 2023. No foreign body sensation.

        Exam: 2.0 cm linear laceration, volar aspect of the left index finger, middle phalanx; tendons intact with
        full strength, sensation intact, nail not involved. No foreign body on exploration.

        Procedure: digital block with 1% lidocaine; irrigated; simple repair of the 2.0 cm laceration with four
        5-0 nylon sutures. Tolerated well.

        Assessment: Laceration of left index finger without damage to nail, no foreign body - repaired.
        Plan: wound care, suture removal in 10 days; return if redness, pus or fever.
        """,
        codes=[
            c("S61.211A", "Laceration of left index finger without damage to nail",
              why="R12: laceration of left index finger without nail damage or foreign body, initial encounter"),
            c("12001", "simple repair of the 2.0 cm laceration",
              why="R18: simple repair 2.5 cm or less; the decision for the minor procedure is not a separate E/M"),
        ],
        skips=[
            skip("No numbness", "R01", "negated"),
            skip("return if redness, pus or fever", "R07", "conditional"),
            skip("No foreign body on exploration", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r3-20", dos="2026-03-12",
        specialty="gastroenterology", setting="outpatient", age=55, sex="M", payer="bcbs", minutes=40,
        new_patient=True,
        text="""
        HEPATOLOGY NEW PATIENT CONSULTATION

        History of present illness: Mr. is a 55-year-old man referred for hepatitis C found on screening by his
        primary care physician in January (HCV antibody positive, RNA 2.4 million IU/mL, genotype 1a). He feels
        well. He denies jaundice, abdominal swelling, confusion, black stools, vomiting blood, itching or easy
        bruising. He used injection drugs in his twenties and has not used any drugs in over 25 years. He drank
        heavily until 2020 and has not had alcohol since. He has never been treated for hepatitis C. He has no
        history of liver disease in the family. HIV and hepatitis B screening were negative; he is immune to
        hepatitis A. Hypertension treated by his PCP with amlodipine.

        Exam: no jaundice, no spider angiomata, no palmar erythema, no splenomegaly, no ascites.
        FibroScan at the imaging center yesterday (reviewed): liver stiffness 8.1 kPa; no cirrhosis.

        Assessment:
        1. Chronic hepatitis C, genotype 1a, treatment-naive, without cirrhosis - start
           sofosbuvir-velpatasvir for 12 weeks; hepatitis B vaccine series.
        2. Cirrhosis excluded by elastography - no HCC surveillance needed.

        Total time 40 minutes.
        """,
        codes=[
            c("B18.2", "Chronic hepatitis C, genotype 1a", why="R22: chronic viral hepatitis C"),
            c("99203", "Total time 40 minutes", why="R14: new patient, 40 minutes (30-44)"),
        ],
        skips=[
            skip("He denies jaundice, abdominal swelling, confusion, black stools, vomiting blood, itching or "
                 "easy\n        bruising", "R01", "negated"),
            skip("no cirrhosis", "R01", "negated"),
            skip("Cirrhosis excluded by elastography", "R01", "ruled out"),
            skip("HIV and hepatitis B screening were negative", "R01", "negative test"),
            skip("He has no\n        history of liver disease in the family", "R01", "negated"),
            skip("Hypertension treated by his PCP", "R20", "managed elsewhere, not addressed"),
            skip("He used injection drugs in his twenties", "R20", "remote past use, no disorder documented"),
        ],
    ),
    NoteSpec(
        id="dev-r3-21", dos="2026-01-19",
        specialty="hospital medicine", setting="inpatient", age=69, sex="M", payer="medicare", pos="21",
        text="""
        DISCHARGE SUMMARY

        Admission date: 01/15/2026. Discharge date: 01/19/2026.

        Final diagnoses:
        1. Right lower lobe pneumonia in a patient with COPD
        2. Hyponatremia, resolved
        3. COPD, no acute exacerbation this admission

        History: 69-year-old man with COPD (FEV1 48%) on tiotropium presented with 4 days of productive cough,
        fever and pleuritic right chest pain. He quit smoking in 2015. On arrival HR 104, T 38.9, lactate 1.4; he
        did not meet sepsis criteria and there was no organ dysfunction. Chest x-ray: right lower lobe
        consolidation. Sodium 128.

        Hospital course: Treated with ceftriaxone and azithromycin, changed to oral cefpodoxime. Blood and sputum
        cultures negative; Legionella and pneumococcal urine antigens negative. No wheezing during the stay; no
        steroids were needed. Hyponatremia from hypovolemia corrected with normal saline to 136. Pulmonary
        embolism was considered but CT angiogram was negative.

        Discharge medications: cefpodoxime 200 mg twice daily for 3 more days, tiotropium, albuterol as needed.
        """,
        codes=[
            c("J18.9", "Right lower lobe pneumonia", why="R21: principal diagnosis, pneumonia without an organism"),
            c("J44.0", "Right lower lobe pneumonia in a patient with COPD",
              why="R22: COPD with acute lower respiratory infection (code also the infection)"),
            c("E87.1", "Hyponatremia, resolved", why="R20: treated during the stay"),
            c("Z87.891", "He quit smoking in 2015", why="R06: former smoker"),
        ],
        skips=[
            skip("did not meet sepsis criteria", "R01", "ruled out"),
            skip("no organ dysfunction", "R01", "negated"),
            skip("Pulmonary\n        embolism was considered but CT angiogram was negative", "R01", "ruled out"),
            skip("no acute exacerbation", "R01", "negated"),
            skip("productive cough,\n        fever", "R23", "integral to pneumonia"),
        ],
    ),
    NoteSpec(
        id="dev-r3-22", dos="2026-03-30",
        specialty="otolaryngology", setting="outpatient", age=48, sex="F", payer="cigna", minutes=35,
        new_patient=True,
        text="""
        OTOLARYNGOLOGY NEW PATIENT

        Referred for nasal obstruction. 48-year-old woman with 2 years of nasal congestion, thick drainage,
        facial pressure and loss of smell. Three courses of antibiotics last year. She says "I can't smell my
        coffee anymore." No history of asthma. No aspirin sensitivity. No epistaxis. Never smoker.

        Nasal endoscopy today: bilateral grade 2 polyps in the middle meatus, purulence absent. Septum deviated
        to the left, obstructing the left airway.
        CT sinus from last month (reviewed): pansinus mucosal thickening.

        Assessment:
        1. Chronic rhinosinusitis with nasal polyps - budesonide saline irrigations twice daily, prednisone taper;
           discussed endoscopic sinus surgery if no improvement in 3 months.
        2. Deviated nasal septum - contributes to obstruction; septoplasty could be combined with sinus surgery.

        Total time 35 minutes.
        """,
        codes=[
            c("J32.9", "Chronic rhinosinusitis with nasal polyps", why="R22: chronic sinusitis, unspecified sinus"),
            c("J33.9", "Chronic rhinosinusitis with nasal polyps", why="R22: nasal polyps (coded with the sinusitis)"),
            c("J34.2", "Deviated nasal septum", why="R22: deviated septum addressed"),
            c("99203", "Total time 35 minutes", why="R14: new patient, 35 minutes"),
        ],
        skips=[
            skip("No history of asthma", "R01", "negated"),
            skip("No aspirin sensitivity", "R01", "negated"),
            skip("No epistaxis", "R01", "negated"),
            skip("discussed endoscopic sinus surgery if no improvement", "R07", "conditional"),
            skip("loss of smell", "R23", "integral to the polyps"),
        ],
    ),
    NoteSpec(
        id="dev-r3-23", dos="2026-09-08",
        specialty="geriatrics", setting="outpatient", age=81, sex="F", payer="medicare", minutes=40,
        text="""
        GERIATRIC ASSESSMENT FOLLOW-UP

        81-year-old woman seen with her daughter, who says "Mom seems more forgetful - she repeats questions."
        Independent in all ADLs; daughter now manages the bills. Also urgency with leaking before reaching the
        bathroom, 2-3 times a day, no dysuria or hematuria. No falls. No depression symptoms (PHQ-2 0).

        Problem list (copied from prior note):
        - Hypertension - on amlodipine
        - Colon cancer 2010, s/p right hemicolectomy, no recurrence
        - Cellulitis left leg 2023 - resolved

        Exam: BP 128/74. MoCA 22/30 (recall 1/5). Urinalysis dipstick in office: negative.
        Labs last month: B12, TSH normal.

        Assessment/plan:
        1. Mild cognitive impairment - no functional decline beyond finances; MRI brain ordered; recheck MoCA in 6
           months; discussed driving.
        2. Urge incontinence - bladder training, pelvic floor PT referral; avoid anticholinergics.
        3. Hypertension - controlled; continue amlodipine.

        Total time 40 minutes.

        Addendum 09/09/2026: MRI brain with mild small-vessel changes only. Daughter informed.
        """,
        codes=[
            c("G31.84", "Mild cognitive impairment - no", why="R22: mild cognitive impairment"),
            c("N39.41", "Urge incontinence - bladder", why="R22: urge incontinence treated"),
            c("I10", "Hypertension - controlled", why="R20: treated"),
            c("99215", "Total time 40 minutes", why="R14: established patient, 40 minutes"),
            c("81002", "Urinalysis dipstick in office", why="R19: test performed in the office"),
        ],
        skips=[
            skip("no dysuria or hematuria", "R01", "negated"),
            skip("No falls", "R01", "negated"),
            skip("No depression symptoms", "R01", "negated"),
            skip("Colon cancer 2010, s/p right hemicolectomy, no recurrence", "R20",
                 "past history unrelated to the visit"),
            skip("Cellulitis left leg 2023 - resolved", "R20", "resolved"),
            skip("mild small-vessel changes", "R20", "incidental imaging finding, not diagnosed"),
        ],
    ),
    NoteSpec(
        id="dev-r3-24", dos="2026-05-26",
        specialty="urgent care", setting="outpatient", age=27, sex="F", payer="medicaid", minutes=25,
        text="""
        URGENT CARE

        27 y/o G1P0 at 9 weeks 2 days by LMP with light vaginal spotting since this morning, mild cramping. No
        passage of tissue, no dizziness, no shoulder pain. Prenatal care starts next week.

        Exam: afebrile, BP 112/70. Abdomen soft, nontender. Speculum: small amount of dark blood, cervical os
        closed.
        Bedside ultrasound (done by ED radiology down the hall, reviewed): single live intrauterine pregnancy,
        CRL c/w 9w2d, FHR 168. Ectopic pregnancy ruled out. Blood type O positive.

        Assessment: Threatened miscarriage, 9 weeks.
        Plan: pelvic rest, acetaminophen; keep OB appointment; to the ED for heavy bleeding or severe pain.

        Total time 25 minutes.
        """,
        codes=[
            c("O20.0", "Threatened miscarriage", why="R25: threatened abortion (miscarriage), chapter 15 first"),
            c("Z3A.09", "9 weeks 2 days", "9 weeks.", why="R25: weeks of gestation"),
            c("99213", "Total time 25 minutes", why="R14: established patient, 25 minutes"),
        ],
        skips=[
            skip("Ectopic pregnancy ruled out", "R01", "ruled out"),
            skip("No\n        passage of tissue, no dizziness, no shoulder pain", "R01", "negated"),
            skip("to the ED for heavy bleeding or severe pain", "R07", "conditional"),
            skip("light vaginal spotting", "R23", "integral to threatened miscarriage"),
        ],
    ),
    NoteSpec(
        id="dev-r3-25", dos="2026-07-14",
        specialty="oncology", setting="outpatient", age=58, sex="F", payer="bcbs", minutes=30,
        text="""
        BREAST ONCOLOGY SURVIVORSHIP / ADJUVANT THERAPY VISIT

        58-year-old woman with right breast cancer, ER/PR positive, HER2 negative, stage IA, treated with
        lumpectomy and whole-breast radiation in 2023, now in year 3 of adjuvant anastrozole. Joint aches in
        hands and knees since starting anastrozole, tolerable. No new breast lumps, no bone pain, no cough, no
        headaches. DEXA in May: osteopenia (T-score -1.8 at the spine).
        Mammogram June: benign.

        Exam: right breast lumpectomy scar without mass, no axillary adenopathy.

        Assessment/Plan:
        1. Right breast cancer, ER positive, on adjuvant anastrozole - no evidence of recurrence; continue
           anastrozole to complete 5-7 years.
        2. Arthralgia due to anastrozole - add walking program, trial of duloxetine if worse.
        3. Osteopenia - calcium and vitamin D; repeat DEXA in 2 years.

        Total time 30 minutes.
        """,
        codes=[
            c("C50.911", "Right breast cancer, ER positive, on adjuvant anastrozole",
              why="R20: breast cancer under adjuvant therapy is current (I.C.2.d)"),
            c("Z17.0", "ER/PR positive, HER2 negative", "ER positive",
              why="R22: estrogen receptor positive; ER, PR and HER2 are each documented, so one code for each "
                  "receptor (FY2026 Z17), not the combined Z17.411 (only when only a combined status is documented)"),
            c("Z17.21", "ER/PR positive, HER2 negative", why="R22: progesterone receptor positive (FY2026 Z17)"),
            c("Z17.32", "ER/PR positive, HER2 negative", why="R22: HER2 negative (FY2026 Z17)"),
            c("M25.50", "Arthralgia due to anastrozole", why="R12: nature of the adverse effect first"),
            c("T38.6X5A", "Arthralgia due to anastrozole", why="R12: adverse effect of an antiestrogen drug"),
            c("M85.80", "Osteopenia - calcium", why="R22: osteopenia"),
            c("Z79.811", "adjuvant anastrozole", why="R10: long-term aromatase inhibitor"),
            c("Z92.3", "whole-breast radiation in 2023", why="R06: history of irradiation"),
            c("99214", "Total time 30 minutes", why="R14: established patient, 30 minutes"),
        ],
        skips=[
            skip("No new breast lumps, no bone pain, no cough, no\n        headaches", "R01", "negated"),
            skip("no axillary adenopathy", "R02", "normal exam"),
            skip("trial of duloxetine if worse", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r3-26", dos="2026-08-04",
        specialty="urgent care", setting="outpatient", age=61, sex="M", payer="uhc", minutes=30,
        text="""
        URGENT CARE - SKIN INFECTION

        61M with T2DM on metformin, 4 days of spreading redness, warmth and pain of the left shin after gardening.
        Drained a little pus yesterday. Subjective fevers, no rigors. Sugars 250-300 at
        home this week (usually 140s). No prior MRSA. No calf pain or leg swelling above the knee.

        Exam: T 37.9. Left anterior shin 10 x 8 cm erythema, warm, tender, with a small draining area; no
        fluctuance. Bedside ultrasound: no abscess. Pulses intact. Wound swab sent yesterday by his PCP grew
        MRSA (report reviewed today).

        Assessment:
        1. Cellulitis of left lower leg due to MRSA - doxycycline 100 mg bid x 7 days; mark borders; recheck in 48h.
        2. Type 2 diabetes with hyperglycemia from the infection - continue metformin, check sugars twice daily.
        DVT not suspected clinically. No osteomyelitis concern.

        Total time 30 minutes.
        """,
        codes=[
            c("L03.116", "Cellulitis of left lower leg due to MRSA", why="R11: cellulitis of the left lower limb"),
            c("B95.62", "Cellulitis of left lower leg due to MRSA", "grew\n        MRSA",
              why="R22: organism as the cause of the infection"),
            c("E11.65", "Type 2 diabetes with hyperglycemia", why="R09: diabetes with hyperglycemia"),
            c("Z79.84", "metformin", why="R10: long-term oral hypoglycemic"),
            c("99214", "Total time 30 minutes", why="R14: established patient, 30 minutes"),
        ],
        skips=[
            skip("no abscess", "R01", "negated"),
            skip("DVT not suspected clinically", "R01", "negated"),
            skip("No osteomyelitis concern", "R01", "negated"),
            skip("No prior MRSA", "R01", "negated"),
            skip("No calf pain or leg swelling above the knee", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r3-27", dos="2026-02-17",
        specialty="allergy and immunology", setting="outpatient", age=36, sex="F", payer="aetna", minutes=40,
        new_patient=True,
        text="""
        ALLERGY CONSULT

        Referred for hives. 36-year-old woman with itchy wheals most days for 4 months, each lasting under 24 hours,
        no bruising. "I've changed every soap and detergent in the house." No lip or tongue swelling, no throat
        tightness, no wheeze. No new medications, no NSAID use. No fevers, joint pain or weight loss. No known
        food triggers; she does not think shellfish is related. Penicillin allergy (rash as a child).

        Exam: scattered urticarial wheals on the trunk and arms, dermatographism present. No angioedema.
        Labs from PCP: CBC, TSH, CRP normal.

        Assessment: Chronic spontaneous (idiopathic) urticaria - cetirizine 10 mg twice daily, up to 4 times daily
        if needed; famotidine added; omalizumab if uncontrolled at 6 weeks. Food allergy testing not indicated.

        Total time 40 minutes.
        """,
        codes=[
            c("L50.1", "Chronic spontaneous (idiopathic) urticaria", why="R22: idiopathic urticaria"),
            c("99203", "Total time 40 minutes", why="R14: new patient, 40 minutes"),
        ],
        skips=[
            skip("No lip or tongue swelling, no throat\n        tightness, no wheeze", "R01", "negated"),
            skip("No angioedema", "R01", "negated"),
            skip("Penicillin allergy (rash as a child)", "R20", "not relevant to the visit's decisions"),
            skip("omalizumab if uncontrolled", "R07", "conditional"),
            skip("Food allergy testing not indicated", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r3-28", dos="2026-04-28",
        specialty="urology", setting="outpatient", age=44, sex="M", payer="bcbs", minutes=30,
        text="""
        UROLOGY SAME-DAY VISIT

        44M with left flank pain radiating to the groin since last night, nausea, no fever. CT stone protocol in
        the ED this morning (reviewed): 6 mm stone at the left ureterovesical junction with moderate left
        hydronephrosis; 3 mm nonobstructing stone in the right kidney. UA in ED: blood 3+, no nitrites, no
        leukocytes. Creatinine 1.0. First stone episode. Dad had kidney stones.

        Assessment:
        1. Left UVJ stone with hydronephrosis - tamsulosin 0.4 mg daily, oxycodone 5 mg for breakthrough pain,
           strain urine; ureteroscopy if it has not passed in 2 weeks or sooner if fever.
        2. Right nonobstructing renal stone - observation.
        No urinary tract infection.

        Total time 30 minutes.
        """,
        codes=[
            c("N13.2", "Left UVJ stone with hydronephrosis",
              why="R13: ureteral stone with hydronephrosis is N13.2 (N20.1 Excludes1)"),
            c("N20.0", "Right nonobstructing renal stone", why="R22: calculus of kidney"),
            c("Z84.19", "Dad had kidney stones", why="R05: family history of a kidney disorder, same condition"),
            c("99214", "Total time 30 minutes", why="R14: established patient, 30 minutes"),
        ],
        skips=[
            skip("No urinary tract infection", "R01", "negated"),
            skip("left flank pain radiating to the groin", "R23", "integral to the stone"),
            skip("ureteroscopy if it has not passed", "R07", "conditional"),
            skip("no fever", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r3-29", dos="2026-06-09",
        specialty="psychiatry", setting="outpatient", age=24, sex="M", payer="medicaid", minutes=45,
        text="""
        PSYCHIATRY URGENT FOLLOW-UP

        24-year-old man with bipolar I disorder, brought by his mother for 5 days of little sleep (2-3 hours),
        pressured speech, spending $3,000, and grandiose plans to start three companies. He says "I've never felt
        better, I don't need sleep." Stopped lithium 3 weeks ago. Uses cannabis most evenings; mother worried.
        He denies hallucinations, and no paranoia or delusions elicited. Denies suicidal or homicidal ideation. No
        alcohol. Not a danger to self or others today; declines hospitalization, mother agrees to stay with him.

        MSE: hyperverbal, expansive affect, flight of ideas, no psychotic content, insight poor.

        Assessment:
        1. Bipolar I disorder, current episode manic, severe, without psychotic features - restart lithium 300 mg
           bid, add olanzapine 10 mg nightly; lithium level in 5 days; crisis plan given.
        2. Cannabis use disorder, mild - advised to stop, worsens mania.

        Total time 45 minutes.
        """,
        codes=[
            c("F31.13", "Bipolar I disorder, current episode manic, severe, without psychotic features",
              why="R22: current episode manic, severe, without psychotic features"),
            c("F12.10", "Cannabis use disorder, mild", why="R22: mild cannabis use disorder is abuse"),
            c("99215", "Total time 45 minutes", why="R14: established patient, 45 minutes"),
        ],
        skips=[
            skip("He denies hallucinations", "R01", "negated"),
            skip("Denies suicidal or homicidal ideation", "R01", "negated"),
            skip("no psychotic content", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r3-30", dos="2026-03-06",
        specialty="hospital medicine", setting="inpatient", age=86, sex="F", payer="medicare", pos="21",
        text="""
        DISCHARGE SUMMARY

        Admitted 03/02/2026, discharged 03/06/2026 to skilled nursing.

        Diagnoses at discharge:
        1. Acute metabolic encephalopathy due to urinary tract infection
        2. E. coli urinary tract infection
        3. Dementia, baseline, without behavioral disturbance
        4. Pressure injury of the sacrum, stage 2, present on admission

        History: 86-year-old woman from home with dementia (needs help with bathing, oriented to self at baseline)
        brought in for 2 days of increased confusion and somnolence. Sepsis was ruled out: normal lactate and
        no hypotension. No focal deficits; CT head showed no acute stroke.

        Course: Urine culture grew E. coli; treated with ceftriaxone then cephalexin. Mental status back to
        baseline by day 3. Wound care for the sacral pressure injury with foam dressing and turning schedule.
        Delirium precautions. No falls during the stay.
        """,
        codes=[
            c("N39.0", "E. coli urinary tract infection",
              why="R21: the infection causing the encephalopathy is principal"),
            c("B96.20", "E. coli urinary tract infection", "Urine culture grew E. coli",
              why="R22: organism as the cause"),
            c("G93.41", "Acute metabolic encephalopathy due to urinary tract infection",
              why="R22: metabolic encephalopathy"),
            c("F03.90", "Dementia, baseline, without behavioral disturbance",
              why="R22: unspecified dementia, unspecified severity, without disturbance"),
            c("L89.152", "Pressure injury of the sacrum, stage 2", why="R22: pressure ulcer by site and stage"),
        ],
        skips=[
            skip("Sepsis was ruled out", "R01", "ruled out"),
            skip("no acute stroke", "R01", "negated"),
            skip("No focal deficits", "R01", "negated"),
            skip("No falls during the stay", "R01", "negated"),
            skip("increased confusion and somnolence", "R23", "integral to the encephalopathy"),
        ],
    ),
    NoteSpec(
        id="dev-r3-31", dos="2026-01-08",
        specialty="family medicine", setting="outpatient", age=52, sex="M", payer="cigna", minutes=20,
        text="""
        f/u HTN, HLD, GERD
        52M, feels well. No CP/SOB/HA. Heartburn controlled w/ omeprazole, uses it 2-3x/wk. Exercises 3x/wk.
        Fam hx: father MI at 50. Nonsmoker.
        BP 126/78. Lipids 3/26: LDL 96.
        A/P:
        HTN - controlled, cont lisinopril 20.
        HLD - LDL at goal for his risk, cont atorvastatin 20.
        GERD - omeprazole prn.
        Premature CAD in father - reviewed, continue statin.
        RTC 6 mo.
        Total time 20 min.
        """,
        codes=[
            c("I10", "HTN - controlled", why="R20: treated"),
            c("E78.5", "HLD - LDL at goal", why="R20: treated"),
            c("K21.9", "GERD - omeprazole prn", why="R20: treated"),
            c("Z82.49", "father MI at 50", "Premature CAD in father",
              why="R05: family history of ischemic heart disease, relevant to the cardiovascular risk treated"),
            c("99213", "Total time 20 min", why="R14: established patient, 20 minutes"),
        ],
        skips=[
            skip("No CP/SOB/HA", "R01", "negated"),
            skip("Nonsmoker", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r3-32", dos="2026-05-12",
        specialty="neurology", setting="outpatient", age=33, sex="F", payer="bcbs", minutes=30,
        text="""
        NEUROLOGY FOLLOW-UP - HEADACHE

        33-year-old woman with migraine without aura, now 16 headache days a month for 6 months, 9 of them with
        migrainous features. Sumatriptan helps within 2 hours. No aura, no weakness, no visual loss, no worst
        headache of life, no headaches on waking. MRI brain last year normal. Topiramate stopped for word-finding
        trouble. Sleep 7 hours. Caffeine 2 cups a day.

        Exam: normal neurological exam, fundi normal.

        Assessment: Chronic migraine without aura, not intractable, without status migrainosus - start
        galcanezumab monthly injections; continue sumatriptan, limit to 2 days a week; headache diary.
        No secondary headache features.

        Total time 30 minutes.
        """,
        codes=[
            c("G43.709", "Chronic migraine without aura, not intractable, without status migrainosus",
              why="R22: chronic migraine without aura, not intractable, without status migrainosus"),
            c("99214", "Total time 30 minutes", why="R14: established patient, 30 minutes"),
        ],
        skips=[
            skip("No aura, no weakness, no visual loss, no worst\n        headache of life", "R01", "negated"),
            skip("No secondary headache features", "R01", "negated"),
            skip("Topiramate stopped for word-finding\n        trouble", "R20", "past adverse effect, not current"),
        ],
    ),
    NoteSpec(
        id="dev-r3-33", dos="2026-07-21",
        specialty="internal medicine", setting="outpatient", age=67, sex="M", payer="medicare", minutes=25,
        text="""
        SAME-DAY VISIT

        67-year-old man with 2 days of a hot, swollen, exquisitely painful right big toe, woke him at night. Third
        flare this year. Hypertension and CKD stage 3a on amlodipine and losartan. No fever, no trauma, no
        other joints involved. Patient: "I can't even put a sheet on it."

        Exam: right first MTP joint red, warm, swollen, very tender. No tophi. No skin break.
        Labs: uric acid 9.1, creatinine 1.4 (eGFR 52, stable).

        Assessment:
        1. Acute gout flare, right first MTP - prednisone 30 mg daily x 5 days (avoiding NSAIDs and full-dose
           colchicine for the kidneys); start allopurinol 100 mg after the flare settles, with colchicine
           0.6 mg daily as prophylaxis for 3 months.
        2. Hypertension with CKD stage 3a - BP 134/80; continue amlodipine and losartan.
        Septic arthritis unlikely; no aspiration needed.

        Total time 25 minutes.
        """,
        codes=[
            c("M10.071", "Acute gout flare, right first MTP", why="R11: idiopathic gout of the right foot"),
            c("I12.9", "Hypertension with CKD stage 3a", why="R08: hypertensive CKD stage 1-4"),
            c("N18.31", "CKD stage 3a - BP", why="R08: stage of CKD"),
            c("99213", "Total time 25 minutes", why="R14: established patient, 25 minutes"),
        ],
        skips=[
            skip("No fever, no trauma, no\n        other joints involved", "R01", "negated"),
            skip("Septic arthritis unlikely", "R03", "uncertain, considered unlikely"),
            skip("No tophi", "R02", "normal exam"),
        ],
    ),
    NoteSpec(
        id="dev-r3-34", dos="2026-09-22",
        specialty="pediatrics", setting="outpatient", age=9, sex="M", payer="medicaid", minutes=30,
        text="""
        PEDIATRICS - ADHD AND ASTHMA FOLLOW-UP

        9-year-old boy with ADHD, combined type, on methylphenidate ER 27 mg. Teacher Vanderbilt improved; still
        trouble finishing homework in the evening. Appetite lower at lunch; weight up 1 kg since spring. Sleeps
        well. Mild intermittent asthma, albuterol twice this summer, no night symptoms, no ED visits. Speech delay
        as a toddler, resolved with therapy by age 5. Dad says "he's doing so much better in class."

        Exam: weight 50th percentile, BP normal, lungs clear.

        Assessment/Plan:
        1. ADHD, combined type - continue methylphenidate ER 27 mg; add guanfacine ER 1 mg in the evening for
           homework time.
        2. Mild intermittent asthma, well controlled - albuterol refilled; asthma action plan for school.

        Total time 30 minutes.
        """,
        codes=[
            c("F90.2", "ADHD, combined type - continue", why="R22: ADHD, combined type"),
            c("J45.20", "Mild intermittent asthma, well controlled", why="R22: mild intermittent, uncomplicated"),
            c("99214", "Total time 30 minutes", why="R14: established patient, 30 minutes"),
        ],
        skips=[
            skip("Speech delay\n        as a toddler, resolved with therapy by age 5", "R20", "resolved"),
            skip("no night symptoms, no ED visits", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r3-35", dos="2026-02-26",
        specialty="infectious disease", setting="outpatient", age=41, sex="F", payer="aetna", minutes=30,
        text="""
        INFECTIOUS DISEASES - TB CLINIC

        41-year-old woman born in the Philippines, positive QuantiFERON on a pre-employment screen. No cough,
        fever, night sweats, weight loss or hemoptysis. No known TB contacts. No HIV risk factors; HIV test
        negative. Liver tests normal. Not pregnant. No alcohol.

        Chest x-ray (reviewed): clear, no evidence of active or prior tuberculosis.

        Assessment: Latent tuberculosis infection - active TB excluded by symptoms and chest x-ray. Start
        rifampin 600 mg daily for 4 months; monthly visits; liver tests if symptoms.

        Total time 30 minutes.
        """,
        codes=[
            c("Z22.7", "Latent tuberculosis infection", why="R22: latent tuberculosis (not active TB, not a bare "
              "positive test)"),
            c("99214", "Total time 30 minutes", why="R14: established patient, 30 minutes"),
        ],
        skips=[
            skip("No cough,\n        fever, night sweats, weight loss or hemoptysis", "R01", "negated"),
            skip("no evidence of active or prior tuberculosis", "R01", "negated"),
            skip("active TB excluded", "R01", "ruled out"),
            skip("HIV test\n        negative", "R01", "negative test"),
            skip("Not pregnant", "R01", "negated"),
        ],
    ),
]
