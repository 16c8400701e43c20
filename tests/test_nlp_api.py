"""The public analyze() contract: plain picklable results, target order, offsets, and bad input."""

from __future__ import annotations

import json
import pickle
import time
from pathlib import Path

import pytest

from nlp import Assertion, Document, analyze, load_pipeline, normalize_tokens

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NOTE = (
    "CHIEF COMPLAINT\nShortness of breath.\n\nHPI: 71 yo F with CHF and COPD, denies chest pain.\n"
    "ASSESSMENT AND PLAN\n1. Acute on chronic HFrEF - diurese.\n2. Possible pneumonia, r/o PE.\n"
)


def _targets(text: str, *phrases: str) -> list[tuple[int, int, str]]:
    return [(text.index(p), text.index(p) + len(p), "term") for p in phrases]


def test_api_mentions_follow_target_order_and_offsets() -> None:
    targets = _targets(NOTE, "pneumonia", "chest pain", "CHF", "HFrEF")
    doc = analyze(NOTE, targets)
    assert [(m.start, m.end, m.label) for m in doc.mentions] == targets
    assert all(m.text == NOTE[m.start : m.end] for m in doc.mentions)
    assert [m.assertion for m in doc.mentions] == [
        Assertion.UNCERTAIN,
        Assertion.NEGATED,
        Assertion.PRESENT,
        Assertion.PRESENT,
    ]
    hfref = doc.mentions[3]
    assert hfref.section == "assessment_plan"
    assert doc.units[hfref.unit_index].item_number == 1


def test_api_document_is_picklable_plain_data() -> None:
    doc = analyze(NOTE, _targets(NOTE, "COPD"))
    clone = pickle.loads(pickle.dumps(doc))
    assert clone == doc
    assert clone.mentions[0].assertion == "present"


def test_api_pipeline_is_loaded_once() -> None:
    assert load_pipeline() is load_pipeline()  # load time: benchmarks/nlp_throughput.py


@pytest.mark.parametrize("text", ["", "   \n\t\n", "\x00\x01\x02\xff\ufffd" * 50, "....\n\n----\n####"])
def test_api_degenerate_input_does_not_crash(text: str) -> None:
    doc = analyze(text, [(0, 3, "x")])
    assert isinstance(doc, Document)
    assert len(doc.mentions) == 1
    assert doc.mentions[0].text == text[doc.mentions[0].start : doc.mentions[0].end]


def test_api_binary_bytes_are_decoded() -> None:
    doc = analyze(bytes(range(256)) * 4, [(10, 20, "x")])
    assert isinstance(doc.text, str) and len(doc.mentions) == 1


def test_api_targets_outside_text_are_clamped() -> None:
    doc = analyze("Denies fever.", [(7, 12, "a"), (-5, 3, "b"), (10, 999, "c"), (8, 2, "d")])
    assert [(m.start, m.end) for m in doc.mentions] == [(7, 12), (0, 3), (10, 13), (8, 8)]
    assert doc.mentions[0].assertion == Assertion.NEGATED


def test_api_one_megabyte_note() -> None:
    text = (NOTE * (1_000_000 // len(NOTE) + 1))[:1_000_000]
    start = time.perf_counter()
    doc = analyze(text, [(i, i + 5, "x") for i in range(0, 1_000_000, 10_000)])
    assert time.perf_counter() - start < 30  # generous: shared CI machines; guards against quadratic blow-ups
    assert len(doc.mentions) == 100 and doc.units


def test_api_normalize_tokens() -> None:
    got = normalize_tokens("Kidneys, diabetes; arteries' stenoses & Crohn's CKD-3a")
    assert [t for t, _, _ in got] == ["kidney", "diabetes", "artery", "stenosis", "crohn", "ckd", "3a"]
    text = "Chronic  Kidney-Disease"
    assert [text[s:e] for _, s, e in normalize_tokens(text)] == ["Chronic", "Kidney", "Disease"]


def test_api_spacy_components_agree_with_analyze() -> None:
    from nlp import load_spacy_pipeline

    nlp = load_spacy_pipeline()
    doc = nlp.make_doc(NOTE)
    span = doc.char_span(NOTE.index("chest pain"), NOTE.index("chest pain") + 10)
    doc.spans["medcoder_targets"] = [span]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert span._.medcoder_assertion == Assertion.NEGATED
    assert [s.name for s in doc._.medcoder_sections] == ["chief_complaint", "hpi", "assessment_plan"]
    assert sum(1 for _ in doc.sents) == len(doc._.medcoder_units)


@pytest.mark.skipif(not (SHARED / "corpora").exists(), reason="shared corpora not present")
def test_api_real_notes_keep_offsets() -> None:
    path = SHARED / "corpora" / "aci-bench" / "train-notes.jsonl"
    if not path.exists():
        pytest.skip("aci-bench notes not present")
    notes = [json.loads(line)["text"] for line in path.open(encoding="utf-8")][:20]
    for text in notes:
        doc = analyze(text, [(0, 5, "x"), (len(text) // 2, len(text) // 2 + 5, "y")])
        assert doc.sections, "real visit notes have headings"
        for unit in doc.units:
            assert 0 <= unit.start < unit.end <= len(text)
        assert all(m.text == text[m.start : m.end] for m in doc.mentions)
