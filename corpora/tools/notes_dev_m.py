"""Dev notes 0073-0080: epilepsy and infant pyelonephritis admissions, bronchitis, colonoscopy, ADT,
alcohol withdrawal, carpal tunnel injection, pneumococcal pneumonia.

Gold corrected in session 4 (Decisions, history and list-only items): dev-0077 gains Z92.3 (salvage radiation 2021
of the prostate cancer coded C61)."""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-0073", dos="2026-03-23",
        specialty="neurology", setting="inpatient", age=17, sex="F", payer="bcbs", pos="21",
        text="""
        NEUROLOGY DISCHARGE SUMMARY

        Admitted 03/21/2026 for first generalized tonic-clonic seizure; discharged 03/23/2026.

        Discharge Diagnosis: Probable juvenile myoclonic epilepsy, not intractable, without status epilepticus.

        History: 17F had a witnessed GTC seizure on waking after a sleepover (slept 3 h). On questioning she reports
        morning "jerks" of the arms for a year - dropping her toothbrush or spilling cereal - never thought to
        mention them. No fever, no head trauma. No drugs; UDS negative. No prior febrile seizures.

        Workup: CT head normal. MRI brain normal. EEG: generalized 4-6 Hz polyspike-and-wave discharges with
        photoparoxysmal response. Labs normal; hCG negative. No further seizures in hospital.

        Assessment: Clinical picture and EEG most consistent with JME (probable). Not provoked by metabolic cause.
        Started levetiracetam 500 mg BID (valproate avoided given reproductive potential).

        Instructions: Illinois driving restriction counseling (seizure-free 6 months), sleep hygiene, avoid
        alcohol. Seizure first aid reviewed with parents. Outpatient neurology in 4 weeks. If a seizure lasts
        over 5 minutes, call 911.
        """,
        codes=[
            c("G40.B09", "Probable juvenile myoclonic epilepsy, not intractable, without status epilepticus",
              why="R04: 'probable' at inpatient discharge coded as established; R23 seizure integral"),
        ],
        skips=[
            skip("No fever, no head trauma", "R01", "negated"),
            skip("Not provoked by metabolic cause", "R01", "negated"),
            skip("If a seizure lasts\n        over 5 minutes", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0074", dos="2026-04-30",
        specialty="pediatrics", setting="inpatient", age=-7, sex="F", payer="medicaid", pos="21",
        text="""
        PEDIATRIC WARD DISCHARGE SUMMARY

        Admission: 04/27/2026. Discharge: 04/30/2026.

        Diagnoses:
        1. Acute pyelonephritis due to E. coli
        2. Vesicoureteral reflux suspected - VCUG to be scheduled as outpatient

        7-month-old girl admitted with fever 39.8 C for 2 days, irritability and poor feeding. Catheter UA:
        positive LE and nitrite, >50 WBC/hpf. Urine culture: >100,000 CFU/mL E. coli, pan-sensitive. Blood culture
        negative. Renal/bladder ultrasound: mild right pelvic fullness, no abscess. No meningitis signs; LP not
        performed.

        Exam on admission: fussy but consolable, anterior fontanelle soft and flat, mucous membranes moist, no rash,
        lungs clear, abdomen soft. Birth history: term, vaginal delivery, no NICU stay. Immunizations up to date for
        age. Exclusively formula-fed; weight at discharge 7.4 kg.
        Treated with IV ceftriaxone x 48 h; afebrile after 36 h and feeding well. Transitioned to oral cephalexin.

        Discharge: cephalexin 25 mg/kg/dose q6h to complete 10 days. PCP in 2-3 days. Outpatient VCUG. Return for
        fever, vomiting, or poor feeding.
        """,
        codes=[
            c("N10", "Acute pyelonephritis due to E. coli", why="R21: principal"),
            c("B96.20", "due to E. coli", why="R22: organism code added to the infection"),
            c("N13.70", "Vesicoureteral reflux suspected",
              why="R04: uncertain diagnosis at inpatient discharge ('suspected') coded as if established"),
        ],
        skips=[
            skip("Blood culture\n        negative", "R01", "negative test"),
            skip("no abscess", "R01", "negated"),
            skip("No meningitis signs", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-0075", specialty="family medicine", setting="outpatient", age=48, sex="M", payer="uhc",
        text="""
        Acute visit. 48M, established.
        S: Cough x 10 days, initially dry now with clear-white sputum, mild wheeze at night, low-grade temp first
        2 days only. No SOB at rest, no chest pain, no hemoptysis. Smokes 1 ppd x 25 years. No asthma/COPD dx.
        Meds: none regularly. Allergies: penicillin (rash as child). Works as a roofer; no occupational dust exposure
        beyond shingles. Lives with wife; no sick contacts. Exam: NAD, speaking full sentences, pharynx normal.
        O: T 98.8, HR 80, RR 16, SpO2 97%. Lungs: scattered rhonchi clearing with cough, no focal crackles, no
        egophony. Sinuses nontender.
        A: Acute bronchitis. Pneumonia unlikely clinically, but possible - CXR ordered to exclude given smoking
           history and duration.
           Nicotine dependence, cigarettes.
        P: Supportive care, honey, benzonatate 100 mg TID PRN. No antibiotics indicated. CXR today at imaging
           center. Albuterol MDI PRN wheeze.
           Tobacco cessation counseling: 6 minutes spent discussing health risks, quit date, nicotine replacement
           options; he will try patch + gum, quitline referral placed.
           Return if fever, SOB or symptoms beyond 3 weeks.
        """,
        codes=[
            c("J20.9", "Acute bronchitis", why="R22: acute bronchitis, organism unspecified"),
            c("F17.210", "Nicotine dependence, cigarettes", why="R22: current cigarette dependence"),
            c("99213", "A: Acute bronchitis",
              why="R15: acute uncomplicated illness + test ordered + prescription = low", mods=["25"]),
            c("99406", "Tobacco cessation counseling: 6 minutes",
              why="R18: cessation counseling 3-10 minutes, documented time; modifier 25 on the E/M"),
        ],
        skips=[
            skip("Pneumonia unlikely clinically, but possible", "R03", "uncertain outpatient diagnosis"),
            skip("No asthma/COPD dx", "R01", "negated"),
            skip("No antibiotics indicated", "R01", "not given"),
            skip("Return if fever", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0076", specialty="gastroenterology", setting="outpatient", age=50, sex="F", payer="aetna",
        pos="22",
        text="""
        COLONOSCOPY PROCEDURE REPORT (hospital outpatient endoscopy unit)

        Indication: Screening colonoscopy, increased risk - mother with colon cancer at 58. First colonoscopy.
        Asymptomatic; no rectal bleeding, no change in bowel habits.

        Medications: none relevant; holds no anticoagulants. Allergies: NKDA. ASA class II. Consent obtained after
        discussion of risks including bleeding, perforation and missed lesions.
        Sedation: monitored anesthesia care by anesthesia. Prep: Boston Bowel Prep Scale 8.

        Findings:
        - 8 mm sessile polyp in the sigmoid colon - removed with cold snare, retrieved.
        - 4 mm sessile polyp in the transverse colon - removed with cold snare, retrieved.
        - Scattered sigmoid diverticulosis, no bleeding, no inflammation.
        - Small internal hemorrhoids on retroflexion, non-bleeding.
        - Cecum reached (appendiceal orifice and ileocecal valve photographed). Withdrawal time 11 min.

        Impression: Colon polyps x 2 removed by snare; sigmoid diverticulosis; internal hemorrhoids.
        Plan: Await pathology. Surveillance interval per pathology (likely 3-5 years given family history).
        Resume diet. No aspirin restrictions.
        """,
        codes=[
            c("Z12.11", "Screening colonoscopy",
              why="R21: screening is first-listed even when findings are made; findings follow"),
            c("Z80.0", "mother with colon cancer", why="R05: family history makes this increased-risk screening"),
            c("K63.5", "Colon polyps x 2 removed by snare", why="R22: colon polyp, histology pending"),
            c("K57.30", "sigmoid diverticulosis",
              why="R22: diverticulosis of large intestine without perforation, abscess or bleeding"),
            c("K64.8", "internal hemorrhoids", why="R22: internal hemorrhoids, grade not stated"),
            c("45385", "removed with cold snare", ("removed with cold snare", 1),
              why="R18: colonoscopy with snare removal, reported once; modifier 33 for preventive service",
              mods=["33"]),
        ],
        skips=[
            skip("no rectal bleeding", "R01", "negated"),
            skip("no bleeding, no inflammation", "R01", "negated"),
            skip("likely 3-5 years", "R07", "future plan"),
        ],
    ),
    NoteSpec(
        id="dev-0077", specialty="oncology", setting="outpatient", age=73, sex="M", payer="medicare",
        text="""
        GU Oncology - follow-up and ADT injection

        73M with adenocarcinoma of the prostate, Gleason 4+4, biochemical recurrence after prostatectomy (2019)
        and salvage radiation (2021), on intermittent androgen deprivation. PSA rising 0.4 -> 2.8 over 9 months;
        PSMA PET 1 month ago: no metastatic disease. Restarting ADT today. Hot flashes previously tolerable.
        No bone pain, no urinary retention. Also has type 2 diabetes (diet only), and HTN on amlodipine.

        Meds: amlodipine 5 mg, calcium/vitamin D. Allergies: NKDA. Vitals: BP 132/78, weight stable at 84 kg.
        Labs today from outside lab: PSA 2.8, testosterone 410, glucose 131.
        Exam: ECOG 0. No spinal tenderness. No edema.

        A/P:
        1. Prostate cancer, biochemically recurrent, non-metastatic - restart ADT: leuprolide acetate 7.5 mg
           IM given today (1-month depot), bicalutamide 50 mg daily x 2 weeks for flare protection. PSA and
           testosterone in 3 months. Calcium/vitamin D, DEXA ordered. Risk of metabolic effects discussed.
        2. DM2 diet-controlled - A1c with next labs; ADT can worsen glucose.
        3. HTN - stable.
        """,
        codes=[
            c("C61", "Prostate cancer, biochemically recurrent, non-metastatic",
              "adenocarcinoma of the prostate",
              why="R22: active cancer under treatment, coded to the primary site"),
            c("Z92.3", "salvage radiation (2021)", why="R06: past radiation of the cancer under treatment "
              "(Decisions: history and list-only items, 4)"),
            c("E11.9", "DM2 diet-controlled", why="R20: chronic condition affecting treatment decisions"),
            c("I10", "HTN - stable", why="R20: chronic condition on treatment"),
            c("99214", "Restarting ADT today",
              why="R15: chronic illness with progression + prescription management; separate from the injection",
              mods=["25"]),
            c("96402", "leuprolide acetate 7.5 mg\n           IM given today",
              why="R18: hormonal antineoplastic injection"),
            c("J9217", "leuprolide acetate 7.5 mg", why="R24: leuprolide suspension 7.5 mg", units=1),
        ],
        skips=[
            skip("no metastatic disease", "R01", "negated"),
            skip("No bone pain, no urinary retention", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-0078", dos="2026-05-26",
        specialty="hospital medicine", setting="inpatient", age=54, sex="M", payer="medicaid",
        pos="21",
        text="""
        HOSPITALIST DISCHARGE SUMMARY

        Dates: 05/22/2026 - 05/26/2026

        Discharge diagnoses:
        - Alcohol dependence with withdrawal, uncomplicated (no seizures, no delirium tremens, no hallucinosis)
        - Alcoholic fatty liver
        - Thrombocytopenia, likely alcohol-related
        - Hypomagnesemia
        - Hypertension

        HPI/course: 54M drinking a fifth of vodka daily for years, last drink 14 h before arrival, presenting with
        tremor, sweats, anxiety, HR 118, CIWA 18. Treated with symptom-triggered lorazepam, thiamine, folate,
        multivitamin; CIWA <8 by day 3. Mg 1.2 replaced IV. Platelets 88K, no bleeding. RUQ US: hepatic steatosis,
        no cirrhosis features, no ascites. LFTs AST 112, ALT 54. Lisinopril continued.

        Exam at discharge: no tremor, oriented x3, no asterixis, no jaundice, mild hepatomegaly. Vitals normal.
        Social work met with patient: lives alone, employed as a cook, motivated for treatment; AA sponsor contact made.
        Labs at discharge: platelets 102K, Mg 2.0, INR 1.1.
        Disposition: discharged to residential treatment program. Naltrexone 50 mg daily started.
        If he resumes drinking, avoid abrupt cessation without medical supervision.
        """,
        codes=[
            c("F10.230", "Alcohol dependence with withdrawal, uncomplicated",
              why="R21: principal; R22 withdrawal without complication"),
            c("K70.0", "Alcoholic fatty liver", why="R22: alcoholic fatty liver"),
            c("D69.6", "Thrombocytopenia, likely alcohol-related",
              why="R04: uncertain etiology at discharge; thrombocytopenia itself is established"),
            c("E83.42", "Hypomagnesemia", why="R22: treated with IV magnesium"),
            c("I10", "Hypertension", why="R20: chronic condition treated"),
        ],
        skips=[
            skip("no seizures, no delirium tremens, no hallucinosis", "R01", "negated complications"),
            skip("no cirrhosis features, no ascites", "R01", "negated"),
            skip("If he resumes drinking", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0079",
        subscriber="spouse", specialty="orthopedics", setting="outpatient", age=55, sex="F", payer="cigna",
        text="""
        Hand clinic - procedure visit

        55F, established, with right carpal tunnel syndrome confirmed by EMG/NCS last month (moderate median
        neuropathy at the wrist). Night numbness waking her 3-4x/week despite a night splint x 8 weeks. She chose
        a steroid injection at the last visit (decision documented then). Left hand asymptomatic.

        Meds: ibuprofen PRN, multivitamin. Allergies: latex (rash) - latex-free gloves used. Works as a medical
        transcriptionist, right-hand dominant.
        Exam: positive Tinel and Phalen on the right, two-point discrimination 6 mm, no thenar atrophy, APB strength
        5/5. Left: Tinel and Phalen negative.

        Procedure: Right carpal tunnel injection. Consent signed, time-out. Ulnar to palmaris longus, 1 cm proximal
        to the distal wrist crease, 25G needle; methylprednisolone acetate 40 mg with 1 mL 1% lidocaine injected
        into the carpal canal. No paresthesias during injection. Tolerated well.

        Dx: Carpal tunnel syndrome, right upper limb.
        Plan: Continue night splint. If symptoms recur within 3 months, discuss carpal tunnel release.
        """,
        codes=[
            c("G56.01", "Carpal tunnel syndrome, right upper limb", why="R11: right side"),
            c("Z91.040", "latex (rash) - latex-free gloves used", why="R20: allergy status that changed care"),
            c("20526", "Right carpal tunnel injection",
              why="R18: carpal tunnel injection; decision made at the prior visit, so no E/M today",
              mods=["RT"]),
            c("J1030", "methylprednisolone acetate 40 mg", why="R24: methylprednisolone acetate 40 mg", units=1),
        ],
        skips=[
            skip("Left hand asymptomatic", "R01", "negated"),
            skip("If symptoms recur within 3 months", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-0080", specialty="hospital medicine", setting="inpatient", age=76, sex="F", payer="medicare",
        pos="21",
        text="""
        DISCHARGE SUMMARY

        Admit 12/04/2025 -> Discharge 12/08/2025 (dates of this stay)

        Principal diagnosis: Community-acquired pneumonia, left lower lobe, likely pneumococcal (urinary
        pneumococcal antigen positive; blood cultures negative).
        Other diagnoses:
        - Hyponatremia (Na 128) secondary to hypovolemia, resolved with IV fluids
        - Essential hypertension
        - Hyperlipidemia
        - History of tobacco use (quit 1999)

        Course: 76F with 4 days of productive cough, fever 39.1, pleuritic left chest pain. CXR: LLL consolidation.
        SpO2 93% RA - no supplemental oxygen needed; no respiratory failure. Treated with ceftriaxone +
        azithromycin, then narrowed to amoxicillin. Na 128 -> 137 with normal saline. Home losartan held for 48 h,
        then resumed; atorvastatin continued.

        Exam at discharge: afebrile 36.8, RR 16, SpO2 95% RA, decreased breath sounds left base, no crackles elsewhere,
        ambulating independently. Home meds: losartan 50 mg daily, atorvastatin 20 mg daily. Allergies: NKDA. Lives
        with husband; independent in ADLs.

        Discharge: amoxicillin 1 g TID to complete 7 days. Follow-up PCP 1 week; repeat CXR in 6-8 weeks.
        """,
        codes=[
            c("J13", "likely pneumococcal",
              why="R04: 'likely' organism at inpatient discharge coded as established: J13; R21 principal"),
            c("E87.1", "Hyponatremia (Na 128)", why="R22: hyponatremia treated with IV fluids"),
            c("E86.1", "secondary to hypovolemia", why="R22: documented cause, also treated"),
            c("I10", "Essential hypertension", why="R20: chronic condition"),
            c("E78.5", "Hyperlipidemia", why="R20: chronic condition"),
            c("Z87.891", "History of tobacco use (quit 1999)", why="R06: history of nicotine dependence"),
        ],
        skips=[
            skip("no respiratory failure", "R01", "negated"),
            skip("blood cultures negative", "R01", "negative test"),
        ],
        dos="2025-12-08",
    ),
]
