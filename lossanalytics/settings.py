"""Detection thresholds: defaults from DESIGN §6, overridable and persisted per database."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields

import pyarrow as pa

from lossanalytics.db import Database

SETTINGS_KEY = "detection"
MODES_WITH_DEFAULTS = ("express", "air", "postal", "road", "rail", "sea", "unknown")


@dataclass(frozen=True)
class DetectionSettings:
    """When a parcel that is not yet delivered counts as suspected lost (days)."""

    stall_days: dict[str, float] = field(
        default_factory=lambda: {"express": 7, "air": 10, "postal": 15, "road": 10, "rail": 20, "sea": 30, "unknown": 15}
    )
    overdue_days: dict[str, float] = field(
        default_factory=lambda: {"express": 10, "air": 20, "postal": 45, "road": 20, "rail": 40, "sea": 75, "unknown": 45}
    )
    edd_grace_days: float = 7
    not_found_days: float = 20
    exception_days: float = 7

    def mode_table(self) -> pa.Table:
        """The per-mode thresholds as a small table the outcome query joins."""
        modes = sorted(set(self.stall_days) | set(self.overdue_days))
        return pa.table({
            "mode": pa.array(modes, pa.string()),
            "stall_days": pa.array([float(self.stall_days.get(m, self.stall_days["unknown"])) for m in modes]),
            "overdue_days": pa.array([float(self.overdue_days.get(m, self.overdue_days["unknown"])) for m in modes]),
        })

    def query_params(self) -> dict[str, float]:
        return {
            "default_stall_days": float(self.stall_days["unknown"]),
            "default_overdue_days": float(self.overdue_days["unknown"]),
            "edd_grace_days": float(self.edd_grace_days),
            "not_found_days": float(self.not_found_days),
            "exception_days": float(self.exception_days),
        }


def load_detection_settings(db: Database) -> DetectionSettings:
    """The saved settings, or the defaults; unknown keys in the saved JSON are ignored."""
    saved = db.scalar("SELECT value FROM settings WHERE key = $key", {"key": SETTINGS_KEY})
    if not saved:
        return DetectionSettings()
    data = json.loads(saved)
    known = {f.name for f in fields(DetectionSettings)}
    defaults = DetectionSettings()
    merged = {k: v for k, v in data.items() if k in known}
    for name in ("stall_days", "overdue_days"):
        merged[name] = {**getattr(defaults, name), **merged.get(name, {})}
    return DetectionSettings(**merged)


def save_detection_settings(db: Database, settings: DetectionSettings) -> None:
    db.execute(
        "INSERT OR REPLACE INTO settings VALUES ($key, $value)",
        {"key": SETTINGS_KEY, "value": json.dumps(asdict(settings), sort_keys=True)},
    )
