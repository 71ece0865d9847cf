"""The last part of the reading order: each language's broad words, tried after the shared broad steps.

The East Asian, Romance, English, French, Hungarian, Romanian, Slavic and Turkic, Vietnamese, Bulgarian and Asian and
Middle Eastern passes' late groups, then the dispatch and customs catch-alls; status_phrases.STEPS ends with these, in
this order, so a narrower phrase anywhere earlier decides first. docs/status-phrases.md says why each sits where it does.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_meaning_asia_mideast import ASIA_MIDEAST_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_2 import ASIA_MIDEAST_LATE_STEPS_2
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_4 import ASIA_MIDEAST_LATE_STEPS_4
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_8 import ASIA_MIDEAST_LATE_STEPS_8
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_9 import ASIA_MIDEAST_LATE_STEPS_9
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_10 import ASIA_MIDEAST_LATE_STEPS_10
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_11 import ASIA_MIDEAST_LATE_STEPS_11
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_12 import ASIA_MIDEAST_LATE_STEPS_12
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_13 import ASIA_MIDEAST_LATE_STEPS_13
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_14 import ASIA_MIDEAST_LATE_STEPS_14
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_15 import ASIA_MIDEAST_LATE_STEPS_15
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_16 import ASIA_MIDEAST_LATE_STEPS_16
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_17 import ASIA_MIDEAST_LATE_STEPS_17
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_18 import ASIA_MIDEAST_LATE_STEPS_18
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_19 import ASIA_MIDEAST_LATE_STEPS_19
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_20 import ASIA_MIDEAST_LATE_STEPS_20
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_21 import ASIA_MIDEAST_LATE_STEPS_21
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_22 import ASIA_MIDEAST_LATE_STEPS_22
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_23 import ASIA_MIDEAST_LATE_STEPS_23
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_24 import ASIA_MIDEAST_LATE_STEPS_24
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_25 import ASIA_MIDEAST_LATE_STEPS_25
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_26 import ASIA_MIDEAST_LATE_STEPS_26
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_27 import ASIA_MIDEAST_LATE_STEPS_27
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_28 import ASIA_MIDEAST_LATE_STEPS_28
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_29 import ASIA_MIDEAST_LATE_STEPS_29
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_30 import ASIA_MIDEAST_LATE_STEPS_30
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_31 import ASIA_MIDEAST_LATE_STEPS_31
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_32 import ASIA_MIDEAST_LATE_STEPS_32
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_33 import ASIA_MIDEAST_LATE_STEPS_33
from lossanalytics.normalise.status_phrases_meaning_customs import CUSTOMS_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_dispatch import DISPATCH_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian import EAST_ASIAN_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_2 import VIETNAMESE_MEANING_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_4 import EAST_ASIAN_4_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_5 import EAST_ASIAN_5_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_7 import EAST_ASIAN_7_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_8 import EAST_ASIAN_8_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_9 import EAST_ASIAN_9_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_10 import EAST_ASIAN_10_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_12 import EAST_ASIAN_12_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_13 import EAST_ASIAN_13_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_14 import EAST_ASIAN_14_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_15 import EAST_ASIAN_15_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_16 import EAST_ASIAN_16_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_17 import EAST_ASIAN_17_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_18 import EAST_ASIAN_18_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_19 import EAST_ASIAN_19_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_21 import EAST_ASIAN_21_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_22 import EAST_ASIAN_22_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_23 import EAST_ASIAN_23_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_24 import EAST_ASIAN_24_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_25 import EAST_ASIAN_25_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_26 import EAST_ASIAN_26_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_27 import EAST_ASIAN_27_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_english import MEANING_ENGLISH_STEPS
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro import FR_HU_RO_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_2 import FR_HU_RO_LATE_STEPS_2
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_3 import FR_HU_RO_LATE_STEPS_3
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_4 import HU_LATE_STEPS_4
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_5 import FR_LATE_STEPS_5
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_7 import RO_LATE_STEPS_7
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_9 import FR_LATE_STEPS_9
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_10 import HU_LATE_STEPS_10
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_11 import FR_HU_RO_LATE_STEPS_11
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_12 import FR_HU_RO_LATE_STEPS_12
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_13 import FR_HU_RO_LATE_STEPS_13
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_15 import FR_HU_RO_LATE_STEPS_15
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_16 import FR_HU_RO_LATE_STEPS_16
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_17 import FR_HU_RO_LATE_STEPS_17
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_18 import FR_HU_RO_LATE_STEPS_18
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_19 import FR_HU_RO_LATE_STEPS_19
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_20 import FR_HU_RO_LATE_STEPS_20
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_21 import FR_HU_RO_LATE_STEPS_21
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_22 import FR_HU_RO_LATE_STEPS_22
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_23 import FR_HU_RO_LATE_STEPS_23
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_24 import FR_HU_RO_LATE_STEPS_24
from lossanalytics.normalise.status_phrases_meaning_greek import BULGARIAN_MEANING_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_italian import ITALIAN_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_ro_tr import RO_TR_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance import ROMANCE_MEANING_LAST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_2 import ROMANCE_2_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_3 import ROMANCE_3_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_4 import ROMANCE_4_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_5 import ROMANCE_5_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_6 import ROMANCE_6_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_8 import ROMANCE_8_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_10 import ROMANCE_10_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_11 import ROMANCE_11_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_12 import ROMANCE_12_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_13 import ROMANCE_13_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_14 import ROMANCE_14_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_15 import ROMANCE_15_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_16 import ROMANCE_16_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_17 import ROMANCE_17_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_18 import ROMANCE_18_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_19 import ROMANCE_19_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_20 import ROMANCE_20_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_21 import ROMANCE_21_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_23 import ROMANCE_23_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_24 import ROMANCE_24_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_25 import ROMANCE_25_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_26 import ROMANCE_26_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_27 import ROMANCE_27_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_28 import ROMANCE_28_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_29 import ROMANCE_29_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_30 import ROMANCE_30_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_31 import ROMANCE_31_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_32 import ROMANCE_32_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_33 import ROMANCE_33_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_34 import ROMANCE_34_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_35 import ROMANCE_35_LATE_STEPS
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic import SLAVIC_TURKIC_STEPS
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_2 import SLAVIC_TURKIC_STEPS_2
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_3 import SLAVIC_TURKIC_STEPS_3
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_4 import SLAVIC_TURKIC_STEPS_4
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_5 import SLAVIC_TURKIC_STEPS_5
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_6 import SLAVIC_TURKIC_STEPS_6
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_7 import SLAVIC_TURKIC_STEPS_7
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_8 import SLAVIC_TURKIC_STEPS_8
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_9 import SLAVIC_TURKIC_STEPS_9
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_10 import SLAVIC_TURKIC_STEPS_10
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_11 import SLAVIC_TURKIC_STEPS_11
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_13 import SLAVIC_TURKIC_STEPS_13
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_14 import SLAVIC_TURKIC_STEPS_14
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_15 import SLAVIC_TURKIC_STEPS_15
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_16 import SLAVIC_TURKIC_STEPS_16
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_17 import SLAVIC_TURKIC_STEPS_17
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_18 import SLAVIC_TURKIC_STEPS_18
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_19 import SLAVIC_TURKIC_STEPS_19
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_20 import SLAVIC_TURKIC_STEPS_20
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_21 import SLAVIC_TURKIC_STEPS_21
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_22 import SLAVIC_TURKIC_STEPS_22
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_24 import SLAVIC_TURKIC_STEPS_24
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_25 import SLAVIC_TURKIC_STEPS_25
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_26 import SLAVIC_TURKIC_STEPS_26
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_27 import SLAVIC_TURKIC_STEPS_27
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_28 import SLAVIC_TURKIC_STEPS_28
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_29 import SLAVIC_TURKIC_STEPS_29
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_30 import SLAVIC_TURKIC_STEPS_30
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_31 import SLAVIC_TURKIC_STEPS_31
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_32 import SLAVIC_TURKIC_STEPS_32
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_33 import SLAVIC_TURKIC_STEPS_33
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_34 import SLAVIC_TURKIC_STEPS_34
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_35 import SLAVIC_TURKIC_STEPS_35
from lossanalytics.normalise.status_phrases_outcomes import Step

LANGUAGE_LATE_STEPS: tuple[Step, ...] = (
    *EAST_ASIAN_LATE_STEPS,
    *EAST_ASIAN_4_LATE_STEPS,
    *EAST_ASIAN_5_LATE_STEPS,
    *EAST_ASIAN_7_LATE_STEPS,
    *EAST_ASIAN_8_LATE_STEPS,
    *EAST_ASIAN_9_LATE_STEPS,
    *EAST_ASIAN_10_LATE_STEPS,
    *ROMANCE_15_LATE_STEPS,
    *EAST_ASIAN_12_LATE_STEPS,
    *ROMANCE_19_LATE_STEPS,
    *ROMANCE_35_LATE_STEPS,
    *ROMANCE_34_LATE_STEPS,
    *ROMANCE_33_LATE_STEPS,
    *ROMANCE_32_LATE_STEPS,
    *ROMANCE_31_LATE_STEPS,
    *ROMANCE_30_LATE_STEPS,
    *ROMANCE_29_LATE_STEPS,
    *ROMANCE_28_LATE_STEPS,
    *ROMANCE_27_LATE_STEPS,
    *ROMANCE_26_LATE_STEPS,
    *ROMANCE_25_LATE_STEPS,
    *ROMANCE_24_LATE_STEPS,
    *ROMANCE_23_LATE_STEPS,
    *ROMANCE_21_LATE_STEPS,
    *ROMANCE_20_LATE_STEPS,
    *ROMANCE_18_LATE_STEPS,
    *ROMANCE_17_LATE_STEPS,
    *EAST_ASIAN_13_LATE_STEPS,
    *EAST_ASIAN_14_LATE_STEPS,
    *EAST_ASIAN_15_LATE_STEPS,
    *EAST_ASIAN_16_LATE_STEPS,
    *EAST_ASIAN_17_LATE_STEPS,
    *EAST_ASIAN_19_LATE_STEPS,
    *EAST_ASIAN_18_LATE_STEPS,
    *EAST_ASIAN_21_LATE_STEPS,
    *EAST_ASIAN_22_LATE_STEPS,
    *EAST_ASIAN_23_LATE_STEPS,
    *EAST_ASIAN_24_LATE_STEPS,
    *EAST_ASIAN_25_LATE_STEPS,
    *EAST_ASIAN_26_LATE_STEPS,
    *EAST_ASIAN_27_LATE_STEPS,
    *ROMANCE_16_LATE_STEPS,
    *ROMANCE_14_LATE_STEPS,
    *ROMANCE_11_LATE_STEPS,
    *ROMANCE_13_LATE_STEPS,
    *ROMANCE_12_LATE_STEPS,
    *ROMANCE_10_LATE_STEPS,
    *ROMANCE_8_LATE_STEPS,
    *ROMANCE_6_LATE_STEPS,
    *ROMANCE_5_LATE_STEPS,
    *ITALIAN_LATE_STEPS,
    *ROMANCE_4_LATE_STEPS,
    *ROMANCE_3_LATE_STEPS,
    *ROMANCE_2_LATE_STEPS,
    *ROMANCE_MEANING_LAST_STEPS,
    *MEANING_ENGLISH_STEPS,
    *FR_HU_RO_LATE_STEPS_24,
    *FR_HU_RO_LATE_STEPS_23,
    *FR_HU_RO_LATE_STEPS_22,
    *FR_HU_RO_LATE_STEPS_21,
    *FR_HU_RO_LATE_STEPS_20,
    *FR_HU_RO_LATE_STEPS_19,
    *FR_HU_RO_LATE_STEPS_18,
    *FR_HU_RO_LATE_STEPS_17,
    *FR_HU_RO_LATE_STEPS_16,
    *FR_HU_RO_LATE_STEPS_15,
    *FR_HU_RO_LATE_STEPS_13,
    *FR_HU_RO_LATE_STEPS_12,
    *FR_HU_RO_LATE_STEPS_11,
    *RO_LATE_STEPS_7,
    *RO_TR_LATE_STEPS,
    *FR_LATE_STEPS_9,
    *FR_LATE_STEPS_5,
    *HU_LATE_STEPS_10,
    *HU_LATE_STEPS_4,
    *FR_HU_RO_LATE_STEPS_3,
    *FR_HU_RO_LATE_STEPS_2,
    *FR_HU_RO_LATE_STEPS,
    *SLAVIC_TURKIC_STEPS_35,
    *SLAVIC_TURKIC_STEPS_34,
    *SLAVIC_TURKIC_STEPS_33,
    *SLAVIC_TURKIC_STEPS_32,
    *SLAVIC_TURKIC_STEPS_31,
    *SLAVIC_TURKIC_STEPS_30,
    *SLAVIC_TURKIC_STEPS_29,
    *SLAVIC_TURKIC_STEPS_28,
    *SLAVIC_TURKIC_STEPS_27,
    *SLAVIC_TURKIC_STEPS_26,
    *SLAVIC_TURKIC_STEPS_25,
    *SLAVIC_TURKIC_STEPS_20,
    *SLAVIC_TURKIC_STEPS_24,
    *SLAVIC_TURKIC_STEPS_22,
    *SLAVIC_TURKIC_STEPS_21,
    *SLAVIC_TURKIC_STEPS_19,
    *SLAVIC_TURKIC_STEPS_18,
    *SLAVIC_TURKIC_STEPS_17,
    *SLAVIC_TURKIC_STEPS_16,
    *SLAVIC_TURKIC_STEPS_14,
    *SLAVIC_TURKIC_STEPS_15,
    *SLAVIC_TURKIC_STEPS_13,
    *SLAVIC_TURKIC_STEPS_11,
    *SLAVIC_TURKIC_STEPS_10,
    *SLAVIC_TURKIC_STEPS_9,
    *SLAVIC_TURKIC_STEPS_8,
    *SLAVIC_TURKIC_STEPS_7,
    *SLAVIC_TURKIC_STEPS_6,
    *SLAVIC_TURKIC_STEPS_5,
    *SLAVIC_TURKIC_STEPS_4,
    *SLAVIC_TURKIC_STEPS_3,
    *SLAVIC_TURKIC_STEPS_2,
    *SLAVIC_TURKIC_STEPS,
    *VIETNAMESE_MEANING_LATE_STEPS,
    *BULGARIAN_MEANING_LATE_STEPS,
    *ASIA_MIDEAST_LATE_STEPS_33,
    *ASIA_MIDEAST_LATE_STEPS_32,
    *ASIA_MIDEAST_LATE_STEPS_31,
    *ASIA_MIDEAST_LATE_STEPS_30,
    *ASIA_MIDEAST_LATE_STEPS_29,
    *ASIA_MIDEAST_LATE_STEPS_28,
    *ASIA_MIDEAST_LATE_STEPS_27,
    *ASIA_MIDEAST_LATE_STEPS_26,
    *ASIA_MIDEAST_LATE_STEPS_25,
    *ASIA_MIDEAST_LATE_STEPS_24,
    *ASIA_MIDEAST_LATE_STEPS_23,
    *ASIA_MIDEAST_LATE_STEPS_22,
    *ASIA_MIDEAST_LATE_STEPS_21,
    *ASIA_MIDEAST_LATE_STEPS_20,
    *ASIA_MIDEAST_LATE_STEPS_19,
    *ASIA_MIDEAST_LATE_STEPS_17,
    *ASIA_MIDEAST_LATE_STEPS_18,
    *ASIA_MIDEAST_LATE_STEPS_16,
    *ASIA_MIDEAST_LATE_STEPS_15,
    *ASIA_MIDEAST_LATE_STEPS_14,
    *ASIA_MIDEAST_LATE_STEPS_13,
    *ASIA_MIDEAST_LATE_STEPS_12,
    *ASIA_MIDEAST_LATE_STEPS_11,
    *ASIA_MIDEAST_LATE_STEPS_9,
    *ASIA_MIDEAST_LATE_STEPS_10,
    *ASIA_MIDEAST_LATE_STEPS_8,
    *ASIA_MIDEAST_LATE_STEPS_4,
    *ASIA_MIDEAST_LATE_STEPS_2,
    *ASIA_MIDEAST_LATE_STEPS,
    *DISPATCH_STEPS,
    *CUSTOMS_LATE_STEPS,
)
