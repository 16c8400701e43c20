"""Dev notes 0025-0030: concussion follow-up, abscess I&D, pediatric asthma, UTI, strep, oncology."""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-0025", dos="2026-09-15",
        specialty="neurology", setting="outpatient", age=16, sex="M", payer="bcbs",
        minutes=31,
        text="""
        Neurology follow-up - concussion

        16 y/o M, high-school football player, seen in the ED 10 days ago after a helmet-to-helmet tackle:
        concussion without loss of consciousness (per ED and witnesses, no LOC). CT head in ED was negative.
        Initial symptoms headache, dizziness, light sensitivity. Today: headaches down to 2/10 twice a week,
        no dizziness, sleeping well, back at school with 50% workload accommodations. SCAT5 symptom score 6
        (was 31). Denies vomiting, vision change, neck pain. No prior concussions.

        Exam: Alert, oriented. CN intact. Smooth pursuits and saccades normal, VOMS without provocation.
        Tandem gait normal, BESS 8 errors. Strength and reflexes normal.

        Assessment: Concussion without LOC, subsequent encounter - improving, in recovery phase. Post-traumatic
        headache, mild, part of the concussion.
        Plan: Advance to full school day. Begin graduated return-to-play protocol (stage 2: light aerobic
        activity) with athletic trainer; no contact until cleared. Acetaminophen PRN, max 3 days/week.
        If symptoms return at any stage, step back 24 h. Recheck in 2 weeks.

        Total time: 31 minutes with patient and mother, including return-to-learn/return-to-play counseling and
        letter for school.
        """,
        codes=[
            c("S06.0X0D", "Concussion without LOC, subsequent encounter",
              why="R12: 7th character D for follow-up in healing phase, X placeholder; LOC status documented"),
            c("99214", "Total time: 31 minutes", why="R14: established, 31 minutes (30-39)"),
        ],
        skips=[
            skip("Post-traumatic\n        headache, mild, part of the concussion", "R23", "integral symptom"),
            skip("CT head in ED was negative", "R01", "normal finding"),
            skip("If symptoms return", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0026", specialty="dermatology", setting="outpatient", age=19, sex="F", payer="cigna",
        text="""
        Derm clinic

        S: 19F with painful lump in the left armpit x 5 days, growing, now draining a little. No fever.
        First episode; no history of hidradenitis. Also wants help with acne - on and off since age 14, OTC
        benzoyl peroxide wash not enough, gets inflamed papules on cheeks/chin and a few on upper back.
        Uses combined OCP. Not pregnant, LMP 2 weeks ago.

        O: Afebrile. L axilla: 2.5 x 2 cm fluctuant, tender, erythematous nodule with overlying pustule; no
        lymphangitic streaking. No other axillary or inguinal nodules/tracts. Face: multiple inflammatory
        papules and pustules, open and closed comedones cheeks/chin; no cysts or scarring.

        Procedure: I&D of abscess, L axilla. Consent. Betadine prep, 1% lidocaine with epi 3 mL. Single 1 cm
        incision, ~3 mL purulent material expressed, loculations broken with hemostat, irrigated, packed with
        1/4" iodoform gauze. Culture sent. Dressing applied. EBL minimal. Tolerated well.

        A/P:
        1. Cutaneous abscess of left axilla - s/p simple I&D. No antibiotics needed given adequate drainage; warm
           compresses, remove packing in 48 h.
        2. Acne vulgaris, moderate, separate problem - start topical adapalene 0.1% + clindamycin 1% gel qAM;
           continue BPO wash; counseled on irritation and sun protection. RTC 8-10 weeks.
        Return sooner if fever or expanding redness.
        """,
        codes=[
            c("L02.412", "Cutaneous abscess of left axilla", why="R11: site and side; R21 reason for procedure"),
            c("L70.0", "Acne vulgaris, moderate, separate problem", why="R22: acne vulgaris"),
            c("99213", "Acne vulgaris, moderate, separate problem",
              why="R18: separate problem with prescription management justifies an E/M with modifier 25",
              mods=["25"]),
            c("10060", "I&D of abscess, L axilla", "simple I&D", why="R18: simple incision and drainage"),
        ],
        skips=[
            skip("no history of hidradenitis", "R01", "negated"),
            skip("Not pregnant", "R01", "negated"),
            skip("Culture sent", "R19", "sent out"),
            skip("Return sooner if fever", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0027", specialty="pediatrics", setting="outpatient", age=8, sex="M", payer="medicaid",
        text="""
        Pediatric Acute Visit

        CC: wheezing and cough since last night.

        HPI: 8yo boy with mild intermittent asthma (albuterol PRN only, uses <2x/month) with URI symptoms x 3 days,
        now wheezy and coughing at night. Used albuterol MDI 2 puffs x 3 since midnight with partial relief.
        No fever. No prior ICU admissions or intubations; last oral steroid course 2 years ago. No vomiting.
        Mom with asthma and eczema.

        Exam: T 37.2, HR 112, RR 28, SpO2 93% RA. Mild subcostal retractions, diffuse expiratory wheeze,
        speaking in full sentences. No crackles. TMs normal. Pharynx mildly red.

        Treatment: albuterol 2.5 mg via nebulizer x 1 in clinic. Post-neb: RR 22, SpO2 97%, wheeze markedly
        decreased, no retractions.

        Assessment: Mild intermittent asthma with acute exacerbation, triggered by viral URI.
        Plan: Prednisolone 1 mg/kg/day x 5 days. Albuterol MDI with spacer 4 puffs q4h x 48 h, then PRN.
        Asthma action plan updated. Discussed starting a daily controller if exacerbations become frequent.
        Return or go to ED for labored breathing, inability to speak in sentences, or lips turning blue.
        """,
        codes=[
            c("J45.21", "Mild intermittent asthma with acute exacerbation",
              why="R22: severity and exacerbation; the URI trigger is part of the exacerbation"),
            c("Z82.5", "Mom with asthma", why="R05: family history of asthma"),
            c("99214", "Assessment:", why="R15: acute illness with systemic symptoms + prescription = moderate",
              mods=["25"]),
            c("94640", "albuterol 2.5 mg via nebulizer x 1 in clinic", why="R18: nebulizer treatment"),
            c("J7613", "albuterol 2.5 mg", why="R24: albuterol unit dose per 1 mg; 2.5 mg rounds to 3 units",
              units=3),
        ],
        skips=[
            skip("No fever", "R01", "negated"),
            skip("if exacerbations become frequent", "R07", "conditional"),
            skip("Return or go to ED for labored breathing", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-0028", specialty="family medicine", setting="outpatient", age=31, sex="F", payer="uhc",
        minutes=18,
        text="""
        Acute visit - dysuria

        31F with 2 days of burning with urination, urgency and frequency. No hematuria. Denies fever, chills,
        flank pain, nausea. No vaginal discharge or itching. Sexually active, monogamous, LMP 3 weeks ago,
        condoms inconsistently. Last UTI 2 years ago.

        PMH: none. Meds: none. Allergies: sulfa (hives). ROS: no back pain, no rash, no abdominal pain apart from the
        suprapubic discomfort, no vaginal bleeding.
        Vitals: T 98.4, BP 118/72. Abd soft, mild suprapubic tenderness, no CVA tenderness.

        In-office tests: Urine dipstick (manual): leukocyte esterase 2+, nitrite positive, blood trace.
        Urine hCG: negative.
        Urine culture sent to reference lab.

        Impression: Acute cystitis without hematuria. Not pyelonephritis (no fever, no CVA tenderness).
        Plan: nitrofurantoin monohydrate 100 mg BID x 5 days. Fluids, phenazopyridine 200 mg TID x 2 days.
        Will adjust antibiotics based on culture. If fever or flank pain develop, seek care promptly.

        Time spent: 18 minutes total on date of service.
        """,
        codes=[
            c("N30.00", "Acute cystitis without hematuria",
              why="R13: N39.0 Excludes1 cystitis - specific site code only; R23 dysuria not coded"),
            c("99212", "Time spent: 18 minutes total",
              why="R14: 18 minutes documented meets the 99212 threshold (10+), so time decides; MDM (acute "
                  "uncomplicated illness with prescription drug management = low, 99213) is higher and is left "
                  "to the coder (project convention, R15: em-mdm-higher)"),
            c("81002", "Urine dipstick (manual)", why="R19: non-automated urinalysis in office"),
            c("81025", "Urine hCG: negative", why="R19: urine pregnancy test in office"),
        ],
        skips=[
            skip("No hematuria", "R01", "negated"),
            skip("Not pyelonephritis", "R01", "ruled out"),
            skip("Urine culture sent to reference lab", "R19", "sent out"),
            skip("If fever or flank pain develop", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0029", specialty="urgent care", setting="outpatient", age=13, sex="F", payer="bcbs",
        new_patient=True,
        text="""
        URGENT CARE

        Pt: 13 y/o female with mom. CC sore throat, fever since yesterday.

        HPI: Abrupt onset sore throat, painful swallowing, fever to 102.4, headache, mild abdominal pain. No cough,
        no runny nose. Classmate with strep. No rash. Drinking OK.

        Social: 8th grade, plays volleyball; lives with mom, dad and younger brother (brother well). No recent
        travel. ROS: no shortness of breath, no joint pain, no urinary symptoms, no vomiting.
        PMH: none. Meds: none. Allergies: none known. Vaccines UTD.

        PE: T 101.9, HR 108. Tonsils 3+ with white exudate, palatal petechiae, tender anterior cervical
        adenopathy. TMs clear. No trismus, uvula midline, no peritonsillar bulge. Lungs clear. Abd soft, no
        splenomegaly. No rash.

        Centor 4. Rapid strep A antigen performed here: POSITIVE.

        DX: Streptococcal pharyngitis.
        RX: Amoxicillin 50 mg/kg once daily (max 1000 mg) x 10 days. Ibuprofen for pain/fever. Out of school until
        12 h on antibiotics and afebrile. Return if unable to swallow, drooling, or neck swelling.
        No evidence of peritonsillar abscess.
        """,
        codes=[
            c("J02.0", "Streptococcal pharyngitis",
              why="R22: confirmed strep by positive test; R23 fever and sore throat integral"),
            c("99203", "DX: Streptococcal pharyngitis",
              why="R15: acute uncomplicated illness with prescription = low MDM; R16 new"),
            c("87880", "Rapid strep A antigen performed here", why="R19: performed in clinic"),
        ],
        skips=[
            skip("No evidence of peritonsillar abscess", "R01", "negated"),
            skip("no splenomegaly", "R02", "normal exam"),
            skip("Return if unable to swallow", "R07", "hypothetical"),
        ],
    ),
    NoteSpec(
        id="dev-0030", dos="2026-04-02",
        specialty="oncology", setting="outpatient", age=58, sex="F", payer="aetna",
        minutes=45,
        text="""
        HEMATOLOGY/ONCOLOGY FOLLOW-UP

        Diagnosis: Malignant neoplasm of upper-outer quadrant of left breast, pT1c N0, ER+/PR+/HER2-, s/p left
        lumpectomy + SLNB 09/2025 and adjuvant whole-breast radiation (completed 12/2025). Oncotype DX RS 14.
        Currently on anastrozole 1 mg daily since 01/2026 (adjuvant endocrine therapy).

        Interval: tolerating anastrozole but has arthralgias of both knees, morning stiffness ~20 min, and hot
        flashes. No new breast lumps, bone pain, cough, headaches or weight loss. Her mother had ovarian cancer at
        52; patient had germline testing - negative for BRCA1/2 and panel.

        Exam: ECOG 0. Left breast with healed lumpectomy scar, mild post-radiation hyperpigmentation, no masses.
        Right breast normal. No axillary or supraclavicular adenopathy. No spinal tenderness.

        DEXA 02/2026: osteopenia, lumbar spine T -1.8.

        A/P:
        1) Left breast cancer, UOQ, ER-positive, on adjuvant anastrozole - continue; plan 5 years minimum.
           Aromatase inhibitor-related arthralgia: start exercise program, trial of duloxetine discussed; she
           prefers acupuncture referral first.
        2) Osteopenia on AI - calcium/vitamin D, repeat DEXA in 2 years; zoledronic acid would be considered if
           T-score falls below -2.0.
        3) FHx ovarian cancer - genetic testing negative; standard screening.
        4) Survivorship: annual mammogram due 09/2026.

        45 minutes spent on this date, including review of DEXA and counseling.
        """,
        codes=[
            c("C50.412", "Malignant neoplasm of upper-outer quadrant of left breast",
              why="R22: site, side and female; still on adjuvant therapy so active cancer, not history"),
            c("Z17.0", "ER+/PR+/HER2-", "ER-positive", why="R22: estrogen receptor status"),
            c("Z17.21", "ER+/PR+/HER2-", why="R22: progesterone receptor positive, documented on its own (FY2026 "
              "Z17: one code for each receptor; Z17.4- only when only a combined status is documented)"),
            c("Z17.32", "ER+/PR+/HER2-", why="R22: HER2 negative, documented on its own (FY2026 Z17)"),
            c("M25.561", "arthralgias of both knees", "Aromatase inhibitor-related arthralgia",
              why="R11: bilateral knee pain = right and left knee codes"),
            c("M25.562", "arthralgias of both knees", why="R11: left knee"),
            c("T38.6X5A", "Aromatase inhibitor-related arthralgia",
              why="R12: adverse effect of the antiestrogen in proper use, 7th character A (active care)"),
            c("M85.88", "osteopenia, lumbar spine", "Osteopenia on AI",
              why="R22: osteopenia of vertebrae indexes to M85.8-, other site"),
            c("Z79.811", "on adjuvant anastrozole", why="R10: long-term aromatase inhibitor"),
            c("Z80.41", "mother had ovarian cancer", "FHx ovarian cancer", why="R05: family history of ovarian cancer"),
            c("Z92.3", "adjuvant whole-breast radiation", why="R06: history of irradiation"),
            c("99215", "45 minutes spent on this date", why="R14: established, 45 minutes (40+)"),
        ],
        skips=[
            skip("No new breast lumps", "R01", "negated"),
            skip("negative for BRCA1/2", "R01", "negative test"),
            skip("zoledronic acid would be considered", "R07", "conditional"),
        ],
    ),
]
