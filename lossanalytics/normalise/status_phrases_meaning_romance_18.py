"""Spanish tracking texts read by their meaning, eighteenth Romance pass (round 64): a courier system's statuses and the
incident reasons it files under them ("Envío generado", "Falla mecánica", "Corte de ruta", "Mercadería golpeada",
"No localizado en sucursal", "Faltante en viaje", "Domicilio inaccesible").

The reading follows what the words say of the parcel (DESIGN §4): a shipment just generated has not reached the
carrier; a mechanical failure and a road cut hold it; goods knocked are damaged; goods not found at a branch or
missing on the trip are lost; an address that cannot be reached fails the delivery. A recipient "no localizado" with
no place named, a missing document and an address merely incomplete are left to the steps that read them.

- ROMANCE_18_FIRST_STEPS come first of the Romance first groups (before status_phrases_meaning_romance_17's), before
  "en transito" reads goods missing in transit as a parcel on its way.
- ROMANCE_18_LATE_STEPS come just before status_phrases_meaning_romance_17's late steps and read only texts nothing
  else reads.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_18.py holds the examples);
no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# What the goods are called.
_GOODS_ES = r"(?:mercaderias?|mercancias?|paquetes?|bultos?|productos?|cajas?|envios?|encomiendas?)"
# Where a carrier keeps parcels.
_PREMISES_ES = r"(?:sucursal|agencia|deposito|almacen|bodega|centro de distribucion)"

ROMANCE_18_FIRST_STEPS: tuple[Step, ...] = (
    # Missing on the trip: lost, before "en transito" reads a parcel on its way.
    ("lost", {
        "es": (r"^faltantes? en (?:el )?(?:viaje|transito|camino|ruta)$",),
    }),
)

ROMANCE_18_LATE_STEPS: tuple[Step, ...] = (
    # Goods not found at the carrier's premises: lost.
    ("lost", {
        "es": (r"\bno (?:localizad|encontrad|ubicad)[oa]s? en (?:la |el )?" + _PREMISES_ES + r"\b",),
    }),
    # Goods knocked: damaged.
    ("damaged", {
        "es": (r"^" + _GOODS_ES + r" golpead[oa]s?$",),
    }),
    # A mechanical failure, a road cut: held on the way.
    ("exception", {
        "es": (r"\b(?:falla|fallo) mecanic[oa]\b",
               r"^corte de (?:ruta|camino|carretera|calle)s?$"),
    }),
    # An address that cannot be reached: a failed delivery.
    ("delivery_failed", {
        "es": (r"\b(?:domicilio|direccion) inaccesible\b",),
    }),
    # A shipment just generated: not yet with the carrier.
    ("info_received", {
        "es": (r"^(?:envio|pedido) generado$",),
    }),
)
