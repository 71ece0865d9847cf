"""Format checks for the sixth blind corpus, tests/corpus/fresh4_texts.csv.

These tests look at the file only: columns, encoding, line ends, status values,
language codes, sources and duplicates. They never import or score the product.
"""

import csv
import io
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus" / "fresh4_texts.csv"
COLUMNS = ["text", "language", "carrier", "expected", "code", "source", "basis"]
# Canonical statuses as listed in FRESH4_SOURCES.md / DESIGN section 4.
STATUSES = {
    "info_received", "in_transit", "out_for_delivery", "available_for_pickup",
    "delivery_failed", "exception", "expired", "delivered", "returned",
    "damaged", "lost", "cancelled", "unknown",
}
# ISO 639-1 codes the labeller may use; every row's language must be one of them.
ISO_639_1 = {
    "ar", "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "he", "hi", "hu",
    "id", "it", "ja", "ko", "lt", "lv", "ms", "nb", "nl", "no", "pl", "pt", "ro", "ru",
    "sk", "sl", "sr", "sv", "th", "tr", "uk", "vi", "zh",
}


def _raw() -> bytes:
    return CORPUS.read_bytes()


def _rows() -> list[dict[str, str]]:
    text = _raw().decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_header_is_exactly_the_seven_columns():
    text = _raw().decode("utf-8")
    header = next(csv.reader(io.StringIO(text, newline="")))
    assert header == COLUMNS


def test_file_is_utf8_without_bom_and_uses_crlf_line_ends():
    raw = _raw()
    assert not raw.startswith(b"\xef\xbb\xbf")
    raw.decode("utf-8")
    assert raw.endswith(b"\r\n")
    # Every physical line break outside quoted fields is CRLF: no bare LF after
    # removing CRLF pairs (no text in this corpus contains a line break).
    assert b"\n" not in raw.replace(b"\r\n", b"")


def test_every_row_has_seven_fields():
    text = _raw().decode("utf-8")
    records = list(csv.reader(io.StringIO(text, newline="")))
    assert all(len(r) == len(COLUMNS) for r in records)


def test_expected_values_are_canonical_statuses():
    bad = [r["expected"] for r in _rows() if r["expected"] not in STATUSES]
    assert bad == []


def test_language_codes_are_iso_639_1():
    bad = sorted({r["language"] for r in _rows()} - ISO_639_1)
    assert bad == []


def test_every_row_has_text_carrier_source_and_basis():
    for r in _rows():
        assert r["text"] and r["text"] == r["text"].strip()
        assert r["carrier"]
        assert r["basis"]
        assert r["source"].startswith(("github:", "code-index file id "))


def test_no_duplicate_text_expected_pairs():
    pairs = [(r["text"], r["expected"]) for r in _rows()]
    assert len(pairs) == len(set(pairs))


def test_no_text_carries_two_different_labels():
    labels: dict[str, set[str]] = {}
    for r in _rows():
        labels.setdefault(r["text"], set()).add(r["expected"])
    assert [t for t, s in labels.items() if len(s) > 1] == []


def test_size_and_spread_targets():
    rows = _rows()
    assert len(rows) >= 500
    assert len({r["carrier"] for r in rows}) >= 25
    assert len({r["language"] for r in rows}) >= 12
    hard = [r for r in rows if r["expected"] not in ("in_transit", "delivered")]
    assert len(hard) / len(rows) >= 0.40


def test_basis_prefixes_are_spelled_as_in_the_method():
    # A basis that overrides the source names the rule it follows, with the exact prefix.
    for r in _rows():
        lowered = r["basis"].lower()
        if lowered.startswith(("design", "text")) or "DESIGN:" in r["basis"]:
            assert r["basis"].startswith(("DESIGN: ", "text: "))


def test_no_text_is_a_placeholder_template():
    markers = ("{", "}", "%s", "< info_field >", "XXX", "EXAMPLE", "SYNTHETIC", "Synthetic")
    assert [r["text"] for r in _rows() if any(m in r["text"] for m in markers)] == []
