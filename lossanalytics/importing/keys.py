"""SQL for the parcel key: tracking numbers cleaned, and rows that must never become a key.

Excel stores a long numeric tracking number as a number. It keeps 15 significant
digits and shows big ones in scientific notation, so a CSV saved from it holds
`1.23457E+11`, and a workbook holds a float in place of the 20-digit text. Such a
value has lost digits: two parcels whose numbers differ only in the lost digits would
become one. Those rows are set aside; nothing can bring the digits back.

A whole number of at most 15 digits written with a decimal part (`123456789012.0`,
as pandas writes a float column) has lost nothing: a double holds every integer up
to 2^53 exactly, and Excel keeps 15 digits, so it is read as its digits.
"""

from __future__ import annotations

from collections.abc import Sequence

# Spaces a tracking number loses: ASCII, no-break, figure, narrow and ideographic spaces, tabs.
KEY_SPACES = " \t\r\n\u00a0\u2007\u202f\u3000"
# Scientific notation in either decimal style (a JSON float too), or a whole number of
# 16 or more digits with a decimal part: digits a spreadsheet could not keep.
DAMAGED_NUMBER = r"-?[0-9]+([.,][0-9]+)?[eE][+-]?[0-9]+|-?[0-9]{16,}[.,]0+"
WHOLE_FLOAT = r"[0-9]{1,15}\.0+"


def damaged_sql(text: str) -> str:
    """SQL: whether the text is a number that lost digits in a spreadsheet.

    The regular expression runs only on texts with an 'E', '.' or ',' (few keys have one).
    """
    marks = " OR ".join(f"contains({text}, '{mark}')" for mark in "Ee.,")
    return f"CASE WHEN {marks} THEN regexp_full_match({text}, '{DAMAGED_NUMBER}') ELSE false END"


def key_sql(text: str, params: dict[str, object]) -> str:
    """SQL: the tracking number in `text` trimmed of a float's `.0`, without spaces, upper case."""
    digits = (f"CASE WHEN contains({text}, '.') AND regexp_full_match({text}, '{WHOLE_FLOAT}') "
              f"THEN split_part({text}, '.', 1) ELSE {text} END")
    # translate() is slow and few keys hold a space, so only those go through it
    # (found by contains(), cheaper than a regular expression).
    spaced = " OR ".join(f"contains({text}, $key_space_{i})" for i in range(len(KEY_SPACES)))
    params["key_spaces"] = KEY_SPACES
    params.update({f"key_space_{i}": space for i, space in enumerate(KEY_SPACES)})
    return f"nullif(upper(CASE WHEN {spaced} THEN translate({digits}, $key_spaces, '') ELSE {digits} END), '')"


def repeats_header_sql(headers: Sequence[str], types: Sequence[str], params: dict[str, object]) -> str:
    """SQL over `stage_raw s`: whether a row repeats the header (exports joined into one
    file), compared trimmed and case-insensitively, a byte-order mark ignored.

    The key column is compared first: CASE evaluates the rest only where it matched.
    Only a cell holding a byte-order mark goes through replace(): on a million cells
    it costs as much as the rest of the comparison.
    """
    params["bom"] = "\ufeff"

    def same(index: int) -> str:
        params[f"header_{index}"] = headers[index].replace("\ufeff", "").strip().lower()
        cell = f"s.c{index}" if types[index] == "VARCHAR" else f"CAST(s.c{index} AS VARCHAR)"
        text = f"CASE WHEN contains({cell}, $bom) THEN replace({cell}, $bom, '') ELSE coalesce({cell}, '') END"
        return f"lower({text}) = $header_{index}"

    first = next((i for i, header in enumerate(headers) if header.strip()), 0)
    rest = [same(i) for i in range(len(headers)) if i != first]
    return f"CASE WHEN {same(first)} THEN {' AND '.join(rest) or 'true'} ELSE false END"
