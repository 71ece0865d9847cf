"""The numbers behind the advice topics, counted by DuckDB in streaming passes over the outcomes.

A seller may have ten million parcels; the advice needs counts, sums per lane and currency,
one quantile and a few hundred rows, so none of the parcels travel to pandas
(`queries/advice.sql`): one pass counts and sums per lane, outcome and flags (its closed parcels'
rows kept with the data, lossanalytics.advice.kept_figures), the blank order IDs apart when few parcels
may have one (their test reaches the table scan, so only those parcels are judged again), one
weighs insurance per lane (a parcel's value and its lane's rate need no outcome, so it reads the
parcels without judging them, its rows kept with the data for the lanes' same rates; where a lane's
uninsured parcels are paid by the insurance their service includes, USPS within the US, a pass before
it lists those lanes' services), one lists the never-scanned parcels, one
finds the high-value threshold (it needs the count of valued parcels; values need no outcome,
so it reads the parcels without judging them), one counts the parcels above it and keeps the
first the page shows (the rest are listed again only for the file a seller downloads). No pass
keeps the parcels, so memory stays flat as they grow. What the queries compare is set here:
exchange rates from the claim rules (lists bound as parameters), the lanes (numbered; those
with enough parcels to judge rated), and the lanes found risky.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pyarrow as pa

from lossanalytics.advice.carrier_choice import LANE_KEYS
from lossanalytics.advice.kept_figures import advice_kinds, high_value_threshold, insurance_rows
from lossanalytics.advice.preferences import AdviceSettings
from lossanalytics.advice.results import SHOWN_ROWS
from lossanalytics.analytics.detect import OutcomeQuery, in_scope, outcome_query
from lossanalytics.analytics.metrics import MIN_GROUP_SIZE
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.claims.rule_types import SDR, Rules
from lossanalytics.storage.db import Database
from lossanalytics.storage.sql_text import named_params, named_query, render

#: What Python's str.strip() removes (every character for which str.isspace() is true):
#: a field of only these is as good as blank.
BLANK = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008" \
        "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
#: Parcel fields a claim needs, checked by the records topic.
RECORD_FIELDS: tuple[str, ...] = ("order_id", "declared_value", "currency", "weight_kg", "estimated_delivery_date")
HIGH_VALUE_COLUMNS: tuple[str, ...] = (
    *LANE_KEYS, "tracking_number", "declared_value", "currency", "value_usd", "outcome", "ship_date", "open",
)
#: The blank order IDs are counted apart (statement `blank_order_ids`) when at most this share of the
#: judged parcels may have one: the main pass then reads no order ID, which for ten million parcels of
#: distinct IDs costs 0.4 CPU-s, while judging again the parcels that may have one costs in proportion to
#: them (a seller with tracking exports only has none, and its main pass reads them cheaply).
ORDER_IDS_APART_SHARE = 0.25
_LANE_TYPES = [(key, pa.string()) for key in LANE_KEYS]
#: A lane's carrier, mode, origin and destination, in the order the claim rules take them.
_LaneKey = tuple[str | None, str | None, str | None, str | None]
_LANE_TABLE = pa.schema([*_LANE_TYPES, ("loss_rate", pa.float64()), ("loss_rate_low", pa.float64()),
                         ("limit_package_usd", pa.float64()), ("limit_kg_usd", pa.float64()),
                         ("lane", pa.int64()), ("rated", pa.bool_()), ("by_service", pa.bool_())])


@dataclass(frozen=True)
class AdviceFigures:
    """Counts over the selected parcels and the rows the advice shows (canonical column names).

    `judged` counts the parcels whose outcome is known (the rates' denominator); `parcels`
    all of them, as the record counts use.

    `missing` has one row per record field (`field`, `missing_claimable`, `claimable`,
    `missing_all`, `parcels`); `insurance` one per rated lane with a parcel worth insuring
    (lane keys, `parcels`, `worth`, `clear`, `value_usd`, `expected_loss_usd`,
    `premium_usd`, `lost_value_usd`), in lane order.

    The high-value parcels (worth `threshold_usd` or more, on a risky lane) are counted
    (`high_value_count`, of which `high_value_open` still open, worth `high_value_usd` in all, on
    `high_value_lanes` lanes); `high_value` holds the first :data:`SHOWN_ROWS` of them (columns
    :data:`HIGH_VALUE_COLUMNS`, still open first, then the most valuable) and `high_value_all()`
    lists them all in that order, querying the database again.
    """

    parcels: int
    judged: int
    suspected: int
    open: int
    damaged: int
    returned: int
    insured: int
    claimable: int
    affected: int
    missing: pd.DataFrame
    suspected_value: dict[str, float]
    never_scanned: pd.DataFrame
    threshold_usd: float | None
    high_value: pd.DataFrame
    insurance: pd.DataFrame
    high_value_count: int
    high_value_open: int
    high_value_usd: float
    high_value_lanes: int
    high_value_all: Callable[[], pd.DataFrame]


def advice_figures(db: Database, scope: AnalysisScope, lanes: pd.DataFrame, risky: pd.DataFrame, rules: Rules,
                   cfg: AdviceSettings) -> AdviceFigures:
    """The figures for the parcels in `scope`, as of its day.

    `lanes` are the lane rates (`metrics.rates(…, "lane", …)`); `risky` the lanes tested
    by `carriers.risky_lanes`, of which those marked `risky` are searched for valuable parcels.
    """
    query = outcome_query(db, scope)
    # What the carrier pays an uninsured parcel of each lane, in US dollars, as its claims would be paid
    # (Rules.uninsured_limit_usd): what insuring adds is only the value above it. On a lane paid by the
    # insurance a service includes, the lane's own amount is that of a service not known (the most).
    keys: list[_LaneKey] = [
        (_text(carrier), _text(mode), _text(origin), _text(dest)) for carrier, mode, origin, dest in
        lanes.loc[:, ["carrier", "mode", "origin_country", "dest_country"]].itertuples(index=False)]
    limits = [rules.uninsured_limit_usd(*key) for key in keys]
    numbered = lanes.loc[:, [*LANE_KEYS, "loss_rate", "loss_rate_low"]].assign(
        limit_package_usd=[package for package, _ in limits], limit_kg_usd=[per_kg for _, per_kg in limits],
        lane=range(len(lanes)), rated=(lanes["shipments"] >= MIN_GROUP_SIZE).to_numpy(dtype=bool),
        by_service=[rules.pays_by_service(carrier, origin, dest) for carrier, _, origin, dest in keys])
    flagged = risky.loc[risky["risky"], list(LANE_KEYS)] if not risky.empty else pd.DataFrame(columns=list(LANE_KEYS))
    tables = {
        **query.tables,
        "advice_lanes": pa.Table.from_pandas(numbered, schema=_LANE_TABLE, preserve_index=False),
        "advice_risky": pa.Table.from_pandas(flagged.assign(lane=range(len(flagged))),
                                             schema=pa.schema([*_LANE_TYPES, ("lane", pa.int64())]), preserve_index=False),
    }
    condition, scope_params = in_scope(scope)
    parts = {"outcomes": query.sql, "in_scope": condition,
             **{name: named_query("advice", name) for name in ("parcels", "valuable", "order_id_unsure")},
             "values": render(named_query("advice", "values"), in_scope=condition)}
    usd = _usd_rates(rules)
    values = {**query.params, **scope_params, "blank": BLANK, "fx_codes": list(usd), "fx_rates": list(usd.values()),
              "insurance_rate": cfg.insurance_rate, "min_premium": cfg.insurance_min_premium,
              "quantile": 1 - cfg.high_value_share, "shown": SHOWN_ROWS, "service_keys": [], "service_limits": []}

    def run(statement: str, outcomes: OutcomeQuery = query, registered: dict[str, pa.Table] | None = None,
            **more: Any) -> pa.Table:
        template = named_query("advice", statement)
        filled = {**parts, "outcomes": outcomes.sql}
        sql = render(template, **{name: part for name, part in filled.items() if f"{{{name}}}" in template})
        return db.query(sql, named_params(sql, values | more), {**tables, **(registered or {})})

    by_service = numbered["rated"] & numbered["by_service"]
    if by_service.any():
        carriers = sorted({str(carrier) for carrier in numbered.loc[by_service, "carrier"]})
        values["service_keys"], values["service_limits"] = _service_limits(
            keys, run("lane_services", by_service_carriers=carriers), rules)
    # Whether the main pass reads the order IDs, or leaves the blank ones to a pass of their own (not
    # even run when no order ID may be blank).
    unsure = run("order_ids_unsure").column("parcels")[0].as_py()
    apart = unsure <= ORDER_IDS_APART_SHARE * int(lanes["shipments"].sum())
    order_ids = "order_ids_apart" if apart else "order_ids_read"
    parts["order_ids"] = named_query("advice", order_ids)
    kinds = advice_kinds(db, scope, usd, order_ids, lambda outcomes: run("kinds", outcomes))
    weighed_by = {"lanes": tables["advice_lanes"].to_pylist(),
                  **{name: values[name] for name in ("service_keys", "service_limits", "fx_codes", "fx_rates",
                                                     "insurance_rate", "min_premium")}}
    insurance = insurance_rows(db, scope, weighed_by, lambda: run("insurance"))
    table = run("figures", registered={"advice_kinds": kinds, "advice_insurance": insurance})
    count = {name: table.column(name)[0].as_py() for name in (
        "parcels", "judged", "suspected", "open", "damaged", "returned", "insured", "claimable", "affected", "valued")}
    missing_all = table.column("missing_all")[0].as_py()
    missing_claimable = table.column("missing_claimable")[0].as_py()
    if apart and unsure:
        blank = run("blank_order_ids").to_pylist()[0]
        missing_all["order_id"], missing_claimable["order_id"] = blank["parcels"], blank["claimable"]
        count["affected"] += blank["affected"]
    suspected_value = _rows(table, "suspected_value")
    never_scanned = run("never_scanned").to_pandas()
    # The threshold needs the count of valued parcels, and the parcels above it the threshold.
    threshold_usd = high_value_threshold(db, scope, usd, count["valued"], values["quantile"],
                                         lambda fraction: run("threshold", fraction=fraction))
    floor = _declared_floor(threshold_usd, usd.values())
    above: dict[str, Any] = {"threshold_usd": threshold_usd, "declared_floor": floor}
    valuable = run("high_value_summary", risky_lanes=len(flagged), **above)
    missing = pd.DataFrame([
        {"field": field, "missing_claimable": int(missing_claimable[field]), "claimable": count["claimable"],
         "missing_all": int(missing_all[field]), "parcels": count["parcels"]}
        for field in RECORD_FIELDS
    ])
    return AdviceFigures(
        parcels=count["parcels"], judged=count["judged"], suspected=count["suspected"], open=count["open"], damaged=count["damaged"],
        returned=count["returned"], insured=count["insured"], claimable=count["claimable"],
        affected=count["affected"], missing=missing,
        suspected_value={str(c): float(a) for c, a in zip(suspected_value["currency"], suspected_value["amount"])},
        never_scanned=never_scanned, threshold_usd=threshold_usd,
        high_value=_rows(valuable, "first_rows").loc[:, list(HIGH_VALUE_COLUMNS)], insurance=_rows(table, "insurance"),
        high_value_count=valuable.column("parcels")[0].as_py(), high_value_open=valuable.column("open")[0].as_py(),
        high_value_usd=valuable.column("value_usd")[0].as_py(), high_value_lanes=valuable.column("lanes")[0].as_py(),
        high_value_all=lambda: run("high_value", **above).to_pandas().loc[:, list(HIGH_VALUE_COLUMNS)],
    )


def _text(value: Any) -> str | None:
    """A lane key as the claim rules read it: None where the lane has none."""
    return None if pd.isna(value) else str(value)


def _service_limits(keys: list[_LaneKey], services: pa.Table,
                    rules: Rules) -> tuple[list[dict[str, Any]], list[float | None]]:
    """On the lanes paid by the insurance a service includes, each of their parcels' services (`lane` and
    `service`) and what an uninsured parcel of it is paid in US dollars (Rules.uninsured_limit_usd), in
    the same order: lists bound as parameters, so the parcels' pass carries no list column through its
    lane join (copying a lane's lists onto each of ten million parcels cost a quarter of the pass)."""
    pairs = services.to_pylist()
    limits: list[float | None] = []
    for row in pairs:
        carrier, mode, origin, dest = keys[row["lane"]]
        limits.append(rules.uninsured_limit_usd(carrier, mode, origin, dest, row["service"])[0])
    return [{"lane": row["lane"], "service": row["service"]} for row in pairs], limits


def _declared_floor(threshold_usd: float | None, rates: Iterable[float]) -> float:
    """A declared value under which no parcel, in any currency of `rates` (US dollars per unit), is
    worth `threshold_usd` US dollars (−∞ when none can be said). Shaded down by a billionth: the
    rounding of value × rate is far smaller, so no parcel at the threshold is ever left out."""
    highest = max(rates, default=None)
    if threshold_usd is None or threshold_usd <= 0 or highest is None or not 0 < highest < math.inf:
        return -math.inf
    return threshold_usd / highest * (1 - 1e-9)


def _usd_rates(rules: Rules) -> dict[str, float]:
    """US dollars per unit of every currency the rules know, by upper-case code (as Rules.usd_per reads it)."""
    rates = {code.upper(): rules.usd_per(code) for code in ("USD", SDR, *rules.usd_per_unit)}
    return {code: float(rate) for code, rate in rates.items() if rate is not None}


def _rows(table: pa.Table, column: str) -> pd.DataFrame:
    """The rows held in list column `column` of the query's one row, as a frame (empty when none)."""
    structs = table.column(column).combine_chunks().flatten()
    return pa.Table.from_struct_array(structs).to_pandas()
