"""Persian, Urdu, Arabic and Hebrew read by their meaning (status_phrases_meaning_asia_mideast_26, round 109): contact
with the sender, the parcel taken from the sender, hubs, airports and customs, the courier delivering, delivered
(Persian); booked, on the way, out for delivery, delivered, being sent back, returned, lost, delivery failed (Urdu); a
label still to print, with the delivery company, on hold, refused by the warehouse, coming back for a reason (Arabic);
packed for the courier company, with it, assigned to its courier, loaded on the courier and on the way, ready for or
collected by self-collection, not yet ready (Hebrew); in other words than the development corpus's rows, written by the team to
DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Persian: calling the sender: before the carrier; taken from the sender, a hub, an airport, customs: moving on.
    ("تماس با فرستنده جهت هماهنگی", "info_received"),
    ("محموله از فرستنده تحویل گرفته شد", "in_transit"),
    ("خروج محموله از هاب تهران", "in_transit"),
    ("بسته وارد مرکز توزیع شیراز شد", "in_transit"),
    ("بسته از گمرک مبدا ترخیص شد", "in_transit"),
    ("بسته کشور مبدا را ترک کرد", "in_transit"),
    # The courier delivering: out for delivery; handed to the recipient: delivered.
    ("بسته توسط پیک در حال تحویل است", "out_for_delivery"),
    ("سفارش به گیرنده تحویل داده شد", "delivered"),
    # Urdu: booked: before the carrier; on the way: moving on; out for delivery; delivered.
    ("آپ کا آرڈر بک ہو چکا ہے", "info_received"),
    ("شپمنٹ راستے میں ہے", "in_transit"),
    ("پیکج ڈیلیوری کے لیے نکل گیا ہے", "out_for_delivery"),
    ("آرڈر ڈیلیور ہو چکا ہے", "delivered"),
    # Being sent back, returned to the sender: returned; delivery failed; lost.
    ("شپمنٹ واپس کی جا رہی ہے", "returned"),
    ("پیکج مرسل کو واپس بھیج دیا گیا ہے", "returned"),
    ("ڈیلیوری ناکام ہو گئی", "delivery_failed"),
    ("آپ کا آرڈر گم ہو چکا ہے", "lost"),
    # Arabic: a label still to print: before the carrier; with the shipping company: moving on.
    ("الطلب جاهز للطباعة", "info_received"),
    ("الشحنة لدى شركة الشحن", "in_transit"),
    # Coming back with its reason: returned.
    ("راجع بسبب رفض العميل", "returned"),
    ("راجعة لأسباب تتعلق بالعنوان", "returned"),
    # Refused by the warehouse, an order on hold: an exception.
    ("الطلب مرفوض من المخزن", "exception"),
    ("الطلب معلق", "exception"),
    # Hebrew: packed for the courier to collect, not yet ready for self-collection: before the carrier.
    ("החבילה מוכנה לאיסוף על ידי השליח", "info_received"),
    ("ההזמנה טרם מוכנה לאיסוף עצמי", "info_received"),
    # Assigned to a courier of the distribution company, held by the courier company: moving on.
    ("החבילה שויכה לשליח בחברת המשלוחים", "in_transit"),
    ("החבילה נמצאת אצל חברת ההפצה", "in_transit"),
    # Loaded on the courier and on its way to you: out for delivery; ready for self-collection: waiting for the buyer.
    ("החבילה הועמסה על השליח ובדרכה אליך", "out_for_delivery"),
    ("החבילה מוכנה לאיסוף עצמי מהסניף", "available_for_pickup"),
    # Collected by the customer himself: delivered.
    ("החבילה נאספה על ידי הלקוח", "delivered"),
]

COUNTER_EXAMPLES = [
    # Persian: a courier assigned and a parcel delivered stay as earlier passes read them.
    ("پیک تخصیص داده شد", "info_received"),
    ("مرسوله تحویل داده شد", "delivered"),
    # Arabic: the feminine "on hold" and "ready to print" stay; accepted, assigned and arrived at the customer are left
    # as other steps read them.
    ("الشحنة معلقة", "exception"),
    ("جاهزة للطباعة", "info_received"),
    ("مسند", "unknown"),
    ("المستلم", "unknown"),
    ("راجع العنوان", "unknown"),
    ("لم يتم الرد", "unknown"),
    ("وصل الى العميل", "in_transit"),
    ("جاهز للاستلام", "available_for_pickup"),
    # Hebrew: on the way to the destination stays movement; a courier arriving at the customer stays movement; a
    # parcel waiting for self-collection stays waiting.
    ("המשלוח בדרך ליעד", "in_transit"),
    ("השליח הגיע ללקוח", "in_transit"),
    ("ממתין לאיסוף עצמי", "available_for_pickup"),
    # Urdu: pending alone is left alone.
    ("زیر التواء", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES)
def test_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected


@pytest.mark.parametrize(("text", "expected"), COUNTER_EXAMPLES)
def test_counter_examples(text: str, expected: str) -> None:
    assert read_status(text).status == expected
