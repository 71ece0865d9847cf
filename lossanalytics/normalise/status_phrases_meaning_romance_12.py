"""Portuguese and Spanish tracking texts read by their meaning, twelfth Romance pass (round 53): the last leg and its
failures as Brazilian operators, a Spanish-language post and a Chilean courier word them ("Endereço incorreto ou não
localizado", "Paquete en camino para segundo intento de entrega", "Não foi possível entregar. Aguardando retirada",
"Perda confirmada - Aguardando indenização", "Acceso restringido", "Recojo en agencia").

The reading follows where the parcel is and whose move is awaited:
- ROMANCE_12_FIRST_STEPS, just before status_phrases_meaning_romance_9's first steps, where a broader word would
  decide first: an address named as wrong, closed or not found fails the delivery (before "não localizado" reads a
  lost parcel and "greve" a hold); a parcel on its way for a second or another try is on the last leg (before
  "intento de entrega" reads the failed try); a delivery that could not be made and now awaits collection, or a
  customer who is to collect it at an agency, waits for pickup (the latest step decides); a loss confirmed is a loss,
  a parcel sent that never arrived and a sorting error hold it (before "transportador", "centro" or "expedido" read
  a movement); a problem with access or restricted access fails the delivery (before "problema" reads a hold).
- ROMANCE_12_LATE_STEPS, just before status_phrases_meaning_romance_10's late steps, for texts nothing else reads: a
  parcel not belonging to the base, an address outside the route, a broken vehicle, natural factors and a bare
  "reagendado" hold it; a parcel stored, scanned at or gone from a facility or in flight moves on; a parcel only
  ready or an order waiting to be assigned has not reached the carrier; an item refused, a new date asked for, a
  recipient deceased, away, moving or without identification and retries that failed fail the delivery; collection
  at an agency ("recojo en agencia") waits for pickup.
What was assumed (DESIGN §4): a rescheduling with nobody named ("reagendado") holds the parcel as "Entrega
reprogramada" does, one asked for at the door ("reprogramación solicitada") fails it; "recebido no ponto de entrega"
stays with the steps that read a pickup point.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_12.py holds the examples); no
carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ROMANCE_12_FIRST_STEPS: tuple[Step, ...] = (
    # Failed, now awaiting collection; to be collected at an agency: waiting for pickup.
    ("available_for_pickup", {
        "pt": (r"\b(?:nao (?:foi )?possivel entreg\w*|nao entregue)\b.*\baguardando (?:a )?retirada\b",
               r"\b(?:devera|deve|podera) retirar\b(?: \w+){0,3} (?:na|em|numa) agencia\b"),
    }),
    # On its way for a second or another try: the last leg.
    ("out_for_delivery", {
        "es": (r"\ben camino (?:para|a|al) (?:el |un )?(?:segundo|tercer|nuevo|otro) intento\b",),
        "pt": (r"\ba caminho (?:para|da) (?:a |uma )?(?:segunda|terceira|nova|outra) tentativa\b",),
    }),
    # An address named as wrong, closed or not found; no access: a failed delivery.
    ("delivery_failed", {
        "pt": (r"\bendereco\w*(?: \w+){0,3} nao localizad\w*",
               r"\bendereco\w*(?: \w+){0,2} errad[oa]s?\b",
               r"\bendereco fechado\b"),
        "es": (r"\b(?:problema\w* de|falta de) acceso\b",
               r"\bacceso (?:restringido|denegado|prohibido)\b"),
    }),
    # A loss confirmed: lost (before "transportador" or "centro" reads a movement).
    ("lost", {
        "pt": (r"\bperda (?:confirmada|total)\b",),
    }),
    # Sent but never arrived, a sorting error: held.
    ("exception", {
        "pt": (r"\b(?:expedid|enviad|despachad)\w* mas nao (?:chegou|foi recebid\w*)",
               r"\berro de triagem\b"),
    }),
)

ROMANCE_12_LATE_STEPS: tuple[Step, ...] = (
    # Not this base's parcel, outside the route, a broken vehicle, natural factors, a bare rescheduling: held.
    ("exception", {
        "pt": (r"\bnao pertence (?:a )?(?:esta |essa )?base\b",
               r"\bfora da rota\b",
               r"\bveiculo (?:quebrado|avariado na estrada)\b",
               r"\bfatores naturais\b",
               r"\bacidentes? (?:de|da) natureza\b"),
        "es": (r"^reagendad[oa]$",),
    }),
    # Stored, scanned at or gone from a facility, in flight: moving on.
    ("in_transit", {
        "pt": (r"^(?:pacote|objeto|encomenda|pedido) armazenad[oa]$",),
        "es": (r"\bescanead[oa] en (?:la |el )?(?:instalacion|centro|almacen)\b",
               r"\bsalio de (?:la |el )?(?:instalacion|centro|almacen)\b",
               r"^(?:paquete |envio )?en vuelo$"),
    }),
    # Only ready, waiting to be assigned: not yet with the carrier.
    ("info_received", {
        "es": (r"^(?:paquete|pedido|envio) listo$",
               r"\bpendiente de asignacion\b"),
    }),
    # Refused, a new date asked for, the recipient deceased, away, moving or without identification, retries
    # failed: a failed delivery.
    ("delivery_failed", {
        "es": (r"\b(?:articulo|paquete|envio|pedido) rechazad[oa]\b",
               r"\breprogramacion solicitada\b",
               r"^(?:destinatario )?fallecid[oa]$",
               r"\bdestinatario (?:de vacaciones|en traslado|se mudo)\b",
               r"^falta de identificacion$",
               r"\b(?:reintentos|intentos) fallidos\b"),
    }),
    # To be collected at an agency: waiting for pickup.
    ("available_for_pickup", {
        "es": (r"\brecojo en (?:la |el )?(?:agencia|oficina|sucursal)\b",),
    }),
)
