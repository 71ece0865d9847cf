"""Claim packs: a ZIP with everything a seller attaches to one claim, or to a selection.

Each pack holds `facts.txt`, `letter_en.txt`, `letter_zh.txt`, `timeline.csv` and
`checklist.txt`. The CSV is UTF-8 with a byte-order mark, so Excel shows Chinese text
correctly, and every text cell is neutralised against formula injection.
"""

from __future__ import annotations

import csv
import io
import re
import stat
import zipfile
from collections.abc import Mapping
from datetime import date
from typing import Any

import pandas as pd

from lossanalytics.analytics.overview import with_last_event
from lossanalytics.claims.documents import PROCESS_STEPS, document_label, step_help, step_title
from lossanalytics.claims.facts import (
    fmt_money,
    fmt_number,
    is_missing,
    mode_label,
    text_or_none,
    to_date,
)
from lossanalytics.claims.letter import claim_letter
from lossanalytics.export import neutralise
from lossanalytics.i18n import days_count, has, or_unknown, route_name, t, with_currency

PACK_FILES: tuple[str, ...] = ("facts.txt", "letter_en.txt", "letter_zh.txt", "timeline.csv", "checklist.txt")
TIMELINE_COLUMNS: tuple[str, ...] = ("event_time", "status", "status_raw", "location", "description")
_DATE_FACTS = ("ship_date", "estimated_delivery_date", "delivered_date")
_TEXT_FACTS = ("tracking_number", "order_id", "marketplace", "carrier", "service")


def claim_pack(
    parcel: Mapping[str, Any],
    events: pd.DataFrame,
    estimate_row: Mapping[str, Any],
    lang: str,
    *,
    today: date | None = None,
) -> bytes:
    """The ZIP for one parcel: its canonical row, its tracking events and its estimate row.

    `lang` sets the language of the facts, timeline headers and checklist; both letters
    are always included. `today` dates the letters (default: the current date).
    """
    day = today or date.today()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        _write_pack(archive, "", {**parcel, **estimate_row}, events, lang, day)
    return buffer.getvalue()


def claim_packs_zip(estimates: pd.DataFrame, events: pd.DataFrame, lang: str, *, today: date | None = None) -> bytes:
    """One ZIP for a selection: a folder per tracking number, each holding a full pack.

    `estimates` are rows of :func:`~lossanalytics.claims.estimate.estimate_claims`'s
    output (parcel columns included); `events` are tracking events of any of them.
    """
    day = today or date.today()
    used: set[str] = set()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for row in estimates.to_dict("records"):
            number = text_or_none(row.get("tracking_number")) or ""
            folder = _folder(number, used)
            own = events[events["tracking_number"] == number] if "tracking_number" in events else events.iloc[0:0]
            _write_pack(archive, folder + "/", row, own, lang, day)
    return buffer.getvalue()


def facts_text(row: Mapping[str, Any], lang: str) -> str:
    """The facts sheet: the parcel, then where, by when and for how much to claim."""
    unknown = t("claims.fact.unknown", lang)

    def line(column: str, shown: str | None) -> str:
        return t("claims.fact.line", lang, label=t(f"claims.fact.{column}", lang), value=shown or unknown)

    lines = [t("claims.pack.facts_title", lang), ""]
    lines += [line(c, text_or_none(row.get(c))) for c in _TEXT_FACTS]
    mode = text_or_none(row.get("mode"))
    lines.append(line("mode", mode_label(mode, lang) if mode else None))
    origin, dest = text_or_none(row.get("origin_country")), text_or_none(row.get("dest_country"))
    lines.append(line("route", route_name(origin, dest, lang) if origin or dest else None))
    lines += [line(c, _day(row.get(c))) for c in _DATE_FACTS]
    last = row.get("last_event_time")
    last_text = text_or_none(row.get("last_event_text"))
    stamp = None if is_missing(last) else pd.Timestamp(last).strftime("%Y-%m-%d %H:%M")
    lines.append(line("last_event_time", " — ".join(p for p in (stamp, last_text) if p) or None))
    status = text_or_none(row.get("status"))
    lines.append(line("status", t(f"status.{status}", lang) if status and has(f"status.{status}") else status))
    lines.append(line("outcome", t(f"claims.outcome.{row.get('outcome')}", lang)))
    lines.append(line("declared_value", _amount(row.get("declared_value"), row.get("currency"), lang)))
    lines.append(line("insured_value", _amount(row.get("insured_value"), row.get("currency"), lang)))
    weight = row.get("weight_kg")
    lines.append(line("weight_kg", None if is_missing(weight) else fmt_number(float(weight), 3)))
    lines += ["", t("claims.pack.claim_title", lang), ""]
    lines.append(line("claim_where", text_or_none(row.get("claim_where"))))
    lines.append(line("claim_deadline", _deadline(row, lang)))
    lines.append(line("deadline_basis", text_or_none(row.get("deadline_basis"))))
    lines.append(line("estimated_compensation",
                      _amount(row.get("estimated_compensation"), row.get("compensation_currency"), lang)))
    lines.append(line("compensation_basis", text_or_none(row.get("compensation_basis"))))
    also = text_or_none(row.get("also_claim"))
    if also:
        lines.append(line("also_claim", also))
    return "\n".join(lines) + "\n"


def timeline_csv(events: pd.DataFrame, lang: str) -> bytes:
    """The tracking events, oldest first, as UTF-8-with-BOM CSV with headers in `lang`."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow([t(f"claims.timeline.{c}", lang) for c in TIMELINE_COLUMNS])
    ordered = events.sort_values("event_time") if "event_time" in events and len(events) else events
    for event in ordered.to_dict("records"):
        writer.writerow([neutralise(_cell(c, event.get(c))) for c in TIMELINE_COLUMNS])
    return out.getvalue().encode("utf-8-sig")


def checklist_text(row: Mapping[str, Any], lang: str) -> str:
    """Documents to attach (tick boxes) and the steps from report to payment or appeal."""
    lines = [t("claims.pack.checklist_title", lang), ""]
    deadline = _deadline(row, lang)
    if deadline:
        lines += [t("claims.fact.line", lang, label=t("claims.fact.claim_deadline", lang), value=deadline), ""]
    lines += [f"[ ] {document_label(key, lang)}" for key in row.get("documents") or ()]
    lines += ["", t("claims.pack.steps_title", lang), ""]
    for number, step in enumerate(PROCESS_STEPS, start=1):
        text = t("claims.fact.line", lang, label=step_title(step, lang), value=step_help(step, lang))
        lines.append(f"{number}. {text}")
    return "\n".join(lines) + "\n"


def _write_pack(
    archive: zipfile.ZipFile, prefix: str, row: Mapping[str, Any], events: pd.DataFrame, lang: str, today: date
) -> None:
    contents = {
        "facts.txt": facts_text(row, lang).encode("utf-8"),
        "letter_en.txt": claim_letter(row, "en", today).encode("utf-8"),
        "letter_zh.txt": claim_letter(row, "zh", today).encode("utf-8"),
        "timeline.csv": timeline_csv(with_last_event(events, row), lang),
        "checklist.txt": checklist_text(row, lang).encode("utf-8"),
    }
    for name in PACK_FILES:
        # A fixed timestamp makes the same pack the same bytes, whenever it is built.
        info = zipfile.ZipInfo(prefix + name, date_time=(today.year, today.month, today.day, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        # An ordinary file (rw-r--r--) when unpacked, as any file the seller saves.
        info.external_attr = (stat.S_IFREG | 0o644) << 16
        archive.writestr(info, contents[name])


def _folder(number: str, used: set[str]) -> str:
    """A safe, unique folder name: tracking numbers are data, never trusted as paths."""
    base = re.sub(r"[^A-Za-z0-9_-]", "_", number) or "parcel"
    name, counter = base, 2
    while name in used:
        name, counter = f"{base}_{counter}", counter + 1
    used.add(name)
    return name


def _cell(column: str, value: Any) -> str:
    if is_missing(value):
        return ""
    if column == "event_time":
        return pd.Timestamp(value).strftime("%Y-%m-%d %H:%M")
    return str(value)


def _day(value: Any) -> str | None:
    found = to_date(value)
    return found.isoformat() if found else None


def _amount(amount: Any, currency: Any, lang: str) -> str | None:
    if is_missing(amount):
        return None
    return with_currency(fmt_money(float(amount)), or_unknown(text_or_none(currency), "currency", lang))


def _deadline(row: Mapping[str, Any], lang: str) -> str | None:
    deadline = _day(row.get("claim_deadline"))
    days = row.get("days_left")
    if deadline is None or is_missing(days):
        return deadline
    left = int(days)
    if left >= 0:
        return t("claims.pack.deadline_left", lang, deadline=deadline, days=days_count(left, lang))
    return t("claims.pack.deadline_passed", lang, deadline=deadline, days=days_count(-left, lang))
