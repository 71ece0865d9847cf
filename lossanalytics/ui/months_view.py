"""What the monthly views say about parcels without a ship date: a month is the month a parcel was
shipped, so a parcel dated only by its scans or its delivery is judged and counted, but is in no month."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lossanalytics.charts import rates
from lossanalytics.i18n import t, tn
from lossanalytics.ui.numbers import count


def without_month(months: pd.DataFrame) -> int:
    """How many parcels of `months` (rates per ship month, trends.months_with_maturity) have no ship month."""
    return int(months.loc[months["month"].isna(), "shipments"].sum())


def mapping_values(parcels: int, lang: str) -> dict[str, str]:
    """What the messages that ask for a ship date name: the parcels, the field and the Import page's button."""
    return {"count": count(parcels), "field": t("import.field.ship_date", lang), "button": t("ui.mapping.open", lang)}


def ship_dates_needed(parcels: int, lang: str) -> None:
    """Instead of an empty monthly chart: the `parcels` in view have no ship date, and how to give them one."""
    st.info(tn("ui.months.need_ship_dates", lang, parcels, **mapping_values(parcels, lang)),
            icon=":material/calendar_month:")
    st.page_link("pages/import.py", label=t("ui.empty.go_import", lang), icon=":material/upload_file:")


def whole_period(carriers: pd.DataFrame, modes: pd.DataFrame, lang: str) -> None:
    """What needs no month: the loss rate per carrier and per mode over the whole period."""
    st.caption(t("ui.months.whole_period", lang))
    st.plotly_chart(rates.carrier_bars(carriers, lang), width="stretch")
    st.plotly_chart(rates.mode_comparison(modes, lang), width="stretch")
    st.caption(t("ui.chart.how_to_read", lang))


def no_month_note(parcels: int, lang: str) -> None:
    """Under a monthly chart: how many parcels have no ship date and so are in none of its months."""
    if parcels:
        st.caption(tn("ui.months.no_ship_date", lang, parcels, count=count(parcels)))
