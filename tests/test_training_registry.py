"""Model registry: versions, activation and rollback; refusing models that do not fit or are not trusted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from training import registry
from training.dataset import simulate_coders
from training.registry import ModelLoadError
from training.rerank import CodingModel
from training.synthetic import make_notes


@pytest.fixture(scope="module")
def model() -> CodingModel:
    notes, gold, sugg = make_notes(30, seed=5)
    return CodingModel(heldout=0, use_textclf=False).fit(simulate_coders(notes, gold, sugg))


def _save(model: CodingModel, model_dir: Path, hash_: str = "ab" * 32, **kw) -> str:
    return registry.save(model, model_dir, codeset_version="cs-2026", engine_version="e1", data_hash=hash_, **kw)


def test_registry_save_load_round_trip_records_metadata(model: CodingModel, tmp_path: Path) -> None:
    version = _save(model, tmp_path, activate=True)
    meta = registry.metadata(tmp_path, version)
    assert meta["codeset_version"] == "cs-2026" and meta["training_data_hash"] == "ab" * 32
    assert meta["features"] and meta["created_at"] and len(meta["sha256"]) == 64
    loaded = registry.load_active(tmp_path, "cs-2026")
    assert loaded.version == version
    note = {"id": "x", "text": "Assessment: asthma, continue current plan."}
    sugg = [{"system": "ICD-10-CM", "code": "J45.909", "score": 0.7, "assertion": "present",
             "evidence": [{"start": 12, "end": 18, "text": "asthma"}], "rule_ids": ["match-term"]}]
    assert loaded.rescore_dicts(note, sugg) == model.rescore_dicts(note, sugg)


def test_registry_refuses_mismatched_codeset_version(model: CodingModel, tmp_path: Path) -> None:
    _save(model, tmp_path, activate=True)
    with pytest.raises(ModelLoadError, match="code set cs-2026.*cs-2027 is loaded"):
        registry.load_active(tmp_path, "cs-2027")


def test_registry_refuses_unknown_features(model: CodingModel, tmp_path: Path) -> None:
    version = _save(model, tmp_path)
    meta_path = tmp_path / version / "metadata.json"
    meta = json.loads(meta_path.read_text())
    meta["features"].append("sentence_embeddings")
    meta_path.write_text(json.dumps(meta))
    with pytest.raises(ModelLoadError, match="sentence_embeddings"):
        registry.load_version(tmp_path, version, "cs-2026")


def test_registry_refuses_path_outside_model_dir_unless_trusted(model: CodingModel, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    version = _save(model, elsewhere)
    with pytest.raises(ModelLoadError, match="outside the model directory"):
        registry.load(elsewhere / version, model_dir=tmp_path / "models", codeset_version="cs-2026")
    assert registry.load(elsewhere / version, model_dir=tmp_path / "models", codeset_version="cs-2026",
                         trust_path=True).version == version


def test_registry_refuses_a_modified_model_file(model: CodingModel, tmp_path: Path) -> None:
    version = _save(model, tmp_path)
    with (tmp_path / version / "model.joblib").open("ab") as f:
        f.write(b"\0")
    with pytest.raises(ModelLoadError, match="sha256"):
        registry.load_version(tmp_path, version, "cs-2026")


def test_registry_activate_and_rollback(model: CodingModel, tmp_path: Path) -> None:
    assert registry.load_active(tmp_path, "cs-2026") is None
    v1 = _save(model, tmp_path, "11" * 32, activate=True)
    v2 = _save(model, tmp_path, "22" * 32)
    registry.activate_version(tmp_path, v2, auto_accept=["ICD-10-CM"])
    assert [m["version"] for m in registry.list_versions(tmp_path) if m["active"]] == [v2]
    assert registry.load_active(tmp_path, "cs-2026").auto_accept_systems == ["ICD-10-CM"]
    assert registry.rollback(tmp_path) == v1
    assert registry.active_version(tmp_path) == v1
    assert registry.rollback(tmp_path) is None
    with pytest.raises(Exception, match="no model version"):
        registry.activate_version(tmp_path, "../etc")
