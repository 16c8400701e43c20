"""Custom spaCy attributes used by the medcoder_* components, declared once here."""

from __future__ import annotations

from spacy.tokens import Doc, Span

DOC_ATTRS = {"medcoder_sections": None, "medcoder_units": None, "medcoder_modifiers": None}
SPAN_ATTRS = {"medcoder_assertion": None, "medcoder_cues": None, "medcoder_is_pmh": False}
TARGET_GROUP = "medcoder_targets"


def register_extensions() -> None:
    """Declare the attributes (idempotent, so every component can call it)."""
    for name, default in DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_ATTRS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
