"""Arabic and Hebrew read by their meaning (status_phrases_meaning_asia_mideast_21, round 89): tracking expired, an
unexpected stop, a shipment offered to the couriers, a new shipment, a courier looked for, an arrival with receipt to
confirm (Hebrew); a problem that needs handling, a shipment that could not be handed over, an area that cannot be
reached, a phone switched off, gone back to the store, a shipment received at a named place or loaded onto a line haul
(Arabic); in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Hebrew: the tracking has expired; an unexpected stop.
    ("פג תוקף המעקב", "expired"),
    ("תוקף המעקב פג", "expired"),
    ("המשלוח: עצירה בלתי צפויה", "exception"),
    # Offered to the couriers; a new shipment; a courier being looked for: before the carrier.
    ("ההזמנה נשלחה לכל השליחים", "info_received"),
    ("משלוח חדש", "info_received"),
    ("מחפש שליח למשלוח", "info_received"),
    # Arrived at its destination, please confirm receipt: delivered.
    ("החבילה הגיעה ליעדה, יש לאשר את הקבלה", "delivered"),
    # Arabic: a problem that needs following up.
    ("هناك مشكلة بحاجة إلى متابعة", "exception"),
    # Could not hand over the parcel; the address cannot be reached; the customer's mobile is off.
    ("تعذر تسليم الطرد", "delivery_failed"),
    ("العنوان غير قابل للوصول", "delivery_failed"),
    ("جوال العميل مغلق", "delivery_failed"),
    # Received at a warehouse or a city; loaded onto a plane.
    ("تم استلام الطرد في مستودع جدة", "in_transit"),
    ("تم استلام الشحنة في القاهرة", "in_transit"),
    ("تم تحميل الشحنات على الطائرة", "in_transit"),
    # Went back to the store: returned.
    ("عادت الشحنة إلى المتجر", "returned"),
]

COUNTER_EXAMPLES = [
    # Hebrew: a delay and a failed attempt stay with their steps.
    ("עיכוב לא צפוי", "exception"),
    ("ניסיון מסירה נכשל", "delivery_failed"),
    # Sent, arrived, a courier on the way (to the sender or the recipient, not said): as other steps read them.
    ("המשלוח נשלח", "in_transit"),
    ("החבילה הגיעה", "in_transit"),
    ("שליח בדרך", "in_transit"),
    # A shipment approved (an order's approval, or a delivery confirmed): left alone.
    ("משלוח אושר", "unknown"),
    # Arabic: "could not deliver" as read; a lost parcel; customs attention.
    ("تعذر التسليم", "delivery_failed"),
    ("الطرد مفقود", "lost"),
    ("توجد ملاحظة جمركية", "exception"),
    # Received with nothing said of where, received on a day, loaded onto the delivery car: left alone.
    ("تم استلام الشحنة", "unknown"),
    ("تم استلام الشحنة في اليوم التالي", "unknown"),
    ("تم تحميل الشحنة على سيارة التوصيل", "unknown"),
    # An order received at the store, an order downloaded: left alone.
    ("تم استلام الطلب في المتجر", "unknown"),
    ("تم تحميل الطلب", "unknown"),
    # A bare "returned" (also a shop's refunded), a courier assigned (whose, not said), an order received (by the shop
    # or by the courier): left alone.
    ("הוחזר", "unknown"),
    ("اتحدد مندوب", "unknown"),
    ("تم تعيين المندوب", "unknown"),
    ("تم استلام الطلب", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_asia_mideast_meaning_21(text: str, expected: str) -> None:
    assert read_status(text).status == expected
