"""Spanish and Portuguese tracking texts read by their meaning, twenty-third Romance pass (round 72): the middle of the
journey and its holds as a Latin American post's IPS event names, Correos' summaries, Argentine couriers' states, a
logistics platform's labels, Brazilian carriers' occurrences and a Portuguese dashboard write them ("Recibir envio
del cliente", "Retener envio en oficina de cambio", "Registrar motivo de retencion de envio por parte de aduana",
"Entregado bajo custodia de aduana", "No admitido", "Envo pendiente de ser recogido en Oficina Postal",
"Recolección en proceso", "PREIMPOSICION", "Em processo de investigação", "Análise fiscal", "Registado").

The reading follows what happened to the parcel (DESIGN §4). The UPU's event names, as a post's tracking system
prints them in Spanish, are verbs in the infinitive: an item received from its sender, put in a bag or sent to
another office moves on; one received at a pickup point waits for its recipient; one the office of exchange retains
is held. A retention by customs is a customs hold, before "aduana" reads a clearance in progress; a receptacle handed
over into customs custody ("entregado bajo custodia de aduana") is in customs' hands for clearance, before "custodia"
reads a hold and "entregado" a delivery. An item not admitted at acceptance ("no admitido") has a problem, before
"admitido" reads it accepted. A parcel waiting to be collected at an office, a branch or a pickup point waits for its
recipient, before "recogido" reads a collection; a postman assigned to the item for its delivery is the round. A
collection from the sender in progress ("recolección en proceso") has not reached the carrier, before "en proceso"
reads a parcel on its way; a pre-posting ("preimposición") and a registration ("registado", Portugal's spelling;
an express product "registrado") are data only. A case under investigation ("em processo de investigação"), a tax
inspection of the invoice ("análise fiscal"), an inquiry into a delivery ("solicitação de acareação") and a dispatch
error hold the parcel; goods discarded are lost; an item taken out of an office's storage at the end of its keeping
period ("desestacionado") goes back to its sender. The reasons a Colombian courier gives for bringing a delivery back
("Direccion Errada", "Permanece Cerrado", "Traslado Persona", "Desorden Publico o Dificil Acceso", "Predio sin
nomenclatura") fail the delivery; a road closed, heavy rain and strikes ("Vía cerrada", "Fuertes lluvias", "Paros")
are force majeure that holds it. A courier assigned in a delivery app, an item received by its
recipient, "acareação" after a delivery and a bare "listo para entregar" are left to the steps that read them.

- ROMANCE_23_FIRST_STEPS come first of the Romance first groups (before status_phrases_meaning_romance_22's), before
  "aduana", "custodia", "entregado", "admitido", "recogido", "en proceso" and "processo" read their meanings.
- ROMANCE_23_LATE_STEPS come just before status_phrases_meaning_romance_21's late steps and read only texts nothing
  else reads.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_23.py holds the examples);
no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# What a post's event names call the item.
_ITEM_ES = r"(?:el )?(?:envio|paquete|objeto|bulto)"
# Where a recipient collects an item.
_COUNTER_ES = r"(?:la |el |una |un )?(?:oficina(?: postal)?|sucursal|agencia|ventanilla|punto de (?:recogida|retiro))"

ROMANCE_23_FIRST_STEPS: tuple[Step, ...] = (
    # An item received at a pickup point, or waiting to be collected at a counter: ready for its recipient, before
    # the IPS verbs below read an item moving and "recogido" a collection.
    ("available_for_pickup", {
        "es": (r"^recibir " + _ITEM_ES + r" en (?:el )?punto de (?:recogida|retiro)\b",
               r"\bpendiente de ser (?:recogid|retirad)[oa] en " + _COUNTER_ES + r"\b",
               r"\blist[oa] para (?:entregar|entrega|retirar|recoger) en " + _COUNTER_ES + r"$"),
    }),
    # Retained by the office of exchange, or by customs: held, before "aduana" reads a clearance in progress.
    ("exception", {
        "es": (r"^retener " + _ITEM_ES + r"\b",
               r"\bretencion (?:del? )?" + _ITEM_ES + r" por (?:parte de )?(?:la )?aduana\b"),
    }),
    # Handed into customs' custody: with customs for clearance, before "custodia" reads a hold and "entregado" a
    # delivery.
    ("in_transit", {
        "es": (r"^entregad[oa] bajo custodia (?:de|del) (?:la )?aduana\b",),
    }),
    # The IPS verbs of an item moving: received from its sender, put in a bag, sent or transferred to an office.
    ("in_transit", {
        "es": (r"^recibir " + _ITEM_ES + r" (?:del|de) (?:cliente|remitente|expedidor)\b",
               r"^insertar " + _ITEM_ES + r"\b.* en (?:la )?saca\b",
               r"^(?:enviar|transferir|despachar) " + _ITEM_ES + r" a (?:la |una )?(?:ubicacion|oficina|centro)\b"),
    }),
    # Not admitted at acceptance: a problem, before "admitido" reads the item accepted.
    ("exception", {
        "es": (r"^(?:" + _ITEM_ES + r" )?no admitid[oa]$",),
    }),
    # A postman assigned to the item, or a courier assigned for its delivery: the round (a courier assigned in a
    # delivery app, to collect the goods, is left to its step).
    ("out_for_delivery", {
        "es": (r"\b(?:envio|paquete|objeto) asignad[oa] (?:a|al) (?:un |una )?(?:cartero|cartera)\b",
               r"\basignad[oa] (?:a|al) (?:un |una )?(?:cartero|cartera|repartidor|mensajero) para (?:su |la )?"
               r"entrega\b"),
    }),
    # A collection from the sender in progress: not yet with the carrier, before "en proceso" reads a parcel moving.
    ("info_received", {
        "es": (r"^recoleccion en (?:proceso|curso)$",),
    }),
    # Under investigation: held, before "processo" reads a parcel being processed.
    ("exception", {
        "pt": (r"^(?:objeto |encomenda |pedido |carga )?em (?:processo de )?investigacao$",),
    }),
)

ROMANCE_23_LATE_STEPS: tuple[Step, ...] = (
    # A pre-posting, a registration: only data so far.
    ("info_received", {
        "es": (r"^pre ?imposicion$",
               r"^[a-z]+ express registrad[oa]$"),
        "pt": (r"^(?:objeto |envio |encomenda )?(?:pre )?registado$",),
    }),
    # Taken out of an office's storage at the end of its keeping period: on its way back to the sender.
    ("returned", {
        "es": (r"^desestacionad[oa]$",),
    }),
    # A tax inspection of the invoice, an inquiry into a delivery, a dispatch error: held.
    ("exception", {
        "pt": (r"^(?:em )?analise fiscal$",
               r"^(?:solicitacao|pedido|abertura) de acareacao$",
               r"^erro (?:de|na) (?:expedicao|separacao)$"),
    }),
    # Goods discarded: lost (DESIGN: disposed).
    ("lost", {
        "pt": (r"^(?:carga|mercadoria|encomenda|objeto|pacote) descartad[oa]$",),
    }),
    # Why a courier brings a delivery back: an address wrong or deficient, a property with no street number, premises
    # that stay closed, a recipient nobody knows or who moved (a person, a company), public disorder or difficult
    # access: the delivery failed.
    ("delivery_failed", {
        "es": (r"^(?:la )?direccion (?:errada|deficiente)$",
               r"^(?:predio|inmueble|casa|vivienda|edificio) sin (?:nomenclatura|numeracion|numero)$",
               r"^permanece cerrad[oa]$",
               r"^(?:cliente|destinatari[oa]) no conocid[oa]$",
               r"^traslado (?:de )?(?:la )?(?:persona|empresa|destinatari[oa]|cliente)$",
               r"^(?:(?:desorden|orden) publico o |zona de )?dificil acceso$"),
    }),
    # A road closed, heavy rain, strikes: force majeure holds the parcel.
    ("exception", {
        "es": (r"^(?:via|vias|carretera|calle) cerrad[oa]s?$",
               r"^(?:fuertes?|intensas?) lluvias?$",
               r"^paros?(?: (?:nacional|general|de transporte|camionero))?$"),
    }),
)
