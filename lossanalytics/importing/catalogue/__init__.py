"""Every export format the importer recognises, highest priority first.

A header goes to the dialect that explains most of it and of the values below it; on
a tie the higher priority wins, so specific formats outrank the generic English ones.
"""

from __future__ import annotations

from lossanalytics.importing.catalogue.carrier_apis import FEDEX_TRACK
from lossanalytics.importing.catalogue.chinese import CHINESE_ERP
from lossanalytics.importing.catalogue.datasets import (
    ECOMMERCE_SHIPPING,
    SCMS_DELIVERY_HISTORY,
    SUPPLY_CHAIN_ORDERS,
    TRUCK_TRIPS,
)
from lossanalytics.importing.catalogue.generic import EVENT_LOG, FORWARDER, GENERIC_ENGLISH
from lossanalytics.importing.catalogue.marketplaces import AMAZON_ALL_ORDERS, AMAZON_FULFILLED_SHIPMENTS
from lossanalytics.importing.catalogue.platforms import (
    AFTERSHIP,
    AFTERSHIP_WITHOUT_SUBTAGS,
    PARCELLAB,
    SEVENTEEN_TRACK,
    SEVENTEEN_TRACK_MAIN_STATUS,
    SHIPPO,
    SHIPPO_LABELLED,
    SHIPSTATION,
)
from lossanalytics.importing.dialects import Dialect

DIALECTS: tuple[Dialect, ...] = tuple(sorted(
    (
        FEDEX_TRACK,
        SCMS_DELIVERY_HISTORY, TRUCK_TRIPS, SUPPLY_CHAIN_ORDERS, ECOMMERCE_SHIPPING,
        AMAZON_FULFILLED_SHIPMENTS, AMAZON_ALL_ORDERS,
        AFTERSHIP, AFTERSHIP_WITHOUT_SUBTAGS, SEVENTEEN_TRACK, SEVENTEEN_TRACK_MAIN_STATUS, SHIPSTATION, SHIPPO,
        SHIPPO_LABELLED, PARCELLAB,
        CHINESE_ERP,
        EVENT_LOG, GENERIC_ENGLISH, FORWARDER,
    ),
    key=lambda dialect: -dialect.priority,
))

# Dialects whose header names are general vocabulary rather than one data set's own
# column names ("ID"): what the mapping suggestions compare an unknown header with.
HEADER_VOCABULARY: tuple[Dialect, ...] = (
    GENERIC_ENGLISH, EVENT_LOG, FORWARDER, CHINESE_ERP, AFTERSHIP, SEVENTEEN_TRACK, SHIPSTATION, SHIPPO,
    PARCELLAB, AMAZON_FULFILLED_SHIPMENTS, AMAZON_ALL_ORDERS, FEDEX_TRACK,
)

# Where the rows of a JSON file may sit, besides a top-level list of records.
JSON_ROW_PATHS: tuple[tuple[str, ...], ...] = tuple(
    dict.fromkeys(d.json_rows for d in DIALECTS if d.json_rows is not None)
)
