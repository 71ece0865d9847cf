"""The first part of the reading order: every narrow meaning that must be tried before the bare outcome words.

Customs and dispatch meanings, then each language's and each vocabulary pass's first groups ("delivered back to the
sender", "delivered to a parcel locker", "not delivered" and their kin), ending before status_phrases_outcomes'
OUTCOME_STEPS. status_phrases.STEPS starts with these, in this order; docs/status-phrases.md says why each sits where it
does.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_arabic_hebrew_malay import ARABIC_HEBREW_MALAY_STEPS
from lossanalytics.normalise.status_phrases_bulgarian import BULGARIAN_STEPS
from lossanalytics.normalise.status_phrases_central_baltic import CENTRAL_BALTIC_STEPS, SLOVAK_FIRST_STEPS
from lossanalytics.normalise.status_phrases_czech import CZECH_STEPS
from lossanalytics.normalise.status_phrases_east import EAST_STEPS
from lossanalytics.normalise.status_phrases_english_couriers import ENGLISH_COURIER_STEPS
from lossanalytics.normalise.status_phrases_english_express import ENGLISH_EXPRESS_STEPS
from lossanalytics.normalise.status_phrases_english_labels import ENGLISH_LABEL_STEPS
from lossanalytics.normalise.status_phrases_english_notifications import ENGLISH_NOTIFICATION_STEPS
from lossanalytics.normalise.status_phrases_english_postal import ENGLISH_POSTAL_STEPS
from lossanalytics.normalise.status_phrases_english_reasons import ENGLISH_REASON_STEPS
from lossanalytics.normalise.status_phrases_english_regional import ENGLISH_REGIONAL_STEPS
from lossanalytics.normalise.status_phrases_freight import FREIGHT_FIRST_STEPS
from lossanalytics.normalise.status_phrases_german_polish import GERMAN_POLISH_FIRST_STEPS
from lossanalytics.normalise.status_phrases_greek_indonesian import GREEK_INDONESIAN_STEPS
from lossanalytics.normalise.status_phrases_hungarian import HUNGARIAN_STEPS
from lossanalytics.normalise.status_phrases_korean import KOREAN_STEPS
from lossanalytics.normalise.status_phrases_label_platforms import LABEL_PLATFORM_FIRST_STEPS
from lossanalytics.normalise.status_phrases_last_mile import LAST_MILE_EAST_STEPS, LAST_MILE_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_asia_mideast import ASIA_MIDEAST_FIRST_STEPS, ASIA_MIDEAST_STEPS
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_2 import ASIA_MIDEAST_FIRST_STEPS_2
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_6 import ASIA_MIDEAST_FIRST_STEPS_6
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_7 import ASIA_MIDEAST_FIRST_STEPS_7
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_8 import ASIA_MIDEAST_FIRST_STEPS_8
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_9 import ASIA_MIDEAST_FIRST_STEPS_9
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_10 import ASIA_MIDEAST_FIRST_STEPS_10
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_12 import ASIA_MIDEAST_FIRST_STEPS_12
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_13 import ASIA_MIDEAST_FIRST_STEPS_13
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_14 import ASIA_MIDEAST_FIRST_STEPS_14
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_15 import ASIA_MIDEAST_FIRST_STEPS_15
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_16 import ASIA_MIDEAST_FIRST_STEPS_16
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_17 import (
    ASIA_MIDEAST_FIRST_STEPS_17,
    ASIA_MIDEAST_VI_FIRST_STEPS_17,
)
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_18 import ASIA_MIDEAST_FIRST_STEPS_18
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_19 import ASIA_MIDEAST_FIRST_STEPS_19
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_20 import (
    ASIA_MIDEAST_FIRST_STEPS_20,
    ASIA_MIDEAST_VI_FIRST_STEPS_20,
)
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_21 import ASIA_MIDEAST_FIRST_STEPS_21
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_22 import (
    ASIA_MIDEAST_FIRST_STEPS_22,
    ASIA_MIDEAST_VI_FIRST_STEPS_22,
)
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_23 import ASIA_MIDEAST_FIRST_STEPS_23
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_24 import ASIA_MIDEAST_FIRST_STEPS_24
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_25 import ASIA_MIDEAST_FIRST_STEPS_25
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_26 import ASIA_MIDEAST_FIRST_STEPS_26
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_27 import ASIA_MIDEAST_FIRST_STEPS_27
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_28 import ASIA_MIDEAST_FIRST_STEPS_28
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_29 import ASIA_MIDEAST_FIRST_STEPS_29
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_30 import ASIA_MIDEAST_FIRST_STEPS_30
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_31 import (
    ASIA_MIDEAST_FIRST_STEPS_31,
    ASIA_MIDEAST_VI_FIRST_STEPS_31,
)
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_32 import ASIA_MIDEAST_FIRST_STEPS_32
from lossanalytics.normalise.status_phrases_meaning_asia_mideast_33 import (
    ASIA_MIDEAST_FIRST_STEPS_33,
    ASIA_MIDEAST_VI_FIRST_STEPS_33,
)
from lossanalytics.normalise.status_phrases_meaning_customs import CUSTOMS_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_dispatch import DISPATCH_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian import EAST_ASIAN_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_2 import VIETNAMESE_MEANING_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_3 import EAST_ASIAN_3_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_4 import EAST_ASIAN_4_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_5 import (
    EAST_ASIAN_5_FIRST_STEPS,
    EAST_ASIAN_5_VIETNAMESE_FIRST_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_east_asian_7 import EAST_ASIAN_7_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_8 import EAST_ASIAN_8_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_10 import EAST_ASIAN_10_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_12 import EAST_ASIAN_12_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_13 import EAST_ASIAN_13_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_14 import EAST_ASIAN_14_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_16 import EAST_ASIAN_16_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_17 import EAST_ASIAN_17_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_18 import EAST_ASIAN_18_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_19 import EAST_ASIAN_19_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_20 import EAST_ASIAN_20_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_21 import EAST_ASIAN_21_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_22 import EAST_ASIAN_22_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_23 import EAST_ASIAN_23_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_24 import (
    EAST_ASIAN_24_EARLY_STEPS,
    EAST_ASIAN_24_FIRST_STEPS,
)
from lossanalytics.normalise.status_phrases_meaning_east_asian_25 import EAST_ASIAN_25_EARLY_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_26 import EAST_ASIAN_26_EARLY_STEPS
from lossanalytics.normalise.status_phrases_meaning_east_asian_27 import EAST_ASIAN_27_EARLY_STEPS
from lossanalytics.normalise.status_phrases_meaning_english import MEANING_ENGLISH_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro import FRENCH_FIRST_STEPS, ROMANIAN_HUNGARIAN_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_2 import FRENCH_FIRST_STEPS_2, RO_HU_FIRST_STEPS_2
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_3 import FRENCH_FIRST_STEPS_3, RO_HU_FIRST_STEPS_3
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_4 import HU_FIRST_STEPS_4
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_8 import FRENCH_FIRST_STEPS_8
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_9 import FRENCH_FIRST_STEPS_9
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_12 import FR_HU_RO_FIRST_STEPS_12
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_15 import FR_HU_RO_FIRST_STEPS_15
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_16 import FR_HU_RO_FIRST_STEPS_16
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_19 import FR_HU_RO_FIRST_STEPS_19
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_20 import FR_HU_RO_FIRST_STEPS_20
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_21 import FR_HU_RO_FIRST_STEPS_21
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_22 import FR_HU_RO_FIRST_STEPS_22
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_23 import FR_HU_RO_FIRST_STEPS_23
from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_24 import FR_HU_RO_FIRST_STEPS_24
from lossanalytics.normalise.status_phrases_meaning_greek import BULGARIAN_MEANING_FIRST_STEPS, GREEK_MEANING_STEPS
from lossanalytics.normalise.status_phrases_meaning_italian import ITALIAN_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_nordic import NORDIC_MEANING_EARLY_STEPS
from lossanalytics.normalise.status_phrases_meaning_nordic_9 import NORDIC_9_EARLY_STEPS
from lossanalytics.normalise.status_phrases_meaning_nordic_10 import NORDIC_10_EARLY_STEPS
from lossanalytics.normalise.status_phrases_meaning_nordic_11 import NORDIC_11_EARLY_STEPS
from lossanalytics.normalise.status_phrases_meaning_ro_tr import RO_TR_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance import ROMANCE_MEANING_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_2 import ROMANCE_2_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_3 import ROMANCE_3_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_4 import ROMANCE_4_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_5 import ROMANCE_5_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_6 import ROMANCE_6_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_8 import ROMANCE_8_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_9 import ROMANCE_9_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_10 import ROMANCE_10_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_11 import ROMANCE_11_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_12 import ROMANCE_12_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_13 import ROMANCE_13_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_15 import ROMANCE_15_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_16 import ROMANCE_16_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_17 import ROMANCE_17_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_18 import ROMANCE_18_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_19 import ROMANCE_19_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_21 import ROMANCE_21_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_22 import ROMANCE_22_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_23 import ROMANCE_23_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_24 import ROMANCE_24_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_25 import ROMANCE_25_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_26 import ROMANCE_26_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_27 import ROMANCE_27_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_28 import ROMANCE_28_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_30 import ROMANCE_30_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_31 import ROMANCE_31_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_32 import ROMANCE_32_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_33 import ROMANCE_33_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_34 import ROMANCE_34_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_romance_35 import ROMANCE_35_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic import SLAVIC_TURKIC_FIRST_STEPS
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_2 import (
    BULGARIAN_FIRST_STEPS_2,
    SLAVIC_TURKIC_FIRST_STEPS_2,
)
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_3 import SLAVIC_TURKIC_FIRST_STEPS_3
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_4 import SLAVIC_TURKIC_FIRST_STEPS_4
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_5 import SLAVIC_TURKIC_FIRST_STEPS_5
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_7 import SLAVIC_TURKIC_FIRST_STEPS_7
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_10 import SLAVIC_TURKIC_FIRST_STEPS_10
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_13 import SLAVIC_TURKIC_FIRST_STEPS_13
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_14 import SLAVIC_TURKIC_FIRST_STEPS_14
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_16 import SLAVIC_TURKIC_FIRST_STEPS_16
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_17 import SLAVIC_TURKIC_FIRST_STEPS_17
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_18 import SLAVIC_TURKIC_FIRST_STEPS_18
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_19 import SLAVIC_TURKIC_FIRST_STEPS_19
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_21 import SLAVIC_TURKIC_FIRST_STEPS_21
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_22 import SLAVIC_TURKIC_FIRST_STEPS_22
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_24 import SLAVIC_TURKIC_FIRST_STEPS_24
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_25 import SLAVIC_TURKIC_FIRST_STEPS_25
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_26 import SLAVIC_TURKIC_FIRST_STEPS_26
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_28 import SLAVIC_TURKIC_FIRST_STEPS_28
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_29 import SLAVIC_TURKIC_FIRST_STEPS_29
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_30 import SLAVIC_TURKIC_FIRST_STEPS_30
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_31 import SLAVIC_TURKIC_FIRST_STEPS_31
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_32 import SLAVIC_TURKIC_FIRST_STEPS_32
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_33 import SLAVIC_TURKIC_FIRST_STEPS_33
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_34 import SLAVIC_TURKIC_FIRST_STEPS_34
from lossanalytics.normalise.status_phrases_meaning_slavic_turkic_35 import SLAVIC_TURKIC_FIRST_STEPS_35
from lossanalytics.normalise.status_phrases_meaning_west_germanic import WEST_GERMANIC_EARLY_STEPS
from lossanalytics.normalise.status_phrases_meaning_west_germanic_3 import WEST_GERMANIC_EARLY_STEPS_3
from lossanalytics.normalise.status_phrases_meaning_west_germanic_4 import WEST_GERMANIC_EARLY_STEPS_4
from lossanalytics.normalise.status_phrases_meaning_west_germanic_5 import WEST_GERMANIC_EARLY_STEPS_5
from lossanalytics.normalise.status_phrases_meaning_west_germanic_7 import WEST_GERMANIC_EARLY_STEPS_7
from lossanalytics.normalise.status_phrases_meaning_west_germanic_8 import WEST_GERMANIC_EARLY_STEPS_8
from lossanalytics.normalise.status_phrases_meaning_west_germanic_9 import WEST_GERMANIC_EARLY_STEPS_9
from lossanalytics.normalise.status_phrases_meaning_west_germanic_10 import WEST_GERMANIC_EARLY_STEPS_10
from lossanalytics.normalise.status_phrases_meaning_west_germanic_11 import WEST_GERMANIC_EARLY_STEPS_11
from lossanalytics.normalise.status_phrases_meaning_west_germanic_12 import WEST_GERMANIC_EARLY_STEPS_12
from lossanalytics.normalise.status_phrases_meaning_west_germanic_13 import WEST_GERMANIC_EARLY_STEPS_13
from lossanalytics.normalise.status_phrases_meaning_west_germanic_14 import WEST_GERMANIC_EARLY_STEPS_14
from lossanalytics.normalise.status_phrases_meaning_west_germanic_15 import WEST_GERMANIC_EARLY_STEPS_15
from lossanalytics.normalise.status_phrases_meaning_west_germanic_16 import WEST_GERMANIC_EARLY_STEPS_16
from lossanalytics.normalise.status_phrases_meaning_west_germanic_17 import WEST_GERMANIC_EARLY_STEPS_17
from lossanalytics.normalise.status_phrases_outcomes import Step
from lossanalytics.normalise.status_phrases_polish import POLISH_FIRST_STEPS
from lossanalytics.normalise.status_phrases_romance import ROMANCE_FIRST_STEPS
from lossanalytics.normalise.status_phrases_romanian import ROMANIAN_STEPS
from lossanalytics.normalise.status_phrases_thai import THAI_STEPS
from lossanalytics.normalise.status_phrases_turkish import TURKISH_STEPS
from lossanalytics.normalise.status_phrases_undelivered_reasons import UNDELIVERED_FIRST_STEPS
from lossanalytics.normalise.status_phrases_vietnamese import VIETNAMESE_STEPS

BEFORE_OUTCOME_STEPS: tuple[Step, ...] = (
    *CUSTOMS_FIRST_STEPS,
    *DISPATCH_FIRST_STEPS,
    *SLAVIC_TURKIC_FIRST_STEPS_35,
    *SLAVIC_TURKIC_FIRST_STEPS_34,
    *SLAVIC_TURKIC_FIRST_STEPS_33,
    *SLAVIC_TURKIC_FIRST_STEPS_10,
    *BULGARIAN_MEANING_FIRST_STEPS,
    *BULGARIAN_FIRST_STEPS_2,
    *BULGARIAN_STEPS,
    *LAST_MILE_EAST_STEPS,
    *RO_TR_FIRST_STEPS,
    *FR_HU_RO_FIRST_STEPS_24,
    *FR_HU_RO_FIRST_STEPS_23,
    *FR_HU_RO_FIRST_STEPS_22,
    *FR_HU_RO_FIRST_STEPS_21,
    *FR_HU_RO_FIRST_STEPS_20,
    *FR_HU_RO_FIRST_STEPS_19,
    *FR_HU_RO_FIRST_STEPS_16,
    *FR_HU_RO_FIRST_STEPS_15,
    *FR_HU_RO_FIRST_STEPS_12,
    *HU_FIRST_STEPS_4,
    *RO_HU_FIRST_STEPS_3,
    *ROMANIAN_STEPS,
    *RO_HU_FIRST_STEPS_2,
    *ROMANIAN_HUNGARIAN_FIRST_STEPS,
    *SLAVIC_TURKIC_FIRST_STEPS_7,
    *SLAVIC_TURKIC_FIRST_STEPS_5,
    *SLAVIC_TURKIC_FIRST_STEPS_4,
    *SLAVIC_TURKIC_FIRST_STEPS,
    *SLAVIC_TURKIC_FIRST_STEPS_2,
    *SLAVIC_TURKIC_FIRST_STEPS_3,
    *SLAVIC_TURKIC_FIRST_STEPS_17,
    *SLAVIC_TURKIC_FIRST_STEPS_18,
    *SLAVIC_TURKIC_FIRST_STEPS_19,
    *SLAVIC_TURKIC_FIRST_STEPS_22,
    *SLAVIC_TURKIC_FIRST_STEPS_24,
    *SLAVIC_TURKIC_FIRST_STEPS_32,
    *EAST_STEPS,
    *SLAVIC_TURKIC_FIRST_STEPS_13,
    *SLOVAK_FIRST_STEPS,
    *SLAVIC_TURKIC_FIRST_STEPS_29,
    *CZECH_STEPS,
    *CENTRAL_BALTIC_STEPS,
    *EAST_ASIAN_27_EARLY_STEPS,
    *EAST_ASIAN_26_EARLY_STEPS,
    *EAST_ASIAN_25_EARLY_STEPS,
    *EAST_ASIAN_24_EARLY_STEPS,
    *ASIA_MIDEAST_VI_FIRST_STEPS_33,
    *ASIA_MIDEAST_VI_FIRST_STEPS_31,
    *ASIA_MIDEAST_VI_FIRST_STEPS_22,
    *ASIA_MIDEAST_VI_FIRST_STEPS_20,
    *ASIA_MIDEAST_VI_FIRST_STEPS_17,
    *ASIA_MIDEAST_FIRST_STEPS_33,
    *ASIA_MIDEAST_FIRST_STEPS_32,
    *ASIA_MIDEAST_FIRST_STEPS_31,
    *ASIA_MIDEAST_FIRST_STEPS_30,
    *ASIA_MIDEAST_FIRST_STEPS_29,
    *ASIA_MIDEAST_FIRST_STEPS_28,
    *ASIA_MIDEAST_FIRST_STEPS_27,
    *ASIA_MIDEAST_FIRST_STEPS_26,
    *ASIA_MIDEAST_FIRST_STEPS_25,
    *ASIA_MIDEAST_FIRST_STEPS_24,
    *ASIA_MIDEAST_FIRST_STEPS_23,
    *ASIA_MIDEAST_FIRST_STEPS_22,
    *ASIA_MIDEAST_FIRST_STEPS_21,
    *ASIA_MIDEAST_FIRST_STEPS_20,
    *ASIA_MIDEAST_FIRST_STEPS_19,
    *ASIA_MIDEAST_FIRST_STEPS_18,
    *VIETNAMESE_MEANING_FIRST_STEPS,
    *EAST_ASIAN_5_VIETNAMESE_FIRST_STEPS,
    *VIETNAMESE_STEPS,
    *HUNGARIAN_STEPS,
    *SLAVIC_TURKIC_FIRST_STEPS_31,
    *SLAVIC_TURKIC_FIRST_STEPS_30,
    *SLAVIC_TURKIC_FIRST_STEPS_28,
    *SLAVIC_TURKIC_FIRST_STEPS_26,
    *SLAVIC_TURKIC_FIRST_STEPS_25,
    *SLAVIC_TURKIC_FIRST_STEPS_16,
    *SLAVIC_TURKIC_FIRST_STEPS_14,
    *TURKISH_STEPS,
    *ASIA_MIDEAST_FIRST_STEPS_17,
    *ASIA_MIDEAST_FIRST_STEPS_16,
    *ASIA_MIDEAST_FIRST_STEPS_15,
    *ASIA_MIDEAST_FIRST_STEPS_14,
    *ASIA_MIDEAST_FIRST_STEPS_13,
    *SLAVIC_TURKIC_FIRST_STEPS_21,
    *ASIA_MIDEAST_FIRST_STEPS_12,
    *ASIA_MIDEAST_FIRST_STEPS_9,
    *ASIA_MIDEAST_FIRST_STEPS_10,
    *ASIA_MIDEAST_FIRST_STEPS_7,
    *ASIA_MIDEAST_FIRST_STEPS_8,
    *ASIA_MIDEAST_FIRST_STEPS_6,
    *ASIA_MIDEAST_FIRST_STEPS_2,
    *ASIA_MIDEAST_FIRST_STEPS,
    *THAI_STEPS,
    *GREEK_MEANING_STEPS,
    *GREEK_INDONESIAN_STEPS,
    *ARABIC_HEBREW_MALAY_STEPS,
    *ASIA_MIDEAST_STEPS,
    *ENGLISH_REGIONAL_STEPS,
    *ENGLISH_POSTAL_STEPS,
    *ENGLISH_LABEL_STEPS,
    *MEANING_ENGLISH_FIRST_STEPS,
    *ENGLISH_COURIER_STEPS,
    *ENGLISH_REASON_STEPS,
    *ENGLISH_NOTIFICATION_STEPS,
    *ENGLISH_EXPRESS_STEPS,
    *GERMAN_POLISH_FIRST_STEPS,
    *POLISH_FIRST_STEPS,
    *KOREAN_STEPS,
    *FREIGHT_FIRST_STEPS,
    *ROMANCE_19_FIRST_STEPS,
    *ROMANCE_35_FIRST_STEPS,
    *ROMANCE_34_FIRST_STEPS,
    *ROMANCE_33_FIRST_STEPS,
    *ROMANCE_32_FIRST_STEPS,
    *ROMANCE_31_FIRST_STEPS,
    *ROMANCE_30_FIRST_STEPS,
    *ROMANCE_28_FIRST_STEPS,
    *ROMANCE_27_FIRST_STEPS,
    *ROMANCE_26_FIRST_STEPS,
    *ROMANCE_25_FIRST_STEPS,
    *ROMANCE_24_FIRST_STEPS,
    *ROMANCE_23_FIRST_STEPS,
    *ROMANCE_22_FIRST_STEPS,
    *ROMANCE_21_FIRST_STEPS,
    *ROMANCE_18_FIRST_STEPS,
    *ROMANCE_17_FIRST_STEPS,
    *ROMANCE_15_FIRST_STEPS,
    *ROMANCE_16_FIRST_STEPS,
    *ROMANCE_11_FIRST_STEPS,
    *ROMANCE_13_FIRST_STEPS,
    *ROMANCE_12_FIRST_STEPS,
    *ROMANCE_9_FIRST_STEPS,
    *ROMANCE_10_FIRST_STEPS,
    *ROMANCE_8_FIRST_STEPS,
    *ROMANCE_6_FIRST_STEPS,
    *ROMANCE_5_FIRST_STEPS,
    *ITALIAN_FIRST_STEPS,
    *ROMANCE_4_FIRST_STEPS,
    *ROMANCE_3_FIRST_STEPS,
    *ROMANCE_2_FIRST_STEPS,
    *ROMANCE_MEANING_FIRST_STEPS,
    *ROMANCE_FIRST_STEPS,
    *LABEL_PLATFORM_FIRST_STEPS,
    *UNDELIVERED_FIRST_STEPS,
    *LAST_MILE_FIRST_STEPS,
    *EAST_ASIAN_FIRST_STEPS,
    *EAST_ASIAN_3_FIRST_STEPS,
    *EAST_ASIAN_4_FIRST_STEPS,
    *EAST_ASIAN_5_FIRST_STEPS,
    *EAST_ASIAN_7_FIRST_STEPS,
    *EAST_ASIAN_8_FIRST_STEPS,
    *EAST_ASIAN_10_FIRST_STEPS,
    *EAST_ASIAN_12_FIRST_STEPS,
    *EAST_ASIAN_13_FIRST_STEPS,
    *EAST_ASIAN_14_FIRST_STEPS,
    *EAST_ASIAN_16_FIRST_STEPS,
    *EAST_ASIAN_17_FIRST_STEPS,
    *EAST_ASIAN_19_FIRST_STEPS,
    *EAST_ASIAN_20_FIRST_STEPS,
    *EAST_ASIAN_21_FIRST_STEPS,
    *EAST_ASIAN_22_FIRST_STEPS,
    *EAST_ASIAN_23_FIRST_STEPS,
    *EAST_ASIAN_24_FIRST_STEPS,
    *EAST_ASIAN_18_FIRST_STEPS,
    *FRENCH_FIRST_STEPS_9,
    *FRENCH_FIRST_STEPS_8,
    *FRENCH_FIRST_STEPS_3,
    *FRENCH_FIRST_STEPS_2,
    *FRENCH_FIRST_STEPS,
    *NORDIC_11_EARLY_STEPS,
    *NORDIC_10_EARLY_STEPS,
    *NORDIC_9_EARLY_STEPS,
    *NORDIC_MEANING_EARLY_STEPS,
    *WEST_GERMANIC_EARLY_STEPS_17,
    *WEST_GERMANIC_EARLY_STEPS_16,
    *WEST_GERMANIC_EARLY_STEPS_15,
    *WEST_GERMANIC_EARLY_STEPS_14,
    *WEST_GERMANIC_EARLY_STEPS_13,
    *WEST_GERMANIC_EARLY_STEPS_12,
    *WEST_GERMANIC_EARLY_STEPS_11,
    *WEST_GERMANIC_EARLY_STEPS_10,
    *WEST_GERMANIC_EARLY_STEPS_9,
    *WEST_GERMANIC_EARLY_STEPS_8,
    *WEST_GERMANIC_EARLY_STEPS_7,
    *WEST_GERMANIC_EARLY_STEPS_5,
    *WEST_GERMANIC_EARLY_STEPS_4,
    *WEST_GERMANIC_EARLY_STEPS_3,
    *WEST_GERMANIC_EARLY_STEPS,
)
