"""An activated trained model wraps the engine: its version is recorded, and deactivating returns to the engine."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from medcoder.cli.main import app
from tests.conftest import REPO


def _clear() -> None:
    from medcoder import engine
    from medcoder.settings import get_settings

    get_settings.cache_clear()
    engine.suggester.cache_clear()


@pytest.mark.slow
def test_engine_uses_active_model_version(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("MEDCODER_MODEL_DIR", str(tmp_path / "models"))
    split = REPO / "corpora" / "medcoder" / "dev"
    notes = [json.loads(line) for line in (split / "notes.jsonl").read_text().splitlines()][:24]
    gold = [json.loads(line) for line in (split / "gold.jsonl").read_text().splitlines()][:24]
    (tmp_path / "n.jsonl").write_text("\n".join(json.dumps(n) for n in notes))
    (tmp_path / "g.jsonl").write_text("\n".join(json.dumps(g) for g in gold))
    runner = CliRunner()
    trained = runner.invoke(app, ["train", "--notes", str(tmp_path / "n.jsonl"), "--gold", str(tmp_path / "g.jsonl"),
                                  "--activate"])
    assert trained.exit_code == 0, trained.output
    _clear()
    from medcoder.engine import engine_versions, suggester

    model_version, _ = engine_versions()
    assert model_version.startswith("medcoder.rules.v1+")
    result = suggester().suggest_json(notes[0])
    assert result["codes"] and all(0.0 <= c["score"] <= 1.0 for c in result["codes"])
    assert runner.invoke(app, ["models", "deactivate"]).exit_code == 0
    _clear()
    assert engine_versions()[0] == "medcoder.rules.v1"
    _clear()
