"""Danish, Norwegian and Swedish orders before the carrier read by their meaning, eleventh Nordic pass (round 125): an
order received by the shop ("Ordre modtaget", "Vi har tagit emot din beställning"), an order being packed or prepared
("Vi håller på att packa din beställning", "Din order är packad", "Din order förbereds"), a parcel packed and waiting to
be handed to the carrier, and an order in production ("I produktion").

- NORDIC_11_EARLY_STEPS, just before NORDIC_10_EARLY_STEPS (before the outcome words, and before "modtaget", "tagit
  emot" and "lämnat" read a parcel received by or leaving the carrier): an order or purchase received or registered
  ("ordre modtaget", "bestilling mottatt", "beställningen har tagits emot", "vi har tagit emot din beställning") is the
  shop's, before the carrier, information received; the shop packing the order ("vi håller på att packa din
  beställning", "vi pakker din ordre") is before the carrier too, though the sentence goes on to what will happen once
  the parcel has left the warehouse.
- NORDIC_11_LATE_STEPS, just before NORDIC_9_LATE_STEPS (for texts nothing earlier reads): an order, purchase or
  parcel packed ("Din order är packad", "Paketet är packat"), a parcel waiting to be handed over to the carrier
  ("väntar på att lämnas över till DHL"), an order being prepared, packed or picked as the whole status ("Din order
  förbereds") and an order in production ("I produktion", "Ordren er i produktion") are before the carrier, information
  received. A parcel waiting to be collected ("väntar på att hämtas") is not among them: at a pickup point it waits for
  the buyer; nor is an order prepared for delivery ("Ordern förbereds för leverans"), which round 55 left unread.

Left unread on purpose: the Danish "Behandles" (being processed: by the shop or in a carrier's terminal, not said),
"Kvalitetskontrol" (a check of goods before sending, or of a return that came back) and the Danish "Pakket" as the
whole text (packed in Danish, the parcel itself in Dutch). Left as read: the Swedish "Paketet är på väg till dig" stays
out for delivery, as "on its way to you" is read.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_nordic_11.py holds the examples); no
app's text was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_ORDER_DA = r"(?:ordre|ordren|bestilling|bestillingen)"
_ORDER_SV = r"(?:order|ordern|beställning|beställningen)"

NORDIC_11_EARLY_STEPS: tuple[Step, ...] = (
    # An order received or registered by the shop; the shop packing it: before the carrier.
    ("info_received", {
        "da": (r"\b" + _ORDER_DA + r" (?:er )?(?:modtaget|registreret)\b",
               r"\bvi (?:er ved at )?pakker (?:din|jeres) " + _ORDER_DA + r"\b"),
        "nb": (r"\b" + _ORDER_DA + r" (?:er )?(?:mottatt|registrert)\b",
               r"\bvi (?:holder på å )?pakker (?:din|deres) " + _ORDER_DA + r"\b"),
        "sv": (r"\b" + _ORDER_SV + r" (?:är |har )?(?:mottagen|mottagits|tagits emot|registrerad)\b",
               r"\b(?:tagit emot|mottagit) (?:din|er) " + _ORDER_SV + r"\b",
               r"\b(?:håller på (?:att|med att)|börjat) packa (?:din|er) " + _ORDER_SV + r"\b",
               r"\bvi packar (?:din|er) " + _ORDER_SV + r"\b"),
    }),
)

NORDIC_11_LATE_STEPS: tuple[Step, ...] = (
    # Packed, waiting to be handed to the carrier, being prepared, in production: before the carrier.
    ("info_received", {
        "da": (r"^(?:i|under) produktion$",
               r"\b" + _ORDER_DA + r" er (?:i|under) produktion\b"),
        "nb": (r"^(?:i|under) produksjon$",
               r"\b" + _ORDER_DA + r" er (?:i|under) produksjon\b"),
        "sv": (r"^(?:i|under) produktion$",
               r"\b" + _ORDER_SV + r" är (?:i|under) produktion\b",
               r"\b(?:order|ordern|beställning|beställningen|paket|paketet|försändelsen)"
               r" (?:är|har blivit) (?:packad|packat|packade)\b",
               r"\bväntar på att (?:lämnas över|överlämnas) till\b",
               r"^(?:din |er )?" + _ORDER_SV + r" (?:förbereds|packas|plockas)$"),
    }),
)
