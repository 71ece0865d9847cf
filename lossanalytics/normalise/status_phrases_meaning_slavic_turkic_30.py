"""Turkish cargo states read by their meaning, thirtieth Slavic and Turkic pass (round 98): a cargo-tracking API's
status descriptions ("Kargo şirketine teslim edildi"), a label shop's Yurtiçi Kargo status mail ("Kargo bugün senin
için yola çıktı. Kurye 09:00-18:00 arası teslim eder ...", "Kurye seni evde bulamadı ...") and a cargo-tracking
page's not-found message ("Kargo bulunamadı. Lütfen bilgilerinizi kontrol edin.").

The reading follows who holds the parcel (DESIGN §4). Two groups:

- SLAVIC_TURKIC_FIRST_STEPS_30 come first of the Slavic and Turkic first steps that follow the Vietnamese ones
  (status_phrases_before_outcomes.py, before SLAVIC_TURKIC_FIRST_STEPS_28), ahead of the outcome words: handed to the
  cargo company or firm ("kargo şirketine teslim edildi"): the carrier has it, in transit, before "teslim edildi"
  reads a delivery; the courier delivering between two times of the day ("Kurye 09:00-18:00 arası teslim eder"): out
  for delivery, before "yola çıktı" reads a parcel on its way; a cargo or shipment not found, with the reader asked to
  check their details or tracking number: no tracking found, unknown, before "kontrol" reads a check of the parcel.
- SLAVIC_TURKIC_STEPS_30 come first of the Slavic and Turkic late steps (status_phrases_language_late.py, before
  SLAVIC_TURKIC_STEPS_29) and read only texts nothing else reads: the courier did not find the recipient at home or
  at the address ("Kurye seni evde bulamadı"): a failed attempt.

Left alone: "Kargo teslim için hazır" (ready for delivery: to the courier or to the recipient, or at the branch, not
said) and "Gümrük incelemesi" (a customs inspection: read as held, as the English "under customs inspection" is).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, so "ş" is "s" and "ı" is "i",
punctuation as spaces); whole words. Written by the team from DESIGN §4's statuses
(tests/test_status_meaning_slavic_turkic_30.py holds the examples); no table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# A time of day, folded ("09:00" is "09 00").
_TR_TIME = r"\d{1,2} \d{2}"

SLAVIC_TURKIC_FIRST_STEPS_30: tuple[Step, ...] = (
    # Handed to the cargo company or firm: with the carrier.
    ("in_transit", {
        "tr": (r"\bkargo (?:sirketine|firmasina) teslim edil(?:di|mistir|mis)\b",),
    }),
    # The courier delivers between two times of the day: out for delivery.
    ("out_for_delivery", {
        "tr": (r"\bkurye(?:miz|niz)? (?:bugun )?(?:saat )?" + _TR_TIME + r" (?:ile )?" + _TR_TIME
               + r" (?:saatleri )?arasi(?:nda)? teslim ed(?:er|ecek|ecektir)\b",),
    }),
    # Not found, with the reader asked to check their details or tracking number: no tracking found.
    ("unknown", {
        "tr": (r"\b(?:kargo|gonderi|paket)(?:niz)? bulunamadi (?:lutfen )?(?:bilgilerinizi|takip (?:numaranizi|kodunuzu)|"
               r"kodunuzu|kargo kodunuzu) kontrol edi(?:n|niz)\b",),
    }),
)

SLAVIC_TURKIC_STEPS_30: tuple[Step, ...] = (
    # The courier did not find the recipient at home or at the address: a failed attempt.
    ("delivery_failed", {
        "tr": (r"\bkurye(?:miz)? (?:seni|sizi|aliciyi|alici) (?:evde|adreste|adresinde|adresinizde) bulamadi\b",),
    }),
)
