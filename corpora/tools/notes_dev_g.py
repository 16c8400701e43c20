"""Dev notes 0037-0042: ED laceration, knee injection with back pain, otitis, COPD admission, ESRD, DM.

dev-0042 gold gained T38.3X6A in session 2 (round 4, issue #3): "ran out of glipizide 3 weeks ago" with the
hyperglycemia it caused is underdosing (I.C.19.e.5.c: taking less than prescribed, the condition first); no Z91.1-
intent code, the note gives no reason.
"""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-0037", specialty="emergency medicine", setting="outpatient", age=79, sex="F", payer="medicare",
        pos="23",
        text="""
        ED NOTE
        CC: fall, forehead cut.
        HPI: 79F tripped over a rug at home this AM, struck forehead on coffee table. No LOC per daughter who
        witnessed. No headache, vomiting, neck pain or confusion. Not on anticoagulants or antiplatelets.
        Ambulating at baseline with cane.
        PMH: HTN (HCTZ), osteoarthritis, cataract surgery OU.
        Exam: GCS 15. 2.3 cm linear laceration right forehead, clean edges, no FB, no bony step-off. C-spine
        nontender, full ROM (NEXUS negative). Neuro nonfocal. No other injuries on secondary survey.
        CT head: not indicated by Canadian CT head rule - not obtained.
        Procedure: Laceration repair, simple. Irrigated, lidocaine 1% local, closed with five 6-0 nylon simple
        interrupted sutures. Length 2.3 cm. Tolerated well.
        MDM: Low risk minor head injury with simple facial laceration, no intracranial injury suspected.
        Dx: Laceration of forehead without foreign body, initial encounter.
        Dispo: Home with daughter. Sutures out in 5 days. Head injury precautions: return if vomiting,
        worsening headache, confusion or drowsiness. Home safety - remove loose rugs.
        """,
        codes=[
            c("S01.81XA", "Laceration of forehead without foreign body, initial encounter",
              why="R12: forehead = other part of head, X placeholder, 7th character A"),
            c("I10", "HTN (HCTZ)", why="R20: chronic condition on treatment, relevant to the fall evaluation"),
            c("99283", "MDM:", why="R15: acute uncomplicated injury, low risk = low MDM", mods=["25"]),
            c("12011", "Laceration repair, simple", "Length 2.3 cm",
              why="R18: simple repair, face, 2.5 cm or less; modifier 25 on the ED E/M"),
        ],
        skips=[
            skip("No LOC", "R01", "negated"),
            skip("no intracranial injury suspected", "R01", "negated"),
            skip("return if vomiting", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0038", specialty="orthopedics", setting="outpatient", age=64, sex="M", payer="uhc",
        text="""
        Ortho f/u. 64M, established.
        1) L knee pain - known primary osteoarthritis left knee (moderate, medial), last injection 4 mo ago helped
           ~3 mo. Pain 6/10 now. No giving way. R knee asymptomatic.
        2) NEW today: low back pain radiating down the L posterior thigh to the calf x 3 wk after lifting
           mulch. No bowel/bladder change, no saddle anesthesia, no leg weakness.

        Exam: L knee - small effusion, medial JL tenderness, ROM 0-120. Lumbar: paraspinal spasm L>R, SLR
        positive L at 45 deg, negative R. Strength 5/5 BLE, DTRs 2+ symmetric, sensation intact.
        No red flags for cauda equina.

        Proc: L knee intra-articular injection, anterolateral approach, no US guidance: methylprednisolone
        acetate 40 mg + 3 mL 1% lidocaine. Sterile prep, time-out done. No complications.

        Dx:
        - Primary OA, left knee - injected today.
        - Lumbago with sciatica, left side - acute, new problem. Start meloxicam 15 mg daily x 2 weeks,
          PT referral for McKenzie program, activity modification. MRI only if deficits develop or no
          improvement at 6 weeks.
        RTC 6 wks.
        """,
        codes=[
            c("M17.12", "Primary OA, left knee", "primary osteoarthritis left knee", why="R11: left knee"),
            c("M54.42", "Lumbago with sciatica, left side",
              why="R13: M54.5- Excludes1 lumbago with sciatica; R11 left"),
            c("99213", "Lumbago with sciatica, left side - acute, new problem",
              why="R18: new separate problem with prescription management: E/M with modifier 25", mods=["25"]),
            c("20610", "L knee intra-articular injection", why="R18: major joint injection", mods=["LT"]),
            c("J1030", "methylprednisolone\n        acetate 40 mg", why="R24: methylprednisolone acetate 40 mg",
              units=1),
        ],
        skips=[
            skip("No bowel/bladder change", "R01", "negated"),
            skip("No red flags for cauda equina", "R01", "negated"),
            skip("MRI only if deficits develop", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-0039", specialty="pediatrics", setting="outpatient", age=-18, sex="F", payer="medicaid",
        text="""
        SICK VISIT
        18-month-old girl, fever 3 days (Tmax 103.2), fussy, pulling both ears, decreased sleep. Cough and nasal
        congestion x 5 days. Attends daycare. No vomiting or diarrhea; good wet diapers. No rash.
        PMH: term birth, no hospitalizations, one prior ear infection at 11 months. Immunizations up to date including
        PCV and influenza this season. Meds: acetaminophen as needed. NKDA. No sick contacts at home; two classmates at
        daycare with colds.
        Exam: T 102.6, HR 140, RR 34, SpO2 96%. Irritable but consolable. Both TMs bulging, erythematous with
        purulent effusion. Nose: clear rhinorrhea. Lungs: coarse breath sounds, scattered crackles at right base,
        no retractions, no wheeze. Abdomen benign.
        Assessment:
        - Acute bilateral otitis media.
        - Cough with crackles at right base - possible early right lower lobe pneumonia vs. transmitted upper
          airway sounds. Chest x-ray ordered (radiology across the street).
        Plan: amoxicillin 90 mg/kg/day x 10 days (covers both if CXR positive). Acetaminophen/ibuprofen.
        Nasal saline. Phone follow-up with CXR result tomorrow; recheck ears 2-3 weeks.
        Return if breathing fast, poor feeding, fewer wet diapers, or lethargy.
        """,
        codes=[
            c("H66.93", "Acute bilateral otitis media", why="R11: bilateral; R23 fever integral"),
            c("R05.1", "Cough with crackles", why="R03: pneumonia only 'possible'; acute cough coded"),
            c("99214", "Assessment:",
              why="R15: acute illness + undiagnosed problem, test ordered, prescription = moderate MDM"),
        ],
        skips=[
            skip("possible early right lower lobe pneumonia", "R03", "uncertain outpatient diagnosis"),
            skip("Chest x-ray ordered", "R19", "ordered, not performed here"),
            skip("Return if breathing fast", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0040", dos="2026-01-22",
        specialty="hospital medicine", setting="inpatient", age=71, sex="M", payer="medicare",
        pos="21",
        text="""
        DISCHARGE SUMMARY - Hospital Medicine

        Admit 01/18/2026 | Discharge 01/22/2026

        Discharge Diagnoses
        Principal: Acute on chronic hypoxic respiratory failure
        Secondary: COPD with acute exacerbation; chronic dependence on home oxygen 2 L; former tobacco use;
        hyperlipidemia

        History: 71-year-old man with severe COPD on 2 L home O2 presented with 3 days of worsening dyspnea and
        wheeze. On arrival SpO2 81% on his usual 2 L, ABG pH 7.31, pCO2 58, pO2 52; required BiPAP for 18 hours.
        Respiratory viral panel negative; procalcitonin low; CXR hyperinflated without infiltrate - pneumonia
        excluded.

        Course: IV methylprednisolone then oral prednisone taper, scheduled nebulized bronchodilators,
        azithromycin x 5 days. Weaned from BiPAP to 3 L NC then back to baseline 2 L by day 4 with ambulatory
        SpO2 90%. Atorvastatin continued. Quit smoking 2017 (60 pack-years).

        Discharge plan: prednisone 40 mg x 2 more days, resume tiotropium/olodaterol, add budesonide-
        formoterol. Home O2 2 L continuous. Pulmonary rehab referral. Pulmonology follow-up in 2 weeks.
        Should symptoms worsen despite rescue inhaler, call or come to ED.
        """,
        codes=[
            c("J96.21", "Acute on chronic hypoxic respiratory failure",
              why="R21: respiratory failure documented as principal, present on admission"),
            c("J44.1", "COPD with acute exacerbation", why="R22: COPD exacerbation as cause"),
            c("Z99.81", "chronic dependence on home oxygen", why="R20: status affecting care"),
            c("Z87.891", "former tobacco use", why="R06: history of nicotine dependence"),
            c("E78.5", "hyperlipidemia", why="R20: chronic condition, medication continued"),
        ],
        skips=[
            skip("pneumonia\n        excluded", "R01", "ruled out"),
            skip("Should symptoms worsen", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0041", specialty="nephrology", setting="outpatient", age=62, sex="F", payer="medicare",
        text="""
        NEPHROLOGY - dialysis unit monthly review is done separately; this is an office visit for volume and BP.

        62F with ESRD secondary to hypertensive kidney disease, on in-center hemodialysis MWF via L arm AV
        fistula, and chronic diastolic heart failure (EF 60%, grade II diastolic dysfunction). Reports 2-pillow
        orthopnea this week and interdialytic weight gains of 3-4 kg. Missed no treatments. Denies chest pain.
        Makes ~200 mL urine/day.

        Exam: BP 168/94, HR 80. JVP 10 cm. Bibasilar crackles. 2+ pretibial edema. AV fistula: good thrill and
        bruit.

        Assessment:
        1. Hypertensive heart and kidney disease with heart failure and ESRD - volume overloaded.
           Lower target (dry) weight by 1.5 kg over the next 2 weeks; add extra ultrafiltration session Saturday
           this week. Restrict fluids to 1 L/day and sodium 2 g; reviewed with dietitian.
        2. Chronic diastolic (HFpEF) heart failure - as above; start carvedilol 6.25 mg BID.
        3. Dependence on hemodialysis - continue MWF.
        Risk: decision regarding additional dialysis session discussed; hospitalization considered but deferred
        because she is stable on room air.
        """,
        codes=[
            c("I13.2", "Hypertensive heart and kidney disease with heart failure and ESRD",
              why="R08: HTN with heart failure and stage 5/ESRD = I13.2 with I50.x and N18.6"),
            c("I50.32", "Chronic diastolic (HFpEF) heart failure", why="R22: type and acuity"),
            c("N18.6", "ESRD secondary to hypertensive kidney disease", why="R22: end stage renal disease"),
            c("Z99.2", "Dependence on hemodialysis", why="R20: dialysis status"),
            c("99215", "hospitalization considered but deferred",
              why="R15: chronic illness with severe exacerbation + decision regarding hospitalization = high"),
        ],
        skips=[
            skip("Denies chest pain", "R01", "negated"),
            skip("dialysis unit monthly review is done separately", "R18", "ESRD monthly services billed apart"),
        ],
    ),
    NoteSpec(
        id="dev-0042", specialty="family medicine", setting="outpatient", age=57, sex="M", payer="aetna",
        minutes=23,
        text="""
        S: 57M here for diabetes check. Ran out of glipizide 3 weeks ago; since then thirsty, urinating more.
        Numbness/tingling in both feet for several months, no foot wounds. Takes metformin 1000 BID and (until
        recently) glipizide 10 mg daily. No chest pain, no vision loss. No hypoglycemia symptoms.

        General: well-appearing, no distress. Eyes: no retinopathy seen on undilated exam (annual eye exam due, referral
        placed). Heart regular, lungs clear.
        O: BP 128/80. Wt 214 lb, BMI 30.7. Feet: decreased pinprick to mid-foot bilaterally, vibration reduced,
        skin intact, pulses 2+.
        Fingerstick glucose (clinic glucometer): 286 mg/dL, non-fasting.

        A:
        #1 Type 2 DM with hyperglycemia - off glipizide, sugars high.
        #2 Diabetic neuropathy of feet.
        P:
        - Refill glipizide 10 mg daily; continue metformin. A1c, CMP, urine microalbumin sent to lab.
        - Start gabapentin 100 mg qHS for neuropathic symptoms; podiatry referral; daily foot checks.
        - Diabetic diet reviewed. If fasting sugars stay >180, will add a GLP-1 agonist.
        Time: 23 min total (chart review, visit, documentation).
        """,
        codes=[
            c("E11.65", "Type 2 DM with hyperglycemia", why="R09: diabetes with hyperglycemia"),
            c("E11.40", "Diabetic neuropathy of feet",
              why="R09: diabetic neuropathy, type not specified (E11.40); both combination codes assigned"),
            c("T38.3X6A", "Ran out of glipizide",
              why="R12: underdosing of an oral hypoglycemic (ran out 3 weeks ago), after the hyperglycemia it "
                  "caused (I.C.19.e.5.c)"),
            c("Z79.84", "metformin 1000 BID", why="R10: oral hypoglycemics"),
            c("99213", "Time: 23 min total", why="R14: established, 23 minutes (20-29)"),
            c("82962", "Fingerstick glucose (clinic glucometer)", why="R19: glucose by monitoring device in office"),
        ],
        skips=[
            skip("no foot wounds", "R01", "negated"),
            skip("A1c, CMP, urine microalbumin sent to lab", "R19", "sent out"),
            skip("If fasting sugars stay >180", "R07", "conditional"),
            skip("BMI 30.7", "R22", "BMI not coded: no weight diagnosis documented by the provider"),
        ],
    ),
]
