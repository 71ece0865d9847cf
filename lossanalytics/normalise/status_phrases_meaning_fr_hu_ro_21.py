"""French and Greek shipment states read by their meaning, twenty-first French, Hungarian, Romanian and Greek pass
(round 112): a French express carrier's short tracking statuses and stage labels as its official shop module prints
them ("En dépôt restant", "Récupéré à l'agence", "En attente de vos instructions", "Prise de rendez-vous en cours",
"Colis chez l'expéditeur"), a French express carrier's event descriptions ("Non livrable") and a Greek shop's
courier status vocabulary (draft, confirmed, waiting for the courier, available at the pickup point, the receipt
refused, the address not found, damage in transport) and a Greek shop's demo checkpoints for its courier and
parcel-locker integrations ("Καταχωρήθηκε από το κατάστημα", "Στο locker προορισμού").

The reading follows who holds the parcel (DESIGN §4). Two groups:

- FR_HU_RO_FIRST_STEPS_21 come first of the French, Hungarian, Romanian and Greek first steps
  (status_phrases_before_outcomes.py, before FR_HU_RO_FIRST_STEPS_20), ahead of the outcome and broad words: in
  French a parcel "en dépôt restant" (held at the depot for the addressee, as "poste restante") waits for collection,
  before "dépôt" reads movement; a parcel collected at the carrier's agency ("récupéré à / sur l'agence", "en
  agence") is with its addressee, delivered, before "récupéré" reads the carrier taking it. In Greek a parcel
  available at the pickup point ("διαθέσιμη στο σημείο παραλαβής") waits for the addressee, and the receipt
  refused ("η παραλαβή απορρίφθηκε") is a failed delivery, both before "παραλαβή" (receipt, collection) reads
  movement; the courier yet to collect ("θα παραλάβει ο courier / ταχυμεταφορέας") is before the carrier, and damage
  ("ζημιά", not "χωρίς ζημιά") is damage, both before "μεταφορά" (transport) reads movement; damage with a check
  ("έλεγχος", of the contents of a damaged packing) stays the exception the Greek pass reads, as the contents may be
  whole.
- FR_HU_RO_LATE_STEPS_21 come just before the twentieth pass's late steps (status_phrases_language_late.py) and read
  only texts nothing else reads: in French waiting for "your" instructions ("en attente de vos instructions", as "en
  attente d'instructions" is read), an appointment being arranged as the whole status ("Prise de rendez-vous en
  cours") and "Non livrable" as the whole status are problems, exceptions; a parcel still with the sender as the
  whole status ("Colis chez l'expéditeur") is before the carrier. In Greek a draft ("Πρόχειρο"), a confirmation
  pending ("Εκκρεμεί επιβεβαίωση", "Αναμονή επιβεβαίωσης πληρωμής") and an order confirmed ("Επιβεβαιωμένη", "η
  παραγγελία σας επιβεβαιώθηκε") and a parcel registered by the shop ("Καταχωρήθηκε από το κατάστημα") are before
  the carrier; a parcel in the destination locker as the whole status ("Στο locker προορισμού") waits for the
  addressee; the address not found ("η διεύθυνση δεν εντοπίστηκε / βρέθηκε") is a failed delivery.

Left alone, because the same words mean another state elsewhere: French "Livraison en cours" and "Livraison du colis
(en cours)" (the shipping or the round), "Ramassage du colis" (a collection planned, or made), "Enlevé au dépôt"
(taken from the depot: by the addressee, or by the carrier), "Colis en attente" (read as a hold), "Colis déposé" and
"Dépôt reçu" (handed in: read as movement) and "Colis livré en point relais" (read as waiting at the relay point);
Greek "Παρουσιάστηκε πρόβλημα στη μεταφορά" (a problem in transport, its kind not said: read as movement) and "Η
παραγγελία αναζητείται" (the order being traced, not declared lost).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off Latin letters, Greek keeps its
accents and writes a final sigma as "σ", punctuation as spaces); whole words. Written by the team from DESIGN §4's
statuses (tests/test_status_meaning_fr_hu_ro_21.py holds the examples); no module's or shop's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

FR_HU_RO_FIRST_STEPS_21: tuple[Step, ...] = (
    # Held at the depot or the pickup point for the addressee to collect.
    ("available_for_pickup", {
        "fr": (r"\b(?:en )?depot restant\b",),
        "el": (r"\bδιαθέσιμ[ηοα]σ? (?:στο|σε|από το) σημείο παραλαβήσ\b",),
    }),
    # Collected by the addressee at the carrier's agency.
    ("delivered", {
        "fr": (r"\brecuperee?s? (?:a|sur) l agence\b",
               r"\brecuperee?s? en agence\b"),
    }),
    # The receipt refused by the addressee: a failed delivery.
    ("delivery_failed", {
        "el": (r"\bπαραλαβή (?:του δέματοσ |τησ παραγγελίασ )?απορρίφθηκε\b",
               r"\bαπορρίφθηκε η παραλαβή\b"),
    }),
    # The courier yet to collect: before the carrier.
    ("info_received", {
        "el": (r"\bθα (?:την |το )?παραλάβει ο (?:courier|κούριερ|ταχυμεταφορέασ)\b",),
    }),
    # Damage (not "without damage", nor a damaged packing whose contents are being checked).
    ("damaged", {
        "el": (r"(?<!χωρίσ )\bζημι(?:ά|ές|ών|ωμένο|ωμένη|ώθηκε)\b(?!.*έλεγχ)",),
    }),
)

FR_HU_RO_LATE_STEPS_21: tuple[Step, ...] = (
    # Waiting for the sender's instructions; an appointment being arranged; undeliverable, the whole status.
    ("exception", {
        "fr": (r"\battente de vos instructions\b",
               r"^prise de (?:rendez vous|rdv)(?: en cours)?$",
               r"^(?:colis )?non livrable$"),
    }),
    # Still with the sender; a draft, a confirmation pending, an order confirmed, the courier yet to collect.
    ("info_received", {
        "fr": (r"^colis (?:encore |toujours )?chez l expediteur$",),
        "el": (r"^πρ[οό]χειρο$",
               r"^εκκρεμεί επιβεβαίωση$",
               r"^αναμονή επιβεβαίωσησ(?: πληρωμήσ| παραγγελίασ)?$",
               r"^επιβεβαιωμένη$",
               r"\bπαραγγελία (?:σασ )?επιβεβαιώθηκε\b",
               r"\bκαταχωρήθηκε από (?:το κατάστημα|τον αποστολέα|τον έμπορο)\b"),
    }),
    # In the destination locker: waiting for the addressee.
    ("available_for_pickup", {
        "el": (r"^(?:το δέμα είναι )?στο locker(?: προορισμού)?$",),
    }),
    # The address not found: a failed delivery.
    ("delivery_failed", {
        "el": (r"\bδιεύθυνση (?:δεν (?:εντοπίστηκε|βρέθηκε)|δε βρέθηκε)\b",),
    }),
)
