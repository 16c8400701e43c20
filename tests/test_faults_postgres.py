"""PostgreSQL stopped and restarted under load: a throwaway cluster of our own on a spare port.

The batch is killed mid-run by an immediate shutdown (like a crash), the server restarted and the batch rerun:
every note is stored exactly once, each with its suggestions and audit events, and the audit chain verifies.
Web requests while the server is down fail fast and recover on the same login once it is back.
Skips cleanly when the PostgreSQL server binaries (initdb, pg_ctl) are not installed.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from medcoder.audit import verify_chain
from medcoder.batch.runner import BatchOptions, run_batch
from medcoder.errors import database_unavailable
from medcoder.storage.db import get_engine, session_scope
from medcoder.storage.models import AuditEvent, Encounter, Note, Suggestion
from tests import security_figures

pytestmark = pytest.mark.slow
MODULE = "faults: PostgreSQL restart"
FAKE = "tests.fake_engine:make"
BIN = sorted(glob.glob("/usr/lib/postgresql/*/bin"))


class Cluster:
    """initdb + pg_ctl as the postgres OS user (PostgreSQL refuses to run as root)."""

    def __init__(self, root: Path, port: int) -> None:
        self.root, self.port, self.bin = root, port, Path(BIN[-1])
        self.data = root / "data"
        self.url = f"postgresql://postgres@127.0.0.1:{port}/postgres"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        return subprocess.run([*prefix, *args], check=check, capture_output=True, text=True, timeout=60)

    def init(self) -> None:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--no-sync")

    def start(self) -> None:
        opts = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} -c fsync=off -c full_page_writes=off"
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", opts, "-l", str(self.root / "log"), "-w",
                  "-t", "30", "start")

    def stop(self, mode: str = "immediate") -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop", check=False)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module", autouse=True)
def _figures(request: pytest.FixtureRequest) -> Iterator[None]:
    yield from security_figures.module_report(request, MODULE)


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    if not BIN or not shutil.which("runuser") and os.geteuid() == 0:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    root = Path(tempfile.mkdtemp(prefix="medcoder-pgfault-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    server = Cluster(root, _free_port())
    try:
        server.init()
        server.start()
    except (subprocess.CalledProcessError, LookupError, OSError) as exc:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"cannot start a throwaway PostgreSQL cluster: {exc}")
    from medcoder.storage.migrate import upgrade

    upgrade(server.url)
    get_engine(server.url).dispose()
    yield server
    server.stop("fast")
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg(cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[Cluster]:
    from medcoder.settings import get_settings

    monkeypatch.setenv("MEDCODER_DATABASE_URL", cluster.url)
    get_settings.cache_clear()
    get_engine.cache_clear()
    yield cluster
    for engine in {get_engine(cluster.url), get_engine(), get_engine(None)}:
        engine.dispose()
    get_engine.cache_clear()
    get_settings.cache_clear()


def _counts(url: str) -> dict[str, int]:
    with session_scope(url) as s:
        notes = s.scalar(select(func.count()).select_from(Note))
        encounters = s.scalar(select(func.count()).select_from(Encounter))
        ingests = s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "note.ingest"))
        suggestions = s.scalar(select(func.count()).select_from(Suggestion))
        expected = s.scalar(select(func.coalesce(func.sum(Encounter.suggestion_count), 0)))
        assert notes == encounters == ingests, (notes, encounters, ingests)  # nothing half-written or twice
        assert suggestions == expected
        result = verify_chain(s)
        assert result.ok, result.reason
        return {"notes": notes, "events": result.events}


def _wait_for_rows(url: str, minimum: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with session_scope(url) as s:
                if s.scalar(select(func.count()).select_from(Note)) >= minimum:
                    return
        except Exception:  # noqa: BLE001 - the writer holds the first connection for a moment
            pass
        time.sleep(0.05)


def test_postgres_killed_mid_batch_rerun_loses_and_duplicates_nothing(pg: Cluster, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    total = 400
    source = tmp_path / "notes.jsonl"
    source.write_text("\n".join(json.dumps({"id": f"pg{i:04d}", "text": f"Assessment: essential hypertension {i}."})
                                for i in range(total)) + "\n", encoding="utf-8")
    monkeypatch.setenv("FAKE_ENGINE_DELAY", "0.01")  # ~4 s of work, so the kill lands mid-run
    errors: list[BaseException] = []

    def work() -> None:
        try:
            run_batch(source, BatchOptions(engine=FAKE, chunk_size=20))
        except BaseException as exc:  # noqa: BLE001 - inspected below
            errors.append(exc)

    runner = threading.Thread(target=work)
    runner.start()
    _wait_for_rows(pg.url, 60)
    pg.stop("immediate")  # like a crash: no checkpoint, open transactions lost
    runner.join(60)
    assert not runner.is_alive()
    assert errors, "the batch should have failed while the server was down"
    message = database_unavailable(errors[0]).message
    assert message.startswith("database unavailable:"), message
    pg.start()
    partial = _counts(pg.url)
    assert 0 < partial["notes"] < total
    monkeypatch.setenv("FAKE_ENGINE_DELAY", "0")
    summary = run_batch(source, BatchOptions(engine=FAKE, chunk_size=20))
    assert summary.already_done == partial["notes"] and summary.new == total - partial["notes"]
    assert _counts(pg.url)["notes"] == total
    security_figures.add(MODULE, "faults survived")
    security_figures.add(MODULE, "data lost", 0)


def _client(pg: Cluster):  # noqa: ANN202
    from fastapi.testclient import TestClient

    from medcoder.storage.db import session_factory
    from tests import factories
    from tests.web_helpers import make_app

    session = session_factory(pg.url)()
    if factories.users.get_user(session, "pgcoder") is None:
        factories.user(session, "pgcoder", "coder")
        session.commit()
    session.close()
    client = TestClient(make_app(), base_url="http://testserver", raise_server_exceptions=False)
    response = client.post("/api/login", json={"username": "pgcoder", "password": factories.PASSWORD})
    assert response.status_code == 200, response.text
    return client


def test_review_requests_recover_when_postgres_returns(pg: Cluster) -> None:
    client = _client(pg)
    assert client.get("/api/worklist").status_code == 200
    pg.stop("immediate")
    started = time.monotonic()
    down = client.get("/api/worklist")
    assert down.status_code >= 500 and time.monotonic() - started < 20  # fails fast, does not hang
    pg.start()
    for _ in range(3):  # pool_pre_ping replaces the dead connections; the login survives the restart
        back = client.get("/api/worklist")
        assert back.status_code == 200, back.text
    security_figures.add(MODULE, "faults survived")


def test_review_requests_while_postgres_down_get_503_json(pg: Cluster) -> None:
    client = _client(pg)
    pg.stop("immediate")
    try:
        down = client.get("/api/worklist")
    finally:
        pg.start()
    assert down.status_code == 503
    assert down.json()["error"] == "database_unavailable"
