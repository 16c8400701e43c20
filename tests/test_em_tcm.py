"""Transitional care management (CPT 99495/99496): the completing visit is reported with the TCM code only when
the contact within 2 business days, the face-to-face window and the MDM level are documented."""

from __future__ import annotations

import pytest

from tests.suggest_support import suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def em(s, text: str, dos: str = "2026-01-14") -> list[str]:
    note = {"id": "x", "text": text, "setting": "outpatient", "date_of_service": dos,
            "visit": {"new_patient": False, "place_of_service": "11"}}
    return [x.code for x in s.suggest(note) if x.system != "ICD-10-CM"]


_BODY = ("Hospital course reviewed: admitted with acute on chronic systolic heart failure, diuresed, discharged on "
         "furosemide 40 mg BID (was 20 mg daily).\nMedications reconciled against the discharge list.\n\n"
         "A/P:\n1. Chronic systolic heart failure - recently decompensated, now euvolemic. Furosemide 40 mg BID one "
         "more week then daily. BMP in 1 week.\n2. CKD stage 3b - creatinine near baseline.\n")


def test_tcm_visit_day_9_with_contact_and_moderate_mdm_is_99495(s):
    # CPT 99495: contact within 2 business days, moderate MDM, face-to-face within 14 days; no separate office E/M
    text = ("TRANSITIONAL CARE MANAGEMENT VISIT\nDischarge date: 01/05/2026.\nInteractive contact: RN telephone call "
            "01/06/2026 (1 business day).\nFace-to-face visit today, day 9 after discharge.\n\n" + _BODY)
    codes = em(s, text)
    assert "99495" in codes and not [c for c in codes if c.startswith("992")]


def test_tcm_title_without_the_interactive_contact_keeps_the_office_visit(s):
    text = "TRANSITIONAL CARE MANAGEMENT VISIT\nDischarge date: 01/05/2026.\n\n" + _BODY
    codes = em(s, text)
    assert "99495" not in codes and "99214" in codes


def test_hospital_follow_up_not_called_tcm_is_an_office_visit(s):
    text = ("Hospital follow-up\nDischarged 01/05/2026; our nurse called him the next day.\n\n" + _BODY)
    assert "99495" not in em(s, text)


def test_face_to_face_after_14_days_is_not_tcm(s):
    text = ("TCM visit\nDischarge date: 12/20/2025.\nInteractive contact: phone call 12/22/2025 (2 business days)."
            "\n\n" + _BODY)
    assert "99495" not in em(s, text, dos="2026-01-14")
