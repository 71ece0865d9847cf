"""Italian, Spanish and Portuguese read by grammar and meaning, third pass (twenty-sixth round, c): the terse
operational codes of Italian couriers and posts (storage causes, "zona disagiata", "merce non conforme",
"richiesto appuntamento"), the hand-overs inside the network that name a carrier, an airline or a partner
rather than a depot, a pickup from the sender that is still to come or failed, and a refund that says nothing
of the parcel.

ROMANCE_3_FIRST_STEPS, tried just before status_phrases_meaning_romance_2's first steps, correct a broad word
that would decide against the sentence around it:

- a refund alone ("Devolución del importe realizada", "Estorno realizado") is no return: nothing about the parcel;
- a delivery verb with a carrier, a partner, an airline or the network as its object ("consegnato al partner
  estero", "entregado a la compañía aérea", "entregue aos Correios") is a hand-over, still on the way, and one
  with a doorman or a neighbour as its subject ("recebido pelo porteiro") a delivery;
- "preso in consegna" is taken in charge, and "in consegna domani" still to come: neither is the round;
- a pickup from the sender still to come ("il corriere ritirerà il pacco presso il mittente", "el mensajero
  pasará a recoger", "o motorista vai coletar") or failed ("Intento de recogida fallido", "Coleta não
  realizada"): the parcel is not yet with the carrier;
- a shipment stopped, not received at the depot, or a vehicle broken down ("avaria no veículo") is a hold,
  not a movement nor damaged goods; a smart letterbox ("buzón inteligente") waits for the recipient.

ROMANCE_3_LATE_STEPS, tried just before status_phrases_meaning_romance_2's late steps (after every broad word),
only read what nothing else reads: Italian codes for a hold or a failed attempt, labels, waybills and manifests
made, the round named by the driver's tour, Spanish and Portuguese failed attempts told by the telephone or an
unpaid cash on delivery, holds told by an address check or an appointment to arrange, and pickups done.

The fourth pass (round 27) adds groups to both tuples. First: an SMS, an e-mail or a notice "consegnato" or
"no entregado" is the message, not the parcel; a delivery missed for the carrier's own cause ("MANCATA CONSEGNA
PER SCIOPERO", "Entrega não realizada por greve", "Livraison impossible : intempéries", a van broken down,
"MEZZO IN AVARIA") is a hold; a refusal outweighs the damaged packaging named as its reason; packaging broken
with the goods intact is a check and broken goods are damaged whatever leg they broke on; a parcel "devuelto a
la delegación" is still in the network, or a failed attempt when a reason follows; "livré à l'agence" moves on;
an order "preso in carico" by a warehouse, a notice of shipment received, a parcel "pendiente de entregar al
transportista" are only data; the recipient without the cash on delivery's money fails the attempt; a storage
for cash on delivery, closure or an appointment, stored at or not arrived at the depot, held for a missing
address or papers, customs release awaited are holds; handed to the driver, minutes away (Italian and French
share "arrivera") are the round; collected at a pickup point or "Recebido por" a person is delivered. Late:
BRT-style terse codes ("GIACENZA", "ATTESA DISPOSIZIONI", "RICHIESTA CORREZIONE INDIRIZZO", "DIFFERENZA COLLI",
"CITOFONO NON RISPONDE", "CAP ERRATO", "DEST. NON ACCETTA"), Spanish and Portuguese holds, failed attempts,
data, the round and moves nothing else reads.

Written by the team from the languages' grammar to DESIGN §4's statuses (tests/test_status_meaning_romance_3.py
and _4 hold the examples); no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Whom a parcel is handed to inside the network: a carrier, a partner, an airline, a post, a depot. A word
# naming the recipient, a neighbour or a doorman between the verb and the place keeps the delivery.
_NOT_A_PERSON = r"(?:(?!destinatari|client|vicin|vecin|vizinh|portier|portaria|porteiro|conserj|titular|caixa|buzon)\w+ ){0,2}"
# A pickup point, a locker or a letterbox named after the carrier ("a una sede UPS Access Point") waits for the recipient.
_NOT_FOR_PICKUP = (r"(?!.*\b(?:access point|punto|point|locker|fermopoint|ufficio postale|parcel ?shop|citypaq|buzon|"
                   r"ponto|cacifo|caixa|pickup|oficina|lista)\b)")
_IT_NETWORK = (r"(?:partner|poste italiane|sda|brt|gls|dhl|ups|tnt|fedex|nexive|vettore|compagnia aerea|linea aerea|"
               r"filiale|hub|deposito|centro|magazzino)\b")
_ES_NETWORK = (r"(?:compania aerea|aerolinea|linea aerea|transporte internacional|operador\w*|correos|transportista|"
               r"colaborador\w*|partner|agencia|delegacion|plataforma|nave)\b")
_PT_NETWORK = (r"(?:companhia aerea|linha aerea|correios|ctt|parceir\w*|operador\w*|transportador\w*|"
               r"transporte internacional|unidade)\b")
_DAY_AFTER = r"(?:domani|dopodomani|lunedi|martedi|mercoledi|giovedi|venerdi|sabato)"

ROMANCE_3_FIRST_STEPS: tuple[Step, ...] = (
    # Round 27. An SMS, an e-mail or a notice "delivered" or "not delivered": the message, not the parcel.
    ("unknown", {
        "it": (r"^(?:sms|e ?mail|mail|notifica|messaggio|avviso)(?: \w+){0,3} (?:non )?(?:consegnat|recapitat|inviat)\w*$",),
        "es": (r"^(?:sms|e ?mail|correo|notificacion|mensaje|aviso)(?: \w+){0,3} (?:no )?(?:entregad|enviad)\w*$",),
        "pt": (r"^(?:sms|e ?mail|notificacao|mensagem|aviso)(?: \w+){0,3} (?:nao )?(?:entregue|enviad)\w*$",),
        "fr": (r"^(?:sms|e ?mail|courriel|notification|message)(?: \w+){0,3} (?:non )?(?:livre|delivre|remis|envoye)\w*$",),
    }),
    # A delivery that failed for the carrier's own reason (a strike, the weather, traffic, a vehicle
    # broken down), or a van broken down: the carrier's problem, not an attempt at the door.
    ("exception", {
        "it": (r"(?:mancata consegna|consegna (?:\w+ )?non (?:effettuat|eseguit|possibil|riuscit)\w*) (?:\w+ ){0,3}"
               r"(?:sciopero|maltempo|meteo\w*|neve|nevicat\w*|alluvion\w*|traffico|ritardo|avaria|guasto|festivita)\b",),
        "pt": (r"entrega (?:\w+ )?(?:nao (?:realizad|efetuad|efectuad)\w*|adiad\w*) (?:\w+ ){0,3}"
               r"(?:greve|chuva\w*|intemperies|tempestade|enchente\w*|avaria|acidente|atraso)\b",),
        "fr": (r"livraison (?:impossible|non effectuee|reportee|annulee) (?:\w+ ){0,4}"
               r"(?:greve|intemperies|meteo\w*|neige|inondation\w*|panne|accident|retard)\b",
               r"(?:vehicule|camion|camionnette|fourgon) (?:\w+ )?(?:en panne|accidente\w*)"),
    }),
    # A refusal outweighs the damaged packaging given as its reason.
    ("delivery_failed", {
        "es": (r"(?:rechaz|rehus)\w* (?:\w+ ){0,4}(?:embalaje|caja|danad\w*|deteriorad\w*|rot[oa])\b",),
        "pt": (r"recus\w* (?:\w+ ){0,4}(?:embalagem|avaria|danificad\w*|avariad\w*)\b",
               r"(?:embalagem|volume) (?:\w+ )?(?:danificad|avariad)\w* (?:\w+ ){0,3}recus\w*"),
        "fr": (r"refus\w* (?:\w+ ){0,4}(?:emballage|abime|endommage|casse|deteriore)\w*",
               r"(?:emballage|colis) (?:\w+ )?(?:abime|endommage|deteriore|casse)\w* (?:\w+ ){0,3}refus\w*"),
    }),
    # Broken goods, whatever leg they broke on; packaging broken with the goods intact is a check.
    ("exception", {
        "es": (r"(?:embalaje|caja|envoltorio) (?:\w+ ){0,2}(?:rot|danad|deteriorad|abiert)\w* (?:\w+ ){0,3}(?:mercancia|contenido|producto) "
               r"(?:\w+ ){0,2}(?:en buen estado|intact[oa]|sin danos|correct[oa])",),
    }),
    ("damaged", {
        "es": (r"(?:mercancia|contenido|producto|articulo)s? (?:\w+ )?(?:rot|danad|deteriorad)[oa]s?\b(?!.*\b(?:revision|verificacion|comprobacion)\b)",),
    }),
    # Back at a depot for a failed attempt's reason: the attempt failed; with no reason it is still in the network.
    ("delivery_failed", {
        "es": (r"devuelt[oa]s? (?:a|al|en) (?:la |el )?(?:delegacion|agencia|almacen|plataforma|nave|centro)\b (?:por|tras|despues)\b"
               r"(?!.*\b(?:remitente|origen)\b)",),
        "fr": (r"retourne\w* (?:a l |au |a la |en )(?:depot|agence|entrepot|plateforme|site)\b(?!.*\bexpediteur\b)"
               r"(?=.*\b(?:absent|echec|ferme|refus|introuvable|incomplete|inconnu|impossible)\w*)",),
        "pt": (r"devolvid[oa]s? (?:a|ao|para a|para o) (?:unidade|centro|agencia|base|armazem|deposito)\b (?:por|apos|depois)\b"
               r"(?!.*\b(?:remetente|origem)\b)",),
    }),
    ("in_transit", {
        "es": (r"devuelt[oa]s? (?:a|al|en) (?:la |el )?(?:delegacion|agencia|almacen|plataforma|nave|centro)\b(?!.*\b(?:remitente|origen)\b)",),
        "pt": (r"devolvid[oa]s? (?:a|ao|para a|para o) (?:unidade|centro|agencia|base|armazem|deposito)\b(?!.*\b(?:remetente|origem)\b)",),
        "fr": (r"(?<!non )(?<!pas )livre\w* (?:a l |au |a la |en )(?:agence|entrepot|plateforme|hub|centre de tri|centre de distribution)\b",),
    }),
    # On the way to a pickup from the sender: not yet with the carrier.
    ("info_received", {
        "pt": (r"a caminho (?:da|para a) (?:coleta|recolha)",),
    }),
    # A refund alone, the whole text: nothing about the parcel.
    ("unknown", {
        "es": (r"^devolucion del? (?:importe|dinero|pago|reembolso)(?: \w+){0,3}$",),
        "pt": (r"^(?:devolucao do (?:valor|dinheiro|pagamento)|estorno|reembolso)(?: \w+){0,3}$",),
        "it": (r"^rimborso(?: \w+){0,4}$",),
    }),
    # A pickup from the sender that failed or is still to come: the carrier does not have the parcel yet.
    ("info_received", {
        "it": (r"(?:ritiro|presa in carico) (?:\w+ ){0,4}(?:non (?:riuscit|effettuat|avvenut|eseguit)|fallit)\w*",
               r"mancat[oa] (?:ritiro|presa in carico) (?:presso|dal|dalla) (?:il |la |l )?(?:mittente|venditore|negozio)",
               r"(?:corriere|vettore|autista|fattorino|incaricato) (?:\w+ )?(?:passera a ritirar\w*|ritirera|verra a ritirar\w*)",
               r"in attesa (?:del |di |della )?(?:ritiro|presa in carico) (?:\w+ ){0,2}(?:presso|dal|dalla|del|da parte del) "
               r"(?:il |la |l )?(?:mittente|venditore|negozio|corriere|vettore)\b",
               r"in attesa di essere (?:consegnat|affidat)\w* (?:al|allo) (?:\w+ )?(?:corriere|vettore|trasportatore)",
               r"pre ?notific\w*"),
        "es": (r"(?:recogida|intento de recogida) (?:\w+ ){0,3}(?:fallid|no realizad|no efectuad|sin exito)\w*",
               r"(?:recogida|recoger) no se (?:ha )?(?:podido|pudo) (?:realizar|efectuar|hacer)",
               r"(?:mensajero|repartidor|transportista|conductor|courier|agencia) (?:\w+ )?(?:pasara|pasaran|ira|vendra) a recoger",
               r"manifiesto (?:\w+ )?(?:enviad|transmitid|generad|cread)\w*",
               r"(?:hemos|han) recibido (?:tu|su) (?:pedido|orden|compra)",
               r"list[oa] para (?:ser )?(?:enviad|despachad|expedid)\w*"),
        "pt": (r"(?:coleta|recolha) (?:\w+ )?(?:nao (?:realizad|efetuad|efectuad|concluid)|sem sucesso|falhad|frustrad)\w*",
               r"(?:tentativa de )?(?:coleta|recolha) (?:\w+ ){0,2}sem sucesso",
               r"(?:aguardando|aguarda|a aguardar) (?:a |o )?(?:transportadora|motorista|correios|estafeta|transportador) "
               r"(?:\w+ )?(?:coletar|recolher|retirar|buscar)",
               r"(?:vai|ira|vamos|irao|vao) (?:\w+ )?(?:coletar|recolher|buscar)\b"),
    }),
    # Handed inside the network, not to the recipient; "preso in consegna" is taken in charge.
    ("in_transit", {
        "it": (r"(?<!non )(?<!non e stato )(?<!ancora )consegnat\w* (?:al|allo|alla|a|ai|all|in) " + _NOT_A_PERSON + _IT_NETWORK + _NOT_FOR_PICKUP,
               r"pres[oaie] in consegna", r"in consegna (?:per )?" + _DAY_AFTER),
        "es": (r"(?<!no )(?<!no ha sido )(?<!no fue )(?<!aun no )entregad\w* (?:a|al|a la|en|en la|en el) " + _NOT_A_PERSON + _ES_NETWORK + _NOT_FOR_PICKUP,
               r"(?:remitente|vendedor|tienda|expedidor) (?:ha |han )?(?:dejado|depositado|entregado|llevado) (?:\w+ ){0,3}"
               r"(?:en|a) (?:la |el )?(?:oficina|punto|tienda|agencia|delegacion|locker)"),
        "pt": (r"(?<!nao )(?<!nao foi )(?<!nao sera )entregue\w* (?:a|ao|aos|as|na|no|para a|para o) " + _NOT_A_PERSON + _PT_NETWORK + _NOT_FOR_PICKUP,),
    }),
    # Received by a doorman, a neighbour or a receptionist: delivered.
    ("delivered", {
        "pt": (r"recebid[oa]s? pel[oa] (?:porteiro|portaria|zelador|vizinh[oa]|recepcao|rececionista|recepcionista|seguranca|familiar)",),
    }),
    # Stopped at or not received by a depot, a vehicle broken down: a hold.
    ("exception", {
        "it": (r"(?:respint|rifiutat)\w* (?:in|dalla|alla|presso la) dogana",),
        "es": (r"mal clasificad\w*",
               r"(?:envio|paquete|pedido|mercancia|bulto|expedicion) (?:\w+ )?(?:detenid|parad|paralizad|bloquead)[oa]s?",
               r"(?:envio|paquete|bulto|mercancia|expedicion) no (?:\w+ )?(?:recibid|llegad)[oa] (?:a|al|en) (?:la |el )?"
               r"(?:delegacion|plataforma|centro|almacen|agencia|nave)"),
        "pt": (r"avaria (?:no|do|na|da) (?:veiculo|viatura|camiao|carrinha|caminhao|sistema)",
               r"(?:entrega|envio) (?:\w+ )?(?:reagendad|remarcad|adiad)[oa] (?:pel[oa]|por) (?:transportadora|correios|ctt|motorista)"),
    }),
    # The round: leaving for the delivery round.
    ("out_for_delivery", {
        "es": (r"salida (?:a|para|de|en) (?:el )?reparto",),
    }),
    ("available_for_pickup", {
        "es": (r"buzon inteligente",
               r"(?:almacenad|depositad|guardad)\w* (?:\w+ ){0,4}a disposicion del (?:destinatario|cliente)"),
    }),
    # Round 27. An order or a shipping notice taken in or received: the seller's side, no parcel with the
    # carrier yet; a parcel not yet handed to the carrier.
    ("info_received", {
        "it": (r"(?:notifica|avviso|preavviso|comunicazione) (?:di |della )?spedizione ricevut\w*",
               r"ordine (?:\w+ ){0,3}pres[oa] in carico"),
        "es": (r"(?:aviso|notificacion|datos|informacion|confirmacion) de (?:la )?(?:expedicion|envio|pedido) recibid\w*",
               r"pendiente de entregar (?:al|a la|a) (?:transportista|mensajer\w*|agencia|operador\w*|correos)\b",
               r"(?:aun|todavia) no (?:ha sido |se ha |fue )?entregad\w* (?:al|a la|a) (?:transportista|mensajer\w*|agencia|operador\w*|correos)\b"),
    }),
    # The recipient has not the cash on delivery's money: the attempt at the door failed.
    ("delivery_failed", {
        "it": (r"(?:destinatari|client)\w* (?:\w+ )?non (?:ha|dispone|aveva|disponeva|possiede)\w* (?:\w+ ){0,4}"
               r"(?:contrassegno|importo|soldi|denaro|contanti)\b",),
        "es": (r"(?:destinatario|cliente) (?:\w+ )?no (?:tiene|tenia|dispone|disponia|lleva|llevaba)\w* (?:\w+ ){0,4}"
               r"(?:importe|dinero|efectivo|cambio|reembolso)\b",),
    }),
    # The carrier's problem: a vehicle broken down ("avaria" of a van is no damaged goods), a storage for
    # a cause, storage at the depot, a parcel that never reached the depot or is held for a reason, a
    # fiscal inspection, customs release awaited.
    ("exception", {
        "it": (r"(?:mezzo|veicolo|furgone|camion|automezzo|bilico) (?:\w+ )?(?:in avaria|guast\w*|in panne)",
               r"(?:avaria|guasto) (?:al|del|dell|sul|all) (?:\w+ )?(?:mezzo|veicolo|furgone|camion|automezzo|bilico)",
               r"giacenza (?!.*\b(?:ufficio postale|punto|locker|fermopoint)\b)(?:\w+ ){0,2}"
               r"(?:contrassegn|chiusur|ferie|appuntament|dati)\w*"),
        "es": (r"almacenad[oa]s? (?:en|a) (?:la |el )?(?:delegacion|almacen|nave|plataforma|agencia|deposito)\b"
               r"(?!.*\b(?:a disposicion|para (?:su )?recogida|recoger)\b)",
               r"(?:no|aun no|todavia no) (?:ha|han) llegad[oa]s? (?:a|al|en) (?:la |el )?(?:delegacion|plataforma|centro|almacen|agencia|nave|oficina)\b",
               r"(?:almacen|delegacion|deposito|nave) (?:\w+ )?pendiente de (?:solucion|instrucciones|resolucion|gestion)",
               r"retenid[oa]s? (?:\w+ )?(?:por|debido a|a causa de) (?:la |una |el |un )?(?:direccion|datos|falta|documentacion|incidencia|error)\b"),
        "pt": (r"em analise (?:pela |na |da )?(?:fiscalizacao|alfandega|receita|aduana)",
               r"aguard\w* (?:a )?libera\w* (?:aduaneira|alfandegaria|da alfandega|pela alfandega|pela receita)"),
    }),
    # Handed to the driver or the postman for the delivery, or minutes away: the round. "arrivera" is
    # Italian and French alike; with minutes counted it is today's round in both.
    ("out_for_delivery", {
        "it": (r"affidat\w* (?:al |all |allo )(?:autista|postino|portalettere|fattorino|driver) (?:\w+ )?per (?:la )?consegna",
               r"(?:arrivera|arriva) (?:\w+ )?(?:tra|fra) \d+ ?(?:minuti|min)\b"),
        "fr": (r"(?:arrivera|arrive) (?:\w+ )?dans \d+ ?(?:minutes?|min|mn)\b",),
        "es": (r"(?:llegara|llega) (?:\w+ )?en \d+ ?(?:minutos|min)\b",),
        "pt": (r"(?:chegara|chega) (?:\w+ )?em \d+ ?(?:minutos|min)\b",),
    }),
    # Collected by the recipient at a pickup point, or received by a named person: delivered.
    ("delivered", {
        "it": (r"(?<!non )(?<!non e stato )ritirat[oaie] (?:\w+ )?(?:presso|al|dal|nel|in|all) (?:il |la |l |lo )?"
               r"(?:punto (?:di )?ritiro|punto poste|fermopoint|locker|ufficio postale|parcel ?shop)"
               r"(?!.*\b(?:corriere|vettore|autista|mittente)\b)",),
        "pt": (r"^recebid[oa] por (?!.*\b(?:engano|erro|unidade|centro|transportadora|agencia|correios|ctt|hub|armazem|base|"
               r"parceir\w*|transferencia|pix|boleto|cartao|deposito|pagamento|devolucao|remetente|fiscalizacao|alfandega|receita)\b)"
               r"(?:\w+ ?){1,4}$",),
    }),
)

ROMANCE_3_LATE_STEPS: tuple[Step, ...] = (
    # Italian codes for a hold: nonconforming goods, an appointment to arrange, a remote area, a blocked or
    # surplus parcel, missing papers.
    ("exception", {
        "it": (r"(?:merce|collo|colli|pacco|spedizione|imballo|contenuto) non conform\w*",
               r"(?:richiest\w* |in attesa (?:di |dell )?|necessari\w* |fissare (?:un )?|da fissare (?:l )?)appuntamento",
               r"appuntamento (?:\w+ )?(?:richiest|da fissare|da concordare|da prendere)\w*",
               r"(?:zona|localita|area) (?:\w+ )?disagiat\w*",
               r"mancanza (?:di |dei |della |delle )?(?:document|fattur|dati|dichiarazion)\w*", r"in eccedenza",
               r"blocco (?:della |di )?(?:spedizione|consegna|merce|pacco)", r"fuori (?:zona|area)\b"),
        "es": (r"(?:direccion|domicilio) (?:\w+ )?en (?:revision|verificacion|comprobacion)",
               r"(?:pendiente de|a la espera de|en espera de) (?:concertar|acordar|fijar|programar) (?:una |la )?(?:cita|fecha|hora)",
               r"pendiente de (?:liberacion|despacho|autorizacion) (?:\w+ )?aduan\w*",
               r"(?:confirmacion|verificacion|validacion|correccion) de (?:la )?(?:direccion|domicilio)",
               r"danos? (?:en|de|del) (?:el |la )?(?:embalaje|envoltorio|caja)(?=.*\b(?:revision|revisando|verificacion|comprobacion|peritaje)\b)"),
        "pt": (r"(?:envio|encomenda|objeto|pedido|volume) (?:\w+ )?em analise", r"irregularidade\w*",
               r"ocorrencia (?:com|na|no) (?:a |o )?(?:encomenda|objeto|envio|pedido|entrega)",
               r"(?:envio|encomenda|objeto|pedido) (?:\w+ )?em espera$",
               r"falta de (?:documentos|documentacao|fatura|nif|cpf)\b"),
    }),
    # Italian failed attempts told by codes: a business ceased, a refusal at acceptance, a new day the
    # recipient asked for, an attempt without result; Spanish and Portuguese by the telephone or unpaid cash.
    ("delivery_failed", {
        "it": (r"(?:ditta|azienda|attivita|esercizio|negozio) (?:\w+ )?cessat\w*", r"mancata accettazione",
               r"(?:destinatari|client)\w* (?:ha |hanno )?(?:chiest|richiest)\w* (?:\w+ ){0,3}(?:riconsegn|altro giorno|altra data|"
               r"nuova consegna|rinvi|posticip)\w*",
               r"(?:consegna|tentativ\w*) (?:\w+ ){0,2}(?:senza esito|con esito negativo)",
               r"nominativo (?:\w+ )?(?:sconosciut|inesistent|errat|non present)\w*"),
        "es": (r"(?:destinatario|cliente) (?:\w+ )?(?:no localizable|ilocalizable|no localizado)",
               r"no (?:responde|contesta|coge)\w* (?:al |el |a las )?(?:telefono|movil|llamad\w*|interfono|timbre|portero)",
               r"(?:destinatario|cliente) (?:\w+ )?no (?:abona|paga|pago|abono|quiere pagar|puede pagar)\w* (?:el |los |la )?"
               r"(?:reembolso|importe|contra ?reembolso|portes|cobro)"),
        "pt": (r"nao (?:atende|atendeu|responde|respondeu) (?:o |ao |a )?(?:telefone|telemovel|celular|chamada\w*|interfone|campainha)",
               r"(?:destinatari|client)\w* (?:\w+ )?nao (?:atendeu|atende|respondeu|abriu)\b"),
    }),
    # Labels, waybills, manifests and data made before the carrier has the parcel.
    ("info_received", {
        "it": (r"bordero (?:\w+ )?(?:trasmess|inviat|ricevut|generat|stampat)\w*",
               r"pront[oaie] per (?:la )?(?:spedizione|partenza)",
               r"segnacoll\w* (?:\w+ )?(?:creat|generat|stampat|emess|assegnat)\w*",
               r"^(?:in )?attesa (?:della )?merce\b",
               r"etichett\w* (?:\w+ )?(?:creat|generat)\w*"),
        "pt": (r"pre ?regist\w*",),
        "es": (r"datos (?:\w+ ){0,3}(?:transmitid|enviad|comunicad)\w*",
               r"albaran (?:\w+ )?(?:generad|cread|emitid|impres)\w*",
               r"orden (?:de (?:envio|recogida|compra) )?(?:generad|cread|registrad)\w*",
               r"codigo de (?:envio|seguimiento) (?:\w+ )?(?:asignad|generad|cread)\w*", r"registro de (?:los )?datos"),
    }),
    # The round: the driver's tour, the courier carrying the parcel, a delivery round today.
    ("out_for_delivery", {
        "it": (r"giro (?:di |per (?:la |le )?)consegn\w*",),
        "es": (r"(?:repartidor|mensajero|conductor|transportista) (?:ya )?(?:lleva|tiene) (?:tu|su|el) (?:paquete|pedido|envio)",
               r"(?:asignad|cargad|incluid)\w* (?:a|en) (?:la )?ruta de (?:reparto|entrega)", r"ruta de reparto",
               r"(?<!no hay )reparto (?:previsto )?(?:para )?hoy",
               r"camino (?:de|a|hacia) (?:tu|su) (?:casa|domicilio|direccion)"),
    }),
    # Moving: a pickup from the sender done, accepted at a post office, loaded on a linehaul vehicle, a day named.
    ("in_transit", {
        "it": (r"(?<!prenotazione )(?<!richiesta )(?<!richiesta di )ritiro (?:\w+ ){0,3}(?:effettuat|eseguit|avvenut|completat)\w*"
               r"(?!.*\b(?:destinatari\w*|client\w*|punto|ufficio postale|locker|fermopoint)\b)",
               r"(?<!mancata )(?<!non )accettazion\w*",
               r"riconsegna (?:\w+ )?(?:programmat|previst|pianificat|fissat)\w*"),
        "es": (r"(?:va|van|esta|estan|sigue|siguen) camino (?:de|a|hacia)\b", r"pendiente de (?:entrega|reparto)$",
               r"cargad[oa]s? en (?:el )?(?:camion|contenedor|avion|vuelo|trailer)(?! de (?:reparto|entrega))",
               r"(?:reparto|entrega) (?:previst|programad|estimad)[oa]",
               r"(?:esta|llego|se encuentra) (?:ya )?en (?:tu|su) (?:ciudad|localidad|provincia|pais)\b"),
        "pt": (r"chega(?:ra)? (?:na |no |em |ate )?(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|amanha)\b",
               r"(?:coleta|recolha) (?:\w+ )?(?:realizad|efetuad|efectuad|concluid)[oa](?!.*\b(?:destinatari|client)\w*)",
               r"carregad[oa]s? (?:no|na|em) (?:camiao|caminhao|contentor|container|aviao|voo)",
               r"(?:aguardando|aguarda|a aguardar) (?:a )?entrega$",
               r"saida (?:para|do|da|de) (?:a )?(?:cidade|unidade|centro|pais|hub|armazem)"),
    }),
    # Round 27. Italian, Spanish and Portuguese problems in terse words: a bare storage, instructions or an
    # address correction asked, a count that differs, a road cut, a label unreadable, data awaited.
    ("exception", {
        "it": (r"^giacenza$", r"(?:richiest\w*|chiest\w*|sollecitat\w*) (?:di |le |delle )?(?:istruzion|disposizion)\w*",
               r"(?:richiesta|in attesa di|attesa) (?:\w+ )?(?:correzion|rettific|verific|conferm|integrazion)\w* "
               r"(?:dell |di |del |dei |della )?(?:indirizz|recapit|dati)\w*",
               r"in attesa (?:di |della )?conferma (?:dell |di |del )?appuntamento",
               r"differenza (?:\w+ )?(?:colli|peso|quantita|pezzi)\b", r"ammanco\b",
               r"(?:strada|strade|viabilita|percorso) (?:\w+ )?(?:interrott|impraticabil|inagibil)\w*"),
        "es": (r"bultos? (?:\w+ )?(?:incomplet|faltant|de menos|de mas)\w*",
               r"etiqueta (?:\w+ )?(?:ilegible|danada|despegada|incorrecta|erronea)\w*",
               r"(?:en espera|a la espera|pendiente) de (?:\w+ )?datos (?:del|de la) (?:destinatario|cliente)",
               r"(?:pendiente de|a la espera de|en espera de) (?:concertar|acordar|fijar|programar) (?:la |una )?(?:entrega|reparto)",
               r"deposito aduanero"),
        "pt": (r"(?:volume|item|caixa|pacote)s? (?:\w+ )?(?:faltante|em falta|a menos)\w*",
               r"divergencia (?:de |nos |na |no |em )?(?:volumes|quantidade|peso|itens)"),
    }),
    # Italian failed attempts: a business closed, nobody at the intercom, no name at the bell, the second
    # attempt failed, a wrong postcode, a recipient who asks for another day or will not accept it; Spanish
    # and Portuguese: not done for an absence, closed in delivery hours, no access for the courier.
    ("delivery_failed", {
        "it": (r"chiusura (?:aziendale|per ferie|per turno|settimanale|esercizio|attivita|negozio|ditta|uffici?o?|per inventario)\b",
               r"(?:citofono|campanello) (?:\w+ )?non (?:risponde|funzion)\w*",
               r"nessuno (?:\w+ )?(?:risponde|ha risposto|apre|ha aperto|in casa|al citofono|al campanello)\b",
               r"(?:manca|mancante|senza|nessun|assente) (?:il )?(?:nome|nominativo) (?:sul|sulla|al|alla) (?:campanello|citofono|cassetta|porta|buca)",
               r"(?:primo|secondo|terzo|ultimo) tentativo (?:\w+ )?(?:fallit|non riuscit|negativ|senza esito)\w*",
               r"(?:cap|codice postale|localita|provincia|comune) (?:\w+ )?(?:errat|inesistent|sbagliat|incongruent)\w*",
               r"(?:destinatari|client)\w* (?:\w+ )?(?:chied|richied)\w* (?:\w+ ){0,3}(?:riconsegn|altro giorno|altra data|nuova consegna|"
               r"rinvi|posticip|consegna in altra)\w*",
               r"(?:destinatari\w*|dest|client\w*) (?:\w+ )?non (?:accetta|ha accettato|vuole|voleva|accettava)\b"),
        "es": (r"no (?:realizad|efectuad|completad)\w* por (?:ausencia|ausente|cierre|rechazo)",
               r"(?:entrega|reparto) (?:\w+ )?(?:aplazad|pospuest|reprogramad)\w* (?:\w+ ){0,2}(?:a|por) (?:peticion|solicitud|pedido) "
               r"del? (?:destinatario|cliente)",
               r"cerrad[oa] (?:en|durante) (?:el )?horario (?:de )?(?:entrega|reparto|comercial)"),
        "pt": (r"sem acesso (?:ao|para o|do|pelo) (?:entregador|carteiro|estafeta|motorista)", r"entrega (?:\w+ )?frustrad\w*",
               r"entrega (?:\w+ )?(?:reagendad|remarcad|adiad)\w* (?:\w+ ){0,2}(?:a|por) (?:pedido|solicitacao) do (?:destinatario|cliente)",
               r"nao (?:encontrou|localizou|achou) (?:o |a )?(?:endereco|destinatario|numero|local|morada)\b"),
    }),
    # Data before the parcel: entered, registered, the goods awaited from the sender, a pre-posting.
    ("info_received", {
        "it": (r"(?:dati|spedizione|ordine|segnacollo|lettera di vettura|etichett\w*) (?:\w+ ){0,2}inserit\w*",
               r"ritiro (?:\w+ ){0,3}(?:previst|programmat|pianificat|prenotat|fissat)\w*"
               r"(?!.*\b(?:punto|locker|ufficio postale|fermopoint|destinatari\w*)\b)"),
        "es": (r"(?:esperando|en espera de|a la espera de|pendiente de recibir) (?:la |el )?(?:mercancia|paquete|envio|bulto|pedido|producto) "
               r"(?:del|de la|por parte del) (?:remitente|vendedor|expedidor|tienda)",
               r"(?:pedido|envio|orden) (?:\w+ ){0,2}se ha registrado"),
        # A pre-posting (the label made before posting), unless it expired or was cancelled unposted.
        "pt": (r"pre ?postage\w*(?! (?:\w+ )?(?:expir|vencid|cancel))", r"aceite pendente"),
    }),
    # The round: set off (again) for the delivery, "consegnerà oggi", "hoy te lo llevamos".
    ("out_for_delivery", {
        "it": (r"(?:ri)?partit[oaie] (?:per la|in|per) consegna\b(?! (?:\w+ )?" + _DAY_AFTER + r")",
               r"(?<!non )consegner(?:a|anno|o|emo) (?:\w+ ){0,4}(?:oggi|in giornata|in mattinata)\b"),
        "es": (r"(?<!no )hoy (?:te |le |os |se )?(?:lo |la |los |las )?(?:llevamos|entregamos|repartimos|llevaremos|entregaremos)\b",
               r"(?:te|le|os) (?:lo|la|los|las) (?:llevamos|entregamos) hoy\b"),
    }),
    # Moving: loaded on a linehaul truck bound for a city, set off again, an appointment agreed, collected
    # by the courier, accepted into the post's network, a parcel on its way.
    ("in_transit", {
        "it": (r"caricat\w* (?:sul|su|nel|sull) (?:\w+ )?(?:camion|bilico|mezzo|automezzo|autoarticolato|container|aereo|volo|linea|treno|nave) "
               r"(?:\w+ )?(?:dirett|per|verso|destinat)\w*(?!.*\bconsegn)",
               r"ripartit[oaie] (?:da|dal|dalla|dallo|dall|verso|per)\b(?! (?:la )?consegna)",
               r"appuntamento (?:\w+ )?(?:concordat|fissat|confermat|programmat)\w*"),
        "es": (r"cita (?:de entrega )?(?:concertad|confirmad|programad|acordad|fijad)\w*",),
        "pt": (r"(?:motorista|transportadora|estafeta|entregador|coletor|carteiro) (?:\w+ )?(?:coletou|recolheu|buscou)\b",
               r"aceite (?:na|no|em) (?:rede|loja|balcao|estacao|centro|agencia)\b",
               r"(?:encomenda|objeto|envio|pedido|pacote|volume)s? (?:ja )?a caminho\b(?! (?:do|para o) (?:remetente|expedidor))"),
    }),
    # Delivered: left in the agreed place, "Repartido"; Correos' poste restante ("En lista") waits.
    ("delivered", {
        "it": (r"lasciat[oaie] (?:\w+ ){0,2}(?:luogo|posto) (?:sicuro|concordat\w*|indicat\w*|convenut\w*)",),
        "es": (r"^(?:envio |paquete |pedido )?repartid[oa]$",),
        "pt": (r"(?<!aviso )deixad[oa]s? (?!aviso)(?:\w+ )?(?:na|no|em) (?:caixa de correio|caixa postal|portaria|porta)\b",
               r"levantad[oa]s? (?:\w+ )?(?:no|na|em) (?:cacifo|loja|ponto|balcao|locker)\b"),
    }),
    ("available_for_pickup", {
        "es": (r"^en lista$",),
    }),
)
