"""Code-over-code comparison of a coder's final codes with an auditor's, as stored findings.

Pure functions (no database) so the report and the tests can recompute them.

Definitions (documented here because audit programmes differ):
- matched: same system and code on both lists.
- wrong specificity: left over on both sides in the same system and category - the ICD-10-CM category
  (first three characters, "E11.9" vs "E11.22") or, for CPT/HCPCS, the first four characters (an E/M
  level within one family, "99213" vs "99214"). Each pair counts once.
- missed: an auditor code with no counterpart on the coder's list; extra: the reverse.
- sequencing error: the first-listed ICD-10-CM codes differ although the auditor's first-listed code
  (or its wrong-specificity partner) is on the coder's list further down. A missing principal
  diagnosis is a missed code, not a sequencing error, so it is never counted twice.
- record correct: no missed, extra, wrong-specificity or sequencing finding.
- code accuracy: matched / (matched + missed + extra + wrong specificity).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

CodeKey = tuple[str, str]
DIAGNOSIS = "ICD-10-CM"
ERROR_TYPES = ("missed", "extra", "wrong_specificity", "sequencing")


def category(system: str, code: str) -> str:
    return code[:3] if system == DIAGNOSIS else code[:4]


def _first_diagnosis(codes: Sequence[CodeKey]) -> CodeKey | None:
    return next((c for c in codes if c[0] == DIAGNOSIS), None)


def _key(c: CodeKey) -> dict[str, str]:
    return {"system": c[0], "code": c[1]}


def compare_codes(coder: Sequence[CodeKey], auditor: Sequence[CodeKey]) -> dict[str, Any]:
    """Findings for one encounter; both lists in claim order, the auditor's taken as correct."""
    coder_list = list(dict.fromkeys(coder))
    auditor_list = list(dict.fromkeys(auditor))
    coder_set = set(coder_list)
    matched = [c for c in auditor_list if c in coder_set]
    left_auditor = [c for c in auditor_list if c not in coder_set]
    left_coder = [c for c in coder_list if c not in set(auditor_list)]
    pairs: list[tuple[CodeKey, CodeKey]] = []
    for aud in list(left_auditor):
        partner = next((c for c in left_coder if c[0] == aud[0] and category(*c) == category(*aud)), None)
        if partner is not None:
            pairs.append((partner, aud))
            left_coder.remove(partner)
            left_auditor.remove(aud)
    sequencing = False
    coder_first, auditor_first = _first_diagnosis(coder_list), _first_diagnosis(auditor_list)
    if coder_first and auditor_first and coder_first != auditor_first:
        partner_of = {aud: cod for cod, aud in pairs}
        counterpart = auditor_first if auditor_first in coder_set else partner_of.get(auditor_first)
        sequencing = counterpart is not None and counterpart != coder_first
    counts = {"matched": len(matched), "missed": len(left_auditor), "extra": len(left_coder),
              "wrong_specificity": len(pairs), "sequencing": int(sequencing)}
    return {
        "matched": [_key(c) for c in matched],
        "missed": [_key(c) for c in left_auditor],
        "extra": [_key(c) for c in left_coder],
        "wrong_specificity": [{"system": a[0], "coder": c[1], "auditor": a[1]} for c, a in pairs],
        "sequencing_error": sequencing,
        "first_listed": {"coder": coder_first[1] if coder_first else None,
                         "auditor": auditor_first[1] if auditor_first else None},
        "counts": counts,
        "record_correct": not (left_auditor or left_coder or pairs or sequencing),
    }


def code_accuracy_counts(findings: dict[str, Any]) -> tuple[int, int]:
    """(agreeing code positions, all code positions) for one encounter's findings."""
    c = findings["counts"]
    return c["matched"], c["matched"] + c["missed"] + c["extra"] + c["wrong_specificity"]


def kappa_pairs(candidates: Sequence[CodeKey], coder: Sequence[CodeKey],
                auditor: Sequence[CodeKey]) -> list[tuple[bool, bool]]:
    """Yes/no calls of coder and auditor over the encounter's candidate codes.

    Candidates are the engine's suggestions plus every code either person listed: without the
    suggestions both turned down there would be no "both said no" cell and kappa would be meaningless.
    """
    coder_set, auditor_set = set(coder), set(auditor)
    universe = dict.fromkeys([*candidates, *coder, *auditor])
    return [(c in coder_set, c in auditor_set) for c in universe]


def guess_system(code: str) -> str:
    """CPT for five digits (or four digits and F/T/U), HCPCS for a letter and four digits, else ICD-10-CM.

    Why a guess is safe enough: ICD-10-CM codes longer than three characters carry a dot when typed as
    we ask (an undotted "E1122" reads as HCPCS); a ``SYSTEM:`` prefix always wins.
    """
    code = code.strip().upper()
    if len(code) == 5 and code[:4].isdigit() and (code[4].isdigit() or code[4] in "FTU"):
        return "CPT"
    if len(code) == 5 and code[0].isalpha() and code[1:].isdigit():
        return "HCPCS"
    return DIAGNOSIS


def parse_code_lines(text: str) -> list[dict[str, Any]]:
    """Lines of ``[SYSTEM:]CODE | evidence quote`` (several quotes separated by further ``|``) as code dicts."""
    codes = []
    for raw in (text or "").splitlines():
        line = raw.strip()
        if not line:
            continue
        head, *quotes = [part.strip() for part in line.split("|")]
        system, _, code = head.rpartition(":")
        code = code.strip()
        system = system.strip().upper().replace("ICD10CM", "ICD-10-CM").replace("ICD-10", "ICD-10-CM")
        system = system.replace("ICD-10-CM-CM", "ICD-10-CM") or guess_system(code)
        codes.append({"system": system, "code": code, "evidence": [{"text": q} for q in quotes if q]})
    return codes
