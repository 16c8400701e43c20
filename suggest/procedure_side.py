"""An injury coded without its side takes the side of the treatment done to that site.

"Assessment: Wrist sprain" beside "Procedure: volar splint applied to the left wrist" is a left wrist sprain: the
side is documented in the same note, on the procedure that treats the injury (I.B.13 laterality: code the side
the documentation gives; the unspecified side is for when the record is silent). The procedure must name a site
of the injury's region ("forearm" for a radius fracture) and every such procedure mention must agree on one side.
"""

from __future__ import annotations

import re
from typing import Any

from suggest.cand import Cand

# a treatment done to a limb (splint, strapping, cast, reduction, injection, repair ...) in the same sentence
_TREATED = re.compile(r"\b(?:splint\w*|strap\w*|tap(?:e|ed|ing)|cast(?:ed|ing)?|immobili[sz]\w*|sling|boot|"
                      r"brace\w*|wrap\w*|reduc(?:ed|tion)|applied|placed|inject\w*|aspirat\w*|repair\w*|sutur\w*|"
                      r"buddy)\b", re.I)
# site word of the injury's title -> the words a procedure may name that region by
_REGION = {
    "radius": "forearm|wrist|arm|radius", "ulna": "forearm|wrist|arm|ulna", "wrist": "wrist|hand|forearm",
    "hand": "hand|wrist|palm", "metacarpal": "hand|wrist|metacarpal", "finger": "finger|hand|digit",
    "thumb": "thumb|hand", "forearm": "forearm|arm|wrist", "elbow": "elbow|arm", "humerus": "arm|humerus|shoulder",
    "shoulder": "shoulder|arm", "clavicle": "shoulder|clavicle|arm", "upper arm": "arm|shoulder",
    "ankle": "ankle|foot|leg", "foot": "foot|ankle", "toe": "toe|foot", "metatarsal": "foot|metatarsal",
    "fibula": "ankle|leg|fibula", "tibia": "leg|ankle|tibia|shin", "lower leg": "leg|ankle|calf|shin",
    "knee": "knee|leg", "patella": "knee|patella", "hip": "hip", "femur": "thigh|leg|femur|hip",
    "thigh": "thigh|leg", "great toe": "toe|foot", "lesser toe": "toe|foot",
}
_SITE = re.compile(r"\bunspecified ((?:great |lesser |upper |lower )?[a-z]+)", re.I)
_SIDE = (("right", re.compile(r"\b(?:right|rt)\b|(?<![\w/.&-])(?-i:R)(?![\w/.&-])", re.I)),
         ("left", re.compile(r"\b(?:left|lt)\b|(?<![\w/.&-])(?-i:L)(?![\w/.&-])", re.I)))
_SENTENCE = re.compile(r"[^\n.;]+")


def _site(title: str) -> str | None:
    """The site of an unspecified-side title: 'Unspecified sprain of unspecified wrist' -> 'wrist'."""
    m = list(_SITE.finditer(title))
    if not m:
        return None
    word = m[-1].group(1).lower()
    return word if word in _REGION else word.split()[-1] if word.split()[-1] in _REGION else None


def _treated_side(text: str, region: str) -> str | None:
    """The one side every treatment sentence gives the region ('splint applied to the left wrist')."""
    near = re.compile(rf"\b(?:{region})s?\b", re.I)
    sides: set[str] = set()
    for sent in _SENTENCE.finditer(text):
        s = sent.group(0)
        if not _TREATED.search(s) or not near.search(s):
            continue
        for m in near.finditer(s):
            before = s[max(0, m.start() - 30):m.start()]
            side = next((name for name, rx in _SIDE if rx.search(before)), None)
            if side:
                sides.add(side)
    return sides.pop() if len(sides) == 1 else None


def _sided(codes: Any, code: str, side: str) -> Any:
    """S63.509A + left -> S63.502A: the sibling whose title is this one with the side named."""
    raw = code.replace(".", "")
    seventh = raw[6] if len(raw) == 7 else ""
    base = raw[:6].rstrip("X") if seventh else raw
    info = codes.lookup(f"{base[:3]}.{base[3:]}")
    if info is None or not info.parent or not _site(info.title):
        return None
    want = info.title.lower()
    for kid in codes.children(info.parent):
        sib = codes.lookup(kid)
        if sib is None or kid == info.code or not re.search(rf"\b{side}\b", sib.title, re.I):
            continue
        if re.sub(r"\b(?:right|left)\b", "unspecified", sib.title.lower()) == want:
            full = kid.replace(".", "")
            full = f"{full.ljust(6, 'X')}{seventh}" if seventh else full
            out = codes.lookup(f"{full[:3]}.{full[3:]}")
            return out if out is not None and out.billable else None
    return None


def side_from_procedure(cands: list[Cand], text: str, codes: Any) -> list[Cand]:
    """Injury (S) codes of the unspecified side -> the side of the procedure treating that site."""
    for c in cands:
        if c.system != "ICD-10-CM" or not c.code.startswith("S") or c.assertion != "present":
            continue
        if "unspecified" not in c.description.lower():
            continue
        raw = c.code.replace(".", "")
        base = codes.lookup(f"{raw[:3]}.{raw[3:6].rstrip('X')}" if len(raw) == 7 else c.code)
        site = _site(base.title) if base is not None else None
        side = _treated_side(text, _REGION[site]) if site else None
        new = _sided(codes, c.code, side) if side else None
        if new is None:
            continue
        c.add_rule("I.B.laterality", f"{c.code}: the side of the procedure treating the {site} -> {new.code}")
        c.code, c.description = new.code, new.title
        c.notes = [n.replace("laterality, ", "").replace(": laterality [", ": [") for n in c.notes]
        c.notes = [n for n in c.notes if n != "missing detail: [I.B.specificity]"]
        if not any(n.startswith("missing detail") and "episode" not in n for n in c.notes):
            c.flags = [f for f in c.flags if f != "needs-specificity"]
    return cands
