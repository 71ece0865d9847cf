"""Hints for the texts nothing could read: what the most alike known texts say, never a status by itself.

A status value or event text that no code, phrase or earlier choice read is listed for the
seller to name (lossanalytics.importing.status_vocabulary). Beside it the seller may see the
most alike text of the development corpus (known_texts/carrier_texts.csv: real texts that
carriers and platforms published, each labelled from its source's own code or meaning,
sources in known_texts/SOURCES.md), with its carrier and status and how alike the two are.
A learned reader that gave statuses by itself was rejected (docs/status-accuracy.md, "A
learned reader was tried"): one in ten of its confident readings was wrong, and a wrong
status silently corrupts loss rates. A hint decides nothing; the seller still chooses.

Alike is the cosine of the two texts' character n-grams (of the folded text, as the phrase
rules fold it), weighted by TF-IDF over the known texts: 3- to 5-grams of Latin, Cyrillic and
the other alphabets, 1- and 2-grams of Han and kana, 1- to 3-grams of Hangul, where one
character is a syllable or a word and 3 to 5 of them a whole phrase. FLOOR was chosen on the
development corpus by leave-one-carrier-out (bench/status_hints.py): each text hinted by an
index built without its carrier's texts, as a carrier nobody here has seen would be.

The hint is the vote of the NEIGHBOURS most alike known texts, not of the closest alone: one
close text of another meaning ("Not delivered" beside "Delivered") is outvoted by several that
agree. Each votes for its status with its alikeness squared; the hint shows the most alike text
of the winning status and how many of the neighbours agree, and is shown when its confidence,
the geometric mean of the winner's share of the vote and that text's alikeness, reaches FLOOR.
Chosen by the same leave-one-carrier-out: at about the share of hints the closest text alone gave at
its floor (47% against 48%), the vote's are right 0.88 of the time instead of 0.81 (docs/status-hints.md).
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy import sparse

from lossanalytics.normalise._rules import fold

KNOWN_TEXTS = Path(__file__).resolve().parent / "known_texts" / "carrier_texts.csv"
GRAM_SIZES = (3, 4, 5)
# Leave-one-carrier-out (docs/status-hints.md), 3- to 5-grams hinted 10% of the Chinese, 8% of the Japanese and
# 12% of the Korean texts at the closest text's floor of 0.5. Of the sizes tried for runs of these scripts (1-2, 1-3, 1-4, 2-3, 2-4, with
# and without the run's ends marked), these hint the most texts while the hints they add over the next more
# careful sizes are right at least 0.7 of the time: for Han and kana, 1-2 over 1-3 added 40 hints, 29 right;
# for Hangul, 1-2 over 1-3 would add 17, only 9 right. Texts without these scripts get the grams they had.
HAN_KANA_GRAM_SIZES = (1, 2)
HANGUL_GRAM_SIZES = (1, 2, 3)
# Japanese writes kanji and kana within one word, so they make one run. NFKC (fold) has made half-width
# kana and compatibility jamo ordinary.
_HAN_KANA = "\u3005-\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_HANGUL = "\u1100-\u11ff\uac00-\ud7af"
_RUNS = ((re.compile(f"[{_HAN_KANA}]+"), HAN_KANA_GRAM_SIZES), (re.compile(f"[{_HANGUL}]+"), HANGUL_GRAM_SIZES))
_EITHER = re.compile(f"[{_HAN_KANA}{_HANGUL}]+")
# With each carrier left out of the index (bench/status_hints.py, docs/status-hints.md), the vote's hints 0.6
# to 0.7 confident were right 0.79 of the time, and every band above more often (0.88 of all hints at this
# floor, 47% of the texts hinted); those 0.5 to 0.6 only 0.67, too often misleading to show. The closest
# text alone, the hint before the vote, at its floor of 0.5 alike: 48% hinted, 0.81 right.
FLOOR = 0.6
# Leave-one-carrier-out, at the precision the closest text alone had: 3 to 20 neighbours with their alikeness
# to the power 2 to 4 hinted 6,092-6,400 texts, the closest alone 4,563; a power of 8 let the closest decide
# again (5,871-5,919).
NEIGHBOURS = 5
_VOTE_POWER = 2
# Two similarities this close are one tie (floating-point sums in another order).
_TIE = 1e-9


@dataclass(frozen=True)
class KnownText:
    """A labelled real text: its words as written, language, carrier, source and canonical status."""

    text: str
    language: str
    carrier: str
    source: str
    status: str


@dataclass(frozen=True)
class Hint:
    """A known text alike an unread one and how alike they are (0 to 1); from a vote (HintIndex.suggest),
    how many of the most alike known texts compared agree with its status, and the winner's share of
    their vote (the closest text alone is one of one, the whole vote)."""

    known: KnownText
    alike: float
    agreeing: int = 1
    compared: int = 1
    share: float = 1.0

    @property
    def confidence(self) -> float:
        """The geometric mean of the vote's share and the text's alikeness: what FLOOR is held to."""
        return math.sqrt(self.share * self.alike)


def grams(text: str) -> Counter[str]:
    """The character n-grams of the folded text: each run of Han and kana (HAN_KANA_GRAM_SIZES) or of
    Hangul (HANGUL_GRAM_SIZES) by itself, and the rest, those runs taken for spaces, in GRAM_SIZES,
    padded with a space at each end so a word's first and last letters count; empty for a text with
    nothing left once folded."""
    folded = fold(text)
    found: Counter[str] = Counter()
    rest = " ".join(_EITHER.sub(" ", folded).split())
    if rest:
        padded = f" {rest} "
        found.update(padded[i:i + n] for n in GRAM_SIZES for i in range(len(padded) - n + 1))
    for script, sizes in _RUNS:
        for run in script.findall(folded):
            found.update(run[i:i + n] for n in sizes for i in range(len(run) - n + 1))
    return found


def _weights(counts: Iterable[float]) -> np.ndarray:
    # Sublinear term frequency: a gram repeated in one long text does not outweigh the rest.
    return 1.0 + np.log(np.fromiter(counts, dtype=np.float64))


class HintIndex:
    """TF-IDF vectors of known texts' n-grams, searched by gram (an inverted index: the matrix's columns)."""

    def __init__(self, known: Sequence[KnownText]) -> None:
        columns: dict[str, int] = {}
        rows: list[int] = []
        grams_at: list[int] = []
        counts: list[int] = []
        for row, item in enumerate(known):
            for gram, count in grams(item.text).items():
                rows.append(row)
                grams_at.append(columns.setdefault(gram, len(columns)))
                counts.append(count)
        matrix = sparse.csr_matrix((np.asarray(counts, dtype=np.float64), (rows, grams_at)),
                                   shape=(len(known), len(columns)))
        self._weigh(list(known), columns, matrix)

    def _weigh(self, known: list[KnownText], columns: dict[str, int], counts: sparse.csr_matrix) -> None:
        self.known = known
        self._columns = columns
        self._counts = counts
        documents = np.diff(counts.tocsc().indptr)
        # Smoothed IDF. A gram no known text has gets the weight of one seen in none, so a text
        # made of unknown grams is far from everything rather than close to its one common gram.
        self._idf = np.log((1 + len(known)) / (1 + documents)) + 1.0
        self._unseen_idf = math.log(1 + len(known)) + 1.0
        weighted = counts.copy()
        weighted.data = _weights(weighted.data) * self._idf[weighted.indices]
        norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        self._matrix = sparse.csc_matrix(sparse.diags(1.0 / norms) @ weighted)

    def without(self, drop: Callable[[KnownText], bool]) -> HintIndex:
        """This index without the known texts `drop` accepts, weighed as if built from the others alone
        (a gram only they had counts as unseen); bench/status_hints.py leaves each carrier out so."""
        keep = [row for row, item in enumerate(self.known) if not drop(item)]
        index = HintIndex.__new__(HintIndex)
        index._weigh([self.known[row] for row in keep], self._columns, self._counts[keep])
        return index

    def alikeness(self, text: str) -> np.ndarray | None:
        """How alike `text` is to each known text (0 to 1), or None when it shares no gram with any."""
        counts = grams(text)
        if not counts or not self.known:
            return None
        seen = [(self._columns[g], c) for g, c in counts.items() if g in self._columns]
        if not seen:
            return None
        unseen = [c for g, c in counts.items() if g not in self._columns]
        seen_weights = _weights(c for _, c in seen) * self._idf[[col for col, _ in seen]]
        unseen_weights = _weights(unseen) * self._unseen_idf
        norm = math.sqrt(float(seen_weights @ seen_weights) + float(unseen_weights @ unseen_weights))
        columns = self._matrix[:, [col for col, _ in seen]]
        return np.minimum(np.asarray(columns @ seen_weights).ravel() / norm, 1.0)

    def suggest(self, text: str, floor: float = FLOOR) -> Hint | None:
        """The vote of the NEIGHBOURS known texts most alike `text` (each its alikeness squared), or None
        when its confidence is under `floor` or no known text shares a gram with `text`. The winning
        status's most alike text is shown; a tie goes to the status with the more alike text, then the first."""
        alike = self.alikeness(text)
        if alike is None:
            return None
        nearest = np.argsort(-alike, kind="stable")[:NEIGHBOURS]
        nearest = nearest[alike[nearest] > 0]
        if not len(nearest):
            return None
        votes: dict[str, float] = {}
        first: dict[str, int] = {}
        for row in nearest:
            status = self.known[row].status
            votes[status] = votes.get(status, 0.0) + float(alike[row]) ** _VOTE_POWER
            first.setdefault(status, int(row))
        status = max(votes, key=lambda s: (votes[s], alike[first[s]]))
        agreeing = sum(self.known[row].status == status for row in nearest)
        hint = Hint(self.known[first[status]], float(alike[first[status]]), agreeing, len(nearest),
                    votes[status] / sum(votes.values()))
        return hint if hint.confidence >= floor else None

    def closest(self, text: str, floor: float = FLOOR) -> Hint | None:
        """The known text most alike `text`, or None when none is at least `floor` alike.
        Among equally alike texts, the status most of them have wins, then the first."""
        alike = self.alikeness(text)
        if alike is None:
            return None
        best = float(alike.max())
        if best < floor or best <= 0:
            return None
        tied = np.flatnonzero(alike >= best - _TIE)
        votes = Counter(self.known[i].status for i in tied)
        status = max(votes, key=lambda s: votes[s])
        first = next(int(i) for i in tied if self.known[i].status == status)
        return Hint(self.known[first], best)


def read_known_texts(path: Path = KNOWN_TEXTS) -> list[KnownText]:
    """The labelled texts of a corpus file (columns text, language, carrier, source, expected)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [KnownText(row["text"], row["language"], row["carrier"], row["source"], row["expected"])
                for row in csv.DictReader(handle)]


@lru_cache(maxsize=1)
def known_index() -> HintIndex:
    """The index of the development corpus, built once per process on first use."""
    return HintIndex(read_known_texts())


def hints(texts: Sequence[str]) -> list[Hint | None]:
    """A hint, or None, for each text: the vote of its most alike known texts, at least FLOOR confident."""
    if not texts:
        return []  # nothing unread: the index is not built
    index = known_index()
    return [index.suggest(text) for text in texts]
