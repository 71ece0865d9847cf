"""English tracking texts read by their meaning, twenty-fourth pass (round 65): the sentences shops' e-mails give an
order or a shipment before the carrier has it ("Your shipment has been registered and is awaiting pickup", "Your order
has been received and is awaiting confirmation").

The reading follows what the words say of the parcel (DESIGN §4). A shipment registered, created or booked and now
awaiting the carrier's pickup or collection has not reached the carrier (before "awaiting pickup" reads a parcel
waiting for its recipient at a pickup point), and so has an order received and awaiting its confirmation or payment,
or an order awaiting them on its own (before "awaiting payment" reads duties or charges holding a parcel). A parcel
awaiting pickup with nothing said of its registration, and a parcel held for a payment of duties, are left to the steps
that read them.

MEANING_ENGLISH_24_FIRST_STEPS comes first in the first pass's first group (before the twenty-third pass's), as the
other passes read "awaiting pickup" as a parcel at a pickup point and "awaiting payment" as a hold.

Written by the team to DESIGN §4 (round 65); the examples are tests/test_status_meaning_english_24.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

MEANING_ENGLISH_24_FIRST_STEPS: tuple[Step, ...] = (
    # Registered and awaiting the carrier's pickup, an order received and awaiting confirmation or payment: not yet
    # with the carrier, before "awaiting pickup" reads a pickup point and "awaiting payment" a hold.
    ("info_received", {
        "en": (r"\b(?:registered|created|booked) and (?:is |are )?(?:now )?awaiting (?:carrier )?"
               r"(?:pick ?up|collection)\b",
               r"^(?:your |the )?order (?:has been |was )?received and (?:is )?awaiting (?:its |your )?"
               r"(?:confirmation|payment)\b",
               r"^(?:your |the )?order (?:is )?awaiting (?:its |your )?(?:confirmation|payment)$"),
    }),
)
