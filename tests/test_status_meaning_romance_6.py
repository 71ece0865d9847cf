"""Spanish tracking texts read by their meaning, sixth pass (round 34): how Mexican, Argentine and Chilean carriers
word a pickup at the sender's, the delivery round, a visit that failed or was never made, a hold and its end, in
status names, reason codes and customer messages, in other words than the development corpus's rows. Written by the
team to DESIGN §4's statuses and labelled by what they say (whose side a step is on, what has happened to the
parcel), never by what the reader outputs. Counter-examples stand beside them: a parcel available at a branch, a
return to the sender, a parcel on its way to a branch rather than to the recipient, a cancellation that names no
damage, a pickup still to come, a delivery that failed in other words."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # The recipient not available at the visit: a failed attempt, not a parcel "disponible" at a branch.
    ("Destinatario no disponible al momento de la visita", "delivery_failed"),
    ("El cliente no se encuentra disponible", "delivery_failed"),
    # On its way to the recipient, the delivery vehicle leaving for the addresses: the round.
    ("Paquete en camino al destinatario", "out_for_delivery"),
    ("Salida de la unidad de reparto desde la sucursal", "out_for_delivery"),
    # An eventuality, goods not received or not scanned at the warehouse: holds.
    ("Eventualidad durante el trayecto", "exception"),
    ("Pieza no recibida", "exception"),
    ("Guía no escaneada al llegar al almacén", "exception"),
    # A pickup not made, a pickup visit not made: still with the sender.
    ("Recolección no realizada", "info_received"),
    ("Recogida no efectuada por ausencia del remitente", "info_received"),
    ("Visita no realizada en la ruta de recolección", "info_received"),
    # The home delivery come back to the branch: a failed delivery, not a return to the sender.
    ("Devolución de la entrega a domicilio", "delivery_failed"),
    # A cancellation for damage names the damage.
    ("Anulación por daños en la mercancía", "damaged"),
    # A pickup done or scanned at the sender's, unloaded, arrived at a node, between centres, to a partner: moving on.
    ("Recolección efectuada en el domicilio del remitente", "in_transit"),
    ("Paquete escaneado para la recogida", "in_transit"),
    ("Pedido descargado", "in_transit"),
    ("Arribo al centro de distribución de Monterrey", "in_transit"),
    ("La pieza comienza a viajar hacia su destino", "in_transit"),
    ("Entrega al operador aliado para la última milla", "in_transit"),
    # Held at the branch for the recipient's collection ("ocurre").
    ("Paquete en retención en ocurre", "available_for_pickup"),
    # A pickup cancelled by the sender.
    ("El remitente cancela la recolección", "cancelled"),
    # Still with the sender, or data only.
    ("Remitente reprograma la recogida", "info_received"),
    ("El cliente no tiene conocimiento de la recolección", "info_received"),
    ("Sin montacargas para la recolección", "info_received"),
    ("No está lista la mercancía", "info_received"),
    ("Sin paquetes para recolectar", "info_received"),
    ("Guía documentada", "info_received"),
    # Failed attempts: refused, the delivery keyword wrong or missing, nobody found.
    ("Rechazado por el destinatario", "delivery_failed"),
    ("Código de seguridad incorrecto", "delivery_failed"),
    ("El cliente no proporcionó el código de entrega", "delivery_failed"),
    ("Fuimos a tu domicilio y no te encontramos", "delivery_failed"),
    # Holds: coverage, time, external factors, weather, seizure, contingency, irregularity, a visit not made.
    ("Domicilio fuera de zona de cobertura", "exception"),
    ("Llegada fuera de horario", "exception"),
    ("Retraso por factores externos", "exception"),
    ("Demora por condiciones meteorológicas", "exception"),
    ("Paquete decomisado en aduana", "exception"),
    ("Contingencia sanitaria en la plaza", "exception"),
    ("Irregularidad detectada en la guía", "exception"),
    ("No se pudo visitar el domicilio", "exception"),
]

COUNTER_EXAMPLES = [
    # A parcel available at a branch waits for the recipient.
    ("Disponible para retirar en sucursal", "available_for_pickup"),
    # A return to the sender is a return, not a home delivery come back.
    ("Devolución al remitente", "returned"),
    # On its way to a branch, not to the recipient: moving on.
    ("En ruta a la sucursal de destino", "in_transit"),
    # A cancellation naming no damage is a cancellation.
    ("Cancelación por error operativo", "cancelled"),
    # A pickup still to come is data only; a parcel received at a branch moves on.
    ("Recolección programada", "info_received"),
    ("Paquete recibido en sucursal", "in_transit"),
    # A delivery that failed in other words, and one made.
    ("No pudimos entregar tu pedido", "delivery_failed"),
    ("Entregado al destinatario", "delivered"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_sixth_spanish_pass_reads_by_meaning(text, expected):
    assert read_status(text).status == expected
