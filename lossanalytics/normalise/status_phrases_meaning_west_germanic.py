"""Dutch and German (and Swedish, Danish and Norwegian) event texts read by their grammar: the tense and voice of the verb, the
day named beside it, who acts on whom and the place a parcel is handed to, in two groups.

WEST_GERMANIC_TODAY_STEPS come just before the shared pickup, out-for-delivery, delivery-to-come
and delivered steps of status_phrases, whose bare words they would otherwise fall to. A
delivery in the future or present passive with today or a time window today ("wordt vandaag
tussen 13:15 en 15:15 bezorgd", "wird heute voraussichtlich zwischen 10:30 und 13:30 Uhr
zugestellt", "We bezorgen je pakket vandaag", "Zustellung erfolgt heute") is the last leg,
never a delivery; the same verb with another day, however far the day stands from it, is still
on the way; with "later" or "niet meer" / "nicht mehr" it is a delay. The perfect or past
passive with today ("is vandaag bezorgd", "wurde heute zugestellt") is a delivery. A delivery
to a pickup point or locker waits there, one to a depot or hub moves on, one the recipient
collected is a delivery.

WEST_GERMANIC_LATE_STEPS come just before the broad label and movement words
(status_phrases_broad), which would read "onderweg", "geladen", "unterwegs", "sortiert",
"übergeben" as a movement: the driver or courier on the way, a parcel on the delivery van or
given to the driver is out for delivery; a parcel sorted wrongly or a delivery put off is a
problem; a parcel left at a door or with a housemate is delivered; nobody at home, no access,
an address not found, a delivery the driver tried and could not make is a failed attempt.

WEST_GERMANIC_EARLY_STEPS come before the outcome steps: a delivery put off for the carrier's own
reason ("kan vandaag niet bezorgd worden door drukte", "heute nicht möglich wegen Fahrzeugausfall") is
a delay, no failed attempt; no name at the letterbox is a failed attempt, not a letterbox delivery.
A delivery "nu", "zo", "over 30 minuten", "in den nächsten 60 Minuten", or in a window of clock times
with no other day named ("wordt tussen 10:00 en 11:00 bezorgd", "Bezorgvenster 13:00-15:00",
"Zustellfenster: 12:35 - 13:35 Uhr") is the last leg; "We verwachten je pakket … te bezorgen" with
another day, or a delivery window with "morgen", still on the way. A sender's hand-in at a pickup
point, or a parcel on its way to one, moves on ("door de afzender afgegeven bij een PostNL-punt",
"auf dem Weg in die Packstation"), read before the pickup words.

Swedish, Danish and Norwegian follow the same grammar: a present passive with today ("levereras idag",
"leveres i dag", "blir levert i dag") is the last leg, with another day still on the way ("bliver leveret i
morgen"), the past ("blev leveret i dag") a delivery; the driver or courier "på väg / på vej / på vei" the
last leg. Their second-pass wordings and Finnish's are in status_phrases_meaning_west_germanic_2, whose
groups sit inside these.

Phrases are folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off,
punctuation as spaces), whole words. Written by the team to DESIGN §4 from how Dutch and German
carriers, posts and shops word their tracking steps (examples in
tests/test_status_meaning_west_germanic.py), not copied from any publisher.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_meaning_west_germanic_2 import (
    NORDIC_EARLY_STEPS,
    NORDIC_LATE_STEPS,
    NORDIC_TODAY_STEPS,
)
from lossanalytics.normalise.status_phrases_outcomes import Step


def _gap(most: int) -> str:
    # Up to `most` words between two parts of a clause, none of them a negation or a future or
    # modal auxiliary, which would change what the clause says.
    return (r"(?:(?!(?:niet|geen|nicht|kein\w*|inte|ej|ikke|ikkje|wird|werden|wordt|worden|zal|zullen) )\w+ )"
            rf"{{0,{most}}}")


# Today, tonight, within the hour: the delivery round under way.
_VANDAAG = r"(?:vandaag|vanavond|vanmiddag|vanochtend|vanmorgen|straks|binnen (?:een|het|\d+) (?:uur|minuten))"
_HEUTE = (r"(?:heute|in kurze|gerade|gleich|jetzt|in (?:wenigen|ca \d+|\d+) minuten|"
          r"in (?:den )?nachsten (?:\d+ )?(?:minuten|stunde)|innerhalb (?:der nachsten )?(?:\d+ )?(?:minuten|stunde))")
# Now, in a moment, in so many minutes ("zo snel mogelijk" is as soon as possible, any day).
_NU = r"(?:nu|zo(?! snel| spoedig| \w+ mogelijk)|over (?:ongeveer |circa |ca )?\d+ minuten)"
# Another day named anywhere after: not today.
_NO_DAY = (r"(?!.*\b(?:morgen|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
           r"ubermorgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b)")
_NL_DAY = r"(?:morgen|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
# Up to three words, none of them another day or a negation.
_NO_DAY_GAP = r"(?:(?!(?:morgen|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|op|niet|geen) )\w+ ){0,3}"
# A window of clock times ("13:00-15:00", "11u en 15u", folded "13 00 15 00", "11u en 15u").
_CLOCK = r"\d{1,2}(?: \d{2}|u)? (?:uur |uhr )?(?:en |tot |bis |und )?\d{1,2}(?: \d{2}|u)?\b"
_NL_DONE = r"(?:bezorgd|geleverd|afgeleverd)"
_DE_DONE = r"(?:zugestellt|geliefert|ausgeliefert)"
# A negation right after the day: "komt vandaag niet", "liefern heute nicht".
_NOT_AFTER = r"(?! (?:\w+ )?(?:niet|nicht|geen|kein\w*|inte|ej|ikke)\b)"
# Swedish, Danish and Norwegian today (folded: "ikväll" as "ikvall").
_IDAG = r"(?:idag|i dag|ikvall|i kvall|i aften|i kveld|i eftermiddag|i ettermiddag)"
_NL_POINT = (r"(?:servicepoint|service point|servicepunt|parcelshop|parcel shop|pakketpunt|pakjespunt|postpunt|pakjesautomaat|"
             r"pakketautomaat|afhaalpunt|ophaalpunt|pick ?up ?point|pick ?up ?punt|postnl punt|postkantoor)\w*")
_NL_DEPOT = r"(?:depot|sorteercentrum|distributiecentrum|hub|douane|magazijn)\w*"
_DE_DEPOT = (r"(?:paketzentrum|depot|verteilzentrum|sortierzentrum|zustellbasis|zustellstutzpunkt|hub|zoll|zollamt|"
             r"umschlag\w*|lager)")
_NL_SAFE_PLACE = r"(?:plek|plaats|deur|achterdeur|voordeur|schuur|garage|veranda|tuin|balkon|meterkast|portiek|hal)"
NL_DRIVER = r"(?:bezorger|bezorgster|chauffeur|koerier|postbode|pakketbezorger)"
_DRIVER_DE = r"(?:fahrer|fahrerin|zusteller|zustellerin|kurier|bote|botin|paketbote|paketbotin)"
# A driver on the way to collect a parcel (from a sender, for a return) is no delivery round.
_NO_PICKUP = r"(?!.*\b(?:op te halen|ophalen|abholung|abholen|abzuholen)\b)"

WEST_GERMANIC_FIRST_STEPS: tuple[Step, ...] = (
    # Not any more today: a delay, read before "vandaag bezorgd" says it is on the van.
    ("exception", {
        "nl": (r"(?:wordt|worden|kan|kunnen) (?:\w+ ){0,4}niet meer (?:\w+ ){0,2}" + _NL_DONE,),
        "de": (r"(?:wird|werden|kann|konnen) (?:\w+ ){0,4}nicht mehr (?:\w+ ){0,2}" + _DE_DONE,),
    }),
    # The perfect or past passive with today (not to a pickup point), or the recipient who
    # collected it, even at a pickup point: delivered.
    ("delivered", {
        "nl": (r"(?:is|werd|zijn|werden) " + _gap(3) + r"(?:vandaag|vanochtend|vanmorgen|vanmiddag) " + _gap(6) + _NL_DONE
               + r"(?!.* " + _NL_POINT + ")",
               r"(?:je|u) (?:hebt|heeft) (?:je |uw |het )?(?:pakket|pakje|zending|bestelling)\w* (?:\w+ ){0,4}(?:opgehaald|afgehaald)",
               r"(?:ontvanger|geadresseerde|klant) heeft (?:\w+ ){0,4}(?:opgehaald|afgehaald|in ontvangst genomen)"),
        "de": (r"(?:wurde|wurden|ist|sind) " + _gap(3) + r"heute " + _gap(6) + _DE_DONE,),
        # Collected by the recipient, even at a locker or pickup point.
        "sv": (r"(?:hamtats|hamtades) (?:ut )?av (?:mottagare\w*|kunden|dig)\b",),
        "da": (r"(?:afhentet|hentet) af (?:modtage\w*|kunden|dig)\b",),
        "nb": (r"hentet av (?:mottaker\w*|kunden|deg)\b",),
    }),
    # Handed in by the sender at a pickup point, or on its way to one: moving on, not waiting there
    # (read before the pickup words); a delivery round on another day is still on the way.
    ("in_transit", {
        "nl": (r"(?:door|van) (?:de )?(?:afzender|verzender|webshop|verkoper) (?:\w+ ){0,4}(?:afgegeven|ingeleverd|aangeleverd|"
               r"aangeboden|gebracht)",
               r"(?:afgegeven|ingeleverd|aangeleverd) (?:\w+ ){0,4}door (?:de )?(?:afzender|verzender|webshop|verkoper)",
               r"onderweg naar (?:het |de |een |je |uw |jouw )?(?:\w+ )?" + _NL_POINT),
        "de": (r"(?:auf dem weg|unterwegs) (?:in|zu[mr]?|an|ins) (?:die |den |das |eine |einen |ein |ihre |ihren |ihr )?(?:\w+ )?"
               r"(?:packstation|paketshop|filiale|postfiliale|paketbox|abholstation|paketkasten)\w*",
               r"(?:zu[mr]?|in die|ins) (?:\w+ )?(?:paketshop|packstation|filiale|postfiliale)\w* (?:transportiert|gefahren|befordert)",
               r"(?:paketshop|filiale|packstation|annahmestelle)\w* hat (?:\w+ ){0,3}(?:an|dem) (?:\w+ )?(?:ubergeben|weitergegeben)",
               r"auf dem weg zu uns",
               r"wird (?:\w+ ){0,2}(?:morgen|ubermorgen) (?:\w+ ){0,2}(?:in|zu[mr]?|an) (?:\w+ ){0,2}(?:paketshop|packstation|filiale)\w* "
               r"(?:gebracht|transportiert|geliefert)"),
        "da": (r"(?:udbring\w*|levering|udkørsel) (?:\w+ ){0,2}(?:i morgen|i overmorgen|pa (?:mandag|tirsdag|onsdag|torsdag|fredag))",),
    }),
)

WEST_GERMANIC_EARLY_STEPS: tuple[Step, ...] = (
    # Not delivered today for the carrier's own reason (the rush, a breakdown, the weather): a
    # delay, read before "niet bezorgd" and "nicht möglich" say an attempt failed.
    ("exception", {
        "nl": (r"niet (?:\w+ ){0,2}(?:bezorgd|geleverd|afgeleverd) (?:\w+ ){0,3}(?:door|vanwege|wegens|ivm) (?:de |een |het )?"
               r"(?:drukte|storing|weer\w*|slecht weer|capaciteit\w*|technische\w*|onvoorziene\w*|staking|pech)",
               r"(?:door|vanwege|wegens) (?:de |een |het )?(?:drukte|storing|weersomstandigheden|slecht weer|capaciteit\w*|staking) "
               r"(?:\w+ ){0,6}niet (?:\w+ ){0,2}(?:bezorgd|geleverd)"),
        "de": (r"(?:wegen|aufgrund|durch) (?:\w+ ){0,2}(?:fahrzeug(?:ausfall|panne|defekt)|unwetter|witterung\w*|streik\w*|"
               r"betriebsstorung\w*|personalmangel|hohe\w* sendungsaufkommen\w*)",),
    }),
    # No name at the letterbox or bell: the driver could not deliver (not a letterbox delivery).
    ("delivery_failed", {
        "de": (r"name (?:\w+ )?nicht (?:am|an der|auf dem|auf der) (?:\w+ )?(?:briefkasten|klingel\w*|tur\w*)",),
    }),
    *NORDIC_EARLY_STEPS,
)

WEST_GERMANIC_TODAY_STEPS: tuple[Step, ...] = (
    *NORDIC_TODAY_STEPS,
    # Later than planned, or not any more today: a delay, not a failed attempt.
    ("exception", {
        "nl": (r"(?:wordt|worden|kan|kunnen) (?:\w+ ){0,4}niet meer (?:\w+ ){0,2}" + _NL_DONE,
               r"later (?!vandaag|op de dag)(?:dan (?:gepland|verwacht|gebruikelijk) )?(?:\w+ ){0,2}" + _NL_DONE,
               _NL_DONE + r" (?:\w+ )?later dan (?:gepland|verwacht|gebruikelijk)",
               r"verkeerd (?:bezorgd|afgeleverd|geleverd)", r"later dan (?:verwacht|gepland|gebruikelijk|aangekondigd)", _NL_DONE + r" (?:op|bij|aan) (?:een |het )?verkeerd\w* (?:adres|persoon)"),
        "de": (r"(?:wird|werden|kann|konnen) (?:\w+ ){0,4}nicht mehr (?:\w+ ){0,2}" + _DE_DONE,
               r"spater (?:als (?:geplant|erwartet|angekundigt) )?(?:\w+ ){0,2}" + _DE_DONE,
               _DE_DONE + r" (?:\w+ )?spater als", r"spater als (?:angekundigt|geplant|erwartet|vorgesehen|gewohnt)"),
    }),
    # Could not be delivered, in any word order: a failed attempt, not a delivery to come.
    ("delivery_failed", {
        "nl": (r"(?:kon|konden|kan|kunnen) (?:\w+ ){0,3}niet (?:\w+ ){0,3}(?:worden )?" + _NL_DONE,),
    }),
    # Handed in at a pickup point or locker (a personal "pakketkluis" at home is no such place):
    # it waits there for the recipient.
    ("available_for_pickup", {
        "nl": (r"(?:bezorgd|afgeleverd|geleverd|aangekomen) (?:bij|in|op) (?:een |het |de |uw |je |jouw )?(?:\w+ ){0,2}"
               + _NL_POINT,),
    }),
    # The future or present passive with today or a time window today, a delivery announced for
    # today, the carrier who delivers today: the last leg.
    ("out_for_delivery", {
        "nl": (r"(?:wordt|worden|zal|zullen) " + _gap(3) + _VANDAAG + " " + _gap(10) + r"(?:bezorgd|geleverd|afgeleverd|gebracht|verwacht)",
               _VANDAAG + " " + _gap(3) + r"(?:wordt|worden) " + _gap(10) + _NL_DONE,
               r"(?:bezorg|lever|breng|kom)(?:en|t) " + _gap(4) + _VANDAAG + _NOT_AFTER,
               _VANDAAG + r" (?:bezorg|lever|breng)(?:en|t)\b" + _NOT_AFTER,
               r"(?<!geen )(?:bezorging|levering|aflevering|bezorgmoment|bezorgtijd|bezorgvenster|tijdvak)\w* (?:\w+ ){0,2}"
               + _VANDAAG + _NOT_AFTER,
               r"verwacht\w* " + _VANDAAG, _VANDAAG + r" (?:\w+ )?verwacht", r"vandaag tussen \d+",
               # Now, in a moment, or in a window of clock times with no other day named: the last leg.
               r"(?:wordt|worden) " + _gap(3) + _NU + " " + _gap(6) + _NL_DONE,
               r"(?:wordt|worden) " + _NO_DAY_GAP + r"tussen " + _CLOCK + " " + _gap(4) + _NL_DONE + _NO_DAY,
               r"verwachten " + _NO_DAY_GAP + r"(?:te (?:bezorgen|leveren) )?tussen " + _CLOCK + _NO_DAY,
               r"(?:bezorg|lever|levering|aflever)(?:s)?(?:venster|tijd|tijdvak|moment|window)\w* (?:is |van )?(?:tussen )?" + _CLOCK
               + _NO_DAY,
               r"(?:bezorging|levering)\w* (?:is |wordt )?(?:\w+ )?(?:gepland|voorzien) (?:voor )?" + _VANDAAG,
               r"(?:bezorgdatum|leverdatum|leveringsdatum) " + _VANDAAG,
               r"^(?:\w+ ){0,3}klaar voor (?:de )?(?:bezorging|levering)$"),
        "de": (r"(?:wird|werden) " + _gap(3) + _HEUTE + " " + _gap(10) + r"(?:zugestellt|geliefert|ausgeliefert|gebracht)",
               r"(?:stellen|stellt|liefern|liefert|bringen|bringt|kommen|kommt) " + _gap(4) + r"heute" + _NOT_AFTER,
               r"(?<!keine )(?:zustellung|lieferung|auslieferung|zustellfenster|zustellzeit|lieferfenster)\w* (?:\w+ ){0,2}"
               r"(?:erfolgt )?heute" + _NOT_AFTER,
               r"heute (?:\w+ )?zwischen \d+",
               # The verb second after "heute": "Heute kommt Ihr Paket", "Heute liefern wir".
               r"^heute (?:kommt|kommen|liefern|liefert|bringen|bringt|stellen|stellt)\b",
               r"(?:zustell|liefer)(?:fenster|zeitfenster|zeitraum|zeit)\w* (?:(?!morgen|ubermorgen)\w+ )?(?:von )?" + _CLOCK + _NO_DAY,
               r"(?:fur|auf) heute (?:geplant|vorgesehen|terminiert|angekundigt)"),
        "sv": (r"(?:levereras|delas ut|kommer|levererar|delar ut) " + _gap(3) + _IDAG + _NOT_AFTER,
               r"(?:leverans|utdelning|utkorning)\w* (?:\w+ ){0,2}" + _IDAG + _NOT_AFTER, r"idag mellan \d+"),
        "da": (r"(?:leveres|bliver leveret|leverer|kommer|udbringes|bringes ud) " + _gap(3) + _IDAG + _NOT_AFTER,
               r"(?:levering|udbringning)\w* (?:\w+ ){0,2}" + _IDAG + _NOT_AFTER, r"i dag mellem \d+"),
        "nb": (r"(?:leveres|blir levert|leverer|kommer|kjøres ut) " + _gap(3) + _IDAG + _NOT_AFTER,
               r"levering\w* (?:\w+ ){0,2}" + _IDAG + _NOT_AFTER, r"i dag mellom \d+"),
    }),
    # A delivery on another day, however many words stand between the verb and its day, or a
    # delivery to a depot, a hub or customs: still on the way.
    ("in_transit", {
        "nl": (r"(?:wordt|worden|zal|zullen) (?:\w+ ){0,10}" + _NL_DONE,
               r"verwachten (?:\w+ ){0,12}te (?:bezorgen|leveren|afleveren)",
               r"(?:bezorging|levering|aflevering)\w* (?:is |wordt )?(?:voorzien|gepland|verwacht) (?:op|voor)\b",
               r"(?:bij|in|aan|op) (?:het |de |een )?(?:\w+ )?" + _NL_DEPOT + r" (?:\w+ )?" + _NL_DONE),
        "de": (r"(?:wird|werden) (?:\w+ ){0,10}" + _DE_DONE,
               r"(?:an|in|zu[mr]?|bei) (?:das |ein |die |den |dem |einem |einen |eine )?(?:\w+ )?" + _DE_DEPOT + r" (?:\w+ )?"
               + _DE_DONE),
        "da": (r"(?:bliver|vil blive) (?:\w+ ){0,3}leveret",), "nb": (r"blir (?:\w+ ){0,3}levert",),
    }),
)

WEST_GERMANIC_LATE_STEPS: tuple[Step, ...] = (
    # Sorted or routed wrongly, a delivery put off, duties or taxes to pay, packaging repaired,
    # held by customs.
    ("exception", {
        "nl": (r"verkeerd (?:gesorteerd|gerouteerd|verstuurd|verzonden|doorgestuurd)",
               r"(?:bezorging|levering|aflevering) (?:is |wordt )?uitgesteld",
               r"verpakking (?:\w+ ){0,2}beschadigd (?:\w+ ){0,5}(?:gecontroleerd|nagekeken|opnieuw verpakt|herverpakt)",
               r"(?:gecontroleerd|onderzocht|vastgehouden|tegengehouden|geinspecteerd) (?:\w+ )?door (?:de )?douane", r"douanecontrole",
               r"(?:invoerrechten|invoerheffing\w*|douanekosten|inklaringskosten|heffingen|btw) (?:\w+ ){0,2}(?:moeten|dienen) "
               r"(?:\w+ ){0,2}(?:betaald|voldaan)",
               r"adres (?:wordt |werd |is )?(?:gecontroleerd|gecheckt|nagekeken|geverifieerd)"),
        "de": (r"falsch (?:sortiert|geleitet|verladen|zugeordnet)", r"(?:zustellung|lieferung) (?:\w+ )?verschoben",
               r"(?:zahlung|bezahlung) (?:der |von )?(?:\w+ )?(?:einfuhr\w*|zoll\w*|import\w*|abgaben|steuern)",
               r"(?:einfuhr|import)abgaben (?:\w+ )?(?:ausstehend|offen|fallig)",
               r"verpackung (?:\w+ ){0,2}beschadigt (?:\w+ ){0,5}(?:nachverpackt|neu verpackt|umverpackt)",
               r"(?:hangt|steckt) (?:\w+ ){0,3}fest",
               r"(?:unterlagen|rechnung|handelsrechnung|zollinhaltserklarung|dokumente|papiere)\w* (?:\w+ ){0,3}(?:fehlt|fehlen|unvollstandig)",
               r"(?:liegt|lagert|wartet) (?:\w+ ){0,2}(?:beim|im) zoll\b",
               r"(?:einfuhrabgaben|zollgebuhren|zoll|abgaben|einfuhrumsatzsteuer|gebuhren) (?:\w+ ){0,2}(?:mussen|muss) (?:noch )?"
               r"(?:\w+ )?(?:bezahlt|beglichen|entrichtet)",
               r"(?:neu|nach|um) ?verpackt", r"zuruckgestellt"),
        "da": (r"tilbageholde\w*",), "nb": (r"holdes tilbake",),
    }),
    # Nobody at home, no way in, the address not found, an attempt that did not succeed.
    ("delivery_failed", {
        "nl": (r"kaartje (?:\w+ ){0,2}(?:achtergelaten|in de brievenbus)", r"niemand (?:thuis|aanwezig)",
               r"niet (?:thuis )?(?:getroffen|aangetroffen|aantreffen|treffen)", r"weigerde", r"geen toegang", r"niet toegankelijk", r"niet opengedaan",
               r"adres (?:is |was )?(?:onjuist|onvolledig|onbekend|incompleet)", r"bezorging (?:is )?niet mogelijk",
               r"(?:adres|huisnummer|straat)\w* (?:\w+ )?(?:onvindbaar|niet gevonden|niet te vinden|bestaat niet)",
               r"kon (?:\w+ ){0,3}niet vinden", r"onvoldoende adres\w*", r"onvolledig\w* adres\w*",
               r"geprobeerd (?:\w+ ){0,4}te (?:bezorgen|leveren|afleveren)", r"verhuisd(?!.*\b(?:doorgestuurd|nieuw adres)\b)",
               r"(?:konden|kunnen|kon) (?:we |wij )?(?:\w+ ){0,3}niet (?:bezorgen|leveren|afleveren)",
               r"(?:geadresseerde|ontvanger|klant|bewoner|niemand)\w* (?:was |is )?(?:\w+ )?afwezig", r"afwezigheid\w*",
               r"(?:winkel|bedrijf|zaak|kantoor|receptie)\w* (?:was |is )?(?:dicht|gesloten)", r"geen gehoor",
               r"(?:huisnummer|adres|straatnaam|postcode)\w* (?:\w+ )?ontbre\w*",
               r"(?:je|u|jij) (?:was|waren|bent) (?:er )?niet(?: thuis| aanwezig)?(?: bij de (?:bezorging|levering))?$"),
        "de": (r"(?:adresse|anschrift|hausnummer|strasse|empfanger)\w* (?:\w+ ){0,2}nicht (?:gefunden|auffindbar|ermittelbar|"
               r"vorhanden|anwesend|zu finden)",
               r"kein (?:zugang|zutritt|einlass)", r"nicht zuganglich", r"niemand (?:zu hause|zuhause|anwesend|angetroffen)",
               r"nicht (?:zu hause|zuhause|anwesend)", r"nicht (?:\w+ )?antreffen",
               r"(?:konnten|konnte|konnen|kann) (?:wir |ich )?(?:\w+ ){0,4}nicht (?:\w+ ){0,2}(?:zustellen|liefern|ausliefern)",
               r"empfanger\w* (?:hat )?(?:\w+ ){0,3}(?:abgelehnt|verweigert)",
               r"(?:hausnummer|klingelschild|klingel|namensschild|turschild|adresszusatz)\w* (?:\w+ )?(?:fehlt|fehlen|fehlend|unleserlich)",
               r"(?:kunde|kundin|empfanger\w*|niemand) (?:war )?nicht da\b"),
        "sv": (r"kunde inte (?:\w+ ){0,3}(?:leverera|dela ut|lamna ut)",),
        "da": (r"kunne ikke (?:\w+ ){0,3}(?:levere|aflevere|udlevere|findes)", r"mislykke\w*"),
        "nb": (r"kunne ikke (?:\w+ ){0,3}(?:levere|utlevere|finnes)", r"mislykte\w*"),
    }),
    # Left at a door or a safe place, with a housemate or at a reception, signed for: delivered.
    ("delivered", {
        "nl": (r"(?:pakket|pakje|zending)\w* (?:\w+ ){0,3}achtergelaten", r"achtergelaten (?:op|bij|in|achter|naast|onder) "
               r"(?:de |het |je |uw )?(?:\w+ ){0,2}" + _NL_SAFE_PLACE,
               r"(?:op|bij|in|achter|naast|onder) (?:de |het |je |uw )?(?:\w+ ){0,2}" + _NL_SAFE_PLACE
               + r" (?:achtergelaten|gelegd|gezet|geplaatst)",
               r"(?:bij|aan) (?:de |het )?(?:receptie|balie|buren|buurman|buurvrouw|portier|postkamer) (?:\w+ )?(?:afgegeven|afgeleverd|bezorgd)",
               r"(?:getekend|ondertekend) door", r"(?:getekend|ondertekend) voor ontvangst", r"voor ontvangst (?:getekend|ondertekend)",
               r"in ontvangst genomen door (?:de |je |uw )?(?:ontvanger|geadresseerde|klant|buurman|buurvrouw|buren|huisgenoot|"
               r"receptie|portier|collega)",
               r"^handtekening (?!(?:\w+ )?(?:vereist|nodig|verplicht|ontbreekt|geweigerd))\w+",
               r"(?<!niet )uitgereikt(?! (?:aan|door) (?:de )?(?:koerier|vervoerder|bpost|postnl|douane|afzender))"),
        "de": (r"(?:am|an der|an dem|vor der|vor dem|in der|im|auf der|auf dem|hinter dem|hinter der|beim|bei) (?:\w+ ){0,2}"
               r"(?:wunschort|ablageort|haustur|wohnungstur|tur|garage|terrasse|balkon|carport|gartenhaus|schuppen|rezeption|"
               r"empfang|pforte|nachbar\w*|hauseingang|hausflur|treppenhaus|flur|keller) (?:\w+ )?(?:abgestellt|abgelegt|hinterlegt|abgegeben|deponiert)",
               r"(?:abgestellt|abgelegt|hinterlegt) (?:am|an der|vor der|vor dem|in der|im|auf der|auf dem|hinter dem) (?:\w+ ){0,2}"
               r"(?:wunschort|ablageort|haustur|wohnungstur|tur|garage|terrasse|balkon|carport)",
               r"(?:an|bei) (?:einen |einem |eine |einer |den |dem |die |der )?(?:mitbewohner|hausbewohner|familienmitglied|ehepartner|"
               r"rezeption|empfang|pforte|hausmeister|poststelle)\w* (?:\w+ )?(?:ubergeben|abgegeben)",
               r"(?:ihrem|ihrer|deinem|deiner|einem|einer) (?:\w+ )?(?:nachbar\w*|mitbewohner\w*) (?:\w+ ){0,2}(?:ubergeben|abgegeben)",
               r"(?:vom|von der|durch den|durch die) empfanger\w* (?:\w+ ){0,2}(?:entgegengenommen|angenommen|quittiert|ubernommen)",
               r"^unterschrift (?!(?:\w+ )?(?:erforderlich|notwendig|benotigt|fehlt|verweigert))\w+",
               r"(?:beim|dem|an den) empfanger\w* (?:\w+ ){0,2}abgegeben", r"ersatzempfanger\w*",
               r"(?<!nicht )(?<!absender )(?<!versender )ausgefolgt(?!.*\babsender)"),
        "sv": (r"lamnats ut till mottagare\w*", r"(?:lamna|levere?ra|utlamna)\w* (?:hos|till) grann\w*", r"hamtats av mottagare\w*",
               r"lamna\w* (?:vid|utanfor|pa) (?:\w+ )?(?:dorr|dorren|trappa|trappan|farstun|altanen)"),
        "da": (r"(?:stillet|sat|placeret|afleveret) (?:ved|foran|pa) (?:\w+ )?(?:dør|døren|hoveddøren|trappen|terrassen)",),
        "nb": (r"(?:satt|plassert|levert) (?:ved|foran|pa|utenfor) (?:\w+ )?(?:dør|døra|døren|trappa|trappen)",),
    }),
    ("available_for_pickup", {
        "nl": (r"staat (?:\w+ ){0,3}klaar", r"ligt (?:\w+ ){0,3}(?:in|bij|op) (?:het |de |een |uw |je )?(?:\w+ )?" + _NL_POINT,
               r"(?:je|u|jij) (?:kunt|kan|kun) " + _gap(5) + r"(?:afhalen|ophalen)",
               r"kan (?:\w+ ){0,3}(?:afgehaald|opgehaald) (?:worden|werden)"),
        "de": (r"zur abholung (?:\w+ ){0,3}(?:hinterlegt|gelagert)", r"abholfrist\w*",
               r"in (?:der |die )?(?:wunsch)?filiale (?:\w+ ){0,2}(?:eingetroffen|angekommen|eingegangen)"),
    }),
    # The driver on the way, the parcel on the van or given to the driver: the last leg.
    ("out_for_delivery", {
        "nl": (NL_DRIVER + r"\w* (?:is |zijn )?(?:\w+ ){0,2}(?:onderweg|vertrokken|rijdt|in (?:de|je|uw) buurt|bijna bij|"
               r"nog \d+ (?:stops?|adressen))" + _NO_PICKUP,
               r"(?:onderweg|vertrokken|rijdt|mee) (?:\w+ ){0,3}(?:met|naar) (?:de |je |uw )?" + NL_DRIVER + _NO_PICKUP,
               r"met (?:de |je |uw )?" + NL_DRIVER + r" mee",
               r"(?:in|op) de (?:bezorg|bestel)\w*(?:bus|wagen|auto|voertuig)",
               r"meegegeven (?:aan|met) (?:de )?" + NL_DRIVER,
               r"onderweg (?:voor|naar) (?:de |het )?(?:aflevering|bezorging|levering|bezorgadres|afleveradres)",
               r"uit voor (?:bezorging|aflevering)", r"in distributie", r"bijna bij (?:je|jou|u)\b",
               r"(?:komt|komen) (?:er ?aan|eraan)\b" + _NO_DAY, r"(?:bezorging|bezorgronde|bezorgrit|levering|aflevering|ronde) (?:is )?"
               r"(?:vandaag )?(?:gestart|begonnen)", r"op (?:bezorg|post)?ronde\b", r"nog \d+ (?:stops?|adressen|haltes)\b",
               r"met (?:de |je |uw )?" + NL_DRIVER + r" (?:mee|meegegaan|meegestuurd)",
               r"geladen (?:voor|om te) (?:de )?(?:bezorging|aflevering|levering|bezorgen|leveren)",
               # On its way to you TODAY; without a day it is a shop's dispatch notice, still in transit.
               r"vandaag (?:\w+ ){0,2}onderweg naar (?:je|jou|u)\b", r"onderweg naar (?:je|jou|u)\b (?:\w+ ){0,2}vandaag"),
        "de": (_DRIVER_DE + r" (?:ist )?(?:\w+ ){0,3}(?:unterwegs|auf dem weg|in ihrer nahe)" + _NO_PICKUP,
               r"(?:unterwegs|auf dem weg) (?:zu ihnen|zum empfanger|zur empfangerin|zur (?:zustell|liefer)adresse)",
               r"(?:zum|zur) empfanger\w* unterwegs",
               _DRIVER_DE + r" hat (?:\w+ ){0,3}(?:geladen|ubernommen|aufgenommen)", r"noch \d+ (?:stopps?|stops?|adressen)\b",
               r"in der auslieferung", _DRIVER_DE + r" (?:ist )?(?:\w+ )?(?:in der nahe|in deiner nahe|gleich da|gleich bei (?:ihnen|dir))",
               r"(?:auf dem weg|unterwegs) zu (?:dir|euch)\b", r"(?:in die|zur) (?:zustellung|auslieferung) (?:gegeben|ubergeben|gebracht)"),
        "sv": (r"(?:foraren|chauffor\w*|budet|budbil\w*) (?:ar )?(?:\w+ ){0,2}pa vag(?!.*\bhamta\b)", r"pa vag (?:ut )?till dig\b",
               r"(?:i|pa) (?:bud|leverans|distributions)bil\w*"),
        "da": (r"(?:chaufføren|chauffør|buddet|budet) (?:er |har )?(?:\w+ ){0,5}pa vej(?!.*\bhente\b)",
               r"pa vej ud til (?:dig|dem|modtage\w*)"),
        "nb": (r"(?:sjaføren|sjafør|budet) (?:er )?(?:\w+ ){0,2}pa vei(?!.*\bhente\b)", r"pa vei ut til (?:deg|dere|mottaker\w*)"),
    }),
    ("returned", {
        "nl": (r"terug (?:bij|naar) (?:de )?(?:afzender|verzender|webshop)",
               r"terug(?:gezonden|gestuurd|verzonden) (?:naar|aan) (?:de )?(?:afzender|verzender|webshop|verkoper)",
               r"(?:terug|retour) (?:\w+ ){0,2}(?:onderweg|op weg) naar (?:de )?(?:afzender|verzender|webshop|verkoper)"),
        "de": (r"an den (?:absender|versender) (?:\w+ )?ausgefolgt",),
    }),
    # Handed in by the sender, shipped, announced for another day: on the way.
    ("in_transit", {
        "nl": (r"(?:afzender|verzender) heeft (?:\w+ ){0,4}(?:overgedragen|afgegeven|aangeleverd|ingeleverd)", r"(?:pakket|pakje|zending|bestelling)\w* (?:is|werd) (?:\w+ )?verzonden",
               r"binnengekomen", r"klaar voor (?:de )?bezorging",
               r"(?:bezorgen|leveren) (?:\w+ ){0,4}(?:morgen|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)",
               r"verwachte (?:bezorg|lever)\w*", r"geplande (?:bezorg|lever)\w*",
               r"(?:komt|komen|bezorging|levering|bezorgvenster|leveringsvenster|bezorgtijd|bezorgmoment)\w* (?:\w+ ){0,3}" + _NL_DAY
               + r"\b",
               r"douane ?afhandeling (?:\w+ )?(?:voltooid|afgerond|gereed|klaar)", r"de deur uit",
               r"klaargemaakt voor (?:de )?(?:bezorging|levering|aflevering|transport)"),
        "de": (r"ubergabe an (?:\w+ )?(?:partner|carrier|zustellpartner|subunternehmer|spediteur)\w*",
               r"(?:stellen|liefern) (?:\w+ ){0,4}(?:morgen|ubermorgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|am \d+)",
               r"voraussichtliche\w* (?:zustellung|lieferung|ankunft)", r"fur die zustellung (?:\w+ ){0,4}vorbereitet",
               r"(?:kommt|kommen|bringen|bringt) (?:\w+ ){0,4}(?:morgen|ubermorgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag)\b",
               r"fur den weitertransport", r"(?:zustellfenster|zustellzeit\w*|lieferfenster|zustellung|lieferung) (?:\w+ ){0,2}(?:morgen|ubermorgen)\b", r"(?:von|vom) (?!empfanger)(?:der |dem )?\w+ ubernommen",
               r"(?:sendung|paket|brief|einschreiben)\w* (?:\w+ ){0,2}aufgegeben"),
        # A present passive is a delivery to come in the Scandinavian languages ("levereras imorgon").
        "sv": (r"(?:levereras|delas ut)\b", r"tagits emot (?:av|pa|i) (?!mottagare)\w+"),
        "da": (r"leveres\b", r"overdraget til (?!modtage)\w+"), "nb": (r"leveres\b", r"overlevert til (?!mottaker)\w+"),
    }),
    # Only data so far: the sender preparing it, the carrier not yet holding it.
    ("info_received", {
        "nl": (r"gegevens (?:\w+ ){0,4}ontvangen", r"bereidt (?:\w+ ){0,3}voor",
               r"(?:wordt|worden) (?:\w+ ){0,2}(?:ingepakt|verpakt|klaargemaakt voor (?:verzending|verzenden))",
               r"(?:wachten|wacht|wachtend) op (?:\w+ ){0,3}(?:van|door) de (?:afzender|verzender|webshop)",
               r"nog niet (?:\w+ ){0,3}(?:aangeleverd|ingeleverd|afgegeven)"),
        "de": (r"noch nicht (?:\w+ ){0,3}(?:eingeliefert|ubergeben|abgegeben|eingegangen)",
               r"(?:paketschein|versandetikett|etikett|paketmarke|versandschein)\w* (?:\w+ )?(?:erstellt|gedruckt|erzeugt)",
               r"voranmeldung", r"bestellung (?:\w+ )?(?:wird|ist in) (?:\w+ )?(?:bearbeit\w*|verpackt|gepackt|kommissioniert)"),
        "sv": (r"(?:fatt|mottagit) (?:\w+ )?information",), "da": (r"modtaget (?:\w+ )?oplysninger",),
        "nb": (r"mottatt (?:\w+ )?(?:informasjon|opplysninger)",),
    }),
    ("lost", {"nl": (r"kwijt(?:geraakt)?",)}),
    *NORDIC_LATE_STEPS,
)
