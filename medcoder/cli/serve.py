"""``medcoder serve``: run the review web app."""

from __future__ import annotations

import typer

from medcoder.cli.common import console, handle_errors
from medcoder.settings import get_settings
from medcoder.storage.migrate import require_current_schema


def run_server(host: str, port: int) -> None:
    """Serve review_ui with uvicorn (refuses to start on an un-migrated database)."""
    import uvicorn

    require_current_schema()
    console.print(f"serving on http://{host}:{port}/ (Ctrl-C to stop)")
    uvicorn.run("review_ui.app:create_app", factory=True, host=host, port=port, log_level="info",
                proxy_headers=True)


@handle_errors
def serve(
    host: str = typer.Option(None, help="Interface to bind (default 127.0.0.1)."),
    port: int = typer.Option(None, help="Port (default 8000)."),
) -> None:
    """Run the review app for coders, auditors and admins."""
    settings = get_settings()
    run_server(host or settings.host, port or settings.port)
