"""English tracking texts read by their meaning, second pass (round 25, a): the genres and registers the
first pass (status_phrases_meaning_english) did not cover: shop and marketplace e-mails and SMS ("We're
getting your order ready", "Today is delivery day!"), driver-app and call-centre notes ("Driver tried
calling you - no answer", "CNEE NOT AVAILABLE", "Customer cancelled the order at the doorstep"), warehouse,
3PL and freight statuses ("Picking in progress", "Flight offloaded", "Transhipment in progress"), postal
EMS events ("Posting/collection") and telegraphic problem notes ("Docs missing", "Address correction in
progress", "No scan in 5 days").

The reading follows the same grammar as the first pass: a parcel whose packaging or label was put right
("repacked", "relabelled") is held for a check, not damaged; a refusal at the door is a failed delivery even
when the recipient words it as cancelling the order; a parcel "out for delivery" on a later day or "not
delivered yet" is still on its way; a parcel held at a depot until the next delivery day has not been
offered to the recipient; a person of the household or the building who received it delivers it; duties
paid, a new delivery date or a scan in or out move it on.

Three groups, spliced into the first pass's groups (and so into status_phrases.STEPS) at the same places:

- MEANING_ENGLISH_2_FIRST_STEPS, with MEANING_ENGLISH_FIRST_STEPS (before the Indian couriers' English and
  the outcome steps): corrections of the outcome words "damaged", "cancelled", "attempt" and "not
  delivered".
- MEANING_ENGLISH_2_LATE_STEPS, at the start of MEANING_ENGLISH_LATE_STEPS (after the outcome steps, before
  the general "held at depot", "out for delivery", "arrived", "customs" and "scan" read them).
- MEANING_ENGLISH_2_STEPS, before MEANING_ENGLISH_STEPS: texts nothing else reads.

Written by the team to DESIGN §4 (round 25, a); the examples are tests/test_status_meaning_english_2.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

RECIPIENT_WORDS = r"(?:customer|recipient|consignee|cnee|receiver|addressee|buyer|resident|client)"
SENDER_WORDS = r"(?:sender|shipper|seller|merchant|retailer|vendor|store|shop|consignor|brand)s?"
_PARCEL = r"(?:parcel|package|item|shipment|consignment|order|delivery|goods|pallet|freight)s?"
# Words shared with the other English meaning modules. A time of day as it folds ("13:15" is "13 15", "2pm",
# "9 pm"), not a date ("between 3 and 5 June").
TIME_OF_DAY = r"\d{1,2}(?: \d\d)? ?(?:am|pm)\b|\d{1,2} \d\d\b"
# A day other than today named later in the text keeps a delivery in the future.
NOT_LATER = r"(?!.*\b(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|later)\b)"
_LATER_DAY = r"(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next (?:\w+ )?day|next week)"
# "buyer rescheduled" (Mercado Libre): the recipient put the visit off, not the carrier.
_NOT_BY_PERSON = "".join(f"(?<!{person} )(?<!{person} has )" for person in (
    "customer", "recipient", "consignee", "cnee", "receiver", "addressee", "buyer", "client"))
_UNABLE = r"(?:could not|couldn t|cannot|can t|can not|unable to|not able to|was unable to|were unable to)"

MEANING_ENGLISH_2_FIRST_STEPS: tuple[Step, ...] = (
    # Outer packaging or a label put right ("repacked", "rewrapped", "relabelled", contents being checked):
    # the carrier's check of a parcel, before the outcome steps read "damaged".
    ("exception", {
        "en": (r"(?:re ?pack|re ?wrap|re ?tap|re ?box|re ?label+)\w* (?:\w+ ){0,4}(?:damag\w*|torn|broken|crushed)\b",
               r"(?:damag\w*|torn|broken|crushed) (?:\w+ ){0,4}(?:re ?pack|re ?wrap|re ?tap|re ?box|re ?label+)\w*",
               r"(?:packag\w*|box|carton|wrapping|outer \w+) (?:was |is )?damaged,? (?:\w+ ){0,2}contents? (?:are |is )?(?:being )?"
               r"(?:checked|inspected|verified|examined)",
               r"label (?:\w+ )?(?:damaged|torn|unreadable|illegible|missing|lost)", r"lost label",
               # No attempt made, for no reason or the carrier's (the driver ran out of time, the weather): its side, unless a
               # return or a pickup from the sender is what was not attempted; a recipient's reason ("business closed") fails it.
               r"^(?!.*\b(?:return\w*|rto|rts|pick ?up|pickup)\b).*?\bnot attempted(?:$| (?:\w+ ){0,4}(?:weather|time|vehicle|"
               r"breakdown|capacity|volumes?|holiday|road|strike|flood\w*|snow|storm|restrictions?)\b)",
               r"(?:ran|run|running) out of time", r"time constraints?", r"carried forward"),
    }),
    # Out for delivery on another attempt is the last leg again, not the failed attempt the outcome steps
    # read in "2nd attempt".
    ("out_for_delivery", {
        "en": (r"out for (?:re)?delivery (?:\w+ )?(?:\d+(?:st|nd|rd|th)|first|second|third|final|another|next|re) ?attempt",
               r"attempting (?:re)?delivery (?:again )?today" + NOT_LATER),
    }),
    # Not delivered "yet" is still on the way ("is not delivered yet"), before "not delivered" fails it;
    # out for delivery on a later day is not today's round.
    ("in_transit", {
        "en": (r"(?:is|are|was|were|has|have) not (?:yet )?(?:been )?delivered yet",
               r"out for delivery (?:on )?" + _LATER_DAY + r"\b",
               r"^(?:the )?(?:first |1st )?delivery attempt will be made (?:on )?" + _LATER_DAY + r"\b"),
    }),
    # Not scanned by the carrier yet: a label with no parcel (DESIGN §4), not the "not yet scanned" that says nothing.
    ("info_received", {
        "en": (r"(?:carrier|courier) (?:has not|have not|hasn t|haven t) (?:yet )?scanned",
               r"(?:has not|have not|hasn t|haven t|not) (?:yet )?been scanned by (?:the )?(?:carrier|courier)"),
    }),
    # The recipient turning the parcel away at the door, worded as cancelling the order.
    ("delivery_failed", {
        "en": (r"cancel\w* (?:the |his |her |their |my )?(?:order|shipment|purchase|delivery)? ?"
               r"(?:at|on) (?:the )?(?:door\w*|gate|time of delivery|delivery)\b",
               # Nowhere safe to leave it, an address the driver could not locate: not a safe place used, not a lost parcel.
               _UNABLE + r" (?:find|locate|see) (?:a |any )?(?:safe|secure|suitable) (?:place|location|spot)",
               r"address (?:\w+ ){0,3}" + _UNABLE + r" (?:locate|find)\b",
               r"(?:refused|rejected) (?:\w+ ){0,3}(?:order )?cancel+ed"),
    }),
)

MEANING_ENGLISH_2_LATE_STEPS: tuple[Step, ...] = (
    # A shop's note on a refund says nothing of the parcel.
    ("unknown", {
        "en": (r"^(?:your )?refund (?:has been |was |is )?(?:processed|issued|sent|approved|completed)$",),
    }),
    ("returned", {
        "en": (r"^return (?:is )?(?:in progress|initiated|underway|under way|started)$",
               r"return (?:shipment |parcel |item )?received (?:at|by|in) (?:the |our )?(?:warehouse|" + SENDER_WORDS + r")",),
    }),
    # Calls unanswered, an age or identity check failed at the door.
    ("delivery_failed", {
        "en": (r"(?:call\w*|rang|ringing|phon\w*) (?:\w+ ){0,4}no (?:answer|reply|response)\b",
               r"(?:age|identity) (?:verification|check) (?:\w+ )?(?:failed|unsuccessful|not passed)",
               r"\bunsuccessful attempt", r"(?:street|road|house|building|premises) (?:number )?not found", r"after (?:a |an )?(?:failed|unsuccessful) (?:delivery )?attempt"),
    }),
    # Held until someone answers; papers, duties and IDs customs want; flights offloaded; no scan for days.
    ("exception", {
        "en": (r"held at (?:the |our |a )?(?:\w+ )?(?:depot|facility|hub|station|office|branch|warehouse) (?:\w+ ){0,2}"
               r"(?:awaiting|pending|waiting for|until) (?:\w+ ){0,2}(?:contact|response|reply|correction|decision)",
               r"customs (?:authorit\w+ )?(?:needs?|requires?|request\w*|asks? for|asked for)\b", r"customs detention",
               r"(?:duties|duty|taxes|tax|vat|gst|charges?|fees?) (?:\w+ ){0,2}(?:due|outstanding|unpaid|payable|owing)\b",
               r"pay (?:\w+ ){0,3}to release\b",
               r"(?:incomplete|missing|incorrect|insufficient|invalid|inaccurate) (?:\w+ )?(?:documents?|documentation|paperwork|docs|invoices?)",
               r"(?:docs?|documents?|documentation|paperwork|invoices?) (?:are |is )?(?:missing|incomplete|outstanding)\b",
               r"(?:provide|submit|send|upload|awaiting|missing|requires?|needs?) (?:\w+ ){0,3}(?:id|identity|identification|passport) "
               r"(?:number|no|card|documents?|details)? ?for customs",
               r"offload\w* (?:due to|because|from (?:the )?(?:flight|aircraft|plane))", r"flight offload\w*",
               r"(?:unable to|could not|couldn t|cannot|can t) (?:be )?scan\w*",
               r"no (?:scans?|updates?|movement|tracking (?:updates?|events?)) (?:\w+ )?(?:in|for|since) (?:the (?:last|past) )?\d+ days?",
               r"tracking (?:has )?stalled", r"short ?shipped",
               r"(?:awaiting|pending|waiting for) (?:(?!payment\b)\w+ ){0,2}(?:approval|authori[sz]ation|permission|permit)\b",
               r"customs (?:\w+ )?(?:assessment|reassessment|valuation|query|queries|queried|examination|review)",
               r"(?:examination|inspection|assessment|reassessment|query|valuation) (?:\w+ ){0,2}(?:by|from) customs",
               r"reassess\w*", r"undervalu\w*", r"declared value (?:query|queried|dispute|review)", r"queried (?:the )?declared value",
               r"(?:documents?|documentation|paperwork|docs|invoices?) (?:\w+ )?(?:not|never) (?:yet )?(?:received|provided|submitted|supplied)",
               r"(?:documents?|documentation|paperwork|invoices?) (?:has|have) not (?:yet )?been (?:provided|received|submitted|supplied)",
               r"importer of record", r"hs (?:code|tariff)s? (?:\w+ )?(?:missing|incorrect|invalid|required|wrong)",
               r"(?:missing|incorrect|invalid|wrong) hs (?:code|tariff)",
               r"(?:has|have)(?: not|n t) (?:yet )?paid (?:the )?(?:\w+ )?(?:duty|duties|tax\w*|vat|gst|charges?|fees?)",
               r"(?:awaiting|waiting for) (?:the )?(?:recipient|consignee|customer|receiver|you) to pay",
               r"physical (?:examination|inspection)", r"inspection in progress", r"quarantine",
               r"(?:power|system|it|network) (?:outage|failure)", r"\boutage\b",
               r"(?:vehicle|van|truck|lorry) (?:\w+ ){0,3}(?:accident|collision|crash\w*|broke ?down|breakdown)",
               r"not (?:going )?out for delivery today",
               # Delivered to the wrong address: not with the recipient, a problem to recover.
               r"\bmis ?deliver\w*", r"delivered to (?:the |a )?wrong (?:address|house|person|recipient|customer)",
               r"missed (?:the |its )?(?:\w+ )?(?:linehaul|line haul|sort|trunk|departure|truck|vehicle)\b",
               r"(?:provide|submit|send|upload) (?:\w+ ){0,3}(?:id|identity|identification|passport)\b(?!.*\bdeliver\w*)",
               r"\bpan (?:card |number )?(?:is )?(?:required|needed|missing)",
               r"to release (?:your|the) (?:\w+ )?" + _PARCEL + r"\b"),
    }),
    # Out for delivery, coming or expected today; a delivery run begun; a rider assigned to deliver it.
    ("out_for_delivery", {
        "en": (r"(?:coming|arriving|on (?:its|their|the) way|expect (?:your|the) (?:\w+ )?" + _PARCEL + r") (?:to you )?today\b"
               + NOT_LATER,
               r"today is (?:the |your )?(?:delivery|big) day",
               r"(?:dispatched|despatched|sent) (?:out )?for delivery(?! (?:to|on|tomorrow)\b)",
               r"delivery (?:run|round|route) (?:has )?(?:started|begun|commenced)",
               r"assigned (?:to|for) (?:a |the |our )?delivery (?:rider|driver|courier|associate|agent|executive|boy|person)" + NOT_LATER,
               r"delivery (?:rider|driver|associate|agent|executive|boy|person) assigned" + NOT_LATER, r"^ofd$",
               r"arriv\w* (?:today )?(?:by|before|between) (?:" + TIME_OF_DAY + r")" + NOT_LATER,
               r"your (?:\w+ )?(?:driver|courier|rider) (?:for )?today\b", r"(?:^|(?:parcel|package|order|item|shipment|delivery)s? (?:is |are )?)due (?:for delivery )?today" + NOT_LATER,
               r"out delivering", r"left (?:the )?(?:depot|hub|station|delivery office|facility) with (?:your|the)"),
    }),
    ("info_received", {
        "en": (r"(?:your |the )?order (?:is |has been )?(?:being )?processed(?! (?:at|through|in|by)\b)",
               r"(?<!order )processed by (?:the |our )?(?:warehouse|fulfil+ment cent\w*|" + SENDER_WORDS + r")",
               # "will be sent on shortly" is onward from the carrier's own centre, not the sender's dispatch.
               r"will (?:ship|be shipped|be (?:dis|des)patched|be sent|be posted) (?!on )(?:\w+ )?(?:today|tomorrow|soon|shortly|within|in \d|once|"
               r"when)\b",
               r"collect (?:\w+ ){0,2}from (?:the )?(?:sender|shipper|seller|merchant|retailer|vendor|consignor)s?\b",
               r"(?:awaiting|waiting for|pending) (?:the )?(?:first|initial|1st) (?:\w+ )?scan",
               SENDER_WORDS + r" (?:has )?(?:let us know|told us|informed us|notified us)\b"),
    }),
    # Delivered to a facility; released from a hold; redirected towards a pickup place; dropped off by the sender.
    ("in_transit", {
        "en": (r"(?<!return )(?<!rto )delivered (?:to|at) (?:the |a |an )?(?:\w+ )?(?:facility|hub|sort\w* (?:centre|center|facility|hub)|terminal|gateway|"
               r"warehouse)\b(?!.*\b(?:pick ?up|collect\w*|locker|parcel ?shop|post office|access point|service point)\b)",
               r"released from (?:\w+ ){0,2}hold", r"hold (?:has been |was )?(?:released|lifted|removed|cleared)",
               # Redirected towards a pickup place: on its way there, not yet waiting in it.
               r"(?:redirected|rerouted|re routed|forwarded|diverted) to (?:a |the |an |your )?(?:\w+ ){0,2}(?:access point|pick ?up point|"
               r"locker|post office|parcel ?shop|service point|collection point)(?!.*\b(?:ready|available|await\w*|waiting|collect\w*)\b)",
               r"(?<!awaiting )(?<!waiting for )(?<!pending )(?<!expected )(?:drop ?off|dropped off) (?:at|in) (?:\w+ ){0,4}by (?:the )?" + SENDER_WORDS + r"\b"),
    }),
    # Received by a member of the household or the building's staff; a photo taken at the delivery;
    # "your order has arrived" said of the whole order, nothing after it.
    ("delivered", {
        "en": (r"received by (?:a |the |your )?(?:family member|household member|member of (?:the |your )?household|"
               r"neighbou?r|security(?: guard)?|guard|concierge|receptionist|doorman|porter|front desk|building manager|"
               r"caretaker|janitor|wife|husband|son|daughter|mother|father|tenant|colleague|spouse|relative|housemate|flatmate|"
               r"roommate)\b",
               r"photo (?:taken|captured) (?:at|on|upon) delivery",
               r"(?<!not )(?<!not be )(?<!n t be )\bplaced (?:in|at|on|behind|under|beside|inside|by|next to|near|outside) "
               r"(?:the |your |a |their )?(?:\w+ ){0,2}(?:(?<!locker )box|gate|door|porch|bins?|garage|shed|steps?|doorstep|mat|"
               r"letter ?box|mail ?box|patio|veranda|verandah|balcony|lobby|carport|fence|garden|entrance|safe (?:place|location))\b",
               # Said of "your" order only: a carrier's bare "Shipment arrived" is at a facility.
               r"^your (?:parcel|package|order|item|delivery)s? (?:has |have )?arrived$", r"^dlvd$",
               r"(?:handed|delivered|given)(?: over)? in person",
               r"(?<!not )\bleft (?:under|on|beneath) (?:the |your )?(?:\w+ )?(?:door ?mat|mat|rug)\b"),
    }),
    ("available_for_pickup", {
        # Waiting for "collection" or "pickup" alone may be the courier's from the sender; once arrived, the recipient's.
        "en": (r"(?:is|are|and) (?:now )?waiting for (?:you|your collection)\b(?! (?:by|from)\b)",
               r"arrived (?:\w+ ){0,6}waiting for (?:collection|pick ?up)\b(?! (?:by|from)\b)",
               r"(?:is|are|s) (?:now )?in (?:a|the|your) (?:\w+ )?locker\b", r"^" + _PARCEL + r" (?:is )?(?:now )?in (?:a |the |your )?(?:\w+ )?locker\b",
               r"(?:collection|pick ?up|access|locker) code (?:has been |was )?(?:sent|issued)",
               r"waiting (?:for you )?(?:at|in) (?:the |your )?(?:local |nearest |chosen )?(?:post office|postoffice|parcel ?shop|"
               r"pick ?up point|collection point|locker|store|branch|counter|depot)",
               r"ready for you (?:at|in)\b",
               r"available (?:for you )?(?:at|in) (?:the |your )?(?:\w+ )?(?:counter|post office|depot|branch|locker|store|shop|point)\b",
               r"can (?:now )?be (?:collected|picked up) (?:from|at) (?:the |your |our )?(?:\w+ ){0,2}(?:depot|branch|counter|station|"
               r"(?:delivery|sorting|local) office)\b"),
    }),
)

MEANING_ENGLISH_2_STEPS: tuple[Step, ...] = (
    # Telegraphic problem notes: an address being corrected, a reply awaited, an appointment to book, a
    # delivery put off or rescheduled, holidays, events affecting operations, routing and size problems.
    ("exception", {
        "en": (r"address (?:correction|query|queries|verification|clarification|amendment)s?\b",
               r"address (?:is )?being (?:updated|corrected|amended|clarified)",
               r"need (?:a |the |your )?(?:better|correct|full|complete|valid|proper) (?:delivery )?address",
               r"(?:awaiting|waiting for|pending) (?:\w+ ){0,2}(?:response|reply|feedback|decision)\b",
               r"appointment (?:is )?(?:required|needed|pending)", r"book (?:a |the )?(?:delivery )?appointment",
               # Rescheduled by the carrier; the recipient rescheduling at the door is a failed delivery below.
               _NOT_BY_PERSON + r"\brescheduled\b", r"\bpostponed\b", r"road (?:is )?(?:blocked|closed|closure)",
               r"(?:festival|public|national|bank|religious|state|federal|new year|christmas|easter|diwali|eid) holidays?",
               r"(?:operations?|services?|deliveries|network) (?:are |is |have been |has been )?(?:affected|disrupted|impacted|"
               r"suspended|halted|interrupted|unavailable)",
               r"(?:incorrect|wrong|improper|faulty)(?:ly)? rout\w*", r"wrong (?:\w+ )?(?:hub|facility|depot|station|branch|terminal)",
               r"exceeds? (?:the )?(?:\w+ )?(?:size|weight|dimension)\w* (?:limits?|restrictions?|allowance)", r"oversized?\b",
               r"(?:needs?|requires?) (?:your )?(?:attention|action)\b", r"action (?:is )?(?:required|needed)",
               r"claim (?:has been |was )?(?:opened|filed|raised|submitted|lodged)",
               r"(?:deliveries|delivery) may not (?:happen|go ahead|take place|be made)",
               r"(?:service|delivery) (?:is )?not (?:available|offered|provided) (?:to|in|for|at) (?:this|your|the)",
               r"(?:area|address|postcode|pincode|pin code|location) not (?:serviced|serviceable|covered)", r"remote area",
               r"too (?:large|big|heavy|long) for (?:the |our )?(?:vehicle|van|truck|courier)",
               r"industrial action", r"under review", r"unlabel+ed", r"no (?:shipping )?label\b",
               r"address (?:needs?|requires?) (?:confirmation|verification|clarification|correction|checking)",
               r"awaiting identification", r"wrong (?:\w+ )?(?:office|city)\b", r"staff(?:ing)? shortages?",
               r"shortage of (?:staff|drivers|couriers)", r"roll(?:ed)? ?over (?:to|on)", r"rolled to (?:the )?next"),
    }),
    # Driver-app reasons written as nouns; nobody there, in any register; the delivery not completed.
    ("delivery_failed", {
        "en": (r"(?:entry|access|gate|door|building) code (?:is )?(?:required|needed|missing|not provided|incorrect|wrong)",
               r"no (?:entry|access|gate|door) code",
               RECIPIENT_WORDS + r" (?:has )?rescheduled", r"animal interference", r"(?:aggressive|loose|unrestrained|dangerous) (?:dog|animal)s?",
               RECIPIENT_WORDS + r" (?:is |was )?(?:not available|unavailable|not at home|not home|absent|not present|on leave|not in station|"
               r"out of station)\b",
               r"(?:unit|apartment|apt|flat|suite|house|door|building) (?:number|no) (?:is )?(?:required|missing|needed|not provided)",
               r"(?:did not|didn t|does not|doesn t) have (?:the |enough )?(?:cash|money|change|funds|amount)",
               _UNABLE + r" (?:be )?complet\w* (?:the |your )?delivery", r"delivery (?:could not|couldn t|cannot|can t|was not|wasn t|not) "
               r"(?:be )?completed",
               r"no (?:photo )?id (?:presented|provided|shown|available)", r"not of (?:legal )?age",
               r"signature (?:was )?not (?:obtained|available|possible|provided)",
               r"(?:arrange|book|request|schedule) (?:a |your )?redelivery", r"unsafe (?:to deliver|location|conditions|access)",
               r"you (?:were|was) (?:out|not (?:in|home|there|available))\b", r"you weren t (?:in|home|there|available)\b",
               r"(?:did not|didn t|not|never) pick(?:ing)? up (?:the |his |her |their )?(?:phone|calls?)",
               r"no (?:response|reply|answer) from (?:the )?" + RECIPIENT_WORDS,
               r"(?:house|office|shop|store|flat|apartment|home) (?:was |is )?locked", r"reception (?:was |is )?closed",
               r"(?:did not|didn t|would not|wouldn t|refused to) (?:allow|permit|grant) (?:\w+ )?(?:entry|access)",
               r"no (?:mail )?receptacle", r"no (?:letter ?box|mail ?box)\b",
               r"(?:postcode|post code|zip(?: code)?|pincode|pin code) (?:does not|doesn t|did not|didn t) match"),
    }),
    # The order confirmed, being picked or readied; the carrier told of it; a courier assigned to collect it;
    # the sender still to hand it over.
    ("info_received", {
        "en": (r"order (?:is |has been |was )?confirmed", r"(?:picking|packing) (?:is )?in progress",
               r"getting (?:your (?:\w+ )?(?:order|parcel|package|item)s?|it|them) ready",
               r"(?:carrier|courier) (?:has been |was )?notified", r"\bedi received",
               r"(?:courier|driver|rider|agent) assigned (?:for|to) (?:pick ?up|collection)",
               r"(?:awaiting|waiting for|pending) (?:\w+ )?hand ?over (?:from|by) (?:the )?" + SENDER_WORDS,
               SENDER_WORDS + r" (?:is |has )?(?:yet|still) to (?:hand|drop|send|ship|dispatch|despatch|post)",
               r"expect\w* (?:\w+ ){0,3}from (?:the )?" + SENDER_WORDS + r"\b", r"expecting to receive",
               r"(?:consignment|shipping|delivery) note (?:has been |was )?(?:created|generated|issued|printed)",
               r"fulfil+ment (?:is )?(?:in progress|pending)", r"awaiting fulfil+ment", r"^unfulfil+ed$",
               r"(?:collection|pick ?up|courier) (?:has been |was )?(?:arranged|booked)", r"label (?:is )?ready",
               r"arranging (?:the )?(?:shipment|shipping|dispatch|despatch|collection)", r"^shipping soon$", r"ships soon"),
    }),
    ("out_for_delivery", {
        "en": (r"out (?:on|for) (?:final|local|home) delivery", r"^out on delivery$",
               r"(?:ll|will) be (?:with you|there|at your (?:door|address)) (?:today )?(?:between|by|before|from|around) (?:" + TIME_OF_DAY + r")"
               + NOT_LATER,
               r"^with (?:delivery )?(?:driver|courier|rider|postman|postie)(?: for delivery)?$", r"^(?:in|on) the (?:delivery )?van$",
               r"(?:driver|courier|rider) (?:has )?(?:started|begun) (?:his |her |their |the )?(?:route|round|run|deliveries)"),
    }),
    ("delivered", {
        "en": (r"(?<!no )(?<!not a )\bsuccessful delivery\b(?! attempt)",),
    }),
    # Moving on: scanned in or out, posted, transhipped, released after duties paid, with a carrier, a
    # new delivery date, in the destination country.
    ("in_transit", {
        "en": (r"\b(?:in|out)scan\w*", r"^(?:ems )?posting(?: collection)?$", r"tran ?s?ship\w*",
               r"(?:duties|duty|taxes|tax|vat|gst|charges|charge|fees|fee)(?: and (?:duties|taxes|tax|vat|gst|charges|fees))? "
               r"(?:(?:have|has) been |were |was )?paid\b",
               r"(?:carrier|courier|we|usps|ups|fedex|dhl|post office) (?:now )?(?:has|have|ve got|has got) (?:your|the) "
               r"(?:parcel|package|item|shipment|order)",
               r"in possession of (?:the |your )?(?:item|parcel|package|shipment)",
               r"(?:new|updated|revised|changed) (?:estimated )?(?:delivery|arrival) date",
               r"delivery date (?:has been |was )?(?:updated|changed|revised|moved)",
               r"(?:sent|forwarded|dispatched|despatched|shipped|transported|moved) (?:on )?to (?:the )?(?:destination|transit|next)\b",
               r"at (?:the |your )?(?:local )?delivery (?:office|depot|station|centre|center|hub)",
               r"(?:arrived|landed|now) in (?:the )?(?:uk|us|usa|eu|united kingdom|united states|destination country|your country)\b",
               r"cross ?dock\w*", r"handled by (?:our |the |a |its )?(?:\w+ )?partner", r"ahead of schedule",
               r"leaving (?:the )?(?:origin|transit) (?:country|hub|facility|airport|port|warehouse)",
               r"(?:airline|carrier|courier|agent|hub|depot) received (?:the |your )" + _PARCEL,
               r"awaiting (?:onward )?connection", r"(?:de)?consolidat\w*", r"\best(?:imated)? (?:delivery|arrival)\b",
               r"\beta (?:\d+ )*(?:business |working )?days?\b", r"in (?:a )?bag (?:to|for)\b", r"\b(?:rcvd|recd) (?:at|in)\b",
               r"(?<!not )(?<!n t )(?<!be )\buplifted\b"),
    }),
)
