"""Claim texts for many parcels at once: a message is formatted once per group of
parcels, with markers where each parcel's own values go (dates, amounts, weights),
and the markers are then filled in parcel by parcel.

A marker carries a random token, so no uploaded text (a carrier's name) can pose as one.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping

import numpy as np
import pandas as pd

_TOKEN = secrets.token_hex(8)
_MARKER = re.compile(f"\x00{_TOKEN}:(\\w+)\x00")


def slot(name: str) -> str:
    """The marker for value `name` in a template."""
    return f"\x00{_TOKEN}:{name}\x00"


def fill(template: str, values: Mapping[str, np.ndarray], count: int) -> np.ndarray:
    """`template` for each of `count` parcels, every marker replaced by that parcel's value in `values`."""
    parts = _MARKER.split(template)  # text, name, text, name, …, text
    out = np.full(count, parts[0], dtype=object)
    for index, part in enumerate(parts[1:], start=1):
        out = out + (values[part] if index % 2 else part)
    return out


def names(template: str) -> list[str]:
    """The names of the markers in `template`."""
    return _MARKER.findall(template)


def groups(*columns: np.ndarray) -> list[np.ndarray]:
    """The positions of the rows of each distinct combination of `columns` (None and NaN alike count as values)."""
    frame = pd.DataFrame({str(index): column for index, column in enumerate(columns)}, dtype=object)
    return list(frame.groupby(list(frame.columns), dropna=False, sort=False).indices.values())
