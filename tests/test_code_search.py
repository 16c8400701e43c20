"""Code search: code prefixes, words in any order, word forms, ranking and speed."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from suggest.codesets import CPT, HCPCS, ICD10CM, CodeSets, get_codesets
from suggest.codesets.search import expand, fts_query

TEST_CACHE = Path.home() / ".cache" / "medcoder" / "test-codesets"


@pytest.fixture(scope="module")
def cs() -> CodeSets:
    return get_codesets(TEST_CACHE)


def codes(hits) -> list[str]:
    return [h.code for h in hits]


def test_search_diabetes_ckd_phrase_top3(cs: CodeSets) -> None:
    assert "E11.22" in codes(cs.search("type 2 diabetes with chronic kidney disease"))[:3]


def test_search_words_in_any_order(cs: CodeSets) -> None:
    assert "E11.22" in codes(cs.search("diabetes kidney type 2"))[:3]
    assert "E11.22" in codes(cs.search("chronic kidney disease type 2 diabetes"))[:3]


def test_search_word_forms_match(cs: CodeSets) -> None:
    assert "E11.22" in codes(cs.search("diabetic kidneys type 2 chronic"))[:5]
    assert "E11.22" in codes(cs.search("diab kidn type 2 chron"))[:5]  # partial words while typing


def test_search_code_prefix_lists_code_then_children(cs: CodeSets) -> None:
    hits = cs.search("E11.6")
    assert hits[0].code == "E11.6" and not hits[0].billable
    assert {"E11.65", "E11.649", "E11.69"} <= set(codes(hits))
    assert codes(cs.search("e116"))[:3] == codes(hits)[:3]


def test_search_cpt_and_hcpcs_codes(cs: CodeSets) -> None:
    assert codes(cs.search("99213"))[0] == "99213"
    assert codes(cs.search("j1030"))[0] == "J1030"
    assert set(codes(cs.search("9921", systems=[CPT]))) >= {"99212", "99213", "99214", "99215"}


def test_search_exact_inclusion_term_first(cs: CodeSets) -> None:
    assert codes(cs.search("hypertension"))[0] == "I10"
    assert codes(cs.search("high blood pressure"))[0] == "I10"


def test_search_prefers_billable_general_code(cs: CodeSets) -> None:
    assert codes(cs.search("pneumonia"))[0] == "J18.9"
    assert codes(cs.search("chest pain"))[0] == "R07.9"


def test_search_abbreviations_expand(cs: CodeSets) -> None:
    assert codes(cs.search("uti"))[0] == "N39.0"
    assert codes(cs.search("htn"))[0] == "I10"
    assert expand("T2DM with CKD") == "type 2 diabetes mellitus with chronic kidney disease"


def test_search_organism_adjective_finds_organism_titles(cs: CodeSets) -> None:
    # A coder types "pneumococcal"; the tabular says "due to Streptococcus pneumoniae".
    assert codes(cs.search("pneumococcal pneumonia"))[0] == "J13"
    assert codes(cs.search("pneumococcal meningitis"))[0] == "G00.1"
    assert codes(cs.search("mrsa pneumonia"))[0] == "J15.212"


def test_search_shared_root_is_not_a_word_match(cs: CodeSets) -> None:
    # "pneumococcal" must not count as a match for "pneumonia" (only "pneum" in common).
    top = codes(cs.search("pneumococcal pneumonia", limit=3))
    assert "J18.9" not in top
    assert "E11.22" in codes(cs.search("diabetic kidneys type 2 chronic"))[:5]


def test_search_marks_billable(cs: CodeSets) -> None:
    hits = {h.code: h for h in cs.search("type 2 diabetes kidney", limit=10)}
    assert hits["E11.2"].billable is False
    assert hits["E11.22"].billable is True


def test_search_billable_only_and_systems_filter(cs: CodeSets) -> None:
    assert all(h.billable for h in cs.search("diabetes", billable_only=True))
    assert {h.system for h in cs.search("vaccine", systems=[CPT, HCPCS], limit=30)} <= {CPT, HCPCS}
    assert {h.system for h in cs.search("influenza", systems=[ICD10CM])} == {ICD10CM}


def test_search_seventh_character_variants_do_not_flood(cs: CodeSets) -> None:
    top = codes(cs.search("fracture patella right initial", limit=6))
    assert "S82.001A" in top[:2]
    stems = [c[:7] for c in top]
    assert max(stems.count(s) for s in stems) <= 3


def test_search_accents_and_empty_queries(cs: CodeSets) -> None:
    assert codes(cs.search("Brown-Sequard"))[0] == "G83.81"
    assert cs.search("") == [] and cs.search("   ") == [] and cs.search("diabetes", limit=0) == []


def test_search_falls_back_to_any_word(cs: CodeSets) -> None:
    hits = cs.search("diabetes zzzqqq")
    assert hits and any("diabetes" in h.title.lower() for h in hits)


def test_search_respects_limit_and_orders_by_score(cs: CodeSets) -> None:
    hits = cs.search("disease", limit=7)
    assert len(hits) == 7
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_fts_query_prefix_only_for_unknown_words() -> None:
    assert fts_query(["kidney", "diab", "2"], known={"kidney"}) == '"kidney" AND "diab"* AND "2"'


def test_search_answers_varied_queries(cs: CodeSets) -> None:
    """Code prefixes, words and scrambled title fragments all find codes (speed: benchmarks/code_search.py)."""
    rng = random.Random(3)
    titles = [c.title for c, _ in zip(cs.codes(ICD10CM), range(30000), strict=False)][::97]
    for prefix in ("E11", "S82.0", "9921", "J10"):
        found = codes(cs.search(prefix, limit=5))
        assert found and all(c.replace(".", "").startswith(prefix.replace(".", "")) for c in found), prefix
    for t in titles[:200]:
        ws = t.lower().replace(",", "").split()
        query = " ".join(rng.sample(ws, min(3, len(ws))))
        assert cs.search(query), query


def test_search_from_many_threads(cs: CodeSets) -> None:
    from concurrent.futures import ThreadPoolExecutor

    queries = ["E11.2", "pneumonia", "chest pain", "99213", "type 2 diabetes with chronic kidney disease"] * 8
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda q: codes(cs.search(q, limit=3)), queries))
    assert results[:5] == [codes(cs.search(q, limit=3)) for q in queries[:5]]
    assert results[-1][0] == "E11.22"
