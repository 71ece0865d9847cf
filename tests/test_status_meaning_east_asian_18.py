"""Chinese (Taiwan) and Korean read by their meaning (status_phrases_meaning_east_asian_18, round 79): logistics codes
of Taiwanese convenience-store, home and postal delivery and Korean customs steps, in other words than the development
corpus's rows where the words allow, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps
read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # The recipient asked to collect at the office or store: a pickup point.
    ("收货人申请到营业所自取", "available_for_pickup"),
    ("客戶要求至門市取貨", "available_for_pickup"),
    # The store takes no deliveries at the set time: a delay.
    ("門店指定時段不收貨，後續配送中", "exception"),
    # Data confirmed, a label printable: before the carrier.
    ("託運單可列印", "info_received"),
    ("资料已确认，可打印面单", "info_received"),
    # Moving through the post office's network: moving on.
    ("郵件運轉中", "in_transit"),
    # Korean: entered at the port: moving on.
    ("입항 완료", "in_transit"),
    # Returned to the vendor; sent back to the logistics centre or the seller: returned.
    ("條碼錯誤，廠退", "returned"),
    ("包裹已退到賣家", "returned"),
]

COUNTER_EXAMPLES = [
    # The recipient who collected the parcel stays delivered.
    ("收件人已取件", "delivered"),
    # A parcel on its way with no store named stays on its way.
    ("後續配送中", "in_transit"),
    # Money being refunded is no parcel sent back, left alone by this pass.
    ("退款處理中", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_taiwanese_and_korean_logistics_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
