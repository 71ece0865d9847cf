"""When two spellings of a carrier the catalogue does not know are one carrier.

`Acme Freight Co.`, `ACME FREIGHT CO` and `Acme-Freight Company Ltd` are one carrier:
case, punctuation, spacing and legal-form words (Co., Ltd, GmbH, S.A., Sp. z o.o.,
株式会社, 有限公司, and the Chinese trade words 物流, 国际, 快递 …) do not tell carriers
apart. Words that do (Freight, Logistics, Express) stay, so `Acme Freight` and
`Acme Logistics` remain two carriers until the seller merges them in Settings. Known
carriers keep the catalogue's names and distinctions (carriers.py): this key is only
used for carriers outside it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Legal forms as word sequences, after dots are dropped ("S.A." → "sa", "Sp. z o.o." →
# "sp z oo"); the longest is tried first at the end of a name, again and again.
_LEGAL_FORMS: tuple[tuple[str, ...], ...] = tuple(sorted(
    (tuple(form.split()) for form in (
        "co", "company", "co ltd", "coltd", "ltd", "limited", "inc", "incorporated", "corp", "corporation",
        "llc", "llp", "lp", "plc", "pty", "pty ltd", "pvt", "pvt ltd", "pvt limited", "private limited",
        "private ltd", "group", "holding", "holdings",
        "gmbh", "gmbh and co kg", "and co kg", "and co", "kg", "ag", "ug", "ohg", "ek",
        "sa", "s a", "sl", "s l", "sas", "s a s", "sarl", "s a r l", "srl", "s r l", "spa", "s p a", "sau",
        "bv", "b v", "nv", "n v", "vof", "sp z oo", "spzoo", "sp j", "sa de cv", "ltda", "eireli",
        "kk", "k k", "oy", "ab", "as", "aps",
    )),
    key=len, reverse=True,
))
# Chinese and Japanese legal forms and trade words, at either end of a name.
_CJK_AFFIXES: tuple[str, ...] = tuple(sorted((
    "股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "株式会社", "有限会社", "合同会社",
    "货运代理", "供应链管理", "供应链", "国际物流", "物流", "国际", "快递", "速递", "快運", "物流股份",
), key=len, reverse=True))
_WORDS = re.compile(r"[^\W_]+")


def _strip_cjk(text: str) -> str:
    changed = True
    while changed:
        changed = False
        for affix in _CJK_AFFIXES:
            if text.endswith(affix) and len(text) > len(affix):
                text, changed = text[: -len(affix)].rstrip(), True
            elif text.startswith(affix) and len(text) > len(affix):
                text, changed = text[len(affix):].lstrip(), True
    return text


def _strip_legal(words: list[str]) -> list[str]:
    changed = True
    while changed:
        changed = False
        for form in _LEGAL_FORMS:
            if len(words) > len(form) and tuple(words[-len(form):]) == form:
                words, changed = words[: -len(form)], True
                break
    return words


@lru_cache(maxsize=65536)
def carrier_key(name: str) -> str:
    """The identity of a carrier name: equal keys are one carrier ("" for no name)."""
    text = unicodedata.normalize("NFKC", name).casefold().replace(".", "").replace("&", " and ")
    text = _strip_cjk(" ".join(text.split()))
    words = _strip_legal(_WORDS.findall(text))
    key = "".join(words)
    cjk = _strip_cjk(key)  # a legal form between a Chinese name and a Latin one: "云达 Co., Ltd."
    return cjk or key
