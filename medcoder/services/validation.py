"""Live validation of an encounter's working code list against the code set and the patient's metadata.

Severity "error" blocks finalize (a claim with it would be rejected or break a coding guideline);
"warning" is shown but the coder may finalize (Excludes1 has documented exceptions, sex/age edits can be
legitimate, 837P carries only 12 diagnoses per claim so more need a second claim, not a different code).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from medcoder.services import codes as codelib

MAX_CLAIM_DIAGNOSES = 12

# Sex-specific ICD-10-CM ranges (CMS MCE sex edits, abridged): code prefixes and the sex they require.
SEX_RANGES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("C60", "C61", "C62", "C63", "D07.4", "D07.5", "D07.6", "D29", "D40", "N40", "N41", "N42", "N43", "N44",
      "N45", "N46", "N47", "N48", "N49", "N50", "N51", "N52", "N53", "Q53", "Q54", "Q55", "R86", "Z12.5"), "M"),
    (("C51", "C52", "C53", "C54", "C55", "C56", "C57", "C58", "D06", "D07.0", "D07.1", "D07.2", "D07.3",
      "D25", "D26", "D27", "D28", "D39", "N70", "N71", "N72", "N73", "N74", "N75", "N76", "N77", "N80",
      "N81", "N82", "N83", "N84", "N85", "N86", "N87", "N88", "N89", "N90", "N91", "N92", "N93", "N94",
      "N95", "N96", "N97", "N98", "O", "Q50", "Q51", "Q52", "R87", "Z01.41", "Z12.4", "Z30.43", "Z32",
      "Z33", "Z34", "Z35", "Z36", "Z37", "Z39", "Z3A"), "F"),
)
# Age edits: code prefixes with the inclusive age range in years (newborn, pediatric, maternity, adult).
AGE_RANGES: tuple[tuple[tuple[str, ...], int, int, str], ...] = (
    (("Z38", "Z05"), 0, 0, "newborn"),  # not P codes: they may be used at any age (I.C.16.a)
    (("Z00.1",), 0, 17, "pediatric"),
    (("O", "Z3A", "Z33", "Z34", "Z37", "Z39"), 9, 64, "maternity"),
    (("N40", "Z00.0", "Z12.5"), 15, 124, "adult"),
)
_CODE_TOKEN = re.compile(r"\b([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?)(?:\.-|-)?(?:\s*-\s*([A-Z]\d[0-9A-Z]))?")


@dataclass(frozen=True)
class Issue:
    kind: str  # unknown_code|non_billable|missing_7th_character|excludes1|sex_conflict|age_conflict|...
    severity: str  # error|warning
    message: str
    codes: tuple[str, ...] = ()
    rule: str = ""


@dataclass(frozen=True)
class CodeLine:
    """The minimum validation needs from an encounter code (system, code, claim position)."""

    system: str
    code: str
    sequence: int = 0


@dataclass
class Patient:
    sex: str | None = None
    age: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def patient_from_meta(meta: dict[str, Any] | None, date_of_service: str | None) -> Patient:
    """Sex and age (in whole years at the date of service) from the note metadata, when present."""
    person = (meta or {}).get("patient") or {}
    sex = str(person.get("sex") or "").upper()[:1] or None
    age = None
    try:
        born = date.fromisoformat(str(person.get("birth_date")))
        seen = date.fromisoformat(date_of_service) if date_of_service else date.today()
        age = seen.year - born.year - ((seen.month, seen.day) < (born.month, born.day))
    except (TypeError, ValueError):
        age = None
    return Patient(sex=sex if sex in ("M", "F") else None, age=age)


def _referenced(entries: Iterable[str]) -> list[tuple[str, str]]:
    """Code ranges named in instructional notes: "E10.-" -> (E10, E10), "E08-E13" -> (E08, E13)."""
    found = []
    for entry in entries:
        for start, end in _CODE_TOKEN.findall(entry):
            found.append((start, end or start))
    return found


def _covers(ranges: Sequence[tuple[str, str]], code: str) -> bool:
    for start, end in ranges:
        if start == end:
            if code.startswith(start):
                return True
        elif start <= code[:3] <= end:
            return True
    return False


def _matches(code: str, prefixes: Iterable[str]) -> bool:
    return any(code.startswith(prefix) for prefix in prefixes)


def validate_codes(lines: Sequence[CodeLine], codes: Any, patient: Patient | None = None) -> list[Issue]:
    """Every problem with this code list, in claim order; an empty list means the list is claim-ready."""
    patient = patient or Patient()
    issues: list[Issue] = []
    diagnoses = sorted((line for line in lines if line.system == codelib.DIAGNOSIS_SYSTEM),
                       key=lambda line: line.sequence)
    known: dict[str, codelib.CodeRef] = {}
    for line in lines:
        ref = codelib.find(codes, line.system, line.code)
        if ref is None:
            issues.append(Issue("unknown_code", "error", f"{line.code} is not in the loaded {line.system} code set",
                                (line.code,)))
            continue
        known[line.code] = ref
        if line.system != codelib.DIAGNOSIS_SYSTEM:
            continue
        if codelib.seventh_characters(ref):
            issues.append(Issue("missing_7th_character", "error",
                                f"{line.code} needs a 7th character (for example "
                                f"{', '.join(sorted(codelib.seventh_characters(ref))[:3])})",
                                (line.code,), "ICD-10-CM I.B.9"))
        elif not ref.billable:
            issues.append(Issue("non_billable", "error",
                                f"{line.code} is a category header, not a billable code; pick a more specific code",
                                (line.code,), "ICD-10-CM I.A.3"))
        issues.extend(_patient_issues(line.code, patient))
    seen_dx: set[str] = set()
    for line in diagnoses:  # a claim lists each diagnosis once (billing refuses duplicates too)
        if line.code in seen_dx:
            issues.append(Issue("duplicate_code", "error", f"{line.code} is listed twice; remove one",
                                (line.code,), "X12 837P HI segment"))
        seen_dx.add(line.code)
    codes_present = [line.code for line in diagnoses if line.code in known]
    for index, code in enumerate(codes_present):
        excluded = _referenced(codelib.note_list(codes, code, "excludes1"))
        for other in codes_present[index + 1:]:
            if _covers(excluded, other) or _covers(_referenced(codelib.note_list(codes, other, "excludes1")), code):
                issues.append(Issue("excludes1", "warning",
                                    f"{code} and {other} form an Excludes1 pair: they are not normally coded together",
                                    (code, other), "ICD-10-CM I.A.12.a"))
    if codes_present:
        issues.extend(_code_first_issues(codes_present, codes, known[codes_present[0]]))
    if len(diagnoses) > MAX_CLAIM_DIAGNOSES:
        issues.append(Issue("too_many_diagnoses", "warning",
                            f"{len(diagnoses)} diagnoses: a professional claim (837P) carries at most "
                            f"{MAX_CLAIM_DIAGNOSES}; the rest will not be sent", rule="X12 837P HI segment"))
    return issues


def _code_first_issues(codes_present: Sequence[str], codes: Any, first_ref: Any) -> list[Issue]:
    """A first-listed code whose "code first" note applies here.

    Most "code first" notes are conditional ("if applicable, associated influenza" on pneumonia, "any associated
    gangrene" on pressure ulcers): they only bind when the named condition is coded too. The note makes a code
    always secondary only for manifestation codes ("in diseases classified elsewhere", I.A.13) and for notes that
    ask for the "underlying" disease or infection (etiology/manifestation convention, I.A.13; R65.2-, G63).
    """
    first = codes_present[0]
    notes = codelib.note_list(codes, first, "code_first")
    if not notes:
        return []
    title = str(getattr(first_ref, "title", "") or "").lower()
    always_secondary = "in diseases classified elsewhere" in title or any(
        note.strip().lower().removeprefix("the ").startswith("underlying") for note in notes)
    named = [other for other in codes_present[1:] if _covers(_referenced(notes), other)]
    if not always_secondary and not named:
        return []
    which = f"list {', '.join(named)} first" if named else "list the underlying condition first"
    return [Issue("manifestation_first", "error",
                  f"{first} has a \"code first\" note (a manifestation or secondary code) and cannot be the "
                  f"first-listed diagnosis here; {which}", (first,), "ICD-10-CM I.A.13")]


def _patient_issues(code: str, patient: Patient) -> list[Issue]:
    issues = []
    for prefixes, sex in SEX_RANGES:
        if patient.sex and patient.sex != sex and _matches(code, prefixes):
            issues.append(Issue("sex_conflict", "warning",
                                f"{code} is for {'male' if sex == 'M' else 'female'} patients; "
                                f"the patient's recorded sex is {patient.sex}", (code,), "CMS MCE sex edit"))
    for prefixes, low, high, label in AGE_RANGES:
        if patient.age is not None and _matches(code, prefixes) and not low <= patient.age <= high:
            issues.append(Issue("age_conflict", "warning",
                                f"{code} is a {label} code (ages {low}-{high}); the patient is {patient.age}",
                                (code,), "CMS MCE age edit"))
    return issues
