"""TEST split notes 16-30: inpatient medicine, urgent care, rheumatology, urology, ENT, ED."""

from corpora.tools.heldout_spec import D, H, N, P, note

NOTES = [
note("hospital medicine|in|2026-01-29|21|est|F77|mcr", """
HOSPITAL MEDICINE DISCHARGE SUMMARY

Dates: admitted 1/25/2026, discharged 1/29/2026.

History: 77F with HTN and depression was brought in by her daughter for 3 days of confusion,
nausea and unsteady gait. Sertraline had been increased from 50 to 100 mg three weeks ago.
Admission Na 118, serum osm 248, urine osm 460, urine Na 52, euvolemic on exam, TSH and AM
cortisol normal. No head trauma, CT head negative for acute process.

Course: Diagnosed with SIADH due to the SSRI (adverse effect, taken as prescribed). Sertraline
held, fluid restriction 1 L/day, salt tabs. Na corrected slowly: 118 -> 124 -> 127 -> 131.
Mentation returned to baseline by day 3. PT cleared her for home with a walker.
Pneumonia and malignancy were considered but CXR was clear and CT chest showed no mass - ruled out.

Discharge Diagnoses:
1. Hyponatremia due to SIADH secondary to sertraline
2. Adverse effect of SSRI
3. Depression - sertraline stopped; psychiatry to consider mirtazapine
4. Essential hypertension - HCTZ discontinued permanently, continue amlodipine

Discharge meds: amlodipine 5 mg daily, NaCl 1 g TID x 1 week.
Follow-up: PCP in 3-5 days with BMP. Return to the ED if confusion, falls, or seizures occur.
""",
    D("E22.2", "Hyponatremia due to SIADH",
      "R13: Excludes1: E87.1 hyponatremia excludes hyponatremia with SIADH, so only E22.2 is coded."),
    D("T43.225A", "Adverse effect of SSRI",
      "R21: Adverse effect of a drug properly taken: the manifestation first, then T43.225A (initial)."),
    D("F32.A", "3. Depression", "R22: Depression, unspecified, documented and managed."),
    D("I10", "Essential hypertension", "R20: Essential hypertension."),

    N("Pneumonia and malignancy were considered", "R01", "ruled out"),
    N("No head trauma", "R01", "negated"),
    N("Hyponatremia", "R13", "E87.1 is Excludes1 with SIADH E22.2"),
    N("Return to the ED if confusion", "R07", "conditional instruction"),
),
note("urgent care|out|2026-01-30|11|new|M38|com", """
URGENT CARE - Laceration

38M cut his right forearm on sheet metal at home ~1 hr ago. Bleeding controlled with towel.
Last tetanus shot: "not sure, maybe high school." No numbness or weakness of hand. Right-handed.
PMH: none. Meds: none. NKDA.

Exam: 3.5 cm linear laceration, volar right mid-forearm, subcutaneous depth, clean edges, no
visible foreign body, no tendon exposure. Full finger flexion/extension against resistance.
Sensation intact in median, ulnar, radial distributions. Cap refill brisk.

Procedure: simple laceration repair, 3.5 cm, right forearm.
Local 1% lidocaine without epi 4 mL. Irrigated with 250 mL NS, explored - no foreign body, no
tendon injury. Closed with 5 interrupted 4-0 nylon sutures, single layer. Bacitracin and
dressing. Tolerated well.

Tdap 0.5 mL IM left deltoid administered by MA; VIS given.

Dx: Laceration without foreign body of right forearm, initial encounter.
Plan: keep dry 24 h, then gentle washing. Suture removal in 10 days. Watch for redness, pus,
red streaks or fever and return if they appear.
""",
    D("S51.811A", "Laceration without foreign body of right forearm, initial encounter",
      "R12: Injury: laterality, no foreign body, 7th character A."),
    D("Z23", "Tdap 0.5 mL IM", "R18: Encounter for immunization (Tdap)."),
    P("12002", "simple laceration repair, 3.5 cm, right forearm",
      "R18: Simple repair of extremity wound, 2.6-7.5 cm.", units=1),
    P("90715", "Tdap 0.5 mL IM left deltoid", "R24: Vaccine product: Tdap.", units=1),
    P("90471", "administered by MA", "R18: Vaccine administration, one vaccine.", units=1),

    N("No numbness or weakness of hand", "R01", "negated"),
    N("no tendon exposure", "R01", "negated"),
    N("return if they appear", "R07", "conditional instruction"),
),
note("urgent care|out|2026-02-02|11|est|F27|com", """
Urgent care visit, return patient.
CC: burning with urination x 2 days.

27 yo F with dysuria, urinary frequency, and suprapubic pressure since Saturday. No visible
blood in urine. Fever - none. Flank pain - none. Nausea/vomiting - none. Vaginal discharge - none.
LMP 2 weeks ago, regular; sexually active with one male partner, uses condoms inconsistently.
No prior UTIs. No recent antibiotics. Allergies: nitrofurantoin (GI upset, not allergy - can use).

Exam: T 36.9, HR 78, BP 116/72. Well-appearing. Abdomen soft, mild suprapubic tenderness,
no CVA tenderness bilaterally.

In-office tests:
- Urine dipstick (manual read): leukocyte esterase 2+, nitrite positive, blood negative,
  protein trace.
- Urine hCG (visual): negative.
Urine culture sent to reference lab.

Assessment: Acute cystitis without hematuria. No signs of pyelonephritis.

Plan: Nitrofurantoin monohydrate/macrocrystals 100 mg BID x 5 days. Phenazopyridine 200 mg TID
x 2 days. Hydration. Will call with culture and adjust if needed. If fever, flank pain, or
vomiting develop, go to ED. Discussed STI testing - declined today.
""",
    D("N30.00", "Acute cystitis without hematuria",
      "R22: Acute cystitis, no hematuria; pyelonephritis negated and not coded."),
    P("99213", "Nitrofurantoin monohydrate/macrocrystals 100 mg BID x 5 days",
      "R15: E/M by MDM: acute uncomplicated illness with prescription drug management - low."),
    P("81002", "Urine dipstick (manual read)", "R19: Non-automated dipstick urinalysis without microscopy.",
      units=1),
    P("81025", "Urine hCG (visual)", "R19: Urine pregnancy test by visual color comparison.", units=1),

    N("Fever - none", "R02", "ROS negative"),
    N("No signs of pyelonephritis", "R01", "negated"),
    N("dysuria", "R23", "symptom integral to cystitis"),
    N("If fever, flank pain", "R07", "conditional instruction"),
),
note("rheumatology|out|2026-02-03|11|est|F52|com|min=32", """
RHEUMATOLOGY - FOLLOW UP

52 y/o F with seropositive rheumatoid arthritis (RF+, anti-CCP high) since 2019, hands, wrists
and feet, no extra-articular disease. On methotrexate 20 mg weekly + folic acid, prednisone 5 mg
daily (unable to taper below 5 without flare). Reports 45 min AM stiffness, swelling of R 2nd/3rd
MCPs last 2 weeks. No oral ulcers, no cough or SOB. Ocular sx: none.
Labs 1/2026: CBC normal, ALT 28, Cr 0.7, ESR 34, CRP 1.8.

Exam: synovitis R 2nd and 3rd MCP, L wrist; tenderness both MTP rows; no nodules. Lungs clear.
CDAI 18 (moderate activity).

Assessment:
Rheumatoid arthritis with rheumatoid factor, multiple sites, without organ or systems
involvement - moderate activity despite MTX.
Long-term methotrexate - labs monitored q3 months.
Long-term systemic steroid use - prednisone 5 mg; DXA ordered (last 2023 normal).

Plan:
- Add hydroxychloroquine 200 mg BID (triple therapy discussed; pt prefers this over biologic for
  now). Baseline retinal exam ordered.
- Continue MTX 20 mg/wk, folic acid 1 mg daily. CBC/CMP q12 weeks.
- Calcium + vitamin D.
- RTC 3 months, call sooner if flare.

Time: I spent 32 minutes total on this visit today including review of labs, exam, counseling,
shared decision making, and documentation.
""",
    D("M05.79", "Rheumatoid arthritis with rheumatoid factor, multiple sites, without organ or systems",
      "R22: Seropositive RA of multiple sites without organ involvement."),
    D("Z79.631", "Long-term methotrexate", "R10: Long-term use of an antimetabolite (methotrexate)."),
    D("Z79.52", "Long-term systemic steroid use", "R10: Long-term systemic steroids (prednisone)."),
    P("99214", "32 minutes total", "R14: Established E/M by total time 30-39 minutes."),

    N("no extra-articular disease", "R01", "negated"),
    N("No oral ulcers, no cough or SOB", "R01", "negated"),
),
note("urology|out|2026-02-04|11|est|M68|mcr", """
UROLOGY PROGRESS NOTE

CC: urinary symptoms f/u, PSA

68 yo man with BPH on tamsulosin 0.4 mg x 1 yr. Still up 3x/night to void, weak stream,
hesitancy. IPSS 19 (moderate), QoL 4. No gross hematuria, no dysuria, no retention episodes.
PSA trend: 3.1 (2024) -> 4.6 (12/2025) -> 4.8 (repeat 1/2026). Free PSA 14%.
Fam hx: father had prostate cancer dx at 72, treated with radiation.
PMH: HTN, HLD. Meds: tamsulosin, lisinopril, simvastatin. NKDA.

Exam: Abd soft, bladder not palpable. GU: normal phallus, testes descended, no masses.
DRE: prostate ~45 g, smooth, symmetric, no nodules, nontender.

Bladder scan post void (performed in office): PVR 140 mL.

Assessment:
1. BPH with lower urinary tract symptoms - nocturia, weak stream; PVR 140.
2. Elevated PSA - rising, low free fraction.
3. Family history of prostate cancer.

Plan:
- Add finasteride 5 mg daily (note it will halve PSA - will adjust interpretation). Continue
  tamsulosin.
- Prostate MRI ordered; if PI-RADS 3 or higher, MRI-fusion biopsy.
- Recheck PVR next visit. Go to ED if unable to void.
""",
    D("N40.1", "BPH with lower urinary tract symptoms",
      "R22: BPH with LUTS; use additional code for the associated symptoms."),
    D("R35.1", "nocturia", "R22: Associated LUTS (nocturia) coded in addition to N40.1."),
    D("R39.12", "weak stream", "R22: Associated LUTS (poor urinary stream)."),
    D("R39.11", "hesitancy", "R22: associated LUTS (urinary hesitancy), per the N40.1 note."),
    D("R97.20", "Elevated PSA", "R22: Elevated prostate specific antigen."),
    D("Z80.42", "Family history of prostate cancer", "R05: Family history of malignant neoplasm of prostate."),
    P("99214", "Add finasteride 5 mg daily",
      "R15: E/M by MDM: chronic illness with progression plus abnormal test, Rx drug management."),
    P("51798", "Bladder scan post void (performed in office)",
      "R18: Post-void residual by bladder ultrasound, non-imaging.", units=1),

    N("No gross hematuria, no dysuria, no retention episodes", "R01", "negated"),
    N("if PI-RADS 3 or higher, MRI-fusion biopsy", "R07", "conditional plan"),
    N("Go to ED if unable to void", "R07", "conditional"),
),
note("otolaryngology|out|2026-02-05|11|new|M61|com", """
ENT CLINIC - NEW PATIENT

Reason: muffled hearing both ears, nasal congestion.

History: 61-year-old man, referred by PCP. Both ears feel "plugged" for a month, worse after
using cotton swabs. No ear pain, drainage, vertigo or tinnitus. Separately, each spring and fall
he has sneezing, clear rhinorrhea, itchy eyes; currently symptomatic for 3 weeks with ragweed
season over but mold counts high. OTC loratadine partly helps. No epistaxis, no facial pain.
PMH: HTN. Meds: losartan, loratadine. Allergies: none. Never smoker.

Exam:
Ears: bilateral canals completely occluded with hard, impacted cerumen; TMs not visualized.
Nose: pale, boggy inferior turbinates, clear secretions, septum midline, no polyps.
OC/OP: clear. Neck: no adenopathy.

Procedure: removal of impacted cerumen, bilateral, using curette and suction under binocular
microscopy. After removal: canals intact, TMs intact and mobile bilaterally. Patient reports
hearing improved. No bleeding.

Assessment:
1. Impacted cerumen, bilateral - removed.
2. Seasonal allergic rhinitis, active.

Plan:
- Avoid cotton swabs; mineral oil drops weekly.
- Start fluticasone nasal spray 2 sprays each nostril daily (Rx), continue loratadine.
  Reviewed spray technique.
- Audiogram not needed given symptom resolution. Follow up 6 weeks for rhinitis.
""",
    D("H61.23", "Impacted cerumen, bilateral", "R11: Laterality: impacted cerumen, both ears."),
    D("J30.2", "Seasonal allergic rhinitis", "R22: Other seasonal allergic rhinitis (pollen season)."),
    P("99203", "Start fluticasone nasal spray",
      "R15: R16 new patient E/M for the separate rhinitis problem (Rx management); modifier 25 (R18).", mods="25"),
    P("69210", "removal of impacted cerumen, bilateral",
      "R18: Cerumen removal with instrumentation; bilateral reported with modifier 50.", mods="50", units=1),

    N("No ear pain, drainage, vertigo or tinnitus", "R01", "negated"),
    N("no polyps", "R02", "normal exam"),
    N("muffled hearing", "R23", "symptom of the cerumen impaction"),
),
note("hospital medicine|in|2026-02-06|21|est|M24|mcd", """
DISCHARGE SUMMARY - Internal Medicine Teaching Service

Patient: 24 y/o male   Admission: 02/03/2026   Discharge: 02/06/2026

Admitting diagnosis: DKA.
HPI/Course: Type 1 diabetes since age 11 on basal-bolus insulin (glargine 22 u, lispro with
meals). Two days of vomiting and watery diarrhea; his roommate had similar symptoms. He
skipped insulin doses when not eating. On arrival glucose 486, pH 7.14, bicarb 9, anion gap 28,
beta-hydroxybutyrate 6.8, K 3.2 after initial fluids. Admitted to step-down on insulin drip
per DKA protocol with potassium repletion. Gap closed at 18 h; transitioned to SC insulin.
GI symptoms resolved with supportive care; stool studies not sent. Likely viral gastroenteritis
as the precipitant. No evidence of pancreatitis (lipase normal). No infiltrate on CXR.

Diabetes education: sick-day rules, never stop basal insulin, ketone strips.

Discharge Diagnoses:
1. Diabetic ketoacidosis without coma, type 1 diabetes mellitus
2. Likely viral gastroenteritis
3. Hypokalemia - repleted

Discharge medications: insulin glargine 22 units nightly, insulin lispro per sliding scale and
carb ratio 1:12.
Follow-up: endocrinology 2 weeks; PCP 1 week. If vomiting recurs or glucose > 300 with ketones,
return to the ED.
""",
    D("E10.10", "Diabetic ketoacidosis without coma, type 1 diabetes mellitus",
      "R21: Type 1 diabetes with ketoacidosis without coma; principal diagnosis."),
    D("A08.4", "Likely viral gastroenteritis",
      "R04: Inpatient: 'likely' diagnosis at discharge coded as established (viral intestinal infection)."),
    D("E87.6", "Hypokalemia - repleted", "R22: Hypokalemia treated."),

    N("No evidence of pancreatitis", "R01", "ruled out"),
    N("No infiltrate on CXR", "R01", "negated"),
    N("If vomiting recurs", "R07", "conditional instruction"),
),
note("family medicine|out|2026-02-09|11|est|F45|com", """
ANNUAL PHYSICAL + PROBLEM

45 yo F for annual preventive exam. Also reports L knee pain x 3 weeks - addressed separately.

Preventive: Feels well. Exercise: spin class 3x/wk. Diet balanced. Sleep 7 h. Mood good,
PHQ-2 = 0. No tobacco, 2-3 drinks/week, no drugs. Monogamous, IUD in place (placed 2023).
Last Pap/HPV co-test 2023 normal. Mammogram 3/2025 BI-RADS 1. Colon cancer screening: FIT
negative 4/2025. Tdap 2020. Flu vaccine received at pharmacy in October.
Family history: mother - breast cancer at 51; maternal aunt - breast cancer at 60. Father - HTN.

Knee: gradual onset L knee pain, anterior, worse with stairs and after spin class, no swelling,
no locking or giving way. No injury. Ibuprofen helps.

ROS: fevers - no; weight change - no; chest pain - no; dyspnea - no; bowel change - no;
breast lump - no; joint swelling - no.

Exam: BP 118/76, BMI 24.1. General well. Thyroid normal. Breasts: no masses, no nipple discharge,
no axillary nodes. Heart RRR. Lungs clear. Abd benign. Skin: no concerning lesions.
L knee: no effusion, patellar facet tenderness, pain with patellar compression, ligaments stable,
McMurray negative.

Assessment/Plan:
1. Encounter for general adult medical exam without abnormal findings. Counseling done; lipid
   panel and A1c ordered. Mammogram ordered for 3/2026. Pap due 2028.
2. Family history of breast cancer (mother, aunt) - discussed genetic counseling referral
   (BRCA); she agrees. Continue annual mammography.
3. Left knee pain, likely patellofemoral - quad/hip strengthening program given, ice after
   exercise, ibuprofen 400 mg prn OTC. PT referral if not improved in 6 weeks.
""",
    D("Z00.00", "general adult medical exam without abnormal findings",
      "R17: Preventive exam without abnormal findings is first-listed."),
    D("M25.562", "Left knee pain",
      "R03: Outpatient: 'likely patellofemoral' is uncertain, so the symptom (left knee pain) is coded."),
    D("Z80.3", "Family history of breast cancer", "R05: Family history of breast malignancy."),
    P("99396", "ANNUAL PHYSICAL", "R17: Preventive visit, established patient age 40-64."),
    P("99213", "quad/hip strengthening program given",
      "R15: Separate problem E/M (acute uncomplicated injury, OTC drugs) - low; modifier 25 (R18).", mods="25"),

    N("fevers - no", "R02", "ROS negative"),
    N("breast lump - no", "R02", "ROS negative"),
    N("Father - HTN", "R05", "family history not affecting care"),
    N("PT referral if not improved", "R07", "conditional plan"),
),
note("emergency medicine|out|2026-02-10|23|new|M59|com", """
EMERGENCY DEPARTMENT NOTE

CC: chest pain

HPI: 59 yo M w/ HTN, HLD presents with 6 h of intermittent left-sided chest "burning" after a
large spicy dinner, worse lying flat, not exertional, no radiation. No diaphoresis. No SOB.
No palpitations. No leg swelling. Not on anticoagulants. Never smoker. No known CAD; treadmill
stress test 2022 negative.

Meds: amlodipine 5, rosuvastatin 10. Allergies: NKDA.
ROS: fever: none; cough: none; nausea: mild; vomiting: none; abdominal pain: none.

Exam: T 36.8, HR 82, BP 148/88, RR 16, SpO2 99%. Comfortable. Heart RRR, no murmur. Lungs
clear. Chest wall nontender. Abd soft, mild epigastric tenderness. Calves soft, nontender.

Results: ECG (interpreted by cardiology): NSR 80, no ST/T changes.
hs-troponin 0 h 4 ng/L, 2 h 4 ng/L. CBC, BMP, lipase normal. CXR: no acute process.
HEART score 3 (low risk).

MDM: Differential includes ACS, PE, dissection, esophageal/GERD. ACS ruled out with serial
troponins and nonischemic ECG; PE unlikely (PERC negative). Presentation most consistent with
possible GERD. Moderate complexity: undiagnosed new problem with uncertain prognosis, multiple
tests reviewed, prescription given.

Diagnosis: Atypical chest pain, noncardiac. Possible GERD.
HTN - not at goal, continue meds, recheck with PCP.
HLD - on statin.

Plan: famotidine 20 mg BID x 2 weeks (Rx). PCP f/u within 1 week. Return for chest pain with
exertion, shortness of breath, fainting.
""",
    D("R07.89", "Atypical chest pain, noncardiac",
      "R03: ED is outpatient: ACS ruled out and 'possible GERD' is not coded; code the symptom."),
    D("I10", "HTN - not at goal", "R20: Chronic hypertension affecting care."),
    D("E78.5", "HLD - on statin", "R20: Hyperlipidemia on treatment."),
    P("99284", "Moderate complexity", "R15: ED E/M by MDM: moderate."),

    N("ACS ruled out", "R01", "ruled out"),
    N("possible GERD", "R03", "uncertain outpatient/ED diagnosis"),
    N("PE unlikely", "R03", "uncertain, not coded"),
    N("fever: none", "R02", "ROS negative"),
    N("Return for chest pain", "R07", "conditional instruction"),
),
note("cardiology|in|2026-02-11|21|est|M62|com", """
CARDIOLOGY DISCHARGE SUMMARY

Admitted: 2/8/2026    Discharged: 2/11/2026
Principal diagnosis: NSTEMI

Presentation: 62M active smoker (1 ppd x 40 yrs), type 2 DM on metformin, hyperlipidemia,
presented with 2 h of substernal pressure at rest. Troponin I peak 4.8 ng/mL. ECG: 1 mm ST
depression V4-V6, no ST elevation. Father had MI at 52, brother CABG at 55.

Hospital course: Heparin drip, aspirin, ticagrelor, high-intensity statin. Cath 2/9: 90% mid-LAD
stenosis treated with drug-eluting stent; 50% RCA, non-obstructive. Native coronaries, no grafts.
Echo: EF 50%, mild anterior hypokinesis. Uncomplicated post-PCI course. Smoking cessation
counseling provided; started nicotine patch. A1c 7.1.

Discharge Diagnoses:
1. Non-ST elevation myocardial infarction (NSTEMI), type 1
2. Coronary artery disease of native coronary arteries, s/p DES to mid-LAD
3. Type 2 diabetes mellitus without complications, on metformin
4. Hyperlipidemia
5. Cigarette smoker - nicotine dependence
6. Family history of premature coronary disease

Discharge medications: aspirin 81 mg, ticagrelor 90 mg BID, atorvastatin 80 mg, metoprolol
tartrate 25 mg BID, metformin 1000 mg BID, nicotine patch 21 mg/day, SL NTG prn.

Instructions: cardiac rehab referral. No driving 1 week. Call 911 for chest pain not relieved by
one nitroglycerin. Follow-up cardiology clinic 2 weeks.
""",
    D("I21.4", "Non-ST elevation myocardial infarction (NSTEMI), type 1",
      "R21: Principal: NSTEMI within 4 weeks, type 1."),
    D("I25.10", "Coronary artery disease of native coronary arteries",
      "R22: Native CAD coded with the MI; no angina code since the MI is coded."),
    D("E11.9", "Type 2 diabetes mellitus without complications", "R22: Type 2 DM without complications."),
    D("Z79.84", "on metformin", "R10: Long-term oral hypoglycemic."),
    D("E78.5", "4. Hyperlipidemia", "R20: Hyperlipidemia."),
    D("F17.210", "Cigarette smoker - nicotine dependence", "R22: Nicotine dependence, cigarettes, uncomplicated."),
    D("Z82.49", "Family history of premature coronary disease",
      "R05: Family history of ischemic heart disease."),

    N("no ST elevation", "R01", "negated"),
    N("Call 911 for chest pain", "R07", "conditional instruction"),
),
note("emergency medicine|out|2026-02-12|23|est|F12|mcd", """
PEDIATRIC ED NOTE
12 y/o F with known moderate persistent asthma (on fluticasone 110 mcg 2 puffs BID, albuterol
prn) presents with 1 day of wheeze and cough after a cold; used albuterol 4 times since
midnight with short relief. No fever. No vomiting. No sick contacts with flu. Last oral steroids
8 months ago. Never intubated, never PICU.

Exam: T 37.0, HR 118, RR 28, SpO2 92% RA. Speaking in phrases. Subcostal retractions,
diffuse expiratory wheeze, prolonged expiratory phase. Throat mildly red, TMs normal.
PRAM score 6 (moderate).

ED course: albuterol/ipratropium neb x3 back to back, dexamethasone 16 mg PO. Reassessed at 1 h:
SpO2 96%, mild end-expiratory wheeze only, no retractions, PRAM 1. Observed 3 h total without
recurrence.

MDM: acute exacerbation of chronic illness requiring repeated treatments and prescription
medication; reassessments and discharge decision - moderate.

Diagnosis: Moderate persistent asthma with acute exacerbation, likely viral trigger.

Discharge: albuterol 4 puffs q4h x 48 h then prn; continue fluticasone BID (adherence
reviewed - she often misses PM dose). Asthma action plan updated. PCP visit in 2-3 days.
Return for breathing difficulty, retractions, or needing albuterol more than every 4 hours.
""",
    D("J45.41", "Moderate persistent asthma with acute exacerbation",
      "R22: Asthma severity plus acute exacerbation combination code."),
    P("99284", "reassessments and discharge decision - moderate",
      "R15: ED E/M by MDM: exacerbation of chronic illness, Rx management."),

    N("No fever", "R01", "negated"),
    N("likely viral trigger", "R03", "uncertain infection in the ED"),
    N("Return for breathing difficulty", "R07", "conditional instruction"),
),
note("endocrinology|out|2026-02-13|11|est|F64|mcr|min=25", """
Endocrine follow-up

64F, s/p radioactive iodine ablation for Graves disease (2018), now hypothyroid on replacement.
Feels well. No palpitations, tremor, heat/cold intolerance. Weight stable. On levothyroxine
112 mcg daily, taken correctly on empty stomach. TSH 2.1 last week.

Also followed for a 1.4 cm left thyroid nodule (TI-RADS 3), benign FNA 2022; US 12/2025 unchanged.
And postmenopausal osteoporosis: DXA 2024 L-spine T -2.7, femoral neck T -2.2, no fractures.
On alendronate 70 mg weekly since 2021; tolerates well, no reflux.

Meds: levothyroxine 112 mcg, alendronate 70 mg weekly, calcium/vit D. Allergies: iodinated
contrast (hives).

Exam: HR 72, BP 124/70. No proptosis or lid lag. Thyroid: small, 1 cm firm nodule L lobe,
nontender. No tremor. Spine nontender.

Assessment/Plan:
1. Postablative hypothyroidism - TSH at goal. Continue levothyroxine 112 mcg.
2. Thyroid nodule, left, benign cytology, stable - repeat US in 2 years.
3. Age-related osteoporosis without fracture on bisphosphonate - 5 years of alendronate in 2026;
   repeat DXA in 6 months to decide on drug holiday.

25 minutes total time today on the day of visit (reviewing US and labs, visit, plan).
""",
    D("E89.0", "Postablative hypothyroidism",
      "R22: Postprocedural hypothyroidism after radioiodine ablation; Graves disease no longer coded."),
    D("E04.1", "Thyroid nodule, left, benign cytology, stable", "R22: Nontoxic single thyroid nodule."),
    D("M81.0", "Age-related osteoporosis without fracture",
      "R22: Age-related (postmenopausal) osteoporosis, no current pathological fracture."),
    D("Z79.83", "on bisphosphonate", "R10: Long-term bisphosphonate use."),
    P("99213", "25 minutes total time", "R14: Established E/M by total time 20-29 minutes."),

    N("No palpitations, tremor, heat/cold intolerance", "R01", "negated"),
    N("No proptosis or lid lag", "R02", "normal exam"),
    N("Graves disease", "R20", "ablated; the current condition is postablative hypothyroidism"),
),
note("neurology|out|2026-02-16|11|est|M33|mcd", """
Neurology Clinic - Epilepsy F/U

33 y.o. man with epilepsy following TBI from motorcycle crash in 2017 (resolved except for
seizures). Focal-onset seizures with impaired awareness, occasional bilateral tonic-clonic, last
seizure 14 months ago. On levetiracetam 1000 mg BID with good adherence; mild irritability early
on, now resolved. Not driving until 6 months seizure-free per state law - now driving again.
No headaches. Sleeping well. Alcohol: rare.

Exam: Alert, oriented. Language and memory intact. CN intact. Motor 5/5, reflexes symmetric,
gait normal. Mood appropriate.

Impression: Post-traumatic focal epilepsy with impaired-awareness (complex partial) seizures,
not intractable, without status epilepticus - well controlled on levetiracetam.
History of traumatic brain injury.

Plan:
- Continue levetiracetam 1000 mg BID; refills x 12 months sent.
- Seizure precautions reviewed: no swimming alone, no heights.
- Rescue plan: if a seizure lasts > 5 minutes or clusters occur, family to give intranasal
  midazolam and call 911.
- EEG not needed at this time.
- RTC 12 months.
""",
    D("G40.209", ["Post-traumatic focal epilepsy with impaired-awareness (complex partial) seizures",
                  "not intractable, without status epilepticus"],
      "R22: Symptomatic localization-related epilepsy with complex partial seizures, not intractable."),
    D("Z87.820", "History of traumatic brain injury", "R06: Personal history of TBI (resolved)."),
    P("99213", "refills x 12 months sent",
      "R15: E/M by MDM: one stable chronic illness with prescription drug management - low."),

    N("No headaches", "R01", "negated"),
    N("if a seizure lasts > 5 minutes", "R07", "conditional rescue plan"),
),
note("gastroenterology|in|2026-02-17|21|est|M71|mcr", """
GI Hospital Service - Discharge Summary

71-year-old man admitted 2/13 with 2 days of melena and one episode of coffee-ground emesis.
He had been taking naproxen 500 mg twice daily for knee OA (as directed by his PCP) for 3
months. Hgb 7.2 on arrival (baseline 13.5 in 10/2025). BUN 48. Hemodynamically stable after
fluids.

EGD 2/14: 1.5 cm clean-based ulcer on the lesser curvature of the gastric body with a visible
vessel, treated with epinephrine injection and clips. No duodenal ulcer. Biopsies: chronic
active gastritis, Helicobacter pylori organisms present. No malignancy.

Transfused 2 units PRBC for acute blood loss anemia; Hgb stable at 9.1 x 48 h. IV pantoprazole
then oral. Started H. pylori quadruple therapy. Naproxen stopped - adverse effect of NSAID as
cause of ulcer. No rebleeding.

He has a history of prostate cancer, s/p radical prostatectomy 2015, PSA undetectable, no
treatment since. HTN on amlodipine continued.

Discharge Diagnoses:
1. Acute gastric ulcer with hemorrhage, NSAID-associated
2. Helicobacter pylori infection
3. Acute blood loss anemia
4. Hypertension
5. Personal history of prostate cancer

Meds at discharge: pantoprazole 40 mg BID x 8 wks, bismuth subsalicylate, metronidazole,
tetracycline (quadruple regimen per sheet) x 14 days, amlodipine 5 mg.
Avoid all NSAIDs; use acetaminophen for knee pain.
F/U: GI clinic 4 weeks; urea breath test 4 weeks after therapy. CBC in 1 week.
Return if black stools, vomiting blood, or lightheadedness.
""",
    D("K25.0", "Acute gastric ulcer with hemorrhage",
      "R21: Principal: acute gastric ulcer with hemorrhage (site, acuity and complication)."),
    D("T39.395A", "adverse effect of NSAID",
      "R21: Adverse effect of NSAID taken as prescribed; sequenced after the manifestation."),
    D("B96.81", "Helicobacter pylori infection", "R22: H. pylori as the cause of disease classified elsewhere."),
    D("D62", "Acute blood loss anemia", "R22: Acute posthemorrhagic anemia, transfused."),
    D("I10", "4. Hypertension", "R20: Essential hypertension, medication continued."),
    D("M17.9", "knee OA", "R20: Chronic knee osteoarthritis; analgesic changed at discharge (side not stated)."),
    D("Z85.46", "Personal history of prostate cancer",
      "R06: Personal history: prostate cancer excised, no current treatment."),

    N("No duodenal ulcer", "R01", "negated"),
    N("No malignancy", "R01", "negated"),
    N("No rebleeding", "R01", "negated"),
    N("Return if black stools", "R07", "conditional instruction"),
),
note("family medicine|out|2026-02-18|11|est|M49|com", """
Office Visit - Family Medicine
Established pt, 49M.
CC: low back pain shooting down right leg x 5 days.

HPI: Lifting a couch last weekend, felt a pull in low back. Next day pain radiating down the
back of the right thigh to the calf. Pain 8/10, worse sitting and bending. Took ibuprofen
400 mg with limited relief. Bowel and bladder function normal. No saddle anesthesia. No leg
weakness. No fever, no weight loss, no history of cancer, no IV drug use.

PMH: HLD, prediabetes. Meds: atorvastatin 20 mg. Allergies: NKDA.

Exam: uncomfortable, shifting in chair. Lumbar paraspinal spasm, tenderness L4-S1. SLR positive
on the right at 40 degrees, negative on the left. Strength 5/5 bilateral lower extremities,
including EHL. Patellar and Achilles reflexes 2+ symmetric. Sensation intact.

Assessment: Low back pain with right-sided sciatica (lumbago with sciatica, right side), acute;
no red flags, no radiculopathy deficits on exam. Imaging not indicated now.

Plan:
- Ketorolac 30 mg IM given in office (right gluteal) by nurse for acute pain.
- Rx: cyclobenzaprine 5 mg qhs x 7 days, naproxen 500 mg BID with food x 10 days.
- Stay active, heat; McKenzie handout. No bed rest.
- PT referral if not better in 2 weeks. MRI only if progressive weakness.
- Go to ED right away if numbness in groin, loss of bladder or bowel control, or leg weakness.
""",
    D("M54.41", "lumbago with sciatica, right side",
      "R13: Excludes1 at M54.5: low back pain with sciatica is the combination M54.41, not M54.50 + M54.31."),
    P("99213", "Rx: cyclobenzaprine 5 mg qhs x 7 days",
      "R15: E/M by MDM: acute uncomplicated injury (low) with Rx management - low; modifier 25 (R18) for "
      "the same-day injection.", mods="25"),
    P("96372", "Ketorolac 30 mg IM given in office", "R18: Therapeutic IM injection.", units=1),
    H("J1885", "Ketorolac 30 mg", "R24: Drug supply: ketorolac per 15 mg; 30 mg = 2 units.", units=2),

    N("No saddle anesthesia", "R01", "negated red flag"),
    N("No fever, no weight loss", "R01", "negated"),
    N("prediabetes", "R20", "not addressed at this visit"),
    N("Go to ED right away if numbness", "R07", "conditional instruction"),
),
]
