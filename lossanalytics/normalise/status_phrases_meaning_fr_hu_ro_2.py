"""French, Hungarian and Romanian tracking texts read by their grammar and meaning (twenty-fifth
round, e): the wordings of shops, marketplaces, post offices, drivers' apps and call centres that
status_phrases_meaning_fr_hu_ro did not think of. Three groups, each tried just before its
counterpart there:

- RO_HU_FIRST_STEPS_2, before ROMANIAN_HUNGARIAN_FIRST_STEPS (so before the Russian, Ukrainian and
  Romanian steps of status_phrases_east and before status_phrases_hungarian, which read "vámkezelés",
  "sérült", "depóban", "megérkezett", "easybox", "avariat", "depozit", "nelivrat" and "refuz"
  whatever surrounds them). Hungarian: a parcel waiting for customs clearance, for documents, a
  power of attorney or instructions, papers or duties "szükséges", an address to be clarified (not an
  appointment after a failed attempt, "új időpont egyeztetése"), a damaged parcel under check, a
  repacking, a mis-sort or a parcel sent to the wrong depot, one left in the depot, a cancelled
  linehaul, an investigation, a suspended or blocked parcel, a card payment failed or declined are the
  carrier's or the papers' problem; a parcel arrived onto a pickup point ("átvevőhelyre", "-ra/-re" as well as
  "-ba/-be") waits there; an order being processed is only data. Romanian: awaiting instructions,
  no time left on the round, damage under check, sent the wrong way or to the wrong depot, "problemă
  la sortare", left in the depot, not loaded, a failed payment (the sentence starting with the payment, so a recipient refusing to pay cash on
  delivery is not one) are problems; a recipient "nu a fost disponibil" failed the attempt (Italian's
  "disponibil…" would read a parcel waiting); on its way to the sender is a return; "nu a fost livrat
  încă", "urmează să fie livrat" and a parcel on its way to an easybox are still moving; "predat
  curierului pentru livrare" and "urmează să fie livrat astăzi" are the round; a pickup from the sender still
  to come, an order placed or processed, a parcel being prepared for dispatch are only data;
  "ridicat de client" is collected.
- FRENCH_FIRST_STEPS_2, before FRENCH_FIRST_STEPS (so before the outcome steps that read "boîte aux
  lettres", "disponible", "point relais", "sera livré" and a bare "livré"): "avec retard", "manque de
  temps", "mis en attente", "immobilisé", a disturbed or suspended delivery, papers to provide, damage
  under expert check, a repacking, a label unreadable, "dérouté" (not "dérouté vers" a relay), left "à
  quai", not loaded, a payment refused are problems; a content "cassé" is damaged; a missed delivery,
  nobody at the address or answering, "pas pu être déposé", a parcel brought back to the agency, an
  address unreadable or a street that does not exist, NPAI, a notice left, a letterbox too small, a recipient not at home or not available (the recipient, a client or
  "vous" as subject: a parcel "pas encore disponible" is no failure), "présenté, avisé", a new date
  asked by the recipient are failed attempts; the driver "en chemin", a delivery "ce jour", "dans la
  journée" or "dans quelques heures", a parcel "avec le facteur" or "à 5 arrêts" are the round; a
  parcel handed to a named carrier, accepted at a post office or "livré" to a depot or centre moves on; a future "sera expédié" or "sera
  pris en charge", information "reçue", a carrier waiting for the parcel, a pickup from the sender
  planned, a tracking number given, "nous n'avons pas encore reçu" are only data; a parcel left on the
  terrace or balcony is delivered, and one "retiré" or "récupéré" at a relay point or post office is collected
  (not when it may still be, "peut être retiré", "non retiré", nor by the carrier).
- FR_HU_RO_LATE_STEPS_2, before FR_HU_RO_LATE_STEPS (after every other step, before that group's
  broad Hungarian and Romanian movement words "… került", "átvette", "plecat", "predat"): Hungarian
  failed attempts (not at the address, a business closed, no gate code, could not get in, refused
  in "elutasította", could not pay, an attempt made, a floor or door number missing, "Értesítve", a
  later delivery the recipient asked for, the address not found), a handling error, a parcel taken
  ("átvették", "személyesen átvéve", "sikeresen átadva" but not to a courier, taken from a locker), a
  return "visszaszállításra kerül", waiting in a PostaPont or put into a locker, handed out for
  delivery, announced by the sender, data given, picked up, cleared, transhipped, expected tomorrow,
  handed to the post; Romanian failed attempts (no answer, could not deliver, client absent,
  an incomplete address, a postponement the recipient asked for, an attempt made, a business closed,
  could not get in, a notice left, no money for the cash on delivery), missing documents, an address
  to clarify, a delay for operational reasons, a postponement by the carrier, a nonconforming parcel,
  collected from a locker or post office, signed for, delivered with success, the courier having the
  parcel, in your area or heading to you, a delivery today, estimated, on its way, through customs.

The problems and failed attempts of the first two groups are tried before the steps that read a return or a
loss ("visszaküldve", "returnat", "retour à l'expéditeur", "perdu"), so they give way when the same text names
one: "Envoi immobilisé, retour expéditeur" is returned, "Colis perdu, livraison suspendue" lost, "Colis livré
avec retard" delivered.

Written by the team from how French, Hungarian and Romanian carriers, posts, shops and apps word their
events (no publisher's table); tests/test_status_meaning_fr_hu_ro_2.py holds the examples.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro import RO_PICKUP_PLACE
from lossanalytics.normalise.status_phrases_outcomes import Step

# Hungarian places where a recipient collects a parcel (a PostaPont, a GLS CsomagPont, a Packeta
# átvevőhely, any parcel machine), written with or without a space.
HU_PICKUP_PLACE = r"(?:posta ?pont|csomag ?pont|atvevo ?hely|atvevo ?pont|atveteli pont|\w*automat|z ?box)"
# The French driver words, and the failure words that make a sentence about the driver a failed attempt.
_FR_DRIVER = r"(?:livreur|chauffeur|facteur|coursier)"
_FR_FAILED = r"(?!.*\b(?:absent\w*|ferme\w*|impossible|refus\w*|echec|infructueu\w*|introuvable)\b)"


# A return or a loss named in the same text outweighs the problems and failed attempts of the first groups:
# named after them (or a Hungarian "kézbesítve"), the phrase gives way to the later steps; named before them,
# a group of its own reads it.
_RETURNED = {
    "fr": r"(?:retour\w* (?:a l |vers l |chez l |a |vers )?(?:expediteur|envoyeur)|(?:renvoye|retourne)\w* (?:a |vers |chez )?l (?:expediteur|envoyeur))",
    "hu": r"(?:visszakuld\w*|visszaszallit\w*|visszaerkez\w*|vissza (?:a |az )?feladohoz)",
    "ro": r"(?:returnat\w*|retur|(?:inapoi|returnare\w*) (?:la |catre )?expeditor\w*)",
}
_LOST = {"fr": r"(?:perdu\w*|egare\w*)", "hu": r"(?:elveszett\w*|nyoma veszett)", "ro": r"pierdut\w*"}


def _unless_ended(language: str, phrases: tuple[str, ...]) -> tuple[str, ...]:
    ended = f"{_RETURNED[language]}|{_LOST[language]}" + ("|(?<!nem )kezbesitve" if language == "hu" else "")
    return tuple(f"{phrase}(?!.*\\b(?:{ended})\\b)" for phrase in phrases)


def _ended_before(outcome: dict[str, str], by_language: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    return {language: (f"{outcome[language]}(?=.*\\b(?:{'|'.join(phrases)}))",) for language, phrases in by_language.items()}


_HU_HOLDS: tuple[str, ...] = (
    r"vamkezelesre var\w*",
    r"\w*(?:meghatalmazas|utasitas|intezkedes|dokumentum|okmany|irat|egyeztetes|jovahagyas)\w*(?:ra|re) var\w*",
    r"(?:dokumentum|okmany|irat|adat|szamla)\w* hiany\w*", r"felfuggeszt\w*", r"\w*pontosit\w*",
    r"(?:cim|cimadat|adat|vam|ugyfelszolgalati)\w* egyeztetes\w*", r"(?<!idopont )egyeztetes\w* (?:szukseges|folyamatban|alatt)",
    r"serult\w* (?:\w+ ){0,4}(?:ellenorz|allapotfelmer|vizsgal|felulvizsgal)\w*", r"ujracsomagol\w*", r"atcimkez\w*",
    r"(?:teves|hibas|rossz) (?:valogat|szortiroz|cimkez)\w*",
    r"hibasan (?:\w+ )?(?:iranyit|tovabbit|szallit|valogat|cimkez)\w*", r"felre(?:iranyit|kuld|szallit|valogat)\w*",
    r"nem tovabbithato", r"varakoztat\w*", r"vam\w* (?:\w+ )?varakoz\w*", r"akadoz\w*", r"havazas\w*",
    r"kapacitashiany\w*", r"fizetes\w* (?:\w+ )?(?:nem sikerult|elutasit\w*|sikertelen\w*|meghiusult)", r"zarol\w*",
    r"(?:nyilatkozat|dokumentum|okmany|irat|szamla|meghatalmazas)\w* (?:\w+ )?szukseges", r"fizesse (?:be|ki|meg)",
    r"\w*(?:rendezes|befizetes)\w* (?:szukseges|esedekes)", r"(?:depo|raktar|telephely|kozpont)\w*(?:ban|ben) maradt",
    r"tevesen (?:\w+ ){0,3}(?:depo|kozpont|raktar|telephely|helyre|jaratra)\w*", r"jaratkimarad\w*", r"jarat\w* (?:\w+ )?(?:kimaradt|elmaradt|torolve)", r"vizsgalat\w*", r"\w+ gyanuja", r"szunetel\w*",
    r"(?:hibas|olvashatatlan|serult|hianyzo) vonalkod\w*", r"vonalkod\w* (?:\w+ )?(?:hibas|olvashatatlan|serult|hianyzik)")
# Awaiting instructions, no time left on the round, damage under check, sent the wrong way, left or not
# loaded; a payment that failed (the sentence opening with it: not a recipient refusing to pay at the door).
_RO_HOLDS: tuple[str, ...] = (
    r"lipsa de timp",
    r"(?:avariat|deteriorat|lovit|rupt|desfacut)\w* (?:\w+ ){0,4}(?:verificare|verificat|inspectie|control|reambalat)\w*",
    r"eticheta\w* (?:\w+ )?(?:deteriorat|ilizibil|rupt)\w*",
    r"(?:trimis|directionat|expediat|redirectionat|incarcat|sortat|rutat)\w* gresit\w*",
    r"ramas\w* in (?:\w+ )?(?:depozit|hub|vama)\w*", r"nu a fost (?:\w+ )?incarcat\w*",
    r"(?:depozit|hub|centru|ruta|traseu|oras|localitate)\w* gresit\w*", r"problema (?:la|cu)",
    r"^(?:\w+ ){0,2}plat\w* (?:\w+ ){0,4}(?:esuat|respins|refuzat|declinat)\w*")
_RO_ABSENT: tuple[str, ...] = (r"(?:destinatar|client)\w* (?:\w+ ){0,2}nu (?:a fost|era|este) (?:\w+ )?(?:disponibil|prezent)\w*",)
_FR_HOLDS: tuple[str, ...] = (
    r"(?<!livre )(?<!livree )(?<!livres )avec (?:du |un )?retard",
    r"(?:sera|seront) (?:\w+ ){0,2}livre\w* avec (?:du |un )?retard", r"manque de temps", r"mis\w* en attente", r"immobilise\w*",
    r"(?:acheminement|livraison|distribution|trafic|transport)\w* (?:\w+ )?perturb\w*", r"dedouanement en attente",
    r"(?:fournir|transmettre) (?:\w+ ){0,2}(?:facture|justificatif|document|piece)\w*",
    r"(?:endommage|abime|deteriore|casse)\w* (?:\w+ ){0,4}(?:expertise|controle|verification)\w*", r"reconditionn\w*",
    r"etiquet\w* (?:\w+ )?(?:illisible|endommage|abime|dechire|decolle)\w*", r"en cours d identification",
    r"deroute\w*(?! (?:vers|a|au|sur)\b)", r"reste\w* (?:a quai|en agence|au depot|a l entrepot)",
    r"(?:non|pas(?: ete)?) charge\w*", r"^(?:\w+ ){0,2}paiement\w* (?:\w+ ){0,3}(?:refuse|rejete|decline|echoue)\w*",
    r"(?:livraison|acheminement|envoi|colis|distribution|expedition)\w* (?:\w+ )?suspendu\w*",
    r"mauvais\w* (?:tri|acheminement|aiguillage|routage|orientation)",
    r"(?:envoye|achemine|oriente|dirige|expedie|transfere|trie)\w* par erreur",
    r"adresse a (?:completer|verifier|preciser|confirmer|corriger)")
_FR_FAILED_ATTEMPT: tuple[str, ...] = (
    r"(?:livraison|rendez vous|passage|creneau)\w* (?:\w+ ){0,2}manque\w*", r"personne a (?:l adresse|domicile)",
    r"(?:en )?retour (?:en |a l |a |au )?(?:agence|depot)\b", r"ramene\w* (?:a |en |au )?(?:l )?(?:agence|depot)\b",
    r"(?:n a |n ont )?pas pu (?:\w+ )?(?:etre )?(?:depos|remet|remis|livr|distribu)\w*",
    r"(?:destinataire|client|vous) (?:a |avez )?(?:souhaite|demande|choisi) (?:de )?(?:reporter|decaler|differer)",
    r"(?:n a pas|n ont pas|pas) (?:pu )?trouve\w* (?:l |votre |la |le |son )?(?:adresse|domicile|maison|immeuble|batiment|entreprise|societe)",
    r"personne n (?:a|ont) (?:\w+ )?(?:repondu|ouvert)", r"personne ne (?:repond|repondait)",
    r"(?:numero|rue)\w* (?:\w+ ){0,2}inexistant\w*", r"adresse\w* (?:\w+ )?illisible\w*",
    r"coordonnees (?:\w+ ){0,3}(?:errone|incorrect|incomplet|invalide)\w*", r"npai",
    r"avis (?:de passage |de livraison |de mise en instance )?(?:depose|laisse)\w*",
    r"boite aux lettres (?:\w+ ){0,2}(?:trop petite|pleine|inaccessible|introuvable|absente)",
    r"pas d acces", r"client\w* (?:\w+ )?absent\w*",
    r"(?:destinataire|client|vous|personne)\w* (?:\w+ )?n (?:etait|est|etiez|etes) pas (?:\w+ )?"
    r"(?:disponible|present|joignable|a (?:son|votre) domicile|chez (?:lui|elle|vous)|la)\b",
    r"presente\w* (?:et )?avise\w*",
    r"(?:destinataire|client) a demande (?:\w+ ){0,2}(?:nouvelle date|report|autre date|nouveau rendez vous|nouveau creneau)")
_EARLY = {"hu": _HU_HOLDS, "ro": _RO_HOLDS + _RO_ABSENT}
_FRENCH_EARLY = {"fr": _FR_HOLDS + _FR_FAILED_ATTEMPT}

RO_HU_FIRST_STEPS_2: tuple[Step, ...] = (
    ("returned", _ended_before(_RETURNED, _EARLY)),
    ("lost", _ended_before(_LOST, _EARLY)),
    ("exception", {
        "hu": _unless_ended("hu", _HU_HOLDS),
        "ro": _unless_ended("ro", _RO_HOLDS),
    }),
    # Hungarian: arrived at or put into a pickup point, in either order ("megérkezett a Packeta átvevőhelyre").
    ("available_for_pickup", {
        "hu": (r"(?:meg|be)?erkez\w* (?:a |az )?(?:\w+ ){0,2}" + HU_PICKUP_PLACE + r"\w*(?:ba|be|ra|re|hoz|hez)\b",
               HU_PICKUP_PLACE + r"\w*(?:ba|be|ra|re) (?:meg|be)?erkez\w*"),
    }),
    # Romanian: the recipient not available is no parcel available; on its way back to the sender.
    ("delivery_failed", {
        "ro": _unless_ended("ro", _RO_ABSENT),
    }),
    ("returned", {
        "ro": (r"(?:drum|indreapta|trimis|plecat)\w* (?:\w+ )?(?:spre|catre|inapoi la|inapoi catre) expeditor\w*",),
    }),
    ("delivered", {
        "ro": (r"ridicat\w* de (?:catre )?client\w*", r"ai ridicat", r"(?:destinatar|client)\w* a ridicat"),
    }),
    # Romanian: the round when handed to the courier "pentru livrare" or the courier leaving towards you.
    ("out_for_delivery", {
        "ro": (r"predat\w* (?:\w+ )?curier\w* (?:\w+ )?(?:pentru|spre|in) livrare", r"urmeaza sa fie livrat\w* (?:\w+ ){0,3}(?:azi|astazi)",
               r"curier\w* (?:a )?plecat (?:\w+ ){0,2}spre (?:tine|dumneavoastra|destinatar|adresa|client)\w*"),
    }),
    ("in_transit", {
        "ro": (r"nu a fost livrat\w* inca", r"urmeaza sa fie livrat\w*", r"(?:drum|indreapta|transportat|trimis|expediat|plecat|directionat)\w* (?:\w+ )?(?:spre|catre) (?:\w+ )?" + RO_PICKUP_PLACE,
               r"expediat\w* (?:\w+ ){0,3}(?:pe|in) drum spre"),
    }),
    ("info_received", {
        "ro": (r"nu a fost (?:inca )?(?:ridicat|preluat|colectat)\w* (?:\w+ ){0,2}(?:expeditor|curier)\w*",
               r"va fi predat\w*", r"va (?:\w+ )?prelua\w*", r"pregat\w* (?:\w+ ){0,3}(?:pentru )?(?:expediere|expeditie)",
               r"comand\w* (?:a fost |este )?(?:plasat|confirmat)\w*", r"urmeaza sa (?:\w+ )?(?:ridice|preia|colecteze)", r"comand\w* (?:\w+ ){0,2}in (?:curs de )?procesare",
               r"(?:expeditor|vanzator|comerciant)\w* a (?:solicitat|comandat|programat) (?:\w+ )?(?:ridicare|preluare|colectare)\w*"),
        "hu": (r"(?:meg)?rendeles\w* (?:\w+ )?feldolgoz\w*",),
    }),
)

FRENCH_FIRST_STEPS_2: tuple[Step, ...] = (
    ("returned", _ended_before(_RETURNED, _FRENCH_EARLY)),
    ("lost", _ended_before(_LOST, _FRENCH_EARLY)),
    ("exception", {
        "fr": _unless_ended("fr", _FR_HOLDS),
    }),
    ("damaged", {
        "fr": (r"(?:contenu|colis|article|produit|marchandise)\w* (?:\w+ )?(?:casse|brise)\w*",),
    }),
    ("delivery_failed", {
        "fr": _unless_ended("fr", _FR_FAILED_ATTEMPT),
    }),
    ("out_for_delivery", {
        "fr": (_FR_DRIVER + r"\w* (?:est )?en chemin" + _FR_FAILED,
               r"(?:sera|seront) (?!(?:\w+ )?(?:expedie|envoye|pris|prise|collecte|enleve|ramasse))(?:\w+ ){0,4}"
               r"(?:aujourd hui|ce jour|dans la journee|dans (?:les |quelques )(?:prochaines )?heures)",
               r"livraison (?:prevue |estimee |programmee )?(?:pour )?ce jour", r"(?:est|se trouve) (?:avec|chez) (?:le |votre )?" + _FR_DRIVER,
               r"a \d+ arrets?"),
    }),
    ("in_transit", {
        "fr": (r"livraison (?:estimee|programmee|planifiee)(?! (?:\w+ ){0,2}(?:aujourd hui|ce jour))",
               r"(?:accepte|admis)\w* (?:au|a la|en|par) (?:\w+ ){0,2}(?:bureau de poste|poste|comptoir|guichet|agence)",
               r"(?<!etre )(?<!encore )(?<!pas )(?<!pas ete )(?<!non )remis\w* (?:a |au |a la )?(?:bpost|la poste|colissimo|chronopost|dpd|gls|ups|dhl|fedex|postes canada|postnl"
               r"|mondial relay|colis prive|relais colis)\b",
               r"livre\w* (?:a|au|dans) (?:notre |le |un |votre |son )?(?:depot|hub|entrepot|plateforme|site de tri"
               r"|centre\b(?! (?:commercial|medical|hospitalier|ville)))"),
    }),
    ("info_received", {
        "fr": (r"(?:sera|seront) (?:bientot |prochainement )?(?:expedie|envoye|pris en charge|prise en charge|collecte|enleve|ramasse)\w*",
               r"prise en charge (?:\w+ )?(?:prevue|programmee|planifiee|attendue)", r"renseignements (?:\w+ ){0,4}(?:recus|transmis)",
               r"(?:attend|attendons|attendent) (?:votre |le |la |vos |les |son )?(?:colis|envoi|remise|depot|marchandise)\b",
               r"pret\w* a etre (?:remis|confie|depose|expedie|envoye)\w*",
               r"bon de (?:livraison|transport|commande) (?:\w+ )?(?:cree|genere|edite|imprime)\w*",
               r"(?:ramassage|cueillette) (?:\w+ ){0,2}(?:programme|planifie|prevu|demande|confirme)\w*",
               r"(?:ramassage|cueillette) (?:\w+ ){0,2}(?:chez|aupres de) (?:l )?(?:expediteur|vendeur|marchand)",
               r"demande de (?:ramassage|cueillette)", r"expedie\w* (?:prochainement|bientot|dans les prochains jours)",
               r"n avons pas (?:encore )?(?:recu|receptionne)", r"numero de suivi (?:\w+ )?(?:attribue|cree|genere)\w*",
               r"(?:avis|preavis|annonce) (?:d |de )?(?:expedition|envoi) (?:\w+ )?recu\w*",
               r"en attente de (?:la )?reception (?:du colis|de votre colis|de l envoi)",
               r"(?:sera|seront) (?:\w+ )?(?:remis|confie)\w* (?:a |au |a la |a l )?(?:transporteur|la poste|colissimo"
               r"|chronopost|dpd|gls|ups|dhl|fedex|bpost|postes canada|mondial relay|colis prive)\b"),
    }),
    # Collected at a relay point or post office by the recipient: not "peut être retiré", "non retiré", nor by the carrier.
    ("delivered", {
        "fr": (r"remis\w* a (?:son|leur|sa) destinataire",
               r"(?:depose|laisse)\w* (?:sur|dans|sous) (?:votre |la |le |l )?(?:terrasse|balcon|paillasson|perron|boite a colis|abri|jardin|garage|veranda)",
               r"(?<!etre )(?<!non )(?<!pas )(?<!pas ete )(?<!encore ete )(?:retire|recupere)(?:e|s|es)? (?:\w+ ){0,2}"
               r"(?:au|en|a la|dans|du|de la|a l) (?:\w+ ){0,2}(?:point relais|relais|bureau de poste|consigne|locker|point de retrait"
               r"|point retrait|pickup|guichet)(?!.*\b(?:transporteur|chauffeur|livreur|coursier|expediteur)\b)",
               r"(?:vous avez|avez) (?:bien )?(?:retire|recupere) (?:votre|le) (?:colis|envoi|commande)"),
    }),
)

FR_HU_RO_LATE_STEPS_2: tuple[Step, ...] = (
    ("delivery_failed", {
        "hu": (r"nem (?:volt|tartozkodott) (?:\w+ )?(?:a |az )?(?:cimen|helyszinen|lakcimen)\b", r"nem lakik",
               r"nem (?:volt|tartozkodott) (?:\w+ )?jelen", r"nincs (?:\w+ )?otthon", r"otthon senki", r"nem nyit\w* (?:\w+ )?ajto\w*",
               r"(?:cimzett|atvevo|ugyfel)\w* (?:\w+ ){0,2}nem (?:tud\w*|sikerult) (?:\w+ )?elerni",
               r"nem (?:tud\w*|sikerult) (?:\w+ )?elerni (?:a |az )?(?:cimzett|atvevo|ugyfel)\w*",
               r"(?:teves|hianyos|pontatlan|hibas|rossz|olvashatatlan) cimzes\w*", r"(?<!fizetesi )probalkoz\w*",
               r"(?:ceg|iroda|bolt|uzlet|telephely|intezmeny|hivatal)\w* (?:\w+ )?zarva", r"zart (?:ajto|kapu|uzlet|iroda|bolt|ceg|telephely)\w*",
               r"(?:nem volt|hianyzo|hibas|rossz|nincs) (?:\w+ )?kapukod\w*", r"(?:kaputelefon|kapucsengo|csengo)\w* (?:\w+ )?nem mukod\w*",
               r"nem (?:tud|sikerult)\w* (?:\w+ )?bejut\w*",
               r"(?:atvetel|atvetelt|csomagot|kuldemenyt|utanvet\w*) (?:\w+ ){0,2}(?:el|vissza)utasit\w*",
               r"(?:el|vissza)utasit\w* (?:\w+ ){0,2}(?:atvetel\w*|csomag\w*|kuldemeny\w*|utanvet\w*)",
               r"(?:cimzett|atvevo|ugyfel)\w* (?:\w+ ){0,2}(?:el|vissza)utasit\w*",
               r"(?:cimzett|atvevo|ugyfel)\w* (?:\w+ ){0,3}nem (?:tud\w*|akar\w*) (?:\w+ )?(?:ki)?fizet\w*",
               r"(?:kezbesitesi|kiszallitasi) kiserlet\w* (?:tortent|volt)", r"megkiserel\w*",
               r"(?:hianyzo|hianyos|hibas|teves|rossz) (?:\w+ ){0,2}(?:emelet|ajto ?szam|ajtoszam|lepcsohaz)\w*",
               r"^ertesitve$", r"ertesites\w* (?:\w+ )?(?:hatrahagy|hagy|elhelyez|bedob)\w*",
               r"(?:hatrahagy|hagy|elhelyez|bedob)\w* (?:\w+ )?ertesites\w*",
               r"(?:cimzett|ugyfel|atvevo)\w* keres\w* (?:\w+ ){0,3}(?:kesobb|uj idopont|\w*halaszt|atutemez)\w*",
               r"nem talal\w* (?:\w+ )?(?:a |az )?cim(?:et)?\b", r"(?:cimzett|atvevo)\w* nem talalhato", r"senki nem nyit\w*"),
        "ro": (r"(?:destinatar|client)\w* (?:\w+ ){0,2}nu (?:a )?raspun\w*", r"nu (?:a )?raspun\w* la (?:telefon|interfon|apel|usa)\w*",
               r"nu (?:a )?raspun\w* nimeni", r"nimeni nu (?:a )?raspun\w*", r"adresa\w* (?:\w+ )?nu exista",
               r"(?:strada|numarul|blocul|adresa)\w* (?:\w+ )?nu (?:a fost|a putut fi) gasit\w*",
               r"nu s a putut (?:efectua|realiza|finaliza) (?:\w+ )?livrar\w*", r"(?:livrare|livrarea) ratat\w*",
               r"nu (?:a|am) gasit (?:\w+ )?(?:adresa|destinatar)\w*", r"(?:destinatar|client)\w* plecat\w*",
               r"nu (?:a )?(?:ridicat|raspuns la) telefon\w*", r"(?:destinatar|client)\w* (?:\w+ ){0,2}nu a fost (?:\w+ )?contactat\w*",
               r"nu am (?:putut|reusit) (?:sa )?(?:livra|livram|predam|preda)\w*",
               r"client\w* (?:\w+ ){0,2}(?:absent|indisponibil|lipsa)\w*", r"adresa\w* (?:\w+ )?(?:incomplet|gresit)\w*",
               r"(?:amanare|amanarea|amanat|reprogramare|reprogramarea|reprogramat)\w* (?:\w+ ){0,3}(?:la cererea|la solicitarea) (?:\w+ )?(?:destinatar|client)\w*",
               r"(?:destinatar|client)\w* a (?:solicitat|cerut) (?:\w+ ){0,3}(?:amanare|reprogramare|alta zi|alta data|mai tarziu)\w*",
               r"nimeni (?:\w+ )?(?:la adresa|acasa|prezent)", r"s a incercat (?:\w+ )?livr\w*", r"incercat (?:\w+ ){0,2}(?:sa )?livr\w*",
               r"(?:firma|magazin|sediu|birou|societate)\w* (?:\w+ ){0,2}inchis\w*", r"nu s a putut (?:intra|accesa|ajunge)\w*",
               r"nu (?:am|a) putut intra", r"telefon\w* (?:\w+ )?inchis\w*",
               r"aviz\w* (?:\w+ ){0,2}(?:lasat|depus|pus)\w*", r"(?:lasat|depus)\w* (?:un )?aviz\w*", r"nu (?:avea|are|a avut) bani",
               r"client\w* (?:\w+ ){0,2}nu (?:a putut fi |poate fi )?(?:contactat|gasit)\w*", r"nu (?:a fost|era|este) (?:\w+ )?la adresa"),
    }),
    ("exception", {
        "hu": (r"(?:kezelesi|rendszer|muszaki|szallitasi|valogatasi|cimkezesi|feldolgozasi|informatikai|technikai) ?hiba(?!s)\w*",),
        "fr": (r"(?:facture|document|justificatif|piece)\w* (?:\w+ ){0,2}manquant\w*",),
        "ro": (r"(?:asteapta|asteptarea|necesita|lipsa)\w* (?:\w+ ){0,2}(?:document|instructiuni)\w*", r"clarific\w*",
               r"din motive (?:operationale|tehnice|independente|logistice)", r"amanat\w* (?:\w+ )?din (?:cauza|motive)",
               r"din cauza (?:\w+ ){0,2}(?:drum|accident|blocaj|inchider|defect)\w*", r"amanat\w*", r"neconform\w*"),
    }),
    ("delivered", {
        "hu": (r"(?<!nem )atvettek\b(?!.*\b(?:futar|szallito|posta\b|depo|raktar|partner|felado)\w*)",
               r"szemelyesen (?:\w+ )?atve\w*", r"\w*automatabol (?:\w+ )?(?:atve|elvi|kive)\w*", r"atveve (?:a |az )?\w*automatabol",
               r"leadva (?:a |az )?(?:cimzett|atvevo|szomszed)\w*",
               r"sikeresen atad(?:va|tuk|ta)(?! (?:a |az )?(?:\w+ )?(?:futar|partner|posta|szallito|depo|fuvaroz)\w*)"),
        "ro": (r"predat\w* cu succes", r"livrare confirmata(?! pentru)", r"semnat\w* de (?:catre )?(?:destinatar|client|vecin)\w*",
               r"livrat\w* si semnat", r"predat\w* (?:la )?(?:receptie|portar|paza)\w*",
               r"(?<!fi )(?<!fie )ridicat\w* de la (?:\w+ )?" + RO_PICKUP_PLACE),
    }),
    ("returned", {
        "hu": (r"visszaszallitasra kerul\w*",),
    }),
    ("available_for_pickup", {
        "fr": (r"attend\w* d etre (?:retire|recupere)\w*",),
        "hu": (HU_PICKUP_PLACE + r"\w*(?:ban|ben|on|en|nal|nel) (?:\w+ )?var\w*",
               r"(?:betett|beteve|elhelyez|helyez|bekerult)\w* (?:\w+ ){0,2}\w*automat\w*(?:ba|be)\b",
               r"\w*automat\w*(?:ba|be) (?:\w+ )?(?:betett|beteve|helyez|elhelyez|bekerult|kerult)\w*"),
        "ro": (r"(?<!va )ridica (?:\w+ ){0,3}(?:din|de la) (?:\w+ )?" + RO_PICKUP_PLACE,),
    }),
    ("out_for_delivery", {
        "hu": (r"(?:kiszallitasra|kezbesitesre) (?:kiadva|atadva|kiosztva|beosztva)",
               r"(?:kezbesitohoz|futarhoz|kiszallitohoz) (?:\w+ )?(?:kiosztva|beosztva|rendelve|atadva|kerult)",
               r"futar\w* (?:mar )?utban(?!.*\b(?:csomagert|felvetel\w*|felado\w*)\b)", r"kiszallitas folyamatban"),
        "ro": (r"(?:colet\w*|expeditia|comanda) (?:\w+ )?(?:este|se afla) la curier\w*", r"curier\w* are colet\w*",
               r"se livreaza (?:\w+ ){0,2}(?:azi|astazi)", r"(?:livrare|livrarea) (?:\w+ ){0,3}(?:azi|astazi)",
               r"masina (?:de livrare|curier\w*)", r"curier\w* (?:este |se afla )?in zona (?:ta|dumneavoastra)",
               r"curier\w* (?:\w+ )?(?:indreapta|merge|vine)\w* (?:spre|catre) (?:tine|dumneavoastra|adresa|destinatar)\w*"),
    }),
    ("info_received", {
        "hu": (r"(?:felado|webshop|kereskedo|bolt|aruhaz)\w* (?:\w+ ){0,2}bejelentette", r"(?:csomag|kuldemeny)\w* bejelentve",
               r"\w*adat\w* (?:\w+ )?beerkez\w*", r"(?:webshop|felado|kereskedo|bolt|aruhaz|elado)\w* (?:\w+ ){0,2}elokeszit\w*",
               r"meg nincs nalunk", r"felvetelre var\w*", r"adat\w* (?:\w+ ){0,3}megad\w*"),
    }),
    ("in_transit", {
        "hu": (r"felvettuk", r"felvetel\w* megtortent", r"vamkezelt\b", r"vamtol", r"atrakod\w*",
               r"hamarosan (?:\w+ )?(?:meg)?erkez\w*", r"holnap (?:\w+ )?varhato\w*", r"varhato\w* (?:\w+ ){0,2}holnap\w*",
               r"atad\w* (?:a |az )?(?:magyar )?(?:postanak|futarszolgalat\w*|szallito\w*|fuvarozo\w*)"),
        "ro": (r"livrar\w* (?:\w+ ){0,2}estimat\w*", r"indreapta\w* (?:spre|catre)", r"intrat\w* in (?:tara|romania)",
               r"trecut (?:de|prin) vama"),
    }),
)
