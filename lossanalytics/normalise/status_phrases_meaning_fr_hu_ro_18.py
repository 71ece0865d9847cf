"""French shipment states read by their meaning, eighteenth French, Hungarian and Romanian pass (round 94): a parcel
forwarder's tracking events ("Expédition enregistrée", "Enlèvement infructueux", "Colis réceptionné par nos
équipes") and a tracking app's French for a postal route's events ("informations sur l'envoi entrée
électroniquement", "Tri en cours").

FR_HU_RO_LATE_STEPS_18 come just before the sixteenth pass's late steps and read only texts nothing else reads:

- a shipment or consignment registered, as the whole status ("Expédition enregistrée", "Votre envoi a été
  enregistré" already reads so), and the shipment's information entered or received electronically: the data is
  there, the parcel not yet scanned, information received;
- a collection from the sender that failed, as the whole status ("Enlèvement infructueux", "Ramassage échoué"): the
  parcel is still with the sender, information received, as the development corpus's English pickup-failed rows;
- received by the carrier's or forwarder's teams, depot or agency ("réceptionné par nos équipes", "réceptionné au
  dépôt"): in its hands and moving, in transit;
- sorting in progress, as the whole status ("Tri en cours", "En cours de tri"): in transit.

Left alone: "Réceptionné" and "Collecté" alone (received or collected: by the carrier or by the addressee, the words
do not say; "livré - collecté" is a delivery), "Prêt à ramasser" (ready to be picked up: by the addressee or by the
carrier from the sender), "Arrivé au lieu de livraison" (at the delivery office or at the door), "Affecté à une
rotation" (one forwarder's word for a container load) and "Colis déposé au point de collecte" (a collection point:
the sender's drop-off or the addressee's pickup, not said), which keeps the reading it has.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_fr_hu_ro_18.py holds the examples);
no forwarder's or app's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Shipment or consignment ("envoie" is a frequent misspelling of "envoi").
_SHIPMENT = r"(?:expedition|envoi|envoie|colis)"

FR_HU_RO_LATE_STEPS_18: tuple[Step, ...] = (
    # Registered, or its information entered electronically: the data only.
    ("info_received", {
        "fr": (r"^(?:votre |l )?" + _SHIPMENT + r" (?:a ete )?enregistree?$",
               r"\binformations? (?:sur|de|concernant) (?:l |votre |la )?" + _SHIPMENT
               + r" (?:\w+ ){0,2}(?:entrees?|saisies?|recues?|transmises?) (?:par voie )?electroniquement\b"),
    }),
    # A collection from the sender that failed: still with the sender.
    ("info_received", {
        "fr": (r"^(?:l )?(?:enlevement|ramassage) (?:infructueux|echoue|manque|impossible)$",),
    }),
    # Received by the carrier's teams, depot or agency: in its hands.
    ("in_transit", {
        "fr": (r"\breceptionnee? (?:par (?:nos|les) equipes|par le transporteur|au depot|a l agence|au centre de tri|"
               r"a l entrepot|au hub)\b",),
    }),
    # Sorting in progress as the whole status.
    ("in_transit", {
        "fr": (r"^(?:colis )?(?:tri en cours|en cours de tri)$",),
    }),
)
