"""Detection thresholds: defaults from DESIGN §6, overridable and persisted per database."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields

import pyarrow as pa

from lossanalytics.storage.db import Database
from lossanalytics.storage.settings_store import read_setting, write_setting

SETTINGS_KEY = "detection"
MODES_WITH_DEFAULTS = ("express", "air", "postal", "road", "rail", "sea", "unknown")
# A last scan that mentions customs, in the languages carriers' exports use (English, Chinese,
# Japanese, Portuguese, Spanish, German, French, Italian).
CUSTOMS_PATTERN = r"customs|clearance|海关|清关|通关|税関|通関|alf[aâ]ndega|aduan|zoll|douane|dogana"


@dataclass(frozen=True)
class DetectionSettings:
    """When a parcel that is not yet delivered counts as suspected lost (days, or factors).

    A lane (carrier × origin × destination × mode) with at least `min_lane_history`
    delivered parcels learns its own thresholds: silence allowed = `stall_factor` × the
    99th percentile of its parcels' longest gap between scans (never below
    `min_stall_days`), age allowed = `overdue_factor` × its 95th-percentile transit time,
    lateness past the EDD = its 99th-percentile lateness when that exceeds
    `edd_grace_days`. Lanes with less history use the mode defaults; without scan gaps
    to learn from, a parcel whose last scan says it is with customs may stay silent
    `customs_hold_days` (Brazilian and Mexican holds last one to three weeks).

    The mode defaults are DESIGN §6's starting points, except sea: a container crossing
    from Asia to Europe is silent for four to six weeks between the departure and the
    arrival scans, so 30 days would flag sound consignments; 45 does not.
    """

    stall_days: dict[str, float] = field(default_factory=lambda: {
        "express": 7, "air": 10, "postal": 15, "road": 10, "rail": 20, "sea": 45, "unknown": 15,
    })
    overdue_days: dict[str, float] = field(default_factory=lambda: {
        "express": 10, "air": 20, "postal": 45, "road": 20, "rail": 40, "sea": 75, "unknown": 45,
    })
    edd_grace_days: float = 7
    not_found_days: float = 20
    exception_days: float = 7
    min_lane_history: int = 20
    stall_factor: float = 1.25
    min_stall_days: float = 5
    overdue_factor: float = 1.3
    customs_hold_days: float = 21

    def __hash__(self) -> int:
        # The generated hash fails on the per-mode dictionaries; equal settings hash alike.
        return hash(tuple(
            frozenset(value.items()) if isinstance(value, dict) else value
            for value in (getattr(self, f.name) for f in fields(self))
        ))

    def mode_table(self) -> pa.Table:
        """The per-mode thresholds as a small table the outcome query joins."""
        modes = sorted(set(self.stall_days) | set(self.overdue_days))
        return pa.table({
            "mode": pa.array(modes, pa.string()),
            "stall_days": pa.array([float(self.stall_days.get(m, self.stall_days["unknown"])) for m in modes]),
            "overdue_days": pa.array([float(self.overdue_days.get(m, self.overdue_days["unknown"])) for m in modes]),
        })

    def query_params(self) -> dict[str, float | int | str]:
        return {
            "default_stall_days": float(self.stall_days["unknown"]),
            "default_overdue_days": float(self.overdue_days["unknown"]),
            "edd_grace_days": float(self.edd_grace_days),
            "not_found_days": float(self.not_found_days),
            "exception_days": float(self.exception_days),
            "min_lane_history": int(self.min_lane_history),
            "stall_factor": float(self.stall_factor),
            "min_stall_days": float(self.min_stall_days),
            "overdue_factor": float(self.overdue_factor),
            "customs_hold_days": float(self.customs_hold_days),
            "customs_pattern": CUSTOMS_PATTERN,
        }


def load_detection_settings(db: Database) -> DetectionSettings:
    """The saved settings, or the defaults; unknown keys in the saved JSON are ignored."""
    return detection_settings_from(read_setting(db, SETTINGS_KEY))


def detection_settings_from(saved: str | None) -> DetectionSettings:
    """The settings saved as the JSON text `saved` (from any engine), or the defaults."""
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
    write_setting(db, SETTINGS_KEY, json.dumps(asdict(settings), sort_keys=True))
