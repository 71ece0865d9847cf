"""The closest known text beside an unread one (lossanalytics.normalise.status_hints). Expected values
follow from each fixture's construction: identical folded texts are alike 1.0, texts sharing no n-gram
are not alike at all, and the partial matches (Latin, Chinese, Korean) are worked out from the TF-IDF
definition."""

from __future__ import annotations

import csv
import math

import pytest

from lossanalytics.normalise import status_hints
from lossanalytics.normalise.status_hints import FLOOR, Hint, HintIndex, KnownText, grams, read_known_texts
from lossanalytics.normalise.statuses import STATUSES

ABCD = KnownText("abcd", "xx", "Carrier A", "source a", "delivered")
XYZ = KnownText("xyz", "xx", "Carrier B", "source b", "lost")
NEIGHBOUR = KnownText("Zugestellt an Nachbarn", "de", "Carrier C", "source c", "delivered")


def test_grams_are_three_to_five_characters_of_the_folded_padded_text() -> None:
    # " ab " (4 characters): 3-grams " ab", "ab "; 4-gram " ab "; no 5-gram.
    assert grams("AB") == {" ab": 1, "ab ": 1, " ab ": 1}
    assert grams("A—b!") == grams("a b")
    assert grams("") == {} and grams(" ... ") == {}


def test_han_kana_and_hangul_runs_have_smaller_grams_and_the_rest_three_to_five() -> None:
    assert grams("已签收") == {"已": 1, "签": 1, "收": 1, "已签": 1, "签收": 1}
    assert grams("配達完了") == {"配": 1, "达": 1, "完": 1, "了": 1, "配达": 1, "达完": 1, "完了": 1}  # 達 folds to 达
    assert grams("お届け") == {"お": 1, "届": 1, "け": 1, "お届": 1, "届け": 1}  # kana and kanji make one run
    assert grams("배송완료") == {"배": 1, "송": 1, "완": 1, "료": 1, "배송": 1, "송완": 1, "완료": 1,
                               "배송완": 1, "송완료": 1}
    # Between runs, Latin letters are a word of their own; the CJK run counts as a space.
    assert grams("EMS已签收") == grams("EMS") + grams("已签收")
    assert grams("EMS已签收") == grams("ems 已签收")
    assert grams("签收签收") == {"签": 2, "收": 2, "签收": 2, "收签": 1}


def test_a_chinese_partial_match_is_the_cosine_of_its_shared_characters() -> None:
    # "签收" has 签, 收, 签收, all among the 5 grams of "已签收" and in no other known text, so one IDF
    # weighs every gram of both and cancels: 3 / (sqrt(3) * sqrt(5)). As 3- to 5-grams the two shared
    # only "签收 ": s / (sqrt(6) * sqrt(s^2 + 2 u^2)), about 0.17, under FLOOR.
    signed = KnownText("已签收", "zh", "Carrier D", "source d", "delivered")
    moving = KnownText("运输中", "zh", "Carrier E", "source e", "in_transit")
    hint = HintIndex([signed, moving, XYZ]).closest("签收")
    assert hint is not None and hint.known == signed and hint.alike == pytest.approx(3 / math.sqrt(15))
    assert hint.alike >= FLOOR


def test_a_korean_partial_match_weighs_shared_and_unseen_grams() -> None:
    # "배송완료" (9 grams, above) against "배송 완료" (배, 송, 배송, 완, 료, 완료) and "배송 중" (배, 송, 배송, 중):
    # 배, 송, 배송 are in both known texts (IDF 1), 완, 료, 완료 in one (IDF ln(3/2) + 1), 송완, 배송완, 송완료
    # in neither (IDF ln 3 + 1). The cosine is sqrt((3 + 3 s^2) / (3 + 3 s^2 + 3 u^2)).
    done = KnownText("배송 완료", "ko", "Carrier F", "source f", "delivered")
    going = KnownText("배송 중", "ko", "Carrier G", "source g", "in_transit")
    s, u = math.log(3 / 2) + 1, math.log(3) + 1
    hint = HintIndex([done, going]).closest("배송완료", floor=0.0)
    assert hint is not None and hint.known == done
    assert hint.alike == pytest.approx(math.sqrt((1 + s**2) / (1 + s**2 + u**2)))


def test_an_identical_text_after_folding_is_alike_one() -> None:
    index = HintIndex([ABCD, XYZ, NEIGHBOUR])
    assert index.closest("abcd") == Hint(ABCD, 1.0)
    # Case, accents and punctuation fold away as the phrase rules fold them.
    hint = index.closest("ZUGESTÉLLT — an Nachbarn!")
    assert hint is not None and hint.known == NEIGHBOUR and hint.alike == pytest.approx(1.0)


def test_a_partial_match_is_the_tf_idf_cosine() -> None:
    # "abc" pads to " abc ": grams " ab", "abc", "bc ", " abc", "abc ", " abc ". Of those only " ab", "abc"
    # and " abc" are among the 9 grams of " abcd " (each in one of the 2 known texts: IDF ln(3/2) + 1);
    # the other 3 are in no known text (IDF ln 3 + 1). Every count is 1, so every weight is its IDF.
    seen, unseen = math.log(3 / 2) + 1, math.log(3) + 1
    expected = 3 * seen**2 / (math.sqrt(3 * seen**2 + 3 * unseen**2) * math.sqrt(9 * seen**2))
    hint = HintIndex([ABCD, XYZ]).closest("abc", floor=0.0)
    assert hint is not None and hint.known == ABCD and hint.alike == pytest.approx(expected)


def test_the_floor_keeps_a_hint_exactly_as_alike_and_drops_one_less_alike() -> None:
    index = HintIndex([ABCD, XYZ])
    hint = index.closest("abc", floor=0.0)
    assert hint is not None
    assert index.closest("abc", floor=hint.alike) == hint
    assert index.closest("abc", floor=hint.alike + 1e-6) is None


def test_no_hint_for_gibberish_empty_or_an_empty_index() -> None:
    index = HintIndex([ABCD, XYZ, NEIGHBOUR])
    assert index.closest("qqqq wwww", floor=0.0) is None  # no gram in common with any known text
    assert index.closest("", floor=0.0) is None
    assert index.closest(" -- ", floor=0.0) is None
    assert HintIndex([]).closest("abcd", floor=0.0) is None


def test_among_equally_alike_texts_the_most_common_status_wins_then_the_first() -> None:
    held = [KnownText("On hold", "en", carrier, "s", status)
            for carrier, status in (("A", "exception"), ("B", "in_transit"), ("C", "in_transit"))]
    hint = HintIndex(held).closest("ON HOLD")
    assert hint is not None and hint.known == held[1]


def test_an_index_without_some_texts_is_the_index_built_from_the_rest() -> None:
    full = HintIndex([ABCD, XYZ, NEIGHBOUR])
    rest = HintIndex([XYZ, NEIGHBOUR])
    without = full.without(lambda item: item.carrier == "Carrier A")
    assert without.known == [XYZ, NEIGHBOUR]
    for text in ("abcd", "abc", "xyz", "Zugestellt", "Nachbar xyz"):
        mine, theirs = without.closest(text, floor=0.0), rest.closest(text, floor=0.0)
        assert (mine and (mine.known, round(mine.alike, 12))) == (theirs and (theirs.known, round(theirs.alike, 12)))


def test_hints_use_the_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    index = HintIndex([ABCD, XYZ])
    monkeypatch.setattr(status_hints, "known_index", lambda: index)
    partial = index.closest("abc", floor=0.0)
    assert partial is not None and partial.alike < FLOOR  # worked out above: about 0.32
    assert status_hints.hints(["abcd", "abc", "qqqq"]) == [Hint(ABCD, 1.0), None, None]


def test_the_known_texts_are_the_shipped_development_corpus() -> None:
    known = read_known_texts()
    with status_hints.KNOWN_TEXTS.open(encoding="utf-8", newline="") as handle:
        assert len(known) == sum(1 for _ in csv.DictReader(handle))
    assert all(item.text.strip() and item.carrier.strip() and item.source.strip() for item in known)
    assert {item.status for item in known} <= set(STATUSES)
    first = known[0]
    hint = status_hints.known_index().closest(first.text)
    assert hint is not None and hint.alike == pytest.approx(1.0) and grams(hint.known.text) == grams(first.text)


def _same_text(status: str, carrier: str) -> KnownText:
    return KnownText("abcd", "xx", carrier, "s", status)


def test_the_vote_of_the_most_alike_texts_outweighs_the_first_of_them() -> None:
    # Three texts equally alike (1.0): one delivered, then two lost. Each votes 1.0 squared: lost has 2 of 3.
    delivered, lost_b, lost_c = _same_text("delivered", "A"), _same_text("lost", "B"), _same_text("lost", "C")
    hint = HintIndex([delivered, lost_b, lost_c]).suggest("ABCD", floor=0.0)
    assert hint == Hint(lost_b, 1.0, 2, 3, pytest.approx(2 / 3))
    assert hint is not None and hint.confidence == pytest.approx(math.sqrt(2 / 3))


def test_several_less_alike_texts_outvote_the_closest_one() -> None:
    # "abcd" exactly (delivered) against four texts of another meaning that each hold "abcd" with more: their
    # alikeness squared, summed, outweighs the exact text's 1.0, so the vote names them where the closest does not.
    exact = KnownText("abcd", "xx", "A", "s", "delivered")
    longer = [KnownText(f"abcd {word}", "xx", f"L{i}", "s", "lost") for i, word in enumerate(("ab", "abc", "bcd", "cd"))]
    index = HintIndex([exact, *longer])
    alike = index.alikeness("abcd")
    assert alike is not None and alike[0] == pytest.approx(1.0) and sum(alike[1:] ** 2) > 1.0
    hint = index.suggest("abcd", floor=0.0)
    assert hint is not None and hint.known.status == "lost" and (hint.agreeing, hint.compared) == (4, 5)
    assert hint.share == pytest.approx(sum(alike[1:] ** 2) / sum(alike ** 2))
    closest = index.closest("abcd")
    assert closest is not None and closest.known == exact


def test_only_the_neighbours_that_share_a_gram_vote_and_at_most_five() -> None:
    # XYZ shares no gram with "abcd": one text compared, the whole vote.
    assert HintIndex([ABCD, XYZ]).suggest("abcd") == Hint(ABCD, 1.0, 1, 1, 1.0)
    seven = [_same_text("lost" if i < 2 else "returned", f"C{i}") for i in range(7)]
    hint = HintIndex(seven).suggest("abcd", floor=0.0)
    # The five most alike (all alike 1.0, the first five in order): 2 lost, 3 returned.
    assert hint == Hint(seven[2], 1.0, 3, 5, pytest.approx(3 / 5))
    assert status_hints.NEIGHBOURS == 5


def test_a_tie_in_the_vote_goes_to_the_status_with_the_more_alike_text_then_the_first() -> None:
    # "abc" against ABCD (about 0.32 alike, worked out above) and an exact "abc" returned: one text each; the
    # exact one's vote (1.0) outweighs 0.32 squared.
    exact = KnownText("abc", "xx", "Carrier R", "s", "returned")
    hint = HintIndex([ABCD, exact]).suggest("abc", floor=0.0)
    assert hint is not None and hint.known == exact and (hint.agreeing, hint.compared) == (1, 2)
    tied = HintIndex([_same_text("delivered", "A"), _same_text("lost", "B")]).suggest("abcd", floor=0.0)
    assert tied is not None and tied.known.status == "delivered" and tied.share == pytest.approx(0.5)


def test_the_floor_holds_the_votes_confidence() -> None:
    # One text 0.32 alike, the whole vote: confidence sqrt(0.32), about 0.57, under FLOOR (0.6); 2 of 3 votes
    # of texts alike 1.0: sqrt(2/3), about 0.82, over it.
    index = HintIndex([ABCD, XYZ])
    weak = index.suggest("abc", floor=0.0)
    assert weak is not None and weak.confidence == pytest.approx(math.sqrt(weak.alike)) and weak.confidence < FLOOR
    assert index.suggest("abc") is None
    assert index.suggest("abc", floor=weak.confidence) == weak
    assert index.suggest("qqqq", floor=0.0) is None and HintIndex([]).suggest("abcd", floor=0.0) is None
