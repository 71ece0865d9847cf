"""Spanish tracking texts read by their meaning, fifteenth Romance pass (round 56): a Central American last-mile
carrier's event names and a Spanish courier's states ("Entregado a Distribuidor", "Llego a domicilio y se rechazo el
paquete", "En manos del cartero", "ALMACEN ESTACIONADO", "ALM. REGULADOR", "Zona de entrega intransitable").

- ROMANCE_15_FIRST_STEPS come first of the Romance first steps, before the last leg reads "entregado" as a delivery,
  the broad movement words read "almacén" as a warehouse scan and the second pass reads "llegó a" as an arrival: a
  parcel handed ("entregado a") to a distributor, a carrier, an operator or an agent is handed on, not delivered; a
  parcel refused at the address ("se rechazó el paquete") fails the delivery; one parked ("estacionado") or in a
  regulating warehouse ("almacén regulador") is held; one stolen ("robado"), wherever it was ("en ruta"), is lost.
- ROMANCE_15_LATE_STEPS come just before status_phrases_meaning_romance_14's late steps and read only texts nothing
  else reads: a reception at a warehouse, a branch or a depot, a bare "tránsito" or one to a place, the feeder run
  ("arrastre") and a route corrected are on the way; a parcel in the postman's or courier's hands is on the last leg;
  an impassable delivery area, a wrong delivery address and a person not authorised to receive it fail the
  delivery.
What was assumed (DESIGN §4): a journey back to the origin, the sender or the seller is a return and is left to the
steps that read it; a parcel handed to the recipient or the addressee is delivered, and so is not read here.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_15.py holds the examples); no
carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_BACK = r"(?:el |la |al )?(?:origen|remitente|vendedor|devolucion|retorno)\b"

ROMANCE_15_FIRST_STEPS: tuple[Step, ...] = (
    # Handed to a distributor, a carrier, an operator or an agent: handed on inside the network.
    ("in_transit", {
        "es": (r"^entregad[oa] (?:a|al) (?:distribuidor|transportista|transportadora|operador|courier|agente|socio)\b",),
    }),
    # Refused at the address: a failed delivery.
    ("delivery_failed", {
        "es": (r"\bse rechazo (?:el |la )?(?:paquete|envio|entrega|pedido|mercancia)\b",),
    }),
    # Parked, or in a regulating warehouse: held.
    ("exception", {
        "es": (r"\bestacionad[oa]\b", r"\balm(?:acen)? regulador\b"),
    }),
    # Stolen, wherever it was taken: lost.
    ("lost", {
        "es": (r"\brobad[oa]\b",),
    }),
)

ROMANCE_15_LATE_STEPS: tuple[Step, ...] = (
    # Received at a warehouse, a branch or a depot; in transit (to a place); the feeder run; a route corrected.
    ("in_transit", {
        "es": (r"^recepcion (?:en|de) (?:warehouse|almacen|bodega|centro|sucursal|deposito|planta)\b",
               r"^(?:proveedor )?transito$",
               r"^transito (?:a|al|hacia) (?!" + _BACK + r")\w+",
               r"\barrastre\b", r"\brectificacion de (?:ruta|destino)\b"),
    }),
    # In the postman's or the courier's hands: the last leg.
    ("out_for_delivery", {
        "es": (r"\ben manos del? (?:cartero|repartidor|mensajero|courier|conductor|motorizado)\b",),
    }),
    # An impassable delivery area, a wrong delivery address, a person not authorised to receive it: a failed delivery.
    ("delivery_failed", {
        "es": (r"\b(?:zona|calle|acceso|camino|via)(?: \w+){0,2} intransitable\b",
               r"\bdomicilio (?:de entrega )?(?:incorrect[oa]|errone[oa]|equivocad[oa]|inexistente)\b",
               r"\bno autorizad[oa] (?:para|a) recibir\b"),
    }),
)
