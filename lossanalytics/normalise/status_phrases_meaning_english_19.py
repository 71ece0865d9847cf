"""English tracking texts read by their meaning, nineteenth pass (round 55): the middle of a cross-border journey
and its neighbours as consolidators and last-mile carriers write them scan by scan ("Hawb Create", "Uplift From TPE",
"NOA received", "The booking of the delivery is completed.", "The package is activated for delivery.", "A compartment
is booked", "Dropped off at locker by courier", "The courier did not have the package with them when it was supposed
to be delivered.").

The reading follows who holds the parcel and what the scan did (DESIGN §4): an air waybill only created, or a
delivery only booked, has not moved the parcel; a parcel uplifted (flown out) from an airport, one whose notice of
arrival ("NOA") the customs broker received, one activated for delivery or for which a locker compartment is reserved is
still on its way; a courier who drops it into a locker leaves it to be collected; a courier who did not have the
parcel when it was due is the carrier's miss, which holds it, not the recipient's failed delivery.

Two groups: MEANING_ENGLISH_19_FIRST_STEPS, spliced into the first pass's first group after the seventeenth
pass's, before the last leg reads "to be delivered" as the round; MEANING_ENGLISH_19_LATE_STEPS, spliced into the
first pass's late group after the eighteenth pass's, for texts nothing earlier reads.

Written by the team to DESIGN §4 (round 55); the examples are tests/test_status_meaning_english_19.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_PARCEL = r"(?:package|parcel|item|shipment|consignment|goods)"

MEANING_ENGLISH_19_FIRST_STEPS: tuple[Step, ...] = (
    # The courier did not have the parcel when it was due: the carrier's miss, held.
    ("exception", {
        "en": (r"\b(?:courier|driver)s? did not have (?:the |your )?" + _PARCEL + r"\b",),
    }),
)

MEANING_ENGLISH_19_LATE_STEPS: tuple[Step, ...] = (
    # An air waybill only created, or a delivery only booked: nothing has moved yet.
    ("info_received", {
        "en": (r"^(?:h|m)?awb (?:create|created|creation|generated)$",
               r"^(?:the )?booking of the (?:delivery|shipment|collection) (?:is |has been )?(?:completed|confirmed|made)$"),
    }),
    # Flown out of an airport, the broker's notice of arrival, activated for delivery, a locker compartment reserved.
    ("in_transit", {
        "en": (r"^(?:origin )?uplift (?:from|at|ex) \w+",
               r"^noa (?:received|issued)$",
               r"\bactivated for delivery$",
               r"^(?:a |the )?(?:locker )?compartment (?:is |has been )?(?:booked|reserved)$"),
    }),
    # Dropped into a locker by the courier: waiting to be collected.
    ("available_for_pickup", {
        "en": (r"\bdropped off (?:at|in|into) (?:the |a )?(?:parcel )?locker by (?:the |our )?(?:courier|driver)$",),
    }),
)
