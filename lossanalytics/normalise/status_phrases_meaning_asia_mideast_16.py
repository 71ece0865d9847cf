"""Hebrew tracking texts read by their meaning, sixteenth Asian and Middle-Eastern pass (round 75): an Israeli courier
dispatch platform's steps and job states ("השליח הגיע לנקודת האיסוף", "נשלחה לשליחים", "נבחר שליח", "אספתי") and a
freight forwarder's Hebrew shipment events ("שחרור מכס בתהליך", "המשלוח התקבל").

The reading follows who holds the parcel (DESIGN §4). A job sent out to couriers, waiting for their replies, couriers
who accepted it, a courier chosen or a courier who accepted the order, a courier who arrived at the pickup point (the
courier, not the parcel: "החבילה הגיעה לנקודת האיסוף" stays a parcel waiting for its recipient): nothing has been
handed over yet. A courier who says "I collected" ("אספתי"), a customs release in progress or completed, a shipment
received (alone, by the carrier or forwarder): it moves on.

Two groups:
- ASIA_MIDEAST_FIRST_STEPS_16 come first of the Asian and Middle-Eastern first groups (before the fifteenth's): the
  courier at the pickup point before "נקודת האיסוף" reads a parcel waiting for its recipient, and a job sent to
  couriers before "נשלח" reads a parcel dispatched.
- ASIA_MIDEAST_LATE_STEPS_16 come just before the fifteenth pass's late steps and read only texts nothing else reads.

Folded like the text (lossanalytics.normalise._rules.fold: Hebrew final letters as the ordinary ones, punctuation as
spaces). Written by the team from DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_16.py holds the
examples); no source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases

# A courier, couriers (final mem folded).
_HE_COURIER = r"(?:ה)?שליח(?:ימ)?"

ASIA_MIDEAST_FIRST_STEPS_16: tuple[Step, ...] = (
    # The courier arrived at the pickup point (to collect from the sender), or says so; a job sent out to couriers:
    # nothing handed over, before "נקודת האיסוף" reads a parcel waiting for its recipient and "נשלח" a dispatch.
    ("info_received", {
        "he": rtl_phrases(r"^ה?שליח (?:הגיע|הגעתי) ל(?:נקודת )?ה?איסופ",
                          r"^הגעתי ל(?:נקודת )?ה?איסופ$",
                          r"^(?:ה?הזמנה |ה?משלוח )?נשלח(?:ה)? ל" + _HE_COURIER + r"$"),
    }),
)

ASIA_MIDEAST_LATE_STEPS_16: tuple[Step, ...] = (
    # Waiting for couriers' replies; couriers who accepted; a courier
    # chosen or accepting the order: nothing handed over yet.
    ("info_received", {
        "he": rtl_phrases(r"^ממתינ(?:ה)? ל(?:תגובות|תגובת " + _HE_COURIER + r")",
                          _HE_COURIER + r" שאישרו",
                          r"^נבחר " + _HE_COURIER + r"$",
                          r"^" + _HE_COURIER + r" אישר(?: את ה?הזמנה| את ה?משלוח)?$"),
    }),
    # Collected (said by the courier); a customs release in progress or completed; a shipment received alone: moving
    # on.
    ("in_transit", {
        "he": rtl_phrases(r"^אספתי$",
                          r"שחרור (?:ה)?מכס (?:בתהליכ|הושלמ)",
                          r"^ה?משלוח התקבל$"),
    }),
)
