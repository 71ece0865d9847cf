"""English tracking texts read by their meaning, fortieth pass (round 134): the states before the carrier, the last leg,
deliveries and the problems around them as shipping platforms' and small couriers' status pages, a 3PL's shipment statuses
and a shop's order timeline say them ("Carrier has received information about the package but it has not yet been scanned
and picked up.", "A rejected label indicates …", "The package encountered an error during transit.", "a pause or
temporary stoppage in the delivery process", "scanned on to the delivery drivers vehicle", "Cancellation is awaiting
confirmation", "Book on hold", "Pending Tracking Event", "Label Pending", "Concept", "Carrier is aware of the shipment",
"Delivery Started", "The carrier confirmed delivery.").

The reading follows where the parcel is and who holds it (DESIGN §4). A label created, or the carrier's information
received, with the parcel not yet scanned or picked up is before the carrier (where "not yet scanned" alone says nothing).
A label the carrier rejected, or a registration that failed, is a shipment that cannot go until someone fixes its data, an
exception (where "rejected" or "refused" reads a refusal at the door and "registration" a label made); so is a parcel the
courier rejected, as "Rejected by carrier" is, unless the text says it goes back. An error met in transit and a pause or
stoppage in the delivery process are problems (where "transit" reads movement and "in the delivery process" the last leg). A
parcel scanned onto the delivery driver's vehicle is on the last leg (where "scan" reads movement). A cancellation still
awaiting confirmation, or being checked, is no cancellation yet, and a delivery that is only expected, with no more updates
to come, confirms nothing: both are left unread (where "cancellation" reads a cancellation and "expected to be delivered"
movement). A booking on hold (not yet paid
for) is before the carrier (where "hold" reads a held parcel).

Read only where nothing else reads them: the carrier aware of the shipment, a label printed or created for the delivery, a
draft ("Concept") shipment that can still be edited or deleted, a label pending, a pickup or drop-off in progress or
scheduled, a tracking event or a pickup confirmation pending and tracking that waits for the carrier to confirm the
shipment are before the carrier; a parcel "unshipped" is cancelled; a delivery started is the last leg; the carrier,
courier or driver that confirmed the delivery (the whole text) has delivered it.

Two groups. MEANING_ENGLISH_40_FIRST_STEPS, first in the first pass's first group (before the thirty-ninth pass's);
MEANING_ENGLISH_40_LATE_STEPS, after the thirty-ninth pass's late group. Left unread: "Staged" (a label staged at a 3PL, or
a parcel staged for its delivery round), "Alert" (a delay, or any notice), "Contact the store for help with this shipment."
(a failed shipment the words do not name). Left as read: "Pick up started" (before the carrier, as a pickup under way is
read; the Nigerian platform means the pickup done) and "Status scan indicates what stage of the delivery journey your
parcel is at" (movement, as "scan" is read earlier than this pass; the courier's page names no stage).

Written by the team to DESIGN §4 (round 134); the examples are tests/test_status_meaning_english_40.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Who takes a parcel from its sender.
_CARRIER = r"(?:the )?(?:carrier|courier|shipping company|delivery company)"
# The person at the end of the journey: "not yet picked up by the recipient" is a parcel waiting for them.
_NOT_BY_RECIPIENT = r"(?! by (?:the )?(?:customer|recipient|consignee|receiver|buyer|addressee))"
# Not yet scanned, picked up or collected.
_NOT_YET_TAKEN = r"not (?:yet )?(?:been )?(?:scanned|picked up|collected)\b" + _NOT_BY_RECIPIENT

MEANING_ENGLISH_40_FIRST_STEPS: tuple[Step, ...] = (
    # A cancellation still awaiting confirmation or being checked: no cancellation yet (before "cancellation" reads
    # one); a delivery only expected, with no more updates to come (before "expected to be delivered" reads movement).
    ("unknown", {
        "en": (r"\bcancell?ation (?:is )?(?:still )?awaiting (?:confirmation|approval)\b",
               r"\bchecking (?:the )?cancell?ation\b",
               r"\bexpected to be delivered\b.*\bno (?:more|further) (?:tracking )?updates\b"),
    }),
    # A label created or the carrier's information received, the parcel not yet scanned or picked up: before the
    # carrier (before "not yet scanned" alone leaves it unread); a booking on hold, not yet paid for (before "hold").
    ("info_received", {
        "en": (r"\b(?:shipping )?label (?:has been |was )?(?:created|generated|printed|purchased)\b.*\b" + _NOT_YET_TAKEN,
               r"\breceived (?:the )?(?:shipment )?information\b.*\b" + _NOT_YET_TAKEN,
               r"^(?:the )?(?:book|booking)(?: is)? on hold$"),
    }),
    # A label the carrier rejected, a registration that failed: the shipment's data to fix, an exception (before
    # "rejected" or "refused" reads a refusal at the door, "registration" a label made); a parcel the courier
    # rejected, where the text does not say it goes back (as "Rejected by carrier" is read).
    ("exception", {
        "en": (r"^label (?:rejected|refused|failed|error)$",
               r"\brejected label\b",
               r"\blabel (?:was |has been )?(?:rejected|refused)\b",
               r"^(?:shipment |label )?registration (?:has )?failed$",
               r"^(?!.*\breturn)(?:.* )?" + _CARRIER + r" (?:has |had )?rejected (?:the |your |this )?"
               r"(?:parcel|package|shipment|item|consignment)\b"),
    }),
    # An error met in transit, a pause or stoppage in the delivery process: a problem (before "transit" reads
    # movement and "in the delivery process" the last leg).
    ("exception", {
        "en": (r"\b(?:encountered|had|hit|ran into) an? (?:\w+ )?(?:error|problem|issue) (?:during|in|while in) transit\b",
               r"\b(?:a )?(?:pause|(?:temporary )?stoppage|halt) in (?:the )?delivery(?: process)?\b"),
    }),
    # Scanned onto the delivery driver's vehicle: the last leg (before "scan" reads movement).
    ("out_for_delivery", {
        "en": (r"\bscanned (?:on ?to|into) (?:the |a |your )?(?:delivery )?(?:driver|courier)(?: s|s)? "
               r"(?:vehicle|van|truck|car)\b",),
    }),
)

MEANING_ENGLISH_40_LATE_STEPS: tuple[Step, ...] = (
    # The carrier aware of the shipment, a label printed or created for the delivery, a draft shipment that can still
    # be edited or deleted, a label pending, a pickup or drop-off in progress or scheduled, a tracking event or a
    # pickup confirmation pending, tracking that waits for the carrier to confirm the shipment: before the carrier.
    ("info_received", {
        "en": (r"^" + _CARRIER + r" (?:is )?aware of (?:the |this |your )?(?:shipment|parcel|package|consignment)$",
               r"^(?:a |the )?(?:shipping )?label (?:for (?:the )?(?:delivery|parcel|shipment|package) )?"
               r"has been (?:printed|created|generated)\b",
               r"^concept(?: shipment)?$",
               r"\b(?:can|may) still be edited or (?:deleted|cancell?ed)\b",
               r"^label (?:pending|requested)$",
               r"^pick ?up (?:or )?drop ?off in progress$",
               r"^a pick ?up or (?:a )?drop ?off (?:\w+ ){0,4}(?:has been |is )(?:scheduled|booked|arranged)\b",
               r"^pending (?:initial |first )?tracking (?:event|update|scan)s?$",
               r"^pending (?:pick ?up|collection) (?:confirmation|request)$",
               r"\bwhen " + _CARRIER + r" confirms (?:the |your )?(?:shipment|parcel|package|pick ?up|collection)\b"),
    }),
    # A parcel "unshipped": the shipment undone, cancelled.
    ("cancelled", {
        "en": (r"^(?:the )?(?:parcel|package|shipment|order|consignment) (?:was|has been) unshipped$",),
    }),
    # A delivery started, as the whole text: the last leg.
    ("out_for_delivery", {
        "en": (r"^(?:the )?delivery (?:has )?started$",),
    }),
    # The carrier, courier or driver that confirmed the delivery, as the whole text: delivered.
    ("delivered", {
        "en": (r"^(?:the )?(?:carrier|courier|driver|delivery driver) (?:has )?confirmed (?:the )?delivery$",),
    }),
)
