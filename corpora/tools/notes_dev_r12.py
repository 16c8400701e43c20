"""Dev notes dev-r12-01..25 (session 4, issue #3: ICD-10-CM precision on ORDINARY unseen notes).

The everyday work of a coding team, in varied authors' styles, not distractor showcases: 15 office visits
(primary care, cardiology, endocrinology, pulmonology, GI, orthopedics, dermatology, urology, neurology,
women's health, pediatrics), 5 ED visits and 5 inpatient discharge summaries. Chronic conditions with
combination codes (E11.22 + I12.9 + N18.x, I13.0, E10.65, J44.0), acute problems, injuries with 7th characters
(no external cause codes, per the corpus Decisions), long-term drug use (Z79.x) and status codes, preventive
visits, past history. Gold written as a certified coder would (ICD-10-CM Official Guidelines FY2026, corpus
Decisions in corpora/README.md) before the engine ran on the notes.

First run, scored once before any rule change (engine at 9800bfb; the checkout also held other helpers'
uncommitted engine edits), gold as first written: ICD-10-CM P/R/F1 0.882/0.893/0.888, ICD evidence F1 0.840,
procedure (CPT/HCPCS) P/R/F1 0.969/0.939/0.954 (evidence F1 0.923), E/M level 16/17. First-run output:
/work/firstrun/dev-r12.jsonl (gold /work/firstrun/dev-r12.gold.jsonl). No gold corrected after the first run.
First-run false positives: T39.395A beside T39.315A ('NSAID-induced' with ibuprofen named), B96.81 from a
negative H. pylori biopsy wrapped onto the next line, Z87.442 beside a current obstructing stone (N13.2), E87.1 for
"Hyponatremia, likely SIADH" (E22.2 by II.H), G30.9 for "Alzheimer's dementia, late onset" (G30.1), I25.118 from
"for stable angina" in the 2023 history where the assessment says "no angina", M79.606 from "single-leg hop pain"
in a sprain note, Z87.81 for a healed hip fracture the stay does not address, and R65.20 for sepsis with
encephalopathy "from sepsis" where the physician also wrote "no organ dysfunction" (a query case; gold kept as
written, without R65.20).
After the fixes of this batch (commits 497936a, 26fa9eb, 680af5a, 2add580, 393df0a, 7e22978): ICD-10-CM P/R/F1
0.976/0.952/0.964 (evidence F1 0.916); procedures unchanged. Still wrong: Z79.51 for an inhaled corticosteroid
combination (gold codes it, I.C.21.c.3; ~20 older dev notes with ICS inhalers do not: left for the lead to decide),
Z96.41 insulin pump, S00.83XA forehead contusion, R39.12 from the HPI, 51798, R65.20 (above), E/M 99284 for 99283
on r12-20 (cellulitis without fever read as an acute illness with systemic symptoms).
"""

from corpora.tools.spec import NoteSpec, c, skip

ED = dict(specialty="emergency medicine", setting="outpatient", pos="23")
IP = dict(specialty="hospital medicine", setting="inpatient", pos="21")

NOTES = [
    NoteSpec(
        id="dev-r12-01", dos="2026-02-10",
        specialty="family medicine", setting="outpatient", age=63, sex="M", payer="bcbs",
        text="""
        Office Visit - Family Medicine

        S: 63M here for diabetes and kidney follow-up. Checks sugars twice daily, fastings 130s-150s. Taking
        metformin 500 mg BID (dose reduced last visit for eGFR) and glargine 22 units at bedtime. No lows. Mild
        ankle swelling in the evenings. Wants to discuss weight - has gained 12 lb since last year.

        Meds: metformin 500 mg BID, insulin glargine 22 u qhs, lisinopril 40 mg daily, atorvastatin 20 mg daily.

        O: BP 138/84, P 76, Wt 118 kg, BMI 36.4. Trace bilateral ankle edema. Monofilament intact.
        Labs 2/3: A1c 7.9, Cr 1.52, eGFR 49, UACR 210 mg/g, K 4.8, LDL 92.

        A/P:
        1. Type 2 DM with diabetic chronic kidney disease, CKD stage 3a with albuminuria - A1c above goal.
        Increase glargine to 26 units. Continue metformin at renal dose. Add empagliflozin 10 mg daily for
        renal protection.
        2. Hypertension with CKD - above goal, continue lisinopril 40 mg, add amlodipine 5 mg.
        3. Hyperlipidemia - continue atorvastatin.
        4. Obesity, class 2, BMI 36.4 - counseled on diet; will consider GLP-1 at next visit if insurance allows.
        RTC 3 months, BMP in 2 weeks after the medication changes.
        """,
        codes=[
            c("E11.22", "Type 2 DM with diabetic chronic kidney disease",
              why="R09: diabetes with diabetic CKD, use additional code for the stage"),
            c("I12.9", "Hypertension with CKD", why="R08: hypertension with CKD stage 1-4"),
            c("N18.31", "CKD stage 3a", why="R09: CKD stage 3a with E11.22/I12.9"),
            c("E78.5", "Hyperlipidemia - continue atorvastatin", why="R20: chronic condition treated"),
            c("E66.812", "Obesity, class 2", why="R22: obesity class 2 documented by the provider"),
            c("Z68.36", "BMI 36.4", why="R22: BMI with the provider's obesity diagnosis (Decision)"),
            c("Z79.4", "Increase glargine to 26 units", why="R10: long-term insulin"),
            c("Z79.84", "Continue metformin at renal dose", why="R10: long-term oral hypoglycemic with insulin"),
            c("99214", "A/P:", why="R15: moderate MDM - chronic illnesses with progression, prescription drug "
              "management"),
        ],
        skips=[
            skip("will consider GLP-1 at next visit", "R07", "drug only considered"),
            skip("Mild\n        ankle swelling", "R23", "symptom, not assessed as a separate problem"),
        ],
    ),
    NoteSpec(
        id="dev-r12-02", dos="2026-01-21",
        specialty="cardiology", setting="outpatient", age=71, sex="M", payer="medicare",
        text="""
        CARDIOLOGY CLINIC FOLLOW-UP

        Reason for visit: 6-month follow-up, CAD and atrial fibrillation.

        Interval history: Mr. Haddad had a DES to the mid LAD in 2023 for stable angina. Since then no chest
        pain, walks 2 miles daily without limitation. Occasional palpitations lasting minutes, self-limited.
        No bleeding on apixaban. No syncope, no orthopnea.

        Medications: apixaban 5 mg BID, metoprolol succinate 50 mg daily, atorvastatin 80 mg daily,
        lisinopril 10 mg daily.

        Exam: BP 132/78, HR 64 irregular. JVP normal. Lungs clear. No edema.
        12-lead ECG performed today and interpreted by me: atrial fibrillation, ventricular rate 66, no acute ST
        changes, unchanged from prior.
        Echo 11/2025 reviewed: LVEF 55%, mild LAE.

        Impression and plan:
        1. Coronary artery disease of native vessels s/p PCI/DES to LAD, no angina - continue high-intensity
        statin and beta blocker. Aspirin was stopped a year ago when apixaban started.
        2. Paroxysmal atrial fibrillation, CHA2DS2-VASc 3 - rate controlled. Continue apixaban 5 mg BID. Zio
        patch x 14 days to quantify burden.
        3. Essential hypertension - controlled.
        4. Hyperlipidemia, LDL 61 - at goal on atorvastatin.
        Return 6 months.
        """,
        codes=[
            c("I25.10", "Coronary artery disease of native vessels s/p PCI/DES to LAD, no angina",
              why="R22: CAD of native artery without angina"),
            c("I48.0", "Paroxysmal atrial fibrillation", why="R22: paroxysmal atrial fibrillation"),
            c("I10", "Essential hypertension - controlled", why="R20: chronic condition managed"),
            c("E78.5", "Hyperlipidemia, LDL 61", why="R20: chronic condition managed"),
            c("Z95.5", "s/p PCI/DES to LAD", why="R20: status coronary stent"),
            c("Z79.01", "Continue apixaban 5 mg BID", why="R10: long-term anticoagulant"),
            c("99214", "Impression and plan:", why="R15: moderate MDM - two chronic illnesses, prescription "
              "drug management"),
            c("93000", "12-lead ECG performed today and interpreted by me",
              why="R18: ECG with interpretation in the office"),
        ],
        skips=[
            skip("Aspirin was stopped a year ago", "R10", "drug stopped, not current"),
            skip("No bleeding on apixaban", "R01", "negated"),
            skip("No syncope", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r12-03", dos="2026-03-03",
        specialty="endocrinology", setting="outpatient", age=29, sex="F", payer="aetna",
        text="""
        ENDOCRINOLOGY - return visit

        29 y/o woman with type 1 diabetes since age 11 on an insulin pump (Omnipod 5) with Dexcom G7, and
        Hashimoto thyroiditis on levothyroxine.

        CGM download (14 days) reviewed: time in range 48%, time above 250 21%, time below 70 2%. Post-prandial
        spikes after dinner - she admits to late boluses. Point-of-care A1c in clinic today: 8.6% (was 7.8%).

        Thyroid: feels well, no palpitations, weight stable. On levothyroxine 88 mcg. TSH 2.1 last month.

        Exam: BP 114/70, BMI 23.1. Thyroid small, non-tender, no nodules. Feet: normal sensation.

        Assessment/Plan
        Type 1 diabetes mellitus with hyperglycemia - A1c up, TIR low. Carb ratio at dinner changed 1:10 ->
        1:8, reviewed pre-bolusing 15 minutes before meals. Annual eye exam due - referral placed.
        Hashimoto's thyroiditis / hypothyroidism - stable on levothyroxine 88 mcg, continue.
        F/u 3 months with CGM download.
        """,
        codes=[
            c("E10.65", "Type 1 diabetes mellitus with hyperglycemia", why="R09: type 1 diabetes with hyperglycemia"),
            c("E06.3", "Hashimoto's thyroiditis", why="R22: autoimmune thyroiditis managed"),
            c("Z96.41", "on an insulin pump", why="R20: presence of insulin pump (status)"),
            c("99214", "Assessment/Plan", why="R15: moderate MDM - chronic illness with progression, "
              "prescription drug management"),
            c("83036", "Point-of-care A1c in clinic today", why="R19: in-office A1c"),
        ],
        skips=[
            skip("no palpitations", "R01", "negated"),
            skip("insulin pump (Omnipod 5)", "R10", "no Z79.4 with type 1 diabetes (Decision)"),
        ],
    ),
    NoteSpec(
        id="dev-r12-04", dos="2025-12-09",
        specialty="pulmonology", setting="outpatient", age=68, sex="F", payer="medicare",
        text="""
        Pulmonary Clinic Note

        CC: COPD follow-up.
        HPI: 68F former smoker (40 pack-years, quit 2019) with COPD, GOLD 2, on tiotropium-olodaterol.
        Dyspnea with 1 flight of stairs, unchanged. No exacerbations or steroid bursts since last visit. Uses
        albuterol ~2x/week. Also has OSA, uses CPAP nightly, download shows 94% adherence, AHI 2.

        Spirometry performed in clinic today: post-BD FEV1 1.32 L (58% predicted), FEV1/FVC 0.56 - stable vs
        2024.

        Exam: SpO2 95% RA. Diminished breath sounds, no wheeze. No clubbing.

        Impression:
        - COPD, moderate, stable. Continue tiotropium-olodaterol, albuterol prn. Pulmonary rehab referral
        re-offered; she declines for now.
        - Obstructive sleep apnea, well treated on CPAP. Continue.
        - Former smoker.
        Return 6 months.
        """,
        codes=[
            c("J44.9", "COPD, moderate, stable", why="R22: COPD without exacerbation or infection"),
            c("G47.33", "Obstructive sleep apnea, well treated on CPAP", why="R20: chronic condition managed"),
            c("Z87.891", "former smoker (40 pack-years, quit 2019)", why="R06: former smoker"),
            c("99214", "Impression:", why="R15: moderate MDM - two chronic illnesses, prescription drug "
              "management"),
            c("94010", "Spirometry performed in clinic today", why="R19: office spirometry"),
        ],
        skips=[
            skip("No exacerbations", "R01", "negated"),
            skip("no wheeze", "R02", "normal exam"),
        ],
    ),
    NoteSpec(
        id="dev-r12-05", dos="2026-04-14",
        specialty="gastroenterology", setting="outpatient", age=52, sex="F", payer="cigna",
        text="""
        GI Clinic - Established Patient

        Ms. Ortega returns after EGD on 3/20 for heartburn and regurgitation. EGD showed LA grade B reflux
        esophagitis, no Barrett's, no bleeding; gastric biopsies negative for H. pylori. She has been on
        omeprazole 40 mg daily for 6 weeks with marked improvement.

        She also has long-standing irritable bowel syndrome with constipation, doing well on linaclotide, 1-2 BMs
        daily, no alarm symptoms. Colonoscopy 2023 normal, next due 2033.

        Exam: abdomen soft, non-tender.

        Assessment:
        1. GERD with esophagitis (LA grade B), without bleeding - improved. Continue omeprazole 40 mg daily for
        another 8 weeks then attempt step-down to 20 mg.
        2. IBS with constipation - stable on linaclotide, refill x 1 year.
        Follow up 3 months.
        """,
        codes=[
            c("K21.00", "GERD with esophagitis (LA grade B), without bleeding",
              why="R22: reflux with esophagitis, without bleeding"),
            c("K58.1", "IBS with constipation", why="R22: irritable bowel syndrome with constipation"),
            c("99214", "Assessment:", why="R15: moderate MDM - two chronic illnesses, prescription drug "
              "management"),
        ],
        skips=[
            skip("no Barrett's", "R01", "negated"),
            skip("negative for H. pylori", "R01", "negated"),
            skip("no alarm symptoms", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r12-06", dos="2026-02-24",
        specialty="orthopedics", setting="outpatient", age=66, sex="F", payer="medicare",
        text="""
        ORTHOPAEDIC PROCEDURE NOTE

        Indication: Primary osteoarthritis, right knee, Kellgren-Lawrence grade 3, here for scheduled repeat
        corticosteroid injection (last one 4 months ago gave ~3 months of relief). No change in symptoms
        since the visit at which this was planned. Left knee asymptomatic.

        Procedure: Right knee intra-articular injection. Consent obtained. Skin prepped with chlorhexidine.
        Via superolateral approach, 40 mg triamcinolone acetonide (Kenalog-40, 1 mL) with 4 mL 1% lidocaine
        injected without ultrasound. Tolerated well, no complications.

        Plan: ice, activity as tolerated. Home exercise program. Follow up in 4 months or sooner if needed;
        discuss TKA if injections stop helping.
        """,
        codes=[
            c("M17.11", "Primary osteoarthritis, right knee", why="R11: unilateral primary OA, right knee"),
            c("20610", "Right knee intra-articular injection", mods=["RT"],
              why="R18: major joint injection without ultrasound guidance"),
            c("J3301", "40 mg triamcinolone acetonide", units=4, why="R24: triamcinolone 10 mg units"),
        ],
        skips=[
            skip("discuss TKA if injections stop helping", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r12-07", dos="2026-05-06",
        specialty="orthopedics", setting="outpatient", age=34, sex="M", payer="uhc",
        text="""
        Sports Medicine Follow-up

        34 yo M seen 2 weeks ago for an inversion injury of the left ankle playing basketball; diagnosed with
        sprain of the left anterior talofibular ligament, grade II. Treated with lace-up brace, RICE.
        Today: swelling much improved, walking without crutches, mild pain with cutting movements.

        Exam: mild lateral ankle swelling. Tender over ATFL, no bony tenderness at the malleoli or base of the 5th
        metatarsal. Anterior drawer with firm endpoint. Neurovascularly intact.

        A/P: Sprain of left ATFL, grade II, healing as expected. Start formal PT for proprioception and
        peroneal strengthening, 2x/week x 4 weeks. Continue brace for sports. Ibuprofen OTC prn. Return to
        basketball once single-leg hop pain free. F/u 4 weeks prn.
        """,
        codes=[
            c("S93.492D", "Sprain of left ATFL", why="R12: sprain of other ligament of left ankle, subsequent "
              "encounter (healing phase)"),
            c("99213", "A/P:", why="R15: low MDM - acute uncomplicated injury, PT ordered"),
        ],
        skips=[
            skip("no bony tenderness", "R02", "normal exam"),
        ],
    ),
    NoteSpec(
        id="dev-r12-08", dos="2026-01-15",
        specialty="dermatology", setting="outpatient", age=74, sex="M", payer="medicare",
        text="""
        Dermatology Procedure Visit

        Returning for treatment of actinic keratoses identified at his skin check last month. History of basal
        cell carcinoma of the left nasal ala, Mohs 2021, no recurrence.

        Exam: four gritty erythematous scaly papules - right forehead (2), left temple (1), scalp vertex (1),
        consistent with actinic keratoses. Mohs scar on left ala well healed, no recurrence.

        Procedure: cryotherapy with liquid nitrogen, 2 freeze-thaw cycles, to 4 actinic keratoses. Verbal consent.
        Post-care reviewed.

        Assessment: Actinic keratoses x4 - destroyed. Personal history of BCC - clear. Sunscreen daily.
        Full skin exam in 6 months.
        """,
        codes=[
            c("L57.0", "Actinic keratoses x4", why="R22: actinic keratosis"),
            c("Z85.828", "History of basal\n        cell carcinoma", "Personal history of BCC",
              why="R06: excised skin cancer without recurrence"),
            c("17000", "cryotherapy with liquid nitrogen", why="R18: destruction of first premalignant lesion"),
            c("17003", "to 4 actinic keratoses", units=3, why="R18: destruction of lesions 2-4"),
        ],
        skips=[],
    ),
    NoteSpec(
        id="dev-r12-09", dos="2026-03-18",
        specialty="urology", setting="outpatient", age=69, sex="M", payer="medicare",
        text="""
        UROLOGY OFFICE NOTE

        HPI: 69M with BPH with lower urinary tract symptoms on tamsulosin 0.4 mg for 3 years. Nocturia x3-4,
        weak stream, IPSS 19 today (was 14). PSA 4.6 on 3/2 (3.1 a year ago).
        UA dipstick in office: negative for blood, leukocytes and nitrite.
        Bladder scan PVR today: 180 mL.

        Exam: prostate ~50 g, smooth, symmetric, no nodules.

        Assessment
        1. Benign prostatic hyperplasia with LUTS - worsening, incomplete emptying. Add finasteride 5 mg daily,
        continue tamsulosin. Discussed that finasteride halves the PSA.
        2. Elevated PSA - rise of 1.5 in a year. Repeat PSA with free PSA in 6 weeks before finasteride
        adjusts it; MRI prostate if still elevated.
        3. Nocturia - as above, limit evening fluids.
        F/u 3 months.
        """,
        codes=[
            c("N40.1", "Benign prostatic hyperplasia with LUTS", why="R22: BPH with lower urinary tract symptoms"),
            c("R97.20", "Elevated PSA", why="R20: abnormal finding assessed and worked up"),
            c("R35.1", "Nocturia - as above", why="R22: N40.1 use additional code for the associated symptom"),
            c("R39.14", "incomplete emptying", why="R22: N40.1 use additional code for incomplete bladder emptying"),
            c("R39.12", "weak stream", why="R22: N40.1 use additional code for a weak urinary stream"),
            c("99214", "Assessment", why="R15: moderate MDM - chronic illness with progression, prescription "
              "drug management"),
            c("81002", "UA dipstick in office", why="R19: office urinalysis"),
            c("51798", "Bladder scan PVR today", why="R19: post-void residual by ultrasound"),
        ],
        skips=[
            skip("no nodules", "R02", "normal exam"),
            skip("MRI prostate if still elevated", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r12-10", dos="2026-02-02",
        specialty="neurology", setting="outpatient", age=38, sex="F", payer="aetna", new_patient=True, minutes=48,
        text="""
        NEUROLOGY NEW PATIENT CONSULTATION
        Referred by PCP for headaches.

        38-year-old right-handed woman with headaches since her 20s, more frequent over the past year: now 6-8
        days a month, unilateral throbbing, photophobia, nausea, no aura, lasting 12-24 h. Sumatriptan works
        within an hour. Uses it about 6 days a month. No thunderclap onset, no positional features, no
        neurologic deficits with attacks. Mother also had migraines.
        PMH: anxiety, on sertraline (managed by PCP). Seasonal allergies.

        Neuro exam: normal mental status, cranial nerves intact, fundi without papilledema, strength, reflexes,
        coordination and gait normal.

        Impression: Migraine without aura, episodic, not intractable, without status migrainosus. No red flags;
        no imaging needed.
        Plan: start propranolol LA 60 mg daily for prevention; continue sumatriptan, limit to <10 days/month to
        avoid medication overuse; headache diary; magnesium. Follow up 3 months.

        I spent 48 minutes on the date of service including record review, history, exam, counseling and
        documentation.
        """,
        codes=[
            c("G43.009", "Migraine without aura, episodic, not intractable, without status migrainosus",
              why="R22: migraine without aura, not intractable, without status migrainosus"),
            c("Z82.0", "Mother also had migraines",
              why="R05: family history of a neurological disease, same condition as the visit's problem"),
            c("99204", "I spent 48 minutes", why="R14: new patient, 45+ minutes"),
        ],
        skips=[
            skip("anxiety, on sertraline (managed by PCP)", "R20", "PMH not addressed"),
            skip("Seasonal allergies", "R20", "PMH not addressed"),
            skip("no aura", "R01", "negated"),
            skip("without papilledema", "R02", "normal exam"),
        ],
    ),
    NoteSpec(
        id="dev-r12-11", dos="2026-06-09",
        specialty="obstetrics and gynecology", setting="outpatient", age=45, sex="F", payer="bcbs",
        text="""
        WELL WOMAN EXAM

        45 yo G2P2 here for annual exam. LMP 5/28, cycles regular. No intermenstrual or postcoital bleeding.
        Contraception: partner vasectomy. Last Pap 2023 NILM/HPV negative. Mammogram 2025 BI-RADS 1.
        Non-smoker, exercises 3x/week. No concerns today.

        Exam: BP 118/72, BMI 24.6. Breasts without masses bilaterally. Thyroid normal. Abdomen soft.
        Pelvic: normal external genitalia, vagina and cervix normal, uterus normal size, no adnexal masses.
        Pap with HPV co-testing collected.

        A/P: Annual gynecologic exam, normal. Cervical cytology with HPV co-test sent. Screening mammogram
        ordered. Discussed calcium/vitamin D, colon cancer screening at 45 - Cologuard ordered. RTC 1 year.
        """,
        codes=[
            c("Z01.419", "Annual gynecologic exam, normal",
              why="R17: routine gynecological exam without abnormal findings, first"),
            c("Z11.51", "Pap with HPV co-testing collected", why="R17: Z01.41 use additional code for HPV screening"),
            c("99396", "WELL WOMAN EXAM", why="R17: preventive visit, established, age 40-64"),
        ],
        skips=[
            skip("No intermenstrual or postcoital bleeding", "R01", "negated"),
            skip("Screening mammogram\n        ordered", "R19", "ordered, not done at this encounter"),
        ],
    ),
    NoteSpec(
        id="dev-r12-12", dos="2026-04-20",
        specialty="pediatrics", setting="outpatient", age=4, sex="M", payer="medicaid",
        text="""
        4 YEAR WELL CHILD CHECK

        Here with mom. Eating well, picky with vegetables. Sleeps 10-11 h. In pre-K, speaks in full sentences,
        draws a person with 3 parts, hops on one foot. Toilet trained. No concerns.
        Growth: Ht 50th %ile, Wt 60th %ile, BMI 55th %ile.
        Vision and hearing screened at pre-K in March - passed.
        Exam: well appearing, normal HEENT, heart RRR no murmur, lungs clear, abdomen soft, normal GU (testes
        descended bilaterally), normal gait.

        Assessment: Well child, 4 years, normal growth and development.
        Plan: Anticipatory guidance (booster seat, water safety, dental visit). Immunizations today: Kinrix
        (DTaP-IPV) and ProQuad (MMRV) - VIS given, I counseled mom on each vaccine and its components.
        Next WCC at 5 years.
        """,
        codes=[
            c("Z00.129", "Well child, 4 years, normal growth and development",
              why="R17: routine child health exam without abnormal findings"),
            c("Z23", "Immunizations today", why="R24: encounter for immunization"),
            c("99392", "4 YEAR WELL CHILD CHECK", why="R17: preventive visit, established, age 1-4"),
            c("90460", "I counseled mom on each vaccine", units=2,
              why="R24: administration with counseling, first component of each vaccine"),
            c("90461", "I counseled mom on each vaccine", units=6,
              why="R24: each additional component (3 + 3)"),
            c("90696", "Kinrix\n        (DTaP-IPV)", why="R24: DTaP-IPV vaccine product"),
            c("90710", "ProQuad (MMRV)", why="R24: MMRV vaccine product"),
        ],
        skips=[],
    ),
    NoteSpec(
        id="dev-r12-13", dos="2026-01-08",
        specialty="pediatrics", setting="outpatient", age=7, sex="F", payer="uhc",
        text="""
        Sick visit

        7 yo F w/ R ear pain x 2 days, fever to 101.8 last night, runny nose x 5 days. No vomiting. Dad smokes
        in the house - discussed.
        T 100.9, HR 110. R TM bulging, erythematous, opaque, no mobility. L TM clear. Throat mildly red, no
        exudate. Lungs clear.

        Imp: Acute otitis media, right ear.
        Plan: amoxicillin 90 mg/kg/day divided BID x 10 days. Ibuprofen for pain/fever. Counseled dad on
        secondhand smoke exposure and smoking cessation resources. Recheck if not better in 48-72 h.
        """,
        codes=[
            c("H66.91", "Acute otitis media, right ear", why="R11: otitis media, right ear"),
            c("Z77.22", "Dad smokes\n        in the house", why="R05: exposure to environmental tobacco smoke "
              "(Decision: a relative's smoking is the patient's exposure)"),
            c("99213", "Imp:", why="R15: low MDM - acute uncomplicated illness, prescription drug management"),
        ],
        skips=[
            skip("fever to 101.8 last night", "R23", "integral to otitis media"),
            skip("No vomiting", "R01", "negated"),
            skip("Recheck if not better", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r12-14", dos="2025-10-27",
        specialty="internal medicine", setting="outpatient", age=34, sex="F", payer="cigna",
        text="""
        Acute visit - Internal Medicine

        CC: burning with urination.
        34F with 2 days of dysuria, frequency and urgency. No fever, flank pain, or vaginal discharge. No
        hematuria. LMP 10/15, not pregnant per pt, declines pregnancy test. Last UTI 2 years ago.
        Allergies: penicillin (hives).

        Exam: afebrile, no CVA tenderness, mild suprapubic tenderness.
        Urine dipstick done in clinic: LE 2+, nitrite positive, blood negative.

        Assessment: Acute cystitis without hematuria.
        Plan: nitrofurantoin 100 mg BID x 5 days (PCN allergy noted). Fluids. Urine culture sent. Call if fever
        or flank pain.
        """,
        codes=[
            c("N30.00", "Acute cystitis without hematuria", why="R22: acute cystitis without hematuria"),
            c("Z88.0", "PCN allergy noted", "penicillin (hives)",
              why="R20: allergy status to penicillin affecting the choice of antibiotic"),
            c("99213", "Assessment:", why="R15: low MDM - acute uncomplicated illness, prescription drug "
              "management"),
            c("81002", "Urine dipstick done in clinic", why="R19: office urinalysis"),
        ],
        skips=[
            skip("No fever, flank pain, or vaginal discharge", "R01", "negated"),
            skip("Urine culture sent", "R19", "sent out"),
            skip("Call if fever\n        or flank pain", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r12-15", dos="2026-03-26",
        specialty="family medicine", setting="outpatient", age=47, sex="M", payer="uhc",
        text="""
        Follow-up: mood

        47M with recurrent major depression (3rd episode, this one since fall) and generalized anxiety disorder,
        seen 6 weeks after increasing sertraline to 100 mg. Reports better sleep, still low energy and poor
        concentration at work. Denies SI/HI. Drinking 2 beers on weekends.
        PHQ-9 today 12 (was 18), GAD-7 today 9 (was 14) - both scored and reviewed with patient.

        MSE: appropriately groomed, mood "better", affect mildly restricted, thought process linear, no SI.

        A/P
        Major depressive disorder, recurrent, moderate - improving but not at remission. Increase sertraline
        to 150 mg daily. Continue CBT with therapist.
        Generalized anxiety disorder - improving on sertraline.
        Follow up 6 weeks, sooner if worse. Crisis line info given.
        """,
        codes=[
            c("F33.1", "Major depressive disorder, recurrent, moderate", why="R22: MDD recurrent, moderate"),
            c("F41.1", "Generalized anxiety disorder - improving", why="R20: chronic condition managed"),
            c("99214", "A/P", why="R15: moderate MDM - chronic illness not at goal, prescription drug management"),
            c("96127", "PHQ-9 today 12", "GAD-7 today 9", units=2, why="R19: two scored instruments"),
        ],
        skips=[
            skip("Denies SI/HI", "R01", "negated"),
            skip("Drinking 2 beers on weekends", "R20", "no alcohol use disorder documented"),
        ],
    ),
    # ---------------- ED ----------------
    NoteSpec(
        id="dev-r12-16", dos="2026-05-30", age=28, sex="M", payer="aetna", **ED,
        text="""
        ED PROVIDER NOTE

        HPI: 28 yo M cut his left forearm on a kitchen knife while washing dishes 1 h ago. Bleeding controlled with
        pressure. No numbness or weakness. Tetanus booster 2022. RHD.
        Exam: 3.5 cm linear laceration dorsal left forearm, subcutaneous depth, no tendon exposure, full ROM of
        wrist and fingers, sensation intact, cap refill <2 s. No foreign body on exploration.

        Procedure - laceration repair: consent, lidocaine 1% local, irrigated with 250 mL NS, explored - no
        foreign body, no tendon injury. Closed with 6 simple interrupted 4-0 nylon sutures. Single-layer simple
        repair, 3.5 cm. Dressing applied.

        Impression: Laceration of left forearm without foreign body.
        Dispo: home, suture removal in 10 days, wound care instructions.
        """,
        codes=[
            c("S51.812A", "Laceration of left forearm without foreign body",
              why="R12: laceration without foreign body, left forearm, initial encounter"),
            c("12002", "Single-layer simple\n        repair, 3.5 cm", why="R18: simple repair 2.6-7.5 cm, extremity"),
        ],
        skips=[
            skip("No numbness or weakness", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r12-17", dos="2026-02-18", age=81, sex="F", payer="medicare", **ED,
        text="""
        Emergency Department Note

        CC: fall, hit head.
        81F with atrial fibrillation on apixaban tripped over a rug at home this morning, struck her forehead on
        the doorframe. No LOC per daughter who witnessed it. Mild headache, no vomiting. At baseline mentally.
        PMH: AF, HTN, hypothyroidism. Meds: apixaban 5 mg BID, diltiazem ER 180 mg, levothyroxine 75 mcg.

        Exam: GCS 15. 4 cm forehead contusion with swelling, no laceration. No midline C-spine tenderness.
        Neuro non-focal. Irregularly irregular, HR 82.

        CT head without contrast and CT C-spine - my read and radiology: no intracranial hemorrhage, no fracture.
        Frontal scalp hematoma.

        MDM: Elderly patient on anticoagulation with head strike - high-risk mechanism; CT imaging obtained and
        negative. Observed 4 hours, ambulating at baseline. Continue apixaban.

        Diagnoses:
        1. Contusion of forehead, initial encounter
        2. Atrial fibrillation, on long-term anticoagulation
        Discharge home with daughter, head injury precautions.
        """,
        codes=[
            c("S00.83XA", "Contusion of forehead, initial encounter",
              why="R12: contusion of other part of head (forehead), initial encounter"),
            c("I48.91", "Atrial fibrillation, on long-term anticoagulation",
              why="R20: chronic condition affecting the work-up"),
            c("Z79.01", "on long-term anticoagulation", why="R10: long-term anticoagulant"),
            c("99284", "MDM:", why="R15: ED by MDM - acute injury with risk on anticoagulation, CT imaging "
              "ordered and independently reviewed (moderate)"),
        ],
        skips=[
            skip("No LOC", "R01", "negated"),
            skip("no intracranial hemorrhage, no fracture", "R01", "negated"),
            skip("HTN, hypothyroidism", "R20", "PMH not addressed"),
        ],
    ),
    NoteSpec(
        id="dev-r12-18", dos="2026-07-12", age=42, sex="M", payer="bcbs", **ED,
        text="""
        ED Physician Documentation

        42M, warehouse worker, felt a "pull" in his low back lifting a box yesterday. Pain across the lower back,
        worse with bending, no radiation to the legs. No numbness, no saddle anesthesia, no bowel/bladder changes,
        no fever. No prior back surgery.
        Exam: paraspinal lumbar tenderness and spasm bilaterally, no midline tenderness. SLR negative
        bilaterally. Strength 5/5, reflexes symmetric.
        No imaging indicated.

        Assessment: Acute lumbar strain.
        Plan: naproxen 500 mg BID x 7 days, cyclobenzaprine 5 mg qhs x 5 days (Rx), heat, stay active.
        Work note for light duty x 3 days. Return if weakness, numbness or incontinence.
        """,
        codes=[
            c("S39.012A", "Acute lumbar strain", why="R12: strain of muscle, fascia and tendon of lower back, "
              "initial encounter"),
            c("99283", "Assessment:", why="R15: ED by MDM - acute uncomplicated injury (low), prescription drug "
              "management; low overall"),
        ],
        skips=[
            skip("no radiation to the legs", "R01", "negated"),
            skip("no saddle anesthesia", "R01", "negated"),
            skip("Return if weakness, numbness or incontinence", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r12-19", dos="2026-04-03", age=39, sex="M", payer="cigna", **ED,
        text="""
        EMERGENCY DEPARTMENT - PHYSICIAN NOTE

        CC: left flank pain.
        39M with sudden severe L flank pain radiating to the groin since 4 am, nausea, one episode of vomiting.
        No fever. Hx of kidney stone 2020 passed spontaneously.
        Vitals: T 37.1, HR 98, BP 148/90. Writhing, L CVA tenderness.

        Labs: UA 50+ RBC, no nitrite/LE. BMP Cr 1.0. CBC WBC 11.2.
        CT abdomen/pelvis without contrast: 5 mm obstructing stone at the left UVJ with mild left
        hydronephrosis.

        ED course: ketorolac 15 mg IV, ondansetron 4 mg IV, IV fluids. Pain 9 -> 2. Tolerating PO.

        Impression: Left ureteral calculus with mild hydronephrosis.
        Plan: tamsulosin 0.4 mg daily, oxycodone 5 mg #6 for breakthrough pain, strain urine. Urology follow
        up in 1 week. Return for fever, intractable vomiting.
        """,
        codes=[
            c("N13.2", "Left ureteral calculus with mild hydronephrosis",
              why="R13: hydronephrosis with ureteral calculous obstruction; N20.1 excluded"),
            c("99284", "Impression:", why="R15: ED by MDM - acute illness with systemic symptoms, labs and CT, "
              "prescription drug management (moderate)"),
        ],
        skips=[
            skip("Hx of kidney stone 2020", "R13", "personal history of calculi not coded with a current stone"),
            skip("No fever", "R01", "negated"),
            skip("nausea, one episode of vomiting", "R23", "integral to renal colic"),
        ],
    ),
    NoteSpec(
        id="dev-r12-20", dos="2026-08-21", age=58, sex="F", payer="medicaid", **ED,
        text="""
        ED Note

        58F with type 2 diabetes (on metformin) presents with 3 days of redness, warmth and swelling of the right
        lower leg after a scratch from gardening. No fever or chills. No drainage.
        Vitals normal, T 37.3. Glucose fingerstick 168.
        Exam: 10 x 8 cm area of erythema, warmth and tenderness on the anterior right shin, borders marked. No
        fluctuance, no crepitus. Bedside ultrasound by me: no abscess cavity.

        Assessment:
        1. Cellulitis of right lower leg, no abscess.
        2. Type 2 diabetes mellitus - continue metformin; A1c with PCP.
        Plan: cephalexin 500 mg QID x 7 days, elevate, recheck with PCP in 48 hours.
        """,
        codes=[
            c("L03.115", "Cellulitis of right lower leg", why="R22: cellulitis of right lower limb"),
            c("E11.9", "Type 2 diabetes mellitus - continue metformin", why="R20: coexisting chronic condition "
              "affecting care"),
            c("Z79.84", "continue metformin", why="R10: long-term oral hypoglycemic with the coded diabetes"),
            c("99283", "Assessment:", why="R15: ED by MDM - acute illness, prescription drug management, low data"),
        ],
        skips=[
            skip("No fever or chills", "R01", "negated"),
            skip("no abscess", "R01", "negated"),
        ],
    ),
    # ---------------- inpatient ----------------
    NoteSpec(
        id="dev-r12-21", dos="2026-01-29", age=77, sex="F", payer="medicare", **IP,
        text="""
        DISCHARGE SUMMARY
        Admit: 01/25/2026   Discharge: 01/29/2026

        Principal diagnosis: Acute on chronic diastolic (HFpEF) heart failure
        Secondary diagnoses:
        - Hypertensive heart and chronic kidney disease
        - CKD stage 3b
        - Type 2 diabetes mellitus with diabetic nephropathy, on insulin
        - Permanent atrial fibrillation, on warfarin
        - Hyperlipidemia

        Hospital course: 77-year-old woman admitted with 5 days of progressive dyspnea, orthopnea and 4 kg weight
        gain. BNP 1,420; CXR pulmonary vascular congestion, small bilateral effusions. Echo EF 60% with grade II
        diastolic dysfunction. Diuresed with IV furosemide, net -4.2 L, back to dry weight 71 kg. Creatinine
        1.6 -> 1.8 -> 1.7 (baseline 1.6-1.8, CKD 3b). INR therapeutic 2.3 throughout, warfarin continued.
        Insulin glargine reduced from 30 to 24 units for fasting lows while eating less. Rate controlled on
        metoprolol.

        Discharge medications: furosemide 40 mg PO BID (increased), metoprolol succinate 100 mg daily, warfarin
        per INR clinic, insulin glargine 24 units qhs, atorvastatin 40 mg daily, losartan 50 mg daily.
        Follow up: cardiology 1 week, INR check 3 days, BMP 1 week.
        """,
        codes=[
            c("I13.0", "Hypertensive heart and chronic kidney disease",
              "Acute on chronic diastolic (HFpEF) heart failure",
              why="R08/R21: hypertensive heart and CKD with heart failure, sequenced first (I.C.9.a.3)"),
            c("I50.33", "Acute on chronic diastolic (HFpEF) heart failure", why="R22: acute on chronic diastolic HF"),
            c("N18.32", "CKD stage 3b", why="R08: CKD stage with I13.0"),
            c("E11.22", "Type 2 diabetes mellitus with diabetic nephropathy", "CKD stage 3b",
              why="R09: diabetes with CKD (I.A.15 'with'); the CKD code is the more specific kidney complication"),
            c("I48.21", "Permanent atrial fibrillation", why="R22: permanent atrial fibrillation"),
            c("E78.5", "Hyperlipidemia", why="R20: chronic condition, statin continued"),
            c("Z79.4", "on insulin", why="R10: long-term insulin, type 2 diabetes"),
            c("Z79.01", "on warfarin", why="R10: long-term anticoagulant"),
        ],
        skips=[],
    ),
    NoteSpec(
        id="dev-r12-22", dos="2026-02-14", age=70, sex="M", payer="medicare", **IP,
        text="""
        Hospital Medicine Discharge Summary

        Dates: 2/10/2026 - 2/14/2026
        Discharge diagnoses:
        1. Community-acquired pneumonia, right lower lobe
        2. COPD (no exacerbation this admission)
        3. Hyponatremia, likely SIADH from pneumonia - resolved
        4. Tobacco dependence, cigarettes - current smoker 1 ppd

        Course: 70M presented with 3 days of fever, productive cough and pleuritic right chest pain. CXR RLL
        consolidation. Blood and sputum cultures negative, urine Legionella and pneumococcal antigens negative.
        Treated with ceftriaxone + azithromycin, transitioned to cefpodoxime on day 3. Afebrile since day 2.
        Na 126 on admission, fluid restricted, 135 at discharge. COPD stable on home fluticasone-salmeterol and
        tiotropium; no steroids needed. Nicotine patch 21 mg started, counseled on cessation.

        Discharge meds: cefpodoxime 200 mg BID x 3 more days, fluticasone-salmeterol 250/50 1 puff BID,
        tiotropium 18 mcg daily, albuterol prn, nicotine patch 21 mg daily.
        F/u PCP 1 week, repeat CXR 6 weeks.
        """,
        codes=[
            c("J18.9", "Community-acquired pneumonia, right lower lobe",
              why="R21: principal diagnosis, pneumonia organism unspecified"),
            c("J44.0", "COPD (no exacerbation this admission)",
              why="R22: COPD with acute lower respiratory infection (code also the infection)"),
            c("E22.2", "Hyponatremia, likely SIADH from pneumonia",
              why="R04: uncertain diagnosis at discharge coded as established (II.H)"),
            c("F17.210", "Tobacco dependence, cigarettes", why="R22: nicotine dependence, cigarettes"),
            c("Z79.51", "fluticasone-salmeterol 250/50 1 puff BID", why="R10: long-term inhaled steroid"),
        ],
        skips=[
            skip("no exacerbation this admission", "R01", "negated"),
            skip("Blood and sputum cultures negative", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r12-23", dos="2026-03-12", age=64, sex="M", payer="uhc", **IP,
        text="""
        DISCHARGE SUMMARY - Medicine

        Admission 3/9/2026, discharge 3/12/2026.

        Principal: Upper GI bleed from a duodenal ulcer, due to ibuprofen
        Other: Acute blood loss anemia; Hypertension; Osteoarthritis of both knees.

        Narrative: 64M who had been taking ibuprofen 800 mg three times daily for 2 months for knee OA presented
        with 2 days of melena and lightheadedness. Hgb 7.4 (baseline 14). Transfused 2 units PRBC. EGD day 1:
        8 mm clean-based duodenal bulb ulcer, no visible vessel; no intervention needed. H. pylori biopsy
        negative. Ibuprofen stopped - NSAID-induced ulcer. Pantoprazole IV then PO BID. Hgb stable 9.2 at
        discharge. Lisinopril held on admission for soft BP, resumed day 3.
        Knee OA - acetaminophen scheduled instead of NSAIDs; outpatient ortho for injection.

        Discharge meds: pantoprazole 40 mg BID x 8 weeks, acetaminophen 1 g TID, lisinopril 20 mg daily,
        ferrous sulfate 325 mg daily.
        """,
        codes=[
            c("K26.4", "Upper GI bleed from a duodenal ulcer", why="R22: duodenal ulcer with hemorrhage, "
              "unspecified as acute or chronic"),
            c("T39.315A", "due to ibuprofen", "NSAID-induced ulcer",
              why="R12: adverse effect of propionic acid derivatives, initial encounter (I.C.19.e.5.a)"),
            c("D62", "Acute blood loss anemia", why="R20: treated with transfusion"),
            c("I10", "Hypertension", why="R20: chronic condition, medication held and resumed"),
            c("M17.0", "Osteoarthritis of both knees", why="R11: bilateral primary knee OA, treatment changed"),
        ],
        skips=[
            skip("H. pylori biopsy\n        negative", "R01", "negated"),
            skip("no visible vessel", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r12-24", dos="2026-05-19", age=73, sex="M", payer="medicare", **IP,
        text="""
        DISCHARGE SUMMARY - Stroke Service

        Admitted 5/14/2026, discharged 5/19/2026 to inpatient rehabilitation.

        Final diagnoses:
        - Acute ischemic stroke, left MCA territory, cardioembolic (embolism of the left middle cerebral artery)
        - Right hemiparesis (right-handed) and expressive aphasia due to the stroke
        - Atrial fibrillation, newly diagnosed
        - Hypertension
        - Hyperlipidemia

        Course: 73M found by wife with right-sided weakness and trouble speaking, last known well 7 h earlier,
        outside the tPA window. NIHSS 9 on arrival. CTA: no large vessel occlusion amenable to thrombectomy.
        MRI: acute left MCA territory infarcts. Telemetry showed atrial fibrillation, new. Echo without LV
        thrombus. Apixaban started on day 3 after repeat imaging showed no hemorrhagic conversion. Atorvastatin
        increased to 80 mg. BP allowed permissive range first 48 h, then amlodipine resumed. At discharge right
        arm 3/5, leg 4/5, speech improving but still non-fluent.

        Discharge meds: apixaban 5 mg BID, atorvastatin 80 mg, amlodipine 10 mg, metoprolol tartrate 25 mg BID.
        """,
        codes=[
            c("I63.412", "embolism of the left middle cerebral artery",
              why="R22: cerebral infarction due to embolism of left MCA, principal"),
            c("G81.91", "Right hemiparesis (right-handed)", why="R22: hemiplegia/hemiparesis of the right "
              "dominant side, a deficit of the current stroke"),
            c("R47.01", "expressive aphasia", why="R22: aphasia, a deficit of the current stroke"),
            c("R29.709", "NIHSS 9", why="R22: NIHSS score 9 (I.C.18.j)"),
            c("I48.91", "Atrial fibrillation, newly diagnosed", why="R22: atrial fibrillation, type not specified"),
            c("I10", "Hypertension", why="R20: chronic condition managed"),
            c("E78.5", "Hyperlipidemia", why="R20: chronic condition, statin increased"),
            c("Z79.01", "Apixaban started on day 3", why="R10: anticoagulant started in the stay and continued "
              "at discharge (Decision)"),
        ],
        skips=[
            skip("no large vessel occlusion", "R01", "negated"),
            skip("no hemorrhagic conversion", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r12-25", dos="2026-09-08", age=86, sex="F", payer="medicare", **IP,
        text="""
        DISCHARGE SUMMARY

        Admission date: 09/04/2026          Discharge date: 09/08/2026
        Discharge disposition: return to memory care assisted living

        Diagnoses at discharge:
        1. Sepsis due to E. coli urinary tract infection (no organ dysfunction, no shock)
        2. Alzheimer's dementia, late onset, with acute metabolic encephalopathy from sepsis - resolved to baseline
        3. Hypothyroidism
        4. History of left hip fracture (2022, ORIF)

        Course: 86-year-old woman from memory care with fever 39.0, HR 118, WBC 16.8 and new confusion beyond her
        baseline. UA pyuria; urine and blood cultures grew E. coli sensitive to ceftriaxone. Treated with IV
        ceftriaxone then PO cephalexin. Lactate 1.6, creatinine normal, BP stable throughout. Mental status
        returned to her baseline (oriented to self) by day 3. Levothyroxine continued.
        Ambulates with walker at baseline.

        Discharge meds: cephalexin 500 mg QID x 5 days, levothyroxine 50 mcg daily, donepezil 10 mg qhs.
        """,
        codes=[
            c("A41.51", "Sepsis due to E. coli", why="R21: sepsis due to E. coli, principal (I.C.1.d.4)"),
            c("N39.0", "urinary tract infection", why="R22: localized infection with the sepsis"),
            c("G93.41", "acute metabolic encephalopathy", why="R22: metabolic encephalopathy treated"),
            c("G30.1", "Alzheimer's dementia, late onset", why="R22: Alzheimer's disease with late onset"),
            c("F02.80", "Alzheimer's dementia", why="R21: dementia in disease classified elsewhere, unspecified "
              "severity, without behavioral disturbance (code first the etiology)"),
            c("E03.9", "Hypothyroidism", why="R20: chronic condition, medication continued"),
        ],
        skips=[
            skip("History of left hip fracture", "R20", "history not affecting this stay (III.B)"),
            skip("no organ dysfunction, no shock", "R01", "negated"),
        ],
    ),
]
