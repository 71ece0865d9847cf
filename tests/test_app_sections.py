"""Issue 12: a failing part of a page shows a message in the seller's language, never a
traceback, and the rest of the page still draws."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_app_pages import start

from lossanalytics.charts import rates
from lossanalytics.i18n import t


def _broken(*args: object, **kwargs: object) -> None:
    raise RuntimeError("a chart that cannot be drawn")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_broken_chart_leaves_the_rest_of_the_carriers_page(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.setattr(rates, "carrier_bars", _broken)
    at = start(lang, "pages/carriers.py")
    assert not at.exception
    assert [e.value for e in at.error] == [t("ui.section_failed", lang)]
    assert not at.get("plotly_chart")
    # The scorecard and the drill-down below the chart are drawn as usual.
    assert t("ui.col.verdict", lang) in at.dataframe[0].value.columns
    assert at.selectbox(key="drill_carrier").value is not None


def test_a_broken_trend_leaves_the_overview_figures(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rates, "monthly_trend", _broken)
    at = start("en", "pages/overview.py")
    assert not at.exception
    assert [e.value for e in at.error] == [t("ui.section_failed", "en")]
    assert [m.label for m in at.metric][:1] == [t("col.shipments", "en")]
