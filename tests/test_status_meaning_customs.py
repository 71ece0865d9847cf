"""Customs clearance read by its meaning across languages (round 47): holds, inspections, requests for duties or
documents, releases and clearance in progress, in other words than the development corpus's rows.

Written by the team to DESIGN §4's statuses and labelled by what they say (a hold, an inspection or a request for
duties or documents is an exception; a release, or clearance in progress, moves on), never by what the reader
outputs. The rules are status_phrases_meaning_customs's. Counter-examples stand beside them: a return after a
refused release is a return, an inspection said to be over is no hold, goods delivered are delivered, a customs
fine on the recipient's refusal to pay stays a failed delivery, a declaration's own transmission says nothing.
"""

from __future__ import annotations

import pytest

from lossanalytics.normalise.status_hints import read_known_texts
from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A release refused, prohibited, suspended or put off; goods not released; duties due first; a full declaration
    # required: held by customs.
    ("Таможня: отказ в выпуске посылки", "exception"),
    ("Отказано в выпуске груза", "exception"),
    ("Выпуск посылки запрещен", "exception"),
    ("Приостановлен выпуск отправления", "exception"),
    ("Продление срока выпуска до 10 дней", "exception"),
    ("Не выпущено: нужен ИНН получателя", "exception"),
    ("Выпуск возможен с обязательной уплатой пошлины", "exception"),
    ("Для выпуска требуется уплата пошлины", "exception"),
    ("Отправление подлежит таможенному декларированию", "exception"),
    # A release permitted, with or without duties; goods released: moving on.
    ("Выпуск посылки разрешен", "in_transit"),
    ("Выпуск отправления без уплаты пошлин", "in_transit"),
    ("Выпущено таможенным органом", "in_transit"),
    # A declaration registered; an express clearance list or import declaration received or reviewed: in progress.
    ("Декларация на товары зарегистрирована", "in_transit"),
    ("특송 통관목록 접수", "in_transit"),
    ("수입신고 심사진행중", "in_transit"),
    # An arrival report, a manifest filed, an unloading declaration: in transit.
    ("인천공항 입항보고", "in_transit"),
    ("적하목록제출 완료", "in_transit"),
    ("하선신고 완료", "in_transit"),
    # Customs sent the declaration back, inspects, or suspended it: a hold.
    ("清单被海关退单", "exception"),
    ("海关查验中", "exception"),
    ("海关挂起", "exception"),
    # A review concluded, a manual review, the case closed: clearance goes on.
    ("清单海关审结", "in_transit"),
    ("订单人工审核中", "in_transit"),
    ("海关结关", "in_transit"),
    # Clearance awaited, under way or done; a further review asked for.
    ("مرسوله ترخیص شد", "in_transit"),
    ("کالا در گمرک منتظر ترخیص است", "in_transit"),
    ("مدارک نیاز به بررسی دارد", "exception"),
]

COUNTER_EXAMPLES = [
    # A return after a refused release: the return decides.
    ("Возврат. Отказ в выпуске отправления", "returned"),
    # Delivered to the recipient: delivered.
    ("Вручено адресату", "delivered"),
    # Returned to the sender: a return.
    ("已退回寄件人", "returned"),
    # Signed for: delivered.
    ("包裹已由收件人本人签收", "delivered"),
]

# What a text does not say: an inspection said to be over, or only named as a milestone, is no hold, a release is no duty request, a registered
# declaration is no label.
NOT_READ_AS = [
    ("海关查验完毕", "exception"),
    ("日本海关查验", "exception"),
    ("Выпуск разрешен, пошлины уплачены", "exception"),
    ("ДТ зарегистрирована таможней", "info_received"),
]



@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_customs_texts_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected


@pytest.mark.parametrize(("text", "wrong"), NOT_READ_AS)
def test_a_text_does_not_read_as_what_it_does_not_say(text: str, wrong: str) -> None:
    assert read_status(text).status != wrong


def test_the_evidence_is_the_carriers_words_as_written() -> None:
    assert read_status("Отказано в выпуске груза").evidence == "Отказано в выпуске"
    assert read_status("인천공항 입항보고").evidence == "입항보고"


def test_the_examples_are_not_the_development_corpus_rows() -> None:
    corpus = {known.text.casefold() for known in read_known_texts()}
    written = [text for text, _ in EXAMPLES + COUNTER_EXAMPLES + NOT_READ_AS]
    assert [text for text in written if text.casefold() in corpus] == []
