"""Dev notes 0061-0066: ureteral stone, short follow-up, hip fracture, adolescent well visit, delivery, MOUD."""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-0061", specialty="emergency medicine", setting="outpatient", age=45, sex="M", payer="cigna",
        pos="23",
        text="""
        ED Physician Documentation

        CC: L flank pain.

        HPI: 45M, sudden severe left flank pain radiating to the groin x 4 h, colicky, with nausea, one episode
        of emesis. Visible pink urine. No fever, no dysuria. Prior kidney stone 2019 passed spontaneously.

        Exam: T 37.1, HR 96, BP 150/90. Writhing, unable to sit still. Left CVA tenderness. Abdomen soft,
        non-peritoneal. No testicular tenderness.

        Workup: UA (ED lab) large blood, no nitrite/LE. Cr 1.0. CT abdomen/pelvis without contrast (radiology
        read): 5 mm obstructing calculus at the left ureterovesical junction with moderate left hydronephrosis.
        No perinephric abscess. No AAA.

        ED treatment: ketorolac 15 mg IV, ondansetron 4 mg IV, IV fluids. Pain 9 -> 2.

        MDM: Obstructing 5 mm UVJ stone, high chance of spontaneous passage, afebrile, normal renal function -
        appropriate for trial of passage. Discussed with urology on call: outpatient follow-up.
        Diagnosis: Left ureteral calculus with hydronephrosis.
        Plan: tamsulosin 0.4 mg daily, oxycodone 5 mg #8 for breakthrough pain (PDMP checked), ibuprofen,
        strain urine. Urology 1 week. Return for fever, intractable pain or vomiting.
        """,
        codes=[
            c("N13.2", "Left ureteral calculus with hydronephrosis",
              why="R13: N20.1 Excludes1 'with hydronephrosis' - combination N13.2 only; R23 pain/hematuria "
                  "integral"),
            c("99284", "MDM:",
              why="R15: acute illness with systemic symptoms, extensive data (CT, labs, urology discussion), "
                  "prescription drug management = moderate"),
        ],
        skips=[
            skip("No fever, no dysuria", "R01", "negated"),
            skip("Prior kidney stone 2019", "R06", "history of a stone is not coded with a current stone (I.C.21.c.4: "
                 "the condition exists; corrected in session 4 to match dev-ed1-14)"),
            skip("No perinephric abscess. No AAA.", "R01", "negated"),
            skip("Return for fever", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0062", specialty="family medicine", setting="outpatient", age=49, sex="F", payer="bcbs",
        minutes=14,
        text="""
        Brief f/u - lipids
        49F, hyperlipidemia, started atorvastatin 10 mg 8 wks ago. No myalgias. Fasting lipids (done at Quest,
        reviewed): LDL 96 (was 168), ALT normal. Ex-smoker, quit 2020. Mood good, PHQ-2 negative.
        TG 110 with isolated LDL elevation at baseline, not mixed.
        Feels well. Walking 30 min 4 days/week, working on diet (less red meat, more fiber). No chest pain, no
        palpitations, no leg cramps. Meds: atorvastatin 10 mg daily, vitamin D 1000 IU. Allergies: NKDA.
        Vitals today: BP 118/74, HR 68, BMI 25.6. Exam brief: heart regular, lungs clear, no xanthomas.
        10-year ASCVD risk before statin 7.9% (intermediate); statin continued per shared decision.
        Reviewed results in detail: total cholesterol 178, HDL 58, non-HDL 120.
        CK not indicated without muscle symptoms. Diet log reviewed.
        Plan: continue atorvastatin 10 mg; recheck lipids 1 yr.
        Dx: Pure hypercholesterolemia, at goal on statin. Hx tobacco use, quit 2020 - no current use.
        14 min spent today.
        """,
        codes=[
            c("E78.00", "Pure hypercholesterolemia, at goal on statin", why="R22: pure hypercholesterolemia"),
            c("Z87.891", "Hx tobacco use, quit 2020", "Ex-smoker, quit 2020",
              why="R06: history of nicotine dependence; R13 Excludes1 with current dependence F17.2-"),
            c("99212", "14 min spent today", why="R14: established, 14 minutes (10-19)"),
        ],
        skips=[
            skip("No myalgias", "R01", "negated"),
            skip("PHQ-2 negative", "R01", "negative screen"),
            skip("done at Quest", "R19", "outside lab"),
        ],
    ),
    NoteSpec(
        id="dev-0063", dos="2026-09-17",
        specialty="orthopedics", setting="inpatient", age=86, sex="F", payer="medicare", pos="21",
        text="""
        ORTHOPAEDIC SURGERY DISCHARGE SUMMARY

        Admitted: 09/12/2026 via ED. Discharged: 09/17/2026 to skilled nursing facility.

        Diagnoses:
        Principal - Right femoral neck fragility fracture due to age-related osteoporosis (ground-level fall at
        home)
        Secondary - Acute blood loss anemia, postoperative, transfused 1 unit
        - Chronic kidney disease stage 3a
        - Hypertension
        - Hypothyroidism

        Procedure: 09/13/2026 right hip hemiarthroplasty (cemented bipolar).

        Course: 86F tripped on her slipper and fell from standing; unable to bear weight, right leg shortened and
        externally rotated. Films: displaced right femoral neck fracture. Known osteoporosis (DEXA T -3.1) never
        treated. Surgery uncomplicated. POD1 Hgb 7.6 from 10.9 pre-op; transfused, Hgb 8.8 thereafter. Cr stable at
        baseline 1.3 (eGFR 52). Home lisinopril held for soft BP POD0-1, restarted. Levothyroxine continued.
        No delirium. DVT prophylaxis with enoxaparin; no evidence of DVT clinically.

        Discharge: WBAT with walker, enoxaparin 40 mg daily x 28 days, start zoledronic acid as outpatient after
        vitamin D repletion, PT/OT at SNF. Ortho clinic follow-up in 2 weeks for wound check.
        """,
        codes=[
            c("M80.051A", "Right femoral neck fragility fracture due to age-related osteoporosis",
              why="R13: osteoporotic fragility fracture goes to M80 (S72 Excludes1 pathological fracture); "
                  "R12 7th character A; R11 right femur"),
            c("D62", "Acute blood loss anemia, postoperative", why="R22: acute posthemorrhagic anemia treated"),
            c("I12.9", "Hypertension", why="R08: hypertension with CKD is presumed linked"),
            c("N18.31", "Chronic kidney disease stage 3a", why="R22: stage 3a"),
            c("E03.9", "Hypothyroidism", why="R20: chronic condition, medication continued"),
        ],
        skips=[
            skip("No delirium", "R01", "negated"),
            skip("no evidence of DVT clinically", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-0064", specialty="pediatrics", setting="outpatient", age=15, sex="F", payer="bcbs",
        text="""
        WELL ADOLESCENT VISIT - 15 years (established)

        Interval history: 10th grade, good grades, runs cross-country. Menarche age 12, regular cycles. Sleeps
        8 h. Confidential HEADSS interview: no tobacco, vaping, alcohol or drugs; not sexually active; feels safe
        at home and school; no self-harm. PHQ-A administered and scored: 3 (minimal). Diet: vegetarian, takes
        multivitamin.

        Exam: BP 106/64, BMI 20.1 (48th %ile). Vision 20/20 OU. HEENT normal. Thyroid normal. Heart: no murmur,
        no click. Lungs clear. Abd benign. Tanner 5. Spine straight, no scoliosis on forward bend. Skin: mild
        comedonal acne on forehead, OTC benzoyl peroxide working.

        Immunizations: HPV 9-valent dose 1 given IM today after counseling with patient and mother on benefits
        and risks (VIS given). Tdap and MenACWY up to date.

        Assessment: Routine adolescent well visit, normal exam. Sports participation cleared.
        Plan: anticipatory guidance (driving safety, sleep, screens, nutrition with vegetarian diet - iron/B12).
        HPV dose 2 in 6-12 months. Next well visit in 1 year.
        """,
        codes=[
            c("Z00.129", "Routine adolescent well visit, normal exam",
              why="R17: child health exam (under 18) without abnormal findings"),
            c("Z23", "HPV 9-valent dose 1 given IM today", why="R18: encounter for immunization"),
            c("99394", "WELL ADOLESCENT VISIT - 15 years (established)",
              why="R17: established preventive visit, age 12-17"),
            c("90651", "HPV 9-valent dose 1", why="R24: vaccine product"),
            c("90460", "after counseling with patient and mother",
              why="R18: administration under 19 with physician counseling, single-component vaccine"),
            c("96127", "PHQ-A administered and scored", why="R19: scored depression screen"),
        ],
        skips=[
            skip("no tobacco, vaping, alcohol or drugs", "R01", "negated"),
            skip("no scoliosis", "R02", "normal exam"),
            skip("mild\n        comedonal acne", "R17", "incidental, not significant enough for a separate E/M; "
                 "not coded with a normal-exam preventive visit"),
        ],
    ),
    NoteSpec(
        id="dev-0065", dos="2026-09-23",

        subscriber="spouse", specialty="obstetrics and gynecology", setting="inpatient", age=30, sex="F",
        payer="aetna", pos="21",
        text="""
        OBSTETRIC DISCHARGE SUMMARY

        Admission 09/21/2026, discharge 09/23/2026.

        30 y/o G2P1 -> G2P2 at 39w3d, admitted in spontaneous active labor. Uncomplicated prenatal course; GBS
        negative; rubella immune. Spontaneous vaginal delivery of a liveborn female, 3,420 g, Apgars 8/9, over
        an intact perineum - no laceration, no episiotomy. No instrument assistance. Placenta delivered
        spontaneously, intact. EBL 300 mL. No postpartum hemorrhage.

        Labor course: admitted at 5 cm, progressed without augmentation, epidural at 6 cm, second stage 25 minutes.
        Fundus firm at umbilicus, lochia moderate. Perineum intact. Vitals stable, afebrile throughout. Infant to
        newborn nursery, rooming-in, passed newborn screen. Contraception plan: progestin-only pill at 6 weeks.
        Discharge meds: ibuprofen 600 mg q6h PRN, prenatal vitamin.
        Postpartum course: uncomplicated, breastfeeding well, ambulating, voiding. Hgb 11.4. Rh positive.

        Discharge diagnosis: Normal spontaneous vaginal delivery, single liveborn, 39 weeks 3 days.
        Plan: routine postpartum care; follow-up 6 weeks. Call for heavy bleeding, fever, or severe headache.
        """,
        codes=[
            c("O80", "Normal spontaneous vaginal delivery",
              why="R25: full-term uncomplicated delivery of a single liveborn, no other chapter 15 code"),
            c("Z3A.39", "39 weeks 3 days", "39w3d", why="R25: weeks of gestation"),
            c("Z37.0", "single liveborn", why="R25: outcome of delivery on the mother's record"),
        ],
        skips=[
            skip("no laceration, no episiotomy", "R01", "negated"),
            skip("No postpartum hemorrhage", "R01", "negated"),
            skip("Call for heavy bleeding", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0066", specialty="psychiatry", setting="outpatient", age=34, sex="M", payer="medicaid",
        text="""
        Addiction Psychiatry - follow-up

        34M with opioid use disorder, severe, in sustained remission on maintenance therapy
        (buprenorphine-naloxone 16/4 mg daily), 2.5 years. Urine drug screen today (sent out) and prior 3 all
        expected (buprenorphine only). No cravings. Working full-time, attending NA weekly. History of hepatitis
        C, treated with sofosbuvir-velpatasvir 2023, SVR confirmed - cured. Denies alcohol. Smokes 5 cigarettes a
        day, interested in quitting.

        Vitals: BP 124/78, HR 72, BMI 26. No sedation, pupils normal. Medical: no injection sites, skin clear.
        Social: lives with partner and 6-year-old daughter, stable housing, drives for a delivery company.
        MSE: calm, euthymic, linear, no SI.

        A/P:
        1. Opioid use disorder, severe, in sustained remission on buprenorphine - continue 16/4 mg daily,
           28-day Rx; PDMP reviewed, naloxone kit refilled.
        2. Nicotine dependence, cigarettes - start varenicline 0.5 mg daily titration; quit date in 2 weeks.
        3. History of hepatitis C, cured - no further treatment.
        RTC 4 weeks.
        """,
        codes=[
            c("F11.21", "Opioid use disorder, severe, in sustained remission on buprenorphine",
              why="R22: dependence in remission (maintenance therapy does not change remission)"),
            c("F17.210", "Nicotine dependence, cigarettes", why="R22: cigarettes, treated"),
            c("Z86.19", "History of hepatitis C, cured", why="R06: personal history of infectious disease"),
            c("99214", "A/P:", why="R15: two chronic illnesses + prescription drug management = moderate"),
        ],
        skips=[
            skip("No cravings", "R01", "negated"),
            skip("Denies alcohol", "R01", "negated"),
            skip("Urine drug screen today (sent out)", "R19", "sent out"),
        ],
    ),
]
