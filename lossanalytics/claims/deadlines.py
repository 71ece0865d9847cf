"""When a claim must be made, counted from the date each rule names, explained in words."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from lossanalytics.claims.facts import ParcelFacts, mode_label
from lossanalytics.claims.model import Rule, Window
from lossanalytics.i18n import t


@dataclass(frozen=True)
class Deadline:
    """The binding window (the one that closes first) and every window of the rule in words."""

    opens: date | None
    closes: date | None
    text: str


@dataclass(frozen=True)
class _Dated:
    opens: date
    closes: date
    start: date
    anchor: str
    anchor_date: date
    offset: int


def add_months(day: date, months: int) -> date:
    """`day` plus whole calendar months, clamped to the month's end (31 Aug + 6 → 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _date_window(window: Window, facts: ParcelFacts) -> _Dated | None:
    """Dates of `window` for this parcel, from the first of its anchors the parcel has."""
    for anchor, offset in window.anchors:
        anchor_date = facts.dates.get(anchor)
        if anchor_date is None:
            continue
        start = anchor_date + timedelta(days=offset)
        closes = add_months(start, window.closes) if window.unit == "months" else start + timedelta(days=window.closes)
        return _Dated(start + timedelta(days=window.opens), closes, start, anchor, anchor_date, offset)
    return None


def deadline_for(rule: Rule | None, kind: str, facts: ParcelFacts, lang: str) -> Deadline:
    """The claim window of `rule` for outcome `kind` ("lost" or "damaged").

    A rule may set several windows (UPS: report within 60 days, claim within 9 months);
    the earliest to close is binding, because missing it forfeits the claim.
    """
    windows = rule.windows.get(kind, ()) if rule else ()
    if rule is None or not windows:
        carrier = facts.carrier or t("claims.unknown_carrier", lang)
        mode = mode_label(facts.mode, lang)
        return Deadline(None, None, t("claims.deadline.no_rule", lang, carrier=carrier, mode=mode))
    texts: list[str] = []
    binding: _Dated | None = None
    for window in windows:
        dated = _date_window(window, facts)
        texts.append(_describe(window, dated, lang))
        if dated is not None and (binding is None or dated.closes < binding.closes):
            binding = dated
    body = t("claims.sep", lang).join(texts)
    text = t("claims.deadline.rule", lang, rule=rule.name(lang), windows=body)
    return Deadline(binding.opens if binding else None, binding.closes if binding else None, text)


def _describe(window: Window, dated: _Dated | None, lang: str) -> str:
    action = t(f"claims.action.{window.action}", lang)
    if dated is None:
        wanted = t("claims.or", lang).join(t(f"claims.anchor.{a}", lang) for a, _ in window.anchors)
        return t("claims.deadline.undated", lang, action=action, anchors=wanted)
    anchor = t(f"claims.anchor.{dated.anchor}", lang)
    start = t("claims.deadline.start", lang, anchor=anchor, date=dated.anchor_date.isoformat())
    if dated.offset:
        start = t(
            "claims.deadline.start_offset", lang,
            start=dated.start.isoformat(), offset=dated.offset, anchor_start=start,
        )
    span = t(f"claims.unit.{window.unit}", lang, n=window.closes)
    if window.opens:
        text = t(
            "claims.deadline.window_opens", lang, action=action, opens=dated.opens.isoformat(),
            closes=dated.closes.isoformat(), opens_n=window.opens, span=span, start=start,
        )
    else:
        text = t("claims.deadline.window", lang, action=action, closes=dated.closes.isoformat(), span=span, start=start)
    preferred = window.anchors[0][0]
    if dated.anchor != preferred:
        # Say when a fallback date was used: the true deadline may be later.
        note = t("claims.deadline.fallback", lang, missing=t(f"claims.anchor.{preferred}", lang), anchor=anchor)
        text = t("claims.deadline.with_note", lang, text=text, note=note)
    return text
