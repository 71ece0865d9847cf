"""French tracking texts read by their meaning, ninth pass of the French, Hungarian and Romanian family (round 54):
exceptions and the last leg as a shop's helpdesk quotes carriers and delivery apps word them ("documentation
nécessaire pour l'importation", "il manque la procuration douanière", "arrivée incomplète", "Refus de paiement",
"Accès limité/interdit", "Panne véhicule", "lecture de l'enlèvement").

The reading follows where the parcel is and whose move is awaited:
- FRENCH_FIRST_STEPS_9 come just before status_phrases_meaning_fr_hu_ro_8's French first steps, where a broader word
  would decide first ("importation" and "arrivée" a movement, "paiement" and "traitée" a hold or a movement): papers
  needed for the import or missing (a power of attorney, an invoice) and a parcel arrived incomplete hold it; a
  refusal to pay on delivery fails the delivery, as a refusal does; an order only processed, validated or registered
  has not reached the carrier.
- FR_LATE_STEPS_9 come just before status_phrases_meaning_fr_hu_ro_5's late steps and read only texts nothing else
  reads: a collection, origin, arrival or departure scan ("lecture de l'enlèvement") moves the parcel on; a delivery
  rescheduled with nobody named ("Reprogrammé", "livraison a été reprogrammée") and a broken-down vehicle hold it;
  limited or forbidden access fails the delivery.
What was assumed (DESIGN §4): a rescheduling with nobody named holds the parcel, as "Entrega reprogramada" does; one
asked for by the recipient is left to the steps that read the recipient.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, apostrophes as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_fr_hu_ro_10.py holds the examples,
named one on, as the fifth, seventh and eighth passes' tests are); no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_FR_PAPERS = r"(?:procuration|facture|documents?|documentation|pieces?|justificatifs?|mandat)"

FRENCH_FIRST_STEPS_9: tuple[Step, ...] = (
    # Papers needed for the import or missing; arrived incomplete: held, before "importation" and "arrivée" move it on.
    ("exception", {
        "fr": (r"\b" + _FR_PAPERS + r" (?:necessaires?|requis\w*|exige\w*) pour (?:l |le |la )?(?:importation|exportation|dedouanement|douane)\b",
               r"\b(?:il )?manque (?:la |le |les |l |une |un |des )?" + _FR_PAPERS + r"\b",
               r"\barrivee incomplete\b"),
    }),
    # A refusal to pay on delivery: a refusal, before "paiement" reads a hold.
    ("delivery_failed", {
        "fr": (r"\brefus de (?:paiement|payer|regler)\b",),
    }),
    # An order only processed, validated or registered: not with the carrier yet, before "traitée" moves it on.
    ("info_received", {
        "fr": (r"^(?:votre )?commande (?:a ete )?(?:traitee|validee|enregistree)$",),
    }),
)

FR_LATE_STEPS_9: tuple[Step, ...] = (
    # A collection, origin, arrival or departure scan: moving.
    ("in_transit", {
        "fr": (r"\blecture (?:de l |a l |au |du )?(?:enlevement|origine|arrivee|depart)\b",),
    }),
    # Rescheduled with nobody named; a broken-down vehicle: held.
    ("exception", {
        "fr": (r"^(?:la )?(?:livraison )?(?:a ete |est )?reprogramme(?:e)?$",
               r"\bpanne (?:de |du )?(?:vehicule|camion|moteur)\b"),
    }),
    # Access limited or forbidden: a failed delivery.
    ("delivery_failed", {
        "fr": (r"\bacces (?:limite|interdit|restreint|refuse)\b",),
    }),
)
