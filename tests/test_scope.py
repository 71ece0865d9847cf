"""The analysis scope: one value for as-of day, thresholds and filters, and the cache key of every analysis."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd
import pytest

from lossanalytics.analytics import metrics
from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.ui import data

AS_OF = date(2026, 11, 21)


def reordered_settings() -> DetectionSettings:
    """The default thresholds, written in another order and with whole numbers as floats."""
    defaults = DetectionSettings()
    return DetectionSettings(
        stall_days={mode: float(days) for mode, days in reversed(defaults.stall_days.items())},
        overdue_days=dict(sorted(defaults.overdue_days.items())),
    )


def test_equal_scopes_are_equal_hash_alike_and_share_a_key() -> None:
    one = AnalysisScope(AS_OF, DetectionSettings(), Filters(carriers=("UPS",)))
    other = AnalysisScope(AS_OF, reordered_settings(), Filters(carriers=("UPS",)))
    assert one == other
    assert hash(one) == hash(other)
    assert one.key() == other.key()
    assert len({one, other}) == 1


def test_the_key_is_canonical_json() -> None:
    scope = AnalysisScope(AS_OF, DetectionSettings(stall_days={"unknown": 15}, overdue_days={"unknown": 45}),
                          Filters(ship_from=date(2026, 10, 1), carriers=("DHL", "UPS")))
    assert scope.key() == (
        '{"as_of": "2026-11-21", "filters": {"carriers": ["DHL", "UPS"], "dest_countries": [], "modes": [], '
        '"ship_from": "2026-10-01", "ship_to": null}, "settings": {"customs_hold_days": 21.0, '
        '"edd_grace_days": 7.0, "exception_days": 7.0, "min_lane_history": 20.0, "min_stall_days": 5.0, '
        '"not_found_days": 20.0, "overdue_days": {"unknown": 45.0}, "overdue_factor": 1.3, '
        '"stall_days": {"unknown": 15.0}, "stall_factor": 1.25}}'
    )


@pytest.mark.parametrize("change", [
    {"as_of": date(2026, 11, 22)},
    {"settings": DetectionSettings(edd_grace_days=8)},
    {"settings": DetectionSettings(stall_days={**DetectionSettings().stall_days, "sea": 50})},
    {"filters": Filters(modes=("air",))},
    {"filters": Filters(ship_to=AS_OF)},
])
def test_any_change_makes_another_scope_and_key(change: dict) -> None:
    scope = AnalysisScope(AS_OF, DetectionSettings())
    changed = replace(scope, **change)
    assert changed != scope and changed.key() != scope.key()


def test_the_cache_serves_equal_scopes_once_and_a_changed_filter_afresh(
    monkeypatch: pytest.MonkeyPatch, clean_caches: None
) -> None:
    calls: list[AnalysisScope] = []

    def counted(db: object, by: str, scope: AnalysisScope) -> pd.DataFrame:
        calls.append(scope)
        return pd.DataFrame({"shipments": [len(calls)]})

    monkeypatch.setattr(metrics, "rates", counted)
    version = ("test.duckdb", 1)
    first = data.rates(None, version, "carrier", AnalysisScope(AS_OF, DetectionSettings()))
    again = data.rates(None, version, "carrier", AnalysisScope(AS_OF, reordered_settings()))
    assert len(calls) == 1 and first.equals(again)
    data.rates(None, version, "carrier", AnalysisScope(AS_OF, DetectionSettings(), Filters(carriers=("UPS",))))
    assert len(calls) == 2 and calls[1].filters == Filters(carriers=("UPS",))
    data.rates(None, version, "carrier", AnalysisScope(AS_OF, DetectionSettings(), Filters(carriers=("UPS",))))
    assert len(calls) == 2
