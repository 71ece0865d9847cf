"""Italian, Spanish and Portuguese read by grammar and meaning (twenty-fourth round, b): verb stems with
their inflections, tense and voice, negation, and who acts on whom, rather than whole carrier sentences.

Two groups. ROMANCE_MEANING_FIRST_STEPS, tried just before status_phrases_romance's first steps, correct
a broad word that would decide against the sentence around it:

- a storage ("giacenza") opened at a courier's depot, with a cause or awaiting the sender's instructions,
  is a hold (exception), not the failed attempt it names as its cause nor a parcel waiting at the post
  office ("In giacenza", "Avviso di giacenza" keep their pickup reading);
- a parcel on its way back to the sender ("restituito al mittente per destinatario sconosciuto", "sta
  tornando al mittente", "volviendo al remitente", "a regressar ao remetente") is a return;
- a parcel stopped ("fermo in dogana", "parado na fiscalização"), awaiting clearance or papers, misrouted,
  or whose damaged packaging is being checked is a hold, not customs moving it on nor damaged goods;
- the future tense: a delivery still to come ("verrà consegnato", "consegneremo", "vai ser entregue") is
  on the way, and out for delivery when it is today ("sarà consegnato oggi", "será entregue hoje"); a
  courier on the way to the recipient ("il corriere è in viaggio verso di te", "o estafeta está a
  caminho") is the last leg;
- data, not the parcel, received ("abbiamo ricevuto i dati", "pedido recebido"), a parcel the carrier
  has not yet been given or collected ("non ancora affidato al corriere", "pendiente de recogida por el
  transportista", "ainda não postado", "aún no ha recibido") is not yet with the carrier, and a
  delivery not yet made ("aún no entregado") is still on the way;
- waiting for the recipient's collection ("pendiente de recogida por el destinatario", "chegou ao ponto
  de retirada") is a pickup, and the recipient who has collected it ("il destinatario ha ritirato", "el
  cliente ha recogido") a delivery.

ROMANCE_MEANING_LAST_STEPS, tried after every other step, only read texts nothing else reads: failed
attempts told as negated verbs ("non siamo riusciti a consegnare", "no hemos podido entregar", "não
conseguimos entregar"), nobody at home, no access, a house number missing, a notice left; holds
(delayed, suspended, postponed, awaiting documents or instructions); labels, waybills, invoices and
pickups booked before the carrier has the parcel; the recipient invited to collect it; a parcel left in
the letterbox; the last leg told by the van or "today".

Written by the team from the languages' grammar to DESIGN §4's statuses (tests/test_status_meaning_romance.py
holds the examples); no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# A future delivery in Italian, Spanish and Portuguese: an auxiliary in the future with the participle,
# or the verb's own future forms.
_IT_FUTURE = r"(?:(?:sara|saranno|verra|verranno) (?:\w+ ){0,2}(?:consegnat|recapitat)\w*|(?:consegner|recapiter)(?:a|anno|emo|o))"
_ES_FUTURE = r"(?:(?:sera|seran) (?:\w+ )?entregad\w*|entregar(?:a|an|emos|e)|llegara|llegaran|recibiras|recibira)"
_PT_FUTURE = r"(?:(?:sera|serao|vai ser|vao ser|ira ser) (?:\w+ )?entregue\w*|entregar(?:a|ao|emos)|chegara|recebera)"
_TODAY = r"(?:oggi|in giornata|hoy|hoje)"
# Words saying the day is today, which make a future delivery the last leg (read where the van is named).
_NOT_TODAY = r"(?!.*\b(?:oggi|in giornata|nel corso della giornata|hoy|durante el dia|hoje|(?:no decorrer|ao longo|durante) do dia)\b)"

ROMANCE_MEANING_FIRST_STEPS: tuple[Step, ...] = (
    # On its way back (a progressive form), or sent back for a reason that would read as a failed attempt.
    ("returned", {
        "it": (r"(?:restituit|res|rientrat|ritornat|rinviat|rimandat)[oaie] al mittente (?:per|causa|a causa d\w*)\b",
               r"(?:(?:sta|stanno) (?:\w+ )?(?:tornando|ritornando|rientrando) (?:al|verso il)|in viaggio verso il|in rientro verso il) mittente"),
        "es": (r"(?:volviendo|regresando|retornando|de vuelta) (?:\w+ )?(?:al|a su|hacia el) (?:remitente|origen|expedidor)",),
        "pt": (r"(?:a regressar|a voltar|a retornar|regressando|voltando|retornando) (?:\w+ )?(?:ao|para o) (?:remetente|expedidor|vendedor)",
               r"a caminho do (?:remetente|expedidor)"),
    }),
    ("exception", {
        # Storage opened at the depot, for a cause or pending instructions; "per 30 giorni" and "per il
        # ritiro" are how long and why the recipient may collect it.
        "it": (r"(?:apertura|messa in|aperta la) giacenza", r"giacenza apert\w*",
               r"giacenza (?:per|causa|a causa d\w*)\b(?! \d| (?:il )?ritiro| (?:\w+ )?giorni)",
               r"giacenza presso (?:la |il |l |lo )?(?:nostr[oa] )?(?:filiale|deposito|sede|magazzino|hub|centro)",
               r"giacenza (?:\w+ ){0,6}in attesa di (?:istruzion|disposizion)\w*",
               r"(?:spedizione|pacco|collo|merce|invio) (?:e |risulta |rimane )?ferm[oa]\b(?! (?:deposito|point|posta))",
               r"ferm[oaie] (?:in|presso|alla|al|nel|nella|all) (?:\w+ )?(?:dogana|centro|hub|filiale|magazzino)",
               r"(?:imball\w*|confezione|involucro) (?:\w+ ){0,2}danneggiat\w*(?=.*\b(?:verific|controll|ispezion|reimball)\w*)",
               r"(?:instradat|inoltrat|smistat|indirizzat)\w* (?:erroneamente|per errore|in modo errato)",
               r"(?:errato|erroneo) instradamento", r"instradamento errato"),
        "es": (r"(?:embalaje|envoltorio|caja) (?:\w+ ){0,2}danad\w*(?=.*\b(?:revis|verific|comprob|inspecc)\w*)",
               r"(?:pendiente|en espera|a la espera) de (?:\w+ ){0,2}despacho (?:de )?aduan\w*"),
        "pt": (r"embalagem (?:\w+ ){0,2}(?:danificad|avariad)\w*(?=.*\b(?:verifica|analise|inspec)\w*)",
               r"parad[oa]s? (?:na|no|pela|pelo) (?:fiscalizacao|alfandega|aduana|receita)",
               r"(?:objeto|encomenda|envio|pedido) (?:esta |se encontra )?parad[oa]"),
    }),
    # Data before the parcel, and a hand-over to the carrier not yet made; before the future and
    # negated deliveries below ("ainda não foi entregue à transportadora").
    ("info_received", {
        "it": (r"ricevut\w* (?:i |le )?(?:dati|informazion\w*)", r"ordine (?:\w+ )?ricevut\w*",
               r"non (?:e |sono )?(?:ancora )?(?:stat[oaie] )?(?:affidat|consegnat|pres[oa] in carico|ritirat|spedit)\w* "
               r"(?:al|dal|allo|dallo) (?:corriere|vettore|trasportatore)"),
        "es": (r"pendiente de recog\w* por (?:parte )?(?:de |del |de la )?(?:el |la )?(?:transportista|mensajer\w*|repartidor\w*|"
               r"courier|conductor\w*|operador\w*|agencia)",
               r"recibid\w* (?:los |las )?(?:datos|informacion)", r"pedido (?:\w+ )?recibid\w*",
               r"que el (?:vendedor|remitente|expedidor|comercio) (?:\w+ )?(?:entregue|envie|deposite|despache)",
               r"(?:transportista|mensajer\w*|courier|agencia|operador\w*) (?:aun|todavia) no (?:ha |han )?recibid\w*",
               r"(?:aun|todavia) no hemos recibido"),
        "pt": (r"pedido (?:\w+ )?recebid\w*", r"recebemos (?:o )?(?:seu |teu )?pedido", r"dados (?:\w+ ){0,3}recebid\w*",
               r"pre ?aviso\w* (?:\w+ ){0,2}recebid\w*", r"(?:informac\w*|dados) (?:\w+ ){0,2}(?:enviad|transmitid|comunicad)\w*",
               r"nao (?:foi |foram )?(?:postad|enviad|expedid|despachad)\w*",
               r"(?:aguarda\w*|a aguardar) (?:a )?entrega (?:a|ao|para a|para o) (?:\w+ )?transportador\w*",
               r"nao (?:foi |foram )?entregue\w* (?:a|ao|para a|para o) (?:\w+ )?(?:transportador\w*|ctt|correios)"),
    }),
    # The last leg: a future delivery today, a courier on the way to the recipient.
    ("out_for_delivery", {
        "it": (_IT_FUTURE + r" (?:\w+ ){0,4}" + _TODAY, _TODAY + r" (?:\w+ ){0,3}" + _IT_FUTURE,
               r"consegna (?:e )?previst\w* (?:per )?" + _TODAY,
               r"(?:corriere|postino|portalettere|fattorino|autista) (?:e |sta )?(?:in viaggio|arrivando|in arrivo) (?:verso di te|da te)"),
        "es": (_ES_FUTURE + r" (?:\w+ ){0,4}" + _TODAY, r"salida para (?:la )?entrega"),
        "pt": (_PT_FUTURE + r" (?:\w+ ){0,4}" + _TODAY, r"entrega prevista (?:para )?" + _TODAY,
               r"(?:estafeta|entregador|carteiro|motorista|motoboy) (?:\w+ )?(?:esta |ja esta )?(?:a caminho|em rota|a chegar|chegando)"),
    }),
    # A delivery still to come, or not yet made, on another day.
    ("in_transit", {
        "it": (_IT_FUTURE + _NOT_TODAY,),
        "es": (r"entregar(?:a|an|emos)" + _NOT_TODAY, r"(?:aun|todavia) no (?:ha sido |fue |se ha )?entregad\w*"),
        "pt": (r"(?:vai|vao|ira) ser entregue\w*" + _NOT_TODAY, r"(?:ainda|por) nao (?:foi )?entregue\w*"),
    }),
    ("available_for_pickup", {
        "es": (r"pendiente de (?:recog|retir)\w* (?:por (?:parte )?(?:de |del )?(?:el |la )?)?(?:destinatario|cliente)",),
        "pt": (r"(?:chegou|chegada|entregue|depositad\w*|recebid\w*) (?:\w+ ){0,2}(?:ao|no|num|em) ponto de (?:retirada|levantamento|recolha)",),
    }),
    # The recipient has collected it ("non ha ritirato" keeps its negation between the words).
    ("delivered", {
        "it": (r"(?:destinatari|client)\w* ha ritirat\w*",),
        "es": (r"(?:destinatario|cliente) (?:ya )?(?:ha |han )?(?:recogid|retirad)\w*",),
    }),
)

ROMANCE_MEANING_LAST_STEPS: tuple[Step, ...] = (
    # A failed attempt: a negated delivery verb, nobody at home, no access, a missing house number or
    # name, a notice left, a refusal by the recipient, cash on delivery not paid.
    ("delivery_failed", {
        "it": (r"non (?:\w+ ){0,3}(?:consegnar\w*|recapitar\w*)",
               r"(?:consegna|recapito|tentativ\w*)(?: \w+){0,4} non (?:e )?(?:andat\w* a buon fine|riuscit\w*)",
               r"destinatari\w* (?:\w+ ){0,2}(?:assent|sconosciut|trasferit|irreperibil|decedut)\w*",
               r"nessuno (?:in casa|a casa|present\w*)", r"non (?:\w+ ){0,2}trovato nessuno",
               r"(?:respint|rifiutat)\w* (?:\w+ ){0,2}(?:dal|dalla) (?:destinatari|client)\w*",
               r"avviso (?:di (?:passaggio|mancata consegna) )?lasciat\w*", r"lasciat\w* (?:\w+ ){0,2}avviso",
               r"accesso (?:\w+ ){0,3}(?:impossibile|non consentit\w*|negat\w*|non possibile)", r"impossibile accedere",
               r"civico (?:inesistent|mancant|errat|sbagliat|incomplet|assent)\w*",
               r"(?:nominativo|nome) (?:\w+ ){0,2}non (?:present|indicat|riportat)\w* (?:sul|al) (?:citofono|campanello)",
               r"citofono (?:guasto|non funzionante)",
               r"contrassegno (?:non pagat|rifiutat)\w*", r"non (?:\w+ ){0,2}pagat\w* (?:il )?contrassegno"),
        "es": (r"no (?:se )?(?:ha |hemos |han |hubo )?(?:podido|pudo|pudimos|logrado|logramos|conseguimos|conseguido) "
               r"(?:\w+ )?(?:entregar|realizar la entrega|efectuar la entrega|completar la entrega|hacer la entrega|acceder)",
               r"(?:destinatario|cliente|receptor) (?:ha |han )?(?:rechazad|rehusad)\w*(?! (?:\w+ )?pago)",
               r"sin acceso (?:al|a la) (?:domicilio|direccion|edificio|vivienda|urbanizacion|portal)",
               r"nadie en (?:casa|el domicilio)", r"no habia nadie"),
        "pt": (r"nao (?:\w+ ){0,2}(?:conseguimos|conseguiu|foi possivel|pudemos|podemos) (?:\w+ )?entregar",
               r"^numero inexistente$", r"numero (?:da porta|de porta|da casa|de policia) (?:inexistente|errad\w*|incorret\w*)",
               r"aviso (?:de (?:passagem|chegada) )?deixad\w*", r"deixad\w* (?:\w+ ){0,2}aviso", r"deixamos (?:um )?aviso",
               r"sem acesso (?:a|ao) (?:morada|endereco|local|domicilio|residencia|predio|edificio)",
               r"ninguem (?:em casa|no local|para receber)"),
    }),
    # A hold: delayed, stopped, suspended or put off, a parcel missing from its shipment, papers,
    # clearance or instructions awaited.
    ("exception", {
        "it": (r"in attesa (?:di|della|dei|del) (?:\w+ )?document\w*", r"document\w* (?:mancant|incomplet|insufficient)\w*",
               r"coll[oi] mancant\w*", r"consegna (?:\w+ )?(?:posticipat|rinviat|rimandat|differit|slittat)\w*",
               r"(?:spedizione|consegna|pacco|invio|servizio) (?:\w+ )?sospes[oa]"),
        "es": (r"(?:envio|paquete|pedido|mercancia) (?:\w+ )?(?:detenid|parad)[oa]",
               r"(?:en espera|a la espera|pendiente|esperando) (?:de )?instrucciones",
               r"(?:envio|paquete|pedido) en espera$"),
        "pt": (r"(?:aguardando|aguarda|a aguardar) (?:\w+ ){0,2}document\w*",
               r"(?:encaminhamento|roteamento) (?:incorret|indevid)\w*",
               r"encaminhad\w* (?:incorretamente|erradamente|por engano|indevidamente)",
               r"(?:envio|entrega|objeto|encomenda|pedido) (?:\w+ )?(?:suspens|adiad)[oa]",
               r"(?:aguardando|aguarda|a aguardar) (?:o )?(?:desalfandegamento|desembaraco)"),
    }),
    # Before the carrier has the parcel: a label, a waybill or an invoice made, an order being
    # prepared, a pickup from the sender booked or awaited.
    ("info_received", {
        "it": (r"(?:creat|generat|emess|stampat)\w* (?:l )?(?:etichett\w*|lettera di vettura|ldv)",
               r"(?:lettera di vettura|ldv) (?:\w+ ){0,2}(?:creat|generat|emess|stampat)\w*",
               r"ritiro (?:\w+ )?(?:programmat|prenotat|pianificat)\w*", r"in attesa che il (?:mittente|venditore|negozio)"),
        "es": (r"(?:remitente|vendedor|expedidor|tienda) (?:ha |han )?(?:cread|registrad|generad)\w*", r"admision pendiente"),
        "pt": (r"(?:pedido|encomenda) em (?:separacao|preparacao)", r"nota fiscal (?:\w+ )?(?:emitid|gerad)\w*",
               r"(?:pedido|encomenda) faturad[oa]", r"(?:aguardando|aguarda) (?:a )?(?:coleta|recolha)",
               r"(?:coleta|recolha) (?:\w+ )?(?:agendad|solicitad|programad)[oa]",
               r"(?:envio|encomenda|objeto) (?:\w+ )?regist(?:ad|rad)[oa]"),
    }),
    # Waiting for the recipient, who is told to collect it.
    ("available_for_pickup", {
        "it": (r"(?:puoi|potrai|potete|potra|si puo|e possibile) ritirar\w*", r"^ritira (?:il|la) (?:tu[oa] )?(?:pacco|spedizione|ordine)"),
        "es": (r"(?:puedes|puede|podras|podra|pueden) (?:pasar a )?(?:recoger|retirar)\w*",),
        "pt": (r"(?:pode|podera|podes) (?:\w+ )?(?:levantar|retirar|recolher)\b",
               r"(?:depositad|colocad|entregue)\w* (?:no|num|em) cacifo"),
    }),
    ("delivered", {
        "it": (r"(?:lasciat|depositat|inserit)\w* nella (?:tua )?cassetta (?:postale|delle lettere)",),
        "pt": (r"(?:levantad|recolhid)[oa]s? pel[oa] (?:destinatari|client)\w*",
               r"entregamos (?:a sua|o seu|a tua|o teu|sua|seu) (?:encomenda|pedido|objeto|envio)"),
    }),
    # The last leg: on the delivery van, arriving today.
    ("out_for_delivery", {
        "it": (r"caricat\w* (?:\w+ ){0,4}per (?:la )?consegna",),
        "es": (r"(?:vehiculo|furgoneta|camion\w*) de (?:reparto|entrega)",
               r"(?:se )?(?:entregar[a-z]*|entregamos|entrega|llega|llegara|recibiras|recibira) (?:\w+ ){0,4}hoy\b",
               r"\bhoy (?:\w+ ){0,3}(?:se )?(?:entregar\w*|entregamos|entrega|llega\w*|recibir\w*)"),
        "pt": (r"com o (?:estafeta|entregador|carteiro|motorista)", r"(?:viatura|veiculo|carrinha) de (?:distribuicao|entrega)",
               r"(?:chega|chegara|recebe|recebera) (?:\w+ ){0,3}hoje"),
    }),
    ("in_transit", {
        "it": (r"lasciat\w* (?:il |l )?(?:paese|centro|hub|deposito|filiale|magazzino|aeroporto)",),
        "pt": (r"(?:esta|estao) a caminho", r"desalfandegad[oa]", r"aceite (?:pel[oa]s?|n[oa]s?) (?:ctt|correios|transportadora)"),
    }),
)
