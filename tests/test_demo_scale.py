"""The demo data at scale: a big data set generated a part at a time, a million parcels quickly, and
its files written whole when two processes write them at once."""

from __future__ import annotations

import datetime as dt
import os
import time

import pandas as pd
import pytest

from lossanalytics.demo import csvfile, generate, generate_parts
from lossanalytics.demo.csvfile import write_csv
from lossanalytics.demo.identifiers import shopify_order_names

TODAY = dt.date(2025, 6, 1)


def test_two_writers_of_the_same_demo_file_both_finish(tmp_path, monkeypatch):
    # `python -m lossanalytics demo` run twice at once (two test workers did) writes the same
    # files: a second writer renaming its file while the first is about to rename its own
    # must leave each rename a whole file, not a missing one.
    frame = pd.DataFrame({"tracking_number": ["A1", "B2"], "carrier": ["UPS", "DHL"]})
    target = tmp_path / "orders.csv"
    replace = os.replace
    renamed: list[str] = []

    def second_writer_first(source, destination):
        if not renamed:
            renamed.append(os.path.basename(source))
            write_csv(frame, target)
        else:
            renamed.append(os.path.basename(source))
        replace(source, destination)

    monkeypatch.setattr(csvfile.os, "replace", second_writer_first)
    write_csv(frame, target)
    assert len(set(renamed)) == 2
    assert target.read_text(encoding="utf-8") == "tracking_number,carrier\nA1,UPS\nB2,DHL\n"
    assert [path.name for path in tmp_path.iterdir()] == ["orders.csv"]


@pytest.mark.skipif(os.environ.get("LOSSANALYTICS_SLOW") != "1", reason="set LOSSANALYTICS_SLOW=1 to run")
def test_a_million_parcels_without_events_is_quick():
    started = time.perf_counter()
    big = generate(1_000_000, seed=7, today=TODAY, with_events=False)
    elapsed = time.perf_counter() - started
    assert len(big.tracking) == 1_000_000 and big.tracking["Tracking Number"].is_unique
    assert 0.01 <= (big.truth["true_outcome"] == "lost").mean() <= 0.06
    assert elapsed < 15, f"took {elapsed:.1f} s"


# --- parts of a big data set -------------------------------------------------------------


def test_parts_split_the_parcels_and_the_first_part_is_generate_itself():
    parts = list(generate_parts(5, part_size=2, seed=7, today=TODAY, with_events=False))
    assert [len(part.tracking) for part in parts] == [2, 2, 1]
    assert [len(part.orders) for part in parts] == [2, 2, 1]
    whole = generate(2, seed=7, today=TODAY, with_events=False)
    for name in ("orders", "tracking", "truth"):
        pd.testing.assert_frame_equal(getattr(parts[0], name), getattr(whole, name))


def test_parts_share_no_identifier():
    parts = list(generate_parts(3_000, part_size=1_000, seed=7, today=TODAY, with_events=False))
    tracking = pd.concat([part.tracking["Tracking Number"] for part in parts])
    orders = pd.concat([part.orders["Order ID"] for part in parts])
    assert (tracking.nunique(), orders.nunique()) == (3_000, 3_000)


def test_a_later_part_is_its_own_sample_of_the_same_shipments():
    first, second = generate_parts(2_000, part_size=1_000, seed=7, today=TODAY, with_events=False)
    assert not first.tracking["Ship Date"].equals(second.tracking["Ship Date"])
    assert second.tracking.equals(generate(1_000, seed=(7, 1), today=TODAY, with_events=False,
                                           first_serial=1_000).tracking)


def test_shopify_order_names_continue_after_the_first_serial():
    assert list(shopify_order_names(3, first_serial=1_000)) == ["#2001", "#2002", "#2003"]
    assert list(shopify_order_names(2)) == ["#1001", "#1002"]


def test_a_part_size_below_one_is_refused():
    with pytest.raises(ValueError):
        next(generate_parts(10, part_size=0))
