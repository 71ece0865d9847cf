"""Parcel journeys: when every scan happens, how each parcel ends, and what is visible
by the cut-off.

Times are float days relative to the cut-off (midnight at the start of `today`), so
everything visible is negative and `floor` lands on midnights. All work is done on
whole arrays: one row per parcel and leg, then one flat row per scan.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lossanalytics.demo.catalogue import (
    DEST_CITY,
    DEST_HUB,
    DOORSTEP_DAYS,
    FAILED,
    FINAL,
    HOLD,
    HOLD_DAYS,
    HUB_SPLIT,
    LABEL,
    LINEHAUL,
    N_LEGS,
    OFD,
    OFD2,
    ORIGIN_HUB,
    OVERNIGHT_SHARE,
    PICKUP,
    PROFILES,
    RETURN_DAYS,
    SCAN,
    Leg,
)

OUTCOMES = ("delivered", "lost", "returned", "damaged", "in_transit")
DELIVERED, LOST, RETURNED, DAMAGED, IN_TRANSIT = range(len(OUTCOMES))

DECLARED_SHARE = 0.35  # of lost parcels a carrier eventually declares lost; recent ones not yet
BEFORE_PICKUP_SHARE = 0.04  # of lost parcels that never get a first scan after the label
MAX_SIGMA = 2.5  # log-normal leg lengths are cut at this many sigma
FILLER_JITTER = 0.2  # filler scans move up to this share of their spacing
SECONDS_PER_DAY = 86_400
BLOCK = 32_768  # parcels simulated at a time (part of the seed: changing it changes the data)


def _tail_legs() -> dict[int, Leg]:
    """Legs shared by every profile, from out-for-delivery to the final scan."""
    doorstep = Leg("ofd", DEST_CITY, *DOORSTEP_DAYS)
    return {HOLD: Leg("held", DEST_HUB, 0.0, 0.0), OFD: doorstep, FAILED: Leg("failed", DEST_CITY, 0.0, 0.0),
            OFD2: doorstep, FINAL: Leg("delivered", DEST_CITY, 0.0, 0.0)}


@dataclass(frozen=True)
class _Tables:
    """The profiles as arrays indexed [profile, leg], so parcels can look them up at once."""

    present: np.ndarray
    days: np.ndarray
    spread: np.ndarray
    gap_low: np.ndarray
    gap_high: np.ndarray
    scan: np.ndarray
    where: np.ndarray
    fillers: np.ndarray  # [profile, leg, 2]: filler scans alternate between two kinds
    filler_where: np.ndarray
    declared_after: np.ndarray  # [profile, 2]
    redelivery: np.ndarray
    returned: np.ndarray
    damaged: np.ndarray


def _tables() -> _Tables:
    """Fill the arrays from PROFILES plus the tail legs every profile shares."""
    shape = (len(PROFILES), N_LEGS)
    present, days, spread = np.zeros(shape, bool), np.zeros(shape), np.zeros(shape)
    gap_low, gap_high = np.zeros(shape), np.zeros(shape)
    scan, where, filler_where = np.zeros(shape, np.int16), np.zeros(shape, np.int8), np.zeros(shape, np.int8)
    fillers = np.zeros((*shape, 2), np.int16)
    for row, profile in enumerate(PROFILES.values()):
        for leg_index, leg in {**_tail_legs(), **profile.legs}.items():
            # Hold, failed attempt and redelivery exist only for some parcels (set per parcel).
            present[row, leg_index] = leg_index not in (HOLD, FAILED, OFD2)
            days[row, leg_index], spread[row, leg_index] = leg.days, leg.spread
            if leg.gap:
                gap_low[row, leg_index], gap_high[row, leg_index] = leg.gap
            scan[row, leg_index], where[row, leg_index] = SCAN[leg.scan], leg.where
            fillers[row, leg_index] = SCAN[leg.fillers[0]], SCAN[leg.fillers[1]]
            filler_where[row, leg_index] = leg.filler_where
    values = list(PROFILES.values())
    return _Tables(present, days, spread, gap_low, gap_high, scan, where, fillers, filler_where,
                   np.array([p.declared_after for p in values], float), np.array([p.redelivery for p in values]),
                   np.array([p.returned for p in values]), np.array([p.damaged for p in values]))


_TABLES = _tables()
PROFILE_INDEX = {name: index for index, name in enumerate(PROFILES)}


@dataclass(frozen=True)
class Scans:
    """Scan events, parcel-major and chronological within a parcel: `parcel` (row of
    the parcel), `seconds` (relative to the cut-off, all negative), `scan` (index into
    SCANS) and `place` (index into the caller's place names)."""

    parcel: np.ndarray
    seconds: np.ndarray
    scan: np.ndarray
    place: np.ndarray


@dataclass(frozen=True)
class Journeys:
    """What the simulation produced, one entry per parcel.

    `outcome` indexes OUTCOMES (as of the cut-off); `lost_after_days` is ship to last
    scan for lost parcels (NaN otherwise); `delivered` is the delivery time in seconds
    (meaningful only where the outcome is delivered); `last_scan`/`last_seconds`
    describe the latest visible scan. `scans` holds every scan, or None when they were
    not asked for.
    """

    outcome: np.ndarray
    lost_after_days: np.ndarray
    delivered: np.ndarray
    last_scan: np.ndarray
    last_seconds: np.ndarray
    scans: Scans | None


def _seconds(days: np.ndarray) -> np.ndarray:
    # Floor, not round: a scan a fraction of a second before the cut-off stays before it.
    return np.floor(days * SECONDS_PER_DAY).astype(np.int64)


def _next_morning(rng: np.random.Generator, when: np.ndarray) -> np.ndarray:
    """Vans leave between 07:00 and 09:30: the first such time at or after `when`."""
    morning = np.floor(when) + rng.uniform(7, 9.5, len(when)) / 24
    return np.where(morning < when, morning + 1, morning)


def simulate(rng: np.random.Generator, ship: np.ndarray, profile: np.ndarray, lost_rate: np.ndarray,
             held: np.ndarray, places: np.ndarray, with_scans: bool) -> Journeys:
    """Simulate every parcel's journey.

    `ship` is the ship time in days relative to the cut-off, `profile` an index into
    PROFILES, `lost_rate` the parcel's lane loss rate, `held` whether customs hold it,
    and `places` an (n, 4) array of place indices for origin city, origin hub,
    destination hub and destination city. `with_scans` keeps every scan, not only the
    last one per parcel.
    """
    # Blocks of parcels keep the scan arrays small enough to stay in cache and to reuse
    # memory; touching fresh memory is what costs time at a million parcels.
    parts = [_simulate_block(rng, ship[i:i + BLOCK], profile[i:i + BLOCK], lost_rate[i:i + BLOCK],
                             held[i:i + BLOCK], places[i:i + BLOCK], with_scans)
             for i in range(0, len(ship), BLOCK)]
    scans = None
    if with_scans:
        offsets = np.cumsum([0] + [len(part.outcome) for part in parts[:-1]])
        scans = Scans(*(np.concatenate([getattr(part.scans, name) + (offset if name == "parcel" else 0)
                                        for part, offset in zip(parts, offsets)])
                        for name in ("parcel", "seconds", "scan", "place")))
    return Journeys(*(np.concatenate([getattr(part, name) for part in parts])
                      for name in ("outcome", "lost_after_days", "delivered", "last_scan", "last_seconds")),
                    scans=scans)


def _fates(rng: np.random.Generator, profile: np.ndarray, lost_rate: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """How each parcel's journey would end, and whether its first delivery attempt fails."""
    t = _TABLES
    returned_rate, damaged_rate = t.returned[profile], t.damaged[profile]
    draw = rng.random(len(profile))
    fate = np.select([draw < lost_rate, draw < lost_rate + returned_rate,
                      draw < lost_rate + returned_rate + damaged_rate], [LOST, RETURNED, DAMAGED], DELIVERED)
    redelivered = (fate == DELIVERED) & (rng.random(len(profile)) < t.redelivery[profile])
    return fate, redelivered


def _legs(rng: np.random.Generator, ship: np.ndarray, profile: np.ndarray, held: np.ndarray, fate: np.ndarray,
          redelivered: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which legs each parcel has, and when each starts: two (n, N_LEGS) arrays."""
    n, t = len(ship), _TABLES
    present = t.present[profile]
    present[:, HOLD] = held
    present[:, FAILED] = redelivered | (fate == RETURNED)
    present[:, OFD2] = redelivered

    # One slowness factor per parcel makes its legs move together: a slow parcel is
    # slow everywhere, which gives the transit times their long right tail. Draws are
    # cut at 2.5 sigma: a leg three times its usual length would read as a loss, not as
    # the normal spread a lane should learn.
    slowness = np.exp(0.15 * np.clip(rng.standard_normal(n), -MAX_SIGMA, MAX_SIGMA))
    spread = np.clip(rng.standard_normal((n, N_LEGS)), -MAX_SIGMA, MAX_SIGMA)
    days = t.days[profile] * np.exp(t.spread[profile] * spread) * slowness[:, None]
    days[:, HOLD] = rng.uniform(*HOLD_DAYS, n)
    days[:, OFD] += rng.random(n) < OVERNIGHT_SHARE
    days[:, FAILED] = np.where(fate == RETURNED, rng.uniform(*RETURN_DAYS, n), 0.0)
    days[:, FINAL] = 0.0
    days *= present

    start = np.empty((n, N_LEGS))
    start[:, LABEL] = ship
    for leg in range(1, N_LEGS):
        start[:, leg] = start[:, leg - 1] + days[:, leg - 1]
        if leg in (OFD, OFD2):
            start[:, leg] = np.where(present[:, leg], _next_morning(rng, start[:, leg]), start[:, leg])
    return present, start


@dataclass(frozen=True)
class _Flat:
    """Every scheduled scan of a block: its parcel, leg, rank within the leg (0 is the
    leg's first scan), the number of fillers in that leg, and its time."""

    parcel: np.ndarray
    leg: np.ndarray
    rank: np.ndarray
    fill: np.ndarray
    when: np.ndarray

    def take(self, index: np.ndarray) -> _Flat:
        return _Flat(self.parcel[index], self.leg[index], self.rank[index], self.fill[index], self.when[index])


def _schedule(rng: np.random.Generator, profile: np.ndarray, present: np.ndarray, start: np.ndarray) -> _Flat:
    """Lay out every scan: each present leg's first scan, then its filler scans, evenly
    spaced with a little jitter so the spacing (hence the largest gap) stays within the
    profile's range."""
    n, t = len(profile), _TABLES
    length = np.diff(start, axis=1, append=start[:, -1:])
    spacing_target = t.gap_low[profile] + rng.random((n, N_LEGS)) * (t.gap_high[profile] - t.gap_low[profile])
    has_fillers = present & (t.gap_high[profile] > 0)
    fill = np.zeros((n, N_LEGS), np.int64)
    fill[has_fillers] = np.maximum(np.ceil(length[has_fillers] / spacing_target[has_fillers]) - 1, 0)

    counts = (present.astype(np.int64) + fill).ravel()
    cell = np.repeat(np.arange(n * N_LEGS), counts)
    rank = np.arange(len(cell)) - (np.cumsum(counts) - counts)[cell]
    spacing = (length / (fill + 1)).ravel()[cell]
    jitter = rng.uniform(-FILLER_JITTER, FILLER_JITTER, len(cell))
    when = start.ravel()[cell] + np.where(rank > 0, (rank + jitter) * spacing, 0.0)
    return _Flat(cell // N_LEGS, cell % N_LEGS, rank, fill.ravel()[cell], when)


def _describe(scans: _Flat, profile: np.ndarray, fate: np.ndarray,
              places: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """What each scan says and where it happens (indices into SCANS and place names)."""
    t, row, leg, rank = _TABLES, profile[scans.parcel], scans.leg, scans.rank
    kind = np.where(rank == 0, t.where[row, leg], t.filler_where[row, leg])
    split = kind == HUB_SPLIT
    kind[split] = np.where(2 * rank[split] <= scans.fill[split] + 1, ORIGIN_HUB, DEST_HUB)
    # Fillers alternate between the leg's two kinds of scan; on a line-haul the first
    # kind belongs to the origin side and the second to the destination side.
    alternate = np.where(split, kind == DEST_HUB, (rank + 1) % 2).astype(np.int64)
    scan = np.where(rank == 0, t.scan[row, leg], t.fillers[row, leg, alternate])
    scan[(leg == FINAL) & (fate[scans.parcel] == RETURNED)] = SCAN["returned"]
    return scan, places[scans.parcel, kind]


def _simulate_block(rng: np.random.Generator, ship: np.ndarray, profile: np.ndarray, lost_rate: np.ndarray,
                    held: np.ndarray, places: np.ndarray, with_scans: bool) -> Journeys:
    n, t = len(ship), _TABLES
    fate, redelivered = _fates(rng, profile, lost_rate)
    present, start = _legs(rng, ship, profile, held, fate, redelivered)
    scheduled = _schedule(rng, profile, present, start)

    # Lost parcels vanish somewhere between pickup and the doorstep (a few before the
    # first scan); damaged ones are found broken after they left the origin.
    before_pickup = rng.random(n) < BEFORE_PICKUP_SHARE
    lost_from = np.where(before_pickup, ship, start[:, PICKUP])
    lost_to = np.where(before_pickup, start[:, PICKUP], start[:, OFD])
    vanish_draw = rng.random(n)
    vanish = np.where(fate == LOST, lost_from + vanish_draw * (lost_to - lost_from),
                      start[:, LINEHAUL] + vanish_draw * (start[:, OFD] - start[:, LINEHAUL]))
    ends = (fate == LOST) | (fate == DAMAGED)
    end = np.where(ends, vanish, np.inf)
    seen = scheduled.take((scheduled.when <= end[scheduled.parcel]) & (scheduled.when < 0))
    kept = np.bincount(seen.parcel, minlength=n)
    last_kept = np.cumsum(kept) - 1
    last_time = seen.when[last_kept]

    # Carriers declare some losses after an investigation; damage is reported at once.
    declared = rng.random(n) < DECLARED_SHARE
    delay = rng.uniform(t.declared_after[profile, 0], t.declared_after[profile, 1])
    closing_time = np.where(fate == LOST, vanish + delay, vanish)
    closers = np.flatnonzero(((fate == DAMAGED) | ((fate == LOST) & declared)) & (closing_time < 0))
    closing_scan = np.where(fate[closers] == LOST, SCAN["lost"], SCAN["damaged"])

    outcome = np.full(n, IN_TRANSIT)
    finished = start[:, FINAL] < 0
    outcome[(fate == DELIVERED) & finished] = DELIVERED
    outcome[(fate == RETURNED) & finished] = RETURNED
    outcome[ends & (vanish < 0)] = fate[ends & (vanish < 0)]
    lost = outcome == LOST
    lost_after_days = np.full(n, np.nan)
    lost_after_days[lost] = (_seconds(last_time[lost]) - _seconds(ship[lost])) / SECONDS_PER_DAY

    # Describing a scan costs more than timing it: without the scan table, describe
    # only each parcel's last one.
    scan, place = _describe(seen if with_scans else seen.take(last_kept), profile, fate, places)
    last_scan = scan[last_kept] if with_scans else scan
    last_seconds = _seconds(last_time)
    last_scan[closers], last_seconds[closers] = closing_scan, _seconds(closing_time[closers])
    scans = None
    if with_scans:
        # Slot each closing scan in right after its parcel's last kept scan.
        total = len(seen.parcel) + len(closers)
        is_closing = np.zeros(total, bool)
        is_closing[last_kept[closers] + 1 + np.arange(len(closers))] = True
        merged = []
        for base, extra in ((seen.parcel, closers), (seen.when, closing_time[closers]), (scan, closing_scan),
                            (place, place[last_kept[closers]])):
            out = np.empty(total, base.dtype)
            out[~is_closing], out[is_closing] = base, extra
            merged.append(out)
        scans = Scans(parcel=merged[0], seconds=_seconds(merged[1]), scan=merged[2], place=merged[3])

    return Journeys(outcome=outcome, lost_after_days=lost_after_days, delivered=_seconds(start[:, FINAL]),
                    last_scan=last_scan, last_seconds=last_seconds, scans=scans)
