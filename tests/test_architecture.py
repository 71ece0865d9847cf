"""House rules that the code itself must keep: who imports what, where SQL lives."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "lossanalytics"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def core_files() -> list[Path]:
    return [p for p in CORE.rglob("*.py") if "ui" not in p.relative_to(CORE).parts]


def test_core_never_imports_streamlit() -> None:
    offenders = [str(p.relative_to(ROOT)) for p in core_files() if "streamlit" in imported_modules(p)]
    assert core_files() and offenders == []


def test_only_the_db_module_talks_to_duckdb() -> None:
    allowed = {CORE / "storage" / "db.py"}
    offenders = [
        str(p.relative_to(ROOT)) for p in CORE.rglob("*.py") if p not in allowed and "duckdb" in imported_modules(p)
    ]
    offenders += [str(p.relative_to(ROOT)) for p in (ROOT / "pages").glob("*.py") if "duckdb" in imported_modules(p)]
    assert offenders == []


def test_pages_hold_no_sql() -> None:
    statement = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE)\b[\s\S]*?\b(FROM|INTO|SET)\b")
    pages = list((ROOT / "pages").glob("*.py")) + [ROOT / "app.py"]
    offenders = [str(p.relative_to(ROOT)) for p in pages if p.exists() and statement.search(p.read_text("utf-8"))]
    assert offenders == []


def test_every_sql_file_says_what_it_is_for() -> None:
    files = list((CORE / "queries").glob("*.sql"))
    assert files
    first_lines = {f.name: f.read_text("utf-8").lstrip().splitlines()[0] for f in files}
    assert [name for name, line in first_lines.items() if not line.startswith("--") or line.startswith("-- name:")] == []


# Statement text: what only queries/*.sql may hold (upper case, as the SQL files write it).
SQL_STATEMENT = re.compile(
    r"\b(SELECT|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+|DELETE\s+FROM|CREATE\s+(OR\s+REPLACE\s+)?(TEMP\s+)?"
    r"(TABLE|VIEW|SEQUENCE|MACRO|INDEX)|DROP\s+(TABLE|VIEW)|ALTER\s+TABLE|WITH\s+\w+\s+AS)\b"
)


def string_literals(path: Path) -> list[str]:
    """Every string constant of a module (f-string parts included), docstrings left out."""
    tree = ast.parse(path.read_text("utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def test_sql_statements_live_in_the_queries_files() -> None:
    executor = CORE / "storage" / "db.py"
    offenders = sorted(
        f"{p.relative_to(ROOT)}: {text[:60]!r}"
        for p in CORE.rglob("*.py") if p != executor
        for text in string_literals(p) if SQL_STATEMENT.search(text)
    )
    assert offenders == []


def test_the_statement_pattern_finds_inline_sql(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('"""Build the one SELECT."""\nQ = f"DELETE FROM {t} WHERE x = $x"\nT = "TIMESTAMP WITH TIME ZONE"\n')
    assert [s for s in string_literals(module) if SQL_STATEMENT.search(s)] == ["DELETE FROM "]


def test_only_the_sql_text_module_makes_sql_text_and_only_the_importer_compiles_expressions() -> None:
    made = re.compile(r"\b(Sql|Identifier)\(")
    compiles = re.compile(r"\bcompiled\(")
    text = CORE / "storage" / "sql_text.py"
    makers = [str(p.relative_to(ROOT)) for p in CORE.rglob("*.py") if p != text and made.search(p.read_text("utf-8"))]
    compilers = {
        p.parent.name for p in CORE.rglob("*.py") if p != text and compiles.search(p.read_text("utf-8"))
    }
    assert makers == [] and compilers == {"importing"}


def _table_calls(tree: ast.AST) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("dataframe", "data_editor")]


def test_every_table_writes_a_missing_value_as_a_dash_not_none() -> None:
    """Streamlit's tables write a missing value as "None"; every table of ours passes NO_VALUE."""
    checked, bare = 0, []
    for path in sorted((CORE / "ui").glob("*.py")) + sorted((ROOT / "pages").glob("*.py")):
        for call in _table_calls(ast.parse(path.read_text(encoding="utf-8"))):
            checked += 1
            given = {k.arg: k.value for k in call.keywords}
            value = given.get("placeholder")
            if not (isinstance(value, ast.Name) and value.id == "NO_VALUE"):
                bare.append(f"{path.name}:{call.lineno}")
    assert checked >= 20 and not bare, (checked, bare)
