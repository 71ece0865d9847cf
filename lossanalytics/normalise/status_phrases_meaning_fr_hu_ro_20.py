"""French, Hungarian and Romanian shipment states read by their meaning, twentieth French, Hungarian and Romanian pass
(round 103): three French shops' order and delivery statuses ("livraison tentée", "Attente transporteur", "Vers
l'entrepôt", "Encours de livraison", "Payée"), a Romanian courier broker's shipment statuses ("Propus spre anulare",
"Expediere incompleta", "Comanda in asteptare", "Neridicata", "Ridicare din sediu") and Hungarian shops' and
parcel-locker apps' states ("Automatában (kézbesítve)", "Visszaigazolva", "Készletezés alatt", "Számlára vár",
"Sikertelenül lezárt rendelés").

The reading follows who holds the parcel (DESIGN §4). Two groups:

- FR_HU_RO_FIRST_STEPS_20 come first of the French, Hungarian and Romanian first steps
  (status_phrases_before_outcomes.py, before FR_HU_RO_FIRST_STEPS_19), ahead of the outcome and broad words: in French
  a delivery attempted ("livraison tentée", the carrier "a essayé de livrer") is a failed attempt, and an order
  waiting for the carrier as the whole status ("attente transporteur") is before the carrier, both before
  "transporteur" reads the carrier having it. In Romanian a shipment proposed for cancellation ("propus spre
  anulare": asked, not done) is an exception, before "anulare" reads a cancellation; an incomplete shipment
  ("expediere incompletă") is an exception, before "expediere" reads movement; an order waiting as the whole status
  ("comanda în așteptare") is before the carrier, before "în așteptare" reads a hold. In Hungarian a parcel delivered
  into a locker ("automatában kézbesítve") waits for the addressee: available for pickup, before "kézbesítve" reads a
  delivery.
- FR_HU_RO_LATE_STEPS_20 come just before the nineteenth pass's late steps (status_phrases_language_late.py) and read
  only texts nothing else reads: in Romanian "Neridicată" (not collected) as the whole status: information received;
  collection from the courier's office ("ridicare din sediu") as the whole status: available for pickup. In
  Hungarian confirmed ("visszaigazolva") as the whole status, being stocked ("készletezés alatt") and waiting for the invoice ("számlára
  vár") as the whole status: information received; an order closed without success ("sikertelenül lezárt"):
  exception. In French an order paid ("Payée", the whole status): information received; on the way to the warehouse
  ("Vers l'entrepôt", the whole status): in transit; "encours de livraison" (written as one word): out for delivery.

Left alone, because the same words mean another state elsewhere: French "Prête" (ready: for the courier, or for the
customer to collect), "À l'entrepôt" (at the warehouse: the seller's or the carrier's) and "En attente de paiement"
(read as a problem: a carrier's duties unpaid, or a shop's order unpaid); Hungarian "Kiszállítás" (delivery: a
heading, or the round), "Feldolgozásra vár" (waiting for processing: a shop's or a carrier's, as "Feldolgozás alatt"
is read as movement), "Lezárva" and "Megrendelés lezárva" (closed: delivered, or cancelled) and "Elavult" (stale: of
what, not said).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_fr_hu_ro_20.py holds the examples);
no shop's or broker's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

FR_HU_RO_FIRST_STEPS_20: tuple[Step, ...] = (
    # The carrier tried to deliver: a failed attempt.
    ("delivery_failed", {
        "fr": (r"\blivraison tentee\b",
               r"\b(?:a|ont) essaye de (?:vous |le |la )?livrer\b"),
    }),
    # Waiting for the carrier, the whole status: not yet with it; an order waiting, the whole status.
    ("info_received", {
        "fr": (r"^(?:en )?attente (?:du |d un )?transporteur$",),
        "ro": (r"^comanda (?:este )?in asteptare$",),
    }),
    # A cancellation proposed (not done), an incomplete shipment: a problem.
    ("exception", {
        "ro": (r"\bpropus(?:a)? (?:spre|pentru) anulare\b",
               r"\bexpediere(?:a)? (?:este )?incomplet(?:a)?\b"),
    }),
    # Delivered into a parcel locker: waiting for the addressee.
    ("available_for_pickup", {
        "hu": (r"\b(?:csomag)?automataba?n? kezbesitve\b",),
    }),
)

FR_HU_RO_LATE_STEPS_20: tuple[Step, ...] = (
    # Not collected yet, the whole status: still with the sender.
    ("info_received", {
        "ro": (r"^neridicat(?:a)?$",),
        "hu": (r"^visszaigazolva$",
               r"\bkeszletezes alatt\b",
               r"^szamlara var$"),
        "fr": (r"^(?:commande )?payee$",),
    }),
    # Collection from the courier's office, the whole status: waiting for the addressee.
    ("available_for_pickup", {
        "ro": (r"^ridicare (?:din|de la) sediu(?:l curierului)?$",),
    }),
    # An order closed without success: a problem, how not said.
    ("exception", {
        "hu": (r"\bsikertelen(?:ul)? lezart\b",),
    }),
    # On the way to the warehouse, the whole status.
    ("in_transit", {
        "fr": (r"^(?:en route )?vers l entrepot$",),
    }),
    # "Encours de livraison" written as one word.
    ("out_for_delivery", {
        "fr": (r"\bencours de livraison\b",),
    }),
)
