"""English tracking texts read by their meaning, fifth pass (round 28, a): the scan codes of Indian, South-East Asian
and Chinese cross-border lines written in words ("Bag in-scan", "Connection created to Chennai", "Manifested to
destination hub", "Tail-end delivery provider received the parcel"), their misspellings, Middle-East couriers' and
marketplaces' order steps ("Awaiting seller dispatch", "Pickup assigned to rider", "Self collected"), and the
operations notes of a hub or a flight ("Sorting center overflow", "Space not available on flight", "Bag missing",
"Not uplifted", "Border closed").

The reading follows whose side a step is on and what has happened to the parcel: a manifest closed or dispatched to a
hub, a connection made, a size verified are moves inside the network, not the sender's data; a parcel held at an
origin or a transit facility is the carrier's hold, not one kept for the recipient; a failed attempt followed by "will
be delivered" or "returning to hub" is still the failed attempt, and a delivery that "will be attempted" another day
is still to come; a consignee who could not be located failed the delivery, the parcel was not lost; a refusal over
damaged packaging is a refusal; a parcel dropped at a service point by the sender has started its journey; a return
label is nothing yet.

Three groups, spliced into the first pass's groups (and so into status_phrases.STEPS) after the fourth pass's:

- MEANING_ENGLISH_5_FIRST_STEPS, in MEANING_ENGLISH_FIRST_STEPS (before the outcome steps read "attempted",
  "could not locate", "damaged", "returning" and "undelivered").
- MEANING_ENGLISH_5_LATE_STEPS, in MEANING_ENGLISH_LATE_STEPS (after the outcome steps, before the general
  "held at facility", "service point", "will be delivered", "manifest", "label created" and the broad "left",
  "collected", "accepted", "reached", "hub" and "customs" read them).
- MEANING_ENGLISH_5_STEPS, in MEANING_ENGLISH_STEPS: texts nothing else reads.

Written by the team to DESIGN §4 (round 28, a); the examples are tests/test_status_meaning_english_5.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_meaning_english_2 import NOT_LATER, RECIPIENT_WORDS, SENDER_WORDS
from lossanalytics.normalise.status_phrases_outcomes import Step

# "cust" and "cx" are couriers' shorthand for the customer.
_PERSON = r"(?:" + RECIPIENT_WORDS + r"|cust|cx|addressee)"
# Places inside a carrier's network.
_NETWORK_PLACE = (r"(?:depot|hub|(?:sort\w*|parcel|processing|distribution|delivery|service) cent(?:er|re)|gateway|dc|station|"
                  r"branch|terminal|facility|warehouse|delivery office|transit point)")
_UNABLE = r"(?:could not|couldn t|cannot|can t|unable to|not able to|was unable to|failed to)"
# The carrier's own causes named right after a non-delivery ("Undelivered - heavy rain").
_OPERATIONS_CAUSE = (r"(?:(?:heavy |bad |severe |inclement )?(?:rain\w*|weather|storms?|floods?|flooding|snow\w*|fog|typhoon|cyclone)|"
                     r"vehicle (?:breakdown|break ?down|issue|problem)|strike|curfew|lockdown|road (?:closure|closed|block\w*)|"
                     r"(?:public |bank |national )?holiday|lack of time|time constraints?)")
# Not said to have failed: a hand-over or a delivery that did not happen is not a move.
_NOT_FAILED = r"(?!.*\b(?:fail\w*|unsuccessful|not possible|not done)\b)"

MEANING_ENGLISH_5_FIRST_STEPS: tuple[Step, ...] = (
    # A delivery that will be attempted again is still to come, today or on another day, before "attempted" fails it.
    ("out_for_delivery", {
        "en": (r"^(?:(?:re ?)?delivery )?(?:will|shall) be (?:re ?)?attempted (?:again )?today\b" + NOT_LATER,),
    }),
    ("in_transit", {
        "en": (r"^(?:(?:re ?)?delivery |(?:the )?(?:next |\d(?:st|nd|rd|th) |second |third |final )?attempt )?(?:will|shall) be "
               r"(?:re ?)?(?:attempted|made)\b(?!.*\b(?:fail\w*|unsuccessful|not available|refus\w*)\b)",),
    }),
    # Not delivered for the carrier's own cause named right after it ("Undelivered - heavy rain"): its problem.
    ("exception", {
        "en": (r"^(?:undelivered|not delivered|delivery (?:failed|unsuccessful)) (?:due to )?(?:the |a )?" + _OPERATIONS_CAUSE + r"$",),
    }),
    # A consignee or an address that could not be located: a failed delivery, not a lost parcel; a refusal over the
    # damaged packaging it names is a refusal, not a damage; a failed attempt taken back to the hub is no return.
    ("delivery_failed", {
        "en": (_UNABLE + r" (?:to )?(?:locate|find|trace) (?:the )?(?:" + _PERSON + r"|address|house|premises|residence|building)\b",
               r"^(?:refused|rejected|declined)\b(?: \w+){0,4}? (?:damaged|torn|broken|crushed|opened|tampered) (?:outer )?"
               r"(?:packag\w*|box|carton|seal|parcel|cover)",
               r"^(?:refused|rejected|declined)\b(?: \w+){0,4}? (?:packag\w*|box|carton|seal|cover) (?:is |was )?(?:damaged|torn|broken|"
               r"crushed|opened|tampered)\b",
               r"^(?:damaged|torn|broken|crushed|opened|tampered) (?:outer )?(?:packag\w*|box|carton|seal|cover)\b(?: \w+){0,2}? "
               r"(?:refused|rejected|declined) by (?:the )?" + _PERSON + r"\b",
               # Back to the sender's warehouse or origin is a return, left to the outcome steps; so is a parcel
               # "returned" or "sent back" anywhere, as carriers and trackers file those words.
               r"(?!.*\b(?:sender|shipper|seller|merchant|origin|rto|rts)\b)(?:failed|unsuccessful) (?:delivery )?attempt\w*\b"
               r"(?: \w+){0,3}? (?:taken back|brought back) to (?:the )?(?:\w+ )?" + _NETWORK_PLACE + r"\b"),
    }),
    # The courier's visit to the sender, not to the recipient ("Pickup attempted"): no parcel with the carrier yet.
    ("info_received", {
        "en": (r"^pick ?up attempted$",),
    }),
    # Damaged packaging held for its contents to be checked: the carrier's check, before "damaged" ends the parcel.
    ("exception", {
        "en": (r"(?:packag\w*|box|carton|wrapping) (?:is |was )?damaged\b(?: \w+){0,3}? (?:held|kept) (?:for )?(?:inspection|check\w*|"
               r"verification|examination)\b",),
    }),
    # A parcel a hub or a depot cannot find is its problem to trace, not yet a parcel declared lost.
    ("exception", {
        "en": (r"(?:not found|not traceable|untraceable|not located) (?:at|in) (?:the )?(?:\w+ )?" + _NETWORK_PLACE + r"\b",),
    }),
    # Returned to the sender, whatever reason follows ("- address not found"): a return, before the reason fails it.
    ("returned", {
        # An origin hub or facility is a place of the network, not the sender.
        "en": (r"^return(?:ed|ing)? to (?:the )?(?:sender|shipper|seller|merchant|consignor|vendor|"
               r"origin(?! (?:hub|facility|station|branch|depot|dc|gateway|warehouse|sort\w*|country|office)\b))\b"
               r"(?! (?:request\w*|cancel\w*|revoked|withdrawn|reversed|aborted|label)\b)",),
    }),
    # A sender's return label made, a fee charged for a weight found different: no parcel has moved yet, nor is one on its
    # way back, and money is not the parcel.
    ("unknown", {
        "en": (r"received (?:your |the )?(?:return|refund|exchange|cancellation) request\b",
               r"(?:weight|dimension\w*|volumetric) (?:\w+ )?(?:discrepancy|dispute|difference) (?:charge|fee|surcharge)s? "
               r"(?:has been |was )?(?:applied|charged|levied|debited|deducted)\b",
               r"^return (?:shipping )?label (?:has been |was )?(?:created|generated|printed|issued|sent|e ?mailed)$",),
    }),
)

MEANING_ENGLISH_5_LATE_STEPS: tuple[Step, ...] = (
    # The sender's and the shop's side: an order received or accepted, a pickup assigned or awaited, a parcel packed and
    # waiting for the courier, a hand-over or a dispatch still to come, the courier unable to collect.
    ("info_received", {
        "en": (r"^(?:we (?:have |ve )?)?received your order\b(?!.*\b(?:" + _NETWORK_PLACE + r"|post office|counter)\b)",
               r"^(?:your )?order (?:has been |was )?accepted\b(?!.*\b(?:" + _NETWORK_PLACE + r"|post office|counter)\b)",
               r"pick ?up (?:has been |is )?(?:assigned|allocated) to (?:the |a |our )?(?:rider|courier|driver|agent|executive|fe)\b",
               r"pick ?up (?:is )?(?:pending|awaited|scheduled) (?:from|at|with) (?:the )?" + SENDER_WORDS + r"\b",
               r"^pick ?up (?:is )?awaited$",
               r"(?:packed|labell?ed) (?:and |& )(?:awaiting|waiting for|pending) (?:the )?(?:courier|carrier|driver|rider|"
               r"pick ?up|collection)\b",
               # Ready and waiting for the recipient's collection is not the courier's.
               r"ready (?:and |& )(?:awaiting|waiting for|pending) (?:the )?(?:courier|carrier|driver|rider)\b",
               r"(?:pending|awaiting|waiting for) (?:hand ?over|handover|drop ?off) to (?:the )?(?:carrier|courier|post)\b",
               r"^(?:drop ?off|hand ?over|handover) (?:is )?pending$", SENDER_WORDS + r" to drop (?:it )?off\b",
               r"^(?:\w+ )?yet to be (?:shipped|dispatched|despatched|handed over)\b",
               SENDER_WORDS + r" (?:is )?yet to (?:ship|dispatch|despatch|hand)\b",
               r"(?:awaiting|pending) " + SENDER_WORDS + r" (?:dispatch|despatch|shipment|to ship)\b",
               r"(?:courier|driver|rider|carrier) " + _UNABLE + r" (?:pick ?up|collect)\b"
               r"(?! (?:the )?(?:cash|cod|payment|amount|money|fees?|signature|duties|charges)\b)",
               r"^(?:the |your )?(?:shipment|consignment|parcel|order|item|package)s? (?:has been |have been |was )registered$",
               r"\b(?:asn|advance (?:shipment|shipping) notice|shipment notification) (?:has been |was )?received\b",
               r"^(?:shipment |shipping )?data (?:has been |was )?uploaded$",
               r"shipping information approved by\b",
               r"^labell?ed$", r"^packing$", r"^(?:order )?in fulfil+ment$"),
    }),
    # A return received by the shop: back with the sender.
    ("returned", {
        "en": (r"^(?:we (?:have |ve )?)?received (?:your|the) return\b(?! (?:request|label|form)\b)",),
    }),
    # Collected by the recipient in their own words, before the broad "collected" moves it.
    ("delivered", {
        "en": (r"^self ?collected\b",),
    }),
    # Moves inside the network that the words for data, a pickup place or a hold would take: a manifest closed or
    # dispatched to a hub, a parcel dropped off by its sender, the last-mile provider receiving it.
    ("in_transit", {
        # A manifest "closed" alone may be the seller's, before the pickup.
        "en": (r"manifest(?:ed)? (?:and |& )?(?:dispatched|despatched|forwarded)\b",
               r"manifested (?:to|for) (?:the )?(?:\w+ ){0,2}" + _NETWORK_PLACE + r"\b",
               r"added to (?:a |the )?manifest (?:to|for) (?:the )?(?:\w+ ){0,2}" + _NETWORK_PLACE + r"\b",
               r"dropped(?: off)? (?:at (?:the |a )?(?:\w+ ){0,2}(?:service point|post office|parcel ?shop|drop ?off point|locker|"
               r"counter|store|branch) )?by (?:the )?" + SENDER_WORDS + r"\b",
               r"(?:tail ?end|last ?mile|local|final ?mile) (?:delivery )?(?:provider|partner|carrier|courier|company) (?:has )?"
               r"(?:received|accepted|collected)\b",
               r"delivered (?:to|at) (?:the )?(?:\w+ )?" + _NETWORK_PLACE + r" for (?:onward|further|final|last mile) "
               r"(?:delivery|transport|shipping|transit)\b",
               # Not the recipient's pickup at a counter or a locker.
               r"(?<!customer )(?<!self )pick ?up (?:by (?:the )?(?:courier|carrier|driver|rider) )?(?:was |has been |is )?"
               r"(?:success\w*|completed?|done)\b(?!.*\b(?:customer|recipient|consignee|receiver|buyer|you|locker|point|counter|"
               r"post office|store|shop|branch)\b)"),
    }),
    # The carrier's hold at one of its own places (origin, transit, gateway): not kept there for the recipient.
    ("exception", {
        "en": (r"held (?:at|in) (?:the )?(?:origin|transit|gateway|export|import|sort\w*|transhipment) (?:facility|hub|station|depot|"
               r"warehouse|cent(?:er|re))\b",
               r"(?:wrongly|incorrectly|mistakenly|erroneously) (?:sorted|routed|sent|directed|dispatched|forwarded|connected|loaded|"
               r"bagged|manifested)\b",
               r"\b(?:overflow|over ?capacity)\b",
               r"(?:space|capacity|trucks?|vehicles?|lorr(?:y|ies)|aircraft|slots?) (?:is |are |was |were )?not available\b",
               r"\bnot (?:yet )?(?:been )?uplifted\b", r"missed (?:its |the |their )?(?:\w+ )?(?:flight|vessel|sailing|cut ?off)\b", r"\bno (?:space|capacity|room) (?:on|in|available)\b",
               r"(?:contents?|description|declared value|weight|dimensions?|product|sku) (?:\w+ )?(?:mismatch|discrepanc\w*)\b",
               r"(?:duty|duties|tax|taxes|customs charges?|vat|gst) (?:payment|amount)s? (?:is |are )?(?:pending|due|outstanding|"
               r"awaited|required|unpaid)\b",
               r"\bborders? (?:\w+ )?(?:closed|closure|shut)\b",
               r"(?:id|identity|identification|passport|iqama|emirates id|national id) (?:\w+ )?(?:required|needed|missing|pending) "
               r"(?:for|by) (?:\w+ )?(?:customs|clearance)\b"),
    }),
    # Failed at the door in couriers' shorthand: the consignee not available ("CNEE NA"), gone from the address, the
    # attempts used up, entry denied by the building, a wrong area; a failed attempt "will be delivered" later.
    ("delivery_failed", {
        "en": (r"^(?:unsuccessful|failed) delivery(?: attempt)?\b",
               r"\b(?:cnee|consignee|customer|cust|cx|receiver) (?:is )?(?:na|n a|not avbl|not avl|navl|unavbl|unavl)\b",
               _PERSON + r" (?:has )?(?:left|vacated|moved out of|moved from) (?:the |this |that |his |her )?(?:address|premises|house|"
               r"location|residence)\b",
               r"\b(?:max\w*|maximum|all) (?:delivery )?attempts? (?:\w+ )?(?:reached|exhausted|completed|over)\b",
               r"(?:security|guard|society|building|gate|gated community|estate|compound|complex)(?: \w+){0,2}? (?:denied|refused|"
               r"restricted|blocked|no) (?:entry|access)\b",
               # The COD amount the courier could not collect at the door: the hand-over did not take place. A
               # "payment" not collected may be the duties a held parcel waits for.
               r"(?:unable to|could not|couldn t|failed to|not able to) collect (?:the )?(?:cod|cash on delivery|cash)\b",
               r"address (?:belongs|pertains) to (?:another|other|different|a different) (?:area|branch|zone|city|pin ?code)\b"),
    }),
)

MEANING_ENGLISH_5_STEPS: tuple[Step, ...] = (
    # The carrier's side in its own shorthand: bags or pieces missing, contents not as declared, papers and duties due,
    # a capacity or a closure that holds the parcel, an area it does not serve.
    ("exception", {
        "en": (r"^(?:bag|bags|piece|pieces|pcs|packet|carton|box)s? (?:\w+ )?(?:missing|not received|short)\b",
               r"\bshort (?:shipment|landed|receipt)\b",
               r"(?:requires?|needs?|pending|awaiting) re ?pack\w*",
               r"^(?:awaiting|pending|waiting for) (?:the )?(?:commercial |pro ?forma )?invoice$",
               r"^(?:iec|eori|kyc|ior) (?:\w+ )?(?:required|pending|missing)\b",
               r"(?:screening|x ?ray|security check) (?:is )?(?:required|needed|pending)\b",
               r"\bholiday closure\b", r"non ?serviceable (?:pin ?code|area|location|zone|post ?code)\b",
               r"(?:outside|beyond) (?:the |our )?(?:service|serviceable|coverage) (?:area|zone|region)\b", r"^(?:friday|saturday|sunday|weekend) off\b",
               r"\b(?:weekend|friday|sunday|holiday)\b(?: \w+)? no (?:deliver\w*|service|operations?)\b",
               r"\bembargo\w*", r"\bno connection\b", r"\b(?:capacity|aircraft) (?:issue|constraint|shortage|problem)s?\b"),
    }),
    # The recipient unreachable by phone, a number that does not work, no answer over several attempts, a home or a
    # business shut, an address out of the delivery area (as the couriers' own reason tables put it), a name that does
    # not match, a later day asked for.
    ("delivery_failed", {
        "en": (r"(?:phone|mobile|cell)s? (?:is |was )?(?:switched )?off\b",
               r"(?:phone|calls?) (?:was |were )?not (?:answered|picked|received|connected)\b",
               r"(?:contact|phone|mobile) (?:number|no)s? (?:is )?(?:invalid|incorrect|wrong|not valid|not working)\b",
               r"(?:could not|couldn t|unable to|not able to|failed to) (?:reach|contact|get hold of|get through to) you\b",
               r"multiple attempts?\b(?: \w+)? no (?:response|answer|reply)\b",
               r"^(?:door|gate|house|home|residence|flat|apartment)s? (?:was |is |found )?(?:closed|locked)$",
               r"\bresidence (?:was |is |found )?locked\b", r"\bbusiness hours (?:over|ended)\b",
               r"(?:^|\b(?:consignee|customer|receiver|recipient|addressee) )name (?:\w+ )?mismatch\b",
               _PERSON + r" (?:asked|requested|wants|told)\w* (?:us |the courier |the rider |the driver )?to (?:come|deliver|visit) "
               r"(?:\w+ )?(?:tomorrow|later|another|next|on)\b"),
    }),
    # Moves written as terse scan codes: a connection made to a city or a hub, a size or weight verified at a hub,
    # released by a border agency, in the delivery area, ready for the round, waiting for the last leg.
    ("in_transit", {
        "en": (r"(?<!missed )(?<!no )(?<!missing )\b(?:onward |forward )?connection (?:created |made |established )?(?:to|for|towards)\b"
               + _NOT_FAILED,
               r"^(?:onward|forward) connection$", r"border crossing (?:is )?(?:completed?|done|cleared)\b",
               r"(?:size|weight|dimensions?|volume) (?:has been |was |is )?(?:verified|measured|captured|recorded)\b"
               r"(?! separately)",  # "captured separately": a record kept elsewhere, no scan
               r"released by (?:the )?(?:cbp|cbsa|hmrc|abf|border force|nz customs)\b",
               r"\bin (?:the |your )?(?:local )?delivery (?:area|zone|region)\b",
               r"^(?:\w+ )?ready for (?:final |last mile )?delivery(?: (?:tomorrow|on \w+))?$",
               r"^(?:awaiting|waiting for|pending) (?:last ?mile |final ?mile |local |onward )?delivery$",
               r"^with (?:\w+ ){0,2}(?:post|mail|express|logistics)$"),
    }),
    # Signed for in a cross-border line's words: delivered.
    ("delivered", {
        "en": (r"^sign(?:ed)? in for (?:the )?(?:package|parcel)$",),
    }),
    ("available_for_pickup", {
        "en": (r"^(?:(?:your |the )?(?:parcel|package|item|shipment|order)s? )?(?:is )?(?:now )?(?:at|in) (?:a|the|your) (?:parcel )?locker$",
               r"\bcollect (?:it |them )?(?:within|by|before) \d+ (?:working |business )?days?\b"),
    }),
    # Scheduled for delivery today: the last leg.
    ("out_for_delivery", {
        "en": (r"deliver\w* (?:is )?(?:scheduled|planned|booked|due) (?:for )?today\b" + NOT_LATER,),
    }),
)
