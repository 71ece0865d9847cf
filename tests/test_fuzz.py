"""The fuzzer of the readers and normalisers (tests/fuzzing.py), bounded for `make test`.

`python -m bench.fuzz --minutes N` runs the same properties for as long as asked.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from fuzzing import ENCODINGS, check_import, export_files
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lossanalytics.importing.encodings import detect_encoding, mixed_encoding_line, text_start

# A few tenths of a second each: a few seconds in all.
EXAMPLES = int(os.environ.get("LOSSANALYTICS_FUZZ_EXAMPLES", "12"))
BOUNDED = settings(max_examples=EXAMPLES, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                          HealthCheck.data_too_large])


@BOUNDED
@given(export_files)
def test_any_damaged_export_is_answered_in_words(tmp_path: Path, file: tuple[str, bytes]) -> None:
    check_import(tmp_path, *file)


@settings(max_examples=EXAMPLES * 3, deadline=None, database=None)
@given(st.text(max_size=200), st.sampled_from(ENCODINGS), st.binary(max_size=8))
def test_encoding_detection_of_any_text_never_raises(text: str, encoding: str, noise: bytes) -> None:
    data = text.encode(encoding, errors="replace") + noise
    found = detect_encoding(data)
    codecs.lookup(found)
    data[text_start(data):].decode(found, errors="replace")
    mixed_encoding_line(data, found)
