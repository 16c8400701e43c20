"""Load test of the review app: concurrent simulated coders on loopback, p50/p95 for the review page and a decision.

Each coder logs in, takes the next encounter, opens its review page, accepts every pending suggestion one by
one (HTMX form posts, as the browser sends them) and finalizes; repeated up to ``--encounters-per-coder`` times
or until ``--max-seconds`` (bounded: at most 50 coders). The server is a separate uvicorn process (one worker)
so client threads do not share its GIL. Runs on SQLite and/or on PostgreSQL (a throw-away database created
and dropped on 127.0.0.1:5432).

    python benchmarks/ui_load.py --db sqlite --db postgres [--think-ms 500]
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
    from argon2 import PasswordHasher

    from medcoder.audit import Actor
    from medcoder.notes import NoteIn
    from medcoder.services import users
    from medcoder.services.ingest import ingest_note
    from medcoder.services.suggestions import store_suggestions
    from medcoder.storage.db import session_scope
    from medcoder.storage.migrate import upgrade

    users._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # setup speed only
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


def start_server(url: str) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {**os.environ, "MEDCODER_DATABASE_URL": url}
    env.setdefault("MEDCODER_CODESET_DIR", str(REPO / ".cache" / "codesets"))
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "review_ui.app:create_app", "--factory", "--host",
                             "127.0.0.1", "--port", str(port), "--log-level", "warning"], cwd=REPO, env=env)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            if httpx.get(f"{base}/login", timeout=1).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("server did not start")


def _message(response: httpx.Response) -> str:
    found = re.search(r'class="message[^"]*">([^<]{0,160})', response.text)
    return found.group(1) if found else response.text[:160]


def coder(base: str, name: str, rounds: int, deadline: float, timings: dict[str, list[float]],
          errors: list[str], think: float = 0.0) -> None:
    time.sleep(random.uniform(0, think))  # coders do not all start in the same millisecond
    with httpx.Client(base_url=base, timeout=30) as client:
        login = client.post("/api/login", json={"username": name, "password": PASSWORD})
        token = login.json()["csrf_token"]
        headers = {"HX-Request": "true", "X-CSRF-Token": token}
        for _ in range(rounds):
            if time.monotonic() > deadline:
                return
            taken = client.post("/api/next", headers={"X-CSRF-Token": token})
            if taken.status_code == 204:
                return
            if taken.status_code != 200:
                errors.append(f"{name} next {taken.status_code} {taken.text[:120]}")
                continue
            encounter = taken.json()["id"]
            started = time.perf_counter()
            page = client.get(f"/encounters/{encounter}")
            timings["review page"].append(time.perf_counter() - started)
            html = page.text
            for sid in dict.fromkeys(re.findall(r"suggestions/(\d+)/accept", html)):
                time.sleep(think)
                version = re.search(r'id="enc-version">(\d+)<', html).group(1)
                started = time.perf_counter()
                response = client.post(f"/encounters/{encounter}/suggestions/{sid}/accept",
                                       data={"version": version}, headers=headers)
                timings["decision"].append(time.perf_counter() - started)
                if response.status_code != 200:
                    errors.append(f"{name} accept {response.status_code} {_message(response)}")
                html = response.text
            version = re.search(r'id="enc-version">(\d+)<', html).group(1)
            done = client.post(f"/encounters/{encounter}/finalize", data={"version": version}, headers=headers)
            if done.status_code != 200:
                errors.append(f"{name} finalize {done.status_code} {_message(done)}")


def run(label: str, url: str, args: argparse.Namespace) -> None:
    seed(url, args.coders, args.coders * args.encounters_per_coder + 10)
    proc, base = start_server(url)
    try:
        with httpx.Client(base_url=base) as warm:  # load the code sets before timing
            token = warm.post("/api/login", json={"username": "coder00", "password": PASSWORD}).json()["csrf_token"]
            warm.get("/api/codes/search", params={"q": "hypertension"})
            warm.post("/api/logout", headers={"X-CSRF-Token": token})
        timings: dict[str, list[float]] = defaultdict(list)
        errors: list[str] = []
        deadline = time.monotonic() + args.max_seconds
        threads = [threading.Thread(target=coder, args=(base, f"coder{i:02d}", args.encounters_per_coder, deadline,
                                                         timings, errors, args.think_ms / 1000))
                   for i in range(args.coders)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
        print(f"\n{label}: {args.coders} coders, think time {args.think_ms:.0f} ms, {elapsed:.1f} s, "
              f"errors: {len(errors)}")
        for name, values in timings.items():
            ms = [v * 1000 for v in values]
            print(f"  {name:<12} n={len(ms):>4}  p50={statistics.median(ms):7.1f} ms  p95={_pct(ms, 0.95):7.1f} ms  "
                  f"max={max(ms):7.1f} ms")
        for error in errors[:8]:
            print("  error:", error)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", action="append", choices=["sqlite", "postgres"], help="repeat for both")
    parser.add_argument("--coders", type=int, default=20)
    parser.add_argument("--encounters-per-coder", type=int, default=3)
    parser.add_argument("--max-seconds", type=float, default=120.0)
    parser.add_argument("--think-ms", type=float, default=0.0,
                        help="pause before each decision (0 = back-to-back stress; real coders read for seconds)")
    args = parser.parse_args(argv)
    args.coders = max(1, min(args.coders, 50))
    for db in args.db or ["sqlite"]:
        if db == "sqlite":
            with tempfile.TemporaryDirectory() as tmp:
                run("SQLite", f"sqlite:///{tmp}/bench.db", args)
            continue
        from sqlalchemy import create_engine, text

        name = f"medcoder_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            run("PostgreSQL", PG_ADMIN.rsplit("/", 1)[0] + f"/{name}", args)
        finally:
            from medcoder.storage.db import get_engine

            get_engine.cache_clear()
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
