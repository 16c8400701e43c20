"""Organism names shared by the rules that code an infection's cause: the B95-B97 "use additional code" companions
(suggest/companions.py) and the organism-specific sepsis codes A40-A41 (suggest/sepsis.py)."""

from __future__ import annotations

import re

E_COLI = re.compile(r"\b(?:E\.?\s?coli|Escherichia coli)\b", re.I)
PSEUDOMONAS = re.compile(r"\bPseudomonas\b", re.I)
MRSA = re.compile(r"\bMRSA\b|\bmethicillin[- ]resistant (?:Staph\w*|S\.) aureus\b", re.I)
MSSA = re.compile(r"\bMSSA\b|\bmethicillin[- ]s(?:usceptible|ensitive) (?:Staph\w*|S\.) aureus\b", re.I)
ENTEROCOCCUS = re.compile(r"\bEnterococc\w*\b", re.I)
