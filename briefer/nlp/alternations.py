"""Long case-blind alternations of names, tried only with the names that can
open where the text is.

Python's regex engine tries the alternatives of `(?:a|b|...)` one after the
other, so a pattern of a thousand listed names costs a thousand tries at every
place it is matched. An ASCII letter (or digit) of the text can only open an
alternative that opens with the same letter in either case, or with a
non-ASCII letter (case folding maps "ſ" to "s" and "K", the Kelvin sign, to
"k") or with no letter at all: the same pattern with just those alternatives,
in the same order, finds the same match there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Alternation:
    """`prefix(?:alternatives...)suffix`, case-blind. `openings[i]` is the
    first character alternative i can match (lower case)."""

    prefix: str
    alternatives: list[str]
    openings: list[str]
    suffix: str
    _by_letters: dict[frozenset[str], re.Pattern[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.full = self._compile(self.alternatives)

    def _compile(self, alternatives: list[str]) -> re.Pattern[str]:
        return re.compile(rf"{self.prefix}(?:{'|'.join(alternatives)}){self.suffix}", re.IGNORECASE)

    def match(self, text: str, pos: int, opening_at: tuple[int, ...]) -> re.Match[str] | None:
        """`full.match(text, pos)`, trying only the alternatives that can open
        at the offsets `opening_at` (where the prefix can leave the match)."""
        letters = frozenset(text[i : i + 1].lower() for i in opening_at)
        if not all(letter.isascii() and len(letter) == 1 for letter in letters):
            return self.full.match(text, pos)
        pattern = self._by_letters.get(letters)
        if pattern is None:
            kept = [
                alternative
                for alternative, opening in zip(self.alternatives, self.openings, strict=True)
                if opening in letters or not (opening.isascii() and opening.isalnum())
            ]
            pattern = self._by_letters[letters] = self._compile(kept or ["(?!)"])
        return pattern.match(text, pos)
