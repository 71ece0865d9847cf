"""How the advice page draws the advice core's topics: general advice, then each finding with its evidence."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import pandas as pd
import streamlit as st

from lossanalytics import export
from lossanalytics.advice import AdviceMoney, Finding, Topic, advice_money, pressing
from lossanalytics.advice.carrier_choice import ALL_PARCELS
from lossanalytics.advice.results import SHOWN_ROWS
from lossanalytics.advice.topics import DEADLINE_COLUMNS
from lossanalytics.advice.wording import mode_word
from lossanalytics.claims.labels import per_pair
from lossanalytics.i18n import carrier_name, has, route_name, t, tn
from lossanalytics.ui.numbers import NO_VALUE, md_escape

LEVEL_ICONS = {"act": ":material/priority_high:", "consider": ":material/lightbulb:", "info": ":material/info:"}
TOPIC_ICONS = {
    "reporting": ":material/alarm:", "carriers": ":material/local_shipping:", "high_value": ":material/diamond:",
    "insurance": ":material/verified_user:", "monitoring": ":material/radar:", "packaging": ":material/package_2:",
    "records": ":material/folder_open:",
}
TOPIC_LINKS = {"reporting": "pages/claims.py", "monitoring": "pages/suspected.py", "insurance": "pages/settings.py",
               "carriers": "pages/carriers.py"}
#: The columns of each finding's table, by finding key (canonical names; derived ones made below).
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "deadlines_soon": DEADLINE_COLUMNS,
    "deadlines_passed": DEADLINE_COLUMNS,
    "worse_carrier": ("carrier", "route", "mode", "shipments", "loss_rate_pct", "interval", "alternative",
                      "alt_shipments", "alt_rate_pct", "alt_interval", "test", "p_adjusted", "better"),
    "risky_lanes": ("carrier", "route", "mode", "shipments", "losses", "loss_rate_pct", "interval", "peers",
                    "rest_rate_pct", "p_adjusted"),
    "high_value": ("tracking_number", "carrier", "route", "mode", "declared_value", "currency", "value_usd",
                   "outcome", "ship_date"),
    "insure_lanes": ("carrier", "route", "mode", "shipments", "loss_rate_pct", "interval", "worth", "clear",
                     "value_usd", "premium_usd", "expected_loss_usd", "lost_value_usd"),
    "never_scanned": ("tracking_number", "carrier", "order_id", "ship_date"),
    "missing_records": ("field", "missing_claimable", "claimable", "missing_all", "parcels"),
}


MONEY_COLUMNS = ("value_usd", "premium_usd", "expected_loss_usd", "lost_value_usd")  # US dollars in the core


def column_label(column: str, lang: str, currency: str = "USD") -> str:
    """A table header: the advice page's own label (amounts in `currency`), else the shared column name."""
    key = f"ui.advice.col.{column}"
    return t(key, lang, currency=currency) if has(key) else t(f"col.{column}", lang)


def finding_table(finding: Finding, lang: str, limit: int | None = None,
                  money: AdviceMoney | None = None) -> pd.DataFrame | None:
    """The rows behind a finding (the first `limit` of them, else all of them), with readable values
    and headers in `lang`, amounts in the currency of `money` (default: US dollars); None when it has none."""
    money = money or advice_money(None)
    frame = finding.table if limit else finding.every_row()
    columns = TABLE_COLUMNS.get(finding.key)
    if frame is None or frame.empty or columns is None:
        return None
    out = frame.head(limit).copy() if limit else frame.copy()
    # Words are looked up once per distinct value: the high-value table may hold thousands of rows.
    if "origin_country" in out:
        out["route"] = per_pair(out["origin_country"], out["dest_country"], lambda o, d: route_name(o, d, lang))
    if "peers" in out:  # what a risky lane was compared with, read before its mode is put in words
        out["peers"] = [t("ui.advice.peers.all", lang) if peers == ALL_PARCELS
                        else t("ui.advice.peers.mode", lang, mode=mode_word(mode, lang))
                        for peers, mode in zip(out["peers"], out["mode"])]
    if "mode" in out:
        out["mode"] = out["mode"].map({m: t(f"mode.{m}", lang) for m in out["mode"].unique()})
    if "outcome" in out:
        out["outcome"] = out["outcome"].map({o: t(f"outcome.{o}", lang) for o in out["outcome"].unique()})
    for name in ("carrier", "alternative"):
        if name in out:  # the carrier as the page names it: 云途物流 on a Chinese page, not YunExpress
            out[name] = out[name].map({c: carrier_name(c, lang) for c in out[name].dropna().unique()})
    for name, low, high in (("loss_rate", "loss_rate_low", "loss_rate_high"), ("alt_rate", "alt_low", "alt_high")):
        if name in out:
            out[f"{name}_pct"] = (out[name].astype(float) * 100).round(2)
        if low in out:
            target = "interval" if name == "loss_rate" else "alt_interval"
            out[target] = [f"{lo * 100:.1f}–{hi * 100:.1f}%" for lo, hi in zip(out[low], out[high])]
    if "rest_rate" in out:
        out["rest_rate_pct"] = (out["rest_rate"].astype(float) * 100).round(2)
    if "field" in out:
        out["field"] = [t(f"col.{f}", lang) for f in out["field"]]
    if "test" in out:
        out["test"] = [t(f"ui.advice.test.{v}", lang) for v in out["test"]]
    per_usd = money.from_usd(1.0)  # conversion is linear: one factor for every amount
    for column in MONEY_COLUMNS:
        if column in out:
            out[column] = (out[column].astype(float) * per_usd).round(2)
    if "p_adjusted" in out:
        out["p_adjusted"] = out["p_adjusted"].astype(float).round(4)
    shown = out.loc[:, [c for c in columns if c in out.columns]]
    return shown.rename(columns={c: column_label(c, lang, money.currency) for c in shown.columns})


def _finding(finding: Finding, index: str, lang: str, money: AdviceMoney) -> None:
    with st.container(border=True):
        st.markdown(f"{LEVEL_ICONS[finding.level]} **{t(f'ui.advice.level.{finding.level}', lang)}** · "
                    + md_escape(finding.text))
        if finding.numbers:
            cells = st.columns(min(len(finding.numbers), 4))
            for position, (name, value) in enumerate(finding.numbers):
                cells[position % len(cells)].markdown(f"{md_escape(name)}  \n**{md_escape(value)}**")
        st.caption(t("ui.advice.how_sure", lang, certainty=md_escape(finding.certainty)))
        table = finding_table(finding, lang, SHOWN_ROWS, money)
        if table is not None:
            total = finding.row_count()
            with st.expander(tn("ui.advice.rows", lang, total, n=total)):
                st.dataframe(table, hide_index=True, width="stretch", key=f"advice_table_{index}",
                             height=min(35 * (len(table) + 1) + 3, 420), placeholder=NO_VALUE)
                if total > len(table):
                    # Every row is in the file, made when the seller clicks: no page run waits for it.
                    st.caption(t("ui.advice.rows_capped", lang, shown=len(table), n=total))
                    st.download_button(
                        t("ui.advice.rows_download", lang), partial(_all_rows_csv, finding, lang, money),
                        file_name=f"{finding.key}.csv", mime="text/csv", icon=":material/download:",
                        key=f"advice_rows_{index}", on_click="ignore")


def _all_rows_csv(finding: Finding, lang: str, money: AdviceMoney | None = None) -> bytes:
    return export.to_csv_bytes(finding_table(finding, lang, money=money))


def pressing_summary(topics: Sequence[Topic], lang: str) -> None:
    """What to do first: every finding that asks for action, one line each."""
    urgent = pressing(list(topics))
    if not urgent:
        st.success(t("ui.advice.nothing_pressing", lang), icon=":material/check_circle:")
        return
    lines = [f"- **{md_escape(topic.title)}** — {md_escape(_first_sentence(finding.text))}" for topic, finding in urgent]
    st.warning(t("ui.advice.pressing", lang, n=len(urgent)) + "\n\n" + "\n".join(lines),
               icon=":material/priority_high:")


def _first_sentence(text: str) -> str:
    for stop in ("。", ". "):
        if stop in text:
            return text.split(stop, 1)[0] + stop.strip()
    return text


def topic_section(topic: Topic, number: int, lang: str, money: AdviceMoney) -> None:
    """One topic: its title, the general advice, what the data says (amounts as `money` states them),
    and a link to act on it."""
    st.subheader(f"{number}. {topic.title}", anchor=f"advice-{topic.key}")
    left, right = st.columns([2, 3], gap="large")
    with left:
        st.markdown(f"{TOPIC_ICONS[topic.key]} **{t('ui.advice.general', lang)}**")
        st.markdown("\n".join(f"- {md_escape(point)}" for point in topic.advice))
        if topic.key in TOPIC_LINKS:
            st.page_link(TOPIC_LINKS[topic.key], label=t(f"ui.advice.link.{topic.key}", lang),
                         icon=":material/arrow_forward:")
    with right:
        st.markdown(f":material/insights: **{t('ui.advice.your_data', lang)}**")
        for index, finding in enumerate(topic.findings):
            _finding(finding, f"{topic.key}_{index}", lang, money)
        if topic.note:
            st.caption(md_escape(topic.note))
