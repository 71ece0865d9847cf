"""Ordered keyword rules shared by the status, carrier and mode normalisers."""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[_\-–—/|.,;:'’()（）\[\]【】]+")


def fold(text: str) -> str:
    """Lower-case text with punctuation turned into single spaces, as rules expect."""
    return " ".join(_SEPARATORS.sub(" ", text.casefold()).split())


def _compile(phrases: tuple[str, ...]) -> re.Pattern[str]:
    # Latin phrases must stand as whole words ("lost" not in "almost"); \b is no use
    # because CJK characters count as word characters, so "DHL快递" would not split.
    # One look-around pair around all of them is several times faster than one each.
    latin = [p for p in phrases if p[0].isascii()]
    parts = [re.escape(p) for p in phrases if not p[0].isascii()]
    if latin:
        parts.insert(0, f"(?<![a-z0-9])(?:{'|'.join(latin)})(?![a-z0-9])")
    return re.compile("|".join(parts))


class KeywordRules:
    """Rules (label, phrases) tried in order on folded text: the first rule with a
    phrase in the text gives its label. Latin phrases are regular expressions matched
    as whole words; CJK phrases are plain substrings."""

    def __init__(self, rules: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
        self._rules = tuple((label, _compile(phrases)) for label, phrases in rules)

    def first(self, folded: str) -> str | None:
        """Label of the first rule matching the already folded text, or None."""
        for label, pattern in self._rules:
            if pattern.search(folded):
                return label
        return None
