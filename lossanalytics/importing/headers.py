"""What a column header says besides its name: a currency, a weight unit, a time zone.

Exports write these into the header: `Declared Value (EUR)`, `申报价值(USD)`,
`Value [GBP]`, `Price in €`, `Weight (lb)`, `重量(克)`, `Gewicht in kg`,
`Ship Date (UTC+8)`, `发货时间(北京时间)`. :func:`read_header` separates that part from
the name, so the name alone is matched against the header vocabulary and the part is
applied to the column's values (plan.py).

Time zones: a zone in a header says in which zone the column's times are written.
Times without an offset of their own are converted to UTC, as times written with an
offset already are; a date without a time of day stays that calendar day. An
abbreviation that means several zones (CST is China or US Central time, IST India or
Ireland) is recorded in the import notes and not applied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lossanalytics.normalise.units import currency_code, weight_unit_from_header

# Zone names in headers → IANA zone (daylight saving applied by the database).
_ZONES: dict[str, str] = {
    "utc": "UTC", "gmt": "UTC", "协调世界时": "UTC", "世界标准时间": "UTC", "格林尼治时间": "UTC",
    "北京时间": "Asia/Shanghai", "中国时间": "Asia/Shanghai", "beijing time": "Asia/Shanghai",
    "china time": "Asia/Shanghai", "china standard time": "Asia/Shanghai", "东八区": "Asia/Shanghai",
    "香港时间": "Asia/Hong_Kong", "hkt": "Asia/Hong_Kong", "sgt": "Asia/Singapore",
    "jst": "Asia/Tokyo", "日本时间": "Asia/Tokyo", "日本時間": "Asia/Tokyo", "kst": "Asia/Seoul",
    "cet": "Europe/Berlin", "cest": "Europe/Berlin", "mez": "Europe/Berlin", "mesz": "Europe/Berlin",
    "wet": "Europe/Lisbon", "eet": "Europe/Athens", "bst": "Europe/London", "uk time": "Europe/London",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pacific time": "America/Los_Angeles",
    "mst": "America/Denver", "mdt": "America/Denver",
    "est": "America/New_York", "edt": "America/New_York", "eastern time": "America/New_York",
    "aest": "Australia/Sydney", "aedt": "Australia/Sydney",
}
# Abbreviations that name more than one zone: recorded, never guessed.
_AMBIGUOUS_ZONES = frozenset({"cst", "ist", "ast", "cdt", "sst"})
_OFFSET = re.compile(r"(?:utc|gmt)\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?", re.I)
_IANA = re.compile(r"[A-Z][a-z]+(?:/[A-Z][A-Za-z_]+)+")
# A bracketed part: (…), […], （…）, 【…】.
_BRACKETS = re.compile(r"[(\[（【]([^()\[\]（）【】]*)[)\]）】]")
# A trailing "in €", "in EUR", "in kg" (English, German, Dutch "in", French "en").
_IN_SUFFIX = re.compile(r"\s+(?:in|en)\s+(\S+)\s*$", re.I)
_LAST_TOKEN = re.compile(r"[\s_\-/]+([^\s_\-/]+)\s*$")


@dataclass(frozen=True)
class HeaderReading:
    """A header split into its name and what it says about the values."""

    name: str                      # the header without its unit, currency or zone part
    currency: str | None = None    # ISO 4217
    weight_unit: str | None = None  # kg, g, lb, oz
    time_zone: str | None = None   # IANA name, or "+08:00" for a fixed offset
    utc_offset_minutes: int | None = None
    zone_text: str | None = None   # the zone as written, also when it could not be applied


def _zone(text: str, bracketed: bool) -> tuple[str | None, int | None, bool]:
    """(IANA zone, fixed offset in minutes, whether `text` names a zone at all).

    An abbreviation counts only in capitals and in brackets: "Delivery (EST)" is a
    zone, "Delivery est" or "(est.)" an estimate."""
    folded = " ".join(text.casefold().split())
    abbreviation = re.fullmatch(r"[a-z]{2,4}", folded) is not None and folded not in ("utc", "gmt")
    if abbreviation and not (bracketed and text.strip().isupper()):
        return None, None, False
    if folded in _ZONES:
        return _ZONES[folded], None, True
    if folded in _AMBIGUOUS_ZONES:
        return None, None, True
    offset = _OFFSET.fullmatch(folded)
    if offset:
        sign = -1 if offset.group(1) in "-−" else 1
        minutes = int(offset.group(2)) * 60 + int(offset.group(3) or 0)
        return None, sign * minutes, minutes <= 14 * 60
    if _IANA.fullmatch(text.strip()):
        return text.strip(), None, True
    return None, None, False


def _currency(text: str, bracketed: bool) -> str | None:
    """A currency named by `text`: any currency word inside brackets or after "in",
    only a sign or an upper-case ISO code when it merely trails the name."""
    text = text.strip()
    if not text:
        return None
    if bracketed:
        return currency_code(text)
    if re.fullmatch(r"[A-Z]{3}", text) or not any(ch.isalnum() for ch in text) or text in ("元", "円"):
        return currency_code(text)
    return None


def _unit(text: str) -> str | None:
    """A weight unit that is the whole of `text` ("lb", "克", "kilograms")."""
    unit = weight_unit_from_header(text)
    if unit is None:
        return None
    words = re.findall(r"[A-Za-z]+|[\u3400-\u9fff]+", text)
    return unit if len(words) == 1 else None


@lru_cache(maxsize=4096)
def read_header(header: str) -> HeaderReading:
    """Split `header` into its name and the currency, weight unit and time zone it names."""
    name = header.replace("\ufeff", "").strip()
    found: dict[str, object] = {}

    def take(part: str, bracketed: bool) -> bool:
        """Read one part; True when it was a currency, unit or zone (and so leaves the name)."""
        zone, offset, is_zone = _zone(part, bracketed)
        if is_zone:
            found.setdefault("zone_text", part.strip())
            found.setdefault("time_zone", zone if zone else _offset_text(offset) if offset is not None else None)
            found.setdefault("utc_offset_minutes", offset)
            return True
        unit = _unit(part)
        if unit is not None:
            found.setdefault("weight_unit", unit)
            return True
        currency = _currency(part, bracketed)
        if currency is not None:
            found.setdefault("currency", currency)
            return True
        return False

    for match in reversed(list(_BRACKETS.finditer(name))):
        if take(match.group(1), bracketed=True):
            name = (name[: match.start()] + " " + name[match.end():]).strip()
    for pattern, bracketed in ((_IN_SUFFIX, True), (_LAST_TOKEN, False)):
        match = pattern.search(name)
        if match and name[: match.start()].strip() and take(match.group(1), bracketed):
            name = name[: match.start()].strip()
    name = _cjk_suffix(name, found)
    return HeaderReading(
        name=" ".join(name.split()) or header.strip(),
        currency=found.get("currency"),  # type: ignore[arg-type]
        weight_unit=found.get("weight_unit"),  # type: ignore[arg-type]
        time_zone=found.get("time_zone"),  # type: ignore[arg-type]
        utc_offset_minutes=found.get("utc_offset_minutes"),  # type: ignore[arg-type]
        zone_text=found.get("zone_text"),  # type: ignore[arg-type]
    )


# Chinese headers run a unit or currency into the name ("重量千克", "金额美元").
_CJK_SUFFIXES: tuple[tuple[str, str, str], ...] = (
    ("千克", "weight_unit", "kg"), ("公斤", "weight_unit", "kg"), ("美元", "currency", "USD"),
    ("欧元", "currency", "EUR"), ("英镑", "currency", "GBP"), ("日元", "currency", "JPY"),
    ("人民币", "currency", "CNY"),
)


def _cjk_suffix(name: str, found: dict[str, object]) -> str:
    for suffix, what, value in _CJK_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) and what not in found:
            found[what] = value
            return name[: -len(suffix)]
    return name


def _offset_text(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
