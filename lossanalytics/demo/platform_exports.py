"""The demo's parcels written as tracking platforms export them, for leave-one-out tests.

`platform_export` lays a DemoData's tracking table out as AfterShip, 17TRACK, parcelLab,
Shippo or a Chinese ERP writes it: the platform's own column names, carrier codes,
country forms and status vocabulary. A perturbation then makes the file one the
importer has not seen: columns renamed to the synonyms real exports use, extra columns,
a missing optional column, or status words from another source. The ground truth comes
from the demo's own scans (which scan a parcel last had), never from the importer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from lossanalytics.demo import catalogue as cat
from lossanalytics.demo.csvfile import write_csv
from lossanalytics.demo.generator import DemoData

PLATFORMS = ("aftership", "17track", "parcellab", "shippo", "chinese_erp")
PERTURBATIONS = ("as_exported", "renamed", "extra_columns", "missing_column", "foreign_wording")
# The outcomes an export states once a parcel's journey has ended.
FINAL_OUTCOMES = ("delivered", "returned", "damaged", "lost")

# Where a parcel stands after its last scan: the demo's status key of that scan.
_STAGES = tuple(cat.STATUSES)

# Each platform's words per stage: (status, sub-status, the platform's message).
# AfterShip: "Delivery statuses" and "Delivery sub-statuses" (aftership.com/docs/tracking/
# enum/delivery-sub-statuses, 2026-07); returns, damage and losses are tagged Exception.
AFTERSHIP = {
    "info": ("InfoReceived", "InfoReceived_001", "Info received"),
    "transit": ("InTransit", "InTransit_001", "In transit"),
    "ofd": ("OutForDelivery", "OutForDelivery_001", "Out for delivery"),
    "exception": ("AttemptFail", "AttemptFail_001", "Failed attempt"),
    "delivered": ("Delivered", "Delivered_001", "Delivered"),
    "returned": ("Exception", "Exception_011", "Returned to sender"),
    "damaged": ("Exception", "Exception_012", "Shipment damage"),
    "lost": ("Exception", "Exception_013", "Shipment lost"),
}
# 17TRACK API v2, "Main status and sub-status" (api.17track.net/en/doc).
SEVENTEEN_TRACK = {
    "info": ("InfoReceived", "InfoReceived", ""),
    "transit": ("InTransit", "InTransit_Other", ""),
    "ofd": ("OutForDelivery", "OutForDelivery_Other", ""),
    "exception": ("DeliveryFailure", "DeliveryFailure_Other", ""),
    "delivered": ("Delivered", "Delivered_Other", ""),
    "returned": ("Exception", "Exception_Returned", ""),
    "damaged": ("Exception", "Exception_Damage", ""),
    "lost": ("Exception", "Exception_Lost", ""),
}
# Shippo tracking status and substatus enums (docs.goshippo.com, Tracking "Event
# definitions"): damage is a TRANSIT substatus, a loss a FAILURE.
SHIPPO = {
    "info": ("PRE_TRANSIT", "information_received", ""),
    "transit": ("TRANSIT", "package_departed", ""),
    "ofd": ("TRANSIT", "out_for_delivery", ""),
    "exception": ("TRANSIT", "delivery_attempted", ""),
    "delivered": ("DELIVERED", "delivered", ""),
    "returned": ("RETURNED", "return_to_sender", ""),
    "damaged": ("TRANSIT", "package_damaged", ""),
    "lost": ("FAILURE", "package_lost", ""),
}
# parcelLab's delivery status codes as its exports write them; it has no code of its
# own for damage or a loss, which come as an exception with the carrier's words.
PARCELLAB = {
    "info": ("OrderProcessed", "", ""),
    "transit": ("InTransit", "", ""),
    "ofd": ("OutForDelivery", "", ""),
    "exception": ("Failure", "", ""),
    "delivered": ("Delivered", "", ""),
    "returned": ("ReturnToSender", "", ""),
    "damaged": ("Exception", "", ""),
    "lost": ("Exception", "", ""),
}
# Chinese ERPs (店小秘, 马帮, 通途) show the words of Chinese tracking pages.
CHINESE = {
    "info": ("待揽收", "", ""),
    "transit": ("运输途中", "", ""),
    "ofd": ("派送中", "", ""),
    "exception": ("投递失败", "", ""),
    "delivered": ("已签收", "", ""),
    "returned": ("退件", "", ""),
    "damaged": ("破损", "", ""),
    "lost": ("丢失", "", ""),
}
WORDS = {"aftership": AFTERSHIP, "17track": SEVENTEEN_TRACK, "shippo": SHIPPO, "parcellab": PARCELLAB,
         "chinese_erp": CHINESE}
# Status wording from another source: whose words each layout carries instead of its own.
# TAGS_ONLY: a generic status word, the outcome only in the carrier's event text.
TAGS_ONLY = "tags_only"
FOREIGN_WORDS = {"aftership": "17track", "17track": "chinese_erp", "shippo": "17track", "parcellab": TAGS_ONLY,
                 "chinese_erp": TAGS_ONLY}

# Each layout: what a column holds → its header. What a column can hold: the canonical
# field it carries (importing/fields.py), as the platform writes it.
LAYOUTS: dict[str, dict[str, str]] = {
    "aftership": {"tracking_number": "tracking_number", "carrier": "slug", "order_id": "order_id",
                  "origin_country": "origin_country_iso3", "dest_country": "destination_country_iso3",
                  "ship_date": "shipment_pickup_date", "status": "tag", "substatus": "subtag",
                  "last_event_text": "subtag_message", "last_event_time": "last_updated_at",
                  "delivered_date": "shipment_delivery_date", "estimated_delivery_date": "expected_delivery"},
    "17track": {"tracking_number": "Number", "carrier": "Carrier", "status": "Main Status",
                "substatus": "Sub Status", "last_event_text": "Latest Event", "last_event_time": "Latest Event Time",
                "origin_country": "Origin", "dest_country": "Destination", "order_id": "Order No"},
    "shippo": {"tracking_number": "tracking_number", "carrier": "carrier", "origin_country": "address_from.country",
               "dest_country": "address_to.country", "estimated_delivery_date": "eta",
               "status": "tracking_status.status", "substatus": "tracking_status.substatus.code",
               "last_event_text": "tracking_status.status_details", "last_event_time": "tracking_status.status_date"},
    "parcellab": {"tracking_number": "tracking_number", "carrier": "courier", "order_id": "orderNo",
                  "dest_country": "destination_country_iso3", "status": "last_delivery_status_code",
                  "last_event_text": "last_checkpoint", "last_event_time": "last_checkpoint_time",
                  "estimated_delivery_date": "announced_delivery_date"},
    "chinese_erp": {"order_id": "平台订单号", "tracking_number": "运单号", "carrier": "物流商", "dest_country": "收件国家",
                    "ship_date": "发货日期", "status": "物流状态", "last_event_text": "最新轨迹",
                    "last_event_time": "最后更新时间", "delivered_date": "签收时间"},
}
# Renamed columns: the names other exports of the same data use.
RENAMES = {
    "aftership": {"tag": "Shipment Status", "subtag": "Sub-status", "slug": "Carrier",
                  "subtag_message": "Latest event", "shipment_pickup_date": "Dispatch Date",
                  "destination_country_iso3": "Destination Country"},
    "17track": {"Main Status": "Shipment Status", "Sub Status": "Sub-status", "Number": "Tracking Number",
                "Latest Event": "Last Event", "Carrier": "Courier"},
    "shippo": {"tracking_number": "Tracking Number", "carrier": "Carrier", "tracking_status.status": "Tracking Status",
               "tracking_status.status_details": "Status Details", "tracking_status.status_date": "Status Date"},
    "parcellab": {"last_delivery_status_code": "Status Code", "last_checkpoint": "Last Checkpoint",
                  "courier": "Courier Code", "tracking_number": "Tracking Number"},
    "chinese_erp": {"运单号": "跟踪号", "物流状态": "包裹状态", "最新轨迹": "最新物流信息", "物流商": "物流公司",
                    "发货日期": "发货时间"},
}
# Extra columns the importer must leave alone.
EXTRAS = {
    "aftership": {"title": "Order {n}", "customer_name": "Customer {n}", "note": "gift wrap",
                  "custom_fields.sku": "SKU-{n}"},
    "17track": {"Tag": "VIP", "Remark": "checked {n}", "Days After Last Update": "3"},
    "shippo": {"metadata": "Order {n}", "object_id": "obj{n}", "test": "false"},
    "parcellab": {"client": "demo-shop", "customerNo": "C{n}", "xid": "x{n}"},
    "chinese_erp": {"买家姓名": "买家{n}", "SKU": "SKU-{n}", "备注": "已核对"},
}
# The optional column each layout loses.
MISSING = {"aftership": "subtag", "17track": "Sub Status", "shippo": "tracking_status.substatus.code",
           "parcellab": "destination_country_iso3", "chinese_erp": "最新轨迹"}

# Carrier codes: AfterShip slugs, Shippo tokens, parcelLab courier codes, Chinese names.
_CARRIER_CODES = {
    "aftership": {"UPS": "ups", "FedEx": "fedex", "DHL": "dhl", "SF Express": "sf-express", "USPS": "usps",
                  "YunExpress": "yunexpress", "4PX": "4px", "China Post": "china-post", "Yanwen": "yanwen",
                  "Cainiao": "cainiao", "Royal Mail": "royal-mail", "DPD": "dpd", "GLS": "gls",
                  "Amazon Logistics": "amazon"},
    "shippo": {"UPS": "ups", "FedEx": "fedex", "DHL": "dhl_express", "USPS": "usps", "DPD": "dpd_uk",
               "GLS": "gls_de", "Royal Mail": "royal_mail"},
    "parcellab": {"DHL": "dhl-express", "DPD": "dpd-de", "GLS": "gls-de", "UPS": "ups-de", "Royal Mail": "royal-mail"},
    "chinese_erp": {"China Post": "中国邮政", "YunExpress": "云途", "Yanwen": "燕文", "4PX": "递四方",
                    "SF Express": "顺丰", "Cainiao": "菜鸟", "COSCO": "中远海运"},
}
_ISO3 = {"AU": "AUS", "BR": "BRA", "CA": "CAN", "CN": "CHN", "DE": "DEU", "ES": "ESP", "FR": "FRA", "GB": "GBR",
         "IT": "ITA", "JP": "JPN", "MX": "MEX", "NL": "NLD", "PL": "POL", "US": "USA"}
_NAMES = {"AU": "Australia", "BR": "Brazil", "CA": "Canada", "CN": "China", "DE": "Germany", "ES": "Spain",
          "FR": "France", "GB": "United Kingdom", "IT": "Italy", "JP": "Japan", "MX": "Mexico",
          "NL": "Netherlands", "PL": "Poland", "US": "United States"}
_CHINESE_NAMES = {"AU": "澳大利亚", "BR": "巴西", "CA": "加拿大", "CN": "中国", "DE": "德国", "ES": "西班牙",
                  "FR": "法国", "GB": "英国", "IT": "意大利", "JP": "日本", "MX": "墨西哥", "NL": "荷兰",
                  "PL": "波兰", "US": "美国"}
_COUNTRIES = {"aftership": _ISO3, "parcellab": _ISO3, "17track": _NAMES, "chinese_erp": _CHINESE_NAMES}


@dataclass(frozen=True)
class PlatformExport:
    """One export as a platform writes it, and what it says about every parcel.

    `truth` has one row per parcel: `tracking_number`, `true_outcome` (the demo's) and
    `stated_outcome`, the final outcome the parcel's last scan states (FINAL_OUTCOMES),
    or empty while its journey has not visibly ended (an undeclared loss included).
    """

    platform: str
    perturbation: str
    frame: pd.DataFrame
    truth: pd.DataFrame
    columns: dict[str, str]  # canonical field → the header of the column that holds it


def _stages(tracking: pd.DataFrame) -> pd.Series:
    """Each parcel's stage, read from its last scan's description (English or Chinese)."""
    stage_of = {text: scan.status for scan in cat.SCANS for text in (scan.en, scan.zh)}
    return tracking["Last Event"].astype(str).map(stage_of)


def _words(stages: pd.Series, source: str, part: int) -> pd.Series:
    """Each parcel's status (part 0), sub-status (1) or message (2) in `source`'s words;
    TAGS_ONLY gives AfterShip's tags alone, which say "Exception" for any ended journey
    that was not a delivery."""
    if source == TAGS_ONLY:
        source, part = "aftership", part if part == 0 else -1
    if part < 0:
        return pd.Series("", index=stages.index)
    return stages.map({stage: WORDS[source][stage][part] for stage in _STAGES})


def _times(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values).dt.strftime("%Y-%m-%d %H:%M:%S").fillna("")


def platform_export(data: DemoData, platform: str, perturbation: str = "as_exported") -> PlatformExport:
    """`data`'s tracking table in `platform`'s layout (PLATFORMS), perturbed (PERTURBATIONS)."""
    if platform not in PLATFORMS or perturbation not in PERTURBATIONS:
        raise ValueError(f"unknown platform or perturbation: {platform}, {perturbation}")
    tracking = data.tracking.reset_index(drop=True)
    stages = _stages(tracking)
    source = FOREIGN_WORDS[platform] if perturbation == "foreign_wording" else platform
    carriers = tracking["Carrier"].astype(str)
    countries = _COUNTRIES.get(platform, {})
    orders = data.orders.set_index("Tracking Number")["Order ID"]
    own_words = source == platform == "aftership"
    parts = {
        "tracking_number": tracking["Tracking Number"].astype(str),
        "carrier": carriers.map(lambda name: _CARRIER_CODES.get(platform, {}).get(name, name)),
        "order_id": tracking["Tracking Number"].map(orders).astype(str),
        "origin_country": tracking["Origin Country"].astype(str).map(lambda c: countries.get(c, c)),
        "dest_country": tracking["Destination Country"].astype(str).map(lambda c: countries.get(c, c)),
        "ship_date": _times(tracking["Ship Date"]),
        "status": _words(stages, source, 0),
        "substatus": _words(stages, source, 1),
        # AfterShip writes its sub-status message; everyone else the carrier's own words.
        "last_event_text": _words(stages, "aftership", 2) if own_words else tracking["Last Event"].astype(str),
        "last_event_time": _times(tracking["Last Event Time"]),
        "delivered_date": _times(tracking["Delivered Date"]),
        "estimated_delivery_date": _times(tracking["Estimated Delivery Date"]),
    }
    columns = dict(LAYOUTS[platform])
    if perturbation == "renamed":
        columns = {name: RENAMES[platform].get(header, header) for name, header in columns.items()}
    elif perturbation == "missing_column":
        columns = {name: header for name, header in columns.items() if header != MISSING[platform]}
    frame = pd.DataFrame({header: parts[name] for name, header in columns.items()})
    if perturbation == "extra_columns":
        numbers = pd.Series(range(1, len(frame) + 1)).astype(str)
        for position, (column, template) in enumerate(EXTRAS[platform].items()):
            frame.insert(min(1 + 2 * position, len(frame.columns)), column,
                         numbers.map(lambda n, t=template: t.format(n=n)))
    stated = stages.where(stages.isin(FINAL_OUTCOMES), "")
    truth = pd.DataFrame({"tracking_number": parts["tracking_number"],
                          "true_outcome": data.truth["true_outcome"].astype(str).to_numpy(),
                          "stated_outcome": stated})
    return PlatformExport(platform, perturbation, frame, truth, columns)


def write_platform_export(export: PlatformExport, folder: Path) -> Path:
    """Write the export as `<platform>_<perturbation>.csv` and its ground truth beside it
    (`…_truth.csv`, never imported); returns the export's path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{export.platform}_{export.perturbation}.csv"
    write_csv(export.frame, path)
    write_csv(export.truth, folder / f"{export.platform}_{export.perturbation}_truth.csv")
    return path
