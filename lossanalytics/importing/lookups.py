"""Categorical values normalised once per distinct value, in Python, and joined back in SQL.

A million rows hold a few hundred distinct carriers, statuses and countries; the
normalisers run on those and DuckDB joins the answers to every row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pyarrow as pa

from lossanalytics.db import Session
from lossanalytics.importing.dialects import Dialect
from lossanalytics.importing.sqltext import execute
from lossanalytics.normalise.carriers import canonical_carrier, infer_mode
from lossanalytics.normalise.statuses import canonical_status, status_from_event_text


def register_lookup(
    session: Session, joins: list[str], params: dict, table: str, keys: Sequence[str],
    normalise: Callable[..., tuple | str | None], value_names: Sequence[str], where: str = "", after: str = "",
) -> None:
    """Register `table(k0…, value columns)` for the distinct tuples of `keys` and join it.

    `keys` are SQL text expressions over `stage_raw s`; `normalise` takes one tuple of
    their values and returns the value (or tuple of values). `where` may filter on the
    lookup joined as `after`.
    """
    key_list = ", ".join(keys)
    source = next((j for j in joins if j.startswith(f"LEFT JOIN {after} ")), "") if after else ""
    rows = execute(session, f"SELECT DISTINCT {key_list} FROM stage_raw s {source} {where}", params)
    columns: dict[str, list] = {f"k{i}": [row[i] for row in rows] for i in range(len(keys))}
    results = [normalise(*row) for row in rows]
    for index, name in enumerate(value_names):
        columns[name] = [r[index] if isinstance(r, tuple) else r for r in results]
    session.register(table, pa.table({name: pa.array(values, pa.string()) for name, values in columns.items()}))
    condition = " AND ".join(f"{table}.k{i} IS NOT DISTINCT FROM {key}" for i, key in enumerate(keys))
    joins.append(f"LEFT JOIN {table} ON {condition}")


# Words that name the unknown status itself (17TRACK NotFound, Shippo UNKNOWN, 查询不到):
# the normaliser maps them to "unknown" like words it does not know, but they are no problem.
_UNKNOWN_WORDS = re.compile(r"(not ?found|unknown|un|n/?a)([ _-].*)?|.*(查询不到|未查询到|查无|暂无信息|无信息).*", re.I)


def status_of(dialect: Dialect) -> Callable[[str | None, str | None], tuple[str | None, str | None]]:
    """(canonical status, "1" if no status word was understood) from a main status and a
    sub-status; the sub-status wins when it names a status."""
    def status(main: str | None, sub: str | None) -> tuple[str | None, str | None]:
        if main is None and sub is None:
            return None, None
        for name, raw in (("substatus", sub), ("status", main)):
            if raw is not None and (found := canonical_status(dialect.translate(name, raw))) != "unknown":
                return found, None
        understood = any(raw is not None and _UNKNOWN_WORDS.fullmatch(raw.strip()) for raw in (main, sub))
        return "unknown", None if understood else "1"

    return status


def text_status(text: str | None) -> str | None:
    """Status read from an event description, or None when it says nothing."""
    status = status_from_event_text(text)
    return None if status == "unknown" else status


def carrier_and_mode_of(dialect: Dialect) -> Callable[[str | None, str | None, str | None], tuple[str | None, ...]]:
    """(canonical carrier, mode) from the carrier, service and mode texts (DESIGN §5)."""
    def carrier_and_mode(carrier_raw: str | None, service: str | None, mode_raw: str | None) -> tuple[str | None, ...]:
        carrier = canonical_carrier(dialect.translate("carrier", carrier_raw), service)
        mode = infer_mode(carrier, service, dialect.translate("mode", mode_raw))
        return carrier, None if mode == "unknown" else mode

    return carrier_and_mode
