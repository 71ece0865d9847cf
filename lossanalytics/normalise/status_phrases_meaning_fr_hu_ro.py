"""French, Hungarian and Romanian tracking texts read by their grammar and meaning (twenty-fourth
round, f): stems with their inflections, tense and voice, who acts on whom, where a parcel is
handed. Three groups, each placed no earlier than the reading it must correct:

- ROMANIAN_HUNGARIAN_FIRST_STEPS, tried before the Russian, Ukrainian and Romanian steps of
  status_phrases_east (after status_phrases_romanian), because those steps and Hungarian's read
  "livrat", "preluat", "easybox", "sérült" and "beérkezett" whatever surrounds them. Romanian: a
  delivery to come ("va fi livrat mâine"; today is the round), one not yet made ("nu a fost încă
  livrat"), one that could not be made ("nu a putut fi livrat"), a parcel "livrat" to a depot (moving)
  or into a locker (waiting), one "ridicat de destinatar" (collected), one still to be collected from
  the sender ("urmează să fie preluat", waiting for the courier) and a registration, label or data
  received (not yet with the carrier; the broad French "expédi…" and German "transport…" would read
  "expediere" and "transport" as movement). Hungarian: a damaged packaging being checked is the
  carrier's problem, not damage; "a depóba kézbesítettük" is a hand-over inside the network; a parcel
  sent to the wrong depot is misrouted; "a futár úton van" and "úton van hozzád" are the round; an
  order received with the parcel still "előkészítés alatt" is not yet with the carrier.
- FRENCH_FIRST_STEPS, tried just before the outcome steps: a parcel dropped off "par l'expéditeur"
  at a post office or relay point is moving, not waiting for the recipient; "pas encore été livré"
  is no delivery; the driver "en route", arriving or delivering "aujourd'hui", a parcel "sorti pour
  livraison" is the round (the broad English "en route" and "sort…" would read movement); "mal
  acheminé" and "erreur d'acheminement" are misroutings, a delivery put off for an incident and a
  damaged packaging under check are problems; the recipient "a récupéré" it, or a parcel left before
  the door, is delivered; information "reçue" is only data.
- FR_HU_RO_LATE_STEPS, tried after every other step: words nothing read before. The failed attempt
  at the door in its many wordings (a recipient absent or unreachable, a business closed, a door code
  missing, an address wrong, incomplete or not found, a refusal, a notice left in the letterbox,
  moved away); the carrier's problems (late, held, missing data or documents, weather, an anomaly,
  misrouted, suspended, awaiting a payment, a failed payment); withdrawn or cancelled; handed to the
  recipient, a neighbour or a caretaker; posted, sorted, cleared by customs, left a facility, handed
  to a partner (moving), loaded on the delivery van (the round), a label or a pickup from the sender
  arranged (not yet with the carrier), and a delivery to come. Who acts on whom decides where the words
  are the same: Hungarian "átvette" is a delivery with the recipient as its subject or object ("átvette a
  címzett", "a címzett … átvette") and a movement with anyone else ("a GLS átvette"); Romanian "predat"
  is a delivery to the recipient or a neighbour and a movement to a courier or a partner; Hungarian
  "… került" is read by its case: into the letterbox a delivery, onto today's round the round, to a
  place or a carrier a movement. Tense: Hungarian present forms ("holnap kiszállítjuk", "érkezik") and
  Romanian "va ajunge", "va sosi" are still to come, with "ma"/"astăzi" the round.

Written by the team from how French, Hungarian and Romanian carriers, posts and shops word their
events (no publisher's table); tests/test_status_meaning_fr_hu_ro.py holds the examples.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Places inside the network: a text "livrat" or "kézbesítve" to one of them is a hand-over, not a delivery.
_RO_NETWORK = (r"(?:depozit\w*|hub\w*|vama|sortare|transportator\w*|partener\w*"
               r"|centr\w* (?:de (?:sortare|distributie|colectare|tranzit)|logistic\w*))")
RO_PICKUP_PLACE = r"(?:locker|easybox|easy box|fanbox|pachetomat|punct|oficiu|pudo|automat|ghiseu)\w*"
# "nu a fost ridicat" (not collected) is no collection.
_RO_NOT_NEGATED = r"(?<!nu a fost )(?<!nu au fost )(?<!nu a )(?<!nu au )(?<!nu ati )(?<!nu ai )"

ROMANIAN_HUNGARIAN_FIRST_STEPS: tuple[Step, ...] = (
    # Hungarian: a damaged packaging being checked is the carrier's problem; sent to the wrong depot, misrouted.
    ("exception", {
        "hu": (r"serult (?:\w+ )?csomagolas\w* (?:\w+ )?ellenorz\w*", r"csomagolas\w* serult\w* (?:\w+ ){0,2}ellenorz\w*",
               r"(?:rossz|teves|hibas) (?:depo|kozpont|raktar|telephely|helyre|iranyba|jaratra)\w*",
               r"teves(?:en)? (?:\w+ )?(?:iranyit|tovabbit|szallit|rendez|kezbesit)\w*",
               # Missing papers or data ("a vámkezeléshez hiányzó dokumentumok"; not "hiányos címadatok").
               r"(?:hianyzo|hianyos) (?:\w*(?:dokument|okmany|irat)\w*|adat\w*|szamla\w*)"),
    }),
    # Hungarian: on its way back to the sender ("úton van vissza a feladóhoz").
    ("returned", {
        "hu": (r"vissza (?:a |az )?felado(?:hoz|nak|ra|reszere)", r"uton (?:van )?vissza"),
    }),
    # Romanian: a carrier-side reason ("a rămas în depozit din cauza unei erori") outweighs the place named.
    ("exception", {
        "ro": (r"din cauza (?:\w+ ){0,2}(?:erori|eroare|problem|incident|vremii|meteo|intemperii|grev|trafic)\w*"
               r"(?!.*\b(?:adres|destinatar)\w*)",),
    }),
    # Romanian: could not be delivered ("nu a putut fi livrat", "nu s-a putut livra").
    ("delivery_failed", {
        "ro": (r"nu a (?:putut|reusit) (?:sa )?(?:fi )?(?:livrat|livra|predat|preda)\w*", r"nu s a putut (?:livra|preda)\w*"),
    }),
    # Romanian: collected by the recipient (from an easybox or a locker); not when negated ("nu a fost ridicat").
    ("delivered", {
        "ro": (_RO_NOT_NEGATED + r"ridicat\w* de (?:catre )?destinatar\w*",
               r"(?<!fi )(?<!fie )" + _RO_NOT_NEGATED + r"ridicat\w* din (?:\w+ )?" + RO_PICKUP_PLACE),
    }),
    # Romanian: delivered into a locker or at a pickup point waits for the recipient.
    ("available_for_pickup", {
        "ro": (r"livrat\w* (?:in|la) (?:\w+ )?" + RO_PICKUP_PLACE,),
    }),
    # The round: Romanian delivery today in the future tense; Hungarian courier on the way to you.
    ("out_for_delivery", {
        "ro": (r"(?:va|vor) (?:fi )?(?:\w+ ){0,2}livra\w* (?:\w+ ){0,6}(?:azi|astazi)", r"preluat\w* (?:\w+ ){1,2}(?:spre|pentru) livrare"),
        # Not the courier on the way to collect it from the sender ("a csomagért", "a feladóhoz").
        "hu": (r"futar(?:unk|od|ja)? (?:mar )?uton(?!.*\b(?:csomagert|felvetel\w*|felado\w*)\b)",
               r"uton (?:van )?(?:hozzad|onhoz|hozzatok)"),
    }),
    # Romanian: a delivery to come or not yet made, a hand-over to a depot; Hungarian: delivered to a depot.
    ("in_transit", {
        "ro": (r"(?:va|vor) (?:fi )?(?:\w+ ){0,2}livra\w*", r"(?:nu a fost inca|inca nu a fost|nu a fost deocamdata) livrat\w*",
               r"livrat\w* (?:la|in|catre) (?:\w+ )?" + _RO_NETWORK),
        "hu": (r"(?:depo|kozpont|raktar|telephely)\w*(?:ba|be) (?:\w+ )?(?:kezbesit|kiszallit|szallit)\w*",),
    }),
    # Not yet with the carrier: Romanian registration, label, data received, a pickup from the sender to come;
    # a Hungarian order received with the parcel still being prepared.
    ("info_received", {
        "ro": (r"(?:expeditie|expediere|comanda|awb)\w* (?:a fost )?(?:inregistrat|creat|generat|emis)\w*(?! (?:in|la) (?:depozit|hub|centr))",
               r"inregistrat\w* (?:in sistem|electronic|online)",
               r"eticheta\w* (?:\w+ ){0,3}(?:creat|generat|emis|tiparit|printat)\w*", r"(?:creat|generat|emis|tiparit|printat)\w* eticheta\w*",
               r"datele (?:\w+ ){0,3}(?:primit|transmis|receptionat)\w*", r"primit (?:\w+ ){0,2}datele",
               r"date (?:\w+ )?(?:expediere|expeditie|colet)\w* (?:\w+ )?(?:primit|transmis|receptionat)\w*",
               r"informati\w* (?:\w+ ){0,3}primit\w*", r"primit (?:\w+ ){0,2}informati\w*",
               r"urmeaza sa fie (?:preluat|predat|ridicat|expediat)\w*",
               r"(?:asteapta|asteptarea|asteptam)\w* (?!(?:\w+ ){0,3}instructiuni)(?:\w+ ){0,4}(?:curier|expeditor)\w*", r"nu a fost (?:inca )?predat\w*"),
        "hu": (r"elokeszites alatt", r"(?:meg)?rendeles\w* (?:beerkezett|rogzitve)"),
    }),
)

FRENCH_FIRST_STEPS: tuple[Step, ...] = (
    # A damaged packaging under check, a delivery put off by an incident, a misrouting: the carrier's problem.
    ("exception", {
        "fr": (r"(?:emballage|carton) (?:\w+ )?(?:endommage|abime|deteriore)\w* (?:\w+ ){0,3}(?:controle|verification|reconditionn)\w*",
               r"(?:controle|verification) (?:\w+ ){0,3}emballage (?:\w+ )?(?:endommage|abime|deteriore)\w*",
               r"livraison reportee (?:\w+ ){0,4}(?:incident|intemperies|meteo\w*|greve|retard|probleme|aleas)",
               r"mal (?:achemin|tri|orient|dirig)\w*", r"erreur (?:d |de )(?:acheminement|tri|routage|aiguillage)"),
    }),
    # The round: the driver on the way, arriving or delivering today; out for delivery.
    ("out_for_delivery", {
        # The driver on the way or arriving ("arrive", "arrivera"; not "est arrivé"), unless the attempt then failed.
        "fr": (r"(?:livreur|chauffeur|facteur|coursier)\w* (?:(?:est |vous )?en route|arrive|arrivera|passera)\b"
               r"(?!.*\b(?:absent\w*|ferme\w*|impossible|refus\w*|echec|infructueu\w*|introuvable)\b)",
               r"(?:livreur|chauffeur|facteur|coursier) (?:\w+ )?livre (?:\w+ ){0,3}aujourd hui",
               r"(?:colis|envoi|commande|livreur) arrive aujourd hui", r"livraison prevue (?:pour )?aujourd hui",
               r"sorti\w* (?:pour|en) (?:la )?livraison",
               r"(?:vehicule|camion|camionnette|voiture) (?:de livraison|du livreur)"
               r"(?!.*\b(?:absent\w*|ferme\w*|impossible|refus\w*|echec|infructueu\w*|introuvable)\b)"),
    }),
    # Dropped off by the sender (not for the recipient), not yet delivered: still on the way.
    ("in_transit", {
        "fr": (r"prepar\w* (?:\w+ ){0,4}tournee", r"(?<!pas encore )(?<!pas encore ete )depose\w* (?:\w+ ){0,5}par (?:l |le |la )?(?:expediteur|vendeur|e ?commercant|marchand)",
               r"pas encore (?:ete )?(?:livre|distribue)\w*"),
    }),
    # Collected by the recipient, left before the door or in a safe place.
    ("delivered", {
        "fr": (r"destinataire a (?:recupere|retire)\w*", r"(?:depose|laisse)\w* (?:devant|derriere|a cote de) (?:la |votre )?(?:porte|garage|portail)",
               r"(?:depose|laisse)\w* (?:\w+ ){0,2}lieu sur",
               r"(?:depose|laisse|remis)\w* (?:chez|a) (?:votre |le |un |une )?(?:voisin|gardien|concierge)\w*"),
    }),
    # Arrived in the recipient's locker or relay point: waiting to be collected.
    ("available_for_pickup", {
        "fr": (r"arrive\w* (?:dans|au|en) (?:votre |le |un |une )?(?:locker|consigne|point relais|relais|bureau de poste)",),
    }),
    # Information about the parcel received, a hand-over to the carrier still awaited: only data.
    ("info_received", {
        "fr": (r"recu\w* (?:les |des |vos |ses )(?:informations?|donnees)", r"en attente (?:de |d )(?:la )?(?:remise|depot|enlevement)",
               r"pas encore (?:ete )?(?:depose|confie)\w*", r"transporteur attend"),
    }),
)

FR_HU_RO_LATE_STEPS: tuple[Step, ...] = (
    # The attempt at the door failed: nobody home or reachable, closed, no access, address wrong, refused, notice, moved.
    ("delivery_failed", {
        "fr": (r"refus (?:du|de|de la) (?:colis|livraison|destinataire|envoi)", r"acces (?:\w+ ){0,3}impossible",
               r"(?:vous etiez|etait|etes) absent\w*", r"en votre absence",
               r"(?:commerce|entreprise|magasin|societe|boutique|etablissement) ferme\w*",
               r"(?:code d acces|digicode|code porte)\w* (?:\w+ )?(?:manquant|errone|incorrect|invalide|absent)\w*",
               r"livraison non effectuee", r"(?:n a pas|pas) trouve (?:l |votre |la )?adresse", r"demenage\w*",
               r"adresse (?:\w+ ){0,3}(?:incorrecte|incomplete|erronee|inexacte|insuffisante|invalide|inconnue)",
               r"(?:pas pu|impossible d) (?:\w+ )?acceder", r"(?:destinataire|client) (?:\w+ ){0,2}ne repond pas",
               r"destinataire (?:est )?en voyage",
               r"(?:non|pas) present\w*", r"trouve personne", r"personne n (?:etait|est) (?:present|la)",
               r"(?:numero|rue|etage|batiment|appartement|nom)\w* (?:\w+ ){0,2}(?:manquant|absent|errone|incorrect|incomplet)\w*"),
        "hu": (r"nem talal\w* otthon", r"nem tartozkodott", r"senki nem (?:volt|tartozkodott)",
               r"(?:cimzett|atvevo|ugyfel)\w* (?:\w+ ){0,3}nem (?:\w+ )?(?:elerheto|sikerult elerni|ertuk el)",
               r"(?:teves|hianyos|pontatlan|hianyzo|ismeretlen|nem letezo|hibas|rossz) (?:cim|cimadat\w*|cimzett|hazszam)\b",
               r"nem volt (?:\w+ )?(?:otthon|senki)", r"nem (?:tudt|sikerult)\w* (?:\w+ )?(?:atadni|leadni)",
               r"nem vette fel (?:a )?telefon\w*", r"telefon\w* (?:\w+ )?nem (?:\w+ )?(?:valaszol\w*|elerheto)",
               r"cim(?:e|et)? nem (?:talalhato|letezik)", r"(?:cimzett|atvevo) nem vette at",
               r"ertesito\w* (?:\w+ ){0,3}(?:postalada|levelszekreny|ajto)\w*", r"ertesito\w* (?:\w+ )?(?:elhelyez|bedob)\w*",
               r"(?:elhelyez|bedob|hagy)\w* (?:\w+ )?ertesito\w*", r"elkoltoz\w*",
               r"(?:kezbesites|kiszallitas)\w* nem sikerult", r"nem volt (?:\w+ )?aki atve\w*",
               r"nem (?:tudt|sikerult)\w* (?:\w+ )?bejut\w*", r"kapukod\w* (?:\w+ )?hiany\w*",
               r"nem talalhato (?:a |az )?cim\b", r"nem talal\w* (?:\w+ )?(?:senkit|otthon|cimzett\w*)",
               r"(?:kezbesites|kiszallitas|atadas)\w* (?:\w+ ){0,2}nem (?:volt )?(?:lehetseges|sikerult|sikeres)",
               r"tavol (?:volt|van)", r"(?:cim|hazszam|utca)\w* (?:\w+ ){0,2}nem egyezik", r"nem fizett\w* (?:ki )?(?:az )?utanvet\w*"),
        "ro": (r"destinatar\w* (?:\w+ ){0,2}nu a fost gasit\w*", r"de negasit",
               r"(?:livrare|livrarea) (?:esuat|nereusit)\w*", r"(?:incercare|tentativa)\w* (?:de livrare )?(?:esuat|nereusit)\w*",
               r"(?:firma|magazin|sediu|birou)\w* inchis\w*", r"nu (?:era|este|a fost) acasa", r"adresa\w* inexistent\w*",
               r"nu a putut accesa", r"s a mutat", r"destinatar\w* (?:\w+ ){0,2}absent\w*",
               r"(?:livrar|predar)\w* (?:\w+ )?nu a (?:putut|fost) (?:fi )?(?:efectuat|realizat|finalizat|posibil)\w*",
               r"destinatar\w* (?:\w+ ){0,2}nu (?:a putut fi |poate fi )?(?:contactat|gasit)\w*",
               r"adresa\w* (?:\w+ )?(?:incorect|inexistent|necunoscut|insuficient|eronat)\w*", r"nimeni acasa",
               r"destinatar\w* lipsa", r"adresa\w* (?:\w+ ){0,2}nu (?:a putut fi |a fost )?gasit\w*",
               r"nu (?:a fost|era|este) (?:\w+ )?prezent\w*", r"(?:numar|telefon)\w* (?:de telefon )?(?:gresit|incorect|invalid)\w*",
               r"acces\w* (?:\w+ )?(?:interzis|restrictionat|imposibil|blocat)\w*"),
    }),
    # Back to the sender.
    ("returned", {
        # Sent back by its verb forms or a return under way; "Visszaküldés menete" (how to return) is no return.
        "hu": (r"visszakuld(?:juk|tuk|tek|te|ik|ott|ve)", r"visszakuldes\w* (?:folyamatban|alatt|megkezd\w*|megtortent|kerul\w*)",
               r"vissza\w* (?:\w+ ){0,2}felado(?:hoz|nak|ra|reszere)"),
        "fr": (r"repart\w* (?:chez|vers|a) (?:l )?expediteur",),
        "ro": (r"(?:se )?intoarce\w* (?:la|catre) expeditor\w*", r"returnar\w*", r"inapoi (?:la |catre )?expeditor\w*",
               r"trimis\w* inapoi", r"retrimis\w* (?:la |catre )?expeditor\w*"),
    }),
    # The carrier's or the papers' problem: late, held, missing data or papers, weather, anomaly, suspended, payment.
    ("exception", {
        "fr": (r"en attente d instructions?",),
        "hu": (r"kesedelm\w*", r"kesve", r"feltartoztat\w*", r"problema\w*",
               r"(?:hianyzo|hianyos) (?:\w*(?:dokument|okmany|irat)\w*|adat\w*|szamla\w*)",
               r"idojaras\w*", r"rendellenes\w*", r"tevesen iranyit\w*", r"teves iranyitas\w*",
               r"\w*fizetes\w* var\w*", r"fizetes\w* sikertelen\w*", r"akadaly\w*", r"felfuggeszt\w*",
               r"cimpontositas\w*", r"sztrajk\w*", r"csusz(?:ik|nak|ott|hat)", r"visszatart\w*",
               r"\w*fizetes\w* (?:szukseges|esedekes)", r"elakad\w*", r"hianyzik\w*", r"\w*ellenoriz\w*", r"\w*ellenorzes\w*", r"szunetel\w*",
               r"(?:dokumentum|okmany|irat)\w* (?:\w+ )?(?:ker|szukseges|hiany)\w*"),
        "ro": (r"intarzier\w*", r"retinut\w*", r"blocat\w*", r"documente\w* lipsa", r"documente (?:\w+ )?suplimentare",
               r"(?:asteapta|asteptarea|necesita) (?:\w+ ){0,2}plat\w*", r"de plata", r"plat\w* (?:\w+ ){0,2}(?:esuat|respins)\w*",
               r"problem\w*", r"incident\w*", r"din cauza (?:\w+ )?(?:vremii|vreme|meteo|intemperiilor|grevei)",
               r"(?:directionat|trimis|expediat|redirectionat|incarcat)\w* gresit\w*", r"oprit\w*"),
    }),
    ("cancelled", {
        "hu": (r"visszavon\w*", r"lemond\w*", r"torlesre kerult"),
    }),
    ("lost", {
        "hu": (r"(?:csomag|kuldemeny)\w* (?:\w+ )?nem talal(?:juk|tuk|hato)", r"nyoma veszett", r"elkallod\w*"),
    }),
    ("damaged", {
        "hu": (r"megserul\w*", r"megrongal\w*", r"osszetor\w*"),
        "ro": (r"spart\w*",),
    }),
    # Waiting for the recipient at the post office, a locker or a pickup point.
    ("available_for_pickup", {
        "hu": (r"(?:postan|postahivatalban|postaponton|csomagpontban) (?:\w+ )?(?:atveheto|felveheto|var\w*)", r"felveheto\w*",
               r"(?:\w*(?:automat|csomagpont|atvevohely|postapont)|z ?box)\w*(?:ba|be) erkez\w*",
               r"elhelyez\w* (?:\w+ ){0,3}(?:atvevohely|csomagpont|postapont|atveteli pont)\w*",
               r"(?:z ?box|\w*automat|\w*csomagpont|postapont|atvevohely|atveteli pont)\w*(?: ban| ben)? van\b"),
        "ro": (r"(?:poate|pot) fi ridicat\w*", r"asteapta\w* (?:\w+ ){0,2}(?:la |in |din )?" + RO_PICKUP_PLACE,
               r"asteapta sa fie ridicat\w*", r"depus\w* in (?:\w+ )?" + RO_PICKUP_PLACE, r"punct\w* de ridicare"),
    }),
    # Handed to the recipient, a neighbour or a caretaker; collected by the recipient.
    ("delivered", {
        "fr": (r"remis\w* (?:a |au |a la |a votre |a l )?(?:gardien|voisin|concierge|accueil|loge|reception)\w*", r"contre signature"),
        "hu": (r"^atvette(?! (?:a |az )?(?:futar|szallito|posta|depo|raktar|partner)\w*)", r"szomszed(?:nal|nak|hoz)",
               r"atvetted", r"kezbesites\w* megtortent", r"atadasra kerult (?:a |az )?(?:cimzett|atvevo)\w*",
               r"ajto (?:ele|elott|mellett)", r"kezbesitesre kerult",
               # Taken over by the recipient in either word order ("átvette a címzett", "a címzett ... átvette").
               r"atvette (?:\w+ ){0,2}(?:cimzett|atvevo|ugyfel)\w*", r"(?:cimzett|atvevo)\w* (?:\w+ ){0,3}atvette",
               r"atad(?:tuk|ta|tak|va)\w* (?:a |az )?(?:cimzett|atvevo|ugyfel)\w*",
               r"(?:postalad|levelszekreny)\w*(?:ba|be) (?:\w+ )?(?:kerult|helyez|tett|dob)\w*",
               # Only the Hungarian case forms: folded, "recepción" and "portan" are Spanish words too.
               r"(?:a portan|portara|recepciora|portasnak|recepciosnak)", r"(?:cimzett|atvevo|szomszed)\w* (?:\w+ ){0,2}vette at"),
        "ro": (r"predat\w* (?:\w+ )?(?:destinatar|vecin|client)\w*", r"destinatar\w* a primit", r"livrare (?:efectuata|finalizata|reusita)\w*",
               r"inmanat\w*", r"(?:colet\w*|expeditie\w*) (?:a fost )?predat\w*$",
               r"lasat\w* (?:\w+ )?(?:la )?(?:vecin|receptie|portar|usa)\w*", r"primit\w* de (?:catre )?destinatar\w*"),
    }),
    # The round: on the delivery van, with the courier for delivery, today.
    ("out_for_delivery", {
        "fr": (r"(?:livreur|chauffeur|facteur|coursier) (?:\w+ )?livrera", r"tournee\w*"),
        "hu": (r"futar ?auto\w*", r"(?:kezbesito|kiszallito) ?(?:jarmu|auto)\w*", r"kiszallitasra kerult", r"mai kiszallitas\w*",
               r"(?:ma|mai napon) (?:\w+ ){0,6}(?:szallit(?:ja|juk|jak) ki|erkezik|kerul|hozza|hozzuk|viszi|visszuk)",
               r"futar\w* (?:\w+ ){0,2}(?:elindult|hamarosan|nalad|nalatok|erkezik)(?!.*\b(?:csomagert|felvetel\w*|felado\w*)\b)"),
        "ro": (r"in curs de livrare", r"(?:dat|plecat|iesit)\w* (?:spre|in|pentru) livrare", r"masina de livrare",
               r"pe drum spre (?:tine|dumneavoastra|destinatar|adresa)", r"la curier pentru livrare", r"livrare (?:azi|astazi)",
               r"in cursa", r"alocat\w* (?:\w+ )?curier\w*", r"(?:pe|in) drum spre (?:tine|dumneavoastra|destinatar|adresa)",
               r"(?:ajunge|sosi|vine) (?:\w+ ){0,3}(?:azi|astazi)", r"curier\w* de livrare", r"curier\w* (?:\w+ ){0,3}(?:azi|astazi)", r"cu curierul", r"spre adresa", r"curier\w* (?:\w+ ){0,2}(?:contacta|suna)\w* (?:\w+ )?(?:azi|astazi)"),
    }),
    # Not yet with the carrier: a label or a waybill made, data sent, a pickup from the sender arranged.
    ("info_received", {
        "fr": (r"bordereau (?:\w+ ){0,2}(?:imprime|cree|genere|edite)\w*", r"transmis (?:\w+ ){0,3}(?:donnees|informations)",
               r"(?:donnees|informations) (?:\w+ ){0,3}transmis\w*", r"enlevement (?:\w+ ){0,2}(?:programme|planifie|prevu|demande)\w*",
               r"demande d enlevement", r"en attente du colis", r"envoi enregistre",
               r"(?:cree|genere|enregistre)\w* (?:l |un |votre )?(?:envoi|expedition|etiquette|bordereau)"),
        "hu": (r"\w*(?:cimke|szallitolevel|fuvarlevel)\w* (?:\w+ ){0,2}(?:elkeszul|elkeszit|letrejott|nyomtat|keszult)\w*",
               r"letrejott", r"cimkenyomtatas\w*", r"elkeszit\w* (?:\w+ ){0,3}cimke\w*", r"rogzit\w* (?:\w+ ){0,3}adat\w*",
               r"\w*felvetel\w* (?:igeny|megrendel|rogzit)\w*", r"(?:veszi|vesszuk|veszik) fel", r"atadasra var\w*", r"feladonal",
               r"varjuk (?:a )?(?:csomag|kuldemeny)\w*", r"rogzitette", r"adat\w* (?:\w+ ){0,2}rogzit\w*", r"keszit\w* elo",
               r"adat\w* (?:\w+ )?megkapt\w*", r"megkapt\w* (?:a |az )?(?:\w+ )?adat\w*"),
        "ro": (r"awb\w* (?:\w+ ){0,3}(?:generat|emis|creat)\w*", r"(?:generat|emis|creat)\w* awb\w*",
               r"pregat\w* (?:\w+ ){0,3}(?:livrare|distributie)", r"in pregatire", r"pregat\w*",
               r"ridicare programata", r"programat\w* (?:\w+ ){0,2}ridicare", r"curier\w* (?:\w+ )?va (?:\w+ )?ridica"),
    }),
    ("expired", {
        "fr": (r"suivi (?:\w+ )?expire\w*",),
    }),
    # Moving: sorted, travelling, handed to a partner, cleared, left, arrived, a delivery to come.
    ("in_transit", {
        "fr": (r"(?:en cours de|centre de|site de|plate ?forme de) tri", r"(?<!destinataire en )(?<!destinataire est en )voyag\w*", r"remis\w* a (?:notre |un |son |votre )?partenaire",
               r"charge\w* dans (?:le |un )?(?:camion|vehicule|avion|conteneur)", r"camion a destination",
               r"confie\w* a", r"en cours d (?:expedition|acheminement)", r"en chemin", r"pret\w* pour (?:la )?(?:livraison|distribution)"),
        "hu": (r"elhagyta", r"elindult", r"atad\w* (?:a |az )?(?:partner|alvallalkozo|helyi|nemzetkozi)\w*", r"atkerult",
               r"szortiroz\w*", r"erkez(?:ett|ik)", r"kezbesit(?:juk|i|ik|jak)", r"(?:kamion|jarmu|auto)\w* (?:\w+ )?rakva",
               r"kezbesitesre var", r"varhato (?:\w+ )?(?:kezbesites|kiszallitas|erkezes)\w*",
               r"atvette (?:a |az )?(?:futar|szallito|posta|depo|raktar|partner)\w*", r"\w*kozpont\w*", r"kilep\w*", r"vambol",
               r"holnap\w* (?:\w+ ){0,3}(?:kiszallit|kezbesit|erkez|kerul)\w*", r"kiszallit(?:juk|ja|jak)",
               r"kerul (?:\w+ )?kiszallitasra", r"\w+(?:ba|be|ra|re|hoz|hez) (?:at)?kerult",
               r"(?<!nem )atvette", r"valogato\w*", r"kikerult", r"celorszag\w*", r"vam(?:on|bol)", r"atment\w*", r"(?<!nem )vette at"),
        "ro": (r"plecat\w*", r"pe drum", r"incarcat\w*", r"vamuit\w*", r"vamuire\w*", r"trecut de vama", r"ajuns\w* (?:in|la)",
               r"sosit\w*", r"predat\w* (?:\w+ ){0,2}(?:curier|firm|partener|transportator|posta)\w*", r"expediat\w*",
               r"procesat\w*", r"parasit\w*", r"intrat in reteaua", r"primit in (?:depozit|hub|centr)\w*", r"livrare estimata",
               r"in curs de transport", r"transportat\w*", r"scanat\w*", r"(?:pe|in) drum", r"iesit\w* din",
               r"trimis\w* (?:catre|spre|la)", r"(?:va )?ajunge", r"eliberat\w*", r"va (?:\w+ )?sosi", r"colectat\w*"),
    }),
)
