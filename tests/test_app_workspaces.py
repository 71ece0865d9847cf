"""A server set up for several sellers (an [auth] secrets section): log in first, then only your own data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lossanalytics.i18n import t
from lossanalytics.importing import import_file
from lossanalytics.onboarding import DEMO_KEY
from lossanalytics.storage.db import Database
from lossanalytics.storage.workspaces import create_workspace, workspace_for_user
from lossanalytics.ui.numbers import md_escape

APP = Path(__file__).resolve().parent.parent / "app.py"
AUTH = {"auth": {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "test-secret",
                 "client_id": "id", "client_secret": "secret",
                 "server_metadata_url": "https://issuer.example/.well-known/openid-configuration"}}
ISSUER = "https://issuer.example"


@pytest.fixture
def workspaces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixtures: Path, clean_caches: None) -> Path:
    """Two sellers' workspaces: Alice imported a tracking export, Bob nothing yet."""
    root = tmp_path / "workspaces"
    monkeypatch.setenv("LOSSANALYTICS_WORKSPACES", str(root))
    monkeypatch.setenv("LOSSANALYTICS_DB", str(tmp_path / "single-seller.duckdb"))
    for subject, source in (("alice", fixtures / "tracking_basic.csv"), ("bob", None)):
        db = Database(create_workspace(workspace_for_user(f"{ISSUER}|{subject}")))
        db.execute("INSERT INTO settings VALUES ($key, $value)", {"key": DEMO_KEY, "value": json.dumps([])})
        if source is not None:
            import_file(db, source)
        db.close()
    return root


def visit(user: dict[str, object], page: str = "pages/overview.py") -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.secrets = AUTH
    at.user = user
    at.run()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def parcels_shown(at: AppTest) -> str:
    return " ".join(str(c.value) for c in at.sidebar.caption)


def test_a_visitor_must_log_in_and_sees_no_data(workspaces: Path) -> None:
    at = visit({"is_logged_in": False})
    assert [i.value for i in at.info] == [t("ui.workspace.login_needed", "en")]
    assert [b.label for b in at.button] == [t("ui.workspace.login", "en")]
    # The page names itself above the login prompt; nothing of any seller's data shows.
    assert [title.value for title in at.title] == [t("ui.page.overview", "en")]
    assert list(at.get("plotly_chart")) == [] and list(at.metric) == [] and list(at.sidebar.caption) == []


def test_each_seller_sees_only_their_own_workspace(workspaces: Path, fixtures: Path) -> None:
    alice = visit({"is_logged_in": True, "iss": ISSUER, "sub": "alice", "name": "Alice [x](javascript:alert(1))"})
    bob = visit({"is_logged_in": True, "iss": ISSUER, "sub": "bob", "email": "bob@example.com"})
    stored = Database(create_workspace(workspace_for_user(f"{ISSUER}|alice"))).scalar("SELECT count(*) FROM parcels")
    assert stored > 0
    assert t("ui.sidebar.parcels", "en", count=stored) in parcels_shown(alice)
    assert t("ui.sidebar.parcels", "en", count=0) in parcels_shown(bob)
    # A name from the login provider is shown as text, never as a link.
    assert md_escape("Alice [x](javascript:alert(1))") in parcels_shown(alice)
    assert md_escape("bob@example.com") in parcels_shown(bob)


def test_a_subject_differing_only_in_case_is_another_seller(workspaces: Path) -> None:
    stored = Database(create_workspace(workspace_for_user(f"{ISSUER}|alice"))).scalar("SELECT count(*) FROM parcels")
    other = visit({"is_logged_in": True, "iss": ISSUER, "sub": "Alice"})
    assert stored > 0
    assert t("ui.sidebar.parcels", "en", count=0) in parcels_shown(other)


def test_a_login_without_a_subject_opens_nothing(workspaces: Path) -> None:
    at = visit({"is_logged_in": True, "iss": ISSUER, "email": "who@example.com"})
    assert [e.value for e in at.error] == [t("workspace.error.no_identity", "en")]
    assert list(at.get("plotly_chart")) == [] and list(at.metric) == [] and list(at.sidebar.caption) == []


def test_without_login_set_up_the_single_database_is_used(workspaces: Path, tmp_path: Path, fixtures: Path) -> None:
    single = Database(tmp_path / "single-seller.duckdb")
    single.execute("INSERT INTO settings VALUES ($key, $value)", {"key": DEMO_KEY, "value": json.dumps([])})
    stored = import_file(single, fixtures / "messy_orders.csv").rows_stored
    single.close()
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert [title.value for title in at.title] == [t("ui.page.overview", "en")]
    assert t("ui.sidebar.parcels", "en", count=stored) in parcels_shown(at)
    assert "logout" not in [button.key for button in at.sidebar.button]
