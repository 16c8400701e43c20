"""Influenza with pneumonia is one code (I.C.10.c; Index: Influenza, with, pneumonia J09.X1 / J10.0- / J11.0-).

"Influenza A pneumonia" beside "rapid PCR influenza A positive" or "fever, myalgias ... influenza": the plain
influenza mention (J1x.1, other respiratory manifestations / NOS) is the same illness the pneumonia code already
reports, so it joins the pneumonia code. Without this, the NOS code reads as "more specific" than the pneumonia
code's "unspecified type of pneumonia" title and replaces it.
"""

from __future__ import annotations

from suggest.cand import Cand

_PNEUMONIA = ("J09.X1", "J10.0", "J11.0")
_NOS = ("J09.X2", "J09.X9", "J10.1", "J11.1")


def influenza_with_pneumonia(cands: list[Cand]) -> list[Cand]:
    pneu = next((c for c in cands if c.code.startswith(_PNEUMONIA) and c.assertion == "present"), None)
    if pneu is None:
        return cands
    out = []
    for c in cands:
        if c is not pneu and c.code.startswith(_NOS) and c.assertion == "present":
            pneu.absorb(c)
            pneu.add_rule("I.C.10.c-influenza-identified", f"{c.code} is the same influenza; coded as {pneu.code}")
            continue
        out.append(c)
    return out
