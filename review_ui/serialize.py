"""JSON shapes of the review view and worklist (the /api/ twins of the pages)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from medcoder.services.review_view import ReviewView
from medcoder.services.worklist import WorklistPage
from medcoder.storage.models import EncounterCode, Suggestion


def suggestion_json(s: Suggestion) -> dict[str, Any]:
    return {"id": s.id, "system": s.system, "code": s.code, "description": s.description, "score": s.score,
            "evidence": [{"start": e.get("start"), "end": e.get("end")} for e in s.evidence or []],
            "assertion": s.assertion, "rationale": s.rationale, "flags": list(s.flags or []),
            "rule_ids": list(s.rule_ids or []), "status": s.status, "billable": s.billable}


def code_json(row: EncounterCode) -> dict[str, Any]:
    return {"id": row.id, "system": row.system, "code": row.code, "description": row.description,
            "sequence": row.sequence, "origin": row.origin, "suggestion_id": row.suggestion_id,
            "evidence": [{"start": e.get("start"), "end": e.get("end")} for e in row.evidence or []],
            "modifiers": list(row.modifiers or []), "units": row.units}


def review_json(view: ReviewView, *, include_text: bool = True) -> dict[str, Any]:
    e = view.encounter
    return {
        "encounter": {"id": e.id, "state": e.state, "version": e.version, "date_of_service": e.date_of_service,
                      "setting": e.setting, "specialty": e.specialty, "payer": e.payer,
                      "assignee": e.assignee.username if e.assignee else None,
                      "model_version": e.model_version, "codeset_version": e.codeset_version},
        "patient": view.patient,
        "note_text": e.note.text if include_text else None,
        "suggestions": {"diagnoses": [suggestion_json(s) for s in view.diagnoses],
                        "procedures": [suggestion_json(s) for s in view.procedures],
                        "seen_not_coded": [suggestion_json(s) for s in view.seen_not_coded]},
        "codes": {"diagnoses": [code_json(r) for r in view.listed_diagnoses],
                  "procedures": [code_json(r) for r in view.listed_procedures]},
        "issues": [asdict(issue) for issue in view.issues],
        "finalize_blockers": view.blockers,
        "can_edit": view.can_edit, "can_finalize": view.can_finalize, "can_reopen": view.can_reopen,
        "reject_reasons": view.reasons,
    }


def worklist_json(page: WorklistPage) -> dict[str, Any]:
    return {"total": page.total, "page": page.page, "pages": page.pages, "page_size": page.page_size,
            "sort": page.sort, "descending": page.descending, "filters": asdict(page.filters),
            "rows": [asdict(row) for row in page.rows]}
