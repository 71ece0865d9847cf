"""The parcel fields of storage/parcel_columns.py are the columns schema.sql gives the parcel tables."""

from __future__ import annotations

from lossanalytics.storage.db import Database
from lossanalytics.storage.parcel_columns import PARCEL_FIELDS, ROW_ONLY_COLUMNS, SOURCE_COLUMNS
from lossanalytics.storage.sql_text import load_sql


def columns(db: Database, table: str) -> dict[str, str]:
    return {row["column_name"]: row["column_type"] for row in db.query(f"DESCRIBE {table}").to_pylist()}


def test_parcel_rows_has_exactly_the_parcel_fields_and_its_own_columns() -> None:
    db = Database()
    assert columns(db, "parcel_rows") == {**PARCEL_FIELDS, **SOURCE_COLUMNS, **ROW_ONLY_COLUMNS}


def test_merged_parcels_has_exactly_the_parcel_fields_and_their_source() -> None:
    db = Database()
    assert columns(db, "merged_parcels") == {**PARCEL_FIELDS, **SOURCE_COLUMNS}


def test_the_parcels_view_shows_every_parcel_field() -> None:
    db = Database()
    assert set(PARCEL_FIELDS) <= set(columns(db, "parcels"))


def test_the_merge_collects_its_parcels_in_merged_parcels_columns_in_their_order() -> None:
    db = Database()
    statement = next(s for s in load_sql("rebuild_parcels").split(";\n") if "TEMP TABLE merged_new" in s)
    with db.transaction() as session:
        session.execute(statement)
        described = [(row["column_name"], row["column_type"]) for row in session.query("DESCRIBE merged_new").to_pylist()]
    assert described == [(row["column_name"], row["column_type"])
                         for row in db.query("DESCRIBE merged_parcels").to_pylist()]
