"""Chinese status texts read by their meaning, twelfth East Asian pass (round 58): the end of the last leg at a locker
or a station and the first state before collection, as an express query API words them ("从快递柜或驿站取出",
"接单中").

The reading follows who holds the parcel (DESIGN §4): a parcel taken out of the locker, the station or the pickup point
has reached its recipient; one put into them waits for pickup (the earlier steps read that), and so does a text that
asks the recipient to take it out. An order only being taken (接单) has not been collected.

Two groups:
- EAST_ASIAN_12_FIRST_STEPS, right after the tenth pass's first group, before "快递柜" and "驿站" read a parcel waiting
  there: taken out of a locker, a station or a pickup point is delivered.
- EAST_ASIAN_12_LATE_STEPS, right after the tenth pass's late group, for texts nothing earlier reads: an order being
  or just taken is information received.

Written by the team from DESIGN §4's statuses (tests/test_status_meaning_east_asian_12.py holds the examples); no
platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# A locker, a station or a pickup point, or two of them joined by "或" (or).
_PLACE = r"(?:快递)?(?:柜|箱|驿站|代收点|自提点)"

EAST_ASIAN_12_FIRST_STEPS: tuple[Step, ...] = (
    # Taken out of a locker, a station or a pickup point: delivered. A request to take it out ("请", "凭取件码")
    # is the notice of a parcel waiting there.
    ("delivered", {
        "zh": (r"(?:^(?!.*(?:请|凭|取件码)).*?(?:从|自)" + _PLACE + r"(?:或" + _PLACE + r")?(?:中|内)?取出)",),
    }),
)

EAST_ASIAN_12_LATE_STEPS: tuple[Step, ...] = (
    # An order being or just taken: nothing collected yet.
    ("info_received", {
        "zh": (r"(?:^(?:已|正在)?接单(?:中|成功)?$)",),
    }),
)
