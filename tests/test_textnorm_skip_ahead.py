"""textnorm.skip_ahead: a first-character look-ahead that leaves every match as it was."""

from __future__ import annotations

import random
import re

import pytest

from suggest.textnorm import skip_ahead

PATTERNS = [
    (r"\b(?:mother|father|mom)\b[^.;\n]{0,25}\b(?:with|has)\b", re.I),
    (r"(?<![\w/-])(AS|MS|RA)(?![\w/-])", 0),
    (r"\b(right|rt)\b|(?<![\w/.&-])(?<!\d )(?-i:R)(?![\w/.&-])", re.I),
    (r"\b(?:no|denies|without)\s+(?:\w+\s+)?$|\bnon-\s*$", re.I),
    (r"[ \t]*(?:surveillance|screening)\b", re.I),
    (r"(?:ab)?c|d+e", 0),
    (r"[a-c]x|y", re.I),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_skip_ahead_same_matches(pattern: str, flags: int) -> None:
    rx = re.compile(pattern, flags)
    fast = skip_ahead(rx)
    assert fast.pattern.startswith("(?=[")
    rng = random.Random(7)
    alphabet = "abcdeRrtxy MSA-/\n.;\u017f\u212amotherfwithnos"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        assert [m.span() for m in fast.finditer(text, a, b)] == [m.span() for m in rx.finditer(text, a, b)]
        assert bool(fast.match(text, a, b)) == bool(rx.match(text, a, b))


def test_skip_ahead_first_characters() -> None:
    assert skip_ahead(re.compile(r"\b(?:mother|father)\b", re.I)).pattern.startswith("(?=[fm])")
    assert skip_ahead(re.compile(r"[ \t]*x")).pattern.startswith("(?=[\\\t\\ x])")


@pytest.mark.parametrize("pattern", [r"a*", r"(?:ab)?", r"\w+x", r".a", r"[^a]b", r"(?i:a)b"])
def test_skip_ahead_unchanged_when_unknown(pattern: str) -> None:
    """Empty matches, any first character, or a case-insensitive group in a case-sensitive pattern: left as is."""
    rx = re.compile(pattern)
    assert skip_ahead(rx) is rx
