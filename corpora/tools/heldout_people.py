"""Fictional patients, subscribers, payers and providers for the TEST split.

Everything comes from one seeded ``random.Random`` so the split is reproducible. Names are
drawn from common name lists; addresses are invented street numbers in real towns so that
state and ZIP agree. Providers are one per specialty, with an NPI whose last digit is the
Luhn check digit computed over the prefix ``80840`` plus the first nine digits.
"""

from __future__ import annotations

import random
from datetime import date

from corpora.tools.heldout_spec import NoteSpec

GIVEN_F = ["Maria", "Linda", "Denise", "Aisha", "Rosa", "Tamara", "Helen", "Priya", "Janelle", "Ruth",
           "Carmen", "Naomi", "Gloria", "Erin", "Mei", "Brenda", "Yolanda", "Kayla", "Sofia", "Lorraine"]
GIVEN_M = ["Harold", "Luis", "Marcus", "Dennis", "Tyrone", "Wei", "Curtis", "Raymond", "Samir", "Glenn",
           "Jamal", "Peter", "Hector", "Wayne", "Andre", "Mitchell", "Darnell", "Owen", "Vikram", "Eli"]
FAMILY = ["Okafor", "Lindqvist", "Brennan", "Castillo", "Whitfield", "Nakamura", "Delgado", "Pruitt",
          "Haddad", "Kowalczyk", "Ferreira", "Abernathy", "Tran", "Gallagher", "Mbeki", "Sorensen",
          "Villanueva", "Ostrowski", "McAllister", "Chaudhry", "Beaumont", "Yazzie", "Romero", "Holloway"]
STREETS = ["Maple Ave", "Cedar Ridge Rd", "N Walnut St", "Lakeview Dr", "Orchard Ln", "W 5th St",
           "Prairie View Rd", "Hillcrest Ct", "Sycamore Blvd", "Old Mill Rd", "Elm St Apt 4", "Quarry Rd"]
TOWNS = [("Zanesville", "OH", "43701"), ("Delaware", "OH", "43015"), ("Bloomington", "IN", "47401"),
         ("Dubuque", "IA", "52001"), ("Eau Claire", "WI", "54701"), ("Lawrence", "KS", "66044"),
         ("Asheville", "NC", "28801"), ("Bend", "OR", "97701"), ("Flagstaff", "AZ", "86001"),
         ("Burlington", "VT", "05401"), ("Missoula", "MT", "59801"), ("Kingsport", "TN", "37660")]
STATE_NAMES = {"OH": "Ohio", "IN": "Indiana", "IA": "Iowa", "WI": "Wisconsin", "KS": "Kansas",
               "NC": "North Carolina", "OR": "Oregon", "AZ": "Arizona", "VT": "Vermont",
               "MT": "Montana", "TN": "Tennessee"}
COMMERCIAL = [("LKS01", "Lakeshore Health Plan"), ("PMI22", "Prairie Mutual Insurance"),
              ("SBH07", "Summit Benefit Health"), ("KEH30", "Keystone Employers Health")]
MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"  # the Medicare Beneficiary Identifier alphabet


def npi_check_digit(first9: str) -> str:
    """Luhn check digit over '80840' + the first nine NPI digits."""
    total = 0
    for i, ch in enumerate(reversed("80840" + first9)):
        d = int(ch)
        if i % 2 == 0:  # rightmost digit of the payload is doubled
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return str((10 - total % 10) % 10)


def birth_date(rng: random.Random, age: int, on: date) -> str:
    """A birth date that makes the person exactly ``age`` on ``on``."""
    year = on.year - age
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if (month, day) > (on.month, on.day):
        year -= 1
    return date(year, month, day).isoformat()


class Demographics:
    """Hands out people; one provider per specialty, reused across notes."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.providers: dict[str, dict[str, str]] = {}

    def _mbi(self) -> str:
        r, a, d = self.rng, MBI_LETTERS, "0123456789"
        pat = "CANNANNAANN"
        pick = {"C": "123456789", "A": a, "N": d}
        return "".join(r.choice(pick[p]) for p in pat)

    def _member_id(self, payer: str) -> str:
        r = self.rng
        if payer == "mcr":
            return self._mbi()
        if payer == "mcd":
            return "".join(r.choice("0123456789") for _ in range(11))
        return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "".join(
            r.choice("0123456789") for _ in range(9))

    def _payer(self, kind: str, state: str) -> dict[str, str]:
        if kind == "mcr":
            return {"id": "MCR01", "name": "Medicare Part B"}
        if kind == "mcd":
            return {"id": f"MCD{state}", "name": f"{STATE_NAMES[state]} Medicaid"}
        pid, name = self.rng.choice(COMMERCIAL)
        return {"id": pid, "name": name}

    def _provider(self, specialty: str) -> dict[str, str]:
        if specialty not in self.providers:
            r = self.rng
            first9 = "1" + "".join(r.choice("0123456789") for _ in range(8))
            sex = r.choice("FM")
            self.providers[specialty] = {
                "npi": first9 + npi_check_digit(first9),
                "family": r.choice(FAMILY),
                "given": r.choice(GIVEN_F if sex == "F" else GIVEN_M),
                "tax_id": "".join(r.choice("0123456789") for _ in range(9)),
            }
        return dict(self.providers[specialty])

    def parties(self, spec: NoteSpec, patient_id: str) -> dict[str, object]:
        """Patient, subscriber, payer and provider blocks for one note."""
        r = self.rng
        dos = date.fromisoformat(spec.date)
        town, state, zip_code = r.choice(TOWNS)
        address = {"line": f"{r.randint(12, 9890)} {r.choice(STREETS)}", "city": town,
                   "state": state, "zip": zip_code}
        family = r.choice(FAMILY)
        patient: dict[str, object] = {
            "id": patient_id, "family": family,
            "given": r.choice(GIVEN_F if spec.sex == "F" else GIVEN_M),
            "birth_date": spec.birth_date or birth_date(r, spec.age, dos), "sex": spec.sex,
            "address": address,
        }
        base = self._member_id(spec.payer)
        relationship = "self"
        if spec.age < 18 and spec.payer != "mcd":
            relationship = "child"
        elif spec.payer == "com" and spec.age >= 18 and r.random() < 0.3:
            relationship = "spouse"
        if relationship == "self":
            patient["member_id"] = base
            subscriber: dict[str, object] = {"relationship": "self"}
        else:
            sub_sex = r.choice("FM") if relationship == "child" else ("M" if spec.sex == "F" else "F")
            sub_age = spec.age + r.randint(24, 38) if relationship == "child" else spec.age + r.randint(-4, 5)
            patient["member_id"] = base + "02"
            subscriber = {
                "relationship": relationship, "family": family,
                "given": r.choice(GIVEN_F if sub_sex == "F" else GIVEN_M),
                "birth_date": birth_date(r, sub_age, dos), "sex": sub_sex,
                "address": dict(address), "member_id": base + "01",
            }
        return {"patient": patient, "subscriber": subscriber,
                "payer": self._payer(spec.payer, state), "provider": self._provider(spec.specialty)}
