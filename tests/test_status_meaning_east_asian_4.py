"""Korean, Chinese and Taiwanese tracking texts read by their meaning, fourth pass (round 35): the wording of
line-haul carriers' scans, bonded storage yards, shop order states, Chinese freight and express carriers' trace
statuses and Taiwanese station codes, in other words than the development corpus's rows, written by the team to
DESIGN §4's statuses and labelled by what they say (where the parcel is, whose side a step is on), never by what
the reader outputs. Counter-examples stand beside them: a storage yard step held, a return not made, the round
itself, a family member signing, the recipient asked to collect, an arrival with no collection named, the
recipient (not the sender) out."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Into or out of a bonded storage yard: customs' routine, the parcel moves on.
    ("보세창고 반입", "in_transit"),
    ("세관지정장치장 반출 완료", "in_transit"),
    ("보세구역 입고", "in_transit"),
    # A distribution centre reached; a shop's order waiting to be shipped.
    ("배송DC 도착", "in_transit"),
    ("배송 대기", "info_received"),
    # Goods coming back: every scan beside it is the return's.
    ("返货在途", "returned"),
    ("返货已签收", "returned"),
    ("返貨派送中", "returned"),
    # Prepared for the round, not yet on it.
    ("快件预派送中", "in_transit"),
    # Signed for by a station or collection point: waiting there for the recipient.
    ("驿站代签", "available_for_pickup"),
    ("菜鸟驿站已代签", "available_for_pickup"),
    # The recipient took the goods: delivered.
    ("客户已提货", "delivered"),
    ("收件人已提货", "delivered"),
    # Kept at the station or office for the customer to fetch.
    ("到站自取", "available_for_pickup"),
    ("营业所自领", "available_for_pickup"),
    # The sender out, nothing to collect, a collection rearranged: the parcel is still with the sender.
    ("寄件人外出，未取件", "info_received"),
    ("发件人联系不上，改日上门", "info_received"),
    ("寄件人不在", "info_received"),
    ("无货可收", "info_received"),
    ("另约时间收件", "info_received"),
    ("待集货", "info_received"),
    ("待开单", "info_received"),
    # Station steps: a waybill opened, in and out scans, goods unloaded, sent on, arrived, handed on.
    ("已开单", "in_transit"),
    ("货物已出站", "in_transit"),
    ("快件进站扫描", "in_transit"),
    ("卸集货完成", "in_transit"),
    ("已發送", "in_transit"),
    ("包裹到著", "in_transit"),
    ("快件已转件", "in_transit"),
    # Carried back from the round; delivered in the normal way.
    ("持回營業所", "delivery_failed"),
    ("已配交", "delivered"),
    ("配交完成", "delivered"),
]

COUNTER_EXAMPLES = [
    # A storage yard step put on hold is a hold; customs holding it too.
    ("장치장 반입 보류", "exception"),
    ("세관 검사로 통관 보류", "exception"),
    # No return made: the round goes on.
    ("未返货，继续派送", "out_for_delivery"),
    # On the round itself.
    ("快件派送中", "out_for_delivery"),
    # A family member signing is a delivery.
    ("家人代签", "delivered"),
    # The recipient asked to collect with a code: waiting at the pickup place.
    ("请客户凭取件码提货", "available_for_pickup"),
    # Arrived at the station, with no collection named.
    ("已到站", "in_transit"),
    # The recipient out: a failed delivery.
    ("收件人外出", "delivery_failed"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_fourth_pass_reads_by_meaning(text, expected):
    assert read_status(text).status == expected
