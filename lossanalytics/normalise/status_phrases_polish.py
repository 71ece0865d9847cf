"""Polish carrier phrases read by their word forms, in two groups placed around the outcome
steps of status_phrases_outcomes.

POLISH_FIRST_STEPS come before the outcomes, because the word an outcome step reads is only
part of what the text says: a return named in the locative ("decyzja o zwrocie", "o zwrocie
przesyłki") outweighs "nieudane doręczenie" beside it; an item held for inspection
("zatrzymana do kontroli") is a problem even where its delivery is named as failed; an item
received at the office of exchange ("odebranie w urzędzie wymiany") or coming back from
customs ("zwrot z cła") is still on its way, not collected or returned; one sent to the office
of undeliverable items is lost, as InPost's store of undeliverable items already is.

POLISH_STEPS come right after the outcomes and the German and Polish constructions, before the
broad pickup, delivery and movement words they would otherwise fall to or that miss them:
an unexpected event in a delivery ("wyjątek w doręczeniu") is a problem, not a delivery on its
way; an item not collected ("nieodebrana"), a complaint ("reklamacja") or a sender asked for
instructions ("oczekuje się na odpowiedź") is a problem once no return or loss has been named;
an item handed to the person entitled to collect it, or collected by the recipient at the depot
("odbiór własny"), is delivered, and so is a bare "Doręczenie"; awaiting collection named as a
noun ("oczekiwanie na odbiór w Urzędzie", "o oczekiwaniu przesyłki w urzędzie"), taken into a
pickup point, or at the kiosk waits for pickup; an item handed to the postman or courier is
out for delivery; an item directed, released by customs, at a dispatch depot, registered at its
delivery office or "we have your parcel" moves on; and a registered item with nothing more is
only data.

Phrases are folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off,
"ł" kept), whole words. Vocabulary from Poczta Polska's tracking web service event names, the
status names of Paczka w RUCHu (now ORLEN Paczka), DPD Polska's recorded event texts and the
Polish status names of FedEx (lossanalytics/normalise/known_texts/SOURCES.md names each).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

POLISH_FIRST_STEPS: tuple[Step, ...] = (
    ("exception", {
        "pl": (r"zatrzyman\w* (?:\w+ ){0,2}do kontroli",),
    }),
    ("lost", {
        "pl": (r"urz(?:ad|edu|edzie)\w* (?:\w+ ){0,1}niedoreczaln\w*",),
    }),
    ("in_transit", {
        "pl": (r"urz(?:ad|edu|edzie) wymiany", r"zwro(?:t|cie)\w* z (?:cła|urzedu celnego|odprawy celnej)"),
    }),
    ("returned", {
        "pl": (r"zwrocie", r"wraca (?:\w+ ){0,1}do nadawcy"),
    }),
)

POLISH_STEPS: tuple[Step, ...] = (
    ("exception", {
        "pl": (r"wyjat\w* (?:\w+ ){0,1}(?:w|przy|podczas) (?:doreczeni|dostaw|transport|tranzyc)\w*",
               r"nieodebran\w*", r"reklamacj\w*",
               r"oczekuje sie na (?:\w+ ){0,2}(?:odpowiedz|decyzj|dyspozycj)\w*"),
    }),
    ("delivered", {
        "pl": (r"wydan\w* (?:\w+ )?uprawnion\w*", r"(?<!umowiono )(?<!zamowiono )odbior własny(?! w )",
               r"^doreczenie(?: przesyłki| paczki)?$"),
    }),
    ("available_for_pickup", {
        "pl": (r"oczekiwani\w* (?:\w+ ){0,2}(?:na odbior|w (?:urzedzie|placowce|punkcie|automacie|paczkomacie))"
               # Waiting for the courier to collect it from the sender is the first mile, not the recipient's pickup.
               r"(?! (?:przez|od|u) (?:\w+ )?(?:kurier|przewoznik|nadawc)\w*)",
               r"przyje\w* (?:\w+ ){0,1}do (?:punktu|automatu|paczkomatu)\w*", r"(?<!nadana )(?<!nadane )w kiosku"),
    }),
    ("out_for_delivery", {
        "pl": (r"wydan\w* (?:\w+ )?(?:doreczycielowi|listonoszowi|kurierowi)", r"skierowan\w* do doreczeni\w*"),
    }),
    ("in_transit", {
        "pl": (r"skierowan\w*(?! do doreczeni)", r"zwolni(?:eni|on)\w* (?:\w+ ){0,3}(?:urzad\w* celn\w*|cła|cle|odpraw\w*)",
               r"ekspedycj\w*", r"w urzedzie (?:doreczenia|wymiany|nadawczym|pocztowym)",
               r"mamy (?:\w+ )?(?:paczke|przesyłke)"),
    }),
    ("info_received", {
        "pl": (r"rejestracj\w* (?:danych )?(?:przesyłki|paczki)",),
    }),
)
