"""Leave-one-out recognition (issue 11): each platform's export, written by the demo with
renamed, extra and missing columns and with another source's status words, still gives
every parcel once and every final outcome the demo's scans state."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from lossanalytics.demo import DemoData, generate, write_files
from lossanalytics.demo.platform_exports import (
    EXTRAS,
    FINAL_OUTCOMES,
    MISSING,
    PERTURBATIONS,
    PLATFORMS,
    RENAMES,
    platform_export,
    write_platform_export,
)
from lossanalytics.importing import import_file
from lossanalytics.importing.catalogue import DIALECTS
from lossanalytics.importing.dialects import recognise
from lossanalytics.storage.db import Database

PARCELS = 800


@pytest.fixture(scope="module")
def demo() -> DemoData:
    return generate(PARCELS, seed=3, today=dt.date(2026, 12, 1), with_events=False)


@pytest.fixture(scope="module")
def demo_parcels(demo: DemoData, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple]:
    """Carrier and countries of every parcel as the demo's own tracking export gives them."""
    folder = tmp_path_factory.mktemp("demo")
    database = Database(folder / "demo.duckdb")
    import_file(database, write_files(demo, folder)[1])
    rows = database.query("SELECT tracking_number, carrier, origin_country, dest_country FROM parcels").to_pylist()
    database.close()
    return {row.pop("tracking_number"): tuple(row.values()) for row in rows}


def test_the_demo_states_every_final_outcome(demo: DemoData) -> None:
    truth = platform_export(demo, "aftership").truth
    assert Counter(truth["stated_outcome"]) == {"delivered": 733, "returned": 13, "lost": 5, "damaged": 4, "": 45}
    stated = truth[truth["stated_outcome"] != ""]
    assert (stated["stated_outcome"] == stated["true_outcome"]).all()
    # Losses nobody declared are not stated: finding them is the detector's work.
    assert Counter(truth.loc[truth["stated_outcome"] == "", "true_outcome"]) == {"in_transit": 36, "lost": 9}


def test_perturbations_change_only_what_they_say(demo: DemoData) -> None:
    plain = platform_export(demo, "aftership")
    renamed = platform_export(demo, "aftership", "renamed")
    assert list(renamed.frame.columns) == [RENAMES["aftership"].get(c, c) for c in plain.frame.columns]
    assert "Dispatch Date" in renamed.frame.columns and "shipment_pickup_date" not in renamed.frame.columns
    extra = platform_export(demo, "aftership", "extra_columns").frame
    assert set(extra.columns) - set(plain.frame.columns) == set(EXTRAS["aftership"])
    missing = platform_export(demo, "aftership", "missing_column").frame
    assert set(plain.frame.columns) - set(missing.columns) == {MISSING["aftership"]}
    assert (renamed.frame.to_numpy() == plain.frame.to_numpy()).all()


def test_foreign_wording_writes_another_sources_words(demo: DemoData) -> None:
    own = platform_export(demo, "aftership").frame
    foreign = platform_export(demo, "aftership", "foreign_wording").frame
    lost = own["subtag"] == "Exception_013"
    assert lost.sum() == 5
    assert set(foreign.loc[lost, "subtag"]) == {"Exception_Lost"} and set(foreign.loc[lost, "tag"]) == {"Exception"}
    chinese = platform_export(demo, "17track", "foreign_wording").frame
    assert set(chinese.loc[lost.to_numpy(), "Main Status"]) == {"丢失"}
    # AfterShip's tags alone: the outcome is only in the carrier's words.
    erp = platform_export(demo, "chinese_erp", "foreign_wording").frame
    assert set(erp.loc[lost.to_numpy(), "物流状态"]) == {"Exception"}
    assert set(erp.loc[lost.to_numpy(), "最新轨迹"]) <= {"Package lost", "包裹丢失"}


def test_the_same_data_give_the_same_file(demo: DemoData, tmp_path: Path) -> None:
    first = write_platform_export(platform_export(demo, "shippo", "renamed"), tmp_path / "a")
    second = write_platform_export(platform_export(demo, "shippo", "renamed"), tmp_path / "b")
    assert first.read_bytes() == second.read_bytes()
    assert (tmp_path / "a" / "shippo_renamed_truth.csv").exists()


@pytest.mark.parametrize("perturbation", PERTURBATIONS)
@pytest.mark.parametrize("platform", PLATFORMS)
def test_every_parcel_and_outcome_survives(
    db: Database, tmp_path: Path, demo: DemoData, demo_parcels: dict[str, tuple], platform: str, perturbation: str
) -> None:
    export = platform_export(demo, platform, perturbation)
    result = import_file(db, write_platform_export(export, tmp_path))

    assert result.outcome == "imported", result.problem
    assert result.detected_format == platform
    assert result.confidence is not None and result.confidence >= 0.6
    assert (result.rows_read, result.rows_stored, result.rows_rejected, result.rows_warned) == (PARCELS, PARCELS, 0, 0)
    # Every column is read for what it holds, and only the extra columns are left alone.
    assert set(result.mapping) == set(export.columns)
    assert result.unused_columns == (list(EXTRAS[platform]) if perturbation == "extra_columns" else [])

    rows = db.query("SELECT tracking_number, status, carrier, origin_country, dest_country FROM parcels").to_pylist()
    assert len(rows) == PARCELS
    stored = {row["tracking_number"]: row["status"] if row["status"] in FINAL_OUTCOMES else "" for row in rows}
    expected = dict(zip(export.truth["tracking_number"], export.truth["stated_outcome"]))
    assert Counter(stored.values()) == Counter(expected.values())
    assert stored == expected
    # Carrier codes, slugs and Chinese names are the demo's carriers; countries as the export has them.
    fields = [name for name in ("carrier", "origin_country", "dest_country") if name in export.columns]
    places = {row["tracking_number"]: tuple(row[name] for name in fields) for row in rows}
    positions = [("carrier", "origin_country", "dest_country").index(name) for name in fields]
    assert places == {key: tuple(values[i] for i in positions) for key, values in demo_parcels.items()}


# --- the recognition rules these exports needed -------------------------------------------


@pytest.mark.parametrize(("headers", "rows", "dialect"), [
    # AfterShip without its subtag column: its courier `slug` column tells it.
    (["tracking_number", "slug", "tag", "subtag_message"], [["1Z1", "ups", "Exception", "Shipment lost"]],
     "aftership"),
    (["Tracking Number", "Carrier", "Tag", "Message"], [["1Z1", "ups", "Exception", "Shipment lost"]], "generic"),
    # 17TRACK without its sub-status column: its "Main Status" column tells it.
    (["Number", "Carrier", "Main Status", "Latest Event"], [["LX1CN", "China Post", "Exception", "Lost"]],
     "17track"),
    # Shippo under plain labels only when its statuses are Shippo's own.
    (["Tracking Number", "Carrier", "Tracking Status", "Status Details"], [["1Z1", "ups", "FAILURE", "Lost"]],
     "shippo"),
    (["Tracking Number", "Carrier", "Tracking Status", "Status Details"], [["1Z1", "ups", "Exception", "Lost"]],
     "generic"),
])
def test_platform_told_without_its_usual_columns(headers: list[str], rows: list[list[str]], dialect: str) -> None:
    found = recognise(headers, DIALECTS, rows)
    assert found is not None and found.dialect.name == dialect
    assert found.mapping["status"] == 2 and found.mapping["tracking_number"] == 0


def test_platform_layouts_read_plain_date_and_place_headers() -> None:
    headers = ["tracking_number", "slug", "tag", "subtag", "Dispatch Date", "Destination Country", "Proof of Delivery Date"]
    found = recognise(headers, DIALECTS, [["1Z1", "ups", "Delivered", "Delivered_001", "2026-11-01", "USA", ""]])
    assert found is not None and found.dialect.name == "aftership"
    assert (found.mapping["ship_date"], found.mapping["dest_country"], found.mapping["delivered_date"]) == (4, 5, 6)
