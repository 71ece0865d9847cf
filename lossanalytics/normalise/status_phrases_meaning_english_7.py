"""English tracking texts read by their meaning, seventh pass (round 33): the English of US regional carriers' event
codes, an Indian courier's undelivered reasons and its shipping platforms' steps ("Unsendable - Improper Packaging",
"Need gate code. Please contact us.", "Missed Pickup- Reached Late", "OTP NOT RECEIVED BY CONSIGNEE",
"Holiday:Scheduled for Delivery on Next Working Day", "Package Interchanged At Org or Dest", "RTO Lock Revoked").

The reading follows whose side a step is on and what has happened to the parcel: a pickup missed or declined leaves the
parcel with the sender, whatever "reached" or "declined" says after it; a one-time code the recipient never got keeps
the courier from handing the parcel over; a holiday that puts the delivery off to the next working day is a delay, not
a delivery scheduled as planned; a return to origin whose lock is revoked is called off, the parcel goes on to the
recipient; details asked for hold the parcel; a gate code missing keeps the courier out; a parcel the carrier will not
send (dangerous goods, packaging, contents) is held at its side, while an unsendable parcel that is damaged or whose
address is incomplete keeps the reading its outcome gives it; parcels swapped at origin or destination are a handling
error to put right; a request, a data entry and an order's information created are data only.

Two groups, spliced into the first pass's groups (and so into status_phrases.STEPS) after the sixth pass's:

- MEANING_ENGLISH_7_FIRST_STEPS, in MEANING_ENGLISH_FIRST_STEPS (before the outcome steps read "declined", "refused" and
  "not received by the consignee", before "scheduled for delivery" and the broad "reached", "hub" and "destination" move
  the parcel on).
- MEANING_ENGLISH_7_STEPS, in MEANING_ENGLISH_STEPS: texts nothing else reads.

Written by the team to DESIGN §4 (round 33); the examples are tests/test_status_meaning_english_7.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_meaning_english_2 import RECIPIENT_WORDS
from lossanalytics.normalise.status_phrases_outcomes import Step

# A code the recipient must give the courier at the door.
_HANDOVER_CODE = r"(?:otp|one time (?:password|pin|code)|delivery (?:code|pin)|verification code)"
# What a gate or a building asks for before the courier can reach the door.
_ACCESS = r"(?:gate|door|entry|access|building|buzzer|lobby|intercom|community)"

MEANING_ENGLISH_7_FIRST_STEPS: tuple[Step, ...] = (
    # The recipient's code never came: the courier could not hand the parcel over, before "not received by the
    # consignee" leaves the text unread. A code not shared is the recipient's refusal, read as such elsewhere.
    ("delivery_failed", {
        "en": (r"\b" + _HANDOVER_CODE + r"s? (?:was |is |has )?(?:not|never) (?:been )?received\b",
               r"\b" + RECIPIENT_WORDS + r" (?:did not|didn t|has not|hasn t) (?:yet )?receive[d]? (?:the |an |a )?" + _HANDOVER_CODE + r"\b"),
    }),
    # A holiday puts the delivery off to the next working day: a delay, before "scheduled for delivery" moves it on.
    ("exception", {
        "en": (r"^(?:public |bank |national |festival )?holidays?\b.*\b(?:next|following) (?:working|business) day\b",),
    }),
    # A pickup missed or declined: the parcel is still with the sender, before "declined" or "refused" fail a delivery.
    ("info_received", {
        "en": (r"\bpick ?up (?:was |has been )?(?:declined|refused|rejected|missed)\b", r"\bmissed (?:the )?pick ?up\b"),
    }),
    # A return to origin whose lock is revoked is called off: the parcel goes on to the recipient.
    ("in_transit", {
        "en": (r"\b(?:rto|rts)(?: lock)? (?:has been |was |is )?(?:revoked|cancel+ed|withdrawn|reversed)\b",),
    }),
    # Parcels swapped at origin or destination: a handling error to put right, before "hub" or "destination" move it on.
    ("exception", {
        "en": (r"\b(?:package|parcel|shipment|consignment|piece)s? (?:was |were |got )?(?:interchanged|swapped|mixed up)\b",),
    }),
)

MEANING_ENGLISH_7_STEPS: tuple[Step, ...] = (
    # The carrier will not send it, details are asked for: held on the carrier's side.
    ("exception", {
        "en": (r"^unsendable\b",
               r"^(?:more |further |additional )?(?:details|information|info|data) (?:is |are )?(?:needed|required|requested)\b"),
    }),
    # No gate or building code: the courier could not reach the door.
    ("delivery_failed", {
        "en": (r"\b(?:need|needs|needed|require[sd]?|missing|no|without) (?:a |the )?" + _ACCESS + r" (?:code|key|fob|pin)s?\b",
               r"\b" + _ACCESS + r" (?:code|key|fob|pin)s? (?:is |was )?(?:needed|required|missing)\b"),
    }),
    # Data only: the shipper's request received, an order's information created, a data entry.
    ("info_received", {
        "en": (r"^(?:ship|shipping|shipment|delivery) request (?:was |has been )?(?:received|created|submitted|registered)\b",
               r"^(?:order|shipment|shipping|consignment) (?:information|info|data|details) (?:was |were |has been |have been )?"
               r"(?:created|transmitted|sent|entered)\b",
               r"^(?:shipment |order )?data (?:entry|entered)$"),
    }),
)
