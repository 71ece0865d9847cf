"""Chinese and Korean status texts read by their meaning, fourteenth East Asian pass (round 67): a cross-border track
code table's Chinese descriptions ("派送妥投", "待接受"), a shop's shipment state ("已创建") and a Korean seller
dashboard's delivery states ("준비", "이동", "송장오류").

The reading follows who holds the parcel (DESIGN §4): a delivery made ("妥投") after the word for the round ("派送",
"投递", "配送") is delivered, not out for delivery; a shipment created, or waiting to be accepted, has not reached the
carrier; a Korean order in preparation has not either, and one moving is in transit; a waybill (송장) error is a
problem with the shipment, not a waybill printed.

Two groups:
- EAST_ASIAN_14_FIRST_STEPS, right after the thirteenth pass's first group, before "派送" reads the round and "송장" a
  waybill printed: a delivery made after the round's word, unless "未" or "无" comes before it; a waybill error.
- EAST_ASIAN_14_LATE_STEPS, right after the thirteenth pass's late group, for texts nothing earlier reads, each the
  whole text: created, waiting to be accepted; Korean preparation and moving.

Written by the team from DESIGN §4's statuses (tests/test_status_meaning_east_asian_14.py holds the examples); no
table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

EAST_ASIAN_14_FIRST_STEPS: tuple[Step, ...] = (
    # The round's word followed by a delivery made: delivered ("派送未妥投" stays a failed attempt).
    ("delivered", {
        "zh": (r"(?:(?:派送|投递|配送)(?:已|成功)?妥投)",),
    }),
    # A waybill error: a problem with the shipment, before "송장" reads a waybill printed.
    ("exception", {
        "ko": (r"(?:송장 ?오류)",),
    }),
)

EAST_ASIAN_14_LATE_STEPS: tuple[Step, ...] = (
    # Created, waiting to be accepted or taken in; a Korean order in preparation: nothing handed over yet.
    ("info_received", {
        "zh": (r"(?:^(?:运单|包裹|货件)?已创建$)", r"(?:^待(?:接受|受理)$)"),
        "ko": (r"(?:^(?:배송 ?)?준비(?: ?중)?$)",),
    }),
    # Moving: in transit.
    ("in_transit", {
        "ko": (r"(?:^이동(?: ?중)?$)",),
    }),
)
