"""Spanish read by its meaning, seventh pass (round 40): how same-day couriers' shop plugins word the steps of an
order from its creation to the drop-off ("El Chazki va camino a recoger el pedido", "El pedido es ofrecido para que
un Chazki lo acepte", "Falla durante el recojo del pedido", "Envío asignado a un Moover", "El envío está en viaje").

The reading follows who holds the goods and which end of the trip the courier is at, as the dispatch pass
(status_phrases_meaning_dispatch) does in English.

ROMANCE_6_FIRST_STEPS, tried just before status_phrases_meaning_romance_5's first steps, decide against a broad word
the sentence around it overrules:

- a courier on the way to collect the order (camino a recoger, retirar, buscar) leaves the goods with the sender,
  one on the way to deliver it (camino a entregar) is the round; neither is the bare "va camino a" of a parcel
  moving on;
- an order ready to be processed is only data, not the "procesado" of a parcel handled at a facility.

ROMANCE_6_LATE_STEPS, tried just before status_phrases_meaning_romance_5's late steps, read what nothing else reads:
an order before its planning or offer to the couriers, one offered to them, a courier (not the parcel) arrived at
the collection point, a failure while collecting and an order just created leave the
goods with the sender; a failure during the delivery fails it; a shipment "en viaje" moves on.

What was assumed (DESIGN §4): "recojo" (Peru) and "recogida" name the collection from the sender; a "punto de
recogida" or "punto de retiro", where Spanish and Argentine recipients collect their parcels, is left to other steps,
and so is a shipment assigned to a courier, which parcel carriers say of the delivery round.

Written by the team from the language's grammar to DESIGN §4's statuses (tests/test_status_meaning_romance_7.py holds
the examples); no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# The goods a courier collects or delivers.
_ES_GOODS = r"(?:el |la |los |las |su |tu )?(?:pedido|paquete|envio|orden|producto|mercancia|bulto)s?"
# The collection from the sender.
_ES_COLLECTION = r"(?:recojo|recogida|recoleccion)"

ROMANCE_6_FIRST_STEPS: tuple[Step, ...] = (
    # On the way to collect the order: still with the sender, before "va camino a" reads movement.
    ("info_received", {
        "es": (r"camino (?:a|hacia) (?:recoger|retirar|buscar|recolectar) " + _ES_GOODS + r"\b",
               r"list[oa]s? para ser procesad[oa]s?\b"),
    }),
    # On the way to deliver the order: the round, before "va camino a" reads movement.
    ("out_for_delivery", {
        "es": (r"camino (?:a|hacia) entregar(?:lo|la|los|las)?\b",),
    }),
)

ROMANCE_6_LATE_STEPS: tuple[Step, ...] = (
    # Before planning or the offer to couriers, offered to them, a courier at the collection point,
    # a failure while collecting, just created: the goods are still with the sender.
    ("info_received", {
        "es": (r"(?:antes de|previo a) que " + _ES_GOODS + r" (?:\w+ ){0,4}?(?:planeamiento|planificacion|ofertad[oa]"
               r"|asignad[oa])\b",
               _ES_GOODS + r" (?:es |fue |ha sido |esta )?ofrecid[oa] (?:a|para)\b",
               r"^(?:el|la) (?!(?:pedido|paquete|envio|orden|producto)\b)\w+ (?:llega|llego|ha llegado|esta) "
               r"(?:al|en el) punto de (?:recojo|recoleccion)\b",
               r"(?:falla|fallo|error)\w* (?:\w+ )?(?:durante|en) (?:el |la )?" + _ES_COLLECTION + r"\b",
               r"^" + _ES_GOODS + r" (?:fue |ha sido )?cread[oa]$"),
    }),
    # A failure during the delivery: a failed delivery.
    ("delivery_failed", {
        "es": (r"(?:falla|fallo)\w* (?:\w+ )?(?:durante|en) la entrega\b",),
    }),
    # On a trip: moving on.
    ("in_transit", {
        "es": (r"(?:esta|va|sigue|se encuentra) en viaje\b",),
    }),
)
