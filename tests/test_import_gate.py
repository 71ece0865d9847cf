"""The data-quality gate at import, and the import page's words for formats, encodings and counts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from app_clock import DEMO_TODAY
from streamlit.testing.v1 import AppTest

from lossanalytics.analytics.detect import shipments
from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.metrics import rates
from lossanalytics.analytics.overview import shipped_after, undated
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.i18n import tn
from lossanalytics.importing import ImportResult, import_file
from lossanalytics.importing.format_names import encoding_name, format_name
from lossanalytics.importing.gaps import data_gaps
from lossanalytics.storage.db import Database

APP = Path(__file__).resolve().parent.parent / "app.py"
TODAY = DEMO_TODAY  # the shared demo database's today (tests/conftest.py)
BARE = ("Tracking Number,Order ID,Destination Country\n"
        + "".join(f"BARE{i:05d},O{i},US\n" for i in range(300))).encode()
SHIPPING_HEADER = ("ID,Warehouse_block,Mode_of_Shipment,Customer_care_calls,Customer_rating,Cost_of_the_Product,"
                   "Prior_purchases,Product_importance,Gender,Discount_offered,Weight_in_gms,Reached.on.Time_Y.N\n")
SHIPPING = (SHIPPING_HEADER + "".join(f"{i},A,Ship,4,2,177,3,low,F,44,1233,1\n" for i in range(1, 401))).encode()


def test_gaps_name_what_no_given_field_fills() -> None:
    assert data_gaps(["tracking_number", "order_id", "dest_country"]) == ("dates", "status", "carrier")
    assert data_gaps(["tracking_number", "status", "mode"]) == ("dates", "carrier")
    assert data_gaps(["tracking_number", "delivered_date"]) == ("carrier",)
    assert data_gaps(["tracking_number", "carrier", "event_time"]) == ()


def test_files_without_dates_leave_the_demo_loss_rate_exactly_as_it_was(db_path: Path, tmp_path: Path) -> None:
    db = Database(db_path)
    before = rates(db, "total", AnalysisScope(TODAY, DetectionSettings())).iloc[0]
    (tmp_path / "bare.csv").write_bytes(BARE)
    (tmp_path / "shipping.csv").write_bytes(SHIPPING)
    bare = import_file(db, tmp_path / "bare.csv")
    shipping = import_file(db, tmp_path / "shipping.csv")
    assert (bare.gaps, bare.rows_stored) == (("dates", "status", "carrier"), 300)
    assert (shipping.detected_format, shipping.gaps, shipping.rows_stored) == ("ecommerce_shipping",
                                                                              ("dates", "carrier"), 400)
    after = rates(db, "total", AnalysisScope(TODAY, DetectionSettings())).iloc[0]
    assert (before["shipments"], before["lost"], before["suspected_lost"]) == (2000, 13, 21)
    assert (after["shipments"], after["lost"], after["suspected_lost"]) == (2000, 13, 21)
    assert after["loss_rate"] == before["loss_rate"] == 34 / 2000
    outcomes = shipments(db, AnalysisScope(TODAY, DetectionSettings())).set_index("tracking_number")["outcome"]
    assert outcomes["BARE00000"] == "unknown" and outcomes["ECS-1"] == "unknown"
    assert outcomes.value_counts()["unknown"] == 700
    db.close()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_import_page_warns_what_a_file_lacks(db_path: Path, lang: str) -> None:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("pages/import.py").run()
    at.file_uploader(key="uploads").upload("bare.csv", BARE, "text/csv")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    expected = {
        "en": "**bare\\.csv** lacks what some figures need (300 parcels):\n"
              "- no ship, scan or delivery date: these parcels cannot be placed in time, so they are left out of "
              "loss rates and trends until another import gives them a date.\n"
              "- no status, scan or delivery date: these parcels cannot be judged delivered or lost until a "
              "tracking file for them is imported.\n"
              "- no carrier: these parcels count under “carrier unknown” in carrier comparisons unless another "
              "import names their carrier.",
        "zh": "**bare\\.csv** 缺少部分数据所需的信息（300 个包裹）：\n"
              "- 没有发货、扫描或签收日期：无法确定这些包裹的时间，因此在其他导入提供日期之前，它们不计入丢件率和趋势。\n"
              "- 没有状态、扫描记录或签收日期：在导入这些包裹的物流跟踪文件之前，无法判断它们是否已签收或丢失。\n"
              "- 没有承运商：除非其他导入写明承运商，这些包裹在承运商对比中归入“承运商未知”。",
    }[lang]
    assert [w.value for w in at.warning if "bare" in w.value] == [expected]
    table = at.dataframe[0].value
    assert list(table.iloc[0, [1, 2]]) == {"en": ["Imported", "Spreadsheet, columns read by their names"],
                                           "zh": ["已导入", "按列名识别的表格"]}[lang]
    assert table.iloc[0, 6] == {"en": "Unicode (UTF-8)", "zh": "Unicode（UTF-8）"}[lang]


def test_formats_and_encodings_are_named_in_words() -> None:
    assert format_name("chinese_erp", "en") == "Chinese ERP order export"
    assert format_name("chinese_erp", "zh") == "国内 ERP 订单导出"
    assert format_name("amazon_fulfilled_shipments", "en") == "Amazon Fulfilled Shipments report"
    assert format_name("17track", "en") == "17TRACK export"
    assert format_name("profile:Warehouse A", "en") == "Your saved column mapping “Warehouse A”"
    assert format_name("", "en") == "–"
    assert encoding_name("gb18030", "en") == "Chinese (GB18030)"
    assert encoding_name("gb18030", "zh") == "简体中文（GB18030）"
    assert encoding_name("latin-1", "en") == "Western European (ISO8859-1)"
    assert encoding_name("cp932", "zh") == "日文（Shift-JIS）"
    assert encoding_name("koi8-u", "en") == "Other (KOI8-U)"
    assert encoding_name(None, "en") == "–"


def test_one_thing_is_said_in_the_singular() -> None:
    assert tn("ui.import.working", "en", 1, count=1) == "Importing 1 file…"
    assert tn("ui.import.working", "en", 2, count=2) == "Importing 2 files…"
    assert tn("ui.import.working", "zh", 1, count=1) == "正在导入 1 个文件…"
    assert tn("advice.fmt.more", "en", 1, n=1) == "(+ 1 more currency)"
    assert tn("ui.claims.saved", "en", 3, n=3) == "Saved 3 claim updates."


MIXED = ("Tracking Number,Carrier,Destination Country,Ship Date,Status,Last Event Time\n"
         "D1,UPS,US,2025-05-02,Delivered,2025-05-06\n"
         "D2,DHL,US,,In Transit,2025-05-10\n"
         "U1,UPS,US,,In Transit,\n"
         "U2,UPS,DE,,Delivered,\n"
         "U3,DHL,US,,,\n")


def test_undated_parcels_are_counted_within_the_filters(db: Database, tmp_path: Path) -> None:
    (tmp_path / "mixed.csv").write_text(MIXED, encoding="utf-8")
    assert import_file(db, tmp_path / "mixed.csv").rows_stored == 5
    everything = AnalysisScope(TODAY, DetectionSettings())
    assert undated(db, everything) == 3
    assert rates(db, "total", everything).at[0, "shipments"] == 2
    assert undated(db, AnalysisScope(TODAY, DetectionSettings(), Filters(carriers=("UPS",)))) == 2
    assert undated(db, AnalysisScope(TODAY, DetectionSettings(), Filters(dest_countries=("DE",)))) == 1
    # A ship-date filter keeps only parcels with a ship date.
    assert undated(db, AnalysisScope(TODAY, DetectionSettings(), Filters(ship_from=date(2025, 1, 1)))) == 0


# The export's newest delivery is 2025-05-10 (L1's), the day judged by default: L1's ship date is after its own
# delivery (the truck-trips file holds six such day-month swaps), L2 an order shipped after the last scan.
LATE = ("Tracking Number,Carrier,Destination Country,Ship Date,Status,Delivered Date\n"
        "E1,UPS,US,2025-05-02,Delivered,2025-05-06\n"
        "E2,UPS,US,2025-05-03,Delivered,2025-05-08\n"
        "L1,UPS,US,2025-06-12,Delivered,2025-05-10\n"
        "L2,DHL,DE,2025-06-20,,\n")


def test_parcels_shipped_after_the_as_of_day_are_counted_within_the_filters(db: Database, tmp_path: Path) -> None:
    (tmp_path / "late.csv").write_text(LATE, encoding="utf-8")
    assert import_file(db, tmp_path / "late.csv").rows_stored == 4
    judged = AnalysisScope(date(2025, 5, 31), DetectionSettings())
    assert rates(db, "total", judged).at[0, "shipments"] == 2  # in no figure of that day
    assert shipped_after(db, judged) == 2
    assert shipped_after(db, AnalysisScope(date(2025, 5, 31), DetectionSettings(), Filters(carriers=("UPS",)))) == 1
    assert shipped_after(db, AnalysisScope(date(2025, 6, 12), DetectionSettings())) == 1  # shipped that day: judged
    assert shipped_after(db, AnalysisScope(date(2025, 6, 30), DetectionSettings())) == 0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_overview_says_how_many_parcels_were_shipped_after_the_day_judged(
        import_into_app: Callable[[str, str], ImportResult], lang: str) -> None:
    """The truck trips: 6,875 parcels in the database, 6,867 shipments and 2 undated on the Overview,
    and no word of the 6 shipped after the day judged."""
    import_into_app("late.csv", LATE)
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    expected = tn("ui.overview.shipped_after", lang, 2, count="2", as_of="2025-05-10")
    assert [i.value for i in at.info if i.value == expected] == [expected]
    assert {"en": "2 parcels were shipped after 2025-05-10", "zh": "2 个包裹的发货日期晚于"}[lang] in expected
    assert [m.value for m in at.metric][0] == "2"
    one = tn("ui.overview.shipped_after", "en", 1, count="1", as_of="2025-05-10")
    assert one.startswith("1 parcel was shipped after 2025-05-10")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_overview_says_how_many_parcels_have_no_date(db_path: Path, tmp_path: Path, lang: str) -> None:
    db = Database(db_path)
    (tmp_path / "bare.csv").write_bytes(BARE)
    import_file(db, tmp_path / "bare.csv")
    db.close()
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    expected = {"en": "300 parcels have no ship or event date and are left out of the loss rates.",
                "zh": "300 个包裹没有发货日期或物流事件日期，不计入丢件率。"}[lang]
    assert [i.value for i in at.info if i.value == expected] == [expected]
    assert [m.value for m in at.metric][0] == "2,000"


def test_one_undated_parcel_is_said_in_the_singular(import_into_app: Callable[[str, str], ImportResult]) -> None:
    import_into_app("one.csv", "Tracking Number,Carrier,Destination Country\nU1,UPS,US\n")
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    # Said once, in the singular, with what to do; not blamed on the filters (none is set).
    assert [i.value for i in at.info] == [
        "The 1 parcel in view cannot be judged or placed in time: it has no ship, scan or delivery date. Give it "
        "one: import a tracking export for it, or map the column that holds the day it was handed to the carrier "
        "to the field “Ship date” (on the Import page, undo the file's import, upload it again and choose “Choose "
        "the columns myself”)."]
