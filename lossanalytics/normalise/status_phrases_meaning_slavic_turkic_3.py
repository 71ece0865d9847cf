"""Russian, Ukrainian, Polish, Czech, Slovak and Turkish event texts read by their grammar and meaning
(twenty-sixth round, d), in two groups beside status_phrases_meaning_slavic_turkic's and its _2 module's.

SLAVIC_TURKIC_FIRST_STEPS_3 come right after SLAVIC_TURKIC_FIRST_STEPS_2, before the Russian, Ukrainian,
Czech, Slovak and Turkish steps. Each decides against a word a later step reads the other way:
- a refund, a cancelled return or a cancelled cash-on-delivery amount ("Кошти повернуто покупцю", "Anulowano
  zwrot", "Zwrot opłaty celnej", "Storno dobírky") says nothing of the parcel: unread;
- a parcel "not yet" received or delivered ("Ещё не получено адресатом", "Przesyłka nie została jeszcze
  doręczona") is on its way, and one not yet accepted or handed to the carrier ("ещё не принята в отделении")
  only data;
- "delivered" or "handed" to a sorting centre, a depot, customs or a carrier ("Вручено в сортировочный центр",
  "Вручено перевізнику", "Zásilka doručena do depa", "kargo şubesine teslim edildi") moves on, while delivered
  to a branch for collection ("Доставлено у відділення") waits there, and "doręczona do nadawcy", "w drodze do
  nadawcy" are a return;
- a parcel given to the postman or delivered by the courier now ("Передано листоноші", "Доставляется
  курьером", "Kurýr vyjel s vaší zásilkou", "teslim edilmek üzere yola çıktı") is the last leg, while a
  delivery "to another branch" or "by Poczta Polska" ("Przekazano do doręczenia w innym oddziale") moves on;
- customs waiting or inspecting, a damage being checked, a vehicle breakdown ("Gümrükte bekliyor", "Hasarlı
  paket kontrol ediliyor", "araç arızası"), an unreadable label, a duty limit exceeded is a problem; a storage time run out with a return named ("Uplynula úložní doba – vrácení")
  a return;
- the recipient who took it at the branch or pickup point ("Şubeden teslim alındı", "Vyzdvihnuté na výdajnom
  mieste") has it, and the courier who took it from the sender ("Kuriér vyzdvihol zásielku u odosielateľa",
  "göndericiden teslim aldı") moves on.

SLAVIC_TURKIC_STEPS_3 come just before status_phrases_meaning_slavic_turkic_2's last steps, after every
other step, and read what nothing else reads: Russian Post's bare operation names ("Приём", "Магистраль"),
orders cancelled or not bought out ("Не выкуплен"), waybills made and labels printed, departures and
arrivals at depots ("Odjezd z depa", "Příjezd do depa"), delays and force majeure ("Vyšší moc", "Zásielka
mešká", "Omeškanie"), a parcel not loaded, papers missing, the delivery round ("na doručovacej trase", "teslimat için kuryede"), a pickup point
reached ("Teslim noktasında", "kargo dolabına yerleştirildi"), a delivery finished.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, Latin accents off, "ł" and Cyrillic
letters kept, "ı" and "İ" as "i", apostrophes as spaces); whole words. Written by the team from DESIGN §4's
statuses and how carriers, posts, marketplaces and shops word their events, not taken from a publisher
(tests/test_status_meaning_slavic_turkic_3.py holds the examples).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_2 import CS_SK_PICKUP_PLACE
from lossanalytics.normalise.status_phrases_outcomes import Step

# Places inside the network: a sorting centre, depot, warehouse, terminal, customs.
_RU_HUB = r"(?:сортировочн|распределительн|склад|терминал|таможн|магистральн|хаб)\w*"
_UK_HUB = r"(?:сортувальн|склад|термінал|митниц|хаб)\w*"
_CS_SK_HUB = r"(?:dep[aou]|depe|depot\w*|tridirn\w*|triediac\w*|tridic\w*|sklad\w*|prekladist\w*|centr\w*|celnic\w*|colnic\w*)"
# A message (not the parcel) delivered or not: "SMS доставлено", "E-mail nedoručen" ("письмо" and Ukrainian
# "лист" are letters, postal items, and stay out).
# The words between may not name the parcel ("Уведомление: посылка не доставлена" is about the parcel).
_RU_MESSAGE = r"(?:уведомлени|сообщени|смс|sms|e ?mail|email)\w* (?:(?!посылк|отправлени|заказ|груз|товар)\w+ ){0,2}"
_UK_MESSAGE = r"(?:повідомлен|смс|sms|e ?mail|email)\w* (?:(?!посилк|відправлен|замовлен|вантаж)\w+ ){0,2}"
_PL_MESSAGE = r"(?:powiadomieni|sms|e ?mail|email|wiadomosc)\w* (?:(?!przesyłk|paczk|zamowieni)\w+ ){0,2}"
_CS_SK_MESSAGE = r"(?:sms|e ?mail|email|notifikac\w*|zprav[auy]|sprav[aouy]) (?:(?!zasilk|zasielk|balik)\w+ )?"
# The word for the courier in Ukrainian, folded: "кур'єр" as "кур єр".
_UK_COURIER = r"кур(?: |ʼ)?єр\w*"

SLAVIC_TURKIC_FIRST_STEPS_3: tuple[Step, ...] = (
    # A refund, a cancelled return, a cancelled cash-on-delivery amount: nothing about the parcel.
    ("unknown", {
        "ru": (r"^(?:деньги|средства|оплата) (?:\w+ ){0,3}возвращен\w*(?: \w+){0,2}$", r"^отмен\w* возврат\w*$",
               r"^возврат\w* (?:денежн\w* )?(?:средств|денег|оплаты|платежа)(?: \w+){0,3}$",
               _RU_MESSAGE + r"(?:не )?доставлен\w*"),
        "uk": (r"^(?:кошти|гроші|оплату|оплата) (?:\w+ ){0,3}поверн(?:ут|ен)\w*(?: \w+){0,2}$", r"^скасуван\w* повернення$",
               r"^скасован\w* повернення$", r"^(?:оплат\w*|кошти) не (?:отриман|надійшл)\w*$",
               _UK_MESSAGE + r"(?:не )?доставлен\w*"),
        "pl": (r"^zwrot (?:opłat\w*|koszt\w*|naleznosc\w*|cła|podatku)(?: \w+){0,3}$", r"^anulow\w* zwrot\w*(?: przesyłki| paczki)?$",
               r"^zwrot\w* anulowan\w*$", _PL_MESSAGE + r"(?:nie )?(?:doreczon|dostarczon)\w*"),
        "cs": (r"^(?:zruseni|storno) (?:vraceni|vratky)$", r"^storn\w* (?:\w+ )?dobirk\w*$", r"^vraceni dph$",
               _CS_SK_MESSAGE + r"(?:ne)?dorucen\w*"),
        "sk": (r"^(?:zrusenie|storno) (?:vratenia|vratky)$", r"^storn\w* (?:\w+ )?dobierk\w*$", r"^vratenie dph$",
               _CS_SK_MESSAGE + r"(?:ne)?dorucen\w*"),
        "tr": (r"^iade (?:talebi\w* )?iptal edil\w*$",),
    }),
    # Handed to a hub or a carrier, or not yet received by the recipient: still on the way.
    ("in_transit", {
        # Not a return handed to a hub or warehouse on its way back (the return steps read it).
        "ru": (r"^(?!.*(?:возврат|возвращ|обратн))(?:.*? )?(?<!не )(?:вручен|доставлен|передан)\w* (?:в|на) (?:\w+ )?" + _RU_HUB,
               r"ещ[её] не (?:получен|вручен|доставлен)\w*", r"забран\w* (?:\w+ ){0,2}у (?:отправител|продав|магазин)\w*"),
        "uk": (r"вручен\w* (?:\w+ )?перевізник\w*", r"ще не (?:отриман|вручен|доставлен)\w*",
               r"забра\w* (?:\w+ ){0,2}(?:у|від) (?:відправник|продав|магазин)\w*"),
        "pl": (r"do doreczenia (?:w|przez) (?:\w+ )?(?:inn\w*|poczt\w*|partner\w*|przewoznik\w*)",
               r"nie (?:\w+ )?jeszcze (?:\w+ )?(?:doreczon|dostarczon)\w*", r"do doreczenia (?:\w+ )?(?:jutro|pojutrze)",
               r"jeszcze nie (?:\w+ )?(?:doreczon|dostarczon)\w*"),
        # Back to the depot is a hand-over inside the network, not a return to the sender.
        "cs": (r"dorucen\w* (?:zpet )?(?:do|na) (?:\w+ )?" + _CS_SK_HUB, r"vraci\w* (?:se )?(?:zpet )?(?:na|do) (?:\w+ )?" + _CS_SK_HUB),
        "sk": (r"dorucen\w* (?:spat )?(?:do|na) (?:\w+ )?" + _CS_SK_HUB, r"vraci\w* (?:sa )?(?:spat )?(?:na|do) (?:\w+ )?" + _CS_SK_HUB,
               r"vyzdvihol\w* (?:\w+ ){0,2}(?:u|od|zo|z) (?:odosielatel|obchod|predajc|e ?shop|sklad)\w*",
               r"(?:smeruje|mieri|putuje|je na ceste) (?:\w+ ){0,2}(?:na|do|k) (?:\w+ )?" + CS_SK_PICKUP_PLACE),
        "tr": (r"(?:kargo |cikis |dagitim |transfer |aktarma )?subesine teslim edil\w*",
               r"(?:gondericiden|saticidan|magazadan) (?:\w+ )?teslim al\w*"),
    }),
    # Not yet accepted or handed to the carrier: only data.
    ("info_received", {
        "ru": (r"ещ[её] не (?:принят|поступил|передан)\w*(?! (?:\w+ )?(?:получател|адресат|покупател))",),
        "uk": (r"^(?:ваше )?замовлення (?:\w+ )?(?:прийнято|отримано)$", r"ще не (?:надійшл|передан|прийнят)\w*"),
    }),
    # An attempt that did not succeed, before "вручення" reads a delivery.
    ("delivery_failed", {
        "uk": (r"(?:неуспішн|невдал)\w* (?:\w+ )?спроб\w*", r"(?:відправленн|посилк|замовленн)\w* (?:\w+ )?не (?:отриман|одержан)\w*"),
    }),
    # Delivered to a branch for collection: waiting there.
    ("available_for_pickup", {
        # The Russian steps read a locker or "пункт выдачи" themselves, but not the abbreviation "ПВЗ".
        "ru": (r"(?<!не )доставлен\w* (?:в|на) (?:\w+ )?пвз(?!.*(?:постамат|почтомат|пункт))",),
        "uk": (r"(?<!не )доставлен\w* (?:у|в|до) (?:\w+ )?відділенн\w*(?! (?:\w+ )?відправник)",),
    }),
    # Given to the postman, delivered by the courier now, the courier set out with it: the last leg.
    ("out_for_delivery", {
        "ru": (r"доставля\w*ся курь[её]р\w*", r"(?<!не )вручен\w* курь[её]ру(?!.*(?:возврат|отправител))", r"курь[её]р\w* (?:\w+ ){0,2}позвонит (?:\w+ ){0,2}за (?:\d+ )?(?:час|минут)\w*"),
        "uk": (r"(?:передан|видан)\w* (?:\w+ )?листонош\w*", r"доставля\w*ся " + _UK_COURIER,
               r"(?:в|у) (?:машині|автомобілі) (?:\w+ )?" + _UK_COURIER, r"сьогодні (?:\w+ ){0,2}(?:доставимо|доставить|привеземо|привезе)"),
        "pl": (r"(?:przekazan|wydan)\w* (?:\w+ )?listonosz\w*", r"(?:wyruszył|wyjechał)\w* z (?:\w+ )?(?:przesyłk|paczk)\w*"),
        "cs": (r"(?:kuryr|ridic)\w* (?:\w+ )?(?:vyjel|vyrazil)\w* s (?:\w+ )?(?:zasilk|balik)\w*",),
        "tr": (r"bugun (?:(?!yarin)\w+ ){0,5}teslim edilecek", r"teslim edilmek uzere (?:\w+ )?(?:yola cikti|dagitima cikti|yolda)"),
    }),
    # A return: delivered to or on the way to the sender, a storage time run out with a return named.
    ("returned", {
        "pl": (r"w drodze (?:\w+ )?do (?:nadawc|sprzedawc|sklep)\w*", r"(?:doreczon|dostarczon)\w* (?:\w+ )?do nadawc\w*"),
        "cs": (r"uplynul\w* (?:\w+ )?ulozn\w* (?:doba|doby|lhut\w*) (?:\w+ )?vraceni",),
        "sk": (r"uplynul\w* (?:\w+ )?ulozn\w* (?:doba|doby|lehot\w*) (?:\w+ )?vratenie",),
        "tr": (r"iade (?:kargoya|kargo firmasina) verildi",),
    }),
    # Customs waiting or inspecting, damage checked, a breakdown, not loaded, papers missing: a problem.
    ("exception", {
        "uk": (r"перевищен\w* (?:\w+ )?лім[іи]т\w*",),
        "pl": (r"(?:nieczyteln|uszkodzon)\w* (?:\w+ )?(?:etykiet|list\w* przewozow|kod)\w*", r"brak (?:\w+ )?etykiet\w*",
               r"nie (?:\w+ )?załadowan\w*", r"nie (?:doreczono|dostarczono) (?:\w+ )?opoznieni\w*"),
        # Sent wrongly, or not sent for a reason (not yet sent is only data).
        "cs": (r"(?:poslan|odeslan|smerovan|nasmerovan)\w* (?:\w+ )?(?:chybne|spatne|omylem)",
               r"(?:nebyla|nebyl|nebylo|nebyly) (?:\w+ )?odeslan\w* (?:\w+ )?(?:z duvodu|kvuli|pro)"),
        "tr": (r"gumrukte (?:\w+ )?(?:bekliyor|inceleniyor|incelemede)", r"gumruk (?:\w+ )?incelem\w*",
               r"hasar\w* (?:\w+ ){0,2}(?:kontrol|inceleme|tespit)\w*", r"arac (?:\w+ )?ariza\w*",
               r"(?:vergi|ucret|harc)\w* (?:\w+ )?odenmedi"),
    }),
    # Collected by the recipient at the branch or pickup point: delivered.
    ("delivered", {
        "sk": (r"vyzdvihnut[aeoy]? (?:\w+ )?(?:na|v|z|zo) (?:\w+ )?" + CS_SK_PICKUP_PLACE,),
        "tr": (r"subeden teslim alin(?:di|mistir)",),
    }),
)

SLAVIC_TURKIC_STEPS_3: tuple[Step, ...] = (
    # An order cancelled, or not bought out at the pickup point (a marketplace's cancelled order).
    ("cancelled", {
        "ru": (r"^(?:заказ |товар )?не выкуплен\w*(?: (?:покупател|клиент|получател)\w*)?$", r"невыкуп\w*"),
        "tr": (r"iptal (?:oldu|olmustur|edilmistir)", r"(?:siparis|gonderi|kargo)\w* iptali"),
    }),
    ("lost", {
        "sk": (r"strata (?:\w+ )?zasielk\w*",),
        "tr": (r"kaybedil\w*",),
    }),
    # Not delivered in Slovak; nobody at the organisation; a failed attempt in Turkish.
    ("delivery_failed", {
        "ru": (r"(?:организаци|офис|магазин|компани|предприяти)\w* не работает",),
        "uk": (r"не було вдома",),
        "sk": (r"dorucenie sa nepodaril\w*",),
        "tr": (r"basarisiz (?:\w+ )?(?:teslimat|dagitim)\w*",),
    }),
    # A delay, force majeure, papers missing, a blocked parcel: a problem.
    ("exception", {
        "ru": (r"курь[её]р\w* не успел\w*", r"нет (?:\w+ )?(?:документ|инвойс)\w*"),
        "pl": (r"warunk\w* (?:atmosferyczn|pogodow)\w*", r"zdarzeni\w* losow\w*",
               r"(?:oczekiwanie|czeka|oczekuje) na (?:\w+ )?decyzj\w*", r"przekroczon\w* (?:\w+ )?termin\w* (?:doreczenia|dostawy)"),
        "cs": (r"nepredvidan\w*", r"komplikac\w*", r"vyssi moc\w*", r"nevyexpedovan\w*", r"setreni\w*",
               r"nedostatecn\w* (?:\w+ )?(?:baleni|obal)\w*"),
        "sk": (r"mesk(?:a|aju|ame|al\w*)", r"omeskani\w*", r"caka (?:sa )?na (?:\w+ )?(?:dokument|doklad|faktur)\w*", r"zablokovan\w*",
               r"vyssia moc", r"(?:nebola|nebol|nebolo|neboli) (?:\w+ )?nalozen\w*", r"necitateln\w* (?:\w+ )?(?:stitok|etiket|kod)\w*",
               r"chybaj\w* (?:\w+ )?(?:doklad|dokument|faktur)\w*"),
    }),
    # The delivery round, the courier with it.
    ("out_for_delivery", {
        "cs": (r"dorucovac\w* tras\w*",),
        "sk": (r"dorucovac\w* tras\w*",),
        # "Kuryede" alone may be the collecting courier as well as the delivering one: not read.
        "tr": (r"(?:teslimat|dagitim) (?:icin|amaciyla) kuryede\b", r"kuryeye (?:teslim edildi|verildi|zimmetlendi)", r"ulasmak uzere"),
    }),
    # Waiting to be collected.
    ("available_for_pickup", {
        "ru": (r"можно (?:\w+ )?забирать",),
        "uk": (r"(?:в|у) пункті (?:видачі|видавання)",),
        "sk": (r"ulozen\w* na post[ei]",),
        "tr": (r"teslim noktasinda", r"teslim alma(?:niz|yi|nizi) bek\w*", r"subeden (?:\w+ )?(?:almasi|teslim alinmasi) bekleniyor",
               r"(?:kargo dolab|dolab|kargomat|hepsimat)\w* (?:yerlestirildi|birakildi)"),
    }),
    # Handed out, collected, a delivery finished: delivered.
    ("delivered", {
        "pl": (r"(?:doreczeni|dostaw)\w* zakonczon\w*(?! (?:\w+ )?niepowodz)",),
        "sk": (r"^(?:zasielka |balik )?(?:bola |bol )?vydan[aeoy]?(?: (?:prijemcovi|adresatovi))?$",
               r"vyzdvihnut[aeoy]? (?:\w+ )?(?:zakaznik|prijemc|adresat)\w*"),
        "tr": (r"^teslim alan (?!sube|birim|merkez|depo)\w+",),
    }),
    # Only data: a waybill made, a label printed, an order registered, packed or processed by the seller.
    ("info_received", {
        "ru": (r"регистрац\w* (?:\w+ )?(?:отправлени|заказ|посылк)\w*", r"переда[её]тся (?:в|на) (?:доставк|отгрузк)\w*",
               r"создан\w* (?:\w+ )?(?:заказ|отправлени|заявк|накладн)\w*", r"накладн\w* (?:\w+ )?(?:оформлен|сформирован)\w*",
               r"(?:продав|отправител|магазин)\w* (?:\w+ )?передаст", r"подготовк\w* к (?:отправке|отгрузке|передаче)"),
        "uk": (r"(?:накладн|ттн|етикетк)\w* (?:\w+ )?(?:сформован|створен)\w*", r"оброб\w* (?:\w+ )?(?:продавц|магазин)\w*"),
        "pl": (r"(?:nadawca|sprzedawca|sklep) (?:\w+ )?(?:przygotował|spakował|skompletował)\w*",
               r"(?:list\w* przewozow|etykiet)\w* (?:\w+ )?wygenerowan\w*", r"zlecon\w* odbior\w*",
               r"odbierze (?:\w+ ){0,2}od (?:nadawc|sprzedawc)\w*"),
        "cs": (r"(?:stitek|etiket\w*) (?:\w+ )?vytisten\w*", r"nepredan\w* (?:\w+ )?(?:dopravc|prepravc|kuryr)\w*",
               r"vytvoren[aoy]? (?:\w+ )?(?:zasilk|objednavk|stitek)\w*"),
        "sk": (r"(?:stitok|etiket\w*) (?:\w+ )?vytlacen\w*", r"vytvoren\w* (?:\w+ )?(?:zasielk|objednavk|stitok)\w*",
               r"caka sa na (?:odovzdanie|prevzatie)", r"objednavk\w* sa bali"),
        "tr": (r"paketli(?:yor|yoruz)", r"tedarik (?:surecinde|asamasinda)"),
    }),
    # Departed, arrived, trunk transport, in the destination country, processed: on the way.
    ("in_transit", {
        "ru": (r"^при[её]м(?: (?:единичный|партионный))?$", r"магистрал\w*",
               r"(?:доставк|вручени|прибыти)\w* (?:\w+ )?ожида\w*ся(?! (?:\w+ )?сегодня)", r"отсортирован\w*",
               r"(?:доставим|привез[её]м) (?:\w+ )?(?:завтра|послезавтра)"),
        "uk": (r"^(?:відправлення|посилка|вантаж) (?:у|в) місті \w+",),
        "pl": (r"przesyłka (?:jest )?w polsce", r"odbior\w* (?:\w+ ){0,2}od (?:nadawc|sprzedawc|klient)\w*",
               r"przyjechał\w* do", r"(?:w|do) kraj\w* (?:przeznaczenia|docelow\w*)"),
        "cs": (r"prevzeti (?:\w+ ){0,2}od (?:odesilatel|zakaznik|klient)\w*", r"prijezd (?:do|na)", r"odjezd (?:z|ze)"),
        "sk": (r"(?:zasielk|balik|objednavk|tovar)\w* (?:\w+ ){0,2}odoslan\w*", r"prevzal\w* (?:\w+ ){0,2}od (?:odosielatel|predajc|obchod)\w*",
               r"doruc(?:i|ime) (?:\w+ ){0,2}(?:v|vo) (?:pondelok|utorok|stredu|stvrtok|piatok|sobotu|nedelu)", r"odchod (?:z|zo)", r"prichod (?:do|na)",
               r"preprav\w* (?:\w+ )?medzi", r"(?:prisl|dorazil)\w* (?:na|do) (?:\w+ )?dodaci\w* post\w*"),
        "tr": (r"(?:islem|transfer|aktarma) merkezinde", r"(?:cikis|giris) yapildi", r"(?:teslimat|dagitim|varis|cikis|kabul) subesinde"),
    }),
)
