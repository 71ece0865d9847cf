"""Weight units from column headers, ISO 4217 currency codes, and numbers written the
way spreadsheets export them (thousands separators, decimal commas, currency signs)."""

from __future__ import annotations

import math
import re
from functools import lru_cache

import pycountry

WEIGHT_FACTORS_TO_KG = {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125}

# Unit words in a header, as whole tokens ("Weight_in_gms", "重量(g)", "Weight (lbs)").
_WEIGHT_UNIT_WORDS: dict[str, str] = {
    **dict.fromkeys(("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms",
                     "kilogramme", "kilogrammes", "千克", "公斤"), "kg"),
    **dict.fromkeys(("g", "gr", "grs", "gm", "gms", "gram", "grams", "gramme", "grammes",
                     "克"), "g"),
    **dict.fromkeys(("lb", "lbs", "pound", "pounds", "磅"), "lb"),
    **dict.fromkeys(("oz", "ozs", "ounce", "ounces", "盎司"), "oz"),
}

# Chinese headers run the unit into the word ("毛重千克"), so look for these inside
# CJK tokens, longest first so 千克 is not read as 克.
_CJK_UNIT_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("千克", "kg"), ("公斤", "kg"), ("盎司", "oz"), ("克", "g"), ("磅", "lb"),
)

# Currency signs and words that are not ISO codes. ¥ alone is read as yuan: the
# sellers this product serves mostly price in CNY, and 円 marks yen.
_CURRENCY_WORDS: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd$": "USD", "美元": "USD", "美金": "USD",
    "€": "EUR", "欧元": "EUR",
    "£": "GBP", "英镑": "GBP",
    "¥": "CNY", "￥": "CNY", "元": "CNY", "人民币": "CNY", "rmb": "CNY", "cn¥": "CNY",
    "円": "JPY", "日元": "JPY", "日币": "JPY", "jp¥": "JPY",
    "hk$": "HKD", "港币": "HKD", "港元": "HKD",
    "c$": "CAD", "ca$": "CAD", "can$": "CAD", "加元": "CAD", "加币": "CAD",
    "a$": "AUD", "au$": "AUD", "澳元": "AUD", "澳币": "AUD",
    "nz$": "NZD", "s$": "SGD", "r$": "BRL", "mx$": "MXN",
    "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS", "zł": "PLN", "₫": "VND",
    "฿": "THB", "₱": "PHP",
}

# ISO 4217 entries that are not money.
_NOT_MONEY = frozenset({"XXX", "XTS"})

_TOKENS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[\u3400-\u9fff]+")
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f\u2009\u200b']+")
# ASCII digits only: other scripts' digits are not what a spreadsheet number is made of.
_NUMBER_SHAPE = re.compile(r"([^\d.,]*?)([+-]?)([\d.,]+(?:[eE][+-]?\d+)?)([^\d.,]*)", re.ASCII)
_POINT_DECIMAL = re.compile(
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+", re.ASCII
)
_COMMA_DECIMAL = re.compile(
    r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d*)?(?:[eE][+-]?\d+)?|,\d+", re.ASCII
)


@lru_cache(maxsize=4096)
def weight_unit_from_header(header: str) -> str | None:
    """Weight unit named in a column header ("kg", "g", "lb", "oz"), or None if it names none."""
    for token in _TOKENS.findall(header or ""):
        unit = _WEIGHT_UNIT_WORDS.get(token.casefold())
        if unit is not None:
            return unit
        if not token.isascii():
            for suffix, cjk_unit in _CJK_UNIT_SUFFIXES:
                if token.endswith(suffix):
                    return cjk_unit
    return None


def _iso_currency(code: str) -> str | None:
    code = code.upper()
    if len(code) != 3 or not code.isalpha() or code in _NOT_MONEY:
        return None
    return code if pycountry.currencies.get(alpha_3=code) is not None else None


@lru_cache(maxsize=4096)
def currency_code(raw: str | None) -> str | None:
    """ISO 4217 code from a code in any case, a currency sign or a Chinese or English
    currency word ("$", "元", "美元", "Euro"); None when unrecognised."""
    if raw is None:
        return None
    text = "".join(str(raw).split())
    if not text:
        return None
    folded = text.casefold()
    word = _CURRENCY_WORDS.get(folded) or _iso_currency(text)
    if word is not None:
        return word
    try:
        currency = pycountry.currencies.lookup(" ".join(str(raw).split()))
    except LookupError:
        currency = None
    if currency is not None and currency.alpha_3 not in _NOT_MONEY:
        return currency.alpha_3
    # "USD$", "$USD", "EUR €": a code glued to a sign.
    letters = re.sub(r"[^A-Za-z]", "", text)
    return _iso_currency(letters) if len(letters) == 3 else None


def _is_currency_affix(text: str) -> bool:
    return not text or currency_code(text) is not None


@lru_cache(maxsize=65536)
def parse_number(text: str | None, decimal_comma: bool = False) -> float | None:
    """Number from spreadsheet text, or None when the text is not a number.

    Accepts thousands separators (",", or "." with decimal_comma), spaces and NBSP,
    a currency sign or code before or after, a leading or trailing minus, and
    accounting negatives "(12.50)"; int and float pass through. Thousands groups must
    have three digits, so a decimal comma read without decimal_comma gives None
    rather than a wrong value.
    """
    if text is None or isinstance(text, bool):
        return None
    if isinstance(text, (int, float)):
        value = float(text)
        return value if math.isfinite(value) else None
    s = _SPACES.sub("", str(text))
    signs: list[str] = []
    if s.startswith("(") and s.endswith(")"):
        signs.append("-")
        s = s[1:-1]
    if s.endswith("-"):
        signs.append("-")
        s = s[:-1]
    if s and s[0] in "+-":
        signs.append(s[0])
        s = s[1:]
    shape = _NUMBER_SHAPE.fullmatch(s)
    if shape is None:
        return None
    prefix, sign, body, suffix = shape.groups()
    if sign:
        signs.append(sign)
    if len(signs) > 1 or not (_is_currency_affix(prefix) and _is_currency_affix(suffix)):
        return None
    if decimal_comma:
        if not _COMMA_DECIMAL.fullmatch(body):
            return None
        body = body.replace(".", "").replace(",", ".")
    else:
        if not _POINT_DECIMAL.fullmatch(body):
            return None
        body = body.replace(",", "")
    value = float(body)
    if not math.isfinite(value):
        return None
    return -value if signs == ["-"] else value
