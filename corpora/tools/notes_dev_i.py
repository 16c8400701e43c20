"""Dev notes 0049-0054: NSTEMI, stroke, pediatric ADHD, ED syncope, Medicare wellness, torus fracture.

Gold corrected in session 4 (Decisions, long-term drugs): dev-0050 gains Z79.01 (apixaban started in the stay,
current at discharge, as dev-r4-06).
"""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-0049", dos="2026-06-11",
        specialty="cardiology", setting="inpatient", age=63, sex="M", payer="uhc", pos="21",
        text="""
        Discharge Summary - Cardiology

        Dates of stay: 06/08/2026 - 06/11/2026

        Discharge Diagnoses:
        1. Non-ST elevation myocardial infarction (NSTEMI)
        2. Coronary artery disease, native vessels - 2-vessel disease, s/p DES to mid LAD 06/09
        3. Hyperlipidemia
        4. Type 2 diabetes mellitus without complications
        5. Nicotine dependence, cigarettes - current smoker, 1 ppd

        Summary: 63-year-old man with 2 hours of substernal pressure at rest. ECG: 1 mm ST depression V4-V6, no
        ST elevation. hs-troponin 18 -> 640 ng/L. Loaded with aspirin and ticagrelor, heparin drip. Cath 06/09:
        90% mid-LAD (treated with DES), 60% RCA (FFR 0.86, medical therapy). Echo: EF 50%, mild anterior
        hypokinesis; no evidence of heart failure. No arrhythmias on telemetry.

        Metformin held around contrast, resumed. Smoking cessation counseling provided; started nicotine patch
        21 mg.

        Discharge meds: aspirin 81 mg, ticagrelor 90 mg BID x 12 months, atorvastatin 80 mg, metoprolol
        succinate 25 mg, lisinopril 5 mg, metformin 1000 mg BID, nicotine patch, SL nitroglycerin PRN.
        Cardiac rehab referral. Follow-up in 2 weeks. Call 911 for chest pain not relieved by one nitroglycerin.
        """,
        codes=[
            c("I21.4", "Non-ST elevation myocardial infarction (NSTEMI)", why="R21: principal, NSTEMI type 1"),
            c("I25.10", "Coronary artery disease, native vessels", why="R22: CAD native vessel without angina "
              "coded separately from the MI"),
            c("E78.5", "Hyperlipidemia", why="R20: chronic condition treated"),
            c("E11.9", "Type 2 diabetes mellitus without complications", why="R22: no complication documented"),
            c("F17.210", "Nicotine dependence, cigarettes - current smoker, 1 ppd",
              why="R22: cigarette dependence treated with nicotine patch"),
            c("Z79.84", "metformin 1000 mg BID", why="R10: oral hypoglycemic"),
            c("Z79.02", "ticagrelor 90 mg BID x 12 months", why="R10: long-term antiplatelet"),
            c("Z79.82", "aspirin 81 mg", why="R10: long-term aspirin on the discharge list (as dev-0098)"),
        ],
        skips=[
            skip("no evidence of heart failure", "R01", "negated"),
            skip("No arrhythmias on telemetry", "R01", "negated"),
            skip("Call 911 for chest pain", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0050", dos="2026-07-19",
        specialty="neurology", setting="inpatient", age=74, sex="F", payer="medicare", pos="21",
        text="""
        STROKE SERVICE DISCHARGE SUMMARY

        Admit: 07/14/2026   Discharge: 07/19/2026

        Diagnoses at discharge:
        - Acute ischemic stroke, left MCA territory, due to occlusion of the left middle cerebral artery
          (cardioembolic)
        - Right hemiparesis (right-handed patient - dominant side)
        - Expressive aphasia
        - Atrial fibrillation, newly diagnosed
        - Essential hypertension
        Admission NIHSS 6.

        PMH: hypertension, osteopenia. No prior stroke or TIA. Home meds: amlodipine 5 mg, calcium/vitamin D.
        Allergies: codeine (nausea). Social: retired librarian, lives with husband, never smoker. Baseline: fully
        independent, still driving.
        Course: 74F found by husband with right face/arm weakness and word-finding difficulty, last known well
        3 h prior. CTA: left M2 occlusion. IV tenecteplase given. Not a thrombectomy candidate. MRI: left frontal
        and insular infarcts. Telemetry: paroxysms of atrial fibrillation, new. Echo: no thrombus, EF 55%. No
        hemorrhagic transformation on 24-h CT. Apixaban started on day 4. Hypertension managed with amlodipine.

        At discharge: mild right arm weakness 4/5, mild expressive aphasia improving with speech therapy.
        Discharged to acute inpatient rehab.
        """,
        codes=[
            c("I63.412", "due to occlusion of the left middle cerebral artery",
              why="R21: principal; R11 left MCA occlusion by a cardiac embolus (Index: Infarct, cerebral, "
                  "due to embolism -> I63.41-; corrected in session 4 from I63.512 to agree with dev-r6-24)"),
            c("G81.91", "Right hemiparesis (right-handed patient - dominant side)",
              why="R11: hemiplegia of dominant right side, deficit present at discharge"),
            c("R47.01", "Expressive aphasia", why="R22: aphasia as stroke deficit"),
            c("R29.706", "Admission NIHSS 6", why="R22: NIHSS score coded with acute stroke"),
            c("I48.91", "Atrial fibrillation, newly diagnosed", why="R22: type not specified"),
            c("I10", "Essential hypertension", why="R20: treated"),
            c("Z79.01", "Apixaban started on day 4",
              why="R10: anticoagulant started in the stay, current at discharge (Decisions; as dev-r4-06)"),
        ],
        skips=[
            skip("No\n        hemorrhagic transformation", "R01", "negated"),
            skip("Not a thrombectomy candidate", "R01", "procedure not done"),
            skip("osteopenia", "R20", "history not treated or affecting the stay"),
        ],
    ),
    NoteSpec(
        id="dev-0051", specialty="pediatrics", setting="outpatient", age=10, sex="M", payer="medicaid",
        minutes=26,
        text="""
        ADHD follow up
        10 yo M with ADHD, predominantly inattentive type, on methylphenidate ER 27 mg. Parent and teacher
        Vanderbilt follow-up forms returned and scored today: inattention improved (teacher 4/9 items, was 8/9);
        no new performance problems. Appetite decreased at lunch, eats big dinner. Sleep onset 30 min. Denies
        headaches, stomach aches, tics. No chest pain or fainting with exercise.
        Social: 5th grade, IEP not needed, 504 plan for extended test time. Plays soccer. Family: lives with mom and
        grandmother. No cardiac history in the family, no sudden deaths.
        Wt 31.2 kg (down 0.3 kg from 3 mo ago, 45th %ile), BP 104/64, HR 88. Exam unremarkable.
        Vanderbilt parent form: inattention 5/9 items (was 8/9), hyperactivity 2/9. No side effects besides appetite.
        A/P: ADHD, predominantly inattentive presentation - good response. Continue methylphenidate ER 27 mg
        (Rx x 1 month, PDMP reviewed). High-calorie breakfast and after-school snack; weight check in 3 months.
        Total time 26 minutes (visit, scoring review, school communication).
        """,
        codes=[
            c("F90.0", "ADHD, predominantly inattentive presentation", "ADHD, predominantly inattentive type",
              why="R22: presentation documented"),
            c("99213", "Total time 26 minutes", why="R14: established, 26 minutes (20-29)"),
            c("96127", "Vanderbilt follow-up forms returned and scored today",
              why="R19: scored behavioral instruments (parent and teacher)", units=2),
        ],
        skips=[
            skip("Denies\n        headaches, stomach aches, tics", "R01", "negated"),
            skip("No chest pain or fainting", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-0052", specialty="emergency medicine", setting="outpatient", age=19, sex="F", payer="bcbs",
        pos="23",
        text="""
        EMERGENCY DEPARTMENT RECORD

        CC: passed out.

        19F college student fainted while standing in line at a blood drive (as a donor, before needle stick).
        Prodrome of warmth, nausea, tunnel vision, then brief LOC <30 s witnessed, no seizure activity, no
        incontinence, no tongue biting. Back to baseline immediately. No chest pain, no palpitations, no exertional
        component. No family history of sudden death. Ate little today. LMP 2 weeks ago.

        Exam: BP 108/66 supine -> 104/64 standing, HR 70 -> 84. Well-appearing. No head trauma, no injuries.
        Heart regular, no murmur. Neuro normal.

        ECG interpreted by me (tracing obtained by ED staff): sinus rhythm 68, normal PR/QRS/QTc, no
        Brugada pattern, no pre-excitation.
        Urine hCG negative (ED lab). POC glucose 92.

        MDM: low-risk syncope by Canadian Syncope Risk Score (-2). Most likely vasovagal. Cardiac cause not
        suspected. No imaging indicated.

        Diagnosis: Syncope, likely vasovagal.
        Disposition: Discharge. Hydration, regular meals, counter-pressure maneuvers. Return for exertional
        syncope, chest pain or palpitations.
        """,
        codes=[
            c("R55", "Syncope, likely vasovagal",
              why="R03: 'likely vasovagal' is uncertain in the ED (outpatient rules): syncope coded"),
            c("99284", "MDM:", why="R15: undiagnosed problem, ECG interpretation and labs = moderate"),
            c("93010", "ECG interpreted by me (tracing obtained by ED staff)",
              why="R18: physician interpretation only; the tracing belongs to the facility"),
        ],
        skips=[
            skip("no seizure activity", "R01", "negated"),
            skip("Cardiac cause not\n        suspected", "R01", "negated"),
            skip("Urine hCG negative (ED lab)", "R19", "hospital lab test, not the physician's"),
            skip("Return for exertional\n        syncope", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0053", specialty="family medicine", setting="outpatient", age=72, sex="M", payer="medicare",
        text="""
        MEDICARE ANNUAL WELLNESS VISIT (subsequent) + problem visit

        AWV components: health risk assessment reviewed; medical/family history updated; list of current
        providers and suppliers updated; BP 148/86, weight 192 lb, BMI 27.1; cognitive screen (Mini-Cog 5/5,
        no impairment detected); depression screen PHQ-2 = 0; functional/safety review - no falls, lives with
        wife, independent in ADLs; written 5-10 year screening schedule provided (colonoscopy done 2022, AAA
        screen done 2021); advance care planning discussed - already has directive on file.

        Separately addressed problems:
        HTN - home readings 145-155/85-90 on lisinopril 20 mg. No headaches, no chest pain.
        Hypothyroidism - stable on levothyroxine 88 mcg, TSH 2.4 in March.
        -> HTN above goal: add amlodipine 5 mg daily, BMP in 2 weeks (ordered), recheck BP 4 weeks.

        Father had prostate cancer; patient declines PSA after shared decision-making.

        Assessment:
        1. Encounter for Medicare annual wellness visit.
        2. Essential hypertension, uncontrolled - medication added.
        3. Hypothyroidism, stable.
        4. Family history of prostate cancer.
        """,
        codes=[
            c("Z00.00", "Encounter for Medicare annual wellness visit",
              why="R17: general exam code with the wellness visit; known HTN is not a new finding of the exam"),
            c("I10", "Essential hypertension, uncontrolled", why="R20: chronic condition with medication change"),
            c("E03.9", "Hypothyroidism, stable", why="R20: chronic condition on treatment"),
            c("Z80.42", "Father had prostate cancer", "Family history of prostate cancer",
              why="R05: family history informing the PSA decision"),
            c("G0439", "MEDICARE ANNUAL WELLNESS VISIT (subsequent)", why="R17: subsequent AWV, HCPCS"),
            c("99214", "Separately addressed problems",
              why="R15: chronic illness not at goal + prescription drug management = moderate MDM for the "
                  "problem-oriented part; modifier 25 because it is separate from the AWV", mods=["25"]),
        ],
        skips=[
            skip("no impairment detected", "R01", "negative screen"),
            skip("no falls", "R01", "negated"),
            skip("declines PSA", "R07", "screening not done"),
        ],
    ),
    NoteSpec(
        id="dev-0054", specialty="orthopedics", setting="outpatient", age=7, sex="F", payer="cigna",
        text="""
        PEDIATRIC ORTHOPEDICS - fracture follow-up

        7 y/o girl, FOOSH from monkey bars 3 weeks ago, seen at urgent care: torus (buckle) fracture of the right
        distal radius, placed in a removable wrist splint. Seen here today for follow-up; no pain at rest,
        wearing splint. No numbness.

        PMH: healthy, immunizations up to date, no prior fractures. Meds: ibuprofen PRN first week only. NKDA.
        Social: 2nd grade, right-hand dominant, enjoys gymnastics.
        Exam: no swelling, minimal tenderness at distal radius metaphysis, full finger ROM, wrist ROM mildly
        limited by stiffness. NV intact.

        X-ray R wrist 2 views (obtained and read at outside imaging center today, images reviewed): healing torus
        fracture of the distal radial metaphysis, no displacement, no physeal involvement.

        Assessment: Torus fracture right distal radius, subsequent encounter, routine healing.
        Plan: Wean out of splint over 1 week; no monkey bars or contact sports for 3 more weeks. No further
        imaging needed. Follow up PRN only - return if pain recurs or deformity noted.
        """,
        codes=[
            c("S52.521D", "Torus fracture right distal radius, subsequent encounter, routine healing",
              why="R12: 7th character D for routine healing follow-up; R11 right"),
            c("99213", "Assessment:",
              why="R15: acute uncomplicated injury with outside imaging reviewed = low; fracture care not "
                  "billed here so the visit is a normal E/M"),
        ],
        skips=[
            skip("No numbness", "R01", "negated"),
            skip("no physeal involvement", "R01", "negated"),
            skip("return if pain recurs", "R07", "hypothetical"),
        ],
    ),
]
