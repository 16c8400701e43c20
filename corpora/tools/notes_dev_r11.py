"""Dev notes dev-r11-01..30 (session 4): a SEALED mixed batch to estimate the engine on notes nobody has tuned on.

18 office visits (family medicine, cardiology, dermatology, orthopedics, pediatrics, endocrinology, psychiatry,
gastroenterology, pulmonology, urology, gynecology, neurology, rheumatology, podiatry, oncology; E/M by time and
by MDM, new and established, a preventive visit with two vaccines, a joint injection, AK destruction, nail
debridement, cerumen removal, IM drug injections, spirometry, cessation counseling, office tests), 6 ED visits
(ED E/M by MDM only, ECG read by the ED physician, a laceration repair with a separate E/M) and 6 inpatient
discharge summaries (ICD-10-CM only: hypertensive heart and kidney disease with HF, NSAID ulcer bleed, embolic
stroke with deficits and NIHSS, DKA from insulin underdosing, osteoporotic hip fracture, C. difficile colitis
with AKI on CKD). Authors' styles vary: templates, consult letters, terse shorthand, dictation. Distractors:
history items, problem-list conditions the visit did not address, negated ROS, family history unrelated to the
visit, differentials, "possible"/"most consistent with" outpatient diagnoses, planned or conditional tests and
drugs, a finished or short drug course, BMI without a weight diagnosis.

Gold written as a certified coder would (ICD-10-CM Official Guidelines FY2026, Section IV outpatient/ED and
Section II/III inpatient; CPT E/M 2021+/2023 ED rules; project Decisions in corpora/README.md) BEFORE any engine
run on these notes. Sealed in corpora/tools/SEALED: the lead scores the first run once.

First run, scored once by the lead at 53e9954 (the end-of-session-4 engine, after every other session-4 fix):
ICD-10-CM P/R/F1 0.819 / 0.872 / 0.844, evidence F1 0.809, category F1 0.874; CPT/HCPCS P/R/F1 0.954 / 0.872 /
0.911; E/M 19/21. Unsealed into dev after that run.
"""

from corpora.tools.spec import NoteSpec, c, skip

ED = dict(specialty="emergency medicine", setting="outpatient", pos="23")
IP = dict(specialty="hospital medicine", setting="inpatient", pos="21")

NOTES = [
    NoteSpec(
        id="dev-r11-01", dos="2025-10-21",
        specialty="family medicine", setting="outpatient", age=67, sex="M", payer="medicare", minutes=32,
        text="""
        PROGRESS NOTE - Lakeshore Family Medicine
        Established patient, 3-month diabetes follow-up

        Chief complaint: "diabetes check"

        HPI: 67 y/o man with type 2 DM, HTN and CKD. Home fasting sugars 120s-150s. Taking metformin 500 mg BID
        (reduced from 1000 BID last spring for eGFR) and empagliflozin 10 mg daily. Denies polyuria, polydipsia,
        foot numbness or vision change. No hypoglycemia.

        PMH: T2DM, HTN, CKD stage 3a, gout (last flare 2019), BPH
        Meds: metformin 500 mg BID, empagliflozin 10 mg daily, lisinopril 40 mg daily, amlodipine 5 mg daily,
        allopurinol 100 mg daily, tamsulosin 0.4 mg qhs
        FHx: brother colon cancer at 70 (pt's own colonoscopy 2023 normal)

        Vitals: BP 144/86, repeat 138/84. HR 72. Wt 91 kg.
        Exam: alert, NAD. Heart RRR. Lungs clear. Feet: monofilament intact bilaterally, no ulcers, pulses 2+.

        Data: POC HbA1c today 7.6% (7.2% in July). Outside labs from 10/2: eGFR 52, Cr 1.4, UACR 64 mg/g, K 4.8.

        Assessment/Plan
        1. Type 2 diabetes mellitus with diabetic CKD, stage 3a (eGFR 52, albuminuria) - A1c up to 7.6. Continue
        metformin at renal dose, continue empagliflozin for renal protection. Will add semaglutide if A1c still
        above 7.5 next visit.
        2. Hypertensive CKD - BP above goal of <130/80; increase amlodipine to 10 mg daily. Home BP log.
        3. BMP and UACR in 3 months.

        Total time spent on the day of the visit: 32 minutes (review of outside labs, exam, counseling,
        documentation).
        """,
        codes=[
            c("E11.22", "Type 2 diabetes mellitus with diabetic CKD, stage 3a",
              why="R09: diabetes with diabetic CKD, reason for the visit"),
            c("I12.9", "Hypertensive CKD", why="R08: hypertension with CKD stage 1-4"),
            c("N18.31", "diabetic CKD, stage 3a", why="R09: CKD stage, the additional code E11.22 and I12.9 ask for"),
            c("Z79.84", "Continue\n        metformin at renal dose, continue empagliflozin",
              why="R10: long-term oral hypoglycemics with a coded diabetes"),
            c("99214", "Total time spent on the day of the visit: 32 minutes",
              why="R14: established patient, 30-39 minutes"),
            c("83036", "POC HbA1c today 7.6%", why="R19: A1c performed in the office"),
        ],
        skips=[
            skip("gout (last flare 2019)", "R20", "not addressed"),
            skip("BPH", "R20", "medication list only, not addressed"),
            skip("brother colon cancer at 70", "R05", "not related to a problem addressed, not a screening visit"),
            skip("Will add semaglutide if A1c still\n        above 7.5", "R07", "conditional"),
            skip("Denies polyuria, polydipsia", "R01", "negated"),
            skip("BMP and UACR in 3 months", "R19", "tests ordered, not performed"),
        ],
    ),
    NoteSpec(
        id="dev-r11-02", dos="2026-01-13",
        specialty="cardiology", setting="outpatient", age=71, sex="F", payer="medicare", new_patient=True,
        text="""
        CARDIOLOGY CONSULTATION
        Referring: Dr. Patel (PCP)        Reason: atrial fibrillation

        Dear Dr. Patel,

        Thank you for referring your patient, a 71-year-old woman, for atrial fibrillation noted on an ECG in
        your office on 12/29. She describes 2 months of intermittent palpitations and reduced exercise tolerance;
        over the past 3 weeks the palpitations have been constant. No syncope, no chest pain, no orthopnea. You
        started apixaban 5 mg BID on 12/29, which she takes without bleeding. She has hypertension treated with
        losartan. No prior stroke or TIA. Her father had a myocardial infarction at 58. I reviewed your office
        notes and the ECG of 12/29.

        Medications: apixaban 5 mg BID, losartan 50 mg daily, vitamin D3.
        Exam: BP 148/88, HR 104 irregularly irregular. JVP not elevated. Lungs clear. No edema.
        ECG today (12-lead, interpreted by me): atrial fibrillation, ventricular rate 102, normal axis, no acute
        ST changes.

        Impression:
        1. Persistent atrial fibrillation, symptomatic, rate not controlled. CHA2DS2-VASc 3 (age, female sex,
        HTN).
        2. Hypertension, above goal.

        Plan:
        - Start metoprolol succinate 50 mg daily for rate control.
        - Continue apixaban 5 mg BID; bleeding risk reviewed (HAS-BLED 1).
        - Transthoracic echo and TSH ordered. Structural heart disease to be excluded on the echo.
        - If she remains symptomatic despite rate control, will discuss cardioversion after 3 weeks of
        anticoagulation.
        - Losartan increased to 100 mg daily.
        - Follow up in 4 weeks.
        """,
        codes=[
            c("I48.19", "Persistent atrial fibrillation", why="R22: persistent AF, reason for the referral"),
            c("I10", "Hypertension, above goal", why="R20: chronic condition treated (losartan increased)"),
            c("Z79.01", "Continue apixaban 5 mg BID", why="R10: long-term anticoagulant"),
            c("Z82.49", "Her father had a myocardial infarction at 58",
              why="R05: family history in the same organ system as the problems addressed (Decision)"),
            c("99204", "Impression:",
              why="R15: new patient, MDM moderate - chronic illness with progression, external notes and test "
                  "reviewed plus tests ordered, prescription drug management"),
            c("93000", "ECG today (12-lead, interpreted by me)", why="R18: ECG with interpretation in the office"),
        ],
        skips=[
            skip("No syncope, no chest pain, no orthopnea", "R01", "negated"),
            skip("No prior stroke or TIA", "R01", "negated"),
            skip("Structural heart disease to be excluded", "R03", "not established"),
            skip("will discuss cardioversion", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r11-03", dos="2026-02-10",
        specialty="dermatology", setting="outpatient", age=74, sex="M", payer="medicare",
        text="""
        Dermatology - procedure visit

        74M, hx BCC L nasal ala (Mohs 2021, clear since), here for scheduled treatment of actinic keratoses of the
        scalp and R dorsal hand identified at his visit in December. No new lesions of concern per pt.

        Exam (focused): Scalp vertex: 3 rough erythematous scaly papules. R dorsal hand: 1 similar papule. Nasal
        ala: Mohs scar well healed, no recurrence. Scattered seborrheic keratoses on the upper back.

        A/P:
        - Actinic keratoses x4 (scalp x3, right dorsal hand x1): cryotherapy with liquid nitrogen, 2 freeze-thaw
          cycles each, to all 4 lesions. Expected blistering and wound care reviewed.
        - History of BCC, no recurrence at the Mohs site: continue skin checks every 6 months, daily sunscreen.
        - Father had prostate cancer - noted for the record.
        RTC 6 months for full skin exam.
        """,
        codes=[
            c("L57.0", "Actinic keratoses x4", why="R22: actinic keratosis, treated today"),
            c("Z85.828", "History of BCC, no recurrence at the Mohs site",
              why="R06: excised skin cancer without recurrence, surveillance part of the visit"),
            c("17000", "cryotherapy with liquid nitrogen", why="R18: destruction of premalignant lesion, first"),
            c("17003", "to all 4 lesions", units=3, why="R18: destruction of premalignant lesions 2-14, three more"),
        ],
        skips=[
            skip("Scattered seborrheic keratoses on the upper back", "R20", "exam finding not assessed"),
            skip("Father had prostate cancer", "R05", "not related to the visit"),
            skip("No new lesions of concern", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r11-04", dos="2026-03-02",
        specialty="orthopedics", setting="outpatient", age=66, sex="F", payer="medicare",
        text="""
        ORTHOPAEDIC CLINIC - return visit

        Pt returns for her scheduled right knee injection. Last injection 4 months ago gave ~3 months of relief.
        Known right knee primary osteoarthritis, Kellgren-Lawrence grade 3 on films from March. Pain 6/10 with
        stairs. No locking, no giving way. Left knee asymptomatic. S/p right knee arthroscopic partial medial
        meniscectomy 2014. Uses a cane outdoors.
        BMI 33.1.

        Exam R knee: no effusion, crepitus, medial joint line tenderness, ROM 5-110, stable to varus/valgus.

        PROCEDURE: Right knee intra-articular injection
        Verbal and written consent. Time-out performed. Skin prepped with chlorhexidine, anterolateral approach,
        landmark guided. Injected 40 mg triamcinolone acetonide (Kenalog-40, 1 mL) with 4 mL 1% lidocaine.
        Tolerated well, no complications.

        Impression: Primary osteoarthritis of the right knee.
        Plan: ice, home exercises. We discussed total knee arthroplasty; she is not ready. Repeat injection no
        sooner than 3 months. If injections stop helping, will order standing films and revisit TKA.
        """,
        codes=[
            c("M17.11", "Primary osteoarthritis of the right knee", why="R11: unilateral primary OA, right"),
            c("20610", "Right knee intra-articular injection", mods=["RT"],
              why="R18: major joint injection without ultrasound; the decision to inject is part of the procedure"),
            c("J3301", "40 mg triamcinolone acetonide", units=4, why="R24: triamcinolone per 10 mg, 40 mg = 4 units"),
        ],
        skips=[
            skip("Left knee asymptomatic", "R02", "no finding"),
            skip("partial medial\n        meniscectomy 2014", "R20", "past procedure not affecting the visit"),
            skip("BMI 33.1", "R22", "no weight diagnosis documented by the provider"),
            skip("will order standing films and revisit TKA", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r11-05", dos="2026-01-27",
        specialty="pediatrics", setting="outpatient", age=4, sex="M", payer="medicaid",
        text="""
        Pediatrics Sick Visit

        Mom brings 4yo in for L ear pain since last night + sore throat and runny nose x3 days. Tmax 101.8 at
        home, gave ibuprofen. Drinking OK, voiding normally. No vomiting, no rash. Older sister had strep 2 weeks
        ago. Hx: 2 ear infections last year; no tubes. Vaccines UTD. NKDA.

        Exam: T 100.9, alert, mildly fussy. L TM bulging, erythematous, opaque, no perforation. R TM normal.
        Pharynx mildly erythematous, no exudate, tonsils 1+. Clear rhinorrhea. No cervical LAD. Lungs clear.

        Rapid strep (in office): negative. No culture sent.

        A/P:
        1. Acute suppurative otitis media, left, without TM perforation - amoxicillin 90 mg/kg/day divided BID x
        10 days.
        2. Viral pharyngitis - supportive care, fluids, acetaminophen/ibuprofen prn.
        Return if fever persists >48-72 h on antibiotics or ear drainage.
        """,
        codes=[
            c("H66.002", "Acute suppurative otitis media, left, without TM perforation",
              why="R11: acute suppurative otitis media without rupture, left ear"),
            c("J02.9", "Viral pharyngitis", why="R22: pharyngitis with negative rapid strep"),
            c("99213", "A/P:",
              why="R15: two acute uncomplicated illnesses, independent historian, prescription drug = low"),
            c("87880", "Rapid strep (in office): negative", why="R19: rapid strep performed in the office"),
        ],
        skips=[
            skip("Tmax 101.8", "R23", "fever integral to otitis media"),
            skip("Older sister had strep", "R05", "a relative's illness, not the patient's"),
            skip("2 ear infections last year", "R20", "past episodes"),
            skip("Return if fever persists", "R07", "conditional"),
            skip("No vomiting, no rash", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r11-06", dos="2026-02-19",
        specialty="endocrinology", setting="outpatient", age=48, sex="F", payer="aetna", minutes=25,
        text="""
        ENDOCRINOLOGY FOLLOW-UP

        This is a 48-year-old woman I follow for hypothyroidism after radioactive iodine ablation for Graves
        disease in 2019. She has been on levothyroxine 112 mcg daily. She reports fatigue and a 2 kg weight gain
        over 3 months and feels cold. She takes the tablet with coffee most mornings. No palpitations. She also
        has vitamin D deficiency (25-OH D 14 last winter), on cholecalciferol 2000 units daily, taken
        inconsistently. No eye symptoms since the RAI, and no history of thyroid eye disease.

        Labs 2 weeks ago (reviewed): TSH 8.9 (0.4-4.5), free T4 0.8. 25-OH vitamin D 21.

        Exam: pulse 64, BP 118/76, Wt 71 kg. Thyroid not palpable. No tremor. Reflexes with delayed relaxation
        phase.

        Assessment and plan:
        Postablative hypothyroidism, undertreated - counseled to take levothyroxine on an empty stomach 30-60
        minutes before coffee; increase to 125 mcg daily. TSH and free T4 in 6 weeks.
        Vitamin D deficiency - still insufficient; increase cholecalciferol to 4000 units daily, recheck in 3
        months.

        I spent 25 minutes on the date of service reviewing labs, examining and counseling the patient, and
        documenting.
        """,
        codes=[
            c("E89.0", "Postablative hypothyroidism",
              why="R22: hypothyroidism after radioactive iodine ablation is postprocedural"),
            c("E55.9", "Vitamin D deficiency - still insufficient", why="R20: chronic condition treated"),
            c("99213", "I spent 25 minutes on the date of service", why="R14: established patient, 20-29 minutes"),
        ],
        skips=[
            skip("Graves\n        disease in 2019", "R20", "treated by ablation, now hypothyroid"),
            skip("no history of thyroid eye disease", "R01", "negated"),
            skip("No palpitations", "R01", "negated"),
            skip("fatigue", "R23", "symptom of the undertreated hypothyroidism"),
        ],
    ),
    NoteSpec(
        id="dev-r11-07", dos="2026-03-17",
        specialty="psychiatry", setting="outpatient", age=34, sex="F", payer="bcbs",
        text="""
        Outpatient Psychiatry - Medication Management

        Interval: Pt seen for f/u of depression and anxiety. Since sertraline was increased to 100 mg 8 wks ago,
        mood "a little better" but still low energy, early waking, poor concentration at work; worries "all day"
        about finances and her kids. Panic attacks: none in 2 months. Denies SI/HI, no self-harm. No manic sx.
        EtOH 1-2 glasses of wine/week. Remote cannabis use in college, none since.
        FHx: mother with bipolar I disorder; maternal uncle died by suicide.

        Screening instruments administered and scored today: PHQ-9 = 15 (was 19), GAD-7 = 14.

        MSE: well groomed, cooperative, speech normal rate, mood "tired", affect constricted, thought process
        linear, no psychotic content, insight/judgment good.

        Assessment:
        - Major depressive disorder, recurrent episode, moderate - partial response.
        - Generalized anxiety disorder - persistent.
        - Family history of bipolar disorder reviewed - no hypomanic features to date; stays on SSRI monotherapy
          with monitoring for activation.

        Plan: increase sertraline to 150 mg daily; CBT referral; sleep hygiene. RTC 6 weeks. Crisis line info
        given.
        """,
        codes=[
            c("F33.1", "Major depressive disorder, recurrent episode, moderate",
              why="R22: recurrent major depression, moderate"),
            c("F41.1", "Generalized anxiety disorder - persistent", why="R20: chronic condition treated"),
            c("Z81.8", "Family history of bipolar disorder reviewed",
              why="R05: family history in the same organ system, weighed in the drug choice"),
            c("99214", "Assessment:",
              why="R15: MDM moderate - chronic illnesses not at goal, prescription drug management"),
            c("96127", "PHQ-9 = 15", "GAD-7 = 14", units=2,
              why="R19: two standardized instruments administered and scored"),
        ],
        skips=[
            skip("Denies SI/HI", "R01", "negated"),
            skip("No manic sx", "R01", "negated"),
            skip("Remote cannabis use in college, none since", "R20", "past use, no disorder documented"),
            skip("Panic attacks: none in 2 months", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r11-08", dos="2026-04-07",
        specialty="gastroenterology", setting="outpatient", age=57, sex="M", payer="uhc",
        text="""
        GI clinic f/u
        57M w/ Barrett's esophagus (short-segment, no dysplasia on EGD bx 5/2025), GERD, IBS-C.
        Reflux sx controlled on omeprazole 40 daily, rare breakthrough heartburn. No dysphagia, no wt loss, no
        melena.
        IBS-C: 2-3 BMs/wk, bloating, straining; fiber helped some, MiraLAX prn not enough.
        Colo 2023: 2 small tubular adenomas removed; next due 2030.
        FHx: no GI cancers.
        Exam: abd soft, mild LLQ tenderness, no masses.
        Imp/Plan:
        1. Barrett's esophagus w/o dysplasia, GERD - cont omeprazole 40 mg daily long-term; surveillance EGD due
        5/2028.
        2. IBS w/ constipation - not controlled; start linaclotide 145 mcg daily, cont fiber. Celiac serology
        ordered to exclude celiac disease.
        RTC 3 mo.
        """,
        codes=[
            c("K22.70", "Barrett's esophagus w/o dysplasia", why="R22: Barrett's without dysplasia"),
            c("K21.9", "GERD - cont omeprazole", why="R20: reflux treated, no esophagitis documented"),
            c("K58.1", "IBS w/ constipation", why="R22: irritable bowel syndrome with constipation"),
            c("99214", "Imp/Plan:",
              why="R15: MDM moderate - chronic illness not at goal, prescription drug management"),
        ],
        skips=[
            skip("2 small tubular adenomas removed; next due 2030", "R20", "history not addressed at this visit"),
            skip("to exclude celiac disease", "R03", "rule-out"),
            skip("No dysphagia, no wt loss", "R01", "negated"),
            skip("no GI cancers", "R01", "negated family history"),
        ],
    ),
    NoteSpec(
        id="dev-r11-09", dos="2026-01-22",
        specialty="pulmonology", setting="outpatient", age=61, sex="M", payer="aetna",
        text="""
        PULMONARY CLINIC NOTE
        Reason for visit: COPD follow-up, spirometry

        61 yo M current smoker (cigarettes, 1 ppd, 40 pack-years) with COPD GOLD 2 on tiotropium/olodaterol.
        Mild exertional dyspnea walking uphill, unchanged. One exacerbation in the past year (prednisone burst in
        March), none since. Cough with clear sputum in the mornings. No hemoptysis. No fevers.
        Low-dose CT chest 8/2025 showed a 4 mm RUL nodule - Lung-RADS 2, next annual LDCT 8/2026.

        Spirometry pre- and post-bronchodilator performed in clinic today: FEV1 1.92 L (58% pred), FEV1/FVC 0.56,
        post-BD FEV1 +6%, no significant reversibility.

        Exam: no distress, SpO2 95% RA, scattered expiratory wheeze, prolonged expiration. No clubbing.

        A/P
        1. COPD, moderate (GOLD 2, group B) - stable. Continue tiotropium/olodaterol; albuterol prn. Pulmonary
        rehab referral.
        2. Nicotine dependence, cigarettes - counseled on cessation for 6 minutes today: reviewed options, he
        agreed to start varenicline 0.5 mg daily with titration; quit date 2/1.
        Flu and pneumococcal vaccines up to date.
        """,
        codes=[
            c("J44.9", "COPD, moderate (GOLD 2, group B) - stable",
              why="R22: COPD without current exacerbation or infection"),
            c("F17.210", "Nicotine dependence, cigarettes", why="R22: nicotine dependence by product"),
            c("99214", "A/P", mods=["25"],
              why="R15: MDM moderate - two chronic illnesses (one not at goal), prescription drug management; "
                  "modifier 25 with the separately reported counseling"),
            c("94060", "Spirometry pre- and post-bronchodilator performed in clinic today",
              why="R18: spirometry before and after bronchodilator in the office"),
            c("99406", "counseled on cessation for 6 minutes today", why="R18: cessation counseling 3-10 minutes"),
        ],
        skips=[
            skip("One exacerbation in the past year", "R20", "past exacerbation, none current"),
            skip("4 mm RUL nodule", "R20", "followed by annual screening, not addressed today"),
            skip("No hemoptysis. No fevers", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r11-10", dos="2026-02-24",
        specialty="urology", setting="outpatient", age=64, sex="M", payer="medicare", new_patient=True, minutes=45,
        text="""
        UROLOGY NEW PATIENT CONSULTATION
        Referred by PCP for elevated PSA.

        HPI: 64M, PSA 5.8 in Nov (4.1 in 2024). Also 2 years of weak stream, nocturia x3, hesitancy; PCP started
        tamsulosin 0.4 mg 6 months ago with some improvement. IPSS 16. No gross hematuria, no dysuria, no bone
        pain. Father diagnosed with prostate cancer at 68 (radiation).
        PMH: HTN, hyperlipidemia, kidney stone 2016 (passed).

        Exam: DRE - prostate ~45 g, smooth, symmetric, no nodules, non-tender.
        Dipstick urinalysis in clinic: negative for blood, leukocytes, nitrite.

        Assessment:
        1. Elevated PSA, rising - prostate cancer not excluded; with the family history of prostate cancer in
        his father, prostate MRI ordered, plus repeat PSA with free PSA. Biopsy if PI-RADS 3 or higher.
        2. BPH with lower urinary tract symptoms - moderate IPSS on tamsulosin; add finasteride 5 mg daily after
        discussion (it also lowers PSA; we will double measured values going forward).

        Total time 45 minutes on the date of service, including review of outside records, counseling and
        documentation.
        """,
        codes=[
            c("R97.20", "Elevated PSA, rising", why="R03: elevated PSA; cancer not established"),
            c("N40.1", "BPH with lower urinary tract symptoms", why="R22: BPH with LUTS, treated"),
            c("Z80.42", "family history of prostate cancer in\n        his father",
              why="R05: family history of the condition being evaluated"),
            c("99204", "Total time 45 minutes on the date of service", why="R14: new patient, 45-59 minutes"),
            c("81002", "Dipstick urinalysis in clinic", why="R19: dipstick urinalysis in the office"),
        ],
        skips=[
            skip("prostate cancer not excluded", "R03", "not established"),
            skip("kidney stone 2016 (passed)", "R20", "history not addressed"),
            skip("HTN, hyperlipidemia", "R20", "not addressed"),
            skip("Biopsy if PI-RADS 3 or higher", "R07", "conditional"),
            skip("No gross hematuria", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r11-11", dos="2026-01-15",
        specialty="obstetrics and gynecology", setting="outpatient", age=38, sex="F", payer="cigna",
        text="""
        GYN PROBLEM VISIT

        38 y/o G2P2 here for heavy periods. Cycles regular q28 days, bleeding 8 days, changing super tampon plus
        pad every 1-2 h on days 1-3, passing clots. Tired and winded on stairs. Craves ice. Partner had a
        vasectomy. LMP 12 days ago.
        Pelvic US 1/8 (images and report reviewed): normal-sized uterus, no fibroids or polyps, endometrial stripe
        6 mm, normal ovaries.
        In office today: urine hCG negative; fingerstick hemoglobin 9.6 g/dL.
        Ferritin from PCP last month: 5.

        Assessment:
        1. Heavy menstrual bleeding with regular cycles - no structural cause on US.
        2. Iron deficiency anemia due to chronic menstrual blood loss - Hgb 9.6, ferritin 5.

        Plan:
        - Medroxyprogesterone acetate 150 mg IM given today in the office (R deltoid) for cycle suppression;
          options discussed incl. LNG-IUD and tranexamic acid, she prefers the injection.
        - Ferrous sulfate 325 mg every other day; IV iron if Hgb not improved in 6 weeks.
        - Endometrial biopsy not needed at 38 without risk factors; reconsider if bleeding persists.
        - RTC 6 weeks with CBC.
        """,
        codes=[
            c("N92.0", "Heavy menstrual bleeding with regular cycles",
              why="R22: excessive menstruation with regular cycle"),
            c("D50.0", "Iron deficiency anemia due to chronic menstrual blood loss",
              why="R22: iron deficiency anemia secondary to chronic blood loss"),
            c("99214", "Assessment:", mods=["25"],
              why="R15: MDM moderate - new problem with systemic symptoms, external results reviewed, prescription "
                  "drug management; modifier 25 with the injection"),
            c("96372", "Medroxyprogesterone acetate 150 mg IM given today", why="R18: IM injection"),
            c("J1050", "Medroxyprogesterone acetate 150 mg", units=150, why="R24: medroxyprogesterone per 1 mg"),
            c("85018", "fingerstick hemoglobin 9.6 g/dL", why="R19: hemoglobin performed in the office"),
            c("81025", "urine hCG negative", why="R19: urine pregnancy test performed in the office"),
        ],
        skips=[
            skip("no fibroids or polyps", "R01", "negated"),
            skip("IV iron if Hgb not improved", "R07", "conditional"),
            skip("reconsider if bleeding persists", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r11-12", dos="2025-10-29",
        specialty="family medicine", setting="outpatient", age=52, sex="F", payer="bcbs", provider=1,
        text="""
        ANNUAL PHYSICAL - established patient

        52 y/o here for routine physical. Feels well, no concerns today.
        Hx: no chronic conditions. G2P2, postmenopausal since 50, no bleeding.
        FHx: father colon cancer dx at 55; mother living and healthy.
        SHx: never smoker, 3-4 drinks/week, walks 30 min 4x/week, accountant.
        Screening: colonoscopy 2021 normal, mammogram 9/2025 BI-RADS 1, Pap/HPV co-test 2023 negative.
        ROS: negative in all systems.
        Vitals: BP 146/92, repeat 142/90 (no home readings), HR 70, BMI 24.8.
        Exam: normal.

        Assessment/Plan:
        - Adult wellness exam - age-appropriate counseling on diet, exercise, alcohol (keep under 7 drinks/week),
          sun protection.
        - Elevated blood pressure reading without a diagnosis of hypertension - home BP monitoring x 2 weeks and
          nurse visit recheck; no medication now.
        - Family history of colon cancer - 5-year screening colonoscopy due 2026, GI referral placed.
        - Immunizations: influenza vaccine (Fluzone trivalent, preservative-free, 0.5 mL IM L deltoid) and Tdap
          (Boostrix 0.5 mL IM R deltoid) given today; last Td 2014. VIS provided.
        - Fasting lipid panel and A1c ordered at the outside lab.
        """,
        codes=[
            c("Z00.01", "Adult wellness exam", "Elevated blood pressure reading",
              why="R17: preventive exam with an abnormal finding first-listed"),
            c("R03.0", "Elevated blood pressure reading without a diagnosis of hypertension",
              why="R22: elevated reading, hypertension not diagnosed"),
            c("Z80.0", "Family history of colon cancer", why="R05: family history at a preventive visit"),
            c("Z23", "Immunizations: influenza vaccine", why="R24: encounter for immunization"),
            c("99396", "ANNUAL PHYSICAL - established patient", why="R17: preventive visit, established, 40-64"),
            c("90471", "influenza vaccine (Fluzone trivalent", why="R24: first vaccine administration"),
            c("90656", "Fluzone trivalent, preservative-free, 0.5 mL IM",
              why="R24: trivalent preservative-free influenza vaccine"),
            c("90472", "Tdap\n          (Boostrix 0.5 mL IM R deltoid)", why="R24: additional vaccine administration"),
            c("90715", "Tdap\n          (Boostrix", why="R24: Tdap vaccine"),
        ],
        skips=[
            skip("ROS: negative in all systems", "R02", "ROS negative"),
            skip("Fasting lipid panel and A1c ordered", "R19", "tests sent out"),
        ],
    ),
    NoteSpec(
        id="dev-r11-13", dos="2026-04-14",
        specialty="neurology", setting="outpatient", age=29, sex="F", payer="cigna", new_patient=True, minutes=50,
        text="""
        NEUROLOGY NEW PATIENT VISIT
        Referring dx: headaches

        29-year-old right-handed woman with headaches since her teens, increasing over the past year: now
        headache on ~18 days/month for the last 5 months, at least 10 of which have migraine features (throbbing,
        unilateral, photophobia, nausea, worse with activity). No visual or sensory aura. Takes sumatriptan 50 mg
        about 6 days/month and ibuprofen on most other headache days. Mother has migraines. No thunderclap onset,
        no positional component. Works night shifts twice a week. Normal head CT in the ED in 2023.

        Neuro exam: normal mental status, cranial nerves intact, fundi with sharp discs, normal strength,
        sensation, coordination and gait.

        Impression: Chronic migraine without aura, not intractable. Possible component of medication overuse
        from ibuprofen - counseled to limit. No features of secondary headache; MRI not indicated at this time.

        Plan: start topiramate 25 mg qhs, titrate to 50 mg BID over 4 weeks; continue sumatriptan, limit to 2
        days/week; headache diary; regular sleep. If topiramate fails, will consider a CGRP monoclonal antibody
        or onabotulinumtoxinA.

        I spent a total of 50 minutes today on this visit, including reviewing ED records, the history and exam,
        counseling, and documentation.
        """,
        codes=[
            c("G43.709", "Chronic migraine without aura, not intractable",
              why="R22: chronic migraine without aura, not intractable, no status migrainosus"),
            c("Z82.0", "Mother has migraines", why="R05: family history of the same condition"),
            c("99204", "I spent a total of 50 minutes today", why="R14: new patient, 45-59 minutes"),
        ],
        skips=[
            skip("Possible component of medication overuse", "R03", "uncertain outpatient diagnosis"),
            skip("No visual or sensory aura", "R01", "negated"),
            skip("No features of secondary headache", "R01", "negated"),
            skip("will consider a CGRP monoclonal antibody", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r11-14", dos="2026-01-20",
        specialty="rheumatology", setting="outpatient", age=55, sex="F", payer="uhc",
        text="""
        Rheumatology follow-up

        Dx: seropositive RA (RF+, anti-CCP+), dx 2021. On methotrexate 20 mg weekly PO + folic acid 1 mg daily;
        prednisone 5 mg daily since the June flare.
        Interval: morning stiffness 90 min (was 20), swelling of both wrists, R 2nd-3rd MCPs and L knee. Fatigue.
        No rash, no dry eyes or mouth, no cough or dyspnea.
        Exam: synovitis of both wrists and R MCP2-3, small L knee effusion. No nodules.
        CDAI 24 (high activity).
        Labs from 1/10 (reviewed): CBC normal, AST/ALT normal, creatinine 0.8, ESR 42, CRP 2.1.

        Assessment: Rheumatoid arthritis with positive rheumatoid factor, multiple sites, active flare, no
        extra-articular involvement. MTX toxicity monitoring reassuring; continue MTX 20 mg weekly. Add
        hydroxychloroquine 200 mg BID (baseline eye exam ordered). Taper prednisone 5 -> 2.5 mg over 4 weeks.
        If CDAI still >10 in 3 months, start a TNF inhibitor.
        CBC and CMP every 8 weeks for MTX monitoring, ordered.
        Osteopenia on DXA 2024 - calcium/vitamin D, managed by PCP.
        """,
        codes=[
            c("M05.79", "Rheumatoid arthritis with positive rheumatoid factor, multiple sites",
              why="R22: seropositive RA, multiple sites, without organ involvement"),
            c("Z79.631", "continue MTX 20 mg weekly", why="R10: long-term antimetabolite"),
            c("Z79.52", "prednisone 5 mg daily since the June flare", why="R10: long-term systemic steroid"),
            c("99214", "Assessment:",
              why="R15: MDM moderate - chronic illness with exacerbation, labs reviewed, drug therapy requiring "
                  "monitoring for toxicity"),
        ],
        skips=[
            skip("Osteopenia on DXA 2024", "R20", "managed by another physician, not addressed"),
            skip("start a TNF inhibitor", "R07", "conditional"),
            skip("no cough or dyspnea", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r11-15", dos="2026-03-26",
        specialty="family medicine", setting="outpatient", age=44, sex="M", payer="bcbs",
        text="""
        S: 44 yo M c/o L ear fullness and muffled hearing x1 week after swimming, no pain, no drainage. Also his
        spring allergies started early this year - sneezing, itchy watery eyes, congestion x2 wks, worse outdoors;
        loratadine alone not enough. Asthma as a child, none since age 12. No wheeze.
        O: L canal completely occluded by hard cerumen, TM not visible. R canal/TM normal. Nasal mucosa pale and
        boggy, clear rhinorrhea. Lungs clear.
        Procedure: L ear impacted cerumen removed with curette and alligator forceps under direct visualization.
        TM afterwards intact, pearly, no effusion. Hearing subjectively improved.
        A/P:
        1. Impacted cerumen, left ear - removed as above. Avoid cotton swabs.
        2. Seasonal allergic rhinitis due to tree pollen, flaring - add OTC fluticasone nasal 2 sprays each
        nostril daily; continue loratadine 10 mg daily.
        """,
        codes=[
            c("H61.22", "Impacted cerumen, left ear", why="R11: laterality documented"),
            c("J30.1", "Seasonal allergic rhinitis due to tree pollen", why="R22: allergic rhinitis due to pollen"),
            c("99213", "A/P:", mods=["25"],
              why="R15: MDM low - chronic illness with exacerbation, over-the-counter drugs; separately "
                  "identifiable from the cerumen removal: modifier 25"),
            c("69210", "L ear impacted cerumen removed with curette", mods=["LT"],
              why="R18: cerumen removal with instruments, left ear"),
        ],
        skips=[
            skip("Asthma as a child, none since age 12", "R20", "resolved childhood condition"),
            skip("No wheeze", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r11-16", dos="2026-05-05",
        specialty="podiatry", setting="outpatient", age=72, sex="F", payer="medicare",
        text="""
        PODIATRY - at-risk foot care

        72 yo F with type 2 DM on insulin glargine 24 units and metformin 1000 mg BID, with diabetic peripheral
        neuropathy (LOPS on monofilament at both forefeet), here for routine nail care every 9-10 wks. Unable to
        safely trim her own nails.
        Nails: R1-5 and L1-3 thickened (4-5 mm), yellow, dystrophic, subungual debris, mycotic; painful in shoes.
        Vascular: DP 1+ bilat, PT nonpalpable L, CFT 4 s. Skin: no ulcers, no pre-ulcerative lesions. Mild
        xerosis of the heels.
        Procedure: Mechanical debridement of 8 mycotic toenails (R1-5, L1-3) with nail nipper and electric burr,
        reduced in length and thickness. No bleeding.
        Assessment: onychomycosis of toenails; type 2 diabetes with diabetic polyneuropathy.
        Plan: RTC 10 weeks. If the L PT pulse stays absent next visit, will order ABIs to evaluate for PAD.
        """,
        codes=[
            c("B35.1", "onychomycosis of toenails", why="R21: the condition treated by the procedure first"),
            c("E11.42", "type 2 diabetes with diabetic polyneuropathy",
              why="R09: diabetes with polyneuropathy, the systemic condition for at-risk foot care"),
            c("Z79.4", "insulin glargine 24 units", why="R10: long-term insulin"),
            c("Z79.84", "metformin 1000 mg BID", why="R10: long-term oral hypoglycemic (both when on both)"),
            c("11721", "Mechanical debridement of 8 mycotic toenails", why="R18: nail debridement, 6 or more"),
        ],
        skips=[
            skip("Mild\n        xerosis of the heels", "R20", "exam finding not assessed"),
            skip("will order ABIs to evaluate for PAD", "R07", "conditional"),
            skip("no ulcers", "R02", "normal finding"),
        ],
    ),
    NoteSpec(
        id="dev-r11-17", dos="2026-06-08",
        specialty="family medicine", setting="outpatient", age=27, sex="M", payer="uhc", provider=2,
        text="""
        Walk-in visit
        CC: R ankle injury

        27 M rolled his R ankle (inversion) playing basketball last evening. Able to take 4 steps in clinic with
        pain. Swelling of the lateral ankle. No numbness. Prior L ankle fracture 2017, healed.
        Exam: R ankle - swelling and ecchymosis over the ATFL, tender ATFL; no tenderness at the posterior edge or
        tip of the lateral or medial malleolus, no navicular or 5th MT base tenderness. Anterior drawer mildly
        lax vs L. NV intact.
        Ottawa ankle rules negative - no x-ray needed.

        A/P: Right ankle sprain, anterior talofibular ligament, grade II.
        - Ketorolac 60 mg IM given in clinic (R gluteal); tolerated.
        - RICE, naproxen 500 mg BID x 7 days (Rx), crutches prn, home ankle exercise handout.
        - Return if unable to bear weight after 1 week for x-ray.
        """,
        codes=[
            c("S93.491A", "Right ankle sprain, anterior talofibular ligament",
              why="R12: sprain of other ligament of the right ankle (ATFL), initial encounter"),
            c("99213", "A/P:", mods=["25"],
              why="R15: MDM low - acute uncomplicated injury, prescription drug; modifier 25 with the injection"),
            c("96372", "Ketorolac 60 mg IM given in clinic", why="R18: IM injection"),
            c("J1885", "Ketorolac 60 mg", units=4, why="R24: ketorolac per 15 mg, 60 mg = 4 units"),
        ],
        skips=[
            skip("Prior L ankle fracture 2017, healed", "R20", "healed, not relevant"),
            skip("no x-ray needed", "R19", "no test performed"),
            skip("Return if unable to bear weight", "R07", "conditional"),
            skip("No numbness", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r11-18", dos="2026-07-14",
        specialty="oncology", setting="outpatient", age=61, sex="F", payer="medicare", minutes=42,
        text="""
        HEMATOLOGY/ONCOLOGY PROGRESS NOTE

        Diagnosis: Left breast invasive ductal carcinoma, upper outer quadrant, pT1c N0, ER positive, PR
        positive, HER2 negative; s/p lumpectomy + SLNB 3/2024 and whole-breast radiation (completed 6/2024). On
        adjuvant anastrozole since 7/2024.

        Interval history: tolerating anastrozole except for aching and stiffness of both knees, worse in the
        mornings, starting ~4 months after beginning anastrozole. No new breast lumps, no bone pain, no cough,
        no headaches. Appetite and weight stable.
        PMH: HTN, osteopenia (DXA 2/2025 T-score -1.9), hypothyroidism.

        Exam: left breast well-healed lumpectomy scar, no masses. No axillary or supraclavicular adenopathy.
        Knees: no effusion, full ROM.

        Assessment/Plan:
        1. Left breast cancer, ER/PR+, HER2-, on adjuvant endocrine therapy, no evidence of recurrence. Continue
        anastrozole 1 mg daily, planned 5-10 years total. Diagnostic mammogram due 3/2027.
        2. Arthralgia of both knees due to anastrozole - start duloxetine 30 mg daily; walking program; if no
        better, consider a switch to exemestane.
        3. Osteopenia on aromatase inhibitor - calcium/vitamin D, repeat DXA 2/2027; zoledronic acid discussed,
        she declines for now.

        Total time today 42 minutes, the majority counseling on side effects and treatment options.
        """,
        codes=[
            c("C50.412", "Left breast invasive ductal carcinoma, upper outer quadrant",
              why="R20: breast cancer under adjuvant therapy is current (I.C.2.d)"),
            c("Z17.0", "ER positive", why="R22: estrogen receptor positive (FY2026 Z17, each receptor coded)"),
            c("Z17.21", "PR\n        positive", why="R22: progesterone receptor positive"),
            c("Z17.32", "HER2 negative", why="R22: HER2 negative"),
            c("M25.561", "Arthralgia of both knees due to anastrozole",
              why="R12: nature of the adverse effect first, right knee"),
            c("M25.562", "Arthralgia of both knees due to anastrozole", why="R11: left knee"),
            c("T38.6X5A", "Arthralgia of both knees due to anastrozole",
              why="R12: adverse effect of an antiestrogen drug taken as prescribed"),
            c("M85.80", "Osteopenia on aromatase inhibitor", why="R22: osteopenia, site not specified, treated"),
            c("Z79.811", "Continue\n        anastrozole 1 mg daily", why="R10: long-term aromatase inhibitor"),
            c("Z92.3", "whole-breast radiation (completed 6/2024)", why="R06: history of irradiation"),
            c("99215", "Total time today 42 minutes", why="R14: established patient, 40+ minutes"),
        ],
        skips=[
            skip("No new breast lumps, no bone pain, no cough", "R01", "negated"),
            skip("HTN", "R20", "not addressed"),
            skip("hypothyroidism", "R20", "not addressed"),
            skip("consider a switch to exemestane", "R07", "conditional"),
            skip("zoledronic acid discussed", "R10", "declined, not taken"),
        ],
    ),
    # ---------------------------------------------------------------- ED
    NoteSpec(
        id="dev-r11-19", dos="2026-02-02", age=42, sex="M", payer="bcbs", **ED,
        text="""
        ED Provider Note
        CC: R flank pain

        HPI: 42M with sudden R flank pain radiating to the groin since 4 am, waxing and waning, 9/10, vomited x2.
        No fever. Hx of kidney stone 2019 (passed). No dysuria.
        Exam: T 37.1, HR 96, BP 150/88. Writhing. R CVA tenderness. Abdomen soft, no peritoneal signs, no
        McBurney point tenderness.
        Workup: UA: 50 RBC/hpf, 0-2 WBC, nitrite neg. BMP: Cr 1.1. CBC: WBC 11.2.
        CT abdomen/pelvis without contrast (radiology read): 5 mm obstructing calculus at the right UVJ with
        moderate right hydronephrosis; normal appendix, normal aorta.
        ED course: ketorolac 15 mg IV, ondansetron 4 mg IV, 1 L NS. Pain 2/10 on reassessment, tolerating PO.

        MDM: Acute renal colic from an obstructing distal right ureteral stone with hydronephrosis. No evidence
        of infection (afebrile, UA without pyuria), so no urgent decompression. Appendicitis and AAA considered,
        excluded by CT. A 5 mm stone is likely to pass. Discharge with tamsulosin 0.4 mg daily, oxycodone 5 mg
        q6h prn #8 (PDMP checked), ondansetron ODT, strainer. Urology follow-up 1 week; return for fever,
        intractable vomiting or pain.

        Dx: Right ureteral calculus with hydronephrosis.
        """,
        codes=[
            c("N13.2", "Right ureteral calculus with hydronephrosis",
              why="R13: hydronephrosis with ureteral calculous obstruction, one code (Excludes1 N20.1)"),
            c("99284", "MDM:",
              why="R15: ED MDM moderate - acute illness with systemic symptoms, four tests, prescription drugs"),
        ],
        skips=[
            skip("obstructing calculus at the right UVJ", "R13", "N20.1 excluded with N13.2"),
            skip("Hx of kidney stone 2019", "R20", "history beside a current stone"),
            skip("Appendicitis and AAA considered,\n        excluded by CT", "R01", "ruled out"),
            skip("vomited x2", "R23", "integral to renal colic"),
            skip("No evidence\n        of infection", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r11-20", dos="2026-03-09", age=35, sex="F", payer="aetna", **ED,
        text="""
        EMERGENCY DEPARTMENT NOTE

        35 yo F hit her head on an open kitchen cabinet door ~1 h ago. Scalp laceration, bled a lot, now
        controlled with pressure. No LOC, no vomiting, no amnesia, no neck pain. Not on anticoagulants. Tdap 2021.
        Exam: GCS 15, alert and oriented. 3.2 cm linear laceration of the right parietal scalp, clean edges, no
        foreign body, galea intact, no step-off. C-spine nontender, full ROM. Neuro exam nonfocal.
        Canadian CT Head Rule negative; no imaging indicated.

        PROCEDURE: Laceration repair. Irrigated with 250 mL saline, explored, no FB. Simple single-layer closure
        with 5 staples. Length 3.2 cm. Tolerated well.

        Impression: Laceration of scalp, 3.2 cm, simple repair. Minor head injury, no concussion.
        Disposition: home; acetaminophen or ibuprofen OTC for pain; staple removal in 7-10 days; head injury
        precautions reviewed.
        """,
        codes=[
            c("S01.01XA", "Laceration of scalp", why="R12: scalp laceration without foreign body, initial encounter"),
            c("99283", "Impression:", mods=["25"],
              why="R15: ED MDM low - head injury evaluation (decision rule, neuro exam) beyond the repair, OTC "
                  "drugs; modifier 25 with the repair"),
            c("12002", "Simple single-layer closure", "Length 3.2 cm",
              why="R18: simple repair 2.6-7.5 cm, scalp"),
        ],
        skips=[
            skip("No LOC, no vomiting, no amnesia, no neck pain", "R01", "negated"),
            skip("no concussion", "R01", "negated"),
            skip("no imaging indicated", "R19", "no test performed"),
        ],
    ),
    NoteSpec(
        id="dev-r11-21", dos="2026-04-21", age=58, sex="M", payer="bcbs", provider=1, **ED,
        text="""
        ED NOTE - chest pain

        58 yo man with HTN (lisinopril) and hyperlipidemia presents with 2 days of intermittent left-sided chest
        pain, sharp, worse with twisting and deep breaths, reproduced by pressing on the chest wall. Started
        after moving furniture. No exertional pattern, no diaphoresis, no dyspnea, no leg swelling, no recent
        travel. Former smoker (quit 2015). Father had CABG at 66.
        Exam: BP 168/94, HR 82, SpO2 98%. Reproducible tenderness at the left 4th-5th costochondral junctions.
        Lungs clear. Heart regular, no murmur. No calf tenderness.
        ECG, interpreted by me: sinus rhythm 80, LVH voltage, no acute ST-T changes.
        hs-troponin 0 h 4 ng/L, 2 h 4 ng/L. CBC, BMP unremarkable. CXR (radiology): no acute process.

        MDM: Chest wall pain, most consistent with costochondritis / musculoskeletal strain; ACS unlikely with
        HEART score 3 and two negative troponins; PE unlikely, PERC negative. Considered observation admission
        for stress testing; shared decision with the patient to discharge with an outpatient stress test within
        72 h. BP elevated here, probably pain-related; continue lisinopril, PCP recheck this week.
        Diagnoses: 1. Chest wall pain. 2. Hypertension.
        Plan: ibuprofen 600 mg TID with food x 5 days, warm compresses.
        """,
        codes=[
            c("R07.89", "Chest wall pain", why="R03: the symptom; costochondritis only 'most consistent with'"),
            c("I10", "Hypertension", "continue lisinopril", why="R20: chronic condition assessed and treated"),
            c("Z87.891", "Former smoker (quit 2015)", why="R06: former smoker"),
            c("Z82.49", "Father had CABG at 66",
              why="R05: family history in the same organ system as a problem addressed (hypertension)"),
            c("99284", "MDM:",
              why="R15: ED MDM moderate - undiagnosed new problem with uncertain prognosis, four tests, decision "
                  "about observation admission; the ECG is reported separately, not counted"),
            c("93010", "ECG, interpreted by me", why="R18: ECG interpretation by the ED physician"),
        ],
        skips=[
            skip("costochondritis / musculoskeletal strain", "R03", "uncertain ('most consistent with')"),
            skip("ACS unlikely", "R03", "uncertain, not coded"),
            skip("PE unlikely", "R03", "uncertain, not coded"),
            skip("hyperlipidemia", "R20", "not addressed"),
            skip("no dyspnea, no leg swelling", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r11-22", dos="2026-01-05", age=2, sex="F", payer="medicaid", **ED,
        text="""
        PEDIATRIC EMERGENCY DEPARTMENT

        2 y/o F brought by her father for barky cough and noisy breathing since midnight, after 2 days of runny
        nose and low-grade fever. No drooling, no choking episode, drinking well. Immunizations up to date.
        Older brother has a cold. History from father.
        Exam: T 38.2, RR 32, SpO2 97% RA. Barky cough; inspiratory stridor only when agitated, none at rest; no
        retractions at rest. Westley score 2. Oropharynx normal.

        MDM: Mild croup. No stridor at rest, so no racemic epinephrine. Foreign body and epiglottitis considered,
        not supported by history or exam. Dexamethasone 0.6 mg/kg PO given. Observed 2 h, comfortable.
        Impression: Croup (viral laryngotracheobronchitis), mild.
        Discharged with acetaminophen for fever, humidified air; return for stridor at rest or labored breathing.
        """,
        codes=[
            c("J05.0", "Croup (viral laryngotracheobronchitis)", why="R22: croup"),
            c("99283", "MDM:",
              why="R15: ED MDM low - acute uncomplicated illness, independent historian, prescription drug"),
        ],
        skips=[
            skip("Foreign body and epiglottitis considered", "R01", "not supported"),
            skip("T 38.2", "R23", "fever integral to croup"),
            skip("Older brother has a cold", "R05", "a relative's illness"),
            skip("No drooling", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r11-23", dos="2026-07-27", age=56, sex="F", payer="uhc", provider=2, **ED,
        text="""
        ED PHYSICIAN DOCUMENTATION
        Chief complaint: red swollen left leg

        HPI: 56-year-old woman with type 2 diabetes (glargine 30 units nightly + metformin 1000 mg BID) and
        obesity presents with 3 days of spreading redness, warmth and pain of the left shin that began after a
        scrape while gardening. Subjective chills, no rigors. Home glucose 280-340 this week (usually 140s). No
        prior DVT, no recent travel or surgery.
        Exam: T 38.0, HR 98, BP 132/80. BMI 41. Left anterior shin: 12 x 9 cm area of erythema, warmth and
        tenderness, margins marked, no fluctuance, no crepitus, no open wound. Mild left pedal edema. Right leg
        normal.
        Data: WBC 12.8, lactate 1.4, BMP with glucose 318 and anion gap 11, urinalysis without ketones. Venous
        duplex left leg: no DVT.

        MDM: Nonpurulent cellulitis of the left lower leg with low-grade fever; does not meet sepsis criteria.
        DVT excluded by duplex. Hyperglycemia from the infection, no DKA. Discussed admission vs outpatient
        therapy; with reliable follow-up she is discharged on cephalexin 500 mg QID x 7 days and leg elevation.
        Increase glargine to 34 units nightly until sugars are back to baseline. PCP in 48 h.
        Diagnoses: Cellulitis of left lower leg. Type 2 diabetes mellitus with hyperglycemia.
        """,
        codes=[
            c("L03.116", "Cellulitis of left lower leg", why="R11: cellulitis of the left lower limb"),
            c("E11.65", "Type 2 diabetes mellitus with hyperglycemia", why="R09: diabetes with hyperglycemia, treated"),
            c("Z79.4", "glargine 30 units nightly", why="R10: long-term insulin"),
            c("Z79.84", "metformin 1000 mg BID", why="R10: long-term oral hypoglycemic (both when on both)"),
            c("99284", "MDM:",
              why="R15: ED MDM moderate - acute illness with systemic symptoms, several tests, decision about "
                  "admission and prescription drugs"),
        ],
        skips=[
            skip("does not meet sepsis criteria", "R01", "negated"),
            skip("DVT excluded by duplex", "R01", "ruled out"),
            skip("no DKA", "R01", "negated"),
            skip("BMI 41", "R20", "obesity named but not addressed at this ED visit"),
        ],
    ),
    NoteSpec(
        id="dev-r11-24", dos="2026-05-18", age=24, sex="F", payer="medicaid", **ED,
        text="""
        ED NOTE

        24F with moderate persistent asthma (fluticasone/salmeterol 250/50 BID, albuterol prn) presents with 2
        days of wheeze and chest tightness after a cold, using albuterol every 2-3 h without lasting relief. No
        fever. Vapes nicotine daily (e-cigarette) for 2 years. No prior intubations; one ED visit last year.
        Exam: RR 24, HR 112, SpO2 93% RA, speaking full sentences, diffuse expiratory wheeze, mild accessory
        muscle use. Peak flow 220 (45% predicted).
        ED course: DuoNeb x3 back to back, methylprednisolone 125 mg IV. Reassessed after 90 min: PEF 340 (70%),
        SpO2 97%, minimal wheeze. CXR ordered, my read: no pneumonia, no pneumothorax (radiology agrees).

        MDM: Moderate asthma exacerbation with good response to treatment. Admission considered, not required
        after reassessment. Discharge on prednisone 40 mg daily x 5 days, continue ICS/LABA and albuterol.
        Advised to stop vaping - counseled 4 minutes on cessation.
        Dx: Moderate persistent asthma with acute exacerbation. Nicotine dependence, e-cigarettes.
        """,
        codes=[
            c("J45.41", "Moderate persistent asthma with acute exacerbation",
              why="R22: asthma by severity with exacerbation"),
            c("F17.290", "Nicotine dependence, e-cigarettes",
              why="R22: nicotine dependence, other tobacco product (electronic cigarettes)"),
            c("99284", "MDM:", mods=["25"],
              why="R15: ED MDM moderate - chronic illness with exacerbation, independent CXR interpretation, "
                  "prescription drug and admission decision; modifier 25 with the counseling"),
            c("99406", "counseled 4 minutes on cessation", why="R18: cessation counseling 3-10 minutes"),
        ],
        skips=[
            skip("no pneumonia, no pneumothorax", "R01", "negated"),
            skip("one ED visit last year", "R20", "past event"),
            skip("No\n        fever", "R01", "negated"),
        ],
    ),
    # ---------------------------------------------------------------- inpatient
    NoteSpec(
        id="dev-r11-25", dos="2026-02-14", age=79, sex="F", payer="medicare", **IP,
        text="""
        DISCHARGE SUMMARY
        Admission: 2/09/2026    Discharge: 2/14/2026    Disposition: home with home health

        Principal diagnosis: Acute on chronic diastolic heart failure (HFpEF, EF 60%)
        Secondary diagnoses:
        - Hypertensive heart and kidney disease
        - CKD stage 3b
        - Permanent atrial fibrillation, on warfarin
        - Type 2 diabetes with diabetic CKD, on insulin
        - Hypothyroidism

        Hospital course: 79-year-old woman admitted with 1 week of progressive dyspnea, orthopnea, 4 kg weight gain
        and bilateral leg edema after a salty holiday weekend. Diuresed with IV furosemide 40 mg BID, net -5.2 L.
        BNP 1,840 -> 620. Creatinine stable 1.5-1.7 (baseline 1.5). Troponin flat 18-19 ng/L, no ACS. Echo: EF
        60%, grade II diastolic dysfunction, unchanged from 2024. Pneumonia was considered on the admission CXR,
        but the opacities cleared with diuresis and procalcitonin was low - no antibiotics given. Rate controlled
        on metoprolol; INR therapeutic throughout on warfarin. Glucose managed with basal-bolus insulin; A1c 7.2.
        Levothyroxine continued.

        Discharge medications: furosemide 40 mg PO BID (increased from daily), metoprolol succinate 100 mg daily,
        warfarin per INR, insulin glargine 18 units, insulin lispro with meals, levothyroxine 75 mcg.
        Follow-up: HF clinic 1 week; INR check in 3 days. 2 g sodium diet, daily weights.
        """,
        codes=[
            c("I13.0", "Hypertensive heart and kidney disease", "Acute on chronic diastolic heart failure",
              why="R08: hypertension with heart failure and CKD stage 1-4, principal (I.C.9.a.3)"),
            c("I50.33", "Acute on chronic diastolic heart failure", why="R22: acute on chronic diastolic HF"),
            c("N18.32", "CKD stage 3b", why="R08: CKD stage with I13.0"),
            c("E11.22", "Type 2 diabetes with diabetic CKD", why="R09: diabetes with diabetic CKD"),
            c("I48.21", "Permanent atrial fibrillation", why="R22: permanent AF, treated"),
            c("E03.9", "Hypothyroidism", why="R20: chronic condition treated"),
            c("Z79.01", "on warfarin", why="R10: long-term anticoagulant"),
            c("Z79.4", "on insulin", why="R10: long-term insulin with type 2 diabetes"),
        ],
        skips=[
            skip("Pneumonia was considered", "R01", "ruled out by the course"),
            skip("no ACS", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r11-26", dos="2026-04-06", age=68, sex="M", payer="medicare", provider=1, **IP,
        text="""
        HOSPITAL MEDICINE DISCHARGE SUMMARY
        Dates: 4/03/2026 - 4/06/2026
        Reason for admission: melena and lightheadedness

        Final diagnoses:
        1. Acute duodenal ulcer with hemorrhage, NSAID-induced (ibuprofen 800 mg TID for knee pain x 2 months)
        2. Acute blood loss anemia
        3. Bilateral primary osteoarthritis of the knees
        4. Essential hypertension
        5. Hx of TIA (2020), no residual deficits

        Course: Presented with 2 days of black stools and near-syncope on standing. Hgb 7.1 (baseline 13.8), BUN
        48. Pantoprazole infusion; transfused 2 units PRBC. EGD HD1: 1.5 cm duodenal bulb ulcer with a visible
        vessel, treated with epinephrine injection and clips. Biopsies negative for H. pylori; no varices, no
        gastric mass. No rebleeding; Hgb stable at 9.0 for 48 h. Ibuprofen stopped permanently; knee OA pain now
        managed with scheduled acetaminophen and topical diclofenac, outpatient orthopedic referral for
        injections. Amlodipine held on admission for orthostasis, resumed HD2. Aspirin 81 mg daily for secondary
        prevention after his TIA held on admission and restarted at discharge per GI.

        Discharge medications: pantoprazole 40 mg BID x 8 weeks, acetaminophen 1 g TID, diclofenac 1% gel,
        amlodipine 5 mg daily, aspirin 81 mg daily.
        """,
        codes=[
            c("K26.0", "Acute duodenal ulcer with hemorrhage",
              why="R21: principal diagnosis; the nature of the adverse effect first (I.C.19.e.5.a)"),
            c("T39.315A", "NSAID-induced (ibuprofen 800 mg TID",
              why="R12: adverse effect of a propionic acid derivative taken as prescribed, initial"),
            c("D62", "Acute blood loss anemia", why="R22: acute posthemorrhagic anemia, transfused"),
            c("M17.0", "Bilateral primary osteoarthritis of the knees",
              why="R20: chronic condition, treatment changed"),
            c("I10", "Essential hypertension", why="R20: chronic condition, drug held and resumed"),
            c("Z86.73", "Hx of TIA (2020), no residual deficits", why="R06: history of TIA without residuals"),
            c("Z79.82", "Aspirin 81 mg daily for secondary\n        prevention",
              why="R10: long-term aspirin (Z79.82)"),
        ],
        skips=[
            skip("Biopsies negative for H. pylori", "R01", "negated"),
            skip("no varices, no\n        gastric mass", "R01", "negated"),
            skip("near-syncope on standing", "R23", "integral to the hemorrhage"),
        ],
    ),
    NoteSpec(
        id="dev-r11-27", dos="2026-05-15", age=76, sex="M", payer="medicare", **IP,
        text="""
        STROKE SERVICE - DISCHARGE SUMMARY
        Admit 5/11/2026 -> Discharge 5/15/2026 to inpatient rehabilitation

        Principal diagnosis: Acute ischemic stroke, left MCA territory, cardioembolic (embolism of the left middle
        cerebral artery) from newly diagnosed paroxysmal atrial fibrillation.

        Presentation: right-handed 76M found by his wife with right-sided weakness and word-finding difficulty;
        last known well 3 h prior. NIHSS 8 on arrival. CTA: occlusion of a distal left M2 branch; IV alteplase
        given; thrombectomy not performed (distal occlusion). MRI: acute infarct of the left frontal operculum and
        insula.
        Telemetry: paroxysmal atrial fibrillation, episodes up to 6 h.
        Deficits at discharge: right hemiparesis (arm > leg), expressive aphasia improving, mild right facial
        droop. Bedside dysphagia screen passed; regular diet.
        Other problems: hypertension (permissive first 24 h, amlodipine resumed HD3); hyperlipidemia, LDL 142 -
        atorvastatin 80 mg started; former smoker (quit 2004); BPH, tamsulosin continued.
        Anticoagulation: apixaban deferred, to start on day 14 (5/25) given infarct size and the risk of
        hemorrhagic transformation; aspirin 81 mg daily until then. 24 h CT: no hemorrhagic transformation.
        """,
        codes=[
            c("I63.412", "embolism of the left middle\n        cerebral artery",
              why="R22: cerebral infarction due to embolism of the left MCA, principal"),
            c("R29.708", "NIHSS 8 on arrival", why="R22: NIHSS score with the acute stroke (I.C.18.j)"),
            c("I48.0", "paroxysmal atrial fibrillation", why="R22: paroxysmal AF, the cause of the embolism"),
            c("G81.91", "right hemiparesis", "right-handed",
              why="R22: hemiparesis of the dominant side (right-handed), a deficit of the current stroke"),
            c("R47.01", "expressive aphasia", why="R22: aphasia from the current stroke"),
            c("R29.810", "right facial\n        droop", why="R22: facial weakness from the current stroke"),
            c("I10", "hypertension (permissive first 24 h, amlodipine resumed HD3)",
              why="R20: chronic condition treated"),
            c("E78.5", "hyperlipidemia, LDL 142", why="R20: treated (statin started)"),
            c("N40.0", "BPH, tamsulosin continued", why="R20: chronic condition treated, no LUTS documented"),
            c("Z87.891", "former smoker (quit 2004)", why="R06: former smoker"),
        ],
        skips=[
            skip("apixaban deferred, to start on day 14", "R10", "planned, not yet taken"),
            skip("aspirin 81 mg daily until then", "R10", "bridge until anticoagulation, not long-term"),
            skip("no hemorrhagic transformation", "R01", "negated"),
            skip("dysphagia screen passed", "R01", "no dysphagia"),
        ],
    ),
    NoteSpec(
        id="dev-r11-28", dos="2026-06-23", age=22, sex="F", payer="bcbs", provider=2, **IP,
        text="""
        Discharge Summary - Internal Medicine
        Admitted 6/20/2026, discharged 6/23/2026

        Diagnoses at discharge:
        - Diabetic ketoacidosis, type 1 diabetes, without coma - precipitated by omitted basal insulin
        - Norovirus gastroenteritis
        - Hypokalemia
        - Depression, stable

        HPI: 22-year-old with type 1 diabetes since age 9 on insulin glargine 22 units + lispro sliding scale.
        Developed vomiting and diarrhea 3 days before admission; because she could not eat she decided to stop
        her glargine for 2 days. Presented with abdominal pain and Kussmaul breathing.
        Labs: glucose 486, pH 7.12, HCO3 9, anion gap 26, beta-hydroxybutyrate 6.8, K 5.6 on admission.
        Course: ICU DKA protocol with insulin infusion and IV fluids. Gap closed in 14 h; transitioned to SC
        insulin HD2. K fell to 3.1 on the insulin drip, repleted IV and PO, 4.0 at discharge. Stool norovirus PCR
        positive; diarrhea resolved by HD3. Lipase normal, pancreatitis excluded. Mental status normal
        throughout.
        Education: sick-day rules - never stop basal insulin; diabetes educator visit done.
        Depression on escitalopram 10 mg, stable, continued.
        Discharge meds: insulin glargine 22 units nightly, lispro per scale, escitalopram 10 mg daily.
        """,
        codes=[
            c("E10.10", "Diabetic ketoacidosis, type 1 diabetes, without coma",
              why="R09: type 1 diabetes with ketoacidosis without coma, principal (the condition from underdosing)"),
            c("T38.3X6A", "she decided to stop\n        her glargine for 2 days",
              why="R12: underdosing of insulin, initial; never principal (I.C.19.e.5.c)"),
            c("Z91.128", "because she could not eat she decided to stop",
              why="R12: intentional underdosing for another reason"),
            c("A08.11", "Norovirus gastroenteritis", why="R22: acute gastroenteropathy due to Norwalk agent"),
            c("E87.6", "Hypokalemia", why="R20: treated with potassium"),
            c("F32.A", "Depression, stable", why="R20: treated chronic condition (escitalopram continued)"),
        ],
        skips=[
            skip("pancreatitis excluded", "R01", "ruled out"),
            skip("insulin glargine 22 units nightly", "R10", "no Z79.4 with type 1 diabetes (Decision)"),
            skip("abdominal pain", "R23", "integral to DKA/gastroenteritis"),
        ],
    ),
    NoteSpec(
        id="dev-r11-29", dos="2026-07-07", age=84, sex="F", payer="medicare", provider=1, **IP,
        text="""
        ORTHOPAEDIC / HOSPITALIST CO-MANAGEMENT DISCHARGE SUMMARY
        Admission 7/02/2026    Discharge 7/07/2026 to SNF

        Principal diagnosis: Left intertrochanteric femur fracture due to age-related osteoporosis (fragility
        fracture after a fall from standing in her kitchen)
        Procedure: left hip cephalomedullary nail 7/03
        Secondary diagnoses:
        - Acute blood loss anemia, postoperative (Hgb 11.2 -> 7.6, transfused 1 unit)
        - Hypertension
        - Hypothyroidism
        - Vitamin D deficiency

        Course: Mechanical trip over a rug, no syncope or prodrome; head CT negative, no head injury. Osteoporosis
        known (DXA 2023 T-score -3.1), never treated. Underwent nailing HD2, uncomplicated. Postoperative
        acute blood loss anemia transfused 1 unit with appropriate rise to 8.9. Losartan held HD1-2 for soft
        BPs, resumed. Levothyroxine continued. 25-OH vitamin D 18: cholecalciferol 2000 IU daily started.
        Weight bearing as tolerated with PT. Enoxaparin 40 mg daily x 28 days for VTE prophylaxis.
        Zoledronic acid planned at the 6-week orthopedic visit.
        """,
        codes=[
            c("M80.052A", "Left intertrochanteric femur fracture due to age-related osteoporosis",
              why="R13: fracture in known osteoporosis from a fall from standing is pathological (I.C.13.d), "
                  "not S72; initial encounter"),
            c("D62", "Acute blood loss anemia, postoperative", why="R22: acute posthemorrhagic anemia, transfused"),
            c("I10", "Hypertension", why="R20: chronic condition treated"),
            c("E03.9", "Hypothyroidism", why="R20: chronic condition treated"),
            c("E55.9", "Vitamin D deficiency", why="R20: treated"),
        ],
        skips=[
            skip("no syncope or prodrome", "R01", "negated"),
            skip("head CT negative, no head injury", "R01", "negated"),
            skip("Enoxaparin 40 mg daily x 28 days", "R10", "short course, not long-term"),
            skip("Zoledronic acid planned", "R10", "planned, not taken"),
        ],
    ),
    NoteSpec(
        id="dev-r11-30", dos="2026-08-21", age=70, sex="F", payer="medicare", provider=2, **IP,
        text="""
        DISCHARGE SUMMARY
        Admit: 8/17/2026    Discharge: 8/21/2026

        Principal diagnosis: Clostridioides difficile colitis, first episode
        Secondary diagnoses: acute kidney injury (prerenal) superimposed on CKD stage 3a; dehydration;
        hypertension; GERD

        Brief history: 70F treated with clindamycin for a dental abscess 3 weeks ago presented with 8-10 watery
        stools/day for 5 days, cramping and poor oral intake. WBC 17.4, Cr 2.3 (baseline 1.3). C. difficile PCR
        and toxin positive. CT abdomen: pancolitis without megacolon or perforation. Ischemic colitis was in the
        differential given her age and was not supported by the CT pattern.
        Course: oral vancomycin 125 mg QID (10-day course) and IV fluids; 2 formed stools/day by HD4. Cr improved
        to 1.4. Lisinopril held for AKI, resumed at half dose at discharge. Home omeprazole stopped given the C.
        difficile risk; famotidine for GERD instead. The dental abscess had resolved.
        """,
        codes=[
            c("A04.72", "Clostridioides difficile colitis, first episode",
              why="R22: C. difficile enterocolitis, not recurrent, principal"),
            c("N17.9", "acute kidney injury (prerenal)", why="R22: acute kidney failure, treated"),
            c("E86.0", "dehydration", why="R20: treated with IV fluids"),
            c("I12.9", "hypertension", "CKD stage 3a", why="R08: hypertension with CKD stage 1-4"),
            c("N18.31", "CKD stage 3a", why="R08: CKD stage with I12.9"),
            c("K21.9", "GERD", why="R20: treated, drug changed"),
        ],
        skips=[
            skip("Ischemic colitis was in the\n        differential", "R01", "not supported, ruled out"),
            skip("without megacolon or perforation", "R01", "negated"),
            skip("The dental abscess had resolved", "R20", "resolved"),
        ],
    ),
]
