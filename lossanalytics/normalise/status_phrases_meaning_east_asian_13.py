"""Chinese and Japanese status texts read by their meaning, thirteenth East Asian pass (round 62): the end of a
store-to-store delivery as Taiwanese convenience-store services word it ("包裹已送抵取件門市", "已完成包裹取件",
"今日23:59後將退回物流中心"), the first state of a delivery provider's tracking in Japanese ("データを受信しました") and a
Japanese shop's order states before it ships ("新規受付", "入金待ち", "取り寄せ中").

The reading follows who holds the parcel (DESIGN §4): a parcel that has reached the pickup store waits for its
recipient, and so does one the store will send back only after a deadline later today (the return has not begun); a
parcel whose pickup at the store is completed has reached its recipient; data received before the parcel moves, and
an order the shop has taken, waits to be paid or is back-ordered, are information received.

Two groups:
- EAST_ASIAN_13_FIRST_STEPS, right after the twelfth pass's first group, before "退回" reads a return and "受付" a
  parcel accepted: a return announced for a time later today waits at the pickup store; a parcel brought to the pickup
  store ("送抵") waits there; a Japanese new order or order accepted ("新規受付", "注文受付") on its own is information
  received.
- EAST_ASIAN_13_LATE_STEPS, right after the twelfth pass's late group, for texts nothing earlier reads: the parcel's
  pickup or hand-out completed ("已完成包裹取件", "已完成包裹配件") is delivered unless a return is named, and so is a
  delivery completed written verb first ("完成配達"); data received
  ("データを受信") and a Japanese order awaiting, confirming or processing its payment, paid, being purchased,
  back-ordered or not yet confirmed, each on its own, are information received.

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
    # A shop's new order or an order accepted, on its own: the shop has the order, no carrier the parcel (a
    # parcel accepted, "荷物受付", is the carrier's and moves on as the later steps read it).
    ("info_received", {
        "ja": (r"(?:^(?:新規|注文)受付$)",),
    }),
)

EAST_ASIAN_13_LATE_STEPS: tuple[Step, ...] = (
    # The parcel's pickup or hand-out completed, no return named: the recipient has it.
    ("delivered", {
        "zh": (r"^(?!.*(?:退|寄件)).*已完成包裹(?:成功)?(?:取件|配件)",
               # The delivery completed, written verb first ("完成配達"); not "未完成配達".
               r"(?:(?<![未无])完成配达)"),
    }),
    # Data received from the sender's or the fulfilment centre's system, and a shop's order awaiting, confirming or
    # processing its payment, paid, being purchased, back-ordered or not yet confirmed, each on its own: nothing
    # moves yet.
    ("info_received", {
        "ja": ("データを受信",
               r"(?:^(?:入金|決済|購入)(?:待ち|済み|処理中|確認中)$)",
               r"(?:^取り寄せ中$)",
               r"(?:^(?:受注|注文)未(?:確定|完了)$)"),
    }),
)
