"""TEST split notes 1-15: cardiology, family and internal medicine, endocrinology, ED, inpatient."""

from corpora.tools.heldout_spec import D, H, N, P, note

NOTES = [
note("cardiology|out|2026-01-06|11|est|M74|mcr", """
CARDIOLOGY FOLLOW-UP

CC: 3 month f/u, heart failure and AFib.

HPI: 74 yo M with HTN, HFpEF (EF 55% on echo 10/2025) and persistent atrial fibrillation on apixaban.
Reports stable exertional dyspnea walking 2 blocks, unchanged. Sleeps on 2 pillows. Weight stable
at home. No syncope. No chest pain. Occasional palpitations at night, brief. Adherent to meds.

PMH: hypertensive heart disease, chronic diastolic heart failure, persistent AFib (failed DCCV
2024), HLD, OA knees.
Meds: apixaban 5 mg BID, metoprolol succinate 100 mg daily, furosemide 20 mg daily,
losartan 50 mg daily, atorvastatin 40 mg.
Allergies: sulfa (rash).

ROS: Resp - mild DOE, no cough. CV - see HPI, denies orthopnea worsening or PND. GI - no melena,
no hematochezia. Neuro - no focal weakness.

Exam: BP 138/82, HR 78 irregularly irregular, SpO2 96% RA, wt 94.1 kg (94.5 last visit).
JVP ~7 cm. Lungs clear bilaterally, no rales. Heart irregular, no murmur. Trace bilateral ankle edema.

ECG performed in clinic today and interpreted by me: atrial fibrillation, ventricular rate 76,
normal axis, no acute ST changes.

Assessment/Plan:
1. Hypertensive heart disease with chronic diastolic (HFpEF) heart failure - euvolemic, NYHA II.
Continue furosemide 20 mg; BMP ordered. Continue losartan.
2. Persistent atrial fibrillation - rate controlled on metoprolol. CHA2DS2-VASc 3. Continue
apixaban, long-term anticoagulation; no bleeding.
3. HLD - on atorvastatin, lipids due next visit.
Medication management of 2 chronic conditions, prescription drug management.
RTC 3 months, sooner if weight gain > 3 lb in a day.
""",
    D("I11.0", "Hypertensive heart disease with chronic diastolic (HFpEF) heart failure",
      "R08: Combination: hypertension with heart failure is coded I11.0 first, with I50.- for the HF type."),
    D("I50.32", "chronic diastolic heart failure", "R08: Type and acuity of heart failure, paired with I11.0."),
    D("I48.19", ["Persistent atrial fibrillation", "persistent AFib"], "R22: Persistent AFib, not longstanding."),
    D("Z79.01", "long-term anticoagulation", "R10: Long-term anticoagulant (apixaban) documented as current."),
    D("E78.5", "HLD - on atorvastatin", "R20: Chronic hyperlipidemia on treatment affects care."),
    P("99214", "prescription drug management", "R15: E/M by MDM: 2 chronic illnesses, drug management = moderate."),
    P("93000", "ECG performed in clinic today and interpreted by me",
      "R18: ECG performed and interpreted in the office; global code.", units=1),

    N("No syncope", "R01", "negated symptom"),
    N("No chest pain", "R01", "negated symptom"),
    N("sooner if weight gain > 3 lb in a day", "R07", "conditional return instruction"),
    N("OA knees", "R20", "past history not addressed at this visit"),
),
note("family medicine|out|2026-01-08|11|est|F66|mcr|min=35", """
Subjective:
66 y/o F here for diabetes and kidney f/u. Checks sugars once daily, fasting 120s-150s. A1c 7.4
(12/2025). Taking metformin 500 mg BID - dose was reduced in the fall because her eGFR fell to
52. Also on lisinopril 20 mg for blood pressure. Denies polyuria, polydipsia. No foot numbness
or tingling. Denies chest pain or SOB. Diet: trying to limit tortillas and sweet tea.
Allergies: NKDA.

Objective:
BP 134/78  P 72  Wt 81 kg  BMI 31.2
Fingerstick glucose done in office on our meter: 162 mg/dL (2 h after lunch).
Feet: monofilament intact bilaterally, pulses 2+, no ulcers. Heart RRR. Lungs CTA.
Labs 12/2025: Cr 1.14, eGFR 52, UACR 48 mg/g.

Assessment:
1. Type 2 diabetes mellitus with diabetic CKD - CKD stage 3a (eGFR 45-59), stable.
2. Hypertensive chronic kidney disease - BP near goal.
3. Long-term use of oral hypoglycemic (metformin).

Plan:
- Continue metformin at renal dose; add empagliflozin 10 mg daily for renal protection,
  counseled on genital hygiene and sick-day rules.
- Continue lisinopril. BMP and UACR in 3 months (ordered).
- Annual diabetic eye exam - referral placed.
- Discussed diet, walking 20 min/day.

Total time on date of service: 35 minutes, including review of outside labs, counseling,
and documentation.
""",
    D("E11.22", "Type 2 diabetes mellitus with diabetic CKD",
      "R09: Combination: diabetes with CKD is E11.22 with an additional N18.- for stage."),
    D("I12.9", "Hypertensive chronic kidney disease",
      "R08: Hypertension and CKD are presumed linked: I12.9 for CKD stage 1-4, plus N18.-."),
    D("N18.31", "CKD stage 3a", "R08: CKD stage 3a documented (eGFR 45-59)."),
    D("Z79.84", "Long-term use of oral hypoglycemic (metformin)", "R10: Oral hypoglycemic use, no insulin."),
    P("99214", "Total time on date of service: 35 minutes",
      "R14: E/M by total time: established patient 30-39 minutes."),
    P("82962", "Fingerstick glucose done in office on our meter",
      "R19: Glucose by home-type monitoring device performed in the office.", units=1),

    N("Denies polyuria, polydipsia", "R01", "negated symptoms"),
    N("No foot numbness", "R01", "neuropathy symptoms denied"),
    N("monofilament intact bilaterally", "R02", "normal exam finding"),
),
note("endocrinology|out|2026-01-09|11|new|M58|com|min=50", """
ENDOCRINOLOGY NEW PATIENT CONSULTATION
Referred by PCP for uncontrolled type 2 diabetes.

History of Present Illness: Mr. is a 58-year-old man with type 2 diabetes diagnosed 2014, on
metformin 1000 mg twice daily and glargine 28 units at bedtime started last year. Most recent A1c
was 9.8%. Home glucose log shows fasting 180-240 and evening values up to 310. He describes
burning and numbness in both feet, worse at night, for about a year. He denies visual changes;
dilated eye exam in October was reportedly normal, no retinopathy. No hypoglycemic episodes.

Past Medical History: DM2, hypertension, obesity. Colonoscopy 2023 normal.
Medications: metformin, insulin glargine, amlodipine 10 mg.
Allergies: penicillin (hives).
Family History: mother and two brothers with type 2 diabetes; father died of stroke at 80.
Social: married, warehouse supervisor, never smoker, rare alcohol.

Review of Systems: Constitutional - no weight loss. Eyes - negative. CV - no chest pain.
GU - nocturia x1. Neuro - bilateral foot paresthesias as above.

Physical Examination: BP 142/86, BMI 33.4. Thyroid not enlarged. Decreased monofilament
sensation both forefeet, vibration reduced at great toes, ankle reflexes absent. No foot ulcers.

Impression:
1. Type 2 diabetes mellitus with hyperglycemia, poorly controlled.
2. Diabetic peripheral polyneuropathy, bilateral feet.
3. Long-term insulin use plus metformin.
4. Hypertension.

Plan: Increase glargine to 34 units, titrate 2 units every 3 days to fasting < 130. Continue
metformin. Start semaglutide 0.25 mg weekly. Duloxetine 30 mg for neuropathic pain. CGM
prescribed. Podiatry referral. Labs ordered: CMP, lipid panel, UACR. Return 6 weeks.

I spent a total of 50 minutes on the date of the encounter reviewing referral records, seeing
the patient, ordering, and documenting.
""",
    D("E11.65", "Type 2 diabetes mellitus with hyperglycemia",
      "R09: Poorly controlled/uncontrolled-high type 2 diabetes codes to 'with hyperglycemia'."),
    D("E11.42", "Diabetic peripheral polyneuropathy",
      "R09: Diabetes with polyneuropathy combination code; multiple E11 codes allowed."),
    D("I10", "4. Hypertension", "R20: Essential hypertension, no heart or kidney disease documented."),
    D("Z79.4", "Long-term insulin use plus metformin",
      "R10: Insulin and oral agent both used: assign Z79.4 and Z79.84."),
    D("Z79.84", "metformin 1000 mg twice daily", "R10: Oral hypoglycemic alongside insulin."),
    D("Z83.3", "mother and two brothers with type 2 diabetes", "R05: Family history of diabetes."),
    P("99204", "total of 50 minutes on the date of the encounter",
      "R14: New patient E/M by total time 45-59 minutes (R16: new patient)."),

    N("no retinopathy", "R01", "retinopathy negated: no E11.3- code"),
    N("No hypoglycemic episodes", "R01", "negated"),
    N("father died of stroke at 80", "R05", "family history not affecting this visit"),
),
note("emergency medicine|out|2026-01-11|23|new|F71|mcd", """
ED PROVIDER NOTE

Chief complaint: R wrist pain after fall

HPI: 71F slipped on ice in her driveway this AM, landed on outstretched right hand. Immediate
pain and swelling of the R wrist. Did not hit head, no LOC. Denies neck pain, hip pain.
No numbness of fingers. Not on blood thinners.

PMH: osteopenia, hypothyroidism, h/o breast cancer (L lumpectomy + radiation 2012, no recurrence,
off tamoxifen since 2017).
Meds: levothyroxine 75 mcg. Allergies: NKDA.

ROS: negative except as in HPI. Fever: none. Chest pain: none.

Exam: VS T 36.6, HR 88, BP 151/84, RR 16, SpO2 98%.
Alert, mild distress from pain. Head atraumatic. C-spine nontender.
R wrist: dorsal angulation ("dinner fork"), swelling, tenderness distal radius. Radial pulse 2+,
cap refill < 2 s, median/ulnar/radial sensation intact. Elbow and shoulder nontender.
L wrist normal.

XR R wrist: extra-articular distal radius fracture with dorsal displacement, consistent with Colles
fracture. No ulnar styloid fx.

ED course: hematoma block with lidocaine, closed reduction by ortho PA (separately documented),
sugar-tong splint applied. Post-reduction films improved alignment. Ibuprofen, oxycodone x1.

MDM: acute injury requiring reduction and prescription pain medication; x-rays ordered and
independently reviewed by me. Moderate complexity.

Impression: Closed Colles fracture of right radius, initial encounter.
Disposition: Home. Sling, ice, elevate. Ortho clinic in 5-7 days. Return if fingers become
numb, cold, or pale.
""",
    D("S52.531A", "Closed Colles fracture of right radius, initial encounter",
      "R12: Injury: laterality and 7th character A (active treatment, initial encounter)."),
    D("E03.9", "hypothyroidism", "R20: Chronic condition on levothyroxine, documented as current."),
    D("Z85.3", "h/o breast cancer", "R06: Personal history: breast cancer excised/treated, no current therapy."),
    P("99284", "Moderate complexity", "R15: ED E/M by MDM: acute complicated injury, Rx drug management."),

    N("Did not hit head, no LOC", "R01", "head injury negated"),
    N("Fever: none", "R02", "ROS negative"),
    N("Return if fingers become", "R07", "conditional return instruction"),
),
note("hospital medicine|in|2026-01-14|21|est|F82|mcr", """
DISCHARGE SUMMARY

Admit date: 01/10/2026   Discharge date: 01/14/2026
Attending: Hospitalist service

Reason for admission: progressive dyspnea, leg swelling, 4 kg weight gain.

Hospital course:
82-year-old woman with hypertension, CKD stage 4 (baseline Cr 2.4) and heart failure with
preserved EF (LVEF 60%) admitted with acute on chronic diastolic heart failure. BNP 1,840.
CXR: bilateral effusions, vascular congestion and a right lower lobe opacity. She was diuresed
with IV furosemide with net -5.2 L, creatinine peaked at 2.7 and returned to 2.5. Given
low-grade fever 38.1 and leukocytosis 13.2 with the RLL opacity, she was treated for probable
community-acquired pneumonia with ceftriaxone and azithromycin, transitioned to oral cefpodoxime.
Blood cultures negative. She was on room air at discharge.

She quit smoking in 1995 (30 pack-years). No history of MI.

Discharge Diagnoses:
1. Acute on chronic diastolic heart failure
2. Hypertensive heart and chronic kidney disease with heart failure, CKD stage 4
3. Probable community-acquired pneumonia, right lower lobe
4. Former tobacco use

Discharge medications: torsemide 20 mg daily (new), metoprolol succinate 50 mg, hydralazine
25 mg TID, isosorbide dinitrate 20 mg TID, cefpodoxime 200 mg BID x 3 more days.

Follow-up: PCP in 1 week with BMP; nephrology in 2 weeks. Daily weights - call if up 2 lb in a
day or 5 lb in a week. Low-sodium diet, 1.5 L fluid restriction.
""",
    D("I13.0", "Hypertensive heart and chronic kidney disease with heart failure, CKD stage 4",
      "R08: Combination: HTN + heart failure + CKD stage 1-4 is I13.0, sequenced first with I50.- and N18.-."),
    D("I50.33", "Acute on chronic diastolic heart failure", "R08: Heart failure type and acuity."),
    D("N18.4", "CKD stage 4", "R08: CKD stage with I13.0."),
    D("J18.9", "Probable community-acquired pneumonia",
      "R04: Inpatient: uncertain diagnosis ('probable') at discharge is coded as if established."),
    D("Z87.891", "Former tobacco use", "R06: Personal history of nicotine dependence (quit, not current)."),

    N("Blood cultures negative", "R01", "bacteremia excluded"),
    N("No history of MI", "R01", "negated history"),
    N("call if up 2 lb in a\nday", "R07", "conditional instruction"),
),
note("dermatology|out|2026-01-15|11|est|M67|mcr", """
Dermatology Procedure Visit

67M returns for treatment of scaly spots on scalp and a wart on the foot.

Hx: Hx basal cell carcinoma L nasal ala, Mohs 2019, no recurrence. Father had melanoma.
Outdoor work (mail carrier, retired). No new changing moles per pt.

Exam: Fitzpatrick II. Scalp/forehead with 6 gritty erythematous scaly papules consistent with
actinic keratoses. Right plantar forefoot: 7 mm hyperkeratotic papule with pinpoint black dots,
loss of skin lines - plantar wart. Left dorsal hand: two 3-4 mm verrucous papules, common warts.
Full skin exam otherwise without suspicious pigmented lesions. L nasal ala scar clean.

Procedure 1: Cryodestruction of actinic keratoses x 6 (scalp x 4, forehead x 2). Liquid
nitrogen, 2 freeze-thaw cycles. Tolerated well.
Procedure 2: Cryodestruction of benign lesions, verrucae x 3 (R plantar foot x 1, L hand x 2).
Verbal consent for both; risks of blister, dyspigmentation, recurrence reviewed.

Assessment:
- Actinic keratoses, treated
- Plantar wart R foot; verruca vulgaris L hand, treated
- Personal history of BCC - no evidence of recurrence
- Family history of melanoma
Plan: sunscreen SPF 30+, broad-brim hat. Wound care handout. Return 6 months for full skin exam,
or sooner if lesions persist.
""",
    D("L57.0", "actinic keratoses", "R22: Actinic keratosis treated by destruction."),
    D("B07.0", "plantar wart", "R22: Plantar wart (specific code)."),
    D("B07.8", "common warts", "R22: Common warts (verruca vulgaris) coded separately from plantar wart."),
    D("Z85.828", "Personal history of BCC", "R06: Personal history of other malignant skin neoplasm (BCC)."),
    D("Z80.8", "Family history of melanoma", "R05: Family history of malignant neoplasm of other sites (melanoma)."),
    P("17000", "Cryodestruction of actinic keratoses x 6", "R18: Premalignant destruction, first lesion.", units=1),
    P("17003", "scalp x 4, forehead x 2", "R18: Premalignant destruction, lesions 2-6 (five units).", units=5),
    P("17110", "Cryodestruction of benign lesions, verrucae x 3",
      "R18: Destruction of benign lesions (warts), up to 14.", units=1),

    N("No new changing moles", "R01", "negated"),
    N("without suspicious pigmented lesions", "R02", "normal exam finding"),
),
note("pediatrics|out|2026-01-16|11|est|F9|com", """
WELL CHILD CHECK - 9 YEARS

Accompanied by: mother
Concerns today: none. Mom asks about flu shot.

Interval hx: healthy since last WCC. 3rd grade, reading above grade level. Plays soccer.
Diet: picky with vegetables, drinks 2 cups milk. Screen time ~2 h/day. Sleeps 9-10 h.
Dental visit in Aug. Wears seat belt, bike helmet.

PMH: none. No hospitalizations. Meds: none. Allergies: NKDA.
Immunizations: up to date except seasonal influenza.
Family hx: paternal grandfather with type 2 DM. Parents healthy.

ROS:
Fever: none. Headaches: none. Cough: none. Abdominal pain: none. Enuresis: none.

Exam:
Ht 134 cm (55th %ile)  Wt 30 kg (60th %ile)  BMI 16.7 (58th %ile)  BP 98/60
Vision 20/20 OU. Hearing passed bilaterally.
General: well-appearing. HEENT normal, TMs clear. Teeth: no caries. Neck supple.
Heart RRR, no murmur. Lungs clear. Abd soft. GU: Tanner 1. Back: no scoliosis. Skin clear.
Neuro: normal gait, age-appropriate.

Assessment: Healthy 9 yo female, normal growth and development, routine child health exam
without abnormal findings.

Plan:
- Anticipatory guidance: nutrition, physical activity, screen time, water safety.
- Influenza vaccine (trivalent inactivated, preservative-free, 0.5 mL IM L deltoid)
  given by RN today, VIS provided, no reaction after 15 min.
- Call if fever above 102 or arm swelling after the shot.
- Next WCC at 10 years.
""",
    D("Z00.129", ["Healthy 9 yo female", "without abnormal findings"],
      "R17: Preventive child exam, no abnormal findings."),
    D("Z23", "Influenza vaccine", "R17: Encounter for immunization, listed after the exam."),
    P("99393", "WELL CHILD CHECK - 9 YEARS", "R17: Preventive visit, established patient age 5-11."),
    P("90656", "trivalent inactivated, preservative-free", "R24: Vaccine product: IIV3 preservative-free.",
      units=1),
    P("90471", "given by RN today", "R18: Vaccine administration, single vaccine, no physician counseling.",
      units=1),

    N("Fever: none", "R02", "ROS negative"),
    N("Call if fever above 102", "R07", "hypothetical fever"),
    N("paternal grandfather with type 2 DM", "R05", "family history not affecting this visit"),
),
note("pediatrics|out|2026-01-19|11|est|M7|mcd", """
SICK VISIT
7 yo M brought by dad for sore throat x 2 days and fever to 101.8 last night.
Decreased appetite, painful swallowing. Little brother had strep last week.
No cough, no runny nose. No rash. No vomiting or diarrhea. Drinking OK, voiding normally.
No abdominal pain.

PMH: mild intermittent asthma, not using albuterol lately. Meds: albuterol HFA prn.
NKDA.

Exam: T 38.3 HR 110 RR 20 SpO2 99%
Tired but nontoxic. Tonsils 2+ with exudate, palatal petechiae. Tender anterior cervical nodes.
TMs normal. No rhinorrhea. Lungs clear, no wheeze. Abd soft, no HSM. Skin without rash.

Rapid strep antigen (done in clinic): POSITIVE.

A/P:
1. Streptococcal pharyngitis - amoxicillin 50 mg/kg/day once daily x 10 days (Rx sent).
   Ibuprofen for fever/pain. May return to school after 12 h of antibiotics and afebrile.
2. Mild intermittent asthma - stable, no wheeze today. Continue albuterol prn.
If he cannot swallow liquids, drools, or has trouble breathing, go to the ED.
""",
    D("J02.0", "Streptococcal pharyngitis", "R22: Strep pharyngitis confirmed by positive rapid test."),
    D("J45.20", "Mild intermittent asthma - stable",
      "R20: Chronic asthma addressed (prn med continued); uncomplicated."),
    P("99213", "Rx sent", "R15: Established E/M, low MDM: acute uncomplicated illness with Rx drug management."),
    P("87880", "Rapid strep antigen (done in clinic)", "R19: Rapid strep test performed in the office.",
      units=1),

    N("No cough, no runny nose", "R01", "negated symptoms"),
    N("fever to 101.8", "R23", "fever integral to strep pharyngitis"),
    N("If he cannot swallow liquids", "R07", "conditional instruction"),
),
note("orthopedics|out|2026-01-20|11|est|F69|mcr", """
ORTHOPAEDIC CLINIC NOTE
Patient: 69 y.o. female. Established.
CC: right knee pain, worse over 2 months.

HPI: Known right knee osteoarthritis (KL grade 3 medial compartment on films 6/2025). Pain 7/10
with stairs and rising from chair, morning stiffness 20 min. Tylenol and topical diclofenac with
partial relief. Last steroid injection R knee was 8 months ago with 5 months of relief. She is
s/p left total knee arthroplasty 2021, doing well, no pain on that side.
Also new complaint today: intermittent low back ache x 3 wks after gardening, no radiation, no leg
weakness, no bowel/bladder changes - evaluated separately below.

Meds: acetaminophen, diclofenac gel, amlodipine. Allergies: codeine (nausea).

Exam: R knee - small effusion, medial joint line tenderness, crepitus, ROM 5-115. Stable to
varus/valgus. L knee - well-healed incision, stable prosthesis, ROM 0-120.
Lumbar spine: paraspinal tenderness L4-5 bilaterally, SLR negative, strength 5/5, reflexes
symmetric.

Procedure: R knee intra-articular injection, superolateral approach, landmark guided. Sterile prep,
1% lidocaine 3 mL plus triamcinolone acetonide 40 mg. No complications.

Assessment:
1. Primary osteoarthritis, right knee - injected today.
2. Acute low back pain, mechanical, without sciatica - home exercise program handout, heat,
   short course of naproxen 500 mg BID with food (Rx). PT if not better.
3. Presence of left knee prosthesis - doing well.
F/u 3 months or as needed.
""",
    D("M17.11", "Primary osteoarthritis, right knee", "R11: Laterality: unilateral primary OA, right knee."),
    D("M54.50", "Acute low back pain, mechanical, without sciatica",
      "R22: Low back pain without sciatica; separately evaluated problem."),
    D("Z96.652", "Presence of left knee prosthesis", "R20: Status: left artificial knee joint."),
    P("20610", "R knee intra-articular injection", "R18: Major joint injection without ultrasound.",
      mods="RT", units=1),
    H("J3301", "triamcinolone acetonide 40 mg", "R24: Drug supply: triamcinolone per 10 mg, 40 mg = 4 units.",
      units=4),
    P("99213", "Acute low back pain, mechanical, without sciatica",
      "R15: Separate problem with Rx drug management; modifier 25 (R18) for significant separate E/M.",
      mods="25"),

    N("no bowel/bladder changes", "R01", "negated red flags"),
),
note("psychiatry|out|2026-01-21|11|est|F34|com", """
Outpatient Psychiatry - Medication Management + Psychotherapy

S: 34F, follow-up for depression and anxiety. Since sertraline was increased to 150 mg six weeks
ago, mood "better most days," PHQ-9 down from 17 to 11. Still ruminating, worry about job
performance, initial insomnia ~45 min. Denies SI, HI, plan or intent. No self-harm. No manic
symptoms (no decreased need for sleep, no racing thoughts). Alcohol: 1-2 glasses wine/week.
Hx: two prior depressive episodes (2016 postpartum, 2021). Father with alcohol use disorder,
sober since 2010. Mother with hypothyroidism.
Meds: sertraline 150 mg daily, hydroxyzine 25 mg qhs prn. NKDA.

MSE: well-groomed, cooperative, good eye contact. Speech normal rate. Mood "okay, tired."
Affect mildly constricted, reactive. TP linear, goal-directed. TC: no SI/HI, no delusions.
Perception: no AH/VH. Insight/judgment good.

Psychotherapy: 30 minutes of CBT-focused therapy separate from the medication management -
worked on cognitive restructuring of catastrophic work predictions, assigned thought record,
sleep hygiene and stimulus control.

Assessment:
1. Major depressive disorder, recurrent, moderate - improving, not in remission.
2. Generalized anxiety disorder - GAD-7 12.
3. Family history of alcohol use disorder (father).
Suicide risk: low; protective factors - daughter, job, engaged in treatment.

Plan: Continue sertraline 150 mg (prescription renewed). Continue hydroxyzine prn. Weekly
therapy. RTC 4 weeks. Crisis line 988 reviewed; she will call or go to ED if suicidal thoughts
emerge.
""",
    D("F33.1", "Major depressive disorder, recurrent, moderate", "R20: Recurrent MDD, moderate severity."),
    D("F41.1", "Generalized anxiety disorder", "R20: GAD documented and treated."),
    D("Z81.1", "Family history of alcohol use disorder",
      "R05: Family history of alcohol abuse and dependence (father)."),
    P("99214", "prescription renewed",
      "R15: E/M by MDM: 2 chronic illnesses (one not at goal) with prescription drug management."),
    P("90833", "30 minutes of CBT-focused therapy",
      "R18: Psychotherapy add-on with E/M, 16-37 minutes, time separate from the E/M."),

    N("Denies SI, HI, plan or intent", "R01", "negated"),
    N("No self-harm", "R01", "negated"),
    N("Mother with hypothyroidism", "R05", "family history not affecting care"),
),
note("neurology|out|2026-01-22|11|new|F41|com|min=62", """
NEUROLOGY NEW PATIENT

Reason for referral: headaches, left hand numbness.

HPI: 41-year-old right-handed woman with migraine without aura since her teens (menstrually
related, 2-3/month, throbbing, photophobia, nausea, responds to sumatriptan within 2 h). Her
headache pattern is unchanged. The new concern is 6 weeks of intermittent numbness and tingling
of the left thumb, index and middle fingers, waking her at night, relieved by shaking the hand.
Occasional neck stiffness. No weakness, no dropping objects. No bowel/bladder change. No visual
loss. Works as a dental hygienist.

PMH: migraine, iron deficiency (resolved). PSH: C-section x2.
Meds: sumatriptan 50 mg prn, OCP - stopped last year. Allergies: none.
Family hx: mother with migraine; no MS, no stroke.

ROS (12-point): fever - denies; weight loss - denies; vision change - denies; dizziness -
denies; weakness - denies; rash - denies; joint swelling - denies. Remainder negative.

Exam: BP 118/74. Alert, fluent. CN II-XII intact, fundi sharp. Strength 5/5 throughout incl.
APB bilaterally. Reflexes 2+ symmetric, toes downgoing. Sensation: reduced light touch left
thumb-index tips. Tinel and Phalen positive at left wrist. Spurling negative. Gait normal.

Impression:
1. Migraine without aura, not intractable, without status migrainosus - stable.
2. Left hand paresthesias - possible carpal tunnel syndrome vs. C6 radiculopathy; not yet
   established.

Plan: EMG/NCS left upper extremity (ordered). Night wrist splint. Continue sumatriptan, limit
to 9 days/month; headache diary. If EMG unrevealing, MRI C-spine. Return after EMG.

Total time spent on the date of service: 62 minutes (history from patient and referral
records, exam, counseling, order entry, documentation).
""",
    D("R20.2", "Left hand paresthesias",
      "R03: Outpatient: 'possible' carpal tunnel is not coded; the symptom is coded instead."),
    D("G43.009", "Migraine without aura, not intractable, without status migrainosus",
      "R22: Migraine type, intractability and status migrainosus specified."),
    P("99205", "Total time spent on the date of service: 62 minutes",
      "R14: New patient E/M by total time 60-74 minutes (R16: new patient)."),

    N("possible carpal tunnel syndrome vs. C6 radiculopathy", "R03", "uncertain outpatient diagnosis"),
    N("fever - denies", "R02", "ROS negative"),
    N("If EMG unrevealing, MRI C-spine", "R07", "conditional plan"),
    N("iron deficiency (resolved)", "R20", "resolved condition not affecting care"),
),
note("gastroenterology|out|2026-01-23|11|est|M55|com", """
GI clinic f/u

55M with GERD, here after 8-wk trial of omeprazole 40 mg daily. Heartburn now 1x/week (was
daily), regurgitation resolved. No dysphagia, odynophagia, weight loss, hematemesis, or melena.
EGD 2023: LA grade A esophagitis, no Barrett's. Repeat EGD 10/2025: no esophagitis, normal mucosa.

He also asks about colonoscopy timing. Hx: tubular adenomas x2 removed at colonoscopy 2021 -
surveillance due 2028 (7 yrs). Brother diagnosed with colon cancer at 49.

Meds: omeprazole 40 mg daily. Allergies: NKDA. Social: 1 beer/week, no tobacco.
ROS: Constitutional neg. CV neg. GI as HPI; abd pain - no; change in bowel habits - no.

PE: Wt 88 kg (stable). Abd soft, NT/ND, normal BS. No masses.

Impression/Plan:
1) GERD without esophagitis - well controlled. Step down to omeprazole 20 mg daily, take
   30 min before breakfast. Elevate head of bed, avoid late meals. If symptoms recur on lower
   dose, resume 40 mg.
2) Personal history of colonic adenomatous polyps - given first-degree relative with colon cancer
   < 60, will move surveillance colonoscopy to 2026 (5 years). Scheduled.
3) Family history of colon cancer (brother) - counseled; offered genetics referral.

Prescription management as above. F/u 6 months.
""",
    D("K21.9", "GERD without esophagitis", "R20: GERD, without esophagitis (repeat EGD normal)."),
    D("Z86.0101", "Personal history of colonic adenomatous polyps",
      "R06: Personal history of colon polyps, adenomatous (FY2024+ expansion)."),
    D("Z80.0", "Family history of colon cancer",
      "R05: Family history of malignant neoplasm of digestive organs."),
    P("99213", "Prescription management as above",
      "R15: E/M by MDM: one stable chronic illness (low) with prescription drug management - low overall."),

    N("No dysphagia, odynophagia, weight loss", "R01", "negated"),
    N("LA grade A esophagitis", "R20", "healed esophagitis; repeat EGD normal"),
    N("If symptoms recur", "R07", "conditional plan"),
),
note("nephrology|out|2026-01-26|22|est|M63|mcr", """
NEPHROLOGY CLINIC VISIT (hospital outpatient department)

Chief Complaint: CKD follow-up.

HPI: 63 yo M with HTN and CKD stage 4 presumed hypertensive nephrosclerosis (no diabetes: A1c 5.4),
baseline eGFR 22-25. Today eGFR 21, K 5.2, Hgb 9.6, PTH 188, phos 4.9, bicarbonate 20. Reports
mild fatigue, no uremic sx: appetite ok, no nausea, no pruritus. No edema. BP at home 130s/80s.

PMH: HTN, CKD 4, anemia, gout (last flare 2023). Meds: amlodipine 10, chlorthalidone 12.5,
allopurinol 100, sodium bicarbonate 650 BID, calcitriol 0.25 mcg.
Allergies: lisinopril (angioedema).

Exam: BP 136/84, HR 70. No JVD. Lungs clear. No edema. No asterixis.

Assessment & Plan:
1. Hypertensive CKD, stage 4 - slow decline. Renal diet reviewed; refer to transplant center
   and vascular surgery for AVF planning. Avoid NSAIDs.
2. Anemia in CKD - Hgb 9.6, iron sat 28%, ferritin 310. Start darbepoetin 40 mcg q2 weeks
   (prescription, nurse to teach).
3. Secondary hyperparathyroidism of renal origin - increase calcitriol to 0.5 mcg daily.
4. Chronic metabolic acidosis of CKD - increase bicarbonate to 1300 mg BID.
5. Hyperkalemia, mild - low-K diet, recheck.
6. Chronic gout without tophi - quiescent on allopurinol.
Labs ordered: BMP, CBC, iron panel in 4 weeks. RTC 2 months.
""",
    D("I12.9", "Hypertensive CKD, stage 4", "R08: Combination: HTN with CKD stage 1-4 is I12.9, with N18.-."),
    D("N18.4", "CKD stage 4", "R08: CKD stage 4."),
    D("D63.1", "Anemia in CKD", "R22: Anemia in chronic kidney disease (code also the CKD)."),
    D("N25.81", "Secondary hyperparathyroidism of renal origin", "R22: Renal secondary hyperparathyroidism."),
    D("E87.22", "Chronic metabolic acidosis", "R22: Chronic metabolic acidosis treated with bicarbonate."),
    D("E87.5", "Hyperkalemia, mild", "R22: Hyperkalemia addressed."),
    D("M1A.9XX0", "Chronic gout without tophi",
      "R20: Chronic gout without tophus on urate-lowering therapy (7th character 0)."),
    P("99214", "Start darbepoetin 40 mcg q2 weeks",
      "R15: E/M by MDM: multiple chronic illnesses, one progressing, with prescription drug management."),

    N("no uremic sx", "R01", "negated"),
    N("no diabetes", "R01", "diabetes excluded"),
),
note("pulmonology|out|2026-01-27|11|est|M70|mcr", """
PULMONARY CLINIC - ACUTE VISIT (established patient)

70 y/o M w/ COPD (FEV1 48% pred 2025), OSA on CPAP, former smoker (45 pk-yr, quit 2015), seen
today for 4 days of increased dyspnea, wheeze, and more sputum, now yellow. No fever, no chest
pain, no hemoptysis. Using albuterol q3h. Sick contact: grandson with a cold.
CPAP adherence 6.5 h/night per download, AHI 3.

Meds: tiotropium/olodaterol, albuterol prn, CPAP 10 cm H2O. NKDA.

Exam: T 37.2, HR 96, RR 22, SpO2 90% RA -> 94% after treatment. Diffuse expiratory wheezes,
prolonged expiration, no focal crackles. Speaking full sentences. No leg edema.

In clinic: albuterol 2.5 mg / ipratropium 0.5 mg nebulizer treatment x1 with improved aeration
and wheeze.
CXR (in-house, read by radiology): hyperinflation, no infiltrate.

Assessment:
1. COPD with acute exacerbation - no pneumonia on CXR. Prednisone 40 mg x 5 days,
   doxycycline 100 mg BID x 5 days. Continue LAMA/LABA.
2. Obstructive sleep apnea on CPAP - well controlled, continue.
3. Former smoker.

Follow-up 2 weeks. Go to the ED if SpO2 < 88% or worsening breathlessness at rest.
""",
    D("J44.1", "COPD with acute exacerbation", "R22: COPD with (acute) exacerbation."),
    D("G47.33", "Obstructive sleep apnea on CPAP", "R20: OSA (adult) on CPAP."),
    D("Z87.891", "Former smoker", "R06: Personal history of nicotine dependence."),
    P("99214", "Prednisone 40 mg x 5 days",
      "R15: E/M by MDM: chronic illness with exacerbation plus prescription drug management; "
      "modifier 25 (R18) with the same-day nebulizer.", mods="25"),
    P("94640", "nebulizer treatment x1", "R18: Nebulized bronchodilator treatment in the office.", units=1),

    N("No fever, no chest", "R01", "negated"),
    N("no infiltrate", "R01", "pneumonia excluded"),
    N("increased dyspnea, wheeze", "R23", "symptoms integral to COPD exacerbation"),
    N("Go to the ED if SpO2", "R07", "conditional instruction"),
),
note("obstetrics and gynecology|out|2026-01-28|11|est|F31|mcd", """
PRENATAL VISIT
31 y.o. G2P1001 at 28w2d by 8-wk US. EDD 04/19/2026.

Subjective: Feels well. Active fetal movement. No contractions, no leakage of fluid, no vaginal
bleeding. No headache or visual changes. 1-hour GCT at 26 wks was 168; 3-hour GTT abnormal
(2 values elevated). Met with dietitian last week. Fasting sugars 82-94, 1-h post-prandials
110-134 on diet alone. Prior pregnancy uncomplicated SVD 2022.

Objective: BP 112/70, wt 76.2 kg (+9 kg). Urine dip (part of routine prenatal care): neg
protein, neg glucose. FHR 142. Fundal height 28 cm. No edema.

Assessment:
- IUP at 28 weeks 2 days
- Gestational diabetes mellitus, diet controlled - good control
- Rh positive, antibody screen negative. Tdap planned at next visit.

Plan:
- Continue GDM diet, check sugars 4x/day; if > 2 fasting values >95/week, start insulin.
- Growth US at 32 weeks ordered.
- Kick counts reviewed: call L&D if fewer than 10 movements in 2 h, bleeding, leakage of fluid,
  or regular contractions.
- CBC at 28 weeks drawn today (sent to outside lab).
RTC 2 weeks.
""",
    D("O24.410", "Gestational diabetes mellitus, diet controlled",
      "R25: Gestational diabetes, diet-controlled; pregnancy chapter code first."),
    D("Z3A.28", "28 weeks 2 days", "R25: Weeks of gestation, 28 weeks."),

    N("No contractions", "R01", "negated"),
    N("No headache or visual changes", "R01", "negated"),
    N("call L&D if fewer than 10 movements", "R07", "conditional instruction"),
    N("PRENATAL VISIT", "R25", "routine antepartum visit is in the global obstetric package: no E/M"),
    N("Urine dip (part of routine prenatal care)", "R19", "dipstick included in the obstetric package"),
),
]
