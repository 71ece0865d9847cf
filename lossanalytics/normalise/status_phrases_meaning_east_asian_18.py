"""Chinese (Taiwan) and Korean status texts read by their meaning, eighteenth East Asian pass (round 79): the rest of
ECPay's logistics codes as a WooCommerce plugin writes them ("郵局已確認資料，可列印", "到所(收件人要求到站所取件)",
"門市指定時間不配送", "郵局貨件運轉中", "標籤錯誤，廠退處理", "包裹退至物流中心") and Korean
customs steps ("입항").

The reading follows who holds the parcel (DESIGN §4). Data confirmed and a label printable: before the carrier. Mail or
goods moving through the post office's network, a ship entered at the port: moving on. A recipient who asked to
collect the parcel at the station or office (said before "取件", which reads a parcel collected): a pickup point. A
store that takes no deliveries at the set time, delivery following later: a delay (exception), before "配送中" reads a
parcel on its way. Goods returned to the vendor ("廠退") or sent back to the logistics centre, the seller or the
sender ("退至…"): returned.

Two groups:
- EAST_ASIAN_18_FIRST_STEPS come right after the seventeenth pass's first group: the recipient's request to collect
  at the station before "收件人…取件" reads a collected parcel, the store's no-delivery time before "配送中".
- EAST_ASIAN_18_LATE_STEPS come right after the seventeenth pass's late group, for texts nothing earlier reads.

Folded like the text (traditional characters in their simplified form where _rules knows them). Written by the team
from DESIGN §4's statuses (tests/test_status_meaning_east_asian_18.py holds the examples); no source's table was
copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# A station, an office, a store or a branch where a recipient may collect a parcel (folded).
_ZH_COLLECTION_PLACE = r"(?:站所|营业所|营业点|网点|门市|门店|服务点|驿站)"

EAST_ASIAN_18_FIRST_STEPS: tuple[Step, ...] = (
    # The recipient asked to collect at the station or office: a pickup point (before "收件人…取件").
    ("available_for_pickup", {
        "zh": (r"(?:收件人|收货人|客户|买家)(?:要求|申请)(?:到|至|去)" + _ZH_COLLECTION_PLACE + r"(?:自)?取(?:件|货)",),
    }),
    # The store takes no deliveries at the set time, delivery follows later: a delay (before "配送中").
    ("exception", {
        "zh": (r"(?:门市|门店|网点)指定(?:时间|时段)?不(?:配送|收货|进货)",),
    }),
)

EAST_ASIAN_18_LATE_STEPS: tuple[Step, ...] = (
    # Data confirmed and a label printable: before the carrier.
    ("info_received", {
        "zh": (r"(?:资料|数据|托运单|面单)?可(?:列印|打印)(?:面单|标签|托运单)?$",),
    }),
    # Moving through the post office's network; a ship entered at the port: moving on.
    ("in_transit", {
        "zh": (r"(?:货件|邮件|包裹)运转中",),
        "ko": (r"^입항(?: 완료| 신고)?$",),
    }),
    # Returned to the vendor; sent back to the logistics centre, the seller or the sender: returned.
    ("returned", {
        "zh": (r"厂退", r"(?:退(?:至|到)(?:原)?(?:物流中心|寄件|卖家|賣家|商家|发件人|寄件人))"),
    }),
)
