"""Deterministic synthetic claims (fictional people) for tests, the benchmark and demos.

Varied on purpose: 1-12 diagnoses, 1-5 lines, modifiers, linked pointers, dependents (2000C),
replacement claims (frequency 7), rendering providers that differ from the billing provider.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from medcoder.billing.claim import Address, ClaimInput, Payer, Person, Provider, ServiceLine
from medcoder.billing.fees import FeeSchedule, demo_fee_schedule

# Billable FY2026 ICD-10-CM codes common in primary care.
DIAGNOSES = (
    "E11.9", "I10", "E78.5", "J06.9", "M54.50", "Z00.00", "E11.22", "N18.30", "K21.9", "F41.1",
    "J45.909", "M17.11", "R05.1", "Z23", "E66.9", "G47.33", "L03.115", "B35.1", "H61.21", "R73.03",
)
LINES = (
    ("99213", "CPT", ()), ("99214", "CPT", ("25",)), ("99203", "CPT", ()), ("20610", "CPT", ("RT",)),
    ("10060", "CPT", ()), ("12001", "CPT", ()), ("17110", "CPT", ()), ("93000", "CPT", ()),
    ("94640", "CPT", ()), ("90471", "CPT", ()), ("90686", "CPT", ()), ("96372", "CPT", ()),
    ("81002", "CPT", ()), ("87880", "CPT", ("QW",)), ("82962", "CPT", ()), ("36415", "CPT", ()),
    ("J1030", "HCPCS", ()), ("J3301", "HCPCS", ()), ("G0439", "HCPCS", ()), ("20610", "CPT", ("LT", "59")),
)
FAMILIES = ("Doe", "Roe", "Smith", "Garcia", "Nguyen", "O'Neil", "Miller", "Okafor", "Kowalski", "Lee")
GIVENS = ("Jane", "John", "Ana", "Li", "Sam", "Maria", "Omar", "Eve", "Raj", "Kim")
NPIS = ("1234567893", "1987654328", "1576832103")
PAYERS = (Payer("60054", "Example Health Plan"), Payer("87726", "Sample Mutual"), Payer("00431", "Demo Care"))


def _address(rng: random.Random) -> Address:
    return Address(
        line=f"{rng.randint(1, 9999)} {rng.choice(('Main', 'Oak', 'Elm', 'Park'))} St",
        city=rng.choice(("Springfield", "Riverside", "Fairview")),
        state=rng.choice(("IL", "OH", "MI")),
        zip=f"{rng.randint(10000, 99999)}" + (f"{rng.randint(0, 9999):04d}" if rng.random() < 0.3 else ""),
    )


def _person(rng: random.Random, *, adult: bool, member: bool) -> Person:
    age = rng.randint(19, 90) if adult else rng.randint(1, 17)
    born = date(2026, 1, 1) - timedelta(days=age * 365 + rng.randint(0, 364))
    return Person(
        family=rng.choice(FAMILIES), given=rng.choice(GIVENS), birth_date=born.isoformat(),
        sex=rng.choice("MF"), address=_address(rng), member_id=f"XYZ{rng.randint(10**6, 10**7 - 1)}" if member else "",
    )


def synthetic_claim(i: int, *, seed: int = 0, fees: FeeSchedule | None = None) -> ClaimInput:
    """The i-th synthetic claim; same (i, seed) -> same claim."""
    rng = random.Random(seed * 1_000_003 + i)
    fees = fees or demo_fee_schedule()
    n_dx = 12 if i % 10 == 3 else rng.randint(1, 6)
    dx = tuple(rng.sample(DIAGNOSES, n_dx))
    lines = []
    for code, system, mods in rng.sample(LINES, 5 if i % 10 == 5 else rng.randint(1, 3)):
        linked = tuple(rng.sample(dx, min(len(dx), rng.randint(0, 4))))
        charge = fees.charge(code, mods)
        assert charge is not None, code
        units = 2 if code in ("J1030", "90471") and rng.random() < 0.3 else 1
        lines.append(ServiceLine(code=code, system=system, modifiers=mods, units=units,
                                 charge=charge * units, diagnosis_codes=linked))
    relationship = ("self", "self", "spouse", "child", "other")[i % 5]
    patient = _person(rng, adult=relationship != "child", member=relationship == "self")
    subscriber = patient if relationship == "self" else _person(rng, adult=True, member=True)
    npi = NPIS[i % len(NPIS)]
    replacement = i % 17 == 7
    return ClaimInput(
        encounter_id=f"enc-{i:06d}",
        claim_id=f"MC{seed:02d}{i:08d}" + ("R1" if replacement else ""),
        date_of_service=(date(2026, 3, 2) + timedelta(days=i % 200)).isoformat(),
        place_of_service=("11", "11", "22", "02")[i % 4],
        patient=patient,
        subscriber=subscriber,
        payer=PAYERS[i % len(PAYERS)],
        provider=Provider(npi=npi, family=rng.choice(FAMILIES), given=rng.choice(GIVENS), tax_id="123456789"),
        diagnoses=dx,
        lines=tuple(lines),
        relationship=relationship,
        frequency_code="7" if replacement else "1",
        original_claim_id=f"MC{seed:02d}{i:08d}" if replacement else "",
    )


def synthetic_claims(n: int, *, seed: int = 0) -> Iterator[ClaimInput]:
    """Lazily generate n claims (the benchmark never holds them all)."""
    fees = demo_fee_schedule()
    for i in range(n):
        yield synthetic_claim(i, seed=seed, fees=fees)
