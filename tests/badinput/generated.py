"""Bad-input cases that are large or binary, made at test time instead of committed.

Each function writes one file into `folder` and returns its path. They are
deterministic (fixed seeds), and the big ones are built from repeated bytes so that
making them takes well under a second.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
from pathlib import Path

import openpyxl

HEADER = "Tracking Number,Carrier,Status,Ship Date,Destination Country\n"


def _xlsx_bytes(rows: int = 50) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Tracking Number", "Carrier", "Status", "Ship Date"])
    for i in range(rows):
        sheet.append([f"XL{i:06d}", "UPS", "In Transit", "2026-10-01"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def binary_junk(folder: Path) -> Path:
    """Random bytes (with NULs) saved as .csv: what a wrong file picked in a dialog looks like."""
    path = folder / "junk.csv"
    path.write_bytes(random.Random(6).randbytes(8192))
    return path


def gzip_csv(folder: Path) -> Path:
    """A gzip-compressed CSV that kept its .csv name."""
    import gzip

    path = folder / "compressed.csv"
    path.write_bytes(gzip.compress((HEADER + "GZ1,UPS,Delivered,2026-10-01,US\n").encode(), mtime=0))
    return path


def truncated_xlsx(folder: Path) -> Path:
    """The first half of a real workbook, as an interrupted download leaves it."""
    data = _xlsx_bytes(400)
    path = folder / "truncated.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def corrupt_xlsx(folder: Path) -> Path:
    """A real workbook with a run of bytes in the middle overwritten."""
    data = bytearray(_xlsx_bytes(400))
    middle = len(data) // 2
    data[middle : middle + 512] = random.Random(7).randbytes(512)
    path = folder / "corrupt.xlsx"
    path.write_bytes(bytes(data))
    return path


def zip_bomb_xlsx(folder: Path) -> Path:
    """A genuine deflate bomb named .xlsx: ~100 KB on disk, 100 MB of XML inside."""
    path = folder / "bomb.xlsx"
    chunk = b" " * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            for _ in range(100):
                member.write(chunk)
    return path


def declared_huge_xlsx(folder: Path) -> Path:
    """A small workbook whose zip directory claims a 4 GB sheet (a forged bomb)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    data = bytearray(buffer.getvalue())
    # Patch the uncompressed size (offset 24) of every central directory entry.
    offset = data.find(b"PK\x01\x02")
    while offset != -1:
        data[offset + 24 : offset + 28] = struct.pack("<I", 0xFFFFFFF0)
        offset = data.find(b"PK\x01\x02", offset + 4)
    path = folder / "declared_huge.xlsx"
    path.write_bytes(bytes(data))
    return path


def encrypted_xlsx(folder: Path) -> Path:
    """A password-protected workbook: an OLE compound file holding an "EncryptedPackage".

    Built by hand (header, one directory sector naming the encryption streams, junk
    for the encrypted bytes) because no tool here writes encrypted workbooks.
    """
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    header[24:26] = struct.pack("<H", 0x3E)      # minor version
    header[26:28] = struct.pack("<H", 3)         # major version 3: 512-byte sectors
    header[28:30] = b"\xfe\xff"                  # little-endian
    header[30:32] = struct.pack("<H", 9)         # sector shift
    header[48:52] = struct.pack("<I", 0)         # first directory sector
    directory = bytearray()
    for name in ("Root Entry", "EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"):
        entry = bytearray(128)
        encoded = (name + "\x00").encode("utf-16-le")
        entry[0 : len(encoded)] = encoded
        entry[64:66] = struct.pack("<H", len(encoded))
        entry[66] = 5 if name == "Root Entry" else 2
        directory += entry
    path = folder / "protected.xlsx"
    path.write_bytes(bytes(header) + bytes(directory) + random.Random(8).randbytes(4096))
    return path


def fake_xls(folder: Path) -> Path:
    """An OLE compound file named .xls that holds no workbook (a damaged old Excel file)."""
    path = folder / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + random.Random(9).randbytes(2048))
    return path


def numbers_file(folder: Path) -> Path:
    """An Apple Numbers document: a zip of .iwa protobuf files, not a workbook."""
    path = folder / "shipments.numbers"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Index/Document.iwa", b"\x00\x01\x02")
        archive.writestr("Metadata/Properties.plist", b"bplist00")
    return path


def zip_of_csvs(folder: Path) -> Path:
    """A zip archive of CSV exports, uploaded as it was downloaded."""
    path = folder / "exports.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.csv", HEADER + "Z1,UPS,Delivered,2026-10-01,US\n")
    return path


def formula_xlsx(folder: Path) -> Path:
    """A workbook whose cells hold formulas (no cached values) and formula-like text."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Tracking Number", "Carrier", "Last Event"])
    sheet.append(["XF1", "UPS", '=HYPERLINK("http://evil.example","x")'])   # a real formula
    sheet.append(["=A2&\"B\"", "UPS", "Delivered"])                          # key is a formula
    cell_row = ["XF3", "UPS", "+cmd|' /C calc'!A0"]
    sheet.append(cell_row)
    sheet["C4"].data_type = "s"                                              # stored as text
    path = folder / "formulas.xlsx"
    workbook.save(path)
    return path


def negative_weights_xlsx(folder: Path) -> Path:
    """Typed numbers in a workbook: negative and absurd weights and values."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Tracking Number", "Carrier", "Declared Value", "Weight (kg)"])
    sheet.append(["XN1", "UPS", -25.0, -1.5])
    sheet.append(["XN2", "UPS", 1e308, 99999999.0])
    sheet.append(["XN3", "UPS", 12.5, 0.4])
    path = folder / "numbers.xlsx"
    workbook.save(path)
    return path


def single_line_50mb(folder: Path) -> Path:
    """50 MB without a line end: no table, and more than any reader should hold as a row."""
    path = folder / "oneline.csv"
    path.write_bytes(b"Tracking Number," + b"A," * (25 << 20))
    return path


def mixed_encodings(folder: Path) -> Path:
    """UTF-8 lines with one cp1252 line pasted in (two exports concatenated)."""
    lines = [HEADER.encode()]
    lines += [f"MIX{i},UPS,Delivered,2026-10-01,DE\n".encode() for i in range(3)]
    lines.append("MIXU,Österreichische Post,Zugestellt,2026-10-01,AT\n".encode())
    lines.append("MIXC,Österreichische Post,Zugestellt in Köln,2026-10-01,DE\n".encode("cp1252"))
    path = folder / "mixed.csv"
    path.write_bytes(b"".join(lines))
    return path


def mixed_encodings_late(folder: Path) -> Path:
    """As mixed_encodings, with the cp1252 line past the first megabyte."""
    body = b"".join(f"LATE{i:06d},UPS,Delivered,2026-10-01,DE\n".encode() for i in range(40000))
    bad = "LATEC,Österreichische Post,Zugestellt in Köln,2026-10-01,DE\n".encode("cp1252")
    path = folder / "mixed_late.csv"
    path.write_bytes(HEADER.encode() + "LATEU,Österreichische Post,Zugestellt,2026-10-01,AT\n".encode() + body + bad)
    return path


def ten_thousand_columns(folder: Path) -> Path:
    """A header of 10,000 columns; the tracking number is column 5,001."""
    names = [f"col{i}" for i in range(10000)]
    names[5000] = "Tracking Number"
    rows = [",".join(names)]
    for r in range(20):
        cells = [""] * 10000
        cells[5000] = f"WIDE{r}"
        cells[9999] = "end"
        rows.append(",".join(cells))
    path = folder / "wide.csv"
    path.write_text("\n".join(rows) + "\n")
    return path


def million_duplicate_rows(folder: Path) -> Path:
    """The same row 1,000,000 times."""
    path = folder / "duplicates.csv"
    path.write_bytes(HEADER.encode() + b"DUPE1,UPS,In Transit,2026-10-01,US\n" * 1_000_000)
    return path


def deep_json(folder: Path) -> Path:
    """JSON nested 100,000 levels deep, which blows the parser's recursion limit."""
    path = folder / "deep.json"
    path.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    return path


def nul_in_text(folder: Path) -> Path:
    """A CSV with a NUL byte in a cell after the first few kilobytes."""
    body = b"".join(f"NUL{i:05d},UPS,Delivered,2026-10-01,US\n".encode() for i in range(300))
    path = folder / "nul.csv"
    path.write_bytes(HEADER.encode() + body + b"NULX,U\x00PS,Delivered,2026-10-01,US\n")
    return path


def huge_cell(folder: Path) -> Path:
    """One quoted cell of 5 MB in an otherwise normal file."""
    path = folder / "hugecell.csv"
    path.write_bytes(HEADER.encode() + b'BIG1,UPS,"' + b"x" * (5 << 20) + b'",2026-10-01,US\nBIG2,UPS,Delivered,2026-10-01,US\n')
    return path


def big_cell(folder: Path) -> Path:
    """A 200 KB description in the first rows: over Python csv's own cell limit, under DuckDB's."""
    path = folder / "bigcell.csv"
    path.write_bytes(HEADER.encode() + b'BIGC1,UPS,"' + b"y" * (200 << 10) + b'",2026-10-01,US\nBIGC2,UPS,Delivered,2026-10-01,US\n')
    return path


def broken_late_xlsx(folder: Path) -> Path:
    """A valid zip whose sheet XML stops in garbage at row 1,500: the first rows read fine."""
    source = zipfile.ZipFile(io.BytesIO(_xlsx_bytes(2000)))
    path = folder / "broken_late.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                cut = data.find(b'<row r="1500"')
                data = data[:cut] + b'<row r="1500"><c r="A1500" t="s"><v>' + bytes(range(1, 9)) + b"<<<&&&"
            target.writestr(info.filename, data)
    return path


def utf8_appended_to_cp1252(folder: Path) -> Path:
    """A cp1252 export with a UTF-8 export appended past the first megabyte."""
    first = HEADER.encode() + "OLD0,Österreichische Post,Zugestellt,2026-10-01,AT\n".encode("cp1252")
    body = b"".join(f"OLD{i:06d},UPS,Delivered,2026-10-01,DE\n".encode() for i in range(1, 40000))
    appended = "NEW1,Österreichische Post,Zugestellt in Köln,2026-10-01,DE\n".encode()
    path = folder / "appended.csv"
    path.write_bytes(first + body + appended)
    return path


def header_only_xlsx(folder: Path) -> Path:
    """A workbook with a header row, a title above it, and nothing below."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Shipments export"])
    sheet.append(["Tracking Number", "Carrier", "Status"])
    path = folder / "header_only.xlsx"
    workbook.save(path)
    return path
