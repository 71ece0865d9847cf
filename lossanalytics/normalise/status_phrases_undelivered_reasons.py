"""Phrases of published non-delivery reason tables: EMS's (China Post Express) reasons an item
is not signed for ("未签收" details 100-130, Chinese) and the English POD codes of JNE (Indonesia)
(lossanalytics/normalise/known_texts/SOURCES.md, twentieth round, a). JNE's Indonesian reasons, GPServ's Russian
results and GHN's Vietnamese fail codes sit in the modules of those languages.

Two groups of steps, each placed where the broader words it must beat or yield to sit
(status_phrases.STEPS):

- UNDELIVERED_FIRST_STEPS, before the outcome steps: a public holiday on which the post does not
  deliver ("法定假日，无法投递") is a problem, not the recipient's failed delivery that the broad
  "无法投递" reads.
- UNDELIVERED_AFTER_OUTCOME_STEPS, right after the outcome steps (a return, a loss or a damage
  named in the same text still decides first): a recipient who cannot be found, has gone
  elsewhere or moved with no new address, an organisation unknown at the address, an unclear
  address or a recipient who asked to delay the delivery fail the delivery; a prohibited or
  restricted article and a misdelivery are problems; an item delivered to a parcel station
  waits for pickup; JNE's bare codes ("SHIPMENT RETURN", "DESTROY", "CANCEL BY SHIPPER",
  "NOT TIME DELIVERY", "DESTINATION CORRECTION") and its courier and service-area words.

Generic words are read only as the whole text ("^误投$", "^destroy$", "^shipment return$"): the
same words name other things elsewhere (a return shipment, a destroy request).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

UNDELIVERED_FIRST_STEPS: tuple[Step, ...] = (
    ("exception", {
        "zh": (r"(?:法定假日 ?无法投递)",),
    }),
)

UNDELIVERED_AFTER_OUTCOME_STEPS: tuple[Step, ...] = (
    ("returned", {
        "en": (r"^shipment return$",),
    }),
    ("lost", {
        "en": (r"^destroy$",),
    }),
    ("cancelled", {
        "en": (r"^cancel(?:led)? by (?:the )?shipper$",),
    }),
    ("exception", {
        "en": (r"^not time delivery$", r"^destination correction$", r"out of yes service area"),
        "zh": ("禁寄物品", "限寄物品", r"^误投$"),
    }),
    ("delivery_failed", {
        "zh": ("无法找到收件人", "人已他往", "查无此单位", "地址不祥", "新址不明", "要求延迟投递"),
    }),
    ("available_for_pickup", {
        "zh": ("投递到包裹站",),
    }),
    ("out_for_delivery", {
        "en": (r"^(?:shipment )?with (?:the )?delivery courier$",),
    }),
)
