"""French, Portuguese, Spanish and Italian read by their meaning (status_phrases_meaning_romance_22, round 69): tracking
apps' own states for an unknown number, a status not available and an expired tracking, in other words than the
development corpus's rows where the words allow, written by the team to DESIGN §4's statuses. Counter-examples: texts
other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A number unknown to the carrier, a status not available: nothing said of the parcel.
    ("Colis inconnu chez le transporteur", "unknown"),
    ("Numéro de suivi inconnu du transporteur", "unknown"),
    ("Estado no disponible", "unknown"),
    # A tracking that expired: the tracking source gave up.
    ("Rastreio expirado", "expired"),
    ("Seguimiento caducado", "expired"),
    ("Tracciamento scaduto", "expired"),
]

COUNTER_EXAMPLES = [
    # A parcel waiting at a pickup point, and one the carrier took over, are read by the other steps.
    ("Disponible en point de retrait", "available_for_pickup"),
    ("Colis pris en charge par le transporteur", "in_transit"),
    # The French word for an expired tracking already reads so.
    ("Suivi expiré", "expired"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_tracking_apps_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
