"""Canonical carrier names and transport modes (DESIGN §5) from carrier names, slugs,
marketplace carrier codes and service names in English and Chinese."""

from __future__ import annotations

import re
from functools import lru_cache

from lossanalytics.normalise._rules import KeywordRules, fold

MODES = ("express", "air", "postal", "sea", "rail", "road", "unknown")

OCEAN_FREIGHT = "Ocean freight"
RAIL_FREIGHT = "Rail freight"

# Exact names, slugs and codes, keyed by their compact form (case-folded, letters,
# digits and CJK only): "AMZN_US" -> "amznus", "la-poste-colissimo" -> "lapostecolissimo".
_ALIASES: dict[str, str] = {
    "ups": "UPS", "unitedparcelservice": "UPS",
    "fedex": "FedEx", "fdx": "FedEx", "fdxe": "FedEx", "fdxg": "FedEx", "fxsp": "FedEx",
    "federalexpress": "FedEx",
    "dhl": "DHL Express", "dhlexpress": "DHL Express", "dhlparcelexpress": "DHL Express",
    "usps": "USPS", "unitedstatespostalservice": "USPS",
    "amazon": "Amazon Logistics", "amzn": "Amazon Logistics", "amznus": "Amazon Logistics",
    "amznuk": "Amazon Logistics", "amazonlogistics": "Amazon Logistics",
    "amazonshipping": "Amazon Logistics",
    "royalmail": "Royal Mail",
    "deutschepost": "Deutsche Post DHL", "deutschpost": "Deutsche Post DHL",
    "dhlecommerce": "Deutsche Post DHL", "dhlglobalmail": "Deutsche Post DHL",
    "deutschepostdhl": "Deutsche Post DHL",
    "laposte": "La Poste/Colissimo", "colissimo": "La Poste/Colissimo",
    "lapostecolissimo": "La Poste/Colissimo",
    "dpd": "DPD", "gls": "GLS",
    "canadapost": "Canada Post", "australiapost": "Australia Post", "auspost": "Australia Post",
    "japanpost": "Japan Post",
    "chinapost": "China Post", "epacket": "China Post",
    "ems": "EMS", "chinaems": "EMS",
    "sf": "SF Express", "sfexpress": "SF Express", "sfinternational": "SF Express",
    "yunexpress": "YunExpress", "yanwen": "Yanwen", "4px": "4PX", "cainiao": "Cainiao",
    "jt": "J&T Express", "jtexpress": "J&T Express", "sunyou": "Sunyou",
}

# Substring rules for names that carry more text ("UPS Ground", "云途全球专线挂号(标快)"),
# most specific first: DHL's postal arm before plain DHL, EMS before China Post. Latin
# phrases are regular expressions matched as whole words in lower-case text.
_NAME_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Deutsche Post DHL", (
        r"dhl ?e ?commerce", r"deutsche? post", "dhl global mail", r"dhl (?:paket|parcel|packet)",
        "德国邮政", "dhl小包",
    )),
    ("DHL Express", ("dhl", "敦豪")),
    ("USPS", ("usps", "united states postal", "us postal service", "美国邮政")),
    ("UPS", ("ups", "united parcel service")),
    ("FedEx", (r"fed ?ex", "federal express", "联邦快递", "联邦")),
    ("Amazon Logistics", ("amazon", "amzn", "亚马逊")),
    ("Royal Mail", (r"royal ?mail", "parcelforce", "皇家邮政", "英国邮政")),
    ("La Poste/Colissimo", ("colissimo", "la poste", "法国邮政")),
    ("Canada Post", ("canada post", "postes canada", "加拿大邮政")),
    ("Australia Post", ("australia post", r"aus ?post", "澳洲邮政", "澳大利亚邮政")),
    ("Japan Post", ("japan post", "日本邮政", "日本郵便")),
    ("SF Express", (r"sf ?express", "sf", "顺丰")),
    ("YunExpress", (r"yun ?express", "云途")),
    ("Yanwen", ("yanwen", "燕文")),
    ("4PX", ("4px", "递四方")),
    ("Cainiao", ("cainiao", "aliexpress", "菜鸟")),
    ("J&T Express", (r"j ?& ?t", r"jt ?express", "j and t", "极兔")),
    ("Sunyou", ("sunyou", "顺友")),
    ("EMS", ("ems", "e特快", "邮政速递")),
    ("China Post", (
        r"china ?post", "epacket", "e邮宝", "e包裹", "中国邮政", "邮政小包", "中邮",
    )),
    ("DPD", ("dpd",)),
    ("GLS", ("gls",)),
    ("Maersk", ("maersk", "马士基")),
    ("MSC", ("msc", "mediterranean shipping", "地中海航运")),
    ("CMA CGM", (r"cma ?cgm", "达飞")),
    ("COSCO Shipping", ("cosco", "中远")),
    ("Hapag-Lloyd", (r"hapag(?: ?lloyd)?", "赫伯罗特")),
    ("Evergreen", ("evergreen line", "evergreen marine", "长荣")),
    ("ONE", ("ocean network express",)),
    ("China Railway Express", (r"china rail(?:way)? express", r"cr ?express", "中铁快运")),
    (OCEAN_FREIGHT, (r"ocean(?: freight)?", r"sea ?freight", "fcl", "lcl", "海运", "海派")),
    (RAIL_FREIGHT, (r"rail(?: ?freight| ?way)?", "中欧班列", "班列", "铁路", "铁运")),
)

# Values that say nothing about the carrier, compared without case, spaces or punctuation ("N/A",
# "n.a.", "-" and "?" alike): treated as absent so the service is read. Exports write them where no
# carrier was recorded ("unknow" is the truck trips data set's own spelling, docs/real-data.md).
_PLACEHOLDERS = frozenset({
    "", "other", "others", "na", "none", "null", "nil", "unknown", "unknow", "unknowncarrier", "notknown",
    "notavailable", "notapplicable", "其他", "其它", "未知", "无", "未知承运商",
})
#: The carrier of a parcel whose exports name none (schema.sql's parcel_carrier writes it): shown as
#: "carrier unknown" (i18n.carrier_name), never as a carrier of that name. No export's value becomes
#: it otherwise, as "unknown" is a placeholder.
NO_CARRIER = "Unknown"

# Mode words in service or carrier text, most specific first: the transport medium
# (sea, rail, road) beats everything; a dedicated line (专线) is air even when it says
# 挂号; a small packet is postal even when it says 航空; express beats a bare "air".
_MODE_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("sea", (
        "ocean", "sea", r"sea ?freight", "fcl", "lcl", "vessel",
        "海运", "海派", "海卡", "整柜", "拼箱", "船运",
    )),
    ("rail", (r"rail\w*", "train", "铁路", "中欧班列", "班列", "铁派", "铁运")),
    ("postal", ("ground advantage", "parcel select", "first class", "priority mail")),
    ("road", (
        r"truck\w*", "road", "ltl", "ftl", "ground", "lorry", "home delivery",
        "卡航", "卡派", "陆运", "卡车", "汽运",
    )),
    ("air", ("专线", "special line", "dedicated line", "direct line", r"air ?line")),
    ("postal", (
        "epacket", "e邮宝", "e包裹", "registered", "packet", "paket", "post", "poste", "postal", "mail",
        "小包", "挂号", "平邮", "邮政", "邮包",
    )),
    ("express", (
        "express", "courier", "overnight", "expedited", "快递", "特快",
    )),
    ("air", (
        "air", r"air ?(?:freight|cargo|charter)", "flight", "空运", "航空", "空派",
    )),
)

# Explicit mode values ("Ship" in shipping.csv) that the service rules deliberately
# do not read, since inside a service name ("Ship to store") they mislead.
_EXPLICIT_ONLY_WORDS: dict[str, str] = {"ship": "sea", "plane": "air"}

# Mode when nothing in the text says otherwise.
_CARRIER_MODES: dict[str, str] = {
    "UPS": "express", "FedEx": "express", "DHL Express": "express", "SF Express": "express",
    "EMS": "express", "J&T Express": "express",
    "USPS": "postal", "Royal Mail": "postal", "China Post": "postal", "Japan Post": "postal",
    "La Poste/Colissimo": "postal", "Canada Post": "postal", "Australia Post": "postal",
    "Deutsche Post DHL": "postal", "Yanwen": "postal", "Sunyou": "postal", "Cainiao": "postal",
    "4PX": "postal",
    "YunExpress": "air",
    "DPD": "road", "GLS": "road", "Amazon Logistics": "road",
    "Maersk": "sea", "MSC": "sea", "CMA CGM": "sea", "COSCO Shipping": "sea",
    "Hapag-Lloyd": "sea", "Evergreen": "sea", "ONE": "sea", OCEAN_FREIGHT: "sea",
    RAIL_FREIGHT: "rail", "China Railway Express": "rail",
}

# Every canonical name the catalogue gives; other names are the carriers' own spellings.
KNOWN_CARRIERS: frozenset[str] = frozenset(_ALIASES.values()) | frozenset(name for name, _ in _NAME_RULES)

_NAMES = KeywordRules(_NAME_RULES)
_MODE_WORDS = KeywordRules(_MODE_RULES)
_NON_KEY_CHARS = re.compile(r"[\W_]+")


def _clean(text: str | None) -> str:
    return " ".join(str(text).split()) if text is not None else ""


def _known_carrier(text: str) -> str | None:
    return _ALIASES.get(_NON_KEY_CHARS.sub("", text.casefold())) or _NAMES.first(fold(text))


@lru_cache(maxsize=65536)
def canonical_carrier(carrier_raw: str | None, service: str | None = None) -> str | None:
    """Canonical carrier name from an exported carrier name, slug or code.

    The service text is read only when the carrier value is empty or a placeholder
    ("Other", "其他"), because Chinese exports often name the carrier only there.
    An unrecognised carrier keeps its cleaned name; nothing known at all gives None.
    """
    raw = _clean(carrier_raw)
    if raw and _NON_KEY_CHARS.sub("", raw.casefold()) not in _PLACEHOLDERS:
        return _known_carrier(raw) or raw
    svc = _clean(service)
    return _known_carrier(svc) if svc else None


def infer_mode(carrier: str | None, service: str | None, explicit_mode: str | None = None) -> str:
    """Transport mode: the explicit mode value when it names one, else words in the
    service, else words in the carrier name, else the carrier's usual mode, else "unknown"."""
    return mode_and_source(carrier, service, explicit_mode)[0]


@lru_cache(maxsize=65536)
def mode_and_source(carrier: str | None, service: str | None, explicit_mode: str | None = None) -> tuple[str, str | None]:
    """(mode, where it came from): "explicit" (the mode value), "service" (words in the
    service or carrier name), "carrier" (the carrier's usual mode), or None ("unknown")."""
    explicit = _clean(explicit_mode)
    if explicit:
        word = _EXPLICIT_ONLY_WORDS.get(_NON_KEY_CHARS.sub("", explicit.casefold()))
        mode = word or _MODE_WORDS.first(fold(explicit))
        if mode is not None:
            return mode, "explicit"
    for text in (_clean(service), _clean(carrier)):
        if text:
            mode = _MODE_WORDS.first(fold(text))
            if mode is not None:
                return mode, "service"
    name = canonical_carrier(carrier, service)
    mode = _CARRIER_MODES.get(name) if name else None
    return (mode, "carrier") if mode else ("unknown", None)
