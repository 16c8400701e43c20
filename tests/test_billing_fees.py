"""Fee schedule import and the shipped demo schedule; site settings files."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from medcoder.billing.errors import FeeScheduleError, SiteConfigError
from medcoder.billing.fees import demo_fee_schedule, import_fee_schedule, parse_fee_schedule
from medcoder.billing.npi import is_valid_npi
from medcoder.billing.site import SiteConfig

COMMON = [f"992{n:02d}" for n in (2, 3, 4, 5, 11, 12, 13, 14, 15)] + [
    "99385", "99395", "20610", "10060", "12001", "17110", "93000", "94640", "90471", "96372",
    "90686", "90715", "81002", "87880", "82962", "36415", "J1030", "J3301", "J1885",
]


def test_fees_demo_schedule_covers_common_clinic_codes() -> None:
    fees = demo_fee_schedule()
    missing = [c for c in COMMON if fees.charge(c) is None]
    assert missing == []
    assert all(v > 0 for _, _, v in fees.rows())


def test_fees_modifier_price_wins_over_plain(tmp_path: Path) -> None:
    path = tmp_path / "fees.csv"
    path.write_text("code,modifier,charge\n20610,,140.00\n20610,50,210\n99213,,$120.50\n")
    fees = import_fee_schedule(path)
    assert fees.charge("20610", ["RT"]) == Decimal("140.00")
    assert fees.charge("20610", ["59", "50"]) == Decimal("210")
    assert fees.charge("99213") == Decimal("120.50")
    assert fees.charge("99999") is None


def test_fees_import_reports_bad_lines_by_number(tmp_path: Path) -> None:
    path = tmp_path / "fees.csv"
    path.write_text("code,charge\n99213,120\nABC,10\n99214,-5\n99215,abc\n99213,130\n99212,1.005\n")
    with pytest.raises(FeeScheduleError) as info:
        import_fee_schedule(path)
    lines = [n for n, _ in info.value.errors]
    assert lines == [3, 4, 5, 6, 7]
    assert "fees.csv: 5 invalid line(s)" in str(info.value)


def test_fees_header_required() -> None:
    with pytest.raises(FeeScheduleError, match="header"):
        parse_fee_schedule("cpt,price\n99213,120\n")


def test_site_demo_is_valid() -> None:
    site = SiteConfig.demo()
    assert is_valid_npi(site.billing_provider_npi)
    assert site.usage_indicator == "T"


def _demo_dict() -> dict:
    from importlib import resources

    return json.loads(resources.files("medcoder.billing.data").joinpath("demo_site.json").read_text())


def test_site_loads_toml(tmp_path: Path) -> None:
    data = _demo_dict()
    addr = data.pop("billing_provider_address")
    lines = [f'{k} = "{v}"' for k, v in data.items()]
    lines.append("[billing_provider_address]")
    lines += [f'{k} = "{v}"' for k, v in addr.items()]
    path = tmp_path / "site.toml"
    path.write_text("\n".join(lines) + "\n")
    assert SiteConfig.from_file(path) == SiteConfig.demo()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"billing_provider_npi": "1234567890"}, "billing_provider_npi"),
        ({"submitter_name": "A*B"}, "submitter_name: X12 delimiter"),
        ({"usage_indicator": "X"}, "usage_indicator"),
        ({"submitter_id": "A-VERY-LONG-SUBMITTER-ID"}, "submitter_id: 2-15"),
        ({"bogus": "1"}, "unknown keys bogus"),
        ({"billing_provider_address": {"line": "1 A St", "city": "X", "state": "IL", "zip": "62701"}}, "9-digit"),
    ],
)
def test_site_rejects_bad_values(tmp_path: Path, change: dict, message: str) -> None:
    path = tmp_path / "site.json"
    path.write_text(json.dumps({**_demo_dict(), **change}))
    with pytest.raises(SiteConfigError, match=message):
        SiteConfig.from_file(path)
