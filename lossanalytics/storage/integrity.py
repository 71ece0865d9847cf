"""Fingerprints of the database's content, to show that a failed import changed nothing.

`table_checksums` lists every table of the database with an MD5 of its rows, and the
last value of every sequence, so two calls compare equal exactly when no table
gained, lost or changed a row and no id was drawn. Temporary tables (an import's
staging) do not count.
"""

from __future__ import annotations

from lossanalytics.storage.db import Database
from lossanalytics.storage.sql_text import named_query


def table_checksums(db: Database) -> dict[str, str]:
    """Table name → "<row count>:<md5 of its sorted rows>"; "sequence:<name>" → last value."""
    sql = named_query("checksums", "table")
    sums: dict[str, str] = {}
    for table in db.query(named_query("checksums", "tables")).column(0).to_pylist():
        row = db.query(sql, {"table": table}).to_pylist()[0]
        sums[table] = f"{row['row_count']}:{row['checksum']}"
    # DuckDB sequences are not rolled back with a transaction: a failed import that
    # had drawn an import id would leave a gap, which this makes visible.
    for row in db.query(named_query("checksums", "sequences")).to_pylist():
        sums[f"sequence:{row['sequence_name']}"] = str(row["last_value"])
    return sums
