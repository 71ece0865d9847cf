"""Which ordered rules could match a text, found before any of their expressions runs.

The status reader tries about a thousand rules, each a regular expression, in order; running
them all costs over half a millisecond a text, and an export whose event texts name places or
numbers holds tens of thousands of distinct texts. Every expression is parsed once to find
literal strings of which any match must contain one (as RE2's and Hyperscan's prefilters do):
a text holding none of a rule's strings cannot match it, so that rule is not tried. Where an
expression gives no such strings (an optional group, a class of characters, a flag that
changes case), its rule is tried on every text. The answer is the same as trying every rule:
only rules that cannot match are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

Needs = frozenset[str] | None
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_CASE_FLAGS = re.IGNORECASE | re.LOCALE
# How many spellings a run of literals and small classes may take before it is cut.
_SPELLINGS = 64
# Strings longer than this are looked up by their first _KEY characters.
_KEY = 5


def literal_needs(pattern: re.Pattern[str]) -> Needs:
    """Strings of which every match of `pattern` contains at least one, or None when none can be
    said (the rule must then be tried on every text)."""
    if pattern.flags & _CASE_FLAGS:
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):
        return None
    return _needs(parsed)


def _needs(sequence: Iterable[tuple[object, Any]]) -> Needs:
    """The most telling requirement among the sequence's own runs of literal characters and
    those of the groups it must pass through (each alone is already necessary). A class of a
    few characters ("[εέ]", an accent written both ways) spells its run each way."""
    best: Needs = None
    run = [""]
    for op, value in sequence:
        if op is sre.LITERAL:
            run = [piece + chr(value) for piece in run]
            continue
        chars = _class_chars(op, value)
        if chars and len(run) * len(chars) <= _SPELLINGS:
            run = [piece + char for piece in run for char in chars]
            continue
        best = _better(best, frozenset(run))
        run = [""]
        best = _better(best, _item_needs(op, value))
    return _better(best, frozenset(run))


def _class_chars(op: object, value: Any) -> list[str] | None:
    """The characters of a class that lists only single characters ("[εέ]"), else None."""
    if op is not sre.IN:
        return None
    members = list(value)
    if not all(kind is sre.LITERAL for kind, _char in members):
        return None
    return [chr(char) for _kind, char in members]


def _item_needs(op: object, value: Any) -> Needs:
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, inner = value
        return None if add_flags & _CASE_FLAGS else _needs(inner)
    if op is sre.ATOMIC_GROUP:
        return _needs(value)
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in value[1]:
            needs = _needs(branch)
            if needs is None:
                return None
            union |= needs
        return frozenset(union)
    if op in _REPEATS:
        least, _most, inner = value
        return _needs(inner) if least >= 1 else None
    # Classes, any character, anchors and look-arounds consume no fixed text.
    return None


def _better(current: Needs, other: Needs) -> Needs:
    """The more selective of two requirements: longer shortest string, then fewer strings."""
    if other is None or "" in other:
        return current
    if current is None:
        return other
    return max(current, other, key=lambda needs: (min(map(len, needs)), -len(needs)))


class RuleIndex:
    """For a text, the positions of the rules (in their order) whose expressions could match it."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._always: list[int] = []
        # Strings of up to _KEY characters by themselves, longer ones by their first _KEY: every
        # piece of a text that long is looked up at once, and few strings share a key.
        self._exact: dict[str, set[int]] = {}
        self._prefixed: dict[str, list[tuple[str, int]]] = {}
        for position, pattern in enumerate(patterns):
            needs = literal_needs(pattern)
            if needs is None:
                self._always.append(position)
                continue
            for literal in needs:
                if len(literal) <= _KEY:
                    self._exact.setdefault(literal, set()).add(position)
                else:
                    self._prefixed.setdefault(literal[:_KEY], []).append((literal, position))
        self._lengths = sorted({len(literal) for literal in self._exact} | {_KEY})
        self._keys = frozenset(self._exact) | frozenset(self._prefixed)

    def candidates(self, text: str) -> list[int]:
        """Positions of the rules that could match `text`, ascending."""
        found = set(self._always)
        # Every piece of the text as long as some key, met with the keys in one set operation.
        pieces = {text[start:start + length] for length in self._lengths for start in range(len(text) - length + 1)}
        for key in pieces & self._keys:
            rules = self._exact.get(key)
            if rules:
                found.update(rules)
            for literal, position in self._prefixed.get(key, ()):
                if literal in text:
                    found.add(position)
        return sorted(found)
