"""CPT/HCPCS procedures, injections, vaccines, tests and imaging documented as performed.

A procedure phrase (suggest/data/procedures.json) counts only in a sentence that reports it as done
("administered", "performed", "was injected", a Procedures section) and not as planned ("will",
"order", "schedule", "recommend", "if"), negated ("not sutured") or done elsewhere ("ECG from PCP office
reviewed", "sent to lab"). A drug brings its administration code (96372, or 96402 for hormonal
antineoplastics) only with a documented IM/SC route and not when it went into a joint; vaccines bring
90471/90472. Units: HCPCS drugs from the dose nearest to the drug name; counted services (17003 per
extra premalignant lesion, 96127/96110 per instrument, 87804 per influenza type). Modifiers: RT/LT/50 on
joint and ear procedures, 59 on a benign-lesion destruction beside a premalignant one. Repairs are
coded by site (face group 1201x, else 1200x) and documented length. Minutes-based services (tobacco
counseling 99406/99407, psychotherapy add-on 90833/90836/90838) need the minutes in the sentence.
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
                   r"normal sinus|sinus rhythm|scored|closed|biopsied|here|x ?1|reached|intubated|advanced|"
                   r"proc(?:edure)?s?:)(?:\b|(?<=:))|"
                   r"(?::|\)|=)\s*\d+(?:\.\d+)?\s*(?:%|mg/dl|g/dl)", re.I)
_PLANNED = re.compile(r"\b(will|plan\w*|order\w*|schedul\w*|recommend\w*|consider\w*|refer\w*|if|should|"
                      r"next (?:visit|time)|due for|declined|deferred|defer|return for|needs?|to be|would|"
                      # "(prior 7.6%)", "previous 152/94": an earlier value compared with today's result, not a
                      # service done earlier
                      r"discussed|offered|(?:prior|previous)(?!\s*(?:value\s*)?[:=]?\s*\d)|last (?:year|month|visit)|"
                      r"ago|at the last visit)\b", re.I)
_STRONG_DONE = re.compile(r"\b(performed|administered|given|done|injected|removed|completed|scored)\b", re.I)
_ELSEWHERE = re.compile(r"\b((?:from|at) (?:the |his |her |their )?(?:pcp|outside|another|referring|prior)\b|"
                        r"(?:at|from) (?:the |an? )?(?:imaging|radiology) (?:center|department|facility)|"
                        r"imaging center|next door|"
                        r"outside (?:ecg|ekg|labs?)|"
                        r"(?:sent|send) (?:out|to)|reference lab|hospital lab|ed lab|radiology across|"
                        r"reviewed\W*$|(?:is|was|were) reviewed\b|at home|home (?:test|kit))", re.I)
_HISTORICAL = re.compile(r"\b((?:19|20)\d\d|up to date|at (?:the |a )?pharmacy|previously|already|"
                         r"last (?:dose|shot|week|month|year)|records? (?:show|indicate|document)\w*|at age \d+|"
                         r"at \d{1,2}(?=[.;,)]| years?\b|\s*$))\b|"
                         r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", re.I)
_NOT_DONE_AFTER = re.compile(r"[\s,]*(?:was |were |is )?(?:not|never) (?:\w+ )?(?:done|repeated|performed|completed|"
                             r"administered|given|obtained|scored|needed)\b", re.I)
_SEROLOGY = re.compile(r"\b(titers?|immunity|serolog\w*|antibod\w+|igg|igm)\b", re.I)
_HERE = re.compile(r"\b(in (?:clinic|office)|here|today in|by me)\b", re.I)
_NEGATED = re.compile(r"\b(not|no|without|never|declined|deferred|refused)\b(?:[ \t]+\w+){0,2}[ \t]*$", re.I)
_DOSE = re.compile(r"(\d+(?:\.\d+)?)\s*(mg|MG|mcg|g)\b(?!\s*needle)")
_BILATERAL = re.compile(r"\b(bilateral(?:ly)?|both (?:ears|knees|shoulders|hips|wrists|elbows|ankles|sides)|"
                        r"each (?:ear|knee|shoulder|hip|wrist|elbow|ankle))\b", re.I)
_RIGHT = re.compile(r"\b(right|rt|r)\b", re.I)
_LEFT = re.compile(r"\b(left|lt|l)\b", re.I)
_ROUTE = re.compile(r"\b(im|intramuscular(?:ly)?|sc|subq|sq|subcutaneous(?:ly)?|injection|injected|shot|deltoid|"
                    r"gluteal|gluteus|depot)\b", re.I)
_MINUTES = re.compile(r"\b(\d{1,3})\s*(?:-\s*)?min(?:ute)?s?\b", re.I)
_LENGTH = re.compile(r"(\d+(?:\.\d+)?)\s*cm\b", re.I)
_FACE = re.compile(r"\b(face|facial|forehead|cheek|chin|nose|nasal|lip|lips|ear|ears|eyelid|eyebrow|brow|"
                   r"temple|jaw|mucous membrane)\b", re.I)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15}
_AK_COUNT = re.compile(r"\b(?:(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r") (?:\w+ ){0,3}?actinic keratos\w*|"
                       r"actinic keratos\w* x ?(\d{1,2}))", re.I)
_INSTRUMENTS = {"96127": re.compile(r"\b(phq-?9|gad-?7|phq-?a|vanderbilt|epds|edinburgh|"
                                    r"scared)\b", re.I),
                "96110": re.compile(r"\b(asq-?3|asq:?-?se|m-?chat|peds)\b", re.I)}
_SCORE_AFTER = re.compile(r"[^.;\n]{0,20}?(?:\bscores?\b|\b\d{1,2}\b(?!\s*(?:years?|months?|weeks?|days?|/\d)))", re.I)
_FLU_AB = re.compile(r"\binfluenza a\s*(?:/|and)\s*b\b|\bflu a\s*(?:/|and)\s*b\b", re.I)
_ADMIN_DESC = {"90471": "Immunization administration, first vaccine", "90472":
               "Immunization administration, each additional vaccine",
               "96372": "Therapeutic/prophylactic injection, subcutaneous or IM",
               "96402": "Hormonal antineoplastic injection, subcutaneous or IM"}
_JOINT = ("20600", "20604", "20605", "20606", "20610", "20611", "20526", "20550", "20551", "20552", "20553")
_REPAIR = {"other": [(2.5, "12001"), (7.5, "12002"), (12.5, "12004")],
           "face": [(2.5, "12011"), (5.0, "12013"), (7.5, "12014")]}
_REPAIR_DESC = {"12001": "Simple repair, trunk/extremities/scalp/neck, 2.5 cm or less",
                "12002": "Simple repair, trunk/extremities/scalp/neck, 2.6-7.5 cm",
                "12004": "Simple repair, trunk/extremities/scalp/neck, 7.6-12.5 cm",
                "12011": "Simple repair, face/ears/eyelids/nose/lips, 2.5 cm or less",
                "12013": "Simple repair, face/ears/eyelids/nose/lips, 2.6-5.0 cm",
                "12014": "Simple repair, face/ears/eyelids/nose/lips, 5.1-7.5 cm"}
_TIMED = {"99406": [(3, "99406", "Tobacco cessation counseling, 3-10 minutes"),
                    (11, "99407", "Tobacco cessation counseling, over 10 minutes")],
          "90833": [(16, "90833", "Psychotherapy add-on with an E/M, 16-37 minutes"),
                    (38, "90836", "Psychotherapy add-on with an E/M, 38-52 minutes"),
                    (53, "90838", "Psychotherapy add-on with an E/M, 53 minutes or more")]}
# a specific code wins over its generic sibling found in the same note
# the sentence itself reports the service (minutes of it, or the evaluation's title)
_SELF_EVIDENT = ("counseling", "psychotherapy-addon", "psych-eval")
_SUPERSEDES = {"83036": "85018", "94060": "94010", "90792": "90791", "90656": "90686", "J7620": "J7613",
               "45385": "45378", "45380": "45378", "43239": "43235"}
# an endoscopy report names one scope: colonoscopy codes need "colonoscopy", EGD codes an upper scope term
_COLON_WORDS = re.compile(r"\bcolonoscop", re.I)


def _occurrences(low: str, word: str) -> list[int]:
    out, i = [], low.find(word)
    while i >= 0:
        out.append(i)
        i = low.find(word, i + 1)
    return out


def _clause(seg: str, a: int, b: int) -> str:
    """The part of ``seg`` around [a, b) between commas/semicolons (decimals such as 7.5 are kept)."""
    left = max(seg.rfind(ch, 0, max(a, 0)) for ch in ",;")
    right = [i for i in (seg.find(ch, b) for ch in ",;") if i >= 0]
    return seg[left + 1:min(right) if right else len(seg)]


def _wrapped_end(text: str, e: int) -> int:
    """Extend a unit that stops mid-sentence at a line break ("7.5 mg\\n IM given today")."""
    if e >= len(text) or text[max(0, e - 1)] in ".;:!?" or text[e:e + 1] != "\n":
        return e
    nxt = text[e + 1:e + 100]
    if not nxt[:1].isspace() and not nxt[:1].islower():
        return e
    stop = re.search(r"[.;\n]", nxt.lstrip())
    lead = len(nxt) - len(nxt.lstrip())
    return e + 1 + lead + (stop.end() if stop else len(nxt.lstrip()))


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
            e = _wrapped_end(text, e)
            for m in self.index.match_window(toks, ui, slack=3):  # sentences may wrap lines
                proc = self.by_id[m.term.code]
                if not self._performed(text, s, m.start, m.end, text[s:e], section, proc):
                    continue
                c = found.get(proc.id)
                if c is None:
                    c = Cand(proc.system, proc.code, proc.description, True, [], section, "present", "rule",
                             len(m.term.tokens), ui, first_offset=m.start, sections={section})
                    c.add_rule("PROC-performed", f"documented as performed: {proc.id}")
                    c.extra.update(procedure_id=proc.id, significant=proc.significant, kind=proc.kind,
                                   admin=proc.admin, route=bool(_ROUTE.search(text[s:e])))
                    if not self._details(c, proc, text, s, e, m.start):
                        continue
                    low = text[s:e].lower()
                    how = next((w.strip() for w in proc.requires_any if w.strip() and w.strip() in low), "")
                    if how:  # the method ("cryotherapy", "injected") is part of the evidence
                        c.spans.append((s + low.index(how), s + low.index(how) + len(how)))
                    found[proc.id] = c
                c.spans.append((m.start, m.end))
        cands = list(found.values())
        codes = {c.code for c in cands}
        cands = [c for c in cands if not any(sup in codes and gen == c.code for sup, gen in _SUPERSEDES.items())]
        self._lesion_units(cands, text)
        self._inhalation_pair(cands, text)
        return self._with_admin(cands)

    def _inhalation_pair(self, cands: list[Cand], text: str) -> None:
        """An in-office nebulized drug and its inhalation treatment come together: "nebulized albuterol" and
        "albuterol via nebulizer" name both 94640 and the drug (J7613 albuterol, J7620 with ipratropium)."""
        neb = next((c for c in cands if c.code == "94640"), None)
        drug = next((c for c in cands if c.code in ("J7613", "J7620")), None)
        if drug is not None and neb is None:
            proc = self.by_id["nebulizer"]
            neb = Cand(proc.system, proc.code, proc.description, True, list(drug.spans), drug.section, "present",
                       "rule", 1, first_offset=drug.first_offset, sections=set(drug.sections))
            neb.add_rule("PROC-performed", "inhalation treatment that administered the nebulized drug")
            neb.extra.update(procedure_id=proc.id, significant=proc.significant, kind=proc.kind)
            cands.insert(cands.index(drug), neb)
        elif neb is not None and drug is None:
            a, b = neb.spans[0]
            s = max(text.rfind("\n", 0, a), text.rfind(". ", 0, a)) + 1
            e = min(x for x in (text.find("\n", b), text.find(". ", b), len(text)) if x >= 0)
            low = text[s:e].lower()
            pid = "duoneb" if re.search(r"ipratropium|duoneb", low) else "albuterol-neb" if "albuterol" in low else ""
            if not pid:
                return
            proc = self.by_id[pid]
            at = s + low.index("albuterol" if "albuterol" in low else "duoneb" if "duoneb" in low else "ipratropium")
            c = Cand(proc.system, proc.code, proc.description, True, [(at, at + 9)], neb.section, "present", "rule",
                     1, first_offset=at, sections=set(neb.sections))
            c.add_rule("PROC-performed", f"drug of the inhalation treatment: {proc.id}")
            c.extra.update(procedure_id=proc.id, significant=proc.significant, kind=proc.kind, admin=proc.admin,
                           route=False)
            if proc.dose_mg:
                self._dose(c, proc, text, s, e, at)
            cands.insert(cands.index(neb) + 1, c)

    @staticmethod
    def _performed(text: str, start: int, at: int, end: int, seg: str, section: str, proc: Procedure) -> bool:
        """Done in this encounter: judged on the clause holding the phrase ("Rapid strep positive; culture
        sent out" codes the strep test, "Flu vaccine declined; Tdap given" does not code the flu vaccine)."""
        low = seg.lower() if proc.kind != "endoscopy" else text.lower()
        if proc.requires_any and not any(w in low for w in proc.requires_any):
            return False
        if proc.requires_any and proc.kind != "endoscopy" and not any(
                not _NEGATED.search(seg, max(0, i - 30), i)
                for w in proc.requires_any if w.strip() for i in _occurrences(low, w)):
            return False  # "he declined cryotherapy today": the method was not used
        if proc.code.startswith("432") and _COLON_WORDS.search(text[:300]):
            return False  # a colonoscopy report's biopsies are not an EGD's
        if _NEGATED.search(text, max(start, at - 30), at) or _NOT_DONE_AFTER.match(text, end):
            return False
        if proc.kind == "vaccine" and _SEROLOGY.search(_clause(seg, at - start, end - start)):
            return False  # "MMR titer drawn today" is a blood test of immunity, not the vaccine
        if proc.kind in _SELF_EVIDENT:
            return True
        clause = _clause(seg, at - start, end - start)
        if _HISTORICAL.search(clause) and not _HERE.search(clause) and not re.search(r"\btoday\b", clause, re.I):
            return False
        if proc.kind != "procedure" and _ELSEWHERE.search(clause) and not _HERE.search(clause):
            return False
        if proc.kind == "imaging" and _ELSEWHERE.search(seg) and not _HERE.search(seg):
            return False  # "X-ray left wrist, 3 views, obtained at the imaging center next door"
        if _PLANNED.search(clause) and not _STRONG_DONE.search(clause):
            return False
        if proc.code in _INSTRUMENTS and _SCORE_AFTER.match(text, end):
            return True  # "GAD-7 down from 14 to 11", "Vanderbilt scores still elevated": scored at this visit
        return section == "procedures" or bool(_DONE.search(seg))

    def _details(self, c: Cand, proc: Procedure, text: str, s: int, e: int, at: int) -> bool:
        """Units, modifiers and code choice from the sentence; False when the service is not billable."""
        seg = text[s:e]
        if proc.dose_mg:
            self._dose(c, proc, text, s, e, at)
        if proc.bilateral_modifier and _BILATERAL.search(seg):
            c.extra["modifiers"] = ["50"]
            c.notes.append("bilateral procedure: modifier 50")
        if proc.code in _JOINT or (proc.bilateral_modifier and "modifiers" not in c.extra):
            near = text[max(s, at - 40): min(e, at + 80)]
            if _BILATERAL.search(seg):
                c.extra["modifiers"] = ["50"]
            else:
                r, l_ = _RIGHT.search(near), _LEFT.search(near)
                side = "RT" if r and (not l_ or r.start() < l_.start()) else "LT" if l_ else None
                if side:
                    c.extra["modifiers"] = [side]
                    c.add_rule("MOD-laterality", f"{side} from the documented side")
        if proc.code == "12001":
            self._repair(c, text, s, e)
        if proc.code in _TIMED:
            mins = [int(x) for x in _MINUTES.findall(text, max(s, at - 40), min(e, at + 120))]
            if not mins or mins[0] < proc.unit_minutes:
                return False
            for lo, code, desc in _TIMED[proc.code]:
                if mins[0] >= lo:
                    c.code, c.description = code, desc
            c.add_rule("PROC-minutes", f"{mins[0]} minutes documented -> {c.code}")
        if proc.code in _INSTRUMENTS:
            if not _INSTRUMENTS[proc.code].search(seg):
                return False  # PHQ-2 and other brief screens are not separately billed
            names = {re.sub(r"\W", "", x.lower()) for x in _INSTRUMENTS[proc.code].findall(text)}
            if "vanderbilt" in names:  # one form per informant
                forms = {f"vanderbilt-{w}" for w in ("parent", "teacher") if re.search(rf"\b{w}\b", text, re.I)}
                if forms:  # "teacher Vanderbilt" is one form, not the name plus the form
                    names = (names - {"vanderbilt"}) | forms
            if len(names) > 1:
                c.extra["units"] = len(names)
                c.notes.append(f"{len(names)} scored instruments: {', '.join(sorted(names))}")
        if proc.code == "87804" and _FLU_AB.search(seg):
            c.extra["units"] = 2
            c.notes.append("influenza A and B antigens: one unit each")
        return True

    @staticmethod
    def _dose(c: Cand, proc: Procedure, text: str, s: int, e: int, at: int) -> None:
        after = [m for m in _DOSE.finditer(text, at, e)]
        before = [m for m in _DOSE.finditer(text, s, at)]
        m = after[0] if after and after[0].start() - at < 60 else before[-1] if before else None
        if m is None:
            return
        v, u = float(m.group(1)), m.group(2).lower()
        mg = v * (1000 if u == "g" else 0.001 if u == "mcg" else 1)
        if proc.code == "J3420":  # B12 is billed per up to 1000 mcg
            mg = v / 1000 if u == "mcg" else mg
        if proc.code == "J1030" and mg >= 80 and mg % 80 == 0:  # the 80 mg vial has its own code
            c.code, c.description = "J1040", "Methylprednisolone acetate injection, 80 mg"
            c.extra["units"] = int(mg // 80)
            c.add_rule("UNITS-dose", f"dose {v:g} {u} / 80 mg per unit")
            c.spans.append((min(at, m.start()), max(m.end(), at)))
            return
        c.extra["units"] = dose_units(mg, proc.dose_mg)
        c.add_rule("UNITS-dose", f"dose {v:g} {u} / {proc.dose_mg:g} mg per unit")
        c.spans.append((min(at, m.start()), max(m.end(), at)))

    @staticmethod
    def _repair(c: Cand, text: str, s: int, e: int) -> None:
        lengths = [float(x) for x in _LENGTH.findall(text[s:e])]
        window = [m for m in re.finditer(r"laceration", text, re.I)]
        site = "face" if any(_FACE.search(text, m.end(), m.end() + 40) for m in window) else "other"
        if not lengths:
            for m in window:
                lengths += [float(x) for x in _LENGTH.findall(text, max(0, m.start() - 30), m.start())]
        size = max(lengths) if lengths else 0.0
        if not lengths:
            c.add_flag("needs-length")
        code = next((cd for limit, cd in _REPAIR[site] if size <= limit), _REPAIR[site][-1][1])
        c.code, c.description = code, _REPAIR_DESC[code]
        c.add_rule("PROC-repair", f"simple repair, {site} group, {size:g} cm -> {code}")

    @staticmethod
    def _lesion_units(cands: list[Cand], text: str) -> None:
        """17000 covers the first premalignant lesion, 17003 each of lesions 2-14; 59 on 17110 beside them."""
        ak = next((c for c in cands if c.code == "17000"), None)
        if ak is None:
            return
        counts = [int(_NUMBER_WORDS.get((a or b).lower(), a or b)) for a, b in _AK_COUNT.findall(text)]
        n = max(counts) if counts else 1
        if n >= 2:
            extra = Cand("CPT", "17003", "Destruction of premalignant lesions 2-14, each", True, list(ak.spans),
                         ak.section, "present", "rule", 1, first_offset=ak.first_offset, sections=set(ak.sections))
            extra.add_rule("PROC-performed", f"{n} premalignant lesions: {min(n, 14) - 1} unit(s) of 17003")
            extra.extra.update(units=min(n, 14) - 1, kind="procedure", significant=True)
            cands.insert(cands.index(ak) + 1, extra)
        for c in cands:
            if c.code == "17110":
                c.extra["modifiers"] = ["59"]
                c.add_rule("MOD-59", "benign lesion destruction at a separate site from the premalignant lesions")

    @staticmethod
    def _with_admin(cands: list[Cand]) -> list[Cand]:
        out = list(cands)
        vaccines = [c for c in cands if c.extra.get("kind") == "vaccine"]
        for i, v in enumerate(vaccines):
            code = "90471" if i == 0 else "90472"
            a = Cand("CPT", code, _ADMIN_DESC[code], True, list(v.spans), v.section, "present", "rule", 1,
                     first_offset=v.first_offset, sections=set(v.sections))
            a.add_rule("PROC-admin", f"administration of {v.code}")
            a.extra.update(significant=True, kind="vaccine-admin")
            out.append(a)
        into_joint = any(c.code in _JOINT for c in cands)
        done: set[str] = set()
        for d in cands:
            code = d.extra.get("admin", "")
            if d.extra.get("kind") != "drug" or not code or into_joint or not d.extra.get("route") or code in done:
                continue
            done.add(code)
            a = Cand("CPT", code, _ADMIN_DESC.get(code, "Drug administration"), True, list(d.spans[:3]),
                     d.section, "present", "rule", 1, first_offset=d.first_offset, sections=set(d.sections))
            a.add_rule("PROC-admin", f"administration of {d.code}")
            a.extra.update(significant=True, kind="injection")
            out.append(a)
        return out


__all__ = ["ProcedureMatcher", "Term"]
