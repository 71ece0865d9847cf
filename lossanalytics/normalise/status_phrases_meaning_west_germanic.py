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

Swedish, Danish and Norwegian follow the same grammar: a present passive with today ("levereras idag",
"leveres i dag", "blir levert i dag") is the last leg, with another day still on the way ("bliver leveret i
morgen"), the past ("blev leveret i dag") a delivery; the driver or courier "på väg / på vej / på vei" the
last leg.

Phrases are folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off,
punctuation as spaces), whole words. Written by the team to DESIGN §4 from how Dutch and German
carriers, posts and shops word their tracking steps (examples in
tests/test_status_meaning_west_germanic.py), not copied from any publisher.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step


def _gap(most: int) -> str:
    # Up to `most` words between two parts of a clause, none of them a negation or a future or
    # modal auxiliary, which would change what the clause says.
    return (r"(?:(?!(?:niet|geen|nicht|kein\w*|inte|ej|ikke|ikkje|wird|werden|wordt|worden|zal|zullen) )\w+ )"
            rf"{{0,{most}}}")


# Today, tonight, within the hour: the delivery round under way.
_VANDAAG = r"(?:vandaag|vanavond|vanmiddag|vanochtend|vanmorgen|straks|binnen (?:een|het|\d+) (?:uur|minuten))"
_HEUTE = r"(?:heute|in kurze|gerade|in (?:wenigen|ca \d+|\d+) minuten)"
_NL_DONE = r"(?:bezorgd|geleverd|afgeleverd)"
_DE_DONE = r"(?:zugestellt|geliefert|ausgeliefert)"
# A negation right after the day: "komt vandaag niet", "liefern heute nicht".
_NOT_AFTER = r"(?! (?:\w+ )?(?:niet|nicht|geen|kein\w*|inte|ej|ikke)\b)"
# Swedish, Danish and Norwegian today (folded: "ikväll" as "ikvall").
_IDAG = r"(?:idag|i dag|ikvall|i kvall|i aften|i kveld|i eftermiddag|i ettermiddag)"
_NL_POINT = (r"(?:servicepoint|service point|parcelshop|parcel shop|pakketpunt|pakjespunt|postpunt|pakjesautomaat|"
             r"pakketautomaat|afhaalpunt|ophaalpunt|pick ?up ?point|postnl punt|postkantoor)\w*")
_NL_DEPOT = r"(?:depot|sorteercentrum|distributiecentrum|hub|douane|magazijn)\w*"
_DE_DEPOT = (r"(?:paketzentrum|depot|verteilzentrum|sortierzentrum|zustellbasis|zustellstutzpunkt|hub|zoll|zollamt|"
             r"umschlag\w*|lager)")
_NL_SAFE_PLACE = r"(?:plek|plaats|deur|achterdeur|voordeur|schuur|garage|veranda|tuin|balkon|meterkast|portiek|hal)"
_DRIVER_NL = r"(?:bezorger|bezorgster|chauffeur|koerier|postbode|pakketbezorger)"
_DRIVER_DE = r"(?:fahrer|fahrerin|zusteller|zustellerin|kurier|bote|botin|paketbote|paketbotin)"
# A driver on the way to collect a parcel (from a sender, for a return) is no delivery round.
_NO_PICKUP = r"(?!.*\b(?:op te halen|ophalen|abholung|abholen|abzuholen)\b)"

WEST_GERMANIC_FIRST_STEPS: tuple[Step, ...] = (
    # The perfect or past passive with today (not to a pickup point), or the recipient who
    # collected it, even at a pickup point: delivered.
    ("delivered", {
        "nl": (r"(?:is|werd|zijn|werden) (?:\w+ ){0,3}(?:vandaag|vanochtend|vanmorgen|vanmiddag) " + _gap(6) + _NL_DONE
               + r"(?!.* " + _NL_POINT + ")",
               r"(?:je|u) (?:hebt|heeft) (?:je |uw |het )?(?:pakket|pakje|zending|bestelling)\w* (?:\w+ ){0,4}(?:opgehaald|afgehaald)",
               r"(?:ontvanger|geadresseerde|klant) heeft (?:\w+ ){0,4}(?:opgehaald|afgehaald|in ontvangst genomen)"),
        "de": (r"(?:wurde|wurden|ist|sind) (?:\w+ ){0,3}heute " + _gap(6) + _DE_DONE,),
    }),
)

WEST_GERMANIC_TODAY_STEPS: tuple[Step, ...] = (
    # Later than planned, or not any more today: a delay, not a failed attempt.
    ("exception", {
        "nl": (r"(?:wordt|worden|kan|kunnen) (?:\w+ ){0,4}niet meer (?:\w+ ){0,2}" + _NL_DONE,
               r"later (?!vandaag|op de dag)(?:dan (?:gepland|verwacht|gebruikelijk) )?(?:\w+ ){0,2}" + _NL_DONE,
               _NL_DONE + r" (?:\w+ )?later dan (?:gepland|verwacht|gebruikelijk)",
               r"verkeerd (?:bezorgd|afgeleverd|geleverd)", _NL_DONE + r" (?:op|bij|aan) (?:een |het )?verkeerd\w* (?:adres|persoon)"),
        "de": (r"(?:wird|werden|kann|konnen) (?:\w+ ){0,4}nicht mehr (?:\w+ ){0,2}" + _DE_DONE,
               r"spater (?:als (?:geplant|erwartet|angekundigt) )?(?:\w+ ){0,2}" + _DE_DONE,
               _DE_DONE + r" (?:\w+ )?spater als"),
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
               r"verwacht\w* " + _VANDAAG, _VANDAAG + r" (?:\w+ )?verwacht", r"vandaag tussen \d+"),
        "de": (r"(?:wird|werden) " + _gap(3) + _HEUTE + " " + _gap(10) + r"(?:zugestellt|geliefert|ausgeliefert|gebracht)",
               r"(?:stellen|stellt|liefern|liefert|bringen|bringt|kommen|kommt) " + _gap(4) + r"heute" + _NOT_AFTER,
               r"(?<!keine )(?:zustellung|lieferung|auslieferung|zustellfenster|zustellzeit|lieferfenster)\w* (?:\w+ ){0,2}"
               r"(?:erfolgt )?heute" + _NOT_AFTER,
               r"heute (?:\w+ )?zwischen \d+",
               # The verb second after "heute": "Heute kommt Ihr Paket", "Heute liefern wir".
               r"^heute (?:kommt|kommen|liefern|liefert|bringen|bringt|stellen|stellt)\b"),
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
               r"verpakking (?:\w+ ){0,2}beschadigd (?:\w+ ){0,5}(?:gecontroleerd|nagekeken|opnieuw verpakt|herverpakt)"),
        "de": (r"falsch (?:sortiert|geleitet|verladen|zugeordnet)", r"(?:zustellung|lieferung) (?:\w+ )?verschoben",
               r"(?:zahlung|bezahlung) (?:der |von )?(?:\w+ )?(?:einfuhr\w*|zoll\w*|import\w*|abgaben|steuern)",
               r"(?:einfuhr|import)abgaben (?:\w+ )?(?:ausstehend|offen|fallig)",
               r"verpackung (?:\w+ ){0,2}beschadigt (?:\w+ ){0,5}(?:nachverpackt|neu verpackt|umverpackt)",
               r"(?:hangt|steckt) (?:\w+ ){0,3}fest"),
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
               r"(?:konden|kunnen|kon) (?:we |wij )?(?:\w+ ){0,3}niet (?:bezorgen|leveren|afleveren)"),
        "de": (r"(?:adresse|anschrift|hausnummer|strasse|empfanger)\w* (?:\w+ ){0,2}nicht (?:gefunden|auffindbar|ermittelbar|"
               r"vorhanden|anwesend|zu finden)",
               r"kein (?:zugang|zutritt|einlass)", r"nicht zuganglich", r"niemand (?:zu hause|zuhause|anwesend|angetroffen)",
               r"nicht (?:zu hause|zuhause|anwesend)", r"nicht (?:\w+ )?antreffen",
               r"(?:konnten|konnte|konnen|kann) (?:wir |ich )?(?:\w+ ){0,4}nicht (?:\w+ ){0,2}(?:zustellen|liefern|ausliefern)",
               r"empfanger\w* (?:hat )?(?:\w+ ){0,3}(?:abgelehnt|verweigert)"),
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
               r"(?:getekend|ondertekend) door", r"in ontvangst genomen door (?:de )?(?:ontvanger|geadresseerde|klant)"),
        "de": (r"(?:am|an der|an dem|vor der|vor dem|in der|im|auf der|auf dem|hinter dem|hinter der|beim|bei) (?:\w+ ){0,2}"
               r"(?:wunschort|ablageort|haustur|wohnungstur|tur|garage|terrasse|balkon|carport|gartenhaus|schuppen|rezeption|"
               r"empfang|pforte|nachbar\w*|hauseingang|hausflur|treppenhaus|flur|keller) (?:\w+ )?(?:abgestellt|abgelegt|hinterlegt|abgegeben|deponiert)",
               r"(?:abgestellt|abgelegt|hinterlegt) (?:am|an der|vor der|vor dem|in der|im|auf der|auf dem|hinter dem) (?:\w+ ){0,2}"
               r"(?:wunschort|ablageort|haustur|wohnungstur|tur|garage|terrasse|balkon|carport)",
               r"(?:an|bei) (?:einen |einem |eine |einer |den |dem |die |der )?(?:mitbewohner|hausbewohner|familienmitglied|ehepartner|"
               r"rezeption|empfang|pforte|hausmeister|poststelle)\w* (?:\w+ )?(?:ubergeben|abgegeben)",
               r"(?:ihrem|ihrer|deinem|deiner|einem|einer) (?:\w+ )?(?:nachbar\w*|mitbewohner\w*) (?:\w+ ){0,2}(?:ubergeben|abgegeben)",
               r"(?:vom|von der|durch den|durch die) empfanger\w* (?:\w+ ){0,2}(?:entgegengenommen|angenommen|quittiert)",
               r"^unterschrift (?!(?:\w+ )?(?:erforderlich|notwendig|benotigt|fehlt|verweigert))\w+"),
        "sv": (r"lamnats ut till mottagare\w*", r"(?:lamna|levere?ra|utlamna)\w* (?:hos|till) grann\w*", r"hamtats av mottagare\w*",
               r"lamna\w* (?:vid|utanfor|pa) (?:\w+ )?(?:dorr|dorren|trappa|trappan|farstun|altanen)"),
        "da": (r"(?:stillet|sat|placeret|afleveret) (?:ved|foran|pa) (?:\w+ )?(?:dør|døren|hoveddøren|trappen|terrassen)",),
        "nb": (r"(?:satt|plassert|levert) (?:ved|foran|pa|utenfor) (?:\w+ )?(?:dør|døra|døren|trappa|trappen)",),
    }),
    ("available_for_pickup", {
        "nl": (r"staat (?:\w+ ){0,3}klaar",),
    }),
    # The driver on the way, the parcel on the van or given to the driver: the last leg.
    ("out_for_delivery", {
        "nl": (_DRIVER_NL + r"\w* (?:is |zijn )?(?:\w+ ){0,2}(?:onderweg|vertrokken|rijdt|in (?:de|je|uw) buurt|bijna bij|"
               r"nog \d+ (?:stops?|adressen))" + _NO_PICKUP,
               r"(?:onderweg|vertrokken|rijdt|mee) (?:\w+ ){0,3}(?:met|naar) (?:de |je |uw )?" + _DRIVER_NL + _NO_PICKUP,
               r"met (?:de |je |uw )?" + _DRIVER_NL + r" mee",
               r"(?:in|op) de (?:bezorg|bestel)\w*(?:bus|wagen|auto|voertuig)",
               r"meegegeven (?:aan|met) (?:de )?" + _DRIVER_NL,
               r"onderweg (?:voor|naar) (?:de |het )?(?:aflevering|bezorging|levering|bezorgadres|afleveradres)",
               r"uit voor (?:bezorging|aflevering)", r"in distributie", r"bijna bij (?:je|jou|u)\b"),
        "de": (_DRIVER_DE + r" (?:ist )?(?:\w+ ){0,3}(?:unterwegs|auf dem weg|in ihrer nahe)" + _NO_PICKUP,
               r"(?:unterwegs|auf dem weg) (?:zu ihnen|zum empfanger|zur empfangerin|zur (?:zustell|liefer)adresse)",
               r"(?:zum|zur) empfanger\w* unterwegs",
               _DRIVER_DE + r" hat (?:\w+ ){0,3}(?:geladen|ubernommen|aufgenommen)", r"noch \d+ (?:stopps?|stops?) entfernt", r"in der auslieferung"),
        "sv": (r"(?:foraren|chauffor\w*|budet|budbil\w*) (?:ar )?(?:\w+ ){0,2}pa vag(?!.*\bhamta\b)", r"pa vag (?:ut )?till dig\b",
               r"(?:i|pa) (?:bud|leverans|distributions)bil\w*"),
        "da": (r"(?:chaufføren|chauffør|buddet|budet) (?:er )?(?:\w+ ){0,2}pa vej(?!.*\bhente\b)",
               r"pa vej ud til (?:dig|dem|modtage\w*)"),
        "nb": (r"(?:sjaføren|sjafør|budet) (?:er )?(?:\w+ ){0,2}pa vei(?!.*\bhente\b)", r"pa vei ut til (?:deg|dere|mottaker\w*)"),
    }),
    ("returned", {
        "nl": (r"terug (?:bij|naar) (?:de )?(?:afzender|verzender|webshop)",),
    }),
    # Handed in by the sender, shipped, announced for another day: on the way.
    ("in_transit", {
        "nl": (r"(?:afzender|verzender) heeft (?:\w+ ){0,4}(?:overgedragen|afgegeven|aangeleverd|ingeleverd)", r"(?:pakket|pakje|zending|bestelling)\w* (?:is|werd) (?:\w+ )?verzonden",
               r"binnengekomen", r"klaar voor (?:de )?bezorging",
               r"(?:bezorgen|leveren) (?:\w+ ){0,4}(?:morgen|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)",
               r"verwachte (?:bezorg|lever)\w*"),
        "de": (r"ubergabe an (?:\w+ )?(?:partner|carrier|zustellpartner|subunternehmer|spediteur)\w*",
               r"(?:stellen|liefern) (?:\w+ ){0,4}(?:morgen|ubermorgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|am \d+)",
               r"voraussichtliche\w* (?:zustellung|lieferung|ankunft)", r"fur die zustellung (?:\w+ ){0,4}vorbereitet"),
        # A present passive is a delivery to come in the Scandinavian languages ("levereras imorgon").
        "sv": (r"(?:levereras|delas ut)\b", r"tagits emot (?:av|pa|i) (?!mottagare)\w+"),
        "da": (r"leveres\b", r"overdraget til (?!modtage)\w+"), "nb": (r"leveres\b", r"overlevert til (?!mottaker)\w+"),
    }),
    # Only data so far: the sender preparing it, the carrier not yet holding it.
    ("info_received", {
        "nl": (r"gegevens (?:\w+ ){0,4}ontvangen", r"bereidt (?:\w+ ){0,3}voor"),
        "de": (r"noch nicht (?:(?:an|bei) uns )?(?:eingeliefert|ubergeben|abgegeben|eingegangen)",),
        "sv": (r"(?:fatt|mottagit) (?:\w+ )?information",), "da": (r"modtaget (?:\w+ )?oplysninger",),
        "nb": (r"mottatt (?:\w+ )?(?:informasjon|opplysninger)",),
    }),
)
