"""Dev notes dev-ed1-01..20 (issue #3): emergency department physician notes by different authors, a setting
the rules had seen only twice. Chest pain and syncope workups, abdominal pain with CT incidentals, headache
with an AMA departure, an elderly fall with a splinted fracture on an anticoagulant, a motor vehicle crash
with several injuries, intentional and accidental poisonings (I.C.19.e.5.b: poisoning first, intent and 7th
character), alcohol intoxication by the documented use disorder (F10.120 mild / F10.220 moderate-severe), a
laceration repair with a separate E/M (modifier 25), asthma and COPD exacerbations (critical care by time),
an abscess I&D, a ureteral stone, cystitis in pregnancy, a febrile toddler, suicidal ideation, sickle cell
crisis, DVT with PE excluded, and shellfish anaphylaxis. ED visits are outpatient: "likely", "probable",
"concerning for", "r/o" diagnoses are not coded (IV.H, R03). ED E/M 99281-99285 by MDM only; nebulizers and
injections given by ED nurses are facility services (not on the physician's gold); an ECG the ED physician
interprets is 93010 and is then not counted again as an independent interpretation in the MDM data.
External cause codes are not assigned (corpora/README.md Decisions). Gold written before the engine ran.

First run (scored once before any rule change, engine at commit e3b1540, 20 notes): ICD-10-CM P 0.684 R 0.722
F1 0.703 (evidence F1 0.703); procedure P 0.840 R 0.840 F1 0.840 (evidence F1 0.760); E/M level 16/18.
Causes: no drug poisoning codes from 'overdose'/'taken twice by mistake' (T39.1X2A, T44.7X1A missed, T14.91XA
added instead); intoxication not combined with the use disorder (F10.10/F10.20 for F10.120/F10.220); a
'Differential included ...' list coded (S12.9XXA, J93.9); injury sites missing from the lexicon (neck strain
S16.1, chest wall contusion S20.21-, forehead laceration S01.81); 'vaso-occlusive crisis' unknown (D57.1
'without crisis'); DVT of a named vein left at I82.40x (and I82.409 beside it); integral signs coded (erythema
around an abscess L53.9, hypotension of anaphylaxis I95.9) and a food-allergy status beside the anaphylaxis
(Z91.013); Z79.891 not kept for sickle cell pain; procedures: 93010 missed once ('ECG - my interpretation'),
modifier 25/LT missing on the splint visit, critical care (99291) not supported, an E/M-25 added beside a simple
I&D; E/M: ed1-15 (cystitis in pregnancy, 'ddx' read as an undiagnosed problem: 99284 for 99283), ed1-18 (sickle
cell crisis with parenteral opioids: problem read as low, 99284 for 99285).
After the fixes of this batch (commits e51203c, 2d9f0ab, d33be13, a8c6f91, 5966a3b, 38b33c7, 55a2afd): ICD-10-CM
P 0.973 R 1.000 F1 0.986 (evidence F1 0.986); procedure P 0.923 R 0.960 F1 0.941 (evidence F1 0.902; the 25 on
the splint visit and 93010 came back with helper I's procedure work); E/M 17/18. Still wrong: 29125 without LT
(the side is on the fracture line, not the splint line), E/M-25 beside the simple I&D (MDM low: 2 acute
problems counted; not traced), Z87.442 beside a current stone, ed1-15 99284 for 99283.
"""

from corpora.tools.spec import NoteSpec, c, skip

ED = dict(specialty="emergency medicine", setting="outpatient", pos="23")

NOTES = [
    NoteSpec(
        id="dev-ed1-01", dos="2026-03-04", age=52, sex="M", payer="bcbs", **ED,
        text="""
        EMERGENCY DEPARTMENT PHYSICIAN NOTE

        CC: chest pain
        HPI: 52 y/o M with HTN presents with substernal chest pressure that began at rest about 3 hours ago,
        lasted ~20 minutes, non-radiating, no diaphoresis. Now pain-free. No exertional component over the last
        month. Non-smoker. No prior cardiac history, never had a stress test.
        PMH: HTN on lisinopril 20 mg. Meds reviewed.
        Exam: BP 162/94, HR 78, SpO2 98% RA. Lungs clear, RRR no murmur, chest wall non-tender, calves soft.

        ECG (my interpretation): NSR 76, normal axis, no ST elevation or depression, no Q waves. Unchanged from
        2024 tracing in chart.
        Labs ordered and reviewed: CBC, BMP, troponin 0h <6 ng/L and 2h <6 ng/L.
        CXR independently viewed by me: no infiltrate, no widened mediastinum, no pneumothorax.

        MDM: Differential includes ACS, PE, aortic dissection, GERD, musculoskeletal pain. HEART score 3.
        Serial high-sensitivity troponins negative, ECG without ischemic change; PE unlikely (PERC negative),
        dissection unlikely. Considered observation admission for stress testing; after shared decision making
        the patient prefers outpatient stress test within 72 h.
        ED course: aspirin 324 mg given, remained pain free.
        Impression:
        1. Chest pain, unspecified - ACS ruled out by serial troponins.
        2. Hypertension - elevated here, continue lisinopril, recheck with PCP this week.
        Dispo: discharge home, outpatient stress test, return precautions given.
        """,
        codes=[
            c("R07.9", "Chest pain, unspecified", why="R03: symptom coded, ACS ruled out"),
            c("I10", "Hypertension - elevated here, continue lisinopril",
              why="R20: chronic condition addressed"),
            c("99285", "MDM:", why="R15: ED by MDM: threat to bodily function worked up (high) and extensive data "
              "(3+ tests and independent CXR interpretation)"),
            c("93010", "ECG (my interpretation)", why="R18: ECG interpretation and report by the ED physician"),
        ],
        skips=[
            skip("ACS ruled out by serial troponins", "R01", "ruled out"),
            skip("PE unlikely", "R01", "ruled out"),
            skip("no diaphoresis", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-ed1-02", dos="2026-02-11", age=61, sex="F", payer="aetna", **ED,
        text="""
        ED Provider Note - Dr. Okafor

        61F c/o LLQ abd pain x2 days, low-grade fever 38.1 at home, anorexia. No vomiting, no blood in stool.
        Last colonoscopy 2021 showed diverticulosis.
        Vitals T 38.2 HR 96 BP 138/82. Abd: TTP LLQ with voluntary guarding, no rebound.

        Workup: CBC WBC 13.4, CMP nl, lipase nl, UA neg.
        CT A/P w/ contrast (radiology read reviewed): sigmoid diverticulitis with pericolic fat stranding; no
        abscess, no free air. Incidental 1.4 cm simple hepatic cyst. Mild degenerative change lumbar spine.

        DDx: diverticulitis vs colitis vs pyelonephritis vs ovarian pathology - CT consistent with
        uncomplicated diverticulitis.
        ED course: IV fluids, ondansetron, tolerated PO challenge.

        Assessment: Acute sigmoid diverticulitis without perforation or abscess.
        Plan: amoxicillin-clavulanate 875 mg bid x 7d (Rx), clear liquids advance as tolerated, GI f/u 6-8 wk
        for colonoscopy. Return if worsening pain, persistent fever, or vomiting.
        Dispo: discharged home, stable.
        """,
        codes=[
            c("K57.32", "Acute sigmoid diverticulitis without perforation or abscess",
              why="R22: diverticulitis of the large intestine without perforation, abscess or bleeding"),
            c("99284", "Assessment:", why="R15: ED by MDM: acute illness with systemic symptoms, 3+ tests "
              "ordered/reviewed, prescription drug management (moderate)"),
        ],
        skips=[
            skip("Incidental 1.4 cm simple hepatic cyst", "R20", "incidental imaging finding not addressed"),
            skip("Mild degenerative change lumbar spine", "R20", "incidental imaging finding not addressed"),
            skip("no abscess, no free air", "R01", "negated"),
            skip("Return if worsening pain, persistent fever, or vomiting", "R07", "conditional"),
            skip("showed diverticulosis", "R23", "part of the diverticulitis"),
        ],
    ),
    NoteSpec(
        id="dev-ed1-03", dos="2026-04-19", age=38, sex="F", payer="uhc", **ED,
        text="""
        EMERGENCY MEDICINE

        Chief complaint: headache.
        History: 38-year-old woman with a bifrontal throbbing headache since waking this morning, gradual in
        onset, 7/10, with photophobia and nausea. She reports similar but milder headaches before her periods.
        No thunderclap onset, no fever, no neck stiffness, no focal weakness, no head trauma.
        Exam: afebrile, BP 128/76. Neck supple. Neuro: alert, CN II-XII intact, strength 5/5 throughout, normal
        gait, no pronator drift. Fundi without papilledema.

        Differential includes migraine, tension-type headache, subarachnoid hemorrhage, meningitis, venous
        sinus thrombosis. CT head without contrast ordered - my review and the radiology report: no bleed, no
        mass. CBC and BMP ordered, unremarkable.
        ED course: IV metoclopramide, diphenhydramine and ketorolac with improvement to 3/10. Recommended LP
        to complete the SAH evaluation given age and new severe headache; risks, benefits and alternatives
        discussed. Patient declined LP and chose to leave against medical advice; she demonstrates capacity,
        AMA form signed, knows to return at any time.

        Impression: Headache, probable migraine without aura.
        Dispo: left AMA after evaluation and treatment. Sumatriptan 50 mg Rx given, neurology referral.
        """,
        codes=[
            c("R51.9", "Headache, probable migraine without aura",
              why="R03: 'probable' migraine is not coded in the ED; the headache is"),
            c("99284", "Differential includes", why="R15: ED by MDM: undiagnosed new problem with uncertain "
              "prognosis, 3 tests ordered/reviewed, prescription drug management (moderate)"),
        ],
        skips=[
            skip("probable migraine without aura", "R03", "uncertain diagnosis, ED is outpatient"),
            skip("no fever, no neck stiffness, no focal weakness, no head trauma", "R01", "negated"),
            skip("no bleed, no mass", "R01", "negated"),
            skip("with photophobia and nausea", "R23", "part of the headache presentation"),
            skip("chose to leave against medical advice", "R20",
                 "leaving AMA has no code the guidelines require (Z53.2- is for a procedure not carried out)"),
        ],
    ),
    NoteSpec(
        id="dev-ed1-04", dos="2026-05-02", age=24, sex="F", payer="cigna", **ED,
        text="""
        ED NOTE
        24F brought in by EMS after passing out at a concert. Felt hot, lightheaded and nauseated after
        standing for 2 hours, tunnel vision, then slumped to the ground; friends report LOC < 1 minute, no
        shaking, no incontinence, no tongue biting. Back to baseline immediately. No chest pain or palpitations
        before the event. No prior episodes. No family history of sudden death.
        Exam: HR 72, BP 112/70, orthostatics negative. No injuries. Neuro nonfocal. Heart regular, no murmur.
        ECG interpreted by me: sinus rhythm 70, PR 150, QRS 88, QTc 410, no pre-excitation, no Brugada
        pattern.
        CBC and BMP ordered - normal. Urine hCG negative.
        MDM: classic prodrome in a setting of prolonged standing and heat; normal ECG; no features of cardiac or
        seizure cause. Low risk by Canadian Syncope Risk Score.
        Dx: Vasovagal syncope.
        Dispo: discharged with hydration advice and counter-pressure maneuvers.
        """,
        codes=[
            c("R55", "Vasovagal syncope", why="R22: vasovagal syncope indexes to R55"),
            c("99283", "MDM:", why="R15: ED by MDM: acute problem, limited data (2 tests), low risk"),
            c("93010", "ECG interpreted by me", why="R18: ECG interpretation and report by the ED physician"),
        ],
        skips=[
            skip("no shaking, no incontinence, no tongue biting", "R01", "negated"),
            skip("No chest pain or palpitations", "R01", "negated"),
            skip("No family history of sudden death", "R01", "negated"),
            skip("lightheaded and nauseated", "R23", "part of the vasovagal episode"),
        ],
    ),
    NoteSpec(
        id="dev-ed1-05", dos="2026-01-22", age=84, sex="F", payer="medicare", **ED,
        text="""
        Emergency Department - Attending Note

        84-year-old woman, lives alone, tripped over a rug in her kitchen this morning and fell onto her
        outstretched left hand, striking the back of her head on the floor. No LOC per patient. On apixaban for
        permanent atrial fibrillation. Left wrist pain and deformity.
        PMH: permanent AF, osteoarthritis of knees, cataracts.
        Exam: GCS 15. 3 cm boggy hematoma occipital scalp, no laceration. C-spine non-tender (NEXUS negative).
        Left wrist: dorsal angulation, swelling, radial pulse 2+, median nerve sensation intact.
        Irregularly irregular, rate 82.

        Imaging: CT head without contrast (anticoagulated, head strike) - no intracranial hemorrhage, no skull
        fracture. Left wrist XR - my independent read: extra-articular distal radius fracture with dorsal
        angulation, consistent with a Colles fracture; radiology concurs.
        Labs: CBC, BMP ordered and reviewed.

        Assessment:
        1. Closed Colles fracture, left radius.
        2. Contusion of scalp.
        3. Permanent atrial fibrillation on long-term apixaban - rate controlled; apixaban continued, CT
           negative for bleed.
        Procedure: volar short arm splint applied by me, neurovascularly intact after.
        Plan: orthopedics follow-up in 3-5 days for definitive management. Acetaminophen for pain. PT/OT home
        safety evaluation ordered.
        Dispo: discharged home with daughter.
        """,
        codes=[
            c("S52.532A", "Closed Colles fracture, left radius",
              why="R12/R11: Colles fracture of the left radius, initial encounter for closed fracture"),
            c("S00.03XA", "Contusion of scalp", why="R12: contusion of scalp, initial encounter"),
            c("I48.21", "Permanent atrial fibrillation on long-term apixaban",
              why="R20: chronic condition affecting care (anticoagulated head strike)"),
            c("Z79.01", "long-term apixaban", why="R10: long-term anticoagulant"),
            c("99284", "Assessment:", why="R15: ED by MDM: acute complicated injury, independent interpretation "
              "plus tests (moderate data), prescription drug management (moderate); modifier 25 with the "
              "splint", mods=["25"]),
            c("29125", "volar short arm splint applied by me", why="R18: short arm static splint; the ED "
              "physician does not provide the fracture care (orthopedics does)", mods=["LT"]),
        ],
        skips=[
            skip("No LOC", "R01", "negated"),
            skip("no laceration", "R01", "negated"),
            skip("no intracranial hemorrhage, no skull fracture", "R01", "negated"),
            skip("osteoarthritis of knees, cataracts", "R20", "not addressed"),
        ],
    ),
    NoteSpec(
        id="dev-ed1-06", dos="2026-06-07", age=28, sex="M", payer="bcbs", **ED,
        text="""
        ED PHYSICIAN DOCUMENTATION

        28M restrained driver in a front-end collision at ~35 mph, airbags deployed, ambulatory at scene.
        Complains of neck pain and left-sided chest wall pain. Denies head strike, LOC, abdominal pain, SOB.
        Exam: Posterior neck paraspinal tenderness, no midline tenderness. Seatbelt mark and tenderness over
        left anterior chest wall. Abdomen soft, no seatbelt sign. 4 x 3 cm abrasion left knee. FAST negative.
        Studies: CT cervical spine - no fracture or malalignment. CXR - no rib fracture, no pneumothorax.
        UA - no hematuria.
        MDM: Differential included cervical spine fracture, rib fractures, pneumothorax, intra-abdominal injury;
        each excluded by the above.
        Diagnoses:
        - Strain of neck muscles
        - Contusion of left front wall of chest
        - Abrasion of left knee - cleaned, bacitracin
        Rx cyclobenzaprine 5 mg qhs x 5 days, ibuprofen. Tetanus current (2022).
        Dispo: home, PCP in 1 week.
        """,
        codes=[
            c("S16.1XXA", "Strain of neck muscles", why="R12: strain of neck muscle, initial encounter"),
            c("S20.212A", "Contusion of left front wall of chest",
              why="R12/R11: contusion of left front wall of thorax, initial encounter"),
            c("S80.212A", "Abrasion of left knee", why="R12/R11: abrasion of left knee, initial encounter"),
            c("99284", "MDM:", why="R15: ED by MDM: multiple acute injuries, 3 tests, prescription drug "
              "management (moderate)"),
        ],
        skips=[
            skip("Denies head strike, LOC, abdominal pain, SOB", "R01", "negated"),
            skip("no midline tenderness", "R02", "normal exam"),
            skip("no fracture or malalignment", "R01", "negated"),
            skip("no rib fracture, no pneumothorax", "R01", "negated"),
            skip("restrained driver in a front-end collision", "R20", "external cause codes not assigned"),
        ],
    ),
    NoteSpec(
        id="dev-ed1-07", dos="2026-03-28", age=19, sex="F", payer="medicaid", **ED,
        text="""
        ED Attending Note
        CC: ingestion
        19 yo F brought by roommate ~5 h after taking about twenty 500 mg acetaminophen tablets after an
        argument with her boyfriend; she states she "wanted to die". Vomited twice since. No co-ingestants per
        patient; EtOH denied. Has had low mood for 2 months, poor sleep, stopped going to class.
        Exam: tearful, HR 104, BP 118/72. Abdomen soft, mild RUQ tenderness. No jaundice.
        4-h APAP level 212 mcg/mL (above treatment line), AST/ALT 28/30, INR 1.0, salicylate and EtOH
        negative, BMP nl.
        Poison control consulted: 21-hour IV NAC protocol.
        MDM: intentional acetaminophen overdose above the treatment line - high risk for hepatotoxicity; NAC
        started, requires admission with serial LFTs/APAP levels; 1:1 sitter; psychiatry consult once
        medically cleared.
        Impressions:
        1. Intentional acetaminophen overdose (suicide attempt), initial encounter, with nausea and vomiting.
        2. Major depressive disorder, single episode, moderate.
        Dispo: admit to medicine (step-down) on IV NAC, suicide precautions.
        """,
        codes=[
            c("T39.1X2A", "Intentional acetaminophen overdose (suicide attempt)",
              why="R12/R21: poisoning by 4-aminophenol derivatives, intentional self-harm, initial; the "
              "poisoning is sequenced first (I.C.19.e.5.b)"),
            c("R11.2", "with nausea and vomiting", why="R21: manifestation of the poisoning after the T code"),
            c("F32.1", "Major depressive disorder, single episode, moderate", why="R22: MDD single episode moderate"),
            c("99285", "MDM:", why="R15: ED by MDM: threat to life, extensive data, decision for hospitalization "
              "(high)"),
        ],
        skips=[
            skip("EtOH denied", "R01", "negated"),
            skip("No jaundice", "R02", "normal exam"),
        ],
    ),
    NoteSpec(
        id="dev-ed1-08", dos="2026-07-15", age=80, sex="F", payer="medicare", **ED,
        text="""
        EMERGENCY DEPARTMENT NOTE

        80 y/o F sent in by her home health nurse for slow heart rate. Pt takes metoprolol tartrate 25 mg bid
        for HTN; this morning she took her morning dose twice by mistake (pill box confusion). Feels tired and
        a little dizzy standing. No syncope, no chest pain.
        VS: HR 46, BP 104/60, SpO2 97%.
        ECG - my interpretation: sinus bradycardia 46, PR 190, no AV block, no acute ST changes.
        BMP, Mg, TSH ordered: K 4.3, Cr 0.9, TSH nl.
        MDM: accidental double dose of beta-blocker with symptomatic sinus bradycardia, hemodynamically stable,
        no AV block. Observed on telemetry 6 hours: HR recovered to 58, BP 122/70, ambulating without
        dizziness. Atropine at bedside, not needed.
        Dx:
        # Accidental metoprolol overdose (took extra dose in error), initial encounter
        # Sinus bradycardia due to the above
        # Hypertension - hold evening metoprolol dose tonight then resume
        Dispo: discharged home; daughter to fill pill box; home health nurse to recheck HR tomorrow.
        """,
        codes=[
            c("T44.7X1A", "Accidental metoprolol overdose (took extra dose in error)",
              why="R12/R21: taking a drug in error is a poisoning, accidental, initial; sequenced first "
              "(I.C.19.e.5.b)"),
            c("R00.1", "Sinus bradycardia due to the above", why="R21: manifestation after the poisoning"),
            c("I10", "Hypertension - hold evening metoprolol dose", why="R20: chronic condition managed"),
            c("99284", "MDM:", why="R15: ED by MDM: acute illness with systemic symptoms, 3 tests, prescription "
              "drug management (moderate)"),
            c("93010", "ECG - my interpretation", why="R18: ECG interpretation by the ED physician"),
        ],
        skips=[
            skip("No syncope, no chest pain", "R01", "negated"),
            skip("no AV block", ("R01"), "negated"),
            skip("a little dizzy standing", "R23", "part of the symptomatic bradycardia"),
        ],
    ),
    NoteSpec(
        id="dev-ed1-09", dos="2026-08-09", age=47, sex="M", payer="medicaid", **ED,
        text="""
        ED Course / Physician Note

        47M brought in by police, found sleeping on a bus bench, smelling of alcohol. Known to our ED; history
        of alcohol use disorder, moderate, drinks a pint of vodka daily. Last drink about 2 hours PTA. No
        history of withdrawal seizures or DTs.
        Exam: slurred speech, ataxic gait, GCS 14 (E4V4M6), no signs of head trauma, pupils equal reactive.
        Finger-stick glucose 104. Serum EtOH 286 mg/dL, BMP and CBC reviewed - unremarkable.
        MDM: acute alcohol intoxication in a patient with alcohol use disorder; ddx hypoglycemia, head injury,
        co-ingestion - glucose normal, no trauma on exam, improving mental status with time makes other causes
        unlikely. Observed until clinically sober, ambulating steadily, tolerating PO. CIWA 3 at discharge.
        Impression: Alcohol intoxication, uncomplicated, with alcohol use disorder, moderate.
        Social work met with patient: detox and outpatient treatment resources given; declines detox today.
        Dispo: discharged to shelter.
        """,
        codes=[
            c("F10.220", "Alcohol intoxication, uncomplicated, with alcohol use disorder, moderate",
              why="R22: moderate alcohol use disorder is dependence; intoxication with dependence, uncomplicated"),
            c("99284", "MDM:", why="R15: ED by MDM: acute illness with systemic symptoms, 3 tests reviewed "
              "(moderate data); risk low -> moderate by problem and data"),
        ],
        skips=[
            skip("No history of withdrawal seizures or DTs", "R01", "negated"),
            skip("no signs of head trauma", "R02", "normal exam"),
            skip("ddx hypoglycemia, head injury", "R01", "excluded"),
        ],
    ),
    NoteSpec(
        id="dev-ed1-10", dos="2026-09-12", age=31, sex="M", payer="uhc", **ED,
        text="""
        EMERGENCY MEDICINE PROVIDER NOTE
        31 yo M, fell from standing after drinking at a wedding, hit forehead on a table edge. Friend at bedside
        says pt had ~8 drinks. Pt reports binge drinking on weekends, missed work twice this year from
        hangovers; counselled. No LOC per friend, no vomiting, no neck pain.
        Exam: smells of EtOH, mildly slurred, GCS 15, ambulating. 2.2 cm linear laceration of the forehead, no
        foreign body, bleeding controlled. No other injuries.
        Canadian CT head rule: not met (GCS 15, no vomiting, age < 65) - no imaging.
        EtOH level 168.
        Procedure - laceration repair: irrigated, lidocaine with epi, simple repair of the 2.2 cm forehead
        laceration with six 6-0 nylon sutures.
        MDM: head strike while intoxicated, observed 3 hours with serial neuro checks, clinically sober at
        discharge; alcohol use counselling and brief intervention.
        Assessment:
        1. Forehead laceration 2.2 cm, simple repair.
        2. Acute alcohol intoxication, uncomplicated - alcohol use disorder, mild.
        Suture removal in 5 days. Tdap given (last 2014) by nursing.
        """,
        codes=[
            c("S01.81XA", "Forehead laceration 2.2 cm", why="R12: laceration without foreign body of other part "
              "of head (forehead), initial encounter"),
            c("F10.120", "Acute alcohol intoxication, uncomplicated - alcohol use disorder, mild",
              why="R22: mild alcohol use disorder is abuse; abuse with intoxication, uncomplicated"),
            c("99283", "MDM:", why="R15: ED by MDM for the intoxication and head-injury evaluation, separate from "
              "the repair: low; modifier 25 with the repair", mods=["25"]),
            c("12011", "simple repair of the 2.2 cm forehead", why="R18: simple repair, face, 2.5 cm or less"),
        ],
        skips=[
            skip("No LOC per friend, no vomiting, no neck pain", "R01", "negated"),
            skip("no foreign body", "R01", "negated"),
            skip("Tdap given (last 2014) by nursing", "R18", "nursing vaccine in the ED is a facility service"),
        ],
    ),
    NoteSpec(
        id="dev-ed1-11", dos="2025-11-20", age=15, sex="M", payer="medicaid", **ED,
        text="""
        PEDIATRIC ED NOTE

        15 yo M with moderate persistent asthma (on fluticasone-salmeterol) with 2 days of cough and wheeze
        after a cold, using albuterol every 2-3 hours. History from patient and mother. No fever.
        Exam on arrival: RR 28, SpO2 92% RA, diffuse expiratory wheeze, moderate retractions, speaking in
        phrases.
        ED course: 3 back-to-back albuterol/ipratropium nebs by RT and oral dexamethasone. Reassessed: RR 20,
        SpO2 97%, scattered end-expiratory wheeze, no retractions.
        CXR ordered - my read: hyperinflation, no focal consolidation, no pneumothorax.
        MDM: moderate asthma exacerbation responding well, safe for discharge; ddx pneumonia - no consolidation.
        Assessment: Moderate persistent asthma with acute exacerbation.
        Plan: dexamethasone second dose tomorrow (Rx), albuterol q4h x 48 h then prn, continue controller; asthma
        action plan reviewed with mother; PCP in 2-3 days.
        """,
        codes=[
            c("J45.41", "Moderate persistent asthma with acute exacerbation",
              why="R22: moderate persistent asthma with exacerbation"),
            c("99284", "MDM:", why="R15: ED by MDM: chronic illness with exacerbation, independent CXR "
              "interpretation, prescription drug management (moderate)"),
        ],
        skips=[
            skip("No fever", "R01", "negated"),
            skip("ddx pneumonia - no consolidation", "R01", "excluded"),
            skip("3 back-to-back albuterol/ipratropium nebs by RT", "R18",
                 "nebulizer given by hospital staff is a facility service, not on the physician claim"),
        ],
    ),
    NoteSpec(
        id="dev-ed1-12", dos="2026-01-06", age=71, sex="M", payer="medicare", **ED,
        text="""
        ED CRITICAL CARE NOTE

        71 y/o M with COPD (former smoker, quit 2015, 50 pack-years) presents with 3 days of increasing dyspnea
        and purulent sputum. On arrival SpO2 84% on room air, RR 32, accessory muscle use, speaking 2-3 words.
        ABG 7.29/62/54. CXR my read: hyperinflation, no infiltrate, no pneumothorax.
        Interventions: continuous nebulized albuterol/ipratropium, IV methylprednisolone 125 mg, azithromycin,
        BiPAP 12/5 initiated and titrated at bedside by me with repeat ABG 7.34/54/71 at 1 hour.
        Discussed with ICU (Dr. Lindqvist), accepted for ICU admission.

        Assessment:
        1. Acute hypoxic respiratory failure due to
        2. COPD with acute exacerbation.
        Critical care: 45 minutes of critical care time, exclusive of separately billable procedures, spent in
        direct management of impending respiratory failure (BiPAP titration, ABG interpretation, reassessments,
        discussion with ICU).
        Dispo: admit ICU.
        """,
        codes=[
            c("J96.01", "Acute hypoxic respiratory failure",
              why="R22/R21: acute respiratory failure with hypoxia, the reason for critical care"),
            c("J44.1", "COPD with acute exacerbation", why="R22: COPD with acute exacerbation"),
            c("Z87.891", "former smoker, quit 2015", why="R06: former smoker"),
            c("99291", "45 minutes of critical care time", why="R14: critical care by documented time, first "
              "30-74 minutes; no separate ED E/M"),
        ],
        skips=[
            skip("no infiltrate, no pneumothorax", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-ed1-13", dos="2026-04-02", age=38, sex="F", payer="aetna", **ED,
        text="""
        ED Note - fast track

        38F with painful lump in right armpit x4 days, getting bigger, no fever. No hx MRSA. No diabetes.
        Exam: 3 cm fluctuant tender abscess right axilla, 1 cm rim of erythema, no lymphangitic streaking.
        Procedure note - incision and drainage: consent obtained, prepped, 1% lidocaine field block, single
        1.5 cm linear incision, large amount of purulent material expressed, loculations broken up, irrigated,
        packed with 1/4" iodoform. Simple I&D. Tolerated well. Wound culture sent.
        Impression: Abscess of right axilla, I&D performed.
        Plan: TMP-SMX DS bid x 7 days given surrounding erythema, warm compresses, packing removal 48 h here or
        with PCP. Return for fever or spreading redness.
        """,
        codes=[
            c("L02.411", "Abscess of right axilla", why="R11/R22: cutaneous abscess of right axilla"),
            c("10060", "Simple I&D", why="R18: incision and drainage of abscess, simple; the decision for the "
              "minor procedure is not a separate E/M"),
        ],
        skips=[
            skip("no fever", "R01", "negated"),
            skip("No hx MRSA. No diabetes", "R01", "negated"),
            skip("no lymphangitic streaking", "R02", "normal exam"),
            skip("Return for fever or spreading redness", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-ed1-14", dos="2026-05-23", age=44, sex="M", payer="cigna", **ED,
        text="""
        Emergency Physician Record

        44 y/o M, acute onset R flank pain radiating to the groin since 4 am, colicky, with nausea. No fever,
        no dysuria. Prior kidney stone 2019 passed spontaneously.
        Exam: writhing, afebrile, R CVA tenderness, abdomen benign.
        UA: large blood, no nitrite/LE. BMP: Cr 1.0. CBC nl.
        CT abdomen/pelvis without contrast (reviewed): 5 mm obstructing stone at the right UVJ with mild right
        hydronephrosis. Incidental hepatic steatosis.
        ED course: IV ketorolac and ondansetron, pain 2/10.
        Discussed with Dr. Marchetti (urology on call): outpatient management, trial of passage, clinic in 1
        week; return if fever.
        Diagnosis: Right ureteral stone (UVJ) with hydronephrosis.
        Discharge meds: tamsulosin 0.4 mg daily, ondansetron ODT, ibuprofen. Strainer given.
        """,
        codes=[
            c("N13.2", "Right ureteral stone (UVJ) with hydronephrosis",
              why="R13/R22: hydronephrosis with ureteral calculous obstruction (not N20.1 with it)"),
            c("99284", "Diagnosis:", why="R15: ED by MDM: acute illness with systemic symptoms (moderate), "
              "extensive data (tests + discussion with urology), prescription drug management (moderate)"),
        ],
        skips=[
            skip("No fever, no dysuria", "R01", "negated"),
            skip("Incidental hepatic steatosis", "R20", "incidental imaging finding not addressed"),
            skip("Prior kidney stone 2019 passed spontaneously", "R06",
                 "history of a stone is not coded with a current stone"),
        ],
    ),
    NoteSpec(
        id="dev-ed1-15", dos="2026-06-18", age=26, sex="F", payer="medicaid", **ED,
        text="""
        ED PROVIDER NOTE
        26yo G2P1 at 22w3d by 8-wk US with 2 days of dysuria, frequency and urgency. No fever, no flank pain,
        no vaginal bleeding or leakage of fluid, + fetal movement. No contractions.
        Exam: afebrile, no CVA tenderness, abdomen gravid, nontender, fundus at umbilicus. FHT 148 by doppler.
        UA: + LE, + nitrite, 20-50 WBC. Urine culture sent.
        MDM: cystitis in pregnancy without signs of pyelonephritis; ddx pyelonephritis, preterm labor - no
        fever/CVA tenderness, no contractions.
        Assessment: Acute cystitis in pregnancy, second trimester, 22 weeks.
        Plan: cephalexin 500 mg qid x 7 days, fluids; OB notified, f/u at her prenatal visit this week; culture
        will be called. Return precautions for fever, flank pain, contractions, bleeding.
        """,
        codes=[
            c("O23.12", "Acute cystitis in pregnancy, second trimester",
              why="R25: infection of bladder in pregnancy, second trimester, chapter 15 first"),
            c("Z3A.22", "22w3d", "22 weeks", why="R25: weeks of gestation"),
            c("99283", "MDM:", why="R15: ED by MDM: acute uncomplicated illness (low), limited data (UA, "
              "culture), prescription drug management; two of three at low"),
        ],
        skips=[
            skip("No fever, no flank pain", "R01", "negated"),
            skip("ddx pyelonephritis, preterm labor", "R01", "excluded"),
            skip("Return precautions for fever, flank pain, contractions, bleeding", "R07", "conditional"),
            skip("dysuria, frequency and urgency", "R23", "integral to cystitis"),
        ],
    ),
    NoteSpec(
        id="dev-ed1-16", dos="2026-02-26", age=-14, sex="F", payer="bcbs", **ED,
        text="""
        PEDS EMERGENCY

        14-month-old girl, fever to 39.6 C since yesterday, decreased appetite, still drinking and wetting
        diapers. Mild runny nose. Mother gives history; vaccines up to date. No rash, no vomiting, no diarrhea.
        Exam: T 39.2, HR 150, well-appearing, playful after ibuprofen. TMs clear bilaterally, pharynx mildly
        red, no exudate. Lungs clear, no retractions. Abdomen soft. No rash. Cap refill < 2 s.
        Cath UA ordered: negative for LE/nitrite, micro 0-2 WBC.
        MDM: febrile toddler, fully immunized, nontoxic; UTI excluded by cath UA; no focal source on exam,
        likely viral illness. Discussed antipyretic dosing and hydration with mother.
        Diagnosis: Fever, unspecified - likely viral syndrome.
        Dispo: discharge home, PCP recheck in 48 h.
        """,
        codes=[
            c("R50.9", "Fever, unspecified", why="R03: 'likely viral syndrome' not coded; fever is"),
            c("99283", "MDM:", why="R15: ED by MDM: undiagnosed new problem, limited data (independent historian, "
              "UA), low risk (OTC)"),
        ],
        skips=[
            skip("likely viral syndrome", "R03", "uncertain diagnosis, ED is outpatient"),
            skip("No rash, no vomiting, no diarrhea", "R01", "negated"),
            skip("UTI excluded by cath UA", "R01", "excluded"),
            skip("Mild runny nose", "R23", "part of the febrile illness"),
        ],
    ),
    NoteSpec(
        id="dev-ed1-17", dos="2026-07-03", age=34, sex="M", payer="uhc", **ED,
        text="""
        ED Psychiatric Evaluation - Emergency Physician

        34 yo M, self-presented saying "I don't want to be here anymore." Depressed for months after job loss,
        second major depressive episode (first 2019, treated with sertraline). Reports daily suicidal ideation
        with a plan to overdose on his mother's pills; no attempt. Not sleeping, not eating, anhedonic. Denies
        HI, denies AH/VH. Denies drug use, drinks 2 beers/week.
        Exam: flat affect, tearful, linear thought process, no psychosis. Vitals normal.
        Medical clearance labs: CBC, CMP, EtOH, UDS, TSH - unremarkable.
        Belongings secured, 1:1 sitter, placed on involuntary hold.
        MDM: high suicide risk (plan, access to means, hopelessness). Case discussed with crisis psychiatrist
        (Dr. Nakagawa) who agrees with inpatient psychiatric admission.
        Impression:
        1. Major depressive disorder, recurrent, severe, without psychotic features.
        2. Suicidal ideation with plan.
        Dispo: transfer to inpatient psychiatry (accepting facility: Sangamon Behavioral).
        """,
        codes=[
            c("F33.2", "Major depressive disorder, recurrent, severe, without psychotic features",
              why="R22: MDD recurrent severe without psychotic features"),
            c("R45.851", "Suicidal ideation with plan", why="R20: suicidal ideation coded with the depression"),
            c("99285", "MDM:", why="R15: ED by MDM: threat to life, extensive data (tests + discussion with "
              "psychiatry), decision for hospitalization (high)"),
        ],
        skips=[
            skip("no attempt", "R01", "negated"),
            skip("Denies HI, denies AH/VH", "R01", "negated"),
            skip("Denies drug use", "R01", "negated"),
            skip("first 2019, treated with sertraline", "R06", "part of the recurrent episode history"),
        ],
    ),
    NoteSpec(
        id="dev-ed1-18", dos="2026-08-21", age=23, sex="F", payer="medicaid", **ED,
        text="""
        EMERGENCY DEPARTMENT

        23F with sickle cell disease (Hb SS) presents with her typical pain crisis: bilateral thighs and low
        back, 9/10, 1 day, not relieved by home oxycodone 10 mg (takes 2-3 doses daily long term, pain contract
        with hematology). No chest pain, no cough, no fever, no priapism-type symptoms, no neuro deficits.
        Exam: T 37.4, SpO2 98% RA, lungs clear, no focal neuro deficit, no joint effusions.
        Labs: Hb 7.8 (baseline 8), retic 9%, WBC 11, CMP nl. CXR my read: no infiltrate.
        ED course: IV hydromorphone 1 mg x 3 per individualized care plan, IV fluids; pain 4/10 at 3 hours,
        ambulatory, tolerating PO.
        MDM: uncomplicated vaso-occlusive crisis; acute chest syndrome excluded (no hypoxia, clear CXR);
        considered admission for PCA - pain controlled, she prefers home.
        Impression: Sickle cell disease, Hb SS, with vaso-occlusive pain crisis.
        Plan: continue home oxycodone, hematology follow-up this week.
        """,
        codes=[
            c("D57.00", "Sickle cell disease, Hb SS, with vaso-occlusive pain crisis",
              why="R22: Hb-SS disease with crisis, unspecified (pain crisis)"),
            c("Z79.891", "home oxycodone 10 mg (takes 2-3 doses daily long term",
              why="R10: long-term opiate analgesic"),
            c("99285", "MDM:", why="R15: ED by MDM: chronic illness with severe exacerbation (high), parenteral "
              "controlled substances and decision regarding hospitalization (high risk)"),
        ],
        skips=[
            skip("No chest pain, no cough, no fever", "R01", "negated"),
            skip("acute chest syndrome excluded", "R01", "excluded"),
            skip("no focal neuro deficit, no joint effusions", "R02", "normal exam"),
        ],
    ),
    NoteSpec(
        id="dev-ed1-19", dos="2026-03-15", age=58, sex="F", payer="bcbs", **ED,
        text="""
        ED Physician Note

        58F, 3 days of L calf pain and swelling, 10 days after a long-haul flight. Mild exertional dyspnea
        today, no chest pain, no hemoptysis. No prior VTE. On estradiol patch for menopausal symptoms.
        Exam: HR 92, SpO2 97%. L calf circumference 3 cm > R, pitting edema to knee, tender popliteal fossa.
        No erythema. Lungs clear.
        Venous duplex L leg (radiology read): acute occlusive thrombus of the left popliteal vein; femoral and
        tibial veins compressible. CTA chest: no pulmonary embolism. CBC,
        BMP nl, hCG n/a.
        MDM: provoked DVT after travel and estrogen; PE excluded on CTA; ddx Baker's cyst, cellulitis - not
        supported. Outpatient treatment appropriate.
        Assessment: Acute DVT left popliteal vein.
        Plan: apixaban 10 mg bid x 7 d then 5 mg bid (starter pack Rx); estradiol patch stopped, discussed with
        patient and to be reviewed by her gynecologist; PCP in 1 week.
        """,
        codes=[
            c("I82.432", "Acute DVT left popliteal vein",
              why="R11/R22: acute embolism and thrombosis of left popliteal vein"),
            c("99284", "MDM:", why="R15: ED by MDM: acute illness with threat to bodily function worked up, "
              "moderate data (3+ tests), prescription drug management (moderate)"),
        ],
        skips=[
            skip("no pulmonary embolism", "R01", "negated"),
            skip("PE excluded on CTA", "R01", "excluded"),
            skip("no chest pain, no hemoptysis", "R01", "negated"),
            skip("No prior VTE", "R01", "negated"),
            skip("apixaban 10 mg bid x 7 d then 5 mg bid (starter pack Rx)", "R10",
                 "started today, not yet long-term use"),
            skip("On estradiol patch for menopausal symptoms", "R10", "stopped at this visit"),
        ],
    ),
    NoteSpec(
        id="dev-ed1-20", dos="2026-09-02", age=29, sex="M", payer="aetna", **ED,
        text="""
        EMERGENCY DEPARTMENT NOTE

        29 y/o M ate shrimp at a restaurant 30 min PTA, then diffuse hives, lip swelling, throat tightness and
        wheezing. Known shellfish allergy (prior hives only), no EpiPen at home.
        Triage: BP 84/50, HR 124, SpO2 93%, diffuse urticaria, angioedema of the lips, expiratory wheeze.
        ED course: epinephrine 0.5 mg IM given immediately by me, repeated at 10 minutes; IV fluids 2 L,
        diphenhydramine, famotidine, methylprednisolone IV. BP 118/72 and wheeze resolved at 30 min.
        Observed 6 hours without biphasic reaction.
        MDM: anaphylaxis with hypotension due to crustacean shellfish, life-threatening, responded to
        epinephrine; considered admission - observation in ED sufficient.
        Impression: Anaphylactic reaction due to shellfish (shrimp), initial encounter.
        Plan: EpiPen 0.3 mg 2-pack Rx with teaching, prednisone 40 mg x 4 days, cetirizine; strict shellfish
        avoidance; allergy referral.
        """,
        codes=[
            c("T78.02XA", "Anaphylactic reaction due to shellfish (shrimp), initial encounter",
              why="R12/R22: anaphylaxis due to crustaceans, initial encounter (food, not T88 drug)"),
            c("99285", "MDM:", why="R15: ED by MDM: threat to life (high) and decision regarding hospitalization "
              "(high risk)"),
        ],
        skips=[
            skip("without biphasic reaction", "R01", "negated"),
            skip("diffuse hives, lip swelling", "R23", "integral to anaphylaxis"),
            skip("Known shellfish allergy", "R23", "the allergy is the reaction being coded"),
        ],
    ),
]
