"""Dev notes dev-r6-01..24 (sealed generalisation batch): a mix like real practice, written by different
imagined authors (EHR templates with auto-populated problem lists, dictated prose, scribed notes, terse
abbreviation-heavy notes), 120-600 words.

14 outpatient office notes (primary care chronic follow-up and adult preventive visit, internal medicine acute
visit, cardiology, endocrinology new patient, orthopedics with laterality, a subsequent-encounter injury and a
joint injection, dermatology with cryotherapy and a modifier-25 E/M, psychiatry with psychotherapy add-on,
pediatric sick visit and 18-month well visit with vaccine, routine prenatal visit with Tdap, urgent care
laceration repair, neurology, rheumatology with arthrocentesis), 2 telehealth video visits, 4 ED notes and
4 inpatient discharge summaries. They carry problem lists with chronic conditions not addressed, negations,
family history, uncertain diagnoses in both settings (R03 outpatient/ED, R04 at discharge), documented time
in some notes and not in others.

Gold was written as a certified coder would (FY2026 ICD-10-CM guidelines, CPT 2021+ office and 2023 ED E/M
rules, corpora/README.md Decisions) before any engine run on these notes; the engine has not been run on
them by their author.

first run (scored once by the lead at 38885f7, the end-of-session-3 engine, after every other session-3 fix):
ICD-10-CM P/R/F1 0.824 / 0.864 / 0.843, evidence F1 0.819, CPT/HCPCS P/R/F1 1.000 / 0.976 / 0.988, E/M 17/18.
Unsealed into dev after that run.
"""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-r6-01", dos="2025-10-14",
        specialty="family medicine", setting="outpatient", age=63, sex="M", payer="medicare", minutes=32,
        text="""
        PRIMARY CARE FOLLOW-UP
        Chief complaint: diabetes and blood pressure check

        Problem list (auto-populated):
        - Type 2 diabetes mellitus
        - Essential hypertension
        - Hyperlipidemia
        - Primary osteoarthritis of both knees
        - Colonic polyps, removed 2021

        Current medications: metformin 1000 mg BID, glipizide 5 mg daily, lisinopril 20 mg daily,
        atorvastatin 40 mg daily, acetaminophen PRN

        Subjective: 63 yo M here for 3-month follow-up. Admits he "fell off the wagon" with diet over the
        summer. Home fasting sugars 170s-220s. No polyuria/polydipsia. No numbness or tingling in feet. No
        chest pain or shortness of breath. Brother was recently started on insulin for type 2 diabetes.
        Never smoker.

        Objective: BP 134/82, HR 76, BMI 29.4. Feet: monofilament intact bilaterally, pulses 2+.
        POC hemoglobin A1c today: 8.9% (was 7.6% in July).

        Assessment/Plan:
        1. T2DM with hyperglycemia, A1c up to 8.9% - add empagliflozin 10 mg daily, continue metformin and
        glipizide. Diet reviewed; referred to DSMES classes.
        2. HTN - controlled, continue lisinopril.
        3. Hyperlipidemia - LDL 88 in July, continue atorvastatin.
        Knees not discussed today.
        If sugars stay above 250 despite empagliflozin, will discuss basal insulin next visit.

        Time: 32 minutes total on date of service including review of glucose log.
        """,
        codes=[
            c("E11.65", "T2DM with hyperglycemia", "Home fasting sugars 170s-220s",
              why="R09: type 2 diabetes with hyperglycemia (A1c 8.9%, high sugars documented)"),
            c("I10", "HTN - controlled, continue lisinopril", why="R20: chronic condition addressed"),
            c("E78.5", "Hyperlipidemia - LDL 88 in July, continue atorvastatin", why="R20: chronic condition treated"),
            c("Z79.84", "metformin 1000 mg BID", "glipizide 5 mg daily",
              why="R10: long-term oral hypoglycemic drugs"),
            c("Z83.3", "Brother was recently started on insulin for type 2 diabetes",
              why="R05: family history of the condition addressed (diabetes)"),
            c("99214", "Time: 32 minutes total on date of service",
              why="R14: established patient, 32 minutes (30-39)"),
            c("83036", "POC hemoglobin A1c today", why="R19: hemoglobin A1c performed in the office"),
        ],
        skips=[
            skip("No polyuria/polydipsia", "R01", "negated"),
            skip("No numbness or tingling in feet", "R01", "negated, no neuropathy"),
            skip("No\n        chest pain or shortness of breath", "R01", "negated"),
            skip("Primary osteoarthritis of both knees", "R20", "problem list only, not addressed ('Knees not "
                 "discussed today')"),
            skip("Colonic polyps, removed 2021", "R20", "history not affecting this visit"),
            skip("will discuss basal insulin next visit", "R07", "conditional plan, insulin not started"),
        ],
    ),
    NoteSpec(
        id="dev-r6-02", dos="2025-11-05",
        specialty="cardiology", setting="outpatient", age=76, sex="F", payer="medicare",
        text="""
        CARDIOLOGY OFFICE VISIT

        This is a 76-year-old woman I follow for persistent atrial fibrillation and heart failure with
        preserved ejection fraction in the setting of long-standing hypertension. She was last seen in June.
        Since then she has been doing reasonably well. She walks her dog twice a day, about half a mile, and
        gets winded on the hill near her house, which is unchanged. She sleeps on one pillow. Her weight at home
        has been steady at 162 to 164 pounds. She has had occasional palpitations in the evening lasting a few
        minutes. She has not had any syncope or near-syncope, no bleeding on apixaban, no black stools. She
        stopped smoking in 1994. She does not drink alcohol. She is careful with salt and weighs herself every
        morning, as we discussed at her last visit, and she brought her log, which I reviewed with her today.
        She has not needed any extra furosemide doses. Her daughter comes by twice a week and helps with the
        pill box, and she has not missed any doses of her medications as far as she knows.

        Her other history includes hypothyroidism on levothyroxine, managed by her primary care physician,
        osteopenia on calcium and vitamin D, and bilateral cataract surgery. There is no family history of sudden
        cardiac death or cardiomyopathy. On review of systems she denies orthopnea, paroxysmal nocturnal
        dyspnea, exertional chest pain, lightheadedness, focal weakness, or bleeding from the gums or urine.

        Medications: apixaban 5 mg twice daily, metoprolol succinate 50 mg daily, furosemide 20 mg daily,
        losartan 50 mg daily, spironolactone 12.5 mg daily.

        On examination blood pressure 146/84, heart rate 92 and irregularly irregular, weight 163 pounds. JVP
        not elevated. Lungs clear. Trace ankle edema bilaterally.

        ECG obtained in the office today and reviewed by me shows atrial fibrillation with a ventricular rate
        of 94, no acute ST changes. Echocardiogram from March: LVEF 60%, grade II diastolic dysfunction,
        moderate left atrial enlargement. BMP from last week: creatinine 0.9, potassium 4.4.

        Impression and plan:
        1. Persistent atrial fibrillation, rate slightly above goal. Increase metoprolol succinate to 100 mg
        daily. CHA2DS2-VASc 5; continue apixaban at the full dose since she does not meet dose-reduction
        criteria.
        2. Chronic diastolic heart failure, compensated, NYHA class II. Continue furosemide and
        spironolactone.
        3. Hypertensive heart disease, blood pressure above goal today; expect improvement with the
        beta-blocker increase. Home log to be sent in two weeks.

        Should the palpitations worsen or she becomes more symptomatic despite rate control, we would discuss
        rhythm control with ablation. Return in 3 months.
        """,
        codes=[
            c("I48.19", "Persistent atrial fibrillation, rate slightly above goal",
              why="R21: first-listed, main reason for the visit; R22: persistent AF"),
            c("I11.0", "Hypertensive heart disease",
              why="R08: hypertension with heart failure is presumed linked (I11.0 + I50.x)"),
            c("I50.32", "Chronic diastolic heart failure, compensated", why="R22: chronic diastolic heart failure"),
            c("Z79.01", "continue apixaban", why="R10: long-term anticoagulant"),
            c("Z87.891", "stopped smoking in 1994", why="R06: former smoker"),
            c("99214", "Impression and plan",
              why="R15: MDM moderate - chronic illness with progression (rate above goal) plus stable chronic "
                  "illnesses, prescription drug management (metoprolol increase)"),
            c("93000", "ECG obtained in the office today and reviewed by me",
              why="R18: 12-lead ECG with interpretation in the office"),
        ],
        skips=[
            skip("not had any syncope or near-syncope", "R01", "negated"),
            skip("no bleeding on apixaban, no black stools", "R01", "negated"),
            skip("JVP\n        not elevated", "R02", "normal exam finding"),
            skip("no acute ST changes", "R01", "negated"),
            skip("occasional palpitations", "R23", "integral to atrial fibrillation"),
            skip("hypothyroidism on levothyroxine, managed by her primary care physician", "R20",
                 "not addressed by cardiology"),
            skip("osteopenia on calcium and vitamin D", "R20", "not addressed by cardiology"),
            skip("bilateral cataract surgery", "R20", "past surgery, not affecting this visit"),
            skip("no family history of sudden\n        cardiac death or cardiomyopathy", "R01", "negated"),
            skip("she denies orthopnea, paroxysmal nocturnal\n        dyspnea, exertional chest pain", "R02",
                 "review of systems negatives"),
            skip("we would discuss\n        rhythm control with ablation", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r6-03", dos="2025-12-02",
        specialty="endocrinology", setting="outpatient", age=44, sex="F", payer="aetna",
        new_patient=True, minutes=48,
        text="""
        ENDOCRINOLOGY NEW PATIENT CONSULTATION

        Reason for consultation: thyroid nodule.

        HPI: 44-year-old woman, new to our practice, whose cervical spine CT after a minor car accident in
        September incidentally showed a nodule in the right thyroid lobe. Dedicated thyroid ultrasound on
        11/10: solitary 1.9 x 1.4 x 1.2 cm solid hypoechoic nodule in the right lobe with smooth margins, no
        microcalcifications, TI-RADS 4. No abnormal cervical lymph nodes. She has no neck pain, dysphagia,
        hoarseness or compressive symptoms. No palpitations, heat intolerance, tremor or weight change. No
        childhood head or neck radiation. Her mother had papillary thyroid cancer at age 50, treated with
        thyroidectomy and radioactive iodine.

        PMH: iron deficiency anemia years ago from heavy periods, resolved after endometrial ablation;
        migraines. Meds: sumatriptan as needed. Never smoker.

        Exam: BP 118/72, HR 70. Thyroid: firm, mobile, approximately 2 cm nodule in the right lobe,
        non-tender, moves with swallowing. No lymphadenopathy. No tremor, reflexes normal.

        Labs reviewed: TSH 1.8, free T4 1.1 (from the referring office, 11/14).

        Assessment:
        Single right thyroid nodule, 1.9 cm, TI-RADS 4, euthyroid. Malignancy not excluded - meets criteria
        for FNA given size and family history.
        Family history of thyroid cancer in her mother.

        Plan: ultrasound-guided FNA, with molecular testing if cytology is indeterminate, scheduled next week.
        I reviewed the outside CT and ultrasound images myself. Discussed possible outcomes, including surgery
        if cytology is suspicious. Follow-up after the biopsy.

        I spent 48 minutes on the date of the visit including reviewing the outside imaging and records,
        examining her and counseling.
        """,
        codes=[
            c("E04.1", "Single right thyroid nodule", why="R22: nontoxic single thyroid nodule, euthyroid"),
            c("Z80.8", "Her mother had papillary thyroid cancer", "Family history of thyroid cancer",
              why="R05: family history of thyroid cancer at a thyroid nodule visit"),
            c("99204", "I spent 48 minutes on the date of the visit",
              why="R14: new patient (R16), 48 minutes (45-59)"),
        ],
        skips=[
            skip("no neck pain, dysphagia,\n        hoarseness or compressive symptoms", "R01", "negated"),
            skip("No palpitations, heat intolerance, tremor or weight change", "R01", "negated"),
            skip("No\n        childhood head or neck radiation", "R01", "negated"),
            skip("Malignancy not excluded", "R03", "uncertain, outpatient"),
            skip("iron deficiency anemia years ago", "R20", "resolved, not affecting this visit"),
            skip("migraines", "R20", "not addressed"),
            skip("surgery\n        if cytology is suspicious", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r6-04", dos="2026-01-20",
        specialty="orthopedics", setting="outpatient", age=57, sex="F", payer="uhc",
        text="""
        ORTHO CLINIC - F/U

        57 y/o F
        1) L ankle sprain (ATFL), injured 12/28 stepping off a curb. Seen in UC, XR neg for fx. Now 3 wks
        out, swelling much better, walking w/o crutches, still sore laterally after long days. Using ASO brace.
        2) R knee OA - known, last CSI 7 mo ago helped ~6 mo. Pain back, 6/10, worse on stairs. Not
        interested in TKA yet.

        Meds: ibuprofen OTC prn, lisinopril, levothyroxine
        PMH: HTN, hypothyroid

        EXAM
        L ankle: mild lateral swelling, TTP over ATFL, no TTP malleoli/5th MT base, ant drawer neg, full ROM.
        R knee: small effusion, medial joint line TTP, crepitus, ROM 0-115, ligaments stable.
        XR R knee from 11/2025 reviewed: medial joint space narrowing, osteophytes.

        A/P
        1. Sprain of L ATFL, subsequent encounter, healing as expected - wean brace, start home ankle rehab
        program, PT referral. OTC ibuprofen prn.
        2. Primary OA R knee - CSI today (see procedure). Discussed wt loss, quad strengthening.

        PROCEDURE: R knee intra-articular injection
        Consent obtained. Superolateral approach, sterile prep, ethyl chloride. Injected 40 mg triamcinolone
        acetonide (1 mL) + 4 mL 1% lidocaine, no ultrasound guidance. Tolerated well, no complications.

        RTC 6 wk ankle; knee prn.
        """,
        codes=[
            c("S93.492D", "Sprain of L ATFL, subsequent encounter",
              why="R12: 7th character D, healing phase; R11: left; talofibular ligament is 'other ligament'"),
            c("M17.11", "Primary OA R knee", why="R11: unilateral primary osteoarthritis, right knee"),
            c("99213", "A/P",
              why="R15: MDM low - acute uncomplicated injury, OTC drug and PT; separately identifiable from the "
                  "knee injection (R18)",
              mods=["25"]),
            c("20610", "R knee intra-articular injection", why="R18: major joint injection without ultrasound",
              mods=["RT"]),
            c("J3301", "40 mg triamcinolone\n        acetonide", why="R24: triamcinolone 40 mg = 4 units of 10 mg",
              units=4),
        ],
        skips=[
            skip("XR neg for fx", "R01", "negated"),
            skip("no TTP malleoli/5th MT base", "R02", "normal exam finding"),
            skip("HTN, hypothyroid", "R20", "not addressed by orthopedics"),
            skip("Not\n        interested in TKA yet", "R07", "not planned"),
            skip("no complications", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r6-05", dos="2026-02-10",
        specialty="dermatology", setting="outpatient", age=72, sex="M", payer="medicare",
        text="""
        DERMATOLOGY - RETURN VISIT
        (Scribed in the presence of the attending; reviewed and signed by the attending.)

        72-year-old man with a history of superficial spreading melanoma of the left upper back, Breslow
        0.4 mm, wide excision in 2019, no recurrence since, here for his 6-month full skin exam. He also
        reports that his psoriasis "has gone crazy" since he stopped his topical over the holidays: plaques on
        the elbows, knees and scalp, itchy, cracking on the elbows. Previously controlled with clobetasol
        cream twice weekly. No joint pain or morning stiffness. Rough scaly spots on the scalp and forehead
        again.

        Meds: amlodipine, tamsulosin.

        Exam: Full skin exam, scalp to toes. Well-demarcated erythematous plaques with silvery scale on the
        extensor elbows and knees bilaterally and the posterior scalp, about 6% BSA. Nails without pitting.
        Left upper back excision scar well healed, no pigment or nodularity. Four rough, gritty erythematous
        papules: vertex scalp x2, right temple x1, left forehead x1, consistent with actinic keratoses.
        Multiple stuck-on waxy brown papules on the trunk, seborrheic keratoses. No suspicious pigmented
        lesions. No cervical or axillary adenopathy.

        Assessment & Plan:
        1. Plaque psoriasis (psoriasis vulgaris), flaring, about 6% BSA - restart clobetasol 0.05% ointment
        BID x 2 weeks then weekends only; calcipotriene cream on weekdays. Discussed biologics if it does not
        settle; he prefers topicals for now.
        2. Actinic keratoses x4 (scalp x2, R temple, L forehead) - destroyed with liquid nitrogen
        cryotherapy, 2 freeze-thaw cycles each. Risks (blistering, hypopigmentation) reviewed, verbal consent.
        Tolerated well.
        3. Seborrheic keratoses, trunk - benign, reassured, no treatment.
        4. History of melanoma (2019) - no evidence of recurrence on full skin exam. Continue 6-month skin
        checks.
        """,
        codes=[
            c("L40.0", "Plaque psoriasis (psoriasis vulgaris), flaring", why="R22: psoriasis vulgaris"),
            c("L57.0", "Actinic keratoses x4", why="R22: actinic keratosis"),
            c("L82.1", "Seborrheic keratoses, trunk", why="R22: seborrheic keratosis, not inflamed"),
            c("Z85.820", "History of melanoma (2019)", "wide excision in 2019, no recurrence since",
              why="R06: excised melanoma without current disease, surveillance skin exam"),
            c("99214", "Assessment & Plan",
              why="R15: MDM moderate - chronic illness with exacerbation (psoriasis flare), prescription drug "
                  "management; separately identifiable from the cryotherapy (R18)",
              mods=["25"]),
            c("17000", "destroyed with liquid nitrogen\n        cryotherapy",
              why="R18: destruction of premalignant lesion, first lesion"),
            c("17003", "Actinic keratoses x4", why="R18: destruction of lesions 2-4 (3 units)", units=3),
        ],
        skips=[
            skip("No joint pain or morning stiffness", "R01", "negated, no psoriatic arthritis"),
            skip("Nails without pitting", "R02", "normal exam finding"),
            skip("no pigment or nodularity", "R02", "normal exam finding"),
            skip("No suspicious pigmented\n        lesions", "R02", "normal exam finding"),
            skip("Discussed biologics if it does not\n        settle", "R07", "conditional"),
            skip("amlodipine, tamsulosin", "R20", "medications only, conditions not addressed"),
        ],
    ),
    NoteSpec(
        id="dev-r6-06", dos="2026-02-24",
        specialty="psychiatry", setting="outpatient", age=34, sex="F", payer="bcbs",
        text="""
        Outpatient Psychiatry Progress Note

        ID: 34 y/o woman with bipolar II disorder, seen monthly for medication management and psychotherapy.

        Interval hx: 3 weeks of low mood since her hours at work were cut to part-time - sleeping 10-11 h,
        "can't get off the couch," stopped going to the gym, poor concentration. Denies suicidal ideation,
        intent or plan; no prior attempts; no firearms at home. No hypomanic symptoms: denies decreased need
        for sleep, racing thoughts or impulsive spending. Taking lamotrigine 100 mg daily consistently, no
        rash. Smoking about 1 ppd, up from half a pack. Drinks 1-2 glasses of wine on weekends, no binges.

        MSE: casually dressed, psychomotor slowing, speech soft, mood "flat", affect constricted, thought
        process linear, no psychosis, insight and judgment fair.
        PHQ-9 administered and scored today: 17.
        C-SSRS screen: low risk.

        Assessment:
        1. Bipolar II disorder, current episode depressed, moderate. Increase lamotrigine to 150 mg daily x 2
        weeks, then 200 mg; rash precautions reviewed. Safety plan updated, crisis line numbers given.
        2. Nicotine dependence, cigarettes - smoking more with stress; she wants to cut down; nicotine patch
        offered, she declined for now.

        Psychotherapy: 30 minutes of supportive psychotherapy and behavioral activation (two pleasant
        activities scheduled daily, job search plan), separate from the medication management portion.

        RTC 4 weeks, sooner prn.
        """,
        codes=[
            c("F31.81", "Bipolar II disorder, current episode depressed, moderate", why="R22: bipolar II disorder"),
            c("F17.210", "Nicotine dependence, cigarettes", why="R20: documented dependence, addressed"),
            c("99214", "Assessment",
              why="R15: MDM moderate - chronic illness with exacerbation, prescription drug management"),
            c("90833", "Psychotherapy: 30 minutes of supportive psychotherapy",
              why="R18: psychotherapy add-on with E/M, 30 minutes (16-37)"),
            c("96127", "PHQ-9 administered and scored today", why="R19: standardized instrument, scored"),
        ],
        skips=[
            skip("Denies suicidal ideation,\n        intent or plan", "R01", "negated"),
            skip("No hypomanic symptoms", "R01", "negated"),
            skip("no\n        rash", "R01", "negated"),
            skip("no psychosis", "R02", "normal mental status finding"),
            skip("no binges", "R01", "negated; social drinking is not a diagnosis"),
            skip("nicotine patch\n        offered, she declined", "R07", "not started"),
        ],
    ),
    NoteSpec(
        id="dev-r6-07", dos="2026-01-08",
        specialty="pediatrics", setting="outpatient", age=3, sex="M", payer="medicaid",
        text="""
        Peds Sick Visit
        3 yo M brought by mom. Fever to 102.6 x2 days, runny nose, cough, pulling at both ears, fussy
        overnight. Eating less, drinking OK, 4 wet diapers/day. No vomiting/diarrhea, no rash. Daycare w/ sick
        contacts. UTD on vaccines except did not get flu shot this season.

        Vitals T 101.8 HR 128 RR 26 SpO2 98% RA Wt 15.1 kg
        Gen: tired but consolable, well hydrated
        HEENT: B TMs bulging, opaque, erythematous, no perforation. Clear rhinorrhea. Pharynx mildly red, no
        exudate.
        Neck supple. Lungs CTA b/l, no retractions. Abd soft. Skin no rash.

        Rapid flu A/B (in office): both negative.

        A/P
        1. Acute otitis media, bilateral - amoxicillin 90 mg/kg/day divided BID x10 days. Tylenol/motrin for
        fever.
        2. Viral URI w/ cough - nasal saline, honey, humidifier.
        Flu vaccine when well - mom will schedule.
        Return if fever >72 h on abx, trouble breathing, or not drinking.
        """,
        codes=[
            c("H66.93", "Acute otitis media, bilateral", why="R11: otitis media, bilateral"),
            c("J06.9", "Viral URI w/ cough", why="R22: acute upper respiratory infection"),
            c("99213", "A/P",
              why="R15: MDM low - two acute uncomplicated illnesses, independent historian and test ordered "
                  "(low data); prescription drug is moderate risk, two of three = low"),
            c("87804", "Rapid flu A/B (in office)", why="R19: rapid influenza A and B immunoassay in the office",
              units=2),
        ],
        skips=[
            skip("No vomiting/diarrhea, no rash", "R01", "negated"),
            skip("no perforation", "R01", "negated"),
            skip("both negative", "R01", "influenza not found"),
            skip("Fever to 102.6", "R23", "integral to otitis media"),
            skip("Lungs CTA b/l", "R02", "normal exam finding"),
            skip("Flu vaccine when well", "R07", "not given today"),
            skip("Return if fever >72 h on abx", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r6-08", dos="2025-11-18",
        specialty="pediatrics", setting="outpatient", age=-18, sex="F", payer="bcbs",
        text="""
        18 MONTH WELL CHILD CHECK

        Here with dad and grandmother. Dad's concern: dry itchy patches behind the knees and in the elbow
        creases on and off since September, worse after baths; using petroleum jelly sometimes.

        Diet: whole milk 16 oz/day, table foods, feeds self with spoon. Sleep 11 h at night + 1 nap. Dental:
        brushing with a smear of fluoride toothpaste, first dental visit scheduled.
        Development: walks well, runs, climbs onto chairs; 10-15 words, points to 3 body parts, follows
        one-step commands. ASQ-3 completed by dad and scored: above cutoff in all five domains.
        M-CHAT-R/F scored 0 - low risk.
        Social: home with grandma during the day, no smokers in the home.

        Exam: Wt 10.8 kg (50th %ile), length 81 cm (55th), HC 46.5 cm (50th). Alert, active. Eyes: red reflex
        present bilaterally, no strabismus. TMs normal. Mouth: 12 teeth, no caries. Heart RRR, no murmur.
        Lungs clear. Abd soft, no masses. GU normal female. Gait normal. Skin: ill-defined dry, erythematous,
        scaly patches in both popliteal and antecubital fossae, no lichenification, no signs of infection.

        Assessment:
        - Well child 18 months, growing and developing normally
        - Atopic dermatitis, mild, flexural - thick fragrance-free emollient twice daily, short lukewarm baths;
        OTC hydrocortisone 1% ointment up to 7 days for flares.
        - Immunizations: influenza vaccine (trivalent, preservative-free 0.5 mL IM) given today after
        counseling dad on benefits and risks; VIS provided. Other vaccines up to date per state registry.
        - Anticipatory guidance: rear-facing car seat, poison safety, reading daily, limit screens.
        RTC 2-year well check.
        """,
        codes=[
            c("Z00.121", "Well child 18 months",
              why="R17: routine child health exam with abnormal findings (eczema found and treated)"),
            c("L20.9", "Atopic dermatitis, mild, flexural", why="R20: condition found and treated"),
            c("Z23", "influenza vaccine (trivalent, preservative-free 0.5 mL IM) given today",
              why="R24: encounter for immunization"),
            c("99392", "18 MONTH WELL CHILD CHECK", why="R17: preventive visit, established, age 1-4"),
            c("96110", "ASQ-3 completed by dad and scored", "M-CHAT-R/F scored 0",
              why="R19: two standardized developmental screening instruments, scored", units=2),
            c("90656", "influenza vaccine (trivalent, preservative-free 0.5 mL IM)",
              why="R24: trivalent preservative-free influenza vaccine product"),
            c("90460", "counseling dad on benefits and risks",
              why="R18: immunization administration through age 18 with counseling, one component"),
        ],
        skips=[
            skip("no smokers in the home", "R01", "negated exposure"),
            skip("no strabismus", "R02", "normal exam finding"),
            skip("no murmur", "R02", "normal exam finding"),
            skip("no signs of infection", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r6-09", dos="2026-03-12",
        specialty="obstetrics and gynecology", setting="outpatient", age=31, sex="F", payer="cigna",
        text="""
        PRENATAL VISIT
        31 y.o. G2P1001 at 28w3d by 8-week US. EDD 6/8/2026.
        S: Feels well. +FM. No VB, LOF, ctx. No HA, vision changes, RUQ pain.
        O: BP 112/68, wt 158 lb (+19 lb total), FHT 144, FH 28 cm. Urine dip neg protein/glucose. No edema.
        Labs: blood type O pos, antibody screen neg. 1-h GCT and CBC drawn today, sent to lab.
        A/P: IUP at 28w3d, uncomplicated. Prior SVD 2022, uncomplicated.
        - Tdap given today IM L deltoid for pertussis protection of the newborn; counseled, VIS given.
        - Reviewed kick counts. PTL precautions: call for ctx >6/h, bleeding, LOF.
        - Plans to breastfeed; interested in a levonorgestrel IUD postpartum. Pediatrician chosen.
        - Desires repeat vaginal delivery; birth plan discussed briefly.
        - RTC 2 wk.
        """,
        codes=[
            c("Z34.83", "IUP at 28w3d, uncomplicated", "G2P1001",
              why="R25: supervision of normal pregnancy, not the first, third trimester; first-listed"),
            c("Z3A.28", "28w3d by 8-week US", why="R25: 28 weeks of gestation"),
            c("Z23", "Tdap given today", why="R24: encounter for immunization"),
            c("90715", "Tdap given today IM L deltoid", why="R24: Tdap vaccine product"),
            c("90471", "Tdap given today IM L deltoid",
              why="R18: adult vaccine administration; routine antepartum visit itself is global (R25)"),
        ],
        skips=[
            skip("No VB, LOF, ctx", "R01", "negated"),
            skip("No HA, vision changes, RUQ pain", "R01", "negated"),
            skip("Urine dip neg protein/glucose", "R25", "routine prenatal dipstick is part of the global package"),
            skip("blood type O pos", "R20", "Rh-positive type in pregnancy does not affect care (Decisions)"),
            skip("1-h GCT and CBC drawn today, sent to lab", "R19", "sent out"),
            skip("call for ctx >6/h, bleeding, LOF", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r6-10", dos="2026-04-04",
        specialty="urgent care", setting="outpatient", age=26, sex="M", payer="aetna",
        text="""
        URGENT CARE
        CC: cut L hand
        HPI: 26M cutting a bagel with a bread knife ~1 h ago; knife slipped and cut the back of his left hand.
        Bleeding controlled with pressure. R-hand dominant. No numbness/tingling, can move all fingers. Last
        tetanus shot "in high school", ~12 yrs ago.
        PMH none. Meds none. NKDA.
        Exam: 2.0 cm linear laceration dorsum L hand over 3rd metacarpal, through dermis, no tendon exposure,
        extensor function intact to all digits against resistance, cap refill <2 s, sensation intact
        distally. No FB seen; wound explored in a bloodless field.
        Procedure: laceration repair. Verbal consent. 2 mL 1% lidocaine local. Irrigated with 250 mL NS.
        Simple single-layer closure with 4 interrupted 5-0 nylon sutures. Bacitracin, dressing.
        Tdap 0.5 mL IM R deltoid given.
        Dx: Laceration of left hand, dorsal, without foreign body, 2.0 cm, simple repair
        Plan: wound care sheet, keep dry 24 h, suture removal in 10 days at PCP or here. Return sooner if
        redness, pus, fever.
        """,
        codes=[
            c("S61.412A", "Laceration of left hand, dorsal, without foreign body",
              why="R12: initial encounter (7th character A); R11: left hand"),
            c("Z23", "Tdap 0.5 mL IM R deltoid given", why="R24: encounter for immunization"),
            c("12001", "Simple single-layer closure", "2.0 cm linear laceration dorsum L hand",
              why="R18: simple repair, extremity, 2.5 cm or less; the repair decision is not a separate E/M"),
            c("90715", "Tdap 0.5 mL IM", why="R24: Tdap vaccine product"),
            c("90471", "Tdap 0.5 mL IM R deltoid given", why="R18: vaccine administration, first vaccine"),
        ],
        skips=[
            skip("No numbness/tingling", "R01", "negated"),
            skip("no tendon exposure", "R02", "normal finding"),
            skip("No FB seen", "R01", "negated"),
            skip("Return sooner if\n        redness, pus, fever", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r6-11", dos="2026-04-21",
        specialty="neurology", setting="outpatient", age=39, sex="F", payer="uhc", minutes=42,
        text="""
        NEUROLOGY FOLLOW-UP

        Ms. is a 39-year-old right-handed woman with migraine without aura since her teens, seen today in
        follow-up after starting topiramate in January. Over the last three months she has had 17 to 18
        headache days a month, at least 10 of them with migrainous features: throbbing, unilateral, with
        photophobia and nausea. She took topiramate up to 50 mg twice daily but stopped it after six weeks
        because of word-finding difficulty and tingling in her hands, which resolved off the drug. Sumatriptan
        helps partially; she is using it about 8 days a month and ibuprofen on other days. She has missed 4
        days of work this month. Prior trials of propranolol and amitriptyline also failed. No aura, no
        weakness, no visual loss. Her mother and sister both have migraine. She also carries a diagnosis of
        depression, managed by her primary care physician with sertraline, which is stable.

        Exam: alert, fluent speech. Fundi: sharp discs, no papilledema. Cranial nerves intact. Strength,
        sensation, reflexes and coordination normal. Gait normal.

        Assessment:
        Chronic migraine without aura, intractable, without status migrainosus. She has failed three
        preventive classes.

        Plan:
        - Start erenumab 70 mg subcutaneously monthly; injection teaching done today.
        - Limit acute medications to 2 days per week; keep a headache diary.
        - If the response is inadequate after 3 months, consider onabotulinumtoxinA.
        - Sleep hygiene, hydration. Follow up in 3 months.

        Total time today 42 minutes, including review of her headache diary and outside records, counseling
        and documentation.
        """,
        codes=[
            c("G43.719", "Chronic migraine without aura, intractable, without status migrainosus",
              why="R22: chronic, without aura, intractable, without status migrainosus"),
            c("Z82.0", "Her mother and sister both have migraine",
              why="R05: family history of the same neurological condition"),
            c("99215", "Total time today 42 minutes", why="R14: established patient, 42 minutes (40+)"),
        ],
        skips=[
            skip("word-finding difficulty and tingling in her hands", "R20",
                 "past side effect, resolved off the drug"),
            skip("No aura, no\n        weakness, no visual loss", "R01", "negated"),
            skip("depression, managed by her primary care physician", "R20", "not addressed by neurology"),
            skip("no papilledema", "R02", "normal exam finding"),
            skip("If the response is inadequate after 3 months, consider onabotulinumtoxinA", "R07",
                 "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r6-12", dos="2025-10-28",
        specialty="family medicine", setting="outpatient", age=53, sex="F", payer="bcbs",
        text="""
        ANNUAL PHYSICAL
        53 yo F, established, here for annual preventive exam. No acute complaints.

        Health maintenance:
        - Colon: never screened. Father dx'd with colon cancer at 56.
        - Breast: mammogram 8/2024 normal - due, ordered.
        - Cervical: co-test 2023 neg, next due 2028.
        - Immunizations: flu today; Tdap 2021; Shingrix #1 recommended, she will get it at her pharmacy.

        Social: smokes ~10 cigs/day x 30 yrs, "I know, I know." EtOH 2-3 drinks/wk. Married, paralegal.
        Walks 2x/wk.
        ROS: negative for chest pain, SOB, change in bowel habits, blood in stool, unintended wt loss, breast
        lumps, postmenopausal bleeding (menopause at 51).

        Exam: BP 124/78, BMI 25.1. Skin, thyroid, heart, lungs, breasts (no masses) and abdomen normal.
        Pelvic deferred (not due).

        Labs: fasting lipid panel and A1c ordered.

        A/P:
        1. Well adult exam - age-appropriate counseling (diet, exercise, sleep, seatbelts, alcohol).
        2. Nicotine dependence, cigarettes - advised to quit; not ready to set a quit date; varenicline
        offered, declined.
        3. Family hx colon CA (father at 56) - GI referral for screening colonoscopy.
        4. Flu vaccine given (trivalent, preservative-free 0.5 mL IM), VIS given.
        """,
        codes=[
            c("Z00.00", "Well adult exam", why="R17: general adult exam without abnormal findings, first-listed"),
            c("F17.210", "Nicotine dependence, cigarettes", why="R20: documented dependence, addressed"),
            c("Z80.0", "Father dx'd with colon cancer at 56", "Family hx colon CA",
              why="R05: family history of colon cancer, reason for the screening referral"),
            c("Z23", "Flu vaccine given", why="R24: encounter for immunization"),
            c("99396", "ANNUAL PHYSICAL", why="R17: preventive visit, established, age 40-64"),
            c("90656", "Flu vaccine given (trivalent, preservative-free 0.5 mL IM)",
              why="R24: trivalent preservative-free influenza vaccine product"),
            c("90471", "Flu vaccine given", why="R18: vaccine administration; no modifier with a preventive visit"),
        ],
        skips=[
            skip("negative for chest pain, SOB, change in bowel habits", "R02", "review of systems negatives"),
            skip("no masses", "R02", "normal exam finding"),
            skip("Shingrix #1 recommended", "R07", "not given today"),
            skip("varenicline\n        offered, declined", "R07", "not started"),
            skip("fasting lipid panel and A1c ordered", "R19", "ordered, not performed"),
        ],
    ),
    NoteSpec(
        id="dev-r6-13", dos="2026-02-17",
        specialty="internal medicine", setting="outpatient", age=59, sex="F", payer="cigna",
        text="""
        Acute visit

        S: 59F with 3.5 wks of cough since a cold at the end of January. Cough now dry, worse at night,
        occasionally to the point of gagging. Low-grade temps (99.5-100.1) the first week only. Mild wheeze at
        night; using albuterol 2-3x/wk (usually <1x/month). No hemoptysis, no weight loss, no night sweats, no
        leg swelling, no reflux symptoms. Never smoker. Not on an ACE inhibitor. Asthma since childhood.

        O: T 98.4, SpO2 97%, RR 16. Oropharynx clear. Few end-expiratory wheezes at the R base, otherwise
        clear; no crackles.

        A:
        #1 Cough, subacute, 3.5 weeks - likely post-viral cough, though early pneumonia or pertussis can't be
        excluded. CXR and CBC ordered today; pertussis PCR swab sent.
        #2 Asthma, mild intermittent, not in exacerbation - more rescue use with the viral trigger; start
        budesonide-formoterol 160/4.5 as needed and step back once the cough resolves.

        P: benzonatate 100 mg TID prn cough. Will call with CXR result. If pertussis positive, azithromycin for
        her and household contacts.
        """,
        codes=[
            c("R05.2", "Cough, subacute, 3.5 weeks", why="R03: the symptom is coded, the likely cause is not"),
            c("J45.20", "Asthma, mild intermittent, not in exacerbation",
              why="R22: mild intermittent asthma, uncomplicated"),
            c("99214", "#1 Cough",
              why="R15: MDM moderate - undiagnosed new problem with uncertain prognosis, three tests ordered, "
                  "prescription drug management"),
        ],
        skips=[
            skip("likely post-viral cough", "R03", "uncertain, outpatient"),
            skip("early pneumonia or pertussis can't be\n        excluded", "R03", "uncertain, outpatient"),
            skip("No hemoptysis, no weight loss, no night sweats", "R01", "negated"),
            skip("Low-grade temps", "R20", "resolved symptom of the preceding cold"),
            skip("no crackles", "R02", "normal exam finding"),
            skip("If pertussis positive, azithromycin", "R07", "conditional"),
            skip("CXR and CBC ordered today", "R19", "ordered, not performed"),
        ],
    ),
    NoteSpec(
        id="dev-r6-14", dos="2026-05-06",
        specialty="rheumatology", setting="outpatient", age=66, sex="M", payer="medicare",
        text="""
        RHEUMATOLOGY CLINIC - ESTABLISHED PATIENT

        66M with gout (first flare 2023, 3 flares in the past year, all in the left knee or left first MTP),
        hypertension and CKD stage 3a, here with a left knee flare for 3 days. Woke up with the knee hot and
        swollen; can barely bear weight. No fevers, chills or recent knee injury. No prior urate-lowering
        therapy - he "didn't want another pill." Last flare treated with prednisone by his PCP. Meds:
        amlodipine 10 mg, losartan 50 mg, colchicine 0.6 mg prn (used once this month).

        Exam: T 98.9. L knee: large effusion, warm, erythematous, ROM 10-90 limited by pain. No tophi on ears,
        elbows or hands. R knee normal.
        Labs 2 weeks ago: uric acid 9.4, creatinine 1.4, eGFR 52.

        PROCEDURE: L knee arthrocentesis and injection. Informed consent. Sterile prep, superolateral approach,
        no ultrasound. Aspirated 35 mL cloudy yellow fluid, sent for cell count, Gram stain, culture and
        crystals. Injected methylprednisolone acetate 40 mg with 3 mL 1% lidocaine. No complications.

        Assessment/Plan:
        1. Acute gout flare, left knee - aspiration/injection as above; septic arthritis considered unlikely
        (afebrile, prior identical episodes), will follow the fluid culture.
        2. Recurrent gout, now 3 flares/yr with uric acid 9.4 - indication for urate-lowering therapy. Start
        allopurinol 100 mg daily (low start for eGFR 52), titrate by 100 mg every 4 weeks to uric acid <6;
        colchicine 0.6 mg daily as prophylaxis for 6 months.
        3. Hypertensive CKD stage 3a - creatinine stable; continue losartan; avoid NSAIDs. Repeat BMP and uric
        acid in 4 weeks.
        """,
        codes=[
            c("M10.062", "Acute gout flare, left knee", why="R11: gout (idiopathic), left knee"),
            c("I12.9", "Hypertensive CKD stage 3a",
              why="R08: hypertension with CKD stage 1-4 is presumed linked"),
            c("N18.31", "CKD stage 3a", why="R22: CKD stage 3a (use additional code with I12.9)"),
            c("99214", "Assessment/Plan",
              why="R15: MDM moderate - chronic illness with progression (recurrent gout, urate-lowering therapy "
                  "started) and CKD, prescription drug management; separately identifiable from the joint "
                  "procedure (R18)",
              mods=["25"]),
            c("20610", "L knee arthrocentesis and injection",
              why="R18: major joint aspiration/injection without ultrasound", mods=["LT"]),
            c("J1030", "methylprednisolone acetate 40 mg", why="R24: methylprednisolone acetate 40 mg", units=1),
        ],
        skips=[
            skip("No fevers, chills or recent knee injury", "R01", "negated"),
            skip("No tophi on ears,\n        elbows or hands", "R01", "negated, no chronic tophaceous gout"),
            skip("septic arthritis considered unlikely", "R03", "uncertain, outpatient"),
            skip("No complications", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r6-15", dos="2026-05-19",
        specialty="family medicine", setting="outpatient", age=28, sex="F", payer="uhc",
        text="""
        Telehealth visit - synchronous audio/video. Patient at home (in state), provider in the office.
        Identity verified with DOB; consent for video visit obtained.

        CC: burning with urination

        28 y/o F with 2 days of dysuria, urgency and frequency, suprapubic pressure. No blood in the urine
        that she has noticed. No fever, chills, flank or back pain, nausea. No vaginal discharge or itching.
        LMP 2 weeks ago; home pregnancy test this morning negative. Last UTI 2 years ago. No drug allergies.

        Appears well on video, comfortable, no distress.

        Assessment: Acute cystitis without hematuria, uncomplicated.
        Plan: nitrofurantoin monohydrate/macrocrystals 100 mg BID x 5 days. Fluids. OTC phenazopyridine x 2
        days if needed. No urine culture (virtual visit). If fever, flank pain or no improvement in 48 h,
        in-person visit with urinalysis and culture.
        """,
        codes=[
            c("N30.00", "Acute cystitis without hematuria", why="R22: acute cystitis without hematuria"),
            c("99213", "Assessment",
              why="R15: MDM low - acute uncomplicated illness, prescription drug management; audio-video visit "
                  "reported with the office code"),
        ],
        skips=[
            skip("dysuria, urgency and frequency", "R23", "integral to cystitis"),
            skip("No blood in the urine", "R01", "negated"),
            skip("No fever, chills, flank or back pain, nausea", "R01", "negated"),
            skip("No vaginal discharge or itching", "R01", "negated"),
            skip("home pregnancy test this morning negative", "R01", "negated; home test, not performed"),
            skip("If fever, flank pain or no improvement in 48 h", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r6-16", dos="2025-12-09",
        specialty="internal medicine", setting="outpatient", age=46, sex="F", payer="aetna", minutes=26,
        text="""
        VIDEO VISIT - WEIGHT MANAGEMENT FOLLOW-UP
        (Real-time audio and video; patient at home, clinician at clinic. Patient agreed to telehealth.)

        46 y.o. woman with obesity and prediabetes on semaglutide 1.0 mg weekly SC since August; last A1c 6.1%
        (down from 6.3%). Home scale weight 224 lb today, down from 241 lb at the start; height 5'5", BMI
        37.3. Tolerating it well except mild nausea the day after the injection, which passes; no vomiting,
        no abdominal pain, no constipation. Eating smaller portions, walking 30 min 4 days a week. Her
        hypertension is followed by cardiology and was not discussed.

        Assessment/Plan:
        1. Class 2 obesity, BMI 37.3 - good response (7% loss). Increase semaglutide to 1.7 mg weekly.
        Protein goal 80 g/day, add 2 days of resistance training.
        2. Prediabetes - improving; A1c due in February, lab order placed.
        Follow-up video visit in 2 months.

        Total time on the date of service: 26 minutes.
        """,
        codes=[
            c("E66.812", "Class 2 obesity", why="R22: obesity class 2"),
            c("Z68.37", "BMI 37.3 - good response",
              why="R22: BMI 37.0-37.9 with the provider's obesity diagnosis (Decisions)"),
            c("R73.03", "Prediabetes - improving", why="R20: condition addressed"),
            c("99213", "Total time on the date of service: 26 minutes",
              why="R14: established patient, 26 minutes (20-29); video visit reported with the office code"),
        ],
        skips=[
            skip("semaglutide 1.0 mg weekly SC", "R10",
                 "Z79.85 is for an antidiabetic drug with a coded diabetes; here it treats obesity/prediabetes"),
            skip("mild nausea the day after the injection", "R20", "expected, minor, not treated"),
            skip("no vomiting,\n        no abdominal pain, no constipation", "R01", "negated"),
            skip("hypertension is followed by cardiology and was not discussed", "R20", "not addressed"),
        ],
    ),
    NoteSpec(
        id="dev-r6-17", dos="2026-06-02",
        specialty="emergency medicine", setting="outpatient", age=55, sex="M", payer="bcbs", pos="23",
        text="""
        EMERGENCY DEPARTMENT PHYSICIAN NOTE

        CHIEF COMPLAINT: Chest pain.

        HPI: 55-year-old man with hypertension and hyperlipidemia presents with intermittent left-sided chest
        pain for 2 days, sharp, 3-4/10, lasting seconds to minutes, sometimes worse with deep breaths and when
        he lifts his arm, not with exertion. He moved furniture over the weekend. No diaphoresis, nausea,
        radiation or syncope. No leg swelling, recent travel or surgery. Never smoker. Takes lisinopril and
        atorvastatin.

        ROS: otherwise negative.

        PHYSICAL EXAM: BP 158/92, HR 74, RR 16, SpO2 99%, afebrile. Reproducible tenderness over the left
        4th-5th costochondral junctions. Lungs clear. Heart regular, no murmur, rub or gallop. Legs without
        edema or calf tenderness.

        ED COURSE / MDM: ECG interpreted by me: normal sinus rhythm at 72, normal axis, no ST elevation or
        depression, no T-wave inversions; unchanged from 2022. High-sensitivity troponin I <3 ng/L at arrival
        and at 3 hours. CBC and BMP unremarkable. Chest x-ray independently reviewed by me: no infiltrate, no
        pneumothorax. Wells low; PE not suspected, D-dimer not sent. HEART score 3. Differential included
        ACS, PE, pericarditis and musculoskeletal pain; ACS excluded by serial troponins and ECG. Observation
        admission for stress testing was considered; given the low risk, shared decision to discharge with an
        outpatient stress test arranged within 72 hours.

        IMPRESSION:
        1. Chest wall pain, left, likely costochondritis.
        2. Hypertension, above goal today - continue lisinopril; PCP recheck in 1-2 weeks.

        DISPOSITION: Home. Ibuprofen OTC with food, heat. Return for worsening or exertional pain, shortness
        of breath or fainting.
        """,
        codes=[
            c("R07.89", "Chest wall pain, left", why="R03: chest wall pain coded, the likely cause is not"),
            c("I10", "Hypertension, above goal today", why="R20: chronic condition addressed"),
            c("99285", "ED COURSE / MDM",
              why="R15: ED, MDM high - extensive data (troponins, CBC, BMP, chest x-ray plus independent "
                  "interpretation of the x-ray) and high risk (decision regarding observation admission)"),
            c("93010", "ECG interpreted by me", why="R18: ECG interpretation and report by the ED physician"),
        ],
        skips=[
            skip("hyperlipidemia", "R20", "history/medication only, not addressed"),
            skip("No diaphoresis, nausea,\n        radiation or syncope", "R01", "negated"),
            skip("No leg swelling, recent travel or surgery", "R01", "negated"),
            skip("no murmur, rub or gallop", "R02", "normal exam finding"),
            skip("no infiltrate, no\n        pneumothorax", "R01", "negated"),
            skip("PE not suspected", "R01", "ruled out clinically"),
            skip("ACS excluded by serial troponins and ECG", "R01", "ruled out"),
            skip("likely costochondritis", "R03", "uncertain, ED is outpatient"),
            skip("Return for worsening or exertional pain", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r6-18", dos="2026-06-15",
        specialty="emergency medicine", setting="outpatient", age=83, sex="F", payer="medicare", pos="23",
        text="""
        ED Provider Note
        CC: Fall, L hip pain
        HPI: 83 y/o F tripped on a rug at home this AM and fell onto her L side. Unable to bear weight since.
        Denies head strike, LOC, preceding dizziness, CP or palpitations. On apixaban for paroxysmal AF (last
        dose 8 PM last night). Lives alone, independent, uses a cane outdoors.
        PMH: pAF, HTN, hypothyroidism, cataracts
        Exam: HR 88 irreg, BP 142/80. L leg shortened and externally rotated, TTP greater trochanter, pain with
        log roll. Distal pulses and sensation intact. No scalp hematoma or c-spine tenderness. No other
        injuries on secondary survey.
        Data: XR L hip/pelvis (my read, confirmed by radiology): displaced intertrochanteric fracture L femur.
        CXR no acute process. ECG: AF rate 84, no ischemia (interpreted by me). Hgb 11.9, Cr 1.0, INR 1.1,
        type and screen sent.
        MDM: Acute hip fracture needing operative fixation in an anticoagulated elderly pt. IV fentanyl for
        pain. Discussed with ortho on call: IM nail after apixaban washout. Discussed with hospitalist,
        accepted for admission.
        Dx:
        1. Closed displaced intertrochanteric fx L femur, initial encounter
        2. Paroxysmal AF on long-term anticoagulation - apixaban held pre-op, rate controlled
        Dispo: Admit to hospitalist, ortho consulting.
        """,
        codes=[
            c("S72.142A", "Closed displaced intertrochanteric fx L femur, initial encounter",
              why="R12: initial encounter for closed fracture; R11: left"),
            c("I48.0", "Paroxysmal AF on long-term anticoagulation", why="R20: chronic condition affecting care"),
            c("Z79.01", "long-term anticoagulation", why="R10: long-term anticoagulant (apixaban)"),
            c("99285", "MDM:",
              why="R15: ED, MDM high - acute injury threatening bodily function, decision for hospitalization "
                  "and surgery, discussion with consultants"),
            c("93010", "ECG: AF rate 84, no ischemia (interpreted by me)",
              why="R18: ECG interpretation and report by the ED physician"),
        ],
        skips=[
            skip("Denies head strike, LOC, preceding dizziness, CP or palpitations", "R01", "negated"),
            skip("HTN, hypothyroidism, cataracts", "R20", "not addressed in the ED"),
            skip("No scalp hematoma or c-spine tenderness", "R02", "normal exam finding"),
            skip("No other\n        injuries on secondary survey", "R01", "negated"),
            skip("CXR no acute process", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r6-19", dos="2026-07-01",
        specialty="emergency medicine", setting="outpatient", age=22, sex="F", payer="medicaid", pos="23",
        text="""
        EMERGENCY DEPARTMENT

        History: 22-year-old woman with moderate persistent asthma on budesonide-formoterol 160/4.5 two puffs
        twice daily, presenting with 2 days of wheezing, chest tightness and shortness of breath, using
        albuterol every 2-3 hours without much relief. No clear trigger. No fever, no productive cough. Never
        intubated; one prior ED visit last year. Vapes nicotine daily, "first thing when I wake up."

        Exam on arrival: RR 26, SpO2 93% RA, HR 112, speaking in phrases, diffuse expiratory wheezes, mild
        intercostal retractions. Peak flow 210 (predicted 440).

        ED course: albuterol/ipratropium nebulizers x3 back to back and dexamethasone 16 mg PO by nursing.
        Reassessed at 1 h and 3 h: RR 18, SpO2 97%, scattered wheezes only, peak flow 360, speaking full
        sentences. Chest x-ray: hyperinflation, no pneumonia or pneumothorax. Ambulated without desaturation.

        Impression:
        1. Moderate persistent asthma with acute exacerbation.
        2. Nicotine dependence, e-cigarettes - cessation counseled, quitline information given.

        Plan: discharge home. Dexamethasone 16 mg PO tomorrow (prescription sent). Continue
        budesonide-formoterol twice daily and as needed. PCP follow-up in 3-5 days. Return for worsening
        breathlessness.
        """,
        codes=[
            c("J45.41", "Moderate persistent asthma with acute exacerbation",
              why="R22: moderate persistent asthma with exacerbation"),
            c("F17.290", "Nicotine dependence, e-cigarettes",
              why="R22: nicotine dependence, other tobacco product (electronic cigarettes)"),
            c("99284", "Impression",
              why="R15: ED, MDM moderate - chronic illness with exacerbation, prescription drug management"),
        ],
        skips=[
            skip("No fever, no productive cough", "R01", "negated"),
            skip("wheezing, chest tightness and shortness of breath", "R23", "integral to asthma exacerbation"),
            skip("albuterol/ipratropium nebulizers x3", "R18",
                 "given by ED nursing: facility service, not on the physician's claim"),
            skip("no pneumonia or pneumothorax", "R01", "negated"),
            skip("Return for worsening\n        breathlessness", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r6-20", dos="2026-07-22",
        specialty="emergency medicine", setting="outpatient", age=38, sex="M", payer="cigna", pos="23",
        text="""
        ED NOTE
        38M w/ sudden R flank pain radiating to the groin since 0300, 9/10, with vomiting x2. No fever/chills.
        No prior stones. No meds.
        Exam: writhing, afebrile, R CVA tenderness, abd soft, nontender.
        UA: large blood, no leuk esterase or nitrite, 0-2 WBC. CBC nl, Cr 1.1.
        CT A/P w/o contrast: 5 mm obstructing stone at the R UVJ with mild R hydronephrosis. No other stones.
        Tx: IV ketorolac 15 mg, ondansetron 4 mg IV, 1 L NS. Pain 2/10 on reassessment, tolerating PO.
        Imp: R ureterovesical junction stone, 5 mm, with mild hydronephrosis. No UTI.
        Plan: tamsulosin 0.4 mg daily, ondansetron ODT prn, oxycodone 5 mg #6 for breakthrough pain (PDMP
        checked), scheduled ibuprofen; strain urine. Urology f/u 1 wk. Return if fever or uncontrolled pain or
        vomiting.
        """,
        codes=[
            c("N13.2", "R ureterovesical junction stone, 5 mm, with mild hydronephrosis",
              why="R13: hydronephrosis with ureteral calculous obstruction; N20.1 is not added (Excludes1)"),
            c("99284", "Imp:",
              why="R15: ED, MDM moderate - acute illness with systemic symptoms, UA/CBC/creatinine/CT (moderate "
                  "data), prescription drug management (opioid, tamsulosin)"),
        ],
        skips=[
            skip("No fever/chills", "R01", "negated"),
            skip("vomiting x2", "R23", "integral to renal colic"),
            skip("no leuk esterase or nitrite", "R01", "negated"),
            skip("No other stones", "R01", "negated"),
            skip("No UTI", "R01", "ruled out"),
            skip("IV ketorolac 15 mg", "R18", "ED drug administration is a facility service"),
            skip("Return if fever or uncontrolled pain", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r6-21", dos="2026-08-06",
        specialty="hospital medicine", setting="inpatient", age=71, sex="F", payer="medicare", pos="21",
        text="""
        HOSPITAL MEDICINE DISCHARGE SUMMARY

        Admitted: 08/01/2026   Discharged: 08/06/2026

        Discharge diagnoses
        Principal: Sepsis due to Escherichia coli, source left acute pyelonephritis
        Secondary:
         - Severe sepsis with sepsis-associated acute kidney injury, no septic shock
         - Type 2 diabetes mellitus on metformin
         - Hypertension
         - Hypothyroidism

        HPI (brief): 71-year-old woman brought in by her son with 2 days of fever to 103, left flank pain and
        rigors. In the ED: T 39.4, HR 118, BP 96/58 responding to 30 mL/kg crystalloid, lactate 3.1, WBC 19.8,
        creatinine 2.3 (baseline 0.8). UA with pyuria and bacteriuria. CT: left pyelonephritis without abscess
        or obstruction.

        Hospital course:
        1. Sepsis / pyelonephritis: blood and urine cultures grew pan-sensitive E. coli. Ceftriaxone, then
        oral ciprofloxacin. Defervesced by day 3. Never required vasopressors.
        2. AKI due to sepsis: creatinine peaked at 2.6, back to 0.9 at discharge with IV fluids. Metformin and
        losartan held.
        3. Hypertension: losartan held for AKI and soft pressures, resumed at discharge.
        4. T2DM: A1c 7.0. Sliding-scale insulin while inpatient; metformin resumed at discharge.
        5. Hypothyroidism: levothyroxine continued.

        Discharge meds: ciprofloxacin 500 mg BID to complete 10 days in total; metformin 500 mg BID; losartan
        50 mg daily; levothyroxine 75 mcg daily.
        Follow-up: PCP in 1 week with BMP.
        """,
        codes=[
            c("A41.51", "Sepsis due to Escherichia coli", why="R21: principal diagnosis, sepsis due to E. coli"),
            c("R65.20", "Severe sepsis with sepsis-associated acute kidney injury",
              why="R22: severe sepsis (organ dysfunction) without septic shock"),
            c("N10", "left acute pyelonephritis", why="R22: localized infection, acute pyelonephritis"),
            c("N17.9", "acute kidney injury", "AKI due to sepsis", why="R22: acute kidney injury, organ dysfunction"),
            c("E11.9", "Type 2 diabetes mellitus on metformin", why="R20: chronic condition managed"),
            c("I10", "3. Hypertension", why="R20: chronic condition managed (losartan held and resumed)"),
            c("E03.9", "5. Hypothyroidism", why="R20: chronic condition, treatment continued"),
            c("Z79.84", "metformin 500 mg BID", why="R10: long-term oral hypoglycemic"),
        ],
        skips=[
            skip("no septic shock", "R01", "negated"),
            skip("without abscess\n        or obstruction", "R01", "negated"),
            skip("Never required vasopressors", "R01", "negated"),
            skip("fever to 103, left flank pain and\n        rigors", "R23", "integral to sepsis/pyelonephritis"),
            skip("Sliding-scale insulin while inpatient", "R10", "temporary inpatient insulin is not long-term use"),
        ],
    ),
    NoteSpec(
        id="dev-r6-22", dos="2026-01-29",
        specialty="hospital medicine", setting="inpatient", age=68, sex="M", payer="medicare", pos="21",
        text="""
        DISCHARGE SUMMARY

        Date of admission: January 24, 2026. Date of discharge: January 29, 2026.

        Principal diagnosis: Acute on chronic hypoxic respiratory failure due to COPD exacerbation.
        Secondary diagnoses: Probable right lower lobe community-acquired pneumonia. Hypertension.

        This 68-year-old man with severe COPD (FEV1 38% predicted) on 2 liters of home oxygen at night and with
        exertion presented with four days of worsening dyspnea, increased sputum purulence and wheezing. He
        quit smoking in 2019 after a 50 pack-year history. In the emergency department his saturation was 82%
        on his home 2 liters and he required 4 liters by nasal cannula and then BiPAP overnight. Chest x-ray
        showed a subtle right basilar opacity, read as atelectasis versus early pneumonia.

        He was treated with nebulized bronchodilators, IV methylprednisolone transitioned to oral prednisone,
        and ceftriaxone plus azithromycin. Sputum culture grew normal flora. A CT angiogram on day 1 showed no
        pulmonary embolism. He came off BiPAP on day 2, and by day 5 he was back to his baseline 2 liters with
        saturations of 90-92% at rest. At discharge the right basilar opacity was felt most likely to
        represent early pneumonia, and he will finish a 5-day antibiotic course with cefpodoxime. His
        hypertension was controlled on amlodipine throughout.

        Physical therapy saw him on day 4; he walked 200 feet with a rolling walker on 3 liters and was judged
        safe for discharge home with home physical therapy. His inhaler technique was reviewed by respiratory
        therapy and he demonstrated correct use of the soft-mist inhaler. We talked with him and his wife
        about the seriousness of his lung disease; he wishes to remain full code and would accept BiPAP and,
        if needed, a short trial of intubation. His wife will help with his medications. He was seen by the
        pulmonary rehabilitation coordinator before discharge and is enrolled to start in three weeks.

        Discharge plan: prednisone to complete 5 days, cefpodoxime 200 mg twice daily for 2 more days,
        tiotropium-olodaterol daily, albuterol as needed, home oxygen 2 liters. Pulmonary rehabilitation
        referral. Pulmonology follow-up in 2 weeks.
        """,
        codes=[
            c("J96.21", "Acute on chronic hypoxic respiratory failure",
              why="R21: principal diagnosis, acute on chronic respiratory failure with hypoxia"),
            c("J44.1", "COPD exacerbation", why="R22: COPD with acute exacerbation"),
            c("J44.0", "Probable right lower lobe community-acquired pneumonia",
              why="R04: COPD with acute lower respiratory infection (probable pneumonia coded at discharge)"),
            c("J18.9", "Probable right lower lobe community-acquired pneumonia",
              "most likely to\n        represent early pneumonia",
              why="R04: uncertain diagnosis at inpatient discharge coded as established"),
            c("I10", "Hypertension", why="R20: chronic condition treated"),
            c("Z99.81", "2 liters of home oxygen", why="R20: dependence on supplemental oxygen"),
            c("Z87.891", "quit smoking in 2019", why="R06: former smoker"),
        ],
        skips=[
            skip("worsening dyspnea, increased sputum purulence and wheezing", "R23",
                 "integral to COPD exacerbation"),
            skip("Sputum culture grew normal flora", "R01", "no pathogen"),
            skip("no\n        pulmonary embolism", "R01", "ruled out"),
        ],
    ),
    NoteSpec(
        id="dev-r6-23", dos="2026-03-03",
        specialty="internal medicine", setting="inpatient", age=64, sex="F", payer="bcbs", pos="21",
        text="""
        DISCHARGE SUMMARY - INTERNAL MEDICINE
        Admit 02/27/2026   Discharge 03/03/2026

        Dx on discharge:
        1. Upper GI bleed from bleeding duodenal bulb ulcer, NSAID-related (ibuprofen taken as prescribed)
        2. Acute blood loss anemia, transfused 2 units PRBC
        3. Primary osteoarthritis, both knees
        4. Hypertension

        Presentation: 64F with 1 day of black tarry stools x4 and lightheadedness on standing. Takes ibuprofen
        800 mg TID, prescribed by her orthopedist for bilateral knee OA, for the past 2 months as directed. Hgb
        7.2 (baseline 12.8 last year), BUN 48. Orthostatic.

        Course:
        - IV PPI infusion; transfused 2 u PRBC -> Hgb 9.4, stable x 48 h.
        - EGD 2/28: 12 mm ulcer in the duodenal bulb with a visible vessel, treated with epinephrine injection
          and 2 hemoclips. Gastric biopsies negative for H. pylori and for malignancy.
        - Ibuprofen stopped permanently; knee pain managed with acetaminophen 1 g TID, ortho to consider
          injections.
        - HTN: lisinopril held on admission for orthostasis, restarted day 3.
        - No further bleeding; Hgb 9.6 at discharge.

        D/c meds: pantoprazole 40 mg BID x 8 wk then daily, acetaminophen, lisinopril, ferrous sulfate 325 mg
        daily.
        F/u: GI 8 weeks; PCP 1 week with CBC.
        """,
        codes=[
            c("K26.4", "bleeding duodenal bulb ulcer",
              why="R22: duodenal ulcer with hemorrhage, acuity not stated (chronic or unspecified); principal"),
            c("D62", "Acute blood loss anemia", why="R22: acute posthemorrhagic anemia, transfused"),
            c("T39.315A", "NSAID-related (ibuprofen taken as prescribed)",
              why="R12: adverse effect of a propionic acid derivative taken as prescribed, initial encounter; "
                  "sequenced after the ulcer it caused (R21)"),
            c("M17.0", "Primary osteoarthritis, both knees", why="R11: bilateral primary knee osteoarthritis"),
            c("I10", "4. Hypertension", why="R20: chronic condition managed (lisinopril held/restarted)"),
        ],
        skips=[
            skip("black tarry stools", "R23", "integral to the bleeding ulcer"),
            skip("lightheadedness on standing", "R23", "integral to acute blood loss"),
            skip("negative for H. pylori and for malignancy", "R01", "negated"),
            skip("ortho to consider\n          injections", "R07", "planned/considered"),
        ],
    ),
    NoteSpec(
        id="dev-r6-24", dos="2026-09-10",
        specialty="neurology", setting="inpatient", age=70, sex="M", payer="medicare", pos="21",
        text="""
        STROKE SERVICE - DISCHARGE SUMMARY
        Admission 09/05/2026; discharge 09/10/2026 to inpatient rehabilitation.

        Final diagnoses:
        1. Acute ischemic stroke, left MCA territory, due to occlusion of a left MCA M2 branch, presumed
           cardioembolic
        2. Paroxysmal atrial fibrillation, new diagnosis
        3. Right hemiparesis (right dominant side) and expressive aphasia from #1
        4. Hypertension
        5. Hyperlipidemia

        History: 70-year-old right-handed man found by his wife at 07:10 with right-sided weakness and
        difficulty getting words out; last known well 23:00 the night before, outside the thrombolysis window.
        NIHSS on arrival 6 (right face and arm weakness, expressive aphasia). CTA: occlusion of a left M2
        branch; judged not a thrombectomy candidate by neurointervention. MRI: acute infarct in the left
        frontal operculum and insula.

        Course: Telemetry showed paroxysms of atrial fibrillation, a new diagnosis, rate controlled with
        metoprolol. Apixaban started on day 4 after repeat imaging showed no hemorrhagic transformation.
        Atorvastatin increased from 20 to 80 mg (LDL 131). Permissive hypertension for 48 hours, then
        amlodipine resumed. Swallow evaluation passed on day 2; regular diet. TTE: EF 55%, no thrombus, no
        PFO. Arm strength improved to 4/5; persistent mild expressive aphasia and right hand clumsiness at
        discharge.

        Therapy: PT - ambulating 150 feet with a quad cane and contact guard; OT - right hand fine motor
        deficits, needs help with buttons; speech therapy - word-finding pauses with intact comprehension,
        repetition mildly impaired. All three recommend acute inpatient rehabilitation, and he and his wife
        agree. Before the stroke he was independent, a retired machinist living with his wife. Never smoker,
        no alcohol.

        Secondary prevention: blood pressure goal below 130/80 once in rehab, LDL goal below 70, lipid panel in
        6 weeks. Anticoagulation education given, including bleeding precautions. He is not to drive until
        cleared by neurology. Stroke warning signs reviewed with the patient and his wife.

        Discharge medications: apixaban 5 mg BID, atorvastatin 80 mg daily, amlodipine 10 mg daily, metoprolol
        tartrate 25 mg BID.
        """,
        codes=[
            c("I63.412", "Acute ischemic stroke, left MCA territory", "presumed\n           cardioembolic",
              why="R04: presumed cardioembolic cause at discharge coded as established - embolism of the left "
                  "MCA; principal (R21)"),
            c("I48.0", "Paroxysmal atrial fibrillation, new diagnosis", why="R22: paroxysmal AF"),
            c("G81.91", "Right hemiparesis (right dominant side)",
              why="R22: hemiparesis affecting the right dominant side (right-handed)"),
            c("R47.01", "expressive aphasia from #1", why="R22: aphasia, a stroke deficit coded in the acute stay"),
            c("R29.706", "NIHSS on arrival 6", why="R22: initial NIHSS score 6"),
            c("I10", "4. Hypertension", why="R20: chronic condition treated"),
            c("E78.5", "5. Hyperlipidemia", why="R20: chronic condition treated (statin increased)"),
            c("Z79.01", "apixaban 5 mg BID", why="R10: long-term anticoagulant started"),
        ],
        skips=[
            skip("no hemorrhagic transformation", "R01", "negated"),
            skip("no thrombus, no\n        PFO", "R01", "negated"),
            skip("Swallow evaluation passed", "R01", "no dysphagia"),
        ],
    ),
]
