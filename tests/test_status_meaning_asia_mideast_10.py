"""Persian and Hebrew read by their meaning (status_phrases_meaning_asia_mideast_10, round 58): the courier's round,
the recipient's door, a parcel back at the hub, on its way to or not yet scanned in at a pickup point, in other words
than the development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps
read, or that say too little."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("مرسوله تحویل پیک جهت توزیع شد", "out_for_delivery"),
    ("بسته در حال توزیع است", "out_for_delivery"),
    ("کالا تحویل گیرنده گردید", "delivered"),
    ("عدم حضور مشتری در محل", "delivery_failed"),
    ("آدرس نادرست", "delivery_failed"),
    ("برگشت به انبار مقصد", "exception"),
    ("عودت به فرستنده", "returned"),
    ("برگشت به شعبه مبدأ", "returned"),
    ("بسته مفقود گردید", "lost"),
    ("کالا فاسد گردید", "damaged"),
    ("لغو سفارش", "cancelled"),
    ("در انتظار جمع‌آوری توسط پیک", "info_received"),
    ("ورود به مرکز مبادلات", "in_transit"),
    ("החבילה בדרך למסירה", "out_for_delivery"),
    ("המשלוח בדרך לנקודת האיסוף", "in_transit"),
    ("הגיע לנקודת החלוקה, ממתין לסריקה", "in_transit"),
    ("החבילה בשק הפיזור", "in_transit"),
    ("נקלטה מהממיינת", "in_transit"),
    ("שודרג לשליח", "in_transit"),
    ("חזרה של המשלוח הכפול", "returned"),
    ("ממתינה למשלוח", "info_received"),
]

COUNTER_EXAMPLES = [
    # Waiting for its addressee at the point waits for pickup; the courier on the way to you is the round.
    ("בנקודת החלוקה, ממתין לנמען", "available_for_pickup"),
    ("השליח בדרך אליך", "out_for_delivery"),
    # Handed to the courier with no delivery named: collected, moving.
    ("مرسوله تحویل پیک شد", "in_transit"),
    # Awaiting the recipient's payment, not distributed, not delivered: when, or what instead, is not said.
    ("در انتظار پرداخت توسط گیرنده", "unknown"),
    ("توزیع نشده", "unknown"),
    ("تحویل نشده", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_persian_and_hebrew_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
