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
from lossanalytics.importing.errors import ImportProblem
from lossanalytics.importing.tables import HEAD_ROWS, NULL_TOKENS, Table

DELIMITERS = (",", ";", "\t", "|")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANZI = re.compile(r"[\u4e00-\u9fff]")


def detect_encoding(sample: bytes) -> str:
    """The text encoding of an export, from its first bytes."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
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


def _paired_high_bytes(data: bytes) -> bool:
    """Whether most bytes above 0x7F stand next to another one, as in double-byte text."""
    high = [i for i, byte in enumerate(data) if byte > 0x7F]
    paired = sum(1 for i in high if (i > 0 and data[i - 1] > 0x7F) or (i + 1 < len(data) and data[i + 1] > 0x7F))
    return paired >= 0.8 * len(high)


def sniff_delimiter(lines: Sequence[str]) -> str:
    """The delimiter that splits the first lines into the most, and most regular, columns."""
    def score(delimiter: str) -> tuple[int, int]:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter) if any(cell.strip() for cell in row)]
        if not counts:
            return (0, 0)
        common = max(set(counts), key=counts.count)
        return (counts.count(common) if common > 1 else 0, common)

    return max(DELIMITERS, key=score)


def text_table(path: Path, file_name: str, head: bytes, complete: bool) -> Table:
    """The one table of a delimited text file; `head` is its start, `complete` if that is all of it."""
    encoding = detect_encoding(head)
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
        if encoding != "utf-8" or bare_cr:
            temp = tempfile.NamedTemporaryFile(suffix=".csv")
            _transcode(path, encoding, Path(temp.name))
            source = Path(temp.name)
        try:
            # Cells are trimmed here, once, as DuckDB reads them: everything downstream
            # can take a cell as it is (an empty or NULL_TOKENS cell is NULL already).
            cells = ", ".join(f"nullif(trim(c{i}), '') AS c{i}" for i in range(width))
            session.execute(
                f"""
                CREATE OR REPLACE TEMP TABLE stage_raw AS
                SELECT {cells} FROM read_csv(
                    $path, header = false, skip = $skip, delim = $delim, quote = '"', escape = '"',
                    all_varchar = true, names = $names, null_padding = true, strict_mode = false,
                    nullstr = $nulls, parallel = true, encoding = 'utf-8'
                )
                """,
                {
                    "path": str(source), "skip": _start_line(lines, delimiter, header_index + 1),
                    "delim": delimiter, "names": [f"c{i}" for i in range(width)], "nulls": ["", *NULL_TOKENS],
                },
            )
        except Exception as exc:  # DuckDB reports malformed CSV with its own line numbers
            raise ImportProblem(
                "import.error.unreadable", file=file_name, detail=str(exc).splitlines()[0][:300]
            ) from exc
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
