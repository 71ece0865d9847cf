"""English tracking texts read by their meaning, thirty-seventh pass (round 124): the exceptions and failed deliveries
as a Canadian courier's EDI status codes, a Nigerian courier's status options, a last-mile driver app's undeliverable
reason codes and an Indian shipping app's non-delivery reasons say them ("No Valid Delivery Attempt", "Business closed
- No delivery attempt", "Hold for Pickup", "Arrived Delivery Location", "Delivery Window Expired", "All Courier Scans",
"Misdirect", "Door Knocker", "Customer Req PM Delivery", "No Time on Route", "Scheduled for PM Delivery", "OSD",
"Re addressed", "Holiday", "Address Mismatch").

The reading follows where the parcel is and who holds it (DESIGN §4). A delivery the carrier did not attempt ("no valid
delivery attempt", "business closed - no delivery attempt") is a hold-up on the carrier's side, an exception, as the
development corpus's other not-attempted reasons are (where "delivery attempt" reads a failed delivery and "business
closed" a closed door at an attempt). A shipment held for pickup is waiting for its recipient to collect it (where
"hold" reads an exception); a truck arrived at the delivery location, the consignee's, is at the door (where "arrived"
reads movement); a delivery window that ran out before the driver came is a carrier's delay (where "expired" reads a
tracking source that gave up); "over, short and damaged" written out names a discrepancy report, an exception (where
"damaged" reads the goods damaged). A subscription to all of a carrier's scans names no state of a parcel (where
"scans" reads movement).

Read only where nothing else reads them: a shipment misdirected is a problem in transit, as a mis-sort is; a door
knocker (a notice card) left, and a recipient's request for an afternoon, evening or morning delivery, are failed
deliveries, as a notice card left and a future delivery asked for are; the driver out of time on the route is a
carrier's delay; a shipment scheduled for the afternoon or morning run and one readdressed are on their way; OS&D
abbreviated is the same discrepancy, an exception; a holiday as the status is a delay; an address that does
not match is a failed delivery, as a wrong address is.

Two groups. MEANING_ENGLISH_37_FIRST_STEPS, first in the first pass's first group (before the thirty-sixth pass's);
MEANING_ENGLISH_37_LATE_STEPS, after the thirty-sixth pass's late group. Left unread: "Bump" (left off a run, or a
knock), "LTA/Next Day Delivery" and "LTA/PM Delivery" (an abbreviation its source does not spell out), "Guest requested
delivery to another address" (a redirect on the way, or a delivery given up), "Delivery Restrictions" and "Duplicate
Order" (a notice, or a reason the parcel was not taken). Left as read: "Appointment Required" and "Address Correction
Required" (exceptions; the courier lists them among its attempt outcomes), "Dispatch Confirmed" (movement; a truck
confirmed for a pickup in its source) and "Item being processed - Notification Card PU" (a failed delivery from the
notice card; the item at the counter for its recipient in its source).

Written by the team to DESIGN §4 (round 124); the examples are tests/test_status_meaning_english_37.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

MEANING_ENGLISH_37_FIRST_STEPS: tuple[Step, ...] = (
    # A subscription to every scan names no state (before "scans" reads movement).
    ("unknown", {
        "en": (r"^all (?:of the )?(?:courier |carrier |tracking )?scans$",),
    }),
    # A delivery the carrier did not attempt: a carrier-side hold-up (before "delivery attempt" reads a failed
    # delivery and "business closed" a closed door at an attempt); a delivery window that ran out before the driver
    # came: a delay (before "expired" reads a tracking source that gave up); over, short and damaged written out, a
    # discrepancy report's name (before "damaged" reads the goods damaged).
    ("exception", {
        "en": (r"\bno (?:valid |real )?(?:delivery )?attempt (?:was )?(?:made|done)\b",
               r"\bno (?:valid |real )?delivery attempt\b",
               r"\bdelivery (?:time )?window (?:has )?(?:expired|elapsed|passed|closed|missed)\b",
               r"^over short (?:and |& ?)?damaged?$"),
    }),
    # Held for the recipient to collect (before "hold" reads an exception).
    ("available_for_pickup", {
        "en": (r"^(?:on )?hold(?:ing)? for (?:customer |consignee |recipient )?(?:pick ?up|collection)$",),
    }),
    # The truck at the consignee's delivery location: at the door (before "arrived" reads movement).
    ("out_for_delivery", {
        "en": (r"^arrived (?:at )?(?:the )?(?:delivery|consignee s?|customer s?|receiver s?) (?:location|premises|site)$",),
    }),
)

MEANING_ENGLISH_37_LATE_STEPS: tuple[Step, ...] = (
    # Misdirected, OS&D (over, short and damaged) abbreviated, the driver out of time on the route, a holiday as the status: a
    # problem or a delay.
    ("exception", {
        "en": (r"^mis ?direct(?:ed)?(?: (?:shipment|parcel|package|freight))?$",
               r"^os ?&? ?d$",
               r"\bno time (?:left )?on (?:the )?route\b",
               r"^(?:public |bank |national )?holidays?(?: for more information\b.*)?$"),
    }),
    # A door knocker (a notice card) left; the recipient asked for a delivery at another time of day; an address that
    # does not match: failed deliveries.
    ("delivery_failed", {
        "en": (r"^door ?knocker(?: (?:card )?left)?$",
               r"^(?:customer|consignee|recipient) req(?:uested|uests)? (?:an? )?(?:pm|am|afternoon|evening|morning) delivery$",
               r"^address (?:mis ?match(?:ed)?|discrepancy)$"),
    }),
    # Scheduled for the afternoon or morning run; readdressed: on its way.
    ("in_transit", {
        "en": (r"^scheduled for (?:pm|am|afternoon|evening|morning) delivery$",
               r"^re ?addressed(?: (?:at |by |on )?(?:the )?(?:customer|consignee|recipient)(?: s)?(?: request)?)?$"),
    }),
)
