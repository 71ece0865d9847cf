"""Russian, Polish, Czech and Turkish event texts read by their grammar and meaning (twenty-seventh round, c),
in two groups beside status_phrases_meaning_slavic_turkic's and its _2 and _3 modules'.

SLAVIC_TURKIC_FIRST_STEPS_4 come just before SLAVIC_TURKIC_FIRST_STEPS, before the Russian, Czech and Turkish
steps and the outcome steps. Each decides against a word a later step reads the other way:
- a payment, a refund or a message processed, sent or not ("Обработка платежа", "Notifikace odeslána",
  "E-posta teslim edildi"), and a cancellation denied ("Не отменён"), say nothing of the parcel: unread;
- a marketplace's order cancelled, with its reason ("Отменён: не забран из пункта выдачи вовремя", "Заказ
  отменили, потому что его не забрали") is cancelled, while a cancelled courier delivery with the order sent to
  a pickup point waits there;
- a delivery that did not take place ("Вручение не состоялось") failed, while one that will not take place today
  ("Доставка сегодня не состоится"), a parcel that did not reach the branch, a delivery stopped for the carrier's
  own reasons ("z provozních důvodů", "z przyczyn niezależnych", "Nie wydano do doręczenia"), a customs clearance
  suspended or its papers awaited or missing ("Celní řízení pozastaveno", "Gümrük beyannamesi eksik") and a
  packaging checked after damage is a problem;
- a delivery in the future ("Przesyłka będzie doręczona jutro") and one handed on for delivery in the country of
  destination move on; the courier with its time today ("курьер будет с 10 до 14", "Kurye yola çıktı") is the
  last leg; a courier's collection from the sender ("Gotowa do odbioru przez kuriera", "k vyzvednutí kurýrem")
  and a parcel not yet handed in ("Nie nadana") only data;
- a notice left in the mailbox is a failed attempt, an order taken from a locker ("Kargo dolabından teslim
  alındı") delivered, and a marketplace's order "в обработке" only data.

SLAVIC_TURKIC_STEPS_4 come just before status_phrases_meaning_slavic_turkic_3's last steps and read what
nothing else reads: Kazpost's and Belpost's terse operation names ("Досыл", "Отправка из СЦ", "Партионный
прием", "следует в пункт назначения"), the courier expected today, a waiting at the post office, the reasons a
delivery was put off or an item misrouted, Polish and Czech problems ("Paczka nie dojechała na czas",
"Zásilka nedoputovala včas", "Neúplné údaje"), Czech terse codes ("Doručování", "Expedice", "Vyzvednuto",
"Dodáno"), and Turkish reasons a courier gives for a failed attempt ("Kapıda kimse yok", "Ev kapalı",
"Bina girişine izin verilmedi", "Alıcı tatilde").

The twenty-eighth round adds Czech and Slovak to both groups. First: a payment or a claim refused, a message
sent, a refund say nothing of the parcel; stored at a depot or warehouse (not for collection), not delivered for
the network's reasons, papers asked for in customs ("Celní řízení: vyžádány doklady"), sent to the wrong depot,
arriving later than planned are holds; not yet delivered, a delay solved or not expected, not damaged, duties
paid, released, handed to a post or a carrier move on; "doručeno bez poškození" is a delivery; a delivery
between two times with no later day is the round; a courier still to collect from the sender only data. Late:
instructions or an address clarification awaited, "Pátrání po zásilce", "Zásilka se zdrží", "Mimořádná
událost" (holds); "Neúspěšné doručení", a business closed, the recipient who did not pay the cash on delivery, a notice left, the recipient
not reached, an address not found or invalid, no access (failed attempts); "Převzal: Novák" (delivered);
"nezvěstná" (lost). Assumed (DESIGN §4): "uložena na poště" waits for the recipient, "uložena v depu" is a hold;
"Celní řízení" alone moves on, as lossanalytics/normalise/known_texts/carrier_texts.csv's Česká pošta status reads it
(tests/test_status_meaning_slavic_turkic_5.py holds these examples).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, Latin accents off, "ł" as "l", Cyrillic
letters kept, "ı" and "İ" as "i"); whole words. Written by the team from DESIGN §4's statuses and how posts,
couriers, marketplaces and shops word their events, not taken from a publisher
(tests/test_status_meaning_slavic_turkic_4.py holds the examples).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# A marketplace's order (not a delivery, a return or a flight) cancelled; the reason may follow.
_RU_CANCELLED = r"(?:отмен[её]н|отменен[оаы]?|аннулирован)\w*(?! (?:\w+ )?(?:доставк|курьер|вручени|выдач|возврат|рейс|вылет|самол[её]т|отправк))"
# Papers a Czech customs step waits for (a clearance awaited is a step on the way, as DPD's "Awaiting Customs Clearance").
_CS_CUSTOMS = r"(?:celn\w* dokument|dokument|doklad|faktur|doplneni)\w*"

SLAVIC_TURKIC_FIRST_STEPS_4: tuple[Step, ...] = (
    # A payment, a refund or a message processed or sent, a cancellation denied: nothing about the parcel.
    ("unknown", {
        "ru": (r"обработк\w* (?:\w+ )?(?:платеж|оплат|транзакц|возврат\w* (?:денег|средств))\w*", r"^(?:заказ )?не отмен[её]н\w*$",
               r"^(?:уведомлени|смс|sms|e ?mail|email)\w* (?:\w+ )?отправлен\w*$",
               r"^(?:заказ |посылка |отправление )?не выдан\w*$",
               r"(?:отправк|доставк)\w* (?:sms|смс|уведомлени|сообщени)\w* (?:\w+ )?не (?:удал|выполн|прошл)\w*"),
        "pl": (r"^(?:powiadomieni|sms|e ?mail|email|wiadomosc)\w* (?:\w+ )?wysłan\w*$", r"awari\w* (?:\w+ )?(?:systemu )?płatnosc\w*"),
        "cs": (r"^(?:sms|e ?mail|email|notifikace|oznameni|zprava) (?:\w+ )?odeslan\w*$",),
        "tr": (r"^(?:sms|e ?posta|e ?mail|bildirim)\w* (?:\w+ )?(?:teslim edildi|iletildi|gonderildi)$",),
    }),
    # A marketplace's order cancelled, with its reason.
    ("cancelled", {
        "ru": (r"^(?:ваш )?(?:заказ |товар )?(?:был )?" + _RU_CANCELLED,
               r"(?<!не )(?:покупател|продав|магазин|клиент|вы)\w* (?:\w+ )?отменил\w* (?:\w+ )?заказ\w*(?! при (?:получени|вручени|доставк))",
               r"^заказ\w* (?:\w+ )?отменил\w*", r"^отмена (?:заказа|по инициативе)"),
    }),
    # A courier delivery cancelled, the order sent to a pickup point: waiting there.
    ("available_for_pickup", {
        "ru": (r"отмен\w* доставк\w* (?:\w+ ){0,3}(?:жд[её]т|ожидает|передан\w*) (?:\w+ )?в (?:пункт|пвз|постамат)\w*",),
    }),
    # A delivery that did not take place, a notice left in the mailbox: a failed attempt.
    ("delivery_failed", {
        "ru": (r"(?:вручени|доставк)\w* не состоял\w*", r"извещени\w* (?:\w+ )?оставлен\w* (?:\w+ )?в (?:почтов\w* )?ящик\w*",
               r"^оставлен\w* извещени\w*(?: (?:в|на) (?:\w+ )?(?:ящик|двер)\w*)?$"),
    }),
    # Not delivered today, not arrived at the branch, stopped for the carrier's reasons, customs awaited: a problem.
    ("exception", {
        "ru": (r"(?:доставк|вручени)\w* (?:\w+ )?не состоится", r"не (?:поступил|прибыл)\w* (?:в|на) (?:\w+ )?(?:отделени|опс|пункт)\w*"),
        "pl": (r"brak (?:\w+ )?(?:faktur|dokument)\w* (?:\w+ )?do odpraw\w*",
               r"z przyczyn (?:\w+ )?(?:niezalezn|lezac\w* po stronie (?:przewoznik|kurier|firmy))\w*",
               r"nie (?:wydano|wydana|wydany) do doreczenia", r"bł[aąeę]d\w* (?:\w+ )?sortowan\w*",
               r"(?:niewłasciwie|omyłkowo|zle) (?:\w+ )?(?:skierowan|przekierowan|wysłan)\w*", r"(?:zatrzyman|wstrzyman)\w* (?:\w+ ){0,3}z powodu (?:\w+ )?uszkodz\w*"),
        "cs": (r"ceka\w* (?:se )?na (?:\w+ )?" + _CS_CUSTOMS, r"(?:rizeni|zasilka|preprava|doruceni) (?:\w+ )?pozastaven\w*",
               r"z provozni\w* duvod\w*"),
        "tr": (r"(?:beyanname|evrak|belge|fatura)\w* (?:\w+ )?eksik\w*",),
    }),
    # A delivery to come, handed on for delivery in the country of destination: on the way.
    ("in_transit", {
        "pl": (r"(?:bedzie|zostanie) (?:\w+ )?(?:doreczon|dostarczon)\w* (?:\w+ )?(?:jutro|pojutrze|w (?:poniedziałek|wtorek|srode|czwartek|piatek|sobote|niedziele))",
               r"do doreczenia w kraju (?:przeznaczenia|docelowym)"),
    }),
    # A collection from the sender to come, a parcel not yet handed in, an order being processed: only data.
    ("info_received", {
        "ru": (r"^(?:ваш )?заказ (?:\w+ )?(?:в обработке|обрабатывается|принят в обработку)$",),
        "pl": (r"(?:gotow|czeka|oczekuje)\w* (?:\w+ )?na odbior przez kurier\w*", r"(?:gotow|przygotowan)\w* do odbioru przez kurier\w*",
               r"^(?:przesyłka |paczka )?(?:jeszcze )?nie nadan\w*$"),
        "cs": (r"k vyzvednuti (?:\w+ )?(?:kuryrem|dopravcem|ridicem)",),
    }),
    # The courier with a time today, the courier set out: the last leg.
    ("out_for_delivery", {
        "ru": (r"курь[её]р\w* (?:будет|приедет) (?:\w+ )?(?:с \d+|сегодня)", r"передан\w* (?:в доставку |для доставки )?почтальон\w*"),
        "tr": (r"^kurye (?:\w+ )?yola cikti$", r"(?:dagitim|teslimat) (?:icin|amaciyla) (?:\w+ )?(?:araca|kuryeye) (?:yuklendi|verildi)"),
    }),
    # Collected by the recipient from a locker or pickup point: delivered.
    ("delivered", {
        "tr": (r"(?:kargo dolab|dolab|kargomat|hepsimat|teslim noktas)\w*(?: (?:dan|den|tan|ten))? teslim alin(?:di|mistir)",),
    }),
    # Round 28 (Czech and Slovak). A payment or a claim refused, a message sent, a refund, a refusal denied:
    # nothing about the parcel.
    ("unknown", {
        "cs": (r"^(?:platba|transakce)(?: \w+){0,2} (?:odmitnut|zamitnut|neprosl)\w*$", r"^(?:odmitnut|zamitnut)\w* (?:platb|transakc|reklamac)\w*$",
               r"^(?:sms|e ?mail|email|oznameni|notifikace|zprava)(?: \w+){0,3} (?:odeslan|dorucen)\w*(?: \w+){0,2}$",
               r"^vraceni (?:\w+ )?(?:penez|platby|castky)\b", r"^(?:zasilka )?nebyl[ao]? odmitnut\w*$"),
    }),
    # Stored at a depot or warehouse (not for collection), not delivered for the network's reasons, papers
    # asked for in customs, sent to the wrong depot, arriving later than planned, an error in processing: a hold.
    ("exception", {
        "cs": (r"ulozen\w* (?:\w+ )?(?:v|ve|na) (?:\w+ )?(?:depu|skladu|sklade|terminalu|prekladisti)\b(?!.*\b(?:k vyzvednuti|k vydeji|vyzvednout)\b)",
               r"(?:nebyla|nebude|neni|nebylo) (?:\w+ )?doruc\w* (?:\w+ ){0,2}(?:z duvodu|kvuli|pro|vzhledem k) (?:\w+ ){0,2}"
               r"(?:pretizeni|pocasi|kalamit|poruch|zpozdeni|vysok|nehod|provozn|technick|svatk)\w*",
               r"celni rizeni (?:\w+ ){0,2}(?:vyzadan|pozadovan|chybi|zadrzen)\w*", r"(?:vyzadan|pozadovan)\w* (?:\w+ )?(?:doklad|dokument|faktur|udaj)\w*",
               r"(?:odeslan|odvezen|presmerovan|zaslan)\w* (?:\w+ )?(?:na|do) (?:nespravn|chybn|spatn)\w* (?:depo|depa|pobock|misto|adres)\w*",
               r"(?:dorazi|bude dorucen\w*|prijde) (?:\w+ )?(?:pozdeji|se zpozdenim)", r"chyb\w* (?:\w+ )?(?:pri|v) (?:\w+ )?(?:zpracovani|trideni)\w*"),
    }),
    # Not yet delivered, a delay solved or not expected, not damaged, duties paid, released, handed to a post,
    # a depot or a carrier: on the way. Delivered without damage: a delivery.
    ("delivered", {
        "cs": (r"dorucen[oa]? (?:\w+ )?bez poskozeni",),
    }),
    ("in_transit", {
        "cs": (r"(?:zatim|dosud|jeste|zatial) (?:nebyl[ao]? (?:\w+ )?doruc|nedoruc)\w*",
               r"zpozdeni (?:\w+ )?(?:vyreseno|odstraneno|dohnano)\w*", r"zpozdeni se (?:nepredpoklada|neocekava)",
               r"(?:nebyl[ao]?|neni) (?:\w+ )?poskozen\w*(?!.*\bdorucen)",
               r"(?:clo|dph|celni poplatky) (?:\w+ )?(?:zaplacen|uhrazen)\w*", r"(?:zasilka )?propusten\w*",
               r"(?<!nebyla )(?<!nebylo )(?<!nebyl )(?<!neni )predan[aoy]? (?:do |na )?(?:\w+ )?(?:post[aeyu]|depo|depa|dopravc\w*|prepravc\w*|partner\w*)\b"
               r"(?!.*\b(?:k vyzvednuti|k vydeji|adresat\w*|prijemc\w*)\b)"),
    }),
    # A delivery between two times with no later day: the round.
    ("out_for_delivery", {
        "cs": (r"(?!.*\b(?:zitra|pozitri|v pondeli|v utery|ve stredu|ve ctvrtek|v patek|v sobotu)\b)bude (?:\w+ )?dorucen\w* (?:\w+ )?(?:mezi|od) \d+",),
    }),
    # A courier to collect from the sender, or not yet collected: only data.
    ("info_received", {
        "cs": (r"(?:kuryr|ridic|dopravce)\w* (?:si )?(?:\w+ )?vyzvedne\b", r"u odesilatele (?:\w+ )?nevyzvedl\w*",
               r"(?:zatim|jeste|dosud) nebyl[ao]? vyzvednut\w* (?:kuryrem|dopravcem|ridicem)",
               r"(?:prijede|prijde|dorazi) (?:\w+ )?pro zasilk\w* (?:\w+ )?(?:k|u) odesilatel\w*"),
    }),
)

SLAVIC_TURKIC_STEPS_4: tuple[Step, ...] = (
    # Kazpost's and Belpost's operation names: sent on, sent from or to a centre, batch acceptance, on its way.
    ("in_transit", {
        "ru": (r"досыл\w*", r"^отправка(?: (?:из|в|на) .+)?$", r"^(?:партионн|единичн)\w* при[её]м$",
               r"следует (?:в|на|до|транзитом)"),
        "pl": (r"(?:sprzedawca|sklep|nadawca) (?:\w+ )?(?:nadał|wysłał)\w*", r"dotrze (?:\w+ ){0,2}(?:jutro|pojutrze|w )"),
        "cs": (r"^expedice$",),
        "tr": (r"^sevkiyat (?:\w+ )?yolda$",),
    }),
    # The courier expected today or on the way to the door: the last leg.
    ("out_for_delivery", {
        "ru": (r"ожидайте (?:\w+ )?курь[её]р\w* (?:\w+ )?сегодня",),
        "pl": (r"kurier (?:\w+ )?przyjedzie (?:\w+ )?(?:dzis|dzisiaj)",),
        "cs": (r"^dorucovani$", r"kuryr\w* (?:k vam|za vami) (?:\w+ )?(?:jede|miri)"),
        "tr": (r"kurye (?:\w+ )?(?:teslimat|dagitim) (?:icin|amaciyla) yolda",),
    }),
    # Waiting at the post office for the recipient.
    ("available_for_pickup", {
        "ru": (r"ожидает (?:получени|вручени|выдачи)\w* (?:в|на) (?:\w+ )?(?:отделени|опс|почт|пункт)\w*",),
        "cs": (r"pripraven\w* k vydeji",),
        "tr": (r"gel al noktas\w*",),
    }),
    # A reason a courier gives for an attempt that failed.
    ("delivery_failed", {
        "ru": (r"недостаточн\w* адрес\w*",),
        "cs": (r"(?:kuryr|ridic|dorucovatel)\w* se (?:\w+ )?nedovolal\w*", r"doruceni neprobehl\w*"),
        "tr": (r"kapida kimse (?:yok|bulunamadi)", r"^ev kapali", r"(?:is ?yeri|isyeri) kapaliydi",
               r"(?:bina|site)\w* (?:\w+ )?giris\w* (?:\w+ )?(?:izin verilmedi|yapilamadi)", r"adres (?:\w+ )?anlasilamadi",
               r"alici (?:\w+ ){0,3}bulunamadi", r"alici tatilde"),
    }),
    # Misrouted, put off for the carrier's reasons, late, incomplete data: a problem.
    ("exception", {
        "ru": (r"(?:неправильно|ошибочно|неверно) (?:направлен|отправлен)\w*",
               r"(?:доставк|вручени)\w* (?:\w+ )?перенос\w*ся (?:\w+ )?(?:по техническ|из за|в связи)\w*"),
        "pl": (r"nie (?:dojechał|dotarł)\w* na czas", r"wymaga (?:\w+ )?(?:dodatkow\w* )?weryfikacj\w*"),
        "cs": (r"nedoputoval\w*", r"neupln\w* udaj\w*", r"ceka na doplneni (?:\w+ )?adres\w*"),
        "tr": (r"yanlis yonlendir\w*",),
    }),
    # Handed over: delivered. ("Vyzvednuta" alone may be the courier's collection from the sender as well as
    # the recipient's: not read.)
    ("delivered", {
        "cs": (r"^dodano$",),
    }),
    ("damaged", {
        "cs": (r"rozbit\w* (?:\w+ )?obsah\w*",),
    }),
    ("returned", {
        "tr": (r"(?:saticiya|gondericiye) geri don\w*",),
    }),
    # An order placed or in progress at the shop: only data.
    ("info_received", {
        "pl": (r"^zamowienie (?:złozone|w realizacji)$", r"nie (?:\w+ )?(?:podjet|odebran)\w* przez kurier\w*"),
        "cs": (r"zasilk\w* (?:byla )?prihlasen\w*",),
        "tr": (r"kargo firmasina bildirildi",),
    }),
    # Round 28 (Czech and Slovak). Instructions or an address clarification awaited, a search, a hold-up, an
    # extraordinary event, a claim procedure, an address correction, an incomplete parcel: a hold.
    ("exception", {
        "cs": (r"ceka\w* na (?:\w+ )?(?:pokyn|instrukc|dispozic|vyjadreni)\w*",
               r"ceka\w* na (?:vyjasneni|upresneni|opravu|overeni|potvrzeni) (?:\w+ )?adres\w*", r"patrani\b", r"zdrzi\b",
               r"mimoradn\w* udalost\w*", r"reklamac\w* (?:rizeni|reseni)", r"oprava adresy", r"nekompletni zasilk\w*"),
    }),
    # An attempt that failed, a business closed, cash on delivery unpaid, a notice left, the recipient not
    # reached, an address not found or invalid, a name missing, no access: a failed attempt.
    ("delivery_failed", {
        "cs": (r"neuspesn\w* (?:pokus\w* (?:o )?)?doruc\w*", r"(?:provozovna|firma|prodejna|obchod|kancelar|pobocka)\w* (?:\w+ )?(?:uzavren|zavren)\w*",
               r"nezaplatil\w* (?:\w+ )?dobirk\w*",
               r"(?:nemel|nemela|nemeli) (?:\w+ ){0,2}(?:na )?dobirk\w*",
               r"(?:zanechan|ponechan|vhozen)\w* (?:\w+ )?oznameni\b(?!.*\bulozen)", r"(?:nemohl|nemohla|nemohli) (?:\w+ ){0,2}doruc\w*",
               r"nepodarilo se (?:\w+ )?(?:kontaktovat|zastihnout|spojit|dovolat)", r"adresa (?:\w+ )?(?:nenalezen|neplatn|neexist)\w*",
               r"(?:neplatn|neexistujic)\w* adres\w*", r"chybi (?:\w+ )?(?:cislo popisne|cislo domu|jmeno|cislo bytu)",
               r"(?:nebyl|nebyla) umoznen\w* pristup"),
    }),
    # "Převzal: Novák": taken over by a named person, not by a courier or a depot.
    ("delivered", {
        "cs": (r"^prevzal[ao]?\b(?! (?:\w+ )?(?:kuryr|dopravce|ridic|depo|posta|pobocka))",),
    }),
    ("lost", {
        "cs": (r"nezvestn\w*",),
    }),
)
