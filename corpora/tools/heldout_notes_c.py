"""TEST split notes 31-45: injuries, OB/GYN, psychiatry, inpatient medicine, dermatology, urology, ENT."""

from corpora.tools.heldout_spec import D, H, N, P, note

NOTES = [
note("orthopedics|out|2026-02-19|11|est|F23|com", """
Sports Medicine / Ortho f/u

Pt: 23F, collegiate volleyball player.
Reason for visit: recheck R ankle and neck, 2 wks after fall at practice.

Interval: Inverted R ankle landing from a block on 2/5, seen here 2/6 - ATFL sprain, grade II,
placed in lace-up brace and started PT. Also strained neck muscles in the same fall (no bony
tenderness, no neuro sx). Since then ankle swelling way down, walking without limp, still sore
with cutting. Neck stiffness nearly gone, mild ache turning head to L. No numbness/tingling in
arms. Taking naproxen OTC once or twice a day.

Exam:
R ankle - trace lateral swelling, TTP over ATFL only, no malleolar or 5th MT base tenderness,
anterior drawer with firm end point, no instability. Single-leg hop mildly painful.
C-spine - full ROM with end-range discomfort L rotation, no midline tenderness, UE neuro intact.

A/P:
1) Sprain of anterior talofibular ligament, right ankle, grade II - healing as expected,
   subsequent encounter. Continue PT 2x/wk (balance, peroneal strengthening). Brace for sport.
   Return to practice drills next week, no full games x 2 more wks.
2) Neck muscle strain - resolving, subsequent care. Home stretches.
3) OTC naproxen as needed with food.
F/U 3 weeks for clearance. If she has giving way or new swelling, call sooner.
""",
    D("S93.491D", "Sprain of anterior talofibular ligament, right ankle",
      "R12: ATFL indexes to 'other ligament' of ankle; 7th character D for healing-phase care (R11 right)."),
    D("S16.1XXD", "Neck muscle strain - resolving, subsequent care",
      "R12: neck muscle strain with XX placeholders to reach the 7th character D."),
    P("99213", "Continue PT 2x/wk",
      "R15: two acute injuries improving, OTC drug management - low MDM."),
    N("no instability", "R02", "normal exam finding"),
    N("No numbness/tingling in\narms", "R01", "negated radicular symptoms"),
    N("If she has giving way or new swelling, call sooner", "R07", "conditional instruction"),
),
note("emergency medicine|out|2026-02-20|23|new|M44|com", """
ED NOTE - MOTOR VEHICLE COLLISION

44M restrained driver, rear-ended at a stoplight ~25 mph about 2 hours ago, airbags did not
deploy. Hit his head on the headrest, felt "dazed" for a few minutes but no loss of consciousness.
Now with neck pain, mild headache, nausea x1 without vomiting, and left anterior chest soreness
from the seat belt. Ambulatory at scene. No anticoagulants.

PMH: none. Meds: none. NKDA. Social: no EtOH today.

ROS: vision changes - none; weakness - none; numbness - none; abdominal pain - none; SOB - none.

Exam: GCS 15. Alert, oriented, slow to answer at times. Pupils equal/reactive. No scalp hematoma.
Neck: paraspinal tenderness C3-C6, no midline step-off, ROM limited by pain. Chest: seat-belt
ecchymosis and tenderness over the left anterior chest wall, no crepitus, breath sounds equal.
Abd: soft, no seat-belt sign. Neuro: nonfocal, normal gait.

Imaging: CT head - no acute intracranial hemorrhage. CT C-spine - no fracture or malalignment.
CXR and rib series - no rib fracture, no pneumothorax.

Medical decision making: multisystem trauma, concern for intracranial injury, cervical spine and
rib fractures evaluated and excluded by CT and films which I ordered and reviewed; prescription
analgesic. Moderate.

Clinical impression:
1. Concussion without loss of consciousness, initial encounter
2. Cervical sprain (whiplash), initial encounter
3. Contusion of left anterior chest wall, initial encounter

Plan: cyclobenzaprine 5 mg qhs, acetaminophen/ibuprofen alternating. Concussion handout: brain rest
24-48 h, no driving today. PCP in 3-5 days. Return for worsening headache, repeated vomiting,
confusion, or weakness.
""",
    D("S06.0X0A", "Concussion without loss of consciousness, initial encounter",
      "R12: concussion with X placeholder and 7th character A; LOC explicitly absent."),
    D("S13.4XXA", "Cervical sprain (whiplash), initial encounter",
      "R12: cervical spine ligament sprain, placeholders XX, 7th character A."),
    D("S20.212A", "Contusion of left anterior chest wall, initial encounter",
      "R11: left front wall of thorax contusion, initial encounter (R12)."),
    P("99284", "Moderate.", "R15: ED E/M by MDM: moderate."),
    N("no loss of consciousness", "R01", "LOC negated - S06.0X0 not S06.0X1"),
    N("no rib fracture, no pneumothorax", "R01", "ruled out by imaging"),
    N("vision changes - none", "R02", "ROS negative"),
    N("Return for worsening headache", "R07", "conditional instruction"),
),
note("pediatrics|out|2026-02-23|11|est|M14|com|min=28", """
PEDIATRIC OFFICE VISIT - concussion recheck

14 yo M seen in the ED 2/14 after a helmet-to-helmet hit in hockey: concussion without LOC,
CT not done (PECARN low risk). Here for follow-up. Headaches down from daily to 2x/week, mild,
relieved by acetaminophen. Still some trouble concentrating in math class. Sleep normal. No
vomiting. No vision change. Mood OK per mom. He has been out of sports and on half days at school.
SCAT5 symptom score today 9 (was 38 at the ED).

Exam: well-appearing. Neuro: CN intact, normal strength and reflexes, finger-nose normal, tandem
gait normal, Romberg negative. VOMS: mild headache with convergence only. Neck nontender.

Assessment: Concussion without loss of consciousness, subsequent encounter - improving.

Plan:
- Return-to-learn: full school days next week with rest breaks, no tests this week (school note).
- Return-to-play protocol: may start step 2 (light aerobic activity) now; no contact until
  symptom-free at rest and with exertion and cleared here.
- Acetaminophen prn, limit screens in the evening.
- If headaches worsen, he vomits, or has new weakness, go to the ED.

Total time on the date of the encounter: 28 minutes (history from patient and mother, exam,
counseling on return-to-learn/play, school letter, documentation).
""",
    D("S06.0X0D", "Concussion without loss of consciousness, subsequent encounter",
      "R12: follow-up of a healing concussion uses 7th character D, with the X placeholder."),
    P("99213", "Total time on the date of the encounter: 28 minutes",
      "R14: established E/M by total time 20-29 minutes."),
    N("No\nvomiting", "R01", "negated"),
    N("If headaches worsen", "R07", "conditional instruction"),
),
note("obstetrics and gynecology|out|2026-02-24|11|new|F58|com", """
GYNECOLOGY - NEW PATIENT, PROCEDURE VISIT

58 y/o G3P3 referred for postmenopausal bleeding. LMP age 51. Two episodes of light spotting
over the last 6 weeks. No HRT. No pelvic pain. No weight loss. Pap/HPV 2024 negative.
Hx: CIN 2 treated with LEEP in 1998, all Paps normal since.
Family hx: sister with ovarian cancer at 54 (BRCA testing negative in sister).
PMH: obesity, HTN on amlodipine. Allergies: latex (rash).

Pelvic US (outside, 2/10): endometrial stripe 7 mm, no adnexal mass.

Exam: BMI 36. External genitalia normal, atrophic vaginal mucosa. Cervix without lesions.
Uterus normal size, nontender, no adnexal masses.

Procedure: endometrial biopsy. Consent signed. Speculum placed, cervix cleansed with povidone-
iodine (latex-free equipment). Pipelle passed to 7 cm without dilation, 2 passes, adequate tissue.
Minimal bleeding. Tolerated well.

Assessment:
- Postmenopausal bleeding, endometrial stripe thickened - endometrial biopsy today.
- Family history of ovarian cancer (sister) - referred to genetics.
- Personal history of cervical dysplasia - co-testing per guidelines.

Plan: Path results in 7-10 days. If pathology shows hyperplasia or is nondiagnostic, will
schedule hysteroscopy D&C. Ibuprofen for cramping. Call for heavy bleeding or fever.
""",
    D("N95.0", "Postmenopausal bleeding", "R21: reason for the visit and the biopsy."),
    D("Z80.41", "Family history of ovarian cancer", "R05: family history of ovarian malignancy, genetics referral."),
    D("Z87.410", "Personal history of cervical dysplasia", "R06: treated CIN 2, affects screening."),
    P("58100", "endometrial biopsy", "R18: endometrial sampling without cervical dilation.", units=1),
    N("No HRT", "R01", "negated hormone therapy: no Z79.890"),
    N("If pathology shows hyperplasia", "R07", "conditional plan"),
    N("obesity, HTN on amlodipine", "R20", "not addressed at this procedure visit"),
),
note("obstetrics and gynecology|out|2026-02-25|11|est|F22|mcd", """
Nurse visit w/ provider review - contraception

22 yo F here for her scheduled Depo-Provera injection (last dose 11/26/2025, 12w6d ago - within
window). Happy with method, irregular light spotting only. No headaches. No missed periods
concerns. Denies unprotected intercourse outside window.

Urine pregnancy test performed in office (visual read): NEGATIVE.

Medroxyprogesterone acetate 150 mg/mL IM given in R deltoid by RN, lot and exp recorded.
Tolerated without issue.

BP 114/68. Wt 63 kg (stable).

Provider review: continue DMPA q 11-13 weeks. Counseled on calcium/vitamin D and weight-bearing
exercise given bone density effects. Condoms for STI protection. Next injection window
5/20 - 6/3/2026. If she misses the window, come in for pregnancy test before the next shot.

Dx: Encounter for surveillance of injectable contraceptive.
Hx reviewed: no smoking, no migraine with aura, no history of VTE.
Chlamydia/GC screening: done 12/2025 negative. Next due 12/2026.
Patient questions answered. RN: 12 min. Provider did not see the patient face to face.
""",
    D("Z30.42", "Encounter for surveillance of injectable contraceptive",
      "R21: repeat contraceptive injection visit."),
    P("96372", "IM given in R deltoid by RN", "R18: IM injection administration.", units=1),
    H("J1050", "Medroxyprogesterone acetate 150 mg/mL",
      "R24: medroxyprogesterone per 1 mg; 150 mg = 150 units.", units=150),
    P("81025", "Urine pregnancy test performed in office", "R19: urine hCG by visual color comparison.",
      units=1),
    N("no history of VTE", "R01", "negated"),
    N("If she misses the window", "R07", "conditional instruction"),
),
note("psychiatry|out|2026-02-26|11|new|M27|com", """
PSYCHIATRIC DIAGNOSTIC EVALUATION (with medical services)

Identifying data: 27 y/o single man, software tester, self-referred.
Chief complaint: "I crashed again after a crazy summer."

HPI: Describes 2024 episode of 8 days with little sleep (2-3 h/night), racing thoughts,
spending $9,000, driving fast, grandiosity about an app idea - hospitalized 4 days in another
state, told "bipolar," given olanzapine, stopped it after discharge. Since November: low mood,
anhedonia, hypersomnia 11 h/day, poor concentration, guilt, passive death wish without plan or
intent. PHQ-9 18. No current manic symptoms. Smokes cannabis most evenings "to sleep"; no other
drugs, 2-4 beers on weekends. No prior suicide attempts.

Past psych hx: as above. No outpatient treatment.
Family hx: mother with bipolar disorder (lithium); maternal uncle suicide.
Medical: no chronic illness. No meds. NKDA.

MSE: casually dressed, psychomotor slowing, speech soft. Mood "flat." Affect constricted.
Thought process linear. No delusions. Passive SI, denies plan/intent, future-oriented about his
sister's wedding. No HI. No AH/VH. Cognition grossly intact. Insight fair, judgment fair.

Risk assessment: moderate chronic risk, low acute risk; safety plan completed, firearms: none.

Diagnoses:
1. Bipolar I disorder, current episode depressed, moderate.
2. Cannabis use, not meeting criteria for use disorder at this time.
3. Rule out borderline personality disorder - needs longitudinal assessment.
4. Family history of bipolar disorder.

Plan: start lamotrigine 25 mg daily with slow titration (rash counseling), avoid antidepressant
monotherapy. Baseline CMP, TSH ordered. Reduce cannabis. Weekly therapy referral. RTC 2 weeks;
988 and ED if suicidal intent develops.
""",
    D("F31.32", "Bipolar I disorder, current episode depressed, moderate",
      "R22: bipolar disorder coded to current episode and severity."),
    D("F12.90", "Cannabis use, not meeting criteria for use disorder",
      "R22: cannabis use without a use disorder is F12.90, not abuse/dependence."),
    D("Z81.8", "Family history of bipolar disorder",
      "R05: family history of other mental and behavioral disorders."),
    P("90792", "PSYCHIATRIC DIAGNOSTIC EVALUATION (with medical services)",
      "R18: psychiatric diagnostic evaluation with medical services (R16 new patient)."),
    N("Rule out borderline personality disorder", "R03", "uncertain outpatient diagnosis"),
    N("No current manic symptoms", "R01", "negated"),
    N("No prior suicide attempts", "R01", "negated: no Z91.51"),
),
note("hospital medicine|in|2026-02-27|21|est|F80|mcr", """
Discharge Summary - Hospitalist

Admission 2/23/2026 -> Discharge 2/27/2026
80 yo F from home, with type 2 diabetes (on metformin + glipizide), HTN, admitted with fever
39.4, rigors, confusion and dysuria. Lactate 2.9, WBC 18.4, HR 118, BP 104/60 after fluids.
No hypotension requiring pressors; creatinine normal throughout, no acute organ dysfunction.
UA: pyuria, nitrite +. Urine and 2/2 blood cultures: E. coli, pan-sensitive. CT A/P: no abscess,
no hydronephrosis, no stones.

Course: sepsis protocol, ceftriaxone -> narrowed to oral cephalexin to complete 10 days.
Confusion resolved by HD2. Glucose 250-310 early on with A1c 9.2; oral agents held, basal-bolus
insulin in hospital; at discharge resumed metformin and glipizide, glipizide dose increased.
Not discharged on insulin. Lisinopril held for soft BP, resumed at lower dose.

Discharge Diagnoses:
1. Sepsis due to E. coli, likely urinary source
2. Acute urinary tract infection (E. coli)
3. Type 2 diabetes mellitus with hyperglycemia
4. Essential hypertension

Condition at discharge: stable, ambulating with walker (baseline).
Meds: cephalexin 500 mg QID through 3/4, metformin 1000 mg BID, glipizide 10 mg BID,
lisinopril 10 mg daily.
F/u PCP 1 week with A1c plan. Return if fevers or confusion recur.
""",
    D("A41.51", "Sepsis due to E. coli",
      "R21: sepsis present on admission is sequenced first, organism-specific (R04 'likely' source)."),
    D("N39.0", "Acute urinary tract infection",
      "R04: localized infection coded after sepsis; 'likely urinary source' coded as established."),
    D("B96.20", "Acute urinary tract infection (E. coli)",
      "R22: N39.0 asks for the organism: E. coli as the cause of the UTI."),
    D("E11.65", "Type 2 diabetes mellitus with hyperglycemia", "R09: diabetes with hyperglycemia."),
    D("I10", "Essential hypertension", "R20: hypertension, medication adjusted."),
    D("Z79.84", "resumed metformin and glipizide", "R10: oral hypoglycemics; insulin only in hospital."),
    N("no acute organ dysfunction", "R01", "no severe sepsis: R65.20 not coded"),
    N("Not discharged on insulin", "R01", "temporary inpatient insulin: no Z79.4"),
    N("no abscess,\nno hydronephrosis", "R01", "ruled out by CT"),
    N("Return if fevers or confusion recur", "R07", "conditional instruction"),
),
note("pulmonology|in|2026-03-02|21|est|M66|mcr", """
PULMONARY / MICU STEP-DOWN DISCHARGE SUMMARY

Admitted 2/26/26, discharged 3/2/26.
66M with severe COPD (GOLD 4) on home oxygen 2 L continuous, former smoker (quit 2020, 50 pk-yr),
presented with 3 days of worsening dyspnea and wheezing. ABG on 4 L: pH 7.31, pCO2 58, pO2 52;
SpO2 82% on home 2 L; RR 32, accessory muscle use. Diagnosed with acute hypoxic respiratory
failure due to acute exacerbation of COPD. CXR: hyperinflation, no consolidation. Respiratory
viral panel negative. Procalcitonin 0.04.

Course: BiPAP x 36 hours, nebulized bronchodilators, methylprednisolone 40 mg IV q12h -> prednisone
taper, azithromycin x 5 days. Weaned to baseline 2 L by day 4. Ambulatory SpO2 90% on 3 L;
home O2 increased to 3 L with exertion.
Pulmonary embolism considered; CTA chest negative for PE.
No heart failure: BNP 62, echo normal LV/RV.

Discharge Diagnoses:
1. Acute respiratory failure with hypoxia
2. COPD with acute exacerbation
3. Chronic dependence on supplemental oxygen
4. Former tobacco use

Meds: prednisone taper (40 mg x 3d, 30, 20, 10), tiotropium/olodaterol, budesonide neb,
albuterol nebs q4h prn, home O2 2 L at rest / 3 L exertion.
F/U pulmonary clinic 2 weeks, pulmonary rehab referral. If dyspnea worsens despite nebs, return.
""",
    D("J96.01", "Acute respiratory failure with hypoxia",
      "R21: acute respiratory failure meeting the definition may be principal over the COPD."),
    D("J44.1", "COPD with acute exacerbation", "R22: COPD with (acute) exacerbation."),
    D("Z99.81", "Chronic dependence on supplemental oxygen", "R20: home oxygen dependence."),
    D("Z87.891", "Former tobacco use", "R06: history of nicotine dependence."),
    N("CTA chest negative for PE", "R01", "ruled out"),
    N("No heart failure", "R01", "negated"),
    N("no consolidation", "R01", "pneumonia not present"),
    N("If dyspnea worsens despite nebs, return", "R07", "conditional instruction"),
),
note("nephrology|in|2026-03-03|21|est|M79|mcr", """
NEPHROLOGY INPATIENT CONSULT -> DISCHARGE NOTE

Reason for consult: AKI.

79M with HTN and CKD stage 3b (baseline Cr 1.7, eGFR 38) admitted 2/28 after 5 days of diarrhea
and poor oral intake while continuing lisinopril and HCTZ. Admission Cr 4.6, BUN 82, K 6.1,
bicarb 17. Orthostatic, dry mucous membranes.
Urinalysis: muddy brown granular casts, FeNa 2.4% despite volume depletion. Renal US: normal size
kidneys, no hydronephrosis.

Course: IV isotonic fluids, lisinopril and HCTZ held. Hyperkalemia treated with insulin/dextrose,
calcium gluconate, patiromer; ECG without peaked T waves. No dialysis needed. Cr 4.6 -> 3.8 ->
2.9 -> 2.4 on day of discharge; urine output adequate. Diarrhea resolved; C. diff negative.

Final diagnoses:
1. Acute kidney injury - probable acute tubular necrosis after prerenal insult
2. Dehydration due to diarrhea
3. Hyperkalemia
4. Hypertensive chronic kidney disease, CKD stage 3b

Recommendations at discharge: resume amlodipine only; hold ACE inhibitor and thiazide until
nephrology clinic review in 1 week with BMP. Avoid NSAIDs and IV contrast. If urine output drops
or weakness develops, return.
""",
    D("N17.0", "probable acute tubular necrosis",
      "R04: 'probable' ATN at discharge is coded as established (AKI with tubular necrosis)."),
    D("E86.0", "Dehydration due to diarrhea", "R22: dehydration treated with IV fluids."),
    D("R19.7", "diarrhea", "R22: cause of the dehydration, no definitive diagnosis (C. diff negative)."),
    D("E87.5", "3. Hyperkalemia", "R22: hyperkalemia treated."),
    D("I12.9", "Hypertensive chronic kidney disease", "R08: HTN with CKD stage 3b, with N18.32."),
    D("N18.32", "CKD stage 3b", "R08: CKD stage 3b."),
    N("C. diff negative", "R01", "ruled out"),
    N("no hydronephrosis", "R01", "negated"),
    N("No dialysis needed", "R01", "no Z99.2"),
    N("If urine output drops", "R07", "conditional instruction"),
),
note("internal medicine|out|2026-03-04|11|est|F52|com", """
INTERNAL MEDICINE - Follow-up of labs

52F returns to review labs from her annual exam. Feels tired, some tingling in the fingers.
Labs 2/20: A1c 6.1%, fasting glucose 112. Vitamin B12 168 pg/mL (low), MMA elevated, CBC normal
(Hgb 13.1, MCV 92). 25-OH vitamin D 14 ng/mL. TSH normal. She follows a vegan diet x 6 years.
Weight up 6 kg over 2 years; BMI 33.6 today.

PMH: HLD (diet controlled), migraine. Meds: none daily. Allergies: NKDA.

ROS: Constitutional - fatigue. Neuro - intermittent finger tingling, no weakness. GI - no
diarrhea, no abdominal pain. Psych - mood OK.

Exam: BMI 33.6. Oral: no glossitis. Neuro: vibration intact at toes, Romberg negative, reflexes
normal. Skin: no pallor.

Assessment & Plan:
1. Vitamin B12 deficiency without anemia (dietary) - cyanocobalamin 1000 mcg IM given today by
   MA in L deltoid; weekly x 4 then monthly, or switch to oral 1000 mcg daily later.
2. Prediabetes - A1c 6.1, not diabetes. Lifestyle program referral, recheck A1c 6 months.
3. Obesity, class 1, BMI 33.6 - nutrition consult, goal 5-7% weight loss; discussed GLP-1
   options if no progress.
4. Vitamin D deficiency - ergocalciferol 50,000 units weekly x 8 weeks (Rx), then 2000 IU daily.
5. HLD - diet controlled, lipids next year.
""",
    D("E53.8", "Vitamin B12 deficiency without anemia",
      "R22: B12 deficiency without anemia (D51.- would require anemia)."),
    D("R73.03", "Prediabetes", "R13: prediabetes; diabetes codes are Excludes1 and diabetes is negated."),
    D("E66.811", "Obesity, class 1", "R22: obesity class documented by the provider."),
    D("Z68.33", "BMI 33.6", "R22: BMI coded with the provider's obesity diagnosis."),
    D("E55.9", "Vitamin D deficiency", "R22: vitamin D deficiency treated."),
    D("E78.5", "5. HLD", "R20: chronic hyperlipidemia, managed by diet."),
    P("99214", "ergocalciferol 50,000 units weekly x 8 weeks (Rx)",
      "R15: moderate MDM - two or more chronic problems with prescription drug management; "
      "modifier 25 (R18) with the injection.", mods="25"),
    P("96372", "cyanocobalamin 1000 mcg IM given today", "R18: IM injection administration.", units=1),
    H("J3420", "cyanocobalamin 1000 mcg", "R24: vitamin B12 up to 1000 mcg, 1 unit.", units=1),
    N("not diabetes", "R01", "diabetes negated"),
    N("no\ndiarrhea", "R02", "ROS negative"),
    N("discussed GLP-1\n   options if no progress", "R07", "conditional plan"),
),
note("dermatology|out|2026-03-05|11|est|M36|com", """
DERM PROCEDURE NOTE

36M with painful lump in R armpit x 5 days, enlarging. No fever or chills. No prior boils, no
history of hidradenitis. Shaves axillae. No diabetes.

Exam: R axilla - 2.5 cm fluctuant, tender, erythematous nodule with 1 cm surrounding induration,
no sinus tracts, no scarring, L axilla clear. No lymphangitic streaking. Afebrile, T 36.8.

Dx: Cutaneous abscess of right axilla.

Procedure: Incision and drainage, simple.
Verbal and written consent. Prepped with chlorhexidine, local 1% lidocaine with epi 3 mL. #11
blade 1 cm incision, ~4 mL purulent material expressed, loculations broken with hemostat,
irrigated with NS, packed with 1/4" iodoform gauze. Dressing applied. EBL minimal. Tolerated well.
Culture swab sent to lab.

Plan: warm compresses TID, remove packing in 48 h. Given size < 5 cm and no systemic signs,
no antibiotics for now; will start doxycycline if culture grows MRSA and redness spreads.
Hidradenitis suppurativa considered - not consistent (single lesion, no tracts).
Return in 2 days for packing removal.
""",
    D("L02.411", "Cutaneous abscess of right axilla", "R11: abscess site and side (right axilla)."),
    P("10060", "Incision and drainage, simple", "R18: simple I&D of abscess; decision for the minor "
      "procedure is not a separate E/M.", units=1),
    N("Hidradenitis suppurativa considered - not consistent", "R01", "ruled out"),
    N("No fever or chills", "R01", "negated"),
    N("will start doxycycline if culture grows MRSA", "R07", "conditional plan; culture sent out (R19)"),
),
note("dermatology|out|2026-03-06|11|est|F47|com", """
Dermatology Clinic - Established Patient

CC: (1) psoriasis follow-up, (2) changing mole on back.

HPI: 47F with plaque psoriasis (elbows, knees, scalp; BSA ~6%) on clobetasol 0.05% ointment
twice daily on weekends and calcipotriene on weekdays. Scalp still itchy and flaky; elbows
improved. No joint pain or morning stiffness. Separately, husband noticed a mole on her mid
back that looks darker and larger over 3 months. No bleeding. No personal history of skin cancer.

Exam: Elbows - thin pink plaques with fine scale. Scalp - thick adherent scale at occiput.
Nails normal. Mid upper back: 7 mm irregularly pigmented macule, two shades of brown, slightly
irregular border. Dermoscopy: atypical network, no blue-white veil. No other atypical lesions.

Procedure: tangential (shave) biopsy of the mid back lesion, 2 mm margins, to rule out melanoma.
Lidocaine with epi, DermaBlade, aluminum chloride hemostasis, petrolatum and bandage.

Assessment/Plan:
1. Psoriasis vulgaris, scalp not controlled - add clobetasol 0.05% solution to scalp nightly x
   2 weeks then weekends; ketoconazole shampoo twice weekly. Reviewed steroid atrophy risks.
   No psoriatic arthritis symptoms.
2. Atypical pigmented lesion of back - biopsy sent to dermatopathology.
   ADDENDUM 3/11: pathology - compound dysplastic nevus, moderate atypia, margins clear.
   No further treatment; annual skin checks.
RTC 3 months for psoriasis.
""",
    D("D22.5", "compound dysplastic nevus, moderate atypia",
      "R03: code from the final pathology; before it the 'rule out melanoma' could not be coded."),
    D("L40.0", "Psoriasis vulgaris, scalp not controlled",
      "R20: chronic psoriasis not at goal, treated this visit."),
    P("99213", "add clobetasol 0.05% solution to scalp",
      "R15: chronic illness not at goal with Rx management; the biopsy decision excluded; "
      "modifier 25 (R18).", mods="25"),
    P("11102", "tangential (shave) biopsy of the mid back lesion", "R18: tangential skin biopsy, single "
      "lesion.", units=1),
    N("rule out melanoma", "R03", "uncertain diagnosis at the time of the visit"),
    N("No psoriatic arthritis symptoms", "R01", "negated: no L40.5-"),
    N("No personal history of skin cancer", "R01", "negated history"),
),
note("urology|out|2026-03-09|11|new|F42|com|min=48", """
UROLOGY NEW PATIENT VISIT

Referral: ED visit 3/6 for right flank pain; CT showed a stone.
HPI: 42F with first-ever stone. Severe right flank pain radiating to the groin began 3/6; ED CT:
5 mm right distal ureteral (UVJ) calculus with mild right hydronephrosis and perinephric
stranding. Pain now 3/10 on tamsulosin and ketorolac. No fever, no chills. Urinating normally,
no gross hematuria since the ED. Has strained urine - no stone passed yet.
PMH: none. Meds: tamsulosin 0.4 mg, ibuprofen prn. NKDA. Diet: high sodium, low fluid intake.
FHx: father with kidney stones.

Exam: afebrile, BP 122/78. Mild right CVA tenderness. Abdomen soft.
UA from ED: 10-20 RBC, no nitrite, no leukocyte esterase. Cr 0.8.
KUB today (read by radiology): stone visible at right UVJ.

Impression: Obstructing right distal ureteral calculus with mild hydronephrosis - candidate for
medical expulsive therapy (5 mm, pain controlled, no infection).

Plan: continue tamsulosin 2 more weeks, strain urine, hydration > 2.5 L/day. Repeat KUB in 2 weeks;
ureteroscopy if not passed by 4 weeks. Stone analysis when passed; 24-h urine after passage.
If fever, vomiting or uncontrolled pain - ED immediately.

I personally spent 48 minutes today on this patient's care, including reviewing the outside CT
images and ED records, exam, counseling on options, and documentation.
""",
    D("N13.2", "Obstructing right distal ureteral calculus with mild hydronephrosis",
      "R13: N20 is Excludes1 with hydronephrosis; the combination N13.2 is coded alone."),
    P("99204", "48 minutes today", "R14: new patient E/M by total time 45-59 minutes (R16 new to urology)."),
    N("No fever, no chills", "R01", "no infection: not N13.6"),
    N("father with kidney stones", "R05", "family history not driving care today"),
    N("ureteroscopy if not passed by 4 weeks", "R07", "conditional plan"),
),
note("hospital medicine|in|2026-03-10|21|est|M56|mcd", """
HOSPITAL MEDICINE HISTORY & PHYSICAL -> DISCHARGE (short stay)

Admit 3/7/2026, discharge 3/10/2026.

56 y/o M with alcohol use disorder (severe; 10-12 beers/day x 20 years), admitted with tremor,
sweats, anxiety, HR 124, BP 168/96, CIWA 18, about 30 h after his last drink. No seizures, no
hallucinations, oriented throughout - no delirium tremens.

Labs: Mg 1.3, K 3.6, platelets 92K, AST 96 / ALT 44, bilirubin 1.1, INR 1.0, albumin 3.9,
ethanol undetectable. RUQ US: hepatic steatosis, no cirrhotic morphology, no ascites. Alcoholic
hepatitis was considered but Maddrey score low and bilirubin normal - ruled out.

Course: symptom-triggered lorazepam per CIWA (max 18 mg on day 1), thiamine 500 mg IV TID then
oral, folate, magnesium repletion. CIWA < 8 by day 3. Platelets 92K -> 118K.
Smokes 1 ppd cigarettes - nicotine patch given, cessation counseling.

Discharge Diagnoses:
1. Alcohol dependence with uncomplicated withdrawal
2. Alcoholic fatty liver
3. Hypomagnesemia
4. Thrombocytopenia
5. Nicotine dependence, cigarettes

Discharge plan: naltrexone 50 mg daily, referral to outpatient addiction program (IOP intake
3/12), thiamine, folate, nicotine patch 21 mg. If he resumes drinking and develops tremor
or confusion, return to the ED.
""",
    D("F10.230", "Alcohol dependence with uncomplicated withdrawal",
      "R21: principal - alcohol dependence with withdrawal, uncomplicated (no delirium, no seizures)."),
    D("K70.0", "Alcoholic fatty liver", "R22: alcoholic fatty liver on imaging."),
    D("E83.42", "Hypomagnesemia", "R22: hypomagnesemia treated."),
    D("D69.6", "4. Thrombocytopenia", "R22: thrombocytopenia, cause not documented, monitored."),
    D("F17.210", "Nicotine dependence, cigarettes", "R20: current cigarette dependence treated."),
    N("no delirium tremens", "R01", "negated: not F10.231"),
    N("No seizures, no\nhallucinations", "R01", "negated withdrawal complications"),
    N("Alcoholic\nhepatitis was considered", "R01", "ruled out"),
    N("If he resumes drinking", "R07", "conditional instruction"),
),
note("otolaryngology|out|2026-03-11|11|est|F39|com", """
ENT Follow-up

39F with recurrent R-sided facial pressure and congestion, seen 6 weeks ago; finished a 3-week
course of amoxicillin-clavulanate and saline irrigations with partial improvement. She has
missed work twice this month because of headaches and fatigue she attributes to the sinuses.
Two similar episodes last year were treated by urgent care with antibiotics. Symptoms now
for > 12 weeks: right cheek pressure, purulent postnasal drip, reduced smell. No fever. No
visual changes, no periorbital swelling. Nonsmoker. No aspirin sensitivity or asthma.

PMH: migraine without aura (rare), seasonal allergies. Meds: cetirizine, saline rinses.
Allergies: sulfa drugs (rash).

Exam: afebrile. No facial swelling. Anterior rhinoscopy - septal deviation to the left,
moderate; R inferior turbinate hypertrophy. Oral cavity clear. Ears normal. No neck nodes.

Procedure: diagnostic nasal endoscopy, bilateral (rigid 0-degree scope after topical
oxymetazoline/lidocaine). Findings: purulent drainage from the right middle meatus, edematous
uncinate, no polyps; left side clear. Culture of middle meatus not obtained.

Impression:
1. Chronic maxillary sinusitis, right.
2. Deviated nasal septum.

Plan: CT sinus without contrast ordered. Budesonide saline irrigation daily (Rx), 10-day course
of doxycycline (Rx). If CT confirms ostiomeatal obstruction, will discuss FESS with septoplasty.
Return after CT.
""",
    D("J32.0", "Chronic maxillary sinusitis, right", "R22: chronic sinusitis of the maxillary sinus."),
    D("J34.2", "Deviated nasal septum", "R22: deviated septum documented."),
    P("99214", "Budesonide saline irrigation daily (Rx)",
      "R15: chronic illness not at goal (moderate problem) with Rx management (moderate risk); "
      "modifier 25 (R18) with the same-day endoscopy.", mods="25"),
    P("31231", "diagnostic nasal endoscopy, bilateral", "R18: diagnostic nasal endoscopy (one code covers "
      "both sides).", units=1),
    N("no polyps", "R02", "negated: no J33.-"),
    N("No fever", "R01", "negated"),
    N("If CT confirms ostiomeatal obstruction", "R07", "conditional plan"),
),
]
