"""A parcel row's status from all the evidence it carries, strongest first (DESIGN §4).

1. A sub-status code with a published meaning (AfterShip "Exception_011", 17TRACK
   "Exception_Returned").
2. An event text that states an outcome (returned to sender, declared lost, damaged,
   delivered, waiting at a pickup point, delivery failed): a generic status word
   ("Exception", "In transit") never hides it. A final status word (delivered, lost…)
   yields only to a text that states another final outcome.
3. The status column's word (or a sub-status read only by its tag).
4. Any other event text.
A value the product could not read counts, once the seller has given it a status, as
a reading of its own field; so does every value of its shape (the same words with other
numbers: "Held at depot 17" as "Held at depot 4021"), unless the seller gave values of that
shape different statuses. A value of fewer than two words of letters ("Status 40") has no
shape: its number may be what it means.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from lossanalytics.normalise._rules import fold
from lossanalytics.normalise.statuses import DECISIVE_STATUSES, TERMINAL_STATUSES, Reading, read_status

# Where a status came from, as stored in parcel_rows.status_source.
SOURCES = ("substatus", "event_text", "status")


class Evidence(NamedTuple):
    """A row's status, which field decided it (SOURCES, or None when nothing said
    anything) and the code or words in that field that did."""

    status: str
    source: str | None
    evidence: str | None


NOTHING = Evidence("unknown", None, None)


# fold() makes every run of whitespace one space and trims the ends, so no folded text
# holds a tab: a shape key starts with one, and so is never an exact key, and writes each
# run of digits as one, which no carrier's own "#" or "N" can imitate.
SHAPE_MARK = "\t"
# Any decimal digit, not only ASCII: fold has made full-width ones ASCII already, and
# Arabic-Indic or Devanagari digits are numbers too.
_DIGITS = re.compile(r"\d+")


def vocabulary_key(raw: str) -> str:
    """The form under which a seller's own status assignment is saved and looked up."""
    return fold(raw)


# A shape needs two words of letters besides its numbers. Where the number is the value's
# meaning ("40", "Status 40", "EX01": a carrier's status code), "Status 50" is another status,
# not another place or count, and a choice for one code must not give it to every other.
_WORD = re.compile(r"[^\W\d_]{2,}")
_SHAPE_WORDS = 2


def _shape(folded: str) -> str | None:
    if len(_WORD.findall(folded)) < _SHAPE_WORDS:
        return None
    return SHAPE_MARK + _DIGITS.sub(SHAPE_MARK, folded)


def shape_key(raw: str) -> str | None:
    """The key of every value that folds like `raw` but for its numbers ("Delivery attempt 2
    of 3" and "delivery attempt 1 of 3" share one); never equal to any vocabulary_key. None for a
    value of fewer than two words of letters, whose numbers may be its meaning (a status code)."""
    return _shape(fold(raw))


def seller_vocabulary(saved: Iterable[tuple[str, str, str]]) -> dict[str, str]:
    """The `assigned` mapping decide_status takes, from the seller's saved choices as
    (vocabulary_key, raw text, status): each exact key, and each shape whose values the
    seller gave one status (two statuses for one shape, and the shape says nothing)."""
    exact: dict[str, str] = {}
    by_shape: dict[str, set[str]] = {}
    for key, raw, status in saved:
        exact[key] = status
        shape = shape_key(raw)
        if shape is not None:
            by_shape.setdefault(shape, set()).add(status)
    return exact | {shape: statuses.pop() for shape, statuses in by_shape.items() if len(statuses) == 1}


def _read(raw: str | None, assigned: Mapping[str, str]) -> Reading:
    if raw is not None and assigned:
        folded = vocabulary_key(raw)
        status = assigned.get(folded)
        if status is None and (shape := _shape(folded)) is not None:
            status = assigned.get(shape)
        if status is not None:
            return Reading(status, raw.strip(), "seller")
    return read_status(raw)


def decide_status(
    status_word: str | None, substatus: str | None, event_text: str | None, assigned: Mapping[str, str] = {},
) -> Evidence:
    """The status of one row from its status word, sub-status and latest event text,
    with the evidence that decided it; `assigned` (seller_vocabulary) maps vocabulary_key(raw)
    to the status the seller gave a value the product could not read, and shape_key(raw) to
    the one status of its shape; the exact key is looked up first."""
    sub, word, text = (_read(raw, assigned) for raw in (substatus, status_word, event_text))
    if sub.kind in ("code", "seller"):
        return Evidence(sub.status, "substatus", sub.evidence)
    stated, source = (sub, "substatus") if sub.status != "unknown" else (word, "status")
    if text.status in DECISIVE_STATUSES and (stated.status not in TERMINAL_STATUSES or text.status in TERMINAL_STATUSES):
        return Evidence(text.status, "event_text", text.evidence)
    if stated.status != "unknown":
        return Evidence(stated.status, source, stated.evidence)
    if text.status != "unknown":
        return Evidence(text.status, "event_text", text.evidence)
    return NOTHING
