"""English tracking texts read by their meaning, eleventh pass (round 41): the English of UK shipping platforms' tracking
events and milestones, a UK carrier's webhook event and notification names, a UK pallet carrier's booking system and a
UK parcel carrier's help page ("Collection from safe place failed due to a packaging issue", "The scheduled collection
has been updated or amended after booking.", "The shipment is ready for recipient collection from the carrier
facility.", "Picked Up By Consumer", "Duty Not Paid", "Created By EZEEWEB", "Advised").

The reading follows whose hands the goods are in and who collects them from whom: a collection is the carrier's from the
sender, so one booked, amended, attempted and not made or failed leaves the goods with the sender, while goods collected
from the sender's safe place or retrieved by the courier from the sender's location are on their way; the recipient's
collection is the other end, so goods ready for the recipient's collection wait for them and goods collected from the
collection point or picked up by the consumer are delivered; a status set after generating a label, shipment data
processed, the customer's data, a booking created in a system and a shipment advised are only data; a shipment received
is with the carrier, one moving between hubs is not yet on the round, one in progress moves on; an address or a
recipient not known fails the delivery; duty not paid or a reminder to pay it, and a shipment retained, are holds.

Three groups, spliced into the first pass's groups (and so into status_phrases.STEPS) after the tenth pass's:

- MEANING_ENGLISH_11_FIRST_STEPS, in MEANING_ENGLISH_FIRST_STEPS (before the outcome steps read "attempted" and "not
  possible" as a failed delivery, "safe place" as a delivery, "collection point" as a parcel waiting for its recipient,
  "facility" and "picked up" as a movement, "en route to the customer" as the round and "has received" as a movement).
- MEANING_ENGLISH_11_LATE_STEPS, in MEANING_ENGLISH_LATE_STEPS (before the broad word "processed" moves the parcel on).
- MEANING_ENGLISH_11_STEPS, in MEANING_ENGLISH_STEPS: texts nothing else reads.

Written by the team to DESIGN §4 (round 41); the examples are tests/test_status_meaning_english_11.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# The goods, as a platform or a carrier names them.
_GOODS = r"(?:the |your |a )?(?:shipment|parcel|package|consignment|item|goods|order)s?"
# The person a carrier delivers to, named from its side.
_RECIPIENT = r"(?:the )?(?:recipient|customer|consumer|consignee|addressee|receiver)(?: s)?"
# A place where the carrier's collection from the sender happens or a recipient's collection is waited for.
_SAFE_PLACE = r"(?:a |the )?(?:designated |specified |agreed )?safe ?place"

MEANING_ENGLISH_11_FIRST_STEPS: tuple[Step, ...] = (
    # The carrier's collection from the sender attempted and not completed or failed (at the sender's safe place too): the
    # goods are still with the sender, before "attempted", "not possible" and "safe place" read a delivery or a failed one.
    ("info_received", {
        "en": (r"^(?:the )?collection (?:attempt )?(?:from " + _SAFE_PLACE + r" )?(?:has )?failed\b",
               r"^(?:the )?collection (?:was |has been )?attempted but not (?:completed|made)\b"),
    }),
    # Collected from the sender's safe place, retrieved by the courier from the sender's location: on its way, before
    # "safe place" reads a delivery.
    ("in_transit", {
        "en": (r"\bcollected from " + _SAFE_PLACE + r"\b",
               r"\b(?:courier|driver|carrier) has retrieved " + _GOODS + r" from\b"),
    }),
    # Collected from the collection point, picked up by the consumer: the recipient has it, before "collection point"
    # reads a parcel waiting and "picked up" a movement; not when the words deny it ("not picked up by the recipient").
    ("delivered", {
        "en": (r"(?<!not )(?<!never )\b(?:successfully )?collected from the (?:collection|pick ?up) point\b",
               r"(?<!not )(?<!never )\bpicked up by " + _RECIPIENT + r"$"),
    }),
    # Ready for the recipient's collection: it waits for them, before "facility" moves it on.
    ("available_for_pickup", {
        "en": (r"\bready for " + _RECIPIENT + r" collection\b",),
    }),
    # A status set once a label is generated: only data, before "has received" moves the goods on.
    ("info_received", {
        "en": (r"\b(?:status )?(?:after|on|upon) (?:generating|creating|printing) (?:a |the )?(?:shipping )?label\b",),
    }),
    # Moving between hubs: not yet the round, before "en route to the customer" reads it.
    ("in_transit", {
        "en": (r"\bmoving between (?:hubs|depots|facilities|sites)\b",),
    }),
)

MEANING_ENGLISH_11_LATE_STEPS: tuple[Step, ...] = (
    # Shipment data processed in the system: only data, before "processed" moves the parcel on.
    ("info_received", {
        "en": (r"^(?:shipment |parcel |order |consignment )?data (?:has been |was )?(?:successfully )?processed\b",),
    }),
)

MEANING_ENGLISH_11_STEPS: tuple[Step, ...] = (
    # A collection booked, confirmed, amended or rescheduled; the customer's data; a booking created in a system; a
    # shipment advised: still with the sender.
    ("info_received", {
        "en": (r"^(?:the )?(?:scheduled )?collection (?:booking |request )?(?:has been |was )?(?:successfully )?"
               r"(?:booked|confirmed|updated|amended|rescheduled)\b",
               r"^(?:customer|shipper|sender|consignor) data(?: received)?$",
               r"^(?:consignment |shipment |booking )?created by \w+$",
               r"^(?:shipment |consignment |parcel )?advised$"),
    }),
    # A shipment received, a shipment in progress: with the carrier and moving.
    ("in_transit", {
        "en": (r"^(?:shipment|parcel|package|consignment) received$",
               r"^(?:shipment |consignment )?in progress$"),
    }),
    # An address or a recipient the carrier does not know: the delivery failed.
    ("delivery_failed", {
        "en": (r"^(?:the )?(?:delivery )?(?:address|recipient|addressee|consignee) (?:is )?not known$",),
    }),
    # Duty not paid or a reminder to pay it, a shipment retained: held.
    ("exception", {
        "en": (r"^dut(?:y|ies)(?: and taxes)? (?:not paid|unpaid)$",
               r"\bdut(?:y|ies) payment reminder\b",
               r"^(?:shipment|parcel|consignment) retention$"),
    }),
)
