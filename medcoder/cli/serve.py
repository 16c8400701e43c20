"""``medcoder serve``: run the review web app."""

from __future__ import annotations

import typer

from medcoder.cli.common import console, handle_errors
from medcoder.errors import ValidationError
from medcoder.settings import get_settings
from medcoder.storage.migrate import require_current_schema

MAX_WORKERS = 32


def run_server(host: str, port: int, workers: int = 1) -> None:
    """Serve review_ui with uvicorn (refuses to start on an un-migrated database).

    Why worker processes: request handling is Python code under one GIL per process, so one process uses
    about one core however many coders are connected. Each worker is a separate process with its own
    connection pool and its own copy of the code sets; sessions, CSRF tokens, optimistic versions and the
    audit chain live in the database, so any worker can answer any request.
    """
    import uvicorn

    if not 1 <= workers <= MAX_WORKERS:
        raise ValidationError(f"workers must be between 1 and {MAX_WORKERS}", field="workers")
    require_current_schema()
    plural = "es" if workers > 1 else ""
    console.print(f"serving on http://{host}:{port}/ with {workers} worker process{plural} (Ctrl-C to stop)")
    uvicorn.run("review_ui.app:create_app", factory=True, host=host, port=port, log_level="info",
                proxy_headers=True, workers=workers if workers > 1 else None,
                http="review_ui.asgi_server:NoDelayHTTPProtocol")


@handle_errors
def serve(
    host: str = typer.Option(None, help="Interface to bind (default 127.0.0.1)."),
    port: int = typer.Option(None, help="Port (default 8000)."),
    workers: int = typer.Option(None, help="Worker processes (default MEDCODER_WEB_WORKERS, 1); about one per core."),
) -> None:
    """Run the review app for coders, auditors and admins."""
    settings = get_settings()
    run_server(host or settings.host, port or settings.port, workers if workers is not None else settings.web_workers)
