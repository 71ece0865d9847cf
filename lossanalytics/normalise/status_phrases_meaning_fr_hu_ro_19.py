"""Romanian and Hungarian shipment states read by their meaning, nineteenth French, Hungarian and Romanian pass
(round 98): a Romanian parcel-tracking integration's recorded Sameday, FAN Courier, Cargus, GLS and DPD answers
("Coletul a ajuns in punctul de livrare.", "Livrat la parcel shop", "Expeditorul a predat coletul catre Sameday.",
"Curierul urmeaza sa efectueze livrarea in curand.", "Colet predat catre DPD", "AWB-ul nu a fost găsit ...") and
two Hungarian apps' parcel and order states ("Feladás előtt", "Fennakadás", "Összecsomagolás alatt", "Futár
felvételére vár").

The reading follows who holds the parcel (DESIGN §4). Two groups:

- FR_HU_RO_FIRST_STEPS_19 come first of the French, Hungarian and Romanian first steps
  (status_phrases_before_outcomes.py, before FR_HU_RO_FIRST_STEPS_16), ahead of the outcome words: a parcel left in,
  loaded into or arrived in the delivery point (Romanian couriers' word for their lockers and pickup points, "în
  punctul de livrare": inside it), or delivered or deposited at a parcel shop, waits for the addressee: available for
  pickup, before "livrat" reads a delivery and "ajuns în" an arrival on the way; an AWB (waybill) that was not found
  has no tracking yet: unknown, before "verifică" (check) reads a problem.
- FR_HU_RO_LATE_STEPS_19 come just before the eighteenth pass's late steps (status_phrases_language_late.py) and read
  only texts nothing else reads: in Romanian the sender handed the parcel to the carrier or courier, a parcel handed
  to a named carrier (DPD, GLS, Sameday, Cargus, FAN Courier) or received by it: in the carrier's hands, in transit; the
  courier is about to carry out the delivery ("urmează să efectueze livrarea"): out for delivery; a parcel or shipment
  registered, as the whole status: information received. In Hungarian the time before posting ("feladás előtt") and
  an order being packed or waiting for the courier to collect it: information received; a hitch ("fennakadás") as the
  whole status: exception.

Left alone: "Megérkezett" (arrived: one app's word for delivered, but an arrival at a depot in other words; read as
on its way), "Punct de livrare" without saying the parcel is in it (the delivery address in other words), a bare
"Predat" (handed over: to the carrier or to the addressee, not said; "predat destinatarului" stays a delivery).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_fr_hu_ro_19.py holds the examples);
no integration's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Romanian carriers named as the one the parcel is handed to, or that received it.
_RO_CARRIER = r"(?:dpd|gls|sameday|cargus|fan ?courier|curier(?:ul|ului)?|transportator(?:ul|ului)?)"

FR_HU_RO_FIRST_STEPS_19: tuple[Step, ...] = (
    # In the delivery point, or delivered or left at a parcel shop: waiting for the addressee.
    ("available_for_pickup", {
        "ro": (r"\b(?:a ajuns|ajuns|sosit|incarcat|incarcata|depus|depusa|depozitat|depozitata|plasat|plasata) "
               r"in punctul de livrare\b",
               r"\b(?:livrat|livrata|depus|depusa|lasat|lasata) (?:la|in) (?:un |o )?(?:parcel ?shop|parcelshop)\b"),
    }),
    # A waybill (AWB) not found: no tracking yet.
    ("unknown", {
        "ro": (r"\bawb(?: ul)? (?:nu a fost gasit|nu exista|negasit)\b",),
    }),
)

FR_HU_RO_LATE_STEPS_19: tuple[Step, ...] = (
    # The sender handed the parcel over to the carrier, or a named carrier has it: in its hands.
    ("in_transit", {
        "ro": (r"\bexpeditorul a predat (?:coletul|expedierea|expeditia|trimiterea) (?:catre |la )?" + _RO_CARRIER
               + r"\b",
               r"\b(?:colet|coletul|expediere|expedierea|expeditie|expeditia) (?:a fost )?predata? (?:catre|la) "
               + _RO_CARRIER + r"\b",
               r"\b" + _RO_CARRIER + r" a (?:receptionat|primit|preluat) (?:coletul|expedierea|expeditia)\b"),
    }),
    # The courier is about to carry out the delivery: out for delivery.
    ("out_for_delivery", {
        "ro": (r"\bcurierul (?:\w+ )?urmeaza sa (?:efectueze|faca|realizeze) livrarea\b",),
    }),
    # Registered, as the whole status: the data only.
    ("info_received", {
        "ro": (r"^(?:coletul|expedierea|expeditia|trimiterea) a fost inregistrat(?:a)?$",),
    }),
    # Before posting; an order being packed, or waiting for the courier to collect it: not yet with the carrier.
    ("info_received", {
        "hu": (r"\bfeladas elott\b",
               r"^(?:ossze)?csomagolas alatt$",
               r"\bfutar(?:ra)? felvetelere var\b"),
    }),
    # A hitch, as the whole status: a problem.
    ("exception", {
        "hu": (r"^fennakadas$",),
    }),
)
