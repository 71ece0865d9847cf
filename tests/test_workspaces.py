"""Workspace isolation at the core (issue 6, Security): one database per seller."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lossanalytics.importing import import_file
from lossanalytics.storage.config import resolve_workspace_root
from lossanalytics.storage.db import Database
from lossanalytics.storage.integrity import table_checksums
from lossanalytics.storage.workspaces import (
    WorkspaceError,
    create_workspace,
    list_workspaces,
    resolve_db_path,
    validate_name,
    workspace_db_path,
    workspace_for_user,
)

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("name", ["acme", "seller-42", "shop_eu", "a", "0", "x" * 64])
def test_valid_names(name: str, tmp_path: Path) -> None:
    path = workspace_db_path(name, tmp_path)
    assert path == tmp_path.resolve() / name / "lossanalytics.duckdb"


@pytest.mark.parametrize(
    "name",
    [
        "", " ", ".", "..", "../x", "..\\x", "x/..", "a/b", "a\\b", "/etc/passwd", "/tmp", "C:\\x", "C:",
        "x\x00y", "\x00", ".hidden", "-rf", "_x", "Acme", "ACME", "é", "ümlaut", "a b", "~root", "$HOME",
        "x" * 65, "con", "nul", "com1", "lpt9", "name.duckdb", "a\nb", "a\tb", "%2e%2e", "..%2f", None, 42,
    ],
)
def test_unsafe_names_are_refused(name: object, tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError) as raised:
        workspace_db_path(name, tmp_path)  # type: ignore[arg-type]
    assert raised.value.key == "workspace.error.bad_name"
    assert raised.value.message("zh")
    assert not any(tmp_path.iterdir())


@given(st.text(max_size=80))
def test_any_accepted_name_stays_inside_the_root(name: str) -> None:
    root = Path("/srv/lossanalytics/workspaces")
    try:
        path = workspace_db_path(name, root)
    except WorkspaceError:
        return
    assert path.parent.parent == root and path.parent.name == name


def test_symlink_out_of_the_root_is_refused(tmp_path: Path) -> None:
    root, elsewhere = tmp_path / "root", tmp_path / "elsewhere"
    root.mkdir()
    elsewhere.mkdir()
    (root / "mallory").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(WorkspaceError) as raised:
        workspace_db_path("mallory", root)
    assert raised.value.key == "workspace.error.outside_root"


def test_two_workspaces_never_see_each_other(tmp_path: Path) -> None:
    alice_db = Database(create_workspace("alice", tmp_path))
    bob_db = Database(create_workspace("bob", tmp_path))
    try:
        bob_before = table_checksums(bob_db)
        alice = import_file(alice_db, FIXTURES / "tracking_basic.csv")
        assert alice.outcome == "imported" and alice.rows_stored > 0
        assert table_checksums(bob_db) == bob_before  # Alice's import changed nothing of Bob's

        bob = import_file(bob_db, FIXTURES / "aftership_export.csv")
        assert bob.outcome == "imported"
        alice_keys = set(alice_db.query("SELECT tracking_number FROM parcels").column(0).to_pylist())
        bob_keys = set(bob_db.query("SELECT tracking_number FROM parcels").column(0).to_pylist())
        assert alice_keys and bob_keys and not alice_keys & bob_keys
        assert alice_db.scalar("SELECT list(file_name) FROM imports") == ["tracking_basic.csv"]
        assert bob_db.scalar("SELECT list(file_name) FROM imports") == ["aftership_export.csv"]

        # The same file in another workspace is new there (duplicate detection is per workspace).
        again = import_file(bob_db, FIXTURES / "tracking_basic.csv")
        assert again.outcome == "imported"
        assert bob_db.scalar("SELECT count(*) FROM imports") == 2
        assert alice_db.scalar("SELECT count(*) FROM imports") == 1
    finally:
        alice_db.close()
        bob_db.close()
    assert list_workspaces(tmp_path) == ["alice", "bob"]
    assert alice_db.path != bob_db.path


def test_workspace_folders_are_private(tmp_path: Path) -> None:
    path = create_workspace("private", tmp_path)
    assert path.parent.is_dir() and (path.parent.stat().st_mode & 0o077) == 0


def test_user_identities_map_to_distinct_stable_workspaces() -> None:
    names = {
        identity: workspace_for_user(identity)
        for identity in ("alice@example.com", "alice.example@com", "bob@example.com",
                         "https://accounts.google.com|1234567890", "../../etc/passwd", "用户@例子.公司", "\x00")
    }
    for name in names.values():
        assert validate_name(name) == name
    assert names["alice@example.com"] == workspace_for_user("alice@example.com")
    assert names["alice@example.com"].startswith("alice-")
    assert len(set(names.values())) == len(names)


@pytest.mark.parametrize(
    ("first", "second"),
    [("https://login.example|AbCdEf", "https://login.example|abcdef"),
     ("https://login.example|x9QZ", "https://login.example|X9qz"),
     ("https://login.example|sub", "https://login.example|sub "),
     ("https://login.example|straße", "https://login.example|strasse")],
)
def test_subjects_differing_only_in_case_or_spacing_never_share_a_workspace(first: str, second: str) -> None:
    assert workspace_for_user(first) != workspace_for_user(second)
    with pytest.raises(WorkspaceError):
        workspace_for_user("  ")


def test_roots_and_paths_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOSSANALYTICS_WORKSPACES", str(tmp_path))
    assert resolve_workspace_root() == tmp_path
    assert resolve_db_path(workspace="acme") == tmp_path.resolve() / "acme" / "lossanalytics.duckdb"
    assert resolve_db_path("/x/explicit.duckdb", workspace="acme") == Path("/x/explicit.duckdb")
    with pytest.raises(WorkspaceError):
        resolve_db_path(workspace="../acme")
    monkeypatch.delenv("LOSSANALYTICS_WORKSPACES")
    monkeypatch.setenv("LOSSANALYTICS_DB", os.devnull)
    assert resolve_db_path() == Path(os.devnull)


def test_the_command_line_works_in_one_workspace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from lossanalytics.cli import main

    monkeypatch.setenv("LOSSANALYTICS_WORKSPACES", str(tmp_path / "root"))
    assert main(["--workspace", "acme", "import", str(fixtures / "tracking_basic.csv")]) == 0
    assert (tmp_path / "root" / "acme" / "lossanalytics.duckdb").is_file()
    assert main(["--workspace", "other", "rates", "--by", "carrier", "--format", "json"]) == 0
    assert capsys.readouterr().out.strip().endswith("[]")
    assert main(["--workspace", "../escape", "rates", "--by", "carrier"]) == 2
    assert "cannot be a workspace name" in capsys.readouterr().err
    assert not (tmp_path / "escape").exists()
    # One database or one workspace: both at once is refused, never one silently ignored.
    assert main(["--workspace", "acme", "--db", str(tmp_path / "other.duckdb"), "rates", "--by", "carrier"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not allowed with argument" in err
    assert not (tmp_path / "other.duckdb").exists()
