"""One database per workspace, so sellers sharing a hosted server never see each other.

A workspace is a name (one seller, or one team) that maps to its own DuckDB file
under a root folder: `<root>/<name>/lossanalytics.duckdb`. Every import, claim and
setting of that seller lives in that file, so isolation does not depend on every
query remembering a filter. Names come from outside (a login, a URL, a command
line), so they are checked against a strict allow-list before they touch the file
system: lower-case letters, digits, "-" and "_", at most 64 characters, starting with
a letter or digit. Anything else ("../x", "/etc", "a/b", NUL, ".", "CON", "É") is
refused, and the resolved path must still lie inside the root (a planted symlink
cannot lead out of it).
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from lossanalytics.i18n import Problem
from lossanalytics.storage.config import DB_ENV_VAR, DEFAULT_DB_PATH, resolve_workspace_root

DB_FILE_NAME = "lossanalytics.duckdb"
MAX_NAME_LENGTH = 64
_NAME = re.compile(rf"[a-z0-9][a-z0-9_-]{{0,{MAX_NAME_LENGTH - 1}}}")
# Device names Windows refuses as file or folder names, whatever the extension.
_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))})


class WorkspaceError(Problem):
    """A workspace name that cannot be used, or no identity to choose one by."""


def validate_name(name: object) -> str:
    """`name` itself if it is a safe workspace name, else WorkspaceError."""
    if not isinstance(name, str) or not _NAME.fullmatch(name) or name in _RESERVED:
        shown = repr(name)[:80]
        raise WorkspaceError("workspace.error.bad_name", name=shown, limit=MAX_NAME_LENGTH)
    return name


def workspace_db_path(name: str, root: str | os.PathLike[str] | None = None) -> Path:
    """The database file of workspace `name` under `root` (default: resolve_workspace_root())."""
    name = validate_name(name)
    base = resolve_workspace_root(root).resolve()
    folder = (base / name).resolve()
    # Defence in depth: a symlink planted at <root>/<name> must not lead elsewhere.
    if folder.parent != base:
        raise WorkspaceError("workspace.error.outside_root", name=name)
    return folder / DB_FILE_NAME


def create_workspace(name: str, root: str | os.PathLike[str] | None = None) -> Path:
    """Make the workspace's folder (readable by this server's user only); returns its database path."""
    path = workspace_db_path(name, root)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def list_workspaces(root: str | os.PathLike[str] | None = None) -> list[str]:
    """The names of the workspaces that have a database under `root`, sorted."""
    base = resolve_workspace_root(root)
    if not base.is_dir():
        return []
    return sorted(
        entry.name for entry in base.iterdir()
        if _NAME.fullmatch(entry.name) and (entry / DB_FILE_NAME).is_file()
    )


def workspace_for_user(identity: str) -> str:
    """A stable, valid workspace name for a logged-in user.

    `identity` should be what never changes for a person: the OIDC issuer and subject
    ("https://accounts.google.com|1234567890"). The name keeps a readable prefix and
    ends in a hash of the whole identity exactly as given: a provider's subject is
    case-sensitive (OpenID Connect compares it character by character), so "AbC" and
    "abc" are two people with two workspaces, and "alice@example.com" and
    "alice.example@com" never share one either.
    """
    if not isinstance(identity, str) or not identity.strip():
        raise WorkspaceError("workspace.error.no_identity")
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]
    readable = re.sub(r"[^a-z0-9]+", "-", identity.strip().casefold().split("|")[-1].split("@")[0]).strip("-")
    return validate_name(f"{readable[:40] or 'user'}-{digest}")


def resolve_db_path(explicit: str | os.PathLike[str] | None = None, workspace: str | None = None) -> Path:
    """The database file: an explicit path, else workspace `workspace`'s file, else
    $LOSSANALYTICS_DB, else data/lossanalytics.duckdb."""
    if explicit:
        return Path(explicit)
    if workspace is not None:
        return workspace_db_path(workspace)
    from_env = os.environ.get(DB_ENV_VAR)
    return Path(from_env) if from_env else DEFAULT_DB_PATH
