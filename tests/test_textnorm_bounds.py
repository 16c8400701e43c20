"""The shared 'line / clause around an offset' and side-word helpers of suggest/textnorm (used by em, mdm,
procedures, combos and the site modules in place of their own rfind/find arithmetic)."""

import re

from suggest.textnorm import line_bounds, sentence_bounds, side_words

TEXT = "A/P:\n1. Gout. Continue allopurinol; recheck urate\nRTC 6 months"


def test_line_bounds_middle_and_last_line() -> None:
    at = TEXT.index("allopurinol")
    assert TEXT[slice(*line_bounds(TEXT, at))] == "1. Gout. Continue allopurinol; recheck urate"
    last = TEXT.index("RTC")
    assert TEXT[slice(*line_bounds(TEXT, last + 2))] == "RTC 6 months"  # no newline after the last line
    assert line_bounds(TEXT, 0) == (0, 4)


def test_sentence_bounds_default_and_custom_stops() -> None:
    at = TEXT.index("allopurinol")
    a, b = sentence_bounds(TEXT, at)
    assert TEXT[a:b] == " Continue allopurinol; recheck urate"  # a ". " stop leaves its space
    a, b = sentence_bounds(TEXT, at, stops=("\n", ". ", ";"))
    assert TEXT[a:b] == " Continue allopurinol"
    a, b = sentence_bounds(TEXT, TEXT.index("RTC"), stops=("\n\n",))
    assert (a, b) == (0, len(TEXT))


def test_side_words() -> None:
    side = re.compile(rf"\b(?P<side>{side_words('bilateral')})\b", re.I)
    assert [m.group("side") for m in side.finditer("RIGHT heel, L foot, bilateral calves, l. 4")] == \
        ["RIGHT", "L", "bilateral"]  # a lower-case "l" is not a side
    assert side_words(letters=False) == "right|left"
