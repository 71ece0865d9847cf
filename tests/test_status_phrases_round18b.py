"""Hard distinctions of the eighteenth round (b): China's cross-border providers and their sellers'
tools (YunExpress's LMS, 4PX, Yanwen, Cainiao, Wanb, Chukou1, Yunda's cross-border scans). Each
expected status is the source's own status code or group, or the words where it gives none (full
references in lossanalytics/normalise/known_texts/SOURCES.md, eighteenth round, b)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # A failed airline handover or customs clearance is a problem, not the failed delivery "失败" reads.
    ("交航失败", "exception"),
    ("清关失败", "exception"),
    ("海关未过", "exception"),
    # A delay on the way is a problem, not the broad "运输"; so are duties to pay and an interception.
    ("运输延迟", "exception"),
    ("等待交税", "exception"),
    ("拦截", "exception"),
    # Not shipped or not yet online: only the data is there, not the "发货" or "上网" it names.
    ("未发货", "info_received"),
    ("暂未上线", "info_received"),
    ("已上网", "in_transit"),
    # The recipient's side fails the delivery.
    ("找不到收件人", "delivery_failed"),
    ("地址有误", "delivery_failed"),
    # A collection point or a pickup store holds it for the recipient.
    ("第三方代收入库", "available_for_pickup"),
    ("貨件配達取件店鋪,取件截止時間是2024-01-16", "available_for_pickup"),
    # Order data and generated waybills come before the carrier has the parcel.
    ("Order Processing", "info_received"),
    ("Package ready for shipping from warehouse", "info_received"),
    ("运单已生成", "info_received"),
    ("已提交", "info_received"),
    # A handover to the airline or a flight to board moves on.
    ("Hand over to airline.", "in_transit"),
    ("Ready for boarding", "in_transit"),
    ("Transiting by Air or Ship", "in_transit"),
    ("Shipment had sent to HONG KONG", "in_transit"),
    ("[叶卡捷琳堡]【叶卡捷琳堡】发送到境外海关部门", "in_transit"),
    ("配送公司接收", "in_transit"),
    # Russian Post's delivery to the addressee (Cainiao SIGNIN).
    ("[RU,194358]Delivery,Delivery to the addressee", "delivered"),
    ("已删除", "cancelled"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_construction_decides_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_the_evidence_is_the_carriers_words() -> None:
    assert read_status("清關失敗") == Reading("exception", "清關失敗", "text")


# The narrow phrases stay narrow: an outcome named beside them, and the broader words, keep their reading.
NOT_WIDENED = [
    ("运输延迟，已签收", "delivered"),
    ("地址有误，已退回", "returned"),
    ("找不到收件人，已交邻居代收", "delivered"),
    ("拦截件已退回", "returned"),
    ("卖家未发货，订单已取消", "cancelled"),
    ("Attempted delivery to the addressee", "delivery_failed"),
    ("Parcel has been sent to the sender", "returned"),
    ("包裹出现异常,发生这种情况可能是:包裹已退回寄件人,清关失败,包裹已丢失或损坏等。", "exception"),
]


@pytest.mark.parametrize(("raw", "expected"), NOT_WIDENED)
def test_the_broader_readings_are_kept(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


@pytest.mark.parametrize("raw", ["Handover to airline failed", "Ready for delivery to the addressee",
                                 "Scheduled delivery to the addressee", "Delivery to the addressee failed",
                                 "未收到数据", "已从取件店取件", "理赔已提交"])
def test_words_beyond_the_sources_meaning_are_not_read_by_these_phrases(raw: str) -> None:
    assert canonical_status(raw) not in {"delivered", "in_transit", "info_received", "available_for_pickup"}
