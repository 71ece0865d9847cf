"""The claim rules table as data: liability limits and claim windows, with sources.

The defaults below are the facts gathered for DESIGN §8, each with where it comes from
and the date it was checked. They are a starting point, not legal advice: a seller edits
them on the Settings page, and the edited table is stored as JSON in the `settings`
table under :data:`SETTINGS_KEY`, replacing the defaults as a whole. A rule of it that is an
unchanged copy of an earlier built-in version follows the defaults' correction when it is read
(lossanalytics.claims.earlier_rules); the rules the seller changed stay as they saved them.
"""

from __future__ import annotations

from datetime import date

from lossanalytics.claims.codec import rules_from_json, rules_to_json
from lossanalytics.claims.earlier_rules import Followed, follow_defaults
from lossanalytics.claims.rule_types import Cover, Limit, Rule, Rules, Window
from lossanalytics.storage.db import Database
from lossanalytics.storage.settings_store import read_setting, write_setting

SETTINGS_KEY = "claims.rules"

_CHECKED = date(2024, 11, 29)
# Anchors used by several rules. A later anchor is preferred; the ship date is the
# fallback because it is almost always known and makes the deadline earlier, not later.
_EXPECTED = (("edd", 0), ("ship_date", 0))
_RECEIVED = (("delivered", 0), ("last_event", 0))
_SUSPECTED = (("last_event", 0), ("ship_date", 0))

# Approximate end-of-November-2024 rates, US dollars per unit; replace with your own.
_FX_SOURCE = "Approximate market rates at the end of November 2024 (built-in defaults)"
_USD_PER_UNIT = {
    "EUR": 1.057,
    "GBP": 1.273,
    "CNY": 0.1381,
    "HKD": 0.1285,
    "JPY": 0.00668,
    "CAD": 0.7137,
    "AUD": 0.6512,
    "MXN": 0.0491,
    "BRL": 0.1668,
    "SGD": 0.7467,
    "SEK": 0.0917,
    "PLN": 0.2459,
}


def _carrier(
    rule_id: str,
    carriers: tuple[str, ...],
    names: tuple[str, str],
    limit: Limit | None,
    lost: tuple[Window, ...],
    damaged: tuple[Window, ...],
    source: str,
    as_of: date = _CHECKED,
    channel: str = "carrier",
    domestic_damaged: tuple[Window, ...] = (),
    cover: Cover | None = None,
    domestic_countries: tuple[str, ...] = (),
) -> Rule:
    return Rule(
        id=rule_id,
        scope="carrier",
        applies_to=carriers,
        name_en=names[0],
        name_zh=names[1],
        channel=channel,
        limit=limit,
        windows={"lost": lost, "damaged": damaged},
        source=source,
        as_of=as_of,
        domestic_windows={"damaged": domestic_damaged} if domestic_damaged else {},
        cover=cover,
        domestic_countries=domestic_countries,
    )


def _convention(
    rule_id: str,
    modes: tuple[str, ...],
    names: tuple[str, str],
    limit: Limit,
    windows: dict[str, tuple[Window, ...]],
    source: str,
    as_of: date = _CHECKED,
    countries: tuple[str, ...] = (),
) -> Rule:
    return Rule(
        id=rule_id,
        scope="mode",
        applies_to=modes,
        name_en=names[0],
        name_zh=names[1],
        channel="carrier",
        limit=limit,
        windows=windows,
        source=source,
        as_of=as_of,
        countries=countries,
        international_only=True,
    )


def _one_year(lost_from: tuple[tuple[str, int], ...]) -> dict[str, tuple[Window, ...]]:
    return {
        "lost": (Window("time_bar", 12, "months", lost_from),),
        "damaged": (Window("time_bar", 12, "months", _RECEIVED),),
    }


def default_rules() -> Rules:
    """The table as shipped: DESIGN §8's carriers, marketplace paths and conventions."""
    return Rules(
        rules=(
            _carrier(
                "ups", ("UPS",), ("UPS", "UPS"), Limit("USD", per_package=100.0),
                lost=(Window("report", 60, "days", _EXPECTED), Window("claim", 9, "months", _EXPECTED)),
                damaged=(Window("report", 60, "days", _RECEIVED), Window("claim", 9, "months", _RECEIVED)),
                source="UPS Terms and Conditions of Service: 100 USD per package unless a higher value is "
                "declared; report a loss within 60 days, written claim within 9 months",
            ),
            _carrier(
                "fedex", ("FedEx",), ("FedEx", "FedEx"), Limit("USD", per_package=100.0),
                lost=(Window("claim", 9, "months"),),
                damaged=(Window("notice", 21, "days", _RECEIVED),),
                domestic_damaged=(Window("notice", 60, "days", _RECEIVED),),
                # The 60 days are the US Service Guide's; no other country's domestic FedEx terms were found
                # with a source, so a parcel within another country keeps the 21 days and is told so.
                domestic_countries=("US",),
                source="FedEx Service Guide and international conditions of carriage: 100 USD unless a higher "
                "value is declared; non-delivery within 9 months of shipment; damage within 21 days of delivery "
                "for an international shipment; within 60 calendar days of delivery for a shipment within the "
                "United States (FedEx Service Guide, US terms of FedEx Express and FedEx Ground). Shipments "
                "within other countries follow FedEx's local terms there (not on file): the 21 days are used",
            ),
            _carrier(
                "dhl_express", ("DHL Express",), ("DHL Express", "DHL 快递"), None,
                lost=(Window("claim", 30),),
                damaged=(Window("claim", 30),),
                source="DHL Express Terms and Conditions of Carriage: claims in writing within 30 days of the "
                "date DHL accepted the shipment; liability as the applicable convention",
            ),
            _carrier(
                "usps", ("USPS",), ("USPS", "美国邮政 USPS"), None,
                lost=(Window("claim", 60, "days", opens=15),),
                damaged=(Window("claim", 60),),
                cover=Cover("USD", 100.0, ("Priority Mail Express", "Priority Mail", "Ground Advantage"),
                            ("First-Class", "First Class", "Media Mail", "Library Mail", "Parcel Select",
                             "Bound Printed Matter")),
                source="USPS Domestic Mail Manual 609 (insured domestic mail): loss claims from 15 to 60 days "
                "after the mailing date; indemnity is paid only for insured mail: Priority Mail Express, Priority "
                "Mail and USPS Ground Advantage include insurance of up to 100 USD (DMM 503); First-Class Mail and "
                "First-Class Package Service, Media Mail, Library Mail, Parcel Select and Bound Printed Matter none",
            ),
            _carrier(
                "amazon_fba", ("Amazon Logistics",), ("Amazon FBA reimbursement", "亚马逊 FBA 赔偿"), None,
                lost=(Window("claim", 60, "days", _SUSPECTED),),
                damaged=(Window("claim", 60, "days", _SUSPECTED),),
                source="Amazon Seller Central FBA lost and damaged inventory policy: claims within 60 days; "
                "fulfilment-centre losses reimbursed automatically since 1 Nov 2024",
                as_of=date(2024, 11, 1),
                channel="marketplace",
            ),
            Rule(
                id="amazon_atoz",
                scope="marketplace",
                applies_to=("Amazon", "亚马逊"),
                name_en="Amazon A-to-z Guarantee",
                name_zh="亚马逊商城交易保障索赔（A-to-z）",
                channel="marketplace",
                limit=None,
                windows={
                    "lost": (Window("buyer_claim", 90, "days", (("edd", 0),), opens=3),),
                    "damaged": (Window("buyer_claim", 90, "days", (("edd", 0),), opens=3),),
                },
                source="Amazon A-to-z Guarantee: the buyer may claim from 3 days after the latest estimated "
                "delivery date until 90 days after the maximum estimated delivery date",
                as_of=_CHECKED,
            ),
            _convention(
                "montreal", ("air", "express"), ("Montreal Convention", "蒙特利尔公约"),
                Limit("SDR", per_kg=26.0),
                {
                    "lost": (Window("notice", 120),),
                    "damaged": (Window("notice", 14, "days", _RECEIVED),),
                    "delayed": (Window("notice", 21, "days", _RECEIVED),),
                },
                source="Montreal Convention 1999, Art. 22 (limits revised 28 Dec 2024) and Art. 31; 120-day "
                "non-delivery notice from the air waybill's conditions of contract",
                as_of=date(2024, 12, 28),
            ),
            _convention(
                "cogsa", ("sea",), ("US COGSA", "美国海上货物运输法（COGSA）"),
                Limit("USD", per_package=500.0), _one_year(_EXPECTED),
                source="US Carriage of Goods by Sea Act, §4(5): 500 USD per package; §3(6): one-year time bar",
                countries=("US",),
            ),
            _convention(
                "hague_visby", ("sea",), ("Hague-Visby Rules", "海牙-维斯比规则"),
                Limit("SDR", per_kg=2.0, per_package=666.67), _one_year(_EXPECTED),
                source="Hague-Visby Rules, Art. IV(5)(a): the higher of 666.67 SDR per package and 2 SDR/kg; "
                "Art. III(6): one-year time bar",
            ),
            _convention(
                "cmr", ("road",), ("CMR Convention", "国际公路货物运输合同公约（CMR）"),
                Limit("SDR", per_kg=8.33), _one_year((("edd", 30), ("ship_date", 60))),
                source="CMR Convention 1956, Art. 23(3): 8.33 SDR/kg; Art. 20: presumed lost 30 days after the "
                "agreed time or 60 days after taking over; Art. 32: one-year limitation",
            ),
            _convention(
                "cotif_cim", ("rail",), ("COTIF-CIM Uniform Rules", "国际铁路货物运输合同统一规则（COTIF-CIM）"),
                Limit("SDR", per_kg=17.0),
                {
                    "lost": (Window("time_bar", 12, "months", (("edd", 30), ("ship_date", 30))),),
                    "damaged": (Window("notice", 7, "days", _RECEIVED),),
                },
                source="COTIF-CIM 1999, Art. 30: 17 SDR/kg; Art. 29: presumed lost 30 days after the transit "
                "period; Art. 47: hidden damage reported within 7 days; Art. 48: one-year limitation",
            ),
            _convention(
                "upu", ("postal",), ("UPU registered item", "万国邮联挂号邮件"),
                Limit("SDR", per_package=30.0),
                {"lost": (Window("inquiry", 6, "months"),), "damaged": (Window("inquiry", 6, "months"),)},
                source="Universal Postal Union Convention and Letter Post Regulations: about 30 SDR for a "
                "registered item; inquiries within about 6 months of posting",
            ),
        ),
        sdr_usd=1.31,
        sdr_usd_as_of=_CHECKED,
        usd_per_unit=dict(_USD_PER_UNIT),
        fx_as_of=_CHECKED,
        fx_source=_FX_SOURCE,
    )


def load_rules(db: Database) -> Rules:
    """The seller's table from the settings, else the defaults.

    Raises :class:`~lossanalytics.claims.codec.RulesError` when the stored JSON is
    broken, rather than quietly estimating with rules the seller did not choose.
    """
    return load_followed(db).rules


def load_followed(db: Database) -> Followed:
    """The seller's table from the settings, read once, with which of its rules follow a corrected
    built-in rule and which changed ones do not (for :func:`~lossanalytics.claims.earlier_rules.notes`).

    Raises :class:`~lossanalytics.claims.codec.RulesError` as :func:`load_rules` does.
    """
    return followed_rules(read_setting(db, SETTINGS_KEY))


def rules_from_setting(stored: str | None) -> Rules:
    """The rules saved as the JSON text `stored` (from any engine), else the defaults; an unchanged
    copy of an earlier built-in rule follows the defaults (see :func:`followed_rules`)."""
    return followed_rules(stored).rules


def followed_rules(stored: str | None) -> Followed:
    """The rules saved as the JSON text `stored` with every unchanged copy of an earlier built-in rule
    replaced by the current one, and which rules those were (the Settings page names them)."""
    defaults = default_rules()
    return Followed(defaults) if stored is None else follow_defaults(rules_from_json(stored), defaults)


def save_rules(db: Database, rules: Rules) -> None:
    """Store `rules` as the seller's table (the defaults stay available via :func:`default_rules`)."""
    write_setting(db, SETTINGS_KEY, rules_to_json(rules))
