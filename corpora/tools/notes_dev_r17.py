"""Dev notes dev-r17-01..30 (session 5, issue #3: ICD-10-CM precision on an everyday mix nobody has tuned on).

Thirty notes as a coding team sees them on an ordinary day: 18 office visits (family and internal medicine,
pediatrics, cardiology, dermatology, OB/GYN, psychiatry, neurology, orthopedics, ENT, urology, endocrinology,
pulmonology, rheumatology, hepatology, nephrology, a preventive visit with a flu vaccine, a same-day NP visit),
6 emergency department visits (POS 23, E/M by MDM) and 6 inpatient discharge summaries (ICD-10-CM only). Styles:
templated EHR with PMH/FH/SH boilerplate, terse SOAP, dictated prose, problem lists and problem-oriented A/P, long
discharge medication lists. Gold written as a certified coder would (FY2026 ICD-10-CM Official Guidelines, 2021+
E/M rules, corpus Decisions in corpora/README.md) before the engine ran on the notes (commits 15ca16f, ea766f4).

First run, scored once (engine at main 8758ee9, run from a worktree carrying only this corpus module; sealed
build in /work/firstrun/r17, output /work/firstrun/r17.pred.jsonl, evaluation /work/firstrun/r17.eval.txt, ICD-10-CM
part in corpora/medcoder/firstrun/dev-r17.jsonl), gold as first written: ICD-10-CM P/R/F1 0.873/0.920/0.896 (MAP
0.893, evidence F1 0.887, category F1 0.929); procedures (CPT/HCPCS) P/R/F1 0.912/0.861/0.886 (evidence F1 0.829);
E/M level 20/23. One gold code was added after the run (dev-r17-01 Z82.3, below); against the corrected gold the
same output scores ICD-10-CM P/R/F1 0.881/0.920/0.900 (evidence F1 0.892).

First-run ICD-10-CM false positives (15):
Gold error (1; gold corrected, engine right):
- r17-01 Z82.3 'Mother ... died of stroke at 80' at a hypertension/lipid/diabetes visit: a circulatory disease
  beside circulatory problems addressed (Decision on family history, as dev-r13-01 Z82.49); first gold skipped it.
Engine errors (14):
- counselling, plans and conditionals read as diagnoses (4): r17-12 D70.9 ('Reviewed agranulocytosis warning
  signs') and J02.9 ('get a CBC for fever or sore throat'); r17-14 A15.9 ('TB Quantiferon ... ordered' before a
  biologic, as dev-r16-21); r17-21 Z48.02 ('Suture removal at pediatrician in 5 days', a later encounter).
- history or resolved items (3): r17-14 J06.9 ('Had a URI in January, held MTX one week') and Z00.01 ('Annual eye
  exam done in December (Plaquenil screening normal)': an outside eye exam read as this encounter's general
  exam); r17-25 Z85.3 ('remote history of breast cancer ... no recurrence), nothing done this admission':
  Decision 3, the 'nothing to do inpatient' cue does not cover 'nothing done this admission').
- a history read as a current condition (1): r17-08 N20.0 from 'kidney stone 2019' / 'prior stone' (Z87.442 missed).
- a less specific sibling or the wrong drug class (4): r17-12 E05.90 from the chief complaint 'hyperthyroidism'
  beside E05.00; r17-28 F32.9 for 'Major depression, single episode, in partial remission' (F32.4); r17-27
  T39.395A (other NSAID) for the ulcer 'due to NSAID (ibuprofen, taken as prescribed)' (T39.315A, propionic acid
  derivative); r17-30 T36.95XA for 'antibiotic-associated' candidiasis after ceftriaxone (T36.1X5A; arguable:
  the line says only 'the antibiotics', the course names ceftriaxone).
- a symptom integral to the diagnosis (1): r17-24 N23 'renal colic' with the obstructing ureteral stone (N13.2).
- a drug started today (1): r17-20 Z79.01 'apixaban 5 mg BID started' in the ED (Decision: not yet long-term).
First-run ICD-10-CM false negatives (9, engine unless said): r17-08 Z87.442 (prior stone deciding topiramate
counselling), r17-10 H69.83 ('Eustachian tube dysfunction, bilateral'), r17-14 Z79.899 (hydroxychloroquine with
its retinal screening reviewed; borderline under the Z79.899 Decision), r17-15 K76.0 ('Metabolic dysfunction-
associated steatotic liver disease (MASLD)') and Z83.79 ('father with cirrhosis from alcohol' at a liver visit),
r17-21 S60.511A ('Abrasion, right palm'), r17-27 T39.315A, r17-28 F32.4, r17-30 T36.1X5A.
Procedures: FN 93000 (r17-03 'A twelve-lead electrocardiogram was done in the office today and I reviewed it'),
20610-RT (r17-09 'Right knee injection': the J3301 was found, the injection code was not); E/M 99213 for 99214
(r17-04 acne 'improving ..., not yet clear' is a chronic illness not at its treatment goal), 99214 for 99213
(r17-11 'nocturia persists' read as progression though the BPH is improved and the patient satisfied; arguable),
ED 99284 for 99285 (r17-24: IV morphine, a parenteral controlled substance, not counted as high risk).
Not coded by decision, noted for the lead: Z79.51 for inhaled asthma/COPD controllers (r17-22, r17-28) follows the
corpus majority (dev-ed1, em2, em4, j, r10 do not code it; dev-r12 does).
"""

from corpora.tools.spec import NoteSpec, c, skip

OFFICE = dict(setting="outpatient", pos="11")
ED = dict(specialty="emergency medicine", setting="outpatient", pos="23")
IP = dict(specialty="hospital medicine", setting="inpatient", pos="21")

OFFICE_VISITS = [
    NoteSpec(
        id="dev-r17-01", dos="2026-01-13", specialty="family medicine", age=62, sex="M", payer="bcbs",
        **OFFICE,
        text="""
        PROGRESS NOTE - Family Medicine
        Visit type: Established patient, chronic disease follow-up

        Chief Complaint: 3 month f/u diabetes, BP, cholesterol

        HPI: Mr. is a 62 yo M here for follow-up. Reports he "fell off the wagon" over the holidays with diet.
        Checks fingersticks about 3x/week, fasting 160-190. No polyuria, no polydipsia, no hypoglycemic episodes.
        Taking metformin 1000 mg twice daily and glipizide 5 mg daily. BP at home 128-134/80s. Tolerating
        atorvastatin without myalgias.

        Past Medical History:
        - Type 2 diabetes mellitus (dx 2017)
        - Essential hypertension
        - Hyperlipidemia
        - Nephrolithiasis 2015, passed spontaneously
        - Appendectomy 1988

        Medications: metformin 1000 mg PO BID; glipizide 5 mg PO daily; lisinopril 20 mg PO daily;
        atorvastatin 40 mg PO nightly; aspirin 81 mg daily (self-started, discussed below).

        Social: Married, works as an electrician. Former smoker, quit 2009 (20 pack-years). 2-3 beers on weekends.
        Family History: Mother with type 2 diabetes, died of stroke at 80. Father unknown.

        ROS: Negative for chest pain, dyspnea, vision change, numbness of the feet.

        Vitals: BP 132/82, HR 76, Wt 97 kg, BMI 30.4
        Exam: NAD. Heart RRR. Lungs clear. Feet: monofilament intact bilaterally, pulses 2+, no lesions.

        Point-of-care hemoglobin A1c today: 8.4% (prior 7.3%).

        Assessment and Plan:
        1. Type 2 diabetes mellitus with hyperglycemia - A1c 8.4, up from 7.3. Increase glipizide to 10 mg daily,
           continue metformin. Dietary review, handout given. Urine microalbumin and BMP ordered.
        2. Essential hypertension - at goal, continue lisinopril.
        3. Hyperlipidemia - continue atorvastatin, fasting lipids with next labs.
        4. Aspirin - no history of vascular disease; discussed that primary prevention aspirin is not advised
           at his age and bleeding risk. He will stop it.

        RTC 3 months.
        """,
        codes=[
            c("E11.65", "Type 2 diabetes mellitus with hyperglycemia",
              why="R09: type 2 diabetes with hyperglycemia (A1c 8.4, documented as such)"),
            c("I10", "Essential hypertension - at goal", why="R20: hypertension addressed, lisinopril continued"),
            c("E78.5", "Hyperlipidemia - continue atorvastatin", why="R20: hyperlipidemia addressed"),
            c("Z79.84", "metformin 1000 mg PO BID", "glipizide 5 mg PO daily",
              why="R10: long-term oral hypoglycemics with the coded diabetes"),
            c("Z87.891", "Former smoker, quit 2009", why="R06: former smoker (Decision)"),
            c("Z83.3", "Mother with type 2 diabetes",
              why="R05: family history of the same condition as the problem addressed"),
            c("Z82.3", "died of stroke at 80",
              why="R05: family history of stroke, a circulatory disease beside the hypertension and lipids addressed "
                  "(same organ system, Decision; as dev-r13-01 Z82.49); added after the first run (gold error)"),
            c("99214", "Assessment and Plan:",
              why="R15: chronic illness with progression (diabetes above goal) plus stable chronic illnesses "
                  "(moderate), prescription drug management (moderate risk): moderate MDM"),
            c("83036", "Point-of-care hemoglobin A1c today", why="R19: A1c performed in the office"),
        ],
        skips=[
            skip("Nephrolithiasis 2015, passed spontaneously", "R20", "past history, not addressed"),
            skip("Appendectomy 1988", "R20", "surgical history, not relevant"),
            skip("No polyuria, no polydipsia, no hypoglycemic episodes", "R01", "negated"),
            skip("Aspirin - no history of vascular disease", "R10", "aspirin stopped today, not long-term therapy"),
            skip("BMI 30.4", "R22", "no weight diagnosis documented"),
        ],
    ),
    NoteSpec(
        id="dev-r17-02", dos="2026-02-03", specialty="internal medicine", age=74, sex="F", payer="medicare",
        minutes=32, **OFFICE,
        text="""
        S: 74F f/u thyroid and bones. Feels more tired the last 2 months, cold intolerance, some constipation.
        Has been taking levothyroxine with her morning coffee and calcium. Alendronate weekly since 2023, no
        heartburn with it. No falls. No fractures. Vitamin D 1000 IU daily, last 25-OH D was 18 in the fall.

        PMH: hypothyroidism (post-RAI for Graves 1998), osteoporosis (DXA 2023 T-score -2.7 L-spine), bilateral
        cataract extraction 2019, cholecystectomy, GERD (resolved off meds).
        Meds: levothyroxine 88 mcg, alendronate 70 mg weekly, calcium carbonate 600 mg BID, vitamin D3 1000 IU.

        O: BP 124/70 P 62 Wt 61 kg. Skin dry, no goiter (surgical/RAI). DTRs with slow relaxation phase.
        Labs reviewed today: TSH 9.8 (was 2.1), free T4 0.8. 25-OH vitamin D 18.

        A/P:
        1. Hypothyroidism, postablative - TSH up; taking with calcium and coffee, likely absorption.
           Separate from calcium by 4 hours, take on an empty stomach. Increase levothyroxine to 100 mcg.
           TSH in 6 weeks.
        2. Age-related osteoporosis without current fracture - continue alendronate, year 3 of 5.
           Repeat DXA in 2027.
        3. Vitamin D deficiency - increase D3 to 2000 IU daily.

        Total time on the date of the visit 32 minutes including review of labs, counseling and documentation.
        """,
        codes=[
            c("E89.0", "Hypothyroidism, postablative", "post-RAI for Graves 1998",
              why="R22: postablative (radioactive iodine) hypothyroidism, postprocedural"),
            c("M81.0", "Age-related osteoporosis without current fracture",
              why="R22: age-related osteoporosis, no current fracture"),
            c("E55.9", "Vitamin D deficiency", why="R20: vitamin D deficiency treated"),
            c("Z79.83", "alendronate 70 mg weekly", why="R10: long-term bisphosphonate for the coded osteoporosis"),
            c("99214", "Total time on the date of the visit 32 minutes", why="R14: established, 30-39 minutes"),
        ],
        skips=[
            skip("No falls. No fractures.", "R01", "negated"),
            skip("bilateral\n        cataract extraction 2019", "R20", "history, not addressed"),
            skip("GERD (resolved off meds)", "R20", "resolved"),
            skip("more tired the last 2 months, cold intolerance, some constipation", "R23",
                 "symptoms of the hypothyroidism"),
            skip("likely absorption", "R03", "uncertain cause"),
        ],
    ),
    NoteSpec(
        id="dev-r17-03", dos="2025-12-09", specialty="cardiology", age=68, sex="M", payer="medicare",
        provider=1, **OFFICE,
        text="""
        Cardiology clinic follow-up, dictated.

        Mr. is a 68-year-old gentleman whom I follow for heart failure with reduced ejection fraction from a
        nonischemic dilated cardiomyopathy, ejection fraction 30 percent on the echo in June, along with
        hypertension and paroxysmal atrial fibrillation. He comes in today for his six-month visit. He walks his
        dog a mile twice a day without stopping, sleeps on one pillow, and has had no palpitations since the last
        visit. His weight at home has been steady at 88 to 89 kilograms. He is taking sacubitril-valsartan
        49/51 mg twice daily, carvedilol 12.5 mg twice daily, spironolactone 25 mg daily, dapagliflozin 10 mg
        daily, and apixaban 5 mg twice daily, and he has had no bleeding. He had a colonoscopy last year with two
        small polyps removed and his prostate is followed by urology for benign enlargement.

        On examination his blood pressure is 118/72, pulse 64 and regular, weight 88.6 kilograms. There is no
        jugular venous distension, the lungs are clear, there is a soft apical systolic murmur, and no edema.

        A twelve-lead electrocardiogram was done in the office today and I reviewed it: sinus rhythm at 64,
        left bundle branch block unchanged from prior, QRS 150 ms.

        Recent labs from last week: potassium 4.6, creatinine 1.1.

        Impression:
        1. Chronic systolic heart failure, NYHA class I-II, euvolemic, on guideline-directed therapy.
        2. Nonischemic dilated cardiomyopathy.
        3. Hypertension, controlled.
        4. Paroxysmal atrial fibrillation, in sinus rhythm, on apixaban for stroke prevention.
        5. Left bundle branch block, QRS 150 ms.

        Plan: continue all medications at current doses; I increased the carvedilol refills to a 90-day supply.
        Repeat echocardiogram in three months; if the ejection fraction remains 35 percent or less we will
        discuss a biventricular ICD. Return in three months after the echo.
        """,
        codes=[
            c("I11.0", "Hypertension, controlled", "Chronic systolic heart failure",
              why="R08: hypertension with heart failure presumed linked (I.C.9.a.1)"),
            c("I50.22", "Chronic systolic heart failure", why="R22: chronic systolic (HFrEF) heart failure"),
            c("I42.0", "Nonischemic dilated cardiomyopathy", why="R22: dilated cardiomyopathy"),
            c("I48.0", "Paroxysmal atrial fibrillation", why="R22: paroxysmal AF"),
            c("I44.7", "Left bundle branch block", why="R20: LBBB assessed (ICD/CRT decision)"),
            c("Z79.01", "apixaban 5 mg twice daily", why="R10: long-term anticoagulant"),
            c("99214", "Impression:",
              why="R15: multiple stable chronic illnesses (moderate), prescription drug management (moderate "
                  "risk): moderate MDM"),
            c("93000", "A twelve-lead electrocardiogram was done in the office today",
              why="R18: ECG with interpretation in the office"),
        ],
        skips=[
            skip("two\n        small polyps removed", "R20", "history not addressed"),
            skip("benign enlargement", "R20", "managed by urology, not addressed"),
            skip("soft apical systolic murmur", "R23", "exam finding of the known cardiomyopathy"),
            skip("if the ejection fraction remains 35 percent or less", "R07", "conditional"),
            skip("no palpitations", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r17-04", dos="2026-03-02", specialty="dermatology", age=16, sex="M", payer="medicaid",
        **OFFICE,
        text="""
        DERMATOLOGY - ESTABLISHED PATIENT
        Accompanied by: mother

        CC: acne f/u (8 weeks)

        HPI: 16 y/o M with acne on face, chest and upper back. Started doxycycline 100 mg daily and adapalene
        0.1% gel nightly at last visit. Mom and patient both report fewer new bumps, still a few painful ones on
        the jaw. Some dryness from the gel, no sunburns. No GI upset with doxy, takes it with food and water.
        Plays soccer, sweats in pads.

        PMH: mild intermittent asthma (albuterol rarely, none this year). NKDA.
        Meds: doxycycline 100 mg daily, adapalene 0.1% gel, benzoyl peroxide 5% wash, albuterol HFA PRN.

        Exam: Face - scattered closed and open comedones forehead and nose, 6-8 inflammatory papules and two
        small nodules along the jawline. Chest/back - few papules, improved from photos. No scarring. Mild
        erythema and scale at the cheeks (retinoid irritation).

        Assessment:
        Acne vulgaris, moderate, face/chest/back - improving on combination therapy, not yet clear.

        Plan:
        - Continue doxycycline 100 mg daily another 8 weeks, refill sent; counseled on photosensitivity and
          taking upright with water.
        - Adapalene every other night for 2 weeks then nightly; moisturizer SPF 30 in the morning.
        - BP wash in shower after practice.
        - Plan to taper off doxycycline at next visit and stay on topicals.
        - Discussed isotretinoin if nodules persist or scarring develops - not indicated now.

        Follow-up 8 weeks.
        """,
        codes=[
            c("L70.0", "Acne vulgaris, moderate", why="R22: acne vulgaris"),
            c("99214", "Assessment:",
              why="R15: chronic illness not at its treatment goal ('not yet clear': not stable, moderate problem), "
                  "prescription drug management (moderate risk): moderate MDM"),
        ],
        skips=[
            skip("mild intermittent asthma (albuterol rarely, none this year)", "R20", "PMH, not addressed"),
            skip("Discussed isotretinoin if nodules persist or scarring develops", "R07", "conditional"),
            skip("No scarring", "R01", "negated"),
            skip("Mild\n        erythema and scale at the cheeks (retinoid irritation)", "R23",
                 "expected local irritation, managed within the acne plan"),
        ],
    ),
    NoteSpec(
        id="dev-r17-05", dos="2026-01-20", specialty="pediatrics", age=3, sex="F", payer="medicaid",
        **OFFICE,
        text="""
        Sick visit - Pediatrics
        Historian: father

        3 yo F with 2 days of tugging at the right ear, fussy at night, fever to 102.4 last night, Tylenol at
        4 AM. Runny nose and cough for a week before that, brother sick with a cold. Eating less, drinking OK,
        wet diapers normal. No vomiting, no rash. No ear drainage. Last ear infection was age 18 months. Goes to
        daycare 5 days a week. Vaccines up to date per chart. History of mild eczema, uses Aquaphor.

        Vitals: T 38.6 C, HR 128, RR 26, SpO2 99%, wt 15.1 kg.
        Gen: tired but consolable, well hydrated.
        HEENT: R TM bulging, opaque, erythematous with purulent fluid behind it, no perforation. L TM pearly gray
        with normal landmarks. Clear rhinorrhea. Throat mild erythema, no exudate.
        Neck: supple, small shotty nodes.
        Lungs: CTA, no wheeze or retractions.
        Skin: dry patches antecubital, no rash otherwise.

        Assessment:
        Acute suppurative otitis media, right ear, without rupture of the eardrum.
        Viral URI preceding.

        Plan:
        Amoxicillin 90 mg/kg/day divided BID x 10 days (Rx sent, 400 mg/5 mL, 8.5 mL BID).
        Ibuprofen or acetaminophen weight-based for pain/fever, dosing sheet given.
        Recheck ears in 2-3 weeks only if symptoms persist; return sooner if fever beyond 48-72 h on antibiotic,
        ear drainage, or stiff neck.
        """,
        codes=[
            c("H66.001", "Acute suppurative otitis media, right ear, without rupture of the eardrum",
              why="R11: acute suppurative otitis media, right, without spontaneous rupture"),
            c("J06.9", "Viral URI preceding", why="R20: viral upper respiratory infection still present (rhinorrhea)"),
            c("99213", "Assessment:",
              why="R15: acute uncomplicated illness (low), prescription drug management (moderate risk): low MDM"),
        ],
        skips=[
            skip("fever to 102.4 last night", "R23", "fever integral to acute otitis media"),
            skip("History of mild eczema, uses Aquaphor", "R20", "not addressed"),
            skip("No ear drainage", "R01", "negated"),
            skip("return sooner if fever beyond 48-72 h on antibiotic", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r17-06", dos="2026-02-24", specialty="obstetrics and gynecology", age=41, sex="F", payer="uhc",
        minutes=35, **OFFICE,
        text="""
        GYN Problem Visit

        Reason for visit: heavy periods, results of pelvic ultrasound.

        History of present illness:
        41-year-old G2P2 presents to review her pelvic ultrasound. Over the past year her periods have become
        heavy, every 27-28 days, lasting 7-8 days with clots, soaking a super tampon and pad every 1-2 hours on
        days 2-3. She has been short of breath on stairs and craves ice. No bleeding between periods or after
        intercourse. Tubal ligation after her second child. Pap and HPV co-test normal 2024.

        Ultrasound (performed 2/10, images and report reviewed): uterus 11 x 6 x 7 cm with a 3.8 cm intramural
        fibroid of the posterior wall, endometrium 7 mm, normal ovaries.
        Labs 2/10: hemoglobin 9.6, MCV 74, ferritin 6.

        Medications: ibuprofen as needed during menses. No hormones.
        Allergies: none.
        Social: non-smoker, teacher.

        Exam: BP 118/74, pulse 92. Conjunctival pallor. Abdomen soft, uterus palpable just above the symphysis.
        Pelvic: normal external genitalia and cervix, uterus enlarged to 10-week size, irregular, nontender.

        Urine pregnancy test in office: negative.

        Assessment:
        1. Intramural leiomyoma of uterus causing heavy menstrual bleeding with regular cycles.
        2. Iron deficiency anemia secondary to chronic blood loss.

        Plan:
        - Tranexamic acid 1300 mg three times daily for up to 5 days during menses, prescription sent;
          reviewed thrombosis risk.
        - Ferrous sulfate 325 mg every other day with vitamin C; recheck CBC and ferritin in 8 weeks.
        - Discussed options including levonorgestrel IUD, myomectomy, uterine artery embolization and
          hysterectomy. She would like to try medical therapy first.
        - If hemoglobin drops below 8 or bleeding worsens, will arrange IV iron.

        I spent 35 minutes on the day of the encounter reviewing imaging and labs, examining and counseling.
        """,
        codes=[
            c("D25.1", "Intramural leiomyoma of uterus", "3.8 cm intramural\n        fibroid",
              why="R21: the intramural fibroid causing the bleeding is first-listed"),
            c("N92.0", "heavy menstrual bleeding with regular cycles",
              why="R22: excessive menstruation with regular cycle, addressed (tranexamic acid)"),
            c("D50.0", "Iron deficiency anemia secondary to chronic blood loss",
              why="R22: iron deficiency anemia secondary to (chronic) blood loss"),
            c("99214", "I spent 35 minutes on the day of the encounter", why="R14: established, 30-39 minutes"),
            c("81025", "Urine pregnancy test in office: negative", why="R19: urine pregnancy test in the office"),
        ],
        skips=[
            skip("No bleeding between periods or after\n        intercourse", "R01", "negated"),
            skip("If hemoglobin drops below 8 or bleeding worsens", "R07", "conditional"),
            skip("Tubal ligation after her second child", "R20", "sterilization status not relevant to the visit"),
            skip("short of breath on stairs and craves ice", "R23", "symptoms of the anemia"),
        ],
    ),
    NoteSpec(
        id="dev-r17-07", dos="2025-11-18", specialty="psychiatry", age=35, sex="M", payer="aetna",
        **OFFICE,
        text="""
        Outpatient Psychiatry - Medication Management

        Identifying data: 35M, software engineer, seen for depression and anxiety since 2022.

        Interval history: Pt reports the past 6 weeks have been "a slide" since a layoff at work. Sleeping 4-5 h,
        early waking, low energy, lost interest in climbing, eating less (down 3 lb). Worry "all day" about money
        and finding a new job, tension in shoulders, restless. Denies SI, HI, plan or intent; future oriented,
        has a job interview next week. Takes sertraline 100 mg daily, adherent, no side effects. Drinks 2-3 beers
        on weekends, no drugs. Sees a therapist every other week.

        Past psych hx: two prior depressive episodes (2016, 2022), no hospitalizations, no suicide attempts.
        Medical: seasonal allergies. Meds: sertraline 100 mg, cetirizine PRN.

        MSE: casually dressed, good eye contact, speech normal rate. Mood "down"; affect constricted, reactive.
        Thought process linear, no SI/HI, no psychosis. Insight and judgment good.

        Scales today: PHQ-9 = 16 (was 7 in August). GAD-7 = 14.

        Assessment:
        1. Major depressive disorder, recurrent, moderate - worse with job loss.
        2. Generalized anxiety disorder - worse.

        Plan:
        - Increase sertraline to 150 mg daily; side effects reviewed. Rx sent.
        - Hydroxyzine 25 mg at bedtime as needed for sleep/anxiety, #30.
        - Continue therapy; safety plan reviewed, crisis line number given.
        - Return in 4 weeks.
        """,
        codes=[
            c("F33.1", "Major depressive disorder, recurrent, moderate",
              why="R22: recurrent major depression, moderate"),
            c("F41.1", "Generalized anxiety disorder - worse", why="R22: generalized anxiety disorder"),
            c("99214", "Assessment:",
              why="R15: two chronic illnesses with exacerbation (moderate), prescription drug management "
                  "(moderate risk): moderate MDM"),
            c("96127", "PHQ-9 = 16", "GAD-7 = 14", why="R19: two scored behavioral assessments", units=2),
        ],
        skips=[
            skip("Denies SI, HI, plan or intent", "R01", "negated"),
            skip("Drinks 2-3 beers\n        on weekends", "R20", "alcohol use without a disorder documented"),
            skip("seasonal allergies", "R20", "not addressed"),
            skip("down 3 lb", "R23", "symptom of depression"),
        ],
    ),
    NoteSpec(
        id="dev-r17-08", dos="2026-03-10", specialty="neurology", age=52, sex="F", payer="cigna",
        new_patient=True, minutes=50, **OFFICE,
        text="""
        NEUROLOGY NEW PATIENT CONSULTATION
        Referring: primary care. Reason: headaches.

        HPI: 52-year-old right-handed woman with headaches since her twenties that have become more frequent over
        the last year, now 8-10 days a month. Unilateral, either side, throbbing, with nausea and light and sound
        sensitivity, lasting most of a day; she lies down in the dark. No visual or sensory aura. Triggers: poor
        sleep, red wine, the days before her period (still cycling irregularly). Takes sumatriptan 50 mg, works
        about 2/3 of the time, uses it 6-8 days a month; ibuprofen on other days. No thunderclap onset, no
        positional component, no fevers, no weight loss, no new neurologic symptoms.
        PMH: hypertension (amlodipine 5 mg), kidney stone 2019. PSH: C-section x2.
        FH: mother and sister with migraine.
        SH: married, accountant, never smoker, 2 glasses of wine/week.

        Exam: BP 134/84, BMI 32.4. Alert, fluent. Fundi sharp discs. Cranial nerves II-XII intact. Strength 5/5
        throughout, reflexes 2+ symmetric, toes down. Sensation, coordination, gait normal.

        Prior MRI brain (2023) reviewed: normal.

        Impression:
        1. Migraine without aura, not intractable, without status migrainosus - episodic but high frequency,
           now candidate for prevention.
        2. Obesity, class 1 (BMI 32.4) - discussed; relevant to choice of preventive.
        3. Hypertension - controlled on amlodipine; avoid beta-blocker switch for now.

        Plan:
        - Start topiramate 25 mg at night, increase by 25 mg weekly to 50 mg twice daily; reviewed paresthesias,
          cognitive slowing, kidney stones (prior stone - counseled on hydration), weight loss.
        - Continue sumatriptan, limit acute medications to under 10 days/month to avoid medication overuse.
        - Headache diary. Magnesium 400 mg daily.
        - Follow up 3 months.

        Total time spent today including record and imaging review, history, exam, counseling and documentation:
        50 minutes.
        """,
        codes=[
            c("G43.009", "Migraine without aura, not intractable, without status migrainosus",
              why="R22: migraine without aura, not intractable, without status migrainosus"),
            c("E66.811", "Obesity, class 1 (BMI 32.4)", why="R22: obesity class 1 documented and addressed"),
            c("Z68.32", "BMI 32.4", why="R22: BMI with the provider's obesity diagnosis (Decision on BMI)"),
            c("I10", "Hypertension - controlled on amlodipine",
              why="R20: hypertension considered in the preventive choice"),
            c("Z87.442", "prior stone - counseled on hydration",
              why="R06: history of kidney stone used in the treatment decision (topiramate risk), Decision 1"),
            c("Z82.0", "mother and sister with migraine",
              why="R05: family history of the same condition (migraine, nervous system)"),
            c("99204", "50 minutes", why="R14: new patient, 45-59 minutes"),
        ],
        skips=[
            skip("No visual or sensory aura", "R01", "negated"),
            skip("No thunderclap onset", "R01", "negated"),
            skip("to avoid medication overuse", "R07", "preventive advice; no overuse headache diagnosed"),
            skip("C-section x2", "R20", "surgical history"),
        ],
    ),
    NoteSpec(
        id="dev-r17-09", dos="2026-01-06", specialty="orthopedics", age=58, sex="M", payer="bcbs",
        **OFFICE,
        text="""
        Ortho Clinic - Procedure Visit

        S: 58M known R knee OA (x-rays 2025: medial joint space narrowing, osteophytes), returns for planned
        injection. Last steroid injection 5 months ago helped ~4 months. Pain 6/10 with stairs and after
        walking his route (mail carrier). Using diclofenac gel and ibuprofen. L knee is fine.
        PMH: type 2 diabetes on metformin (A1c 6.9 per PCP in Dec), GERD on pantoprazole.
        Meds: metformin 1000 mg BID, pantoprazole 40 mg daily, ibuprofen 400 mg PRN, diclofenac 1% gel.
        Allergies: NKDA.

        O: BP 138/84, BMI 31. Gait antalgic on the right.
        R knee - small effusion, medial joint line tenderness, crepitus, ROM 5-115, stable ligaments.

        A: Primary osteoarthritis, right knee.
           Type 2 diabetes - counseled that the steroid may raise his blood sugars for 2-3 days; check sugars
           twice daily through the weekend and call PCP if over 300.

        P: Right knee injection. Consent obtained, time-out done. Prepped with chlorhexidine. Via superolateral
        approach injected 40 mg triamcinolone acetonide (Kenalog-40, 1 mL) with 4 mL 1% lidocaine, no
        ultrasound. Tolerated well, no complications. Band-aid applied.
        Continue home exercise program, discussed weight loss and that TKA is an option when injections stop
        helping. RTC 3-4 months PRN.
        """,
        codes=[
            c("M17.11", "Primary osteoarthritis, right knee", why="R11: primary OA, right knee"),
            c("E11.9", "Type 2 diabetes - counseled that the steroid may raise his blood sugars",
              why="R20: diabetes affects the care (glucose plan around the steroid injection)"),
            c("Z79.84", "type 2 diabetes on metformin", why="R10: long-term oral hypoglycemic with the coded diabetes"),
            c("20610", "Right knee injection", why="R18: major joint injection without ultrasound; planned "
              "procedure on a known problem, no separate E/M", mods=["RT"]),
            c("J3301", "40 mg triamcinolone acetonide", why="R24: triamcinolone 40 mg = 4 units of 10 mg",
              units=4),
        ],
        skips=[
            skip("L knee is fine", "R02", "normal"),
            skip("GERD on pantoprazole", "R20", "not addressed"),
            skip("TKA is an option when injections stop\n        helping", "R07", "future option"),
        ],
    ),
    NoteSpec(
        id="dev-r17-10", dos="2026-02-11", specialty="otolaryngology", age=40, sex="F", payer="aetna",
        minutes=22, **OFFICE,
        text="""
        ENT follow-up

        Subjective: 40F seen 6 wks ago for ear fullness both sides, popping and muffled hearing since a cold in
        the fall, worse on flights. Started fluticasone nasal spray then, using it "most days". Fullness a little
        better on the left, right still plugged. No ear pain, no drainage, no vertigo, no tinnitus. Year-round
        congestion and sneezing, worse around her two cats; allergy testing with her PCP in 2023 was positive
        to cat and dust mite.
        Meds: fluticasone 50 mcg 2 sprays each nostril daily, loratadine 10 mg, oral contraceptive.

        Objective:
        Ears - bilateral TMs retracted, R more than L, no effusion seen, mobile on pneumatic otoscopy on the left,
        reduced on the right.
        Nose - pale boggy turbinates, clear drainage, septum midline. No polyps.
        Audiogram and tympanometry from audiology last week reviewed: hearing within normal limits both ears,
        type C tympanograms bilaterally.

        Assessment:
        1. Eustachian tube dysfunction, bilateral.
        2. Perennial allergic rhinitis (cat, dust mite) - suboptimally controlled.

        Plan:
        - Use fluticasone every day, correct technique demonstrated. Add azelastine nasal spray BID (Rx).
        - Valsalva/auto-inflation device instructions.
        - Dust mite covers, keep cats out of the bedroom.
        - If still blocked in 2 months consider balloon dilation of the eustachian tube.
        Total time 22 minutes.
        """,
        codes=[
            c("H69.83", "Eustachian tube dysfunction, bilateral", why="R11: bilateral eustachian tube dysfunction"),
            c("J30.89", "Perennial allergic rhinitis (cat, dust mite)",
              why="R22: perennial allergic rhinitis (Index: Rhinitis, allergic, perennial J30.89)"),
            c("99213", "Total time 22 minutes", why="R14: established, 20-29 minutes"),
        ],
        skips=[
            skip("No ear pain, no drainage, no vertigo, no tinnitus", "R01", "negated"),
            skip("hearing within normal limits both ears", "R02", "normal test"),
            skip("If still blocked in 2 months consider balloon dilation", "R07", "conditional"),
            skip("oral contraceptive", "R10", "contraceptive not coded with Z79 at a visit that does not address it"),
        ],
    ),
    NoteSpec(
        id="dev-r17-11", dos="2025-12-16", specialty="urology", age=71, sex="M", payer="medicare",
        **OFFICE,
        text="""
        UROLOGY FOLLOW UP

        CC: BPH recheck, 6 months on tamsulosin

        HPI: 71 yo M with BPH with lower urinary tract symptoms, started tamsulosin 0.4 mg in June. Stream better,
        less straining. Still gets up 2-3 times a night to void, down from 4-5. IPSS
        today 11 (was 20), bother score 2. He is satisfied and wants to stay on the current medicine. Mild
        lightheadedness on standing the first week only. No gross hematuria, no UTIs, no retention.
        PSA 2.4 in November (2.2 a year ago) - stable.

        PMH: HTN, hyperlipidemia, hearing loss (hearing aids), s/p R inguinal hernia repair.
        Meds: tamsulosin 0.4 mg qhs, lisinopril, rosuvastatin.

        Exam: Gen NAD. Abd soft, no suprapubic fullness. DRE (June) 40 g smooth, no nodules - not repeated.

        Bladder scan PVR today after voiding: 62 mL.

        Assessment:
        Benign prostatic hyperplasia with lower urinary tract symptoms - improved on alpha blocker, nocturia
        persists (2-3/night), PVR 62 mL acceptable.

        Plan:
        - Continue tamsulosin 0.4 mg nightly, 90-day Rx with refills.
        - Limit fluids after 7 pm, void before bed.
        - Repeat PSA and IPSS in 1 year; add finasteride only if symptoms progress.
        - RTC 12 months.
        """,
        codes=[
            c("N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms",
              why="R22: BPH with LUTS"),
            c("R35.1", "nocturia\n        persists",
              why="R22: N40.1 'use additional code for associated symptoms': nocturia"),
            c("99213", "Assessment:",
              why="R15: one stable chronic illness (low), prescription drug management (moderate risk): low MDM"),
            c("51798", "Bladder scan PVR today after voiding", why="R19: post-void residual by bladder ultrasound"),
        ],
        skips=[
            skip("No gross hematuria, no UTIs, no retention", "R01", "negated"),
            skip("PSA 2.4 in November (2.2 a year ago) - stable", "R02", "normal, stable PSA"),
            skip("HTN, hyperlipidemia, hearing loss (hearing aids)", "R20", "PMH not addressed by urology"),
            skip("add finasteride only if symptoms progress", "R07", "conditional"),
            skip("Mild\n        lightheadedness on standing the first week only", "R20", "resolved side effect"),
        ],
    ),
    NoteSpec(
        id="dev-r17-12", dos="2026-03-17", specialty="endocrinology", age=33, sex="F", payer="cigna",
        minutes=30, **OFFICE,
        text="""
        Endocrinology Clinic Note

        Chief complaint: hyperthyroidism follow-up

        History: Ms. is a 33-year-old woman diagnosed with Graves' disease in January after presenting with
        palpitations, tremor and 6 kg weight loss; TSH receptor antibodies were positive and the uptake scan
        showed diffuse increased uptake. She started methimazole 20 mg daily and propranolol 20 mg three times
        daily. Today palpitations are gone, she has regained 3 kg, sleeping better. No rash, sore throat or
        fevers. Eyes: mild grittiness, no double vision. She stopped propranolol herself two weeks ago without
        problems. Not planning pregnancy in the next year; uses an IUD.

        Family: sister with Hashimoto thyroiditis; mother with type 2 diabetes.
        Meds: methimazole 20 mg daily. Allergies: NKDA. Non-smoker.

        Exam: BP 116/72, HR 78 regular, weight 59 kg. Mild lid retraction, no proptosis, no chemosis. Thyroid
        diffusely enlarged, about 1.5x normal, soft, with a bruit. Fine tremor absent. Reflexes normal.

        Labs (3/12) reviewed: TSH <0.01, free T4 1.6 (was 4.2), total T3 168.

        Assessment/Plan:
        Graves' disease (diffuse toxic goiter) without thyrotoxic crisis - improving biochemically, free T4 now
        normal, T3 still at the upper limit. Reduce methimazole to 10 mg daily. Repeat TFTs in 6 weeks.
        Discussed treatment paths: 12-18 months of methimazole with a chance of remission vs radioactive iodine
        or thyroidectomy; she prefers medication. Reviewed agranulocytosis warning signs - stop drug and get a
        CBC for fever or sore throat. Mild eye symptoms - artificial tears, selenium 100 mcg BID for 6 months,
        ophthalmology referral if worse.

        Total time today 30 minutes.
        """,
        codes=[
            c("E05.00", "Graves' disease (diffuse toxic goiter) without thyrotoxic crisis",
              why="R22: thyrotoxicosis with diffuse goiter without thyrotoxic crisis or storm"),
            c("Z83.49", "sister with Hashimoto thyroiditis",
              why="R05: family history of an endocrine disease in the same organ as the problem addressed"),
            c("99214", "Total time today 30 minutes", why="R14: established, 30-39 minutes"),
        ],
        skips=[
            skip("palpitations, tremor and 6 kg weight loss", "R23", "symptoms of the hyperthyroidism"),
            skip("No rash, sore throat or\n        fevers", "R01", "negated"),
            skip("no proptosis, no chemosis", "R02", "normal findings"),
            skip("mother with type 2 diabetes", "R05", "unrelated family history"),
            skip("ophthalmology referral if worse", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r17-13", dos="2026-01-28", specialty="pulmonology", age=66, sex="F", payer="medicare",
        **OFFICE,
        text="""
        PULMONARY CLINIC - RETURN VISIT

        Problems addressed today: COPD; obstructive sleep apnea; pulmonary nodule surveillance.

        Subjective: 66 y/o F, former smoker (40 pack-years, quit 2015). COPD GOLD 2, on tiotropium-olodaterol
        once daily and albuterol PRN about twice a week. One exacerbation in October treated by PCP with
        prednisone and doxycycline, none since. mMRC 1. On CPAP 10 cm since 2022, download shows 6.8 h/night
        use on 94% of nights, AHI 2.1; she feels rested. 6 mm RUL solid nodule found on CT in January 2025, stable
        on July CT.

        Meds: tiotropium-olodaterol 2.5/2.5 mcg 2 puffs daily, albuterol HFA PRN, omeprazole 20 mg, vitamin D.
        PMH also: GERD, osteopenia, cholecystectomy.

        Objective: SpO2 95% RA, RR 16. Few end-expiratory wheezes, no crackles. No edema.
        Spirometry performed in clinic today (pre and post bronchodilator): FEV1 1.42 L (61% pred), FEV1/FVC 0.58,
        post-BD FEV1 1.51 L (+6%). Stable from last year.
        CT chest 1/20/2026 reviewed: RUL nodule 6 mm, unchanged over 12 months.

        Assessment:
        1. Chronic obstructive pulmonary disease, moderate (GOLD 2), stable on LAMA/LABA.
        2. Obstructive sleep apnea on CPAP, well treated, adherent.
        3. Solitary pulmonary nodule RUL, stable at 12 months.

        Plan: continue inhalers; inhaler technique checked. Flu and pneumococcal vaccines are up to date. Continue
        CPAP, new mask supplies ordered. One more low-dose CT in 12 months for nodule and lung cancer screening.
        Return 6 months.
        """,
        codes=[
            c("J44.9", "Chronic obstructive pulmonary disease, moderate (GOLD 2), stable",
              why="R22: COPD without exacerbation or infection"),
            c("G47.33", "Obstructive sleep apnea on CPAP", why="R20: OSA addressed (CPAP supplies)"),
            c("R91.1", "Solitary pulmonary nodule RUL", why="R22: solitary pulmonary nodule under surveillance"),
            c("Z87.891", "former smoker (40 pack-years, quit 2015)", why="R06: former smoker"),
            c("99214", "Assessment:",
              why="R15: two or more stable chronic illnesses (moderate), spirometry and CT reviewed, "
                  "prescription drug management (moderate risk): moderate MDM"),
            c("94060", "Spirometry performed in clinic today (pre and post bronchodilator)",
              why="R19: spirometry before and after bronchodilator in the office"),
        ],
        skips=[
            skip("One exacerbation in October", "R20", "past exacerbation, resolved"),
            skip("GERD, osteopenia, cholecystectomy", "R20", "PMH not addressed"),
            skip("no crackles", "R02", "normal finding"),
            skip("Flu and pneumococcal vaccines are up to date", "R19", "no vaccine given"),
        ],
    ),
    NoteSpec(
        id="dev-r17-14", dos="2026-02-19", specialty="rheumatology", age=55, sex="F", payer="uhc",
        **OFFICE,
        text="""
        Rheumatology Progress Note

        Dx: seropositive RA (RF+, anti-CCP+), dx 2019, no erosions on 2025 films.
        Current tx: methotrexate 20 mg weekly PO, folic acid 1 mg daily, hydroxychloroquine 200 mg BID.

        Interval: 3 weeks of more morning stiffness (~90 min), swelling of both wrists and several knuckles,
        hard to open jars. No fevers. Missed no doses. Had a URI in January, held MTX one week. No mouth
        sores, no cough or dyspnea. Annual eye exam done in December (Plaquenil screening normal).

        Exam: swollen and tender bilateral wrists, R MCP 2-3 and L MCP 2, tender R PIP 3. Knees, feet OK.
        CDAI 18 (moderate).

        Labs reviewed today: CBC with WBC 5.9, Hgb 12.8, plt 310; AST 22, ALT 28, creatinine 0.8; ESR 36, CRP 14.
        Ordered CBC/CMP in 4 weeks for MTX monitoring.

        Other: osteoarthritis of the first CMC joints; hypertension per PCP; chronic low back pain.

        Impression:
        Rheumatoid arthritis with rheumatoid factor of multiple sites (both wrists, hands), without organ or
        systems involvement, moderate flare.

        Plan:
        - Prednisone taper 10 mg x 7 days, 7.5 x 7, 5 x 7 then stop.
        - Increase methotrexate to 25 mg weekly - switch to subcutaneous injection for absorption; taught.
        - Continue hydroxychloroquine and folic acid.
        - If CDAI not under 10 in 3 months will add a biologic (TNF inhibitor) - TB Quantiferon and hepatitis
          panel ordered now so we are ready.
        - RTC 3 months.
        """,
        codes=[
            c("M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites",
              why="R22: RA with rheumatoid factor, multiple sites, without organ involvement"),
            c("Z79.631", "methotrexate 20 mg weekly PO", why="R10: long-term methotrexate (FY2024 code)"),
            c("Z79.899", "hydroxychloroquine 200 mg BID", "Plaquenil screening normal",
              why="R10: long-term drug without its own Z79 code that the visit monitors (eye screening)"),
            c("99214", "Impression:",
              why="R15: chronic illness with exacerbation (moderate), labs reviewed and ordered (moderate data), "
                  "drug therapy requiring intensive monitoring for toxicity (high risk): moderate MDM"),
        ],
        skips=[
            skip("No fevers", "R01", "negated"),
            skip("No mouth\n        sores, no cough or dyspnea", "R01", "negated"),
            skip("osteoarthritis of the first CMC joints; hypertension per PCP; chronic low back pain", "R20",
                 "listed, not addressed"),
            skip("Had a URI in January", "R20", "resolved"),
            skip("If CDAI not under 10 in 3 months will add a biologic", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r17-15", dos="2025-12-02", specialty="gastroenterology", age=49, sex="M", payer="bcbs",
        new_patient=True, minutes=46, provider=2, **OFFICE,
        text="""
        HEPATOLOGY NEW PATIENT VISIT

        Referred by: Dr. Lindqvist (PCP) for elevated liver enzymes and fatty liver on ultrasound.

        HPI
        49 y/o man found to have ALT 78 and AST 51 on routine labs in September, repeated in October with
        similar values. Abdominal ultrasound 10/14: diffusely echogenic liver, no focal lesions, normal spleen.
        He feels well. No jaundice, no abdominal pain, no itching. Drinks 1-2 beers a month. No herbal
        supplements. Weight up about 20 kg since 2015 with a desk job. Hepatitis B and C serologies, iron studies
        and ceruloplasmin sent by PCP were negative/normal. A1c 6.1 in October.

        PMH: prediabetes, hypertriglyceridemia, gout (last flare 2022, on allopurinol), allergic rhinitis.
        Meds: allopurinol 300 mg daily, fenofibrate 145 mg daily, fluticasone nasal.
        FH: father with cirrhosis from alcohol. SH: married, no tobacco.

        EXAM
        BP 138/86, Wt 118 kg, Ht 178 cm, BMI 37.2. No stigmata of chronic liver disease. Abdomen obese, soft,
        liver edge not palpable, no splenomegaly.

        DATA
        Outside labs and ultrasound images reviewed as above. FIB-4 calculated today: 1.02 (low risk).
        Transient elastography at the imaging center 11/20: liver stiffness 6.4 kPa, CAP 338 dB/m.

        ASSESSMENT
        1. Metabolic dysfunction-associated steatotic liver disease (MASLD), low fibrosis risk (FIB-4 1.02,
           stiffness 6.4 kPa).
        2. Obesity, class 2, BMI 37.2.
        3. Prediabetes.
        4. Hypertriglyceridemia - on fenofibrate.

        PLAN
        - Target 7-10% weight loss; referred to our weight management program; discussed GLP-1 agonists - he will
          consider after meeting the dietitian.
        - Mediterranean diet, 150 min/week activity; coffee is fine.
        - Hepatitis A and B vaccination status to be checked by PCP.
        - Repeat liver panel 6 months, elastography in 2 years.

        Total time on the date of service 46 minutes.
        """,
        codes=[
            c("K76.0", "Metabolic dysfunction-associated steatotic liver disease (MASLD)",
              why="R22: MASLD is indexed to K76.0 (FY2025)"),
            c("E66.812", "Obesity, class 2, BMI 37.2", why="R22: obesity class 2"),
            c("Z68.37", "BMI 37.2", why="R22: BMI with the obesity diagnosis"),
            c("R73.03", "Prediabetes", why="R20: prediabetes addressed (weight plan, GLP-1 discussed)"),
            c("E78.1", "Hypertriglyceridemia - on fenofibrate", why="R22: pure hypertriglyceridemia"),
            c("Z83.79", "father with cirrhosis from alcohol",
              why="R05: family history of liver disease at a liver visit (same organ system, Decision)"),
            c("99204", "Total time on the date of service 46 minutes", why="R14: new patient, 45-59 minutes"),
        ],
        skips=[
            skip("No jaundice, no abdominal pain, no itching", "R01", "negated"),
            skip("gout (last flare 2022, on allopurinol), allergic rhinitis", "R20", "PMH not addressed"),
            skip("ALT 78 and AST 51", "R23", "elevated enzymes explained by MASLD"),
        ],
    ),
    NoteSpec(
        id="dev-r17-16", dos="2026-03-24", specialty="nephrology", age=70, sex="M", payer="medicare",
        minutes=38, **OFFICE,
        text="""
        Nephrology Follow-up Visit

        Problem list (active):
          CKD stage 3b - diabetic kidney disease + hypertensive nephrosclerosis
          Type 2 diabetes mellitus, insulin-requiring
          Hypertension
          Anemia of CKD
          Hyperkalemia
        Inactive: R knee arthroscopy 2005; colon polyps (last colonoscopy 2023 normal)

        Subjective: 70 y/o M returns for 4-month CKD visit with labs. Feels OK, energy a bit lower. No
        edema, no dyspnea, urinating well. Home BP mostly 130s/70s. Reports eating more bananas and tomatoes
        since reading about "heart healthy" diets. Glucose log: fasting 110-150.
        Meds: insulin glargine 24 units nightly, empagliflozin 10 mg daily, losartan 100 mg daily,
        amlodipine 5 mg, atorvastatin 20 mg, sodium bicarbonate 650 mg BID.

        Objective: BP 136/76, HR 70, Wt 84 kg (stable). No JVD, lungs clear, no edema.
        Labs 3/18: creatinine 1.9, eGFR 36 (was 39 in November), K 5.7, CO2 21, Hgb 10.6, ferritin 180,
        TSAT 24%, urine albumin/creatinine ratio 420 mg/g, A1c 7.1.

        Assessment/Plan:
        1. CKD stage 3b due to type 2 diabetes and hypertension - slow decline. Continue losartan and
           empagliflozin for renal protection. Recheck in 4 months.
        2. Hyperkalemia, K 5.7 - dietary potassium reviewed in detail with handout; start patiromer 8.4 g daily
           so losartan can continue. BMP in 1 week.
        3. Anemia in CKD - iron replete; Hgb 10.6, not yet at threshold for ESA. Monitor.
        4. Type 2 diabetes - A1c 7.1 at goal on glargine and empagliflozin.
        5. Hypertension - acceptable, continue amlodipine and losartan.

        I spent 38 minutes on this visit on the date of service, including lab review, counseling and
        coordination with his PCP.
        """,
        codes=[
            c("E11.22", "CKD stage 3b due to type 2 diabetes and hypertension",
              why="R09: diabetic chronic kidney disease"),
            c("I12.9", "CKD stage 3b due to type 2 diabetes and hypertension", "hypertensive nephrosclerosis",
              why="R08: hypertensive CKD stage 1-4"),
            c("N18.32", "CKD stage 3b", why="R22: CKD stage 3b (additional code for the stage)"),
            c("D63.1", "Anemia in CKD", why="R22: anemia in chronic kidney disease"),
            c("E87.5", "Hyperkalemia, K 5.7", why="R20: hyperkalemia treated (patiromer)"),
            c("Z79.4", "insulin glargine 24 units nightly", why="R10: long-term insulin"),
            c("Z79.84", "empagliflozin 10 mg daily", why="R10: long-term oral hypoglycemic, both with insulin"),
            c("99214", "I spent 38 minutes on this visit", why="R14: established, 30-39 minutes"),
        ],
        skips=[
            skip("R knee arthroscopy 2005", "R20", "inactive history"),
            skip("colon polyps (last colonoscopy 2023 normal)", "R20", "inactive, not addressed"),
            skip("No\n        edema, no dyspnea", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r17-17", dos="2025-10-21", specialty="family medicine", age=45, sex="F", payer="cigna",
        **OFFICE,
        text="""
        ANNUAL PREVENTIVE EXAM

        45 yo F, established, here for her yearly physical. No concerns today. Exercises 3x/week (spin class),
        eats mostly home cooked. Sleeps 7 h. Works as a dental hygienist. Married, 2 kids. Never smoker.
        Alcohol 2-3 glasses wine/week. Seatbelt always, smoke detectors yes.

        PMH: none. PSH: C-section 2012. Meds: multivitamin. Allergies: NKDA.
        FH: father had colon cancer at age 52 (alive, treated). Mother healthy at 72. No breast or ovarian
        cancer in the family.
        Gyn: regular menses, Pap/HPV co-test 2023 normal. Last mammogram 9/2024 BI-RADS 1.
        Immunizations: Tdap 2019. Flu vaccine due.

        ROS: 12-point review negative.
        PHQ-2: 0.

        Exam: BP 114/72, HR 64, BMI 23.1. Well appearing. HEENT normal. Thyroid not enlarged. Heart RRR without
        murmur. Lungs clear. Breasts without masses, nipple discharge or nodes. Abdomen soft, nontender. Skin
        without suspicious lesions. Normal mood and affect.

        Assessment:
        Encounter for routine adult health examination without abnormal findings.
        Family history of colon cancer in a first-degree relative (father, diagnosed at 52).

        Plan:
        - Colonoscopy now (father dx at 52, so screening was due from age 40) - GI referral placed.
        - Screening mammogram ordered.
        - Fasting lipid panel and glucose.
        - Influenza vaccine given today: trivalent, preservative free 0.5 mL IM left deltoid, VIS provided,
          tolerated well.
        - Pap due 2028.
        - Return in 1 year.
        """,
        codes=[
            c("Z00.00", "Encounter for routine adult health examination without abnormal findings",
              why="R17: adult preventive visit without abnormal findings, first-listed"),
            c("Z23", "Influenza vaccine given today", why="R24: encounter for immunization"),
            c("Z80.0", "Family history of colon cancer in a first-degree relative",
              why="R05: family history that drives the screening plan"),
            c("99396", "Encounter for routine adult health examination", why="R17: established preventive visit, "
              "age 40-64"),
            c("90471", "Influenza vaccine given today", why="R24: vaccine administration, one vaccine"),
            c("90656", "trivalent, preservative free 0.5 mL IM", why="R24: trivalent preservative-free flu "
              "vaccine product"),
        ],
        skips=[
            skip("No breast or ovarian\n        cancer in the family", "R01", "negated"),
            skip("C-section 2012", "R20", "surgical history"),
            skip("12-point review negative", "R02", "ROS negative"),
        ],
    ),
    NoteSpec(
        id="dev-r17-18", dos="2026-01-09", specialty="family medicine", age=38, sex="F", payer="aetna",
        provider=1, **OFFICE,
        text="""
        Same-day visit (NP)

        CC: burning with urination x 2 days

        38F c/o dysuria, frequency, urgency and suprapubic pressure since Wednesday, saw pink on the tissue this
        morning. No fever, chills, flank or back pain, N/V. No vaginal discharge or itching. LMP 12/28,
        sexually active with husband, partner vasectomy. Last UTI 2 years ago. Drinking cranberry juice.
        PMH: hypothyroidism on levothyroxine 75 mcg, migraines.
        Meds: levothyroxine 75 mcg daily, sumatriptan 50 mg PRN (uses ~2x/month).
        Allergies: SULFA (hives).
        Social: married, works as a paralegal, non-smoker, rare alcohol.

        Vitals: T 98.4, BP 118/76, HR 80.
        Gen: well appearing, no distress.
        Abd soft, mild suprapubic tenderness, no CVA tenderness. No rebound or guarding.

        UA dipstick (in office): leukocyte esterase 2+, nitrite positive, blood 2+, protein trace.

        A/P:
        Acute cystitis with hematuria. Uncomplicated - afebrile, no flank pain, not pregnant by history,
        no urologic abnormality. Sulfa allergy - avoid TMP-SMX; nitrofurantoin
        monohydrate/macrocrystals 100 mg BID x 5 days (Rx). Urine culture sent. Fluids, phenazopyridine OTC x 2
        days PRN. Call if fever, flank pain or no better in 48 h.
        """,
        codes=[
            c("N30.01", "Acute cystitis with hematuria", why="R22: acute cystitis with hematuria"),
            c("Z88.2", "Sulfa allergy - avoid TMP-SMX", why="R20: sulfonamide allergy status decides the antibiotic"),
            c("99213", "A/P:",
              why="R15: acute uncomplicated illness (low), prescription drug management (moderate risk): low MDM"),
            c("81002", "UA dipstick (in office)", why="R19: dipstick urinalysis performed in the office"),
        ],
        skips=[
            skip("No fever, chills, flank or back pain, N/V", "R01", "negated"),
            skip("hypothyroidism on levothyroxine 75 mcg, migraines", "R20", "PMH not addressed"),
            skip("Call if fever, flank pain or no better in 48 h", "R07", "return precaution"),
            skip("dysuria, frequency, urgency and suprapubic pressure", "R23", "symptoms of the cystitis"),
        ],
    ),
]

EMERGENCY = [
    NoteSpec(
        id="dev-r17-19", dos="2025-11-08", age=24, sex="F", payer="uhc", **ED,
        text="""
        ED Provider Note

        Chief Complaint: L ankle injury

        HPI: 24 y.o. female rolled her left ankle inward coming down from a rebound at rec-league basketball
        about 2 hours prior to arrival. Heard no pop. Able to take 4 steps at the scene with pain, limping since.
        Iced it. No other injury, did not fall or hit head. No numbness. No prior injury to this ankle.
        PMH: none. Meds: OCP. Allergies: NKDA. Social: grad student, no tobacco.

        Physical Exam:
        Vitals: BP 122/78, HR 88, T 36.9, SpO2 100%.
        L ankle: moderate swelling and ecchymosis anterolateral, tender over the anterior talofibular ligament
        area, NOT tender at the posterior edge or tip of either malleolus, not tender at the navicular or base of
        the 5th metatarsal. Anterior drawer mildly lax compared with the right. Neurovascularly intact, cap
        refill brisk. Knee and foot otherwise nontender.

        ED Course: Ottawa ankle rules negative, imaging not indicated; patient requested an x-ray for her
        coach - discussed and deferred. Ibuprofen 600 mg PO given. Ace wrap, air-stirrup brace and crutches
        from ED stock, taught weight bearing as tolerated.

        Medical Decision Making: Isolated inversion injury with a clinically low-risk examination for fracture.
        Acute, uncomplicated injury. Treatment with OTC analgesia and RICE.

        Clinical Impression: Sprain of left ankle, initial encounter.

        Disposition: Discharged home in stable condition. Ibuprofen 600 mg every 6 hours with food as needed
        (over the counter). Sports medicine follow-up in 1 week if unable to bear weight, return for
        numbness or worsening pain.
        """,
        codes=[
            c("S93.402A", "Sprain of left ankle, initial encounter",
              why="R12: ankle sprain, ligament not specified by the physician, left, initial encounter (7th A)"),
            c("99283", "Medical Decision Making:",
              why="R15: acute uncomplicated injury (low), no data, OTC drug management (low risk): low MDM"),
        ],
        skips=[
            skip("did not fall or hit head", "R01", "negated"),
            skip("No numbness", "R01", "negated"),
            skip("imaging not indicated", "R19", "no x-ray done"),
            skip("return for\n        numbness or worsening pain", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r17-20", dos="2025-12-27", age=67, sex="M", payer="medicare", **ED,
        text="""
        EMERGENCY DEPARTMENT RECORD

        CHIEF COMPLAINT: Racing heart

        HISTORY OF PRESENT ILLNESS: 67-year-old male with hypertension and hyperlipidemia presents with
        palpitations that started abruptly at 6 PM while watching television, now about 4 hours. Mild
        shortness of breath walking in from the parking lot. No chest pain, no syncope or near-syncope. No prior
        episodes that he knows of. Had two glasses of wine with dinner. No recent illness.
        PAST MEDICAL HISTORY: Hypertension, hyperlipidemia, left total hip arthroplasty 2020.
        MEDICATIONS: Lisinopril 20 mg daily, simvastatin 20 mg daily.
        ALLERGIES: None.

        EXAM: BP 148/92, HR 138 irregularly irregular, RR 18, SpO2 97% RA, T 36.8. Alert, mildly anxious.
        No JVD. Lungs clear. Heart irregularly irregular, tachycardic, no murmur. No leg edema.

        ECG (my interpretation): atrial fibrillation with rapid ventricular response, rate 140, no acute ST
        changes, QTc 440.
        LABS: troponin <6, TSH 1.8, BMP normal, Mg 2.1, CBC normal. CXR: no edema or infiltrate.

        ED COURSE: Diltiazem 15 mg IV, then second bolus 10 mg; rate 88-96 after 40 min. Started metoprolol.
        Onset documented under 12 hours but CHA2DS2-VASc 2 (age, HTN); discussed cardioversion vs rate control -
        he prefers rate control and outpatient follow-up. Tolerating PO, ambulated with HR under 100.

        MDM: New-onset atrial fibrillation with RVR, rate controlled in the ED. No evidence of ischemia,
        thyrotoxicosis or electrolyte cause. Prescription drug management: metoprolol tartrate 25 mg BID started;
        apixaban 5 mg BID started after bleeding-risk discussion (HAS-BLED 1).

        DIAGNOSES:
        1. Atrial fibrillation with rapid ventricular response, new onset
        2. Essential hypertension

        DISPOSITION: Home. Cardiology clinic in 3-5 days, echocardiogram ordered as outpatient. Return for chest
        pain, fainting, or racing heart that does not settle.
        """,
        codes=[
            c("I48.91", "Atrial fibrillation with rapid ventricular response, new onset",
              why="R22: atrial fibrillation, type not specified (new onset, not called paroxysmal)"),
            c("I10", "Essential hypertension", why="R20: hypertension counted in the stroke-risk decision"),
            c("99284", "MDM:",
              why="R15: acute illness with systemic symptoms / new problem with uncertain prognosis (moderate), "
                  "labs and CXR (moderate data), prescription drug management (moderate risk): moderate MDM"),
            c("93010", "ECG (my interpretation)", why="R18: ECG interpretation by the ED physician"),
        ],
        skips=[
            skip("No chest pain, no syncope or near-syncope", "R01", "negated"),
            skip("No evidence of ischemia,\n        thyrotoxicosis or electrolyte cause", "R01", "ruled out"),
            skip("hyperlipidemia, left total hip arthroplasty 2020", "R20", "PMH not addressed in the ED"),
            skip("apixaban 5 mg BID started", "R10", "started today, not yet long-term (Decision)"),
            skip("Return for chest\n        pain, fainting", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r17-21", dos="2026-04-18", age=8, sex="M", payer="medicaid", **ED,
        text="""
        Peds ED note

        CC: forehead cut

        HPI: 8 yo boy fell forward off his scooter on the sidewalk ~1 hour ago, struck forehead on the curb.
        Cried immediately, no LOC per mom who saw it. No vomiting, acting normally, no headache other than at
        the cut. Helmet was not on. Tetanus: DTaP series complete, Tdap not yet due. No PMH. No meds. NKDA.

        Exam: VS normal for age. GCS 15, alert, answers appropriately, pupils equal/reactive, EOMI, no
        hemotympanum or Battle sign, no step-off on palpation of the skull. Neuro nonfocal, gait normal.
        2 cm linear laceration of the mid forehead just above the right brow, clean edges, no foreign body, no
        bone exposed, hemostatic. Small abrasion of the right palm.

        MDM: Minor head injury: PECARN low risk (normal mental status, no LOC, no vomiting, no signs of skull
        fracture, non-severe mechanism) - CT head not indicated, discussed with mom and she agrees with
        observation at home. Laceration repair below.

        Procedure: Laceration repair. Verbal consent from mother. LET applied 20 min. Irrigated with 200 mL NS.
        Simple repair of the 2.0 cm forehead laceration with five 6-0 nylon interrupted sutures. Good
        approximation. Bacitracin and dressing. Palm abrasion cleaned and left open.

        Impression:
        1. Laceration without foreign body of the forehead, 2 cm, repaired.
        2. Abrasion, right palm.

        Plan: head injury precautions sheet, wake normally. Suture removal at pediatrician in 5 days. Return for
        vomiting, worsening headache, unusual sleepiness or signs of infection.
        """,
        codes=[
            c("S01.81XA", "Laceration without foreign body of the forehead",
              why="R12: laceration without foreign body of other part of head (forehead), initial encounter"),
            c("S60.511A", "Abrasion, right palm",
              why="R12: abrasion of right hand (palm), initial encounter"),
            c("99283", "MDM:", mods=["25"],
              why="R15: head-injury evaluation separate from the repair, acute uncomplicated injury (low), "
                  "decision against CT (low): low MDM; modifier 25 with the repair"),
            c("12011", "Simple repair of the 2.0 cm forehead laceration",
              why="R18: simple repair, face, 2.5 cm or less"),
        ],
        skips=[
            skip("no LOC per mom", "R01", "negated"),
            skip("Minor head injury", "R12", "the head injury is the coded laceration; no concussion or other "
                 "head injury diagnosed (I.C.19.b: code the specific injury)"),
            skip("No vomiting, acting normally", "R01", "negated"),
            skip("no\n        hemotympanum or Battle sign", "R02", "normal findings"),
            skip("Return for\n        vomiting, worsening headache", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r17-22", dos="2026-05-02", age=19, sex="F", payer="bcbs", subscriber="child", **ED,
        text="""
        EMERGENCY MEDICINE - PROVIDER DOCUMENTATION
        Arrival: 23:10 by private vehicle. Triage ESI 3.

        CHIEF COMPLAINT: Asthma attack

        HPI: 19 y/o F college student with asthma since childhood (on budesonide-formoterol 160/4.5 two puffs
        BID, uses it most days) presents with 2 days of worsening wheeze and chest tightness after helping a
        friend move into an apartment with two cats. Using albuterol every 2-3 hours today with brief relief.
        Can speak in full sentences. No fever, no sputum. Last oral steroids 2 years ago, never intubated, never
        admitted to ICU. Nonsmoker, no vaping.

        ROS: as in HPI, otherwise negative.
        PMH: asthma, allergic rhinitis, ADHD (no meds since high school).
        Allergies: cats, amoxicillin (rash as a child).

        PHYSICAL EXAM: BP 128/80 | HR 112 | RR 24 | SpO2 94% RA | T 37.0. Mild accessory muscle use, diffuse
        expiratory wheezes with prolonged expiration, good air movement. Peak flow 240 L/min (about 55% of
        predicted).

        ED COURSE: Received albuterol-ipratropium nebulizer x 3 back to back and dexamethasone 16 mg PO per
        protocol. Reassessed after 1 hour: wheeze much improved, SpO2 97%, HR 98, peak flow 360 L/min (about
        80%). Ambulated without desaturation.

        MEDICAL DECISION MAKING: Moderate persistent asthma with acute exacerbation triggered by cat allergen
        exposure; no signs of pneumonia, no indication for chest x-ray. Responded well to treatment; admission
        not needed. Will discharge on a short steroid course.

        FINAL DIAGNOSIS: Moderate persistent asthma with acute exacerbation.

        DISPOSITION/PLAN: Discharged. Prednisone 40 mg daily x 4 more days (Rx), continue budesonide-formoterol,
        albuterol PRN. Avoid cat exposure. PCP follow-up within a week; return if breathing worsens or albuterol
        is needed more than every 4 hours.
        """,
        codes=[
            c("J45.41", "Moderate persistent asthma with acute exacerbation",
              why="R22: moderate persistent asthma with (acute) exacerbation"),
            c("99284", "MEDICAL DECISION MAKING:",
              why="R15: chronic illness with exacerbation (moderate), prescription drug management (moderate "
                  "risk): moderate MDM"),
        ],
        skips=[
            skip("No fever, no sputum", "R01", "negated"),
            skip("no signs of pneumonia", "R01", "negated"),
            skip("allergic rhinitis, ADHD (no meds since high school)", "R20", "PMH not addressed"),
            skip("on budesonide-formoterol 160/4.5 two puffs", "R10",
                 "inhaled controller: the corpus does not add Z79.51 for asthma controllers (dev-ed1, em2, em4, "
                 "j, r10; only dev-r12 does)"),
            skip("amoxicillin (rash as a child)", "R20", "allergy with no bearing on this visit's treatment"),
            skip("return if breathing worsens", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r17-23", dos="2026-06-14", age=34, sex="F", payer="aetna", **ED,
        text="""
        ED NOTE
        CC: RLQ abd pain

        34F c/o pain in the right lower abdomen since waking yesterday, constant, 6/10, worse walking and going
        over bumps in the car. Appetite fine. No nausea or vomiting, no diarrhea, no urinary sx, no vaginal
        bleeding or discharge. LMP 2 weeks ago, normal. G1P1. No prior abd surgery. Hx ovarian cyst 2021 resolved
        on its own. Hx anxiety on escitalopram.

        VS: T 37.2, HR 84, BP 124/78. Abd: soft, tender RLQ with voluntary guarding, no rebound, Rovsing neg,
        psoas neg. Pelvic: no CMT, mild R adnexal tenderness, no mass, no discharge.

        Results: WBC 8.9, CMP and lipase normal, UA negative, urine hCG negative. CT abd/pelvis with IV contrast:
        normal appendix, no free fluid, small 1.8 cm simple-appearing right ovarian follicle, no torsion signs.
        Pelvic US with Doppler: normal arterial and venous flow both ovaries, 1.9 cm physiologic follicle.

        MDM: Right lower quadrant pain, undifferentiated, with a reassuring exam, labs and imaging. Appendicitis
        ruled out by CT; ovarian torsion very unlikely with normal Doppler flow; no evidence of PID, ectopic
        (hCG negative) or stone. Small follicle is physiologic. Pain controlled with ketorolac 15 mg IV.

        Dx: Right lower quadrant abdominal pain.

        Plan: discharge, naproxen 500 mg BID with food x 5 days (Rx). Gyn follow-up if pain recurs with her
        cycle. Return immediately for fever, vomiting, worsening or severe sudden pain.
        """,
        codes=[
            c("R10.31", "Right lower quadrant abdominal pain",
              why="R03: no cause found; the symptom is first-listed (ED is outpatient)"),
            c("99284", "MDM:",
              why="R15: undiagnosed new problem with uncertain prognosis (moderate), labs, CT and ultrasound "
                  "(moderate data), prescription drug management (moderate risk): moderate MDM"),
        ],
        skips=[
            skip("Appendicitis\n        ruled out by CT", "R01", "ruled out"),
            skip("ovarian torsion very unlikely", "R01", "ruled out"),
            skip("no evidence of PID, ectopic", "R01", "negated"),
            skip("Small follicle is physiologic", "R02", "normal finding"),
            skip("Hx ovarian cyst 2021 resolved\n        on its own", "R20", "resolved history"),
            skip("Hx anxiety on escitalopram", "R20", "PMH not addressed"),
            skip("Return immediately for fever, vomiting", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r17-24", dos="2026-07-21", age=45, sex="M", payer="cigna", **ED,
        text="""
        Emergency Department Physician Note

        Chief complaint: left flank pain

        History of present illness: This is a 45-year-old man who woke at 4 AM with sudden severe left flank
        pain radiating to the left groin, coming in waves, with nausea and one episode of vomiting. He could
        not get comfortable. He has never had a kidney stone. No fever or chills. He noticed his urine looked
        darker. He has gout, controlled on allopurinol, last flare more than a year ago, and takes omeprazole
        for reflux.

        Examination: Temperature 37.1, heart rate 96, blood pressure 152/90 in pain, oxygen saturation 99%.
        Writhing on the stretcher. Left costovertebral angle tenderness. Abdomen soft, no peritoneal signs.

        Workup: urinalysis with large blood, 50+ RBCs, no nitrite, no leukocyte esterase, few WBCs. Creatinine
        1.0, WBC 10.2. Noncontrast CT abdomen and pelvis: 5 mm calculus at the left ureterovesical junction with
        mild left hydronephrosis and perinephric stranding; no other stones.

        ED course: ketorolac 15 mg IV and ondansetron 4 mg IV, then morphine 4 mg IV once, with good relief.
        Tolerating fluids.

        Medical decision making: Acute left renal colic from an obstructing 5 mm UVJ stone with mild
        hydronephrosis. No evidence of infection, normal renal function, pain controlled - appropriate for a
        trial of passage. Prescription medications started. Discussed with urology by phone who agree with
        outpatient follow-up.

        Clinical impression: Left ureteral (UVJ) calculus, 5 mm, with mild hydronephrosis.

        Plan: tamsulosin 0.4 mg daily x 14 days, ibuprofen 600 mg every 6 hours, oxycodone 5 mg every 6 hours as
        needed for severe pain, #8, ondansetron ODT as needed. Strain urine. Urology clinic in 1 week. Return
        for fever, uncontrolled pain or vomiting.
        """,
        codes=[
            c("N13.2", "Left ureteral (UVJ) calculus, 5 mm, with mild hydronephrosis",
              why="R13: hydronephrosis with ureteral calculous obstruction is one combination code (N20.1 "
                  "Excludes1)"),
            c("99285", "Medical decision making:",
              why="R15: acute illness with systemic symptoms (moderate problem); CT, urinalysis and labs plus the "
                  "management discussed with urology (two data categories: extensive); parenteral controlled "
                  "substance, IV morphine (high risk): two of three high, high MDM"),
        ],
        skips=[
            skip("He has never had a kidney stone", "R01", "negated"),
            skip("No fever or chills", "R01", "negated"),
            skip("No evidence of infection", "R01", "negated"),
            skip("He has gout, controlled on allopurinol", "R20", "not addressed"),
            skip("omeprazole\n        for reflux", "R20", "not addressed"),
            skip("nausea and one episode of vomiting", "R23", "symptoms integral to renal colic"),
            skip("urinalysis with large blood", "R23", "hematuria integral to the stone"),
            skip("morphine 4 mg IV once", "R10", "drug given once in the ED (Decision 5)"),
        ],
    ),
]

DISCHARGES = [
    NoteSpec(
        id="dev-r17-25", dos="2026-01-31", age=78, sex="F", payer="medicare", **IP,
        text="""
        DISCHARGE SUMMARY

        Admission date: 1/27/2026   Discharge date: 1/31/2026
        Attending: Hospital Medicine

        Discharge diagnoses:
        Principal: Community-acquired pneumonia, left lower lobe
        Secondary:
        - Acute kidney injury on CKD stage 3a, prerenal, resolved
        - Type 2 diabetes mellitus with diabetic chronic kidney disease
        - Hypertension
        - Hyponatremia, hypovolemic, corrected

        History: 78-year-old woman with type 2 diabetes, hypertension and CKD 3a (baseline creatinine 1.2)
        brought in by her daughter with 4 days of productive cough, fever to 38.9 and poor oral intake.
        Chest x-ray showed a left lower lobe consolidation. Creatinine 2.1 and sodium 129 on arrival.
        Lactate 1.4. Blood pressure 104/60, not hypotensive after 1 L of fluid.

        Hospital course:
        1. Pneumonia: started on ceftriaxone and azithromycin. Blood cultures no growth; sputum culture
           normal flora; urine pneumococcal and Legionella antigens negative. Afebrile by day 2, oxygen weaned
           off on day 3. Transitioned to cefpodoxime to complete 5 days total.
        2. AKI: felt prerenal from poor intake; lisinopril held, IV fluids. Creatinine down to 1.3 at
           discharge. Lisinopril resumed at discharge with BMP check in 1 week.
        3. Hyponatremia: improved with normal saline, sodium 136 at discharge.
        4. Diabetes: home linagliptin continued, sliding-scale insulin for sugars 180-240 in the hospital.
           A1c 7.2.
        5. Hypertension: amlodipine continued, lisinopril as above.
        She also has cataracts and mild hearing loss; she has a remote history of breast cancer (lumpectomy 2001,
        no recurrence), nothing done this admission.

        Discharge medications: cefpodoxime 200 mg BID x 2 more days, linagliptin 5 mg daily, amlodipine 10 mg
        daily, lisinopril 10 mg daily, atorvastatin 20 mg, acetaminophen PRN.

        Condition at discharge: stable, ambulating with a walker at baseline.
        Follow-up: PCP in 1 week with BMP; repeat chest x-ray in 6-8 weeks.
        """,
        codes=[
            c("J18.9", "Community-acquired pneumonia, left lower lobe",
              why="R21: pneumonia, organism not identified, principal diagnosis (II)"),
            c("N17.9", "Acute kidney injury on CKD stage 3a, prerenal, resolved",
              why="R22: AKI treated in the stay (III.B)"),
            c("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease",
              why="R09: diabetic CKD"),
            c("I12.9", "Hypertension", "CKD stage 3a", why="R08: hypertension with CKD stage 1-4 presumed linked"),
            c("N18.31", "CKD stage 3a", why="R22: CKD stage 3a"),
            c("E87.1", "Hyponatremia, hypovolemic, corrected", why="R20: hyponatremia treated in the stay"),
            c("Z79.84", "home linagliptin continued", why="R10: long-term oral hypoglycemic"),
        ],
        skips=[
            skip("urine pneumococcal and Legionella antigens negative", "R01", "negative tests"),
            skip("She also has cataracts and mild hearing loss", "R20", "aside, not treated in the stay"),
            skip("remote history of breast cancer (lumpectomy 2001,\n        no recurrence), nothing done this "
                 "admission", "R20", "history with no impact on the stay (Decision 3)"),
            skip("sliding-scale insulin", "R10", "inpatient insulin only, not long-term"),
            skip("not hypotensive", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r17-26", dos="2026-02-14", age=81, sex="F", payer="medicare", **IP,
        text="""
        Discharge Summary - Hospital Medicine

        Dates: admitted 2/9/2026, discharged 2/14/2026.

        Principal diagnosis: Acute on chronic diastolic (HFpEF) congestive heart failure.
        Other diagnoses this admission:
        Hypertensive heart and chronic kidney disease; CKD stage 4.
        Permanent atrial fibrillation, on warfarin.
        Hypokalemia from diuresis.
        Osteoarthritis, both knees.

        HPI/Reason for admission: 81 y/o woman with HFpEF (EF 60% 2025), CKD 4 (baseline Cr 2.3), permanent AF,
        presented with 10 days of increasing leg swelling, orthopnea, and a 4 kg weight gain after a family
        holiday. BNP 1,240. CXR with bilateral effusions and vascular congestion.

        Hospital course: IV furosemide 80 mg BID with net negative 5.6 L over 4 days, weight 71 -> 66 kg, off
        oxygen by day 3. Creatinine peaked 2.6 and settled to 2.4 (near baseline) - not called AKI by nephrology.
        Potassium fell to 3.1 on diuresis, repleted orally and IV; discharged on potassium chloride 20 mEq daily.
        Rate control adequate on metoprolol; INR 2.4-2.9, warfarin continued at home dose. Echocardiogram: EF
        60%, moderate LVH, moderate tricuspid regurgitation with RVSP 48. Knee pain managed with topical
        diclofenac as at home.

        Discharge medications:
        torsemide 40 mg daily (replaces furosemide 40 mg)
        potassium chloride 20 mEq daily
        metoprolol succinate 50 mg daily
        warfarin 3 mg daily except 4.5 mg Mon/Fri
        amlodipine 5 mg daily
        diclofenac 1% gel to knees QID PRN
        calcitriol 0.25 mcg daily

        Follow-up: heart failure clinic in 7 days with BMP and INR; daily weights, call for gain of 1 kg/day or
        2 kg/week; 2 g sodium diet.
        """,
        codes=[
            c("I13.0", "Hypertensive heart and chronic kidney disease",
              "Acute on chronic diastolic (HFpEF) congestive heart failure",
              why="R08/R21: hypertensive heart and CKD with heart failure, CKD stage 1-4, sequenced first "
                  "(I.C.9.a.3)"),
            c("I50.33", "Acute on chronic diastolic (HFpEF) congestive heart failure",
              why="R22: acute on chronic diastolic heart failure"),
            c("N18.4", "CKD stage 4", why="R08: CKD stage 4 with I13.0"),
            c("I48.21", "Permanent atrial fibrillation", why="R22: permanent AF"),
            c("E87.6", "Hypokalemia from diuresis", why="R20: hypokalemia treated in the stay"),
            c("M17.0", "Osteoarthritis, both knees", "Knee pain managed with topical diclofenac",
              why="R20: listed among this admission's diagnoses and its pain treated in the stay (III.B)"),
            c("Z79.01", "on warfarin", why="R10: long-term anticoagulant"),
        ],
        skips=[
            skip("not called AKI by nephrology", "R01", "negated"),
            skip("moderate tricuspid regurgitation", "R20", "echo finding not addressed by the physician"),
            skip("call for gain of 1 kg/day", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r17-27", dos="2026-03-06", age=67, sex="M", payer="medicare", **IP,
        text="""
        HOSPITAL DISCHARGE SUMMARY

        Admit 3/3/2026 - Discharge 3/6/2026

        Reason for admission: melena and lightheadedness.

        Summary: Mr. is a 67 y/o man with mechanical low back pain who has taken ibuprofen 800 mg three times a
        day, as prescribed by his primary doctor, for about 3 months. He presented with 2 days of black tarry
        stools and near-fainting at church. Hgb 7.4 (baseline 13.9 last year), BUN 48. He received 2 units of
        packed red cells and IV pantoprazole. EGD on 3/4 showed a 1.2 cm clean-based ulcer in the duodenal bulb
        with a visible vessel, treated with epinephrine injection and clips; no active bleeding at the end of the
        procedure. Gastric biopsies positive for Helicobacter pylori. No further bleeding; Hgb stable at 9.1 to
        9.4 for 48 hours after transfusion.

        His blood pressure ran low-normal and home lisinopril was held throughout; resume at follow-up if BP over
        130. Hyperlipidemia - atorvastatin continued. He had a colonoscopy 2 years ago with one small adenoma;
        no action needed now.

        Final diagnoses:
        1. Bleeding duodenal ulcer due to NSAID (ibuprofen, taken as prescribed) and H. pylori.
        2. Acute blood loss anemia, transfused 2 units PRBC.
        3. Helicobacter pylori infection.
        4. Mechanical low back pain - ibuprofen stopped permanently; scheduled acetaminophen and lidocaine patch.
        5. Hypertension - lisinopril on hold.
        6. Hyperlipidemia.

        Discharge medications: pantoprazole 40 mg twice daily x 8 weeks; bismuth quadruple therapy for H. pylori
        x 14 days (bismuth subcitrate, metronidazole, tetracycline, with the PPI); acetaminophen 1 g three times
        daily; lidocaine 4% patch daily; atorvastatin 40 mg daily. STOP ibuprofen. HOLD lisinopril.

        Follow-up: GI clinic 8 weeks with H. pylori eradication test; PCP in 1 week with CBC.
        """,
        codes=[
            c("K26.4", "Bleeding duodenal ulcer due to NSAID",
              why="R21: duodenal ulcer (not called acute) with hemorrhage, principal diagnosis"),
            c("T39.315A", "ibuprofen, taken as prescribed",
              why="R12: adverse effect of propionic acid derivative taken as prescribed, initial encounter "
                  "(I.C.19.e.5.a: the manifestation first)"),
            c("D62", "Acute blood loss anemia, transfused 2 units PRBC", why="R22: acute posthemorrhagic anemia"),
            c("B96.81", "Helicobacter pylori infection", why="R22: H. pylori as the cause of the ulcer"),
            c("M54.50", "Mechanical low back pain - ibuprofen stopped permanently",
              why="R20: low back pain whose treatment the stay changed"),
            c("I10", "Hypertension - lisinopril on hold", why="R20: hypertension managed (drug held)"),
            c("E78.5", "Hyperlipidemia", why="R20: chronic condition whose home treatment the stay continues"),
        ],
        skips=[
            skip("one small adenoma;\n        no action needed now", "R20", "history with no impact on the stay"),
            skip("no active bleeding at the end of the\n        procedure", "R01", "negated"),
            skip("pantoprazole 40 mg twice daily x 8 weeks", "R10", "short course, not long-term"),
        ],
    ),
    NoteSpec(
        id="dev-r17-28", dos="2026-04-09", age=70, sex="F", payer="medicare", **IP,
        text="""
        DISCHARGE SUMMARY
        Admission: 4/5/2026. Discharge: 4/9/2026.

        PRINCIPAL DIAGNOSIS: COPD with acute exacerbation.
        SECONDARY DIAGNOSES: Chronic hypoxic respiratory failure on home oxygen 2 L. Hypertension. Tobacco
        dependence (cigarettes). Major depression, single episode, in partial remission.

        HISTORY: 70-year-old woman with severe COPD (FEV1 38%), on 2 L nasal cannula oxygen at home since 2023,
        who still smokes about 10 cigarettes a day. Presented with 3 days of increased dyspnea and wheeze and a
        change to yellow sputum after her grandson's cold. SpO2 84% on her home 2 L, 91% on 4 L. ABG 7.37/52/62
        (PaCO2 baseline 50-54). Chest x-ray hyperinflation, no infiltrate. Respiratory viral panel negative.

        HOSPITAL COURSE: Treated with nebulized albuterol-ipratropium every 4 hours, prednisone 40 mg daily and
        doxycycline for purulent sputum. Did not require BiPAP. Oxygen weaned back to her home 2 L by day 3 with
        SpO2 90-92%, which is her baseline. Walked the hall on 2 L without desaturation on the day of discharge.
        Smoking: counseled at length; she agreed to a nicotine patch 14 mg and quitline referral.
        Blood pressure controlled on home amlodipine. Depression stable on home sertraline, mood good, continued.
        Glucose rose to 190s on prednisone (no diabetes history) and normalized without further workup.

        DISCHARGE MEDICATIONS:
        prednisone 40 mg daily to complete 5 days (2 more days)
        doxycycline 100 mg BID x 2 more days
        tiotropium-olodaterol 2 puffs daily
        budesonide-formoterol added 160/4.5 2 puffs BID (new)
        albuterol HFA PRN
        amlodipine 10 mg daily
        sertraline 50 mg daily
        nicotine patch 14 mg/24 h daily (new)
        home oxygen 2 L continuous

        FOLLOW-UP: pulmonary clinic 2 weeks; PCP 1 week.
        """,
        codes=[
            c("J44.1", "COPD with acute exacerbation", why="R21: COPD exacerbation, principal diagnosis"),
            c("J96.11", "Chronic hypoxic respiratory failure on home oxygen 2 L",
              why="R22: chronic respiratory failure with hypoxia, at baseline (not acute on chronic)"),
            c("I10", "Hypertension", why="R20: chronic disease whose home treatment the stay continues"),
            c("F17.210", "Tobacco\n        dependence (cigarettes)",
              why="R22: nicotine dependence, cigarettes, treated"),
            c("F32.4", "Major depression, single episode, in partial remission",
              why="R22: single-episode major depression in partial remission, treatment continued"),
            c("Z99.81", "on home oxygen 2 L", why="R20: dependence on supplemental oxygen"),
        ],
        skips=[
            skip("no infiltrate", "R01", "negated"),
            skip("Respiratory viral panel negative", "R01", "negative test"),
            skip("Did not require BiPAP", "R01", "negated"),
            skip("Glucose rose to 190s on prednisone", "R20",
                 "abnormal finding that normalized without workup or treatment (Decision 3)"),
            skip("prednisone 40 mg daily to complete 5 days", "R10", "short course"),
            skip("budesonide-formoterol added 160/4.5 2 puffs BID (new)", "R10",
                 "inhaled controller, no Z79.51 (corpus convention, as dev-r10 and dev-r12's asthma/COPD notes "
                 "mostly)"),
        ],
    ),
    NoteSpec(
        id="dev-r17-29", dos="2026-05-19", age=55, sex="M", payer="uhc", **IP,
        text="""
        Discharge Summary

        Patient: 55M   Admitted: 05/15/2026   Discharged: 05/19/2026   Service: Medicine

        Diagnoses at discharge
        # Cellulitis of the right lower leg (nonpurulent)
        # Tinea pedis, right foot - portal of entry
        # Type 2 diabetes mellitus with hyperglycemia, on insulin and metformin
        # Class 3 obesity, BMI 42
        # Venous duplex negative for DVT

        Presentation: 3 days of spreading redness, warmth and pain of the right shin with fever to 38.6 at home.
        Failed 2 days of outpatient cephalexin. Glucose 342 on arrival, A1c 9.8. WBC 14.1. No crepitus, no
        abscess on bedside ultrasound. Interdigital maceration and scaling between the right 4th and 5th toes.
        Weight 131 kg, BMI 42.

        Course by problem
        Cellulitis: IV cefazolin, leg elevation. Erythema receded from the marked borders by day 2, afebrile
        since day 2. Venous duplex of the right leg: no DVT. Transitioned to oral cephalexin 500 mg four times
        daily to finish 7 more days.
        Tinea pedis: clotrimazole cream twice daily x 4 weeks, keep the web spaces dry.
        Diabetes: basal-bolus insulin in hospital; home glargine increased from 30 to 40 units, metformin 1000 mg
        BID continued. Sugars 140s-180s at discharge. Diabetes educator visit done.
        Obesity: class 3 obesity affects wound healing and glucose control; discussed referral to the
        bariatric program, which he accepts.
        Other: he has chronic venous changes (hemosiderin staining) of both lower legs and a history of
        appendectomy; sleep apnea was suggested by his wife's report of snoring - outpatient sleep study
        ordered.

        Discharge meds: cephalexin 500 mg QID x 7 days, clotrimazole 1% cream BID, insulin glargine 40 units
        nightly, metformin 1000 mg BID, lisinopril 10 mg daily (for renal protection, no HTN), atorvastatin
        40 mg nightly.

        Follow-up: PCP in 5-7 days for wound check and glucose log review; bariatric program referral placed.
        """,
        codes=[
            c("L03.115", "Cellulitis of the right lower leg",
              why="R21: cellulitis of right lower limb, principal diagnosis"),
            c("E11.65", "Type 2 diabetes mellitus with hyperglycemia", why="R09: type 2 diabetes with hyperglycemia"),
            c("B35.3", "Tinea pedis, right foot", why="R20: tinea pedis treated in the stay"),
            c("E66.813", "Class 3 obesity", why="R22: obesity class 3, addressed (bariatric referral)"),
            c("Z68.41", "BMI 42", why="R22: adult BMI 40.0-44.9 with the obesity diagnosis"),
            c("Z79.4", "insulin glargine 40 units", why="R10: long-term insulin"),
            c("Z79.84", "metformin 1000 mg\n        BID continued",
              why="R10: long-term oral hypoglycemic, coded with insulin (both)"),
        ],
        skips=[
            skip("Venous duplex negative for DVT", "R01", "ruled out"),
            skip("No crepitus, no\n        abscess", "R01", "negated"),
            skip("sleep apnea was suggested", "R04",
                 "not a diagnosis of the stay: a symptom report sent for outpatient testing, not documented as "
                 "probable at discharge"),
            skip("chronic venous changes (hemosiderin staining) of both lower legs", "R20", "aside, not treated"),
            skip("history of\n        appendectomy", "R20", "history with no impact"),
            skip("fever to 38.6", "R23", "integral to cellulitis"),
        ],
    ),
    NoteSpec(
        id="dev-r17-30", dos="2026-06-23", age=42, sex="F", payer="bcbs", **IP,
        text="""
        DISCHARGE SUMMARY (dictated)

        Admission date June 20, 2026, discharge date June 23, 2026.

        This is a 42-year-old woman with hypothyroidism on levothyroxine who came to the emergency department
        with 2 days of fever to 39.4, rigors, right flank pain, vomiting and burning with urination. She was
        tachycardic at 118 and dry, with right costovertebral angle tenderness. White count 17.8, creatinine 1.0,
        lactate 1.6. Urinalysis showed pyuria and bacteriuria. A renal ultrasound showed no hydronephrosis or
        abscess. She was admitted for acute pyelonephritis with dehydration and was treated with IV fluids and
        ceftriaxone. Urine culture grew Escherichia coli greater than 100,000, pan-sensitive; blood cultures
        remained negative. She did not meet sepsis criteria after fluids and her vital signs normalized within 24
        hours. Vomiting stopped on day 2 and she tolerated a regular diet.

        On day 3 she reported vulvar itching with a thick white discharge; this is probably vulvovaginal
        candidiasis after the antibiotics and she was given fluconazole 150 mg, with a second dose to take in 3
        days. Her levothyroxine was continued; TSH was 2.3. She had a cholecystectomy in 2018 and has seasonal
        allergies, neither relevant now.

        Discharge diagnoses:
        1. Acute pyelonephritis, right, due to E. coli.
        2. Dehydration, resolved with IV fluids.
        3. Vulvovaginal candidiasis, probable, antibiotic-associated.
        4. Hypothyroidism.

        She goes home on cefpodoxime 200 mg twice daily to complete 10 days of therapy, fluconazole 150 mg once
        more in 3 days, and levothyroxine 100 mcg daily. She will see her primary care physician in 1 week and
        return sooner for fever or flank pain.
        """,
        codes=[
            c("N10", "Acute pyelonephritis, right, due to E. coli",
              why="R21: acute pyelonephritis, principal diagnosis"),
            c("B96.20", "due to E. coli", why="R22: E. coli as the cause of the infection"),
            c("E86.0", "Dehydration, resolved with IV fluids", why="R20: dehydration treated in the stay"),
            c("B37.31", "Vulvovaginal candidiasis, probable",
              why="R04: inpatient uncertain diagnosis at discharge coded as established (II.H/III.C); acute "
                  "vulvovaginal candidiasis"),
            c("T36.1X5A", "antibiotic-associated",
              why="R12: adverse effect of the cephalosporin (ceftriaxone) given as prescribed, linked by the "
                  "physician, initial encounter; after the manifestation (I.C.19.e.5.a)"),
            c("E03.9", "Hypothyroidism", why="R20: chronic disease whose home treatment the stay continues"),
        ],
        skips=[
            skip("no hydronephrosis or\n        abscess", "R01", "negated"),
            skip("She did not meet sepsis criteria", "R01", "negated"),
            skip("cholecystectomy in 2018", "R20", "history, not relevant"),
            skip("seasonal\n        allergies", "R20", "not relevant"),
            skip("return sooner for fever or flank pain", "R07", "conditional"),
        ],
    ),
]

NOTES = OFFICE_VISITS + EMERGENCY + DISCHARGES
