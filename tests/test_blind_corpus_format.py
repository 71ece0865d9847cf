"""Format checks for the blind corpora built by labellers who never saw the product
(tests/corpus/fresh3_texts.csv, the fifth; fresh4_texts.csv, the sixth; fresh5_texts.csv, the
seventh; fresh6_texts.csv, the eighth; fresh7_texts.csv, the ninth; fresh8_texts.csv, the
tenth; fresh9_texts.csv, the eleventh; fresh10_texts.csv, the twelfth; fresh11_texts.csv, the
thirteenth; fresh12_texts.csv, the fourteenth; fresh13_texts.csv, the fifteenth;
fresh14_texts.csv, the sixteenth; fresh15_texts.csv, the seventeenth; fresh16_texts.csv, the
eighteenth; fresh17_texts.csv, the nineteenth; fresh18_texts.csv, the twentieth;
fresh19_texts.csv, the twenty-first; fresh20_texts.csv, the twenty-second;
fresh21_texts.csv, the twenty-third;
fresh22_texts.csv, the twenty-fourth;
fresh23_texts.csv, the twenty-fifth;
fresh24_texts.csv, the twenty-sixth;
fresh25_texts.csv, the twenty-seventh;
fresh26_texts.csv, the twenty-eighth;
fresh27_texts.csv, the twenty-ninth;
fresh28_texts.csv, the thirtieth;
fresh29_texts.csv, the thirty-first).

These tests look at the files only: columns, encoding, line ends, status values,
language codes, sources, duplicates and the size each labeller was asked for, and the
texts every blind corpus shares with the development corpus. They never import or score
the product.
"""

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import pytest

COLUMNS = ["text", "language", "carrier", "expected", "code", "source", "basis"]
# Canonical statuses as listed in the corpora's SOURCES files / DESIGN section 4.
STATUSES = {
    "info_received", "in_transit", "out_for_delivery", "available_for_pickup",
    "delivery_failed", "exception", "expired", "delivered", "returned",
    "damaged", "lost", "cancelled", "unknown",
}
# ISO 639-1 codes the labellers may use; every row's language must be one of them.
ISO_639_1 = {
    "ar", "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "he", "hi", "hr", "hu",
    "id", "it", "ja", "ko", "lt", "lv", "ms", "nb", "nl", "no", "pl", "pt", "ro", "ru",
    "sk", "sl", "sr", "sv", "th", "tr", "uk", "vi", "zh",
}


@dataclass(frozen=True)
class Corpus:
    """One blind corpus and the size its labeller was asked for."""

    name: str
    rows: int
    carriers: int
    languages: int
    # The sixth to twentieth corpora's labellers start every basis that overrides the source with an exact
    # "DESIGN: " or "text: "; the fifth's also writes plain bases such as "text states the return".
    exact_prefixes: bool = False

    @property
    def path(self) -> Path:
        return Path(__file__).parent / "corpus" / f"{self.name}_texts.csv"


CORPORA = [
    Corpus("fresh3", rows=400, carriers=30, languages=10),
    Corpus("fresh4", rows=500, carriers=25, languages=12, exact_prefixes=True),
    Corpus("fresh5", rows=500, carriers=30, languages=12, exact_prefixes=True),
    Corpus("fresh6", rows=500, carriers=30, languages=12, exact_prefixes=True),
    Corpus("fresh7", rows=270, carriers=18, languages=9, exact_prefixes=True),
    Corpus("fresh8", rows=250, carriers=20, languages=8, exact_prefixes=True),
    Corpus("fresh9", rows=250, carriers=20, languages=8, exact_prefixes=True),
    # Asked for 250 / 20 / 8; these are what its labeller reached in the time box (FRESH10_SOURCES.md).
    Corpus("fresh10", rows=163, carriers=13, languages=7, exact_prefixes=True),
    # Asked for 250 / 20 / 8; reached 174 / 20 / 10 in the time box (FRESH11_SOURCES.md).
    Corpus("fresh11", rows=174, carriers=20, languages=10, exact_prefixes=True),
    # Asked for 250 / 20 / 8; reached 87 / 11 / 8 in the time box (FRESH12_SOURCES.md).
    Corpus("fresh12", rows=87, carriers=11, languages=8, exact_prefixes=True),
    # Asked for 250 / 20 / 8; reached 51 / 11 / 6 in the time box (FRESH13_SOURCES.md).
    Corpus("fresh13", rows=51, carriers=11, languages=6, exact_prefixes=True),
    # Asked for 250 / 20 / 8; reached 137 / 10 / 9 in the time box (FRESH14_SOURCES.md).
    Corpus("fresh14", rows=137, carriers=10, languages=9, exact_prefixes=True),
    Corpus("fresh15", rows=250, carriers=20, languages=8, exact_prefixes=True),
    Corpus("fresh16", rows=250, carriers=20, languages=8, exact_prefixes=True),
    Corpus("fresh17", rows=347, carriers=28, languages=22, exact_prefixes=True),
    Corpus("fresh18", rows=258, carriers=28, languages=12, exact_prefixes=True),
    Corpus("fresh19", rows=260, carriers=47, languages=17, exact_prefixes=True),
    Corpus("fresh20", rows=262, carriers=36, languages=16, exact_prefixes=True),
    Corpus("fresh21", rows=263, carriers=35, languages=15, exact_prefixes=True),
    Corpus("fresh22", rows=263, carriers=32, languages=12, exact_prefixes=True),
    Corpus("fresh23", rows=328, carriers=24, languages=11, exact_prefixes=True),
    Corpus("fresh24", rows=268, carriers=36, languages=15, exact_prefixes=True),
    Corpus("fresh25", rows=251, carriers=20, languages=20, exact_prefixes=True),
    Corpus("fresh26", rows=262, carriers=40, languages=23, exact_prefixes=True),
    Corpus("fresh27", rows=256, carriers=24, languages=14, exact_prefixes=True),
    Corpus("fresh28", rows=260, carriers=23, languages=9, exact_prefixes=True),
    Corpus("fresh29", rows=306, carriers=25, languages=12, exact_prefixes=True),
]


@pytest.fixture(params=CORPORA, ids=lambda corpus: corpus.name)
def corpus(request) -> Corpus:
    return request.param


def _raw(corpus: Corpus) -> bytes:
    return corpus.path.read_bytes()


def _rows(corpus: Corpus) -> list[dict[str, str]]:
    text = _raw(corpus).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_header_is_exactly_the_seven_columns(corpus):
    text = _raw(corpus).decode("utf-8")
    header = next(csv.reader(io.StringIO(text, newline="")))
    assert header == COLUMNS


def test_file_is_utf8_without_bom_and_uses_crlf_line_ends(corpus):
    raw = _raw(corpus)
    assert not raw.startswith(b"\xef\xbb\xbf")
    raw.decode("utf-8")
    assert raw.endswith(b"\r\n")
    # Every physical line break outside quoted fields is CRLF: no bare LF after
    # removing CRLF pairs (no text in this corpus contains a line break).
    assert b"\n" not in raw.replace(b"\r\n", b"")


def test_every_row_has_seven_fields(corpus):
    text = _raw(corpus).decode("utf-8")
    records = list(csv.reader(io.StringIO(text, newline="")))
    assert all(len(r) == len(COLUMNS) for r in records)


def test_expected_values_are_canonical_statuses(corpus):
    bad = [r["expected"] for r in _rows(corpus) if r["expected"] not in STATUSES]
    assert bad == []


def test_language_codes_are_iso_639_1(corpus):
    bad = sorted({r["language"] for r in _rows(corpus)} - ISO_639_1)
    assert bad == []


def test_every_row_has_text_carrier_source_and_basis(corpus):
    for r in _rows(corpus):
        assert r["text"] and r["text"] == r["text"].strip()
        assert r["carrier"]
        assert r["basis"]
        assert r["source"].startswith(("github:", "code-index file id "))


def test_no_duplicate_text_expected_pairs(corpus):
    pairs = [(r["text"], r["expected"]) for r in _rows(corpus)]
    assert len(pairs) == len(set(pairs))


def test_no_text_carries_two_different_labels(corpus):
    labels: dict[str, set[str]] = {}
    for r in _rows(corpus):
        labels.setdefault(r["text"], set()).add(r["expected"])
    assert [t for t, s in labels.items() if len(s) > 1] == []


def test_size_and_spread_targets(corpus):
    rows = _rows(corpus)
    assert len(rows) >= corpus.rows
    assert len({r["carrier"] for r in rows}) >= corpus.carriers
    assert len({r["language"] for r in rows}) >= corpus.languages
    hard = [r for r in rows if r["expected"] not in ("in_transit", "delivered")]
    assert len(hard) / len(rows) >= 0.40


@pytest.mark.parametrize("corpus", [c for c in CORPORA if c.exact_prefixes], ids=lambda corpus: corpus.name)
def test_basis_prefixes_are_spelled_as_in_the_method(corpus):
    # A basis that overrides the source names the rule it follows, with the exact prefix.
    for r in _rows(corpus):
        lowered = r["basis"].lower()
        if lowered.startswith(("design", "text")) or "DESIGN:" in r["basis"]:
            assert r["basis"].startswith(("DESIGN: ", "text: "))


def test_no_text_is_a_placeholder_template(corpus):
    markers = ("{", "}", "%s", "< info_field >", "XXX", "EXAMPLE", "SYNTHETIC", "Synthetic")
    assert [r["text"] for r in _rows(corpus) if any(m in r["text"] for m in markers)] == []


# Texts each blind corpus shares with the development corpus (DEVELOPMENT), case and
# spacing folded: short texts every carrier prints ("Delivered", "En reparto"). Rows a later
# vocabulary round takes from its own sources with a blind text's words are dropped at the
# merge (SOURCES.md says how many), so a score on the blind corpus never rests on its own
# texts having been read while the phrases were written: the overlap may shrink, never grow.
DEVELOPMENT_OVERLAP_CEILINGS = {
    "heldout": 68, "fresh": 19, "fresh2": 56, "fresh3": 41, "fresh4": 21, "fresh5": 0, "fresh6": 0, "fresh7": 0,
    "fresh8": 0, "fresh9": 0, "fresh10": 0, "fresh11": 0, "fresh12": 0, "fresh13": 0,
    "fresh14": 0, "fresh15": 0, "fresh16": 0, "fresh17": 0, "fresh18": 0,
    "fresh19": 0, "fresh20": 0, "fresh21": 0, "fresh22": 0,
    "fresh23": 0,
    "fresh24": 0,
    "fresh25": 0,
    "fresh26": 0,
    "fresh27": 0,
    "fresh28": 0,
    "fresh29": 0,
}


# The development corpus ships with the product (its texts are the unread lines' hints).
DEVELOPMENT = Path(__file__).parent.parent / "lossanalytics" / "normalise" / "known_texts" / "carrier_texts.csv"


def _folded_texts(path: Path) -> set[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {" ".join(row["text"].casefold().split()) for row in csv.DictReader(handle)}


@pytest.mark.parametrize("name", list(DEVELOPMENT_OVERLAP_CEILINGS))
def test_the_development_corpus_takes_no_more_of_a_blind_corpus_texts(name):
    folder = Path(__file__).parent / "corpus"
    # A count, never the texts: a failure here must not show a blind corpus's words to whoever runs it.
    shared = len(_folded_texts(folder / f"{name}_texts.csv") & _folded_texts(DEVELOPMENT))
    assert shared <= DEVELOPMENT_OVERLAP_CEILINGS[name]
