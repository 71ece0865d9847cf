"""Finnish, Swedish, Danish and Norwegian (bokmål) event texts read by their grammar and meaning (twenty-ninth
round), in three groups that status_phrases places beside status_phrases_meaning_west_germanic's.

NORDIC_MEANING_EARLY_STEPS come just before WEST_GERMANIC_EARLY_STEPS_4, before the outcome steps and the
first failed-attempt and delivered words. A text message, e-mail or card payment that failed, money returned to
an account or a right to return goods says nothing of the parcel (unread) or is a payment the parcel waits for;
a pickup from the sender planned, under way or failed ("Nouto lähettäjältä epäonnistui", "Upphämtning hos
avsändaren misslyckades", "på vej for at hente pakken hos afsender") and a parcel the sender has not handed in
yet are only data; collected from the sender's warehouse ("noudettu lähettäjän varastosta") moves on; a
delivery "to the recipient" in the present passive ("levereras till mottagaren imorgon") is still to come; a
packaging or label damaged and checked, a delivery put off by weather, a strike, a vehicle broken down (the
reason named with "vuoksi", "på grund av", "pga.") is a problem, not damage or a failed attempt; "Forsøgt
leveret" is a failed attempt; a parcel leaving a pickup point for the return ("lähtee noutopisteestä
palautukseen") is a return.

NORDIC_MEANING_FIRST_STEPS come just before WEST_GERMANIC_FIRST_STEPS_4, before the pickup step and the bare
"toimitettu", "luovutettu", "levererat", "levert". Finnish reads by case: "toimitettu / luovutettu" with the
allative or illative of a carrier, customs, an airline or a terminal ("Postille", "lentoyhtiölle",
"jakeluterminaaliin") is a hand-over; a verb of going or the present passive with the illative of a pickup point
("toimitetaan noutopisteeseen", "saapuu noutopisteeseen torstaina", "lähtenyt noutopisteeseen") is still on the
way, while the perfect with the same case ("on saapunut noutopisteeseen") waits there; the sender as subject
("Lähettäjä toi lähetyksen noutopisteeseen") hands it in. The same hand-overs in Swedish, Danish and Norwegian
("Överlämnad till flygbolaget", "afleveret til tolden", "levert til tollen"), a delivery to a pickup point in the
present passive ("levereras till ditt ombud", "leveres til pakkeshop") or not yet arrived ("ikke ankommet til
pakkeshoppen endnu") move on; collected from a box ("hämtades ut från paketboxen", "Udleveret i pakkeshop",
"ble hentet på hentestedet") is a delivery; delivered into a locker ("levert i pakkeautomaten") waits there; a
negated delivery ("ei toimitettu", "inte levererats än") is no delivery; the last leg within the hour; nobody
answering the door or the phone, no name on the door, no way into the building is a failed attempt, before a
heading ("Avvikelse", "Poikkeama", "Häiriö") reads only a problem.

NORDIC_MEANING_LATE_STEPS come just before WEST_GERMANIC_LATE_STEPS_4, before the broad label and movement words
("tull", "mottagen", "saapu", "vastaanotettu", "lähtenyt", "læsset", "på väg"): customs asking for papers, a
parcel stuck at customs, missorted, missed its transport, waiting for the sender's instructions is a problem;
order data received, an order picked or packed, a label made only data; the driver coming, the next stop, on the
van the last leg; a deviation or disruption with no failed attempt named a problem; signed for, left at the door,
"perillä" a delivery; waiting to be collected at a named place waits for pickup.

Phrases are folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, "ø" and "æ"
kept, punctuation as spaces), whole words. Written by the team to DESIGN §4 from how Posti, Matkahuolto,
PostNord, Bring, GLS, DAO, Budbee, Instabox, Helthjem and Nordic shops word their steps (examples in
tests/test_status_meaning_nordic.py), not copied from any publisher.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# A message or notification, not the parcel (folded: "E-post" as "e post", "Sähköposti" as "sahkoposti").
_MESSAGE = (r"(?:sms|tekstiviesti|sahkoposti|e ?post|epost|e ?mail|email|avisering|meddelande|besked|melding|varsel|"
            r"notifikation|push ilmoitus|viesti)\w*")
# Carriers, customs, airlines and the network's own places a parcel is handed to on its way (Finnish allative
# and illative; "taloyhtiölle", the housing company, is a recipient).
_FI_NETWORK = (r"(?:postille|postnordille|matkahuollolle|budbeelle|bringille|schenkerille|upsille|fedexille|glsille|"
               r"dhl lle|tullille|kuriirille|huolitsijalle|(?!talo)\w*(?:yhtiolle|liikkeelle|kumppanille|partnerille|"
               r"operaattorille)|\w*terminaaliin|lajittelu\w*|\w*keskukseen|varastoon|\w*kuljetukseen)")
_SCAN_NETWORK = (r"(?:tull\w*|told\w*|toll\w*|transportør\w*|transportor\w*|fragtfør\w*|flygbolag\w*|flyselskab\w*|"
                 r"flyselskap\w*|speditor\w*|postnord|gls|dao|bring|posten|dhl|ups|fedex|schenker|budbee|helthjem|"
                 r"(?:samarbejds|samarbeids)?partner\w*)")
# A pickup point, locker or post-office shop with its case: to it (illative), at it (inessive), from it (elative);
# direction decides ("matkalla noutopisteeseen" is on the way, "noutopisteestä" leaves or is collected).
_FI_POINT_TO = r"(?:\w*(?:noutopisteeseen|pakettipisteeseen|automaattiin|noutopaikkaan|myymalaan)|postiin)"
_FI_POINT_AT = r"(?:\w*(?:noutopisteessa|pakettipisteessa|automaatissa|noutopaikassa|myymalassa)|postissa)"
_FI_POINT_FROM = r"(?:\w*(?:noutopisteesta|pakettipisteesta|automaatista|noutopaikasta|myymalasta)|postista)"
_SCAN_POINT = (r"(?:\w*ombud\w*|paketbox\w*|paketskap\w*|utlamningsstall\w*|instabox\w*|pakkeshop\w*|pakkeboks\w*|"
               r"udleveringssted\w*|døgnpost\w*|hentested\w*|pakkeautomat\w*|postkontor\w*)")
# A reason on the carrier's side: weather, traffic, a strike, a vehicle or system fault, volumes.
_FI_REASON = (r"(?:saan|saaolosuhteiden|myrskyn|lumimyrskyn|liukkauden|tulvan|ruuhkan|ruuhkien|lakon|teknisen vian|"
              r"ajoneuvon \w+|auton \w+|autovian|jarjestelmavian|poikkeustilanteen|suuren lahetysmaaran)")
_SCAN_REASON = (r"(?:vader|ovader|snoovader|snevejr|vejret|uvejr|storm\w*|snøvær|uvær|været|halka|glatføre|strejk\w*|"
                r"streik\w*|tekniske? problem\w*|tekniska problem|fordonshaveri|bilen (?:\w+ )?gik i stykker|trafik\w*|"
                r"(?:stor|stort|store|hog) (?:\w+ )?(?:volym\w*|mængde\w*|pakkemængde|belastning|mengde\w*))")
_SCAN_BECAUSE = r"(?:pa grund av|pa grund af|pa grunn av|pga|grundet|grunnet|till foljd av)"

NORDIC_MEANING_EARLY_STEPS: tuple[Step, ...] = (
    # A message that failed, money back on an account, a right to return goods: nothing about the parcel.
    ("unknown", {
        "fi": (_MESSAGE + r" (?:\w+ ){0,2}(?:epaonnistu\w*|ei voitu (?:toimittaa|lahettaa))",
               r"(?:rahat|rahasi|summa|maksusi|kauppahinta) (?:\w+ ){0,2}palautet\w*",
               r"palautet\w* (?:\w+ ){0,2}(?:tilille\w*|kortille\w*|pankkitilille\w*)", r"voit palauttaa", r"palautusohje\w*",
               r"latausvirhe", r"tietojen (?:\w+ )?(?:lahetys|siirto|lataus) epaonnistui"),
        "sv": (_MESSAGE + r" (?:\w+ ){0,2}kunde inte (?:levereras|skickas)",
               r"(?:pengarna|beloppet|summan) (?:\w+ ){0,3}(?:returnerats|aterbetalats|aterforts)",
               r"(?:du kan|kan du|ni kan) returnera"),
        "da": (_MESSAGE + r" (?:\w+ ){0,2}kunne ikke (?:leveres|sendes)",
               r"(?:beløbet|pengene) (?:\w+ ){0,3}(?:returneret|tilbageført|refunderet)", r"(?:du kan|kan du) returnere"),
        "nb": (_MESSAGE + r" (?:\w+ ){0,2}kunne ikke (?:leveres|sendes)",
               r"(?:beløpet|pengene) (?:\w+ ){0,3}(?:returnert|tilbakeført|refundert)", r"(?:du kan|kan du) returnere"),
    }),
    # A card payment refused: the order waits for it, no failed delivery ("betalning misslyckades" alike).
    ("exception", {
        "sv": (r"(?:kort)?betalning\w* (?:\w+ ){0,2}(?:nekades|nekad|avvisades|avvisad)",),
        "da": (r"(?:kort)?betaling\w* (?:\w+ ){0,2}(?:blev )?afvist",),
    }),
    # A pickup from the sender planned, under way or failed, a parcel not handed in yet: only data.
    ("info_received", {
        "fi": (r"nou\w* lahettajalta (?:\w+ ){0,2}(?:epaonnistu\w*|ei (?:\w+ )?onnistu\w*|ei voitu \w+)",
               r"noudetaan (?:\w+ )?lahettajalta", r"noutaa (?:\w+ ){0,2}lahettajalta", r"matkalla noutamaan",
               r"lahettaja (?:toimittaa|tuo|jattaa|luovuttaa|valmistelee|pakkaa)",
               r"lahettaja ei ole (?:viela )?(?:\w+ )?(?:luovuttanut|jattanyt|toimittanut)"),
        "sv": (r"(?:upphamtning|hamtning)\w* (?:\w+ ){0,2}(?:hos|fran) avsandare\w* (?:\w+ )?misslyck\w*",
               r"pa vag for att hamta", r"(?:invantar|vantar pa) (?:\w+ ){0,2}upphamtning", r"avsandaren lamnar in",
               r"(?:annu )?(?:inte|ej) (?:annu )?inlamna[dt]", r"(?:edi|forhandsinformation|forhandsavisering) (?:\w+ )?mottag\w*"),
        "da": (r"(?:afhentning|hentning) (?:\w+ ){0,2}(?:hos|fra) afsender\w* (?:\w+ )?mislykke\w*", r"pa vej for at hente",
               r"(?:endnu )?ikke (?:\w+ )?(?:afleveret|indleveret) til os", r"afventer (?:\w+ )?indlevering"),
        "nb": (r"henting (?:\w+ ){0,2}(?:hos|fra) avsender\w* (?:\w+ )?(?:mislyk\w*|feilet)", r"pa vei for a hente",
               r"avventer (?:\w+ )?innlevering"),
    }),
    # Delivered "to the recipient" today in the present passive: the last leg.
    ("out_for_delivery", {
        "sv": (r"levereras till mottagare\w* (?:\w+ )?(?:idag|i dag|ikvall|i kvall)",),
    }),
    # Collected from the sender's own place: moving on, before "noudettu" reads a delivery.
    ("in_transit", {
        "fi": (r"(?:noudettu|noudettiin|haettu|haettiin|nouti|noutanut|hakenut) (?:\w+ ){0,2}lahettajan (?:\w+ )?"
               r"(?:varastosta|luota|osoitteesta|toimipisteesta|liikkeesta)",
               r"(?:noutanut|nouti|hakenut|haki|noudettiin|haettiin) (?:\w+ ){0,2}lahettajalta",
               r"ei ole (?:viela )?(?:saapunut|tullut) (?:\w+ )?" + _FI_POINT_TO, r"matkalla (?:\w+ ){0,2}" + _FI_POINT_TO),
        "sv": (r"levereras till mottagare\w*(?! (?:\w+ )?(?:idag|i dag|ikvall|i kvall))",),
    }),
    # Packaging or a label damaged and checked, a delivery put off for the carrier's own reason: a problem.
    ("exception", {
        "fi": (r"(?:pakkaus|pakkaukse)\w* (?:\w+ ){0,2}vaurio\w* (?:\w+ ){0,3}(?:tarkast\w*|selvit\w*)",
               r"(?:osoitetarra|osoitelappu|osoitekortti|etiketti|tarra)\w* (?:\w+ ){0,2}(?:vaurioitu\w*|repeytyn\w*|lukukelvoton)",
               _FI_REASON + r" (?:vuoksi|takia|johdosta)", r"pakataan uudelleen", r"uudelleen ?pakat\w*"),
        "sv": (r"(?:forpackning|emballage)\w* (?:\w+ ){0,2}skadad\w* (?:\w+ ){0,3}(?:kontroll\w*|undersok\w*)",
               _SCAN_BECAUSE + " " + _SCAN_REASON, r"ompacka\w*", r"packa\w* om\b",
               r"(?:skickats|skickad|skickades|levererats|levererad) till (?:en )?fel adress"),
        "da": (r"emballage\w* (?:\w+ ){0,2}beskadiget (?:\w+ ){0,3}(?:kontrolle\w*|undersøg\w*)",
               _SCAN_BECAUSE + " " + _SCAN_REASON, r"ompak\w*", r"(?:sendt|leveret|kørt) til (?:en )?forkert adresse"),
        "nb": (r"emballasje\w* (?:\w+ ){0,2}skadet (?:\w+ ){0,3}(?:kontrolle\w*|undersøk\w*)",
               _SCAN_BECAUSE + " " + _SCAN_REASON, r"ompakk\w*", r"(?:pakket|pakkes) om\b",
               r"(?:sendt|levert|kjørt) til (?:en )?feil adresse"),
    }),
    # Back to the sender, or leaving a pickup point for the return: a return, whatever reason follows.
    ("returned", {
        "fi": (r"(?:lahtee|lahtenyt|siirretty|siirtyy|menee) (?:\w+ ){0,2}palautukseen", r"palautumassa", r"palaut\w* (?:\w+ )?(?:lahettajalle|myyjalle|verkkokauppaan)",
               r"takaisin (?:\w+ )?(?:lahettaja\w*|verkkokaupp\w*|kauppaan|myyja\w*|myymalaan)"),
    }),
    # Not collected from the pickup point by the recipient: a problem, as "Not collected".
    ("exception", {
        "fi": (r"ei (?:ole )?noudettu " + _FI_POINT_FROM,),
    }),
    # "Tried delivered", the recipient not found: an attempt, not a delivery, nor a tracking number not found.
    ("delivery_failed", {
        "fi": (r"(?:vastaanottaja\w*|nime\w*|asiakas\w*) ei loytynyt(?!.*\bpalaut)",),
        "da": (r"forsøgt (?:\w+ )?(?:leveret|afleveret|udbragt)",),
        "nb": (r"forsøkt (?:\w+ )?levert",),
    }),
)

NORDIC_MEANING_FIRST_STEPS: tuple[Step, ...] = (
    # A failed delivery in the negative, before "saapumisilmoitus" reads a parcel waiting.
    ("delivery_failed", {
        "fi": (r"(?:toimitus|jakelu|kotiinkuljetus|luovutus)\w* ei (?:\w+ )?onnistu\w*",),
    }),
    # Not yet delivered: still on the way.
    ("in_transit", {
        "fi": (r"ei (?:ole )?viela (?:\w+ )?toimitettu",),
        "sv": (r"inte (?:\w+ )?levererat?s? (?:an|annu)\b", r"(?:annu|an) inte (?:\w+ )?levererat?s?\b"),
    }),
    # Not delivered: the attempt failed.
    ("delivery_failed", {
        "fi": (r"ei (?:ole )?toimitettu",),
        "sv": (r"inte (?:\w+ )?levererat?s?\b",),
    }),
    # The shipment's information handed to a carrier is the carrier holding its data, not the parcel; a parcel not
    # (yet) handed to a carrier is still with the sender.
    ("info_received", {
        "sv": (r"\w*(?:information|uppgift|uppgifter|data|edi|forhandsavisering)\w* (?:\w+ ){0,4}(?:overlamna\w*|lamna\w*|"
               r"leverera\w*|skickat?s?|sant?s?) (?:\w+ ){0,2}till\b",
               r"(?:inte|ej) (?:\w+ )?(?:overlamna\w*|lamna\w* over|levererat?s?) (?:\w+ ){0,2}till " + _SCAN_NETWORK),
        "da": (r"\w*(?:information|oplysning|data|edi)\w* (?:\w+ ){0,4}(?:afleveret|overdraget|leveret|sendt|modtaget) "
               r"(?:\w+ ){0,2}(?:til|af)\b",
               r"ikke (?:\w+ )?(?:afleveret|overdraget|indleveret) (?:\w+ ){0,2}til " + _SCAN_NETWORK),
        "nb": (r"\w*(?:informasjon|opplysning|data|edi)\w* (?:\w+ ){0,4}(?:overlevert|levert|sendt|mottatt) "
               r"(?:\w+ ){0,2}(?:til|av)\b",
               r"ikke (?:\w+ )?(?:overlevert|innlevert|levert inn) (?:\w+ ){0,2}til " + _SCAN_NETWORK),
    }),
    # Handed to a carrier, customs, an airline or a terminal (not "not yet handed"); the sender handing it in: moving on.
    ("in_transit", {
        "fi": (r"(?:toimitettu|toimitettiin|luovutettu|luovutettiin|annettu) (?:\w+ ){0,2}" + _FI_NETWORK,
               r"lahettaja (?:on )?(?:jattanyt|jatti|toi|tuonut|luovuttanut|luovutti|vienyt|vei)\b",
               r"(?<!ei )(?<!ole )(?<!viela )jatetty (?:\w+ ){0,3}(?:kuljetettavaksi|lahetettavaksi|lahettajan toimesta)",
               r"vastaanotettu (?:\w+ ){0,2}lahettajalta",
               r"(?:toimitetaan|kuljetetaan|saapuu|siirretaan|viedaan|lahetetaan|ohjataan|lahtenyt|lahti|ohjattu) "
               r"(?:\w+ ){0,3}" + _FI_POINT_TO),
        "sv": (r"(?<!inte )(?<!ej )(?:overlamna[dt]s?|lamnats over|lamnad|levererad|levererats) (?:\w+ ){0,2}till " + _SCAN_NETWORK,
               r"overlamna\w* (?:\w+ ){0,3}for (?:utdelning|vidare transport|distribution)",
               r"levereras (?:\w+ ){0,2}till (?:\w+ )?" + _SCAN_POINT,
               r"inte (?:\w+ )?(?:kommit fram|anlant|ankommit) (?:\w+ ){0,2}till", r"pa vag (?:\w+ )?till (?:\w+ )?" + _SCAN_POINT),
        "da": (r"(?<!ikke )(?:afleveret|overdraget|leveret) (?:\w+ ){0,2}til " + _SCAN_NETWORK,
               r"leveres (?:\w+ ){0,2}til (?:\w+ )?" + _SCAN_POINT,
               r"ikke (?:\w+ )?(?:ankommet|kommet frem|naet frem) (?:\w+ ){0,2}til", r"pa vej (?:\w+ )?til (?:\w+ )?" + _SCAN_POINT),
        "nb": (r"(?<!ikke )(?:overlevert|levert) (?:\w+ ){0,2}til " + _SCAN_NETWORK,
               r"leveres (?:\w+ ){0,2}til (?:\w+ )?" + _SCAN_POINT,
               r"ikke (?:\w+ )?(?:kommet fram|ankommet) (?:\w+ ){0,2}til", r"avsender (?:har )?levert",
               r"pa vei (?:\w+ )?til (?:\w+ )?" + _SCAN_POINT),
    }),
    # Collected by the recipient from a box or shop: delivered, before the place reads a parcel waiting.
    ("delivered", {
        "sv": (r"(?<!ej )(?<!inte )(?:hamtades|hamtats|hamtad|hamtat) ut\b",),
        "da": (r"udleveret (?:\w+ ){0,2}(?:i|fra|pa) (?:\w+ )?" + _SCAN_POINT,),
        "nb": (r"(?:ble|er|blitt) hentet (?:\w+ ){0,2}(?:pa|fra|i) (?:\w+ )?" + _SCAN_POINT,),
    }),
    # Put into a locker or moved to a shop to be collected: waiting there.
    ("available_for_pickup", {
        "fi": (r"noudettavaksi",),
        "nb": (r"levert (?:i|til) (?:\w+ )?(?:pakkeautomat|pakkeboks|hentested|pakkeskap)\w*",),
    }),
    # Within the next hour, at a time today: the last leg.
    ("out_for_delivery", {
        # "Emme voineet toimittaa … tänään": a modal before the verb negates or doubts it.
        "fi": (r"(?:seuraavan|lahimman) (?:puolen )?tunnin aikana",
               r"(?<!voineet )(?<!voinut )(?<!voi )(?<!voida )(?<!voitu )(?<!pysty )(?<!pystyneet )(?<!pystynyt )"
               r"toimittaa (?:\w+ ){0,3}tanaan",
               r"(?:saapumisaika|toimitusaika|jakeluaika) (?:\w+ )?tanaan"),
    }),
    # Nobody answering the door or the phone, no name, no way in: a failed attempt, before a heading ("Avvikelse",
    # "Poikkeama") reads only a problem.
    ("delivery_failed", {
        "fi": (r"ei (?:ollut|ole) (?:kotona|paikalla)", r"ei paasya", r"ei vastannut (?:\w+ )?puhelimeen", r"ei (?:paassyt|paasty)", r"emme paasseet", r"emme tavoittaneet",
               r"ei (?:ollut )?tavoitettavissa", r"ei kotona", r"ei loytynyt osoitteesta", r"nimea ei loytynyt",
               r"osoitteessa ei (?:ole|ollut)", r"ei voitu suorittaa", r"jai toimittamatta", r"ei halunnut vastaanottaa",
               r"ei avannut ovea", r"(?:osoite|postinumero)\w* (?:\w+ ){0,3}eivat tasmaa", r"ei loytanyt (?:\w+ )?(?:osoitetta|vastaanottajaa|ovea|rappua|taloa)", r"ovikoodi\w* (?:ei toiminut|puuttu\w*|vaara)"),
        "sv": (r"ingen (?:svarade|oppnade|kunde ta emot)", r"svarade inte (?:\w+ )?(?:i telefon|pa (?:ringning|samtal|telefon))",
               r"kom inte in (?:i|pa)", r"ingen atkomst",
               r"(?:mottagare\w*|kund\w*) (?:\w+ )?kunde inte (?:nas|kontaktas)", r"namn\w* saknas (?:pa|vid) (?:dorren|brevladan|porttelefonen)"),
        "da": (r"ingen (?:til at tage imod|svarede)", r"(?:modtage\w*|kunde\w*) (?:\w+ )?kunne ikke (?:kontaktes|traffes|nas)", r"kunne ikke finde adressen", r"ufuldstændig\w*",
               r"navn\w* mangler (?:pa|ved) (?:postkassen|døren)", r"svarede ikke (?:\w+ )?(?:telefonen|pa telefon)"),
        "nb": (r"fant ikke (?:\w+ )?adressen", r"svarte ikke (?:\w+ )?(?:pa )?telefon\w*", r"ingen som kunne ta imot", r"(?:mottaker\w*|kunde\w*) (?:\w+ )?kunne ikke (?:kontaktes|treffes|nas)",
               r"navn\w* mangler pa (?:postkassen|døra|døren)"),
    }),
)

NORDIC_MEANING_LATE_STEPS: tuple[Step, ...] = (
    # Customs asking for papers, a parcel stuck, missorted, on hold or left behind: a problem.
    ("exception", {
        "fi": (r"tulli (?:\w+ )?(?:vaatii|pyytaa|tarvitsee)", r"tullaus\w* (?:\w+ ){0,2}(?:puuttu\w*|puutteellis\w*)",
               r"puuttuva\w* (?:\w+ )?(?:tullaus|tulli)\w*", r"(?:tullausta|tulliselvitysta) varten (?:\w+ )?tarvitaan",
               r"(?:jumissa|pysahtynyt|pidossa|seisoo) (?:\w+ )?tullissa", r"tullin (?:pidattama|pysayttama)",
               r"tarkastettavana", r"ei lahtenyt", r"(?:tarvitaan|vaaditaan) (?:\w+ ){0,2}maksu\w*", r"viivett\w*",
               r"(?:odottaa|odotetaan) (?:\w+ )?(?:lahettajan )?ohje\w*", r"odottaa lisatietoja",
               r"(?:tarvitsemme|tarvitaan) (?:\w+ )?lisatie\w*",
               r"vaarin lajitel\w*", r"(?:vaaraan|vaarassa) (?:\w+ )?(?:terminaali|osoittee|kaupunki|maa|paikka|toimipistee|noutopistee|jakelukeskukse|lajittelu)\w*",
               r"varastoitu (?:\w+ ){0,2}selvity\w*", r"(?:maksa|maksettava) tullimaks\w*", r"jai pois kuljetuksesta",
               r"ei ehtinyt (?:\w+ )?(?:kuljetukseen|autoon|lentoon|kyytiin)"),
        "sv": (r"tullhandling\w* saknas", r"saknas (?:\w+ )?tullhandling\w*", r"(?:hamnat|skickats) (?:pa|till) fel",
               r"fel terminal", r"missade (?:\w+ )?(?:transporten|bilen|flyget|avgangen)",
               r"vi behover (?:mer |ytterligare )?(?:information|uppgifter|dokument)",
               r"saknar (?:\w+ )?(?:tulldeklaration|tullhandling|faktura|handelsfaktura|dokument)\w*", r"(?:vantar|invantar) pa (?:\w+ )?instruktion\w*"),
        "da": (r"(?:manglende|mangler) (?:\w+ )?(?:told|toldpapir|tolddokument)\w*", r"tolddokument\w* mangler",
               r"sat i bero", r"naede ikke (?:\w+ )?(?:med )?(?:bilen|flyet|transporten)",
               r"vi mangler (?:\w+ )?oplysninger", r"afventer (?:\w+ )?instruks\w*"),
        "nb": (r"manglende (?:\w+ )?(?:toll|tolldokument)\w*", r"rakk ikke (?:\w+ )?(?:bilen|flyet|transporten)",
               r"vi trenger (?:mer |ytterligere )?(?:informasjon|opplysninger|dokument\w*)", r"venter pa (?:\w+ )?instruks\w*"),
    }),
    # Order data received, an order picked, packed or prepared, a label made: only data.
    ("info_received", {
        "fi": (r"\w*tiedot (?:on )?(?:\w+ )?(?:vastaanotettu|saatu|siirretty|luotu)", r"\w*tilau\w* (?:on )?vastaanotettu",
               r"(?:kerataan|keratty|pakataan) (?:\w+ )?(?:varastossa|varastolla)", r"(?:osoitekortti|lahetysnumero)\w* (?:on )?luotu",
               r"luonut (?:\w+ )?(?:osoitekorti\w*|lahetykse\w*|tilaukse\w*)", r"pakattu ja odottaa"),
        "sv": (r"order\w* (?:behandlas|plockas|packas|har packats)", r"fraktsedel\w* (?:\w+ )?(?:utskriven|skapad|skapades)",
               r"skapat en fraktsedel"),
        "da": (r"ordre\w* (?:er )?under behandling", r"pakket og afventer"),
        "nb": (r"(?:fraktetikett|etikett|fraktbrev|adresselapp)\w* (?:er )?(?:opprettet|laget|skrevet ut)",
               r"registrert hos (?:bring|posten|postnord)", r"pakket og venter"),
    }),
    # The driver coming, the next stop, the parcel on the van: the last leg.
    ("out_for_delivery", {
        "fi": (r"jakeluauto(?:ssa|on)", r"kotiinkuljetukse(?:ssa|en)", r"kuljettaja\w* (?:on )?tulossa", r"tulossa tanaan",
               r"seuraava (?:toimituspaikka|toimitusosoite|toimituskohde|kohde)", r"\d+ (?:pysakin|pysahdyksen|toimituksen) paassa",
               r"jakelu (?:on )?alkanut", r"lahtenyt liikkeelle"),
        "sv": (r"nasta (?:leverans|stopp)", r"med foraren", r"hemleverans pagar", r"kor ut idag",
               r"lastas (?:in )?i bilen for leverans"),
        "da": (r"næste stop", r"(?:pakke\w*|forsendelse\w*) (?:\w+ )?er pa bilen\b(?! (?:til|mod) )", r"kører ud i dag",
               r"læsset pa bilen\b(?! (?:til|mod) )"),
        "nb": (r"neste stopp", r"(?:pakke\w*|sending\w*) (?:\w+ )?er pa bilen\b(?! (?:til|mot) )"),
    }),
    # A deviation, a disruption, on hold: a problem, when no failed attempt is named after the heading.
    ("exception", {
        "fi": (r"pidossa", r"poikkea(?:ma|va)\w*", r"hairio\w*"),
        "sv": (r"sparra[dt]", r"avvikelse\w*"),
        "da": (r"uregelmæssighed\w*",),
    }),
    # Signed for, left at the door, arrived with the recipient: delivered.
    ("delivered", {
        "fi": (r"(?<!ei ole )(?<!ei )kuitannut",
               r"(?:luovutettiin|toimitettiin|jatettiin|annettiin) (?:\w+ ){0,2}(?:naapuri\w*|perheenjasene\w*)", r"(?<!ei )(?<!viela )perilla", r"luovutettiin vastaanottajalle", r"(?:asiakas|vastaanottaja) nouti", r"(?:asiakas|vastaanottaja) (?:on )?ottanut (?:\w+ )?vastaan",
               r"jatetty (?:\w+ ){0,2}(?:oven|ulko oven) (?:eteen|taakse)", r"annettiin vastaanottajalle",
               r"vastaanotettu vastaanottajan toimesta"),
        "sv": (r"(?:lamnades|lamnats) (?:\w+ )?(?:till|hos) (?:mottagare\w*|grann\w*)",),
        "nb": (r"signert av mottaker", r"(?:satt|lagt|plassert) (?:igjen )?(?:ved|foran|utenfor) (?:døren|døra|inngangen)"),
    }),
    # Waiting to be collected at a named place.
    ("available_for_pickup", {
        "fi": (r"voit noutaa", r"odottaa sinua (?:\w+ )?" + _FI_POINT_AT, r"nouda (?:\w+ )?(?:lahetys|lahetyksesi|paketti|pakettisi)\b"),
        "sv": (r"finns (?:att hamta|for avhamtning)", r"vantar pa att hamtas", r"(?:paket\w*|forsandelse\w*) (?:\w+ )?vantar pa dig",
               r"ligger (?:\w+ )?(?:klart? )?(?:i|pa|hos) (?:\w+ )?" + _SCAN_POINT),
        "da": (r"(?:pakke\w*|forsendelse\w*) (?:\w+ )?venter pa dig", r"ligger (?:\w+ )?(?:klar )?(?:i|pa|hos) (?:\w+ )?" + _SCAN_POINT),
        "nb": (r"klar til a hentes", r"(?:pakke\w*|sending\w*) (?:\w+ )?venter pa deg",
               r"ligger (?:\w+ )?(?:klar )?(?:i|pa|hos) (?:\w+ )?" + _SCAN_POINT),
    }),
    # Moving on: left a country, taken in, flown, coming another day.
    ("in_transit", {
        "fi": (r"lahti (?:\w+ ){0,2}kohti", r"otettu vastaan", r"lentokuljetukse\w*", r"toimittaa (?:\w+ ){0,2}huomenna"),
        "sv": (r"kommer pa (?:mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag)", r"hamtats fran avsandare\w*"),
        "da": (r"kommer pa (?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)",),
        "nb": (r"kommer pa (?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)",),
    }),
    # Gone missing, an order called off.
    ("lost", {"fi": (r"hukassa", r"(?<!ei ole )havinnyt")}),
    ("cancelled", {"sv": (r"order\w* (?:ar )?avbrut\w*",), "nb": (r"ordren (?:er )?avbestilt",)}),
)
