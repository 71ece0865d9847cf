"""Spanish and Portuguese tracking texts read by their meaning, twenty-eighth Romance pass (round 96): the time before
the carrier, the middle of the journey, the delivery round, the exceptions and the failed deliveries, as a Brazilian
seller tool's Mercado Livre shipment statuses, a dispatch system's guide states, a Brazilian freight system's delivery
situations, a pharmacy delivery service's order states and a courier package service's states write them
("Contato com transportadora necessário", "Na porta do comprador", "Comprador reagendou", "Endereço alterado").

The reading follows what happened to the parcel (DESIGN §4). A shipment "não verificado" says nothing of the parcel
(which check, not said): unread, before "verificado" reads an exception. The carrier that must be contacted and a
carrier's status that must be reviewed are problems, exceptions, before "transportadora" reads a parcel with its
carrier. Late, for texts nothing else reads: an operator's intervention needed and a payment missing from the sender or
the recipient hold the parcel up (exceptions); the courier at the buyer's door is on the round; an unsafe area, a buyer
or recipient who moved the delivery to another day and a delivery refused ("entrega rechazada") fail the delivery; a
delivery address changed is a parcel redirected, moving on (as "Address changed" is read); labels issued (also as a
system misspells them, "etiquitas") and an order invoiced ("faturado") are before the carrier.

- ROMANCE_28_FIRST_STEPS come first of the Romance first groups (before status_phrases_meaning_romance_27's).
- ROMANCE_28_LATE_STEPS come just before status_phrases_meaning_romance_27's late steps and read only texts nothing
  else reads.

Left alone on purpose: a bare "Reclamado" (a buyer's claim in Portuguese, a parcel claimed or collected in Spanish),
"Asignada" and "Lista" (assigned or ready: to whom, for what, not said), a bare "Fallida" (what failed, not said, as a
bare "Fallido" is left), "Solicitada Entrega" (a delivery or a collection requested), "Aguardando Carregamento" (before
the carrier or at its depot), "Conferência" (a shop's check or a depot's), a bare "Pagado" (an order paid or a cash on
delivery collected), "Re-programado" and "Reprogramada" (kept as the earlier passes read a bare rescheduling) and
"Limite EDT do comprador obsoleto" (a platform's internal deadline).
Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_28.py holds the examples); no
carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# The one who receives or bought, in Portuguese.
_RECIPIENT_PT = r"(?:o |a )?(?:comprador|compradora|cliente|destinatari[oa])"
# The one who receives or bought, in Spanish.
_RECIPIENT_ES = r"(?:el |la )?(?:comprador|compradora|cliente|destinatari[oa])"

ROMANCE_28_FIRST_STEPS: tuple[Step, ...] = (
    # Not verified, with nothing said of what: unread (before "verificado" reads an exception).
    ("unknown", {
        "pt": (r"^(?:envio |pedido |remessa )?nao verificad[oa]$",),
    }),
    # The carrier must be contacted, the carrier's status must be reviewed: a problem (before "transportadora" reads
    # a parcel with its carrier).
    ("exception", {
        "pt": (r"\bcontato com (?:a )?transportadora (?:e )?(?:necessario|requerido|obrigatorio)\b",
               r"\b(?:e necessario|necessario|requer|exige) (?:o )?contato com (?:a )?transportadora\b",
               r"\b(?:precisa|necessita|requer) (?:de )?revis(?:ar|ao) (?:d?o )?status\b"),
    }),
)

ROMANCE_28_LATE_STEPS: tuple[Step, ...] = (
    # An operator's intervention needed, a payment missing from the sender or the recipient: held up.
    ("exception", {
        "pt": (r"^(?:e )?necessaria (?:a )?intervencao d[oa] (?:operador|operadora|atendente|suporte)$",
               r"^intervencao d[oa] operador (?:necessaria|requerida)$",
               r"^falta (?:de )?pagamento d[oa] (?:remetente|vendedor|comprador|cliente|destinatari[oa])$"),
        "es": (r"^(?:se )?(?:requiere|necesita) (?:la )?intervencion del operador$",
               r"^falta (?:de )?pago del (?:remitente|vendedor|comprador|cliente|destinatario)$"),
    }),
    # The courier at the buyer's door: on the round.
    ("out_for_delivery", {
        "pt": (r"^(?:(?:o )?(?:entregador|motorista|courier) )?na porta d[oa] (?:comprador|compradora|cliente|"
               r"destinatari[oa])$",),
        "es": (r"^(?:(?:el )?(?:repartidor|mensajero|conductor) )?en la puerta del (?:comprador|cliente|destinatario)$",),
    }),
    # An unsafe area, the delivery moved by the buyer, a delivery refused: the delivery failed.
    ("delivery_failed", {
        "pt": (r"^(?:area|zona|regiao) perigosa$",
               r"^" + _RECIPIENT_PT + r" (?:reagendou|remarcou)(?: a entrega)?$"),
        "es": (r"^zona (?:peligrosa|de riesgo)$",
               r"^" + _RECIPIENT_ES + r" (?:reprogramo|reagendo)(?: la entrega)?$",
               r"^entrega (?:rechazada|rehusada)$"),
    }),
    # The delivery address changed: redirected, moving on (as "Address changed" is read).
    ("in_transit", {
        "pt": (r"^endereco (?:de entrega )?(?:alterado|modificado|atualizado)$",),
        "es": (r"^direccion (?:de entrega )?(?:modificada|cambiada|actualizada)$",),
    }),
    # Labels issued (also misspelt "etiquitas"), an order invoiced: before the carrier.
    ("info_received", {
        "pt": (r"^etiqu[ei]tas? (?:emitid|gerad|impress)[ao]s?$",
               r"^faturad[oa]$"),
    }),
)
