"""The world the demo data lives in: scan vocabulary, journey profiles, lanes and places.

Everything here is plain data. The numbers are chosen to look like a mid-sized
cross-border seller's year (DESIGN §5, issue 2 item 8): most volume leaves China by
air lines and postal small parcels, premium orders go express, restock consignments go
by sea or rail, and domestic orders ride road networks and national posts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

# Where a scan happens, resolved per parcel to a place name.
ORIGIN_CITY, ORIGIN_HUB, DEST_HUB, DEST_CITY, HUB_SPLIT = range(5)

# The legs of a journey, in order. Each leg starts with one scan and may carry filler
# scans inside it; a leg a profile (or a parcel) does not have is simply absent.
LABEL, PICKUP, LINEHAUL, ARRIVAL, HOLD, CLEARED, OFD, FAILED, OFD2, FINAL = range(10)
N_LEGS = 10

# Status words as exports write them: (English, Chinese). Chinese carriers' exports
# use the Chinese word for a share of parcels (DESIGN §4 lists the mapping); "Info
# Received" has no common Chinese export word, so it stays English.
STATUSES: dict[str, tuple[str, str]] = {
    "info": ("Info Received", "Info Received"),
    "transit": ("In Transit", "运输途中"),
    "ofd": ("Out for Delivery", "派送中"),
    "exception": ("Exception", "异常"),
    "delivered": ("Delivered", "已签收"),
    "returned": ("Returned to Sender", "退件"),
    "damaged": ("Damaged", "破损"),
    "lost": ("Lost", "丢失"),
}


class Scan(NamedTuple):
    """One kind of tracking event: its description in both languages and its status."""

    key: str
    en: str
    zh: str
    status: str


SCANS: tuple[Scan, ...] = (
    Scan("info", "Shipment information received", "电子信息已收到", "info"),
    Scan("pickup", "Shipment picked up", "已揽收", "transit"),
    Scan("arrived", "Arrived at facility", "到达处理中心", "transit"),
    Scan("departed", "Departed facility", "离开处理中心", "transit"),
    Scan("processed", "Processed at facility", "处理中心已处理", "transit"),
    Scan("export", "Departed origin country", "已离开出口国", "transit"),
    Scan("in_transit", "In transit", "运输中", "transit"),
    Scan("flight", "Arrived at transit hub", "到达中转枢纽", "transit"),
    Scan("vessel_departed", "Vessel departed port of loading", "船舶已离港", "transit"),
    Scan("at_sea", "In transit at sea", "海上运输中", "transit"),
    Scan("train_departed", "Train departed origin terminal", "班列已发车", "transit"),
    Scan("by_rail", "In transit by rail", "铁路运输中", "transit"),
    Scan("border", "Border crossing completed", "已过境", "transit"),
    Scan("arrived_country", "Arrived at destination country", "到达目的国", "transit"),
    Scan("customs_review", "Customs clearance in progress", "清关中", "transit"),
    Scan("held", "Held by customs", "海关查验中", "transit"),
    Scan("cleared", "Customs clearance completed", "清关完成", "transit"),
    Scan("depot", "Arrived at delivery facility", "到达派送站", "transit"),
    Scan("ofd", "Out for delivery", "派送中", "ofd"),
    Scan("failed", "Delivery attempt failed", "投递失败", "exception"),
    Scan("delivered", "Delivered", "已签收", "delivered"),
    Scan("returned", "Returned to sender", "已退回发件人", "returned"),
    Scan("damaged", "Shipment damaged", "包裹破损", "damaged"),
    Scan("lost", "Package lost", "包裹丢失", "lost"),
)
SCAN: dict[str, int] = {scan.key: index for index, scan in enumerate(SCANS)}
# Tracking platforms file returned, damaged and lost parcels under a generic
# "Exception" (AfterShip's tag, 17TRACK's main status) and leave the outcome to the
# event text or a sub-status: this share of such parcels is exported that way.
GENERIC_EXCEPTION_SCANS = ("returned", "damaged", "lost")
GENERIC_EXCEPTION_SHARE = 0.5


@dataclass(frozen=True)
class Leg:
    """One leg of a journey profile.

    `days`/`spread` are the median and log-normal sigma of the leg's length. `gap` is
    the range the spacing of filler scans inside the leg is drawn from; None means the
    leg is silent between its first scan and the next leg (the postal line-haul gap,
    a customs desk).
    """

    scan: str
    where: int
    days: float
    spread: float
    gap: tuple[float, float] | None = None
    fillers: tuple[str, str] = ("arrived", "departed")
    filler_where: int = ORIGIN_HUB


@dataclass(frozen=True)
class Profile:
    """How parcels of one kind travel: the legs up to customs clearance, and loss handling.

    Legs after CLEARED (out for delivery, a failed attempt, redelivery, the final scan)
    are the same for every profile and built by the simulator.
    """

    mode: str
    hub_kind: str  # which list of destination hubs the parcel arrives at
    legs: dict[int, Leg]
    declared_after: tuple[float, float]  # days from the last scan until a loss is declared
    redelivery: float  # share of delivered parcels whose first attempt failed
    returned: float
    damaged: float


Days = tuple[float, float, float, float, float]  # medians of label, origin, line-haul, arrival, last mile
Losses = tuple[tuple[float, float], float, float, float]  # declared_after, redelivery, returned, damaged


def _cross_border(mode: str, days: Days, gap: tuple[float, float], linehaul_gap: tuple[float, float] | None,
                  departs: str, transit: tuple[str, str], hub_kind: str, losses: Losses) -> Profile:
    """A China-to-abroad profile."""
    label, origin, linehaul, arrival, lastmile = days
    # Ships, trains and mail-bag flights keep to timetables: long line-hauls vary less.
    linehaul_spread = 0.18 if linehaul > 5 else 0.25
    return Profile(mode, hub_kind, {
        LABEL: Leg("info", ORIGIN_CITY, label, 0.5),
        PICKUP: Leg("pickup", ORIGIN_CITY, origin, 0.35, gap),
        LINEHAUL: Leg(departs, ORIGIN_HUB, linehaul, linehaul_spread, linehaul_gap, transit, HUB_SPLIT),
        ARRIVAL: Leg("arrived_country", DEST_HUB, arrival, 0.45, gap, ("customs_review", "customs_review"), DEST_HUB),
        CLEARED: Leg("cleared", DEST_HUB, lastmile, 0.35, gap, ("arrived", "departed"), DEST_CITY),
    }, *losses)


def _overland(mode: str, days: Days, gap: tuple[float, float], crosses_border: bool, losses: Losses) -> Profile:
    """A domestic or EU road/postal profile (the arrival leg only when it crosses a border)."""
    label, origin, linehaul, arrival, lastmile = days
    legs = {
        LABEL: Leg("info", ORIGIN_CITY, label, 0.5),
        PICKUP: Leg("pickup", ORIGIN_CITY, origin, 0.35, gap),
        LINEHAUL: Leg("departed", ORIGIN_HUB, linehaul, 0.35, gap, ("in_transit", "arrived"), HUB_SPLIT),
        CLEARED: Leg("depot", DEST_CITY, lastmile, 0.35, gap, ("processed", "departed"), DEST_CITY),
    }
    if crosses_border:
        legs[ARRIVAL] = Leg("arrived_country", DEST_HUB, arrival, 0.4, gap, ("arrived", "departed"), DEST_HUB)
    return Profile(mode, "road", legs, *losses)


_DAILY = (0.35, 0.7)  # spacing that keeps every gap under a day (jitter adds at most 40 %)
PROFILES: dict[str, Profile] = {
    "express_x": _cross_border("express", (0.25, 0.6, 1.4, 0.4, 1.2), _DAILY, _DAILY, "export",
                               ("in_transit", "flight"), "air", ((4, 12), 0.04, 0.012, 0.003)),
    "air_x": _cross_border("air", (0.5, 1.5, 3.0, 1.0, 3.2), (1.0, 2.8), (1.0, 2.8), "export",
                           ("in_transit", "flight"), "air", ((10, 30), 0.02, 0.015, 0.003)),
    # The postal line-haul has no scans at all: the 5-12 day silence of a mail bag.
    "postal_x": _cross_border("postal", (0.8, 2.5, 8.0, 2.0, 6.0), (2.0, 5.5), None, "export",
                              ("in_transit", "in_transit"), "air", ((20, 50), 0.02, 0.015, 0.003)),
    # Sea and rail consignments are restocks: hardly ever refused, a little more often crushed.
    # Nobody scans a container at sea: from the vessel's departure to its arrival in port the
    # consignment is silent for three to five weeks, as ocean tracking really shows.
    "sea_x": _cross_border("sea", (1.0, 4.0, 26.0, 3.0, 4.5), (1.0, 3.0), None, "vessel_departed",
                           ("at_sea", "at_sea"), "sea", ((25, 60), 0.0, 0.002, 0.006)),
    "rail_x": _cross_border("rail", (1.0, 3.0, 13.0, 2.0, 3.0), (1.0, 3.0), (5.0, 8.5), "train_departed",
                            ("by_rail", "border"), "rail", ((20, 45), 0.0, 0.002, 0.006)),
    "road_dom": _overland("road", (0.3, 0.4, 0.8, 0.0, 0.5), _DAILY, False, ((5, 15), 0.03, 0.02, 0.003)),
    "postal_dom": _overland("postal", (0.4, 0.5, 1.2, 0.0, 0.8), _DAILY, False, ((10, 30), 0.03, 0.02, 0.003)),
    "road_eu": _overland("road", (0.4, 0.6, 2.0, 0.6, 1.0), _DAILY, True, ((7, 20), 0.03, 0.02, 0.003)),
}

# Leg lengths of the shared tail (median days, sigma): out for delivery until the
# delivery (or failed attempt), and the same after a redelivery.
DOORSTEP_DAYS = (0.2, 0.35)
# Share of parcels whose van brings them back undelivered without a scan: they stay
# "Out for Delivery" overnight (the only way a midnight export shows that status).
OVERNIGHT_SHARE = 0.05
RETURN_DAYS = (1.5, 6.0)  # from a failed attempt until the parcel is sent back
# Brazilian and Mexican customs hold most parcels for one to three silent weeks.
HOLD_COUNTRIES = ("BR", "MX")
HOLD_SHARE = 0.7
HOLD_DAYS = (7.0, 21.0)


@dataclass(frozen=True)
class Service:
    """A carrier service as an export names it, with its journey profile."""

    carrier: str
    service: str
    profile: str
    id_format: str
    hubs: tuple[str, ...]  # where the parcel is sorted before it leaves the origin
    edd: float = 0.0  # share of parcels whose export carries an estimated delivery date
    promise: int = 0  # days from shipping to that estimate
    chinese: float = 0.0  # share of parcels exported with Chinese status words


SERVICES: dict[str, Service] = {
    "ups": Service("UPS", "UPS Worldwide Express", "express_x", "ups_express", ("Shenzhen, CN",), 1.0, 5),
    "fedex": Service("FedEx", "FedEx International Priority", "express_x", "fedex_express",
                     ("Guangzhou, CN",), 1.0, 5),
    "dhl": Service("DHL", "DHL Express Worldwide", "express_x", "dhl", ("Hong Kong, HK",), 1.0, 5),
    "sf": Service("SF Express", "顺丰国际", "express_x", "sf", ("Shenzhen, CN",), 1.0, 6, 0.4),
    "yun": Service("YunExpress", "云途全球专线挂号(标快)", "air_x", "yunexpress", ("Shenzhen, CN",), 0.5, 12, 0.3),
    "4px": Service("4PX", "4PX Global Express Line", "air_x", "4px", ("Shenzhen, CN", "Yiwu, CN"), 0.6, 11, 0.2),
    "chinapost": Service("China Post", "ePacket", "postal_x", "china_post", ("Guangzhou, CN", "Shanghai, CN"),
                         chinese=0.5),
    "yanwen": Service("Yanwen", "燕文航空经济小包", "postal_x", "yanwen", ("Yiwu, CN", "Shenzhen, CN"), chinese=0.5),
    "cainiao": Service("Cainiao", "Cainiao Super Economy", "postal_x", "cainiao", ("Hangzhou, CN", "Dongguan, CN"),
                       chinese=0.5),
    "maersk": Service("Maersk", "Ocean LCL", "sea_x", "maersk", ("Yantian, CN",)),
    "cosco": Service("COSCO", "海运拼箱", "sea_x", "cosco", ("Shanghai, CN", "Ningbo, CN"), chinese=0.6),
    "rail": Service("China Railway Express", "中欧班列 Rail", "rail_x", "rail", ("Xi'an, CN", "Chongqing, CN"),
                    chinese=0.6),
    "ups_ground": Service("UPS", "UPS Ground", "road_dom", "ups_ground", ("Louisville, US",), 1.0, 4),
    "fedex_ground": Service("FedEx", "FedEx Ground", "road_dom", "fedex_ground", ("Memphis, US",), 1.0, 4),
    "usps": Service("USPS", "USPS Ground Advantage", "postal_dom", "usps", ("Dallas, US", "Edison, US")),
    "amzl_us": Service("Amazon Logistics", "Amazon Shipping", "road_dom", "amazon", ("San Bernardino, US",), 1.0, 3),
    "royalmail": Service("Royal Mail", "Royal Mail Tracked 48", "postal_dom", "royal_mail", ("Warrington, GB",)),
    "dpd_gb": Service("DPD", "DPD Next Day", "road_dom", "dpd", ("Hinckley, GB",)),
    "amzl_gb": Service("Amazon Logistics", "Amazon Shipping", "road_dom", "amazon", ("Coventry, GB",), 1.0, 3),
    "dpd_de": Service("DPD", "DPD Classic", "road_dom", "dpd", ("Aschaffenburg, DE",)),
    "gls_de": Service("GLS", "GLS BusinessParcel", "road_dom", "gls", ("Neuenstein, DE",)),
    "amzl_de": Service("Amazon Logistics", "Amazon Shipping", "road_dom", "amazon", ("Leipzig, DE",), 1.0, 3),
    "dpd_eu": Service("DPD", "DPD Classic", "road_eu", "dpd", ("Aschaffenburg, DE",)),
    "gls_eu": Service("GLS", "GLS EuroBusinessParcel", "road_eu", "gls", ("Neuenstein, DE",)),
}

# (service, origin, destination, share of volume, loss rate). Loss rates follow the
# brief: express well under 1 %, air lines 1-3 %, postal small parcels 2-6 % (worst to
# Brazil and Mexico), sea and rail about 1 %, domestic networks about 1 %.
LANES: tuple[tuple[str, str, str, float, float], ...] = (
    ("ups", "CN", "US", 2.0, 0.004), ("fedex", "CN", "US", 2.0, 0.005), ("dhl", "CN", "US", 2.0, 0.0035),
    ("sf", "CN", "US", 1.0, 0.008), ("yun", "CN", "US", 8.0, 0.015), ("4px", "CN", "US", 5.0, 0.022),
    ("chinapost", "CN", "US", 5.0, 0.035), ("yanwen", "CN", "US", 4.0, 0.04), ("cainiao", "CN", "US", 5.0, 0.05),
    ("maersk", "CN", "US", 1.0, 0.006), ("cosco", "CN", "US", 1.0, 0.008),
    ("ups", "CN", "GB", 0.6, 0.004), ("dhl", "CN", "GB", 0.8, 0.003), ("yun", "CN", "GB", 3.0, 0.012),
    ("4px", "CN", "GB", 1.5, 0.02), ("chinapost", "CN", "GB", 1.5, 0.03), ("yanwen", "CN", "GB", 1.5, 0.035),
    ("cainiao", "CN", "GB", 2.0, 0.045), ("cosco", "CN", "GB", 0.4, 0.007),
    ("ups", "CN", "DE", 0.5, 0.005), ("dhl", "CN", "DE", 0.8, 0.003), ("yun", "CN", "DE", 3.0, 0.014),
    ("4px", "CN", "DE", 1.2, 0.025), ("chinapost", "CN", "DE", 1.2, 0.03), ("yanwen", "CN", "DE", 1.2, 0.04),
    ("cainiao", "CN", "DE", 1.8, 0.04), ("maersk", "CN", "DE", 0.4, 0.006), ("rail", "CN", "DE", 0.6, 0.009),
    ("rail", "CN", "PL", 0.3, 0.01), ("cainiao", "CN", "PL", 0.4, 0.05),
    ("dhl", "CN", "FR", 0.4, 0.004), ("yun", "CN", "FR", 1.5, 0.016), ("chinapost", "CN", "FR", 1.0, 0.035),
    ("yanwen", "CN", "FR", 0.8, 0.04), ("cainiao", "CN", "FR", 1.2, 0.05),
    ("dhl", "CN", "IT", 0.3, 0.006), ("yun", "CN", "IT", 1.0, 0.02), ("chinapost", "CN", "IT", 0.7, 0.045),
    ("cainiao", "CN", "IT", 1.0, 0.055),
    ("dhl", "CN", "ES", 0.25, 0.005), ("yun", "CN", "ES", 0.9, 0.018), ("chinapost", "CN", "ES", 0.6, 0.04),
    ("cainiao", "CN", "ES", 1.0, 0.05),
    ("dhl", "CN", "NL", 0.2, 0.003), ("yun", "CN", "NL", 0.5, 0.012), ("cainiao", "CN", "NL", 0.5, 0.035),
    ("sf", "CN", "JP", 0.8, 0.005), ("dhl", "CN", "JP", 0.3, 0.003), ("yun", "CN", "JP", 1.2, 0.01),
    ("chinapost", "CN", "JP", 0.8, 0.02),
    ("ups", "CN", "CA", 0.4, 0.005), ("yun", "CN", "CA", 1.0, 0.018), ("chinapost", "CN", "CA", 0.8, 0.04),
    ("cainiao", "CN", "CA", 0.6, 0.045),
    ("dhl", "CN", "AU", 0.4, 0.004), ("yun", "CN", "AU", 1.0, 0.015), ("chinapost", "CN", "AU", 0.8, 0.03),
    ("cainiao", "CN", "AU", 0.6, 0.04),
    ("yun", "CN", "BR", 0.5, 0.03), ("chinapost", "CN", "BR", 0.8, 0.09), ("cainiao", "CN", "BR", 1.0, 0.10),
    ("dhl", "CN", "MX", 0.3, 0.008), ("yun", "CN", "MX", 0.5, 0.025), ("chinapost", "CN", "MX", 0.5, 0.07),
    ("cainiao", "CN", "MX", 0.6, 0.08),
    ("ups_ground", "US", "US", 3.0, 0.005), ("fedex_ground", "US", "US", 2.5, 0.006),
    ("usps", "US", "US", 3.0, 0.012), ("amzl_us", "US", "US", 3.0, 0.008),
    ("royalmail", "GB", "GB", 2.0, 0.01), ("dpd_gb", "GB", "GB", 1.0, 0.005), ("amzl_gb", "GB", "GB", 1.2, 0.008),
    ("dpd_de", "DE", "DE", 1.0, 0.006), ("gls_de", "DE", "DE", 1.0, 0.01), ("amzl_de", "DE", "DE", 1.0, 0.008),
    ("dpd_eu", "DE", "FR", 0.4, 0.008), ("gls_eu", "DE", "FR", 0.3, 0.012),
    ("dpd_eu", "DE", "PL", 0.3, 0.01), ("gls_eu", "DE", "PL", 0.3, 0.015),
)

# Share of the year's volume by calendar month: Q4 peak, a dip around Chinese New Year.
MONTH_VOLUME = (0.85, 0.7, 0.95, 0.95, 1.0, 1.0, 1.05, 1.0, 1.05, 1.2, 1.5, 1.55)
WEEKDAY_VOLUME = (1.0, 1.0, 1.0, 1.0, 1.0, 0.7, 0.4)  # Monday first

ORIGIN_CITIES: dict[str, tuple[str, ...]] = {
    # Repeats weight the choice: Shenzhen and Yiwu ship most of China's e-commerce.
    "CN": ("Shenzhen, CN",) * 4 + ("Yiwu, CN",) * 2 + ("Guangzhou, CN", "Dongguan, CN", "Shanghai, CN",
                                                       "Ningbo, CN", "Hangzhou, CN", "Xiamen, CN"),
    "US": ("Riverside, US", "Dallas, US", "Edison, US"),
    "GB": ("Birmingham, GB", "Manchester, GB"),
    "DE": ("Leipzig, DE", "Hamburg, DE", "Nuremberg, DE"),
}

# Where a parcel enters its destination, by the kind of line-haul.
DEST_HUBS: dict[tuple[str, str], tuple[str, ...]] = {
    ("US", "air"): ("Los Angeles, US", "New York, US", "Chicago, US"), ("US", "sea"): ("Long Beach, US",),
    ("US", "road"): ("Chicago, US", "Atlanta, US", "Dallas, US", "Sacramento, US"),
    ("GB", "air"): ("London, GB",), ("GB", "sea"): ("Felixstowe, GB",), ("GB", "road"): ("Coventry, GB", "Warrington, GB"),
    ("DE", "air"): ("Frankfurt, DE", "Leipzig, DE"), ("DE", "sea"): ("Hamburg, DE",), ("DE", "rail"): ("Duisburg, DE",),
    ("DE", "road"): ("Kassel, DE", "Hanover, DE"),
    ("PL", "air"): ("Warsaw, PL",), ("PL", "rail"): ("Małaszewicze, PL",), ("PL", "road"): ("Poznań, PL",),
    ("FR", "air"): ("Paris, FR",), ("FR", "road"): ("Strasbourg, FR",),
    ("IT", "air"): ("Milan, IT",), ("ES", "air"): ("Madrid, ES",), ("NL", "air"): ("Amsterdam, NL",),
    ("JP", "air"): ("Tokyo, JP", "Osaka, JP"), ("CA", "air"): ("Toronto, CA", "Vancouver, CA"),
    ("AU", "air"): ("Sydney, AU", "Melbourne, AU"), ("BR", "air"): ("Curitiba, BR", "São Paulo, BR"),
    ("MX", "air"): ("Mexico City, MX",),
}

DEST_CITIES: dict[str, tuple[str, ...]] = {
    "US": ("New York, US", "Los Angeles, US", "Chicago, US", "Houston, US", "Phoenix, US", "Philadelphia, US",
           "San Antonio, US", "San Diego, US", "Dallas, US", "Seattle, US", "Denver, US", "Miami, US",
           "Atlanta, US", "Boston, US"),
    "GB": ("London, GB", "Manchester, GB", "Birmingham, GB", "Leeds, GB", "Glasgow, GB", "Bristol, GB",
           "Liverpool, GB"),
    "DE": ("Berlin, DE", "Hamburg, DE", "Munich, DE", "Cologne, DE", "Frankfurt, DE", "Stuttgart, DE",
           "Düsseldorf, DE", "Leipzig, DE"),
    "FR": ("Paris, FR", "Marseille, FR", "Lyon, FR", "Toulouse, FR", "Nice, FR", "Nantes, FR", "Lille, FR"),
    "IT": ("Rome, IT", "Milan, IT", "Naples, IT", "Turin, IT", "Bologna, IT", "Florence, IT"),
    "ES": ("Madrid, ES", "Barcelona, ES", "Valencia, ES", "Seville, ES", "Bilbao, ES"),
    "NL": ("Amsterdam, NL", "Rotterdam, NL", "The Hague, NL", "Utrecht, NL", "Eindhoven, NL"),
    "JP": ("Tokyo, JP", "Osaka, JP", "Yokohama, JP", "Nagoya, JP", "Sapporo, JP", "Fukuoka, JP"),
    "CA": ("Toronto, CA", "Montreal, CA", "Vancouver, CA", "Calgary, CA", "Ottawa, CA"),
    "AU": ("Sydney, AU", "Melbourne, AU", "Brisbane, AU", "Perth, AU", "Adelaide, AU"),
    "BR": ("São Paulo, BR", "Rio de Janeiro, BR", "Belo Horizonte, BR", "Brasília, BR", "Curitiba, BR"),
    "MX": ("Mexico City, MX", "Guadalajara, MX", "Monterrey, MX", "Puebla, MX"),
    "PL": ("Warsaw, PL", "Kraków, PL", "Wrocław, PL", "Poznań, PL", "Gdańsk, PL"),
}

# Sea and rail consignments restock Amazon fulfilment centres rather than reach buyers.
FULFILMENT_CENTRES: dict[str, tuple[str, ...]] = {
    "US": ("San Bernardino, US", "Moreno Valley, US", "Robbinsville, US"),
    "GB": ("Doncaster, GB", "Peterborough, GB"),
    "DE": ("Leipzig, DE", "Dortmund, DE"),
    "PL": ("Poznań, PL", "Wrocław, PL"),
}


class Market(NamedTuple):
    """The Amazon marketplace serving a country, its currency and order-id prefixes."""

    amazon: str
    currency: str
    prefixes: tuple[str, ...]


_NA, _EU, _FE = ("111", "112", "113", "114"), ("302", "303", "304", "305", "306"), ("249", "250", "503")
MARKETS: dict[str, Market] = {
    "US": Market("Amazon.com", "USD", _NA), "CA": Market("Amazon.ca", "CAD", ("701", "702")),
    "MX": Market("Amazon.com.mx", "MXN", ("701", "702")), "BR": Market("Amazon.com.br", "BRL", ("701", "702")),
    "GB": Market("Amazon.co.uk", "GBP", _EU), "DE": Market("Amazon.de", "EUR", _EU),
    "FR": Market("Amazon.fr", "EUR", _EU), "IT": Market("Amazon.it", "EUR", _EU),
    "ES": Market("Amazon.es", "EUR", _EU), "NL": Market("Amazon.nl", "EUR", _EU),
    "PL": Market("Amazon.pl", "PLN", _EU), "JP": Market("Amazon.co.jp", "JPY", _FE),
    "AU": Market("Amazon.com.au", "AUD", _FE),
}
# Units of each currency per US dollar, to price goods consistently across markets.
PER_USD: dict[str, float] = {"USD": 1.0, "CAD": 1.37, "MXN": 18.0, "BRL": 5.6, "GBP": 0.79, "EUR": 0.92,
                             "PLN": 4.0, "JPY": 150.0, "AUD": 1.52}
# Share of parcel orders sold outside Amazon.
OTHER_CHANNELS: tuple[tuple[str, float], ...] = (("eBay", 0.07), ("Shopify", 0.10))
