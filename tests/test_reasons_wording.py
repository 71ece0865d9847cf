"""The suspected-lost reasons in words (lossanalytics.analytics.reasons): every rule's sentence in
order, days counted on the calendar, a limit reached on the day judged said so, and a parcel's
words the same however many parcels share them.

The frames give the outcome query's days: from a scan or the shipping to the end of the as-of day
(3.0 from a scan at midnight three days before that end, which is 2 calendar days before the day)."""

from __future__ import annotations

import math
from datetime import datetime

import pandas as pd
import pytest

from lossanalytics.analytics.reasons import reasons

NAN = math.nan


def _parcel(**values: object) -> dict[str, object]:
    row: dict[str, object] = {
        "carrier": "YunExpress", "origin_country": "CN", "dest_country": "DE", "mode": "air", "status": "in_transit",
        "status_source": None, "status_evidence": None, "estimated_delivery_date": pd.NaT,
        "rule_stalled": False, "rule_overdue": False, "rule_past_edd": False, "rule_gave_up": False,
        "rule_stuck_exception": False, "stall_learned": False, "overdue_learned": False, "edd_learned": False,
        "with_customs": False, "days_silent": NAN, "days_since_ship": NAN, "days_past_edd": NAN,
        "stall_days": NAN, "overdue_days": NAN, "lane_gap_p95": NAN, "lane_gap_p99": NAN,
        "lane_transit_p95": NAN, "lane_late_p99": NAN, "known_later": False,
        "delivered_date": pd.NaT, "last_event_time": pd.NaT,
    }
    row.update(values)
    return row


def test_each_fired_rule_is_one_sentence_in_the_rules_order() -> None:
    frame = pd.DataFrame([_parcel(
        rule_stalled=True, days_silent=12.4, stall_days=10.0,
        rule_overdue=True, overdue_learned=True, days_since_ship=30.2, lane_transit_p95=8.25,
        rule_past_edd=True, days_past_edd=5.5, estimated_delivery_date=datetime(2026, 5, 1, 12),
        status="exception", status_source="event_text", status_evidence="Zoll",
    )])
    assert reasons(frame, "en") == [
        "no scan for 12 days; Air parcels should scan at least every 10 days; "
        "shipped 30 days ago; parcels on YunExpress China → Germany (Air) arrive within 8.2 days (p95); "
        "5 days past the estimated delivery date (2026-05-01); "
        "status “Exception” from the latest event (“Zoll”)"
    ]


@pytest.mark.parametrize(("days", "shown"), [
    (2.5, "2"),       # a scan at noon two days before the as-of day
    (3.0, "2"),       # a scan at midnight two days before it: the day's end is three days later
    (2.00001, "2"),   # a scan a second before midnight, three days before it
    (17.0, "16"),
    (0.25, "0"),      # a scan at 18:00 the same day: no day has passed, and never "-0"
])
def test_days_are_calendar_days_from_the_scan_to_the_day_judged(days: float, shown: str) -> None:
    frame = pd.DataFrame([_parcel(rule_stuck_exception=True, days_silent=days, status="exception")])
    assert reasons(frame, "en") == [f"Exception unresolved for {shown} days"]


def test_parcels_sharing_a_sentence_read_the_same_and_others_keep_their_own() -> None:
    stalled = _parcel(rule_stalled=True, stall_learned=True, days_silent=16.0, lane_gap_p95=4.0, lane_gap_p99=12.0)
    frame = pd.DataFrame([stalled, _parcel(rule_gave_up=True, status="expired"), stalled,
                          _parcel(rule_gave_up=True, days_since_ship=41.6), _parcel(origin_country=None)])
    assert reasons(frame, "zh") == [
        "已 15 天没有新的扫描记录；云途物流 中国 → 德国（空运专线）的包裹通常每 4.0 天内至少扫描一次（p95；99% 在 12 天内）",
        "物流跟踪已停止更新（运输过久）",
        "已 15 天没有新的扫描记录；云途物流 中国 → 德国（空运专线）的包裹通常每 4.0 天内至少扫描一次（p95；99% 在 12 天内）",
        "发货 41 天后仍查询不到承运商扫描记录",
        "",
    ]


def test_an_unknown_origin_is_named_in_words_and_unread_status_words_are_quoted() -> None:
    frame = pd.DataFrame([_parcel(rule_overdue=True, overdue_learned=True, origin_country=None, days_since_ship=21.0,
                                  lane_transit_p95=14.0, status="unknown", status_unread="Sendung liegt bereit")])
    text = reasons(frame, "en")[0]
    assert text.startswith("shipped 20 days ago; parcels on YunExpress origin unknown → Germany (Air) arrive within 14 days")
    assert "“Sendung liegt bereit” could not be read" in text


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", ["no scan for 7 days and none by the end of the day; Express parcels should scan at least every 7 days",
            "no scan for 8 days; Express parcels should scan at least every 7 days",
            "shipped 2 days ago and not delivered by the end of the day; "
            "parcels on YunExpress China → Germany (Air) arrive within 2.0 days (p95)",
            "9 days past the estimated delivery date (2026-05-01) and not delivered by the end of the day; "
            "parcels on YunExpress China → Germany (Air) arrive at most 9.4 days after it (p99)"]),
    ("zh", ["已 7 天没有新的扫描记录，截至当天结束仍无扫描；快递包裹通常每 7 天内至少扫描一次",
            "已 8 天没有新的扫描记录；快递包裹通常每 7 天内至少扫描一次",
            "已发货 2 天，截至当天结束仍未送达；云途物流 中国 → 德国（空运专线）的包裹通常在 2.0 天内送达（p95）",
            "已超过预计送达日期（2026-05-01）9 天，截至当天结束仍未送达；"
            "云途物流 中国 → 德国（空运专线）的包裹最多比预计日期晚 9.4 天送达（p99）"]),
])
def test_a_count_not_above_the_limit_shown_says_the_day_end_puts_the_parcel_past_it(
        lang: str, expected: list[str]) -> None:
    # Judged at the end of the day, a parcel silent since midnight seven days before has been silent
    # 8 days (> 7) by then: flagged, on the day a seller counts 7.
    frame = pd.DataFrame([
        _parcel(mode="express", rule_stalled=True, days_silent=8.0, stall_days=7.0),
        _parcel(mode="express", rule_stalled=True, days_silent=9.0, stall_days=7.0),
        _parcel(rule_overdue=True, overdue_learned=True, days_since_ship=3.0, lane_transit_p95=2.04),
        _parcel(rule_past_edd=True, edd_learned=True, days_past_edd=10.0, lane_late_p99=9.44,
                estimated_delivery_date=datetime(2026, 5, 1)),
    ])
    assert reasons(frame, lang) == expected


def test_no_parcels_no_reasons() -> None:
    assert reasons(pd.DataFrame([_parcel()]).iloc[:0], "en") == []
