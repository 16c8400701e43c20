"""Dev notes 0031-0036: Parkinson disease, Graves disease, anticoagulation, DKA, inpatient psychiatry, GYN.

Gold corrected in session 4 (Decisions, Z79.899): dev-0035 gains Z79.899 (lithium current at discharge, level).
"""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-0031", specialty="neurology", setting="outpatient", age=76, sex="M", payer="medicare",
        text="""
        MOVEMENT DISORDERS CLINIC

        76M w/ idiopathic Parkinson disease dx 2022, h/o ischemic stroke (L MCA branch, 2020) with full recovery,
        no residual deficits. Here for 6-mo f/u. Carbidopa-levodopa 25/100 1 tab TID; wife notes medication
        wearing off ~30 min before next dose (end-of-dose fluctuations). No dyskinesias. No hallucinations.
        Constipation managed with Miralax. One near-fall turning in kitchen; no actual falls. Sleep OK. Denies
        dizziness on standing. On clopidogrel and atorvastatin for secondary prevention.

        Exam: BP sitting 132/78, standing 128/76. Hypomimia, mild hypophonia. Rest tremor R hand > L. Rigidity
        R>L, bradykinesia on finger taps. Postural reflexes: 1 step retropulsion on pull test. Gait: reduced arm
        swing R, short stride, turns in 3 steps. No focal weakness; strength 5/5 throughout.
        MDS-UPDRS part III (ON): 28.

        Assessment & Plan:
        1. Parkinson's disease with motor fluctuations (wearing off), no dyskinesia - change carbidopa-levodopa to
           QID dosing (q4h while awake). Consider adding entacapone if still wearing off.
        2. Gait instability / near-fall - PT referral for LSVT BIG and home safety evaluation.
        3. History of stroke without residual deficits - continue clopidogrel, atorvastatin.
        4. Constipation - continue PEG.
        RTC 3 months.
        """,
        codes=[
            c("G20.A2", "Parkinson's disease with motor fluctuations (wearing off), no dyskinesia",
              why="R22: Parkinson disease without dyskinesia, with fluctuations (FY2024 expansion)"),
            c("R26.81", "Gait instability", why="R22: unsteadiness on feet, managed with PT"),
            c("K59.00", "Constipation - continue PEG", why="R20: chronic symptom treated"),
            c("Z86.73", "History of stroke without residual deficits", why="R06: personal history of cerebral "
              "infarction without residuals; R13 not I69.-"),
            c("Z79.02", "On clopidogrel", why="R10: long-term antiplatelet"),
            c("99214", "Assessment & Plan:", why="R15: chronic illness with progression + prescription management"),
        ],
        skips=[
            skip("No dyskinesias", "R01", "negated"),
            skip("Denies\n        dizziness on standing", "R01", "negated"),
            skip("Consider adding entacapone", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-0032", specialty="endocrinology", setting="outpatient", age=29, sex="F", payer="bcbs",
        new_patient=True, minutes=52,
        text="""
        Endocrine New Consult

        Referred by: PCP, for low TSH.

        29-year-old woman with 3 months of palpitations, heat intolerance, 12-lb weight loss despite good
        appetite, hand tremor, and loose stools. Noticed "staring" eyes per her partner. No eye pain or double
        vision. Not pregnant (negative test at PCP last week), not breastfeeding, uses IUD. Smokes 1/2 ppd x 8
        years. Aunt with hypothyroidism.

        Labs from PCP: TSH <0.01, free T4 3.4 (0.8-1.8), total T3 280. TRAb 6.2 IU/L (elevated).

        Exam: HR 112 regular, BP 134/70, wt 121 lb. Diffuse, smooth goiter ~2x normal with bruit, no nodules.
        Mild lid retraction and lid lag, no proptosis measured on exophthalmometry (17/17 mm), EOM full, no
        chemosis. Fine tremor. Warm, moist skin. Reflexes brisk.

        Assessment:
        1. Graves disease (toxic diffuse goiter) without thyrotoxic crisis - start methimazole 20 mg daily and
           propranolol 20 mg TID for symptoms. Reviewed agranulocytosis and hepatotoxicity warnings: stop and
           call for fever or sore throat. CBC and LFTs baseline today at the lab downstairs (ordered).
        2. Mild lid retraction - no evidence of active thyroid eye disease (CAS 0). Ophthalmology baseline exam.
        3. Nicotine dependence, cigarettes, 1/2 ppd; strongly advised quitting (raises risk of Graves orbitopathy);
           she will try nicotine patch 14 mg.
        Discussed definitive options (RAI, surgery) for the future.

        Total time on date of encounter: 52 minutes.
        """,
        codes=[
            c("E05.00", "Graves disease (toxic diffuse goiter) without thyrotoxic crisis",
              why="R22: thyrotoxicosis with diffuse goiter, no storm; R23 palpitations/tremor integral"),
            c("F17.210", "Nicotine dependence, cigarettes, 1/2 ppd", "Smokes 1/2 ppd",
              why="R22: current cigarette dependence with cessation treatment"),
            c("Z83.49", "Aunt with hypothyroidism",
              why="R05: family history of thyroid disease, same organ as the hyperthyroidism treated"),
            c("99204", "Total time on date of encounter: 52 minutes",
              why="R14: new patient, 52 minutes (45-59); R16 new"),
        ],
        skips=[
            skip("Not pregnant", "R01", "negated"),
            skip("no evidence of active thyroid eye disease", "R01", "negated"),
            skip("call for fever or sore throat", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0033", specialty="internal medicine", setting="outpatient", age=81, sex="M", payer="medicare",
        text="""
        Anticoagulation / chronic care visit

        81 yo man, established. Chronic atrial fibrillation (longstanding persistent) on warfarin, HTN, BPH.
        Fingerstick INR done in clinic today (CoaguChek): 3.6 (goal 2-3). Two extra doses of warfarin last week by
        mistake (pillbox confusion). No bleeding, no black stools, no hematuria, no bruising. Denies
        lightheadedness.
        BPH: nocturia x2, stable on tamsulosin.

        Meds: warfarin 5 mg daily except 2.5 mg Mon/Fri, metoprolol tartrate 50 mg BID, amlodipine 5 mg,
        tamsulosin 0.4 mg qHS.

        Exam: BP 134/78, HR 76 irregularly irregular. No ecchymoses. Lungs clear. No edema.

        A/P:
        - Supratherapeutic INR due to extra warfarin doses - hold tonight's dose, then resume 5 mg daily except
          2.5 mg Mon/Wed/Fri (weekly dose -10%). Repeat INR 1 week. Pillbox set up with daughter.
        - Longstanding persistent AFib - rate controlled; continue metoprolol. CHA2DS2-VASc 4.
        - HTN - controlled.
        - BPH with LUTS (nocturia) - continue tamsulosin.
        - Long-term anticoagulation.
        Return sooner for any bleeding.
        """,
        codes=[
            c("T45.511A", "Supratherapeutic INR due to extra warfarin doses",
              why="R12: taking more than prescribed = poisoning, accidental, 7th character A, first-listed"),
            c("R79.1", "Supratherapeutic INR", why="R22: abnormal coagulation profile as the manifestation"),
            c("I48.11", "Longstanding persistent AFib", why="R22: AFib type documented"),
            c("I10", "HTN - controlled", why="R20: chronic condition on treatment"),
            c("N40.1", "BPH with LUTS (nocturia)", why="R22: BPH with lower urinary tract symptoms"),
            c("R35.1", "nocturia x2", why="R22: use-additional-code note at N40.1 for the symptom"),
            c("Z79.01", "Long-term anticoagulation", why="R10: long-term anticoagulant"),
            c("99214", "A/P:", why="R15: drug therapy requiring intensive monitoring for toxicity = moderate risk"),
            c("85610", "Fingerstick INR done in clinic today", why="R19: PT/INR performed in office"),
        ],
        skips=[
            skip("No bleeding, no black stools, no hematuria", "R01", "negated"),
            skip("Return sooner for any bleeding", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0034", specialty="hospital medicine", setting="inpatient", age=22, sex="M", payer="medicaid",
        pos="21",
        text="""
        ADMISSION HISTORY & PHYSICAL

        CC: vomiting, abdominal pain, "can't stop drinking water."

        HPI: 22M with type 1 diabetes since age 9 on insulin pump, pump site failure 2 days ago, did not check
        ketones. 24 h of nausea, vomiting x6, diffuse abdominal pain, polyuria. No fever, cough, or dysuria.
        No alcohol or drug use; UDS negative.

        PMH: T1DM, celiac disease (gluten-free diet). Meds: insulin lispro via pump.
        FHx: father with T1DM.

        Exam: T 37.0, HR 122, BP 108/64, RR 28 (Kussmaul), dry mucous membranes. Abdomen diffusely tender, no
        rebound. Mentation clear. No coma.

        Labs: Glucose 486, pH 7.14, HCO3 8, anion gap 28, beta-hydroxybutyrate 7.2, K 5.6, Na 131 (corrected 138),
        Cr 1.4 (baseline 0.9), lipase normal. Troponin negative.

        Assessment/Plan:
        1. Diabetic ketoacidosis without coma, type 1 DM - admit to step-down, DKA insulin drip protocol, IV
           fluids, potassium replacement per protocol, q1h glucose, BMP q2h. Transition to SC basal-bolus when gap
           closes; diabetes educator before pump restart.
        2. Insulin pump malfunction (infusion site failure) as cause of DKA.
        3. Acute kidney injury, prerenal from dehydration - fluids, trend Cr.
        4. Celiac disease - gluten-free diet order.
        No evidence of infection as precipitant; pancreatitis ruled out (normal lipase).
        """,
        codes=[
            c("T85.694A", "Insulin pump malfunction (infusion site failure)",
              why="R21: pump failure causing insulin underdose is first-listed (guideline I.C.4.a.5); "
                  "R12 7th character A"),
            c("T38.3X6A", "Insulin pump malfunction (infusion site failure) as cause of DKA",
              why="R12: underdosing of insulin follows the pump code, X placeholder, 7th character A"),
            c("E10.10", "Diabetic ketoacidosis without coma, type 1 DM",
              why="R09: type 1 diabetes with ketoacidosis without coma"),
            c("N17.9", "Acute kidney injury, prerenal", why="R22: AKI treated"),
            c("E86.0", "prerenal from dehydration", why="R22: dehydration treated with fluids"),
            c("K90.0", "Celiac disease - gluten-free diet order", why="R20: chronic condition affecting care"),
            c("Z83.3", "father with T1DM", why="R05: family history of diabetes"),
        ],
        skips=[
            skip("No coma", "R02", "normal mentation"),
            skip("No evidence of infection as precipitant", "R01", "negated"),
            skip("pancreatitis ruled out", "R01", "ruled out"),
            skip("insulin lispro via pump", "R10", "Z79.4 is not assigned with type 1 diabetes (E10 has no such note)"),
        ],
    ),
    NoteSpec(
        id="dev-0035", dos="2026-03-13",
        specialty="psychiatry", setting="inpatient", age=41, sex="M", payer="medicaid", pos="21",
        text="""
        INPATIENT PSYCHIATRY DISCHARGE SUMMARY

        Admission 03/01/2026 (involuntary), discharge 03/13/2026.

        Reason for admission: 41M with bipolar I disorder brought by police after 5 days without sleep,
        grandiose delusions (believed he was chosen to run the city), spending $9,000, and threatening
        neighbors. Stopped lithium 2 months ago because he felt he no longer needed it.

        Hospital course: Restarted lithium, titrated to 1200 mg/day (level 0.9). Olanzapine 10 mg qHS added for
        psychosis; delusions resolved by day 9. No seclusion or restraint after day 2. Alcohol withdrawal
        monitored with CIWA - maximum score 6, no withdrawal treatment required. Drinking 6-8 beers daily prior
        to admission, meets criteria for alcohol use disorder, moderate. Smokes 1 ppd cigarettes; nicotine patch
        21 mg provided. Denied SI throughout; no HI at discharge.

        Discharge Diagnoses:
        1. Bipolar I disorder, current episode manic, severe, with psychotic features
        2. Alcohol use disorder, moderate
        3. Nicotine dependence, cigarettes
        4. Hypertension - lisinopril continued

        Condition at discharge: euthymic, linear thought process, no psychosis, good insight.
        Discharge meds: lithium carbonate 600 mg BID, olanzapine 10 mg qHS, nicotine patch 21 mg, lisinopril 10 mg.
        Follow-up: community mental health intake 03/16; IOP for alcohol use. Lithium level in 1 week.
        """,
        codes=[
            c("F31.2", "Bipolar I disorder, current episode manic, severe, with psychotic features",
              why="R21: principal; R22 episode, severity and psychosis documented"),
            c("T43.596A", "Stopped lithium 2 months ago",
              why="R12: underdosing of lithium (other antipsychotics/neuroleptics), X-free 7th character A; "
                  "never first-listed"),
            c("Z91.128", "because he felt he no longer needed it",
              why="R22: intentional underdosing for other reason accompanies the underdosing code"),
            c("F10.20", "Alcohol use disorder, moderate",
              why="R22: moderate use disorder = dependence, uncomplicated (no withdrawal treated)"),
            c("F17.210", "Nicotine dependence, cigarettes", why="R22: cigarettes"),
            c("I10", "Hypertension - lisinopril continued", why="R20: chronic condition treated"),
            c("Z79.899", "lithium carbonate 600 mg BID",
              why="R10: lithium restarted in the stay, current at discharge and monitored by level (Decisions)"),
        ],
        skips=[
            skip("no withdrawal treatment required", "R01", "withdrawal not diagnosed"),
            skip("Denied SI throughout", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-0036",
        subscriber="spouse", specialty="obstetrics and gynecology", setting="outpatient", age=33, sex="F",
        payer="aetna",
        text="""
        WELL WOMAN EXAM

        33 y/o G2P2 established patient, here for annual exam and Depo-Provera injection (due this week; last
        injection 12 weeks ago). Periods absent on Depo, which she likes. No pelvic pain, no abnormal discharge.
        Monogamous with husband. Last Pap 2023 NILM, HPV negative. Mother had breast cancer at 61. No personal
        history of STIs. Nonsmoker.

        ROS: negative for breast masses, urinary symptoms, mood changes.

        Exam: BP 116/70, BMI 23. Thyroid normal. Breasts symmetric, no masses, skin changes or axillary nodes.
        Abdomen soft. External genitalia normal; speculum: cervix parous, no lesions; bimanual: uterus normal
        size, no adnexal masses or tenderness. Pap with HPV co-testing collected (sent to cytology lab).

        Urine hCG in office: negative.

        Procedure: medroxyprogesterone acetate 150 mg IM, right gluteus. Next injection window 11-13 weeks.

        Assessment:
        - Routine gynecologic exam with cervical cancer screening; normal exam.
        - Contraception surveillance: injectable (Depo-Provera), continuing.
        - Family history of breast cancer in mother - screening mammogram at 40, or earlier per risk model.
        Counseled on bone health (calcium, vitamin D, weight-bearing exercise) with long-term DMPA.
        """,
        codes=[
            c("Z01.419", "Routine gynecologic exam with cervical cancer screening; normal exam",
              why="R17: gynecologic exam without abnormal findings, first-listed"),
            c("Z11.51", "Pap with HPV co-testing collected",
              why="R17: HPV screening with the exam (Z01.41 use additional code; the Pap itself is part of Z01.41, "
              "Z12.4 Excludes1)"),
            c("Z30.42", "Contraception surveillance: injectable (Depo-Provera)",
              why="R22: surveillance of injectable contraceptive"),
            c("Z80.3", "Mother had breast cancer at 61", "Family history of breast cancer in mother",
              why="R05: family history changes screening plan"),
            c("99395", "WELL WOMAN EXAM", why="R17: established preventive visit, age 18-39", mods=["25"]),
            c("96372", "medroxyprogesterone acetate 150 mg IM", why="R18: IM injection"),
            c("J1050", "medroxyprogesterone acetate 150 mg", why="R24: per 1 mg, 150 units", units=150),
            c("81025", "Urine hCG in office: negative", why="R19: pregnancy test performed in office"),
        ],
        skips=[
            skip("No personal\n        history of STIs", "R01", "negated"),
            skip("sent to cytology lab", "R19", "sent out, not performed here"),
            skip("or earlier per risk model", "R07", "conditional"),
        ],
    ),
]
