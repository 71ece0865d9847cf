"""Canonical parcel statuses (DESIGN §4) from tracking-platform codes, carrier scan codes,
marketplace order statuses, Chinese tracking terms and carriers' free text in the
languages they write in, each with the code or words that decided it."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from lossanalytics.normalise._rules import KeywordRules, as_written, fold
from lossanalytics.normalise.status_codes import (
    SOURCE_CODES,
    STATUS_CODES,
    SUBSTATUS_CODES,
    TAGS,
    TRACKINGMORE_CODES,
)
from lossanalytics.normalise.status_codes_marketplaces import MARKETPLACE_CODES
from lossanalytics.normalise.status_phrases import STEPS

STATUSES: tuple[str, ...] = (
    "info_received",
    "in_transit",
    "out_for_delivery",
    "available_for_pickup",
    "delivery_failed",
    "exception",
    "expired",
    "delivered",
    "returned",
    "damaged",
    "lost",
    "cancelled",
    "unknown",
)

TERMINAL_STATUSES = frozenset({"delivered", "returned", "damaged", "lost", "cancelled"})

# Statuses that say how a parcel's journey ended or where it stands for the recipient:
# an event text stating one of them outweighs a generic status word (DESIGN §4).
DECISIVE_STATUSES = TERMINAL_STATUSES | {"available_for_pickup", "delivery_failed"}


class Reading(NamedTuple):
    """What a status value or event text says: the canonical status, the code or words
    that decided it, and how it was read ("code": an exact published code; "tag": a
    sub-status read by its tag only; "text": words of an event; "none": nothing)."""

    status: str
    evidence: str | None
    kind: str


_NOTHING = Reading("unknown", None, "none")
_CODES: dict[str, str] = {**{status.replace("_", ""): status for status in STATUSES}, **TAGS, **STATUS_CODES}
_TEXT = KeywordRules(tuple(
    (status, tuple(phrase for phrases in by_language.values() for phrase in phrases))
    for status, by_language in STEPS
))
_SEPARATORS = re.compile(r"[\s_\-./]+")
_SUBSTATUS = re.compile(r"([a-z]+)_([a-z0-9]+)")
_NUMBERED = re.compile(r"([a-z]+?)(\d{3})")
# TrackingMore's tags, never written with a separator: "pickup_pending" (an integration's
# label for a pickup from the seller still to come) is no TrackingMore "pickup" code.
_UNSEPARATED_TAGS = frozenset({"transit", "pickup", "undelivered"})
# "DeliveredToPorch": an enum name written as one word, read again as words if nothing
# matched it whole ("PaketShop" and "PostNL" keep their own spelling first).
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
# Outcomes of which a text may name several as possibilities ("damaged, lost, or
# discarded"; "returned to sender, customs failure, lost or damaged"): naming more than
# one says something went wrong, not which.
_ALTERNATIVE_OUTCOMES = frozenset({"lost", "damaged", "returned"})


@lru_cache(maxsize=65536)
def read_status(raw: str | None, source: str | None = None) -> Reading:
    """Read a raw status word, code or free-text description.

    Codes are matched ignoring case, spaces, underscores and hyphens; AfterShip and
    17TRACK sub-statuses ("Exception_011", "Exception_Returned") by their published
    meaning, else by their tag; anything else goes through the ordered phrases of
    status_phrases. `source` ("shipengine") selects that vocabulary's meaning of codes
    that clash with FedEx's scan codes. Empty or unrecognised values read "unknown", and
    so does a text naming more than one of lost, damaged and returned as its outcome:
    guessing one would corrupt loss rates, while an unread text is listed to the seller.
    """
    if raw is None:
        return _NOTHING
    text = str(raw).strip()
    if not text:
        return _NOTHING
    key = _SEPARATORS.sub("", text.casefold())
    if source is not None and (override := SOURCE_CODES.get(source.casefold(), {}).get(key)) is not None:
        return Reading(override, text, "code")
    sub = _SEPARATORS.sub("_", text.casefold())
    # TrackingMore's numbered codes never carry a separator; AfterShip's always do.
    spaced = any(c.isspace() for c in text)
    # Marketplace enums written as one ("NOTICE_LEFT", Allegro: waiting for pickup) are codes; the
    # same words with spaces are read as words first ("Notice Left" is USPS's failed attempt), and
    # as the marketplace's name for its code only when no phrase reads them ("Waiting for withdrawal").
    marketplace = MARKETPLACE_CODES.get(key)
    status = (_CODES.get(key) or (TRACKINGMORE_CODES.get(key) if sub == key else None)
              or (None if spaced else marketplace))
    if status is not None:
        return Reading(status, text, "code")
    if (status := SUBSTATUS_CODES.get(sub)) is not None:
        return Reading(status, text, "code")
    # A tag read from a code's first part only where the value is written as a code
    # ("Exception_Returned"): the words "Pickup Scheduled" are not the tag "pickup".
    tagged = None if spaced else _SUBSTATUS.fullmatch(sub) or _NUMBERED.fullmatch(key)
    if tagged is not None and tagged.re is _SUBSTATUS and tagged.group(1) in _UNSEPARATED_TAGS:
        tagged = None
    if tagged is not None and (status := TAGS.get(tagged.group(1))) is not None:
        return Reading(status, text, "tag")
    found = _TEXT.match(folded := fold(text))
    if found is None and _CAMEL.search(text):
        text = _CAMEL.sub(" ", text)
        found = _TEXT.match(folded := fold(text))
    if found is None:
        return _NOTHING if marketplace is None else Reading(marketplace, text, "code")
    if found[0] in _ALTERNATIVE_OUTCOMES and len(_TEXT.labels(folded) & _ALTERNATIVE_OUTCOMES) > 1:
        return _NOTHING
    status, hit = found
    return Reading(status, as_written(text, folded, *hit.span()) or hit.group(0), "text")


def canonical_status(raw: str | None, source: str | None = None) -> str:
    """The canonical status of a raw status word, code or description (see read_status)."""
    return read_status(raw, source).status
