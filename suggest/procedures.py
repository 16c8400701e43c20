"""CPT/HCPCS procedures, injections, vaccines, tests and imaging documented as performed.

A procedure phrase (suggest/data/procedures.json) counts only in a sentence that reports it as done
("administered", "performed", "was injected", a Procedures section) and not as planned ("will",
"order", "schedule", "recommend", "if"). Vaccines and drugs bring their administration code; HCPCS
drug units come from the documented dose; a bilateral ear procedure gets modifier 50.
"""

from __future__ import annotations

import re

from suggest.cand import Cand
from suggest.em import dose_units
from suggest.lexicon import Term, TermIndex
from suggest.ruledata import Procedure, RuleData
from suggest.textnorm import tokenize

_DONE = re.compile(r"\b(performed|administered|given|done|completed|obtained|placed|applied|injected|drained|"
                   r"incised|removed|repaired|sutured|excised|debrided|treated|frozen|irrigated|destroyed|"
                   r"tolerated|today|in office|in clinic|point of care|poc|was (?:obtained|done|performed)|"
                   r"shows?|showed|reveals?|revealed|demonstrates?|interpreted|read as|results?|positive|negative|"
                   r"normal sinus|sinus rhythm)\b", re.I)
_PLANNED = re.compile(r"\b(will|plan\w*|order\w*|schedul\w*|recommend\w*|consider\w*|refer\w*|if|should|"
                      r"next (?:visit|time)|due for|declined|deferred|defer|return for|needs?|to be|would|"
                      r"discussed|offered|prior|previous|last year|ago)\b", re.I)
_DOSE = re.compile(r"\b(\d+(?:\.\d+)?)\s*(mg|mcg|g)\b", re.I)
_BILATERAL = re.compile(r"\b(bilateral(?:ly)?|both ears|both sides|each ear)\b", re.I)
_ADMIN_DESC = {"90471": "Immunization administration, first vaccine", "90472":
               "Immunization administration, each additional vaccine",
               "96372": "Therapeutic/prophylactic injection, subcutaneous or IM"}


class ProcedureMatcher:
    """Token-set matcher over the project's procedure phrases."""

    def __init__(self, data: RuleData) -> None:
        self.canon = dict(data.tokens.canonical)
        self.stop = frozenset(data.tokens.stopwords)
        self.by_id: dict[str, Procedure] = {p.id: p for p in data.procedures}
        rows = [(p.id, t, "synonym") for p in data.procedures for t in p.terms]
        self.index = TermIndex.build(rows, self.canon, self.stop)

    def find(self, text: str, units: list[tuple[int, int, str]]) -> list[Cand]:
        found: dict[str, Cand] = {}
        for ui, (s, e, section) in enumerate(units):
            seg = text[s:e]
            toks = [(t, a + s, b + s) for t, a, b in tokenize(seg, self.canon) if t not in self.stop]
            for m in self.index.match_window(toks, ui, slack=3, text=text):
                proc = self.by_id[m.term.code]
                if not self._performed(seg, section, proc):
                    continue
                c = found.get(proc.id)
                if c is None:
                    c = Cand(proc.system, proc.code, proc.description, True, [], section, "present", "rule",
                             len(m.term.tokens), ui, first_offset=m.start, sections={section})
                    c.add_rule("PROC-performed", f"documented as performed: {proc.id}")
                    c.extra["procedure_id"] = proc.id
                    c.extra["significant"] = proc.significant
                    self._units(c, proc, seg)
                    found[proc.id] = c
                c.spans.append((m.start, m.end))
        return self._with_admin(list(found.values()))

    def _performed(self, seg: str, section: str, proc: Procedure) -> bool:
        if proc.requires_any and not any(w in seg.lower() for w in proc.requires_any):
            return False
        if _PLANNED.search(seg) and not re.search(r"\b(performed|administered|given|done|injected|removed)\b",
                                                  seg, re.I):
            return False
        return section == "procedures" or bool(_DONE.search(seg))

    @staticmethod
    def _units(c: Cand, proc: Procedure, seg: str) -> None:
        if proc.dose_mg:
            doses = [float(v) * (1000 if u.lower() == "g" else 0.001 if u.lower() == "mcg" else 1)
                     for v, u in _DOSE.findall(seg)]
            if doses:
                c.extra["units"] = dose_units(doses[0], proc.dose_mg)
                c.add_rule("UNITS-dose", f"dose {doses[0]:g} mg / {proc.dose_mg:g} mg per unit")
        if proc.bilateral_modifier and _BILATERAL.search(seg):
            c.extra["modifiers"] = ["50"]
            c.notes.append("bilateral procedure: modifier 50")

    @staticmethod
    def _with_admin(cands: list[Cand]) -> list[Cand]:
        out = list(cands)
        vaccines = [c for c in cands if c.extra.get("procedure_id", "").endswith("-vaccine")]
        for i, v in enumerate(vaccines):
            code = "90471" if i == 0 else "90472"
            a = Cand("CPT", code, _ADMIN_DESC[code], True, list(v.spans), v.section, "present", "rule", 1,
                     first_offset=v.first_offset, sections=set(v.sections))
            a.add_rule("PROC-admin", f"administration of {v.code}")
            a.extra["significant"] = True
            out.append(a)
        drugs = [c for c in cands if c.system == "HCPCS" and c.code.startswith("J")]
        has_injection = any(c.code in ("96372", "20610", "20605", "20600", "20552") for c in cands)
        if drugs and not has_injection:
            d = drugs[0]
            a = Cand("CPT", "96372", _ADMIN_DESC["96372"], True, list(d.spans), d.section, "present", "rule", 1,
                     first_offset=d.first_offset, sections=set(d.sections))
            a.add_rule("PROC-admin", f"administration of {d.code}")
            a.extra["significant"] = True
            out.append(a)
        return out


__all__ = ["ProcedureMatcher", "Term"]
