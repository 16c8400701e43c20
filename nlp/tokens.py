"""Token normalisation for order-insensitive term matching (pure regex, no spaCy).

`normalize_tokens("Chronic kidneys, diseases")` -> [("chronic", 0, 7), ("kidney", 8, 15), ("disease", 17, 25)]:
lower-cased, punctuation dropped, possessive "'s" removed, and a light plural stem ("arteries" -> "artery",
"stenoses" -> "stenosis") that leaves Latin/Greek singulars ending in s alone ("diabetes", "herpes", "lupus").
"""

from __future__ import annotations

import re

WORD = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")
KEEP = frozenset(
    [
        "diabetes",
        "herpes",
        "rabies",
        "scabies",
        "feces",
        "faeces",
        "series",
        "species",
        "measles",
        "mumps",
        "rickets",
        "lupus",
        "pubes",
        "nares",
        "mellitus",
        "insipidus",
        "sepsis",
        "axis",
        "pelvis",
        "testis",
        "iris",
        "bronchus",
        "stenosis",
        "ptosis",
        "psoriasis",
        "cirrhosis",
        "analysis",
        "dialysis",
        "paralysis",
        "thrombosis",
        "osis",
        "this",
        "his",
        "was",
        "has",
        "is",
        "us",
        "yes",
        "gas",
        "plus",
        "minus",
        "bus",
        "less",
        "always",
        "perhaps",
        "whereas",
        "thus",
        "its",
        "ms",
        "mrs",
        "os",
        "ds",
        "abs",
        "sinus",
        "virus",
        "anus",
        "fetus",
        "uterus",
        "thymus",
        "humerus",
        "radius",
        "tarsus",
        "hallux",
        "callus",
        "pancreas",
        "biceps",
        "triceps",
        "quadriceps",
        "news",
        "lens",
        "alias",
        "status",
        "nexus",
        "census",
        "diagnosis",
        "prognosis",
        "mucus",
        "pus",
        "famous",
        "various",
        "numerous",
        "previous",
        "nervous",
        "serious",
    ]
)
IRREGULAR = {
    "metastases": "metastasis",
    "calculi": "calculus",
    "vertebrae": "vertebra",
    "bronchi": "bronchus",
    "teeth": "tooth",
    "feet": "foot",
    "women": "woman",
    "men": "man",
    "children": "child",
    "lymphomata": "lymphoma",
    "diagnoses": "diagnosis",
    "prognoses": "prognosis",
    "indices": "index",
    "appendices": "appendix",
    "varices": "varix",
}


def stem(word: str) -> str:
    """Light singular form of a lower-case word."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if len(word) <= 3 or word in KEEP or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("oses"):
        return word[:-2] + "is"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "zes", "sses")):
        return word[:-2]
    if word[-2].isdigit():
        return word
    return word[:-1]


def normalize_tokens(text: str) -> list[tuple[str, int, int]]:
    """(normalised token, start, end) for every word of `text`; offsets into `text`."""
    out = []
    for m in WORD.finditer(text):
        word = m.group().lower()
        if word.endswith("'s"):
            word = word[:-2]
        elif "'" in word:
            word = word.replace("'", "")
        out.append((stem(word), m.start(), m.end()))
    return out
