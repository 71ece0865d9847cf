"""Dutch and German event texts read by their grammar and meaning (twenty-sixth round, d), in three groups
that status_phrases places beside status_phrases_meaning_west_germanic's.

WEST_GERMANIC_EARLY_STEPS_3 come just before WEST_GERMANIC_EARLY_STEPS, before the outcome steps: a
message delivered or not ("SMS konnte nicht zugestellt werden", "E-mail bezorgd") and a cancelled return
("Retoure storniert", "Retour geannuleerd") say nothing of the parcel: unread; a pickup from the sender still
planned ("Abholung beim Versender geplant", "Ophalen bij afzender gepland") or an order received is only
data; a parcel "delivered" to the sender ("Dem Absender zugestellt", "Bezorgd bij de afzender") is a return.

WEST_GERMANIC_FIRST_STEPS_3 come just before WEST_GERMANIC_FIRST_STEPS, before the pickup step and the bare
"zugestellt" / "bezorgd": delivered to a sorting centre, customs or a subcontractor, handed in at a post
office or pickup point by the sender ("Bezorgd bij het sorteercentrum", "Zugestellt an Subunternehmer",
"Ingeleverd bij PostNL-punt", "in der Filiale eingeliefert") moves on; collected by the recipient ("Abgeholt
vom Empfänger") is a delivery; the terse codes of the delivery round ("Bezorging", "Uitgereden", "Bij
bezorger", "Met koerier", "Auslieferung", "Paket wird ausgeliefert") are the last leg.

WEST_GERMANIC_LATE_STEPS_3 come just before WEST_GERMANIC_LATE_STEPS, before the broad words ("geladen",
"verpakt", "übernommen") read them: on the delivery van or on the way to the delivery address is the last
leg; a packaging repaired, a delivery delay, import duties to pay a problem; a label printed, an order picked
or prepared by the sender only data; carried, taken over, flown, sent, scanned, transshipped, in the country
of destination on the way; "afhaalbaar" waits for the recipient; a "Rückführung" is a return.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as
spaces); whole words. Written by the team to DESIGN §4 from how Dutch and German carriers, posts, shops
and portals word their steps (examples in tests/test_status_meaning_west_germanic_3.py), not copied from
any publisher.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_meaning_west_germanic import NL_DRIVER
from lossanalytics.normalise.status_phrases_outcomes import Step

# A message, not the parcel.
# Whole words ("Benachrichtigungskarte" is the card a driver leaves), and the words between may not name the parcel.
_MESSAGE = (r"(?:sms|e ?mail|email|nachricht|nachrichten|benachrichtigung|benachrichtigungen|bericht|berichten|melding|meldingen|"
            r"notificatie|mitteilung)")
_NOT_PARCEL = r"(?:(?!sendung|paket|bestellung|lieferung|zending|pakket|pakje|bestelling)\w+ ){0,3}"
_NL_HUB = r"(?:depot|sorteercentrum|distributiecentrum|hub|douane|magazijn|overslag\w*|vervoerder|onderaannemer)\w*"
_DE_HUB = (r"(?:subunternehmer|partner|zustellpartner|spediteur|paketzentrum|depot|verteilzentrum|sortierzentrum|"
           r"zustellbasis|hub|zoll|zollamt|lager)\w*")
_NL_POINT = (r"(?:servicepoint|service point|servicepunt|parcelshop|parcel shop|pakketpunt|postnl punt|postkantoor|"
             r"afhaalpunt|pakketautomaat)\w*")

WEST_GERMANIC_EARLY_STEPS_3: tuple[Step, ...] = (
    # A message delivered or not, a return cancelled: nothing about the parcel.
    ("unknown", {
        "nl": (_MESSAGE + " " + _NOT_PARCEL + r"(?:niet |kon niet worden )?(?:bezorgd|afgeleverd|verzonden)", r"^retour\w* geannuleerd$",
               r"(?:betaling|creditcard|incasso)\w* (?:\w+ )?(?:geweigerd|mislukt|afgewezen)"),
        "de": (_MESSAGE + " " + _NOT_PARCEL + r"zugestellt", r"^(?:retoure|rucksendung) (?:wurde )?storniert$"),
    }),
    # A pickup from the sender still to come, an order received: only data.
    ("info_received", {
        "nl": (r"ophal\w* (?:\w+ ){0,2}(?:bij|van) (?:de )?(?:afzender|verzender|webshop)\w* (?:\w+ )?(?:gepland|ingepland|aangevraagd)",
               r"^(?:je |uw )?bestelling (?:is )?(?:ontvangen|geplaatst|bevestigd)$"),
        "de": (r"abholung (?:\w+ ){0,3}(?:geplant|beauftragt|angemeldet|vereinbart|avisiert)",
               r"^(?:ihre |deine )?bestellung (?:ist )?(?:eingegangen|eingetroffen)$"),
    }),
    # Handed to the sender: back where it came from.
    ("returned", {
        "nl": (r"(?:bezorgd|afgeleverd|geleverd) (?:bij|aan) (?:de )?(?:afzender|verzender|webshop)",),
        "de": (r"(?:dem|an den) (?:absender|versender) (?:\w+ )?(?:zugestellt|ubergeben|ausgeliefert)",),
    }),
)

WEST_GERMANIC_FIRST_STEPS_3: tuple[Step, ...] = (
    # Delivered to a hub, customs or a subcontractor, handed in by the sender at a pickup point or branch: moving on.
    ("in_transit", {
        "nl": (r"(?:bezorgd|geleverd|afgeleverd) (?:bij|in|aan|op) (?:het |de |een )?(?:\w+ )?" + _NL_HUB,
               r"(?:ingeleverd|aangeboden) (?:bij|in|op) (?:een |het |de )?(?:\w+ )?" + _NL_POINT,
               r"(?:morgen|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) (?:in )?bezorging"),
        "de": (r"(?:zugestellt|geliefert|ausgeliefert) (?:an|in|bei|zu[mr]?) (?:den |die |das |dem |einen |ein |eine )?(?:\w+ )?" + _DE_HUB,
               r"(?:in|an|bei) (?:der |die |einer )?(?:\w+ )?(?:filiale|postfiliale|packstation|paketshop)\w* (?:\w+ )?eingeliefert"),
    }),
    # Delivered to a branch, locker or parcel shop: waiting there.
    ("available_for_pickup", {
        "de": (r"(?:zugestellt|geliefert) (?:an|in) (?:die |der |eine |einer |den |das )?(?:\w+ )?"
               r"(?:filiale|postfiliale|packstation|paketshop|paketbox|abholstation)\w*",
               r"(?:an|in) (?:die |der |eine |einer |den |das )?(?:\w+ )?(?:filiale|postfiliale|packstation|paketshop|paketbox|abholstation)\w* "
               r"(?:\w+ )?(?:zugestellt|geliefert)"),
    }),
    # Collected by the recipient.
    ("delivered", {
        "de": (r"abgeholt (?:vom|von der|durch den|durch die) empfanger\w*",),
    }),
    # The terse codes of the delivery round, and a delivery under way with no day named: the last leg.
    ("out_for_delivery", {
        "nl": (r"^(?:(?:je |uw )?(?:pakket|zending|pakje|bestelling)\w* (?:is )?)?(?:bij|met) (?:de |je |uw )?" + NL_DRIVER + r"$",
               r"^(?:in )?bezorging$", r"(?<!niet )uitgereden",
               r"vandaag (?:in )?(?:bezorging|levering|aflevering)\b(?! (?:\w+ )?(?:niet|geen))"),
        "de": (r"^auslieferung$", r"(?:paket|sendung|lieferung) ist gleich da", r"(?:zustellung|zustelltour) beginnt",
               r"^(?:die |ihre |ihr |das |dein |deine )?(?:sendung|paket|bestellung|lieferung) wird (?:jetzt |gerade |nun )?"
               r"(?:ausgeliefert|zugestellt)$"),
    }),
)

WEST_GERMANIC_LATE_STEPS_3: tuple[Step, ...] = (
    # A packaging repaired, a delivery delayed, duties to pay: a problem.
    ("exception", {
        "nl": (r"(?:wordt|is|werd) (?:\w+ )?(?:opnieuw verpakt|herverpakt)",),
        "de": (r"(?:liefer|zustell)verzogerung\w*",
               r"(?:einfuhrabgaben|zollgebuhren|zoll|abgaben|einfuhrumsatzsteuer) (?:\w+ )?(?:bezahlen|begleichen|entrichten)"),
    }),
    # On the delivery van, on the way to the delivery address: the last leg.
    ("out_for_delivery", {
        "nl": (r"geladen (?:in|op) (?:de |het )?(?:bezorg|bestel)?(?:bus|wagen|auto|busje)\b",
               r"(?:op weg|onderweg) naar (?:het |de |je |uw )?(?:bezorgadres|afleveradres)",
               r"(?:zit|ligt|is) in de (?:bezorg|bestel)?(?:bus|wagen|auto)\b"),
    }),
    ("available_for_pickup", {
        "nl": (r"afhaalbaar",),
    }),
    ("returned", {
        "de": (r"ruckfuhrung\w*",),
    }),
    # A label printed, a parcel registered or not yet handed in, an order picked or prepared: only data.
    ("info_received", {
        # A driver on the way to the sender is on the first mile, not the last leg.
        "nl": (r"(?:koerier|chauffeur|bezorger)\w* (?:\w+ ){0,2}onderweg naar (?:de )?(?:afzender|verzender|webshop|winkel)",
               r"(?:label|verzendlabel|etiket)\w* (?:is )?(?:geprint|afgedrukt|aangemaakt|gemaakt)",
               r"(?:zending|pakket|bestelling)\w* (?:is )?geregistreerd",
               r"nog niet (?:\w+ ){0,3}(?:aangeboden|verzonden|ontvangen door)"),
        # A driver on the way to the sender is on the first mile, not the last leg.
        "de": (r"(?:fahrer|kurier|zusteller)\w* (?:\w+ ){0,3}(?:auf dem weg|unterwegs) (?:zum|zur|zu) (?:absender|versender|handler)\w*",
               r"bereitet (?:\w+ ){0,3}vor", r"(?:ware|artikel|sendung|paket)\w* (?:wird|werden) (?:\w+ )?(?:kommissioniert|verpackt|gepackt)"),
    }),
    # Carried, taken over, flown, sent, scanned, transshipped, in the country of destination: on the way.
    ("in_transit", {
        "nl": (r"(?:is|zit|bevindt zich) in het land van (?:bestemming|herkomst)", r"(?<!niet )gescand", r"overslag\w*",
               r"zending is bij (?:dhl|dpd|gls|ups|postnl|bpost|fedex|de vervoerder)\b",
               r"(?:zending|pakket|pakje|bestelling)\w* (?:is |werd )?verstuurd", r"^(?:verzonden|verstuurd)$"),
        "de": (r"in beforderung", r"versand (?:\w+ )?(?:bestatigt|erfolgt)", r"weitertransport\w*", r"umgeschlagen",
               r"(?:ausfuhr|einfuhr) (?:abgeschlossen|nach|in|aus|erfolgt)",
               r"(?:paketdienst|dienstleister|spediteur|partner|zustellpartner|carrier|transporteur)\w* hat (?:\w+ ){0,3}ubernommen",
               r"abholung (?:\w+ ){0,3}(?:beim|vom) (?:absender|versender)", r"ubernahme (?:durch|von) (?:den |die |das )?(?!empfanger)\w+",
               r"(?:flug|flugzeug) (?:\w+ )?(?:gestartet|gelandet|abgeflogen)",
               r"(?:wurde|ist|wurden|sind) (?:\w+ )?(?<!zuruck )(?:versendet|versandt|verschickt)(?!.*zuruck)"),
    }),
)
