"""The phrases carriers write in their tracking events, per canonical status and language.

Steps are tried in order and the first step with a phrase in the text decides, so the
narrow meaning comes before the broad one: "delivered back to the sender" is returned,
"delivered to a parcel locker" waits for pickup, "not delivered" failed, and the bare
words ("delivered", "zugestellt", "配達完了") come after all of them.

Phrases are matched on folded text (lossanalytics.normalise._rules.fold: NFKC, lower
case, Latin accents removed, punctuation as spaces), so they are written that way:
"zuruckgesendet" for "zurückgesendet", "n a pas pu etre livre" for "n'a pas pu être
livré". Latin phrases are regular expressions matched as whole words; CJK and Hangul
phrases are plain substrings.

Vocabulary from the carriers' and platforms' own public tracking texts and status
tables: UPS, FedEx, USPS, DHL Express / Paket / eCommerce, Royal Mail, Evri, Canada
Post, Australia Post (English); China Post, EMS, SF, Cainiao, YunExpress, Yanwen, 4PX,
kuaidi100 states (Chinese); DHL Paket, Deutsche Post, DPD, GLS, Hermes (German); La
Poste / Colissimo, Chronopost, Mondial Relay (French); Correos, SEUR, Ontime, OCA, Andreani,
Coordinadora, Interrapidísimo, Envía, Estafeta (Spanish, Spain and Latin America: "novedad" is an
incident, "cancelar" a cash-on-delivery amount is paying it); Poste Italiane (its delivery-business
labels and raccomandata codes), BRT, an Italian courier's delivery outcomes (Italian); Correios
SRO events (Portuguese); PostNL, bpost (Dutch); InPost ShipX and Poczta Polska (Polish); Japan Post, Yamato, Sagawa (Japanese); Korea Post, CJ
Logistics (Korean); AfterShip, 17TRACK and TrackingMore sub-status messages; the
published status lists of GLS and DHL Paket, kuaidi100's advanced states, WeChat's
logistics action types, Yamato's and Japan Post's status tables, Sendcloud, X12 and
EDIFACT status reasons (X12 214 shipment status and reason names), UPS exception descriptions; Posti's phases and events (Finnish), PostNord, UPS Sweden and
TrackingMore (Swedish), Bring / Posten's event codes and texts (Norwegian), freight status
codes (Danish), TrackShip's shipment-status e-mail headings in 14 languages (a bare "on hold"
heading, "En attente", is a problem; "En attente de livraison" is not), the order and logistics
statuses marketplaces describe (AliExpress in Chinese, Mercado Libre in Spanish), the problem-parcel
(问题件, 留仓件) reasons of STO's, ZTO's, Quanfeng's and Flash's scanners, Yamato's FAQ status meanings,
Mobi's and Total Express's occurrences (Brazilian Portuguese)
(lossanalytics/normalise/known_texts/SOURCES.md names each table). Norwegian and Danish "ø" and "æ"
have no accent to fold off, so the phrases keep them; "å", "ä" and "ö" fold to "a" and "o".
Bulgarian (status_phrases_bulgarian) is tried first of all: Russian would read "получена"
("Получена информация за пратка", information received) as a delivery. Russian, Ukrainian, Polish, Czech and
Turkish texts read by grammar and meaning (status_phrases_meaning_slavic_turkic) sit in two groups: corrections
just before the Russian steps ("будет доставлена" is still to come, "едет в пункт выдачи" not yet there, "отказ от
заказа продавцом" a cancellation, "zadrženo na celnici" a hold), and stems and verb forms that only read texts
nothing else reads at the very end ("убыло", "вибуло", "nie zastano adresata", "alıcıya ulaşılamadı"). A second module
(status_phrases_meaning_slavic_turkic_2, which adds Slovak and some Bulgarian and Croatian/Serbian; its Bulgarian
corrections, "ще бъде доставена" still to come, come first of all) puts its corrections right after those first ones ("Возврат
денежных средств" is a refund, not a return; "прибуло на пункт видачі" waits there; "vyzvednuta na výdejním místě" is
delivered) and its late readings just before those last ones; a third (status_phrases_meaning_slavic_turkic_3) puts
its corrections right after the second's ("Вручено в сортировочный центр" moves on, "SMS доставлено" and "Anulowano
zwrot" say nothing of the parcel) and its late readings just before the second's ("Приём", "Не выкуплен", "Vyšší
moc", "Kargonuz kuryede"); a fourth (status_phrases_meaning_slavic_turkic_4) puts its corrections before the first
module's ("Отменён: не забран из пункта выдачи" a cancelled order, "Вручение не состоялось" a failed attempt,
"Nie nadana" only data) and its late readings before the third's ("Досыл", "Отправка из СЦ", "Kapıda kimse yok");
a fifth (status_phrases_meaning_slavic_turkic_5) puts its corrections before the fourth's ("Загружен в ЛК перевозчика"
only data, "Передан на доставку в городе получателя" the last leg) and its late readings before the fourth's ("Курьер
не смог доставить", "Клиент недоступен", "Ожидает отправления"); a sixth (status_phrases_meaning_slavic_turkic_6)
puts its one late reading before the fifth's: a Turkish status that is only "Alıcıda" (with the recipient) is a
delivery; a seventh (status_phrases_meaning_slavic_turkic_7) puts its corrections before the fifth's (a calling round
that did not get through a problem, "в постамате" waiting in a locker and "доставки в постамат" on the way to one, a
refusal of the parcel whatever its reason) and its late readings before the sixth's ("Согласована доставка" moving,
"Курьер забирает" only data).
Russian, Ukrainian
and Romanian have their own ordered steps (status_phrases_east), tried next, after the Romanian
phrases that decide against a broader Romanian word there (status_phrases_romanian); their Latin
phrases are chosen not to occur in the other languages ("retur" and "returnat" as whole
words, never any word starting "retur", which would take English "returned for redelivery").
Slovak words Czech would misread (status_phrases_central_baltic's SLOVAK_FIRST_STEPS: a carrier's reason after
"Nedoručené", "poškodená", "Príjem na rozvozové depo") come just before Czech (status_phrases_czech), then Slovak, Croatian/Serbian, Lithuanian, Latvian and
Estonian (status_phrases_central_baltic: after Czech, which already reads the Slovak words
it shares) and Vietnamese (status_phrases_vietnamese) come next, their phrases anchored on
words the other languages do not use ("zásilka", "pošiljka", "siunta", two-syllable
Vietnamese phrases). Hungarian, Turkish, Thai, Greek and Indonesian follow
(status_phrases_hungarian, _turkish, _thai, _greek_indonesian), each on words or a script no
other language here uses. Arabic, Hebrew and Malay follow (status_phrases_arabic_hebrew_malay:
Arabic and Hebrew substrings of their scripts, folded to one spelling of their letter variants;
Malay after Indonesian, whose shared words it leaves to it). Regional couriers' English
(status_phrases_english_regional: "Return - In Transit" is a return, "returned to local carrier depot as
undeliverable" a failed delivery, "Not out for delivery yet" still on the way) comes next, then national
posts' English and the UPU / IPS event names (status_phrases_english_postal: "Item returned from customs"
is back with the post, "Addressee cannot be located" a failed delivery), before the
English status labels of shipping integrations
(status_phrases_english_labels: "NDR", "Not Picked", "Out for Pickup") come last, before the
outcome phrases, followed by Indian couriers' scan texts and Sendle's events
(status_phrases_english_couriers: "Undelivered-Vehicle Breakdown Could Not Attempt" is no
failed attempt, "Manifest Scan" no label) and the English reasons carriers give for a hold or a failed attempt
(status_phrases_english_reasons: "missed the scheduled transfer time", "Export documentation is
incomplete", a receiver who cancelled the order and refused delivery), then the English of shipping notifications
(status_phrases_english_notifications: "Your order has a delivery exception" is a problem, "Pickup Ready" waits
for the recipient, "Delivery scheduled" is still on the way), then the English of express couriers' update descriptions
(status_phrases_english_express: "Attempted Delivery - Payment was Declined by Consignee / Awaiting Shipper
Instructions" fails the delivery, "Clearance In Progress- Awaiting Duty and Tax Payment" is a hold). German and Polish constructions that decide against the broad word beside them
(status_phrases_german_polish: a carrier's own error before the outcomes; "Abholung im Paketshop
durch Empfänger", "Magazynowanie przesyłki w oddziale" right after them) sit around the outcome steps,
each group followed by Polish read by its word forms (status_phrases_polish: a return named as "o zwrocie"
before the outcomes, "wyjątek w doręczeniu" and "oczekiwanie na odbiór" after them);
Korean and Spanish, Italian, Portuguese and French ones (status_phrases_korean, status_phrases_romance:
"미집하" is no pickup, "intento de entrega fallido ... retorno a centro logístico" no return,
"avis de retrait" no failed delivery) come just before them. Italian, Spanish and Portuguese read by their grammar
(status_phrases_meaning_romance: a storage opened at a courier's depot is a hold, "sarà consegnato oggi" out for
delivery, "pendiente de recogida por el transportista" only data) correct the broad words just before
status_phrases_romance, and read the texts nothing else reads after every other step; their second pass and Catalan
(status_phrases_meaning_romance_2: "o entregador saiu com seu pacote" is the last leg, "SPEDIZIONE IN GIACENZA C/O
FILIALE" a hold, "no s'ha pogut lliurar" a failed attempt) sit just before each of those two groups.
Freight occurrence and express event codes (status_phrases_freight: Brazilian freight carriers' OCOREN
occurrences, SGH Global Japan's events) sit on both sides of the outcome steps: "Vôo cancelado" is a delay,
not a cancellation, "Extravio de documentos" missing papers, not lost goods, "貨物未到着" a problem, not an
arrival. Shipping-label platforms' and Taiwan's convenience-store logistics' words (status_phrases_label_platforms)
sit in two groups: a parcel awaiting the recipient's collection just before the outcome steps ("awaiting
pickup by the receiver" waits for pickup), and a label, a registered shipment or order data with no parcel
yet ("pending - registered", "Versandmarke erstellt", "已收到訂單資料") after the German steps that follow them.
Non-delivery reason tables (status_phrases_undelivered_reasons: EMS's not-signed-for reasons, JNE's English
codes) sit on both sides of the outcome steps: "法定假日，无法投递" is a problem before the broad "无法投递" reads it,
"人已他往" and "查无此单位" fail the delivery after a named return has had its say. Last-mile delivery apps' words (status_phrases_last_mile) sit in three groups: a Russian pickup point reached
("прибыло в ПВЗ") before the Russian steps; a driver at the seller's pickup location, a delivery replaced by
one back to the sender, Swedish "levererat till ett paketombud" just before the outcome steps; the driver's
legs to the seller (information received) and to the drop-off (out for delivery) and the platforms' codes
("ENROUTE_TO_DROPOFF") after the label platforms' late steps.
China's cross-border providers' words (status_phrases_crossborder) sit right after the outcome steps
("找不到收件人" fails the delivery, "未上网" is only data) and between the broad problem words and the
broad label and movement words ("运输延迟" is a problem, "Order Processing" only data, "已上网" moving).
Dutch, German, Scandinavian and Finnish read by tense, voice and the day named (status_phrases_meaning_west_germanic
and its _2 module) sit in four groups: a delivery the carrier put off for its own reason ("niet bezorgd door drukte",
"wegen Fahrzeugausfall"), a payment of duties that failed, the driver "matkalla luoksesi" just before the outcome steps; a delivery in the past with today ("wurde heute zugestellt") or collected by the recipient just before
the pickup step; a delivery in the future or present with today or a time window today ("wordt vandaag tussen
13:15 en 15:15 bezorgd") right after the first out-for-delivery step, before a delivery to come or the bare
"bezorgd" read it; the driver on the way, a parcel left at the door and a failed attempt in other words just
before the broad label and movement words ("onderweg", "geladen", "unterwegs"). A third module
(status_phrases_meaning_west_germanic_3) puts one group just before each of its early, first and late groups: a
message delivered, a cancelled return, a parcel "delivered" to the sender before the outcome steps; a parcel
"delivered" to a hub or handed in by the sender, collected by the recipient, and the terse codes of the round
("Uitgereden", "Bij bezorger", "Auslieferung") before the pickup step; the van, a sender preparing, "umgeschlagen",
"verstuurd" before the broad words. A fourth (status_phrases_meaning_west_germanic_4) puts one group just before
each of the third's: a payment cancelled or a return label made before the outcome steps; a courier coming to
collect, a window with no day named, the stops left ("Je bent de volgende stop") before the pickup step; the driver
with the parcel, "Übernahme", "eingelangt", "niet geladen" before the broad words. A fifth (status_phrases_meaning_west_germanic_5, round 34) puts a carrier
still seeking another address before the fourth's early group, and a recipient missing from a building's directory
or a parcel kept for a later delivery date before its late group.
Korean, Chinese and Japanese read by meaning (status_phrases_meaning_east_asian) sit in three groups: a
flight cancelled ("航班取消") or a parcel left at the door although nobody was in just before the outcome steps; words the last steps would misread ("预计明天送达",
"배송 완료 예정", "税関から受領", "수령을 거부") just before them; and words nothing else reads, last of all.
Their third module (status_phrases_meaning_east_asian_3) adds two groups: a parcel left at the door although nobody
was in, a proxy receipt refused ("대리수령불가") or a parcel forwarded to a new address ("転居先へ転送") just after the
first, and the terse reasons a courier records for an item it could not hand over ("해외체류", "該当者なし",
"收件人已离职") just before the broad words of a problem or a movement. Their fourth module
(status_phrases_meaning_east_asian_4) puts one group right after the third's first group (a bonded storage yard's
in and out scans move on, scans of goods coming back ("返货签收") are a return, "预派送" is not yet the round, a
station's "代签" waits for the recipient, the sender out is only data) and one right after the first module's
late group (terse station steps nothing else reads: "开单", "出站", "集貨", "到著", "持回", "正常配交"). Their fifth
(status_phrases_meaning_east_asian_5) puts one group right after the fourth's first group (a collection gone wrong,
"取件異常", is only data; "回站保管", kept back at the station, is held) and one right after the fourth's late group (a
booking's states standing alone, "新單", "Đã xác nhận", "ยืนยันแล้ว", only data; "Lấy hàng thành công" and
"ระหว่างจัดส่ง" moving; "Chưa giao được" a failed delivery; "sẽ sớm được giao" and "đến trạm giao hàng" still on
the way, "chuẩn bị giao tới người mua" the round); its Vietnamese group sits right after status_phrases_meaning_east_asian_2's
first group (a request still being sent to the carrier, "gửi yêu cầu đến đối tác vận chuyển", is only data).
Vietnamese read by meaning (status_phrases_meaning_east_asian_2) sits just before status_phrases_vietnamese (the
order's details sent to the carrier, a wait for the seller to send it: data only) and at the very end.
English read by its grammar and meaning (status_phrases_meaning_english) sits in three groups: before the
Indian couriers' English (a customs office closed, a parcel arriving later than expected or by a time of
day), after the last-mile apps' late steps (contracted negations, a courier's collection from the sender,
a delivery due today, a parcel left at the door, before "awaiting collection", "will be delivered" or the
broad words read them), and last of all, for sentences nothing else reads ("making its way", "5 stops away").
French, Hungarian and Romanian read by their grammar and meaning (status_phrases_meaning_fr_hu_ro) sit in three groups: Romanian and Hungarian corrections before the
Russian, Ukrainian and Romanian steps ("va fi livrat mâine" is on the way, "a depóba kézbesítettük" a
hand-over), French corrections just before the outcome steps ("déposé … par l'expéditeur" moves on,
"emballage endommagé, contrôle en cours" is a hold), and the wordings nothing else reads after all.
Their second module (status_phrases_meaning_fr_hu_ro_2) puts one group just before each of those three: the
wordings of shops, post offices, lockers and drivers' apps round 24 did not think of ("Vámkezelésre vár" and
"Sérült küldemény - ellenőrzés" are holds, "nu a fost livrat încă" moving, "Le client n'était pas disponible" a
failed attempt, "retiré au Point Relais" collected).
Their third passes (status_phrases_meaning_romance_3, status_phrases_meaning_fr_hu_ro_3) sit just before the second
ones, and the Romanian and Hungarian group before status_phrases_romanian: a refund is nothing about the parcel,
a delivery to a partner, an airline or customs a hand-over ("consegnato al partner estero", "entregue aos Correios",
"kézbesítve a partner futárszolgálatnak"), a pickup from the sender to come or failed only data ("Intento de
recogida fallido"), "nu a fost livrat" a failed delivery, Italian and Hungarian codes for holds ("Zona disagiata",
"Hibás címke") and failed attempts ("Ditta cessata", "Házszám hiányzik"); their fourth pass (round 27, in the same
groups) reads an SMS "non consegnato" as nothing, "MANCATA CONSEGNA PER SCIOPERO" as a hold, a refusal over the
damaged packaging it names, and terse storage and exception codes ("GIACENZA: CONTRASSEGNO NON PRONTO", "Darabszám
eltérés"). A fifth French pass (status_phrases_meaning_fr_hu_ro_5) reads a refusal named by the one who
refused ("Refus destinataire", "Refus client") among the wordings nothing else reads, before the fourth's Hungarian
late steps.
A fifth Spanish pass (status_phrases_meaning_romance_5, round 34) puts one group before each of the
fourth's: a recipient not available, a piece on its way to the recipient, an eventuality on the route, a pickup
not made, the home delivery come back to the branch before the broad words; a pickup done at the sender's, a
parcel held for collection at the branch ("Retención Ocurre"), a wrong delivery keyword, goods seized after them.
A seventh Spanish pass (status_phrases_meaning_romance_6, round 40) puts one group before each of the fifth's: a
courier on the way to collect the order leaves it with the sender and one on the way to deliver it is the round, not
the bare "va camino a"; then an order offered or assigned to a courier, a failure while collecting and one during
the delivery, a shipment "en viaje".
A second Arabic pass (status_phrases_meaning_asia_mideast_2, round 42, with Persian and a French word) puts one
group just before status_phrases_meaning_asia_mideast's first steps: a parcel taken in at the carrier's branch or
warehouse moves even where it was registered there, one handed over "to delivery" is with the carrier, a collection
asked of the merchant is only data, a follow-up before a return and a delivery time set again hold the parcel, a
recipient who asked to put the delivery off fails it, a hand-over the carrier refused is a problem; and one just
before that module's late steps: the states before the carrier has the goods (a draft, approved, ready for
shipping, the carrier notified or awaited), the carrier's hands and places, postponements, a shipment deleted.
An Italian pass of its own (status_phrases_meaning_italian, a parcel-locker network's words) sits just
before status_phrases_meaning_romance_4's two groups: "consegnato per la consegna" is the round, a parcel that waits
for its collection waits for the recipient even where a return is named as what follows, a parcel set off back
towards the sender is a return; then a parcel put into a locker waits there, unless the sender put it in, a parcel
waiting for the courier to take it out of a locker, waiting to be transferred or in the recipient's town moves on,
"Pacco fuori misura" and a complaint are problems, "Pacco creato" only data, the parcel's journey ended a delivery.
The phrases in many languages at once that decide between moving, waiting and delivered
(status_phrases_general) sit in three places: the sender's side after the last-mile apps' late steps, the pickup
place and the delivery van after the Dutch and German pickup corrections, a delivery still to come, the last leg
and the bare words of a delivery after a delivery due today in Dutch and German.
The broad words of a problem, a label and any movement (status_phrases_broad) come before the wordings
nothing else reads.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_arabic_hebrew_malay import ARABIC_HEBREW_MALAY_STEPS
from lossanalytics.normalise.status_phrases_broad import BROAD_LABEL_AND_MOVEMENT_STEPS, BROAD_PROBLEM_STEPS
from lossanalytics.normalise.status_phrases_bulgarian import BULGARIAN_STEPS
from lossanalytics.normalise.status_phrases_central_baltic import CENTRAL_BALTIC_STEPS, SLOVAK_FIRST_STEPS
from lossanalytics.normalise.status_phrases_crossborder import CROSSBORDER_AFTER_OUTCOME_STEPS, CROSSBORDER_LATE_STEPS
from lossanalytics.normalise.status_phrases_czech import CZECH_STEPS
from lossanalytics.normalise.status_phrases_east import EAST_STEPS
from lossanalytics.normalise.status_phrases_english_couriers import ENGLISH_COURIER_STEPS
from lossanalytics.normalise.status_phrases_english_express import ENGLISH_EXPRESS_STEPS
from lossanalytics.normalise.status_phrases_english_labels import ENGLISH_LABEL_STEPS
from lossanalytics.normalise.status_phrases_english_notifications import ENGLISH_NOTIFICATION_STEPS
from lossanalytics.normalise.status_phrases_english_postal import ENGLISH_POSTAL_STEPS
from lossanalytics.normalise.status_phrases_english_reasons import ENGLISH_REASON_STEPS
from lossanalytics.normalise.status_phrases_english_regional import ENGLISH_REGIONAL_STEPS
from lossanalytics.normalise.status_phrases_freight import FREIGHT_AFTER_OUTCOME_STEPS, FREIGHT_FIRST_STEPS
from lossanalytics.normalise.status_phrases_general import (
    GENERAL_LAST_LEG_STEPS,
    GENERAL_PICKUP_AND_VAN_STEPS,
    GENERAL_SENDER_STEPS,
)
from lossanalytics.normalise.status_phrases_german_polish import GERMAN_POLISH_FIRST_STEPS, GERMAN_POLISH_STEPS
from lossanalytics.normalise.status_phrases_greek_indonesian import GREEK_INDONESIAN_STEPS
from lossanalytics.normalise.status_phrases_hungarian import HUNGARIAN_STEPS
from lossanalytics.normalise.status_phrases_korean import KOREAN_STEPS
from lossanalytics.normalise.status_phrases_label_platforms import LABEL_PLATFORM_FIRST_STEPS, LABEL_PLATFORM_LATE_STEPS
from lossanalytics.normalise.status_phrases_last_leg import LAST_LEG_STEPS
from lossanalytics.normalise.status_phrases_last_mile import (
    LAST_MILE_EAST_STEPS,
    LAST_MILE_FIRST_STEPS,
    LAST_MILE_LATE_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_asia_mideast import (
    ASIA_MIDEAST_FIRST_STEPS,
    ASIA_MIDEAST_LATE_STEPS,
    ASIA_MIDEAST_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_2 import (
    ASIA_MIDEAST_FIRST_STEPS_2,
    ASIA_MIDEAST_LATE_STEPS_2,
)
from lossanalytics.normalise.status_phrases_meaning_dispatch import DISPATCH_FIRST_STEPS, DISPATCH_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian import (
    EAST_ASIAN_CORRECTING_STEPS,
    EAST_ASIAN_FIRST_STEPS,
    EAST_ASIAN_LATE_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_east_asian_2 import (
    VIETNAMESE_MEANING_FIRST_STEPS,
    VIETNAMESE_MEANING_LATE_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_east_asian_3 import (
    EAST_ASIAN_3_FIRST_STEPS,
    EAST_ASIAN_3_REASON_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_east_asian_4 import (
    EAST_ASIAN_4_FIRST_STEPS,
    EAST_ASIAN_4_LATE_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_east_asian_5 import (
    EAST_ASIAN_5_FIRST_STEPS,
    EAST_ASIAN_5_LATE_STEPS,
    EAST_ASIAN_5_VIETNAMESE_FIRST_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english import (
    MEANING_ENGLISH_FIRST_STEPS,
    MEANING_ENGLISH_LATE_STEPS,
    MEANING_ENGLISH_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro import (
    FR_HU_RO_LATE_STEPS,
    FRENCH_FIRST_STEPS,
    ROMANIAN_HUNGARIAN_FIRST_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_2 import (
    FR_HU_RO_LATE_STEPS_2,
    FRENCH_FIRST_STEPS_2,
    RO_HU_FIRST_STEPS_2,
)
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_3 import (
    FR_HU_RO_LATE_STEPS_3,
    FRENCH_FIRST_STEPS_3,
    RO_HU_FIRST_STEPS_3,
)
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_4 import HU_FIRST_STEPS_4, HU_LATE_STEPS_4
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_5 import FR_LATE_STEPS_5
from lossanalytics.normalise.status_phrases_meaning_greek import (
    BULGARIAN_MEANING_FIRST_STEPS,
    BULGARIAN_MEANING_LATE_STEPS,
    GREEK_MEANING_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_italian import ITALIAN_FIRST_STEPS, ITALIAN_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_nordic import (
    NORDIC_MEANING_EARLY_STEPS,
    NORDIC_MEANING_FIRST_STEPS,
    NORDIC_MEANING_LATE_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_ro_tr import RO_TR_FIRST_STEPS, RO_TR_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance import (
    ROMANCE_MEANING_FIRST_STEPS,
    ROMANCE_MEANING_LAST_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_romance_2 import ROMANCE_2_FIRST_STEPS, ROMANCE_2_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_3 import ROMANCE_3_FIRST_STEPS, ROMANCE_3_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_4 import ROMANCE_4_FIRST_STEPS, ROMANCE_4_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_5 import ROMANCE_5_FIRST_STEPS, ROMANCE_5_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_6 import ROMANCE_6_FIRST_STEPS, ROMANCE_6_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic import SLAVIC_TURKIC_FIRST_STEPS, SLAVIC_TURKIC_STEPS
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_2 import (
    BULGARIAN_FIRST_STEPS_2,
    SLAVIC_TURKIC_FIRST_STEPS_2,
    SLAVIC_TURKIC_STEPS_2,
)
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_3 import (
    SLAVIC_TURKIC_FIRST_STEPS_3,
    SLAVIC_TURKIC_STEPS_3,
)
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_4 import (
    SLAVIC_TURKIC_FIRST_STEPS_4,
    SLAVIC_TURKIC_STEPS_4,
)
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_5 import (
    SLAVIC_TURKIC_FIRST_STEPS_5,
    SLAVIC_TURKIC_STEPS_5,
)
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_6 import SLAVIC_TURKIC_STEPS_6
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_7 import (
    SLAVIC_TURKIC_FIRST_STEPS_7,
    SLAVIC_TURKIC_STEPS_7,
)
from lossanalytics.normalise.status_phrases_meaning_west_germanic import (
    WEST_GERMANIC_EARLY_STEPS,
    WEST_GERMANIC_FIRST_STEPS,
    WEST_GERMANIC_LATE_STEPS,
    WEST_GERMANIC_TODAY_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_west_germanic_3 import (
    WEST_GERMANIC_EARLY_STEPS_3,
    WEST_GERMANIC_FIRST_STEPS_3,
    WEST_GERMANIC_LATE_STEPS_3,
)
from lossanalytics.normalise.status_phrases_meaning_west_germanic_4 import (
    WEST_GERMANIC_EARLY_STEPS_4,
    WEST_GERMANIC_FIRST_STEPS_4,
    WEST_GERMANIC_LATE_STEPS_4,
)
from lossanalytics.normalise.status_phrases_meaning_west_germanic_5 import (
    WEST_GERMANIC_EARLY_STEPS_5,
    WEST_GERMANIC_LATE_STEPS_5,
)
from lossanalytics.normalise.status_phrases_outcomes import OUTCOME_STEPS, Step
from lossanalytics.normalise.status_phrases_polish import POLISH_FIRST_STEPS, POLISH_STEPS
from lossanalytics.normalise.status_phrases_romance import ROMANCE_FIRST_STEPS
from lossanalytics.normalise.status_phrases_romanian import ROMANIAN_STEPS
from lossanalytics.normalise.status_phrases_thai import THAI_STEPS
from lossanalytics.normalise.status_phrases_turkish import TURKISH_STEPS
from lossanalytics.normalise.status_phrases_undelivered_reasons import (
    UNDELIVERED_AFTER_OUTCOME_STEPS,
    UNDELIVERED_FIRST_STEPS,
)
from lossanalytics.normalise.status_phrases_vietnamese import VIETNAMESE_STEPS

STEPS: tuple[Step, ...] = (
    *DISPATCH_FIRST_STEPS,
    *BULGARIAN_MEANING_FIRST_STEPS,
    *BULGARIAN_FIRST_STEPS_2,
    *BULGARIAN_STEPS,
    *LAST_MILE_EAST_STEPS,
    *RO_TR_FIRST_STEPS,
    *HU_FIRST_STEPS_4,
    *RO_HU_FIRST_STEPS_3,
    *ROMANIAN_STEPS,
    *RO_HU_FIRST_STEPS_2,
    *ROMANIAN_HUNGARIAN_FIRST_STEPS,
    *SLAVIC_TURKIC_FIRST_STEPS_7,
    *SLAVIC_TURKIC_FIRST_STEPS_5,
    *SLAVIC_TURKIC_FIRST_STEPS_4,
    *SLAVIC_TURKIC_FIRST_STEPS,
    *SLAVIC_TURKIC_FIRST_STEPS_2,
    *SLAVIC_TURKIC_FIRST_STEPS_3,
    *EAST_STEPS,
    *SLOVAK_FIRST_STEPS,
    *CZECH_STEPS,
    *CENTRAL_BALTIC_STEPS,
    *VIETNAMESE_MEANING_FIRST_STEPS,
    *EAST_ASIAN_5_VIETNAMESE_FIRST_STEPS,
    *VIETNAMESE_STEPS,
    *HUNGARIAN_STEPS,
    *TURKISH_STEPS,
    *ASIA_MIDEAST_FIRST_STEPS_2,
    *ASIA_MIDEAST_FIRST_STEPS,
    *THAI_STEPS,
    *GREEK_MEANING_STEPS,
    *GREEK_INDONESIAN_STEPS,
    *ARABIC_HEBREW_MALAY_STEPS,
    *ASIA_MIDEAST_STEPS,
    *ENGLISH_REGIONAL_STEPS,
    *ENGLISH_POSTAL_STEPS,
    *ENGLISH_LABEL_STEPS,
    *MEANING_ENGLISH_FIRST_STEPS,
    *ENGLISH_COURIER_STEPS,
    *ENGLISH_REASON_STEPS,
    *ENGLISH_NOTIFICATION_STEPS,
    *ENGLISH_EXPRESS_STEPS,
    *GERMAN_POLISH_FIRST_STEPS,
    *POLISH_FIRST_STEPS,
    *KOREAN_STEPS,
    *FREIGHT_FIRST_STEPS,
    *ROMANCE_6_FIRST_STEPS,
    *ROMANCE_5_FIRST_STEPS,
    *ITALIAN_FIRST_STEPS,
    *ROMANCE_4_FIRST_STEPS,
    *ROMANCE_3_FIRST_STEPS,
    *ROMANCE_2_FIRST_STEPS,
    *ROMANCE_MEANING_FIRST_STEPS,
    *ROMANCE_FIRST_STEPS,
    *LABEL_PLATFORM_FIRST_STEPS,
    *UNDELIVERED_FIRST_STEPS,
    *LAST_MILE_FIRST_STEPS,
    *EAST_ASIAN_FIRST_STEPS,
    *EAST_ASIAN_3_FIRST_STEPS,
    *EAST_ASIAN_4_FIRST_STEPS,
    *EAST_ASIAN_5_FIRST_STEPS,
    *FRENCH_FIRST_STEPS_3,
    *FRENCH_FIRST_STEPS_2,
    *FRENCH_FIRST_STEPS,
    *NORDIC_MEANING_EARLY_STEPS,
    *WEST_GERMANIC_EARLY_STEPS_5,
    *WEST_GERMANIC_EARLY_STEPS_4,
    *WEST_GERMANIC_EARLY_STEPS_3,
    *WEST_GERMANIC_EARLY_STEPS,
    *OUTCOME_STEPS,
    *LAST_LEG_STEPS,
    *CROSSBORDER_AFTER_OUTCOME_STEPS,
    *UNDELIVERED_AFTER_OUTCOME_STEPS,
    *FREIGHT_AFTER_OUTCOME_STEPS,
    *GERMAN_POLISH_STEPS,
    *POLISH_STEPS,
    *LABEL_PLATFORM_LATE_STEPS,
    *LAST_MILE_LATE_STEPS,
    *EAST_ASIAN_CORRECTING_STEPS,
    *MEANING_ENGLISH_LATE_STEPS,
    *GENERAL_SENDER_STEPS,
    *NORDIC_MEANING_FIRST_STEPS,
    *WEST_GERMANIC_FIRST_STEPS_4,
    *WEST_GERMANIC_FIRST_STEPS_3,
    *WEST_GERMANIC_FIRST_STEPS,
    *GENERAL_PICKUP_AND_VAN_STEPS,
    *WEST_GERMANIC_TODAY_STEPS,
    *GENERAL_LAST_LEG_STEPS,
    *EAST_ASIAN_3_REASON_STEPS,
    *BROAD_PROBLEM_STEPS,
    *CROSSBORDER_LATE_STEPS,
    *NORDIC_MEANING_LATE_STEPS,
    *WEST_GERMANIC_LATE_STEPS_5,
    *WEST_GERMANIC_LATE_STEPS_4,
    *WEST_GERMANIC_LATE_STEPS_3,
    *WEST_GERMANIC_LATE_STEPS,
    *BROAD_LABEL_AND_MOVEMENT_STEPS,
    *EAST_ASIAN_LATE_STEPS,
    *EAST_ASIAN_4_LATE_STEPS,
    *EAST_ASIAN_5_LATE_STEPS,
    *ROMANCE_6_LATE_STEPS,
    *ROMANCE_5_LATE_STEPS,
    *ITALIAN_LATE_STEPS,
    *ROMANCE_4_LATE_STEPS,
    *ROMANCE_3_LATE_STEPS,
    *ROMANCE_2_LATE_STEPS,
    *ROMANCE_MEANING_LAST_STEPS,
    *MEANING_ENGLISH_STEPS,
    *RO_TR_LATE_STEPS,
    *FR_LATE_STEPS_5,
    *HU_LATE_STEPS_4,
    *FR_HU_RO_LATE_STEPS_3,
    *FR_HU_RO_LATE_STEPS_2,
    *FR_HU_RO_LATE_STEPS,
    *SLAVIC_TURKIC_STEPS_7,
    *SLAVIC_TURKIC_STEPS_6,
    *SLAVIC_TURKIC_STEPS_5,
    *SLAVIC_TURKIC_STEPS_4,
    *SLAVIC_TURKIC_STEPS_3,
    *SLAVIC_TURKIC_STEPS_2,
    *SLAVIC_TURKIC_STEPS,
    *VIETNAMESE_MEANING_LATE_STEPS,
    *BULGARIAN_MEANING_LATE_STEPS,
    *ASIA_MIDEAST_LATE_STEPS_2,
    *ASIA_MIDEAST_LATE_STEPS,
    *DISPATCH_STEPS,
)
