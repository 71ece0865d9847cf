"""Ordered keyword rules shared by the status, carrier and mode normalisers."""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable

from lossanalytics.normalise._prefilter import RuleIndex

# Texts read by trying every rule before the prefilter index (RuleIndex) is made. Making it parses every
# expression, as long as trying every status rule on about 700 texts; most imports read a few dozen distinct
# status values and texts, and never pay for it. An export of thousands of texts pays for 500 unindexed reads
# (about 0.3 s) before the index makes each further read a tenth of the work.
READS_BEFORE_INDEX = 500

_SEPARATORS = re.compile(r"[_\-–—/|.,;:'’()（）\[\]【】「」『』、。，：；！？!?\"“”™®©]+")


def _without_accent(char: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))


# Accents come off Latin letters only: decomposing kana or Hangul would break the
# Japanese and Korean phrases ("が" is not "か").
_LATIN_ACCENTS = {
    code: _without_accent(chr(code))
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))
    if _without_accent(chr(code)) != chr(code)
}
# Vietnamese "đ" (and the look-alike "ð" some tables print) has no accent to decompose;
# written "d", "đã giao" reads "da giao", whole words like the rest. Turkish writes "ı" in
# lower case and "I" in capitals, and "İ" lower-cases to "i" with a combining dot: all are
# "i", so "TESLİM EDİLDİ", "alındı" and "ALINDI" read "teslim edildi", "alindi". Polish "ł" is "l":
# left as it is, the whole-word guard would take it for the end of a word ("doręczy" in "doręczył").
_LATIN_ACCENTS.update({ord("đ"): "d", ord("ð"): "d", ord("ı"): "i", ord("ł"): "l", 0x307: ""})


# Traditional Chinese characters of tracking texts in their simplified form, so one
# vocabulary reads Taiwan's and Hong Kong's carriers too ("簽收" is "签收"). Phrases are
# folded the same way, so a Japanese kanji that changes ("配達") still matches itself.
_SIMPLIFIED = str.maketrans(
    "簽異丟運攬達貨遞發轉關歸還試敗無單號點櫃領長時間壹顯沒結經離區處進過從開資訊費險戶給並設壞損毀驛滯誤郵務"
    "護報確認寫錯詢聯繫絡電話機場門們國際車輛輸貼補據庫揀裝廠條碼與為對應準備將會統數來這個問題狀態歷記錄證實"
    "臺灣縣鎮棧攜帶檢驗稅費員嘗試達辦屆屬齊產實約預訂送遺滅銷毀處臨陸續軌跡鄰絕現",
    "签异丢运揽达货递发转关归还试败无单号点柜领长时间一显没结经离区处进过从开资讯费险户给并设坏损毁驿滞误邮务"
    "护报确认写错询联系络电话机场门们国际车辆输贴补据库拣装厂条码与为对应准备将会统数来这个问题状态历记录证实"
    "台湾县镇栈携带检验税费员尝试达办届属齐产实约预订送遗灭销毁处临陆续轨迹邻绝现",
)


# Arabic and Hebrew letters written more than one way, in one form: every alef with a
# hamza or madda as bare alef, taa marbuta as haa ("الشحنة" is "الشحنه"), alef maqsura
# as yaa, hamza on waw or yaa as the bare letter; tatweel, harakat and niqqud dropped;
# Hebrew final letters as their ordinary forms, so "נאסף" (collected) is found in
# "נאספה", where the letter is no longer last.
# Arabic punctuation and the Hebrew maqaf become spaces, geresh and gershayim the ASCII
# marks ("מרלו״ג" reads like "מרלו\"ג").
_RTL = str.maketrans({
    **dict.fromkeys("أإآٱ", "ا"), "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
    **{chr(c): "" for c in (0x640, *range(0x64B, 0x660), 0x670)},
    **{chr(c): "" for c in range(0x591, 0x5C8) if c != 0x5BE},
    "\u05be": " ", "،": " ", "؛": " ", "؟": " ", "\u05f3": "'", "\u05f4": '"',
    **dict(zip("ךםןףץ", "כמנפצ")),
})


# Marks that NFKC would spell out as letters ("Access Point™" as "access pointtm").
_MARKS = str.maketrans({"\u2122": " ", "\u00ae": " ", "\u00a9": " ", "\u2120": " "})


def _letters(text: str) -> str:
    return (unicodedata.normalize("NFKC", text.translate(_MARKS)).casefold()
            .translate(_LATIN_ACCENTS).translate(_SIMPLIFIED).translate(_RTL))


def fold(text: str) -> str:
    """Text as rules expect it: NFKC (full-width letters and half-width kana made
    ordinary), lower case, accents off Latin letters ("đ" as "d"), traditional Chinese characters in
    their simplified form, Arabic and Hebrew letter variants in one form (_RTL),
    punctuation as single spaces."""
    return " ".join(_SEPARATORS.sub(" ", _letters(text)).split())


_WORD = re.compile(r"\S+")


def as_written(text: str, folded: str, start: int, end: int) -> str | None:
    """The part of `text` that folds to folded[start:end] (folded is fold(text)), as the carrier wrote it
    ("Zurückgesendet", "נאסף", not "zuruckgesendet", "נאספ" with its final letter made
    ordinary), or None where folding changed the number of characters (a
    ligature, "ß", an accent written as a separate mark) and the two cannot be lined up."""
    letters = _letters(text)
    if len(letters) != len(text):
        return None
    spaced = _SEPARATORS.sub(lambda separators: " " * len(separators.group()), letters)
    first = last = None
    position = 0  # where the current word starts in fold(text): words joined by one space
    for word in _WORD.finditer(spaced):
        word_end = position + len(word.group())
        if first is None and start < word_end:
            first = word.start() + max(0, start - position)
        if first is not None and end <= word_end:
            last = word.start() + (end - position)
            break
        position = word_end + 1
    if first is None or last is None:
        return None
    written = text[first:last]
    return written if fold(written) == folded[start:end] else None


def _is_word_phrase(phrase: str) -> bool:
    # Latin and Cyrillic phrases are regular expressions of whole words; the rest
    # (CJK, kana, Hangul) are plain substrings.
    return phrase[0].isascii() or "\u0400" <= phrase[0] <= "\u04ff"


def _compile(phrases: tuple[str, ...]) -> re.Pattern[str]:
    # Word phrases must stand as whole words ("lost" not in "almost", "вручено" not in
    # "не вручено" read the other way); \b is no use because CJK characters count as
    # word characters, so "DHL快递" would not split. One look-around pair around all of
    # them is several times faster than one each. The letters of a pattern are folded as the
    # text's are (the regular expression's own syntax is ASCII, which folding leaves alone):
    # NFKC ("ำ" is "ํา" in folded Thai), Latin accents off ("błąd" must match "bład"), Chinese
    # simplified ("(?<!郵便局)" must see "邮便局"), Arabic and Hebrew variants in one form.
    words = [unicodedata.normalize("NFKC", p).translate(_LATIN_ACCENTS).translate(_SIMPLIFIED).translate(_RTL)
             for p in phrases if _is_word_phrase(p)]
    parts = [re.escape(fold(p)) for p in phrases if not _is_word_phrase(p)]
    if words:
        parts.insert(0, f"(?<![a-z0-9\u0400-\u04ff])(?:{'|'.join(words)})(?![a-z0-9\u0400-\u04ff])")
    return re.compile("|".join(parts))


class KeywordRules:
    """Rules (label, phrases) tried in order on folded text: the first rule with a
    phrase in the text gives its label. Latin and Cyrillic phrases are regular
    expressions matched as whole words; CJK phrases are plain substrings."""

    def __init__(self, rules: tuple[tuple[str, tuple[str, ...]], ...],
                 reads_before_index: int = READS_BEFORE_INDEX) -> None:
        self._rules = tuple((label, _compile(phrases)) for label, phrases in rules)
        self._reads_before_index = reads_before_index
        self._index: RuleIndex | None = None
        self._index_lock = threading.Lock()

    def index(self) -> RuleIndex:
        """The prefilter index of these rules, made now if it was not (every later read goes through it)."""
        with self._index_lock:
            if self._index is None:
                self._index = RuleIndex([pattern for _label, pattern in self._rules])
            return self._index

    def _candidates(self, folded: str) -> Iterable[int]:
        """Positions of the rules to try on `folded`: every rule until the index is made."""
        if self._index is None and self._reads_before_index > 0:
            self._reads_before_index -= 1
            return range(len(self._rules))
        return (self._index or self.index()).candidates(folded)

    def first(self, folded: str) -> str | None:
        """Label of the first rule matching the already folded text, or None."""
        found = self.match(folded)
        return found[0] if found else None

    def match(self, folded: str) -> tuple[str, re.Match[str]] | None:
        """(label, the match) of the first rule matching the folded text."""
        for position in self._candidates(folded):
            label, pattern = self._rules[position]
            hit = pattern.search(folded)
            if hit:
                return label, hit
        return None

    def labels(self, folded: str) -> set[str]:
        """Labels of every rule matching the already folded text."""
        return {self._rules[position][0] for position in self._candidates(folded)
                if self._rules[position][1].search(folded)}
