"""Logistics and order status codes that marketplaces publish for their sellers' parcels,
each mapped to a canonical status (DESIGN §4) by the meaning its publisher gives it.

Cross-border sellers export orders with these values in the status column (Shopee's
`logistics_status`, Mercado Libre's shipment status and substatus, Ozon's posting
status …). Codes are written as published; read_status matches them ignoring case,
underscores and hyphens, and a value written with spaces ("Notice Left") as words first,
as the marketplace's name for its code only when no phrase reads it. Sources (read 2026-12; recorded with their texts in
lossanalytics/normalise/known_texts/SOURCES.md):
- Shopee Open Platform "V2.0 Data Definition": OrderStatus, LogisticsStatus,
  PackageFulfillmentStatus, TrackingLogisticsStatus.
- Mercado Libre: the /shipment_statuses resource (statuses and substatuses with their
  names, developers.mercadolibre.com "Envíos") and the ME1 status/substatus table.
- Ozon Seller API: posting status and substatus; Wildberries API: supplierStatus and
  wbStatus of an assembly task.
- Lazada GetOrders statuses; TikTok Shop order statuses; AliExpress open platform
  order and logistics statuses; Allegro ParcelTrackingStatus; Walmart Marketplace order
  line statuses; eBay OrderFulfillmentStatus; Coupang ordersheet status.

Left out because the same word already means something else to the reader: Shopee
"PROCESSED" (a label arranged; carriers' "Processed" is a scan in transit), TikTok
"ON_HOLD" and Walmart "OnHold" (an order in its cancellation window or awaiting payment;
EasyPost's "on_hold" is a held parcel), TikTok "AWAITING_COLLECTION" (the carrier's
collection; carriers write it of a parcel waiting for its recipient), Mercado Libre's
ready_to_ship "ready_for_pickup" (ready for the carrier), Lazada "confirmed" (receipt
confirmed; Shopify's CONFIRMED is before any scan), Coupang "ACCEPT" (payment received).
Left out because they say nothing of the parcel: order completion ("COMPLETED",
"FINISH"), payment, dispute and return-request states, eBay "IN_PROGRESS", Wildberries
"sold", "new", "confirm", "complete" and "defect".
"""

from __future__ import annotations

import re

# Published code → canonical status, per marketplace. A comment marks a mapping that is
# a judgement rather than the publisher's own words.
MARKETPLACE_STATUSES: dict[str, dict[str, str]] = {
    "Shopee": {
        "LOGISTICS_NOT_START": "info_received",
        "LOGISTICS_PENDING_ARRANGE": "info_received",
        "LOGISTICS_READY": "info_received",
        "LOGISTICS_REQUEST_CREATED": "info_received",
        "LOGISTICS_PICKUP_RETRY": "info_received",
        "LOGISTICS_PICKUP_DONE": "in_transit",
        "LOGISTICS_DELIVERY_DONE": "delivered",
        # "Order cancelled due to 3PL delivery failed": what became of the parcel after
        # the failed delivery is not said.
        "LOGISTICS_DELIVERY_FAILED": "delivery_failed",
        "LOGISTICS_LOST": "lost",
        "LOGISTICS_INVALID": "cancelled",
        "LOGISTICS_REQUEST_CANCELED": "cancelled",
        # "Cancelled by 3PL due to failed pickup or picked up but not able to proceed":
        # the order is cancelled either way.
        "LOGISTICS_PICKUP_FAILED": "cancelled",
        "LOGISTICS_COD_REJECTED": "cancelled",
        "UNPAID": "info_received",
        "READY_TO_SHIP": "info_received",
        "RETRY_SHIP": "info_received",
        "TO_CONFIRM_RECEIVE": "delivered",
        "ORDER_CREATED": "info_received",
        "PICKUP_REQUESTED": "info_received",
        "PICKUP_PENDING": "info_received",
        # Tracking statuses published as names only: picked up, delivery still to come.
        "DELIVERY_PENDING": "in_transit",
        "FAILED_DELIVERED": "delivery_failed",
        "RETURN_STARTED": "returned",
    },
    "Mercado Libre": {
        "handling": "info_received",
        "ready_to_print": "info_received",
        "invoice_pending": "info_received",
        "waiting_for_label_generation": "info_received",
        "ready_for_dropoff": "info_received",
        "in_pickup_list": "info_received",
        # The final status of a shipment that did not reach the buyer; its substatus
        # (read first) says whether it was returned, lost, stolen or refused.
        "not_delivered": "delivery_failed",
        "waiting_for_withdrawal": "available_for_pickup",
        "at_the_door": "out_for_delivery",
        "receiver_absent": "delivery_failed",
        "refused_delivery": "delivery_failed",
        "bad_address": "delivery_failed",
        "dangerous_area": "delivery_failed",
        "unauthorized_receiver": "delivery_failed",
        # A visit put off at the buyer's request, as the non-delivery reasons elsewhere.
        "buyer_rescheduled": "delivery_failed",
        "delivery_blocked": "exception",
        "contact_with_carrier_required": "exception",
        "rejected_in_hub": "exception",
        # A stale shipment the buyer complained of: a problem, not yet an outcome.
        "claimed_me": "exception",
        "retained": "exception",
        "return_failed": "exception",
        "shipment_stopped": "exception",
        "detained_at_origin": "exception",
        "returning_to_sender": "returned",
        "soon_to_be_returned": "returned",
        "picked_up_for_return": "returned",
        # Under not_delivered: back to the fulfilment warehouse that holds the seller's stock.
        "returning_to_warehouse": "returned",
        "returned_to_warehouse": "returned",
        "stolen": "lost",
        "destroyed": "lost",
        "label_expired": "cancelled",
        "cancelled_manually": "cancelled",
        "unfulfillable": "cancelled",
    },
    "Ozon": {
        "awaiting_registration": "info_received",
        "awaiting_approve": "info_received",
        "awaiting_packaging": "info_received",
        "awaiting_deliver": "info_received",
        "awaiting_verification": "info_received",
        "arbitration": "exception",
        "client_arbitration": "exception",
        "delivering": "in_transit",
        "driver_pickup": "in_transit",
        "sent_by_seller": "in_transit",
        "not_accepted": "exception",
        "cancelled_from_split_pending": "cancelled",
        "posting_created": "info_received",
        "posting_registered": "info_received",
        "posting_awaiting_registration": "info_received",
        "posting_split_pending": "info_received",
        # "Being handed over to delivery / to the courier", while the posting still
        # awaits shipment.
        "posting_transferring_to_delivery": "info_received",
        "posting_in_carriage": "in_transit",
        "posting_on_way_to_city": "in_transit",
        "posting_on_way_to_pickup_point": "in_transit",
        "posting_transferred_to_courier_service": "in_transit",
        "posting_driver_pick_up": "in_transit",
        "posting_in_courier_service": "out_for_delivery",
        "posting_in_pickup_point": "available_for_pickup",
        "posting_delivered": "delivered",
        "posting_received": "delivered",
        "posting_canceled": "cancelled",
        # "Returned to the warehouse": the posting came back undelivered.
        "posting_returned_to_warehouse": "returned",
        "posting_in_arbitration": "exception",
        "posting_in_client_arbitration": "exception",
        "posting_registration_error": "exception",
        "posting_awaiting_passport_data": "exception",
        "posting_not_in_sort_center": "exception",
    },
    "Wildberries": {
        "cancel": "cancelled",
        # "The buyer cancelled the order on receipt": a refusal at the pickup point.
        "canceled_by_client": "delivery_failed",
        "declined_by_client": "cancelled",
        "canceled_by_missed_call": "cancelled",
    },
    "Lazada": {
        "topack": "info_received",
        "toship": "info_received",
        "packed": "info_received",
        "repacked": "info_received",
        "ready_to_ship_pending": "info_received",
        "failed_delivery": "delivery_failed",
        "lost_by_3pl": "lost",
        "damaged_by_3pl": "damaged",
        "shipped_back": "returned",
        "shipped_back_success": "returned",
        "shipped_back_failed": "exception",
        # Scrapped: destroyed, so it never arrives (DESIGN §4: destroyed is lost).
        "package_scrapped": "lost",
    },
    "TikTok Shop": {
        "AWAITING_SHIPMENT": "info_received",
        "PARTIALLY_SHIPPING": "in_transit",
    },
    "AliExpress": {
        "PLACE_ORDER_SUCCESS": "info_received",
        "WAIT_SELLER_SEND_GOODS": "info_received",
        "SELLER_PART_SEND_GOODS": "in_transit",
        "SELLER_SEND_PART_GOODS": "in_transit",
        "SELLER_SEND_GOODS": "in_transit",
        "WAIT_BUYER_ACCEPT_GOODS": "in_transit",
        "BUYER_ACCEPT_GOODS": "delivered",
    },
    "Allegro": {
        "RELEASED_FOR_DELIVERY": "out_for_delivery",
        # "The courier left a notice; the parcel is to be collected at the address on it."
        "NOTICE_LEFT": "available_for_pickup",
        "ISSUE": "exception",
    },
    "Walmart": {
        "Acknowledged": "info_received",
    },
    "eBay": {
        "NOT_STARTED": "info_received",
        "FULFILLED": "in_transit",      # "The entire order has been shipped."
    },
    "Coupang": {
        "INSTRUCT": "info_received",
        "DEPARTURE": "in_transit",
        "DELIVERING": "in_transit",
        "FINAL_DELIVERY": "delivered",
    },
}

# As read_status keys a value: case-folded, without spaces, underscores, hyphens, dots
# or slashes (a test checks the two agree).
_SEPARATORS = re.compile(r"[\s_\-./]+")

MARKETPLACE_CODES: dict[str, str] = {
    _SEPARATORS.sub("", code.casefold()): status
    for table in MARKETPLACE_STATUSES.values()
    for code, status in table.items()
}
