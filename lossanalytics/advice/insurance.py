"""Where insuring pays: lanes whose parcels' expected losses exceed the cost of insuring them.

Expected loss of a parcel = its lane's loss rate × the part of its declared value the carrier would
not pay back uninsured, as the claims estimate pays it (`Rules.uninsured_limit_usd`: the lane's limit
from the claim rules, per package or per kilogram; for USPS within the US, the insurance the parcel's
service includes, up to 100 USD or nothing; the whole value where no limit is on file); the cost of insuring it = max(insurance rate × value,
minimum premium). Values are compared in US
dollars through the exchange rates of the claim rules (Settings), so parcels in a
currency without a rate are left out and counted. Only lanes with enough parcels to
judge (`metrics.MIN_GROUP_SIZE`) are used, and every lane carries its 95% interval:
a lane is "clear" when even the low end of the interval makes insurance pay. The
per-parcel comparison is counted in SQL (`queries/advice.sql`).
"""

from __future__ import annotations

import pandas as pd

from lossanalytics.advice.carrier_choice import LANE_KEYS
from lossanalytics.analytics.metrics import MIN_GROUP_SIZE

INSURANCE_COLUMNS: tuple[str, ...] = (
    *LANE_KEYS, "shipments", "loss_rate", "loss_rate_low", "loss_rate_high", "parcels", "worth", "clear",
    "value_usd", "expected_loss_usd", "premium_usd", "saving_usd", "lost_value_usd",
)


def insurance_lanes(lanes: pd.DataFrame, per_lane: pd.DataFrame) -> pd.DataFrame:
    """Per lane with enough parcels: how many uninsured parcels were worth insuring, and the sums.

    `per_lane` holds the counts and sums of `queries/advice.sql` (see
    :class:`~lossanalytics.advice.figures.AdviceFigures`): `worth` counts parcels whose
    expected loss exceeds the premium, `clear` those where the low end of the lane's
    interval does too; amounts are over the `worth` parcels. Adds the lane's rates and
    `saving_usd` = expected loss − premium; largest saving first.
    """
    if per_lane.empty:
        return pd.DataFrame(columns=list(INSURANCE_COLUMNS))
    rates = lanes.loc[lanes["shipments"] >= MIN_GROUP_SIZE,
                      [*LANE_KEYS, "shipments", "loss_rate", "loss_rate_low", "loss_rate_high"]]
    # Lane order first, so lanes with the same saving and carrier keep a fixed order.
    result = per_lane.sort_values(list(LANE_KEYS), na_position="last", kind="stable", ignore_index=True)
    result = result.merge(rates, on=list(LANE_KEYS), how="left")
    result["saving_usd"] = result["expected_loss_usd"] - result["premium_usd"]
    result["clear"] = result["clear"].astype(int)
    return result.loc[:, list(INSURANCE_COLUMNS)].sort_values(
        ["saving_usd", "carrier"], ascending=[False, True], kind="stable", ignore_index=True
    )
