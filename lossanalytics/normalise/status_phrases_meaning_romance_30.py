"""Spanish and Portuguese tracking texts read by their meaning, thirtieth Romance pass (round 104): the time before the
carrier, the parcel the seller hands in, the partial delivery, the order put off and the cancellation under review, as
a Latin American courier platform's package states, an Argentine last-mile courier's tracking page, an Argentine
invoicing plugin's Mercado Libre shipment labels, a cash-on-delivery platform's webhook states and a Brazilian shipping
platform's shipment status labels word them ("Pre-alta", "Entregado en punto de despacho", "Esperando transportista",
"Pendiente de confirmación", "Pedido Aplazado", "Cancelamento em análise", "Na base de destino").

The reading follows what happened to the parcel (DESIGN §4).

- ROMANCE_30_FIRST_STEPS come just before status_phrases_meaning_romance_28's first groups, ahead of the outcome
  words: a parcel the seller handed in ("entregado") at a drop-off or dispatch point is with the carrier's network,
  moving, before "Entregado" reads a delivery; a sale waiting for the carrier ("esperando transportista", "esperando
  la autorización del transportista") is before the carrier, before "transportista" reads a parcel with its carrier;
  a cancellation under review ("cancelamento em análise", "cancelación en revisión") is not yet a cancellation but a
  question over the shipment, an exception, before "cancelamento" reads a cancellation.
- ROMANCE_30_LATE_STEPS come just before status_phrases_meaning_romance_29's late steps and read only texts nothing
  else reads: a pre-registration ("pre-alta"), a shipment created ("Creado", as "Created" is read) or waiting for its
  route's approval, a sale still to be handed in at the drop-off point and an order waiting for its confirmation
  ("pendiente de confirmación") are before the carrier; a partial delivery ("entrega parcial", in Spanish and
  Portuguese) is a delivery, as "Partially delivered" is; an order or shipment put off ("pedido aplazado", no reason
  given) is a delay, an exception, as "Entrega aplazada" reads, and a shipment whose creation at the carrier failed
  ("falha na criação") is held up, an exception; a parcel at the carrier's destination or origin base as the whole
  text ("na base de destino") is on its way.

Left alone on purpose: a bare "Retirado" (collected by the buyer at a pickup point in one system, by the courier from
the shop in another), "Asignado a un repartidor" (a rider assigned, to collect or to deliver; kept as read),
"Teléfono incorrecto" (kept as the earlier passes read a wrong telephone, an exception), "Otro motivo" (another
reason: of what, not said), "No confirmable" (an order its customer could not be reached to confirm: held or dropped,
not said), "Recogida en Agencia" (a collection at the agency: read as the carrier's collection, where one platform
means a parcel waiting there) and "Envío en espera del siguiente proceso" (waiting for the next step: a shop's gentle
words for a carrier's exception, which the words do not say); in Portuguese "Coleta não realizada" (kept as read, before
the carrier: the parcel has not moved), "Aguardando entrega no ponto" and "Entregue no ponto" (handed in by the sender
at a drop-off point in their source, a delivery to a pickup point in other words: kept as read) and "Aguardando coleta
no ponto" (waiting at the point for the carrier: kept as read, before the carrier).
Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_30.py holds the examples); no
carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# A drop-off or dispatch point where a seller hands parcels in, in Spanish.
_DROP_POINT_ES = r"(?:punto|lugar|centro) de (?:despacho|admision|drop ?off)"

ROMANCE_30_FIRST_STEPS: tuple[Step, ...] = (
    # The seller handed the parcel in at a drop-off point: with the carrier's network (before "Entregado").
    ("in_transit", {
        "es": (r"\b(?:paquete |envio )?entregad[oa] en (?:el |un )?" + _DROP_POINT_ES + r"\b",),
    }),
    # Waiting for the carrier, or for its authorisation: before the carrier (before "transportista").
    ("info_received", {
        "es": (r"^(?:envio |paquete )?esperando (?:al |el |la )?transportista$",
               r"^(?:envio |paquete )?esperando (?:la )?autorizacion del transportista$"),
    }),
    # A cancellation under review: not yet a cancellation, a question on the shipment (before "cancelamento").
    ("exception", {
        "pt": (r"^(?:pedido de )?cancelamento (?:em analise|em avaliacao|sob analise)$",),
        "es": (r"^(?:solicitud de )?cancelacion (?:en revision|en analisis|bajo revision)$",),
    }),
)

ROMANCE_30_LATE_STEPS: tuple[Step, ...] = (
    # Pre-registered, created, waiting for the route's approval, still to be handed in: before the carrier.
    ("info_received", {
        "es": (r"^(?:envio |paquete |guia )?pre ?alta(?: del (?:envio|paquete))?$",
               r"^(?:envio |paquete |guia )?cread[oa]$",
               r"^(?:envio |paquete )?esperando (?:la )?aprobacion de (?:la )?ruta$",
               r"^(?:envio |paquete )?pendiente de (?:entregar|entrega|dejar) en (?:el )?" + _DROP_POINT_ES + r"$",
               r"^(?:pedido |orden )?pendiente de confirmacion$"),
    }),
    # A partial delivery: delivered (as "Partially delivered").
    ("delivered", {
        "es": (r"^entrega parcial(?: realizada| efectuada)?$",),
        "pt": (r"^entrega parcial(?: realizada| efetuada)?$",),
    }),
    # An order or shipment put off, no reason given, and a shipment whose creation at the carrier failed: held up.
    ("exception", {
        "es": (r"^(?:pedido|envio|paquete) aplazad[oa]$",),
        "pt": (r"^falha na criacao(?: d[oa] (?:envio|remessa|etiqueta|pedido))?$",),
    }),
    # At the carrier's destination or origin base as the whole text: on its way.
    ("in_transit", {
        "pt": (r"^(?:objeto |encomenda |pacote )?na base (?:de destino|de origem|da transportadora)$",),
    }),
)
