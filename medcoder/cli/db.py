"""``medcoder db``: schema migrations."""

from __future__ import annotations

import typer

from medcoder.cli.common import console, handle_errors
from medcoder.storage import migrate

app = typer.Typer(help="Database schema: apply migrations, show the current revision.", no_args_is_help=True)


@app.command("upgrade")
@handle_errors
def upgrade(revision: str = typer.Argument("head", help="Target revision (default: newest).")) -> None:
    """Apply Alembic migrations to the configured database (MEDCODER_DATABASE_URL)."""
    migrate.upgrade(revision=revision)
    console.print(f"database at revision [bold]{migrate.current_revision()}[/]")


@app.command("current")
@handle_errors
def current() -> None:
    """Print the database's schema revision and the newest one medcoder knows."""
    console.print(f"current: {migrate.current_revision() or 'none'}  head: {migrate.head_revision()}")
