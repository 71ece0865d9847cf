"""Phrases of China's cross-border logistics providers and their sellers' tools: the event texts,
status names and problem reasons of YunExpress (its LMS), 4PX, Yanwen, Cainiao (AliExpress Standard
Shipping), Wanb, Chukou1 and Yunda's cross-border scans, in Chinese and English
(lossanalytics/normalise/known_texts/SOURCES.md, eighteenth round, b). A failed airline handover or customs clearance
("交航失败", "清关失败") sits with the outcome steps' other customs refusals, and "未发货" (not
shipped) beside "尚未发货", in the modules that hold those words.

Two groups of steps, each placed where the broader words it must beat or yield to sit
(status_phrases.STEPS):

- CROSSBORDER_AFTER_OUTCOME_STEPS, right after the outcome steps (a return, a cancellation or a
  neighbour who took the parcel, named in the same text, still decide first): a recipient not found
  or a wrong address fails the delivery; a parcel not yet online ("未上网", "未上线") has only its
  data received, before "上网" reads it as moving; a third party's collection point or a pickup
  store waits for the recipient.
- CROSSBORDER_LATE_STEPS, after the broad problem words and before the broad label and movement
  words (a delivery named in the same text decides first): a transport delay, duties to be paid
  and an intercepted waybill are problems, not the broad "运输"; order data or a waybill generated
  ("Order Processing", "运单已生成", a waybill "已提交") is information received, not the broad
  "process"; a handover to the airline, a flight about to board, a parcel online ("已上网") or sent
  to customs moves on; Russian Post's "Delivery to the addressee" (Cainiao's SIGNIN) is a
  delivery; a deleted waybill is cancelled.

Generic words are read only as the whole text ("^已提交$", "^已发$", "^已删除$"): the same words
name other things elsewhere (a claim submitted, a message sent).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

CROSSBORDER_AFTER_OUTCOME_STEPS: tuple[Step, ...] = (
    ("delivery_failed", {
        "zh": ("找不到收件人", "地址有误"),
    }),
    ("info_received", {
        "zh": ("未上网", "未上线"),
    }),
    ("available_for_pickup", {
        "zh": ("代收入库", r"(?:(?:配达|到达|抵达|送达|送至|配送至)取件店)"),
    }),
)

CROSSBORDER_LATE_STEPS: tuple[Step, ...] = (
    ("exception", {
        "zh": ("运输延迟", r"(?:(?:等待|待)(?:缴纳|交纳|缴|交)(?:关)?税)", r"(?:^拦截$|已拦截|被拦截|拦截件)"),
    }),
    ("info_received", {
        "en": (r"order processing(?! (?:cent(?:er|re)|facility|hub|error|fail\w*))", r"ready for shipping from (?:the |our )?warehouse"),
        "zh": (r"(?:(?:运单|面单)已生成)", r"^已提交$", "已提审", r"(?:(?<!未)(?<!没)(?<!没有)收到数据)"),
    }),
    ("in_transit", {
        "en": (r"(?<!failed to )(?<!unable to )hand ?over to (?:the )?airline(?! (?:failed|unsuccessful))",
               r"transiting by (?:air|sea|ship|road|rail|truck)", r"ready for boarding",
               r"(?:shipment|parcel|package|item) (?:has|had) (?:been )?sent to"),
        "zh": ("已上网", r"(?:(?:发送到|送交|移交)\S{0,8}海关)", r"(?:(?:配送|派送|快递|物流)公司(?:已)?接收)",
               "入仓扫描", "入仓中", r"^已发$"),
    }),
    ("delivered", {
        "en": (r"(?<!for )(?<!attempted )(?<!unsuccessful )(?<!failed )(?<!scheduled )(?<!planned )(?<!expected )"
               r"(?<!pending )delivery to the addressee"
               r"(?! (?:failed|unsuccessful|not|is not|was not|attempt\w*))",),
    }),
    ("cancelled", {
        "zh": (r"^(?:运单|订单)?已删除$",),
    }),
)
