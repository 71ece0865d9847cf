"""Running the importer's SQL with only the parameters it names.

DuckDB refuses a parameter a statement does not use; the importer's plans carry one set
of parameters for many statements, so each statement gets exactly the ones it mentions.
Scripts run through :meth:`lossanalytics.storage.db.Session.run_script`, which does the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lossanalytics.storage.db import Session
from lossanalytics.storage.sql_text import named_params


def execute(session: Session, sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    """Run `sql` with the entries of `params` it names."""
    return session.execute(sql, named_params(sql, params))
