"""Spanish read by grammar and meaning, sixth pass (round 34): how Mexican, Argentine and Chilean carriers word a
pickup at the sender's, the delivery round, a visit that failed or was never made, a hold and its end, in their
status names, reason codes and customer messages ("RAD No Realizada", "Retención Ocurre", "Devolución EAD",
"CLIENTE NO DISPONIBLE", "EVENTUALIDAD EN RUTA", "Visitamos tu domicilio el día de hoy pero no te encontramos").

ROMANCE_5_FIRST_STEPS, tried just before status_phrases_meaning_romance_4's first steps, decide against a broad word
the sentence around it overrules:

- a recipient not available is a failed attempt, not the "disponible" of a parcel waiting for collection;
- a piece on its way to the recipient or a delivery vehicle leaving for the recipients' addresses is the round, not
  the bare "en ruta" or "salida" of a parcel moving on;
- an eventuality on the route, goods not received at the warehouse or not scanned are holds, not the "en ruta" or
  "recibida" they contain;
- a pickup (recolección, recogida, RAD: recolección a domicilio) or a pickup visit not made leaves the parcel with the
  sender, whatever "en proceso" says after it;
- the home delivery (EAD: entrega a domicilio) come back to the branch is a failed delivery, not a return to the
  sender; a cancellation for damage names its outcome, the damage; one made by mistake ("por error") is still a
  cancellation, not a problem;
- a pickup cancelled, postponed or booked by the customer is about the sender's side, not the "recogida" of a parcel
  collected; goods seized or arrived outside the hours are held, not moved on by "aduana" or "llegada".

ROMANCE_5_LATE_STEPS, tried just before status_phrases_meaning_romance_4's late steps, read what nothing else reads: a
pickup done or scanned at the sender's, goods unloaded or arrived at a node, goods travelling between centres, a
hand-over to a partner operator (moving on); a parcel held at a branch for the recipient's collection ("ocurre");
a pickup unknown to the sender, not possible for want of equipment, goods not ready or none to send, a waybill or
pickup documented (data only); refused by the customer, a delivery keyword wrong or missing, a recipient not found at
a visit (failed attempts); out of coverage, out of time, external factors, weather, a contingency, an irregularity,
a visit not made (holds).

What was assumed (DESIGN §4): "ocurre" is the Mexican collection at a branch ("entrega ocurre"); goods seized by
the authorities are held, as the corpus reads other seizures; an area out of coverage is the carrier's problem.

Written by the team from the language's grammar to DESIGN §4's statuses (tests/test_status_meaning_romance_6.py holds
the examples); no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# A pickup at the sender's: "RAD" is recolección a domicilio.
_PICKUP = r"(?:recoleccion|recogida|rad)"
_RECIPIENT = r"(?:cliente|destinatario|receptor|consignatario)"
_GOODS = r"(?:mercancia|paquete|envio|pedido|pieza|guia)"
# The words that key a hand-over at the door.
_HANDOVER_KEY = r"(?:palabra clave|clave de (?:entrega|seguridad)|codigo de (?:entrega|seguridad|verificacion)|pin de entrega)"

ROMANCE_5_FIRST_STEPS: tuple[Step, ...] = (
    # A recipient not available, before "disponible" reads a parcel waiting for collection.
    ("delivery_failed", {
        "es": (r"\b" + _RECIPIENT + r" no (?:esta |se encuentra )?disponible\b",),
    }),
    # On its way to the recipient, a delivery vehicle leaving for the addresses: the round, before "en ruta", "salida".
    ("out_for_delivery", {
        "es": (r"\ben (?:ruta|camino) (?:al|hacia el|para el) (?:destinatario|cliente)\b",
               r"\bsalida (?:de )?(?:la |el )?(?:movil|unidad|vehiculo|camioneta|camion|repartidor) de (?:entrega|reparto)\b"),
    }),
    # An eventuality, goods not received or not scanned: holds, before "en ruta" or "recibida" move them on.
    ("exception", {
        "es": (r"\beventualidad(?:es)?\b", r"^(?:" + _GOODS + r" )?no recibid[ao]s?$", r"\bno escanead[ao]s?\b"),
    }),
    # A pickup or a pickup visit not made: still with the sender, before "en proceso" moves it on.
    ("info_received", {
        "es": (r"\b" + _PICKUP + r" no (?:realizad|efectuad|exitos)[ao]\b",
               r"\bvisita (?:\w+ ){0,2}no (?:realizad|efectuad)[ao]\b(?=.*\brecolec)"),
    }),
    # The home delivery come back: a failed delivery, before "devolución" reads a return to the sender.
    ("delivery_failed", {
        "es": (r"^devolucion (?:de )?(?:la )?(?:ead|entrega a domicilio)\b",),
    }),
    # A cancellation for damage: the damage, before "cancelación" reads a cancelled shipment.
    ("damaged", {
        "es": (r"^(?:cancelacion|anulacion)\b.*\b(?:dano|danos|averia|rotura|danad[ao])\b",),
    }),
    # A cancellation made by mistake is still a cancellation, before "por error" reads a problem.
    ("cancelled", {
        "es": (r"^(?:cancelacion|anulacion)\b(?: \w+){0,4} por error\b",
               r"^(?:guia|envio|pedido|orden) (?:\w+ )?(?:cancelad|anulad)[ao] por error\b"),
    }),
    # A pickup cancelled by the customer, before "recogida" reads a parcel collected.
    ("cancelled", {
        "es": (r"\b(?:cliente|remitente) cancela (?:la )?" + _PICKUP + r"\b",),
    }),
    # A pickup postponed or booked: still with the sender, before "recogida" reads a parcel collected.
    ("info_received", {
        "es": (r"\b(?:cliente|remitente) (?:pospone|reprograma|aplaza) (?:la )?" + _PICKUP + r"\b",
               r"\b(?:recoleccion|rad) (?:en curso|registrada|solicitada|programada|agendada)\b"),
    }),
    # Goods seized, an arrival outside the hours: holds, before "aduana" or "llegada" move them on.
    ("exception", {
        "es": (r"\bdecomis\w*",
               r"\b(?:llegada|arribo|ingreso|recepcion)\w* (?:\w+ )?fuera de (?:tiempo|horario)\b"),
    }),
)

ROMANCE_5_LATE_STEPS: tuple[Step, ...] = (
    # Moving on: a pickup done or scanned at the sender's, unloaded, arrived at a node, travelling between centres,
    # handed to a partner operator.
    ("in_transit", {
        "es": (r"\b(?:recoleccion|recogida) (?:realizad|efectuad|exitos|completad|confirmad)[ao]\b",
               r"\bescanead[ao]s? (?:\w+ )?(?:para|en) (?:la )?(?:recoleccion|recogida)\b",
               r"^(?:" + _GOODS + r" )?descargad[oa]s?$",
               r"^arribo (?:a|al|en) (?:la |el )?(?:nodo|sucursal|centro|planta|bodega|base|hub|almacen|terminal|agencia)\b",
               r"\b(?:empieza|comienza) a viajar\b", r"\bviaja(?:ndo)? entre (?:centros|sucursales|ciudades)\b",
               r"\bentrega (?:a|al) (?:un )?operador (?:logistico|aliado|externo|local|nacional)\b"),
    }),
    # Held at a branch for the recipient's collection ("ocurre").
    ("available_for_pickup", {
        "es": (r"\bretencion (?:en )?ocurre\b", r"\bpara entrega ocurre\b"),
    }),
    # Still with the sender, or data only: a pickup unknown to the sender, not possible for want of equipment, goods
    # not ready or none to send, a waybill or a pickup documented.
    ("info_received", {
        "es": (r"\bno tiene conocimiento de (?:la )?" + _PICKUP + r"\b",
               r"\b(?:no cuenta con|sin|falta de?) (?:\w+ ){0,2}para (?:la )?" + _PICKUP + r"\b",
               r"\bno (?:se tiene|esta|estaba) (?:\w+ )?(?:preparad|list)[oa]s? (?:la |el )?(?:mercancia|paquete|envio|pedido)\b",
               r"\bsin (?:mercancia|paquetes?|envios?) (?:para|por) (?:enviar|recolectar|recoger)\b",
               r"\b(?:recoleccion|guia|envio) documentad[ao]\b",
               r"\bdocumentacion (?:\w+ ){0,3}(?:web|electronica|webservices?)\b",
               r"\b(?:estatus|estado) inicial de documentacion\b"),
    }),
    # Failed attempts: refused by the customer, the delivery keyword wrong or missing, the recipient not found.
    ("delivery_failed", {
        "es": (r"\brechazad[oa]s? por (?:el )?" + _RECIPIENT + r"\b",
               r"\b" + _HANDOVER_KEY + r" (?:\w+ )?(?:incorrect|errone|invalid|equivocad)\w*",
               r"\bno (?:cuenta con|tiene|proporciona|proporciono|dio) (?:la |el )?" + _HANDOVER_KEY + r"\b",
               r"\bno (?:te|le|lo|la|los|las) (?:encontramos|hallamos)\b"),
    }),
    # Holds: out of coverage or time, external factors, weather, goods seized, a contingency, an irregularity, no visit.
    ("exception", {
        "es": (r"\bfuera de (?:la )?(?:zona de )?cobertura\b", r"\bfuera de (?:tiempo|horario)\b",
               r"\bfactor(?:es)? extern[oa]s?\b", r"\bcondiciones? (?:climatologic|climatic|meteorologic)\w*",
               r"\bcontingencias?\b", r"\birregularidad(?:es)?\b",
               r"\bno (?:pudimos|hemos podido|se pudo|fue posible) visitar\b"),
    }),
)
