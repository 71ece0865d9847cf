"""English tracking texts read by their meaning, eighteenth pass (round 53): a delivery management platform's package
statuses before the carrier has the parcel and when it stops ("Draft", "Ready for dispatching", "Assigned to
Drivers", "Reported to Management").

The reading follows who holds the parcel and whose move is awaited (DESIGN §4): a shipment only drafted, one ready to
be dispatched (a driver still to be sent) or one assigned to the drivers, offered to them with none named, has not
reached the carrier; one driver named ("assigned to the driver") stays the last leg the earlier steps read. An issue
reported to the carrier's management holds the parcel.

One group, MEANING_ENGLISH_18_LATE_STEPS, spliced into the first pass's late group (and so into status_phrases.STEPS)
after the eleventh pass's: before the broad word "dispatch" reads a parcel on its way.

Written by the team to DESIGN §4 (round 53); the examples are tests/test_status_meaning_english_18.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

MEANING_ENGLISH_18_LATE_STEPS: tuple[Step, ...] = (
    # Only drafted, ready to be dispatched, offered to the drivers: not yet with the carrier.
    ("info_received", {
        "en": (r"^(?:shipment |order |package )?draft(?:ed)?$",
               r"\bready (?:for|to be) dispatch(?:ing|ed)?$",
               r"\bassigned to (?:the )?drivers$"),
    }),
    # An issue reported to the carrier's management: held.
    ("exception", {
        "en": (r"\breported to (?:the )?management\b",),
    }),
)
