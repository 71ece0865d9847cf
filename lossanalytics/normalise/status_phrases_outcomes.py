"""The first steps of status_phrases: the phrases that state how a journey ended or went
wrong (expired, disrupted, lost, damaged, returned, cancelled), read before any phrase that only says
where a parcel is; status_phrases_last_leg follows with the failed attempts and the deliveries."""

from __future__ import annotations

Step = tuple[str, dict[str, tuple[str, ...]]]


def rtl_phrases(*phrases: str) -> tuple[str, ...]:
    """Arabic, Hebrew, Persian or Thai phrases as regular expressions, each a group (_rules folds their letters as it
    folds the text's)."""
    return tuple(f"(?:{phrase})" for phrase in phrases)

RECIPIENT = r"(?:the )?(?:customer|recipient|consignee|addressee|receiver|buyer)"
SENDER = r"(?:the )?(?:original )?(?:sender|shipper|seller|origin|merchant|consignor|sender s address)"
PICKUP_PLACE = (
    r"(?:the |a )?(?:parcel |pick ?up |smart |package )?(?:locker|pick ?up point|parcel ?shop|access ?point|"
    r"collection point|service ?point|pick ?up location|pick ?up station|parcel ?point|pudo)"
)

OUTCOME_STEPS: tuple[Step, ...] = (
    # The tracking source gave up: "in transit for a long time, still no delivery result".
    ("expired", {
        "en": (r"for a long time",),
        "de": (r"fur eine lange zeit",),
        "fr": (r"(?:pendant )?une longue periode",),
        "es": (r"durante mucho tiempo",),
        "it": (r"da un lungo periodo",),
        "pt": (r"(?:por|durante) (?:um )?longo periodo", r"muito tempo"),
        "nl": (r"lange tijd",),
        "zh": ("很长一段时间", "很长时间"),
        "ja": ("長い間", "長期間"),
        "ko": ("오래된", "오랫동안"),
        "pl": (r"długi czas",),
    }),
    # A pickup from the sender put off or not possible, or only its information received: the
    # carrier does not have the parcel yet, whatever the reason (Flash's "运力短缺，跟客户协商推迟揽收")
    # and whatever else is "received" (TrackingMore's "情報を受け取った。パッケージがピックアップされます。").
    # A failed pickup from the sender is no failed delivery either ("揽收失败", "集荷失敗"), as the
    # Korean "집화 실패" (status_phrases_korean).
    ("info_received", {
        "zh": ("推迟揽收", "无法揽收", "揽收失败", "揽件失败", "上门取件失败"),
        "ja": ("情報受信", "情報を受け取", "集荷失敗", "集荷予定", "集荷依頼", "集荷待ち", "荷物情報登録", "情報登録"),
    }),
    # Trouble on the carrier's side or missing papers: a problem, whatever else the text
    # says might follow (returned, not delivered).
    ("exception", {
        "en": (r"(?:route|tour) cancell?(?:ation|ed)", r"force majeure?",
               # The carrier's transport cancelled (a flight, a sailing, a linehaul), not the shipment.
               r"(?:flights?|departures?|sailings?|voyages?|vessels?|connections?|linehauls?|line hauls?|trucks?|trains?|trips?)"
               r" (?:\w+ ){0,2}cancell?(?:ation|ed)", r"cancell?ed (?:flights?|departures?|sailings?|connections?|linehauls?)", r"wrong (?:location|depot|hub|route)",
               r"(?:delivered|sent|shipped|routed) to (?:the |a )?wrong address",
               r"rejected by (?:the )?carrier", r"placed on hold", r"unusual (?:shipping )?condition",
               r"(?:paperwork|documents?|documentation) (?:missing|incomplete|incorrect)", r"but no data",
               r"mis ?rout\w*", r"mis ?sort\w*",
               r"(?:service|network|operational) (?:disruption|issue)", r"late (?:flight|arrival|truck|trailer)", r"missed (?:\w+ )?(?:connection|flight|transfer|plane|aircraft)", r"arrived late",
               r"(?:clearance|customs) (?:refused|rejected)", r"(?:rejected|refused) by customs", r"no piece", r"incorrectly sorted", r"wrong (?:destination|facil\w*)", r"not be continued",
               r"(?:missing|incorrect|insufficient|inaccurate|improper|invalid) (?:\w+ ){0,2}(?:documents?|documentation|paperwork|invoice)",
               r"operational reasons?", r"traffic (?:problems?|conditions|congestion)",
               r"(?:waiting|awaiting) (?:for )?(?:the )?(?:sender|shipper|shipping)\w* instructions?", r"sender s instructions",
               # Refused by the carrier or held on the way: not the recipient's refusal, not a failed attempt.
               r"rejected (?:because|due to)(?! (?:the )?(?:customer|recipient|consignee|addressee|receiver)| (?:\w+ ){0,2}damage)",
               r"prohibited (?:items?|goods|articles|contents)", r"(?:hazardous|dangerous) (?:materials?|goods)",
               r"too (?:large|heavy|big) (?:\w+ ){0,2}to be (?:delivered|shipped|carried|handled)", r"poorly packaged", r"duplicate (?:label|shipment)",
               r"(?:does not|doesn t|cannot|can not) (?:deliver|service) (?:to )?(?:that|this|the) area",
               r"held (?:at|in|by) (?:a |the )?(?:hub|customs)", r"(?:detained|retained) (?:by|at|in) (?:the )?customs",
               r"broken down", r"(?:vehicle|truck|van|lorry|trailer|aircraft|plane) (?:has )?broke down",
               r"(?:waiting|awaiting) for (?:\w+ ){0,2}(?:documents?|documentation|paperwork)",
               r"payment of (?:\w+ ){0,3}(?:duty|duties|tax\w*) (?:is |are )?(?:required|due|outstanding|pending)", r"failed to clear", r"(?:clearance|release) failed",
               # X12 214 reasons (AT702) and carriers' exception texts: the carrier's side, not the recipient's.
               r"mis ?sent", r"restricted (?:articles?|items?|goods|commodit\w*)", r"broker (?:information|details)",
               r"exceeds? (?:\w+ ){0,2}limitations?", r"(?:dispatch|keying|routing|sorting) error",
               r"(?:driver|courier|vehicle|truck|trailer|tractor|equipment) (?:is |was )?(?:not available|unavailable)",
               r"insufficient (?:delivery |pick ?up )?time", r"not accepted by (?:the )?(?:carrier|courier|depot|hub|facility)",
               r"request was made to change (?:this|the) delivery date"),
        "de": (r"tourenabbruch\w*", r"tour (?:\w+ )?abgebrochen", r"sortierfehler", r"routingfehler", r"falsche\w* lokation",
               r"zollabfertigung (?:wurde )?abgelehnt", r"fehlende (?:zoll)?(?:dokumente|papiere)", r"ungewohnlich\w*",
               r"zuruckgewiesen", r"ohne sendung", r"nicht (?:\w+ ){0,5}eingetroffen", "verdacht", r"beraubung",
               r"verkehrsproblem\w*", r"betrieblichen grunden",
               r"(?:daten|angaben|dokumente|papiere) fehlen"),
        "fr": (r"nous recherchons", r"inhabituel\w*",
               r"en attente (?:de |d )(?:\w+ ){0,2}(?:documents?|justificatifs?|reglement|facture)",
               r"(?:documents?|justificatifs?) (?:manquant|incomplet)\w*"),
        "es": (r"por error", r"inusual\w*", r"fuerza mayor", r"sin cobertura",
               r"(?:zona|sector|poblacion|destino|direccion) (?:\w+ ){0,5}no (?:se cubre|tiene cobertura)"),
        "it": (r"insolit\w*", r"forza maggiore"),
        "pt": (r"mal encaminhad\w*", r"declaracao aduaneira", r"orgao anuente", r"incomum",
               r"complementar endereco", r"problemas? (?:na|de|com) (?:documentac\w*|endereco)",
               r"saida para entrega cancelad\w*"),
        "nl": (r"ontbrek\w*", r"uit (?:het )?transport gehaald", r"ongebruikelijk\w*",
               "herstelprocedure", r"onjuiste adressering"),
        "zh": ("出现异常", "超时未自提", "未自提", "交货异常", "疑难",
               "疑难件", "扣留",
               # The problem-parcel (问题件, 留仓件) reasons of STO's, ZTO's and Flash's scanners
               # that blame the network: missorted, congested, a missed truck, a label lost.
               "运力不足", "运力短缺", "人力短缺", "配送能力", "晚点", "错过班车", "未赶上", "应到未到",
               "错发", "错分", "分错", "分拣错误", "爆仓", "面单脱落", "双面单", "面单重复", "内件不符",
               "录入错误", "违禁品", "禁运品", "查扣", "超规格", "报关资料", "政府干涉", "自然灾害", "不可抗力",
               # Cross-border providers' failed airline handover or customs clearance, not the bare "失败".
               "清关失败", "交航失败", "海关未过", "海关未通过",
               # A delivery moved to another day (read before "派送").
               r"(?:(?:改天|改期|延期|另约)(?:再)?(?:派送|配送|投递))"),
        # Yamato's holds that are no attempt: "持戻（引継中）" (brought back for a driver handover)
        # and "一時保管中" (on hold), read before "持戻" and "保管中".
        "ja": ("引継中", "一時保管", "住所確認"),
        "ko": ("세관에 의해",
               "문제를 겪고"),
        "pl": (r"nietypow\w*", r"oczekuje na (?:\w+ ){0,2}(?:dokument\w*|opłat\w*|zapłat\w*|cło)"),
        "sv": (r"(?:saknade?|ofullstandiga) (?:\w+ )?(?:dokument|handlingar|uppgifter)",
               r"(?:vantar|invantar) (?:pa )?(?:\w+ ){0,2}(?:dokument|handlingar|betalning)\w*"),
        "da": (r"(?:mangler|manglende) (?:\w+ )?(?:dokument\w*|papirer|oplysninger)",
               r"afventer (?:\w+ ){0,2}(?:dokument\w*|betaling)"),
        "nb": (r"(?:mangler|manglende) (?:\w+ )?(?:dokument\w*|papirer|opplysninger|informasjon)",
               r"venter pa (?:\w+ ){0,2}(?:dokument\w*|betaling)"),
        "fi": (r"odottaa (?:\w+ ){0,2}(?:asiakirj\w*|maksu\w*|tullausta\w*)", r"puuttu\w* (?:\w+ )?(?:asiakirj\w*|tie\w*)"),
    }),
    # A notice before the return still waits for the recipient.
    ("available_for_pickup", {
        "en": (r"final notice", r"(?:second|2nd|last) notice", r"reminder to (?:pick ?up|collect|schedule)",
               r"(?:will|to) be returned (?:to " + SENDER + r" )?(?:if|unless) not (?:collected|picked up|claimed)",
               # Waiting for pickup, with the return still to come ("ready for pickup; will be returned on
               # 12 May", "unclaimed items are returned after 14 days").
               r"(?:ready for|available for|awaiting) (?:pick ?up|collection)\b.{0,80}\b(?:will be|to be|are|is) returned",
               r"unclaimed (?:items|parcels|packages|shipments) (?:are|will be) returned"),
        "fr": (r"dernier avis", r"si (?:il )?n est pas (?:retire|recupere)"),
        "es": (r"ultimo aviso",),
        "it": (r"ultimo avviso",),
        "de": (r"letzte (?:benachrichtigung|erinnerung)",),
        "sv": (r"paminnelse",), "da": (r"pamindelse",), "nb": (r"paminnelse",), "fi": (r"muistutus\w*",),
    }),
    # An address that cannot be found is a failed delivery, not a lost parcel.
    ("delivery_failed", {
        "en": (r"address (?:\w+ ){0,2}(?:could not|cannot|can not|couldn t|unable to) be (?:found|located|verified)",
               r"returned for re ?delivery",
               r"unable to locate (?:the )?(?:address|customer|recipient|consignee|addressee|receiver)",
               r"(?:customer|recipient|consignee|addressee|receiver) not (?:be )?located",
               r"returned to (?:the )?(?:depot|hub|delivery office|station|local facility)",
               r"address (?:\w+ ){0,2}not (?:be )?(?:found|located)"),
        "de": (r"anschrift (?:\w+ ){0,3}nicht gefunden",
               r"nicht angenommen"),
        "fr": (r"(?:destinataire|adresse) introuvable",),
        # Brazilian couriers' "Destinatário não localizado", "Rua não localizada": the address or the
        # recipient, not the parcel ("Objeto não localizado no fluxo postal" stays lost).
        "pt": (r"(?:destinatario|recebedor|endereco|rua|numero|logradouro|cep)(?: \w+)? nao localizad\w*",),
        "pl": (r"powrot\w* do (?:oddział|magazyn|placowk|sortown)\w*",),
    }),
    ("lost", {
        "en": ("lost", "destroyed", r"disposed(?: of)?", r"dead (?:mail|letter)", r"mail recovery cent(?:er|re)",
               r"(?:cannot|can not|could not|unable to) (?:be )?locate(?:d)?",
               # A recipient not located is no lost parcel, also where a return follows it.
               r"(?<!customer )(?<!recipient )(?<!consignee )(?<!addressee )(?<!receiver )not (?:be )?located",
               r"(?:parcel|package|item|shipment|consignment) (?:is |was |has been |reported )?missing",
               r"reported missing", "untraceable",
               "disposal", r"^missing$", r"(?:definitely|confirmed|declared) missing", r"missing (?:parcel|package|item|shipment|consignment|mail)", r"written off"),
        "zh": ("丢失", "丢件", "遗失", "销毁", "灭失", "丢包"),
        "de": (r"verloren(?:gegangen)?", r"verlust\w*", r"vernicht\w*", r"entsorg\w*", "verschollen",
               # An address or a house number not to be found fails the delivery; the parcel is not lost.
               r"(?<!adresse )(?<!anschrift )(?<!hausnummer )(?<!strasse )(?<!empfanger )nicht (?:mehr )?auffindbar"),
        "fr": (r"perdu\w*", r"egare\w*", r"detruit\w*", r"(?:colis|envoi|objet|paquet|lettre) (?:\w+ )?introuvable", r"mis (?:au rebut|en destruction)", r"spolie\w*"),
        "es": (r"extraviad\w*", r"perdid\w*", r"destruid\w*"),
        "it": (r"smarrit\w*", r"perdut\w*", r"distrutt\w*", r"smaltit\w*"),
        "pt": (r"extraviad\w*", r"perdid\w*", r"roubad\w*", r"furtad\w*", r"destruid\w*", "nao localizado",
               "extravio", "roubo", "furto",
               "incendio", r"refugad\w*"),
        "nl": ("verloren", "zoekgeraakt", "vermist", "vernietigd", "manco"),
        "pl": (r"zagin\w*", r"zagubion\w*", r"utracon\w*", r"zniszczon\w*"),
        "sv": (r"forsvunn\w*", r"forlorad\w*", r"borttappad\w*", r"forstord\w*", r"destruerad\w*", r"kasserad\w*"),
        "da": (r"bortkommet", r"forsvundet", r"mistet", r"destrueret", r"kasseret", r"tilintetgjort"),
        "nb": (r"forsvunnet", r"kommet bort", r"tapt", r"destruert", r"kassert"),
        "fi": (r"kadon\w*", r"kateissa", r"havitet\w*", r"tuhot\w*"),
        "ja": ("紛失", "亡失", "廃棄", "行方不明"),
        "ko": ("분실", "망실", "폐기"),
    }),
    ("damaged", {
        "en": (r"damaged?", "broken", "crushed", r"defective"),
        "zh": ("破损", "损坏", "损毁", "破碎"),
        # Packaging damaged and repaired or checked, the parcel carried on: a problem, not damaged goods.
        "de": (r"beschadig\w*(?! (?:\w+ ){0,5}(?:nachverpackt|neu verpackt|umverpackt|gecontroleerd|nagekeken|opnieuw verpakt|"
               r"herverpakt))",),
        "fr": (r"endommage\w*", r"avarie\w*", r"deteriore\w*", r"abime\w*"),
        "es": (r"danad\w*", r"deteriorad\w*", r"averia\w*"),
        "it": (r"danneggiat\w*",),
        "pt": (r"danificad\w*", r"avariad\w*", r"avaria"),
        "nl": (r"beschadigd\w*(?! (?:\w+ ){0,5}(?:gecontroleerd|nagekeken|opnieuw verpakt|herverpakt))",),
        "pl": (r"uszkodz\w*",),
        "sv": (r"skada\w*", r"trasig\w*"), "da": (r"beskadiget", r"skadet"),
        "nb": (r"skadet", r"(?:ødelagt)"), "fi": (r"vahingoittu\w*", r"vaurioitu\w*", r"rikkoutu\w*", r"rikki"),
        "ja": ("破損", "毀損", "損傷"),
        "ko": ("파손", "훼손"),
    }),
    ("returned", {
        "en": (r"(?:return(?:ed|ing)?|delivered|sent|going|redirected) (?:back )?to " + SENDER,
               r"back to " + SENDER, "returned", "returning", "rts", "rto", r"return to sender", r"being returned",
               r"on (?:its|the) way (?:back )?to " + SENDER, r"back to (?:the )?client", r"return (?:shipment|parcel|package)",
               r"return is", r"return (?:arrived|received|delivered) (?:at|to|by) " + SENDER,
               # Sent back, or on its way back, with no place named: to its sender; back to a hub is a re-sort.
               r"(?:being|been|is) sent back(?! to)", r"on (?:its|the) way back(?! to)",
               # Back with its sender, or a return completed: the parcel came back.
               r"back (?:with|at) " + SENDER, r"return (?:completed|complete|finished)"),
        "zh": ("退回", "退件", "退货", "退运", "退还", "退签", "退寄",
               "返回给寄件", "返回发货", "返回寄件", "返回发件", "返回商家", "运送给寄件人", "送回寄件人"),
        "de": (r"(?:zuruck|retour) (?:an|zum) (?:den )?(?:absender|versender)",
               r"an (?:den )?(?:absender|versender) zuruck\w*", r"zuruckgesendet", r"zuruckgeschickt",
               r"zuruckgeleitet", r"zuruckgefuhrt", r"rucksendung", r"rucklauf\w*", "retoure", "ruckversand",
               r"ruckweg", r"zuruck (?:beim|bei dem|zum) (?:absender|versender)"),
        "fr": (r"retour\w* (?:a l |vers l |chez l |a |au )?expediteur", r"renvoye\w* (?:a|vers) l expediteur",
               r"en retour", r"retourne(?:e|s|es)?", "retour expediteur",
               r"renvoye\w*"),
        "es": (r"devuelt\w*", r"devolucion\w*", r"retornad\w*", r"entregad\w* al remitente",
               "retorno", r"devolver al remitente"),
        "it": (r"res[ao] al mittente", r"consegnat\w* al mittente", r"restituit\w*", r"in restituzione", r"rientrat\w* al mittente", "reso",
               r"rientr\w*", r"(?:ritornare|restituire) al mittente"),
        "pt": (r"devolvid\w*", "devolucao", r"(?:entregue|entrega) ao remetente", r"(?:retornad\w*|retornar|devolver) ao remetente"),
        "nl": (r"retour (?:naar |aan )?(?:de )?afzender", "teruggestuurd", r"terug naar (?:de )?afzender",
               r"retour\w*", r"geretourneerd", r"terugsturen naar (?:de )?afzender"),
        "sv": (r"retur\w* (?:till|mot) avsandar\w*", r"tillbaka till avsandar\w*", r"returner\w*", r"skickas tillbaka",
               "retur", r"ater(?:lamna\w*)? (?:till )?avsandar\w*"),
        "da": (r"retur\w* til afsender\w*", r"tilbage til afsender\w*", r"returner\w*", r"sendt retur", "retur"),
        "nb": (r"retur\w* til avsender\w*", r"tilbake til avsender\w*", r"returner\w*", r"sendt i retur", "retur"),
        "fi": (r"palaut(?:ettu|etaan|ettiin|ettava|uu|ui|unut|us\w*)", r"lahettajalle", r"takaisin lahettajalle"),
        "pl": (r"zwrot\w*", r"zwrocon\w*",
               r"powrot\w*"),
        "ja": ("返送", "返還", "返品", "返され",
               "戻る", "返却"),
        "ko": ("반송", "반품", "회송", "돌아가",
               "반환"),
    }),
    ("cancelled", {
        "en": (r"cancell?ed", "cancellation", r"void(?:ed)?"),
        "zh": ("已取消", "取消", "作废", "销单", "撤销", "撤单"),
        "de": ("storniert", r"storno\w*", "annulliert"),
        "fr": (r"annule\w*", "annulation"),
        "es": (r"cancelad\w*", r"anulad\w*", "cancelacion"),
        "it": (r"annullat\w*", r"cancellat\w*"),
        "pt": (r"cancelad\w*", "cancelamento"),
        "nl": ("geannuleerd", "annulering"),
        "pl": (r"anulowan\w*", "anulowano", "anulacja"),
        "sv": (r"makulerad\w*", r"annullerad\w*", r"avbokad\w*"), "da": (r"annulleret", r"aflyst"),
        "nb": (r"kansellert", r"annullert"), "fi": (r"peruutet\w*", r"peruttu", r"mitatoit\w*"),
        "ja": ("キャンセル", "取消", "取り消"),
        "ko": ("취소",),
    }),
    ("expired", {
        "en": ("expired",),
        "zh": ("运输过久", "过期", "运输超时"),
    }),
    # An unreadable label is a problem, unless the text says the parcel went back; so is a parcel the
    # recipient has not collected (read before "collected by the customer") and one that has not
    # arrived or was not loaded on the way ("Not arrived" is no arrival, "Shipment not loaded" no loading).
    ("exception", {
        "en": (r"label (?:is |was )?(?:not readable|unreadable|illegible)",
               r"(?<!if )(?<!unless )not (?:yet )?(?:been )?(?:collected|picked up|claimed|retrieved) (?:\w+ ){0,3}by " + RECIPIENT,
               r"not (?:yet )?(?:been )?(?:arrived|loaded|departed)", r"(?:did|does) not (?:yet )?arrive"),
        "de": (r"nicht lesbar", r"unleserlich"),
        "it": (r"lettera (?:di )?vettura (?:errata|illeggibile)",),
    }),
)
