"""French read by its meaning, fifth pass (round 35): the terse refusals of relay-point networks' and shop
modules' states ("Refus client", "Refus destinataire", "RC - Refus Client").

The noun "refus" with the one who refused after it (the customer, the recipient, the buyer) says the recipient
would not take the parcel: a failed delivery (DESIGN §4), as "refusé par le client" already is. A return named in
the same text ("Retour suite refus client") is read first by the outcome steps; a payment refused ("Refus de paiement
client") names no one after "refus" and is left to the readings of a payment.

FR_LATE_STEPS_5, tried before status_phrases_meaning_fr_hu_ro_4's Hungarian late steps (so among the wordings
nothing else reads, after every outcome step).

Written by the team to DESIGN §4 (round 35); the examples are tests/test_status_meaning_fr_hu_ro_6.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

FR_LATE_STEPS_5: tuple[Step, ...] = (
    # A refusal by the one the parcel was for.
    ("delivery_failed", {
        "fr": (r"refus (?:du |de la |de l |d un |d une )?(?:client|cliente|destinataire|acheteur|acheteuse|consignataire)\b",),
    }),
)
