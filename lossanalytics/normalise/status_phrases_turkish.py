"""Carrier phrases in Turkish, per canonical status, in the order they are tried (after
the Hungarian steps, before the other languages' steps).

Folded Turkish has no accents and one "i" ("Dağıtıma Çıkarıldı" is "dagitima
cikarildi", "İADE EDİLDİ" is "iade edildi"; lossanalytics.normalise._rules), so phrases
are written that way. The narrow meaning comes first: a lost or damaged parcel, a return
to the sender ("Göndericiye iade edildi") and a cancellation before anything else, a
parcel waiting at the recipient's branch ("Alıcı şubesinde bekliyor") as waiting for
pickup, the negations ("Teslim edilemedi", "Teslimat başarısız") and a wrong address or
an unfound recipient as a failed delivery, and only then "teslim edildi". "Teslim alındı"
(taken over, by the carrier from the sender) is transit, not delivery, and so are "Kargoya
verildi" and "Kargo firmasına teslim edildi" (handed to the carrier); "kargoya verilmedi"
(not yet handed over) is before that, and so are "İşlem Görmemiş" (not processed, against
"işlem görmüş", processed) and a pickup courier setting out ("Toplama kuryesi yola çıktı"),
while a courier setting out for the delivery address is out for delivery.

PTT's status table (seventeenth round) writes a return as "İADE" before its reason ("İADE-Adreste
Yok": returned because nobody was there, not a failed attempt), a delivery as the person who
took it ("Birinci Adreste Kendisine Teslim", "AYNI KONUTTA YAKINA TESLiM") and a handing back
as "Göndericisine Teslim Edildi" (returned, not delivered); a parcel left at or notified to the
PTT office or put in a parcel locker waits for pickup although "Teslim Edilemedi" comes first,
while one collected from the locker ("Kargomatikten Teslim Alındı") is delivered, not the
carrier's "teslim alındı". Its returns, losses and damage are tried first, its other
descriptions after the broader returns and cancellations.

MNG's shipment states: a parcel sent on "to the recipient's address" ("Alıcı Adresine
Yönlendirildi") is out for delivery, one "coming back" ("Geri Geliyor") a return, "support
needed" ("Destek Gerekiyor") a problem, a shipment prepared ("Gönderi Hazırlandı") not yet
handed over, and one that reached a unit or branch ("Teslimat Birimine Ulaştı", Aras's
"teslimat şubemize ulaşmıştır") still on its way.

Vocabulary from MNG Kargo's status codes with their Turkish descriptions, a Turkish
integrator's reading of DHL's tracking statuses, the n11 marketplace's package states,
shipment-status enums of Turkish shipping projects and a tracking app's Turkish status
names, Yurtiçi Kargo's operation codes and Kolay Gelsin's event types (lossanalytics/normalise/known_texts/SOURCES.md
names each), PTT Kargo's gonderi_durum_id table, MNG's shipmentStatusCode names and recorded
Aras Kargo movements.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# PTT's return reasons after "İADE" (folded "iade"), as its table writes them.
_PTT_RETURN_REASON = (r"(?:adreste yok|taninmiyor|kabul edilmedi|alicisi kabul etmiyor|adres yetersiz|adres[dt]en ayrilmis"
                      r"|binaya girilemedi|bekleme suresi bitti|adres hatali|geri istendi|sevk edildi)")

# PTT Kargo's gonderi_durum_id descriptions: a return named with its reason, a loss or damage,
# tried before the broader Turkish steps.
_PTT_OUTCOME_STEPS: tuple[Step, ...] = (
    ("returned", {
        "tr": (r"^iade " + _PTT_RETURN_REASON, r"iade edilecek", r"iade edilmek uzere", r"gondericisine teslim\w*"),
    }),
    ("lost", {
        "tr": (r"akibeti belirlenemedi", r"^imha(?! iptal)", r"imha edildi", r"tasfiye edildi"),
    }),
    ("damaged", {
        "tr": (r"^hasar$",),
    }),
)

# The rest of PTT's descriptions, tried after the broader returns and cancellations ("alıcı adreste
# yok, göndericiye iade edildi" is a return) and before the broader failed deliveries and deliveries.
_PTT_STEPS: tuple[Step, ...] = (
    ("available_for_pickup", {
        "tr": (r"ptt isyerine teslim\w*", r"(?<!iade )ptt isyerinde (?:bekliyor|ihbarlandi)", r"kargomat\w* birakildi"),
    }),
    # Handed to the recipient or someone at the address, named before "teslim".
    ("delivered", {
        "tr": (r"kargomat\w* teslim alindi",
               r"(?:muhataba(?: bizzat)?|kendisine|konutta yakina|amirine|aile bireyine|is ?yeri yetkilisine|evrak memuruna"
               r"|daimi calisana) teslim(?! (?:edilemedi|edilmedi|alin))"),
    }),
    ("exception", {
        "tr": (r"gumrukte tutuluyor", r"gumrukce izin verilmedi", r"hava sartlari", r"dogal afet", r"akibeti arastiriliyor",
               r"arastirma baslatildi", r"yanlis cihet", r"problemli gonderi"),
    }),
    ("delivery_failed", {
        "tr": (r"^kabul edilmedi$", r"adreste (?:yok|taninmiyor)", r"binaya girilemedi", r"alicisi vefat etmis",
               r"haber kagidi birakildi", r"sorunlu alici", r"adres[dt]en ayrilmis", r"^yerinde yok$", r"adres\w* okunmuyor"),
    }),
    ("out_for_delivery", {
        "tr": (r"dagiticiya verildi",),
    }),
    ("in_transit", {
        "tr": (r"^kabul edildi$", r"torba\w* (?:eklendi|cikarildi|sevk edildi|gelis kaydi)", r"zimmet (?:alindi|edildi)",
               r"gelis kaydi yapildi", r"kayit defterine eklendi", r"^sevk edildi$", r"(?:gumruge|yurtdisina) sevk edildi"),
    }),
)

TURKISH_STEPS: tuple[Step, ...] = (
    *_PTT_OUTCOME_STEPS,
    ("lost", {
        "tr": (r"kayip (?:kargo|gonderi|paket)", r"(?:kargo|gonderi|paket) kayip", r"^kayip$"),
    }),
    ("damaged", {
        "tr": (r"hasarli\w*", r"hasar gor\w*", r"hasar (?:raporu|tespit\w*|kaydi|tutanagi)"),
    }),
    ("returned", {
        "tr": (r"iade edil(?:di|mistir)", r"(?:gondericiye|gonderene|saticiya) iade\w*", r"iade surecinde",
               r"(?:talebi|istegi) ile iade", r"operasyonel iade", r"geri (?:geliyor|donuyor|gonderiliyor)"),
    }),
    # Handed to the carrier or its branch (by the sender): not the recipient's delivery.
    ("in_transit", {
        "tr": (r"(?:kargo firmasina|kargoya|subeye|kuryeye) teslim edil\w*",),
    }),
    # Waiting at the recipient's branch to be collected.
    ("available_for_pickup", {
        "tr": (r"(?:alici )?subesinde bekliyor", r"teslim alinmaya hazir", r"(?:subeden )?teslim alinabilir",
               r"subede bekliyor", r"teslimat noktasinda"),
    }),
    ("cancelled", {
        "tr": (r"iptal edil(?:di|mistir)", r"cikisi engellendi", r"gonderen (?:tarafindan )?durdur\w*"),
    }),
    *_PTT_STEPS,
    ("delivery_failed", {
        "tr": (r"teslim edil(?:eme|me)di", r"teslimat basarisiz", r"adres\w* (?:hatali|problemli|yanlis|eksik|yetersiz)",
               r"alici (?:\w+ ){0,2}bulunamadi", r"(?:alici|musteri) (?:\w+ )?(?:reddetti|kabul etmedi)",
               r"(?:teslim )?almayi reddet\w*", r"adreste kimse (?:yok|bulunamadi)"),
    }),
    ("delivered", {
        "tr": (r"teslim edil(?:di|mistir)",),
    }),
    ("out_for_delivery", {
        "tr": (r"dagitima (?:cikti|cikarildi)", r"dagitimda", r"teslimata cikti", r"teslim etmek (?:icin|uzere) yola cikti",
               r"(?:teslimat|alici) adresine (?:dogru )?(?:yola cikti|yonlendiril\w*)", r"teslimat icin yola cikti",
               r"bugun teslim edilecek"),
    }),
    ("exception", {
        "tr": (r"gecikme\w*", r"istisnai durum", r"odeme bekleniyor", r"destek gerek\w*"),
    }),
    # Known to the carrier or the shop, not yet handed over.
    ("info_received", {
        "tr": (r"gonderi bilgisi alindi", r"(?:siparis|gonderi|kayit) olusturuldu", r"kargoya verilmedi",
               r"gonderi hazirlan(?:iyor|di|mistir)", r"henuz gonderilmedi", r"islem gormemis", r"toplama kurye\w*",
               r"kargoya verilecek", r"(?:kargo|siparis|paket) hazirlaniyor"),
    }),
    ("unknown", {
        "tr": (r"durum bilinmiyor", r"gonderi bulunamadi", r"veri yok"),
    }),
    ("in_transit", {
        "tr": (r"teslim alindi", r"kargo alindi", r"kargoya verildi", r"(?:aktarma|transfer|dagitim) merkezi\w*",
               r"^kargoda", r"dagitim (?:aginda|bolgesinde)", r"subeye ulasti", r"(?:birim|sube)\w* ulas\w*", r"subeden ayrildi", r"^subede$",
               r"merkezine ulasti", r"sefer bitti", r"yola cikti", r"^yolda$", r"(?:kargo|gonderi|paket)\w* yolda",
               r"(?:gonderi|kargo|paket)\w* kabul edildi", r"arac(?:a|ina) yuklendi", r"gumru\w*", r"depoya ulasti",
               r"islem gormus", r"kargo teslimattadir", r"(?:ertesi|sonraki) gune devr\w*"),
    }),
)
