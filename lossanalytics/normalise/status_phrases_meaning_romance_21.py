"""Spanish and Portuguese tracking texts read by their meaning, twenty-first Romance pass (round 68): the last leg as an
Argentine courier system's guide states, a Mexican parcel service's tracking descriptions, Paraguayan and Mexican
delivery apps' messages and a Brazilian delivery system's failure reasons write it ("Pendiente de retiro en agencia",
"En distribución a agencia", "En CD Destino", "Impuesto Agencia", "El paquete ha salido de las instalaciones para
entrega en curso", "Un repartidor ha sido asignado", "Prepárate para recibir tu pedido", "Cliente solicitou
reagendamento", "Problemas de acesso ao local", "Horário de atendimento encerrado").

The reading follows where the parcel is and who stopped its delivery (DESIGN §4): a parcel that left the carrier's
premises for its delivery, or whose recipient is told to get ready to receive it, is on the round; one distributed to
an agency or a branch, at a distribution centre ("CD") or collected by the courier moves on; one waiting at an agency
or a branch to be collected waits for pickup; a shipment just posted ("impuesto") through a call centre or at an
agency, an order being packed and a courier assigned or still to come and collect it have not reached the carrier; an
order arrived, said to its recipient, is delivered; an order refused by the shop is cancelled. A recipient who asked
for a new date, could not be found or was unavailable, an address that could not be reached and opening hours over
fail the delivery. A bare "Pendiente de retiro" (a collection from the sender or by the recipient, not said), a
distribution by an agency, a courier who already has the parcel, an order refused with nobody named and a
rescheduling nobody asked for are left to the steps that read them.

- ROMANCE_21_FIRST_STEPS come first of the Romance first groups (before status_phrases_meaning_romance_18's), before
  "repartidor" and "en distribucion" read the round, "en curso" a parcel on its way, "prepar" goods being prepared,
  "pedido rechazado" a refusal at the door, "reagendamento" a parcel going on, "nao localizado" a loss and
  "problemas" a hold.
- ROMANCE_21_LATE_STEPS come just before status_phrases_meaning_romance_18's late steps and read only texts nothing
  else reads.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_21.py holds the examples);
no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# A carrier's premises a parcel leaves for its round.
_PREMISES_ES = r"(?:instalaciones|bodegas?|sucursal|almacen|oficinas?|planta|centro de distribucion)"
# Where a recipient collects a parcel.
_COUNTER_ES = r"(?:agencia|sucursal|oficina|tienda|punto de retiro)"
# What a delivery app calls the goods.
_ORDER_ES = r"(?:pedido|paquete|envio|orden|compra)"
# The recipient, as Brazilian delivery systems name them.
_RECIPIENT_PT = r"(?:cliente|destinatari[oa])"

ROMANCE_21_FIRST_STEPS: tuple[Step, ...] = (
    # A courier assigned, or still to come and collect the goods: not yet with the carrier; a courier who has
    # collected them moves on. Before "repartidor" reads the round.
    ("info_received", {
        "es": (r"\brepartidor (?:ha sido |fue )?asignad[oa]\b",
               r"\brepartidor (?:va a|viene a|pasara a) (?:recoger|retirar)(?:lo|la|los|las)?\b"),
    }),
    ("in_transit", {
        "es": (r"\brepartidor (?:ya )?(?:ha recogido|recogio|ha retirado|retiro) (?:tu |su |el )?" + _ORDER_ES + r"\b",),
    }),
    # Told to get ready to receive the order: the round, before "prepar" reads goods being prepared.
    ("out_for_delivery", {
        "es": (r"\bpreparate para recibir (?:tu |su )?" + _ORDER_ES + r"\b",),
    }),
    # An order refused by the shop: cancelled before it was sent, before "pedido rechazado" reads a refusal at the
    # door.
    ("cancelled", {
        "es": (r"\b(?:pedido|orden|compra) rechazad[oa] por (?:el |la )?(?:negocio|comercio|tienda|vendedor|restaurante|"
               r"local)\b",),
    }),
    # Left the carrier's premises for its delivery: the round, before "en curso" reads a parcel on its way.
    ("out_for_delivery", {
        "es": (r"\b(?:ha salido|salio|sale) de (?:las |la |nuestras |nuestra |nuestro |el )?" + _PREMISES_ES
               + r" (?:para|a) (?:su |la )?(?:entrega|reparto)\b",),
    }),
    # Distributed to an agency or a branch: the last leg to a counter, before "en distribucion" reads the round.
    ("in_transit", {
        "es": (r"^en distribucion (?:a|hacia) (?:la |una )?(?:agencia|sucursal|oficina)$",),
    }),
    # A rescheduling the recipient asked for, the recipient not found, an address that could not be reached: a failed
    # delivery, before "reagendamento" reads a parcel going on, "nao localizado" a loss and "problemas" a hold.
    ("delivery_failed", {
        "pt": (r"\b" + _RECIPIENT_PT + r" (?:solicitou|pediu|requisitou|requereu) (?:o |um |novo )?reagendamento\b",
               r"^" + _RECIPIENT_PT + r" nao (?:encontrad|localizad)[oa](?: no (?:endereco|local))?$",
               r"^(?:problemas?|dificuldades?) (?:de|no|com o) acesso (?:ao|a) (?:local|endereco|imovel|residencia|"
               r"predio|condominio)$"),
    }),
)

ROMANCE_21_LATE_STEPS: tuple[Step, ...] = (
    # The order being packed: not yet with the carrier; the order arrived, said to its recipient: delivered.
    ("info_received", {
        "es": (r"^empacando (?:tu |su |el )?" + _ORDER_ES + r"$",),
    }),
    ("delivered", {
        "es": (r"^¡?(?:ya )?llego (?:tu |su )" + _ORDER_ES + r"$",),
    }),
    # Waiting at an agency or a branch to be collected: ready for pickup.
    ("available_for_pickup", {
        "es": (r"^pendiente de retiro en (?:la |el )?" + _COUNTER_ES + r"$",),
    }),
    # At a distribution centre ("CD") of origin or destination: on the way.
    ("in_transit", {
        "es": (r"^en (?:el )?cd (?:de )?(?:destino|origen)$",),
    }),
    # Posted ("impuesto") through a call centre or at an agency: not yet in the carrier's network.
    ("info_received", {
        "es": (r"^impuest[oa] (?:en )?(?:call center|agencia|sucursal|mostrador)$",),
    }),
    # The recipient unavailable, opening hours over: a failed delivery.
    ("delivery_failed", {
        "pt": (r"^" + _RECIPIENT_PT + r" indisponivel$",
               r"\bhorario de (?:atendimento|funcionamento|expediente) (?:encerrado|esgotado)\b"),
    }),
)
