"""Running the importer's generated SQL and SQL files with only the parameters they name.

DuckDB refuses a parameter a statement does not use, and binds parameters only to the
last statement of a script; the importer's plans carry one set of parameters for many
statements, so each statement gets exactly the ones it mentions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from lossanalytics.storage.db import Session, load_sql

_PARAMETER = re.compile(r"\$([A-Za-z_]\w*)")


def execute(session: Session, sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    """Run `sql` with the entries of `params` it names."""
    wanted = {name: params[name] for name in set(_PARAMETER.findall(sql)) if name in params}
    return session.execute(sql, wanted or None)


def run_script(session: Session, name: str, params: Mapping[str, Any]) -> None:
    """Run the statements of queries/<name>.sql in order."""
    for statement in load_sql(name).split(";\n"):
        body = "\n".join(line for line in statement.splitlines() if not line.lstrip().startswith("--"))
        if body.strip():
            execute(session, body, params)
