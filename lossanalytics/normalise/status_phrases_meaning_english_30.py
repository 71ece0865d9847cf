"""English tracking texts read by their meaning, thirtieth pass (round 80): the ends of a parcel's journey and the states
around them as status tables, shop tracking pages and courier platforms word them ("Package is being delivered
shortly", "Package must be collected from destination", "With neighbor", "Postage paid", "Withheld", "Package contained
illegal contents", "Approved; ready for courier assignment", "Needs address/phone update", "Pending / Created").

The reading follows where the parcel is and who holds it (DESIGN §4). A parcel being delivered shortly, soon or today is
on its last leg: out for delivery (a parcel "being delivered" with no time named stays on its way). A parcel that must,
needs to or has to be collected or picked up from or at a place waits there for the recipient: available for pickup
(collected from the sender, the shipper or a warehouse is a collection that moves it on, left alone). A parcel with a
neighbour, said on its own, was delivered to a third party: delivered. Postage paid, said on its own or as the sender
having paid for it, is before the carrier has the parcel; so is a shipment approved or ready for a courier to be
assigned, and a status that is pending or created, said on its own. A parcel withheld, said on its own, is held: an
exception; so is one found to contain illegal, prohibited or forbidden contents (seized, held by an authority), and one
that needs its address or phone number updated or corrected (an address being corrected). A parcel on its way,
heading or being sent back to us (the shop or sender speaking), bounced back, sent back (said on its own), received or
signed for by the sender, the shipper or the merchant (as the text opens), or whose return the sender's side received,
is a return; one at a parcel point, pickup point or locker, said on its own, waits there for the recipient; one the
carrier says could not be found, located or traced is lost, as "unable to locate" is; a consignment, shipment, label or
booking deleted, said on its own, is cancelled, as a voided label is.

Two groups. MEANING_ENGLISH_30_FIRST_STEPS comes first in the first pass's first group (before the twenty-eighth pass's):
the outcome steps after it read "is being delivered", "on its way" and "received by" as a parcel on its way and
"collected" as a collection from the sender. MEANING_ENGLISH_30_LATE_STEPS comes after the twenty-eighth pass's late
group: the texts it reads are read by nothing earlier (a return, a loss or a delivery named beside them is read before
it).

Written by the team to DESIGN §4 (round 80); the examples are tests/test_status_meaning_english_30.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# A place the collection is from that is the sender's side, not a pickup point.
_SENDER_SIDE = r"(?!(?: \w+){0,3} (?:sender|shipper|merchant|seller|vendor|warehouse|store|shop)s?\b)"

MEANING_ENGLISH_30_FIRST_STEPS: tuple[Step, ...] = (
    # Being delivered shortly, soon or today: the last leg (before "is being delivered" reads a parcel on its way).
    ("out_for_delivery", {
        "en": (r"\bbeing delivered (?:shortly|soon|today|right now|now|this (?:morning|afternoon|evening))\b",),
    }),
    # On its way, heading or being sent back to us (the shop or sender speaking): a return (before "on its way" reads a
    # parcel moving on).
    ("returned", {
        "en": (r"\b(?:on (?:its|the|their) way|heading|travell?ing|being sent|being shipped|coming|going) back to us\b",),
    }),
    # A parcel received or signed for by the sender's side, as the text opens: a return that reached it (before
    # "received by" reads a parcel taken in on its way; a return named before it is read by the return steps, and an
    # order received by the seller is an order placed, before the carrier).
    ("returned", {
        "en": (r"^(?:(?:the |your )?(?:parcel|package|item|shipment|consignment)s? )?(?:has been |have been |was |were |"
               r"is )?(?:successfully )?(?:received|signed for|taken back) by (?:the |its |their )?"
               r"(?:sender|shipper|consignor|merchant|seller|retailer)\b",),
    }),
    # Must, needs to or has to be collected from or at a place: waiting there (before "collected" reads a collection).
    ("available_for_pickup", {
        "en": (r"\b(?:must|needs? to|has to|have to|is to|are to) be (?:collected|picked up) (?:from|at)\b" + _SENDER_SIDE,),
    }),
)

MEANING_ENGLISH_30_LATE_STEPS: tuple[Step, ...] = (
    # Bounced back, sent back said on its own, the sender's side having received the return: a return.
    ("returned", {
        "en": (r"\b(?:was |has been |been |is |got )?bounced back\b",
               r"^(?:(?:parcel|package|item|shipment|consignment|order) )?(?:has been |was |is being |being )?sent back$",
               r"\b(?:sender|shipper|consignor|merchant|seller|retailer|warehouse) (?:has )?(?:received|accepted) "
               r"(?:the |your |a )?return(?:ed)?\b"),
    }),
    # At a parcel point, pickup point or locker, said on its own: waiting there for the recipient.
    ("available_for_pickup", {
        "en": (r"^(?:now )?at (?:the |a |your )?(?:parcel|pickup|pick up|collection) (?:point|shop|locker|station)$",),
    }),
    # A parcel that could not be found or located by the carrier: lost, as "unable to locate" is.
    ("lost", {
        "en": (r"\b(?:parcel|package|item|shipment|consignment|order)s? (?:could not|couldn t|cannot|can not|can t) be "
               r"(?:found|located|traced)\b",),
    }),
    # A consignment, shipment, label or booking deleted, said on its own: cancelled, as a voided label is.
    ("cancelled", {
        "en": (r"^(?:consignment|shipment|label|shipping label|waybill|awb|booking)s? (?:has been |have been |was |were )?"
               r"deleted$",),
    }),
    # With a neighbour, said on its own: delivered to a third party.
    ("delivered", {
        "en": (r"^(?:left |delivered )?with (?:a |the |your )?neighbou?r$",),
    }),
    # Postage paid, approved or ready for a courier to be assigned, pending or created said on its own: before the
    # carrier has the parcel.
    ("info_received", {
        "en": (r"^(?:postage|shipping|label) (?:has been |was |is )?paid$",
               r"\b(?:sender|shipper|merchant|seller) (?:has |have )?paid (?:for )?(?:the )?(?:postage|shipping label)\b",
               r"\b(?:ready for|awaiting|waiting for|pending) (?:a )?(?:courier|driver|rider) (?:assignment|allocation)\b",
               r"^(?:pending|created) (?:or |and )?(?:pending|created)$"),
    }),
    # Withheld said on its own, illegal or prohibited contents found, an address or phone number to update: held.
    ("exception", {
        "en": (r"^(?:(?:parcel|package|item|shipment) )?(?:was |is |has been )?withheld$",
               r"\bcontain(?:s|ed|ing)? (?:illegal|prohibited|forbidden|restricted|dangerous) "
               r"(?:contents?|items?|goods|articles?|substances?|materials?)\b",
               r"^(?:needs?|requires?) (?:an? |the )?(?:address|phone|contact)(?: (?:or|and) | )?(?:address |phone |contact )?"
               r"(?:number |details )?(?:update|correction|change)\b"),
    }),
)
