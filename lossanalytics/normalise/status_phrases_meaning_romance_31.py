"""Portuguese and Italian tracking texts read by their meaning, thirty-first Romance pass (round 107): the parcel
prepared at a base for its next leg, the shop's production stages before the carrier, the package held for the sender,
a tax checkpoint or an internal matter, the collection at the post office, and in Italian the registered item gone back
after its storage term or left undelivered at another office, as Loggi's Shipper Status V2 labels, a Brazilian
print-on-demand platform's order statuses and an Italian postal report's registered-mail outcomes word them
("Preparando para transferência", "Aguardando liberação fiscal", "Retirar nos correios", "Aguardando estampagem",
"Non consegnabile (compiuta giacenza)", "Ritornato al mittente").

The reading follows what happened to the parcel (DESIGN §4).

- ROMANCE_31_FIRST_STEPS come just before status_phrases_meaning_romance_30's first groups, ahead of the outcome
  words: a parcel being prepared for its transfer or its delivery ("preparando para transferência / entrega", as the
  whole text) is at the carrier's base, moving, as "Preparing for delivery" reads, before "Preparando" reads an order
  being prepared by the shop; an Italian registered item not delivered because its storage term ran out ("compiuta
  giacenza") goes back to its sender, returned, before "non consegnabile" reads a failed delivery; an item not
  deliverable for an anomaly is held up, an exception, before the same words; a package waiting for the tax
  inspection's clearance ("aguardando liberação fiscal / da fiscalização", as the whole text) is held up, an exception,
  before "fiscalização" reads an inspection passed on the way; an item left undelivered at another post office
  ("inesitato, reso presso altro ufficio") is a failed delivery, before "reso" reads a return.
- ROMANCE_31_LATE_STEPS come just before status_phrases_meaning_romance_30's late steps and read only texts nothing
  else reads: a package added to the carrier's system, a collection still pending, the shop's production stages
  ("em produção", "aguardando estampagem", "produzido") and a label still in the shipping platform's cart are before
  the carrier; a package measured and weighed at a base is moving; "Retirar nos correios" (to be collected at the post
  office) is waiting for its collection; a mishap on the delivery, an internal pending matter, a package waiting for the
  sender's action, a package the carrier could not take into its system and a delivery interrupted are exceptions; in
  Italian an item "ritornato al mittente" is returned.

Left alone on purpose: "Conferido" (checked: by whom, of what, not said), the shop's payment stages ("Pago",
"Pagamento concluído", as "Paid" stays unread; "Pagamento recusado" as read), "Aguardando aprovação" and "Em análise"
(approval or analysis of what: an order, a claim, a return), "Atribuído a Motorista" (a driver assigned: read by the
earlier passes as a parcel going out, where the partner system means a route planned), "Seguimi" (Poste's forwarding
service's name), "Rifiutato dal destinatario per danneggiamento" (refused because it came damaged: kept as read, a
failed delivery, as status_phrases_meaning_romance_2 reads a refusal for damage) and "Non consegnabile (causa forza
maggiore)" (kept as read: force majeure holds the item up, an exception, as the earlier passes read "Mancata consegna
per forza maggiore").
Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_31.py holds the examples); no
carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# What a Portuguese status may name before its words: the package, the object, the parcel, the order.
_PARCEL_PT = r"(?:pacote |objeto |encomenda |pedido |volume )?"

ROMANCE_31_FIRST_STEPS: tuple[Step, ...] = (
    # Being prepared at the base for the transfer or the delivery: moving (before "Preparando").
    ("in_transit", {
        "pt": (r"^" + _PARCEL_PT + r"(?:em |sendo )?preparando para (?:a )?(?:transferencia|entrega)$",),
    }),
    # Not delivered because its storage term ran out: back to the sender (before "non consegnabile").
    ("returned", {
        "it": (r"\bcompiuta giacenza\b",),
    }),
    # Not deliverable for an anomaly: held up (before "non consegnabile").
    ("exception", {
        "it": (r"\bnon consegnabile (?:dp ?\d+ )?(?:per |causa )?anomalia\b",),
    }),
    # Waiting for the tax inspection's clearance as the whole text: held up (before "fiscalização" reads an
    # inspection passed on the way).
    ("exception", {
        "pt": (r"^" + _PARCEL_PT + r"aguardando liberacao (?:fiscal|da fiscalizacao|na fiscalizacao)$",),
    }),
    # Undelivered and left at another post office: a failed delivery (before "reso").
    ("delivery_failed", {
        "it": (r"^inesitat[oa] reso presso (?:un )?altro ufficio(?: postale)?$",),
    }),
)

ROMANCE_31_LATE_STEPS: tuple[Step, ...] = (
    # Added to the carrier's system, collection pending, the shop's production stages, a label in the cart:
    # before the carrier.
    ("info_received", {
        "pt": (r"^" + _PARCEL_PT + r"adicionado (?:no|ao) sistema$",
               r"^coleta pendente$",
               r"^(?:pedido )?(?:em producao|producao (?:finalizada|concluida)|aguardando (?:producao|estampagem)"
               r"|produzido)$",
               r"^(?:no )?carrinho (?:do )?melhor envio$"),
    }),
    # Measured and weighed at a base: moving.
    ("in_transit", {
        "pt": (r"^" + _PARCEL_PT + r"medido e pesado$",),
    }),
    # To be collected at the post office as the whole text: waiting for its collection.
    ("available_for_pickup", {
        "pt": (r"^retirar (?:nos|na|no|em) (?:correios|agencia(?: dos correios)?)$",),
    }),
    # A mishap on the delivery, an internal pending matter, waiting for the sender, not taken
    # into the carrier's system, a delivery interrupted: held up.
    ("exception", {
        "pt": (r"^imprevisto(?: na entrega)?$",
               r"^pendencia interna$",
               r"^aguardando (?:acao|providencias?) do remetente$",
               r"^" + _PARCEL_PT + r"nao integrado$",
               r"^entrega interrompida$"),
    }),
    # Gone back to the sender, in Italian.
    ("returned", {
        "it": (r"\britornat[oa] al mittente\b",),
    }),
)
