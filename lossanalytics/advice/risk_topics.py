"""The risk topics: carriers and lanes that lose more, valuable parcels on them, where insuring pays.

Each returns a :class:`Topic` whose findings carry their numbers and how sure we are;
comparisons are stated only when a test supports them (see :mod:`.carriers`).
"""

from __future__ import annotations

import pandas as pd

from lossanalytics.advice import wording as fmt
from lossanalytics.advice.carrier_choice import (
    ALL_PARCELS,
    LANE_KEYS,
    alternatives,
    pooled_alternatives,
    risky_lanes,
    worse_carriers,
)
from lossanalytics.advice.figures import AdviceFigures
from lossanalytics.advice.home_money import AdviceMoney, advice_money
from lossanalytics.advice.insurance import insurance_lanes
from lossanalytics.advice.preferences import AdviceSettings
from lossanalytics.advice.results import Finding, Topic
from lossanalytics.advice.topics import MAX_NAMED, labelled, sentence_gap, topic
from lossanalytics.analytics.compare import unnamed_parcels
from lossanalytics.analytics.metrics import MIN_GROUP_SIZE
from lossanalytics.i18n import carrier_name, t, tn

# --------------------------------------------------------------------------- carriers


def _alt_values(row: pd.Series, lang: str) -> dict[str, str]:
    """What a sentence comparing a carrier with an alternative on one lane says: where, both rates, p."""
    return {"alternative": carrier_name(row["alternative"], lang),
            "where": fmt.route(row["origin_country"], row["dest_country"], row["mode"], lang),
            "alt": fmt.rate_n(row["alt_rate"], row["alt_low"], row["alt_high"], row["alt_shipments"], lang),
            "carrier": carrier_name(row["carrier"], lang),
            "mine": fmt.rate_n(row["loss_rate"], row["loss_rate_low"], row["loss_rate_high"], row["shipments"], lang),
            "p": fmt.p_value(row["p_adjusted"])}


def _alt_sentence(row: pd.Series, lang: str) -> str:
    return t("advice.carriers.alternative", lang, **_alt_values(row, lang))


def _pooled_sentence(row: pd.Series, lang: str) -> str:
    return t("advice.carriers.alternative_overall", lang, lanes=int(row["lanes"]),
             alternative=carrier_name(row["alternative"], lang), alt_losses=int(row["alt_losses"]),
             alt_shipments=int(row["alt_shipments"]), alt_rate=fmt.pct(row["alt_losses"] / row["alt_shipments"]),
             carrier=carrier_name(row["carrier"], lang), losses=int(row["losses"]), shipments=int(row["shipments"]),
             rate=fmt.pct(row["losses"] / row["shipments"]), p=fmt.p_value(row["p_adjusted"]))


def _against(lane: pd.Series, lang: str) -> str:
    """What a risky lane's rate is set against: the other parcels of its mode, or all the others and why."""
    rest = fmt.pct(lane["rest_rate"])
    if lane["peers"] != ALL_PARCELS:
        return t("advice.carriers.risky.against_mode", lang, rest=rest, mode=fmt.mode_word(lane["mode"], lang))
    if lane["mode"] == "unknown":
        return t("advice.carriers.risky.against_unknown", lang, rest=rest)
    return t("advice.carriers.risky.against_all", lang, rest=rest, mode=fmt.mode_word(lane["mode"], lang),
             others=int(lane["mode_others"]), min=MIN_GROUP_SIZE)


def lanes_certainty(risky: pd.DataFrame, lang: str) -> str:
    """How the risky lanes were tested: within their mode, how many against all other parcels, the weakest p."""
    values = {"tested": len(risky), "p": fmt.p_value(risky.loc[risky["risky"], "p_adjusted"].max())}
    fallback = int((risky["peers"] == ALL_PARCELS).sum())
    if not fallback:
        return t("advice.certainty.lanes", lang, **values)
    return tn("advice.certainty.lanes_fallback", lang, fallback, n=fallback, min=MIN_GROUP_SIZE, **values)


def carriers_topic(lanes: pd.DataFrame, cfg: AdviceSettings, lang: str,
                   risky: pd.DataFrame | None = None) -> tuple[Topic, pd.DataFrame]:
    """Carriers worse than the others on the same lanes (with better alternatives), and risky lanes;
    the parcels without a carrier are in no carrier comparison, and the note says how many.

    `risky` is `risky_lanes(lanes, cfg.alpha)` when the caller has it already (one test per
    lane is not cheap); the frame is also returned, for the high-value topic.
    """
    findings = []
    verdicts = worse_carriers(lanes, cfg.alpha)
    tested = int(verdicts["p_adjusted"].notna().sum()) if not verdicts.empty else 0
    worse = verdicts[verdicts["verdict"] == "worse"].sort_values("p_adjusted", kind="stable")
    pairs = alternatives(lanes, list(worse["carrier"]), cfg.alpha)
    # When no lane alone can tell a better carrier, the lanes two carriers share may together.
    pooled = pooled_alternatives(lanes, list(worse["carrier"]), cfg.alpha)
    for _, row in worse.iterrows():
        mine = pairs[pairs["carrier"] == row["carrier"]] if not pairs.empty else pairs
        better = mine[mine["better"]] if not mine.empty else mine
        overall = pooled[(pooled["carrier"] == row["carrier"]) & pooled["better"]] if not pooled.empty else pooled
        text = t("advice.carriers.worse", lang, carrier=carrier_name(row["carrier"], lang), losses=int(row["losses"]),
                 shipments=int(row["shipments"]), lanes=int(row["lanes"]), expected=row["expected_losses"],
                 ratio=row["ratio"])
        numbers = [
            labelled("advice.num.parcels_shared", f"{int(row['shipments']):,}", lang),
            labelled("advice.num.losses", f"{int(row['losses']):,}", lang),
            labelled("advice.num.expected", f"{row['expected_losses']:.1f}", lang),
            labelled("advice.num.ratio", f"{row['ratio']:.2f}×", lang),
        ]
        certainty = t("advice.certainty.cmh", lang, p=fmt.p_value(row["p_adjusted"]), tested=tested)
        if not better.empty:
            text += sentence_gap(lang) + sentence_gap(lang).join(_alt_sentence(b, lang) for _, b in better.head(MAX_NAMED).iterrows())
            numbers.append(labelled("advice.num.better", f"{better['alternative'].nunique():,}", lang))
            certainty += sentence_gap(lang) + t("advice.certainty.pairs", lang, pairs=len(mine))
        elif not overall.empty:
            text += sentence_gap(lang) + sentence_gap(lang).join(
                [t("advice.carriers.overall_lead", lang), *(_pooled_sentence(b, lang) for _, b in overall.head(MAX_NAMED).iterrows())])
            numbers.append(labelled("advice.num.better", f"{len(overall):,}", lang))
            certainty += sentence_gap(lang) + t("advice.certainty.pooled", lang, pairs=len(pooled))
        elif not mine.empty:
            # The lane where the data comes closest to telling a lower rate apart (not the lowest rate
            # anywhere: that may be a route where this carrier loses little too), with both rates.
            lower = mine[mine["alt_rate"] < mine["loss_rate"]]
            if not lower.empty:
                clearest = lower.sort_values(["p_adjusted", "p_value"], kind="stable").iloc[0]
                text += sentence_gap(lang) + t("advice.carriers.no_clear_alternative", lang,
                                               **_alt_values(clearest, lang))
        else:
            text += sentence_gap(lang) + t("advice.carriers.no_peer", lang)
        findings.append(Finding(
            "worse_carrier", "act" if not (better.empty and overall.empty) else "consider", text, tuple(numbers), certainty,
            {"carrier": row["carrier"], "shipments": int(row["shipments"]), "losses": int(row["losses"]),
             "expected_losses": float(row["expected_losses"]), "ratio": float(row["ratio"]),
             "p_adjusted": float(row["p_adjusted"]), "tested": tested,
             "better": list(dict.fromkeys(better["alternative"])) if not better.empty else [],
             "better_overall": list(overall["alternative"]) if not overall.empty else []},
            mine.reset_index(drop=True) if not mine.empty else None,
        ))
    if risky is None:
        risky = risky_lanes(lanes, cfg.alpha)
    flagged = risky[risky["risky"]] if not risky.empty else risky
    if not flagged.empty:
        top = flagged.iloc[0]
        # Say "or than all your other parcels" only when some flagged lane was compared so.
        headline = "advice.carriers.risky_mixed" if (flagged["peers"] == ALL_PARCELS).any() else "advice.carriers.risky"
        findings.append(Finding(
            "risky_lanes", "consider",
            tn(headline, lang, len(flagged), n=len(flagged),
               lane=fmt.lane(top["carrier"], top["origin_country"], top["dest_country"], top["mode"], lang),
               rate=fmt.rate_n(top["loss_rate"], top["loss_rate_low"], top["loss_rate_high"], top["shipments"], lang),
               against=_against(top, lang)),
            (
                labelled("advice.num.risky_lanes", f"{len(flagged):,}", lang),
                labelled("advice.num.lanes_tested", f"{len(risky):,}", lang),
                labelled("advice.num.worst_rate", fmt.pct(top["loss_rate"]), lang),
                labelled("advice.num.rest_rate", fmt.pct(top["rest_rate"]), lang),
            ),
            lanes_certainty(risky, lang),
            {"lanes": [tuple(r) for r in flagged[list(LANE_KEYS)].itertuples(index=False)],
             "tested": len(risky), "max_p_adjusted": float(flagged["p_adjusted"].max())},
            flagged.reset_index(drop=True),
        ))
    small = int((lanes["shipments"] < MIN_GROUP_SIZE).sum()) if not lanes.empty else 0
    notes = [t("advice.carriers.none", lang, tested=tested)] if not findings else []
    if small:
        notes.append(t("advice.carriers.small", lang, small=small, min=MIN_GROUP_SIZE))
    unnamed = unnamed_parcels(lanes)
    if unnamed:
        notes.append(tn("advice.carriers.no_carrier", lang, unnamed, n=unnamed))
    note = sentence_gap(lang).join(notes)
    return topic("carriers", lang, findings, note), risky


# --------------------------------------------------------------------------- value and insurance


def high_value_topic(figures: AdviceFigures, risky: pd.DataFrame, cfg: AdviceSettings, lang: str,
                     money: AdviceMoney | None = None) -> Topic:
    """Valuable parcels (the top share by declared value) shipped on risky lanes.

    Parcels still on their way (in transit or suspected lost) come first, then by value.
    Amounts are stated as `money` says (default: US dollars).
    """
    money = money or advice_money(None)
    threshold, count = figures.threshold_usd, figures.high_value_count
    share = fmt.pct(cfg.high_value_share)
    if threshold is None:
        return topic("high_value", lang, [], t("advice.high_value.no_values", lang))
    if not count:
        return topic("high_value", lang, [], t("advice.high_value.none", lang, threshold=money.usd(threshold),
                                               share=share), money.note(lang))
    still_open, total = figures.high_value_open, figures.high_value_usd
    finding = Finding(
        "high_value", "act" if still_open else "consider",
        t("advice.high_value.found", lang, n=count, threshold=money.usd(threshold), share=share,
          open=still_open, lanes=figures.high_value_lanes),
        (
            labelled("advice.num.threshold", money.usd(threshold), lang),
            labelled("advice.num.valuable_parcels", f"{count:,}", lang),
            labelled("advice.num.valuable_value", money.usd(total), lang),
            labelled("advice.num.still_open", f"{still_open:,}", lang),
        ),
        lanes_certainty(risky, lang),
        {"threshold_usd": threshold, "count": count, "open": still_open, "value_usd": round(total, 2)},
        figures.high_value, count, figures.high_value_all,
    )
    return topic("high_value", lang, [finding], money.note(lang))


def insurance_topic(lanes: pd.DataFrame, figures: AdviceFigures, cfg: AdviceSettings, lang: str,
                    money: AdviceMoney | None = None) -> Topic:
    """Lanes where expected losses exceed the cost of insuring, and how many parcels are insured.
    Amounts are stated as `money` says (default: US dollars)."""
    money = money or advice_money(None)
    findings = []
    rate = fmt.pct(cfg.insurance_rate)
    table = insurance_lanes(lanes, figures.insurance)
    assumption = t("advice.certainty.insurance_rate", lang, rate=rate, as_of=cfg.insurance_as_of.isoformat(),
                   minimum=money.usd(cfg.insurance_min_premium))
    if not table.empty:
        top = table.iloc[0]
        clear_lanes = int((table["clear"] > 0).sum())
        findings.append(Finding(
            "insure_lanes", "act" if clear_lanes else "consider",
            t("advice.insurance.found", lang, lanes=len(table), rate=rate,
              lane=fmt.lane(top["carrier"], top["origin_country"], top["dest_country"], top["mode"], lang),
              loss=fmt.rate_n(top["loss_rate"], top["loss_rate_low"], top["loss_rate_high"], top["shipments"], lang),
              n=int(top["worth"]), value=money.usd(top["value_usd"]), premium=money.usd(top["premium_usd"]),
              expected=money.usd(top["expected_loss_usd"]), lost=money.usd(top["lost_value_usd"])),
            (
                labelled("advice.num.insure_lanes", f"{len(table):,}", lang),
                labelled("advice.num.insure_parcels", f"{int(table['worth'].sum()):,}", lang),
                labelled("advice.num.expected_loss", money.usd(float(table["expected_loss_usd"].sum())), lang),
                labelled("advice.num.premium", money.usd(float(table["premium_usd"].sum())), lang),
            ),
            t("advice.certainty.insurance", lang, clear=clear_lanes, lanes=len(table)) + sentence_gap(lang) + assumption,
            {"lanes": len(table), "clear_lanes": clear_lanes, "parcels": int(table["worth"].sum()),
             "expected_loss_usd": round(float(table["expected_loss_usd"].sum()), 2),
             "premium_usd": round(float(table["premium_usd"].sum()), 2)},
            table,
        ))
    insured, total = figures.insured, figures.parcels
    if total:
        findings.append(Finding(
            "insured_share", "info",
            t("advice.insurance.share", lang, insured=insured, total=total, share=fmt.pct(insured / total)),
            (labelled("advice.num.insured", f"{insured:,}", lang), labelled("advice.num.parcels", f"{total:,}", lang)),
            t("advice.certainty.counted", lang),
            {"insured": insured, "parcels": total},
        ))
    # "Costs more everywhere" only when something was weighed: parcels with a value, on a lane to judge.
    if not table.empty:
        note = ""
    elif figures.threshold_usd is None:
        note = t("advice.insurance.no_values", lang)
    elif lanes.empty or not (lanes["shipments"] >= MIN_GROUP_SIZE).any():
        note = t("advice.insurance.no_lanes", lang, min=MIN_GROUP_SIZE)
    else:
        note = t("advice.insurance.none", lang, rate=rate) + sentence_gap(lang) + assumption
    return topic("insurance", lang, findings, note, money.note(lang))
