"""English tracking texts read by their meaning, fourth pass (round 27, a): the terse codes and short sentences of
Malaysian and South-East Asian couriers ("Premise closed", "Consignee not in", "Pending reschedule", "Item sent to
delivery branch"), Indian couriers' NDR reasons and abbreviations ("Cx unreachable", "E-way bill required",
"Curfew in the area") and European carriers and aggregators writing English ("Not delivered because of lack of
time", "Delivered to GLS depot", "Incident resolved").

The reading follows whose side a reason is on and what the verb says happened: a delivery not made, not attempted
or "not possible" because of rain, a flood, a road closure, a curfew, a breakdown or the driver's lack of time is
the carrier's problem, not a failed attempt at the door; a parcel "being delivered" is on its last leg, not
delivered; a parcel delivered to a depot, a hub or a station, or handed to a local partner for delivery, moves on
inside the network; a parcel returned to the branch after a failed attempt failed its delivery, not went back to
the sender; a return to origin cancelled, an incident resolved move it on again; an SMS sent or delivered, a COD
amount remitted to the seller say nothing of the parcel.

Three groups, spliced into the first pass's groups (and so into status_phrases.STEPS) after the third pass's:

- MEANING_ENGLISH_4_FIRST_STEPS, in MEANING_ENGLISH_FIRST_STEPS (before the outcome and last-leg steps): corrections
  of the outcome words "not delivered", "not possible", "returned", "delivered to consignee", "pickup by customer", "not picked up" and "expired".
- MEANING_ENGLISH_4_LATE_STEPS, in MEANING_ENGLISH_LATE_STEPS (after the outcome steps, before the general
  "will be delivered", "courier for delivery", "in delivery", "delivered" and the broad "hub", "left",
  "forwarded", "incident", "processing" and "picked up" read them).
- MEANING_ENGLISH_4_STEPS, in MEANING_ENGLISH_STEPS: texts nothing else reads.

Written by the team to DESIGN §4 (round 27, a); the examples are tests/test_status_meaning_english_4.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_meaning_english_2 import NOT_LATER
from lossanalytics.normalise.status_phrases_outcomes import Step

# "cx" is Indian couriers' shorthand for the customer ("Cx unreachable").
_PERSON = r"(?:customer|recipient|consignee|cnee|receiver|addressee|buyer|resident|client|cx)"
_SENDER = r"(?:sender|shipper|seller|merchant|vendor|consignor|origin)"
# Couriers named as the ones to collect from the sender ("Awaiting collection by GDEX"); "j t" is J&T folded.
_COURIER = (r"(?:courier|carrier|driver|rider|gdex|city ?link|pos ?laju|j t(?: express)?|ninja ?van|skynet|abx|flash(?: express)?|"
            r"dtdc|delhivery|blue ?dart|xpressbees|shadowfax|ekart|ecom express|gls|dpd|dhl|ups|fedex)")
# Places inside a carrier's network a parcel is sent, moved or delivered to on its way.
_NETWORK_PLACE = (r"(?:depot|hub|(?:sort\w*|parcel|processing|distribution|delivery|service) cent(?:er|re)|gateway|dc|station|"
                  r"branch|terminal|delivery office|transit point)")
# The carrier's own reasons for not delivering: weather and disasters, roads, unrest, its vehicle, its time, its network.
_CARRIER_CAUSE = (r"(?:(?:heavy |bad |severe |inclement )?(?:rain\w*|weather|storms?|floods?|flooding|snow\w*|typhoon|cyclone|monsoon)|"
                  r"natural (?:disaster|calamit\w*)|landslides?|earthquake|road (?:closure|closed|block\w*)|traffic|curfew|"
                  r"lockdown|strike|bandh|riots?|civil unrest|(?:public|bank|national) holiday|vehicle (?:breakdown|break ?down|issue|problem)|"
                  r"lack of time|time constraints?|late arrival|arrived late|network delay|operational (?:reasons?|issues?))")
# A recipient's reason named beside it makes the attempt a failed one after all.
_NO_DOOR_REASON = (r"(?!.*\b(?:refus\w*|not available|unavailable|absent|closed|shut|incomplete|incorrect|wrong|insufficient|"
                   r"moved|shifted|nobody|no one|not (?:home|in|around)|cash|cod|payment)\b)")
_NOT_DELIVERED = (r"(?:not (?:be(?:en)? )?(?:delivered|attempted)|undelivered|(?:could not|couldn t|unable to|cannot|can t) "
                  r"(?:be )?(?:deliver\w*|attempt\w*)|delivery (?:is |was )?(?:not (?:possible|attempted|done|made)|impossible))")

MEANING_ENGLISH_4_FIRST_STEPS: tuple[Step, ...] = (
    # A text message, an e-mail or an OTP sent or delivered says nothing of the parcel.
    ("unknown", {
        "en": (r"^(?!.*\b(?:parcel|package|shipment|consignment|item|goods)\b)(?:\w+ )?(?:sms|e ?mail|text message|notification|"
               r"otp|whatsapp|message)s? (?:has been |was |were )?(?:sent|delivered|dispatched|triggered)\b",
               # A request about a return or a refund, whatever became of it, is not the parcel's journey.
               r"\b(?:return|refund|exchange) request (?:has been |was |is )?(?:closed|rejected|declined|approved|accepted|submitted|"
               r"raised|created)\b"),
    }),
    # Not delivered, not attempted or not possible for the carrier's reason: its problem, before "not delivered" fails it.
    ("exception", {
        "en": (_NO_DOOR_REASON + r"\b" + _NOT_DELIVERED + r"(?: \w+){0,4}? (?:due to|because of|owing to|on account of|"
               r"as a result of) (?:the |a |an )?" + _CARRIER_CAUSE + r"\b",
               _NO_DOOR_REASON + r"\bnot (?:be(?:en)? )?(?:delivered|attempted) (?:the |a |an )?" + _CARRIER_CAUSE + r"\b",
               # India's e-way bill (the transport permit of goods) missing or expired: held, before "expired" ends the tracking.
               r"\be ?way ?bills? (?:\w+ )?(?:required|missing|expired|pending|awaited|invalid|not (?:\w+ )?(?:generated|provided|available))",
               # Put off to another day for the carrier's reason: a delay, before "will be delivered" reads it as on its way.
               _NO_DOOR_REASON + r"\b(?:will|to) be (?:re)?delivered (?:\w+ ){0,5}(?:due to|because of|owing to) (?:the |a |an )?"
               + _CARRIER_CAUSE + r"\b",
               # The cause alone is the evidence, as the courier's own reason steps give it.
               _NO_DOOR_REASON + r"\b" + _CARRIER_CAUSE + r"(?= (?:\w+ ){0,3}" + _NOT_DELIVERED + r"\b)"),
    }),
    # A return to origin called off: the parcel goes on to the recipient.
    ("in_transit", {
        "en": (r"\b(?:rto|rts|return to (?:origin|sender|shipper|seller))(?: request)? (?:has been |was |is )?"
               r"(?:cancel+ed|revoked|withdrawn|reversed|aborted)\b",
               r"\bnot (?:been )?delivered yet\b(?!.*\b(?:attempt\w*|fail\w*|refus\w*|reason)\b)"),
    }),
    # Not yet collected by the courier from the sender: data only, not a parcel lost from sight.
    ("info_received", {
        "en": (r"\bnot (?:yet )?(?:been )?picked up by (?:the |our )?" + _COURIER + r"\b",),
    }),
    # Returned to the delivering branch after a failed attempt, a parcel detained because the recipient could not be
    # reached or asked for another day: a failed delivery.
    ("delivery_failed", {
        "en": (r"\breturn(?:ed)? to (?:the )?(?:\w+ )?" + _NETWORK_PLACE + r" (?:\w+ )?(?:after|following|due to) (?:a |the )?"
               r"(?:failed|unsuccessful|missed) (?:delivery|attempt)",
               r"\b(?:detained|held|on hold)\b(?: \w+){0,3}? (?:" + _PERSON + r"|contact|phone)s? (?:\w+ )?(?:not reachable|unreachable|"
               r"not contactable|uncontactable|not answering|not available|unavailable|request\w* (?:to |a )?reschedul\w*)"),
    }),
    # Delivered to a hub or a shop for the recipient to collect: waiting there, before "pickup by customer" reads a delivery.
    ("available_for_pickup", {
        "en": (r"(?<!not )delivered (?:to|at) (?:the |a |our )?(?:\w+ ){0,2}(?:hub|depot|branch|station|office|point|shop|store|locker|"
               r"counter) for (?:\w+ ){0,2}(?:pick ?up|collection)\b",),
    }),
    # Back at the depot because of the carrier's cause; damaged packaging whose contents are being checked: its problem,
    # before "returned to depot" fails the delivery or "damaged" ends it.
    ("exception", {
        "en": (_NO_DOOR_REASON + r"\breturned to (?:the )?(?:\w+ )?" + _NETWORK_PLACE + r" (?:\w+ ){0,3}(?:after|due to|because of|owing to) "
               r"(?:the |a |an )?" + _CARRIER_CAUSE + r"\b",
               r"\bdamag\w* (?:outer )?(?:packag\w*|box|carton|wrapping)\b(?: \w+){0,2}? contents? (?:are |is )?(?:being )?"
               r"(?:checked|inspected|verified|examined)"),
    }),
    # Not collected by the recipient and sent back: a return, before "not collected" reads a problem.
    ("returned", {
        "en": (r"\bnot (?:been )?(?:collected|claimed|picked up)\b(?: \w+){0,5}? (?:and )?(?:is being |has been |was |being )?"
               r"(?:returned|sent back) to (?:the )?" + _SENDER + r"\b",),
    }),
)

MEANING_ENGLISH_4_LATE_STEPS: tuple[Step, ...] = (
    # A COD amount remitted or transferred to the seller, a fee charged to it for a return: money, not the parcel.
    ("unknown", {
        "en": (r"\b(?:cod|cash on delivery) (?:\w+ ){0,2}(?:remitted|transferred|credited|settled|deposited|released|paid out)\b",
               r"\bremittance\b",
               r"\b(?:return|rto) (?:processing |shipping |handling )?(?:fee|charge)s? (?:has been |have been |was |were )?"
               r"(?:charged|debited|deducted|applied|levied)\b"),
    }),
    # An incident or issue resolved, a return to origin being processed, a parcel sent on to a place of the network.
    ("in_transit", {
        "en": (r"\b(?:incident|issue|exception|problem)s? (?:has been |have been |was |is )?(?:resolved|solved|closed|cleared|fixed)\b",
               # The verb alone is the evidence, as the broad movement step gives it.
               r"(?<!wrong )(?<!wrongly )\b(?:sent|moved|transferred|forwarded)(?= (?:on )?to (?:the |a |our )?(?!wrong )(?:\w+ ){0,2}"
               + _NETWORK_PLACE + r"\b(?!.*\b(?:collect\w*|pick ?up|self)\b))",
               r"(?<!not )delivered (?:to|at) (?:the |a |our |its )?(?!wrong )(?:\w+ ){0,2}(?:depot|hub|sort\w* cent(?:er|re)|"
               r"parcel cent(?:er|re)|gateway|transit point|terminal|partner(?! (?:point|shop|store|location|locker)))\b"
               r"(?!.*\b(?:collect\w*|pick ?up|self)\b)",
               r"^(?:delivery|delivering) (?:\w+ )?(?:on|for) (?:the )?next (?:working |business )?day$",
               r"(?:handed|passed|transferred|given)(?: over)? to (?:the |a |our )?(?:local|partner|domestic|last mile|third party|"
               r"3rd party|destination|national) (?:courier|carrier|post|postal|delivery)\w*",
               r"^(?:shipment |parcel |order )?picked$",
               r"\bin (?:the )?delivery (?:depot|hub|station|cent(?:er|re)|office|branch|facility)\b",
               r"\b(?:deliver(?:y|ies)|services?|operations?) (?:have |has )?(?:resumed|restored|back to normal)\b"),
    }),
    # Still to be picked up from the sender: data only, before the broad "picked up" moves it.
    ("info_received", {
        "en": (r"^(?:(?:shipment|parcel|order|package|item|consignment)s? )?(?:is )?(?:yet )?to be picked up"
               r"(?:$| (?:from|by) (?:the )?(?:courier|carrier|driver|rider|" + _SENDER + r")\b)",
               # The van or courier on its way to the sender, a pickup under way, on hold or awaited: no parcel with it yet.
               r"(?:van|driver|rider|courier|vehicle) (?:is )?(?:en ?route|on (?:the|its|his|her) way|heading) to (?:the )?"
               r"(?:pick ?up|collect\w*)\b(?! (?:point|station|locker|counter|shop|location))",
               r"\bunder pick ?up\b", r"^pick ?up (?:is )?(?:on hold|held|delayed|rescheduled)\b",
               r"(?:pending|awaiting|waiting for) (?:collection|pick ?up) (?:from (?:the )?" + _SENDER + r"|by (?:the )?" + _COURIER + r")\b"),
    }),
    ("returned", {
        "en": (r"\breturn (?:processing|being processed|processed (?:to|for) (?:the )?(?:origin|sender|shipper|seller))\b"
               r"(?! (?:fee|charge|cost)s?\b)",),
    }),
    # The carrier's side: a delay in delivery, a parcel that could not be sent on, a label no one can read, e-way bills.
    ("exception", {
        "en": (r"^(?:\w+ )?delay(?:ed|s)? in (?:the )?delivery\b",
               # The problem's noun alone is the evidence, as the broad problem step gives it.
               r"\b(?:incident|problem|issue|exception|error)s?(?= (?:in|with|during) (?:the )?delivery\b)",
               r"(?:export|import|customs) declaration (?:is )?(?:pending|missing|required|awaited|incomplete|rejected)\b",
               r"^(?!.*\b(?:payment|refund|card|request|sms|e ?mail)\b).*?\b(?:could not|couldn t|cannot|can t|unable to|not able to) "
               r"(?:be )?(?:forwarded|dispatched|despatched|loaded|connected|transferred|moved)\b",
               r"\b(?:unreadable|illegible|unscannable|no|missing) (?:shipping |address )?label\b",
               # Over the weight or size paid for, waiting for the sender to confirm: held on the carrier's side.
               r"^(?:(?:parcel|shipment|item|consignment|package)s? )?(?:is )?(?:overweight|oversized?)\b"
               r"(?! (?:surcharge|fee|charge|parcel|shipment|item|package|consignment)s?\b)(?!.*\bdelivered\b)",
               r"(?:pending|awaiting|waiting for) (?:the )?" + _SENDER + r"s? (?:s )?(?:confirmation|approval|response|reply)\b"),
    }),
    # Reasons at the door in couriers' terse words: a premise closed, the recipient not in or not around, a reschedule
    # pending, the building's security not letting the delivery in, the recipient unreachable.
    ("delivery_failed", {
        "en": (r"\bpremise (?:is |was )?closed\b",
               _PERSON + r" (?:is |was )?not (?:in|around)(?:$| (?:at|during|when)\b)",
               r"\b(?:pending|awaiting) reschedul\w*", r"^re ?delivery$",
               r"(?:security|guard|reception|management|building|estate|condo\w*|apartment|society) (?:\w+ ){0,2}"
               r"(?:did not|didn t|does not|doesn t|would not|wouldn t|refused to|not) (?:allow|permit|let)\w* (?:the )?"
               r"(?:delivery|courier|driver|rider|entry|access|us)\b",
               r"\bcx (?:is )?(?:unreachable|not reachable|not contactable|uncontactable|not answering|not responding)\b",
               r"\bcx (?:has )?request\w* (?:a )?(?:reschedul\w*|future delivery|later delivery|another (?:day|date))",
               r"^(?:problem|issue)s? (?:(?:reported|registered|raised) )?(?:address (?:wrong|incorrect|incomplete)|wrong address)\b",
               r"(?:awaiting|pending|waiting for) (?:\w+ ){0,4}for re ?delivery\b",
               r"(?:pin ?code|post ?code|zip ?code|postal code) (?:\w+ )?(?:mismatch|incorrect|wrong|invalid)\b",
               r"(?:payment|cod|amount|amt|price) (?:mode )?(?:\w+ )?dispute\b",
               r"\bno (?:person|one|body) (?:available )?to (?:receive|accept|sign for|collect)\b",
               _PERSON + r" (?:could not|couldn t|cannot|can t) be (?:found|located|reached|contacted)\b",
               _PERSON + r" (?:has )?request\w* (?:the )?delivery (?:after|on|at|later|another|next|tomorrow)\b"),
    }),
    # Being delivered now, or today by the end of the day: the last leg, not a delivery.
    ("out_for_delivery", {
        "en": (r"^(?:your |the )?(?:\w+ )?(?:is|are) (?:now |currently )?being delivered(?:$| to you\b| by (?:our |the |a |your )?"
               r"(?:courier|driver|rider|agent|delivery \w+))" + NOT_LATER,
               r"(?:rider|courier|driver|delivery (?:boy|agent|executive|associate|partner)) (?:is |s )?(?:now )?delivering "
               r"(?:your|the)\b" + NOT_LATER,
               r"will be (?:delivered|with you) (?:by (?:the )?end of (?:the )?day|by eod|later today|this (?:afternoon|evening|morning))",
               r"\b(?:yours|your (?:parcel|package|order|item)) is next\b"),
    }),
    # A COD amount collected from the recipient: the parcel was handed over.
    ("delivered", {
        "en": (r"^(?:cod|cash on delivery|cash)(?: amount| payment)? (?:has been |was )?(?:collected|received)(?: from (?:the )?"
               + _PERSON + r")?$",),
    }),
    # In the delivery van: on the last leg.
    ("out_for_delivery", {
        "en": (r"^(?:your )?(?:parcel|shipment|item|package|order)s? (?:is )?(?:now )?(?:in|on) (?:the |a )?delivery (?:van|vehicle|truck)$",),
    }),
    # Being delivered on another day or by a partner: still on its way.
    ("in_transit", {
        "en": (r"(?:is|are) (?:now |currently )?being (?:re)?delivered\b(?! (?:to|at) (?:the |a )?wrong\b)(?!.*\btoday\b)",),
    }),
    # Left with the building's guard or reception, received by a person of the household: delivered.
    ("delivered", {
        "en": (r"\bleft (?:at|with) (?:the )?(?:security|guard|reception|receptionist|concierge|front desk|neighbou?r)\w*",
               r"\breceived by (?:the )?(?:owner|self|family|wife|husband|son|daughter|father|mother|relative|tenant|colleague|maid|"
               r"helper|security|guard|receptionist|neighbou?r)\b"),
    }),
    # Left at a branch or a counter for the recipient, waiting for the recipient to collect it.
    ("available_for_pickup", {
        "en": (r"\bleft (?:at|in|with) (?:the |a |our )?(?:\w+ ){0,2}(?:branch|post office|counter|parcel ?shop|pick ?up point|store|"
               r"office|station|service point) for (?:\w+ ){0,2}(?:collection|pick ?up)\b",
               r"waiting for (?:the )?" + _PERSON + r" to (?:collect|pick)\w*",
               r"^available (?:in|at) (?:the |our )?(?:\w+ )?(?:office|branch|counter|post office|store|shop|service point)$"),
    }),
)

MEANING_ENGLISH_4_STEPS: tuple[Step, ...] = (
    # Unrest and closures that stop the carrier's rounds.
    ("exception", {
        # Not a place named after one ("Bandh Rd" in an address).
        "en": (r"\b(?:curfew|lockdown|bandh|civil unrest|riots?)\b(?! (?:rd|road|marg|street|st|lane|nagar|colony)\b)"
               r"(?!.*\b(?:lifted|ended|over|relaxed|eased)\b)", r"\bout of coverage\b",
               r"^(?:issue|problem|incident)s? (?:has been |was )?(?:reported|raised|logged|registered|opened)\b"),
    }),
    # At a place of the network, nothing more said.
    ("in_transit", {
        "en": (r"^(?:your )?(?:parcel|shipment|item|consignment|package)s? (?:is )?(?:now )?(?:at|in) (?:the |our )?(?:\w+ ){0,2}"
               + _NETWORK_PLACE + r"$",),
    }),
    # The shipment created or its waybill printed by the sender, registered by the sender, uploaded: data only.
    ("info_received", {
        "en": (_SENDER + r"s? (?:has |have )?(?:created|registered|booked) (?:the |a |your )?(?:shipment|consignment|parcel|order)\b",
               r"(?:registered|created|announced) by (?:the )?" + _SENDER + r"\b",
               r"\b(?:air ?way ?bill|awb|waybill|consignment note|shipping label|label)s? (?:has been |was |is )?printed\b",
               r"^(?:shipment|consignment|order|awb|manifest)s? (?:has been |was |is )?uploaded\b",
               r"^registered$", r"^(?:shipment|consignment|order|parcel)s? booked$"),
    }),
    # Signed for, the courier's word for a delivery ("Parcel signed"); a return signed for is read before.
    ("delivered", {
        "en": (r"^(?:parcel|shipment|item|package|consignment)s? (?:has been |was )?signed(?: for)?$",),
    }),
)
