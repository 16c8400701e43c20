"""Dev notes 0001-0012: primary care, cardiology, orthopedics, dermatology, ED, hospital medicine."""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-0001", specialty="family medicine", setting="outpatient", age=68, sex="F", payer="medicare",
        minutes=35,
        text="""
        FAMILY MEDICINE FOLLOW-UP

        CC: Diabetes and kidney follow-up.

        HPI: 68 yo F with DM2 and CKD 3a returns for 3-month f/u. Home fasting sugars 120s-150s. Taking
        metformin 500 mg BID (dose reduced last visit for eGFR 52) and insulin glargine 18 units qHS.
        Occasional nocturia. Denies chest pain, dyspnea, or leg swelling. No hypoglycemic episodes.

        PMH: DM2 x 14 yrs, HTN, CKD stage 3a (eGFR 48-54 over past year), hyperlipidemia (diet-controlled,
        declines statin).
        Meds: metformin 500 mg BID, insulin glargine 18 u qHS, lisinopril 20 mg daily, ASA 81 mg.
        Allergies: sulfa (rash).

        ROS: No vision change, no polyuria, no numbness of feet. Otherwise negative x10.

        PE: BP 138/82, HR 74, BMI 29.1. Lungs clear. RRR, no murmur. No pedal edema. Monofilament intact
        bilaterally.

        Labs (drawn last week at outside lab): A1c 7.4%, Cr 1.19, eGFR 49, UACR 64 mg/g.

        Assessment and Plan:
        1. Type 2 diabetes with diabetic CKD - A1c near goal. Continue glargine and metformin at renal dose.
           Start empagliflozin 10 mg daily for renal protection; reviewed genital hygiene and sick-day rules.
        2. CKD stage 3a - stable eGFR, albuminuria present. Repeat BMP/UACR in 3 months (order placed).
        3. Hypertension with CKD - BP above goal of <130/80. Increase lisinopril to 40 mg daily.
        4. Hyperlipidemia - again declines statin after discussion.

        I spent 35 minutes on the date of the encounter reviewing outside labs, examining the patient,
        counseling, and documenting.
        """,
        codes=[
            c("E11.22", "Type 2 diabetes with diabetic CKD", "DM2 and CKD 3a",
              why="R09: diabetes with CKD is a combination code; N18.31 added for the stage"),
            c("I12.9", "Hypertension with CKD", why="R08: hypertension with CKD stage 1-4, no heart failure"),
            c("N18.31", "CKD stage 3a", why="R22: CKD stage documented as 3a"),
            c("E78.5", "Hyperlipidemia - again declines statin",
              why="R20: chronic condition addressed at the visit"),
            c("Z79.4", "insulin glargine 18 units qHS", why="R10: long-term insulin"),
            c("Z79.84", "metformin 500 mg BID", ("metformin", 1),
              why="R10: oral hypoglycemic with insulin: both Z79.4 and Z79.84"),
            c("99214", "I spent 35 minutes", why="R14: established patient, 35 minutes total time (30-39)"),
        ],
        skips=[
            skip("Denies chest pain", "R01", "negated symptom"),
            skip("no numbness of feet", "R02", "ROS negative"),
        ],
    ),
    NoteSpec(
        id="dev-0002", dos="2026-04-14",
        specialty="cardiology", setting="outpatient", age=74, sex="M", payer="medicare",
        text="""
        Cardiology Clinic - Established Patient

        Reason for visit: HFrEF and AFib follow-up.

        History: 74-year-old man with hypertensive heart disease and chronic systolic heart failure
        (EF 30% on echo 01/2026), paroxysmal atrial fibrillation on apixaban, here for routine follow-up. Reports
        stable NYHA class II symptoms, walks 2 blocks before resting. No orthopnea or PND. Weight stable at
        home. He notes occasional palpitations lasting minutes. Denies syncope or presyncope. No bleeding on
        anticoagulation.

        Family hx: father died of MI at 58; brother with CABG at 61.
        Social: never smoker, 1-2 beers per week.

        Medications: sacubitril-valsartan 49/51 mg BID, carvedilol 12.5 mg BID, spironolactone 25 mg daily,
        dapagliflozin 10 mg daily, apixaban 5 mg BID, furosemide 20 mg PRN.

        Exam: BP 128/76, HR 68 regular. JVP not elevated. Lungs clear, no crackles. Heart RRR,
        no S3. No peripheral edema.

        ECG performed in clinic today and interpreted by me: sinus rhythm at 66, first-degree AV block
        (PR 218 ms), LBBB unchanged from prior. No acute ST changes.

        Impression / Plan
        - Chronic HFrEF due to hypertensive heart disease: euvolemic, on GDMT. Continue current regimen;
          BMP next week at hospital lab. Consider uptitration of carvedilol at next visit.
        - Paroxysmal AFib: in sinus today. CHA2DS2-VASc 3. Continue apixaban 5 mg BID, no dose-reduction criteria.
        - LBBB, chronic: QRS 148 ms; if EF remains <=35% on repeat echo in 3 months, will refer for CRT evaluation.
        - Strong family history of premature CAD; lipid panel ordered.
        Return in 3 months, sooner if weight gain >3 lb.
        """,
        codes=[
            c("I11.0", "hypertensive heart disease and chronic systolic heart failure",
              why="R08: hypertension with heart failure; I50.22 added for the type"),
            c("I50.22", "chronic systolic heart failure", "Chronic HFrEF",
              why="R22: chronic systolic (HFrEF) heart failure"),
            c("I48.0", "paroxysmal atrial fibrillation", "Paroxysmal AFib", why="R22: AFib type paroxysmal"),
            c("I44.7", "LBBB unchanged from prior", "LBBB, chronic", why="R20: conduction disorder managed"),
            c("I44.0", "first-degree AV block", why="R20: ECG finding interpreted and documented"),
            c("Z79.01", "on apixaban", why="R10: long-term anticoagulant"),
            c("Z82.49", "father died of MI at 58", "Strong family history of premature CAD",
              why="R05: family history of ischemic heart disease prompting lipid testing"),
            c("99214", "Impression / Plan",
              why="R15: no time documented; 2 chronic illnesses, prescription drug management = moderate MDM"),
            c("93000", "ECG performed in clinic today and interpreted by me",
              why="R18: ECG with tracing and interpretation done in the office; no modifier needed"),
        ],
        skips=[
            skip("Denies syncope or presyncope", "R01", "negated symptom"),
            skip("No peripheral edema", "R02", "normal exam finding"),
            skip("will refer for CRT evaluation", "R07", "conditional future plan"),
        ],
    ),
    NoteSpec(
        id="dev-0003", specialty="internal medicine", setting="outpatient", age=52, sex="M", payer="bcbs",
        new_patient=True, minutes=48,
        text="""
        NEW PATIENT VISIT - INTERNAL MEDICINE

        Chief complaint: establish care; "my blood pressure has been high at the pharmacy."

        HPI: 52 y/o M transferring care after moving from Ohio. Told he had high blood pressure 2 years ago,
        started amlodipine 5 mg, which he takes daily. Pharmacy BP readings 140s/90s. Also on atorvastatin
        for high cholesterol. Last A1c 6.1% in 2025 ("borderline sugar"). Gained 20 lb during the past
        2 years, sedentary job. Occasional heartburn after large meals, no dysphagia. He denies chest pain,
        headaches, or vision changes.

        PMH: HTN, hyperlipidemia, prediabetes, appendectomy age 19.
        FHx: Mother - colon cancer at 63. Father - HTN, T2DM.
        SHx: Accountant. Quit smoking 10 years ago (20 pack-years). Alcohol 2-3 drinks/wk.
        Meds: amlodipine 5 mg daily, atorvastatin 20 mg daily.
        NKDA.

        ROS: negative except as in HPI; no melena, no weight loss.

        Exam: BP 148/94 (repeat 146/92), HR 80, Wt 236 lb, Ht 5'10", BMI 33.9. Obese, NAD. Heart RRR, no
        murmurs. Lungs CTA. Abdomen soft, nontender. Ext: no edema.

        A/P:
        # Essential hypertension, not at goal - increase amlodipine to 10 mg daily; home BP log.
        # Hyperlipidemia - continue atorvastatin; fasting lipids + CMP + A1c ordered (Labcorp).
        # Prediabetes - A1c as above; lifestyle counseling.
        # Obesity, class 1, BMI 33.9 - discussed diet, 150 min/wk activity; referral to nutrition.
        # FHx colon cancer in first-degree relative - colonoscopy has never been done; GI referral for
          screening colonoscopy.
        # Occasional heartburn, likely dietary - lifestyle measures, return if dysphagia or black stools.
        # History of tobacco use - quit, no current use.

        Total time today 48 minutes including record review from prior PCP, history, exam, counseling and
        care coordination.
        """,
        codes=[
            c("I10", "Essential hypertension, not at goal", "HTN", why="R21: first-listed problem managed"),
            c("E78.5", "Hyperlipidemia - continue atorvastatin", why="R20: chronic condition on treatment"),
            c("R73.03", "Prediabetes - A1c as above", why="R20: prediabetes addressed"),
            c("E66.811", "Obesity, class 1", why="R22: obesity class documented"),
            c("Z68.33", "BMI 33.9", ("BMI 33.9", 1), why="R22: BMI reported with the obesity diagnosis"),
            c("R12", "Occasional heartburn", why="R03: 'likely dietary' cause not coded; symptom coded"),
            c("Z80.0", "Mother - colon cancer at 63", "FHx colon cancer in first-degree relative",
              why="R05: family history changes the screening plan"),
            c("Z87.891", "Quit smoking 10 years ago", "History of tobacco use - quit",
              why="R06: history of nicotine dependence"),
            c("Z82.49", "Father - HTN",
              why="R05: family history of hypertension, same condition as the hypertension managed (I.C.21.c.4)"),
            c("Z83.3", "T2DM.", why="R05: family history of diabetes, same system as the prediabetes assessed"),
            c("99204", "Total time today 48 minutes", "NEW PATIENT VISIT",
              why="R14: new patient, 48 minutes (45-59); R16 new to practice"),
        ],
        skips=[
            skip("He denies chest pain", "R01", "negated symptom"),
            skip("return if dysphagia or black stools", "R07", "hypothetical return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-0004", specialty="pediatrics", setting="outpatient", age=4, sex="F", payer="medicaid",
        text="""
        Peds sick visit

        CC: R ear pain + fever x 2 days

        4 y/o girl brought by mom. Tugging at right ear since Sunday, Tmax 102.1 at home, improved with
        ibuprofen. Runny nose and mild cough for 5 days. Sore throat per mom. Eating less, drinking OK,
        normal wet diapers/voids. No vomiting, no diarrhea, no rash. Sibling with strep last week.
        Immunizations UTD. No prior ear infections this year.

        Exam: T 101.4, HR 118, RR 22, SpO2 99% RA. Alert, nontoxic.
        R TM: bulging, erythematous, opaque, no mobility. L TM: pearly gray, normal landmarks.
        Pharynx mildly erythematous, no exudate, tonsils 2+. Shotty anterior cervical nodes.
        Lungs clear, no wheeze. No meningismus.

        Rapid strep (done in office): NEGATIVE. Throat culture sent to lab.

        Assessment:
        1. Acute otitis media, right ear
        2. Viral pharyngitis - rapid strep negative, culture pending
        3. Viral URI symptoms

        Plan: amoxicillin 90 mg/kg/day divided BID x 10 days. Ibuprofen/acetaminophen for fever and pain.
        Will call with throat culture result. Return if fever persists beyond 48-72 h on antibiotics, neck
        stiffness, or breathing difficulty.
        """,
        codes=[
            c("H66.91", "Acute otitis media, right ear", why="R11: right ear; R23 fever integral not coded"),
            c("J02.9", "Viral pharyngitis", why="R22: acute pharyngitis, unspecified organism"),
            c("99213", "Assessment:",
              why="R15: acute illness with prescription drug management; no time documented"),
            c("87880", "Rapid strep (done in office)", why="R19: test performed in office"),
        ],
        skips=[
            skip("Throat culture sent to lab", "R19", "sent out, not performed here"),
            skip("No meningismus", "R02", "normal exam"),
            skip("Return if fever persists", "R07", "return precaution"),
            skip("Viral URI symptoms", "R23", "symptoms of the coded pharyngitis"),
        ],
    ),
    NoteSpec(
        id="dev-0005", dos="2026-04-20",
        specialty="orthopedics", setting="outpatient", age=71, sex="F", payer="medicare",
        text="""
        ORTHOPAEDIC CLINIC NOTE

        Subjective: 71-year-old female, established, with known primary osteoarthritis of the right knee,
        returns for worsening right knee pain over 2 months. Pain 7/10 with stairs, stiffness <30 min in the
        morning. Last steroid injection 5 months ago gave 4 months of relief. Failed naproxen (GI upset) and a
        course of PT. Left knee with mild intermittent aching, not bothersome today. Denies locking,
        instability, fevers.
        PMH: HTN (on losartan), GERD, osteoporosis on alendronate, s/p L hip replacement 2019.

        Objective: Ambulates with antalgic gait, no assistive device. Right knee: mild effusion, medial joint
        line tenderness, crepitus, ROM 5-115. Ligaments stable. Neurovascularly intact distally. No erythema or
        warmth.
        X-rays R knee (outside imaging 3/2026 reviewed): medial compartment joint space narrowing,
        osteophytes, KL grade 3.

        Assessment: Primary OA right knee, symptomatic, KL 3.

        Procedure: After verbal consent and time-out, the right knee was prepped with chlorhexidine. Via a
        superolateral approach, 40 mg triamcinolone acetonide with 4 mL 1% lidocaine was injected into the
        right knee joint without ultrasound guidance. Tolerated well, no complications. Band-aid applied.

        Plan: Ice, activity as tolerated, quad strengthening HEP. Discussed that she may be a candidate for
        total knee arthroplasty if injections stop helping; she wishes to defer. F/u 3 months or sooner PRN.
        """,
        codes=[
            c("M17.11", "Primary OA right knee", "primary osteoarthritis of the right knee",
              why="R11: unilateral primary OA, right side"),
            c("20610", "injected into the right knee joint without ultrasound guidance",
              why="R18: major joint injection without ultrasound", mods=["RT"], units=1),
            c("J3301", "40 mg triamcinolone acetonide", why="R24: 40 mg = 4 units of 10 mg", units=4),
        ],
        skips=[
            skip("Denies locking", "R01", "negated symptom"),
            skip("HTN (on losartan)", "R20", "past history not addressed or affecting this orthopedic visit"),
            skip("may be a candidate for\ntotal knee arthroplasty", "R07", "possible future surgery"),
        ],
    ),
    NoteSpec(
        id="dev-0006", specialty="dermatology", setting="outpatient", age=63, sex="M", payer="uhc",
        text="""
        DERMATOLOGY

        CC: rough spots on scalp and face; wart on finger.

        HPI: 63M, outdoor worker (landscaping) for 40 years, here for scaly spots on the scalp and forehead
        present for months, occasionally bleed when scratched. Also a wart on the left index finger x 6 months,
        OTC salicylic acid without improvement. Personal history of basal cell carcinoma of the nose excised
        2021 (Mohs), no recurrence. No new or changing moles per patient.

        Exam: Fitzpatrick II. Balding scalp with 3 gritty erythematous scaly papules (vertex x2, L frontal
        scalp x1) and 1 on the R forehead, consistent with actinic keratoses. Left index finger dorsum:
        5 mm verrucous papule with thrombosed capillaries = verruca vulgaris. Well-healed scar L nasal ala,
        no signs of recurrence. Several waxy stuck-on brown papules on the back c/w seborrheic keratoses,
        not irritated. No suspicious pigmented lesions on full skin exam.

        Procedures:
        1) Cryotherapy with liquid nitrogen, 2 freeze-thaw cycles, to 4 actinic keratoses (scalp x3, forehead x1).
        2) Cryotherapy with LN2 to the single common wart, left index finger.
        Risks (blister, hypopigmentation) reviewed, verbal consent obtained.

        Assessment/Plan
        - Actinic keratoses x4, treated as above. Sun protection, wide-brim hat, SPF 50.
        - Verruca vulgaris L index finger, treated. Repeat in 3-4 weeks if persistent.
        - Seborrheic keratoses, benign, reassurance - no treatment.
        - Hx BCC: no evidence of recurrence. Annual full skin exams.
        """,
        codes=[
            c("L57.0", "Actinic keratoses x4", why="R21: main reason for the visit"),
            c("B07.8", "Verruca vulgaris L index finger", why="R22: common wart"),
            c("L82.1", "Seborrheic keratoses, benign", why="R20: evaluated and documented in assessment"),
            c("Z85.828", "Personal history of basal cell carcinoma", "Hx BCC: no evidence of recurrence",
              why="R06: excised skin cancer, no current treatment: personal history code"),
            c("17000", "Cryotherapy with liquid nitrogen", why="R18: destruction, premalignant lesion, first"),
            c("17003", "to 4 actinic keratoses", why="R18: lesions 2-4 each", units=3),
            c("17110", "Cryotherapy with LN2 to the single common wart",
              why="R18: destruction of benign lesion, separate site (59); no separate E/M", mods=["59"]),
        ],
        skips=[
            skip("No suspicious pigmented lesions", "R02", "normal exam"),
            skip("no evidence of recurrence", "R01", "negated recurrence: history code instead"),
        ],
    ),
]
