"""Bad-input cases of issue 15 that are binary or in legacy encodings, made at test time.

Wrong data that used to get in without a word: tracking numbers Excel stored as
numbers, hidden sheets, legacy encodings, a UTF-8 byte-order mark in front of UTF-16.
Each function writes one file into `folder` and returns its path.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import openpyxl

# Realistic carrier and address text per legacy encoding: (file stem, encoding, carrier, last event).
LEGACY_TEXTS = {
    "big5": ("big5", "新竹物流", "已送達 臺北市信義區松仁路100號"),
    "shift_jis": ("shift_jis", "ヤマト運輸", "配達完了 東京都渋谷区道玄坂1丁目"),
    "euc_kr": ("euc_kr", "CJ대한통운", "배송완료 서울특별시 강남구 테헤란로 152"),
    "cp1250": ("cp1250", "Česká pošta", "Doručeno Příbram, Žižkova 12"),
    "cp1251": ("cp1251", "Почта России", "Вручено адресату, Москва, ул. Тверская 7"),
}


def legacy_rows(stem: str) -> str:
    """A small tracking export in the language of `stem`'s encoding (as text)."""
    _, carrier, event = LEGACY_TEXTS[stem]
    lines = ["Tracking Number,Carrier,Status,Last Event,Ship Date"]
    lines += [f"{stem.upper()}{i},{carrier},Delivered,\"{event}\",2026-10-0{i}" for i in range(1, 4)]
    return "\r\n".join(lines) + "\r\n"


def _legacy(stem: str):
    def make(folder: Path) -> Path:
        path = folder / f"{stem}.csv"
        path.write_bytes(legacy_rows(stem).encode(LEGACY_TEXTS[stem][0]))
        return path

    make.__name__ = f"legacy_{stem}"
    return make


big5_csv, shift_jis_csv, euc_kr_csv, cp1250_csv, cp1251_csv = (_legacy(stem) for stem in LEGACY_TEXTS)

UTF16_TEXT = ("Tracking Number,Carrier,Status,Last Event\r\n"
              "U16C1,顺丰速运,已签收,深圳市南山区科技园 已签收\r\n"
              "U16C2,中国邮政,运输途中,广州国际邮件互换局 已出口\r\n")


def utf16le_cjk_csv(folder: Path) -> Path:
    """Mostly Chinese UTF-16 (little-endian) without a byte-order mark: few NUL bytes."""
    path = folder / "utf16le.csv"
    path.write_bytes(UTF16_TEXT.encode("utf-16-le"))
    return path


def utf16be_cjk_csv(folder: Path) -> Path:
    """The same text big-endian, without a byte-order mark."""
    path = folder / "utf16be.csv"
    path.write_bytes(UTF16_TEXT.encode("utf-16-be"))
    return path


def utf8_bom_then_utf16(folder: Path) -> Path:
    """A UTF-8 byte-order mark in front of UTF-16 text, as a tool that adds a BOM to any file makes it."""
    path = folder / "bom_utf16.csv"
    text = "Tracking Number,Carrier,Status\r\nBOM16A,DHL Express,Delivered\r\nBOM16B,UPS,In Transit\r\n"
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-16-le"))
    return path


def float_tracking_xlsx(folder: Path) -> Path:
    """Tracking numbers Excel stored as numbers: short ones exact, long ones rounded to 15 digits."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Tracking Number", "Carrier", "Status"])
    sheet.append([123456789012, "FedEx", "Delivered"])            # 12 digits: exact
    sheet.append([9.40011189922320e21, "USPS", "In Transit"])      # 22 digits, rounded by Excel
    sheet.append([9.40011189922320e21, "USPS", "Delivered"])       # another parcel, rounded alike
    sheet.append(["9400111899223197428490", "USPS", "Delivered"])  # the same kind of number kept as text
    sheet.append([1234567890123456, "DHL", "Delivered"])           # 16 digits as a number
    path = folder / "float_tracking.xlsx"
    workbook.save(path)
    return path


def _hidden_first(folder: Path, state: str) -> Path:
    workbook = openpyxl.Workbook()
    hidden = workbook.active
    hidden.title = "Lookup"
    hidden.sheet_state = state
    hidden.append(["Tracking Number", "Carrier", "Status", "Ship Date", "Destination Country", "Weight (kg)"])
    hidden.append(["HIDDEN1", "UPS", "Lost", "2026-01-01", "US", 1.0])
    visible = workbook.create_sheet("Shipments")
    visible.append(["Tracking Number", "Carrier", "Status"])
    visible.append(["SHOWN1", "DHL Express", "Delivered"])
    workbook.active = 1
    path = folder / f"{state}_first.xlsx"
    workbook.save(path)
    return path


def hidden_first_sheet_xlsx(folder: Path) -> Path:
    """A first sheet that is hidden (and better recognised) before the visible, active one."""
    return _hidden_first(folder, "hidden")


def very_hidden_first_sheet_xlsx(folder: Path) -> Path:
    """The same with a very hidden first sheet (only a macro can show it)."""
    return _hidden_first(folder, "veryHidden")
