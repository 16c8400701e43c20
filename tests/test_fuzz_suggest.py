"""Property-based tests for the suggestion engine and the code sets.

Evidence offsets index the original text whatever it holds (CRLF, accents, emoji, zero-width and
right-to-left marks, control characters): for every suggestion ``text == note_text[start:end]``.
Code look-ups with any string either find a valid code or raise UnknownCodeError, never another exception.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests import security_figures

MODULE = "fuzz: suggestions and codes"
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

CLINICAL = [
    "Assessment:", "Plan:", "HPI:", "Chief complaint:", "Past medical history:", "Family history:",
    "essential hypertension", "type 2 diabetes mellitus with diabetic chronic kidney disease", "CKD stage 3",
    "denies chest pain", "no fever", "possible pneumonia", "history of breast cancer", "mother had diabetes",
    "acute bronchitis", "COPD with acute exacerbation", "hyperlipidemia", "left knee osteoarthritis",
    "Office visit, established patient, 25 minutes.", "ECG performed.", "influenza vaccine given",
    "major depressive disorder, recurrent, moderate", "atrial fibrillation on apixaban", "HTN", "DM2", "SOB",
]
NOISE = ["\r\n", "\n", "\r", "\t", " ", ". ", ", ", "\u00a0", "\u200b", "\u202e", "\ufeff", "\u00e9", "\u0130",
         "\ufb01", "\u00df", "\U0001f600", "\x00", "\x0c", "~*:^", "-", "/", "(", ")", "\u2028", "ﬀ", "Å", "İ"]
safe_text = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=30)
note_text = st.lists(st.one_of(st.sampled_from(CLINICAL), st.sampled_from(NOISE), safe_text),
                     min_size=1, max_size=25).map("".join)


@pytest.fixture(scope="module", autouse=True)
def _figures(request: pytest.FixtureRequest) -> Iterator[None]:
    yield from security_figures.module_report(request, MODULE)


@lru_cache(maxsize=1)
def _engine() -> Any:
    from medcoder.engine import suggester

    return suggester()


@lru_cache(maxsize=1)
def _codes() -> Any:
    from medcoder.engine import codesets

    return codesets()


@FUZZ
@given(text=note_text, setting=st.sampled_from(["outpatient", "inpatient"]))
def test_suggester_evidence_offsets_match_text(text: str, setting: str) -> None:
    if not text.strip():
        text = "Assessment: " + text
    from suggest.errors import NoteError

    try:
        result = _engine().suggest_json({"id": "fuzz", "text": text, "setting": setting})
    except NoteError as exc:  # mostly-noise text is refused as binary junk: a clear per-note error is correct
        assert exc.code == "binary", exc.code
        return
    security_figures.add(MODULE, "notes suggested")
    for code in result["codes"]:
        security_figures.add(MODULE, "evidence spans checked", len(code.get("evidence", [])))
        for span in code.get("evidence", []):
            assert 0 <= span["start"] <= span["end"] <= len(text), (code["code"], span["start"], span["end"])
            assert text[span["start"]:span["end"]] == span["text"], (code["code"], span["start"], span["end"])


def test_suggester_offsets_known_phrase_behind_crlf_and_emoji() -> None:
    """A fixed case the property must also cover: wide characters and CRLF before the evidence."""
    text = "\ufeff\U0001f600 Chief complaint:\r\nfollow-up\r\n\r\nAssessment:\r\n1. Essential hypertension.\r\n"
    codes = _engine().suggest_json({"id": "fixed", "text": text})["codes"]
    spans = [s for c in codes for s in c.get("evidence", [])]
    assert any(c["code"] == "I10" for c in codes)
    assert spans and all(text[s["start"]:s["end"]] == s["text"] for s in spans)


code_like = st.one_of(
    st.text(max_size=12),
    st.text(alphabet=st.characters(exclude_categories=[]), max_size=8),
    st.from_regex(r"[A-Za-z][0-9]{2}\.?[0-9A-Za-z]{0,4}", fullmatch=True),
    st.from_regex(r"[0-9]{4}[0-9FTU]", fullmatch=True),
    st.from_regex(r"[A-V][0-9]{4}", fullmatch=True),
    st.sampled_from(["", " ", ".", "%", "_", "'", "' OR 1=1 --", "E11.22", "e1122", "i10", "99213", "G0439",
                     "#E11", "E11.", "\x00", "E11.22\n", "\ud800", "É11.9"]),
)


@FUZZ
@given(code=code_like, system=st.sampled_from([None, "ICD-10-CM", "CPT", "HCPCS", "SNOMED", ""]))
@example(code="\ud800", system=None)  # a lone surrogate once reached SQLite and raised UnicodeEncodeError
def test_codesets_normalize_and_lookup_never_raise_anything_else(code: str, system: str | None) -> None:
    from suggest.codesets import UnknownCodeError

    cs = _codes()
    security_figures.add(MODULE, "code strings tried")
    info = cs.lookup(code, system)
    try:
        canonical = cs.normalize(code, system)
    except UnknownCodeError:
        assert info is None
        return
    assert info is not None and info.code == canonical
    again = cs.lookup(canonical, info.system)
    assert again is not None and again.code == canonical  # the canonical spelling round-trips
    assert isinstance(cs.is_billable(canonical, info.system), bool)


@FUZZ
@given(query=st.one_of(st.text(max_size=40), st.text(alphabet=st.characters(exclude_categories=[]), max_size=10),
                       st.sampled_from(["%", "_", "\"", "'", "*", "NEAR(", "AND OR NOT", "diabetes*", "-"])))
def test_codesets_search_any_query(query: str) -> None:
    hits = _codes().search(query, limit=5)
    security_figures.add(MODULE, "search queries tried")
    assert isinstance(hits, list) and len(hits) <= 5
