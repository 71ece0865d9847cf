"""What the advice core returns: topics of general advice, each with findings from the data.

Plain data only (no Streamlit): the page decides how to draw them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

#: Topics in the order the page shows them (labels: `advice.topic.<key>.title`).
TOPICS: tuple[str, ...] = ("reporting", "carriers", "high_value", "insurance", "monitoring", "packaging", "records")
#: How strongly a finding asks for action, most pressing first.
LEVELS: tuple[str, ...] = ("act", "consider", "info")


@dataclass(frozen=True)
class Finding:
    """One recommendation made specific by the seller's data.

    `text` says what to do and why, `numbers` are the figures behind it as
    (label, value) pairs in the reader's language, `certainty` says how sure we are
    (interval, p-value, sample size). `values` keeps the raw numbers (for tests and
    exports) and `table` the rows behind the finding, with canonical column names.
    """

    key: str
    level: str
    text: str
    numbers: tuple[tuple[str, str], ...]
    certainty: str
    values: Mapping[str, Any] = field(default_factory=dict)
    table: pd.DataFrame | None = None


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
