"""Dutch and German event texts read by their grammar and meaning (twenty-seventh round, c), in three groups
that status_phrases places just before status_phrases_meaning_west_germanic_3's.

WEST_GERMANIC_EARLY_STEPS_4 come just before WEST_GERMANIC_EARLY_STEPS_3, before the outcome steps: a payment
cancelled ("iDEAL-betaling geannuleerd") or a message not deliverable ("SMS nicht zustellbar") says nothing of the
parcel; a return label made or a return registered ("Retourlabel aangemaakt", "Retourenlabel erstellt") is only
data, like an English "Return label created"; a damaged packaging being checked ("Verpackung beschädigt, Sendung
wird geprüft") is a hold, not a damaged parcel.

WEST_GERMANIC_FIRST_STEPS_4 come just before WEST_GERMANIC_FIRST_STEPS_3, before the pickup, van and today
steps: a courier coming to collect from the sender today ("Koerier komt vandaag ophalen tussen 13:00 en 17:00",
"Ophaalmoment vandaag") is only data; a parcel handed in at a branch ("Annahme in der Filiale") moves on; one
taken from a locker or branch with no courier or sender named ("Abgeholt aus der Packstation") and one delivered
today in a headline ("Paket heute zugestellt") are delivered; a window with no day named ("Verwacht tussen 14:00 en
16:00", "Tijdvak: 13:15 - 15:15") and the stops left before the recipient ("Je bent de volgende stop") are the
last leg, the day before it being named by the today steps.

WEST_GERMANIC_LATE_STEPS_4 come just before WEST_GERMANIC_LATE_STEPS_3, before the broad words ("onderweg",
"geladen", "afgegeven", "erfasst", "umschlag") read them: the driver on the way with the parcel, loaded on the
delivery van or to the recipient's address is the last leg; handed to the neighbours or the recipient delivered;
not loaded, not taken along, on hold, a label unreadable, a parcel being checked a problem; a house number
unknown or a card left a failed attempt; Austrian Post's and GLS's terse operations ("Übernahme", "eingelangt",
"Ausgangsscan") on the way, "Übernahme durch Empfänger" delivered; order data recorded only data.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team to DESIGN §4 from how Dutch, German and Austrian carriers, posts, shops and apps word
their steps (examples in tests/test_status_meaning_west_germanic_4.py), not copied from any publisher.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_DRIVER_NL = r"(?:bezorger|bezorgster|chauffeur|koerier|pakketbezorger)"
_VAN_NL = r"(?:bezorg|bestel)(?:bus|busje|auto|wagen)"
_PARCEL_NL = r"(?:pakket|pakje|zending|bestelling)\w*"
_POINT_DE = r"(?:packstation|paketbox|abholstation|filiale|postfiliale|geschaftsstelle|paketshop|postpartner)\w*"

WEST_GERMANIC_EARLY_STEPS_4: tuple[Step, ...] = (
    # A payment cancelled, a message not deliverable: nothing about the parcel.
    ("unknown", {
        "nl": (r"(?:betaling|ideal|creditcard|incasso)\w* (?:\w+ )?geannuleerd",),
        "de": (r"^(?:sms|e ?mail|email|nachricht|benachrichtigung) (?:\w+ )?nicht zustellbar$",),
    }),
    # A return label made, a return registered: only data.
    ("info_received", {
        "nl": (r"^retour(?:label|etiket)?\w* (?:is )?(?:aangemaakt|aangemeld|gemaakt|geprint)$",),
        "de": (r"^(?:retouren|rucksende|retour)(?:label|etikett|schein)\w* (?:wurde )?(?:erstellt|gedruckt|angelegt)$",),
    }),
    # Taken from a locker or branch by the driver or courier: the sender's parcel collected, moving on.
    ("in_transit", {
        "de": (r"(?:vom|durch den) (?:fahrer|kurier|zusteller|paketdienst) (?:\w+ ){0,2}(?:aus|in|an|bei) (?:der |dem )?(?:\w+ )?"
               + _POINT_DE + r" (?:\w+ )?abgeholt",),
    }),
    # A damaged packaging being checked: a hold, not a damaged parcel.
    ("exception", {
        "de": (r"verpackung (?:\w+ )?beschadigt\w* (?:\w+ ){0,2}(?:wird|werden) (?:\w+ )?(?:gepruft|kontrolliert|uberpruft)",),
    }),
)

WEST_GERMANIC_FIRST_STEPS_4: tuple[Step, ...] = (
    # A courier coming to collect from the sender, a parcel waiting for the courier's collection: only data.
    ("info_received", {
        "nl": (r"(?:komt|komen) (?:\w+ ){0,3}ophalen", r"^ophaal(?:moment|tijdvak|afspraak|venster)\w*"),
        "de": (r"(?:wartet|bereit) (?:\w+ ){0,3}(?:auf|zur) (?:die )?abholung (?:\w+ )?(?:durch|vom|von) (?:den |die )?"
               r"(?:kurier|fahrer|paketdienst|zusteller)",),
    }),
    # Handed in at a branch by the sender: moving on.
    ("in_transit", {
        "de": (r"(?:annahme|einlieferung|aufgabe) (?:in|bei) (?:der |einer )?(?:\w+ )?" + _POINT_DE,
               r"(?:in|bei) (?:der |einer )?(?:\w+ ){0,2}" + _POINT_DE + r" (?:\w+ )?aufgegeben"),
    }),
    # Taken from a locker or branch with no courier or sender named, delivered today in a headline: delivered.
    ("delivered", {
        "de": (r"^(?!.*(?:fahrer|kurier|zusteller|absender|versender|retoure))(?:.*? )?abgeholt (?:aus|in|an|bei) (?:der |dem |einer )?(?:\w+ )?"
               + _POINT_DE,
               r"^(?!.*(?:fahrer|kurier|zusteller|absender|versender|retoure))(?:.*? )?(?:aus|in|an) (?:der |dem |einer )?(?:\w+ )?"
               + _POINT_DE + r" (?:\w+ )?abgeholt(?! werden)",
               r"^(?:ihr |das |die )?(?:paket|sendung|lieferung|bestellung) heute (?:um \d+ \d+ (?:uhr )?)?zugestellt$"),
    }),
    # A window with no day named, the stops left: the last leg.
    ("out_for_delivery", {
        "nl": (r"^(?:(?:je |uw )?" + _PARCEL_NL + r" (?:wordt )?)?verwacht tussen \d+ \d+ en \d+ \d+$",
               r"^(?:het )?(?:bezorg)?tijdvak(?: is bekend)? \d+ \d+ \d+ \d+$",
               r"(?:je|jij|u) bent (?:de )?(?:eerst)?volgende stop", r"^volgende stop$", r"(?:je|jij|u) bent stop \d+",
               r"(?:bijna|zo) aan de beurt", _DRIVER_NL + r"\w* is over (?:\w+ ){0,2}\d+ minuten bij (?:je|jou|u)\b"),
    }),
)

WEST_GERMANIC_LATE_STEPS_4: tuple[Step, ...] = (
    # Handed to the neighbours, the recipient or at the delivery address: delivered.
    ("delivered", {
        "nl": (r"afgegeven (?:aan|bij) (?:de |uw |je |jouw )?(?:buren|buurman|buurvrouw|ontvanger|geadresseerde)\b",
               r"afgegeven op (?:het )?(?:afleveradres|bezorgadres)"),
        "de": (r"(?:ubernahme|ubernommen) (?:durch|vom|von der|von) (?:den |dem |die )?empfanger\w*", r"^empfang (?:wurde )?bestatigt$"),
    }),
    # Not loaded, not taken along, on hold, a label unreadable, a parcel being checked: a problem.
    ("exception", {
        "nl": (r"niet (?:\w+ )?(?:in|uit|ver)?geladen", r"niet (?:\w+ ){0,2}meegenomen", r"niet (?:\w+ )?meegegaan",
               r"(?:staat|ligt|is) (?:\w+ )?in de wacht", r"(?:label|etiket|barcode)\w* onleesbaar", r"onleesba\w* (?:label|etiket|barcode)\w*"),
        "de": (r"nicht (?:\w+ )?(?:ver)?geladen", r"nicht (?:\w+ )?verladen", r"^(?:die )?sendung wird (?:\w+ )?(?:gepruft|uberpruft|kontrolliert)$"),
    }),
    # An envelope opened: not the transshipment "Umschlag" is.
    ("unknown", {
        "de": (r"umschlag (?:\w+ )?(?:geoffnet|offen|leer|aufgerissen)",),
    }),
    # A house number unknown, a card left: a failed attempt.
    ("delivery_failed", {
        "nl": (r"huisnummer (?:\w+ )?(?:onbekend|niet gevonden|ontbreekt|onjuist)",
               r"(?:kaartje|afwezigheidskaart|afwezigheidsbericht) (?:\w+ ){0,3}(?:achtergelaten|gelaten)"),
        "de": (r"^keine hausnummer", r"hausnummer (?:\w+ )?(?:fehlt|unbekannt|nicht auffindbar)"),
    }),
    # The driver on the way with the parcel, loaded on the van, on the way to the address: the last leg.
    ("out_for_delivery", {
        "nl": (_DRIVER_NL + r"\w* (?:\w+ )?(?:is )?met (?:je|jouw|uw|het|de) " + _PARCEL_NL + r" (?:onderweg|vertrokken|op weg)",
               r"op weg naar (?:je|jou|u) toe met (?:onze |de )?" + _DRIVER_NL,
               _DRIVER_NL + r"\w* (?:is )?met (?:je|jouw|uw|het|de) " + _PARCEL_NL + r" vertrokken",
               r"(?:bij|met) de " + _DRIVER_NL + r" voor (?:aflevering|bezorging)", r"uitgeleverd aan de " + _DRIVER_NL,
               r"in (?:de |het )?" + _VAN_NL + r" geladen"),
        "de": (r"zur (?:zustellung|auslieferung) (?:\w+ )?(?:verladen|geladen)", r"^ausrollung$"),
    }),
    # Arrived ("eingelangt") at a branch, a pickup station or a partner shop: waiting there for the recipient.
    ("available_for_pickup", {
        "de": (r"(?:filiale|postfiliale|abholstation|abholstelle|postpartner|paketbox|empfangsbox|postgeschaft|paketshop)\w* "
               r"(?:\w+ ){0,3}eingelangt",),
    }),
    # Prepared for delivery at the depot, Austrian Post's and GLS's terse operations: on the way.
    ("in_transit", {
        "nl": (r"voorbereid (?:voor|op) (?:de )?(?:bezorging|aflevering|levering)",),
        "de": (r"^ubernahme$", r"(?:sendung|paket)\w* (?:wurde |ist )?ubernommen$", r"eingelangt", r"^(?:eingangs|ausgangs)scan\w*",
               r"(?:in das|ins|im|in den|zum) (?:\w+ )?(?:depot|zustelldepot|paketzentrum|verteilzentrum|zustellbasis|hub)\w* "
               r"(?:\w+ )?(?:gebracht|eingegangen|eingetroffen|angekommen)"),
    }),
    # Data of the parcel sent or received electronically, an order recorded: only data.
    ("info_received", {
        "nl": (r"wacht\w* op (?:\w+ )?(?:ophaling|ophalen|afhaling) (?:bij|door) (?:de )?(?:afzender|verzender|webshop)",),
        "de": (r"elektronisch (?:\w+ ){0,3}ubermittelt", r"elektronisch\w* (?:\w+ )?ankundigung", r"^auftrag (?:wurde )?erfasst$",
               r"(?:sendungs|auftrags)daten (?:\w+ )?(?:empfangen|erhalten)"),
    }),
    # Waiting at a branch for the recipient's collection (not for a courier's).
    ("available_for_pickup", {
        "de": (r"wartet (?:\w+ ){0,4}auf (?:ihre |die |seine )?abholung(?! (?:\w+ )?(?:durch|vom|von) (?:den |die )?(?:kurier|fahrer|paketdienst|zusteller))",),
    }),
)
