"""Portuguese, Spanish and French tracking texts read by their meaning, seventeenth Romance pass (round 61): a Brazilian
transport system's occurrences ("CHEGADA NO CLIENTE DESTINATÁRIO", "AGUARDANDO AUTORIZACAO P/ DEVOLUCAO", "EDI FOI
RECEPCIONADO MAS A MERCADORIA NÃO", "ENTREGA PREJUDICADA PELO HORARIO"), a Colombian courier's states and novelties
("ruta entrega final", "sin recolectar"), an Argentine bus carrier's steps ("En Agencia Origen") and Moroccan COD
couriers' statuses ("Sortie pour la livrison", "Adresse hors zone de livraison").

The reading follows where the parcel is and whose move it waits on (DESIGN §4): a vehicle at the recipient's door and
goods checked there are the round; the recipient refusing or unable to receive, a delivery place not found, a
recipient not answering, not at the meeting point or outside the zone served fail the delivery; a return or a new
delivery waiting for an authorisation, a sender refusing the return, a broken-down vehicle, a ferry awaited, a changed
forecast, goods short or over, a closed road and a booking awaited hold it; data received without the goods, a
transport document issued, a collection ordered or attempted and a new or confirmed parcel have not reached the
carrier; a parcel at an agency for its recipient waits for pickup; at an origin agency, a destination branch, picked
up or sent on through the post it moves on.

- ROMANCE_17_FIRST_STEPS come first of the Romance first groups (before status_phrases_meaning_romance_15's), before
  the broad words "chegada", "recusa", "transporte" and "sortie" read a movement, "devolucao" a return, "nao
  localizado" a loss, "avariado" a damage, "disponibilidade" a pickup and "previsao de entrega" the way on.
- ROMANCE_17_LATE_STEPS come just before status_phrases_meaning_romance_16's late steps and read only texts nothing
  else reads.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_17.py holds the
examples); no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# The recipient, as Brazilian occurrences name them.
_RECIPIENT_PT = r"(?:cliente|destinatari[oa])"

ROMANCE_17_FIRST_STEPS: tuple[Step, ...] = (
    # At the recipient's door, before any outcome: the round. Before "chegada" reads an arrival at a hub.
    ("out_for_delivery", {
        "pt": (r"chegada (?:no|ao|na) " + _RECIPIENT_PT + r"(?: destinatari[oa])?$",),
        "fr": (r"sortie pour (?:la )?livr(?:aison|ison)",),
    }),
    # The recipient refusing or unable to receive, the delivery place not found: a failed delivery. Before "recusa"
    # reads a movement and "nao localizado" a parcel lost.
    ("delivery_failed", {
        "pt": (_RECIPIENT_PT + r" recusa", r"local de entrega nao (?:localizado|encontrado)"),
    }),
    # A return or a new delivery awaiting an authorisation, the sender refusing the return, a broken-down vehicle, a
    # ferry or flight awaited, a delivery forecast changed: held. Before "devolucao" reads a return, "avariado" a
    # damage, "disponibilidade" a pickup and "previsao de entrega" the way on.
    ("exception", {
        "pt": (r"aguardando autorizacao (?:p|para|de) (?:a )?(?:devolucao|reentrega)",
               r"remetente (?:recusa|nao aceita) (?:receber )?(?:a )?devolucao",
               r"veiculo (?:avariado|quebrado|sinistrado)",
               r"aguardando disponibilidade de (?:balsa|voo|aeronave|veiculo)",
               r"previsao de entrega (?:alterada|adiada)"),
    }),
    # Data received without the goods, a transport document only issued: nothing with the carrier yet. Before
    # "recepcionado" and "transporte" read a movement.
    ("info_received", {
        "pt": (r"(?:edi|dados) (?:foi |foram )?(?:recebid|recepcionad)[oa]s? mas (?:a )?mercadoria nao",
               r"^documento de transporte emitido$"),
    }),
)

ROMANCE_17_LATE_STEPS: tuple[Step, ...] = (
    # Goods checked at the recipient's, out for delivery, the last leg's route: the round.
    ("out_for_delivery", {
        "pt": (r"em conferencia no " + _RECIPIENT_PT, r"^saida para (?:a )?entrega$"),
        "es": (r"ruta (?:de )?entrega final",),
    }),
    # Goods said not to match the order, an address that does not match, a recipient not at the meeting point, not
    # answering or outside the zone served: a failed delivery.
    ("delivery_failed", {
        "pt": (r"alega mercad\w* (?:em )?desacordo",),
        "es": (r"direccion no corresponde", r"no (?:llego|se presento) al punto de encuentro"),
        "fr": (r"pas de reponse du (?:destinataire|client)", r"^hors zone$", r"hors zone de livraison"),
    }),
    # Goods reported short, short or over, a delivery hindered by the hour, a booking awaited, a road closed: held.
    ("exception", {
        "pt": (r"alega falta de mercadoria", r"^(?:falta|sobra) de (?:mercadorias?|volumes?)$", r"entrega prejudicada",
               r"aguardando agendamento", r"^(?:via|estrada|rodovia) interditada$"),
    }),
    # The recipient collects it, a parcel at an agency: waiting for pickup.
    ("available_for_pickup", {
        "pt": (r"^destinatari[oa] retira$",),
        "es": (r"^(?:paquete|envio) en agencia$",),
    }),
    # A collection ordered or attempted, not yet collected, an order being processed, a new or confirmed parcel:
    # nothing with the carrier yet.
    ("info_received", {
        "pt": (r"coleta comandada", r"tentativa de coleta"),
        "es": (r"^(?:envio |paquete )?sin recolectar$", r"^procesando (?:su |el )?pedido$"),
        "fr": (r"^nouveau colis(?: (?:enregistre|cree))?$", r"^(?:colis|commande) confirmee?(?: par (?:le )?(?:client|vendeur))?$"),
    }),
    # A delivery booked by the customer, at an origin agency or a destination branch, picked up, sent on through the
    # post: moving.
    ("in_transit", {
        "pt": (r"entrega agendada (?:pelo|pela) " + _RECIPIENT_PT,),
        "es": (r"^en agencia (?:de )?origen$", r"^en sucursal (?:de )?destino$"),
        "fr": (r"^(?:colis )?ramassee?$", r"(?:envoye|expedie|expedier) par amana"),
    }),
)
