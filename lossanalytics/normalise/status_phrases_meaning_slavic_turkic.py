"""Russian, Ukrainian, Polish, Czech and Turkish event texts read by their grammar and meaning
(twenty-fourth round, d), in two groups.

SLAVIC_TURKIC_FIRST_STEPS come just before the Russian, Ukrainian and Romanian steps
(status_phrases_east), so also before the Czech and Turkish ones that follow them. Each decides
against a word that a later step reads the other way:
- a delivery still to come ("будет доставлена", "буде доставлено", "zostanie doręczona", "bude
  doručena") is on its way, and out for delivery when it is today;
- a parcel moving towards a pickup point or a locker ("едет в пункт выдачи", "прямує до поштомату",
  "míří na výdejní místo") is not yet waiting there, while one taken from the pickup point by the
  recipient ("забран из пункта выдачи") is delivered;
- the courier on the way to the recipient ("Кур'єр прямує до вас", "Kurier jest w drodze do Ciebie",
  "Kurýr je na cestě k vám", "Kurye adresinize doğru yola çıktı") is out for delivery, not in transit;
- data received or passed on ("Получена электронная информация", "Дані отримано") is no receipt by
  the recipient, an order being put together, accepted for fulfilment or not yet posted or handed
  to the carrier is only data, and a parcel accepted at its office of posting ("Прийнято у
  відділенні") or handed to a carrier ("вручено перевозчику") moves on;
- missing papers, duties to pay, a hold or a misroute ("требуются документы", "zadrženo na celnici",
  "gümrükte bekletiliyor", "błędnie skierowana", "не в тот город") is a problem even where customs,
  a depot or a transport is named beside it; a damaged wrapping to be repacked is a check, not a
  damaged parcel; a delay in the delivery ("opóźnienie w doręczeniu") is no delivery round;
- a seller or shop withdrawing from the order ("отказ от заказа продавцом") cancels it: the
  recipient's refusal is another "отказ";
- an address not found is a failed delivery, not a tracking number not found; the recipient who
  took the parcel over ("alıcı tarafından teslim alındı") has it, unlike the carrier's "teslim alındı".

SLAVIC_TURKIC_STEPS come last of all, so they read only texts no other step reads: the verbs and
nouns of each step in their other tenses, aspects, voices and cases (departed "убыло", "вибуло",
"wyjechała", "odjela", "ayrıldı"; loaded, flown, carried, processed; expected delivery dates; the
courier having the parcel; nobody home, no answer on the phone, the door not opened, the business
closed, the recipient moved; a hold, a delay, weather; collect it from; taken by the recipient;
coming back; cancelled by whoever cancelled it).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, Latin accents off, "ł" and
Cyrillic letters kept, "ı" and "İ" as "i", apostrophes as spaces); whole words. Written by the team
from DESIGN §4's statuses and how carriers, posts and marketplaces word their events, not taken from
a publisher (tests/test_status_meaning_slavic_turkic.py holds the examples).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Pickup places a parcel may be moving towards (Russian, Ukrainian, Czech).
_RU_PICKUP = r"(?:пункт\w* (?:выдачи|самовывоза)|постамат\w*|почтомат\w*|пвз|мест[оау] вручения|отделени\w* связи)"
UK_PICKUP_PLACE = r"(?:поштомат\w*|відділенн\w*|пункт\w* (?:видачі|видавання))"
_CS_PICKUP = r"(?:vydejn\w* (?:mist\w*|box\w*)|z ?box\w*|balikovn\w*|parcel ?shop\w*)"

SLAVIC_TURKIC_FIRST_STEPS: tuple[Step, ...] = (
    # Papers, duties, a hold or a misroute: a problem whatever place is named beside it.
    ("exception", {
        "ru": (r"(?:требу|необходим|нужн)\w* (?:\w+ ){0,2}(?:документ|паспортн|инн|сведени)\w*",
               r"(?:ожида(?:ет|ют|ется)|требуется|необходима) (?:\w+ )?(?:оплат|уплат)\w* (?:\w+ )?(?:пошлин|таможенн|сбор|налог)\w*",
               r"не в (?:тот|том|ту|той) (?:\w+ )?(?:город|пункт|отделени|сортировочн|регион|терминал|склад)\w*",
               r"ошибочн\w* (?:\w+ )?(?:направлен|отправлен|отсортирован)\w*",
               # A flight cancelled or delayed: the parcel waits for the next one, nothing is called off.
               r"рейс\w* (?:\w+ )?(?:отмен|задерж|перенес)\w*"),
        "uk": (r"(?:потрібн|необхідн|вимага)\w* (?:\w+ ){0,3}(?:документ|паспорт)\w*",),
        "pl": (r"opoznien\w* (?:w|przy) (?:doreczeniu|dostawie|dostarczeniu)",
               r"(?:błedn|mylnie|omyłkow|nieprawidłow)\w* (?:\w+ )?(?:skierowan|przekierowan|wysłan|posortowan)\w*"),
        # "Zadržena pro budoucí doručení" (held for a later delivery) stays on its way.
        "cs": (r"zadrz(?:en|an)[a-z]*(?![a-z]| pro )", r"zdrzen\w*", r"prerusen\w*", r"nesrovnalost\w*",
               r"poskozen\w* obal\w*", r"obal\w* (?:\w+ )?poskozen\w*", r"prebal\w*",
               r"(?:doplneni|doplnit|dolozit|predlozit|chybi|chybejic\w*) (?:\w+ ){0,2}(?:dokument|doklad|udaj|faktur)\w*"),
        "tr": (r"gumrukte (?:\w+ )?(?:bekletil|tutul|takil|alikon)\w*", r"(?:vergi|odeme|harc)\w* (?:\w+ ){0,2}bekleniyor"),
    }),
    # A seller or shop withdrawing from the order: cancelled, not refused at the door.
    ("cancelled", {
        "ru": (r"(?:продав|магазин|поставщик)\w* (?:\w+ ){0,2}отказал\w*(?!.*возвр)",
               r"отказ\w* (?:\w+ ){0,2}(?:продав|магазин|поставщик)\w*(?!.*возвр)"),
    }),
    # The courier on the way to the recipient, or a delivery said to come today.
    ("out_for_delivery", {
        "ru": (r"будет (?:\w+ ){0,2}(?:доставлен|вручен)\w* (?:\w+ )?сегодня",),
        # A courier going to collect it from the sender is on the first mile, not the last leg.
        "uk": (r"кур(?: |ʼ)?єр (?:\w+ )?(?:прямує|їде|везе|виїхав|в дорозі|у дорозі)(?!.*(?:забрат|відправник|продавц))",
               r"видано (?:листонош|поштар|водію)\w*", r"буде (?:\w+ ){0,2}(?:доставлен|вручен)\w* (?:\w+ )?сьогодні"),
        "pl": (r"zostanie (?:\w+ )?(?:doreczon|dostarczon)\w* (?:\w+ )?(?:dzis|dzisiaj)",
               r"(?:dzis|dzisiaj) (?:\w+ )?(?:doreczymy|dostarczymy)", r"(?:doreczymy|dostarczymy) (?:\w+ ){0,2}(?:dzis|dzisiaj)",
               r"kurier\w* (?:jest )?(?:juz )?w drodze(?! (?:po|do nadawc|do sklep))",
               r"(?:doreczy|dostarczy)\w* (?:\w+ ){0,2}(?:dzis|dzisiaj)"),
        "cs": (r"bude (?:\w+ )?dorucen\w* (?:\w+ )?dnes", r"dnes (?:\w+ )?(?:bude )?(?:dorucen\w*|doruci|dorucime)", r"(?:doruci|dorucime) (?:\w+ )?dnes",
               r"(?:kuryr|ridic)\w* (?:je )?(?:na ceste|jede|miri)(?! (?:\w+ )?(?:pro|k odesilatel|vyzvednout))"),
        "tr": (r"kurye\w* (?:\w+ ){0,2}(?:adresinize|size|adrese) (?:dogru )?"
               r"(?:yola cikti|geliyor|gidiyor|ilerliyor)",
               r"(?:teslim|teslimat|dagitim) (?:icin|amaciyla) (?:\w+ )?kurye\w* (?:verildi|teslim edildi)"),
    }),
    # Data received, an order being put together or accepted, nothing posted or handed over yet.
    ("info_received", {
        "ru": (r"получен\w* (?:\w+ ){0,2}(?:информаци|сведени)\w*", r"данн\w* (?:\w+ ){0,3}(?:передан|получен|загружен)\w*",
               r"(?:собира\w*|сборк\w*|комплектац\w*) (?:\w+ )?заказ\w*", r"заказ\w* (?:\w+ )?(?:собира|комплектуе)\w*",
               r"принят\w* (?:магазином|продавцом)"),
        "uk": (r"дані (?:\w+ ){0,3}(?:отриман|передан|надійшл)\w*",),
        "pl": (r"nie zosta\w* (?:jeszcze )?nadan\w*", r"przyje\w* do realizacji",
               r"(?:czekamy|oczekujemy) na (?:\w+ ){0,3}(?:od|przez) (?:nadawc|sprzedawc|sklep)\w*"),
        "tr": (r"henuz (?:\w+ ){0,3}teslim edilmedi", r"(?:kargo firmasina|kargoya|subeye|kuryeye) teslim edilmedi"),
    }),
    # Taken from the pickup point by the recipient: delivered ("забран отправителем" is a return, "не забран" not taken).
    ("delivered", {
        "ru": (r"(?<!не )забран\w* (?:(?!отправител)\w+ ){0,2}(?:из|в) (?:\w+ )?" + _RU_PICKUP + r"(?!.*отправител)",),
        "tr": (r"alici (?:tarafindan )?teslim (?:alindi|alinmistir)",),
    }),
    # An address not found fails the delivery; a tracking number not found stays unread.
    ("delivery_failed", {
        "ru": (r"адрес\w* (?:\w+ )?не (?:найден|существует)\w*", r"(?:заказ|посылк|отправлени|товар|груз)\w* (?:\w+ )?не получен\w*", r"^не получен[оаы]?$"),
    }),
    # Moving towards a pickup point, accepted at the office of posting, handed to a carrier, or a
    # delivery to come: on the way.
    ("in_transit", {
        "ru": (r"(?:в пути|ед[её]т|едут|направл\w*|следу\w*|доставляется|везут|вез[её]т|перемещ\w*|отправлен\w*) (?:\w+ ){0,2}"
               r"(?:к|в|до|на) (?:\w+ )?" + _RU_PICKUP,
               r"вручен\w* (?:\w+ )?(?:перевозчик|авиаперевозчик|курьерск\w* служб|служб\w* доставки)\w*(?!.*возврат)",
               r"ожида\w* отправки (?:в|на) (?:\w+ )?(?:город|сортировочн|пункт|стран|терминал|регион)\w*",
               r"будет (?:\w+ ){0,2}(?:доставлен|вручен|передан|отправлен)\w*(?!.*отправител)"),
        "uk": (r"прийнят\w* (?:\w+ ){0,2}(?:у|в) відділенн\w*(?!.* в місті відправника)",
               r"(?:прямує|їде|в дорозі|у дорозі|на шляху|направлено|відправлено) (?:\w+ ){0,2}(?:до|в|у) (?:\w+ )?" + UK_PICKUP_PLACE,
               r"буде (?:\w+ ){0,2}(?:доставлен|вручен|передан|відправлен)\w*(?!.*відправник)"),
        "cs": (r"(?:na ceste|miri|putuje|jede|smeruje|prepravuje se|odeslan\w*) (?:\w+ ){0,1}(?:do|na|k) (?:\w+ )?" + _CS_PICKUP,
               r"prosl\w* (?:\w+ )?(?:celn|proclen)\w*"),
    }),
)

SLAVIC_TURKIC_STEPS: tuple[Step, ...] = (
    # Seen above with their main verb only in other forms: cancelled by whoever cancelled it.
    ("cancelled", {
        "ru": (r"отменил\w*", r"ан?нулир\w*"),
        "uk": (r"анульован\w*", r"скасува\w*", r"відмін[аиу] (?:\w+ )?(?:відправленн|замовленн|доставк)\w*"),
        "pl": (r"anulował\w*",),
        "cs": (r"zrusil\w*",),
        "tr": (r"^iptal$",),
    }),
    ("returned", {
        "ru": (r"возвраща\w*(?! (?:\w+ )?(?:деньг|денежн|средств|оплат)\w*)", r"обратно (?:к |в )?(?:продавц|отправител|магазин)\w*"),
        "uk": (r"поверта\w*(?! (?:\w+ )?(?:кошт|грош|оплат)\w*)",),
        "cs": (r"vraci\w*(?! (?:\w+ )?(?:penize|platb)\w*)",),
        "tr": (r"(?<!ucret )(?<!para )(?<!odeme )(?<!ucretiniz )iade ediliyor", r"geri gonderil\w*"),
    }),
    # Nobody home or answering, no access, the business closed, the recipient gone: the attempt failed.
    ("delivery_failed", {
        "ru": (r"не удалось (?:\w+ ){0,2}(?:вручить|доставить|передать)", r"доставка не состоялась", r"нет дома",
               r"не (?:смог\w* |удалось )?(?:дозвонил\w*|дозвониться|связаться)",
               r"не (?:отвечает|ответил\w*|бер[её]т|взял\w*) (?:на )?(?:звонк|трубк|телефон)\w*", r"нет доступа (?:к|в|на) (?:\w+ )?(?:адрес|дом|подъезд|здани|территори|квартир|офис)\w*",
               r"не открыл\w* (?:\w+ )?двер\w*", r"не явил\w*", r"(?:получател|клиент|покупател|адресат)\w* (?:\w+ )?не приш(?:[её]л|ла|ли)"),
        "uk": (r"немає вдома", r"(?:адресата|одержувача|отримувача) немає", r"не вдалося (?:\w+ )?зв ?язатися",
               r"не (?:відповіда\w*|вийш\w*) (?:на )?(?:дзвінк|зв ?яз)\w*", r"(?:неповн|неправильн|невірн|помилков)\w* адрес\w*",
               r"доставк\w* не (?:виконан|відбул)\w*", r"адресат\w* (?:вибув|вибула|вибули|переїха\w*)"),
        "pl": (r"(?:niepełn|niepoprawn|nieczyteln|nieistniejac|nieaktualn|zł[aey])\w* (?:\w+ )?adres\w*",
               r"(?:błedn|nieprawidłow|niepełn|niekomplet)\w* dane (?:adres\w*|odbiorcy|adresata)",
               r"(?:odbiorca|adresat)\w* (?:\w+ )?nie (?:przyjał|przyjeł|przyjeła|chciał)\w*", r"adres\w* (?:\w+ )?nie istnieje",
               r"brak (?:\w+ ){0,2}(?:w adresie|numeru (?:lokalu|domu|mieszkania))",
               r"(?:doreczeni|dostarczeni|dostaw)\w* (?:\w+ )?niemozliw\w*",
               r"nie (?:mogł\w*|mozna(?: było)?|moze\w*) (?:\w+ )?(?:doreczyc|dostarczyc|wreczyc)", r"brak (?:odbiorcy|adresata)",
               r"pod wskazanym adresem", r"nie zasta\w*", r"brak kontaktu", r"nie (?:odbiera|odebrał\w*) telefonu",
               r"(?:doreczeni|dostaw|dostarczeni|prob)\w* (?:\w+ )?(?:nieudan|nieskuteczn)\w*",
               r"nieskuteczn\w* (?:\w+ )?(?:doreczeni|prob|dostaw)\w*",
               r"nie udało (?:\w+ )?sie (?:\w+ )?(?:doreczyc|dostarczyc|wreczyc)",
               r"(?:firma|sklep|biuro|lokal) (?:\w+ )?zamknie\w*", r"(?:wyprowadził|przeprowadził)\w* sie",
               r"nie był\w* (?:\w+ )?(?:obecn\w*|w domu)", r"nie (?:odebrał|przyjał)\w* (?:\w+ ){0,2}od kurier\w*",
               r"adres\w* (?:\w+ ){0,2}(?:niepełn|niepoprawn|nieprawidłow|błedn|niekomplet|nieczyteln)\w*"),
        "cs": (r"k zastizeni", r"(?:nebyl|nebyla) (?:\w+ )?zastizen\w*", r"(?:nebyl|nebyla|neni) doma", r"nezastihl\w*"),
        "tr": (r"ulasilama\w*", r"(?:teslim\w*|dagitim) (?:\w+ )?(?:gerceklestirilemedi|yapilamadi|basarisiz)",
               r"adres\w* (?:\w+ )?(?:bulunamadi|tespit edilemedi)", r"(?:is ?yeri|magaza|ofis) (?:\w+ )?kapali",
               r"telefon\w* (?:\w+ )?(?:acmadi|acmiyor|(?:cevap|yanit) verm(?:iyor|edi))",
               r"adres\w* (?:bulunmuyor|bulunmadi|degil)", r"adreste kimse\w* (?:yoktu|rastlanmadi)",
               r"kimseye rastlanmadi", r"adres[dt]en ayril\w*", r"tasinmis", r"almak istemedi", r"(?:evde|adreste) (?:degil|yoktu)",
               r"alici (?:\w+ ){0,2}almadi", r"kimse (?:\w+ )?(?:bulunmadi|yoktu)", r"kapiyi acmadi", r"(?:alici|adres) bilgi\w* (?:hatali|eksik|yanlis)"),
    }),
    # A hold, a delay, weather, papers or duties, a misroute: a problem.
    ("exception", {
        "ru": (r"задержива\w*", r"погодн\w* услови\w*", r"непогод\w*", r"не забрал\w*"),
        "uk": (r"(?:сплат|оплат)\w* (?:\w+ )?(?:мита|митн\w*|податк\w*)", r"призупинен\w*",
               r"помилков\w* (?:\w+ )?(?:направлен|відправлен|відсортован)\w*",
               r"погодн\w* умов\w*", r"не забра(?:в|ла|ли)"),
        "pl": (r"(?:wymagan|brak|brakujac|potrzebn)\w* (?:\w+ )?dokument\w*",),
        "cs": (r"(?:zaplaceni|uhrad\w*|platb\w*) (?:\w+ ){0,2}(?:cla|dph|poplatk\w*|dan\w*)",
               r"(?:nepodarilo|nelze) (?:se )?(?:\w+ )?(?:nalozit|odeslat|preposlat|zpracovat)",
               r"(?:spatne|chybne|nespravne) (?:\w+ )?(?:nasmerovan|smerovan|odeslan|roztriden|presmerovan)\w*", r"pozastaven\w*",
               r"pocasi", r"odlozen\w*", r"zavad\w*", r"omyl\w*", r"nedorazil\w*",
               r"(?:nebyla|nebyl|nebylo|nebyly) (?:\w+ )?nalozen\w*", r"(?:dokument|doklad)\w* (?:\w+ )?chybi"),
        "tr": (r"(?:eksik|gerekli) (?:\w+ )?(?:evrak|belge)\w*", r"yanlis (?:subeye|merkeze|aktarmaya|ile|yere)",
               r"(?:gonderi|kargo|paket)\w* beklemede", r"^beklemede$", r"sorunlu\w*", r"gecik\w*", r"hava (?:muhalefeti|kosullari|sartlari)"),
    }),
    # With the courier or on the delivery round, or delivered today.
    ("out_for_delivery", {
        "ru": (r"у курь[её]ра", r"курь[её]р\w* (?:\w+ ){0,2}(?:ед[её]т|выехал\w*|направля\w*|в дороге|спешит)(?! за)(?!.*(?:отправител|продавц|магазин))",
               r"(?:доставим|доставит|привез[её]м|привез[её]т|привезут|доставят|вручит) (?:\w+ ){0,3}сегодня",
               r"сегодня (?:\w+ ){0,3}(?:доставим|доставит|привез[её]м|привез[её]т|привезут|доставят)"),
        "uk": (r"доставка сьогодні", r"(?:доставимо|доставить|привезе|привеземо) (?:\w+ ){0,2}сьогодні", r"у кур(?: |ʼ)?єра",
               r"кур(?: |ʼ)?єр\w* виїхав\w*", r"на доставці"),
        "pl": (r"u kuriera", r"kurier\w* (?:\w+ )?jedzie do (?:ciebie|pana|pani|odbiorcy)", r"(?:trase|trasie|trasa) doreczeniow\w*", r"(?:wyruszył|wyjechał)\w* (?:\w+ ){0,3}w trase"),
        "cs": (r"dorucujeme(?! (?:\w+ )?(?:zitra|pozitri|v (?:pondeli|utery|stredu|ctvrtek|patek)))", r"(?:predan|vydan)\w* (?:\w+ )?(?:kuryrovi|ridici|dorucovateli|postakovi)", r"(?:kuryr|ridic)\w* (?:\w+ )?veze",
               r"dorucovac\w* (?:voz|vuz|aut)\w*", r"(?:nalozen|vyjel)\w* (?:\w+ ){0,3}k doruceni"),
        "tr": (r"kurye\w* (?:\w+ )?yolda", r"dagitim arac\w*", r"bugun (?:\w+ )?teslim edilecek\w*"),
    }),
    # Waiting to be collected.
    ("available_for_pickup", {
        "ru": (r"можно (?:\w+ )?(?:забрать|получить)", r"ожида\w* (?:вас |получателя |адресата )?в (?:почтовом )?(?:отделении|пункте выдачи|постамате)"),
        "pl": (r"(?:mozesz|mozna|prosimy) (?:\w+ )?odebrac", r"czeka na (?:ciebie|pana|pania|odbiorce)"),
        "cs": (r"(?:muzete|lze) (?:si )?(?:\w+ )?vyzvednout",),
        "tr": (r"teslim alinmayi bekl\w*", r"sizi bekliyor", r"alabilirsiniz", r"(?:teslim noktasina|kargomat\w*) birakildi"),
    }),
    # Taken by the recipient (a courier collecting from the sender moves on).
    ("in_transit", {
        "cs": (r"vyzvednut\w* (?:\w+ )?(?:kuryr|ridic|dopravc)\w*",
               r"vyzved\w* (?:\w+ ){0,2}(?:u|od|ze|z) (?:odesilatel|obchod|prodejc|e ?shop|sklad|depa|depo)\w*", r"vyzved\w* svoz\w*",
               r"(?:kuryr|ridic|dopravce|prepravce)\w* (?:\w+ )?(?:vyzvedl|prevzal|nalozil)\w*"),
    }),
    ("delivered", {
        "ru": (r"(?:вы|покупатель|получатель|клиент|адресат) (?:\w+ )?(?<!не )(?:получил\w*|забрал\w*)"
               r"(?! (?:\w+ )?(?:уведомлени|извещени|смс|sms|сообщени|код)\w*)",),
        "uk": (r"(?:одержувач|отримувач|адресат|покупець|клієнт)\w* (?:\w+ )?(?<!не )(?:забрав|забрала|отримав|отримала)"
               r"(?! (?:\w+ )?(?:повідомлен|смс|sms|код)\w*)",),
        # "Vyzvednuta" alone may be the courier's collection from the sender as well as the recipient's.
        "cs": (r"vyzvedl\w*", r"vyzvednut\w* (?:\w+ )?(?:prijemc|adresat|zakaznik|z (?:vydejn|boxu|z ?boxu))\w*",
               r"^(?:zasilka |balik )?(?:byla |byl )?vydan[aoy]?(?: (?:prijemci|adresatovi))?$"),
    }),
    # Only the sender's or the shop's data.
    ("info_received", {
        "ru": (r"создал\w* (?:\w+ )?(?:отправлени|заказ|накладн|заявк)\w*", r"(?:трек|номер)\w* (?:\w+ )?присвоен\w*",
               r"(?:этикетк|ярлык|накладн)\w* (?:\w+ )?(?:создан|сформирован|распечатан)\w*",
               r"ожида\w* (?:поступлени|получени)\w* (?:\w+ ){0,2}от (?:отправител|продав|магазин)\w*",
               r"готов\w*ся к (?:отправке|отгрузке)",
               # A courier on the way to collect it from the sender: the first mile, not yet with the carrier.
               r"курь[её]р\w* (?:\w+ ){0,2}(?:ед[её]т|выехал\w*|направля\w*) (?:за (?:посылк|заказ|отправлени|груз)|к отправител)\w*"),
        "uk": (r"очіку\w* (?:\w+ ){0,2}від (?:відправник|продав|магазин)\w*", r"зареєстрован\w*",
               r"готу\w* (?:\w+ )?(?:посилк|відправленн|замовленн)\w*", r"створен\w*", r"створив\w*",
               r"замовлення (?:\w+ )?оформлено", r"присвоєн\w*",
               r"очіку\w* (?:\w+ )?(?:передачі|передавання) (?:\w+ )?(?:перевізник|кур|служб)\w*",
               r"не (?:передав|передал[аи]|відправив|відправил[аи])", r"очіку\w* (?:на )?(?:відправлення|відправку|відвантаження)"),
        "pl": (r"utworzył\w*", r"(?:nadawca|sprzedawca|sklep) (?:\w+ )?(?:przygotowuje|kompletuje|pakuje)",
               r"przygotowan\w* do (?:wysyłki|nadania|wysłania)"),
        "cs": (r"(?:prijali|obdrzeli) jsme (?:\w+ )?(?:data|udaje|informace)", r"pripravuje (?:\w+ ){0,2}(?:zasilk|objednavk|balik)\w*",
               r"priprav\w* k (?:odeslani|predani)", r"cekame na (?:predani|prevzeti|dodani)",
               r"vytvoril\w* (?:\w+ )?(?:zasilk|stitek|objednavk)\w*"),
        "tr": (r"(?:kargo|gonderi|siparis|etiket|kayit|barkod|kod|bilgi)\w* (?:\w+ )?olustur(?:uldu|du|ulmustur|ulmus)", r"hazirli\w*", r"kargoya verilme\w* bekl\w*", r"siparis\w* alindi",
               r"bilgi\w* (?:\w+ ){0,3}iletildi", r"kargoya (?:henuz )?vermedi",
               r"siparis\w* (?:\w+ )?(?:kabul edildi|onaylandi)"),
    }),
    # Departed, arrived, loaded, flown, carried, processed, cleared, expected on a date: on the way.
    ("in_transit", {
        "ru": (r"убыл\w*", r"выехал\w* (?:из|с|со)", r"при[её]м (?:\w+ )?(?:на|в) (?:почт|отделени|опс)\w*", r"(?:направлен|направля)\w* (?:в|во|на|к|до)", r"ед[её]т", r"едут", r"загружен[аоы]?", r"(?:вылетел|прилетел|улетел)\w*",
               r"распределительн\w* центр\w*", r"перемещ\w*",
               r"(?:ориентировочн|ожидаем|планируем|предполагаем|примерн|расч[её]тн)\w* (?:\w+ ){0,2}(?:дата|срок)\w* "
               r"(?:доставки|вручения|прибытия)"),
        "uk": (r"вибул\w*", r"відправлен(?:а|ий|і)", r"відвантажен\w*", r"вибув", r"залишил\w*", r"залишив", r"обробк\w*", r"оброблен\w*", r"експорт\w*", r"імпорт\w*",
               r"завантажен\w*", r"їде", r"їдуть", r"сортувальн\w* (?:центр|пункт|термінал)\w*",
               r"(?:в|у) місті (?:одержувача|отримувача|призначення)", r"(?:прибул\w*|вже) (?:в|у|до) україн\w*",
               r"перевоз\w*", r"перевезен\w*", r"на шляху", r"на складі", r"переміщ\w*",
               r"(?:очікуван|орієнтовн|планов|прогнозован)\w* (?:\w+ )?(?:дата|термін)\w* (?:доставки|вручення|прибуття)"),
        "pl": (r"centr\w* (?:logistyczn|dystrybucyjn|przeładunkow|sortowani|sortowniczn)\w*", r"wyjechał\w*",
               r"przeładunk\w*", r"jedzie", r"jada", r"zwolnion\w* (?:\w+ ){0,2}(?:celn|cła)\w*", r"załadowan\w*",
               r"przewozon\w*", r"przewozi\w*", r"(?:wy)?ekspediow\w*", r"(?:doreczy|dostarczy)(?:my)?(?!ł)",
               r"(?:przewidywan|planowan|szacowan|spodziewan)\w* (?:\w+ )?(?:data|termin)\w* (?:doreczenia|dostawy|dostarczenia)"),
        "cs": (r"(?:prevzat|predan)\w* (?:\w+ )?(?:dopravc|prepravc)\w*", r"doraz\w*", r"celn\w* odbaven\w*", r"putuj\w*",
               r"miri (?:k|ke|na|do)", r"preprava (?:\w+ )?(?:do|na|mezi)", r"nalozen\w*", r"prijem (?:zasilky )?(?:na|v|do)",
               r"k preprave", r"do prepravy", r"prepravuj\w*", r"odeslan\w*(?! odesilatelem)", r"prekladist\w*", r"letist\w*",
               r"prijat\w* (?:na|v) (?:post|pobocc)\w*", r"predpoklad\w* (?:\w+ )?(?:doruceni|dodani)", r"v zahranici",
               r"odjel\w*", r"prelozen\w*", r"preposlan\w*"),
        "tr": (r"ayril(?:di|mistir)", r"(?:sube|merkez|depo|aktarma)\w* (?:geldi|gelmistir)", r"yola cikmistir", r"ulas(?:ti|mistir|mis)", r"sevk edil\w*", r"tasini\w*", r"tasima\w*",
               r"(?:cikis|varis) (?:subesi|merkezi)\w*", r"(?:cikis|giris) yapti", r"hareket (?:halinde|etti)",
               r"(?:depo|sube|merkez)\w* cikti", r"(?!(?:e ?)?posta |mesaj|bildirim)\w+(?:e|a) gonderildi", r"(?:sube|merkez)\w* yonlendiril\w*",
               r"(?:gonderi|kargo|paket|sube)\w* (?:\w+ ){0,2}kabul edil(?:di|mistir)", r"teslim edilecek\w*", r"dagitima cikacak", r"tahmini (?:\w+ )?(?:teslim|teslimat|varis)\w*",
               r"(?:ucag|gemi|tir|kamyon|konteyner)\w* yuklendi"),
    }),
)
