"""The rule prefilter (normalise/_prefilter.py): the literal strings every match must contain,
and rules tried only where the text holds one of them, with the same answers as trying every rule."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from lossanalytics.normalise import carrier_modes, statuses
from lossanalytics.normalise._prefilter import RuleIndex, literal_needs
from lossanalytics.normalise._rules import KeywordRules, fold

CORPUS = Path(__file__).parents[1] / "lossanalytics" / "normalise" / "known_texts" / "carrier_texts.csv"


@pytest.mark.parametrize(("pattern", "needs"), [
    ("delivered", {"delivered"}),
    # Each run alone is necessary; the longest shortest string wins, then the fewer strings.
    ("ab(?:cd|ef)g", {"ab"}),
    ("ab(?:cdx|efy)g", {"cdx", "efy"}),
    # A class of single characters spells its run each way.
    ("π[αά]ρ", {"παρ", "πάρ"}),
    ("(?<!not )delivered(?! yet)", {"delivered"}),
    ("ret(?:urned|ourne)\\w*", {"urned", "ourne"}),
    ("colis (?:\\w+ )?livre", {"colis "}),
    ("a+", {"a"}),
    ("[a-z]+ed", {"ed"}),
    ("x(?:y|)z", {"x"}),
])
def test_literal_needs(pattern: str, needs: set[str]) -> None:
    assert literal_needs(re.compile(pattern)) == frozenset(needs)


@pytest.mark.parametrize("pattern", [
    "\\w+", "(?:abc)?", "a*", "[a-z]+", "(?i)delivered", "(?i:delivered)", "(?:abc|\\d+)", ".",
])
def test_no_needs_where_nothing_can_be_said(pattern: str) -> None:
    assert literal_needs(re.compile(pattern)) is None


def test_a_rule_without_needs_is_tried_on_every_text() -> None:
    index = RuleIndex([re.compile("zugestellt"), re.compile("\\w+"), re.compile("retour")])
    assert index.candidates("paket zugestellt") == [0, 1]
    assert index.candidates("nichts") == [1]
    assert index.candidates("retour an absender zugestellt") == [0, 1, 2]


def _indexed(rules: KeywordRules) -> KeywordRules:
    """`rules` with its prefilter index made, so that every text read goes through it."""
    rules.index()
    return rules


def _every_rule(rules: KeywordRules, folded: str) -> tuple[str, tuple[int, int]] | None:
    for label, pattern in rules._rules:
        hit = pattern.search(folded)
        if hit:
            return label, hit.span()
    return None


def _corpus() -> list[str]:
    with CORPUS.open(newline="", encoding="utf-8") as handle:
        return [row["text"] for row in csv.DictReader(handle)]


def _needed_strings(rules: KeywordRules) -> list[str]:
    """Every required string of every rule inside other words, so that each rule is tried."""
    return [f"x{literal}y z" for _label, pattern in rules._rules for literal in literal_needs(pattern) or ()]


@pytest.mark.parametrize("name", ["statuses", "carriers", "modes"])
def test_prefiltered_rules_answer_as_every_rule_does(name: str) -> None:
    rules = _indexed({"statuses": statuses._TEXT, "carriers": carrier_modes._NAMES,
                      "modes": carrier_modes._MODE_WORDS}[name])
    differ = []
    for text in _corpus() + _needed_strings(rules):
        folded = fold(text)
        found = rules.match(folded)
        if ((found[0], found[1].span()) if found else None) != _every_rule(rules, folded):
            differ.append(text)
    assert differ == []


def test_prefiltered_labels_are_every_matching_rules() -> None:
    rules = _indexed(statuses._TEXT)
    differ = [text for text in _corpus() if rules.labels(folded := fold(text)) != {
        label for label, pattern in rules._rules if pattern.search(folded)}]
    assert differ == []


def test_the_first_texts_are_read_by_every_rule_and_then_through_the_index() -> None:
    rules = KeywordRules((("delivered", ("zugestellt",)), ("returned", ("retour",)), ("any", ("\\w+ an",))),
                         reads_before_index=2)
    assert rules.first("retour an absender") == "returned"
    assert rules.first("nichts") is None
    assert rules._index is None
    assert rules.first("paket zugestellt") == "delivered"
    assert rules._index is not None
    assert rules.first("retour an absender") == "returned"
    assert rules.labels("retour an absender zugestellt") == {"delivered", "returned", "any"}
    assert rules.first("kommt an") == "any"
