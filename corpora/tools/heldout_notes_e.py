"""TEST split notes 61-75: primary care, inpatient cardiology/rheumatology/urology, specialties, ED."""

from corpora.tools.heldout_spec import D, H, N, P, note

NOTES = [
note("family medicine|out|2026-04-02|11|est|M67|mcr", """
FAMILY MEDICINE - chronic disease visit

67 y.o. male. Here for BP/kidney f/u and vaccines.
- HTN: home readings 128-136/78-84. On lisinopril 20 + amlodipine 5. No dizziness.
- CKD: stage 3b, eGFR 39 (was 41 six months ago), UACR 120 mg/g. No NSAID use.
- HLD: rosuvastatin 10, LDL 82. Tolerating well, no myalgias.
- Has not had a pneumococcal vaccine. Flu shot done in October at pharmacy.
- Former smoker, quit 2010, 25 pack-years; low-dose CT lung screening done 11/2025, negative.

ROS: chest pain - no. SOB - no. edema - no. urinary change - no. All others reviewed, negative.

Exam: BP 132/80 (repeat 130/78), HR 70, BMI 27.9. Heart RRR. Lungs clear. No edema.

Impression/Plan:
1. Hypertensive CKD, stage 3b - BP at goal. Add empagliflozin 10 mg daily (Rx) for albuminuria
   and CKD progression; sick-day rules given. BMP in 4 weeks (ordered).
2. Hyperlipidemia - at goal, continue.
3. Pneumococcal vaccination - PCV20 (Prevnar 20) 0.5 mL IM given in R deltoid today by
   nursing; VIS reviewed, no reaction after 15 min. Series complete with this dose.
4. Former smoker - quit more than 15 years ago, so annual LDCT screening ends with the 11/2025
   scan; discussed.
RTC 3 months.
""",
    D("I12.9", "Hypertensive CKD, stage 3b", "R08: hypertension with CKD stage 1-4, with N18.32."),
    D("N18.32", ("stage 3b", 1), "R08: CKD stage 3b."),
    D("E78.5", "2. Hyperlipidemia", "R20: chronic hyperlipidemia, statin continued."),
    D("Z23", "Pneumococcal vaccination", "R18: encounter for immunization."),
    D("Z87.891", "Former smoker", "R06: history of nicotine dependence, affects screening."),
    P("99214", "Add empagliflozin 10 mg daily (Rx)",
      "R15: two chronic illnesses (one progressing) with prescription drug management - moderate."),
    P("90677", "PCV20 (Prevnar 20) 0.5 mL IM", "R24: pneumococcal conjugate vaccine, 20-valent.", units=1),
    H("G0009", "given in R deltoid today",
      "R18: Medicare pays pneumococcal vaccine administration with G0009, not 90471.", units=1),
    N("No NSAID use", "R01", "negated"),
    N("chest pain - no", "R02", "ROS negative"),
),
note("urgent care|out|2026-04-03|11|est|F19|com", """
Urgent Care

19F college freshman with sore throat x 4 days, fatigue, low-grade fevers to 100.6. Mild cough.
Roommate had "mono" last month. No rash. No abdominal pain. No trouble swallowing saliva,
no drooling, voice normal. On no meds. Allergies: amoxicillin (rash as a child).

Exam: T 37.9. Posterior pharynx erythematous, tonsils 1+ without exudate, uvula midline.
Anterior and posterior cervical nodes mildly tender. No splenomegaly palpable. Lungs clear.
No hepatomegaly. Skin: no rash.

Point-of-care tests done here:
- Rapid strep A antigen: negative (throat culture not sent - adult, Centor 1).
- Monospot (heterophile antibody) card test: negative.

Assessment: Acute pharyngitis, most consistent with viral etiology. Mono not confirmed - heterophile
can be falsely negative early; if symptoms persist > 1 week will repeat or send EBV serologies.

Plan: supportive care - saline gargles, ibuprofen/acetaminophen alternating, fluids, rest.
Avoid contact sports for now until mono excluded. Return or go to ED if unable to swallow
liquids, drooling, or difficulty breathing.
""",
    D("J02.9", "Acute pharyngitis",
      "R03: viral etiology only 'most consistent with'; strep and mono tests negative - acute "
      "pharyngitis, unspecified."),
    P("99213", "supportive care - saline gargles",
      "R15: acute uncomplicated illness, two tests performed and reviewed - low."),
    P("87880", "Rapid strep A antigen: negative", "R19: rapid strep test performed in the office.", units=1),
    P("86308", "Monospot (heterophile antibody) card test: negative",
      "R19: heterophile antibody screen performed on site.", units=1),
    N("Mono not confirmed", "R03", "uncertain infectious mononucleosis - not B27.-"),
    N("No trouble swallowing saliva", "R01", "negated"),
    N("if symptoms persist > 1 week", "R07", "conditional plan"),
    N("low-grade fevers to 100.6", "R23", "fever integral to pharyngitis"),
),
note("cardiology|in|2026-04-06|21|est|F57|com", """
Cardiology Inpatient Service - Discharge Summary

Admit 4/2/26 - discharge 4/6/26.

57 y/o F presented with 2 days of palpitations, tremor, 4 kg weight loss over 2 months and heat
intolerance. ECG: atrial fibrillation with rapid ventricular response, rate 148. TSH < 0.01,
free T4 4.2, TRAb positive; thyroid diffusely enlarged, no nodules on US. Diagnosis: Graves
disease with thyrotoxicosis, no thyroid storm (Burch-Wartofsky 30).

Course: IV diltiazem then metoprolol for rate control; propranolol switched to metoprolol
succinate. Methimazole 20 mg daily started by endocrinology. Spontaneous conversion to sinus
rhythm on 4/4 and remained in sinus rhythm - paroxysmal atrial fibrillation. CHA2DS2-VASc 2
(female, HTN); apixaban started, to continue at least until euthyroid and reassessed.
Echo: normal LV function, no valve disease. No heart failure.

Discharge Diagnoses:
1. Paroxysmal atrial fibrillation with RVR, precipitated by thyrotoxicosis
2. Graves disease (thyrotoxicosis with diffuse goiter) without thyroid storm
3. Hypertension
4. Long-term anticoagulation (apixaban)

Meds: metoprolol succinate 100 mg, methimazole 20 mg, apixaban 5 mg BID, lisinopril 10 mg.
F/U: endocrinology 2 weeks (CBC, LFTs on methimazole), cardiology 4 weeks.
Return for chest pain, fainting, fever or sore throat (methimazole agranulocytosis warning).
""",
    D("I48.0", "Paroxysmal atrial fibrillation with RVR",
      "R21: principal - the arrhythmia was the reason for admission; paroxysmal type (R22)."),
    D("E05.00", "Graves disease (thyrotoxicosis with diffuse goiter) without thyroid storm",
      "R22: thyrotoxicosis with diffuse goiter without crisis."),
    D("I10", "3. Hypertension", "R20: hypertension."),
    D("Z79.01", "Long-term anticoagulation (apixaban)", "R10: long-term anticoagulant."),
    N("no thyroid storm", "R01", "negated - not E05.01"),
    N("No heart failure", "R01", "negated"),
    N("Return for chest pain", "R07", "conditional instruction"),
),
note("endocrinology|out|2026-04-07|22|est|F63|com", """
ENDO F/U - calcium (University Hospital outpatient clinic)

63F with primary hyperparathyroidism found on routine labs 2025: Ca 10.9-11.2, PTH 98, 24-h
urine calcium 310 mg. Hx of a right kidney stone in 2019 (passed, none since). DXA 1/2026: T-score
-2.2 at the femoral neck and -1.9 at L1-L4 - osteopenia. 25-OH vitamin D 17.
Feels well; no fractures, no abdominal pain, no polyuria. Fluids ~2 L/day.

Meds: vitamin D3 1000 IU. Allergies: none.

Exam: BP 126/78. No neck masses. Spine nontender.
Parathyroid sestamibi (2/2026): single adenoma, left inferior.

Assessment:
1. Primary hyperparathyroidism - meets surgical criteria (hypercalciuria > 250 mg/day and a
   history of nephrolithiasis).
2. Vitamin D deficiency.
3. Osteopenia of hip and spine.
4. Personal history of kidney stone.

Plan:
- Referral to endocrine surgery for focused parathyroidectomy.
- Increase vitamin D3 to 2000 IU daily (goal > 30, monitor Ca).
- Repeat DXA 2 years after surgery; no bisphosphonate now.
- Labs ordered: Ca, vit D in 8 weeks.
RTC after surgical consult.
""",
    D("E21.0", "Primary hyperparathyroidism", "R21: reason for the visit."),
    D("E55.9", "2. Vitamin D deficiency", "R22: vitamin D deficiency treated."),
    D("M85.89", "Osteopenia of hip and spine",
      "R22: osteopenia at more than one site indexes to other disorders of bone density, multiple sites."),
    D("Z87.442", "Personal history of kidney stone", "R06: resolved nephrolithiasis relevant to surgery."),
    P("99214", "Referral to endocrine surgery for focused parathyroidectomy",
      "R15: chronic illness with decision for elective major surgery - moderate."),
    N("no fractures", "R01", "negated"),
    N("no bisphosphonate now", "R01", "no Z79.83"),
),
note("nephrology|out|2026-04-08|11|est|F70|mcd|min=38", """
Renal clinic - CKD 5 (not on dialysis)

70F with type 2 diabetes and diabetic nephropathy, long-standing HTN, now CKD stage 5, eGFR 13,
not yet on dialysis. Insulin glargine 14 u + lispro sliding scale (metformin stopped 2024).
Reports mild nausea in AM, appetite ok, no pruritus, no confusion. Left radiocephalic AV fistula
created 1/2026, maturing. Hgb 9.4 on epoetin.
Labs: K 5.0, bicarb 19, phos 5.6, PTH 320, albumin 3.6.

Exam: BP 148/86. Mild periorbital puffiness, 1+ edema. L forearm AVF with good thrill and bruit.
No asterixis. No pericardial rub.

Assessment and plan:
1. CKD stage 5 due to type 2 diabetic kidney disease with hypertension - discussed timing of
   dialysis initiation: start when uremic symptoms or refractory fluid/K; not yet. Continue low-K
   renal diet, increase furosemide to 80 mg daily. Transplant evaluation in progress.
2. Hypertensive CKD stage 5 - BP above goal, add hydralazine 25 mg TID.
3. Anemia in CKD - continue epoetin, iron sat 24%.
4. Type 2 diabetes on insulin - hypoglycemia risk with low GFR, reduce glargine to 12 u.

Total time: 38 minutes on the date of service, including reviewing labs, discussing dialysis
planning with patient and son, and documentation.
""",
    D("E11.22", "type 2 diabetic kidney disease",
      "R09: diabetes with CKD combination code; N18.5 for the stage."),
    D("I12.0", "Hypertensive CKD stage 5",
      "R08: hypertension with CKD stage 5 (or ESRD) is I12.0."),
    D("N18.5", "CKD stage 5", "R08: CKD stage 5, not on dialysis."),
    D("D63.1", "Anemia in CKD", "R22: anemia in chronic kidney disease."),
    D("Z79.4", "Type 2 diabetes on insulin", "R10: long-term insulin in type 2 diabetes."),
    P("99214", "Total time: 38 minutes", "R14: established E/M by total time 30-39 minutes."),
    N("not on dialysis", "R01", "no Z99.2 / N18.6"),
    N("No pericardial rub", "R02", "normal exam finding"),
    N("start when uremic symptoms", "R07", "conditional plan"),
),
note("orthopedics|out|2026-04-09|11|new|F55|com", """
HAND SURGERY CLINIC - NEW PATIENT

55 y/o right-hand-dominant woman, bookkeeper.
1) Right middle finger catching and locking in the morning x 3 months, painful nodule in the
   palm. Has to straighten it with the other hand at times.
2) Right hand numbness/tingling thumb to ring finger, waking her at night, shaking hand helps,
   x 6 months. Dropping coffee cups occasionally.
PMH: hypothyroidism (levothyroxine), no diabetes. Allergies: none.

Exam: R middle finger - tender nodule at A1 pulley, palpable catching with flexion, no fixed
contracture. R wrist - Tinel positive at carpal tunnel, Phalen positive at 20 s, 2-point
discrimination 6 mm index finger, no thenar atrophy, APB strength 5/5.
L hand normal.

Procedure: R middle finger A1 pulley (flexor tendon sheath) injection. Sterile prep, 1 mL
triamcinolone acetonide 10 mg/mL with 1 mL 1% lidocaine. No complications.

Assessment:
1. Trigger finger, right middle finger - injected today.
2. Carpal tunnel syndrome, right - clinical; EMG/NCS ordered to grade severity; night cock-up
   wrist splint. If moderate/severe on EMG or no improvement in 6-8 weeks, will discuss carpal
   tunnel release.
Follow up after EMG.
""",
    D("M65.331", "Trigger finger, right middle finger", "R11: trigger finger, right middle finger."),
    D("G56.01", "Carpal tunnel syndrome, right", "R11: carpal tunnel syndrome, right upper limb."),
    P("99203", "EMG/NCS ordered to grade severity",
      "R15: new problem (carpal tunnel) worked up separately from the injection - low MDM, "
      "new patient (R16); modifier 25 (R18).", mods="25"),
    P("20550", "flexor tendon sheath) injection", "R18: injection of a single tendon sheath.",
      mods="F7", units=1),
    H("J3301", "triamcinolone acetonide 10 mg/mL", "R24: triamcinolone 10 mg, 1 unit.", units=1),
    N("no diabetes", "R01", "negated"),
    N("no thenar atrophy", "R01", "negated finding"),
    N("hypothyroidism (levothyroxine)", "R20", "chronic condition not addressed at this hand visit"),
    N("If moderate/severe on EMG", "R07", "conditional plan"),
),
note("pediatrics|out|2026-04-10|11|new|M0|mcd|min=32|dob=2026-04-05", """
NEWBORN OFFICE VISIT - first visit after nursery discharge

5-day-old male, born at 38w1d by SVD to a G1 mother, birth weight 3,280 g, discharged at 48 h.
Exclusively breastfeeding, feeding every 2-4 h, but mom reports painful latch and the baby falls
asleep at the breast after 5 minutes. 5 wet diapers and 3 yellow seedy stools in the last 24 h.
Yellow color of the face and chest noticed yesterday. No fever, no vomiting, not lethargic.
Mother O+, baby A+, DAT negative. Hospital bilirubin at 40 h: 9.8 (low-intermediate risk).

Exam: weight 3,030 g (7.6% below birth weight). Jaundice to the chest/upper abdomen.
Alert, good tone, strong suck, fontanelle soft. Heart: no murmur. Lungs clear. Abdomen soft,
umbilical stump dry. Hips stable. Shallow latch observed during a feed in clinic.

Serum bilirubin drawn at the hospital lab this morning: total 14.1 mg/dL at 118 h - below the
phototherapy threshold (AAP 2022).

Assessment:
1. Neonatal jaundice, physiologic pattern, below treatment threshold.
2. Difficulty feeding at breast - shallow latch.

Plan: lactation consultant visit today (in clinic), feed 8-12x/day, wake to feed; recheck weight
and bilirubin in 48 h. If the baby becomes lethargic, feeds poorly, or jaundice spreads to
legs, go to the ED.

Total time spent on the date of the visit: 32 minutes.
""",
    D("P59.9", "Neonatal jaundice", "R22: neonatal jaundice, unspecified cause."),
    D("P92.5", "Difficulty feeding at breast", "R22: neonatal difficulty in feeding at breast."),
    P("99203", "Total time spent on the date of the visit: 32 minutes",
      "R14: new patient (first office visit) E/M by total time 30-44 minutes (R16)."),
    N("No fever, no vomiting, not lethargic", "R01", "negated"),
    N("Serum bilirubin drawn at the hospital lab", "R19", "test run by the hospital lab, not billed here"),
    N("If the baby becomes lethargic", "R07", "conditional instruction"),
),
note("obstetrics and gynecology|out|2026-04-13|11|est|F34|com", """
ANNUAL GYN EXAM

34 yo G1P1 for well-woman exam. On combined OCP (levonorgestrel/EE) x 3 years, happy, no missed
pills, no breakthrough bleeding; wants to continue. Periods light, regular. No pelvic pain, no
dyspareunia, no abnormal discharge. Monogamous with husband.
Last Pap 2021 NILM. Mother had breast cancer at 44 (BRCA negative).
PMH: none. PSH: none. Meds: OCP. Allergies: NKDA. Nonsmoker. No migraine with aura.

ROS: Breast - no lumps, no nipple discharge. GU - negative. Mood - negative (PHQ-2 0).

Exam: BP 110/70, BMI 23. Thyroid normal. Breasts: symmetric, no masses, no skin changes, no
axillary adenopathy. Abdomen soft. Pelvic: normal external genitalia, vagina and cervix normal,
uterus normal size, no adnexal masses.
Pap smear with HPV co-testing collected today.

Assessment:
- Well-woman gynecologic exam, normal.
- Contraceptive pill surveillance - continue OCP, 12-month supply sent.
- Family history of breast cancer in mother at 44: start annual screening mammogram at 35
  (next year); discussed supplemental MRI per risk model.

Plan: Pap/HPV results by portal. Return in 1 year, sooner for any concerns.
""",
    D("Z01.419", "Well-woman gynecologic exam, normal",
      "R17: routine gynecological exam without abnormal findings is first-listed; the cervical "
      "screening is part of it (R13: Z12.4 is Excludes1)."),
    D("Z11.51", "HPV co-testing", "R17: Z01.41- asks for the HPV screening code when done."),
    D("Z30.41", "Contraceptive pill surveillance", "R22: surveillance of contraceptive pills."),
    D("Z80.3", "Family history of breast cancer", "R05: family history changes mammogram timing."),
    P("99395", "ANNUAL GYN EXAM", "R17: preventive visit, established patient age 18-39."),
    N("Pap smear", "R13", "Z12.4 screening for cervical cancer is Excludes1 with Z01.4-"),
    N("no adnexal masses", "R02", "normal exam finding"),
    N("No pelvic pain", "R01", "negated"),
),
note("psychiatry|out|2026-04-14|11|est|M31|com|min=25", """
Psychiatry med check (video visit declined - in office)

Subjective: 31M with adult ADHD, predominantly inattentive, dx 2025 by neuropsych testing, on
lisdexamfetamine 40 mg qAM x 2 months. Work performance improved (fewer missed deadlines per his
manager). Trouble falling asleep - lies awake 60-90 min most nights for 3 weeks, even on weekends
when he skips the dose; worries about money. Caffeine: 3 energy drinks/day. No chest pain, no
palpitations. No periods of elevated mood, decreased need for sleep, or impulsive spending -
he asked about bipolar II after reading online; history does not support it.
Denies alcohol or drug use. Appetite mildly decreased, weight stable.

MSE: calm, good eye contact, mood "pretty good," affect full, thought process linear, no SI/HI.

Vitals: BP 124/78, HR 84.

Assessment:
1. ADHD, predominantly inattentive presentation - good response.
2. Insomnia, unspecified - likely caffeine and stress related; not clearly a stimulant effect.

Plan: continue lisdexamfetamine 40 mg (Rx sent, PDMP reviewed). Taper energy drinks to 1 in the
morning only; CBT-I app; sleep hygiene. If insomnia persists 4 more weeks after caffeine
reduction, consider melatonin or moving stimulant earlier. RTC 6 weeks.

Total time on date of encounter: 25 minutes.
""",
    D("F90.0", "ADHD, predominantly inattentive presentation", "R22: ADHD subtype documented."),
    D("G47.00", "Insomnia, unspecified", "R22: insomnia, cause not established (outpatient)."),
    P("99213", "Total time on date of encounter: 25 minutes",
      "R14: established E/M by total time 20-29 minutes."),
    N("history does not support it", "R01", "bipolar II considered and rejected"),
    N("Denies alcohol or drug use", "R01", "negated"),
    N("If insomnia persists 4 more weeks", "R07", "conditional plan"),
    N("likely caffeine and stress related", "R03", "uncertain cause not coded"),
),
note("neurology|out|2026-04-15|11|est|M76|mcr", """
Movement Disorders Clinic - follow-up

76 yo M with idiopathic Parkinson disease dx 2021 (R > L bradykinesia, rest tremor), on
carbidopa/levodopa 25/100 1.5 tabs TID. Reports good "on" time, no wearing off before doses,
no dyskinesias. New: lightheaded when standing up quickly, nearly fell twice in the bathroom at
night; no syncope. Constipation - BM every 3-4 days despite fiber.
Cognition: manages finances, MoCA 27. No hallucinations. Sleeps 7 h.

Meds: carbidopa/levodopa, tamsulosin 0.4 (for BPH), fiber.
Allergies: none.

Exam: BP supine 138/80 -> standing 3 min 106/66, HR 72 -> 76. Hypomimia, mild rest tremor R hand,
rigidity R > L, bradykinesia on finger taps, gait with reduced arm swing, pull test 1 step
recovery. No dyskinesia.

Assessment/Plan:
1. Parkinson disease without dyskinesia, without fluctuations - motor control good; continue
   current levodopa dose.
2. Orthostatic hypotension - symptomatic; stop tamsulosin (discussed with urology), liberalize
   salt and fluids, compression stockings, rise slowly. Start droxidopa only if no improvement.
3. Constipation - add polyethylene glycol 17 g daily.
4. BPH - urology aware of tamsulosin stop; monitor voiding.
Fall precautions. RTC 3 months.
""",
    D("G20.A1", "Parkinson disease without dyskinesia, without fluctuations",
      "R22: Parkinson disease coded to dyskinesia and fluctuation status (FY2024+ codes)."),
    D("I95.1", "Orthostatic hypotension", "R22: orthostatic hypotension, treated."),
    D("K59.00", "3. Constipation", "R22: constipation, unspecified, treated."),
    D("N40.0", "4. BPH", "R20: BPH without LUTS documented, medication changed."),
    P("99214", "stop tamsulosin",
      "R15: chronic illness with a new treatment side effect; prescription drug management - moderate."),
    N("nearly fell twice", "R01", "near falls, not falls: no R29.6"),
    N("No hallucinations", "R01", "negated"),
    N("no syncope", "R01", "negated"),
    N("Start droxidopa only if no improvement", "R07", "conditional plan"),
),
note("gastroenterology|out|2026-04-16|11|est|M59|mcd", """
HEPATOLOGY CLINIC

59M with alcohol-related cirrhosis (Child-Pugh A6, MELD 9), sober since 6/2024 - attends AA,
alcohol use disorder in sustained remission. History of chronic hepatitis C, genotype 1a, cured
with sofosbuvir/velpatasvir in 2023 (SVR12 achieved). EGD 11/2025: small esophageal varices
without red wale signs, no bleeding, on carvedilol. No ascites on exam or US. No confusion,
no GI bleeding, no jaundice.

Labs 4/2026: bili 1.3, albumin 3.6, INR 1.2, plt 108, Cr 0.8, AFP 3.1.
US liver 4/2026: nodular contour, no focal lesion, no ascites.

Meds: carvedilol 6.25 mg BID, multivitamin, thiamine. Allergies: NKDA.

Exam: no scleral icterus, spider angiomata on chest, no asterixis, abdomen soft, no shifting
dullness, spleen tip palpable.

Assessment/Plan:
1. Alcoholic cirrhosis of liver without ascites - compensated; HCC surveillance US + AFP every
   6 months; hepatitis A/B immune.
2. Esophageal varices (secondary to cirrhosis), without bleeding - continue carvedilol, HR 62;
   repeat EGD not needed while on beta-blocker.
3. Alcohol dependence, in remission - congratulated; continue AA; naltrexone offered, declined.
4. Personal history of hepatitis C, cured - no further HCV treatment; HCV RNA yearly.
Return 6 months. If black stools, vomiting blood or confusion - ED.
""",
    D("K70.30", "Alcoholic cirrhosis of liver without ascites",
      "R21: underlying liver disease first (varices say 'code first')."),
    D("I85.10", "Esophageal varices (secondary to cirrhosis), without bleeding",
      "R22: secondary esophageal varices without bleeding, after the cirrhosis."),
    D("F10.21", "Alcohol dependence, in remission", "R22: alcohol dependence in remission."),
    D("Z86.19", "Personal history of hepatitis C, cured",
      "R06: resolved hepatitis C (SVR) is a history code, not B18.2."),
    P("99214", "continue carvedilol",
      "R15: two or more chronic illnesses with prescription drug management - moderate."),
    N("No ascites on exam or US", "R01", "negated - 'without ascites'"),
    N("no GI bleeding", "R01", "negated"),
    N("If black stools", "R07", "conditional instruction"),
),
note("hospital medicine|in|2026-04-17|21|est|F58|com", """
DISCHARGE SUMMARY (Hospitalist)

Dates of stay: 4/13/2026 - 4/17/2026

Brief HPI: 58F with type 2 diabetes on insulin and metformin, severe obesity (BMI 44.2), admitted
with 4 days of spreading redness, warmth and pain of the left lower leg, fever 38.6. No wound or
ulcer on the foot; interdigital tinea noted. Glucose 340s on admission, A1c 10.4.

Course: IV cefazolin -> oral cephalexin; erythema receded from mid-shin to ankle. Blood
cultures negative. Venous duplex negative for DVT. X-ray and MRI of the left foot and ankle:
no osteomyelitis, no abscess. Glucose controlled with basal-bolus insulin; discharged on higher
glargine dose. Topical terbinafine for tinea pedis. Weight-management clinic referral.

Discharge Diagnoses:
1. Cellulitis of left lower leg
2. Type 2 diabetes mellitus with hyperglycemia, on insulin and metformin
3. Class 3 obesity, BMI 44.2
4. Tinea pedis, left

Discharge meds: cephalexin 500 mg QID x 5 days, insulin glargine 40 units nightly (was 30),
metformin 1000 mg BID, terbinafine cream.
Follow-up: PCP in 1 week; diabetes education. If redness spreads or fever returns, come back.
""",
    D("L03.116", "Cellulitis of left lower leg", "R11: principal - cellulitis, left lower limb."),
    D("E11.65", "Type 2 diabetes mellitus with hyperglycemia", "R09: type 2 diabetes with hyperglycemia."),
    D("Z79.4", ("on insulin and metformin", 1), "R10: long-term insulin, with Z79.84 for metformin."),
    D("Z79.84", ("metformin", 1), "R10: oral hypoglycemic alongside insulin: both status codes."),
    D("E66.813", "Class 3 obesity", "R22: obesity class 3 documented by the provider."),
    D("Z68.41", "BMI 44.2", "R22: BMI 40.0-44.9 with the obesity diagnosis."),
    D("B35.3", "Tinea pedis, left", "R22: tinea pedis treated (portal of entry)."),
    N("no osteomyelitis, no abscess", "R01", "ruled out by imaging"),
    N("negative for DVT", "R01", "ruled out"),
    N("If redness spreads or fever returns", "R07", "conditional instruction"),
),
note("emergency medicine|out|2026-04-20|23|new|F2|mcd", """
ED Note - Pediatric

2-year-old girl brought by father: not using her left arm since he lifted her by the hand to
keep her from falling at a curb 1 hour ago. She cried briefly, now holds the arm close to her
body, elbow slightly flexed, forearm pronated. No fall to the ground. No other injuries.
Healthy, vaccines UTD, no meds, NKDA.

Exam: well-appearing, playful, refuses to reach with L arm. No swelling, bruising or deformity of
clavicle, humerus, elbow, forearm or wrist. Mild tenderness over the radial head only. Distal
pulses and cap refill normal, moves fingers.

Assessment: Radial head subluxation (nursemaid's elbow), left - classic mechanism and exam;
fracture unlikely, no imaging needed.

Procedure: closed reduction of left radial head subluxation by hyperpronation; palpable click.
Within 15 minutes she was reaching for stickers overhead with the left arm and using it normally.

Diagnosis: Nursemaid's elbow, left elbow, initial encounter - reduced.

Discharge: counseled father to avoid lifting/swinging by the hands or wrists; recurrence is
common before age 5. If she stops using the arm again or develops swelling, return.
""",
    D("S53.032A", "Nursemaid's elbow, left elbow, initial encounter",
      "R12: radial head subluxation, left (R11), 7th character A."),
    P("24640", "closed reduction of left radial head subluxation",
      "R18: closed treatment of radial head subluxation with manipulation; the decision to reduce is "
      "part of the procedure, so no separate E/M.", mods="LT", units=1),
    N("fracture unlikely, no imaging needed", "R01", "fracture not suspected"),
    N("No fall to the ground", "R01", "negated"),
    N("If she stops using the arm again", "R07", "conditional instruction"),
),
note("rheumatology|in|2026-04-21|21|est|F31|mcd", """
RHEUMATOLOGY INPATIENT SERVICE - DISCHARGE SUMMARY

Admitted: 4/14/2026   Discharged: 4/21/2026

31 yo F with systemic lupus erythematosus (dx 2022: malar rash, arthritis, ANA 1:1280, anti-dsDNA+)
on hydroxychloroquine, admitted with 2 weeks of leg swelling, foamy urine and fatigue. UPCR 3.8 g/g,
active sediment with RBC casts, Cr 1.3 (baseline 0.7), C3/C4 low, anti-dsDNA 420. Platelets 68K
attributed to lupus (secondary thrombocytopenia); no bleeding; TTP excluded (no schistocytes,
ADAMTS13 normal).
Kidney biopsy 4/16: lupus nephritis class IV-G (A), no crescents.

Treatment: methylprednisolone 500 mg IV x 3 then prednisone 60 mg daily with taper plan;
mycophenolate mofetil started (1 g BID target); losartan 25 mg for proteinuria; PJP prophylaxis.
Platelets 68K -> 121K. Cr 1.3 -> 1.1 at discharge.

Discharge Diagnoses:
1. Systemic lupus erythematosus with lupus nephritis (class IV)
2. Thrombocytopenia secondary to SLE
3. Long-term (current) use of systemic steroids - prednisone taper over months

Discharge meds: prednisone 60 mg daily (taper per rheum), mycophenolate 1 g BID, hydroxychloroquine
200 mg BID, losartan 25 mg, TMP-SMX SS daily, calcium/vitamin D, pantoprazole.
Contraception counseling given (mycophenolate teratogenic) - on levonorgestrel IUD.
Follow-up: rheumatology + nephrology in 1 week with CBC, BMP, UPCR. Return if fever, bleeding, or
decreased urine output.
""",
    D("M32.14", "Systemic lupus erythematosus with lupus nephritis",
      "R21: principal - SLE with glomerular disease (lupus nephritis)."),
    D("D69.59", "Thrombocytopenia secondary to SLE", "R22: secondary thrombocytopenia, other."),
    D("Z79.52", "Long-term (current) use of systemic steroids", "R10: long-term systemic steroids."),
    D("Z79.624", "mycophenolate mofetil started",
      "R10: long-term mycophenolate, an inhibitor of nucleotide synthesis (FY2024+ Z79.62- codes)."),
    D("Z79.899", "on hydroxychloroquine", "R10: other long-term drug therapy (hydroxychloroquine)."),
    N("TTP excluded", "R01", "ruled out"),
    N("no crescents", "R01", "negated"),
    N("Return if fever", "R07", "conditional instruction"),
),
note("urology|in|2026-04-22|21|est|M78|mcr", """
UROLOGY - DISCHARGE SUMMARY

Admission 4/19/2026, discharge 4/22/2026.

78 yo man with known BPH with LUTS (on tamsulosin) presented to the ED unable to void for 14 hours
after taking OTC diphenhydramine for a cold. Bladder scan 1,150 mL; Foley placed with 1,200 mL
drained. Cr 1.6 on arrival -> 1.0 the next day (resolved obstructive pattern; no hydronephrosis
on US). UA: pyuria 25-50 WBC, nitrite positive, low-grade fever 38.0 on day 1; urine culture
grew Klebsiella pneumoniae. Probable acute cystitis - treated with ceftriaxone then oral
cefpodoxime. No flank pain; no pyelonephritis clinically.

Finasteride added to tamsulosin. Voiding trial on day 3 passed (PVR 90 mL). Catheter removed.
Former smoker (quit 1990). Prostate cancer screening not indicated at age 78 per shared decision.

Discharge Diagnoses:
1. Acute urinary retention due to benign prostatic hyperplasia (diphenhydramine precipitated)
2. Probable acute cystitis due to Klebsiella pneumoniae, without hematuria
3. Adverse effect of antihistamine (diphenhydramine)
4. History of tobacco use

Meds: tamsulosin 0.4 mg, finasteride 5 mg, cefpodoxime 200 mg BID x 5 days.
Avoid antihistamines/decongestants. Urology clinic 4 weeks with PVR. If unable to void again,
come to the ED.
""",
    D("N40.1", "benign prostatic hyperplasia",
      "R21: principal - BPH with LUTS, the cause of the retention."),
    D("R33.8", "Acute urinary retention",
      "R22: urinary retention coded as the associated symptom N40.1 asks for."),
    D("T45.0X5A", "Adverse effect of antihistamine (diphenhydramine)",
      "R12: adverse effect of antiallergic drug, X placeholder, initial encounter."),
    D("N30.00", "Probable acute cystitis due to Klebsiella pneumoniae, without hematuria",
      "R04: 'probable' cystitis at discharge coded as established."),
    D("B96.1", "Klebsiella pneumoniae", "R22: organism of the cystitis."),
    D("Z87.891", "History of tobacco use", "R06: former smoker."),
    N("no hydronephrosis", "R01", "negated - no N13.-"),
    N("no pyelonephritis clinically", "R01", "negated"),
    N("If unable to void again", "R07", "conditional instruction"),
),
]
