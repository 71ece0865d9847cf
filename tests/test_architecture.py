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
    assert [f.name for f in files if not f.read_text("utf-8").lstrip().startswith("--")] == []
