"""Spanish and Portuguese tracking texts read by their meaning, twenty-first Romance pass (round 68): the last leg as an
Argentine courier system's guide states, a Mexican parcel service's tracking descriptions and a Brazilian delivery
system's failure reasons write it ("Pendiente de retiro en agencia", "En distribución a agencia", "En CD Destino",
"Impuesto Agencia", "El paquete ha salido de las instalaciones para entrega en curso", "Cliente solicitou
reagendamento", "Problemas de acesso ao local", "Horário de atendimento encerrado").

The reading follows where the parcel is and who stopped its delivery (DESIGN §4): a parcel that left the carrier's
premises for its delivery is on the round; one distributed to an agency or a branch, or at a distribution centre
("CD"), moves on; one waiting at an agency or a branch to be collected waits for pickup; a shipment just posted
("impuesto") through a call centre or at an agency has not reached the carrier's network. A recipient who asked for a
new date, could not be found or was unavailable, an address that could not be reached and opening hours over fail the
delivery. A bare "Pendiente de retiro" (a collection from the sender or by the recipient, not said), a distribution
by an agency and a rescheduling nobody asked for are left to the steps that read them.

- ROMANCE_21_FIRST_STEPS come first of the Romance first groups (before status_phrases_meaning_romance_18's), before
  "en curso" reads a parcel on its way, "en distribucion" the round, "reagendamento" a parcel going on, "nao
  localizado" a loss and "problemas" a hold.
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
# The recipient, as Brazilian delivery systems name them.
_RECIPIENT_PT = r"(?:cliente|destinatari[oa])"

ROMANCE_21_FIRST_STEPS: tuple[Step, ...] = (
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
