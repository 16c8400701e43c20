"""Gestational diabetes by how it is controlled (ICD-10-CM I.C.15.g; Tabular O24.4-).

O24.41- (in pregnancy), O24.42- (in childbirth) and O24.43- (in the puerperium) take a 6th character for the
control: 0 diet, 4 insulin, 5 oral hypoglycemic drugs, 9 unspecified control. I.C.15.g: treated with both diet
and insulin -> only the insulin-controlled code; with both diet and oral drugs -> only the oral code; and Z79.4 /
Z79.84 are not assigned with O24.4- (the control is in the code). The drug is read where the note says the
patient takes or starts it, not where it is negated ("no insulin needed") or only considered ("may need insulin").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from suggest.cand import Cand

_INSULIN = re.compile(r"\b(?:insulin|NPH|glargine|detemir|lispro|aspart|humulin|novolin|lantus|levemir|"
                      r"insulin[- ]controlled|class A2 \(insulin\))\b", re.I)
_ORAL = re.compile(r"\b(?:metformin|glyburide|glipizide|oral hypoglycemics?|oral agents?)\b", re.I)
_DIET = re.compile(r"\b(?:diet[- ]controlled|controlled (?:by|with|on) diet|diet (?:alone|only)|class A1|A1GDM|"
                   r"diet and exercise)\b", re.I)
_NOT = re.compile(r"\b(?:no|not|without|declin\w*|refus\w*|may need|might need|if|consider\w*|avoid\w*|never)\b"
                  r"[^.;\n]{0,25}$", re.I)
_CONTROL = ("O24.41", "O24.42", "O24.43")


def _said(rx: re.Pattern, text: str) -> bool:
    return any(not _NOT.search(text, max(0, m.start() - 40), m.start()) for m in rx.finditer(text))


def gestational_diabetes_control(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """O24.4x9 (unspecified control) or O24.4x0 beside a drug -> the documented control; no Z79.4/Z79.84."""
    gdm = [c for c in cands if c.code.startswith(_CONTROL) and c.assertion == "present"]
    if not gdm:
        return cands
    digit = "4" if _said(_INSULIN, text) else "5" if _said(_ORAL, text) else "0" if _said(_DIET, text) else None
    for c in gdm:
        # unspecified control, or diet control beside a drug (I.C.15.g: diet and insulin -> insulin-controlled)
        if digit is None or not (c.code.endswith("9") or (c.code.endswith("0") and digit in "45")):
            continue
        code = c.code[:-1] + digit
        info = lookup(code)
        if info is None or not info.billable:
            continue
        c.add_rule("I.C.15.g-gestational-diabetes", f"{c.code}: control documented -> {code}")
        c.code, c.description = code, info.title
    drop = ("Z79.4", "Z79.84")
    return [c for c in cands if not c.code.startswith(drop)]
