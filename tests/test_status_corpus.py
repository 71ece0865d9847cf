"""The status reader on real carrier texts nobody here wrote (the development corpus in
lossanalytics/normalise/known_texts/ and the blind ones in tests/corpus/, labelled from each source's own code or
meaning; see known_texts/SOURCES.md and tests/corpus/*_SOURCES.md). Targets: 0.95 overall, 0.90 in every
language with 20 texts or more."""

from __future__ import annotations

import csv
from functools import cache

import pytest

from bench.status_accuracy import DEVELOPMENT, corpus, score
from lossanalytics.normalise.statuses import STATUSES


def _rows(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_corpus_is_what_it_claims_to_be() -> None:
    rows = _rows(DEVELOPMENT)
    assert len(rows) >= 600
    assert len({row["carrier"] for row in rows}) >= 25
    assert len({row["language"] for row in rows}) >= 8
    assert {row["expected"] for row in rows} == set(STATUSES)
    assert all(row["text"].strip() and row["source"].strip() and row["basis"].strip() for row in rows)


@cache
def _scored(name: str):
    """A blind corpus read once per test process: its accuracy, wrong-status and wrong-outcome guards share it."""
    return score(corpus(name))


@pytest.fixture(scope="module")
def development():
    return score(DEVELOPMENT)


def test_accuracy_overall(development) -> None:
    assert development.accuracy() >= 0.95, development.misses[:20]


def test_accuracy_in_every_language_with_twenty_texts(development) -> None:
    weak = {group: round(development.accuracy(group), 3) for group in development.groups("language:")
            if development.total[group] >= 20 and development.accuracy(group) < 0.90}
    assert weak == {}


# The accuracy each blind corpus has reached, as a floor no change may go below, with each corpus's history (its
# sources, its score at first contact and after the rounds that moved it). The floors guard the levels reached;
# they do not claim the 0.95 target (docs/status-accuracy.md).
ACCURACY_FLOORS = {
    # Texts from sources nobody read while the vocabulary was written (heldout_texts.csv): 0.738 at first contact on 3
    # Dec 2026, then 0.801 and 0.823 after two rounds of widening the vocabulary from published status tables without
    # reading it, 0.834 after the eleventh round, 0.840 after the fifteenth (InPost's Polish descriptions,
    # Servientrega, a Correios trace), 0.848 after the twenty-second round and the rules by meaning beside it, 0.867
    # after the meaning rounds (twenty-fourth to twenty-seventh), 0.870 after the thirty-fifth (Chinese carriers'
    # trace statuses), short of the 0.95 target (docs/status-accuracy.md).
    "heldout": 0.86,
    # Recorded API responses from repositories used by neither other corpus (fresh_texts.csv), never read: 0.705 (98
    # of 139) at first contact, 0.755 after the next round of published tables, 0.777 after the precision round and
    # 0.791 after the round of English integration labels. 0.806 after the twenty-second round and the rules by
    # meaning beside it, 0.849 after the meaning rounds (twenty-fourth to twenty-seventh), 0.856 later and 0.871 after
    # the eighty-eighth (two English texts read as a wrong status before), 0.878 after the hundred-and-fifth (one text
    # left unread before).
    "fresh": 0.877,
    # Carrier e-mail phrases, SDK status tables and recorded responses from a fourth set of repositories in 13
    # languages, Russian, Ukrainian and Romanian among them (fresh2_texts.csv), never read: 0.530 at first contact,
    # 0.535 after the next round, 0.669 after the round that added Russian, Ukrainian and Romanian, 0.671 after the
    # precision and English-label rounds, 0.677 after the exception and problem-parcel round, 0.686 after the round of
    # notification wording (fourteenth). 0.704 after the twenty-second round and the rules by meaning beside it, 0.785
    # after the meaning rounds (twenty-fourth to twenty-seventh).
    "fresh2": 0.78,
    # Status transformers, code lists and webhook enums from a fifth set of repositories in 14 languages
    # (fresh3_texts.csv), never read: 0.650 at first contact, 0.702 after the round that added Czech and Vietnamese
    # from other carriers' tables, 0.714 after the precision and English-label rounds, 0.721 after the exception and
    # problem-parcel round. 0.760 after the twenty-second round and the rules by meaning beside it, 0.809 after the
    # meaning rounds (twenty-fourth to twenty-seventh), 0.814 later and 0.815 after the hundred-and-tenth (one text left
    # unread before).
    "fresh3": 0.814,
    # 548 texts from a sixth set of sources, 40 carriers, 16 languages, a third of them in Hungarian, Turkish and
    # Thai, which no vocabulary round had covered (fresh4_texts.csv), never read: 0.412 at first contact, 0.418 after
    # the precision round, 0.536 after the round that added Hungarian, Turkish, Thai, Greek and Indonesian from other
    # sources, 0.542 after the round of English integration labels, 0.549 after the exception and problem-parcel
    # round, 0.566 after the Korean, Turkish and Romance-language round, 0.597 after the Italian and Hungarian code-
    # table round (some of whose source rows had this corpus's words and were dropped from the development corpus; its
    # phrases stayed), 0.599 after the seventeenth, 0.600 with the rule that a handover inside the network is no
    # delivery, 0.606 after the eighteenth (postal operators' English, whose UPU event names it shares in part), 0.608
    # after the nineteenth, 0.609 after the twentieth. 0.622 after the twenty-second round and the rules by meaning
    # beside it, 0.706 after the meaning rounds (twenty-fourth to twenty-seventh), 0.717 after the thirtieth (Thai,
    # Indonesian, Malay, Arabic, Hebrew, Romanian and Turkish by meaning), 0.719 after the sixty-seventh (one Korean
    # text more), 0.721 after the seventy-eighth (one text left unread before).
    "fresh4": 0.720,
    # 532 texts from a seventh set of sources, 30 carriers and platforms, 12 languages (fresh5_texts.csv), never read:
    # 0.526 at first contact, 0.528 after the round that added Arabic, Hebrew, Malay, Bulgarian, Slovak,
    # Croatian/Serbian, Baltic and marketplace codes (none of which it holds), 0.579 after the round of Italian and
    # Spanish carriers, English exception reasons and negations, and Chinese, Japanese and Brazilian problem parcels,
    # all from other sources, 0.611 after the thirteenth round (Indian couriers' English, BRT's and Hungarian
    # carriers' code tables; 17 of its rows had this corpus's words and were dropped from the development corpus),
    # 0.620 after the seventeenth (English regional couriers' tables), 0.647 after the twenty-second round and the
    # rules by meaning beside it, 0.697 after the meaning rounds (twenty-fourth to twenty-seventh), 0.705 after the
    # thirty-third (Indian English reason codes worded like Blue Dart's, which this corpus holds from another source),
    # 0.711 after the fifty-sixth (Spanish states of a COD platform's carrier and a Costa Rican last-mile carrier; its
    # Spanish 14 -> 17 of 32), 0.712 after the eightieth (one text read as a wrong status before).
    "fresh5": 0.711,
    # 502 texts from an eighth set of sources, 53 carriers and platforms, 15 languages: recorded traces, notification
    # templates and marketplace texts (fresh6_texts.csv), never read: 0.643 at first contact, after the eighth round
    # (0.637 on the vocabulary before the seventh), 0.647 after the tenth round, 0.649 after the twelfth, 0.651 after
    # the seventeenth, 0.661 after the twenty-second round and the rules by meaning beside it, 0.741 after the meaning
    # rounds (twenty-fourth to twenty-seventh), 0.743 after the thirty-first, 0.745 after the thirty-fourth, 0.751
    # after the sixty-first (two more French texts).
    "fresh6": 0.75,
    # 274 texts from a ninth set of sources, 18 carriers and integrations, 9 languages, two thirds of them in
    # languages no round has written rules for (Romanian, Greek, Finnish) (fresh7_texts.csv), never read: 0.609 at
    # first contact, with the reader of the twenty-seventh round, and 0.609 after the twenty-eighth (Italian,
    # Hungarian, Czech and English by meaning); 0.679 after the twenty-ninth (Greek, Bulgarian, Finnish, Swedish,
    # Danish and Norwegian by meaning, written without its sources), 0.693 after the thirtieth (Romanian and Turkish
    # again, Thai, Indonesian, Malay, Arabic, Hebrew).
    "fresh7": 0.69,
    # 263 texts from a tenth set of sources, 27 carriers and platforms, 14 languages (fresh8_texts.csv), never read:
    # 0.490 at first contact, with the reader of the thirty-seventh round. Half of it is same-city and on-demand
    # couriers' dispatch states (a driver sought, assigned, on the way to the sender or to the recipient), a kind of
    # text no round has read: info_received 10 of 63 and out_for_delivery 6 of 30; 0.510 after the thirty-eighth (on-
    # demand and last-mile platforms' dispatch states from other sources), 0.513 after the fifty-eighth (one
    # Portuguese text of the last leg), 0.517 after the seventy-first (an English text of the last leg's problems),
    # 0.521 after the seventy-ninth (one text left unread before), 0.525 after the hundred-and-sixteenth (one text read
    # as a wrong status before).
    "fresh8": 0.524,
    # 272 texts from an eleventh set of sources, 20 carriers and platforms, 8 languages (fresh9_texts.csv), never
    # read: 0.559 at first contact, with the reader of the thirty-eighth round (a fifth of it Iraqi and Algerian
    # couriers' Arabic, who list a return status per reason: Arabic 22 of 61, returned 26 of 58, info_received 12 of
    # 48). 0.577 after the thirty-ninth and fortieth rounds, all five texts more from Pick's document, which the
    # thirty-ninth round read before the overlap was found (its rows were withdrawn from the development corpus): on
    # the other 253 texts 0.561 before and after; 0.581 after the forty-first to forty-third (UK English; Arabic,
    # French and Persian; Vietnamese, Chinese, Thai, Indonesian), one Arabic text more; 0.588 after the fifty-fourth
    # (one Chinese text more); 0.596 after the sixty-seventh and sixty-eighth (one Indonesian and one Spanish text
    # more), 0.599 after the eighty-third (one text left unread before).
    "fresh9": 0.598,
    # 163 texts from a twelfth set of sources, 13 carriers and platforms, 7 languages (fresh10_texts.csv), never read:
    # 0.528 at first contact, with the reader of the forty-ninth round (four in five texts neither in transit nor
    # delivered; info_received 15 of 47, Portuguese 7 of 28, Spanish 3 of 13), 0.534 after the seventy-fourth (one
    # text left unread before), 0.540 after the seventy-sixth (one text read as a wrong status before).
    "fresh10": 0.539,
    # 174 texts from a thirteenth set of sources, 20 carriers and platforms, 10 languages (fresh11_texts.csv), never
    # read: 0.569 at first contact, with the reader of the fifty-first round, 0.575 after the fifty-second and fifty-
    # third (one more Spanish text of the time before the carrier has the parcel), 0.580 after the sixty-first (one
    # more Spanish text).
    "fresh11": 0.579,
    # 87 texts from a fourteenth set of sources, 11 carriers and platforms, 8 languages (fresh12_texts.csv), never
    # read: 0.621 at first contact, with the reader of the fifty-third round (two in three texts neither in transit
    # nor delivered; Indonesian 1 of 8, Spanish 2 of 8, delivery_failed 4 of 12).
    "fresh12": 0.620,
    # 51 texts from a fifteenth set of sources, 11 carriers and platforms, 6 languages (fresh13_texts.csv), never
    # read: 0.824 at first contact (42 of 51), with the reader of the fifty-fifth round (four in five texts English,
    # many of them API keys such as "FAILED_TO_DELIVER"; two in three neither in transit nor delivered).
    "fresh13": 0.823,
    # 137 texts from a sixteenth set of sources, 10 carriers and platforms, 9 languages (fresh14_texts.csv), never
    # read: 0.613 at first contact (84 of 137), with the reader after the fifty-eighth round, and the same after the
    # fifty-ninth to sixty-second (seven in ten texts neither in transit nor delivered; Turkish 3 of 13, Russian 8 of
    # 15, most misses left unread), 0.628 after the sixty-fourth (two texts left unread before), 0.635 after the
    # eighty-sixth (one more).
    "fresh14": 0.634,
    # 289 texts from a seventeenth set of sources, 33 apps', shops' and tracking services' status labels in 23
    # languages (fresh15_texts.csv), never read: 0.678 at first contact (196 of 289), with the reader after the sixty-
    # second round, and the same after the sixty-third and sixty-fourth (four in five texts neither in transit nor
    # delivered; info_received 23 of 59), 0.682 after the seventy-fourth (one text left unread before), 0.685 after
    # the seventy-ninth (one more), 0.689 after the ninety-seventh (one more), 0.692 after the hundred-and-fifth (one
    # more).
    "fresh15": 0.691,
    # 411 texts from an eighteenth set of sources, 32 apps', shops', trackers' and couriers' status labels and
    # messages in 24 languages (fresh16_texts.csv), never read: 0.754 at first contact (310 of 411), with the reader
    # after the sixty-fourth round, 0.757 after the sixty-fifth to sixty-eighth, 0.759 after the sixty-ninth (one text
    # left unread before; three in five texts neither in transit nor delivered; info_received 26 of 53,
    # out_for_delivery 8 of 17, Arabic 7 of 17), 0.762 after the seventy-third (one text left unread before), 0.764
    # after the eighty-fifth and 0.766 after the eighty-sixth (one each, left unread before), 0.769 after the ninety-
    # fourth (one more).
    "fresh16": 0.768,
    # 347 texts from a nineteenth set of sources, 28 carriers' and platforms' status vocabularies and a few recorded
    # histories in 22 languages (fresh17_texts.csv), never read: 0.749 at first contact (260 of 347), with the reader
    # after the seventieth round, 0.752 after the seventy-first to seventy-fourth (one text left unread before; three
    # in five texts neither in transit nor delivered; delivery_failed 17 of 32, info_received 33 of 54, Hebrew 12 of
    # 26, Spanish 27 of 45). 0.755 after the seventy-seventh, whose one text may rest on words the round read in its
    # own source and dropped at the merge (SOURCES.md), so it is not counted; 0.758 after the eighty-second (one text
    # left unread before), 0.764 after the eighty-sixth (two more, one of them read as a wrong status before), 0.761
    # without the one in doubt; 0.767 after the ninety-third, whose one text is in doubt the same way (its source held
    # words of this corpus in rows the round dropped), so not counted either; 0.769 after the hundred-and-thirteenth
    # (one text left unread before).
    "fresh17": 0.766,
    # 258 texts from a twentieth set of sources, 28 carriers' and platforms' statuses and some recorded event texts
    # (Colissimo lines captured 2011-2015, La Poste and DHL Paket events, seeded histories) in 12 languages
    # (fresh18_texts.csv), never read: 0.725 at first contact (187 of 258), with the reader after the seventy-sixth
    # round (two in three texts neither in transit nor delivered; returned 18 of 35, info_received 17 of 32,
    # Vietnamese 37 of 61, Turkish 14 of 24); 0.729 after the seventy-ninth, 0.740 after the eighty-first (returns on
    # their way back in Vietnamese, Turkish, Polish and Indonesian, from other sources, chosen by this corpus's
    # weakest status and languages in aggregate; 16 into a wrong outcome instead of 19), 0.744 after the eighty-sixth
    # (one text left unread before), 0.748 after the ninetieth (one more), 0.752 after the hundred-and-sixteenth (one
    # read into a wrong outcome before).
    "fresh18": 0.751,
    # 260 texts from a twenty-first set of sources, 47 carriers', platforms', shops' and apps' status lists and seeded
    # histories in 17 languages (fresh19_texts.csv), never read: 0.796 at first contact (207 of 260), with the reader
    # after the eighty-first round (half the texts neither in transit nor delivered; info_received 25 of 44,
    # out_for_delivery 20 of 28, Vietnamese 32 of 45, Thai 6 of 12, Arabic 2 of 8); 0.804 after the hundred-and-eleventh
    # (two texts left unread before).
    "fresh19": 0.803,
    # 262 texts from a twenty-second set of sources, 36 shops', apps', couriers' and demos' status vocabularies,
    # notifications and seeded histories in 16 languages (fresh20_texts.csv), never read: 0.653 at first contact (171
    # of 262), with the reader after the eighty-seventh round (three in five texts neither in transit nor delivered;
    # info_received 17 of 47, exception 7 of 15, Spanish 23 of 42, German 8 of 16); 0.656 after the ninety-fourth (one
    # text left unread before) and 0.660 after the ninety-eighth (one read into a wrong outcome before), 0.664 after the
    # hundredth (one text left unread before).
    "fresh20": 0.663,
    # 263 texts from a twenty-third set of sources, 35 carriers and platforms in 15 languages (carriers' words
    # recorded in projects, seeded histories, shops' and apps' labels, notifications; fresh21_texts.csv), never read:
    # 0.700 at first contact (184 of 263), with the reader after the ninety-fourth round (half the texts neither in
    # transit nor delivered; info_received 15 of 39, exception 8 of 15, returned 8 of 15, Indonesian 10 of 19,
    # Vietnamese 10 of 19).
    "fresh21": 0.699,
    # 263 texts from a twenty-fourth set of sources, 32 carriers and platforms in 12 languages (carriers' codes and
    # wordings kept in projects, demo and recorded histories, shops' and couriers' vocabularies, notifications;
    # fresh22_texts.csv), never read: 0.684 at first contact (180 of 263), with the reader after the ninety-ninth
    # round (three in five texts neither in transit nor delivered; exception 15 of 42, info_received 10 of 25,
    # Portuguese 7 of 18, Arabic 21 of 39, Polish 20 of 35).
    "fresh22": 0.683,
    # 328 texts from a twenty-fifth set of sources, 24 carriers and platforms in 11 languages (carriers' words kept in
    # projects, seeded and demo histories, shops' and apps' vocabularies, notifications; fresh23_texts.csv), never
    # read: 0.729 at first contact (239 of 328), with the reader after the hundred-and-twelfth round (half the texts
    # neither in transit nor delivered; info_received 26 of 56, exception 17 of 30, German 26 of 44).
    "fresh23": 0.728,
    # 268 texts from a twenty-sixth set of sources, 36 carriers and platforms in 15 languages (carriers' wordings and
    # code tables kept in projects, seeded and test histories, shops' and platforms' vocabularies, notifications;
    # fresh24_texts.csv), never read: 0.698 at first contact (187 of 268), with the reader after the
    # hundred-and-nineteenth round (three in five texts neither in transit nor delivered; info_received 12 of 32,
    # delivery_failed 20 of 37, Vietnamese 8 of 18, Arabic 11 of 20; 11 texts read into another outcome, five of them
    # deliveries read as in transit).
    "fresh24": 0.697,
    # 251 texts from a twenty-seventh set of sources, 20 carriers and platforms in 20 languages (carriers' code tables
    # kept in shop plugins, recorded tracking pages, shops' and apps' vocabularies; fresh25_texts.csv), never read:
    # 0.725 at first contact (182 of 251), with the reader after the hundred-and-twenty-fifth round (half the texts
    # neither in transit nor delivered; info_received 9 of 24, exception 11 of 22, Latvian 3 of 12, Estonian 2 of 11;
    # 11 texts read into another outcome).
    "fresh25": 0.725,
    # 262 texts from a twenty-eighth set of sources, 40 carriers and platforms in 23 languages (carriers' texts kept in
    # projects, recorded responses and histories, shops', apps' and platforms' vocabularies; fresh26_texts.csv), never
    # read: 0.626 at first contact (164 of 262), with the reader after the hundred-and-twenty-eighth round (nearly half
    # the texts neither in transit nor delivered; delivered 35 of 57, info_received 17 of 36, Bulgarian 12 of 28,
    # Lithuanian 5 of 13, Vietnamese 5 of 13; 17 texts read into another outcome).
    "fresh26": 0.625,
    # 256 texts from a twenty-ninth set of sources, 24 carriers and platforms in 14 languages (carriers' texts kept in
    # projects, recorded histories, platforms', shops' and apps' vocabularies and notification tests;
    # fresh27_texts.csv), never read: 0.695 at first contact (178 of 256), with the reader after the
    # hundred-and-thirty-first round (half the texts neither in transit nor delivered; exception 5 of 17,
    # out_for_delivery 7 of 18, returned 14 of 27, Thai 18 of 32, English 50 of 82; 8 texts read into another outcome).
    "fresh27": 0.695,
    # 260 texts from a thirtieth set of sources, 23 carriers and platforms in 9 languages (recorded histories, carriers'
    # texts in tracking projects' tests, exception and failed-delivery reason lists, shops' vocabularies;
    # fresh28_texts.csv), never read: 0.692 at first contact (180 of 260), with the reader after the
    # hundred-and-thirty-fourth round (two in five neither in transit nor delivered; exception 6 of 24,
    # out_for_delivery 2 of 8, delivery_failed 15 of 27, Indonesian 5 of 14, Vietnamese 10 of 21, Chinese 93 of 137;
    # 7 texts read into another outcome).
    "fresh28": 0.692,
    # 306 texts from a thirty-first set of sources, 25 carriers and platforms in 12 languages (recorded Chinese express
    # histories, DHL Express, Hermes and DHL Paket checkpoints in tracking projects' tests, an Argentine shop's courier
    # statuses with their customer messages, shops' and apps' vocabularies; fresh29_texts.csv), never read: 0.742 at
    # first contact (227 of 306), with the reader after the hundred-and-thirty-seventh round (two in five neither in
    # transit nor delivered; information received 7 of 28, exception 7 of 21, returned 14 of 26, Spanish 56 of 106,
    # Thai 7 of 17; 16 texts read into another outcome).
    "fresh29": 0.741,
}


@pytest.mark.parametrize("name", list(ACCURACY_FLOORS))
def test_blind_corpora_accuracy_does_not_fall(name) -> None:
    assert _scored(name).accuracy() >= ACCURACY_FLOORS[name]


# Share of each blind corpus read as a specific status other than its label, after the
# precision round (it was 8.3%, 7.2%, 11.5%, 8.2% and 12.4% before it). A wrong status
# corrupts rates, lists and claims silently; an unread text is listed for the seller to name,
# so this share must not grow when a round gains accuracy. The fourth fresh corpus's ceiling is
# 0.126, not the precision round's 0.117: the Hungarian phrases that followed read 32 more of its
# Hungarian texts right and 5 as a wrong status. Lowered after the eighth round (second fresh
# 11.1 → 10.8%, fourth fresh 12.6 → 12.2%, fifth fresh 12.0 → 10.9%) and the tenth (second fresh
# 10.6%, fourth fresh 11.9%) and the eleventh (held out 7.5%), and after the thirteenth (fifth
# fresh 10.3%). That round's Hungarian phrases read 17 more of the fourth fresh corpus's texts
# right and, as first written, 3 more as a wrong status; two of them were narrowed by their
# meaning ("átvette" alone is no courier's takeover, "visszaérkezett" at a depot no return),
# leaving 1 more: its ceiling is 0.121. The fourteenth round's notification phrases read one more
# fifth-fresh text as a wrong status (56 of 532, 58 before the thirteenth round): its ceiling is 0.106.
# After the fifteenth round the held-out corpus reads 25 of 362 as a wrong status (27 before): 0.070.
# After the seventeenth the fourth fresh corpus reads 65 of 548 so (66 before), and after the
# rule that a handover inside the network is no delivery 64 (second fresh 62 of 592): 0.117, 0.105;
# after the eighteenth 63: 0.115; after the nineteenth 62: 0.114. After the twenty-second round and the rules by
# meaning beside it and the twenty-first: held out 22 (0.061), second fresh 58 (0.098), third fresh 45 (0.066), sixth
# fresh 31 (0.062); the fifth fresh corpus rose by 2 with round 21d (an Indian courier's non-delivery reasons, a failed
# delivery by DESIGN and an exception by its source) and ended at 56 again. After the meaning rounds (twenty-fourth
# to twenty-seventh, team-written examples in every language): held out 20 (0.056), second fresh 45 (0.077), third fresh
# 43 (0.063), fourth fresh 54 (0.099); the others as they were. The seventh fresh corpus at first contact: 37 of
# 274 (0.135); after the twenty-ninth round 32 (0.117), after the thirtieth 30 (0.110). The eighth fresh corpus at
# first contact (after the thirty-seventh round): 43 of 263 (0.164); after the thirty-eighth 42 (0.160). The ninth
# fresh corpus at first contact (after the thirty-eighth round): 33 of 272 (0.121); after the fortieth 31 (0.114).
# The tenth fresh corpus at first contact (after the forty-ninth round): 40 of 163 (0.245), most of them a platform's
# states before the carrier has the parcel read as a later open status. The eleventh fresh corpus at first contact
# (after the fifty-first round): 23 of 174 (0.132), unchanged by the fifty-second and fifty-third. The twelfth fresh
# corpus at first contact (after the fifty-third round): 9 of 87 (0.103). The ninth fresh corpus after the
# fifty-fourth round: 29 of 272 (0.107). The thirteenth fresh corpus at first contact (after the fifty-fifth
# round): 2 of 51 (0.039). The fifth fresh corpus after the fifty-sixth round: 55 of 532 (0.103). The fourteenth
# fresh corpus at first contact (after the fifty-eighth round): 11 of 137 (0.080), the same after the sixty-fourth.
# The fifteenth fresh corpus at first contact (after the sixty-second round): 24 of 289 (0.083). The sixteenth
# fresh corpus at first contact (after the sixty-fourth round): 20 of 411 (0.049); after the sixty-eighth 19 (0.046).
# The eighth fresh corpus after the seventy-first round: 41 of 263 (0.156). The seventeenth fresh corpus at first
# contact (after the seventieth round): 19 of 347 (0.055). The tenth fresh corpus after the seventy-sixth round: 39
# of 163 (0.239). The eighteenth fresh corpus at first contact (after the seventy-sixth round): 35 of 258 (0.136),
# nine of them returns on their way back read as in transit; after the eighty-first round 31 (0.120). The fifth fresh
# corpus after the eightieth round: 54 of 532 (0.102). The nineteenth fresh corpus at first contact (after the
# eighty-first round): 17 of 260 (0.065). The seventeenth fresh corpus after the eighty-sixth round: 18 of 347
# (0.052). The twentieth fresh corpus at first contact (after the eighty-seventh round): 26 of 262 (0.099). The
# twenty-first fresh corpus at first contact (after the ninety-fourth round): 34 of 263 (0.129). The fresh corpus after
# the eighty-eighth round: 6 of 139 (0.043); the twentieth after the ninety-eighth: 25 of 262 (0.095). The
# twenty-second fresh corpus at first contact (after the ninety-ninth round): 27 of 263 (0.103). The twenty-third
# fresh corpus at first contact (after the hundred-and-twelfth round): 29 of 328 (0.088). After the
# hundred-and-sixteenth round: the eighth fresh 40 of 263 (0.152), the eighteenth 30 of 258 (0.116). The twenty-fourth
# fresh corpus at first contact (after the hundred-and-nineteenth round): 32 of 268 (0.119). The twenty-fifth fresh
# corpus at first contact (after the hundred-and-twenty-fifth round): 20 of 251 (0.080). The twenty-sixth fresh corpus
# at first contact (after the hundred-and-twenty-eighth round): 32 of 262 (0.122). The twenty-seventh fresh corpus at
# first contact (after the hundred-and-thirty-first round): 26 of 256 (0.102). The twenty-eighth fresh corpus at first
# contact (after the hundred-and-thirty-fourth round): 19 of 260 (0.073). The twenty-ninth fresh corpus at first contact
# (after the hundred-and-thirty-seventh round): 39 of 306 (0.127).
WRONG_STATUS_CEILINGS = {"heldout": 0.056, "fresh": 0.044, "fresh2": 0.077, "fresh3": 0.063, "fresh4": 0.099,
                         "fresh5": 0.102, "fresh6": 0.062, "fresh7": 0.110, "fresh8": 0.153, "fresh9": 0.107,
                         "fresh10": 0.240, "fresh11": 0.133, "fresh12": 0.104, "fresh13": 0.040, "fresh14": 0.081,
                         "fresh15": 0.084, "fresh16": 0.047, "fresh17": 0.052, "fresh18": 0.117, "fresh19": 0.066,
                         "fresh20": 0.096, "fresh21": 0.130, "fresh22": 0.103,
                         "fresh23": 0.089, "fresh24": 0.120, "fresh25": 0.080, "fresh26": 0.123,
                         "fresh27": 0.102, "fresh28": 0.074, "fresh29": 0.128}


@pytest.mark.parametrize("name", list(WRONG_STATUS_CEILINGS))
def test_blind_corpora_are_not_read_as_a_wrong_status_more_often(name) -> None:
    scores = _scored(name)
    assert scores.wrong_status() / scores.total["all"] <= WRONG_STATUS_CEILINGS[name]


# Of the texts read as a wrong status, those read into another outcome move a parcel between the
# loss rates' outcomes, or in or out of the suspected-lost list (bench.status_accuracy.outcome_of):
# the misses that reach the seller's numbers. Counts when first measured (5 Dec 2026, after the
# seventeenth round; second fresh 22, then 21 with the handover rule; fourth fresh 19 after the
# eighteenth; after the twenty-second round and the rules by meaning beside it and the twenty-first: held out 8, second
# fresh 19, third fresh 17, sixth fresh 11; after the meaning rounds: second fresh 15, third fresh 12, fourth fresh 17,
# fifth fresh 9; the seventh fresh 11 at first contact, 9 after the twenty-ninth round; the eighth fresh 10 at first
# contact; the ninth fresh 13 at first contact; the tenth fresh 4 at first contact; the eleventh fresh 7 at first
# contact; the twelfth fresh 3 at first contact; the ninth fresh 12 after the fifty-fourth round; the thirteenth
# fresh 1 at first contact; the fifth fresh 8 after the fifty-sixth round; the fourteenth fresh 7 and the fifteenth
# fresh 2 at first contact; the sixteenth fresh 1 at first contact; the eighth fresh 9 after the seventy-first round;
# the seventeenth fresh 5 at first contact; the eighteenth fresh 19 at first contact, 16 after the eighty-first round; the
# nineteenth fresh 4 at first contact; the twentieth fresh 10 and the twenty-first fresh 9 at first contact; the twentieth fresh 9 after the
# ninety-eighth round; the twenty-second fresh 8 and the twenty-third fresh 3 at first contact; the eighteenth fresh
# 15 after the hundred-and-sixteenth round; the twenty-fourth fresh 11, the twenty-fifth fresh 11, the twenty-sixth
# fresh 17, the twenty-seventh fresh 8, the twenty-eighth fresh 7 and the twenty-ninth fresh 16 at first contact);
# no round may add one.
WRONG_OUTCOME_CEILINGS = {"heldout": 8, "fresh": 1, "fresh2": 15, "fresh3": 12, "fresh4": 17, "fresh5": 8,
                          "fresh6": 11, "fresh7": 9, "fresh8": 9, "fresh9": 12, "fresh10": 4, "fresh11": 7,
                          "fresh12": 3, "fresh13": 1, "fresh14": 7, "fresh15": 2, "fresh16": 1, "fresh17": 5,
                          "fresh18": 15, "fresh19": 4, "fresh20": 9, "fresh21": 9, "fresh22": 8,
                          "fresh23": 3, "fresh24": 11, "fresh25": 11, "fresh26": 17,
                          "fresh27": 8, "fresh28": 7, "fresh29": 16}


@pytest.mark.parametrize("name", list(WRONG_OUTCOME_CEILINGS))
def test_blind_corpora_are_not_read_into_a_wrong_outcome_more_often(name) -> None:
    assert _scored(name).wrong_outcome() <= WRONG_OUTCOME_CEILINGS[name]


def test_a_miss_counts_as_a_wrong_outcome_only_when_it_moves_the_parcel(tmp_path) -> None:
    from bench.status_accuracy import outcome_of

    assert [outcome_of(s) for s in ("delivered", "exception", "in_transit", "returned", "unknown")] == [
        "delivered", "open", "open", "returned", "unknown"]
    corpus = tmp_path / "texts.csv"
    corpus.write_text(
        "text,language,carrier,expected\n"
        "Delivered,en,X,delivered\n"  # right
        "Out for delivery,en,X,exception\n"  # another open status: the parcel stays open
        "Delivered,en,X,returned\n"  # a returned parcel counted as delivered
        "Delivered,en,X,in_transit\n"  # a moving parcel counted as delivered
        "zzqx unreadable zzqx,en,X,lost\n",  # left unread, listed for the seller
        encoding="utf-8")
    scores = score(corpus)
    assert (scores.accuracy(), scores.unread(), scores.wrong_status(), scores.wrong_outcome()) == (0.2, 1, 3, 2)
