"""Turkish read by its meaning, ninth pass (round 46): how a marketplace's package statuses read in its sellers'
panels ("Gönderime Hazır", "Hazırlanıyor", "PUDO Noktasında", "Müşteriye Ulaştırılmadı", "Ulaştırılamadı ve Geri
Döndü").

SLAVIC_TURKIC_STEPS_9, tried just before SLAVIC_TURKIC_STEPS_8, read only texts nothing else reads:

- a parcel that could not be brought to the recipient and came back ("geri döndü") is a return, before the failure
  alone reads a failed delivery;
- a parcel not brought to the customer or recipient ("ulaştırılmadı", "ulaştırılamadı") fails the delivery;
- a parcel waiting at a pick-up/drop-off point ("PUDO noktasında") waits for the recipient;
- a parcel ready for dispatch ("gönderime hazır") or still being prepared ("hazırlanıyor") has not left the seller.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents and the dotless i off Turkish letters,
punctuation as spaces); whole words. Written by the team from DESIGN §4's statuses
(tests/test_status_meaning_slavic_turkic_10.py holds the examples); no marketplace's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# "Brought to" in the negative: "ulaştırılmadı", "ulaştırılamadı", "ulaştırılamamıştır".
_NOT_BROUGHT = r"ulastirila?ma(?:di|mis)\w*"

SLAVIC_TURKIC_STEPS_9: tuple[Step, ...] = (
    # Not brought to the recipient and back again: a return, before the failure alone.
    ("returned", {
        "tr": (r"\b" + _NOT_BROUGHT + r" ve (?:geri|iade) don\w*",),
    }),
    # Not brought to the customer or recipient: the delivery failed.
    ("delivery_failed", {
        "tr": (r"^(?:(?:musteriye|aliciya|adrese) )?" + _NOT_BROUGHT + r"$",),
    }),
    # At a pick-up/drop-off point: waiting for the recipient.
    ("available_for_pickup", {
        "tr": (r"^pudo noktasinda$",),
    }),
    # Ready for dispatch, being prepared: still with the seller.
    ("info_received", {
        "tr": (r"^gonderime hazir$",
               r"^(?:paket |siparis |urun )?hazirlaniyor$"),
    }),
)
