"""Polish and Russian shipment states read by their meaning, twenty-fourth Slavic and Turkic pass (round 78): ORLEN
Paczka's status names ("W transporcie po magazynowaniu", "Przekazana do kiosku", "Nie przekazano do kiosku",
"Niewydana kierowcy", "Do nieczynnego kiosku", "Nieczynny punkt", "Przesyłka w weryfikacji", "Likwidacja") and a
cargo app's Russian labels of Kuaidi100's states ("Доставлено перевозчиком").

SLAVIC_TURKIC_FIRST_STEPS_24 come just after the twenty-second pass's first steps, before the Russian handover words
(which read "доставлено … перевозчик…" as a parcel handed to a carrier) and before the broad Polish words that read
"magazynowani…" as a parcel waiting in storage, "paczkomat" as a parcel waiting in a locker and "przekazan…" as
movement: delivered by the carrier (instrumental case, nothing after it) is delivered; in transport after something
("w transporcie po …", after storage; not back to the sender) is movement, though the words name storage; handed
over to a kiosk, pickup point, locker or parcel machine waits for its recipient; not handed over to the kiosk or
point and not handed to the driver or courier are problems (a handover missed, no attempt at a door); a closed
kiosk, point, locker or office ("nieczynny punkt", "do nieczynnego kiosku", "paczkomat jest nieczynny") is a problem.

SLAVIC_TURKIC_STEPS_24 come just before the twenty-second pass's late steps and read only texts nothing else reads: a
parcel under verification is a problem; liquidation as the whole status is a loss (the parcel disposed of). The
round's Turkish rows (a courier app's failure reasons) were dropped as a blind corpus's words, so no Turkish phrase
is written from them.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off Latin letters, Cyrillic kept);
whole words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_slavic_turkic_24.py holds the
examples); no platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_PL_POINT = r"(?:kiosk\w*|punkt\w*|automat\w*|paczkomat\w*|skrytk\w*)"

SLAVIC_TURKIC_FIRST_STEPS_24: tuple[Step, ...] = (
    # Delivered by the carrier (instrumental), nothing after it: delivered.
    ("delivered", {
        "ru": (r"\bдоставлен[оаы]? (?:\w+ )?перевозчиком$",),
    }),
    # Not handed over to the kiosk or point, not handed to the driver or courier; a closed kiosk, point, locker or
    # office: a problem the parcel waits on.
    ("exception", {
        "pl": (r"\bnie (?:zostal[aoy]? )?przekazan[aoy]? do " + _PL_POINT, r"\bnie przekazano do " + _PL_POINT,
               r"\b(?:niewydan[aey]?|nie wydano|nie wydan[aey]) (?:kierowcy|kurierowi)\b",
               r"\bnieczynn\w* (?:" + _PL_POINT + r"|placowk\w*|oddzial\w*)",
               r"\b(?:" + _PL_POINT + r"|placowka|oddzial)(?: \w+)? (?:jest |zostal[a]? )?(?:czasowo |tymczasowo )?nieczynn\w*"),
    }),
    # In transport after something (storage), not back to the sender: moving.
    ("in_transit", {
        "pl": (r"^w transporcie po\b(?!.*\b(?:do nadawcy|zwrot\w*|powrot\w*))",),
    }),
    # Handed over to a kiosk, pickup point, locker or parcel machine: waiting for its recipient.
    ("available_for_pickup", {
        "pl": (r"(?<!nie )(?<!nie zostala )\bprzekazan[aoy]? do (?:kiosk\w*|punktu(?! nadani| sortowni)\w*|automatu\w*|"
               r"paczkomatu\w*)",),
    }),
)

SLAVIC_TURKIC_STEPS_24: tuple[Step, ...] = (
    # A parcel under verification: a problem.
    ("exception", {
        "pl": (r"\bw (?:trakcie )?weryfikacji\b",),
    }),
    # Liquidation as the whole status: the parcel disposed of.
    ("lost", {
        "pl": (r"^likwidacja(?: przesylki| paczki)?$",),
    }),
)
