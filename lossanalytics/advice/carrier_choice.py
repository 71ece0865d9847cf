"""Which carriers and lanes lose significantly more parcels, and what to use instead.

Two questions, each answered only when a test supports it (DESIGN §7):

1. Which carriers lose more than the other carriers on the same lanes (route and
   mode)? `compare.versus_rest` (Cochran–Mantel–Haenszel, Holm-corrected over the
   carriers tested). Then, for each carrier found worse, every other carrier on each of
   its lanes is tested against it (Fisher or z test, Holm-corrected over all those
   pairs): an alternative is named "better" only when that test says so. When no single
   lane has the parcels to tell them apart, each other carrier is also tested against it over
   all the lanes both serve (Cochran–Mantel–Haenszel, the Carriers page's test with the two
   carriers alone; Holm over those pairs): a carrier that loses fewer on the shared lanes taken
   together is named as the better choice there.
2. Which lanes (carrier × route × mode) lose more than the seller's other parcels of the
   same transport mode? Modes differ in how often they lose parcels, so an air lane tested
   against sea and rail parcels would be flagged for its mode, not for itself. Where the mode
   has fewer than `metrics.MIN_GROUP_SIZE` other parcels, or is unknown, the lane is tested
   against all the other parcels instead (`peers` says which). Holm-corrected over the lanes tested.

Groups with fewer than `metrics.MIN_GROUP_SIZE` parcels are never tested or ranked. Parcels whose
exports name no carrier (`compare.known_carrier`) are never a carrier found worse, an alternative to
one, the others a carrier is tested against, or a risky lane (the advice is to choose a carrier
there, and theirs is not known); they stay among the other parcels of their mode a lane is set against.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from lossanalytics.analytics.compare import (
    LANE,
    holm,
    known_carrier,
    mantel_haenszel_p,
    mantel_haenszel_terms,
    proportion_test,
    versus_rest,
)
from lossanalytics.analytics.metrics import MIN_GROUP_SIZE, wilson_interval

LANE_KEYS: tuple[str, ...] = ("carrier", *LANE)
ALTERNATIVE_COLUMNS: tuple[str, ...] = (
    "carrier", *LANE, "shipments", "losses", "loss_rate", "loss_rate_low", "loss_rate_high", "alternative",
    "alt_shipments", "alt_losses", "alt_rate", "alt_low", "alt_high", "test", "p_value", "p_adjusted",
    "significant", "better",
)
POOLED_COLUMNS: tuple[str, ...] = (
    "carrier", "alternative", "lanes", "shipments", "losses", "alt_shipments", "alt_losses", "expected_losses",
    "ratio", "p_value", "p_adjusted", "better",
)
RISKY_COLUMNS: tuple[str, ...] = (
    *LANE_KEYS, "shipments", "losses", "loss_rate", "loss_rate_low", "loss_rate_high", "rest_shipments",
    "rest_losses", "rest_rate", "peers", "mode_others", "test", "p_value", "p_adjusted", "risky",
)
#: A lane's route and mode, each missing value as None.
_Lane = tuple[object, ...]
#: What a risky lane was compared with: the other parcels of its mode, or all the other parcels.
SAME_MODE, ALL_PARCELS = "mode", "all"


def with_losses(lanes: pd.DataFrame) -> pd.DataFrame:
    """Lane rates with `losses` = lost + suspected lost (ints)."""
    out = lanes.copy()
    out["losses"] = (out["lost"] + out["suspected_lost"]).astype(int)
    out["shipments"] = out["shipments"].astype(int)
    return out


def worse_carriers(lanes: pd.DataFrame, alpha: float, outcome: str = "loss") -> pd.DataFrame:
    """`compare.versus_rest` over lanes; `outcome="damage"` tests damaged parcels instead of losses."""
    frame = lanes
    if outcome == "damage":
        frame = lanes.assign(lost=lanes["damaged"], suspected_lost=0)
    if frame.empty:
        return pd.DataFrame(columns=["carrier", "lanes", "shipments", "losses", "expected_losses", "ratio",
                                     "p_value", "p_adjusted", "verdict"])
    return versus_rest(frame, "carrier", LANE, "holm", alpha)


def alternatives(lanes: pd.DataFrame, carriers: list[str], alpha: float) -> pd.DataFrame:
    """Each of `carriers` against every other carrier on each lane they share (both with enough parcels).

    All pairs form one family for the Holm correction; `better` marks an alternative
    whose loss rate is lower and significantly so. Sorted by carrier, then most certain first.
    """
    # Plain records, not frame rows: a few hundred lanes, where pandas' per-row cost is most of the time.
    eligible = _records(with_losses(lanes[(lanes["shipments"] >= MIN_GROUP_SIZE) & known_carrier(lanes)]))
    on_lane = _by_lane(eligible)
    wanted = set(carriers)
    rows = []
    for mine in (row for row in eligible if row["carrier"] in wanted):
        for peer in (row for row in on_lane[_lane_of(mine)] if row["carrier"] != mine["carrier"]):
            test, p = proportion_test(mine["losses"], mine["shipments"], peer["losses"], peer["shipments"])
            rows.append({
                "carrier": mine["carrier"], **{k: mine[k] for k in LANE},
                "shipments": mine["shipments"], "losses": mine["losses"], "loss_rate": mine["loss_rate"],
                "loss_rate_low": mine["loss_rate_low"], "loss_rate_high": mine["loss_rate_high"],
                "alternative": peer["carrier"], "alt_shipments": peer["shipments"], "alt_losses": peer["losses"],
                "alt_rate": peer["loss_rate"], "alt_low": peer["loss_rate_low"], "alt_high": peer["loss_rate_high"],
                "test": test, "p_value": p,
            })
    result = pd.DataFrame(rows, columns=list(ALTERNATIVE_COLUMNS))
    if result.empty:
        return result
    result["p_adjusted"] = holm(result["p_value"].to_numpy())
    result["significant"] = result["p_adjusted"] < alpha
    result["better"] = result["significant"] & (result["alt_rate"] < result["loss_rate"])
    return result.sort_values(["carrier", "p_adjusted", "alt_rate"], kind="stable", ignore_index=True)


def pooled_alternatives(lanes: pd.DataFrame, carriers: list[str], alpha: float) -> pd.DataFrame:
    """Each of `carriers` against every other carrier over all the lanes both serve with enough parcels.

    Per pair: the shared `lanes`, both carriers' parcels and losses there, the losses `expected` of
    the carrier at the two carriers' pooled rate lane by lane, `ratio`, and the Cochran–Mantel–Haenszel
    `p_value` (`compare.versus_rest` with the two carriers alone); `p_adjusted` is Holm over all the
    pairs, and `better` marks an alternative that loses significantly fewer. Most certain first.
    """
    eligible = _records(with_losses(lanes[(lanes["shipments"] >= MIN_GROUP_SIZE) & known_carrier(lanes)]))
    on_lane = _by_lane(eligible)
    served: dict[str, dict[_Lane, dict[str, Any]]] = {}
    for row in eligible:
        served.setdefault(row["carrier"], {})[_lane_of(row)] = row
    rows = []
    for carrier in carriers:
        mine = served.get(carrier, {})
        peers = sorted({row["carrier"] for lane in mine for row in on_lane[lane]} - {carrier})
        for peer in peers:
            # The lanes both serve: the Cochran–Mantel–Haenszel test of the two carriers alone there.
            shared = [(mine[lane], served[peer][lane]) for lane in mine if lane in served[peer]]
            n1 = np.array([own["shipments"] for own, _ in shared], dtype=float)
            a = np.array([own["losses"] for own, _ in shared], dtype=float)
            n2 = np.array([their["shipments"] for _, their in shared], dtype=float)
            b = np.array([their["losses"] for _, their in shared], dtype=float)
            expected, variance = mantel_haenszel_terms(n1, n1 + n2, a + b)
            losses, expected_losses = a.sum(), expected.sum()
            with np.errstate(invalid="ignore", divide="ignore"):
                ratio = losses / expected_losses
            rows.append({
                "carrier": carrier, "alternative": peer, "lanes": len(shared),
                "shipments": int(n1.sum()), "losses": int(losses),
                "alt_shipments": int(n2.sum()), "alt_losses": int(b.sum()),
                "expected_losses": float(expected_losses), "ratio": float(ratio),
                "p_value": float(mantel_haenszel_p([losses - expected_losses], [variance.sum()])[0]),
            })
    result = pd.DataFrame(rows, columns=list(POOLED_COLUMNS))
    if result.empty:
        return result
    result["p_adjusted"] = holm(result["p_value"].to_numpy())
    result["better"] = (result["p_adjusted"] < alpha) & (result["losses"] > result["expected_losses"])
    return result.sort_values(["carrier", "p_adjusted", "alternative"], kind="stable", ignore_index=True)


def risky_lanes(lanes: pd.DataFrame, alpha: float) -> pd.DataFrame:
    """Every lane with enough parcels tested against the seller's other parcels of its transport mode
    (`peers` "mode"), or against all the other parcels (`peers` "all") where its mode is unknown or has
    fewer than MIN_GROUP_SIZE other parcels (`mode_others` counts them); Holm over lanes. The lanes of
    parcels without a carrier are not tested, but their parcels are among the others."""
    data = with_losses(lanes)
    total_n, total_losses = int(data["shipments"].sum()), int(data["losses"].sum())
    per_mode = data.groupby("mode", dropna=False)[["shipments", "losses"]].sum()
    mode_totals = {_key(mode): (int(n), int(k)) for mode, n, k in
                   zip(per_mode.index, per_mode["shipments"], per_mode["losses"])}
    eligible = data[(data["shipments"] >= MIN_GROUP_SIZE) & (data["shipments"] < total_n) & known_carrier(data)]
    rows = []
    for lane in _records(eligible):
        mode_n, mode_losses = mode_totals[_key(lane["mode"])]
        others = mode_n - lane["shipments"]
        # An unknown mode is no peer group: its parcels may travel by any mode.
        if lane["mode"] != "unknown" and others >= MIN_GROUP_SIZE:
            peers, rest_n, rest_losses = SAME_MODE, others, mode_losses - lane["losses"]
        else:
            peers, rest_n, rest_losses = ALL_PARCELS, total_n - lane["shipments"], total_losses - lane["losses"]
        test, p = proportion_test(lane["losses"], lane["shipments"], rest_losses, rest_n)
        rows.append({
            **{k: lane[k] for k in LANE_KEYS}, "shipments": lane["shipments"], "losses": lane["losses"],
            "loss_rate": lane["loss_rate"], "loss_rate_low": lane["loss_rate_low"],
            "loss_rate_high": lane["loss_rate_high"], "rest_shipments": rest_n, "rest_losses": rest_losses,
            "rest_rate": rest_losses / rest_n, "peers": peers, "mode_others": others, "test": test, "p_value": p,
        })
    result = pd.DataFrame(rows, columns=list(RISKY_COLUMNS))
    if result.empty:
        return result
    result["p_adjusted"] = holm(result["p_value"].to_numpy())
    result["risky"] = (result["p_adjusted"] < alpha) & (result["loss_rate"] > result["rest_rate"])
    return result.sort_values(["risky", "loss_rate"], ascending=[False, False], kind="stable", ignore_index=True)


def _key(value: object) -> object:
    """A lane key's value as a dictionary key: every missing value (None, NaN, NA) is one None."""
    return None if pd.isna(value) else value


def _lane_of(row: dict[str, Any]) -> _Lane:
    return tuple(_key(row[key]) for key in LANE)


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return frame.to_dict("records")


def _by_lane(records: list[dict[str, Any]]) -> dict[_Lane, list[dict[str, Any]]]:
    """The records on each lane (route and mode), in their order."""
    found: dict[_Lane, list[dict[str, Any]]] = {}
    for row in records:
        found.setdefault(_lane_of(row), []).append(row)
    return found


def overall_rate(count: int, total: int) -> tuple[float, float, float]:
    """A share with its Wilson 95% interval: (rate, low, high); NaNs when `total` is 0."""
    low, high = wilson_interval([count], [total])
    return (count / total if total else float("nan")), float(low[0]), float(high[0])
