"""The README documents every setting and every CLI command (the front door must not fall behind the code)."""

from __future__ import annotations

import typer.main

from medcoder.cli.main import app
from medcoder.settings import Settings
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_docs_every_setting_in_readme() -> None:
    missing = [name for name in Settings.model_fields if f"MEDCODER_{name.upper()}" not in README]
    assert not missing, f"settings missing from README: {missing}"


def _commands(group, prefix: str = ""):  # noqa: ANN001, ANN202
    for name, command in getattr(group, "commands", {}).items():
        full = f"{prefix} {name}".strip()
        if getattr(command, "hidden", False):
            continue
        if hasattr(command, "commands"):
            yield from _commands(command, full)
        else:
            yield full


def test_docs_every_cli_command_in_readme() -> None:
    click_app = typer.main.get_command(app)
    missing = []
    for full in _commands(click_app):
        group, _, leaf = full.rpartition(" ")
        if f"medcoder {full}" not in README and not (group and f"`{leaf}`" in README and f"medcoder {group}" in README):
            missing.append(full)
    assert not missing, f"CLI commands missing from README: {missing}"
