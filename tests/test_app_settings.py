"""AppTests of the Settings page: every detection field shown, thresholds, claim rules and insurance saved and reloaded."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest
from test_app_claims import (
    as_read,
    editor_state,
    leaked_keys,
    rendered_text,
    start,
)

from lossanalytics.advice import AdviceSettings, load_advice_settings
from lossanalytics.analytics.thresholds import SETTINGS_KEY as DETECTION_KEY
from lossanalytics.analytics.thresholds import DetectionSettings, load_detection_settings
from lossanalytics.analytics.thresholds import detection_from as load_detection_from_text
from lossanalytics.claims import default_rules, load_rules
from lossanalytics.claims import rules as rules_module
from lossanalytics.claims.codec import rules_to_json
from lossanalytics.claims.rules import SETTINGS_KEY as RULES_KEY
from lossanalytics.i18n import t
from lossanalytics.normalise.countries import country_name
from lossanalytics.storage.db import Database
from lossanalytics.storage.settings_store import write_setting
from lossanalytics.ui.settings_view import field_label


def stored(db_path: Path, loader):
    db = Database(db_path)
    try:
        return loader(db)
    finally:
        db.close()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_settings_page_shows_every_detection_field_in_both_languages(db_path: Path, lang: str) -> None:
    at = start(lang, "pages/settings.py")
    assert [title.value for title in at.title] == [t("ui.settings.title", lang)]
    assert leaked_keys(at) == []
    labels = {n.label for n in at.number_input} | {c.label for c in at.checkbox}
    modes = at.data_editor(key="det_modes_0").value
    for spec in fields(DetectionSettings):
        if isinstance(getattr(DetectionSettings(), spec.name), dict):
            assert spec.name in modes.columns
        else:
            assert field_label(spec.name, lang) in labels, spec.name
    assert list(modes["mode_label"][:2]) == [t("mode.express", lang), t("mode.air", lang)]
    rules = at.data_editor(key="rules_table_0").value
    assert len(rules) == len(default_rules().rules)
    assert rules.set_index("id").at["montreal", "source"].startswith("Montreal Convention 1999")
    assert rules.set_index("id").at["montreal", "as_of"] == date(2024, 12, 28)
    text = rendered_text(at)
    assert t("advice.settings.insurance_source", lang) in text


def test_detection_thresholds_save_and_reload(db_path: Path) -> None:
    at = start("en", "pages/settings.py")
    at.number_input(key="det_edd_grace_days_0").set_value(10.0)
    at.session_state["det_modes_0"] = editor_state({0: {"stall_days": 9.0}})  # row 0: express
    at.button(key="det_save_0").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert t("ui.settings.detection.saved", "en") in [s.value for s in at.success]
    saved = stored(db_path, load_detection_settings)
    assert saved.edd_grace_days == 10.0 and saved.stall_days["express"] == 9.0
    assert saved.stall_days["air"] == DetectionSettings().stall_days["air"]
    assert at.number_input(key="det_edd_grace_days_1").value == 10.0
    at.switch_page("pages/overview.py").run()
    at.switch_page("pages/settings.py").run()
    assert at.number_input(key="det_edd_grace_days_1").value == 10.0
    assert at.data_editor(key="det_modes_1").value.set_index("mode_label").at["Express", "stall_days"] == 9.0
    at.button(key="det_reset").click().run()
    assert stored(db_path, load_detection_settings) == DetectionSettings()
    assert t("ui.settings.detection.reset", "en") in [s.value for s in at.success]


def test_claim_rules_edits_are_validated_and_saved(db_path: Path) -> None:
    at = start("en", "pages/settings.py")
    windows = at.data_editor(key="rules_windows_0").value
    dhl = windows[(windows["rule"] == "dhl_express") & (windows["kind"] == "lost")].index[0]
    # FedEx's damage window within one country is a row of its own, beside the international one.
    fedex = windows[(windows["rule"] == "fedex") & (windows["kind"] == "damaged")]
    assert fedex[["kind_label", "closes"]].values.tolist() == [["Damaged", 21], ["Damaged (within United States)", 60]]
    rules = at.data_editor(key="rules_table_0").value
    ups = int(rules.index[rules["id"] == "ups"][0])
    at.session_state["rules_windows_0"] = editor_state({int(dhl): {"closes": 45}, int(fedex.index[1]): {"closes": 30}})
    at.session_state["rules_table_0"] = editor_state({ups: {"per_package": 150.0, "source": "My UPS contract"}})
    at.number_input(key="rules_sdr_0").set_value(1.35)
    at.button(key="rules_save_0").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert t("ui.settings.rules.saved", "en") in [s.value for s in at.success]
    saved = stored(db_path, load_rules)
    assert saved.sdr_usd == 1.35
    assert saved.by_id("dhl_express").windows["lost"][0].closes == 45
    fedex_rule = saved.by_id("fedex")
    assert (fedex_rule.windows["damaged"][0].closes, fedex_rule.domestic_windows["damaged"][0].closes) == (21, 30)
    assert fedex_rule.domestic_countries == ("US",)  # the 60 days are its US terms, kept when saved
    assert saved.by_id("ups").limit.per_package == 150.0 and saved.by_id("ups").source == "My UPS contract"
    assert at.number_input(key="rules_sdr_1").value == 1.35
    # A negative limit is refused with the rule and field named; nothing is saved.
    at.session_state["rules_table_1"] = editor_state({ups: {"per_package": -5.0}})
    at.button(key="rules_save_1").click().run()
    errors = [as_read(e.value) for e in at.error]  # shown as escaped Markdown
    assert len(errors) == 1 and "rule ups: per_package must be a positive number" in errors[0]
    assert stored(db_path, load_rules).by_id("ups").limit.per_package == 150.0


def test_rules_json_editor_reports_mistakes_and_reset_restores_defaults(db_path: Path) -> None:
    at = start("zh", "pages/settings.py")
    broken = json.loads(rules_to_json(default_rules()))
    broken["sdr_usd"] = -1
    at.text_area(key="rules_json_0").input(json.dumps(broken))
    at.button(key="rules_json_save_0").click().run()
    assert not at.exception
    assert any("sdr_usd must be a positive number" in e.value.replace("\\", "") for e in at.error)
    assert stored(db_path, load_rules).sdr_usd == default_rules().sdr_usd
    at.text_area(key="rules_json_0").input("{not json")
    at.button(key="rules_json_save_0").click().run()
    assert any("not valid JSON" in e.value for e in at.error)
    changed = json.loads(rules_to_json(default_rules()))
    changed["sdr_usd"] = 1.4
    at.text_area(key="rules_json_0").input(json.dumps(changed))
    at.button(key="rules_json_save_0").click().run()
    assert stored(db_path, load_rules).sdr_usd == 1.4
    at.button(key="rules_reset").click().run()
    assert stored(db_path, load_rules) == default_rules()
    assert t("ui.settings.rules.reset", "zh") in [s.value for s in at.success]


def test_insurance_settings_save_reload_and_refuse_nonsense(db_path: Path) -> None:
    at = start("en", "pages/settings.py")
    at.number_input(key="adv_rate_0").set_value(2.0)
    at.number_input(key="adv_days_0").set_value(21)
    at.button(key="adv_save_0").click().run()
    assert not at.exception
    saved = stored(db_path, load_advice_settings)
    assert saved.insurance_rate == pytest.approx(0.02) and saved.deadline_warning_days == 21
    assert at.number_input(key="adv_rate_1").value == pytest.approx(2.0)
    at.number_input(key="adv_rate_1").set_value(0.0)
    at.button(key="adv_save_1").click().run()
    assert [e.value.replace("\\", "") for e in at.error] == [t("ui.settings.not_saved", "en", detail=t(
        "advice.settings.bad_rate", "en", value=0.0))]
    assert stored(db_path, load_advice_settings).insurance_rate == pytest.approx(0.02)
    at.button(key="adv_reset").click().run()
    assert stored(db_path, load_advice_settings) == AdviceSettings()


def test_broken_stored_rules_fall_back_to_the_defaults_and_say_so(db_path: Path) -> None:
    db = Database(db_path)
    write_setting(db, RULES_KEY, '{"version": 1, "rules": "oops"}')
    db.close()
    at = start("en", "pages/claims.py")
    assert not at.exception
    assert any(e.value.startswith("The claim rules stored in Settings cannot be read") for e in at.error)
    assert len(at.data_editor[0].value) > 0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_claim_rules_table_shows_the_insurance_usps_includes_by_service(db_path: Path, lang: str) -> None:
    at = start(lang, "pages/settings.py")
    editor = at.data_editor(key="rules_table_0")
    rules = editor.value.set_index("id")
    expected = {
        "en": "Up to 100\N{NO-BREAK SPACE}USD with Priority Mail Express, Priority Mail, Ground Advantage; none with "
              "First-Class, First Class, Media Mail, Library Mail, Parcel Select, Bound Printed Matter",
        "zh": "Priority Mail Express、Priority Mail、Ground Advantage 含最高 100\N{NO-BREAK SPACE}USD 的保险；"
              "First-Class、First Class、Media Mail、Library Mail、Parcel Select、Bound Printed Matter 不含保险",
    }
    assert rules.at["usps", "cover"] == expected[lang]
    assert rules.at["ups", "cover"] == ""
    assert "cover" in editor.proto.column_order
    assert json.loads(editor.proto.columns)["cover"]["label"] == t("ui.settings.col.cover", lang)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_table_saved_before_a_correction_follows_it_where_unchanged_and_says_so(db_path: Path, lang: str) -> None:
    saved = Path(__file__).parent / "fixtures" / "claim_rules_saved_2026-12-07.json"
    db = Database(db_path)
    write_setting(db, RULES_KEY, saved.read_text("utf-8"))
    db.close()
    at = start(lang, "pages/settings.py")
    assert not at.exception
    assert t("ui.settings.rules.follow", lang) in [caption.value for caption in at.caption]
    assert [info.value for info in at.info if info.value.startswith("FedEx")] == [t(
        "ui.settings.rules.followed", lang, rule="FedEx", note=t("claims.rules.corrected.fedex", lang))]
    windows = at.data_editor(key="rules_windows_0").value
    fedex = windows[(windows["rule"] == "fedex") & (windows["kind"] == "damaged")]
    # Within the United States only, as the corrected built-in rule says.
    assert fedex[["kind_label", "closes"]].values.tolist() == [
        [t("ui.settings.kind.damaged", lang), 21],
        [t("ui.settings.kind.domestic_in", lang, kind=t("ui.settings.kind.damaged", lang),
           countries=country_name("US", lang)), 60]]


def test_the_saved_rules_are_read_once_per_settings_run(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Settings page reads and parses the saved claim rules once a run: the table, the exchange rates and
    the notes on corrected built-in rules all come from that one load."""
    saved = Path(__file__).parent / "fixtures" / "claim_rules_saved_2026-12-07.json"
    db = Database(db_path)
    write_setting(db, RULES_KEY, saved.read_text("utf-8"))
    db.close()
    at = start("en", "pages/overview.py")
    reads: list[str] = []
    read = rules_module.read_setting

    def counted(store, key):  # type: ignore[no-untyped-def]
        reads.append(key)
        return read(store, key)

    monkeypatch.setattr(rules_module, "read_setting", counted)
    for run in range(2):
        reads.clear()
        if run == 0:
            at.switch_page("pages/settings.py").run()
        else:
            at.run()
        assert not at.exception, [e.value for e in at.exception]
        assert reads.count(RULES_KEY) == 1, (run, reads)
        assert [info.value for info in at.info if info.value.startswith(("FedEx", "USPS"))] == [
            t("ui.settings.rules.followed", "en", rule="FedEx", note=t("claims.rules.corrected.fedex", "en")),
            t("ui.settings.rules.followed", "en", rule="USPS", note=t("claims.rules.corrected.usps", "en"))]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_threshold_in_days_is_whole_days_and_a_fraction_is_refused_naming_it(db_path: Path, lang: str) -> None:
    at = start(lang, "pages/settings.py")
    at.session_state["det_modes_0"] = editor_state({0: {"stall_days": 7.5}})  # row 0: express
    at.button(key="det_save_0").click().run()
    assert not at.exception, [e.value for e in at.exception]
    field = t("detection.field_of_mode", lang, field=t("ui.settings.field.stall_days", lang), mode=t("mode.express", lang))
    assert [as_read(e.value) for e in at.error] == [t("ui.settings.not_saved", lang, detail=t(
        "ui.settings.detection.whole_days", lang, field=field, value="7.5"))]
    assert stored(db_path, load_detection_settings) == DetectionSettings()
    # The days without a scan allowed after the expected delivery date: a whole-number box.
    assert at.number_input(key="det_edd_grace_days_0").value == 7


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_fraction_saved_earlier_is_used_as_the_next_whole_day_and_every_page_says_so(db_path: Path,
                                                                                        lang: str) -> None:
    db = Database(db_path)
    write_setting(db, DETECTION_KEY, json.dumps({"stall_days": {"express": 7.5}}))
    db.close()
    at = start(lang, "pages/suspected.py")
    note = load_detection_from_text(json.dumps({"stall_days": {"express": 7.5}})).notes(lang)
    assert [as_read(w.value) for w in at.warning if "7.5" in as_read(w.value)] == note
    at.switch_page("pages/settings.py").run()
    assert [as_read(w.value) for w in at.warning if "7.5" in as_read(w.value)] == note
    assert at.data_editor(key="det_modes_0").value.set_index("mode_label").at[t("mode.express", lang), "stall_days"] == 8
    at.button(key="det_save_0").click().run()
    assert stored(db_path, load_detection_settings).stall_days["express"] == 8
    assert not [w for w in at.warning if "7.5" in as_read(w.value)]
