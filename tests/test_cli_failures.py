"""Issue 15, items 3, 10 and 11: every CLI failure is one line in the seller's language, changes
nothing (database checksums and folders as before, no temporary file left), and the files
the CLI writes get ordinary permissions."""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from lossanalytics.cli import commands, main
from lossanalytics.i18n import t
from lossanalytics.importing import pipeline
from lossanalytics.storage.db import Database
from lossanalytics.storage.integrity import table_checksums
from lossanalytics.storage.outfiles import OutputProblem, write_atomically

CSV = (
    "Tracking Number,Carrier,Mode,Origin,Destination,Ship Date,Status,Last Event Time\n"
    "A1,UPS,express,CN,US,2026-11-01,Delivered,2026-11-04\n"
    "B2,UPS,express,CN,US,2026-11-01,In Transit,2026-11-05\n"
)


@pytest.fixture
def cli_db(tmp_path: Path) -> Path:
    source = tmp_path / "parcels.csv"
    source.write_text(CSV)
    database = tmp_path / "cli.duckdb"
    assert main(["--db", str(database), "import", str(source)]) == 0
    return database


def checksums(path: Path) -> dict[str, str]:
    db = Database(path)
    try:
        return table_checksums(db)
    finally:
        db.close()


def error_line(capsys: pytest.CaptureFixture[str], lang: str = "en") -> str:
    """The one line on stderr, without its 'error:' prefix."""
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    prefix = t("cli.error", lang, message="")
    assert err.startswith(prefix), err
    return err[len(prefix):].rstrip("\n")


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


# Item 3: --db naming an existing file that is no DuckDB database.
@pytest.mark.parametrize(
    ("name", "content"),
    [("export.csv", b"Tracking Number,Carrier\nA1,UPS\n"), ("shipments.json", b'[{"tracking_number": "A1"}]'),
     ("empty.duckdb", b""), ("short.duckdb", b"DUCK"), ("notes.txt", "Sendungsnummer: ÄÖÜ\n".encode())],
)
def test_db_that_is_no_database_is_refused_and_left_alone(
    tmp_path: Path, name: str, content: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / name
    target.write_bytes(content)
    source = tmp_path / "parcels.csv"
    source.write_text(CSV)
    assert main(["--db", str(target), "import", str(source)]) == 2
    assert error_line(capsys) == t("db.error.not_a_database", "en", path=str(target))
    assert target.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({name, "parcels.csv"})


def test_db_that_is_a_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path), "shipments"]) == 2
    assert error_line(capsys) == t("db.error.is_folder", "en", path=str(tmp_path))


def test_db_at_a_new_path_is_created(tmp_path: Path, capsys: pytest.CaptureFixture[str], umask_022: None) -> None:
    target = tmp_path / "new" / "seller.duckdb"
    assert main(["--db", str(target), "shipments", "--format", "json"]) == 0
    assert capsys.readouterr().out == "[]\n"
    assert target.read_bytes()[8:12] == b"DUCK"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


# Item 10: every failure is one catalogued line in the seller's language.
@pytest.mark.parametrize(
    ("as_of", "key"),
    [("9999-12-31", "cli.error.as_of_range"), ("0001-01-01", "cli.error.as_of_range"),
     ("1989-12-31", "cli.error.as_of_range"), ("2100-01-02", "cli.error.as_of_range")],
)
def test_as_of_outside_the_judged_dates(
    cli_db: Path, as_of: str, key: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    for command in (["shipments"], ["rates", "--by", "carrier"], ["suspected"], ["claims"]):
        assert main(["--db", str(cli_db), *command, "--as-of", as_of]) == 2
        assert error_line(capsys) == t(key, "en", text=as_of, earliest="1990-01-01", latest="2100-01-01")


def test_as_of_on_the_edges_of_the_judged_dates(cli_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for as_of in ("1990-01-01", "2100-01-01"):
        assert main(["--db", str(cli_db), "rates", "--by", "carrier", "--as-of", as_of, "--format", "json"]) == 0


@pytest.mark.parametrize(
    ("argv_lang", "env", "lang"),
    [(["--lang", "zh"], {}, "zh"), ([], {"LOSSANALYTICS_LANG": "zh"}, "zh"),
     ([], {"LOSSANALYTICS_LANG": "", "LANG": "zh_CN.UTF-8"}, "zh"),
     ([], {"LOSSANALYTICS_LANG": "", "LC_ALL": "zh_TW.UTF-8", "LANG": "en_GB.UTF-8"}, "zh"),
     ([], {"LOSSANALYTICS_LANG": "", "LANG": "de_DE.UTF-8"}, "en"),
     (["--lang", "en"], {"LOSSANALYTICS_LANG": "zh"}, "en")],
)
def test_messages_follow_the_sellers_language(
    cli_db: Path, argv_lang: list[str], env: dict[str, str], lang: str,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in env.items():
        monkeypatch.setenv(variable, value)
    capsys.readouterr()
    assert main([*argv_lang, "--db", str(cli_db), "shipments", "--as-of", "9999-12-31"]) == 2
    assert error_line(capsys, lang) == t("cli.error.as_of_range", lang, text="9999-12-31",
                                         earliest="1990-01-01", latest="2100-01-01")


@pytest.mark.parametrize(
    ("argv", "lang", "detail"),
    [(["rates"], "en", "the following arguments are required: --by"),
     (["--lang", "zh", "rates"], "zh", "the following arguments are required: --by"),
     (["--lang", "zh", "rates", "--by", "planet"], "zh",
      "argument --by: invalid choice: 'planet' (choose from 'carrier', 'route', 'mode', 'carrier,mode', 'lane', "
      "'dest_country', 'service', 'month', 'marketplace')"),
     (["--lang", "xx", "shipments"], "en", "argument --lang: invalid choice: 'xx' (choose from 'en', 'zh')"),
     ([], "en", "the following arguments are required: command")],
)
def test_a_command_line_argparse_cannot_read_is_one_line(
    cli_db: Path, argv: list[str], lang: str, detail: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", str(cli_db), *argv]) == 2
    assert error_line(capsys, lang) == t("cli.error.usage", lang, detail=detail)


def test_success_lines_follow_the_sellers_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "parcels.csv"
    source.write_text(CSV)
    database = str(tmp_path / "x.duckdb")
    assert main(["--lang", "zh", "--db", database, "import", str(source)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "parcels.csv：导入 1（按列名识别的表格，物流跟踪）：读取 2 行，新增包裹 2 个，更新 0 个，拒绝 0 行，0 行有值无法识别而留空，0 行有值已保留但待核对",
        "  识别为 按列名识别的表格，把握 100%",
        "  " + t("ui.import.all_columns_used", "zh"),
    ]
    assert main(["--lang", "zh", "--db", database, "undo", "1"]) == 0
    assert capsys.readouterr().out == t("cli.undo.done", "zh", import_id=1, rows=2) + "\n"


def test_out_to_a_folder_changes_nothing(cli_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folders = [tmp_path / "exports", tmp_path / "exports.xlsx"]
    for folder in folders:
        folder.mkdir()
    before, listing = checksums(cli_db), sorted(p.name for p in tmp_path.iterdir())
    capsys.readouterr()
    for command, folder in ((["shipments"], folders[0]), (["suspected"], folders[1])):
        assert main(["--db", str(cli_db), *command, "--as-of", "2026-11-22", "--out", str(folder)]) == 2
        assert error_line(capsys) == t("output.error.is_folder", "en", path=str(folder),
                                       example=str(folder / "export.csv"))
        assert list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == listing
    assert checksums(cli_db) == before


def test_a_reader_that_stops_early_is_no_failure(
    cli_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head -1` once it has its line
    with open(write_end, "w", encoding="utf-8") as closed_pipe:
        monkeypatch.setattr(sys, "stdout", closed_pipe)
        capsys.readouterr()
        assert main(["--db", str(cli_db), "shipments", "--as-of", "2026-11-22"]) == 0
        assert capsys.readouterr().err == ""


def test_out_into_a_missing_folder(cli_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "nowhere" / "list.csv"
    capsys.readouterr()
    assert main(["--db", str(cli_db), "shipments", "--as-of", "2026-11-22", "--out", str(target)]) == 2
    assert error_line(capsys) == t("output.error.no_folder", "en", path=str(target), folder=str(target.parent))
    assert not target.parent.exists()


def test_unexpected_failure_names_no_exception_class(
    cli_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_: object) -> None:
        raise OverflowError("date value out of range")

    monkeypatch.setattr(commands, "shipments", broken)
    capsys.readouterr()
    assert main(["--db", str(cli_db), "shipments", "--as-of", "2026-11-22"]) == 2
    assert error_line(capsys) == t("cli.error.unexpected", "en", detail="date value out of range")


def test_an_unexpected_import_failure_names_the_file_not_the_exception(
    cli_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "more.csv"
    source.write_text(CSV.replace("A1", "C3").replace("B2", "D4"))

    def broken(_session: object, path: Path, *_: object) -> None:
        raise OverflowError(f"date value out of range reading {path}\nContext: internal")

    monkeypatch.setattr(pipeline, "_import_in_transaction", broken)
    before = checksums(cli_db)
    capsys.readouterr()
    assert main(["--db", str(cli_db), "import", str(source)]) == 1
    assert error_line(capsys) == t("import.error.internal", "en", file="more.csv",
                                   detail="date value out of range reading more.csv")
    assert checksums(cli_db) == before


def test_an_import_failure_is_told_in_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,price\nshirt,10\n")
    assert main(["--lang", "zh", "--db", str(tmp_path / "x.duckdb"), "import", str(bad)]) == 1
    assert error_line(capsys, "zh") == t("import.error.unrecognised", "zh", file="bad.csv", columns="name, price")


# A workbook saved under another workbook format's extension is read as what it is.
@pytest.mark.parametrize("suffix", [".xls", ".ods", ".xlsb"])
def test_xlsx_saved_with_another_extension_imports(
    tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Tracking Number", "Carrier"])
    workbook.active.append(["LX1", "UPS"])
    path = tmp_path / f"orders{suffix}"
    workbook.save(path)
    database = tmp_path / "x.duckdb"
    assert main(["--db", str(database), "import", str(path)]) == 0
    assert checksums(database)["parcel_rows"].startswith("1:")


def test_unreadable_workbook_is_one_line_without_the_servers_path(
    cli_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "orders.xls"
    path.write_bytes(bytes(range(1, 256)) * 40)
    before = checksums(cli_db)
    capsys.readouterr()
    assert main(["--db", str(cli_db), "import", str(path)]) == 1
    line = error_line(capsys)
    assert line.startswith("orders.xls: ") and str(tmp_path) not in line and "Context" not in line
    assert checksums(cli_db) == before


# Item 11: written files are whole, ordinary and never leave a temporary file behind.
def test_out_files_get_ordinary_permissions(cli_db: Path, tmp_path: Path, umask_022: None) -> None:
    for name in ("list.csv", "list.xlsx"):
        assert main(["--db", str(cli_db), "suspected", "--as-of", "2026-11-22", "--out", str(tmp_path / name)]) == 0
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644
    assert main(["--db", str(cli_db), "shipments", "--out", str(tmp_path / "all.csv")]) == 0
    assert stat.S_IMODE((tmp_path / "all.csv").stat().st_mode) == 0o644


def test_written_files_follow_a_stricter_umask(tmp_path: Path) -> None:
    previous = os.umask(0o077)
    try:
        write_atomically(tmp_path / "private.csv", b"x\n")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "private.csv").stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("code", "reason"),
    [(errno.ENOSPC, "output.reason.disk_full"), (errno.EACCES, "output.reason.no_permission"),
     (errno.EROFS, "output.reason.read_only")],
)
def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, reason: str
) -> None:
    target = tmp_path / "list.csv"
    target.write_bytes(b"old\n")

    def refuse(*_: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputProblem) as raised:
        write_atomically(target, b"new\n")
    assert raised.value.message("zh") == t("output.error.cannot_write", "zh", path=str(target), reason=t(reason, "zh"))
    assert [p.name for p in tmp_path.iterdir()] == ["list.csv"] and target.read_bytes() == b"old\n"


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(tmp_path / "list.csv", b"new\n")
    assert list(tmp_path.iterdir()) == []
