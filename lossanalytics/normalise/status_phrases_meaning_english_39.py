"""English tracking texts read by their meaning, thirty-ninth pass (round 130): the states before the carrier, the holds
and the last leg as a UK and India cross-border courier portal's timeline, a South African marketplace's labels for The
Courier Guy and Pudo lockers, a cargo tracking site's statuses, a parcel-locker app's states and a shop's order copy say
them ("Out for delivery with the local delivery partner.", "Location under investigation", "Payment received — funds
held by …", "Pudo collection PIN expired", "Delivery address review", "Shipment contents review", "Buyer confirmed
delivery", "Shipment submitted to the courier", "Awaiting deposit at a locker", "Out with a delivery driver soon").

The reading follows where the parcel is and who holds it (DESIGN §4). Out for delivery with a delivery partner is the
last leg, whoever drives (where "with the delivery partner" reads a hand-over on the way). A parcel whose location is
under investigation is one the carrier cannot find, lost, as "could not be located and is under investigation" is
(where "investigation" reads a problem). A payment received with the funds held (in escrow) is an order not yet sent,
before the carrier (where "held" reads a parcel on hold). A collection PIN, code or window that expired is a parcel its
recipient did not collect in time, a failed delivery (where "expired" reads a tracking source that gave up).

Read only where nothing else reads them: a delivery address or a shipment's contents under review hold the parcel, an
exception; a buyer or recipient who confirmed the delivery or the receipt has it, delivered; a shipment submitted or sent
to the courier and a parcel awaiting its deposit or drop-off at a locker or counter are before the carrier; out with a
delivery driver (soon) is the last leg.

Two groups. MEANING_ENGLISH_39_FIRST_STEPS, first in the first pass's first group (before the thirty-eighth pass's);
MEANING_ENGLISH_39_LATE_STEPS, after the thirty-eighth pass's late group. Left unread: "Customer request" and "Sender
request" (hold reasons that do not say a hold by themselves), "Funds released to seller" (a payout, which names no
parcel), "Pudo collection PIN issued" (a PIN for the sender's deposit or the recipient's collection), "Collection issue
— courier following up" (the courier's collection from the sender, or the recipient's at a point) and "Dropped off at
a Pudo locker" (the sender's hand-in, or the courier's delivery into a locker). Left as read: "Shipment is ready for
dispatch." (before the carrier, as "Ready for dispatch" is; the portal means its origin hub), "Delivery exception —
courier follow-up in progress" (a failed delivery, as "delivery exception" is), "prepared for delivery", "Waiting for
delivery" and "en route to the pickup location" (on the way, on the way and before the carrier; the locker app means
before its drop-off, before it, and on the way to the pickup point).

Written by the team to DESIGN §4 (round 130); the examples are tests/test_status_meaning_english_39.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Who delivers for a carrier on the last leg.
_PARTNER = (r"(?:the |a |our |your |its )?(?:\w+ )?(?:courier|delivery|shipping|logistics|carrier|transport|postal|"
            r"last mile|local)(?: delivery)? (?:partner|company|service|network|agent|driver|courier)s?")
# Where a sender hands a parcel in.
_HAND_IN = (r"(?:a |the |an? )?(?:\w+ )?(?:locker|parcel locker|drop ?off point|service point|counter|branch|"
            r"parcel ?shop|post office)")

MEANING_ENGLISH_39_FIRST_STEPS: tuple[Step, ...] = (
    # Out for delivery with (or by) a delivery partner: the last leg (before "with the delivery partner" reads a
    # hand-over on the way).
    ("out_for_delivery", {
        "en": (r"^out for delivery (?:with|by|via) " + _PARTNER + r"\b",),
    }),
    # A parcel's location under investigation: one the carrier cannot find (before "investigation" reads a problem).
    ("lost", {
        "en": (r"^(?:the )?(?:(?:parcel|shipment|package|item|consignment)(?: s)? )?location (?:is )?"
               r"(?:under investigation|being investigated)$",),
    }),
    # A payment received with the funds held (in escrow): the order is not sent yet (before "held" reads a hold).
    ("info_received", {
        "en": (r"^payment (?:received|confirmed)(?: and)? (?:the )?funds (?:are )?held\b",),
    }),
    # A collection PIN, code or window that expired: the recipient did not collect it in time (before "expired" reads
    # a tracking source that gave up).
    ("delivery_failed", {
        "en": (r"\b(?:collection|pick ?up) (?:pin|code|window|period)(?: has)? (?:expired|lapsed)\b",),
    }),
)

MEANING_ENGLISH_39_LATE_STEPS: tuple[Step, ...] = (
    # A delivery address or the shipment's contents under review: held, an exception.
    ("exception", {
        "en": (r"^(?:the )?(?:delivery )?address (?:is )?(?:under |being )?review(?:ed)?$",
               r"^(?:the )?(?:shipment |parcel |package )?contents? (?:are |is )?(?:under |being )?review(?:ed)?$"),
    }),
    # A buyer or recipient who confirmed the delivery or the receipt, as the whole text: delivered.
    ("delivered", {
        "en": (r"^(?:the )?(?:buyer|customer|recipient|consignee|receiver)(?: has)? confirmed (?:the )?"
               r"(?:delivery|receipt)(?: of (?:the |their |his |her |your )?(?:order|parcel|package|shipment|item))?$",),
    }),
    # A shipment submitted or sent to the courier; a parcel awaiting its deposit or drop-off at a locker or counter:
    # before the carrier has it.
    ("info_received", {
        "en": (r"^(?:the )?(?:shipment|parcel|order|booking|consignment)(?: details)? (?:submitted|sent) to "
               r"(?:the )?(?:courier|carrier)$",
               r"^awaiting (?:deposit|drop ?off) (?:at|in|into) " + _HAND_IN + r"$"),
    }),
    # Out with a delivery driver (soon): the last leg.
    ("out_for_delivery", {
        "en": (r"^out with (?:a |the |our )?(?:delivery )?(?:driver|courier)(?: soon| shortly| today)?$",),
    }),
)
