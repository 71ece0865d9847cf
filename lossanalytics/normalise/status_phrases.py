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
(tests/corpus/SOURCES.md names each table). Norwegian and Danish "ø" and "æ"
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
moc", "Kargonuz kuryede"). Russian, Ukrainian
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
"verstuurd" before the broad words.
Korean, Chinese and Japanese read by meaning (status_phrases_meaning_east_asian) sit in three groups: a
flight cancelled ("航班取消") or a parcel left at the door although nobody was in just before the outcome steps; words the last steps would misread ("预计明天送达",
"배송 완료 예정", "税関から受領", "수령을 거부") just before them; and words nothing else reads, last of all.
Their third module (status_phrases_meaning_east_asian_3) adds two groups: a parcel left at the door although nobody
was in, a proxy receipt refused ("대리수령불가") or a parcel forwarded to a new address ("転居先へ転送") just after the
first, and the terse reasons a courier records for an item it could not hand over ("해외체류", "該当者なし",
"收件人已离职") just before the broad words of a problem or a movement.
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
"Hibás címke") and failed attempts ("Ditta cessata", "Házszám hiányzik").
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
from lossanalytics.normalise.status_phrases_meaning_romance import (
    ROMANCE_MEANING_FIRST_STEPS,
    ROMANCE_MEANING_LAST_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_romance_2 import ROMANCE_2_FIRST_STEPS, ROMANCE_2_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_3 import ROMANCE_3_FIRST_STEPS, ROMANCE_3_LATE_STEPS
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
from lossanalytics.normalise.status_phrases_outcomes import OUTCOME_STEPS, PICKUP_PLACE, RECIPIENT, Step
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
    *BULGARIAN_FIRST_STEPS_2,
    *BULGARIAN_STEPS,
    *LAST_MILE_EAST_STEPS,
    *RO_HU_FIRST_STEPS_3,
    *ROMANIAN_STEPS,
    *RO_HU_FIRST_STEPS_2,
    *ROMANIAN_HUNGARIAN_FIRST_STEPS,
    *SLAVIC_TURKIC_FIRST_STEPS,
    *SLAVIC_TURKIC_FIRST_STEPS_2,
    *SLAVIC_TURKIC_FIRST_STEPS_3,
    *EAST_STEPS,
    *SLOVAK_FIRST_STEPS,
    *CZECH_STEPS,
    *CENTRAL_BALTIC_STEPS,
    *VIETNAMESE_MEANING_FIRST_STEPS,
    *VIETNAMESE_STEPS,
    *HUNGARIAN_STEPS,
    *TURKISH_STEPS,
    *THAI_STEPS,
    *GREEK_INDONESIAN_STEPS,
    *ARABIC_HEBREW_MALAY_STEPS,
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
    *ROMANCE_3_FIRST_STEPS,
    *ROMANCE_2_FIRST_STEPS,
    *ROMANCE_MEANING_FIRST_STEPS,
    *ROMANCE_FIRST_STEPS,
    *LABEL_PLATFORM_FIRST_STEPS,
    *UNDELIVERED_FIRST_STEPS,
    *LAST_MILE_FIRST_STEPS,
    *EAST_ASIAN_FIRST_STEPS,
    *EAST_ASIAN_3_FIRST_STEPS,
    *FRENCH_FIRST_STEPS_3,
    *FRENCH_FIRST_STEPS_2,
    *FRENCH_FIRST_STEPS,
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
    *WEST_GERMANIC_FIRST_STEPS_3,
    *WEST_GERMANIC_FIRST_STEPS,
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
    *WEST_GERMANIC_TODAY_STEPS,
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
    *EAST_ASIAN_3_REASON_STEPS,
    *BROAD_PROBLEM_STEPS,
    *CROSSBORDER_LATE_STEPS,
    *WEST_GERMANIC_LATE_STEPS_3,
    *WEST_GERMANIC_LATE_STEPS,
    *BROAD_LABEL_AND_MOVEMENT_STEPS,
    *EAST_ASIAN_LATE_STEPS,
    *ROMANCE_3_LATE_STEPS,
    *ROMANCE_2_LATE_STEPS,
    *ROMANCE_MEANING_LAST_STEPS,
    *MEANING_ENGLISH_STEPS,
    *FR_HU_RO_LATE_STEPS_3,
    *FR_HU_RO_LATE_STEPS_2,
    *FR_HU_RO_LATE_STEPS,
    *SLAVIC_TURKIC_STEPS_3,
    *SLAVIC_TURKIC_STEPS_2,
    *SLAVIC_TURKIC_STEPS,
    *VIETNAMESE_MEANING_LATE_STEPS,
)
