"""The demo data generator: deterministic, well-formed and realistic (issue 2 item 8)."""

from __future__ import annotations

import csv
import datetime as dt
import re

import numpy as np
import pandas as pd
import pytest

from lossanalytics.demo import generate, write_files

TODAY = dt.date(2025, 6, 1)
CUTOFF = pd.Timestamp(TODAY)
N = 20_000

ORDER_HEADER = ["Order ID", "Tracking Number", "Marketplace", "Ship Date", "Order Value", "Currency",
                "Weight (kg)", "Destination Country"]
TRACKING_HEADER = ["Tracking Number", "Carrier", "Service", "Mode", "Origin Country", "Destination Country",
                   "Ship Date", "Status", "Last Event Time", "Last Event", "Estimated Delivery Date",
                   "Delivered Date"]
EVENT_HEADER = ["Tracking Number", "Event Time", "Status", "Location", "Description"]
TRUTH_HEADER = ["tracking_number", "true_outcome", "lost_after_days"]
DECLARED_LOST = {"Lost", "丢失"}
TIME_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")


@pytest.fixture(scope="module")
def data():
    return generate(N, seed=7, today=TODAY)


@pytest.fixture(scope="module")
def parcels(data):
    """Tracking rows joined with their ground truth and order."""
    return data.tracking.join(data.truth).join(data.orders[["Order ID", "Marketplace", "Order Value",
                                                            "Currency", "Weight (kg)"]])


@pytest.fixture(scope="module")
def folder(data, tmp_path_factory):
    path = tmp_path_factory.mktemp("demo")
    write_files(data, path)
    return path


@pytest.fixture(scope="module")
def gaps(data, parcels):
    """Days between consecutive scans of delivered parcels, with the parcel's lane."""
    events = data.events
    gap = events.groupby("Tracking Number", sort=False)["Event Time"].diff().dt.total_seconds() / 86_400
    lanes = parcels.set_index("Tracking Number")[["Mode", "Destination Country", "true_outcome"]]
    frame = lanes.loc[events["Tracking Number"]].reset_index().assign(gap=gap.to_numpy())
    return frame[(frame["true_outcome"] == "delivered") & frame["gap"].notna()]


def transit_days(frame: pd.DataFrame) -> pd.Series:
    return (frame["Delivered Date"] - frame["Ship Date"]).dt.total_seconds() / 86_400


def read_rows(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


# --- determinism and shape -------------------------------------------------------------


def test_same_seed_and_day_give_byte_identical_files(tmp_path):
    first = write_files(generate(3_000, seed=11, today=TODAY), tmp_path / "a")
    second = write_files(generate(3_000, seed=11, today=TODAY), tmp_path / "b")
    for name in ("orders.csv", "tracking.csv", "events.csv", "truth.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    assert [path.name for path in first] == [path.name for path in second]


def test_another_seed_gives_other_parcels():
    one, other = generate(500, seed=1, today=TODAY), generate(500, seed=2, today=TODAY)
    assert not one.tracking["Tracking Number"].equals(other.tracking["Tracking Number"])


def test_without_events_the_parcels_are_the_same():
    full, light = generate(2_000, seed=5, today=TODAY), generate(2_000, seed=5, today=TODAY, with_events=False)
    for name in ("orders", "tracking", "truth"):
        pd.testing.assert_frame_equal(getattr(full, name), getattr(light, name))
    assert light.events.empty and list(light.events.columns) == EVENT_HEADER


def test_row_counts(data):
    assert len(data.orders) == len(data.tracking) == len(data.truth) == N
    assert data.events["Tracking Number"].nunique() == N
    assert len(data.events) > 5 * N  # a journey is many scans


def test_identifiers_are_unique(data):
    assert data.tracking["Tracking Number"].is_unique
    assert data.orders["Order ID"].is_unique
    assert data.orders["Tracking Number"].equals(data.tracking["Tracking Number"])
    assert data.truth["tracking_number"].equals(data.tracking["Tracking Number"])


def test_today_defaults_to_the_current_date():
    shipped = generate(200, seed=3, with_events=False).tracking["Ship Date"]
    assert shipped.max() < pd.Timestamp(dt.date.today())
    assert shipped.min() >= pd.Timestamp(dt.date.today()) - pd.Timedelta(days=365)


def test_rejects_an_empty_data_set():
    with pytest.raises(ValueError):
        generate(0)


# --- files -------------------------------------------------------------------------------


def test_write_files_returns_the_three_importable_files(data, tmp_path):
    paths = write_files(data, tmp_path / "new" / "folder")
    assert [path.name for path in paths] == ["orders.csv", "tracking.csv", "events.csv"]
    # Nothing else is left behind (files are written under a temporary name first).
    assert sorted(path.name for path in (tmp_path / "new" / "folder").iterdir()) == [
        "events.csv", "orders.csv", "tracking.csv", "truth.csv"]


def test_events_file_is_header_only_without_events(tmp_path):
    write_files(generate(100, seed=1, today=TODAY, with_events=False), tmp_path)
    assert (tmp_path / "events.csv").read_bytes() == (",".join(EVENT_HEADER) + "\n").encode()
    assert len(read_rows(tmp_path / "tracking.csv")) == 101


@pytest.mark.parametrize("name, header", [("orders.csv", ORDER_HEADER), ("tracking.csv", TRACKING_HEADER),
                                          ("events.csv", EVENT_HEADER), ("truth.csv", TRUTH_HEADER)])
def test_headers_are_exact(folder, name, header):
    first_line = (folder / name).read_bytes().split(b"\n", 1)[0]
    assert first_line == ",".join(header).encode("utf-8")


def test_files_have_iso_times_and_empty_cells_for_missing(folder):
    rows = read_rows(folder / "tracking.csv")
    header, body = rows[0], rows[1:]
    assert len(body) == N and all(len(row) == len(header) for row in body)
    column = {name: header.index(name) for name in header}
    for row in body[:2_000]:
        for name in ("Ship Date", "Last Event Time"):
            assert TIME_PATTERN.match(row[column[name]]), row
        for name in ("Estimated Delivery Date", "Delivered Date"):
            assert row[column[name]] == "" or TIME_PATTERN.match(row[column[name]]), row
    delivered = [row for row in body if row[column["Status"]] in ("Delivered", "已签收")]
    assert all(row[column["Delivered Date"]] for row in delivered)
    assert any(row[column["Delivered Date"]] == "" for row in body)


def test_files_round_trip_to_the_same_values(data, folder):
    events = pd.read_csv(folder / "events.csv", parse_dates=["Event Time"], keep_default_na=False)
    assert events["Location"].tolist() == data.events["Location"].astype(str).tolist()
    assert (events["Event Time"] == data.events["Event Time"]).all()
    truth = pd.read_csv(folder / "truth.csv")
    assert truth["lost_after_days"].notna().sum() == (data.truth["true_outcome"] == "lost").sum()


def test_chinese_text_is_written_as_utf8(folder):
    text = (folder / "tracking.csv").read_text(encoding="utf-8")
    assert "云途全球专线挂号(标快)" in text and "已签收" in text


# --- dates --------------------------------------------------------------------------------


def test_ship_dates_cover_the_year_before_today(data):
    ship = data.tracking["Ship Date"]
    assert ship.min() >= CUTOFF - pd.Timedelta(days=365)
    assert ship.max() < CUTOFF and (CUTOFF - ship.max()) < pd.Timedelta(days=2)
    assert ship.is_monotonic_increasing


def test_volume_grows_and_peaks_in_q4(data):
    month = data.tracking["Ship Date"].dt.month
    per_month = month.value_counts()
    assert per_month[[10, 11, 12]].mean() > 1.2 * per_month.mean()
    assert per_month[[3, 4, 5]].sum() > per_month[[6, 7, 8]].sum()  # spring 2025 beats summer 2024


def test_nothing_happens_after_the_cut_off(data):
    assert data.events["Event Time"].max() < CUTOFF
    assert data.tracking["Last Event Time"].max() < CUTOFF


# --- journeys -----------------------------------------------------------------------------


def test_events_are_chronological_and_end_where_tracking_says(data):
    events = data.events
    by_parcel = events.groupby("Tracking Number", sort=False)
    assert (by_parcel["Event Time"].diff().dropna() >= pd.Timedelta(0)).all()
    last = by_parcel.tail(1).set_index("Tracking Number").loc[data.tracking["Tracking Number"]]
    assert (last["Event Time"].to_numpy() == data.tracking["Last Event Time"].to_numpy()).all()
    assert (last["Description"].astype(str).to_numpy() == data.tracking["Last Event"].astype(str).to_numpy()).all()
    assert (last["Status"].astype(str).to_numpy() == data.tracking["Status"].astype(str).to_numpy()).all()
    first = by_parcel.head(1)
    assert (first["Event Time"].to_numpy() == data.tracking["Ship Date"].to_numpy()).all()


def test_delivered_parcels_have_a_delivered_date_after_shipping(parcels):
    delivered = parcels[parcels["true_outcome"] == "delivered"]
    assert delivered["Delivered Date"].notna().all()
    assert (delivered["Delivered Date"] >= delivered["Ship Date"]).all()
    assert (delivered["Delivered Date"] == delivered["Last Event Time"]).all()
    assert parcels.loc[parcels["true_outcome"] != "delivered", "Delivered Date"].isna().all()


def test_transit_times_by_mode(parcels):
    delivered = parcels[(parcels["true_outcome"] == "delivered") & ~parcels["Destination Country"].isin(["BR", "MX"])]
    cross_border = delivered[delivered["Origin Country"] == "CN"]
    median = transit_days(cross_border).groupby(cross_border["Mode"], observed=True).median()
    assert median["express"] < median["air"] < median["postal"] < median["sea"]
    assert median["air"] < median["rail"] < median["sea"]
    expected = {"express": (3, 7), "air": (7, 15), "postal": (12, 35), "rail": (18, 30), "sea": (30, 55)}
    for mode, (low, high) in expected.items():
        assert low <= median[mode] <= high, mode
    road = delivered[delivered["Mode"] == "road"]
    assert 1 <= transit_days(road).median() <= 5
    # Whatever the origin, express still beats air beats postal beats sea.
    overall = transit_days(delivered).groupby(delivered["Mode"], observed=True).median()
    assert overall["express"] < overall["air"] < overall["postal"] < overall["sea"]


def test_scan_gaps_follow_the_mode(gaps):
    usual = gaps[~gaps["Destination Country"].isin(["BR", "MX"])]
    largest = usual.groupby("Mode", observed=True)["gap"].quantile(0.99)
    assert largest["express"] <= 1.05  # at least daily
    assert largest["road"] <= 1.5
    assert largest["air"] <= 4.0
    assert 8 <= largest["postal"] <= 14
    assert 25 <= largest["sea"] <= 45  # nobody scans a container at sea
    assert 5 <= largest["rail"] <= 12
    # A mail bag crossing the ocean is silent for 5-12 days on most postal journeys.
    postal = usual[usual["Mode"] == "postal"].groupby("Tracking Number")["gap"].max()
    international = postal[postal.index.str.endswith("CN") | postal.index.str.startswith("LP")]
    assert international.between(4.5, 14).mean() > 0.9


def test_customs_holds_in_brazil_and_mexico_are_silent_but_not_losses(gaps):
    held = gaps[gaps["Destination Country"].isin(["BR", "MX"])].groupby("Tracking Number")["gap"].max()
    assert (held >= 7).mean() > 0.5  # most are held 7-21 days...
    assert held.max() <= 22  # ...and no longer
    # ...and these are parcels that were delivered in the end.


def test_in_transit_parcels_were_scanned_recently(parcels):
    moving = parcels[parcels["true_outcome"] == "in_transit"]
    assert len(moving) > 100
    silent = (CUTOFF - moving["Last Event Time"]).dt.total_seconds() / 86_400
    # The longest normal silences: a container at sea, else a customs hold.
    at_sea = moving["Mode"] == "sea"
    assert 25 <= silent[at_sea].max() <= 45
    assert silent[~at_sea].max() <= 22
    assert (CUTOFF - moving["Ship Date"]).max() < pd.Timedelta(days=120)
    assert {"In Transit", "Info Received"} <= set(moving["Status"].astype(str))


# --- outcomes -----------------------------------------------------------------------------


def test_lost_share_is_a_few_percent(data):
    outcome = data.truth["true_outcome"].value_counts(normalize=True)
    assert 0.01 <= outcome["lost"] <= 0.06
    assert 0.01 <= outcome["returned"] <= 0.02
    assert 0.001 <= outcome["damaged"] <= 0.006
    assert outcome["delivered"] > 0.85


def test_losses_differ_by_carrier_and_lane(parcels):
    lost = parcels["true_outcome"] == "lost"
    by_carrier = lost.groupby(parcels["Carrier"], observed=True).mean()
    assert by_carrier["Cainiao"] > 4 * by_carrier["DHL"]
    assert by_carrier[["UPS", "FedEx", "DHL"]].max() < 0.01
    assert 0.01 <= by_carrier["YunExpress"] <= 0.03
    postal = parcels[parcels["Carrier"].isin(["China Post", "Cainiao"])]
    slow_customs = postal["Destination Country"].isin(["BR", "MX"])
    assert lost[postal.index][slow_customs].mean() > 1.4 * lost[postal.index][~slow_customs].mean()


def test_about_a_third_of_losses_are_declared_and_the_rest_go_silent(parcels):
    lost = parcels[parcels["true_outcome"] == "lost"]
    declared = lost["Last Event"].astype(str).isin({"Package lost", "包裹丢失"})
    assert 0.2 <= declared.mean() <= 0.45
    # Half the declared losses carry the platform's generic word; the event says lost.
    assert set(lost.loc[declared, "Status"].astype(str)) == {*DECLARED_LOST, "Exception", "异常"}
    silent = lost[~declared]
    assert set(silent["Status"].astype(str)) <= {"In Transit", "运输途中", "Info Received"}
    # For a silent loss the last scan is the one before the parcel vanished.
    scanned = (silent["Last Event Time"] - silent["Ship Date"]).dt.total_seconds() / 86_400
    assert np.allclose(scanned.round(2), silent["lost_after_days"], atol=0.011)
    assert parcels.loc[parcels["true_outcome"] != "lost", "lost_after_days"].isna().all()
    # A declaration comes well after the parcel's last real scan.
    declared_after = (lost.loc[declared, "Last Event Time"] - lost.loc[declared, "Ship Date"]).dt.days
    assert (declared_after > lost.loc[declared, "lost_after_days"] + 3).all()


def test_final_statuses_match_the_truth(parcels):
    status = parcels["Status"].astype(str)
    outcome = parcels["true_outcome"]
    assert set(status[outcome == "delivered"]) == {"Delivered", "已签收"}
    # Returned and damaged parcels: the outcome word, or half the time the platform's
    # generic "Exception" with the outcome in the last event.
    assert set(status[outcome == "returned"]) == {"Returned to Sender", "退件", "Exception", "异常"}
    assert set(status[outcome == "damaged"]) == {"Damaged", "破损", "Exception", "异常"}
    generic = status.isin(["Exception", "异常"]) & outcome.isin(["returned", "damaged"])
    assert 0.4 < generic.sum() / outcome.isin(["returned", "damaged"]).sum() < 0.6
    assert not status[outcome == "in_transit"].isin(["Delivered", "Lost", "Damaged", "Returned to Sender"]).any()


def test_status_words_vary_like_real_exports(parcels, data):
    words = set(data.events["Status"].astype(str))
    assert {"Delivered", "In Transit", "Out for Delivery", "Returned to Sender", "Damaged", "Lost", "Exception",
            "Info Received", "已签收", "运输途中", "退件"} <= words
    chinese = parcels["Status"].astype(str).str.contains(r"[\u4e00-\u9fff]")
    assert set(parcels.loc[chinese, "Carrier"]) <= {"China Post", "Yanwen", "YunExpress", "4PX", "SF Express",
                                                    "Cainiao", "COSCO", "China Railway Express"}
    assert 0.1 < chinese.mean() < 0.4


# --- catalogue ----------------------------------------------------------------------------


def test_lanes_carriers_and_modes(parcels):
    lanes = set(zip(parcels["Origin Country"], parcels["Destination Country"]))
    assert {("CN", country) for country in ("US", "GB", "DE", "FR", "IT", "ES", "NL", "JP", "CA", "AU", "BR",
                                            "MX")} <= lanes
    assert {("US", "US"), ("GB", "GB"), ("DE", "DE"), ("DE", "FR"), ("DE", "PL"), ("CN", "PL")} <= lanes
    assert parcels["Origin Country"].value_counts().idxmax() == "CN"
    assert parcels["Destination Country"].value_counts().idxmax() == "US"
    assert set(parcels["Mode"]) == {"express", "air", "postal", "sea", "rail", "road"}
    modes = parcels.groupby("Carrier", observed=True)["Mode"].agg(lambda m: set(m.astype(str)))
    assert modes["UPS"] == {"express", "road"} and modes["FedEx"] == {"express", "road"}
    assert modes["DHL"] == {"express"} and modes["China Post"] == {"postal"} and modes["COSCO"] == {"sea"}
    assert modes["China Railway Express"] == {"rail"} and modes["Amazon Logistics"] == {"road"}
    rail = parcels[parcels["Mode"] == "rail"]
    assert set(rail["Destination Country"]) == {"DE", "PL"}
    sea = parcels[parcels["Mode"] == "sea"]
    assert set(sea["Destination Country"]) == {"US", "DE", "GB"}


TRACKING_FORMATS = {
    "UPS": r"1Z[0-9A-Z]{16}", "FedEx": r"\d{12}", "DHL": r"\d{10}", "USPS": r"94\d{20}",
    "Royal Mail": r"[A-Z]{2}\d{9}GB", "DPD": r"\d{14}", "GLS": r"\d{11}", "Amazon Logistics": r"TBA\d{12}",
    "China Post": r"LX\d{9}CN", "Yanwen": r"UA\d{9}CN", "Cainiao": r"LP\d{14}", "YunExpress": r"YT\d{16}",
    "4PX": r"4PX\d{13}CN", "SF Express": r"SF\d{13}", "Maersk": r"MAEU\d{9}", "COSCO": r"COSU\d{10}",
    "China Railway Express": r"CRE\d{11}",
}


def test_tracking_numbers_look_like_the_carriers(parcels):
    assert set(parcels["Carrier"]) == set(TRACKING_FORMATS)
    for carrier, pattern in TRACKING_FORMATS.items():
        numbers = parcels.loc[parcels["Carrier"] == carrier, "Tracking Number"]
        assert numbers.str.fullmatch(pattern).all(), carrier


def test_s10_numbers_carry_a_valid_check_digit(parcels):
    for number in parcels.loc[parcels["Carrier"].isin(["China Post", "Royal Mail"]), "Tracking Number"][:500]:
        digits = [int(c) for c in number[2:10]]
        check = 11 - sum(d * w for d, w in zip(digits, (8, 6, 4, 2, 3, 5, 9, 7))) % 11
        assert int(number[10]) == {10: 0, 11: 5}.get(check, check)


def test_estimated_delivery_dates_where_carriers_give_them(parcels):
    has_edd = parcels["Estimated Delivery Date"].notna().groupby(parcels["Mode"], observed=True).mean()
    assert has_edd["express"] == 1.0
    assert has_edd["postal"] == 0.0 and has_edd["sea"] == 0.0 and has_edd["rail"] == 0.0
    assert 0.2 < has_edd["air"] < 0.8
    amazon = parcels[parcels["Carrier"] == "Amazon Logistics"]
    assert amazon["Estimated Delivery Date"].notna().all()
    delivered = parcels[(parcels["true_outcome"] == "delivered") & parcels["Estimated Delivery Date"].notna()]
    on_time = (delivered["Delivered Date"] <= delivered["Estimated Delivery Date"]).mean()
    assert 0.7 < on_time < 0.98


def test_orders_match_their_marketplace(parcels):
    currency = parcels.groupby("Marketplace", observed=True)["Currency"].agg(lambda c: set(c.astype(str)))
    assert currency["Amazon.com"] == {"USD"} and currency["Amazon.co.uk"] == {"GBP"}
    assert currency["Amazon.de"] == {"EUR"} and currency["Amazon.co.jp"] == {"JPY"}
    order = parcels["Order ID"]
    market = parcels["Marketplace"].astype(str)
    consignment = parcels["Mode"].isin(["sea", "rail"])
    amazon_parcels = market.str.startswith("Amazon") & ~consignment
    assert order[amazon_parcels].str.fullmatch(r"\d{3}-\d{7}-\d{7}").all()
    assert order[(market == "Amazon.com") & ~consignment].str.startswith("11").all()
    assert order[market.isin(["Amazon.co.uk", "Amazon.de"]) & ~consignment].str.startswith("30").all()
    assert order[consignment].str.fullmatch(r"FBA[0-9A-Z]{9}").all()
    assert order[market == "eBay"].str.fullmatch(r"\d{2}-\d{5}-\d{5}").all()
    assert order[market == "Shopify"].str.fullmatch(r"#\d{4,}").all()
    assert 0.1 < (~market.str.startswith("Amazon")).mean() < 0.25


def test_order_values_and_weights(parcels):
    consignment = parcels["Mode"].isin(["sea", "rail"])
    dollars = parcels[~consignment & (parcels["Currency"] == "USD")]["Order Value"]
    assert dollars.between(8, 400).all() and 15 < dollars.median() < 40
    assert (dollars > 150).any()  # a long tail
    weight = parcels["Weight (kg)"]
    assert weight[~consignment].between(0.1, 3).all()
    assert weight[consignment].between(5, 30).all()
