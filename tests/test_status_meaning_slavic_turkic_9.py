"""Serbian and Croatian event texts read by their meaning, eighth pass (round 45): a post's short status names in
Latin and Cyrillic letters and a kiosk network's track-and-trace steps, in other words than the development
corpus's rows.

Written by the team to DESIGN §4's statuses and labelled by what they say (where the parcel is, who has it, why
it was not delivered), never by what the reader outputs. The rules are status_phrases_meaning_slavic_turkic_8's.
Counter-examples stand beside them: a parcel not delivered is no delivery, a parcel sent by the sender is no
return, reception refused is no reception, a status saying only that it is unknown in more words than one is not
an addressee unknown.
"""

from __future__ import annotations

import pytest

from lossanalytics.normalise.status_hints import read_known_texts
from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # The section for undeliverable items: lost.
    ("Пошиљка у одељку за неуручиве", "lost"),
    ("Pošiljka je u odjelu za neuručive pošiljke", "lost"),
    # On its way back, or returned, to the sender: a return.
    ("Пошиљка враћена пошиљаоцу", "returned"),
    ("Paket je u povratu pošiljaocu", "returned"),
    ("Pokrenut povrat pošiljatelju", "returned"),
    # Refused, a notice left, the next delivery, an address unknown or insufficient, gone away, moved, deceased,
    # an addressee unknown: a failed delivery.
    ("Прималац одбија пријем пошиљке", "delivery_failed"),
    ("Остављено обавештење примаоцу", "delivery_failed"),
    ("Sledeća dostava sutra", "delivery_failed"),
    ("Sljedeća dostava u ponedjeljak", "delivery_failed"),
    ("Адреса непозната на терену", "delivery_failed"),
    ("Adresa primaoca nedovoljna", "delivery_failed"),
    ("Отпутовала", "delivery_failed"),
    ("Preseljen na drugu adresu", "delivery_failed"),
    ("Umrla", "delivery_failed"),
    ("Primalac nepoznat", "delivery_failed"),
    ("Адресат је непознат", "delivery_failed"),
    # Delivered, in Cyrillic letters.
    ("Пошиљка уручена примаоцу", "delivered"),
    # Charged to the postman for delivery: the round.
    ("Пошиљка задужена за доставу", "out_for_delivery"),
    # Received at the selling point: waiting for the recipient.
    ("Paket zaprimljen na prodajnom mjestu", "available_for_pickup"),
    # Only reception or dispatch, a redirection, a forwarding, in distribution towards the recipient: moving on.
    ("Отпремљено", "in_transit"),
    ("Pošiljka preusmerena na drugu poštu", "in_transit"),
    ("Пошиљка надослана на нову адресу", "in_transit"),
    ("Paket u distribuciji prema prodajnom mjestu", "in_transit"),
]

COUNTER_EXAMPLES = [
    # A parcel not delivered, in Cyrillic letters: not a delivery.
    ("Пошиљка није уручена", "unknown"),
    # Sent by the sender: on its way, not a return.
    ("Pošiljalac je poslao paket", "unknown"),
]

# What a text does not say: reception refused read as a reception, a status unknown in more words read as an
# addressee unknown, a parcel that has left the undeliverable section read as lost.
NOT_READ_AS = [
    ("Odbija prijem", "in_transit"),
    ("Status pošiljke nepoznat", "delivery_failed"),
    ("Prijem pošiljke u pošti", "lost"),
]



@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_eighth_pass_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected


@pytest.mark.parametrize(("text", "wrong"), NOT_READ_AS)
def test_a_text_does_not_read_as_what_it_does_not_say(text: str, wrong: str) -> None:
    assert read_status(text).status != wrong


def test_the_evidence_is_the_carriers_words_as_written() -> None:
    assert read_status("Пошиљка задужена за доставу").evidence == "задужена за доставу"
    assert read_status("Paket je u povratu pošiljaocu").evidence == "povratu pošiljaocu"


def test_the_examples_are_not_the_development_corpus_rows() -> None:
    corpus = {known.text.casefold() for known in read_known_texts()}
    written = [text for text, _ in EXAMPLES + COUNTER_EXAMPLES + NOT_READ_AS]
    assert [text for text in written if text.casefold() in corpus] == []
