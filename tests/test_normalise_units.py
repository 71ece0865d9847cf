"""Weight units from headers, currency codes, and numbers as spreadsheets write them."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lossanalytics.normalise.units import (
    WEIGHT_FACTORS_TO_KG,
    currency_code,
    parse_number,
    weight_unit_from_header,
)


def test_weight_factors():
    assert WEIGHT_FACTORS_TO_KG == {
        "kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125,
    }
    assert math.isclose(16 * WEIGHT_FACTORS_TO_KG["oz"], WEIGHT_FACTORS_TO_KG["lb"])


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Weight (kg)", "kg"),
        ("Weight (Kilograms)", "kg"),
        ("weight_kg", "kg"),
        ("WeightKG", "kg"),
        ("重量(kg)", "kg"),
        ("重量(公斤)", "kg"),
        ("毛重千克", "kg"),
        ("重量(g)", "g"),
        ("重量（克）", "g"),
        ("Weight_in_gms", "g"),
        ("Weight (grams)", "g"),
        ("Weight (lbs)", "lb"),
        ("Weight (lb)", "lb"),
        ("Package weight in pounds", "lb"),
        ("weight oz", "oz"),
        ("Weight (ounces)", "oz"),
        ("Weight", None),
        ("重量", None),
        ("Gross weight", None),
        ("", None),
    ],
)
def test_weight_unit_from_header(header, expected):
    assert weight_unit_from_header(header) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("USD", "USD"), ("usd", "USD"), (" eur ", "EUR"), ("GBP", "GBP"), ("cny", "CNY"),
        ("JPY", "JPY"), ("CAD", "CAD"), ("xof", "XOF"),
        ("$", "USD"), ("US$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "CNY"), ("￥", "CNY"),
        ("元", "CNY"), ("人民币", "CNY"), ("RMB", "CNY"), ("rmb", "CNY"), ("円", "JPY"),
        ("美元", "USD"), ("欧元", "EUR"), ("英镑", "GBP"), ("日元", "JPY"), ("港币", "HKD"),
        ("Euro", "EUR"), ("US Dollar", "USD"), ("USD$", "USD"), ("C$", "CAD"),
        (None, None), ("", None), ("ABC", None), ("XXX", None), ("dollars?", None),
        ("12.50", None),
    ],
)
def test_currency_code(raw, expected):
    assert currency_code(raw) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,234.56", 1234.56),
        ("1234.56", 1234.56),
        ("1,234,567", 1234567.0),
        ("42", 42.0),
        ("0.5", 0.5),
        (".5", 0.5),
        ("-3.25", -3.25),
        ("+3.25", 3.25),
        ("(12.50)", -12.5),
        ("($12.50)", -12.5),
        ("12.50-", -12.5),
        ("$1,234.56", 1234.56),
        ("-$5.00", -5.0),
        ("$-5.00", -5.0),
        ("USD 12.50", 12.5),
        ("12.50 EUR", 12.5),
        ("€12", 12.0),
        ("¥100", 100.0),
        ("100元", 100.0),
        ("RMB 88", 88.0),
        ("  7 ", 7.0),
        ("1\u00a0234.5", 1234.5),
        ("1 234 567", 1234567.0),
        ("1.23E+05", 123000.0),
        # not numbers
        ("Weight Captured Separately", None),
        ("See ASN-93 (ID#:1281)", None),
        ("See DN-4178 (ID#:84460)", None),
        ("Freight Included in Commodity Cost", None),
        ("Invoiced Separately", None),
        ("N/A", None),
        ("", None),
        ("   ", None),
        (None, None),
        ("-", None),
        ("--5", None),
        ("(-5)", None),
        ("1.2.3", None),
        ("12%", None),
        ("1e999", None),
        ("nan", None),
        ("inf", None),
        ("1-2", None),
        # a decimal comma without decimal_comma is refused, not misread
        ("1.234,56", None),
        ("12,5", None),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,56", 1234.56),
        ("1234,56", 1234.56),
        ("12,5", 12.5),
        ("1 234,56", 1234.56),
        ("1.234", 1234.0),
        ("€ 1.234,56", 1234.56),
        ("(1.234,56)", -1234.56),
        ("42", 42.0),
        ("1,234.56", None),
        ("N/A", None),
    ],
)
def test_parse_number_decimal_comma(text, expected):
    assert parse_number(text, decimal_comma=True) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(3, 3.0), (2.5, 2.5), (float("nan"), None), (float("inf"), None), (True, None)],
)
def test_parse_number_passes_numbers_through(value, expected):
    assert parse_number(value) == expected


@given(st.text(), st.booleans())
def test_parse_number_never_raises(text, decimal_comma):
    value = parse_number(text, decimal_comma)
    assert value is None or math.isfinite(value)


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12))
def test_parse_number_reads_formatted_numbers_back(value):
    assert parse_number(f"{value:,.2f}") == pytest.approx(round(value, 2))
