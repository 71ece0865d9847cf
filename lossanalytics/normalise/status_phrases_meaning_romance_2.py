"""Italian, Spanish, Portuguese and Catalan read by grammar and meaning, second pass (twenty-fifth round, b):
the genres and registers the first pass (status_phrases_meaning_romance) did not think of, such as shop and
marketplace e-mails, app notifications, couriers' terse codes ("DEST. ASSENTE", "C/O FILIALE"), the driver's
reasons and the customs broker's requests, and Catalan, which nothing read before.

ROMANCE_2_FIRST_STEPS, tried just before status_phrases_meaning_romance's first steps, correct a broad word that
would decide against the sentence around it:

- Catalan, on words of its own ("lliurat", "repartiment", "recollida", "destinatari", "remitent", "adreça"):
  a parcel going back to the sender, data before the parcel ("pendent de recollida pel transportista"), a hold,
  a wait at an office or point, a failed attempt told by a negated verb ("no s'ha pogut lliurar"), the round
  today, a delivery to come, a hand-over inside the network ("lliurat a la duana") and, last, the delivery;
- a person named with the verb of delivering is not the delivery ("o entregador saiu com seu pacote", "está com
  o entregador": the last leg), nor is a delivery not yet made ("non è stato ancora consegnato");
- the future or a time window today makes the last leg ("hoy entregaremos", "sarà consegnato nel corso della
  giornata", "in consegna, prevista entro le 18", "il corriere è in zona"), the courier's round under way
  ("reparto en curso") too, and a parcel handed to the postman ("affidata al portalettere");
- data or a booking before the carrier has the parcel ("preavviso elettronico", "pre-admitido", "orden de
  recogida", "pedido em processamento", "pendiente de recogida por SEUR", "a transportadora ainda não recebeu");
- holds the broad movement words would take ("errato smistamento", "giacenza c/o filiale", a damaged parcel
  awaiting its check, a parcel sent to the wrong depot, duties or a document awaited at customs, "objeto não
  chegou à unidade");
- a recipient who did not accept the parcel or whose business is closed ("no aceptado por el destinatario",
  "empresa sem expediente", "contrassegno non disponibile"), a parcel left in a locker or at a pickup point
  (which waits for the recipient), one "pronto per essere ritirato", and goods that arrived broken.

ROMANCE_2_LATE_STEPS, tried just before status_phrases_meaning_romance's last steps (after every broad word),
only read what nothing else reads: further failed attempts (a missing floor or door, nobody answering, "tentámos
entregar"), holds (papers, duties, the tax code, an address to complete, weather, strikes, stand-by), labels and
orders before the carrier, the invitation to collect, the last leg counted in stops, movement words
("recepcionado", "continúa su ruta", "trasferimento tra filiali", "desalfandegamento concluído"), a parcel left
in a safe place, lost or broken goods.

Written by the team from the languages' grammar to DESIGN §4's statuses (tests/test_status_meaning_romance_2.py
holds the examples); no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Catalan "l·l" folds with its middle dot kept ("cancel·lat"); typed with a full stop it folds to a space.
_CA_LLA = r"l(?:·| )?la(?:t|da|ts|des)\b"
# A day other than today: a future delivery naming it stays on the way.
_NOT_TODAY_IT = r"(?!.*\b(?:domani|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)\b)"
# A word other than a day after today, between a future verb and the time of day it names.
_IT_NOT_A_DAY = r"(?:(?!domani |dopodomani |lunedi |martedi |mercoledi |giovedi |venerdi |sabato |domenica )\w+ )"
_COURIER_IT = r"(?:corriere|postino|portalettere|fattorino|autista)"
# The words opening a drop-off by the sender: no delivery, receipt or negation before it ("Entregue ao vizinho,
# postado pelo vendedor" is delivered; "ainda não foi postado pelo remetente" not yet with the carrier).
_FIRST_WORDS = r"^(?:(?!entreg|consegn|recapit|lliur|ricev|receb|recib|non |no |nao |ainda |ancora |encara |aun |todavia )\w+ ){0,4}"
# Words between a drop-off verb and the sender that do not name whoever it was handed to.
_NOT_FOR_RECIPIENT = r"(?:(?!destinatari|client|vicin|vecin|vizinh|portier|portaria|porteiro|porter|conserj|consergeria|vei )\w+ )"
# A day after today, named with a courier's future visit.
_LATER_DAY = (r"(?:domani|dopodomani|manana|amanha|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|el (?:lunes|martes|miercoles|jueves|"
              r"viernes|sabado)|na (?:segunda|terca|quarta|quinta|sexta)|no sabado)\b")
# Future forms of Catalan "lliurar" (to deliver) and "arribar" (to arrive).
_CA_FUTURE = r"(?:lliurar(?:a|an|em|e)|arribar(?:a|an))"
# A parcel left at a locker or point by the sender or seller is handed to the carrier, not waiting for the recipient.
_NOT_BY_SENDER = (r"(?!.*\b(?:dal|da parte del|pel[oa]|pel|por (?:el |la )?|per (?:el |la |part del )?)"
                  r"(?:mittente|venditore|remetente|vendedor|expedidor|remitente|remitent|venedor)\b)")

ROMANCE_2_FIRST_STEPS: tuple[Step, ...] = (
    # A parcel dropped at a locker, a point or an office by its sender is with the carrier (before a place's
    # name reads it as waiting for the recipient); a courier's visit on another day is still to come ("il
    # corriere passerà domani tra le 9 e le 12"), however precise its time window.
    ("in_transit", {
        "it": (_FIRST_WORDS + r"(?:depositat|consegnat|lasciat|affidat)\w* " + _NOT_FOR_RECIPIENT + r"{0,5}(?:dal|da parte del) (?:mittente|venditore)\b",
               _COURIER_IT + r" (?:\w+ )?(?:arrivera|passera|consegnera) " + _LATER_DAY),
        "es": (_FIRST_WORDS + r"(?:depositad|entregad|dejad|admitid)\w* " + _NOT_FOR_RECIPIENT + r"{0,5}por (?:el |la )?(?:remitente|vendedor|expedidor)\b",
               r"(?:repartidor|mensajero|conductor) (?:\w+ )?(?:llegara|pasara|entregara) " + _LATER_DAY),
        "pt": (_FIRST_WORDS + r"(?:depositad|entregue|deixad|postad)\w* " + _NOT_FOR_RECIPIENT + r"{0,5}pel[oa] (?:remetente|vendedor|expedidor|loja)\b",
               r"(?:estafeta|carteiro|entregador|motorista) (?:\w+ )?(?:chegara|passara|vai passar|ira passar) " + _LATER_DAY),
        "ca": (_FIRST_WORDS + r"(?:dipositat|lliurat|deixat)\w* " + _NOT_FOR_RECIPIENT + r"{0,5}pel (?:remitent|venedor)\b",),
    }),
    # Catalan, and an Italian journey back: back to the sender.
    ("returned", {
        "it": (r"in viaggio di ritorno\b",),
        "ca": (r"(?:retorn|torn|reenvi)\w* (?:\w+ )?(?:al|a l|cap al|cap a l) (?:remitent|origen)\b",
               r"devolucio (?:al remitent|en curs)", r"en devolucio\b", r"retornat\w*"),
    }),
    # Catalan: data before the parcel, a parcel not yet given to the carrier.
    ("info_received", {
        "ca": (r"pendent de recollida (?:pel|per l|per part del) (?:transportista|missatger|repartidor)",
               r"pendent de recollida (?:\w+ ){0,3}(?:remitent|venedor|botiga)\b", r"pendent de lliurar al transportista",
               r"enviament registrat", r"dades (?:\w+ ){0,3}rebudes", r"rebut (?:les )?dades", r"comanda rebuda",
               r"preparant (?:\w+ )?comanda", r"encara no (?:hem|ha|han) rebut", r"pendent d admissio",
               r"encara no (?:s ha |ha estat )?(?:lliurat|enviat)\w* al transportista"),
    }),
    ("exception", {
        "ca": (r"(?:enviament|paquet|comanda|lliurament) (?:\w+ )?(?:endarrerit|retingut|aturat|bloquejat|retardat)\w*",
               r"endarrerit\w*", r"retingut\w* (?:a|en|per) (?:la )?duan\w*", r"pendent de (?:documentacio|pagament)",
               r"(?:en espera|a l espera|pendent) d instruccions", r"(?:en espera|a l espera|pendent) de documentacio\b", r"vaga (?:de|del) (?:transport|transportistes|correus)\b"),
    }),
    # Catalan: collected by the recipient, then waiting for them at an office, point or locker.
    ("delivered", {
        "ca": (r"recollit\w* (?:\w+ ){0,3}pel (?:destinatari|client)\b",),
    }),
    ("available_for_pickup", {
        "ca": (r"(?:disponible|a punt|preparat\w*) per (?:a )?(?:recollir|recollida)", r"pendent de recollida (?:a|en) (?:l |la |el )?(?:oficina|punt|botiga)",
               r"punt de recollida", r"(?:pots|podeu|pot) recollir", r"t espera (?:a|al|en)\b", r"(?:es|esta) a (?:l )?oficina\b",
               r"dipositat\w* (?:a|al|en) (?:l |la |el )?(?:citypaq|punt|oficina|locker|taquilla)" + _NOT_BY_SENDER),
    }),
    # Catalan: a failed attempt, then the round today, a delivery to come or not yet made, a hand-over inside the network.
    ("in_transit", {
        "ca": (r"encara no (?:\w+ ){0,2}lliurat\w*",),
    }),
    ("delivery_failed", {
        "ca": (r"no (?:s ha |hem |han |s han |ha )?(?:pogut|podut) (?:\w+ )?lliurar",
               r"no (?:\w+ )?(?:pogut|podut) (?:fer|realitzar|efectuar) (?:el )?lliurament",
               r"no (?:s ha |ha estat |han estat |s han )?lliurat\w*", r"absent (?:del|al|en el) domicili", r"^rebutjat\w*$",
               r"lliurament (?:\w+ )?(?:fallit|no realitzat|no efectuat)", r"intent (?:\w+ )?(?:de )?lliurament (?:\w+ )?(?:fallit|sense exit)",
               r"destinatari (?:absent|desconegut|traslladat|s ha traslladat|no (?:hi era|hi es|localitzat|trobat))\b", r"^absent$",
               r"adreca (?:incorrecta|incompleta|erronia|inexistent|insuficient|desconeguda|no trobada)",
               r"(?:rebutjat|refusat)\w* (?:pel|per la|per el) (?:destinatari|client)", r"(?:destinatari|client) (?:ha )?(?:rebutjat|refusat)",
               r"(?:deixat|deixem|hem deixat) (?:\w+ )?avis", r"avis (?:\w+ ){0,2}bustia",
               r"(?:establiment|negoci|empresa|local|comerc) tancat", r"no hi havia ningu", r"ningu a casa"),
    }),
    ("out_for_delivery", {
        "ca": (r"(?<!no )en repartiment", r"lliurament (?:\w+ )?(?:previst (?:per a |per )?|es fara )avui", r"sortida (?:a|per a) repartiment", r"(?<!no )(?<!no es )(?:es )?" + _CA_FUTURE + r" (?:\w+ ){0,4}avui",
               r"(?<!no )arriba (?:\w+ ){0,3}avui", r"avui (?:\w+ ){0,2}(?:es )?" + _CA_FUTURE,
               r"repartidor (?:\w+ )?(?:es|esta) de cami", r"vehicle de repartiment"),
    }),
    ("in_transit", {
        "ca": (r"(?:es )?" + _CA_FUTURE + r"\b", r"lliurament previst", r"lliurament (?:\w+ )?es fara",
               r"lliurat\w* (?:a la|al|a l) (?:duana|transportista|centre|delegacio|magatzem|hub)",
               r"admes\w*", r"classificat(?:s|da|des)?", r"ha arribat (?:a|al|a la)\b", r"ha sortit (?:de|del)\b",
               r"hem recollit", r"despatxat\w* (?:de|a|per) (?:la )?duan\w*", r"en cami\b", r"(?:esta|es) de cami\b", r"arribada a\b"),
    }),
    ("delivered", {
        "ca": (r"lliurat\w*", r"lliurament (?:realitzat|efectuat|completat)"),
    }),
    ("damaged", {
        "ca": (r"malmes\w*", r"danya(?:t|da|ts|des)\b"),
    }),
    ("cancelled", {
        "ca": (r"cance" + _CA_LLA, r"anu" + _CA_LLA),
    }),
    # Italian, Spanish, Portuguese: not yet delivered, data before the parcel, pickups from the sender
    # booked; before the future, the broad "consegnato" or a movement word reads them.
    ("in_transit", {
        "it": (r"non (?:e |sono )?(?:stat[oaie] )?ancora (?:stat[oaie] )?(?:consegnat|recapitat)\w*"
               r"(?! (?:al|allo|dal|dallo) (?:corriere|vettore|trasportatore|mittente|venditore))",
               r"superat\w* (?:i |il |la |le |gli )?(?:controll|verific|ispezion|accertament)\w* doganal\w*"),
    }),
    # A payment refused or failed by a bank or a card is no failed delivery (cash on delivery refused at the door is).
    ("unknown", {
        "it": (r"pagamento (?:\w+ ){0,2}(?:rifiutat|non riuscit|fallit|non andato|respint)\w*(?!.*\b(?:destinatari|client|contrassegn)\w*)",),
        "es": (r"pago (?:\w+ ){0,2}(?:rechazad|denegad|fallid|no realizad)\w*(?!.*\b(?:destinatari|client|reembolso)\w*)",),
        "pt": (r"pagamento (?:\w+ ){0,2}(?:recusad|negad|falhad|nao aprovad)\w*(?!.*\b(?:destinatari|client|cobranca)\w*)",),
    }),
    ("info_received", {
        "it": (r"non (?:\w+ ){0,3}(?:consegnat|affidat|depositat|spedit)\w* (?:dal|da parte del) (?:mittente|venditore)\b",
               r"preavviso (?:elettronico|dati)\b", r"preavviso (?:\w+ )?ricevut\w*"),
        "es": (r"pre ?admitid\w*", r"pre ?admision",
               r"(?:orden|solicitud|peticion) de recogida",
               r"pendiente de recog\w* por (?:parte de )?(?:seur|mrw|gls|nacex|correos|ctt|dhl|ups|tnt|dpd|fedex|tipsa|envialia|zeleris|"
               r"paack|celeritas|sending|tourline)\b",
               r"(?:aun|todavia) no (?:ha sido |han sido |se ha |se han |fue |ha |han )?(?:enviad|expedid|despachad)\w*(?! (?:de|en|por) (?:la |las )?aduan)",
               r"(?:aun|todavia) no (?:\w+ )?(?:ha|han|hemos) (?:llegado|recibido|entrado) (?:a |en )?nuestr\w*",
               r"(?:recibid\w*|recibimos) (?:la |una )?(?:solicitud|peticion|orden) de (?:envio|recogida)",
               r"(?:procesad|preparad|confirmad)\w* por (?:el |la )?(?:vendedor|comercio|remitente|tienda)",
               r"pendiente de (?:recibir|recepcion|entrada) en (?:el |la )?(?:centro|delegacion|almacen|nave|oficina)",
               r"pendiente de (?:llegada|entrada|recepcion) (?:a|en) nuestr\w*", r"recogida pendiente(?! (?:en|por (?:el |la )?(?:destinatario|cliente)))"),
        "pt": (r"sera (?:recolhid|coletad)[oa] pel[oa]",
               r"pendente de entrega (?:a|ao|para a|para o) (?:\w+ )?(?:transportador\w*|ctt|correios)",
               r"(?:pedido|encomenda|compra) em (?:processamento|preparacao|separacao|faturamento)",
               r"(?:transportadora|correios|ctt|transportador) (?:ainda )?nao (?:\w+ )?recebeu"),
    }),
    # The last leg: a courier named with the verb of delivering is not a delivery; a time today.
    ("out_for_delivery", {
        "it": (r"(?:sara|saranno|verra|verranno) (?:\w+ ){0,2}(?:consegnat|recapitat)\w* " + _IT_NOT_A_DAY + r"{0,3}"
               r"(?:nel corso della giornata|in serata|entro stasera|stasera|entro fine giornata)",
               r"(?:consegner|recapiter)(?:a|anno|emo|o) (?:\w+ ){0,3}(?:in mattinata|nel pomeriggio|in serata|stasera|stamattina)\b" + _NOT_TODAY_IT,
               r"consegna (?:e )?previst\w* (?:per )?(?:entro|tra|fra|dalle) (?:le |l )\d{1,2}\b" + _NOT_TODAY_IT,
               r"(?:corriere|postino|portalettere|fattorino|autista|driver) (?:oggi |ora |gia |adesso )?(?:sta arrivando|e in arrivo|e in zona|"
               r"e nelle vicinanze|e vicino|sta per arrivare)",
               r"(?<!non )affidat\w* al (?:portalettere|postino)\b" + _NOT_TODAY_IT),
        "es": (r"(?<!no )hoy (?:(?!no )\w+ ){0,2}(?:te |se |le |os )?(?:entregar(?:a|an|emos|e)|llegara|llegaran|recibiras|recibira)\b",
               r"(?:de|en) camino (?:a|hacia) (?:tu|su|vuestro) (?:domicilio|direccion|casa)", r"reparto en curso",
               r"(?<!no )(?<!no esta )en reparto (?:\w+ ){0,2}(?:llegara|llegaran|se entregara|entregaremos)\b"
               r"(?!.*\b(?:manana|lunes|martes|miercoles|jueves|viernes|sabado)\b)"),
        "pt": (r"(?:com o|com a) (?:entregador|entregadora|motorista|estafeta|carteiro)\b",
               r"(?:entregador|entregadora|estafeta|carteiro|motorista) (?:\w+ )?saiu (?:com|para)\b"
               # Not when it left to collect from the sender.
               r"(?! (?:a |o )?(?:colet|coleta|retir|busc|recolh)\w*)",
               r"entregue (?:ao|a|para o) (?:entregador|estafeta|carteiro|motorista)\b", r"em rota (?:para (?:a )?|de )entrega\b"),
    }),
    # Holds the broad movement words would read as a step on the way.
    ("exception", {
        "it": (r"^ritard[oi]\b(?!.*\b(?:consegnat|recapitat)\w*)", r"(?:errato|erroneo) smistamento", r"smistamento (?:errato|erroneo|sbagliato)",
               r"giacenza (?:c o|presso|nella|alla|in) (?:\w+ )?(?:filiale|deposito|sede|magazzino|hub)\b",
               r"(?:filiale|hub|deposito|sede|centro) (?:\w+ )?(?:errat|sbagliat)[oa]\b", r"mancato arrivo",
               r"in attesa (?:di |dell |della |del |dei |delle )?(?:autorizzazion\w*|fattur\w*|codice fiscale)",
               r"richiest[oaie] (?:la |il |una |un |i |le )?(?:fattur|document|codice fiscale|autorizzazion)\w*",
               r"(?:coll[oi]|pacco|spedizione|merce|imball\w*) (?:\w+ ){0,2}danneggiat\w*"
               r"(?=.*\b(?:in attesa di (?:verific|controll|ispezion|perizi)|(?:verifica|controllo|perizia) in corso|in (?:verifica|controllo)\b))"),
        "es": (r"direccion (?:\w+ )?(?:a|por|pendiente de) (?:confirmar|verificar|validar|revisar)",
               r"(?:espera|pendiente|esperando) (?:de )?(?:pago|abono|pagar|abonar) (?:de )?(?:las |los )?(?:tasas|aranceles|impuestos|derechos|iva|"
               r"gastos de (?:aduana|importacion))",
               r"(?:delegacion|plataforma|centro|oficina|agencia|ruta|provincia) (?:\w+ )?(?:equivocad|incorrect|erronea)[oa]",
               r"(?:bulto|paquete|envio|mercancia|caja|embalaje) (?:\w+ ){0,2}danad[oa]s?(?=.*\b(?:en revision|revisando|en (?:verificacion|"
               r"comprobacion|peritaje)|pendiente de (?:revision|peritaje|verificacion|comprobacion))\b)",
               r"necesitamos (?:tu |su |el |la )?(?:dni|nif|nie|documentacion|factura|pasaporte)\b",
               r"(?:aport|present|facilit)\w* (?:la |el |los |las |tu |su )?(?:factura|documentacion|dni|nif|documento)\w*"),
        "pt": (r"(?:objeto|encomenda|volume|pacote|pedido|envio) nao (?:\w+ )?(?:chegou|foi recebid\w*) (?:a|ao|na|no) "
               r"(?:unidade|centro|base|agencia|hub|armazem)",
               r"encaminhad\w* (?:\w+ )?(?:incorretamente|erradamente|por engano|indevidamente)",
               r"(?:avaria|danos?) (?:na|da|ao) embalagem(?=.*\b(?:verifica|analise|inspec|averigua)\w*)",
               r"(?:encomenda|objeto|volume|pacote|envio|embalagem) (?:\w+ ){0,2}(?:danificad|avariad)[oa]s?(?=.*\b(?:em verificacao|em analise|"
               r"a verificar|em averiguacao|pendente de (?:verificacao|analise))\b)",
               r"(?:aguarda\w*|a aguardar|pendente|pendentes) (?:o |de |do )?pagamento (?:de |dos |das |do |da )?(?:\w+ ){0,2}"
               r"(?:portes|taxas|impostos|direitos|despacho|iva|encargos)"),
    }),
    # Not accepted or not to be delivered at the door; a parcel in a locker or at a point waits for the recipient.
    ("delivery_failed", {
        "it": (r"contrassegno non (?:disponibil|pronto|preparat)\w*",
               r"(?:destinatari|client)\w* (?:ha |hanno )?(?:rifiutat|respint)\w*(?!.*\b(?:res[oa]|restituit|rientrat|ritornat|rispedit|rinviat)\w*)"),
        "es": (r"no (?:\w+ )?aceptad[oa]s? por (?:el |la )?(?:destinatario|cliente)",),
        "pt": (r"^(?:\w+ ){0,2}sem expediente(?!.*\bentreg)", r"recusa (?:do|da|pelo|pela) (?:destinatari|client)\w*"),
    }),
    ("available_for_pickup", {
        "it": (r"consegnat\w* (?:nel|al|presso il|presso l|in un|nell) (?:\w+ ){0,2}(?:locker|punto (?:di )?ritiro|fermopoint|"
               r"punto poste|punto brt|parcel ?shop)\b" + _NOT_BY_SENDER,
               r"pront[oaie] per essere ritirat\w*(?! (?:dal|da parte del) (?:corriere|vettore))",
               r"(?:arrivat|giunt|depositat)\w* (?:nel|al|presso il|presso l|in) (?:\w+ )?(?:locker|punto (?:di )?ritiro|fermopoint|punto poste|"
               r"punto brt|parcel ?shop)\b" + _NOT_BY_SENDER),
        "es": (r"(?<!no )(?:puedes|puede|podras|podra|pueden) (?:pasar a )?(?:recoger|retirar)\w*", r"(?:te|le|os) espera en\b",
               r"recogida pendiente en (?:la |el )?(?:oficina|punto|tienda|locker)",
               r"(?:esperando|espera de|pendiente de) (?:su |la )?recogida en (?:la |el |tu |su )?(?:oficina|punto|tienda|locker|taquilla)"),
        "pt": (r"(?:aguardando|aguarda|a aguardar|esperando) (?:a )?(?:retirada|levantamento|recolha) (?:pel[oa]|do|da) (?:destinatari|client)\w*",
               r"depositad\w* (?:no|num|em|na) (?:ponto|pickup|locker|cacifo)\b" + _NOT_BY_SENDER,
               r"entregue (?:no|num|em|na) (?:ponto (?:pickup|ctt|dpd|de (?:retirada|recolha|levantamento|coleta))|pickup|locker|cacifo)\b" + _NOT_BY_SENDER),
    }),
    ("delivered", {
        "pt": (r"^recebid[oa] por (?!(?:a |o )?(?:engano|erro|transportadora|correios|ctt|unidade|centro|agencia|armazem|base|hub|"
               r"parceir\w*|operador\w*|motorista|estafeta|transferencia|pix|boleto|cartao|deposito|pagamento)\b)[a-z]+(?: [a-z]+){1,3}$",),
    }),
    ("damaged", {
        "it": (r"(?:arrivat|giunt|consegnat)[oaie] (?:gia )?(?:rott|distrutt)[oaie]\b",),
    }),
)

ROMANCE_2_LATE_STEPS: tuple[Step, ...] = (
    ("returned", {
        "es": (r"(?:regresa|vuelve|retorna)n? (?:\w+ )?(?:a|al|hacia el) (?:remitente|origen)\b",),
    }),
    # A failed attempt told by its reason.
    ("delivery_failed", {
        "it": (r"non (?:e |e stato |era |sara )?(?:stato )?(?:possibile|in grado di) (?:\w+ ){0,2}(?:consegna|recapito)\b",
               r"\bdest (?:assente|sconosciut\w*|trasferit\w*|chius[oa])", r"(?:destinatari|client)\w* (?:ha |hanno )?(?:respint|rifiutat)\w*",
               r"civico (?:non (?:trovat|present|esistent|indicat|corrett)\w*)", r"non (?:ha |hanno )?rispost\w* al (?:citofono|campanello)",
               r"non (?:\w+ ){0,2}trovato (?:il |la )?(?:destinatari|client)\w*",
               r"non (?:eri|era|eravate|erano) (?:in casa|a casa|present\w*)", r"(?:provato|tentato) a consegnare",
               r"indirizzo (?:\w+ ){1,2}(?:errat|sbagliat|inesistent|incomplet|insufficient|inesatt)\w*", r"nessuno (?:ha )?rispost\w*", r"(?:portineria|reception|guardiola|sede) chius[oa]", r"impossibile recapitar\w*", r"^assente$",
               r"(?:destinatari|client)\w* non (?:e )?(?:stat[oa] )?(?:trovat|rintracciat|localizzat|reperibil|rintracciabil)\w*"),
        "es": (r"no (?:se )?(?:encontraba|encuentra|estaba|esta) (?:el |la )?(?:destinatario|cliente)",
               r"falta(?:n)? (?:el |la )?(?:numero (?:de )?(?:portal|calle|casa|piso|puerta)|piso|puerta|portal|escalera|bloque)\b",
               r"no (?:se )?(?:ha |hemos |han )?(?:podido )?(?:localizad|encontrad|localizar|encontrar)\w* (?:la |el )?(?:direccion|domicilio|destinatario)",
               r"(?:hemos |he )?intent(?:amos|ado|o) (?:entregar|la entrega)", r"no (?:estabas|estaban|estaba nadie)\b",
               r"no estaba en (?:casa|el domicilio)",
               r"no (?:quiso|quiere|quisieron|quieren) (?:recibir|aceptar|recoger)", r"ausencia del? (?:destinatario|cliente)",
               r"no (?:ha )?pedido (?:el |la |este |esta )?(?:articulo|producto|paquete|envio|mercancia)",
               r"(?:destinatario|cliente) (?:\w+ )?(?:rechaza|rehusa|rechazan|rehusan)\b"),
        "pt": (r"acesso (?:\w+ )?(?:restrito|negado|impedido|bloqueado|impossivel)",
               r"numero (?:do imovel|da casa|da porta|da residencia|de policia) (?:\w+ )?(?:nao (?:encontrad|localizad|exist)\w*|inexistente|errad\w*)",
               r"falta (?:de |o )?(?:complemento|andar|numero (?:da porta|do imovel|da casa))\b", r"ninguem (?:atendeu|atende|respondeu|abriu)",
               r"(?:tentamos|tentou|tentei|tentaram) entregar", r"nao (?:estava|havia|tinha) ninguem",
               r"entrega (?:\w+ )?falhad[oa]", r"(?:endereco|morada|rua|numero) (?:\w+ )?nao existe",
               r"numeracao (?:inexistent|errad|incorret)\w*", r"nao (?:\w+ )?encontr\w* (?:ninguem|o destinatario)",
               r"(?:endereco|morada) (?:\w+ ){0,3}nao (?:encontrad|localizad)\w*",
               r"(?:estabelecimento|empresa|local|escritorio|comercio) (?:\w+ ){0,2}(?:fechad|encerrad)[oa]"),
    }),
    ("exception", {
        "it": (r"^ferm[oa] (?:per|causa|in attesa)\b", r"(?:richiest\w*|necessari\w*) (?:\w+ )?(?:documentazione|documenti)",
               r"codice fiscale", r"imball\w* (?:non (?:idone|conform|adeguat)|inadeguat|insufficient)\w*",
               r"(?:eventi|condizioni) (?:atmosferic|meteo\w*|climatic)\w* avvers\w*", r"(?:causa|per) (?:neve|nebbia|alluvion\w*|frana|ghiaccio)",
               r"chiusur\w* (?:\w+ ){0,2}(?:strad|autostrad|valic)\w*",
               r"(?:spedizione|consegna) (?:parzial|incomplet)\w*", r"manca(?:no)? (?:\w+ ){0,2}coll[oi]\b",
               r"indirizzo (?:\w+ )?da (?:integrare|completare|correggere|aggiornare)",
               r"in attesa di (?:contatto|contattare|riscontro|risposta) (?:\w+ ){0,2}(?:destinatari|client|mittente)\w*",
               r"pratica (?:di )?giacenza", r"in gestione (?:presso |al |dal )(?:il |l )?(?:servizio|ufficio) (?:clienti|reclami|giacenze)",
               r"in stand ?by", r"blocco (?:amministrativ|doganal|sanitari|fiscal)\w*",
               r"(?:pagamento|oneri|dazi|diritti) (?:\w+ ){0,2}in sospeso", r"(?:cause|motivi|problemi) (?:operativ|tecnic|organizzativ)\w*",
               r"senza etichetta", r"non conform\w* (?:al|per il) trasporto", r"rallentament\w*"),
        "es": (r"(?:entregas?|repartos?|envios?|servicios?) (?:\w+ )?suspendid[oa]s?", r"(?:embalaje|envoltorio) (?:\w+ )?en mal estado",
               r"error (?:en |de )(?:la )?(?:clasificacion|encaminamiento|enrutamiento|direccionamiento)", r"en estudio", r"sin etiqueta"),
        "pt": (r"(?:endereco|morada) (?:\w+ )?(?:a|por|para) (?:confirmar|verificar|validar)",
               r"(?:aguardando|aguarda|a aguardar) (?:a )?(?:confirmacao|validacao|correcao|atualizacao) (?:de |da |do )?(?:morada|endereco)",
               r"ocorrencia (?:operacional|no fluxo|logistica)",
               r"documenta\w* (?:\w+ )?(?:insuficient|incomplet|invalid|em falta|pendent)\w*", r"com pendencia",
               r"(?:aguardamos|aguardando|aguarda|falta|necessitamos|precisamos) (?:\w+ ){0,2}(?:nif|cpf|fatura)\b",
               r"desalfandegamento pendente", r"volumes? em falta"),
    }),
    # Before the carrier has the parcel.
    ("info_received", {
        "it": (r"(?:dati|spedizione|ordine|etichetta)(?: \w+){0,2} inserit[oaie] (?:nel sistema|a sistema|dal (?:mittente|venditore))",
               r"richiesta di ritiro", r"in attesa di ricevere (?:la merce|il pacco|la spedizione|il collo|l ordine)",
               r"in attesa di affidamento", r"ordine (?:\w+ )?confermat\w*", r"prenotat\w* (?:il |un )?ritiro",
               r"in attesa che il (?:corriere|vettore) (?:\w+ )?ritir\w*", r"ordine (?:e )?in (?:elaborazione|lavorazione|preparazione)"),
        "es": (r"(?:envio|datos|expedicion|pedido)(?: \w+){0,2} grabad[oa]s?", r"(?:envio|expedicion) documentad[oa]",
               r"(?:esperando|a la espera de|en espera de|pendiente de) recibir (?:el |la )?(?:paquete|envio|mercancia|pedido|bulto)",
               r"dad[oa] de alta", r"datos (?:\w+ ){0,5}(?:registrad|grabad)\w*", r"list[oa] para (?:enviar|envio|ser enviad\w*|despachar)", r"se enviara (?:pronto|en breve|proximamente|en (?:las )?proximas)\b",
               r"pendiente de (?:deposito|depositar|entregar|entrega) (?:\w+ ){0,3}(?:por|del) (?:el )?(?:remitente|vendedor|expedidor)"),
        "pt": (r"(?:pedido|compra|pagamento) aprovad[oa]", r"(?:remessa|envio|encomenda|objeto) (?:\w+ )?regist(?:ad|rad)[oa]",
               r"ainda nao (?:\w+ )?(?:enviou|postou|despachou|expediu)",
               r"a aguardar (?:a )?(?:coleta|recolha)(?! pel[oa] (?:destinatari|client))",
               r"pront[oa] para (?:o )?(?:envio|expedicao|despacho|coleta|postagem|recolha)",
               r"(?:aguardando|aguarda|a aguardar) (?:que )?(?:o |a )?(?:vendedor|remetente|loja|expedidor) (?:\w+ )?(?:envi|post|despach|entreg)\w*",
               r"(?:aguardando|aguarda) (?:o )?envio pel[oa] (?:vendedor|loja|remetente)", r"(?:pedido|compra) pag[oa]\b",
               r"confirmad[oa] pel[oa] (?:loja|vendedor)"),
    }),
    # Waiting for the recipient, who is told to collect it.
    ("available_for_pickup", {
        "it": (r"(?:ti|vi) (?:aspetta|attende)\b", r"^ritiral[oa]\b",
               r"in attesa di ritiro (?:presso|in|al|allo|nel|nella) (?:l |il |la |un |una )?(?:ufficio postale|punto|locker|fermopoint|"
               r"negozio|sportello|tabaccheria|edicola)"),
        "es": (r"(?:en (?:la )?oficina|en (?:el )?punto)\b.*pendiente de recog\w*", r"(?:te|le|os) (?:espera|esperamos|aguarda)\b",
               r"^recogel[oa]s?\b", r"esperandote|esperandole|te esta esperando",
               r"esta en (?:el |la |tu |su )?(?:locker|taquilla|citypaq|punto pack)\b"),
        "pt": (r"^retire\b", r"esta no (?:locker|cacifo|ponto)\b"),
    }),
    ("delivered", {
        "it": (r"lasciat\w* (?:in (?:un )?luogo sicuro|sullo zerbino|sul pianerottolo)",),
    }),
    # The last leg, counted in stops or named by the day.
    ("out_for_delivery", {
        "it": (r"mancano \d+ (?:fermate|consegne)", r"(?:sul|nel|a bordo del) furgone\b",
               r"(?:consegna|recapito) (?:\w+ )?avverra (?:\w+ ){0,3}(?:oggi|in giornata)", r"consegna in corso(?! di)", r"a \d+ fermate"),
        "es": (r"salid[oa]s? (?:a|para) (?:el )?reparto", r"faltan \d+ (?:paradas|entregas)",
               r"(?:fecha (?:estimada )?de )?entrega (?:estimada|prevista)\W* hoy\b"),
        "pt": (r"sai(?:u|ram) para (?:a )?distribuicao",                r"(?:estafeta|carteiro|entregador|motorista) (?:\w+ ){0,2}(?:vai passar|passara|vai chegar|chegara) (?:\w+ ){0,3}(?:hoje|entre as)",
               r"a caminho (?:do seu|da sua|do teu|da tua) (?:endereco|morada|casa|residencia)", r"^entrega hoje\b", r"(?:sua|tua) entrega (?:e |sera )?hoje"),
    }),
    # Moving: received, sorted, cleared, going on.
    ("in_transit", {
        "it": (r"(?:procedure|pratiche|operazioni|formalita) doganal\w* (?:complet|conclus|terminat|espletat|eseguit)\w*",
               r"trasferiment\w* (?:tra|fra) (?:filiali|hub|centri|depositi|magazzini)", r"(?:consegna|recapito) (?:\w+ )?avverra",
               r"instradat\w* (?:verso|a|al|alla|per)\b", r"scaricat\w* (?:in|nel|nella|al|alla|presso)\b", r"(?:mezzo|viaggio|tratta) di linea",
               r"consegna (?:e |sara )?previst\w*"),
        "es": (r"(?:ha )?entrad[oa] en (?:la |el )?(?:nave|almacen|delegacion|plataforma|centro|hub)",
               r"transito (?:internacional|nacional|entre|hacia)\b",
               r"recepcionad[oa]s?(?!.*\bpor (?:el |la )?(?:destinatario|cliente))",
               r"(?:superad[oa]|supero|ha superado) (?:el |los )?(?:control|despacho|tramite)\w* aduaner\w*",
               r"continua (?:su |en )?(?:ruta|camino|viaje|transito)", r"viaja(?:n)? (?:hacia|a|con destino)\b",
               r"(?:fecha (?:estimada )?de )?entrega estimada", r"fecha estimada de entrega",
               r"procesad\w* en (?:la )?(?:instalacion|centro|plataforma|delegacion|almacen)", r"procesando en\b",
               r"ya (?:esta|se encuentra) en espana", r"en (?:la )?nave\b", r"llego (?:a|al)\b(?! (?:la )?(?:oficina|punto|tienda|locker|citypaq))",
               r"tramites? aduaner\w* (?:finalizad|completad|realizad|terminad)\w*"),
        "pt": (r"^aceite$", r"^expedicao$", r"(?:ja )?se encontra em (?:portugal|territorio nacional)\b", r"desalfandegamento (?:\w+ )?(?:concluid|efetuad|realizad|finalizad)\w*",
               r"chega (?:na|no|em|dentro de) (?:\w+ ){0,2}(?:semana|dias|segunda|terca|quarta|quinta|sexta|sabado)\b"),
    }),
    ("lost", {
        "it": (r"andat[oaie] pers[oaie]", r"dispers[oa]\b"),
        "ca": (r"extraviat\w*",),
    }),
    ("damaged", {
        "es": (r"(?:paquete|bulto|mercancia|producto|articulo|contenido) rot[oa]s?\b",),
    }),
)
