"""Dev notes dev-r4-01.. (session 2, generalisation round 4; issue #3): hospital and emergency documentation dev
had little of. Full inpatient discharge summaries (discharge-diagnosis lists, principal vs secondary diagnoses,
problem-based hospital courses in prose, uncertain diagnoses at discharge coded as established per II.H, ruled-out
conditions), observation stays (outpatient: uncertain diagnoses not coded; the hospital observation E/M, like
the inpatient one, is out of scope, so ICD-10-CM only), ED notes (E/M 99281-99285 by MDM, outpatient uncertainty
rule) and a hospitalist consult, with vitals and lab tables carrying H/L flags, medication reconciliation lists,
copy-forward problem lists and abbreviations (r/o, c/w, s/p, hx of, 2/2). Conditions: sepsis with septic shock
(I.C.1.d), pneumonia with organism, acute on chronic heart failure, AKI on CKD, COPD exacerbation and respiratory
failure, DKA with insulin underdosing, GI bleeding, acute stroke with deficits, falls with injuries, alcohol
withdrawal and intoxication, pressure ulcers by stage, malnutrition, encephalopathy. Gold written before the
engine ran on them (principal/first-listed diagnosis first).

First run (engine at commit 0ad71cd, before any rule change of this round, 20 notes): ICD-10-CM P 0.724 R 0.786
F1 0.754, ICD evidence F1 0.721, procedure (CPT) F1 0.889 (P 0.800: an office E/M on an observation stay),
E/M level 6/6.
Gold corrected in session 4 (Decisions, falls): dev-r4-07 'recurrent falls' is R29.6, not Z91.81.
Gold corrected in session 4 (Decisions, history and list-only items): dev-r4-13 gains Z92.3 (past radiation of the
breast cancer coded Z85.3), as dev-0023.
"""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-r4-01", dos="2026-01-22",
        specialty="hospital medicine", setting="inpatient", age=74, sex="M", payer="medicare", pos="21",
        text="""
        DISCHARGE SUMMARY

        Adm 1/16/2026   D/C 1/22/2026   LOS 6d
        Attending: Hospitalist, Team 3      Disposition: home w/ home health PT

        PRINCIPAL DIAGNOSIS: Sepsis due to Streptococcus pneumoniae with septic shock
        SECONDARY DIAGNOSES:
        - RLL pneumococcal pneumonia
        - AKI on CKD stage 3b (baseline Cr 1.7)
        - HTN
        - Hyperlipidemia
        - BPH
        - Hx tobacco use, quit 2011

        HOSPITAL COURSE:
        Pt BIBA from home w/ 2d fever, rigors, productive cough and confusion per wife. In ED T 39.4, HR 124,
        BP 78/40 despite 30 mL/kg LR, lactate 5.1. CXR c/w RLL consolidation. Norepinephrine started via R IJ
        CVC and pt admitted to MICU. Blood cx 2/2 grew S. pneumoniae, pan-sensitive; urine strep Ag positive.
        LP done for the confusion: CSF benign, meningitis ruled out. Abx narrowed from vanc/cefepime to
        ceftriaxone HD3. Pressors weaned off HD2, transferred to floor HD3. Cr peaked 3.4 on HD2 (baseline 1.7);
        septic ATN was considered but not confirmed, and Cr improved to 1.9 with fluids. Lisinopril held
        throughout and NOT resumed at d/c. Mental status back to baseline by HD2.

        LABS          admit      d/c
        WBC           21.4 H     9.8
        Lactate       5.1 H      1.2
        Creatinine    3.4 H      1.9 H
        Sodium        133 L      138
        Procalcitonin 18.2 H     --

        VITALS AT D/C: T 36.8  HR 84  BP 132/76  RR 16  SpO2 95% RA

        DISCHARGE MEDICATION RECONCILIATION
        cefpodoxime 200 mg PO BID x 4 more days ...... NEW
        amlodipine 10 mg daily ....................... CONTINUE (HTN)
        lisinopril 20 mg daily ....................... HOLD until PCP visit
        atorvastatin 40 mg nightly ................... CONTINUE (hyperlipidemia)
        tamsulosin 0.4 mg nightly .................... CONTINUE (BPH)

        F/u PCP 1 wk with BMP; pneumococcal vaccine at f/u.
        """,
        codes=[
            c("A40.3", "Sepsis due to Streptococcus pneumoniae with septic shock",
              why="R21: principal diagnosis, systemic infection sequenced first (I.C.1.d.4)"),
            c("R65.21", "Sepsis due to Streptococcus pneumoniae with septic shock",
              why="R22: severe sepsis with septic shock follows the systemic infection (I.C.1.d.2)"),
            c("J13", "RLL pneumococcal pneumonia", why="R22: localized infection, pneumonia due to S. pneumoniae"),
            c("N17.9", "AKI on CKD stage 3b", why="R20: acute organ dysfunction treated"),
            c("I12.9", "HTN", "AKI on CKD stage 3b", why="R08: hypertension with CKD"),
            c("N18.32", "CKD stage 3b", why="R08: CKD stage with I12.9"),
            c("E78.5", "Hyperlipidemia", why="R20: chronic condition, treatment continued"),
            c("N40.0", "BPH", why="R20: chronic condition, treatment continued"),
            c("Z87.891", "Hx tobacco use, quit 2011", why="R06: former smoker"),
        ],
        skips=[
            skip("meningitis ruled out", "R01", "ruled out"),
            skip("septic ATN was considered but not confirmed", "R01", "not confirmed"),
            skip("confusion per wife", "R23", "integral to sepsis, resolved"),
            skip("Sodium        133 L", "R20", "lab value without a diagnosis"),
        ],
    ),
    NoteSpec(
        id="dev-r4-02", dos="2026-03-06",
        specialty="hospital medicine", setting="inpatient", age=81, sex="F", payer="medicare", pos="21",
        provider=1,
        text="""
        DISCHARGE SUMMARY - telemetry unit, hospitalist service
        Dates of stay: 03/02/2026 to 03/06/2026

        Final diagnoses
        Principal: Acute on chronic systolic heart failure (HFrEF, EF 25-30%)
        Other: ischemic cardiomyopathy with coronary artery disease; hypertension; CKD stage 3a; persistent
        atrial fibrillation on apixaban; hypervolemic hyponatremia; possible obstructive sleep apnea.

        Mrs. Lindqvist is an 81-year-old woman with ischemic cardiomyopathy who came in with a week of
        orthopnea, an eight-pound weight gain and leg swelling after a holiday week of salty food. She denied
        chest pain. BNP was 2,840 and the chest film showed bilateral effusions with vascular congestion.
        Troponin stayed flat at 0.03, so no acute coronary syndrome. She was diuresed with IV furosemide 80 mg
        twice daily, net negative 6.1 liters, and is back to her dry weight of 61 kg. Sodium was 129 on arrival
        and came up to 134 with fluid restriction as she diuresed. Creatinine held at 1.4, her baseline for
        stage 3a chronic kidney disease. Her atrial fibrillation, persistent for the past two years, stayed
        rate controlled on metoprolol and apixaban was continued. Her daughter describes loud snoring and
        witnessed pauses; possible obstructive sleep apnea, and an outpatient sleep study was ordered.
        Spironolactone was added; sacubitril-valsartan and metoprolol succinate continued. Gout is on her
        problem list with no flare in years.

        Discharge medications: furosemide 40 mg daily (increased), spironolactone 12.5 mg daily (new),
        sacubitril-valsartan 49/51 mg twice daily, metoprolol succinate 100 mg daily, apixaban 5 mg twice
        daily, atorvastatin 80 mg daily.

        Follow-up: heart failure clinic in 7 days with BMP; daily weights, 2 g sodium diet.
        """,
        codes=[
            c("I13.0", "hypertension", "CKD stage 3a", "Acute on chronic systolic heart failure",
              why="R08/R21: hypertensive heart and kidney disease with heart failure sequenced first (I.C.9.a.3)"),
            c("I50.23", "Acute on chronic systolic heart failure", why="R22: acuity and type of heart failure"),
            c("I25.5", "ischemic cardiomyopathy", why="R20: chronic condition affecting care"),
            c("I25.10", "coronary artery disease", why="R20: chronic condition, statin continued"),
            c("N18.31", "CKD stage 3a", why="R08: CKD stage with I13.0"),
            c("I48.19", "persistent\n        atrial fibrillation", why="R22: persistent atrial fibrillation"),
            c("E87.1", "hypervolemic hyponatremia", why="R20: treated with fluid restriction"),
            c("G47.33", "possible obstructive sleep apnea",
              why="R04: uncertain diagnosis at inpatient discharge coded as established (II.H)"),
            c("Z79.01", "apixaban 5 mg twice\n        daily", why="R10: long-term anticoagulant"),
        ],
        skips=[
            skip("She denied\n        chest pain", "R01", "negated"),
            skip("no acute coronary syndrome", "R01", "ruled out"),
            skip("Gout is on her\n        problem list with no flare in years", "R20", "not addressed"),
        ],
    ),
    NoteSpec(
        id="dev-r4-03", dos="2026-01-30",
        specialty="emergency medicine", setting="outpatient", age=66, sex="M", payer="medicare", pos="23",
        text="""
        ED PHYSICIAN DOCUMENTATION
        Triage: 66 M, SOB x3d, ESI 3
        VS: T 37.2 | HR 102 | RR 24 | BP 148/88 | SpO2 87% RA -> 93% 2L NC

        HPI: Pt w/ COPD (home tiotropium, albuterol prn), current 1 ppd smoker (50 pk-yr), c/o incr SOB,
        wheeze and incr yellow sputum x3d. No CP, no fever, no leg swelling. Not on home O2.
        ROS: otherwise neg x10.
        PE: tachypneic, diffuse exp wheezes, prolonged exp phase. No LE edema.

        ED course: DuoNeb x3, methylprednisolone 125 mg IV, azithromycin 500 mg PO. Re-eval at 2 h: wheezing
        improved, SpO2 94% RA ambulating.
        Data: CBC WBC 11.2 (H), BMP unremarkable, VBG pH 7.38 / pCO2 46. CXR, my independent read:
        hyperinflation, no infiltrate, no PTX.

        MDM: COPD exacerbation, likely viral trigger; r/o PNA - CXR neg. Considered admission for the initial
        hypoxia; pt improved, ambulatory sat OK, good support at home, so discharged. PE less likely (low
        Wells), no CTA.

        Dx:
        1. Acute exacerbation of COPD
        2. Tobacco dependence, cigarettes - cessation counseling 5 min, pt contemplative

        Dispo: home. Rx prednisone 40 mg x5d, azithromycin 250 mg x4d, cont tiotropium. F/u PCP 2-3 d.
        Return if worse SOB, CP or fever.
        """,
        codes=[
            c("J44.1", "Acute exacerbation of COPD", why="R22: COPD with acute exacerbation"),
            c("F17.210", "Tobacco dependence, cigarettes", why="R22: current cigarette dependence"),
            c("99285", "MDM:", mods=["25"],
              why="R15: high MDM - 3 tests plus independent CXR interpretation (extensive data), decision "
                  "regarding hospitalization (high risk); modifier 25 with the separately reported counseling"),
            c("99406", "cessation counseling 5 min", why="R18: tobacco cessation counseling 3-10 minutes"),
        ],
        skips=[
            skip("r/o PNA - CXR neg", "R01", "ruled out"),
            skip("PE less likely", "R03", "uncertain ED diagnosis, considered and not pursued"),
            skip("No CP, no fever, no leg swelling", "R01", "negated"),
            skip("Return if worse SOB, CP or fever", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r4-04", dos="2026-02-11",
        specialty="emergency medicine", setting="outpatient", age=24, sex="F", payer="medicaid", pos="23",
        text="""
        EMERGENCY DEPARTMENT NOTE - attending

        CC: vomiting, "my sugar is high"

        HPI: 24F w/ T1DM since age 11 on MDI (glargine 22 u + lispro sliding scale). Ran out of glargine 4 d ago
        and could not afford the refill until payday, so she has been skipping basal doses and rationing lispro.
        1 day of N/V x6, diffuse abd pain, polyuria. Home meter reads "HI". LMP 2 wk ago.

        Exam: ill-appearing, dry MM, Kussmaul respirations, diffuse mild abd TTP w/o guarding. GCS 15.

        Labs:
          Glucose      612   (H)
          Na 131 (L) | K 5.6 (H) | Cl 96 | HCO3 8 (L) | AG 27 (H)
          BHB          6.8   (H)
          VBG pH       7.09  (L)
          Lipase       41    (nl)
          UA: 3+ ketones, 3+ glucose, LE neg, nitrite neg
          hCG neg

        ED course: 2 L NS bolus, insulin infusion per DKA protocol, K added to fluids once K < 5.2.
        Abd pain felt to be from the DKA itself - benign exam, lipase nl, pancreatitis unlikely.
        Discussed with ICU fellow, who accepts the patient.

        Assessment:
        1. Diabetic ketoacidosis, type 1 DM, without coma - from missed insulin doses due to cost
        2. Insulin rationing, financial hardship - social work and pharmacy assistance consulted

        Disposition: admit MICU, insulin infusion.
        """,
        codes=[
            c("E10.10", "Diabetic ketoacidosis, type 1 DM, without coma",
              why="R21: the condition the underdosing caused is first (I.C.19.e.5.c)"),
            c("T38.3X6A", "missed insulin doses due to cost", "skipping basal doses and rationing lispro",
              why="R12: underdosing of insulin, initial encounter"),
            c("Z91.120", "Insulin rationing, financial hardship", "could not afford the refill",
              why="R22: intentional underdosing due to financial hardship"),
            c("99285", "Assessment:",
              why="R15: high MDM - acute illness posing a threat to bodily function, labs plus discussion "
                  "with the admitting physician, decision for hospitalization"),
        ],
        skips=[
            skip("pancreatitis unlikely", "R03", "uncertain ED diagnosis, not coded"),
            skip("diffuse abd pain", "R23", "integral to DKA"),
            skip("hCG neg", "R01", "negative test"),
        ],
    ),
    NoteSpec(
        id="dev-r4-05", dos="2026-04-09",
        specialty="hospital medicine", setting="inpatient", age=69, sex="M", payer="medicare", pos="21",
        provider=2,
        text="""
        D/C SUMMARY
        Admit 4/06/26   D/C 4/09/26

        Dx at d/c:
        #1 UGIB 2/2 bleeding duodenal ulcer (Forrest IIa), attributed to naproxen use and H. pylori
        #2 Acute blood loss anemia, s/p 2u PRBC
        #3 Paroxysmal AF - apixaban held, resumed 4/09
        #4 Bilateral knee OA - naproxen stopped, acetaminophen instead

        Brief HPI: 69M, melena x2d + lightheadedness. Hgb 6.9 on arrival (baseline 13). Takes naproxen 500 BID
        for knee OA for ~6 mo.

        Course: EGD HD1 - 1.5 cm duodenal bulb ulcer w/ visible vessel, clipped + epinephrine. No varices,
        esophagus nl. Biopsy: H. pylori positive. Pantoprazole gtt -> PO BID. Bismuth quadruple therapy x14d
        started. Transfused 2u PRBC HD1, Hgb stable 8.4-8.7 since. Apixaban held 48h, resumed at d/c per GI
        (CHA2DS2-VASc 3). Hx colon polyps, last c-scope 2023 - no issues this stay.

        Labs        4/06     4/07     4/09
        Hgb         6.9 L    8.2 L    8.6 L
        BUN         48 H     30 H     19
        INR         1.2      1.1      --

        D/C meds: pantoprazole 40 BID, bismuth subsalicylate/metronidazole/tetracycline x14 d, apixaban 5 BID,
        metoprolol tartrate 25 BID, acetaminophen 1 g TID prn. STOP naproxen.
        F/u GI 4 wk with H. pylori stool Ag after therapy.
        """,
        codes=[
            c("K26.4", "bleeding duodenal ulcer", why="R21: principal diagnosis, duodenal ulcer with hemorrhage"),
            c("D62", "Acute blood loss anemia", why="R20: treated with transfusion"),
            c("B96.81", "H. pylori", "Biopsy: H. pylori positive", why="R22: organism causing the ulcer"),
            c("T39.315A", "attributed to naproxen use",
              why="R12: adverse effect of a propionic acid NSAID taken as prescribed, initial encounter"),
            c("I48.0", "Paroxysmal AF", why="R22: paroxysmal atrial fibrillation managed"),
            c("M17.0", "Bilateral knee OA", why="R11: bilateral primary knee osteoarthritis, treatment changed"),
            c("Z79.01", "apixaban 5 BID", why="R10: long-term anticoagulant resumed"),
        ],
        skips=[
            skip("No varices", "R01", "negated"),
            skip("melena", "R23", "integral to the bleeding ulcer"),
            skip("Hx colon polyps, last c-scope 2023", "R20", "history not affecting this stay"),
        ],
    ),
    NoteSpec(
        id="dev-r4-06", dos="2026-05-15",
        specialty="neurology", setting="inpatient", age=77, sex="F", payer="medicare", pos="21",
        text="""
        STROKE SERVICE - DISCHARGE SUMMARY
        Admission date: 05/11/2026      Discharge date: 05/15/2026

        Discharge diagnoses:
        1. Acute ischemic stroke, left MCA territory, cardioembolic (embolism of the left middle cerebral
           artery)
        2. Paroxysmal atrial fibrillation, newly diagnosed
        3. Deficits at discharge: right hemiparesis (right-hand dominant), expressive aphasia, oropharyngeal
           dysphagia
        4. Hyperlipidemia

        History: right-handed woman, last known well 07:40 on 5/11 when family noted sudden right arm weakness
        and word-finding trouble. NIHSS 8 on arrival. CT head without hemorrhage; CTA with a left M2
        occlusion. IV tenecteplase given at 09:05; distal occlusion, not a thrombectomy candidate. PMH:
        hyperlipidemia on simvastatin, TIA in 2019 without residual deficits, osteoporosis.

        Hospital course: MRI showed acute infarcts of the left frontal operculum and insula. Telemetry caught
        paroxysms of atrial fibrillation, not previously known. TTE: dilated left atrium, no thrombus, EF 60%.
        Hemorrhagic transformation was excluded on the 24-hour CT. Apixaban was started on day 4 for
        secondary prevention and is to continue indefinitely. Simvastatin changed to atorvastatin 80 mg
        (LDL 142). Speech pathology found oropharyngeal dysphagia; mechanical soft diet with thin liquids.
        At discharge the right arm is 3/5, right leg 4/5, with mild expressive aphasia.

        Disposition: acute inpatient rehabilitation.
        """,
        codes=[
            c("I63.412", "embolism of the left middle cerebral\n           artery",
              why="R21: principal diagnosis, embolic infarction of the left MCA"),
            c("G81.91", "right hemiparesis (right-hand dominant)",
              why="R22: deficit of the current stroke coded with the acute infarct (not I69)"),
            c("R47.01", "expressive aphasia", why="R22: deficit of the current stroke"),
            c("R13.12", "oropharyngeal\n           dysphagia", why="R22: dysphagia, oropharyngeal phase"),
            c("R29.708", "NIHSS 8", why="R22: NIHSS score with the acute stroke (I.C.18.j)"),
            c("I48.0", "Paroxysmal atrial fibrillation", why="R22: paroxysmal atrial fibrillation, new"),
            c("E78.5", "Hyperlipidemia", why="R20: statin changed"),
            c("Z79.01", "Apixaban was started on day 4", why="R10: long-term anticoagulant, indefinite"),
            c("Z86.73", "TIA in 2019 without residual deficits", why="R06: personal history of TIA"),
        ],
        skips=[
            skip("CT head without hemorrhage", "R01", "negated"),
            skip("Hemorrhagic transformation was excluded", "R01", "ruled out"),
            skip("osteoporosis", "R20", "not addressed"),
            skip("no thrombus", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r4-07", dos="2026-02-27",
        specialty="emergency medicine", setting="outpatient", age=84, sex="F", payer="medicare", pos="23",
        provider=1,
        text="""
        ED Provider Note

        Chief complaint: Fall

        84 y.o. female from assisted living, tripped over her walker in the bathroom this AM, fell onto the
        outstretched R hand and struck the back of her head on the tub. No LOC per pt and aide. On warfarin
        for a mechanical mitral valve. Hx of CVA 2022 with residual L-sided weakness (walker at baseline),
        HTN. Aide reports she has fallen 3 times this year.

        Exam: 3 cm linear laceration of the occipital scalp, hemostatic. R wrist: dorsal angulation, swelling,
        TTP distal radius, NV intact distally. Neuro: baseline L hemiparesis (LUE 4/5, LLE 4-/5), otherwise
        nonfocal. C-spine nontender.

        Studies:
          CT head w/o: no ICH, no skull fx
          CT C-spine: no fx
          XR R wrist (my interpretation): dorsally angulated extra-articular distal radius fracture, Colles
          type
          INR 2.7

        Procedure: laceration repair - 3 cm simple repair of the scalp after irrigation, 4 staples.
        Ortho consulted: closed reduction and sugar-tong splint done by orthopedics; hand clinic 1 wk.

        Impression:
        1. Closed Colles fracture, R wrist
        2. Scalp laceration 3 cm, repaired
        3. Fall on warfarin, INR therapeutic - no intracranial injury
        4. Hx CVA w/ residual L hemiparesis; recurrent falls - PT/OT eval at facility

        Dispo: back to ALF. Oxycodone 2.5 mg q6h prn x3 days. Staple removal 7-10 d.
        """,
        codes=[
            c("S52.531A", "Closed Colles fracture, R wrist", why="R12: Colles fracture of the right radius, initial"),
            c("S01.01XA", "Scalp laceration 3 cm", why="R12: laceration of scalp, initial encounter"),
            c("I69.354", "Hx CVA w/ residual L hemiparesis",
              why="R22: late effect of stroke; left side non-dominant by default (I.C.9.d / I.C.6.a)"),
            c("R29.6", "recurrent falls",
              why="R22: recurrent falls assessed (Index: Falling, repeated R29.6; Decisions: falls)"),
            c("Z95.2", "mechanical mitral valve", why="R20: prosthetic valve, the reason for anticoagulation"),
            c("Z79.01", "On warfarin", why="R10: long-term anticoagulant"),
            c("99284", "Impression:", mods=["25"],
              why="R15: moderate MDM - acute complicated injury, extensive data, prescription drug "
                  "management; modifier 25 with the laceration repair"),
            c("12002", "3 cm simple repair of the scalp", why="R18: simple repair 2.6-7.5 cm, scalp"),
        ],
        skips=[
            skip("No LOC", "R01", "negated"),
            skip("no ICH, no skull fx", "R01", "negated"),
            skip("CT C-spine: no fx", "R01", "negated"),
            skip("HTN", "R20", "not addressed"),
        ],
    ),
    NoteSpec(
        id="dev-r4-08", dos="2026-06-05",
        specialty="hospital medicine", setting="inpatient", age=52, sex="M", payer="cigna", pos="21",
        text="""
        DISCHARGE SUMMARY
        Admitted 06/01/2026, discharged 06/05/2026.

        Principal dx: alcohol withdrawal delirium (DTs), severe alcohol use disorder / alcohol dependence
        Secondary: hypomagnesemia, hypophosphatemia, thrombocytopenia, alcoholic fatty liver, moderate
        protein-calorie malnutrition, tobacco use

        52M w/ EtOH use d/o (~1.5 L vodka/d), last drink 36 h before presentation, brought in by his sister for
        tremor, diaphoresis and visual hallucinations. CIWA 28 in ED. Hx of one withdrawal seizure in 2023.

        Problem-based course
        # Alcohol withdrawal w/ delirium - phenobarbital load then CIWA-guided lorazepam; MICU HD1-2 for
          agitation, disorientation, tactile hallucinations. Delirium cleared by HD4. High-dose thiamine, folate,
          MVI. Wernicke encephalopathy considered - no ophthalmoplegia or ataxia, treated empirically, not
          diagnosed. Naltrexone started; referred to IOP.
        # Hypomagnesemia / hypophosphatemia - Mg 1.1 (L), Phos 1.8 (L), repleted IV.
        # Thrombocytopenia - plt 88 (L), no bleeding, monitor as outpt.
        # Transaminitis - AST 142 (H), ALT 61 (H); RUQ US: hepatic steatosis, no cirrhotic morphology. c/w
          alcoholic fatty liver.
        # Malnutrition - RD: moderate protein-calorie malnutrition (BMI 18.6, intake <50% x 1 mo); supplements.
        # Tobacco - 1 ppd cigarettes, nicotine patch offered, declined.

        Vitals at d/c: T 36.9, HR 88, BP 138/84, CIWA 2.
        D/C meds: naltrexone 50 mg daily, thiamine 100 mg daily, folic acid 1 mg daily, multivitamin.
        """,
        codes=[
            c("F10.231", "alcohol withdrawal delirium (DTs)", "alcohol dependence",
              why="R21: principal diagnosis, alcohol dependence with withdrawal delirium"),
            c("E83.42", "hypomagnesemia", why="R20: repleted"),
            c("E83.39", "hypophosphatemia", why="R20: repleted"),
            c("D69.6", "thrombocytopenia", why="R20: monitored"),
            c("K70.0", "alcoholic fatty liver", why="R22: alcoholic fatty liver"),
            c("E44.0", "moderate\n        protein-calorie malnutrition", why="R22: moderate malnutrition"),
            c("Z68.1", "BMI 18.6", why="R22: BMI with a provider-documented malnutrition"),
            c("F17.210", "1 ppd cigarettes", "tobacco use", why="R22: cigarette dependence"),
        ],
        skips=[
            skip("Wernicke encephalopathy considered", "R01", "not diagnosed"),
            skip("no cirrhotic morphology", "R01", "negated"),
            skip("Hx of one withdrawal seizure in 2023", "R20", "past event"),
            skip("Transaminitis", "R23", "integral to the alcoholic fatty liver"),
        ],
    ),
    NoteSpec(
        id="dev-r4-09", dos="2026-01-14",
        specialty="hospital medicine", setting="inpatient", age=79, sex="F", payer="medicare", pos="21",
        provider=3,
        text="""
        HOSPITAL MEDICINE CONSULTATION
        Requesting: Orthopaedic surgery. Reason: perioperative medical management - glucose and BP.

        HPI: 79F POD#1 s/p intramedullary nail L hip for an intertrochanteric fx after a mechanical fall at
        home 1/12 (tripped on a rug). Hx T2DM on metformin + glipizide, HTN on losartan, hypothyroidism on
        levothyroxine. BG 280-340 since surgery. Hgb 12.1 preop -> 8.6 today, EBL 450 mL.

        Problem list (carried forward from 2024 admission):
         - T2DM
         - HTN
         - Hypothyroidism
         - CAP 2024 - resolved
         - UTI 2024 - resolved

        ROS: denies CP, SOB, dysuria.

        Vitals:  BP 168/92 | HR 96 | T 37.4 | SpO2 95% RA
        Labs:    Glu 312 (H) | Hgb 8.6 (L) | Cr 0.9 | Na 136 | TSH 2.1 | A1c 8.1 (H)

        Meds (reconciled): metformin 1000 mg BID (held), glipizide 5 mg daily (held), losartan 50 mg daily,
        levothyroxine 88 mcg daily, enoxaparin 40 mg daily x 4 wk (DVT ppx per ortho), oxycodone prn.

        A/P:
        1. T2DM with hyperglycemia - hold oral agents inpatient; basal-bolus insulin (glargine 10 u + lispro
           correction). Resume metformin/glipizide at d/c.
        2. Acute blood loss anemia, postoperative, expected - transfuse only if Hgb <7 or symptomatic.
        3. HTN - elevated with pain; resume losartan, hydralazine prn.
        4. Hypothyroidism - continue levothyroxine.
        5. L intertrochanteric hip fx s/p IMN - per ortho; PT/OT, enoxaparin.

        Thank you for this consult; will follow daily.
        """,
        codes=[
            c("E11.65", "T2DM with hyperglycemia", why="R21: reason for the consult, diabetes with hyperglycemia"),
            c("D62", "Acute blood loss anemia, postoperative", why="R20: expected postoperative anemia monitored"),
            c("I10", "HTN - elevated with pain", why="R20: treated"),
            c("E03.9", "Hypothyroidism - continue levothyroxine", why="R20: treated"),
            c("S72.142A", "L intertrochanteric hip fx",
              why="R12: intertrochanteric fracture, displaced by default (I.C.19.c.1), initial: active care"),
            c("Z79.84", "metformin 1000 mg BID", why="R10: long-term oral hypoglycemics"),
        ],
        skips=[
            skip("CAP 2024 - resolved", "R20", "resolved problem carried forward"),
            skip("UTI 2024 - resolved", "R20", "resolved problem carried forward"),
            skip("denies CP, SOB, dysuria", "R01", "negated"),
            skip("enoxaparin 40 mg daily x 4 wk", "R10", "short course, not long-term"),
        ],
    ),
    NoteSpec(
        id="dev-r4-10", dos="2026-07-09",
        specialty="hospital medicine", setting="outpatient", age=58, sex="M", payer="uhc", pos="22",
        text="""
        OBSERVATION DISCHARGE NOTE - Clinical Decision Unit
        Placed in observation 7/08/2026 18:40; discharged 7/09/2026 14:15.
        Reason for observation: chest pain, r/o ACS.

        58M with 20 min of substernal pressure at rest yesterday, non-radiating, resolved on its own.
        PMH: HTN, hyperlipidemia (never treated), obesity, prediabetes. Never smoker.

        Results
          hs-troponin  0 h: 4   2 h: 5   6 h: 4   (ref < 22)
          ECG: NSR, no ST/T changes
          Exercise stress echo 7/9: 10.2 METs, no ischemia, normal LV function
          LDL 162 (H)   A1c 6.1 (H)   BMI 34.2

        Impression at discharge
        - Atypical chest pain; ACS ruled out. Possibly GERD vs musculoskeletal - trial of omeprazole 20 mg
          daily x 8 wk.
        - HTN - controlled, continue amlodipine.
        - Hyperlipidemia - LDL 162, start rosuvastatin 20 mg.
        - Obesity, BMI 34 - lifestyle counseling.
        - Prediabetes, A1c 6.1 - diet and exercise.

        F/u PCP 1 wk. Return for recurrent chest pain.
        """,
        codes=[
            c("R07.89", "Atypical chest pain", why="R03: observation is outpatient; cause uncertain, symptom coded"),
            c("I10", "HTN - controlled, continue amlodipine", why="R20: treated"),
            c("E78.5", "Hyperlipidemia - LDL 162, start rosuvastatin", why="R20: treatment started"),
            c("E66.9", "Obesity, BMI 34", why="R22: obesity addressed"),
            c("Z68.34", "BMI 34.2", why="R22: BMI with a provider-documented obesity"),
            c("R73.03", "Prediabetes, A1c 6.1", why="R20: addressed"),
        ],
        skips=[
            skip("ACS ruled out", "R01", "ruled out"),
            skip("Possibly GERD vs musculoskeletal", "R03", "uncertain outpatient diagnosis"),
            skip("no ischemia", "R01", "negated"),
            skip("Return for recurrent chest pain", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r4-11", dos="2026-08-14",
        specialty="hospital medicine", setting="inpatient", age=88, sex="F", payer="medicare", pos="21",
        provider=4,
        text="""
        DISCHARGE SUMMARY
        Admit: 08/09/2026   Discharge: 08/14/2026   Discharged to: SNF (return)

        Principal: Klebsiella pneumoniae pneumonia, LLL
        Secondary:
          - Probable aspiration pneumonitis component
          - COPD
          - Severe protein-calorie malnutrition, BMI 16.4
          - Stage 3 pressure ulcer, sacrum (present on admission)
          - Alzheimer's dementia, no behavioral disturbance
          - DNR/DNI

        HOSPITAL COURSE: 88F SNF resident w/ advanced Alzheimer dementia, COPD (no home O2) sent for fever
        38.9, cough and SpO2 86%. CXR: LLL consolidation. Sputum cx: Klebsiella pneumoniae (ESBL neg). Started
        on ceftriaxone, completed 7 d course w/ cefpodoxime at SNF. SLP: coughing with thin liquids, so probable
        aspiration contributing; diet changed to nectar-thick. CT chest no empyema. O2 weaned to RA HD4.
        COPD stable, continued budesonide-formoterol. RD: severe malnutrition (wt loss 9% in 1 mo, intake
        <50%), started supplements TID. Wound RN: sacral stage 3 pressure ulcer 3 x 2 cm, granulating,
        foam dressing and q2h turns. Goals of care with daughter (HCP): DNR/DNI confirmed, no feeding tube.

        Vitals d/c: T 36.7 | HR 80 | BP 118/64 | RR 18 | SpO2 93% RA
        """,
        codes=[
            c("J15.0", "Klebsiella pneumoniae pneumonia", why="R21: principal diagnosis, pneumonia with organism"),
            c("J69.0", "Probable aspiration pneumonitis component",
              why="R04: uncertain diagnosis at inpatient discharge coded as established (II.H)"),
            c("J44.0", "COPD", why="R22: COPD with acute lower respiratory infection (code also the infection)"),
            c("E43", "Severe protein-calorie malnutrition", why="R22: severe malnutrition"),
            c("Z68.1", "BMI 16.4", why="R22: BMI with a provider-documented malnutrition"),
            c("L89.153", "Stage 3 pressure ulcer, sacrum", why="R22: site and stage"),
            c("G30.9", "Alzheimer's dementia", why="R21: etiology before manifestation"),
            c("F02.80", "Alzheimer's dementia, no behavioral disturbance",
              why="R21: dementia in Alzheimer's, unspecified severity, no disturbance"),
            c("Z66", "DNR/DNI", why="R22: do-not-resuscitate status"),
        ],
        skips=[
            skip("no empyema", "R01", "negated"),
            skip("fever\n        38.9, cough", "R23", "integral to pneumonia"),
        ],
    ),
    NoteSpec(
        id="dev-r4-12", dos="2026-03-21",
        specialty="emergency medicine", setting="outpatient", age=61, sex="F", payer="aetna", pos="23",
        provider=2,
        text="""
        ED NOTE

        61 yo F, T2DM on metformin 1000 BID and sitagliptin 100 daily, home meter >400 x2 days, polyuria,
        dysuria and frequency x4 d. No fever, no flank pain, no vomiting.

        VS: T 37.0  HR 98  BP 152/84  RR 16  SpO2 98%

        Labs:
          POC glucose 486 (H)
          BMP: Na 132 (L) (corrected 138), K 4.4, HCO3 24, AG 10, Cr 1.0
          BHB 0.3 (nl)
          UA: LE 3+, nitrite +, WBC >50, RBC 0-2, glucose 4+, ketones neg
          Urine culture sent

        ED course: 1 L NS, 10 units regular insulin IV -> glucose 298. Tolerating PO.

        MDM: hyperglycemia in T2DM without DKA or HHS (normal AG, BHB neg, osm 302). Likely trigger is the
        urinary infection. No CVA tenderness, afebrile - pyelonephritis unlikely. Discussed with her PCP by
        phone, who agrees with adding glipizide and will see her in 2 days.

        Dx:
        1. T2DM with hyperglycemia
        2. Acute cystitis without hematuria

        Rx: nitrofurantoin 100 mg BID x5d; glipizide 5 mg daily. Diabetes education given.
        Dispo: home.
        """,
        codes=[
            c("E11.65", "T2DM with hyperglycemia", why="R09: diabetes with hyperglycemia, first-listed"),
            c("N30.00", "Acute cystitis without hematuria", why="R22: acute cystitis without hematuria"),
            c("Z79.84", "metformin 1000 BID", why="R10: long-term oral hypoglycemics"),
            c("99284", "MDM:",
              why="R15: moderate MDM - chronic illness with exacerbation, labs plus discussion with the PCP, "
                  "prescription drug management"),
        ],
        skips=[
            skip("without DKA or HHS", "R01", "negated"),
            skip("pyelonephritis unlikely", "R03", "uncertain ED diagnosis"),
            skip("No fever, no flank pain, no vomiting", "R01", "negated"),
            skip("dysuria and frequency", "R23", "integral to cystitis"),
        ],
    ),
    NoteSpec(
        id="dev-r4-13", dos="2026-08-07",
        specialty="hospital medicine", setting="inpatient", age=83, sex="F", payer="medicare", pos="21",
        text="""
        HOSPITALIST DISCHARGE NOTE
        Adm 08/03/26 -> D/C 08/07/26

        Dx:
        Principal - Symptomatic hyponatremia (Na 116), likely thiazide-induced
        Acute metabolic encephalopathy due to hyponatremia - resolved
        HTN - HCTZ discontinued, amlodipine started
        Hypothyroidism - TSH nl, cont levothyroxine
        Hx breast CA s/p lumpectomy + XRT 2012, no recurrence

        Course: brought by daughter for 2 d of confusion and unsteady gait. Na 116 (L), serum osm 242 (L),
        urine osm 310, urine Na 48, c/w thiazide-induced hyponatremia. CT head neg. 3% saline bolus in ICU,
        then fluid restriction with correction kept under 8 mEq/L per 24 h. Na 131 at d/c. Mental status back to
        baseline HD3. SIADH was considered but not supported once the thiazide was stopped. HCTZ added to the
        intolerance list.

        Labs     8/03     8/04     8/05     8/07
        Na       116 L    121 L    126 L    131 L
        K        3.2 L    3.6      3.9      4.1
        TSH      2.4

        Med rec:
          STOP      hydrochlorothiazide 25 mg daily
          START     amlodipine 5 mg daily
          CONTINUE  levothyroxine 50 mcg daily

        F/u PCP 3-5 d with BMP.
        """,
        codes=[
            c("E87.1", "Symptomatic hyponatremia",
              why="R21: principal diagnosis; the nature of the adverse effect first (I.C.19.e.5.a)"),
            c("G93.41", "Acute metabolic encephalopathy due to hyponatremia", why="R22: metabolic encephalopathy"),
            c("T50.2X5A", "likely thiazide-induced",
              why="R04/R12: adverse effect of a thiazide, uncertain at discharge coded as established (II.H)"),
            c("I10", "HTN - HCTZ discontinued", why="R20: treatment changed"),
            c("E03.9", "Hypothyroidism - TSH nl, cont levothyroxine", why="R20: treated"),
            c("Z85.3", "Hx breast CA s/p lumpectomy + XRT 2012, no recurrence",
              why="R06: personal history of breast cancer, treatment completed"),
            c("Z92.3", "XRT 2012", why="R06: past radiation of the cancer coded (Decisions: history and list-only "
              "items, 4)"),
        ],
        skips=[
            skip("SIADH was considered but not supported", "R01", "ruled out"),
            skip("CT head neg", "R01", "negative test"),
            skip("confusion and unsteady gait", "R23", "integral to the encephalopathy"),
        ],
    ),
    NoteSpec(
        id="dev-r4-14", dos="2026-09-06",
        specialty="hospital medicine", setting="inpatient", age=76, sex="M", payer="medicare", pos="21",
        provider=1,
        text="""
        DISCHARGE SUMMARY
        Adm: 9/02/26   D/C: 9/06/26

        Discharge Dx:
        1. LLE cellulitis
        2. Pressure injuries: R heel stage 2; sacrum unstageable (eschar)
        3. Severe protein-calorie malnutrition
        4. Parkinson disease
        5. Depression - on sertraline

        HPI: 76M w/ Parkinson disease (H&Y 4, mostly bed/wheelchair bound), lives at home with his wife, p/w 3 d
        of L shin redness, warmth and swelling, T 38.6. Venous duplex neg for DVT.

        Course: cefazolin IV -> cephalexin PO; erythema receded inside the marked borders, blood cx neg. Wound
        care RN: R heel stage 2 pressure injury (2 x 1.5 cm, partial thickness) and an unstageable sacral
        pressure injury covered with eschar; offloading boots, low-air-loss mattress, home WOC RN. RD: severe
        malnutrition (wt loss 12% in 3 mo, intake <50%), Ensure TID. Carbidopa-levodopa given on his home
        schedule (time-critical). Sertraline continued, mood stable.

        Old problem list: MRSA skin infection 2021 (resolved), cataract surgery OU.

        D/C meds: cephalexin 500 mg QID x 5 more days, carbidopa-levodopa 25/100 two tabs five times daily,
        sertraline 50 mg daily, Ensure TID.
        """,
        codes=[
            c("L03.116", "LLE cellulitis", why="R21: principal diagnosis, cellulitis of the left lower limb"),
            c("L89.150", "sacrum unstageable", why="R22: pressure ulcer, sacral, unstageable"),
            c("L89.612", "R heel stage 2", why="R22: pressure ulcer, right heel, stage 2"),
            c("E43", "Severe protein-calorie malnutrition", why="R22: severe malnutrition"),
            c("G20.A1", "Parkinson disease", why="R20: treated; Parkinson's disease without dyskinesia or "
              "fluctuations"),
            c("F32.A", "Depression - on sertraline", why="R20: treated"),
        ],
        skips=[
            skip("neg for DVT", "R01", "ruled out"),
            skip("MRSA skin infection 2021 (resolved)", "R20", "resolved"),
            skip("cataract surgery OU", "R20", "past history"),
            skip("T 38.6", "R23", "integral to cellulitis"),
        ],
    ),
    NoteSpec(
        id="dev-r4-15", dos="2026-04-25",
        specialty="emergency medicine", setting="outpatient", age=47, sex="M", payer="medicaid", pos="23",
        provider=3,
        text="""
        ED NOTE - night shift

        BIBEMS, found lying on a sidewalk, strong EtOH odor. Arousable, states he "drinks a fifth a day", last
        drink about 1 h ago. Hematoma on the back of his head. Unknown whether he lost consciousness. Homeless,
        sleeps outside under the overpass. Hx alcohol dependence (multiple prior ED visits), HCV Ab+ never
        followed up.

        Exam: GCS 14 (E4 V4 M6) -> 15 at 4 h. 4 cm occipital hematoma, no laceration. Horizontal nystagmus. No
        focal deficits. C-spine nontender.

        Labs: EtOH 284 (H), glucose 92, AST 88 (H), CK 450 (H), lytes nl.
        CT head w/o: no acute intracranial abnormality. CT C-spine: no fx.

        ED course: IV fluids, thiamine 100 mg. Re-eval at 4 h: clinically sober, steady gait, GCS 15, CIWA 3,
        no withdrawal signs.

        Assessment:
        1. Acute alcohol intoxication, uncomplicated, in alcohol dependence
        2. Contusion of scalp
        3. Unsheltered homelessness - limits discharge options; SW found a shelter bed and gave detox
           resources
        SDH ruled out by CT.

        Dispo: discharged to shelter with SW voucher; offered detox referral.
        """,
        codes=[
            c("F10.220", "Acute alcohol intoxication, uncomplicated, in alcohol dependence",
              why="R22: alcohol dependence with intoxication, uncomplicated"),
            c("S00.03XA", "Contusion of scalp", why="R12: scalp contusion, initial encounter"),
            c("Z59.02", "Unsheltered homelessness", "sleeps outside under the overpass",
              why="R22: social determinant affecting the disposition (I.C.21.c.17)"),
            c("99284", "Assessment:",
              why="R15: moderate MDM - head injury on intoxication with CT and labs, social determinants "
                  "limiting treatment"),
        ],
        skips=[
            skip("SDH ruled out by CT", "R01", "ruled out"),
            skip("no laceration", "R01", "negated"),
            skip("HCV Ab+ never\n        followed up", "R20", "not addressed at this visit"),
            skip("no withdrawal signs", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r4-16", dos="2026-05-31",
        specialty="hospital medicine", setting="outpatient", age=71, sex="F", payer="medicare", pos="22",
        provider=2,
        text="""
        OBSERVATION - HOSPITALIST PROGRESS / DISCHARGE NOTE (obs day 2)

        S: Felt well overnight, no recurrent lightheadedness, eating and drinking.
        Recap: 71F on HCTZ and lisinopril, standing in church, felt warm and lightheaded, brief LOC ~10 s,
        witnessed, no jerking, no incontinence. Poor PO intake with a GI bug x3 d (diarrhea resolved).

        O: Orthostatics on arrival: supine 132/78 HR 72 -> standing 104/64 HR 98 (positive); today negative
        after 2 L IVF. Telemetry: no arrhythmia over 22 h. Echo: EF 60%, no AS.
           BUN 38 (H) -> 18; Cr 1.4 (H, baseline 0.9) -> 0.9; Na 134 (L) -> 138

        A/P:
        # Syncope - probably orthostatic from volume depletion; arrhythmia less likely (tele neg, echo nl).
          14-day ambulatory monitor as outpatient.
        # Dehydration with AKI - resolved with IV fluids.
        # HTN - hold HCTZ until PCP visit, resume lisinopril at half dose.

        Dispo: home today, PCP 1 wk with BMP.
        """,
        codes=[
            c("R55", "Syncope", why="R03: observation is outpatient; cause uncertain, syncope coded"),
            c("E86.0", "Dehydration", why="R22: dehydration established"),
            c("N17.9", "AKI", why="R20: acute kidney injury treated with fluids"),
            c("I10", "HTN - hold HCTZ", why="R20: treatment changed"),
        ],
        skips=[
            skip("probably orthostatic", "R03", "uncertain outpatient diagnosis"),
            skip("arrhythmia less likely", "R03", "uncertain outpatient diagnosis"),
            skip("no jerking, no incontinence", "R01", "negated"),
            skip("diarrhea resolved", "R20", "resolved"),
        ],
    ),
    NoteSpec(
        id="dev-r4-17", dos="2026-02-19",
        specialty="hospital medicine", setting="inpatient", age=73, sex="M", payer="medicare", pos="21",
        provider=4,
        text="""
        DISCHARGE SUMMARY (Hospital Medicine)
        Admission 02/16/2026 - Discharge 02/19/2026

        Principal diagnosis: diverticular hemorrhage (sigmoid diverticulosis with bleeding)
        Secondary diagnoses: acute blood loss anemia, transfused 1 unit; CAD s/p CABG 2017; long-term aspirin

        Mr. Okafor, 73, had four episodes of painless bright red blood per rectum the morning of admission.
        Hgb fell from 14.0 to 9.1. CTA abdomen showed no active extravasation. Colonoscopy on day 2: extensive
        sigmoid diverticulosis with an adherent clot in one diverticulum, no active bleeding, no mass, no
        colitis; small nonbleeding internal hemorrhoids. Colon cancer was therefore excluded as the source.
        Bleeding stopped spontaneously; one unit of PRBC given on day 1, Hgb 9.8 at discharge.
        Aspirin 81 mg held for 48 hours and resumed on discharge after discussion with his cardiologist
        (CABG 2017, no angina since). Atorvastatin continued.

        Labs      2/16     2/17     2/19
        Hgb       9.1 L    8.7 L    9.8 L
        Plt       221      210      236
        BUN       31 H     22       15

        Discharge medications: aspirin 81 mg daily, atorvastatin 40 mg daily, metoprolol succinate 50 mg daily,
        ferrous sulfate 325 mg daily.
        """,
        codes=[
            c("K57.31", "sigmoid diverticulosis with bleeding",
              why="R21: principal diagnosis, diverticulosis of the colon with bleeding"),
            c("D62", "acute blood loss anemia", why="R20: treated with transfusion"),
            c("I25.10", "CAD s/p CABG 2017", why="R20: chronic condition, treatment continued"),
            c("Z95.1", "s/p CABG", why="R22: presence of coronary bypass graft"),
            c("Z79.82", "long-term aspirin", why="R10: long-term aspirin"),
        ],
        skips=[
            skip("no active extravasation", "R01", "negated"),
            skip("no mass", "R01", "negated"),
            skip("Colon cancer was therefore excluded", "R01", "ruled out"),
            skip("small nonbleeding internal hemorrhoids", "R20", "incidental finding, not treated"),
        ],
    ),
    NoteSpec(
        id="dev-r4-18", dos="2026-06-20",
        specialty="hospital medicine", setting="inpatient", age=68, sex="F", payer="medicare", pos="21",
        text="""
        DISCHARGE SUMMARY
        Admitted 6/16/2026, discharged 6/20/2026

        Principal: AKI on CKD stage 4, prerenal from poor intake on diuretic, with hyperkalemia (K 6.4)
        Also: DM2 with diabetic nephropathy; HTN; anemia of CKD

        68F w/ DM2 (insulin glargine 18 u + lispro with meals), HTN and CKD 4 from diabetic nephropathy, 1 wk of
        poor appetite after a dental extraction while continuing furosemide 40 BID. Cr 3.9 on admission
        (baseline 2.6), K 6.4 with peaked T waves.

        Course: calcium gluconate, insulin/dextrose, sodium zirconium cyclosilicate; K 4.8 by 24 h. Furosemide
        and lisinopril held, gentle IVF. Renal US: no hydronephrosis, obstruction ruled out. Cr 2.8 at d/c.
        Glargine reduced to 14 u while eating less. Hgb 9.2, stable, iron studies replete: anemia of CKD,
        nephrology to consider an ESA as outpatient.

        Labs (admit -> d/c): Cr 3.9 H -> 2.8 H | K 6.4 H -> 4.6 | Hgb 9.2 L -> 9.4 L | Glu 188 H -> 142 H

        D/C meds: insulin glargine 14 u qhs, insulin lispro 4 u with meals, furosemide 20 mg daily (reduced),
        lisinopril HOLD, amlodipine 10 mg daily, sodium bicarbonate 650 mg BID.
        """,
        codes=[
            c("N17.9", "AKI on CKD stage 4", why="R21: principal diagnosis, acute kidney injury"),
            c("E11.22", "DM2 with diabetic nephropathy", why="R09: diabetes with diabetic CKD"),
            c("I12.9", "HTN", "CKD stage 4", why="R08: hypertension with CKD"),
            c("N18.4", "CKD stage 4", why="R09: CKD stage, as E11.22 and I12.9 ask"),
            c("E87.5", "hyperkalemia (K 6.4)", why="R20: treated"),
            c("D63.1", "anemia of CKD", why="R22: anemia in CKD"),
            c("Z79.4", "insulin glargine 14 u qhs", why="R10: long-term insulin"),
        ],
        skips=[
            skip("no hydronephrosis, obstruction ruled out", "R01", "ruled out"),
            skip("dental extraction", "R20", "past event"),
        ],
    ),
    NoteSpec(
        id="dev-r4-19", dos="2026-01-08",
        specialty="emergency medicine", setting="outpatient", age=3, sex="M", payer="medicaid", pos="23",
        provider=4,
        text="""
        PEDIATRIC ED NOTE

        3 y/o M brought by mom for barky cough and noisy breathing since 2 am; runny nose x2 d, temp 38.3 at
        home. No drooling, no choking episode, immunizations UTD. History from mom.

        VS: T 38.1  HR 132  RR 32  SpO2 97% RA  Wt 15 kg
        Exam: barky cough, inspiratory stridor only when agitated, mild suprasternal retractions, no drooling,
        lungs otherwise clear, TMs normal. Westley score 2.

        ED course: dexamethasone 0.6 mg/kg PO x1. Observed 2 h: no stridor at rest, playful.

        Impression: Croup, mild (Westley 2). Epiglottitis and bacterial tracheitis not suspected.

        Plan: home, cool mist, acetaminophen or ibuprofen as needed. Return for stridor at rest, drooling or
        hard breathing.
        """,
        codes=[
            c("J05.0", "Croup, mild", why="R22: croup"),
            c("99283", "Impression:",
              why="R15: low MDM - acute uncomplicated illness, independent historian, prescription drug given"),
        ],
        skips=[
            skip("Epiglottitis and bacterial tracheitis not suspected", "R01", "not suspected"),
            skip("temp 38.3", "R23", "integral to croup"),
            skip("Return for stridor at rest", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r4-20", dos="2026-09-18",
        specialty="hospital medicine", setting="inpatient", age=70, sex="F", payer="medicare", pos="21",
        provider=3,
        text="""
        DISCHARGE SUMMARY

        Admission: 09/13/2026      Discharge: 09/18/2026

        Principal diagnosis: Acute on chronic hypoxic respiratory failure due to COPD exacerbation
        Secondary diagnoses:
          COPD with acute exacerbation (home O2 2 L continuous)
          Chronic cor pulmonale
          Hx PE 2019 - lifelong warfarin
          Former smoker (quit 2020, 45 pk-yr)
          Anxiety - on buspirone

        History: 70F with severe COPD on 2 L home oxygen, three days of worsening dyspnea and wheeze after a cold,
        SpO2 79% on her home 2 L, RR 30, speaking in short phrases. ABG on 4 L: pH 7.37, pCO2 47, pO2 54.

        Hospital course: high-flow nasal cannula 40 L / 50% for 36 hours, weaned to her home 2 L by day 4.
        Methylprednisolone, then prednisone taper; scheduled ipratropium-albuterol. CXR showed hyperinflation
        and no infiltrate; procalcitonin < 0.05, so pneumonia was ruled out and antibiotics were stopped on
        day 2. Echo: RV dilation, RVSP 52, consistent with her known cor pulmonale; diuretic unchanged. INR
        2.4, warfarin continued. Buspirone continued for anxiety.

        Discharge medications: prednisone 40 mg taper over 5 d, tiotropium-olodaterol daily, albuterol prn,
        warfarin 5 mg daily, furosemide 20 mg daily, buspirone 10 mg BID, O2 2 L continuous.
        """,
        codes=[
            c("J96.21", "Acute on chronic hypoxic respiratory failure",
              why="R21: principal diagnosis as documented (I.C.10.b.1)"),
            c("J44.1", "COPD with acute exacerbation", why="R22: COPD with exacerbation"),
            c("I27.81", "Chronic cor pulmonale", why="R20: chronic condition evaluated and treated"),
            c("Z99.81", "home O2 2 L continuous", why="R22: dependence on supplemental oxygen"),
            c("Z86.711", "Hx PE 2019", why="R06: personal history of pulmonary embolism"),
            c("Z79.01", "lifelong warfarin", why="R10: long-term anticoagulant"),
            c("F41.9", "Anxiety - on buspirone", why="R20: treated"),
            c("Z87.891", "Former smoker (quit 2020, 45 pk-yr)", why="R06: former smoker"),
        ],
        skips=[
            skip("pneumonia was ruled out", "R01", "ruled out"),
            skip("no infiltrate", "R01", "negated"),
        ],
    ),
]
