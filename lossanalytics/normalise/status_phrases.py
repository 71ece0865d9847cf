"""The phrases carriers write in their tracking events, per canonical status and language.

Steps are tried in order and the first step with a phrase in the text decides, so the
narrow meaning comes before the broad one: "delivered back to the sender" is returned,
"delivered to a parcel locker" waits for pickup, "not delivered" failed, and the bare
words ("delivered", "zugestellt", "配達完了") come after all of them.

Phrases are matched on folded text (lossanalytics.normalise._rules.fold: NFKC, lower
case, Latin accents removed, punctuation as spaces), so they are written that way:
"zuruckgesendet" for "zurückgesendet", "n a pas pu etre livre" for "n'a pas pu être
livré". Latin phrases are regular expressions matched as whole words; CJK and Hangul
phrases are plain substrings.

STEPS is three parts: status_phrases_before_outcomes' narrow meanings, then the bare
outcome words and the shared broad steps listed here, then status_phrases_language_late's
broad words of each language. Where each module's steps sit in STEPS, and why there (which
broader words they must come before or after), is written in docs/status-phrases.md; the
vocabulary's sources are named in lossanalytics/normalise/known_texts/SOURCES.md.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_before_outcomes import BEFORE_OUTCOME_STEPS
from lossanalytics.normalise.status_phrases_broad import BROAD_LABEL_AND_MOVEMENT_STEPS, BROAD_PROBLEM_STEPS
from lossanalytics.normalise.status_phrases_crossborder import CROSSBORDER_AFTER_OUTCOME_STEPS, CROSSBORDER_LATE_STEPS
from lossanalytics.normalise.status_phrases_freight import FREIGHT_AFTER_OUTCOME_STEPS
from lossanalytics.normalise.status_phrases_general import (
    GENERAL_LAST_LEG_STEPS,
    GENERAL_PICKUP_AND_VAN_STEPS,
    GENERAL_SENDER_STEPS,
)
from lossanalytics.normalise.status_phrases_german_polish import GERMAN_POLISH_STEPS
from lossanalytics.normalise.status_phrases_label_platforms import LABEL_PLATFORM_LATE_STEPS
from lossanalytics.normalise.status_phrases_language_late import LANGUAGE_LATE_STEPS
from lossanalytics.normalise.status_phrases_last_leg import LAST_LEG_STEPS
from lossanalytics.normalise.status_phrases_last_mile import LAST_MILE_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian import EAST_ASIAN_CORRECTING_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_3 import EAST_ASIAN_3_REASON_STEPS
from lossanalytics.normalise.status_phrases_meaning_english import MEANING_ENGLISH_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_nordic import NORDIC_MEANING_FIRST_STEPS, NORDIC_MEANING_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_nordic_3 import NORDIC_3_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_nordic_4 import NORDIC_4_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_nordic_5 import NORDIC_5_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_nordic_6 import NORDIC_6_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_nordic_7 import NORDIC_7_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_nordic_8 import NORDIC_8_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_nordic_9 import NORDIC_9_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_nordic_11 import NORDIC_11_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_west_germanic import (
    WEST_GERMANIC_FIRST_STEPS,
    WEST_GERMANIC_LATE_STEPS,
    WEST_GERMANIC_TODAY_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_west_germanic_3 import (
    WEST_GERMANIC_FIRST_STEPS_3,
    WEST_GERMANIC_LATE_STEPS_3,
)
from lossanalytics.normalise.status_phrases_meaning_west_germanic_4 import (
    WEST_GERMANIC_FIRST_STEPS_4,
    WEST_GERMANIC_LATE_STEPS_4,
)
from lossanalytics.normalise.status_phrases_meaning_west_germanic_5 import WEST_GERMANIC_LATE_STEPS_5
from lossanalytics.normalise.status_phrases_meaning_west_germanic_6 import WEST_GERMANIC_LATE_STEPS_6
from lossanalytics.normalise.status_phrases_meaning_west_germanic_7 import WEST_GERMANIC_LATE_STEPS_7
from lossanalytics.normalise.status_phrases_meaning_west_germanic_8 import WEST_GERMANIC_LATE_STEPS_8
from lossanalytics.normalise.status_phrases_meaning_west_germanic_9 import WEST_GERMANIC_LATE_STEPS_9
from lossanalytics.normalise.status_phrases_meaning_west_germanic_10 import WEST_GERMANIC_LATE_STEPS_10
from lossanalytics.normalise.status_phrases_meaning_west_germanic_12 import WEST_GERMANIC_LATE_STEPS_12
from lossanalytics.normalise.status_phrases_meaning_west_germanic_13 import WEST_GERMANIC_LATE_STEPS_13
from lossanalytics.normalise.status_phrases_meaning_west_germanic_14 import WEST_GERMANIC_LATE_STEPS_14
from lossanalytics.normalise.status_phrases_meaning_west_germanic_16 import WEST_GERMANIC_LATE_STEPS_16
from lossanalytics.normalise.status_phrases_meaning_west_germanic_17 import WEST_GERMANIC_LATE_STEPS_17
from lossanalytics.normalise.status_phrases_outcomes import OUTCOME_STEPS, Step
from lossanalytics.normalise.status_phrases_polish import POLISH_STEPS
from lossanalytics.normalise.status_phrases_undelivered_reasons import UNDELIVERED_AFTER_OUTCOME_STEPS

STEPS: tuple[Step, ...] = (
    *BEFORE_OUTCOME_STEPS,
    *OUTCOME_STEPS,
    *LAST_LEG_STEPS,
    *CROSSBORDER_AFTER_OUTCOME_STEPS,
    *UNDELIVERED_AFTER_OUTCOME_STEPS,
    *FREIGHT_AFTER_OUTCOME_STEPS,
    *GERMAN_POLISH_STEPS,
    *POLISH_STEPS,
    *LABEL_PLATFORM_LATE_STEPS,
    *LAST_MILE_LATE_STEPS,
    *EAST_ASIAN_CORRECTING_STEPS,
    *MEANING_ENGLISH_LATE_STEPS,
    *GENERAL_SENDER_STEPS,
    *NORDIC_MEANING_FIRST_STEPS,
    *WEST_GERMANIC_FIRST_STEPS_4,
    *WEST_GERMANIC_FIRST_STEPS_3,
    *WEST_GERMANIC_FIRST_STEPS,
    *GENERAL_PICKUP_AND_VAN_STEPS,
    *WEST_GERMANIC_TODAY_STEPS,
    *GENERAL_LAST_LEG_STEPS,
    *EAST_ASIAN_3_REASON_STEPS,
    *BROAD_PROBLEM_STEPS,
    *CROSSBORDER_LATE_STEPS,
    *NORDIC_11_LATE_STEPS,
    *NORDIC_9_LATE_STEPS,
    *NORDIC_8_LATE_STEPS,
    *NORDIC_7_LATE_STEPS,
    *NORDIC_6_LATE_STEPS,
    *NORDIC_5_LATE_STEPS,
    *NORDIC_4_LATE_STEPS,
    *NORDIC_3_LATE_STEPS,
    *NORDIC_MEANING_LATE_STEPS,
    *WEST_GERMANIC_LATE_STEPS_17,
    *WEST_GERMANIC_LATE_STEPS_16,
    *WEST_GERMANIC_LATE_STEPS_14,
    *WEST_GERMANIC_LATE_STEPS_13,
    *WEST_GERMANIC_LATE_STEPS_12,
    *WEST_GERMANIC_LATE_STEPS_10,
    *WEST_GERMANIC_LATE_STEPS_9,
    *WEST_GERMANIC_LATE_STEPS_8,
    *WEST_GERMANIC_LATE_STEPS_7,
    *WEST_GERMANIC_LATE_STEPS_6,
    *WEST_GERMANIC_LATE_STEPS_5,
    *WEST_GERMANIC_LATE_STEPS_4,
    *WEST_GERMANIC_LATE_STEPS_3,
    *WEST_GERMANIC_LATE_STEPS,
    *BROAD_LABEL_AND_MOVEMENT_STEPS,
    *LANGUAGE_LATE_STEPS,
)
