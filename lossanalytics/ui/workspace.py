"""Which database a session works on: the one database, or the logged-in seller's own workspace.

A server whose `.streamlit/secrets.toml` has an `[auth]` section (docs/deployment.md)
asks every visitor to log in and opens only that person's workspace database; the
identity is the provider's issuer and subject, which never change for a person. A
server without it serves one seller from `LOSSANALYTICS_DB` or the default file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import streamlit as st

from lossanalytics.i18n import t
from lossanalytics.storage.config import LAKE_ENV_VAR
from lossanalytics.storage.workspaces import WorkspaceError, create_workspace, resolve_db_path, workspace_for_user
from lossanalytics.ui.numbers import md_escape


def login_configured() -> bool:
    """Whether this server was set up for several sellers (an [auth] section in its secrets)."""
    try:
        return "auth" in st.secrets
    except FileNotFoundError:  # no secrets file at all: a one-seller server
        return False


def lake_folder() -> str | None:
    """The data lake this server shows read-only: `streamlit run app.py -- --lake DIR`, else
    $LOSSANALYTICS_LAKE; None for a server of databases."""
    args = sys.argv[1:]
    for i, arg in enumerate(args):
        if arg == "--lake" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--lake="):
            return arg.split("=", 1)[1]
    return os.environ.get(LAKE_ENV_VAR) or None


def require_login(lang: str) -> None:
    """On a login server, stop the page with a login button until the visitor has logged in."""
    if login_configured() and not st.user.is_logged_in:
        st.info(t("ui.workspace.login_needed", lang), icon=":material/lock:")
        st.button(t("ui.workspace.login", lang), on_click=st.login, type="primary", icon=":material/login:")
        st.stop()


def session_db_path(lang: str) -> Path:
    """The database file of this session; on a login server, stops the page until the visitor logs in."""
    if not login_configured():
        return resolve_db_path()
    require_login(lang)
    subject = st.user.get("sub")
    try:
        path = create_workspace(workspace_for_user(f"{st.user.get('iss', '')}|{subject}" if subject else ""))
    except WorkspaceError as problem:
        st.error(problem.message(lang), icon=":material/error:")
        st.stop()
    who = md_escape(str(st.user.get("name") or st.user.get("email") or subject))
    st.sidebar.caption(t("ui.workspace.signed_in", lang, name=who))
    st.sidebar.button(t("ui.workspace.logout", lang), on_click=st.logout, icon=":material/logout:", key="logout")
    return path
