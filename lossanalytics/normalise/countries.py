"""ISO 3166-1 alpha-2 country codes from codes, English names and variants, Chinese
names (DESIGN §5) and the native and foreign-language names of major destinations
(country_names.py), and display names in English and Chinese."""

from __future__ import annotations

import gettext
import re
import unicodedata
from functools import lru_cache

import pycountry

from lossanalytics.normalise.country_names import NATIVE_NAMES

# Display names in Simplified Chinese; also read as input.
_ZH_NAMES: dict[str, str] = {
    "US": "美国", "GB": "英国", "DE": "德国", "FR": "法国", "JP": "日本", "CA": "加拿大",
    "AU": "澳大利亚", "IT": "意大利", "ES": "西班牙", "MX": "墨西哥", "BR": "巴西", "CN": "中国",
    "NL": "荷兰", "PL": "波兰", "BE": "比利时", "SE": "瑞典", "KR": "韩国", "KP": "朝鲜",
    "RU": "俄罗斯", "SG": "新加坡", "IN": "印度", "SA": "沙特阿拉伯", "AE": "阿联酋",
    "IL": "以色列", "TR": "土耳其", "NZ": "新西兰", "IE": "爱尔兰", "AT": "奥地利", "CH": "瑞士",
    "PT": "葡萄牙", "CZ": "捷克", "SK": "斯洛伐克", "DK": "丹麦", "FI": "芬兰", "NO": "挪威",
    "IS": "冰岛", "GR": "希腊", "HU": "匈牙利", "RO": "罗马尼亚", "BG": "保加利亚",
    "HR": "克罗地亚", "SI": "斯洛文尼亚", "RS": "塞尔维亚", "UA": "乌克兰", "BY": "白俄罗斯",
    "LT": "立陶宛", "LV": "拉脱维亚", "EE": "爱沙尼亚", "LU": "卢森堡", "MT": "马耳他",
    "CY": "塞浦路斯", "MC": "摩纳哥", "TH": "泰国", "VN": "越南", "MY": "马来西亚",
    "PH": "菲律宾", "ID": "印度尼西亚", "KH": "柬埔寨", "LA": "老挝", "MM": "缅甸",
    "BD": "孟加拉国", "PK": "巴基斯坦", "LK": "斯里兰卡", "NP": "尼泊尔", "KZ": "哈萨克斯坦",
    "UZ": "乌兹别克斯坦", "KG": "吉尔吉斯斯坦", "MN": "蒙古", "AF": "阿富汗", "IR": "伊朗",
    "IQ": "伊拉克", "JO": "约旦", "LB": "黎巴嫩", "KW": "科威特", "QA": "卡塔尔", "BH": "巴林",
    "OM": "阿曼", "CL": "智利", "AR": "阿根廷", "CO": "哥伦比亚", "PE": "秘鲁",
    "VE": "委内瑞拉", "EC": "厄瓜多尔", "UY": "乌拉圭", "PY": "巴拉圭", "BO": "玻利维亚",
    "CR": "哥斯达黎加", "PA": "巴拿马", "GT": "危地马拉", "DO": "多米尼加", "PR": "波多黎各",
    "JM": "牙买加", "CU": "古巴", "HT": "海地", "ZA": "南非", "NG": "尼日利亚", "EG": "埃及",
    "MA": "摩洛哥", "DZ": "阿尔及利亚", "TN": "突尼斯", "KE": "肯尼亚", "ET": "埃塞俄比亚",
    "TZ": "坦桑尼亚", "UG": "乌干达", "RW": "卢旺达", "GH": "加纳", "CI": "科特迪瓦",
    "SN": "塞内加尔", "CM": "喀麦隆", "CD": "刚果（金）", "CG": "刚果（布）", "AO": "安哥拉",
    "MZ": "莫桑比克", "ZM": "赞比亚", "ZW": "津巴布韦", "MW": "马拉维", "BW": "博茨瓦纳",
    "NA": "纳米比亚", "HK": "中国香港", "TW": "中国台湾", "MO": "中国澳门",
}

# Further Chinese spellings read as input.
_ZH_ALIASES: dict[str, str] = {
    "美利坚合众国": "US", "美國": "US", "英國": "GB", "英格兰": "GB", "德國": "DE",
    "澳洲": "AU", "中华人民共和国": "CN", "中国大陆": "CN", "南韩": "KR", "大韩民国": "KR",
    "俄罗斯联邦": "RU", "沙特": "SA", "阿拉伯联合酋长国": "AE", "捷克共和国": "CZ",
    "印尼": "ID", "香港": "HK", "台湾": "TW", "澳门": "MO", "多米尼加共和国": "DO",
    "刚果民主共和国": "CD", "刚果金": "CD", "刚果布": "CG", "刚果共和国": "CG",
}

# English variants pycountry does not know, keyed like _key() folds them.
_EN_ALIASES: dict[str, str] = {
    "us": "US", "usa": "US", "america": "US", "united states of america": "US",
    "uk": "GB", "great britain": "GB", "britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB",
    "deutschland": "DE", "holland": "NL", "russia": "RU", "turkey": "TR",
    "korea": "KR", "republic of korea": "KR", "north korea": "KP", "uae": "AE",
    "emirates": "AE", "ivory coast": "CI", "swaziland": "SZ", "macedonia": "MK",
    "burma": "MM", "cape verde": "CV", "palestine": "PS", "micronesia": "FM",
    "brunei": "BN", "east timor": "TL", "vatican": "VA", "vatican city": "VA",
    "macau": "MO", "bosnia": "BA", "bosnia herzegovina": "BA", "trinidad": "TT",
    "congo drc": "CD", "drc": "CD", "dr congo": "CD", "congo kinshasa": "CD",
    "democratic republic of congo": "CD", "congo brazzaville": "CG", "republic of congo": "CG",
    "czech": "CZ", "slovak republic": "SK", "kyrgyz republic": "KG", "lao pdr": "LA",
}

_DROPPED_CHARS = re.compile(r"\.")
_NON_NAME_CHARS = re.compile(r"[^\w\s]+|_")
_PART_SEPARATORS = re.compile(r"[()（）\[\]/|,;:，、\-–—]+")
_SCRIPT_RUNS = re.compile(r"[\u3400-\u9fff]+|[^\u3400-\u9fff]+")


def _key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = _DROPPED_CHARS.sub("", plain.replace("&", " and "))
    words = _NON_NAME_CHARS.sub(" ", plain).split()
    if words[:1] == ["the"]:
        words = words[1:]
    if words[:1] == ["st"]:
        words[0] = "saint"
    return " ".join(words)


# English display names where pycountry's reads like an index entry ("Palestine, State of").
_EN_DISPLAY: dict[str, str] = {
    "RU": "Russia", "CD": "DR Congo", "FM": "Micronesia", "PS": "Palestine", "VA": "Vatican City",
    "VG": "British Virgin Islands", "VI": "US Virgin Islands", "FK": "Falkland Islands",
    "SH": "Saint Helena", "MF": "Saint Martin", "SX": "Sint Maarten",
}


@lru_cache(maxsize=1)
def _zh_catalogue() -> gettext.NullTranslations:
    # pycountry ships the iso-codes project's Simplified Chinese names of every country.
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"], fallback=True)


def _build_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name:
                index[_key(name)] = country.alpha_2
    for country in pycountry.countries:
        index[country.alpha_3.casefold()] = country.alpha_2
        index[country.alpha_2.casefold()] = country.alpha_2
    index.update(_EN_ALIASES)
    for code, names in NATIVE_NAMES.items():
        for name in names:
            index[_key(name)] = code
    # The names the pages show are read back too: the short English ones, and the Chinese ones of
    # countries outside the table above.
    for code, name in _EN_DISPLAY.items():
        index[_key(name)] = code
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(country, attr, None)
            if name and (chinese := _zh_catalogue().gettext(name)) != name:
                index.setdefault(chinese, country.alpha_2)
    index.update({name: code for code, name in _ZH_NAMES.items()})
    index.update(_ZH_ALIASES)
    return index


_INDEX = _build_index()


def _lookup(text: str) -> str | None:
    text = text.strip()
    if not text or not any(ch.isalpha() for ch in text):
        return None
    # Codes before folding: _key reads "ST" as "saint", but it is São Tomé's code.
    return _INDEX.get(text) or _INDEX.get(text.casefold()) or _INDEX.get(_key(text))


@lru_cache(maxsize=65536)
def country_code(raw: str | None) -> str | None:
    """ISO 3166-1 alpha-2 code from an alpha-2 or alpha-3 code, an English name or
    common variant, or a Chinese name; None when the value names no country.

    Mixed values such as "美国(US)" or "US - United States" are read part by part.
    """
    if raw is None:
        return None
    text = " ".join(str(raw).split())
    code = _lookup(text)
    if code is not None:
        return code
    parts = [p for chunk in _PART_SEPARATORS.split(text) for p in _SCRIPT_RUNS.findall(chunk)]
    if len(parts) > 1:
        for part in parts:
            part = part.strip()
            if len(part) <= 3 and not part.isupper():
                continue  # a short lower-case word ("and", "can") is not a country code
            code = _lookup(part)
            if code is not None:
                return code
    return None


@lru_cache(maxsize=1024)
def country_name(code: str, lang: str) -> str:
    """Display name of an alpha-2 code in "en" or "zh": the names above, then pycountry's
    common name (in Chinese from its zh_CN catalogue, English where that has none); an
    unknown code is returned as given."""
    code = (code or "").strip().upper()
    chinese = lang.casefold().startswith("zh")
    if chinese and code in _ZH_NAMES:
        return _ZH_NAMES[code]
    country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    if country is None:
        return code
    english = getattr(country, "common_name", None) or country.name
    if chinese:
        return _zh_catalogue().gettext(english)
    return _EN_DISPLAY.get(code, english)
