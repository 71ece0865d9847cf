"""Japanese and Korean tracking texts read by their meaning, twenty-third East Asian pass (round 111): a pickup visit
and a new pickup arranged ("集荷訪問", "再集荷手配"), a parcel handed to the delivery department, loaded onto the
vehicle or fed into the delivery network ("配送部引渡し", "積込み", "配送投入"), a redelivery arranged ("再配達手配"), and
a Korean tracker's everyday sentences: the courier company took the goods ("택배사가 물건을 받았어요"), parcels bagged
together ("소포를 묶어서 포장"), the trunk line ("간선"), the delivery completed ("배송이 완료되었어요") and the receipt
refused ("수취가 거부되었어요"), as a Japanese cross-border logistics system's process steps and a Korean parcel
tracker's status translator word them.

The reading follows who holds the parcel (DESIGN §4). A pickup visit, with no outcome said, and a new pickup arranged
(the first did not happen): the goods are still with the sender, before the carrier, so they are read before "集荷"
reads a parcel collected. A parcel handed to the delivery department, loaded, fed into the delivery network, on the
trunk line, bagged with other parcels, or taken by the courier company: with the carrier, on its way. A redelivery
arranged, as a whole text: the carrier has planned the next round, the parcel moves on (as this corpus reads "再配達手配済み";
a text that also says the parcel was brought back is read earlier as a failed attempt). A delivery completed:
delivered. The receipt refused: the attempt failed, as this corpus reads "수취거부".

Left unread: "ドライバー配信" (sent to a driver: for a pickup or a delivery, not said), a bare "완료" (completed: what,
not said), a bare "보관" (kept: at the branch or at the door's security office, not said), a shop's deposit awaited or
confirmed ("입금대기", "입금확인": an order's payment, read as nothing as earlier passes read payments). Left as read: "배송 준비
중이에요" (delivery being prepared: read before the carrier by an earlier pass; a shop's packing or the branch's
round, not said), "배송 중이에요" (being delivered or carried: read as moving), "仓库出库" (out of a warehouse: read as
moving; a seller's warehouse or the carrier's, not said).

Two groups:
- EAST_ASIAN_23_FIRST_STEPS come right after the twenty-second pass's first group (in status_phrases_before_outcomes.py):
  a pickup visit and a new pickup arranged before "集荷" reads a parcel collected.
- EAST_ASIAN_23_LATE_STEPS come right after the twenty-second pass's late group (in status_phrases_language_late.py)
  and read only texts nothing earlier reads.

Written by the team from DESIGN §4's statuses (tests/test_status_meaning_east_asian_23.py holds the examples); no
source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

EAST_ASIAN_23_FIRST_STEPS: tuple[Step, ...] = (
    # A pickup visit with no outcome said, a new pickup arranged (the first did not happen): before the carrier, before
    # "集荷" reads a parcel collected.
    ("info_received", {
        "ja": (r"^集荷(?:の)?訪問(?:中|予定)?$",
               r"(?:再集荷(?:の)?(?:手配|依頼|予定|受付))"),
    }),
)

EAST_ASIAN_23_LATE_STEPS: tuple[Step, ...] = (
    # Handed to the delivery department, loaded onto the vehicle, fed into the delivery network, a redelivery arranged
    # (Japanese); the courier company took the goods, parcels bagged together, the trunk line (Korean): on its way.
    ("in_transit", {
        "ja": (r"(?:配送(?:部|課|センター|担当)(?:へ|に)?(?:の)?引(?:き)?渡(?:し|され|しました))",
               r"^(?:トラック|車両|便)?(?:へ|に)?積(?:み)?込(?:み)?(?:中|済み?|完了)?$",
               r"^配送(?:網|ネットワーク)?(?:へ|に)?投入(?:済み?|完了|しました)?$",
               r"^再配達(?:の)?手配(?:中|済み?|完了|しました)?$"),
        "ko": (r"(?:택배사(?:가|에서)?\s?(?:물건|상품|택배|소포)(?:을|를)?\s?(?:받았|수거했|인수했|집하했))",
               r"(?:소포|택배|물건)(?:들)?(?:을|를)?\s?묶어(?:서)?\s?포장",
               r"^간선(?:\s?(?:운송|이동|수송))?(?:\s?중)?$"),
    }),
    # The delivery completed (Korean, in a sentence): delivered.
    ("delivered", {
        "ko": (r"(?:배송이\s?완료(?:되었|됐|되었습니다|했))",),
    }),
    # The receipt refused (Korean, in a sentence): the attempt failed.
    ("delivery_failed", {
        "ko": (r"(?:수취(?:가|를)?\s?거부(?:되었|됐|당했|하였|했))",),
    }),
)
