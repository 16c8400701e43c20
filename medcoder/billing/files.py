"""Export files kept on disk for the web app's download: naming, lookup and listing."""

from __future__ import annotations

import secrets
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from medcoder.billing.registry import get_exporter
from medcoder.errors import NotFoundError
from medcoder.storage.models import Export, User, utcnow


def new_export_path(export_dir: Path, fmt: str) -> Path:
    """A fresh, unguessable file name in ``export_dir`` for a ``fmt`` export."""
    export_dir.mkdir(parents=True, exist_ok=True)
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    return export_dir / f"claims-{stamp}-{secrets.token_hex(4)}{get_exporter(fmt).suffix}"


def export_for_file(session: Session, path: Path, file_hash: str) -> Export:
    """The Export row the billing service stored for the file it just wrote."""
    export = session.scalar(select(Export).where(Export.file_name == path.name, Export.file_hash == file_hash))
    if export is None:
        raise NotFoundError(f"no export recorded for {path.name}")
    return export


def list_exports(session: Session, limit: int = 100) -> list[dict]:
    """Newest exports first, with who made them."""
    rows = session.execute(select(Export, User.username).outerjoin(User, User.id == Export.created_by_id)
                           .order_by(Export.id.desc()).limit(limit))
    return [{"id": e.id, "format": e.format, "file_name": e.file_name, "file_hash": e.file_hash,
             "encounters": len(e.encounter_ids or []), "created_by": username or "cli",
             "created_at": e.created_at.isoformat()} for e, username in rows]


def export_file(session: Session, export_dir: Path, export_id: int) -> tuple[Export, Path]:
    """The stored export and its file; NotFoundError when either is gone (e.g. made by the CLI elsewhere)."""
    export = session.get(Export, export_id)
    if export is None:
        raise NotFoundError(f"no export {export_id}")
    path = export_dir / export.file_name
    if not path.is_file():
        raise NotFoundError(f"export {export_id}'s file {export.file_name} is not in the export folder")
    return export, path
