"""The claim status vocabulary (DESIGN §8): every status, and the groups the claims code
and the workbench ask about. One definition each; the groups are distinct on purpose."""

from __future__ import annotations

#: Claim statuses in the order a claim moves through them.
STATUSES: tuple[str, ...] = (
    "to_report", "reported", "documents_ready", "filed", "investigating", "compensated", "rejected", "appealed",
)
#: The forward path before any answer: a claim may skip ahead along it, never go back.
FORWARD: tuple[str, ...] = STATUSES[:5]
#: Not filed yet: the claim deadline still matters.
NOT_FILED: tuple[str, ...] = ("to_report", "reported", "documents_ready")
#: Filed (or appealed) and waiting for the carrier's or marketplace's answer.
AWAITING_ANSWER: tuple[str, ...] = ("filed", "investigating", "appealed")
#: Answered for good: paid or refused.
RESOLVED: tuple[str, ...] = ("compensated", "rejected")
