"""Italian, Spanish and Portuguese read by grammar and meaning (twenty-fourth round, b): verb stems with
their inflections, tense and voice, negation, and who acts on whom, rather than whole carrier sentences.
The phrases of all languages share one pattern, so each is anchored on words of its own language
("documentazione", not the Spanish "documentación").

ROMANCE_MEANING_FIRST_STEPS, tried just before status_phrases_romance's first steps, correct a broad word
that would decide against the sentence around it:

- a storage ("giacenza") opened at a courier's depot, with a cause or awaiting the sender's instructions,
  is a hold (exception), not the failed attempt it names as its cause; at a post office, a point or a
  locker it waits for the recipient ("In giacenza", "Avviso di giacenza" keep their pickup reading);
- a parcel on its way back to the sender ("sta tornando al mittente", "volviendo al remitente", "a
  regressar ao remetente") or sent back for a reason ("restituito al mittente per destinatario
  sconosciuto") is a return;
- a parcel stopped ("fermo in dogana", "parado na fiscalização"), not arrived, not departed, missing its
  papers, misrouted, on a cancelled flight or whose damaged packaging is being checked is a hold, not
  customs moving it on, a departure, a cancellation nor damaged goods;
- the future tense: a delivery still to come ("verrà consegnato", "consegneremo", "llegará", "vai ser
  entregue", "chegará") is on the way, and out for delivery when it is today ("sarà consegnato oggi",
  "será entregue hoje", not after "non"/"no"/"não"); a courier on the way to the recipient or due in a
  time window ("il corriere è in viaggio verso di te", "el repartidor llegará entre las 15:00 y las 17:00")
  is the last leg;
- data, not the parcel, received ("abbiamo ricevuto i dati", "pedido recebido", "prealerta"), a parcel the
  carrier has not yet been given or collected ("non ancora affidato al corriere", "pendiente de recogida
  por el transportista", "aguardando coleta pela transportadora", "ainda não postado") is not yet with the
  carrier, and a delivery not yet made ("aún no entregado") still on the way;
- a hand-over to a named carrier, an agency or a depot ("entregado a Correos", "entregado en la
  delegación") moves on;
- waiting for the recipient's collection ("pendiente de recogida por el destinatario", "chegou ao ponto de
  retirada", "entregue no cacifo") is a pickup, the recipient who has collected or received it ("il
  destinatario ha ritirato", "recogido en oficina por el destinatario", "recebido pelo destinatário") a
  delivery, and one who did not accept it ("non accettata dal destinatario") a failed delivery.

ROMANCE_MEANING_LAST_STEPS, tried after every other step, only read texts nothing else reads: failed
attempts told as negated verbs ("non siamo riusciti a consegnare", "no hemos podido entregar", "não
conseguimos entregar"), the recipient absent, not at home or not found, nobody answering, no access, a
business or gate closed, a street or house number missing, a notice left; holds (suspended, postponed,
documents, instructions or an address check awaited, bad weather); labels, waybills, invoices and pickups
booked before the carrier has the parcel; the recipient invited to collect it; a parcel left in the
letterbox or with a neighbour; the last leg told by the van or "today"; a parcel on its way, arrived or
collected from the sender.

Written by the team from the languages' grammar to DESIGN §4's statuses (tests/test_status_meaning_romance.py
holds the examples); no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# A future delivery in Italian, Spanish and Portuguese: an auxiliary in the future with the participle,
# or the verb's own future forms. Folded, Italian "arriverà" is French "arrivera": after a French subject
# pronoun ("il arrivera avant 18h") it is French, read by the French steps.
_IT_FUTURE = (r"(?:(?:sara|saranno|verra|verranno) (?:\w+ ){0,2}(?:consegnat|recapitat)\w*|(?:consegner|recapiter)(?:a|anno|emo|o)|"
              r"(?<!il )(?<!elle )arrivera|arriveranno)")
_ES_FUTURE = r"(?:(?:sera|seran) (?:\w+ )?entregad\w*|entregar(?:a|an|emos|e)|llegara|llegaran|recibiras|recibira)"
_PT_FUTURE = (r"(?:(?:sera|serao|vai ser|vao ser|ira ser) (?:\w+ )?entregue\w*|entregar(?:a|ao|emos)|chegara|recebera|"
              r"(?:vai|vamos|ira|iremos) entregar)")
_TODAY = r"(?:oggi|in giornata|hoy|hoje)"
# Not after a negation: "non sarà consegnato oggi", "no se entrega hoy", "não chega hoje".
_AFFIRMED = r"(?<!non )(?<!no )(?<!nao )(?<!no se )"
# A time window the courier gives for the visit: the day of delivery.
_WINDOW = r"(?:oggi|hoy|hoje|entre las|entre as|tra le|dalle|a partir de las)"
# Words saying the day is today, which make a future delivery the last leg (read where the van is named).
_NOT_TODAY = r"(?!.*\b(?:oggi|in giornata|nel corso della giornata|hoy|durante el dia|hoje|(?:no decorrer|ao longo|durante) do dia)\b)"

ROMANCE_MEANING_FIRST_STEPS: tuple[Step, ...] = (
    # On its way back (a progressive form), or sent back for a reason that would read as a failed attempt.
    ("returned", {
        "it": (r"(?:restituit|res|rientrat|ritornat|rinviat|rimandat)[oaie] al mittente (?:per|causa|a causa d\w*)\b",
               r"(?:(?:sta|stanno) (?:\w+ )?(?:tornando|ritornando|rientrando) (?:al|verso il)|in viaggio verso il|in rientro verso il|viaggia(?:no)? verso il) mittente"),
        "es": (r"(?:volviendo|regresando|retornando|de vuelta) (?:\w+ )?(?:al|a su|hacia el) (?:remitente|origen|expedidor)",),
        "pt": (r"(?:a regressar|a voltar|a retornar|regressando|voltando|retornando) (?:\w+ )?(?:ao|para o) (?:remetente|expedidor|vendedor)",
               r"a caminho do (?:remetente|expedidor)"),
    }),
    ("exception", {
        # Storage opened at the depot, for a cause or pending instructions; "per 30 giorni" and "per il
        # ritiro" are how long and why the recipient may collect it.
        "it": (r"(?:apertura|messa in|aperta la) giacenza", r"giacenza (?:\w+ ){0,3}apert\w*",
               r"giacenza (?!.*\b(?:ufficio postale|punto|locker|fermopoint)\b)(?:per|causa|a causa d\w*)\b(?! \d| (?:il )?ritiro| (?:\w+ )?giorni)",
               r"giacenza presso (?:la |il |l |lo )?(?:nostr[oa] )?(?:filiale|deposito|sede|magazzino|hub|centro)",
               r"giacenza (?:\w+ ){0,6}in attesa (?:di|delle) (?:\w+ )?(?:istruzion|disposizion)\w*", r"giacenza in corso",
               # Storage with the failed attempt that caused it ("Giacenza: destinatario assente"), unless
               # it waits at a post office or point for the recipient.
               r"giacenza (?!.*\b(?:ufficio postale|punto|locker|fermopoint)\b)(?:\w+ ){0,2}"
               r"(?:destinatari|indirizz|rifiut|respint|assen|mancat|client|nominativ|civic|citofon)\w*",
               r"(?:spedizione|pacco|collo|merce|invio) (?:e |risulta |rimane )?ferm[oa]\b(?! (?:deposito|point|posta))",
               r"ferm[oaie] (?:in|presso|alla|al|nel|nella|all) (?:\w+ )?(?:dogana|centro|hub|magazzino)",
               r"(?:imball\w*|confezione|involucro) (?:\w+ ){0,2}(?:danneggiat|rott|lacerat)\w*"
               r"(?=.*\b(?:verific|controll|ispezion|reimball|riconfezion|ripristin)\w*)",
               r"etichett\w* (?:\w+ )?(?:illeggibil|danneggiat|mancant|non leggibil)\w*",
               r"(?:instradat|inoltrat|smistat|indirizzat)\w* (?:erroneamente|per errore|in modo errato)",
               r"(?:errato|erroneo) instradamento", r"instradamento errato",
               r"(?:coll[oi]|spedizione|pacco|merce) non (?:e )?(?:arrivat|pervenut|giunt)\w*",
               r"manca(?:no)? (?:i |il |la |le )?(?:document|fattur|dichiarazion)\w*", r"(?:documentazione|documenti) (?:\w+ )?(?:mancant|incomplet|insufficient)\w*",
               r"non (?:e )?partit[oa]", r"mancata partenza",
               r"(?:volo|voli|partenza|tratta|collegamento|nave|traghetto) (?:\w+ )?(?:cancellat|annullat|soppress)\w*"),
        "es": (r"(?:embalaje|envoltorio|caja) (?:\w+ ){0,2}danad\w*(?=.*\b(?:revis|verific|comprob|inspecc)\w*)",
               r"(?:pendiente|en espera|a la espera) de (?:\w+ ){0,2}despacho (?:de )?aduan\w*",
               r"vuelos? (?:\w+ )?cancelad\w*", r"documentacion (?:\w+ )?(?:pendiente|faltante|insuficiente)"),
        "pt": (r"embalagem (?:\w+ ){0,2}(?:danificad|avariad)\w*(?=.*\b(?:verifica|analise|inspec)\w*)",
               r"parad[oa]s? (?:na|no|pela|pelo) (?:fiscalizacao|alfandega|aduana|receita)",
               r"(?:objeto|encomenda|envio|pedido) (?:esta |se encontra )?parad[oa]",
               r"ocorrencia (?:no|na|durante o|durante a) (?:transporte|transferencia|rota)",
               r"documentacao (?:\w+ )?(?:pendente|em falta|incompleta)"),
    }),
    # Storage at a post office or a point waits for the recipient, whatever failed attempt led to it.
    ("available_for_pickup", {
        "it": (r"giacenza (?:\w+ ){0,5}presso (?:l |il |la |un |una )?(?:ufficio postale|punto|locker|fermopoint)",),
        "pt": (r"(?:depositad|colocad|entregue)\w* (?:no|num|em) cacifo",),
    }),
    # Data before the parcel, and a hand-over to the carrier not yet made; before the future and
    # negated deliveries below ("ainda não foi entregue à transportadora").
    ("info_received", {
        "it": (r"ricevut\w* (?:i |le )?(?:dati|informazion\w*)",
               r"in attesa di essere (?:affidat\w*|spedit\w*|pres[oa] in carico|ritirat\w* dal (?:corriere|vettore))", r"ordine (?:\w+ )?ricevut\w*",
               r"in attesa (?:della merce|del pacco|del collo|della spedizione|dell ordine) (?:dal|da parte del) (?:mittente|venditore)",
               r"non (?:e |sono )?(?:ancora )?(?:stat[oaie] )?(?:affidat|consegnat|pres[oa] in carico|ritirat|spedit)\w* "
               r"(?:al|dal|allo|dallo) (?:corriere|vettore|trasportatore)"),
        "es": (r"pendiente de recog\w* por (?:parte )?(?:de |del |de la )?(?:el |la )?(?:transportista|mensajer\w*|repartidor\w*|"
               r"courier|conductor\w*|operador\w*|agencia)",
               r"recibid\w* (?:los |las |la )?(?:datos|informacion)", r"pedido (?:\w+ )?recibid\w*", r"pre ?alerta\w*",
               r"pendiente de (?:entrega|envio) (?:al|a la) (?:transportista|mensajeria|agencia|operador\w*)",
               r"pendiente de recog\w* en (?:origen|(?:el |la )?(?:domicilio|almacen|tienda) del (?:remitente|vendedor))",
               r"que el (?:vendedor|remitente|expedidor|comercio) (?:\w+ )?(?:entregue|envie|deposite|despache)",
               r"(?:transportista|mensajer\w*|courier|agencia|operador\w*) (?:aun|todavia) no (?:ha |han )?recibid\w*",
               r"(?:aun|todavia) no hemos recibido"),
        "pt": (r"pedido (?:\w+ )?recebid\w*", r"recebemos (?:o )?(?:seu |teu )?pedido", r"dados (?:\w+ ){0,3}recebid\w*",
               r"pre ?aviso\w* (?:\w+ ){0,2}recebid\w*", r"(?:informac\w*|dados) (?:\w+ ){0,2}(?:enviad|transmitid|comunicad)\w*"
               # Sent for the customs' or tax authority's analysis: a customs step on the way.
               r"(?! (?:\w+ ){0,3}(?:analise|autoridade|aduan|alfandeg|fiscaliz|receita))",
               r"(?:ainda|objeto|encomenda|pedido|envio) nao (?:foi |foram )?(?:postad|enviad|expedid|despachad)\w*",
               r"(?:aguarda\w*|a aguardar) (?:a )?entrega (?:a|ao|para a|para o) (?:\w+ )?transportador\w*",
               r"nao (?:foi |foram )?entregue\w* (?:a|ao|para a|para o) (?:\w+ )?(?:transportador\w*|ctt|correios)",
               r"(?:aguardando|aguarda|a aguardar) (?:a )?(?:retirada|coleta|recolha) (?:pel[oa]|da|do) "
               r"(?:transportador\w*|correios|motorista|estafeta)"),
    }),
    # The last leg: a future delivery today, a courier on the way to the recipient.
    ("out_for_delivery", {
        "it": (_AFFIRMED + _IT_FUTURE + r" (?:\w+ ){0,4}" + _TODAY, _TODAY + r" (?:\w+ ){0,3}" + _IT_FUTURE,
               r"consegna (?:e )?previst\w* (?:per )?" + _TODAY,
               r"(?:corriere|postino|portalettere|fattorino|autista) (?:e |sta )?(?:in viaggio|arrivando|in arrivo) (?:verso di te|da te)",
               r"(?:partit|uscit)\w* per (?:la )?consegna", _AFFIRMED + r"(?:arriva|arrivano) (?:\w+ ){0,3}oggi",
               r"(?:corriere|postino|fattorino|autista) (?:\w+ )?(?:arrivera|passera) (?:\w+ ){0,3}" + _WINDOW),
        "es": (_AFFIRMED + _ES_FUTURE + r" (?:\w+ ){0,4}" + _TODAY, r"salida para (?:la )?entrega",
               r"(?:repartidor|mensajero|conductor) (?:\w+ )?(?:llegara|pasara|entregara) (?:\w+ ){0,3}" + _WINDOW),
        "pt": (_AFFIRMED + _PT_FUTURE + r" (?:\w+ ){0,4}" + _TODAY, r"entrega prevista (?:para )?" + _TODAY,
               r"(?:estafeta|entregador|carteiro|motorista|motoboy) (?:\w+ )?(?:esta |ja esta )?(?:a caminho|em rota|a chegar|chegando)"),
    }),
    # A delivery still to come, or not yet made, on another day.
    ("in_transit", {
        "it": (_IT_FUTURE + _NOT_TODAY,),
        "es": (r"(?:entregar(?:a|an|emos)|llegar(?:a|an))" + _NOT_TODAY,
               r"entregad\w* a (?:correos|seur|mrw|gls|dhl|ups|nacex|ctt|fedex|tnt|dpd)\b",
               r"entregad\w* (?:a|al|en) (?:la |el )?(?:agencia|delegacion|plataforma|almacen|centro (?:de )?(?:distribucion|clasificacion|logistico))\b", r"(?:aun|todavia) no (?:ha sido |fue |se ha )?entregad\w*"),
        "pt": (r"(?:(?:vai|vao|ira) ser entregue\w*|chegara|chegarao)" + _NOT_TODAY, r"(?:ainda|por) nao (?:foi )?entregue\w*"),
    }),
    ("available_for_pickup", {
        "es": (r"pendiente de (?:recog|retir)\w* (?:por (?:parte )?(?:de |del )?(?:el |la )?)?(?:destinatario|cliente)",
               r"(?:esperando|espera) (?:a )?ser (?:recogid|retirad)\w*"),
        "pt": (r"(?:chegou|chegada|entregue|depositad\w*|recebid\w*) (?:\w+ ){0,2}(?:ao|no|num|em) ponto de (?:retirada|levantamento|recolha)",),
    }),
    # The recipient has collected it ("non ha ritirato" keeps its negation between the words).
    ("delivered", {
        "it": (r"(?:destinatari|client)\w* ha ritirat\w*",),
        "es": (r"(?:destinatario|cliente) (?:ya )?(?:ha |han )?(?:recogid|retirad)\w*",
               r"(?<!de )(?:recogid|retirad)[oa]s? (?:\w+ ){0,3}por (?:el |la )?(?:destinatario|cliente)"),
        "pt": (r"(?<!nao )recebid[oa]s? pel[oa] (?:destinatari|client)\w*",
               r"(?<!aguardando )(?<!aguarda )(?<!para )(?<!de )(?:levantad|retirad|recolhid)[oa]s? (?:\w+ ){0,3}pel[oa] (?:destinatari|client)\w*"),
    }),
    # Not accepted by the recipient ("accettato" alone is the carrier's acceptance).
    ("delivery_failed", {
        "it": (r"non (?:\w+ ){0,2}accettat\w* (?:dal|dalla) (?:destinatari|client)\w*",
               r"(?:destinatari|client)\w* non (?:\w+ ){0,2}disponibil\w*",
               r"(?:destinatari|client)\w* (?:\w+ )?non (?:ha )?accettat\w*"),
    }),
)

ROMANCE_MEANING_LAST_STEPS: tuple[Step, ...] = (
    # A failed attempt: a negated delivery verb, nobody at home, no access, a missing house number or
    # name, a notice left, a refusal by the recipient, cash on delivery not paid.
    ("delivery_failed", {
        "it": (r"non (?:\w+ ){0,3}(?:consegnar\w*|recapitar\w*)",
               r"(?:consegna|recapito|tentativ\w*)(?: \w+){0,4} non (?:e )?(?:andat\w* a buon fine|riuscit\w*)",
               r"destinatari\w* (?:\w+ ){0,2}(?:assent|sconosciut|trasferit|irreperibil|decedut)\w*",
               r"nessuno (?:in casa|a casa|present\w*)", r"non (?:\w+ ){0,2}trovato nessuno", r"non c e(?:ra)? nessuno",
               r"(?:destinatari|client)\w* (?:\w+ ){0,2}assent\w*", r"assenza (?:del |della )?(?:destinatari|client)\w*",
               r"destinatari\w* non (?:\w+ ){0,2}(?:in casa|a casa|present\w*|reperibil\w*)",
               r"impossibile (?:effettuare|eseguire|completare) (?:la )?consegna",
               r"(?:ditta|azienda|negozio|esercizio|ufficio(?! postale)|attivita|locale|cancello|portone|stabile|condominio) (?:\w+ )?chius[oa]",
               r"(?:via|strada|localita) (?:\w+ )?(?:inesistent|errat|sbagliat|sconosciut)\w*",
               r"manca(?:no)? (?:il |l )?(?:numero civico|civico|nominativo|cognome)",
               r"(?:respint|rifiutat)\w* (?:\w+ ){0,2}(?:dal|dalla) (?:destinatari|client)\w*",
               r"avviso (?:di (?:passaggio|mancata consegna) )?lasciat\w*", r"lasciat\w* (?:\w+ ){0,2}avviso",
               r"avviso (?:\w+ ){0,3}(?:in|nella) cassetta",
               r"accesso (?:\w+ ){0,3}(?:impossibile|non consentit\w*|negat\w*|non possibile)", r"impossibile accedere",
               r"civico (?:inesistent|mancant|errat|sbagliat|incomplet|assent)\w*",
               r"(?:nominativo|nome|cognome) (?:\w+ ){0,2}non (?:present|indicat|riportat)\w* (?:sul|al|sulla) (?:citofono|campanello|cassetta)",
               r"consegna (?:\w+ )?(?:fallit|mancat)[ao]",
               r"(?:indirizzo|luogo|domicilio)(?: di consegna)? (?:non raggiungibil|irraggiungibil|inaccessibil|non accessibil)\w*",
               r"citofono (?:guasto|non funzionante)", r"nessuna risposta (?:al|dal) (?:citofono|campanello|destinatario|cliente)",
               r"contrassegno (?:non pagat|rifiutat)\w*", r"non (?:\w+ ){0,2}pagat\w* (?:il )?contrassegno"),
        "es": (r"no (?:se )?(?:ha |hemos |han |hubo )?(?:podido|pudo|pudimos|logrado|logramos|conseguimos|conseguido) "
               r"(?:\w+ )?(?:entregar|realizar la entrega|efectuar la entrega|completar la entrega|hacer la entrega|acceder)",
               r"(?:destinatario|cliente|receptor) (?:ha |han )?(?:rechazad|rehusad)\w*(?! (?:\w+ )?pago)",
               r"sin acceso (?:al|a la) (?:domicilio|direccion|edificio|vivienda|urbanizacion|portal)",
               r"nadie en (?:casa|el domicilio)", r"no habia nadie",
               r"(?:destinatario|cliente) (?:\w+ )?no (?:se )?(?:encontraba|encuentra|estaba|esta)\b",
               r"(?:direccion|domicilio) (?:\w+ )?(?:no (?:encontrad|localizad|existe)|inexistente|erronea|equivocada|desconocid)\w*",
               r"^(?:rechazad|rehusad)[oa]s?$", r"(?:destinatario|cliente) (?:se )?(?:niega|niegan|nego|negaron) a (?:recibir|aceptar)",
               r"no (?:ha sido|fue|es|era) posible (?:\w+ )?(?:entregar|realizar la entrega|efectuar la entrega|acceder)", r"nadie (?:contesto|contesta|abrio|abre|respondio|responde)\b",
               r"(?:establecimiento|negocio|local|empresa|comercio) (?:\w+ )?cerrad[oa]", r"(?:entrega|intento)\w* (?:\w+ ){0,3}sin exito"),
        "pt": (r"nao (?:\w+ ){0,2}(?:conseguimos|conseguiu|foi possivel|pudemos|podemos) (?:\w+ )?entregar",
               r"^numero inexistente$", r"numero (?:da porta|de porta|da casa|de policia) (?:inexistente|errad\w*|incorret\w*)",
               r"aviso (?:de (?:passagem|chegada) )?deixad\w*", r"deixad\w* (?:\w+ ){0,2}aviso", r"deixamos (?:um )?aviso",
               r"sem acesso (?:a|ao) (?:morada|endereco|local|domicilio|residencia|predio|edificio)",
               r"ninguem (?:em casa|no local|para receber)", r"nao existe (?:o )?numero",
               r"entrega (?:\w+ )?nao (?:foi )?(?:concluid|efetuad|efectuad|realizad)[oa]",
               r"(?:estabelecimento|empresa|local|escritorio|comercio) (?:\w+ )?(?:fechad|encerrad)[oa]",
               r"destinatari\w* (?:\w+ )?nao (?:foi )?(?:encontrad|localizad)\w*",
               r"(?:destinatari\w*|cliente) (?:\w+ )?nao (?:estava|esta|se encontrava)\b",
               r"(?:endereco|morada) (?:\w+ )?(?:incorret|errad|insuficient|incomplet|inexistent|desconhecid|nao localizad|nao encontrad)\w*"),
    }),
    # A hold: delayed, stopped, suspended or put off, a parcel missing from its shipment, papers,
    # clearance or instructions awaited.
    ("exception", {
        "it": (r"in attesa (?:di|della|dei|del) (?:\w+ )?document\w*", r"document\w* (?:mancant|incomplet|insufficient)\w*",
               r"coll[oi] mancant\w*", r"consegna (?:\w+ )?(?:posticipat|rinviat|rimandat|differit|slittat)\w*",
               r"(?:spedizione|consegna|pacco|invio|servizio|consegne|spedizioni) (?:\w+ )?sospes[oaie]",
               r"dann\w* (?:all |al |alla )?(?:imball\w*|confezione)", r"(?:in )?attesa (?:di |delle )?(?:istruzion|disposizion)\w*",
               r"indirizzo (?:da |in )?(?:verific|conferm)\w*", r"(?:verifica|conferma) (?:dell |del )?indirizzo",
               r"event\w* (?:eccezional|imprevist|straordinari)\w*",
               r"(?:spedizione|consegna|pacco|transito|consegne) (?:\w+ )?rallentat[oaie]"),
        "es": (r"(?:envio|paquete|pedido|mercancia) (?:\w+ )?(?:detenid|parad)[oa]",
               r"(?:en espera|a la espera|pendiente|esperando) (?:de )?instrucciones",
               r"(?:envio|paquete|pedido) en espera$", r"(?:envio|paquete|pedido|bulto|mercancia) (?:\w+ )?en revision",
               r"mal (?:dirigid|direccionad|enrutad)\w*", r"(?:envio|paquete|pedido) (?:\w+ )?desviad[oa]",
               r"entrega (?:\w+ )?(?:aplazad|pospuest|demorad)[oa]",
               r"(?:espera|pendiente) (?:de )?(?:pago|abono) de (?:tasas|aranceles|impuestos|derechos|iva)"),
        "pt": (r"(?:aguardando|aguarda|a aguardar) (?:\w+ ){0,2}document\w*",
               r"(?:encaminhamento|roteamento) (?:incorret|indevid)\w*",
               r"encaminhad\w* (?:incorretamente|erradamente|por engano|indevidamente)",
               r"(?:envio|entrega|objeto|encomenda|pedido) (?:\w+ )?(?:suspens|adiad)[oa]",
               r"(?:aguardando|aguarda|a aguardar) (?:o )?(?:desalfandegamento|desembaraco)",
               r"mau tempo", r"condicoes (?:climaticas|meteorologicas)"),
    }),
    # Before the carrier has the parcel: a label, a waybill or an invoice made, an order being
    # prepared, a pickup from the sender booked or awaited.
    ("info_received", {
        "it": (r"(?:creat|generat|emess|stampat)\w* (?:l )?(?:etichett\w*|lettera di vettura|ldv)",
               r"(?:lettera di vettura|ldv) (?:\w+ ){0,2}(?:creat|generat|emess|stampat)\w*",
               r"ritiro (?:\w+ )?(?:programmat|prenotat|pianificat)\w*", r"in attesa che il (?:mittente|venditore|negozio)",
               r"(?:comunicat|trasmess)\w* (?:i |le )?(?:dati|informazion)\w*", r"prenotazione (?:del )?ritiro", r"etichett\w* (?:\w+ )?(?:stampat|emess)\w*"),
        "es": (r"(?:remitente|vendedor|expedidor|tienda) (?:ha |han )?(?:cread|registrad|generad)\w*", r"admision pendiente",
               r"etiqueta (?:\w+ ){0,2}(?:impres|imprimid|emitid|cread|generad)[oa]", r"pedido confirmad[oa]",
               r"pendiente de recibir (?:el |la )?(?:paquete|envio|mercancia|bulto)"),
        "pt": (r"(?:pedido|encomenda) em (?:separacao|preparacao)", r"nota fiscal (?:\w+ )?(?:emitid|gerad)\w*",
               r"(?:pedido|encomenda) faturad[oa]", r"(?:aguardando|aguarda) (?:a )?(?:coleta|recolha)",
               r"(?:coleta|recolha) (?:\w+ )?(?:agendad|solicitad|programad)[oa]",
               r"(?:envio|encomenda|objeto) (?:\w+ )?regist(?:ad|rad)[oa]",
               r"etiqueta (?:\w+ ){0,2}(?:impress|emitid|gerad|criad)[oa]", r"(?:aguardando|aguarda|a aguardar) (?:a )?postagem",
               r"recebemos (?:a |as |os )?(?:informac\w*|dados)", r"(?:pedido|encomenda) (?:separad|confirmad)[oa]",
               r"(?:aguardando|aguarda|a aguardar) (?:o )?(?:envio|faturamento)$"),
    }),
    # Waiting for the recipient, who is told to collect it.
    ("available_for_pickup", {
        "it": (r"(?:puoi|potrai|potete|potra|si puo|e possibile) ritirar\w*", r"^ritira (?:il|la) (?:tu[oa] )?(?:pacco|spedizione|ordine)"),
        "es": (r"(?<!no )(?:puedes|puede|podras|podra|pueden) (?:pasar a )?(?:recoger|retirar)\w*",
               r"(?:esta|se encuentra) (?:disponible )?en (?:la |nuestra )?(?:oficina|tienda)\b(?! de (?:origen|clasificacion|cambio|transito))"),
        "pt": (r"(?:pode|podera|podes) (?:\w+ )?(?:levantar|retirar|recolher)\b",
               r"pront[oa] para (?:levantamento|retirada|ser levantad\w*|ser retirad\w*)", r"(?:a sua|a tua|sua) espera (?:na|no|em)"),
    }),
    ("delivered", {
        "it": (r"(?:lasciat|depositat|inserit)\w* nella (?:tua )?cassetta (?:postale|delle lettere)",
               r"consegna (?:eseguit|riuscit|conclus)[ao]",
               r"lasciat\w* (?:al|alla|dal|dalla|presso (?:il|la)) (?:vicin[oa]|portiere|portineria|reception)"),
        "pt": (r"(?:levantad|recolhid)[oa]s? pel[oa] (?:destinatari|client)\w*",
               r"entregamos (?:a sua|o seu|a tua|o teu|sua|seu) (?:encomenda|pedido|objeto|envio)"),
    }),
    # The last leg: on the delivery van, arriving today.
    ("out_for_delivery", {
        "it": (r"caricat\w* (?:\w+ ){0,4}per (?:la )?consegna",
               r"(?:sul|nel|a bordo del) (?:furgone|mezzo|veicolo) (?:del |di )?(?:corriere|consegna)"),
        "es": (r"(?:vehiculo|furgoneta|camion\w*) de (?:reparto|entrega)",
               _AFFIRMED + r"(?:se )?(?:entregar[a-z]*|entregamos|entrega|llega|llegara|recibiras|recibira) (?:\w+ ){0,4}hoy\b",
               r"\bhoy (?:\w+ ){0,3}(?:se )?(?:entregar\w*|entregamos|entrega|llega\w*|recibir\w*)"),
        "pt": (r"com o (?:estafeta|entregador|carteiro|motorista)", r"(?:viatura|veiculo|carrinha) de (?:distribuicao|entrega)",
               _AFFIRMED + r"(?:chega|chegara|recebe|recebera) (?:\w+ ){0,3}hoje"),
    }),
    ("in_transit", {
        "it": (r"lasciat\w* (?:il |l )?(?:paese|centro|hub|deposito|filiale|magazzino|aeroporto)",
               r"giunt[oa] (?:in|a|al|alla|presso|nel|nella|all)\b",
               r"ritir\w* (?:\w+ ){0,2}(?:presso|dal|dalla) (?:il |la |l )?(?:mittente|venditore)",
               r"viaggi(?:a|ano) verso"),
        "es": (r"(?:esta|estan|va|van) (?:de|en) camino", r"(?:ha|han) salido (?:de|del)\b",
               r"(?:ha|han) llegado (?:a|al|a la|a nuestr\w*)\b(?! (?:la )?(?:oficina|punto|tienda|locker|citypaq))"),
        "pt": (r"(?:esta|estao) a caminho", r"desalfandegad[oa]", r"aceite (?:pel[oa]s?|n[oa]s?) (?:ctt|correios|transportadora)"),
    }),
)
