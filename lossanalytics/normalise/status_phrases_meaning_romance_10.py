"""Spanish tracking texts read by their meaning, tenth Romance pass (round 51): how a Paraguayan courier words its
notifications ("El repartidor intentó entregar el paquete pero no fue posible…", "No pudimos entregarte el paquete",
"Retirado del remitente", "Paquete en depósito").

The reading follows what the words say happened to the parcel:
- ROMANCE_10_FIRST_STEPS, just before status_phrases_meaning_romance_8's first group (before "repartidor" reads the
  round): a try to deliver that was not possible ("intentó entregar … pero no fue posible") fails the delivery.
- ROMANCE_10_LATE_STEPS, just before status_phrases_meaning_romance_8's late group, for texts nothing else reads: a
  carrier saying it could not deliver ("no pudimos entregarte") fails the delivery; a parcel collected from the
  sender, the seller or the origin ("retirado del remitente") is with the carrier; a status that is only "en
  depósito" is at the carrier's depot and moves on.
What was assumed (DESIGN §4): "retirado" alone can be the recipient's collection at a branch as much as the
courier's from the sender, so only the sender's side named reads; Italian "fermo deposito" (held for collection) is
left to the steps that read it.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_10.py holds the examples); no
courier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ROMANCE_10_FIRST_STEPS: tuple[Step, ...] = (
    # Tried to deliver, but it was not possible: a failed delivery, not the round.
    ("delivery_failed", {
        "es": (r"\bintent\w* entregar(?: \w+){0,4} no (?:fue posible|pudo|se pudo|logr\w*)\b",),
    }),
)

ROMANCE_10_LATE_STEPS: tuple[Step, ...] = (
    # The carrier could not deliver it: a failed delivery.
    ("delivery_failed", {
        "es": (r"\bno (?:pudimos|hemos podido|logramos|se pudo|pudo) entregar\w*\b",),
    }),
    # Collected from the sender, the seller or the origin; only at the carrier's depot: moving on.
    ("in_transit", {
        "es": (r"\bretirad[oa]s? (?:del|de la|en el|en la|en) (?:remitente|vendedor\w*|origen|tienda|comercio)\b",
               r"^(?:paquete |envio |pedido )?en deposito$"),
    }),
)
