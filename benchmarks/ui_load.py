"""Load test of the review app: concurrent simulated coders on loopback, p50/p95 for the review page and a decision.

Each coder logs in, takes the next encounter, opens its review page, accepts every pending suggestion one by
one (HTMX form posts, as the browser sends them) and finalizes; repeated up to ``--encounters-per-coder`` times
or until ``--max-seconds`` (bounded: at most 50 coders). The server is ``medcoder serve`` in its own process
(``--workers`` worker processes), so client threads do not share its GIL; the load generator is plain httpx
threads, and its own CPU per request is printed next to the server's (and PostgreSQL's) because all of them
share the same cores. Runs on SQLite and/or on PostgreSQL (a throw-away database created
and dropped on 127.0.0.1:5432).

Think time: a real coder reads a note for tens of seconds before deciding, so 20 coders at the default 1 s
(drawn from 0.5-1.5 s so coders do not move in lock-step) send about 24 requests/s, the load of several hundred
real coders; it is a stress setting, not a typical one. Give ``--think-ms`` more than once to compare. Logins
are timed but happen before the review phase (a shift's logins are spread out, and argon2 is slow on purpose).

    python benchmarks/ui_load.py --db sqlite --db postgres [--think-ms 1000 --think-ms 5000] [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
PASSWORD = "Bench-password-2026"
NOTE = ("History: essential hypertension and type 2 diabetes mellitus without complications. "
        "Chronic kidney disease stage 3. Assessment: hypertension, diabetes, CKD. Office visit, established patient.")
CODES = [("ICD-10-CM", "I10", "essential hypertension"), ("ICD-10-CM", "E11.9", "type 2 diabetes mellitus"),
         ("ICD-10-CM", "N18.30", "Chronic kidney disease stage 3"), ("CPT", "99213", "Office visit")]
PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] if ordered else float("nan")


def seed(url: str, coders: int, encounters: int) -> None:
    """Migrate and load users and suggested encounters straight through the services."""
    from medcoder.audit import Actor
    from medcoder.notes import NoteIn
    from medcoder.services import users
    from medcoder.services.ingest import ingest_note
    from medcoder.services.suggestions import store_suggestions
    from medcoder.storage.db import session_scope
    from medcoder.storage.migrate import upgrade

    # production-strength password hashes (no cheap setup hasher): a timed login then verifies exactly as in
    # production instead of also re-hashing an outdated hash
    upgrade(url)
    actor = Actor.system("bench")
    with session_scope(url) as session:
        for i in range(coders):
            users.create_user(session, username=f"coder{i:02d}", password=PASSWORD, role="coder", actor=actor)
        for i in range(encounters):
            note = NoteIn.model_validate({"id": f"bench-{i:05d}", "text": NOTE, "date_of_service": "2026-03-02",
                                          "patient": {"sex": "F", "birth_date": "1960-01-01"}})
            ingest_note(session, note, actor=actor)
            codes = [{"system": s, "code": c, "description": c, "score": 0.9,
                      "evidence": [{"start": NOTE.index(t), "end": NOTE.index(t) + len(t), "text": t}]}
                     for s, c, t in CODES]
            store_suggestions(session, encounter_id=note.id, codes=codes, model_version="bench",
                              codeset_version="bench", actor=actor)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(url: str, workers: int) -> tuple[subprocess.Popen, str]:
    """``medcoder serve`` exactly as an operator runs it (access log on; its output is discarded)."""
    port = _free_port()
    env = {**os.environ, "MEDCODER_DATABASE_URL": url}
    env.setdefault("MEDCODER_CODESET_DIR", str(REPO / ".cache" / "codesets"))
    proc = subprocess.Popen([sys.executable, "-m", "medcoder", "serve", "--host", "127.0.0.1", "--port", str(port),
                             "--workers", str(workers)], cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(f"{base}/login", timeout=1).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("server did not start")


def _cpu_seconds(pids: list[int]) -> float:
    """User + system CPU of these processes (Linux /proc; 0 elsewhere)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 0.0


def _processes(names: tuple[str, ...] = (), root: int | None = None) -> list[int]:
    """Pids named ``names`` (e.g. the PostgreSQL backends) or ``root`` and its descendants (the server)."""
    found, parents = [], {}
    for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else []:
        if not entry.name.isdigit():
            continue
        try:
            comm, rest = (entry / "stat").read_text().rsplit(")", 1)
        except OSError:
            continue
        parents[int(entry.name)] = int(rest.split()[1])
        if comm.split("(", 1)[1] in names:
            found.append(int(entry.name))
    if root is not None:
        tree, grew = {root}, True
        while grew:
            grew = False
            for pid, parent in parents.items():
                if parent in tree and pid not in tree:
                    tree.add(pid)
                    grew = True
        found += sorted(tree)
    return found


def _message(response: httpx.Response) -> str:
    found = re.search(r'class="message[^"]*">([^<]{0,160})', response.text)
    return found.group(1) if found else response.text[:160]


class Coder:
    """One simulated coder: a cookie jar, a CSRF token, and the flow of a real review."""

    def __init__(self, base: str, name: str) -> None:
        self.name = name
        self.client = httpx.Client(base_url=base, timeout=60)
        self.token = ""

    def login(self, timings: dict[str, list[float]]) -> None:
        started = time.perf_counter()
        response = self.client.post("/api/login", json={"username": self.name, "password": PASSWORD})
        timings["login"].append(time.perf_counter() - started)
        self.token = response.json()["csrf_token"]

    def timed(self, timings: dict[str, list[float]], kind: str, method: str, url: str, **kwargs) -> httpx.Response:
        started = time.perf_counter()
        response = self.client.request(method, url, **kwargs)
        timings[kind].append(time.perf_counter() - started)
        return response

    def work(self, rounds: int, deadline: float, think: float, timings: dict[str, list[float]],
             errors: list[str], rng: random.Random) -> None:
        """Take the next encounter, read it, decide each suggestion (thinking before each), finalize.

        Think times are drawn uniformly from 0.5x-1.5x the mean so coders do not move in lock-step.
        """
        headers = {"HX-Request": "true", "X-CSRF-Token": self.token}
        pause = (lambda: time.sleep(think * rng.uniform(0.5, 1.5))) if think else (lambda: None)
        time.sleep(rng.uniform(0, think))  # coders do not all start in the same millisecond
        for _ in range(rounds):
            if time.monotonic() > deadline:
                return
            taken = self.timed(timings, "next", "POST", "/api/next", headers={"X-CSRF-Token": self.token})
            if taken.status_code == 204:
                return
            if taken.status_code != 200:
                errors.append(f"{self.name} next {taken.status_code} {taken.text[:120]}")
                continue
            encounter = taken.json()["id"]
            html = self.timed(timings, "review page", "GET", f"/encounters/{encounter}").text
            for sid in dict.fromkeys(re.findall(r"suggestions/(\d+)/accept", html)):
                pause()
                version = re.search(r'id="enc-version">(\d+)<', html).group(1)
                response = self.timed(timings, "decision", "POST",
                                      f"/encounters/{encounter}/suggestions/{sid}/accept",
                                      data={"version": version}, headers=headers)
                if response.status_code != 200:
                    errors.append(f"{self.name} accept {response.status_code} {_message(response)}")
                html = response.text
            pause()
            version = re.search(r'id="enc-version">(\d+)<', html).group(1)
            done = self.timed(timings, "finalize", "POST", f"/encounters/{encounter}/finalize",
                              data={"version": version}, headers=headers)
            if done.status_code != 200:
                errors.append(f"{self.name} finalize {done.status_code} {_message(done)}")


def _run_threads(target, coders: list[Coder], *args) -> None:  # noqa: ANN001
    threads = [threading.Thread(target=target, args=(c, *args)) for c in coders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def run(label: str, url: str, args: argparse.Namespace, think_ms: float) -> None:
    seed(url, args.coders, args.coders * args.encounters_per_coder + 10)
    proc, base = start_server(url, args.workers)
    coders = [Coder(base, f"coder{i:02d}") for i in range(args.coders)]
    try:
        with httpx.Client(base_url=base) as warm:  # every worker loads its code sets before timing
            token = warm.post("/api/login", json={"username": "coder00", "password": PASSWORD}).json()["csrf_token"]
            for _ in range(4 * args.workers):
                warm.get("/api/codes/search", params={"q": "hypertension"})
            warm.post("/api/logout", headers={"X-CSRF-Token": token})
        timings: dict[str, list[float]] = defaultdict(list)
        errors: list[str] = []
        # Logging in is timed but kept out of the review phase: a shift's logins are spread over minutes, and
        # argon2 is deliberately slow, so 20 logins in the same second would measure the login storm instead.
        _run_threads(Coder.login, coders, timings)
        server_pids = _processes(root=proc.pid)
        pg_pids = _processes(("postgres",)) if label == "PostgreSQL" else []
        cpu_before = (time.process_time(), _cpu_seconds(server_pids), _cpu_seconds(pg_pids))
        deadline = time.monotonic() + args.max_seconds
        started = time.perf_counter()
        _run_threads(lambda c: c.work(args.encounters_per_coder, deadline, think_ms / 1000, timings, errors,
                                      random.Random(c.name)), coders)
        elapsed = time.perf_counter() - started
        client_cpu = time.process_time() - cpu_before[0]
        server_cpu = _cpu_seconds(server_pids) - cpu_before[1]
        db_cpu = _cpu_seconds(pg_pids) - cpu_before[2]
        requests = sum(len(v) for k, v in timings.items() if k != "login")
        print(f"\n{label}: {args.coders} coders, {args.workers} server worker(s), think time {think_ms:.0f} ms "
              f"(uniform 0.5x-1.5x), {elapsed:.1f} s, {requests / elapsed:.1f} requests/s, errors: {len(errors)}")
        for name in ("login", "next", "review page", "decision", "finalize"):
            ms = [v * 1000 for v in timings.get(name, [])]
            if ms:
                print(f"  {name:<12} n={len(ms):>4}  p50={statistics.median(ms):7.1f} ms  "
                      f"p95={_pct(ms, 0.95):7.1f} ms  max={max(ms):7.1f} ms")
        per = 1000 / max(requests, 1)
        print(f"  CPU per request (review phase): server {server_cpu * per:.1f} ms, load generator "
              f"{client_cpu * per:.1f} ms" + (f", PostgreSQL {db_cpu * per:.1f} ms" if pg_pids else "")
              + f"; {os.cpu_count()} cores")
        for error in errors[:8]:
            print("  error:", error)
    finally:
        for coder_ in coders:
            coder_.client.close()
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", action="append", choices=["sqlite", "postgres"], help="repeat for both")
    parser.add_argument("--coders", type=int, default=20)
    parser.add_argument("--encounters-per-coder", type=int, default=3)
    parser.add_argument("--max-seconds", type=float, default=120.0)
    parser.add_argument("--think-ms", type=float, action="append",
                        help="mean pause before each decision and before finalizing; repeat for several runs "
                             "(default 1000; 0 = back-to-back stress; real coders read a note for tens of seconds)")
    parser.add_argument("--workers", type=int, default=1, help="server worker processes (medcoder serve --workers)")
    args = parser.parse_args(argv)
    args.coders = max(1, min(args.coders, 50))
    for db in args.db or ["sqlite"]:
        for think_ms in args.think_ms or [1000.0]:
            run_db(db, args, think_ms)
    return 0


def run_db(db: str, args: argparse.Namespace, think_ms: float) -> None:
    if db == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            run("SQLite", f"sqlite:///{tmp}/bench.db", args, think_ms)
        return
    from sqlalchemy import create_engine, text

    name = f"medcoder_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        run("PostgreSQL", PG_ADMIN.rsplit("/", 1)[0] + f"/{name}", args, think_ms)
    finally:
        from medcoder.storage.db import get_engine

        get_engine.cache_clear()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    raise SystemExit(main())
