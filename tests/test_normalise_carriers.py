"""Canonical carriers and transport modes (DESIGN §5)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lossanalytics.normalise.carrier_modes import MODES, canonical_carrier, infer_mode

CARRIER_NAMES = [
    # canonical names and aliases
    ("UPS", "UPS"),
    ("ups", "UPS"),
    ("United Parcel Service", "UPS"),
    ("FedEx", "FedEx"),
    ("FEDEX", "FedEx"),
    ("Federal Express", "FedEx"),
    ("FDXE", "FedEx"),
    ("DHL", "DHL Express"),
    ("dhl", "DHL Express"),
    ("DHL Express", "DHL Express"),
    ("USPS", "USPS"),
    ("Amazon Logistics", "Amazon Logistics"),
    ("Royal Mail", "Royal Mail"),
    ("Deutsche Post", "Deutsche Post DHL"),
    ("DHL eCommerce", "Deutsche Post DHL"),
    ("DHL Paket", "Deutsche Post DHL"),
    ("La Poste", "La Poste/Colissimo"),
    ("Colissimo", "La Poste/Colissimo"),
    ("DPD", "DPD"),
    ("GLS", "GLS"),
    ("Canada Post", "Canada Post"),
    ("Australia Post", "Australia Post"),
    ("Japan Post", "Japan Post"),
    ("China Post", "China Post"),
    ("EMS", "EMS"),
    ("SF Express", "SF Express"),
    ("YunExpress", "YunExpress"),
    ("Yanwen", "Yanwen"),
    ("4PX", "4PX"),
    ("Cainiao", "Cainiao"),
    ("AliExpress Standard Shipping", "Cainiao"),
    ("J&T Express", "J&T Express"),
    ("J&T", "J&T Express"),
    ("Sunyou", "Sunyou"),
    ("Maersk", "Maersk"),
    # AfterShip courier slugs
    ("yunexpress", "YunExpress"),
    ("yanwen", "Yanwen"),
    ("4px", "4PX"),
    ("cainiao", "Cainiao"),
    ("china-post", "China Post"),
    ("china-ems", "EMS"),
    ("sf-express", "SF Express"),
    ("royal-mail", "Royal Mail"),
    ("dpd", "DPD"),
    ("gls", "GLS"),
    ("canada-post", "Canada Post"),
    ("australia-post", "Australia Post"),
    ("japan-post", "Japan Post"),
    ("la-poste-colissimo", "La Poste/Colissimo"),
    ("deutsch-post", "Deutsche Post DHL"),
    ("amazon", "Amazon Logistics"),
    ("jtexpress", "J&T Express"),
    ("sunyou", "Sunyou"),
    ("usps", "USPS"),
    ("fedex", "FedEx"),
    # Amazon carrier codes
    ("AMZN_US", "Amazon Logistics"),
    ("AMZN_UK", "Amazon Logistics"),
    ("AMZN_DE", "Amazon Logistics"),
    ("AMAZON", "Amazon Logistics"),
    ("ROYAL_MAIL", "Royal Mail"),
    # service suffixes
    ("UPS Ground", "UPS"),
    ("FedEx International Priority", "FedEx"),
    ("FedEx Home Delivery", "FedEx"),
    ("DHL Express Worldwide", "DHL Express"),
    ("USPS Priority Mail", "USPS"),
    # Chinese names
    ("云途", "YunExpress"),
    ("云途物流", "YunExpress"),
    ("燕文", "Yanwen"),
    ("E邮宝", "China Post"),
    ("e邮宝", "China Post"),
    ("中国邮政", "China Post"),
    ("邮政小包", "China Post"),
    ("ePacket", "China Post"),
    ("顺丰", "SF Express"),
    ("顺丰国际", "SF Express"),
    ("DHL快递", "DHL Express"),
    ("递四方", "4PX"),
    ("菜鸟", "Cainiao"),
    ("极兔", "J&T Express"),
    ("顺友", "Sunyou"),
    ("中国EMS", "EMS"),
    ("EMS国际快递", "EMS"),
    # unknown carriers keep their cleaned name
    ("Flexport", "Flexport"),
    ("  Acme   Freight  Co ", "Acme Freight Co"),
    ("Groupsupply", "Groupsupply"),
]


@pytest.mark.parametrize(("raw", "expected"), CARRIER_NAMES)
def test_canonical_carrier(raw, expected):
    assert canonical_carrier(raw) == expected


@pytest.mark.parametrize(
    ("service", "expected"),
    [
        ("云途全球专线挂号(标快)", "YunExpress"),
        ("燕文航空经济小包", "Yanwen"),
        ("E邮宝", "China Post"),
        ("顺丰国际", "SF Express"),
        ("DHL快递", "DHL Express"),
        ("4PX联邮通挂号", "4PX"),
        ("菜鸟无忧物流-标准", "Cainiao"),
        ("UPS Ground", "UPS"),
        ("中欧班列", "Rail freight"),
        ("LCL ocean", "Ocean freight"),
    ],
)
def test_carrier_only_in_service(service, expected):
    assert canonical_carrier(None, service) == expected
    assert canonical_carrier("", service) == expected
    assert canonical_carrier("其他", service) == expected
    assert canonical_carrier("Other", service) == expected


def test_carrier_column_wins_over_service():
    assert canonical_carrier("Flexport", "DHL快递") == "Flexport"
    assert canonical_carrier("UPS", "E邮宝") == "UPS"


@pytest.mark.parametrize(
    ("carrier", "service"),
    [(None, None), ("", ""), ("  ", None), (None, "普通服务"), ("N/A", None)],
)
def test_no_carrier(carrier, service):
    assert canonical_carrier(carrier, service) is None


MODE_CASES = [
    # (carrier, service, explicit_mode, expected)
    # explicit mode words, English and Chinese
    (None, None, "Air", "air"),
    (None, None, "Air Charter", "air"),
    (None, None, "Flight", "air"),
    (None, None, "空运", "air"),
    (None, None, "航空", "air"),
    (None, None, "Ocean", "sea"),
    (None, None, "Ship", "sea"),
    (None, None, "海运", "sea"),
    (None, None, "FCL", "sea"),
    (None, None, "LCL", "sea"),
    (None, None, "Truck", "road"),
    (None, None, "Road", "road"),
    (None, None, "陆运", "road"),
    (None, None, "卡车", "road"),
    (None, None, "LTL", "road"),
    (None, None, "FTL", "road"),
    (None, None, "rail", "rail"),
    (None, None, "铁路", "rail"),
    (None, None, "中欧班列", "rail"),
    (None, None, "express", "express"),
    (None, None, "快递", "express"),
    (None, None, "Post", "postal"),
    (None, None, "邮政", "postal"),
    ("UPS", "UPS Ground", "Ocean", "sea"),
    # an explicit value that names no mode falls through
    ("UPS", None, "N/A", "express"),
    (None, None, "N/A", "unknown"),
    # express couriers
    ("UPS", None, None, "express"),
    ("FedEx", "FedEx International Priority", None, "express"),
    ("DHL", "DHL Express Worldwide", None, "express"),
    (None, "DHL快递", None, "express"),
    (None, "顺丰国际", None, "express"),
    ("EMS", None, None, "express"),
    # dedicated lines are air, even with 挂号
    (None, "云途全球专线挂号(标快)", None, "air"),
    ("YunExpress", "专线挂号", None, "air"),
    ("Yanwen", "燕文专线追踪小包", None, "air"),
    ("Some forwarder", "US special line", None, "air"),
    ("YunExpress", None, None, "air"),
    # postal small parcels, even when they say 航空
    (None, "燕文航空经济小包", None, "postal"),
    (None, "航空小包", None, "postal"),
    (None, "E邮宝", None, "postal"),
    ("China Post", "ePacket", None, "postal"),
    ("Royal Mail", "Tracked 48", None, "postal"),
    ("USPS", "Priority Mail", None, "postal"),
    ("USPS", "Ground Advantage", None, "postal"),
    ("Some forwarder", "Registered Mail", None, "postal"),
    ("Deutsche Post DHL", None, None, "postal"),
    ("Yanwen", None, None, "postal"),
    ("Sunyou", None, None, "postal"),
    ("Cainiao", None, None, "postal"),
    ("La Poste/Colissimo", None, None, "postal"),
    # sea and rail
    ("DHL", "DHL Global Forwarding Ocean", None, "sea"),
    ("Forwarder", "LCL sea freight", None, "sea"),
    ("Forwarder", "美森海运", None, "sea"),
    ("Forwarder", "中欧班列", None, "rail"),
    ("Forwarder", "Rail freight", None, "rail"),
    # road
    ("UPS", "UPS Ground", None, "road"),
    ("UPS Ground", None, None, "road"),
    ("FedEx", "FedEx Ground", None, "road"),
    ("FedEx", "FedEx Home Delivery", None, "road"),
    ("DPD", None, None, "road"),
    ("GLS", None, None, "road"),
    ("Amazon Logistics", None, None, "road"),
    ("AMZN_US", None, None, "road"),
    ("Forwarder", "LTL trucking", None, "road"),
    # nothing known
    (None, None, None, "unknown"),
    ("Flexport", None, None, "unknown"),
    ("Flexport", "Standard", None, "unknown"),
]


@pytest.mark.parametrize(("carrier", "service", "explicit", "expected"), MODE_CASES)
def test_infer_mode(carrier, service, explicit, expected):
    assert infer_mode(carrier, service, explicit) == expected


def test_modes_constant():
    assert MODES == ("express", "air", "postal", "sea", "rail", "road", "unknown")


def test_every_inferred_mode_is_a_mode():
    for carrier, service, explicit, _ in MODE_CASES:
        assert infer_mode(carrier, service, explicit) in MODES


@given(st.one_of(st.none(), st.text()), st.one_of(st.none(), st.text()), st.one_of(st.none(), st.text()))
def test_any_text_gives_a_mode_and_a_carrier_or_none(carrier, service, explicit):
    assert infer_mode(carrier, service, explicit) in MODES
    name = canonical_carrier(carrier, service)
    assert name is None or (name and name == " ".join(name.split()))


def test_named_rail_operator_keeps_its_name() -> None:
    carrier = canonical_carrier("China Railway Express", "中欧班列 Rail")
    assert (carrier, infer_mode(carrier, "中欧班列 Rail")) == ("China Railway Express", "rail")
