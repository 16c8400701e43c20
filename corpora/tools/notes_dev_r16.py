"""Dev notes dev-r16-01..30 (session 5, issue #3: ICD-10-CM precision on specialty clinic notes nobody has tuned on).

Twenty-four outpatient specialty clinic and procedure visits (GI clinic letters and post-endoscopy follow-up, an
anticoagulation clinic, oncology and infusion visits, wound care,
podiatry, pain management with injections, dermatology with procedures, allergy testing, sleep medicine, HIV,
bariatric, sports medicine and urgent care) and 6 inpatient consult or progress notes (GI, infectious disease,
cardiology, nephrology, stroke neurology, palliative care). Authors' styles vary: letters back to the referring
physician, templated wound/device/infusion notes, terse procedure notes with pre/post-op diagnoses, dictated
prose, problem-oriented A/P. The false-positive sources are the ordinary ones of specialty notes: history and
PMH lines managed by someone else, pending tests, screening labs, doubted diagnoses, symptoms integral to a
diagnosis, drugs given once, and specific combination or site codes (ulcer depth, stress fracture site, disc
disorder with radiculopathy, diabetic osteomyelitis, MCA infarction). Gold written as a certified coder would
(ICD-10-CM Official Guidelines FY2026, corpus Decisions in corpora/README.md) before the engine ran on the notes.

First run, scored once before any change (engine at d2aaf81, the worktree carrying only this corpus commit;
sealed build in /work/firstrun/r16, output /work/firstrun/r16.pred.jsonl, evaluation /work/firstrun/r16.eval.txt),
gold as first written: ICD-10-CM P/R/F1 0.841/0.826/0.833 (MAP 0.763, evidence F1 0.807, category F1 0.899);
procedures (CPT/HCPCS) P/R/F1 0.684/0.553/0.612 (evidence F1 0.588); E/M level 11/17.
Gold corrected after the first run where it was wrong (the first-run files keep the gold as scored): dev-r16-30
gains Z79.891 (home oxycodone for cancer pain, continued as oral hydromorphone: current long-term opiate
therapy). Against the corrected gold the first run scores ICD-10-CM P/R/F1 0.850/0.828/0.838.

First-run ICD-10-CM false positives (18), by cause:
- A less specific code for a documented site, depth or combination (9, engine): r16-07 L97.329 for 'ulcer of the
  left ankle with fat layer exposed' (L97.322; the depth is on the next line); r16-09 M51.26 for 'Lumbar disc
  herniation L5-S1 with right S1 radiculopathy' (M51.17); r16-18 M84.30XD for 'Stress fracture L 2nd
  metatarsal' (M84.375D); r16-22 I49.49 for 'premature ventricular contractions' (I49.3, already seen in
  dev-r13-22); r16-26 M86.10 for 'Acute osteomyelitis of the left first metatarsal' (M86.172) and E11.42 for
  'diabetic neuropathy' (E11.40; E11.69 for the diabetic osteomyelitis missed); r16-29 I63.9 for 'Acute
  ischemic stroke ... due to occlusion of a distal left MCA branch' (I63.512); r16-16 E11.9 for 'Type 2 diabetes
  mellitus in remission' (E11.A); r16-21 K52.9 for the biopsy's 'chronic active colitis' beside K51.011.
- A word read in the wrong sense (3, engine): r16-07 K21.9 from 'deep venous reflux' on a duplex; r16-26 M87.9
  from the ulcer depth 'necrosis of bone'; r16-21 A15.9 from 'TB and hepatitis B screening drawn today'.
- A pending test or a doubted diagnosis (2, engine): r16-25 B96.81 from 'biopsies taken for H. pylori (result
  pending)' / 'treat if positive'; r16-22 I51.9 from 'I doubt structural heart disease'.
- A symptom integral to the diagnosis (1, engine): r16-07 L29.9 'itching of the surrounding skin' of a venous
  stasis ulcer.
- A condition the consultant defers to another physician (1, engine): r16-25 M19.90 'defer further OA plan to
  PCP' (and unspecified site for 'bilateral knee osteoarthritis').
- A drug given once (1, engine): r16-29 Z79.82 'aspirin 325 mg now' on a stroke consult (Decision (5)).
- Gold error, engine right (1): r16-30 Z79.891 (corrected above).
First-run ICD-10-CM false negatives (engine unless said): r16-02 R19.5 ('Positive fecal immunochemical test') and
Z79.82 ('Aspirin 81 mg for primary prevention'); r16-03 Z51.81 (warfarin clinic visit) and I48.21 ('Indication:
permanent atrial fibrillation'); r16-04 Z51.12 and C34.11 ('adenocarcinoma of the right upper lobe' on an
immunotherapy infusion); r16-07 L97.322; r16-09 M51.17; r16-10 M79.18 ('Myofascial pain'); r16-16 E11.A and Z98.84
('Status post laparoscopic sleeve gastrectomy'); r16-18 M84.375D; r16-22 I49.3; r16-25 T39.315A ('ibuprofen
adverse effect, taken as prescribed') and Z79.82; r16-26 E11.69, M86.172, E11.40; r16-29 I63.512; r16-30 Z68.1
(BMI with cachexia).
Procedures: FP an E/M on procedure-only visits (r16-04 and r16-23 infusions, r16-06 debridement, r16-07 Unna
boot, r16-08 nail care, r16-09 epidural injection), 43235 on r16-01 (the EGD was done on an earlier date), E/M
level off (r16-01 99213 for 99214, r16-03 99212 for the pharmacist's 99211, r16-10 99213 for 99214, r16-13 99203
for 99204, r16-18 99214 for 99213); FN 96413 + J9173 x150, 29580, 11055, 64483 + J1100 x10, 80305, 11900 + J3301,
95004 x46, 99213-25 beside the r16-17 knee injection, 73620, 87811, 96365 + J1439 x750, 93289.

After this batch's fixes (cd48389, 3bb00d0 and 0af3ff9, each with a test in tests/test_suggest_specialty_notes.py),
against the corrected gold: ICD-10-CM P/R/F1 1.000/0.914/0.955 (evidence F1 0.928); procedures 0.750/0.638/0.690
(29580, 64483 and 73620 now coded, two E/M false positives gone); E/M level 12/17.
These figures are tuned on the batch, not an unseen-note estimate. Left: the ICD-10-CM false negatives r16-02 R19.5
and Z79.82, r16-03 Z51.81, r16-04 C34.11 ('adenocarcinoma of the right upper lobe' names no lung) and Z51.12,
r16-10 M79.18, r16-16 Z98.84, r16-25 T39.315A and Z79.82, r16-30 Z68.1; the CPT errors above (an E/M on
procedure-only wound, nail and infusion visits; procedures without a CPT rule: 96413/96365 infusions, 11900,
95004, 87811 as written, 93289).
"""

from corpora.tools.spec import NoteSpec, c, skip

OFFICE = dict(setting="outpatient", pos="11")
IP = dict(setting="inpatient", pos="21")

CLINICS = [
    NoteSpec(
        id="dev-r16-01", dos="2026-01-27", specialty="gastroenterology", age=61, sex="F", payer="bcbs",
        **OFFICE,
        text="""
        Re: follow-up after upper endoscopy

        Dear Dr. Okafor,

        I saw your patient back in the GI clinic today to go over the results of the upper endoscopy I performed
        on January 8. As you know, she is a 61-year-old woman with long-standing heartburn who was referred to
        look for Barrett's esophagus after many years of reflux symptoms. The EGD showed a 3 cm hiatal hernia
        and a 2 cm tongue of salmon-colored mucosa above the GE junction. Biopsies confirmed intestinal
        metaplasia consistent with Barrett's esophagus, negative for dysplasia. There was no esophagitis and no
        stricture.

        Since starting omeprazole 40 mg daily her heartburn is well controlled. She has no dysphagia, no weight
        loss and no melena. Her other problems - hypertension, osteoarthritis of the hands and hypothyroidism -
        are managed by you and are unchanged; her medications otherwise are lisinopril, levothyroxine and
        acetaminophen as needed.

        On examination today she looked well. Weight 84 kg, BMI 31. Abdomen soft and nontender.

        Impression:
        1. Short-segment Barrett's esophagus without dysplasia.
        2. Gastroesophageal reflux disease, well controlled on a PPI.
        3. Small (3 cm) hiatal hernia.

        Plan: continue omeprazole 40 mg daily long term; I have sent a 90-day prescription with refills.
        Surveillance EGD with biopsies in 3 to 5 years. We talked about avoiding late meals and raising the head
        of the bed. I will see her again in one year, sooner if she develops trouble swallowing.

        Thank you for allowing me to participate in her care.

        Sincerely,
        Priya Raman, MD, Gastroenterology
        """,
        codes=[
            c("K22.70", "Short-segment Barrett's esophagus without dysplasia",
              why="R22: Barrett's esophagus, biopsy negative for dysplasia"),
            c("K21.9", "Gastroesophageal reflux disease, well controlled on a PPI", "no esophagitis",
              why="R22: GERD addressed, no esophagitis at endoscopy"),
            c("K44.9", "Small (3 cm) hiatal hernia", why="R20: hiatal hernia assessed"),
            c("99214", "Impression:",
              why="R15: two or more stable chronic illnesses (moderate), prescription drug management "
                  "(moderate risk): moderate MDM"),
        ],
        skips=[
            skip("negative for dysplasia", "R01", "negated; coded as without dysplasia"),
            skip("no\n        stricture", "R01", "negated"),
            skip("She has no dysphagia", "R01", "negated"),
            skip("hypertension, osteoarthritis of the hands and hypothyroidism", "R20",
                 "managed by the referring physician, not addressed"),
            skip("BMI 31", "R22", "no weight diagnosis documented by the provider"),
            skip("sooner if she develops trouble swallowing", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r16-02", dos="2026-02-10", specialty="gastroenterology", age=58, sex="M", payer="aetna",
        new_patient=True, provider=1, **OFFICE,
        text="""
        GASTROENTEROLOGY NEW PATIENT CONSULTATION
        Referring: Dr. L. Haddad (PCP)
        Reason for referral: iron deficiency anemia, positive FIT

        HPI: 58-year-old man found on routine labs in December to have Hgb 10.8, MCV 74, ferritin 6. A FIT done
        at the same time was positive. He has never had a colonoscopy. No visible blood in the stool, no melena,
        no change in bowel habits. Mild fatigue climbing stairs. No abdominal pain, no dysphagia, no early
        satiety, no weight loss. Takes aspirin 81 mg daily for primary prevention (started by PCP 2019) and
        occasional ibuprofen for back pain. No celiac symptoms.

        PMH: hypertension, prediabetes, lumbar strain 2021 (resolved).
        Meds: amlodipine 10 mg daily, aspirin 81 mg daily, ferrous sulfate 325 mg daily since January.
        Family history: no colon cancer or polyps in first-degree relatives. No IBD.
        Social: former smoker, quit 2010. Rare alcohol.

        Exam: BP 136/82, HR 78. Conjunctival pallor. Abdomen soft, nontender, no masses, no hepatosplenomegaly.
        Rectal deferred to colonoscopy.

        Data: PCP labs and referral letter reviewed. Hgb 10.8, MCV 74, ferritin 6, TSAT 5%, B12 normal, Cr 0.9.

        Assessment/Plan:
        1. Iron deficiency anemia - source not yet identified; in a man this needs bidirectional endoscopy.
        Celiac serology (tTG-IgA, total IgA) ordered today.
        2. Positive fecal immunochemical test.
        -> Schedule EGD and colonoscopy (same session, propofol sedation). Risks, benefits and alternatives
        discussed; he wishes to proceed.
        3. Aspirin 81 mg for primary prevention - hold 5 days before the procedures; I suggested he ask Dr. Haddad
        whether to continue it at all given the anemia. Stop ibuprofen.
        4. Continue oral iron; recheck CBC and ferritin in 8 weeks. If intolerant, will consider IV iron.
        """,
        codes=[
            c("D50.9", "Iron deficiency anemia - source not yet identified",
              why="R22: iron deficiency anemia, blood loss not established (D50.0 needs a documented blood loss)"),
            c("R19.5", "Positive fecal immunochemical test",
              why="R22: occult blood in feces (Index: Blood, occult in feces R19.5)"),
            c("Z79.82", "Aspirin 81 mg for primary prevention",
              why="R10: long-term aspirin, managed at the visit (held before the procedures)"),
            c("Z87.891", "former smoker, quit 2010", why="R06: former smoker (Decision)"),
            c("99204", "Assessment/Plan:",
              why="R15: undiagnosed new problem with uncertain prognosis (moderate), external notes, labs "
                  "reviewed and test ordered (moderate data), decision for elective endoscopy: moderate MDM"),
        ],
        skips=[
            skip("No visible blood in the stool", "R01", "negated"),
            skip("No abdominal pain", "R01", "negated"),
            skip("lumbar strain 2021 (resolved)", "R20", "resolved past history"),
            skip("hypertension", "R20", "PMH list only, not addressed"),
            skip("prediabetes", "R20", "PMH list only, not addressed"),
            skip("occasional ibuprofen", "R10", "occasional use, not long-term NSAID therapy"),
            skip("no colon cancer or polyps in first-degree relatives", "R01", "negated family history"),
            skip("If intolerant, will consider IV iron", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r16-03", dos="2026-03-03", specialty="cardiology", age=68, sex="F", payer="medicare", provider=2,
        **OFFICE,
        text="""
        ANTICOAGULATION CLINIC - WARFARIN MANAGEMENT VISIT
        Clinical pharmacist visit under the supervision of Dr. Ibsen (cardiology), who is in the suite.

        Indication: permanent atrial fibrillation. Goal INR 2.0-3.0. On warfarin since 2019.
        CHA2DS2-VASc 4 (age, female, prior TIA). HAS-BLED 1.
        Prior TIA 2021 - no residual deficits.

        Interval history: no missed doses per pill box review. No bleeding, bruising, dark stools or hematuria.
        No new medications, antibiotics or supplements. Diet stable, eats a salad most days. No falls. No
        symptoms of stroke. Planning a dental cleaning next month - no interruption of warfarin needed for a
        cleaning; dentist may call us. Drinks one glass of wine on weekends. She asked again about switching to
        a DOAC; she prefers to stay on warfarin because of cost, and we reviewed that this is reasonable while
        her time in therapeutic range stays above 70% (currently 78% over 6 months).

        Current dose: warfarin 5 mg daily except 2.5 mg Mondays and Fridays (30 mg/week).
        Other meds reviewed: metoprolol succinate 50 mg, atorvastatin 40 mg, vitamin D.

        Point-of-care INR (fingerstick, in clinic): 2.4.

        Assessment: INR therapeutic on current weekly dose. Last 4 INRs in range.
        Plan: continue 30 mg/week, no change. Next INR check in 4 weeks. Reminded to call before any new
        antibiotic or procedure. Patient verbalized understanding.
        """,
        codes=[
            c("Z51.81", "WARFARIN MANAGEMENT VISIT", "Point-of-care INR",
              why="R21: anticoagulation clinic visit for drug level monitoring is first-listed"),
            c("I48.21", "permanent atrial fibrillation", why="R22: the indication, permanent AF"),
            c("Z79.01", "On warfarin since 2019", why="R10: long-term anticoagulant"),
            c("Z86.73", "Prior TIA 2021 - no residual deficits",
              why="R06: past TIA used in the stroke-risk score of the AF (Decision (2))"),
            c("99211", "Clinical pharmacist visit under the supervision",
              why="R15: visit by clinical staff under direct supervision"),
            c("85610", "Point-of-care INR (fingerstick, in clinic)", why="R19: PT/INR done in the office"),
        ],
        skips=[
            skip("No bleeding, bruising, dark stools or hematuria", "R01", "negated"),
            skip("No falls", "R01", "negated"),
            skip("No\n        symptoms of stroke", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r16-04", dos="2026-01-20", specialty="oncology", age=66, sex="M", payer="medicare", provider=3,
        **OFFICE,
        text="""
        INFUSION VISIT - IMMUNOTHERAPY
        Dx: Stage IIIA adenocarcinoma of the right upper lobe, s/p concurrent chemoradiation (completed
        10/2025), on durvalumab consolidation. Cycle 5.
        Seen by Dr. Castellano in clinic 01/16/2026: cleared to treat, labs reviewed at that visit.

        Pre-treatment check: no cough beyond his baseline, no dyspnea at rest, no diarrhea, no rash. No signs of
        pneumonitis. Fatigue mild. TSH 1.9 last week, normal.
        Vitals: T 36.7, BP 128/76, HR 74, SpO2 96% RA. Wt 71.4 kg.
        History: COPD on tiotropium; former smoker, 45 pack-years, quit 2024 at diagnosis. Hypertension.

        Treatment: durvalumab 1500 mg IV in 100 mL NS via peripheral IV, 0.2 micron filter.
        Start 09:42, stop 10:48 (66 minutes). No infusion reaction. IV removed, site clean.

        Patient education: reviewed immune-related adverse effects to report (new cough, shortness of breath,
        diarrhea, rash, severe fatigue) and the 24-hour oncology line. Wife present. He asked about returning to
        his woodworking shop - no restriction.

        Next: cycle 6 in 4 weeks with clinic visit and labs. Restaging CT chest due after cycle 6.
        """,
        codes=[
            c("Z51.12", "INFUSION VISIT - IMMUNOTHERAPY",
              why="R21: encounter solely for antineoplastic immunotherapy is first-listed (I.C.2.e.2)"),
            c("C34.11", "adenocarcinoma of the right upper lobe", why="R22: the cancer under treatment"),
            c("Z87.891", "former smoker, 45 pack-years, quit 2024",
              why="R06: C34 'use additional code' for history of tobacco dependence"),
            c("96413", "Start 09:42, stop 10:48 (66 minutes)",
              why="R18: IV infusion of a monoclonal antibody antineoplastic, initial hour"),
            c("J9173", "durvalumab 1500 mg IV", why="R24: durvalumab per 10 mg, 1500 mg = 150 units", units=150),
        ],
        skips=[
            skip("No signs of\n        pneumonitis", "R01", "negated"),
            skip("COPD on tiotropium", "R20", "history, not addressed at the infusion"),
            skip("Hypertension.", "R20", "history, not addressed at the infusion"),
            skip("No infusion reaction", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r16-05", dos="2026-02-24", specialty="oncology", age=71, sex="F", payer="medicare", provider=3,
        minutes=25, **OFFICE,
        text="""
        Hematology/Oncology Follow-up

        S: 71F with CLL (Rai stage I, IGHV mutated, del13q only), diagnosed 2023, on active surveillance. Feels
        well. No fevers, night sweats or weight loss. No recurrent infections this winter. Gets her flu and
        COVID shots at the pharmacy. Hypothyroidism and osteoarthritis followed by her PCP, no changes.

        O: Afebrile, Wt 63 kg (stable). Small (1-1.5 cm) mobile cervical and axillary nodes, unchanged. No
        splenomegaly palpable. No petechiae.
        Labs today: WBC 28.4, ALC 23.1 (was 21.7 in August), Hgb 13.2, Plt 182. LDH normal.

        A: Chronic lymphocytic leukemia, B-cell, not in remission, asymptomatic and stable. Lymphocyte doubling
        time well over 12 months. No iwCLL indication for treatment - no cytopenias, no bulky or symptomatic
        nodes, no B symptoms.

        P: Continue watch and wait. CBC with diff every 4 months, visit every 8 months. Reviewed the signs that
        would prompt earlier review. Recommended she avoid live vaccines. Shingrix series completed 2024.

        Total time on the date of the encounter 25 minutes, including lab review, exam and counseling.
        """,
        codes=[
            c("C91.10", "Chronic lymphocytic leukemia, B-cell, not in remission",
              why="R22: CLL of B-cell type not having achieved remission (surveillance, never treated)"),
            c("99213", "Total time on the date of the encounter 25 minutes", why="R14: established, 20-29 min"),
        ],
        skips=[
            skip("No fevers, night sweats or weight loss", "R01", "negated"),
            skip("No recurrent infections", "R01", "negated"),
            skip("Hypothyroidism and osteoarthritis followed by her PCP", "R20", "managed elsewhere"),
            skip("No\n        splenomegaly palpable", "R02", "normal exam"),
            skip("no cytopenias", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r16-06", dos="2026-01-14", specialty="wound care", age=63, sex="M", payer="medicare", provider=1,
        **OFFICE,
        text="""
        Wound Care Center - Progress Note

        Wound #1: Right plantar heel. Diabetic foot ulcer, week 6 of care.
        Etiology: type 2 diabetes with peripheral neuropathy (absent monofilament sensation both feet),
        offloading in a removable cast walker since 12/10. On insulin glargine 28 units nightly and metformin.
        Last A1c 8.1.
        Vascular: DP and PT pulses palpable, ABI 1.02 right / 0.98 left - no peripheral arterial disease.
        Infection: no erythema, warmth, odor or purulence. MRI 12/2025 negative for osteomyelitis.

        Measurements today: 2.1 x 1.8 x 0.4 cm (last week 2.5 x 2.0 x 0.5). Depth to subcutaneous fat, no
        tendon or bone exposed. Wound bed 70% granulation, 30% adherent slough, callused rim.

        Procedure: Excisional debridement, subcutaneous tissue. Verbal consent. Curette and #15 blade used to
        excise slough, nonviable subcutaneous tissue and callused margin down to bleeding healthy tissue.
        Area debrided 3.8 sq cm. Hemostasis with pressure. Post-debridement 2.2 x 1.9 x 0.4 cm.
        Dressing: collagen, foam, back into the cast walker.

        Assessment: Diabetic ulcer of right heel, fat layer exposed, improving. Type 2 DM with polyneuropathy.
        Plan: weekly debridement, strict offloading. Glucose control reinforced - PCP adjusting insulin.
        """,
        codes=[
            c("E11.621", "Diabetic ulcer of right heel", why="R09: diabetes with foot ulcer, first as the etiology"),
            c("L97.412", "Diabetic ulcer of right heel, fat layer exposed",
              why="R22: use additional code for the ulcer site and depth (E11.621 note)"),
            c("E11.42", "Type 2 DM with polyneuropathy", why="R09: diabetic polyneuropathy"),
            c("Z79.4", "On insulin glargine 28 units nightly", why="R10: long-term insulin"),
            c("Z79.84", "and metformin", why="R10: long-term oral hypoglycemic with insulin (I.C.4.a.3)"),
            c("11042", "Excisional debridement, subcutaneous tissue", why="R18: debridement of subcutaneous "
              "tissue, first 20 sq cm"),
        ],
        skips=[
            skip("no peripheral arterial disease", "R01", "negated"),
            skip("negative for osteomyelitis", "R01", "negated"),
            skip("no erythema, warmth, odor or purulence", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r16-07", dos="2026-02-04", specialty="wound care", age=74, sex="F", payer="medicare", provider=1,
        **OFFICE,
        text="""
        WOUND CLINIC NOTE
        CC: left ankle wound follow-up.
        74 y/o F with a chronic venous leg ulcer over the left medial malleolus, present since August. Duplex
        10/2025: deep venous reflux, no DVT, no significant superficial varicosities. ABI 1.05 on the left.
        Here for her weekly compression. Pain 2/10. Some itching of the surrounding skin. No fevers.

        PMH: atrial fibrillation on apixaban, hypertension, osteoporosis.

        Exam: Left medial malleolus ulcer 3.0 x 2.2 cm, depth 0.3 cm into subcutaneous fat, granulating base,
        no slough requiring debridement today. Hemosiderin staining and lipodermatosclerosis of the gaiter
        area. Moderate pitting edema to mid-calf. No cellulitis. Right leg: no edema, skin intact.

        Assessment: Chronic venous hypertension with ulcer, left lower extremity - ulcer of the left ankle with
        fat layer exposed, slowly improving.

        Procedure: Unna boot applied left lower leg from the base of the toes to below the knee after cleansing
        with saline and zinc oxide to periwound skin. Patient tolerated well.
        Plan: leave in place 7 days. Elevate legs. RTC 1 week.
        """,
        codes=[
            c("I87.312", "Chronic venous hypertension with ulcer, left lower extremity",
              why="R22: chronic venous hypertension with ulcer, left; code first before the ulcer (L97 note)"),
            c("L97.322", "ulcer of the left ankle with\n        fat layer exposed",
              why="R22: ulcer site (ankle) and depth (fat layer exposed)"),
            c("29580", "Unna boot applied left lower leg", why="R18: application of Unna boot"),
        ],
        skips=[
            skip("no DVT", "R01", "negated"),
            skip("no significant superficial varicosities", "R01", "negated"),
            skip("atrial fibrillation on apixaban, hypertension, osteoporosis", "R20",
                 "PMH not addressed at the wound visit"),
            skip("No cellulitis", "R01", "negated"),
            skip("no slough requiring debridement today", "R01", "no debridement done"),
        ],
    ),
    NoteSpec(
        id="dev-r16-08", dos="2026-03-10", specialty="podiatry", age=77, sex="M", payer="medicare", provider=2,
        **OFFICE,
        text="""
        Podiatry - at-risk foot care
        77 yo male with type 2 diabetes with diabetic peripheral neuropathy (LOPS on monofilament bilaterally)
        seen every 10 weeks for nail and callus care. Takes metformin 500 mg BID and sitagliptin. Denies foot
        wounds since last visit. Wears extra-depth shoes.

        Exam: Nails 1-5 bilaterally thickened (3-4 mm), yellow, dystrophic with subungual debris - painful with
        shoe pressure. Clinically consistent with onychomycosis, culture-proven 2024. Single hyperkeratotic
        lesion sub-5th metatarsal head right, no underlying ulcer after paring. DP/PT 1+ bilaterally, CFT < 3 s.
        No open lesions, no signs of infection. Hallux valgus bilaterally, asymptomatic.

        Procedures:
        1. Debridement of mycotic nails x 10 with nail nipper and rotary burr, without incident.
        2. Paring of one benign hyperkeratotic lesion, right sub-5th metatarsal, with #15 blade.

        A: Onychomycosis, all ten toenails. Callus right foot. T2DM with peripheral neuropathy, at-risk foot.
        P: RTC 10 weeks. Daily foot checks reviewed with patient and wife.
        """,
        codes=[
            c("B35.1", "Onychomycosis, all ten toenails", why="R22: tinea unguium, the reason for nail care"),
            c("L84", "Callus right foot", why="R20: callus pared"),
            c("E11.42", "T2DM with peripheral neuropathy",
              why="R09: diabetic polyneuropathy (loss of protective sensation), the at-risk condition"),
            c("Z79.84", "Takes metformin 500 mg BID and sitagliptin", why="R10: long-term oral hypoglycemics"),
            c("11721", "Debridement of mycotic nails x 10", why="R18: nail debridement, 6 or more"),
            c("11055", "Paring of one benign hyperkeratotic lesion", why="R18: paring, single lesion",
              mods=["59"]),
        ],
        skips=[
            skip("Denies foot\n        wounds", "R01", "negated"),
            skip("No open lesions, no signs of infection", "R02", "normal findings"),
            skip("Hallux valgus bilaterally, asymptomatic", "R20", "finding not treated or assessed"),
        ],
    ),
    NoteSpec(
        id="dev-r16-09", dos="2026-01-22", specialty="pain medicine", age=54, sex="F", payer="uhc", provider=0,
        **OFFICE,
        text="""
        PROCEDURE NOTE
        Pre-procedure diagnosis: Lumbar disc herniation L5-S1 with right S1 radiculopathy.
        Post-procedure diagnosis: Same.
        Procedure: Right L5-S1 transforaminal epidural steroid injection under fluoroscopic guidance.
        Physician: Dr. Nwosu. Anesthesia: local. EBL: none. Complications: none.

        Indication: 4 months of right buttock and posterior leg pain to the lateral foot despite PT and
        gabapentin; MRI 11/2025 right paracentral L5-S1 disc extrusion contacting the right S1 nerve root. No
        weakness, no bowel or bladder symptoms. Not on anticoagulants.

        Description: Informed consent obtained. Prone on the table, sterile prep and drape. Right L5-S1 foramen
        identified under AP and oblique fluoroscopy, skin anesthetized with 1% lidocaine 3 mL. 22-gauge spinal
        needle advanced to the neuroforamen. Omnipaque 1 mL showed epidural and perineural spread without
        vascular uptake. Injected dexamethasone 10 mg with 1 mL 0.25% bupivacaine (preservative free).
        Needle removed, bandage applied. Images saved.

        Post: vitals stable, pain 2/10 from 7/10. Ambulated to discharge without new weakness.
        Follow-up in clinic 3 weeks; repeat injection only if partial relief.
        """,
        codes=[
            c("M51.17", "Lumbar disc herniation L5-S1 with right S1 radiculopathy",
              why="R22: intervertebral disc disorder with radiculopathy, lumbosacral region (L5-S1)"),
            c("64483", "Right L5-S1 transforaminal epidural steroid injection under fluoroscopic guidance",
              why="R18: transforaminal epidural injection, lumbar/sacral, single level, with imaging",
              mods=["RT"]),
            c("J1100", "dexamethasone 10 mg", why="R24: dexamethasone per 1 mg, 10 units", units=10),
        ],
        skips=[
            skip("No\n        weakness, no bowel or bladder symptoms", "R01", "negated"),
            skip("repeat injection only if partial relief", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r16-10", dos="2026-02-18", specialty="pain medicine", age=62, sex="M", payer="bcbs", provider=0,
        **OFFICE,
        text="""
        Pain Management Follow-up

        Chief complaint: low back pain; right upper back/neck muscle pain.

        Mr. is a 62 y.o. man with chronic axial low back pain from lumbar facet spondylosis (MRI 2024: L3-S1
        facet arthropathy, no stenosis, no disc herniation), maintained on hydrocodone-acetaminophen 5/325 mg
        three times daily since 2022 under a signed opioid agreement, plus meloxicam. Pain 5/10, function
        stable - walks 2 miles, works part time. Right RF ablation L3-L5 in 2024 gave 9 months of relief; he
        would like to repeat it when the pain returns fully. New over 3 weeks: aching right trapezius pain after
        helping his son move, with tender knots.

        PDMP checked today - single prescriber, consistent. Point-of-care urine drug screen in clinic today
        (immunoassay cup, read by staff): positive for opiates only, consistent with the prescription.
        No sedation, no constipation. Naloxone at home.
        PMH: hypertension, hypothyroidism, depression (stable on sertraline, per PCP).

        Exam: lumbar paraspinal tenderness L4-S1, pain with extension-rotation, SLR negative bilaterally.
        Neuro intact. Right upper trapezius and levator scapulae with taut bands and reproducible referred pain
        to the neck.

        Assessment:
        1. Lumbar spondylosis without myelopathy or radiculopathy - stable on current regimen.
        2. Long-term opioid therapy - no aberrant behavior, UDS appropriate. Refill hydrocodone x 28 days.
        3. Myofascial pain, right upper trapezius and levator scapulae.

        Procedure: Trigger point injections x 2 muscles (right upper trapezius, right levator scapulae), each
        with 2 mL 1% lidocaine, 27G needle, after alcohol prep. Tolerated well, immediate relief.

        Plan: home stretching, heat. Return 1 month for refill; repeat RFA if facet pain recurs fully.
        """,
        codes=[
            c("M47.816", "Lumbar spondylosis without myelopathy or radiculopathy",
              why="R22: lumbar spondylosis without myelopathy or radiculopathy"),
            c("Z79.891", "Long-term opioid therapy", why="R10: long-term opiate analgesic"),
            c("M79.18", "Myofascial pain, right upper trapezius and levator scapulae",
              why="R22: myofascial pain is myalgia (M79.1-), other site"),
            c("99214", "Assessment:",
              why="R15: chronic illness and new acute problem, opioid prescription management (moderate "
                  "risk): moderate MDM; separately identifiable from the trigger point injections",
              mods=["25"]),
            c("20552", "Trigger point injections x 2 muscles", why="R18: trigger point injection, 1-2 muscles"),
            c("80305", "Point-of-care urine drug screen in clinic today",
              why="R19: presumptive drug screen read by direct optical observation in the office"),
        ],
        skips=[
            skip("no stenosis, no disc herniation", "R01", "negated"),
            skip("hypertension, hypothyroidism, depression (stable on sertraline, per PCP)", "R20",
                 "PMH managed elsewhere"),
            skip("SLR negative bilaterally", "R02", "normal exam"),
            skip("repeat RFA if facet pain recurs fully", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r16-11", dos="2026-01-08", specialty="dermatology", age=72, sex="M", payer="medicare", provider=1,
        **OFFICE,
        text="""
        DERMATOLOGY - ESTABLISHED PATIENT

        72-year-old retired farmer here for his skin check and treatment of rough spots on the scalp and hands.
        History of basal cell carcinoma of the left nasal ala, Mohs 2021, no recurrence; sees us every 6 months
        for surveillance. Uses sunscreen inconsistently.

        Exam (full skin exam: scalp, face, neck, chest, back, abdomen, arms, hands, legs): Fitzpatrick II, marked
        photodamage. Five gritty erythematous scaly papules: two on the vertex scalp, one on the left temple,
        two on the dorsal right hand - actinic keratoses. Multiple stuck-on waxy tan-brown papules on the back
        and chest - seborrheic keratoses, no irritation. Left nasal ala Mohs scar well healed, no recurrence.
        No suspicious pigmented lesions. No lesion concerning for skin cancer today.

        Procedure: Cryotherapy with liquid nitrogen to 5 actinic keratoses (2 scalp, 1 left temple, 2 right
        hand), two freeze-thaw cycles each. Verbal consent, risks of blistering and hypopigmentation discussed.

        Assessment:
        - Actinic keratoses x5, treated with LN2.
        - Seborrheic keratoses, benign - reassured, no treatment needed.
        - History of BCC, no evidence of recurrence.
        Plan: sun protection counseling, broad-brimmed hat. Return in 6 months for full skin exam, sooner for
        any new or changing lesion.
        """,
        codes=[
            c("L57.0", "Actinic keratoses x5, treated with LN2", why="R22: actinic keratosis, treated"),
            c("L82.1", "Seborrheic keratoses, benign - reassured",
              why="R20: lesions examined and assessed (no irritation: L82.1 other seborrheic keratosis)"),
            c("Z85.828", "History of BCC, no evidence of recurrence",
              why="R06: excised skin cancer, no current disease, surveillance exam (I.C.2.d)"),
            c("17000", "Cryotherapy with liquid nitrogen to 5 actinic keratoses",
              why="R18: destruction of premalignant lesion, first"),
            c("17003", "Cryotherapy with liquid nitrogen to 5 actinic keratoses",
              why="R18: destruction of premalignant lesions 2-14, 4 units", units=4),
        ],
        skips=[
            skip("No suspicious pigmented lesions", "R02", "normal finding"),
            skip("No lesion concerning for skin cancer today", "R01", "negated"),
            skip("sooner for\n        any new or changing lesion", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r16-12", dos="2026-03-17", specialty="dermatology", age=45, sex="F", payer="cigna", provider=1,
        **OFFICE,
        text="""
        Derm f/u - psoriasis

        45F with chronic plaque psoriasis, on risankizumab 150 mg SC every 12 weeks since 4/2025 (last dose
        2/2026). BSA down from 18% to about 2%. Two stubborn plaques on the elbows that have not cleared despite
        clobetasol. No joint pain, no morning stiffness, no dactylitis - no signs of psoriatic arthritis.
        No infections. QuantiFERON negative 04/2025.

        Also mentions she was told she has fatty liver on an ultrasound for gallstones last year - following
        with her PCP, no labs here.

        Exam: 3 x 4 cm well-demarcated scaly plaque on each extensor elbow. Scalp clear. Nails: no pitting.
        BSA ~2%.

        Assessment/Plan:
        1. Plaque psoriasis vulgaris - excellent response to biologic. Continue risankizumab q12 weeks; annual
        QuantiFERON ordered. Refill clobetasol ointment for the body.
        2. Resistant elbow plaques - intralesional triamcinolone 10 mg/mL, 0.5 mL into each elbow plaque (2
        lesions, total triamcinolone 10 mg), 30G needle. Tolerated well.
        Return 3 months.
        """,
        codes=[
            c("L40.0", "Plaque psoriasis vulgaris", why="R22: psoriasis vulgaris"),
            c("Z79.620", "Continue risankizumab q12 weeks",
              why="R10: long-term immunosuppressive biologic (IL-23 inhibitor)"),
            c("99213", "Assessment/Plan:",
              why="R15: stable chronic illness (low), test ordered (limited), prescription drug management: "
                  "low MDM, separate from the intralesional injection", mods=["25"]),
            c("11900", "intralesional triamcinolone 10 mg/mL, 0.5 mL into each elbow plaque",
              why="R18: intralesional injection, up to 7 lesions"),
            c("J3301", "total triamcinolone 10 mg", why="R24: triamcinolone per 10 mg, 1 unit", units=1),
        ],
        skips=[
            skip("no signs of psoriatic arthritis", "R01", "negated"),
            skip("fatty liver", "R20", "managed by the PCP, not addressed"),
            skip("gallstones", "R20", "history, not addressed"),
            skip("QuantiFERON negative", "R01", "negative test"),
        ],
    ),
    NoteSpec(
        id="dev-r16-13", dos="2026-04-07", specialty="allergy and immunology", age=29, sex="M", payer="aetna",
        new_patient=True, provider=2, **OFFICE,
        text="""
        ALLERGY & IMMUNOLOGY - NEW PATIENT EVALUATION

        Referred by Dr. Vance for year-round nasal congestion worse in spring, sneezing, itchy watery eyes. Worse
        when visiting his girlfriend, who has two cats. Cetirizine helps partially. Occasional cough with colds
        but no wheeze, no nocturnal symptoms, no inhaler use ever - asthma not suspected. He wonders about a
        peanut allergy because a cousin has one; he eats peanut butter weekly without symptoms.
        PMH: none. Meds: cetirizine 10 mg daily. NKDA. Never smoker.

        Exam: pale boggy nasal turbinates, clear rhinorrhea, allergic shiners. Lungs clear. Skin without
        eczema.

        Skin prick testing (antihistamine held 7 days): 46 percutaneous tests with histamine and saline
        controls. Positive: cat pelt 8 mm wheal, Dermatophagoides pteronyssinus 6 mm, D. farinae 5 mm, oak
        6 mm, birch 7 mm, timothy grass 4 mm. Negative molds, dog, cockroach, weeds.

        Assessment:
        1. Allergic rhinitis due to tree and grass pollen.
        2. Allergic rhinitis due to cat dander.
        3. Perennial allergic rhinitis due to dust mite.
        4. No clinical peanut allergy - tolerates peanut; no testing needed.

        Plan: start fluticasone nasal spray 2 sprays each nostril daily, continue cetirizine; dust mite
        encasements, HEPA filter. Discussed allergen immunotherapy; he will consider it after this season.
        Follow-up 3 months.
        """,
        codes=[
            c("J30.1", "Allergic rhinitis due to tree and grass pollen", why="R22: allergic rhinitis due to pollen"),
            c("J30.81", "Allergic rhinitis due to cat dander", why="R22: allergic rhinitis due to animal dander"),
            c("J30.89", "Perennial allergic rhinitis due to dust mite",
              why="R22: other allergic rhinitis (perennial, dust mite)"),
            c("99204", "Assessment:",
              why="R15: chronic illness with progression (moderate problems), referral notes reviewed and "
                  "testing (moderate data), prescription drug management: moderate MDM", mods=["25"]),
            c("95004", "46 percutaneous tests", why="R19: percutaneous allergy tests, 46 units", units=46),
        ],
        skips=[
            skip("asthma not suspected", "R01", "negated"),
            skip("No clinical peanut allergy", "R01", "negated"),
            skip("a cousin has one", "R05", "family history not relevant (second-degree relative, negated)"),
            skip("Skin without\n        eczema", "R02", "normal exam"),
            skip("he will consider it after this season", "R07", "planned or considered, not done"),
        ],
    ),
    NoteSpec(
        id="dev-r16-14", dos="2026-02-12", specialty="sleep medicine", age=56, sex="M", payer="uhc", provider=3,
        minutes=32, **OFFICE,
        text="""
        SLEEP MEDICINE FOLLOW-UP

        HPI: 56M with moderate obstructive sleep apnea (home sleep test 6/2025, AHI 24, nadir SpO2 81%) on
        auto-CPAP 6-14 cm H2O since 8/2025. Download (30 days): usage 93% of nights, average 6 h 40 min, residual
        AHI 2.1, large leak 3%. Less daytime sleepiness - Epworth 14 -> 6. Wife reports no more snoring or
        witnessed apneas. Mask: nasal pillows, some nasal dryness.
        Other: hypertension (PCP, on losartan); prior tonsillectomy as a child. Denies insomnia.

        Exam: BMI 34.6. Neck 17.5 in. Mallampati IV. Nasal mucosa mildly dry.

        Assessment:
        1. Obstructive sleep apnea, moderate - excellent adherence and response to auto-CPAP.
        2. Class 1 obesity, BMI 34.6 - contributing to OSA; discussed a 10% weight-loss goal and the weight
        management program; he is interested and a referral was placed.

        Plan: continue auto-CPAP, add heated humidification; replacement supplies order renewed. Drowsy-driving
        counseling done. Return 1 year with download.

        I spent 32 minutes on this visit today reviewing the device download, examining and counseling the
        patient, and documenting.
        """,
        codes=[
            c("G47.33", "Obstructive sleep apnea, moderate", why="R22: obstructive sleep apnea"),
            c("E66.811", "Class 1 obesity, BMI 34.6", why="R22: obesity class 1 (FY2025 code), addressed"),
            c("Z68.34", "BMI 34.6", why="R22: BMI with the provider's weight diagnosis (Decision)"),
            c("99214", "I spent 32 minutes on this visit", why="R14: established, 30-39 min"),
        ],
        skips=[
            skip("no more snoring", "R01", "negated"),
            skip("hypertension (PCP, on losartan)", "R20", "managed elsewhere"),
            skip("prior tonsillectomy as a child", "R20", "past surgery not affecting care"),
            skip("Denies insomnia", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r16-15", dos="2026-03-24", specialty="infectious disease", age=49, sex="M", payer="medicaid",
        provider=0, **OFFICE,
        text="""
        Infectious Diseases Clinic

        49M with HIV diagnosed 2018 when he presented with Pneumocystis pneumonia (CD4 nadir 64), and chronic
        hepatitis B coinfection, on bictegravir/emtricitabine/tenofovir alafenamide, which treats both. Adherent,
        no missed doses by his report and pharmacy fills. No fevers, weight stable, no thrush, no diarrhea.
        Hyperlipidemia on atorvastatin 20 mg.

        Labs 3/10: HIV-1 RNA undetectable (<20), CD4 512 (31%). HBV DNA undetectable, ALT 24. LDL 96. Cr 1.0.
        Hep C antibody negative. RPR nonreactive.

        Exam: well appearing, no adenopathy, no oral lesions, liver edge not palpable.

        A/P:
        # HIV disease, with history of AIDS-defining illness, now virologically suppressed on Biktarvy -
        continue, labs in 6 months.
        # Chronic hepatitis B, suppressed on TAF-containing regimen. Liver ultrasound for HCC surveillance
        ordered (due).
        # Hyperlipidemia - at goal, continue atorvastatin (no interaction with bictegravir).
        # Health maintenance: PCV20 given today (IM left deltoid, lot recorded, VIS given). He has had
        Shingrix x2. Anal Pap next visit.
        No PCP prophylaxis needed with CD4 > 200.
        """,
        codes=[
            c("B20", "HIV disease, with history of AIDS-defining illness",
              why="R22: HIV with a past AIDS-defining illness is B20 for life (I.C.1.a.2.f)"),
            c("B18.1", "Chronic hepatitis B, suppressed", why="R22: chronic hepatitis B without delta agent"),
            c("E78.5", "Hyperlipidemia - at goal, continue atorvastatin", why="R20: chronic condition managed"),
            c("Z23", "PCV20 given today", why="R24: encounter for immunization"),
            c("99214", "A/P:",
              why="R15: two or more stable chronic illnesses, prescription drug management: moderate MDM; "
                  "separately identifiable from the vaccine administration", mods=["25"]),
            c("90677", "PCV20 given today", why="R24: 20-valent pneumococcal conjugate vaccine"),
            c("90471", "PCV20 given today", why="R18: vaccine administration, first"),
        ],
        skips=[
            skip("No fevers", "R01", "negated"),
            skip("Hep C antibody negative", "R01", "negative test"),
            skip("No PCP prophylaxis needed", "R01", "negated"),
            skip("Anal Pap next visit", "R07", "planned for a later visit"),
        ],
    ),
    NoteSpec(
        id="dev-r16-16", dos="2026-01-29", specialty="bariatric surgery", age=44, sex="F", payer="bcbs",
        provider=2, **OFFICE,
        text="""
        Bariatric Surgery Clinic - 6 month post-op visit (sleeve gastrectomy 7/30/2025)

        Subjective: Doing well, tolerating regular protein-first diet in small portions, 60-64 oz fluids/day.
        Some heartburn most evenings since surgery, relieved by omeprazole 20 mg daily which we started at 3
        months. No vomiting, no dysphagia, no abdominal pain. Exercising 4 days/week. Preop she had type 2
        diabetes on metformin; metformin was stopped at surgery and her diabetes is now in remission - A1c 5.6
        last week without medication. Taking bariatric multivitamin, calcium citrate and vitamin D3 2000 IU.

        Objective: Wt 101.2 kg (preop 131 kg), BMI 36.4. Incisions healed. Abdomen soft.
        Labs: 25-OH vitamin D 19 (low), B12 410, ferritin 38, Hgb 12.9, A1c 5.6.

        Assessment:
        1. Status post laparoscopic sleeve gastrectomy, 29.8 kg weight loss, on track.
        2. Class 2 obesity, BMI 36.4 - continuing weight loss.
        3. Type 2 diabetes mellitus in remission off medication.
        4. GERD after sleeve - controlled on omeprazole, continue.
        5. Vitamin D deficiency - increase D3 to 5000 IU daily, recheck in 3 months.

        Plan: continue dietitian follow-up, RTC 3 months with labs.
        """,
        codes=[
            c("E66.812", "Class 2 obesity, BMI 36.4", why="R22: obesity class 2 still present, managed"),
            c("Z68.36", "BMI 36.4", why="R22: BMI with the provider's weight diagnosis (Decision)"),
            c("E11.A", "Type 2 diabetes mellitus in remission", why="R22: type 2 diabetes in remission (FY2024)"),
            c("K21.9", "GERD after sleeve - controlled on omeprazole",
              why="R20: GERD treated, no esophagitis documented"),
            c("E55.9", "Vitamin D deficiency - increase D3", why="R20: deficiency treated"),
            c("Z98.84", "Status post laparoscopic sleeve gastrectomy", why="R06: bariatric surgery status"),
            c("99214", "Assessment:",
              why="R15: several chronic illnesses addressed, labs reviewed, prescription drug management: "
                  "moderate MDM"),
        ],
        skips=[
            skip("No vomiting, no dysphagia, no abdominal pain", "R01", "negated"),
            skip("metformin was stopped at surgery", "R10", "drug stopped, no Z79.84"),
        ],
    ),
    NoteSpec(
        id="dev-r16-17", dos="2026-02-05", specialty="sports medicine", age=59, sex="F", payer="aetna",
        provider=3, **OFFICE,
        text="""
        Sports Medicine Clinic

        CC: R knee OA injection; new L anterior knee pain.

        59 y/o recreational tennis player. Known right knee primary osteoarthritis (medial compartment,
        KL grade 3 on standing films 2025). Last steroid injection 5 months ago with good relief, now aching
        again with stairs and after tennis; would like a repeat. Separately, 6 weeks of left anterior knee pain
        going down stairs and after sitting through movies; no injury, no swelling, no locking or giving way.
        Hypertension on lisinopril, well controlled per PCP.

        Exam: R knee - medial joint line tenderness, crepitus, small effusion, ROM 0-120. Stable ligaments.
        L knee - pain with patellar compression, J-sign absent, no effusion, negative McMurray, ligaments stable.
        Weak hip abductors L > R.

        Impression:
        1. Primary osteoarthritis, right knee - repeat corticosteroid injection today.
        2. Patellofemoral pain syndrome, left knee - new. No imaging needed; hip/core strengthening program and
        physical therapy referral. Meniscal tear unlikely given exam.

        Procedure: Right knee injection, anterolateral approach, without ultrasound. Time-out, verbal consent,
        chlorhexidine prep. Injected triamcinolone acetonide 40 mg with 4 mL 1% lidocaine. No complications.

        Follow-up 6 weeks for the left knee.
        """,
        codes=[
            c("M17.11", "Primary osteoarthritis, right knee", why="R11: unilateral primary OA, right knee"),
            c("M22.2X2", "Patellofemoral pain syndrome, left knee",
              why="R11: patellofemoral disorder, left knee (Index: Syndrome, patellofemoral)"),
            c("99213", "Impression:",
              why="R15: new problem (left knee) evaluated with PT referral, separate from the injection: "
                  "low MDM", mods=["25"]),
            c("20610", "Right knee injection, anterolateral approach, without ultrasound",
              why="R18: major joint injection without ultrasound", mods=["RT"]),
            c("J3301", "triamcinolone acetonide 40 mg", why="R24: triamcinolone per 10 mg, 4 units", units=4),
        ],
        skips=[
            skip("no injury, no swelling, no locking or giving way", "R01", "negated"),
            skip("Hypertension on lisinopril, well controlled per PCP", "R20", "managed elsewhere"),
            skip("Meniscal tear unlikely", "R03", "uncertain and doubted"),
        ],
    ),
    NoteSpec(
        id="dev-r16-18", dos="2026-03-05", specialty="sports medicine", age=19, sex="F", payer="cigna",
        provider=3, **OFFICE,
        text="""
        SPORTS MED F/U
        19F collegiate cross-country runner, 4 weeks after diagnosis of a stress fracture of the left 2nd
        metatarsal shaft (MRI 2/3/2026). In a walking boot, non-running. Pain with walking now 1/10, none at
        rest. Cross-training on the bike and pool. Menses regular. Eating well per team dietitian, no history
        of disordered eating. Vitamin D found low at diagnosis (22), on D3 2000 IU daily since.

        Exam: mild tenderness dorsal 2nd metatarsal shaft L, no swelling, neurovascularly intact.
        X-ray L foot 2 views obtained in clinic today, my read: periosteal reaction and early callus at the
        2nd metatarsal mid-shaft, alignment maintained, no new fracture.

        Assessment:
        - Stress fracture L 2nd metatarsal, healing as expected (routine healing).
        - Vitamin D deficiency - on replacement, recheck level in 6 weeks.
        Plan: wean out of boot over 2 weeks, begin return-to-run progression at 8 weeks if pain-free hopping.
        Relative energy deficiency in sport screened - not present.
        """,
        codes=[
            c("M84.375D", "Stress fracture L 2nd metatarsal, healing as expected (routine healing)",
              why="R12: stress fracture, left foot, subsequent encounter with routine healing"),
            c("E55.9", "Vitamin D deficiency - on replacement", why="R20: deficiency treated and monitored"),
            c("99213", "Assessment:",
              why="R15: injury follow-up with an x-ray read, OTC supplement: low MDM"),
            c("73620", "X-ray L foot 2 views obtained in clinic today, my read",
              why="R19: foot radiographs, 2 views, taken and read in the office"),
        ],
        skips=[
            skip("no history\n        of disordered eating", "R01", "negated"),
            skip("no new fracture", "R01", "negated"),
            skip("Relative energy deficiency in sport screened - not present", "R01", "negated"),
            skip("if pain-free hopping", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r16-19", dos="2026-01-31", specialty="urgent care", age=27, sex="F", payer="uhc", provider=1,
        **OFFICE,
        text="""
        URGENT CARE VISIT
        CC: burning with urination x 2 days

        27 yo F, 2 days of dysuria, frequency and urgency. No fever, chills, flank pain, nausea or vomiting. No
        vaginal discharge or itching. No gross hematuria. LMP 2 weeks ago, sexually active, condoms
        inconsistently. Last UTI 2 years ago. History of kidney stone 2022, passed spontaneously. Meds: none.
        NKDA.

        Vitals: T 36.9, HR 82, BP 118/72. Abdomen soft, mild suprapubic tenderness, no CVA tenderness.

        In-clinic tests: urine dipstick - leukocyte esterase 2+, nitrite positive, blood negative, protein
        trace. Urine hCG negative.

        Assessment: Acute cystitis without hematuria. No signs of pyelonephritis.
        Plan: nitrofurantoin monohydrate/macrocrystals 100 mg BID x 5 days (discussed that it is safe with her
        normal kidney function). Urine culture sent; we will call if the organism is resistant. Fluids,
        phenazopyridine OTC x 2 days - warned it turns urine orange. Post-coital voiding and hydration reviewed
        for prevention. Return or go to the ED for fever, flank pain or vomiting. STI testing
        offered - declined today.
        """,
        codes=[
            c("N30.00", "Acute cystitis without hematuria", why="R23: acute cystitis; dysuria is integral"),
            c("99213", "Assessment:",
              why="R15: acute uncomplicated illness, culture ordered, prescription drug: low MDM"),
            c("81002", "urine dipstick", why="R19: dipstick urinalysis, non-automated, in the office"),
            c("81025", "Urine hCG negative", why="R19: urine pregnancy test in the office"),
        ],
        skips=[
            skip("No fever, chills, flank pain, nausea or vomiting", "R01", "negated"),
            skip("History of kidney stone 2022", "R20", "history, not relevant to cystitis without hematuria"),
            skip("No signs of pyelonephritis", "R01", "negated"),
            skip("for fever, flank pain or vomiting", "R07", "return precaution"),
        ],
    ),
    NoteSpec(
        id="dev-r16-20", dos="2026-02-21", specialty="urgent care", age=46, sex="M", payer="bcbs", provider=1,
        **OFFICE,
        text="""
        Urgent Care - Provider Note
        46M, cough x 9 days, initially with sore throat and runny nose, now productive of yellow sputum, chest
        soreness with coughing. Low-grade temp first 2 days, none since. No shortness of breath, no hemoptysis.
        Childhood asthma, no inhaler needed in adulthood. Smokes 1/2 pack per day for 25 years.

        Vitals: T 37.1, HR 88, RR 16, SpO2 97% RA.
        Lungs: scattered rhonchi clearing with cough, no wheezes, no focal crackles. Throat mildly red.

        Rapid tests in clinic: SARS-CoV-2 antigen negative; influenza A and B antigen negative.
        CXR not indicated - normal vitals and no focal findings; pneumonia not suspected.

        Assessment:
        1. Acute bronchitis, likely viral.
        2. Tobacco use - cigarette dependence. Counseled for 4 minutes on quitting, including the link to his
        cough; he is contemplating, nicotine patch information given.
        Plan: supportive care, honey, benzonatate 100 mg TID PRN cough (Rx sent). No antibiotics indicated.
        Follow up with PCP if cough persists beyond 3 weeks.
        """,
        codes=[
            c("J20.9", "Acute bronchitis, likely viral",
              why="R22: acute bronchitis is established; 'likely viral' qualifies the organism only"),
            c("F17.210", "cigarette dependence", "Smokes 1/2 pack per day",
              why="R22: nicotine dependence, cigarettes, addressed with counseling"),
            c("99213", "Assessment:",
              why="R15: acute uncomplicated illness, two rapid tests, prescription drug: low MDM",
              mods=["25"]),
            c("99406", "Counseled for 4 minutes on quitting", why="R18: tobacco cessation counseling 3-10 min"),
            c("87811", "SARS-CoV-2 antigen negative", why="R19: SARS-CoV-2 antigen, direct optical observation"),
            c("87804", "influenza A and B antigen negative", why="R19: influenza A and B rapid tests, 2 units",
              units=2),
        ],
        skips=[
            skip("No shortness of breath, no hemoptysis", "R01", "negated"),
            skip("Childhood asthma", "R20", "resolved history"),
            skip("pneumonia not suspected", "R01", "negated"),
            skip("if cough persists beyond 3 weeks", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r16-21", dos="2026-03-12", specialty="gastroenterology", age=34, sex="F", payer="aetna",
        provider=0, **OFFICE,
        text="""
        GI Clinic - post-colonoscopy follow-up

        Ms. is a 34-year-old with ulcerative colitis diagnosed 2021, previously limited to the left colon and
        controlled on mesalamine 4.8 g daily. Since December, 6-8 bloody stools a day with urgency, some nights
        waking. Stool C. difficile PCR negative, GI pathogen panel negative. Colonoscopy 3/2: continuous Mayo 2
        inflammation from the rectum to the cecum; biopsies chronic active colitis, no CMV, no dysplasia.
        Fatigue; Hgb 10.2, ferritin 9, CRP 18. Her sister has Crohn's disease.

        Exam: HR 96, afebrile. Abdomen soft, mild diffuse tenderness, no peritoneal signs.

        Impression:
        1. Ulcerative pancolitis with rectal bleeding - moderately to severely active, extension from left-sided
        disease, not responding to mesalamine.
        2. Iron deficiency anemia due to chronic blood loss from the colitis.

        Plan:
        - Prednisone 40 mg daily with taper over 8 weeks as a bridge.
        - Start vedolizumab 300 mg IV at weeks 0, 2, 6; prior authorization submitted. TB and hepatitis B
        screening drawn today. Continue mesalamine for now.
        - IV iron (ferric carboxymaltose) at the infusion center.
        - Call for more than 10 stools a day, fever or severe pain - would need admission.
        """,
        codes=[
            c("K51.011", "Ulcerative pancolitis with rectal bleeding",
              why="R22: pancolitis (rectum to cecum) with rectal bleeding"),
            c("D50.0", "Iron deficiency anemia due to chronic blood loss",
              why="R22: iron deficiency anemia secondary to chronic blood loss"),
            c("Z83.79", "Her sister has Crohn's disease",
              why="R05: family history of a digestive disease (IBD) at an IBD visit (same condition group)"),
            c("99214", "Impression:",
              why="R15: chronic illness with severe exacerbation (high problems), labs and pathology reviewed "
                  "and tests ordered (moderate data), prescription drug management (moderate risk): moderate MDM"),
        ],
        skips=[
            skip("C. difficile PCR negative", "R01", "negative test"),
            skip("no CMV, no dysplasia", "R01", "negated"),
            skip("would need admission", "R07", "conditional"),
            skip("Start vedolizumab", "R10", "started today, not yet long-term"),
            skip("Prednisone 40 mg daily with taper over 8 weeks", "R10", "short course, not long-term steroid"),
        ],
    ),
    NoteSpec(
        id="dev-r16-22", dos="2026-01-15", specialty="cardiology", age=52, sex="M", payer="cigna",
        new_patient=True, provider=2, **OFFICE,
        text="""
        January 15, 2026

        Dr. Helen Marsh
        Lakeside Family Practice

        Dear Helen,

        Thank you for asking me to see Mr. Alvarez, a 52-year-old accountant, for palpitations. For about three
        months he has noticed skipped beats and a thumping sensation in the chest, mostly at night and after
        coffee, lasting seconds. No syncope or presyncope, no chest pain, no exertional dyspnea. He drinks four
        cups of coffee a day. His hypertension is treated with amlodipine 5 mg and home readings are 140s/90s.
        Your TSH (1.8) and BMP were normal, and I have reviewed your notes and his 2024 ECG. There is no family
        history of sudden cardiac death or cardiomyopathy.

        On examination his blood pressure was 146/92, pulse 76 and irregular with occasional dropped beats,
        BMI 27. Heart sounds normal, no murmur. Lungs clear. No edema.

        The 12-lead ECG we obtained today, which I interpreted, shows sinus rhythm with frequent unifocal
        premature ventricular contractions, normal intervals and no Q waves.

        My impression is symptomatic frequent premature ventricular contractions in a man with hypertension
        that is above goal. I doubt structural heart disease, but I have ordered a transthoracic
        echocardiogram and a 48-hour Holter monitor to quantify the PVC burden. I have started metoprolol
        succinate 25 mg daily, which should help both the palpitations and his blood pressure, and asked him to
        cut back to one cup of coffee. If the PVC burden exceeds 10% I will discuss ablation with him.

        I will see him in 6 weeks with the results.

        With kind regards,
        Samuel Ibsen, MD, FACC
        """,
        codes=[
            c("I49.3", "frequent premature ventricular contractions",
              why="R23: PVCs established on the ECG; palpitations integral"),
            c("I10", "hypertension\n        that is above goal", why="R20: hypertension addressed (new drug)"),
            c("99204", "My impression is",
              why="R15: new problem with workup plus chronic illness not at goal (moderate), notes and TSH/BMP "
                  "reviewed and two tests ordered (moderate data), prescription drug management: moderate MDM"),
            c("93000", "The 12-lead ECG we obtained today, which I interpreted",
              why="R18: 12-lead ECG with interpretation in the office"),
        ],
        skips=[
            skip("No syncope or presyncope, no chest pain", "R01", "negated"),
            skip("no family\n        history of sudden cardiac death", "R01", "negated family history"),
            skip("I doubt structural heart disease", "R03", "doubted"),
            skip("If the PVC burden exceeds 10%", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r16-23", dos="2026-03-19", specialty="hematology", age=38, sex="F", payer="bcbs", provider=3,
        **OFFICE,
        text="""
        Infusion Center - Nursing/Provider note
        Ordering: Dr. Castellano (hematology)
        Diagnosis: Iron deficiency anemia secondary to chronic blood loss from heavy menstrual bleeding
        (menorrhagia with regular cycles, managed by her gynecologist with tranexamic acid during menses).
        Intolerant of oral iron (constipation, nausea). Hgb 9.6, ferritin 4 on 3/12.

        Infusion #1 of 2: ferric carboxymaltose 750 mg in 250 mL normal saline IV over 20 minutes.
        Infusion started 13:05, completed 13:27. Monitored 30 minutes after: no hypersensitivity reaction, BP
        112/70, HR 72. Peripheral IV removed intact.

        Pre-infusion: consent on file, education given on possible flushing, headache, injection-site staining
        and low phosphate. Weight 64 kg. Vitals T 36.6, BP 116/74, HR 80, SpO2 99%.
        Provider check before infusion (Dr. Castellano on site): feels tired, no chest pain, no syncope.
        Asthma mild intermittent, no recent flares, rarely uses albuterol - no extra precautions needed.
        Plan: second dose of 750 mg in 7 days; CBC, ferritin and phosphorus in 6 weeks.
        """,
        codes=[
            c("D50.0", "Iron deficiency anemia secondary to chronic blood loss",
              why="R22: iron deficiency anemia due to chronic blood loss"),
            c("N92.0", "menorrhagia with regular cycles",
              why="R20: the documented source of the blood loss, under current treatment"),
            c("96365", "Infusion started 13:05, completed 13:27",
              why="R18: IV infusion for therapy, initial, up to 1 hour"),
            c("J1439", "ferric carboxymaltose 750 mg", why="R24: ferric carboxymaltose per 1 mg, 750 units",
              units=750),
        ],
        skips=[
            skip("no hypersensitivity reaction", "R01", "negated"),
            skip("no chest pain, no syncope", "R01", "negated"),
            skip("Asthma mild intermittent", "R20", "not affecting the infusion"),
            skip("Intolerant of oral iron (constipation, nausea)", "R20",
                 "past intolerance, not a current adverse effect"),
        ],
    ),
    NoteSpec(
        id="dev-r16-24", dos="2026-02-26", specialty="cardiology", age=67, sex="M", payer="medicare", provider=2,
        **OFFICE,
        text="""
        Cardiology / Heart Failure & Device Clinic

        Problem list:
        - Ischemic cardiomyopathy, LVEF 30% (echo 11/2025)
        - CAD s/p anterior MI and LAD stent 2019
        - Single-chamber ICD (primary prevention) 2020
        - Chronic systolic heart failure, NYHA II
        - Type 2 diabetes - followed by endocrinology
        - Gout, last flare 2023

        Interval: no ICD shocks, no syncope. Walks 30 min daily, 2-pillow orthopnea unchanged, weight stable at
        home. No angina. Adherent to sacubitril/valsartan 49/51 mg BID, carvedilol 12.5 mg BID,
        spironolactone 25 mg, empagliflozin 10 mg, aspirin 81 mg, atorvastatin 80 mg.

        Exam: BP 108/66, HR 64. JVP 7 cm. Lungs clear. No edema.
        Labs 2/20: K 4.6, Cr 1.1, NT-proBNP 610 (was 890).

        ICD interrogation in clinic today (in person, reviewed by me): battery 7.1 years, lead impedance and
        thresholds stable, no VT/VF episodes, no therapies delivered. No programming changes.

        Assessment/Plan:
        1. Chronic systolic HF due to ischemic cardiomyopathy, NYHA II, compensated - continue GDMT; try to
        uptitrate carvedilol to 25 mg BID. BMP in 2 weeks.
        2. CAD without angina - continue aspirin and high-intensity statin.
        3. ICD functioning normally.
        RTC 3 months.
        """,
        codes=[
            c("I50.22", "Chronic systolic HF", why="R22: chronic systolic heart failure"),
            c("I25.5", "ischemic cardiomyopathy, NYHA II", why="R22: ischemic cardiomyopathy"),
            c("I25.10", "CAD without angina", why="R22: native coronary atherosclerosis without angina"),
            c("I25.2", "anterior MI", why="R06: old myocardial infarction (more than 4 weeks ago)"),
            c("Z95.5", "LAD stent 2019", why="R06: coronary stent status, CAD addressed"),
            c("Z95.810", "ICD functioning normally", why="R06: presence of an implantable defibrillator"),
            c("Z79.82", "continue aspirin", why="R10: long-term aspirin (its own code, not Z79.02)"),
            c("99214", "Assessment/Plan:",
              why="R15: two stable chronic illnesses, prescription drug management: moderate MDM; separate "
                  "from the device interrogation", mods=["25"]),
            c("93289", "ICD interrogation in clinic today (in person, reviewed by me)",
              why="R18: in-person interrogation of a transvenous ICD"),
        ],
        skips=[
            skip("Type 2 diabetes - followed by endocrinology", "R20", "managed elsewhere"),
            skip("Gout, last flare 2023", "R20", "not addressed"),
            skip("empagliflozin 10 mg", "R10", "a heart-failure drug here; diabetes managed elsewhere"),
            skip("no ICD shocks, no syncope", "R01", "negated"),
            skip("No angina", "R01", "negated"),
            skip("no VT/VF episodes", "R01", "negated"),
        ],
    ),
]

INPATIENT = [
    NoteSpec(
        id="dev-r16-25", dos="2026-02-09", specialty="gastroenterology", age=76, sex="M", payer="medicare",
        provider=0, **IP,
        text="""
        GASTROENTEROLOGY INPATIENT CONSULTATION
        Requesting: hospital medicine. Reason: melena, anemia.

        76M admitted last night with 2 days of black tarry stools and lightheadedness. He has been taking
        ibuprofen 600 mg three times daily for 3 weeks for bilateral knee osteoarthritis pain, on top of his
        aspirin 81 mg. Hgb 7.4 on arrival (baseline 13.1 in October), BUN 48. Transfused 2 units PRBC overnight,
        Hgb now 9.0. Pantoprazole 80 mg IV bolus then infusion started in the ED. Hemodynamically stable since.
        PMH: hypertension (lisinopril, held on admission for soft BPs), hyperlipidemia, BPH, cataract surgery
        2022.

        EGD today at bedside (ICU): 1.5 cm clean-based ulcer in the duodenal bulb, no visible vessel, no active
        bleeding - Forrest III, no endoscopic therapy needed. Mild antral erythema; gastric biopsies taken for
        H. pylori (result pending). No varices. Esophagus normal.

        Impression:
        1. Duodenal ulcer with hemorrhage, now not actively bleeding, in the setting of NSAID use (ibuprofen
        adverse effect, taken as prescribed by his PCP).
        2. Acute blood loss anemia requiring transfusion.
        3. Hypertension - lisinopril on hold while at risk of rebleeding.

        Recommendations: IV PPI 72 h then pantoprazole 40 mg BID x 8 weeks. Stop ibuprofen permanently;
        acetaminophen for the knees, defer further OA plan to PCP. Resume aspirin in 3 days if Hgb stable - it
        is for primary prevention, PCP may reconsider. Clear liquids today, advance tomorrow. Follow H. pylori
        biopsy; treat if positive.
        """,
        codes=[
            c("K26.4", "Duodenal ulcer with hemorrhage",
              why="R22: duodenal ulcer, acuity not stated, with hemorrhage"),
            c("T39.315A", "ibuprofen\n        adverse effect, taken as prescribed",
              why="R12: adverse effect of a correctly taken NSAID (propionic acid derivative), initial"),
            c("D62", "Acute blood loss anemia requiring transfusion", why="R22: acute posthemorrhagic anemia"),
            c("I10", "Hypertension - lisinopril on hold", why="R20: chronic condition whose treatment is managed"),
            c("Z79.82", "aspirin 81 mg", "Resume aspirin",
              why="R10: long-term aspirin, current home drug managed in the stay"),
        ],
        skips=[
            skip("no active\n        bleeding", "R01", "negated"),
            skip("No varices", "R01", "negated"),
            skip("H. pylori (result pending)", "R01", "test result pending, not a diagnosis"),
            skip("treat if positive", "R07", "conditional"),
            skip("hyperlipidemia, BPH, cataract surgery\n        2022", "R20", "PMH not addressed by the consult"),
            skip("bilateral knee osteoarthritis pain", "R20", "deferred to the PCP, not managed by the consultant"),
        ],
    ),
    NoteSpec(
        id="dev-r16-26", dos="2026-03-02", specialty="infectious disease", age=64, sex="F", payer="medicare",
        provider=1, **IP,
        text="""
        Infectious Disease Consult Note - Hospital Day 3

        Asked to see for: osteomyelitis, antibiotic selection.

        HPI: 64F with type 2 diabetes on insulin (glargine 40 units + lispro sliding scale), diabetic
        neuropathy, admitted with a draining ulcer under the left first metatarsal head present for 3 months,
        now with redness and swelling of the forefoot. MRI left foot: osteomyelitis of the first metatarsal head
        with a plantar ulcer tracking to bone. Podiatry did a bone biopsy at the bedside yesterday: histology
        acute osteomyelitis; bone culture growing methicillin-resistant Staphylococcus aureus. Blood cultures x2
        no growth at 48 hours - no bacteremia. No sepsis: afebrile, WBC 11.2, lactate normal.
        Allergies: penicillin (hives, as a child).

        Exam: plantar left 1st MTH ulcer 1.5 x 1.2 cm with probe to bone, surrounding erythema 3 cm, no
        crepitus, no abscess on MRI. DP pulses palpable, ABI 1.0 - no PAD.

        Assessment:
        1. Acute osteomyelitis of the left first metatarsal due to MRSA, secondary to a diabetic foot ulcer.
        2. Diabetic foot ulcer, plantar left first metatarsal head, with bone involvement (necrosis of bone on
        histology).
        3. Type 2 DM with neuropathy, on insulin, A1c 9.4 - poorly controlled, with hyperglycemia 250s.
        4. Penicillin allergy (childhood hives) - noted; vancomycin chosen for MRSA regardless.

        Recommendations: vancomycin IV, trough-guided (AUC 400-600), for 6 weeks via PICC; weekly CBC, BMP and
        vancomycin levels. Podiatry considering 1st ray resection - if the infected bone is fully resected the
        course can be shortened. Tight glucose control per primary team.
        """,
        codes=[
            c("E11.69", "secondary to a diabetic foot ulcer",
              why="R09: diabetes with other specified complication (osteomyelitis); 'with' links it (I.A.15)"),
            c("M86.172", "Acute osteomyelitis of the left first metatarsal",
              why="R22: other acute osteomyelitis, left ankle and foot (use additional code with E11.69)"),
            c("B95.62", "methicillin-resistant Staphylococcus aureus",
              why="R22: MRSA as the cause of the osteomyelitis"),
            c("E11.621", "Diabetic foot ulcer, plantar left first metatarsal head",
              why="R09: diabetes with foot ulcer"),
            c("L97.524", "with bone involvement (necrosis of bone on\n        histology)",
              why="R22: non-pressure ulcer of other part of left foot with necrosis of bone"),
            c("E11.40", "Type 2 DM with neuropathy", why="R09: diabetic neuropathy, type not specified"),
            c("E11.65", "poorly controlled, with hyperglycemia",
              why="R09: poorly controlled diabetes with high sugars is hyperglycemia (Decision)"),
            c("Z79.4", "on insulin (glargine 40 units", why="R10: long-term insulin"),
            c("Z88.0", "Penicillin allergy (childhood hives)",
              why="R20: allergy status weighed in the antibiotic choice the consult was asked for (as dev-r14-26)"),
        ],
        skips=[
            skip("no bacteremia", "R01", "negated"),
            skip("No sepsis", "R01", "negated"),
            skip("no abscess on MRI", "R01", "negated"),
            skip("no PAD", "R01", "negated"),
            skip("if the infected bone is fully resected", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-r16-27", dos="2026-01-19", specialty="cardiology", age=81, sex="F", payer="medicare",
        provider=2, **IP,
        text="""
        Cardiology Consultation (inpatient)
        Consulting physician: S. Ibsen, MD. Requested by: orthopedic hospitalist service.
        Reason: new atrial fibrillation after hip surgery.

        81-year-old woman admitted 1/16 after a mechanical fall at home (tripped on a rug) with a displaced left
        femoral neck fracture; hemiarthroplasty 1/17. This morning (POD 2) she was found to be in atrial
        fibrillation with rates 130-150 on telemetry, mild palpitations, no chest pain. Never had AF before per
        her and her records. Hgb 8.2 after surgery (10.9 preop). K 3.9, Mg 2.0, TSH normal.
        PMH: hypertension on amlodipine; hypothyroidism on levothyroxine; cataracts.

        ECG reviewed: atrial fibrillation with RVR 138, no acute ST changes. Bedside echo yesterday by
        anesthesia: EF 60%, no significant valve disease. Troponin normal x2.

        Assessment:
        1. New-onset paroxysmal atrial fibrillation with rapid ventricular response - triggered by postoperative
        stress, pain and anemia. Converted to sinus rhythm at 11:40 after IV metoprolol 5 mg x2.
        CHA2DS2-VASc 4 (age, female sex, hypertension).
        2. Acute postoperative blood loss anemia, Hgb 8.2 - expected; transfusion threshold per ortho.
        3. Hypertension - hold amlodipine while on metoprolol; BP 118/64.
        4. Left femoral neck fracture s/p hemiarthroplasty - per ortho.
        No evidence of acute coronary syndrome - troponin normal x2.

        Recommendations: metoprolol tartrate 25 mg BID. Start apixaban 2.5 mg BID (age >= 80 and weight 52 kg)
        once ortho agrees it is safe, in place of enoxaparin prophylaxis. Outpatient monitor in 4 weeks.
        """,
        codes=[
            c("I48.0", "New-onset paroxysmal atrial fibrillation",
              why="R22: paroxysmal AF (self-limited, converted), the reason for the consult"),
            c("S72.002A", "Left femoral neck fracture s/p hemiarthroplasty",
              why="R12: fracture of the neck of the left femur, closed, initial encounter (active treatment stay)"),
            c("D62", "Acute postoperative blood loss anemia",
              why="R22: acute posthemorrhagic anemia; expected postoperative loss is not a complication code"),
            c("I10", "Hypertension - hold amlodipine", why="R20: chronic condition managed"),
        ],
        skips=[
            skip("no chest pain", "R01", "negated"),
            skip("No evidence of acute coronary syndrome", "R01", "negated"),
            skip("hypothyroidism on levothyroxine; cataracts", "R20", "not addressed by the consult"),
            skip("Start apixaban", "R10", "started during the stay, record not yet at discharge"),
            skip("no significant valve disease", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r16-28", dos="2026-02-16", specialty="nephrology", age=73, sex="M", payer="medicare",
        provider=3, **IP,
        text="""
        Nephrology Progress Note - HD 4

        S: Urine output 1.6 L overnight (was 400 mL/day on admission). No dyspnea. Eating.

        O: BP 132/74, HR 70, afebrile. Wt 80.6 kg (admit 80.4). Lungs clear, trace ankle edema.
        Cr 3.4 (peak 4.1 on HD2, baseline 1.9), K 5.1 (6.2 on admission), HCO3 19 (14 on admission), BUN 62.
        Urine sediment (reviewed by me on HD1): muddy brown granular casts.

        A/P:
        1. AKI due to acute tubular necrosis (ischemic, see admission H&P) - recovering, non-oliguric now. No
        indication for dialysis. Continue to hold lisinopril; renally dose meds.
        2. CKD stage 3b (baseline Cr 1.9, eGFR 35) from hypertensive nephrosclerosis.
        3. Chronic diastolic heart failure - compensated; resume home furosemide 20 mg daily tomorrow if
        creatinine keeps falling, daily weights.
        4. Hyperkalemia - resolved with binder and insulin/dextrose; low-K diet, patiromer stopped.
        5. Acute metabolic acidosis, improving - continue oral sodium bicarbonate 650 mg TID for 3 days.
        Anemia of CKD - Hgb 11.1, stable, no ESA needed.
        """,
        codes=[
            c("N17.0", "AKI due to acute tubular necrosis", why="R22: acute kidney failure with tubular necrosis"),
            c("I13.0", "CKD stage 3b (baseline Cr 1.9, eGFR 35) from hypertensive nephrosclerosis",
              "Chronic diastolic heart failure",
              why="R08: hypertension with CKD and heart failure is I13.0, with N18 and I50 codes"),
            c("I50.32", "Chronic diastolic heart failure", why="R08: type and acuity of heart failure"),
            c("N18.32", "CKD stage 3b", why="R08: CKD stage 3b"),
            c("E87.5", "Hyperkalemia - resolved with binder",
              why="R22: treated during the stay, coded though resolved"),
            c("E87.21", "Acute metabolic acidosis, improving", why="R22: acute metabolic acidosis (FY2023)"),
            c("D63.1", "Anemia of CKD - Hgb 11.1, stable", why="R22: anemia in chronic kidney disease, monitored"),
        ],
        skips=[
            skip("No dyspnea", "R01", "negated"),
            skip("No\n        indication for dialysis", "R01", "negated"),
            skip("no ESA needed", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r16-29", dos="2026-03-26", specialty="neurology", age=70, sex="M", payer="medicare",
        provider=0, **IP,
        text="""
        NEUROLOGY CONSULT - STROKE SERVICE

        CC/Reason: acute right-sided weakness and trouble speaking.

        70M, right-handed, last known well 07:30 yesterday, found by wife at 09:10 with right face and arm
        weakness and word-finding difficulty. Outside tPA window on arrival, no large vessel occlusion on CTA
        amenable to thrombectomy (distal left M2 occlusion). MRI: acute infarct, left MCA territory (insula and
        frontal operculum). Telemetry overnight: paroxysmal atrial fibrillation, runs up to 40 minutes, not
        previously known.
        PMH: hypertension, hyperlipidemia, gout (allopurinol), remote appendectomy. Ex-smoker, quit 1995.

        Exam: NIHSS 8 (right facial palsy 2, right arm 2, right leg 2, aphasia 2).
        Expressive aphasia with intact comprehension. Right hemiparesis. Bedside swallow screen failed - wet
        voice and coughing with thin liquids.

        Impression:
        1. Acute ischemic stroke, left MCA territory, due to occlusion of a distal left MCA branch (M2).
        2. Right hemiparesis (dominant side), including the face, and expressive aphasia as deficits of the
        stroke.
        3. Oropharyngeal dysphagia after stroke - NPO except meds, SLP evaluation.
        4. Paroxysmal atrial fibrillation, new.
        5. Hypertension - permissive hypertension to 220/120 for 24 hours, then resume lisinopril.
        6. Hyperlipidemia - atorvastatin increased to 80 mg.

        Recommendations: aspirin 325 mg now; start apixaban on day 4-5 if no hemorrhagic transformation on
        repeat imaging. PT/OT/SLP. Stroke education. No need for carotid imaging beyond the CTA (no stenosis).
        """,
        codes=[
            c("I63.512", "Acute ischemic stroke, left MCA territory, due to occlusion of a distal left MCA branch (M2)",
              why="R22: cerebral infarction due to occlusion of the left middle cerebral artery"),
            c("G81.91", "Right hemiparesis (dominant side)",
              why="R22: hemiplegia/hemiparesis affecting the right dominant side, a deficit of the acute stroke"),
            c("R47.01", "expressive aphasia", why="R22: aphasia due to the acute stroke (not I69 during the stay)"),
            c("R13.12", "Oropharyngeal dysphagia",
              why="R22: dysphagia, oropharyngeal phase (I63 'use additional code' for deficits)"),
            c("R29.708", "NIHSS 8", why="R22: NIHSS score, secondary to the stroke (I.C.18.i)"),
            c("I48.0", "Paroxysmal atrial fibrillation, new", why="R22: paroxysmal AF"),
            c("I10", "Hypertension - permissive hypertension", why="R20: chronic condition managed"),
            c("E78.5", "Hyperlipidemia - atorvastatin increased", why="R20: chronic condition treated"),
            c("Z87.891", "Ex-smoker, quit 1995",
              why="R06: former smoker (Decision; chapter 9 'use additional code' for history of tobacco dependence)"),
        ],
        skips=[
            skip("no large vessel occlusion on CTA\n        amenable to thrombectomy", "R01", "negated"),
            skip("gout (allopurinol), remote appendectomy", "R20", "not addressed by the consult"),
            skip("if no hemorrhagic transformation", "R07", "conditional"),
            skip("(no stenosis)", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-r16-30", dos="2026-01-23", specialty="palliative care", age=68, sex="F", payer="medicare",
        provider=1, **IP,
        text="""
        Palliative Care Consultation

        Requested by: Dr. Ferreira, hospital medicine, for goals of care and symptom management.

        68-year-old woman with adenocarcinoma of the head of the pancreas, metastatic to the liver, diagnosed
        8/2025, progressed on second-line chemotherapy; oncology (Dr. Castellano) has advised no further
        cancer-directed therapy. Admitted 1/20 with uncontrolled abdominal and back pain and poor oral intake.
        She has lost 14 kg in 5 months (BMI 17.8) with muscle wasting and anorexia; oncology calls it cancer
        cachexia. Constipated for 5 days on oxycodone, no bowel obstruction on CT.
        Other history: cholecystectomy 2015, cataract surgery 2023.

        Symptoms: pain 8/10 on arrival, now 4/10 on hydromorphone PCA. Nausea mild. No dyspnea. Mood sad
        but not depressed; coping with family support.

        Goals of care discussion (45 minutes) with patient, husband and daughter: she understands her illness
        is terminal and wants comfort-focused care at home. DNR/DNI order placed today with her consent.

        Assessment:
        1. Metastatic pancreatic adenocarcinoma (head) with liver metastases - comfort-focused care.
        2. Cancer-related pain - convert PCA to oral hydromorphone ER/IR.
        3. Opioid-induced constipation - senna and PEG scheduled, methylnaltrexone if no BM in 24 h.
        4. Cancer cachexia - liberalize diet, no artificial nutrition per her wishes.
        5. DNR/DNI.
        Plan: hospice referral for home; family meeting complete.
        """,
        codes=[
            c("C25.0", "Metastatic pancreatic adenocarcinoma (head)", why="R22: primary malignancy, head of pancreas"),
            c("C78.7", "with liver metastases", why="R22: secondary malignancy of the liver"),
            c("G89.3", "Cancer-related pain", why="R22: neoplasm-related pain managed"),
            c("K59.03", "Opioid-induced constipation",
              why="R22: drug-induced constipation (K59.03; OIC, use additional code for the adverse effect)"),
            c("T40.2X5A", "Opioid-induced constipation",
              why="R12: adverse effect of other opioids (oxycodone), initial (active treatment)"),
            c("R64", "Cancer cachexia", why="R22: cachexia (code first the underlying condition)"),
            c("Z68.1", "BMI 17.8", why="R22: BMI with the provider's cachexia diagnosis (I.B.14)"),
            c("Z79.891", "on oxycodone", "convert PCA to oral hydromorphone ER/IR",
              why="R10: long-term opiate analgesic - home oxycodone for cancer pain, continued as oral "
                  "hydromorphone. Added after the first run"),
            c("Z66", "DNR/DNI order placed today", why="R20: do not resuscitate status documented"),
            c("Z51.5", "Palliative Care Consultation", why="R20: encounter for palliative care as a secondary code"),
        ],
        skips=[
            skip("no bowel obstruction on CT", "R01", "negated"),
            skip("cholecystectomy 2015, cataract surgery 2023", "R20", "past surgery with no impact on the stay"),
            skip("muscle wasting and anorexia", "R23", "integral to the cachexia"),
            skip("No dyspnea", "R01", "negated"),
            skip("not depressed", "R01", "negated"),
        ],
    ),
]

NOTES = CLINICS + INPATIENT
