"""The data of each chart page's first chart, computed before the first visitor asks.

The launcher (ui/serve.py) calls `warm_first_charts` once the server runs. It calls the very
cached functions the pages call, with the keys a page opened without any sidebar choice uses
(`default_scope`), so a page that opens later finds its first chart's figures in the cache.
It stops as soon as a first page runs (`visitor_arrived`): on two cores, warming another
page's data would only slow the page being waited for. A page whose data is not ready
computes it as before: nothing is skipped, only done earlier.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date

from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import load_detection_settings
from lossanalytics.storage.db import Database, DatabaseError
from lossanalytics.storage.workspaces import resolve_db_path
from lossanalytics.ui import data
from lossanalytics.ui.workspace import lake_folder, login_configured

_VISITED = threading.Event()


def visitor_arrived() -> None:
    """Called by every run (ui/navigation.route): from now on the warm-up leaves the CPU to pages."""
    _VISITED.set()


def default_scope(db: Database, version: data.Version, today: date) -> AnalysisScope:
    """The scope of a page opened with nothing chosen in the sidebar (see ui/context.page_setup)."""
    known = data.data_date(db, version, today)
    return AnalysisScope(known.default_as_of, load_detection_settings(db), Filters())


def warm_first_charts() -> None:
    """Fill the caches behind each chart page's first chart for the server's one database.

    Nothing to do on a login server (each seller's own database), for a data lake, or for
    a database not yet made or still empty (the first visit fills it with the demo data,
    a new data version); and nothing more once a page runs."""
    path = resolve_db_path()
    if _VISITED.is_set() or login_configured() or lake_folder() or not path.exists():
        return
    try:
        db = data.database(str(path))
    except DatabaseError:
        return  # the first page opening it tells the seller why
    version = data.version_of(db)
    if not data.filter_options(db, version).parcels:
        return
    scope = default_scope(db, version, date.today())
    # Overview first: it is also the page at /.
    steps: list[Callable[[], object]] = [
        lambda: data.headline(db, version, scope),
        lambda: data.undated(db, version, scope),
        lambda: data.rates(db, version, "month", scope),
        lambda: data.rates_many(db, version, data.ROUTES_BYS, scope),
        lambda: data.rates_many(db, version, data.CARRIERS_BYS, scope),
        lambda: data.monthly(db, version, "carrier", scope),
    ]
    for step in steps:
        if _VISITED.is_set():
            return
        step()
