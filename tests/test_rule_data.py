"""Every rule data file loads, rejects unknown keys, and names only real, billable codes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from suggest.errors import RuleDataError
from suggest.ruledata import (
    DATA_FILES,
    Procedure,
    Rule,
    Synonym,
    load_rule_data,
    read_json,
)

SUGGEST = Path(__file__).resolve().parents[1] / "suggest"


def test_rule_data_every_file_loads():
    data = load_rule_data()
    for name in DATA_FILES:
        assert read_json(name)
    assert len(data.synonyms) >= 300
    assert sum(len(s.terms) for s in data.synonyms) >= 1000
    assert data.em.new_time[0] == [15, "99202"]


def test_rule_data_from_dict_rejects_unknown_key():
    with pytest.raises(RuleDataError, match="unknown key"):
        Synonym.from_dict({"code": "I10", "terms": ["htn"], "colour": "red"})
    with pytest.raises(RuleDataError, match="unknown key"):
        Rule.from_dict({"id": "x", "title": "t", "reference": "r", "prams": {}})


def test_rule_data_from_dict_rejects_missing_key_and_bad_system():
    with pytest.raises(RuleDataError):
        Synonym.from_dict({"terms": ["htn"]})
    with pytest.raises(RuleDataError, match="system"):
        Procedure.from_dict({"id": "p", "system": "LOINC", "code": "1", "description": "d", "terms": ["x"]})


def test_rule_data_synonym_codes_are_billable(codeset_cache):
    from suggest.codesets import get_codesets

    cs = get_codesets(cache_dir=codeset_cache)
    bad = [s.code for s in load_rule_data().synonyms if not cs.is_billable(s.code)]
    assert bad == []


def test_rule_data_history_maps_point_to_billable_codes(codeset_cache):
    from suggest.codesets import get_codesets

    cs = get_codesets(cache_dir=codeset_cache)
    rules = load_rule_data().rules
    for rid in ("I.C.21.c.4-family-history", "I.C.21.c.4-personal-history"):
        targets = set(rules[rid].params["map"].values())
        assert [z for z in targets if not cs.is_billable(z)] == []


def test_rule_data_every_cited_rule_id_exists():
    ids = set(load_rule_data().rules)
    cited = set()
    for py in SUGGEST.glob("*.py"):
        cited |= set(re.findall(r'"((?:I|II|IV)\.[A-Za-z0-9.\-]+|EM-\w+|PROC-\w+|MOD-25|UNITS-\w+|match-term)"',
                                py.read_text()))
    assert cited, "no rule ids found in the engine source"
    assert sorted(cited - ids) == []


def test_rule_data_procedure_codes_look_like_cpt_or_hcpcs():
    for p in load_rule_data().procedures:
        assert re.fullmatch(r"\d{5}|[A-Z]\d{4}", p.code), p.id
        assert p.terms and p.description
