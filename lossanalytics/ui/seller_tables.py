"""Core results reshaped into the tables a seller reads: translated headers and values.

Pure pandas (no Streamlit calls), so the shaping is easy to test.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd

from lossanalytics.claims.facts import per_value
from lossanalytics.claims.labels import per_pair
from lossanalytics.i18n import carrier_name, has, route_name, t
from lossanalytics.importing import ImportResult
from lossanalytics.importing.format_names import encoding_name, format_name
from lossanalytics.importing.merged_dates import REASONS as MERGED_REASONS
from lossanalytics.importing.merged_dates import merged_dates
from lossanalytics.importing.pipeline import TO_CHECK_REASONS
from lossanalytics.normalise.countries import country_name
from lossanalytics.ui.numbers import interval, money

RATE_COLUMNS = ("shipments", "delivered", "in_transit", "lost", "suspected_lost")


def label(column: str, lang: str) -> str:
    """A column header in `lang`: the shared `col.*` label, else this package's `ui.col.*`, else the name."""
    for key in (f"col.{column}", f"ui.col.{column}"):
        if has(key):
            return t(key, lang)
    return column


def translate_headers(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """`frame` with every header in `lang` (see `label`)."""
    return frame.rename(columns={c: label(c, lang) for c in frame.columns})


def loss_rate_columns(frame: pd.DataFrame, lang: str) -> dict[str, object]:
    """The loss rate in % and its 95% interval in words, as table columns."""
    return {
        "loss_rate": (frame["loss_rate"] * 100).round(2),
        "interval": [interval(lo, hi, lang) for lo, hi in zip(frame["loss_rate_low"], frame["loss_rate_high"])],
    }


def transit_columns(frame: pd.DataFrame) -> dict[str, object]:
    """Median and 95th-percentile transit days of delivered parcels, one decimal."""
    return {"transit_p50": frame["transit_p50"].astype(float).round(1),
            "transit_p95": frame["transit_p95"].astype(float).round(1)}


def rate_table(frame: pd.DataFrame, keys: Sequence[str], lang: str,
               usd_per: Callable[[str], float | None] | None = None) -> pd.DataFrame:
    """Per group: counts, loss rate (%) and its 95% interval, transit days, sample size, value at loss."""
    out = pd.DataFrame({key: frame[key] for key in keys})
    for key in keys:
        if key in ("origin_country", "dest_country"):
            out[key] = [country_name(c, lang) if text_or(c, "") else "–" for c in frame[key]]
        elif key == "mode":
            out[key] = [t(f"mode.{m}", lang) for m in frame[key]]
        else:
            out[key] = [text_or(v, "–") for v in frame[key]]
    for column in RATE_COLUMNS:
        out[column] = frame[column].astype(int)
    out = out.assign(**loss_rate_columns(frame, lang), **transit_columns(frame))
    out["small_sample"] = frame["small_sample"].astype(bool)
    out["value_at_loss"] = [money(v, lang, usd_per) for v in frame["value_at_loss"]]
    return translate_headers(out, lang)


def text_or(value: object, default: str) -> str:
    """`value` as text, or `default` when it is missing (None, NaN, empty)."""
    return default if value is None or (not isinstance(value, str) and pd.isna(value)) or value == "" else str(value)


def suspected_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The suspected-lost parcels as shown on screen: who, where, since when, why; mode and status translated."""
    # Words are looked up once per distinct value: the list runs to hundreds of thousands of rows.
    out = pd.DataFrame({
        "tracking_number": frame["tracking_number"],
        "risk": frame["risk"].astype(int),
        "carrier": per_value(frame["carrier"], lambda c: carrier_name(c, lang)),
        "mode": per_value(frame["mode"], lambda m: t(f"mode.{m}", lang)),
        "route": per_pair(frame["origin_country"], frame["dest_country"], lambda o, d: route_name(o, d, lang)),
        "ship_date": frame["ship_date"],
        "last_event_time": frame["last_event_time"],
        "reasons": frame["reasons"],
        "order_id": frame["order_id"],
        "status": per_value(frame["status"], lambda s: t(f"status.{s}", lang)),
        "last_event_text": frame["last_event_text"],
        "declared_value": frame["declared_value"],
        "currency": frame["currency"],
    })
    return translate_headers(out, lang)


def timeline_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One parcel's scans, oldest first, status in words."""
    out = frame.loc[:, ["event_time", "status", "location", "description"]].copy()
    out["status"] = [t(f"status.{s}", lang) if has(f"status.{s}") else s for s in out["status"]]
    return translate_headers(out, lang)


def filter_suspected(frame: pd.DataFrame, min_risk: int, search: str) -> pd.DataFrame:
    """Parcels at or above `min_risk` whose tracking number or order id contains `search`.

    Without a filter that removes a parcel, `frame` itself (shared, never changed by callers):
    a copy of a big seller's list on every run would cost a hundred megabytes for nothing."""
    keep = frame["risk"] >= min_risk
    needle = search.strip().upper().replace(" ", "")
    if needle:
        tracking = frame["tracking_number"].fillna("").str.upper().str.contains(needle, regex=False)
        order = frame["order_id"].fillna("").str.upper().str.replace(" ", "").str.contains(needle, regex=False)
        keep &= tracking | order
    if keep.all():
        return frame
    return frame[keep].reset_index(drop=True)


def rejects_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Rejected rows and set-aside values, reason and severity in words (canonical column names)."""
    out = frame.loc[:, ["file_name", "source_row", "column_name", "value", "severity", "reason"]].copy()
    # A file misread in one column has the same few reasons on every row: each is worded once.
    # A warning whose values were all kept (a date before shipping) is one to check, not a value set aside.
    severity = out["severity"].where(~(out["severity"].eq("warning") & out["reason"].isin(TO_CHECK_REASONS)), "to_check")
    out["severity"] = per_value(severity, lambda s: t(s, lang) if has(s) else t(f"severity.{s}", lang))
    merged = out["reason"].isin(MERGED_REASONS)
    out["reason"] = per_value(out["reason"], lambda r: t(r, lang) if has(r) else str(r))
    if merged.any():
        # Dates that disagree once merged: the parcel and the other file's row, worded per row.
        found = [merged_dates(row, value, reason) for row, value, reason
                 in zip(frame["source_row"][merged], frame["value"][merged], frame["reason"][merged])]
        out.loc[merged, "value"] = [item.date for item in found]
        out.loc[merged, "reason"] = [item.words(lang) for item in found]
    return out


def results_table(results: Sequence[ImportResult], lang: str) -> pd.DataFrame:
    """One row per uploaded file: what was recognised and what happened to its rows."""
    rows = [{
        "file_name": r.file_name,
        "result": t(f"ui.import.outcome.{r.outcome}", lang),
        "detected_format": format_name(r.detected_format, lang),
        "recognised_with": f"{r.confidence:.0%}" if r.confidence is not None else "–",
        "kind": t(f"ui.import.kind.{r.kind}", lang) if r.kind else "–",
        "sheet": r.sheet or "–",
        "encoding": encoding_name(r.encoding, lang),
        "rows_read": r.rows_read,
        "rows_stored": r.rows_stored,
        "rows_updated": r.rows_updated,
        "rows_rejected": r.rows_rejected,
        "rows_warned": r.rows_warned,
        "rows_to_check": r.rows_to_check,
    } for r in results]
    return translate_headers(pd.DataFrame(rows), lang)


def mapping_table(result: ImportResult, lang: str) -> pd.DataFrame:
    """'Your column → our field' for one imported file, with what its header said
    (currency, weight unit, time zone) where it said something."""
    rows = [{"your_column": header, "our_field": label(field, lang),
             "header_says": header_says(result.from_header.get(field, {}), "currency" in result.mapping, lang)}
            for field, header in result.mapping.items()]
    columns = ["your_column", "our_field"]
    if any(row["header_says"] for row in rows):
        columns.append("header_says")
    return translate_headers(pd.DataFrame(rows, columns=["your_column", "our_field", "header_says"])[columns], lang)


def header_says(reading: dict[str, str], currency_column: bool, lang: str) -> str:
    """What a column's header said and how it was applied, in words ("" when nothing)."""
    parts = []
    if "currency" in reading:
        key = "ui.import.header.currency_column_wins" if currency_column else "ui.import.header.currency"
        parts.append(t(key, lang, currency=reading["currency"]))
    if "weight_unit" in reading:
        parts.append(t("ui.import.header.weight_unit", lang, unit=reading["weight_unit"]))
    if "zone" in reading:
        applied = reading.get("zone_applied") == "yes"
        parts.append(t(f"ui.import.header.zone_{'applied' if applied else 'unapplied'}", lang, zone=reading["zone"]))
    return "; ".join(parts)
