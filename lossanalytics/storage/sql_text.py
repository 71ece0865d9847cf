"""What a SQL statement says, put together as text; :mod:`lossanalytics.storage.db` runs it.

SQL text lives in `lossanalytics/queries/*.sql`: whole files through :func:`load_sql`,
single statements through :func:`named_query`, expressions to stand inside another statement
through :func:`fragment`. Values are always bound parameters. Where a statement's names vary
(grouping columns), :func:`render` fills its `{placeholders}` with :class:`Sql` only, which
plain strings are not: names come from :func:`identifier`, which accepts them from a whitelist.
This module executes nothing and never imports duckdb (an import-linter contract).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any


class Sql(str):
    """SQL text from `queries/*.sql`, :func:`identifier` or :func:`render`: the only text
    :func:`render` puts into a statement. A plain string (a seller's value) is refused."""

    __slots__ = ()


class Identifier(Sql):
    """A quoted name that passed :func:`identifier`'s whitelist."""

    __slots__ = ()


# A placeholder's value: SQL, or a list of them (joined by commas; an inner list in parentheses).
Part = Sql | Sequence["Part"]
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_PARAMETER = re.compile(r"\$([A-Za-z_]\w*)")


def _read(name: str) -> str:
    return resources.files("lossanalytics.queries").joinpath(f"{name}.sql").read_text("utf-8")


def _blocks(text: str) -> dict[str, str]:
    """Each statement of a .sql file's text by its `-- name: <name>` line."""
    blocks = re.split(r"^-- name: (\w+)\s*$", text, flags=re.M)
    return {name: block.strip().rstrip(";") for name, block in zip(blocks[1::2], blocks[2::2])}


def _expression(block: str) -> str:
    return " ".join(line.strip() for line in block.splitlines() if line.strip() and not line.lstrip().startswith("--"))


@lru_cache(maxsize=None)
def _expressions(file: str) -> dict[str, str]:
    """Each block of `queries/<file>.sql` on one line without its comment lines, read once: the
    importer's check and the rule :func:`load_sql` fills in take queries/shipping.sql from here."""
    return {name: _expression(block) for name, block in _blocks(_read(file)).items()}


def fragment(file: str, name: str) -> Sql:
    """One block of `queries/<file>.sql` without its comment lines: an expression to stand inside
    another statement (through :func:`render`)."""
    return Sql(_expressions(file)[name])


@lru_cache(maxsize=1)
def _shipping_rule() -> dict[str, str]:
    """The placeholders :func:`load_sql` fills everywhere: the one rule of a date against the shipping
    (queries/shipping.sql), so that every query that needs it says it in the same words."""
    blocks = _expressions("shipping")
    delivered = blocks["after_shipping"].replace("{date}", "delivered_date")
    return {"delivered_after_shipping": delivered,
            "transit_seconds": blocks["transit_seconds"].replace("{delivered_after_shipping}", delivered)}


def load_sql(name: str) -> Sql:
    """The text of `lossanalytics/queries/<name>.sql`, with queries/shipping.sql's rule filled in
    where it names `{delivered_after_shipping}` or `{transit_seconds}`."""
    rule = _shipping_rule()
    return Sql(_PLACEHOLDER.sub(lambda m: rule.get(m.group(1), m.group(0)), _read(name)))


@lru_cache(maxsize=None)
def named_query(file: str, name: str) -> Sql:
    """One statement of `queries/<file>.sql`, found by its `-- name: <name>` line."""
    return Sql(_blocks(load_sql(file))[name])


def identifier(name: str, allowed: Sequence[str]) -> Identifier:
    """Quote `name` for SQL if, and only if, it is one of `allowed`."""
    if name not in allowed:
        raise ValueError(f"{name!r} is not an allowed column")
    return Identifier('"' + name.replace('"', '""') + '"')


def identifiers(names: Sequence[str], allowed: Sequence[str]) -> list[Identifier]:
    """:func:`identifier` of each of `names`."""
    return [identifier(name, allowed) for name in names]


def _part(value: Part, nested: bool = False) -> str:
    if isinstance(value, Sql):
        return value
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise TypeError(f"render() takes Sql (identifier(), named_query()), not {type(value).__name__}: {value!r}")
    joined = ", ".join(_part(item, True) for item in value)
    return f"({joined})" if nested else joined


def render(template: Sql, **parts: Part) -> Sql:
    """`template` with each `{name}` replaced by `parts[name]`; each part is :class:`Sql`
    or a list of them, never a plain string. Braces not named in `parts` stay (struct literals)."""
    if not isinstance(template, Sql):
        raise TypeError("render() takes a template from load_sql() or named_query()")
    missing = set(parts) - set(_PLACEHOLDER.findall(template))
    if missing:
        raise KeyError(f"the template has no placeholder {sorted(missing)}")
    filled = {name: _part(value) for name, value in parts.items()}
    return Sql(_PLACEHOLDER.sub(lambda m: filled.get(m.group(1), m.group(0)), template))


def all_of(conditions: Sequence[Sql]) -> Sql:
    """The conjunction of `conditions` (each from `queries/*.sql` or :func:`render`)."""
    if not conditions or not all(isinstance(c, Sql) for c in conditions):
        raise TypeError("all_of() takes one or more Sql conditions")
    return Sql(" AND ".join(f"({condition})" for condition in conditions))


def compiled(text: str) -> Sql:
    """An expression the importer's plan compiles (lossanalytics.importing.plan) from staged
    column positions, its own lookup tables and $parameters, for :func:`render`; a seller's
    text never reaches it, it travels as a parameter."""
    return Sql(text)


def named_params(sql: str, params: Mapping[str, Any]) -> dict[str, Any] | None:
    """The entries of `params` that `sql` names as `$name` (DuckDB refuses any other)."""
    wanted = {name: params[name] for name in set(_PARAMETER.findall(sql)) if name in params}
    return wanted or None


# Characters no file name this product writes contains, and that a SQL literal must not carry.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def path_literal(path: Path) -> str:
    """`path` as a SQL string literal: the one value DuckDB cannot bind, a COPY … TO target.

    Only an absolute local path without control characters passes (so never a URL such
    as s3://…, which DuckDB would hand to a network file system); its quotes are doubled,
    which in a DuckDB string literal is the only escape there is.
    """
    text = str(path)
    if not path.is_absolute() or _CONTROL.search(text):
        raise ValueError(f"{text!r} is not an absolute local path DuckDB may write to")
    return "'" + text.replace("'", "''") + "'"


def path_list(paths: Sequence[Path]) -> Sql:
    """A SQL list of :func:`path_literal` s, for :func:`render`: the files a view reads
    (a view's definition cannot hold a bound parameter)."""
    return Sql("[" + ", ".join(path_literal(path) for path in paths) + "]")
