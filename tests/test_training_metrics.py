"""training.metrics agrees with ../shared/eval/score.py; evaluation extras (rules, bands, compare, ECE)."""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

from tests.conftest import shared_path
from training.calibration import expected_calibration_error, reliability_png
from training.evaluate import by_band, compare, evaluate, per_rule
from training.metrics import load_codes, score


def _sample(seed: int = 3) -> tuple[list[dict], list[dict]]:
    rnd = random.Random(seed)
    codes = ["I10", "E11.22", "N18.31", "Z79.4", "J45.909", "99214", "G0439", "M25.561", "M25.562"]
    gold, pred = [], []
    for i in range(30):
        g = [{"system": "CPT" if c[0].isdigit() else "HCPCS" if c[0] == "G" else "ICD-10-CM", "code": c,
              "evidence": [{"start": 10 * j, "end": 10 * j + 5}], "rationale": f"R{j:02d}: why"}
             for j, c in enumerate(rnd.sample(codes, 3))]
        p = [{**c, "score": rnd.random(), "evidence": [{"start": c["evidence"][0]["start"] + rnd.choice([0, 7]),
                                                        "end": c["evidence"][0]["end"] + 7}]}
             for c in g if rnd.random() < 0.7]
        p += [{"system": "ICD-10-CM", "code": rnd.choice(codes), "score": rnd.random(), "evidence": []}]
        gold.append({"id": f"n{i}", "codes": g})
        pred.append({"id": f"n{i}", "codes": p})
    return gold, pred


def test_metrics_agree_with_shared_score_py(tmp_path: Path) -> None:
    path = shared_path("eval", "score.py")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    gold, pred = _sample()
    for name, recs in (("gold", gold), ("pred", pred)):
        (tmp_path / f"{name}.jsonl").write_text("\n".join(json.dumps(r) for r in recs))
    expected = shared.score(shared.load(str(tmp_path / "gold.jsonl")), shared.load(str(tmp_path / "pred.jsonl")), None)
    assert score(load_codes(gold), load_codes(pred)) == expected
    assert score(load_codes(gold), load_codes(pred), "CPT") == shared.score(
        shared.load(str(tmp_path / "gold.jsonl")), shared.load(str(tmp_path / "pred.jsonl")), "CPT")


def test_evaluate_per_rule_recall_and_worst_notes() -> None:
    gold = load_codes([{"id": "a", "codes": [{"code": "I10", "rationale": "R20: chronic"},
                                              {"code": "E11.22", "rationale": "R09: combination"}]},
                       {"id": "b", "codes": [{"code": "I10", "rationale": "R20: chronic"}]}])
    pred = load_codes([{"id": "a", "codes": [{"code": "I10", "score": 0.9}, {"code": "J45.909", "score": 0.4}]},
                       {"id": "b", "codes": []}])
    rules = per_rule(gold, pred)
    assert rules["R20"] == {"gold": 2, "found": 1, "recall": 0.5}
    assert rules["R09"]["recall"] == 0.0
    report = evaluate(gold, pred)
    assert report["worst"][0]["id"] == "b"
    assert report["worst"][1]["missed"] == ["ICD-10-CM:E1122"]


def test_evaluate_bands_by_reference_frequency() -> None:
    ref = load_codes([{"id": f"r{i}", "codes": [{"code": "I10"}] + ([{"code": "E78.5"}] if i < 4 else [])}
                      for i in range(12)])
    gold = load_codes([{"id": "a", "codes": [{"code": "I10"}, {"code": "E78.5"}, {"code": "Q87.1"}]}])
    pred = load_codes([{"id": "a", "codes": [{"code": "I10"}, {"code": "Q87.1"}]}])
    bands = by_band(gold, pred, ref)
    assert bands["frequent"]["recall"] == 1.0 and bands["medium"]["recall"] == 0.0 and bands["rare"]["f1"] == 1.0


def test_compare_reports_deltas_and_note_counts() -> None:
    gold, pred = _sample()
    g = load_codes(gold)
    before = load_codes(pred)
    after = {nid: [c for c in codes if (c["system"], c["code"]) in {(x["system"], x["code"]) for x in g[nid]}]
             for nid, codes in before.items()}
    c = compare(g, before, after)
    assert c["delta"]["all"]["precision"] > 0
    assert c["notes_worse"] == 0 and c["notes_better"] + c["notes_same"] == len(g)


def test_calibration_ece_and_reliability_png(tmp_path: Path) -> None:
    assert expected_calibration_error([0.9] * 10, [1] * 9 + [0]) == 0.0
    assert expected_calibration_error([0.9] * 10, [1] * 5 + [0] * 5) == 0.4
    png = reliability_png({"engine": ([0.9] * 10, [1] * 5 + [0] * 5)}, tmp_path / "r.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
