"""Fee schedule: the site's charge per CPT/HCPCS code (optionally per modifier), loaded from CSV.

CSV columns: `code,modifier,charge` (modifier optional, may be blank). A modifier-specific row wins over
the plain code row, e.g. `27447,50,...` for a bilateral procedure.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path

from medcoder.billing.errors import FeeScheduleError

DEMO_FEE_SCHEDULE = "demo_fee_schedule.csv"
CODE_RE = re.compile(r"^(\d{4}[0-9A-Z]|[A-V]\d{4})$")  # CPT (incl. Category II/III) or HCPCS Level II
MODIFIER_RE = re.compile(r"^[0-9A-Z]{2}$")


@dataclass(frozen=True)
class FeeSchedule:
    """Immutable lookup table {(code, modifier): charge}; modifier "" is the default price."""

    entries: dict[tuple[str, str], Decimal]

    def charge(self, code: str, modifiers: Iterable[str] = ()) -> Decimal | None:
        """Charge per unit for a code; the first modifier with its own price wins, else the plain price."""
        for mod in modifiers:
            if (code, mod) in self.entries:
                return self.entries[(code, mod)]
        return self.entries.get((code, ""))

    def __len__(self) -> int:
        return len(self.entries)

    def rows(self) -> list[tuple[str, str, Decimal]]:
        """(code, modifier, charge) rows in a stable order, for storing in the database."""
        return [(c, m, v) for (c, m), v in sorted(self.entries.items())]


def parse_fee_schedule(text: str, *, source: str = "fee schedule") -> FeeSchedule:
    """Parse CSV text; every bad line is reported with its line number in one `FeeScheduleError`."""
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "code" not in header or "charge" not in header:
        raise FeeScheduleError(f"{source}: header must have columns code,charge (modifier optional)", [(1, "header")])
    reader.fieldnames = header
    entries: dict[tuple[str, str], Decimal] = {}
    errors: list[tuple[int, str]] = []
    for row in reader:
        line = reader.line_num
        code = (row.get("code") or "").strip().upper()
        modifier = (row.get("modifier") or "").strip().upper()
        raw_charge = (row.get("charge") or "").strip().lstrip("$")
        if not code and not raw_charge:
            continue  # blank line
        if not CODE_RE.match(code):
            errors.append((line, f"code {code!r} is not a CPT/HCPCS code"))
            continue
        if modifier and not MODIFIER_RE.match(modifier):
            errors.append((line, f"modifier {modifier!r} must be 2 letters/digits"))
            continue
        try:
            charge = Decimal(raw_charge)
        except InvalidOperation:
            errors.append((line, f"charge {raw_charge!r} is not a number"))
            continue
        if not charge.is_finite() or charge <= 0 or charge.as_tuple().exponent < -2:  # type: ignore[operator]
            errors.append((line, f"charge {raw_charge!r} must be positive with at most 2 decimals"))
            continue
        if (code, modifier) in entries:
            errors.append((line, f"duplicate row for {code} {modifier}".rstrip()))
            continue
        entries[(code, modifier)] = charge
    if errors:
        raise FeeScheduleError(f"{source}: {len(errors)} invalid line(s)", errors)
    if not entries:
        raise FeeScheduleError(f"{source}: no fee rows", [(1, "empty")])
    return FeeSchedule(entries)


def import_fee_schedule(path: str | Path) -> FeeSchedule:
    """Load and validate a fee schedule CSV file (`medcoder fees import FILE.csv`)."""
    path = Path(path)
    return parse_fee_schedule(path.read_text(encoding="utf-8-sig"), source=path.name)


def demo_fee_schedule() -> FeeSchedule:
    """The sample schedule shipped with medcoder (round illustrative charges, not any payer's rates)."""
    text = resources.files("medcoder.billing.data").joinpath(DEMO_FEE_SCHEDULE).read_text()
    return parse_fee_schedule(text, source=DEMO_FEE_SCHEDULE)
