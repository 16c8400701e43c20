"""Gout in one documented joint is coded by site and side, M10.0- (Index: Gout, idiopathic, by site; issue #3,
dev-x2-16): terse notes write the joint as an abbreviation ("1st MTP") and the side as a letter ("L")."""

from __future__ import annotations

import pytest

from tests.suggest_support import codes, note, suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


@pytest.mark.parametrize(("text", "code"), [
    ("A/P: Gout flare - L 1st MTP, clinical dx. Prednisone 30 mg x 5d.\n", "M10.072"),
    ("A/P: Acute gout, R knee - aspirated, MSU crystals.\n", "M10.061"),
    ("A/P: Gout flare right elbow, olecranon bursa spared.\n", "M10.021"),
])
def test_gout_site_and_side(s, text: str, code: str) -> None:
    assert codes(s.suggest(note(text))) == [code]


def test_gout_without_one_sided_joint_stays_unspecified(s) -> None:
    assert codes(s.suggest(note("A/P: Gout flare, R knee and L ankle.\n"))) == ["M10.9"]
    assert codes(s.suggest(note("A/P: Gout - no flares on allopurinol, continue 300 mg.\n"))) == ["M10.9"]
