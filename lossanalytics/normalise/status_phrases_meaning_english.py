"""English tracking texts read by their grammar and meaning: the sentences carriers, posts, 3PLs,
marketplaces and shop notification e-mails write (US, UK, Canada, Australia, India, Singapore, Hong
Kong, and Chinese cross-border carriers writing English), where the words are not those of a status
table: "Your parcel is making its way to you", "We couldn't get access to your building", "Your
driver is 5 stops away", "Awaiting collection by courier".

The reading follows who acts on whom and when. A delivery still to come is no delivery ("will be
delivered today" is the last leg, "won't arrive on the expected date" a delay); a negation in its
contracted form ("wasn't delivered", "weren't able to deliver") fails the delivery as "not
delivered" does; a courier's collection from the sender is not the recipient's ("ready for pickup by
courier" has not reached the carrier); a hand-over to a partner, a depot or the next carrier moves the
parcel on, one to a neighbour or the resident delivers it; a card or notice left is a missed
delivery, a parcel left at a door, a gate or a meter box a delivery; customs papers, duties,
inspections, an address the carrier is verifying and instructions awaited hold the parcel.

Three groups (status_phrases.STEPS), each as early as the reading it corrects and no earlier:

- MEANING_ENGLISH_FIRST_STEPS, before the Indian couriers' English: a customs office closed or an area the
  carrier cannot reach now (not a recipient's closed office, not an attempt at the door), a parcel that will
  arrive later than expected (a delay), a hand-over to the recipient that could not be made (before the last
  leg reads "handed to the resident"), one that will arrive today or by a time of day (the last leg), before
  the notifications' "will arrive".
- MEANING_ENGLISH_LATE_STEPS, after the outcome steps and the last leg's failed attempts (a return, a
  loss or a failed attempt named in the same text still decides) and before the general steps read
  "awaiting collection", "with our courier", "will be delivered", "delivered" or the broad words
  ("left", "accept", "customs", "dispatch", "arrive") otherwise.
- MEANING_ENGLISH_STEPS, the very last: texts nothing else reads.

Each group begins with the later passes' groups of the same place, in the order
status_phrases_meaning_english_passes gives them.

Written by the team to DESIGN §4 (round 24, e); the examples are tests/test_status_meaning_english.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_meaning_english_2 import NOT_LATER, SENDER_WORDS, TIME_OF_DAY
from lossanalytics.normalise.status_phrases_meaning_english_passes import (
    ENGLISH_PASSES_FIRST_STEPS,
    ENGLISH_PASSES_LATE_STEPS,
    ENGLISH_PASSES_STEPS,
)
from lossanalytics.normalise.status_phrases_outcomes import Step

_PARCEL = r"(?:parcel|package|item|shipment|consignment|order|delivery|goods|it)s?"
_PERSON = r"(?:customer|recipient|consignee|receiver|addressee|buyer|resident|client)"
# Who collects from the sender: the courier, the driver, a named carrier (not the recipient).
_COURIER = (r"(?:courier|carrier|driver|rider|dhl|ups|fedex|usps|dpd|gls|tnt|evri|hermes|yodel|royal mail|"
            r"parcelforce|aramex|canada post|purolator|australia post|startrack|sendle|delhivery|blue ?dart|"
            r"xpressbees|ecom express|ninja ?van|singpost|sf express)")
# Negated auxiliaries as they fold: "wasn't" is "wasn t".
_NEGATED = (r"(?:was|were|is|are|has|have|had|could|did|would) ?n t|(?:was|were|has|have|had|could|did|would|will) not|"
            r"won t|cannot|can t|can not")
_UNABLE = r"(?:" + _NEGATED + r"|unable to|not able to|(?:was|were) unable to)"
# A hand-over said to have failed is no movement.
_NOT_FAILED = r"(?!.*\b(?:fail\w*|unsuccessful|not possible)\b)"
# An inspection or check that is over is no hold.
_NOT_DONE = r"(?! (?:\w+ )?(?:completed?|passed|done|cleared|finished|over)\b)"
# Papers and numbers customs ask for.
_PAPERS = (r"(?:tax ?ids?|tax (?:identification )?numbers?|vat (?:numbers?|ids?|no)|gst (?:numbers?|ids?)|eori(?: numbers?)?|"
           r"(?:import|export) (?:licen[cs]es?|permits?)|proof of (?:value|purchase|payment)|commercial invoices?|"
           r"pro ?forma invoices?|kyc(?: documents?)?|pan (?:card|number)|customs (?:declaration|forms?)|"
           r"(?:customs|clearance|import|export) (?:\w+ )?(?:documents?|documentation|paperwork|information|details))")

MEANING_ENGLISH_FIRST_STEPS: tuple[Step, ...] = (
    *ENGLISH_PASSES_FIRST_STEPS,
    ("exception", {
        "en": (r"customs (?:office|house|authorit\w*|department)s? (?:\w+ ){0,2}closed",
               r"(?:arrive|be delivered|reach you|be with you|get to you) later than (?:expected|planned|scheduled|anticipated|usual|originally)",
               # A whole area the carrier cannot reach is its side, not an attempt at the door.
               r"(?:cannot|can not|can t|could not|couldn t|unable to|not able to) (?:\w+ )?(?:deliver|service|reach) (?:\w+ )?(?:to |in )?"
               r"(?:your|the|this|that) (?:area|region|postcode|post code|suburb|town|city|neighbou?rhood)\b"),
    }),
    # A hand-over to the recipient that could not be made ("couldn't be handed to the resident"), before the
    # last leg reads "handed to the resident"; a return named beside it is left to the outcome steps.
    ("delivery_failed", {
        "en": (_UNABLE + r" (?:be )?(?:handed|given|passed)(?: over)? to (?:the |a |your )?(?:neighbou?r|resident|" + _PERSON + r")\b"
               r"(?!.*\b(?:return\w*|rto)\b)",),
    }),
    # Arriving today, or by a time of day: on its last leg ("will arrive by 9 pm"), unless another day is named.
    ("out_for_delivery", {
        "en": (r"will (?:arrive|be (?:with you|delivered|there|arriving)) (?:today|(?:by|before|between|from|around|after) (?:"
               + TIME_OF_DAY + r"))" + NOT_LATER,),
    }),
)

MEANING_ENGLISH_LATE_STEPS: tuple[Step, ...] = (
    *ENGLISH_PASSES_LATE_STEPS,
    # On its way back to a retailer or a shop: the sender by another name.
    ("returned", {
        "en": (r"(?:on (?:its|the|their) way|head\w*|travel+\w*|go\w*|sen[dt]\w*|rout\w*|making (?:its|their) way|com\w*) "
               r"(?:\w+ ){0,2}back to (?:the |our |its |your )?" + SENDER_WORDS + r"\b",),
    }),
    # Negations in their contracted forms, the recipient's side refusing, a card or notice left,
    # nowhere to leave the parcel: a failed attempt at the door.
    ("delivery_failed", {
        "en": (r"(?:was|were|is|are|has|have|had|could|did|would) ?n t (?:been |be |able to |get |manage to )*(?:successfully )?"
               r"deliver\w*(?!(?: \w+){0,4} yet\b)",
               r"(?:reception|receptionist|concierge|security|guard|" + _PERSON + r"|tenant|staff|office|company|business) "
               r"(?:\w+ ){0,2}(?:" + _NEGATED + r"|refused to|declined to|unable to|(?:was |is )?not (?:ready|willing|able|prepared) to) "
               r"(?:\w+ )?accept",
               r"(?<!not )\bleft (?:a |an |the |our |your |his |her )?(?:\w+ ){0,3}(?:card|notice|slip|note)s?\b",
               r"(?:card|notice|slip|note) (?:has been |have been |was |were |is )?(?:left|posted|put|dropped|pushed)\b",
               _UNABLE + r" (?:be left|leave (?:it|them|(?:the|your) (?:parcel|package|item|shipment|order)s?))\b",
               r"(?:letter ?box|mail ?box|post ?box|mail slot) (?:was |is )?(?:too (?:small|narrow)|full)"),
    }),
    # Held for papers, instructions or information; a delivery that will not come as planned; not loaded;
    # a backlog; events affecting the network; duties to pay; customs papers missing; inspections.
    ("exception", {
        "en": (r"held at (?:the |our |a )?(?:\w+ )?(?:depot|facility|hub|station|office|branch) (?:\w+ ){0,2}"
               r"(?:awaiting|pending|waiting for|until) (?:\w+ ){0,2}(?:information|instructions?|documents?|documentation|details|"
               r"payment|clearance|confirmation|address)",
               r"(?:won t|wont|will not) (?:\w+ )?(?:arrive|reach you|make it|be (?:with you|delivered|arriving))",
               r"(?:" + _NEGATED + r") (?:be )?(?:loaded|uplifted|flown|boarded|make it (?:onto|on))\b",
               r"backlogs?", r"running (?:\w+ ){0,3}behind", r"stuck\b",
               r"(?:arriv\w*|be|is|are|s|running|been|coming) (?:a (?:bit|little) |slightly |\w+ days? )?late\b"
               r"(?! (?:afternoon|evening|morning|tonight|in the day))",
               r"(?:did|has|have|had) ?n t (?:yet )?(?:arrived?|reached)\b",
               r"(?:sorted|routed|directed|sent|loaded) (?:incorrectly|wrongly|in error)",
               r"(?:must|need to|needs to|has to|have to|should) pay (?:\w+ ){0,3}(?:duty|duties|tax\w*|vat|gst|charges?|fees?)",
               r"(?:incomplete|missing|incorrect|insufficient|invalid|inaccurate) " + _PAPERS,
               r"(?:prevent\w*|disrupt\w*|affect\w*|hamper\w*|impact\w*|halt\w*) (?:\w+ ){0,3}"
               r"(?:deliver(?:y|ies)|services?|operations?|collections?|network)\b",
               r"(?:duties|duty|tax\w*|vat|gst|charges?|fees?) (?:\w+ ){0,3}(?:must|need to|needs to|have to|has to|should) be paid",
               r"payment of (?:\w+ ){0,3}(?:charges?|fees?|vat|gst|import \w+) (?:is |are )?(?:required|needed|due|outstanding|pending)",
               r"payment (?:for |of )?(?:\w+ ){0,3}(?:duty|duties|tax\w*|vat|gst|charges?|fees?)(?: \w+)? "
               r"(?:failed|declined|unsuccessful|not received|outstanding)",
               _PAPERS + r" (?:is |are |was |were |has been |have been )?(?:missing|required|needed|requested|outstanding|invalid|"
               r"incorrect|not provided)",
               # "Held - Pending KYC Document" is read by "held" already.
               r"(?<!held )(?<!hold )(?:awaiting|pending|waiting for|requires?|requesting|requested|request for|needs?|provide) "
               r"(?:\w+ ){0,3}" + _PAPERS,
               r"(?:undergoing|under|selected for|flagged for|stopped for|subject to|pending|awaiting|waiting for) "
               r"(?:a |an )?(?:\w+ )?(?:inspection|examination|screening|security check|x ?ray)" + _NOT_DONE),
    }),
    # Due today ("will be delivered today", "is being delivered today", "scheduled for delivery today").
    ("out_for_delivery", {
        "en": (r"(?:(?:will|to|set to|expected to|going to) be|(?:is|are) being|scheduled (?:to be|for)|due (?:to be|for)) "
               r"(?:\w+ )?deliver\w*(?: \w+){0,3}? today" + NOT_LATER,
               r"(?:be delivered|arrive|arriving|be with you|be there) (?:with)?in (?:the next |about |around |approximately )?"
               r"(?:(?:\d+|an?|one|two|half an) )?(?:hours?|minutes?|mins?)\b"),
    }),
    # The courier's collection from the sender still to come; an order ready to ship; details only.
    ("info_received", {
        "en": (r"(?:ready|awaiting|waiting|scheduled|pending|due) (?:for |to be )?(?:pick ?up|picked up|collection|collected) by "
               r"(?:the |a |our |your )?" + _COURIER + r"\b",
               r"(?:awaiting|waiting for|pending|ready for) (?:the |a )?(?:courier|carrier|driver|rider) (?:to )?(?:pick ?up|collect\w*|collection)",
               r"(?:created|booked|packed|printed|manifested|generated|assigned|labell?ed) (?:\w+ ){0,3}(?:awaiting|pending) (?:pick ?up|collection)",
               r"ready (?:to|for) (?:ship|shipping|shipment|dispatch|despatch|be shipped|be dispatched|be despatched)"
               r"(?!.*\b(?:hub|airport|destination|terminal|gateway|facility|depot)\b)",
               r"(?:awaiting|pending|waiting for) (?:de|di)spatch (?:from|by|at) (?:the )?(?:warehouse|fulfil+ment cent\w*|" + SENDER_WORDS + r")",
               r"^(?:de|di)spatch pending$",
               r"received (?:the )?(?:details|information|info|data) (?:of|about|for|on) (?:your|the)\b",
               r"not yet (?:been )?(?:handed|given|posted|lodged|dropped|tendered)\w*",
               r"(?:has|have) ?n t (?:yet )?been (?:handed|given|posted|lodged|dropped off|sent|shipped|dispatched|despatched|tendered)\w*",
               r"(?:shipment |consignment |parcel |order |shipping )?details (?:have been |has been |were |was )?"
               r"(?:received|sent|transmitted|submitted|uploaded)\b"),
    }),
    # With a partner carrier, out for delivery only later, readied for its round, at a depot.
    ("in_transit", {
        # Not delivered "yet" (the failed attempts above leave it): still on its way.
        "en": (r"(?:has|have|is|are) ?n t (?:yet )?(?:been )?deliver\w*",
               r"with (?:our|the|your|a|its) (?:\w+ )?(?:courier|delivery|shipping|logistics|carrier|transport|postal|last mile|local) "
               r"(?:partner|company|service|network|agent)s?\b(?!.*\btoday\b)",
               r"will (?:soon )?(?:be |go )?(?:sent |taken )?out for (?:re)?delivery(?!.*\btoday\b)",
               r"(?:prepar\w*|readied|getting ready) (?:\w+ ){0,2}for (?:\w+ )?delivery\b",
               r"delivered (?:to|at) (?:the |a |our |your |its )?(?:local |regional |delivery |destination |nearest )?depot\b"
               r"(?!.*\b(?:collect\w*|pick ?up)\b)"),
    }),
    # Left at a place of the address, signed for at its reception, collected by "you".
    ("delivered", {
        "en": (r"(?<!not )(?<!not be )(?<!n t be )\bleft (?:in|at|on|behind|under|beside|inside|by|next to|near|outside) "
               r"(?:the |your |a |their )?(?:\w+ ){0,2}(?:(?<!locker )box|gate|door|porch|bins?|garage|shed|steps?|doorstep|mat|"
               r"letter ?box|mail ?box|patio|veranda|verandah|balcony|lobby|carport|fence|garden|entrance|safe (?:place|location))\b",
               r"(?:received|signed|accepted) (?:by|for) (?:\w+ ){0,3}(?:at|in) (?:the )?(?:reception|front desk|front door|door|"
               r"mail ?room|lobby|concierge|security|gatehouse)",
               r"(?<!if )\byou (?:ve |have )?(?:collected|picked up|retrieved)"),
    }),
    # Waiting for the recipient to collect it.
    ("available_for_pickup", {
        # A pickup place named after it is read by the pickup step below.
        "en": (r"can (?:now )?be (?:collected|picked up)(?! by (?:the |a |our )?(?:courier|carrier|driver|rider))"
               r"(?!.*\b(?:locker|point|shop|post office|counter|depot|office|store|station)\b)",
               r"waiting (?:to be|for you to) (?:collect\w*|pick\w*)", r"waiting for (?:you|collection|pick ?up) (?:at|in)\b"),
    }),
)

MEANING_ENGLISH_STEPS: tuple[Step, ...] = (
    *ENGLISH_PASSES_STEPS,
    ("exception", {
        "en": (r"(?:take|taking|takes|took) (?:\w+ ){0,3}longer than (?:expected|usual|planned|anticipated|normal)", r"behind schedule",
               r"(?:pushed|put|moved) back", r"(?:didn t|did not) make it (?:onto|on|to)",
               r"\bpaused\b", r"intercept\w*", r"(?:at|on) (?:the )?(?:\w+ )?(?:s )?request of (?:the )?" + SENDER_WORDS,
               r"(?:awaiting|waiting for|pending|await) (?:\w+ ){0,3}instructions?",
               r"(?:verif\w*|confirm\w*|check\w*|validat\w*) (?:the |your )?(?:delivery |shipping |consignee s |recipient s )?address",
               r"address (?:is )?(?:being|under|to be) (?:verif|confirm|check|validat|review)\w*",
               r"(?:information|details|data|info) (?:is |are |was |were )?(?:missing|incorrect|incomplete|invalid|wrong|insufficient)",
               r"(?:missing|incorrect|incomplete|invalid|wrong|insufficient|inaccurate) (?:\w+ )?(?:information|details|data|info)\b",
               r"investigat\w*", r"whereabouts",
               r"trace (?:has been |was )?(?:opened|started|initiated|raised|requested)",
               r"(?:security|customs) (?:check|screening)s?" + _NOT_DONE),
    }),
    ("delivery_failed", {
        "en": (r"(?:try|attempt)\w* (?:to )?(?:re)?deliver\w* (?:\w+ ){0,4}again", r"(?:we ll|we will|driver will|courier will) (?:try|attempt) again",
               r"no ?(?:one|body) (?:was |is |were )?(?:\w+ )?(?:available|present|home|in|there|around|answer\w*|respond\w*|"
               r"to (?:sign|receive|accept|take))\b",
               r"no (?:reply|answer|response) (?:at|from) (?:the )?(?:door|address|premises|property|house|intercom|buzzer|doorbell)",
               r"(?:did not|didn t|does not|doesn t|failed to|not) answer\w* (?:the )?(?:door|doorbell|bell|intercom|buzzer|phone|calls?)",
               _PERSON + r" (?:was |is )?(?:not contactable|uncontactable|not reachable|unreachable|not answering)",
               _UNABLE + r" (?:\w+ )?(?:get |gain |obtain )?(?:access|enter|get in|get into)\b",
               r"(?:gate|door|building|entrance|premises) (?:was |is |were )?locked",
               r"(?:no|without a) (?:secure|safe|suitable) (?:place|location|spot)",
               _UNABLE + r" (?:find|locate) (?:the |your )?(?:delivery )?(?:address|property|premises|house|building|" + _PERSON + ")",
               r"no longer (?:at|lives at|living at|resides at|resident at|works at) (?:this|the|that) address",
               _PERSON + r" (?:is |was )?(?:on|away on) (?:vacation|holiday)s?",
               r"(?:" + _NEGATED + r"|unable to|not able to|refused to) pay (?:the )?(?:cod|cash on delivery|c o d|cash|amount|charges|duties|duty)",
               _PERSON + r" (?:has )?(?:asked|requested|wants|wanted) (?:\w+ ){0,3}(?:reschedul\w*|another (?:day|date|time)|"
               r"later (?:date|delivery)|(?:future|different) (?:date|day|delivery))",
               r"\bid (?:check|verification) (?:\w+ )?(?:failed|unsuccessful|not passed)", r"under ?age",
               r"(?:find|found) (?:any ?one|any ?body|no ?one|no ?body) (?:at )?(?:home|in|there|available)",
               r"(?:called|knocked|rang|buzzed|visited)\b(?: \w+){0,4} no (?:answer|reply|response|one|body)\b",
               r"no ?(?:one|body) (?:came|answered|opened) (?:to )?(?:the )?(?:door|gate)?",
               r"address (?:does ?n t|does not|did not|didn t) exist", r"non ?existent address",
               _PERSON + r" (?:didn t|did not|doesn t|does not) want",
               r"(?:business|premises|office|shop|store|company|building|house|school|venue)(?: \w+)? (?:was |is |were )?shut\b",
               r"(?:would not|wouldn t|did not|didn t|refused to) (?:let|allow) (?:the |our )?(?:driver|courier|postman|postie|rider|us|him|her|them)"
               r" (?:in|enter|into|through|access)\b",
               r"(?:unable to|could not|couldn t|not able to|failed to) (?:contact|reach|call|get hold of) (?:the )?" + _PERSON,
               r"intercom (?:not working|broken|faulty|out of order)",
               _UNABLE + r" (?:get|obtain|collect|take) (?:a |the )?signature", r"no signature (?:obtained|available|possible)",
               _PERSON + r" (?:is |was )?not (?:responding|answering|picking up)\b",
               _PERSON + r" (?:was|is|were) (?:out|away|not in|not there)\b(?! of)",
               r"(?:had|has|have) no (?:cash|money|funds)\b", r"(?:cash|payment) on delivery (?:amount )?not (?:ready|available|paid)"),
    }),
    ("lost", {
        "en": (_UNABLE + r" (?:find|trace|locate) (?:your|the) (?:parcel|package|item|shipment|consignment)",
               r"(?:cannot|can t|can not|could not|couldn t) be traced"),
    }),
    ("info_received", {
        "en": (r"(?<!return )(?:tracking|waybill|awb|air ?waybill|consignment|label) (?:number |no |id )?(?:has been |have been |was |is )?"
               r"(?:generated|assigned|allocated|issued|created)",
               r"(?:booked|registered) (?:in|with) (?:the |a )?(?:carrier|courier|system)",
               r"(?:waiting|wait|awaiting|expect\w*) (?:for )?(?:the )?" + SENDER_WORDS + r" to (?:hand|drop|send|ship|dispatch|despatch|post|lodge|give|bring)",
               r"(?:expected|due|yet|about|going|waiting) to be (?:handed|given|dropped off|passed|sent) (?:over )?to us",
               r"picked (?:and|&) packed", r"being packed", r"packing (?:your|the) (?:order|parcel|item|package|shipment)",
               r"will (?:ship|be shipped|be (?:dis|des)patched) (?:soon|shortly|within|in \d|once|when)\b",
               r"booked (?:a |the )?(?:collection|pick ?up|courier)"),
    }),
    ("out_for_delivery", {
        "en": (r"\d+ stops? away", r"(?:you re|you are) next", r"(?:driver|courier|postman|postie|rider) s (?:route|round|run|van)",
               r"with (?:your|the|our) (?:local )?(?:delivery )?(?:driver|courier|postman|postie|rider)\b(?!.*\b(?:pick ?up|collect)\w*)",
               r"(?:will|ll|going to) deliver (?:\w+ ){0,3}(?:today|between (?:" + TIME_OF_DAY + r"))" + NOT_LATER,
               r"out with (?:the |your |our )?(?:postman|postie|postwoman|mail carrier|letter carrier|rider)",
               r"(?:delivery|arrival) (?:window|slot|time)s? (?:is |will be )?(?:today )?(?:between )?(?:" + TIME_OF_DAY + r")" + NOT_LATER,
               r"(?:courier|driver|postman|postie|rider|van) (?:is )?(?:heading|driving|coming|making (?:his|her|their) way) (?:to|towards|your way)",
               r"(?:courier|driver|postman|postie|rider) (?:has|has got|s got) (?:your|the) (?:parcel|package|item|shipment|order)",
               r"(?:courier|driver|postman|postie|rider)(?: \w+)? (?:is |s )?(?:on (?:his|her|their|the) way|en route|nearby|close by)"
               r"(?!.*\b(?:pick ?up|collect)\w*)",
               r"(?:by|before) (?:the )?end of (?:the )?(?:day|today)" + NOT_LATER),
    }),
    ("available_for_pickup", {
        "en": (r"(?:collect|pick ?up) (?:it|your (?:\w+ )?(?:parcel|package|item|order|shipment))(?: up)? (?:from|at)",
               r"(?:pick ?up|collection) (?:counter|desk|shop|store|station|place)", r"ready for you to (?:collect|pick (?:it )?up)",
               r"(?:head|go|come|visit|pop)\w* (?:\w+ ){1,6}to (?:collect|pick (?:it )?up)\b"),
    }),
    ("returned", {
        "en": (SENDER_WORDS + r" (?:has )?request\w* (?:a |the )?return",),
    }),
    ("delivered", {
        "en": (r"(?<!not )(?<!not be )(?<!n t be )(?:given|passed|handed)(?: over)? to (?:the |a |your )?"
               r"(?:neighbou?r|resident|family member|you\b|" + _PERSON + ")",),
    }),
    # Moving: the parcel making its way, travelling, heading somewhere; with the carrier or a partner;
    # handed over inside the network; lodged; a delivery still to come.
    ("in_transit", {
        "en": (r"(?:making|make|made|makes) (?:its|it s|their) way",
               r"head(?:ing|ed|s)? (?:to|towards|for|your way|our way)\b(?!.*\b(?:collect\w*|pick ?up)\b)",
               r"travel+(?:ing|ed|s)? (?:to|towards|through|between|from|via)\b", r"on (?:its|the|their) (?:journey|move)",
               r"on the move", r"progress\w* (?:through|as expected|along|on|normally)", r"continu\w* (?:on )?(?:to|towards|its|their)\b",
               r"in (?:our|the) network",
               _PARCEL + r" (?:(?:is|s|are) (?:now |currently |still )?|now )with(?! (?:the |your |our )?(?:driver|courier|postman|postie|neighbou?r|you\b|"
               + _PERSON + r"))",
               r"^now with", r"(?:passed|given|handed)(?: over| on)? to\b" + _NOT_FAILED, r"hand ?over (?:to|at)\b" + _NOT_FAILED,
               _PARCEL + r" (?:was |has been |is )?lodged\b", r"lodged (?:at|in|with)\b",
               r"dropped off at (?:a |the )?(?:post office|postoffice|drop ?off point|depot|branch)(?! for)",
               r"discharg\w* (?:at|from)\b", r"address (?:has been |was )?(?:updated|amended|changed)",
               r"(?:expected|estimated|anticipated|planned|projected) (?:delivery|arrival)",
               r"(?:we|they|driver|courier) (?:expect|plan|aim|hope)s? to deliver",
               r"should (?:arrive|reach you|be (?:with you|delivered))", r"will (?:arrive|reach you)",
               r"(?:will|ll|going to) deliver\b", r"(?:planned|scheduled|expected|due|booked) (?:for|on) (?:\w+ )?(?:monday|tuesday|"
               r"wednesday|thursday|friday|saturday|sunday|tomorrow|\d)",
               r"landed (?:in|at)\b", r"(?:security|customs) (?:check|screening|inspection)s? (?:\w+ )?(?:completed?|passed|cleared|done)\b", r"in the air\b", r"on ?board (?:the |a )?(?:vessel|ship|flight|plane|aircraft|truck|train)",
               r"connected (?:to|with)\b", r"cross\w* (?:the |into )?(?:border|\w+ border)", r"truck(?:ed|ing) (?:to|from)\b"),
    }),
)
