"""Prevention advice (DESIGN §9): the source documents' advice, made specific by the seller's data.

`analyse` loads lane rates and the figures counted over the parcels for the shared filters and returns the topics
that depend only on the data; `reporting_topic` reads the claims worklist (deadlines
about to pass), which changes as the seller works on claims; `advise` returns both in
page order. Everything returned is plain data (:class:`Topic`, :class:`Finding`).

The rules and their thresholds:
- carriers: a carrier is "worse" when the Cochran–Mantel–Haenszel test against the
  other carriers on the same lanes gives a Holm-adjusted p below `alpha` (0.05); a
  better alternative on the same route and mode is named only when its own pairwise
  test (Holm over all such pairs) is significant, or, when no lane alone can tell, a
  Cochran–Mantel–Haenszel test of the two carriers over all the lanes both serve (Holm over
  those pairs); lanes under 30 parcels are not judged;
- risky lanes: a lane's loss rate against the seller's other parcels of the same transport mode (all
  the other parcels where the mode is unknown or has fewer than 30 others), Holm over lanes;
- high value: parcels in the top `high_value_share` (10%) by declared value on risky lanes;
- insurance: lane loss rate × value above max(`insurance_rate` × value, minimum premium);
- reporting: claims not yet filed whose deadline is at most `deadline_warning_days` away.
"""

from __future__ import annotations

import pandas as pd

from lossanalytics.advice.carrier_choice import risky_lanes
from lossanalytics.advice.figures import AdviceFigures, advice_figures
from lossanalytics.advice.home_money import AdviceMoney, advice_money
from lossanalytics.advice.preferences import AdviceSettings, load_advice_settings, save_advice_settings
from lossanalytics.advice.results import LEVELS, TOPICS, Finding, Topic
from lossanalytics.advice.risk_topics import carriers_topic, high_value_topic, insurance_topic
from lossanalytics.advice.topics import monitoring_topic, packaging_topic, records_topic, reporting_topic
from lossanalytics.analytics.metrics import rates
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.claims.rule_types import Rules
from lossanalytics.storage.db import Database


def topics_from(lanes: pd.DataFrame, figures: AdviceFigures, rules: Rules, cfg: AdviceSettings,
                lang: str, risky: pd.DataFrame | None = None, home: str | None = None) -> list[Topic]:
    """The data topics (all but reporting) from lane rates and the figures counted over the
    parcels (`risky`: the lanes' risk tests, when already made), money in the `home` currency
    when one is set."""
    carriers, risky = carriers_topic(lanes, cfg, lang, risky)
    money = advice_money(rules, home)
    return [
        carriers,
        high_value_topic(figures, risky, cfg, lang, money),
        insurance_topic(lanes, figures, cfg, lang, money),
        monitoring_topic(figures, lang, rules, money),
        packaging_topic(figures, lanes, cfg, lang),
        records_topic(figures, lang),
    ]


def analyse(db: Database, scope: AnalysisScope, rules: Rules, cfg: AdviceSettings, lang: str = "en",
            home: str | None = None, lanes: pd.DataFrame | None = None) -> list[Topic]:
    """The data topics for the parcels in `scope`, judged as of its day, money in the `home` currency.

    Lane rates come from `metrics.rates` (or `lanes`, when the caller has them already: the
    Carriers page's are the same); everything counted over single parcels is counted by
    DuckDB (:func:`.figures.advice_figures`), so no parcel list is loaded.
    """
    if lanes is None:
        lanes = rates(db, "lane", scope)
    risky = risky_lanes(lanes, cfg.alpha)
    figures = advice_figures(db, scope, lanes, risky, rules, cfg)
    return topics_from(lanes, figures, rules, cfg, lang, risky, home)


def advise(worklist: pd.DataFrame, data_topics: list[Topic], cfg: AdviceSettings, lang: str = "en",
           rules: Rules | None = None, home: str | None = None) -> list[Topic]:
    """Every topic in page order: deadlines first (money in the `home` currency), then the data topics."""
    reporting = reporting_topic(worklist, cfg, lang, rules, advice_money(rules, home))
    found = {topic.key: topic for topic in [reporting, *data_topics]}
    return [found[key] for key in TOPICS if key in found]


def pressing(topics: list[Topic]) -> list[tuple[Topic, Finding]]:
    """The findings that ask for action now, in page order."""
    return [(topic, finding) for topic in topics for finding in topic.findings if finding.level == "act"]


__all__ = [
    "LEVELS", "TOPICS", "AdviceFigures", "AdviceMoney", "AdviceSettings", "Finding", "Topic", "advice_money", "advise",
    "analyse", "load_advice_settings", "pressing", "reporting_topic", "save_advice_settings", "topics_from",
]
