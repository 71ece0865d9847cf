"""Swedish, Danish, Norwegian and Finnish event texts read by their grammar, in three groups
that status_phrases_meaning_west_germanic places beside its Dutch and German ones.

NORDIC_EARLY_STEPS come before the outcome steps: a payment of duties that failed is a problem,
not a failed delivery ("Betalning av tull misslyckades", "Tullimaksun maksu epäonnistui"); a
parcel the sender has not handed in is only data ("ikke levert inn ennå"); one collected from
the sender moves on ("noudettu lähettäjältä"); the driver on the way to the recipient is the
last leg ("Kuljettaja on matkalla luoksesi", "på väg till leveransadressen"), before "matkalla"
and "på väg till" read a movement; an address not found fails the delivery.

NORDIC_TODAY_STEPS come before the shared out-for-delivery, delivery-to-come and delivered steps:
a delivery within the hour, tonight or in the course of the day ("levereras inom en timme",
"leveres i nat", "toimitetaan tänään") or a delivery window of clock times is the last leg; a
delivery to a terminal or depot, or handed in by the sender, moves on ("leveret til depotet",
"levert inn av avsender", "toimitettu terminaaliin"); one to a pickup point waits there.

NORDIC_LATE_STEPS come before the broad label and movement words ("tull", "på väg", "lastet",
"saapuu", "modtaget"): a parcel held by customs, duties to pay, a parcel sorted or sent wrongly
is a problem; nobody home, no access, an address not found or incomplete, a refusal is a failed
attempt; a parcel set down at the door or in the carport, signed or collected by the recipient
is delivered; an order received or a label created is only data; a parcel sent is on the way.

Phrases are folded like the text (lossanalytics.normalise._rules.fold: "ø" and "æ" stay, "å",
"ä", "ö" fold to "a" and "o"), whole words. Written by the team to DESIGN §4 from how PostNord,
Bring, GLS, DAO, Budbee, Helthjem, Posti and Matkahuolto word their steps (examples in
tests/test_status_meaning_west_germanic_2.py), not copied from any publisher.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Within the hour, tonight, in the course of the day: the delivery round under way.
_SOON_SV = r"(?:inom (?:en|\d+) (?:timme|timmar|minuter)|under dagen|i natt|inatt|ikvall|i kvall)"
_SOON_DA = r"(?:inden for (?:den næste |en |\d+ )?(?:time|timer|minutter)|i løbet af dagen|i nat|i aften)"
_SOON_NB = r"(?:innen (?:en|\d+) (?:time|timer|minutter)|i løpet av dagen|i natt|i kveld)"
_TANAAN = r"(?:tanaan|tana iltana|tana aamuna|tunnin sisalla|\d+ minuutin (?:sisalla|kuluttua))"
# A window of clock times, "14:00-16:00" folded as "14 00 16 00", with no other day named.
_CLOCK_WINDOW = r"\d{1,2} \d{2} (?:\w+ )?\d{1,2} \d{2}\b(?!.*\b(?:imorgon|i morgon|i morgen|huomenna)\b)"
_NORDIC_TODAY = r"(?:idag|i dag)"

NORDIC_EARLY_STEPS: tuple[Step, ...] = (
    # Duties whose payment failed: a problem with papers, not an attempt at the door.
    ("exception", {
        "sv": (r"betalning\w* (?:\w+ ){0,3}misslyck\w*",),
        "da": (r"betaling\w* (?:\w+ ){0,3}mislykke\w*",),
        "nb": (r"betaling\w* (?:\w+ ){0,3}(?:feilet|mislyktes|avvist)",),
        "fi": (r"maksu\w* (?:\w+ )?epaonnistu\w*",),
    }),
    # Not yet handed in by the sender: only data ("ikke levert inn" is no failed delivery).
    ("info_received", {
        "nb": (r"ikke (?:\w+ )?(?:levert inn|innlevert)\b",),
        "da": (r"ikke (?:\w+ )?(?:indleveret|afsendt)\b",),
    }),
    # Collected from the sender: on its way, not collected by the recipient.
    ("in_transit", {
        "fi": (r"(?:noudettu|haettu) lahettajalta",),
    }),
    ("delivery_failed", {
        "fi": (r"osoite\w* ei (?:\w+ )?loyty\w*",),
    }),
    # The driver on the way to the recipient or the delivery address: the last leg.
    ("out_for_delivery", {
        "fi": (r"kuljettaja\w* (?:on )?(?:\w+ ){0,2}matkalla(?!.*\bnoutamaan\b)",
               r"matkalla (?:luoksesi|sinulle|teille|vastaanottajalle|toimitusosoitteeseen|kotiisi)",
               r"olemme matkalla"),
        "sv": (r"pa vag till (?:leveransadressen|mottagaren|din adress)",),
        "da": (r"pa vej (?:ud )?til (?:leveringsadressen|din adresse|dig nu)",),
        "nb": (r"pa vei (?:ut )?til (?:leveringsadressen|adressen din|din adresse)",),
    }),
)

NORDIC_TODAY_STEPS: tuple[Step, ...] = (
    # Handed in by the sender, or delivered to a terminal, a depot or the carrier: moving on.
    ("in_transit", {
        "sv": (r"levererat?s? (?:till|pa) (?:\w+ )?(?:terminal|depa|hub|lager|sorteringscentral)\w*",),
        "da": (r"(?:leveret|afleveret) (?:til|pa|i) (?:\w+ )?(?:depot|terminal|pakkecent|distributionscent|hub|lager)\w*",
               r"(?:afleveret|indleveret) (?:\w+ ){0,5}af (?:afsender|forsender|webshop)\w*"),
        "nb": (r"levert inn\b", r"levert (?:til|pa) (?:\w+ )?(?:terminal|depot|lager|hub|sorteringssentral)\w*"),
        "fi": (r"toimitettu (?:\w+ )?(?:terminaaliin|lajittelu\w*|varastoon|tulliin|jakelukeskukseen)",
               r"luovutettu (?:postille|kuljetus\w*|kuljettajalle|huolitsijalle|tullille|matkahuollolle)"),
    }),
    # Delivered to a pickup point or locker: waiting there.
    ("available_for_pickup", {
        "sv": (r"levere\w* (?:till|i|pa) (?:ett |en |din |ditt )?(?:\w+ )?(?:paketombud|ombud|utlamningsstalle|paketbox|"
               r"paketskap|instabox|servicestalle)\w*",),
    }),
    # Within the hour, tonight, in the course of the day, today, or in a window of clock times: the last leg.
    ("out_for_delivery", {
        "sv": (r"(?:levereras|delas ut|kommer|kors ut|kor vi ut) (?:\w+ ){0,3}" + _SOON_SV,
               r"(?:kors|kor) (?:\w+ ){0,3}ut (?:\w+ ){0,2}" + _NORDIC_TODAY,
               r"leveransfonster\w* " + _CLOCK_WINDOW, r"utkorning " + _NORDIC_TODAY),
        "da": (r"(?:leveres|bliver leveret|leverer|kommer|udbringes) (?:\w+ ){0,3}" + _SOON_DA,
               r"pa vej (?:\w+ ){0,3}" + _NORDIC_TODAY, r"leveringsvindue\w* " + _CLOCK_WINDOW),
        "nb": (r"(?:leveres|blir levert|leverer|kommer) (?:\w+ ){0,3}" + _SOON_NB,
               r"kjører (?:\w+ ){0,3}ut (?:\w+ ){0,2}" + _NORDIC_TODAY, r"pa vei (?:\w+ ){0,3}" + _NORDIC_TODAY,
               r"leveringsvindu\w* " + _CLOCK_WINDOW, r"utkjøring " + _NORDIC_TODAY),
        "fi": (r"(?:toimitetaan|toimitamme|kuljetamme|saapuu|tuomme|jaetaan) (?:\w+ ){0,3}" + _TANAAN,
               r"(?:toimitus|jakelu)\w* (?:\w+ ){0,2}" + _TANAAN, r"(?:toimitus|jakelu)ikkuna\w* " + _CLOCK_WINDOW,
               r"matkalla (?:\w+ ){0,2}" + _TANAAN),
    }),
)

NORDIC_LATE_STEPS: tuple[Step, ...] = (
    # Held by customs, duties or papers to settle, sorted or sent wrongly, put off: a problem.
    ("exception", {
        "sv": (r"(?:halls|hallits) kvar (?:\w+ ){0,2}tull\w*", r"(?:stoppat?s?|stoppad\w*) (?:av|i) tull\w*",
               r"(?:tull|moms|tullavgift\w*) (?:\w+ ){0,3}(?:ska|maste) betalas", r"fel(?:sorter|skick|dirigera)\w*",
               r"(?:dokument|handlingar|faktura) saknas", r"skjutits upp", r"uppskjut\w*"),
        "da": (r"(?:told|moms|afgift\w*) (?:\w+ ){0,3}(?:skal|ma) betales", r"fejl(?:sorter|rute|sendt)\w*",
               r"(?:udskudt|udsat)\b", r"(?:stoppet|tilbageholdt) (?:\w+ ){0,2}(?:i|af) told\w*"),
        "nb": (r"(?:toll|mva|avgift\w*) (?:\w+ ){0,3}(?:ma|skal) betales", r"feil(?:sortert|sendt|rutet)\w*",
               r"(?:utsatt)\b", r"(?:stoppet|holdt tilbake) (?:\w+ ){0,2}(?:i|av) toll\w*"),
        "fi": (r"tulli (?:on )?(?:\w+ )?(?:pysayttanyt|pidattanyt)", r"(?:tulli|tullimaksu\w*|arvonlisavero\w*) (?:\w+ ){0,3}"
               r"(?:on )?maksettava", r"odottaa (?:\w+ ){0,3}maksamista", r"(?:lajiteltu|ohjautunut|ohjattu) vaarin",
               r"(?:asiakirjat|tullausasiakirjat|lasku) puuttu\w*", r"myohassa"),
    }),
    # Nobody home, no access, an address not found or incomplete, the recipient refusing: a failed attempt.
    ("delivery_failed", {
        "sv": (r"(?:ingen|mottagare\w*|kund\w*) (?:var )?(?:inte |ej )?hemma", r"adress\w* (?:kunde inte|gick inte att) hittas",
               r"kunde inte (?:\w+ ){0,2}(?:komma in|genomforas|hittas)", r"(?:foretaget|butiken|kontoret)\w* (?:var )?stang\w*",
               r"(?:avvisade|vagrade|nekade)\b", r"husnummer saknas", r"(?:inte|ej) pa plats", r"ingen oppnade",
               r"forgaves\w*", r"misslyckat\w* leveransforsok", r"ingen portkod"),
        "da": (r"(?:ingen|modtage\w*|kunde\w*) (?:var )?(?:ikke )?hjemme", r"adresse\w* (?:\w+ ){0,2}ikke (?:blevet )?fundet",
               r"(?:ufuldstændig|mangelfuld|forkert)\w* adresse", r"ingen adgang", r"forsøgt at levere",
               r"kunne ikke gennemføres", r"ikke (?:truffet|til stede)", r"afviste\b", r"forgæves\w*", r"manglende husnummer",
               r"(?:virksomheden|butikken|firmaet)\w* (?:var )?lukket", r"ikke lukket op"),
        "nb": (r"(?:ingen|mottaker\w*|kunde\w*) (?:var )?(?:ikke )?hjemme", r"adresse\w* (?:\w+ ){0,2}ikke (?:blitt )?funnet", r"ufullstendig\w* adresse",
               r"(?:fikk )?ikke tilgang", r"ingen tilgang", r"ikke (?:truffet|til stede)", r"avviste\b|avvist av mottaker\w*",
               r"forgjeves\w*", r"mangler husnummer", r"(?:bedriften|butikken|firmaet)\w* (?:var )?stengt", r"ingen apnet"),
        "fi": (r"(?:ei|kukaan ei|ketaan ei) ollut (?:kotona|paikalla)", r"kukaan ei avannut", r"emme voineet toimittaa",
               r"(?:hylkasi|kieltaytyi)\b", r"ei paasya", r"(?:yritys|liike|toimisto) oli suljettu",
               r"(?:talon numero|osoite|huoneiston numero) puuttuu", r"turha toimitusyritys"),
    }),
    # Set down at the door or in the carport, collected or signed for: delivered.
    ("delivered", {
        "sv": (r"(?:hamtat|hamtats ut|hamtades ut)\b", r"(?:delats ut|utlamnats|utlamnat)\b", r"leverans (?:ar )?(?:klar|genomford)",
               r"(?:lamnats|stallts|stalldes|lamnades) (?:pa|vid|utanfor) (?:adressen|\w*dorr\w*)"),
        "da": (r"(?:sat|stillet|lagt) i (?:carporten|garagen|baggarden|skuret|postkassen)", r"^(?:modtaget|kvitteret) af\b", r"kvitteret af\b", r"modtaget af (?:modtage\w*|dig|nabo\w*)",
               r"(?:du har |er )(?:af)?hentet (?:\w+ )?(?:af dig|din pakke|pakken)"),
        "nb": (r"satt i (?:garasjen|carporten|boden|postkassen)", r"(?:du har )hentet\b", r"^sendingen er hentet$",
               r"kvittert av\b"),
        "fi": (r"jatettiin (?:\w+ )?(?:oven eteen|oven ulkopuolelle|autotalliin|terassille|kuistille|eteiseen|porraskaytavaan|postilaatikkoon|pihalle)", r"olet noutanut",
               r"kuitattu\b", r"toimitettiin (?:ovelle|vastaanottoon|klo)"),
    }),
    ("available_for_pickup", {
        "sv": (r"hamta (?:ditt |din )?(?:paket|forsandelse)\w* (?:senast|fore)", r"ligger i (?:\w+ )?(?:instabox|paketskap\w*|paketbox\w*)"),
        "da": (r"afhent (?:din |dine )?(?:pakke|forsendelse)\w* (?:senest|inden)", r"venter pa dig"),
        "nb": (r"hent (?:pakken|sendingen)\w* (?:innen|senest)", r"ligger klar", r"venter pa a bli hentet"),
        "fi": (r"valmis noudettavaksi", r"nouda (?:\w+ )?(?:viimeistaan|ennen)"),
    }),
    # The parcel with the driver or on the delivery vehicle, the driver close by: the last leg.
    ("out_for_delivery", {
        "sv": (r"(?:ar )?(?:ute )?med budet", r"(?:budet|foraren|chauffor\w*) (?:ar )?(?:\w+ )?(?:nara|\d+ stopp bort)",
               r"vi (?:ar|er) pa vag med", r"(?:i|pa) (?:bud|leverans)bilen", r"leverans pagar", r"din leverans ar pa vag"),
        "da": (r"(?:ude )?med (?:chaufføren|buddet|budet)", r"(?:chaufføren|buddet|budet) (?:er )?(?:\w+ )?(?:tæt pa|\d+ stop væk)",
               r"(?:kørt|køres) ud\b(?! fra)", r"kører (?:vi )?ud med", r"ude for levering", r"(?:chaufføren|buddet) har (?:\w+ ){0,3}med"),
        "nb": (r"(?:ute )?med (?:sjaføren|budet)", r"(?:sjaføren|budet) (?:er )?(?:\w+ )?(?:i nærheten|\d+ stopp unna)",
               r"vi er pa vei med", r"lastet pa bil(?:en)?\b(?! (?:mot|til) )", r"i bilen", r"levering pagar"),
        "fi": (r"kuljettaja\w* (?:on )?(?:\w+ )?(?:lahella|\d+ pysahdyksen paassa)", r"kuljettajan mukana",
               r"lastattu (?:\w+ )?(?:jakeluautoon|autoon jakelua)", r"on autossa", r"toimitus kaynnissa"),
    }),
    # An order received, a label created, a parcel not yet sent: only data.
    ("info_received", {
        "sv": (r"(?:ordern|ordern har|din order)\w* (?:har )?(?:tagits emot|packas)", r"(?:annu inte|inte annu) (?:\w+ ){0,2}(?:lamnats|skickats)",
               r"registrera(?:d|t)\b(?! (?:\w+ )?(?:pa|i|vid|hos) )", r"(?:fraktsedel|etikett)\w* (?:\w+ )?skapa\w*", r"skapat (?:en )?(?:fraktsedel|etikett)"),
        "da": (r"(?:ordren|din ordre)\w* (?:er )?(?:modtaget|ved at blive pakket)", r"endnu ikke (?:\w+ ){0,3}(?:modtaget|afsendt)",
               r"(?:forsendelse\w*|label|fragtbrev|pakkelabel) (?:er )?oprettet", r"oprettet (?:\w+ )?(?:forsendelse\w*|label|fragtbrev)", r"modtaget information"),
        "nb": (r"(?:ordren|ordren din)\w* (?:er )?(?:mottatt|pakkes)", r"registrert\b(?! (?:\w+ )?(?:pa|i|ved|hos) )", r"etikett\w* opprettet", r"ikke sendt ennå"),
        "fi": (r"ilmoittanut lahetyksen tiedot", r"(?:osoitekortti|osoitetarra|etiketti) luotu", r"(?:ei ole )?vielä (?:\w+ )?(?:jatetty|lahetetty)",
               r"(?:tilaustasi|tilauksesi) pakataan", r"(?:lahetystiedot|tilaus) (?:on )?vastaanotettu", r"rekisteroinyt"),
    }),
    # Sent, handed to another carrier, customs cleared, rerouted, due another day: on the way.
    ("in_transit", {
        "sv": (r"(?:har )?skickats\b(?! (?:tillbaka|i retur|retur))", r"hamtats (?:upp )?hos avsandar\w*", r"fortullning klar", r"overlamnats till",
               r"(?:omdirigera|vidarebefordra)\w*", r"lastats pa lastbil", r"(?:levererar|kommer|leverans\w*|utkorning) (?:\w+ ){0,3}(?:imorgon|i morgon)"),
        "da": (r"fortoldet", r"overleveret til", r"omdirigeret", r"levering\w* (?:\w+ ){0,2}i morgen",
               r"(?:levere|leverer|leveres|udbringes) (?:\w+ ){0,4}(?:i morgen|i overmorgen|pa (?:mandag|tirsdag|onsdag|torsdag|fredag))"),
        "nb": (r"fortollet", r"omdirigert", r"levering\w* (?:\w+ ){0,2}i morgen", r"(?:levere|leverer|leveres) (?:\w+ ){0,4}(?:i morgen|i overmorgen|pa (?:mandag|tirsdag|onsdag|torsdag|fredag))"),
        "fi": (r"on lahetetty", r"jattanyt (?:\w+ )?kuljetettavaksi", r"(?:on )?vastaanottanut lahetyksen", r"ohjattu (?:uudelleen|uuteen)",
               r"haettu lahettajalta", r"(?:toimitus|jakelu|toimitetaan|saapuu)\w* (?:\w+ ){0,2}huomenna"),
    }),
    ("lost", {"sv": (r"kommit bort",), "da": (r"gaet tabt",)}),
    ("cancelled", {"sv": (r"avbrutits", r"makulerats")}),
)
