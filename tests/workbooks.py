"""Workbooks of several sheets for the tests, built with openpyxl."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl


def workbook_bytes(sheets: dict[str, list[list[object]]]) -> bytes:
    """An .xlsx holding one sheet per entry of `sheets`, its rows in order."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """`workbook_bytes` written to `path`."""
    path.write_bytes(workbook_bytes(sheets))
    return path
