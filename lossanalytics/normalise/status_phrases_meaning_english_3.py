"""English tracking texts read by their meaning, third pass (round 26, a): the terse operational English of
carriers' systems and of Indian, South-East Asian, Middle-Eastern and African couriers ("Bagging done",
"Shortage at hub", "Under DGR check", "KYC pending", "Landmark required", "Marked for return"), and sentences
of e-mails and SMS the first two passes (status_phrases_meaning_english, _2) did not cover.

The reading follows the hub's own vocabulary: a bag made, opened or added to a connection moves the parcel on;
a shortage (a parcel missing from its bag or manifest), an excess (one that arrived unannounced), a parcel not
connected, offloaded from its flight, held for a dangerous-goods (DGR) check or for the recipient's KYC papers
is the carrier's problem until the text says it was resolved or passed; an offload at a hub is an unloading.
A delivery to a DC, a 3PL or a delivery partner is a hand-over inside the network; a return delivered or
received is back with the sender; a courier's pickup from the seller, cancelled by the courier, is still to
come. A failed SMS, e-mail or OTP message and a refund say nothing of the parcel. At the door, an address the
courier cannot trace, a landmark wanted, a gate pass missing, calls not picked up, an OTP not shared or the
recipient asking to reschedule or to open the parcel first fail the delivery.

Three groups, spliced into the first pass's groups (and so into status_phrases.STEPS) after the second pass's:

- MEANING_ENGLISH_3_FIRST_STEPS, in MEANING_ENGLISH_FIRST_STEPS (before the Indian couriers' English and the
  outcome steps): corrections of the outcome words "failed", "attempt", "cancelled", "damaged", "missing", "could
  not locate", "left with" and "held at hub", and of a courier's reason beside a return or a misroute.
- MEANING_ENGLISH_3_LATE_STEPS, in MEANING_ENGLISH_LATE_STEPS (after the outcome steps, before the general
  "delivered", "on the way", "received at", "hub", "flight" and "clearance" read them).
- MEANING_ENGLISH_3_STEPS, in MEANING_ENGLISH_STEPS: texts nothing else reads.

Written by the team to DESIGN §4 (round 26, a); the examples are tests/test_status_meaning_english_3.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_meaning_english_2 import NOT_LATER, RECIPIENT_WORDS
from lossanalytics.normalise.status_phrases_outcomes import Step

_PARCEL = r"(?:parcel|package|item|shipment|consignment|order|delivery|goods|bag|shpt|cons)s?"
# Whoever carries the parcel to the door in couriers' own words ("FE" is a field executive).
_RIDER = (r"(?:delivery (?:boy|guy|man|person|agent|executive|associate|partner|rider|driver|staff|hero)|fe|field executive|"
          r"rider|courier|driver)")
_LATER_DAY = r"(?:on \d+\b|(?:on )?(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next)\b)"
# A hub problem said to be over is no problem.
_RESOLVED = r"(?:resolved|reconciled|cleared|closed|located|traced|found)"
# Places inside a carrier's network written as couriers write them: a DC, a 3PL, a mother hub, a partner.
_NETWORK = (r"(?:dc|3pl|rpc|mother hub|(?:origin|destination|transit) (?:hub|dc|branch|station|city)|"
            r"(?:delivery|logistics|courier|shipping|last mile|3pl|linehaul|line haul) (?:partner|agent)s?)")

MEANING_ENGLISH_3_FIRST_STEPS: tuple[Step, ...] = (
    # A text message, an e-mail or an OTP that failed says nothing of the parcel.
    ("unknown", {
        "en": (r"^(?!.*\b(?:parcel|package|shipment|consignment|attempt\w*)\b).*?\b(?:sms|e ?mail|text message|"
               r"notification|otp|whatsapp|push notification)s? (?:delivery )?(?:failed|failure|bounced|undelivered|"
               r"not (?:delivered|sent))\b",),
    }),
    # A text that begins with the return names its outcome; the reason after it is why ("Return to origin - address not found"),
    # unless the return was called off ("Return to origin cancelled").
    ("returned", {
        "en": (r"^(?:rto|return to (?:origin|sender|shipper|seller))\b(?! (?:request|pick ?up|label)\w*)"
               r"(?!(?: request| lock)? (?:has been |was |is )?(?:cancel+ed|revoked|withdrawn|reversed|aborted)\b)",),
    }),
    # The delivery boy who left with the order is on the last leg, not a parcel "left with" someone.
    ("out_for_delivery", {
        "en": (_RIDER + r" (?:has )?left (?:the \w+ )?with (?:your|the)\b" + NOT_LATER,),
    }),
    # An attempt planned for today is the last leg; one planned for another day is still to come.
    ("out_for_delivery", {
        "en": (r"^(?:your |the )?(?:\w+ )?(?:will be|is being|to be) (?:re)?attempted (?:for delivery )?today" + NOT_LATER,),
    }),
    ("in_transit", {
        "en": (r"^(?:the )?(?:next |first |1st |re)?delivery attempt (?:is |has been )?(?:scheduled|planned|expected|due|booked) "
               r"(?:for|on)\b",
               r"^(?:your |the )?(?:\w+ )?will be (?:re)?attempted (?:for delivery )?" + _LATER_DAY,
               r"^(?:shipment |parcel |order |package )?not (?:yet )?delivered yet$",
               # Kept at a depot until the next round: not offered to the recipient yet, not held for a problem.
               r"held at (?:the |our |a )?(?:\w+ )?(?:depot|facility|hub|station|office|dc|branch|warehouse) until (?:the )?"
               r"(?:next|following) (?:\w+ )?day"),
    }),
    # The courier called off its collection from the seller: the parcel is still to be handed over.
    ("info_received", {
        "en": (r"pick ?up (?:attempt )?(?:cancel+ed|aborted) by (?:the )?(?:courier|carrier|driver|rider|fe|field executive|agent|"
               r"pick ?up (?:boy|agent|executive))\b",),
    }),
    # Damaged packaging being inspected: the carrier's check, not yet a damaged parcel.
    ("exception", {
        "en": (r"(?:damag\w*|torn|dent\w*|crushed|wet) (?:\w+ ){0,2}(?:packag\w*|box|carton|outer \w+)\b(?: \w+){0,3} "
               r"(?:under|pending|for|awaiting) (?:\w+ )?(?:inspection|check|verification|examination|assessment)",
               # Missing from its bag or manifest at a hub: a shortage to trace, not (yet) declared lost.
               r"(?:missing|not found) (?:from|in) (?:the )?(?:\w+ )?(?:bag|manifest|load|trip|vehicle|container)\b"
               r"(?!.*\b(?:declared|confirmed|presumed) lost\b)",
               # A whole area cut off is the carrier's side, not an address at the door.
               r"(?:area|region|town|city|village|locality) (?:is )?(?:inaccessible|not accessible|cut off|flooded)\b",
               # Misrouted is the carrier's error even where the courier's reason beside it ("wrong pincode") would fail it.
               r"\bmis ?rout(?:ed|ing)\b",
               # Not delivered for the carrier's reason (rain, a breakdown), not the recipient's.
               r"(?:won t|will not) be delivered (?:\w+ ){0,3}(?:due to|because of|owing to)\b"
               r"(?!.*\b(?:refus\w*|not available|unavailable|absent|closed|incomplete|incorrect|wrong)\b)"),
    }),
    # The address, not the parcel, could not be located ("could not locate" alone reads lost).
    ("delivery_failed", {
        "en": (r"(?:could not|couldn t|unable to|cannot|can t|not able to) (?:locate|find|trace) (?:the |your |consignee s |customer s )?"
               r"(?:delivery )?(?:address|location|house|premises|building)\b",),
    }),
)

MEANING_ENGLISH_3_LATE_STEPS: tuple[Step, ...] = (
    # A shop's refund, in any words after it, says nothing of the parcel.
    ("unknown", {
        "en": (r"^(?:your )?refund (?:has been |was |is )?(?:initiated|processed|issued|sent|approved|completed|credited)\b"
               r"(?!.*\b(?:parcel|package|shipment|return\w*|rto|deliver\w*)\b)",
               r"(?:accepted|approved|rejected|declined) (?:the |your |a )?(?:return|refund|cancellation|exchange) request"),
    }),
    # A return delivered or received is back with the sender, before the general step reads "delivered".
    ("returned", {
        "en": (r"\b(?:return|rto|rts) (?:shipment |parcel |package |consignment |item )?(?:delivered|received|accepted|completed)\b",
               # A customer's return collected by the courier is on its way back to the seller.
               r"\b(?:return|reverse)\w* (?:shipment |parcel |package |order |item )?(?:pick ?up )?(?:has been |was )?"
               r"(?:picked up|collected|completed?|done|successful)\b"),
    }),
    # A hub problem resolved, a dangerous-goods check or KYC passed, an unloading at a hub: moving on again.
    ("in_transit", {
        "en": (r"(?:shortage|excess|short) (?:\w+ ){0,2}" + _RESOLVED,
               r"\b(?:dgr?|dangerous goods?|hazmat) (?:check|screening|inspection|clearance|verification|approval) "
               r"(?:is |has been |was )?(?:completed?|passed|cleared|done|ok|approved|successful)",
               r"\bkyc (?:(?!not\b)\w+ )?(?:verified|completed|approved|done|cleared)\b",
               r"^(?!.*\b(?:due to|because|rebook\w*|space|weight|restrict\w*|embargo)\b).*?\boffload\w* "
               r"(?:from (?:the )?(?:truck|vehicle|lorry|van|container|trailer) )?(?:at|in|into) (?:the )?(?:\w+ ){0,2}"
               r"(?:hub|facility|warehouse|depot|dc|station|gateway|terminal|sort\w* cent\w*|branch)\b",
               # Delivered to a DC, a 3PL, a partner: a hand-over inside the network.
               r"(?<!not )delivered (?:to|at) (?:the |a |an |our |its )?(?!wrong )(?:\w+ )?" + _NETWORK + r"\b"
               r"(?!.*\b(?:collect\w*|pick ?up|self)\b)"),
    }),
    # Shortages, excesses, missed connections, offloads, dangerous-goods checks, KYC, weight disputes: the carrier's side.
    ("exception", {
        "en": (r"customs (?:\w+ ){0,2}(?:did not|didn t|refused to|would not|wouldn t|will not|won t) (?:allow|permit|release|clear)\b",
               r"delivered (?:to|at) (?:the |a )?wrong\b", r"\bshortage\b", r"\bshort (?:received|shipped|landed|arrived|bagged)\b", r"^(?:shipment |consignment |bag |parcel )?short$",
               r"\bshort (?:at|in) (?:the )?(?:\w+ )?(?:hub|dc|destination|origin|facility|branch|station)\b",
               r"\bexcess\b(?!.*\b(?:refund\w*|amount|charges?|fees?|payment|paid|cod|cash)\b)",
               r"^(?!.*\b(?:calls?|phone|mobile|number|cnee|consignee|customer|recipient|receiver)\b).*?\bnot (?:been )?connected\b",
               r"\bconnection (?:missed|failed|cancel+ed|lost)\b", r"\bwrong(?:ly)? connect\w*",
               r"^(?!.*\b(?:seller|vendor|merchant|shipper|sender)\b).*?\bnot (?:be(?:en)? )?(?:dispatched|despatched|loaded|forwarded|moved) "
               r"(?:\w+ ){0,2}(?:due to|because of|owing to)\b",
               r"\bnot received (?:at|in|from) (?:the )?(?:\w+ )?(?:hub|dc|facility|destination|branch|station|warehouse|depot|gateway|origin)\b",
               r"\boffload\w*",
               r"\b(?:dgr|dg) (?:check|hold|screening|inspection|clearance|verification|approval|query|issue)\b",
               r"(?:under|pending|awaiting|for|in) (?:\w+ )?(?:dgr|dg)\b",
               # "Held - Pending KYC Document" is read by "held" already.
               r"(?<!held )(?<!hold )(?:awaiting|pending|for|required|need\w*) (?:\w+ )?kyc\b",
               r"\bkyc (?:\w+ )?(?:pending|required|awaited|missing|incomplete|failed|rejected|mismatch|"
               r"not (?:done|completed|verified|provided|submitted|received))\b",
               r"\blying (?:at|in) (?:the )?(?:\w+ ){0,2}(?:hub|dc|facility|branch|station|warehouse|depot|origin|destination)\b",
               r"(?:weight|dimension\w*|volumetric) (?:\w+ )?(?:discrepanc\w*|mismatch|difference|dispute)",
               r"(?:discrepanc\w*|mismatch) in (?:the )?(?:\w+ )?(?:weight|dimensions?)",
               r"(?:contents?|goods|items?|description) (?:\w+ )?(?:not matching|do not match|does not match|don t match|mismatch\w*|"
               r"different from) (?:the |its )?(?:invoice|declaration|description|manifest)"),
    }),
    # To be handed over to the courier: still with the seller.
    ("info_received", {
        "en": (r"(?:will be|to be|yet to be|about to be|ready to be) (?:handed|given)(?: over)? to (?:the |our |a )?(?:courier|carrier|"
               r"driver|(?:logistics|shipping|delivery|courier) partner)\b",
               r"not (?:yet )?(?:been )?handed (?:over )?(?:\w+ ){0,3}by (?:the )?(?:seller|vendor|merchant|shipper|sender|client)s?\b",
               r"will (?:let you know|notify you|inform you|e ?mail you|update you) when (?:it|your order|the order|they) "
               r"(?:ships?|(?:is|has been|are) (?:shipped|dispatched|despatched))",
               r"pick ?up (?:boy|guy|agent|executive|person|rider|driver)s? (?:is |s )?(?:on (?:the|his|her|their) way|en route|coming|"
               r"heading|nearby|assigned)\b"),
    }),
    # Opened at the door and accepted: delivered.
    ("delivered", {
        "en": (r"open delivery (?:done|completed|successful)",
               r"\b" + RECIPIENT_WORDS + r" (?:has )?accepted(?:$| (?:the )?(?:parcel|package|shipment|order|delivery|consignment|goods|item)s?\b"
               r"(?! (?:date|time|slot)))"),
    }),
    # The delivery boy or rider on the way, out to deliver, on the route: the last leg, today.
    ("out_for_delivery", {
        "en": (_RIDER + r"s? (?:is |s |has )?(?:on (?:the|his|her|their) way|en route|nearby|near you|close by|arriving)\b"
               r"(?!.*\b(?:pick ?up|collect)\w*)" + NOT_LATER,
               r"\bout to deliver\b" + NOT_LATER, r"\bofd\b" + NOT_LATER,
               _RIDER + r" (?:is |s |has gone )?out with (?:your|the)\b" + NOT_LATER,
               r"\bout on (?:the |his |her |their )?(?:route|round|run|beat)\b" + NOT_LATER,
               r"^(?:" + _PARCEL + r" )?assigned to (?:a |the |our )?(?:delivery )?(?:rider|driver|courier|fe|field executive|"
               r"delivery (?:boy|agent|associate|executive))$"),
    }),
)

MEANING_ENGLISH_3_STEPS: tuple[Step, ...] = (
    # Reasons at the door in couriers' words: an address they cannot trace, a landmark or gate pass wanted, calls
    # not picked up, an OTP not shared, the recipient asking to reschedule or to open the parcel before paying.
    ("delivery_failed", {
        "en": (r"address (?:is |was )?(?:not traceable|untraceable|unlocatable|not locatable|wrong|incorrect|invalid|insufficient|"
               r"unidentifiable)",
               r"landmark (?:is )?(?:required|needed|missing|not (?:given|provided|mentioned|available|found))",
               r"(?:need|needs|needed|require\w*|without|no) (?:a |the |proper |nearby |any )?landmark",
               RECIPIENT_WORDS + r" (?:has )?request\w* (?:to|for) (?:reschedul\w*|future delivery|later delivery|call later|delivery later)",
               r"not (?:picking|receiving|answering|attending|taking) (?:up )?(?:the |his |her |my |our )?(?:phone|calls?|mobile)",
               r"(?:wants?|wanted|request\w*|asked|insist\w*) (?:\w+ ){0,2}(?:open|check|inspect|see|verify) (?:the |his |her )?"
               r"(?:package|parcel|shipment|box|order|product|item|contents) "
               r"before (?:payment|paying|accepting|acceptance|delivery|pod)",
               r"gate ?pass (?:\w+ )?(?:not|required|needed|missing|unavailable|denied)",
               r"(?:entry|access) (?:is |was )?(?:not allowed|not permitted|denied|restricted|refused)",
               r"no entry (?:for|to) (?:the )?(?:couriers?|delivery|riders?|outsiders|vehicles?)",
               r"(?:restricted|prohibited) (?:area|zone|premises)|(?:area|zone|premises) (?:is )?(?:restricted|prohibited)\b",
               r"holiday at (?:the )?(?:consignee|customer|recipient|receiver|delivery) (?:location|address|premises|end|place|office)",
               r"^(?:(?:ud|undelivered|ndr|not delivered) )?cna$",
               RECIPIENT_WORDS + r" (?:has )?(?:asked|requested|wants?|wanted) (?:\w+ ){0,2}deliver\w* (?:\w+ ){0,2}(?:tomorrow|later|next|another|"
               r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
               r"(?:wrong|incorrect|invalid) (?:\w+ )?(?:phone|mobile|contact|telephone) (?:number|no)\b",
               r"(?:calls?|phone|mobile|number) (?:\w+ )?not (?:connected|connecting)\b",
               # Customs refusing the goods entry is a hold, not a door closed to the courier.
               r"^(?!.*\b(?:customs|import|border|country)\b).*?\b(?:not|n t|does not|doesn t|did not|didn t|won t|refus\w*) "
               r"(?:allow|allowing|permit|permitting|let|letting) (?:\w+ ){0,2}"
               r"(?:entry|access|in|inside|delivery (?:boys?|persons?|agents?|executives?|staff)|couriers?|riders?|outsiders)\b",
               r"\bndr (?:raised|created|generated|marked|initiated|reported|filed|opened)\b",
               r"\botp (?:\w+ )?(?:not (?:shared|provided|given|disclosed)|refused|mismatch|invalid|incorrect|wrong)",
               # Out of the delivery area (ODA): couriers file it as a reason for not delivering.
               r"\boda (?:location|area|pin ?code|address|region|zone)\b"),
    }),
    # A parcel that arrived at a hub with no manifest behind it.
    ("exception", {
        "en": (r"\bun ?manifest\w*",),
    }),
    # A bag made, opened, emptied or added to a connection, a trip or a manifest; a pickup done: moving on.
    ("in_transit", {
        "en": (r"\b(?:de ?)?bagg(?:ing|ed)\b",
               r"\bbag (?:opened|closed|sealed|created|added|received|dispatched|despatched|forwarded|scanned|formed|connected|"
               r"inscanned|outscanned)\b",
               r"added to (?:the |a )?(?:bag|trip|connection|manifest|load|vehicle|truck)\b",
               r"(?<!not )(?<!not been )\bconnected (?:via|by|through|on) (?:road|air|flight|surface|rail|train|truck|vehicle)\b",
               r"landmark (?:has been |was )?(?:updated|provided|shared|added|given)\b",
               r"packed (?:in|into) (?:a |the )?(?:master bag|bag|sack|container|uld|pallet)\b",
               r"(?:vendor|seller|shipper|merchant|client) hand ?over (?:is |has been )?(?:completed?|done|successful)",
               r"will be contacted (?:for|before|to arrange) (?:the )?delivery",
               r"will (?:call|contact|phone|ring|text) you (?:\w+ ){0,2}before (?:the )?(?:delivery|delivering|arriving)(?!.*\btoday\b)",
               r"(?:delivery (?:rider|driver|associate|agent|executive|boy|person)|for delivery) (?:\w+ ){0,2}(?:assigned|scheduled) "
               r"(?:for )?(?:tomorrow|next \w+|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
               # From the seller (a pickup "completed by the recipient" is theirs, not the courier's).
               r"(?<!reverse )(?<!return )pick ?up (?:is |has been |was )?(?:completed?|done|successful|finished)"
               r"(?:$| (?:from|at) (?:the |a )?(?:seller|vendor|merchant|shipper|sender|client|warehouse|origin)s?\b|"
               r" by (?:the |our )?(?:rider|courier|driver|fe|field executive|agent|carrier)\b)"),
    }),
    # The courier on the way to collect from the seller; the shipment's data sent: no parcel with the carrier yet.
    ("info_received", {
        "en": (r"\bout for (?:pick ?up|collection)\b", r"ready for hand ?over\b(?! (?:to|at) (?:the )?" + RECIPIENT_WORDS + r")",
               r"(?:order|item|seller|merchant|vendor)s? (?:has |have )?(?:been )?packed\b(?! (?:in|into) )",
               r"(?:shipment|consignment|order|shipping|parcel) (?:information|info|data) (?:has been |was |is )?(?:uploaded|transmitted|"
               r"submitted|sent|shared)\b"),
    }),
    ("delivered", {
        "en": (r"\bdlvd (?:to |at )?(?:cnee|consignee|customer|recipient|receiver|addressee|self|security|guard|reception\w*|"
               r"neighbou?r|family)\b",),
    }),
    # Waiting for the recipient to collect it themselves.
    ("available_for_pickup", {
        "en": (r"(?:ready|available|awaiting|waiting) (?:for )?self ?(?:collection|pick ?up)\b",),
    }),
    ("returned", {
        "en": (r"(?:marked|flagged|tagged|processed|scheduled|set|booked) for (?:rto|rts|return(?! pick ?up| request))\b",),
    }),
)
