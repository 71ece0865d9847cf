"""Parcel search results on the Overview (`?parcel=<text>`): the parcels found, or one parcel
in full: facts, outcome and its evidence, reasons, timeline, source files and claim.

The pure shaping (`fact_lines`, `source_lines`, `claim_lines`) returns Markdown-ready
lines with every seller value escaped, so it can be tested without Streamlit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from functools import partial
from typing import Any

import pandas as pd
import streamlit as st

from lossanalytics.analytics.parcel_search import Matches, ParcelReport, parcel_report
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.i18n import carrier_name, has, or_unknown, route_name, t
from lossanalytics.storage.db import Database
from lossanalytics.ui import data
from lossanalytics.ui.navigation import page_path
from lossanalytics.ui.numbers import NO_VALUE, md_escape
from lossanalytics.ui.seller_tables import label, text_or, timeline_table, translate_headers
from lossanalytics.ui.sidebar import PARCEL_PARAM

_TABLE_KEY = "parcel_matches"
# Up to this many row numbers are listed one by one; more are told as a span.
_ROWS_LISTED = 5


def _day(value: Any, lang: str) -> str:
    return or_unknown(None if pd.isna(value) else f"{pd.Timestamp(value):%Y-%m-%d}", "date", lang)


def _amount(amount: Any, currency: Any, lang: str) -> str | None:
    if amount is None or pd.isna(amount):
        return None
    return f"{float(amount):,.2f} {or_unknown(currency, 'currency', lang)}"


def fact_lines(facts: Mapping[str, Any], lang: str) -> list[str]:
    """The parcel's facts as Markdown lines "**Label:** value", seller text escaped;
    optional facts the files did not give are left out, the essential ones say so."""
    carrier = carrier_name(facts["carrier"], lang)
    raw = text_or(facts.get("carrier_raw"), "")
    if raw and raw != carrier:
        carrier = t("ui.parcel.carrier_raw", lang, carrier=carrier, raw=raw)
    mode = facts["mode"] or "unknown"
    source = facts.get("mode_source")
    source_words = t(f"ui.parcel.mode_source.{source}" if has(f"ui.parcel.mode_source.{source}")
                     else "ui.parcel.mode_source.none", lang)
    weight = facts.get("weight_kg")
    shown: list[tuple[str, str | None]] = [
        ("carrier", carrier),
        ("service", text_or(facts.get("service"), "–")),
        ("mode", t("ui.parcel.mode_with_source", lang,
                   mode=t(f"mode.{mode}", lang) if has(f"mode.{mode}") else mode, source=source_words)),
        ("route", route_name(facts.get("origin_country"), facts.get("dest_country"), lang)),
        ("ship_date", _day(facts.get("ship_date"), lang)),
        ("order_id", text_or(facts.get("order_id"), "–")),
        ("marketplace", text_or(facts.get("marketplace"), "") or None),
        ("declared_value", _amount(facts.get("declared_value"), facts.get("currency"), lang) or "–"),
        ("insured_value", _amount(facts.get("insured_value"), facts.get("currency"), lang)),
        ("weight", "–" if weight is None or pd.isna(weight) else t("ui.parcel.weight", lang, kg=f"{weight:g}")),
        ("estimated_delivery_date", None if pd.isna(facts.get("estimated_delivery_date"))
         else _day(facts.get("estimated_delivery_date"), lang)),
        ("delivered_date", None if pd.isna(facts.get("delivered_date")) else _day(facts.get("delivered_date"), lang)),
    ]
    return [f"**{label(name, lang)}:** {md_escape(value)}" for name, value in shown if value is not None]


def outcome_lines(report: ParcelReport, as_of: date, lang: str) -> list[str]:
    """The outcome as of `as_of` (with the risk of an open parcel), the evidence that
    decided its status, and the reasons it is suspected lost."""
    facts = report.facts
    if report.outcome is None:
        return [t("ui.parcel.not_shipped", lang, as_of=as_of)]
    outcome = t(f"outcome.{report.outcome}", lang)
    if report.risk is not None:
        outcome += f" · {t('ui.parcel.risk', lang, risk=report.risk)}"
    lines = [t("ui.parcel.outcome", lang, as_of=as_of, outcome=outcome)]
    status = facts["status"]
    source = facts.get("status_source")
    if has(f"reason.evidence.{source}"):
        evidence = t(f"reason.evidence.{source}", lang, status=t(f"status.{status}", lang) if has(f"status.{status}")
                     else status, evidence=facts.get("status_evidence"))
        lines.append(t("ui.parcel.evidence", lang, evidence=md_escape(evidence)))
    elif status == "delivered":
        lines.append(t("ui.parcel.evidence_delivered_date", lang))
    else:
        lines.append(t("ui.parcel.evidence_none", lang))
    if report.reasons:
        lines.append(t("ui.parcel.reasons", lang, reasons=md_escape(report.reasons)))
    return lines


def _rows_text(rows: Sequence[int], lang: str) -> str:
    if len(rows) == 1:
        return t("ui.parcel.rows_one", lang, row=rows[0])
    if len(rows) <= _ROWS_LISTED:
        return t("ui.parcel.rows_list", lang, rows=", ".join(str(r) for r in rows))
    return t("ui.parcel.rows_span", lang, count=len(rows), first=rows[0], last=rows[-1])


def source_lines(sources: pd.DataFrame, lang: str) -> list[str]:
    """One line per import that holds this parcel: which file, what it held, which rows."""
    return [
        t("ui.parcel.source_line", lang, import_id=row.import_id, file=md_escape(row.file_name),
          kind=t(f"ui.import.kind.{row.kind}", lang), when=f"{row.imported_at:%Y-%m-%d %H:%M}",
          held=t(f"ui.parcel.held.{row.held}", lang), rows=_rows_text(list(row.source_rows), lang))
        for row in sources.itertuples()
    ]


def claim_lines(claim: Mapping[str, Any] | None, lang: str) -> list[str]:
    """The claim's status, its dates and amounts; or that no claim was started."""
    if claim is None:
        return [t("ui.parcel.no_claim", lang)]
    lines = [t("ui.parcel.claim_status", lang, status=t(f"claims.status.{claim['status']}", lang))]
    for field in ("reported_on", "filed_on", "resolved_on"):
        if not pd.isna(claim.get(field)):
            lines.append(f"**{t(f'ui.claims.col.{field}', lang)}:** {_day(claim[field], lang)}")
    for field in ("amount_claimed", "amount_recovered"):
        amount = _amount(claim.get(field), claim.get("currency"), lang)
        if amount is not None:
            lines.append(f"**{t(f'ui.claims.col.{field}', lang)}:** {md_escape(amount)}")
    return lines


def matches_table(matches: Matches, lang: str) -> pd.DataFrame:
    """The parcels found, as listed: status and kind of match in words."""
    found = matches.parcels
    out = pd.DataFrame({
        "tracking_number": found["tracking_number"],
        "order_id": found["order_id"],
        "carrier": [carrier_name(c, lang) for c in found["carrier"]],
        "ship_date": found["ship_date"],
        "status": [t(f"status.{s}", lang) if has(f"status.{s}") else s for s in found["status"]],
        "match": [t(f"ui.parcel.match.{m}", lang) for m in found["match"]],
    })
    return translate_headers(out, lang)


def _close() -> None:
    st.query_params.pop(PARCEL_PARAM, None)


def _picked(numbers: tuple[str, ...]) -> None:
    rows = st.session_state[_TABLE_KEY].selection.rows
    if rows and rows[0] < len(numbers):
        st.query_params[PARCEL_PARAM] = numbers[rows[0]]


def _show_lines(lines: list[str]) -> None:
    st.markdown("  \n".join(lines))


def parcel_details(report: ParcelReport, as_of: date, lang: str) -> None:
    """One parcel in full."""
    st.markdown(f"#### {t('ui.suspected.detail', lang, tracking_number=md_escape(report.facts['tracking_number']))}")
    facts_column, outcome_column = st.columns(2)
    with facts_column:
        _show_lines(fact_lines(report.facts, lang))
    with outcome_column:
        _show_lines(outcome_lines(report, as_of, lang))
        st.markdown(f"**{t('ui.parcel.claim', lang)}**")
        _show_lines(claim_lines(report.claim, lang))
        st.page_link(page_path("claims"), label=t("ui.parcel.open_claims", lang), icon=":material/gavel:")
    st.markdown(f"**{t('ui.suspected.timeline', lang)}**")
    if report.timeline.empty:
        st.caption(t("ui.suspected.no_events", lang))
    else:
        if report.last_event_only:
            st.caption(t("ui.parcel.last_event_only", lang))
        st.dataframe(timeline_table(report.timeline, lang), hide_index=True, width="stretch", column_config={
            label("event_time", lang): st.column_config.DatetimeColumn(format="YYYY-MM-DD HH:mm")},
        placeholder=NO_VALUE)
    st.markdown(f"**{t('ui.parcel.sources', lang)}**")
    _show_lines(source_lines(report.sources, lang))


def _matches_list(matches: Matches, query: str, lang: str) -> None:
    if matches.more:
        st.markdown(t("ui.parcel.count_more", lang, total=matches.total, shown=len(matches.parcels), query=query))
    else:
        st.markdown(t("ui.parcel.count", lang, total=matches.total, query=query))
    numbers = tuple(str(n) for n in matches.parcels["tracking_number"])
    st.dataframe(matches_table(matches, lang), hide_index=True, width="stretch", key=_TABLE_KEY,
                 on_select=partial(_picked, numbers), selection_mode="single-row", column_config={
                     label("ship_date", lang): st.column_config.DatetimeColumn(format="YYYY-MM-DD")},
                 placeholder=NO_VALUE)
    st.caption(t("ui.parcel.pick", lang))


def parcel_search(db: Database, version: data.Version, as_of: date, settings: DetectionSettings,
                  lang: str) -> None:
    """What the search in the URL (`?parcel=`) found, if the URL holds one."""
    asked = st.query_params.get(PARCEL_PARAM, "").strip()
    if not asked:
        return
    query = md_escape(asked)
    with st.container(border=True):
        head, close = st.columns([4, 1], vertical_alignment="center")
        head.subheader(t("ui.parcel.title", lang, query=query))
        close.button(t("ui.parcel.close", lang), key="parcel_close", icon=":material/close:", on_click=_close,
                     width="stretch")
        matches = data.parcel_matches(db, version, asked)
        number = matches.single
        # Not cached: the claim shown must be the one stored now, after any edit on Claims.
        report = parcel_report(db, number, as_of, settings, lang) if number else None
        if report is not None:
            parcel_details(report, as_of, lang)
        elif matches.total:
            _matches_list(matches, query, lang)
        else:
            st.info(t("ui.parcel.none", lang, query=query) + "\n\n" + t("ui.parcel.what", lang),
                    icon=":material/search_off:")
