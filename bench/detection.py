"""How well the suspected-lost list finds lost parcels, against the fixed rules peers use.

    python -m bench.detection [--parcels 200000] [--seed 7] [--markdown docs/detection.md]

The demo generator (lossanalytics.demo) simulates a year of a seller's shipments with
ground truth: express parcels scan about daily, postal mail bags travel silently
for a week or two, rail consignments go one to two weeks between scans, a container at
sea is silent for three to five weeks, most Brazilian and Mexican parcels sit one to
three silent weeks in customs, and loss rates
differ by carrier and lane. Its exports go through the real importer twice: once with the
scan history (events.csv) and once as the last-scan-only tracking export many tools give.

Scored at the cut-off (the end of the day before the generator's `today`):
- precision over the whole suspected-lost list (open parcels only: a carrier's own "lost"
  is not a suspicion);
- recall over the lost parcels that are still open and have been silent longer than
  1.5 × the 99th percentile of the longest scan gap of their lane's delivered parcels
  (at least 7 days), computed from the true scan histories in both runs;
- days to flag: the median, over those parcels, of the time from the last scan until the
  rule first fires (assuming no further scans).
Baselines: AfterShip's Expired (no information for 30 days) and Route's rule (no scan for
7 days domestic, 20 days international).
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from lossanalytics import demo
from lossanalytics.analytics.detect import open_parcels
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.importing import import_paths
from lossanalytics.storage.db import Database

TODAY = date(2026, 11, 22)
RECALL_FACTOR = 1.5
RECALL_MIN_DAYS = 7.0
LANE = ["Carrier", "Mode", "Origin Country", "Destination Country"]
TABLE_HEADER = ("| Export | Detector | Flagged | False flags | Precision | Lost parcels to find | Recall "
                "| Median days from last scan to flag |")


@dataclass(frozen=True)
class Score:
    """One detector's result in one scenario."""

    scenario: str
    detector: str
    flagged: int
    false_flags: int
    to_find: int
    precision: float
    recall: float
    days_to_flag: float


def silent_lost_threshold(data: demo.DemoData) -> pd.Series:
    """Per parcel: how long a lost parcel must have been silent to count in the recall:
    1.5 × the p99 of the longest scan gap of its lane's delivered parcels, at least 7 days."""
    events = data.events[["Tracking Number", "Event Time"]].sort_values(["Tracking Number", "Event Time"])
    same = events["Tracking Number"].eq(events["Tracking Number"].shift())
    gaps = events["Event Time"].diff().dt.total_seconds().div(86400).where(same)
    longest = gaps.groupby(events["Tracking Number"]).max()
    parcels = data.tracking[["Tracking Number", *LANE]].astype(str).set_index("Tracking Number")
    parcels["longest_gap"] = longest
    delivered = data.truth.set_index("tracking_number")["true_outcome"].astype(str).eq("delivered")
    lane_p99 = parcels[delivered.reindex(parcels.index).to_numpy()].groupby(LANE)["longest_gap"].quantile(0.99)
    threshold = parcels.join(lane_p99.rename("lane_p99"), on=LANE)["lane_p99"] * RECALL_FACTOR
    return threshold.clip(lower=RECALL_MIN_DAYS).fillna(RECALL_MIN_DAYS)


def load(data: demo.DemoData, folder: Path, with_events: bool) -> Database:
    """Import the demo exports the way a seller would: orders, tracking, and the event log if any."""
    paths = demo.write_files(data, folder)
    db = Database(folder / "scenario.duckdb")
    for result in import_paths(db, paths if with_events else paths[:2]):
        if result.outcome != "imported":
            raise RuntimeError(f"{result.file_name}: {result.outcome} {result.problem}")
    return db


def aftership(parcels: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """AfterShip's Expired: no information for 30 days."""
    allowed = pd.Series(30.0, index=parcels.index)
    return parcels["days_silent"] > allowed, allowed


def route(parcels: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Route: no scan for 7 days within a country, 20 days across a border."""
    domestic = parcels["origin_country"].eq(parcels["dest_country"]).fillna(False)
    allowed = pd.Series(np.where(domestic, 7.0, 20.0), index=parcels.index)
    return parcels["days_silent"] > allowed, allowed


def ours(parcels: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """The product's lane-aware rules, as the outcome query decided them."""
    last = parcels["last_event_time"].fillna(parcels["ship_date"])
    return parcels["outcome"].eq("suspected_lost"), (parcels["flag_time"] - last).dt.total_seconds() / 86400


DETECTORS: dict[str, Callable[[pd.DataFrame], tuple[pd.Series, pd.Series]]] = {
    "Lane-aware (this product)": ours,
    "No information for 30 days (AfterShip Expired)": aftership,
    "No scan for 7 days domestic, 20 international (Route)": route,
}


def score(scenario: str, parcels: pd.DataFrame, lost: pd.Series, must_find: pd.Series) -> list[Score]:
    """Precision, recall and median days to flag of every detector on the open parcels."""
    scores = []
    for name, detector in DETECTORS.items():
        flagged, days_to_flag = detector(parcels)
        found = flagged & must_find
        scores.append(Score(
            scenario, name, int(flagged.sum()), int((flagged & ~lost).sum()), int(must_find.sum()),
            float((flagged & lost).sum() / max(flagged.sum(), 1)),
            float(found.sum() / max(must_find.sum(), 1)),
            float(days_to_flag[must_find].median()),
        ))
    return scores


def risk_bands(parcels: pd.DataFrame, lost: pd.Series) -> pd.DataFrame:
    """Precision of the product's list by risk band: higher risk should mean surer."""
    flagged = parcels["outcome"].eq("suspected_lost")
    band = pd.cut(parcels.loc[flagged, "risk"], [0, 59, 79, 100], labels=["50–59", "60–79", "80–100"])
    return pd.DataFrame({"parcels": band.value_counts(sort=False),
                         "precision": lost[flagged].groupby(band, observed=False).mean()})


def days_by_mode(parcels: pd.DataFrame, must_find: pd.Series) -> pd.DataFrame:
    """Median days from the last scan to the flag per mode, for every detector: the lane-aware
    list should be quick where scans are frequent and patient where silence is normal."""
    found = parcels[must_find]
    return pd.DataFrame({name: detector(found)[1].groupby(found["mode"]).median()
                         for name, detector in DETECTORS.items()}).assign(parcels=found["mode"].value_counts())


@dataclass(frozen=True)
class Evaluation:
    """Everything the report shows, per scenario where it differs."""

    scores: list[Score]
    bands: dict[str, pd.DataFrame]
    by_mode: dict[str, pd.DataFrame]
    generic: int                     # returned, damaged, declared lost: exported as a generic Exception
    generic_left_open: dict[str, int]  # of those, read as still open (misread) per scenario


def evaluate(parcels_total: int, seed: int, settings: DetectionSettings) -> Evaluation:
    data = demo.generate(n_parcels=parcels_total, seed=seed, today=TODAY)
    truth = data.truth.set_index("tracking_number")["true_outcome"].astype(str)
    threshold = silent_lost_threshold(data)
    outcome_known = truth.isin(["returned", "damaged"]) | data.tracking["Last Event"].astype(str).isin(
        ["Package lost", "包裹丢失"]).set_axis(data.tracking["Tracking Number"]).reindex(truth.index)
    exported_generic = data.tracking.set_index("Tracking Number")["Status"].astype(str).isin(["Exception", "异常"])
    generic = outcome_known & exported_generic.reindex(truth.index)
    scores, bands, by_mode, left_open = [], {}, {}, {}
    for scenario, with_events in (("scan history", True), ("last scan only", False)):
        with tempfile.TemporaryDirectory() as folder:
            db = load(data, Path(folder), with_events)
            parcels = open_parcels(db, AnalysisScope(TODAY - timedelta(days=1), settings)).set_index("tracking_number")
            db.close()
        lost = truth.reindex(parcels.index).eq("lost")
        must_find = lost & (parcels["days_silent"] > threshold.reindex(parcels.index))
        scores += score(scenario, parcels, lost, must_find)
        bands[scenario] = risk_bands(parcels, lost)
        by_mode[scenario] = days_by_mode(parcels, must_find)
        left_open[scenario] = int(generic.reindex(parcels.index, fill_value=False).sum())
    return Evaluation(scores, bands, by_mode, int(generic.sum()), left_open)


def markdown(result: Evaluation, parcels_total: int, seed: int) -> str:
    lines = [
        f"Simulated year of {parcels_total:,} parcels (seed {seed}), scored at the cut-off "
        f"{TODAY - timedelta(days=1)}. {result.generic:,} returned, damaged or declared-lost parcels "
        "are exported under a generic \"Exception\" with the outcome only in the last event; read as still "
        "open (so at risk of a false flag): "
        + ", ".join(f"{n:,} ({scenario})" for scenario, n in result.generic_left_open.items()) + ".",
        "",
        TABLE_HEADER,
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    lines += [f"| {s.scenario} | {s.detector} | {s.flagged:,} | {s.false_flags:,} | {s.precision:.4f} | "
              f"{s.to_find:,} | {s.recall:.4f} | {s.days_to_flag:.1f} |" for s in result.scores]
    names = list(DETECTORS)
    lines += ["", "Median days from the last scan to the flag, by mode (lost parcels to find):", "",
              "| Export | Mode | Parcels | " + " | ".join(names) + " |", "|---|---|---:|" + "---:|" * len(names)]
    for scenario, frame in result.by_mode.items():
        lines += [f"| {scenario} | {mode} | {int(row.parcels):,} | " + " | ".join(f"{row[n]:.1f}" for n in names) + " |"
                  for mode, row in frame.iterrows()]
    lines += ["", "Precision of the product's list by risk band:", "",
              "| Export | Risk | Parcels | Precision |", "|---|---|---:|---:|"]
    for scenario, frame in result.bands.items():
        lines += [f"| {scenario} | {band} | {int(row.parcels):,} | {row.precision:.3f} |"
                  for band, row in frame.iterrows()]
    return "\n".join(lines) + "\n"


MARKERS = ("<!-- bench.detection: start -->\n", "<!-- bench.detection: end -->")


def write_tables(path: Path, tables: str) -> None:
    """Put `tables` between the markers of `path` (keeping the prose around them), or make it the file."""
    text = path.read_text("utf-8") if path.exists() else ""
    start, end = MARKERS
    if start in text and end in text:
        tables = text[: text.index(start) + len(start)] + tables + text[text.index(end):]
    path.write_text(tables, "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--markdown", type=Path,
                        help="also write the tables into this file (between its bench markers, if it has them)")
    args = parser.parse_args()
    text = markdown(evaluate(args.parcels, args.seed, DetectionSettings()), args.parcels, args.seed)
    print(text)
    if args.markdown:
        write_tables(args.markdown, text)


if __name__ == "__main__":
    main()
