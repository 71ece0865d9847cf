"""Chinese and Japanese status texts read by their meaning, thirteenth East Asian pass (round 62): the end of a
store-to-store delivery as Taiwanese convenience-store services word it ("包裹已送抵取件門市", "已完成包裹取件",
"今日23:59後將退回物流中心") and the first state of a delivery provider's tracking in Japanese ("データを受信しました").

The reading follows who holds the parcel (DESIGN §4): a parcel that has reached the pickup store waits for its
recipient, and so does one the store will send back only after a deadline later today (the return has not begun); a
parcel whose pickup at the store is completed has reached its recipient; data received before the parcel moves is
information received.

Two groups:
- EAST_ASIAN_13_FIRST_STEPS, right after the twelfth pass's first group, before "退回" reads a return: a return
  announced for a time later today waits at the pickup store; a parcel brought to the pickup store ("送抵") waits there.
- EAST_ASIAN_13_LATE_STEPS, right after the twelfth pass's late group, for texts nothing earlier reads: the parcel's
  pickup or hand-out completed ("已完成包裹取件", "已完成包裹配件") is delivered unless a return is named; data received
  ("データを受信") is information received.

A bare "已完成取件" or "已取貨" is left alone: the same words say a courier collected the parcel from its sender.
Written by the team from DESIGN §4's statuses (tests/test_status_meaning_east_asian_13.py holds the examples); no
platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

EAST_ASIAN_13_FIRST_STEPS: tuple[Step, ...] = (
    ("available_for_pickup", {
        # Sent back only after a time later today ("今日23:59後將退回"): still at the store for its recipient.
        # Folding turns the colon into a space.
        "zh": (r"(?:今日|今天|当日)\s*\d{1,2}\s+\d{2}\s*(?:後|后)\s*(?:将|將)?\s*退回",
               # Brought to the pickup store or shop.
               r"(?:送抵(?:取件|取货)?(?:门市|门店|店铺|店舖))"),
    }),
)

EAST_ASIAN_13_LATE_STEPS: tuple[Step, ...] = (
    # The parcel's pickup or hand-out completed, no return named: the recipient has it.
    ("delivered", {
        "zh": (r"^(?!.*(?:退|寄件)).*已完成包裹(?:成功)?(?:取件|配件)",),
    }),
    # Data received from the sender's or the fulfilment centre's system: nothing moves yet.
    ("info_received", {
        "ja": ("データを受信",),
    }),
)
