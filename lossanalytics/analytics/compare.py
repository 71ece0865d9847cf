"""Honest comparisons between carriers (DESIGN §7): "X loses more than Y" only when a test says so.

Every comparison is a proper test of two loss proportions — Fisher's exact test when a
cell is expected to hold fewer than five parcels, the pooled two-proportion z-test
otherwise — and every family of comparisons is corrected for its size (Holm by
default, Benjamini–Hochberg on request), with raw and adjusted p-values kept. Groups
with fewer than MIN_GROUP_SIZE parcels are never tested, ranked best or worst, and neither
are the parcels whose exports name no carrier (`known_carrier`).

The functions take frames from `metrics.rates`, so a page can reuse what it already has.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pandas as pd
from scipy import stats
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportions_ztest

from lossanalytics.analytics.metrics import MIN_GROUP_SIZE, rates
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.i18n import route_name, t
from lossanalytics.normalise.carrier_modes import NO_CARRIER
from lossanalytics.storage.db import Database

ALPHA = 0.05
LANE = ("origin_country", "dest_country", "mode")  # a lane without its carrier: where carriers compete
WITHIN = {"lane": ("lane", LANE), "mode": ("carrier,mode", ("mode",))}


def two_proportion_z(k1: int, n1: int, k2: int, n2: int) -> tuple[float, float]:
    """Pooled two-proportion z statistic and its two-sided p-value (statsmodels)."""
    if k1 + k2 in (0, n1 + n2):
        return 0.0, 1.0  # nobody or everybody lost: no spread, so nothing to test
    z, p = proportions_ztest([k1, k2], [n1, n2])
    return float(z), float(p)


def fisher_exact(k1: int, n1: int, k2: int, n2: int) -> float:
    """Two-sided p-value of Fisher's exact test (SciPy) on [[k1, n1 - k1], [k2, n2 - k2]]: the
    probability, with the margins fixed, of a table no more likely than the one seen."""
    return float(stats.fisher_exact([[k1, n1 - k1], [k2, n2 - k2]]).pvalue)


def proportion_test(k1: int, n1: int, k2: int, n2: int) -> tuple[str, float]:
    """("fisher" | "z", two-sided p) for losses k1 of n1 against k2 of n2."""
    losses, total = k1 + k2, n1 + n2
    expected = [n * share for n in (n1, n2) for share in (losses / total, 1 - losses / total)]
    if min(expected) < 5:
        return "fisher", fisher_exact(k1, n1, k2, n2)
    return "z", two_proportion_z(k1, n1, k2, n2)[1]


def holm(p_values: Sequence[float] | npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Holm's step-down adjustment: controls the chance of any false claim among the family.

    Sorted, the i-th smallest of n p-values is multiplied by n - i, never falls below the one
    before it, and is at most 1 (statsmodels' figures). Worked here, not by statsmodels, whose
    Holm runs a full garbage collection on each call: seconds in a dashboard holding big caches.
    """
    p = np.asarray(p_values, dtype=float)
    order = np.argsort(p)
    stepped = np.minimum(np.maximum.accumulate(p[order] * np.arange(len(p), 0, -1)), 1.0)
    adjusted = np.empty_like(stepped)
    adjusted[order] = stepped
    return adjusted


def benjamini_hochberg(p_values: Sequence[float] | npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Benjamini–Hochberg adjustment (statsmodels): controls the expected share of false claims."""
    return np.asarray(multipletests(np.asarray(p_values, dtype=float), method="fdr_bh")[1], dtype=float)


CORRECTIONS = {"holm": holm, "bh": benjamini_hochberg}


def known_carrier(frame: pd.DataFrame) -> pd.Series:
    """Which rows of `frame` name a carrier (all, when it has no carrier column).

    The parcels whose exports named none (carrier_modes.NO_CARRIER) may have travelled with any
    of the seller's carriers, or several: their loss rate is the seller's and is shown, but they
    are no carrier to rank, to test against a carrier, or to move routes to or from.
    """
    if "carrier" not in frame:
        return pd.Series(True, index=frame.index)
    return frame["carrier"].notna() & frame["carrier"].ne(NO_CARRIER)


def unnamed_parcels(frame: pd.DataFrame) -> int:
    """How many of a rates frame's parcels have no known carrier (0 without a carrier column, or rows)."""
    if frame.empty:
        return 0
    return int(frame.loc[~known_carrier(frame), "shipments"].sum())


def is_carrier(value: object) -> bool:
    """Whether one group's carrier value names a carrier (see `known_carrier`)."""
    return isinstance(value, str) and value != NO_CARRIER


def _losses(frame: pd.DataFrame) -> pd.Series:
    return frame["lost"] + frame["suspected_lost"]


def pairwise(
    frame: pd.DataFrame, group: str = "carrier", within: Sequence[str] = LANE, correction: str = "holm",
    alpha: float = ALPHA, min_shipments: int = MIN_GROUP_SIZE,
) -> pd.DataFrame:
    """Every pair of groups (with enough parcels) inside each stratum of `within`, tested.

    `frame` is a `metrics.rates` frame with `group` and `within` columns. Per pair:
    `worse`/`better` (by the observed loss rate, lost + suspected), their counts and
    rates, the test used, `p_value`, `p_adjusted` over all pairs returned, and
    `significant` (adjusted p below `alpha`). Only significant rows may be said aloud.
    Carriers compared, parcels without a carrier are left out (`known_carrier`).
    """
    enough = frame["shipments"] >= min_shipments
    if group == "carrier":
        enough &= known_carrier(frame)
    eligible = frame[enough].assign(losses=_losses(frame))
    rows = []
    for stratum, members in eligible.groupby(list(within), dropna=False, sort=True):
        members = members.sort_values([group])
        records = members[[group, "shipments", "losses"]].to_dict("records")
        for i, first in enumerate(records):
            for second in records[i + 1:]:
                worse, better = (first, second) if first["losses"] / first["shipments"] >= \
                    second["losses"] / second["shipments"] else (second, first)
                test, p = proportion_test(worse["losses"], worse["shipments"], better["losses"], better["shipments"])
                rows.append({
                    **dict(zip(within, stratum)), "worse": worse[group], "better": better[group],
                    "worse_shipments": worse["shipments"], "worse_losses": worse["losses"],
                    "worse_rate": worse["losses"] / worse["shipments"],
                    "better_shipments": better["shipments"], "better_losses": better["losses"],
                    "better_rate": better["losses"] / better["shipments"], "test": test, "p_value": p,
                })
    result = pd.DataFrame(rows, columns=[*within, "worse", "better", "worse_shipments", "worse_losses", "worse_rate",
                                         "better_shipments", "better_losses", "better_rate", "test", "p_value"])
    result["p_adjusted"] = CORRECTIONS[correction](result["p_value"].to_numpy()) if len(result) else []
    result["significant"] = result["p_adjusted"] < alpha
    return result.sort_values(["p_adjusted", *within], kind="stable", ignore_index=True)


def versus_rest(
    frame: pd.DataFrame, group: str = "carrier", strata: Sequence[str] = LANE, correction: str = "holm",
    alpha: float = ALPHA, min_shipments: int = MIN_GROUP_SIZE,
) -> pd.DataFrame:
    """Each group against the other groups on the same strata (a carrier against the other
    carriers on its own lanes), with the Cochran–Mantel–Haenszel test.

    Per group: the lanes where it meets others, its losses there and `expected_losses`
    (what the others' rates on those lanes predict), `ratio` (losses / expected), the
    continuity-corrected CMH `p_value`, `p_adjusted` over the groups tested, and a
    `verdict`: worse, better, no_difference, too_small (fewer than `min_shipments`
    parcels on shared lanes) or no_peers (nobody else on its lanes); the last two are
    not tested and never ranked.

    Computed for every group at once; it equals statsmodels' `StratifiedTable.test_null_odds`
    (tests/test_statistics_reference.py) except that the continuity correction never exceeds
    the deviation itself, as in SciPy's Yates correction, so an exact match gives p = 1.
    """
    named = known_carrier(frame) if group == "carrier" else pd.Series(True, index=frame.index)
    unnamed = frame.loc[~named, group].dropna().unique()
    frame = frame[named]
    data = frame.assign(losses=_losses(frame))[[group, *strata, "shipments", "losses"]]
    totals = data.groupby(list(strata), dropna=False)[["shipments", "losses"]].transform("sum")
    a, n1 = data["losses"].to_numpy(float), data["shipments"].to_numpy(float)
    n, m1 = totals["shipments"].to_numpy(float), totals["losses"].to_numpy(float)
    shared = (n > n1) & (n > 1)  # strata where somebody else ships too
    expected, variance = mantel_haenszel_terms(n1, n, m1)
    parts = pd.DataFrame({
        group: data[group], "lanes": shared.astype(int), "shipments": np.where(shared, n1, 0),
        "losses": np.where(shared, a, 0), "expected_losses": np.where(shared, expected, 0),
        "variance": np.where(shared, variance, 0),
    })
    result = parts.groupby(group, sort=True).sum().reset_index()
    deviation = (result["losses"] - result["expected_losses"]).to_numpy()
    with np.errstate(invalid="ignore", divide="ignore"):
        result["ratio"] = result["losses"] / result["expected_losses"]
    result["p_value"] = mantel_haenszel_p(deviation, result["variance"].to_numpy())
    tested = (result["shipments"] >= min_shipments).to_numpy()
    result["p_adjusted"] = np.nan
    if tested.any():
        result.loc[tested, "p_adjusted"] = CORRECTIONS[correction](result.loc[tested, "p_value"].to_numpy())
    significant = tested & (result["p_adjusted"] < alpha).to_numpy()
    result["verdict"] = np.select(
        [result["lanes"].eq(0).to_numpy(), ~tested, significant & (deviation > 0), significant & (deviation < 0)],
        ["no_peers", "too_small", "worse", "better"], "no_difference",
    )
    untested = pd.DataFrame({group: unnamed, "lanes": 0, "shipments": 0.0, "losses": 0.0, "expected_losses": 0.0,
                             "ratio": np.nan, "p_value": np.nan, "p_adjusted": np.nan, "verdict": "no_carrier"})
    result = result.drop(columns=["variance"])
    return pd.concat([result, untested], ignore_index=True) if len(untested) else result


def mantel_haenszel_terms(shipments: npt.ArrayLike, stratum_shipments: npt.ArrayLike,
                          stratum_losses: npt.ArrayLike) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Per group and stratum, the losses expected of the group's `shipments` at its stratum's rate and
    their hypergeometric variance (the Cochran–Mantel–Haenszel terms, summed over a group's strata);
    NaN where a stratum has a single parcel."""
    n1, n, m1 = (np.asarray(x, dtype=float) for x in (shipments, stratum_shipments, stratum_losses))
    with np.errstate(invalid="ignore", divide="ignore"):
        return n1 * m1 / n, n1 * (n - n1) * m1 * (n - m1) / (n**2 * (n - 1))


def mantel_haenszel_p(deviation: npt.ArrayLike, variance: npt.ArrayLike) -> npt.NDArray[np.float64]:
    """Two-sided p of the continuity-corrected Cochran–Mantel–Haenszel statistic from the summed
    deviation (losses - expected) and variance: 1 where there is no variance. The correction never
    exceeds the deviation itself, as in SciPy's Yates correction, so an exact match gives p = 1."""
    deviation, variance = np.asarray(deviation, dtype=float), np.asarray(variance, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        statistic = np.maximum(np.abs(deviation) - 0.5, 0) ** 2 / variance
    return np.array([math.erfc(math.sqrt(s / 2)) if v > 0 else 1.0 for s, v in zip(statistic, variance)], dtype=float)


def mark_best_worst(frame: pd.DataFrame, rate: str = "loss_rate", min_shipments: int = MIN_GROUP_SIZE) -> pd.DataFrame:
    """Add `rank` (1 = lowest `rate`), `best` and `worst`, among groups with enough parcels
    and a known carrier only; the others get no rank and are never best or worst."""
    eligible = (frame["shipments"] >= min_shipments) & known_carrier(frame)
    ranks = frame.loc[eligible, rate].rank(method="min")
    out = frame.assign(rank=ranks.astype("Int64").reindex(frame.index))
    several = int(eligible.sum()) >= 2
    out["best"] = several & out["rank"].eq(1).fillna(False).astype(bool)
    out["worst"] = several & out["rank"].eq(ranks.max()).fillna(False).astype(bool)
    return out


def compare_carriers(
    db: Database, scope: AnalysisScope, within: str = "lane", correction: str = "holm", alpha: float = ALPHA,
) -> pd.DataFrame:
    """Carriers tested pair by pair on each lane (`within="lane"`: same route and mode) or
    each mode (`within="mode"`); see `pairwise`."""
    by, strata = WITHIN[within]
    return pairwise(rates(db, by, scope), "carrier", strata, correction, alpha)


def p_text(p: float) -> str:
    """A p-value as people read it: 'p = 0.012', 'p < 0.001'."""
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def where_text(row: pd.Series | dict[str, object], lang: str) -> str:
    """The stratum of a comparison in words: "China → United States (Air)" or "Air"."""
    mode = t(f"mode.{row['mode']}", lang) if "mode" in row else ""
    if "origin_country" in row:
        return t("compare.where_route", lang, route=route_name(row["origin_country"], row["dest_country"], lang),
                 mode=mode)
    return mode


def statement(row: pd.Series, lang: str, comparisons: int) -> str:
    """The sentence a significant `pairwise` row allows; ValueError for one that is not."""
    if not row["significant"]:
        raise ValueError("only a significant difference may be stated")
    return t("compare.worse", lang, worse=row["worse"], better=row["better"], where=where_text(row, lang),
             worse_rate=row["worse_rate"], better_rate=row["better_rate"], p=p_text(row["p_adjusted"]),
             comparisons=comparisons)
