"""How often the hint beside an unread text names the right status, per similarity band.

    python -m bench.status_hints [--markdown docs/status-hints.md]

Leave-one-carrier-out on the development corpus (lossanalytics/normalise/known_texts/): each
text is hinted by an index of every other carrier's texts, as a carrier nobody here has seen
would be, and the hint is right when the status its most alike known texts vote for is the
text's own label. The tables give, per band of confidence (the vote's share and the alikeness
of its text, HintIndex.suggest), how many texts fall in it and how many of their hints are right,
and for each floor the share of texts that would get a hint and how often those hints are right;
FLOOR (lossanalytics.normalise.status_hints) is the lowest floor whose hints are right at least
0.7 of the time. The closest text alone, the hint before the vote, is given beside it. Only the development corpus is read: the blind corpora in tests/corpus
are measured by the lead, in aggregate, at a merge.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lossanalytics.normalise.status_hints import FLOOR, NEIGHBOURS, HintIndex, KnownText, read_known_texts
from lossanalytics.normalise.statuses import read_status

BANDS = (0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.0)
TARGET = 0.7


@dataclass(frozen=True)
class Outcome:
    """One text's hint from the other carriers' texts: the status hinted and its confidence."""

    known: KnownText
    hinted: str | None
    alike: float
    unread: bool

    @property
    def right(self) -> bool:
        return self.hinted == self.known.status


def leave_one_carrier_out(known: list[KnownText], vote: bool = True) -> list[Outcome]:
    """Every text hinted (with no floor) by an index of the other carriers' texts: by the vote of the
    most alike texts, or (`vote` False) by the closest text alone, its alikeness as the confidence."""
    full = HintIndex(known)
    outcomes = []
    for carrier in sorted({item.carrier for item in known}):
        index = full.without(lambda item: item.carrier == carrier)
        for item in known:
            if item.carrier == carrier:
                hint = index.suggest(item.text, floor=0.0) if vote else index.closest(item.text, floor=0.0)
                confidence = (hint.confidence if vote else hint.alike) if hint else 0.0
                outcomes.append(Outcome(item, hint.known.status if hint else None, confidence,
                                        read_status(item.text).status == "unknown"))
    return outcomes


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "–"


def band_table(outcomes: list[Outcome]) -> str:
    """Per band: texts and right hints in it; at its floor: texts hinted and right hints overall."""
    lines = ["| Band | Texts in band | Right in band | Share right in band | Floor | Hinted at floor | "
             "Share hinted | Right at floor | Share right at floor |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    upper = 1.0
    for low in BANDS:
        band = [o for o in outcomes if o.hinted and low <= o.alike and (o.alike < upper or upper == 1.0)]
        above = [o for o in outcomes if o.hinted and o.alike >= low]
        right_band, right_above = sum(o.right for o in band), sum(o.right for o in above)
        lines.append(f"| {low:.1f}–{upper:.1f} | {len(band)} | {right_band} | {_share(right_band, len(band))} | "
                     f"{low:.1f} | {len(above)} | {_share(len(above), len(outcomes))} | {right_above} | "
                     f"{_share(right_above, len(above))} |")
        upper = low
    return "\n".join(lines)


def group_table(outcomes: list[Outcome], key: str, floor: float) -> str:
    """Per language (key "language") or per hinted status (key "hinted"): hints at `floor` and how many are right."""
    total: Counter[str] = Counter()
    hinted: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for o in outcomes:
        shown = o.hinted is not None and o.alike >= floor
        group = o.known.language if key == "language" else (o.hinted if shown else None)
        if group is None:
            continue
        total[group] += 1
        hinted[group] += shown
        right[group] += shown and o.right
    name = "Language" if key == "language" else "Hinted status"
    lines = [f"| {name} | Texts | Hinted | Share hinted | Right | Share right |", "|---|---:|---:|---:|---:|---:|"]
    for group in sorted(total, key=lambda g: (-total[g], g)):
        lines.append(f"| {group} | {total[group]} | {hinted[group]} | {_share(hinted[group], total[group])} | "
                     f"{right[group]} | {_share(right[group], hinted[group])} |")
    return "\n".join(lines)


def lowest_floors(outcomes: list[Outcome], target: float = TARGET) -> tuple[float, float]:
    """The lowest band floor whose hints, all together, are right `target` of the time, and the lowest
    whose hints are so in its own band and in every band above it (the weakest hint shown is that good)."""
    together = every_band = 1.0
    band_ok = True
    upper = 1.0
    for low in BANDS:
        band = [o for o in outcomes if o.hinted and low <= o.alike and (o.alike < upper or upper == 1.0)]
        above = [o for o in outcomes if o.hinted and o.alike >= low]
        band_ok = band_ok and (not band or sum(o.right for o in band) / len(band) >= target)
        if band_ok:
            every_band = low
        if above and sum(o.right for o in above) / len(above) >= target:
            together = low
        upper = low
    return together, every_band


def speed(known: list[KnownText]) -> str:
    """Seconds to build the whole index and to hint 100 texts (corpus texts with a word changed)."""
    start = time.perf_counter()
    index = HintIndex(known)
    built = time.perf_counter() - start
    sample = [f"{item.text} 1" for item in random.Random(28).sample(known, 100)]
    start = time.perf_counter()
    for text in sample:
        index.suggest(text)
    return f"Index of {len(known)} texts built in {built:.2f} s; 100 hints in {time.perf_counter() - start:.3f} s."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", type=Path, help="write the tables to this file")
    args = parser.parse_args()
    known = read_known_texts()
    outcomes = leave_one_carrier_out(known)
    closest = leave_one_carrier_out(known, vote=False)
    unread = [o for o in outcomes if o.unread]
    carriers = len({item.carrier for item in known})
    together, every_band = lowest_floors(outcomes)
    parts = [
        "# Hints for unread texts: leave-one-carrier-out on the development corpus", "",
        "Generated by `python -m bench.status_hints --markdown docs/status-hints.md`. Each of the "
        f"{len(known)} texts of the development corpus ({carriers} carriers and platforms) is hinted by an index of "
        f"the other carriers' texts; a hint is right when the status its {NEIGHBOURS} most alike known texts vote for "
        "is the text's own label. Its confidence is the geometric mean of that status's share of the vote (each "
        "text weighing its alikeness squared) and the alikeness of its most alike text.", "",
        f"Floor in the product (`lossanalytics.normalise.status_hints.FLOOR`): {FLOOR}. The lowest floor whose hints "
        f"are right at least {TARGET} of the time in its own band and every band above: {every_band}; the lowest "
        f"whose hints are so only all together: {together} (the hints of its lowest band are right less often).", "",
        "## Every text, per band of confidence", "", band_table(outcomes), "",
        f"## The {len(unread)} texts the status reader leaves unread, per band", "",
        "The reader was written on this corpus, so few of its texts are unread; these are the hardest.", "",
        band_table(unread), "",
        f"## Per language, at the floor {FLOOR}", "", group_table(outcomes, "language", FLOOR), "",
        f"## Per hinted status, at the floor {FLOOR}", "", group_table(outcomes, "hinted", FLOOR), "",
        "## The closest text alone, per band of alikeness", "",
        "The hint before the vote: the status of the one most alike known text, shown when it was at least "
        "0.5 alike.", "", band_table(closest), "",
        "## Speed", "", speed(known), "",
    ]
    text = "\n".join(parts)
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
