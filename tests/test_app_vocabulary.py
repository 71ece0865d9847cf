"""AppTest of "What we could not read" on the Import page (issue 11, item 6): values nobody
read are listed after an upload; the seller's choice applies to the stored parcels at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_app_mapping import open_import, stored, upload

from lossanalytics.i18n import t
from lossanalytics.normalise import status_hints
from lossanalytics.normalise.status_hints import FLOOR, HintIndex, KnownText
from lossanalytics.ui.numbers import md_escape

UNREAD = ("Tracking Number,Carrier,Ship Date,Status,Last Event Time\n"
          "TK1,Pósturinn,2026-10-01,Afhent,2026-10-05 10:00\n"
          "TK2,Pósturinn,2026-10-01,Afhent,2026-10-06 10:00\n"
          "TK3,Pósturinn,2026-10-01,Delivered,2026-10-06 10:00\n").encode()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_unread_values_are_listed_and_a_choice_applies(empty_db_path: Path, lang: str) -> None:
    at = upload(open_import(lang), "aras.csv", UNREAD)
    assert t("ui.vocabulary.title", lang) in [h.value for h in at.subheader]
    editor = at.data_editor(key="unread_0").value
    assert editor[["value", "similar", "parcels"]].values.tolist() == [["Afhent", "", 2]]
    assert editor["field"].tolist() == [t("ui.vocabulary.field.status", lang)]
    at.session_state["unread_0"] = {"edited_rows": {0: {"status": t("status.delivered", lang)}},
                                    "added_rows": [], "deleted_rows": []}
    at.button(key="unread_save_0").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert stored(empty_db_path, "SELECT tracking_number, status FROM parcels ORDER BY 1") == [
        ("TK1", "delivered"), ("TK2", "delivered"), ("TK3", "delivered")]
    assert t("ui.vocabulary.title", lang) not in [h.value for h in at.subheader]


def test_saving_without_a_choice_says_so(empty_db_path: Path) -> None:
    at = upload(open_import(), "aras.csv", UNREAD)
    at.button(key="unread_save_0").click().run()
    assert any(md_escape(t("ui.vocabulary.nothing_chosen", "en")) in e.value for e in at.error)
    assert stored(empty_db_path, "SELECT count(*) FROM status_vocabulary") == [(0,)]


# One known text, "Afhent" as another carrier wrote it (alike 1.0 once folded); "Qwxzv" shares no three
# letters with it, so it has no hint.
AFHENT = KnownText("AFHENT!", "is", "Known Post", "fixture", "delivered")
HINTED = (UNREAD.decode() + "TK4,Pósturinn,2026-10-01,Qwxzv,2026-10-06 10:00\n").encode()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_closest_known_text_is_shown_and_nothing_is_chosen_for_the_seller(
        empty_db_path: Path, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    index = HintIndex([AFHENT])
    monkeypatch.setattr(status_hints, "known_index", lambda: index)
    at = upload(open_import(lang), "aras.csv", HINTED)
    editor = at.data_editor(key="unread_0").value
    assert editor["value"].tolist() == ["Afhent", "Qwxzv"]
    assert editor["hint"].tolist() == [
        t("ui.vocabulary.hint", lang, text="AFHENT!", carrier="Known Post", status=t("status.delivered", lang),
          alike=100, agreeing=1, compared=1), ""]
    assert editor["status"].isna().all()
    assert t("ui.vocabulary.hint_caption", lang, floor=round(FLOOR * 100)) in [c.value for c in at.caption]


# Three texts that differ only in their numbers (one with full-width digits), four parcels.
SHAPED = ("Tracking Number,Carrier,Ship Date,Last Event Time,Latest event\n"
          "TS1,Pósturinn,2026-10-01,2026-10-05 10:00,Bay 12 staged\n"
          "TS2,Pósturinn,2026-10-01,2026-10-05 10:00,Bay 12 staged\n"
          "TS3,Pósturinn,2026-10-01,2026-10-05 10:00,Bay 7 staged\n"
          "TS4,Pósturinn,2026-10-01,2026-10-05 10:00,Bay ４０２１ staged\n").encode()


@pytest.mark.parametrize(("lang", "similar"), [("en", "2 more, numbers aside"), ("zh", "另有 2 条（仅数字不同）")])
def test_texts_that_differ_only_in_numbers_are_one_line_and_one_choice(
        empty_db_path: Path, lang: str, similar: str) -> None:
    at = upload(open_import(lang), "bays.csv", SHAPED)
    editor = at.data_editor(key="unread_0").value
    assert editor[["value", "similar", "parcels"]].values.tolist() == [["Bay 12 staged", similar, 4]]
    assert t("ui.vocabulary.intro", lang, count=1) in [c.value for c in at.caption]
    at.session_state["unread_0"] = {"edited_rows": {0: {"status": t("status.in_transit", lang)}},
                                    "added_rows": [], "deleted_rows": []}
    at.button(key="unread_save_0").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert stored(empty_db_path, "SELECT tracking_number, status FROM parcels ORDER BY 1") == [
        ("TS1", "in_transit"), ("TS2", "in_transit"), ("TS3", "in_transit"), ("TS4", "in_transit")]
    assert stored(empty_db_path, "SELECT raw FROM status_vocabulary") == [("Bay 12 staged",)]
    assert t("ui.vocabulary.title", lang) not in [h.value for h in at.subheader]
