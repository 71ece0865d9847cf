"""Claim packs: ZIP contents, letters in both languages, safe CSV, selections."""

from __future__ import annotations

import csv
import io
import stat
import zipfile
from datetime import date
from typing import Any

import pandas as pd
import pytest

from lossanalytics.claims.estimate import estimate_claims
from lossanalytics.claims.pack import PACK_FILES, claim_pack, claim_packs_zip
from lossanalytics.claims.rules import default_rules
from lossanalytics.export import neutralise

TODAY = date(2024, 12, 1)


def estimated(**overrides: Any) -> pd.DataFrame:
    row: dict[str, Any] = {
        "tracking_number": "1Z999AA10123456784",
        "carrier": "UPS",
        "service": "UPS Worldwide Expedited",
        "mode": "express",
        "order_id": "113-1234567-7654321",
        "marketplace": "Amazon.com",
        "origin_country": "CN",
        "dest_country": "US",
        "ship_date": pd.Timestamp("2024-11-01"),
        "estimated_delivery_date": pd.Timestamp("2024-11-15"),
        "delivered_date": pd.NaT,
        "last_event_time": pd.Timestamp("2024-11-05 10:00"),
        "last_event_text": "Departed from facility",
        "status": "in_transit",
        "declared_value": 250.0,
        "currency": "USD",
        "weight_kg": 2.4,
        "insured_value": None,
        "outcome": "suspected_lost",
    }
    row.update(overrides)
    return estimate_claims(pd.DataFrame([row]), TODAY, default_rules(), "en")


def events(tracking_number: str = "1Z999AA10123456784") -> pd.DataFrame:
    return pd.DataFrame(
        {
            "tracking_number": [tracking_number] * 3,
            "event_time": pd.to_datetime(["2024-11-05 10:00", "2024-11-01 09:00", "2024-11-02 18:30"]),
            "status": ["in_transit", "info_received", "in_transit"],
            "status_raw": ["Departed", "Label created", "-Arrived"],
            "location": ["Shenzhen", "Shenzhen", "@HKG"],
            "description": ["=HYPERLINK(\"http://x\")", "已揽收", "+1 scan"],
        }
    )


def files_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_pack_holds_the_five_files_and_letters_name_the_parcel() -> None:
    row = estimated().iloc[0].to_dict()
    files = files_of(claim_pack(row, events(), row, "en", today=TODAY))
    assert sorted(files) == sorted(PACK_FILES)
    english = files["letter_en.txt"].decode("utf-8")
    chinese = files["letter_zh.txt"].decode("utf-8")
    for letter in (english, chinese):
        assert "1Z999AA10123456784" in letter
        assert "113-1234567-7654321" in letter
        assert "2024-12-01" in letter
    assert english.startswith("[Your name]\n")
    assert "To: UPS (the carrier)" in english
    assert "I claim 100\u00a0USD." in english
    assert "- Tracking records (the full history of scans)" in english
    assert "[您的姓名]" in chinese and "我方索赔金额为 100\u00a0USD。" in chinese and "致：承运人 UPS" in chinese


def test_a_chinese_letter_names_the_carrier_as_a_chinese_seller_knows_it() -> None:
    row = estimated(carrier="SF Express", service="SF International").iloc[0].to_dict()
    files = files_of(claim_pack(row, events(), row, "zh", today=TODAY))
    chinese, english = files["letter_zh.txt"].decode("utf-8"), files["letter_en.txt"].decode("utf-8")
    assert "致：承运人 顺丰速运" in chinese and "顺丰速运" in chinese.split("致：", 1)[1].split("\n", 1)[1]
    assert "SF Express" not in chinese
    assert "To: SF Express (the carrier)" in english


def test_the_letter_of_an_amazon_logistics_parcel_sold_on_ebay_goes_to_amazon() -> None:
    row = estimated(carrier="Amazon Logistics", mode="road", marketplace="eBay", origin_country="US",
                    service="Amazon Shipping").iloc[0].to_dict()
    files = files_of(claim_pack(row, events(), row, "en", today=TODAY))
    english, chinese = files["letter_en.txt"].decode("utf-8"), files["letter_zh.txt"].decode("utf-8")
    assert "To: Amazon Logistics (the marketplace's seller support)" in english
    assert "eBay" not in english.split("To: ", 1)[1].split("\n", 1)[0]
    assert "eBay" not in chinese.split("致：", 1)[1].split("\n", 1)[0]


def test_missing_facts_become_placeholders() -> None:
    row = estimated(order_id=None, service=None, weight_kg=None, declared_value=None, carrier="Local", mode="road",
                    origin_country="US").iloc[0].to_dict()
    files = files_of(claim_pack(row, events(), row, "zh", today=TODAY))
    english = files["letter_en.txt"].decode("utf-8")
    assert "(order [Order ID])" in english and "Local ([Service])" in english
    assert "[Declared value]" in english and "[Weight (kg)]" in english
    assert "I claim the full value of the goods, [amount and currency]." in english
    assert "[订单号]" in files["letter_zh.txt"].decode("utf-8")


def test_facts_sheet_in_the_chosen_language() -> None:
    row = estimated().iloc[0].to_dict()
    facts = files_of(claim_pack(row, events(), row, "zh", today=TODAY))["facts.txt"].decode("utf-8")
    assert "运单号：1Z999AA10123456784" in facts
    assert "线路：中国 → 美国" in facts
    assert "运输方式：快递" in facts
    assert "索赔截止日期：2025-01-14（剩余 44 天）" in facts
    assert "估算赔偿：100\u00a0USD" in facts


def test_passed_deadline_reads_as_passed() -> None:
    row = estimated(carrier="DHL Express", ship_date=pd.Timestamp("2024-10-01")).iloc[0].to_dict()
    facts = files_of(claim_pack(row, events(), row, "en", today=TODAY))["facts.txt"].decode("utf-8")
    assert "Claim deadline: 2024-10-31 (passed 31 days ago)" in facts


def test_timeline_is_bom_csv_oldest_first_and_formula_safe() -> None:
    row = estimated().iloc[0].to_dict()
    csv_bytes = files_of(claim_pack(row, events(), row, "en", today=TODAY))["timeline.csv"]
    assert csv_bytes.startswith(b"\xef\xbb\xbf")
    lines = csv_bytes.decode("utf-8-sig").splitlines()
    assert lines[0] == '"Time","Status","Status as exported","Location","Description"'
    assert lines[1] == '"2024-11-01 09:00","info_received","Label created","Shenzhen","已揽收"'
    assert lines[2] == '"2024-11-02 18:30","in_transit","\'-Arrived","\'@HKG","\'+1 scan"'
    assert lines[3] == '"2024-11-05 10:00","in_transit","Departed","Shenzhen","\'=HYPERLINK(""http://x"")"'


def test_timeline_neutralises_every_line_of_a_cell() -> None:
    row = estimated().iloc[0].to_dict()
    hostile = events().assign(status_raw=["x\r=1", "ok", "ok"], location=["Hub\n@SUM(1)", "ok", "ok"],
                              description=["a\r\n+1", "ok", "ok"])
    text = files_of(claim_pack(row, hostile, row, "en", today=TODAY))["timeline.csv"].decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) == 4 and rows[3][2:] == ["x\r'=1", "Hub\n'@SUM(1)", "a\r\n'+1"]


def test_pack_files_unpack_as_ordinary_files() -> None:
    row = estimated().iloc[0].to_dict()
    with zipfile.ZipFile(io.BytesIO(claim_pack(row, events(), row, "en", today=TODAY))) as archive:
        modes = {info.external_attr >> 16 for info in archive.infolist()}
    assert modes == {stat.S_IFREG | 0o644}


def test_timeline_without_scans_holds_the_last_event_of_the_export() -> None:
    row = estimated().iloc[0].to_dict()
    csv_bytes = files_of(claim_pack(row, events().iloc[0:0], row, "zh", today=TODAY))["timeline.csv"]
    assert csv_bytes.decode("utf-8-sig").splitlines() == [
        '"时间","状态","原始状态","地点","描述"', '"2024-11-05 10:00","in_transit","","","Departed from facility"']


def test_timeline_of_a_parcel_without_any_event_has_only_the_header() -> None:
    row = {**estimated().iloc[0].to_dict(), "last_event_time": None}
    csv_bytes = files_of(claim_pack(row, events().iloc[0:0], row, "zh", today=TODAY))["timeline.csv"]
    assert csv_bytes.decode("utf-8-sig").splitlines() == ['"时间","状态","原始状态","地点","描述"']


def test_checklist_lists_documents_and_steps() -> None:
    row = estimated(outcome="damaged", delivered_date=pd.Timestamp("2024-11-20"), insured_value=300.0).iloc[0].to_dict()
    checklist = files_of(claim_pack(row, events(), row, "en", today=TODAY))["checklist.txt"].decode("utf-8")
    assert "[ ] Photos of the packaging and the goods showing the damage" in checklist
    assert "[ ] Insurance policy or certificate covering the shipment" in checklist
    assert "1. Check the tracking: " in checklist and "6. Get paid or appeal: " in checklist


def test_same_input_same_bytes() -> None:
    row = estimated().iloc[0].to_dict()
    assert claim_pack(row, events(), row, "en", today=TODAY) == claim_pack(row, events(), row, "en", today=TODAY)


def test_selection_gets_one_safe_folder_per_tracking_number() -> None:
    selection = pd.concat(
        [estimated(), estimated(tracking_number="../../etc/passwd"), estimated(tracking_number="../../etc/passwd")],
        ignore_index=True,
    )
    all_events = pd.concat([events(), events("../../etc/passwd")], ignore_index=True)
    files = files_of(claim_packs_zip(selection, all_events, "en", today=TODAY))
    folders = sorted({name.split("/")[0] for name in files})
    assert folders == ["1Z999AA10123456784", "______etc_passwd", "______etc_passwd_2"]
    assert all(name.count("/") == 1 and ".." not in name for name in files)
    assert len(files) == 3 * len(PACK_FILES)
    own = files["1Z999AA10123456784/timeline.csv"].decode("utf-8-sig").splitlines()
    assert len(own) == 4  # header plus this parcel's three events only
    assert "1Z999AA10123456784" in files["1Z999AA10123456784/letter_zh.txt"].decode("utf-8")


@pytest.mark.parametrize(
    ("cell", "safe"),
    [("=1+1", "'=1+1"), ("+86 10", "'+86 10"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
     ("\rx", "'\rx"), ("Shenzhen", "Shenzhen"), ("", ""), ("a=b", "a=b")],
)
def test_neutralise(cell: str, safe: str) -> None:
    assert neutralise(cell) == safe
