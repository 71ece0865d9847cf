"""The data of the pages' first figures, computed before anyone asks for them.

The launcher (ui/serve.py) calls `warm_first_charts` once the server runs. It calls the very
cached functions the pages call, with the keys a page opened without any sidebar choice uses
(`default_scope`), so a page that opens later finds its first chart's figures in the cache.
It stops as soon as a first page runs (`visitor_arrived`): on two cores, warming another
page's data would only slow the page being waited for. A page whose data is not ready
computes it as before: nothing is skipped, only done earlier.

After an import the Import page calls `prepare_pages` while its progress is still on screen, and
after an undo, a carrier renamed or a status assigned (actions run in a button's callback, which
call `note_data_changed`) the next page run does, under a spinner (`prepare_if_changed`): a new
data version is a cold cache, and its first pass over every parcel also keeps the rows that later
passes reuse (analytics/kept.py), the costliest visit of all (about 9 s of work for the chart pages
and the advice at ten million parcels, against 0.2 s each once done). It first lets
go of the cached lists of the data as it was (`forget_lists`): no page asks for them again, and at
ten million parcels each would hold hundreds of MB until its hour in the cache runs out.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from datetime import date

import streamlit as st

from lossanalytics.advice import load_advice_settings
from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.home import load_home
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import load_detection_settings
from lossanalytics.i18n import t
from lossanalytics.storage.db import Database, DatabaseError
from lossanalytics.storage.memory import release_freed_memory
from lossanalytics.storage.workspaces import resolve_db_path
from lossanalytics.ui import claims_data, data
from lossanalytics.ui.workspace import lake_folder, login_configured

LOG = logging.getLogger(__name__)
_VISITED = threading.Event()
CHANGED_KEY = "data_changed"  # an action changed the parcels in a callback: the next run prepares the pages
# From this many parcels the Import page prepares the pages after an import. Below it a page's first
# figures take well under a second each: at 120,000 parcels preparing cost 1.0 s and the Carriers page
# opened no sooner (bench.journey); at 1M it takes 1.8 s against up to 1.5 s per page; at 10M 9 s
# against 2-5 s per page.
PREPARED_FROM = 1_000_000


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
    for step in first_chart_steps(db, version, scope):
        if _VISITED.is_set():
            return
        step()


def first_chart_steps(db: Database, version: data.Version, scope: AnalysisScope) -> list[Callable[[], object]]:
    """The cached calls behind each chart page's first chart in `scope`, the Overview's first: it is
    also the page at /."""
    return [
        lambda: data.headline(db, version, scope),
        lambda: data.undated(db, version, scope),
        lambda: data.shipped_after(db, version, scope),
        lambda: data.months_with_maturity(db, version, scope),
        lambda: data.rates_many(db, version, data.ROUTES_BYS, scope),
        lambda: data.rates_many(db, version, data.CARRIERS_BYS, scope),
        lambda: data.unread_by_carrier(db, version, scope),
        lambda: data.monthly(db, version, "carrier", scope),
    ]


def advice_steps(db: Database, version: data.Version, scope: AnalysisScope, lang: str,
                 today: date) -> list[Callable[[], object]]:
    """The cached calls of the Prevention advice page (pages/advice.py) in `scope`, in `lang`."""
    rules, rules_key, _problem = claims_data.rules_of(db)
    cfg = load_advice_settings(db)
    home = load_home(db).currency
    return [
        lambda: claims_data.advice_topics(db, version, scope, rules_key, rules, cfg, lang, home,
                                          data.rates_many(db, version, data.CARRIERS_BYS, scope)["lane"]),
        lambda: claims_data.claim_deadlines(db, version, scope, rules, rules_key, lang, cfg.deadline_warning_days,
                                            today),
    ]


def forget_lists() -> None:
    """Empty the caches of whole lists and files (resource caches: a suspected-lost list, the claims'
    estimates and worklists, the advice's topics, a download's bytes)."""
    for cached in (data.suspected, data.export_bytes, claims_data.estimates, claims_data.deadline_estimates,
                   claims_data.attached, claims_data.due_rows, claims_data.advice_topics):
        cached.clear()


def let_go_of_lists() -> None:
    """Forget the cached lists of the data as it was (forget_lists) when the data changes, unless
    sellers each have their own database (a login server), whose lists did not change. An undo
    calls it before it starts: at ten million parcels the lists hold hundreds of MB that the
    undo's own work would otherwise come on top of. The pages they held go back to the system
    (release_freed_memory): freed but kept in the allocator's heaps, they would still count
    against the process's memory while the undo runs."""
    if not login_configured():
        forget_lists()
        release_freed_memory()


def prepare_pages(db: Database, lang: str) -> Iterator[float]:
    """Compute the figures the chart pages and the advice open with for the data as it is now,
    yielding the share done before the first step and after each; nothing below PREPARED_FROM parcels.

    The cached lists go first (let_go_of_lists). Stops at the first step that fails, which the server log records:
    the page needing that figure computes it again when opened and tells the seller there, where
    the failure belongs."""
    let_go_of_lists()
    version = data.version_of(db)
    if data.filter_options(db, version).parcels < PREPARED_FROM:
        return
    today = date.today()
    scope = default_scope(db, version, today)
    steps = [*first_chart_steps(db, version, scope), lambda: data.monthly(db, version, "mode", scope),
             *advice_steps(db, version, scope, lang, today)]
    yield 0.0
    for done, step in enumerate(steps, start=1):
        try:
            step()
        except Exception:
            LOG.exception("preparing the pages after an import failed")
            return
        yield done / len(steps)


def note_data_changed() -> None:
    """Called by an action that changed the parcels in a button's callback (before the page runs):
    the next run prepares the pages for the data as it is now."""
    st.session_state[CHANGED_KEY] = True


def prepare_if_changed(db: Database, lang: str) -> None:
    """Prepare the pages under a spinner when an action noted that the parcels changed."""
    if st.session_state.pop(CHANGED_KEY, False):
        with st.spinner(t("ui.import.preparing", lang)):
            list(prepare_pages(db, lang))
