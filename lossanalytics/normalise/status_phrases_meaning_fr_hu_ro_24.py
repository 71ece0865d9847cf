"""Romanian, French and Hungarian shipment states read by their meaning, twenty-fourth French, Hungarian, Romanian and
Greek pass (round 131): goods received by the consignee, a consignment created, not validated or scheduled for
collection, handed to the driver or unloaded at a depot, a sorting error, a courier's data-only states, a
self-collection, a bare "failed" or "exception"; in French a partial delivery, an order waiting to leave, a handover to
the customer, a parcel being given back to its shipper, a delivery put off, a bare failure or refusal, a generic
exception; in Hungarian and Romanian "in progress" as the whole status.

The reading follows who holds the parcel (DESIGN §4). Two groups:

- FR_HU_RO_FIRST_STEPS_24 come first of the French, Hungarian, Romanian and Greek first steps
  (status_phrases_before_outcomes.py, before FR_HU_RO_FIRST_STEPS_23), ahead of the outcome and broad words, for texts
  an earlier word misreads: in Romanian a sorting error ("eroare sortare") is an exception, a mishap on the way, before
  the bare sorting word reads movement (as a hub's loading error reads); a consignment or order created as the whole status
  ("partida creată") is before the carrier, before "partida" reads a departure; in French a generic exception named as
  such ("exception générique (adresse erronée, …)") is an exception, before the wrong address it gives as an example
  reads a failed attempt; a partial delivery ("livraison partielle", "livré partiellement") is delivered, as "Partial
  delivery" reads, before "partielle" reads a partial dispatch; an order waiting to leave ("commande en attente de
  départ") is before the carrier, before "départ" reads movement.
- FR_HU_RO_LATE_STEPS_24 come just before the twenty-third pass's late steps (status_phrases_language_late.py) and read
  only texts nothing else reads: in Romanian goods or a parcel received by the consignee or customer ("recepționat de
  destinatar / de client") are delivered, as "predat destinatarului" reads (received in a hub or depot stays movement);
  handed to the driver ("predat șoferului", not "for delivery") and unloaded and received ("descărcat și
  recepționat") are in transit; "în curs" as the whole status is in transit, as "In progress" reads; a bare "eșuat" is a
  failed delivery, as a failed delivery named in full reads; "excepție" is an exception, as the English word reads; a
  self-collection ("ridicare proprie") waits for the consignee, as "ridicare personală" reads; not validated, scheduled
  for collection ("programat pentru colectare"), data registered ("date înregistrate", "date ramburs") and a pickup
  registered are before the carrier. In French a handover to the customer ("remise au client") is delivered, as "remis
  au destinataire" reads; a parcel being given back or given back to its shipper ("en cours de restitution", "restitué
  à l'expéditeur") is returned, as a parcel sent back to its shipper reads; a delivery put off to a later date
  ("livraison décalée") is a failed delivery, as "livraison reportée" reads; a bare failure, or a failure or refusal
  ("échec ou refus", also of the consignee or customer), is a failed delivery, as a failure of the delivery named in
  full reads; a batch between depots ("en lot inter-dépôts") is in transit. In Hungarian "folyamatban" (in progress)
  as the whole status is in transit, as "In progress" reads.

Left unread or as read, because the words do not say the state: Romanian "initial" (a draft, but the word is any
language's "initial"), "așteaptă ridicarea" (waiting for a collection: by the courier in its source, by the customer
as often), "stocat" (stored: on the way or held), "pe drum" (on the way: read as movement, its source meant out for
delivery); Hungarian "összeszedve" (gathered: in a warehouse or by a courier); French "retour au dépôt" (back at the
depot: a failed round in one source, a return in another; read as the failed attempt) and "ramassage chez
l'expéditeur" (a collection at the shipper, scheduled or done; read as before the carrier).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off Latin letters, punctuation as
spaces); whole words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_fr_hu_ro_24.py holds the
examples); no table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

FR_HU_RO_FIRST_STEPS_24: tuple[Step, ...] = (
    # A sorting error (sent on to the right depot): a mishap on the way, before the bare sorting word reads movement; a
    # generic exception named as such, before the wrong address it gives as an example reads a failed attempt.
    ("exception", {
        "ro": (r"\beroare (?:de |la )?sortare\b",),
        "fr": (r"^exception generique\b",),
    }),
    # A partial delivery: delivered, as "Partial delivery" reads; before "partielle" reads a partial dispatch.
    ("delivered", {
        "fr": (r"\blivraison partielle\b", r"\blivre\w* partiellement\b"),
    }),
    # Before the carrier: a consignment or order created, the whole status (before "partida" reads a departure); an
    # order waiting to leave (before "depart" reads movement).
    ("info_received", {
        "ro": (r"^(?:partida|expeditia|expedierea|comanda|coletul|colet|awb) (?:a fost )?creat(?:a)?$",),
        "fr": (r"\bcommandes? (?:est |sont )?en attente de depart\b",),
    }),
)

FR_HU_RO_LATE_STEPS_24: tuple[Step, ...] = (
    # Received by the consignee or the customer (as "predat destinatarului" reads); a handover to the customer (as
    # "remis au destinataire" reads), not one still planned.
    ("delivered", {
        "ro": (r"\breceptionat\w* de (?:catre )?(?:destinatar|client)\w*",),
        "fr": (r"\bremis\w* (?:au|a la) (?:client|destinataire)\w*(?!.*\b(?:prevue?|planifiee?|programmee?)\b)",),
    }),
    # Being given back, or given back, to the shipper (as a parcel sent back to its shipper reads).
    ("returned", {
        "fr": (r"\ben cours de restitution\b",
               r"\brestitu\w* (?:a |au )?(?:l )?(?:expediteur|vendeur|fournisseur)\b"),
    }),
    # A bare failure, or a failure or refusal (as a failed delivery named in full reads); a delivery put off to a later
    # date (as "livraison reportee" reads).
    ("delivery_failed", {
        "ro": (r"^esuat(?:a)?$",),
        "fr": (r"^echec(?: ou refus)?(?: du (?:destinataire|client))?$", r"\blivraison decalee\b"),
    }),
    # A bare exception (as the English word reads).
    ("exception", {
        "ro": (r"^exceptie$",),
    }),
    # Kept for the consignee to collect himself (as "ridicare personala" reads).
    ("available_for_pickup", {
        "ro": (r"^ridicare proprie$",),
    }),
    # On the way: handed to the driver (not for the delivery itself), unloaded and received at a depot, a batch
    # between depots; "in progress" as the whole status (as "In progress" reads).
    ("in_transit", {
        "ro": (r"\bpredat\w* (?:la |catre )?sofer\w*(?!.*\blivr)", r"^descarcat\w* (?:si )?receptionat\w*$",
               r"^in curs$"),
        "fr": (r"\binter ?depots\b",),
        "hu": (r"^folyamatban$",),
    }),
    # Before the carrier: not validated; scheduled for collection; only data registered; a pickup registered.
    ("info_received", {
        "ro": (r"^nevalidat(?:a)?$", r"\bprogramat\w* (?:pentru|la|spre) (?:colectare|preluare)\b",
               r"^date (?:de )?(?:ramburs|inregistrate)$", r"^pickup inregistrat\w*$"),
    }),
)
