"""Fast case-insensitive phrase lookup (shared by context cues and abbreviations).

Why not a regex alternation: with ~470 cue phrases Python's `re` tries every alternative at every position
(1-2 s per note; a trie-shaped regex still cost ~50 ms). Here the lower-cased text is split once into tokens
(`\\w+` or one punctuation mark; offsets from the split pieces' lengths), only tokens that start some phrase are
examined, and phrases are looked up in a dict by their tokens, longest first; matches do not overlap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import accumulate
from typing import Generic, TypeVar

V = TypeVar("V")
TOKEN = re.compile(r"\w+|[^\w\s]")
SPLIT = re.compile(r"(\w+|[^\w\s])")


def phrase_key(phrase: str) -> str:
    """Lookup key of a phrase: its lower-cased tokens joined by one space."""
    return " ".join(TOKEN.findall(phrase.lower()))


class PhraseIndex(Generic[V]):
    """Maps phrases to values; `find` returns non-overlapping (start, end, value) matches in text order.

    With `plural_s`, a one-token phrase also matches when followed by "s" ("UTIs"); the caller decides
    whether that was really a plural.
    """

    def __init__(self, items: Iterable[tuple[str, V]], plural_s: bool = False) -> None:
        self._values: dict[str, V] = {}
        self._lengths: dict[str, tuple[int, ...]] = {}
        # second tokens of the multi-token phrases, by first token: "the" and "and" open cue phrases but are mostly
        # followed by other words, and one set lookup rules the longer phrases out before any key is joined
        self._seconds: dict[str, set[str]] = {}
        self.plural_s = plural_s
        for phrase, value in items:
            key = phrase_key(phrase)
            if not key or key in self._values:
                continue
            self._values[key] = value
            tokens = key.split(" ")
            first, n = tokens[0], len(tokens)
            self._add_length(first, n)
            if n > 1:
                self._seconds.setdefault(first, set()).add(tokens[1])
            if plural_s and n == 1:
                self._add_length(first + "s", 1)

    def _add_length(self, first: str, n: int) -> None:
        self._lengths[first] = tuple(sorted(set(self._lengths.get(first, ())) | {n}, reverse=True))

    def find(self, text: str) -> list[tuple[int, int, V]]:
        low = text.lower()
        if len(low) != len(text):  # a few Unicode letters change length when lower-cased
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        parts = SPLIT.split(low)
        offs = list(accumulate(map(len, parts), initial=0))
        words = parts[1::2]
        values, lengths, seconds, plural = self._values, self._lengths, self._seconds, self.plural_s
        out = []
        n = len(words)
        skip_to = 0
        for i in [i for i, w in enumerate(words) if w in lengths]:
            if i < skip_to:
                continue
            multi = i + 1 < n and words[i + 1] in seconds.get(words[i], ())
            for length in lengths[words[i]]:
                if i + length > n or (length > 1 and not multi):
                    continue
                key = words[i] if length == 1 else " ".join(words[i : i + length])
                value = values.get(key)
                if value is None and length == 1 and plural and key.endswith("s"):
                    value = values.get(key[:-1])
                if value is not None:
                    out.append((offs[2 * i + 1], offs[2 * (i + length)], value))
                    skip_to = i + length
                    break
        return out
