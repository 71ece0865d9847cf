"""Chinese, Korean and Japanese status texts read by their meaning, twentieth East Asian pass (round 85): the states
before the carrier, a parcel set out for delivery, a tracking number nothing is found for, and problems, as Korean
multi-carrier trackers, Chinese shop backends and Japanese shops word them ("未揽收", "出荷ラベル作成済み", "직원이 배달하기 위해 출발했습니다",
"운송장번호가 일치하지 않습니다", "배송이상", "超时单"), and words that name a place or a step like the ones other steps read ("특송장 반입",
"편의점센터 입고", "세관 통관이 진행되고 있습니다").

The reading follows what happened to the parcel (DESIGN §4). A parcel not yet collected by the courier ("未揽收", "尚未揽件")
is before the carrier, not collected: the negation comes before "揽收" reads a collection. A shipping label made, bought
or printed ("出荷ラベル作成済み", "送り状発行済み") is before the carrier too, before "出荷" reads a parcel shipped. A member of staff
setting out to deliver it ("배달하기 위해 출발했습니다") is out for delivery, before "출발" reads a departure on the way. A tracking
number, a waybill or a shipment for which nothing is found or that matches nothing ("운송장 번호에 대한 자료가 없습니다", "운송장번호가
일치하지 않습니다", "발송물 세부사항을 찾을 수 없습니다") leaves nothing to read: unknown, before "송장" reads a waybill registered and
"운송"/"발송" a parcel on its way. A delivery problem said on its own ("배송이상", "배달 이상") is an exception; a waybill timed
out ("超时单") is a tracking source that gave up: expired. A parcel received by the customer ("고객 수취", "수취인 수취") is
delivered.

Some words name a place or a step that other steps read as something else: the express-cargo customs yard ("특송장",
which holds "송장", a waybill) a parcel enters or leaves ("특송장 반입", "특송장 반출") is on its way; so is a convenience-store
chain's sorting centre ("편의점센터 입고", "편의점 물류센터 출고"; not the store itself, where a parcel waits for its recipient),
customs clearance in progress ("세관 통관이 진행되고 있습니다", before "세관" reads a customs hold), and a parcel handed to Korea
Post to deliver ("우체국에서 배달", as the text ends).

One group:
- EAST_ASIAN_20_FIRST_STEPS come right after the nineteenth pass's first group (in status_phrases_before_outcomes.py),
  before the bare outcome words and the broad words ("揽收", "출하", "출발", "송장", "세관", "편의점") read these texts.

Written by the team from DESIGN §4's statuses (tests/test_status_meaning_east_asian_20.py holds the examples); no
source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# A waybill, a tracking number, a shipment: what a search finds nothing for.
_KO_WAYBILL = r"(?:운송장|송장|등기|조회)\s?(?:번호)?"
_KO_NOTHING = r"(?:없습니다|없음|찾을\s?수\s?없습니다|일치하지\s?않습니다)"

EAST_ASIAN_20_FIRST_STEPS: tuple[Step, ...] = (
    # Nothing found for the number, or the number matches nothing: nothing to read (before "송장" reads a waybill
    # registered and "운송"/"발송" a parcel on its way).
    ("unknown", {
        "ko": (r"^(?:검색(?:하신|된)\s?)?" + _KO_WAYBILL + r"(?:로|으로|에\s?대한|가|이|와)?\s?"
               r"(?:운송된\s?|일치하는\s?)?(?:내역|자료|정보|결과)?(?:이|가)?\s?" + _KO_NOTHING + r"\.?$",
               r"^(?:일치하는|검색된)\s?" + _KO_WAYBILL + r"(?:이|가)?\s?" + _KO_NOTHING + r"\.?$",
               r"^(?:요청된\s?)?(?:운송\s?작업|발송물|화물|배송)\s?(?:세부사항|내역|자료|정보)(?:을|를)\s?찾을\s?수\s?없습니다\.?$"),
    }),
    # Not yet collected by the courier: before the carrier (before "揽收" reads a collection).
    ("info_received", {
        "zh": (r"^(?:快件|包裹|运单|订单)?(?:尚|还)?未(?:被)?揽(?:收|件)$",),
    }),
    # A shipping label made, bought or printed: before the carrier (before "出荷" reads a parcel shipped).
    ("info_received", {
        "ja": (r"^(?:出荷|配送|発送)?(?:ラベル|送り状|伝票)(?:を)?(?:作成|発行|印刷|購入)(?:済み?|しました|完了)$",),
    }),
    # (Phrases are regular expressions only where they open with an ASCII character; the rest are plain substrings.)
    # Staff set out to deliver it: out for delivery (before "출발" reads a departure on the way).
    ("out_for_delivery", {
        "ko": (r"(?:배달|배송)(?:을)?\s?(?:하기\s?)?위해\s?출발(?:했습니다|하였습니다|함)?",),
    }),
    # A delivery problem said on its own: an exception.
    ("exception", {
        "ko": (r"^(?:배송|배달)\s?이상(?:\s?발생)?$",),
    }),
    # A timed-out waybill: the tracking source gave up, expired.
    ("expired", {
        "zh": (r"^(?:超时|超期)(?:单|件|运单)$",),
    }),
    # Received by the customer: delivered.
    ("delivered", {
        "ko": (r"^(?:고객|수취인|수령인)\s?수취(?:\s?완료)?$",),
    }),
    # The express-cargo customs yard ("특송장", not "송장" a waybill), a convenience-store chain's sorting centre (not
    # the store), customs clearance in progress, a parcel handed to Korea Post to deliver: on its way.
    ("in_transit", {
        "ko": (r"(?:특송(?:장|화물\s?창고)\s?(?:반입|반출|입고|출고|도착))",
               r"^편의점\s?(?:물류\s?)?(?:센터|허브)\s?(?:입고|출고|도착|출발)",
               r"(?:세관\s?)?통관(?:이|을)?\s?진행(?:되고\s?있습니다|되고\s?있음|중입니다)",
               r"^\S{0,8}우체국(?:에서|으로)\s?(?:배달|배송)$"),
    }),
)
