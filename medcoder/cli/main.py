"""The ``medcoder`` command: one module per command or command group in medcoder/cli/."""

from __future__ import annotations

import typer

from medcoder import __version__
from medcoder.cli import audit, codes, db, models, user
from medcoder.cli.batch import batch
from medcoder.cli.demo import demo
from medcoder.cli.evaluate import evaluate
from medcoder.cli.export import export, fees_app
from medcoder.cli.ingest import ingest
from medcoder.cli.serve import serve
from medcoder.cli.suggest_cmd import suggest
from medcoder.cli.train import train

app = typer.Typer(
    name="medcoder",
    help="AI-assisted medical coding with human review: suggest, review, audit, export.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # locals may hold note text (PHI)
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"medcoder {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """medcoder command line."""


app.command("demo")(demo)
app.command("serve")(serve)
app.command("ingest")(ingest)
app.command("suggest")(suggest)
app.command("batch")(batch)
app.command("export")(export)
app.add_typer(fees_app, name="fees")
app.add_typer(codes.app, name="codes")
app.add_typer(user.app, name="user")
app.add_typer(db.app, name="db")
app.add_typer(audit.app, name="audit")
app.command("train")(train)
app.add_typer(models.app, name="models")
app.command("evaluate")(evaluate)
