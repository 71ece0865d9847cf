"""English tracking texts read by their meaning, thirty-fifth pass (round 110): the exceptions and the failed deliveries
as a South-East Asian courier's state and reason lists, an Australian freight platform's statuses and Indian couriers'
non-delivery reasons say them ("futile delivery", "futile pickup", "no one present at the pickup location", "too bulky
to be picked up", "customer requested change of delivery date", "address on AWB is incorrect", "outside of driver
coverage area", "unattempted - parcel issues", "wrong item inside", "return to sender: cancelled by shipper", "KYC
document not available", "door lock", "partial delivery").

The reading follows where the parcel is and who holds it (DESIGN §4). A futile pickup, and a pickup that failed at the
pickup location (no one there, the location not found, the item not ready, too bulky to be picked up), leave the parcel
with its sender, before the carrier (where "no one present" reads a failed delivery, "could not locate" a parcel lost,
"available at the pickup location" a parcel waiting for its recipient and the words of a pickup done a parcel moving). A
futile delivery (the Australian word for a failed attempt), the customer asking to change the delivery date, time or
place, an address on the waybill that is wrong, an address outside the driver's or the courier's area, a customer at the
door who no longer wants a parcel that is fine, a KYC document the consignee cannot show, and a locked door are failed
deliveries. A delivery not attempted because of the parcel, and a wrong item inside the package, are exceptions (where
"defective" reads a damaged parcel). A return to the sender whose reason is a cancellation by the shipper is a return
(where "return to sender cancelled" reads a return called off). A partial delivery as the whole status is a delivery, as
"Partially delivered" is read; an order waiting at the distribution point for its customer is waiting for pickup; a
successful pickup as the whole status is the carrier taking the parcel, as "Pickup successful" is read; a shipment in
staging, ready for booking, ordered, or imported and integrated from the shop's system, and a pickup that failed written
"Pickup fail" (as "Pickup Failed" is read), are before the carrier.

Two groups. MEANING_ENGLISH_35_FIRST_STEPS, first in the first pass's first group (before the thirty-fourth pass's): the
steps after it read "no one present", "could not locate", "available at the pickup location", the words of a pickup
done, "defective", "return to sender cancelled" and "imported" otherwise. MEANING_ENGLISH_35_LATE_STEPS comes after the
thirty-first pass's late group and reads only texts nothing else reads. Left unread: bare "Entered" (a booking entered,
or a parcel entering a country or a network), "Nobody At Location", "Inaccurate Address", "Parcel Not Available" and
"Parcel Too Bulky" (a pickup's or a delivery's reasons, not said), "Address on AWB is correct" (a sub-reason, no state)
and "Other"; "Arrived at Distribution Point" stays read as movement (a courier's pickup point in its source, a
distribution centre in other words).

Written by the team to DESIGN §4 (round 110); the examples are tests/test_status_meaning_english_35.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step
from lossanalytics.normalise.status_words import EN_PERSON

# What is shipped.
_GOODS = r"(?:parcel|package|item|shipment|consignment|order|goods|box)"
# Who sends it.
_SENDER = r"(?:seller|merchant|shipper|sender|retailer|vendor|store|shop|client)"

MEANING_ENGLISH_35_FIRST_STEPS: tuple[Step, ...] = (
    # A pickup that was futile or failed at the pickup location: the parcel is still with its sender (before "no one
    # present" reads a failed delivery, "could not locate" a parcel lost, "available at the pickup location" a parcel
    # waiting for its recipient and the words of a pickup done a parcel moving).
    ("info_received", {
        "en": (r"\bfutile (?:pick ?up|collection)s?\b",
               r"\b(?:no ?one|nobody) (?:was )?(?:present |available |home )?at the pick ?up "
               r"(?:location|address|point)\b",
               r"\b(?:could not|couldn t|cannot|can t|unable to) (?:locate|find) (?:the )?pick ?up "
               r"(?:location|address)\b",
               r"\b(?:not|never) (?:available|ready) at the pick ?up (?:location|address)\b",
               r"\btoo (?:bulky|large|big|heavy) to be (?:picked up|collected)\b"),
    }),
    # A wrong item inside the package, a delivery not attempted because of the parcel: an exception (before
    # "defective" reads a damaged parcel).
    ("exception", {
        "en": (r"\bwrong (?:item|product|goods|article)s? (?:inside|in the (?:package|parcel|box))\b",
               r"^unattempted\W+(?:parcel|package|shipment) (?:issue|issues|problem|problems)$"),
    }),
    # A return to the sender because the shipper cancelled: a return (before "return to sender cancelled" reads a
    # return called off).
    ("returned", {
        "en": (r"^return(?:ed)? to (?:sender|shipper|origin)\W+cancel(?:l)?ed by (?:the )?" + _SENDER + r"\b",),
    }),
    # Imported and integrated from the shop's system: before the carrier (before "imported" reads a parcel moving).
    ("info_received", {
        "en": (r"^imported\W+integrated$",),
    }),
)

MEANING_ENGLISH_35_LATE_STEPS: tuple[Step, ...] = (
    # A futile delivery, the customer changing the delivery date, time or place, a wrong address on the waybill, an
    # address outside the driver's area, a customer at the door who no longer wants a parcel that is fine, a KYC
    # document not shown, a locked door: a failed delivery.
    ("delivery_failed", {
        "en": (r"^futile(?: delivery| attempt| delivery attempt)?s?$",
               r"\b" + EN_PERSON + r" (?:requested|requests|asked for|asks for|wants|wanted) (?:a )?change of delivery "
               r"(?:date|time|day|location|address|place)\b",
               r"\baddress on (?:the )?(?:awb|waybill|air ?waybill|label|consignment note) (?:is|was) "
               r"(?:incorrect|wrong|invalid)\b",
               r"\boutside (?:of )?(?:the )?(?:driver|courier|rider|delivery)(?: s)? (?:coverage|service|delivery) "
               r"(?:area|zone)\b",
               r"^out of (?:the )?delivery (?:area|zone)\W+time (?:limit|window)$",
               r"\b" + _GOODS + r" is fine\W+(?:" + EN_PERSON + r" )?(?:wishes|wants|wanted|asked) to cancel\b",
               r"\bkyc (?:document|documents|docs?|proof) (?:is |was |were )?(?:not available|unavailable|not shown)\b",
               r"^door lock$"),
    }),
    # A partial delivery as the whole status: a delivery, as "Partially delivered" is read.
    ("delivered", {
        "en": (r"^partial delivery$",),
    }),
    # Waiting for the customer at the distribution point: waiting for pickup.
    ("available_for_pickup", {
        "en": (r"^pending (?:customer )?(?:pick ?up|collection) at (?:the |a )?(?:distribution|pick ?up|collection) "
               r"point$",),
    }),
    # A successful pickup as the whole status: the carrier has the parcel, as "Pickup successful" is read.
    ("in_transit", {
        "en": (r"^successful pick ?up$",),
    }),
    # In staging, ready for booking, ordered, a pickup that failed (written "Pickup fail"): before the carrier.
    ("info_received", {
        "en": (r"^(?:in )?staging(?: phase)?$",
               r"^pick ?up fail$",
               r"^ready (?:for booking|to be booked)$",
               r"^ordered$"),
    }),
)
