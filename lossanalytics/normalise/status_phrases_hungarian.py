"""Carrier phrases in Hungarian, per canonical status, in the order they are tried (after
the Vietnamese steps, before the other languages' steps).

Folded Hungarian has no accents ("kézbesítve" is "kezbesitve", "Visszaküldve" is
"visszakuldve"), so phrases are written that way. The narrow meaning comes first: sent
back to the sender ("Visszaküldve (feladónak szállítva)", delivered to the sender) before
any delivery, damage ("Sérülés miatt nem kézbesíthető") before "not deliverable", a
parcel waiting in a locker or at a pickup point ("Automatában megérkezett", "Átvételre
vár") before the bare arrivals, a failed or impossible delivery ("Sikertelen
kézbesítési kísérlet", "Nem szállítható") before "kézbesítve", and a delivery announced
for today ("Csomag kézbesítés ma", "mai kézbesítéséről") as the round, not the delivery.
"Átvéve" alone is the recipient's collection (Foxpost); "Átvéve szállításra" (taken over
for carriage) is not. Words shared with other languages stay out: the depot is read only
in its Hungarian case forms ("depóba", "depoban"), never as "depo…", which would take
Italian "deposito" and English "depot".

A carrier's or the recipient's reason comes before the step it stops: a depot's forwarding or
loading error, lack of time, an unreachable address or a missing delivery note is the carrier's
problem; a refusal ("Átvétel megtagadása", "Nem rendelték"), a wrong address or postcode, a
closed goods reception or stairwell, no cash for the COD amount or a recipient on holiday
("Szabadság") fails the delivery. A parcel "átvehető" (can be collected), left or stored at a
CsomagPont, or arrived at a pickup point waits for pickup; "Sikeres csomagátvétel" (taken over)
is a delivery; data received or entered, a pre-advice and a pick-up order recorded or printed
come before the carrier has the parcel; the courier picking it up ("felvette"), the courier
service taking it over ("a futárszolgálat átvette", "átvettük"; "a címzett átvette" is the
recipient's collection) or a warehouse scan move it on. "Visszaérkezett" and "Visszaszállítás"
alone (Packeta's steps) or towards the sender are a return; back at a depot is not.

Vocabulary from Foxpost's status codes with their Hungarian descriptions, Magyar Posta
(MPL) event texts, a Hungarian shop's explanation of parcel statuses, Express One e-mail
subjects, a tracking app's Hungarian status names, and a WooCommerce plugin's Hungarian code
tables for GLS Hungary, Packeta, Sprinter, DPD, Magyar Posta and Express One (thirteenth round), FedEx Hungary's status
names, the Deliveo names of a Csomagpont plugin and another GLS Hungary plugin's table (seventeenth round, c: an
extraordinary event is a problem, "Kézbesítésre átvéve" is the round; lossanalytics/normalise/known_texts/SOURCES.md names each), and
Express One's transfer step ("átszállítás", twenty-first round, a), and (twenty-third round, b) the Hungarian
carriers' recipient notifications read by their verb forms and word order: posting in either order ("adtak fel",
"feladta", "adott fel") and acceptance for carriage move on; a pre-advice ("Előértesítés"), a number created ("hoztak
létre"), a parcel prepared by the sender or "még nem adták át" (not yet handed over) is only data; a delivery to come
("lesz kézbesítve", "kerül kézbesítésre", "fog kézbesíteni", "még nem kézbesítettük") is on the way, tried before
the failure and delivery words; "kézbesítettük", "kézbesítése sikeresen megtörtént" and a collection from a locker
deliver, "nem járt sikerrel", "meghiúsult" and "nem kézbesítettük" fail; "készen áll … átvételre" in either order, a
parcel placed in or waiting in a locker, a Z-BOX or a pickup point, and the bare "Csomagod megérkezett" notice wait for
pickup; "a mai napon megkíséreljük kézbesíteni" and "kézbesítésre átvette" are the round; "késik" is a delay; taken
back "a feladó részére", or an uncollected parcel taken back, is a return.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

HUNGARIAN_STEPS: tuple[Step, ...] = (
    # Missorted or no free locker compartment: a problem on the carrier's side.
    ("exception", {
        "hu": (r"hibasan rendezett", r"nincs szabad automatahely", r"(?:tovabbitasi|rakodasi|rendezesi|valogatasi) hiba\w*",
               r"idohiany", r"megkozelithetetlen\w*", r"nincs szallitolevel\w*",
               # FedEx's extraordinary event during delivery, GLS's late delivery.
               r"rendkivuli esemeny", r"kesoi szallitas"),
    }),
    ("damaged", {
        "hu": (r"serules\w*", r"serult\w*", r"totalkar\w*"),
    }),
    ("lost", {
        "hu": (r"eltunt\w*", r"elveszett\w*", r"elveszt\w*"),
    }),
    ("cancelled", {
        "hu": (r"torolve", r"torolt\w*", r"sztornoz\w*", r"visszavonva"),
    }),
    # Sent or delivered back to the sender.
    ("returned", {
        "hu": (r"visszakuldve", r"visszakuldesre kerul\w*", r"visszaterult", r"feladonak (?:vissza)?(?:szallitva|kezbesitve)",
               r"vissza a feladonak",
               # Bare, as Packeta names the step; back at a depot after a failed round is no return.
               r"^visszaszallitas$", r"^visszaerkezett$", r"feladohoz (?:visszaszallitva|visszaerkezett)",
               r"visszaszallit\w* (?:a )?felado(?:hoz| reszere)", r"felado reszere visszaszallit\w*",
               # Foxpost: "Át nem vett csomagodat visszaszállítottuk" (an uncollected parcel taken back).
               r"at nem vett\w* (?:\w+ )?vissza\w*"),
    }),
    # A delivery still to come ("lesz kézbesítve", "Z-BOXba kerül kézbesítésre", "fog kézbesíteni", "még nem
    # kézbesítettük"): on the way, before "kézbesítve" reads a delivery and "nem kézbesítettük" a failure.
    ("in_transit", {
        "hu": (r"(?:lesz|lesznek) (?:\w+ )?(?:kezbesitve|kiszallitva)", r"(?<!nem )kerul (?:\w+ )?kezbesitesre",
               r"(?:fog|fogja|fogjak|fogjuk|fogunk) (?:\w+ )?(?:kezbesiteni|kiszallitani)",
               r"meg nem (?:\w+ )?(?:kezbesit|kiszallit)\w*"),
    }),
    # In the locker or at the pickup point, waiting for the recipient.
    ("available_for_pickup", {
        "hu": (r"atvetelre var", r"automataban megerkezett", r"atveheto\w*", r"elvitelre kesz", r"csomag ?pont(?:ba|ban) (?:leteve|tarolva)",
               r"megerkezett a (?:\w+ )?pont(?:ra|ba)", r"(?:csomag)?automatab(?:a|an) (?:\w+ )?helyez\w*", r"atveteli pont\w*",
               # Ready for collection in either word order, placed in or waiting in a locker, a Z-BOX or a pickup
               # point; "Csomagod megérkezett" alone is the recipient's notice that it can be collected.
               r"keszen all\w* (?:\w+ ){0,4}atvetel\w*", r"atvetelre (?:keszen all\w*|kesz)",
               r"(?:el)?helyez\w* (?:\w+ ){0,2}automat\w*", r"(?:z ?box|automat|csomagpont|atvevohely)\w* var(?:ja|nak)?",
               r"^csomag(?:od|ja) (?:meg)?erkezett$"),
    }),
    ("delivery_failed", {
        "hu": (r"sikertelen (?:kezbesites\w*|kiszallitas\w*)", r"nem (?:volt |lett )?(?:kezbesitve|kezbesitheto|kiszallitva|szallithato)",
               r"(?:hazhoz ?szallitas|kezbesites|kiszallitas) sikertelen", r"(?:atvevo|cimzett) nem (?:volt )?(?:talalhato|elerheto|otthon)",
               r"cimzett ismeretlen", r"ertesito\w* (?:\w+ )?hagy\w*",
               r"megtagad\w*", r"nem rendelt\w*", r"(?:hibas|rossz) (?:cim|iranyitoszam)\w*", r"(?:aruatvetel|uzlet|iroda) (?:bezarva|zarva)",
               r"zart (?:lepcsohaz|kapu|bejarat)\w*", r"penzhiany", r"szabadsag\w*", r"nem kerult (?:atvetelre|kezbesitesre|kiszallitasra)",
               # "kézbesítése sikertelen", "nem járt sikerrel … kézbesítésével", "nem tudtuk kézbesíteni", "meghiúsult".
               r"(?:kezbesites|kiszallitas)\w* sikertelen\w*", r"nem jart sikerrel", r"meghiusul\w*",
               r"nem (?:tudt|sikerult)\w* (?:\w+ )?(?:kezbesit|kiszallit)\w*", r"nem (?:kezbesitett|kiszallitott)\w*"),
    }),
    ("delivered", {
        "hu": (r"(?:sikeresen )?kezbesitve", r"sikeres kezbesites\w*", r"kiszallitva", r"hazhoz szallitva",
               r"^atveve$", r"(?:cimzett|atvevo) atvette", r"sikeres (?:csomag)?atvetel\w*",
               # "sikeresen kézbesítettük", "kézbesítése sikeresen megtörtént", "GLS Automatában átvett csomag".
               r"(?:kezbesitett|kiszallitott)(?:uk|ek|e)", r"kezbesitese (?:\w+ )?(?:sikeres\w*|megtortent)",
               r"(?:automat|box|csomagpont)\w* (?:\w+ )?atvett\w*"),
    }),
    # A delay or a parcel held (at customs or elsewhere), read after the delivery: "Késéssel
    # kézbesítve" (delivered late) is delivered.
    ("exception", {
        "hu": (r"keses\w*", r"kesedelem\w*", r"visszatartva", r"kes(?:ik|nek|ni|ett)"),
    }),
    # With the courier or announced for today: the delivery round.
    ("out_for_delivery", {
        "hu": (r"kezbesites (?:alatt|ma)", r"mai kezbesites\w*", r"kiszallitas alatt", r"hazhoz ?szallitas (?:alatt|kuldve)",
               r"futarnal", r"atadva a futarnak", r"kezbesitesre atveve", r"kiadva (?:a )?futarnak", r"futarhoz kerult", r"kezbesitonel", r"esti kezbesites\w*",
               r"kezbesites folyamatban", r"futar (?:\w+ )?kiszallit\w*", r"ma kezbesit\w*",
               # Taken over for delivery, or to be delivered today ("a mai napon megkíséreljük kézbesíteni").
               r"kezbesitesre atvett\w*",
               r"(?:ma|mai napon) (?:\w+ ){0,3}(?:megkiserel\w*|kezbesit(?:i|juk|unk|eni)|kiszallit(?:ja|juk|jak)|szallit(?:ja|juk|jak) ki)"),
    }),
    ("info_received", {
        "hu": (r"(?:rendeles|csomag) letrehozva", r"adat\w* (?:fogadva|bekerult|beerkez\w*)", r"elorejelez\w*", r"^varjak$",
               r"(?:rendeles|megrendeles|megbizas|p&s p&r) (?:rogzitve|kinyomtatva)", r"cimke letrehozva", r"^rogzitve$",
               r"adatok? rogzitve", r"(?:csomag|kuldemeny) regisztralva", r"feladasra var\w*",
               # A pre-advice: parcel data or a number created, the parcel prepared by the sender and not yet
               # handed over ("még nem adták át", "még nem került(ek) átadásra"), delivery after posting or arrival.
               r"eloertesit\w*", r"hoz(?:tak|tuk|ta|ott) letre", r"letrehoz(?:tak|tuk|ta|ott)",
               r"meg nem (?:\w+ ){0,2}(?:atad\w*|adt\w* (?:at|fel)|felad\w*)", r"(?:kuldemeny|csomag)\w* elokeszitese\w*",
               r"keszitett\w* ossze", r"osszekeszit\w*", r"csomag ?informacio\w*", r"(?:feladas|beerkezes)\w* koveto (?:munka)?nap\w*"),
    }),
    ("unknown", {
        "hu": (r"nincs adat",),
    }),
    ("in_transit", {
        "hu": (r"megerkezett", r"beerkezett", r"elkuldve", r"atiranyit\w*", r"eloatiranyitas\w*", r"ujra kuldve",
               r"raktarban", r"depo(?:ba|ban|bol)", r"kiszallitasi depo\w*", r"szallitas alatt", r"^uton$",
               r"valogatokozpont\w*", r"celallomas\w*", r"vamkezeles\w*", r"gyujtoszallitmany\w*",
               r"feladotol osszeszedve", r"szallitasra elokeszitve", r"atveve szallitasra", r"suly rogzites\w*", r"atszallit(?:va|as\w*)",
               r"begyujtve", r"kuldesre kesz", r"kiszallitonal", r"felve(?:tte|ve)", r"atvettuk", r"futar\w* atvette", r"szallitas\w* folyamatban",
               r"kirendeltseg\w*", r"raktar(?:unk|aink)?(?:ba|bol|at|ban)\w*", r"feldolgozas alatt",
               # FedEx: at our facility, "we have your parcel"; the bare "Feladva" (posted).
               r"letesitmenyunkben", r"csomag\w* nalunk van", r"^feladva$",
               # On the way, arrived at a centre or depot, forwarded, taken over from the sender, posted.
               r"uton (?:van|vagyunk)", r"(?:kozpont|depo|raktar|telephely)\w* erkez\w*", r"tovabbitva", r"tovabbitas\w*",
               r"feladotol (?:\w+ )?atve\w*", r"atveve a feladotol", r"felvetel megtortent", r"postara feladva",
               # Posted, in either word order ("adtak fel neked", "feladta"), accepted for carriage, being processed.
               r"(?:adt(?:a|ak|am|ad|uk)|adott(?:ak)?) fel", r"felad(?:ta|tak|tuk|ott)",
               r"elfogad\w* (?:a )?(?:szallitasra|fuvarozasra|tovabbitasra)", r"(?:kuldemeny|csomag)\w* feldolgoz\w*"),
    }),
)
