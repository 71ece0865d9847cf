"""The shape of the claim rules table: who is liable for how much, and by when.

The table itself (defaults, sources, loading and saving) is in
:mod:`lossanalytics.claims.rules`; these types describe one rule and the whole table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

#: Dates a claim window can be counted from; each maps to a canonical parcel column.
ANCHORS: Mapping[str, str] = {
    "ship_date": "ship_date",
    "edd": "estimated_delivery_date",
    "delivered": "delivered_date",
    "last_event": "last_event_time",
}
#: What the seller must do before a window closes (labels: `claims.action.<name>`).
ACTIONS: tuple[str, ...] = ("report", "claim", "notice", "inquiry", "time_bar", "buyer_claim")
#: Which outcomes a window list can be keyed by. Suspected-lost parcels use "lost".
WINDOW_KINDS: tuple[str, ...] = ("lost", "damaged", "delayed")
SCOPES: tuple[str, ...] = ("carrier", "marketplace", "mode")
#: Which shipments a rule's windows are for (labels: `claims.deadline.scope.<route>`, `<route>_in` where
#: the rule names the countries of its domestic windows); "unknown"
#: when the origin or destination country is missing, "domestic_elsewhere" within one country whose
#: domestic terms the rule does not hold (see `Rule.domestic_countries`).
ROUTES: tuple[str, ...] = ("domestic", "international", "unknown", "domestic_elsewhere")
#: Canonical transport modes (DESIGN §5); labels: `claims.mode.<mode>`.
MODES: tuple[str, ...] = ("express", "air", "sea", "rail", "road", "postal", "unknown")
CHANNELS: tuple[str, ...] = ("carrier", "marketplace", "insurer")
UNITS: tuple[str, ...] = ("days", "months")
#: The SDR is not an ISO currency; limits may be stated in it.
SDR = "SDR"


@dataclass(frozen=True)
class Window:
    """A period in which the seller must act.

    The window starts at the first known of `anchors` (each an anchor date plus an
    offset in days: CMR presumes a parcel lost 30 days after the agreed delivery date,
    or 60 days after it was taken over when no date was agreed). It opens `opens` days
    after that start and closes `closes` days or months after it.
    """

    action: str
    closes: int
    unit: str = "days"
    anchors: tuple[tuple[str, int], ...] = (("ship_date", 0),)
    opens: int = 0


@dataclass(frozen=True)
class Limit:
    """A liability limit: the higher of a per-package and a per-kilogram amount."""

    currency: str
    per_kg: float | None = None
    per_package: float | None = None


@dataclass(frozen=True)
class Cover:
    """Insurance a carrier includes with some of its services, where it pays nothing for an uninsured
    parcel otherwise (USPS: up to 100 USD with Priority Mail Express, Priority Mail and Ground
    Advantage; nothing with First-Class Package Service, Media Mail or Parcel Select)."""

    currency: str
    per_package: float
    services: tuple[str, ...]
    without: tuple[str, ...] = ()

    def includes(self, service: str | None) -> bool | None:
        """Whether a parcel's `service` includes the cover: True when its name contains one of `services`
        (any case; "USPS Ground Advantage" contains "Ground Advantage"), False when it contains one of
        `without` (the carrier's services known to include none), None otherwise: a blank service or a
        name that is not the carrier's (a marketplace's "Standard") says nothing either way."""
        text = (service or "").casefold()
        if not text:
            return None
        if any(name.casefold() in text for name in self.services):
            return True
        return False if any(name.casefold() in text for name in self.without) else None

    def pays(self, service: str | None) -> float:
        """The most an uninsured parcel of `service` is paid: the included insurance where the service
        includes it, and also where the service is not known (an upper bound: it may include none);
        nothing where the service is known to include none."""
        return 0.0 if self.includes(service) is False else self.per_package


@dataclass(frozen=True)
class Rule:
    """One row of the rules table.

    `applies_to` holds canonical carrier names (scope "carrier"), marketplace name
    prefixes (scope "marketplace", e.g. "Amazon" matches "Amazon.de") or transport
    modes (scope "mode"). A mode rule with `countries` applies only when the origin or
    destination is one of them (US COGSA), and beats the same mode's general rule.

    `domestic_windows` replace `windows` for an outcome when the parcel is known to have
    stayed in one country: FedEx gives 21 days of notice for damage to an international
    shipment but 60 for a domestic one, so one window per carrier cannot say both.
    `domestic_countries` names the countries whose domestic terms those are (FedEx's 60 days are
    its US terms); a parcel within another country gets `windows` (see :meth:`route`). Empty:
    every country.

    `cover`, on a carrier that pays only for insured parcels (USPS), is all an uninsured
    domestic parcel is paid: the insurance its service includes, else nothing. An
    international parcel is paid under its convention, as where the rule has no cover.
    """

    id: str
    scope: str
    applies_to: tuple[str, ...]
    name_en: str
    name_zh: str
    channel: str
    limit: Limit | None
    windows: Mapping[str, tuple[Window, ...]]
    source: str
    as_of: date
    countries: tuple[str, ...] = ()
    international_only: bool = False
    domestic_windows: Mapping[str, tuple[Window, ...]] = field(default_factory=dict)
    cover: Cover | None = None
    domestic_countries: tuple[str, ...] = ()

    def name(self, lang: str) -> str:
        """The rule's display name in `lang` (English unless "zh")."""
        return self.name_zh if lang == "zh" else self.name_en

    def windows_for(self, kind: str, route: str) -> tuple[Window, ...]:
        """The windows of outcome `kind` for a parcel on `route` (see :data:`ROUTES`): the domestic
        ones for a domestic parcel where the rule sets them, else the general ones."""
        domestic = self.domestic_windows.get(kind, ()) if route == "domestic" else ()
        return domestic or self.windows.get(kind, ())

    def route(self, origin: str | None, dest: str | None) -> str:
        """A parcel's route for this rule (see :data:`ROUTES`): as :func:`route_of`, but a parcel within
        a country outside `domestic_countries` is "domestic_elsewhere", whose windows are the general ones."""
        route = route_of(origin, dest)
        if route == "domestic" and self.domestic_countries and origin not in self.domestic_countries:
            return "domestic_elsewhere"
        return route

    def splits_by_route(self, kind: str) -> bool:
        """Whether outcome `kind` has a domestic window apart from the general (international) one."""
        return bool(self.domestic_windows.get(kind))


def route_of(origin: str | None, dest: str | None) -> str:
    """A parcel's route (see :data:`ROUTES`) from its origin and destination countries."""
    if not origin or not dest:
        return "unknown"
    return "domestic" if origin == dest else "international"


def limiting_rule(carrier_rule: Rule | None, convention: Rule | None) -> Rule | None:
    """Of a carrier's rule and the transport convention that govern a parcel, the one whose liability
    limit a claim is paid under: the carrier's own when it states a limit, else the convention's
    (None: no limit on file)."""
    if carrier_rule is not None and carrier_rule.limit is not None:
        return carrier_rule
    return convention if convention is not None and convention.limit is not None else None


def uninsured_terms(carrier_rule: Rule | None, convention: Rule | None, route: str) -> tuple[Rule | None, bool]:
    """The rule an uninsured parcel is paid under, given the carrier's rule and the convention that govern
    it and its route (see :func:`route_of`), and whether it is paid by the insurance its service includes
    (`Rule.cover`: USPS pays a parcel within one country only for insured mail) rather than by a liability
    limit. Otherwise the rule is :func:`limiting_rule`'s, else the convention (whose name a claim without a
    limit on file still shows); None: neither. The claims estimate and the insurance advice both ask this
    (the advice through :meth:`Rules.uninsured_limit_usd`), so they pay a parcel the same."""
    if carrier_rule is not None and carrier_rule.cover is not None and route == "domestic":
        return carrier_rule, True
    return limiting_rule(carrier_rule, convention) or convention, False


@dataclass(frozen=True)
class Rules:
    """The whole table plus the rates needed to compare amounts in different currencies.

    `usd_per_unit` maps an ISO currency code to how many US dollars one unit is worth;
    `fx_as_of` and `fx_source` say when and where those rates were taken.
    """

    rules: tuple[Rule, ...]
    sdr_usd: float
    sdr_usd_as_of: date
    usd_per_unit: Mapping[str, float] = field(default_factory=dict)
    fx_as_of: date | None = None
    fx_source: str | None = None

    def by_id(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def carrier_rule(self, carrier: str | None) -> Rule | None:
        """The rule of this canonical carrier, if the table has one."""
        if not carrier:
            return None
        wanted = carrier.casefold()
        return next(
            (r for r in self.rules if r.scope == "carrier" and wanted in {a.casefold() for a in r.applies_to}),
            None,
        )

    def marketplace_rules(self, marketplace: str | None) -> list[Rule]:
        """Rules of the marketplace the order was placed on (prefix match, any case)."""
        if not marketplace:
            return []
        name = marketplace.casefold()
        return [
            r
            for r in self.rules
            if r.scope == "marketplace" and any(name.startswith(p.casefold()) for p in r.applies_to)
        ]

    def convention_rule(self, mode: str | None, origin: str | None, dest: str | None) -> Rule | None:
        """The transport convention for this mode and route.

        Conventions govern international carriage, so a route known to be domestic gets
        none; an unknown country counts as international because most sellers using
        this product ship across borders.
        """
        if not mode:
            return None
        domestic = bool(origin) and origin == dest
        candidates = [
            r
            for r in self.rules
            if r.scope == "mode"
            and mode in r.applies_to
            and not (r.international_only and domestic)
            and (not r.countries or origin in r.countries or dest in r.countries)
        ]
        # A rule limited to certain countries is the more specific one.
        candidates.sort(key=lambda r: not r.countries)
        return candidates[0] if candidates else None

    def uninsured_limit_usd(self, carrier: str | None, mode: str | None, origin: str | None, dest: str | None,
                            service: str | None = None) -> tuple[float | None, float | None]:
        """The most the carrier pays an uninsured parcel in US dollars, as the claims estimate pays it
        (:func:`uninsured_terms`): (per package, per kilogram), each None when the rule states none or
        its currency has no rate; by the included insurance, `Cover.pays` for the parcel's `service`."""
        rule, covered = uninsured_terms(self.carrier_rule(carrier), self.convention_rule(mode, origin, dest),
                                        route_of(origin, dest))
        if rule is not None and covered and rule.cover is not None:
            rate = self.usd_per(rule.cover.currency)
            return (rule.cover.pays(service) * rate if rate is not None else None), None
        rate = self.usd_per(rule.limit.currency) if rule is not None and rule.limit is not None else None
        if rule is None or rule.limit is None or rate is None:
            return None, None
        package, per_kg = rule.limit.per_package, rule.limit.per_kg
        return (package * rate if package is not None else None), (per_kg * rate if per_kg is not None else None)

    def pays_by_service(self, carrier: str | None, origin: str | None, dest: str | None) -> bool:
        """Whether an uninsured parcel of this carrier and route is paid by the insurance its service
        includes (:func:`uninsured_terms`), so that what it is paid depends on its service."""
        return uninsured_terms(self.carrier_rule(carrier), None, route_of(origin, dest))[1]

    def usd_per(self, currency: str | None) -> float | None:
        """US dollars per unit of `currency` ("SDR" included); None when unknown."""
        if not currency:
            return None
        code = currency.upper()
        if code == "USD":
            return 1.0
        if code == SDR:
            return self.sdr_usd
        return self.usd_per_unit.get(code)

    def convert(self, amount: float, from_currency: str | None, to_currency: str | None) -> float | None:
        """`amount` in `to_currency`, through the stored rates; None when a rate is missing."""
        if from_currency and to_currency and from_currency.upper() == to_currency.upper():
            return amount
        source, target = self.usd_per(from_currency), self.usd_per(to_currency)
        if source is None or target is None:
            return None
        return amount * source / target
