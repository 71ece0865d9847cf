"""What the advice core returns: topics of general advice, each with findings from the data.

Plain data only (no Streamlit): the page decides how to draw them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

#: Topics in the order the page shows them (labels: `advice.topic.<key>.title`).
TOPICS: tuple[str, ...] = ("reporting", "carriers", "high_value", "insurance", "monitoring", "packaging", "records")
#: The rows of a finding's table a page shows; a finding resting on more lists them all on request.
SHOWN_ROWS = 1_000
#: How strongly a finding asks for action, most pressing first.
LEVELS: tuple[str, ...] = ("act", "consider", "info")


@dataclass(frozen=True)
class Finding:
    """One recommendation made specific by the seller's data.

    `text` says what to do and why, `numbers` are the figures behind it as
    (label, value) pairs in the reader's language, `certainty` says how sure we are
    (interval, p-value, sample size). `values` keeps the raw numbers (for tests and
    exports) and `table` the rows behind the finding, with canonical column names. When a finding
    rests on more rows than a page shows, `table` holds the first :data:`SHOWN_ROWS` of them,
    `rows` counts them all and `all_rows()` lists them all, in the same order.
    """

    key: str
    level: str
    text: str
    numbers: tuple[tuple[str, str], ...]
    certainty: str
    values: Mapping[str, Any] = field(default_factory=dict)
    table: pd.DataFrame | None = None
    rows: int | None = None
    all_rows: Callable[[], pd.DataFrame] | None = None

    def row_count(self) -> int:
        """How many rows the finding rests on (0 without a table)."""
        if self.rows is not None:
            return self.rows
        return 0 if self.table is None else len(self.table)

    def every_row(self) -> pd.DataFrame | None:
        """Every row behind the finding (`table` when it holds them all)."""
        return self.all_rows() if self.all_rows is not None else self.table


@dataclass(frozen=True)
class Topic:
    """A topic of the source documents' advice: the advice in general, then what the data says."""

    key: str
    title: str
    advice: tuple[str, ...]
    findings: tuple[Finding, ...]
    note: str = ""

    def finding(self, key: str) -> Finding | None:
        """The first finding with `key`, if any."""
        return next((f for f in self.findings if f.key == key), None)
