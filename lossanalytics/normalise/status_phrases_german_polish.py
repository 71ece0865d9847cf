"""German and Polish carrier phrases whose construction decides against the broad word
beside them, in two groups placed around the outcome steps of status_phrases_outcomes.

GERMAN_POLISH_TROUBLE_STEPS come before the outcomes: the carrier's own error (a parcel
delivered to the wrong person, forwarded to the wrong depot, a loading error) is a problem
whatever the text says next, as in the outcome steps' first exception step.

GERMAN_POLISH_STEPS come right after the outcomes, so a return or a loss named in the same
text still wins, and before the broad words they would otherwise fall to: "Paketshop"
(waiting for pickup) where the recipient has collected the parcel there, or the sender or the
driver has handed it in or taken it away; "abgeholt" (collected) in "Der Empfänger hat das
Paket nicht abgeholt" (unclaimed); "zugestellt" in "konnte nicht wie geplant zugestellt
werden" (a failed attempt); Polish "magazynowanie" (storage) at the carrier's depot, which is
no pickup point, and "załadunek" (loading) onto the delivery round.

Phrases are folded like the text (lossanalytics.normalise._rules.fold: lower case, accents
off, "ł" kept), whole words. Vocabulary from DPD Germany's status texts as paketda explains
them and from DPD Polska's, Orlen Paczka's, FedEx Poland's and Geis Poland's event texts
(tests/corpus/SOURCES.md names each).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

GERMAN_POLISH_TROUBLE_STEPS: tuple[Step, ...] = (
    ("exception", {
        "de": (r"falschzustellung\w*", r"fehlzustellung\w*",
               r"(?:an|zu|in) (?:einen |ein |das |den |die )?falsche\w* (?:standort|depot|paketzentrum|zustellbasis|filiale)",
               r"fehler (?:\w+ ){0,2}aufgetreten"),
    }),
)

GERMAN_POLISH_STEPS: tuple[Step, ...] = (
    # Collected or received by the recipient, even at a parcel shop.
    ("delivered", {
        "de": (r"abholung (?:\w+ ){0,4}durch (?:den )?empfanger\w*",
               r"(?:ablieferung|zustellung|ubergabe) an (?:eine |einen )?dritte\w* person"),
        "pl": (r"^dostarczenie$",),
    }),
    # Handed in by the sender, or taken away by the driver, at a parcel shop: moving on.
    ("in_transit", {
        "de": (r"(?:durch|vom) (?:den )?(?:versender|absender) (?:\w+ ){0,4}(?:ubergeben|abgegeben|eingeliefert)",
               r"abholung (?:vo[nm]|aus dem|im) (?:\w+ ){0,3}(?:paketshop|packstation|filiale) durch (?:den )?(?:\w+ )?"
               r"(?:zusteller|fahrer|kurier)"),
        "pl": (r"magazynowanie (?:przesyłki |paczki )?w oddziale",),
    }),
    ("exception", {
        "de": (r"empfanger\w* (?:\w+ ){0,4}nicht abgeholt", r"nicht (?:\w+ ){0,3}(?:vom|durch den) empfanger\w* abgeholt"),
    }),
    ("damaged", {
        "de": (r"bruch (?:im|in der|beim) (?:gewahrsam|transport|depot)",),
    }),
    # No way in at the address, or delivery not possible as planned: a failed attempt.
    ("delivery_failed", {
        "de": (r"(?:konnte|konnten|kann) (?:\w+ ){0,1}nicht (?:\w+ ){0,4}zugestellt werden",
               r"zugangscode (?:\w+ ){0,2}(?:erforderlich|notwendig|benotigt)"),
    }),
    ("info_received", {
        "pl": (r"w trakcie przygotowania(?! do)",),
    }),
    ("out_for_delivery", {
        "pl": (r"załadunek na rozwoz", r"(?:w|na) rozwozie"),
    }),
)
