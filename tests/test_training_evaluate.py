

def test_em_match_counts_only_notes_with_gold_em() -> None:
    from training.evaluate import em_match

    gold = {"a": [{"system": "CPT", "code": "99214"}, {"system": "ICD-10-CM", "code": "I10"}],
            "b": [{"system": "CPT", "code": "99203"}, {"system": "CPT", "code": "93000"}],
            "c": [{"system": "ICD-10-CM", "code": "J45.909"}]}
    pred = {"a": [{"system": "CPT", "code": "99214"}], "b": [{"system": "CPT", "code": "99204"}],
            "c": [{"system": "CPT", "code": "99213"}]}
    assert em_match(gold, pred) == {"notes": 2, "matched": 1, "exact": 0.5}
