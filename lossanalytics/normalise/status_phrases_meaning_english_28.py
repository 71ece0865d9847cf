"""English tracking texts read by their meaning, twenty-eighth pass (round 76): the last leg and the time before the
carrier has the parcel as delivery apps, marketplaces and shops write them to the customer ("We tried to reach you for
your delivery but couldn't connect", "no one was available to receive the order", "rescheduled to the requested time",
"unable to safely complete this delivery", "final pickup notice", "Pending shipment").

The reading follows what the words say happened at the door (DESIGN §4). A carrier or driver that tried to reach the
recipient for a delivery and could not (no answer, could not connect, will try again) made an attempt that failed; so
did one that found no one available (present, at home) to receive, accept or sign for the parcel, and one unable to
complete the delivery (safely, this time). A delivery rescheduled to the time the recipient asked for (requested,
preferred, chosen) is a reschedule asked: a failed delivery, where a delivery rescheduled on its own stays a delay. A
final or last pickup (collection) notice or reminder is a parcel waiting for the recipient at a pickup point, even when
it warns of a return to come; a return said to have happened still decides. A shipment, dispatch or fulfilment
pending, said on its own, has not reached the carrier. A request to verify, confirm or update the delivery address is
an address being corrected: an exception.

Two groups. MEANING_ENGLISH_28_FIRST_STEPS comes first in the first pass's first group (before the twenty-seventh
pass's): the outcome steps after it read "rescheduled" as a delay, "return to sender" as a return and "arrived" as a
parcel on its way. MEANING_ENGLISH_28_LATE_STEPS comes after the twenty-seventh pass's late group: the texts it reads
are read by nothing earlier.

Written by the team to DESIGN §4 (round 76); the examples are tests/test_status_meaning_english_28.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Not able to, as the texts fold ("couldn't" is "couldn t").
_UNABLE = (r"(?:could not|couldn t|cannot|can not|can t|was not able to|wasn t able to|were not able to|"
           r"weren t able to|unable to|was unable to|were unable to)")
# What the recipient receives.
_GOODS = r"(?:parcel|package|order|shipment|item|delivery|goods)"
# A return said to have happened (not one warned of).
_RETURN_DONE = r"(?!.*\b(?:has been|have been|was|were|is being|is now being|been) returned\b)"

MEANING_ENGLISH_28_FIRST_STEPS: tuple[Step, ...] = (
    # Rescheduled to the time the recipient asked for: a reschedule asked (before "rescheduled" reads a delay).
    ("delivery_failed", {
        "en": (r"\brescheduled (?:to|for) (?:the |your )?(?:requested|preferred|chosen|selected|agreed) "
               r"(?:time|date|day|slot|time slot|window|delivery (?:time|date|slot|window))\b",),
    }),
    # A final or last pickup notice: waiting at a pickup point (before "return to sender" reads a return).
    ("available_for_pickup", {
        "en": (r"\b(?:final|last) (?:pick ?up|collection) (?:notice|reminder)\b" + _RETURN_DONE,),
    }),
    # Tried to reach the recipient for a delivery and could not: a failed attempt (before "tried" and "arrived").
    ("delivery_failed", {
        "en": (r"\b(?:tried|attempted|were trying) to (?:reach|contact|call|phone) you (?:for|about|regarding) "
               r"(?:your |the |this )?" + _GOODS + r"\b.*\b(?:" + _UNABLE + r" (?:connect|reach you|get through)|"
               r"no (?:answer|response|reply)|try again)\b",
               r"\bno ?one (?:was |is )?(?:available|present|at home|home|there) to (?:receive|accept|sign for|collect|"
               r"take)\b",
               r"\b" + _UNABLE + r" (?:safely )?complete (?:this |the |your )?delivery\b"),
    }),
)

MEANING_ENGLISH_28_LATE_STEPS: tuple[Step, ...] = (
    # A shipment, dispatch or fulfilment pending, said on its own: before the carrier.
    ("info_received", {
        "en": (r"^pending (?:shipment|dispatch|despatch|fulfil+ment)$",),
    }),
    # A request to verify, confirm or update the delivery address: an address being corrected.
    ("exception", {
        "en": (r"^please (?:verify|confirm|check|update|correct)(?: and (?:update|correct|confirm))? (?:your |the )?"
               r"(?:delivery |shipping )?address\b",),
    }),
)
