"""Categorical values normalised once per distinct value, in Python, and joined back in SQL.

A million rows hold a few hundred distinct carriers, statuses and countries; the
normalisers run on those and DuckDB joins the answers to every row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pyarrow as pa

from lossanalytics.importing.dialects import Dialect
from lossanalytics.importing.run_sql import execute
from lossanalytics.normalise.carrier_modes import canonical_carrier, mode_and_source
from lossanalytics.normalise.status_evidence import decide_status, seller_vocabulary
from lossanalytics.storage.db import Session
from lossanalytics.storage.sql_text import compiled, named_query, render


def register_lookup(
    session: Session, joins: list[str], params: dict[str, Any], table: str, keys: Sequence[str],
    normalise: Callable[..., tuple[Any, ...] | str | None], value_names: Sequence[str],
) -> None:
    """Register `table(k0…, value columns)` for the distinct tuples of `keys` and join it.

    `keys` are SQL text expressions over `stage_raw s`; `normalise` takes one tuple of
    their values and returns the value (or tuple of values).
    """
    rows = execute(session, render(named_query("import_plan", "distinct_keys"), keys=[compiled(k) for k in keys]), params)
    columns: dict[str, list[Any]] = {f"k{i}": [row[i] for row in rows] for i in range(len(keys))}
    results = [normalise(*row) for row in rows]
    for index, name in enumerate(value_names):
        columns[name] = [r[index] if isinstance(r, tuple) else r for r in results]
    session.register(table, pa.table({name: pa.array(values, pa.string()) for name, values in columns.items()}))
    condition = " AND ".join(f"{table}.k{i} IS NOT DISTINCT FROM {key}" for i, key in enumerate(keys))
    joins.append(f"LEFT JOIN {table} ON {condition}")


# Words that name the unknown status itself (17TRACK NotFound, Shippo UNKNOWN, 查询不到):
# the normaliser maps them to "unknown" like words it does not know, but they are no problem.
_UNKNOWN_WORDS = re.compile(r"(not ?found|unknown|un|n/?a)([ _-].*)?|.*(查询不到|未查询到|查无|暂无信息|无信息).*", re.I)


def status_of(
    dialect: Dialect, assigned: Mapping[str, str],
) -> Callable[[str | None, str | None, str | None], tuple[str | None, ...]]:
    """(canonical status, the field that decided it, its code or words, "1" if a status or
    sub-status was given but not understood) from a row's status, sub-status and latest
    event text, by the precedence of status_evidence; `assigned` holds the seller's own
    statuses for values nothing else reads."""
    def status(main: str | None, sub: str | None, text: str | None) -> tuple[str | None, ...]:
        if main is None and sub is None and text is None:
            return None, None, None, None
        found = decide_status(dialect.translate("status", main), dialect.translate("substatus", sub), text, assigned)
        given = [raw for raw in (main, sub) if raw is not None]
        understood = found.status != "unknown" or all(_UNKNOWN_WORDS.fullmatch(raw.strip()) for raw in given)
        return found.status, found.source, found.evidence, None if understood else "1"

    return status


def carrier_and_mode_of(
    dialect: Dialect, mode_is_constant: bool,
) -> Callable[[str | None, str | None, str | None], tuple[str | None, ...]]:
    """(canonical carrier, mode, where the mode came from) from the carrier, service and
    mode texts (DESIGN §5): "column", "service", "carrier", or "dialect" when the mode is
    the dialect's constant for the whole file."""
    def carrier_and_mode(carrier_raw: str | None, service: str | None, mode_raw: str | None) -> tuple[str | None, ...]:
        carrier = canonical_carrier(dialect.translate("carrier", carrier_raw), service)
        mode, source = mode_and_source(carrier, service, dialect.translate("mode", mode_raw))
        if source == "explicit":
            source = "dialect" if mode_is_constant else "column"
        return carrier, None if mode == "unknown" else mode, source

    return carrier_and_mode


def seller_statuses(session: Session) -> dict[str, str]:
    """The statuses the seller gave values the product could not read (table
    status_vocabulary), keyed by status_evidence.vocabulary_key and, where a shape's values
    agree, by its shape_key (status_evidence.seller_vocabulary)."""
    return seller_vocabulary(session.execute(named_query("status_vocabulary", "by_key")))
