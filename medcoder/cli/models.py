"""``medcoder models``: list, show, activate and roll back trained model versions."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.table import Table

from medcoder.cli.common import console, handle_errors
from medcoder.settings import get_settings

app = typer.Typer(help="Trained model versions in the model directory (MEDCODER_MODEL_DIR).", no_args_is_help=True)
MODEL_DIR = typer.Option(None, "--model-dir", help="Defaults to MEDCODER_MODEL_DIR.")


def _dir(model_dir: Path | None) -> Path:
    return model_dir or get_settings().model_dir


@app.command("list")
@handle_errors
def list_cmd(model_dir: Path = MODEL_DIR) -> None:
    """Every version, oldest first; * marks the active one."""
    from training import registry

    versions = registry.list_versions(_dir(model_dir))
    if not versions:
        console.print("no trained models (run `medcoder train`); the engine runs alone")
        return
    table = Table()
    for col in ("", "version", "created", "code set", "notes", "held-out F1 before -> after"):
        table.add_column(col, no_wrap=col == "version")
    for m in versions:
        f1 = ""
        met = m.get("metrics", {})
        if "before" in met:
            f1 = f"{met['before']['all']['code']['f1']:.3f} -> {met['after']['all']['code']['f1']:.3f}"
        table.add_row("*" if m["active"] else "", m["version"], m.get("created_at", "")[:19],
                      str(m.get("codeset_version")), str(m.get("training_data", {}).get("notes", "")), f1)
    console.print(table)


@app.command("show")
@handle_errors
def show(version: str = typer.Argument(..., help="A version from `medcoder models list`."),
         model_dir: Path = MODEL_DIR) -> None:
    """The version's metadata (JSON)."""
    from training import registry

    console.print_json(json.dumps(registry.metadata(_dir(model_dir), version), default=str))


@app.command("activate")
@handle_errors
def activate(version: str = typer.Argument(...), model_dir: Path = MODEL_DIR,
             auto_accept: list[str] = typer.Option(None, "--auto-accept",
                                                   help="Code system whose codes above the model's auto-accept "
                                                        "threshold are flagged 'auto-accept' (repeat; default none)."),
             ) -> None:
    """Use this version for new suggestions (checked against the loaded code set first)."""
    from medcoder.engine import codesets
    from training import registry

    target = _dir(model_dir)
    registry.load_version(target, version, codesets().version)  # refuses a mismatched model before activation
    registry.activate_version(target, version, auto_accept=auto_accept or [])
    console.print(f"active model: {version}" + (f"; auto-accept for {', '.join(auto_accept)}" if auto_accept else ""))


@app.command("rollback")
@handle_errors
def rollback(model_dir: Path = MODEL_DIR) -> None:
    """Go back to the version active before the current one (or the engine alone)."""
    from training import registry

    previous = registry.rollback(_dir(model_dir))
    console.print(f"active model: {previous}" if previous else "no model active: the engine runs alone")


@app.command("deactivate")
@handle_errors
def deactivate(model_dir: Path = MODEL_DIR) -> None:
    """Run the engine alone (versions and history are kept)."""
    from training import registry

    registry.deactivate(_dir(model_dir))
    console.print("no model active: the engine runs alone")
