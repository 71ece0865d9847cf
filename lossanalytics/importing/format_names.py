"""Recognised formats and text encodings named the way a seller knows them, not by internal ids."""

from __future__ import annotations

import codecs

from lossanalytics.i18n import has, t
from lossanalytics.importing.profiles import PROFILE_PREFIX

# Codec families a seller can recognise; a codec not listed here is shown by its own name.
_ENCODING_FAMILIES = {
    "utf_8": "unicode", "utf_8_sig": "unicode", "utf_16": "unicode", "utf_16_le": "unicode",
    "utf_16_be": "unicode",
    "gb18030": "chinese_simplified", "gbk": "chinese_simplified", "gb2312": "chinese_simplified",
    "hz": "chinese_simplified",
    "big5": "chinese_traditional", "big5hkscs": "chinese_traditional", "cp950": "chinese_traditional",
    "cp932": "japanese", "shift_jis": "japanese", "euc_jp": "japanese", "iso2022_jp": "japanese",
    "euc_kr": "korean", "cp949": "korean",
    "cp1252": "western", "iso8859_1": "western", "iso8859_15": "western", "mac_roman": "western",
    "cp1250": "central_european", "iso8859_2": "central_european",
    "cp1251": "cyrillic", "koi8_r": "cyrillic", "iso8859_5": "cyrillic",
    "cp1254": "turkish", "iso8859_9": "turkish",
    "cp1257": "baltic",
}
_SHOWN_CODEC = {"utf_8": "UTF-8", "utf_8_sig": "UTF-8", "cp932": "Shift-JIS", "shift_jis": "Shift-JIS",
                "cp1252": "Windows-1252", "mac_roman": "Mac Roman", "cp1250": "Windows-1250",
                "cp1251": "Windows-1251", "cp1254": "Windows-1254", "cp1257": "Windows-1257"}


def format_name(detected_format: str, lang: str) -> str:
    """A recognised format as its maker calls it ("AfterShip export"); a saved column
    mapping by the name the seller gave it; "–" when nothing was recognised."""
    if not detected_format:
        return "–"
    if detected_format.startswith(PROFILE_PREFIX):
        return t("format.profile", lang, name=detected_format.removeprefix(PROFILE_PREFIX))
    key = f"format.{detected_format}"
    return t(key, lang) if has(key) else t("format.other", lang)


def encoding_name(encoding: str | None, lang: str) -> str:
    """A text encoding in words with its standard name ("Chinese (GB18030)"); "–" for none
    (a workbook has no text encoding)."""
    if not encoding:
        return "–"
    try:
        codec = codecs.lookup(encoding).name.replace("-", "_")
    except LookupError:
        codec = encoding.lower().replace("-", "_")
    shown = _SHOWN_CODEC.get(codec, codec.replace("_", "-").upper())
    family = _ENCODING_FAMILIES.get(codec)
    return t(f"encoding.{family}" if family else "encoding.other", lang, name=shown)
