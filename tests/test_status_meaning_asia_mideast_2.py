"""Arabic, Persian and French status texts read by their meaning, second pass (round 42): the states before the
carrier has the goods, the carrier's own hands and places, a delivery put off, a hand-over the carrier refused, a
shipment deleted, in other words than the development corpus's rows.

Written by the team to DESIGN §4's statuses and labelled by what they say (whose hands the goods are in, where the
parcel is, who put the delivery off), never by what the reader outputs. The rules are
status_phrases_meaning_asia_mideast_2's. Counter-examples stand beside them: a parcel ready for the recipient's
collection at a branch waits there, one handed to the customer is delivered, one sent back to the sender is a
return, a recipient who does not answer fails the delivery, one collected by the customer is delivered.
"""

from __future__ import annotations

import pytest

from lossanalytics.normalise.status_hints import read_known_texts
from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A follow-up before the return, a delivery date set again, the carrier's agent refusing the goods: held.
    ("الشحنة قيد المتابعة قبل الإرجاع للتاجر", "exception"),
    ("تمت إعادة جدولة موعد التوصيل إلى الغد", "exception"),
    ("رفض مندوب الشحن استلام الطرد", "exception"),
    # The recipient asked to put the delivery off: a failed delivery.
    ("المستلم طلب تأجيل التسليم", "delivery_failed"),
    # A collection asked of the shop: the goods are still with the sender.
    ("طلب التقاط الشحنة من المتجر", "info_received"),
    # Registered and taken in at the carrier's warehouse, handed to the shipping service: moving.
    ("تم تسجيل الشحنة واستلامها في مستودع الدمام", "in_transit"),
    ("تم تسليمها للشحن", "in_transit"),
    # Ready for shipping, not yet taken from the shop, a draft, awaiting approval, a new order, the carrier notified
    # or awaited: nothing handed over yet.
    ("الشحنة جاهزة للشحن", "info_received"),
    ("لم يتم استلام الشحنة من المتجر حتى الآن", "info_received"),
    ("مسودة طلب شحن", "info_received"),
    ("بانتظار موافقة المتجر", "info_received"),
    ("طلب شحن جديد", "info_received"),
    ("تم إخطار شركة الشحن بالطلب", "info_received"),
    ("في انتظار استلام مندوب التوصيل", "info_received"),
    # Ready for the recipient's collection: waiting for the recipient.
    ("طلبك جاهز للاستلام من قبل المستلم", "available_for_pickup"),
    # Needing follow-up: a problem.
    ("الشحنة تحتاج إلى متابعة", "exception"),
    # Taken from the seller or by the carrier's agent, assigned to the agent, on its way to a branch, between
    # branches, in a warehouse, on board, the international leg: still moving.
    ("تم استلام الطلب من البائع", "in_transit"),
    ("استلم مندوب الشحن الطرد", "in_transit"),
    ("تم تعيين الشحنة إلى المندوب", "in_transit"),
    ("الطرد في طريقه إلى فرع جدة", "in_transit"),
    ("الطرود تنتقل بين الفروع", "in_transit"),
    ("في مستودع جدة", "in_transit"),
    ("على متن الطائرة", "in_transit"),
    # Persian: being sent moves, ready to send and packed (with a zero-width non-joiner) are only data, needing
    # review is a problem, an order deleted is cancelled.
    ("مرسوله در حال ارسال است", "in_transit"),
    ("سفارش آماده ی ارسال", "info_received"),
    ("بسته\u200cبندی شده", "info_received"),
    ("نیازمند بررسی توسط پشتیبانی", "exception"),
    ("سفارش حذف شده", "cancelled"),
    # French: a shipment deleted is cancelled.
    ("SUPPRIMÉ", "cancelled"),
    ("Colis supprimé par l'expéditeur", "cancelled"),
]

COUNTER_EXAMPLES = [
    # Ready for collection at the branch: waiting for the recipient, not taken in there.
    ("الطرد جاهز للاستلام في الفرع", "available_for_pickup"),
    # Handed to the customer: delivered, not handed to a delivery service.
    ("تم تسليم الشحنة للعميل", "delivered"),
    # Sent back to the sender: a return.
    ("تم إرجاع الشحنة إلى المرسل", "returned"),
    # The recipient does not answer and it was not delivered: a failed delivery.
    ("العميل لا يرد على الهاتف ولم يتم التسليم", "delivery_failed"),
    # Collected by the customer: delivered.
    ("تم استلام الشحنة من قبل العميل", "delivered"),
]

# What a text does not say: a parcel waiting at a branch for its collection taken in by the carrier, one collected by
# the customer still moving, one returned to a warehouse (whose, not said) returned to its sender.
NOT_READ_AS = [
    ("بانتظار الاستلام في الفرع", "in_transit"),
    ("تم استلام الشحنة من قبل العميل", "in_transit"),
    ("أعيدت الشحنة إلى المستودع", "returned"),
]



@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_second_arabic_pass_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected


@pytest.mark.parametrize(("text", "wrong"), NOT_READ_AS)
def test_a_text_does_not_read_as_what_it_does_not_say(text: str, wrong: str) -> None:
    assert read_status(text).status != wrong


def test_the_evidence_is_the_carriers_words_as_written() -> None:
    assert read_status("تم تسجيل الشحنة واستلامها في مستودع الدمام").evidence == "واستلامها في مستودع"
    assert read_status("Colis supprimé par l'expéditeur").evidence == "Colis supprimé"


def test_the_examples_are_not_the_development_corpus_rows() -> None:
    corpus = {known.text.casefold() for known in read_known_texts()}
    written = [text for text, _ in EXAMPLES + COUNTER_EXAMPLES + NOT_READ_AS]
    assert [text for text in written if text.casefold() in corpus] == []
