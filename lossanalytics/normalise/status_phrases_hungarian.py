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

Vocabulary from Foxpost's status codes with their Hungarian descriptions, Magyar Posta
(MPL) event texts, a Hungarian shop's explanation of parcel statuses, Express One e-mail
subjects and a tracking app's Hungarian status names (tests/corpus/SOURCES.md names each).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

HUNGARIAN_STEPS: tuple[Step, ...] = (
    # Missorted or no free locker compartment: a problem on the carrier's side.
    ("exception", {
        "hu": (r"hibasan rendezett", r"nincs szabad automatahely"),
    }),
    ("damaged", {
        "hu": (r"serules\w*", r"serult\w*"),
    }),
    # Sent or delivered back to the sender.
    ("returned", {
        "hu": (r"visszakuldve", r"visszakuldesre kerul\w*", r"visszaterult", r"feladonak (?:szallitva|kezbesitve)"),
    }),
    # In the locker or at the pickup point, waiting for the recipient.
    ("available_for_pickup", {
        "hu": (r"atvetelre var", r"automataban megerkezett"),
    }),
    ("delivery_failed", {
        "hu": (r"sikertelen (?:kezbesites\w*|kiszallitas\w*)", r"nem (?:volt |lett )?(?:kezbesitve|kezbesitheto|kiszallitva|szallithato)",
               r"(?:hazhoz ?szallitas|kezbesites|kiszallitas) sikertelen"),
    }),
    ("delivered", {
        "hu": (r"(?:sikeresen )?kezbesitve", r"sikeres kezbesites\w*", r"kiszallitva", r"hazhoz szallitva",
               r"^atveve$", r"(?:cimzett|atvevo) atvette"),
    }),
    # With the courier or announced for today: the delivery round.
    ("out_for_delivery", {
        "hu": (r"kezbesites (?:alatt|ma)", r"mai kezbesites\w*", r"kiszallitas alatt", r"hazhoz ?szallitas (?:alatt|kuldve)",
               r"futarnal", r"atadva a futarnak"),
    }),
    ("info_received", {
        "hu": (r"(?:rendeles|csomag) letrehozva",),
    }),
    ("unknown", {
        "hu": (r"nincs adat",),
    }),
    ("in_transit", {
        "hu": (r"megerkezett", r"beerkezett", r"elkuldve", r"atiranyit\w*", r"eloatiranyitas\w*", r"ujra kuldve",
               r"raktarban", r"depo(?:ba|ban|bol)", r"kiszallitasi depo\w*", r"szallitas alatt", r"^uton$",
               r"valogatokozpont\w*", r"celallomas\w*", r"vamkezeles\w*", r"gyujtoszallitmany\w*",
               r"feladotol osszeszedve", r"szallitasra elokeszitve", r"atveve szallitasra"),
    }),
)
