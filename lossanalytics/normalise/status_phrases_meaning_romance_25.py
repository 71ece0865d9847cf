"""Portuguese, Spanish, French and Italian tracking texts read by their meaning, twenty-fifth Romance pass (round 77):
the time before the carrier has the parcel and the middle of the journey, as a Brazilian freight carrier's occurrence
codes, Mercado Livre's shipment labels in Brazilian and Mexican seller tools, a French shipper's delivery mails and a
Sendcloud module's Italian translations write them ("Entrega efetuada na Transportadora de Redespacho", "Motorista
Chegou no Local de Entrega", "Em Transf entre Unidades", "Pronto p/ Imprimir", "Na Lista de Embalagem", "Esperando
retiro", "Communication conforme - Pris en compte", "La spedizione è prevista, ma non è ancora in fase di
smistamento").

The reading follows what happened to the parcel (DESIGN §4). Goods handed ("entrega efetuada", "entregue") to the
onward carrier (the "transportadora de redespacho") have reached a carrier, not the consignee: still on their way,
before "entrega efetuada" reads a delivery. A driver arrived at the delivery place is the round, before "chegou" reads
a parcel moving. A parcel held to be delivered on the scheduled day ("in attesa per essere consegnata") is on its
way, before "consegnata" reads a delivery. A parcel expected but not yet sorted or taken in ("non ancora in fase di
smistamento") has not reached the carrier. A label to print ("pronto para imprimir", "imprimir etiqueta"), an order
to pack, in a packing list or packed, an invoice pending, a shipment confirmed or authorised by the carrier, and a
carrier's "communication conforme" (the shipment data received in order) are all before the carrier has the
parcel: data only. A transfer between units (written "em transf"), a parcel "por entregar", and "saiu p/ entrega"
(the round) read as their words say. A packaging defect, a wrong label, an invoice under analysis, a delivery only
against an extra charge and a shipment standing still ("parado") are exceptions; a refusal over the freight fails
the delivery; goods collected at the depot are delivered; goods sent back to the seller's warehouse are returned;
a parcel awaiting the buyer's "retiro" waits at a pickup point.

- ROMANCE_25_FIRST_STEPS come first of the Romance first groups (before status_phrases_meaning_romance_24's): the
  outcome words after them read "entrega efetuada" and "consegnata" as a delivery, "chegou" and "transportadora" as a
  parcel moving.
- ROMANCE_25_LATE_STEPS come just before status_phrases_meaning_romance_24's late steps and read only texts nothing
  else reads.

Left unread on purpose: a bare "No depósito" / "No armazém" (a seller's warehouse or a carrier's depot: the words
do not say whose) and "Em buffer" (a marketplace's word, not a meaning). Folded like the text
(lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole words. Written by the
team from DESIGN §4's statuses (tests/test_status_meaning_romance_25.py holds the examples); no carrier's table was
copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# What a Portuguese or Spanish tracking text calls the goods.
_GOODS_PT = r"(?:a |o |as |os )?(?:mercadorias?|objetos?|encomendas?|volumes?|pacotes?|cargas?|pedidos?|remessas?|envios?)"
_GOODS_ES = r"(?:el |la |su |tu )?(?:envio|paquete|pedido|orden|guia|mercancia)"

ROMANCE_25_FIRST_STEPS: tuple[Step, ...] = (
    # Handed to the onward carrier: a carrier has it, not the consignee (before "entrega efetuada" reads delivered).
    ("in_transit", {
        "pt": (r"^(?:" + _GOODS_PT + r" )?entreg(?:a|ue|ues)(?: efetuada| realizada| feita)? (?:na|a|para a) "
               r"(?:transportadora|empresa) (?:de redespacho|redespachante|parceira)\b",),
    }),
    # A driver or courier arrived at the delivery place: the round (before "chegou" reads a parcel moving).
    ("out_for_delivery", {
        "pt": (r"^(?:o )?(?:motorista|entregador|carteiro|courier|mensageiro) (?:chegou|esta) (?:ao|no|na) "
               r"(?:local|endereco|ponto) (?:de entrega|do destinatario|do cliente)\b",),
    }),
    # Held to be delivered on the scheduled day: on its way (before "consegnata" reads delivered).
    ("in_transit", {
        "it": (r"\bin attesa (?:per essere|di essere) consegnat[ao](?: come previsto| nella data prevista| alla data "
               r"concordata)?$",),
    }),
    # Expected but not yet sorted or taken in: before the carrier (before "smistamento" reads a parcel moving).
    ("info_received", {
        "it": (r"\b(?:prevista|attesa|annunciata)\b.*\bnon (?:e )?ancora (?:in fase di smistamento|in smistamento|"
               r"smistat[ao]|stat[ao] (?:presa|preso) in carico|arrivat[ao] (?:in|al|alla) (?:filiale|hub|centro))\b",),
    }),
    # Confirmed or authorised by the carrier, said of the shipment: data only (before "transportadora" reads movement).
    ("info_received", {
        "pt": (r"^(?:" + _GOODS_PT + r" )?(?:confirmad[ao]s?|autorizad[ao]s?) pela transportadora$",),
    }),
    # Sent back to the seller's warehouse: returned (before "armazem" or "devolvido" read otherwise).
    ("returned", {
        "pt": (r"^(?:" + _GOODS_PT + r" )?devolvid[ao]s? (?:ao|para o) (?:armazem|deposito do vendedor|centro do vendedor)$",),
    }),
    # A refusal over the freight: a failed delivery (before "frete" reads otherwise).
    ("delivery_failed", {
        "pt": (r"^recusa(?: por| do| de| da)? (?:frete|valor do frete|cobranca do frete)$",),
    }),
)

ROMANCE_25_LATE_STEPS: tuple[Step, ...] = (
    # A label to print, an order to pack or packed, an invoice pending: before the carrier.
    ("info_received", {
        "pt": (r"^(?:etiqueta )?pront[ao]s? (?:para|p) (?:imprimir|impressao|embalar|embalagem)$",
               r"^(?:na|em) lista de (?:embalagem|separacao|coleta)$",
               r"^(?:" + _GOODS_PT + r" )?embalad[ao]s?$",
               r"^(?:nf|nota fiscal|fatura) pendente$"),
        "es": (r"^(?:imprimir|por imprimir) (?:la )?etiqueta$",
               r"^(?:etiqueta )?(?:list[ao] para|por) imprimir$",
               r"^factura pendiente$"),
        "fr": (r"^communication conforme\b",),
    }),
    # A transfer between units or branches, written short: moving on.
    ("in_transit", {
        "pt": (r"^(?:" + _GOODS_PT + r" )?em transf (?:entre|para) (?:unidades|filiais|bases|centros|hubs)$",),
        "es": (r"^(?:" + _GOODS_ES + r" )?(?:pendiente )?por entregar$",),
    }),
    # Out for delivery, "para" written "p/".
    ("out_for_delivery", {
        "pt": (r"^(?:" + _GOODS_PT + r" )?saiu p (?:entrega|entregar)\b",),
    }),
    # Awaiting the buyer's collection ("retiro"): waiting at a pickup point.
    ("available_for_pickup", {
        "es": (r"^(?:" + _GOODS_ES + r" )?(?:esperando|en espera de|aguardando) (?:su |el )?retiro"
               r"(?: en (?:sucursal|agencia|oficina|punto de retiro|tienda))?$",),
    }),
    # Goods collected at the depot or branch by the consignee: delivered.
    ("delivered", {
        "pt": (r"^(?:" + _GOODS_PT + r" )?retirad[ao]s? (?:em|no|na) (?:deposito|filial|unidade|balcao|agencia)"
               r"(?: pelo (?:cliente|destinatario))?$",),
    }),
    # A packaging defect, a wrong label, an invoice under analysis, delivery only against an extra charge,
    # a shipment standing still: exceptions.
    ("exception", {
        "pt": (r"\b(?:vicio|defeito) (?:de|na|da) embalagem\b",
               r"\b(?:etiquetamento|etiqueta|rotulagem) (?:errad[ao]|incorret[ao]|ilegivel|invalid[ao])\b",
               r"^(?:nf|nota fiscal|nfe|nf e) em analise\b",
               r"^entrega (?:somente|so|apenas) (?:com|mediante|apos) (?:cobranca|pagamento)\b",
               r"^(?:" + _GOODS_PT + r" )?parad[ao]s?$"),
    }),
)
