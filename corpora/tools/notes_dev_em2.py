"""Dev notes dev-em2-01..94 (session 2, E/M generalisation): gold written before the engine was run on them.

Office E/M by time and by MDM in phrasing unlike the earlier dev notes: brand-name drugs with doses, plan
verbs (titrate, bump, hold), an office follow-up after an ED visit, a decision for surgery, a hospitalisation
decision, a preventive visit with a prescription started for a new problem (modifier 25), a new patient by
time with prolonged service, procedures beside a separately managed problem, and low levels that must not be
over-levelled (an undiagnosed lump with imaging only, a wart with an OTC remedy).
Gold corrected in session 4 by the Decisions on long-term drugs: dev-em2-10 loses Z79.631 (methotrexate started
at the visit), dev-em2-49 gains Z79.899 (long-term lithium monitored by its level).
"""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-em2-01", dos="2026-01-13",
        specialty="internal medicine", setting="outpatient", age=61, sex="M", payer="aetna",
        text="""
        INTERNAL MEDICINE FOLLOW-UP

        Reason for visit: diabetes and blood pressure recheck.

        Mr. Okafor returns after 3 months. Home sugars are running 180-220 fasting; he admits he stopped his
        evening walks when it got cold. Home BP log averages 148/92. No chest pain, no dyspnea, no foot ulcers.

        Current meds: Glucophage 1000 mg twice daily, Zestril 20 mg daily.

        Exam: BP 150/94, HR 76. BMI 31. Monofilament intact both feet. Lungs clear.

        Data: A1c 8.4% (drawn last week, up from 7.6%). BMP: creatinine 1.0, K 4.3. Urine microalbumin normal.

        Impression / plan:
        # Type 2 DM with hyperglycemia, above goal - add Jardiance 10 mg every morning; keep Glucophage.
          Repeat A1c in 3 months.
        # Essential hypertension, not at target - bump Zestril to 40 mg daily; recheck BMP in 2 weeks.
        Follow up in 3 months.
        """,
        codes=[
            c("E11.65", "Type 2 DM with hyperglycemia, above goal",
              why="R09: type 2 diabetes with hyperglycemia documented (A1c above goal)"),
            c("I10", "Essential hypertension, not at target", why="R20: chronic condition managed"),
            c("Z79.84", "Glucophage 1000 mg twice daily", why="R10: long-term oral hypoglycemic"),
            c("99214", "Impression / plan",
              why="R15: MDM moderate - two chronic illnesses not at goal, prescription drug management"),
        ],
        skips=[
            skip("no foot ulcers", "R01", "negated"),
            skip("No chest pain", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-em2-02", dos="2026-02-04",
        specialty="cardiology", setting="outpatient", age=44, sex="F", payer="uhc", new_patient=True, minutes=50,
        text="""
        CARDIOLOGY - NEW PATIENT CONSULTATION

        Referred by her PCP for palpitations.

        44-year-old woman with 2 months of intermittent "fluttering" in the chest lasting seconds to minutes,
        mostly at night, 3-4 times a week. No syncope, no chest pain. Drinks 4 cups of coffee a day. No thyroid
        history. Mother had atrial fibrillation in her 70s.

        Exam: HR 82 regular, BP 126/78. No murmur. No thyromegaly.

        12-lead ECG performed in clinic today, my interpretation: sinus rhythm 80, normal intervals, no
        pre-excitation, no ST changes.

        Assessment: Palpitations, etiology not yet clear - benign ectopy versus paroxysmal SVT.
        Plan: 14-day ambulatory monitor, TSH and CBC, cut caffeine in half. Return after monitor.

        I spent 50 minutes on the date of the encounter reviewing the referral notes, examining the patient,
        interpreting the ECG and counseling.
        """,
        codes=[
            c("R00.2", "Palpitations, etiology not yet clear",
              why="R03: uncertain diagnoses (SVT versus ectopy) not coded; the symptom is"),
            c("99204", "I spent 50 minutes on the date of the encounter",
              why="R14: new patient, 50 minutes total time (45-59); R16 new"),
            c("93000", "12-lead ECG performed in clinic today",
              why="R18: ECG performed and interpreted in the office"),
        ],
        skips=[
            skip("paroxysmal SVT", "R03", "uncertain outpatient diagnosis"),
            skip("No syncope", "R01", "negated"),
            skip("Mother had atrial fibrillation", "R05", "family history not affecting testing"),
        ],
    ),
    NoteSpec(
        id="dev-em2-03", dos="2026-03-17",
        specialty="family medicine", setting="outpatient", age=29, sex="F", payer="cigna", minutes=12,
        text="""
        Quick visit - hand rash

        29F, works as a hairdresser, itchy red patches on the backs of both hands for 10 days, worse after
        shampooing clients. No blisters, no fever, no rash elsewhere.

        Exam: scaly erythematous plaques dorsal hands, no vesicles, no signs of infection.

        A: Contact dermatitis of both hands, cause not identified.
        P: Nitrile gloves at work, fragrance-free emollient, OTC hydrocortisone 1% cream twice daily for a
        week. Return if not improving in 2 weeks.

        Total time spent today: 12 minutes.
        """,
        codes=[
            c("L25.9", "Contact dermatitis of both hands, cause not identified",
              why="R22: contact dermatitis, cause not documented"),
            c("99212", "Total time spent today: 12 minutes", why="R14: established, 12 minutes (10-19)"),
        ],
        skips=[
            skip("No blisters, no fever", "R01", "negated"),
            skip("no signs of infection", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-em2-04", dos="2026-04-08",
        specialty="family medicine", setting="outpatient", age=47, sex="M", payer="bcbs",
        text="""
        Clinic follow-up after emergency room visit

        Mr. Dubois was seen in the emergency room on Saturday for right flank pain. I reviewed the ED record
        and the CT report: 4 mm stone in the right distal ureter, no hydronephrosis. He was sent home with
        ketorolac. Pain is now 3/10, intermittent. No fever, tolerating fluids.

        Exam: afebrile, mild right CVA tenderness.

        Assessment: Right distal ureteral stone, passing.
        Plan: Start Flomax 0.4 mg nightly for 2 weeks to help passage. Strain urine. Urinalysis and basic
        metabolic panel today (sent to the lab). If not passed in 2 weeks, urology referral.
        """,
        codes=[
            c("N20.1", "Right distal ureteral stone", why="R22: calculus of ureter"),
            c("99214", "Assessment",
              why="R15: MDM moderate - data moderate (ED record, CT report, urinalysis, BMP) and "
                  "prescription drug management; office visit after an ED visit is not an ED visit"),
        ],
        skips=[
            skip("no hydronephrosis", "R01", "negated"),
            skip("No fever", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-em2-05", dos="2026-05-12",
        specialty="family medicine", setting="outpatient", age=52, sex="F", payer="uhc",
        text="""
        ANNUAL PREVENTIVE EXAM

        52-year-old established patient for her yearly physical. Feels well. Mammogram and colonoscopy up to
        date. Non-smoker. Exercises twice a week.

        Vitals: BP 152/96 (repeat 148/94); at her last two visits 146/92 and 150/95. BMI 26.

        Exam: normal general exam, including breasts, heart, lungs, abdomen and skin.

        Assessment and plan:
        1. Routine adult health exam - age-appropriate counseling; lipid panel and A1c drawn. Tdap is current.
        2. Essential hypertension, newly diagnosed (three elevated readings) - start lisinopril 10 mg daily,
           home BP log, BMP in 2 weeks, recheck visit in 4 weeks.
        """,
        codes=[
            c("Z00.01", "Routine adult health exam",
              why="R17: preventive exam first; abnormal finding (hypertension) -> with abnormal findings"),
            c("I10", "Essential hypertension, newly diagnosed", why="R20: new chronic condition treated"),
            c("99396", "ANNUAL PREVENTIVE EXAM", why="R17: established preventive visit, age 40-64"),
            c("99214", "Essential hypertension, newly diagnosed", mods=["25"],
              why="R17: significant problem (new hypertension, prescription started) with its own E/M: "
                  "MDM moderate (chronic illness not at goal, prescription drug management), modifier 25"),
        ],
    ),
    NoteSpec(
        id="dev-em2-06", dos="2026-06-02",
        specialty="pediatrics", setting="outpatient", age=7, sex="M", payer="medicaid", new_patient=True,
        text="""
        WELL CHILD VISIT - 7 YEARS (new to our practice)

        Family moved from Ohio; records requested. Here with mom. Second grade, reading at grade level. Plays
        soccer. Eats a varied diet, drinks milk and water. Sleeps 10 hours. No snoring. Dental visit 4 months
        ago. Immunizations up to date per the state registry printout mom brought.

        Exam: height and weight at the 60th percentile, BMI 50th percentile. Vision 20/20 both eyes. Normal
        ears, throat, heart, lungs, abdomen, genitals (Tanner 1), spine and skin.

        Assessment: Routine child health exam, healthy 7-year-old, no abnormal findings.
        Plan: anticipatory guidance (booster seat until 4'9", helmet, screen time), next well visit at 8.
        """,
        codes=[
            c("Z00.129", "Routine child health exam, healthy 7-year-old, no abnormal findings",
              why="R17: routine child health exam without abnormal findings"),
            c("99383", "WELL CHILD VISIT - 7 YEARS", why="R17: new patient preventive visit, age 5-11; R16 new"),
        ],
        skips=[skip("No snoring", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-07", dos="2026-02-19",
        specialty="orthopedics", setting="outpatient", age=66, sex="M", payer="medicare",
        text="""
        ORTHO CLINIC

        Known left knee osteoarthritis, last injection 4 months ago with good relief, pain back to 6/10.
        Also new today: right big toe became hot, red and exquisitely painful 2 days ago after a steak dinner;
        he had a similar episode 3 years ago diagnosed as gout. Not on allopurinol.

        Exam: L knee small effusion, crepitus. R 1st MTP red, warm, swollen, very tender.

        Procedure: left knee intra-articular injection. After consent and sterile prep, 40 mg triamcinolone
        acetonide with 3 mL 1% lidocaine injected into the left knee joint, lateral approach, no ultrasound.
        Tolerated well.

        Assessment:
        1. Primary osteoarthritis, left knee - injected today.
        2. Acute gout flare, right first MTP - separate problem. Start colchicine 0.6 mg twice daily until
           the flare settles, then stop; uric acid level in 4 weeks, discuss allopurinol at follow-up.
        """,
        codes=[
            c("M17.12", "Primary osteoarthritis, left knee", why="R11: laterality documented"),
            c("M10.071", "Acute gout flare, right first MTP",
              why="R11/R22: idiopathic gout, right foot (first MTP)"),
            c("99214", "separate problem", mods=["25"],
              why="R18: separately identifiable problem beside the injection: gout flare (chronic illness with "
                  "exacerbation) with prescription drug management -> moderate, modifier 25"),
            c("20610", "left knee intra-articular injection", mods=["LT"],
              why="R18: major joint injection performed, left"),
            c("J3301", "40 mg triamcinolone\n        acetonide", units=4,
              why="R24: triamcinolone 40 mg = 4 units of 10 mg"),
        ],
    ),
    NoteSpec(
        id="dev-em2-08", dos="2026-01-27",
        specialty="cardiology", setting="outpatient", age=74, sex="F", payer="medicare",
        text="""
        HEART FAILURE CLINIC - urgent add-on

        74F with HFrEF (EF 30% on echo 9/2025) on Entresto, Toprol XL and Lasix. Gained 4 kg in 10 days, now
        short of breath walking across the room and sleeping in a recliner. Ran out of her potassium last
        week.

        Exam: BP 104/66, HR 98, SpO2 93% RA. JVP to the angle of the jaw, bibasilar crackles, 3+ leg edema.
        Labs drawn in clinic and run stat at the hospital lab: Na 131, K 3.4, creatinine 1.6 (baseline 1.1).

        A/P: Acute on chronic systolic heart failure, decompensated.
        Direct admission for IV diuresis was recommended; after discussion she declines admission. We agreed on
        Lasix increased to 80 mg twice daily for 3 days, potassium chloride 20 mEq daily restarted, daily
        weights, BMP in 48 hours, and a nurse call tomorrow. She will go to the ED for any worsening.
        """,
        codes=[
            c("I50.23", "Acute on chronic systolic heart failure, decompensated",
              why="R22: acuity and type documented"),
            c("99215", "A/P",
              why="R15: MDM high - chronic illness with severe exacerbation and a decision regarding "
                  "hospitalization (admission declined)"),
        ],
        skips=[skip("She will go to the ED for any worsening", "R07", "conditional instruction")],
    ),
    NoteSpec(
        id="dev-em2-09", dos="2026-03-05",
        specialty="psychiatry", setting="outpatient", age=68, sex="F", payer="medicare", minutes=44,
        text="""
        Psychiatry medication management

        68-year-old with recurrent major depression, current episode moderate. Since the last visit mood
        lower, PHQ-9 not repeated today; sleeping 5 hours, lost interest in her garden, no suicidal ideation,
        no plan. Tolerating sertraline 100 mg without GI upset.

        MSE: dressed appropriately, psychomotor slowing, mood "flat", affect constricted, thought process
        linear, no SI/HI, insight fair.

        Assessment: Major depressive disorder, recurrent, moderate - partial response.
        Plan: titrate sertraline to 150 mg daily; add mirtazapine 7.5 mg at bedtime for sleep and appetite.
        Referred for weekly psychotherapy. Safety plan reviewed.

        Time: 44 minutes total on the date of service, including chart review, visit and documentation.
        """,
        codes=[
            c("F33.1", "Major depressive disorder, recurrent, moderate", why="R22: episode and severity"),
            c("99215", "Time: 44 minutes total on the date of service", why="R14: established, 44 minutes (40+); "
              "under the Medicare prolonged-service threshold"),
        ],
        skips=[skip("no suicidal ideation", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-10", dos="2026-04-21",
        specialty="rheumatology", setting="outpatient", age=39, sex="F", payer="bcbs", new_patient=True,
        minutes=78,
        text="""
        RHEUMATOLOGY NEW PATIENT EVALUATION

        39F referred for 4 months of symmetric hand and wrist pain and swelling with 2 hours of morning
        stiffness. Outside labs reviewed: RF positive 88, anti-CCP > 250, ESR 46, CRP 2.1. Hand x-rays from
        the referring office reviewed: periarticular osteopenia, no erosions.

        Exam: synovitis of MCPs 2-3 and PIPs bilaterally and both wrists; 12 tender, 9 swollen joints.

        No dry eyes, no rash, no dyspnea; lungs clear.

        Assessment: Rheumatoid arthritis with positive rheumatoid factor of multiple sites (hands and wrists),
        high disease activity, no extra-articular disease.
        Plan: start methotrexate 15 mg weekly with folic acid 1 mg daily; prednisone 10 mg daily as a bridge,
        taper over 8 weeks. Baseline hepatitis B/C serologies, CBC, CMP and chest x-ray before methotrexate;
        CBC and liver tests every 4 weeks for toxicity monitoring. Contraception counseling given.

        Total time on the date of the encounter: 78 minutes (records review, history, exam, counseling and
        care coordination).
        """,
        codes=[
            c("M05.79", "Rheumatoid arthritis with positive rheumatoid factor of multiple sites",
              why="R22: RF-positive RA of multiple sites without organ or systems involvement"),
            c("99205", "Total time on the date of the encounter: 78 minutes",
              why="R14: new patient, 78 minutes (60+); R16 new"),
            c("99417", "Total time on the date of the encounter: 78 minutes", units=1,
              why="R14: prolonged service, one full 15 minutes beyond 60 (75-89 minutes) for a commercial payer"),
        ],
        skips=[skip("start methotrexate 15 mg weekly", "R10",
                    "started at this visit: not yet long-term (current) use")],
    ),
    NoteSpec(
        id="dev-em2-11", dos="2026-01-08",
        specialty="family medicine", setting="outpatient", age=23, sex="M", payer="aetna",
        text="""
        Sports injury check

        23M rolled his right ankle playing basketball last night. Able to walk 4 steps in clinic. Urgent care
        x-ray last night read as no fracture.

        Exam: swelling and tenderness over the ATFL, no bony tenderness at the malleoli or base of the 5th
        metatarsal. Neurovascularly intact.

        Impression: Right ankle sprain, ligament not specified.
        Plan: RICE, ankle brace, ibuprofen 400 mg as needed with food for 5 days, home exercises. Back to
        basketball when pain-free hopping.
        """,
        codes=[
            c("S93.401A", "Right ankle sprain, ligament not specified", why="R12: initial encounter, active treatment"),
            c("99213", "Impression",
              why="R15: MDM low - acute uncomplicated injury, over-the-counter drug (outside x-ray report "
                  "is one data point only)"),
        ],
        skips=[skip("no bony tenderness", "R02", "normal exam finding")],
    ),
    NoteSpec(
        id="dev-em2-12", dos="2026-05-26",
        specialty="obstetrics and gynecology", setting="outpatient", age=45, sex="F", payer="cigna",
        text="""
        Gyn problem visit - breast lump

        45F felt a lump in the right breast in the shower a week ago. No nipple discharge, no skin change.
        Last screening mammogram 14 months ago was negative.

        Exam: 1.5 cm firm, mobile mass at the right breast 10 o'clock, 3 cm from the nipple; no axillary nodes.
        Left breast normal.

        Assessment: Palpable lump, right breast - needs imaging to characterize.
        Plan: diagnostic mammogram and targeted ultrasound of the right breast ordered; will call with results
        and arrange biopsy if indicated.
        """,
        codes=[
            c("N63.10", "Palpable lump, right breast",
              why="R22: breast lump, laterality documented, quadrant not named"),
            c("99213", "Assessment",
              why="R15: MDM low - undiagnosed new problem (moderate) but only two tests ordered (limited data) "
                  "and no drug management (minimal risk): two of three elements reach low"),
        ],
        skips=[
            skip("No nipple discharge", "R01", "negated"),
            skip("no axillary nodes", "R02", "normal exam finding"),
        ],
    ),
    NoteSpec(
        id="dev-em2-13", dos="2026-06-16",
        specialty="orthopedics", setting="outpatient", age=34, sex="M", payer="uhc",
        text="""
        ORTHOPEDIC FOLLOW-UP - right knee

        34M twisted his right knee playing soccer 3 weeks ago; locking and giving way since. Here to review the
        MRI.

        MRI right knee (outside imaging center) reviewed with the patient: complex tear of the medial meniscus
        with a displaced flap; ACL and collaterals intact.

        Exam: medial joint line tenderness, positive McMurray, small effusion.

        Assessment: Complex tear of the medial meniscus, right knee, current injury.
        Plan: given mechanical locking we decided on arthroscopic partial medial meniscectomy; surgery booked
        for next month after discussing risks, benefits and alternatives. Crutches as needed until then.
        """,
        codes=[
            c("S83.231A", "Complex tear of the medial meniscus, right knee, current injury",
              why="R12: initial encounter while the injury is actively treated (surgery decided); R11 right"),
            c("99214", "Assessment",
              why="R15: MDM moderate - acute complicated injury and a decision for elective major surgery"),
        ],
        skips=[skip("ACL and collaterals intact", "R02", "normal finding")],
    ),
    NoteSpec(
        id="dev-em2-14", dos="2026-02-24",
        specialty="internal medicine", setting="outpatient", age=57, sex="M", payer="bcbs",
        text="""
        Chronic care visit

        57M with type 2 diabetes and hyperlipidemia, both doing well. Takes metformin 500 mg twice daily and
        simvastatin 20 mg nightly without side effects. Walking daily.

        Point-of-care hemoglobin A1c done in the office today: 6.6%.

        Exam: BP 124/76. Feet: normal pulses and sensation.

        Assessment and plan:
        - Type 2 diabetes mellitus without complications, at goal - continue metformin 500 mg BID.
        - Hyperlipidemia, stable - continue simvastatin 20 mg; fasting lipids before the next visit.
        RTC 6 months.
        """,
        codes=[
            c("E11.9", "Type 2 diabetes mellitus without complications", why="R22: no complications documented"),
            c("E78.5", "Hyperlipidemia, stable", why="R20: chronic condition managed"),
            c("Z79.84", "metformin 500 mg twice daily", why="R10: long-term oral hypoglycemic"),
            c("99214", "Assessment and plan",
              why="R15: MDM moderate - two stable chronic illnesses, prescription drug management"),
            c("83036", "Point-of-care hemoglobin A1c done in the office today",
              why="R19: A1c performed in the office"),
        ],
    ),
    NoteSpec(
        id="dev-em2-15", dos="2026-04-14",
        specialty="family medicine", setting="outpatient", age=16, sex="F", payer="medicaid",
        text="""
        Brief visit - itchy ring on the arm

        16F, wrestler, with an itchy circular patch on the left forearm for 1 week. Otherwise well.

        Exam: 2 cm annular scaly plaque with a raised border and central clearing, left forearm; scalp and
        nails normal.

        A: Tinea corporis, left forearm.
        P: OTC clotrimazole 1% cream twice daily for 2 weeks beyond clearing; cover the patch at practice and
        wash gear. Return if spreading despite treatment.
        """,
        codes=[
            c("B35.4", "Tinea corporis, left forearm", why="R22: tinea corporis"),
            c("99212", "A:",
              why="R15: MDM straightforward - one self-limited problem (AMA example: tinea corporis), no data; "
                  "the OTC drug is low risk but two of three elements are straightforward"),
        ],
        skips=[skip("Return if spreading despite treatment", "R07", "hypothetical")],
    ),
    NoteSpec(
        id="dev-em2-16", dos="2026-03-30",
        specialty="family medicine", setting="outpatient", age=36, sex="M", payer="cigna", new_patient=True,
        text="""
        New patient - establishing care

        36M, new to the practice, with low back pain for 10 days after moving furniture. Pain across the low
        back, no radiation below the knee, no numbness, no bladder or bowel change, no fever. Naproxen from the
        drugstore helps a little.

        Exam: paraspinal tenderness L4-S1, straight-leg raise negative, strength and reflexes normal.

        Assessment: Acute mechanical low back pain, no red flags.
        Plan: continue over-the-counter naproxen 220 mg twice daily with food, heat, walking; physical therapy
        referral. No imaging needed now.
        """,
        codes=[
            c("M54.50", "Acute mechanical low back pain", why="R22: low back pain, unspecified"),
            c("99203", "Assessment",
              why="R15: MDM low - acute uncomplicated injury/illness, OTC drug and physical therapy; R16 new"),
        ],
        skips=[
            skip("no numbness", "R01", "negated"),
            skip("No imaging needed now", "R01", "not ordered"),
        ],
    ),
    NoteSpec(
        id="dev-em2-17", dos="2026-07-07",
        specialty="urgent care", setting="outpatient", age=31, sex="M", payer="aetna",
        text="""
        URGENT CARE

        31M cut his right forearm on a glass shelf 1 hour ago. Bleeding controlled with pressure. No numbness,
        full finger movement. Last tetanus shot "over 10 years ago".

        Exam: 2.2 cm linear laceration, volar right forearm, through dermis, no tendon exposure, no foreign body
        on exploration. Sensation and capillary refill normal distally.

        Procedure: wound irrigated with saline, closed with four 4-0 nylon simple interrupted sutures. Length
        2.2 cm, simple repair. Tolerated well.
        Tdap 0.5 mL IM given in the left deltoid.

        Dx: Laceration of right forearm without foreign body.
        Plan: keep dry 24 h, suture removal in 10 days, return for redness or drainage.
        """,
        codes=[
            c("S51.811A", "Laceration of right forearm without foreign body", why="R12: initial encounter"),
            c("Z23", "Tdap 0.5 mL IM given", why="R24: encounter for immunization"),
            c("12001", "simple repair", "Length\n        2.2 cm",
              why="R18: simple repair of an extremity wound, 2.5 cm or less; no separate E/M for the repair decision"),
            c("90715", "Tdap 0.5 mL IM given", why="R24: Tdap vaccine product"),
            c("90471", "Tdap 0.5 mL IM given", why="R24: vaccine administration"),
        ],
        skips=[
            skip("No numbness", "R01", "negated"),
            skip("no foreign body", "R01", "negated"),
            skip("return for redness or drainage", "R07", "conditional instruction"),
        ],
    ),
    NoteSpec(
        id="dev-em2-18", dos="2026-09-15",
        specialty="family medicine", setting="outpatient", age=19, sex="F", payer="bcbs",
        text="""
        Sick visit - wheezing

        19F with mild persistent asthma (on Qvar 40 mcg BID) with 3 days of wheeze and cough after a cold,
        using albuterol every 3 hours. No fever.

        Exam: RR 24, SpO2 94%, diffuse expiratory wheeze. Peak flow 260 (personal best 400).

        In clinic: albuterol 2.5 mg by nebulizer administered x1; after treatment wheeze improved, SpO2 97%, peak
        flow 340.

        A/P: Mild persistent asthma with acute exacerbation.
        - Prednisone 40 mg daily x 5 days.
        - Step up controller: Qvar increased to 80 mcg twice daily.
        - Albuterol every 4 hours as needed; recheck in 1 week.
        """,
        codes=[
            c("J45.31", "Mild persistent asthma with acute exacerbation", why="R22: severity and exacerbation"),
            c("99214", "A/P", mods=["25"],
              why="R15: MDM moderate - chronic illness with exacerbation, prescription drug management; "
                  "modifier 25 with the nebulizer treatment"),
            c("94640", "albuterol 2.5 mg by nebulizer administered", why="R18: inhalation treatment in the office"),
            c("J7613", "albuterol 2.5 mg by nebulizer", units=3, why="R24: albuterol 2.5 mg = 3 units of 1 mg"),
        ],
        skips=[skip("No fever", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-19", dos="2026-08-11",
        specialty="internal medicine", setting="outpatient", age=63, sex="M", payer="uhc", new_patient=True,
        text="""
        New patient visit

        63M establishing with us, with 2 weeks of chest pressure when climbing stairs, now also with minimal
        exertion and once at rest this morning lasting 10 minutes. Smoker, 40 pack-years. Father had an MI at 58.

        Exam: BP 162/94, HR 88. Diaphoretic earlier per wife; now comfortable. Heart regular, no murmur.

        ECG done in the office, my interpretation: sinus rhythm, new 1 mm ST depressions V4-V6.

        Assessment: Exertional and rest chest pressure, concerning for unstable angina.
        Plan: sent to the emergency department now by ambulance for evaluation and admission; aspirin 325 mg
        chewed in the office. Report called to the ED physician.
        """,
        codes=[
            c("R07.89", "Exertional and rest chest pressure",
              why="R03: 'concerning for' unstable angina is uncertain in the office; the symptom is coded"),
            c("99205", "Assessment",
              why="R15: MDM high - acute illness posing a threat to life and a decision regarding hospitalization "
                  "(sent to the ED); R16 new"),
            c("93000", "ECG done in the office", why="R18: ECG performed and interpreted in the office"),
        ],
        skips=[skip("unstable angina", "R03", "uncertain outpatient diagnosis")],
    ),
    NoteSpec(
        id="dev-em2-20", dos="2026-06-23",
        specialty="family medicine", setting="outpatient", age=58, sex="F", payer="cigna", minutes=8,
        text="""
        BP check

        58F here for a blood pressure check after her amlodipine dose was changed to 10 mg a month ago. Home
        readings 120s/70s. No ankle swelling, no dizziness.

        BP 124/76, HR 70.

        Assessment: Essential hypertension, controlled.
        Plan: continue amlodipine 10 mg daily; recheck in 6 months.

        Total time 8 minutes.
        """,
        codes=[
            c("I10", "Essential hypertension, controlled", why="R20: chronic condition managed"),
            c("99213", "Assessment",
              why="R15: 8 minutes is below every time threshold, so MDM decides: one stable chronic illness "
                  "with prescription drug management = low"),
        ],
        skips=[skip("No ankle swelling", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-21", dos="2026-05-05",
        specialty="endocrinology", setting="outpatient", age=49, sex="F", payer="aetna",
        text="""
        Endocrine follow-up

        49F with primary hypothyroidism on levothyroxine 75 mcg daily, feeling well, weight stable.

        TSH last week 2.1 (normal).

        Impression: Hypothyroidism, stable on current dose.
        Plan: continue levothyroxine 75 mcg; TSH yearly.
        """,
        codes=[
            c("E03.9", "Hypothyroidism, stable on current dose", why="R20: chronic condition managed"),
            c("99213", "Impression",
              why="R15: MDM low - one stable chronic illness, one test reviewed, prescription drug management"),
        ],
    ),
    NoteSpec(
        id="dev-em2-22", dos="2026-02-10",
        specialty="family medicine", setting="outpatient", age=72, sex="M", payer="medicare",
        text="""
        MEDICARE ANNUAL WELLNESS VISIT - subsequent

        72M. Health risk assessment reviewed. Medical and family history updated. Current providers and
        suppliers list updated. Cognitive assessment (Mini-Cog 5/5) normal. Depression screen PHQ-2 negative.
        Functional ability and safety reviewed: independent in ADLs, no falls. Written 5-10 year screening
        schedule given. Advance care planning offered; he declined today.

        Vitals: BP 128/78, BMI 24.

        Assessment: Encounter for Medicare annual wellness visit, no abnormal findings.
        """,
        codes=[
            c("Z00.00", "Encounter for Medicare annual wellness visit, no abnormal findings",
              why="R17: wellness encounter without abnormal findings"),
            c("G0439", "MEDICARE ANNUAL WELLNESS VISIT - subsequent", why="R17: subsequent Medicare AWV"),
        ],
        skips=[skip("no falls", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-23", dos="2026-03-24",
        specialty="cardiology", setting="outpatient", age=60, sex="M", payer="bcbs",
        text="""
        Lipid clinic

        60M with hyperlipidemia started on atorvastatin 40 mg 6 weeks ago; since then aching thighs and calves,
        worse climbing stairs. No weakness, no dark urine.

        Exam: normal strength, no muscle tenderness.

        Assessment:
        1. Myalgia, adverse effect of atorvastatin.
        2. Hyperlipidemia, not at goal (LDL 162).
        Plan: stop atorvastatin; after a 2-week washout start rosuvastatin 5 mg three times a week. CK today.
        Lipid panel in 8 weeks.
        """,
        codes=[
            c("M79.10", "Myalgia, adverse effect of atorvastatin", why="R12: the nature of the adverse effect first"),
            c("T46.6X5A", "adverse effect of atorvastatin",
              why="R12: adverse effect of antihyperlipidemic drug, initial encounter (active treatment)"),
            c("E78.5", "Hyperlipidemia, not at goal", why="R20: chronic condition managed"),
            c("99214", "Assessment",
              why="R15: MDM moderate - chronic illness with side effects of treatment, prescription drug "
                  "management"),
        ],
        skips=[
            skip("No weakness", "R01", "negated"),
            skip("no muscle tenderness", "R02", "normal exam finding"),
        ],
    ),
    NoteSpec(
        id="dev-em2-24", dos="2026-01-20",
        specialty="pediatrics", setting="outpatient", age=9, sex="F", payer="medicaid",
        text="""
        Sore throat visit

        9F with sore throat, fever to 102 and headache since yesterday; no cough. Brother had strep last week.

        Exam: T 101.8. Tonsillar exudate, tender anterior cervical nodes. Lungs clear.

        Point-of-care tests done here: rapid strep antigen POSITIVE; rapid influenza A/B antigen negative for
        both.

        A: Streptococcal pharyngitis.
        P: Amoxicillin 50 mg/kg once daily x 10 days. Ibuprofen for fever. School in 12 h after first dose.
        """,
        codes=[
            c("J02.0", "Streptococcal pharyngitis", why="R23: fever integral to the infection"),
            c("99213", "A:",
              why="R15: MDM low - acute uncomplicated illness, prescription drug management (in-office tests "
                  "are billed separately, not counted)"),
            c("87880", "rapid strep antigen POSITIVE", why="R19: rapid strep performed in the office"),
            c("87804", "rapid influenza A/B antigen negative", units=2,
              why="R19: influenza immunoassay, A and B = 2 units"),
        ],
        skips=[skip("no cough", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-25", dos="2026-07-21",
        specialty="neurology", setting="outpatient", age=33, sex="F", payer="aetna", new_patient=True,
        text="""
        NEUROLOGY NEW PATIENT

        33F referred for headaches. Migraines since her teens, without aura, now 10-12 headache days a month
        (was 3-4 a year ago), missing work. Sumatriptan helps but she uses it 8-10 days a month. Neuro exam
        normal. No red-flag features: no thunderclap onset, no focal deficits, no papilledema.

        Impression: Migraine without aura, not intractable, increasing frequency with medication overuse risk.
        Plan:
        - Begin topiramate 25 mg nightly, titrate by 25 mg weekly to 50 mg twice daily.
        - Limit sumatriptan to 2 days a week; headache diary.
        - Follow up in 8 weeks.
        """,
        codes=[
            c("G43.009", "Migraine without aura, not intractable",
              why="R22: without aura, not intractable, no status migrainosus documented"),
            c("99204", "Impression",
              why="R15: MDM moderate - chronic illness with progression, prescription drug management; R16 new"),
        ],
        skips=[skip("no focal deficits", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-26", dos="2026-09-01",
        specialty="pediatrics", setting="outpatient", age=3, sex="M", payer="medicaid",
        text="""
        Sick visit - fever

        3-year-old boy, history from his father: fevers to 103 for 5 days, fussy, eating less, drinking fine.
        No cough, no vomiting or diarrhea, no rash. No sick contacts.

        Exam: T 102.6, HR 130. Tired but consolable. Lips normal, no conjunctival injection, no rash, no hand or
        foot swelling. TMs and throat normal. No lymphadenopathy. Lungs clear. Abdomen soft.

        Assessment: Fever for 5 days without a source; early Kawasaki disease and occult UTI to be excluded.
        Plan: CBC, CRP and catheterized urinalysis with culture today (sent out). Acetaminophen or ibuprofen
        for comfort. Recheck tomorrow; will call with results.
        """,
        codes=[
            c("R50.9", "Fever for 5 days without a source",
              why="R03: Kawasaki disease and UTI are to be excluded (uncertain), the symptom is coded"),
            c("99214", "Assessment",
              why="R15: MDM moderate - undiagnosed new problem with uncertain prognosis and moderate data "
                  "(independent historian plus CBC, CRP, urinalysis/culture)"),
        ],
        skips=[
            skip("early Kawasaki disease", "R03", "uncertain"),
            skip("No cough", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-em2-27", dos="2026-08-18",
        specialty="gastroenterology", setting="outpatient", age=41, sex="M", payer="uhc",
        text="""
        GI clinic - urgent visit

        41M with ulcerative colitis on mesalamine 4.8 g daily, in remission for 2 years, now 8 bloody stools a
        day for 1 week, cramping, no fever. Stool C. difficile and culture sent on Monday: negative.

        Exam: HR 92, mild left lower quadrant tenderness, no peritoneal signs.
        Labs today: Hgb 12.1 (from 13.8), CRP 38.

        Assessment: Ulcerative colitis flare with rectal bleeding, moderate.
        Plan: prednisone 40 mg daily with a taper over 8 weeks; continue mesalamine. Flexible sigmoidoscopy
        next week. If no response in 5-7 days, consider a biologic.
        """,
        codes=[
            c("K51.911", "Ulcerative colitis flare with rectal bleeding",
              why="R22: extent not documented, with rectal bleeding"),
            c("99214", "Assessment",
              why="R15: MDM moderate - chronic illness with exacerbation, prescription drug management"),
        ],
        skips=[skip("no fever", "R01", "negated"), skip("no peritoneal signs", "R02", "normal exam finding")],
    ),
    NoteSpec(
        id="dev-em2-28", dos="2026-04-28",
        specialty="family medicine", setting="outpatient", age=70, sex="M", payer="medicare",
        text="""
        Follow-up: hypertension; muffled hearing left ear

        70M, BP well controlled at home on losartan 50 mg. Also 2 weeks of muffled hearing in the left ear.

        Exam: BP 128/78. Left canal completely occluded by hard cerumen; right canal clear.

        Procedure: impacted cerumen removed from the left ear with a curette and forceps under direct
        visualization. TM intact afterwards; hearing improved.

        Assessment:
        1. Essential hypertension, controlled - continue losartan 50 mg daily; BMP at the next visit.
        2. Impacted cerumen, left ear - removed today.
        """,
        codes=[
            c("I10", "Essential hypertension, controlled", why="R20: chronic condition managed"),
            c("H61.22", "Impacted cerumen, left ear", why="R11: laterality documented"),
            c("99213", "Assessment", mods=["25"],
              why="R15: MDM low (one stable chronic illness with prescription drug management), separately "
                  "identifiable from the cerumen removal: modifier 25"),
            c("69210", "impacted cerumen removed from the left ear", mods=["LT"],
              why="R18: cerumen removal with instruments, left ear"),
        ],
    ),
    NoteSpec(
        id="dev-em2-29", dos="2026-06-09",
        specialty="internal medicine", setting="outpatient", age=66, sex="M", payer="medicare",
        text="""
        Results visit - abnormal chest CT

        66M, smokes 1 pack a day (45 pack-years), with 12 lb unintentional weight loss over 3 months. Low-dose
        screening CT last week: 3.4 cm spiculated right upper lobe mass with enlarged right hilar node.

        Exam: thin, no clubbing, no supraclavicular nodes. Lungs: decreased breath sounds right apex.

        Assessment:
        1. Right upper lobe lung mass, suspicious for primary lung cancer.
        2. Abnormal weight loss.
        3. Cigarette dependence.
        Plan: PET-CT ordered; CBC, CMP and calcium today. I discussed the case by phone with Dr. Ruiz,
        pulmonology, who will see him this week for bronchoscopic biopsy. Smoking cessation advised; he is not
        ready to quit.
        """,
        codes=[
            c("R91.8", "Right upper lobe lung mass",
              why="R03: 'suspicious for' cancer is uncertain outpatient; the abnormal finding is coded"),
            c("R63.4", "Abnormal weight loss", why="R20: symptom addressed"),
            c("F17.210", "Cigarette dependence", why="R22: nicotine dependence, cigarettes"),
            c("99214", "Assessment",
              why="R15: MDM moderate - undiagnosed new problem with uncertain prognosis (a mass not yet diagnosed "
                  "is the AMA's example, not a diagnosed threat to life), extensive data (CT reviewed, PET-CT and "
                  "labs ordered, discussion with the pulmonologist), referral for biopsy; two of three = moderate"),
        ],
        skips=[
            skip("primary lung cancer", "R03", "uncertain outpatient diagnosis"),
            skip("no clubbing", "R02", "normal exam finding"),
        ],
    ),
    NoteSpec(
        id="dev-em2-30", dos="2026-02-17",
        specialty="dermatology", setting="outpatient", age=17, sex="M", payer="bcbs", minutes=20,
        text="""
        Derm follow-up - acne

        17M with comedonal acne on the forehead, improving on benzoyl peroxide wash. No scarring.

        A/P: Acne vulgaris, mild, improving - continue benzoyl peroxide 5% wash daily, non-comedogenic
        sunscreen. Recheck in 3 months.

        I spent 20 minutes in total on this visit today.
        """,
        codes=[
            c("L70.0", "Acne vulgaris, mild, improving", why="R22: acne vulgaris"),
            c("99213", "I spent 20 minutes in total on this visit today", why="R14: established, 20 minutes (20-29)"),
        ],
        skips=[skip("No scarring", "R02", "normal finding")],
    ),
    NoteSpec(
        id="dev-em2-31", dos="2026-01-29",
        specialty="family medicine", setting="outpatient", age=54, sex="F", payer="cigna",
        text="""
        Same-day visit: cough and fever

        54F, nonsmoker, 4 days of productive cough, fever to 101.5, chills and right-sided pleuritic pain. Seen
        at urgent care yesterday; their chest x-ray report (reviewed today) shows right lower lobe consolidation.
        No dyspnea at rest. No recent antibiotics or hospital stays.

        Exam: T 100.9, HR 96, RR 18, SpO2 96% RA. Crackles right base.

        Assessment: Community-acquired pneumonia, right lower lobe; CURB-65 score 0, outpatient treatment
        appropriate.
        Plan: amoxicillin 1 g three times daily plus doxycycline 100 mg twice daily for 5 days. Phone check in
        48 hours.
        """,
        codes=[
            c("J18.9", "Community-acquired pneumonia, right lower lobe",
              why="R22: organism not documented; R23 fever and cough integral"),
            c("99214", "Assessment",
              why="R15: MDM moderate - acute illness with systemic symptoms, prescription drug management"),
        ],
        skips=[skip("No dyspnea at rest", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-32", dos="2026-03-10",
        specialty="internal medicine", setting="outpatient", age=68, sex="F", payer="medicare",
        text="""
        6-month follow-up

        68F with hypertension and hypothyroidism, feels well. Home BP 120s/70s. No palpitations, no weight change.
        Labs from last week: TSH 1.9, creatinine 0.9, potassium 4.2.

        Assessment and plan:
        1. Hypertension - well controlled.
        2. Hypothyroidism - euthyroid on current dose.
        Continue current medications; 90-day refills sent to her pharmacy. Return in 6 months.
        """,
        codes=[
            c("I10", "Hypertension - well controlled", why="R20: chronic condition managed"),
            c("E03.9", "Hypothyroidism - euthyroid on current dose", why="R20: chronic condition managed"),
            c("99214", "Assessment and plan",
              why="R15: MDM moderate - two stable chronic illnesses, prescription drug management (refills)"),
        ],
        skips=[skip("No palpitations", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-33", dos="2026-05-19",
        specialty="family medicine", setting="outpatient", age=27, sex="F", payer="aetna",
        text="""
        Acute visit - dysuria

        27F with 1 day of burning, frequency and urgency. No fever, no flank pain, no blood in the urine. Not
        pregnant (IUD).

        Urine dipstick done here (non-automated, no microscopy): leukocytes 3+, nitrite positive, blood negative.

        Assessment: Acute cystitis without hematuria.
        Plan: nitrofurantoin 100 mg twice daily for 5 days; fluids.
        """,
        codes=[
            c("N30.00", "Acute cystitis without hematuria", why="R22: acute cystitis, no hematuria"),
            c("99213", "Assessment",
              why="R15: MDM low - acute uncomplicated illness, prescription drug management (the in-office "
                  "dipstick is billed, not counted as data)"),
            c("81002", "Urine dipstick done here (non-automated, no microscopy)",
              why="R19: dipstick urinalysis performed in the office"),
        ],
        skips=[skip("No fever, no flank pain", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-34", dos="2026-06-30",
        specialty="dermatology", setting="outpatient", age=62, sex="M", payer="uhc", new_patient=True, minutes=35,
        text="""
        DERMATOLOGY - new patient

        62M worried about several dark, stuck-on spots on his back and chest that have appeared over 5 years.
        No bleeding, no rapid change. No personal or family history of skin cancer.

        Full skin exam: multiple waxy, verrucous brown papules and plaques with a stuck-on appearance on the
        trunk; dermoscopy consistent; no atypical pigmented lesions.

        Assessment: Seborrheic keratoses, trunk - benign.
        Plan: reassurance; no treatment needed. Sun protection counseling.

        Total time 35 minutes on the date of service, including dermoscopy and counseling.
        """,
        codes=[
            c("L82.1", "Seborrheic keratoses, trunk", why="R22: non-inflamed seborrheic keratosis"),
            c("99203", "Total time 35 minutes on the date of service",
              why="R14: new patient, 35 minutes (30-44); R16 new"),
        ],
        skips=[
            skip("No personal or family history of skin cancer", "R01", "negated"),
            skip("no atypical pigmented lesions", "R02", "normal finding"),
        ],
    ),
    NoteSpec(
        id="dev-em2-35", dos="2026-07-14",
        specialty="internal medicine", setting="outpatient", age=39, sex="M", payer="bcbs",
        text="""
        Urgent same-day visit - chest pain

        39M with 3 days of sharp left-sided chest pain, worse with deep breaths and pressing on the chest,
        started after moving furniture. No exertional component, no dyspnea, no leg swelling. No cardiac
        history; non-smoker.

        Exam: reproducible tenderness over the left 3rd-4th costochondral junctions. Heart and lungs normal.

        12-lead ECG obtained in the office, interpreted by me: normal sinus rhythm, no ST or T changes.

        Assessment: Chest wall pain, likely costochondritis.
        Plan: ibuprofen 400 mg three times daily with food for 7 days, heat. Return or call 911 for exertional
        pain or shortness of breath.
        """,
        codes=[
            c("R07.89", "Chest wall pain", why="R03: 'likely' costochondritis is uncertain; the symptom is coded"),
            c("99213", "Assessment",
              why="R15: MDM low - undiagnosed new problem (moderate) but the ECG is billed separately (no data "
                  "counted) and only an OTC drug (low risk): two of three = low"),
            c("93000", "12-lead ECG obtained in the office, interpreted by me",
              why="R18: ECG performed and interpreted in the office"),
        ],
        skips=[
            skip("costochondritis", "R03", "uncertain outpatient diagnosis"),
            skip("no dyspnea", "R01", "negated"),
            skip("Return or call 911 for exertional\n        pain", "R07", "conditional instruction"),
        ],
    ),
    NoteSpec(
        id="dev-em2-36", dos="2026-08-25",
        specialty="nephrology", setting="outpatient", age=71, sex="M", payer="medicare",
        text="""
        Nephrology clinic - called in for abnormal labs

        71M with type 2 diabetes on insulin, recently started on spironolactone by cardiology. Labs drawn
        yesterday: creatinine 3.1 (baseline 1.4), potassium 6.4. Feels weak, nauseated, urinating less.

        Exam: BP 98/60, HR 58, dry mucous membranes.

        Assessment:
        1. Acute kidney injury.
        2. Hyperkalemia, severe.
        Plan: stop spironolactone and lisinopril. Given potassium 6.4 with bradycardia, he needs hospital
        admission for telemetry and treatment - direct admission arranged; wife driving him to the hospital now.
        """,
        codes=[
            c("N17.9", "Acute kidney injury", why="R22: acute kidney failure, type not documented"),
            c("E87.5", "Hyperkalemia, severe", why="R20: condition treated"),
            c("E11.9", "type 2 diabetes on insulin", why="R20: chronic condition affecting care"),
            c("Z79.4", "type 2 diabetes on insulin", why="R10: long-term insulin"),
            c("99215", "Assessment",
              why="R15: MDM high - acute illness posing a threat to life and a decision regarding "
                  "hospitalization"),
        ],
    ),
    NoteSpec(
        id="dev-em2-37", dos="2026-04-07",
        specialty="family medicine", setting="outpatient", age=45, sex="M", payer="aetna",
        text="""
        PREVENTIVE VISIT - 45-year-old male (established)

        No complaints. Non-smoker, 2 drinks a week, runs 3 times a week. Colon cancer screening discussed; FIT
        kit given. Tdap last given 11 years ago.

        Exam: BP 118/74, BMI 24. Normal complete exam.

        Immunizations: Tdap 0.5 mL IM given in the right deltoid today (VIS provided).

        Assessment: Routine adult health check without abnormal findings; immunization given.
        Plan: lipid panel and A1c; return in 1 year.
        """,
        codes=[
            c("Z00.00", "Routine adult health check without abnormal findings",
              why="R17: preventive exam first, no abnormal findings"),
            c("Z23", "Tdap 0.5 mL IM given", why="R24: encounter for immunization"),
            c("99396", "PREVENTIVE VISIT - 45-year-old male", why="R17: established preventive visit, age 40-64"),
            c("90715", "Tdap 0.5 mL IM given", why="R24: Tdap vaccine product"),
            c("90471", "Tdap 0.5 mL IM given", why="R24: vaccine administration (no 25 on a preventive visit)"),
        ],
    ),
    NoteSpec(
        id="dev-em2-38", dos="2026-09-08",
        specialty="pediatrics", setting="outpatient", age=10, sex="M", payer="medicaid",
        text="""
        ADHD medication check

        10-year-old with ADHD, combined type, here with mom. Doing well in 5th grade on methylphenidate ER 27 mg
        each morning; teacher reports improved focus. Appetite slightly lower at lunch; weight stable on the
        growth curve. Sleeping 9-10 hours.

        Exam: BP 102/64, HR 84, weight 33 kg (stable).

        Assessment: ADHD, combined type - stable on current dose.
        Plan: continue methylphenidate ER 27 mg every morning; 3-month prescription sent. Recheck in 3 months.
        """,
        codes=[
            c("F90.2", "ADHD, combined type", why="R22: presentation type documented"),
            c("99213", "Assessment",
              why="R15: MDM low - one stable chronic illness, prescription drug management; data at most limited "
                  "(parent as independent historian): two of three = low"),
        ],
    ),
    NoteSpec(
        id="dev-em2-39", dos="2026-02-03",
        specialty="family medicine", setting="outpatient", age=56, sex="M", payer="uhc",
        text="""
        S: BP check. Home readings 150-160/95 despite taking HCTZ 12.5 mg daily. No headaches or chest pain.
        O: BP 158/96, HR 74. Heart RRR. No edema.
        A: HTN, uncontrolled.
        P: HCTZ up to 25 mg daily; BMP in 1-2 weeks; DASH diet handout. RTC 4 weeks.
        """,
        codes=[
            c("I10", "HTN, uncontrolled", why="R20: chronic condition managed"),
            c("99214", "A:",
              why="R15: MDM moderate - chronic illness not at goal, prescription drug management"),
        ],
        skips=[skip("No headaches or chest pain", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-40", dos="2026-03-31",
        specialty="cardiology", setting="outpatient", age=77, sex="F", payer="medicare",
        text="""
        Cardiology f/u

        77F. Occasional palpitations, no bleeding on anticoagulation, no falls.
        ECG from the hospital last month reviewed: AF with controlled ventricular rate.

        #1 Paroxysmal atrial fibrillation - rate controlled on metoprolol succinate 50 mg; CHA2DS2-VASc 4,
           continue apixaban 5 mg BID (dose criteria reviewed).
        #2 CKD stage 3a - creatinine stable at 1.2; BMP and CBC ordered for apixaban dosing.
        Return in 6 months.
        """,
        codes=[
            c("I48.0", "Paroxysmal atrial fibrillation", why="R22: type of AF documented"),
            c("N18.31", "CKD stage 3a", why="R22: stage documented"),
            c("Z79.01", "apixaban", why="R10: long-term anticoagulant"),
            c("99214", "#1 Paroxysmal atrial fibrillation",
              why="R15: MDM moderate - two stable chronic illnesses, prescription drug management"),
        ],
        skips=[skip("no bleeding on anticoagulation", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-41", dos="2026-05-05",
        specialty="neurology", setting="outpatient", age=74, sex="F", payer="medicare", new_patient=True,
        minutes=62,
        text="""
        Cognitive neurology - new patient

        74F referred by her PCP, with her daughter, for 18 months of word-finding difficulty and misplacing
        items; still manages finances and driving. MoCA today 24/30 (delayed recall 1/5). Outside MRI brain
        reviewed: mild generalized atrophy, few white matter hyperintensities. B12 and TSH normal.

        Assessment: Mild cognitive impairment, etiology not yet determined.
        Plan: neuropsychological testing; amyloid PET discussed; aerobic exercise, hearing check; return after
        testing.

        I spent 62 minutes on the date of the visit, including review of outside records and the MRI, history
        from the patient and her daughter, examination, testing and counseling.
        """,
        codes=[
            c("G31.84", "Mild cognitive impairment, etiology not yet determined",
              why="R22: MCI of uncertain or unknown etiology"),
            c("99205", "I spent 62 minutes on the date of the visit",
              why="R14: new patient, 62 minutes (60+); under the Medicare G2212 threshold; R16 new"),
        ],
    ),
    NoteSpec(
        id="dev-em2-42", dos="2026-06-16",
        specialty="pediatrics", setting="outpatient", age=-9, sex="F", payer="bcbs",
        text="""
        WELL BABY VISIT - 9 MONTHS

        Here with both parents. Pulls to stand, babbles "mama/dada", pincer grasp emerging. Breastfeeding plus
        3 meals of solids. Sleeps through the night. Immunizations up to date; none due today.

        Exam: weight 50th, length 60th, head circumference 45th percentile. Normal exam, including hips, eyes
        (red reflex present) and skin.

        Assessment: Well child exam, 9 months - normal growth and development, no abnormal findings.
        Plan: anticipatory guidance (choking hazards, car seat, water safety); hemoglobin screen at 12 months.
        """,
        codes=[
            c("Z00.129", "Well child exam, 9 months - normal growth and development, no abnormal findings",
              why="R17: routine child health exam without abnormal findings"),
            c("99391", "WELL BABY VISIT - 9 MONTHS", why="R17: established preventive visit, under 1 year"),
        ],
    ),
    NoteSpec(
        id="dev-em2-43", dos="2026-07-28",
        specialty="internal medicine", setting="outpatient", age=64, sex="F", payer="aetna",
        text="""
        Nurse visit - monthly B12 injection

        64F with pernicious anemia, here for her monthly injection. No new symptoms.

        Cyanocobalamin 1000 mcg IM given in the right deltoid by RN per standing order; tolerated well.
        Next injection in 4 weeks.
        """,
        codes=[
            c("D51.0", "pernicious anemia", why="R22: B12 deficiency anemia due to intrinsic factor deficiency"),
            c("J3420", "Cyanocobalamin 1000 mcg IM given", units=1, why="R24: B12 up to 1000 mcg = 1 unit"),
            c("96372", "Cyanocobalamin 1000 mcg IM given", why="R18: IM injection; no E/M for an injection-only visit"),
        ],
    ),
    NoteSpec(
        id="dev-em2-44", dos="2026-08-04",
        specialty="family medicine", setting="outpatient", age=22, sex="M", payer="cigna",
        text="""
        Suture removal

        22M had a 3 cm laceration of the left hand closed with 5 sutures at an urgent care 10 days ago. No
        redness, drainage or fever.

        Exam: well-approximated, healed wound, no signs of infection. Sutures removed without difficulty.

        A: Encounter for removal of sutures; wound healed.
        P: scar care; no follow-up needed.
        """,
        codes=[
            c("Z48.02", "Encounter for removal of sutures", why="R22: aftercare encounter for suture removal"),
            c("99212", "A:",
              why="R15: MDM straightforward - one minor problem, no data, minimal risk; sutures placed by another "
                  "practice, so the removal is an E/M, not part of a global package"),
        ],
        skips=[skip("No\n        redness, drainage or fever", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-45", dos="2026-09-22",
        specialty="family medicine", setting="outpatient", age=24, sex="F", payer="bcbs", new_patient=True,
        text="""
        New patient visit - establishing care

        24F moving here for graduate school. Mild intermittent asthma since childhood: symptoms once or twice a
        month with exercise, no night symptoms, no steroid courses in 5 years. Uses albuterol before running.

        Exam: lungs clear, no wheeze.

        Assessment: Mild intermittent asthma, uncomplicated, well controlled.
        Plan: albuterol HFA 2 puffs 15 minutes before exercise and as needed; prescription renewed. Asthma action
        plan reviewed.
        """,
        codes=[
            c("J45.20", "Mild intermittent asthma, uncomplicated", why="R22: severity documented"),
            c("99203", "Assessment",
              why="R15: MDM low - one stable chronic illness, prescription drug management; R16 new"),
        ],
        skips=[skip("no night symptoms", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-46", dos="2026-07-07",
        specialty="family medicine", setting="outpatient", age=35, sex="F", payer="aetna",
        text="""
        Two minor problems

        35F with a cold sore on the upper lip for 2 days, and an itchy bump on the left forearm from a mosquito
        bite at a barbecue.

        Exam: grouped vesicles on an erythematous base at the left upper lip vermilion border. 8 mm urticarial
        papule, left forearm, no streaking.

        Assessment:
        1. Herpes labialis (cold sore).
        2. Insect bite of the left forearm.
        Plan: OTC docosanol cream five times daily; cool compresses and OTC hydrocortisone for the bite.
        """,
        codes=[
            c("B00.1", "Herpes labialis", why="R22: herpesviral vesicular dermatitis (lip)"),
            c("S50.862A", "Insect bite of the left forearm", why="R12: initial encounter; R11 left"),
            c("99213", "Assessment",
              why="R15: MDM low - two self-limited problems and over-the-counter drugs"),
        ],
        skips=[skip("no streaking", "R02", "normal finding")],
    ),
    NoteSpec(
        id="dev-em2-47", dos="2026-08-09",
        specialty="emergency medicine", setting="outpatient", age=19, sex="M", payer="bcbs", pos="23",
        text="""
        EMERGENCY DEPARTMENT NOTE

        CC: abdominal pain.
        19M with 18 hours of periumbilical pain migrating to the right lower quadrant, anorexia, one episode of
        vomiting. T 100.6, HR 104. Tender at McBurney's point with guarding.

        ED course: CBC WBC 15.8; BMP normal; urinalysis negative. CT abdomen/pelvis with contrast: dilated
        appendix 11 mm with periappendiceal fat stranding, no abscess or free air. IV fluids, ondansetron and IV
        morphine 4 mg given. Case discussed with Dr. Lang, general surgery, who will take him to the OR tonight.

        Diagnosis: Acute appendicitis.
        Disposition: admitted to general surgery for laparoscopic appendectomy.
        """,
        codes=[
            c("K35.80", "Acute appendicitis", why="R22: peritonitis, perforation or gangrene not documented"),
            c("99285", "Diagnosis",
              why="R15: MDM high - acute illness posing a threat to bodily function, extensive data (labs, CT, "
                  "discussion with the surgeon), decision for hospitalization and emergency surgery"),
        ],
        skips=[skip("no abscess or free air", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-48", dos="2026-02-24",
        specialty="obstetrics and gynecology", setting="outpatient", age=46, sex="F", payer="uhc",
        text="""
        GYN problem visit

        46F with 3 months of heavy, irregular periods every 2-3 weeks, soaking a pad an hour on heavy days.
        Negative urine pregnancy test at home. Feels tired.

        Exam: normal external genitalia and cervix; uterus upper-normal size, non-tender.

        Assessment: Abnormal uterine bleeding, cause to be determined (structural versus anovulatory).
        Plan: transvaginal ultrasound and CBC, TSH ordered. Medroxyprogesterone 10 mg daily for 10 days each
        month for cycle control. Endometrial biopsy at the follow-up visit if bleeding persists.
        """,
        codes=[
            c("N93.9", "Abnormal uterine bleeding, cause to be determined",
              why="R03: cause uncertain; unspecified abnormal uterine bleeding"),
            c("99214", "Assessment",
              why="R15: MDM moderate - undiagnosed new problem with uncertain prognosis, moderate data "
                  "(ultrasound, CBC, TSH), prescription drug management"),
        ],
        skips=[skip("Endometrial biopsy at the follow-up visit if bleeding persists", "R07", "hypothetical")],
    ),
    NoteSpec(
        id="dev-em2-49", dos="2026-04-14",
        specialty="psychiatry", setting="outpatient", age=31, sex="F", payer="aetna",
        text="""
        Psychiatric follow-up

        31F with bipolar I disorder. Over 4 weeks: low mood, poor sleep, withdrawn, passive thoughts of not
        waking up without intent or plan. No manic symptoms. Taking lithium 600 mg nightly; last level 0.5.

        MSE: tearful, psychomotor slowing, linear thoughts, no psychosis, denies intent; safety plan updated.

        Assessment: Bipolar I disorder, current episode depressed, moderate.
        Plan: add lamotrigine 25 mg daily, titrate slowly per schedule (rash precautions reviewed); lithium level,
        BMP and TSH next week. Therapy weekly. Return in 2 weeks.
        """,
        codes=[
            c("F31.32", "Bipolar I disorder, current episode depressed, moderate",
              why="R22: current episode and severity documented"),
            c("Z79.899", "Taking lithium 600 mg nightly",
              why="R10: long-term lithium monitored by its level (Decisions: Z79.899)"),
            c("99214", "Assessment",
              why="R15: MDM moderate - chronic illness with exacerbation, prescription drug management"),
        ],
        skips=[skip("No manic symptoms", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-50", dos="2026-05-26",
        specialty="family medicine", setting="outpatient", age=59, sex="M", payer="cigna",
        text="""
        Follow-up: cough on lisinopril

        59M with hypertension, dry tickly cough for 2 months since lisinopril was started. No fever, no
        dyspnea, nonsmoker. BP at home 128/80.

        Exam: lungs clear. BP 130/82.

        Assessment:
        1. Cough, adverse effect of lisinopril.
        2. Essential hypertension, controlled.
        Plan: discontinue lisinopril; switch to losartan 50 mg daily. BMP in 2 weeks. Cough should settle over
        1-4 weeks.
        """,
        codes=[
            c("R05.9", "Cough, adverse effect of lisinopril", why="R12: nature of the adverse effect first"),
            c("T46.4X5A", "adverse effect of lisinopril",
              why="R12: adverse effect of an ACE inhibitor, initial encounter (active treatment)"),
            c("I10", "Essential hypertension, controlled", why="R20: chronic condition managed"),
            c("99214", "Assessment",
              why="R15: MDM moderate - chronic illness with side effects of treatment, prescription drug "
                  "management"),
        ],
        skips=[skip("No fever, no\n        dyspnea", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-51", dos="2026-04-21",
        specialty="family medicine", setting="outpatient", age=28, sex="F", payer="bcbs",
        text="""
        Allergy season visit

        28F with spring sneezing, itchy eyes and clear rhinorrhea, same as every April. No fever, no facial pain.

        Exam: pale boggy turbinates, clear discharge, mild conjunctival injection.

        Assessment: Seasonal allergic rhinitis.
        Plan: OTC fluticasone nasal spray 2 sprays each nostril daily and cetirizine 10 mg daily through June.
        """,
        codes=[
            c("J30.2", "Seasonal allergic rhinitis", why="R22: seasonal allergic rhinitis"),
            c("99213", "Assessment",
              why="R15: MDM low - one stable chronic illness and over-the-counter drugs"),
        ],
        skips=[skip("No fever, no facial pain", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-52", dos="2026-06-02",
        specialty="family medicine", setting="outpatient", age=41, sex="F", payer="aetna", new_patient=True,
        text="""
        New patient - skin lesion

        41F new to the clinic, with a soft skin-colored growth on the left side of the neck for a year; it
        catches on her necklace but does not hurt or bleed.

        Exam: 3 mm soft pedunculated skin-colored papule, left lateral neck.

        Assessment: Acrochordon (skin tag), left neck - benign.
        Plan: reassurance; she does not want removal now.
        """,
        codes=[
            c("L91.8", "Acrochordon (skin tag), left neck", why="R22: skin tag"),
            c("99202", "Assessment",
              why="R15: MDM straightforward - one minor problem, no data, minimal risk; R16 new"),
        ],
    ),
    NoteSpec(
        id="dev-em2-53", dos="2026-03-03",
        specialty="psychiatry", setting="outpatient", age=37, sex="M", payer="uhc", minutes=35,
        text="""
        Medication management - anxiety

        37M with generalized anxiety disorder, improved on sertraline 100 mg; sleep better, fewer worry spells.
        GAD-7 down from 15 to 8.

        Assessment: Generalized anxiety disorder, improving.
        Plan: continue sertraline 100 mg daily; CBT referral.

        Face-to-face time 25 minutes; non-face-to-face time on the same day 10 minutes (record review and
        documentation); total 35 minutes.
        """,
        codes=[
            c("F41.1", "Generalized anxiety disorder, improving", why="R22: GAD"),
            c("99214", "total 35 minutes", why="R14: established, 35 minutes total time on the date (30-39)"),
        ],
    ),
    NoteSpec(
        id="dev-em2-54", dos="2026-01-06",
        specialty="orthopedics", setting="outpatient", age=30, sex="F", payer="cigna",
        text="""
        Ortho clinic - ankle

        30F rolled her left ankle stepping off a curb 3 days ago; walking with a limp. Urgent care x-rays came on
        a disc: I personally reviewed the images - no fracture, mortise congruent.

        Exam: swelling and tenderness over the ATFL, stable anterior drawer.

        Assessment: Sprain of left ankle, ligament not specified.
        Plan: lace-up brace, ice, elevation, OTC naproxen 220 mg twice daily, home exercises; return in 3 weeks
        if not improving.
        """,
        codes=[
            c("S93.402A", "Sprain of left ankle, ligament not specified", why="R12: initial encounter"),
            c("99213", "Assessment",
              why="R15: MDM low - acute uncomplicated injury (low), independent interpretation of the x-ray "
                  "(moderate data), OTC drug (low risk): two of three = low"),
        ],
    ),
    NoteSpec(
        id="dev-em2-55", dos="2026-02-12",
        specialty="family medicine", setting="outpatient", age=63, sex="F", payer="medicare",
        text="""
        Chronic disease follow-up

        63F here for diabetes, cholesterol and blood pressure. No hypoglycemia; walking 30 minutes most days.
        Recent labs reviewed with her: A1c 6.8%, LDL 82, creatinine normal, urine microalbumin normal.

        BP 126/78.

        Assessment and plan:
        1. Type 2 diabetes without complications - at goal; continue metformin 1000 mg BID.
        2. Hyperlipidemia - at goal on pravastatin 40 mg; continue.
        3. Essential hypertension - controlled on amlodipine 5 mg; continue.
        Labs again in 6 months.
        """,
        codes=[
            c("E11.9", "Type 2 diabetes without complications", why="R22: no complications documented"),
            c("E78.5", "Hyperlipidemia - at goal", why="R20: chronic condition managed"),
            c("I10", "Essential hypertension - controlled", why="R20: chronic condition managed"),
            c("Z79.84", "metformin 1000 mg BID", why="R10: long-term oral hypoglycemic"),
            c("99214", "Assessment and plan",
              why="R15: MDM moderate - three stable chronic illnesses, data reviewed, prescription drug management"),
        ],
        skips=[skip("No hypoglycemia", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-56", dos="2026-03-19",
        specialty="endocrinology", setting="outpatient", age=52, sex="F", payer="bcbs",
        text="""
        Thyroid follow-up

        52F with hypothyroidism on levothyroxine 75 mcg; more tired and cold lately. Takes it with coffee.
        TSH this week 8.9 (reference 0.4-4.5), free T4 low-normal.

        Assessment: Hypothyroidism, under-replaced.
        Plan: increase levothyroxine from 75 to 88 mcg daily, on an empty stomach 30-60 minutes before
        breakfast; repeat TSH in 6 weeks.
        """,
        codes=[
            c("E03.9", "Hypothyroidism, under-replaced", why="R20: chronic condition managed"),
            c("99214", "Assessment",
              why="R15: MDM moderate - chronic illness not at treatment goal, prescription drug management"),
        ],
    ),
    NoteSpec(
        id="dev-em2-57", dos="2026-04-23",
        specialty="family medicine", setting="outpatient", age=41, sex="M", payer="uhc",
        text="""
        Back pain visit

        41M strained his lower back lifting a kayak 2 days ago. Pain across the low back, worse bending. No leg
        pain, numbness, bowel or bladder change.

        Exam: paraspinal spasm, full strength, negative straight-leg raise.

        Assessment: Acute low back pain, muscular.
        Plan: cyclobenzaprine 5 mg at bedtime for up to 7 days (sedation warning), ibuprofen 400 mg with food,
        heat, stay active.
        """,
        codes=[
            c("M54.50", "Acute low back pain", why="R22: low back pain, unspecified"),
            c("99213", "Assessment",
              why="R15: MDM low - acute uncomplicated injury, prescription drug management"),
        ],
        skips=[skip("No leg\n        pain", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-58", dos="2026-05-07",
        specialty="family medicine", setting="outpatient", age=58, sex="M", payer="aetna",
        text="""
        Acute visit - swollen knee

        58M with known gout (last attack 2 years ago, not on allopurinol) and a hot, swollen left knee since
        yesterday after a weekend of beer and seafood. No fever, no trauma.

        Exam: warm effusion left knee, painful range of motion.

        Assessment: Gout flare, left knee.
        Plan: prednisone 40 mg daily for 5 days; ice, rest. Uric acid level in 4 weeks, then discuss
        allopurinol.
        """,
        codes=[
            c("M10.062", "Gout flare, left knee", why="R11/R22: idiopathic gout, left knee"),
            c("99214", "Assessment",
              why="R15: MDM moderate - chronic illness with exacerbation, prescription drug management"),
        ],
        skips=[skip("No fever, no trauma", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-59", dos="2026-06-11",
        specialty="orthopedics", setting="outpatient", age=67, sex="F", payer="medicare",
        text="""
        Knee follow-up

        67F with right knee osteoarthritis, doing well with home exercises; mild ache after long walks.

        Exam: crepitus, no effusion, full extension.

        Assessment: Primary osteoarthritis, right knee - stable.
        Plan: continue home exercise program and acetaminophen 500 mg as needed; weight management. Return
        in 6 months or sooner for an injection if pain flares.
        """,
        codes=[
            c("M17.11", "Primary osteoarthritis, right knee", why="R11: laterality documented"),
            c("99213", "Assessment",
              why="R15: MDM low - one stable chronic illness and an over-the-counter drug"),
        ],
        skips=[skip("sooner for an injection if pain flares", "R07", "hypothetical")],
    ),
    NoteSpec(
        id="dev-em2-60", dos="2026-07-15",
        specialty="gastroenterology", setting="outpatient", age=50, sex="M", payer="cigna", new_patient=True,
        minutes=40,
        text="""
        GI new patient

        50M referred for heartburn 3-4 times a week for a year, better with OTC famotidine. No dysphagia, weight
        loss, bleeding or vomiting.

        Exam: abdomen soft, non-tender.

        Assessment: Gastroesophageal reflux disease without esophagitis; no alarm features.
        Plan: lifestyle measures; omeprazole 20 mg daily before breakfast for 8 weeks; screening colonoscopy
        discussed (due at 45, never done) - scheduling.

        Total time today 40 minutes.
        """,
        codes=[
            c("K21.9", "Gastroesophageal reflux disease without esophagitis", why="R22: GERD without esophagitis"),
            c("99203", "Total time today 40 minutes", why="R14: new patient, 40 minutes (30-44); R16 new"),
        ],
        skips=[skip("No dysphagia", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-61", dos="2026-08-20",
        specialty="dermatology", setting="outpatient", age=26, sex="F", payer="uhc",
        text="""
        Eczema follow-up

        26F with lifelong atopic dermatitis, flaring for 3 weeks on the elbow creases and neck after a stressful
        move; itching disturbs sleep. Using moisturizer only.

        Exam: lichenified, excoriated eczematous plaques of both antecubital fossae and the neck.

        Assessment: Atopic dermatitis, flare.
        Plan: triamcinolone 0.1% ointment twice daily to the arms for 2 weeks, tacrolimus 0.1% ointment for
        the neck; bleach baths; thick emollient. Recheck in 4 weeks.
        """,
        codes=[
            c("L20.9", "Atopic dermatitis, flare", why="R22: atopic dermatitis, unspecified"),
            c("99214", "Assessment",
              why="R15: MDM moderate - chronic illness with exacerbation, prescription drug management"),
        ],
    ),
    NoteSpec(
        id="dev-em2-62", dos="2026-09-09",
        specialty="family medicine", setting="outpatient", age=49, sex="F", payer="aetna",
        text="""
        Sleep follow-up

        49F with chronic insomnia, sleeping 6-7 hours on trazodone 50 mg at bedtime with good sleep habits.
        No daytime sedation.

        Assessment: Insomnia, stable on current treatment.
        Plan: continue trazodone 50 mg nightly; refill sent. CBT-I workbook.
        """,
        codes=[
            c("G47.00", "Insomnia, stable on current treatment", why="R22: insomnia, type not documented"),
            c("99213", "Assessment",
              why="R15: MDM low - one stable chronic illness, prescription drug management"),
        ],
        skips=[skip("No daytime sedation", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-63", dos="2026-01-21",
        specialty="family medicine", setting="outpatient", age=60, sex="M", payer="bcbs",
        text="""
        Follow-up visit

        60M with hypertension and type 2 diabetes. Home BP log mostly 145-150/90. Sugars fine.
        BP today 148/92. A1c 6.9.

        A/P
        - HTN: not controlled on amlodipine 5 mg; increase to 10 mg daily. Recheck 4 weeks.
        - T2DM without complications: at goal, continue metformin 500 mg BID.
        """,
        codes=[
            c("I10", "HTN: not controlled", why="R20: chronic condition managed"),
            c("E11.9", "T2DM without complications", why="R22: no complications"),
            c("Z79.84", "metformin 500 mg BID", why="R10: long-term oral hypoglycemic"),
            c("99214", "A/P", why="R15: MDM moderate - chronic illness not at goal, prescription drug management"),
        ],
    ),
    NoteSpec(
        id="dev-em2-64", dos="2026-02-26",
        specialty="family medicine", setting="outpatient", age=33, sex="F", payer="aetna",
        text="""
        Sick visit

        33F with 3 days of runny nose, sore throat and dry cough, low-grade temperature 99.8. No shortness of
        breath. Kids at home with the same.

        Exam: clear rhinorrhea, mild pharyngeal erythema without exudate, lungs clear.

        Assessment: Acute upper respiratory infection - I suspect viral.
        Plan: fluids, rest, saline spray, acetaminophen as needed; expect improvement within 7-10 days.
        """,
        codes=[
            c("J06.9", "Acute upper respiratory infection", why="R22: acute URI, unspecified"),
            c("99213", "Assessment",
              why="R15: MDM low - acute uncomplicated illness, over-the-counter drugs"),
        ],
        skips=[skip("No shortness of\n        breath", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-65", dos="2026-03-12",
        specialty="family medicine", setting="outpatient", age=44, sex="F", payer="cigna",
        text="""
        Sinus complaint

        44F with 12 days of nasal congestion and facial pressure that improved and then worsened again 3 days
        ago, now with purulent discharge. No fever, no vision change.

        Exam: maxillary tenderness, purulent drainage in the nares.

        Assessment: Acute sinusitis - bacterial likely given the double worsening.
        Plan: amoxicillin-clavulanate 875 mg twice daily for 7 days; saline irrigation.
        """,
        codes=[
            c("J01.90", "Acute sinusitis", why="R22: acute sinusitis, sinus not specified"),
            c("99213", "Assessment",
              why="R15: MDM low - acute uncomplicated illness with prescription drug management ('likely' is "
                  "about the cause of a diagnosed sinusitis, not an undiagnosed problem)"),
        ],
        skips=[skip("No fever, no vision change", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-66", dos="2026-04-09",
        specialty="internal medicine", setting="outpatient", age=57, sex="F", payer="uhc", new_patient=True,
        text="""
        New patient - transferring care

        57F establishing care after her physician retired. Hypertension for 10 years on losartan 50 mg, home
        readings 120s/70s. Hypothyroidism on levothyroxine 100 mcg, TSH 2.3 in March (outside lab report
        reviewed). No complaints.

        Exam: BP 122/76. Normal thyroid and cardiac exam.

        Assessment:
        1. Essential hypertension - controlled.
        2. Hypothyroidism - euthyroid.
        Plan: continue losartan 50 mg and levothyroxine 100 mcg; 90-day prescriptions sent. Annual physical in
        3 months.
        """,
        codes=[
            c("I10", "Essential hypertension - controlled", why="R20: chronic condition managed"),
            c("E03.9", "Hypothyroidism - euthyroid", why="R20: chronic condition managed"),
            c("99204", "Assessment",
              why="R15: MDM moderate - two stable chronic illnesses, prescription drug management; R16 new"),
        ],
    ),
    NoteSpec(
        id="dev-em2-67", dos="2026-05-14",
        specialty="psychiatry", setting="outpatient", age=70, sex="M", payer="medicare", minutes=75,
        text="""
        Psychiatry follow-up - extended visit

        70M with recurrent major depression, moderate, after his wife's death 2 months ago; family meeting with
        his two daughters today about safety at home and support. No suicidal ideation.

        Assessment: Major depressive disorder, recurrent, moderate.
        Plan: increase sertraline to 100 mg daily; grief counseling referral; weekly calls from daughters.

        Total time on the date of service: 75 minutes, including the family meeting, care coordination and
        documentation.
        """,
        codes=[
            c("F33.1", "Major depressive disorder, recurrent, moderate", why="R22: episode and severity"),
            c("99215", "Total time on the date of service: 75 minutes", why="R14: established, 75 minutes (40+)"),
            c("G2212", "Total time on the date of service: 75 minutes", units=1,
              why="R14: Medicare prolonged service, established patient: 69-83 minutes = 1 unit"),
        ],
        skips=[skip("No suicidal ideation", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-68", dos="2026-06-18",
        specialty="family medicine", setting="outpatient", age=30, sex="M", payer="cigna",
        text="""
        ANNUAL PHYSICAL EXAM

        30M, established, no concerns. Exercises, non-smoker, rare alcohol. Up to date on Tdap.

        Exam: normal vital signs, BMI 23, normal complete exam.

        Assessment: Annual physical exam, healthy adult, no abnormal findings.
        Plan: lipid screening, HIV screening offered and accepted; return in 1 year.
        """,
        codes=[
            c("Z00.00", "Annual physical exam, healthy adult, no abnormal findings",
              why="R17: preventive exam without abnormal findings"),
            c("99395", "ANNUAL PHYSICAL EXAM", why="R17: established preventive visit, age 18-39"),
        ],
    ),
    NoteSpec(
        id="dev-em2-69", dos="2026-07-23",
        specialty="pulmonology", setting="outpatient", age=69, sex="M", payer="medicare",
        text="""
        COPD follow-up

        69M, former smoker, COPD stable: no exacerbations this year, walks a mile daily. Using his inhalers as
        prescribed.

        Spirometry performed in clinic today: FEV1 58% predicted, FEV1/FVC 0.61, unchanged from last year.

        Assessment: COPD, stable.
        Plan: continue tiotropium-olodaterol 2 puffs daily and albuterol as needed; pulmonary rehab offered.
        """,
        codes=[
            c("J44.9", "COPD, stable", why="R22: COPD without exacerbation or infection"),
            c("Z87.891", "former smoker", why="R06: history of nicotine dependence, relevant to the COPD managed"),
            c("99213", "Assessment",
              why="R15: MDM low - one stable chronic illness, prescription drug management (spirometry billed "
                  "separately)"),
            c("94010", "Spirometry performed in clinic today", why="R19: spirometry performed in the office"),
        ],
    ),
    NoteSpec(
        id="dev-em2-70", dos="2026-08-27",
        specialty="family medicine", setting="outpatient", age=48, sex="F", payer="bcbs",
        text="""
        Follow-up after pneumonia

        48F treated for right lower lobe pneumonia 6 weeks ago with a full course of antibiotics; feels back to
        normal. Follow-up chest x-ray last week (radiology report reviewed): resolution of the consolidation.

        Exam: lungs clear.

        Assessment: Pneumonia, resolved; follow-up exam after completed treatment.
        Plan: no further treatment; pneumococcal vaccine at her physical next month.
        """,
        codes=[
            c("Z09", "follow-up exam after completed treatment",
              why="R22: follow-up after completed treatment of a condition that has resolved"),
            c("Z87.01", "Pneumonia, resolved", why="R06: personal history of pneumonia"),
            c("99212", "Assessment",
              why="R15: MDM straightforward - resolved problem, one report reviewed, no management"),
        ],
    ),
    NoteSpec(
        id="dev-em2-71", dos="2026-01-15",
        specialty="family medicine", setting="outpatient", age=42, sex="F", payer="aetna",
        text="""
        Mood follow-up

        42F with depression and anxiety, both doing well on bupropion XL 300 mg; sleeping well, working full
        time. PHQ-2 negative today.

        Impression:
        1. Depression, in good control.
        2. Anxiety, stable.
        Plan: continue bupropion XL 300 mg every morning, refills x 6 months; counseling as needed.
        """,
        codes=[
            c("F32.A", "Depression, in good control", why="R22: depression, unspecified"),
            c("F41.9", "Anxiety, stable", why="R22: anxiety, unspecified"),
            c("99214", "Impression",
              why="R15: MDM moderate - two stable chronic illnesses, prescription drug management"),
        ],
    ),
    NoteSpec(
        id="dev-em2-72", dos="2026-02-18",
        specialty="orthopedics", setting="outpatient", age=51, sex="F", payer="bcbs",
        text="""
        Hand clinic

        51F with 3 months of numbness in the right thumb, index and middle fingers, waking her at night.
        Positive Tinel and Phalen at the right wrist, no thenar atrophy.

        Assessment: Carpal tunnel syndrome, right.
        Plan: night wrist splint, activity modification; EMG/nerve conduction study ordered. Injection to be
        discussed at follow-up if no better.
        """,
        codes=[
            c("G56.01", "Carpal tunnel syndrome, right", why="R11: laterality documented"),
            c("99213", "Assessment",
              why="R15: MDM low - one problem, one test ordered, splint (low risk)"),
        ],
        skips=[skip("Injection to be\n        discussed at follow-up if no better", "R07", "hypothetical")],
    ),
    NoteSpec(
        id="dev-em2-73", dos="2026-03-25",
        specialty="pediatrics", setting="outpatient", age=8, sex="M", payer="medicaid", new_patient=True,
        text="""
        New patient - school concerns

        8-year-old boy, new to our practice, with inattention, impulsivity and hyperactivity at home and school
        for 2 years. Vanderbilt forms from mother and teacher reviewed: criteria met for combined type. No tics,
        no cardiac history, normal exam and vital signs.

        Assessment: ADHD, combined type - newly diagnosed.
        Plan: start methylphenidate ER 18 mg every morning; behavioral therapy referral; school plan. Recheck in
        4 weeks with weight and blood pressure.
        """,
        codes=[
            c("F90.2", "ADHD, combined type", why="R22: presentation type documented"),
            c("99204", "Assessment",
              why="R15: MDM moderate - new chronic illness requiring treatment, prescription drug management; "
                  "R16 new"),
        ],
        skips=[skip("No tics", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-74", dos="2026-04-30",
        specialty="family medicine", setting="outpatient", age=66, sex="M", payer="medicare",
        text="""
        Leg redness

        66M with 3 days of spreading redness and warmth of the right shin after a scrape while gardening; low
        grade fever at home. No diabetes.

        Exam: T 100.2. 10 x 8 cm area of erythema, warmth and tenderness on the right anterior shin, no
        fluctuance, no crepitus; border marked.

        Assessment: Cellulitis of the right lower leg.
        Plan: cephalexin 500 mg four times daily for 7 days; elevate the leg; recheck in 48 hours.
        """,
        codes=[
            c("L03.115", "Cellulitis of the right lower leg", why="R22: cellulitis, site and side documented"),
            c("99214", "Assessment",
              why="R15: MDM moderate - acute illness with systemic symptoms, prescription drug management"),
        ],
        skips=[skip("No diabetes", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-75", dos="2026-05-28",
        specialty="family medicine", setting="outpatient", age=58, sex="F", payer="uhc",
        text="""
        Dizziness visit

        58F with brief spinning spells for a week when rolling over in bed to the right, lasting under a minute.
        No hearing loss, no headache, no weakness.

        Exam: right Dix-Hallpike reproduces torsional upbeating nystagmus; neuro exam otherwise normal.

        Assessment: Benign paroxysmal positional vertigo, right ear.
        Plan: home Epley exercises taught; meclizine 12.5 mg as needed for severe spells, sparingly.
        """,
        codes=[
            c("H81.11", "Benign paroxysmal positional vertigo, right ear", why="R11: laterality documented"),
            c("99213", "Assessment",
              why="R15: MDM low - acute uncomplicated illness, prescription drug management"),
        ],
        skips=[skip("No hearing loss", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-76", dos="2026-06-23",
        specialty="internal medicine", setting="outpatient", age=64, sex="M", payer="cigna",
        text="""
        Blood pressure follow-up

        64M with hypertension on lisinopril 20 mg; home average 128/78. No side effects.

        Assessment: Essential hypertension, controlled.
        Plan: continue lisinopril 20 mg daily. Return in 6 months.

        Total: 22 min (including documentation).
        """,
        codes=[
            c("I10", "Essential hypertension, controlled", why="R20: chronic condition managed"),
            c("99213", "Total: 22 min", why="R14: established, 22 minutes (20-29)"),
        ],
        skips=[skip("No side effects", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-77", dos="2026-07-30",
        specialty="pediatrics", setting="outpatient", age=15, sex="F", payer="bcbs", new_patient=True,
        text="""
        WELL ADOLESCENT VISIT - 15 years, new patient

        Moved from Texas. 10th grade, plays volleyball. Confidential interview: no tobacco, alcohol or drugs; not
        sexually active; mood good. Periods regular. Records show Tdap and MenACWY at 11; HPV not started.

        Exam: normal growth, BMI 21, normal complete exam including spine.

        Immunizations: HPV 9-valent dose 1 given IM in the left deltoid today after counseling the patient and
        her father on benefits and risks (VIS given).

        Assessment: Well adolescent exam without abnormal findings; HPV vaccine dose 1.
        """,
        codes=[
            c("Z00.129", "Well adolescent exam without abnormal findings",
              why="R17: routine child health exam without abnormal findings"),
            c("Z23", "HPV 9-valent dose 1 given", why="R24: encounter for immunization"),
            c("99384", "WELL ADOLESCENT VISIT - 15 years, new patient", why="R17: new patient preventive, age 12-17"),
            c("90651", "HPV 9-valent dose 1 given", why="R24: HPV vaccine product"),
            c("90460", "HPV 9-valent dose 1 given", "counseling",
              why="R24: administration under 19 with counseling by the physician"),
        ],
    ),
    NoteSpec(
        id="dev-em2-78", dos="2026-08-13",
        specialty="family medicine", setting="outpatient", age=50, sex="M", payer="aetna",
        text="""
        Back pain follow-up

        50M with low back pain for 8 weeks, improving with physical therapy; occasional meloxicam 7.5 mg helps.
        No leg symptoms.

        Assessment: Low back pain, improving.
        Plan: continue physical therapy; meloxicam 7.5 mg daily as needed with food, refill given.
        """,
        codes=[
            c("M54.50", "Low back pain, improving", why="R22: low back pain, unspecified"),
            c("99213", "Assessment",
              why="R15: MDM low - one problem improving, prescription drug management"),
        ],
        skips=[skip("No leg symptoms", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-79", dos="2026-01-13",
        specialty="internal medicine", setting="outpatient", age=74, sex="F", payer="medicare",
        text="""
        Chronic care visit

        74F with type 2 diabetes with diabetic CKD stage 3a and hypertension. No complaints. Labs last week
        reviewed: A1c 6.9, creatinine 1.2 (eGFR 48, stable), potassium 4.6, urine albumin/creatinine 45.

        BP 128/74.

        Assessment:
        1. Type 2 diabetes with diabetic chronic kidney disease, stage 3a - stable; continue metformin 500 mg BID
           (dose adjusted for eGFR) and empagliflozin 10 mg.
        2. Hypertension with CKD - controlled on losartan 50 mg; continue.
        Repeat BMP and A1c in 3 months.
        """,
        codes=[
            c("E11.22", "Type 2 diabetes with diabetic chronic kidney disease", why="R09: diabetes with CKD"),
            c("I12.9", "Hypertension with CKD", why="R08: hypertension with CKD presumed linked"),
            c("N18.31", "stage 3a", why="R09: use additional code for the CKD stage"),
            c("Z79.84", "metformin 500 mg BID", why="R10: long-term oral hypoglycemic"),
            c("99214", "Assessment",
              why="R15: MDM moderate - two stable chronic illnesses, data reviewed, prescription drug management"),
        ],
    ),
    NoteSpec(
        id="dev-em2-80", dos="2026-02-10",
        specialty="pediatrics", setting="outpatient", age=2, sex="M", payer="medicaid",
        text="""
        Ear pain

        2-year-old boy, history per dad: tugging at the right ear and fussy for 2 days, fever to 101 last night,
        runny nose. Eating a little less, drinking well.

        Exam: T 100.8. Right TM bulging and erythematous with poor mobility; left TM normal. Lungs clear.

        Assessment: Acute otitis media, right ear.
        Plan: amoxicillin 90 mg/kg/day divided twice daily for 10 days; ibuprofen for pain. Ear recheck in 3
        weeks.
        """,
        codes=[
            c("H66.91", "Acute otitis media, right ear",
              why="R22: acute otitis media, type not documented, right ear; R23 fever integral"),
            c("99213", "Assessment",
              why="R15: MDM low - acute uncomplicated illness, prescription drug management (father as "
                  "independent historian makes data limited only)"),
        ],
    ),
    NoteSpec(
        id="dev-em2-81", dos="2026-03-17",
        specialty="orthopedics", setting="outpatient", age=68, sex="M", payer="medicare", new_patient=True,
        text="""
        Orthopedic consultation - right knee (new patient)

        68M referred with 5 years of right knee pain now limiting walking to one block despite physical therapy,
        two steroid injections and NSAIDs. Standing x-rays from his PCP reviewed: bone-on-bone medial joint space,
        osteophytes.

        Exam: varus deformity, effusion, flexion to 100 degrees.

        Assessment: Primary osteoarthritis of the right knee, end stage, failed conservative treatment.
        Plan: we decided to proceed with right total knee arthroplasty; risks, benefits and alternatives
        discussed and consent signed. Medical clearance from his PCP before surgery.
        """,
        codes=[
            c("M17.11", "Primary osteoarthritis of the right knee", why="R11: laterality documented"),
            c("99204", "Assessment",
              why="R15: MDM moderate - chronic illness with progression despite treatment, decision for elective "
                  "major surgery; R16 new"),
        ],
    ),
    NoteSpec(
        id="dev-em2-82", dos="2026-04-14",
        specialty="dermatology", setting="outpatient", age=12, sex="F", payer="bcbs",
        text="""
        Warts

        12F with 3 common warts on the left fingers for 6 months despite OTC salicylic acid.

        Procedure: cryotherapy with liquid nitrogen to 3 verrucae on the left fingers, two freeze-thaw cycles
        each. Tolerated well. Aftercare reviewed.

        Assessment: Common warts, left fingers - treated today.
        """,
        codes=[
            c("B07.8", "Common warts, left fingers", why="R22: common (other viral) warts"),
            c("17110", "cryotherapy with liquid nitrogen to 3 verrucae",
              why="R18: destruction of benign lesions (warts), up to 14; the decision is part of the procedure, "
                  "no separate E/M"),
        ],
    ),
    NoteSpec(
        id="dev-em2-83", dos="2026-05-19",
        specialty="neurology", setting="outpatient", age=63, sex="M", payer="aetna", minutes=56,
        text="""
        Movement disorders follow-up

        63M with Parkinson disease, no dyskinesia and no wearing-off, but more falls risk concerns from his wife;
        balance worse. Reviewed home video, physical therapy notes and medication timing in detail; long
        discussion of safety and driving.

        Assessment: Parkinson's disease without dyskinesia, without mention of fluctuations.
        Plan: continue carbidopa-levodopa 25/100 three times daily; home safety evaluation; PT for balance.

        Total time on the date of the encounter: 56 minutes.
        """,
        codes=[
            c("G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations",
              why="R22: dyskinesia and fluctuations documented as absent"),
            c("99215", "Total time on the date of the encounter: 56 minutes", why="R14: established, 56 minutes (40+)"),
            c("99417", "Total time on the date of the encounter: 56 minutes", units=1,
              why="R14: prolonged service for a commercial payer from 55 minutes: 55-69 = 1 unit"),
        ],
    ),
    NoteSpec(
        id="dev-em2-84", dos="2026-06-09",
        specialty="family medicine", setting="outpatient", age=79, sex="F", payer="medicare",
        text="""
        Anticoagulation check

        79F with atrial fibrillation on warfarin. No bleeding, no missed doses, no new medicines.

        Point-of-care INR performed in clinic today: 2.4 (goal 2-3).

        Assessment: Therapeutic drug level monitoring - INR in range; atrial fibrillation, rate controlled.
        Plan: continue warfarin 5 mg daily except 2.5 mg on Mondays; recheck INR in 4 weeks.
        """,
        codes=[
            c("Z51.81", "Therapeutic drug level monitoring", why="R21: reason for the visit: drug monitoring"),
            c("I48.91", "atrial fibrillation, rate controlled", why="R20: condition managed, type not documented"),
            c("Z79.01", "on warfarin", why="R10: long-term anticoagulant"),
            c("99213", "Assessment",
              why="R15: MDM low - one stable chronic illness, prescription drug management (the in-office INR is "
                  "billed, not counted)"),
            c("85610", "Point-of-care INR performed in clinic today", why="R19: PT/INR performed in the office"),
        ],
        skips=[skip("No bleeding", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-85", dos="2026-07-21",
        specialty="internal medicine", setting="outpatient", age=55, sex="M", payer="uhc",
        text="""
        Abnormal labs

        55M with hyperlipidemia on atorvastatin 40 mg; routine labs show ALT 142 and AST 98 (normal a year ago).
        Drinks 2-3 beers nightly. No abdominal pain, no jaundice.

        Assessment:
        1. Elevated liver transaminases - cause not yet clear (statin, alcohol, fatty liver).
        2. Hyperlipidemia.
        Plan: hold atorvastatin; hepatitis B and C serologies, iron studies and right upper quadrant ultrasound
        ordered; alcohol cessation advised. Recheck liver tests in 4 weeks.
        """,
        codes=[
            c("R74.01", "Elevated liver transaminases", why="R03: cause uncertain; the lab abnormality is coded"),
            c("E78.5", "Hyperlipidemia", why="R20: chronic condition managed (statin held)"),
            c("99214", "Assessment",
              why="R15: MDM moderate - undiagnosed new problem, moderate data (serologies, iron studies, "
                  "ultrasound), prescription drug management (statin held)"),
        ],
        skips=[skip("No abdominal pain, no jaundice", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-86", dos="2026-08-18",
        specialty="endocrinology", setting="outpatient", age=61, sex="F", payer="cigna",
        text="""
        Diabetes follow-up - feet

        61F with type 2 diabetes and diabetic polyneuropathy; burning feet worse at night over 2 months despite
        gabapentin 300 mg at bedtime. A1c 7.0 on metformin.

        Exam: reduced vibration and pinprick to the ankles bilaterally; no foot ulcers.

        Assessment: Type 2 diabetes mellitus with diabetic polyneuropathy - painful, not controlled.
        Plan: increase gabapentin to 300 mg three times daily; continue metformin 1000 mg BID; podiatry for
        foot care.
        """,
        codes=[
            c("E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy",
              why="R09: diabetes with polyneuropathy"),
            c("Z79.84", "metformin 1000 mg BID", why="R10: long-term oral hypoglycemic"),
            c("99214", "Assessment",
              why="R15: MDM moderate - chronic illness with progression, prescription drug management"),
        ],
        skips=[skip("no foot ulcers", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-87", dos="2026-01-27",
        specialty="cardiology", setting="outpatient", age=66, sex="M", payer="medicare",
        text="""
        Cardiology return visit

        66M with coronary artery disease, drug-eluting stent to the LAD in 2022, and hyperlipidemia. No angina,
        walks 2 miles daily. Lipids last month: LDL 64.

        Exam: BP 124/72, regular rhythm, no murmur.

        Impression:
        - CAD, native vessel, without angina; s/p LAD stent - stable.
        - Hyperlipidemia at goal.
        Plan: continue aspirin 81 mg, rosuvastatin 20 mg and metoprolol succinate 25 mg. Follow up in 1 year.
        """,
        codes=[
            c("I25.10", "CAD, native vessel, without angina", why="R22: native vessel, no angina"),
            c("E78.5", "Hyperlipidemia at goal", why="R20: chronic condition managed"),
            c("Z95.5", "s/p LAD stent", why="R06: status code for the coronary stent"),
            c("Z79.82", "continue aspirin 81 mg", why="R10: long-term aspirin for the CAD managed (as dev-0098)"),
            c("99214", "Impression",
              why="R15: MDM moderate - two stable chronic illnesses, prescription drug management"),
        ],
        skips=[skip("No angina", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-88", dos="2026-02-24",
        specialty="family medicine", setting="outpatient", age=72, sex="F", payer="medicare",
        text="""
        Urinary symptoms

        72F with 2 days of burning and frequency; no fever, no flank pain, no confusion.

        Clean-catch urine dipstick in clinic (non-automated, no microscopy): nitrite positive, leukocytes 2+.
        Urine culture sent to the lab.

        Assessment: Urinary tract infection, site not specified.
        Plan: cephalexin 500 mg twice daily for 7 days; adjust to the culture.
        """,
        codes=[
            c("N39.0", "Urinary tract infection, site not specified", why="R23: dysuria integral to the UTI"),
            c("99213", "Assessment",
              why="R15: MDM low - acute uncomplicated illness, one test sent, prescription drug management"),
            c("81002", "Clean-catch urine dipstick in clinic (non-automated, no microscopy)",
              why="R19: dipstick urinalysis in the office"),
        ],
        skips=[skip("no fever, no flank pain", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-89", dos="2026-03-31",
        specialty="pulmonology", setting="outpatient", age=35, sex="F", payer="aetna",
        text="""
        Asthma - sick visit

        35F with moderate persistent asthma on budesonide-formoterol 160/4.5 two puffs twice daily; after a cold
        she has wheezed for 5 days, waking 3 nights, albuterol 4-5 times a day. No fever.

        Exam: SpO2 95%, scattered expiratory wheeze, speaking full sentences. Peak flow 65% of best.

        Assessment: Moderate persistent asthma with acute exacerbation.
        Plan: prednisone 40 mg daily for 5 days; continue budesonide-formoterol, albuterol as needed; written
        action plan; recheck by phone in 48 hours.
        """,
        codes=[
            c("J45.41", "Moderate persistent asthma with acute exacerbation",
              why="R22: severity and exacerbation documented"),
            c("99214", "Assessment",
              why="R15: MDM moderate - chronic illness with exacerbation, prescription drug management"),
        ],
        skips=[skip("No fever", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em2-90", dos="2026-04-28",
        specialty="obstetrics and gynecology", setting="outpatient", age=27, sex="F", payer="bcbs",
        text="""
        OB problem visit - nausea and vomiting (10 weeks)

        27F G1 at 10 weeks 2 days with nausea and vomiting 3-4 times a day for a week, keeping fluids down, no
        weight loss, urinating normally.

        Exam: mucous membranes moist, weight stable.

        Assessment: Mild hyperemesis gravidarum at 10 weeks.
        Plan: doxylamine-pyridoxine 10/10 mg at bedtime, increase to twice daily if needed; small frequent meals;
        return for ketones or inability to keep fluids down.
        """,
        codes=[
            c("O21.0", "Mild hyperemesis gravidarum", why="R25: pregnancy complication coded from chapter 15"),
            c("Z3A.10", "10 weeks", why="R25: weeks of gestation"),
            c("99213", "Assessment",
              why="R15: MDM low - acute uncomplicated problem in pregnancy treated with a prescription drug; a "
                  "problem visit outside routine antepartum care is reported separately"),
        ],
        skips=[skip("return for ketones or inability to keep fluids down", "R07", "conditional")],
    ),
    NoteSpec(
        id="dev-em2-91", dos="2026-05-26",
        specialty="pediatrics", setting="outpatient", age=7, sex="M", payer="medicaid",
        text="""
        Wrist injury

        7-year-old fell off the monkey bars yesterday onto his outstretched right hand; history from mother.
        Point tenderness of the distal radius. X-rays at the urgent care last night (report reviewed): buckle
        (torus) fracture of the distal right radius, no displacement.

        Assessment: Torus fracture of the lower end of the right radius.
        Plan: removable wrist splint for 3 weeks (prefabricated, dispensed by urgent care); ibuprofen as needed;
        no imaging follow-up needed.
        """,
        codes=[
            c("S52.521A", "Torus fracture of the lower end of the right radius",
              why="R12: initial encounter while actively treated; R11 right"),
            c("99213", "Assessment",
              why="R15: MDM low - acute uncomplicated injury, data limited (external report and the mother's "
                  "history), over-the-counter drug"),
        ],
    ),
    NoteSpec(
        id="dev-em2-92", dos="2026-06-30",
        specialty="endocrinology", setting="outpatient", age=38, sex="F", payer="uhc", new_patient=True,
        text="""
        Endocrinology new patient - hyperthyroidism

        38F referred for palpitations, weight loss of 4 kg and heat intolerance. Outside labs: TSH < 0.01, free
        T4 3.2 (high), TRAb positive. Diffusely enlarged non-tender thyroid, fine tremor, HR 108.

        Assessment: Graves disease (thyrotoxicosis with diffuse goiter), no thyroid storm.
        Plan: start methimazole 20 mg daily and propranolol 20 mg three times daily; CBC and liver tests
        baseline and in 4 weeks (agranulocytosis and hepatotoxicity precautions reviewed). Discussed radioactive
        iodine and surgery as later options.
        """,
        codes=[
            c("E05.00", "Graves disease (thyrotoxicosis with diffuse goiter), no thyroid storm",
              why="R22: thyrotoxicosis with diffuse goiter without crisis"),
            c("99204", "Assessment",
              why="R15: MDM moderate - new chronic illness with systemic symptoms, outside labs reviewed and tests "
                  "ordered, prescription drug management; R16 new"),
        ],
    ),
    NoteSpec(
        id="dev-em2-93", dos="2026-07-28",
        specialty="gastroenterology", setting="outpatient", age=9, sex="F", payer="cigna",
        text="""
        Constipation follow-up

        9F with functional constipation, better on polyethylene glycol 17 g daily: soft stool daily, no
        accidents. Mother agrees with the history.

        Assessment: Constipation, improving.
        Plan: continue polyethylene glycol 17 g daily for 2 more months, then wean; fiber and water goals.
        """,
        codes=[
            c("K59.00", "Constipation, improving", why="R22: constipation, unspecified"),
            c("99213", "Assessment",
              why="R15: MDM low - one improving problem, over-the-counter drug"),
        ],
    ),
    NoteSpec(
        id="dev-em2-94", dos="2026-08-25",
        specialty="family medicine", setting="outpatient", age=46, sex="M", payer="aetna",
        text="""
        Smoking cessation visit

        46M smoking 1 pack a day for 25 years, ready to quit; quit date set for next Monday. No seizures, no
        eating disorder, no psychiatric history.

        Assessment: Nicotine dependence, cigarettes.
        Plan: start varenicline 0.5 mg daily, titrating to 1 mg twice daily per the starter pack; nicotine gum
        for cravings; quitline referral.

        Counseled on tobacco cessation for 8 minutes today.
        """,
        codes=[
            c("F17.210", "Nicotine dependence, cigarettes", why="R22: nicotine dependence, cigarettes"),
            c("99214", "Assessment", mods=["25"],
              why="R15: MDM moderate - chronic illness not at goal (still smoking), prescription drug "
                  "management; modifier 25 with the separately reported counseling"),
            c("99406", "Counseled on tobacco cessation for 8 minutes",
              why="R18: tobacco cessation counseling documented with minutes"),
        ],
    ),
]
