"""Document checklist, process steps and the claims message catalogue."""

from __future__ import annotations

import string

import pytest

from lossanalytics.claims.documents import DOCUMENTS, PROCESS_STEPS, documents_for, step_help, step_title
from lossanalytics.claims.records import STATUSES
from lossanalytics.claims.rule_types import ACTIONS, ANCHORS, CHANNELS, MODES
from lossanalytics.i18n import LANGUAGES, catalogue, t


def test_lost_parcel_checklist_without_insurance() -> None:
    assert documents_for("lost", insured=False) == [
        "order_details", "proof_of_purchase", "tracking_records", "proof_of_value",
        "shipping_documents", "correspondence",
    ]


def test_damaged_insured_parcel_needs_everything() -> None:
    assert documents_for("damaged", insured=True) == list(DOCUMENTS)


def test_suspected_lost_insured_parcel_adds_the_policy_but_no_photos() -> None:
    docs = documents_for("suspected_lost", insured=True)
    assert "insurance_policy" in docs and "damage_photos" not in docs


def test_checklist_refuses_outcomes_that_are_not_claims() -> None:
    with pytest.raises(ValueError, match="delivered"):
        documents_for("delivered", insured=False)


def test_process_follows_the_documents_order() -> None:
    assert PROCESS_STEPS == ("track", "report", "document", "file", "cooperate", "resolve")
    assert step_title("cooperate", "en") == "Help the investigation"
    assert step_title("resolve", "zh") == "获得赔付或申诉"
    assert step_help("file", "en") != step_help("file", "zh")


def test_every_claims_key_has_english_and_chinese() -> None:
    messages = {key: texts for key, texts in catalogue().items() if key.startswith("claims.")}
    assert messages
    for texts in messages.values():
        assert all(texts.get(lang, "").strip() for lang in LANGUAGES)


def test_every_key_the_code_builds_exists() -> None:
    keys = set(catalogue())
    built = (
        [f"claims.doc.{d}" for d in DOCUMENTS]
        + [f"claims.step.{s}" for s in PROCESS_STEPS]
        + [f"claims.step.{s}.help" for s in PROCESS_STEPS]
        + [f"claims.status.{s}" for s in STATUSES]
        + [f"claims.channel.{c}" for c in CHANNELS]
        + [f"claims.where.{c}" for c in CHANNELS]
        + [f"claims.anchor.{a}" for a in ANCHORS]
        + [f"claims.action.{a}" for a in ACTIONS]
        + [f"claims.mode.{m}" for m in MODES]
        + [f"claims.outcome.{o}" for o in ("lost", "suspected_lost", "damaged")]
        + [f"claims.letter.outcome.{o}" for o in ("lost", "suspected_lost", "damaged")]
        + [f"claims.letter.situation.{o}" for o in ("lost", "suspected_lost", "damaged")]
    )
    assert sorted(set(built) - keys) == []


def test_placeholders_match_between_languages() -> None:
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key, texts in catalogue().items():
        if key.startswith("claims."):
            assert fields(texts["en"]) == fields(texts["zh"]), key


def test_status_labels() -> None:
    assert t("claims.status.documents_ready", "en") == "Documents ready"
    assert t("claims.status.appealed", "zh") == "已申诉"
