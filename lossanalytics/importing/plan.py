"""Build the one query that turns staged raw cells into canonical, typed parcel fields.

Dates and numbers are parsed by DuckDB with the formats detected on a sample (or taken
as they are when a spreadsheet cell is already typed); categorical columns go through
lookups.py. The same query flags, per row, why it cannot be stored (`reject_reason`)
and which values had to be left empty (`problems`, one bit per checked field), so
rejects need no second pass over the file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from lossanalytics.importing.dialects import Dialect
from lossanalytics.importing.fields import FIELDS, ORDER_KEY_PREFIX, Parse
from lossanalytics.importing.headers import read_header
from lossanalytics.importing.keys import damaged_sql, key_sql, repeats_header_sql
from lossanalytics.importing.lookups import carrier_and_mode_of, register_lookup, seller_statuses, status_of
from lossanalytics.importing.readers import StagedFile
from lossanalytics.importing.run_sql import execute
from lossanalytics.importing.value_formats import (
    contradicts_sql,
    date_expression,
    date_order,
    detect_date_formats,
    detect_decimal_comma,
    number_expression,
)
from lossanalytics.normalise.countries import country_code
from lossanalytics.normalise.units import WEIGHT_FACTORS_TO_KG, currency_code, weight_unit_from_header
from lossanalytics.storage.db import Session
from lossanalytics.storage.sql_text import compiled, fragment, identifier, named_query, render

SAMPLE_ROWS = 2000
TIME_TYPES = ("TIMESTAMP", "DATE", "TIMESTAMP_NS", "TIMESTAMP_MS", "TIMESTAMP_S", "TIMESTAMP WITH TIME ZONE")
NUMBER_TYPES = ("BIGINT", "INTEGER", "DOUBLE", "FLOAT", "SMALLINT", "TINYINT", "HUGEINT", "UBIGINT")
# Checked fields: a value that is there but cannot be read is left empty with this reason.
WARNING_REASONS = {
    Parse.DATE: "reject.bad_date",
    Parse.NUMBER: "reject.bad_number",
    Parse.WEIGHT: "reject.bad_number",
    Parse.COUNTRY: "reject.unknown_country",
    Parse.CURRENCY: "reject.unknown_currency",
    Parse.STATUS: "reject.unknown_status",
}
# Numbers a shipment can really have (stage columns, weight in kg): a negative value or a
# typo of twelve digits is left empty with its own reason, never summed into a value at loss.
# Forwarders' consignments are heavy (SCMS lists one of 857 tonnes): up to 1,000 tonnes.
PLAUSIBLE_RANGES: dict[str, tuple[float, float]] = {
    "declared_value": (0.0, 1e12), "insured_value": (0.0, 1e12), "weight_kg": (0.0, 1e6),
}


@dataclass
class Check:
    """One checked field: its problem bit, header and reason, the raw text SQL (over
    `stage_raw s`), and the SQL over the normalised columns that says it was not read.

    How to tell, without judging every row, that the check left nothing empty (writer.judge):
    `stored` is the stored column that is empty exactly where a present value was not read
    (as many values stored as present means none failed); `failing` is SQL over the check's
    lookup table (`lookup`) true for a key the check fails, or, without a lookup, over the
    import's stored rows (its `bad` over their columns). A check with none of them is judged.
    """

    bit: int
    field: str
    header: str
    reason: str
    raw: str
    bad: str
    stored: str | None = None
    lookup: str | None = None
    failing: str | None = None


@dataclass
class Plan:
    """Expressions per canonical field, the joins they need, and the checks."""

    expressions: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)   # field → header as in the file
    joins: list[str] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)     # field → detected format, unit, …
    params: dict[str, object] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)
    inner: dict[str, str] = field(default_factory=dict)     # helper columns the checks read
    # SQL over the normalised columns: why a row cannot be stored, or NULL.
    reject_reason: str = "NULL"
    reject_headers: dict[str, str] = field(default_factory=dict)  # reason → header it names
    # field → what its header said and how it was applied: currency, weight_unit, zone
    # (as written) and zone_applied ("yes" or "no"), for the Import page.
    from_header: dict[str, dict[str, str]] = field(default_factory=dict)
    reject_values: dict[str, str] = field(default_factory=dict)   # reason → raw text SQL it shows

    def check(self, name: str, raw: str, bad: str, reason: str | None = None, **proof: str) -> None:
        """Check that a present `name` value was read; `bad` is SQL over the normalised columns;
        `proof` is Check.stored, or Check.lookup and Check.failing."""
        reason = reason or WARNING_REASONS[FIELDS[name]]
        self.checks.append(Check(len(self.checks), name, self.headers[name], reason, raw, bad, **proof))

    def problems(self, checks: list[Check] | None = None) -> str:
        """SQL over the normalised columns and raw_<bit> texts: the bit mask of the values
        `checks` (every check by default) left unread."""
        chosen = self.checks if checks is None else checks
        bits = [f"CASE WHEN raw_{c.bit} IS NOT NULL AND {c.bad} THEN {1 << c.bit} ELSE 0 END" for c in chosen]
        return " + ".join(bits) if bits else "0"


class _Columns:
    """Raw text (or typed value) SQL of each mapped field, or of its dialect constant."""

    def __init__(self, staged: StagedFile, plan: Plan) -> None:
        self.staged, self.plan = staged, plan
        self.mapping = staged.recognition.mapping
        self.fallbacks = staged.recognition.fallbacks
        self.constants = dict(staged.recognition.dialect.constants)
        self.header_currency: str | None = None
        # A currency in a value's header is every row's currency, unless a currency
        # column says it row by row; it is more specific than a dialect's constant.
        for name in ("declared_value", "insured_value"):
            currency = read_header(plan.headers[name]).currency if name in self.mapping else None
            if currency is not None:
                plan.from_header.setdefault(name, {})["currency"] = currency
                self.header_currency = self.header_currency or currency
                if "currency" not in self.mapping and "currency" not in plan.from_header:
                    self.constants["currency"] = currency
                    plan.from_header["currency"] = {"currency": currency}

    def has(self, name: str) -> bool:
        return name in self.mapping or name in self.constants

    def type(self, name: str) -> str:
        """The staged type of a field's column ("VARCHAR" when its fallback's type differs)."""
        if name not in self.mapping:
            return "VARCHAR"
        own = self.staged.types[self.mapping[name]]
        fallback = self.fallbacks.get(name)
        return own if fallback is None or self.staged.types[fallback] == own else "VARCHAR"

    def text(self, name: str) -> str:
        if name in self.mapping:
            # Staged text is trimmed, blanks are NULL: an empty cell takes its fallback's text.
            columns = [self.mapping[name], *([self.fallbacks[name]] if name in self.fallbacks else [])]
            texts = [f"s.c{i}" if self.staged.types[i] == "VARCHAR" else f"CAST(s.c{i} AS VARCHAR)" for i in columns]
            return texts[0] if len(texts) == 1 else f"coalesce({', '.join(texts)})"
        if name in self.constants:
            self.plan.params[f"constant_{name}"] = self.constants[name]
            return f"CAST($constant_{name} AS VARCHAR)"
        return "CAST(NULL AS VARCHAR)"

    def typed(self, name: str) -> str:
        if name in self.fallbacks:
            return f"coalesce(s.c{self.mapping[name]}, s.c{self.fallbacks[name]})"
        return f"s.c{self.mapping[name]}"


def build_plan(session: Session, staged: StagedFile, kind: str) -> Plan:
    """Detect formats, register lookup tables, and return the normalising expressions."""
    dialect = staged.recognition.dialect
    plan = Plan(headers={name: staged.headers[i] for name, i in staged.recognition.mapping.items()})
    cols = _Columns(staged, plan)
    for name, kind_of in FIELDS.items():
        if not cols.has(name) or kind_of not in (Parse.DATE, Parse.NUMBER, Parse.WEIGHT, Parse.TEXT):
            continue
        if kind_of is Parse.DATE:
            plan.expressions[name] = _date(session, cols, name, dialect)
        elif kind_of in (Parse.NUMBER, Parse.WEIGHT):
            plan.expressions[name] = _number(session, cols, name, dialect)
        else:
            plan.expressions[name] = cols.text(name)
        if kind_of is not Parse.TEXT and name in cols.mapping:
            column = "weight_kg" if name == "weight" else name
            # A missing text parses to NULL, so a stored value always had a text.
            if column in PLAUSIBLE_RANGES:  # read, but not believable: its own reason
                plan.check(name, cols.text(name), f"{column} IS NULL AND NOT implausible_{column}", stored=column)
                plan.check(name, cols.text(name), f"implausible_{column}", reason="reject.out_of_range", stored=column)
            elif f"misordered_{name}" in plan.inner:  # day and month the other way round: its own reason
                plan.check(name, cols.text(name), f"{column} IS NULL AND NOT misordered_{name}", stored=column)
                plan.check(name, cols.text(name), f"{column} IS NULL AND misordered_{name}", reason="reject.date_order",
                           stored=column)
            else:
                plan.check(name, cols.text(name), f"{column} IS NULL", stored=column)
    _before_shipping(cols)
    _key(cols, dialect, kind)
    for name in ("origin_country", "dest_country", "currency"):
        if cols.has(name):
            normalise = country_code if FIELDS[name] is Parse.COUNTRY else currency_code
            register_lookup(session, plan.joins, plan.params, f"lk_{name}", [cols.text(name)],
                            lambda raw, n=name, f=normalise: f(dialect.translate(n, raw)), ["value"])
            plan.expressions[name] = f"lk_{name}.value"
            if name == "currency" and name in cols.mapping and cols.header_currency is not None:
                # A row the currency column leaves empty is in the header's currency.
                plan.params["header_currency"] = cols.header_currency
                plan.expressions[name] = "coalesce(lk_currency.value, CAST($header_currency AS VARCHAR))"
            if name in cols.mapping:
                plan.check(name, cols.text(name), f"{name} IS NULL", lookup=f"lk_{name}",
                           failing="k0 IS NOT NULL AND value IS NULL")
    _status(session, cols, dialect, seller_statuses(session))
    _carrier_and_mode(session, cols, dialect)
    if "detail" in plan.expressions:
        plan.expressions["last_event_text"] = (
            f"nullif(concat_ws(': ', {plan.expressions.get('last_event_text', 'NULL')}, {plan.expressions['detail']}), '')"
        )
    return plan


def _date(session: Session, cols: _Columns, name: str, dialect: Dialect) -> str:
    if cols.type(name) in TIME_TYPES:
        cols.plan.notes[name] = "typed"
        expression = f"CAST({cols.typed(name)} AS TIMESTAMP)"
        if cols.type(name) == "TIMESTAMP WITH TIME ZONE":
            return expression
        has_time = f"({expression} <> date_trunc('day', {expression}))"
    else:
        sample = _sample(session, cols.text(name), cols.plan)
        order = date_order(session, cols.text(name), cols.plan.params, sample, dialect.day_first)
        if order.contradicting:
            cols.plan.inner[f"misordered_{name}"] = contradicts_sql(cols.text(name), order.day_first)
        formats = detect_date_formats(session, sample, order.day_first)
        cols.plan.notes[name] = " | ".join(formats)
        expression = date_expression(cols.text(name), formats)
        # A time of day, and no zone or offset of the value's own (epoch milliseconds are UTC).
        has_time = (f"(contains({cols.text(name)}, ':') AND NOT regexp_matches({cols.text(name)}, "
                    f"'(?i)(z|utc|gmt|[+-][0-9]{{2}}:?[0-9]{{2}})$'))")
    return _in_header_zone(cols, name, expression, has_time)


def _in_header_zone(cols: _Columns, name: str, expression: str, has_time: str) -> str:
    """`expression` converted to UTC from the time zone its header names (headers.py)."""
    reading = read_header(cols.plan.headers.get(name, ""))
    if reading.zone_text is None:
        return expression
    applied = reading.time_zone is not None
    cols.plan.from_header[name] = {"zone": reading.zone_text, "zone_applied": "yes" if applied else "no"}
    if not applied:
        return expression
    if reading.utc_offset_minutes is not None:
        cols.plan.params[f"offset_{name}"] = reading.utc_offset_minutes
        utc = f"({expression} - to_minutes(CAST($offset_{name} AS BIGINT)))"
    else:
        cols.plan.params[f"zone_{name}"] = reading.time_zone
        utc = f"CAST(timezone(CAST($zone_{name} AS VARCHAR), {expression}) AT TIME ZONE 'UTC' AS TIMESTAMP)"
    return f"CASE WHEN {has_time} THEN {utc} ELSE {expression} END"


def _number(session: Session, cols: _Columns, name: str, dialect: Dialect) -> str:
    if cols.type(name) in NUMBER_TYPES:
        expression = f"CAST({cols.typed(name)} AS DOUBLE)"
    else:
        decimal_comma = detect_decimal_comma(_sample(session, cols.text(name), cols.plan), dialect.decimal_comma)
        expression = number_expression(cols.text(name), decimal_comma)
    if FIELDS[name] is not Parse.WEIGHT:
        return expression
    header = cols.plan.headers.get(name, "")
    unit = weight_unit_from_header(header) or dialect.constants.get("weight_unit") or "kg"
    cols.plan.notes[name] = unit
    if weight_unit_from_header(header) is not None and "weight_unit" not in cols.mapping:
        cols.plan.from_header[name] = {"weight_unit": unit}
    if "weight_unit" in cols.mapping:  # a unit per row, else the header's or the dialect's
        register_lookup(session, cols.plan.joins, cols.plan.params, "lk_weight_unit", [cols.text("weight_unit")],
                        lambda raw: str(WEIGHT_FACTORS_TO_KG.get(weight_unit_from_header(raw or ""), "")) or None,
                        ["value"])
        cols.plan.notes[name] = "per row"
        factor = f"coalesce(CAST(lk_weight_unit.value AS DOUBLE), {WEIGHT_FACTORS_TO_KG[unit]!r})"
    else:
        factor = repr(WEIGHT_FACTORS_TO_KG[unit])
    # To the milligram: 350 g is 0.35 kg, not 0.35000000000000003.
    return f"round(({expression}) * {factor}, 6)"


def _before_shipping(cols: _Columns) -> None:
    """Warn of a delivery or a latest scan dated before the parcel's ship date in the same row: a
    date is wrong, and only the seller can tell which, so both are kept (the rates leave the
    transit time out). A date without a time of day is some time that day, so a delivery dated
    the day of a ship time is no warning."""
    if not cols.has("ship_date"):
        return
    reasons = {"delivered_date": "reject.delivered_before_shipped", "last_event_time": "reject.scanned_before_shipped"}
    for name, reason in reasons.items():
        if name in cols.mapping:
            # The rule the rates and lanes apply (queries/shipping.sql): not after shipping is before it.
            after = render(fragment("shipping", "after_shipping"), date=identifier(name, tuple(reasons)))
            bad = f"coalesce(NOT {after}, false)"
            cols.plan.check(name, cols.text(name), bad, reason=reason, failing=bad)


def _key(cols: _Columns, dialect: Dialect, kind: str) -> None:
    """The parcel key: the tracking number, else (orders, tracking) the order's placeholder key.

    A row that repeats the header, or whose key lost digits in a spreadsheet, is set aside.
    """
    plan = cols.plan
    key_header = plan.headers.get("tracking_number") or plan.headers.get("order_id", "")
    plan.inner["repeats_header"] = repeats_header_sql(cols.staged.headers, cols.staged.types, plan.params)
    plan.reject_headers["reject.repeated_header"] = key_header
    reasons = ["WHEN repeats_header THEN 'reject.repeated_header'"]
    for name in ("tracking_number", "order_id"):
        if name in cols.mapping:
            plan.inner[f"damaged_{name}"] = damaged_sql(cols.text(name))
            plan.reject_headers[f"reject.damaged_{name}"] = plan.headers[name]
            plan.reject_values[f"reject.damaged_{name}"] = cols.text(name)
            reasons.append(f"WHEN damaged_{name} THEN 'reject.damaged_{name}'")
    key = "CAST(NULL AS VARCHAR)"
    if "tracking_number" in cols.mapping:
        key = key_sql(cols.text("tracking_number"), plan.params)
        if dialect.key_prefix:
            plan.params["key_prefix"] = dialect.key_prefix
            key = f"($key_prefix || {key})"
    missing = "reject.missing_tracking_number"
    if "order_id" in cols.mapping and kind != "events":
        plan.params["order_prefix"] = ORDER_KEY_PREFIX
        key = f"coalesce({key}, $order_prefix || {plan.expressions['order_id']})"
        missing = "reject.missing_key" if "tracking_number" in cols.mapping else "reject.missing_order_id"
    plan.expressions["tracking_number"] = key
    plan.reject_headers[missing] = key_header
    reasons.append(f"WHEN tracking_number IS NULL THEN '{missing}'")
    if kind == "events":
        reasons.append("WHEN event_time IS NULL THEN 'reject.missing_event_time'")
        plan.reject_headers["reject.missing_event_time"] = plan.headers.get("event_time", "")
    plan.reject_reason = "CASE " + " ".join(reasons) + " END"


def _status(session: Session, cols: _Columns, dialect: Dialect, assigned: Mapping[str, str]) -> None:
    """Status from the status, sub-status and latest event text together, with the field
    and words that decided it (normalise.status_evidence)."""
    plan = cols.plan
    has_text = "last_event_text" in cols.mapping
    if not (cols.has("status") or cols.has("substatus") or has_text):
        return
    keys = [cols.text("status"), cols.text("substatus"), cols.text("last_event_text") if has_text else "NULL"]
    register_lookup(session, plan.joins, plan.params, "lk_status", keys, status_of(dialect, assigned),
                    ["value", "source", "evidence", "unrecognised"])
    plan.expressions.update(status="lk_status.value", status_source="lk_status.source",
                            status_evidence="lk_status.evidence")
    if cols.has("status") or cols.has("substatus"):
        plan.inner["status_unrecognised"] = "lk_status.unrecognised IS NOT NULL"
        plan.expressions["status_raw"] = f"nullif(concat_ws(' / ', {keys[0]}, {keys[1]}), '')"
    checked = next((name for name in ("status", "substatus") if name in cols.mapping), None)
    if checked is not None:
        plan.check(checked, cols.text(checked), "coalesce(status, 'unknown') = 'unknown' AND status_unrecognised",
                   lookup="lk_status", failing="unrecognised IS NOT NULL AND coalesce(value, 'unknown') = 'unknown'")


def _carrier_and_mode(session: Session, cols: _Columns, dialect: Dialect) -> None:
    """Carrier and mode come from carrier, service and mode columns together (DESIGN §5)."""
    if not any(cols.has(name) for name in ("carrier", "service", "mode")):
        return
    keys = [cols.text(name) for name in ("carrier", "service", "mode")]
    lookup = carrier_and_mode_of(dialect, mode_is_constant="mode" not in cols.mapping)
    register_lookup(session, cols.plan.joins, cols.plan.params, "lk_carrier", keys, lookup,
                    ["carrier", "mode", "mode_source"])
    cols.plan.expressions.update(carrier="lk_carrier.carrier", carrier_raw=keys[0], mode="lk_carrier.mode",
                                 mode_source="lk_carrier.mode_source")


def _sample(session: Session, text: str, plan: Plan) -> list[str]:
    """Up to SAMPLE_ROWS distinct non-empty texts of a column."""
    sql = render(named_query("import_plan", "sample"), text=compiled(text))
    rows = execute(session, sql, {**plan.params, "sample_rows": SAMPLE_ROWS})
    return [row[0] for row in rows]
