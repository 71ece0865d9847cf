"""Portuguese, Spanish and Italian tracking texts read by their meaning, thirty-third Romance pass (round 123): an item
handed back to the post after a failed delivery, an item handed over at a collection, an item delivered to the
contracting shop, a collection booked, a request received, a courier being sought, assigned or on the way to collect,
the courier's delivery round begun, tracking updates "not available", a retry the next working day, and the stages a
delivery-planning page, an Argentine courier dispatch system, an Ecuadorian courier and a Brazilian carrier's tracking
mapper word as whole statuses, as a Brazilian shop's Correios webhook guide, a Brazilian carrier's public tracking
mapper, an Ecuadorian courier's order states, an Argentine courier dispatch system's commission states, an Italian
courier's failed-delivery reasons and an Italian delivery-planning service's tracking page word them ("Objeto devolvido
aos Correios", "Objeto entregue (coleta)", "Coleta agendada com a transportadora", "Buscando cadete disponible", "Il giro
di consegne è iniziato", "Si riprova il giorno lavorativo dopo", "Consegna programmata").

The reading follows what happened to the parcel (DESIGN §4).

- ROMANCE_33_FIRST_STEPS come just before status_phrases_meaning_romance_32's first group, ahead of the outcome words,
  for texts an earlier or a bare word misreads. In Portuguese an item handed back to the post or the carrier after a
  failed attempt ("devolvido aos Correios") is a failed delivery, back with the carrier and not on its way to the
  sender, before "devolvido" reads a return; an item handed over at or for a collection ("entregue (coleta)") has been
  picked up and moves on, before "entregue" reads a delivery; an item delivered to the contracting shop ("entregue ao
  contratante") is back with its sender, returned, as "entregue ao remetente" is; a collection booked or scheduled with
  the carrier is before the carrier, before "transportadora" reads movement. In Spanish a request received as the
  whole status ("solicitud recibida") is before the carrier, before "recibida" reads movement; a courier being sought
  ("buscando cadete disponible") is before the carrier, before "disponible" reads a parcel waiting for collection; a
  courier on the way to the origin or to collect ("cadete en camino al origen") is before the carrier, before "en
  camino" reads movement (the courier is named: "en camino al origen" alone may be a parcel going back). In Italian the
  courier's delivery round begun ("il giro di consegne è iniziato") is the last leg, before "disponibili" (updates
  available) reads a parcel waiting; tracking updates "not available" are no information, unknown, as tracking "non
  disponibile" is; a retry "the next working day" is a failed attempt, before "lavorativo" reads movement.
- ROMANCE_33_LATE_STEPS come just before status_phrases_meaning_romance_32's late steps and read only texts nothing
  else reads: in Portuguese an item ready for local distribution moves on; in Spanish a parcel grouped or consolidated
  for dispatch moves on, a payment being validated and a courier or a job assigned are before the carrier; in Italian
  a delivery planned or scheduled moves on (as "Entrega programada" is read), a delivery that "risulta completata" is
  delivered, a parcel "they do not want" is refused, a failed delivery, and a parcel waiting for the sender's
  instructions is held up, an exception.

Left alone on purpose: Spanish "En camino al origen" without the courier named (a courier going to collect, or a
parcel going back to its origin), "Encomienda retirada" and "Retirado en sucursal" (collected: by the courier from the
sender, or by the recipient at the branch), "Reprogramando entrega" (a delivery being rescheduled: after a failed
attempt or at the recipient's request), "Pendiente de pago" (a sender's payment before the collection, or cash on
delivery), "Intento de retiro fallido" (left as read), "En análisis" and "En proceso"; Italian "Altro motivo"; Portuguese
"Em processamento logístico" (left as read).
Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_33.py holds the examples); no
carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ROMANCE_33_FIRST_STEPS: tuple[Step, ...] = (
    # Tracking updates not available: no information (as tracking "non disponibile"), before "disponibile".
    ("unknown", {
        "it": (r"^(?:ultimo |ultimi )?aggiornament[oi] (?:\w+ ){0,2}non (?:e |sono )?(?:ancora |piu )?disponibil\w*$",),
    }),
    # The courier's delivery round begun or under way: the last leg, before "disponibili" (updates available).
    ("out_for_delivery", {
        "it": (r"\bgiro (?:di |delle )?consegn[ae] (?:e |e gia )?(?:iniziato|cominciato|partito|in corso)\b",),
    }),
    # A retry the next working day: a failed attempt, before "lavorativo" reads movement.
    ("delivery_failed", {
        "it": (r"^si (?:riprova|ritenta)(?: la consegna)? (?:il|al) (?:prossimo )?giorno (?:lavorativo )?"
               r"(?:dopo|successivo|seguente)$",
               r"^si (?:riprova|ritenta)(?: la consegna)? (?:il )?prossimo giorno lavorativo$"),
    }),
    # Handed back to the post or the carrier after the attempt: a failed delivery, not a return (before "devolvido").
    ("delivery_failed", {
        "pt": (r"\bdevolvid[oa]s? (?:aos?|a) (?:correios|transportadora|agencia dos correios)\b",),
    }),
    # Handed over at or for a collection: picked up, moving (before "entregue").
    ("in_transit", {
        "pt": (r"\bentregue (?:na |para |em )?coleta\b",),
    }),
    # Delivered to the contracting shop: back with the sender.
    ("returned", {
        "pt": (r"\bentregue (?:ao|a) (?:empresa )?contratante\b",),
    }),
    # A collection booked or scheduled with the carrier: before the carrier (before "transportadora").
    ("info_received", {
        "pt": (r"^(?:a )?coleta (?:foi )?(?:agendada|programada|solicitada)(?: com (?:a )?transportadora)?$",),
    }),
    # A request received as the whole status; a courier sought, or on the way to collect: before the carrier.
    ("info_received", {
        "es": (r"^(?:su |tu )?solicitud (?:de (?:envio|retiro|recoleccion|recogida|servicio) )?recibida$",
               r"^buscando (?:un )?(?:cadete|repartidor|mensajero|conductor|motorizado|driver)(?: disponible)?$",
               r"^(?:el )?(?:cadete|repartidor|mensajero|conductor|motorizado) en camino (?:al|a) (?:origen|retirar|recoger"
               r"|punto de (?:retiro|recogida|recoleccion))\b"),
    }),
)

ROMANCE_33_LATE_STEPS: tuple[Step, ...] = (
    # Ready for local distribution: at the destination, moving.
    ("in_transit", {
        "pt": (r"^pront[oa] para (?:a )?distribuicao(?: local)?$",),
    }),
    # Grouped or consolidated for dispatch: moving.
    ("in_transit", {
        "es": (r"^(?:paquete |envio )?(?:agrupad|consolidad)[oa]s? (?:para|en) (?:el )?(?:despacho|envio|vuelo)$",),
    }),
    # A payment being validated; a courier or a job assigned: before the carrier.
    ("info_received", {
        "es": (r"^pago en (?:validacion|revision)$",
               r"^(?:cadete|mensajero|conductor|motorizado) asignado$",
               r"^(?:nueva )?comision asignada$"),
    }),
    # A delivery planned or scheduled: moving (as "Entrega programada").
    ("in_transit", {
        "it": (r"^consegna (?:programmata|pianificata)$",
               r"^(?:la )?consegna e stata (?:programmata|pianificata)$"),
    }),
    # The delivery shown as completed: delivered.
    ("delivered", {
        "it": (r"^(?:la )?(?:tua |vostra )?consegna risulta (?:completata|effettuata|avvenuta)$",),
    }),
    # They do not want the parcel: refused, a failed delivery.
    ("delivery_failed", {
        "it": (r"^(?:il (?:pacco|collo) )?non lo (?:vuole|vogliono)(?: ricevere)?$",),
    }),
    # Waiting for the sender's instructions: held up.
    ("exception", {
        "it": (r"^(?:si )?(?:aspettano|attendono|in attesa di) (?:le )?istruzioni (?:dal|del) mittente$",),
    }),
)
