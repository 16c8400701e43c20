"""``CodeSets``: the one object the rest of medcoder asks about codes.

Everything is served from a read-only SQLite cache (see build.py); the first use in a fresh cache folder
builds it (12-30 s), later start-ups only open it (~0.4 s). Default cache folder: ``~/.cache/medcoder/codesets``.
Connections are per thread, so one instance can serve a threaded web server.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import cms_import
from .build import build_db
from .index_xml import IndexTerm
from .models import CPT, HCPCS, ICD10CM, NOTE_KEYS, SYSTEMS, CodeInfo, SearchHit, UnknownCodeError
from .search import search as _search
from .site import SiteFiles, build_inputs, cache_key
from .sources import curated_bytes, read_descriptor_file, sha256_file
from .tabular import code_key

DEFAULT_CACHE_DIR = Path.home() / ".cache" / "medcoder" / "codesets"
_COLS = "system, key, code, title, billable, kind, chapter, block, category, parent, parent_key, notes, seventh, extra"
_LIST_FIELDS = ("inclusion_terms", "excludes1", "excludes2", "code_first", "use_additional", "code_also")


class CodeSets:
    """ICD-10-CM, CPT and HCPCS look-up, hierarchy, notes and search over one cache folder."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        self.cache_dir = Path(cache_dir) if cache_dir is not None else DEFAULT_CACHE_DIR
        self.site = SiteFiles(self.cache_dir)
        self._local = threading.local()
        self._lock = threading.Lock()
        self.path: Path | None = None  # opened (or built) on first use, so an import can come first
        self._versions: dict[str, str] = {}
        # rows by (cache file, key): the file is read-only, so a row never changes while its path is open;
        # lookup, is_billable, children and notes of one code otherwise each re-query SQLite
        self._row_cache: dict[tuple[Path, str], tuple[tuple, ...]] = {}
        # parsed ``notes`` JSON per row: every code's notes() re-reads its category, block and chapter rows
        self._notes_cache: dict[tuple, dict[str, list[str]]] = {}
        # CodeInfo per row (frozen; the engine's several look-up memos otherwise each parse the same row)
        self._info_cache: dict[tuple, CodeInfo] = {}
        self._shared: dict[Path | None, frozenset[str]] = {}  # per cache file: see _shared_keys

    # -- cache -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Open the cache matching the current inputs (package, curated data, site files), building it if absent."""
        with self._lock:
            manifest, curated = self.site.manifest(), curated_bytes()
            path = self.cache_dir / cache_key(manifest, curated)
            if not path.exists():
                build_db(path, build_inputs(self.site, manifest, curated))
                self._remove_stale(keep=path)
            self.path = path
            meta = dict(self._conn().execute("SELECT key, value FROM meta"))
            self._versions = json.loads(meta["versions"])

    def _remove_stale(self, keep: Path) -> None:
        for old in self.cache_dir.glob("codesets-*.sqlite"):
            if old != keep:
                old.unlink(missing_ok=True)

    def _conn(self) -> sqlite3.Connection:
        if self.path is None:
            self.refresh()
        cached = getattr(self._local, "conn", None)
        if cached is not None and (cached[0] is self.path or cached[0] == self.path):  # `is`: Path == is slow
            return cached[1]
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._local.conn = (self.path, conn)
        return conn

    @property
    def version(self) -> str:
        """Combined version recorded with every suggestion and decision."""
        self._conn()
        return "|".join(self._versions[s] for s in SYSTEMS)

    @property
    def system_versions(self) -> dict[str, str]:
        self._conn()
        return dict(self._versions)

    # -- look-up ---------------------------------------------------------------------------------------
    def _row(self, code: str, system: str | None = None) -> tuple | None:
        key = code_key(code)
        if not key or not key.isascii():  # every code is ASCII; a lone surrogate cannot even be sent to SQLite
            return None
        rows = self._rows(key)
        if system is not None:
            rows = [r for r in rows if r[0] == system]
        if not rows:
            return None
        prefer = [HCPCS, ICD10CM, CPT] if "." not in code and key[:1].isalpha() and key[1:].isdigit() else list(SYSTEMS)
        return min(rows, key=lambda r: (r[1].startswith("#"), prefer.index(r[0])))

    def _rows(self, key: str) -> tuple[tuple, ...]:
        """Every row stored under ``key`` or ``#key`` (memoised per open cache file)."""
        conn = self._conn()
        slot = (self.path, key)
        rows = self._row_cache.get(slot)
        if rows is None:
            rows = tuple(conn.execute(f"SELECT {_COLS} FROM codes WHERE key IN (?, ?)", (key, f"#{key}")))
            if len(self._row_cache) >= 200_000:
                self._row_cache.clear()
            self._row_cache[slot] = rows
        return rows

    def lookup(self, code: str, system: str | None = None) -> CodeInfo | None:
        """The code's details, or None. Dot optional, any case; system inferred when not given."""
        row = self._row(code, system)
        return self._cached_info(row) if row else None

    def _cached_info(self, row: tuple) -> CodeInfo:
        slot = (self.path, row[0], row[1])
        info = self._info_cache.get(slot)
        if info is None:
            info = _info(row)
            if len(self._info_cache) >= 50_000:
                self._info_cache.clear()
            self._info_cache[slot] = info
        return info

    def normalize(self, code: str, system: str | None = None) -> str:
        """Canonical spelling ("e1122" -> "E11.22"); raises UnknownCodeError for codes not in the set."""
        row = self._row(code, system)
        if row is None:
            raise UnknownCodeError(code, system)
        return row[2]

    def is_billable(self, code: str, system: str = ICD10CM) -> bool:
        row = self._row(code, system)
        return bool(row and row[4])

    def children(self, code: str, system: str | None = None) -> list[str]:
        """Direct children in tabular order (7th-character codes for a stem such as S82.001)."""
        row = self._row(code, system)
        if row is None:
            return []
        kids = self._conn().execute(
            f"SELECT {_COLS} FROM codes WHERE system = ? AND parent_key = ? AND key != ? ORDER BY pos",
            (row[0], row[1], row[1])).fetchall()
        # callers look up every child right after: memoise the rows read here (a child's row is the only one under
        # its key unless the key is shared, see _shared_keys), and read the few shared ones in one more query
        shared = self._shared_keys()
        if len(self._row_cache) + len(kids) >= 200_000:
            self._row_cache.clear()
        for r in kids:
            if r[1] not in shared:
                self._row_cache.setdefault((self.path, r[1]), (r,))
        self._prefetch([r[1] for r in kids if r[1] in shared])
        return [r[2] for r in kids]

    def _shared_keys(self) -> frozenset[str]:
        """Keys that can hold more than one row: a memo slot ``key`` holds the rows under ``key`` and ``#key`` of
        every system, so two rows share a slot only if one is a group ("#...") or the systems differ; every key
        outside ICD-10-CM and every group key (with and without its "#") is listed. A few hundred, read once."""
        shared = self._shared.get(self.path)
        if shared is None:
            keys = [k for (k,) in self._conn().execute(
                "SELECT key FROM codes WHERE system < ? OR system > ? OR (key >= '#' AND key < '$')",  # 3 index ranges
                (ICD10CM, ICD10CM))]
            shared = frozenset(keys + [k[1:] for k in keys if k.startswith("#")])
            self._shared[self.path] = shared
        return shared

    def _prefetch(self, keys: list[str]) -> None:
        """Fill the row memo for ``keys`` with one query: callers look up every child right after ``children``."""
        conn = self._conn()
        todo = [k for k in dict.fromkeys(keys) if (self.path, k) not in self._row_cache]
        for i in range(0, len(todo), 200):
            chunk = todo[i : i + 200]
            wanted = chunk + [f"#{k}" for k in chunk]
            found: dict[str, list[tuple]] = {k: [] for k in chunk}
            sql = f"SELECT {_COLS} FROM codes WHERE key IN ({', '.join('?' * len(wanted))})"
            for r in conn.execute(sql, wanted):
                for k in (r[1], r[1][1:] if r[1].startswith("#") else None):
                    if k in found:
                        found[k].append(r)
            if len(self._row_cache) >= 200_000:
                self._row_cache.clear()
            for k, rows in found.items():
                self._row_cache[(self.path, k)] = tuple(rows)

    def prefetch(self, codes: Iterable[str]) -> None:
        """Load the rows of ``codes`` and of their ancestors into the memo, a few batched queries in all.

        Why: a note's matched codes are looked up one by one right after, each with its parent chain for the
        inherited notes; one query per chain level for all of them costs about a third of one query per row."""
        keys = [k for k in map(code_key, codes) if k]
        for _ in range(12):  # the depth bound of _chain
            if not keys:
                break
            self._prefetch(keys)
            keys = [r[10] for k in dict.fromkeys(keys) for r in self._row_cache.get((self.path, k), ()) if r[10]]

    def ancestors(self, code: str, system: str | None = None) -> list[str]:
        """Parent chain, nearest first, up to the chapter: E11.22 -> [E11.2, E11, E08-E13, 4]."""
        return [r[2] for r in self._chain(code, system)[1:]]

    def _chain(self, code: str, system: str | None) -> list[tuple]:
        row = self._row(code, system)
        chain = []
        while row is not None and len(chain) < 12:
            chain.append(row)
            if not row[10]:
                break
            system_, parent_key = row[0], row[10]
            row = next((r for r in self._rows(parent_key) if r[0] == system_ and r[1] == parent_key), None)
        return chain

    def notes(self, code: str, inherited: bool = True, system: str | None = None) -> dict[str, list[str]]:
        """Instructional notes; with ``inherited`` also those of every ancestor (category, block, chapter).

        ``seventh_characters`` lists "A: initial encounter ..." for codes that still need a 7th character,
        or the one applied for a full 7-character code.
        """
        chain = self._chain(code, system)
        if not chain:
            raise UnknownCodeError(code, system)
        out: dict[str, list[str]] = {k: [] for k in NOTE_KEYS}
        for row in chain if inherited else chain[:1]:
            for k, items in self._row_notes(row).items():
                out[k].extend(i for i in items if i not in out[k])
        info = self._cached_info(chain[0])
        out["seventh_characters"] = [f"{c}: {m}" for c, m in info.seventh_characters.items()]
        if "seventh_character" in info.extra:
            x = info.extra
            out["seventh_characters"] = [f"{x['seventh_character']}: {x['seventh_character_meaning']}"]
        return out

    def _row_notes(self, row: tuple) -> dict[str, list[str]]:
        """``json.loads`` of a row's notes, memoised (read-only: callers copy the items out)."""
        slot = (self.path, row[0], row[1])
        parsed = self._notes_cache.get(slot)
        if parsed is None:
            parsed = json.loads(row[11] or "{}")
            if len(self._notes_cache) >= 50_000:
                self._notes_cache.clear()
            self._notes_cache[slot] = parsed
        return parsed

    def excludes1_inherited(self, code: str) -> list[str]:
        return self.notes(code, inherited=True)["excludes1"]

    def codes(self, system: str, include_groups: bool = False) -> Iterator[CodeInfo]:
        """Every code of ``system`` in tabular/file order (chapters and blocks only when asked)."""
        sql = f"SELECT {_COLS} FROM codes WHERE system = ?"
        if not include_groups:
            sql += " AND kind NOT IN ('chapter', 'block')"
        for row in self._conn().execute(sql + " ORDER BY pos", (system,)):
            yield _info(row)

    # -- search and terms ------------------------------------------------------------------------------
    def search(self, text: str, systems: Iterable[str] | None = None, limit: int = 20,
               billable_only: bool = False) -> list[SearchHit]:
        """Ranked codes for a code prefix or words in any order (see search.py for the ranking)."""
        if isinstance(systems, str):
            systems = [systems]
        chosen = [s for s in SYSTEMS if systems is None or s in set(systems)]
        return _search(self._conn(), text, chosen, limit, billable_only)

    def icd10cm_terms(self) -> Iterator[tuple[str, str, str]]:
        """(code, term, source) for titles, inclusion terms and imported index/neoplasm/drug terms.

        source is one of "title", "inclusion", "index" (Alphabetic and External Cause Index), "neoplasm",
        "drug". Index terms are "main, sub, subsub" paths; their codes may be non-billable stems.
        """
        sql = ("SELECT c.code, t.term, t.source FROM terms t JOIN codes c ON c.system = t.system AND c.key = t.key"
               " WHERE t.system = ? ORDER BY t.id")
        for code, term, source in self._conn().execute(sql, (ICD10CM,)):
            yield code, term, "index" if source == "eindex" else source

    def index_entries(self, source: str | None = None) -> Iterator[IndexTerm]:
        """Imported index lines including pure cross references (``see``/``see_also``) and nonessential modifiers."""
        sql = "SELECT source, path, code, nemod, see, see_also, manif, col FROM index_terms"
        args: tuple = ()
        if source:
            sql, args = sql + " WHERE source = ?", (source,)
        for src, path, code, nemod, see, see_also, manif, col in self._conn().execute(sql + " ORDER BY id", args):
            yield IndexTerm(src, tuple(json.loads(path)), code, nemod, see, see_also, manif, col)

    # -- site imports ----------------------------------------------------------------------------------
    def import_cms(self, path: Path | str) -> dict:
        """Import CMS ICD-10-CM files (a folder or the CMS zip); see cms_import.py. Persists in the cache dir."""
        with cms_import.find_cms_files(Path(path)) as found:
            return self._import(found.files) | {"skipped": found.skipped}

    def import_cpt(self, path: Path | str) -> dict:
        """Import a licensed CPT descriptor file (CSV code,description); its descriptions replace ours."""
        read_descriptor_file(CPT, Path(path))
        return self._import({"cpt": Path(path)})

    def import_hcpcs(self, path: Path | str) -> dict:
        """Import a full HCPCS Level II file (CSV code,description[,billable])."""
        read_descriptor_file(HCPCS, Path(path))
        return self._import({"hcpcs": Path(path)})

    def remove_import(self, kind: str) -> dict:
        """Forget one imported file kind ("index", "cpt", ...) and go back to the shipped data for it."""
        manifest = self.site.manifest()
        manifest.pop(kind, None)
        self.site.save(manifest)
        self.refresh()
        self._remove_stale(keep=self.path)
        return {"removed": kind, "version": self.version}

    def _import(self, files: dict[str, Path]) -> dict:
        if not files:
            raise ValueError("no importable code-set files found")
        manifest = self.site.manifest()
        for kind, src in files.items():
            manifest[kind] = self.site.store(kind, src, sha256_file(src))
        curated = curated_bytes()
        target = self.cache_dir / cache_key(manifest, curated)
        counts: dict[str, int] = {}
        if not target.exists():  # a bad file fails here, before the manifest changes
            counts = build_db(target, build_inputs(self.site, manifest, curated))
        self.site.save(manifest)
        self.refresh()
        self._remove_stale(keep=target)
        return {"imported": {k: p.name for k, p in files.items()}, "counts": counts, "version": self.version}


def _info(row: tuple) -> CodeInfo:
    system, key, code, title, billable, kind, chapter, block, category, parent, _pk, notes, seventh, extra = row
    n = json.loads(notes) if notes else {}
    x = json.loads(extra) if extra else {}
    if system == ICD10CM:
        x.setdefault("kind", kind)
    if n.get("includes"):
        x["includes"] = n["includes"]
    return CodeInfo(
        system=system, code=code, title=title, billable=bool(billable), chapter=chapter or "", block=block or "",
        category=category or "", parent=parent, **{f: tuple(n.get(f, ())) for f in _LIST_FIELDS},
        seventh_characters=json.loads(seventh) if seventh else {}, extra=x,
    )


_INSTANCES: dict[Path, CodeSets] = {}
_INSTANCES_LOCK = threading.Lock()


def get_codesets(cache_dir: Path | None = None) -> CodeSets:
    """Process-wide ``CodeSets`` for ``cache_dir`` (default ``~/.cache/medcoder/codesets``)."""
    key = (Path(cache_dir) if cache_dir is not None else DEFAULT_CACHE_DIR).resolve()
    with _INSTANCES_LOCK:
        if key not in _INSTANCES:
            _INSTANCES[key] = CodeSets(key)
        return _INSTANCES[key]
