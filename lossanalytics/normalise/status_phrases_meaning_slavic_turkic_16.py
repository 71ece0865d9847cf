"""Ukrainian and Azerbaijani tracking texts read by their meaning, sixteenth Slavic and Turkic pass (round 55): the
steps of a branch network's history ("Запланована до відправки", "На відділенні в місті одержання") and a national
post's events from the sender's office of exchange to the addressee ("Göndərən ölkənin mübadilə məntəqəsindən yola
salınıb", "İmport gömrüyündə saxlanılıb", "Fiziki çatdırılmaya göndərilib", "Çatdırma cəhdi uğursuz olub").

- SLAVIC_TURKIC_FIRST_STEPS_16, just before the fourteenth pass's first steps, before the broad word "import" reads a
  movement: an item held at (import) customs ("gömrüyündə saxlanılıb", the reason after it) is held.
- SLAVIC_TURKIC_STEPS_16, just before the fourteenth pass's late steps, for texts nothing else reads: a shipment
  only planned for dispatch ("запланована до відправки") has not left the sender; one at the branch, bare or in the
  receiving city, waits there for its recipient, as "у відділенні" already reads, as does an item that arrived where
  the recipient is to come and collect it ("özünün gəlib götürməsi üçün"). An Azerbaijani item accepted, in or out of
  an office of exchange, a sorting centre or the delivery office is on its way; one sent out for physical delivery is
  on the last leg; a delivery attempt that failed ("çatdırma cəhdi uğursuz") fails the delivery, whatever is planned
  next; "çatdırılıb" (with the recipient's name after it) is delivered.
What was assumed (DESIGN §4): a branch in the sender's city ("на відділенні відправника") is the start of the
journey, not a pickup, and stays unread; the Russian "планируется отправка" is left alone: its wording came to the
round from a courier platform a blind corpus draws on.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off Latin letters, "ı" as "i", "ə" kept;
Cyrillic kept as written); whole words. Written by the team from DESIGN §4's statuses
(tests/test_status_meaning_slavic_turkic_17.py holds the examples, named one on, past the fifteenth pass's test); no
carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

SLAVIC_TURKIC_FIRST_STEPS_16: tuple[Step, ...] = (
    # Held at (import) customs, the reason after it: held, before the broad word "import" reads a movement.
    ("exception", {
        "az": (r"\bgomruy\w* saxlanilib\b",),
    }),
)

SLAVIC_TURKIC_STEPS_16: tuple[Step, ...] = (
    # Only planned for dispatch: not yet with the carrier.
    ("info_received", {
        "uk": (r"\bзапланован\w* (?:до|на) (?:відправ\w*|відвантаж\w*)\b",),
    }),
    # At the branch, bare or in the receiving city; at the point where the recipient collects it: waiting for pickup.
    ("available_for_pickup", {
        "uk": (r"^на відділенні(?: в місті (?:одержання|отримання|одержувача|отримувача|призначення))?$",),
        "az": (r"\bozunun gəlib goturməsi ucun\b",),
    }),
    # A delivery attempt that failed: a failed delivery, whatever comes next.
    ("delivery_failed", {
        "az": (r"\bcatdirma cəhdi ugursuz\b",),
    }),
    # Sent out for physical delivery: the last leg.
    ("out_for_delivery", {
        "az": (r"\bfiziki catdirilmaya gondərilib\b",),
    }),
    # Delivered, the recipient's name after it.
    ("delivered", {
        "az": (r"^catdirilib(?: alici\b.*)?$",),
    }),
    # Accepted; in or out of an office of exchange, a sorting centre or the delivery office: on its way.
    ("in_transit", {
        "az": (r"^qəbul olunub$",
               r"\bmubadilə məntəqəsin(?:ə daxil olub|dən yola salinib)\b",
               r"\bcesidləmə mərkəzin(?:ə daxil olub|dən cixib)\b",
               r"\bcatdirma məntəqəsinə (?:daxil olub|gondərilib)\b"),
    }),
)
