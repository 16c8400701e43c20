"""Fictional demographics, payers and providers for the project's own notes.

Everything is derived from a seeded random generator keyed by the note id, so re-running the
generator yields byte-identical files. No name, address or identifier belongs to a real person.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

GIVEN_F = [
    "Maria", "Linda", "Patricia", "Denise", "Rosa", "Keisha", "Emily", "Hannah", "Grace", "Ana",
    "Lorraine", "Beverly", "Tamika", "Mei", "Priya", "Olga", "Janet", "Sofia", "Brianna", "Ruth",
    "Carmen", "Fatima", "Gloria", "Heather", "Ingrid", "Joyce", "Kendra", "Lucia", "Marlene", "Nadia",
]
GIVEN_M = [
    "James", "Robert", "Luis", "Darnell", "Kevin", "Wei", "Arjun", "Thomas", "Harold", "Miguel",
    "Dmitri", "Terrence", "Samuel", "Andre", "Curtis", "Ethan", "Frank", "Gerald", "Hector", "Isaac",
    "Jerome", "Kenji", "Leon", "Marcus", "Nolan", "Oscar", "Pedro", "Raymond", "Stanley", "Victor",
]
FAMILY = [
    "Alvarez", "Brennan", "Castellano", "Dunmore", "Eastwick", "Fairbanks", "Galloway", "Hargrove",
    "Iverson", "Jankowski", "Kowalczyk", "Lindqvist", "Marchetti", "Nakagawa", "Okafor", "Pemberton",
    "Quintero", "Rasmussen", "Szabo", "Thibodeaux", "Underhill", "Vasquez-Reyes", "Whitfield", "Yablonski",
    "Zielinski", "Abernathy", "Beaumont", "Calloway", "Delacroix", "Engstrom", "Fitzhugh", "Greenleaf",
    "Holloway", "Ibarra", "Jessup", "Kincaid", "Lockhart", "Montague", "Northcutt", "Oyelaran",
]
STREETS = [
    "Maple Ave", "Oak Ridge Dr", "Cedar Ln", "Prairie View Rd", "Lincoln St", "Washington Blvd",
    "Birch Ct", "Willow Creek Way", "Sangamon Ave", "Monroe St", "Jefferson Ave", "Elm Terrace",
    "Lakeshore Dr", "Sycamore St", "Hawthorne Pl", "Chestnut Rd",
]
CITIES = [
    ("Springfield", "IL", "62704"), ("Peoria", "IL", "61604"), ("Decatur", "IL", "62521"),
    ("Champaign", "IL", "61820"), ("Bloomington", "IL", "61701"), ("Rockford", "IL", "61107"),
    ("Joliet", "IL", "60435"), ("Naperville", "IL", "60540"), ("Urbana", "IL", "61801"),
    ("Quincy", "IL", "62301"), ("Danville", "IL", "61832"), ("St. Louis", "MO", "63110"),
]
PAYERS = {
    "medicare": {"id": "MCR01", "name": "Medicare Part B"},
    "medicaid": {"id": "ILMCD", "name": "Illinois Medicaid"},
    "bcbs": {"id": "00621", "name": "Blue Cross Blue Shield of Illinois"},
    "aetna": {"id": "60054", "name": "Aetna"},
    "uhc": {"id": "87726", "name": "UnitedHealthcare"},
    "cigna": {"id": "62308", "name": "Cigna"},
}
_MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"


def luhn_check_digit(payload: str) -> str:
    """Return the Luhn check digit for ``payload`` (digits only)."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_npi(rng: random.Random) -> str:
    """A 10-digit NPI whose last digit is the Luhn check over '80840' + the first nine digits."""
    body = "1" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return body + luhn_check_digit("80840" + body)


def _member_id(rng: random.Random, payer_key: str) -> str:
    if payer_key == "medicare":  # MBI-like shape: 11 characters, no S/L/O/I/B/Z
        pat = "NAXNAXNAANN"
        out = []
        for i, p in enumerate(pat):
            if p == "N":
                out.append(str(rng.randint(1 if i == 0 else 0, 9)))
            elif p == "A":
                out.append(rng.choice(_MBI_LETTERS))
            else:
                out.append(rng.choice(_MBI_LETTERS + "0123456789"))
        return "".join(out)
    if payer_key == "medicaid":
        return "".join(str(rng.randint(0, 9)) for _ in range(9))
    prefix = {"bcbs": "XOF", "aetna": "W", "uhc": "9", "cigna": "U"}[payer_key]
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(9))


def _birth_date(rng: random.Random, dos: date, age: int) -> str:
    """A birth date giving exactly ``age`` years on ``dos``; a negative ``age`` means that many months."""
    if age < 0:  # infants: -months
        return (dos - timedelta(days=int(-age * 30.4) + rng.randint(0, 20))).isoformat()
    latest = date(dos.year - age, dos.month, min(dos.day, 28))
    return (latest - timedelta(days=rng.randint(1, 360))).isoformat()


def _address(rng: random.Random) -> dict:
    city, state, zipc = rng.choice(CITIES)
    return {"line": f"{rng.randint(10, 9899)} {rng.choice(STREETS)}", "city": city, "state": state, "zip": zipc}


def make_person(rng: random.Random, *, sex: str, dos: date, age: int, payer_key: str, family: str | None = None,
                address: dict | None = None) -> dict:
    """A fictional person with the fields DESIGN.md lists for patients and subscribers."""
    given = rng.choice(GIVEN_F if sex == "F" else GIVEN_M)
    return {
        "family": family or rng.choice(FAMILY),
        "given": given,
        "birth_date": _birth_date(rng, dos, age),
        "sex": sex,
        "address": address or _address(rng),
        "member_id": _member_id(rng, payer_key),
    }


def make_provider(specialty: str, index: int) -> dict:
    """One stable fictional clinician per (specialty, index)."""
    rng = random.Random(f"provider:{specialty}:{index}")
    return {
        "npi": make_npi(rng),
        "family": rng.choice(FAMILY),
        "given": rng.choice(GIVEN_F + GIVEN_M),
        "tax_id": str(rng.randint(10, 99)) + "".join(str(rng.randint(0, 9)) for _ in range(7)),
    }
