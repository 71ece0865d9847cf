"""Marketplaces' published logistics and order status codes (status_codes_marketplaces).

Each expected status is the publisher's own meaning of the code, as the comment above
each group names its source (recorded in lossanalytics/normalise/known_texts/SOURCES.md, "Marketplace status
codes"); a "judgement" comment marks where the canonical status is chosen rather than
stated by the publisher."""

from __future__ import annotations

import re

import pytest

from lossanalytics.normalise._rules import fold
from lossanalytics.normalise.status_codes import STATUS_CODES, SUBSTATUS_CODES, TAGS, TRACKINGMORE_CODES
from lossanalytics.normalise.status_codes_marketplaces import MARKETPLACE_CODES, MARKETPLACE_STATUSES
from lossanalytics.normalise.status_evidence import decide_status
from lossanalytics.normalise.statuses import _TEXT, STATUSES, read_status

CASES = [
    # Shopee Open Platform "V2.0 Data Definition" (code-index file 70591812691): LogisticsStatus
    # and OrderStatus with Shopee's descriptions.
    ("LOGISTICS_NOT_START", "info_received"),       # order not ready for fulfillment
    ("LOGISTICS_READY", "info_received"),           # ready for fulfillment (paid / COD screened)
    ("LOGISTICS_REQUEST_CREATED", "info_received"), # order arranged shipment
    ("LOGISTICS_PICKUP_RETRY", "info_received"),    # pending 3PL retry pickup
    ("LOGISTICS_PICKUP_DONE", "in_transit"),        # handed over to 3PL
    ("LOGISTICS_DELIVERY_DONE", "delivered"),
    ("LOGISTICS_LOST", "lost"),                     # cancelled due to 3PL lost the order
    ("LOGISTICS_DELIVERY_FAILED", "delivery_failed"),  # judgement: cancelled due to failed delivery
    ("LOGISTICS_PICKUP_FAILED", "cancelled"),       # cancelled by 3PL
    ("LOGISTICS_COD_REJECTED", "cancelled"),        # rejected at COD screening, before shipment
    ("LOGISTICS_INVALID", "cancelled"),
    ("LOGISTICS_REQUEST_CANCELED", "cancelled"),
    ("logistics_delivery_done", "delivered"),
    ("RETRY_SHIP", "info_received"),                # 3PL pickup failed, re-arrange shipment
    ("TO_CONFIRM_RECEIVE", "delivered"),            # the order has been received by buyer
    ("UNPAID", "info_received"),
    # Mercado Libre /shipment_statuses (code-index file 56766518068, capture of
    # developers.mercadolibre.com.ve/es_ar/envios) and the ME1 status/substatus table.
    ("handling", "info_received"),
    ("ready_to_print", "info_received"),
    ("not_delivered", "delivery_failed"),           # judgement: final status, no substatus
    ("waiting_for_withdrawal", "available_for_pickup"),
    ("at_the_door", "out_for_delivery"),            # shipment at buyer's door
    ("receiver_absent", "delivery_failed"),
    ("refused_delivery", "delivery_failed"),
    ("dangerous_area", "delivery_failed"),          # ME1: entrega sem sucesso por região perigosa
    ("unauthorized_receiver", "delivery_failed"),
    ("rejected_in_hub", "exception"),               # rejected by the carrier, not a refusal
    ("returning_to_sender", "returned"),
    ("picked_up_for_return", "returned"),
    ("stolen", "lost"),
    ("destroyed", "lost"),
    ("lost", "lost"),                               # "Package lost"
    ("damaged", "damaged"),                         # "Package damaged in hub"
    ("label_expired", "cancelled"),                 # under status cancelled
    # Ozon Seller API (code-index file 49069703367): posting status and substatus.
    ("awaiting_packaging", "info_received"),        # ожидает упаковки
    ("awaiting_deliver", "info_received"),          # ожидает отгрузки
    ("delivering", "in_transit"),                   # доставляется
    ("not_accepted", "exception"),                  # не принят на сортировочном центре
    ("arbitration", "exception"),
    ("posting_in_courier_service", "out_for_delivery"),  # курьер в пути
    ("posting_in_pickup_point", "available_for_pickup"),
    ("posting_on_way_to_pickup_point", "in_transit"),
    ("posting_received", "delivered"),
    ("posting_returned_to_warehouse", "returned"),  # judgement: back undelivered
    ("posting_not_in_sort_center", "exception"),
    # Wildberries API (code-index files 62049084673, 53821632447): supplierStatus, wbStatus.
    ("cancel", "cancelled"),                        # отменено продавцом
    ("canceled_by_client", "delivery_failed"),      # judgement: refused on receipt
    ("declined_by_client", "cancelled"),            # cancelled within the first hour
    ("ready_for_pickup", "available_for_pickup"),   # прибыло на ПВЗ
    # Lazada GetOrders statuses (code-index file 67384934399).
    ("lost_by_3pl", "lost"),
    ("damaged_by_3pl", "damaged"),
    ("failed_delivery", "delivery_failed"),
    ("shipped_back", "returned"),
    ("shipped_back_success", "returned"),
    ("package_scrapped", "lost"),
    # TikTok Shop order statuses (EcomPHP/tiktokshop-php Order constants).
    ("AWAITING_SHIPMENT", "info_received"),
    ("PARTIALLY_SHIPPING", "in_transit"),
    # AliExpress open platform (code-index files 12161829960, 509282010): logistics_status.
    ("WAIT_SELLER_SEND_GOODS", "info_received"),    # 等待卖家发货
    ("SELLER_SEND_GOODS", "in_transit"),            # 卖家已发货
    ("WAIT_BUYER_ACCEPT_GOODS", "in_transit"),      # 等待买家收货
    ("BUYER_ACCEPT_GOODS", "delivered"),            # 买家已确认收货
    # Allegro ParcelTrackingStatus (code-index file 32770484257).
    ("RELEASED_FOR_DELIVERY", "out_for_delivery"),  # w trakcie doręczenia przez kuriera
    ("NOTICE_LEFT", "available_for_pickup"),        # judgement: to be collected at the notice's address
    ("ISSUE", "exception"),                         # wystąpił problem z przesyłką
    # Walmart Marketplace order line status (developer.walmart.com, Orders API overview).
    ("Acknowledged", "info_received"),              # you've confirmed receipt of the order
    # eBay OrderFulfillmentStatus (developer.ebay.com, Fulfillment API types).
    ("NOT_STARTED", "info_received"),
    ("FULFILLED", "in_transit"),                    # the entire order has been shipped
    # Coupang ordersheet status (code-index file 4007079189).
    ("INSTRUCT", "info_received"),                  # 상품준비중
    ("DEPARTURE", "in_transit"),                    # 배송지시
    ("FINAL_DELIVERY", "delivered"),                # 배송완료
]


@pytest.mark.parametrize("raw, expected", CASES)
def test_published_code_reads_its_publishers_meaning(raw, expected):
    reading = read_status(raw)
    assert (reading.status, reading.kind) == (expected, "code")


def test_every_listed_code_is_read_as_a_code():
    for table in MARKETPLACE_STATUSES.values():
        for code, status in table.items():
            assert read_status(code) == (status, code, "code")


def test_every_code_maps_to_a_canonical_status():
    assert set(MARKETPLACE_CODES.values()) <= set(STATUSES) - {"unknown"}


def test_codes_agree_across_marketplaces():
    seen: dict[str, tuple[str, str]] = {}
    for marketplace, table in MARKETPLACE_STATUSES.items():
        for code, status in table.items():
            key = re.sub(r"[\s_\-./]+", "", code.casefold())
            first = seen.setdefault(key, (marketplace, status))
            assert first[1] == status, (code, marketplace, first)


def test_codes_do_not_collide_with_other_vocabularies():
    others = {
        **{status.replace("_", ""): status for status in STATUSES},
        **TAGS,
        **STATUS_CODES,
        **TRACKINGMORE_CODES,
        **{key.replace("_", ""): status for key, status in SUBSTATUS_CODES.items()},
    }
    clashes = {key: (status, others[key]) for key, status in MARKETPLACE_CODES.items()
               if key in others and others[key] != status}
    assert clashes == {}


# Codes whose words the phrase rules read otherwise: the publisher's meaning decides.
OVERRIDDEN_WORDS = {
    "LOGISTICS_COD_REJECTED": "delivery_failed",   # "rejected": a refusal; here COD screening
    "LOGISTICS_PICKUP_FAILED": "info_received",    # a pickup failed at the seller; Shopee cancels the order
    "rejected_in_hub": "delivery_failed",
    "picked_up_for_return": "in_transit",
    "label_expired": "expired",
    "awaiting_verification": "exception",          # Ozon: "создано", created
    "not_accepted": "delivery_failed",             # the words a refusal; Ozon: not accepted at the sort centre
    "posting_transferring_to_delivery": "in_transit",
    "posting_on_way_to_pickup_point": "available_for_pickup",
    "posting_registration_error": "info_received",
    "posting_not_in_sort_center": "in_transit",
    "canceled_by_client": "cancelled",
    "shipped_back": "in_transit",
    "shipped_back_success": "in_transit",
    "shipped_back_failed": "in_transit",
    "BUYER_ACCEPT_GOODS": "in_transit",
    "NOTICE_LEFT": "delivery_failed",
}


def test_codes_read_otherwise_as_words_are_the_listed_ones():
    differing = {}
    for table in MARKETPLACE_STATUSES.values():
        for code, status in table.items():
            words = _TEXT.first(fold(code.replace("_", " ")))
            if words is not None and words != status:
                differing[code] = words
    assert differing == OVERRIDDEN_WORDS


@pytest.mark.parametrize("raw, expected", [
    ("PROCESSED", "in_transit"),             # not Shopee's "label arranged"
    ("ON_HOLD", "exception"),                # not TikTok's cancellation window
    ("OnHold", "exception"),                 # not Walmart's order awaiting payment
    ("AWAITING_COLLECTION", "available_for_pickup"),  # not TikTok's carrier collection
    ("CONFIRMED", "info_received"),          # not Lazada's receipt confirmed
    ("ready_for_pickup", "available_for_pickup"),
])
def test_words_left_out_keep_their_meaning(raw, expected):
    assert read_status(raw).status == expected


@pytest.mark.parametrize("status_word, substatus, expected, source", [
    ("not_delivered", "stolen", "lost", "substatus"),
    ("not_delivered", "returning_to_sender", "returned", "substatus"),
    ("not_delivered", "lost", "lost", "substatus"),
    ("shipped", "waiting_for_withdrawal", "available_for_pickup", "substatus"),
    ("shipped", "receiver_absent", "delivery_failed", "substatus"),
    ("not_delivered", None, "delivery_failed", "status"),
    ("delivering", "posting_in_courier_service", "out_for_delivery", "substatus"),
])
def test_mercado_libre_and_ozon_status_with_substatus(status_word, substatus, expected, source):
    evidence = decide_status(status_word, substatus, None)
    assert (evidence.status, evidence.source) == (expected, source)


@pytest.mark.parametrize("raw, expected", [
    # Ozon's descriptions of its posting statuses (code-index file 49069703367).
    ("ожидает упаковки", "info_received"),
    ("ожидает отгрузки", "info_received"),
    ("клиентский арбитраж доставки", "exception"),
    ("не принят на сортировочном центре", "exception"),
    ("у водителя", "in_transit"),
    ("в пути в пункт выдачи", "in_transit"),
    ("курьер в пути", "out_for_delivery"),
    ("в пункте выдачи", "available_for_pickup"),
    ("ожидает паспортных данных", "exception"),
    # Wildberries' descriptions of its assembly-task statuses (code-index file 62049084673).
    ("На сборке", "info_received"),
    ("В доставке", "in_transit"),
    ("покупатель отменил заказ при получении", "delivery_failed"),
    ("заказ получен покупателем", "delivered"),
    # AliExpress' descriptions (code-index files 12161829960, 509282010, 12402371880).
    ("等待卖家发货", "info_received"),
    ("等待您发货", "info_received"),
    ("等待买家收货", "in_transit"),
    ("买家已确认收货", "delivered"),
    ("Waiting for seller to ship", "info_received"),
    ("Buyer has confirmed receipt", "delivered"),
    # Mercado Libre ME1 (developers.mercadolibre.com.mx/estados-de-ordenes-me1).
    ("Salió para entrega al comprador", "out_for_delivery"),
    # Rakuten RMS orderProgress names (code-index file 53585851855): 100 and 300 wait, 500 shipped.
    ("注文確認待ち", "info_received"),
    ("発送待ち", "info_received"),
    ("発送済", "in_transit"),
    # The narrow phrases leave the broad meaning alone.
    ("Принят на сортировочном центре", "in_transit"),
    ("Оплата при получении", "unknown"),
    ("卖家已发货", "in_transit"),
])
def test_publishers_descriptions_read_as_their_codes(raw, expected):
    assert read_status(raw).status == expected


def test_a_seller_confirming_an_order_is_no_delivery():
    # Walmart's "Acknowledged": the seller, not the buyer, confirmed receipt (of the order).
    assert read_status("You've confirmed receipt and plan to fulfill the order.").status != "delivered"


@pytest.mark.parametrize("raw, expected", [
    # Allegro ParcelTrackingStatus, written as the enum (OgarniaczAllegro's allegro-enums.ts).
    ("NOTICE_LEFT", "available_for_pickup"),
    # UPS Mail Innovations event DX, "Notice Left: No Authorized Recipient Available" (karrio's
    # Tracking-mail-innovation.html): the same words as an event text are a failed attempt.
    ("Notice Left", "delivery_failed"),
    ("Notice Left: No Authorized Recipient Available", "delivery_failed"),
])
def test_a_marketplace_enum_is_a_code_only_written_as_one(raw, expected):
    assert read_status(raw).status == expected
