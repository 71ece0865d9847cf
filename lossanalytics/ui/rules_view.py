"""The Settings page's claim rules form: limits, windows and the SDR rate, or the whole table as JSON
(exchange rates: `home_view`).

Every edit is turned back into the rules JSON and checked by `rules_from_json` before it
is saved with `save_rules`; a mistake is shown with the rule and field it is in.
"""

from __future__ import annotations

import json
import math
from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from lossanalytics.claims import RulesError, default_rules, save_rules
from lossanalytics.claims.codec import rules_from_json, rules_to_json
from lossanalytics.claims.facts import fmt_number
from lossanalytics.claims.rule_types import CHANNELS, UNITS, Rules
from lossanalytics.i18n import t, with_currency
from lossanalytics.normalise.countries import country_name
from lossanalytics.storage.db import Database
from lossanalytics.ui.numbers import NO_VALUE
from lossanalytics.ui.settings_view import done, edited_frame, fail, rev, show_error


def rules_frame(document: dict[str, Any], lang: str) -> pd.DataFrame:
    """One row per rule: what it applies to, who pays, its limit, its source and date."""
    rows = []
    for rule in document["rules"]:
        limit = rule.get("limit") or {}
        rows.append({
            "id": rule["id"], "name": rule["name_zh"] if lang == "zh" else rule["name_en"],
            "scope": t(f"ui.settings.scope.{rule['scope']}", lang), "applies_to": ", ".join(rule["applies_to"]),
            "channel": rule["channel"], "limit_currency": limit.get("currency") or "",
            "per_kg": limit.get("per_kg"), "per_package": limit.get("per_package"),
            "cover": _cover_text(rule.get("cover"), lang), "source": rule["source"],
            "as_of": date.fromisoformat(rule["as_of"]),
        })
    frame = pd.DataFrame(rows)
    frame["per_kg"] = frame["per_kg"].astype(float)
    frame["per_package"] = frame["per_package"].astype(float)
    frame["as_of"] = pd.Series(frame["as_of"], dtype=object)
    return frame


def _cover_text(cover: dict[str, Any] | None, lang: str) -> str:
    """The insurance a carrier includes by service (`Rule.cover`) in words; "" for a rule without one."""
    if not cover:
        return ""
    sep = t("claims.list_sep", lang)
    amount = with_currency(fmt_number(float(cover["per_package"])), cover["currency"])
    key = "ui.settings.cover" if cover.get("without") else "ui.settings.cover_only"
    return t(key, lang, amount=amount, services=sep.join(cover["services"]), without=sep.join(cover.get("without") or ()))


#: The rules document's lists of windows, in the order the table shows them (see `Rule.domestic_windows`).
_WINDOW_SECTIONS: tuple[str, ...] = ("windows", "domestic_windows")


def windows_frame(document: dict[str, Any], lang: str) -> pd.DataFrame:
    """One row per claim window: the rule, the outcome (and whether the window is for shipments within
    one country only, and which countries when the rule names them), the action, what it counts from, how long."""
    rows = []
    for rule in document["rules"]:
        for section in _WINDOW_SECTIONS:
            for kind, windows in rule.get(section, {}).items():
                label = t(f"ui.settings.kind.{kind}", lang)
                if section == "domestic_windows":
                    countries = t("claims.list_sep", lang).join(
                        country_name(code, lang) for code in rule.get("domestic_countries") or ())
                    label = t("ui.settings.kind.domestic_in", lang, kind=label, countries=countries) if countries \
                        else t("ui.settings.kind.domestic", lang, kind=label)
                for index, window in enumerate(windows):
                    anchors = t("claims.or", lang).join(
                        t(f"claims.anchor.{a}", lang) + (f" + {o}" if o else "") for a, o in window["anchors"])
                    rows.append({
                        "rule": rule["id"], "rule_name": rule["name_zh"] if lang == "zh" else rule["name_en"],
                        "section": section, "kind": kind, "index": index, "kind_label": label,
                        "action": t(f"claims.action.{window['action']}", lang), "anchors": anchors,
                        "opens": int(window["opens"]), "closes": int(window["closes"]), "unit": window["unit"],
                    })
    return pd.DataFrame(rows)


def _number_or_none(value: Any) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)


def edited_rules_json(document: dict[str, Any], rules: pd.DataFrame, windows: pd.DataFrame,
                      sdr_usd: float | None, sdr_as_of: date | None) -> str:
    """The rules document with the tables' edits applied, as JSON for `rules_from_json` to check."""
    edited = json.loads(json.dumps(document))
    by_id = {rule["id"]: rule for rule in edited["rules"]}
    for row in rules.to_dict("records"):
        rule = by_id[row["id"]]
        rule["applies_to"] = [part.strip() for part in str(row["applies_to"] or "").split(",") if part.strip()]
        rule["channel"] = row["channel"]
        rule["source"] = row["source"]
        rule["as_of"] = str(row["as_of"])[:10] if row["as_of"] is not None else None
        per_kg, per_package = _number_or_none(row["per_kg"]), _number_or_none(row["per_package"])
        currency = str(row["limit_currency"] or "").strip()
        if per_kg is None and per_package is None and not currency:
            rule["limit"] = None
        else:
            rule["limit"] = {"currency": currency, "per_kg": per_kg, "per_package": per_package}
    for row in windows.to_dict("records"):
        window = by_id[row["rule"]][row["section"]][row["kind"]][int(row["index"])]
        for name in ("opens", "closes"):
            value = row[name]
            window[name] = int(value) if isinstance(value, (int, float)) and float(value).is_integer() else value
        window["unit"] = row["unit"]
    edited["sdr_usd"] = sdr_usd
    edited["sdr_usd_as_of"] = sdr_as_of.isoformat() if sdr_as_of else None
    return json.dumps(edited, ensure_ascii=False)


def _save_rules_text(db: Database, text: str) -> None:
    try:
        parsed = rules_from_json(text)
    except RulesError as exc:
        fail("rules", str(exc))
        return
    save_rules(db, parsed)
    done("ui.settings.rules.saved")


def _save_rules_tables(db: Database, document: dict[str, Any], bases: dict[str, pd.DataFrame]) -> None:
    version, state = rev(), st.session_state
    rules = edited_frame(bases["rules"], state.get(f"rules_table_{version}"))
    windows = edited_frame(bases["windows"], state.get(f"rules_windows_{version}"))
    sdr = state.get(f"rules_sdr_{version}")
    text = edited_rules_json(document, rules, windows, sdr if sdr else None, state.get(f"rules_sdr_as_of_{version}"))
    _save_rules_text(db, text)


def _save_rules_json(db: Database) -> None:
    _save_rules_text(db, st.session_state.get(f"rules_json_{rev()}") or "")


def rules_form(db: Database, current: Rules, saved_notes: list[str], lang: str) -> None:
    """The claim rules: limits, windows and the SDR rate, each with its source and date, under
    `saved_notes` (which saved rules follow a corrected built-in rule: `claims_data.SellerRules.notes`)."""
    st.caption(t("ui.settings.rules.intro", lang))
    st.caption(t("ui.settings.rules.follow", lang))
    for note in saved_notes:
        st.info(note, icon=":material/update:")
    show_error("rules", lang)
    document = json.loads(rules_to_json(current))
    with st.form("rules_form"):
        st.markdown(f"**{t('ui.settings.rules.table', lang)}**")
        rules_table = rules_frame(document, lang)
        st.data_editor(
            rules_table, key=f"rules_table_{rev()}", hide_index=True, width="stretch", num_rows="fixed",
            height=35 * (len(rules_table) + 1) + 3, placeholder=NO_VALUE,
            column_order=("name", "scope", "applies_to", "channel", "limit_currency", "per_kg", "per_package", "cover",
                          "source", "as_of"),
            column_config={
                "name": st.column_config.TextColumn(t("ui.settings.col.name", lang), disabled=True, pinned=True),
                "scope": st.column_config.TextColumn(t("ui.settings.col.scope", lang), disabled=True),
                "applies_to": st.column_config.TextColumn(t("ui.settings.col.applies_to", lang),
                                                          help=t("ui.settings.col.applies_to_help", lang)),
                "channel": st.column_config.SelectboxColumn(t("ui.settings.col.channel", lang), options=list(CHANNELS),
                                                            format_func=lambda c: t(f"claims.channel.{c}", lang),
                                                            required=True),
                "limit_currency": st.column_config.TextColumn(t("ui.settings.col.limit_currency", lang),
                                                              help=t("ui.settings.col.limit_currency_help", lang)),
                "per_kg": st.column_config.NumberColumn(t("ui.settings.col.per_kg", lang), min_value=0,
                                                        format="%.2f"),
                "per_package": st.column_config.NumberColumn(t("ui.settings.col.per_package", lang), min_value=0,
                                                             format="%.2f"),
                # Shown, not edited here: a cover lists services, which the JSON editor below changes.
                "cover": st.column_config.TextColumn(t("ui.settings.col.cover", lang), disabled=True, width="large",
                                                     help=t("ui.settings.col.cover_help", lang)),
                "source": st.column_config.TextColumn(t("ui.settings.col.source", lang), width="large"),
                "as_of": st.column_config.DateColumn(t("ui.settings.col.as_of", lang), format="YYYY-MM-DD"),
            },
        )
        st.markdown(f"**{t('ui.settings.rules.windows', lang)}**")
        windows_table = windows_frame(document, lang)
        st.data_editor(
            windows_table, key=f"rules_windows_{rev()}", hide_index=True, width="stretch",
            num_rows="fixed", column_order=("rule_name", "kind_label", "action", "anchors", "opens", "closes", "unit"),
            height=min(35 * (len(windows_table) + 1) + 3, 640), placeholder=NO_VALUE,
            column_config={
                "rule_name": st.column_config.TextColumn(t("ui.settings.col.rule", lang), disabled=True,
                                                         pinned=True),
                "kind_label": st.column_config.TextColumn(t("ui.settings.col.kind", lang), disabled=True),
                "action": st.column_config.TextColumn(t("ui.settings.col.action", lang), disabled=True),
                "anchors": st.column_config.TextColumn(t("ui.settings.col.anchors", lang), disabled=True),
                "opens": st.column_config.NumberColumn(t("ui.settings.col.opens", lang), min_value=0, step=1,
                                                       format="%d", help=t("ui.settings.col.opens_help", lang)),
                "closes": st.column_config.NumberColumn(t("ui.settings.col.closes", lang), min_value=0, step=1,
                                                        format="%d"),
                "unit": st.column_config.SelectboxColumn(t("ui.settings.col.unit", lang), options=list(UNITS),
                                                         format_func=lambda u: t(f"ui.settings.unit.{u}", lang),
                                                         required=True),
            },
        )
        st.markdown(f"**{t('ui.settings.rules.rates', lang)}**")
        left, right = st.columns(2)
        left.number_input(t("ui.settings.sdr", lang), min_value=0.0, value=float(current.sdr_usd), step=0.01,
                                format="%.4f", key=f"rules_sdr_{rev()}", help=t("ui.settings.sdr_help", lang))
        right.date_input(t("ui.settings.sdr_as_of", lang), value=current.sdr_usd_as_of,
                                     key=f"rules_sdr_as_of_{rev()}", format="YYYY-MM-DD")
        st.caption(t("home.rates.elsewhere", lang))
        bases = {"rules": rules_table, "windows": windows_table}
        st.form_submit_button(t("ui.settings.save", lang), type="primary", icon=":material/save:",
                              key=f"rules_save_{rev()}", on_click=_save_rules_tables, args=(db, document, bases))
    with st.expander(t("ui.settings.rules.json", lang)):
        st.caption(t("ui.settings.rules.json_help", lang))
        with st.form("rules_json_form"):
            st.text_area(t("ui.settings.rules.json_label", lang), value=rules_to_json(current), height=360,
                         key=f"rules_json_{rev()}")
            st.form_submit_button(t("ui.settings.rules.json_save", lang), icon=":material/data_object:",
                                  key=f"rules_json_save_{rev()}", on_click=_save_rules_json, args=(db,))
    st.button(t("ui.settings.reset", lang), key="rules_reset", icon=":material/restart_alt:",
              on_click=_reset_rules, args=(db,), help=t("ui.settings.reset_help", lang))


def _reset_rules(db: Database) -> None:
    save_rules(db, default_rules())
    done("ui.settings.rules.reset")
