"""Versioned models in ``settings.model_dir``.

Layout: ``<model_dir>/<version>/model.joblib`` + ``metadata.json`` (training data hash, date, code-set and
engine versions, metrics, feature list, the joblib file's sha256), and ``<model_dir>/registry.json``
(``active`` version and the ``history`` of activations, for rollback).

Security: joblib files are pickles, and **loading one runs code**. :func:`load` therefore refuses any
path outside the model directory unless ``trust_path=True`` (CLI ``--trust-path``), and checks the file's
sha256 against its metadata before unpickling. Only put models you built yourself in the model directory.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import joblib

from medcoder.errors import MedcoderError, NotFoundError
from training.features import FEATURE_GROUPS

REGISTRY = "registry.json"


class ModelLoadError(MedcoderError):
    """The model cannot be used: other code-set version, unknown features, tampered or untrusted file."""

    code = "model_refused"
    status = 409
    exit_code = 3


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _read_registry(model_dir: Path) -> dict[str, Any]:
    p = Path(model_dir) / REGISTRY
    if not p.exists():
        return {"active": None, "history": []}
    return json.loads(p.read_text(encoding="utf-8"))


def _write_registry(model_dir: Path, reg: dict[str, Any]) -> None:
    p = Path(model_dir) / REGISTRY
    tmp = p.with_suffix(".tmp")
    tmp.write_text(json.dumps(reg, indent=2, sort_keys=True), encoding="utf-8")
    tmp.replace(p)


def save(model: Any, model_dir: Path | str, *, codeset_version: str, engine_version: str, data_hash: str,
         data_counts: dict[str, int] | None = None, activate: bool = False, now: datetime | None = None) -> str:
    """Write a new version directory and return its version name (``rr-<UTC time>-<data hash[:8]>``)."""
    model_dir = Path(model_dir)
    model_dir.mkdir(parents=True, exist_ok=True)
    now = now or datetime.now(UTC)
    version = f"rr-{now.strftime('%Y%m%dT%H%M%S')}-{data_hash[:8]}"
    target = model_dir / version
    if target.exists():
        raise MedcoderError(f"model version {version} already exists")
    tmp = model_dir / f".{version}.partial"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    model.version = version
    joblib.dump(model, tmp / "model.joblib", compress=3)
    meta = {"version": version, "name": getattr(model, "name", "model"), "created_at": now.isoformat(),
            "codeset_version": codeset_version, "engine_version": engine_version, "training_data_hash": data_hash,
            "training_data": data_counts or {}, "features": list(getattr(model, "features", [])),
            "params": getattr(model, "params", {}), "metrics": getattr(model, "metrics", {}),
            "keep_thresholds": getattr(model, "keep", {}), "auto_accept": getattr(model, "auto_accept", {}),
            "sha256": _sha256(tmp / "model.joblib")}
    (tmp / "metadata.json").write_text(json.dumps(meta, indent=2, sort_keys=True, default=str), encoding="utf-8")
    tmp.rename(target)
    if activate:
        activate_version(model_dir, version)
    return version


def list_versions(model_dir: Path | str) -> list[dict[str, Any]]:
    """Metadata of every version, oldest first, with ``active`` marked."""
    model_dir = Path(model_dir)
    if not model_dir.exists():
        return []
    active = _read_registry(model_dir).get("active")
    out = []
    for meta_path in sorted(model_dir.glob("*/metadata.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["active"] = meta.get("version") == active
        out.append(meta)
    return sorted(out, key=lambda m: m.get("created_at", ""))


def metadata(model_dir: Path | str, version: str) -> dict[str, Any]:
    p = Path(model_dir) / version / "metadata.json"
    if "/" in version or "\\" in version or version.startswith(".") or not p.exists():
        raise NotFoundError(f"no model version {version} in the model directory", version=version)
    return json.loads(p.read_text(encoding="utf-8"))


def activate_version(model_dir: Path | str, version: str, *, auto_accept: list[str] | None = None) -> None:
    """Make ``version`` active; ``auto_accept`` lists the code systems a site lets skip review (default none)."""
    metadata(model_dir, version)
    reg = _read_registry(Path(model_dir))
    reg["active"] = version
    reg["history"] = [*reg.get("history", []), version]
    reg["auto_accept"] = sorted(auto_accept or [])
    _write_registry(Path(model_dir), reg)


def deactivate(model_dir: Path | str) -> None:
    """Engine alone from now on (the history is kept)."""
    reg = _read_registry(Path(model_dir))
    reg["active"] = None
    _write_registry(Path(model_dir), reg)


def rollback(model_dir: Path | str) -> str | None:
    """Re-activate the version active before the current one; returns it (``None`` = engine alone)."""
    reg = _read_registry(Path(model_dir))
    history = list(reg.get("history", []))
    current = reg.get("active")
    while history and history[-1] == current:
        history.pop()
    previous = history[-1] if history else None
    reg["active"], reg["history"] = previous, history
    _write_registry(Path(model_dir), reg)
    return previous


def active_version(model_dir: Path | str) -> str | None:
    return _read_registry(Path(model_dir)).get("active")


def check(meta: dict[str, Any], codeset_version: str | None) -> None:
    """Refuse a model for another code-set version or one that needs features this code does not compute."""
    if codeset_version is not None and meta.get("codeset_version") != codeset_version:
        raise ModelLoadError(f"model {meta.get('version')} was trained for code set {meta.get('codeset_version')}, "
                             f"but {codeset_version} is loaded; retrain with `medcoder train`",
                             version=meta.get("version"))
    unknown = sorted(set(meta.get("features", [])) - set(FEATURE_GROUPS))
    if unknown:
        raise ModelLoadError(f"model {meta.get('version')} uses features this medcoder does not know: "
                             f"{', '.join(unknown)}", version=meta.get("version"))


def load(path: Path | str, *, model_dir: Path | str, codeset_version: str | None,
         trust_path: bool = False) -> Any:
    """Load a version directory after the checks above. ``trust_path`` allows a directory outside
    ``model_dir`` (joblib runs code: only for files you built)."""
    path, model_dir = Path(path).resolve(), Path(model_dir).resolve()
    if not trust_path and model_dir not in path.parents:
        raise ModelLoadError(f"refusing to load a model from outside the model directory {model_dir} "
                             "(joblib files run code when loaded); pass --trust-path if you built it yourself")
    meta_path = path / "metadata.json"
    if not meta_path.exists():
        raise NotFoundError("no metadata.json in the model directory given", path=str(path))
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    check(meta, codeset_version)
    if _sha256(path / "model.joblib") != meta.get("sha256"):
        raise ModelLoadError(f"model {meta.get('version')}: model.joblib does not match its metadata sha256")
    model = joblib.load(path / "model.joblib")
    model.version = meta["version"]
    model.meta = meta
    return model


def load_version(model_dir: Path | str, version: str, codeset_version: str | None) -> Any:
    metadata(model_dir, version)
    return load(Path(model_dir) / version, model_dir=model_dir, codeset_version=codeset_version)


def load_active(model_dir: Path | str, codeset_version: str | None) -> Any | None:
    """The active model, or ``None`` when none is active (the engine runs alone). Raises
    :class:`ModelLoadError` when the active model does not fit this code set."""
    version = active_version(model_dir) if Path(model_dir).exists() else None
    if not version:
        return None
    model = load_version(model_dir, version, codeset_version)
    model.auto_accept_systems = _read_registry(Path(model_dir)).get("auto_accept", [])
    return model


def reranked(suggester: Any, model: Any) -> Any:
    """The engine wrapped with ``model`` (auto-accept only for systems the site enabled)."""
    from training.apply import RerankedSuggester

    enabled = set(getattr(model, "auto_accept_systems", []) or [])
    thresholds = {s: v["threshold"] for s, v in (getattr(model, "auto_accept", {}) or {}).items()
                  if v and s in enabled}
    return RerankedSuggester(suggester, model, model.version, auto_accept=thresholds)
