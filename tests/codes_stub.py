"""A tiny code set with the same four methods as suggest's CodeSets, for fast review tests."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class StubInfo:
    system: str
    code: str
    title: str
    billable: bool = True
    seventh_characters: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class StubHit:
    system: str
    code: str
    title: str
    billable: bool
    score: float = 1.0


_ROWS = [
    ("ICD-10-CM", "I10", "Essential (primary) hypertension", True, {}),
    ("ICD-10-CM", "E11.9", "Type 2 diabetes mellitus without complications", True, {}),
    ("ICD-10-CM", "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease", True, {}),
    ("ICD-10-CM", "E11.65", "Type 2 diabetes mellitus with hyperglycemia", True, {}),
    ("ICD-10-CM", "Z79.4", "Long term (current) use of insulin", True, {}),
    ("ICD-10-CM", "E10.9", "Type 1 diabetes mellitus without complications", True, {}),
    ("ICD-10-CM", "E11", "Type 2 diabetes mellitus", False, {}),
    ("ICD-10-CM", "N18.30", "Chronic kidney disease, stage 3 unspecified", True, {}),
    ("ICD-10-CM", "S72.001", "Fracture of unspecified part of neck of right femur", False,
     {"A": "initial encounter for closed fracture", "D": "subsequent encounter"}),
    ("ICD-10-CM", "S72.001A", "Fracture of neck of right femur, initial encounter", True, {}),
    ("ICD-10-CM", "O09.90", "Supervision of high risk pregnancy, unspecified", True, {}),
    ("ICD-10-CM", "N40.0", "Benign prostatic hyperplasia without urinary symptoms", True, {}),
    ("ICD-10-CM", "G63", "Polyneuropathy in diseases classified elsewhere", True, {}),
    ("ICD-10-CM", "R05.9", "Cough, unspecified", True, {}),
    ("ICD-10-CM", "J18.9", "Pneumonia, unspecified organism", True, {}),
    ("ICD-10-CM", "J45.909", "Unspecified asthma, uncomplicated", True, {}),
    ("CPT", "99213", "Office visit, established patient, low complexity", True, {}),
    ("CPT", "99214", "Office visit, established patient, moderate complexity", True, {}),
    ("HCPCS", "G0439", "Annual wellness visit, subsequent", True, {}),
]
_NOTES = {
    "E11.9": {"excludes1": ["type 1 diabetes mellitus (E10.-)"]},
    "E11.22": {"excludes1": ["type 1 diabetes mellitus (E10.-)"]},
    "G63": {"code_first": ["underlying disease, such as: amyloidosis (E85.-)"]},
    "J18.9": {"code_first": [", if applicable, associated influenza (J09.X1, J10.0-, J11.0-)"]},
    "N18.30": {"code_first": ["any associated:", "diabetic chronic kidney disease (E08.22, E11.22, E13.22)"]},
}


class StubCodes:
    version = "stub-2026"

    def __init__(self) -> None:
        self._by_code = {row[1]: StubInfo(row[0], row[1], row[2], row[3], row[4]) for row in _ROWS}

    def lookup(self, code: str, system: str | None = None) -> StubInfo | None:
        info = self._by_code.get(code)
        return info if info and system in (None, info.system) else None

    def is_billable(self, code: str, system: str = "ICD-10-CM") -> bool:
        info = self.lookup(code, system)
        return bool(info and info.billable)

    def notes(self, code: str, inherited: bool = True, system: str | None = None) -> dict[str, list[str]]:
        return _NOTES.get(code, {})

    def search(self, text: str, systems: tuple[str, ...] | list[str] | None = None, limit: int = 20) -> list[StubHit]:
        words = text.lower().split()
        hits = [StubHit(i.system, i.code, i.title, i.billable) for i in self._by_code.values()
                if (not systems or i.system in systems)
                and (i.code.lower().startswith(text.lower()) or all(w in i.title.lower() for w in words))]
        return hits[:limit]


def cheap_hashing(monkeypatch) -> None:  # noqa: ANN001
    """Argon2 with minimal cost: the tests check behaviour, not hash strength, and must stay fast."""
    from argon2 import PasswordHasher

    from medcoder.services import users

    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
