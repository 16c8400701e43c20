"""Dev notes dev-em4-01..30 (issue #3, E/M generalisation, fourth set): gold written before the engine was run.

Styles other authors use: medical decision making stated in the physician's own words rather than the AMA table's
("reviewed outside records", "discussed with cardiology", "considered admission but patient prefers home", "Rx
management", "OTC meds", "stable chronic illness", "acute complicated injury", "drug therapy requiring intensive
monitoring for toxicity", "independent interpretation of CXR"); time written in several ways, including time
spent on a separately billed procedure or on another date (neither counts: CPT 2021 time rules); no time and
the level by MDM; self-limited problems; nurse visits (99211) and an ED visit that did not need a physician
(99281, 2023 ED guidelines); consultations billed as office visits.

First run (engine at 68446f9 plus other helpers' uncommitted suggest/em.py edits, before any change of this batch's
fixes): E/M exact match 17/30 (0.567); ICD-10-CM P/R/F1 0.846/0.825/0.835 (tp 33, fp 6, fn 7); procedures tp 4,
fp 1 (96127), fn 0. E/M misses: 02 and 03 (time spent on a separately billed injection / on the next day counted),
06 and 23 (self-limited problem graded acute uncomplicated; OTC hydrocortisone taken as a prescription), 08 and 09
(nurse visits: 99211 never chosen), 10 (ED visit needing no physician: 99281 never chosen), 11 (bee sting counted as
two acute problems), 14 (chest pain with a hospitalization decision declined by the patient and a discussion with
cardiology: risk graded low), 16 ('drug therapy requiring intensive monitoring for toxicity' found but the RA flare
graded a minor problem), 18 (thyroid nodule with 'malignancy not excluded' graded acute uncomplicated), 21
('acute complicated injury' stated without a surgery decision), 26 (a hospitalization decision also made the
problem high). The 96127 "false positive" on 05 was right (PHQ-9 scored today): the gold was corrected after
the first run.
After the fixes (commits 10352f3..d5d687e): E/M 29/30; the one left is 16 ('RA' for rheumatoid arthritis is not
expanded because of its room-air reading, so the RA flare is not a coded problem).
"""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-em4-01", dos="2026-04-06",
        specialty="family medicine", setting="outpatient", age=52, sex="F", payer="bcbs",
        text="""
        Chronic care visit

        Here for her sugars and pressure. Checks fasting glucose most mornings, 110s-130s. Home BP cuff readings
        in the 120s/80s. No hypoglycemia. Feet without sores.

        BP 126/78. Monofilament intact.

        Impression:
        1. DM2 - stable chronic illness, A1c last time 6.9.
        2. HTN - stable, at goal.
        Rx management: refilled metformin 1000 mg BID and lisinopril 20 mg daily, 90-day supplies.
        Ordered CMP and urine microalbumin before next visit. See me in 4 months.
        """,
        codes=[
            c("E11.9", "DM2 - stable chronic illness", why="R22: type 2 diabetes without documented complication"),
            c("I10", "HTN - stable, at goal", why="R20: chronic condition managed"),
            c("Z79.84", "metformin 1000 mg BID", why="R10: long-term oral hypoglycemic"),
            c("99214", "Impression",
              why="R15: no time; two stable chronic illnesses (moderate) and prescription drug management "
                  "(moderate) -> moderate MDM"),
        ],
        skips=[skip("No hypoglycemia", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em4-02", dos="2026-04-07",
        specialty="family medicine", setting="outpatient", age=66, sex="M", payer="aetna",
        text="""
        Knee pain

        66M with known right knee osteoarthritis, flared over the last 3 weeks after gardening. Swelling and pain
        on stairs; Tylenol not helping much. Right knee small effusion, crepitus, ROM 5-110.

        Assessment: Primary OA right knee, flare.
        Plan: After consent, right knee injected with 40 mg triamcinolone and 3 mL lidocaine via lateral approach,
        tolerated well. Continue Tylenol OTC up to 3 g/day. Ice. Return 6 weeks.

        I spent 40 minutes total today; 15 minutes of that was the knee injection itself, which is billed
        separately.
        """,
        codes=[
            c("M17.11", "Primary OA right knee", why="R11: right knee primary osteoarthritis"),
            c("99213", "I spent 40 minutes total today",
              why="R14: 40 minutes minus 15 for the separately billed injection = 25 countable minutes (20-29); "
                  "MDM low (exacerbated chronic illness, minor procedure/OTC risk) agrees", mods=["25"]),
            c("20610", "right knee injected", why="R18: major joint injection", mods=["RT"]),
            c("J3301", "40 mg triamcinolone", why="R18: triamcinolone 40 mg = 4 units of 10 mg", units=4),
        ],
    ),
    NoteSpec(
        id="dev-em4-03", dos="2026-04-08",
        specialty="internal medicine", setting="outpatient", age=44, sex="M", payer="uhc",
        text="""
        Sick visit - low back

        44M lifted a couch 4 days ago, now aching low back pain without radiation. No numbness, no bowel or
        bladder change. Paraspinal tenderness L4-5, SLR negative bilaterally, strength normal.

        Assessment: Acute low back pain, mechanical, no sciatica.
        Plan: cyclobenzaprine 5 mg at bedtime x 7 days, ibuprofen 600 mg with food. Home exercise sheet. No
        imaging needed.

        Total time 45 minutes over two days: 25 minutes at today's visit, and 20 minutes the next day reviewing his
        work restrictions form and calling him back.
        """,
        codes=[
            c("M54.50", "Acute low back pain", why="R22: low back pain, unspecified"),
            c("99213", "25 minutes at today's visit",
              why="R14: only the date of service counts (25 min, 20-29); the next day's 20 minutes do not; MDM "
                  "low (acute uncomplicated injury, prescription drug) agrees"),
        ],
        skips=[skip("no sciatica", "R01", "negated"), skip("No imaging", "R07", "no test ordered")],
    ),
    NoteSpec(
        id="dev-em4-04", dos="2026-04-09",
        specialty="family medicine", setting="outpatient", age=47, sex="F", payer="cigna",
        new_patient=True, minutes=35,
        text="""
        New patient - breast lump

        47F new to the practice. Noticed a lump in the right breast in the shower 2 weeks ago, not tender. No
        nipple discharge. Last mammogram 3 years ago, normal per patient. Mother had no breast cancer.

        Exam: 1.5 cm firm mobile mass right breast upper outer quadrant, no axillary nodes.

        Assessment: Palpable lump right breast, UOQ, cause not yet known.
        Plan: diagnostic mammogram and right breast ultrasound ordered, scheduled this week. Discussed possible
        need for biopsy depending on imaging.

        I spent 35 minutes with the patient and on documentation today.
        """,
        codes=[
            c("N63.11", "Palpable lump right breast, UOQ", why="R22: breast lump by breast and quadrant"),
            c("99203", "I spent 35 minutes",
              why="R14: new patient, 35 minutes (30-44); MDM low (new problem with uncertain prognosis, 2 tests "
                  "ordered, minimal risk) agrees"),
        ],
        skips=[skip("No\n        nipple discharge", "R01", "negated"),
               skip("Mother had no breast cancer", "R01", "negated family history")],
    ),
    NoteSpec(
        id="dev-em4-05", dos="2026-04-10",
        specialty="family medicine", setting="outpatient", age=38, sex="F", payer="bcbs", minutes=25,
        text="""
        Mood follow-up

        38F on sertraline 100 mg for depression. Sleeping better, back at work full time, PHQ-9 today 5 (was 14 in
        January). No thoughts of self-harm. Tolerating the medication.

        A/P: Depression, doing well on sertraline. Continue same dose, refill x 3 months. Counseling resources
        reviewed again. Follow up in 3 months or sooner as needed.

        Time-based billing: 25 minutes including chart review.
        """,
        codes=[
            c("F32.A", "Depression, doing well on sertraline", why="R22: depression without further specificity"),
            c("99213", "Time-based billing: 25 minutes including chart review",
              why="R14: established, 25 minutes (20-29); MDM low (one stable chronic illness, prescription drug) "
                  "agrees"),
            c("96127", "PHQ-9 today 5", why="R19: standardized depression instrument scored today (added after the "
              "first run: the gold had missed it)"),
        ],
        skips=[skip("No thoughts of self-harm", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em4-06", dos="2026-04-13",
        specialty="family medicine", setting="outpatient", age=29, sex="M", payer="aetna",
        text="""
        Rash

        29M pulled weeds Saturday, now itchy streaky blisters on both forearms. No facial swelling, no fever.
        Linear vesicles on the forearms, no signs of infection.

        Assessment: Poison ivy dermatitis, mild, will run its course.
        Plan: OTC hydrocortisone 1% cream twice daily, calamine lotion, cool compresses, oral antihistamine at
        night if it keeps him awake. Wash clothes and tools.
        """,
        codes=[
            c("L23.7", "Poison ivy dermatitis", why="R22: allergic contact dermatitis due to plants"),
            c("99212", "Assessment",
              why="R15: one self-limited problem, OTC drugs (low risk), no data -> straightforward MDM"),
        ],
        skips=[skip("No facial swelling", "R01", "negated"), skip("no fever", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em4-07", dos="2026-04-14",
        specialty="family medicine", setting="outpatient", age=24, sex="M", payer="uhc", new_patient=True,
        text="""
        New patient visit

        24M, first visit with us. Bitten by something on the left forearm while camping 2 days ago, itchy red
        bump. No spreading redness, no fever. 6 mm papule with central punctum, no warmth.

        Assessment: Insect bite of left forearm, minor.
        Plan: OTC meds - cetirizine daily and hydrocortisone cream. Keep it clean, don't scratch. Return if red
        streaks.
        """,
        codes=[
            c("S50.862A", "Insect bite of left forearm", why="R12: nonvenomous insect bite, left forearm, initial"),
            c("99202", "Assessment",
              why="R15: new patient, one minor problem, OTC drugs -> straightforward MDM"),
        ],
        skips=[skip("No spreading redness", "R01", "negated"), skip("no fever", "R01", "negated"),
               skip("Return if red\n        streaks", "R07", "hypothetical")],
    ),
    NoteSpec(
        id="dev-em4-08", dos="2026-04-15",
        specialty="family medicine", setting="outpatient", age=61, sex="F", payer="bcbs",
        text="""
        Nurse visit - blood pressure check

        Pt here for BP recheck 2 weeks after Dr. Lindqvist started amlodipine for hypertension. No headache,
        no dizziness, no ankle swelling. Taking it every morning.
        BP 132/80 left arm seated, repeat 128/78 after 5 minutes.
        Readings reviewed with Dr. Lindqvist in clinic: continue current dose, BP recheck with her in 3 months.
        - J. Ortega, RN
        """,
        codes=[
            c("I10", "hypertension", why="R20: the condition the nurse visit monitors"),
            c("99211", "Nurse visit - blood pressure check",
              why="R15: nurse visit under the physician's supervision, no physician E/M work (99211)"),
        ],
        skips=[skip("No headache", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em4-09", dos="2026-04-16",
        specialty="family medicine", setting="outpatient", age=35, sex="M", payer="cigna",
        text="""
        Nurse visit

        Here for suture removal. Laceration of the left palm repaired at urgent care 10 days ago with 5 sutures.
        No drainage or fever. Wound well healed, edges approximated, no redness.
        5 sutures removed without difficulty, steri-strips applied. Wound care reviewed.
        - M. Achebe, LPN
        """,
        codes=[
            c("Z48.02", "suture removal", why="R21: encounter for removal of sutures"),
            c("99211", "Nurse visit",
              why="R15: nurse visit, suture removal placed elsewhere, no physician E/M work (99211)"),
        ],
        skips=[skip("No drainage or fever", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em4-10", dos="2026-04-17",
        specialty="emergency medicine", setting="outpatient", age=27, sex="F", payer="medicaid", pos="23",
        text="""
        ED visit

        27F returns to the ED for removal of stitches placed here 8 days ago for a right shin laceration. No pain,
        no fever. Wound clean and healed.
        Suture removal by ED nurse, 4 nylon sutures out, no dehiscence. Home care instructions given.
        Discharged.
        """,
        codes=[
            c("Z48.02", "removal of stitches", why="R21: encounter for removal of sutures"),
            c("99281", "ED visit",
              why="R15: ED visit whose service did not need a physician (suture removal by the nurse): 99281 "
                  "(2023 ED guidelines)"),
        ],
        skips=[skip("No pain", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em4-11", dos="2026-04-18",
        specialty="emergency medicine", setting="outpatient", age=33, sex="M", payer="uhc", pos="23",
        text="""
        Emergency department note

        CC: bee sting
        33M stung on the right hand 1 hour ago. Swelling and pain at the site. No lip or tongue swelling, no
        wheeze, no hives elsewhere, no lightheadedness.
        Exam: 3 cm area of swelling dorsum right hand, stinger removed. Lungs clear. Vitals normal.

        Impression: Bee sting, local reaction only.
        Plan: ice, elevate, diphenhydramine OTC as needed for itch. Discharged home.
        """,
        codes=[
            c("T63.441A", "Bee sting", why="R12: toxic effect of bee venom, accidental, initial"),
            c("99282", "Impression",
              why="R15: ED, one minor self-limited problem, OTC drug -> straightforward MDM"),
        ],
        skips=[skip("No lip or tongue swelling", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em4-12", dos="2026-04-19",
        specialty="emergency medicine", setting="outpatient", age=19, sex="F", payer="bcbs", pos="23",
        text="""
        ED course

        19F rolled her right ankle playing volleyball. Able to bear weight with a limp. Tender over the ATFL, no
        bony tenderness at the malleoli or base of the 5th metatarsal.
        X-ray right ankle ordered: no fracture per radiology.

        Diagnosis: Right ankle sprain.
        Plan: RICE, ankle brace, ibuprofen OTC, crutches as needed. Sports medicine follow-up if not better in 2
        weeks.
        """,
        codes=[
            c("S93.401A", "Right ankle sprain", why="R12: sprain of right ankle, ligament unspecified, initial"),
            c("99283", "Diagnosis",
              why="R15: ED, acute uncomplicated injury (low), one test (minimal data), OTC drug (low risk) -> "
                  "low MDM"),
        ],
        skips=[skip("no fracture", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em4-13", dos="2026-04-20",
        specialty="emergency medicine", setting="outpatient", age=58, sex="F", payer="aetna", pos="23",
        text="""
        ED physician note

        58F slipped on ice, landed on outstretched right hand. Wrist swollen and deformed, fingers warm, sensation
        intact.
        My independent interpretation of the wrist x-ray: displaced distal radius fracture, dorsal angulation;
        radiology read pending at time of discharge.

        Assessment: Acute complicated injury - closed right distal radius fracture.
        Plan: sugar-tong splint placed by the ortho tech; sling. Orthopedics clinic in 3 days for possible
        reduction and fixation. Hydrocodone-acetaminophen 5/325 one tab q6h prn severe pain, #10.
        """,
        codes=[
            c("S52.501A", "closed right distal radius fracture", why="R12: right lower radius fracture, closed, "
              "initial (type not specified)"),
            c("99284", "Assessment",
              why="R15: ED, acute complicated injury (moderate), independent interpretation (moderate data), "
                  "prescription drug (moderate risk) -> moderate MDM"),
        ],
    ),
    NoteSpec(
        id="dev-em4-14", dos="2026-04-21",
        specialty="emergency medicine", setting="outpatient", age=63, sex="M", payer="medicare", pos="23",
        text="""
        Emergency department visit

        63M with 2 hours of pressure-like left chest discomfort at rest, now eased. Smoker, HTN. Vitals stable.
        Work-up: troponin x2 negative, BMP and CBC unremarkable, D-dimer negative. Independent interpretation of
        CXR: no infiltrate, no widened mediastinum.
        Discussed with cardiology (Dr. Osei) by phone: agrees with outpatient stress test within 72 h.
        Considered admission for observation but patient prefers home; he understands the risk and will return
        for any recurrence.

        Impression: Chest pain, atypical features; ACS not excluded.
        Plan: aspirin 81 mg daily, stress test ordered, cardiology follow-up.
        """,
        codes=[
            c("R07.89", "Chest pain, atypical features", why="R03: symptom coded; ACS not confirmed"),
            c("99285", "Impression",
              why="R15: ED, extensive data (tests, independent interpretation, discussion with cardiology) and "
                  "decision regarding hospitalization (high risk) -> high MDM"),
        ],
        skips=[skip("ACS not excluded", "R03", "uncertain diagnosis")],
    ),
    NoteSpec(
        id="dev-em4-15", dos="2026-04-22",
        specialty="emergency medicine", setting="outpatient", age=31, sex="F", payer="cigna", pos="23",
        text="""
        ED note

        31F with 10 hours of crampy pain around the navel, nausea, one episode of vomiting. No fever. LMP 2 weeks
        ago. Mild periumbilical tenderness, no rebound, no McBurney point tenderness.
        Ordered CBC, CMP, lipase, UA and urine hCG: all normal, hCG negative.
        Given IV fluids and IV ondansetron 4 mg with relief; tolerating liquids after.

        Impression: Periumbilical abdominal pain, no clear cause; appendicitis felt less likely but possible early.
        Plan: bland diet, ondansetron ODT 4 mg prescribed, return precautions, recheck with PCP in 24 hours.
        """,
        codes=[
            c("R10.33", "Periumbilical abdominal pain", why="R03: symptom coded, cause not established"),
            c("99284", "Impression",
              why="R15: ED, undiagnosed new problem with uncertain prognosis (moderate), five tests ordered "
                  "(moderate data), prescription drugs (moderate risk) -> moderate MDM"),
        ],
        skips=[skip("No fever", "R01", "negated"), skip("appendicitis", "R03", "possible diagnosis")],
    ),
    NoteSpec(
        id="dev-em4-16", dos="2026-04-23",
        specialty="rheumatology", setting="outpatient", age=55, sex="F", payer="bcbs",
        text="""
        Rheumatology follow-up

        55F with seropositive RA on methotrexate 15 mg weekly. Three weeks of morning stiffness over 1 hour, both
        wrists and MCPs swollen. Synovitis of 6 joints on exam.

        Assessment: RA, flaring on current dose.
        Plan: increase methotrexate to 20 mg weekly with folic acid 1 mg daily. Drug therapy requiring intensive
        monitoring for toxicity: CBC and CMP (liver enzymes) drawn today and every 4 weeks while escalating.
        Return in 6 weeks.
        """,
        codes=[
            c("M05.79", "seropositive RA", "both\n        wrists and MCPs",
              why="R22: RA with rheumatoid factor, multiple sites, without organ involvement"),
            c("Z79.631", "methotrexate 15 mg weekly", why="R10: long-term antimetabolite"),
            c("99214", "Assessment",
              why="R15: chronic illness with exacerbation (moderate), two tests (limited data), drug therapy "
                  "requiring intensive monitoring for toxicity (high risk) -> moderate MDM"),
        ],
    ),
    NoteSpec(
        id="dev-em4-17", dos="2026-04-24",
        specialty="internal medicine", setting="outpatient", age=69, sex="M", payer="medicare",
        text="""
        Office visit

        69M with 3 weeks of breathlessness climbing one flight of stairs and swollen ankles, new for him. Sleeps on
        2 pillows now. Weight up 4 kg. Bilateral pitting edema to mid-shin, JVP up, faint bibasilar crackles.

        Assessment: New dyspnea on exertion with bilateral leg edema - new problem with uncertain prognosis, new
        heart failure suspected.
        Plan: ordered CMP and TSH, BNP and an echo. Discussed with cardiology today, who will see him this week.
        Considered admission but patient prefers home; furosemide 20 mg daily started, daily weights, call with a
        gain over 1 kg.

        I spent 45 minutes with him today and another 20 minutes yesterday going through his outside hospital
        records before the visit.
        """,
        codes=[
            c("R06.09", "dyspnea on exertion", why="R03: symptom coded, heart failure only suspected"),
            c("R60.0", "bilateral leg edema", why="R03: symptom coded, heart failure only suspected"),
            c("99215", "I spent 45 minutes with him today",
              why="R14: 45 minutes on the date of service (40-54); the previous day's 20 minutes do not count, so "
                  "no prolonged service; MDM high (extensive data, hospitalization decision) agrees"),
        ],
        skips=[skip("new\n        heart failure suspected", "R03", "uncertain diagnosis")],
    ),
    NoteSpec(
        id="dev-em4-18", dos="2026-04-27",
        specialty="endocrinology", setting="outpatient", age=49, sex="F", payer="aetna", new_patient=True,
        text="""
        Consultation requested by Dr. Haddad for a thyroid nodule

        49F sent for a nodule found on a neck CT done for neck pain. No hoarseness, no dysphagia, no radiation
        exposure. Reviewed outside records: CT report and thyroid ultrasound from last month showing a 1.8 cm
        solid hypoechoic left lobe nodule, TR4; TSH from last month 1.9.
        Neck: palpable left nodule, no nodes.

        Impression: Solitary left thyroid nodule, TR4, malignancy not excluded.
        Plan: ultrasound-guided FNA, scheduled next week. Results visit after.
        """,
        codes=[
            c("E04.1", "Solitary left thyroid nodule", why="R22: nontoxic single thyroid nodule"),
            c("99204", "Impression",
              why="R16/R15: consultation for a patient new to the practice billed as a new office visit; new "
                  "problem with uncertain prognosis (moderate), outside records plus two results reviewed "
                  "(moderate data), minor diagnostic procedure decided (low risk) -> moderate MDM"),
        ],
        skips=[skip("No hoarseness", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em4-19", dos="2026-04-28",
        specialty="internal medicine", setting="outpatient", age=57, sex="M", payer="uhc", new_patient=True,
        minutes=62,
        text="""
        New patient - establishing care

        57M moving from Ohio, out of his medicines for 2 weeks. Type 2 diabetes on metformin, blood pressure on
        losartan. Home sugars 250s since he ran out. Thirsty, urinating more.
        BP 152/94. Fingerstick glucose by meter 268 at the lab.

        Assessment:
        1. Type 2 DM with hyperglycemia, off meds.
        2. Hypertension, above goal off losartan.
        Plan: restart metformin 1000 mg BID and losartan 50 mg daily; A1c, CMP, lipids ordered. Diabetes education
        referral. Return in 2 weeks.

        Total time: 62 min.
        """,
        codes=[
            c("E11.65", "Type 2 DM with hyperglycemia", why="R09: type 2 diabetes with hyperglycemia"),
            c("I10", "Hypertension, above goal", why="R20: chronic condition managed"),
            c("Z79.84", "metformin 1000 mg BID", why="R10: long-term oral hypoglycemic"),
            c("99205", "Total time: 62 min",
              why="R14: new patient, 62 minutes (60-74, below the 75-minute prolonged threshold)"),
        ],
    ),
    NoteSpec(
        id="dev-em4-20", dos="2026-04-29",
        specialty="pulmonology", setting="outpatient", age=42, sex="F", payer="cigna",
        text="""
        Asthma follow-up

        42F, moderate persistent asthma and seasonal allergic rhinitis. Rescue inhaler twice a month, no night
        waking, no ED visits. Nose symptoms controlled with spray.
        Lungs clear. Peak flow 410 (personal best 420).

        Impression: Moderate persistent asthma, controlled; allergic rhinitis, controlled.
        Plan: continue budesonide-formoterol 160/4.5 two puffs BID and fluticasone nasal spray. Refills sent.

        Face-to-face 20 minutes, plus 10 minutes documenting after clinic the same day.
        """,
        codes=[
            c("J45.40", "Moderate persistent asthma, controlled", why="R22: moderate persistent asthma, uncomplicated"),
            c("J30.9", "allergic rhinitis, controlled", why="R22: allergic rhinitis, unspecified"),
            c("99214", "Face-to-face 20 minutes, plus 10 minutes documenting after clinic the same day",
              why="R14: 30 minutes on the date of service (30-39); MDM moderate (two stable chronic illnesses, "
                  "prescription drugs) agrees"),
        ],
        skips=[skip("no night\n        waking", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em4-21", dos="2026-04-30",
        specialty="family medicine", setting="outpatient", age=40, sex="M", payer="aetna",
        text="""
        Same-day visit - dog bite

        40M bitten by his neighbor's dog on the back of the right hand this morning. Dog vaccinated per owner.
        Tdap given last year. 1.5 cm puncture over the 3rd MCP joint, tendon moves freely, possible joint
        involvement on probing, full finger flexion and extension.

        Assessment: Acute complicated injury - dog bite right hand over the MCP joint.
        Plan: irrigated, left open. Amoxicillin-clavulanate 875 mg BID x 7 days. Same-day referral to hand surgery
        to evaluate joint penetration.
        """,
        codes=[
            c("S61.451A", "dog bite right hand", why="R12: open bite of right hand, initial"),
            c("99214", "Assessment",
              why="R15: acute complicated injury (moderate), prescription drug (moderate risk) -> moderate MDM"),
        ],
    ),
    NoteSpec(
        id="dev-em4-22", dos="2026-05-04",
        specialty="family medicine", setting="outpatient", age=72, sex="F", payer="medicare", minutes=22,
        text="""
        Follow-up - knees

        72F, both knees stiff in the morning for 15 minutes, walks a mile with her dog. Tylenol helps.
        Bilateral crepitus, no effusion.

        A/P: Primary osteoarthritis both knees - stable chronic illness. OTC meds: acetaminophen 1 g up to three
        times daily, diclofenac gel. Keep walking.

        Total time: 22 min.
        """,
        codes=[
            c("M17.0", "Primary osteoarthritis both knees", why="R22: bilateral primary knee osteoarthritis"),
            c("99213", "Total time: 22 min",
              why="R14: established, 22 minutes (20-29); MDM low (one stable chronic illness, OTC drugs) agrees"),
        ],
        skips=[skip("no effusion", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em4-23", dos="2026-05-05",
        specialty="pediatrics", setting="outpatient", age=9, sex="M", payer="medicaid",
        text="""
        Follow-up

        9M had vomiting and loose stools for 2 days, brother had the same. Last vomited yesterday morning, now
        keeping down toast and juice. Voiding normally. Active, moist mucous membranes, soft abdomen.

        Assessment: Viral gastroenteritis, resolving on its own.
        Plan: advance diet as tolerated, fluids. Back to school when 24 hours without diarrhea.
        """,
        codes=[
            c("A08.4", "Viral gastroenteritis", why="R22: viral intestinal infection, unspecified"),
            c("99212", "Assessment",
              why="R15: one self-limited problem, no data, minimal risk -> straightforward MDM"),
        ],
    ),
    NoteSpec(
        id="dev-em4-24", dos="2026-05-06",
        specialty="family medicine", setting="outpatient", age=26, sex="F", payer="bcbs", new_patient=True,
        text="""
        New patient, urinary symptoms

        26F, new to the clinic, 2 days of burning with urination and frequency. No fever, no flank pain, no
        vaginal discharge. Not pregnant.
        Urine dipstick in office: leukocytes 2+, nitrite positive, no blood.

        Assessment: Acute cystitis without hematuria.
        Plan: nitrofurantoin 100 mg BID x 5 days, fluids. Call if fever or back pain.
        """,
        codes=[
            c("N30.00", "Acute cystitis without hematuria", why="R22: acute cystitis without hematuria"),
            c("99203", "Assessment",
              why="R15: new patient, acute uncomplicated illness (low), prescription drug (moderate risk); the "
                  "office dipstick is billed separately and is not data -> low MDM"),
            c("81002", "Urine dipstick in office", why="R19: office urinalysis by dipstick without microscopy"),
        ],
        skips=[skip("No fever", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em4-25", dos="2026-05-07",
        specialty="family medicine", setting="outpatient", age=48, sex="M", payer="uhc",
        text="""
        Hospital/ED follow-up

        48M seen in the ER 3 days ago with fever and productive cough, sent home on amoxicillin 1 g TID. Fever
        gone since yesterday, still coughing, eating well.
        Reviewed outside records from the ED visit, including CBC (WBC 14.2) and BMP.
        Independent interpretation of CXR from the ED: right lower lobe infiltrate, no effusion.
        Sat 97% RA, crackles right base.

        Assessment: Community-acquired pneumonia RLL, improving on antibiotics.
        Plan: finish the amoxicillin course. Repeat CXR in 6 weeks. Return sooner if short of breath.
        """,
        codes=[
            c("J18.9", "Community-acquired pneumonia RLL", why="R22: pneumonia, unspecified organism"),
            c("99214", "Assessment",
              why="R15: acute illness with systemic symptoms (moderate), external records plus independent "
                  "interpretation (moderate data), prescription drug (moderate risk) -> moderate MDM"),
        ],
    ),
    NoteSpec(
        id="dev-em4-26", dos="2026-05-08",
        specialty="internal medicine", setting="outpatient", age=74, sex="F", payer="medicare",
        text="""
        Acute visit - leg redness

        74F, 3 days of spreading redness of the right shin after a scrape. Afebrile, eating and walking. Prior
        MRSA skin infection in 2024 per her chart.
        10 x 8 cm warm erythema right anterior leg, no fluctuance, no crepitus.

        Assessment: Cellulitis right lower leg.
        Plan: Considered direct admission for IV antibiotics, but patient prefers home and has family support.
        Ordered CBC and CMP today, reviewed her 2024 wound culture (MRSA, sensitive to doxycycline).
        Doxycycline 100 mg BID x 10 days, mark borders, recheck in 48 hours.
        """,
        codes=[
            c("L03.115", "Cellulitis right lower leg", why="R22: cellulitis of right lower limb"),
            c("99214", "Assessment",
              why="R15: acute illness (low or moderate), moderate data (two tests ordered and a prior result "
                  "reviewed), decision regarding hospitalization (high risk) -> moderate MDM"),
        ],
    ),
    NoteSpec(
        id="dev-em4-27", dos="2026-05-11",
        specialty="family medicine", setting="outpatient", age=60, sex="F", payer="aetna",
        text="""
        Thyroid check

        60F, hypothyroid for 10 years. Energy good, weight stable, no palpitations.
        TSH from last week 2.4.

        Assessment: Hypothyroidism, stable.
        Rx management: continue levothyroxine 75 mcg daily, 90-day refill sent. TSH again in 1 year.
        """,
        codes=[
            c("E03.9", "Hypothyroidism, stable", why="R22: hypothyroidism, unspecified"),
            c("99213", "Assessment",
              why="R15: one stable chronic illness (low), one result (minimal data), prescription drug "
                  "management (moderate risk) -> low MDM"),
        ],
        skips=[skip("no palpitations", "R01", "negated")],
    ),
    NoteSpec(
        id="dev-em4-28", dos="2026-05-12",
        specialty="emergency medicine", setting="outpatient", age=4, sex="F", payer="medicaid", pos="23",
        text="""
        ED visit - ear pain

        4F with left ear pain since last night and a runny nose. Temp 38.4. Drinking well.
        Left TM bulging and red, right TM normal. Neck supple.

        Impression: Left otitis media.
        Plan: amoxicillin 90 mg/kg/day divided BID x 10 days. Ibuprofen OTC for pain and fever. PCP recheck in
        2-3 days if not improving.
        """,
        codes=[
            c("H66.92", "Left otitis media", why="R11: otitis media, unspecified, left ear"),
            c("99283", "Impression",
              why="R15: ED, acute uncomplicated illness (low), prescription drug (moderate risk) -> low MDM"),
        ],
    ),
    NoteSpec(
        id="dev-em4-29", dos="2026-05-13",
        specialty="cardiology", setting="outpatient", age=70, sex="M", payer="medicare",
        text="""
        Cardiology consult - preoperative evaluation

        Requested by Dr. Bianchi (orthopedics) before a right total knee replacement. Known to our practice, last
        seen by me in 2024 for atrial fibrillation. Permanent AF on apixaban 5 mg BID, rate controlled on
        metoprolol. Hypertension controlled. Walks 2 blocks without symptoms.
        Reviewed outside records from orthopedics. Echo from 2025 reviewed: EF 55%.
        ECG today, my reading: atrial fibrillation, rate 72, no acute changes.

        Assessment:
        1. Preoperative cardiovascular exam - acceptable risk for surgery.
        2. Permanent atrial fibrillation, rate controlled.
        3. Hypertension, controlled.
        Plan: hold apixaban 48 hours before surgery, no bridging; discussed the plan with Dr. Bianchi by phone.
        BMP ordered pre-op. Continue metoprolol.
        """,
        codes=[
            c("Z01.810", "Preoperative cardiovascular exam", why="R21: preprocedural cardiovascular exam first"),
            c("I48.21", "Permanent atrial fibrillation", why="R22: permanent atrial fibrillation"),
            c("I10", "Hypertension, controlled", why="R20: chronic condition managed"),
            c("Z79.01", "apixaban 5 mg BID", why="R10: long-term anticoagulant"),
            c("99214", "Assessment",
              why="R16/R15: consultation for an established patient billed as an established office visit; two "
                  "stable chronic illnesses (moderate), extensive data (external records, echo, BMP; discussion "
                  "with the surgeon), prescription drug management (moderate risk) -> moderate MDM"),
            c("93000", "ECG today", why="R18: 12-lead ECG with interpretation in the office"),
        ],
    ),
    NoteSpec(
        id="dev-em4-30", dos="2026-05-14",
        specialty="emergency medicine", setting="outpatient", age=36, sex="M", payer="bcbs", pos="23",
        text="""
        Emergency department record

        36M with sudden right flank pain radiating to the groin since 5 am, vomited twice. Afebrile. Right CVA
        tenderness.
        MDM: differential includes ureteral stone versus pyelonephritis. Ordered UA, CBC, BMP and CT abdomen/pelvis
        stone protocol. UA 20-50 RBC, no WBC; creatinine 1.0. Independent interpretation of CT: 4 mm stone at the
        right UVJ, no hydronephrosis; radiology agrees.
        Ketorolac 15 mg IV and ondansetron 4 mg IV with good relief.

        Diagnosis: Right ureteral stone, 4 mm.
        Plan: tamsulosin 0.4 mg daily, ibuprofen, strain urine, urology follow-up within a week.
        """,
        codes=[
            c("N20.1", "Right ureteral stone", why="R22: calculus of ureter"),
            c("99284", "MDM",
              why="R15: ED, undiagnosed new problem with uncertain prognosis (moderate), extensive data (four "
                  "tests and independent interpretation), prescription drugs (moderate risk) -> moderate MDM"),
        ],
        skips=[skip("pyelonephritis", "R03", "differential diagnosis")],
    ),
]
