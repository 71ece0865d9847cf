"""English tracking texts read by their meaning, twenty-sixth pass (round 69): tracking services' and apps' own states
as their reference pages and normalised status tables write them ("No updates", "Delivery issue", "Item booked",
"Package is with local delivery driver", "Final delivery attempt in progress").

The reading follows what the words say of the parcel and of its tracking (DESIGN §4). "No updates", said on its own,
is the tracking source that gave up: expired (not the same as no information, which leaves the parcel unknown, nor as
"no updates yet", which says tracking has not begun; no updates for a number of days stays as the steps that follow
read it). A delivery issue or problem, said on its own, is an exception. An item, parcel or article booked at the
counter is information received, as a shipment booked already reads. A parcel processed, packed or prepared but not
yet picked up has not reached the carrier. A parcel with the local delivery driver, and a delivery attempt in progress,
are on the round (an attempt made or failed is read by the steps that follow).

MEANING_ENGLISH_26_FIRST_STEPS comes first in the first pass's first group (before the twenty-fourth pass's), as the
steps after it read "final delivery attempt" as a failed one and "package is with" as a parcel on its way, and the
tenth pass leaves "not yet picked up" unread.

Written by the team to DESIGN §4 (round 69); the examples are tests/test_status_meaning_english_26.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# What the parcel is called.
_PARCEL = r"(?:parcel|package|item|shipment|consignment|order|article)s?"

MEANING_ENGLISH_26_FIRST_STEPS: tuple[Step, ...] = (
    # No updates, said on its own: the tracking source gave up.
    ("expired", {
        "en": (r"^no (?:tracking )?updates?$",),
    }),
    # Booked at the counter, or processed but not yet fetched: not yet moving with the carrier.
    ("info_received", {
        "en": (r"^(?:item|parcel|article|consignment)s? booked$",
               r"^" + _PARCEL + r" (?:is |was |has been )?(?:being )?(?:processed|packed|prepared),? but not (?:yet )?"
               r"(?:been )?(?:picked up|collected)$"),
    }),
    # With the local delivery driver, or an attempt under way: on the round.
    ("out_for_delivery", {
        "en": (r"\bwith (?:the |a |your )?local (?:delivery )?(?:driver|courier)\b",
               r"\bdelivery attempt (?:is )?(?:in progress|under ?way)\b"),
    }),
    # A delivery issue or problem, said on its own: an exception.
    ("exception", {
        "en": (r"^delivery (?:issue|problem)s?$",),
    }),
)
