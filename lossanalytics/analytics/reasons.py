"""The reasons of suspected-lost parcels in plain words, with their numbers (DESIGN §6).

A big seller's suspected list has a hundred thousand parcels and more, every row different
(each parcel has its own dates), but its sentences repeat: the same lanes, the same whole
numbers of days. Each sentence is therefore worded once per distinct set of the values it
shows, for all the rows it fits at once, and each row's sentences are joined in the order
of the rules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd

from lossanalytics.i18n import carrier_name, each_distinct, route_name, t

#: One sentence for some rows: which rows, the columns it shows (object arrays, one value per
#: row of the frame), and how it is worded from them.
_Sentence = tuple[np.ndarray, Sequence[np.ndarray], Callable[..., str]]


def lane_name(carrier: str, origin: str | None, dest: str | None, mode: str, lang: str) -> str:
    """A lane as a seller names it: "YunExpress China → Germany (Air)", "云途物流 中国 → 德国（空运专线）"."""
    return t("reason.lane", lang, carrier=carrier_name(carrier, lang), route=route_name(origin, dest, lang),
             mode=t(f"mode.{mode}", lang))


def days_text(days: float) -> str:
    """A lane's number of days: one decimal below ten days (1.3), whole days above (19)."""
    return f"{days:.1f}" if days < 10 else f"{days:.0f}"


def calendar_days(to_end_of_day: np.ndarray) -> np.ndarray:
    """Days as a seller counts them on a calendar (7 Dec - 8 Jun = 182), from the days the outcome
    query measures up to the end of the as-of day (183.0 from 8 Jun 00:00, 182.4 from 8 Jun 15:00).

    Whatever the time of the scan, the count is the as-of day's date minus the scan's date: the
    end of the day is one day after the as-of date, less the part of its own day the scan left."""
    seconds = np.rint(to_end_of_day * 86400.0)  # whole seconds, as the query measured them
    # + 0.0: a scan earlier the same day counts 0 days, never "-0".
    counted: np.ndarray = np.ceil((seconds - 86400.0) / 86400.0) + 0.0
    return counted


def reasons(frame: pd.DataFrame, lang: str) -> list[str]:
    """For each row of an outcome frame, every rule that fired, in plain words with its numbers.

    The frame has the outcome query's rule and detail columns (detect.OUTCOME_COLUMNS);
    `status_unread`, the carrier's words nothing could read, is optional."""
    if frame.empty:
        return []
    texts = np.full(len(frame), "", dtype=object)
    written = np.zeros(len(frame), dtype=bool)
    join = t("reason.join", lang)
    for rows, columns, word in _sentences(frame, lang):
        sentence = _worded(rows, columns, word)
        after = written[rows]
        at = np.flatnonzero(rows)
        texts[at[after]] = texts[at[after]] + join + sentence[after]
        texts[at[~after]] = sentence[~after]
        written |= rows
    return texts.tolist()


def _worded(rows: np.ndarray, columns: Sequence[np.ndarray], word: Callable[..., str]) -> np.ndarray:
    """`word(*values)` for each of `rows`, from its values in `columns`; equal values worded once."""
    if not columns:
        return np.full(int(rows.sum()), word(), dtype=object)
    return each_distinct(word, *(column[rows].tolist() for column in columns))


def _sentences(frame: pd.DataFrame, lang: str) -> list[_Sentence]:
    """Each rule's sentences in reading order, with the rows they fit (one row fits at most one
    sentence per rule)."""
    flag = {name: _flags(frame[name]) for name in (
        "rule_stalled", "rule_overdue", "rule_past_edd", "rule_gave_up", "rule_stuck_exception",
        "stall_learned", "overdue_learned", "edd_learned", "with_customs")}
    # The days a parcel has been silent, on its way or late are counted like a seller counts them,
    # in calendar days up to the as-of day; the thresholds of the settings are whole days too
    # (DetectionSettings refuses a fraction), so both are shown exactly. Parcels with the same
    # whole numbers share one wording.
    silent, shipped, past = (calendar_days(frame[name].to_numpy(dtype=float, na_value=np.nan))
                             for name in ("days_silent", "days_since_ship", "days_past_edd"))
    stall, overdue = (frame[name].to_numpy(dtype=float, na_value=np.nan) for name in ("stall_days", "overdue_days"))
    mode = frame["mode"].map({m: t(f"mode.{m}", lang) for m in frame["mode"].unique()}).to_numpy(dtype=object)
    status = frame["status"].map({s: t(f"status.{s}", lang) for s in frame["status"].unique()}).to_numpy(dtype=object)
    learned = flag["stall_learned"] | flag["overdue_learned"] | flag["edd_learned"]
    lane_keys = [_values(frame[name]) for name in ("carrier", "origin_country", "dest_country", "mode")]
    lane = np.full(len(frame), "", dtype=object)
    lane[learned] = _worded(learned, lane_keys, lambda carrier, origin, dest, m: lane_name(carrier, origin, dest, m, lang))
    gap95, gap99, transit95, late99 = (_values(frame[name]) for name in (
        "lane_gap_p95", "lane_gap_p99", "lane_transit_p95", "lane_late_p99"))
    edd = frame["estimated_delivery_date"].to_numpy().astype(object)
    source, evidence = _values(frame["status_source"]), _values(frame["status_evidence"])
    has_source = np.array([isinstance(value, str) for value in source], dtype=bool)
    unread = _values(frame["status_unread"]) if "status_unread" in frame else np.full(len(frame), None)
    has_unread = ~has_source & np.array([isinstance(value, str) for value in unread], dtype=bool)
    stalled, overdue_rule, past_edd = flag["rule_stalled"], flag["rule_overdue"], flag["rule_past_edd"]
    gave_up, expired = flag["rule_gave_up"], frame["status"].eq("expired").to_numpy(dtype=bool, na_value=False)
    # A status the data states after the day judged was not known that day: it is news that came
    # later, dated by the delivery or scan that brought it, not the evidence of the parcel's state.
    later = _flags(frame["known_later"])
    delivered = frame["status"].eq("delivered").to_numpy(dtype=bool, na_value=False)
    news_time = np.where(delivered, frame["delivered_date"].to_numpy().astype(object),
                         frame["last_event_time"].to_numpy().astype(object))
    # Judged at the end of the as-of day, a parcel is past a limit of N days on the day it has been
    # N calendar days silent or on its way: where the count shown is not above the limit shown,
    # the sentence says the day's end is what puts it past (so the words never contradict the rule).
    gap_end, transit_end, late_end = (_at_most(counted, _shown(values)) for counted, values in (
        (silent, gap99), (shipped, transit95), (past, late99)))
    stall_end, overdue_end = _at_most(silent, stall), _at_most(shipped, overdue)
    return [
        (stalled & flag["stall_learned"], [silent, lane, gap95, gap99, gap_end],
         lambda days, ln, p95, p99, end: t(_key("reason.stalled_lane", end), lang, days=days, lane=ln,
                                           p95=days_text(p95), p99=days_text(p99))),
        (stalled & ~flag["stall_learned"] & flag["with_customs"], [silent, stall, stall_end],
         lambda days, limit, end: t(_key("reason.stalled_customs", end), lang, days=days, threshold=limit)),
        (stalled & ~flag["stall_learned"] & ~flag["with_customs"], [silent, stall, mode, stall_end],
         lambda days, limit, m, end: t(_key("reason.stalled", end), lang, days=days, threshold=limit, mode=m)),
        (overdue_rule & flag["overdue_learned"], [shipped, lane, transit95, transit_end],
         lambda days, ln, p95, end: t(_key("reason.overdue_lane", end), lang, days=days, lane=ln,
                                      p95=days_text(p95))),
        (overdue_rule & ~flag["overdue_learned"], [shipped, overdue, mode, overdue_end],
         lambda days, limit, m, end: t(_key("reason.overdue", end), lang, days=days, threshold=limit, mode=m)),
        (past_edd & flag["edd_learned"], [past, edd, lane, late99, late_end],
         lambda days, when, ln, late, end: t(_key("reason.past_edd_lane", end), lang, days=days, edd=when.date(),
                                             lane=ln, late=days_text(late))),
        (past_edd & ~flag["edd_learned"], [past, edd],
         lambda days, when: t("reason.past_edd", lang, days=days, edd=when.date())),
        (gave_up & expired, [], lambda: t("reason.expired", lang)),
        (gave_up & ~expired, [shipped], lambda days: t("reason.not_found", lang, days=days)),
        (flag["rule_stuck_exception"], [silent, status],
         lambda days, s: t("reason.stuck_exception", lang, days=days, status=s)),
        # Which evidence decided the status (DESIGN §4), or the words nothing could read.
        (has_source & ~later, [source, status, evidence],
         lambda kind, s, words: t(f"reason.evidence.{kind}", lang, status=s, evidence=words)),
        (has_unread & ~later, [unread], lambda words: t("reason.status_unread", lang, words=words)),
        (later, [status, news_time], lambda s, when: t("reason.known_later", lang, status=s, date=when.date())),
    ]


def _shown(values: np.ndarray) -> np.ndarray:
    """A lane's numbers of days as :func:`days_text` shows them (NaN where unknown)."""
    return np.array(each_distinct(lambda days: np.nan if days is None else float(days_text(days)), values.tolist()),
                    dtype=float)


def _at_most(counted: np.ndarray, limit: np.ndarray) -> np.ndarray:
    """Per row, whether the whole days `counted` are not above the `limit` shown beside them."""
    at_most: np.ndarray = (counted <= limit).astype(object)
    return at_most


def _key(key: str, by_end_of_day: bool) -> str:
    """The sentence `key`, or its wording that says the as-of day's end puts the parcel past its limit."""
    return f"{key}.end_of_day" if by_end_of_day else key


def _flags(column: pd.Series) -> np.ndarray:
    flags: np.ndarray = column.fillna(False).to_numpy(dtype=bool)
    return flags


def _values(column: pd.Series) -> np.ndarray:
    """A column's values as Python objects, missing ones as None (NaN is never equal to itself)."""
    values: np.ndarray = column.to_numpy(dtype=object, copy=True)
    values[column.isna().to_numpy()] = None
    return values
