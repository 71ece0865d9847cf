"""The suspected-lost reasons in words (lossanalytics.analytics.reasons): every rule's sentence in
order, days shown whole, and a parcel's words the same however many parcels share them."""

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
        rule_past_edd=True, days_past_edd=5.0, estimated_delivery_date=datetime(2026, 5, 1, 23, 59, 59),
        status="exception", status_source="event_text", status_evidence="Zoll",
    )])
    assert reasons(frame, "en") == [
        "no scan for 12 days; Air parcels should scan at least every 10 days; "
        "shipped 30 days ago; parcels on YunExpress China → Germany (Air) arrive within 8.2 days (p95); "
        "5 days past the estimated delivery date (2026-05-01); "
        "status “Exception” from the latest event (“Zoll”)"
    ]


@pytest.mark.parametrize(("days", "shown"), [(2.5, "2"), (3.5, "4"), (2.4999, "2"), (17.0, "17")])
def test_days_are_shown_whole_rounding_half_to_even_like_the_message_format(days: float, shown: str) -> None:
    frame = pd.DataFrame([_parcel(rule_stuck_exception=True, days_silent=days, status="exception")])
    assert reasons(frame, "en") == [f"Exception unresolved for {shown} days"]


def test_parcels_sharing_a_sentence_read_the_same_and_others_keep_their_own() -> None:
    stalled = _parcel(rule_stalled=True, stall_learned=True, days_silent=9.0, lane_gap_p95=4.0, lane_gap_p99=12.0)
    frame = pd.DataFrame([stalled, _parcel(rule_gave_up=True, status="expired"), stalled,
                          _parcel(rule_gave_up=True, days_since_ship=40.6), _parcel(origin_country=None)])
    assert reasons(frame, "zh") == [
        "已 9 天没有新的扫描记录；云途物流 中国 → 德国（空运专线）的包裹通常每 4.0 天内至少扫描一次（p95；99% 在 12 天内）",
        "物流跟踪已停止更新（运输过久）",
        "已 9 天没有新的扫描记录；云途物流 中国 → 德国（空运专线）的包裹通常每 4.0 天内至少扫描一次（p95；99% 在 12 天内）",
        "发货 41 天后仍查询不到承运商扫描记录",
        "",
    ]


def test_an_unknown_origin_is_named_in_words_and_unread_status_words_are_quoted() -> None:
    frame = pd.DataFrame([_parcel(rule_overdue=True, overdue_learned=True, origin_country=None, days_since_ship=20.0,
                                  lane_transit_p95=14.0, status="unknown", status_unread="Sendung liegt bereit")])
    text = reasons(frame, "en")[0]
    assert text.startswith("shipped 20 days ago; parcels on YunExpress origin unknown → Germany (Air) arrive within 14 days")
    assert "“Sendung liegt bereit” could not be read" in text


def test_no_parcels_no_reasons() -> None:
    assert reasons(pd.DataFrame([_parcel()]).iloc[:0], "en") == []
