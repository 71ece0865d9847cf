"""The analytics pages' tables and sentences, shaped from core results (pure pandas, no Streamlit).

Honesty rules of DESIGN §7 carried to the screen: groups too small to judge are
listed last and never ranked, and a carrier is called worse only on its test's verdict. The
parcels whose exports name no carrier keep their own row, after the ranked carriers, and are
never ranked or compared with a carrier (compare.known_carrier); the sentences say so.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from lossanalytics.analytics.compare import (
    is_carrier,
    known_carrier,
    mark_best_worst,
    p_text,
    pairwise,
    statement,
    unnamed_parcels,
)
from lossanalytics.analytics.metrics import MIN_GROUP_SIZE
from lossanalytics.analytics.reconcile import reconcile_verdicts
from lossanalytics.charts.rates import name_or_unknown, percent
from lossanalytics.i18n import route_name, t, tn
from lossanalytics.ui.numbers import count, md_escape, money
from lossanalytics.ui.seller_tables import loss_rate_columns, transit_columns, translate_headers


def _details(frame: pd.DataFrame) -> dict[str, object]:
    """Confirmed loss rate in % and transit days: the columns that follow the verdict or rank."""
    return {"confirmed_loss_rate": (frame["confirmed_loss_rate"] * 100).round(2), **transit_columns(frame)}


def judged_first(frame: pd.DataFrame) -> pd.DataFrame:
    """Groups with enough parcels and a known carrier first, highest loss rate first; the others after
    them (never ranked): the order of the rows is read as a ranking."""
    unranked = frame["small_sample"].astype(bool) | ~known_carrier(frame)
    return (frame.assign(unranked=unranked)
            .sort_values(["unranked", "loss_rate", "shipments"], ascending=[True, False, False], kind="stable")
            .drop(columns="unranked").reset_index(drop=True))


def scorecard_no_carrier(carriers: pd.DataFrame, lang: str) -> str | None:
    """Under the scorecard: why the "carrier unknown" row has no verdict; None when there is no such row."""
    unnamed = unnamed_parcels(carriers)
    return tn("ui.analytics.scorecard.no_carrier", lang, unnamed, n=unnamed) if unnamed else None


def scorecard(carriers: pd.DataFrame, verdicts: pd.DataFrame, lang: str,
              usd_per: Callable[[str], float | None] | None = None) -> pd.DataFrame:
    """Per carrier: counts, loss and confirmed loss rates, interval, value at loss, transit days,
    on-time rate, its verdict against the other carriers on its lanes and the corrected p-value.

    `carriers` is a `metrics.rates` frame by carrier, `verdicts` a `compare.versus_rest` frame."""
    data = judged_first(carriers.merge(verdicts[["carrier", "verdict", "p_adjusted"]], on="carrier", how="left"))
    # The verdict stands next to the rate it qualifies, before the wide value-at-loss column.
    out = pd.DataFrame({
        "carrier": [name_or_unknown(c, lang) for c in data["carrier"]], "shipments": data["shipments"].astype(int),
        **loss_rate_columns(data, lang),
        "verdict": [t(f"ui.analytics.verdict.{v}", lang) if isinstance(v, str) else "–" for v in data["verdict"]],
        "p_adjusted": [p_text(p) if pd.notna(p) else "–" for p in data["p_adjusted"]], **_details(data),
        "on_time_rate": (data["on_time_rate"].astype(float) * 100).round(1),
        "small_sample": data["small_sample"].astype(bool),
        "value_at_loss": [money(v, lang, usd_per) for v in data["value_at_loss"]],
    })
    return translate_headers(out, lang)


def standing(row: pd.Series, lang: str) -> str:
    """A lane's place among its peers: its rank, best or worst, or why it has none."""
    if pd.isna(row["rank"]):
        unnamed = "carrier" in row and not is_carrier(row["carrier"])
        return t("ui.analytics.standing.no_carrier" if unnamed else "ui.analytics.standing.unranked", lang)
    key = "best" if row["best"] else "worst" if row["worst"] else "rank"
    return t(f"ui.analytics.standing.{key}", lang, rank=int(row["rank"]))


def lane_table(lanes: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One carrier's lanes (route and mode), worst first, ranked only where there are enough parcels."""
    data = judged_first(mark_best_worst(lanes))
    out = pd.DataFrame({
        "route": [route_name(o, d, lang) for o, d in zip(data["origin_country"], data["dest_country"])],
        "mode": [t(f"mode.{m}", lang) for m in data["mode"]], "shipments": data["shipments"].astype(int),
        **loss_rate_columns(data, lang),
        "standing": [standing(row, lang) for _, row in data.iterrows()], **_details(data),
        "small_sample": data["small_sample"].astype(bool),
    })
    return translate_headers(out, lang)


def lane_name(row: pd.Series, lang: str) -> str:
    """A lane in words: 'YunExpress, China → Germany (Air)'."""
    return t("ui.analytics.lanes.lane", lang, carrier=name_or_unknown(row["carrier"], lang),
             route=route_name(row["origin_country"], row["dest_country"], lang), mode=t(f"mode.{row['mode']}", lang))


def extremes(lanes: pd.DataFrame, lang: str) -> tuple[list[str], str | None]:
    """Markdown sentences naming the worst and the best lane among those with enough parcels
    and a known carrier, and the basis of that ranking (None when fewer than two lanes can be
    ranked, or all of them lose the same share: then the one lane, or that share, is said instead),
    then how many lanes of parcels without a carrier were left out of it.

    Ties are common (many lanes lose nothing): the busiest of the tied lanes is named and
    the others counted."""
    lines, basis = _ranked_extremes(lanes, lang)
    unnamed = int((~known_carrier(lanes)).sum())
    if unnamed:
        lines.append(tn("ui.analytics.lanes.no_carrier", lang, unnamed, count=unnamed,
                        n=unnamed_parcels(lanes)))
    return lines, basis


def _ranked_extremes(lanes: pd.DataFrame, lang: str) -> tuple[list[str], str | None]:
    """`extremes` without the word on the lanes of parcels without a carrier."""
    marked = mark_best_worst(lanes)
    ranked = int(marked["rank"].notna().sum())
    if ranked == 0:
        return [t("ui.analytics.lanes.none", lang)], None
    rates = marked.loc[marked["rank"].notna(), "loss_rate"]
    if ranked == 1:
        # One lane with enough parcels: named with its rate, but neither best nor worst of anything.
        row = marked[marked["rank"].notna()].iloc[0]
        return [t("ui.analytics.lanes.only_one", lang, lane=md_escape(lane_name(row, lang)),
                  rate=percent(row["loss_rate"]), n=count(int(row["shipments"])), low=percent(row["loss_rate_low"]),
                  high=percent(row["loss_rate_high"]))], None
    if rates.nunique() == 1:
        # Every ranked lane at one rate (often none lost): no lane is highest or lowest.
        return [t("ui.analytics.lanes.all_same", lang, ranked=ranked, rate=percent(float(rates.iloc[0])))], None
    lines = []
    for key in ("worst", "best"):
        tied = marked[marked[key]].sort_values(["shipments", "carrier"], ascending=[False, True])
        row = tied.iloc[0]
        line = t(f"ui.analytics.lanes.{key}", lang, lane=md_escape(lane_name(row, lang)),
                 rate=percent(row["loss_rate"]), n=count(int(row["shipments"])), low=percent(row["loss_rate_low"]),
                 high=percent(row["loss_rate_high"]))
        if len(tied) > 1:
            line += " " + tn("ui.analytics.lanes.tied", lang, len(tied) - 1, count=len(tied) - 1)
        lines.append(line)
    unranked = int(known_carrier(marked).sum()) - ranked  # the small lanes: those without a carrier are said apart
    small = tn("ui.analytics.lanes.unranked", lang, unranked, count=unranked) if unranked else ""
    return lines, t("ui.analytics.lanes.basis", lang, ranked=ranked, unranked=small)


def lane_tests(lanes: pd.DataFrame, lang: str) -> list[str]:
    """What the pairwise tests of carriers on the same lane allow one to say, in sentences:
    each significant difference, or that there is none (or nothing to compare); then how many
    parcels without a carrier were left out of the tests."""
    pairs = pairwise(lanes, min_shipments=MIN_GROUP_SIZE)
    unnamed = unnamed_parcels(lanes)
    left_out = [tn("ui.analytics.lanes.tests_no_carrier", lang, unnamed, n=unnamed)] if unnamed else []
    if pairs.empty:
        return [t("ui.analytics.lanes.no_pairs", lang), *left_out]
    significant = pairs[pairs["significant"]]
    if significant.empty:
        return [t("ui.analytics.lanes.no_difference", lang, comparisons=len(pairs)), *left_out]
    return [*(statement(row, lang, len(pairs)) for _, row in significant.iterrows()), *left_out]


def reconciliations(carriers: pd.DataFrame, verdicts: pd.DataFrame, lang: str) -> list[str]:
    """One sentence per carrier whose place on the chart and verdict seem to disagree,
    saying why (analytics.reconcile); carrier names as written, for the caller to escape."""
    return [
        t(f"ui.analytics.reconcile.{row['kind']}", lang, carrier=name_or_unknown(row["carrier"], lang),
          rate=percent(row["rate"]), rest_rate=percent(row["rest_rate"]), shared_rate=percent(row["shared_rate"]),
          lanes_rate=percent(row["lanes_rate"]), p=p_text(row["p_adjusted"]), lower=_count(row["lower"]),
          higher=_count(row["higher"]), others=_count(row["others"]))
        for _, row in reconcile_verdicts(carriers, verdicts).iterrows()
    ]


def _count(value: float) -> int:
    """A carrier count from the reconcile frame (NaN for a carrier too small to rank: 0, never said)."""
    return 0 if pd.isna(value) else int(value)
