"""The analysis scope: which parcels a view looks at, judged as of which day, by which thresholds.

Every figure the dashboard shows depends on these three together, so they travel as one
value: the page context carries it, the core functions take it, and the cached wrappers in
`lossanalytics.ui` key on it (`key` gives equal scopes the same text whatever the order of
the settings' dictionaries).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.thresholds import DetectionSettings


@dataclass(frozen=True)
class AnalysisScope:
    """The as-of day, the detection thresholds and the filters of one analysis."""

    as_of: date
    settings: DetectionSettings
    filters: Filters = Filters()

    def key(self) -> str:
        """This scope as canonical JSON: equal scopes give equal keys (a cache key)."""
        return json.dumps(
            {"as_of": self.as_of, "settings": _numbers_as_floats(asdict(self.settings)),
             "filters": asdict(self.filters)},
            sort_keys=True, default=date.isoformat,
        )


def _numbers_as_floats(value: Any) -> Any:
    """`value` with every number a float, so that 7 and 7.0 (equal thresholds) write alike."""
    if isinstance(value, dict):
        return {name: _numbers_as_floats(item) for name, item in value.items()}
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return value
