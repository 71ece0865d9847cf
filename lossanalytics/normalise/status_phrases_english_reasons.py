"""English reasons a carrier gives for holding, delaying or failing a parcel, tried after the
English status labels and before the outcome phrases, because each names its cause beside a
word that alone would say something else: "missed the scheduled transfer time" is a delay,
not a missed delivery; "cleared after the scheduled transport departure" names customs but
is a delay; "Export documentation is incomplete" is a hold, not an export scan; a receiver
who "canceled the product order and refused delivery" refused a delivery, no order was
cancelled with the carrier; "We're attempting to verify the package location" is a trace,
no delivery attempt ("we're" folds to "we re", which is not "re-attempt").

Vocabulary from UPS's exception texts as an Alibaba 1688 logistics integration matches them
(delivery and clearance exception groups), UPS, USPS and DHL eCommerce recorded track
responses, and CACESA Postal's status names (lossanalytics/normalise/known_texts/SOURCES.md, twelfth round).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_PERSON = r"(?:the )?(?:customer|recipient|consignee|receiver|addressee)"
_PARCEL = r"(?:package|parcel|shipment|item|consignment)"
_DOCUMENTS = r"(?:documentation|documents?|paperwork|invoice|invoices)"

ENGLISH_REASON_STEPS: tuple[Step, ...] = (
    # A receiver's refusal, whatever reason it gives (a cancelled order, the price, duties).
    ("delivery_failed", {
        "en": (_PERSON + r" (?:has )?cancel+ed (?:the |their |his |her )?(?:product )?order and refused",),
    }),
    # A trace of a parcel not yet declared lost.
    ("exception", {
        "en": (r"verify (?:the )?" + _PARCEL + r"s? location", r"(?:begun|started|opened) an investigation"),
    }),
    # Missed connections and late clearance: the parcel waits for the next transport.
    ("exception", {
        "en": (r"missed (?:the |its )?(?:scheduled )?(?:transfer|connection|connecting \w+|cut ?off)\w*",
               r"after the scheduled (?:\w+ )?(?:departure|flight|dispatch)",
               r"adjusting (?:the |our )?delivery plans",
               # Customs paperwork and reviews that hold a parcel before it may move on.
               r"(?:export |import |customs |commercial )?" + _DOCUMENTS + r" (?:is |are )?(?:incomplete|missing|required|needed)",
               r"(?:information|documentation|documents) (?:is |are )?(?:required|needed) (?:for clearance|from the importer)",
               r"power of attorney (?:\w+ )?(?:required|needed|missing)", r"requires? (?:a )?special entry",
               r"awaiting (?:the )?clearing agency", r"not processed by (?:\w+ )?brokerage", r"no invoice information",
               r"(?:commodity|merchandise) description (?:\w+ ){0,2}(?:must|needs to|has to) be validated",
               r"(?:duties|taxes|duty) (?:or|and) (?:duties|taxes|duty) (?:are|is) due",
               # The shipment itself cannot go on as it is: goods the carrier prohibits, an area it
               # does not serve, a cash-on-delivery amount missing from the label.
               r"(?:articles|goods|items|commodit\w*) (?:that|which) (?:\w+ )?prohibits?",
               r"(?:do|does) not (?:currently )?serve (?:the |this )?(?:destination|delivery )?(?:address|area|destination)",
               r"(?:c o d|cod) amount (?:is )?missing"),
    }),
    # The receiver absent, or the receiver's name or apartment number wrong: a failed attempt.
    ("delivery_failed", {
        "en": (_PERSON + r" (?:was|is) not available",
               r"unable to make (?:the )?delivery",
               r"(?:company|receiver|recipient|consignee) name (?:is )?(?:incorrect|wrong|invalid|missing)",
               r"(?:apartment|suite|unit|flat|house) number (?:is )?(?:either )?(?:missing|incorrect|wrong|invalid)",
               r"(?:missing|incorrect|wrong|invalid) (?:or (?:missing|incorrect|wrong) )?(?:apartment|suite|unit|flat|house) number"),
    }),
    # Goods thrown away are gone (DESIGN: disposed of is lost); a label thrown away is not.
    ("lost", {
        "en": (r"(?:merchandise|contents|goods) (?:was |were |has been |have been )?discarded",),
    }),
    # A parcel ready at the sender, or one the carrier still waits to receive.
    ("info_received", {
        "en": (_PARCEL + r" is ready to be (?:shipped|dispatched|despatched)", r"pending to (?:be )?receive\w*"),
    }),
    # "On delivery" alone is the carrier's round; within a sentence it is a payment term.
    ("out_for_delivery", {
        "en": (r"^on delivery$",),
    }),
)
