"""Where the carrier chart and the carrier verdicts seem to disagree, the facts that reconcile them.

The chart ranks carriers by their raw loss rate over all their parcels; the verdict
(compare.versus_rest) compares each carrier with the others on the same lanes (route
and mode). A carrier that serves risky lanes can sit high on the chart and still lose
fewer parcels there than the others do, and the other way round. Such a pair looks like
a contradiction to a seller unless one sentence says why, so for every carrier where the
two point different ways this returns the figures that sentence needs:

- `better_on_lanes`: marked better, but its raw rate is at or above the others' rate;
- `better_high_on_chart`: marked better, below the others' pooled rate but in the worse
  half of the chart (`lower` of the `others` ranked carriers lose fewer);
- `worse_on_lanes`: marked worse, but its raw rate is at or below the others' rate;
- `worse_low_on_chart`: marked worse, above the others' pooled rate but in the better half
  of the chart (`higher` of the `others` ranked carriers lose more);
- `chance_highest` / `chance_lowest`: the highest or lowest raw rate on the chart (among
  carriers with enough parcels), held alone, yet no significant difference on the same lanes.
  Carriers that share the extreme rate get no such sentence: none of them is "the" lowest, and
  where every ranked carrier lost nothing (291 transporters, 0.0% each) the chart and the verdicts
  agree that none differs.

The parcels without a carrier (compare.known_carrier) are no carrier: they are neither ranked nor
among the others whose rate a carrier is set against, as in the verdicts.
"""

from __future__ import annotations

import pandas as pd

from lossanalytics.analytics.compare import known_carrier
from lossanalytics.analytics.metrics import MIN_GROUP_SIZE

COLUMNS = ("carrier", "kind", "rate", "rest_rate", "shared_rate", "lanes_rate", "p_adjusted", "lower", "higher",
           "others")


def reconcile_verdicts(carriers: pd.DataFrame, verdicts: pd.DataFrame) -> pd.DataFrame:
    """One row per carrier whose chart position and verdict point different ways (see module doc).

    `carriers` is a `metrics.rates` frame by carrier (lost, suspected_lost, shipments),
    `verdicts` a `compare.versus_rest` frame. `rate` is the carrier's raw loss rate,
    `rest_rate` the other carriers' pooled raw rate, `shared_rate` its rate on the lanes
    it shares with others, `lanes_rate` what the pooled rate of all carriers on each of
    those lanes predicts for its parcels (the test's expected losses / its parcels there).
    """
    carriers = carriers[known_carrier(carriers)]
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
    # Ranked carriers whose raw rate is strictly below / above this one's, and how many others are ranked.
    raw["lower"] = raw["rank"] - 1
    raw["higher"] = eligible_count - ranked["rate"].rank(method="max").reindex(raw.index)
    raw["others"] = eligible_count - 1
    # Whether no other ranked carrier shares its rate: its lowest place ("min") is its highest ("max").
    raw["alone"] = ranked["rate"].rank(method="max").reindex(raw.index).eq(raw["rank"])
    data = raw.merge(verdicts[["carrier", "verdict", "losses", "expected_losses", "shipments", "p_adjusted"]],
                     on="carrier", how="inner")
    shared = data["shipments"].where(data["shipments"] > 0)
    data["shared_rate"] = data["losses"] / shared
    data["lanes_rate"] = data["expected_losses"] / shared
    worse_half = data["rank"] > eligible_count / 2
    better_half = data["rank"] <= eligible_count / 2
    several = eligible_count >= 2
    kinds = pd.Series(None, index=data.index, dtype=object)
    better, worse = data["verdict"].eq("better"), data["verdict"].eq("worse")
    # Half-of-the-chart sentences first; the pooled-rate sentence wins where its words hold.
    kinds[better & worse_half] = "better_high_on_chart"
    kinds[better & data["rate"].ge(data["rest_rate"])] = "better_on_lanes"
    kinds[worse & better_half] = "worse_low_on_chart"
    kinds[worse & data["rate"].le(data["rest_rate"])] = "worse_on_lanes"
    undecided = data["verdict"].eq("no_difference") & several
    alone = data["alone"].fillna(False).astype(bool)
    kinds[undecided & alone & data["rank"].eq(eligible_count)] = "chance_highest"
    kinds[undecided & alone & data["rank"].eq(1)] = "chance_lowest"
    data["kind"] = kinds
    return data[data["kind"].notna()][list(COLUMNS)].reset_index(drop=True)
