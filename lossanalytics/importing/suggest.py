"""Suggest a column mapping for a file no format recognises (the Import page's mapping screen).

Each column gets the canonical field it most likely holds and a confidence from 0 to 1:
how much its header resembles the header names the built-in formats use, and how many
of its values look like that field (tracking numbers, dates, countries, statuses, …).
The seller confirms or edits the mapping and saves it as a profile (profiles.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from lossanalytics.importing.catalogue import DIALECTS, HEADER_VOCABULARY
from lossanalytics.importing.dialects import header_key
from lossanalytics.importing.fields import FIELDS, KEY_FIELDS, Parse
from lossanalytics.importing.headers import read_header
from lossanalytics.importing.readers import file_tables, find_header
from lossanalytics.importing.source_tables import HEADER_SEARCH_ROWS, Table
from lossanalytics.importing.value_formats import DATE_FORMATS
from lossanalytics.normalise.carrier_modes import infer_mode
from lossanalytics.normalise.countries import country_code
from lossanalytics.normalise.statuses import canonical_status
from lossanalytics.normalise.units import currency_code, parse_number, weight_unit_from_header

THRESHOLD = 0.45       # below this a column is left unmapped
SAMPLES_SHOWN = 5
_TRACKING = re.compile(r"[A-Z0-9][A-Z0-9-]{6,38}[A-Z0-9]")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class ColumnSuggestion:
    """One column: its header, a few values, and the field it most likely holds."""

    index: int
    header: str
    samples: tuple[str, ...]
    field: str | None          # a key of fields.FIELDS, or None to ignore the column
    confidence: float          # 0–1, two decimals


@dataclass(frozen=True)
class Suggestion:
    """What the mapping screen shows for one file (or one sheet of a workbook)."""

    file_name: str
    sheet: str | None
    sheets: list[str]
    header_row: int            # 1-based
    headers: list[str]
    columns: list[ColumnSuggestion]
    recognised_as: str | None  # the built-in format that already reads the file, if any

    @property
    def mapping(self) -> dict[str, str | None]:
        """Header → suggested field, in the form save_profile takes."""
        return {column.header: column.field for column in self.columns if column.header}


def suggest_mapping(path: Path, file_name: str | None = None, sheet: str | None = None) -> Suggestion:
    """Read the top of `path` and suggest a field and confidence for each column.

    Of a workbook's sheets (unless `sheet` names one) it takes the first a built-in format
    recognises, else the one whose columns look most like a parcel list.
    """
    name = file_name or Path(path).name
    tables = file_tables(Path(path), name, sheet)
    found = [(table, find_header(table.head, DIALECTS)) for table in tables]
    recognised = next(((t, f) for t, f in found if f is not None), None)
    if recognised is not None:
        table, (index, recognition) = recognised
        fields = {i: n for n, i in recognition.mapping.items()}
        scores = {i: (fields.get(i), 1.0 if i in fields else 0.0) for i in range(len(table.head[index]))}
        recognised_as: str | None = recognition.dialect.name
    else:
        table, index, scores = max((_guess(table) for table in tables), key=_strength)
        recognised_as = None
    headers = list(table.head[index])
    values = _columns(table.head, index)
    columns = [
        ColumnSuggestion(i, h, tuple(values[i][:SAMPLES_SHOWN]), scores[i][0], round(scores[i][1], 2))
        for i, h in enumerate(headers)
    ]
    return Suggestion(name, table.name if table.sheets else None, table.sheets, index + 1, headers, columns,
                      recognised_as)


def _guess(table: Table) -> tuple[Table, int, dict[int, tuple[str | None, float]]]:
    """A table nothing recognises: its likely header row and each column's likely field."""
    index = _header_index(table.head)
    return table, index, _assign(table.head[index], _columns(table.head, index))


def _strength(guess: tuple[Table, int, dict[int, tuple[str | None, float]]]) -> tuple[bool, float]:
    """How much a guessed mapping could import: a key field first, then the confidence of all fields."""
    fields = {name: confidence for name, confidence in guess[2].values() if name}
    return bool(set(KEY_FIELDS) & set(fields)), sum(fields.values())


def _header_index(rows: Sequence[Sequence[str]]) -> int:
    """The header of an unknown file: the first top row with the most text cells."""
    def text_cells(row: Sequence[str]) -> int:
        return sum(1 for cell in row if cell and parse_number(cell) is None)

    top = list(rows[:HEADER_SEARCH_ROWS])
    best = max((text_cells(r) for r in top), default=0)
    return next((i for i, r in enumerate(top) if text_cells(r) == best), 0)


def _columns(rows: Sequence[Sequence[str]], index: int) -> list[list[str]]:
    width = len(rows[index])
    return [[row[i] for row in rows[index + 1 :] if i < len(row) and row[i]] for i in range(width)]


def _assign(headers: Sequence[str], values: list[list[str]]) -> dict[int, tuple[str | None, float]]:
    """Each column's best field, strongest first, each field used once."""
    candidates = sorted(
        ((_confidence(h, name, values[i]), i, name) for i, h in enumerate(headers) if h for name in FIELDS),
        reverse=True,
    )
    result: dict[int, tuple[str | None, float]] = {i: (None, 0.0) for i in range(len(headers))}
    used: set[str] = set()
    for confidence, column, name in candidates:
        if confidence >= THRESHOLD and result[column][0] is None and name not in used:
            result[column] = (name, confidence)
            used.add(name)
    return result


def _confidence(header: str, name: str, values: list[str]) -> float:
    # The header as written, and without its unit, currency or zone ("Value (EUR)").
    keys = {header_key(header), header_key(read_header(header).name)}
    header_score = max((_similarity(key, alias) for key in keys for alias in _aliases()[name]), default=0.0)
    value_score = _value_fit(name, values)
    if value_score is None:
        return 0.85 * header_score
    return 0.6 * header_score + 0.4 * value_score


@lru_cache(maxsize=1)
def _aliases() -> dict[str, set[str]]:
    aliases: dict[str, set[str]] = {name: set() for name in FIELDS}
    for dialect in HEADER_VOCABULARY:
        for name, names in dialect.aliases.items():
            aliases[name].update(header_key(n) for n in names)
    return aliases


def _similarity(header: str, alias: str) -> float:
    if header == alias:
        return 1.0
    words, alias_words = set(header.split()), set(alias.split())
    overlap = len(words & alias_words) / len(words | alias_words)
    return max(overlap, SequenceMatcher(None, header, alias).ratio() * 0.9)


def _value_fit(name: str, values: list[str]) -> float | None:
    """The share of values that look like field `name`, or None if values cannot tell."""
    test = _VALUE_TESTS.get(name) or _VALUE_TESTS.get(FIELDS[name])
    if test is None or not values:
        return None
    share = sum(1 for v in values if test(v)) / len(values)
    if name == "tracking_number":  # tracking numbers are unique
        share *= len(set(values)) / len(values)
    return share


def _is_date(text: str) -> bool:
    if re.fullmatch(r"1\d{12}", text):
        return True
    try:
        datetime.fromisoformat(text)  # Python 3.11 reads a trailing "Z"
        return True
    except ValueError:
        pass
    for fmt in DATE_FORMATS:
        try:
            datetime.strptime(text, fmt)
            return True
        except ValueError:
            continue
    return False


def _is_number(text: str) -> bool:
    return parse_number(text) is not None or parse_number(text, decimal_comma=True) is not None


_VALUE_TESTS = {
    "tracking_number": lambda v: bool(_TRACKING.fullmatch(v.upper().replace(" ", ""))) and bool(_DIGIT.search(v))
    and not _is_date(v),
    "carrier": lambda v: infer_mode(v, None) != "unknown",
    "mode": lambda v: len(v) < 20 and infer_mode(None, None, v) != "unknown",
    "weight_unit": lambda v: weight_unit_from_header(v) is not None,
    Parse.STATUS: lambda v: canonical_status(v) != "unknown",
    Parse.COUNTRY: lambda v: country_code(v) is not None,
    Parse.CURRENCY: lambda v: len(v) <= 4 and currency_code(v) is not None,
    Parse.DATE: _is_date,
    Parse.NUMBER: _is_number,
    Parse.WEIGHT: _is_number,
}
