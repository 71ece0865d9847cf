"""Spanish and French tracking texts read by their meaning, twenty-sixth Romance pass (round 82): the time before the
carrier, the middle of the journey and the exceptions, as a Spanish express carrier's customer-facing state wording,
a Spanish postal event mapping with its aliases, a Spanish postal app's state texts and a recorded French last-mile
track write them ("Su envío se encuentra en reparto", "Su envío está en proceso de gestión por nuestro departamento de
Atención al cliente", "Hemos recibido instrucciones de nuestro cliente para destruir el envío", "Recogido por
repartidor", "a disposicion en oficina", "Le colis est prêt à être livré").

The reading follows what happened to the parcel (DESIGN §4). A shipment said to be "en reparto" in a sentence that
also names the planned delivery date is on the round, before "fecha de entrega prevista" reads a parcel moving. A
shipment in the hands of the carrier's customer-service department is an exception (it cannot reach an end by
itself), before "en proceso" reads a parcel moving. Instructions to destroy a shipment make it lost (DESIGN: disposed
-> lost), before "recibido" reads otherwise. A shipment taken in at a post office "para ser entregado" at the address
is still on its way, before "entregado" reads a delivery. Collected "por el repartidor" (the courier collecting from
the sender) is a parcel moving, before "repartidor" reads the round; "recogido en oficina" (the consignee collecting
at the post office) is a delivery, before "recogido" reads a pickup from the sender. A French parcel "prêt à être
livré" is prepared for delivery at the station, not yet on the round, before "être livré" reads further. Late, for
texts nothing else reads: "en destino", "en nuestras instalaciones", an office or centre of origin, "admisión" and a
customs procedure ("en trámite aduanero") are on their way; a parcel "a disposición en oficina" waits at a pickup
point.

- ROMANCE_26_FIRST_STEPS come first of the Romance first groups (before status_phrases_meaning_romance_25's): the
  outcome words after them read "entregado" as a delivery, "repartidor" as the round.
- ROMANCE_26_LATE_STEPS come just before status_phrases_meaning_romance_25's late steps and read only texts nothing
  else reads.

Left alone on purpose: a bare "En gestión" (unread: the words do not say whose hands) and "En almacén" (kept as the
earlier passes read it).
Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_26.py holds the examples); no
carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# What a Spanish tracking text calls the goods.
_GOODS_ES = r"(?:el |la |su |tu )?(?:envio|paquete|pedido|mercancia|encomienda|bulto)s?"
# What a French tracking text calls the goods.
_GOODS_FR = r"(?:le |votre )?(?:colis|envoi|paquet|pli)"

ROMANCE_26_FIRST_STEPS: tuple[Step, ...] = (
    # On the round, said of the shipment, whatever the planned date after it (before "fecha de entrega" reads movement).
    ("out_for_delivery", {
        "es": (r"^" + _GOODS_ES + r" (?:se encuentra|esta|va|sale|ha salido) (?:en|a) reparto\b",),
    }),
    # In the hands of the carrier's customer service: an exception (before "en proceso" reads movement).
    ("exception", {
        "es": (r"\ben (?:proceso de )?(?:gestion|revision|tramite) (?:por|de|en) (?:nuestro |el |su )?"
               r"(?:departamento|servicio|area|equipo) de atencion al cliente\b",),
    }),
    # Instructions to destroy the shipment: disposed of, lost (before "recibido" reads otherwise).
    ("lost", {
        "es": (r"\b(?:instrucciones|orden|ordenes) (?:(?:de|del) (?:nuestro |su |el )?(?:cliente|remitente) )?para "
               r"(?:destruir|eliminar) (?:el |su |la )?(?:envio|paquete|mercancia)\b",),
    }),
    # Taken in to be delivered at the address: still on its way (before "entregado" reads a delivery).
    ("in_transit", {
        "es": (r"\b(?:admitid[oa]|recibid[oa]|depositad[oa]) en (?:la )?oficina\b.*\bpara ser entregad[oa]s? "
               r"(?:en|a) (?:la |su |el )?(?:direccion|domicilio|destinatario)\b",),
    }),
    # Collected by the courier (from the sender): moving (before "repartidor" reads the round).
    ("in_transit", {
        "es": (r"^(?:" + _GOODS_ES + r" )?recogid[oa]s? por (?:el |nuestro )?(?:repartidor|mensajero|transportista|"
               r"conductor)(?: en origen| en (?:el )?domicilio del remitente)?$",),
    }),
    # Collected at the post office (by the consignee): delivered (before "recogido" reads a pickup from the sender).
    ("delivered", {
        "es": (r"^(?:" + _GOODS_ES + r" )?recogid[oa]s? en (?:la )?(?:oficina|sucursal)(?: de correos)?"
               r"(?: por el destinatario)?$",),
    }),
    # Ready to be delivered (prepared at the station): still on the way (before "etre livre" reads the round).
    ("in_transit", {
        "fr": (r"^(?:" + _GOODS_FR + r" )?(?:est )?pret a etre livre$",),
    }),
)

ROMANCE_26_LATE_STEPS: tuple[Step, ...] = (
    # At destination, in the carrier's premises, at the office of origin, taken in ("admision"), in a customs
    # procedure, entered the destination country: on the way.
    ("in_transit", {
        "es": (r"^en destino$",
               r"^(?:" + _GOODS_ES + r" )?(?:esta|se encuentra) en (?:nuestras|las) instalaciones"
               r"(?: de (?:destino|origen|transito))?$",
               r"^en (?:la )?(?:oficina|sucursal|delegacion|agencia|centro) de origen$",
               r"^admision(?: en (?:oficina|origen|centro))?$",
               r"^(?:" + _GOODS_ES + r" )?en tramite (?:aduanero|aduanal|de aduanas?)$"),
    }),
    # At the office's disposal: waiting at a pickup point.
    ("available_for_pickup", {
        "es": (r"^(?:" + _GOODS_ES + r" )?(?:a|en) disposicion (?:en|de) (?:la )?(?:oficina|sucursal|agencia|tienda)"
               r"(?: de (?:correos|destino))?$",),
    }),
)
