"""French, Hungarian and Romanian tracking texts read by their grammar and meaning, third pass (twenty-sixth
round, c): terse Hungarian and Romanian codes (a label faulty or missing, a house number missing, cash on
delivery unpaid, storage in the depot, a vehicle breakdown), hand-overs that name a partner, customs or a
post rather than the recipient, negated or future deliveries, and French failed attempts told by the
letterbox, the intercom or a recipient gone without an address. Three groups:

- RO_HU_FIRST_STEPS_3, tried before status_phrases_romanian (so before every Romanian and Hungarian step,
  which read "returnat", "livrat", "kézbesítve", "érkezett", "depóban", "easybox", "hiányzik" and "rossz cím"
  whatever surrounds them). A refund ("Banii au fost returnați", "Rambursul a fost returnat expeditorului")
  says nothing of the parcel; "nu a fost livrat" is a failed delivery and "nu va fi livrat azi" still to come;
  a parcel "kézbesítve a partner futárszolgálatnak", "predat la vamă", dropped "de expeditor" into an easybox or
  "feladva" moves on; one "csomagpontba kézbesítve" waits for the recipient; electronic data arrived, a parcel
  "feladásra kész" or "gata de expediere", a pickup from the sender to come or failed are only data; a label
  faulty or missing, storage in the depot, a parcel that never reached the depot, a vehicle breakdown, a case
  under clarification or a postponement are problems; a house number missing, cash on delivery unpaid, a
  building nobody could enter are failed attempts; "ma nem kézbesítjük" and "a futár holnap érkezik" are not
  today's round.
- FRENCH_FIRST_STEPS_3, tried before status_phrases_meaning_fr_hu_ro_2's French first steps (so before the
  outcome steps that read "boîte aux lettres", "point relais", "arrive", "parti" and "avis de livraison"): a
  notice sent by e-mail is nothing; a pickup from the sender to come or failed is only data; a delivery
  "prévue demain" (even at a relay point), one that "ne sera pas livré", a collection from the sender or a
  sort done move on; "arrive aujourd'hui", "nous livrons aujourd'hui" are the round; a letterbox out of reach,
  a recipient gone without an address, closed, not answering the intercom, a street not found, cash on
  delivery unpaid are failed attempts; "en souffrance" is a hold.
- FR_HU_RO_LATE_STEPS_3, tried before status_phrases_meaning_fr_hu_ro_2's late steps: data recorded and an
  order validated, which nothing else reads.

The fourth pass (round 27) adds groups to all three. First: a refusal outweighs the damage named as its
reason ("Átvétel megtagadva - sérült csomagolás miatt"); stored at the depot in either word order, damaged
packaging with the goods intact, a late arrival are holds; "úton a depó felé" moves on and "a futár felveszi"
is a pickup still to come. French: no name on the letterbox fails the attempt (not a delivery into it); a
pickup awaited and an order sent to the carrier are only data; not arrived at or stored at the agency,
blocked in customs are holds; a text opening with the next attempt on a named day moves on; "déposé en
consigne" waits in a locker. Late: a Hungarian freight carrier's terse exception descriptions ("Hiány",
"Darabszám eltérés", "Hiányzó tétel", "Ügyintézés alatt", "Megbízó döntésére vár", "tárolva"), a round
loaded or prepared for today, data prepared or recorded, a parcel machine, "Leszállítva", "Visszáru",
"Törött"; French failed attempts (closed for holidays, "Refus de réception", cash on delivery not ready),
regularisation awaited, incomplete parcels, a bare "en attente".

Written by the team from how French, Hungarian and Romanian carriers, posts, shops and apps word their events
(no publisher's table); tests/test_status_meaning_fr_hu_ro_3.py and _4 hold the examples.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_2 import HU_PICKUP_PLACE
from lossanalytics.normalise.status_phrases_outcomes import Step

# A return or a loss named in the same text outweighs a hold ("a rămas în depozit și a fost returnat").
_NOT_ENDED = r"(?!.*\b(?:returnat\w*|retur|inapoi|pierdut\w*|visszakuld\w*|visszaszallit\w*|elveszett\w*)\b)"
_HU_DAY_AFTER = r"(?:holnap|holnaputan|hetfon|kedden|szerdan|csutortokon|penteken|szombaton)"

RO_HU_FIRST_STEPS_3: tuple[Step, ...] = (
    # A refund alone, the whole text: nothing about the parcel.
    ("unknown", {
        "ro": (r"^(?:banii|suma|rambursul|plata|contravaloarea)(?: \w+){0,3} (?:returnat|rambursat|restituit)\w*(?: \w+){0,2}$",),
    }),
    # Not delivered in time: late. Not delivered, and no "încă": a failed delivery; not to be delivered
    # today: still to come.
    ("exception", {
        "ro": (r"nu (?:a|au) fost livrat\w* la timp",),
    }),
    ("delivery_failed", {
        "ro": (r"nu (?:a|au) fost livrat\w*(?! (?:\w+ )?(?:inca|deocamdata|la timp))",),
    }),
    ("in_transit", {
        "ro": (r"nu (?:va|vor) (?:fi )?(?:\w+ ){0,2}livra\w*",
               r"nu a fost (?:inca )?predat\w* (?:inca )?(?:destinatar|client)\w*",
               r"(?<!nu a fost )(?<!inca )(?<!sa fie )(?<!va fi )ridicat\w* de (?:catre )?curier\w*",
               r"predat\w* (?:la |catre )?vama\b",
               r"depus\w* (?:\w+ ){0,3}de (?:catre )?(?:expeditor|vanzator|comerciant)\w*",
               r"a fost depus la (?:oficiul postal|posta)\b(?!.*\b(?:ridica|ridicat|ridici|asteapta)\w*)",
               r"in asteptarea livrarii"),
        "hu": (r"kezbesit\w* (?:a |az )?(?:\w+ )?(?:partner\w*|futarszolgalat\w*|alvallalkozo\w*|fuvarozo\w*|postanak|depo\w*|raktar\w*"
               r"|kozpont\w*)",
               r"(?:felado|webshop|kereskedo|elado|bolt)\w* (?:\w+ ){0,2}(?:leadta|feladta|beadta)\b",
               r"(?<!nincs )(?<!nem )feladva\b(?! mas (?:uton|modon))",
               r"elvamol\w*", r"futar\w* (?:\w+ ){0,2}" + _HU_DAY_AFTER + r" (?:\w+ )?erkez\w*",
               r"(?:ma|mai napon) nem (?:\w+ )?(?:kezbesit|szallit|erkez)\w*",
               r"(?<!sikertelen )(?:kiszallitas|kezbesites)\w* (?:varhato(?:an)? |tervezett(?:en)? )?" + _HU_DAY_AFTER, r"atad\w* (?:a |az )?(?:\w+ )?vam(?:nak|hatosag\w*)"),
    }),
    # Data before the parcel, a parcel ready to be handed over, a pickup from the sender to come or failed.
    ("info_received", {
        "hu": (r"\w*adat\w* (?:\w+ )?(?:erkezett|beerkezett|megerkezett|fogadva)",
               r"elorejelzes (?:\w+ )?(?:fogadva|beerkezett|megerkezett|rogzitve)",
               r"feladasra kesz\w*", r"meg nincs (?:\w+ ){0,2}(?:futar\w*|szallito\w*|postan|nalunk)",
               r"(?:sikertelen|meghiusult) (?:\w+ )?(?:csomag)?felvetel\w*",
               r"felvetel\w* (?:\w+ )?(?:sikertelen|meghiusult|nem sikerult)",
               r"futar\w* nem (?:tudta|tudja) felvenni"),
        "ro": (r"gata (?:de|pentru) expedi\w*",
               r"(?:vine|va veni|trece|va trece) (?:\w+ ){0,2}sa (?:ridice|preia|colecteze)",
               r"ridicar\w* de la (?:\w+ )?expeditor\w* (?:\w+ )?(?:a )?(?:esuat|nereusit)\w*",
               r"nu a putut (?:sa )?(?:ridica|preia|colecta) (?:\w+ ){0,2}de la (?:\w+ )?expeditor"),
    }),
    # The carrier's problem: a label faulty or missing, storage in the depot, a parcel that did not reach it,
    # a vehicle breakdown, a case under clarification, a postponement (not one the recipient asked for).
    ("exception", {
        "hu": (r"(?:hibas|hianyzo|serult|olvashatatlan|rossz) cimke\w*",
               r"cimke\w* (?:\w+ )?(?:hianyzik|serult|olvashatatlan|hibas)",
               r"tarol(?:as|va|juk|ott)\w* (?:\w+ ){0,2}(?:depo|raktar|telephely|kozpont)\w*" + _NOT_ENDED,
               r"nem erkezett (?:meg |be )?(?:a |az )?(?:\w+ )?(?:depo|raktar|kozpont|telephely|atrakodo)\w*",
               r"(?:jarmu|gepjarmu|auto|kamion|jarat)\w* ?(?:hiba|meghibasod|lerobban|baleset)\w*", r"tisztaz\w*",
               r"^(?!.*\bkeres)(?:\w+ ){0,4}elhalaszt\w*"),
        "ro": (r"(?:blocat|retinut|oprit|ramas)\w* (?:\w+ ){0,2}(?:in|la) (?:\w+ )?(?:depozit|hub|vama|centr)\w*" + _NOT_ENDED,
               r"documente\w* (?:\w+ )?lipsa" + _NOT_ENDED),
    }),
    # The attempt at the door failed: a house number missing, cash on delivery unpaid, no way into the building.
    ("delivery_failed", {
        "hu": (r"(?:hazszam|emelet|ajtoszam|cim|nev|kapukod|utcanev)(?:a|e)? (?:\w+ )?hianyzik",
               r"hianyzik (?:a |az )?(?:hazszam|emelet|ajtoszam|kapukod)",
               r"utanvet\w* (?:\w+ )?(?:nem (?:lett )?(?:fizet|kifizet)\w*|kifizetetlen\w*)",
               r"nem (?:lehetett|lehet) (?:\w+ )?bejut\w*"),
        "ro": (r"destinatar\w* (?:\w+ )?necunoscut\w*",
               r"lipsa (?:\w+ )?(?:numar|strada|bloc|apartament|scara|etaj|nume)\w*",
               r"nu se (?:poate|putea) (?:accesa|ajunge|intra)"),
    }),
    # Put into a pickup point or a parcel machine, waiting for the recipient's collection.
    ("available_for_pickup", {
        "hu": (HU_PICKUP_PLACE + r"\w*(?:ba|be) (?:\w+ )?kezbesit(?:ve|ett\w*)\b",
               r"kezbesit(?:ve|ett\w*) (?:a |az )?(?:\w+ )?" + HU_PICKUP_PLACE + r"\w*(?:ba|be)\b"),
        "ro": (r"asteapta\w* (?:\w+ )?ridicare\w* (?:de catre|de) (?:destinatar|client)\w*",
               r"sa (?:ridici|ridicati)\b"),
    }),
    ("delivered", {
        # "Recepción átadva": the Hungarian case form, handed over at reception.
        "hu": (r"recepcion (?:\w+ )?(?:atadva|atveve|atvettek)",),
        "ro": (r"predat\w* personal\w*", r"(?<!aviz )lasat\w* (?:\w+ )?(?:in|la) (?:cutia postala|cutia de scrisori)"),
    }),
    ("out_for_delivery", {
        "hu": (r"(?:kezbesites|kiszallitas)\w* (?:\w+ )?megkezd\w*",),
        "ro": (r"(?:colet\w*|expeditia|comanda) la curier\b",),
    }),
    ("returned", {
        "hu": (r"visszaszallitas\w* (?:alatt|folyamatban|megkezd\w*|megtortent|indul\w*)",),
    }),
    # On the way to a depot, or to pick the parcel up from the sender: not the round.
    ("in_transit", {
        "hu": (r"uton (?:van )?(?:a |az )?(?:\w+ )?(?:depo|raktar|kozpont|telephely|hub|atrakodo)\w* (?:fele|iranyaba)\b",),
    }),
    ("info_received", {
        "hu": (r"futar\w* (?:\w+ ){0,2}(?:felveszi|fel fogja venni)\b",
               r"(?:felveszi|felvesszuk|fel fogja venni) (?:\w+ ){0,3}(?:felado|webaruhaz|webshop|kereskedo|elado)\w*"),
    }),
    ("exception", {
        "hu": (r"(?:depo|raktar|telephely|kozpont)\w* (?:\w+ )?tarol(?:va|juk|as|t)\w*" + _NOT_ENDED,
               r"serul\w* (?:\w+ ){0,4}(?:aru|tartalom|termek) (?:\w+ )?(?:ep|serulesmentes|rendben)\b",
               r"kesve (?:\w+ )?(?:erkez|erkezett|indult|futott)\w*"),
    }),
)

_FR_AFFIRMED = r"(?<!n )(?<!ne )"

FRENCH_FIRST_STEPS_3: tuple[Step, ...] = (
    # A notice sent by e-mail or SMS says nothing of the attempt.
    ("unknown", {
        "fr": (r"^avis de (?:livraison|passage|expedition) (?:\w+ ){0,2}envoye\w* (?:par|au|en) (?:e ?mail|courriel|sms|mail)$",),
    }),
    # A pickup from the sender awaited, an order sent to the carrier: only data.
    ("info_received", {
        "fr": (r"(?:en )?attente (?:d |de l |de |du )?(?:enlevement|prise en charge|ramassage|collecte)\b(?! (?:\w+ )?(?:par le|du) destinataire)",
               r"(?:commande|donnees|informations|etiquette)\w* (?:\w+ )?transmis\w* (?:au|a l|a la) (?:transporteur|livreur|poste)\b"),
    }),
    # A pickup from the sender to come or failed: not yet with the carrier.
    ("info_received", {
        "fr": (r"pris\w* en charge (?:prochainement|bientot|sous peu)",
               r"(?:va|vont) (?:bientot |prochainement )?etre (?:pris|prise)\w* en charge",
               r"(?:viendra|viendront|passera|passeront) (?:\w+ )?(?:recuperer|enlever|collecter|chercher|ramasser)",
               r"enlevement (?:\w+ ){0,2}(?:non effectue|echoue|impossible)\w*",
               r"echec (?:de l |d |du )?(?:enlevement|ramassage|collecte)"),
    }),
    # Still on the way: not delivered today, collected from the sender, sorted, a delivery planned for another day.
    ("in_transit", {
        "fr": (r"ne (?:sera|seront) pas (?:\w+ )?(?:livre|distribue|remis)\w*",
               r"enleve\w* (?:chez|aupres de) (?:l |le |la )?(?:expediteur|vendeur|marchand|fournisseur)",
               r"enlevement (?:\w+ )?(?:effectue|realise)\w*", r"(?:colis|envoi) collecte\w*",
               r"collecte\w* (?:chez|aupres)",
               r"(?:livraison|arrivee) (?:\w+ ){1,4}(?:prevue|estimee|programmee) (?:\w+ ){0,2}"
               r"(?:demain|le \d|lundi|mardi|mercredi|jeudi|vendredi|samedi)"),
    }),
    # The round: arriving or delivered today (not negated).
    ("out_for_delivery", {
        "fr": (_FR_AFFIRMED + r"arrive(?:ra)? (?!pas )(?:\w+ )?aujourd hui", _FR_AFFIRMED + r"livrons (?!pas )(?:\w+ ){0,3}aujourd hui"),
    }),
    # The attempt at the door failed.
    ("delivery_failed", {
        "fr": (r"boite aux lettres (?:\w+ ){0,2}(?:non accessible|inaccessible|trop petite|pleine|introuvable|absente|non identifiee|sans nom)",
               r"(?:parti|partie)s? sans (?:laisser )?(?:d )?adresse",
               r"fermeture (?:\w+ )?(?:du|de la|de l) (?:destinataire|entreprise|societe|commerce|magasin|etablissement|client)",
               r"(?:n a pas|pas) (?:\w+ )?repondu (?:a l |au |a la )?(?:interphone|sonnette|telephone|appel\w*|porte)",
               r"(?:numero|rue|adresse|batiment|immeuble)\w* (?:\w+ ){0,2}introuvable\w*",
               r"contre remboursement (?:\w+ )?(?:non (?:regle|paye)|impaye|refuse)\w*",
               r"livraison (?:\w+ )?non (?:realisee|aboutie|reussie|faite)",
               r"impossible de (?:joindre|contacter) (?:le |la )?(?:destinataire|client)"),
    }),
    ("exception", {
        "fr": (r"en souffrance",),
    }),
    # Round 27. No name on the letterbox is a failed attempt, not a delivery into it.
    ("delivery_failed", {
        "fr": (r"(?:pas de|sans|aucun) nom (?:\w+ )?(?:sur|a) (?:la |l )?(?:boite|interphone|sonnette|porte)",
               r"boite aux lettres (?:\w+ )?non nominative"),
    }),
    # The carrier's problem: a parcel that never reached the agency, stored at the agency, blocked in customs.
    ("exception", {
        "fr": (r"non (?:arrive|parvenu|recu)\w* (?:a l |au |en |a la )(?:agence|depot|plateforme|centre|site|entrepot|hub)\b",
               r"n est pas arrive\w* (?:a l |au |en |a la )(?:agence|depot|plateforme|entrepot|hub)\b",
               r"stocke\w* (?:en|a l|au|dans l|dans notre|dans le) (?:\w+ )?(?:agence|depot|plateforme)\b",
               r"blocage (?:en )?douane", r"bloque\w* (?:en|a la) douane"),
    }),
    # A text that opens with the next attempt on a named day: still on the way.
    ("in_transit", {
        "fr": (r"^(?:\w+ )?(?:nouvelle|prochaine|seconde|deuxieme) (?:presentation|tentative|livraison) (?:de livraison )?(?:\w+ ){0,2}"
               r"(?:demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|le \d)",),
    }),
    # Put into a locker: waiting for the recipient.
    ("available_for_pickup", {
        "fr": (r"(?:depose|livre|place)\w* (?:en |dans (?:la |une |le |un )?|a la |au )(?:consigne|lockers?|casier)\b",),
    }),
    # The round: the courier carrying the parcel.
    ("out_for_delivery", {
        "fr": (r"(?:facteur|livreur|chauffeur|coursier) (?:a|detient|transporte) (?:votre|ton|le|la|vos) (?:colis|envoi|commande|paquet|lettre)\b",),
    }),
)

FR_HU_RO_LATE_STEPS_3: tuple[Step, ...] = (
    # A sort done: moving.
    ("in_transit", {
        "fr": (r"tri (?:\w+ )?(?:effectue|termine|realise)\w*",),
    }),
    # Data recorded, an order validated: nothing with the carrier yet.
    ("info_received", {
        "fr": (r"commande (?:\w+ ){0,2}(?:validee|confirmee|enregistree)",),
        "hu": (r"\w*adat\w* (?:\w+ ){0,2}rogzit\w*", r"adatrogzites\w*"),
    }),
    # French failed attempts in words nothing read before; Hungarian: a business found closed, a delay of any
    # kind, instructions needed.
    ("delivery_failed", {
        "fr": (r"absent\w* (?:lors|au moment|pendant) (?:de |du )?(?:la |le )?(?:livraison|passage|presentation)",
               r"adresse (?:\w+ )?non (?:trouvee|localisee|identifiee)", r"erreur (?:d |de |dans l )adresse",
               r"(?:pas de|aucune) reponse (?:a l |au |a la )?(?:interphone|sonnette|telephone|appel\w*|porte)",
               r"(?:destinataire|client) (?:\w+ )?(?:non|pas) joignable"),
        "hu": (r"zarva volt (?:a |az )?(?:uzlet|bolt|iroda|ceg|telephely|intezmeny)\w*",),
    }),
    ("exception", {
        "hu": (r"utasitas\w* (?:\w+ )?szukseges", r"\w*keses\w*"),
    }),
    # Round 27. Hungarian and French late readings. A parcel loaded or prepared for today's round.
    ("out_for_delivery", {
        "hu": (r"(?<!holnapi )(?<!holnaputani )(?:kiszallitasra|kezbesitesre) (?:\w+ )?(?:elokeszit|rakva|felrakva|atadva|berakva)\w*",
               r"kiszallito (?:jarat|gepjarmu|auto|jarmu)\w*", r"(?:rakva|felrakva|berakva) (?:\w+ )?(?:kiszallitasra|kezbesitesre)\b", r"(?<!nem )(?:kiszallitas|kezbesites)\w* (?:\w+ )?ma\b(?! nem)"),
    }),
    # Data before the parcel: prepared by the shop, a pickup scheduled or not yet made, an order recorded.
    ("info_received", {
        "hu": (r"(?:feladas\w*|felvetel\w*|csomag\w*|kuldemeny\w*|webaruhaz\w*|webshop\w*|felado\w*|elado\w*|kereskedo\w*) "
               r"(?:(?!kiszallitas|kezbesites)\w+ ){0,2}elokeszit\w*",
               r"meg nem (?:\w+ )?(?:vette|vettuk|vettek) fel\b",
               r"\w*felvetel\w* (?:\w+ )?(?:utemez|egyeztet|rogzit|igenyel|bejelent|megrendel)\w*",
               r"(?:fuvarmegbizas|megbizas|megrendeles|szallitolevel|fuvarlevel)\w* (?:\w+ )?(?:rogzit|letrehoz|elkeszult|elkeszit)\w*",
               r"(?<!kar )(?<!karigeny )bejelentve\b"),
        "fr": (r"dossier (?:d |de )?(?:expedition|envoi|transport) (?:\w+ )?(?:cree|ouvert|enregistre)\w*",),
    }),
    # Moving: handed to a partner (not a relay point); a round planned for tomorrow; a parcel machine the
    # sender dropped it in; duties paid and released.
    ("in_transit", {
        "hu": (r"holnap\w* (?:kiszallitas|kezbesites)\w*",
               r"elhelyez\w* (?:\w+ )?(?:a )?(?:felado|webshop|kereskedo|elado)\w* (?:altal|reszerol)"),
        "fr": (r"(?:colis|envoi) (?:\w+ )?libere\w*", r"(?:taxes|droits) (?:\w+ )?(?:regle|paye|acquitte)\w*",
               r"(?<!encore )(?<!pas )(?<!etre )remis (?:a |au |a l |a la |a notre )(?:\w+ )?(?:partenaire|sous traitant|prestataire)\b"
               r"(?!.*\b(?:relais|point|consigne|locker\w*|bureau de poste)\b)"),
    }),
    # Failed at the door: cash on delivery not paid or not ready, an address nobody can identify, closed
    # for holidays, a refusal of receipt, nobody home.
    ("delivery_failed", {
        "hu": (r"nem (?:tudta|tudja|akarta|tudtak) (?:ki)?fizetni (?:az )?(?:utanvet|osszeg|dij)\w*",
               r"cim\w* (?:\w+ )?nem (?:azonosithato|talalhato|letezik|beazonosithato)"),
        "fr": (r"ferme\w* (?:pour|en|durant les|pendant les) (?:conges|vacances|travaux|inventaire)\b",
               r"refus (?:de |d )?(?:reception|livraison|du colis|de l envoi)\b",
               r"^(?:il n y avait )?personne (?:au domicile|a la maison|sur place|a l adresse)\b",
               r"contre remboursement (?:\w+ )?(?:non|pas) pret\w*"),
    }),
    # The carrier's problem: a shortage, a count that differs, an item missing from the consignment, a case
    # being handled, the client's decision awaited, an oversize parcel; French: regularisation awaited, an
    # incomplete parcel, a van broken down, a bare "en attente".
    ("exception", {
        "hu": (r"^hiany\b", r"(?:mennyisegi|darabszam|suly) ?(?:hiany|elteres)\w*", r"darabszam\w* (?:\w+ )?elteres\w*",
               r"hianyzo (?:tetel|csomag|kuldemeny|aru|doboz|raklap|darab|szallitolevel|dokumentum|okmany|papir|szamla)\w*",
               r"ugyintezes (?:alatt|folyamatban)",
               r"(?:megbizo|felado|ugyfel|megrendelo)\w* (?:\w+ )?(?:dontes|utasitas|intezkedes|valasz)\w* (?:\w+ )?var\w*",
               r"tulsuly\w*", r"tulmeretes\w*", r"tarolva\b" + _NOT_ENDED),
        "fr": (r"en attente de regularisation", r"regularisation (?:\w+ )?(?:necessaire|requise|en cours|demandee)",
               r"(?:colis|envoi|livraison|expedition|commande) (?:\w+ )?incomplet\w*",
               r"panne (?:du |de |de la |d )(?:vehicule|camion|camionnette|fourgon)", r"^(?:colis |envoi )?en attente$"),
    }),
    # Put into a parcel machine: waiting; "Leszállítva" delivered (not to a depot); "Visszáru" a return;
    # "Törött" broken goods.
    ("available_for_pickup", {
        "hu": (HU_PICKUP_PLACE + r"\w*(?:ba|be|ban|ben) (?:\w+ )?elhelyez\w*(?!.*\bfelado\w*)",),
    }),
    ("delivered", {
        "hu": (r"(?<!nem )leszallitva\b(?!.*\b(?:depo|raktar|kozpont|telephely|hub)\w*)",),
    }),
    ("returned", {
        "hu": (r"visszaru\w*",),
    }),
    ("damaged", {
        "hu": (r"torott\w*", r"eltort\w*", r"osszetort\w*"),
    }),
)
