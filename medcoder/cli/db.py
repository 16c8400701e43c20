"""``medcoder db``: schema migrations."""

from __future__ import annotations

from pathlib import Path

import typer

from medcoder.cli.common import console, handle_errors
from medcoder.settings import get_settings
from medcoder.storage import backup as backups
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


@app.command("backup")
@handle_errors
def backup(file: Path = typer.Argument(..., help="Backup file to write (FILE.meta.json is written beside it)")) -> None:
    """Back up the database (SQLite online backup, or pg_dump for PostgreSQL)."""
    info = backups.backup(get_settings().database_url, file)
    console.print(f"backup written to {file} (audit head {info.audit_head_seq}, revision {info.revision})")


@app.command("restore")
@handle_errors
def restore(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="A file written by `medcoder db backup`"),
    force: bool = typer.Option(False, "--force", help="Overwrite a database that is newer than the backup."),
) -> None:
    """Restore a backup, then verify the audit chain; refuses to overwrite a newer database without --force."""
    info = backups.restore(get_settings().database_url, file, force=force)
    console.print(f"restored {file} (audit head {info.audit_head_seq}); audit chain verified")
