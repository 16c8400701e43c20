"""Dev notes 0055-0060: bronchiolitis admission, asthma, hyperkalemia in CKD, HFpEF, influenza, GI bleed."""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-0055", dos="2026-01-09",
        specialty="pediatrics", setting="inpatient", age=-5, sex="M", payer="medicaid", pos="21",
        text="""
        PEDIATRIC HOSPITALIST DISCHARGE SUMMARY

        Admitted 01/06/2026, discharged 01/09/2026.

        Discharge diagnoses:
        1. RSV bronchiolitis
        2. Dehydration due to poor oral intake
        3. Probable right acute otitis media

        5-month-old ex-term male with 4 days of rhinorrhea and cough, 1 day of increased work of breathing and
        feeding <50% of usual, 2 wet diapers in 24 h. On admission RR 64, SpO2 89% RA, subcostal retractions,
        diffuse crackles and wheezes. RSV PCR positive. CXR: peribronchial thickening, no consolidation -
        no bacterial pneumonia. Managed with high-flow nasal cannula (max 8 L) x 48 h, nasal suctioning, and IV
        fluids for 36 h, then resumed breastfeeding well. No apnea episodes. On day 2, right TM noted bulging and
        red - probable acute otitis media, started amoxicillin.

        Discharge: RA SpO2 95%, feeding well. Amoxicillin 90 mg/kg/day to complete 10 days. PCP follow-up in 2
        days. Return if breathing hard, poor feeding, or fewer than 4 wet diapers a day.
        """,
        codes=[
            c("J21.0", "RSV bronchiolitis", why="R21: principal; organism in the combination code"),
            c("E86.0", "Dehydration due to poor oral intake", why="R22: dehydration treated with IV fluids"),
            c("H66.91", "Probable right acute otitis media",
              why="R04: 'probable' at inpatient discharge coded as established; R11 right ear"),
        ],
        skips=[
            skip("no bacterial pneumonia", "R01", "negated"),
            skip("No apnea episodes", "R01", "negated"),
            skip("Return if breathing hard", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0056", specialty="pulmonology", setting="outpatient", age=26, sex="F", payer="aetna",
        text="""
        PULMONARY FOLLOW-UP: asthma

        26-year-old woman with moderate persistent asthma since childhood and allergic rhinitis. On
        fluticasone-salmeterol 250/50 BID, albuterol PRN ~2x/week, night awakenings 1x/week. No ED visits or
        steroid bursts in the last year. Seasonal sneezing and congestion, uses fluticasone nasal spray. ACT score
        19. No GERD symptoms. Never smoker; cat at home.

        Vitals: BP 112/70, HR 76, SpO2 98% RA, BMI 23. General: comfortable, speaking full sentences.
        Exam: no wheeze on quiet breathing; mild end-expiratory wheeze on forced expiration. Nasal turbinates
        pale and boggy.

        Spirometry with pre- and post-bronchodilator testing performed today: FEV1 2.61 L (79%), post 2.98 L
        (+14%, +370 mL) - significant bronchodilator response. FEV1/FVC 0.71.

        Impression:
        - Moderate persistent asthma, uncomplicated - not well controlled (ACT 19, reversible obstruction).
          Step up to budesonide-formoterol 160/4.5 as maintenance and reliever (SMART). Inhaler technique
          reviewed. Asthma action plan updated.
        - Allergic rhinitis, cat dander - continue nasal steroid, allergen avoidance, allergy testing referral.
        Follow-up 3 months.
        """,
        codes=[
            c("J45.40", "Moderate persistent asthma, uncomplicated",
              why="R22: severity; 'not well controlled' is not an exacerbation"),
            c("J30.81", "Allergic rhinitis, cat dander", why="R22: allergic rhinitis due to animal dander"),
            c("99214", "Impression:", why="R15: chronic illness not at goal with prescription change = moderate"),
            c("94060", "Spirometry with pre- and post-bronchodilator testing performed today",
              why="R19: pre/post bronchodilator spirometry done and interpreted in office"),
        ],
        skips=[
            skip("No ED visits", "R01", "negated"),
            skip("No GERD symptoms", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-0057", specialty="nephrology", setting="outpatient", age=70, sex="M", payer="medicare",
        minutes=41,
        text="""
        Renal clinic

        70M, DM2 with diabetic nephropathy and CKD 3b, HTN, on insulin. Referred back by PCP for K 6.1 on routine
        labs last week after lisinopril was increased. Asymptomatic - no weakness or palpitations. Eats 2 bananas
        and orange juice daily. Urine ~normal volume.

        Meds: lisinopril 40 mg, insulin degludec 30 u, semaglutide 0.5 mg weekly, furosemide 20 mg.

        Exam: BP 136/80. No edema. Normal cardiac rhythm.

        Labs reviewed: K 6.1, repeat today at hospital lab pending; Cr 1.9, eGFR 35, HCO3 21, A1c 7.6.
        ECG from PCP office reviewed: no peaked T waves.

        A/P:
        1. Hyperkalemia - likely ACE inhibitor plus diet. Reduce lisinopril to 20 mg; start sodium zirconium
           cyclosilicate 10 g daily x 1 week; low-potassium diet teaching. Repeat BMP in 3 days.
        2. DM2 with diabetic CKD, stage 3b - stable eGFR; consider SGLT2 inhibitor once K normal.
        3. Hypertension with CKD - at goal.
        4. Long-term insulin use; GLP-1 agonist weekly.
        I spent 41 minutes today, including reviewing outside ECG and labs and diet counseling.
        """,
        codes=[
            c("E87.5", "Hyperkalemia", why="R21: reason for referral; cause 'likely' not coded as adverse effect"),
            c("E11.22", "DM2 with diabetic CKD, stage 3b", "DM2 with diabetic nephropathy and CKD 3b",
              why="R09: diabetes with CKD combination + N18.32"),
            c("I12.9", "Hypertension with CKD", why="R08: hypertensive CKD stage 1-4"),
            c("N18.32", "stage 3b", why="R22: CKD stage 3b"),
            c("Z79.4", "Long-term insulin use", why="R10: insulin"),
            c("Z79.85", "GLP-1 agonist weekly", why="R10: injectable non-insulin antidiabetic"),
            c("99215", "I spent 41 minutes today", why="R14: established, 41 minutes (40+)"),
        ],
        skips=[
            skip("no weakness or palpitations", "R01", "negated"),
            skip("no peaked T waves", "R01", "negated"),
            skip("consider SGLT2 inhibitor once K normal", "R07", "conditional"),
            skip("likely ACE inhibitor plus diet", "R03", "uncertain cause in outpatient: no T46.4X5A"),
        ],
    ),
    NoteSpec(
        id="dev-0058", specialty="internal medicine", setting="outpatient", age=77, sex="F", payer="medicare",
        minutes=34,
        text="""
        IM clinic f/u - HFpEF / HTN

        77 y/o F w/ hypertensive heart disease w/ chronic diastolic CHF (EF 62%), class 2 obesity, OA. Since
        last visit: weight up 4 lb, ankles more swollen by evening, DOE at 1 block (baseline 2 blocks). No
        orthopnea, no PND, no chest pain. Adherent to meds; admits to salty canned soups.
        Meds: torsemide 10 mg daily, empagliflozin 10 mg, losartan 50 mg, amlodipine 5 mg.
        Exam: BP 142/84, HR 78 reg, BMI 37.4. JVP ~8 cm. Faint bibasilar crackles. 1+ pitting edema to mid-shin.
        A/P
        1) Hypertensive heart disease with chronic diastolic HF - mild volume overload. Torsemide 20 mg daily x 5
           days then back to 10 mg; 2 g Na diet; daily weights. Stop amlodipine (edema), increase losartan to
           100 mg. BMP 1 week.
        2) Obesity class 2, BMI 37.4 - discussed weight loss, referral to dietitian.
        3) OA both knees - acetaminophen; avoid NSAIDs given HF.
        Spent 34 min total incl. med reconciliation and counseling.
        """,
        codes=[
            c("I11.0", "Hypertensive heart disease with chronic diastolic HF",
              why="R08: hypertension with heart failure"),
            c("I50.32", "chronic diastolic CHF", why="R22: chronic diastolic"),
            c("E66.812", "Obesity class 2", why="R22: obesity class 2"),
            c("Z68.37", "BMI 37.4", ("BMI 37.4", 1), why="R22: BMI with obesity diagnosis"),
            c("M17.0", "OA both knees", why="R11: bilateral primary knee OA"),
            c("99214", "Spent 34 min total", why="R14: established, 34 minutes (30-39)"),
        ],
        skips=[
            skip("No\n        orthopnea, no PND, no chest pain", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-0059", dos="2026-02-03",
        specialty="urgent care", setting="outpatient", age=39, sex="M", payer="uhc",
        text="""
        Urgent care - established patient (seen here 8 months ago)
        CC: fever, body aches, cough x 1 day.
        39M, abrupt onset last evening: fever 102.8, chills, myalgias, dry cough, headache. Two coworkers with
        flu. Did not get this season's flu vaccine. No SOB, no chest pain. PMH: mild intermittent asthma, no
        wheeze currently, hasn't needed albuterol in months.
        Meds: none regularly; albuterol MDI PRN (not used this month). Allergies: NKDA. Social: warehouse supervisor,
        lives with wife and 2 children (all well so far), nonsmoker.
        Exam: T 101.7, HR 104, RR 18, SpO2 97%. Ill-appearing but nontoxic. Pharynx mildly red. Lungs clear,
        no wheezes, no crackles.
        Rapid influenza A/B antigen (CLIA-waived, in clinic): influenza A positive, B negative.
        Dx: Influenza A with cough and myalgia. No pneumonia clinically.
        Plan: oseltamivir 75 mg BID x 5 days, fluids, antipyretics. Work note x 3 days. Albuterol available if
        wheezing. Return if shortness of breath, chest pain, or fever beyond 5 days.
        """,
        codes=[
            c("J10.1", "Influenza A with cough and myalgia",
              why="R22: confirmed influenza with other respiratory manifestations; R23 fever/cough integral"),
            c("99213", "Dx:", why="R15: acute illness with prescription drug = low/moderate, coded low"),
            c("87804", "Rapid influenza A/B antigen", why="R19: performed in clinic; one unit per analyte",
              units=2),
        ],
        skips=[
            skip("No pneumonia clinically", "R01", "negated"),
            skip("no wheeze currently", "R20", "asthma history not treated or affecting this visit"),
            skip("Return if shortness of breath", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0060", dos="2026-08-05",
        specialty="gastroenterology", setting="inpatient", age=68, sex="M", payer="medicare",
        pos="21",
        text="""
        DISCHARGE SUMMARY (GI service)

        Admission: 08/02/2026 Discharge: 08/05/2026

        Discharge Diagnoses:
        1. Acute upper GI hemorrhage from chronic duodenal ulcer (bleeding, visible vessel treated endoscopically)
        2. Acute blood loss anemia requiring transfusion
        3. NSAID-associated ulcer - long-term ibuprofen use for osteoarthritis of the hips
        4. H. pylori testing negative

        HPI/Course: 68M with melena x 2 days and lightheadedness. Hgb 6.8 (baseline 13). On daily ibuprofen 800 mg
        TID for hip arthritis for years. Transfused 2 units PRBC. EGD day 1: 1.5 cm chronic-appearing duodenal
        bulb ulcer with visible vessel - epinephrine injection and clips; no perforation, no gastric outlet
        obstruction. Biopsies negative for H. pylori. Pantoprazole infusion then oral BID. No rebleeding. Hgb 9.2
        stable at discharge.

        Other history: hypertension on amlodipine 5 mg (held on admission for low BP, resumed day 2). Former
        smoker, quit 2001. No alcohol.
        Discharge: pantoprazole 40 mg BID x 8 weeks; stop all NSAIDs; acetaminophen for arthritis. Repeat EGD in
        8 weeks. Return for black stools, vomiting blood or fainting.
        """,
        codes=[
            c("K26.4", "chronic duodenal ulcer (bleeding",
              why="R21: principal; chronic duodenal ulcer with hemorrhage, without perforation"),
            c("T39.315A", "NSAID-associated ulcer",
              why="R12: adverse effect of the NSAID named, ibuprofen (Table of Drugs: propionic acid derivative "
                  "T39.31-), taken as prescribed, 7th character A; corrected in session 4 from T39.395A"),
            c("D62", "Acute blood loss anemia requiring transfusion", why="R22: acute posthemorrhagic anemia"),
            c("M16.0", "osteoarthritis of the hips", why="R11: bilateral primary hip OA, drives treatment change"),
            c("I10", "hypertension on amlodipine 5 mg", why="R20: chronic condition managed during the stay"),
            c("Z79.1", "long-term ibuprofen use", why="R10: long-term NSAID"),
            c("Z87.891", "Former\n        smoker, quit 2001", why="R06: history of nicotine dependence"),
        ],
        skips=[
            skip("H. pylori testing negative", "R01", "negative test"),
            skip("no perforation, no gastric outlet\n        obstruction", "R01", "negated"),
            skip("Return for black stools", "R07", "hypothetical"),
        ],
    ),
]
