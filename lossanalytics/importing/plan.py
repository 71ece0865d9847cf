"""Build the SQL that turns staged raw cells into canonical, typed parcel fields.

Categorical columns (status, carrier, country, currency) are normalised in Python
once per distinct value and joined back in DuckDB; dates and numbers are parsed by
DuckDB with the formats detected on a sample. That keeps a million-row import in SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pyarrow as pa

from lossanalytics.db import Session
from lossanalytics.importing.fields import FIELDS, Parse
from lossanalytics.importing.formats import date_expression, detect_date_formats, detect_decimal_comma, number_expression
from lossanalytics.importing.readers import StagedFile
from lossanalytics.normalise.carriers import canonical_carrier, infer_mode
from lossanalytics.normalise.countries import country_code
from lossanalytics.normalise.statuses import canonical_status, status_from_event_text
from lossanalytics.normalise.units import WEIGHT_FACTORS_TO_KG, currency_code, weight_unit_from_header

SAMPLE_ROWS = 2000
EARLIEST, LATEST = "1990-01-01", "2100-01-01"
# Fields whose raw text is kept beside the parsed value, to report what could not be read.
CHECKED = (Parse.DATE, Parse.NUMBER, Parse.WEIGHT, Parse.COUNTRY, Parse.CURRENCY, Parse.STATUS)


@dataclass
class Plan:
    """SELECT expressions per canonical field, and the columns that fed them."""

    expressions: dict[str, str] = field(default_factory=dict)
    raw: dict[str, str] = field(default_factory=dict)       # field → raw text SQL, for checked fields
    headers: dict[str, str] = field(default_factory=dict)   # field → header as in the file
    joins: list[str] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)     # field → detected format, unit, …
    params: dict[str, str] = field(default_factory=dict)    # bound values the expressions refer to


def _text(column_index: int) -> str:
    return f"nullif(trim(CAST(s.c{column_index} AS VARCHAR)), '')"


def build_plan(session: Session, staged: StagedFile) -> Plan:
    """Detect formats, register lookup tables, and return the normalising expressions."""
    dialect = staged.recognition.dialect
    mapping = staged.recognition.mapping
    plan = Plan()
    sample = _sample(session, mapping)
    for name, index in mapping.items():
        kind = FIELDS[name]
        text = _text(index)
        plan.headers[name] = staged.headers[index]
        if kind in CHECKED:
            plan.raw[name] = text
        if kind is Parse.KEY:
            plan.expressions[name] = f"nullif(upper(regexp_replace({text}, '[\\s\\x{{00A0}}]+', '', 'g')), '')"
        elif kind is Parse.TEXT:
            plan.expressions[name] = text
        elif kind is Parse.DATE:
            formats = detect_date_formats(session, sample[name], dialect.day_first)
            plan.notes[name] = " | ".join(formats)
            parsed = date_expression(text, formats)
            # Dates outside any plausible shipping era are typos or placeholders (1900-01-01).
            plan.expressions[name] = f"(CASE WHEN ({parsed}) BETWEEN TIMESTAMP '{EARLIEST}' AND TIMESTAMP '{LATEST}' THEN ({parsed}) END)"
        elif kind in (Parse.NUMBER, Parse.WEIGHT):
            decimal_comma = detect_decimal_comma(sample[name], dialect.decimal_comma)
            expression = number_expression(text, decimal_comma)
            if kind is Parse.WEIGHT:
                unit = weight_unit_from_header(staged.headers[index]) or dialect.constants.get("weight_unit", "kg")
                plan.notes[name] = unit
                expression = f"({expression}) * {WEIGHT_FACTORS_TO_KG[unit]!r}"
            plan.expressions[name] = expression
        elif kind is Parse.STATUS:
            plan.expressions[name] = _lookup(session, plan, "lk_status", text, canonical_status)
        elif kind is Parse.COUNTRY:
            plan.expressions[name] = _lookup(session, plan, f"lk_{name}", text, country_code)
        elif kind is Parse.CURRENCY:
            plan.expressions[name] = _lookup(session, plan, "lk_currency", text, currency_code)
    _status_from_text(session, plan, mapping)
    _carrier_and_mode(session, plan, mapping, dialect.constants)
    return plan


def _status_from_text(session: Session, plan: Plan, mapping: dict[str, int]) -> None:
    """Where the status column is missing or unrecognised, read the status from the event text."""
    if "last_event_text" not in mapping:
        return
    from_text = _lookup(session, plan, "lk_text_status", _text(mapping["last_event_text"]), status_from_event_text)
    current = plan.expressions.get("status")
    plan.expressions["status"] = (
        from_text if current is None else f"CASE WHEN coalesce({current}, 'unknown') = 'unknown' THEN {from_text} ELSE {current} END"
    )


def _sample(session: Session, mapping: dict[str, int]) -> dict[str, list[str]]:
    """Up to SAMPLE_ROWS distinct non-empty texts of each date and number column."""
    wanted = {name: idx for name, idx in mapping.items() if FIELDS[name] in (Parse.DATE, Parse.NUMBER, Parse.WEIGHT)}
    sample: dict[str, list[str]] = {}
    for name, index in wanted.items():
        rows = session.execute(
            f"SELECT DISTINCT {_text(index)} AS v FROM stage_raw s WHERE v IS NOT NULL LIMIT {SAMPLE_ROWS}"
        )
        sample[name] = [row[0] for row in rows]
    return sample


def _lookup(session: Session, plan: Plan, table: str, text: str, normalise: Callable[[str], str | None]) -> str:
    """Register `table(raw, value)` for the distinct texts and return the joined value column."""
    distinct = [row[0] for row in session.execute(f"SELECT DISTINCT {text} FROM stage_raw s WHERE {text} IS NOT NULL")]
    values = [normalise(raw) for raw in distinct]
    session.register(table, pa.table({"raw": pa.array(distinct, pa.string()), "value": pa.array(values, pa.string())}))
    plan.joins.append(f"LEFT JOIN {table} ON {table}.raw = {text}")
    return f"{table}.value"


def _carrier_and_mode(session: Session, plan: Plan, mapping: dict[str, int], constants: dict[str, str]) -> None:
    """Carrier and mode come from carrier, service and mode columns together (DESIGN §5)."""
    parts = {}
    for name in ("carrier", "service", "mode"):
        if name in mapping:
            parts[name] = _text(mapping[name])
        else:
            parts[name] = "CAST(NULL AS VARCHAR)"
    if "carrier" in constants and "carrier" not in mapping:
        parts["carrier"] = "CAST($carrier_constant AS VARCHAR)"
        plan.params["carrier_constant"] = constants["carrier"]
    if all(name not in mapping for name in ("carrier", "service", "mode")) and "carrier" not in constants:
        return
    rows = session.execute(
        f"SELECT DISTINCT {parts['carrier']}, {parts['service']}, {parts['mode']} FROM stage_raw s",
        plan.params or None,
    )
    carriers, modes = [], []
    for carrier_raw, service, mode_raw in rows:
        carrier = canonical_carrier(carrier_raw, service)
        carriers.append(carrier)
        mode = infer_mode(carrier, service, mode_raw)
        modes.append(None if mode == "unknown" else mode)
    session.register(
        "lk_carrier",
        pa.table({
            "carrier_raw": pa.array([r[0] for r in rows], pa.string()),
            "service": pa.array([r[1] for r in rows], pa.string()),
            "mode_raw": pa.array([r[2] for r in rows], pa.string()),
            "carrier": pa.array(carriers, pa.string()),
            "mode": pa.array(modes, pa.string()),
        }),
    )
    plan.joins.append(
        "LEFT JOIN lk_carrier ON lk_carrier.carrier_raw IS NOT DISTINCT FROM " + parts["carrier"]
        + " AND lk_carrier.service IS NOT DISTINCT FROM " + parts["service"]
        + " AND lk_carrier.mode_raw IS NOT DISTINCT FROM " + parts["mode"]
    )
    plan.expressions["carrier"] = "lk_carrier.carrier"
    plan.expressions["carrier_raw"] = parts["carrier"]
    plan.expressions["mode"] = "lk_carrier.mode"
    if "mode" in mapping:
        plan.raw["mode"] = parts["mode"]
