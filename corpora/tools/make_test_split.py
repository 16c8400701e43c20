"""Generate the held-out TEST split: corpora/medcoder/test/notes.jsonl and gold.jsonl.

Why a script: evidence offsets are computed from phrases (``text.index``) so they always
match ``note_text[start:end]``, every ICD-10-CM code is checked as a billable FY2026 leaf,
and demographics (names, addresses, NPIs with a valid Luhn check digit) are generated from a
fixed seed so re-running gives byte-identical files. All people are fictional.

Run from the repo root: ``python -m corpora.tools.make_test_split [--check]``.
``--check`` rebuilds in memory and fails if the files on disk differ.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date
from pathlib import Path

import simple_icd_10_cm as icd

from corpora.rules import RULES
from corpora.tools.heldout_notes_a import NOTES as NOTES_A
from corpora.tools.heldout_notes_b import NOTES as NOTES_B
from corpora.tools.heldout_notes_c import NOTES as NOTES_C
from corpora.tools.heldout_notes_d import NOTES as NOTES_D
from corpora.tools.heldout_notes_e import NOTES as NOTES_E
from corpora.tools.heldout_people import Demographics
from corpora.tools.heldout_spec import CodeSpec, NotCoded, NoteSpec, Phrase

OUT_DIR = Path(__file__).resolve().parents[1] / "medcoder" / "test"

# Short descriptions in our own words (CPT descriptors are AMA-copyrighted); HCPCS from CMS.
PROC_DESC: dict[str, str] = {
    "99202": "Office visit, new patient, straightforward MDM or 15+ minutes",
    "99203": "Office visit, new patient, low MDM or 30+ minutes",
    "99204": "Office visit, new patient, moderate MDM or 45+ minutes",
    "99205": "Office visit, new patient, high MDM or 60+ minutes",
    "99212": "Office visit, established patient, straightforward MDM or 10+ minutes",
    "99213": "Office visit, established patient, low MDM or 20+ minutes",
    "99214": "Office visit, established patient, moderate MDM or 30+ minutes",
    "99215": "Office visit, established patient, high MDM or 40+ minutes",
    "99282": "Emergency department visit, straightforward MDM",
    "99283": "Emergency department visit, low MDM",
    "99284": "Emergency department visit, moderate MDM",
    "99285": "Emergency department visit, high MDM",
    "99393": "Preventive visit, established patient, age 5-11",
    "99395": "Preventive visit, established patient, age 18-39",
    "99396": "Preventive visit, established patient, age 40-64",
    "99406": "Tobacco cessation counseling, 3 to 10 minutes",
    "90792": "Psychiatric diagnostic evaluation with medical services",
    "90833": "Psychotherapy add-on with E/M, about 30 minutes",
    "96127": "Brief emotional or behavioral assessment, scored instrument, each",
    "96372": "Therapeutic, prophylactic or diagnostic injection, subcutaneous or intramuscular",
    "90471": "Vaccine administration, first vaccine (injection)",
    "90656": "Influenza vaccine, trivalent, split virus, preservative free, 0.5 mL, IM",
    "90715": "Tdap vaccine, age 7 and older, IM",
    "90677": "Pneumococcal conjugate vaccine, 20-valent (PCV20), IM",
    "93000": "Electrocardiogram, routine 12-lead, with interpretation and report",
    "94640": "Inhaled treatment for airway obstruction by nebulizer or inhaler device",
    "81002": "Urinalysis by dipstick, non-automated, without microscopy",
    "81025": "Urine pregnancy test, visual color comparison",
    "82962": "Blood glucose by glucose monitoring device cleared for home use",
    "87880": "Rapid streptococcus group A antigen test, direct optical observation",
    "86308": "Heterophile antibody screening (monospot)",
    "20550": "Injection of a single tendon sheath or ligament",
    "20600": "Arthrocentesis, aspiration or injection, small joint, without ultrasound",
    "20610": "Arthrocentesis, aspiration or injection, major joint or bursa, without ultrasound",
    "10060": "Incision and drainage of abscess, simple or single",
    "11102": "Tangential biopsy of skin, single lesion",
    "12001": "Simple repair of superficial wound, scalp/neck/trunk/extremities, 2.5 cm or less",
    "12002": "Simple repair of superficial wound, scalp/neck/trunk/extremities, 2.6 to 7.5 cm",
    "17000": "Destruction of premalignant lesion (e.g. actinic keratosis), first lesion",
    "17003": "Destruction of premalignant lesions, second through 14th, each",
    "17110": "Destruction of benign lesions other than skin tags, up to 14 lesions",
    "24640": "Closed treatment of radial head subluxation in a child (nursemaid elbow), with manipulation",
    "31231": "Diagnostic nasal endoscopy",
    "51798": "Post-void residual urine measurement by bladder ultrasound",
    "58100": "Endometrial sampling (biopsy) without cervical dilation",
    "69210": "Removal of impacted cerumen with instrumentation, unilateral",
    "G0008": "Administration of influenza virus vaccine",
    "G0009": "Administration of pneumococcal vaccine",
    "J0171": "Injection, adrenalin, epinephrine, 0.1 mg",
    "J1030": "Injection, methylprednisolone acetate, 40 mg",
    "J1050": "Injection, medroxyprogesterone acetate, 1 mg",
    "J1885": "Injection, ketorolac tromethamine, per 15 mg",
    "J3301": "Injection, triamcinolone acetonide, not otherwise specified, 10 mg",
    "J3420": "Injection, vitamin B-12 cyanocobalamin, up to 1,000 mcg",
}

ALL_NOTES: list[NoteSpec] = [*NOTES_A, *NOTES_B, *NOTES_C, *NOTES_D, *NOTES_E]


class SplitError(ValueError):
    """A note or code that breaks the corpus rules; the message names the id and field only."""


def locate(text: str, phrase: Phrase, note_id: str, code: str) -> dict[str, object]:
    """Return the evidence span of ``phrase`` (its n-th occurrence when a tuple)."""
    needle, occ = (phrase, 0) if isinstance(phrase, str) else phrase
    start = -1
    for _ in range(occ + 1):
        start = text.find(needle, start + 1)
        if start < 0:
            raise SplitError(f"{note_id}: evidence for {code} not found (occurrence {occ})")
    return {"start": start, "end": start + len(needle), "text": needle}


def describe(spec: CodeSpec, note_id: str) -> str:
    """Official ICD-10-CM title, or our own short procedure description."""
    if spec.system == "ICD-10-CM":
        billable = icd.is_valid_item(spec.code) and icd.is_leaf(spec.code)
        if not billable or (len(spec.code) > 3 and "." not in spec.code):
            raise SplitError(f"{note_id}: {spec.code} is not a billable ICD-10-CM code with a dot")
        return icd.get_description(spec.code)
    if spec.code not in PROC_DESC:
        raise SplitError(f"{note_id}: no description for {spec.system} {spec.code}")
    return PROC_DESC[spec.code]


def _rank(c: CodeSpec) -> int:
    """Diagnoses (as written), then E/M codes, then other CPT/HCPCS (as written)."""
    if c.system == "ICD-10-CM":
        return 0
    return 1 if c.system == "CPT" and c.code.startswith("99") else 2


def gold_codes(spec: NoteSpec, note_id: str) -> list[dict[str, object]]:
    """Codes in billing order, each with evidence spans and a rationale citing a rule id."""
    out = []
    for c in sorted(spec.codes, key=_rank):
        if c.rationale[:3] not in RULES:
            raise SplitError(f"{note_id}: rationale of {c.code} does not start with a rule id")
        item: dict[str, object] = {
            "system": c.system,
            "code": c.code,
            "description": describe(c, note_id),
            "evidence": [locate(spec.text, p, note_id, c.code) for p in c.phrases],
            "rationale": c.rationale,
        }
        if c.modifiers:
            item["modifiers"] = list(c.modifiers)
        if c.units is not None:
            item["units"] = c.units
        out.append(item)
    return out


def not_coded(spec: NoteSpec, nc: NotCoded, note_id: str) -> dict[str, object]:
    """A ``not_coded`` entry: the span, the rule that kept it out and why."""
    if nc.rule not in RULES:
        raise SplitError(f"{note_id}: not_coded rule {nc.rule} unknown")
    return {**locate(spec.text, nc.phrase, note_id, nc.rule), "rule": nc.rule, "reason": nc.reason}


def check_note(spec: NoteSpec, note_id: str) -> None:
    """Enforce length, setting/place-of-service agreement and E/M time consistency."""
    words = len(spec.text.split())
    if not 150 <= words <= 500:
        raise SplitError(f"{note_id}: text has {words} words, want 150-500")
    if (spec.setting == "inpatient") != (spec.pos == "21"):
        raise SplitError(f"{note_id}: setting and place_of_service disagree")
    date.fromisoformat(spec.date)
    if spec.minutes is not None and f"{spec.minutes} minutes" not in spec.text:
        raise SplitError(f"{note_id}: total_minutes not documented in the text")
    seen = [(c.system, c.code) for c in spec.codes]
    if len(seen) != len(set(seen)):
        raise SplitError(f"{note_id}: duplicate code")


def build() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Build (notes, gold) records for every note, in id order."""
    people = Demographics(random.Random(20260314))
    notes, gold = [], []
    for n, spec in enumerate(ALL_NOTES, 1):
        note_id = f"test-{n:04d}"
        check_note(spec, note_id)
        record: dict[str, object] = {
            "id": note_id,
            "text": spec.text,
            "setting": spec.setting,
            "date_of_service": spec.date,
            "specialty": spec.specialty,
        }
        record.update(people.parties(spec, f"p-test-{n:04d}"))
        visit: dict[str, object] = {"new_patient": spec.new_patient, "place_of_service": spec.pos}
        if spec.minutes is not None:
            visit["total_minutes"] = spec.minutes
        record["visit"] = visit
        notes.append(record)
        line: dict[str, object] = {"id": note_id, "codes": gold_codes(spec, note_id)}
        if spec.not_coded:
            line["not_coded"] = [not_coded(spec, nc, note_id) for nc in spec.not_coded]
        gold.append(line)
    return notes, gold


def dumps(records: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if files on disk are stale")
    args = parser.parse_args(argv)
    try:
        notes, gold = build()
    except SplitError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    files = {OUT_DIR / "notes.jsonl": dumps(notes), OUT_DIR / "gold.jsonl": dumps(gold)}
    if args.check:
        stale = [p.name for p, body in files.items() if not p.exists() or p.read_text("utf-8") != body]
        if stale:
            print(f"stale: {', '.join(stale)}", file=sys.stderr)
            return 1
        print(f"up to date: {len(notes)} notes")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for path, body in files.items():
        path.write_text(body, encoding="utf-8")
    codes = sum(len(g["codes"]) for g in gold)  # type: ignore[arg-type]
    print(f"wrote {len(notes)} notes, {codes} gold codes to {OUT_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
