"""The UI's pure helpers: table shaping, suspected-list filtering and number formats."""

from __future__ import annotations

import pandas as pd
import pytest

from lossanalytics.analytics.metrics import add_rates
from lossanalytics.i18n import t
from lossanalytics.importing import ImportResult
from lossanalytics.ui.numbers import count, interval, md_escape, money, rate_with_interval
from lossanalytics.ui.seller_tables import (
    filter_suspected,
    label,
    mapping_table,
    rate_table,
    rejects_table,
    results_table,
    suspected_table,
)


def test_rate_with_interval_reads_like_a_sentence() -> None:
    assert rate_with_interval(0.0244, 0.021, 0.027, "en") == "2.4% (2.1–2.7%)"
    assert rate_with_interval(0.0244, 0.021, 0.027, "zh") == "2.4%（2.1–2.7%）"
    assert rate_with_interval(float("nan"), float("nan"), float("nan"), "en") == "–"
    assert interval(0.0012, 0.0305, "en") == "0.1–3.0%"


def test_rates_and_intervals_below_one_percent_keep_two_decimals() -> None:
    # 0 of 8,000 parcels lost: the upper bound 0.048% read "0.0% (0.0–0.0%)", an interval of no width.
    assert rate_with_interval(0.0, 0.0, 0.00048, "en") == "0.0% (0.00–0.05%)"
    assert rate_with_interval(0.0045, 0.0012, 0.0163, "zh") == "0.45%（0.1–1.6%）"
    assert rate_with_interval(0.024, 0.021, 0.027, "en") == "2.4% (2.1–2.7%)"


def test_money_puts_the_largest_amount_in_dollars_first_and_amounts_without_a_rate_last() -> None:
    # 11,570 JPY is about 77 USD at 0.0067 USD/JPY: it comes after 7,812 USD and 3,207 EUR.
    values = [{"currency": "JPY", "amount": 11570.0}, {"currency": "XYZ", "amount": 9000.0},
              {"currency": "USD", "amount": 7812.0}, {"currency": "EUR", "amount": 3207.0}]
    rates = {"USD": 1.0, "EUR": 1.08, "JPY": 0.0067}
    assert money(values, "en", rates.get) == "7,812\xa0USD · 3,207\xa0EUR · 11,570\xa0JPY · 9,000\xa0XYZ"
    assert money(values, "en") == "11,570\xa0JPY · 9,000\xa0XYZ · 7,812\xa0USD · 3,207\xa0EUR"  # without rates: as given


def test_money_lists_each_currency_and_says_none() -> None:
    assert money([{"currency": "USD", "amount": 12345.6}, {"currency": "EUR", "amount": 980}], "en") == \
        "12,346\xa0USD · 980\xa0EUR"
    assert money(None, "zh") == t("ui.none", "zh")
    assert count(20000) == "20,000"


@pytest.mark.parametrize(
    ("text", "escaped"),
    [("my *file*_v2 $100 [x](y).csv", r"my \*file\*\_v2 \$100 \[x\]\(y\)\.csv"),
     ("![i](http://x.example/i.png)", "\\!\\[i\\]\\(http\\:\u2060\\/\\/x\\.example\\/i\\.png\\)"),
     ("<img src=x onerror=alert(1)>", r"\<img src\=x onerror\=alert\(1\)\>"),
     ("see www.x.example or a@b.example", "see www\u2060\\.x\\.example or a\u2060\\@b\\.example"),
     (":red[x] :smile:", "\\:\u2060red\\[x\\] \\:\u2060smile\\:\u2060"),
     ("1. first\n# title\r\n---", r"1\. first \# title \-\-\-"),
     ("a & b ~~c~~ `d` | e", r"a \& b \~\~c\~\~ \`d\` \| e"),
     ("云途全球专线挂号(标快)", r"云途全球专线挂号\(标快\)"), ("UPS Ground", "UPS Ground")],
)
def test_md_escape_shows_seller_text_as_written(text: str, escaped: str) -> None:
    assert md_escape(text) == escaped


def test_label_prefers_shared_column_names() -> None:
    assert label("tracking_number", "zh") == t("col.tracking_number", "zh")
    assert label("rows_read", "en") == t("ui.col.rows_read", "en")
    assert label("no_such_column", "en") == "no_such_column"


def test_rate_table_translates_keys_and_formats_rates() -> None:
    frame = add_rates(pd.DataFrame({
        "origin_country": ["CN"], "dest_country": ["US"], "shipments": [200], "delivered": [190], "lost": [4],
        "suspected_lost": [2], "in_transit": [4], "transit_p50": [9.26], "transit_p95": [20.04],
        "value_at_loss": [[{"currency": "USD", "amount": 120.0}]],
    }))
    table = rate_table(frame, ["origin_country", "dest_country"], "zh")
    row = table.iloc[0]
    assert row[t("col.origin_country", "zh")] == "中国" and row[t("col.dest_country", "zh")] == "美国"
    assert row[t("col.loss_rate", "zh")] == 3.0
    low, high = frame.at[0, "loss_rate_low"], frame.at[0, "loss_rate_high"]
    assert row[t("ui.col.interval", "zh")] == interval(low, high, "zh")
    assert row[t("col.value_at_loss", "zh")] == "120\xa0USD"
    assert row[t("col.transit_p50", "zh")] == 9.3
    assert not row[t("col.small_sample", "zh")]


def suspects() -> pd.DataFrame:
    return pd.DataFrame({
        "tracking_number": ["YT001", "LP002", "UPS3"], "order_id": ["113-555", None, "A 77"],
        "risk": [90, 40, 70], "reasons": ["r1", "r2", "r3"], "carrier": ["YunExpress", "Cainiao", "UPS"],
        "mode": ["air", "postal", "express"], "origin_country": ["CN", "CN", None], "dest_country": ["US", "DE", "US"],
        "ship_date": pd.to_datetime(["2025-01-01"] * 3), "last_event_time": pd.to_datetime(["2025-01-02"] * 3),
        "last_event_text": ["a", "b", "c"], "status": ["in_transit", "exception", "unknown"],
        "declared_value": [10.0, 20.0, 30.0], "currency": ["USD", "EUR", "USD"],
    })


def test_filter_suspected_by_risk_and_search() -> None:
    frame = suspects()
    assert list(filter_suspected(frame, 50, "")["tracking_number"]) == ["YT001", "UPS3"]
    assert list(filter_suspected(frame, 0, " lp 002 ")["tracking_number"]) == ["LP002"]
    assert list(filter_suspected(frame, 0, "a77")["tracking_number"]) == ["UPS3"]
    assert filter_suspected(frame, 95, "").empty


def test_suspected_table_shows_route_mode_and_status_in_words() -> None:
    table = suspected_table(suspects(), "zh")
    assert table.columns[0] == t("col.tracking_number", "zh")
    assert list(table[t("col.route", "zh")]) == ["中国 → 美国", "中国 → 德国", "始发地未知 → 美国"]
    assert list(table[t("col.mode", "zh")]) == [t("mode.air", "zh"), t("mode.postal", "zh"), t("mode.express", "zh")]
    assert table[t("col.status", "zh")].iloc[1] == t("status.exception", "zh")


def test_rejects_table_explains_reason_and_severity() -> None:
    frame = pd.DataFrame({"file_name": ["a.csv"], "source_row": [5], "column_name": ["Ship Date"],
                          "value": ["=1+1"], "severity": ["warning"], "reason": ["reject.bad_date"]})
    table = rejects_table(frame, "en")
    assert table.at[0, "severity"] == t("severity.warning", "en")
    assert table.at[0, "reason"] == t("reject.bad_date", "en")


def test_results_and_mapping_tables() -> None:
    result = ImportResult("x.csv", "imported", import_id=3, detected_format="generic", kind="tracking",
                          encoding="utf-8", rows_read=5, rows_stored=4, rows_rejected=1,
                          mapping={"tracking_number": "Tracking No", "weight": "Weight (g)"})
    failed = ImportResult("y.csv", "failed")
    table = results_table([result, failed], "en")
    assert list(table[t("ui.col.result", "en")]) == [t("ui.import.outcome.imported", "en"),
                                                      t("ui.import.outcome.failed", "en")]
    assert table.iloc[0][t("ui.col.kind", "en")] == t("ui.import.kind.tracking", "en")
    mapping = mapping_table(result, "zh")
    assert mapping.values.tolist() == [["Tracking No", t("col.tracking_number", "zh")],
                                       ["Weight (g)", t("ui.col.weight", "zh")]]
