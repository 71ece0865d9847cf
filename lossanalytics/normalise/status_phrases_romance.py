"""Spanish, Italian, Portuguese and French constructions (and two English ones) that decide
against the broad word beside them, tried before the outcome steps.

The narrow meaning first: a parcel withheld by the authorities, held in custody, swapped
or audited after a failed round is a problem, not the "bodega" (depot) or "inspección" it
sits in; a parcel the carrier disposes of ("disposición final", "destrucción") is lost; a
failed attempt that sends it back to the depot ("intento de entrega es fallido ... retorno
a centro logístico") is a failed delivery, not a return, while one dispatched back to its
origin ("despachar a origen") is a return. A collection notice left after a missed attempt ("avis de retrait",
"invito di ritiro", an item that "deve essere ritirato allo sportello") waits for pickup,
not a failed delivery; a receipt confirmation recorded afterwards ("accusé de réception
reçu", "confirmation of receipt received") is a delivery. Negations and conditions:
"sin la recepción" (created in the system, not yet received) and information received
about a parcel ("a informação sobre o envio foi recebida") are not yet with the carrier, nor
is a pickup the carrier could not make ("collection attempt failed"); a parcel at the border
being prepared for "inoltro" (forwarding) moves on.

Vocabulary from Interrapidísimo's logistic states, CTT's recorded events, Swiss Post's event explanations in French, Italian and English, a Spedisci.Online
status table and Navlungo's tracking documentation (tests/corpus/SOURCES.md, tenth round).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ROMANCE_FIRST_STEPS: tuple[Step, ...] = (
    ("lost", {
        "es": (r"disposicion final", r"(?:proceso de )?destruccion"),
    }),
    ("exception", {
        "es": (r"incautad\w*", r"retenid\w* por (?:las )?autoridades", r"(?:revision|inspeccion) (?:por parte )?de (?:las )?autoridades",
               r"en inspeccion", r"custodia", r"caso fortuito", r"evento imprevisto", r"auditor\w*", r"trocad\w*",
               r"no corresponde (?:al|a la|con (?:el|la))", r"confirmacion telefonica"),
    }),
    ("delivery_failed", {
        "es": (r"intento de entrega (?:es |fue )?fallid\w*",),
    }),
    ("available_for_pickup", {
        "fr": (r"avis de retrait", r"invitation a retirer"),
        "it": (r"invito (?:di|al) ritiro", r"(?:deve|devono|puo|possono) essere ritirat\w*", r"da ritirare"),
        "pt": (r"(?:no|em) ponto de (?:entrega|recolha|levantamento)", r"disponivel para levantamento"),
    }),
    ("delivered", {
        "fr": (r"accuse de reception (?:a ete )?recu\w*", r"image de la signature"),
        "en": (r"(?:confirmation|proof) of receipt (?:\w+ )?(?:received|recorded)",),
    }),
    ("returned", {
        "es": (r"(?:despach|envi|retorn)\w* a (?:su )?origen",),
    }),
    ("info_received", {
        "es": (r"sin (?:la )?(?:recepcion|admision)", r"(?:cread|registrad|generad)[oa] en (?:el )?sistema"),
        "pt": (r"aguarda\w* entrada (?:nos|na|no|em)", r"informac\w* (?:\w+ ){0,3}(?:foi |foram )?recebid\w*"),
        "it": (r"spedizione (?:generata|creata)",),
        "en": (r"collection attempt (?:\w+ ){0,4}failed", r"carrier (?:was )?unable to collect", r"about to pick ?up",
               r"received a (?:pick ?up |collection )?request from (?:the )?(?:shipper|sender)"),
    }),
    ("in_transit", {
        "it": (r"arrivat\w* alla frontiera", r"(?:preparat\w* per|in) l inoltro"),
    }),
)
