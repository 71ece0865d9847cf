"""Carriers' tracking API responses saved as JSON.

The JSON reader flattens each row item with its parents into dotted column names
(`trackDetails.events.eventType`), keyed lists such as `datesOrTimes` by their `type`,
and MongoDB's `{"$numberLong": ms}` into the number, which the date detector reads as
epoch milliseconds.
"""

from __future__ import annotations

from lossanalytics.importing.dialects import Dialect

# FedEx Track API (trackDetails with events): one row per scan; the parcel's service,
# weight, route and actual pickup and delivery times repeat on each. The scan codes
# (OC, PU, AR, DP, IT, OD, DE, SE, DL) are read by the status normaliser.
FEDEX_TRACK = Dialect(
    name="fedex_track_api",
    priority=160,
    aliases={
        "tracking_number": ("trackDetails.trackingNumber",),
        "carrier": ("trackDetails.carrierCode",),
        "service": ("trackDetails.service.description",),
        "origin_country": ("trackDetails.shipperAddress.countryCode",),
        "dest_country": ("trackDetails.destinationAddress.countryCode",),
        "ship_date": ("trackDetails.datesOrTimes.ACTUAL_PICKUP.dateOrTimestamp",),
        "estimated_delivery_date": ("trackDetails.datesOrTimes.ESTIMATED_DELIVERY.dateOrTimestamp",),
        "delivered_date": ("trackDetails.datesOrTimes.ACTUAL_DELIVERY.dateOrTimestamp",),
        "weight": ("trackDetails.packageWeight.value",),
        "weight_unit": ("trackDetails.packageWeight.units",),
        "event_time": ("trackDetails.events.timestamp",),
        "status": ("trackDetails.events.eventType",),
        "last_event_text": ("trackDetails.events.eventDescription",),
        "detail": ("trackDetails.events.statusExceptionDescription",),
        "location": ("trackDetails.events.address.city",),
    },
    required=("tracking_number", "event_time"),
    kind="events",
    json_rows=("trackDetails", "events"),
)
