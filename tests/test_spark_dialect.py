"""Each DuckDB → Spark rewrite of lossanalytics.engines.dialect: a snippet run on both engines gives the same rows."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from spark_support import needs_spark

from lossanalytics.storage.db import Database

pytestmark = needs_spark


def both(spark: Any, sql: str, params: dict[str, Any] | None = None) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The rows of `sql` on DuckDB and, translated, on Spark."""
    from lossanalytics.engines.dialect import to_spark

    db = Database()
    try:
        duck = [tuple(row.values()) for row in db.query(sql, params).to_pylist()]
    finally:
        db.close()
    text = to_spark(sql, params, lambda q: list(spark.sql(q).columns))
    return duck, [tuple(row) for row in spark.sql(text).collect()]


def test_parameters_become_quoted_literals(spark: Any) -> None:
    value = "it's \\ a 'quote'; DROP TABLE x; --"
    duck, on_spark = both(spark, "SELECT $text AS t, $n AS n, $x AS x, $at AS at",
                          {"text": value, "n": 3, "x": 0.1, "at": datetime(2026, 1, 2, 3, 4, 5)})
    assert duck == on_spark == [(value, 3, 0.1, datetime(2026, 1, 2, 3, 4, 5))]


def test_a_decimal_literal_divides_as_a_double(spark: Any) -> None:
    duck, on_spark = both(spark, "SELECT 100 / 86400.0 AS q")
    assert duck == on_spark == [(100 / 86400.0,)]


def test_date_diff_in_seconds_counts_second_boundaries(spark: Any) -> None:
    sql = ("SELECT date_diff('second', TIMESTAMP '2026-01-01 00:00:00.900', TIMESTAMP '2026-01-01 00:00:02.100') AS a, "
           "date_diff('second', TIMESTAMP '2026-01-02 00:00:00', TIMESTAMP '2026-01-01 00:00:00') AS b")
    duck, on_spark = both(spark, sql)
    assert duck == on_spark == [(2, -86400)]


def test_a_case_insensitive_regexp_keeps_its_flag(spark: Any) -> None:
    sql = "SELECT regexp_matches('Held at CUSTOMS', $p, 'i') AS a, regexp_matches('ALFÂNDEGA', 'alf[aâ]ndega', 'i') AS b"
    duck, on_spark = both(spark, sql, {"p": "customs|zoll"})
    assert duck == on_spark == [(True, True)]


def test_to_seconds_added_to_a_timestamp(spark: Any) -> None:
    duck, on_spark = both(spark, "SELECT TIMESTAMP '2026-01-01 00:00:00' + to_seconds(1.5 * 86400) AS t")
    assert duck == on_spark == [(datetime(2026, 1, 2, 12),)]


def test_quantile_cont_of_one_and_of_several_fractions(spark: Any) -> None:
    sql = ("SELECT quantile_cont(CAST(x AS DOUBLE), 0.95) AS one, quantile_cont(CAST(x AS DOUBLE), [0.5, 0.9]) AS many "
           "FROM (VALUES (1), (2), (4), (10)) AS t(x)")
    duck, on_spark = both(spark, sql)
    assert duck[0][0] == pytest.approx(9.1, abs=1e-12)
    assert duck[0][1] == pytest.approx([3.0, 8.2], abs=1e-12)
    assert on_spark[0][0] == pytest.approx(9.1, abs=1e-12)
    assert on_spark[0][1] == pytest.approx([3.0, 8.2], abs=1e-12)


def test_an_ordered_list_keeps_its_order(spark: Any) -> None:
    sql = ("SELECT list({'c': c, 'a': round(a, 2)} ORDER BY a DESC) AS l "
           "FROM (VALUES ('EUR', 5.0), ('USD', 7.25), ('GBP', 1.0)) AS t(c, a)")
    duck, on_spark = both(spark, sql)
    assert duck == [([{"c": "USD", "a": 7.25}, {"c": "EUR", "a": 5.0}, {"c": "GBP", "a": 1.0}],)]
    assert [(s.c, s.a) for s in on_spark[0][0]] == [("USD", 7.25), ("EUR", 5.0), ("GBP", 1.0)]


def test_grouping_of_several_columns_is_the_same_bit_mask(spark: Any) -> None:
    sql = ("SELECT grouping(a, b) AS g, count(*) AS n, row(a) AS k FROM (VALUES (1, 'x'), (1, 'y'), (2, 'x')) AS t(a, b) "
           "GROUP BY GROUPING SETS ((a), (b), (a, b), ()) ORDER BY g, n")
    duck, on_spark = both(spark, sql)
    assert [(g, n) for g, n, _ in duck] == [(g, n) for g, n, _ in on_spark] == [
        (0, 1), (0, 1), (0, 1), (1, 1), (1, 2), (2, 1), (2, 2), (3, 3)]


def test_not_materialized_exclude_and_union_by_name(spark: Any) -> None:
    sql = ("WITH a AS NOT MATERIALIZED (SELECT 1 AS x, 2 AS y, 3 AS z), b AS (SELECT c.* EXCLUDE (y) FROM a AS c) "
           "SELECT * FROM b UNION ALL BY NAME SELECT 4 AS w, 5 AS x ORDER BY x")
    duck, on_spark = both(spark, sql)
    assert duck == on_spark == [(1, 3, None), (5, None, 4)]


def test_list_contains_with_a_list_parameter(spark: Any) -> None:
    sql = "SELECT x, list_contains($numbers, x) AS found FROM (VALUES ('a'), ('b'), ('it''s')) AS t(x) ORDER BY x"
    duck, on_spark = both(spark, sql, {"numbers": ["a", "it's"]})
    assert duck == on_spark == [("a", True), ("b", False), ("it's", True)]
