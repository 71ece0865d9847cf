"""What kind of file an upload really is, judged from its bytes before any reader runs.

Sellers pick the wrong file, rename files, and download exports that are not what
their name says: a PDF report, an Apple Numbers document, a zip of CSVs, an HTML page
or a tab-separated text saved as ".xls", a password-protected workbook. Each gets a
message saying what it is and what to upload instead, rather than a parser's error.

Workbooks are zip archives, so a hostile one can be a zip bomb: a few hundred
kilobytes that inflate to gigabytes. The archive's directory declares every member's
size; those declarations are checked before any byte is decompressed. (Readers of
the zip format stop at the declared size, so a member cannot inflate past it.)
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lossanalytics.importing.errors import ImportProblem

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Encrypted Office files are OLE compound files holding these streams (MS-OFFCRYPTO).
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
# Declared sizes past these are refused. A 1,000,000-row sheet is a few hundred MB of
# XML; real sheets compress 5–30×, and only crafted data reaches deflate's ~1000×.
MAX_UNCOMPRESSED_BYTES = 2 << 30
MAX_RATIO = 200
RATIO_APPLIES_ABOVE = 50 << 20
MAX_MEMBERS = 10_000
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
_PDF_MAGIC = b"%PDF-"
_COMPRESSED_MAGICS = (b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00", b"7z\xbc\xaf\x27\x1c", b"Rar!\x1a\x07")


def is_workbook(head: bytes) -> bool:
    """Whether the file's bytes are a workbook's (a zip or an OLE compound file)."""
    return head.startswith((ZIP_MAGIC, OLE_MAGIC))


def check_container(path: Path, file_name: str, head: bytes) -> None:
    """Raise ImportProblem for a file that is no export at all, or a dangerous workbook."""
    suffix = Path(file_name).suffix.lower()
    if head.startswith(_PDF_MAGIC):
        raise ImportProblem("import.error.pdf", file=file_name)
    if head.startswith(_COMPRESSED_MAGICS):
        raise ImportProblem("import.error.compressed", file=file_name)
    if head.startswith(OLE_MAGIC):
        # An old .xls is an OLE file too; an encrypted workbook is one with this stream.
        if _contains(path, _ENCRYPTED_STREAM):
            raise ImportProblem("import.error.encrypted", file=file_name)
        return
    if head.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        _check_zip(path, file_name, suffix)
        return
    if suffix in WORKBOOK_SUFFIXES and head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<":
        # Some shop systems save an HTML table (or XML) under an .xls name.
        raise ImportProblem("import.error.html_as_spreadsheet", file=file_name)


def _contains(path: Path, needle: bytes) -> bool:
    """Whether the file holds `needle` (read in chunks; the directory of an OLE file,
    which names its streams, may sit anywhere in it)."""
    overlap = len(needle) - 1
    with open(path, "rb") as handle:
        previous = b""
        while chunk := handle.read(1 << 22):
            if needle in previous + chunk:
                return True
            previous = chunk[-overlap:]
    return False


def _check_zip(path: Path, file_name: str, suffix: str) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ImportProblem("import.error.damaged_workbook", file=file_name, detail=str(exc)[:200]) from exc
    names = {member.filename for member in members}
    if suffix == ".numbers" or any(name.startswith("Index/") and name.endswith(".iwa") for name in names):
        raise ImportProblem("import.error.numbers", file=file_name)
    if not (names & {"[Content_Types].xml", "mimetype"}):
        # Neither an Office Open XML workbook nor an OpenDocument one: an archive of files.
        raise ImportProblem("import.error.archive", file=file_name)
    if len(members) > MAX_MEMBERS:
        raise ImportProblem("import.error.zip_bomb", file=file_name, size=f"{len(members):,} members")
    total = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members)
    worst = max(members, key=lambda m: m.file_size / max(m.compress_size, 1))
    ratio = worst.file_size / max(worst.compress_size, 1)
    if total > MAX_UNCOMPRESSED_BYTES or packed > path.stat().st_size or (
        worst.file_size > RATIO_APPLIES_ABOVE and ratio > MAX_RATIO
    ):
        raise ImportProblem("import.error.zip_bomb", file=file_name, size=_megabytes(total))


def _megabytes(size: int) -> str:
    return f"{size / (1 << 20):,.0f} MB"
