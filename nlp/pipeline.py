"""`load_pipeline()` and `analyze()`: the entry points other packages call.

Decision: `analyze()` runs the three engines directly on the raw text instead of through a spaCy `Doc`.
spaCy's tokenizer alone costs ~4.5 ms on a 400-word note (about 220 notes/s), which would miss the 300 notes/s
budget before any rule runs, and none of our rules need tokens. The same engines are registered as spaCy
components (`components.py`); `load_spacy_pipeline()` assembles them on `spacy.blank("en")` for anyone who
wants a `Doc`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from .abbreviations import AbbreviationExpander, Expansion, load_abbreviations
from .context import ConTextEngine, Modifier, load_context_rules
from .model import Assertion, Document, Mention, Section, Unit
from .sections import Sectionizer, load_section_rules
from .units import split_units

Target = tuple[int, int, str]


@dataclass(frozen=True)
class Pipeline:
    """The loaded rule engines; immutable and shareable between threads."""

    sectionizer: Sectionizer
    context: ConTextEngine
    abbreviations: AbbreviationExpander


@cache
def load_pipeline() -> Pipeline:
    """Load all rule data once per process (about 0.1 s; imports no spaCy)."""
    return Pipeline(
        sectionizer=Sectionizer(load_section_rules()),
        context=ConTextEngine(load_context_rules()),
        abbreviations=AbbreviationExpander(load_abbreviations()),
    )


def load_spacy_pipeline() -> Any:
    """A blank-English spaCy pipeline built from `nlp/pipeline.cfg` with the medcoder_* components.

    Put targets in `doc.spans["medcoder_targets"]` (or `doc.ents`) between `nlp.make_doc` and the components.
    """
    from importlib import resources

    import spacy

    from . import components  # noqa: F401  (registers the factories)

    config = spacy.util.load_config_from_str(resources.files("nlp").joinpath("pipeline.cfg").read_text("utf-8"))
    return spacy.util.load_model_from_config(config, auto_fill=True, validate=True)


def _clean_text(text: Any) -> str:
    if isinstance(text, bytes | bytearray):
        return bytes(text).decode("utf-8", errors="replace")
    if text is None:
        return ""
    if not isinstance(text, str):
        raise TypeError(f"analyze() needs str text, got {type(text).__name__}")
    return text


@lru_cache(maxsize=8)
def _structure(pipe: Pipeline, text: str) -> tuple[tuple[Section, ...], tuple[Unit, ...]]:
    """Sections and units, cached because callers often analyze the same note twice (units, then targets)."""
    sections = pipe.sectionizer(text)
    return tuple(sections), tuple(split_units(text, sections))


@lru_cache(maxsize=8)
def _cues(pipe: Pipeline, text: str) -> tuple[Modifier, ...]:
    return tuple(pipe.context.modifiers(text))


def analyze(text: str, targets: Sequence[Target] | None = None, pipeline: Pipeline | None = None) -> Document:
    """Sections, units and the context of each target span; one `Mention` per target, in target order.

    Targets outside the text are clamped to it (so `mention.text == text[start:end]` always holds).
    """
    text = _clean_text(text)
    pipe = pipeline or load_pipeline()
    if not text.strip():
        sections, units, mods = [], [], []
    else:
        sections, units = (list(x) for x in _structure(pipe, text))
        mods = _cues(pipe, text) if targets else []
    doc = Document(text=text, sections=sections, units=units)
    if not targets:
        return doc
    n = len(text)
    unit_starts = [u.start for u in units]
    sec_starts = [s.start for s in sections]
    mod_starts = [m.start for m in mods]
    for target in targets:
        start, end, label = int(target[0]), int(target[1]), str(target[2])
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        ui = bisect_right(unit_starts, start) - 1 if units else -1
        if units and ui < 0:
            ui = 0
        si = bisect_right(sec_starts, start) - 1
        section = sections[si].name if si >= 0 and start < sections[si].end else "unknown"
        if not text.strip():
            doc.mentions.append(Mention(start, end, label, text[start:end], section, ui, Assertion.PRESENT, []))
            continue
        judged = pipe.context.judge(text, mods, units[ui] if ui >= 0 else None, start, end, section, mod_starts)
        doc.mentions.append(
            Mention(
                start,
                end,
                label,
                text[start:end],
                section,
                ui,
                judged.assertion,
                judged.cues,
                judged.is_pmh,
            )
        )
    return doc


def expand_abbreviations(text: str, pipeline: Pipeline | None = None) -> list[Expansion]:
    """Abbreviations in `text` that are safe to expand here, with offsets into `text`."""
    text = _clean_text(text)
    pipe = pipeline or load_pipeline()
    return pipe.abbreviations(text, pipe.sectionizer(text))
