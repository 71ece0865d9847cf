"""English tracking texts read by their meaning, thirty-fourth pass (round 100): the time before the carrier has the
parcel and the exceptions as shipment event classifications, tracking enums, sub-status lists, tracking tools' help
pages and status decoders say them ("booking confirmation", "booked with the carrier", "packed and ready for handover",
"the physical package hasn't been received", "the carrier has not picked up the package yet", "still with the seller",
"required shipment data is missing", "waiting for customer action", "behind the expected arrival date", "an issue has
occurred", "too large for delivery", "consignee absence", "no safe delivery location").

The reading follows where the parcel is and who holds it (DESIGN §4). A booking with the carrier (made, requested,
confirmed or accepted), a shipment booked with the carrier or whose transport was requested, a shipment packed and
ready for handover or dispatch, package information received while the physical package is not, a label that exists
or a carrier that has not yet picked the parcel up, a parcel still with the seller or that the seller still has, and a
shipment added with no tracking event yet are before the carrier (where "accepted", "transport", "process" and
"package is still with" read a parcel moving). A shipment arriving at a facility, depot or terminal, and one handed
over for further transport, are on their way (where "delivered to the consignee" in "not necessarily delivered" reads
an outcome and "parcel shop" a parcel waiting for its recipient). Required shipment data missing or incomplete, a
parcel waiting for its customer's action, a shipment behind its expected arrival date, an issue that has occurred, a
parcel too large for delivery, and missing parts of a shipment are exceptions (where "processing" and "arrival" read a
parcel moving). A consignee's absence, an address that cannot be located and no safe delivery location are failed
deliveries (where "cannot be located" reads a parcel lost).

One group, MEANING_ENGLISH_34_FIRST_STEPS, first in the first pass's first group (before the thirty-third pass's): the
steps after it read "accepted", "transport", "process", "package is still with", "delivered to the consignee",
"parcel shop", "processing", "arrival" and "cannot be located" otherwise. A bare "Waiting for Customer" is left unread
(waiting for the customer's action, or for the customer to collect); no phrase is written for a shipment "rescheduled
for delivery" (by request or after an attempt).

Written by the team to DESIGN §4 (round 100); the examples are tests/test_status_meaning_english_34.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step
from lossanalytics.normalise.status_words import EN_GOODS

# Who sends it.
_SENDER = r"(?:seller|merchant|shipper|sender|retailer|vendor|store|shop)"
# Who receives it.
_RECIPIENT = r"(?:consignee|recipient|receiver|addressee|customer)"

MEANING_ENGLISH_34_FIRST_STEPS: tuple[Step, ...] = (
    # An address that cannot be located, a consignee's absence, no safe place to leave it: a failed delivery (before
    # "cannot be located" reads a parcel lost).
    ("delivery_failed", {
        "en": (r"\baddress\b[^.;]{0,40}\bcannot be (?:located|found)\b",
               r"\b" + _RECIPIENT + r"(?: s)? absence\b",
               r"\bno safe (?:delivery )?(?:location|spot)\b"),
    }),
    # Data missing, waiting for the customer's action, behind the expected date, an issue occurred, too large for
    # delivery, parts missing: an exception (before "processing" and "arrival" read a parcel moving).
    ("exception", {
        "en": (r"\b(?:required |shipment |consignment )+data (?:is |are )?(?:missing|incomplete|inconsistent)\b",
               r"\bwaiting for (?:the )?(?:" + _RECIPIENT + r"|your)(?: s)? action\b",
               r"\bbehind (?:the |its )?(?:expected|estimated|scheduled|planned) (?:arrival|delivery)(?: date| time)?\b",
               r"^an? (?:issue|problem) has occurred\b",
               r"\btoo (?:large|big|heavy|bulky) for (?:home )?delivery\b",
               r"^(?:shipment |consignment )?missing (?:parts|pieces)\.?$"),
    }),
    # Arriving at a facility, handed over for further transport: on its way (before "delivered" in "not necessarily
    # delivered" reads an outcome and "parcel shop" a parcel waiting for its recipient).
    ("in_transit", {
        "en": (r"\barrival of the " + EN_GOODS + r" at (?:a|the) (?:facility|depot|terminal|hub)\b",
               r"\bhanded (?:over )?(?:to|at) [^.;]{0,50}\bfor (?:further|onward) (?:transport|transportation|carriage)\b"),
    }),
    # Booked with the carrier, packed and ready for handover, information without the parcel, not yet picked up, still
    # with the seller, no tracking event yet: before the carrier.
    ("info_received", {
        "en": (r"^(?:shipment |carrier )?booking(?: confirmation| confirmed| created)?\.?$",
               r"\b(?:shipment |transport )?booking with (?:the|a) carrier (?:has been |was )?(?:confirmed|accepted|made|created)\b",
               r"\b(?:has been|was|is) booked with (?:the|a) carrier\b",
               r"\btransport (?:has been |was )?requested\b",
               r"\bpacked (?:or repacked )?and (?:is )?ready for (?:hand ?over|dispatch|despatch|collection)\b",
               r"\b(?:package|parcel|shipment) information has been received\b",
               r"\bphysical (?:package|parcel|shipment|item) (?:has not|hasn t|has not yet|not yet)(?: been)? (?:received|arrived)\b",
               r"\blabel exists\b",
               r"\bcarrier has not (?:yet )?(?:picked up|collected|scanned)\b",
               r"\bstill with the " + _SENDER + r"\b",
               r"\b" + _SENDER + r" still has (?:it|the " + EN_GOODS + r")\b",
               r"\bno (?:tracking )?events? (?:received |recorded |reported )?yet\b"),
    }),
)
