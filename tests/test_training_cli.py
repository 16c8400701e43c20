"""`medcoder train`, `medcoder models ...` and `medcoder evaluate` end to end on a tiny dataset."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from medcoder.cli.main import app
from medcoder.storage.models import User
from tests.test_training_dataset import add_encounter
from training.synthetic import FakeEngine, make_notes

runner = CliRunner(env={"COLUMNS": "200"})


@pytest.fixture
def stub_engine(monkeypatch: pytest.MonkeyPatch) -> dict:
    """No code sets needed: a code-set version stub and a fake engine over precomputed suggestions."""
    import medcoder.engine

    notes, gold, sugg = make_notes(12, seed=9, prefix="ev")
    monkeypatch.setattr(medcoder.engine, "codesets", lambda: SimpleNamespace(version="cs-test"))
    monkeypatch.setattr(medcoder.engine, "suggester", lambda: FakeEngine(sugg))
    return {"notes": notes, "gold": gold, "sugg": sugg}


def _fill_database(session: Session) -> None:
    coder = User(username="c1", password_hash="x", role="coder")
    session.add(coder)
    session.flush()
    notes, gold, sugg = make_notes(24, seed=8, prefix="db")
    for day, (nid, note) in enumerate(notes.items()):
        words = {c["code"]: c["evidence"][0]["text"] for c in sugg[nid]["codes"] + gold[nid]["codes"]}
        keep = {c["code"] for c in gold[nid]["codes"]}
        add_encounter(session, nid, coder=coder, day=day, text=note["text"],
                      suggested=[(c["code"], words[c["code"]], c["assertion"]) for c in sugg[nid]["codes"]],
                      final=[(c, "accepted" if c in {s["code"] for s in sugg[nid]["codes"]} else "added", words[c])
                             for c in keep])
    session.commit()


def _jsonl(path: Path, records) -> Path:  # noqa: ANN001
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    return path


def test_cli_train_models_evaluate_end_to_end(session: Session, stub_engine: dict, tmp_path: Path) -> None:
    _fill_database(session)
    models = tmp_path / "models"
    result = runner.invoke(app, ["train", "--model-dir", str(models), "--activate", "--split", "time"])
    assert result.exit_code == 0, result.output
    assert "(active)" in result.output and "held-out" in result.output
    v1 = next(p.name for p in models.iterdir() if p.name.startswith("rr-"))

    result = runner.invoke(app, ["models", "list", "--model-dir", str(models)])
    assert result.exit_code == 0 and v1 in result.output
    result = runner.invoke(app, ["models", "show", v1, "--model-dir", str(models)])
    assert result.exit_code == 0 and '"codeset_version": "cs-test"' in result.output
    result = runner.invoke(app, ["models", "show", "rr-nope", "--model-dir", str(models)])
    assert result.exit_code != 0 and "no model version rr-nope" in result.output

    gold = _jsonl(tmp_path / "gold.jsonl", stub_engine["gold"].values())
    before = _jsonl(tmp_path / "before.jsonl", stub_engine["sugg"].values())
    notes = _jsonl(tmp_path / "notes.jsonl", stub_engine["notes"].values())
    png = tmp_path / "rel.png"
    result = runner.invoke(app, ["evaluate", str(gold), str(before), "--reliability", str(png)])
    assert result.exit_code == 0, result.output
    assert "MAP=" in result.output and "category F1" in result.output and "worst notes" in result.output
    assert png.exists()

    result = runner.invoke(app, ["evaluate", str(gold), "--notes", str(notes), "--model", "engine",
                                 "--model", v1, "--json", "--model-dir", str(models)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    engine_f1, model_f1 = (r["score"]["all"]["code"]["f1"] for r in data["runs"])
    assert model_f1 > engine_f1
    assert data["compare"]["delta"]["all"]["f1"] > 0

    result = runner.invoke(app, ["models", "rollback", "--model-dir", str(models)])
    assert result.exit_code == 0 and "engine runs alone" in result.output
    result = runner.invoke(app, ["models", "activate", v1, "--model-dir", str(models), "--auto-accept", "ICD-10-CM"])
    assert result.exit_code == 0 and "auto-accept for ICD-10-CM" in result.output


def test_cli_train_refuses_too_few_decisions(session: Session, stub_engine: dict, tmp_path: Path) -> None:
    result = runner.invoke(app, ["train", "--model-dir", str(tmp_path)])
    assert result.exit_code != 0
    assert "not enough decisions" in result.output


def test_cli_models_activate_refuses_other_codeset(stub_engine: dict, tmp_path: Path) -> None:
    from training import registry
    from training.dataset import simulate_coders
    from training.rerank import CodingModel

    notes, gold, sugg = make_notes(20, seed=2)
    model = CodingModel(heldout=0, use_textclf=False).fit(simulate_coders(notes, gold, sugg))
    version = registry.save(model, tmp_path, codeset_version="cs-old", engine_version="e", data_hash="cd" * 32)
    result = runner.invoke(app, ["models", "activate", version, "--model-dir", str(tmp_path)])
    assert result.exit_code == 3
    assert "trained for code set cs-old" in result.output
    assert registry.active_version(tmp_path) is None
