"""AppTests of data without ship dates: the monthly views say what they need and show what they can.

A file imported without its ship-date column (a recognised format that has none, or a column left
unmapped) gave the Trends page "No parcel matches the filters … clear the filters" with no filter
set, and the Overview an empty monthly chart. Now the pages say that the monthly view needs ship
dates and which field to map, and show the figures that need none.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from test_app_pages import start

from lossanalytics.i18n import t, tn
from lossanalytics.importing import ImportResult

HEADER = "Tracking Number,Carrier,Mode,Origin,Destination,Ship Date,Status,Last Event Time,Delivered Date"


def csv_text(rows: list[str]) -> str:
    return HEADER + "\n" + "\n".join(rows) + "\n"


def parcels(prefix: str, count: int, ship: bool, dated: bool = True) -> list[str]:
    """`count` parcels, every tenth lost, half by air and half by sea, with or without a ship date
    (and without any date when not `dated`)."""
    rows = []
    for i in range(count):
        day = date(2025, 3, 1) + timedelta(days=i % 50)
        status = "Lost" if i % 10 == 0 else "Delivered"
        shipped = day.isoformat() if ship else ""
        last = (day + timedelta(days=9)).isoformat() if dated else ""
        delivered = last if status == "Delivered" else ""
        carrier, mode = ("YunExpress", "air") if i % 2 else ("COSCO", "sea")
        rows.append(f"{prefix}{i:04d},{carrier},{mode},CN,US,{shipped},{status},{last},{delivered}")
    return rows


def charts(at) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def infos(at) -> str:
    return "\n".join(str(box.value) for box in at.info)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_without_ship_dates_the_monthly_views_say_what_they_need(import_into_app: Callable[[str, str], ImportResult],
                                                                   lang: str) -> None:
    import_into_app("events.csv", csv_text(parcels("NS", 80, ship=False)))
    need = tn("ui.months.need_ship_dates", lang, 80, count="80", field=t("import.field.ship_date", lang),
              button=t("ui.mapping.open", lang))
    at = start(lang, "pages/trends.py")
    assert t("ui.empty.no_match", lang) not in infos(at)
    assert need in infos(at)
    # What needs no month: the loss rate per carrier and per mode over the whole period.
    drawn = charts(at)
    assert [chart["layout"]["title"]["text"] for chart in drawn] == [
        t("ui.chart.carriers.title", lang), t("ui.chart.modes.title", lang)]
    assert t("ui.months.whole_period", lang) in [c.value for c in at.caption]

    at.switch_page("pages/overview.py").run()
    assert not at.exception
    assert need in infos(at) and t("ui.empty.no_match", lang) not in infos(at)
    assert charts(at) == []  # no empty monthly chart
    assert [m.value for m in at.metric][0] == "80"  # the headline figures need no month


def test_parcels_without_a_ship_date_are_counted_beside_the_monthly_charts(
        import_into_app: Callable[[str, str], ImportResult]) -> None:
    import_into_app("shipped.csv", csv_text(parcels("WS", 60, ship=True)))
    import_into_app("events.csv", csv_text(parcels("NS", 15, ship=False)))
    note = tn("ui.months.no_ship_date", "en", 15, count="15")
    at = start("en", "pages/overview.py")
    assert len(charts(at)) == 1 and note in [c.value for c in at.caption]
    at.switch_page("pages/trends.py").run()
    assert not at.exception
    assert len(charts(at)) == 2 and note in [c.value for c in at.caption]


@pytest.mark.parametrize("page", ["pages/overview.py", "pages/trends.py", "pages/carriers.py", "pages/routes.py"])
def test_parcels_without_any_date_are_not_blamed_on_the_filters(import_into_app: Callable[[str, str], ImportResult],
                                                                page: str) -> None:
    import_into_app("bare.csv", csv_text(parcels("ND", 30, ship=False, dated=False)))
    at = start("en", page)
    shown = infos(at)
    assert t("ui.empty.no_match", "en") not in shown
    assert tn("ui.empty.no_dates", "en", 30, count="30", field=t("import.field.ship_date", "en"),
              button=t("ui.mapping.open", "en")) in shown
