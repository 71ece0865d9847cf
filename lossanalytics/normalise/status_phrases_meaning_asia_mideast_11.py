"""Arabic and Indonesian order and shipment states read by their meaning, eleventh pass (round 60): the bare states
shopping carts and commerce platforms print beside the carrier ("جديد", "في انتظار الشحن", "قيد الانتظار",
"تتم معالجة امر الشراء", "شحنت", "اُسترجعت", "Menunggu pengiriman", "dikirim", "Dikembalikan").

ASIA_MIDEAST_LATE_STEPS_11, just before the ninth pass's late steps, read only texts nothing else reads, each the whole
text: an order new, unconfirmed, pending, ready, being processed as an order, or waiting to be shipped has not reached
the carrier (DESIGN §4: information received); a shipment that was shipped or sent is on its way; one brought back or
come back is a return. A bare "انتظار" (waiting: for what, not said), a payment pending, a redelivery awaited and a
state not carried out ("لم يتم تنفيذها": the order or the delivery, not said) are left alone.

Folded like the text (lossanalytics.normalise._rules.fold: Arabic marks off, "أ" and "آ" as "ا"; Latin lower case).
Written by the team from DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_11.py holds the examples); no
platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ASIA_MIDEAST_LATE_STEPS_11: tuple[Step, ...] = (
    # New, unconfirmed, pending, ready, an order being processed, waiting to be shipped: not yet with the carrier.
    ("info_received", {
        "ar": (r"^جديده?$", r"^غير مؤكده?$", r"^قيد الانتظار$", r"^مستعده?$",
               r"^(?:في )?انتظار (?:ال)?شحن(?:ة|ه)?$",
               r"^(?:تتم|يتم|جار[يى]|قيد) معالجة (?:امر الشراء|الطلب)$"),
        "id": (r"^baru$", r"^siap$", r"^menunggu pengiriman$"),
    }),
    # Shipped, sent: on its way.
    ("in_transit", {
        "ar": (r"^(?:شحنت|مشحن|مشحون)$",),
        "id": (r"^dikirim$",),
    }),
    # Brought back, come back: a return.
    ("returned", {
        "ar": (r"^(?:استرجعت|عادت?)$",),
        "id": (r"^dikembalikan$",),
    }),
)
