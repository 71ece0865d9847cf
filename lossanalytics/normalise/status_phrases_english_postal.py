"""English of national postal operators and of the UPU / IPS event names they share, tried right
after the regional couriers' English, because each decides against a word beside it that alone
would say something else: an item "returned from customs" went back to the post, not to the
sender; an item "held at the outward office of exchange" is on hold, not waiting for the
recipient; an addressee who "cannot be located" is a failed delivery, not a lost parcel, and one
who "left without instructions" left the address, the parcel did not leave; an "intimation
delivered" is a notice left after a failed attempt; "Miss Sorted" is a mis-sort; "arrival at
collection point for pick-up (by recipient)" waits for the recipient; "Prepare transit" is a
step of the journey, no label being prepared; an order "received into final destination country"
is a parcel arriving, no order placed.

Most phrases are anchored on the whole text or on the IPS event name's first words ("Receive
item at …", "Insert item into bag", "Deliver item (Inb)"), because the short words they hold
("item received", "door locked", "deceased") say other things inside longer texts.

Vocabulary from India Post's event types and non-delivery reasons, the IPS event names of India
Post's, Uzbekistan Post's and Bulgarian Posts' tracking, the UPU EDI event names, Thailand Post's
status names, Hongkong Post's tracking points, NZ Post's statuses and Direct Link's status names
(lossanalytics/normalise/known_texts/SOURCES.md, eighteenth round, a).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_ADDRESSEE = r"(?:addressee|recipient|receiver|reciever|consignee)"
# "Returned from customs" is the customs' hand-back to the post unless a return to the sender follows.
_NOT_TO_SENDER = r"(?!.*\b(?:to|back to) (?:the )?(?:sender|shipper|origin)\b)"
# The IPS event names carry the direction as "(Inb)" / "(Otb)", folded to a last word.
_DIRECTION = r"(?: (?:inb|otb))?$"

ENGLISH_POSTAL_STEPS: tuple[Step, ...] = (
    # Customs handing the item back to the post (UPU EXC / EDC, IPS "Return item from customs").
    ("in_transit", {
        "en": (r"(?:item )?returned from (?:export |import )?customs" + _NOT_TO_SENDER,
               r"^return item from customs" + _DIRECTION),
    }),
    # Holds at an office of exchange (UPU EXD / EDA), a mis-sort, charges to pay, a local holiday.
    ("exception", {
        "en": (r"held (?:at|in) (?:the )?(?:inward|outward|transit) office of exchange",
               r"\bmiss sorted\b", r"^payment of charges$", r"^local holiday$"),
    }),
    # Waiting for the recipient: a collection point for pick-up, poste restante, kept on the
    # addressee's instructions or for the addressee's own pick-up.
    ("available_for_pickup", {
        "en": (r"(?:arrival|receive item) at (?:the )?collection point for pick ?up",
               r"\bposte restante\b", r"^on addressee instructions$", r"^addressee request own pick ?up$"),
    }),
    # The addressee, not the parcel: absent, gone, unknown, dead; a notice left; a bad address.
    ("delivery_failed", {
        "en": (_ADDRESSEE + r" (?:cannot|could not|can ?t) be located",
               _ADDRESSEE + r" left without (?:any )?(?:instructions|address)",
               r"^intimation (?:delivered|served)\b", r"^door locked$",
               r"^(?:" + _ADDRESSEE + r" )?(?:is )?(?:deceased|dead)$",
               r"wrong or missing address", r"^unsuccessful (?:physical )?delivery$", r"^try perform$"),
    }),
    # The postman's beat (India Post's delivery round), a physical delivery.
    ("out_for_delivery", {
        "en": (r"^beat dispatch", r"out for physical delivery"),
    }),
    ("delivered", {
        "en": (r"^deliver item" + _DIRECTION, r"^issued to (?:the )?(?:recipient|addressee)$"),
    }),
    ("cancelled", {
        "en": (r"^item cancel(?:led)?$",),
    }),
    ("returned", {
        "en": (r"^item return$",),
    }),
    ("info_received", {
        "en": (r"tracking number allocated",),
    }),
    # The IPS and India Post steps of the journey.
    ("in_transit", {
        "en": (r"^receive item (?:at|from)\b(?! (?:the )?collection point)", r"^insert item into (?:domestic )?bag",
               r"^send item (?:to domestic location|abroad)", r"^items? on (?:the )?way$",
               r"^item bagg(?:ed|ing)\b", r"^bag (?:received|despatched|dispatched)\b",
               r"^posting collection$", r"^prepare transit$", r"^item received$", r"^item address change$",
               r"^customs? receive$", r"received into (?:the )?(?:final )?destination country"),
    }),
)
