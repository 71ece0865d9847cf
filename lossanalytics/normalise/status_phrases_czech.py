"""Carrier phrases in Czech, per canonical status, in the order they are tried (after
the Russian, Ukrainian and Romanian steps, before the other languages' steps).

Folded Czech has no accents ("doručena" is "dorucena"), so phrases are written that
way. The narrow meaning comes first: a carrier-side failure ("pokus o doručení
neuskutečněn z technických důvodů na straně České pošty") before a failed attempt,
"doručená odesílateli" (handed back to the sender) and "zpět odesílateli" before any
delivery or refusal, a letter box ("domovní schránka") before storage, a parcel stored
at the post office ("uložení zásilky - adresát nezastižen", "blížící se konec úložní
doby") or delivered to the post office or a pickup point ("doručena na poštu", "do
Z-BOXu") before the failed attempt or the delivery, "převzata do přepravy" (taken over
for carriage) before any handing over, and the bare "doručena" last. Most phrases name
the parcel ("zásilka") or a postal word, so they do not fire on other languages.

A delivery attempt ("Pokus o doručení") failed; an item "Podaná" (posted) is in transit,
one that "nebyla podána" (was not posted) only announced, as are the sender's data ("Data z
PodáníOnline"); customs clearance ("Celní řízení") and the office of exchange are transit.

Vocabulary from Česká pošta's parcel-history states, its Podání Online state list and event texts (the
contributte/czech-post client's state table and recorded history, a Czech Post tracking
scraper's event groups, recorded B2B getParcelState responses), the Balikobot platform's normalised Czech status names,
Packeta's Czech status names in its PrestaShop module, and PPL's shipment phases and a recorded PPL trace (seventeenth
round, c: waiting for the shop to hand the parcel over is before the carrier has it, a depot step or a hand-over to
another carrier moves on; lossanalytics/normalise/known_texts/SOURCES.md names each), and (twenty-first round, a) Česká pošta's, GLS's,
DPD's and FOFR's codes with their Czech names, UPS's Czech event texts and a Czech integration's recorded
descriptions: a parcel shop or access point ("Doručeno do UPS Access Point", "V parcelshop") waits for pickup;
a delivery still to come ("bude doručena", "Čeká se na doručení na AP") is on the way; "nebyla doručena",
"nepodařilo doručit", an address written wrong in either word order or a closed business fail the delivery;
"Odeslání zpět" and "zpětné zaslání" are a return; a delay, a missort or a remote area is a problem (tried
after the bare "doručeno", so "Doručeno se zpožděním" stays delivered); a depot, a facility, processing,
customs and the sender's or driver's hand-over move on.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

CZECH_STEPS: tuple[Step, ...] = (
    # The carrier's own failure or a wrong route: a problem, whatever follows.
    ("exception", {
        "cs": (r"chybne smerovan\w*", r"(?:pokus o doruceni )?neuskutecnen\w* z technickych duvodu",
               r"na strane (?:ceske )?posty", r"(?:nespravn|chybn)\w* (?:roz)?trid\w*",
               r"nebezpecn\w* (?:material|zbozi|lat\w*)"),
    }),
    ("lost", {
        "cs": (r"ztracen\w*", r"ztrata zasilky", r"znicen\w*", r"nedohledateln\w*"),
    }),
    ("damaged", {
        "cs": (r"poskozen\w*",),
    }),
    # Back to the sender, also when the text names the refusal or the unknown address.
    ("returned", {
        "cs": (r"(?:zpet|vracen\w*|dorucen\w*|vydan\w*|predan\w*) odesilatel\w*", r"vraceni zasilky",
               r"vracen[aoy]?(?! (?:na|do) )", r"vratk\w*", r"^vraceni$",
               # Sent back ("Odeslání zpět", "zpětné zaslání odesílateli"), not sent by the sender ("odesílatelem").
               r"(?:odeslan|zaslan|poslan)\w* zpet", r"zpetn\w* (?:zaslan|odeslan|doprav|preprav)\w*",
               r"(?:odeslan|zaslan|poslan)\w* (?:k )?odesilateli"),
    }),
    # Put into the addressee's letter box or post-office box: delivered, not stored.
    ("delivered", {
        "cs": (r"(?:domovni|dodavaci) schran\w*", r"adresat ma p o box"),
    }),
    # Waiting for its delivery to a pickup point ("Čeká se na doručení na AP"): not there yet.
    ("in_transit", {
        "cs": (r"ceka\w* (?:se )?na doruceni",),
    }),
    # Stored at the post office or a pickup point, even after a failed attempt.
    ("available_for_pickup", {
        "cs": (r"dorucen\w* (?:na (?:postu|pobocku|vydejn\w*|ap)|do (?:vydejn\w*|z ?boxu|boxu|balikovny|pobocky|"
               r"(?:\w+ )?(?:parcel ?shop\w*|access point\w*|ap)))",
               # Stored at or in a parcel shop or an access point; "V parcelshop" is where it waits.
               r"(?:uskladnen|uschovan)\w* (?:\w+ ){0,2}(?:parcel ?shop\w*|access point\w*|ap|vydejn\w*|pobocc\w*|box\w*)",
               r"^v (?:\w+ )?parcel ?shop\w*",
               r"ulozen[iaoy] zasilk\w*", r"ulozen[aoy]?", r"ulozni dob\w*", r"k vyzvednuti",
               r"ceka na vyzvednuti", r"vydejn\w* mist\w*", r"vydejn\w* box\w*", r"balikovn\w*", r"odbern\w* mist\w*"),
    }),
    ("cancelled", {
        "cs": (r"zrusen\w*", r"stornovan\w*"),
    }),
    ("delivery_failed", {
        "cs": (r"nezastizen\w*", r"neuspesn\w* pokus\w*", r"pokus o doruceni", r"nedorucen\w*", r"nedorucitel\w*", r"odmit\w*",
               r"(?:adresat|prijemce) (?:\w+ ){0,3}neznam\w*", r"odstehoval\w*",
               r"(?:nespravn|chybn|neuplne?|nedostatecn)\w* adres\w*",
               # Not delivered or not deliverable in other words; an address written wrong in either word order.
               r"(?:nebyla|nebyl|nebylo|nebyly) (?:\w+ ){0,2}dorucen\w*", r"(?:nelze|nebylo mozne|nepodarilo(?: se)?) (?:\w+ )?doruc\w*",
               r"adres\w* (?:je )?(?:nespravn|chybn|neupln|nedostatecn)\w*",
               r"(?:cislo|jmeno|nazev)\w* (?:\w+ ){0,2}(?:nespravn|chybn)\w*",
               r"(?:prijemce|adresat) (?:neni|nebyl) (?:\w+ ){0,3}(?:seznamu|na adrese)",
               r"(?:pobock|provozovn|firm|prodejn|budov)\w* (?:je |byla )?zavren\w*"),
    }),
    # A delivery to come or held for a later day is still on the way ("bude doručena", "zadržena pro budoucí doručení").
    ("in_transit", {
        "cs": (r"bude (?:\w+ )?dorucen\w*", r"zadrzen\w* pro (?:\w+ ){0,2}doruceni"),
    }),
    ("delivered", {
        "cs": (r"dorucen[aeoy]?", r"dodani zasilky", r"zasilka (?:byla )?dodan[aoy]?",
               r"(?:prevzal|prevzat)\w* (?:prijemc|adresat)\w*", r"vydan\w* (?:prijemci|adresatovi)",
               # PPL's "Zásilku jsme doručili příjemci." ("nedoručili" is another word).
               r"jsme (?:\w+ )?dorucil[ia]?", r"(?:zasilka|balik|balicek) (?:uz )?je u vas",
               r"podpis (?:prijemce )?k dispozici"),
    }),
    # A delay, a late trailer or a remote area's extra time: a problem on the way.
    ("exception", {
        "cs": (r"zpozd\w*", r"opozd\w*", r"pozdn\w* prijezd\w*", r"odlehl\w* oblast\w*"),
    }),
    ("out_for_delivery", {
        "cs": (r"dorucovani zasilky", r"zasilk\w* se (?:dnes )?dorucuje", r"dorucuje se", r"na doruceni", r"u (?:kuryra|ridice|doruc\w*)",
               r"doruc\w* (?:\w+ )?dnes", r"rozvaz\w*", r"rozvoz\w*"),
    }),
    # Data announced by the sender: not yet handed to the carrier.
    ("info_received", {
        "cs": (r"obdrzen\w* udaje", r"zaevidovan\w*", r"(?:nebyla|nebyl|nebylo) (?:\w+ )?predan\w* (?:dopravci|do prepravy)",
               r"data (?:o zasilce )?prijata", r"vytvoril\w* stitek", r"stitek (?:byl )?vytvoren",
               r"(?:nebyla|nebyl|nebylo) (?:\w+ )?podan\w*", r"data z podani ?online", r"adresni udaje k zasilce",
               # Waiting for the shop to hand the parcel over (Packeta, PPL), PPL's bare "Order" phase.
               r"ocekavame dodani (?:zasilky )?(?:obchodem|odesilatelem)", r"cekame na (?:prijeti|prevzeti) zasilky",
               r"^objednavka$", r"^registrace(?: zasilky)?$", r"porizen[aeoy]?"),
    }),
    ("in_transit", {
        "cs": (r"v preprave", r"prepravovan\w*", r"preprava zasilky", r"prevzat\w* do prepravy", r"podan[aeiy]? zasilk\w*",
               r"podani zasilky", r"vypraven\w*", r"tridic\w* cent\w*", r"dosilka", r"vstup (?:zasilky )?na",
               r"na ceste", r"k doruceni jine post\w*", r"vymenovaci post\w*", r"vstup do zeme\w*",
               r"celni\w* rizeni", r"vystup zasilky", r"odeslani zasilky", r"do zeme urceni",
               # Packeta's depot steps and hand-over to another carrier, its customs declaration.
               r"prijat[aeoy]? na dep[ue]", r"odeslan[aoy]? z depa", r"odeslan[aoy]? prepravcem",
               r"vyrizovani celni deklarace",
               # Taken over from the sender or by the driver, received or arrived at a depot (a depot named with
               # another event, "vrácena do depa", is that event's), at facilities, processed,
               # redirected, at customs: moving on.
               r"(?:vyzvedl|prevzal|prevzat|svezen)\w* (?:\w+ ){0,2}(?:u|od) odesilatel\w*",
               r"(?:kuryr|ridic)\w* (?:\w+ )?prevz\w*", r"podan[aoy]",
               r"(?:prijat|prijet|doraz|dorucen|je|jsou|byl)\w* (?:\w+ ){0,2}(?:na|v|ve|do) (?:\w+ )?dep(?:o|a|u|e)\b", r"(?:ve|do|ze|na) sklad(?:u|e)?",
               r"doraz\w* (?:\w+ ){0,2}(?:zarizeni|dep[aoue]|cilov\w*|tridic\w*|prekladist\w*)", r"opustil\w*", r"zpracov\w*", r"presmerov\w*",
               r"celnic\w*", r"proclen\w*", r"procleni"),
    }),
)
