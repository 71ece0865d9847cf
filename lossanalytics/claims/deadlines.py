"""When a claim must be made, counted from the date each rule names, explained in words.

Works on many parcels at once: dates are numpy datetime64[D] arrays, and each text is
formatted once per combination of the dates a parcel has (see :mod:`.texts`).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date

import numpy as np

from lossanalytics.claims.facts import ParcelFacts, carrier_label, iso_days, mode_label
from lossanalytics.claims.rule_types import Rule, Rules, Window
from lossanalytics.claims.texts import fill, groups, names, slot
from lossanalytics.i18n import t
from lossanalytics.normalise.countries import country_name

NO_DATE = np.datetime64("NaT", "D")


@dataclass(frozen=True)
class Deadlines:
    """Per parcel: the binding window (the one that closes first) and every window of the rule in words."""

    opens: np.ndarray  # datetime64[D], NaT when unknown
    closes: np.ndarray
    text: np.ndarray  # object


@dataclass(frozen=True)
class _Dated:
    anchor: np.ndarray  # index into the window's anchors; -1 when the parcel has none of them
    anchor_date: np.ndarray
    start: np.ndarray
    opens: np.ndarray
    closes: np.ndarray


def add_months(days: np.ndarray | date, months: int) -> np.ndarray | date:
    """`days` plus whole calendar months, clamped to the month's end (31 Aug + 6 → 28/29 Feb).

    `days` is a datetime64[D] array (NaT stays NaT) or a single date.
    """
    if isinstance(days, date):
        return add_months(np.array([days], dtype="datetime64[D]"), months)[0].astype(object)
    month = days.astype("datetime64[M]")
    day_index = (days - month.astype("datetime64[D]")).astype(np.int64)
    target = month + np.timedelta64(months, "M")
    length = ((target + 1).astype("datetime64[D]") - target.astype("datetime64[D]")).astype(np.int64)
    return target.astype("datetime64[D]") + np.minimum(day_index, length - 1).astype("timedelta64[D]")


def _date_window(window: Window, facts: ParcelFacts) -> _Dated:
    """Dates of `window` for each parcel, from the first of its anchors the parcel has."""
    count = len(facts)
    anchor = np.full(count, -1)
    anchor_date = np.full(count, NO_DATE)
    start = np.full(count, NO_DATE)
    for index, (name, offset) in reversed(list(enumerate(window.anchors))):
        known = ~np.isnat(facts.dates[name])
        anchor = np.where(known, index, anchor)
        anchor_date = np.where(known, facts.dates[name], anchor_date)
        start = np.where(known, facts.dates[name] + np.timedelta64(offset, "D"), start)
    if window.unit == "months":
        closes = add_months(start, window.closes)
    else:
        closes = start + np.timedelta64(window.closes, "D")
    return _Dated(anchor, anchor_date, start, start + np.timedelta64(window.opens, "D"), closes)


def deadlines_for(rule: Rule | None, kind: str, facts: ParcelFacts, lang: str, *, words: bool = True,
                  route: str | None = None) -> Deadlines:
    """The claim window of `rule` for outcome `kind` ("lost" or "damaged"), for every parcel.

    A rule may set several windows (UPS: report within 60 days, claim within 9 months);
    the earliest to close is binding, because missing it forfeits the claim. Without `words`
    the texts are left None.

    `route` (see `rule_types.ROUTES`) is given for a rule whose windows for `kind` differ within
    one country and across borders (:meth:`Rule.splits_by_route`): the texts then say which
    shipments the window is for, and on an unknown route that the international one was used.
    """
    count = len(facts)
    windows = rule.windows_for(kind, route or "international") if rule else ()
    if rule is None or not windows:
        if not words:
            return Deadlines(np.full(count, NO_DATE), np.full(count, NO_DATE), np.full(count, None, dtype=object))
        # Interned as fill's texts are: one object per distinct text, whichever call made it.
        texts = {
            key: sys.intern(t("claims.deadline.no_rule", lang, carrier=carrier_label(key[0], lang),
                              mode=mode_label(key[1], lang)))
            for key in set(zip(facts.carrier, facts.mode))
        }
        text = np.empty(count, dtype=object)
        text[:] = [texts[key] for key in zip(facts.carrier, facts.mode)]
        return Deadlines(np.full(count, NO_DATE), np.full(count, NO_DATE), text)
    dated = [_date_window(window, facts) for window in windows]
    opens, closes = np.full(count, NO_DATE), np.full(count, NO_DATE)
    for one in dated:
        earlier = ~np.isnat(one.closes) & (np.isnat(closes) | (one.closes < closes))
        opens = np.where(earlier, one.opens, opens)
        closes = np.where(earlier, one.closes, closes)
    text = np.empty(count, dtype=object)
    # Parcels with the same dates known share one template.
    for rows in groups(*(one.anchor for one in dated)) if words else ():
        chosen = [int(one.anchor[rows[0]]) for one in dated]
        body = t("claims.sep", lang).join(
            _describe(window, anchor, str(index), lang) for index, (window, anchor) in enumerate(zip(windows, chosen))
        )
        template = t("claims.deadline.rule", lang, rule=_rule_name(rule, route, lang), windows=body)
        if route in ("unknown", "domestic_elsewhere"):
            template = t("claims.deadline.with_note", lang, text=template, note=_route_note(rule, kind, route, lang))
        values = {}
        for name in names(template):
            field, index = name.rsplit("_", 1)
            values[name] = iso_days(getattr(dated[int(index)], field)[rows])
        text[rows] = fill(template, values, len(rows))
    return Deadlines(opens, closes, text)


@dataclass(frozen=True)
class LatestClose:
    """Per parcel: the latest day any window on file could close, counted from the parcel's newest date."""

    newest: np.ndarray  # datetime64[D]: the newest of the parcel's dates, NaT when it has none
    closes: np.ndarray  # datetime64[D], NaT when the parcel has no date
    rule: np.ndarray  # index into `Rules.rules` of the rule whose window closes last; -1 without a date


def latest_close(rules: Rules, facts: ParcelFacts) -> LatestClose:
    """How late any claim window of the table could close for each parcel: every window of every
    rule, counted from the parcel's newest date (no window of a parcel starts after it, unless an
    expected delivery date the data lacks lies later).

    For a parcel whose carrier and mode have no rule: once this day has passed, a claim is almost
    certainly out of time whoever the carrier is, and the seller should hear so rather than "contact
    the carrier as soon as possible".
    """
    count = len(facts)
    newest = np.full(count, NO_DATE)
    for days in facts.dates.values():
        newest = np.where(np.isnat(newest) | (days > newest), days, newest)
    closes, which = np.full(count, NO_DATE), np.full(count, -1)
    for index, rule in enumerate(rules.rules):
        for window in (window for table in (rule.windows, rule.domestic_windows) for windows in table.values()
                       for window in windows):
            for _, offset in window.anchors:
                start = newest + np.timedelta64(offset, "D")
                end = (np.asarray(add_months(start, window.closes)) if window.unit == "months"
                       else start + np.timedelta64(window.closes, "D"))
                later = ~np.isnat(end) & (np.isnat(closes) | (end > closes))
                closes, which = np.where(later, end, closes), np.where(later, index, which)
    return LatestClose(newest, closes, which)


def _rule_name(rule: Rule, route: str | None, lang: str) -> str:
    """The rule's name, with the shipments its window is for when that depends on the route."""
    if route is None:
        return rule.name(lang)
    if route == "domestic_elsewhere" or (route == "domestic" and rule.domestic_countries):
        return t(f"claims.deadline.scope.{route}_in", lang, rule=rule.name(lang),
                 countries=_countries(rule, lang))
    scope = "domestic" if route == "domestic" else "international"
    return t(f"claims.deadline.scope.{scope}", lang, rule=rule.name(lang))


def _route_note(rule: Rule, kind: str, route: str, lang: str) -> str:
    """Why a parcel got the general (international) window, and what the domestic one would be: its
    countries are not both known (the domestic window may be later or earlier: the seller knows where
    the parcel went), or it stayed within a country whose domestic terms the rule does not hold."""
    spans = t("claims.sep", lang).join(
        t("claims.deadline.span", lang, action=t(f"claims.action.{window.action}", lang),
          span=t(f"claims.unit.{window.unit}", lang, n=window.closes),
          anchor=t(f"claims.anchor.{window.anchors[0][0]}", lang))
        for window in rule.domestic_windows.get(kind, ()))
    if route == "domestic_elsewhere":
        return t("claims.deadline.domestic_elsewhere", lang, rule=rule.name(lang), windows=spans,
                 countries=_countries(rule, lang))
    if rule.domestic_countries:
        return t("claims.deadline.route_unknown_in", lang, windows=spans, countries=_countries(rule, lang))
    return t("claims.deadline.route_unknown", lang, windows=spans)


def _countries(rule: Rule, lang: str) -> str:
    """The countries whose domestic terms the rule holds, by name."""
    return t("claims.list_sep", lang).join(country_name(code, lang) for code in rule.domestic_countries)


def _describe(window: Window, anchor: int, index: str, lang: str) -> str:
    """One window in words, its dates left as markers named `<_Dated field>_<index>`."""
    action = t(f"claims.action.{window.action}", lang)
    if anchor < 0:
        wanted = t("claims.or", lang).join(t(f"claims.anchor.{a}", lang) for a, _ in window.anchors)
        return t("claims.deadline.undated", lang, action=action, anchors=wanted)
    name, offset = window.anchors[anchor]
    anchor_text = t(f"claims.anchor.{name}", lang)
    start = t("claims.deadline.start", lang, anchor=anchor_text, date=slot(f"anchor_date_{index}"))
    if offset:
        start = t("claims.deadline.start_offset", lang, start=slot(f"start_{index}"), offset=offset, anchor_start=start)
    span = t(f"claims.unit.{window.unit}", lang, n=window.closes)
    if window.opens:
        text = t(
            "claims.deadline.window_opens", lang, action=action, opens=slot(f"opens_{index}"),
            closes=slot(f"closes_{index}"), opens_n=window.opens, span=span, start=start,
        )
    else:
        text = t("claims.deadline.window", lang, action=action, closes=slot(f"closes_{index}"), span=span, start=start)
    preferred = window.anchors[0][0]
    if name != preferred:
        # Say when a fallback date was used: the true deadline may be later.
        note = t("claims.deadline.fallback", lang, missing=t(f"claims.anchor.{preferred}", lang), anchor=anchor_text)
        text = t("claims.deadline.with_note", lang, text=text, note=note)
    return text
