"""The later English passes by meaning (status_phrases_meaning_english_2 to _42), each group in the place of
status_phrases_meaning_english's groups that it leads, in the order they are tried.

Each group begins with the second pass's group of the same place (status_phrases_meaning_english_2, round 25, a),
then the third pass's (status_phrases_meaning_english_3, round 26, a), the fourth's (status_phrases_meaning_english_4,
round 27, a), the fifth's (status_phrases_meaning_english_5, round 28, a), the sixth's (status_phrases_meaning_english_6,
round 31), the seventh's (status_phrases_meaning_english_7, round 33; a first and a last group only), the eighth's
(status_phrases_meaning_english_8, round 35; a first and a last group only), the ninth's
(status_phrases_meaning_english_9, round 37), the tenth's (status_phrases_meaning_english_10, round 39), the
eleventh's (status_phrases_meaning_english_11, round 41), the twelfth's (status_phrases_meaning_english_12, round 44;
a first and a last group only), the thirteenth's (status_phrases_meaning_english_13, round 46; a first and a last group
only), the fifteenth's (status_phrases_meaning_english_15, round 49; a first and a last group only), the
sixteenth's (status_phrases_meaning_english_16, round 50; a first group only), the seventeenth's
(status_phrases_meaning_english_17, round 52; a first group only), the eighteenth's
(status_phrases_meaning_english_18, round 53; a late group only), the nineteenth's
(status_phrases_meaning_english_19, round 55; a first and a late group only), the twentieth's
(status_phrases_meaning_english_20, round 56; a late group only), the twenty-first's
(status_phrases_meaning_english_21, round 57; a late group only) and the twenty-second's
(status_phrases_meaning_english_22, round 59; a first and a late group only).
The twenty-third and later passes (rounds 60 onwards) put their first groups before all of these, the newest
first, where each said it had to come before an older pass's reading; their late groups follow the others'.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_meaning_english_2 import (
    MEANING_ENGLISH_2_FIRST_STEPS,
    MEANING_ENGLISH_2_LATE_STEPS,
    MEANING_ENGLISH_2_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_3 import (
    MEANING_ENGLISH_3_FIRST_STEPS,
    MEANING_ENGLISH_3_LATE_STEPS,
    MEANING_ENGLISH_3_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_4 import (
    MEANING_ENGLISH_4_FIRST_STEPS,
    MEANING_ENGLISH_4_LATE_STEPS,
    MEANING_ENGLISH_4_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_5 import (
    MEANING_ENGLISH_5_FIRST_STEPS,
    MEANING_ENGLISH_5_LATE_STEPS,
    MEANING_ENGLISH_5_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_6 import (
    MEANING_ENGLISH_6_FIRST_STEPS,
    MEANING_ENGLISH_6_LATE_STEPS,
    MEANING_ENGLISH_6_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_7 import (
    MEANING_ENGLISH_7_FIRST_STEPS,
    MEANING_ENGLISH_7_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_8 import (
    MEANING_ENGLISH_8_FIRST_STEPS,
    MEANING_ENGLISH_8_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_9 import (
    MEANING_ENGLISH_9_FIRST_STEPS,
    MEANING_ENGLISH_9_LATE_STEPS,
    MEANING_ENGLISH_9_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_10 import (
    MEANING_ENGLISH_10_FIRST_STEPS,
    MEANING_ENGLISH_10_LATE_STEPS,
    MEANING_ENGLISH_10_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_11 import (
    MEANING_ENGLISH_11_FIRST_STEPS,
    MEANING_ENGLISH_11_LATE_STEPS,
    MEANING_ENGLISH_11_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_12 import (
    MEANING_ENGLISH_12_FIRST_STEPS,
    MEANING_ENGLISH_12_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_13 import (
    MEANING_ENGLISH_13_FIRST_STEPS,
    MEANING_ENGLISH_13_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_15 import (
    MEANING_ENGLISH_15_FIRST_STEPS,
    MEANING_ENGLISH_15_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_16 import MEANING_ENGLISH_16_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_english_17 import MEANING_ENGLISH_17_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_english_18 import MEANING_ENGLISH_18_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_english_19 import (
    MEANING_ENGLISH_19_FIRST_STEPS,
    MEANING_ENGLISH_19_LATE_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_20 import MEANING_ENGLISH_20_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_english_21 import MEANING_ENGLISH_21_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_english_22 import (
    MEANING_ENGLISH_22_FIRST_STEPS,
    MEANING_ENGLISH_22_LATE_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_23 import MEANING_ENGLISH_23_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_english_24 import MEANING_ENGLISH_24_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_english_25 import MEANING_ENGLISH_25_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_english_26 import MEANING_ENGLISH_26_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_english_27 import (
    MEANING_ENGLISH_27_FIRST_STEPS,
    MEANING_ENGLISH_27_LATE_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_28 import (
    MEANING_ENGLISH_28_FIRST_STEPS,
    MEANING_ENGLISH_28_LATE_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_29 import (
    MEANING_ENGLISH_29_FIRST_STEPS,
    MEANING_ENGLISH_29_LATE_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_30 import (
    MEANING_ENGLISH_30_FIRST_STEPS,
    MEANING_ENGLISH_30_LATE_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_31 import (
    MEANING_ENGLISH_31_FIRST_STEPS,
    MEANING_ENGLISH_31_LATE_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_32 import MEANING_ENGLISH_32_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_english_33 import MEANING_ENGLISH_33_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_english_34 import MEANING_ENGLISH_34_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_english_35 import (
    MEANING_ENGLISH_35_FIRST_STEPS,
    MEANING_ENGLISH_35_LATE_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_36 import (
    MEANING_ENGLISH_36_FIRST_STEPS,
    MEANING_ENGLISH_36_LATE_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_37 import (
    MEANING_ENGLISH_37_FIRST_STEPS,
    MEANING_ENGLISH_37_LATE_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_38 import (
    MEANING_ENGLISH_38_FIRST_STEPS,
    MEANING_ENGLISH_38_LATE_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_39 import (
    MEANING_ENGLISH_39_FIRST_STEPS,
    MEANING_ENGLISH_39_LATE_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_40 import (
    MEANING_ENGLISH_40_FIRST_STEPS,
    MEANING_ENGLISH_40_LATE_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_41 import (
    MEANING_ENGLISH_41_FIRST_STEPS,
    MEANING_ENGLISH_41_LATE_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_english_42 import (
    MEANING_ENGLISH_42_FIRST_STEPS,
    MEANING_ENGLISH_42_LATE_STEPS,
)
from lossanalytics.normalise.status_phrases_outcomes import Step

# The passes that lead MEANING_ENGLISH_FIRST_STEPS, before the first pass's own corrections.
ENGLISH_PASSES_FIRST_STEPS: tuple[Step, ...] = (
    *MEANING_ENGLISH_42_FIRST_STEPS,
    *MEANING_ENGLISH_41_FIRST_STEPS,
    *MEANING_ENGLISH_40_FIRST_STEPS,
    *MEANING_ENGLISH_39_FIRST_STEPS,
    *MEANING_ENGLISH_38_FIRST_STEPS,
    *MEANING_ENGLISH_37_FIRST_STEPS,
    *MEANING_ENGLISH_36_FIRST_STEPS,
    *MEANING_ENGLISH_35_FIRST_STEPS,
    *MEANING_ENGLISH_34_FIRST_STEPS,
    *MEANING_ENGLISH_33_FIRST_STEPS,
    *MEANING_ENGLISH_32_FIRST_STEPS,
    *MEANING_ENGLISH_31_FIRST_STEPS,
    *MEANING_ENGLISH_30_FIRST_STEPS,
    *MEANING_ENGLISH_29_FIRST_STEPS,
    *MEANING_ENGLISH_28_FIRST_STEPS,
    *MEANING_ENGLISH_27_FIRST_STEPS,
    *MEANING_ENGLISH_26_FIRST_STEPS,
    *MEANING_ENGLISH_24_FIRST_STEPS,
    *MEANING_ENGLISH_25_FIRST_STEPS,
    *MEANING_ENGLISH_23_FIRST_STEPS,
    *MEANING_ENGLISH_2_FIRST_STEPS,
    *MEANING_ENGLISH_3_FIRST_STEPS,
    *MEANING_ENGLISH_4_FIRST_STEPS,
    *MEANING_ENGLISH_5_FIRST_STEPS,
    *MEANING_ENGLISH_6_FIRST_STEPS,
    *MEANING_ENGLISH_7_FIRST_STEPS,
    *MEANING_ENGLISH_8_FIRST_STEPS,
    *MEANING_ENGLISH_9_FIRST_STEPS,
    *MEANING_ENGLISH_10_FIRST_STEPS,
    *MEANING_ENGLISH_11_FIRST_STEPS,
    *MEANING_ENGLISH_12_FIRST_STEPS,
    *MEANING_ENGLISH_13_FIRST_STEPS,
    *MEANING_ENGLISH_15_FIRST_STEPS,
    *MEANING_ENGLISH_16_FIRST_STEPS,
    *MEANING_ENGLISH_17_FIRST_STEPS,
    *MEANING_ENGLISH_19_FIRST_STEPS,
    *MEANING_ENGLISH_22_FIRST_STEPS,
)

# The passes that lead MEANING_ENGLISH_LATE_STEPS, after the outcome steps.
ENGLISH_PASSES_LATE_STEPS: tuple[Step, ...] = (
    *MEANING_ENGLISH_2_LATE_STEPS,
    *MEANING_ENGLISH_3_LATE_STEPS,
    *MEANING_ENGLISH_4_LATE_STEPS,
    *MEANING_ENGLISH_5_LATE_STEPS,
    *MEANING_ENGLISH_6_LATE_STEPS,
    *MEANING_ENGLISH_9_LATE_STEPS,
    *MEANING_ENGLISH_10_LATE_STEPS,
    *MEANING_ENGLISH_11_LATE_STEPS,
    *MEANING_ENGLISH_18_LATE_STEPS,
    *MEANING_ENGLISH_19_LATE_STEPS,
    *MEANING_ENGLISH_20_LATE_STEPS,
    *MEANING_ENGLISH_21_LATE_STEPS,
    *MEANING_ENGLISH_22_LATE_STEPS,
    *MEANING_ENGLISH_27_LATE_STEPS,
    *MEANING_ENGLISH_28_LATE_STEPS,
    *MEANING_ENGLISH_30_LATE_STEPS,
    *MEANING_ENGLISH_29_LATE_STEPS,
    *MEANING_ENGLISH_31_LATE_STEPS,
    *MEANING_ENGLISH_35_LATE_STEPS,
    *MEANING_ENGLISH_36_LATE_STEPS,
    *MEANING_ENGLISH_37_LATE_STEPS,
    *MEANING_ENGLISH_38_LATE_STEPS,
    *MEANING_ENGLISH_39_LATE_STEPS,
    *MEANING_ENGLISH_40_LATE_STEPS,
    *MEANING_ENGLISH_41_LATE_STEPS,
    *MEANING_ENGLISH_42_LATE_STEPS,
)

# The passes that lead MEANING_ENGLISH_STEPS, for texts nothing else reads.
ENGLISH_PASSES_STEPS: tuple[Step, ...] = (
    *MEANING_ENGLISH_2_STEPS,
    *MEANING_ENGLISH_3_STEPS,
    *MEANING_ENGLISH_4_STEPS,
    *MEANING_ENGLISH_5_STEPS,
    *MEANING_ENGLISH_6_STEPS,
    *MEANING_ENGLISH_7_STEPS,
    *MEANING_ENGLISH_8_STEPS,
    *MEANING_ENGLISH_9_STEPS,
    *MEANING_ENGLISH_10_STEPS,
    *MEANING_ENGLISH_11_STEPS,
    *MEANING_ENGLISH_12_STEPS,
    *MEANING_ENGLISH_13_STEPS,
    *MEANING_ENGLISH_15_STEPS,
)
