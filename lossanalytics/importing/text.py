"""CSV and other delimited text: encoding, delimiter, and staging by DuckDB's CSV reader.

DuckDB parses the file itself. It reads UTF-8 with LF or CRLF line ends; anything
else (UTF-8 or UTF-16 with a BOM, GB18030, Shift_JIS, cp1252, bare-CR line ends) is
transcoded once to a temporary UTF-8 copy, so DuckDB still does the parsing.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

from lossanalytics.db import Session
from lossanalytics.importing.csvread import MAX_LINE_BYTES, stage_csv
from lossanalytics.importing.errors import ImportProblem
from lossanalytics.importing.tables import HEAD_ROWS, Table

DELIMITERS = (",", ";", "\t", "|")
# Python's csv module refuses cells over 128 KB, while DuckDB reads lines up to 2 MB:
# the first rows must not fail where the whole file would be read.
csv.field_size_limit(max(csv.field_size_limit(), MAX_LINE_BYTES))
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANZI = re.compile(r"[\u4e00-\u9fff]")


def looks_utf16(sample: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" for UTF-16 text without a byte-order mark, else None.

    Mostly-Latin UTF-16 has a NUL in every other byte, on the same side of each pair.
    """
    pairs = sample[: len(sample) // 2 * 2][:4096]
    if len(pairs) < 8:
        return None
    odd, even = pairs[1::2], pairs[0::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def detect_encoding(sample: bytes) -> str:
    """The text encoding of an export, from its first bytes."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if (utf16 := looks_utf16(sample)) is not None:
        return utf16
    # A sample may end in the middle of a multi-byte character; judge whole lines only.
    cut = max(sample.rfind(b"\n"), sample.rfind(b"\r"))
    body = sample[: cut + 1] if 0 < cut < len(sample) - 1 else sample
    # Japanese text has kana, which other text read as Shift_JIS practically never
    # produces. GB18030 decodes almost any bytes: Chinese text has its high bytes in
    # pairs, while Latin text in cp1252 ("München") has them alone between letters.
    for encoding, telltale in (("utf-8", None), ("shift_jis", _KANA), ("gb18030", _HANZI)):
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError:
            continue
        if telltale is None or (telltale.search(text) and (encoding != "gb18030" or _paired_high_bytes(body))):
            return encoding
    return "cp1252"


def mixed_encoding_line(sample: bytes, encoding: str) -> int | None:
    """The 1-based line of `sample` that breaks a file's encoding, if lines disagree.

    Two exports joined into one file can mix UTF-8 lines with lines in a legacy code
    page. Read as UTF-8, those lines fail; read as the code page, the UTF-8 lines turn
    into mojibake ("Ã–sterreich") without any error. So when some lines hold valid
    UTF-8 beyond ASCII and others are not UTF-8 at all, the file is refused instead.
    """
    if encoding not in ("utf-8", "cp1252", "gb18030", "shift_jis"):
        return None
    utf8_seen = False
    first_bad = None
    for number, line in enumerate(re.split(rb"\r\n|\r|\n", sample), start=1):
        if line.isascii():
            continue
        try:
            text = line.decode("utf-8")
            utf8_seen = utf8_seen or _really_utf8(text, encoding)
        except UnicodeDecodeError as exc:
            # A line cut short by the end of the sample is not evidence.
            if exc.start < len(line) - 3 and first_bad is None:
                first_bad = number
        if utf8_seen and first_bad is not None:
            return first_bad
    return None


def first_utf8_line(path: Path, encoding: str) -> int | None:
    """The first line of a file read as a legacy code page that is really UTF-8 text.

    The sample decided on the code page because some lines are not UTF-8; a UTF-8 line
    further down (an export appended later) would otherwise become mojibake silently.
    """
    if encoding not in ("cp1252", "gb18030", "shift_jis"):
        return None
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            if line.isascii():
                continue
            try:
                if _really_utf8(line.decode("utf-8"), encoding):
                    return number
            except UnicodeDecodeError:
                continue
    return None


def _really_utf8(text: str, encoding: str) -> bool:
    """Whether a line that decodes as UTF-8 is UTF-8 text rather than `encoding` by chance:
    double-byte Chinese or Japanese text can pass as a few 2-byte UTF-8 letters, hardly
    ever as 3-byte characters; cp1252 text almost never decodes as UTF-8 at all."""
    return encoding == "cp1252" or any(ord(ch) >= 0x800 for ch in text)


def _paired_high_bytes(data: bytes) -> bool:
    """Whether most bytes above 0x7F stand next to another one, as in double-byte text."""
    high = [i for i, byte in enumerate(data) if byte > 0x7F]
    paired = sum(1 for i in high if (i > 0 and data[i - 1] > 0x7F) or (i + 1 < len(data) and data[i + 1] > 0x7F))
    return paired >= 0.8 * len(high)


def sniff_delimiter(lines: Sequence[str]) -> str:
    """The delimiter that splits the first lines into the most, and most regular, columns."""
    def score(delimiter: str) -> tuple[int, int]:
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=delimiter) if any(c.strip() for c in row)]
        except csv.Error:  # a stray line end inside a line: this delimiter explains nothing
            return (0, 0)
        if not counts:
            return (0, 0)
        common = max(set(counts), key=counts.count)
        return (counts.count(common) if common > 1 else 0, common)

    return max(DELIMITERS, key=score)


def text_table(path: Path, file_name: str, head: bytes, complete: bool) -> Table:
    """The one table of a delimited text file; `head` is its start, `complete` if that is all of it."""
    encoding = detect_encoding(head)
    if not complete and not re.search(rb"[\r\n]", head):
        raise ImportProblem("import.error.line_too_long", file=file_name, row=1, limit=f"{len(head) >> 10} KB")
    bad_line = mixed_encoding_line(head, encoding)
    if bad_line is not None:
        raise ImportProblem("import.error.mixed_encoding", file=file_name, row=bad_line, encoding="UTF-8")
    # Split only where DuckDB will (str.splitlines also splits on \x85 and U+2028).
    lines = re.split(r"\r\n|\r|\n", head.decode(encoding, errors="replace"))
    if not complete:
        lines = lines[:-1]  # the last line of a partial read may be cut short
    lines = lines[:HEAD_ROWS]
    delimiter = sniff_delimiter(lines[:40])
    rows = [[cell.strip() for cell in row] for row in csv.reader(lines, delimiter=delimiter)]
    # DuckDB reads plain UTF-8 with LF or CRLF itself; a bare CR needs the copy.
    bare_cr = b"\r" in head and b"\n" not in head

    def load(session: Session, header_index: int, width: int) -> None:
        source, temp = path, None
        if (utf8_line := first_utf8_line(path, encoding)) is not None:
            raise ImportProblem("import.error.mixed_encoding", file=file_name, row=utf8_line, encoding=encoding)
        if encoding != "utf-8" or bare_cr:
            temp = tempfile.NamedTemporaryFile(suffix=".csv")
            _transcode(path, encoding, Path(temp.name))
            source = Path(temp.name)
        try:
            skip = _start_line(lines, delimiter, header_index + 1)
            stage_csv(session, source, file_name, skip, delimiter, rows[header_index][:width], header_index + 2)
        finally:
            if temp is not None:
                temp.close()

    return Table(None, rows, load, encoding=encoding, delimiter=delimiter)


def _start_line(lines: Sequence[str], delimiter: str, row_index: int) -> int:
    """The line index where csv row `row_index` starts (a quoted cell may span lines)."""
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    previous_end = 0
    for index, _ in enumerate(reader):
        if index == row_index:
            return previous_end
        previous_end = reader.line_num
    return previous_end


def _transcode(path: Path, encoding: str, target: Path) -> None:
    with open(path, encoding=encoding, errors="replace", newline=None) as src, open(
        target, "w", encoding="utf-8", newline="\n"
    ) as dst:
        while chunk := src.read(1 << 22):
            dst.write(chunk)
