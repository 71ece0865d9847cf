"""Deterministic, realistic demo data: a year of a cross-border seller's shipments.

`generate` simulates the parcels and `write_files` writes the exports a seller would
upload (orders.csv, tracking.csv, events.csv) plus the ground truth (truth.csv) that
simulators score detection against.
"""

from lossanalytics.demo.generator import (
    EVENT_COLUMNS,
    ORDER_COLUMNS,
    TRACKING_COLUMNS,
    TRUTH_COLUMNS,
    DemoData,
    generate,
    generate_parts,
    write_files,
)

__all__ = ["EVENT_COLUMNS", "ORDER_COLUMNS", "TRACKING_COLUMNS", "TRUTH_COLUMNS", "DemoData", "generate",
           "generate_parts", "write_files"]
