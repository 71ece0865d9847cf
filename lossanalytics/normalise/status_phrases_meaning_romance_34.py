"""Spanish, Portuguese and Italian tracking texts read by their meaning, thirty-fourth Romance pass (round 129): an
incident with the recipient at the delivery, a shipment handed to a connecting carrier, an incident solved, an order in
the seller's or the platform's warehouse, a parcel parked and waiting to be taken out, a shipment waiting for new data or
for someone to give a solution, a new delivery date, damage detected, documents corrected, a transfer under way, an
order being picked and packed, and a motorbike courier who began the delivery route or heads to the customer, as a
Spanish shop group's CTT Express dashboard, SEUR's WooCommerce plugin and PrestaShop module, a Brazilian shop's tracking
flow, a seller CRM's classifier of Dropi order states and an Italian shipping platform's hold reasons word them
("Incidencia (Destinatario)", "ENTREGADA A CONEXIONES", "NOVEDAD SOLUCIONADA", "Pendiente de extracción", "Pendiente de
nuevos datos", "APORTAR SOLUCIÓN", "SEUR: Intervención requerida", "Nueva fecha de entrega", "Daño detectado",
"DOCUMENTACIÓN RECTIFICADA", "EN TRASLADO NACIONAL", "ALISTAMIENTO", "O motoboy parceiro iniciou a rota de entrega").

The reading follows what happened to the parcel (DESIGN §4).

- ROMANCE_34_FIRST_STEPS come just before status_phrases_meaning_romance_33's first group, ahead of the outcome words,
  for texts a bare word misreads. In Spanish an incident with the recipient at the delivery ("incidencia (destinatario)",
  "incidencia con el destinatario") is a failed delivery, before "incidencia" reads an exception, as an incident with the
  address already reads; a shipment handed to a connecting carrier or to the connections ("entregada a conexiones") has
  been passed on and moves, before "entregada" reads a delivery; an incident ("novedad") solved, resolved or attended
  lets the shipment move on, before "novedad" reads an exception; an order in the seller's, the shop's, the supplier's
  or the platform's own warehouse ("en bodega Dropi", "en bodega del vendedor") is before the carrier, before "bodega"
  reads movement (the carrier's warehouse stays movement).
- ROMANCE_34_LATE_STEPS come just before status_phrases_meaning_romance_33's late steps and read only texts nothing
  else reads: in Spanish a parcel parked at the branch and waiting to be taken out ("pendiente de extracción") and a
  shipment waiting for new data are held up, exceptions; a shipment that waits for someone to give a solution ("aportar
  solución") or needs an intervention ("intervención requerida") is held up, an exception; a new delivery date set as
  the whole status is a rescheduled delivery, an exception, as "Entrega reprogramada" is read; damage detected or found
  is damaged; documents corrected or put right let the shipment move on; a transfer under way ("en traslado nacional")
  moves; an order being picked and packed ("alistamiento") is before the carrier. In Portuguese a courier who began the
  delivery route, or who heads to the customer's address or location, is the last leg.

Left alone on purpose: Spanish "RECOGIDO POR DROPI" (collected: by the platform from the supplier, or by a carrier; left
as read), "REENVÍO" / "REENVIO" (sent again: out for a new delivery attempt, or forwarded to another address or as a new
shipment); Italian "Ricevuto" as the whole status (received: the order by the shop, or the parcel at a depot; left as
read), "Spedizione rimborsata" (a refund follows a cancellation or a loss) and "Pagamento fallito" (left as read).
Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_34.py holds the examples); no
carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ROMANCE_34_FIRST_STEPS: tuple[Step, ...] = (
    # An incident with the recipient at the delivery: a failed delivery, before "incidencia" reads an exception.
    ("delivery_failed", {
        "es": (r"^incidencias? (?:con (?:el )?|del |de )?(?:destinatario|receptor|consignatario)$",),
    }),
    # Handed to a connecting carrier or to the connections: passed on, moving (before "entregada").
    ("in_transit", {
        "es": (r"\bentregad[oa]s? a (?:las )?conexion(?:es)?\b",
               r"\bentregad[oa]s? a (?:la )?(?:transportadora|empresa) de conexion\b"),
    }),
    # An incident solved, resolved or attended: the shipment moves on (before "novedad").
    ("in_transit", {
        "es": (r"^novedad(?:es)? (?:solucionad|resuelt|atendid|subsanad)[oa]s?$",),
    }),
    # In the seller's, the shop's, the supplier's or the platform's own warehouse: before the carrier (before "bodega").
    ("info_received", {
        "es": (r"^(?:en )?bodega (?:de |del )?(?:la )?(?:dropi|vendedor|tienda|proveedor|remitente)$",),
    }),
)

ROMANCE_34_LATE_STEPS: tuple[Step, ...] = (
    # Parked and waiting to be taken out; waiting for new data: held up.
    ("exception", {
        "es": (r"^(?:envio )?pendiente de extraccion$",
               r"^(?:envio )?(?:pendiente|a la espera) de nuevos datos$"),
    }),
    # Waiting for someone to give a solution, or needing an intervention: held up.
    ("exception", {
        "es": (r"^(?:pendiente de )?aportar (?:una )?solucion$",
               r"\bintervencion (?:del (?:cliente|destinatario|remitente) )?(?:requerida|necesaria)$"),
    }),
    # A new delivery date as the whole status: a rescheduled delivery (as "Entrega reprogramada").
    ("exception", {
        "es": (r"^(?:nueva|otra) fecha de entrega(?: (?:asignada|acordada|fijada|programada))?$",),
    }),
    # Damage detected or found: damaged.
    ("damaged", {
        "es": (r"^(?:se ha )?(?:dano|danos|desperfecto)s? (?:detectad|encontrad|constatad|observad)[oa]s?$",),
    }),
    # Documents corrected or put right: the shipment moves on.
    ("in_transit", {
        "es": (r"^documentacion (?:rectificada|corregida|subsanada)$",),
    }),
    # A transfer under way: moving.
    ("in_transit", {
        "es": (r"^en traslado(?: nacional| internacional| interno)?$",),
    }),
    # The order being picked and packed: before the carrier.
    ("info_received", {
        "es": (r"^(?:en )?alistamiento$",),
    }),
    # A courier who began the delivery route, or heads to the customer's address: the last leg.
    ("out_for_delivery", {
        "pt": (r"\b(?:iniciou|comecou) a rota de entrega\b",
               r"\b(?:motoboy|entregador|motorista|courier|carteiro) (?:parceiro )?(?:tem como destino|esta indo para|"
               r"segue para|esta a caminho d[ae]) (?:a )?(?:sua|seu) (?:localizacao|endereco|casa)\b"),
    }),
)
