"""Small builders for the held-out TEST split notes.

Each note module lists ``note(meta, text, *items)`` calls (codes and ``N`` not-coded phrases). The meta string keeps the
note header compact and readable: ``specialty|out|2026-01-12|pos|new/est|M72|payer[|min=35]``
(``out``/``in`` = setting, ``M72`` = sex and age on the date of service, payer one of
``mcr`` Medicare, ``mcd`` Medicaid, ``com`` commercial; optional ``min=`` total minutes and
``dob=`` an exact birth date for newborns). Evidence is given as phrases, not
offsets: the generator finds them in the text, so offsets can never drift when a note is edited.
Every rationale starts with a rule id from ``corpora/rules.py`` (``"R08: ..."``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

Phrase = str | tuple[str, int]  # a phrase, or (phrase, 0-based occurrence) when it repeats


@dataclass(frozen=True)
class CodeSpec:
    """One gold code with the phrases that justify it."""

    system: str
    code: str
    phrases: tuple[Phrase, ...]
    rationale: str
    modifiers: tuple[str, ...] = ()
    units: int | None = None


@dataclass(frozen=True)
class NotCoded:
    """A phrase a coder deliberately leaves out (negation, hypothetical, uncertain...)."""

    phrase: Phrase
    rule: str
    reason: str


@dataclass(frozen=True)
class NoteSpec:
    """One note: header fields parsed from the meta string, text and gold codes."""

    specialty: str
    setting: str
    date: str
    pos: str
    new_patient: bool
    sex: str
    age: int
    payer: str
    minutes: int | None
    text: str
    birth_date: str | None
    codes: tuple[CodeSpec, ...] = field(default_factory=tuple)
    not_coded: tuple[NotCoded, ...] = field(default_factory=tuple)


def _phrases(ev: Phrase | list[Phrase]) -> tuple[Phrase, ...]:
    return tuple(ev) if isinstance(ev, list) else (ev,)


def D(code: str, ev: Phrase | list[Phrase], why: str) -> CodeSpec:  # noqa: N802
    """An ICD-10-CM diagnosis code."""
    return CodeSpec("ICD-10-CM", code, _phrases(ev), why)


def P(code: str, ev: Phrase | list[Phrase], why: str, mods: str = "", units: int | None = None) -> CodeSpec:  # noqa: N802
    """A CPT code; ``mods`` is a space-separated modifier list."""
    return CodeSpec("CPT", code, _phrases(ev), why, tuple(mods.split()), units)


def H(code: str, ev: Phrase | list[Phrase], why: str, units: int | None = None) -> CodeSpec:  # noqa: N802
    """A HCPCS Level II code (drug supply, Medicare vaccine administration)."""
    return CodeSpec("HCPCS", code, _phrases(ev), why, (), units)


def N(ev: Phrase, rule: str, reason: str) -> NotCoded:  # noqa: N802
    """A phrase kept out of the gold, with the rule id that kept it out."""
    return NotCoded(ev, rule, reason)


def note(meta: str, text: str, *items: CodeSpec | NotCoded) -> NoteSpec:
    """Parse the compact meta header; strip the text's leading newline and indentation."""
    parts = meta.split("|")
    specialty, setting, date, pos, kind, sexage, payer = parts[:7]
    minutes, dob = None, None
    for extra in parts[7:]:
        key, _, val = extra.partition("=")
        if key == "min":
            minutes = int(val)
        elif key == "dob":
            dob = val
    body = "\n".join(line.rstrip() for line in text.strip("\n").splitlines()).strip() + "\n"
    return NoteSpec(
        specialty=specialty,
        setting={"out": "outpatient", "in": "inpatient"}[setting],
        date=date,
        pos=pos,
        new_patient=kind == "new",
        sex=sexage[0],
        age=int(sexage[1:]),
        payer=payer,
        minutes=minutes,
        text=body,
        birth_date=dob,
        codes=tuple(i for i in items if isinstance(i, CodeSpec)),
        not_coded=tuple(i for i in items if isinstance(i, NotCoded)),
    )
