"""Assemble the demo data set: orders, tracking, scan events and the ground truth."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from lossanalytics.demo import catalogue as cat
from lossanalytics.demo import identifiers as ids
from lossanalytics.demo.csvfile import write_csv
from lossanalytics.demo.journeys import DELIVERED, OUTCOMES, PROFILE_INDEX, SECONDS_PER_DAY, simulate

ORDER_COLUMNS = ("Order ID", "Tracking Number", "Marketplace", "Ship Date", "Order Value", "Currency",
                 "Weight (kg)", "Destination Country")
TRACKING_COLUMNS = ("Tracking Number", "Carrier", "Service", "Mode", "Origin Country", "Destination Country",
                    "Ship Date", "Status", "Last Event Time", "Last Event", "Estimated Delivery Date",
                    "Delivered Date")
EVENT_COLUMNS = ("Tracking Number", "Event Time", "Status", "Location", "Description")
TRUTH_COLUMNS = ("tracking_number", "true_outcome", "lost_after_days")
DAYS_OF_HISTORY = 365


@dataclass(frozen=True)
class DemoData:
    """A generated data set: three importable exports and the ground truth behind them.

    `orders`, `tracking` and `events` carry exactly the export headers the importer
    recognises (ORDER_COLUMNS, TRACKING_COLUMNS, EVENT_COLUMNS); `events` is empty
    (with its columns) when generated without events. `truth` (TRUTH_COLUMNS) says how
    every parcel really ended as of the cut-off, for simulators; it is never imported.
    """

    orders: pd.DataFrame
    tracking: pd.DataFrame
    events: pd.DataFrame
    truth: pd.DataFrame


class _Choices:
    """Named lists of strings flattened into one, so every parcel can pick from its own
    list in a single vectorised step."""

    def __init__(self) -> None:
        self._index: dict[str, int] = {}  # every distinct string, in order of first use
        self._flat: list[int] = []
        self._lists: dict[tuple[str, ...], int] = {}
        self._offsets: list[int] = []
        self._lengths: list[int] = []

    @property
    def names(self) -> list[str]:
        return list(self._index)

    def list_id(self, items: tuple[str, ...]) -> int:
        """Register a list (once) and return its id."""
        if items not in self._lists:
            self._lists[items] = len(self._offsets)
            self._offsets.append(len(self._flat))
            self._lengths.append(len(items))
            self._flat.extend(self._index.setdefault(item, len(self._index)) for item in items)
        return self._lists[items]

    def pick(self, rng: np.random.Generator, list_ids: np.ndarray) -> np.ndarray:
        """A uniformly chosen entry (as an index into `names`) of each row's list."""
        flat, offsets, lengths = np.array(self._flat), np.array(self._offsets), np.array(self._lengths)
        choice = (rng.random(len(list_ids)) * lengths[list_ids]).astype(np.int64)
        return flat[offsets[list_ids] + choice]


@dataclass(frozen=True)
class _World:
    """The catalogue's lanes as arrays indexed by lane."""

    share: np.ndarray
    lost: np.ndarray
    profile: np.ndarray
    carrier: np.ndarray
    service: np.ndarray
    mode: np.ndarray
    origin: np.ndarray
    dest: np.ndarray
    id_format: np.ndarray
    edd: np.ndarray
    promise: np.ndarray
    chinese: np.ndarray
    holds: np.ndarray
    consignment: np.ndarray
    place_lists: np.ndarray  # [lane, 4]: origin city, origin hub, destination hub, destination city
    prefix_list: np.ndarray
    places: _Choices
    prefixes: _Choices
    carriers: list[str]
    services: list[str]
    modes: list[str]
    countries: list[str]
    formats: list[str]


def _codes(values: list[str]) -> tuple[np.ndarray, list[str]]:
    """Category codes of `values` and the categories, in order of first appearance."""
    categories = list(dict.fromkeys(values))
    return np.array([categories.index(value) for value in values]), categories


def _world() -> _World:
    services = [cat.SERVICES[lane[0]] for lane in cat.LANES]
    profiles = [cat.PROFILES[s.profile] for s in services]
    origins, dests = [lane[1] for lane in cat.LANES], [lane[2] for lane in cat.LANES]
    consignment = np.array([p.mode in ("sea", "rail") for p in profiles])
    places, prefixes = _Choices(), _Choices()
    place_lists = np.array([
        [places.list_id(cat.ORIGIN_CITIES[origin]), places.list_id(service.hubs),
         places.list_id(cat.DEST_HUBS[dest, profile.hub_kind]),
         places.list_id((cat.FULFILMENT_CENTRES if restock else cat.DEST_CITIES)[dest])]
        for origin, dest, service, profile, restock in zip(origins, dests, services, profiles, consignment)
    ])
    carrier, carriers = _codes([s.carrier for s in services])
    service, service_names = _codes([s.service for s in services])
    mode, modes = _codes([p.mode for p in profiles])
    country, countries = _codes(origins + dests)
    id_format, formats = _codes([s.id_format for s in services])
    share = np.array([lane[3] for lane in cat.LANES])
    return _World(
        share=share / share.sum(), lost=np.array([lane[4] for lane in cat.LANES]),
        profile=np.array([PROFILE_INDEX[s.profile] for s in services]), carrier=carrier, service=service,
        mode=mode, origin=country[: len(origins)], dest=country[len(origins):], id_format=id_format,
        edd=np.array([s.edd for s in services]), promise=np.array([s.promise for s in services]),
        chinese=np.array([s.chinese for s in services]), holds=np.isin(dests, cat.HOLD_COUNTRIES),
        consignment=consignment, place_lists=place_lists,
        prefix_list=np.array([prefixes.list_id(cat.MARKETS[dest].prefixes) for dest in dests]),
        places=places, prefixes=prefixes, carriers=carriers, services=service_names, modes=modes,
        countries=countries, formats=formats,
    )


def _ship_days(rng: np.random.Generator, n: int, today: dt.date) -> np.ndarray:
    """Ship times in days before the cut-off, sorted: a growing seller with a Q4 peak."""
    dates = np.datetime64(today, "D") - DAYS_OF_HISTORY + np.arange(DAYS_OF_HISTORY)
    month = dates.astype("datetime64[M]").astype(np.int64) % 12
    weekday = (dates.astype(np.int64) + 3) % 7  # 1970-01-01 was a Thursday
    weight = (np.linspace(0.65, 1.0, DAYS_OF_HISTORY) * np.array(cat.MONTH_VOLUME)[month]
              * np.array(cat.WEEKDAY_VOLUME)[weekday])
    day = rng.choice(DAYS_OF_HISTORY, size=n, p=weight / weight.sum())
    hour = rng.uniform(8.5, 19.5, n)
    return np.sort(day - DAYS_OF_HISTORY + hour / 24)


def _timestamps(cutoff: np.datetime64, seconds: np.ndarray, valid: np.ndarray | None = None) -> np.ndarray:
    stamps = cutoff + seconds.astype("timedelta64[s]")
    if valid is not None:
        stamps[~valid] = np.datetime64("NaT")
    return stamps


def _category(codes: np.ndarray, labels: list[str]) -> pd.Categorical:
    """`labels[codes]` as a categorical; labels may repeat ("Info Received" is both the
    English and the Chinese export word)."""
    categories = list(dict.fromkeys(labels))
    remap = np.array([categories.index(label) for label in labels])
    return pd.Categorical.from_codes(remap[codes], categories=categories)


def _tracking_numbers(world: _World, lane: np.ndarray, serials: np.ndarray) -> np.ndarray:
    fmt = world.id_format[lane]
    groups = [(rows, ids.TRACKING_FORMATS[name](serials[rows]))
              for code, name in enumerate(world.formats) for rows in [np.flatnonzero(fmt == code)]]
    numbers = np.empty(len(lane), dtype=np.result_type(*(made for _, made in groups)))
    for rows, made in groups:
        numbers[rows] = made
    return numbers


def _orders(rng: np.random.Generator, world: _World, lane: np.ndarray, serials: np.ndarray,
            ship_dates: np.ndarray, tracking_numbers: pd.api.extensions.ExtensionArray,
            first_serial: int) -> pd.DataFrame:
    n = len(lane)
    dest = world.dest[lane]
    consignment = world.consignment[lane]

    channel_draw = rng.random(n)
    ebay_share, shopify_share = (share for _, share in cat.OTHER_CHANNELS)
    ebay = ~consignment & (channel_draw < ebay_share)
    shopify = ~consignment & ~ebay & (channel_draw < ebay_share + shopify_share)
    amazon = ~consignment & ~ebay & ~shopify

    prefix_names = np.array(world.prefixes.names)
    prefixes = prefix_names[world.prefixes.pick(rng, world.prefix_list[lane])]
    made = [(amazon, ids.amazon_order_ids(serials[amazon], prefixes[amazon])),
            (consignment, ids.fba_shipment_ids(serials[consignment])),
            (ebay, ids.ebay_order_ids(serials[ebay])), (shopify, ids.shopify_order_names(int(shopify.sum()), first_serial))]
    order_ids = np.empty(n, dtype=np.result_type(*(values for _, values in made)))
    for rows, values in made:
        order_ids[rows] = values

    # Per destination country: its Amazon marketplace and currency (origins like CN,
    # which never are destinations, get placeholders that no parcel uses).
    markets = [cat.MARKETS.get(country, cat.MARKETS["US"]) for country in world.countries]
    channels = list(dict.fromkeys([market.amazon for market in markets]
                                  + [name for name, _ in cat.OTHER_CHANNELS]))
    amazon_channel = np.array([channels.index(market.amazon) for market in markets])[dest]
    ebay_channel, shopify_channel = (channels.index(name) for name, _ in cat.OTHER_CHANNELS)
    marketplace = np.where(ebay, ebay_channel, np.where(shopify, shopify_channel, amazon_channel))

    currencies = list(cat.PER_USD)
    currency = np.array([currencies.index(market.currency) for market in markets])[dest]
    per_usd = np.array(list(cat.PER_USD.values()))[currency]
    weight = np.where(consignment, np.round(rng.uniform(5, 30, n), 1),
                      np.round(np.clip(np.exp(rng.normal(np.log(0.45), 0.7, n)), 0.1, 3.0), 2))
    usd = np.where(consignment, weight * rng.uniform(15, 60, n),
                   np.clip(np.exp(rng.normal(np.log(24), 0.8, n)), 8, 399))
    local = usd * per_usd
    # Shop prices end in .99; yen prices are whole tens; a restock is invoiced at cost.
    yen = currency == currencies.index("JPY")
    value = np.where(consignment, local, np.where(yen, np.round(local, -1), np.floor(local) + 0.99))

    return pd.DataFrame({
        "Order ID": order_ids,
        "Tracking Number": tracking_numbers,
        "Marketplace": _category(marketplace, channels),
        "Ship Date": ship_dates,
        "Order Value": np.round(value, 2),
        "Currency": _category(currency, currencies),
        "Weight (kg)": weight,
        "Destination Country": _category(dest, world.countries),
    })


def generate(n_parcels: int = 20_000, seed: int | tuple[int, int] = 7, today: dt.date | None = None,
             with_events: bool = True, first_serial: int = 0) -> DemoData:
    """Generate a realistic, deterministic year of cross-border shipments.

    Parcels ship over the 365 days before `today` (default: the current date); the data
    is what exports would show at midnight at the start of `today`, so recent parcels
    are still in transit. The same `n_parcels`, `seed` and `today` give identical data,
    with or without events (`with_events=False` only skips building the scan table,
    which is what makes a million parcels fast). Identifiers are made from the serials
    `first_serial` to `first_serial + n_parcels - 1`: data sets on disjoint serials share
    no tracking number or order id (generate_parts).
    """
    if n_parcels < 1:
        raise ValueError("n_parcels must be at least 1")
    today = today or dt.date.today()
    # The cut-off is midnight even if a datetime slips in: journeys count days from it.
    cutoff = np.datetime64(today, "D").astype("datetime64[s]")
    rng = np.random.default_rng(seed)
    world = _world()
    n = n_parcels

    ship = _ship_days(rng, n, today)
    lane = rng.choice(len(world.share), size=n, p=world.share)
    held = world.holds[lane] & (rng.random(n) < cat.HOLD_SHARE)
    places = np.stack([world.places.pick(rng, world.place_lists[lane, column]) for column in range(4)], axis=1)
    journeys = simulate(rng, ship, world.profile[lane], world.lost[lane], held, places, with_events)
    chinese = (rng.random(n) < world.chinese[lane]).astype(np.int64)
    # Converted to pandas text once, then shared by every table that lists parcels.
    tracking_numbers = pd.array(_tracking_numbers(world, lane, first_serial + rng.permutation(n).astype(np.int64)),
                                dtype="str")

    ship_seconds = np.floor(ship * SECONDS_PER_DAY).astype(np.int64)
    ship_dates = _timestamps(cutoff, ship_seconds)
    has_edd = rng.random(n) < world.edd[lane]
    edd_day = np.floor(ship).astype(np.int64) + world.promise[lane] + rng.integers(0, 2, n)
    # An estimate means "by the end of that day".
    edd = _timestamps(cutoff, (edd_day + 1) * SECONDS_PER_DAY - 1, has_edd)

    status_keys = list(cat.STATUSES)
    statuses = [words[0] for words in cat.STATUSES.values()] + [words[1] for words in cat.STATUSES.values()]
    descriptions = [scan.en for scan in cat.SCANS] + [scan.zh for scan in cat.SCANS]
    status_of_scan = np.array([status_keys.index(scan.status) for scan in cat.SCANS])
    last_scan = journeys.last_scan

    # Orders get their own serials, so order ids and tracking numbers share no digits.
    orders = _orders(rng, world, lane, first_serial + rng.permutation(n).astype(np.int64), ship_dates,
                     tracking_numbers, first_serial)
    generic = np.isin(last_scan, [cat.SCAN[key] for key in cat.GENERIC_EXCEPTION_SCANS])
    generic &= rng.random(n) < cat.GENERIC_EXCEPTION_SHARE
    status_of_last = np.where(generic, status_keys.index("exception"), status_of_scan[last_scan])
    tracking = pd.DataFrame({
        "Tracking Number": tracking_numbers,
        "Carrier": _category(world.carrier[lane], world.carriers),
        "Service": _category(world.service[lane], world.services),
        "Mode": _category(world.mode[lane], world.modes),
        "Origin Country": _category(world.origin[lane], world.countries),
        "Destination Country": _category(world.dest[lane], world.countries),
        "Ship Date": ship_dates,
        "Status": _category(status_of_last + chinese * len(cat.STATUSES), statuses),
        "Last Event Time": _timestamps(cutoff, journeys.last_seconds),
        "Last Event": _category(last_scan + chinese * len(cat.SCANS), descriptions),
        "Estimated Delivery Date": edd,
        "Delivered Date": _timestamps(cutoff, journeys.delivered, journeys.outcome == DELIVERED),
    })
    scans = journeys.scans
    if scans is not None:
        zh = chinese[scans.parcel]
        final = generic[scans.parcel] & (scans.scan == last_scan[scans.parcel])
        scan_status = np.where(final, status_keys.index("exception"), status_of_scan[scans.scan])
        events = pd.DataFrame({
            "Tracking Number": tracking_numbers.take(scans.parcel),
            "Event Time": _timestamps(cutoff, scans.seconds),
            "Status": _category(scan_status + zh * len(cat.STATUSES), statuses),
            "Location": _category(scans.place, world.places.names),
            "Description": _category(scans.scan + zh * len(cat.SCANS), descriptions),
        })
    else:
        events = pd.DataFrame({column: pd.Series(dtype="datetime64[s]" if column == "Event Time" else "str")
                               for column in EVENT_COLUMNS})
    truth = pd.DataFrame({
        "tracking_number": tracking_numbers,
        "true_outcome": _category(journeys.outcome, list(OUTCOMES)),
        "lost_after_days": np.round(journeys.lost_after_days, 2),
    })
    return DemoData(orders=orders, tracking=tracking, events=events, truth=truth)


def generate_parts(n_parcels: int, part_size: int, seed: int = 7, today: dt.date | None = None,
                   with_events: bool = True) -> Iterator[DemoData]:
    """The data set of `n_parcels` parcels as parts of `part_size` (the last one smaller), one at a time.

    A data set too big for memory is generated, written and imported part by part, as a
    big seller exports one file a month or a warehouse. Every part is a year of the same
    shipments (same lanes, rates and seasons: `generate`) drawn from its own seed, so
    parts are independent samples; the first part is `generate(part_size, seed)` itself,
    so one part gives exactly the data set `generate` gives. Parts use disjoint serials,
    so no tracking number or order id repeats across them.
    """
    if part_size < 1:
        raise ValueError("part_size must be at least 1")
    for first in range(0, n_parcels, part_size):
        part = first // part_size
        yield generate(min(part_size, n_parcels - first), seed if part == 0 else (seed, part), today,
                       with_events, first_serial=first)


def write_files(data: DemoData, folder: Path) -> list[Path]:
    """Write orders.csv, tracking.csv, events.csv and truth.csv into `folder`.

    UTF-8, comma-separated, a header row, times as YYYY-MM-DD HH:MM:SS and an empty cell
    for anything missing; each file appears complete or not at all. Returns the three
    importable files - orders, tracking, events - but not truth.csv.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, frame in (("orders.csv", data.orders), ("tracking.csv", data.tracking),
                        ("events.csv", data.events), ("truth.csv", data.truth)):
        write_csv(frame, folder / name)
        paths.append(folder / name)
    return paths[:3]
