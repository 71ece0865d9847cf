"""Norwegian, Danish, Swedish and Finnish shipment states read by their meaning, ninth Nordic pass (round 106): a print
shop's order states before the carrier, a parcel delivered to the post office for collection ("Sendt til trykkeri",
"Levert ut fra trykkeri", "Levert til postkontor"), and in Finnish a parcel at the sorting centre ("Lajittelukeskus").

- NORDIC_9_EARLY_STEPS, just before NORDIC_MEANING_EARLY_STEPS (before the outcome words read "levert"/"leveret"/
  "levererad" as delivered and "sendt" as movement): goods sent to or delivered at a print shop ("trykkeri",
  "tryckeri") are not with the carrier yet, information received; sent out from the print shop is on the way; a
  parcel delivered to the post office ("levert til postkontor", "leveret til posthus", "levererad till
  postkontoret") waits there for collection, as "Levert til hentested" is read already.
- NORDIC_9_LATE_STEPS, just before NORDIC_8_LATE_STEPS (for texts nothing earlier reads): in Finnish the sorting
  centre as the whole status, or a parcel in it ("Lajittelukeskus", "lähetys lajittelukeskuksessa"), is on the way,
  as arriving at and leaving it already are.

Left unread on purpose: "Sendt til tredjepart" keeps its in-transit reading by "sendt" (sent on by a club or vendor,
the shop's word for a parcel it no longer tracks).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_nordic_9.py holds the examples); no
app's text was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

NORDIC_9_EARLY_STEPS: tuple[Step, ...] = (
    # Sent to, or delivered at, the print shop: the carrier has nothing yet.
    ("info_received", {
        "nb": (r"\b(?:sendt|levert|overfort) til (?:trykkeri|trykkeriet)\b",),
        "da": (r"\b(?:sendt|leveret|overfort) til (?:trykkeri|trykkeriet)\b",),
        "sv": (r"\b(?:skickad|skickat|levererad|levererat) till (?:tryckeri|tryckeriet)\b",),
    }),
    # Sent out from the print shop: on the way.
    ("in_transit", {
        "nb": (r"\b(?:levert ut|sendt) fra (?:trykkeri|trykkeriet)\b",),
        "da": (r"\b(?:leveret ud|sendt) fra (?:trykkeri|trykkeriet)\b",),
        "sv": (r"\b(?:skickad|skickat|utlevererad) fran (?:tryckeri|tryckeriet)\b",),
    }),
    # Delivered to the post office: waiting there for collection.
    ("available_for_pickup", {
        "nb": (r"\blevert til (?:postkontor|postkontoret)\b",),
        "da": (r"\bleveret til (?:posthus|posthuset|postkontor|postkontoret)\b",),
        "sv": (r"\blevererad till (?:postkontor|postkontoret)\b",),
    }),
)

NORDIC_9_LATE_STEPS: tuple[Step, ...] = (
    # At the sorting centre: on the way.
    ("in_transit", {
        "fi": (r"^lajittelukeskus$", r"^(?:lahetys |paketti )?(?:on )?lajittelukeskuksessa\b"),
    }),
)
