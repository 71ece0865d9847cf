"""English tracking texts read by their meaning, ninth pass (round 37): the English of a European shipping platform's
parcel statuses, Australian, Pakistani and Saudi couriers' status names, a cargo airline platform's e-commerce events
and a parcel network's order states ("Ready to send", "Not sorted", "Error collecting", "Return In Process",
"It's on board with driver", "On Route to Dropoff", "Being Return", "Missroute", "Return to Sort Facility after ADL -
Attempt", "The parcel has been dropped off at one of our collection points.").

The reading follows whose side a step is on and what has happened to the parcel: a parcel ready to send, a pickup or
drop-off still scheduled and a courier on his way to pick up are still with the sender, and so is a parcel whose
collection failed, however "attempted" or "error" reads elsewhere; a parcel the sender dropped off at one of the
carrier's own counters has been handed over; a booking or an announcement that failed, a parcel not sorted and a
misroute however spelt are problems to put right; a parcel recovered at a facility moves on, one taken back to the
depot or the sort facility after an attempt is a failed delivery, one gone or left for the recipient's door, on board
with the driver or on route to the drop-off is the round; a delivery method changed reroutes the parcel; a parcel
available at a pickup point waits there whatever redirected it; one picked up at a service point, with nobody but the
recipient named, is delivered; a return in process or "being return" is a return.

Three groups, spliced into the first pass's groups (and so into status_phrases.STEPS) after the eighth pass's:

- MEANING_ENGLISH_9_FIRST_STEPS, in MEANING_ENGLISH_FIRST_STEPS (before the last leg reads "attempted" as a failed
  delivery).
- MEANING_ENGLISH_9_LATE_STEPS, in MEANING_ENGLISH_LATE_STEPS (after the outcome steps, before the sender's side reads
  "announcement", the pickup place reads "service point" and the broad words "sorted", "left", "redirected", "depot",
  "sort" and "process" move the parcel on).
- MEANING_ENGLISH_9_STEPS, in MEANING_ENGLISH_STEPS: texts nothing else reads.

Written by the team to DESIGN §4 (round 37); the examples are tests/test_status_meaning_english_9.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Pickup and collection as the carrier's fetching of a parcel from the sender.
_FETCH = r"(?:pick ?up|collect)"
# A place where parcels wait for their recipients.
_PICKUP_PLACE = (r"(?:pudo|pick ?up (?:point|location|station)|service ?point|parcel ?shop|parcel ?locker|locker|"
                 r"collection point|relay point)")
# The carrier's own people, who may take in a sender's parcel at a pickup place.
_CARRIER_SIDE = r"(?:the |a |our )?(?:driver|courier|carrier|rider|agent)"
# The recipient's door, named from the carrier's side.
_RECIPIENT_DOOR = r"(?:the )?(?:consignee|recipient|receiver|customer|addressee)(?: s)? (?:door|doorstep|address|premises)"

MEANING_ENGLISH_9_FIRST_STEPS: tuple[Step, ...] = (
    # An attempt to fetch the parcel from the sender that failed: still with the sender, before the last leg reads
    # "attempted" as a failed delivery.
    ("info_received", {
        "en": (r"\battempted to " + _FETCH + r"\b(?! (?:the )?(?:cash|payment|money|cod)\b)",),
    }),
)

MEANING_ENGLISH_9_LATE_STEPS: tuple[Step, ...] = (
    # A booking or an announcement to the carrier that failed: a problem before any hand-over, before the sender's
    # side reads "announcement" as data sent.
    ("exception", {
        "en": (r"\b(?:announcement|booking|pre ?advice) (?:has |have )?failed\b",),
    }),
    # Not sorted: a problem at the hub, before "sorted" moves the parcel on.
    ("exception", {
        "en": (r"\b(?:not|never|could not be|couldn t be|unable to be) sorted\b",),
    }),
    # Taken back to the sort facility or the depot after an attempt, or back to a depot: the delivery failed, before
    # "sort" and "depot" move the parcel on; a return towards the sender reads as a return elsewhere.
    ("delivery_failed", {
        "en": (r"\breturn(?:ed)? to (?:the )?sort(?:ing)? (?:facility|centre|center|hub)\b.*\bafter\b.*\battempt",
               r"^return(?:ed)? to (?:the )?(?:local |delivery )?depot$"),
    }),
    # Gone or left for the recipient's door: the round, before "left" moves the parcel on.
    ("out_for_delivery", {
        "en": (r"\b(?:left|departed|gone) (?:\w+ ){0,4}for " + _RECIPIENT_DOOR + r"\b", r"\bgone (?:out )?for delivery\b"),
    }),
    # Available at a pickup place: waiting there, whatever redirected it, before "redirected" moves it on.
    ("available_for_pickup", {
        "en": (r"\bavailable (?:for (?:pick ?up|collection) )?at (?:the |a |your |our )?(?:\w+ ){0,2}" + _PICKUP_PLACE + r"\b",),
    }),
    # Picked up at a service point with no one of the carrier's named: the recipient took it, before "service point"
    # reads a parcel waiting there.
    ("delivered", {
        "en": (r"^(?:parcel |package |shipment )?(?:picked up|collected) at (?:the |a |your )?(?:\w+ )?service ?point"
               r"(?!.*\bby " + _CARRIER_SIDE + r"\b)",),
    }),
    # A return in process: a return, before "process" moves the parcel on.
    ("returned", {
        "en": (r"\breturn (?:shipment |transport )?(?:is )?in process\b",),
    }),
)

MEANING_ENGLISH_9_STEPS: tuple[Step, ...] = (
    # Still with the sender: ready to send, a pickup or drop-off scheduled, a courier on his way to fetch it, a
    # collection that went wrong.
    ("info_received", {
        "en": (r"^(?:parcel |package |shipment |order )?ready to (?:send|ship|dispatch|despatch)$",
               r"\bscheduled for (?:a )?(?:pick ?up|collection|drop ?off)\b(?! (?:point|location|station))",
               r"\b(?:on|en) route to (?:the )?pick ?up\b(?! (?:point|location|station))",
               r"^error (?:while |when )?collecting\b(?! (?:cash|payment|money|cod|duties|fees?)\b)"),
    }),
    # Handed in by the sender at one of the carrier's own counters.
    ("in_transit", {
        "en": (r"\bdropped off at (?:one of )?our (?:\w+ ){0,2}(?:collection|drop ?off|acceptance) (?:point|location|centre|center|counter)s?\b",
               r"^drop(?:ped)? off at (?:the |an |our )?express (?:center|centre)s?\b"),
    }),
    # A booking that could not be made, a misroute however spelt: problems to put right.
    ("exception", {
        "en": (r"\b(?:could not|couldn t|cannot|can t|unable to|failed to) (?:be )?book(?:ed)?$",
               r"^miss ?rout(?:e|ed|ing)$"),
    }),
    # Recovered at a facility: moving on.
    ("in_transit", {
        "en": (r"\b(?:package|parcel|shipment|consignment|item|freight)s? (?:has been |have been |was |were )?recovered at\b",),
    }),
    # A delivery method changed: the parcel rerouted, as a delivery address changed is.
    ("in_transit", {
        "en": (r"\bdelivery (?:method|option|type) (?:was |has been )?changed\b",),
    }),
    # On board with the driver, on route to the drop-off: the round.
    ("out_for_delivery", {
        "en": (r"\bon ?board with (?:the |your |our )?(?:driver|courier|rider)\b",
               r"\b(?:on|en) route to (?:the )?drop ?off\b(?! (?:point|location|station))"),
    }),
    # "Being return": a return under way however the verb is written.
    ("returned", {
        "en": (r"^(?:shipment |parcel |package |consignment )?being return$",),
    }),
)
