"""Detail the item documents that the matched term's code does not carry (I.B specificity, Index subterms).

- Parkinson's disease (G20.A-/G20.B-): the 5th character says whether fluctuations are documented (Index: Disease,
  Parkinson's, with fluctuations); "wearing off", "on-off" and "motor fluctuations" are the fluctuations.
- Breast lump (N63) and breast malignancy (C50): the side and the quadrant written beside the lesion ("left breast
  mass, UOQ", "right breast cancer, upper outer quadrant") pick N63.1-/N63.2- and C50.x1- (Index: Lump, breast;
  Neoplasm Table, breast, upper-outer quadrant ...).
- Gout (M10.9): one joint and its side in the item ("gout flare - L 1st MTP", "acute gout, R knee") pick the
  idiopathic gout code by site M10.0- (Index: Gout, idiopathic, ankle / foot / knee ...); terse notes name the
  joint by abbreviation (MTP, MCP) and the side by a letter.
- Cutaneous abscess and cellulitis of unspecified site (L02.91, L03.90): one limb region and its side in the item
  ("Abscess of the right thigh with surrounding cellulitis") pick the limb codes L02.41-/L03.11- (Index by site).
"""

from __future__ import annotations

import re
from typing import Any

from suggest.resolve import documented_side

_PD_NO_FLUCT = {"G20.A1": "G20.A2", "G20.B1": "G20.B2"}
_PD_FLUCT = re.compile(r"\b(?:(?:motor\s+)?fluctuations?|wearing[- ]?off|on[- /]off(?:\s+(?:phenomenon|periods?|"
                       r"episodes?))?|off[- ](?:periods?|episodes?|time))\b", re.I)
_PD_FLUCT_NEG = re.compile(r"\b(?:no|not|without|denies|negative for|without mention of)\s+(?:\w+[- ]){0,2}$", re.I)

# site -> (N63 5th character, C50 4th character); None: no such subdivision
_SITES = (
    ("upper_outer", re.compile(r"\bupper[- ]outer(?:\s+quadrant)?\b|\bUOQ\b", re.I), "1", "4"),
    ("upper_inner", re.compile(r"\bupper[- ]inner(?:\s+quadrant)?\b|\bUIQ\b", re.I), "2", "2"),
    ("lower_outer", re.compile(r"\blower[- ]outer(?:\s+quadrant)?\b|\bLOQ\b", re.I), "3", "5"),
    ("lower_inner", re.compile(r"\blower[- ]inner(?:\s+quadrant)?\b|\bLIQ\b", re.I), "4", "3"),
    ("axillary_tail", re.compile(r"\baxillary\s+tail\b", re.I), None, "6"),
    ("subareolar", re.compile(r"\b(?:sub|retro)-?areolar\b", re.I), None, None),
)
_BREAST = re.compile(r"\bbreasts?\b", re.I)


def refine_site(codes: Any, r: Any, ctx: str) -> Any:
    """``r`` (a resolve.Resolved) made as specific as the item ``ctx`` documents, else ``r`` itself."""
    if r.code in _PD_NO_FLUCT and _pd_fluctuations(ctx):
        return _swap(codes, r, _PD_NO_FLUCT[r.code], "fluctuations documented (Index: Disease, Parkinson's, with "
                     "fluctuations)")
    if r.code.startswith(("N63", "C50")) and _BREAST.search(ctx):
        return _breast(codes, r, ctx)
    if r.code == "M05.9" and _POLYARTICULAR.search(ctx):
        return _swap(codes, r, "M05.79", "seropositive RA documented polyarticular / in multiple joints, no organ "
                     "involvement named (Index: Arthritis, rheumatoid, with rheumatoid factor, multiple site)")
    if r.code == "M10.9":
        return _gout_site(codes, r, ctx)
    if r.code in _LIMB_CODES:
        return _limb_site(codes, r, ctx)
    if r.code in _LUMBAR_DISC and _LUMBOSACRAL.search(ctx) and not _LUMBAR_LEVEL.search(ctx):
        return _swap(codes, r, _LUMBAR_DISC[r.code], "the L5-S1 disc is the lumbosacral region (Index: Displacement, "
                     "intervertebral disc, lumbosacral region)")
    if r.code in _OSTEO_NO_SITE or r.code.startswith("M84.30X"):
        return _foot_bone(codes, r, ctx)
    if r.code in _DM_NO_COMPLICATION and _uncontrolled(ctx):
        return _swap(codes, r, r.code[:3] + ".65", "diabetes documented as uncontrolled/poorly controlled in its own "
                     "item is coded as with hyperglycemia (Index: Diabetes, uncontrolled, meaning hyperglycemia)")
    return r


_POLYARTICULAR = re.compile(r"\b(?:polyarticular|multiple (?:sites|joints)|multiarticular)\b", re.I)
# Index: "Diabetes, uncontrolled - meaning hyperglycemia - see Diabetes, by type, with hyperglycemia"; the project
# Decision codes it E1x.65. Assessment lines put the lab value between the disease and the word ("DM2 - A1c 8.1,
# uncontrolled -> incr metformin"), which the term matcher cannot span.
_DM_NO_COMPLICATION = frozenset({"E08.9", "E09.9", "E10.9", "E11.9", "E13.9"})
_DM_CONTROL = re.compile(r"\b(?:DM\s?(?:2|II|1|I)?|T[12]DM|T[12]D|NIDDM|IDDM|diabetes(?:\s+mellitus)?(?:,?\s+type\s+"
                         r"(?:2|II|1|I))?)\b(?P<gap>[^\n;]{0,50}?)\b(?:uncontrolled|(?:poorly|inadequately|"
                         r"suboptimally)[- ]controlled|not\s+(?:well[- ])?controlled|out\s+of\s+control)\b", re.I)
# the word belongs to another problem or another time when one of these sits between
_DM_GAP_OTHER = re.compile(r"\b(?:HTN|hypertension|BP|blood pressure|asthma|COPD|pain|migraine|seizures?|GERD|lipids?|"
                           r"LDL|cholesterol|HLD|hyperlipidemia|afib|rate|thyroid|TSH|previously|formerly|was|were|"
                           r"h/o|history|and|with|w/|painful|neuropathy|retinopathy|nephropathy|gastroparesis)\b"
                           r"|[.:]\s|->|=>", re.I)


def _uncontrolled(ctx: str) -> bool:
    return any(not _DM_GAP_OTHER.search(m.group("gap")) for m in _DM_CONTROL.finditer(ctx))


# M10.0- 5th character by joint; the first toe joint is the classic site (podagra)
_GOUT_SITES = (
    ("1", re.compile(r"\bshoulders?\b", re.I)),
    ("2", re.compile(r"\b(?:elbows?|olecranon)\b", re.I)),
    ("3", re.compile(r"\bwrists?\b", re.I)),
    ("4", re.compile(r"\b(?:hands?|fingers?|thumbs?|knuckles?)\b|\b(?:MCP|PIP|DIP)s?\b", re.I)),
    ("5", re.compile(r"\bhips?\b", re.I)),
    ("6", re.compile(r"\bknees?\b", re.I)),
    ("7", re.compile(r"\b(?:ankles?|feet|foot|toes?|hallux|podagra|midfoot|instep|heels?|metatarso\w*|"
                     r"1st\s+MTP|MTPs?|MTPJ)\b", re.I)),
)


def _gout_site(codes: Any, r: Any, ctx: str) -> Any:
    sites = {digit for digit, rx in _GOUT_SITES if rx.search(ctx)}
    side = documented_side(ctx)
    if len(sites) != 1 or side not in ("right", "left"):
        return r  # no joint, several joints or both sides: the coder decides (M10.09, or one code per side)
    code = f"M10.0{sites.pop()}{'1' if side == 'right' else '2'}"
    return _swap(codes, r, code, f"gout in one documented joint, {side} (Index: Gout, idiopathic, by site)")


# Cutaneous abscess / cellulitis of unspecified site (L02.91, L03.90) with one limb region and its side in the item:
# Index: Abscess, thigh / leg / arm ... L02.41-; Cellulitis, thigh / leg / foot / arm / hand ... L03.11- (limb)
_LIMB_CODES = {"L02.91": {"lower": ("L02.415", "L02.416"), "upper": ("L02.413", "L02.414")},
               "L03.90": {"lower": ("L03.115", "L03.116"), "upper": ("L03.113", "L03.114")}}
_LIMB_REGIONS = (
    ("lower", re.compile(r"\b(?:thighs?|legs?|shins?|calf|calves|knees?|ankles?|hips?|lower (?:limb|extremity))\b",
                         re.I)),
    ("upper", re.compile(r"\b(?:(?:upper |fore)?arms?|elbows?|shoulders?|wrists?|upper (?:limb|extremity))\b", re.I)),
)
_FOOT_HAND = (("lower", re.compile(r"\b(?:foot|feet|heel|dorsum of the foot)\b", re.I)),
              ("upper", re.compile(r"\bhands?\b", re.I)))


def _limb_site(codes: Any, r: Any, ctx: str) -> Any:
    regions = {name for name, rx in _LIMB_REGIONS if rx.search(ctx)}
    if r.code == "L03.90":  # Index: Cellulitis, foot / hand - see Cellulitis, lower / upper limb
        regions |= {name for name, rx in _FOOT_HAND if rx.search(ctx)}
    elif any(rx.search(ctx) for _name, rx in _FOOT_HAND):
        return r  # an abscess of the hand or foot has codes of its own (L02.51-, L02.61-)
    side = documented_side(ctx)
    if len(regions) != 1 or side not in ("right", "left"):
        return r  # no limb, both limbs or no side: the coder decides
    code = _LIMB_CODES[r.code][regions.pop()][0 if side == "right" else 1]
    return _swap(codes, r, code, f"site and side documented in the item ({side} limb; Index by site)")


# a lumbar disc code whose item names the L5-S1 level only: the lumbosacral region (M51.x7), not lumbar (M51.x6)
_LUMBAR_DISC = {"M51.26": "M51.27", "M51.16": "M51.17"}
_LUMBOSACRAL = re.compile(r"\bL5[- /]?S1\b|\blumbosacral\b", re.I)
_LUMBAR_LEVEL = re.compile(r"\bL[1-4][- /]?(?:L?[2-5])\b", re.I)
# Osteomyelitis and stress fracture of unspecified site with a bone of the foot or ankle and its side in the item
# ("Acute osteomyelitis of the left first metatarsal", "Stress fracture L 2nd metatarsal"): Index: Osteomyelitis,
# acute, ankle and foot M86.17-; Fracture, stress, metatarsal - see Fracture, stress, foot M84.37- (I.B specificity)
_OSTEO_NO_SITE = frozenset({"M86.00", "M86.10", "M86.20", "M86.40", "M86.50", "M86.60"})
_FOOT_BONES = (
    ("toe", re.compile(r"\b(?:toes?|hallux|phalan(?:x|ges)\s+of\s+the\s+(?:\w+\s+)?toe)\b", re.I)),
    ("foot", re.compile(r"\b(?:metatarsals?|MT\s?[1-5]|tarsals?|navicular|cuboid|cuneiforms?|calcane(?:us|al)|"
                        r"talus|talar|foot|feet|midfoot|forefoot|heel)\b", re.I)),
    ("ankle", re.compile(r"\b(?:ankles?|malleol(?:us|i|ar))\b", re.I)),
)
_STRESS_DIGIT = {"ankle": ("1", "2"), "foot": ("4", "5"), "toe": ("7", "8")}


def _foot_bone(codes: Any, r: Any, ctx: str) -> Any:
    sites = [name for name, rx in _FOOT_BONES if rx.search(ctx)]
    side = documented_side(ctx)
    if not sites or side not in ("right", "left"):
        return r
    right = side == "right"
    if r.code in _OSTEO_NO_SITE:  # M86 sites: 7 ankle and foot (toes included)
        return _swap(codes, r, f"{r.code[:5]}7{'1' if right else '2'}",
                     f"bone of the {sites[0]}, {side} (Index: Osteomyelitis, ankle and foot)")
    if len(sites) > 1:
        sites = [s for s in sites if s != "foot"] if "toe" in sites else sites[:1]
        if len(sites) != 1:
            return r
    digit = _STRESS_DIGIT[sites[0]][0 if right else 1]
    return _swap(codes, r, f"M84.37{digit}{r.code[7:]}",
                 f"stress fracture of the {sites[0]}, {side} (Index: Fracture, stress, {sites[0]})")


def _pd_fluctuations(ctx: str) -> bool:
    """The item documents motor fluctuations that are not negated ("no wearing-off", "without mention of ...")."""
    return any(not _PD_FLUCT_NEG.search(ctx, max(0, f.start() - 30), f.start()) for f in _PD_FLUCT.finditer(ctx))


def _breast(codes: Any, r: Any, ctx: str) -> Any:
    sites = [s for s in _SITES if s[1].search(ctx)]
    if len(sites) > 1:
        return r  # two sites in one item: overlapping or two lesions; the coder decides
    site = sites[0] if sites else None
    side = documented_side(ctx)
    if side not in ("right", "left"):
        return r
    if r.code in ("N63.0", "N63.10", "N63.20"):
        s = "1" if side == "right" else "2"
        if site is None:
            code = f"N63.{s}0"
        elif site[0] == "axillary_tail":
            code = f"N63.3{s}"
        elif site[0] == "subareolar":
            code = f"N63.4{s}"
        else:
            code = f"N63.{s}{site[2]}"
        return _swap(codes, r, code, f"side and site of the breast lump documented ({side}, "
                     f"{site[0] if site else 'quadrant not stated'})") if code != r.code else r
    if (len(r.code) == 7 and r.code.startswith("C50.9") and site is not None and site[3] is not None
            and r.code[6] == ("1" if side == "right" else "2")):
        code = f"C50.{site[3]}{r.code[5:]}"
        return _swap(codes, r, code, f"breast quadrant documented ({site[0]}; Neoplasm Table, breast)")
    return r


def _swap(codes: Any, r: Any, code: str, why: str) -> Any:
    info = codes.lookup(code)
    if info is None or not info.billable:
        return r
    return type(r)(code, info.title, info.billable, list(r.missing), list(r.flags),
                   [*r.rules, f"I.B-specificity: {why}"])
