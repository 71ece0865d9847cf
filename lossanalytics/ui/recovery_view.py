"""The recovery report tab: claimed, recovered, rejected and open, by carrier and by month."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pandas as pd
import streamlit as st

from lossanalytics.charts import recovery
from lossanalytics.claims import recovery_report
from lossanalytics.i18n import t
from lossanalytics.storage.db import Database
from lossanalytics.ui.home_view import recovery_totals
from lossanalytics.ui.numbers import NO_VALUE

AMOUNTS = ("amount_claimed", "amount_recovered", "amount_rejected", "amount_open")
COUNTS = ("claims", "open", "compensated", "rejected")


def _table(report: pd.DataFrame, keys: Sequence[str], lang: str) -> None:
    shown = report.loc[:, [*keys, "currency", *COUNTS, *AMOUNTS, "recovery_rate", "oldest_open_days"]].copy()
    shown["recovery_rate"] = shown["recovery_rate"].astype(float) * 100
    config = {c: st.column_config.Column(t(f"ui.claims.recovery.col.{c}", lang)) for c in shown.columns}
    for column in AMOUNTS:
        config[column] = st.column_config.NumberColumn(t(f"ui.claims.recovery.col.{column}", lang), format="%.2f")
    config["recovery_rate"] = st.column_config.NumberColumn(t("ui.claims.recovery.col.recovery_rate", lang),
                                                            format="%.1f%%")
    st.dataframe(shown, hide_index=True, width="stretch", column_config=config, placeholder=NO_VALUE,
                 height=min(35 * (len(shown) + 1) + 3, 420))


def show_recovery(db: Database, today: date, carriers: Sequence[str], lang: str) -> None:
    """The report up to `today` (carrier filter applied), a chart of claims by carrier, tables by carrier
    and month. Claims carry real calendar dates, so the report runs to the current day, not the data's
    as-of date."""
    st.caption(t("ui.claims.recovery.intro", lang, as_of=today))
    by_carrier = recovery.for_carriers(recovery_report(db, today, ("carrier",)), carriers)
    if by_carrier.empty:
        st.info(t("ui.claims.recovery.empty", lang), icon=":material/receipt_long:")
        return
    st.plotly_chart(recovery.recovery_chart(by_carrier, lang), width="stretch", key="recovery_chart")
    st.markdown(f"**{t('ui.claims.recovery.by_carrier', lang)}**")
    _table(by_carrier, ["carrier"], lang)
    recovery_totals(db, by_carrier, AMOUNTS, lang)
    by_month = recovery.for_carriers(recovery_report(db, today, ("carrier", "month")), carriers)
    st.markdown(f"**{t('ui.claims.recovery.by_month', lang)}**")
    _table(by_month.sort_values(["month", "carrier"], ascending=[False, True]), ["month", "carrier"], lang)
    if carriers:
        st.caption(t("ui.claims.recovery.filtered", lang))
    st.caption(t("ui.claims.recovery.note", lang))
