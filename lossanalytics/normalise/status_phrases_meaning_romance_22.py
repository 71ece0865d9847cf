"""French, Portuguese, Spanish and Italian tracking texts read by their meaning, twenty-second Romance pass (round 69):
tracking apps' own states for a number nobody knows, a status not available and a tracking that expired ("Numéro
inconnu du transporteur", "Statut non disponible", "Rastreamento expirado").

The reading follows what the words say of the tracking (DESIGN §4). A number or a parcel unknown to the carrier, and a
status not available, unknown or undetermined, say nothing of the parcel: unknown, before "transporteur" reads a
parcel with the carrier and "disponible" one waiting at a counter. A tracking that expired ("rastreamento expirado",
"seguimiento caducado", "tracciamento scaduto") is the tracking source that gave up: expired. A parcel available at a
pickup point and a parcel expired at a counter (a storage period over) are left to the steps that read them.

ROMANCE_22_FIRST_STEPS comes first of the Romance first groups (before the twenty-first pass's).

Written by the team to DESIGN §4 (round 69); the examples are tests/test_status_meaning_romance_22.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ROMANCE_22_FIRST_STEPS: tuple[Step, ...] = (
    # A number unknown to the carrier, a status not available: nothing said of the parcel.
    ("unknown", {
        "fr": (r"^(?:num[ée]ro(?: de suivi)?|colis) inconnu (?:du|chez le) transporteur$",
               r"^statut (?:non disponible|indisponible|inconnu|ind[ée]termin[ée])$"),
        "pt": (r"^status (?:indispon[ií]vel|n[ãa]o dispon[ií]vel)$",),
        "es": (r"^estado no disponible$",),
    }),
    # A tracking that expired: the tracking source gave up.
    ("expired", {
        "pt": (r"^(?:rastreamento|rastreio) expirado$",),
        "es": (r"^(?:seguimiento|rastreo) (?:expirado|caducado)$",),
        "it": (r"^tracciamento scaduto$",),
    }),
)
