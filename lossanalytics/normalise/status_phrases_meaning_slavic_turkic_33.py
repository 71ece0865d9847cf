"""Czech, Russian and Turkish shipment states read by their meaning, thirty-third Slavic and Turkic pass (round 115):
an order's payment confirmed or arrived, an order received or being prepared, a driver assigned or on the
way to collect the parcel, an order registered with the carrier or made up for handing over, a shop carrying its
own orders to the lockers, a courier taking a parcel to a locker, a record acknowledged, a parcel taken into
sorting or at its arrival point, a recipient awaited at the branch, a delivery not made on time.

The reading follows who holds the parcel (DESIGN §4). Two groups:

- SLAVIC_TURKIC_FIRST_STEPS_33 come early among the narrow meanings (status_phrases_before_outcomes.py, after
  DISPATCH_FIRST_STEPS, before SLAVIC_TURKIC_FIRST_STEPS_10), ahead of the steps that read the words these texts
  share with movement: "dorazila" (arrived) and "bude připravena" (will be ready) read as movement in Czech,
  "передан курьеру" (handed to the courier) as the last leg, "на складе" (at a warehouse) as movement and
  "постамат" (a locker) as a parcel waiting there.
  Before the carrier, information received: a Czech payment confirmed or arrived ("platba potvrzena", "platba za
  objednávku dorazila", "platbu jsme obdrželi"; not a cash-on-delivery payment, which comes with the delivery); an
  order received in the Czech word order that names the receiving first ("přijetí objednávky", "přijali jsme
  objednávku") and an order being prepared ("připravujeme", "připravuje se" as the whole status; "balíme" is read already),
  unless the text goes on to its sending, handing over, delivery or cancelling; a driver or courier assigned
  ("přiřazen řidič") or on the way to collect the parcel ("řidič jede vyzvednout": the parcel still with the
  sender); a Russian order registered by the shop or sender ("магазин зарегистрировал заказ"), made up or packed
  for handing over ("скомплектовал заказ для передачи") or made up at the sender's warehouse ("собран на складе
  отправителя").
  On the way, in transit: a shop carrying its orders to the lockers and pickup points itself ("разводит заказы по
  постаматам"), a courier taking the parcel to a locker or pickup point ("передан курьеру для доставки в
  постамат": not to the buyer, as "в процессе доставки в постамат" is read).
- SLAVIC_TURKIC_STEPS_33 come first of the Slavic and Turkic late steps (status_phrases_language_late.py, before
  SLAVIC_TURKIC_STEPS_32) and read only texts nothing else reads: a Turkish record acknowledged as the whole status
  ("Kayıt Alındı"): information received; taken into sorting ("ayrıma alındı") and at the arrival point as the
  whole status ("Varış Noktasında"): in transit; the recipient awaited as the whole status ("Alıcı Bekleniyor": the
  parcel waits at the branch for the recipient): available for pickup; a Russian delivery not made on time
  ("доставка не была выполнена в срок"): a delay, exception.

Left unread: a Czech ride or order "čeká na schválení" and "schváleno" (waiting for or given an approval: of an
order, a return or a claim, not said), "Objednávka je připravena" (ready: to be handed to the carrier, or for the
buyer to collect, not said).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off Latin letters, punctuation as
spaces); whole words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_slavic_turkic_33.py
holds the examples); no table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# A Czech text that goes on to the parcel's sending, handing over, delivery or cancelling (the nouns "odeslání",
# "předání", "doručení" alone name a step still to come).
_CS_LATER = (r"(?!.*\b(?:odeslan(?!i\b)|odeslal|odesil(?!ani\b)|predan(?!i\b)|predal|dorucen(?!i\b)|na ceste|"
             r"vyzvednut|zrusen|storn))")

SLAVIC_TURKIC_FIRST_STEPS_33: tuple[Step, ...] = (
    # A payment confirmed or arrived, an order received or being prepared, a driver assigned or on the way to
    # collect; an order registered, made up for handing over or at the sender's warehouse: before the carrier.
    ("info_received", {
        "cs": (r"^(?!.*\bdobirk)platb\w* (?:za (?:\w+ )?objednavk\w* )?(?:byla |je )?(?:potvrzen\w*|dorazil\w*|dosl\w*)$",
               r"^platbu (?:jsme )?(?:\w+ )?(?:obdrzeli|prijali)\b" + _CS_LATER,
               r"^" + _CS_LATER + r"(?:.*\b)?(?:prijeti|prijali jsme|jsme prijali) (?:\w+ )?objednavk\w*",
               r"^" + _CS_LATER + r"(?:.*\b)?pripravujeme\b", r"^pripravuje se$",
               r"\bprirazen\w* (?:\w+ )?(?:ridic|kuryr)\w*", r"\b(?:ridic|kuryr)\w* (?:byl |je )?prirazen\w*",
               r"\b(?:ridic|kuryr)\w* (?:\w+ )?(?:jede|je na ceste|vyrazil\w*) (?:\w+ )?"
               r"(?:vyzvednout|pro (?:zasilk|balik)\w*|k odesilatel\w*)"),
        "ru": (r"\b(?:магазин|отправител|продав)\w* (?:\w+ )?зарегистрирова\w* (?:\w+ )?(?:заказ|отправлени|посылк)\w*",
               r"\b(?:скомплектова|собра|упакова)\w* (?:\w+ ){0,2}для передачи\b",
               r"\bсобран\w* на склад\w* (?:отправител|продав|магазин)\w*"),
    }),
    # A shop carrying its orders to the lockers itself, a courier taking the parcel to a locker: on the way.
    ("in_transit", {
        "ru": (r"\bразво[дз]\w* (?:\w+ ){0,2}по (?:постамат|пункт\w* выдач|пвз)\w*",
               r"\bкурьер\w* (?:\w+ )?для доставки (?:в|до) (?:постамат|пункт\w* выдач|пвз)\w*"),
    }),
)

SLAVIC_TURKIC_STEPS_33: tuple[Step, ...] = (
    # A record acknowledged: before the carrier.
    ("info_received", {
        "tr": (r"^kayit alindi$",),
    }),
    # Taken into sorting, at the arrival point: on the way.
    ("in_transit", {
        "tr": (r"\bayrim\w* alin\w*", r"^(?:gonderi )?varis noktasinda$"),
    }),
    # The recipient awaited at the branch.
    ("available_for_pickup", {
        "tr": (r"^alici bekleniyor$",),
    }),
    # A delivery not made on time: a delay.
    ("exception", {
        "ru": (r"\bне (?:была |был |было )?выполнен\w* в срок\w*",),
    }),
)
