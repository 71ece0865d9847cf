"""The analytical SQL, written once in DuckDB's dialect, as Spark SQL (sqlglot, pinned).

sqlglot's own DuckDB → Spark translation covers most of it. Where it does not give Spark the
same meaning, one rewrite of the syntax tree here does, each with a test in
tests/test_spark_dialect.py:

- `$name` parameters become literals built by sqlglot (a seller's text is quoted by the
  generator, never pasted into SQL);
- numbers with a decimal point are DOUBLE, as DuckDB computes them (Spark reads `86400.0` as a
  DECIMAL and would round the quotients to six places);
- `date_diff('second', a, b)` counts second boundaries crossed, as DuckDB does;
- `regexp_matches(x, p, 'i')` keeps its flag (sqlglot drops it) as Java's `(?iu)`;
- `to_seconds(x)` is an interval of x seconds;
- `quantile_cont` is Spark's exact `percentile` (the same linear interpolation);
- `list(x ORDER BY k DESC)` keeps its order (sqlglot drops it);
- `row(…)` is a struct, and `grouping(a, b)` the same bit mask from one-column grouping();
- `CTE AS NOT MATERIALIZED` loses the hint Spark does not know;
- `t.* EXCLUDE (…)` lists the remaining columns of the CTE `t`;
- `UNION ALL BY NAME` lines both sides up by name, with NULL for a column one side lacks;
  the columns of each side come from `columns_of` (Spark's analysis of that side).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

import sqlglot
from sqlglot import exp

#: Spark's analysis of a query: the names of its output columns, in order.
ColumnsOf = Callable[[str], list[str]]


def literal(value: Any) -> exp.Expr:
    """`value` as a Spark SQL literal expression (sqlglot quotes and escapes strings)."""
    if value is None:
        return exp.null()
    if isinstance(value, bool):
        return exp.true() if value else exp.false()
    if isinstance(value, int):
        return exp.Literal.number(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} cannot be a SQL literal")
        return exp.cast(exp.Literal.number(repr(value)), "DOUBLE")
    if isinstance(value, datetime):
        return exp.cast(exp.Literal.string(value.isoformat(sep=" ")), "TIMESTAMP_NTZ")
    if isinstance(value, date):
        return exp.cast(exp.Literal.string(value.isoformat()), "DATE")
    if isinstance(value, str):
        return exp.Literal.string(value)
    if isinstance(value, (list, tuple)):
        return exp.Array(expressions=[literal(item) for item in value])
    raise TypeError(f"no SQL literal for {type(value).__name__}")


def _bind(node: exp.Expr, params: Mapping[str, Any]) -> exp.Expr:
    if isinstance(node, exp.Placeholder) and node.name:
        if node.name not in params:
            raise KeyError(f"no value for the parameter ${node.name}")
        return literal(params[node.name])
    return node


def _epoch_seconds(value: exp.Expr) -> exp.Expr:
    micros = exp.func("unix_micros", exp.cast(value, "TIMESTAMP"))
    return exp.func("floor", exp.Div(this=micros, expression=exp.Literal.number(1000000)))


def _rewrite(node: exp.Expr) -> exp.Expr:
    if isinstance(node, exp.Literal) and not node.is_string and any(c in node.this for c in ".eE"):
        return exp.cast(node.copy(), "DOUBLE")
    if isinstance(node, exp.DateDiff) and node.text("unit").upper() == "SECOND":
        return exp.paren(exp.Sub(this=_epoch_seconds(node.this), expression=_epoch_seconds(node.expression)))
    if isinstance(node, exp.RegexpLike) and node.args.get("flag") is not None:
        if node.args["flag"].name != "i":
            raise ValueError(f"regexp flag {node.args['flag'].name!r} has no Spark translation")
        pattern = exp.func("concat", exp.Literal.string("(?iu)"), node.expression)
        return exp.RegexpLike(this=node.this, expression=pattern)
    if isinstance(node, exp.Anonymous) and node.name.lower() == "to_seconds":
        zero = exp.Literal.number(0)
        seconds = exp.cast(node.expressions[0], "DECIMAL(18,6)")
        return exp.func("make_dt_interval", zero, zero, zero, seconds)
    if isinstance(node, exp.Anonymous) and node.name.lower() == "row":
        return exp.func("struct", *node.expressions)
    if isinstance(node, exp.PercentileCont):
        return exp.func("percentile", node.this, node.expression)
    if isinstance(node, exp.Grouping):
        return _grouping_mask(node.expressions)
    if isinstance(node, exp.ArrayAgg) and isinstance(node.this, exp.Order):
        return _ordered_list(node.this)
    if isinstance(node, exp.CTE) and node.args.get("materialized") is not None:
        node.set("materialized", None)
    return node


def _grouping_mask(columns: list[exp.Expr]) -> exp.Expr:
    """`grouping(a, b, …)`: a bit per column, the first highest. Spark's grouping_id() takes
    only all the grouping columns; its grouping() one column, so the bits are added up."""
    bits: list[exp.Expr] = []
    for index, column in enumerate(columns):
        bit = exp.cast(exp.Anonymous(this="grouping", expressions=[column.copy()]), "BIGINT")
        bits.append(exp.func("shiftleft", bit, exp.Literal.number(len(columns) - 1 - index)))
    mask: exp.Expr = bits[0]
    for more in bits[1:]:
        mask = exp.Add(this=mask, expression=more)
    return exp.paren(mask)


def _ordered_list(order: exp.Order) -> exp.Expr:
    """`list(value ORDER BY key [DESC])` as the values of the sorted (key, value) structs."""
    if len(order.expressions) != 1:
        raise ValueError("list(… ORDER BY …) with more than one key has no Spark translation")
    key = order.expressions[0]
    pairs = exp.func("collect_list", exp.func("struct", exp.alias_(key.this, "k"), exp.alias_(order.this, "v")))
    ascending = exp.false() if key.args.get("desc") else exp.true()
    element = exp.to_identifier("x")
    pick = exp.Lambda(this=exp.Dot(this=exp.column("x"), expression=exp.to_identifier("v")), expressions=[element])
    return exp.func("transform", exp.func("sort_array", pairs, ascending), pick)


def _cte_columns(select: exp.Select, table: str) -> list[str] | None:
    """The output names of the CTE `table` seen from `select`, when it lists them all."""
    scope: exp.Expr | None = select
    while scope is not None:
        with_ = scope.args.get("with_")
        if with_ is not None:
            for cte in with_.expressions:
                if cte.alias == table and isinstance(cte.this, exp.Select):
                    names = [e.alias_or_name for e in cte.this.expressions]
                    return None if "*" in names or "" in names else names
        scope = scope.parent
    return None


def _expand_exclude(select: exp.Select) -> None:
    for projection in list(select.expressions):
        star = projection.this if isinstance(projection, exp.Column) else None
        if not isinstance(star, exp.Star) or not star.args.get("except_"):
            continue
        table = projection.table
        sources = {t.alias_or_name: t.name for t in select.find_all(exp.Table) if t.parent_select is select}
        names = _cte_columns(select, sources.get(table, table))
        if names is None:
            raise ValueError(f"{table}.* EXCLUDE needs a CTE {table} with named columns")
        left_out = {c.name for c in star.args["except_"]}
        columns = [exp.column(name, table, quoted=True) for name in names if name not in left_out]
        index = select.expressions.index(projection)
        select.set("expressions", [*select.expressions[:index], *columns, *select.expressions[index + 1:]])


def _by_name(union: exp.Union, columns_of: ColumnsOf) -> None:
    """UNION [ALL] BY NAME as a plain union of the same columns in the same order (DuckDB's:
    the left side's, then the names only the right side has), NULL where a side lacks one."""
    with_ = union.args.get("with_")
    sides = [union.this, union.expression]
    names = []
    for side in sides:
        probe = side.copy()
        if with_ is not None:
            probe.set("with_", with_.copy())
        names.append(columns_of(probe.sql(dialect="spark")))
    wanted = list(dict.fromkeys([*names[0], *names[1]]))
    for side, have in zip(sides, names):
        projections = [exp.column(n, "s", quoted=True) if n in have else exp.alias_(exp.null(), n, quoted=True)
                       for n in wanted]
        wrapped = exp.select(*projections).from_(exp.Subquery(this=side.copy(), alias=exp.TableAlias(
            this=exp.to_identifier("s"))))
        side.replace(wrapped)
    union.set("by_name", None)


def to_spark(sql: str, params: Mapping[str, Any] | None = None, columns_of: ColumnsOf | None = None) -> str:
    """`sql` (DuckDB's dialect, `$name` parameters from `params`) as one Spark SQL statement."""
    tree = sqlglot.parse_one(sql, read="duckdb")
    tree = tree.transform(lambda node: _bind(node, params or {}))
    tree = tree.transform(_rewrite)
    for select in list(tree.find_all(exp.Select)):
        _expand_exclude(select)
    unions = [u for u in tree.find_all(exp.Union) if u.args.get("by_name")]
    if unions and columns_of is None:
        raise ValueError("UNION BY NAME needs columns_of to learn each side's columns")
    # Innermost first: an outer union's sides are analysed with their inner unions already plain.
    for union in reversed(unions):
        _by_name(union, columns_of)  # type: ignore[arg-type]
    return tree.sql(dialect="spark", comments=False)
