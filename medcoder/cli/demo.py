"""``medcoder demo``: a ready-to-click review app on the project's sample notes."""

from __future__ import annotations

import typer

from medcoder.cli.common import console, handle_errors
from medcoder.engine import engine_versions, suggester
from medcoder.services.demo import DEMO_PASSWORD, DEMO_USERS, prepare_demo
from medcoder.settings import get_settings
from medcoder.storage import migrate
from medcoder.storage.db import session_scope


@handle_errors
def demo(
    serve: bool = typer.Option(True, "--serve/--no-serve", help="Start the review app after preparing the data."),
    host: str = typer.Option(None, help="Interface to bind (default 127.0.0.1)."),
    port: int = typer.Option(None, help="Port (default 8000)."),
) -> None:
    """Migrate the database, load the sample notes, suggest codes, create demo logins, serve the app.

    Running it again adds nothing twice: notes are matched by id and content, users by name.
    """
    settings = get_settings()
    migrate.upgrade()
    model_version, codeset_version = engine_versions()
    with session_scope() as session:
        report = prepare_demo(session, engine=suggester(), model_version=model_version,
                              codeset_version=codeset_version)
    console.print(f"demo database: {settings.database_url}")
    console.print(f"notes: {report.notes_new} new, {report.notes_unchanged} already there; "
                  f"{report.suggested} encounters suggested; {report.finalized} finalized by the demo coder")
    host, port = host or settings.host, port or settings.port
    console.print(f"\n[bold]Review app:[/] http://{host}:{port}/")
    console.print("Demo logins (password for all: [bold]" + DEMO_PASSWORD + "[/]):")
    for username, role, _ in DEMO_USERS:
        console.print(f"  {username:<8} {role}")
    if serve:
        from medcoder.cli.serve import run_server

        run_server(host, port)
