"""Property-based tests (hypothesis) of the parsers and normalisers (issue 6).

Normalisers must never raise on any text, must give values from their vocabulary,
and must be idempotent (a canonical value normalises to itself). Number and date
parsing must read back what a spreadsheet would write, in either number style.
The importer as a whole must answer any small CSV without raising.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
from datetime import datetime, timedelta
from pathlib import Path

import pycountry
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from lossanalytics.importing import import_file
from lossanalytics.importing.delimited import DELIMITERS, sniff_delimiter
from lossanalytics.importing.dialects import code_key, header_key
from lossanalytics.importing.encodings import detect_encoding, looks_utf16, mixed_encoding_line
from lossanalytics.importing.value_formats import (
    date_expression,
    detect_date_formats,
    detect_decimal_comma,
    number_expression,
)
from lossanalytics.normalise.carrier_modes import MODES, canonical_carrier, infer_mode
from lossanalytics.normalise.countries import country_code, country_name
from lossanalytics.normalise.statuses import STATUSES, canonical_status
from lossanalytics.normalise.units import WEIGHT_FACTORS_TO_KG, currency_code, parse_number, weight_unit_from_header
from lossanalytics.storage.db import Database

any_text = st.one_of(st.none(), st.text(max_size=60))
# Amounts as exports write them: up to a billion, at most two decimals.
amounts = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
DB_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def memdb() -> Database:
    database = Database()
    yield database
    database.close()


# Statuses, carriers, modes ----------------------------------------------------------

@given(any_text, st.one_of(st.none(), st.sampled_from(["shipengine", "aftership", "17track", "x"])))
def test_status_is_always_canonical_and_idempotent(raw, source) -> None:
    status = canonical_status(raw, source)
    assert status in STATUSES
    assert canonical_status(status) == status


@given(any_text, any_text)
def test_carrier_never_raises_and_is_idempotent(raw, service) -> None:
    carrier = canonical_carrier(raw, service)
    assert carrier is None or (carrier.strip() == carrier and carrier)
    if carrier is not None:
        assert canonical_carrier(carrier) == carrier


@given(any_text, any_text, any_text)
def test_mode_is_always_one_of_the_modes(carrier, service, mode) -> None:
    assert infer_mode(carrier, service, mode) in MODES


@pytest.mark.parametrize("mode", [m for m in MODES if m != "unknown"])
def test_an_explicit_mode_names_itself(mode: str) -> None:
    assert infer_mode("Some Carrier", "Some service", mode) == mode
    assert infer_mode(None, None, mode.upper()) == mode


# Countries --------------------------------------------------------------------------

ALL_COUNTRIES = list(pycountry.countries)


@pytest.mark.parametrize("country", ALL_COUNTRIES, ids=[c.alpha_2 for c in ALL_COUNTRIES])
def test_every_iso_code_resolves_to_itself(country) -> None:
    for code in (country.alpha_2, country.alpha_3, country.alpha_2.lower(), country.alpha_3.lower(),
                 f" {country.alpha_3} "):
        assert country_code(code) == country.alpha_2, code
    assert country_code(country.name) == country.alpha_2
    assert country_code(country_name(country.alpha_2, "en")) == country.alpha_2
    assert country_code(country_name(country.alpha_2, "zh")) == country.alpha_2


@given(any_text)
def test_country_code_is_idempotent(raw) -> None:
    code = country_code(raw)
    assert code is None or country_code(code) == code


# Currencies, numbers, units ---------------------------------------------------------

@pytest.mark.parametrize("currency", [c.alpha_3 for c in pycountry.currencies if c.alpha_3 not in ("XXX", "XTS")])
def test_every_iso_currency_resolves_to_itself(currency: str) -> None:
    assert currency_code(currency) == currency
    assert currency_code(currency.lower()) == currency


@given(any_text)
def test_currency_is_none_or_idempotent(raw) -> None:
    code = currency_code(raw)
    assert code is None or currency_code(code) == code


def _point_style(value) -> str:
    return f"{value:,.2f}"                                                     # 1,234,567.89


def _comma_style(value) -> str:
    return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")  # 1.234.567,89


@given(amounts)
def test_parse_number_reads_both_styles(value) -> None:
    expected = float(value)
    assert parse_number(_point_style(value)) == pytest.approx(expected)
    assert parse_number(_comma_style(value), decimal_comma=True) == pytest.approx(expected)
    assert parse_number(f"({_point_style(value)})") == pytest.approx(-expected)
    assert parse_number(f"$ {_point_style(value)}") == pytest.approx(expected)
    assert parse_number(f"{_comma_style(value)} €", decimal_comma=True) == pytest.approx(expected)


@given(st.one_of(st.none(), st.text(max_size=40), st.floats(), st.integers()), st.booleans())
def test_parse_number_never_raises_and_is_finite(raw, decimal_comma) -> None:
    value = parse_number(raw, decimal_comma)
    assert value is None or math.isfinite(value)


@given(st.floats(min_value=0, max_value=1e6, allow_nan=False), st.sampled_from(sorted(WEIGHT_FACTORS_TO_KG)))
def test_weight_conversions_round_trip(kg, unit) -> None:
    in_unit = kg / WEIGHT_FACTORS_TO_KG[unit]
    assert in_unit * WEIGHT_FACTORS_TO_KG[unit] == pytest.approx(kg, rel=1e-12, abs=1e-12)


def test_weight_factors_agree_with_each_other() -> None:
    assert WEIGHT_FACTORS_TO_KG["lb"] == pytest.approx(16 * WEIGHT_FACTORS_TO_KG["oz"], rel=1e-12)
    assert WEIGHT_FACTORS_TO_KG["kg"] == pytest.approx(1000 * WEIGHT_FACTORS_TO_KG["g"], rel=1e-12)


@given(st.sampled_from(["kg", "g", "lb", "oz"]), st.sampled_from(["Weight ({})", "weight_{}", "Gross weight {}", "重量({})"]))
def test_weight_unit_from_any_header_shape(unit: str, shape: str) -> None:
    assert weight_unit_from_header(shape.format(unit)) == unit


@given(st.text(max_size=40))
def test_weight_unit_never_raises(header: str) -> None:
    assert weight_unit_from_header(header) in (None, *WEIGHT_FACTORS_TO_KG)


# The importer's SQL number and date parsing ------------------------------------------

@DB_SETTINGS
@given(st.lists(amounts, min_size=1, max_size=8), st.booleans())
def test_sql_numbers_read_both_styles(memdb: Database, values, comma: bool) -> None:
    texts = [(_comma_style if comma else _point_style)(v) for v in values]
    expression = number_expression("v", comma)
    rows = memdb.query(f"SELECT {expression} AS n FROM (SELECT unnest($texts::VARCHAR[]) AS v)", {"texts": texts})
    assert rows.column("n").to_pylist() == pytest.approx([float(v) for v in values])


@given(st.lists(amounts.filter(lambda v: v >= 1000 and v != int(v)), min_size=1, max_size=8), st.booleans())
def test_decimal_style_is_detected(values, comma: bool) -> None:
    texts = [(_comma_style if comma else _point_style)(v) for v in values]
    assert detect_decimal_comma(texts, default=not comma) is comma


@DB_SETTINGS
@given(st.lists(st.text(max_size=30), max_size=6), st.booleans())
def test_sql_number_parsing_never_raises(memdb: Database, texts, comma: bool) -> None:
    expression = number_expression("v", comma)
    memdb.query(f"SELECT {expression} FROM (SELECT unnest($texts::VARCHAR[]) AS v)", {"texts": texts})


DATE_STYLES = ["%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M", "%d.%m.%Y", "%m/%d/%Y", "%Y年%m月%d日", "%d %b %Y", "%Y%m%d"]


@DB_SETTINGS
@given(
    st.lists(st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2090, 12, 31)), min_size=3, max_size=8),
    st.sampled_from(DATE_STYLES),
)
def test_sql_dates_read_back(memdb: Database, moments, style: str) -> None:
    # Days above 12 somewhere make day-first and month-first styles unambiguous.
    moments = [*moments, datetime(2026, 10, 25, 13, 45)]
    texts = [m.strftime(style) for m in moments]
    with memdb.transaction() as session:
        formats = detect_date_formats(session, texts, day_first=style.startswith("%d"))
    expression = date_expression("v", formats)
    rows = memdb.query(f"SELECT {expression} AS d FROM (SELECT unnest($texts::VARCHAR[]) AS v)", {"texts": texts})
    precision = timedelta(seconds=1) if "%S" in style else timedelta(minutes=1) if "%M" in style else timedelta(days=1)
    for moment, parsed in zip(moments, rows.column("d").to_pylist()):
        assert parsed is not None and abs(parsed - moment) < precision


@DB_SETTINGS
@given(st.lists(st.text(max_size=30), max_size=6), st.booleans())
def test_sql_date_parsing_never_raises(memdb: Database, texts, day_first: bool) -> None:
    with memdb.transaction() as session:
        formats = detect_date_formats(session, texts, day_first)
    memdb.query(f"SELECT {date_expression('v', formats)} FROM (SELECT unnest($texts::VARCHAR[]) AS v)",
                {"texts": texts})


# Text files: encodings, delimiters, headers ----------------------------------------

@given(st.binary(max_size=400))
def test_encoding_detection_never_raises(data: bytes) -> None:
    encoding = detect_encoding(data)
    codecs.lookup(encoding)
    mixed_encoding_line(data, encoding)
    looks_utf16(data)


@given(st.text(max_size=200))
def test_utf8_text_is_read_back(text: str) -> None:
    data = text.encode("utf-8")
    encoding = detect_encoding(data)
    cut = max(data.rfind(b"\n"), data.rfind(b"\r"))
    body = data[: cut + 1] if 0 < cut < len(data) - 1 else data
    if not text.isascii():
        assert body.decode(encoding) == body.decode("utf-8")
    assert mixed_encoding_line(data, encoding) is None


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=4, max_size=100))
def test_utf16_without_bom_is_recognised(text: str) -> None:
    assert detect_encoding(text.encode("utf-16-le")) == "utf-16-le"
    assert detect_encoding(text.encode("utf-16-be")) == "utf-16-be"


@given(st.lists(st.text(max_size=30), max_size=20))
def test_delimiter_sniffing_never_raises(lines) -> None:
    assert sniff_delimiter(lines) in DELIMITERS


@given(
    st.lists(st.lists(st.text(alphabet="abcXYZ019 .-", min_size=1, max_size=6), min_size=3, max_size=3),
             min_size=2, max_size=10),
    st.sampled_from(DELIMITERS),
)
@example([[" ", " ", " "], [" ", " ", " "]], ",")
@example([[" ", " ", " "], [" ", " ", " "]], "\t")
def test_delimiter_of_a_regular_table_is_found(rows, delimiter: str) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows(rows)
    assert sniff_delimiter(buffer.getvalue().splitlines()) == delimiter


@given(st.text(max_size=40))
def test_header_and_code_keys_are_idempotent(text: str) -> None:
    assert header_key(header_key(text)) == header_key(text)
    assert code_key(code_key(text)) == code_key(text)


# The importer end to end ---------------------------------------------------------------

cells = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(cells, min_size=1, max_size=5),
    st.lists(st.lists(cells, min_size=0, max_size=6), max_size=6),
    st.sampled_from(DELIMITERS),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030", "cp1252"]),
)
def test_import_of_any_small_csv_never_raises(tmp_path: Path, header, rows, delimiter: str, encoding: str) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(["Tracking Number", *header])
    writer.writerows(rows)
    try:
        data = buffer.getvalue().encode(encoding)
    except UnicodeEncodeError:
        assume(False)
    path = tmp_path / "any.csv"
    path.write_bytes(data)
    database = Database()
    try:
        result = import_file(database, path, file_name="any.csv")
        assert result.outcome in ("imported", "failed", "duplicate")
        if result.outcome == "failed":
            assert "any.csv" in result.problem.message("en") and result.problem.message("zh")
        else:
            stored = database.scalar("SELECT count(*) FROM parcel_rows")
            assert stored + result.rows_rejected == result.rows_read
    finally:
        database.close()
