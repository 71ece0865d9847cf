"""The advice topics: the source documents' advice in our own words, then the seller's data.

Each `*_topic` function returns a :class:`Topic` whose findings carry the numbers behind
them and how sure we are. They take lane rates, the figures counted over the parcels
(:mod:`.figures`) and the claims worklist; :mod:`lossanalytics.advice` loads those.
This module holds the shared helpers and the habit topics (reporting, monitoring,
packaging, records); :mod:`.risk_topics` the carriers, high-value and insurance topics.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from lossanalytics.advice import wording as fmt
from lossanalytics.advice.carrier_choice import overall_rate, with_losses, worse_carriers
from lossanalytics.advice.figures import AdviceFigures
from lossanalytics.advice.home_money import AdviceMoney, advice_money
from lossanalytics.advice.preferences import AdviceSettings
from lossanalytics.advice.results import Finding, Topic
from lossanalytics.analytics.metrics import MIN_GROUP_SIZE
from lossanalytics.claims.rule_types import Rules
from lossanalytics.i18n import carrier_name, days_count, t, tn

#: How many general advice points each topic has (`advice.topic.<key>.<n>`, from 1).
ADVICE_POINTS: Mapping[str, int] = {
    "reporting": 3, "carriers": 3, "high_value": 2, "insurance": 3, "monitoring": 3, "packaging": 3, "records": 3,
}
MAX_NAMED = 3
#: The worklist columns a deadline finding keeps for its rows: a big seller's passed deadlines are
#: hundreds of thousands of rows, and the worklist has dozens of columns. The page shows these.
DEADLINE_COLUMNS: tuple[str, ...] = ("tracking_number", "carrier", "claim_where", "claim_deadline", "days_left",
                                     "estimated_compensation", "compensation_currency")


def topic(key: str, lang: str, findings: list[Finding], *notes: str) -> Topic:
    """A topic with its title and general advice from the catalogue, its notes (empty ones left out) as one."""
    advice = tuple(t(f"advice.topic.{key}.{n}", lang) for n in range(1, ADVICE_POINTS[key] + 1))
    note = sentence_gap(lang).join(note for note in notes if note)
    return Topic(key, t(f"advice.topic.{key}.title", lang), advice, tuple(findings), note)


def sentence_gap(lang: str) -> str:
    """What goes between two sentences: a space in English, nothing in Chinese."""
    return "" if lang == "zh" else " "


def labelled(label_key: str, value: str, lang: str) -> tuple[str, str]:
    """One of a finding's numbers: its label from the catalogue, and its value as text."""
    return t(label_key, lang), value


def _per_currency(frame: pd.DataFrame, amount: str, currency: str) -> dict[str, float]:
    known = frame[frame[amount].notna() & frame[currency].notna()]
    return {str(k): float(v) for k, v in known.groupby(currency)[amount].sum().items()}


# --------------------------------------------------------------------------- reporting


def reporting_topic(worklist: pd.DataFrame, cfg: AdviceSettings, lang: str, rules: Rules | None = None,
                    money: AdviceMoney | None = None) -> Topic:
    """Claim deadlines about to pass (not yet filed), and those that passed unfiled.

    Amounts in several currencies are totalled in the home currency of `money`; without one,
    `rules` (optional) orders them by their dollar value.
    """
    money = money or advice_money(rules)
    findings = []
    due = worklist.loc[worklist["urgency"] == "urgent", list(DEADLINE_COLUMNS)]
    if not due.empty:
        first = due.sort_values("days_left", kind="stable").iloc[0]
        at_stake = _per_currency(due, "estimated_compensation", "compensation_currency")
        findings.append(Finding(
            "deadlines_soon", "act",
            tn("advice.reporting.soon", lang, len(due), n=len(due), days=cfg.deadline_warning_days,
              tracking_number=first["tracking_number"], carrier=carrier_name(first["carrier"], lang),
              deadline=pd.Timestamp(first["claim_deadline"]).date().isoformat(), left=days_count(int(first["days_left"]), lang)),
            (
                labelled("advice.num.claims_due", f"{len(due):,}", lang),
                labelled("advice.num.first_deadline", pd.Timestamp(first["claim_deadline"]).date().isoformat(), lang),
                labelled("advice.num.at_stake", money.amounts(at_stake, lang), lang),
            ),
            t("advice.certainty.deadlines", lang),
            {"count": len(due), "first_tracking_number": first["tracking_number"],
             "first_days_left": int(first["days_left"]), "at_stake": at_stake},
            due,
        ))
    passed = worklist.loc[worklist["urgency"] == "passed", list(DEADLINE_COLUMNS)]
    if not passed.empty:
        lost_value = _per_currency(passed, "estimated_compensation", "compensation_currency")
        findings.append(Finding(
            "deadlines_passed", "consider",
            tn("advice.reporting.passed", lang, len(passed), n=len(passed), amounts=money.amounts(lost_value, lang)),
            (
                labelled("advice.num.claims_passed", f"{len(passed):,}", lang),
                labelled("advice.num.estimate_unclaimed", money.amounts(lost_value, lang), lang),
            ),
            t("advice.certainty.deadlines", lang),
            {"count": len(passed), "estimate": lost_value},
            passed,
        ))
    note = "" if not due.empty else t("advice.reporting.none", lang, days=cfg.deadline_warning_days)
    return topic("reporting", lang, findings, note, money.note(lang) if findings else "")


# --------------------------------------------------------------------------- monitoring, packaging, records


def monitoring_topic(figures: AdviceFigures, lang: str, rules: Rules | None = None,
                     money: AdviceMoney | None = None) -> Topic:
    """Parcels that look lost now, and parcels on their way that were never scanned."""
    money = money or advice_money(rules)
    findings = []
    if figures.suspected:
        value = figures.suspected_value
        shown = money.amounts(value, lang)
        findings.append(Finding(
            "suspected_now", "act",
            t("advice.monitoring.suspected", lang, n=figures.suspected, open=figures.open, value=shown),
            (
                labelled("advice.num.suspected", f"{figures.suspected:,}", lang),
                labelled("advice.num.open", f"{figures.open:,}", lang),
                labelled("advice.num.value", shown, lang),
            ),
            t("advice.certainty.detection", lang),
            {"suspected": figures.suspected, "open": figures.open, "value": value},
        ))
    silent = figures.never_scanned
    if not silent.empty:
        findings.append(Finding(
            "never_scanned", "consider",
            t("advice.monitoring.never_scanned", lang, n=len(silent), open=figures.open),
            (labelled("advice.num.never_scanned", f"{len(silent):,}", lang),
             labelled("advice.num.open", f"{figures.open:,}", lang)),
            t("advice.certainty.counted", lang),
            {"never_scanned": len(silent), "open": figures.open},
            silent,
        ))
    note = "" if findings else t("advice.monitoring.none", lang)
    return topic("monitoring", lang, findings, note, money.note(lang) if figures.suspected else "")


def packaging_topic(figures: AdviceFigures, lanes: pd.DataFrame, cfg: AdviceSettings, lang: str) -> Topic:
    """Damaged and returned parcels (packaging, labels, addresses), with carriers that damage more."""
    findings = []
    total = figures.judged
    for outcome, key, count in (("damaged", "damage", figures.damaged), ("returned", "returns", figures.returned)):
        if not count:
            continue
        rate, low, high = overall_rate(count, total)
        text = tn(f"advice.packaging.{key}", lang, count, n=count, rate=fmt.rate_n(rate, low, high, total, lang))
        values: dict[str, Any] = {"count": count, "parcels": total, "rate": rate}
        certainty = t("advice.certainty.interval", lang, interval=fmt.interval(low, high), n=f"{total:,}")
        if outcome == "damaged" and not lanes.empty:
            verdicts = worse_carriers(lanes, cfg.alpha, outcome="damage")
            worse = verdicts[verdicts["verdict"] == "worse"]
            values["worse_carriers"] = list(worse["carrier"])
            for _, row in worse.head(MAX_NAMED).iterrows():
                text += sentence_gap(lang) + t("advice.packaging.damage_carrier", lang, carrier=carrier_name(row["carrier"], lang),
                                damaged=int(row["losses"]), expected=row["expected_losses"],
                                p=fmt.p_value(row["p_adjusted"]))
        findings.append(Finding(
            key, "consider" if values.get("worse_carriers") else "info", text,
            (labelled(f"advice.num.{key}", f"{count:,}", lang), labelled("advice.num.rate", fmt.pct(rate), lang),
             labelled("advice.num.interval", fmt.interval(low, high), lang)),
            certainty, values,
        ))
    note = "" if findings else t("advice.packaging.none", lang)
    return topic("packaging", lang, findings, note)


def records_topic(figures: AdviceFigures, lang: str) -> Topic:
    """Fields a claim needs that are missing, among lost or suspected parcels and among all."""
    table = figures.missing
    gaps = table[table["missing_claimable"] > 0]
    if not figures.claimable or gaps.empty:
        return topic("records", lang, [], t("advice.records.none", lang) if figures.claimable
                     else t("advice.records.no_claims", lang))
    affected = figures.affected
    names = t("claims.sep", lang).join(t(f"col.{f}", lang) for f in gaps["field"])
    finding = Finding(
        "missing_records", "consider",
        sentence_gap(lang).join([t("advice.records.found", lang, n=affected, total=figures.claimable, fields=names),
                  *(t(f"advice.records.why.{f}", lang) for f in gaps["field"])]),
        tuple(labelled(f"col.{r.field}", t("advice.fmt.missing", lang, n=r.missing_claimable, total=r.claimable), lang)
              for r in gaps.itertuples()),
        t("advice.certainty.counted", lang),
        {"affected": affected, "claimable": figures.claimable,
         "missing": dict(zip(table["field"], table["missing_claimable"]))},
        table,
    )
    return topic("records", lang, [finding])


def lane_counts(lanes: pd.DataFrame) -> dict[str, int]:
    """How many lanes can be judged and how many are too small (for the page's summary)."""
    data = with_losses(lanes) if not lanes.empty else lanes
    judged = int((data["shipments"] >= MIN_GROUP_SIZE).sum()) if not data.empty else 0
    return {"judged": judged, "small": len(data) - judged}
