"""The carriers whose loss rates rest on parcels without a status (analytics.overview.unread_carriers) and the
Carriers page's note about them. Expected values follow from the fixture's construction: a word no carrier uses
("Zrqx") is read by nothing, and a row with neither status nor event text has no status at all."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from test_app_pages import start

from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.metrics import rates
from lossanalytics.analytics.overview import UnreadCarrier, unread_by_carrier, unread_carriers, unread_total
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.i18n import t
from lossanalytics.importing import ImportResult, import_file
from lossanalytics.storage.db import Database
from lossanalytics.ui.numbers import md_escape

AS_OF = date(2025, 6, 10)
HEADER = "Tracking Number,Carrier,Ship Date,Last Event Time,Latest event\n"


def _rows(prefix: str, carrier: str, count: int, event: str, scan: str = "2025-06-05 10:00") -> str:
    return "".join(f"{prefix}{i:03d},{carrier},2025-06-01,{scan},{event}\n" for i in range(count))


# Acme: 12 parcels, 8 with an unread text, 2 with no status or event at all (only a ship date), 2 delivered:
# 10 of 12 unread. Beta: 20 delivered and 1 unread (1 of 21, under a tenth). Gamma: 3 unread of 3 (under 5 parcels).
EXPORT = (HEADER + _rows("AC", "Acme Freight", 8, "Zrqx handling step")
          + "".join(f"AN{i:03d},Acme Freight,2025-06-01,,\n" for i in range(2))
          + _rows("AD", "Acme Freight", 2, "Delivered") + _rows("BD", "Beta Post", 20, "Delivered")
          + _rows("BU", "Beta Post", 1, "Zrqx handling step") + _rows("GU", "Gamma Express", 3, "Zrqx handling step"))


@pytest.fixture
def loaded(db: Database, tmp_path: Path) -> Database:
    path = tmp_path / "tracking.csv"
    path.write_text(EXPORT, encoding="utf-8")
    import_file(db, path)
    return db


@pytest.fixture
def app_db(empty_db_path: Path, import_into_app: Callable[[str, str], ImportResult]) -> Path:
    """The dashboard's database (LOSSANALYTICS_DB) holding the export."""
    import_into_app("tracking.csv", EXPORT)
    return empty_db_path


def _unread(db: Database, filters: Filters = Filters()) -> list[UnreadCarrier]:
    scope = AnalysisScope(AS_OF, DetectionSettings(), filters)
    carriers = rates(db, "carrier", scope)
    return unread_carriers(unread_by_carrier(db, scope), dict(zip(carriers["carrier"], carriers["shipments"])))


def test_each_carriers_parcels_without_a_status_are_counted(loaded: Database) -> None:
    counts = unread_by_carrier(loaded, AnalysisScope(AS_OF, DetectionSettings()))
    assert counts == {"Acme Freight": (10, 8), "Gamma Express": (3, 3), "Beta Post": (1, 1)}
    assert unread_total(counts) == (14, 12)


def test_a_carrier_is_named_when_a_tenth_and_five_of_its_parcels_have_no_status(loaded: Database) -> None:
    assert _unread(loaded) == [UnreadCarrier("Acme Freight", 12, 10, 8)]
    assert _unread(loaded)[0].share == pytest.approx(10 / 12)


def test_the_filters_of_the_page_apply(loaded: Database) -> None:
    assert _unread(loaded, Filters(carriers=("Beta Post",))) == []
    assert _unread(loaded, Filters(carriers=("Acme Freight",))) == [UnreadCarrier("Acme Freight", 12, 10, 8)]


def test_parcels_shipped_after_the_day_judged_are_not_counted(loaded: Database) -> None:
    assert unread_by_carrier(loaded, AnalysisScope(date(2025, 5, 31), DetectionSettings())) == {}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_carriers_page_names_them_and_what_to_do(app_db: Path, lang: str) -> None:
    at = start(lang, "pages/carriers.py")
    warnings = [w.value for w in at.warning if md_escape(t("ui.carriers.unread.title", lang)) in w.value]
    assert len(warnings) == 1
    line = t("ui.carriers.unread.line", lang, carrier="Acme Freight", unread=10, shipments=12, share=10 / 12)
    for part in (line, t("ui.carriers.unread.words", lang, n=8), t("ui.carriers.unread.missing", lang, n=2),
                 t("ui.carriers.unread.action_words", lang), t("ui.carriers.unread.action_missing", lang)):
        assert md_escape(part) in warnings[0]
    assert "Beta Post" not in warnings[0] and "Gamma" not in warnings[0]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_overview_says_how_many_parcels_have_no_status(app_db: Path, lang: str) -> None:
    at = start(lang, None)
    assert t("ui.overview.unread", lang, count="14", words="12") in [i.value for i in at.info]


def test_the_demo_data_need_no_note(db_path: Path) -> None:
    at = start("en", "pages/carriers.py")
    assert not [w for w in at.warning if md_escape(t("ui.carriers.unread.title", "en")) in w.value]
    assert not [i for i in start("en").info if "no status we could read" in i.value]


@pytest.mark.parametrize(("unread", "words", "key"), [
    (14, 12, "ui.overview.unread"), (8, 8, "ui.overview.unread_words"), (1, 1, "ui.overview.unread_words.one"),
    (2, 0, "ui.overview.unread_missing"), (1, 0, "ui.overview.unread_missing.one")])
def test_the_overview_note_words_each_mix(unread: int, words: int, key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from lossanalytics.ui import render

    shown: list[str] = []
    monkeypatch.setattr(render.st, "info", lambda text, **_: shown.append(text))
    monkeypatch.setattr(render.st, "page_link", lambda *_, **__: None)
    render.unread_note(unread, words, "en")
    assert shown == [t(key, "en", count=str(unread), words=str(words))]
    render.unread_note(0, 0, "en")
    assert len(shown) == 1
