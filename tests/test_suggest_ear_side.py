"""The ear's side from otology shorthand (issue #3, dev-x2-08): AD = right ear (auris dextra), AS = left, AU = both,
read only for chapter 8 ear codes like OD/OS/OU for eye codes (I.B.13 laterality); and "swimmer's ear" is
otitis externa H60.33- (Index: Otitis, externa, swimmer's ear), not the unspecified H60.9-."""

from __future__ import annotations

import pytest

from suggest.resolve import ear_side
from tests.suggest_support import codes, note, suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def test_ear_side_reads_ad_as_au() -> None:
    assert ear_side("otalgia AD x 3 d") == "right"
    assert ear_side("otitis media AS") == "left"
    assert ear_side("cerumen AU") == "bilateral"
    assert ear_side("canal edema AD, AS - WNL") == "bilateral"
    assert ear_side("AD/HD") is None


def test_ear_codes_carry_the_side(s) -> None:
    assert codes(s.suggest(note("Dx: otitis externa acuta AD (swimmer's ear).\n"))) == ["H60.331"]
    assert codes(s.suggest(note("A/P: Acute otitis media AS. Amoxicillin.\n"))) == ["H66.92"]
    assert codes(s.suggest(note("A/P: Cerumen impaction AU, irrigated.\n"))) == ["H61.23"]


def test_as_is_not_an_ear_outside_ear_codes(s) -> None:
    got = codes(s.suggest(note("Assessment: AS on echo, TAVR evaluation. Essential hypertension.\n")))
    assert "I10" in got
    assert not any(c.startswith("H") for c in got)
