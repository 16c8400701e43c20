"""TEST split notes 46-60: inpatient medicine, cardiology, endocrinology, pediatrics, ED, obstetrics."""

from corpora.tools.heldout_spec import D, H, N, P, note

NOTES = [
note("hospital medicine|in|2026-03-12|21|est|M69|mcr", """
DISCHARGE SUMMARY

Patient: 69M   Admitted: 03/06/2026   Discharged: 03/12/2026   Service: Hospital Medicine

Principal problem: COVID-19 pneumonia with acute hypoxic respiratory failure.

History: 69-year-old man with hypertension and obesity (BMI 36) presented with 7 days of fever,
cough, and 2 days of dyspnea. SARS-CoV-2 PCR positive. SpO2 84% on RA, required 6 L NC, then
high-flow nasal cannula 40 L/40% for 48 h. CXR and CT chest: bilateral peripheral ground-glass
opacities. CTA negative for pulmonary embolism. Procalcitonin 0.08 - bacterial pneumonia not
suspected, no antibiotics given.

Treatment: dexamethasone 6 mg x 10 days, remdesivir x 5 days, prophylactic enoxaparin, prone
positioning while awake. Weaned to room air on day 6; ambulatory SpO2 93% RA.
Lisinopril continued. Weight-loss counseling provided; obesity complicates oxygenation.

Discharge Diagnoses:
- COVID-19 pneumonia
- Acute respiratory failure with hypoxia, resolved
- Essential hypertension
- Obesity, BMI 36

Disposition: home, no oxygen needs. Finish dexamethasone through 3/15.
Isolation instructions given through 3/16. PCP follow-up 1-2 weeks.
If shortness of breath recurs or SpO2 < 92% on home oximeter, return to the ED.
""",
    D("U07.1", "COVID-19 pneumonia",
      "R21: COVID-19 is sequenced first, with the manifestation codes after it."),
    D("J12.82", ("COVID-19 pneumonia", 1), "R22: pneumonia due to coronavirus disease 2019."),
    D("J96.01", "Acute respiratory failure with hypoxia", "R22: acute hypoxic respiratory failure, treated."),
    D("I10", "Essential hypertension", "R20: hypertension, medication continued."),
    D("E66.9", "Obesity, BMI 36", "R22: obesity (class not stated) affecting care, with BMI."),
    D("Z68.36", "BMI 36", "R22: BMI 36.0-36.9 with the provider's obesity diagnosis."),
    N("CTA negative for pulmonary embolism", "R01", "ruled out"),
    N("bacterial pneumonia not\nsuspected", "R01", "negated"),
    N("If shortness of breath recurs", "R07", "conditional instruction"),
),
note("cardiology|out|2026-03-13|11|new|F34|com", """
CARDIOLOGY CONSULT (new patient)
Referring: Dr. (PCP) - palpitations.

S: 34 y/o F, elementary teacher, with 4 months of sudden-onset episodes of rapid regular
heartbeat lasting 5-20 minutes, 2-3 times a month, sometimes stopping abruptly when she bears
down. Mild lightheadedness with episodes; no syncope. No chest pain, no dyspnea on exertion.
Caffeine: 1 coffee/day. No stimulants, no alcohol binges. Not pregnant (on OCP).
Family history: her brother died suddenly at 29 during a run; autopsy "unrevealing."
PMH: none. Meds: norgestimate-ethinyl estradiol. NKDA.

O: BP 112/70, HR 68 regular. BMI 22. Heart RRR, no murmur, no click. Lungs clear. No edema.
12-lead ECG performed in the office today, my interpretation: sinus rhythm 66, PR 160 ms,
QRS 88 ms, QTc 420 ms, no pre-excitation, no Brugada pattern, no epsilon waves.
TSH (PCP, 1/2026) normal. CBC normal.

A/P:
Palpitations, paroxysmal, regular - possible AVNRT/SVT, not documented on a tracing yet.
Family history of sudden cardiac death in a young first-degree relative - needs structural and
arrhythmia evaluation.
- 14-day ambulatory ECG patch (ordered), transthoracic echo (ordered), exercise treadmill test.
- Vagal maneuvers taught. If an episode lasts > 30 min or she faints, go to the ED for a
  12-lead during the event.
- Consider genetics referral depending on results.
RTC after testing.
""",
    D("R00.2", "Palpitations, paroxysmal, regular",
      "R03: 'possible AVNRT/SVT' is not coded in the office; the symptom is."),
    D("Z82.41", "Family history of sudden cardiac death",
      "R05: family history of sudden cardiac death, driving the work-up."),
    P("99204", "14-day ambulatory ECG patch (ordered), transthoracic echo (ordered)",
      "R15: undiagnosed new problem with uncertain prognosis (moderate) and moderate data "
      "(tests ordered, external records) - new patient 99204 (R16)."),
    P("93000", "12-lead ECG performed in the office today, my interpretation",
      "R18: office ECG with interpretation and report.", units=1),
    N("possible AVNRT/SVT", "R03", "uncertain outpatient diagnosis"),
    N("no syncope", "R01", "negated"),
    N("If an episode lasts > 30 min or she faints", "R07", "conditional instruction"),
),
note("endocrinology|out|2026-03-16|11|est|M29|com", """
ENDOCRINE CLINIC - type 1 diabetes

29M, T1DM since age 8, on insulin pump (Omnipod, lispro) with CGM. A1c 7.6 (was 7.2).
CGM download 14 days: TIR 61%, TBR 6% (<70), several overnight lows 50-60s after evening gym
sessions; he woke to treat with juice. No seizures, no episodes needing another person's help,
no ED visits. Also had mild NPDR both eyes on retinal exam 1/2026, no macular edema.
No numbness in feet. Urine microalbumin normal 10/2025.

Meds: insulin lispro via pump (basal 0.8 u/h, ICR 1:10, ISF 40), glucagon nasal.
Allergies: none.

Exam: BMI 24. BP 118/72. Pump site clean (abdomen), no lipohypertrophy. Monofilament normal.

Assessment:
1. Type 1 diabetes mellitus with hypoglycemia without coma - exercise related nocturnal lows.
2. Type 1 diabetes with mild nonproliferative diabetic retinopathy without macular edema,
   bilateral - ophthalmology yearly.
3. Insulin pump in place - functioning.

Plan: lower basal 0.8 -> 0.65 u/h from 22:00-04:00 on gym days (temp basal), reduce dinner bolus
by 20% before exercise, bedtime snack if sensor < 120. Glucagon refill sent. Reviewed hypoglycemia
treatment rule of 15. Labs: A1c, lipids, UACR. RTC 3 months.
""",
    D("E10.649", "Type 1 diabetes mellitus with hypoglycemia without coma",
      "R09: type 1 diabetes with hypoglycemia without coma."),
    D("E10.3293", "mild nonproliferative diabetic retinopathy without macular edema,\n   bilateral",
      "R09: retinopathy combination code with laterality as 7th character (3 = bilateral, R11)."),
    D("Z96.41", "Insulin pump in place", "R20: presence of insulin pump (status)."),
    P("99214", "lower basal 0.8 -> 0.65 u/h",
      "R15: chronic illness with side effects of treatment, insulin dosing management - moderate."),
    N("No numbness in feet", "R01", "no neuropathy"),
    N("no macular edema", "R01", "negated - the 'without macular edema' code"),
    N("insulin pump", "R10", "type 1 diabetes: Z79.4 is not added (E10 has no use-additional note)"),
),
note("pediatrics|out|2026-03-17|11|est|M10|mcd", """
Peds f/u - ADHD

10 y/o boy with ADHD, combined presentation, dx 2024, on methylphenidate ER 27 mg qAM.
Mom reports better focus in the mornings but homework time (after 4 PM) is a struggle; teacher
notes he still blurts out and leaves his seat in the afternoons. Appetite decreased at lunch,
eating a large dinner. Sleep onset ~30 min, ok. No tics. No palpitations or chest pain.
No headaches or stomach aches.

Vanderbilt follow-up forms scored today (parent and teacher): inattention 6/9 and 5/9,
hyperactivity 5/9 and 6/9, performance impaired in 2 areas.

Exam: Wt 31.8 kg (down 0.4 kg from Dec; 42nd %ile), Ht 140 cm, BP 104/64, HR 88. Heart RRR no
murmur. Alert, fidgety, appropriate.

A/P:
1. ADHD, combined type - partial response, afternoon symptoms. Increase methylphenidate ER to
   36 mg qAM (Rx, controlled substance, PDMP checked). Discussed appetite strategies: high-calorie
   breakfast and dinner. Behavioral therapy referral for parent training.
2. Weight slightly down - monitor; recheck weight 1 month.
Return 4 weeks. If he develops chest pain, fainting, or tics, call the office.
""",
    D("F90.2", "ADHD, combined type", "R22: ADHD, combined presentation."),
    P("99214", "Increase methylphenidate ER to\n   36 mg qAM (Rx, controlled substance, PDMP checked)",
      "R15: chronic illness not at goal with prescription drug management - moderate."),
    P("96127", "Vanderbilt follow-up forms scored today (parent and teacher)",
      "R18: brief behavioral assessment with scoring, one unit per instrument.", units=2),
    N("No tics", "R01", "negated"),
    N("No headaches or stomach aches", "R01", "negated"),
    N("If he develops chest pain, fainting, or tics", "R07", "conditional instruction"),
),
note("urgent care|out|2026-03-18|11|new|F3|mcd", """
URGENT CARE NOTE

3-year-old girl, brought by grandmother, with left ear pain since last night, tugging at the left
ear, fever 102.2 at home this morning, and runny nose for 4 days. Fussy, sleeping poorly.
Eating less, drinking well, 4 wet diapers today. No vomiting, no diarrhea, no rash.
No ear drainage. No prior ear infections this year. Vaccines up to date per grandmother.
Attends daycare. Allergies: none.

Exam: T 38.6, HR 128, RR 24, SpO2 99%. Tired but consolable, well hydrated.
L TM: bulging, opaque, erythematous, no perforation, no drainage.
R TM: pearly gray, normal landmarks.
Nose: clear rhinorrhea. Throat: mild erythema, no exudate. Neck: shotty nodes. Lungs clear.
No mastoid tenderness or swelling.

Assessment: Acute suppurative otitis media, left ear, without rupture of the eardrum.

Plan: amoxicillin 90 mg/kg/day divided BID x 10 days (Rx). Ibuprofen 10 mg/kg q6-8h prn pain and
fever. Follow up with her pediatrician in 10-14 days for ear recheck. Come back sooner if
she is not better in 48-72 h, has drainage from the ear, or swelling behind the ear.
""",
    D("H66.002", "Acute suppurative otitis media, left ear, without rupture of the eardrum",
      "R11: laterality of acute suppurative otitis media without spontaneous rupture."),
    N("runny nose for 4 days", "R23", "accompanying symptom of the otitis episode, not coded"),
    P("99203", "amoxicillin 90 mg/kg/day divided BID x 10 days (Rx)",
      "R15: acute uncomplicated illness with Rx drug management - low; new patient (R16)."),
    N("fever 102.2", "R23", "fever integral to acute otitis media"),
    N("no perforation", "R01", "negated - 'without rupture'"),
    N("Come back sooner if\nshe is not better", "R07", "conditional instruction"),
),
note("emergency medicine|out|2026-03-19|23|new|M46|com", """
ED Note
CC: bee sting, hives

HPI: 46 yo M landscaper stung on the right forearm by a honeybee ~40 min PTA. Within 15 min
developed itchy hives on chest, back and arms. No lip or tongue swelling, no throat tightness,
no wheeze, no vomiting, no lightheadedness. Took diphenhydramine 50 mg at the job site.
Prior stings caused only local swelling. No known drug allergies. No meds.

Exam: T 36.9, HR 92, BP 134/82, RR 16, SpO2 99%. Anxious but well. Oropharynx: no angioedema,
uvula midline. Lungs clear, no stridor or wheeze. Skin: diffuse urticarial wheals trunk and
upper extremities; sting site R volar forearm with small punctum, stinger removed, 3 cm local
swelling.

ED course: famotidine 20 mg PO, prednisone 40 mg PO, cetirizine. Observed 4 h: hives fading,
no progression, vitals stable. Not anaphylaxis (single organ system, skin only) - epinephrine
not indicated.

MDM: acute illness with systemic symptoms (generalized urticaria) with risk of progression to
anaphylaxis; observation and prescription drug management. Moderate.

Dx: Generalized allergic urticaria after honeybee sting, accidental, initial encounter.

Dispo: home. Prednisone 40 mg daily x 4 more days, cetirizine 10 mg BID. EpiPen 0.3 mg x 2
prescribed and demonstrated; allergist referral for venom testing. If swelling of lips or
tongue, trouble breathing, or fainting: use EpiPen and call 911.
""",
    D("T63.441A", "after honeybee sting, accidental, initial encounter",
      "R21: the toxic effect of bee venom (accidental, initial, R12) is sequenced before the reaction."),
    D("L50.0", "Generalized allergic urticaria", "R22: allergic urticaria as the manifestation."),
    P("99284", "Moderate.", "R15: ED E/M by MDM: acute illness with systemic symptoms, Rx management."),
    N("Not anaphylaxis", "R01", "negated - no T78.2/T63.441 anaphylaxis"),
    N("No lip or tongue swelling", "R01", "negated angioedema"),
    N("If swelling of lips or\ntongue", "R07", "conditional instruction"),
),
note("emergency medicine|out|2026-03-20|23|est|M81|mcr", """
EMERGENCY DEPARTMENT - PROVIDER NOTE

81 yo M on aspirin 81 mg presents after striking his scalp on an open cabinet door at home
1 h ago. Did not fall. No LOC, no headache beyond the wound, no vomiting, no confusion, no neck
pain. Bled "a lot," wife held pressure with a towel.
PMH: HTN, BPH.
Meds: aspirin 81, amlodipine 5, tamsulosin. NKDA. Tetanus: Td 2022.

Exam: GCS 15, at baseline per wife. VS normal (BP 146/80). 2 cm linear laceration of the
right parietal scalp, hemostatic after pressure, no galeal involvement, no foreign body, no
step-off. Pupils equal. Cervical spine nontender, full ROM. Neuro: no focal deficits.

CT head (age >= 65, on aspirin): no intracranial hemorrhage, no fracture.

Procedure - laceration repair: 2 cm, right scalp, simple. Irrigation with 200 mL NS, single-layer
closure with 4 staples. Bacitracin. Tolerated well.

MDM: minor head injury in an 81-year-old on aspirin; CT ordered and reviewed by me; simple
wound repair. The evaluation for intracranial injury was separate from the repair.
Low complexity overall.

Diagnosis: Laceration of scalp without foreign body, initial encounter.
Disposition: home with wife. Staple removal in 7-10 days at PCP. Return for vomiting, confusion,
worsening headache, or sleepiness.
""",
    D("S01.01XA", "Laceration of scalp without foreign body, initial encounter",
      "R12: scalp laceration, X placeholder, 7th character A."),
    P("99283", "Low complexity overall",
      "R15: ED E/M by MDM (low), separately identifiable from the repair: modifier 25 (R18).",
      mods="25"),
    P("12001", "laceration repair: 2 cm, right scalp, simple",
      "R18: simple repair of scalp wound 2.5 cm or less.", units=1),
    N("no intracranial hemorrhage, no fracture", "R01", "ruled out"),
    N("No LOC", "R01", "negated"),
    N("Return for vomiting", "R07", "conditional instruction"),
),
note("gastroenterology|out|2026-03-23|11|new|F26|com|min=47", """
Gastroenterology - New Patient Consultation

HPI: 26 yo F, graduate student, referred for 18 months of loose stools 3-5x/day with urgency and
crampy lower abdominal pain relieved by defecation, worse during exams. No nocturnal stools. No
blood in stool, no weight loss (weight stable 61 kg), no fever. No recent travel or antibiotics.
Dairy seems to worsen it a bit. Her younger brother has celiac disease (biopsy-proven).
Outside labs: CBC, CMP, TSH, CRP normal. Fecal calprotectin 22 (normal).

PMH: anxiety (sees therapist, no meds). Meds: loperamide prn. Allergies: NKDA.
Social: no tobacco, occasional wine.

ROS: Fever: none. Night sweats: none. Rash: none. Joint pain: none. Rectal bleeding: none.

Exam: BMI 22. Abdomen soft, mild LLQ tenderness, no masses, no HSM. Rectal deferred.

Impression:
1. Irritable bowel syndrome with diarrhea (Rome IV criteria met, normal calprotectin).
2. Family history of celiac disease - rule out celiac disease before dietary changes.

Plan:
- tTG-IgA with total IgA ordered (keep eating gluten until drawn).
- Low-FODMAP diet handout, dietitian referral.
- Dicyclomine 10 mg before meals prn cramping (Rx). Loperamide prn.
- If celiac serology positive, EGD with duodenal biopsies.
- RTC 8 weeks.

Total time on this date: 47 minutes, including reviewing outside records and labs, history and
exam, counseling on diet and diagnosis, ordering, and documentation.
""",
    D("K58.0", "Irritable bowel syndrome with diarrhea", "R22: IBS subtype with diarrhea."),
    D("Z83.79", "Family history of celiac disease",
      "R05: family history of other diseases of the digestive system, driving celiac testing."),
    P("99204", "Total time on this date: 47 minutes",
      "R14: new patient E/M by total time 45-59 minutes (R16)."),
    N("rule out celiac disease", "R03", "uncertain outpatient diagnosis, not coded"),
    N("no weight loss (weight stable 61 kg)", "R01", "negated alarm feature"),
    N("Fever: none", "R02", "ROS negative"),
    N("If celiac serology positive", "R07", "conditional plan"),
    N("anxiety (sees therapist, no meds)", "R20", "PMH not addressed at this visit"),
),
note("rheumatology|out|2026-03-24|11|est|M61|com", """
Rheum clinic - urgent add-on

61 y/o M with gout (on allopurinol 200 mg) and HTN with CKD stage 3a, here with 3 days of
severe pain, redness and swelling of the LEFT great toe (1st MTP) after a weekend of seafood and
beer. Unable to wear a shoe. Temp 37.4 at home. Similar flare 1 year ago in the same joint.
Cannot take NSAIDs (CKD) and colchicine caused diarrhea in the past.
Meds: allopurinol 200, amlodipine 10, losartan 50. Allergies: none.
Labs 2/2026: uric acid 7.4 (goal < 6), Cr 1.4, eGFR 54.

Exam: L 1st MTP hot, erythematous, exquisitely tender, swollen; no tophi; no lymphangitis.
Other joints normal. BP 142/88.

Procedure: aspiration/injection of left 1st MTP joint. Timeout, consent. Chlorhexidine prep, ethyl
chloride spray. 25 G needle, dorsomedial approach: 0.3 mL cloudy fluid aspirated (sent for
crystals - will be reported by the lab), then injected triamcinolone acetonide 10 mg with 0.5 mL
1% lidocaine. Tolerated well.

Assessment:
1. Acute gout flare, left first MTP (idiopathic gout) - injected.
2. Hypertensive CKD stage 3a - BP above goal today (pain); renal dosing reviewed.

Plan: allopurinol increase to 300 mg daily after flare settles (2 weeks) - Rx sent with start
date; uric acid in 6 weeks. Diet counseling. Continue losartan and amlodipine; recheck BP when
pain free. If fever > 38.3 or spreading redness, call - would need to exclude septic arthritis.
""",
    D("M10.072", "Acute gout flare, left first MTP (idiopathic gout)",
      "R11: idiopathic gout of the left ankle and foot (the first MTP is in the foot)."),
    D("I12.9", "Hypertensive CKD stage 3a", "R08: hypertension with CKD stage 1-4 and N18.31."),
    D("N18.31", "CKD stage 3a", "R08: CKD stage 3a."),
    P("99214", "allopurinol increase to 300 mg daily",
      "R15: acute flare of a chronic illness plus a second chronic illness, Rx management - "
      "moderate; modifier 25 (R18).", mods="25"),
    P("20600", "aspiration/injection of left 1st MTP joint",
      "R18: small joint arthrocentesis/injection without ultrasound; TA = left great toe.",
      mods="TA", units=1),
    H("J3301", "triamcinolone acetonide 10 mg", "R24: triamcinolone per 10 mg, 1 unit.", units=1),
    N("no tophi", "R02", "negated - not chronic tophaceous gout"),
    N("would need to exclude septic arthritis", "R07", "hypothetical"),
),
note("internal medicine|out|2026-03-25|11|est|M73|mcr|min=45", """
INTERNAL MEDICINE - chronic care visit

73M with HFrEF (ischemic cardiomyopathy, EF 30%, ICD placed 2023), HTN, and CKD stage 3b. Here
after hospital discharge 2 weeks ago and 3 missed appointments. Reports dyspnea after 1 flight of
stairs (NYHA II-III), no orthopnea, no PND. Weight at home 84-85 kg daily. No ICD shocks.
Eats canned soups often.

Meds reconciled with pharmacy fill history: sacubitril/valsartan 49/51 BID, carvedilol 12.5 BID,
spironolactone 25, dapagliflozin 10, furosemide 40 daily, atorvastatin 40.
Allergies: ACE inhibitors (cough).

Exam: BP 128/74, HR 64, SpO2 96%. Wt 84.6 kg. JVP 8 cm. Bibasilar fine crackles that clear with
cough. 1+ pitting ankle edema. ICD pocket L chest well healed.
Labs today (drawn at outside lab this AM, reviewed): Cr 1.72, eGFR 40, K 4.9, NT-proBNP 1,980.

Assessment / Plan:
1. Chronic systolic heart failure with hypertension and CKD (hypertensive heart and chronic
   kidney disease with heart failure) - compensated but borderline volume. Continue GDMT.
   Increase furosemide to 40 mg BID x 3 days then daily. 2 g sodium diet education with
   daughter present.
2. CKD stage 3b - stable. K 4.9 on spironolactone + ARNI: repeat BMP in 1 week, hold
   spironolactone if K > 5.5.
3. Presence of automatic (implantable) cardiac defibrillator - device clinic in April.
4. Hyperlipidemia - on statin.

Total time today 45 minutes: medication reconciliation, reviewing discharge summary and labs,
exam, counseling with patient and daughter, coordination with cardiology, documentation.
""",
    D("I13.0", "hypertensive heart and chronic\n   kidney disease with heart failure",
      "R08: HTN + HF + CKD stage 1-4 combination, sequenced first."),
    D("I50.22", "Chronic systolic heart failure", "R08: heart failure type (HFrEF, chronic) with I13.0."),
    D("N18.32", "CKD stage 3b", "R08: CKD stage with I13.0."),
    D("I25.5", "ischemic cardiomyopathy", "R22: ischemic cardiomyopathy documented as the HF cause."),
    D("Z95.810", "Presence of automatic (implantable) cardiac defibrillator", "R20: ICD status."),
    D("E78.5", "4. Hyperlipidemia", "R20: hyperlipidemia on statin."),
    P("99215", "Total time today 45 minutes", "R14: established E/M by total time 40+ minutes."),
    N("no orthopnea, no PND", "R01", "negated"),
    N("No ICD shocks", "R01", "negated"),
    N("hold\n   spironolactone if K > 5.5", "R07", "conditional plan"),
),
note("hospital medicine|in|2026-03-26|21|est|F86|mcr", """
DISCHARGE SUMMARY - Hospital Medicine (co-managed with Orthopaedics)

Admission: 3/20/2026. Discharge: 3/26/2026 to skilled nursing facility.

86-year-old woman with known age-related osteoporosis (not on treatment), HTN and mild
Alzheimer dementia, who lost her balance and fell from standing height in her kitchen. Unable to
bear weight on the right leg. X-ray: displaced intertrochanteric fracture of the right femur.
Given the low-energy mechanism and osteoporosis, orthopaedics and medicine agree this is a
fragility (osteoporotic) fracture.

Course: Intramedullary nail fixation on 3/21. Postoperative Hgb fell from 11.8 to 7.4 - acute
blood loss anemia, transfused 1 unit PRBC, stable 8.6 thereafter. Mild delirium POD1 managed
with reorientation, no antipsychotics, resolved by POD3. Pain controlled with acetaminophen and
low-dose oxycodone. DVT prophylaxis with enoxaparin x 4 weeks. Zoledronic acid to be given as an
outpatient after vitamin D repletion (25-OH D 18).

Discharge Diagnoses:
1. Age-related osteoporosis with current pathological fracture, right femur (intertrochanteric)
2. Acute blood loss anemia
3. Alzheimer disease, late onset, with mild dementia
4. Vitamin D deficiency
5. Hypertension
6. Postoperative delirium, resolved

Meds: enoxaparin 40 mg daily x 4 wks, cholecalciferol 2000 IU, calcium, acetaminophen, oxycodone
2.5 mg q6h prn, donepezil 10 mg, amlodipine 5 mg.
Follow-up: ortho 2 weeks; bone health clinic. Fall precautions.
""",
    D("M80.051A", "Age-related osteoporosis with current pathological fracture, right femur",
      "R13: fragility fracture in osteoporosis is M80 (pathological), not the traumatic S72 code; "
      "7th character A (R12), right femur (R11)."),
    D("D62", "Acute blood loss anemia", "R22: acute blood loss anemia, transfused."),
    D("G30.1", "Alzheimer disease, late onset", "R22: late-onset Alzheimer disease (etiology first)."),
    D("F02.A0", "with mild dementia",
      "R22: dementia in other diseases, mild, without behavioral disturbance."),
    D("E55.9", "Vitamin D deficiency", "R22: vitamin D deficiency treated."),
    D("I10", "5. Hypertension", "R20: hypertension."),
    D("F05", "Postoperative delirium, resolved",
      "R22: delirium due to a known physiological condition, treated during the stay."),
    N("not on treatment", "R10", "no long-term osteoporosis drug: no Z79.83"),
    N("no antipsychotics", "R01", "negated"),
),
note("obstetrics and gynecology|in|2026-03-27|21|est|F29|mcd", """
POSTPARTUM DISCHARGE SUMMARY

29 y/o G2 P2002, admitted 3/25/2026 in spontaneous active labor at 39 weeks 3 days.
Prenatal course: uncomplicated. Blood type O+, rubella immune, HIV/HBsAg/syphilis negative.
GBS negative at 36 weeks - no intrapartum prophylaxis needed. No gestational diabetes (1-h GCT
normal), no hypertension in pregnancy.

Delivery 3/25 at 14:12: spontaneous vaginal delivery of a single liveborn male, 3,420 g, Apgars
8 and 9, vertex presentation, no instrumentation. Epidural analgesia. Placenta delivered intact.
Perineum intact, no repair needed. EBL 300 mL.

Postpartum course: uneventful. Afebrile. Voiding, ambulating. Breastfeeding well with lactation
support. Hgb 11.2 postpartum. Fundus firm. Baby rooming in, discharged with mother.

Discharge Diagnosis: Normal spontaneous vaginal delivery, full term, single live born infant.
Contraception: plans progestin-only pill at 6 weeks.

Instructions: pelvic rest 6 weeks, ibuprofen prn. Call for fever > 100.4, heavy bleeding soaking
a pad an hour, severe headache or calf pain. Postpartum visit 2-3 weeks (mood check) and 6 weeks.
""",
    D("O80", "Normal spontaneous vaginal delivery",
      "R25: O80 - uncomplicated full-term vaginal delivery of a single liveborn, no complications."),
    D("Z3A.39", "39 weeks 3 days", "R25: weeks of gestation at admission."),
    D("Z37.0", "single live born infant", "R25: outcome of delivery, required with O80."),
    N("GBS negative at 36 weeks", "R01", "no GBS carrier state (would rule out O80)"),
    N("Perineum intact, no repair needed", "R01", "no laceration"),
    N("Call for fever > 100.4", "R07", "conditional instruction"),
),
note("psychiatry|in|2026-03-30|21|est|M38|com", """
INPATIENT PSYCHIATRY - DISCHARGE SUMMARY

Dates: 3/18/2026 - 3/30/2026 (voluntary admission).

Reason for admission: 38 yo M, Army veteran, brought by his wife after 3 weeks of worsening
depression with near-total insomnia, not eating, and hearing a voice telling him he is "worthless
and should disappear." Suicidal ideation with a plan to overdose; no attempt.
First lifetime depressive episode. Drinking 8-10 beers nightly for a year (AUDIT 24), last drink
the day before admission. Nightmares and hypervigilance since a deployment in 2012.

Hospital course: CIWA protocol - minimal withdrawal (max CIWA 7), no seizures, no DT; no
benzodiazepines needed after day 2. Sertraline titrated to 100 mg, aripiprazole 5 mg added for
psychotic features; voices resolved by day 8. Daily groups, CBT, safety planning with wife.
Naltrexone started for alcohol. PTSD screening (PCL-5) elevated; trauma assessment incomplete
because of the short stay.
Suicidal ideation resolved; denies SI at discharge; future-oriented.

Discharge Diagnoses:
1. Major depressive disorder, single episode, severe with psychotic features
2. Alcohol use disorder, moderate
3. Suspected posttraumatic stress disorder - VA PTSD clinic to complete evaluation
4. Suicidal ideation - resolved

Discharge meds: sertraline 100 mg, aripiprazole 5 mg, naltrexone 50 mg, thiamine.
Follow-up: VA outpatient psychiatry 3/31, IOP for alcohol. Crisis line 988 and return to the ED if
suicidal thoughts return.
""",
    D("F32.3", "Major depressive disorder, single episode, severe with psychotic features",
      "R21: principal - MDD single episode, severe, with psychotic features."),
    D("F10.20", "Alcohol use disorder, moderate",
      "R22: moderate alcohol use disorder maps to dependence, uncomplicated (minimal withdrawal)."),
    D("F43.10", "Suspected posttraumatic stress disorder",
      "R04: 'suspected' diagnosis at inpatient discharge coded as established (PTSD, unspecified)."),
    D("R45.851", "Suicidal ideation",
      "R22: suicidal ideation is coded with depression (no attempt) per the tabular instructions."),
    N("no attempt", "R01", "no suicide attempt (T14.91-)"),
    N("no seizures, no DT", "R01", "withdrawal complications negated"),
    N("return to the ED if\nsuicidal thoughts return", "R07", "conditional instruction"),
),
note("neurology|in|2026-03-31|21|est|F74|mcr", """
STROKE SERVICE DISCHARGE SUMMARY

Admitted 3/26/2026 via ED as stroke alert; discharged 3/31/2026 to inpatient rehabilitation.

74-year-old right-handed woman with HTN and hyperlipidemia, found by her husband at 07:30 with
right arm and face weakness and difficulty speaking; last known well 23:00 (outside tPA window).
NIHSS on arrival 5. CTA: occlusion of a left MCA M2 branch, not a thrombectomy candidate
(distal, mild deficits). MRI: acute infarct left MCA territory (insular and frontal operculum).
Telemetry: atrial fibrillation, first detected this admission - likely cardioembolic source.
Echo: LVEF 60%, LA mildly dilated, no thrombus.

Course: permissive hypertension first 24 h, then amlodipine resumed. Apixaban started day 4
after repeat imaging showed no hemorrhagic transformation. Atorvastatin increased to 80 mg.
Deficits at discharge: right hemiparesis (arm > leg), mild expressive aphasia, right facial droop.
Dysphagia screen passed - regular diet.

Discharge Diagnoses:
1. Acute ischemic stroke, left middle cerebral artery territory, due to occlusion of left MCA
2. Right hemiparesis (dominant side) and expressive aphasia secondary to stroke
3. Atrial fibrillation, newly diagnosed
4. Hypertension
5. Hyperlipidemia

Rehab: PT/OT/SLP. Follow-up neurology stroke clinic 4 weeks, cardiology 2 weeks.
""",
    D("I63.512", "Acute ischemic stroke, left middle cerebral artery territory, due to occlusion of left MCA",
      "R21: principal - cerebral infarction due to occlusion of the left MCA (R11 left)."),
    D("G81.91", "Right hemiparesis (dominant side)",
      "R22: stroke deficits present at discharge are coded; right dominant side (right-handed)."),
    D("R47.01", "expressive aphasia", "R22: aphasia as a current stroke deficit."),
    D("R29.810", "right facial droop", "R22: facial weakness as a current stroke deficit."),
    D("R29.705", "NIHSS on arrival 5", "R22: NIHSS score 5, coded with the acute stroke."),
    D("I48.91", "Atrial fibrillation, newly diagnosed", "R22: atrial fibrillation, type not specified."),
    D("I10", "4. Hypertension", "R20: hypertension."),
    D("E78.5", "5. Hyperlipidemia", "R20: hyperlipidemia, statin increased."),
    N("no hemorrhagic transformation", "R01", "negated"),
    N("no thrombus", "R01", "negated"),
    N("Dysphagia screen passed", "R01", "no dysphagia code"),
),
note("pulmonology|in|2026-04-01|21|est|F48|com", """
PULMONARY SERVICE - DISCHARGE SUMMARY

Admit 3/28/2026, discharge 4/1/2026.

48 yo F with obesity (BMI 38.4) presented with 3 days of pleuritic right chest pain and dyspnea,
HR 112, SpO2 91% RA. Left calf swelling for a week. CTA chest: acute segmental and subsegmental
pulmonary emboli in the right lower lobe, RV/LV ratio 0.8, no RV strain. Troponin and BNP normal.
Duplex: acute occlusive thrombus of the left femoral vein.
Unprovoked: no recent surgery, immobilization, travel, or estrogen use. Age-appropriate cancer
screening up to date; CT abdomen/pelvis without malignancy. No family history of clots.

Course: heparin infusion -> apixaban 10 mg BID x 7 days then 5 mg BID. Oxygen weaned to room
air by day 2. Ambulating without dyspnea. No bleeding.
Weight-management referral given obesity as a risk factor.

Discharge Diagnoses:
1. Acute pulmonary embolism without acute cor pulmonale (segmental, RLL)
2. Acute deep vein thrombosis of the left femoral vein
3. Obesity, class 2, BMI 38.4

Plan: apixaban for at least 3 months, then decide on extended therapy given unprovoked event.
Pulmonary clinic 6 weeks. If she develops bleeding, black stools, or worsening dyspnea, return.
""",
    D("I26.99", "Acute pulmonary embolism without acute cor pulmonale",
      "R21: principal - other pulmonary embolism without acute cor pulmonale."),
    D("I82.412", "Acute deep vein thrombosis of the left femoral vein",
      "R11: acute embolism and thrombosis of the left femoral vein."),
    D("E66.812", "Obesity, class 2", "R22: obesity class 2 documented by the provider."),
    D("Z68.38", "BMI 38.4", "R22: BMI 38.0-38.9 with the obesity diagnosis."),
    N("no RV strain", "R01", "no acute cor pulmonale"),
    N("without malignancy", "R01", "malignancy excluded"),
    N("No family history of clots", "R01", "negated family history"),
    N("If she develops bleeding", "R07", "conditional instruction"),
),
]
