"""Czech shipment states read by their meaning, twenty-ninth Slavic and Turkic pass (round 91): a shipment-monitoring
tool's checkpoints and situations (a parcel flown out or in, a problem in transport, a parcel that will not arrive
today, a parcel long without movement), a shop's order states (waiting to be processed, being packed) and 17TRACK's
Czech name for its "Alert".

SLAVIC_TURKIC_FIRST_STEPS_29 come just before CZECH_STEPS (status_phrases_before_outcomes.py), which read "v
přepravě" (in transport) and "zpracování" (processing) as movement: a problem in transport ("problém v přepravě",
"známky problému v přepravě", as the whole status or at its end) is a problem, exception; an order we have received
("objednávku jsme přijali") and an order or parcel waiting to be processed, as the whole status ("Čeká na
zpracování"), have not reached the carrier: information received. A parcel waiting for processing at a sorting
centre stays movement.

SLAVIC_TURKIC_STEPS_29 come first of the Slavic and Turkic late steps (status_phrases_language_late.py, before
SLAVIC_TURKIC_STEPS_27), after the outcome words, and read texts nothing earlier reads, or that the late Czech steps
read as movement from "odeslání" (dispatch): goods being prepared for dispatch ("připravuje se k odeslání", as
"připravena k odeslání" is already read) or being packed ("balíme"), and "Potvrzeno" (confirmed) as the whole status, as the English "Confirmed" is read, are
information received; a parcel that flew out
or arrived by air ("odletěla", "odlet z", "přílet do") moves on; a parcel that will not arrive ("nedorazí", as
"nedorazila" is read) is a problem, exception; a parcel long without movement, or without a new tracking record for a
long time, is what DESIGN §4 calls expired (no update for a long time); "Upozornění" as the whole status (a warning:
17TRACK's Alert) is an exception.

Left alone: "Vyřazeno" (17TRACK's word for Expired, but "discarded" in other words) and "Doručováno" (17TRACK's word
for its Pick Up, but "being delivered" in other words): the words do not say which.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_slavic_turkic_29.py holds the
examples); no tool's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

SLAVIC_TURKIC_FIRST_STEPS_29: tuple[Step, ...] = (
    # A problem in transport: exception, before "v přepravě" reads movement.
    ("exception", {
        "cs": (r"^(?:zasilka )?problem\w* v preprave$", r"\bznamk\w* problem\w* v preprave$"),
    }),
    # An order received, or waiting to be processed as the whole status: before the carrier.
    ("info_received", {
        "cs": (r"\bobjednavk\w* jsme prijali\b", r"^(?:objednavka |zasilka )?ceka na zpracovani$"),
    }),
)

SLAVIC_TURKIC_STEPS_29: tuple[Step, ...] = (
    # Being prepared for dispatch, being packed, or confirmed as the whole status: before the carrier.
    ("info_received", {
        "cs": (r"\bpripravuje(?: se)? k (?:odeslani|predani|expedici)\b", r"\bbalime\b", r"^potvrzen[oa]?$"),
    }),
    # Flown out or arrived by air: moving on.
    ("in_transit", {
        "cs": (r"\bodletel\w*", r"^(?:zasilka )?odlet z\w*\b", r"^(?:zasilka )?prilet (?:do|na)\b"),
    }),
    # Will not arrive (today, on time): a problem.
    ("exception", {
        "cs": (r"\bnedorazi\b", r"^upozorneni$"),
    }),
    # Long without movement or without a new tracking record: no update for a long time.
    ("expired", {
        "cs": (r"\bdlouho bez pohybu\b", r"\bdlouho nepris\w* (?:zadn\w* )?nov\w* (?:\w+ )?zaznam\w*"),
    }),
)
