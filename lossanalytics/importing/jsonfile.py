"""JSON files (an API response, a list of records, or JSON lines) flattened to rows.

A dialect's `json_rows` names the nested lists whose items are the rows (FedEx:
trackDetails → events). Each row carries its parents' fields, with dotted names from
the top of the record (`trackDetails.events.eventType`). Lists of objects that each
carry a "type" are keyed by it (`datesOrTimes.ACTUAL_DELIVERY.dateOrTimestamp`); other
lists of objects off the row path are left out; lists of plain values are joined.
MongoDB extended JSON (`{"$numberLong": "1584691620000"}`) becomes its value.
Records wrapped in objects (`{"data": {"shipments": [...]}}`) are also offered as a
table of their own. The text may be UTF-8 or UTF-16, with or without a byte-order mark.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from lossanalytics.importing.encodings import detect_encoding, text_start
from lossanalytics.importing.errors import ImportProblem
from lossanalytics.importing.source_tables import HEAD_ROWS, Table, cell_text, column_array, stage_columns
from lossanalytics.storage.db import Session

SAMPLE_BYTES = 64 * 1024
# Objects around the records an API wraps them in ({"data": {"shipments": [...]}}) seldom go deeper.
MAX_WRAPPERS = 8
_WRAPPERS = frozenset({"$numberLong", "$numberInt", "$numberDouble", "$numberDecimal", "$date", "$oid"})


def json_tables(path: Path, file_name: str, row_paths: Sequence[tuple[str, ...]]) -> list[Table]:
    """One table per row path (plus the records themselves) that yields rows."""
    data = _parse(path, file_name)
    record_sets = [_objects(data if isinstance(data, list) else [data])]
    inner = _wrapped_records(data)
    if inner is not None and inner is not data:
        record_sets.append(_objects(inner))
    tables: list[Table] = []
    seen: set[tuple[str, ...]] = set()
    for records, row_path in ((records, path) for records in record_sets for path in ((), *row_paths)):
        try:
            rows = [row for record in records for row in _rows(record, row_path, "", {})]
        except RecursionError as exc:  # flattening recurses once per level of nesting
            raise ImportProblem("import.error.too_deep", file=file_name) from exc
        headers = list(dict.fromkeys(key for row in rows for key in row))
        if not rows or tuple(headers) in seen:
            continue
        seen.add(tuple(headers))
        tables.append(Table(".".join(row_path) or None, [headers, *(_line(r, headers) for r in rows[:HEAD_ROWS])],
                            _loader(rows, headers)))
    if not tables:
        raise ImportProblem("import.error.empty", file=file_name)
    return tables


def _parse(path: Path, file_name: str) -> Any:
    raw = path.read_bytes()
    raw = raw[text_start(raw[:4096]):]
    text = raw.decode(detect_encoding(raw[:SAMPLE_BYTES]), errors="replace").lstrip("\ufeff")
    try:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            try:  # JSON lines: one record per line
                data = [json.loads(line) for line in text.splitlines() if line.strip()]
            except json.JSONDecodeError:
                raise ImportProblem("import.error.bad_json", file=file_name, detail=str(exc)[:200]) from exc
    except RecursionError as exc:  # "[[[[…" thousands deep: the parser's stack, not a table
        raise ImportProblem("import.error.too_deep", file=file_name) from exc
    return data


def _objects(items: list[Any]) -> list[dict[str, Any]]:
    return [item for item in items if isinstance(item, dict)]


def _wrapped_records(data: Any, depth: int = MAX_WRAPPERS) -> list[Any] | None:
    """The list of records inside wrappers (`{"data": {"shipments": [...]}}`): through
    objects of a single key, or to the one list of objects an object holds (beside
    plain values such as a status or a count)."""
    if isinstance(data, list):
        return data if any(isinstance(item, dict) for item in data) else None
    if not isinstance(data, dict) or depth == 0:
        return None
    found = [inner for value in data.values() if (inner := _wrapped_records(value, depth - 1)) is not None]
    return found[0] if len(found) == 1 else None


def _rows(record: dict[str, Any], path: tuple[str, ...], prefix: str, parent: dict[str, str | None]) -> Iterator[dict[str, Any]]:
    row = dict(parent)
    _flatten(record, prefix, row, skip=path[0] if path else None)
    children = record.get(path[0]) if path else None
    items = [c for c in children if isinstance(c, dict)] if isinstance(children, list) else []
    if not items:
        yield row
        return
    for item in items:
        yield from _rows(item, path[1:], f"{prefix}{path[0]}.", row)


def _unwrap(value: Any) -> Any:
    while isinstance(value, dict) and len(value) == 1 and next(iter(value)) in _WRAPPERS:
        value = next(iter(value.values()))
    return value


def _flatten(obj: dict[str, Any], prefix: str, out: dict[str, str | None], skip: str | None = None) -> None:
    for key, value in obj.items():
        if key == skip:
            continue
        name, value = _valid(f"{prefix}{key}"), _unwrap(value)
        if isinstance(value, dict):
            _flatten(value, name + ".", out)
        elif isinstance(value, list):
            if all(not isinstance(v, (dict, list)) for v in value):
                out[name] = _valid(", ".join(cell_text(v) for v in value if v is not None)) or None
            elif all(isinstance(v, dict) and isinstance(v.get("type"), str) for v in value):
                for item in value:
                    _flatten({k: v for k, v in item.items() if k != "type"}, f"{name}.{item['type']}.", out)
        else:
            out[name] = None if value is None else _valid(cell_text(value))


def _valid(text: str) -> str:
    """The text with lone surrogates ("\\ud800" escapes, valid JSON but no character) as '?'."""
    return text if text.isascii() else text.encode("utf-8", "replace").decode("utf-8")


def _line(row: dict[str, str | None], headers: list[str]) -> list[str]:
    return [row.get(h) or "" for h in headers]


def _loader(rows: list[dict[str, str | None]], headers: list[str]) -> Callable[[Session, int, int], None]:
    def load(session: Session, header_index: int, width: int) -> None:
        # The header is line 0 of the head; the rows follow it whatever header_index says.
        stage_columns(session, [column_array([row.get(h) for row in rows]) for h in headers[:width]])

    return load
