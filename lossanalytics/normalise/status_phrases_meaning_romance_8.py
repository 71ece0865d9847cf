"""Spanish and Portuguese read by their meaning, a pass for returns and failed deliveries (round 49): how a courier's
tracking page and a logistics service word a delivery that could not be made, a refusal, a redelivery, the way back to
the sender and a parcel waiting for its carrier ("No pudo ser entregado al destinatario", "El destinatario rechazó el
envío", "Reentrega programada", "En camino de regreso", "Cargado y listo para despachar", "Aguardando Transportadora").

ROMANCE_8_FIRST_STEPS, tried just before status_phrases_meaning_romance_6's first steps, decide against a broad word
the sentence around it overrules:

- a parcel that could not be delivered ("no pudo ser entregado") failed, although "entregado" reads a delivery;
- on the way back ("en camino de regreso", "de vuelta", "de retorno") is a return, not the "en camino" of a parcel
  moving on;
- loaded and ready to be dispatched has left the sender's hands, not the "listo para despachar" of a parcel still with
  the sender;
- waiting for the carrier or its collection ("aguardando transportadora", "aguardando coleta") is still with the
  sender, not the "transportadora" of a parcel on its way.

ROMANCE_8_LATE_STEPS, tried just before status_phrases_meaning_romance_6's late steps, read what nothing else reads: the
recipient or customer who rejected the parcel and a redelivery scheduled after an attempt fail the delivery; the
vehicle gone out to the address is the round.

Written by the team from the languages' grammar to DESIGN §4's statuses (tests/test_status_meaning_romance_8.py holds
the examples); no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ROMANCE_8_FIRST_STEPS: tuple[Step, ...] = (
    # Could not be delivered: a failed delivery, before "entregado" reads one.
    ("delivery_failed", {
        "es": (r"\bno (?:se )?(?:pudo|puede|ha podido|fue posible) (?:ser )?entregad[oa]s?\b",),
    }),
    # On the way back: a return, before "en camino" reads a movement.
    ("returned", {
        "es": (r"\ben camino de (?:regreso|vuelta|retorno)\b",),
    }),
    # Loaded and ready to be dispatched: with the carrier.
    ("in_transit", {
        "es": (r"^cargad[oa]s? y list[oa]s? para (?:despachar|despacho|salir)$",),
    }),
    # Waiting for the carrier or its collection: still with the sender.
    ("info_received", {
        "pt": (r"^aguardando (?:a )?(?:transportadora|coleta)$",),
    }),
)

ROMANCE_8_LATE_STEPS: tuple[Step, ...] = (
    # The recipient rejected the parcel; a redelivery scheduled: the delivery failed.
    ("delivery_failed", {
        "es": (r"\b(?:destinatario|cliente|comprador) rechazo (?:el|la) (?:envio|paquete|pedido|entrega)\b",
               r"^reentrega (?:programada|agendada)$"),
    }),
    # The vehicle has gone out to the destination address: the round.
    ("out_for_delivery", {
        "pt": (r"\bveiculo (?:ja )?saiu para o endereco\b",),
    }),
)
