"""Spanish tracking texts read by their meaning, twenty-fourth Romance pass (round 75): the last leg and what comes
before the carrier has the parcel as an Argentine courier's tracking page, a Mexican shipping platform's return-label
states and a tracking app's labels write them ("En camino a domicilio", "Sin quien reciba en el domicilio", "Aún sin
datos del transportista", "Borrador", "Registrado en sucursal de origen", "Guía en movimiento").

The reading follows what happened to the parcel (DESIGN §4). On its way to the home ("en camino a domicilio") is the
round, before "en camino" reads a parcel moving. No carrier data yet ("sin datos del transportista") is a number the
carrier does not know: no information, before "transportista" reads a carrier's hand. Nobody at the address to take
it ("sin quien reciba") fails the delivery. A draft, alone or created, is data only (a bare "Pedido", an order with
no state, stays unread, as status_phrases_meaning_romance_11 decided); registered at the origin branch is the branch's
receipt; a label or parcel in movement moves; a carrier confirming the delivery delivers; a carrier investigating the
parcel's whereabouts cannot locate it: lost.

- ROMANCE_24_FIRST_STEPS come first of the Romance first groups (before status_phrases_meaning_romance_23's), before
  "en camino" and "transportista" read their meanings.
- ROMANCE_24_LATE_STEPS come just before status_phrases_meaning_romance_23's late steps and read only texts nothing
  else reads.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_24.py holds the examples);
no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Who carries the parcel.
_CARRIER_ES = r"(?:el |la )?(?:transportista|paqueteria|carrier|mensajeria|courier|operador logistico)"
# What a tracking page calls the item.
_ITEM_ES = r"(?:la |el |tu |su )?(?:guia|envio|paquete|pedido)"

ROMANCE_24_FIRST_STEPS: tuple[Step, ...] = (
    # On its way to the home: the round, before "en camino" reads a parcel moving.
    ("out_for_delivery", {
        "es": (r"^(?:" + _ITEM_ES + r" )?(?:esta )?en camino a domicilio$",),
    }),
    # Registered at the origin branch: the branch's receipt, before "registrado" reads data only.
    ("in_transit", {
        "es": (r"^(?:" + _ITEM_ES + r" )?registrad[oa] en (?:la |el )?(?:sucursal|agencia|oficina|centro) de origen$",),
    }),
    # No data from the carrier yet: no information, before "transportista" reads the carrier's hand.
    ("unknown", {
        "es": (r"^(?:aun |todavia )?sin (?:datos|informacion) (?:del |de la |de )?" + _CARRIER_ES + r"(?: aun| todavia)?$",),
    }),
)

ROMANCE_24_LATE_STEPS: tuple[Step, ...] = (
    # Nobody at the address to receive it: a failed attempt.
    ("delivery_failed", {
        "es": (r"\bsin (?:nadie )?quien (?:lo |la )?reciba\b",),
    }),
    # A carrier investigating the parcel's whereabouts: it cannot be located.
    ("lost", {
        "es": (r"\b(?:investigando|investigamos|buscando|buscamos) (?:su|el|tu) paradero\b",),
    }),
    # A carrier confirming the delivery: delivered.
    ("delivered", {
        "es": (r"^" + _CARRIER_ES + r" confirma (?:la )?entrega$",),
    }),
    # A label or parcel in movement: moving on.
    ("in_transit", {
        "es": (r"^" + _ITEM_ES + r" en movimiento$",),
    }),
    # A draft, alone or created: data only.
    ("info_received", {
        "es": (r"^borrador(?: creado)?$",),
    }),
)
