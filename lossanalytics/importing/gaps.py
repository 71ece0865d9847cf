"""What a file lacks that the loss figures depend on (the data-quality gate at import)."""

from __future__ import annotations

from collections.abc import Iterable

# Each gap: the fields any one of which fills it.
_NEEDS: dict[str, frozenset[str]] = {
    # Without any date a parcel cannot be placed in time: not judged, left out of rates.
    "dates": frozenset({"ship_date", "last_event_time", "delivered_date", "event_time"}),
    # Without status evidence nobody knows whether the parcels arrived.
    "status": frozenset({"status", "substatus", "last_event_text", "delivered_date", "event_time"}),
    "carrier": frozenset({"carrier"}),
}
GAPS = tuple(_NEEDS)


def data_gaps(fields: Iterable[str]) -> tuple[str, ...]:
    """The gaps (of GAPS, in that order) a file leaves when it gives only `fields`
    (its mapped columns and its format's constant values)."""
    given = set(fields)
    return tuple(gap for gap, fillers in _NEEDS.items() if not fillers & given)
