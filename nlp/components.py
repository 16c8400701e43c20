"""spaCy components `medcoder_sections`, `medcoder_units`, `medcoder_context`.

Each wraps one pure engine (sections.py, units.py, context.py) that works on character offsets of the raw
text; `analyze()` calls the engines directly (no tokenisation needed), and these components let the same logic
run inside a spaCy pipeline, e.g. for inspection with displaCy or when another component needs sentences.
"""

from spacy.language import Language
from spacy.tokens import Doc

from .context import ConTextEngine, load_context_rules
from .extensions import TARGET_GROUP, register_extensions
from .model import Document
from .sections import Sectionizer, load_section_rules
from .units import split_units


@Language.factory(
    "medcoder_sections",
    default_config={"rules": "section_patterns.json"},
    assigns=["doc._.medcoder_sections"],
)
class SectionsComponent:
    """Sets `doc._.medcoder_sections` (list[Section])."""

    def __init__(self, nlp: Language, name: str, rules: str) -> None:
        register_extensions()
        self.engine = Sectionizer(load_section_rules(rules))

    def __call__(self, doc: Doc) -> Doc:
        doc._.medcoder_sections = self.engine(doc.text)
        return doc


@Language.factory("medcoder_units", assigns=["doc._.medcoder_units", "token.is_sent_start"])
class UnitsComponent:
    """Sets `doc._.medcoder_units` (list[Unit]) and sentence starts at unit boundaries."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        units = split_units(doc.text, doc._.medcoder_sections or [])
        doc._.medcoder_units = units
        starts = {u.start for u in units}
        for i, token in enumerate(doc):
            token.is_sent_start = i == 0 or token.idx in starts
        return doc


@Language.factory(
    "medcoder_context",
    default_config={"rules": "context_rules.json"},
    assigns=["doc._.medcoder_modifiers", "span._.medcoder_assertion", "span._.medcoder_cues", "span._.medcoder_is_pmh"],
)
class ContextComponent:
    """Asserts the spans in `doc.spans["medcoder_targets"]` (or `doc.ents` when that group is absent)."""

    def __init__(self, nlp: Language, name: str, rules: str) -> None:
        register_extensions()
        self.engine = ConTextEngine(load_context_rules(rules))

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        mods = self.engine.modifiers(text)
        doc._.medcoder_modifiers = mods
        view = Document(text, doc._.medcoder_sections or [], doc._.medcoder_units or [])
        spans = doc.spans.get(TARGET_GROUP, doc.ents)
        for span in spans:
            unit = view.unit_at(span.start_char)
            section = view.section_at(span.start_char)
            judged = self.engine.judge(
                text, mods, unit, span.start_char, span.end_char, section.name if section else "unknown"
            )
            span._.medcoder_assertion = judged.assertion
            span._.medcoder_cues = judged.cues
            span._.medcoder_is_pmh = judged.is_pmh
        return doc
