"""AppTests of issue 11 items 3 and 5 on the pages: the Import page shows how surely a file
was recognised, what its headers said and which columns it did not use; Settings renames
and merges carriers outside the catalogue, and the other pages follow at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from test_app_mapping import APP, open_import, results_row, stored, upload

from lossanalytics.i18n import t
from lossanalytics.importing import ImportResult
from lossanalytics.ui.seller_tables import label

HEADERS_FILE = ("Tracking Number,Carrier,Declared Value (EUR),Weight (lb),Colour,Status\n"
                "AB1,Acme Freight Co.,12.5,2,red,Delivered\n"
                "AB2,ACME FREIGHT CO,3,1,blue,In transit\n"
                "AB3,ACME FREIGHT CO,4,1,,In transit\n").encode()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_import_page_shows_confidence_header_meaning_and_unused_columns(empty_db_path: Path, lang: str) -> None:
    at = upload(open_import(lang), "values.csv", HEADERS_FILE)
    row = results_row(at)
    assert (row[label("detected_format", lang)], row[t("ui.col.recognised_with", lang)]) == (t("format.generic", lang), "83%")
    mapping = at.dataframe[1].value
    assert mapping[t("ui.col.header_says", lang)].tolist() == [
        "", "", t("ui.import.header.currency", lang, currency="EUR"),
        t("ui.import.header.weight_unit", lang, unit="lb"), "",
    ]
    assert t("ui.import.unused_columns", lang, count=1, columns="Colour") in [m.value for m in at.markdown]
    assert stored(empty_db_path, "SELECT DISTINCT carrier, currency FROM parcels") == [("ACME FREIGHT CO", "EUR")]


def _settings(lang: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("pages/settings.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


ORDERS = ("Tracking Number,Carrier,Status\nA1,Acme Freight Co.,Delivered\nA2,ACME FREIGHT CO.,Delivered\n"
          "A3,Acme Logistics Ltd,Delivered\nA4,UPS,Delivered\n")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_settings_lists_carriers_outside_the_catalogue(import_into_app: Callable[[str, str], ImportResult],
                                                       lang: str) -> None:
    import_into_app("orders.csv", ORDERS)
    at = _settings(lang)
    editor = at.data_editor(key="carrier_names_0").value
    assert editor.values.tolist() == [
        # One row each: the spelling imported first is shown.
        ["Acme Freight Co.", "ACME FREIGHT CO. · Acme Freight Co.", 2, "Acme Freight Co."],
        ["Acme Logistics Ltd", "Acme Logistics Ltd", 1, "Acme Logistics Ltd"],
    ]
    assert t("ui.settings.tab.carriers", lang) in [tab.label for tab in at.tabs]


def test_settings_merges_carriers_and_pages_follow(empty_db_path: Path,
                                                   import_into_app: Callable[[str, str], ImportResult]) -> None:
    import_into_app("orders.csv", ORDERS)
    at = _settings("en")
    at.session_state["carrier_names_0"] = {"edited_rows": {0: {"show_as": "Acme"}, 1: {"show_as": "Acme"}},
                                           "added_rows": [], "deleted_rows": []}
    at.button(key="carrier_save_0").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert t("ui.settings.carriers.saved", "en", count=2) in [s.value for s in at.success]
    assert at.data_editor(key="carrier_names_1").value.values.tolist() == [
        ["Acme", "ACME FREIGHT CO. · Acme Freight Co. · Acme Logistics Ltd", 3, "Acme"],
    ]
    at.switch_page("pages/carriers.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert stored(empty_db_path, "SELECT carrier, count(*) FROM parcels GROUP BY 1 ORDER BY 1") == [("Acme", 3),
                                                                                                 ("UPS", 1)]


def test_settings_refuses_an_empty_name(empty_db_path: Path,
                                        import_into_app: Callable[[str, str], ImportResult]) -> None:
    import_into_app("orders.csv", ORDERS)
    at = _settings("zh")
    at.session_state["carrier_names_0"] = {"edited_rows": {1: {"show_as": " "}}, "added_rows": [], "deleted_rows": []}
    at.button(key="carrier_save_0").click().run()
    problem = t("carrier_names.error.empty", "zh", carrier="Acme Logistics Ltd")
    assert [e.value for e in at.error] == [t("ui.settings.not_saved", "zh", detail=problem)]
    assert stored(empty_db_path, "SELECT count(DISTINCT carrier) FROM parcels") == [(3,)]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_carriers_page_says_which_carriers_its_chart_leaves_out(import_into_app: Callable[[str, str], ImportResult],
                                                                lang: str) -> None:
    from lossanalytics.charts.rates import CHART_CARRIERS

    many = CHART_CARRIERS + 3
    rows = "".join(f"T{i:04d},Transport {i:03d},2026-10-01,Delivered\n" for i in range(many))
    assert import_into_app("many.csv", "Tracking Number,Carrier,Ship Date,Status\n" + rows).outcome == "imported"
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("pages/carriers.py").run()
    assert not at.exception
    assert t("ui.chart.carriers.top", lang, shown=CHART_CARRIERS, left=3) in [c.value for c in at.caption]
