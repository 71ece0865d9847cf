"""Carrier phrases in Russian, Ukrainian and Romanian, per canonical status, in the
order they are tried (before the other languages' steps, whose words these texts do
not share).

The narrow meaning comes first, as in status_phrases: a carrier-side hold before "не
доставлено", a locker whose storage is ending ("истекает срок хранения") before a
return, "вручение отправителю" (handed back to the sender) before "вручение", "передан
на доставку до пункта выдачи" (on its way to the pickup point) before "пункт выдачи",
a refusal or a bad address before a return that may follow it, and the bare words
("вручено", "отримано", "livrat") last. Cyrillic phrases are whole-word regular
expressions like Latin ones (lossanalytics.normalise._rules); "ё" is written "[её]"
because carriers print both, and apostrophes fold to spaces ("зв язку").

Vocabulary from published status tables: Russian Post's operation types and
attributes (Otpravka API), Yandex Delivery's order statuses, Boxberry's and PEK's
status lists, TrackShip's Russian shipment-status e-mail headings, Nova Poshta's
tracking status texts, Ukrposhta's statuses as a tracking site explains them, FAN
Courier's and Urgent Cargus's status lists, Ozon's posting statuses and Wildberries'
assembly-task statuses, a shop plugin's Yandex Delivery status map, PickPoint's and
Dellin's status names and a shop plugin's explanations of Nova Poshta's status codes
(lossanalytics/normalise/known_texts/SOURCES.md names each). A cargo "выдан. Возврат СД" (handed over, its
accompanying documents going back) is delivered; a storage period that "истёк" and a
parcel back "в пункт отправителя" or with the shop ("магазину") are returns.

Twenty-first round (b): CDEK's own descriptions of its statuses, Russian Post's "operation.
attribute" strings and its operator system's operation names, Boxberry's status names, Nova
Poshta's names in Russian, Meest's public-tracking events and Ukrposhta's event names. CDEK's
warehouse entries ("Оформлен приход/расход", a dispatch or arrival "зарегистрирована") move on,
and one re-received at a warehouse ("повторно оформлен приход ... возвращен на склад") is, in
CDEK's words, no return; a collection notice sent or even "вручено" against signature leaves
the item waiting at the office; the operation outweighs its attribute where they disagree
("Невручение. Изъято" is an exception, "Возврат. Отказ в выпуске таможней" a return).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

EAST_STEPS: tuple[Step, ...] = (
    # Russian Post's operation "Возврат" with a customs reason ("Возврат. Отказ в выпуске таможней"):
    # the return is stated, the customs refusal is why.
    ("returned", {
        "ru": (r"^возврат\w* (?:\w+ ){0,3}отказ\w* в выпуске",),
    }),
    # Trouble on the carrier's side or missing papers, whatever may follow.
    ("exception", {
        "ru": (r"засыл\w*", r"форс ?мажор\w*", r"непреодолимой силы", r"отказ в выпуске", r"таможенн\w* деклараци\w*",
               r"документаци\w*", r"запрещен\w* к пересылке", r"задержк\w*", r"задержан\w*", r"ожидаются уточнения",
               r"отсутствуют на складе", r"продление срока выпуска", r"уплат\w* таможенных платежей",
               r"ожидании оплаты", r"для запроса информации", r"уточнени\w* адреса",
               r"перенесен\w* (?:по вине|службой)", r"запрошен\w* (?:\w+ ){0,2}данн\w*",
               r"не принят\w* на сортировочн\w*", r"ошибка регистрации", r"ожидает паспортн\w* данн\w*", r"арбитраж\w*",
               # Russian Post's "Невручение" (not handed over) with the authorities' reason.
               r"невручени\w* (?:изъят\w*|решени\w* таможни)"),
        "uk": (r"затрим\w*",),
        "ro": (r"rutat gresit", r"sortat gresit", r"in asteptare", r"intarzia\w*", r"vreme nefavorabila",
               r"trafic ingreunat", r"calamitate\w*", r"probleme auto", r"motive tehnice"),
    }),
    # A storage period still running or extended: the parcel still waits for the recipient.
    ("available_for_pickup", {
        "ru": (r"истекает срок хранения", r"продлен\w* срока хранения", r"срок хранения (?:\w+ ){0,4}увеличен",
               r"заберет отправление сам",
               # A collection notice sent, left or signed for ("Вторичное извещение вручено под подпись":
               # the notice was handed over, not the item), the item in the office's storage room, or
               # storage being charged: the item waits at the office.
               r"(?:первичн|вторичн|повторн)\w* извещени\w*", r"извещени\w* (?:опущен|выслан|оставлен)\w*",
               r"кладов\w* хранени\w*", r"оплат\w* за (?:со)?хранени\w*"),
        "uk": (r"передано на зберігання",),
    }),
    ("lost", {
        "ru": (r"утрат\w*", r"утрачен\w*", r"утерян\w*", r"потерян\w*", r"уничтож\w*", r"утилиз\w*"),
        "uk": (r"втрачен\w*", r"загублен\w*", r"знищен\w*", r"утилізов\w*"),
        "ro": (r"distrus\w*", r"pierdut\w*", r"inchisa negasit"),
    }),
    ("damaged", {
        "ru": (r"поврежд\w*", r"дефектн\w*"),
        "uk": (r"пошкодж\w*",),
        "ro": (r"deteriorat\w*", r"avariat\w*"),
    }),
    # Cargo handed over while its accompanying documents ("СД") go back: delivered, not returned.
    ("delivered", {
        "ru": (r"выдан\w* возврат сд",),
    }),
    # CDEK's "Повторно оформлен приход ... (груз возвращен на склад)": back on a warehouse shelf on
    # the way, which CDEK says is no return to the sender.
    ("in_transit", {
        "ru": (r"повторно оформлен\w* приход",),
    }),
    # A failed attempt at a parcel locker whose storage ran out: not yet a return.
    ("delivery_failed", {
        "ru": (r"неудачн\w* попытк\w* вручени\w* (?:\w+ ){0,2}ист[её]к\w* срок",),
    }),
    # Back to the sender: "вручение отправителю" is a return, not a delivery.
    ("returned", {
        "ru": (r"возврат\w*", r"возвращ[её]н\w*", r"вернуть отправителю", r"(?:вручение|выдан\w*|вручен\w*) отправителю\w*",
               r"получен\w* отправител\w*",
               r"отправителю (?:почтальоном|курь[её]ром)", r"отправлено в пункт при[её]ма", r"ист[её]к срок хранения",
               r"срок хранения (?:\w+ ){0,5}ист[её]к", r"к отправке отправителю", r"в пункт отправителя",
               r"(?:для передачи|передан\w*) магазину", r"забран\w* отправител\w*"),
        "uk": (r"поверн\w*", r"назад до відправника", r"зворотн\w* накладн\w*", r"вручен\w* (?:\w+ )?відправник\w*"),
        "ro": (r"retur", r"returnat\w*", r"inapoi la expeditor"),
    }),
    ("cancelled", {
        "ru": (r"отмен[её]н\w*", r"отмена", r"отменяется", r"аннулир\w*"),
        "uk": (r"скасован\w*", r"видалено"),
        "ro": (r"anulat\w*", r"anulare"),
    }),
    # A refusal, a bad address or nobody there: the delivery failed, even where a return follows.
    ("delivery_failed", {
        "ru": (r"неудачн\w* (?:попытк|доставк)\w*", r"невручени\w*", r"не может быть доставлен\w*", r"не доставлен\w*",
               r"не вручен\w*", r"не удалась", r"отказ\w*", r"отсутстви\w* адресата", r"адресат (?:выбыл|переехал|не доступен)",
               r"смерт\w*", r"(?:неверн|неправильн|неполн|нечитаем|неточн)\w* (?:\w+ ){0,2}адрес\w*", r"прочесть адрес",
               r"отсутстви\w* получател\w*", r"(?:адресат|получател)\w* отсутству\w*", r"нет оплаты при оплате получател\w*",
               r"(?:отложена доставка|доставка отложена) по просьбе (?:клиента|получателя|адресата)",
               r"нет адресата", r"указан неправильно", r"не осуществляется", r"нет доставки", r"невозможно связаться",
               r"отменил\w* заказ при получении", r"(?:адресат|получател)\w* не найден\w*", r"не выходит на связь"),
        "uk": (r"невдал\w* спроб\w*", r"відмов\w*", r"не вручено", r"не доставлено", r"адресат\w* відсутн\w*",
               r"(?:адресата|одержувача) не знайдено",
               r"не вдалося (?:\w+ )?(?:вручити|доставити)"),
        "ro": (r"adresa\w* (?:gresita|incompleta)", r"refuz\w*", r"destinatar\w* (?:absent|indisponibil)\w*", r"avizat\w*", r"nelivrat\w*", r"destinatar mutat",
               r"negasit la domiciliu", r"nu raspunde", r"restrictii acces", r"fara acces", r"lipsa act\w*",
               r"inchis la sosirea", r"(?:persoana|strada|companie) necunoscuta", r"alta localitate"),
    }),
    # Handed to the addressee, also from a locker.
    ("delivered", {
        "ru": (r"вручен\w* (?:адресату|клиенту|получателю)", r"выдан\w* (?:адресату|получателю)",
               r"адресату (?:почтальоном|курь[её]ром)", r"уже вручено",
               # GPServ's result group, also for the recipient's own collection ("(самовывоз)").
               r"(?<!не )успешная доставка(?! (?:\w+ ){0,2}(?:в|до) (?:пункт|постамат|почтомат|пвз))"),
        "uk": (r"вручено одержувачу",),
    }),
    # Forwarded or on its way to the pickup point: still moving.
    ("in_transit", {
        "ru": (r"переадресован\w*", r"досылка", r"по новому адресу",
               r"(?:передан|отправлен)\w* (?:на доставку )?(?:до|в) пункт\w* выдачи", r"в пути в пункт\w* выдачи",
               r"выехал\w* в пункт\w*", r"готов\w* к отправке в служб\w* доставки",
               r"(?:время|дата|интервал\w*) доставки (?:\w+ )?измен\w*",
               # CDEK: a dispatch or an arrival registered on the way is no registration of data.
               r"зарегистрирован\w* (?:отправк|встреч)\w* (?:\w+ )?(?:в|у|из)", r"измен[её]н\w* адрес\w*", r"адрес\w* (?:\w+ )?измен[её]н\w*",
               # Delivered or received at a place of the network, or taken from the sender or handed to a
               # carrier, is a handover on the way, not the addressee's receipt.
               r"(?:доставлен|получен|выдан)\w* (?:в|на|во) (?:\w+ ){0,2}(?:сортировочн|распределительн|логистическ|транзитн"
               r"|магистральн|международн|таможн|региональн)\w*",
               r"(?:доставлен|получен)\w* (?:в|на|во) (?:склад|терминал|хаб|аэропорт|город|стран|регион|филиал|депо)\w*",
               r"(?:доставлен|выдан|получен)\w* (?:\w+ )?(?:перевозчик\w*|в транспортн\w* компани\w*|в служб\w* доставки)",
               r"получен\w* (?:от|у) (?:отправител|продав|магазин|поставщик)\w*"),
        "uk": (r"змінено адресу", r"адресу (?:\w+ ){0,3}(?:було )?змінено", r"переадресац\w*", r"в місті відправника",
               r"(?:доставлен|отриман|одержан)\w* (?:в|у|на|до) (?:\w+ ){0,2}(?:сортувальн|розподільч|логістичн|транзитн"
               r"|міжнародн|митн|регіональн|склад|термінал|хаб|аеропорт|міст|країн)\w*",
               r"(?:отриман|одержан)\w* від (?:відправник|продав|магазин)\w*"),
        "ro": (r"redirectionat\w*",),
    }),
    ("info_received", {
        "ru": (r"присвоен\w* идентификатор", r"электронн\w* регистраци\w*", r"регистрация отправки",
               r"создан\w* в (?:системе|ис)", r"проверен и создан", r"ожидает подтверждения", r"ожидается в службе",
               r"загружен\w* (?:реестр|в ис)", r"перед транзитом", r"оформлен\w* (?:нов\w* )?заказ\w*",
               r"ожидает (?:регистрации|упаковки|отгрузки|сборки)", r"создано", r"сборочн\w* задани\w* в работе",
               r"нов\w* сборочн\w* задани\w*", r"на сборке",
               r"заказ создан\w*", r"созда[её]тся", r"заявка (?:\w+ ){0,2}на проверке", r"добавлен\w* в (?:\w+ )?отгрузк\w*",
               r"подтвержд[её]н\w* в сортировочн\w*", r"зарегистрирован[оаы]?", r"сформирован\w* для (?:передачи|отправки)",
               r"забор\w* груз\w*", r"ожидает сдачи", r"комплектуется",
               r"не передан\w* (?:на доставку|в доставку|перевозчику)", r"ожидает отправки",
               r"данные (?:о|об) (?:посылке|отправлении|заказе|грузе) получены", r"присвоен\w* трек", r"заказ оформлен",
               r"^создан$", r"ожида\w* передачи в (?:\w+ )?доставк\w*", r"ожида\w* передачи в служб\w* доставк\w*"),
        "uk": (r"створено онлайн", r"створив (?:цю )?накладну", r"очікує приймання", r"очікує (?:\w+ )?надходження",
               r"зареєстровано в системі", r"комплекту\w*", r"створено накладну", r"накладну створено", r"не передано (?:на доставку|перевізнику)"),
        "ro": (r"nu a fost predat", r"neexpediat"),
    }),
    ("unknown", {
        "ru": (r"не найден\w*",),
        "uk": (r"не знайдено",),
    }),
    ("available_for_pickup", {
        "ru": (r"пункт\w* (?:выдачи|самовывоза)", r"самовывоз\w*", r"готов\w* к (?:выдаче|получению)", r"почтомат\w*",
               r"постамат\w*", r"до востребования", r"мест[оеа] вручения", r"центр выдачи", r"срок хранения",
               r"хранение", r"доступн\w* для получения", r"(?:доставлен|принят)\w* в пт",
               r"(?:прибыл|поступил)\w* (?:в|на) (?:отделени[еия]|опс)(?! (?:сортир|перевозчик|отправ)\w*)", r"опс вручения", r"ожида\w* забора (?:\w+ ){0,2}(?:клиент|покупател|получател)\w*"),
        "uk": (r"прибу\w* (?:на|до|у|в) відділенн\w*", r"у (?:вашому )?відділенні", r"поштомат\w*", r"готов\w* до видачі",
               r"очікує (?:видачі|отримання|вручення)", r"(?:надходження|надійшл\w*) (?:до|у|в) відділенн\w*"),
        "ro": (r"ridicar\w* (?:coletului )?de la sediu", r"livrare din sediul", r"easybox"),
    }),
    ("out_for_delivery", {
        "ru": (r"передан\w* (?:на )?(?:курь[её]р\w*|почтальон\w*)", r"выдан\w* на доставку", r"вывед\w* на доставку", r"на доставке",
               r"курь[её]р\w* (?:\w+ )?вез[её]т", r"доставка сегодня",
               r"доставляется по населенному пункту", r"курь[её]р в пути",
               r"доставляется (?:клиенту|получателю|адресату)", r"доставка груз\w* до адреса",
               r"выдан\w* курь[её]р\w*", r"курьерск\w* карт\w*", r"на пути к (?:получател|адресат)\w*",
               # Handed out to whoever or whatever delivers it today.
               r"выдан\w* (?:в доставку|для доставки|на маршрут|водител\w*|почтальон\w*|экспедитор\w*)"),
        "uk": (r"на шляху до одержувача", r"(?:видано|передано) кур ?єр\w*"),
        "ro": (r"in livrare",),
    }),
    ("delivered", {
        "ru": (r"вручен(?:о|а|ы|ие)?", r"доставлен\w*", r"выдан[оаы]?", r"получен[оаы]?"),
        "uk": (r"вручено", r"вручення", r"отримано", r"одержано", r"доставлено", r"видано"),
        "ro": (r"livrat\w*",),
    }),
    ("exception", {
        "ru": (r"исключени\w*", r"удерживани\w*", r"приостановлен\w*", r"изъят\w*", r"проблем\w*"),
    }),
    ("in_transit", {
        "ru": (r"в пути", r"сортиров\w*", r"прибыл\w*", r"покинул\w*", r"принят\w*", r"отправлен[оаы]?", r"передан[оаы]?",
               r"обработк\w*", r"тамож\w*", r"импорт\w*", r"экспорт\w*", r"погружен\w*", r"транзит\w*", r"на складе",
               r"доставляется", r"населенном пункте", r"поступил\w*", r"отгружен\w*", r"месте назначения",
               r"выпущено", r"осмотрено", r"терминал\w*", r"к передаче", r"у водителя", r"в перевозке", r"в доставке",
               r"переда[её]тся в службу доставки", r"в городе получателя", r"на кладовке", r"сконсолидирован\w*",
               # CDEK's warehouse entries ("Оформлен приход/расход"), Russian Post's acceptance ("Приём. Единичный").
               r"оформлен\w* (?:\w+ )?(?:приход|расход)\w*", r"при[её]м (?:единичн|партионн)\w*"),
        "uk": (r"прибул\w*", r"прибув", r"виїхал\w*", r"прийнят\w*", r"прийнято", r"прямує", r"в дорозі", r"у дорозі",
               r"відправлено", r"випущено", r"митн\w*", r"сортуван\w*", r"установи обміну", r"приймання",
               # Ukrposhta's "Відправлення до відділення" is the dispatch (not the item) to an office.
               r"відправлення до (?:відділен|точки)\w*"),
        "ro": (r"tranzit\w*", r"depozit\w*", r"sosire", r"sortare", r"preluat\w*"),
    }),
)
