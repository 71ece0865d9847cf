"""Outcomes as of a date and the suspected-lost list with reasons in words (DESIGN §4, §6)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import pandas as pd

from lossanalytics.db import Database, load_sql
from lossanalytics.filters import Filters
from lossanalytics.i18n import t
from lossanalytics.settings import DetectionSettings

PARCEL_COLUMNS: tuple[str, ...] = (
    "tracking_number", "carrier", "carrier_raw", "service", "mode", "order_id", "marketplace",
    "origin_country", "dest_country", "ship_date", "estimated_delivery_date", "delivered_date",
    "last_event_time", "last_event_text", "status", "status_raw", "declared_value", "currency",
    "weight_kg", "insured_value",
)
RULE_COLUMNS = ("rule_stalled", "rule_overdue", "rule_past_edd", "rule_gave_up", "rule_stuck_exception")
DETAIL_COLUMNS = ("days_silent", "days_since_ship", "days_past_edd", "stall_days", "overdue_days")


def outcomes_sql(filters: Filters) -> tuple[str, dict[str, Any]]:
    """The outcome query (one row per parcel) and its filter parameters."""
    predicate, params = filters.predicate("p")
    return load_sql("outcomes").replace("{filters}", predicate), params


def outcome_params(as_of: date, settings: DetectionSettings) -> dict[str, Any]:
    """Parameters of the outcome query: the end of the as-of day and the thresholds."""
    return {"as_of_end": datetime.combine(as_of + timedelta(days=1), time()), **settings.query_params()}


def shipments(db: Database, as_of: date, settings: DetectionSettings, filters: Filters = Filters()) -> pd.DataFrame:
    """Every parcel with its outcome as of `as_of` (the CLI's `shipments`)."""
    sql, params = outcomes_sql(filters)
    columns = ", ".join((*PARCEL_COLUMNS, "outcome", "risk"))
    return db.query_df(
        f"WITH outcomes AS ({sql}) SELECT {columns} FROM outcomes ORDER BY ship_date, tracking_number",
        {**params, **outcome_params(as_of, settings)},
        {"mode_thresholds": settings.mode_table()},
    )


def suspected(
    db: Database, as_of: date, settings: DetectionSettings, filters: Filters = Filters(), lang: str = "en"
) -> pd.DataFrame:
    """Suspected-lost parcels, riskiest first, each with its reasons in `lang`."""
    sql, params = outcomes_sql(filters)
    columns = ", ".join((*PARCEL_COLUMNS, "outcome", "risk", *RULE_COLUMNS, *DETAIL_COLUMNS))
    frame = db.query_df(
        f"WITH outcomes AS ({sql}) SELECT {columns} FROM outcomes WHERE outcome = 'suspected_lost' "
        "ORDER BY risk DESC, days_silent DESC, tracking_number",
        {**params, **outcome_params(as_of, settings)},
        {"mode_thresholds": settings.mode_table()},
    )
    frame.insert(frame.columns.get_loc("risk") + 1, "reasons", [_reasons(row, lang) for row in frame.itertuples()])
    return frame


def _reasons(row: Any, lang: str) -> str:
    """Each rule that fired, in plain words with its numbers."""
    mode = t(f"mode.{row.mode}", lang)
    parts = []
    if row.rule_stalled:
        parts.append(t("reason.stalled", lang, days=row.days_silent, threshold=row.stall_days, mode=mode))
    if row.rule_overdue:
        parts.append(t("reason.overdue", lang, days=row.days_since_ship, threshold=row.overdue_days, mode=mode))
    if row.rule_past_edd:
        parts.append(t("reason.past_edd", lang, days=row.days_past_edd, edd=row.estimated_delivery_date.date()))
    if row.rule_gave_up:
        if row.status == "expired":
            parts.append(t("reason.expired", lang))
        else:
            parts.append(t("reason.not_found", lang, days=row.days_since_ship))
    if row.rule_stuck_exception:
        parts.append(t("reason.stuck_exception", lang, days=row.days_silent, status=t(f"status.{row.status}", lang)))
    return t("reason.join", lang).join(parts)
