"""Check the project's corpora: ``python -m corpora.validate [dev|test ...]``.

Checks every note and gold line: JSON parses, ids unique, required fields present and typed, NPI Luhn
check digit, ICD-10-CM codes valid and billable (FY2026 via simple_icd_10_cm), CPT/HCPCS shape, evidence
text equal to the note slice, a gold line for every note (and no orphans), rationales citing a known rule.
Problems name the split, id and field, never note text. Exit status 1 when any problem is found.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

import simple_icd_10_cm as icd

from corpora.loaders import SPLITS, load_gold, load_notes
from corpora.rules import RULES

PERSON_FIELDS = ("family", "given", "birth_date", "sex", "address", "member_id")
ADDRESS_FIELDS = ("line", "city", "state", "zip")
SETTINGS = {"outpatient", "inpatient"}
POS = {"11", "21", "22", "23"}
SYSTEMS = {"ICD-10-CM", "CPT", "HCPCS"}
_CPT = re.compile(r"^\d{4}[0-9FTU]$")
_HCPCS = re.compile(r"^[A-V]\d{4}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_RULE = re.compile(r"^(R\d\d)\b")
_RULE_ANY = re.compile(r"\b(R\d\d)\b(?!\.\d)")  # a rule id, not an ICD-10-CM R code


def npi_valid(npi: str) -> bool:
    """NPI check: Luhn over '80840' + the 10 digits (the last one being the check digit)."""
    if not re.fullmatch(r"\d{10}", npi or ""):
        return False
    total = 0
    for i, ch in enumerate(reversed("80840" + npi)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def icd_billable(code: str) -> bool:
    """True for a valid ICD-10-CM code that is a leaf (billable), written with its dot."""
    return icd.is_valid_item(code) and icd.is_leaf(code) and (len(code) == 3 or "." in code)


def _check_person(where: str, person: object, errors: list[str]) -> None:
    if not isinstance(person, dict):
        errors.append(f"{where}: not an object")
        return
    for f in PERSON_FIELDS:
        if not person.get(f):
            errors.append(f"{where}.{f}: missing")
    if person.get("sex") not in ("F", "M"):
        errors.append(f"{where}.sex: must be F or M")
    if person.get("birth_date") and not _DATE.match(person["birth_date"]):
        errors.append(f"{where}.birth_date: not YYYY-MM-DD")
    addr = person.get("address") or {}
    for f in ADDRESS_FIELDS:
        if not addr.get(f):
            errors.append(f"{where}.address.{f}: missing")


def check_note(note: dict, errors: list[str]) -> None:
    """Append problems of one note to ``errors``."""
    nid = note.get("id", "?")
    for f in ("id", "text", "setting", "date_of_service", "specialty", "patient", "subscriber", "payer",
              "provider", "visit"):
        if not note.get(f):
            errors.append(f"{nid}.{f}: missing")
    if note.get("setting") not in SETTINGS:
        errors.append(f"{nid}.setting: not outpatient/inpatient")
    if not _DATE.match(str(note.get("date_of_service", ""))):
        errors.append(f"{nid}.date_of_service: not YYYY-MM-DD")
    _check_person(f"{nid}.patient", note.get("patient"), errors)
    sub = note.get("subscriber") or {}
    if sub.get("relationship") not in ("self", "spouse", "child", "other"):
        errors.append(f"{nid}.subscriber.relationship: invalid")
    elif sub.get("relationship") != "self":
        _check_person(f"{nid}.subscriber", sub, errors)
    payer = note.get("payer") or {}
    if not (payer.get("id") and payer.get("name")):
        errors.append(f"{nid}.payer: id and name required")
    prov = note.get("provider") or {}
    if not npi_valid(str(prov.get("npi", ""))):
        errors.append(f"{nid}.provider.npi: fails the NPI Luhn check")
    if not re.fullmatch(r"\d{9}", str(prov.get("tax_id", ""))):
        errors.append(f"{nid}.provider.tax_id: must be 9 digits")
    visit = note.get("visit") or {}
    if not isinstance(visit.get("new_patient"), bool):
        errors.append(f"{nid}.visit.new_patient: must be boolean")
    if visit.get("place_of_service") not in POS:
        errors.append(f"{nid}.visit.place_of_service: not one of {sorted(POS)}")
    if "total_minutes" in visit and not (isinstance(visit["total_minutes"], int) and visit["total_minutes"] > 0):
        errors.append(f"{nid}.visit.total_minutes: must be a positive integer")


def _check_span(where: str, ev: dict, text: str, errors: list[str]) -> None:
    s, e = ev.get("start"), ev.get("end")
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        errors.append(f"{where}: bad offsets")
    elif text[s:e] != ev.get("text"):
        errors.append(f"{where}: evidence text differs from note text at offsets {s}-{e}")


def check_gold(gold: dict, text: str, errors: list[str]) -> None:
    """Append problems of one gold line (checked against its note text) to ``errors``."""
    gid = gold.get("id", "?")
    codes = gold.get("codes")
    if not isinstance(codes, list) or not codes:
        errors.append(f"{gid}.codes: must be a non-empty list")
        return
    seen: set[tuple[str, str]] = set()
    for i, code in enumerate(codes):
        where = f"{gid}.codes[{i}]"
        system, value = code.get("system"), str(code.get("code", ""))
        if system not in SYSTEMS:
            errors.append(f"{where}.system: {system!r} unknown")
        elif system == "ICD-10-CM" and not icd_billable(value):
            errors.append(f"{where}.code: {value} is not a billable ICD-10-CM code")
        elif system == "CPT" and not _CPT.match(value):
            errors.append(f"{where}.code: {value} is not a CPT code shape")
        elif system == "HCPCS" and not _HCPCS.match(value):
            errors.append(f"{where}.code: {value} is not a HCPCS Level II shape")
        if (system, value) in seen:
            errors.append(f"{where}.code: {value} listed twice")
        seen.add((system, value))
        if not code.get("description"):
            errors.append(f"{where}.description: missing")
        m = _RULE.match(code.get("rationale") or "")
        if not (m and m.group(1) in RULES):
            errors.append(f"{where}.rationale: must start with a known rule id")
        evidence = code.get("evidence") or []
        if not evidence:
            errors.append(f"{where}.evidence: at least one span required")
        for j, ev in enumerate(evidence):
            _check_span(f"{where}.evidence[{j}]", ev, text, errors)
    for j, nc in enumerate(gold.get("not_coded") or []):
        _check_span(f"{gid}.not_coded[{j}]", nc, text, errors)
        if nc.get("rule") not in RULES:
            errors.append(f"{gid}.not_coded[{j}].rule: unknown")


def validate_split(split: str) -> list[str]:
    """All problems found in one split (empty list when clean)."""
    errors: list[str] = []
    notes = load_notes(split)
    gold = load_gold(split)
    for kind, rows in (("note", notes), ("gold", gold)):
        for nid, n in Counter(r.get("id") for r in rows).items():
            if n > 1:
                errors.append(f"{split}: {kind} id {nid} appears {n} times")
    texts = {n.get("id"): n.get("text", "") for n in notes}
    for note in notes:
        check_note(note, errors)
    gold_ids = {g.get("id") for g in gold}
    errors.extend(f"{split}: note {nid} has no gold line" for nid in texts if nid not in gold_ids)
    for g in gold:
        if g.get("id") not in texts:
            errors.append(f"{split}: gold {g.get('id')} has no note")
        else:
            check_gold(g, texts[g["id"]], errors)
    return [e if e.startswith(split) else f"{split}/{e}" for e in errors]


def rule_coverage(split: str) -> Counter:
    """How many notes exercise each rule (coded rationale or not_coded entry)."""
    cov: Counter = Counter()
    for g in load_gold(split):
        rules = {r for c in g.get("codes", []) for r in _RULE_ANY.findall(c.get("rationale", ""))}
        rules |= {nc.get("rule") for nc in g.get("not_coded", [])}
        cov.update(r for r in rules if r in RULES)
    return cov


def main(argv: list[str]) -> int:
    splits = argv or [s for s in SPLITS if load_notes(s)]
    problems = 0
    for split in splits:
        errors = validate_split(split)
        notes = load_notes(split)
        specialties = Counter(n.get("specialty") for n in notes)
        settings = Counter(n.get("setting") for n in notes)
        print(f"{split}: {len(notes)} notes, {len(specialties)} specialties, {dict(settings)}, "
              f"{len(errors)} problems")
        cov = rule_coverage(split)
        missing = [r for r in RULES if r not in cov]
        print(f"  rules covered: {len(cov)}/{len(RULES)}" + (f" (missing {', '.join(missing)})" if missing else ""))
        for e in errors:
            print("  " + e)
        problems += len(errors)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
