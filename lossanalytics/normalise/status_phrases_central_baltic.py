"""Carrier phrases in Slovak, Croatian and Serbian (Latin script), Lithuanian, Latvian and
Estonian, per canonical status, in the order they are tried (after the Czech steps, which
already read the Slovak words Czech shares: "doručená", "nedoručená", "na doručení", "v
preprave"; before the other languages' steps).

Folded text has no accents ("oštećena" is "ostecena", "izvađen" "izvaden", "grąžinta"
"grazinta", "piegādāta" "piegadata", "välja võetud" "valja voetud"), so phrases are written
that way. The narrow meaning comes first, as in status_phrases:
- a locker or pickup-point problem ("ne može biti isporučena putem paketomata",
  "prevelika za paketomat") before the locker itself, and damage and loss before all;
- a cancelled return ("Ukinut povrat pošiljke") is transit, before any return; delivered to
  the original sender ("isporučena originalnom pošiljatelju") is a return;
- collected by the recipient from a locker or pickup point ("Paket izvađen iz paketomata",
  "Gavėjas atsiėmė siuntą", "Klients saņēmis paku", "välja võetud") is a delivery, and
  delivered to a locker or pickup point ("dostavljena u paketomat", "Pristatyta į siuntų
  tašką", "piegādāta Pickup punktā", "Toimetatud Pickup punkti") waits for pickup, both
  before the bare "delivered" words; dropped there by the sender ("Atnešta į siuntų tašką",
  "nodota Pickup punktā", "Viidud Pickup punkti") is transit;
- "not delivered because …", a refused or attempted delivery and a wrong address fail,
  before the bare "dostavljena" / "isporučena"; address details still needed are a problem;
- handed over for destruction ("perduota sunaikimui") is lost, handed over for delivery
  ("perduota pristatymui") is the round, and any other "perduota" is transit: French "perdu"
  (lost) would otherwise take the Lithuanian word; a customs hold ("sulaikyta … muitinėje")
  is a problem, customs checks are transit;
- "Čeka na preuzimanje" alone is D Express's shipment waiting to be collected from the
  sender (information received); with a place it would be another meaning, so only the
  bare status is read.
Phrases stand on words the other languages here do not use ("pošiljk…", "paketomat",
"siunt…", "nosūtītāj…", "saatjale", "odosielateľ…"); none takes a Czech, Polish or Russian
word ("vrátená" is not Czech "vrácena", "kontrolného bodu" is no Polish "kontrola").

Vocabulary from D Express's status codes with their groups (Serbian), GLS status codes as a
Croatian shop renders them, Overseas Express texts, DPD Baltics' parcel status messages in
Latvian, Lithuanian and Estonian, LP Express's tracking events as a Magento module translates
them, HRX's Lithuanian order states, a tracking app's Slovak
status names, a recorded Slovak Post response and Packeta's Slovak status names (ready for the recipient's pickup,
not the courier's; lossanalytics/normalise/known_texts/SOURCES.md names each), and DHL Parcel Slovakia's status names (twenty-third round,
b: SLOVAK_FIRST_STEPS, tried before the Czech steps, read the carrier's own reasons after "Nedoručené" and its depot
receipts; taken over from the customer, reweighed, handed to a partner move on, "Vymazanie" is a cancellation and a
parcel not collected ("nevyzdvihnutý"), what follows not said, a problem).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_LOCKER = r"(?:paketomat|paket sop|parcel ?shop)\w*"
_LT_POINT = r"(?:\w+ ){0,3}(?:task|terminal|pastomat|skyri|atsiemimo)\w*"

# Slovak read before the Czech steps, whose broad "nedoručen…" (a failed delivery) and "rozvoz…" (the round)
# would take these first: a parcel "poškodená" is damaged, the carrier's own reason after "Nedoručené -" (time
# ran out, a late arrival at the depot, a breakdown, bad weather, a customs hold, papers missing, a misrouting
# "závlek") is a problem, and "Príjem na/zo …" (received at a depot, the hub, from abroad) moves on, also at a
# delivery depot ("rozvozové depo").
SLOVAK_FIRST_STEPS: tuple[Step, ...] = (
    ("damaged", {
        "sk": (r"poskoden\w*",),
    }),
    ("exception", {
        "sk": (r"nestihol\w*", r"neskor\w* prijazd\w*", r"porucha vozidla", r"zle pocasie", r"zdrzan\w*",
               r"(?:chybn|chybajuc)\w* (?:\w+ ){0,2}doklad\w*", r"zavlek\w*"),
    }),
    ("in_transit", {
        "sk": (r"prijem (?:na|zo|z|do|v) (?:\w+ ){0,2}(?:dep[aeou]|central\w*|zahranic\w*|sklad\w*|pobock\w*|triedia\w*)",),
    }),
)

CENTRAL_BALTIC_STEPS: tuple[Step, ...] = (
    ("lost", {
        "sh": (r"(?:nepovratno )?izgubljen\w*",),
        "lt": (r"sunaiki\w*", r"dingo"),
    }),
    ("damaged", {
        "sh": (r"ostecen\w*",),
    }),
    # Seized, a locker that cannot take the parcel, a phone number that does not answer,
    # address details still needed, an error: a problem on the way.
    ("exception", {
        "sh": (r"zapl(?:i?j)?enjen\w*", r"ne moze biti \w+ putem " + _LOCKER, r"prevelik\w* za " + _LOCKER,
               r"problem\w* s kapacitet\w*", r"tehnick\w* problem\w*", r"neispravan pretinac",
               r"telefon\w* (?:\w+ )?netac\w*", r"ne javlja na telefon\w*", r"dodatne informacije o adresi"),
        "lt": (r"klaida", r"sulaikyt\w*"),
    }),
    # A return called off: the parcel goes on to the recipient.
    ("in_transit", {
        "sh": (r"ukinut\w* povrat\w*",),
    }),
    ("returned", {
        "sh": (r"(?:vracen|vraca|isporucen|dostavljen|urucen)\w* (?:\w+ ){0,2}posilja(?:ocu|oca|telju|telja)",
               r"povrat po nalogu", r"zahtevan\w* povrat\w*"),
        # Packeta's bare "Vrátenie" (its posted-back step) is a return; with more words it may be a refund.
        "sk": (r"(?:vraten|vracia|dorucen|vydan)\w* (?:\w+ )?odosielatel\w*", r"spat odosielatel\w*", r"^vratenie$"),
        "lt": (r"grazin(?:ta|tas|ama|amas)",),
        "lv": (r"atgriez\w* (?:\w+ )?nosutitaj\w*",),
        "et": (r"tagastat\w*", r"tagastamisel"),
    }),
    ("cancelled", {
        "sk": (r"vymazan\w*",),
        "sh": (r"storno\w*", r"obrisan\w* posiljk\w*"),
        "lt": (r"atsaukt\w*",),
    }),
    # Collected by the recipient from a locker or pickup point: delivered.
    ("delivered", {
        "sh": (r"izvaden\w* iz " + _LOCKER, r"izne[st]\w* iz " + _LOCKER, r"dostavljen\w* susjed\w*"),
        "lt": (r"atsieme siunt\w*", r"atsiimt\w* gavej\w*", r"pristatyta gavejui", r"iteikt\w* gavej\w*"),
        "lv": (r"(?:klients|adresats|sanemejs) sanem\w*", r"piegadat\w* (?:klientam|adresatam|sanemejam)"),
        "et": (r"(?:saaja|kliendi) poolt (?:\w+ ){0,3}valja voetud", r"saajale (?:kohale )?toimetatud"),
    }),
    # Dropped at a pickup point or locker by the sender, or collected by the courier: transit.
    ("in_transit", {
        "lt": (r"atnest\w* i " + _LT_POINT, r"idet\w* i " + _LT_POINT + r" issiuntimui", r"kurjeris paeme",
               r"paimt\w* kurjerio"),
        "lv": (r"nodot\w* (?:\w+ ){0,2}(?:pickup|pakomat)\w*", r"kurjers panem\w*"),
        "et": (r"viidud (?:\w+ )?(?:pickup|pakiautomaat)\w*", r"kulleri poolt (?:peale )?korjatud"),
    }),
    # Not delivered, attempted, refused, a wrong address: failed, before the bare words.
    ("delivery_failed", {
        "sh": (r"nije (?:\w+ )?(?:dostavljen|isporucen|urucen)\w*", r"pokusan\w* isporuk\w*", r"neuspe\w* pokusaj\w*",
               r"neuspje\w* pokusaj\w*", r"odbijen\w* od strane primao\w*", r"odbi\w* (?:\w+ )?preuzim\w*",
               r"(?:pogresn|netacn|nepotpun)\w* (?:\w+ ){0,2}adres\w*"),
        "sk": (r"odmietnut\w* (?:prijemc|adresat)\w*",),
        "lt": (r"iteikti nepavyko", r"nesekming\w*"),
    }),
    # Left in a locker or a parcel shop, or to be collected by the recipient: waits for pickup.
    ("available_for_pickup", {
        "sh": (r"(?:ostavljen|dostavljen|smjesten|smesten|pohranjen)\w* (?:\w+ ){0,2}(?:u|na) (?:\w+ )?" + _LOCKER,
               r"primatelj ju preuzima", r"doci po paket\w*"),
        # Ready for the recipient's pickup; ready for the courier's is another step.
        "sk": (r"priprav\w* na vyzdvihnutie(?! kurier\w*)",),
        "lt": (r"pristatyt\w* i " + _LT_POINT, r"saugoma iki pareikalavimo"),
        "lv": (r"piegadat\w* (?:\w+ ){0,2}(?:pickup|pakomat)\w*",),
        "et": (r"toimetatud (?:\w+ )?(?:pickup|pakiautomaat)\w*",),
    }),
    ("delivered", {
        "sh": (r"isporucen\w*", r"urucen\w*", r"dostavljen[aoi]?"),
        "lt": (r"pristatyt[ao]s?", r"iteikt[ao]s?"),
        "lv": (r"piegadat[as]?",),
    }),
    ("out_for_delivery", {
        "sh": (r"zaduzen\w* za isporuk\w*", r"planiran\w* za dostavu", r"na isporuci"),
        "lt": (r"perduot\w* (?:kurjeriui )?(?:iteikimui|pristatymui)",),
    }),
    # Announced, data entered, a shipment still to be collected from the sender.
    ("info_received", {
        "sh": (r"^ceka na preuzimanje$", r"podaci o posiljci", r"jos nije predan\w*"),
        "sk": (r"informacie prijate", r"ocakavame dodanie (?:zasielky )?(?:obchodom|odosielatelom)"),
        "lt": (r"nauja (?:\w+ )?siunta", r"siunta paruosta", r"sukurt\w* (?:siuntos )?zym\w*"),
    }),
    ("unknown", {
        "sk": (r"informacie o sledovani nedostupne", r"neplatne sledovacie cislo", r"balik sa nenasiel"),
    }),
    # Not collected by the recipient, what follows not said (a return is read above): a problem.
    ("exception", {
        "sk": (r"nevyzdvihnut\w*",),
    }),
    ("in_transit", {
        "sh": (r"preuzet\w* od posiljao\w*", r"predan\w* gls\w*", r"u tranzitu", r"napustil\w*",
               r"stigl\w* u (?:\w+ )?(?:paketni|sortirni|logisticki|distributivni) cent\w*",
               r"prosl(?:ij)?eden\w*", r"preusm(?:j)?eren\w*"),
        "sk": (r"kontroln\w* bod\w*", r"krajin\w* (?:povodu|urcenia)", r"prichod na colnic\w*", r"colny proces\w*",
               r"podan[aey]? na post\w*", r"prijat[aeoy]? na dep[ue]", r"odoslan[aeoy]? z depa",
               r"odoslan[aeoy]? prepravcom", r"vybavovanie colneho konania",
               # Taken over from the customer or sender, reweighed, handed to a partner carrier.
               r"prevzati\w* od (?:zakaznik|odosielatel|klient)\w*", r"(?:pre)?vazeni[ea]", r"vydaj partner\w*"),
        # "perduota" (handed over) is no French "perdu".
        "lt": (r"pakeliui", r"priimt\w*", r"skirstymo cent\w*", r"issiust\w*", r"vezam\w*", r"muitin\w*",
               r"gavejo valstybeje", r"perduot\w*"),
        "lv": (r"ir cela",),
        "et": (r"teel",),
    }),
)
