"""What the insurance advice says when it could weigh nothing (audit 4: a truck-trips file with no
values was told insurance "would cost more than the expected loss on every lane")."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from lossanalytics import advice
from lossanalytics.advice import AdviceSettings
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.claims import default_rules
from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database

SCOPE = AnalysisScope(date(2025, 6, 30), DetectionSettings())


def parcels(folder: Path, count: int, value: str) -> Path:
    """`count` Cainiao CN→US postal parcels, one in ten lost, each declared at `value` USD ("" for none)."""
    lines = ["Tracking Number,Carrier,Mode,Origin,Destination,Ship Date,Status,Last Event Time,Delivered Date,"
             "Value,Currency"]
    for i in range(count):
        ship = date(2025, 3, 1) + timedelta(days=i)
        last = ship + timedelta(days=14)
        lost = i % 10 == 0
        lines.append(",".join([f"CN{i:03d}", "Cainiao", "postal", "CN", "US", ship.isoformat(),
                               "Lost" if lost else "Delivered", last.isoformat(), "" if lost else last.isoformat(),
                               value, "USD" if value else ""]))
    path = folder / "parcels.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def insurance(db: Database, lang: str = "en") -> advice.Topic:
    topics = advice.analyse(db, SCOPE, default_rules(), AdviceSettings(), lang)
    return next(topic for topic in topics if topic.key == "insurance")


def test_without_values_insurance_is_not_said_to_cost_more(db: Database, tmp_path: Path) -> None:
    import_file(db, parcels(tmp_path, 60, ""))
    topic = insurance(db)
    assert topic.finding("insure_lanes") is None
    assert "would cost more than the expected loss" not in topic.note
    assert topic.note.startswith("Your parcels have no declared values in a currency we can convert, so whether "
                                 "insuring pays cannot be weighed.")
    assert "没有可换算币种的申报价值" in insurance(db, "zh").note


def test_without_a_lane_to_judge_insurance_is_not_said_to_cost_more(db: Database, tmp_path: Path) -> None:
    import_file(db, parcels(tmp_path, 20, "50"))
    topic = insurance(db)
    assert "would cost more than the expected loss" not in topic.note
    assert topic.note.startswith("No lane has 30 parcels or more yet, so whether insuring pays cannot be weighed "
                                 "lane by lane.")
    assert "30" in insurance(db, "zh").note


def test_with_values_on_a_judged_lane_insurance_is_weighed(db: Database, tmp_path: Path) -> None:
    import_file(db, parcels(tmp_path, 60, "50"))
    finding = insurance(db).finding("insure_lanes")
    assert finding is not None and finding.values["parcels"] == 60  # 10% lost against a 1.5% premium
