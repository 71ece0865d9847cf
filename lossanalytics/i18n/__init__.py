"""The message catalogue: every user-visible string, in English and Simplified Chinese.

Messages live in JSON files beside this module, one per area of the product
(`core.json`, `pages.json`, …), each mapping a key to `{"en": …, "zh": …}`.
Placeholders use `str.format` syntax: `{count}`, `{rate:.1%}`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from lossanalytics.normalise.carrier_modes import NO_CARRIER
from lossanalytics.normalise.countries import country_name

LANGUAGES: tuple[str, ...] = ("en", "zh")
DEFAULT_LANGUAGE = "en"


class CatalogueError(Exception):
    """The catalogue files disagree with each other or miss a language."""


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    """All messages, merged from every area file; a key may be defined only once."""
    merged: dict[str, dict[str, str]] = {}
    folder = resources.files(__name__)
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        for key, texts in json.loads(entry.read_text("utf-8")).items():
            if key in merged:
                raise CatalogueError(f"message key {key!r} is defined twice (second time in {entry.name})")
            missing = [lang for lang in LANGUAGES if not texts.get(lang)]
            if missing:
                raise CatalogueError(f"message key {key!r} in {entry.name} has no text for {missing}")
            merged[key] = texts
    return merged


def t(key: str, lang: str = DEFAULT_LANGUAGE, /, **values: Any) -> str:
    """The message `key` in `lang`, with `values` filled in. Unknown keys raise KeyError."""
    texts = catalogue()[key]
    text = texts.get(lang) or texts[DEFAULT_LANGUAGE]
    return text.format(**values) if values else text


def tn(key: str, lang: str, count: int, /, **values: Any) -> str:
    """The message `key` for `count` things: `key.one` when there is exactly one (and the
    catalogue has that form), else `key`, the plural. Chinese has one form; its `.one` text
    may equal the plural's."""
    singular = f"{key}.one"
    return t(singular if count == 1 and singular in catalogue() else key, lang, **values)


def _missing(value: Any) -> bool:
    if value is None or (isinstance(value, str) and not value.strip()):
        return True
    try:
        return bool(value != value)  # NaN and NaT are not equal to themselves
    except TypeError:  # pandas' NA cannot be compared: it is missing
        return True


def or_unknown(value: Any, role: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """`value` as text, or words for its absence ("origin unknown"): a missing origin,
    destination, carrier, currency or date is never shown as nan, None or "?".
    `role` is one of origin, destination, carrier, currency, date."""
    return t(f"unknown.{role}", lang) if _missing(value) else str(value)


def carrier_name(value: Any, lang: str = DEFAULT_LANGUAGE) -> str:
    """A carrier as the seller knows it in `lang` (顺丰速运 for SF Express in Chinese), its
    name as imported when the catalogue has no other, words when the exports gave none.
    Display only: filters, exports and the CLI keep the canonical name."""
    if _missing(value) or value == NO_CARRIER:
        return t("unknown.carrier", lang)
    key = f"carrier.name.{value}"
    return t(key, lang) if has(key) else str(value)


def with_currency(amount: str, currency: str) -> str:
    """An amount and its currency as one unbreakable unit ("81.74 USD" with a no-break space), so a
    sentence or a table cell never wraps between them; the amount alone when the currency is blank."""
    return f"{amount}\N{NO-BREAK SPACE}{currency}" if currency else amount


def days_count(days: int, lang: str = DEFAULT_LANGUAGE) -> str:
    """A number of days in words: "1 day", "12 days", "12 天"."""
    return tn("days.count", lang, days, days=days)


def place_name(code: Any, role: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """A country as the seller reads it in `lang` ("Germany", "德国"), words when the exports
    gave none ("destination unknown"). `role` is origin or destination."""
    return t(f"unknown.{role}", lang) if _missing(code) else country_name(str(code), lang)


def route_name(origin: Any, dest: Any, lang: str = DEFAULT_LANGUAGE) -> str:
    """A route in words, written the same on every page, list and letter: "China → Germany",
    "中国 → 德国", "origin unknown → United States"."""
    return t("route", lang, origin=place_name(origin, "origin", lang), dest=place_name(dest, "destination", lang))


def has(key: str) -> bool:
    """Whether the catalogue defines `key`."""
    return key in catalogue()


class Problem(ValueError):
    """Something the seller must know or correct, told in their language.

    It carries a catalogue key and its values, so each surface (page, CLI, log) says it
    in its own language with `message`; `str()` is the English text.
    """

    def __init__(self, key: str, **values: Any) -> None:
        self.key = key
        self.values = values
        super().__init__(self.message(DEFAULT_LANGUAGE))

    def message(self, lang: str) -> str:
        """The explanation in `lang`."""
        return t(self.key, lang, **self.values)


def each_distinct(make: Callable[..., Any], *columns: Iterable[Any]) -> np.ndarray:
    """`make(*values)` for each row's values in `columns` (as many as rows each), called once per
    distinct combination: a list of hundreds of thousands of parcels holds few distinct wordings.
    `make` returns a scalar (a text, a number)."""
    found: dict[tuple[Any, ...], Any] = {}
    rows = list(zip(*columns, strict=True))
    out = np.empty(len(rows), dtype=object)
    out[:] = [found[row] if row in found else found.setdefault(row, make(*row)) for row in rows]
    return out
