"""sql_text.render: the one way names reach a statement, and only as Sql."""

from __future__ import annotations

import pytest

from lossanalytics.storage.db import Database
from lossanalytics.storage.sql_text import Identifier, all_of, identifier, identifiers, named_query, render


def test_identifier_quotes_a_whitelisted_name_only() -> None:
    assert identifier("carrier", ("carrier", "mode")) == '"carrier"'
    assert isinstance(identifier("carrier", ("carrier",)), Identifier)
    with pytest.raises(ValueError):
        identifier("carrier; DROP TABLE claims", ("carrier",))


def test_render_joins_lists_and_parenthesises_inner_lists() -> None:
    template = named_query("import_run", "filled_counts")
    names = ["c0", "c2"]
    assert render(template, columns=identifiers(names, names)).endswith('FROM (SELECT "c0", "c2" FROM stage_raw)')
    sets = [identifiers(["a", "b"], ["a", "b"]), identifiers(["b"], ["b"])]
    report = render(named_query("claims", "recovery_report"), keys=sets)
    assert 'GROUP BY ("a", "b"), ("b"), currency' in report


def test_render_refuses_plain_text_and_unknown_placeholders() -> None:
    template = named_query("import_run", "filled_counts")
    with pytest.raises(TypeError):
        render(template, columns="c0")
    with pytest.raises(TypeError):
        render(template, columns=["c0"])
    with pytest.raises(TypeError):
        render("SELECT {columns}", columns=identifier("c0", ["c0"]))  # type: ignore[arg-type]
    with pytest.raises(KeyError):
        render(template, rows=identifier("c0", ["c0"]))


def test_render_leaves_struct_literals_and_regex_counts_alone() -> None:
    template = named_query("import_plan", "date_formats")
    counts = [render(named_query("import_plan", "parsed_by_format"), format=identifier("f", ["f"]))]
    sql = render(template, counts=counts)
    assert "'1[0-9]{12}'" in sql and 'try_strptime(v, "f")' in sql


def test_all_of_is_every_condition() -> None:
    conditions = [named_query("filters", "all"), named_query("filters", "mode")]
    assert all_of(conditions) == "(true) AND (list_contains($f_mode, p.mode))"
    with pytest.raises(TypeError):
        all_of(["true"])  # type: ignore[list-item]


def test_a_script_runs_each_statement_with_the_parameters_it_names() -> None:
    db = Database()
    db.execute("INSERT INTO imports VALUES (7, 'f', 's', 'x', 'orders', 1, 1, 0, 0, TIMESTAMP '2024-01-01')")
    with db.transaction() as session:
        session.run_script("undo_import", {"id": 7, "unused": 1})
    assert db.scalar("SELECT count(*) FROM imports") == 0
