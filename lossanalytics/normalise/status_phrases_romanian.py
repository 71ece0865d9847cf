"""Romanian carrier phrases tried before the Russian, Ukrainian and Romanian steps of
status_phrases_east, where a broader Romanian word would read them another way.

Folded Romanian has no diacritics ("Expediție ridicată" is "expeditie ridicata"). A shipment
"taken for delivery" ("preluată spre livrare") is out for delivery, not the pickup that
"preluat" names; one "picked up" ("expediție ridicată", "ridicat de la expeditor") is on its
way, while "ridicare de la sediu" (the recipient collecting it) stays a pickup. Missing
customs papers ("lipsă acte vamă") are a problem, not the recipient's missing identity card
("lipsă act de identitate"), and so are a locker that is full or too small and a suspended
activity. A parcel handed to a delivery point waits for its recipient; one handed to an
external partner moves on.

Vocabulary from FAN Courier's API v2 event ids (C0 … S64, twenty-first round;
lossanalytics/normalise/known_texts/SOURCES.md).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ROMANIAN_STEPS: tuple[Step, ...] = (
    ("exception", {
        "ro": (r"lipsa (?:acte|documente)\w* (?:de )?vam\w*", r"locker\w* plin\w*", r"(?:caset|casut|compartiment)\w* (?:plin|ocupat)\w*",
               r"dimensiun\w* (?:\w+ )?depasit\w*", r"suspendat\w*"),
    }),
    ("available_for_pickup", {
        "ro": (r"predat\w* (?:la |in |catre )?punct\w* (?:de )?livrare", r"gata (?:de|pentru) ridicare"),
    }),
    ("out_for_delivery", {
        "ro": (r"preluat\w* (?:spre|pentru) livrare",),
    }),
    ("in_transit", {
        "ro": (r"(?:expeditie|expediere)\w* ridicat\w*(?! (?:de (?:catre )?destinatar|din|personal))", r"(?<!nu a fost )(?<!inca )ridicat\w* de la expeditor", r"predat\w* (?:catre )?partener\w*"),
    }),
)
