"""A site's fixed claim values (submitter, receiver, billing provider, ISA ids), loaded from JSON or TOML."""

from __future__ import annotations

import json
import tomllib
from dataclasses import MISSING, dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any

from medcoder.billing.claim import Address
from medcoder.billing.errors import SiteConfigError
from medcoder.billing.npi import is_valid_npi

DEMO_SITE = "demo_site.json"
FORBIDDEN = set("~*:^\r\n")


@dataclass(frozen=True)
class SiteConfig:
    """Values that are the same on every claim a site sends; see `demo_site.json` for an example."""

    submitter_name: str
    submitter_id: str
    submitter_contact_name: str
    submitter_contact_phone: str
    receiver_name: str
    receiver_id: str
    billing_provider_name: str
    billing_provider_npi: str
    billing_provider_tax_id: str
    billing_provider_address: Address
    billing_provider_taxonomy: str = ""
    isa_sender_qualifier: str = "ZZ"
    isa_sender_id: str = ""
    isa_receiver_qualifier: str = "ZZ"
    isa_receiver_id: str = ""
    usage_indicator: str = "T"
    claim_filing_indicator: str = "CI"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SiteConfig:
        """Build and validate; unknown keys are rejected by name so typos do not pass silently."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise SiteConfigError(f"site settings: unknown keys {', '.join(unknown)}")
        values = dict(data)
        addr = values.get("billing_provider_address")
        if not isinstance(addr, dict):
            raise SiteConfigError("site settings: billing_provider_address must be an object")
        values["billing_provider_address"] = Address.from_dict(addr) or Address()
        required = [f.name for f in fields(cls) if f.default is MISSING]
        missing = [name for name in required if name not in values]
        if missing:
            raise SiteConfigError(f"site settings: missing {', '.join(missing)}")
        values = {k: (str(v) if k != "billing_provider_address" else v) for k, v in values.items()}
        values.setdefault("isa_sender_id", values["submitter_id"])
        values.setdefault("isa_receiver_id", values["receiver_id"])
        site = cls(**values)
        site.validate()
        return site

    @classmethod
    def from_file(cls, path: str | Path) -> SiteConfig:
        """Load a `.json` or `.toml` settings file."""
        path = Path(path)
        try:
            raw = path.read_bytes()
            data = tomllib.loads(raw.decode()) if path.suffix == ".toml" else json.loads(raw)
        except (OSError, ValueError) as exc:
            raise SiteConfigError(f"site settings {path.name}: cannot read ({type(exc).__name__})") from exc
        return cls.from_dict(data)

    @classmethod
    def demo(cls) -> SiteConfig:
        """The sample site shipped with medcoder (fictional names, a check-digit-valid NPI)."""
        text = resources.files("medcoder.billing.data").joinpath(DEMO_SITE).read_text()
        return cls.from_dict(json.loads(text))

    def validate(self) -> None:
        """Refuse values that would make an invalid or corrupt 837P."""
        problems: list[str] = []
        for f in fields(self):
            value = getattr(self, f.name)
            texts = value.__dict__.items() if isinstance(value, Address) else [(f.name, value)]
            for name, text in texts:
                if FORBIDDEN & set(text):
                    problems.append(f"{f.name if name == f.name else f.name + '.' + name}: X12 delimiter")
        if not is_valid_npi(self.billing_provider_npi):
            problems.append("billing_provider_npi: not a valid NPI")
        tax = self.billing_provider_tax_id
        if not (len(tax) == 9 and tax.isdigit()):
            problems.append("billing_provider_tax_id: must be 9 digits")
        if self.usage_indicator not in ("T", "P"):
            problems.append("usage_indicator: must be T or P")
        for name in ("submitter_id", "receiver_id"):
            if not 2 <= len(getattr(self, name)) <= 15:
                problems.append(f"{name}: 2-15 characters (GS02/GS03)")
        if not (len(self.submitter_contact_phone) == 10 and self.submitter_contact_phone.isdigit()):
            problems.append("submitter_contact_phone: 10 digits")
        for name in ("isa_sender_id", "isa_receiver_id"):
            if not 1 <= len(getattr(self, name)) <= 15:
                problems.append(f"{name}: 1-15 characters")
        for name in ("isa_sender_qualifier", "isa_receiver_qualifier"):
            if len(getattr(self, name)) != 2:
                problems.append(f"{name}: 2 characters")
        a = self.billing_provider_address
        if not (a.line and a.city and len(a.state) == 2 and len(a.zip) == 9 and a.zip.isdigit()):
            # 5010 requires the billing provider's ZIP+4 (9 digits).
            problems.append("billing_provider_address: line, city, 2-letter state and 9-digit ZIP required")
        if problems:
            raise SiteConfigError("site settings invalid: " + "; ".join(problems))
