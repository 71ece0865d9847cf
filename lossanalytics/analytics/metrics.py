"""Loss rates with honest uncertainty, for any whitelisted grouping (DESIGN §7)."""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pandas as pd
import pyarrow as pa
from statsmodels.stats.proportion import proportion_confint

from lossanalytics.analytics.detect import OutcomeQuery, outcome_query, serves
from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.kept import keeps, kept_rows
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.storage.db import Database
from lossanalytics.storage.sql_text import Part, Sql, identifier, identifiers, named_query, render

# Grouping name → its output columns (rates.sql and trends.sql compute `month`; the
# total groups by the constant column `total`).
GROUPINGS: dict[str, tuple[str, ...]] = {
    "total": (),
    "carrier": ("carrier",),
    "route": ("origin_country", "dest_country"),
    "mode": ("mode",),
    "carrier,mode": ("carrier", "mode"),
    "lane": ("carrier", "origin_country", "dest_country", "mode"),
    "dest_country": ("dest_country",),
    "service": ("service",),
    "month": ("month",),
    "marketplace": ("marketplace",),
}
#: The groupings a lake's aggregates hold the rates of (lossanalytics.lake_aggregate), in one pass.
AGGREGATED_GROUPINGS: tuple[str, ...] = tuple(GROUPINGS)
# The only names that reach the grouping SQL.
KEY_COLUMNS: tuple[str, ...] = ("total", *dict.fromkeys(c for keys in GROUPINGS.values() for c in keys))
MIN_GROUP_SIZE = 30


def wilson_interval(
    successes: npt.ArrayLike, totals: npt.ArrayLike, alpha: float = 0.05
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Wilson score interval (statsmodels' reference implementation) for binomial proportions,
    at confidence 1 - alpha; NaN where the total is 0."""
    with np.errstate(invalid="ignore", divide="ignore"):
        low, high = proportion_confint(
            np.asarray(successes, dtype=float), np.asarray(totals, dtype=float), alpha=alpha, method="wilson"
        )
    # At no success (or only successes) the bound is exactly 0 (or 1); floating point leaves
    # 2.7e-20 behind, which the rates table and its JSON would print.
    wins, trials = np.asarray(successes, dtype=float), np.asarray(totals, dtype=float)
    low = np.where((wins == 0) & (trials > 0), 0.0, np.asarray(low, dtype=float))
    high = np.where((wins == trials) & (trials > 0), 1.0, np.asarray(high, dtype=float))
    return np.asarray(low, dtype=float), np.asarray(high, dtype=float)


def grouping_keys(by: str) -> list[str]:
    """The output columns that identify a group of `by`; ValueError for an unknown grouping."""
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}; choose one of {', '.join(GROUPINGS)}")
    return list(GROUPINGS[by])


def key_columns(by: str) -> list[str]:
    """The columns the SQL groups `by`: its output columns, or `total` for the total."""
    return grouping_keys(by) or ["total"]


def rates(db: Database, by: str, scope: AnalysisScope) -> pd.DataFrame:
    """Counts per outcome, loss rates with Wilson 95% intervals, value at loss per currency,
    transit-day percentiles of delivered parcels and the on-time rate against the EDD."""
    return rates_many(db, (by,), scope)[by]


def rates_many(db: Database, bys: Sequence[str], scope: AnalysisScope) -> dict[str, pd.DataFrame]:
    """`rates` for several groupings at once, judging every parcel only once (grouping sets):
    a page that shows routes, modes and lanes pays for one pass, not three. On a lake whose
    aggregates hold this unfiltered scope, the rates are read from them; an unfiltered scope
    of a writable database adds the open parcels to the closed ones' kept rows where it can."""
    if serves(db, scope) and scope.filters == Filters():
        return {by: frame for by, frame in rates_by_grouping(db.query_df(named_query("lake_read", "rates")),
                                                             AGGREGATED_GROUPINGS).items() if by in bys}
    if keeps(db, scope):
        return rates_by_grouping(_unfiltered_rates(db, bys, scope), bys)
    query = outcome_query(db, scope)
    return rates_by_grouping(db.query_df(rates_sql(query, bys), query.params, query.tables), bys)


def _unfiltered_rates(db: Database, bys: Sequence[str], scope: AnalysisScope) -> pd.DataFrame:
    """:func:`rates_sql`'s rows for an unfiltered scope, its pass and aggregation run apart: the
    pass over the open parcels added to the closed ones' kept rows where they hold for its day (and an
    import did not commit meanwhile), else over every parcel (its closed rows then kept, see
    lossanalytics.analytics.kept)."""
    store = kept_rows(db, "closed_rates_store", ("rates", "outcomes", "filters"), bys=json.dumps(list(dict.fromkeys(bys))))

    def passing(query: OutcomeQuery, closed: bool) -> pa.Table:
        return db.query(passed_sql(query, bys, coarse=closed), query.params, query.tables)

    passed = store.passed(scope, passing, keys=identifiers(_names(bys), KEY_COLUMNS))
    return db.query_df(aggregate_sql(bys), None, {"passed": passed})


def rates_sql(query: OutcomeQuery, bys: Sequence[str]) -> Sql:
    """The statement of :func:`rates_many` around the outcome query `query`: one row per group
    of every grouping in `bys`, `set_id` telling the groupings apart."""
    template, parts = _statement("rates", _parts(bys))
    return query.wrap(template, **parts)


def passed_sql(query: OutcomeQuery, bys: Sequence[str], coarse: bool = True) -> Sql:
    """The pass of :func:`rates_sql` over the outcome query `query` alone: the rows of its CTEs
    `fine` and (unless not `coarse`) `coarse_transit`, `part` telling them apart."""
    parts = _parts(bys)
    if not coarse:
        parts["coarse"] = named_query("rates", "not_asked")
    template, named = _statement("passed", parts)
    return query.wrap(template, **named)


def aggregate_sql(bys: Sequence[str]) -> Sql:
    """The aggregation of :func:`rates_sql` over the rows of :func:`passed_sql` registered as `passed`."""
    template, parts = _statement("aggregate", _parts(bys))
    return render(template, **parts)


def _statement(name: str, parts: dict[str, Part]) -> tuple[Sql, dict[str, Part]]:
    """rates.sql's statement `name` with its pieces (pass, aggregation) in place, and the parts it names."""
    template = named_query("rates", name)
    pieces = {piece: named_query("rates", piece) for piece in ("pass", "aggregation") if f"{{{piece}}}" in template}
    template = render(template, **pieces)
    return template, {key: part for key, part in parts.items() if f"{{{key}}}" in template}


def _names(bys: Sequence[str]) -> list[str]:
    """Every column of every grouping of `bys` (rates.sql's {keys}), once, in order."""
    return list(dict.fromkeys(name for by in bys for name in key_columns(by)))


def _parts(bys: Sequence[str]) -> dict[str, Part]:
    """The placeholders of rates.sql for the groupings `bys` (see its header)."""
    sets = {by: key_columns(by) for by in dict.fromkeys(bys)}
    names = _names(bys)
    currency = identifier("currency", ("currency",))
    # The finest set, grouped by every column, takes its percentiles from the pass that counts;
    # each coarser one needs a pass of its own (with none, the coarse pass is kept, empty).
    coarse = [keys for keys in sets.values() if len(keys) < len(names)]
    coarse_sets = coarse or list(sets.values())
    asked, not_asked = named_query("rates", "asked"), named_query("rates", "not_asked")
    return {
        "keys": identifiers(names, KEY_COLUMNS),
        "sets": [identifiers(keys, KEY_COLUMNS) for keys in sets.values()],
        "currency_sets": [[*identifiers(keys, KEY_COLUMNS), currency] for keys in sets.values()],
        "coarse_sets": [identifiers(keys, KEY_COLUMNS) for keys in coarse_sets],
        "coarse_keys": identifiers(list(dict.fromkeys(name for keys in coarse_sets for name in keys)), KEY_COLUMNS),
        "finest": asked if len(coarse) < len(sets) else not_asked,
        "coarse": asked if coarse else not_asked,
    }


def rates_by_grouping(frame: pd.DataFrame, bys: Sequence[str]) -> dict[str, pd.DataFrame]:
    """The rows of :func:`rates_sql`'s result for each grouping of `bys`, with their rates."""
    sets = {by: key_columns(by) for by in dict.fromkeys(bys)}
    names = list(dict.fromkeys(name for keys in sets.values() for name in keys))
    result = {}
    for by, keys in sets.items():
        # grouping() sets a bit, first column highest, for each column a set leaves out.
        set_id = sum(1 << (len(names) - 1 - i) for i, name in enumerate(names) if name not in keys)
        figures = [c for c in frame.columns if c != "set_id" and c not in names]
        part = frame.loc[frame["set_id"] == set_id, [*GROUPINGS[by], *figures]]
        result[by] = add_rates(part.reset_index(drop=True))
    return result


def add_rates(frame: pd.DataFrame) -> pd.DataFrame:
    """Add loss_rate (lost + suspected) and confirmed_loss_rate (lost), each with its Wilson
    interval, and the mark for groups too small to judge."""
    n = frame["shipments"].to_numpy()
    for name, losses in (("loss_rate", frame["lost"].to_numpy() + frame["suspected_lost"].to_numpy()),
                         ("confirmed_loss_rate", frame["lost"].to_numpy())):
        low, high = wilson_interval(losses, n)
        with np.errstate(invalid="ignore", divide="ignore"):
            frame[name] = losses / n
        frame[f"{name}_low"] = low
        frame[f"{name}_high"] = high
    frame["small_sample"] = n < MIN_GROUP_SIZE
    return frame
