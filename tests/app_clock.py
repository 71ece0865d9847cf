"""Pin the date the dashboard takes for today, so AppTests on fixed-date data see it as current."""

from __future__ import annotations

from datetime import date

import pytest

# The day the AppTests' demo database was shipped up to (tests/conftest.py: template_db).
DEMO_TODAY = date(2025, 6, 30)


def pin_today(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    """Make the pages (lossanalytics.ui.context) and what warms their caches (lossanalytics.ui.warm) take
    `day` for today."""

    class PinnedDate(date):
        @classmethod
        def today(cls) -> date:
            return day

    monkeypatch.setattr("lossanalytics.ui.context.date", PinnedDate)
    monkeypatch.setattr("lossanalytics.ui.warm.date", PinnedDate)
