"""Where insuring pays, and which valuable parcels travel on risky lanes.

Expected loss of a parcel = its lane's loss rate × its declared value; the cost of
insuring it = max(insurance rate × value, minimum premium). Values are compared in US
dollars through the exchange rates of the claim rules (Settings), so parcels in a
currency without a rate are left out and counted. Only lanes with enough parcels to
judge (`metrics.MIN_GROUP_SIZE`) are used, and every lane carries its 95% interval:
a lane is "clear" when even the low end of the interval makes insurance pay.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from lossanalytics.advice.carriers import LANE_KEYS
from lossanalytics.advice.settings import AdviceSettings
from lossanalytics.claims.model import Rules
from lossanalytics.metrics import MIN_GROUP_SIZE

LOSS_OUTCOMES = ("lost", "suspected_lost")
OPEN_OUTCOMES = ("in_transit", "suspected_lost")
INSURANCE_COLUMNS: tuple[str, ...] = (
    *LANE_KEYS, "shipments", "loss_rate", "loss_rate_low", "loss_rate_high", "parcels", "worth", "clear",
    "value_usd", "expected_loss_usd", "premium_usd", "saving_usd", "lost_value_usd",
)


def value_usd(parcels: pd.DataFrame, rules: Rules) -> pd.Series:
    """Each parcel's declared value in US dollars (NaN when missing or without an exchange rate)."""
    rates = {c: rules.usd_per(c) for c in parcels["currency"].dropna().unique()}
    factor = parcels["currency"].map(lambda c: rates.get(c) if isinstance(c, str) else None).astype(float)
    values = parcels["declared_value"].astype(float)
    return (values.where(values > 0) * factor).rename("value_usd")


def insurance_lanes(lanes: pd.DataFrame, parcels: pd.DataFrame, rules: Rules, cfg: AdviceSettings) -> pd.DataFrame:
    """Per lane with enough parcels: how many uninsured parcels were worth insuring, and the sums.

    `worth` counts parcels whose expected loss exceeds the premium, `clear` those where
    the low end of the lane's interval does too; amounts are over the `worth` parcels.
    `saving_usd` = expected loss − premium. Only lanes with at least one such parcel,
    largest saving first.
    """
    rates = lanes.loc[lanes["shipments"] >= MIN_GROUP_SIZE,
                      [*LANE_KEYS, "shipments", "loss_rate", "loss_rate_low", "loss_rate_high"]]
    data = parcels.assign(value_usd=value_usd(parcels, rules))
    lost_value = data[data["outcome"].isin(LOSS_OUTCOMES)].groupby(list(LANE_KEYS), dropna=False)["value_usd"].sum()
    candidates = data[~(data["insured_value"].astype(float) > 0) & data["value_usd"].notna()]
    merged = candidates.merge(rates, on=list(LANE_KEYS), how="inner")
    if merged.empty:
        return pd.DataFrame(columns=list(INSURANCE_COLUMNS))
    premium = np.maximum(cfg.insurance_rate * merged["value_usd"], cfg.insurance_min_premium)
    expected = merged["loss_rate"] * merged["value_usd"]
    merged = merged.assign(
        premium_usd=premium, expected_loss_usd=expected, worth=expected > premium,
        clear=merged["loss_rate_low"] * merged["value_usd"] > premium,
    )
    worth = merged[merged["worth"]]
    grouped = worth.groupby(list(LANE_KEYS), dropna=False).agg(
        worth=("worth", "size"), clear=("clear", "sum"), value_usd=("value_usd", "sum"),
        expected_loss_usd=("expected_loss_usd", "sum"), premium_usd=("premium_usd", "sum"),
    )
    counted = merged.groupby(list(LANE_KEYS), dropna=False).size().rename("parcels")
    result = grouped.join(counted).join(lost_value.rename("lost_value_usd")).reset_index()
    result = result.merge(rates, on=list(LANE_KEYS), how="left")
    result["lost_value_usd"] = result["lost_value_usd"].fillna(0.0)
    result["saving_usd"] = result["expected_loss_usd"] - result["premium_usd"]
    result["clear"] = result["clear"].astype(int)
    return result.loc[:, list(INSURANCE_COLUMNS)].sort_values(
        ["saving_usd", "carrier"], ascending=[False, True], kind="stable", ignore_index=True
    )


def high_value_threshold(values: pd.Series, share: float) -> float | None:
    """The declared value (USD) above which a parcel is among the most valuable `share` of parcels."""
    known = values.dropna()
    if known.empty:
        return None
    return float(np.quantile(known.to_numpy(), 1 - share, method="lower"))


def high_value_on_risky(
    parcels: pd.DataFrame, risky: pd.DataFrame, rules: Rules, cfg: AdviceSettings
) -> tuple[float | None, pd.DataFrame]:
    """The high-value threshold (USD) and the parcels at or above it shipped on risky lanes.

    Parcels still on their way (in transit or suspected lost) come first, then by value.
    """
    data = parcels.assign(value_usd=value_usd(parcels, rules))
    threshold = high_value_threshold(data["value_usd"], cfg.high_value_share)
    risky_keys = risky.loc[risky["risky"], list(LANE_KEYS)] if not risky.empty else risky
    if threshold is None or risky_keys.empty:
        return threshold, data.iloc[0:0].assign(open=pd.Series(dtype=bool))
    valuable = data[data["value_usd"] >= threshold].merge(risky_keys, on=list(LANE_KEYS), how="inner")
    valuable = valuable.assign(open=valuable["outcome"].isin(OPEN_OUTCOMES))
    return threshold, valuable.sort_values(["open", "value_usd", "tracking_number"], ascending=[False, False, True],
                                           kind="stable", ignore_index=True)


def insured_share(parcels: pd.DataFrame) -> tuple[int, int]:
    """(insured parcels, parcels) in the selection."""
    return int((parcels["insured_value"].astype(float) > 0).sum()), len(parcels)
