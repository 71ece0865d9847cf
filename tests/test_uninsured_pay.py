"""What a carrier pays an uninsured parcel, said the same by the claims estimate and the insurance advice.

USPS pays only for insured mail: within the US, Ground Advantage and Priority Mail include insurance
of up to 100 USD, Media Mail none; a parcel whose service is not known is paid at most the 100 USD.
The advice weighs only the value above that (as of 2025-06-30, the fixture below: one USPS lane,
US → US postal, 40 parcels, 4 lost: loss rate 10%, premium 1.5% of the value).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from test_advice import SCOPE, figures_of

from lossanalytics.analytics.detect import shipments
from lossanalytics.analytics.metrics import rates
from lossanalytics.claims import default_rules
from lossanalytics.claims.estimate import estimate_claims
from lossanalytics.i18n import t
from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database

HEADER = ("Tracking Number,Carrier,Service,Mode,Origin,Destination,Ship Date,Status,Last Event Time,Delivered Date,"
          "Value,Currency,Weight")
#: (service, declared value in USD): ten parcels each, the first of each ten lost.
SERVICES = (("USPS Ground Advantage", 300.0), ("Media Mail", 300.0), ("Priority Mail", 60.0), ("", 300.0))


@pytest.fixture
def usps(db: Database, tmp_path: Path) -> Database:
    rows = []
    for group, (service, value) in enumerate(SERVICES):
        for i in range(10):
            number = f"US{group}{i}"
            if i == 0:
                rows.append(f"{number},USPS,{service},postal,US,US,2025-03-01,Lost,2025-03-04,,{value:g},USD,1")
            else:
                rows.append(f"{number},USPS,{service},postal,US,US,2025-03-01,Delivered,2025-03-05,2025-03-05,"
                            f"{value:g},USD,1")
    path = tmp_path / "usps.csv"
    path.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert import_file(db, path).rows_stored == 40
    return db


@pytest.mark.parametrize(("carrier", "mode", "origin", "dest", "service", "pays"), [
    ("USPS", "postal", "US", "US", "USPS Ground Advantage", (100.0, None)),
    ("USPS", "postal", "US", "US", "PRIORITY MAIL", (100.0, None)),
    ("USPS", "postal", "US", "US", "Media Mail", (0.0, None)),
    ("USPS", "postal", "US", "US", None, (100.0, None)),  # not known: at most the included 100 USD
    ("USPS", "postal", "US", "US", "Standard", (100.0, None)),  # not USPS's name: at most the same
    ("USPS", "postal", "CN", "US", "Media Mail", (39.3, None)),  # international: UPU, 30 SDR × 1.31
    ("UPS", "express", "US", "US", "UPS Ground", (100.0, None)),
    ("YunExpress", "air", "CN", "US", None, (None, 34.06)),  # Montreal, 26 SDR/kg × 1.31
    ("Sunyou", "unknown", "CN", "US", None, (None, None)),  # no limit on file: the whole value is at risk
])
def test_what_the_carrier_pays_an_uninsured_parcel(carrier: str, mode: str, origin: str, dest: str,
                                                    service: str | None,
                                                    pays: tuple[float | None, float | None]) -> None:
    package, per_kg = default_rules().uninsured_limit_usd(carrier, mode, origin, dest, service)
    assert (None if package is None else round(package, 2), None if per_kg is None else round(per_kg, 2)) == pays


def test_insurance_advice_weighs_only_the_value_usps_would_not_pay(usps: Database) -> None:
    lanes = rates(usps, "lane", SCOPE)
    rows = figures_of(usps, lanes).insurance.to_dict("records")
    # Exposed per parcel: Ground Advantage 300 − 100 = 200, Media Mail 300 − 0 = 300, Priority Mail 60 − 60 = 0,
    # no service 300 − 100 = 200. Expected loss 10% of that against a premium of 1.5% of the value (4.50 USD):
    # 20, 30, 0 and 20 USD, so the Priority Mail parcels are not worth insuring (before: 6 against 0.90, all
    # 40 parcels worth 9,600 USD, 960 USD of expected loss).
    assert rows == [
        {"carrier": "USPS", "origin_country": "US", "dest_country": "US", "mode": "postal", "parcels": 40,
         "worth": 30, "clear": 30, "value_usd": 9000.0, "expected_loss_usd": 700.0, "premium_usd": 135.0,
         "lost_value_usd": 960.0},
    ]


def test_advice_exposure_is_the_value_less_the_claims_estimate(usps: Database) -> None:
    # Every parcel claimed as if lost: what the claims estimate says USPS pays is what the advice leaves out.
    parcels = shipments(usps, SCOPE).assign(outcome="lost")
    claims = estimate_claims(parcels, date(2025, 6, 30), default_rules())
    paid = claims.groupby("service", dropna=False)["estimated_compensation"].first()
    assert paid.to_dict() == {"Media Mail": 0.0, "Priority Mail": 60.0, "USPS Ground Advantage": 100.0} | {
        next(s for s in paid.index if pd.isna(s)): 100.0}
    exposed = claims["declared_value"] - claims["estimated_compensation"]
    worth = 0.10 * exposed > 0.015 * claims["declared_value"]
    insurance = figures_of(usps, rates(usps, "lane", SCOPE)).insurance.iloc[0]
    assert (int(worth.sum()), round(0.10 * exposed[worth].sum(), 2)) == (insurance["worth"],
                                                                        insurance["expected_loss_usd"])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_insurance_assumption_says_how_usps_is_paid(lang: str) -> None:
    text = t("advice.certainty.insurance_rate", lang, rate="1.5%", minimum="0 USD", as_of="2024-11-29")
    assert "USPS" in text and ("the insurance its service includes" in text or "按服务所含的保险赔付" in text)
