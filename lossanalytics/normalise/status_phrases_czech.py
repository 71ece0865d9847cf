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
another carrier moves on; tests/corpus/SOURCES.md names each).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

CZECH_STEPS: tuple[Step, ...] = (
    # The carrier's own failure or a wrong route: a problem, whatever follows.
    ("exception", {
        "cs": (r"chybne smerovan\w*", r"(?:pokus o doruceni )?neuskutecnen\w* z technickych duvodu",
               r"na strane (?:ceske )?posty"),
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
               r"vracen[aoy]?(?! (?:na|do) )", r"vratk\w*"),
    }),
    # Put into the addressee's letter box or post-office box: delivered, not stored.
    ("delivered", {
        "cs": (r"(?:domovni|dodavaci) schran\w*", r"adresat ma p o box"),
    }),
    # Stored at the post office or a pickup point, even after a failed attempt.
    ("available_for_pickup", {
        "cs": (r"dorucen\w* (?:na (?:postu|pobocku|vydejn\w*)|do (?:vydejn\w*|z ?boxu|boxu|balikovny|pobocky))",
               r"ulozen[iaoy] zasilk\w*", r"ulozen[aoy]?", r"ulozni dob\w*", r"k vyzvednuti",
               r"ceka na vyzvednuti", r"vydejn\w* mist\w*", r"vydejn\w* box\w*", r"balikovn\w*", r"odbern\w* mist\w*"),
    }),
    ("cancelled", {
        "cs": (r"zrusen\w*", r"stornovan\w*"),
    }),
    ("delivery_failed", {
        "cs": (r"nezastizen\w*", r"neuspesn\w* pokus\w*", r"pokus o doruceni", r"nedorucen\w*", r"nedorucitel\w*", r"odmit\w*",
               r"(?:adresat|prijemce) (?:\w+ ){0,3}neznam\w*", r"odstehoval\w*",
               r"(?:nespravn|chybn|neuplne?|nedostatecn)\w* adres\w*"),
    }),
    ("delivered", {
        "cs": (r"dorucen[aeoy]?", r"dodani zasilky", r"zasilka (?:byla )?dodan[aoy]?",
               r"(?:prevzal|prevzat)\w* (?:prijemc|adresat)\w*", r"vydan\w* (?:prijemci|adresatovi)",
               # PPL's "Zásilku jsme doručili příjemci." ("nedoručili" is another word).
               r"jsme dorucil[ia]?"),
    }),
    ("out_for_delivery", {
        "cs": (r"dorucovani zasilky", r"zasilk\w* se (?:dnes )?dorucuje", r"na doruceni", r"u (?:kuryra|doruc\w*)"),
    }),
    # Data announced by the sender: not yet handed to the carrier.
    ("info_received", {
        "cs": (r"obdrzen\w* udaje", r"(?:nebyla|nebyl|nebylo) (?:\w+ )?predan\w* (?:dopravci|do prepravy)",
               r"data (?:o zasilce )?prijata", r"vytvoril\w* stitek", r"stitek (?:byl )?vytvoren",
               r"(?:nebyla|nebyl|nebylo) (?:\w+ )?podan\w*", r"data z podani ?online", r"adresni udaje k zasilce",
               # Waiting for the shop to hand the parcel over (Packeta, PPL), PPL's bare "Order" phase.
               r"ocekavame dodani (?:zasilky )?(?:obchodem|odesilatelem)", r"cekame na (?:prijeti|prevzeti) zasilky",
               r"^objednavka$"),
    }),
    ("in_transit", {
        "cs": (r"v preprave", r"prepravovan\w*", r"preprava zasilky", r"prevzat\w* do prepravy", r"podan[aeiy]? zasilk\w*",
               r"podani zasilky", r"vypraven\w*", r"tridic\w* cent\w*", r"dosilka", r"vstup (?:zasilky )?na",
               r"na ceste", r"podan[ay]", r"k doruceni jine post\w*", r"vymenovaci post\w*", r"vstup do zeme\w*",
               r"celni\w* rizeni", r"vystup zasilky", r"odeslani zasilky", r"do zeme urceni",
               # Packeta's depot steps and hand-over to another carrier, its customs declaration.
               r"prijat[aeoy]? na dep[ue]", r"odeslan[aoy]? z depa", r"odeslan[aoy]? prepravcem",
               r"vyrizovani celni deklarace"),
    }),
)
