"""Numbers in the words a seller reads (pure functions, no Streamlit)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from typing import cast

from lossanalytics.i18n import t, with_currency

#: A table cell's missing value (Streamlit's own tables would write "None").
NO_VALUE = "–"


def rate_with_interval(rate: float, low: float, high: float, lang: str) -> str:
    """'2.4% (2.1–2.7%)', the loss rate with its 95% interval; two decimals below 1%, so a rate
    and an interval under 0.05% do not read '0.0% (0.0–0.0%)'."""
    if rate is None or math.isnan(rate):
        return "–"
    rate_places = 2 if 0 < rate < 0.01 else 1
    return t("ui.rate_interval", lang, rate=f"{rate * 100:.{rate_places}f}", **_bounds(low, high))


def interval(low: float, high: float, lang: str) -> str:
    """'2.1–2.7%', a 95% interval on its own ('0.00–0.04%' below 1%)."""
    if low is None or math.isnan(low):
        return "–"
    return t("ui.interval", lang, **_bounds(low, high))


def _bounds(low: float, high: float) -> dict[str, str]:
    places = 2 if high < 0.01 else 1
    return {"low": f"{low * 100:.{places}f}", "high": f"{high * 100:.{places}f}"}


def money(values: Iterable[Mapping[str, object]] | None, lang: str,
          usd_per: Callable[[str], float | None] | None = None) -> str:
    """Value at loss per currency: '12,345 USD · 980 EUR' (amount first, as in the advice and the
    claims). With `usd_per` (US dollars per unit of a currency) the largest in dollars comes first,
    so 11,570 JPY does not come before 7,812 USD; currencies without a rate follow. A no-break
    space keeps each amount on one line with its currency."""
    items = list(values) if values is not None else []
    if usd_per is not None:
        items.sort(key=lambda v: _dollars_first(v, usd_per))
    parts = [with_currency(f"{float(v['amount']):,.0f}", str(v["currency"])) for v in items]
    return " · ".join(parts) if parts else t("ui.none", lang)


def _dollars_first(value: Mapping[str, object], usd_per: Callable[[str], float | None]) -> tuple[bool, float]:
    rate = usd_per(str(value["currency"]))
    amount = float(cast(float, value["amount"]))
    return rate is None, -(amount * rate if rate is not None else amount)


def count(value: int) -> str:
    """A whole number with thousands separators."""
    return f"{int(value):,}"


# CommonMark lets a backslash escape any ASCII punctuation character, and escaping all of
# them leaves no emphasis, link, image, heading, list, table, HTML, maths or Streamlit
# directive (":red[…]") that seller text could form.
_MARKDOWN_PUNCTUATION = re.compile(r"""([!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])""")
# GitHub-flavoured Markdown finds bare URLs (http://…, www.…), e-mail addresses and emoji
# codes (":smile:") in the text after escapes are resolved; an invisible word joiner
# after a colon, before an @ and after "www" keeps them from being recognised.
WORD_JOINER = "\u2060"
_AUTOLINK_PARTS = re.compile(r"(:)|(@)|(?<![0-9A-Za-z])(www)(?=\.)", re.IGNORECASE)


def md_escape(text: str) -> str:
    """Seller text (carrier, service, status, event, country, order id, file name …) made
    safe to put inside Markdown: shown exactly as written, never as formatting, a link,
    an image or a bare URL turned into a link. Line breaks become spaces."""
    flat = " ".join(str(text).splitlines())
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", _AUTOLINK_PARTS.sub(_join_autolink_part, flat))


def _join_autolink_part(found: re.Match[str]) -> str:
    if found.group(1):
        return found.group(1) + WORD_JOINER
    if found.group(2):
        return WORD_JOINER + found.group(2)
    return found.group(3) + WORD_JOINER
