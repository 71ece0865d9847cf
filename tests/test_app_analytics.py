"""AppTests of the analytics pages (Carriers, Routes & modes, Trends) on the demo data, in both languages."""

from __future__ import annotations

import json
from pathlib import Path

import pycountry
import pytest
from test_app_pages import TODAY, start

from lossanalytics.analytics import compare, metrics
from lossanalytics.analytics.detect import suspected
from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.i18n import carrier_name, t
from lossanalytics.storage.db import Database
from lossanalytics.ui.analytics_tables import extremes

ANALYTICS = {"pages/carriers.py": "ui.page.carriers", "pages/routes.py": "ui.page.routes",
             "pages/trends.py": "ui.page.trends"}


def figures(at) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def demo_rates(path: Path, *bys: str) -> dict:
    db = Database(path)
    try:
        return metrics.rates_many(db, bys, AnalysisScope(TODAY, DetectionSettings()))
    finally:
        db.close()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_carriers_scorecard_has_a_row_and_a_verdict_per_carrier(db_path: Path, lang: str) -> None:
    frames = demo_rates(db_path, "carrier", "lane")
    verdicts = compare.versus_rest(frames["lane"]).set_index("carrier")["verdict"]
    at = start(lang, "pages/carriers.py")
    assert len(figures(at)) == 1
    card = at.dataframe[0].value
    assert t("ui.col.verdict", lang) in card.columns and t("ui.col.p_adjusted", lang) in card.columns
    shown = dict(zip(card.iloc[:, 0], card[t("ui.col.verdict", lang)]))
    assert shown == {carrier_name(c, lang): t(f"ui.analytics.verdict.{v}", lang) for c, v in verdicts.items()}
    small = card[card[t("col.small_sample", lang)]]
    assert len(small) == int(frames["carrier"]["small_sample"].sum()) > 0
    # Carriers too small to judge come last, after every carrier that can be judged.
    assert list(card[t("col.small_sample", lang)]) == sorted(card[t("col.small_sample", lang)])


def test_carrier_drill_down_shows_its_lanes_and_its_suspected_parcels(db_path: Path) -> None:
    frames = demo_rates(db_path, "carrier", "lane")
    busiest = frames["carrier"].sort_values("shipments", ascending=False)["carrier"].iloc[0]
    at = start("en", "pages/carriers.py")
    picker = at.selectbox(key="drill_carrier")
    assert picker.value == busiest
    chosen = "Cainiao" if busiest != "Cainiao" else "China Post"
    picker.set_value(chosen).run()
    assert not at.exception
    lanes = frames["lane"][frames["lane"]["carrier"] == chosen]
    lane_table = at.dataframe[1].value
    assert len(lane_table) == len(lanes)
    standing = list(lane_table[t("ui.col.standing", "en")])
    assert any(s.endswith("best") for s in standing) and any(s.endswith("worst") for s in standing)
    db = Database(db_path)
    expected = suspected(db, AnalysisScope(TODAY, DetectionSettings(), Filters(carriers=(chosen,))), "en")
    db.close()
    assert len(expected) > 0
    parcels = at.dataframe[2].value
    assert sorted(parcels[t("col.tracking_number", "en")]) == sorted(expected["tracking_number"])
    assert set(parcels[t("col.carrier", "en")]) == {chosen}
    assert f"**{t('ui.analytics.drill.parcels', 'en', carrier=chosen)}**" in [m.value for m in at.markdown]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_routes_page_maps_destinations_and_names_best_and_worst_lanes(db_path: Path, lang: str) -> None:
    frames = demo_rates(db_path, "dest_country", "lane")
    at = start(lang, "pages/routes.py")
    heatmap, world, modes = figures(at)
    assert heatmap["layout"]["title"]["text"] == t("ui.chart.routes.title", lang)
    assert world["layout"]["title"]["text"] == t("ui.analytics.chart.map.title", lang)
    assert modes["layout"]["title"]["text"] == t("ui.chart.modes.title", lang)
    placed = [code for trace in world["data"] for code in trace["locations"]]
    codes = frames["dest_country"]["dest_country"].dropna()
    assert sorted(placed) == sorted(pycountry.countries.get(alpha_2=c).alpha_3 for c in codes)
    hover = " ".join(h for trace in world["data"] for h in trace["hovertext"])
    assert ("United States" if lang == "en" else "美国") in hover
    said, basis = extremes(frames["lane"], lang)
    assert len(said) == 2 and basis is not None
    statements = [m.value for m in at.markdown]
    assert all(line in statements for line in said)
    assert f"**{t('ui.analytics.lanes.tests', lang)}**" in statements
    captions = [c.value for c in at.caption]
    assert basis in captions and t("ui.analytics.map.note", lang) in captions


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_routes_tables_are_drawn_once_their_section_is_opened(db_path: Path, lang: str) -> None:
    frames = demo_rates(db_path, "route", "mode")
    at = start(lang, "pages/routes.py")
    assert [e.label for e in at.expander] == [t("ui.routes.tables", lang)]
    assert not at.dataframe and t("ui.routes.table", lang) not in [h.value for h in at.subheader]
    at.session_state["route_tables"] = True
    at.run()
    assert not at.exception
    by_route, by_mode = (table.value for table in at.expander[0].dataframe)
    assert len(by_route) == len(frames["route"]) and len(by_mode) == len(frames["mode"])
    assert by_route[t("col.shipments", lang)].sum() == frames["route"]["shipments"].sum()
    assert [h.value for h in at.expander[0].subheader] == [t("ui.routes.table", lang), t("ui.routes.mode_table", lang)]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_trends_page_draws_carriers_and_modes_with_immature_months_dashed(db_path: Path, lang: str) -> None:
    at = start(lang, "pages/trends.py")
    by_carrier, by_mode = figures(at)
    assert by_carrier["layout"]["title"]["text"] == t("ui.analytics.chart.monthly.carrier_title", lang)
    assert by_mode["layout"]["title"]["text"] == t("ui.analytics.chart.monthly.mode_title", lang)
    picked = at.multiselect(key="trend_carriers").value
    assert 0 < len(picked) <= 5
    names = {trace["name"] for trace in by_carrier["data"]}
    assert {carrier_name(c, lang) for c in picked} <= names
    assert t("mode.postal", lang) in {trace["name"] for trace in by_mode["data"]}
    dashed = [trace for trace in by_carrier["data"] if trace.get("line", {}).get("dash") == "dash"]
    assert dashed, "the newest month (TODAY's) can never be mature"
    assert any(t("ui.analytics.chart.monthly.not_mature", lang) in h for trace in dashed
               for h in trace.get("hovertext") or [])
    captions = " ".join(c.value for c in at.caption)
    assert t("ui.analytics.trends.maturity", lang, share=0.05) in captions


def test_trends_page_asks_for_a_carrier_when_none_is_chosen(db_path: Path) -> None:
    at = start("en", "pages/trends.py")
    at.multiselect(key="trend_carriers").set_value([]).run()
    assert not at.exception
    assert [i.value for i in at.info] == [t("ui.analytics.trends.pick_some", "en")]
    assert len(figures(at)) == 1  # the mode chart stays


def test_analytics_pages_say_so_when_filters_match_nothing(db_path: Path) -> None:
    at = start("en", "pages/trends.py")
    at.multiselect(key="f_carriers").set_value(["UPS"]).run()
    at.multiselect(key="f_modes").set_value(["sea"]).run()
    for page in ANALYTICS:
        at.switch_page(page).run()
        assert not at.exception, page
        assert [i.value for i in at.info] == [t("ui.empty.no_match", "en")], page
