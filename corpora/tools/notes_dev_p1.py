"""Dev notes dev-p1-01.. (issue #3, CPT/HCPCS on unseen office notes): in-office procedures written in other
authors' styles - excisions by excised diameter with intermediate repairs, lacerations summed by anatomic
group, destruction counts (17004, 17111), biopsies of different techniques, tendon sheath / ultrasound-guided
joint / trigger point injections with drug units and laterality, nail procedures, cerumen removal by two
methods, inhalation treatment, point-of-care tests vs tests sent out, vaccines with 90460/90461 vs
90471/90472, IUD insertion, Medicare Pap collection, ECG interpretation only, venipuncture for a sent-out test,
a combined EGD/colonoscopy report and a post-operative visit in the global period. Gold written before the
engine ran on them; the batch was scored once before any rule change.

First run (engine at commit 8c300bb, before any change for this batch), these 22 ids only:
CPT/HCPCS (incl. E/M) P=0.800 R=0.571 F1=0.667; ICD-10-CM P=0.761 R=0.778 F1=0.769; E/M level 9/10.
Procedure misses by cause: no vocabulary/code choice for excisions by excised diameter, intermediate repairs,
complicated I&D, 17004/17111 counts, nail debridement 1-5, IUD, automated UA, 99024 post-op visit; biopsy and
vaccine-list sentences not read as performed; 20553 by muscle count, 20611 ultrasound guidance, subacromial
bursa; drug units per side on a bilateral injection; 93010 vs 93000; digit/toe modifiers (F8, TA) and the side
of a one-ear irrigation; EGD codes dropped in a combined EGD/colonoscopy report; 90460/90461 not produced.
After the general fixes (commits c862311..8265f30): CPT/HCPCS P=0.969 R=0.984 F1=0.976 on these ids; left: an E/M
(99213-25) suggested beside nail procedures whose only prescription is for the debrided onychomycosis (dev-p1-11),
and one E/M level (dev-p1-18).
"""

from corpora.tools.spec import NoteSpec, c, skip

NOTES = [
    NoteSpec(
        id="dev-p1-01", dos="2026-03-02",
        specialty="dermatology", setting="outpatient", age=47, sex="M", payer="aetna",
        text="""
        Dermatologic Surgery - procedure visit

        Mr. is here for removal of the cyst on his upper back that we evaluated 3 weeks ago. It has been
        tender off and on, drained foul material once. No fevers. Consent signed today after risks discussed.

        Lesion: 1.3 cm mobile subcutaneous nodule with central punctum, left upper back, no fluctuance, no
        surrounding cellulitis. Clinical dx epidermal inclusion cyst.

        Procedure: Excision of benign lesion, left upper back.
        Anesthesia 1% lidocaine with epi, 6 mL. Elliptical excision performed around the cyst with 2.5 mm
        margins, excised diameter 1.8 cm; cyst wall removed intact. Because of tension the defect was closed in
        layers: buried 4-0 Monocryl deep dermal sutures and 4-0 nylon simple interrupted at the surface.
        Final repair length 3.5 cm. EBL minimal. Specimen to dermpath. Pt tolerated well.

        Impression: epidermal inclusion cyst, left upper back - excised.
        Plan: wound care handout, keep dry 24 h, suture removal in 12-14 days.
        """,
        codes=[
            c("L72.0", "epidermal inclusion cyst", why="R22: epidermal cyst"),
            c("11402", "excised diameter 1.8 cm",
              why="R18: benign excision, trunk, excised diameter 1.1-2.0 cm (lesion plus margins)"),
            c("12032", "closed in\n        layers", "Final repair length 3.5 cm",
              why="R18: intermediate (layered) repair, trunk, 2.6-7.5 cm, reported in addition to the excision"),
        ],
        skips=[
            skip("No fevers", "R01", "negated"),
            skip("no surrounding cellulitis", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-p1-02", dos="2026-03-03",
        specialty="dermatology", setting="outpatient", age=71, sex="F", payer="bcbs",
        text="""
        DERM f/u + excision

        S: 71F with biopsy-proven nodular BCC R nasal sidewall (bx 2/2026) here for excision. Also asks about
        itchy blisters on both palms for 2 months, worse with hand washing; tried OTC hydrocortisone, no help.

        O: R nasal sidewall: 5 mm pearly papule, biopsy site healed. Palms: clusters of deep-seated tapioca-like
        vesicles on the lateral fingers and palms bilaterally with scaling, no pustules.

        PROCEDURE - excision, malignant lesion, R nasal sidewall. After time-out and local anesthesia (lido 1%
        w/ epi), the BCC was excised with 2 mm margins; excised diameter 0.9 cm. Hemostasis with cautery.
        Simple closure with 6-0 Prolene. Specimen sent for margins. No complications.

        A/P:
        1. Basal cell carcinoma of skin of nose - excised today, path pending, f/u 1 wk suture removal.
        2. Dyshidrotic eczema of both hands - separate problem evaluated today: start clobetasol 0.05%
           ointment BID x2 wk, then weekends only; gentle cleanser, cotton-lined gloves for wet work.
        """,
        codes=[
            c("C44.311", "Basal cell carcinoma of skin of nose", why="R22: BCC, skin of nose"),
            c("L30.1", "Dyshidrotic eczema of both hands", why="R20: separate problem evaluated and treated"),
            c("11641", "excised diameter 0.9 cm",
              why="R18: malignant excision, nose (face group), excised diameter 0.6-1.0 cm; simple closure included"),
            c("99213", "Dyshidrotic eczema of both hands - separate problem evaluated today", mods=["25"],
              why="R15: new problem, acute uncomplicated + prescription drug = low MDM; separate from the excision"),
        ],
        skips=[
            skip("no pustules", "R01", "negated"),
            skip("Simple closure with 6-0 Prolene", "R18", "simple closure is included in the excision"),
        ],
    ),
    NoteSpec(
        id="dev-p1-03", dos="2026-03-04",
        specialty="family medicine", setting="outpatient", age=38, sex="M", payer="cigna",
        text="""
        Acute visit (procedure)
        38 y/o male - painful lump mid back x 5 days, enlarging, now draining a little. Seen by me for this
        2 days ago, warm compresses failed. Afebrile today. Plan from that visit was I&D if not better.

        Exam: 4 x 3 cm fluctuant, indurated abscess at the mid back (thoracic), 1 cm rim of erythema.

        I&D, complicated: consent, prep, 1% lido field block. Incised with #11 blade, ~6 mL purulent material
        expressed. Multiple loculations broken up with a hemostat, cavity irrigated with NS and packed with
        1/4 inch iodoform gauze (about 10 cm). Dry dressing. Wound culture sent to the reference lab.

        Dx: Cutaneous abscess of back.
        Plan: doxycycline 100 mg bid x 7 d, packing removal in 48 h, return sooner if fever or spreading redness.
        """,
        codes=[
            c("L02.212", "Cutaneous abscess of back", why="R22: cutaneous abscess of the back"),
            c("10061", "I&D, complicated", "Multiple loculations broken up",
              why="R18: complicated incision and drainage (loculations, packing); decision made earlier, no E/M"),
        ],
        skips=[
            skip("Afebrile today", "R01", "negated fever"),
            skip("Wound culture sent to the reference lab", "R19", "culture done elsewhere"),
            skip("return sooner if fever or spreading redness", "R07", "conditional"),
        ],
    ),
    NoteSpec(
        id="dev-p1-04", dos="2026-03-05",
        specialty="urgent care", setting="outpatient", age=29, sex="F", payer="uhc",
        text="""
        URGENT CARE
        29F slipped carrying a glass pitcher, which shattered; cuts to forehead, chin and right forearm ~1 h
        ago. No LOC, no neck pain. Last tetanus shot > 10 years ago. No numbness or weakness of the hand.

        Exam: Forehead 2.0 cm linear laceration, superficial. Chin 1.5 cm laceration, superficial. Right volar
        forearm 3.0 cm laceration into subcutaneous fat with some contamination, no tendon exposure, FROM
        fingers, sensation intact, cap refill < 2 s. Wounds explored - no glass seen.

        Procedures:
        - Forehead and chin: simple repair with 6-0 nylon interrupted sutures (total length 3.5 cm).
        - Right forearm: irrigated copiously, layered closure with 4-0 Vicryl deep and 4-0 nylon superficial,
          length 3.0 cm.
        - Tdap 0.5 mL IM L deltoid administered.

        Assessment: lacerations of forehead, chin and right forearm, repaired.
        Plan: wound care, suture removal face 5 days, forearm 10 days.
        """,
        codes=[
            c("S01.81XA", "Forehead 2.0 cm linear laceration", "Chin 1.5 cm laceration",
              why="R12: laceration without foreign body, other part of head (forehead, chin), initial encounter"),
            c("S51.811A", "Right volar\n        forearm 3.0 cm laceration",
              why="R12: laceration without foreign body, right forearm, initial encounter"),
            c("12032", "layered closure with 4-0 Vicryl deep and 4-0 nylon superficial",
              why="R18: intermediate repair, extremity, 2.6-7.5 cm; the more complex repair is listed first"),
            c("12013", "simple repair with 6-0 nylon interrupted sutures (total length 3.5 cm)", mods=["59"],
              why="R18: simple repairs of the same group summed: face 2.0 + 1.5 = 3.5 cm -> 2.6-5.0 cm; 59 as the "
                  "second repair class"),
            c("90715", "Tdap 0.5 mL IM L deltoid administered", why="R24: Tdap vaccine product"),
            c("90471", "Tdap 0.5 mL IM L deltoid administered", why="R24: first vaccine administration"),
        ],
        skips=[
            skip("No LOC, no neck pain", "R01", "negated"),
            skip("No numbness or weakness of the hand", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-p1-05", dos="2026-03-06",
        specialty="dermatology", setting="outpatient", age=74, sex="M", payer="medicare",
        text="""
        Dermatology progress note
        Retired farmer, known to clinic, back for treatment of his sun damage. Also wants the "skin tags" on his
        neck off - they catch on his collar and get irritated.

        Exam: numerous gritty erythematous scaly papules of the scalp, temples and dorsal hands, 16 counted,
        clinically actinic keratoses. Lateral neck: six pedunculated soft papules c/w acrochordons.

        Procedure 1: LN2 cryosurgery, two freeze-thaw cycles, to 16 AKs (scalp 9, temples 3, dorsal hands 4).
        Procedure 2: 6 acrochordons of the neck snipped at the base with sterile scissors, Drysol for hemostasis.
        Tolerated well. Blister care reviewed.

        A: Actinic keratoses (16) - treated. Acrochordons, symptomatic - removed.
        P: field therapy with 5-FU discussed for spring; sunscreen daily; skin check 6 mo.
        """,
        codes=[
            c("L57.0", "Actinic keratoses (16)", why="R22: actinic keratosis"),
            c("L91.8", "Acrochordons, symptomatic", why="R22: skin tag (acrochordon) indexes to L91.8"),
            c("17004", "LN2 cryosurgery, two freeze-thaw cycles, to 16 AKs",
              why="R18: destruction of 15 or more premalignant lesions, reported alone (not 17000/17003)"),
            c("11200", "6 acrochordons of the neck snipped at the base",
              why="R18: removal of skin tags, up to 15"),
        ],
        skips=[
            skip("field therapy with 5-FU discussed for spring", "R07", "future treatment"),
        ],
    ),
    NoteSpec(
        id="dev-p1-06", dos="2026-03-09",
        specialty="pediatrics", setting="outpatient", age=13, sex="M", payer="medicaid",
        text="""
        Peds clinic - est pt
        13yo with flat warts spreading over the face and backs of both hands for 6 mo; mom wants them treated.
        Mom also concerned about "blackheads and pimples" on his forehead and nose since the fall.

        Exam: ~18 flat-topped 1-3 mm skin-colored papules - 10 on the forehead/cheeks, 8 on the dorsal hands -
        verruca plana. Open and closed comedones of forehead and nose, few small papules, no cysts, no scarring.

        Proc: cryotherapy with liquid nitrogen, single freeze cycle, to all 18 flat warts. Tolerated, no
        bleeding.

        Assessment/Plan:
        #Verruca plana, face and hands - treated as above; repeat in 3-4 wk prn.
        #Comedonal acne - separate concern evaluated today: start tretinoin 0.025% cream qhs, benzoyl peroxide
        wash, noncomedogenic moisturizer. Recheck 8 weeks.
        """,
        codes=[
            c("B07.8", "Verruca plana", why="R22: flat warts are other viral warts"),
            c("L70.0", "Comedonal acne", why="R22: acne vulgaris (comedonal)"),
            c("17111", "cryotherapy with liquid nitrogen, single freeze cycle, to all 18 flat warts",
              why="R18: destruction of 15 or more benign lesions"),
            c("99213", "Comedonal acne - separate concern evaluated today", mods=["25"],
              why="R15: new problem + prescription drug = low MDM, separately identifiable; 25"),
        ],
        skips=[
            skip("no cysts, no scarring", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-p1-07", dos="2026-03-10",
        specialty="dermatology", setting="outpatient", age=41, sex="F", payer="aetna",
        text="""
        SKIN CHECK - established
        41F with family hx melanoma (mother) for annual full-body exam. New itchy purple rash R wrist x 1 mo.

        Findings: L upper back 7 mm irregularly pigmented nevus with notched border. L anterior thigh 6 mm
        nevus with eccentric darker area. R volar wrist: flat-topped violaceous polygonal papules with Wickham
        striae. Remainder of skin exam benign.

        Biopsies:
        (A) L upper back nevus - shave (tangential) biopsy with DermaBlade.
        (B) L anterior thigh nevus - shave biopsy.
        (C) R volar wrist rash - 4 mm punch biopsy, one 4-0 nylon suture.
        Hemostasis with AlCl. Specimens labeled and sent to dermatopathology.

        Assessment:
        1. Atypical-appearing melanocytic nevus of the back, s/p shave bx.
        2. Atypical-appearing melanocytic nevus of the left thigh, s/p shave bx.
        3. Lichen planus of right wrist, s/p punch bx; triamcinolone 0.1% cream bid pending path.
        4. Family history of melanoma - annual skin exams.
        """,
        codes=[
            c("D22.5", "Atypical-appearing melanocytic nevus of the back", why="R22: melanocytic nevus of trunk"),
            c("D22.72", "Atypical-appearing melanocytic nevus of the left thigh",
              why="R22: melanocytic nevus, left lower limb"),
            c("L43.9", "Lichen planus of right wrist", why="R22: lichen planus, unspecified"),
            c("Z80.8", "Family history of melanoma", "family hx melanoma (mother)",
              why="R05: family history of skin cancer at a skin-cancer check"),
            c("11104", "4 mm punch biopsy",
              why="R18: different biopsy techniques: one primary code, the punch ranking above tangential"),
            c("11103", "shave (tangential) biopsy", "shave biopsy", units=2,
              why="R18: each additional tangential biopsy as the add-on (2 lesions)"),
        ],
        skips=[
            skip("Remainder of skin exam benign", "R02", "normal exam"),
        ],
    ),
    NoteSpec(
        id="dev-p1-08", dos="2026-03-11",
        specialty="orthopedics", setting="outpatient", age=58, sex="F", payer="cigna",
        text="""
        Hand clinic - injection visit
        58 yo RHD F back for the steroid shot we talked about last month for her catching R ring finger.
        Still locks every morning, needs to pull it straight. Diabetes well controlled per her PCP.

        Exam R hand: tender nodule at the A1 pulley of the ring finger, triggering with active flexion.

        Procedure: R ring finger A1 pulley / flexor tendon sheath injection. Verbal consent, betadine prep.
        Kenalog 10 mg (0.25 mL of 40 mg/mL) + 0.75 mL 1% lidocaine plain injected into the tendon sheath with a
        25 g needle. No paresthesias. Tolerated well.

        Dx: trigger finger, right ring finger.
        F/u 6 weeks; if recurs, discussed A1 pulley release.
        """,
        codes=[
            c("M65.341", "trigger finger, right ring finger", why="R11: trigger finger, right ring finger"),
            c("20550", "flexor tendon sheath injection", mods=["F8"],
              why="R18: single tendon sheath injection; F8 right hand fourth digit; no E/M (decision made earlier)"),
            c("J3301", "Kenalog 10 mg", units=1, why="R24: triamcinolone 10 mg = 1 unit of 10 mg"),
        ],
        skips=[
            skip("Diabetes well controlled per her PCP", "R20", "not addressed at this visit"),
            skip("if recurs, discussed A1 pulley release", "R07", "conditional future surgery"),
        ],
    ),
    NoteSpec(
        id="dev-p1-09", dos="2026-03-12",
        specialty="family medicine", setting="outpatient", age=66, sex="F", payer="bcbs",
        text="""
        Office visit

        Subjective: Here for her knee injections - both knees ache with stairs and after walking her dog,
        R = L. Last injections 4 months ago helped. Also due for diabetes follow-up; sugars at home 150s-180s.
        Meds: metformin 1000 mg bid.

        Objective: Both knees with crepitus, small effusion L, medial joint line tenderness bilaterally.
        POC A1c today 7.9% (prior 7.1%).

        Procedure: bilateral knee injections under ultrasound guidance. Using a linear probe the suprapatellar
        recess was identified and the needle visualized entering the joint each side; images saved to the
        chart. Triamcinolone acetonide 40 mg with 3 mL lidocaine injected into each knee (80 mg total).
        No complications.

        Assessment and plan:
        1. Primary osteoarthritis of both knees - injected as above. Home exercises.
        2. Type 2 diabetes mellitus without complications, not at goal (A1c up) - separately managed today:
           add empagliflozin 10 mg daily, continue metformin, labs in 3 months.
        """,
        codes=[
            c("M17.0", "Primary osteoarthritis of both knees", why="R11: bilateral primary OA of knee"),
            c("E11.9", "Type 2 diabetes mellitus without complications",
              why="R22: type 2 diabetes, no complication documented ('not at goal' is not hyperglycemia)"),
            c("Z79.84", "metformin 1000 mg bid", why="R10: long-term oral hypoglycemic"),
            c("20611", "bilateral knee injections under ultrasound guidance", mods=["50"],
              why="R18: major joint injection with ultrasound guidance and recorded images; bilateral 50"),
            c("J3301", "Triamcinolone acetonide 40 mg", units=8,
              why="R24: 40 mg into each knee = 80 mg = 8 units of 10 mg"),
            c("83036", "POC A1c today 7.9%", why="R19: hemoglobin A1c performed in the office"),
            c("99214", "separately managed today", mods=["25"],
              why="R15: chronic illness not at goal + prescription drug management = moderate MDM; 25"),
        ],
        skips=[
            skip("Last injections 4 months ago", "R18", "earlier service"),
        ],
    ),
    NoteSpec(
        id="dev-p1-10", dos="2026-03-13",
        specialty="sports medicine", setting="outpatient", age=52, sex="M", payer="uhc",
        text="""
        SPORTS MED PROCEDURE NOTE
        52M with L shoulder pain with overhead reaching (impingement, dx'd at last visit, failed PT) and tight
        painful knots in the left upper back from work at a computer. Here for planned injections.

        Exam: + Neer and Hawkins on L, full strength. Taut bands with twitch response and referred pain in the
        L rhomboid, L infraspinatus and L levator scapulae.

        Procedure 1 - L subacromial bursa injection, posterior approach, landmark guided: 80 mg Depo-Medrol
        + 4 mL 1% lidocaine injected.
        Procedure 2 - trigger point injections: 1% lidocaine 1 mL into each of the 3 muscles (rhomboid,
        infraspinatus, levator scapulae), left side.
        Both tolerated, no complications.

        Assessment: impingement syndrome L shoulder; myofascial pain of the upper back muscles.
        Plan: resume PT; ultrasound of the rotator cuff if not improved in 6 weeks.
        """,
        codes=[
            c("M75.42", "impingement syndrome L shoulder", why="R11: impingement syndrome, left shoulder"),
            c("M79.18", "myofascial pain of the upper back muscles", why="R22: myalgia, other site"),
            c("20610", "L subacromial bursa injection", mods=["LT"],
              why="R18: injection of a major bursa (subacromial), landmark guided"),
            c("J1040", "80 mg Depo-Medrol", units=1, why="R24: methylprednisolone acetate 80 mg code"),
            c("20553", "trigger point injections", mods=["59"],
              why="R18: trigger point injections into 3 or more muscles; separate site from the bursa (59)"),
        ],
        skips=[
            skip("ultrasound of the rotator cuff if not improved in 6 weeks", "R07", "conditional future test"),
        ],
    ),
    NoteSpec(
        id="dev-p1-11", dos="2026-03-16",
        specialty="podiatry", setting="outpatient", age=45, sex="M", payer="aetna",
        text="""
        PODIATRY
        CC: ingrown nail L big toe, painful 3 wks; thick discolored toenails.
        Exam: L hallux lateral nail border incurvated and embedded with granulation tissue, no purulence.
        Nails L2, L3, R1, R2 thickened, yellow, crumbly with subungual debris.

        Procedure: Digital block L hallux with 3 mL 1% plain lidocaine. Partial nail avulsion of the lateral
        border of the L hallux nail performed with English anvil and hemostat; matrix not treated. Abx ointment
        and dressing.
        Then mechanical debridement of 4 mycotic toenails (L2, L3, R1, R2) with nippers and burr.

        A: 1. Ingrowing nail, L great toe. 2. Onychomycosis of toenails.
        P: soaks bid; topical efinaconazole rx; RTC 2 wk. If recurs, chemical matricectomy.
        """,
        codes=[
            c("L60.0", "Ingrowing nail, L great toe", why="R22: ingrowing nail"),
            c("B35.1", "Onychomycosis of toenails", why="R22: onychomycosis"),
            c("11730", "Partial nail avulsion", mods=["TA"],
              why="R18: avulsion of nail plate, partial; TA left great toe"),
            c("11720", "mechanical debridement of 4 mycotic toenails",
              why="R18: debridement of nails, 1 to 5"),
        ],
        skips=[
            skip("no purulence", "R01", "negated"),
            skip("If recurs, chemical matricectomy", "R07", "conditional future procedure"),
        ],
    ),
    NoteSpec(
        id="dev-p1-12", dos="2026-03-17",
        specialty="gastroenterology", setting="outpatient", age=57, sex="M", payer="bcbs", pos="22",
        text="""
        ENDOSCOPY REPORT - EGD and colonoscopy (same session)

        Indications: iron deficiency anemia; epigastric discomfort.
        Sedation: MAC by anesthesia. ASA II.

        EGD: The upper scope was passed to the second portion of the duodenum. Esophagus normal. Patchy
        erythema of the gastric antrum; biopsies taken of antrum and body for H. pylori (cold forceps). Duodenum
        normal.

        Colonoscopy: Prep good (BBPS 8). Scope advanced to the cecum, identified by the appendiceal orifice and
        ileocecal valve. 9 mm sessile polyp in the sigmoid colon, removed with cold snare, retrieved. Small
        internal hemorrhoids on retroflexion. No other lesions.

        Impression: 1. Antral gastritis, biopsied. 2. Sigmoid colon polyp, removed. 3. Internal hemorrhoids.
        4. Iron deficiency anemia.
        Plan: await pathology; PPI x 8 weeks; repeat colonoscopy interval by pathology.
        """,
        codes=[
            c("D50.9", "iron deficiency anemia", why="R21: indication, confirmed condition"),
            c("K29.70", "Antral gastritis", why="R22: gastritis, unspecified, without bleeding"),
            c("K63.5", "Sigmoid colon polyp", why="R22: colon polyp before histology"),
            c("K64.8", "Internal hemorrhoids", why="R22: internal hemorrhoids, grade not documented"),
            c("43239", "biopsies taken of antrum and body for H. pylori (cold forceps)",
              why="R18: EGD with biopsy (one code however many biopsies)"),
            c("45385", "removed with cold snare", why="R18: colonoscopy with snare removal"),
        ],
        skips=[
            skip("Esophagus normal", "R02", "normal finding"),
            skip("repeat colonoscopy interval by pathology", "R07", "future procedure"),
        ],
    ),
    NoteSpec(
        id="dev-p1-13", dos="2026-03-18",
        specialty="family medicine", setting="outpatient", age=80, sex="M", payer="uhc",
        text="""
        Nurse-assisted procedure, seen by Dr. Patel
        80M with muffled hearing both ears, wife says TV is loud. Uses Q-tips.
        Otoscopy: both canals completely occluded by hard impacted cerumen, TMs not visible.

        Left ear: impacted cerumen removed with curette and alligator forceps under direct visualization by
        Dr. Patel.
        Right ear: cerumen too hard for curette - softened with Debrox then removed by irrigation with warm
        water (ear lavage) by RN.
        Post-procedure: both TMs intact, pearly, canals clear. Hearing improved per pt.

        Dx: impacted cerumen, bilateral.
        Advised no Q-tips; Debrox weekly. Audiology referral if hearing still decreased.
        """,
        codes=[
            c("H61.23", "impacted cerumen, bilateral", why="R11: impacted cerumen, both ears"),
            c("69210", "impacted cerumen removed with curette", mods=["LT"],
              why="R18: removal of impacted cerumen by instrumentation, left ear"),
            c("69209", "removed by irrigation", mods=["RT"],
              why="R18: removal of impacted cerumen by irrigation/lavage, the other (right) ear"),
        ],
        skips=[
            skip("Audiology referral if hearing still decreased", "R07", "conditional referral"),
        ],
    ),
    NoteSpec(
        id="dev-p1-14", dos="2026-03-19",
        specialty="family medicine", setting="outpatient", age=34, sex="F", payer="cigna", minutes=35,
        text="""
        Same-day sick visit

        34F with asthma, 3 days of wheeze and chest tightness after a cold, using albuterol inhaler q3h without
        much relief. No fever now. Controller: none (stopped her Symbicort last year).

        Exam: speaking full sentences, diffuse expiratory wheeze, RR 22. SpO2 93% RA.

        In clinic: DuoNeb (ipratropium 0.5 mg / albuterol 2.5 mg) via nebulizer x1. After the treatment wheeze
        much improved, SpO2 97%.

        Assessment: moderate persistent asthma with acute exacerbation.
        Plan: prednisone 40 mg daily x5 d; restart budesonide-formoterol 160/4.5 2 puffs bid; spirometry
        ordered for her next visit once recovered. Return precautions.

        Total time on the date of service 35 minutes, not counting the nebulizer treatment.
        """,
        codes=[
            c("J45.41", "moderate persistent asthma with acute exacerbation",
              why="R22: moderate persistent asthma with (acute) exacerbation"),
            c("94640", "via nebulizer x1", why="R18: inhalation treatment for acute airway obstruction"),
            c("J7620", "DuoNeb (ipratropium 0.5 mg / albuterol 2.5 mg)", units=1,
              why="R24: albuterol/ipratropium unit dose"),
            c("99214", "Total time on the date of service 35 minutes", mods=["25"],
              why="R14: established, 35 minutes (30-39); 25 beside the nebulizer treatment"),
        ],
        skips=[
            skip("No fever now", "R01", "negated"),
            skip("spirometry\n        ordered for her next visit", "R19", "ordered, not performed"),
            skip("SpO2 93% RA", "R19", "pulse oximetry is not separately reported"),
        ],
    ),
    NoteSpec(
        id="dev-p1-15", dos="2026-03-20",
        specialty="pediatrics", setting="outpatient", age=6, sex="F", payer="medicaid",
        text="""
        PEDS SICK VISIT
        6 y/o girl, sore throat + fever to 102.4 since yesterday, headache, no cough, no runny nose. Sibling had
        strep last week.
        PE: T 101.8. Tonsils 2+ with exudate, tender anterior cervical nodes, palatal petechiae. Lungs clear.

        Labs in office: rapid strep antigen POSITIVE. Rapid influenza A and B antigen negative.
        Backup throat culture not sent (rapid test positive).

        A: Streptococcal pharyngitis.
        P: amoxicillin 50 mg/kg/day x10 days, ibuprofen prn, school note - may return after 12 h of antibiotics
        and afebrile.
        """,
        codes=[
            c("J02.0", "Streptococcal pharyngitis", why="R22: strep pharyngitis confirmed by the rapid test"),
            c("87880", "rapid strep antigen POSITIVE", why="R19: rapid strep performed in the office"),
            c("87804", "Rapid influenza A and B antigen negative", units=2,
              why="R19: rapid influenza immunoassay, one unit per type (A and B)"),
            c("99213", "Streptococcal pharyngitis",
              why="R15: acute uncomplicated illness + tests + prescription drug = low MDM; lab tests need no 25"),
        ],
        skips=[
            skip("no cough, no runny nose", "R01", "negated"),
            skip("Backup throat culture not sent", "R19", "not done"),
            skip("fever to 102.4", "R23", "integral to strep pharyngitis"),
        ],
    ),
    NoteSpec(
        id="dev-p1-16", dos="2026-03-23",
        specialty="pediatrics", setting="outpatient", age=4, sex="M", payer="bcbs",
        text="""
        4 YEAR WELL CHILD CHECK

        Interval: doing well, preschool, eats a varied diet, sleeps 10 h. No concerns from parents.
        Development: hops on one foot, draws a person with 3 parts, speech fully intelligible - on track.
        Exam: normal growth along the 50th percentile, normal exam.

        Immunizations: VIS given and risks/benefits of each vaccine counseled by me with dad, questions
        answered. Administered today:
        - Kinrix (DTaP-IPV) IM R thigh
        - ProQuad (MMRV) SC L arm
        - Influenza vaccine, quadrivalent, preservative-free IM L thigh
        Tolerated without reaction.

        Assessment: well child, 4 years, normal growth and development. Immunizations given.
        Plan: dental visit q6mo, booster seat, next WCC at 5 years.
        """,
        codes=[
            c("Z00.129", "well child, 4 years, normal growth and development",
              why="R17: routine child health exam without abnormal findings"),
            c("Z23", "Immunizations given", why="R17: encounter for immunization"),
            c("99392", "4 YEAR WELL CHILD CHECK", why="R17: preventive visit, established, age 1-4"),
            c("90696", "Kinrix (DTaP-IPV)", why="R24: DTaP-IPV vaccine product"),
            c("90710", "ProQuad (MMRV)", why="R24: MMRV vaccine product"),
            c("90686", "Influenza vaccine, quadrivalent, preservative-free",
              why="R24: influenza vaccine product"),
            c("90460", "counseled by me with dad", units=3,
              why="R18: under 19 with physician counseling: first component of each of 3 vaccines"),
            c("90461", "counseled by me with dad", units=6,
              why="R18: each additional component counseled: DTaP-IPV 3 + MMRV 3"),
        ],
        skips=[
            skip("No concerns from parents", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-p1-17", dos="2026-03-24",
        specialty="internal medicine", setting="outpatient", age=58, sex="M", payer="aetna", minutes=25,
        text="""
        INTERNAL MEDICINE - follow-up

        58M former smoker (quit 2019, 35 pk-yr) with COPD, here for 6-mo f/u. Mild exertional dyspnea, stable,
        no flares since last visit, uses tiotropium daily and albuterol rarely.

        Exam: prolonged expiration, no wheeze. SpO2 95%.
        Spirometry performed in office today (no bronchodilator): FEV1/FVC 0.62, FEV1 68% predicted - unchanged
        from last year. Full PFTs with DLCO ordered at the hospital lab.

        Vaccines today, counseled and consented: Shingrix dose 1 IM L deltoid; Tdap IM R deltoid.

        A/P: COPD, stable on tiotropium - continue, refill. Former smoker. Vaccines as above; Shingrix dose 2 in
        2-6 months.
        Total time today 25 min (excluding vaccine administration).
        """,
        codes=[
            c("J44.9", "COPD, stable on tiotropium", why="R22: COPD without exacerbation"),
            c("Z87.891", "former smoker", "Former smoker", why="R06: former smoker"),
            c("Z23", "Vaccines today", why="R24: encounter for immunization"),
            c("94010", "Spirometry performed in office today (no bronchodilator)",
              why="R19: spirometry without bronchodilator, done in the office"),
            c("90750", "Shingrix dose 1", why="R24: recombinant zoster vaccine product"),
            c("90715", "Tdap IM R deltoid", why="R24: Tdap vaccine product"),
            c("90471", "Shingrix dose 1", why="R24: first vaccine administration (adult)"),
            c("90472", "Tdap IM R deltoid", why="R24: each additional vaccine administration"),
            c("99213", "Total time today 25 min", mods=["25"],
              why="R14: established, 25 minutes (20-29); 25 on a problem E/M with vaccine administration"),
        ],
        skips=[
            skip("Full PFTs with DLCO ordered at the hospital lab", "R19", "ordered, done elsewhere"),
            skip("Shingrix dose 2 in\n        2-6 months", "R07", "future dose"),
            skip("no wheeze", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-p1-18", dos="2026-03-25",
        specialty="family medicine", setting="outpatient", age=24, sex="F", payer="medicaid",
        text="""
        Problem visit
        24F - partner tested positive for gonorrhea 3 days ago. She has had yellow vaginal discharge x1 wk,
        no pelvic pain, no fever. LMP 2 wks ago.
        Pelvic: mucopurulent discharge from the cervical os, friable cervix, no CMT, no adnexal tenderness.
        POC urine hCG negative. GC/chlamydia NAAT and RPR/HIV sent to the state lab.

        Assessment: mucopurulent cervicitis; exposure to gonorrhea through partner.
        Plan: ceftriaxone 500 mg IM given in clinic today (R gluteal), doxycycline 100 mg bid x7d; expedited
        partner therapy discussed; abstain 7 days; test of cure not needed, retest in 3 months.
        """,
        codes=[
            c("N72", "mucopurulent cervicitis", why="R22: cervicitis, organism not yet confirmed"),
            c("Z20.2", "exposure to gonorrhea through partner",
              why="R22: contact with and exposure to a sexually transmitted infection"),
            c("81025", "POC urine hCG negative", why="R19: urine pregnancy test performed in the office"),
            c("J0696", "ceftriaxone 500 mg IM", units=2, why="R24: ceftriaxone per 250 mg, 500 mg = 2 units"),
            c("96372", "ceftriaxone 500 mg IM given in clinic today", why="R24: IM injection administration"),
            c("99213", "mucopurulent cervicitis", mods=["25"],
              why="R15: acute illness + prescription drugs = low MDM; 25 beside the injection"),
        ],
        skips=[
            skip("no pelvic pain, no fever", "R01", "negated"),
            skip("GC/chlamydia NAAT and RPR/HIV sent to the state lab", "R19", "tests done elsewhere"),
            skip("test of cure not needed", "R01", "not done"),
        ],
    ),
    NoteSpec(
        id="dev-p1-19", dos="2026-03-26",
        specialty="obstetrics and gynecology", setting="outpatient", age=31, sex="F", payer="uhc",
        text="""
        GYN PROCEDURE NOTE - IUD insertion
        31 y/o G2P2 desires long-acting contraception; counseled at her visit 2 weeks ago, chose LNG-IUD.
        LMP 5 days ago, condoms since. Urine pregnancy test in office today negative.

        Procedure: speculum placed, cervix cleansed with betadine, tenaculum applied. Uterus sounded to 7.5 cm.
        Mirena (levonorgestrel 52 mg IUS) inserted without difficulty; strings trimmed to 3 cm. Minimal cramping,
        tolerated well.

        Dx: encounter for insertion of intrauterine contraceptive device.
        Plan: backup method 7 days; string check in 4-6 weeks.
        """,
        codes=[
            c("Z30.430", "encounter for insertion of intrauterine contraceptive device",
              why="R22: encounter for IUD insertion"),
            c("58300", "Mirena (levonorgestrel 52 mg IUS) inserted", why="R18: insertion of IUD"),
            c("J7298", "Mirena (levonorgestrel 52 mg IUS)", units=1, why="R24: levonorgestrel IUS 52 mg, the device"),
            c("81025", "Urine pregnancy test in office today negative",
              why="R19: urine pregnancy test performed in the office"),
        ],
        skips=[
            skip("string check in 4-6 weeks", "R07", "future visit"),
        ],
    ),
    NoteSpec(
        id="dev-p1-20", dos="2026-03-27",
        specialty="internal medicine", setting="outpatient", age=70, sex="F", payer="medicare", minutes=24,
        text="""
        Office visit - Medicare
        70F with burning urination and frequency x2 days, no flank pain, no fever, no hematuria. Type 2 DM on
        metformin, checks sugars rarely. She is also due for cervical cancer screening (history of abnormal Pap
        8 yrs ago, high risk per our protocol).

        Objective: afebrile, no CVA tenderness, mild suprapubic tenderness.
        Office urinalysis (automated analyzer, no microscopy): LE 2+, nitrite +, blood neg.
        Fingerstick glucose 168.
        Urine culture sent out to Quest.
        Pelvic exam done; Pap smear collected (ThinPrep) and sent to cytology.

        Assessment/Plan:
        1. Acute cystitis without hematuria - nitrofurantoin 100 mg bid x5 d, adjust per culture.
        2. Type 2 diabetes without complication - stable, continue metformin.
        3. Cervical cancer screening - Pap collected today.
        Time spent 24 minutes on the problem visit, separate from the screening.
        """,
        codes=[
            c("N30.00", "Acute cystitis without hematuria", why="R22: acute cystitis, no hematuria"),
            c("E11.9", "Type 2 diabetes without complication", why="R20: chronic condition addressed"),
            c("Z79.84", "metformin", why="R10: long-term oral hypoglycemic"),
            c("Z12.4", "Cervical cancer screening", why="R17: screening for cervical cancer"),
            c("81003", "Office urinalysis (automated analyzer, no microscopy)",
              why="R19: automated urinalysis without microscopy, done in the office"),
            c("82962", "Fingerstick glucose 168", why="R19: glucose by monitoring device in the office"),
            c("Q0091", "Pap smear collected", why="R18: Medicare screening Pap specimen collection"),
            c("99213", "Time spent 24 minutes on the problem visit", mods=["25"],
              why="R14: established, 24 minutes (20-29); separate from the screening collection (25)"),
        ],
        skips=[
            skip("no flank pain, no fever, no hematuria", "R01", "negated"),
            skip("Urine culture sent out to Quest", "R19", "culture done elsewhere: not coded"),
        ],
    ),
    NoteSpec(
        id="dev-p1-21", dos="2026-03-30",
        specialty="internal medicine", setting="outpatient", age=61, sex="M", payer="bcbs", minutes=32,
        text="""
        Chest pain eval - office

        61M with 2 weeks of intermittent left-sided chest pressure, sometimes with exertion, sometimes at rest,
        lasting 5-10 minutes, no radiation, no syncope. HTN on lisinopril. Father had MI at 58.

        BP 146/88, HR 78. Heart RRR, no murmur. Lungs clear. Chest wall not tender.

        12-lead ECG was performed this morning at the hospital outpatient lab (tracing only); I personally
        interpreted it: sinus rhythm 74, normal axis, no ST-T changes, no Q waves - my interpretation and
        report are in the chart.
        Venipuncture done here in clinic; troponin, lipid panel and CMP sent to the hospital lab.

        A/P:
        1. Chest pain, unclear etiology, possible angina - exercise stress test scheduled for next week;
           aspirin 81 mg daily meanwhile; ED if pain at rest > 15 minutes.
        2. Hypertension above goal - increase lisinopril to 20 mg.
        3. Family history of premature coronary disease.
        Total time 32 minutes.
        """,
        codes=[
            c("R07.9", "Chest pain, unclear etiology", why="R03: chest pain, possible angina not coded"),
            c("I10", "Hypertension above goal", why="R20: chronic condition managed"),
            c("Z82.49", "Family history of premature coronary disease", "Father had MI at 58",
              why="R05: family history of ischemic heart disease at a chest pain visit"),
            c("93010", "I personally\n        interpreted it",
              why="R18: ECG interpretation and report only (tracing done at the hospital)"),
            c("36415", "Venipuncture done here in clinic", why="R19: blood drawn in the office; the tests "
              "sent to the hospital lab are not coded"),
            c("99214", "Total time 32 minutes", why="R14: established, 32 minutes (30-39); no 25 for an ECG "
              "interpretation or venipuncture"),
        ],
        skips=[
            skip("possible angina", "R03", "uncertain"),
            skip("exercise stress test scheduled for next week", "R19", "scheduled, not performed"),
            skip("troponin, lipid panel and CMP sent to the hospital lab", "R19", "tests done elsewhere"),
            skip("no syncope", "R01", "negated"),
        ],
    ),
    NoteSpec(
        id="dev-p1-22", dos="2026-03-31",
        specialty="dermatology", setting="outpatient", age=63, sex="M", payer="aetna",
        text="""
        Post-op check / suture removal
        63M, 10 days after excision of a benign compound nevus from the left forearm with intermediate repair.
        No drainage or fever. Pathology: compound nevus, margins clear.

        Wound: well approximated, no erythema, no dehiscence. Sutures removed x6 without difficulty, steri-strips
        applied.

        A: routine post-op visit, healing well; suture removal.
        P: scar care, sun protection; no further follow-up needed for this site.
        """,
        codes=[
            c("Z48.02", "suture removal", why="R21: encounter for removal of sutures"),
            c("99024", "routine post-op visit", why="R18: post-operative visit in the global period, no E/M"),
        ],
        skips=[
            skip("No drainage or fever", "R01", "negated"),
            skip("no erythema, no dehiscence", "R01", "negated"),
        ],
    ),
]
