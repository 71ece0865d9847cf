"""Czech, Slovak, Slovenian, Bulgarian, Serbian, Turkish and Greek order and shipment states read by their meaning,
eighteenth Slavic and Turkic pass (round 60): the bare states shopping carts and commerce platforms print ("Nový",
"Čekající zásilka", "čeká na odeslání", "Objednávka ve zpracování", "Odoslané", "Poslano", "Vrnjeno", "изчакваща",
"пратена", "Spremno za realizaciju", "Kargolanan", "Αναμονή αποστολής", "Επέστρεψε") and a cargo integrator's
shipment state "Gönderi henüz işlenmedi".

SLAVIC_TURKIC_FIRST_STEPS_18, just after the seventeenth pass's first steps, before the Czech "zpracov…" reads a
parcel processed at a depot: an order (objednávka) in processing is the shop's, not yet with the carrier (DESIGN §4:
information received); "Zásilka ve zpracování" stays a movement.

SLAVIC_TURKIC_STEPS_18, just before the seventeenth pass's late steps, for texts nothing else reads, each the whole text
but for two phrases: an order new, unconfirmed, not handled or processed yet, accepted, being handled, pending, ready or
ready to be fulfilled, an order in fulfilment ("Διεκπεραίωση", the Greek shops' word; a carrier's processing is
"επεξεργασία", which the earlier steps read as a movement), and a shipment waiting or waiting to be sent ("čeká na
odeslání", before the broad "odeslán…" reads it sent), have not reached the carrier; a shipment sent is on its way; a
Slovenian order revoked is cancelled; one returned is a return. Left alone: a shipment with the courier ("kuryede": the
collecting or the delivering one, not said), a bare waiting word ("bekliyor"), a bare "in progress" ("v teku"), an order
not carried out ("Неизпълнена", "Nerealizovano": not said why) and the feminine "Nová" (a development row, a carrier's
order state, stays as the earlier steps leave it).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off Latin letters, Greek accents kept
and its final sigma as "σ", Cyrillic as written); whole words. Written by the team from DESIGN §4's statuses
(tests/test_status_meaning_slavic_turkic_19.py holds the examples, named one on, past the seventeenth pass's test); no
platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

SLAVIC_TURKIC_FIRST_STEPS_18: tuple[Step, ...] = (
    # An order in processing: the shop's, before "zpracov…" reads a parcel processed at a depot.
    ("info_received", {
        "cs": (r"\bobjednavk[ay] (?:je )?ve zpracovani\b",),
    }),
)

SLAVIC_TURKIC_STEPS_18: tuple[Step, ...] = (
    # New, unconfirmed, not handled yet, accepted, being handled, pending, ready, waiting to be sent: not yet with
    # the carrier.
    ("info_received", {
        "cs": (r"^nov[ye]$", r"^c[ea]kajici zasilk[ay]$", r"\bceka na odeslani\b", r"^vyrizuje se$",
               r"^prijata objednavka$", r"^cekajici na vyrizeni$", r"^nezpracovano$"),
        "sk": (r"^nov[ye]$", r"^cakajuca zasielka$", r"^nepotvrden[eay]$", r"^nevybaven[eay]$"),
        "sl": (r"^cakajoc[ae] posiljk[ae]$", r"^pripravljeno$"),
        "bg": (r"^изчакваща$", r"^готова(?: за изпълнение)?$", r"^непотвърдена$"),
        "sr": (r"^spremno za realizaciju$",),
        "tr": (r"\bhenuz islenmedi\b", r"^hazir$"),
        "el": (r"^νέα$", r"^αναμονή αποστολήσ$", r"^έτοιμη$", r"^(?:σε )?διεκπεραίωση$"),
    }),
    # Sent, shipped: on its way.
    ("in_transit", {
        "sk": (r"^(?:odoslan|zaslan)[eay]$",),
        "sl": (r"^poslano$",),
        "bg": (r"^пратена$",),
        "tr": (r"^kargolan(?:an|di)$",),
        "el": (r"^απεσταλμένη$",),
    }),
    # Revoked: cancelled.
    ("cancelled", {
        "sl": (r"^preklican[oa]$",),
    }),
    # Returned: a return.
    ("returned", {
        "cs": (r"^vracen[eay]$",),
        "sl": (r"^vrnjen[oa]$",),
        "el": (r"^επέστρεψε$",),
    }),
)
