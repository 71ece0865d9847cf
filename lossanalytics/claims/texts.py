"""Claim texts for many parcels at once: a message is formatted once per group of
parcels, with markers where each parcel's own values go (dates, amounts, weights),
and the markers are then filled in parcel by parcel.

A marker carries a random token, so no uploaded text (a carrier's name) can pose as one.
"""

from __future__ import annotations

import re
import secrets
import sys
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

_TOKEN = secrets.token_hex(8)
_MARKER = re.compile(f"\x00{_TOKEN}:(\\w+)\x00")
_LARGEST = 2**62  # below the largest int64


def slot(name: str) -> str:
    """The marker for value `name` in a template."""
    return f"\x00{_TOKEN}:{name}\x00"


def fill(template: str, values: Mapping[str, np.ndarray], count: int) -> np.ndarray:
    """`template` for each of `count` parcels, every marker replaced by that parcel's value in `values`.

    Parcels repeat their values (the same dates, the same amounts), so the text is made once per
    distinct combination and shared by its rows; equal texts are one object (interned), whichever
    call made them."""
    parts = _MARKER.split(template)  # text, name, text, name, …, text
    if len(parts) == 1:
        # Not np.full, which would make a copy of the text for every row.
        same = np.empty(count, dtype=object)
        same.fill(sys.intern(template))
        return same
    combination = _combination([values[name] for name in dict.fromkeys(parts[1::2])], count)
    # Combinations are numbered 0, 1, … as they first appear: the first row of each is where the
    # running highest number grows (no sort needed).
    first = np.flatnonzero(np.diff(np.maximum.accumulate(combination), prepend=-1))
    out = np.full(len(first), parts[0], dtype=object)
    for index, part in enumerate(parts[1:], start=1):
        out = out + (values[part][first] if index % 2 else part)
    # Interned, so a text another call makes too (another rule, another case) is the same object:
    # a column of texts then holds one object per distinct text without hashing every row's.
    return np.array([sys.intern(text) for text in out], dtype=object).take(combination)


def names(template: str) -> list[str]:
    """The names of the markers in `template`."""
    return _MARKER.findall(template)


def groups(*columns: np.ndarray) -> list[np.ndarray]:
    """The positions of the rows of each distinct combination of `columns` (None and NaN alike
    count as one value), in the order the combinations first appear."""
    count = len(columns[0]) if columns else 0
    if not count:
        return []
    combination = _combination(columns, count)
    # factorize numbers combinations by first appearance; a stable sort keeps each group's rows in order.
    order = np.argsort(combination, kind="stable")
    starts = np.flatnonzero(np.diff(combination[order], prepend=-1))
    return np.split(order, starts[1:])


def _combination(columns: Sequence[np.ndarray], count: int) -> np.ndarray:
    """For each of `count` rows, a number for its combination of values in `columns` (None and
    NaN alike are one value), numbered in the order the combinations first appear."""
    combination: np.ndarray = np.zeros(count, dtype=np.int64)
    size = 1  # the combined numbers stay below it
    for column in columns:
        codes, uniques = pd.factorize(column)
        if size * (len(uniques) + 1) > _LARGEST:
            # Renumbered only when the combined number could overflow: it then stays below `count`.
            combination, size = pd.factorize(combination)[0], count
        combination = combination * (len(uniques) + 1) + codes + 1
        size *= len(uniques) + 1
    combination = pd.factorize(combination)[0]
    return combination
