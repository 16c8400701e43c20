"""CPT 17110 (destruction of benign lesions other than skin tags, e.g. warts, up to 14) when the wart and the
destruction method are written apart, so no procedure phrase names both:

- "Verruca vulgaris R index finger - cryo x1" (the assessment line: "cryo" is the method, the line names the wart);
- "Assessment: Common wart, right index finger." + "Procedure: cryotherapy with liquid nitrogen, 2 freeze-thaw
  cycles" (the procedure line names no lesion; the wart is the note's only destroyable lesion).

Not when the method was only discussed, planned or declined, nor when another lesion type is named in the note
(actinic keratoses 17000, skin tags 11200, nevi, genital/anal warts with their own codes): the coder decides there.
"""

from __future__ import annotations

import re
from typing import Any

from suggest.cand import Cand
from suggest.procedures import _DONE, _NEGATED, _PLANNED, _clause

_WART = re.compile(r"\b(?:warts?|verruc(?:a|ae|as|ous)\b(?:\s+(?:vulgaris|plana|plantaris))?|molluscum)\b", re.I)
_DESTROY = re.compile(r"\b(?:cryo(?:therapy|surgery|ablation)?|liquid nitrogen|LN2)\b", re.I)
_OTHER_LESION = re.compile(r"\b(?:actinic|AKs?|keratos[ie]s|skin tags?|acrochordons?|nev[ui]|condylom\w*|"
                           r"genital|anal|penile|vulvar|perianal)\b", re.I)
_LESION_WORD = re.compile(r"\b(?:lesions?|keratos[ie]s|tags?|nev[ui]|lentig\w*|papules?|cysts?)\b", re.I)
_DESTRUCTION_CODES = ("17000", "17003", "17004", "17110", "17111")
# "to all 18 flat warts", "verrucae x 16": 15 or more benign lesions are 17111
_COUNT = re.compile(r"\b(\d{1,2})\s+(?:[a-z]+\s+){0,2}?(?:warts|verrucae|lesions)\b|"
                    r"\b(?:warts|verrucae|lesions)\s*(?:x\s*|\()(\d{1,2})\b", re.I)


def wart_destruction(procs: list[Cand], text: str, units: list[tuple[int, int, str]], matcher: Any) -> list[Cand]:
    """``procs`` plus 17110 for a wart destroyed with the method written apart from the wart (see module doc)."""
    if any(c.code in _DESTRUCTION_CODES for c in procs) or not _WART.search(text) or _OTHER_LESION.search(text):
        return procs
    warts = [m for m in _WART.finditer(text) if not _NEGATED.search(text, max(0, m.start() - 30), m.start())]
    proc = getattr(matcher, "by_id", {}).get("destruction-benign")
    if not warts or proc is None:
        return procs
    for s, e, section in units:
        seg = text[s:e]
        for m in _DESTROY.finditer(seg):
            if (_NEGATED.search(seg, max(0, m.start() - 30), m.start()) or _PLANNED.search(_clause(seg, m.start(),
                                                                                                 m.end()))
                    or not (section == "procedures" or _DONE.search(seg))):
                continue  # "declined cryo", "discussed cryotherapy, will do next visit"
            named = [w for w in warts if s <= w.start() < e]
            if not named and _LESION_WORD.search(seg):
                continue  # the method line names some other lesion
            w = (named or warts)[0]
            n = max((int(a or b) for a, b in _COUNT.findall(seg)), default=1)
            code, desc = (("17111", "Destruction of benign lesions such as warts, 15 or more") if n >= 15
                          else (proc.code, proc.description))
            c = Cand(proc.system, code, desc, True, [(s + m.start(), s + m.end()),
                     (w.start(), w.end())], section, "present", "rule", 1, first_offset=s + m.start(),
                     sections={section})
            c.add_rule("PROC-performed", "wart destroyed: the method and the wart are documented on "
                       + ("the same line" if named else "the procedure line and the diagnosis"))
            c.extra.update(procedure_id=proc.id, significant=proc.significant, kind=proc.kind,
                           admin=proc.admin, route=False)
            return [*procs, c]
    return procs
