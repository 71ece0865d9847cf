"""Russian, Ukrainian, Polish, Czech, Slovak and Turkish event texts, and some Bulgarian and Croatian/Serbian, read
by their grammar and meaning (twenty-fifth round, c), in three groups, beside status_phrases_meaning_slavic_turkic's.

BULGARIAN_FIRST_STEPS_2 come first of all, before the Bulgarian steps: a delivery still to come ("ще бъде
доставена утре") is on its way, today out for delivery, one to a locker ("доставена в Еконтомат") waits there,
and a parcel held at customs is a problem.

SLAVIC_TURKIC_FIRST_STEPS_2 come right after that module's first steps, before the Russian, Ukrainian
and Romanian steps (status_phrases_east) and so before the Czech, Slovak and Turkish ones. Each decides
against a word a later step reads the other way:
- a refund alone ("Возврат денежных средств", "Zwrot pieniędzy", "Ücret iadesi yapıldı") says nothing of
  the parcel: unread, not a return;
- papers, duties to pay, a missort, a wrapping damaged and checked, a parcel held up ("задерживается в
  сортировочном центре", "nie dotarła na czas", "Eksik evrak nedeniyle gümrükte") is a problem even
  where a sorting centre or customs is named beside it;
- a parcel sent back ("отправлено обратно отправителю", "na cestě zpět k odesílateli", "iade şubesine")
  is a return before the verb of sending reads a movement;
- the courier bringing it today or within the hour, an address delivery, a delivery van loaded ("курьер
  будет в течение часа", "передано на адресну доставку", "dağıtım aracına yüklendi") is the last leg;
- data or information received, a tracking number given, an order accepted for processing or not yet
  handed to the carrier ("Информация ... получена", "Numer przesyłki nadany", "nebyla předána
  přepravci") is only data, while a parcel received by the carrier ("отримано перевізником") or handed to
  customs or another carrier ("gümrüğe teslim edildi", "Express'e teslim edildi") moves on, and a delivery,
  a readiness for pickup still to come ("bude připravena k vyzvednutí zítra") is on its way;
- arrived at, delivered to or left in a pickup point or locker ("прибуло на пункт видачі", "dorazila na
  výdajné miesto", "Hepsimat'a teslim edildi") waits there, while the recipient who took it from there,
  who received it or to whom it was handed ("забрал заказ из пункта выдачи", "вручено через постамат",
  "отримано одержувачем", "vyzvednuta na výdejním místě", "alıcı şubeden teslim aldı", "size ulaştı")
  has it.

SLAVIC_TURKIC_STEPS_2 come just before that module's last steps, after every other step, so they read
only what nothing else reads: the verbs and nouns of each step in other words and forms (packing,
confirming, waybills made; crossing a border, moving between warehouses, flown out, dispatched; the
courier set out with it, in the delivery car; nobody at home, not answering, the office closed, moved
away; delays, waiting for papers, a search; collected, handed out at the counter, left in a safe place;
sent back; lost; cancelled by the seller), Slovak, whose words Czech does not share ("zásielka",
"odosielateľ", "vyzdvihnutie", "meškanie"), and Bulgarian and Croatian/Serbian wordings the earlier steps miss
("при куриер", "в процес на доставка", "Pošiljka je u dostavi", "Primatelj nije pronađen na adresi"). Croatian
and Serbian "će biti dostavljena" (will be delivered) is read among the first corrections, before the bare
"dostavljena".

Folded like the text (lossanalytics.normalise._rules.fold: lower case, Latin accents off, "ł" and Cyrillic
letters kept, "ı" and "İ" as "i", apostrophes as spaces); whole words. "ł" is no letter to the whole-word
guard, so a stem ending before it ("doręczy" in "doręczył") is closed by "(?!ł)". Written by the team from
DESIGN §4's statuses and how carriers, posts, marketplaces and shops word their events, not taken from a
publisher (tests/test_status_meaning_slavic_turkic_2.py holds the examples).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_meaning_slavic_turkic import UK_PICKUP_PLACE
from lossanalytics.normalise.status_phrases_outcomes import Step

_RU_PICKUP = r"(?:пункт\w* (?:выдачи|самовывоза)|постамат\w*|почтомат\w*|пвз|отделени\w* (?:связи|почты))"
# Pickup places in Czech and Slovak ("výdejní/výdajné místo", Z-BOX, Balíkovna, BalíkoBOX).
CS_SK_PICKUP_PLACE = r"(?:vyd[ea]jn\w* (?:mist\w*|miest\w*|box\w*)|z ?box\w*|balikovn\w*|baliko ?box\w*|parcel ?shop\w*)"

# Bulgarian read before the Bulgarian steps, whose bare "доставена" would take a delivery still to come ("ще
# бъде доставена утре") and a parcel delivered to a locker; "бъде" and "ще бъде" are Bulgarian only.
BULGARIAN_FIRST_STEPS_2: tuple[Step, ...] = (
    ("exception", {
        "bg": (r"задържан\w* (?:\w+ )?(?:в|на|от) (?:\w+ )?митниц\w*",),
    }),
    ("out_for_delivery", {
        "bg": (r"ще бъде (?:\w+ )?доставен\w* (?:\w+ )?днес",),
    }),
    ("in_transit", {
        "bg": (r"ще бъде (?:\w+ )?доставен\w*",),
    }),
    ("available_for_pickup", {
        "bg": (r"доставен\w* (?:в|до) (?:\w+ )?(?:еконтомат|автомат|пакетомат|спиди ?бокс)\w*",),
    }),
)

SLAVIC_TURKIC_FIRST_STEPS_2: tuple[Step, ...] = (
    # A refund alone, the whole text: nothing about the parcel.
    ("unknown", {
        "ru": (r"^возврат\w* (?:денежн\w* )?(?:средств|денег|оплаты|платежа)(?: (?:\w+ ){0,2}(?:оформлен|выполнен|произвед[её]н)\w*)?$",),
        "uk": (r"^повернення (?:коштів|грошей|оплати)(?: \w+){0,3}$",),
        "pl": (r"^zwrot (?:pieniedzy|srodkow|płatnosci)(?: \w+){0,3}$",),
        "cs": (r"^vraceni (?:penez|platby)$",),
        "tr": (r"^(?:ucret|para|odeme) iadesi(?: (?:yapildi|gerceklesti|basladi))?$",),
    }),
    # Papers, duties, a missort, a damaged wrapping checked, a parcel held up: a problem.
    ("exception", {
        "ru": (r"задержива\w*", r"(?:необходимо|нужно|требуется|просим) (?:\w+ )?(?:оплатить|уплатить)",
               r"(?:оплатить|уплатить) (?:\w+ )?(?:таможенн|пошлин)\w*", r"ожида\w* (?:\w+ )?решени\w* таможн\w*",
               r"(?:поврежд|нарушен)\w* (?:\w+ )?упаковк\w*", r"упаковк\w* (?:\w+ )?(?:поврежд|нарушен)\w*",
               r"загруженност\w*", r"(?:не|невозможно) (?:\w+ )?(?:доставить|доставим|успеем) в срок",
               r"(?:требу|необходим|нужн)\w* (?:\w+ ){0,2}(?:инвойс|сч[её]т|чек)\w*",
               r"не (?:\w+ )?(?:прибыл|поступил|пришл|пришел|пришёл|доставлен)\w* в срок", r"сбо(?:й|я|е|ев|ю|и)",
               r"рейс\w* (?:\w+ )?(?:отмен|задерж|перенес)\w*", r"(?:дополнительн|повторн)\w* (?:проверк|досмотр|контрол)\w*",
               r"опоздани\w*", r"опаздыва\w*"),
        "uk": (r"(?:сплатити|оплатити|сплата|оплата|сплати|оплати) (?:\w+ )?(?:мит|митн|податк)\w*",
               r"помилков\w* (?:\w+ )?(?:направлен|відправлен|відсортован)\w*",
               r"(?:пошкоджен|поврежд)\w* (?:\w+ )?упаковк\w*", r"упаковк\w* (?:\w+ )?пошкоджен\w*"),
        "pl": (r"(?:niewłasciw|błedn)\w* (?:\w+ )?(?:oddział|sortowni|placowk|terminal|magazyn)\w*",
               r"(?:uszkodzon|naruszon)\w* opakowani\w*", r"opakowani\w* (?:\w+ )?(?:uszkodzon|naruszon)\w*",
               r"nie dotarł\w*", r"awari\w*", r"utkneł\w*"),
        # The weather, a breakdown, a mistake, a dispatch that did not happen: the carrier's problem.
        "cs": (r"(?:neprizniv|spatn)\w* (?:\w+ )?pocasi", r"kvuli pocasi", r"poruse\w*", r"omyl\w*",
               r"(?:nebyla|nebyl|nebylo|nebyly) (?:\w+ )?vypraven\w*"),
        "sk": (r"poruch(?:u|y|ou) (?:\w+ )?(?:vozidl|aut|system)\w*",),
        "tr": (r"eksik (?:\w+ )?(?:evrak|belge)\w*", r"odenmesi gerek\w*", r"(?:belge|evrak)\w* (?:\w+ )?bekleniyor"),
    }),
    # Sent back: a return before the verb of sending reads a movement.
    ("returned", {
        "ru": (r"(?:обратно|назад) (?:\w+ )?(?:к |в |на )?(?:продавц|отправител|магазин)\w*",),
        "pl": (r"wraca\w* (?:\w+ ){0,2}(?:nadawc|sprzedawc|sklep)\w*",),
        "uk": (r"(?:відправлен|надіслан|направлен)\w* назад (?:\w+ )?(?:до )?(?:відправник|продав|магазин)\w*",),
        "cs": (r"zpet (?:k |ke )?(?:odesilatel|obchod|prodejc)\w*",),
        "sk": (r"spat (?:k |ku )?(?:odosielatel|obchod|predajc)\w*",),
        "tr": (r"iade (?:\w+ )?(?:subesine|merkezine|deposuna)",),
    }),
    # The courier bringing it today, within the hour, to your door; an address delivery; the van loaded.
    ("out_for_delivery", {
        "ru": (r"курь[её]р\w* (?:будет|приедет|прибудет|позвонит) (?:\w+ ){0,2}(?:в течение|через|сегодня)",
               r"курь[её]р\w* (?:уже )?(?:в пути|в дороге)(?! (?:\w+ ){0,2}(?:за|к отправител|к продавц))",
               r"будет у (?:вас|получател\w*) (?:\w+ )?сегодня",
               r"передан\w* (?:\w+ ){0,2}курь[её]ру(?!.*(?:возврат|отправител|забор))"),
        "uk": (r"(?:передано|видано) на адресну доставку",),
        # Not an attempt ("próba doręczenia dziś", often failed) and no "nie…" word after.
        "pl": (r"(?<!proba )(?<!prob )(?:doreczeni|dostaw|dostarczeni)\w* (?:\w+ ){0,2}(?:dzis|dzisiaj)(?!.*\bnie)",
               r"(?:jedzie|w drodze) (?:\w+ ){0,3}z kurierem"),
        "cs": (r"(?:kuryr|ridic)\w* s (?:\w+ )?(?:zasilk|balik)\w* (?:je )?na ceste(?! (?:\w+ )?(?:pro|k odesilatel))",),
        "sk": (r"kurier\w* (?:je )?(?:na ceste|ide|smeruje|vyrazil)(?! (?:\w+ )?(?:pre|k odosielatel|vyzdvihnut))",),
        "sh": (r"(?:ce|bice) biti (?:dostavljen|isporucen|urucen)\w* danas", r"bit ce (?:dostavljen|isporucen|urucen)\w* danas"),
        "tr": (r"(?:yakinda|birazdan|bugun) kapiniz(?:da|a)",),
    }),
    # Data or information received, a number given, an order taken for processing, not yet handed over.
    ("info_received", {
        "ru": (r"(?:информаци|сведени)\w* (?:\w+ ){0,3}(?:получен|поступил)\w*(?!.*вручен)",
               r"электронн\w* уведомлени\w* о (?:посылк|отправлени|заказ|груз)\w* получен\w*", r"принят\w* в обработку"),
        "uk": (r"інформаці\w* (?:\w+ ){0,3}(?:отриман|надійшл)\w*", r"готу\w*ся до (?:відправ|відвантаж)\w*(?! (?:\w+ )?(?:у|в|до|на) )"),
        "pl": (r"numer\w* (?:\w+ ){0,2}nadan\w*", r"nadano numer\w*"),
        "cs": (r"podan\w* elektronick\w*", r"elektronick\w* podan\w*",
               r"(?:nebyla|nebyl|nebylo|nebyly) (?:\w+ ){0,2}predan\w* (?:\w+ )?(?:dopravc|prepravc|kuryr|do prepravy)\w*",
               r"(?:odesilatel|obchod|prodejce|e ?shop)\w* (?:\w+ ){0,2}(?:pripravil|pripravuje|zabalil|bali)\w*",
               r"ceka\w* na (?:predani|prevzeti) (?:\w+ )?(?:dopravc|prepravc|kuryr)\w*"),
        "sk": (r"(?:nebola|nebol|nebolo|neboli) (?:\w+ ){0,2}odovzdan\w* (?:\w+ )?(?:dopravc|prepravc|kurier|do prepravy)\w*",),
    }),
    # Not delivered in Slovak ("nebola doručená"), which the Czech steps read as a delivery.
    ("delivery_failed", {
        "uk": (r"адрес\w* (?:\w+ )?не знайден\w*",),
        "cs": (r"nemohl\w* byt (?:\w+ )?dorucen\w*",),
        "sk": (r"(?:nebola|nebol|nebolo|neboli) (?:\w+ ){0,2}dorucen\w*",),
    }),
    # Received by the carrier, handed to customs or another carrier, a readiness still to come: on the way.
    ("in_transit", {
        "ru": (r"выдан\w* на (?:\w+ )?(?:перевозк|магистрал|транспортировк)\w*", r"прибудет",
               r"ожида\w*ся (?:\w+ )?(?:прибыти|поступлени)\w*", r"будет (?:в|на) (?:\w+ )?" + _RU_PICKUP),
        "uk": (r"(?:отриман|прийнят)\w* (?:\w+ )?(?:перевізник|службою доставки)\w*",
               r"зареєстрован\w* (?:у|в|на) (?:\w+ ){0,2}(?:обміну|сортувальн|склад|термінал)\w*",
               r"очіку\w*ся (?:\w+ )?прибуття", r"прибуде\w*", r"буде (?:у|в) (?:\w+ )?(?:відділенні|поштоматі)"),
        "cs": (r"bude (?:\w+ )?(?:pripraven|ulozen)\w*",),
        "sk": (r"bude (?:\w+ )?(?:pripraven|ulozen)\w*",),
        "sh": (r"(?:ce|bice) biti (?:dostavljen|isporucen|urucen)\w*", r"bit ce (?:dostavljen|isporucen|urucen)\w*"),
        "tr": (r"(?:gumruge|aktarma merkezine|transfer merkezine|depoya|havalimanina) teslim edil\w*",
               r"(?:express|ekspres|lojistik|hepsijet|aras|mng|yurtici|surat|ptt|ups|dhl) (?:e|a|ye|ya) teslim edil\w*"),
    }),
    # At, delivered to or left in a pickup point or locker: waiting there.
    ("available_for_pickup", {
        "uk": (r"(?:прибу|надійш|доставлен)\w* (?:на|до|у|в) (?:\w+ )?(?:пункт\w* (?:видачі|видавання)|поштомат\w*)",),
        "sk": (r"(?:doraz|dorucen|ulozen|pripraven)\w* (?:na|do|v) (?:\w+ )?(?:vydajn\w* miest\w*|baliko ?box\w*)",),
        "tr": (r"(?:hepsimat|kargomat\w*|teslim noktas\w*) (?:a |e |ya |ye )?(?:teslim edildi|birakildi|ulasti|yerlestirildi)",),
    }),
    # Taken from the pickup point by the recipient, received by or handed to the recipient: delivered.
    ("delivered", {
        "ru": (r"(?<!не )забрал\w* (?:\w+ ){0,2}из " + _RU_PICKUP + r"(?!.*отправител)",
               r"(?<!не )вручен\w* (?:через|из|в) (?:\w+ )?(?:постамат|почтомат|пункт\w* выдачи|пвз)\w*",
               r"(?<!не )передан\w* (?:получателю|адресату|покупателю|клиенту)",
               r"(?<!не )получил\w* (?:\w+ ){0,2}(?:в|из) " + _RU_PICKUP),
        "uk": (r"(?<!не )забра(?:в|ла|ли|но) (?:\w+ ){0,2}(?:з|із) (?:\w+ )?" + UK_PICKUP_PLACE + r"(?!.*відправник)",
               r"(?<!не )(?:отримано|одержано|отримана|одержана|вручено|видано) (?:\w+ )?(?:одержувач|отримувач|адресат|покупц)\w*"
               r"(?!.*відправник)",
               r"(?<!не )(?:одержано|вручено|видано) (?:у|в) (?:\w+ )?(?:відділенні|поштоматі|пункті видачі)"),
        "cs": (r"vyzvednut[aoy]? (?!kuryr|ridic|dopravc)(?:\w+ )?(?:na|v|ve|z|ze) (?:\w+ )?" + CS_SK_PICKUP_PLACE,
               r"(?:vydan|predan)\w* (?:\w+ )?(?:prijemci|adresatovi|zakaznikovi)"),
        "tr": (r"alici (?:\w+ ){0,2}teslim al(?:di|indi|inmistir|mistir)", r"(?:size|elinize) ulasti", r"(?:alici|teslim alan) kendisi"),
    }),
)

SLAVIC_TURKIC_STEPS_2: tuple[Step, ...] = (
    ("cancelled", {
        "sh": (r"otkazan\w*",),
        "tr": (r"iptal (?:etti|etmistir|ettiniz|ettik)", r"(?:gonderi|siparis|kargo|paket)\w* iptal$"),
    }),
    ("lost", {
        "bg": (r"изгубен\w*",),
        "cs": (r"ztratil\w*",),
        "sk": (r"straten\w*", r"stratil\w*"),
        "tr": (r"kaybol\w*",),
    }),
    ("damaged", {
        "bg": (r"повреден\w*",),
    }),
    ("returned", {
        "ru": (r"вернул\w* (?:\w+ ){0,2}(?:продав|отправител|магазин)\w*",),
        "pl": (r"odesłan\w* (?:\w+ )?(?:do )?(?:nadawc|sprzedawc|sklep)\w*",),
        "sk": (r"vraten[aeoy]?", r"vratenie zasielky"),
        "tr": (r"iade (?:yolunda|asamasinda|surecine)", r"^iade$", r"geri donus\w*"),
    }),
    # Nobody at home or answering, no access, the office closed, the recipient moved: the attempt failed.
    ("delivery_failed", {
        "ru": (r"не (?:вышел|вышла|выходит|выходил\w*) на связь", r"(?:получател|адресат|клиент|покупател)\w* отсутствовал\w*",
               r"не было (?:дома|на месте|по адресу)", r"(?:офис|организаци|компани|предприяти|учреждени)\w* (?:был[аи]? )?закрыт\w*",
               r"недозвон\w*", r"не (?:отвечает|ответил\w*) на звон\w*", r"(?:указан|написан)\w* (?:неверно|некорректно|с ошибк\w*)",
               r"нет такого адреса", r"не застал\w*"),
        "uk": (r"не (?:зміг|змогл\w*|вдалося) (?:\w+ )?зв ?язатися", r"(?:офіс|організаці|установ|підприємств)\w* (?:\w+ )?закрит\w*",
               r"(?:одержувач|отримувач|адресат)\w* (?:\w+ )?(?:переїха|вибу)\w*", r"немає доступу", r"не заста(?:в|ла|ли)"),
        "pl": (r"brak mozliwosci (?:wjazdu|wejscia|dojazdu)", r"nie otworzył\w* drzwi",
               r"(?:odbiorca|adresat|klient)\w* (?:\w+ )?(?:nie był\w* dostepn|niedostepn)\w*"),
        "cs": (r"neznam\w* (?:adresat|prijemce)", r"(?:nezveda|nebere)\w* telefon\w*",
               r"(?:doruceni|pokus) (?:\w+ )?(?:se )?nezdaril\w*", r"(?:prijemce|adresat)\w* (?:\w+ )?neprevzal\w*",
               r"(?:chybn|nespravn|spatn)\w* (?:uveden|zadan|vyplnen)\w* adres\w*", r"doruceni (?:\w+ )?neuspesn\w*",
               r"(?:nebyl|nebyla|nebol|nebola) (?:\w+ )?(?:pritomen|pritomn\w*|zastihnut\w*)"),
        "sk": (r"nezastihnut\w*", r"odmiet\w*", r"(?:nebol|nebola|nie je) doma", r"nedviha\w* telefon\w*",
               r"(?:firma|prevadzk\w*|pobock\w*) (?:je |bola )?zatvoren\w*", r"odstahoval\w*",
               r"dorucenie (?:\w+ )?neuspesn\w*", r"nebolo mozne (?:\w+ )?dorucit"),
        "bg": (r"не отговаря на телефон\w*",),
        "sh": (r"(?:primatelj|primalac|primaoc)\w* (?:\w+ ){0,2}nije (?:pronaden|pronadjen|kod kuce|na adresi)\w*",
               r"odbi\w* (?:\w+ )?prijem\w*"),
        "tr": (r"adresinde (?:yok|degil|bulunamadi|bulunmuyor)", r"iletisim kurulamadi", r"kapi (?:\w+ )?acilmadi",
               r"(?:alici|musteri) (?:\w+ )?kabul etme(?:mistir|mis)", r"alici (?:\w+ ){0,2}bulunamadig\w*",
               r"adres\w* (?:\w+ )?(?:yetersiz|eksik|hatali|yanlis)",
               r"(?:binaya|siteye|adrese) giris yapilamadi", r"adreste olmadig\w*", r"notlu birakildi"),
    }),
    # A delay, papers awaited, a search, a hold, an unreadable label: a problem.
    ("exception", {
        "ru": (r"нарушен\w* (?:\w+ )?срок\w*", r"розыск\w*", r"курь[её]р\w* заболел\w*",
               r"доставк\w* (?:\w+ )?(?:перенесен|переносится|перенес[её]н)\w* (?:из за|в связи с|по причине)"
               r"(?! (?:\w+ )?(?:отсутстви|просьб|отказ))"),
        "uk": (r"з вини (?:перевізник|кур|служб|пошт)\w*", r"уточненн\w* адрес\w*"),
        "bg": (r"забавен\w*",),
        "sh": (r"kasni",),
        "pl": (r"(?:wymagan|potrzebn|konieczn)\w* (?:\w+ )?opłat\w*", r"(?:oczekiwanie|czekamy|oczekuje|oczekujemy) na (?:\w+ ){0,2}dokument\w*",
               r"niezgodnosc\w*", r"uiszczeni\w* (?:\w+ )?opłat\w*",
               r"(?:doreczeni|dostaw)\w* (?:\w+ )?przesuniet\w*(?! na (?:prosbe|zyczenie))"),
        "cs": (r"pozdrzen\w*", r"neodesl\w*", r"neodjel\w*", r"v reseni", r"necitel\w* (?:stitek|etiket|kod)\w*",
               r"blokovan\w*", r"ceka\w* na (?:\w+ )?(?:dokument|doklad|faktur)\w*",
               r"(?:nutn\w*|nutno|potreba|je treba) (?:\w+ )?(?:uhradit|zaplatit|doplatit)"),
        "sk": (r"meskani\w*", r"oneskor\w*", r"nepriazniv\w* pocasi\w*", r"chybaj\w* (?:\w+ )?udaj\w*"),
        "tr": (r"sorun (?:olustu|var|yasan\w*)", r"beklemeye alin\w*", r"durduruldu", r"incelemede", r"inceleniyor",
               r"(?<!talebiyle )ertelen\w*"),
    }),
    # The courier set out with it, in the delivery car, bringing it today.
    ("out_for_delivery", {
        "ru": (r"(?:вышел|выехал)\w* на (?:доставку|маршрут)", r"доставка (?:\w+ ){0,2}сегодня(?! не)",
               r"в (?:машине|автомобиле) (?:\w+ )?курь[её]ра"),
        "uk": (r"(?:доставка|доставляється) (?:\w+ ){0,2}сьогодні",),
        "bg": (r"при куриер\w*", r"куриер\w* (?:е )?на път", r"в процес на доставка"),
        "sh": (r"(?:u|na) dostavi", r"dostava danas", r"kurir\w* (?:je )?krenuo prema"),
        "pl": (r"kurier\w* (?:\w+ )?wyjechał\w* z (?:paczk|przesyłk)\w*(?! (?:\w+ )?do (?:sortowni|oddział|magazyn|terminal))",
               r"w (?:samochodzie|aucie|pojezdzie) (?:\w+ )?(?:kuriera|doreczeniowym|dostawczym|listonosza)",
               r"(?:dzis|dzisiaj) (?:\w+ )?(?:doreczamy|dostarczamy)", r"(?:doreczamy|dostarczamy) (?:\w+ ){0,2}(?:dzis|dzisiaj)",
               r"wyjechał\w* (?:\w+ )?do (?:doreczenia|odbiorcy|klienta)", r"rozwoz\w*"),
        "cs": (r"v dorucovani", r"(?:predan|vydan)\w* k doruceni(?! jine)",
               r"(?:doveze|dovezeme|priveze|privezeme) (?:\w+ ){0,2}dnes", r"dnes (?:\w+ ){0,2}(?:doveze|dovezeme|priveze|privezeme)"),
        "sk": (r"v dorucovani", r"(?:odovzdan|vydan)\w* (?:\w+ )?(?:kurierovi )?na dorucenie", r"dorucime dnes",
               r"dnes (?:\w+ ){0,2}(?:dorucime|doruci)", r"(?:doruci|dorucime) (?:\w+ ){0,2}dnes", r"u kuriera",
               r"dorucovaci\w* (?:vozidl|aut)\w*", r"dorucuje"),
        "tr": (r"bugun (?:\w+ ){0,2}(?:teslim edecek|getirecek|ulasacak|ulastiracak)\w*",
               r"(?:teslim edecek|getirecek|ulasacak)\w* (?:\w+ ){0,2}bugun", r"dagitima (?:verildi|alindi|cikart\w*)"),
    }),
    # Waiting to be collected.
    ("available_for_pickup", {
        "ru": (r"заберите", r"пвз", r"жд[её]т (?:\w+ )?(?:получени|вручени|выдачи)\w*"),
        "bg": (r"(?:готов\w* за|очаква\w*) получаване",),
        "sh": (r"stigl\w* u (?:\w+ )?paketomat\w*", r"ceka (?:na )?preuzimanje (?:u|na) \w+"),
        "pl": (r"(?:przedłuz|wydłuz)\w* (?:\w+ ){0,2}(?:czas|termin)\w* (?:na )?odbior\w*",),
        "cs": (r"ceka (?:\w+ ){0,2}(?:v|na) (?:\w+ )?" + CS_SK_PICKUP_PLACE, r"z ?box\w*", r"vyzvednete"),
        "sk": (r"caka na vyzdvihnutie", r"(?:mozete|mozno) (?:si )?(?:\w+ )?vyzdvihnut", CS_SK_PICKUP_PLACE, r"ulozenie zasielky"),
    }),
    # Handed over, collected, left in a safe place.
    ("delivered", {
        "ru": (r"(?<!не )вручил\w*(?! (?:\w+ ){0,2}(?:отправител|извещени|уведомлени))", r"(?<!не )вруч[её]н(?:о|а|ы)?(?! отправител)",
               r"выдача (?:\w+ )?(?:клиенту|покупателю|получателю|адресату)"),
        "uk": (r"ви (?:\w+ )?(?<!не )(?:отримали|забрали)(?! (?:\w+ )?(?:повідомлен|смс|sms|код)\w*)",),
        "pl": (r"(?:wydan|odebran)\w* w (?:placowce|punkcie|oddziale)\w*",
               r"(?:pozostawion|zostawion)\w* (?:\w+ )?(?:w bezpiecznym miejscu|pod drzwiami|u sasiad\w*)",
               r"(?:kurier|listonosz)\w* (?:\w+ )?(?:doreczył|dostarczył)\w*"
               r"(?!.*\bdo (?:punkt|paczkomat|automat|placow|oddzia|sortowni|magazyn))",
               r"(?<!nie )odebrał\w* (?:\w+ )?(?:domownik|sasiad|odbiorc|adresat|klient)\w*"),
        "cs": (r"preda[nl]\w* (?:\w+ )?(?:adresatovi|prijemci)", r"vydan\w* na post[eu]"),
        "sk": (r"vyzdvihol\w*", r"vyzdvihla", r"vyzdvihli", r"dodanie zasielky", r"odovzdan\w* (?:\w+ )?(?:prijemcovi|adresatovi)"),
        "sh": (r"(?:primatelj|primalac)\w* (?:je )?preuzeo",),
        "tr": (r"teslimat (?:tamamlandi|gerceklesti|gerceklestirildi|yapildi)",),
    }),
    # Only the sender's or the shop's data: packing, confirming, waybills and labels made, not handed over.
    ("info_received", {
        "ru": (r"(?:продав|магазин|отправител)\w* (?:\w+ )?(?:упаковыва|собира|готови|комплекту)\w*",
               r"(?:сформирован|создан)\w* (?:\w+ )?(?:накладн|этикетк|ярлык)\w*", r"готов\w* к (?:отгрузке|отправке|передаче)",
               r"не передал\w*", r"ожида\w* (?:\w+ ){0,2}от (?:отправител|продав|магазин)\w*",
               r"(?:продав|магазин|отправител)\w* (?:\w+ )?(?:собрал|упаковал|подготовил)\w*",
               r"(?:этикетк|ярлык|накладн)\w* (?:\w+ )?напечатан\w*", r"(?:создан|оформлен|сформирован)\w* (?:\w+ )?заявк\w*",
               r"подтвержд[её]н\w* (?:продавц|магазин|отправител)\w*", r"(?:заказ|заявк)\w* подтвержд[её]н\w*"),
        "uk": (r"(?:продав|магазин|відправник)\w* (?:\w+ )?(?:пакує|збирає|готує|комплектує)",
               r"(?:замовлення|заявк\w*) (?:\w+ )?підтвердж\w*",
               r"очіку\w* (?:на )?(?:передачу|передавання) (?:\w+ )?(?:перевізник|кур|служб)\w*"),
        "bg": (r"създаден\w* товарителниц\w*", r"товарителниц\w* (?:е )?създаден\w*"),
        "pl": (r"w trakcie (?:kompletowania|pakowania|realizacji)", r"kompletowan\w* zamowieni\w*"),
        "cs": (r"(?:odesilatel|obchod|prodejce|e ?shop)\w* (?:\w+ ){0,3}nepredal\w*", r"objednavk\w* (?:\w+ )?(?:prijat|potvrzen)\w*",
               r"(?:data|informace|udaje) (?:\w+ ){0,3}(?:prijat|prijal|obdrzen|obdrzel)\w*", r"do systemu", r"objednavk\w* se bali",
               r"zaregistrovan\w*"),
        "sk": (r"(?:udaje|informacie|data) (?:\w+ ){0,3}prijat\w*", r"odosielatel\w* (?:\w+ )?(?:pripravuje|vytvoril|bali)\w*",
               r"objednavk\w* (?:\w+ )?(?:prijat|potvrden)\w*", r"stitok (?:\w+ )?vytvoren\w*", r"cakame na (?:odovzdanie|prevzatie)",
               r"pripravuje na odoslanie", r"zaregistrovan\w*"),
        "tr": (r"(?:siparis|kargo|paket|urun|gonderi)\w* (?:\w+ )?hazirlan(?:iyor|di|mistir)", r"kayd\w* (?:acildi|olusturuldu)",
               r"(?:siparis|satici)\w* (?:\w+ )?onayla\w*", r"bilgi\w* (?:alindi|verildi)", r"paketlen\w*",
               r"kargola(?:madi|nmadi)", r"etiket\w* (?:\w+ )?basildi"),
    }),
    # Crossing a border, between warehouses, flown, dispatched, processed, expected tomorrow: on the way.
    ("in_transit", {
        "ru": (r"между (?:складами|терминалами|сортировочн\w*|городами|филиалами)", r"пересе\w* границ\w*",
               r"передача (?:\w+ )?(?:в|на) (?:\w+ )?(?:служб|перевозчик|таможн|сортиров)\w*", r"прибыти\w*",
               r"сдан[оаы]? (?:в|на) (?:\w+ )?(?:авиа|перевоз|терминал|склад|сортировочн|таможн)\w*", r"вывезен\w*",
               r"на пути (?:в|к|до)", r"выпуск\w* (?:\w+ )?разреш[её]н\w*", r"погрузк\w*", r"(?:вылет|прил[её]т)\w*",
               r"забрал\w* (?:\w+ ){0,2}у (?:отправител|продав|магазин)\w*"),
        "uk": (r"перетну\w* кордон\w*",
               r"надійшл\w* (?:\w+ )?(?:до|в|у|на) (?:\w+ )?(?:міст|сортувальн|склад|термінал|митниц|країн|україн)\w*",
               r"(?:вилеті|прилеті)\w*", r"рухає\w*", r"на терміналі"),
        "bg": (r"изпратен\w*", r"пристигна\w*", r"взет\w* от подател\w*"),
        "sh": (r"preuzet\w* od posiljatelj\w*", r"na putu(?! (?:prema|do) (?:vama|vas|primatelj|primaoc))"),
        "pl": (r"(?:przewidywan|planowan|szacowan|spodziewan)\w* (?:\w+ )?(?:dostaw|doreczeni|dostarczeni)\w*", r"przeładowan\w*",
               r"odbior\w* (?:\w+ )?od (?:nadawc|sprzedawc|klient)\w*"),
        "cs": (r"(?:predan|odovzdan)\w* (?:\w+ )?celn\w*", r"zemi (?:urceni|odeslani|odesilatele)", r"tridirn\w*",
               r"(?:centraln|hlavn)\w* sklad\w*", r"(?<!do )zitra", r"(?:vy)?expedovan\w*",
               r"predan\w* (?:\w+ ){0,2}(?:prepravn|dopravn|partner)\w*", r"prepraven\w*",
               r"prevzat\w* (?:\w+ )?(?:kuryr|ridic|dopravc|prepravc)\w*", r"presouv\w*", r"presun\w*",
               r"prevzat\w* (?:\w+ )?od (?:zakaznik|klient|obchod)\w*"),
        "sk": (r"podanie zasielky", r"prevzat\w* (?:\w+ )?(?:od odosielatel|kurier)\w*", r"odoslan\w* (?:do|z|zo)",
               r"preclen\w*", r"colne konanie", r"colnym konanim", r"odovzdan\w* (?:\w+ )?(?:colnemu|prepravc|zahranicn|dopravc)\w*",
               r"smeruje", r"odisl\w*", r"predpoklad\w* (?:\w+ )?dorucen\w*", r"(?:vy)?expedovan\w*",
               r"presl\w* (?:\w+ )?triedeni\w*", r"prijem zasielky", r"spracovan\w*", r"(?<!do )zajtra",
               r"odovzdan\w* (?:\w+ )?(?:na|do) preprav\w*", r"colnic\w*"),
        "tr": (r"aktarma(?:da|ya)", r"isleme merkez\w*", r"\w+(?:dan|den|tan|ten) gonderildi",
               r"(?:dagitim|kabul|cikis|varis|transfer|aktarma) subesi\w*", r"(?<!adresinize )(?<!size )dogru yolda"),
    }),
)
