"""NPI check digit: Luhn over the NPI prefixed with 80840 (the ISO card-issuer prefix for US health)."""

from __future__ import annotations


def luhn_valid(digits: str) -> bool:
    """True when the digit string passes the Luhn mod-10 check."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def is_valid_npi(npi: str) -> bool:
    """Ten digits whose Luhn check over "80840" + NPI holds (CMS NPI check-digit rule)."""
    return len(npi) == 10 and npi.isdigit() and luhn_valid("80840" + npi)
