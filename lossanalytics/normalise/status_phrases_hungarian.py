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
extraordinary event is a problem, "Kézbesítésre átvéve" is the round; tests/corpus/SOURCES.md names each), and
Express One's transfer step ("átszállítás", twenty-first round, a).
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
               r"visszaszallit\w* (?:a )?feladohoz"),
    }),
    # In the locker or at the pickup point, waiting for the recipient.
    ("available_for_pickup", {
        "hu": (r"atvetelre var", r"automataban megerkezett", r"atveheto\w*", r"elvitelre kesz", r"csomag ?pont(?:ba|ban) (?:leteve|tarolva)",
               r"megerkezett a (?:\w+ )?pont(?:ra|ba)", r"(?:csomag)?automatab(?:a|an) (?:\w+ )?helyez\w*", r"atveteli pont\w*"),
    }),
    ("delivery_failed", {
        "hu": (r"sikertelen (?:kezbesites\w*|kiszallitas\w*)", r"nem (?:volt |lett )?(?:kezbesitve|kezbesitheto|kiszallitva|szallithato)",
               r"(?:hazhoz ?szallitas|kezbesites|kiszallitas) sikertelen", r"(?:atvevo|cimzett) nem (?:volt )?(?:talalhato|elerheto|otthon)",
               r"cimzett ismeretlen", r"ertesito\w* (?:\w+ )?hagy\w*",
               r"megtagad\w*", r"nem rendelt\w*", r"(?:hibas|rossz) (?:cim|iranyitoszam)\w*", r"(?:aruatvetel|uzlet|iroda) (?:bezarva|zarva)",
               r"zart (?:lepcsohaz|kapu|bejarat)\w*", r"penzhiany", r"szabadsag\w*", r"nem kerult (?:atvetelre|kezbesitesre|kiszallitasra)"),
    }),
    ("delivered", {
        "hu": (r"(?:sikeresen )?kezbesitve", r"sikeres kezbesites\w*", r"kiszallitva", r"hazhoz szallitva",
               r"^atveve$", r"(?:cimzett|atvevo) atvette", r"sikeres (?:csomag)?atvetel\w*"),
    }),
    # A delay or a parcel held (at customs or elsewhere), read after the delivery: "Késéssel
    # kézbesítve" (delivered late) is delivered.
    ("exception", {
        "hu": (r"keses\w*", r"kesedelem\w*", r"visszatartva"),
    }),
    # With the courier or announced for today: the delivery round.
    ("out_for_delivery", {
        "hu": (r"kezbesites (?:alatt|ma)", r"mai kezbesites\w*", r"kiszallitas alatt", r"hazhoz ?szallitas (?:alatt|kuldve)",
               r"futarnal", r"atadva a futarnak", r"kezbesitesre atveve", r"kiadva (?:a )?futarnak", r"futarhoz kerult", r"kezbesitonel", r"esti kezbesites\w*",
               r"kezbesites folyamatban", r"futar (?:\w+ )?kiszallit\w*", r"ma kezbesit\w*"),
    }),
    ("info_received", {
        "hu": (r"(?:rendeles|csomag) letrehozva", r"adat\w* (?:fogadva|bekerult|beerkez\w*)", r"elorejelez\w*", r"^varjak$",
               r"(?:rendeles|megrendeles|megbizas|p&s p&r) (?:rogzitve|kinyomtatva)", r"cimke letrehozva", r"^rogzitve$",
               r"adatok? rogzitve", r"(?:csomag|kuldemeny) regisztralva", r"feladasra var\w*"),
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
               r"kirendeltseg\w*", r"raktar(?:ba|bol|at|ban)\w*", r"feldolgozas alatt",
               # FedEx: at our facility, "we have your parcel"; the bare "Feladva" (posted).
               r"letesitmenyunkben", r"csomag\w* nalunk van", r"^feladva$",
               # On the way, arrived at a centre or depot, forwarded, taken over from the sender, posted.
               r"uton (?:van|vagyunk)", r"(?:kozpont|depo|raktar|telephely)\w* erkez\w*", r"tovabbitva", r"tovabbitas\w*",
               r"feladotol (?:\w+ )?atve\w*", r"atveve a feladotol", r"felvetel megtortent", r"postara feladva"),
    }),
)
