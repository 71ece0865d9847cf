"""English tracking texts read by their meaning, thirty-second pass (round 88): the time before the carrier has the
parcel, the middle of the journey and the last leg as shipping platforms' status definitions, shops' tracking-status
guides and their notification wording say them ("Booked for delivery", "Packing order", "Awaiting Pickup/Dropoff",
"The order has been sent through to carrier, and the package is waiting to be picked up from the sender.", "The package
is onboard with a driver, and ready to be delivered.", "Your package is almost out for delivery.", "Inspection &
Packing Completed", "Customs failed").

The reading follows where the parcel is and who holds it (DESIGN §4). An order created or placed, with nothing else said,
an order being packed, a packing (with an inspection or a quality check) completed, an order booked for delivery and a
parcel awaiting its pickup or its drop-off ("Awaiting Pickup/Dropoff", "awaiting drop-off") are before the carrier; so is
a text that says the carrier is not yet confirmed or selected, a parcel waiting to be picked up or collected from the
sender, the merchant or the warehouse (where "picked up from the sender" alone reads the carrier taking it), a driver
not available to pick the parcel up (no collection yet: the parcel stays with the sender, where "driver is not available"
reads a problem on the way), and an item packed that "will be shipped" (where "shipped" reads a parcel moving). A parcel
onboard or on board with a driver or courier is on its last leg (where "to be delivered" reads a parcel moving). A parcel
"almost" or "nearly" out for delivery is still on its way, and so is one a shipping partner is delivering to a hub,
facility or post office, or that arrived at or departed a shipping partner's facility (where "Awaiting Item" reads a
parcel the carrier has not yet seen). Customs that failed, refused or rejected the parcel is an exception (where
"customs" alone reads clearance on the way). A driver who cannot locate the destination or the address is a failed
attempt at the door (where "cannot locate" reads a parcel the carrier has lost).

One group, MEANING_ENGLISH_32_FIRST_STEPS, first in the first pass's first group (before the thirty-first pass's): the
steps after it read "picked up from the sender", "driver is not available", "to be delivered", "out for delivery",
"shipped", "Awaiting Item", "customs" and "cannot locate" otherwise.

Written by the team to DESIGN §4 (round 88); the examples are tests/test_status_meaning_english_32.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# What the sender ships.
_GOODS = r"(?:parcel|package|item|shipment|consignment|order)"
# Who hands the parcel to the carrier.
_SENDER = r"(?:sender|merchant|seller|shipper|retailer|store|shop|warehouse)"
# Who carries it on the last leg.
_DRIVER = r"(?:driver|courier|rider)"

MEANING_ENGLISH_32_FIRST_STEPS: tuple[Step, ...] = (
    # Almost out for delivery, a shipping partner delivering it to a hub, a shipping partner's facility: on its way
    # (before "out for delivery" reads the last leg and "Awaiting Item" a parcel not yet seen).
    ("in_transit", {
        "en": (r"\b(?:almost|nearly) out for delivery\b",
               r"\bdelivering it to (?:your |the |a )?(?:neighbou?rhood |local |nearest |regional )?(?:\w+ )?"
               r"(?:hub|facility|depot|post office|sort(?:ing)? (?:facility|cent(?:er|re)))\b",
               r"^(?:arrived|departed) (?:at |from )?(?:the |a )?shipping partner(?:'s)? facility\b"),
    }),
    # Onboard with a driver: the last leg (before "to be delivered" reads a parcel moving).
    ("out_for_delivery", {
        "en": (r"\b(?:onboard|on board) (?:with|for) (?:a |the |your )?" + _DRIVER + r"\b",),
    }),
    # A driver who cannot locate the destination or the address: a failed attempt (before "cannot locate" reads a
    # parcel lost).
    ("delivery_failed", {
        "en": (r"\b" + _DRIVER + r" (?:cannot|can't|could not|couldn't|was unable to|is unable to) (?:locate|find) "
               r"(?:the |your )?(?:destination|address|delivery address|premises)\b",),
    }),
    # Customs that failed or refused the parcel: an exception (before "customs" reads clearance on the way).
    ("exception", {
        "en": (r"^customs (?:clearance )?(?:failed|failure|refused|rejected|denied)$",),
    }),
    # Before the carrier: the order created, packed or booked, the carrier not yet confirmed, the parcel waiting to be
    # collected from the sender, awaiting its pickup or drop-off, no driver to collect it, packed and to be shipped.
    ("info_received", {
        "en": (r"^(?:the |your )?order (?:has been|was|is) (?:created|placed)(?: recently)?$",
               r"^(?:packing|picking and packing|packaging) (?:the |your )?order$",
               r"^(?:(?:inspection|quality (?:check|inspection)|qc) (?:&|and) )?packing (?:completed|complete|done|finished)$",
               r"^(?:(?:the |your )?" + _GOODS + r" (?:has been |is |was )?)?booked for delivery$",
               r"^(?:awaiting|waiting for) (?:(?:pick ?up|collection) (?:or |and )?)?drop ?off$",
               r"\bcarrier (?:has )?not (?:yet )?been (?:confirmed|selected|assigned|chosen)\b",
               r"\bwaiting to be (?:picked up|collected) (?:from|at|by) (?:the |a )?" + _SENDER + r"\b",
               r"\b" + _DRIVER + r" (?:is )?not available to (?:pick ?up|collect)\b",
               r"\bhas been (?:inspected and )?packed (?:it|the (?:item|order|parcel|package)) will be shipped\b"),
    }),
)
