"""Dev notes 0043-0048: palpitations, adult ADHD, neutropenic fever, IBS, menorrhagia, psoriasis."""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-0043", specialty="cardiology", setting="outpatient", age=44, sex="F", payer="cigna",
        new_patient=True,
        text="""
        CARDIOLOGY NEW PATIENT CONSULTATION

        Referring: PCP. Reason: palpitations.

        44-year-old woman with episodes of rapid, regular heartbeat, abrupt onset and offset, lasting 5-20
        minutes, 2-3 times per month for 6 months. Sometimes stops with bearing down. Mild lightheadedness
        during episodes, no syncope. No chest pain, no exertional dyspnea. Caffeine 3 cups/day. TSH normal
        last month per PCP records.

        PMH: migraine (on sumatriptan PRN). FH: no sudden cardiac death, no cardiomyopathy.
        Social: nonsmoker, rare alcohol.

        Exam: BP 122/76, HR 72 regular. No murmurs, rubs, or gallops. Lungs clear. No edema.

        12-lead ECG obtained in clinic today, interpreted by me: sinus rhythm 72, normal intervals, no
        pre-excitation, no ST-T changes.

        Impression: Palpitations, paroxysmal and regular - rule out AV nodal reentrant tachycardia /
        other SVT. No evidence of pre-excitation or structural heart disease on exam.

        Plan:
        - 14-day ambulatory ECG patch monitor ordered; echocardiogram ordered.
        - Taught vagal maneuvers. Reduce caffeine.
        - If SVT documented, discuss EP study/ablation vs beta-blocker.
        - Go to ED for episodes lasting >30 min, chest pain or fainting.
        """,
        codes=[
            c("R00.2", "Palpitations, paroxysmal and regular", why="R03: SVT only to be ruled out; symptom coded"),
            c("99204", "Impression:",
              why="R15: undiagnosed new problem with uncertain prognosis + tests ordered and ECG = moderate; "
                  "R16 new"),
            c("93000", "12-lead ECG obtained in clinic today, interpreted by me",
              why="R18: ECG with interpretation in office"),
        ],
        skips=[
            skip("rule out AV nodal reentrant tachycardia", "R03", "rule-out diagnosis, outpatient"),
            skip("No evidence of pre-excitation or structural heart disease", "R01", "negated"),
            skip("If SVT documented", "R07", "hypothetical"),
            skip("migraine (on sumatriptan PRN)", "R20", "PMH not addressed by the cardiologist"),
        ],
    ),
    NoteSpec(
        id="dev-0044", specialty="psychiatry", setting="outpatient", age=27, sex="M", payer="uhc",
        new_patient=True,
        text="""
        PSYCHIATRIC DIAGNOSTIC EVALUATION WITH MEDICAL SERVICES

        Identifying data: 27-year-old single man, software tester, self-referred for attention problems.

        HPI: Lifelong difficulty sustaining attention, losing things, missing deadlines, procrastination; also
        restless, interrupts others, fidgety in meetings. Teachers' comments from grade school report cards
        (brought today) describe "daydreaming and talking out of turn". Symptoms in work, home, relationships.
        ASRS v1.1 Part A: 6/6 positive. No history of mania or psychosis. Mood "fine"; denies depressed mood or
        anhedonia. Denies SI/HI. Cannabis 2-3 times/month, no other substances. No cardiac history, no syncope,
        no family history of sudden cardiac death.

        Past psychiatric history: none; no prior medications. Family: brother with ADHD.

        Mental status: Well-groomed, fidgety, good eye contact. Speech normal. Mood "stressed", affect full.
        Thought process goal-directed, no delusions. Cognition grossly intact. Insight good.

        Vitals: BP 118/72, HR 74. Medical review of systems negative.

        Formulation/Diagnosis: ADHD, combined presentation, meeting DSM-5-TR criteria with childhood onset.
        Cannabis use, occasional, not meeting criteria for a use disorder.

        Plan: Start methylphenidate ER 18 mg qAM; PDMP checked; controlled-substance agreement signed. Follow up
        4 weeks with BP/HR check. Psychoeducation and CBT skills referral.
        """,
        codes=[
            c("F90.2", "ADHD, combined presentation", why="R22: combined presentation"),
            c("Z81.8", "brother with ADHD", why="R05: family history of mental disorder"),
            c("90792", "PSYCHIATRIC DIAGNOSTIC EVALUATION WITH MEDICAL SERVICES",
              why="R16: initial diagnostic evaluation with medical services, billed instead of an E/M"),
        ],
        skips=[
            skip("not meeting criteria for a use disorder", "R01", "no cannabis use disorder diagnosed"),
            skip("No history of mania or psychosis", "R01", "negated"),
            skip("denies depressed mood", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-0045", dos="2026-05-07",
        specialty="oncology", setting="inpatient", age=66, sex="M", payer="medicare", pos="21",
        text="""
        ONCOLOGY DISCHARGE SUMMARY

        Admission: 05/03/2026. Discharge: 05/07/2026.

        Final diagnoses
        1. Neutropenic fever - antineoplastic chemotherapy-induced neutropenia (cycle 3 R-CHOP, day 9)
        2. Diffuse large B-cell lymphoma, lymph nodes of multiple sites (stage III), on active chemotherapy
        3. Type 2 diabetes mellitus, steroid-exacerbated hyperglycemia
        4. Hypertension

        PMH also includes hyperlipidemia on diet only. Home medications: allopurinol completed after cycle 1,
        acyclovir prophylaxis, metformin 1000 mg BID, amlodipine 5 mg daily (continued in hospital). Allergies: NKDA.
        Exam on admission: ill-appearing, no mucosal lesions, no line (peripheral IV only), lungs clear, abdomen benign.
        Course: Presented with T 38.6 C and ANC 240. Cultures (blood x2, urine) negative; CXR clear; no source
        of infection found. Treated with IV cefepime, defervesced in 36 hours. Filgrastim given; ANC recovered to
        1,800 by day of discharge. Prednisone component of R-CHOP finished before admission; glucose 200-290,
        managed with correction insulin, discharged on home metformin.

        Not septic - no hypotension, lactate normal. No mucositis.

        Discharge: oral levofloxacin until ANC follow-up, pegfilgrastim with future cycles. Next chemotherapy
        cycle delayed one week. Follow up in oncology clinic 05/11/2026.
        """,
        codes=[
            c("D70.1", "antineoplastic chemotherapy-induced neutropenia",
              why="R21: neutropenia due to chemotherapy is the reason for admission"),
            c("R50.81", "Neutropenic fever", why="R09: D70 'use additional code' for the fever"),
            c("T45.1X5A", "chemotherapy-induced",
              why="R12: adverse effect of antineoplastic drug, X placeholder, 7th character A"),
            c("C83.38", "Diffuse large B-cell lymphoma, lymph nodes of multiple sites",
              why="R22: lymphoma type and sites; on active treatment"),
            c("E11.65", "steroid-exacerbated hyperglycemia", why="R09: diabetes with hyperglycemia"),
            c("T38.0X5A", "steroid-exacerbated",
              why="R12: adverse effect of glucocorticoids causing the hyperglycemia"),
            c("I10", "Hypertension", why="R20: chronic condition"),
            c("Z79.84", "home metformin", why="R10: long-term oral hypoglycemic"),
        ],
        skips=[
            skip("no source\n        of infection found", "R01", "negated"),
            skip("Not septic", "R01", "ruled out"),
            skip("No mucositis", "R01", "negated"),
            skip("hyperlipidemia on diet only", "R20", "untreated history not affecting this stay"),
        ],
    ),
    NoteSpec(
        id="dev-0046",
        subscriber="spouse", specialty="gastroenterology", setting="outpatient", age=35, sex="F", payer="bcbs",
        minutes=22,
        text="""
        GI OFFICE NOTE

        HPI: 35F with 2 years of crampy lower abdominal pain relieved by defecation, with loose stools 3-4 times
        daily on most days, bloating. No nocturnal diarrhea, no blood in stool, no weight loss, no fevers.
        Symptoms worse with stress. Colonoscopy 2025 (for the same symptoms): normal mucosa, random biopsies
        negative for microscopic colitis. Celiac serologies have never been checked - could this be celiac?

        PMH: anxiety, managed with therapy; no surgeries. Social: teacher, married, no tobacco, 1-2 drinks per week.
        FH: no IBD or colon cancer. ROS: no joint pains, no rashes, no mouth ulcers.
        Meds: dicyclomine PRN (helps a little). No NSAIDs.

        Exam: BMI 22. Abdomen soft, mild LLQ tenderness, no masses, no organomegaly.

        Assessment: Irritable bowel syndrome with diarrhea (Rome IV criteria met, normal colonoscopy).
        Possible celiac disease - to exclude with tTG-IgA and total IgA (ordered).

        Plan: Low-FODMAP diet with dietitian, start rifaximin 550 mg TID x 14 days, continue dicyclomine PRN.
        Fecal calprotectin ordered. If celiac serology positive, EGD with duodenal biopsies.

        I spent 22 minutes total on this visit.
        """,
        codes=[
            c("K58.0", "Irritable bowel syndrome with diarrhea", why="R22: IBS with diarrhea; R23 pain integral"),
            c("99213", "I spent 22 minutes total", why="R14: established, 22 minutes (20-29)"),
        ],
        skips=[
            skip("Possible celiac disease", "R03", "uncertain outpatient diagnosis"),
            skip("no blood in stool", "R01", "negated"),
            skip("negative for microscopic colitis", "R01", "negative biopsy"),
            skip("If celiac serology positive", "R07", "conditional"),
            skip("anxiety, managed with therapy", "R20", "not addressed at this GI visit"),
        ],
    ),
    NoteSpec(
        id="dev-0047", specialty="obstetrics and gynecology", setting="outpatient", age=42, sex="F",
        payer="medicaid", minutes=33,
        text="""
        GYN PROBLEM VISIT

        CC: heavy periods, tired.

        42 yo G3P3, regular 28-day cycles but bleeding 8 days with clots, soaking a pad every 1-2 hours on
        heavy days for 1 year. Fatigue, craves ice. No intermenstrual or postcoital bleeding. Tubal ligation
        2015. No anticoagulants. Mother had fibroids.

        Exam: BP 110/66, HR 92. Pale conjunctivae. Pelvic: uterus ~10-week size, irregular contour, nontender;
        no adnexal masses; cervix normal.

        Office tests today: urine pregnancy test negative; fingerstick hemoglobin 8.9 g/dL.

        Assessment:
        1. Heavy menstrual bleeding with regular cycle (menorrhagia).
        2. Iron deficiency anemia secondary to chronic blood loss - Hgb 8.9.
        3. Enlarged irregular uterus, suspected fibroids - pelvic ultrasound ordered.
        Plan: Ferrous sulfate 325 mg every other day; start norethindrone acetate 5 mg daily; CBC and ferritin
        to lab. Transvaginal ultrasound in 1 week; endometrial biopsy at follow-up if ultrasound abnormal.
        Total time 33 minutes including counseling on options (LNG-IUD, ablation, hysterectomy).
        """,
        codes=[
            c("N92.0", "Heavy menstrual bleeding with regular cycle", why="R22: excessive menstruation, regular"),
            c("D50.0", "Iron deficiency anemia secondary to chronic blood loss", why="R22: cause documented"),
            c("N85.2", "Enlarged irregular uterus",
              why="R03: fibroids only suspected; the finding (enlarged uterus) is coded"),
            c("99214", "Total time 33 minutes", why="R14: established, 33 minutes (30-39)"),
            c("81025", "urine pregnancy test negative", why="R19: performed in office"),
            c("85018", "fingerstick hemoglobin 8.9 g/dL", why="R19: hemoglobin performed in office"),
        ],
        skips=[
            skip("suspected fibroids", "R03", "uncertain outpatient diagnosis"),
            skip("No intermenstrual or postcoital bleeding", "R01", "negated"),
            skip("CBC and ferritin\n        to lab", "R19", "sent out"),
            skip("endometrial biopsy at follow-up if ultrasound abnormal", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-0048", specialty="dermatology", setting="outpatient", age=50, sex="M", payer="aetna",
        text="""
        Dermatology follow-up

        50M with plaque psoriasis of elbows, knees and scalp, ~6% BSA, on clobetasol 0.05% ointment BID to
        body and calcipotriene for maintenance. Itching improved but plaques persist; thick scalp scale. No joint
        pain, morning stiffness or dactylitis. Father and sister also have psoriasis. Also bothered by several
        irritated skin tags of the neck that catch on his collar.

        Meds: clobetasol 0.05% ointment, calcipotriene 0.005% cream. Allergies: NKDA.
        Social: electrician, never smoker, 2-3 beers per week.

        Exam: well-demarcated erythematous plaques with silvery scale, bilateral extensor elbows and knees, scalp
        occiput; BSA 6%. Nails: few pits. Joints: no synovitis. Neck: 8 pedunculated 2-3 mm acrochordons, some
        inflamed.

        A/P:
        1. Plaque psoriasis, moderate (BSA 6%) - inadequate response to topicals. Begin narrowband UVB 3x/week
           vs apremilast; he chooses phototherapy. Switch scalp to clobetasol solution. Psoriatic arthritis
           screening negative today (PEST 0).
        2. Irritated acrochordons, neck x8 - removed today with sterile scissors after topical anesthetic;
           hemostasis with aluminum chloride. Tolerated well.
        3. Family history of psoriasis.
        """,
        codes=[
            c("L40.0", "Plaque psoriasis, moderate", why="R22: psoriasis vulgaris"),
            c("L91.8", "Irritated acrochordons", why="R22: skin tags (other hypertrophic skin disorder)"),
            c("Z84.0", "Father and sister also have psoriasis", "Family history of psoriasis",
              why="R05: family history of skin disease"),
            c("99214", "inadequate response to topicals",
              why="R15: chronic illness not at goal, treatment change = moderate; separate from tag removal",
              mods=["25"]),
            c("11200", "removed today with sterile scissors", why="R18: removal of skin tags, up to 15"),
        ],
        skips=[
            skip("No joint\n        pain", "R01", "negated"),
            skip("Psoriatic arthritis\n           screening negative", "R01", "screen negative"),
        ],
    ),
]
