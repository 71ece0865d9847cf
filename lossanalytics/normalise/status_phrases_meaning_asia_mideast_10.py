"""Persian and Hebrew status texts read by their meaning, tenth pass (round 58): the last leg and its neighbours as
Iranian couriers and an Israeli courier and pickup-point network write them ("تحویل سفیر جهت تحویل به گیرنده",
"ارسال به پیک برای توزیع", "عودت به شعبه توزیع از پیک", "عدم حضور گیرنده", "בדרך למסירה", "בדרך לנקודת חלוקה",
"בנקודת חלוקה ממתין לסריקה", "נקלט ממיינת").

The reading follows who holds the parcel and where (DESIGN §4): a parcel handed to the courier (safir, pik) to be
delivered, or being distributed, is on its round; one handed to the recipient is delivered; the recipient absent and a
wrong address fail the delivery; one back at the destination hub or the distribution branch after the round is neither
delivered nor going back to the sender: it is held there; one sent back to the issuing (origin) branch or the sender is
a return. A parcel on its way to a pickup (distribution) point, or at one but not yet scanned in, is still moving; one
waiting there for its addressee waits for pickup (the earlier steps read that).

Two groups:
- ASIA_MIDEAST_FIRST_STEPS_10, just before the seventh pass's first steps, before "נקודת חלוקה" (a distribution point)
  reads a parcel waiting there and "בדרך" (on the way) a movement: on the way to or not yet scanned in at a pickup or
  distribution point moves on; on the way to delivery ("בדרך למסירה") is the round; the return leg of a double
  (deliver-and-bring-back) shipment is a return.
- ASIA_MIDEAST_LATE_STEPS_10, just before the eighth pass's late steps, for texts nothing earlier reads: the Persian
  states from the waybill's issue to its voiding, and Hebrew states before collection and inside the network.

Folded like the text (lossanalytics.normalise._rules.fold: "آ" and "أ" as "ا", Hebrew final letters as ordinary ones).
Written by the team from DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_10.py holds the examples); no
courier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases

# The courier who takes the parcel to the recipient: safir, pik, the agent, the distributor.
_FA_COURIER = r"(?:سفیر|پیک|مامور|موزع)"
# The carrier's own places a parcel comes back to after the round or passes through.
_FA_PLACE = r"(?:هاب|شعبه|انبار|مرکز)"
# A pickup (distribution, collection, delivery) point.
_HE_POINT = r"(?:ה)?נקודת (?:ה)?(?:חלוקה|איסוף|מסירה)"

ASIA_MIDEAST_FIRST_STEPS_10: tuple[Step, ...] = (
    # On the way to delivery: the round, before "בדרך" (on the way) reads a movement.
    ("out_for_delivery", {
        "he": rtl_phrases(r"בדרך למסירה"),
    }),
    # On the way to a pickup point, or at one but not yet scanned in: still moving, before "נקודת חלוקה" reads it
    # as waiting for its addressee.
    ("in_transit", {
        "he": rtl_phrases(r"בדרך ל" + _HE_POINT, r"ממתינ\S* לסריקה"),
    }),
    # The return leg of a double (deliver-and-bring-back) shipment: back to the sender.
    ("returned", {
        "he": rtl_phrases(r"חזרה (?:מ|של )(?:ה)?משלוח (?:ה)?כפול"),
    }),
)

ASIA_MIDEAST_LATE_STEPS_10: tuple[Step, ...] = (
    # Handed to the courier to deliver, sent to the courier for distribution, being distributed: the round.
    ("out_for_delivery", {
        "fa": rtl_phrases(r"تحویل (?:به )?" + _FA_COURIER + r"\S* (?:جهت|برای) (?:تحویل|توزیع)",
                          r"ارسال به " + _FA_COURIER + r" (?:جهت|برای) (?:تحویل|توزیع)",
                          r"در ?حال توزیع"),
    }),
    # Handed to the recipient, delivered, distributed: delivered.
    ("delivered", {
        "fa": rtl_phrases(r"تحویل (?:به )?گیرنده (?:شد|گردید)", r"^تحویل (?:داده )?شده$", r"^توزیع شده"),
    }),
    # The recipient absent, a wrong address: a failed delivery.
    ("delivery_failed", {
        "fa": rtl_phrases(r"عدم حضور (?:گیرنده|مشتری)", r"آدرس (?:اشتباه|نادرست)"),
    }),
    # Back at the destination hub or the distribution branch after the round, a problem declared with the waybill:
    # held, neither delivered nor going back to the sender.
    ("exception", {
        "fa": rtl_phrases(r"(?:عودت|برگشت) به " + _FA_PLACE + r" (?:مقصد|توزیع)", r"بارنامه (?:\S+ )?دارای مشکل"),
    }),
    # Sent back to the issuing (origin) branch or the sender: a return.
    ("returned", {
        "fa": rtl_phrases(r"(?:عودت|برگشت) به (?:" + _FA_PLACE + r" )?(?:صادرکننده|مبدا|فرستنده)"),
    }),
    ("lost", {
        "fa": rtl_phrases(r"مفقود (?:شده|گردید)"),
    }),
    # Spoiled: the goods perished.
    ("damaged", {
        "fa": rtl_phrases(r"فاسد (?:شده|گردید)"),
    }),
    ("cancelled", {
        "fa": rtl_phrases(r"^باطل شده$", r"^لغو (?:درخواست|سفارش|مرسوله)$"),
    }),
    # Being issued, awaiting payment, awaiting or being collected, awaiting dispatch; open, approved for execution,
    # waiting to be shipped: nothing has reached the carrier yet.
    ("info_received", {
        "fa": rtl_phrases(r"در ?حال صدور", r"^در انتظار پرداخت$", r"در انتظار (?:جمع(?:\u200c| )?آوری|ارسال)",
                          r"در ?حال جمع(?:\u200c| )?آوری"),
        "he": rtl_phrases(r"^פתוח$", r"^אושר לביצוע$", r"^ממתינ\S* למשלוח$"),
    }),
    # Into a hub, ready for distribution, sent; taken in by (or from) the sorter, in a distribution bag, changed
    # into a home delivery: still moving.
    ("in_transit", {
        "fa": rtl_phrases(r"ورود به " + _FA_PLACE, r"آماده(?:ی)? توزیع", r"^ارسال شده$"),
        "he": rtl_phrases(r"נקלט\S* (?:מה)?ממיינ", r"בשק (?:ה)?פיזור", r"שודרג\S* ל(?:משלוח|שליח)"),
    }),
)
