"""How the phrase tables are read: a pattern (a phrase starting with ASCII, such as "(?:…)")
meets the folded text as the text meets it; anything else is a plain substring."""

from __future__ import annotations

import ast
from pathlib import Path

from lossanalytics.normalise import status_phrases
from lossanalytics.normalise._rules import KeywordRules, _is_word_phrase, fold
from lossanalytics.normalise.status_phrases import STEPS

REGEX_SYNTAX = set("\\[]{}*?^$|")


def test_a_pattern_with_traditional_characters_matches_text_that_folding_simplified() -> None:
    rules = KeywordRules((("closed", (r"(?:(?<!郵便局)定休日)",)), ("failed", (r"(?:簽收\S{0,2}失敗)",))))
    assert rules.first(fold("定休日")) == "closed"
    assert rules.first(fold("郵便局定休日")) is None  # the look-behind sees "邮便局" as the text has it
    assert rules.first(fold("簽收失敗")) == rules.first(fold("签收失败")) == "failed"


def test_no_plain_phrase_holds_pattern_syntax() -> None:
    # A pattern that starts with a CJK or Hangul character would be read as a literal and never
    # match: it must start with "(?:".
    literal_patterns = [phrase for _, languages in STEPS for phrases in languages.values() for phrase in phrases
                        if not _is_word_phrase(phrase) and REGEX_SYNTAX & set(phrase)]
    assert literal_patterns == []


def test_no_step_names_a_language_twice() -> None:
    # A dict literal with the same language twice keeps only the last list: the first one's
    # phrases would be dropped without a word. Read from the source, where the repeat still shows.
    repeated = []
    for path in sorted(Path(status_phrases.__file__).parent.glob("status_phrases*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = [key.value for key in node.keys if isinstance(key, ast.Constant)]
                repeated += [(path.name, node.lineno, key) for key in set(keys) if keys.count(key) > 1]
    assert repeated == []


def test_a_polish_l_with_stroke_is_a_letter_of_the_word() -> None:
    # "ł" has no accent to decompose: unless it folds to "l", the whole-word guard sees it as a
    # word's end, and "doręczy" (will deliver) would match inside "doręczył" (delivered).
    rules = KeywordRules((("in_transit", (r"doreczy",)), ("delivered", (r"doreczyl\w*",))))
    assert fold("Kurier doręczył przesyłkę") == "kurier doreczyl przesylke"
    assert rules.first(fold("Kurier doręczył przesyłkę")) == "delivered"
    assert rules.first(fold("Kurier doręczy przesyłkę jutro")) == "in_transit"


def test_a_pattern_meets_thai_arabic_and_hebrew_letters_as_folding_writes_them() -> None:
    # Folding writes Thai "ำ" as "ํา" (NFKC), Arabic "ة" as "ه" and Hebrew final letters as ordinary ones:
    # a pattern written with the letters as carriers print them must still meet the folded text.
    rules = KeywordRules((
        ("delivered", (r"(?:นำจ่าย\S{0,3}สำเร็จ)",)),
        ("delivery_failed", (r"(?:فشل\s+محاولة)",)),
        ("in_transit", (r"(?:בדרך\s+אליך)",)),
    ))
    assert fold("นำจ่าย") != "นำจ่าย"  # folding does change it
    assert rules.first(fold("นำจ่ายสำเร็จ")) == "delivered"
    assert rules.first(fold("فشل محاولة التسليم")) == "delivery_failed"
    assert rules.first(fold("החבילה בדרך אליך")) == "in_transit"
