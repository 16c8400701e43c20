"""``medcoder serve``: worker processes are configurable and bounded; the app is started as an import string."""

from __future__ import annotations

from typing import Any

import pytest
from typer.testing import CliRunner

from medcoder.cli.main import app

runner = CliRunner()


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda target, **kwargs: calls.append({"target": target, **kwargs}))
    return calls


def test_serve_workers_from_option_and_setting(db_url: str, started: list[dict[str, Any]],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from medcoder.settings import get_settings

    assert runner.invoke(app, ["serve", "--port", "8123"]).exit_code == 0
    assert started[-1]["workers"] is None  # one process unless asked
    result = runner.invoke(app, ["serve", "--workers", "3"])
    assert result.exit_code == 0 and "3 worker processes" in result.output
    # several processes need the app as an import string, not an object
    assert started[-1]["target"] == "review_ui.app:create_app" and started[-1]["factory"] is True
    assert started[-1]["workers"] == 3
    monkeypatch.setenv("MEDCODER_WEB_WORKERS", "2")
    get_settings.cache_clear()
    assert runner.invoke(app, ["serve"]).exit_code == 0
    assert started[-1]["workers"] == 2
    get_settings.cache_clear()


@pytest.mark.parametrize("workers", ["0", "33"])
def test_serve_refuses_absurd_worker_counts(db_url: str, started: list[dict[str, Any]], workers: str) -> None:
    result = runner.invoke(app, ["serve", "--workers", workers])
    assert result.exit_code != 0 and "workers must be between 1 and 32" in result.output
    assert not started


def test_serve_uses_the_no_delay_protocol(db_url: str, started: list[dict[str, Any]]) -> None:
    assert runner.invoke(app, ["serve", "--workers", "2"]).exit_code == 0
    assert started[-1]["http"] == "review_ui.asgi_server:NoDelayHTTPProtocol"


def test_no_delay_protocol_turns_nagle_off_on_a_socket_uvicorn_bound_itself() -> None:
    """A socket made like uvicorn's multi-worker one (protocol 0) gets TCP_NODELAY when a connection arrives."""
    import socket

    import uvicorn
    from uvicorn.server import ServerState

    from review_ui.asgi_server import NoDelayHTTPProtocol

    class Transport:
        def __init__(self, sock: socket.socket) -> None:
            self.sock = sock

        def get_extra_info(self, name: str, default: Any = None) -> Any:
            return {"socket": self.sock, "sockname": self.sock.getsockname(),
                    "peername": self.sock.getpeername()}.get(name, default)

        def is_closing(self) -> bool:
            return False

    config = uvicorn.Config(app=lambda scope, receive, send: None, log_level="warning")
    config.load()
    with socket.socket(family=socket.AF_INET) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        with socket.create_connection(listener.getsockname()) as _client:
            accepted, _ = listener.accept()
            with accepted:
                assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 0
                protocol = NoDelayHTTPProtocol(config=config, server_state=ServerState(), app_state={})
                protocol.connection_made(Transport(accepted))
                assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
