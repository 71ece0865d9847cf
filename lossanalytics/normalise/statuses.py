"""Canonical parcel statuses (DESIGN §4) from tracking-platform codes, carrier scan codes,
marketplace order statuses, Chinese tracking terms and carriers' free text."""

from __future__ import annotations

import re
from functools import lru_cache

from lossanalytics.normalise._rules import KeywordRules, fold

STATUSES: tuple[str, ...] = (
    "info_received",
    "in_transit",
    "out_for_delivery",
    "available_for_pickup",
    "delivery_failed",
    "exception",
    "expired",
    "delivered",
    "returned",
    "damaged",
    "lost",
    "cancelled",
    "unknown",
)

TERMINAL_STATUSES = frozenset({"delivered", "returned", "damaged", "lost", "cancelled"})

# Top-level tags of AfterShip and 17TRACK. A sub-status written as "<Tag>_<detail>"
# ("Delivered_001", "InTransit_PickedUp") takes its tag's status unless _CODES names
# the exact sub-status.
_TAGS: dict[str, str] = {
    "pending": "info_received",
    "inforeceived": "info_received",
    "intransit": "in_transit",
    "outfordelivery": "out_for_delivery",
    "attemptfail": "delivery_failed",
    "deliveryfailure": "delivery_failed",
    "delivered": "delivered",
    "availableforpickup": "available_for_pickup",
    "exception": "exception",
    "expired": "expired",
    "notfound": "unknown",
}

# Whole status values, keyed by their compact form (case-folded, without spaces,
# underscores, hyphens, dots or slashes).
_CODES: dict[str, str] = {
    **{status.replace("_", ""): status for status in STATUSES},
    **_TAGS,
    # AfterShip sub-statuses that change the outcome.
    "exception010": "returned",
    "exception011": "returned",
    "exception012": "damaged",
    "exception013": "lost",
    "exception021": "lost",
    # 17TRACK sub-statuses that change the outcome.
    "exceptionreturning": "returned",
    "exceptionreturned": "returned",
    "exceptionlost": "lost",
    "exceptiondamage": "damaged",
    "exceptiondestroyed": "lost",
    # EasyPost, Shippo and Karrio.
    "pretransit": "info_received",
    "transit": "in_transit",
    "returntosender": "returned",
    "failure": "exception",
    "error": "exception",
    "canceled": "cancelled",
    "onhold": "exception",
    "deliverydelayed": "exception",
    "readyforpickup": "available_for_pickup",
    "informationreceived": "info_received",
    "damage": "damaged",
    # ShipEngine status codes (its "DE", delivered, clashes with FedEx: see _SOURCE_CODES).
    "ac": "in_transit",
    "ex": "exception",
    "un": "unknown",
    "at": "delivery_failed",
    "ny": "info_received",
    "sp": "available_for_pickup",
    # FedEx scan event codes.
    "oc": "info_received",
    "pu": "in_transit",
    "dp": "in_transit",
    "ar": "in_transit",
    "af": "in_transit",
    "it": "in_transit",
    "as": "in_transit",
    "cc": "in_transit",
    "cp": "in_transit",
    "od": "out_for_delivery",
    "hl": "available_for_pickup",
    "de": "delivery_failed",
    "se": "exception",
    "cd": "exception",
    "dd": "exception",
    "dy": "exception",
    "dl": "delivered",
    "ca": "cancelled",
    "rs": "returned",
    # Amazon order statuses.
    "shipped": "in_transit",
    "shipping": "in_transit",
    "partiallyshipped": "in_transit",
    "unshipped": "info_received",
    "pendingavailability": "info_received",
    "invoiceunconfirmed": "info_received",
}

# Codes whose meaning depends on who wrote them; the default above follows FedEx,
# whose scan codes appear in the real track data this product is tested with.
_SOURCE_CODES: dict[str, dict[str, str]] = {
    "shipengine": {"de": "delivered"},
}

# Free-text rules, most specific first: the first rule with a matching phrase wins, so
# "Undeliverable, returned to sender" is returned and "Delivery attempted" never
# reaches the "delivered" rule. Latin phrases are regular expressions matched as whole
# words in lower-case text whose punctuation became spaces.
_TEXT_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("lost", ("lost", "destroyed", r"disposed(?: of)?", "丢失", "丢件", "遗失", "销毁")),
    ("damaged", (r"damaged?", "破损", "损坏", "损毁")),
    ("returned", (
        r"(?:return(?:ed|ing)?|delivered|sent back|back) to (?:the )?"
        r"(?:sender|shipper|seller|origin|merchant|consignor)",
        "returned", "returning", "rts",
        "退件", "退回", "已退回", "退货", "退运", "退还",
    )),
    ("cancelled", (r"cancell?ed", "cancellation", r"void(?:ed)?", "已取消", "取消", "作废")),
    ("expired", ("expired", "运输过久", "过期")),
    ("delivery_failed", (
        r"not (?:be(?:en)? )?delivered", r"undeliver\w*",
        r"(?:unable|failed|fail|could not|couldn t|cannot|can t) (?:to )?(?:be )?deliver\w*",
        r"deliver\w* (?:attempt\w*|fail\w*|unsuccessful|exception)",
        r"attempt\w* (?:to )?deliver\w*", r"attempt(?:ed)? fail\w*", "missed delivery",
        r"notice left", r"left (?:a )?(?:delivery )?notice",
        "refused", r"rejected(?: by (?:the )?(?:buyer|recipient|consignee))?",
        r"(?:recipient|customer|consignee|addressee) (?:not available|unavailable|absent)",
        r"no ?(?:one|body) (?:home|available)",
        r"address (?:not found|unknown|incorrect|incomplete|insufficient)",
        r"(?:incorrect|insufficient|incomplete|wrong|invalid|bad) address",
        "投递失败", "派送失败", "未妥投", "未签收", "投递不成功", "派送不成功", "拒收",
    )),
    ("unknown", (
        "not found", r"no (?:tracking )?(?:information|info|record|records|data)",
        r"invalid (?:tracking )?number",
        "查询不到", "未查询到", "查无", "暂无信息", "暂无轨迹", "无信息", "无轨迹",
    )),
    ("available_for_pickup", (
        r"(?:available|ready) for (?:pick ?up|collection)", "awaiting collection",
        r"held at (?:the )?(?:post office|location|(?:pick ?up|service|access) point)",
        r"hold at location", r"(?:pick ?up|service|access|collection) point",
        r"parcel (?:locker|shop)",
        "到达待取", "待取件", "待自提", "待取", "自提", "驿站",
    )),
    ("in_transit", (
        r"(?:not yet|to be|will be|expected to be|scheduled to be) (?:been )?delivered",
    )),
    ("out_for_delivery", (
        "out for delivery", r"(?:vehicle|courier|driver) for delivery", "delivery vehicle",
        "派送中", "派件中", "正在派送", "正在派件", "投递中", "安排投递", "派送", "派件",
    )),
    ("delivered", (
        "delivered", r"delivery (?:completed|complete|successful|confirmed)",
        r"signed (?:for|by)",
        r"received by (?:the )?(?:recipient|customer|consignee|addressee)",
        r"(?:picked up|collected) by (?:the )?(?:customer|recipient|consignee|addressee)",
        "已签收", "签收", "已妥投", "妥投", "投递成功", "派送成功", "已投递", "已送达", "送达",
    )),
    ("exception", (
        "exception", "held", "hold", r"delay\w*", "seized", "confiscated",
        "可能异常", "异常", "扣关", "扣件", "海关扣", "滞留", "延误", "问题件",
    )),
    ("info_received", (
        r"label (?:created|printed|generated)", r"(?:shipping|shipment) label",
        r"(?:information|info|data) (?:sent|received|transmitted)",
        r"electronic (?:notification|information)",
        r"pre ?(?:shipment|transit|advice|alert)", r"order (?:created|processed|received|placed)",
        r"(?:waiting|awaiting) (?:for )?(?:pick ?up|item|shipment)",
        "待上网", "已下单", "已制单", "电子信息", "待揽收", "等待揽收", "已预报", "下单",
    )),
    ("in_transit", (
        r"(?:in )?transit", r"depart\w*", r"arriv\w*", "left", r"picked up", "pick up scan",
        r"accept\w*", r"process\w*", r"sort\w*", "facility", "hub", "depot", "customs",
        r"clear\w*", "shipped", r"dispatch\w*", r"en ?route", "on the way", r"forward\w*",
        r"transfer\w*", r"export\w*", r"import\w*", "flight", "loaded", "tendered",
        "handed over", "address corrected", r"received (?:at|by|in)",
        "运输途中", "在途", "运输中", "已揽收", "揽收", "揽件", "收寄", "到达", "离开",
        "发往", "转运", "中转", "经转", "清关", "放行", "航班", "起飞", "交航", "已发货",
        "发货", "出库", "装车", "分拣", "出港", "到港", "离港",
    )),
)

_TEXT = KeywordRules(_TEXT_RULES)
_SEPARATORS = re.compile(r"[\s_\-./]+")
_SUBTAG = re.compile(r"([A-Za-z]+)_([A-Za-z0-9]+)")


def _compact(text: str) -> str:
    return _SEPARATORS.sub("", text.casefold())


@lru_cache(maxsize=65536)
def canonical_status(raw: str | None, source: str | None = None) -> str:
    """Map a raw status word, code or free-text description to one of STATUSES.

    Codes are matched ignoring case, spaces, underscores and hyphens; AfterShip and
    17TRACK sub-statuses fall back to their tag; anything else goes through ordered
    keyword rules. `source` ("shipengine") selects that vocabulary's meaning of codes
    that clash with FedEx's scan codes. Empty or unrecognised values give "unknown".
    """
    if raw is None:
        return "unknown"
    text = str(raw).strip()
    if not text:
        return "unknown"
    key = _compact(text)
    if source is not None:
        override = _SOURCE_CODES.get(source.casefold(), {}).get(key)
        if override is not None:
            return override
    status = _CODES.get(key)
    if status is not None:
        return status
    subtag = _SUBTAG.fullmatch(text)
    if subtag is not None:
        tag_status = _TAGS.get(subtag.group(1).casefold())
        if tag_status is not None:
            return tag_status
    return _TEXT.first(fold(text)) or "unknown"


def status_from_event_text(text: str | None) -> str:
    """Canonical status of one tracking event's description, for logs without a status column."""
    return canonical_status(text)
