"""Telehealth office E/M: modifier 95 (audio-video) or 93 (audio-only) and place of service 10 (home) / 02."""

from __future__ import annotations

import pytest

from tests.suggest_support import by_code, suggester

BODY = ("HPI: 52M with hypertension, home readings 150s/90s on lisinopril 10 mg.\n"
        "Assessment and Plan:\n1. Hypertension - not at goal. Continue lisinopril; recheck readings in 2 weeks.\n"
        "Total time 22 minutes.\n")


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def em(s, header: str, **visit):
    out = s.suggest({"id": "t", "text": header + "\n\n" + BODY, "visit": {"new_patient": False, **visit}})
    return by_code(out, "99213")


def test_video_visit_from_home_is_99213_95_pos_10(s):
    e = em(s, "VIDEO VISIT (synchronous audio and video; patient at home, consent obtained)")
    assert e.extra["modifiers"] == ["95"] and e.extra["place_of_service"] == "10"
    assert "MOD-telehealth" in e.rule_ids and "place of service 10" in e.rationale
    assert e.to_dict()["modifiers"] == ["95"]


def test_video_visit_with_patient_at_work_is_pos_02(s):
    e = em(s, "Telehealth visit (audio-video). Patient located at work, private room.")
    assert e.extra["modifiers"] == ["95"] and e.extra["place_of_service"] == "02"


def test_audio_only_visit_is_office_code_with_93_and_flagged(s):
    e = em(s, "Telephone visit (audio-only; patient has no video device), patient at home")
    assert e.extra["modifiers"] == ["93"] and e.extra["place_of_service"] == "10"
    assert "telehealth-audio-only" in e.flags


def test_metadata_place_of_service_10_alone_makes_it_telehealth(s):
    e = em(s, "Follow-up visit", place_of_service="10")
    assert e.extra["modifiers"] == ["95"] and e.extra["place_of_service"] == "10"


def test_in_person_visit_has_no_telehealth_modifier(s):
    e = em(s, "Office visit, in person. Follow up by video in 3 months.", place_of_service="11")
    assert "modifiers" not in e.extra and "place_of_service" not in e.extra


def test_planned_video_follow_up_is_not_a_telehealth_visit(s):
    e = em(s, "Follow-up visit. Plan: video follow-up next month if readings stay high.")
    assert "modifiers" not in e.extra


def test_metadata_office_pos_with_a_video_note_is_flagged(s):
    e = em(s, "Video visit (patient at home)", place_of_service="11")
    assert e.extra["place_of_service"] == "10" and "verify-place-of-service" in e.flags
