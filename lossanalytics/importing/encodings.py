"""The text encoding of an export, and files whose lines disagree about it.

UTF-8 and byte-order marks are recognised directly (the fast path: most exports are
UTF-8); UTF-16 without a byte-order mark by its NUL bytes or by decoding cleanly into
lines; any other encoding (Big5, GB18030, Shift_JIS, EUC-KR, Windows-1250/1251/1252, …)
by charset-normalizer. Between Latin code pages, which decode the same bytes into
different letters, the reading that makes words of one language wins (see
_latin_choice): on a few lines charset-normalizer often cannot tell Czech in
Windows-1250 from French in Windows-1252.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

import charset_normalizer

# Letters (beyond ASCII) of the languages written in Latin code pages; a word whose
# letters all belong to one of them reads as a word.
_LANGUAGE_LETTERS = tuple(frozenset(letters) for letters in (
    "àâæçéèêëîïôœùûüÿ", "äöüß", "æøåäöéü", "áéíóúñüàèìòùãõâêôçïº", "áčďéěíňóřšťúůýžäĺľŕô",
    "ąćęłńóśźż", "áéíóöőúüű", "ăâîșțşţ", "čćđšž", "çğıöşü", "āčēģīķļņšūžõäöü",
))
_WORD = re.compile(r"\w+")
_LATIN_CODE_PAGES = ("cp1252", "cp1250", "cp1254", "cp1257")
_KANA = re.compile(r"[\u3041-\u30fa]")
# UTF-16 read the wrong way round, or binary data, is full of control characters.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def looks_utf16(sample: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" for UTF-16 text without a byte-order mark, else None.

    Mostly-Latin UTF-16 has a NUL in every other byte, on the same side of each pair.
    Chinese or Japanese UTF-16 has few NULs: it must decode into lines of text, with
    no control characters, read one way round (the other way, its line ends would be
    U+0A00 and its commas U+2C00).
    """
    pairs = sample[: len(sample) // 2 * 2][:4096]
    if len(pairs) < 8:
        return None
    odd, even = pairs[1::2], pairs[0::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    if 0 not in pairs:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = pairs.decode(encoding)
        except UnicodeDecodeError:
            continue
        lines = "\n" in text or "\r" in text
        if lines and any(d in text for d in ",;\t|") and not _CONTROL.search(text):
            return encoding
    return None


def text_start(sample: bytes) -> int:
    """Bytes to skip before the text: a UTF-8 byte-order mark in front of UTF-16 text
    (some tools put one before any file) is not part of it."""
    rest = sample[len(codecs.BOM_UTF8):]
    if sample.startswith(codecs.BOM_UTF8) and (rest.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
                                               or looks_utf16(rest)):
        return len(codecs.BOM_UTF8)
    return 0


def detect_encoding(sample: bytes) -> str:
    """The text encoding of an export, from its first bytes (after `text_start`)."""
    sample = sample[text_start(sample):]
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if (utf16 := looks_utf16(sample)) is not None:
        return utf16
    # A sample may end in the middle of a multi-byte character; judge whole lines only.
    cut = max(sample.rfind(b"\n"), sample.rfind(b"\r"))
    body = sample[: cut + 1] if 0 < cut < len(sample) - 1 else sample
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    # Japanese text has kana, which other text read as Shift_JIS practically never gives;
    # on a few lines charset-normalizer may take it for Korean.
    if _KANA.search(body.decode("cp932", errors="ignore")) and _decodes(body, "cp932"):
        return "cp932"
    matches = list(charset_normalizer.from_bytes(body))
    if not matches:
        return "cp1252"
    best = matches[0]
    if _is_latin(str(best)):
        return _latin_choice(body, [m.encoding for m in matches])
    return codecs.lookup(best.encoding).name


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _is_latin(text: str) -> bool:
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ord(ch) > 127 and ch.isalpha())


def _latin_choice(body: bytes, candidates: list[str]) -> str:
    """The Windows code page whose reading has the fewest symbols inside words ("Przesy³ka"
    is Polish read as Windows-1252) and the most words of one language, charset-normalizer's
    order breaking ties after Windows-1252, the most common."""
    names = [codecs.lookup(c).name for c in candidates]
    pages = [page for page in _LATIN_CODE_PAGES if page in names] or [names[0]]
    if "cp1252" not in pages:
        pages.append("cp1252")

    def score(page: str) -> tuple[int, int, bool, int]:
        text = body.decode(page, errors="replace")
        order = names.index(page) if page in names else len(names)
        return (-_symbols_in_words(text), _language_words(text), page == "cp1252", -order)

    return max(pages, key=score)


def _symbols_in_words(text: str) -> int:
    return sum(1 for a, b, c in zip(text, text[1:], text[2:]) if a.isalpha() and c.isalpha()
               and ord(b) > 127 and not b.isalpha())


def _language_words(text: str) -> int:
    """Words whose letters beyond ASCII all belong to one language, less words whose do not."""
    words = 0
    for word in _WORD.findall(text.lower()):
        letters = {ch for ch in word if ord(ch) > 127 and ch.isalpha()}
        if letters:
            words += 1 if any(letters <= language for language in _LANGUAGE_LETTERS) else -1
    return words


def _single_byte(encoding: str) -> bool:
    try:
        "中".encode(encoding)
    except UnicodeEncodeError:
        return True
    except LookupError:
        return False
    return False


def mixed_encoding_line(sample: bytes, encoding: str) -> int | None:
    """The 1-based line of `sample` that breaks a file's encoding, if lines disagree.

    Two exports joined into one file can mix UTF-8 lines with lines in a legacy code
    page. Read as UTF-8, those lines fail; read as the code page, the UTF-8 lines turn
    into mojibake ("Ã–sterreich") without any error. So when some lines hold valid
    UTF-8 beyond ASCII and others are not UTF-8 at all, the file is refused instead.
    """
    if encoding.startswith(("utf-16", "utf-8-sig")):
        return None
    utf8_seen = False
    first_bad = None
    for number, line in enumerate(re.split(rb"\r\n|\r|\n", sample), start=1):
        if line.isascii():
            continue
        try:
            text = line.decode("utf-8")
            utf8_seen = utf8_seen or _really_utf8(text, encoding)
        except UnicodeDecodeError as exc:
            # A line cut short by the end of the sample is not evidence.
            if exc.start < len(line) - 3 and first_bad is None:
                first_bad = number
        if utf8_seen and first_bad is not None:
            return first_bad
    return None


def first_utf8_line(path: Path, encoding: str) -> int | None:
    """The first line of a file read as a legacy code page that is really UTF-8 text.

    The sample decided on the code page because some lines are not UTF-8; a UTF-8 line
    further down (an export appended later) would otherwise become mojibake silently.
    """
    if encoding.startswith(("utf-8", "utf-16")):
        return None
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            if line.isascii():
                continue
            try:
                if _really_utf8(line.decode("utf-8"), encoding):
                    return number
            except UnicodeDecodeError:
                continue
    return None


def _really_utf8(text: str, encoding: str) -> bool:
    """Whether a line that decodes as UTF-8 is UTF-8 text rather than `encoding` by chance:
    double-byte Chinese, Japanese or Korean text can pass as a few 2-byte UTF-8 letters,
    hardly ever as 3-byte characters; single-byte text almost never decodes as UTF-8 at all."""
    return _single_byte(encoding) or any(ord(ch) >= 0x800 for ch in text)
