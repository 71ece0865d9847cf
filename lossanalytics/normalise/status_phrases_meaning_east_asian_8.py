"""Chinese tracking texts read by meaning, eighth East Asian pass (round 50): a national post's event names at the end
of a parcel's journey ("到達支局招領中", "到達i郵箱", "郵局寄存送達", "投遞局未投妥", "窗口招領批退", "i郵箱逾期退招領",
"郵局寄存期滿,退相關單位", "收受人領取", "留局").

The reading follows where the parcel is and whose move is awaited (DESIGN §4): held at a counter for the recipient to
claim, in a parcel locker, left at a post office or a police station for the recipient (service by deposit) or kept at
the post office waits for pickup; collected by the recipient or from a locker is delivered; not delivered by the
delivery office, or put off by the recipient to another time, fails; sent back in a batch or straight from the office,
or sent back to the unit concerned once the deposit period is over, is a return; forwarded to another address, on its
way to be deposited, posted or handed over inside the post moves on; a collection order confirmed, or a failed
collection to be tried again, leaves the parcel with the sender.

Two groups, spliced into status_phrases.STEPS:

- EAST_ASIAN_8_FIRST_STEPS, right after status_phrases_meaning_east_asian_7's first group: before the outcome steps
  read "無法投遞" as a failed delivery, "送達" and "妥投" as a delivery, "到達" as a movement and "招領" and
  "快遞櫃" as a wait.
- EAST_ASIAN_8_LATE_STEPS, right after status_phrases_meaning_east_asian_7's late group: texts nothing else reads.

Written by the team to DESIGN §4 (round 50); the examples are tests/test_status_meaning_east_asian_8.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

EAST_ASIAN_8_FIRST_STEPS: tuple[Step, ...] = (
    # Undeliverable and sent back, sent back once a deposit period is over, sent back to the unit concerned, sent back
    # in a batch or straight from the office: a return, before "無法投遞" reads a failed delivery and "招領" a wait.
    ("returned", {
        "zh": (r"(?:無法投遞\s?退)", r"(?:期滿\s?退)", r"(?:退(?:回)?相關單位)", r"(?:(?:批退|直退)$)"),
    }),
    # On its way to a post office or a police station to be deposited there: moving, before "送達" reads a delivery.
    ("in_transit", {
        "zh": (r"(?:寄存送達\s?(?:郵局|警局|派出所)?轉運中)",),
    }),
    # Forwarded or redirected to another address (not a delivery time changed, "改投遞"), not on its way back: moving,
    # before "招領" reads a wait.
    ("in_transit", {
        "zh": (r"(?:^(?!.*退).*(?:改寄|改投)(?!遞))",),
    }),
    # Left at a post office or a police station for the recipient, held at a counter to be claimed, in a parcel
    # locker: waiting for pickup, before "送達" reads a delivery and "到達" a movement.
    ("available_for_pickup", {
        "zh": (r"(?:(?:郵局|警局|派出所)寄存送達)", r"(?:^(?!.*退).*招領中)", r"(?:(?:到達|投入|放入|存入)i郵箱)"),
    }),
    # The delivery office did not deliver it: failed, before "妥投" reads a delivery.
    ("delivery_failed", {
        "zh": (r"(?:未投妥)",),
    }),
    # Collected from a parcel locker: delivered, before "快遞櫃" reads a wait.
    ("delivered", {
        "zh": (r"(?:(?:i郵箱|快遞櫃|智取櫃)取件成功)",),
    }),
)

EAST_ASIAN_8_LATE_STEPS: tuple[Step, ...] = (
    # Posted (not waiting to be posted), handed over inside the post, waiting to be put into the box: moving.
    ("in_transit", {
        "zh": (r"(?:^交寄(?:郵件|包裹|郵包)?$)", r"(?:(?<![待未])交寄$)", r"(?:內部移交)", r"(?:^等待入箱中?$)"),
    }),
    # Waiting for the recipient to come and collect it, kept at the post office: waiting for pickup.
    ("available_for_pickup", {
        "zh": (r"(?:(?:等候|等待|待)(?:收件人|收受人)(?:來局|到局|前來|來)?(?:領取|領))", r"(?:^留局(?:待領|候領)?$)"),
    }),
    # A collection order confirmed, a failed collection to be made again: still with the sender.
    ("info_received", {
        "zh": (r"(?:^接單(?:確認|成功)?$)", r"(?:取件(?:不成功|失敗)\s?再收)"),
    }),
    # The recipient asked for the delivery at another time: the delivery failed, as this vocabulary reads a
    # recipient who put the delivery off.
    ("delivery_failed", {
        "zh": (r"(?:(?:收件人|收受人|客戶)(?:要求|申請)(?:改投遞|更改投遞|改期|延期)(?:時間|日期)?)",),
    }),
    # Collected by the recipient, not waiting for it: delivered.
    ("delivered", {
        "zh": (r"(?:^(?!.*(?:待|等候|等待|請)).*(?:收受人|收件人)(?:已)?領取)",),
    }),
)
