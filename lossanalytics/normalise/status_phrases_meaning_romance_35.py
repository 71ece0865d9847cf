"""Spanish, French and Portuguese tracking texts read by their meaning, thirty-fifth Romance pass (round 137): a payment
received or confirmed, a delivery put off at the buyer's or at the sender's request, a collection that did not happen
or was cancelled, information not available, an order pending processing or its payment's confirmation, a delivery
address wrong, delivery data awaited, a next delivery arranged, a shipment waiting for documents or with documents
required, a parcel in the messenger's own depot or with the delivering postman, a parcel collected from the point, one
destroyed on order, a shipment created, a parcel at the unit, a shipment paused, an immigration review, a bare
occurrence, measures that do not match and a wait or a collection at the branch or the point, as MRW's state codes,
Correo Argentino's history and state names, a Spanish-language shop's shipping statuses and order states, an Argentine
messenger's tracking page, a courier tracking site's translations, a Brazilian seller tool's Mercado Livre labels and an
Argentine Mercado Libre Flex courier's visit states word them ("Pago recibido", "Reprogramado por el comprador",
"Remitente ausente o cerrado", "Emisor anula la recogida", "Información no disponible, contacta con tu franquicia",
"Dirección de entrega incorrecta", "Destinatario aplaza la entrega", "Pendiente de recibir datos de entrega",
"Concertada próxima entrega", "EN PODER DEL DISTRIBUIDOR", "Retirado de MRW Point", "Cliente ordena destruir el envío",
"EN ESPERA EN SUCURSAL", "Pendiente de procesamiento", "En espera de documentación", "Documents requis", "En nuestro
depósito", "Envoi créé", "Encomenda criada", "Na unidade", "En pausa", "Ocorrência", "Retirada em Andamento").

The reading follows what happened to the parcel (DESIGN §4).

- ROMANCE_35_FIRST_STEPS come just before status_phrases_meaning_romance_34's first group, ahead of the outcome words,
  for texts a bare word misreads. In Spanish a payment received, confirmed, approved or credited as the whole status
  ("Pago recibido") is the order's, before the carrier, before "recibido" reads a parcel received on the way; a delivery
  put off at the buyer's, the recipient's or the customer's request ("Reprogramado por el comprador") did not happen, a
  failed delivery, as this file reads Mercado Libre's buyer_rescheduled, before "reprogramado" reads a rescheduled
  delivery, an exception (a delivery rescheduled with nobody named stays an exception); a collection that did not happen
  (the sender absent, closed or unknown, the collection's address wrong or incomplete, its data awaited, the sender
  putting it off) is before the carrier, as this file reads "INCIDENCIA RECOGIDA", before "recogida" reads a parcel
  collected and "ausente" / "desconocido" a failed delivery; the sender cancelling the collection or the shipment is
  cancelled; information not available ("Información no disponible", at the start) says nothing, before "disponible"
  reads a parcel waiting for its recipient.
- ROMANCE_35_LATE_STEPS come just before status_phrases_meaning_romance_34's late steps and read only texts nothing else
  reads: in Spanish an order pending processing and one waiting for its payment's confirmation are before the carrier;
  a shipment waiting for documents, and documents required as the whole status (also in French and Portuguese), are held
  up, exceptions; a parcel in the messenger's own depot ("En nuestro depósito") moves, as "En depósito" reads; a
  shipment paused ("En pausa") is held up, as "Em espera" reads; an immigration review as the whole status (Spanish and
  Portuguese, as the French reads) holds the parcel up; a delivery address incomplete, wrong or insufficient and the
  recipient putting the delivery off are failed deliveries; the sender putting it off, delivery data awaited and a next
  delivery arranged hold it up, exceptions; a parcel not yet received by the carrier at origin and one waiting to be
  collected ("Pendiente de recoger", the whole text, as "Pendiente de recogida" reads) are before the carrier; collected
  from the point, the office or the branch ("Retirado de MRW Point") is delivered; destroyed on order is disposed of,
  lost; with the delivering postman ("En poder del distribuidor") is the last leg; re-weighed ("Repesaje") moves;
  delivered OK and delivered at the branch (the whole text) are delivered; waiting at the branch, the office or the
  agency is a parcel waiting there for its recipient. In French and Portuguese a shipment created ("Envoi créé",
  "Encomenda criada") is before the carrier, as "Envío creado" reads. In Portuguese a parcel at the unit as the whole
  text moves, as "Chegou na unidade" reads; a bare occurrence ("Ocorrência", the whole text) is an exception, as
  "Incidencia" reads; measures that do not match hold the parcel up; a collection under way at the point ("Retirada em
  andamento") is a parcel waiting there for its buyer.

Left alone on purpose: Spanish "Cargado en vehículo" (loaded on a vehicle: the line haul or the delivery round), "En
sucursal" (at a branch: on the way, or waiting there for its recipient), "1a Visita" / "2a Visita" (a visit: done or
planned, its outcome not said); Portuguese "Em Processamento" stays movement (processing: the carrier's or the seller's;
the source meant Mercado Livre's handling). Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents
off, punctuation as spaces); whole words. Written by the team from DESIGN §4's statuses
(tests/test_status_meaning_romance_35.py holds the examples); no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ROMANCE_35_FIRST_STEPS: tuple[Step, ...] = (
    # A payment received, confirmed, approved or credited as the whole status: the order's (before "recibido").
    ("info_received", {
        "es": (r"^(?:el )?pago (?:recibido|confirmado|aprobado|acreditado)$",),
    }),
    # A delivery put off at the buyer's, recipient's or customer's request: it did not happen (before "reprogramado").
    ("delivery_failed", {
        "es": (r"^(?:entrega |envio |visita )?reprogramad[oa] (?:por|a pedido de|a solicitud de) (?:el |la )?"
               r"(?:comprador|compradora|destinatario|destinataria|cliente|receptor)$",),
    }),
    # A collection that has not happened (the sender absent, closed or unknown, the collection's address wrong or its
    # data awaited, the sender putting it off): before the carrier, before "recogida" reads a parcel collected and
    # "ausente" / "desconocido" a failed delivery; the sender cancelling the collection or the shipment: cancelled.
    ("info_received", {
        "es": (r"^(?:el )?(?:remitente|emisor|expedidor) (?:ausente|cerrado|desconocido)(?: o (?:ausente|cerrado))?$",
               r"^(?:pendiente de (?:recibir )?datos de recogida|direccion de recogida "
               r"(?:incorrecta|incompleta|erronea|insuficiente|desconocida))$",
               r"^(?:el )?(?:remitente|emisor|expedidor) (?:aplaza|pospone|retrasa) la recogida$"),
    }),
    ("cancelled", {
        "es": (r"^(?:el )?(?:remitente|emisor|expedidor) (?:anula|cancela) (?:la recogida|el envio)$",),
    }),
    # Information not available: nothing said, before "disponible" reads a parcel waiting for its recipient.
    ("unknown", {
        "es": (r"^informacion no disponible\b",),
    }),
)

ROMANCE_35_LATE_STEPS: tuple[Step, ...] = (
    # An order pending processing, or waiting for its payment's confirmation: before the carrier.
    ("info_received", {
        "es": (r"^(?:pedido |orden )?pendiente de (?:procesamiento|procesar)$",
               r"^(?:en espera|a la espera|pendiente) de (?:la )?confirmacion (?:de|del) pago$"),
    }),
    # Waiting for documents, or documents required as the whole status: held up.
    ("exception", {
        "es": (r"^(?:en espera|a la espera|pendiente) de (?:la )?documentacion$",
               r"^documentos? (?:requeridos?|necesarios?|pendientes?)$"),
        "fr": (r"^documents? (?:requis|necessaires?)$",),
        "pt": (r"^documentos? (?:necessarios?|requeridos?|pendentes?)$",),
    }),
    # In the messenger's own depot: moving (as "En depósito").
    ("in_transit", {
        "es": (r"^en nuestros? depositos?$",),
    }),
    # Paused; an immigration review as the whole status: held up.
    ("exception", {
        "es": (r"^(?:envio )?en pausa$",
               r"^(?:revision|control) de (?:inmigracion|migracion)$"),
        "pt": (r"^(?:analise|controle|revisao) de (?:imigracao|migracao)$",),
    }),
    # A shipment created: before the carrier (as "Envío creado").
    ("info_received", {
        "fr": (r"^(?:envoi|colis|expedition) creee?$",),
        "pt": (r"^(?:encomenda|remessa|envio) criad[ao]$",),
    }),
    # At the unit as the whole text: moving (as "Chegou na unidade").
    ("in_transit", {
        "pt": (r"^(?:objeto |encomenda )?na unidade$",),
    }),
    # A bare occurrence as the whole text (as "Incidencia"); measures that do not match: held up.
    ("exception", {
        "pt": (r"^ocorrencias?$",
               r"\bmedidas (?:nao correspondem|nao conferem|divergentes)\b"),
    }),
    # A collection under way at the point: waiting there for its buyer.
    ("available_for_pickup", {
        "pt": (r"^retirada em andamento(?: no ponto(?: de retirada)?)?$",),
    }),
    # A delivery address incomplete, wrong or insufficient: a failed delivery; the recipient putting the delivery off:
    # a failed delivery (as Mercado Libre's buyer_rescheduled); the sender putting it off, delivery data awaited, the
    # next delivery arranged: held up, exceptions.
    ("delivery_failed", {
        "es": (r"\bdireccion de entrega (?:incompleta|incorrecta|erronea|insuficiente|inexistente)\b",
               r"^(?:el )?(?:destinatario|cliente|comprador) (?:aplaza|pospone|retrasa) la entrega$"),
    }),
    ("exception", {
        "es": (r"^(?:el )?(?:remitente|emisor|expedidor) (?:aplaza|pospone|retrasa) la entrega$",
               r"^pendiente de (?:recibir )?datos de entrega$",
               r"^(?:concertada|acordada) (?:la )?(?:proxima|nueva) entrega$"),
    }),
    # Not yet received by the carrier; waiting to be collected (the whole text, as "Pendiente de recogida"): before it.
    ("info_received", {
        "es": (r"^pendiente de recibir en (?:mrw|la franquicia|origen)$",
               r"^pendiente de recoger$"),
    }),
    # Collected from the point, the office or the branch: delivered.
    ("delivered", {
        "es": (r"^retirad[oa] (?:de|en|del) (?:(?:el )?mrw point|(?:el )?punto(?: de recogida)?|(?:la )?oficina|"
               r"(?:la )?sucursal|(?:la )?tienda)$",),
    }),
    # Destroyed on the customer's or the sender's order: disposed of, lost.
    ("lost", {
        "es": (r"\bordena (?:destruir|la destruccion de) (?:el envio|la mercancia|el paquete)\b",),
    }),
    # With the delivering postman ("en poder del distribuidor"): the last leg; re-weighed: moving.
    ("out_for_delivery", {
        "es": (r"^en poder del? (?:distribuidor|cartero|repartidor)$",),
    }),
    ("in_transit", {
        "es": (r"^repesaje$",),
    }),
    # Delivered OK, delivered at the branch (the whole text): delivered; waiting at the branch, the office or the
    # agency: waiting there for its recipient.
    ("delivered", {
        "es": (r"^entrega ok$", r"^entrega en sucursal$"),
    }),
    ("available_for_pickup", {
        "es": (r"^en espera en (?:la )?(?:sucursal|oficina|agencia)$",),
    }),
)
