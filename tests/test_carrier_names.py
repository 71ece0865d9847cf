"""Carrier identity (issue 11, item 5): spellings of one carrier outside the catalogue are
one carrier under its most common spelling; the seller's renames and merges hold for the
stored parcels, later imports, the CLI, re-imports and undos."""

from __future__ import annotations

from pathlib import Path

import pytest

from lossanalytics.cli import main
from lossanalytics.importing import import_file, undo_import
from lossanalytics.importing.carrier_names import (
    Carrier,
    CarrierNameProblem,
    list_carriers,
    rename_carriers,
    reset_carrier_names,
)
from lossanalytics.normalise.carrier_identity import carrier_key
from lossanalytics.storage.db import Database


@pytest.mark.parametrize(("names", "one"), [
    (("Acme Freight Co.", "ACME FREIGHT CO", "acme-freight company ltd", "Acme  Freight, Inc."), True),
    (("Rapido S.A.", "RAPIDO SA", "Rapido S.L.", "Rapido SAS", "Rapido SARL"), True),
    (("Schnell Spedition Sp. z o.o.", "Schnell Spedition GmbH & Co. KG", "SCHNELL SPEDITION AG"), True),
    (("Snel B.V.", "snel bv", "Snel N.V."), True),
    (("Kangaroo Couriers Pty Ltd", "Kangaroo Couriers LLC", "Kangaroo Couriers Limited"), True),
    (("云达国际物流有限公司", "云达物流", "云达", "云达供应链管理有限公司", "云达货运代理"), True),
    (("株式会社ハヤブサ", "ハヤブサ株式会社", "Hayabusa K.K."), False),  # the script differs
    (("株式会社ハヤブサ", "ハヤブサ株式会社"), True),
    (("Acme Freight", "Acme Logistics"), False),
    (("Nordic Express", "Nordic Post"), False),
])
def test_carrier_key(names: tuple[str, ...], one: bool) -> None:
    assert (len({carrier_key(name) for name in names}) == 1) is one


def test_a_legal_form_alone_is_still_a_name() -> None:
    assert (carrier_key("Co."), carrier_key("物流"), carrier_key("")) == ("co", "物流", "")


def _write(tmp_path: Path, name: str, rows: list[tuple[str, str]]) -> Path:
    path = tmp_path / name
    path.write_text("Tracking Number,Carrier,Status\n" + "".join(f"{k},{c},Delivered\n" for k, c in rows),
                    encoding="utf-8")
    return path


def _carriers(db: Database) -> list[tuple[str, int]]:
    rows = db.query("SELECT carrier, count(*) AS n FROM parcels GROUP BY carrier ORDER BY carrier").to_pylist()
    return [(r["carrier"], r["n"]) for r in rows]


ORDERS = [("A1", "Acme Freight Co."), ("A2", "Acme Freight Co."), ("A3", "UPS Ground"),
          ("A4", "DHL eCommerce"), ("A5", "DHL"), ("A6", "Acme Logistics Ltd")]
TRACKING = [("B1", "ACME FREIGHT CO"), ("B2", "ACME FREIGHT CO"), ("B3", "ACME FREIGHT CO"),
            ("B4", "Acme Logistics Limited")]


def test_spellings_are_one_carrier_under_the_most_common(db: Database, tmp_path: Path) -> None:
    import_file(db, _write(tmp_path, "orders.csv", ORDERS))
    assert _carriers(db) == [("Acme Freight Co.", 2), ("Acme Logistics Ltd", 1), ("DHL Express", 1),
                             ("Deutsche Post DHL", 1), ("UPS", 1)]
    second = import_file(db, _write(tmp_path, "tracking.csv", TRACKING))
    # Three rows spell it in capitals, two not: the capitals win; a tie goes to the first imported.
    assert _carriers(db) == [("ACME FREIGHT CO", 5), ("Acme Logistics Ltd", 2), ("DHL Express", 1),
                             ("Deutsche Post DHL", 1), ("UPS", 1)]
    assert list_carriers(db) == [
        Carrier("ACME FREIGHT CO", ("ACME FREIGHT CO", "Acme Freight Co."), 5, False),
        Carrier("Acme Logistics Ltd", ("Acme Logistics Limited", "Acme Logistics Ltd"), 2, False),
    ]
    undo_import(db, second.import_id)
    assert _carriers(db)[:2] == [("Acme Freight Co.", 2), ("Acme Logistics Ltd", 1)]


def test_rename_and_merge_survive_reimport_and_undo(db: Database, tmp_path: Path) -> None:
    import_file(db, _write(tmp_path, "orders.csv", ORDERS))
    assert rename_carriers(db, {"Acme Freight Co.": "Acme", "Acme Logistics Ltd": " Acme "}) == 2
    assert _carriers(db)[0] == ("Acme", 3)
    tracking = import_file(db, _write(tmp_path, "tracking.csv", TRACKING))
    assert _carriers(db)[0] == ("Acme", 7)
    undo_import(db, tracking.import_id)
    assert _carriers(db)[0] == ("Acme", 3)
    again = import_file(db, _write(tmp_path, "tracking.csv", TRACKING))
    assert (again.outcome, _carriers(db)[0]) == ("imported", ("Acme", 7))
    assert list_carriers(db) == [Carrier("Acme", ("ACME FREIGHT CO", "Acme Freight Co.", "Acme Logistics Limited",
                                                  "Acme Logistics Ltd"), 7, True)]
    reset_carrier_names(db)
    assert _carriers(db)[:2] == [("ACME FREIGHT CO", 5), ("Acme Logistics Ltd", 2)]


def test_merge_into_a_known_carrier_and_back(db: Database, tmp_path: Path) -> None:
    import_file(db, _write(tmp_path, "orders.csv", ORDERS))
    rename_carriers(db, {"Acme Freight Co.": "UPS"})
    assert ("UPS", 3) in _carriers(db)
    rename_carriers(db, {"UPS": "Acme Freight"})
    assert ("UPS", 1) in _carriers(db) and ("Acme Freight", 2) in _carriers(db)


@pytest.mark.parametrize(("changes", "key"), [
    ({"Acme Freight Co.": "  "}, "carrier_names.error.empty"),
    ({"Acme Freight Co.": "x" * 81}, "carrier_names.error.too_long"),
    ({"DHL Express": "DHL"}, "carrier_names.error.catalogue"),
    ({"Nobody Ltd": "Somebody"}, "carrier_names.error.no_such"),
])
def test_refused_renames_change_nothing(db: Database, tmp_path: Path, changes: dict[str, str], key: str) -> None:
    import_file(db, _write(tmp_path, "orders.csv", ORDERS))
    before = _carriers(db)
    with pytest.raises(CarrierNameProblem) as problem:
        rename_carriers(db, {"Acme Logistics Ltd": "Acme", **changes})
    assert problem.value.key == key
    assert _carriers(db) == before


def test_cli_import_uses_the_sellers_names(tmp_path: Path) -> None:
    path = str(tmp_path / "cli.duckdb")
    assert main(["--db", path, "import", str(_write(tmp_path, "orders.csv", ORDERS))]) == 0
    db = Database(path)
    rename_carriers(db, {"Acme Freight Co.": "Acme"})
    db.close()
    assert main(["--db", path, "import", str(_write(tmp_path, "tracking.csv", TRACKING))]) == 0
    db = Database(path)
    try:
        assert _carriers(db)[0] == ("Acme", 5)
    finally:
        db.close()
