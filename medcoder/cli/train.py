"""``medcoder train``: learn from coders' decisions (or a gold file) and write a versioned model."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from medcoder.cli.common import console, handle_errors
from medcoder.errors import ValidationError
from medcoder.settings import get_settings


def train_model(*, notes: Path | None, gold: Path | None, all_mentions: bool, since: str | None, split: str,
                learner: str, model_dir: Path, activate: bool) -> tuple[str, dict]:
    """Build the dataset, fit, save; returns (version, metadata metrics). Plain function for tests/scripts."""
    from medcoder.engine import codesets
    from suggest import ENGINE_VERSION
    from training import registry
    from training.rerank import CodingModel

    if (notes is None) != (gold is None):
        raise ValidationError("give both --notes and --gold, or neither (then decisions come from the database)")
    if notes is not None:
        from medcoder.engine import suggester
        from training.dataset import load_gold_dataset

        ds = load_gold_dataset(str(notes), str(gold), suggester(), all_mentions=all_mentions)
    else:
        from medcoder.storage.db import session_scope
        from training.db_dataset import from_database

        with session_scope() as session:
            ds = from_database(session, since=since)
    positives = sum(lab.label for lab in ds.labels)
    if len(ds.notes) < 5 or positives == 0 or positives == len(ds.labels):
        raise ValidationError(f"not enough decisions to train: {len(ds.notes)} finished encounters, "
                              f"{positives} kept and {len(ds.labels) - positives} rejected codes (need 5+ "
                              "encounters with both)")
    model = CodingModel(learner=learner, split=split).fit(ds)
    version = registry.save(model, model_dir, codeset_version=codesets().version, engine_version=ENGINE_VERSION,
                            data_hash=ds.content_hash(), data_counts=ds.counts(), activate=activate)
    return version, model.metrics


def train(
    notes: Path = typer.Option(None, "--notes", exists=True, dir_okay=False,
                               help="Notes (JSON Lines) to train from a gold file instead of the database."),
    gold: Path = typer.Option(None, "--gold", exists=True, dir_okay=False,
                              help="Gold codes for --notes (suggestion format); coders are simulated from it."),
    all_mentions: bool = typer.Option(False, "--all-mentions",
                                      help="Train on every mentioned condition (abstracting benchmarks)."),
    since: str = typer.Option(None, "--since", help="Only encounters finalized on or after this date (YYYY-MM-DD)."),
    split: str = typer.Option("encounter", "--split", help="Held-out 20% for thresholds: 'encounter' or 'time'."),
    learner: str = typer.Option("logreg", "--learner", help="'logreg' (default) or 'hgb' (gradient boosting)."),
    model_dir: Path = typer.Option(None, "--model-dir", help="Defaults to MEDCODER_MODEL_DIR."),
    activate: bool = typer.Option(False, "--activate", help="Make the new version active at once."),
) -> None:
    """Train the re-ranker and text classifier from review decisions; write a versioned model."""
    if split not in ("encounter", "time"):
        raise typer.BadParameter("--split must be 'encounter' or 'time'")
    target = model_dir or get_settings().model_dir
    version, metrics = handle_errors(train_model)(notes=notes, gold=gold, all_mentions=all_mentions, since=since,
                                                  split=split, learner=learner, model_dir=target, activate=activate)
    console.print(f"model {version} written to {target}" + (" (active)" if activate else ""))
    print_heldout(metrics)


def print_heldout(metrics: dict) -> None:
    """The held-out table stored in a model's metadata: engine alone vs engine + model."""
    if "before" not in metrics:
        console.print("too few notes for a held-out measurement")
        return
    table = Table(title=f"held-out {metrics.get('heldout_notes')} notes")
    for col in ("system", "", "P", "R", "F1", "MAP", "ECE", "keep >=", "auto-accept >= (coverage)"):
        table.add_column(col)
    for system, sm in metrics.get("systems", {}).items():
        for name, key, ece in (("engine", "before", "ece_engine"), ("engine+model", "after", "ece_model")):
            r = metrics[key].get(system)
            if not r:
                continue
            aa = sm.get("auto_accept")
            table.add_row(system, name, f"{r['code']['precision']:.3f}", f"{r['code']['recall']:.3f}",
                          f"{r['code']['f1']:.3f}", f"{r['map']:.3f}", f"{sm[ece]:.3f}",
                          f"{sm['keep_threshold']['threshold']:.3f}" if key == "after" else "",
                          (f"{aa['threshold']:.3f} ({aa['coverage']:.0%})" if aa else "n/a") if key == "after" else "")
    console.print(table)
