"""The general phrases of the ordered steps (status_phrases.STEPS), in many languages at once, that
decide between moving, waiting and delivered where a language's own module has not: tried in three places
of the order, which status_phrases' docstring explains.

- GENERAL_SENDER_STEPS (after the last-mile apps' late steps): the carrier collecting from the sender, a
  parcel readied for its round, an address changed on the way (in transit); announced by the sender or a
  pickup ordered from it (information received); a tracking number not found (unread).
- GENERAL_PICKUP_AND_VAN_STEPS (after the Dutch and German pickup corrections): a pickup point, locker or
  post office where the parcel waits; the parcel on the delivery vehicle.
- GENERAL_LAST_LEG_STEPS (after a delivery due today in Dutch and German): a delivery still to come or a
  hand-over inside the network (in transit), the last leg, and the bare words of a delivery.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import PICKUP_PLACE, RECIPIENT, Step

GENERAL_SENDER_STEPS: tuple[Step, ...] = (
    # The carrier collecting from the sender, a parcel being readied for its round ("配達準備中",
    # before "準備中" reads a label being prepared), or an address changed on the way: moving on.
    ("in_transit", {
        "en": (r"pick ?up from (?:the )?(?:customer|shipper|sender)", r"(?:delivery )?address changed",
               r"(?:left|dropped(?: off)?) by the (?:customer|sender|shipper)",
               r"dropped off at (?:\w+ ){0,4}by (?:the )?(?:customer|sender|shipper)",
               r"we have your (?:package|parcel|shipment)", r"for (?:return to|pick ?up by) (?:ups|fedex|dhl|usps|(?:the )?carrier)"),
        "de": (r"abholung (?:beim|vom) (?:absender|versender|auftraggeber)", r"(?:vom|beim) (?:absender|versender) abgeholt",
               r"nachsendeauftrag\w*", r"an eine neue \w*adresse",
               r"(?:vom|beim|durch den) (?:absender|versender) (?:\w+ ){0,4}eingeliefert",
               r"einlieferung (?:\w+ ){0,3}(?:packstation|filiale|postfiliale|paketshop|paketbox)", r"zum weitertransport", r"(?:fur den|zum) weitere\w* transport"),
        "fr": (r"prepar\w* (?:\w+ ){0,4}(?:livraison|distribution)", r"en attente de (?:livraison|distribution)",
               r"(?:achemin\w*|en route|transfere\w*) (?:\w+ ){0,2}vers"),
        # On its way to you is the last leg, read later.
        "sv": (r"(?:vidaresand|skickad)\w* (?:till|mot)", r"pa vag\w* (?:till|mot)(?! (?:dig|er)\b)", r"omstyrning", r"inlamna\w*", r"lamna\w* in"),
        "da": (r"videresendt", r"indleveret", r"pa vej til (?:\w+ )?(?:terminal|pakke ?shop|udleveringssted|afhentningssted|posthus)\w*"),
        "nb": (r"videresendt", r"innlevert", r"(?:sendt|pa vei) til (?:\w+ )?(?:terminal|hentested|postkontor|post i butikk|pakkeboks)\w*"),
        "fi": (r"matkalla", r"uudelleenohja\w*"),
        "zh": ("干线", "转递", "转寄", "转给", "到达派件", "到达派送"),
        "ja": ("配達準備",),
        "pl": (r"przeadresowan\w*", r"przekierowan\w*", r"odebran\w* (?:od|przez) (?:nadawc|kurier|przewoznik)\w*"),
        "es": (r"(?:entregad|depositad|admitid)\w* por (?:el )?remitente",),
        "it": (r"(?:consegnat|depositat|affidat)\w* dal mittente", r"registrat\w* (?:\w+ ){0,2}(?:hub|centro|impianto)"),
    }),
    # Announced by the sender, or a pickup ordered from the sender: not yet with the carrier.
    ("info_received", {
        "en": (r"announced", r"announcement", r"acceptance pending", r"awaiting acceptance",
               r"edi (?:message|data|notification|information)", r"only (?:a |the )?notification", r"not yet (?:been )?received",
               r"(?:did|has|have) not (?:yet )?receive[d]? (?:the |your )?(?:package|parcel|item|shipment|freight)",
               r"not yet (?:been )?accepted", r"not (?:yet )?(?:been )?(?:dispatched|despatched|shipped)",
               r"no (?:shipment|parcel|package|item) has been received",
               r"awaiting (?:collection|pick ?up) (?:from|at) (?:the )?(?:sender|shipper|seller|merchant|retailer)"),
        "de": (r"abholauftrag\w*", r"vor dem transit"),
        "zh": ("分配业务员", "分配快递员", "尚未发货", "未发货"),
        "es": (r"pre ?transito",), "pt": (r"pre ?transito",),
        # Waiting for the courier to collect it; waiting at a place is read by the pickup step below.
        "it": (r"pre ?transito", r"in attesa di ritiro(?! (?:presso|in|al|allo|dal|da parte))",
               r"in attesa di ritiro (?:dal|presso il) mittente", r"in attesa di presa in carico"),
        "pl": (r"przed tranzytem",), "ja": ("トランジット前",),
        "sv": (r"forhandsbesked", r"kommande forsandelse", r"information mottagen", r"faktureringsinformation",
               r"elektronisk\w* (?:\w+ )?(?:information|avisering|besked)", r"(?:inte|ej) (?:annu )?(?:inlamnad|mottagen)"),
        "da": (r"(?:forsendelses)?oplysninger (?:\w+ ){0,2}modtaget", r"forsendelse er planlagt", r"registreret",
               r"før transit"),
        "nb": (r"forhandsmeldt", r"før transitt", r"ingen sending er mottatt", r"kun melding", r"fatt melding (?:fra|om)"),
        "fi": (r"ennakkotie\w*", r"ei ole (?:viela )?saapunut", r"odottaa lahetysta", r"rekisteroi\w*"),
    }),
    ("unknown", {
        "en": ("not found", r"no (?:tracking )?(?:information|info|record|records|data)",
               r"invalid (?:tracking )?number"),
        "zh": ("查询不到", "未查询到", "查无", "暂无信息", "暂无轨迹", "无信息", "无轨迹", "等待运输商更新"),
        "de": (r"keine (?:sendungs)?(?:informationen|daten)",),
        "fr": (r"aucune (?:information|donnee)",
               r"n est pas valide", r"numero (?:\w+ ){0,4}invalide"),
        "es": (r"sin informacion",),
        "sv": (r"ingen (?:sparnings)?information",), "da": (r"ingen (?:sporings)?(?:information|oplysninger)",),
        "nb": (r"ingen (?:sporings)?informasjon",), "fi": (r"ei loytynyt", r"ei (?:seuranta)?tietoja"),
    }),
)

GENERAL_PICKUP_AND_VAN_STEPS: tuple[Step, ...] = (
    ("available_for_pickup", {
        "en": (r"(?:available|ready) (?:for|to) (?:be )?(?:pick ?up|picked up|collection|collect(?:ed)?)",
               "awaiting collection", r"awaiting pick ?up by", r"waiting for (?:the )?(?:customer|recipient|consignee) (?:to )?pick ?up", r"held for (?:pick ?up|collection|the recipient)",
               r"held at (?:the )?(?:post office|location|(?:pick ?up|service|access) point)", r"hold at location",
               r"(?:delivered|left|placed|deposited|arrived)(?: by \w+)? (?:to|at|in|into) (?:\w+ ){0,2}" + PICKUP_PLACE,
               r"delivered (?:to|at) (?:the |a )?(?:local )?post office(?! box)",
               r"delivered to a (?:\w+ ){0,2}(?:dropoff|drop off) location", r"held (?:\w+ ){0,4}for (?:\w+ )?(?:pick ?up|collection)",
               r"held at (?:the )?(?:\w+ )?(?:facility|depot)", r"awaiting (?:customer )?pick ?up",
               r"(?:pick ?up|service|access|collection) point", r"parcel (?:locker|shop)",
               r"(?:post|delivery) office for (?:pick ?up|collection)",
               r"(?:held|hold|pick ?up|kept) (?:at|in) (?:\w+ ){0,3}(?:office|branch|counter|post office)",
               r"collect (?:it )?from"),
        "zh": ("到达待取", "待取件", "待自提", "待取", "自提", "驿站", "快递柜", "智能柜", "代收点", "丰巢", r"(?:请\S{0,8}自取)",
               "待领取", "供领取", "取件码", "投柜", "入柜"),
        "de": (r"zur abholung (?:bereit\w*|in|bei)", "abholbereit", r"packstation", r"paketshop",
               r"(?:postfiliale|filiale) (?:\w+ ){0,3}abgeholt werden", r"(?:in die|in der) filiale",
               r"wartet auf (?:die )?abholung", r"kann (?:\w+ ){0,4}abgeholt werden", r"abholstation",
               r"paketbox", "selbstabholung",
               r"liegt (?:\w+ ){0,5}bereit", r"abholstelle", r"abholort", "poststation"),
        "fr": (r"disponible (?:en|dans|au|a) (?:point|bureau|relais|consigne|votre|la poste)",
               r"(?:pret|disponible)\w* (?:pour|au) (?:le )?(?:ramassage|retrait)",
               r"(?:point|relais) (?:de )?(?:retrait|pickup|colis)", r"vous attend", r"pret a etre retire",
               r"a retirer", r"depose\w* (?:en|au|dans) (?:point|relais|consigne|bureau|locker)",
               r"mis a (?:votre )?disposition", r"en instance",
               r"disponible\w*", "consigne", r"bureau de poste", r"point relais", r"en attente de (?:retrait|recuperation)",
               r"peut etre retire", r"a recuperer"),
        "es": (r"disponible (?:para (?:su )?recog\w*|para retirar|en (?:la )?oficina|en (?:el )?punto)",
               r"(?:listo|lista) para (?:recoger|retirar)", r"pendiente de recog\w* (?:en|por)",
               r"punto de (?:recogida|conveniencia)", "citypaq", r"depositad\w* en (?:\w+ )?(?:pudo|punto|oficina|locker)",
               r"disponible\w*", r"punto pack", r"punto droo?p",
               r"(?:espera|disponible) (?:de|para) retiro (?:por|en) (?:la )?(?:sucursal|oficina|agencia)",
               r"reclam\w* en (?:la |el |un |una )?(?:oficina|sucursal|agencia|punto|bodega)",
               r"(?:listo|lista) para ser (?:reclamad|recogid|retirad)\w*"),
        "it": (r"in giacenza", r"inizio giacenza", "fermopoint", r"disponibile (?:per il |al )?ritiro", r"pront[oa] per il ritiro",
               r"(?:punto|locker) (?:di )?ritiro", "fermoposta",
               r"disponibil\w*", r"fermo (?:deposito|point)", r"punto poste",
               r"depositat\w* (?:presso|nel|nella|in) (?:il |la |un |una )?(?:locker|punto|ufficio postale|fermopoint)"),
        "pt": (r"aguardando (?:a )?retirada", r"disponivel para retirada", r"retirada (?:na|em) (?:agencia|unidade)",
               r"caixa (?:de correios )?inteligente", r"retira na (?:transportadora|agencia|unidade|loja)",
               r"disponivel\w*"),
        "nl": (r"klaar (?:om|voor) (?:af te halen|ophalen|afhalen)", "afhaalpunt", r"postnl ?punt",
               "pakketpunt", r"kan (?:\w+ ){0,3}(?:worden )?opgehaald", r"ophalen bij", "afhaallocatie",
               r"beschikbaar (?:op|bij|in|voor ophalen|voor afhalen)",
               r"ligt (?:\w+ ){0,3}klaar", "pakketautomaat", r"service ?punt", r"af te halen", r"op te halen"),
        "pl": (r"gotow\w* do odbioru",
               r"(?:dostarczon|doreczon|umieszczon|pozostawion)\w* (?:w|do) (?:punk|paczkomat|automat|placow)\w*", r"umieszczon\w* w (?:paczkomacie|automacie|punkcie)", r"paczkomat\w*",
               r"(?:czeka|oczekuje) (?:na odbior|w (?:placowce|punkcie|oddziale|automacie|paczkomacie))", r"magazynowan\w*", r"awizo\w*", r"do odebrania",
               r"punkcie odbioru",
               r"do odbioru"),
        "ja": ("保管中", "窓口にて保管", "窓口で保管", "受取可能", "受け取り可能", "ピックアップ可能", "宅配ロッカー", "営業所止め", "お預かり", "受取ロッカー",
               "保管", "営業所止め", "営業所受取", "営業所で保管", "営業所にて保管", "センター止め", r"(?:コンビニ(?!から))"),
        "ko": ("보관중", "무인택배함", "편의점", "픽업대기", "점포도착",
               "픽업"),
        "sv": (r"kan (?:nu )?hamtas\w*", r"tillganglig\w* for \w*hamtning", r"(?:klar|redo)\w* (?:for|att) (?:upp)?hamt\w*", r"vantar pa att (?:kunden|mottagaren) hamtar",
               r"utlamningsstalle\w*", r"servicestalle\w*", r"ombud\w*", r"paketautomat\w*", r"paketbox\w*"),
        "da": (r"klar til afhentning", r"tilgængelig\w* til afhentning", r"kan (?:nu )?afhentes", r"venter pa (?:at blive )?afhent\w*", r"afhentningssted\w*",
               r"udleveringssted\w*", r"pakke ?shop\w*", r"pakkeboks\w*"),
        "nb": (r"klar (?:for|til) henting", r"tilgjengelig for henting", r"kan (?:nå )?hentes", r"hentested\w*", r"pakkeboks\w*", r"post i butikk",
               r"ankommet (?:til )?(?:postkontor|postkontoret|utleveringssted)\w*"),
        "fi": (r"noudettavissa", r"nouto\w*", r"pakettiautomaat\w*", r"saapumisilmoitu\w*", r"viestin lahetyksen saapumisesta"),
    }),
    # On the delivery vehicle, even where the text also says when it will be delivered.
    ("out_for_delivery", {
        "de": (r"in (?:der )?zustellung", r"zustellfahrzeug", r"heute zugestellt", r"zustellung heute",
               r"zustelltour",
               r"zusteller\w*", r"auf tour", r"in auslieferung", r"(?:zustellung|auslieferung) (?:fur )?heute",
               r"im laufe des tages", r"(?:sendung|paket) wird zugestellt", r"voraussichtlich (?:noch )?heute",
               r"zur zustellung unterwegs"),
        "fr": (r"en cours de (?:livraison|distribution)", r"(?<!mettre )en (?:livraison|distribution)", r"pret\w* (?:pour|a) etre livre\w*",
               r"(?:chez|avec|remis au) (?:le |votre )?livreur", r"livraison (?:aujourd hui|ce jour)", r"en tournee",
               r"livre\w* aujourd hui"),
        "nl": (r"vandaag bezorgd", r"bezorger is onderweg", r"in bezorging", "distributieproces",
               r"onderweg naar (?:de )?ontvanger", r"onderweg voor bezorging", r"uit voor levering"),
        "es": (r"(?:fuera|en camino) para (?:la )?entrega", r"salida a (?:reparto|distribucion)",
               r"(?:repartidor|mensajero) (?:\w+ )?en camino", r"en ruta (?:hacia|a) (?:tu|su) (?:domicilio|direccion)"),
        "pl": (r"w drodze do (?:odbiorcy|dostarczenia|doreczenia)", r"kurier (?:\w+ )?dorecza"),
        "pt": (r"saiu para (?:a )?entrega",),
        "it": (r"(?:al|dal) (?:portalettere|postino|corriere) per la consegna",
               r"affidat\w* al (?:corriere|portalettere|postino) (?:la mattina|nel pomeriggio)", r"consegna (?:in giornata|oggi)",
               r"giornata odierna"),
        "en": (r"on (?:its|the) way to (?:the )?(?:consignee|recipient|you|customer)", r"delivery route", r"gone out",
               # The driver on the way, the parcel on the delivery van: the last leg (a courier on the
               # way to collect a parcel from its sender is not).
               r"(?:courier|driver) (?:is )?(?:on (?:the|his|her|their) way|en route|nearby)(?!.*\b(?:pick ?up|collect)\w*)",
               r"on (?:the |a )?delivery (?:van|vehicle|truck)", r"on ?board (?:with )?(?:the )?delivery (?:driver|courier|vehicle)",
               r"en route to (?:the )?(?:delivery address|recipient|consignee|customer|you)\b",
               r"on the way with (?:your|the) (?:package|parcel|shipment|item)",
               r"(?:during|in the course of) the day", r"transport to (?:the )?recipient", r"loaded (?:\w+ ){0,2}for delivery",
               # With the driver who delivers it, today: the last leg.
               r"out with (?:the |our )?(?:courier|driver)", r"(?:is|now) with (?:our|the|your) (?:delivery )?(?:driver|courier)\b"
               r"(?!.*\b(?:pick ?up|collect)\w*)", r"(?<!not )expected (?:delivery )?today", r"delivery in progress",
               r"(?:courier|driver) is delivering"),
        "ja": ("本日お届け", "本日配達", "本日中にお届け"),
        "sv": (r"ute for (?:slut)?leverans", r"utkorning\w*", r"chauffor for (?:slut)?leverans"),
        "da": (r"ude til levering", r"udbringning\w*", r"pa vej til modtage\w*"),
        "nb": (r"utkjøring\w*", r"ute (?:for|til) levering"), "fi": (r"jakelussa", r"jakeluun", r"kuljettajalla"),
    }),
)

GENERAL_LAST_LEG_STEPS: tuple[Step, ...] = (
    # A delivery still to come is not a delivery, nor is a handover to an airline, another
    # carrier or a place inside the network ("Delivered to Airline", "Entregue à transportadora",
    # "已交付航空公司", delivered to customs, to a delivery depot or station, to the line haul, to the
    # destination country or its postal service: still open, even where it is then held); a pickup
    # point or post office is read before.
    ("in_transit", {
        "en": (r"(?:not yet|to be|will be|expected to be|scheduled to be|scheduled for|estimated) (?:been )?deliver\w*",
               r"deliver(?:ed|y) to (?:the |a |an )?(?:\w+ ){0,2}(?:carrier|courier|airline|transporter|forwarder|airport|hub|"
               r"sorting cent(?:er|re)|warehouse|terminal|gateway|sea ?port|port|flight|aircraft|vessel|consolidator|"
               r"(?:shipping|forwarding|customs) agent)s?\b",
               r"delivered to (?:the )?(?:\w+ ){0,2}(?:customs|line ?haul|"
               r"(?:delivery|sort(?:ing)?|distribution|transit|processing) (?:depot|station|facility|cent(?:er|re)|office)|"
               r"next facility|destination country|postal (?:service|operator|partner))\b(?!.*\b(?:collection|collect|pick ?up)\b)"),
        "de": (r"(?:wird|werden) (?:\w+ ){0,4}(?:zugestellt|geliefert)", "voraussichtlich",
               r"(?:zugestellt|geliefert|ausgeliefert) (?:an|zu[mr]?|in) (?:die |den |das )?(?:\w+ )?(?:zustellbasis|"
               r"zustellstutzpunkt|depot|paketzentrum|verteilzentrum|sortierzentrum|zoll\w*|frachtfuhrer|spediteur|"
               r"flughafen|hub|umschlag\w*)"),
        "fr": (r"sera (?:livre|distribue|remis|presente)\w*", r"livraison prevue",
               r"livre\w* (?:au|a|chez) (?:\w+ )?(?:transporteur|partenaire|compagnie aerienne)",
               r"(?:livre|remis)\w* (?:a la |au |a l |en )?(?:douane|centre de tri|plateforme|entrepot|hub|aeroport)"),
        "es": (r"sera entregad\w*", r"entrega prevista",
               r"entregad\w* (?:a|al) (?:la |el )?(?:transportista|transportadora|operador|aerolinea|courier|mensajeria)",
               r"entregad\w* (?:en|a|al) (?:la |el )?(?:aduana\w*|centro de (?:distribucion|clasificacion|tratamiento)|"
               r"almacen|plataforma|hub|aeropuerto)"),
        "it": (r"sara consegnat\w*", r"consegna prevista", r"consegnat\w* (?:al|allo|a) (?:\w+ )?(?:corriere|vettore|trasportatore)",
               r"consegnat\w* (?:alla |al |in |all )?(?:dogana|centro (?:di )?smistamento|magazzino|hub|aeroporto)"),
        "pt": (r"sera entregue", r"previsao de entrega", r"entregue (?:a|ao|para a|para o) (?:\w+ )?(?:transportadora|transportador)",
               r"entregue (?:a |ao |na |no |em )?(?:alfandega|centro de (?:distribuicao|tratamento|triagem)|armazem|"
               r"aeroporto|hub)"),
        "zh": ("预计送达", "预计投递", "预计派送", "预计签收", r"(?:(?:将|会|即将|等待)安排(?:派送|投递|配送))", "交付航空", "交航空", "交付承运", "交付快递", "交付物流", "交付设施",
               # Handed to customs or to the last-mile carrier, brought to a hub, an overseas warehouse or
               # an airport: "送达" and "交付" name a place inside the network, not the recipient.
               "交付清关", "交付海关", "交海关", r"(?:交付(?:给)?尾程)",
               r"(?:送达\S{0,2}(?:转运中心|分拣中心|集散中心|中转\S{0,2}|海外仓|仓库|机场|口岸|海关))",
               r"(?:交(?:给|付给?)\S{0,4}(?:派送商|配送商|快递公司|承运商))"),
        "nl": (r"wordt (?:\w+ ){0,6}(?:bezorgd|geleverd)", "verwacht",
               r"(?:geleverd|afgeleverd) (?:aan|bij) (?:de |het )?(?:vervoerder|transporteur|douane|sorteercentrum|depot|hub|"
               r"luchthaven|distributiecentrum)"),
        "pl": (r"zostanie (?:doreczon|dostarczon)\w*",
               r"(?:dostarczon|doreczon)\w* do (?:sortowni|oddzia\w*|magazyn\w*|terminal\w*|hub\w*|urzedu celnego|"
               r"centrum (?:logistyczn|sortowan|dystrybucyj)\w*)"),
        "sv": (r"(?:kommer att|ska|planeras att) (?:\w+ ){0,2}(?:levereras|delas ut)", r"beraknad\w* leverans\w*",
               r"planerat leveransdatum"),
        "da": (r"forventet levering", r"(?:vil blive|forventes) (?:\w+ )?leveret"),
        "nb": (r"forventet (?:levert|levering)", r"vil bli (?:\w+ )?(?:levert|utlevert)"),
        "fi": (r"toimitetaan", r"arvioitu toimitus\w*"),
    }),
    ("out_for_delivery", {
        "en": ("out for delivery", r"(?:vehicle|van|truck|courier|driver) for delivery", "delivery vehicle",
               r"with (?:the )?(?:delivery )?(?:courier|driver|carrier) for delivery", r"arriving today",
               r"in delivery", r"out for (?:re)?delivery",
               r"due for delivery", r"delivery today"),
        "zh": ("派送中", "派件中", "正在派送", "正在派件", "正在投递", "投递中", "安排投递", "派送", "派件", "到派", "发派", "代派"),
        "es": (r"en reparto", r"en proceso de entrega", r"salio (?:a|para) (?:reparto|entrega)", r"en ruta de entrega",
               "repartiendo", r"en distribucion", "repartidor", r"^reparto$", r"estado de reparto",
               r"(?:asignad|dispuest)\w* para (?:el )?reparto"),
        "it": (r"in consegna", r"in distribuzione", r"(?:corriere|postino|portalettere) (?:sta )?consegnando",
               r"uscit\w* per (?:la )?consegna"),
        "pt": (r"saiu para (?:a )?entrega", r"em rota de entrega", r"em entrega", r"processo de entrega"),
        "pl": (r"wydan\w* (?:\w+ )?do doreczenia", r"przekaza(?:n\w*|no) (?:\w+ )?do doreczenia", r"w doreczeniu", r"w trakcie doreczenia"),
        "ja": ("配達中", "配達に出発", "持出中", "持ち出し中", "お届け中", "配達に向か"),
        "ko": ("배달중", "배송출발", "배달출발", "배달준비", "배송출고", "기사 인계",
               "배달전"),
        "nl": (r"bij de bezorger", "bezorgroute", r"in de bezorgbus"),
    }),
    ("delivered", {
        "en": ("delivered", r"delivery (?:completed|complete|successful|confirmed)", r"signed (?:for|by)",
               r"received by " + RECIPIENT,
               r"(?:buyer|customer|recipient|receiver) (?:has )?confirmed (?:the )?receipt",
               # The proof of delivery (POD) is taken at the door.
               r"pod (?:received|uploaded|captured|confirmed)"),
        "zh": ("已签收", "签收", "已妥投", "妥投", "投递成功", "成功投递", "派送成功", "已投递", "已送达", "送达", "交付",
               "签名",
               "已交付", "签收人", "已确认收货", "投递完成"),
        "de": ("zugestellt", r"zustellung erfolg\w*", "ausgeliefert", "abgeliefert", r"ablageort\w*",
               r"geliefert mit unterschrift", r"an (?:den )?empfanger geliefert",
               # "Geliefert" alone is a delivery; with a place or a direction before it, a movement
               # ("aus dem Ursprung geliefert") or a misroute ("zum falschen Standort geliefert").
               r"^(?!.*\b(?:aus|zum|zur|vom|von|nach|an|in|bei|ins)\b)(?:\w+ ){0,3}geliefert(?: worden)?$"),
        "fr": (r"livre(?:e|es|s)?", r"distribue(?:e|es|s)?", r"remis\w* au destinataire"),
        # "Entregador" is the courier who delivers, not the delivery.
        "es": (r"entregad(?!or)\w*", r"entrega (?:realizada|efectuada|completada|exitosa)",
               r"firmad\w*"),
        "it": (r"consegnat\w*", r"consegna (?:effettuata|avvenuta|completata)",
               r"recapitat\w*", r"firmat\w*"),
        "pt": ("entregue", r"entrega (?:efetuada|realizada)"),
        "nl": ("bezorgd", "afgeleverd", "geleverd", r"bij (?:de )?buren"),
        "pl": (r"doreczon\w*", r"dostarczon\w*"),
        "ja": ("配達完了", "お届け済", "お届け完了", "配達済", "投函完了", "配達しました", "お届けしました",
               "正常に配信"),
        "ko": ("배달완료", "배송완료", "배달 완료", "배송 완료", "성공적으로 배송",
               r"(?:(?<!미)수령(?! ?(?:대기|가능|예정)))", "인도완료"),
        "sv": (r"levere(?:rad|rat|rats|rade)\w*", r"utdelad\w*", r"utlamnad\w*", r"overlamnad\w*"),
        "da": (r"leveret", r"afleveret", r"udleveret"),
        "nb": (r"(?:er|ble|blitt|var) (?:\w+ )?levert", r"^levert", r"utlevert"),
        "fi": (r"toimitettu", r"luovutettu", r"jaettu"),
    }),
)
