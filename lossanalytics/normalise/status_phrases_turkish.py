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

Vocabulary from MNG Kargo's status codes with their Turkish descriptions, a Turkish
integrator's reading of DHL's tracking statuses, the n11 marketplace's package states,
shipment-status enums of Turkish shipping projects and a tracking app's Turkish status
names, Yurtiçi Kargo's operation codes and Kolay Gelsin's event types (tests/corpus/SOURCES.md
names each).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

TURKISH_STEPS: tuple[Step, ...] = (
    ("lost", {
        "tr": (r"kayip (?:kargo|gonderi|paket)", r"(?:kargo|gonderi|paket) kayip"),
    }),
    ("damaged", {
        "tr": (r"hasarli\w*", r"hasar gor\w*", r"hasar (?:raporu|tespit\w*|kaydi|tutanagi)"),
    }),
    ("returned", {
        "tr": (r"iade edil(?:di|mistir)", r"(?:gondericiye|gonderene|saticiya) iade\w*", r"iade surecinde",
               r"(?:talebi|istegi) ile iade", r"operasyonel iade"),
    }),
    # Handed to the carrier or its branch (by the sender): not the recipient's delivery.
    ("in_transit", {
        "tr": (r"(?:kargo firmasina|kargoya|subeye|kuryeye) teslim edil\w*",),
    }),
    # Waiting at the recipient's branch to be collected.
    ("available_for_pickup", {
        "tr": (r"(?:alici )?subesinde bekliyor",),
    }),
    ("cancelled", {
        "tr": (r"iptal edil(?:di|mistir)", r"cikisi engellendi", r"gonderen (?:tarafindan )?durdur\w*"),
    }),
    ("delivery_failed", {
        "tr": (r"teslim edil(?:eme|me)di", r"teslimat basarisiz", r"adres\w* (?:hatali|problemli|yanlis|eksik|yetersiz)",
               r"alici (?:\w+ ){0,2}bulunamadi", r"(?:alici|musteri) (?:\w+ )?(?:reddetti|kabul etmedi)"),
    }),
    ("delivered", {
        "tr": (r"teslim edil(?:di|mistir)",),
    }),
    ("out_for_delivery", {
        "tr": (r"dagitima (?:cikti|cikarildi)", r"dagitimda", r"teslimata cikti", r"teslim etmek (?:icin|uzere) yola cikti",
               r"(?:teslimat|alici) adresine (?:dogru )?yola cikti"),
    }),
    ("exception", {
        "tr": (r"gecikme\w*", r"istisnai durum", r"odeme bekleniyor"),
    }),
    # Known to the carrier or the shop, not yet handed over.
    ("info_received", {
        "tr": (r"gonderi bilgisi alindi", r"(?:siparis|gonderi|kayit) olusturuldu", r"kargoya verilmedi",
               r"gonderi hazirlaniyor", r"henuz gonderilmedi", r"islem gormemis", r"toplama kurye\w*"),
    }),
    ("unknown", {
        "tr": (r"durum bilinmiyor", r"gonderi bulunamadi", r"veri yok"),
    }),
    ("in_transit", {
        "tr": (r"teslim alindi", r"kargo alindi", r"kargoya verildi", r"(?:aktarma|transfer|dagitim) merkezi\w*",
               r"^kargoda", r"dagitim (?:aginda|bolgesinde)", r"subeye ulasti", r"subeden ayrildi", r"^subede$",
               r"merkezine ulasti", r"sefer bitti", r"yola cikti", r"^yolda$", r"arac(?:a|ina) yuklendi", r"gumru\w*", r"depoya ulasti",
               r"islem gormus", r"kargo teslimattadir", r"(?:ertesi|sonraki) gune devr\w*"),
    }),
)
