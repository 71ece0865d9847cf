"""The estimate works on many parcels at once: it must say for each exactly what it says for that parcel alone.

A varied, seeded fixture mixes every rule, missing and odd values (blank carriers,
lower-case countries and currencies, NaN and negative amounts, half-cent values, dates
as text), and the batched result is compared row by row with one-parcel estimates.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
import pytest

from lossanalytics.claims.estimate import WORD_COLUMNS, estimate_claims
from lossanalytics.claims.facts import day_objects, fmt_money, iso_days, money_many, round_money
from lossanalytics.claims.rules import default_rules
from lossanalytics.claims.texts import fill, groups, slot

AS_OF = date(2024, 9, 1)
CARRIERS = ["UPS", "FedEx", "DHL Express", "USPS", "Amazon Logistics", "YunExpress", "COSCO", "DPD", "China Post",
            "China Railway Express", None, "  ", "ups ", "Local"]
MODES = ["air", "express", "sea", "road", "rail", "postal", "unknown", None, "hovercraft"]
COUNTRIES = ["CN", "US", "DE", "us", None, "", "FR"]
MARKETPLACES = [None, "Amazon.com", "amazon.de", "eBay", "", "亚马逊中国"]
CURRENCIES = ["USD", "EUR", "usd", "GBP", "JPY", "XXX", None, "", "SDR", "CNY"]
# USPS services with and without included insurance, and services of other carriers.
SERVICES = ["USPS Ground Advantage", "priority mail express", "First-Class Package Service", "Media Mail", None, "",
            "UPS Ground", "云途全球专线挂号(标快)"]


def varied_parcels(count: int, seed: int = 7) -> pd.DataFrame:
    rng = random.Random(seed)

    def stamp(base: str) -> Any:
        roll = rng.random()
        if roll < 0.15:
            return pd.NaT
        if roll < 0.2:
            return None
        return pd.Timestamp(base) + pd.Timedelta(days=rng.randint(-400, 400), hours=rng.randint(0, 23))

    def amount() -> Any:
        roll = rng.random()
        if roll < 0.1:
            return None
        if roll < 0.2:
            return rng.choice([-5.0, 0.0, float("nan")])
        if roll < 0.3:
            return rng.choice([0.125, 0.005, 1.005, 2.675, 81.745, 0.015, 1e13 + 0.125])
        return round(rng.uniform(0.01, 3000), rng.choice([0, 1, 2, 3, 4]))

    return pd.DataFrame([{
        "tracking_number": f"T{i:04d}", "carrier": rng.choice(CARRIERS), "mode": rng.choice(MODES),
        "marketplace": rng.choice(MARKETPLACES), "origin_country": rng.choice(COUNTRIES),
        "dest_country": rng.choice(COUNTRIES), "ship_date": stamp("2024-06-15"),
        "estimated_delivery_date": stamp("2024-07-01"), "delivered_date": stamp("2024-07-05"),
        "last_event_time": stamp("2024-06-20"), "declared_value": amount(), "currency": rng.choice(CURRENCIES),
        "weight_kg": rng.choice([None, 0.0, -1.0, 0.3, 2.4, 1.2345, 17.0, 0.0005, 55.55]),
        "insured_value": rng.choice([None] * 8 + [200.0, 0.125, -3.0, 55.555]),
        "outcome": rng.choice(["lost", "suspected_lost", "damaged"]), "service": rng.choice(SERVICES),
    } for i in range(count)])


def _same(a: Any, b: Any) -> bool:
    if a is pd.NA or b is pd.NA or a is pd.NaT or b is pd.NaT:
        return a is b
    if isinstance(a, float) and isinstance(b, float) and np.isnan(a) and np.isnan(b):
        return True
    return type(a) is type(b) and a == b


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_many_parcels_at_once_read_as_each_alone(lang: str) -> None:
    parcels = varied_parcels(150)
    # An extra rate and another SDR rate exercise conversions the defaults do not have.
    rules = replace(default_rules(), usd_per_unit={**default_rules().usd_per_unit, "XXX": 0.5}, sdr_usd=1.3789)
    together = estimate_claims(parcels, AS_OF, rules, lang)
    for position in range(len(parcels)):
        alone = estimate_claims(parcels.iloc[[position]], AS_OF, rules, lang).iloc[0]
        row = together.iloc[position]
        for column in together.columns:
            assert _same(row[column], alone[column]), (position, column, row[column], alone[column])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_estimate_without_words_has_the_same_numbers(lang: str) -> None:
    parcels = varied_parcels(300, seed=7)
    rules = replace(default_rules(), usd_per_unit={**default_rules().usd_per_unit, "XXX": 0.5})
    whole = estimate_claims(parcels, AS_OF, rules, lang)
    numbers = estimate_claims(parcels, AS_OF, rules, lang, words=False)
    assert not set(WORD_COLUMNS) & set(numbers.columns)
    pd.testing.assert_frame_equal(numbers, whole.drop(columns=list(WORD_COLUMNS)))


def test_dates_given_as_text_read_like_timestamps() -> None:
    parcels = varied_parcels(60, seed=11)
    as_text = parcels.assign(ship_date=[None if pd.isna(v) else v.date().isoformat() for v in parcels["ship_date"]])
    columns = ["claim_opens", "claim_deadline", "days_left", "deadline_basis", "also_claim"]
    expected = estimate_claims(parcels, AS_OF, default_rules())[columns]
    pd.testing.assert_frame_equal(estimate_claims(as_text, AS_OF, default_rules())[columns], expected)


def test_money_in_bulk_rounds_exactly_like_one_amount() -> None:
    rng = np.random.default_rng(3)
    amounts = np.concatenate([
        rng.uniform(0, 5000, 20000), np.arange(1, 20001) / 1000 + 0.005, np.round(rng.uniform(0, 1e6, 5000), 3),
        rng.uniform(0, 1e13, 200), [0.0, 0.125, 2.675, 1.005, 0.005, 81.745, 1e13 + 0.125],
    ]) * rng.choice([1.0, 1.31, 1.057, 0.1381], 45207)
    rounded, texts = money_many(amounts)
    assert rounded.tolist() == [round_money(float(a)) for a in amounts]
    assert texts.tolist() == [fmt_money(float(a)) for a in amounts]
    missing = money_many(np.array([np.nan]))
    assert np.isnan(missing[0][0]) and missing[1][0] == ""


def test_a_carrier_name_cannot_pose_as_a_marker() -> None:
    template = f"{slot('closes')} for \x00closes\x00 and {{closes}}"
    assert list(fill(template, {"closes": np.array(["2025-01-01"], dtype=object)}, 1)) == [
        "2025-01-01 for \x00closes\x00 and {closes}"]


def test_a_text_is_made_once_per_distinct_combination_of_values() -> None:
    template = f"from {slot('opens')} to {slot('closes')}"
    opens = np.array(["2025-01-01", "2025-01-01", "2025-02-01", "2025-02-01", "2025-01-01"], dtype=object)
    closes = np.array(["2025-03-01", "2025-03-01", "2025-03-01", "2025-03-01", "2025-04-01"], dtype=object)
    texts = fill(template, {"opens": opens, "closes": closes}, 5)
    assert texts.tolist() == [
        "from 2025-01-01 to 2025-03-01", "from 2025-01-01 to 2025-03-01", "from 2025-02-01 to 2025-03-01",
        "from 2025-02-01 to 2025-03-01", "from 2025-01-01 to 2025-04-01"]
    assert texts[0] is texts[1] and texts[2] is texts[3]
    # Another call making the same text gives the same object.
    assert fill(template, {"opens": opens[::-1].copy(), "closes": closes[::-1].copy()}, 5)[3] is texts[0]
    plain = fill("no markers", {}, 2)
    assert plain.tolist() == ["no markers", "no markers"]
    assert plain[0] is plain[1] is fill("no " + "markers", {}, 1)[0]


def test_each_distinct_claim_text_is_one_object() -> None:
    parcels = pd.concat([varied_parcels(150), varied_parcels(150, seed=5)], ignore_index=True)
    for lang in ("en", "zh"):
        found = estimate_claims(parcels, AS_OF, default_rules(), lang)
        for column in ("deadline_basis", "compensation_basis", "also_claim", "claim_opens", "claim_deadline"):
            values = found[column].to_numpy(dtype=object)
            assert len({id(v) for v in values}) == len(set(values)), (lang, column)


def test_groups_keep_rows_in_order_and_none_with_nan() -> None:
    carriers = np.array(["UPS", None, "DHL", "UPS", np.nan, "DHL"], dtype=object)
    insured = np.array([True, False, True, True, False, False])
    assert [rows.tolist() for rows in groups(carriers, insured)] == [[0, 3], [1, 4], [2], [5]]
    assert groups(np.array([], dtype=object)) == []


def test_groups_of_many_columns_of_many_values_do_not_overflow() -> None:
    rng = np.random.default_rng(5)
    # Six columns of up to 5,000 values each: their combined numbers would pass 2**62.
    columns = [rng.integers(0, 5000, 20000).astype(str).astype(object) for _ in range(6)]
    columns[2][::7] = None
    expected: dict[tuple[Any, ...], list[int]] = {}
    for row, key in enumerate(zip(*columns)):
        expected.setdefault(key, []).append(row)
    assert [rows.tolist() for rows in groups(*columns)] == list(expected.values())


def test_dates_become_iso_texts_and_date_objects_shared_per_day() -> None:
    days = np.array(["2025-01-05", "NaT", "2025-01-05", "2024-12-31"], dtype="datetime64[D]")
    assert iso_days(days).tolist() == ["2025-01-05", "NaT", "2025-01-05", "2024-12-31"]
    assert day_objects(days).tolist() == [date(2025, 1, 5), None, date(2025, 1, 5), date(2024, 12, 31)]
