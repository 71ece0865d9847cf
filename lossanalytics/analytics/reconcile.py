"""Where the carrier chart and the carrier verdicts seem to disagree, the facts that reconcile them.

The chart ranks carriers by their raw loss rate over all their parcels; the verdict
(compare.versus_rest) compares each carrier with the others on the same lanes (route
and mode). A carrier that serves risky lanes can sit high on the chart and still lose
fewer parcels there than the others do, and the other way round. Such a pair looks like
a contradiction to a seller unless one sentence says why, so for every carrier where the
two point different ways this returns the figures that sentence needs:

- `better_on_lanes`: marked better, but its raw rate is at or above the others' rate, or
  it stands in the worse half of the chart;
- `worse_on_lanes`: marked worse, but its raw rate is at or below the others' rate, or it
  stands in the better half of the chart;
- `chance_highest` / `chance_lowest`: the highest or lowest raw rate on the chart (among
  carriers with enough parcels), yet no significant difference on the same lanes.
"""

from __future__ import annotations

import pandas as pd

from lossanalytics.analytics.metrics import MIN_GROUP_SIZE

COLUMNS = ("carrier", "kind", "rate", "rest_rate", "shared_rate", "lanes_rate", "p_adjusted")


def reconcile_verdicts(carriers: pd.DataFrame, verdicts: pd.DataFrame) -> pd.DataFrame:
    """One row per carrier whose chart position and verdict point different ways (see module doc).

    `carriers` is a `metrics.rates` frame by carrier (lost, suspected_lost, shipments),
    `verdicts` a `compare.versus_rest` frame. `rate` is the carrier's raw loss rate,
    `rest_rate` the other carriers' pooled raw rate, `shared_rate` its rate on the lanes
    it shares with others, `lanes_rate` what the pooled rate of all carriers on each of
    those lanes predicts for its parcels (the test's expected losses / its parcels there).
    """
    losses = carriers["lost"] + carriers["suspected_lost"]
    total_losses, total_shipments = float(losses.sum()), float(carriers["shipments"].sum())
    rest = total_shipments - carriers["shipments"]
    raw = pd.DataFrame({
        "carrier": carriers["carrier"],
        "rate": losses / carriers["shipments"],
        "rest_rate": (total_losses - losses) / rest.where(rest > 0),
        "eligible": carriers["shipments"] >= MIN_GROUP_SIZE,
    })
    ranked = raw[raw["eligible"]]
    raw["rank"] = ranked["rate"].rank(method="min").reindex(raw.index)
    eligible_count = len(ranked)
    data = raw.merge(verdicts[["carrier", "verdict", "losses", "expected_losses", "shipments", "p_adjusted"]],
                     on="carrier", how="inner")
    shared = data["shipments"].where(data["shipments"] > 0)
    data["shared_rate"] = data["losses"] / shared
    data["lanes_rate"] = data["expected_losses"] / shared
    worse_half = data["rank"] > eligible_count / 2
    better_half = data["rank"] <= eligible_count / 2
    several = eligible_count >= 2
    kinds = pd.Series(None, index=data.index, dtype=object)
    kinds[data["verdict"].eq("better") & (data["rate"].ge(data["rest_rate"]) | worse_half)] = "better_on_lanes"
    kinds[data["verdict"].eq("worse") & (data["rate"].le(data["rest_rate"]) | better_half)] = "worse_on_lanes"
    undecided = data["verdict"].eq("no_difference") & several
    kinds[undecided & data["rank"].eq(eligible_count)] = "chance_highest"
    kinds[undecided & data["rank"].eq(1)] = "chance_lowest"
    data["kind"] = kinds
    return data[data["kind"].notna()][list(COLUMNS)].reset_index(drop=True)
