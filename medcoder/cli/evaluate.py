"""``medcoder evaluate``: score suggestions against gold with score.py's figures, plus per-rule recall, the
worst notes, frequency bands, calibration (ECE and a reliability PNG) and before/after comparisons.

Two ways to compare: ``--compare OTHER.jsonl`` (two suggestion files), or ``--notes NOTES --model A
--model B`` (run the engine with model versions A and B - ``engine`` means no model - on the same notes).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from medcoder.cli.common import console, handle_errors
from medcoder.errors import ValidationError
from medcoder.settings import get_settings


def suggestions_for(notes_path: Path, version: str, *, all_mentions: bool, model_dir: Path) -> list[dict[str, Any]]:
    """Suggestion records for every note with model ``version`` (``engine`` = the engine alone)."""
    from medcoder.engine import codesets, suggester
    from training import registry
    from training.metrics import read_jsonl

    engine = suggester()
    if version != "engine":
        engine = registry.reranked(engine, registry.load_version(model_dir, version, codesets().version))
    return [engine.suggest_json(n, all_mentions=all_mentions) for n in read_jsonl(notes_path)]


def run_evaluate(gold_path: Path, pred: list[list[dict[str, Any]]], names: list[str], *,
                 freq_from: Path | None = None, reliability_png: Path | None = None) -> dict[str, Any]:
    """Evaluate one or two suggestion sets (the second compared with the first). Plain function for tests."""
    from training import calibration
    from training.evaluate import calibration_pairs, compare, evaluate
    from training.metrics import load_codes, read_jsonl

    gold = load_codes(read_jsonl(gold_path))
    reference = load_codes(read_jsonl(freq_from)) if freq_from else None
    preds = [load_codes(p) for p in pred]
    result: dict[str, Any] = {"names": names, "runs": [evaluate(gold, p, reference=reference) for p in preds]}
    if len(preds) == 2:
        result["compare"] = compare(gold, preds[0], preds[1])
    if reliability_png:
        curves = {name: calibration_pairs(gold, p) for name, p in zip(names, preds, strict=True)}
        result["reliability_png"] = str(calibration.reliability_png(curves, reliability_png))
    return result


def evaluate(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Gold codes (suggestion format)."),
    suggestions: Path = typer.Argument(None, exists=True, dir_okay=False, help="Suggestions to score."),
    compare_with: Path = typer.Option(None, "--compare", exists=True, dir_okay=False,
                                      help="A second suggestion file for the same notes (before/after)."),
    notes: Path = typer.Option(None, "--notes", exists=True, dir_okay=False,
                               help="Notes to suggest for with each --model (instead of suggestion files)."),
    model: list[str] = typer.Option(None, "--model", help="Model version, or 'engine' for none (repeat: 2 max)."),
    all_mentions: bool = typer.Option(False, "--all-mentions", help="With --notes: every mentioned condition."),
    freq_from: Path = typer.Option(None, "--freq-from", exists=True, dir_okay=False,
                                   help="Gold file whose code counts define frequency bands (e.g. training gold)."),
    reliability: Path = typer.Option(None, "--reliability", help="Write a reliability diagram PNG here."),
    worst: int = typer.Option(10, "--worst", help="How many worst notes to list."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of tables."),
    model_dir: Path = typer.Option(None, "--model-dir", help="Where --model versions live (MEDCODER_MODEL_DIR)."),
) -> None:
    """Score suggestions (precision/recall/F1 per system, category F1, MAP, evidence F1) and more."""
    handle_errors(_evaluate)(gold, suggestions, compare_with, notes, model or [], all_mentions, freq_from,
                             reliability, worst, as_json, model_dir or get_settings().model_dir)


def _evaluate(gold: Path, suggestions: Path | None, compare_with: Path | None, notes: Path | None,
              models: list[str], all_mentions: bool, freq_from: Path | None, reliability: Path | None,
              worst: int, as_json: bool, model_dir: Path) -> None:
    from training.metrics import read_jsonl

    if notes is not None:
        if not models or len(models) > 2 or suggestions is not None:
            raise ValidationError("with --notes give one or two --model versions and no suggestion file")
        names = list(models)
        pred = [suggestions_for(notes, m, all_mentions=all_mentions, model_dir=model_dir) for m in models]
    else:
        if suggestions is None:
            raise ValidationError("give a suggestion file, or --notes with --model")
        names = [suggestions.name] + ([compare_with.name] if compare_with else [])
        pred = [read_jsonl(suggestions)] + ([read_jsonl(compare_with)] if compare_with else [])
    result = run_evaluate(gold, pred, names, freq_from=freq_from, reliability_png=reliability)
    for run in result["runs"]:
        run["worst"] = run["worst"][:worst]
    if as_json:
        console.print_json(json.dumps(result))
        return
    _print(result)


def _print(result: dict[str, Any]) -> None:
    from training.metrics import summary_line

    for name, run in zip(result["names"], result["runs"], strict=True):
        console.rule(name)
        console.print(f"notes: {run['score']['notes']}")
        for system, r in run["score"].items():
            if system != "notes":
                console.print(summary_line(system, r), highlight=False)
        em = run["em"]
        if em["notes"]:
            console.print(f"E/M level exact match: {em['matched']}/{em['notes']} = {em['exact']:.2f}")
        cal = run["calibration"]
        console.print(f"calibration: ECE {cal['ece']:.3f} over {cal['n']} suggested codes")
        bands = Table(title="by code frequency (frequent >= 10 notes, medium 3-9, rare < 3)")
        for col in ("band", "gold codes", "P", "R", "F1"):
            bands.add_column(col)
        for band, r in run["bands"].items():
            bands.add_row(band, str(r["gold"]), f"{r['precision']:.3f}", f"{r['recall']:.3f}", f"{r['f1']:.3f}")
        console.print(bands)
        if run["rules"]:
            rules = Table(title="recall by gold rule")
            for col in ("rule", "gold", "found", "recall"):
                rules.add_column(col)
            for rule, r in run["rules"].items():
                rules.add_row(rule, str(r["gold"]), str(r["found"]), f"{r['recall']:.3f}")
            console.print(rules)
        worst = Table(title="worst notes")
        for col in ("note", "F1", "missed", "extra"):
            worst.add_column(col)
        for w in run["worst"]:
            worst.add_row(w["id"], f"{w['f1']:.3f}", " ".join(w["missed"][:6]), " ".join(w["extra"][:6]))
        console.print(worst)
    if "compare" in result:
        c = result["compare"]
        table = Table(title=f"{result['names'][0]} -> {result['names'][1]}")
        for col in ("system", "dP", "dR", "dF1", "dMAP"):
            table.add_column(col)
        for system, d in c["delta"].items():
            table.add_row(system, f"{d['precision']:+.3f}", f"{d['recall']:+.3f}", f"{d['f1']:+.3f}",
                          f"{d['map']:+.3f}")
        console.print(table)
        console.print(f"notes better {c['notes_better']}, worse {c['notes_worse']}, same {c['notes_same']} (by AP)")
    if "reliability_png" in result:
        console.print(f"reliability diagram -> {result['reliability_png']}")
