"""The Settings page's forms: detection thresholds, insurance and advice assumptions (claim rules: `rules_view`).

Detection thresholds are drawn from the fields of `DetectionSettings` (per-mode tables
for dict fields, a number box for every other field), so fields added to it later show
up here without a change. Each form saves with the core's own save function; a value
the core refuses is explained and nothing is saved. Widget keys carry a revision number
that changes after each save or reset, so the forms then show the stored values.

Saving happens in the submit buttons' callbacks, which read the widgets' values from the
session state (a data editor's state is its list of edits, applied by `edited_frame`):
a callback runs once per click, before the page, however often the page reruns.
"""

from __future__ import annotations

import math
from dataclasses import fields
from typing import Any, get_type_hints

import pandas as pd
import streamlit as st

from lossanalytics.advice import AdviceSettings, save_advice_settings
from lossanalytics.analytics.thresholds import (
    DAY_FIELDS,
    DetectionSettings,
    FractionalDays,
    field_name,
    save_detection_settings,
)
from lossanalytics.claims.rule_types import MODES
from lossanalytics.i18n import has, t
from lossanalytics.storage.db import Database
from lossanalytics.ui.numbers import NO_VALUE, md_escape
from lossanalytics.ui.render import leave_message

REV_KEY = "settings_rev"
ERROR_KEY = "settings_error"


def rev() -> int:
    """The revision that keys this run's form widgets."""
    return st.session_state.setdefault(REV_KEY, 0)


def done(message_key: str, **values: Any) -> None:
    """After a save or reset: a message for the next run, fresh widgets showing the stored values."""
    st.session_state[REV_KEY] = rev() + 1
    leave_message(message_key, **values)


def fail(section: str, text: str) -> None:
    st.session_state[ERROR_KEY] = (section, text)


def show_error(section: str, lang: str) -> None:
    found = st.session_state.get(ERROR_KEY)
    if found and found[0] == section:
        del st.session_state[ERROR_KEY]
        st.error(t("ui.settings.not_saved", lang, detail=md_escape(found[1])), icon=":material/error:")


def edited_frame(base: pd.DataFrame, state: Any) -> pd.DataFrame:
    """`base` with a data editor's edits applied: edited rows (by position), added rows, deleted rows."""
    out = base.copy()
    if not isinstance(state, dict):
        return out
    for position, changes in (state.get("edited_rows") or {}).items():
        index = out.index[int(position)]
        for column, value in changes.items():
            if column in out.columns:
                if out[column].dtype != object and not isinstance(value, (int, float)):
                    out[column] = out[column].astype(object)
                out.at[index, column] = value
    deleted = [out.index[int(p)] for p in state.get("deleted_rows") or () if int(p) < len(out)]
    out = out.drop(index=deleted)
    added = [row for row in state.get("added_rows") or () if isinstance(row, dict)]
    if added:
        out = pd.concat([out, pd.DataFrame(added)], ignore_index=True)
    return out


def field_label(name: str, lang: str) -> str:
    """A settings field's name in words; a field without a catalogue entry gets its own name, readable."""
    return field_name(name, None, lang)


def field_help(name: str, default: Any, lang: str) -> str:
    """What a settings field means, and its default when `default` is given."""
    key = f"ui.settings.field.{name}.help"
    text = t(key, lang) if has(key) else t("ui.settings.field.no_help", lang)
    return text if default is None else text + " " + t("ui.settings.default", lang, value=default)


# --------------------------------------------------------------------------- detection


def _mode_order(modes: set[str]) -> list[str]:
    return [m for m in MODES if m in modes] + sorted(modes - set(MODES))


def _mode_table(current: DetectionSettings, names: list[str], lang: str) -> pd.DataFrame:
    modes = _mode_order({m for name in names for m in getattr(current, name)})
    table = pd.DataFrame({"mode_label": [t(f"mode.{m}", lang) if has(f"mode.{m}") else m for m in modes]},
                         index=pd.Index(modes, name="mode"))
    for name in names:
        table[name] = [float(getattr(current, name).get(m, math.nan)) for m in modes]
    return table


def detection_values(current: DetectionSettings, table: pd.DataFrame, scalars: dict[str, Any]) -> dict[str, Any]:
    """The form's values as `DetectionSettings` keyword arguments; ValueError naming a bad field
    (:class:`FractionalDays` for a threshold in days that is not a whole number of days).

    Fields the form does not show (none today) keep their current values.
    """
    values: dict[str, Any] = {spec.name: getattr(current, spec.name) for spec in fields(DetectionSettings)}
    for spec in fields(DetectionSettings):
        default = getattr(current, spec.name)
        if isinstance(default, dict):
            column = table[spec.name]
            bad = [m for m, v in column.items() if v is None or not math.isfinite(float(v)) or float(v) <= 0]
            if bad:
                raise ValueError(f"{spec.name}: {', '.join(bad)}")
            for mode, days in column.items():
                if not float(days).is_integer():
                    raise FractionalDays(spec.name, str(mode), float(days))
            values[spec.name] = {m: int(v) for m, v in column.items()}
        elif spec.name in scalars:
            value = scalars[spec.name]
            if isinstance(value, bool):
                values[spec.name] = value
                continue
            if value is None or (isinstance(value, float) and not math.isfinite(value)) or value < 0:
                raise ValueError(spec.name)
            if spec.name in DAY_FIELDS and not float(value).is_integer():
                raise FractionalDays(spec.name, None, float(value))
            wanted = get_type_hints(DetectionSettings).get(spec.name)
            values[spec.name] = wanted(value) if wanted in (int, float) else value
    return values


def detection_form(db: Database, current: DetectionSettings, lang: str) -> None:
    """Every threshold of the suspected-lost rules: per-mode days in a table, the rest one by one."""
    st.caption(t("ui.settings.detection.intro", lang))
    show_error("detection", lang)
    defaults = DetectionSettings()
    per_mode = [f.name for f in fields(DetectionSettings) if isinstance(getattr(current, f.name), dict)]
    scalars = [f for f in fields(DetectionSettings)
               if not isinstance(getattr(current, f.name), dict) and isinstance(getattr(current, f.name),
                                                                                 (int, float))]
    with st.form("detection_form"):
        config: dict[str, Any] = {"mode_label": st.column_config.TextColumn(t("col.mode", lang), disabled=True)}
        for name in per_mode:
            # Whole days, as a calendar counts them (DetectionSettings).
            config[name] = st.column_config.NumberColumn(field_label(name, lang), min_value=1, step=1,
                                                         format="%d", required=True,
                                                         help=field_help(name, None, lang))
        base = _mode_table(current, per_mode, lang)
        st.data_editor(base, key=f"det_modes_{rev()}", hide_index=True, width="stretch", num_rows="fixed",
                       column_config=config, placeholder=NO_VALUE)
        cells = st.columns(3)
        hints = get_type_hints(DetectionSettings)
        for position, spec in enumerate(scalars):
            value, default = getattr(current, spec.name), getattr(defaults, spec.name)
            cell, key = cells[position % 3], f"det_{spec.name}_{rev()}"
            label, help_text = field_label(spec.name, lang), field_help(spec.name, default, lang)
            if hints.get(spec.name) is bool or isinstance(default, bool):
                cell.checkbox(label, value=bool(value), key=key, help=help_text)
                continue
            whole = hints.get(spec.name) is int
            cell.number_input(
                label, min_value=0 if whole else 0.0, value=int(value) if whole else float(value),
                step=1 if whole else (0.05 if "factor" in spec.name else 0.5), format=None if whole else "%.2f",
                key=key, help=help_text,
            )
        st.form_submit_button(t("ui.settings.save", lang), type="primary", icon=":material/save:",
                              key=f"det_save_{rev()}", on_click=_save_detection,
                              args=(db, current, base, [spec.name for spec in scalars], lang))
    st.button(t("ui.settings.reset", lang), key="det_reset", icon=":material/restart_alt:",
              on_click=_reset_detection, args=(db,), help=t("ui.settings.reset_help", lang))


def _save_detection(db: Database, current: DetectionSettings, base: pd.DataFrame, names: list[str],
                    lang: str) -> None:
    version = rev()
    table = edited_frame(base, st.session_state.get(f"det_modes_{version}"))
    entered = {name: st.session_state.get(f"det_{name}_{version}") for name in names}
    try:
        save_detection_settings(db, DetectionSettings(**detection_values(current, table, entered)))
    except FractionalDays as exc:
        fail("detection", exc.message(lang))
        return
    except (TypeError, ValueError) as exc:
        fail("detection", t("ui.settings.detection.bad", lang, field=str(exc)))
        return
    done("ui.settings.detection.saved")


def _reset_detection(db: Database) -> None:
    save_detection_settings(db, DetectionSettings())
    done("ui.settings.detection.reset")


# --------------------------------------------------------------------------- insurance and advice


def advice_form(db: Database, current: AdviceSettings, lang: str) -> None:
    """The assumptions behind the advice: insurance cost (dated), deadline warning, high value, significance."""
    st.caption(t("ui.settings.advice.intro", lang))
    show_error("advice", lang)
    gap = "" if lang == "zh" else " "
    st.info(t("advice.settings.insurance_source", lang) + gap
            + t("ui.settings.advice.checked", lang, as_of=current.insurance_as_of), icon=":material/info:")
    with st.form("advice_form"):
        left, right = st.columns(2)
        left.number_input(t("ui.settings.advice.rate", lang), min_value=0.0, max_value=100.0,
                                 value=round(current.insurance_rate * 100, 4), step=0.1, format="%.2f",
                                 key=f"adv_rate_{rev()}", help=t("ui.settings.advice.rate_help", lang))
        right.number_input(t("ui.settings.advice.premium", lang), min_value=0.0,
                                     value=float(current.insurance_min_premium), step=0.5, format="%.2f",
                                     key=f"adv_premium_{rev()}", help=t("ui.settings.advice.premium_help", lang))
        left.date_input(t("ui.settings.advice.as_of", lang), value=current.insurance_as_of,
                                key=f"adv_as_of_{rev()}", format="YYYY-MM-DD",
                                help=t("ui.settings.advice.as_of_help", lang))
        right.number_input(t("ui.settings.advice.days", lang), min_value=0, max_value=365,
                                  value=int(current.deadline_warning_days), step=1, key=f"adv_days_{rev()}",
                                  help=t("ui.settings.advice.days_help", lang))
        left.number_input(t("ui.settings.advice.share", lang), min_value=0.0, max_value=100.0,
                                  value=round(current.high_value_share * 100, 4), step=1.0, format="%.1f",
                                  key=f"adv_share_{rev()}", help=t("ui.settings.advice.share_help", lang))
        right.number_input(t("ui.settings.advice.alpha", lang), min_value=0.0, max_value=0.5,
                                   value=float(current.alpha), step=0.01, format="%.3f", key=f"adv_alpha_{rev()}",
                                   help=t("ui.settings.advice.alpha_help", lang))
        st.form_submit_button(t("ui.settings.save", lang), type="primary", icon=":material/save:",
                              key=f"adv_save_{rev()}", on_click=_save_advice, args=(db, current, lang))
    st.button(t("ui.settings.reset", lang), key="adv_reset", icon=":material/restart_alt:",
              on_click=_reset_advice, args=(db,), help=t("ui.settings.reset_help", lang))


def _save_advice(db: Database, current: AdviceSettings, lang: str) -> None:
    version, state = rev(), st.session_state

    def value(name: str, default: Any) -> Any:
        found = state.get(f"adv_{name}_{version}")
        return default if found is None else found

    chosen = AdviceSettings(
        insurance_rate=value("rate", 0.0) / 100, insurance_min_premium=value("premium", 0.0),
        insurance_as_of=value("as_of", current.insurance_as_of), deadline_warning_days=int(value("days", 0)),
        high_value_share=value("share", 0.0) / 100, alpha=value("alpha", 0.0),
    )
    problems = chosen.problems()
    if problems:
        key, values = problems[0]
        fail("advice", t(key, lang, **values))
        return
    save_advice_settings(db, chosen)
    done("ui.settings.advice.saved")


def _reset_advice(db: Database) -> None:
    save_advice_settings(db, AdviceSettings())
    done("ui.settings.advice.reset")
