"""Ukrainian tracking texts read by their meaning, sixteenth Slavic and Turkic pass (round 55): the first and last
steps of a branch network's history ("Запланована до відправки", "На відділенні в місті одержання").

SLAVIC_TURKIC_STEPS_16, just before the fourteenth pass's late steps, for texts nothing else reads: a shipment only
planned for dispatch ("запланована до відправки") has not left the sender; one at the branch, bare or in the
receiving city, waits there for its recipient, as "у відділенні" already reads.
What was assumed (DESIGN §4): a branch in the sender's city ("на відділенні відправника") is the start of the
journey, not a pickup, and stays unread; the Russian "планируется отправка" is left alone: its wording came to the
round from a courier platform a blind corpus draws on.

Folded like the text (lossanalytics.normalise._rules.fold: lower case; Cyrillic kept as written); whole words.
Written by the team from DESIGN §4's statuses (tests/test_status_meaning_slavic_turkic_17.py holds the examples,
named one on, past the fifteenth pass's test); no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

SLAVIC_TURKIC_STEPS_16: tuple[Step, ...] = (
    # Only planned for dispatch: not yet with the carrier.
    ("info_received", {
        "uk": (r"\bзапланован\w* (?:до|на) (?:відправ\w*|відвантаж\w*)\b",),
    }),
    # At the branch, bare or in the receiving city: waiting for the recipient.
    ("available_for_pickup", {
        "uk": (r"^на відділенні(?: в місті (?:одержання|отримання|одержувача|отримувача|призначення))?$",),
    }),
)
