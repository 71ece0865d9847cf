"""Issue 12: a failing part of a page shows a message in the seller's language, never a
traceback, and the rest of the page still draws."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_clock import DEMO_TODAY
from test_app_pages import start

from lossanalytics import advice
from lossanalytics.charts import rates
from lossanalytics.claims import worklist
from lossanalytics.i18n import t
from lossanalytics.ui import carrier_names_view, recovery_view


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


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_broken_recovery_report_leaves_the_rest_of_the_claims_page(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.setattr(recovery_view, "recovery_report", _broken)
    at = start(lang, "pages/claims.py")
    assert not at.exception
    assert [e.value for e in at.error] == [t("ui.section_failed", lang)]
    assert not at.get("plotly_chart")
    # The summary, the worklist, the guided claim and the packs are drawn as usual.
    assert at.metric
    assert at.dataframe
    keys = {w.key for w in (*at.selectbox, *at.multiselect, *at.segmented_control)}
    assert {"claims_view", "claim_parcel", "pack_selection"} <= keys


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_broken_data_advice_leaves_the_claim_deadlines(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.setattr(advice, "analyse", _broken)
    at = start(lang, "pages/advice.py")
    assert not at.exception
    assert [e.value for e in at.error] == [t("ui.section_failed", lang)]
    # Only the topic made from the claims worklist is left, with the page's closing note.
    assert [h.value for h in at.main.subheader] == [f"1. {t('advice.topic.reporting.title', lang)}"]
    assert t("ui.advice.sources", lang) in [c.value for c in at.main.caption]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_broken_claim_deadlines_leave_the_data_advice(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.setattr(worklist, "deadline_rows", _broken)
    at = start(lang, "pages/advice.py")
    assert not at.exception
    assert [e.value for e in at.error] == [t("ui.section_failed", lang)]
    titles = [h.value for h in at.main.subheader]
    assert f"1. {t('advice.topic.reporting.title', lang)}" not in titles
    assert titles and t("ui.advice.sources", lang) in [c.value for c in at.main.caption]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_broken_carrier_list_leaves_the_other_settings(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.setattr(carrier_names_view, "list_carriers", _broken)
    at = start(lang, "pages/settings.py")
    assert not at.exception
    assert [e.value for e in at.error] == [t("ui.section_failed", lang)]
    # Detection, claim rules, advice and home settings are drawn as usual.
    buttons = [b.key for b in at.button]
    assert {"det_reset", "adv_reset"} <= set(buttons)
    for prefix in ("rules_save_", "home_save_", "home_rates_save_"):
        assert any(key.startswith(prefix) for key in buttons), prefix
    assert not [key for key in buttons if key.startswith("carrier_")]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_broken_worklist_leaves_the_recovery_report(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.setattr(worklist, "estimate_candidates", _broken)
    at = start(lang, "pages/claims.py")
    assert not at.exception
    assert [e.value for e in at.error] == [t("ui.section_failed", lang)]
    assert not at.tabs and not at.success
    assert t("ui.claims.recovery.intro", lang, as_of=DEMO_TODAY) in [c.value for c in at.main.caption]
