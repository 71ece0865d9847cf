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

A wrong address is a failed delivery however it is negated ("indirizzo non corretto"), unless
the text already sends the parcel back; "restituzione al mittente" is the return itself, and an
"avviso di giacenza" (notice of storage) means the parcel waits at the office. Before the
carrier has the parcel: a booking ("Prenotato"), a guide generated ("guía generada", unless it
is annulled), GLS's "Grabado", a parcel "a colectar" or "prêt" at the sender's, a pre-advice
("préavis", "préenregistré"), data or information received, an item created by the seller or
still in the sender's warehouse; a parcel "en attente d'affectation" at a sorting centre waits
for a round, and one "colectado" is with the carrier.

Italian reasons before the broad words (thirteenth round): a delay for a holiday or a public
event, a parcel not sorted, no delivery round made ("passaggio non effettuato") and storage
awaiting release ("giacenza in attesa di svincolo") are problems, not the "giacenza" that waits
for the recipient; tracking "not yet available" is no information and none "for 30 days" is
expired; a parcel sent or on its way back "al mittente" is a return. After the steps above: an
absent recipient with a notice left, a recipient closed, unknown, not at home or not to be found,
an address problem however abbreviated ("INDIRIZ.INESISTENTE/INCOMPLETO") fail the delivery; a
parcel left at the door or with the neighbour, or collected by the customer, is delivered; a
customer contacted before the final delivery is on the round; data transmitted, an announcement, a
parcel ready to send or about to be collected by the carrier come before the carrier has it; a
hand-over to a sorting centre, a forwarding to another branch and a sorted parcel move on.

CTT Express's incident names and Blue Express's tracking concepts (seventeenth round) are read
next: a vehicle breakdown is no damage to the goods, a customer without goods for the
pickup comes before the carrier has the parcel.

Vocabulary from Interrapidísimo's logistic states, CTT's recorded events, Swiss Post's event explanations in French, Italian and English, a Spedisci.Online
status table and Navlungo's tracking documentation (lossanalytics/normalise/known_texts/SOURCES.md, tenth round), Servientrega's
states and incidents (fifteenth round), and from the
status explanations of Italian, French and Spanish help pages (Logivery, Faster Service, Poste
Italiane's Cerca spedizioni, 17TRACK's terminology, Packlink's GLS page, Jipink, Enviatodo; eleventh round), FedEx's Italian
status descriptions and a tracking guide's Italian carrier statuses (seventeenth round, c: no delivery date available is
no pickup, an item handed to customs is no delivery).

Spain's and Portugal's courier states and incidents (GLS Spain and Portugal, Correos Express, CTT Expresso,
Rangel, Skynet, Nacex) and Starken's states (twenty-second round, b) are read last of these: pickups from the
sender not yet made, parcels held for collection, retentions, delays and data problems, damage words of
Portuguese incident lists.

Italian words of Poste Italiane (Poste Delivery Business, Cerca spedizioni), SDA, GLS Italy and Italian renderings of
USPS, China Post and UPS events (twenty-third round, a) close the module: tracking "non disponibile" is no information,
an item "ritirata in digitale" is delivered, a concluded customs check and processing "presso" or "attraverso" a facility
move on, an order created or processed is not yet with the carrier.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ROMANCE_FIRST_STEPS: tuple[Step, ...] = (
    ("expired", {
        "it": (r"nessuna informazione (?:\w+ ){0,3}per \d+ giorni",),
    }),
    ("unknown", {
        # FedEx: "no scheduled delivery date is available" says nothing of where the parcel is.
        "it": (r"informazion\w* (?:\w+ ){0,3}non (?:sono |e )?ancora disponibil\w*",
               r"non (?:e )?disponibile nessuna data di consegna"),
    }),
    ("exception", {
        "it": (r"festivita\w*", r"manifestazion\w*", r"non smistat\w*", r"passaggio non effettuat\w*", r"attesa (?:\w+ ){0,2}svincolo",
               r"eccezioni", r"consegna (?:programmata )?(?:e )?in sospeso", r"errore di (?:avviamento|instradamento)"),
    }),
    # Sent, on its way or coming back to the sender.
    ("returned", {
        "it": (r"(?:invio|rinvio|ritorno|rientro|inviat\w*|rispedit\w*) al mittente",),
    }),
    # A wrong address is a failed delivery whatever negation writes it ("indirizzo non corretto"),
    # unless the same text already sends the parcel back.
    ("delivery_failed", {
        "it": (r"indirizzo (?:non (?:corretto|valido|esatto|trovato|completo)|errato|sbagliato|inesatto|incompleto|insufficiente|inesistente)"
               r"(?!.*\b(?:res|restituit|rientrat|ritornat|rinviat)[oa]\b)",),
    }),
    # The return itself named as a noun ("restituzione al mittente"), not a return requested.
    ("returned", {
        "it": (r"(?:in )?restituzione (?:al|verso il) mittente",),
    }),
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
        "it": (r"invito (?:di|al) ritiro", r"(?:deve|devono|puo|possono) essere ritirat\w*", r"da ritirare",
               r"(?:avviso|cartolina) di giacenza", r"in attesa d(?:i|el) ritiro da parte del (?:cliente|destinatario)"),
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
        "pt": (r"aguarda\w* entrada (?:nos|na|no|em)", r"informac\w* (?:\w+ ){0,3}(?:foi |foram )?recebid\w*"),
        "it": (r"spedizione (?:generata|creata)", r"^(?:spedizione |ritiro )?prenotat[oa]$"),
        # Booked, registered or announced before the carrier has the parcel: a label or guide made,
        # a parcel "ready" at the sender's, the information (not the parcel) received.
        "es": (r"sin (?:la )?(?:recepcion|admision)", r"(?:cread|registrad|generad)[oa] en (?:el )?sistema",
               r"guia (?:generada|creada|emitida)(?! (?:\w+ ){0,2}anulad)", r"^grabad[oa]$", r"^(?:a|por) (?:colectar|recolectar)$"),
        "fr": (r"^(?:colis|envoi) pret$", r"(?:colis|envoi) pret (?:a|pour) (?:l )?(?:expedi|envoi|envoy)\w*",
               r"preavis\w*", r"pre ?enregistr\w*", r"notification (?:electronique|de confirmation)(?: d envoi| recue)?",
               r"(?:donnees|informations?) (?:\w+ ){0,3}recue?s?", r"a recu (?:l |les )?(?:informations?|donnees)",
               r"reception (?:des |de vos |de l |de la )?(?:donnees|informations?)",
               r"cree\w* par (?:le |l )?(?:vendeur|expediteur)", r"(?:entrepot|depot|magasin) de (?:l )?(?:expediteur|vendeur)"),
        "en": (r"collection attempt (?:\w+ ){0,4}failed", r"carrier (?:was )?unable to collect", r"about to pick ?up",
               r"received a (?:pick ?up |collection )?request from (?:the )?(?:shipper|sender)"),
    }),
    ("delivery_failed", {
        "it": (r"destin(?:at\w*)? assente", r"lasciato avviso", r"chius[oa] per (?:turno|ferie|riposo|inventario)",
               r"destinatario (?:e )?chius[oa]", r"destinat\w* (?:sconosc|irrep|trasfer)\w*",
               r"destinatario non (?:a casa|in casa|presente|reperibile)",
               r"impossibile (?:localizzare|trovare|rintracciare|contattare) il destinatario",
               r"indiriz\w* (?:inesistent|incomplet|errat|sbagliat|inesatt|insufficient)\w*", r"problem\w* (?:\w+ ){0,2}indirizzo"),
    }),
    ("delivered", {
        "it": (r"lasciat\w* (?:davanti alla porta|(?:con|al|presso) il vicino|dal vicino)", r"ritirat\w* dal cliente"),
    }),
    ("out_for_delivery", {
        "it": (r"contattat\w* prima della consegna",),
    }),
    ("info_received", {
        "it": (r"dati (?:\w+ ){0,2}trasmess\w*", r"annunciat\w*", r"in fase di annuncio", r"pront[oa] per (?:l )?(?:invio|spedizione)",
               r"in attesa del? ritiro da parte del (?:corriere|vettore)", r"sta per ritirare", r"ricevut\w* la richiesta dal mittente",
               # Swiss Post: the sender's notice of the item, data forwarded (not the parcel).
               r"notifica dell invio da parte del(?:lo)? (?:speditore|mittente)", r"inoltro dei dati"),
    }),
    ("in_transit", {
        "it": (r"arrivat\w* alla frontiera", r"(?:preparat\w* per|in) l inoltro",
               r"consegnat\w* (?:al|allo|alla|presso (?:il|lo|la)) (?:\w+ )?(?:centro|hub|deposito|magazzino|filiale)\w*",
               r"inoltr\w* (?:\w+ ){0,2}(?:filiale|sede|hub|deposito)", r"smistat[oa]",
               # Swiss Post: handed to customs for clearance (unless held there), the item posted
               # ("impostazione"), sorted ("spartito") and forwarded.
               r"consegnat[oa] alla dogana(?!.*\b(?:trattenut|bloccat|ferm)\w*)", r"impostazione del proprio invio",
               r"invio e stato spartito"),
        # Collected from the seller, or waiting at a sorting centre to be given a round.
        "es": (r"^(?:colectad|recolectad)[oa]$",),
        "fr": (r"en attente d affectation",),
    }),
    # Tracking-page words of shipping notifications (fourteenth round): items the shop has not yet
    # sent ("n'ont pas encore été expédiés", not the "expédié" of a parcel on its way), a page still
    # waiting for the carrier's first update, a parcel whose tracking has expired, a bare failed
    # attempt ("Tentativo fallito") and a parcel out on its round ("En entrega").
    ("info_received", {
        "fr": (r"pas encore (?:ete )?expedie\w*", r"^infos? recu\w*$"),
        "es": (r"(?:todavia|aun) no se (?:han|ha) enviado",),
        "it": (r"non (?:\w+ )?ancora (?:\w+ )?spedit\w*",),
    }),
    ("unknown", {
        "fr": (r"en attendant que le transporteur",),
        "es": (r"pendiente de actualizacion por",),
        "it": (r"in attesa che il corriere aggiorni",),
    }),
    ("expired", {
        "fr": (r"^expire\w*$",), "es": (r"^expirad[oa]$",), "it": (r"^scadut[oa]$",),
    }),
    ("delivery_failed", {
        "it": (r"^tentativo (?:di consegna )?fallito$",),
    }),
    ("out_for_delivery", {
        "es": (r"^en entrega$",),
    }),
    # Servientrega's states and incidents (fifteenth round): a parcel "entregado a remitente" is
    # back with the sender, goods the recipient says were not ordered are refused at the door,
    # one that left for the destination city or is being processed moves on.
    ("returned", {
        "es": (r"entregad[oa]s? (?:al?|a la) (?:remitente|origen)",),
    }),
    ("delivery_failed", {
        "es": (r"(?:m cia|mcia|mercancia|mercaderia|producto|pedido) no solicitad[oa]",),
    }),
    ("in_transit", {
        "es": (r"sali[oa] (?:a|hacia|para) (?:la )?ciudad (?:de )?destino", r"^en procesamiento$"),
    }),
    # CTT Express's incidents and Blue Express's concepts (seventeenth round): a vehicle breakdown
    # ("avería vehículo") is the carrier's problem, not damaged goods; so are a wrong route, no capacity
    # or time left, an inaccessible area, a local holiday, missing documents and goods too large, not
    # allowed or badly packed; delivery data to be solved ("Para solución") is an address problem. A
    # customs inspection and a misrouted parcel stay unread: the carrier files the same words both as
    # an incident and as a step of its status table. A recipient who does not answer, closed for holidays or whose identity document
    # does not match fails the delivery; a customer with no goods (prepared) for the pickup comes before
    # the carrier has the parcel; theft is a loss.
    ("exception", {
        "es": (r"averia (?:del? )?vehiculo", r"ruta incorrecta", r"falta (?:de )?capacidad", r"sin tiempo para (?:el )?servicio",
               r"area inaccesible", r"fiesta local", r"falta (?:de )?documentacion",
               r"excede (?:las )?dimensiones", r"mercancia no permitida", r"embalaje insuficiente",
               r"^para solucion$"),
    }),
    ("delivery_failed", {
        "es": (r"destinatario no (?:contesta|recibe)", r"cerrad[oa] (?:por )?vacaciones", r"dni no coincid\w*"),
    }),
    ("info_received", {
        "es": (r"cliente no tiene (?:preparada )?(?:la )?mercancia",),
    }),
    ("lost", {
        "es": (r"^robo$",),
    }),
    ("in_transit", {
        "es": (r"^en gestion aduanera$", r"cargando (?:el )?vehiculo", r"^arribad[oa]$"),
    }),
    # Spain's and Portugal's courier states and incident names, Starken's states (twenty-second round, b).
    # The narrow meaning first: a pickup from the sender registered, under way, assigned, failed or with an
    # incident ("RECOGIDA EN CURSO", "RECOLHA FALHADA") and a parcel still "en bodega cliente" or "não
    # pronto" are not yet with the carrier; a parcel held "para levantamento", a collection asked for at the
    # shop or left "en parcelshop" waits for the recipient; one loaded on the delivery vehicle to be delivered
    # "no decorrer do dia" is out, not delivered; a breakdown, a mass volume "en reparto", a retention at customs
    # or a failure "sem tentativa de entrega" is the carrier's problem, not damaged goods, an outing, a
    # customs step or a failed attempt.
    ("info_received", {
        "es": (r"bodega (?:del? )?cliente", r"recogida (?:en curso|registrada|solicitada|programada)",
               r"asignad\w* (?:a|al) (?:mensajero|repartidor|conductor) para recog\w*", r"incidencia (?:en (?:la )?)?recogida"),
        "pt": (r"recolha (?:falhada|com incidencia|nao efe\w*)", r"atribuid[oa] ao motorista", r"envio criado",
               r"nao pronto", r"nao recolhid\w*", r"dados (?:\w+ ){0,3}introduzid\w*"),
    }),
    ("available_for_pickup", {
        "es": (r"entregad\w* en (?:\w+ )?parcel ?shop", r"recoger(?:a|an) en (?:la |el )?(?:nave|oficina|delegacion|agencia|almacen)"),
        "pt": (r"retid[oa] para levantamento", r"(?:espera|aguarda)\w* (?:de )?levantamento", r"levantamento na loja",
               r"chegada ao ponto de (?:entrega|recolha|levantamento)"),
    }),
    ("out_for_delivery", {
        "pt": (r"carregad[oa] no veiculo de entrega", r"no decorrer do dia"),
    }),
    ("lost", {
        "es": (r"destruid[oa]s?", r"hurto", r"^perdida$"),
        "pt": (r"destruid[oa]s?",),
    }),
    ("damaged", {
        "pt": (r"danos (?:no|na|em|ao) (?:envio|volume|objeto|encomenda|mercadoria)", r"danos (?:(?:a|na) )?chegada", r"molhad[oa]s?", r"amolgad[oa]s?", r"amassad[oa]s?", r"derramad[oa]s?", r"mercadoria partida"),
    }),
    ("exception", {
        "es": (r"faltan? (?:de )?(?:expedicion|bultos?|datos|albaran\w*|documenta\w*|tiempo)", r"pendiente(?: de)? datos",
               r"sin tiempo (?:para|por)", r"contactando (?:con )?(?:el )?destinatario",
               r"mal (?:documentad|embalad|transitad|canalizad|encaminad)\w*", r"^festivo$", r"no enlaza", r"masivo\w*",
               r"tiempo (?:de )?espera (?:excesiv|excedid)\w*", r"excedid\w* (?:el )?tiempo (?:de )?espera",
               r"(?:transito|retraso|parad\w*|detenid\w*) por averia", r"averia (?:del? )?(?:clasificador|camion|furgoneta)", r"telefono (?:incorrecto|erroneo|equivocado)",
               r"cita previa", r"mercancia\w* peligros\w*", r"(?:mercancia|producto)s? (?:restringid|prohibid)\w*", r"sin servicio",
               r"(?:espera|pendiente) de autorizacion", r"error (?:de |en )?(?:asignacion|ruta)\w*", r"expedicion incompleta",
               r"reembolso erroneo", r"paralizad[oa]\w*", r"(?:envio|bulto|paquete) no identificado", r"recibid\w* tarde",
               r"sin hueco"),
        "pt": (r"retencao", r"procedimentos declarativos", r"errado encaminhamento", r"encaminhamento errado", r"mal canalizad\w*",
               r"local interdito", r"(?:chegada|rece(?:p)?cao) fora d[eo] (?:tempo|horario)", r"perdeu (?:o )?ciclo",
               r"(?:documentacao|documentos) em falta", r"falta de (?:msg|mensagem|documenta\w*)", r"em averiguacao",
               r"reembala\w*", r"conteudo proibido", r"forca maior", r"fora de formato",
               r"aguarda\w* (?:a )?(?:decisao|inst(?:rucoes|rucao)?)\b", r"sem tentativa de entrega", r"remessa incompleta",
               r"rota (?:incorrect|errad|mal atribuid)\w*", r"plataforma errad\w*",
               r"^atras[oa]\w*", r"avaria atraso", r"atraso (?:na|no|do|da) (?:chegada|voo|transporte|rota|arrasto|expedicao)"),
    }),
    ("delivery_failed", {
        "es": (r"no acepta (?:la |el )?(?:expedicion|envio|paquete|mercancia|p debido|porte|reembolso|entrega)",
               r"fuera (?:de )?horario comercial", r"no tiene dinero", r"destinatario no recepciona"),
        "pt": (r"^(?:endereco|morada) (?:incorrect|errad|insuficient|incomplet)\w*", r"pagamento indisponivel", r"recusa de pagamento",
               r"entrega impossivel", r"impossivel localizar", r"destinatario encerrad\w*", r"destinatario em greve",
               r"caixa de correio inacessivel"),
    }),
    ("returned", {
        "pt": (r"devolver ao (?:expedidor|remetente)",),
    }),
    ("in_transit", {
        "es": (r"recanaliza\w*", r"^en (?:el )?aeropuerto$", r"transito maritimo", r"tramo (?:de )?(?:origen|destino)", r"en arrastre",
               r"nuevo reparto", r"redestinad[oa]"),
        "pt": (r"recanaliza\w*", r"recolhid[oa]s?(?! pel[oa] (?:cliente|destinatario))", r"recolha (?:realizada|efetuada|efectuada|concluida)", r"(?:encomenda|volume|envio|objeto|entrada) (?:em|no) armazem",
               r"reagendamento", r"alteracao (?:da |de )?(?:morada|data|endereco)", r"nao saiu para (?:a )?(?:distribuicao|entrega)",
               r"rota re ?atribuid\w*", r"(?:objecto|objeto|envio|volume|encomenda) aceite", r"saida para (?:o )?agente", r"sai do pais", r"distribuicao no (?:dia seguinte|proximo dia)",
               r"(?:recepcionad\w*|rececionad\w*|saida) (?:em|de|do) deposito", r"expedicao do posto"),
    }),
    ("out_for_delivery", {
        "pt": (r"em distribuicao",),
    }),
    # Italian event words of Poste Italiane's Poste Delivery Business and Cerca spedizioni, SDA, GLS Italy and the
    # Italian renderings of USPS, China Post and UPS events (twenty-third round, a). Tracking or data "not available"
    # is no pickup, an invalid code no information; an item collected "in digitale" is delivered, not picked up; a
    # customs check concluded moves on; storage "da svincolare" awaits the sender's release; a recipient who cannot be
    # identified or found fails the delivery; an order or shipment created, processed or with its acceptance pending
    # is not yet with the carrier; a handover to air transport and a parcel processed through a facility move on.
    ("unknown", {
        "it": (r"(?:tracciatura|tracciamento|tracking|informazion\w*) (?:\w+ ){0,3}non (?:e |sono )?(?:ancora )?disponibil\w*",
               r"^codice (?:di |della )?(?:spedizione |tracciamento |tracking )?non (?:e )?(?:valido|riconosciuto)"),
    }),
    ("delivered", {
        "it": (r"ritirat\w* in (?:modalita )?digitale",),
    }),
    ("exception", {
        "it": (r"da svincolare",),
    }),
    ("delivery_failed", {
        "it": (r"destinatari\w* (?:\w+ )?non (?:e |era |risulta )?(?:individuabil|identificabil|rintracciabil|localizzabil)\w*",),
    }),
    ("info_received", {
        "it": (r"accettazione (?:del |della )?(?:pacco|spedizione|invio|collo|articolo) in (?:sospeso|attesa)",
               r"ordine (?:\w+ )?(?:creat|generat|elaborat)\w*"),
    }),
    ("out_for_delivery", {
        "it": (r"fuori per (?:la )?consegna",),
    }),
    ("in_transit", {
        "it": (r"(?:verific|controll|ispezion)\w* doganal\w* (?:conclus|complet|terminat|superat|eseguit)\w*",
               r"(?:spedizione|pacco|invio|collo|oggetto) (?:e )?in (?:stato|fase|corso) di lavorazione",
               r"consegnat\w* (?:al|alla|allo|a) (?:\w+ )?(?:trasporto aereo|compagnia aerea|vettore aereo|volo)",
               r"(?:elaborat|trasformat|lavorat)\w* (?:per|attraverso|presso|in|nel|nella|nell) (?:la |il |lo |l )?"
               r"(?:\w+ )?(?:struttura|impianto|centro|hub|deposito|magazzino|filiale)\w*"),
    }),
)
