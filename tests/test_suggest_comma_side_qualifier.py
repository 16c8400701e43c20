"""A side letter or word between the comma and an Index-style qualifier ("Acute sinusitis, R maxillary") does not
split the condition: laterality reads the side (I.B.13), the qualifier still specifies the code (issue #3,
dev-x2-05), nor does a parenthesised abbreviation renaming the words before it. Only when the match opens its
item: "Closed Colles fracture, R wrist" stays one fracture code."""

from __future__ import annotations

import pytest

from tests.suggest_support import codes, note, suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def test_side_after_comma_keeps_the_qualifier(s) -> None:
    assert codes(s.suggest(note("A/P: Acute sinusitis, R maxillary. Amoxicillin-clavulanate x 10 d.\n"))) == ["J01.00"]
    assert codes(s.suggest(note("Assessment:\n1. Acute sinusitis, left maxillary.\n"))) == ["J01.00"]


def test_side_after_comma_does_not_add_a_second_fracture(s) -> None:
    text = "Impression:\n1. Closed Colles fracture, R wrist\n2. Scalp laceration 3 cm, repaired\n"
    got = codes(s.suggest(note(text)))
    assert [c for c in got if c.startswith(("S52", "S62"))] == ["S52.531A"]


def test_parenthesised_abbreviation_glosses_the_words_before_it(s) -> None:
    """'lateral ligament (ATFL)': the abbreviation names the ligament, so the sprain is of the anterior talofibular
    ligament, S93.49- (Index: Sprain, ankle, specified ligament NEC; issue #3, dev-em3-22)."""
    assert codes(s.suggest(note("Assessment: Sprain of the right ankle, lateral ligament (ATFL).\n"))) == ["S93.491A"]
