"""Chinese status texts read by their meaning, fifteenth East Asian pass (round 69): the states cross-border tracking
tools and sellers' systems show beside 17TRACK's ("上网", "出境", "收到信息").

The reading follows who holds the parcel (DESIGN §4): a parcel online ("上网", the carrier's first scan put it in the
system) or gone out of the country ("出境") is in transit; information received ("收到信息", 17TRACK's word for data
the carrier has before any scan) has not reached the carrier. "上网超时" (not online in time, a seller's alert) and
"未收到信息" (no information received) are not these.

EAST_ASIAN_15_LATE_STEPS sits right after the fourteenth pass's late group, for texts nothing earlier reads, each the
whole text.

Written by the team from DESIGN §4's statuses (tests/test_status_meaning_east_asian_15.py holds the examples); no
table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

EAST_ASIAN_15_LATE_STEPS: tuple[Step, ...] = (
    # Online with the carrier, or gone out of the country: in transit.
    ("in_transit", {
        "zh": (r"(?:^已?(?:上网|出境)$)",),
    }),
    # Information received, before any scan: not yet with the carrier.
    ("info_received", {
        "zh": (r"(?:^已?收到(?:物流)?信息$)",),
    }),
)
