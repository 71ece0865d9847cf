"""Chinese, Korean and Japanese status texts read by their meaning, twenty-first East Asian pass (round 93): the time
before the carrier in a shop's or a warehouse's words, a delivery set for today, a delivery person assigned, a delivery
said complete, and a waybill number nothing is found for, as same-city dispatch platforms, a Taiwanese warehouse, Japanese
shops and delivery companies and Korean shops word them ("指派单", "尚未完成出貨", "已匯入訂單", "注文処理中", "在庫確認中",
"梱包が完了しました", "本日配送中です", "配送担当者の割り当てが済み", "お届けが完了しています", "운송장 번호를 찾을 수 없습니다").

The reading follows what happened to the parcel (DESIGN §4). An order the shop is still working on (its processing
started, its stock being checked, its items picked or packed: "注文処理中", "在庫確認中", "ピッキング作業開始",
"商品の梱包が完了しました"), an order imported into a warehouse's or a shop's system ("已匯入訂單", "已导入订单"), an
order not yet shipped ("尚未完成出貨", "尚未出货") and a delivery not yet arranged ("配送の手配前") are before the
carrier: information received. So is an order assigned to a rider or a courier who has not collected it yet ("指派单",
"已指派骑手"). An order shipped ("已出貨", the traditional spelling of "已出货") is on its way. A delivery person
assigned to the parcel ("配送担当者の割り当てが済み") is on the way too, before the word "準備中" (being prepared)
reads a shop preparing a shipment. A parcel being delivered today ("本日配送中", "本日配達中") is out for delivery,
before the bare word for a delivery under way reads a parcel on its way. A delivery said complete in the polite form
("お届けが完了しています", "お届けは完了しました") is delivered. A waybill number nothing is found for, with the
object particle ("운송장 번호를 찾을 수 없습니다"), leaves nothing to read: unknown, before "송장" reads a waybill
registered.

Left unread: "待處理" (pending: an order to process or a problem to handle), "作業中" (work in progress: whose, not
said), "取货中" (collecting: the courier from the sender, or the recipient from a store), "未配車" and "配車済" (a
vehicle not yet or already arranged: to collect or to deliver, not said); "已到店" stays a parcel at the pickup store
(a Taiwanese store's word; a same-city platform's rider at the shop says the same) and "待收件" stays read as
collected (awaiting collection by the courier or receipt by the recipient, not said).

Two groups:
- EAST_ASIAN_21_FIRST_STEPS come right after the twentieth pass's first group (in status_phrases_before_outcomes.py),
  before the broad words (a delivery under way, "準備中", "송장") read these texts.
- EAST_ASIAN_21_LATE_STEPS come right after the eighteenth pass's late group (in status_phrases_language_late.py)
  and read only texts nothing earlier reads: a cancellation or a return said anywhere in the text decides first.

Written by the team from DESIGN §4's statuses (tests/test_status_meaning_east_asian_21.py holds the examples); no
source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

EAST_ASIAN_21_FIRST_STEPS: tuple[Step, ...] = (
    # A waybill number nothing is found for, with the object particle: nothing to read (before "송장" reads a waybill
    # registered).
    ("unknown", {
        "ko": (r"^(?:검색(?:하신|된)\s?)?(?:운송장|송장)\s?(?:번호)?(?:를|을)\s?찾을\s?수\s?(?:없습니다|없음|없어요)\.?$",),
    }),
    # Being delivered today: out for delivery (before a delivery under way, without "today", reads a parcel on its way).
    ("out_for_delivery", {
        "ja": (r"^(?:本日|今日)(?:は)?(?:配送中|配達中|お届け中)",),
    }),
    # A delivery person assigned: on its way (before "準備中" reads a shop preparing a shipment).
    ("in_transit", {
        "ja": (r"(?:配送|配達)(?:担当者|担当|員|ドライバー)(?:の|が)?(?:割り当て|割当|決定)(?:が)?(?:済み?|完了|されました|しました)",),
    }),
)

EAST_ASIAN_21_LATE_STEPS: tuple[Step, ...] = (
    # The shop still working on the order, or the order not yet shipped: before the carrier.
    ("info_received", {
        "ja": (r"^(?:ご|法人)?注文(?:の)?処理(?:中|開始|を開始しました|を開始)",
               r"^在庫確認(?:中|・|$)",
               r"^ピッキング(?:作業)?(?:中|開始|完了)",
               r"(?:商品|荷物)?の?梱包(?:が|を)?(?:完了しました|完了|済み|いたしました)",
               r"(?:配送|配達|発送)の手配前"),
        "zh": (r"(?:尚未|还未|未)(?:完成)?(?:出货|发货)",
               r"^(?:已)?(?:汇入|匯入|导入|導入)(?:的)?订单",
               r"^(?:已)?指派(?:单|骑手|配送员|快递员|司机)(?:成功)?$"),
    }),
    # An order shipped, in the traditional spelling ("出貨"): on its way.
    ("in_transit", {
        "zh": (r"^(?:已|已经)(?:出货)(?:完成)?$",),
    }),
    # A delivery said complete in the polite form: delivered.
    ("delivered", {
        "ja": (r"^(?:お届け|配達)(?:が|は)?(?:完了しています|完了しました|完了|済みです)",),
    }),
)
