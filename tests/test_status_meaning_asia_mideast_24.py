"""Hebrew and Arabic read by their meaning (status_phrases_meaning_asia_mideast_24, round 101): a parcel with the
courier, on its way from the local branch to the recipient, stuck on the way, not yet sent by the shop, a courier sent
to collect, an order in handling or waiting for approval, a shipment created, returned to the shop, in a customs
inspection, received at a branch, put on a plane, transferred to a branch, the delivery round (Hebrew); not yet shipped,
a shipping company assigned, the order's data received, received in the warehouse, created, a wrong address (Arabic); in other words
than the development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps
read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Hebrew: on its way from the local branch to the recipient; the parcel is with the courier: out for delivery.
    ("המשלוח בדרך מהסניף המקומי אל הנמען", "out_for_delivery"),
    ("ההזמנה נמצאת אצל השליח", "out_for_delivery"),
    # The delivery round to the recipient: out for delivery.
    ("חלוקה לנמען", "out_for_delivery"),
    # Stuck on the way: an exception.
    ("החבילה נתקעה במעבר", "exception"),
    # Not yet sent by the shop; a courier sent to collect: before the carrier.
    ("החנות טרם שלחה את ההזמנה", "info_received"),
    ("הפריט עדיין לא נשלח", "info_received"),
    ("שליח נשלח לאיסוף מהמחסן", "info_received"),
    # An order in handling, waiting for approval; a shipment created: before the carrier.
    ("הזמנה בטיפול", "info_received"),
    ("ההזמנה מחכה לאישור", "info_received"),
    ("יצירת משלוח", "info_received"),
    # A shipment returned to the shop: returned.
    ("החבילה הוחזרה לחנות", "returned"),
    # In a customs inspection; a customs status update; received at a branch; put on a plane; sent on to a branch:
    # moving on.
    ("בבדיקת המכס", "in_transit"),
    ("עדכון מצב מכס", "in_transit"),
    ("החבילה התקבלה בסניף תל אביב", "in_transit"),
    ("הועלה למטוס", "in_transit"),
    ("העברה לסניף", "in_transit"),
    # Arabic: not yet shipped; a shipping company assigned; the order's data received; created: before the carrier.
    ("لم يتم شحن الطلب بعد", "info_received"),
    ("تم تعيين شركة الشحن", "info_received"),
    ("تم استلام بيانات الطلب", "info_received"),
    ("الإنشاء", "info_received"),
    # Received in the warehouse, the whole text: moving on.
    ("الاستلام في المستودع", "in_transit"),
    # A wrong address, the whole text: a failed attempt.
    ("عنوان غلط", "delivery_failed"),
    ("خطأ في العنوان", "delivery_failed"),
]

COUNTER_EXAMPLES = [
    # Hebrew: on its way to you, to a sorting centre, stays movement; with the courier for collection stays as read.
    ("החבילה בדרך אליך", "in_transit"),
    ("החבילה בדרך מהסניף למרכז מיון", "in_transit"),
    # A code not yet sent to you is not a parcel not yet sent: as other steps read "נשלח".
    ("עדיין לא נשלח לך קוד", "in_transit"),
    # Returned to the list (a driver app's notice) is not a return to the sender: left alone.
    ("המשלוח הוחזר לרשימה", "unknown"),
    # Held in a customs inspection stays an exception; a parcel in customs stays movement.
    ("החבילה מעוכבת בבדיקת מכס", "exception"),
    ("החבילה נמצאת במכס", "in_transit"),
    # Entered, in shipping, for collection, stored at a branch, ready for delivery, order completed: left alone.
    ("נקלטה", "unknown"),
    ("המוצר במשלוח", "unknown"),
    ("לאיסוף", "unknown"),
    ("מאוחסן בסניף", "unknown"),
    ("מוכן למסירה", "unknown"),
    ("הזמנתך הושלמה", "unknown"),
    # Arabic: received from the warehouse stays movement.
    ("استلام من المستودع", "in_transit"),
    # A shipment that does not match, a problem with the courier: left alone.
    ("الطلب غير مطابق", "unknown"),
    ("مشكلة لدى السائق", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_asia_mideast_meaning_24(text: str, expected: str) -> None:
    assert read_status(text).status == expected
