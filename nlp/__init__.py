"""Clinical text processing: sections, sentence/list-item units, assertion context, abbreviations.

Pure rules over the raw text (no models, no I/O besides packaged data); every offset points into the original
note text.
"""

from .abbreviations import Expansion
from .model import Assertion, Document, Mention, Section, Unit
from .pipeline import Pipeline, analyze, expand_abbreviations, load_pipeline, load_spacy_pipeline
from .tokens import normalize_tokens

__all__ = [
    "Assertion",
    "Document",
    "Expansion",
    "Mention",
    "Pipeline",
    "Section",
    "Unit",
    "analyze",
    "expand_abbreviations",
    "load_pipeline",
    "load_spacy_pipeline",
    "normalize_tokens",
]
