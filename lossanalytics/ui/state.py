"""Widget values that outlive a page switch.

Streamlit gives a widget on each page an identity of its own, so a sidebar filter drawn
by every page would start afresh on each page. The value therefore lives under a plain
session key: before the widget is drawn its key is primed with that value, and when the
seller changes the widget, a callback writes the new value back.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

PREFIX = "kept."


def kept(name: str, default: Any = None) -> Any:
    """The remembered value of widget `name` (first time: a value already set for it, else `default`)."""
    store = PREFIX + name
    if store not in st.session_state:
        st.session_state[store] = st.session_state.get(name, default)
    return st.session_state[store]


def keep(name: str, value: Any) -> None:
    """Remember `value` for widget `name` (before the widget is drawn, or in a callback)."""
    st.session_state[PREFIX + name] = value


def _write_back(name: str) -> None:
    keep(name, st.session_state[name])


def remembered(name: str, default: Any = None) -> dict[str, Any]:
    """Keyword arguments for a widget whose value survives page switches: `key`, `on_change`, `args`."""
    st.session_state[name] = kept(name, default)
    return {"key": name, "on_change": _write_back, "args": (name,)}


def chosen_or(name: str, fallback: Any) -> dict[str, Any]:
    """Like `remembered`, for a widget that shows `fallback` until the seller changes it.

    Until then its remembered value stays None, so the fallback may change (after an
    import, say) and the widget follows it; once changed, the seller's value is kept.
    """
    chosen = kept(name, None)
    st.session_state[name] = fallback if chosen is None else chosen
    return {"key": name, "on_change": _write_back, "args": (name,)}
