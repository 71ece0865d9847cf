"""The English of shipping notifications: e-mail subjects and headings, SMS lines and the
sentences a tracking page shows the recipient, tried after the English reasons and before the
outcome phrases, because each says its step in words that alone would read otherwise: "Your
order has a delivery exception" is a problem, not the failed attempt a bare "delivery
exception" beside a reason is; "Update: your delivery is running late" is a delay; "Pickup
Ready" and "Pickup Reminder" wait for the recipient; "Delivery scheduled" and "Your parcel will
arrive soon" are still on the way ("Redelivery scheduled" stays a failed attempt); "there is an
issue with your order" is a problem.

Vocabulary from ParcelPanel's shipment-status e-mails and tracking page, and parcelLab's
notification types, example subject lines and watchlist tickets (lossanalytics/normalise/known_texts/SOURCES.md,
fourteenth round).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_PARCEL = r"(?:order|delivery|parcel|package|shipment|item|consignment)"

ENGLISH_NOTIFICATION_STEPS: tuple[Step, ...] = (
    # A problem the notification names without a reason: the carrier's side, not a failed attempt.
    ("exception", {
        "en": (r"(?:has|have|had) (?:a |an )?(?:delivery )?exception",
               r"running late", r"detected a delay", r"(?:a|an) delay in (?:the )?(?:delivery|shipping|transit)",
               r"(?:there is|there s|there was|we found) (?:an? )?(?:issue|problem) with (?:your |the )?" + _PARCEL,
               r"affected by an unexpected event"),
    }),
    # A parcel waiting at a counter or locker: the notice that it is ready, or a reminder of it.
    ("available_for_pickup", {
        "en": (r"pick ?up (?:is )?ready", r"pick ?up reminder", r"ready to collect"),
    }),
    # A delivery planned or announced is still to come.
    ("in_transit", {
        "en": (r"(?<!re)delivery (?:is |has been )?(?:scheduled|planned)(?! (?:for )?today)",
               r"planned delivery(?! (?:for )?today)",
               r"will (?:arrive|be (?:with you|arriving))(?: soon| shortly)?(?! today)"),
    }),
)
