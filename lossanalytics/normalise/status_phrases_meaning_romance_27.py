"""Spanish, Portuguese and Italian tracking texts read by their meaning, twenty-seventh Romance pass (round 90): the time
before the carrier, the delivery round and the exceptions, as a Spanish-language delivery back office's order sub-states,
J&T Express Brazil's JMS scan and problem-package types, a Spanish postal system's internal states and an Italian
marketplace's order and shipment events write them ("En ruta de reparto", "Vehículo averiado", "Bipe de saída para
entrega", "Recusa de recebimento pelo cliente", "Pagado — esperando recogida en origen", "Spedizione da affidare").

The reading follows what happened to the parcel (DESIGN §4). A shipment "en ruta de reparto" is on the delivery round,
before "en ruta" reads a parcel moving. A delivery vehicle that broke down ("vehículo averiado") holds the parcel up, an
exception, before "averiado" reads damaged goods. A business found closed "fuera del horario de atención", a delivery
rescheduled by the customer, a recipient refusing to receive ("recusa de recebimento", "destinatario rechaza el envío")
fail the delivery, before "fuera de horario", "reprogramado", "recusa" and "incidencia" read otherwise. Paid and waiting
to be collected at the origin is before the carrier, before "recogida" reads a parcel moving; collected by the courier at
the origin address is moving, before "repartidor" reads the round. Payment still to be confirmed, an order ("ordine")
being worked on and a shipment still to be handed to the carrier ("da affidare") are before the carrier, before "in
lavorazione" reads a sorting centre. Goods that arrived incomplete are an exception, before "chegou" reads a parcel
moving. A return request "em processo de aprovação" or refused says nothing of the parcel: unread. Late, for texts
nothing else reads: stock confirmed and packed are before the carrier; the recipient not answering, absent ("ausência
do destinatário") or the address not reachable fail the delivery (the sender's collection address not reachable is
before the carrier); the dispatch scan ("bipe de expedição") is moving and the out-for-delivery scan ("bipe de saída
para entrega") is the round; a package out of standard and non-compliant packaging are exceptions.

- ROMANCE_27_FIRST_STEPS come first of the Romance first groups (before status_phrases_meaning_romance_26's).
- ROMANCE_27_LATE_STEPS come just before status_phrases_meaning_romance_26's late steps and read only texts nothing
  else reads.

Left alone on purpose: "Pendiente de verificación" (whose verification the words do not say; kept as the earlier
passes read it, an exception), "Próximo a destino" (the
courier at the door or the parcel near the destination city), "Mercadorias do cliente não estão completas" (the
sender's goods not ready or a shipment arrived incomplete) and "Ordine completato" (a shop's order completed is shipped
as often as delivered).
Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_27.py holds the examples); no
carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# What a Spanish tracking text calls the goods.
_GOODS_ES = r"(?:el |la |su |tu )?(?:envio|paquete|pedido|mercancia|encomienda|bulto)s?"
# What a Portuguese tracking text calls the goods.
_GOODS_PT = r"(?:o |a |seu |sua )?(?:pacote|encomenda|objeto|pedido|remessa|volume)s?"
# The one who receives, in Spanish.
_RECIPIENT_ES = r"(?:el )?(?:destinatario|cliente|consignatario)"

ROMANCE_27_FIRST_STEPS: tuple[Step, ...] = (
    # A return request under review or refused: nothing said of the parcel (before "processo" and "devolucao" read on).
    ("unknown", {
        "pt": (r"^(?:pedido de devolucao |devolucao )?em processo de aprovacao$",
               r"^(?:pedido|solicitacao) de devolucao (?:recusad|rejeitad|negad|reprovad)[oa]$"),
    }),
    # On the delivery round (before "en ruta" reads movement).
    ("out_for_delivery", {
        "es": (r"^(?:" + _GOODS_ES + r" )?en ruta de (?:reparto|entrega)$",),
    }),
    # The delivery vehicle broke down: held up, an exception (before "averiado" reads damaged goods).
    ("exception", {
        "es": (r"\b(?:vehiculo|camion|furgon|furgoneta|moto|unidad) (?:de reparto )?(?:averiad[oa]|con averia|descompuest[oa])\b",
               r"\baveria (?:del|en el) (?:vehiculo|camion|furgon|furgoneta)\b"),
    }),
    # Closed outside its opening hours, rescheduled by the customer, refusing to receive: the delivery failed (before
    # "fuera de horario", "reprogramado", "recusa" and "incidencia" read otherwise).
    ("delivery_failed", {
        "es": (r"^(?:" + _RECIPIENT_ES + r" )?fuera (?:del |de )?horario de (?:atencion|atencion al publico)$",
               r"^reprogramad[oa] (?:por|a (?:pedido|peticion|solicitud) de)l? " + _RECIPIENT_ES + r"$",
               r"\b" + _RECIPIENT_ES + r" (?:rechaza|rehusa|no acepta) (?:el |la )?(?:envio|paquete|pedido|entrega)\b"),
        "pt": (r"\brecusa (?:de|do|no) recebimento\b",),
    }),
    # Paid or ready, waiting to be collected at the origin: before the carrier (before "recogida" reads movement).
    ("info_received", {
        "es": (r"\besperando (?:la )?recogida (?:en (?:el )?origen|del remitente|en (?:el )?domicilio del remitente)\b",
               r"^(?:" + _GOODS_ES + r" )?pendiente de confirmacion (?:del |de )?pago$"),
        "it": (r"^ordine in lavorazione$",
               r"^(?:spedizione|pacco|collo) da affidare(?: al corriere)?$"),
    }),
    # Goods arrived incomplete: an exception (before "chegou" reads movement).
    ("exception", {
        "pt": (r"^mercadorias? que (?:chega|chegam|chegou|chegaram) incomplet[oa]s?$",),
    }),
    # Collected by the courier at the origin address: moving (before "repartidor" reads the round).
    ("in_transit", {
        "es": (r"^(?:" + _GOODS_ES + r" )?recogid[oa]s? por (?:el )?(?:repartidor|mensajero|transportista|conductor) en "
               r"(?:la )?direccion (?:de origen|del remitente)$",),
    }),
)

ROMANCE_27_LATE_STEPS: tuple[Step, ...] = (
    # Stock confirmed or reserved, packed and waiting: before the carrier.
    ("info_received", {
        "es": (r"^stock (?:confirmado|reservado|verificado)$",
               r"^(?:" + _GOODS_ES + r" )?(?:empaquetad|embalad|empacad)[oa]s?$"),
    }),
    # The sender's collection address not reachable: the carrier does not have the parcel yet.
    ("info_received", {
        "pt": (r"^impossibilidade de (?:chegar|acessar|acesso) (?:no|ao|o) endereco (?:informado )?de (?:coleta|recolha)$",),
    }),
    # The recipient not answering, absent, the address not reachable: the delivery failed.
    ("delivery_failed", {
        "es": (r"^" + _RECIPIENT_ES + r" no (?:responde|contesta)(?: (?:al|el) telefono| (?:las |a las )?llamadas)?$",),
        "pt": (r"^ausencia d[oa] (?:destinatari[oa]|cliente)$",
               r"^impossibilidade de (?:chegar|acessar|acesso) (?:no|ao|o) endereco(?: (?:informado|indicado|d[oa] "
               r"(?:destinatari[oa]|cliente)))?$"),
    }),
    # The out-for-delivery scan: the round; the dispatch scan: moving.
    ("out_for_delivery", {
        "pt": (r"^bipe de saida para (?:a )?entrega$",),
    }),
    ("in_transit", {
        "pt": (r"^bipe de expedicao$",),
    }),
    # Out of standard, non-compliant packaging: exceptions.
    ("exception", {
        "pt": (r"^(?:" + _GOODS_PT + r" )?fora do padrao$",
               r"^embalage(?:m|ns) (?:nao conforme|fora do padrao|inadequada)s?$"),
    }),
)
