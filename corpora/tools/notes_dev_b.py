"""Dev notes 0007-0012: ED, hospital medicine, endocrinology, nephrology, pulmonology, psychiatry."""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-0007", specialty="emergency medicine", setting="outpatient", age=57, sex="M", payer="aetna",
        pos="23",
        text="""
        EMERGENCY DEPARTMENT PHYSICIAN NOTE

        CC: chest pain

        HPI: 57M presents with substernal chest pressure that began 3 hours ago after a large spicy dinner,
        6/10, non-radiating, worse lying flat, partially relieved by antacid given at triage. No exertional
        component. Denies diaphoresis, dyspnea, nausea, or syncope. No recent travel, leg swelling or
        hemoptysis. Has HTN treated with lisinopril. Former smoker, quit 2015.

        ROS: Negative except HPI. No fever, no cough.

        PE: BP 152/88, HR 84, RR 16, SpO2 98% RA, afebrile. Uncomfortable but nontoxic. Chest wall
        nontender. Heart RRR no m/r/g. Lungs CTAB. Abdomen soft, mild epigastric tenderness, no guarding.
        Calves soft, nontender, no asymmetry.

        ED course: ECG (my interpretation): NSR 78, normal axis, no ST elevation or depression. Troponin
        hs 0 h 4 ng/L, 2 h 5 ng/L (delta negative). CXR: no acute process, no pneumothorax. CBC, BMP, lipase
        within normal limits. HEART score 2. Wells low risk, PERC negative - PE not suspected.
        Symptoms resolved after GI cocktail.

        MDM: Differential includes ACS, esophageal spasm, GERD, biliary colic, PE. ACS ruled out with
        serial troponins and ECG. Symptoms suggestive of possible GERD / esophagitis vs dyspepsia.

        Diagnosis: Chest pain, unspecified - ACS ruled out. Epigastric pain.

        Disposition: Discharged home in stable condition. Start famotidine 20 mg BID. Follow up with PCP
        within 1 week for possible outpatient stress test. Return immediately if chest pain recurs with exertion,
        shortness of breath, or fainting.
        """,
        codes=[
            c("R07.9", "Chest pain, unspecified", why="R03: GERD only possible in outpatient/ED; symptom coded"),
            c("R10.13", "Epigastric pain", why="R03: symptom coded instead of uncertain cause"),
            c("I10", "Has HTN treated with lisinopril", why="R20: chronic condition on treatment"),
            c("Z87.891", "Former smoker, quit 2015", why="R06: history of nicotine dependence"),
            c("99284", "MDM:",
              why="R15: undiagnosed new problem with uncertain prognosis, tests ordered/reviewed, Rx = moderate"),
            c("93010", "ECG (my interpretation)",
              why="R18: ECG interpretation and report by the ED physician (gold corrected in session 3: it had "
                  "been left out, unlike every other ED note that documents its own ECG reading)"),
        ],
        skips=[
            skip("ACS ruled out", "R01", "ruled-out condition"),
            skip("possible GERD / esophagitis", "R03", "uncertain diagnosis in the ED (outpatient rules)"),
            skip("PE not suspected", "R01", "negated"),
            skip("Return immediately if chest pain recurs", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-0008", dos="2026-03-14",
        specialty="hospital medicine", setting="inpatient", age=84, sex="F", payer="medicare",
        pos="21",
        text="""
        DISCHARGE SUMMARY

        Admission date: 03/09/2026    Discharge date: 03/14/2026
        Attending: Hospitalist service

        Discharge Diagnoses:
        1. Likely aspiration pneumonia, right lower lobe
        2. Oropharyngeal dysphagia
        3. Alzheimer's dementia, moderate, without behavioral disturbance
        4. Essential hypertension
        5. Hypothyroidism

        Hospital Course:
        84-year-old female nursing-home resident with Alzheimer's disease brought in with fever 101.8, cough
        and hypoxia (SpO2 86% RA) after a witnessed choking episode at lunch. CXR showed RLL infiltrate. She
        was started on ampicillin-sulbactam and 2 L O2. Blood cultures remained negative. Sputum was not
        obtained. Speech-language pathology performed a bedside swallow and modified barium swallow, which
        showed oropharyngeal dysphagia with silent aspiration of thin liquids; diet changed to mechanical soft
        with nectar-thick liquids. Oxygen weaned off by day 4. Lower extremity swelling on the left prompted a
        venous duplex: no evidence of DVT. She had no delirium during the stay. BP controlled on home
        amlodipine. Levothyroxine continued; TSH 2.1.

        Condition at discharge: stable, back to baseline mentation (oriented to self only).

        Discharge medications: amoxicillin-clavulanate 875 mg BID x 3 more days, amlodipine 5 mg daily,
        levothyroxine 75 mcg daily, donepezil 10 mg qHS.

        Follow-up: SNF physician in 2-3 days. Aspiration precautions, HOB >30 degrees. If fever recurs or
        breathing worsens, return to ED.
        """,
        codes=[
            c("J69.0", "Likely aspiration pneumonia, right lower lobe",
              why="R04: 'likely' at discharge coded as established; R21 principal diagnosis"),
            c("R13.12", "Oropharyngeal dysphagia", why="R22: dysphagia phase documented"),
            c("G30.9", "Alzheimer's dementia", why="R21: etiology (Alzheimer disease) sequenced before the dementia"),
            c("F02.B0", "Alzheimer's dementia, moderate, without behavioral disturbance",
              why="R22: dementia in other disease, moderate severity, no behavioral disturbance"),
            c("I10", "Essential hypertension", why="R20: chronic condition treated during stay"),
            c("E03.9", "Hypothyroidism", why="R20: chronic condition treated during stay"),
        ],
        skips=[
            skip("no evidence of DVT", "R01", "negated finding"),
            skip("She had no delirium", "R01", "negated"),
            skip("If fever recurs or\n        breathing worsens", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0009", specialty="endocrinology", setting="outpatient", age=59, sex="F", payer="cigna",
        minutes=42,
        text="""
        ENDOCRINOLOGY FOLLOW UP

        59F with long-standing type 2 diabetes, uncontrolled with hyperglycemia, and painful diabetic
        polyneuropathy, plus primary hypothyroidism. Here for insulin titration. Since last visit she has
        been on basal-bolus insulin (glargine 34 u, lispro 8-10 u with meals) and semaglutide 1 mg weekly.
        CGM download (14 days): mean 212, time in range 38%, no readings <70. Burning pain in both feet worse
        at night, 6/10, partial relief with duloxetine 60 mg. Denies foot ulcers. No chest pain or claudication.
        Takes levothyroxine 100 mcg daily on empty stomach.

        Meds: insulin glargine, insulin lispro, semaglutide, duloxetine, levothyroxine, rosuvastatin 10 mg.
        Allergies: NKDA.

        Exam: BP 126/78, BMI 31. Thyroid: no goiter or nodules. Feet: decreased monofilament sensation
        bilateral toes, absent ankle reflexes, pulses 2+, no ulcers or calluses.

        POC HbA1c performed in clinic today: 9.6% (was 9.1%).

        Impression:
        1) DM2 with hyperglycemia - A1c 9.6%, above goal <7.5%. Increase glargine to 40 u, correction scale
           added. CGM reviewed and interpreted with patient.
        2) Diabetic peripheral polyneuropathy, symptomatic - continue duloxetine; podiatry referral.
        3) Hypothyroidism - clinically euthyroid; TSH with next labs (ordered).
        4) Obesity - continue semaglutide.
        Long-term insulin use: hypoglycemia education reinforced.

        Time: 42 minutes total on the day of the visit, including CGM data review, counseling and documentation.
        """,
        codes=[
            c("E11.65", "DM2 with hyperglycemia", why="R09: diabetes with hyperglycemia ('uncontrolled, high')"),
            c("E11.42", "Diabetic peripheral polyneuropathy", why="R09: diabetes with polyneuropathy combination"),
            c("E03.9", "Hypothyroidism - clinically euthyroid", why="R20: chronic condition managed"),
            c("E66.9", "Obesity - continue semaglutide", why="R20: obesity managed, class not documented"),
            c("Z68.31", "BMI 31", why="R22: BMI reported with obesity"),
            c("Z79.4", "Long-term insulin use", why="R10: long-term insulin"),
            c("Z79.85", "semaglutide 1 mg weekly", why="R10: long-term injectable non-insulin antidiabetic"),
            c("99215", "Time: 42 minutes total", why="R14: established, 42 minutes (40+)"),
            c("83036", "POC HbA1c performed in clinic today", why="R19: A1c performed in office"),
        ],
        skips=[
            skip("Denies foot ulcers", "R01", "negated"),
            skip("TSH with next labs (ordered)", "R19", "ordered, not performed"),
        ],
    ),
    NoteSpec(
        id="dev-0010", specialty="nephrology", setting="outpatient", age=66, sex="M", payer="medicare",
        text="""
        Nephrology Progress Note

        S: 66M with CKD stage 4 attributed to long-standing hypertension, seen for routine follow-up. Feels
        well. Appetite OK, no nausea, no pruritus. Urine output unchanged. Mild fatigue. He has a history of
        calcium oxalate kidney stones (last episode 2018), none since. No NSAID use.

        Meds: amlodipine 10 mg, carvedilol 25 mg BID, furosemide 40 mg daily, calcitriol 0.25 mcg, sodium
        bicarbonate 650 mg BID.

        O: BP 142/84, HR 62, wt 84 kg (stable). No edema, lungs clear, no asterixis.
        Labs 2 weeks ago: Cr 3.1, eGFR 21, K 5.0, HCO3 20, Hgb 9.4, ferritin 210, TSAT 24%, PTH 188, Ca 9.0,
        Phos 4.6.

        A/P:
        1. Hypertensive CKD, stage 4 - eGFR stable 20-23 over 12 months. BP not at goal; add hydralazine
           25 mg TID. Discussed renal replacement options: education class referral; he prefers to consider
           home PD. Vein preservation left arm.
        2. Anemia in CKD - Hgb 9.4, iron replete. Start darbepoetin per protocol if Hgb <9 on repeat.
        3. Secondary hyperparathyroidism of renal origin - PTH 188, continue calcitriol.
        4. Metabolic acidosis - continue bicarbonate.
        5. Hx nephrolithiasis - no recurrence; hydration advice.
        Labs ordered for 6 weeks. RTC 3 months.
        """,
        codes=[
            c("I12.9", "Hypertensive CKD, stage 4", why="R08: hypertension with CKD stage 4"),
            c("N18.4", "CKD stage 4", why="R22: stage documented"),
            c("D63.1", "Anemia in CKD", why="R21: manifestation code after the CKD codes (code-first note)"),
            c("N25.81", "Secondary hyperparathyroidism of renal origin", why="R22: renal origin documented"),
            c("E87.22", "Metabolic acidosis - continue bicarbonate",
              why="R20: treated condition; chronic metabolic acidosis of CKD (HCO3 20 on chronic bicarbonate)"),
            c("Z87.442", "history of calcium oxalate kidney stones", "Hx nephrolithiasis - no recurrence",
              why="R06: personal history of urinary calculi"),
            c("99214", "A/P:", why="R15: chronic illness with progression/not at goal + Rx management = moderate"),
        ],
        skips=[
            skip("no nausea, no pruritus", "R02", "negatives"),
            skip("Start darbepoetin per protocol if Hgb <9", "R07", "conditional plan"),
        ],
    ),
    NoteSpec(
        id="dev-0011", specialty="pulmonology", setting="outpatient", age=69, sex="F", payer="medicare",
        text="""
        PULMONARY CLINIC - acute visit

        Chief Complaint: increased SOB and wheezing x 4 days.

        HPI: 69 y.o. woman with COPD (GOLD 3, FEV1 41% predicted 2025), former smoker with 45 pack-years
        (quit 2019), on tiotropium/olodaterol. For 4 days increased dyspnea, cough now productive of yellow
        sputum, using albuterol rescue 6x/day. Afebrile at home. No chest pain. No hemoptysis. Not on home O2.

        Exam: T 98.9, RR 24, SpO2 89% RA at rest -> 93% after treatment. Mild accessory muscle use, diffuse
        expiratory wheezes, prolonged expiration, no crackles. No leg edema.

        In clinic: DuoNeb (ipratropium 0.5 mg / albuterol 2.5 mg) nebulizer treatment x1 given with improved
        air movement and SpO2.
        CXR in clinic today (read by radiology): hyperinflation, no evidence of pneumonia.

        Assessment & Plan:
        COPD with acute exacerbation - no pneumonia, not requiring admission at this time. Prednisone 40 mg
        daily x 5 days, doxycycline 100 mg BID x 5 days for purulent sputum. Continue maintenance inhaler.
        Recheck in 1 week; if worsening dyspnea or SpO2 <88% at home, go to ED.
        Former smoker - remains abstinent.
        Pulmonary rehab referral after recovery.
        """,
        codes=[
            c("J44.1", "COPD with acute exacerbation", why="R22: COPD with acute exacerbation"),
            c("Z87.891", "former smoker with 45 pack-years", "Former smoker - remains abstinent",
              why="R06: history of nicotine dependence; R13 Excludes1 with current dependence F17.2-"),
            c("99214", "Assessment & Plan:",
              why="R15: chronic illness with exacerbation + prescription drugs = moderate MDM", mods=["25"]),
            c("94640", "nebulizer treatment x1", why="R18: inhalation treatment; modifier 25 on the E/M"),
            c("J7620", "ipratropium 0.5 mg / albuterol 2.5 mg",
              why="R24: combined albuterol/ipratropium unit dose", units=1),
        ],
        skips=[
            skip("no evidence of pneumonia", "R01", "negated finding"),
            skip("if worsening dyspnea or SpO2 <88% at home, go to ED", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0012", specialty="psychiatry", setting="outpatient", age=38, sex="F", payer="bcbs",
        text="""
        Outpatient Psychiatry - Medication Management + Psychotherapy

        ID: 38-year-old woman with major depressive disorder, recurrent, and generalized anxiety disorder.

        Interval history: Since increasing sertraline to 150 mg 6 weeks ago, mood "better but not there."
        Sleeping 6-7 h, appetite normal. Still ruminative worry about work and finances, muscle tension.
        Denies suicidal ideation, intent or plan; denies homicidal ideation. No manic symptoms. No
        hallucinations. Alcohol 1-2 glasses wine/week, no drugs. Her mother and sister both have depression.

        PHQ-9 today: 12 (was 17). GAD-7: 13. Both administered and scored in clinic.

        MSE: Casually dressed, good eye contact, speech normal rate. Mood "okay," affect mildly constricted,
        reactive. Thought process linear. No SI/HI. Insight and judgment good.

        Psychotherapy: 25 minutes of CBT-focused psychotherapy (separate from medication management):
        worked on cognitive restructuring around catastrophic thinking, assigned worry log.

        Assessment:
        - MDD, recurrent, moderate - partial response.
        - GAD - persistent symptoms.
        - Family history of depression (mother, sister).
        Plan: Increase sertraline to 200 mg daily. Continue hydroxyzine 25 mg PRN anxiety. Safety plan reviewed;
        crisis line numbers provided should thoughts of self-harm arise. RTC 4 weeks.
        """,
        codes=[
            c("F33.1", "MDD, recurrent, moderate", "major depressive disorder, recurrent",
              why="R22: recurrent, moderate severity"),
            c("F41.1", "GAD - persistent symptoms", "generalized anxiety disorder", why="R20: treated condition"),
            c("Z81.8", "Family history of depression", why="R05: family history of mental disorder"),
            c("99214", "Assessment:", why="R15: chronic illness not at goal + prescription management"),
            c("90833", "25 minutes of CBT-focused psychotherapy",
              why="R18: psychotherapy add-on with E/M, 16-37 minutes"),
            c("96127", "PHQ-9 today", "GAD-7", why="R19: two scored instruments administered", units=2),
        ],
        skips=[
            skip("Denies suicidal ideation", "R01", "negated"),
            skip("should thoughts of self-harm arise", "R07", "hypothetical"),
        ],
    ),
]
