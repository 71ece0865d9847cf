"""Detection thresholds: defaults from DESIGN §6, overridable and persisted per database."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields
from typing import Any

import pyarrow as pa

from lossanalytics.i18n import has, t
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

    Every threshold in days (the fields of :data:`DAY_FIELDS`) is a whole number of days: a seller
    counts days on a calendar, and a parcel is judged at the end of its as-of day, so a limit of N
    days is passed at the end of the Nth calendar day, as its reason says. A fraction of a day
    would make the day a parcel is flagged on depend on the hour of its last scan, which no reason
    could say in a seller's words; a fractional value is refused (ValueError naming the field).
    """

    stall_days: dict[str, int] = field(default_factory=lambda: {
        "express": 7, "air": 10, "postal": 15, "road": 10, "rail": 20, "sea": 45, "unknown": 15,
    })
    overdue_days: dict[str, int] = field(default_factory=lambda: {
        "express": 10, "air": 20, "postal": 45, "road": 20, "rail": 40, "sea": 75, "unknown": 45,
    })
    edd_grace_days: int = 7
    not_found_days: int = 20
    exception_days: int = 7
    min_lane_history: int = 20
    stall_factor: float = 1.25
    min_stall_days: int = 5
    overdue_factor: float = 1.3
    customs_hold_days: int = 21

    def __post_init__(self) -> None:
        for name, mode, value in _day_values(asdict(self)):
            if not _whole(value):
                raise FractionalDays(name, mode, value)

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


class FractionalDays(ValueError):
    """A threshold in days given as a fraction of a day: which field (and mode), and the value."""

    def __init__(self, name: str, mode: str | None, value: float) -> None:
        super().__init__(f"{name}{f' ({mode})' if mode else ''}: {value} is not a whole number of days")
        self.name, self.mode, self.value = name, mode, value

    def message(self, lang: str) -> str:
        """The refusal in `lang`, naming the field as the Settings form labels it."""
        return t("ui.settings.detection.whole_days", lang, field=field_name(self.name, self.mode, lang),
                 value=f"{self.value:g}")


#: The thresholds counted in days, each a whole number of days (see :class:`DetectionSettings`).
DAY_FIELDS = tuple(f.name for f in fields(DetectionSettings) if f.name.endswith("_days"))


@dataclass(frozen=True)
class RoundedDays:
    """A threshold saved as a fraction of a day (by an earlier version, or in a hand-edited table),
    and the whole days used instead: the next whole day, so that no parcel is flagged before the
    time the seller set has passed. `mode` names the transport mode of a per-mode threshold."""

    field: str
    mode: str | None
    saved: float
    used: int

    def note(self, lang: str) -> str:
        """What is assumed, in `lang`, naming the field as the Settings page does."""
        return t("detection.rounded_days", lang, field=field_name(self.field, self.mode, lang),
                 saved=f"{self.saved:g}", used=self.used)


@dataclass(frozen=True)
class Detection:
    """The detection thresholds as read once, with the fractional days found in the saved ones."""

    settings: DetectionSettings
    rounded: tuple[RoundedDays, ...] = ()

    def notes(self, lang: str) -> list[str]:
        """One sentence per threshold saved as a fraction of a day, in `lang`."""
        return [found.note(lang) for found in self.rounded]


def field_name(name: str, mode: str | None, lang: str) -> str:
    """A detection threshold as the Settings page labels it: "Days without a scan (Express)"; a field
    without a catalogue entry gets its own name, readable."""
    key = f"ui.settings.field.{name}"
    label = t(key, lang) if has(key) else name.replace("_", " ").capitalize()
    if mode is None:
        return label
    return t("detection.field_of_mode", lang, field=label, mode=t(f"mode.{mode}", lang) if has(f"mode.{mode}") else mode)


def load_detection_settings(db: Database) -> DetectionSettings:
    """The saved settings, or the defaults; unknown keys in the saved JSON are ignored."""
    return load_detection(db).settings


def load_detection(db: Database) -> Detection:
    """The saved settings (read once), with any threshold saved as a fraction of a day (see :class:`RoundedDays`)."""
    return detection_from(read_setting(db, SETTINGS_KEY))


def detection_settings_from(saved: str | None) -> DetectionSettings:
    """The settings saved as the JSON text `saved` (from any engine), or the defaults."""
    return detection_from(saved).settings


def detection_from(saved: str | None) -> Detection:
    """The settings saved as the JSON text `saved`, or the defaults; a threshold saved as a fraction of a
    day is used as the next whole day, and named in `rounded`."""
    if not saved:
        return Detection(DetectionSettings())
    data = json.loads(saved)
    known = {f.name for f in fields(DetectionSettings)}
    defaults = DetectionSettings()
    merged = {k: v for k, v in data.items() if k in known}
    for name in ("stall_days", "overdue_days"):
        merged[name] = {**getattr(defaults, name), **merged.get(name, {})}
    rounded = tuple(RoundedDays(name, mode, float(value), math.ceil(value))
                    for name, mode, value in _day_values(merged) if not _whole(value))
    for name in DAY_FIELDS:
        if isinstance(merged.get(name), dict):
            merged[name] = {mode: _days(value) for mode, value in merged[name].items()}
        elif name in merged:
            merged[name] = _days(merged[name])
    return Detection(DetectionSettings(**merged), rounded)


def _day_values(values: dict[str, Any]) -> list[tuple[str, str | None, Any]]:
    """Each threshold in days of `values` (settings as a dictionary): field, mode (per-mode ones), value."""
    found: list[tuple[str, str | None, Any]] = []
    for name in DAY_FIELDS:
        value = values.get(name)
        if isinstance(value, dict):
            found += [(name, mode, days) for mode, days in value.items()]
        elif name in values:
            found.append((name, None, value))
    return found


def _finite_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _whole(value: Any) -> bool:
    """Whether `value` is not a fraction of a day: 7 or 7.0, not 7.5 (what is not a finite number is not a fraction)."""
    return not _finite_number(value) or float(value).is_integer()


def _days(value: Any) -> Any:
    """A number of days as the next whole day (an int); anything else as it is, for the settings' own checks."""
    return math.ceil(value) if _finite_number(value) else value


def save_detection_settings(db: Database, settings: DetectionSettings) -> None:
    write_setting(db, SETTINGS_KEY, json.dumps(asdict(settings), sort_keys=True))
