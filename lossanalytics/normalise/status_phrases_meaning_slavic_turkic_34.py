"""Czech, Slovak and Turkish shipment states read by their meaning, thirty-fourth Slavic and Turkic pass (round 121):
a document or parcel waiting to be dispatched, a parcel delivered to a Zásilkovňa point, a parcel created or handed over
by its sender, on its way to the recipient, not collected at the post office, a Slovak shop handling an order or
having it ready for dispatch, a Turkish parcel loaded or unloaded, an error at a transfer centre, a wrong loading, a
loss investigation, a return requested or completed, a delivery not made because the address differs.

The reading follows who holds the parcel (DESIGN §4). Two groups:

- SLAVIC_TURKIC_FIRST_STEPS_34 come early among the narrow meanings (status_phrases_before_outcomes.py, just before
  SLAVIC_TURKIC_FIRST_STEPS_33), ahead of the steps that read the words these texts share with movement or with a
  delivery: a Czech dispatch still awaited ("čeká na vypravení", "čeká na odeslání") is before the carrier, before
  "vypravení" reads a dispatch done; a Slovak or Czech parcel delivered to a Zásielkovňa / Zásilkovna point waits there
  for its collection, before "doručená" reads a delivery, as "doručená na výdajné miesto" reads; a Turkish error at a
  transfer, arrival or departure centre or at a branch ("varış merkezi hatası") is an exception, before "varış merkezi"
  reads movement.
- SLAVIC_TURKIC_STEPS_34 come first of the Slavic and Turkic late steps (status_phrases_language_late.py, before
  SLAVIC_TURKIC_STEPS_33) and read only texts nothing else reads: a Czech parcel created ("zásilka vytvořena") is
  before the carrier, as "Vytvořena" reads; handed over by its sender ("odesílatel ji odevzdal") or on its way to the
  recipient ("jede k příjemci") it moves on, as "je na cestě k příjemci" reads; not collected at the post office as the
  whole status ("nevyžádáno", Czech Post's reason on an unclaimed item) goes back, returned, as an expired storage
  period does; a Slovak merchant handling an order ("obchodník vybavuje objednávku") and a parcel ready for dispatch as
  the whole status ("Zásielka je pripravená na expedíciu / odoslanie") are before the carrier; a Turkish parcel loaded
  or unloaded ("kargo yüklendi", "kargo indirildi") moves on, as "araca yüklendi" reads; a wrong loading, sending or
  routing ("yanlış yükleme") and a loss investigation ("kayıp araştırma", not a loss declared) are exceptions; a return
  requested and taken or completed ("iade isteği alınmıştır", Yurtiçi's operation message, "iade sonlandırıldı") is
  returned, as "iade tamamlandı" reads (a marketplace's "iade talebi alındı", a buyer's return request, stays
  unread); a delivery not made because the address (on the invoice) differs ("adres farklı") is a failed delivery,
  as "adres yetersiz" reads.

Left unread, because the words do not say the state: Czech "nepřijato" (not accepted: refused at the door, or the
reason on a returned item), "jiný důvod" (another reason); Slovak "Zásielka už onedlho príde" (arrives soon: on the last
leg or still on the way, not said; "príde zajtra" reads movement); Turkish "Müşteri İsteği" (at the customer's request:
of what, not said) and "Borçlandırma" (an accounting event). Left as read: Czech "adresát neznámý", "adresát se
odstěhoval", "adresa nedostatečná" read as failed deliveries (the reasons name why a delivery failed; the source lists
them under a return).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off Latin letters, punctuation as
spaces); whole words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_slavic_turkic_34.py
holds the examples); no table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

SLAVIC_TURKIC_FIRST_STEPS_34: tuple[Step, ...] = (
    # An error at a transfer, arrival or departure centre or at a branch: a problem, not movement.
    ("exception", {
        "tr": (r"\b(?:varis|cikis|transfer|aktarma|dagitim) merkez\w* hatas\w*", r"\bsube(?:si)? hatas\w*"),
    }),
    # Delivered to a Zásielkovňa / Zásilkovna point: waiting there (as "doručená na výdajné miesto" reads).
    ("available_for_pickup", {
        "sk": (r"\bdorucen\w* (?:do|na) (?:\w+ )?zasielkovn\w*",),
        "cs": (r"\bdorucen\w* (?:do|na) (?:\w+ )?zasilkovn\w*",),
    }),
    # A dispatch still awaited: before the carrier.
    ("info_received", {
        "cs": (r"\bceka\w* (?:se )?na (?:vypraveni|odeslani|expedici)\b",),
    }),
)

SLAVIC_TURKIC_STEPS_34: tuple[Step, ...] = (
    # Not collected at the post office (Czech Post's reason on an unclaimed item): going back.
    ("returned", {
        "cs": (r"^nevyzadan[oa]?$",),
        "tr": (r"\biade istegi alin(?:mistir|di)\b", r"\biade\w* (?:\w+ )?sonlandiril\w*"),
    }),
    # A wrong loading, sending or routing; a loss investigation (not a loss declared).
    ("exception", {
        "tr": (r"\byanlis (?:yukleme|sevk\w*|yonlendirme)\b", r"\bkayip arastirma\w*"),
    }),
    # A delivery not made because the address differs (as "adres yetersiz" reads).
    ("delivery_failed", {
        "tr": (r"\badres\w* farkli\b",),
    }),
    # Loaded or unloaded, handed over by the sender, on its way to the recipient: moving.
    ("in_transit", {
        "tr": (r"^(?:kargo|gonderi) (?:yuklendi|indirildi)$",),
        "cs": (r"^odesilatel\w* (?:(?:ji|ho|zasilku|balik) )?(?:odevzdal|predal)\w*(?: (?:zasilku|balik))?$",
               r"^(?:zasilka |balik )?jede k prijemci$"),
    }),
    # Before the carrier: a parcel created; a merchant handling the order; ready for dispatch.
    ("info_received", {
        "cs": (r"^(?:zasilka|balik) (?:byla |byl )?vytvoren[aoy]?$",),
        "sk": (r"\b(?:obchodnik|predajca|predavajuci)\w* (?:\w+ )?vybavuje (?:\w+ )?objednavk\w*",
               r"^(?:zasielka |objednavka |balik )?(?:je |bola )?(?:uz )?pripraven\w* na (?:expediciu|odoslanie)$"),
    }),
)
