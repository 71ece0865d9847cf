"""Korean carrier phrases that decide against the broader Korean word beside them, tried
before the outcome steps (Hangul phrases are substrings, so they touch no other language).

A pickup that is only ordered, put off or not done ("집하지시", "미집하", "집화예정",
"업체미출고": the shop has not handed it over) is information received, not the pickup
("집하") it names; a receipt the recipient confirmed ("인수확인", "물품을 받으셨습니다") is a
delivery, not the carrier's take-over ("인수"). A non-delivery reason on the recipient's side
(wrong customer information, unreachable by phone) is a failed delivery; one on the
carrier's side (a sorting error, force majeure, a remote or island area) is a problem. A
round announced for a time window ("(14~16시)에 배달 예정", "배송할 예정입니다") or a
courier preparing the round is out for delivery; a delivery day named alone ("12월 18일
배송 예정") is not.

A pickup that failed ("집화 실패") or is only requested or awaited ("수거 요청", "수거 대기") is
information received, not the broad failure; Logen's round ("고객님께 물품을 배달 준비 중입니다") is
out for delivery and its hand-over ("고객님께 물품을 전달하였습니다") a delivery; a parcel handed over
in the destination country ("상대국 인계") moves on.

Lotte's "인수자등록" (the receiver registered) is a delivery, not the carrier's take-over
("인수"); a label printed ("출력" alone) is information received and a leg between terminals
("구간이동") transit. A shipment being prepared ("배송준비중", Sweet Tracker's first level) is not
yet picked up, tried after a courier preparing the round.

Vocabulary from CJ Logistics' cargo states and non-delivery / non-pickup reason codes, and
recorded CJ, Hanjin, Lotte and Korea Post traces (lossanalytics/normalise/known_texts/SOURCES.md, tenth round), recorded
Logen pages, Korea Post EMS event names and Naver Commerce's delivery states (seventeenth round),
Lotte ALPS's goods-state names and Sweet Tracker's levels (twenty-first round).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# A time window such as "11∼13시", "10시~12시에", "(14-16시)" (the hyphen folds to a space) before a
# delivery word.
_WINDOW = r"(?:\d{1,2}(?:시)?(?: ?[~∼] ?| )\d{1,2}시(?:에)?)"

KOREAN_STEPS: tuple[Step, ...] = (
    ("delivered", {
        "ko": ("인수확인", "인수 확인", "받으셨습니다", "수령확인", "수령 확인", "인수자등록", "인수자 등록",
               # Handed to the customer, or left at the building's guard room (not where the guard room was
               # empty, absent or refused it: "경비실 부재로 미배달").
               r"(?:고객\S{0,3} ?(?:물품을 )?전달)", r"(?:경비실(?! ?(?:부재|없|거부|거절|(?:수령|보관|인계|인수) ?(?:거부|거절|불가))))"),
    }),
    ("exception", {
        "ko": ("분류오류", "분류 오류", "오분류", "천재지변", "외곽지역", "도서지역", "도서산간", r"(?:주소 ?확인 ?필요)"),
    }),
    ("delivery_failed", {
        "ko": ("고객정보오류", "고객 정보 오류", "고객정보 오류", "통화불가", "통화 불가", "연락불가", "연락 불가",
               "주소 불명", "수취 거부", "수취인 거부", r"(?:주소 ?오류)", r"(?:연락 ?두절)"),
    }),
    ("info_received", {
        "ko": ("집화 실패", "집화실패", "집하 실패", "집하실패", "수거 요청", "수거요청", "수거 대기", "수거대기", r"^방문 ?예정$"),
    }),
    ("delivered", {
        "ko": ("고객님께 물품을 전달",),
    }),
    ("in_transit", {
        "ko": ("상대국 인계", "상대국인계", r"^물품 ?수거$", "구간이동", "구간 이동"),
    }),
    ("info_received", {
        "ko": ("집하지시", "집하 지시", "집화지시", "미집하", "미집화", "미출고", "집하예정", "집화예정", "집하 예정",
               "집화 예정", "운송장을 발행", "운송장 발행", r"^출력$"),
    }),
    ("out_for_delivery", {
        "ko": ("배송할 예정", "배달할 예정", "고객님께 물품을 배달 준비", r"(?:" + _WINDOW + r" ?(?:배달|배송) ?예정)",
               r"(?:(?:배송원|배송기사|배달원|기사님)이 (?:배송|배달) ?준비)",
               # Being delivered, the driver assigned, delivery today (spaced as often as not).
               r"(?:배달 중)", r"(?:배송 ?기사 ?배정)", r"(?:오늘 ?(?:배송|배달))"),
    }),
    ("info_received", {
        "ko": ("배송준비중", "배송 준비중", "배송준비 중", "배송 준비 중", r"(?:상품 ?준비)"),
    }),
    # In a storage locker or kept at the post office for the recipient.
    ("available_for_pickup", {
        "ko": ("보관함", r"(?:우체국 ?보관)"),
    }),
)
