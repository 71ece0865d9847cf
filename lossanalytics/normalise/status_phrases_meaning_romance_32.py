"""Spanish, Italian and Portuguese tracking texts read by their meaning, thirty-second Romance pass (round 117): a parcel
handed back to the carrier after a failed delivery, a parcel held at the branch for collection ("ocurre"), a delivery
put off to a day the recipient asked for, cash on delivery not collected, the carrier's own "we received your parcel",
the Italian postman's outcomes written as bare words (recipient unknown, deceased, business ceased, name not found, the
storage term ended) and the Portuguese sorting, stalled-parcel and invoice stages, as a Mexican FedEx last-mile
partner's shipment statuses, a carrier driver app's package states, a Colombian shop's carrier descriptions, an Italian
postman app's delivery outcomes, a Brazilian last-mile network's statuses and events and a Brazilian e-commerce ERP's
order statuses word them ("Falla en entrega, devuelto a empresa transportista", "Es ocurre", "Cambio de fecha
solicitado", "d.sconosciuto", "fine giacenza", "Em Triagem na Base", "Sem Movimentacao", "NFe Emitida").

The reading follows what happened to the parcel (DESIGN §4).

- ROMANCE_32_FIRST_STEPS come just before status_phrases_meaning_romance_31's first groups, ahead of the outcome
  words: a parcel handed back to the transport company or to the main carrier after a failed delivery ("devuelto a
  (la) empresa transportista", "devuelto a FedEx") is a failed delivery: it is back with the carrier, not on its way
  to the sender, before "devuelto" reads a return.
- ROMANCE_32_LATE_STEPS come just before status_phrases_meaning_romance_31's late steps and read only texts nothing
  else reads: in Spanish a parcel held "ocurre" (at the branch, for the recipient to collect) waits for its
  collection; a delivery put off to a date the recipient asked for, cash on delivery that could not be collected and
  "no se logró la entrega" are failed deliveries; "recibimos tu envío" (the carrier speaking) moves on. In Italian the
  postman's outcomes written alone, a recipient unknown ("d. sconosciuto"), deceased, a business ceased and a name not
  found, are failed deliveries, and the end of the storage term ("fine giacenza") sends the item back, returned, as
  "compiuta giacenza" does. In Portuguese a parcel being sorted at a sorting centre or a base moves on; a parcel with
  no movement ("sem movimentação (detectada)") is held up, an exception; the shop's invoice stages ("aguardando NF-e",
  "NF-e emitida / impressa") are before the carrier.

Left alone on purpose: "Recolección" (a collection: booked or done, not said), "A cargo de FedEx" and "Estación FedEx"
(in FedEx's hands, at a FedEx station: the state not said), "Cambio de domicilio" (the recipient moved, or an address
change asked for), "Llegado después" (arrived later: at a station, after a route), "Restricción de seguridad" (a
security restriction: at the door or in customs), "en agencia" and "en punto de entrega" (at an agency or a point: for
collection or on the way, as "en oficina" stays unread), in Italian "trasferito" (the recipient moved, or the parcel
transferred) and "info negative destinatario", in Portuguese "Bipado para Rota" (scanned for the route: at the base or
leaving it), "Aprovado", "EMITIDO" (approved or issued: what, not said) and "Congelado" (frozen: an order held, or
frozen goods).
Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_32.py holds the examples); no
carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ROMANCE_32_FIRST_STEPS: tuple[Step, ...] = (
    # Handed back to the transport company or the main carrier after a failed delivery: a failed delivery, the parcel
    # with the carrier and not on its way to the sender (before "devuelto").
    ("delivery_failed", {
        "es": (r"\bdevuelt[oa]s? (?:a|al) (?:la )?(?:empresa (?:de )?transport(?:ista|e|adora)|transportista"
               r"|paqueteria|fedex)\b",),
    }),
)

ROMANCE_32_LATE_STEPS: tuple[Step, ...] = (
    # Held "ocurre": at the branch for the recipient to collect.
    ("available_for_pickup", {
        "es": (r"^(?:es |en )?ocurre$",),
    }),
    # A delivery put off to a date the recipient asked for, cash on delivery not collected, the delivery not
    # achieved: a failed delivery.
    ("delivery_failed", {
        "es": (r"^cambio de fecha (?:de entrega )?solicitad[oa](?: por (?:el )?(?:cliente|destinatario))?$",
               r"^no se (?:pudo|logro) (?:recolectar|cobrar|recaudar) el (?:cobro|pago)$",
               r"^no se logro (?:hacer |realizar )?la entrega$"),
    }),
    # The carrier saying it received the parcel: moving.
    ("in_transit", {
        "es": (r"^(?:ya )?recibimos tu (?:envio|paquete|pedido)$",),
    }),
    # The postman's outcome written alone: recipient unknown, deceased, business ceased, name not found.
    ("delivery_failed", {
        "it": (r"^(?:d|dest|destinatario) sconosciut[oa]$",
               r"^(?:destinatario )?decedut[oa]$",
               r"^(?:cessata|fine) attivita$",
               r"^non (?:ho )?rinvenuto (?:il )?nominativo$",
               r"^nominativo non rinvenuto$"),
    }),
    # The storage term ended: back to the sender, as "compiuta giacenza".
    ("returned", {
        "it": (r"^fine (?:della )?giacenza$",),
    }),
    # Being sorted at a sorting centre or a base: moving.
    ("in_transit", {
        "pt": (r"^(?:em )?triagem (?:no|na) (?:sc|cd|ctc|base|hub|unidade|centro de (?:distribuicao|triagem))$",),
    }),
    # No movement on the parcel: held up.
    ("exception", {
        "pt": (r"^sem movimentacao(?: detectada)?$",),
    }),
    # The shop's invoice stages: before the carrier.
    ("info_received", {
        "pt": (r"^aguardando (?:a )?(?:nfe|nf e)$",
               r"^(?:nfe|nf e) (?:emitida|impressa|gerada)$"),
    }),
)
