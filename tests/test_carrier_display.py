"""Issue 12, item 9: carriers under the names a Chinese seller knows them by, in the Chinese interface only."""

from __future__ import annotations

import math

from lossanalytics.i18n import carrier_name
from lossanalytics.normalise.carrier_modes import KNOWN_CARRIERS


def test_chinese_names_in_the_chinese_interface() -> None:
    assert carrier_name("SF Express", "zh") == "顺丰速运"
    assert carrier_name("4PX", "zh") == "递四方"
    assert carrier_name("YunExpress", "zh") == "云途物流"
    assert carrier_name("China Post", "zh") == "中国邮政"
    assert carrier_name("Cainiao", "zh") == "菜鸟"


def test_english_and_unknown_carriers_keep_their_names() -> None:
    assert carrier_name("SF Express", "en") == "SF Express"
    assert carrier_name("Acme Freight", "zh") == "Acme Freight"
    assert carrier_name(None, "zh") == "承运商未知"
    assert carrier_name(math.nan, "en") == "carrier unknown"


def test_every_catalogue_carrier_has_a_chinese_name() -> None:
    assert [name for name in sorted(KNOWN_CARRIERS) if carrier_name(name, "zh") == name
            and name not in {"DPD", "GLS", "UPS"}] == []
