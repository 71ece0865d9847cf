"""Arabic status texts read by their meaning, a pass for a delivery management platform's Arabic labels (round 53):
"تم التقديم", "جاهز للإرسال", "تم تعيينه للسائقين", "تم الإبلاغ إلى الإدارة", "تم التحويل خارجًا", "تم تأجيل التوصيل".

- ASIA_MIDEAST_FIRST_STEPS_8, just before status_phrases_meaning_asia_mideast_6's first steps, before the Arabic
  steps read a postponed delivery ("تأجيل التوصيل") as the recipient's: a delivery postponed with nobody named as
  asking for it ("تم تأجيل التوصيل" and nothing more) holds the parcel, as "Postponed delivery" does in English; the
  customer asking for it ("العميل طلب تأجيل") still fails the delivery.
- ASIA_MIDEAST_LATE_STEPS_8, just before status_phrases_meaning_asia_mideast_4's late steps, for texts nothing else
  reads: a shipment only submitted, ready for sending or assigned to the drivers (for its pickup) has not reached the
  carrier; one reported to the management is held; one transferred out (to another carrier) moves on.

Folded like the text (lossanalytics.normalise._rules.fold: Arabic letter variants in one form, "أ" and "إ" as "ا",
"ة" as "ه", "ئ" as "ي"). Written by the team from DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_8.py
holds the examples); no platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ASIA_MIDEAST_FIRST_STEPS_8: tuple[Step, ...] = (
    # Delivery postponed, nobody named as asking: held, not the recipient's failed delivery.
    ("exception", {
        "ar": (r"^(?:تم )?تأجيل (?:ال)?(?:توصيل|تسليم)$",),
    }),
)

ASIA_MIDEAST_LATE_STEPS_8: tuple[Step, ...] = (
    # Submitted, ready for sending, assigned to the drivers: not yet with the carrier.
    ("info_received", {
        "ar": (r"^تم (?:ال)?تقديم(?: (?:ال)?طلب)?$",
               r"^جاهزه? لل?إرسال$",
               r"\bتعيين\S*(?: \S+){0,2} (?:لل|الى ال|إلى ال)سائق",),
    }),
    # Reported to the management: held.
    ("exception", {
        "ar": (r"\bالإبلاغ (?:إلى|الى|لل)\s?(?:ال)?إدار",),
    }),
    # Transferred out: on to another carrier.
    ("in_transit", {
        "ar": (r"\bالتحويل (?:خارج|للخارج)",),
    }),
)
