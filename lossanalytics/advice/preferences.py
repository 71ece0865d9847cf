"""The seller's advice settings: insurance cost, deadline warning, high-value share, significance.

Stored as JSON in the `settings` table under :data:`SETTINGS_KEY`; fields missing from
the stored JSON take their defaults, unknown ones are ignored, so the set can grow.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Any

from lossanalytics.storage.db import Database
from lossanalytics.storage.settings_store import read_setting, write_setting

SETTINGS_KEY = "advice"
#: When the insurance default was last checked (source: catalogue `advice.settings.insurance_source`).
INSURANCE_CHECKED = date(2024, 11, 29)


@dataclass(frozen=True)
class AdviceSettings:
    """Assumptions behind the advice; every one is shown next to the advice that uses it.

    - `insurance_rate`: premium as a share of the insured value (0.015 = 1.5%), a
      starting assumption dated `insurance_as_of` — replace it with your insurer's quote;
    - `insurance_min_premium`: the least a policy costs per parcel, in US dollars;
    - `deadline_warning_days`: a claim not yet filed is "about to pass" this many days
      before its deadline;
    - `high_value_share`: "high value" means the most valuable share of your parcels
      (0.10 = the top 10% by declared value);
    - `alpha`: the significance level after correction for the number of comparisons.
    """

    insurance_rate: float = 0.015
    insurance_min_premium: float = 0.0
    insurance_as_of: date = INSURANCE_CHECKED
    deadline_warning_days: int = 14
    high_value_share: float = 0.10
    alpha: float = 0.05

    def problems(self) -> list[tuple[str, dict[str, Any]]]:
        """What is wrong with these values, as catalogue keys with their values (empty when fine)."""
        found: list[tuple[str, dict[str, Any]]] = []
        if not _finite(self.insurance_rate) or not 0 < self.insurance_rate < 1:
            found.append(("advice.settings.bad_rate", {"value": self.insurance_rate}))
        if not _finite(self.insurance_min_premium) or self.insurance_min_premium < 0:
            found.append(("advice.settings.bad_premium", {"value": self.insurance_min_premium}))
        if not 0 <= self.deadline_warning_days <= 365:
            found.append(("advice.settings.bad_days", {"value": self.deadline_warning_days}))
        if not _finite(self.high_value_share) or not 0 < self.high_value_share < 1:
            found.append(("advice.settings.bad_share", {"value": self.high_value_share}))
        if not _finite(self.alpha) or not 0 < self.alpha < 0.5:
            found.append(("advice.settings.bad_alpha", {"value": self.alpha}))
        return found


def _finite(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def advice_settings_from_dict(data: dict[str, Any]) -> AdviceSettings:
    """Settings from stored JSON: defaults for what is missing, unknown keys ignored."""
    known = {f.name: f for f in fields(AdviceSettings)}
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name not in known or value is None:
            continue
        if name == "insurance_as_of":
            values[name] = date.fromisoformat(str(value))
        elif name == "deadline_warning_days":
            values[name] = int(value)
        else:
            values[name] = float(value)
    return replace(AdviceSettings(), **values)


def load_advice_settings(db: Database) -> AdviceSettings:
    """The saved settings, or the defaults (also when the stored JSON cannot be read)."""
    stored = read_setting(db, SETTINGS_KEY)
    if not stored:
        return AdviceSettings()
    try:
        data = json.loads(stored)
        return advice_settings_from_dict(data if isinstance(data, dict) else {})
    except (ValueError, TypeError):
        return AdviceSettings()


def save_advice_settings(db: Database, settings: AdviceSettings) -> None:
    """Store `settings`; ValueError (naming the first problem's key) when a value is out of range."""
    problems = settings.problems()
    if problems:
        raise ValueError(problems[0][0])
    data = asdict(settings)
    data["insurance_as_of"] = settings.insurance_as_of.isoformat()
    write_setting(db, SETTINGS_KEY, json.dumps(data, sort_keys=True))
