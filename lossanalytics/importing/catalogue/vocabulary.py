"""Header names for the canonical fields (DESIGN §3) in the languages sellers' and
carriers' exports are written in, beyond the English and Chinese of the dialects.

Matched after the header lost its unit, currency or time zone (`Gewicht in kg` is
`Gewicht`), in the comparable form of dialects.header_key (case and punctuation aside),
so "Numéro de suivi" and "numero de suivi" are one entry only where the accent differs.
"""

from __future__ import annotations

# English names real exports use besides the generic dialect's own.
ENGLISH: dict[str, tuple[str, ...]] = {
    "carrier": ("shipping company", "logistics provider", "delivery company", "courier company"),
    "service": ("service type", "shipping service level", "delivery service", "product name", "shipping option"),
    "ship_date": (
        "dispatch date", "despatch date", "dispatched on", "despatched on", "shipped on", "posting date",
        "posted on", "posted date", "date dispatched", "date despatched", "handover date", "pickup date",
        "pick up date", "collection date", "label date", "ship on",
    ),
    "estimated_delivery_date": ("delivery estimate", "estimated delivery time", "expected arrival"),
    "delivered_date": ("delivery time", "delivered time", "proof of delivery date", "pod date"),
    "last_event_time": ("latest update", "last activity", "last activity date", "latest event date",
                        "latest checkpoint time", "last status date", "status date"),
    "last_event_text": (
        "latest event", "latest status", "latest checkpoint", "last status", "last activity description",
        "latest tracking event", "status description", "status details", "tracking event",
    ),
    "status": ("shipment status", "package status", "order status", "tracking state", "delivery state", "tag",
               "main status", "current status"),
    "substatus": ("sub status", "substatus", "sub-status", "subtag", "sub tag", "status code", "tracking sub status"),
    "dest_country": ("ship to", "shipping country", "delivery country", "country code", "receiver country"),
    "origin_country": ("ship from", "departure country", "country of dispatch"),
    "declared_value": ("price", "customs value", "invoice value", "item price", "total price", "subtotal",
                       "order total amount", "product value", "parcel value"),
    "insured_value": ("coverage amount", "insured amount"),
    "weight": ("actual weight", "item weight", "shipping weight", "total weight", "chargeable weight"),
    "order_id": ("order reference number", "sales order", "sales order number", "customer order"),
}

# Other languages, per field: German, French, Spanish, Italian, Portuguese, Dutch, Polish, Japanese.
OTHER_LANGUAGES: dict[str, tuple[str, ...]] = {
    "tracking_number": (
        "sendungsnummer", "sendungsnr", "trackingnummer", "paketnummer", "sendungsverfolgungsnummer",
        "numéro de suivi", "numero de suivi", "n° de suivi", "numéro de colis", "numero de colis",
        "número de seguimiento", "numero de seguimiento", "número de envío", "numero de envio",
        "número de rastreo", "numero di tracciamento", "numero di tracking", "numero spedizione",
        "código de rastreio", "codigo de rastreio", "código de rastreamento", "número de rastreio",
        "trackingnummer", "track en trace", "track trace code", "zendingnummer", "barcode",
        "numer przesyłki", "numer przesylki", "numer śledzenia", "numer listu przewozowego",
        "追跡番号", "お問い合わせ番号", "お問合せ番号", "伝票番号", "送り状番号", "トラッキング番号",
    ),
    "carrier": (
        "versanddienstleister", "paketdienst", "versender", "spediteur", "transporteur", "zusteller",
        "transportista", "mensajería", "empresa de transporte", "corriere", "vettore", "spedizioniere",
        "transportadora", "vervoerder", "pakketdienst", "przewoźnik", "przewoznik", "kurier",
        "配送業者", "運送会社", "配送会社", "キャリア",
    ),
    "service": (
        "versandart", "versandmethode", "produkt", "mode de livraison", "méthode d'expédition", "service de livraison",
        "método de envío", "metodo de envio", "servicio", "metodo di spedizione", "servizio", "serviço",
        "método de envio", "verzendmethode", "verzendmethode", "metoda wysyłki", "usługa",
        "配送方法", "配送サービス", "発送方法",
    ),
    "mode": ("transportart", "mode de transport", "modo de transporte", "modalità di trasporto",
             "vervoerswijze", "rodzaj transportu", "輸送モード"),
    "order_id": (
        "bestellnummer", "auftragsnummer", "numéro de commande", "numero de commande", "número de pedido",
        "numero de pedido", "numero ordine", "numero d'ordine", "número do pedido", "numero do pedido",
        "bestelnummer", "ordernummer", "numer zamówienia", "numer zamowienia", "注文番号", "受注番号",
    ),
    "marketplace": ("marktplatz", "place de marché", "mercado", "canale di vendita", "marktplaats", "kanał sprzedaży",
                    "販売チャネル", "モール"),
    "origin_country": ("herkunftsland", "versandland", "pays d'origine", "país de origen", "pais de origen",
                       "paese di origine", "país de origem", "land van herkomst", "kraj nadania", "発送国"),
    "dest_country": (
        "zielland", "empfängerland", "bestimmungsland", "land", "pays de destination", "pays",
        "país de destino", "pais de destino", "país", "paese di destinazione", "paese", "país destino",
        "land van bestemming", "bestemmingsland", "kraj docelowy", "kraj", "仕向国", "配送先国", "国",
    ),
    "ship_date": (
        "versanddatum", "versandt am", "abholdatum", "date d'expédition", "date d'envoi", "fecha de envío",
        "fecha de envio", "data di spedizione", "data de envio", "data de expedição", "verzenddatum",
        "datum verzonden", "data nadania", "data wysyłki", "発送日", "出荷日", "発送日時", "出荷日時",
    ),
    "estimated_delivery_date": (
        "voraussichtliche zustellung", "voraussichtliches lieferdatum", "date de livraison prévue",
        "fecha estimada de entrega", "data di consegna prevista", "previsão de entrega", "data prevista",
        "verwachte leverdatum", "przewidywana data doręczenia", "お届け予定日", "配達予定日",
    ),
    "delivered_date": (
        "zustelldatum", "zugestellt am", "lieferdatum", "date de livraison", "livré le", "fecha de entrega",
        "entregado el", "data di consegna", "consegnato il", "data de entrega", "entregue em", "afleverdatum",
        "bezorgdatum", "data doręczenia", "配達日", "配達完了日", "配達日時",
    ),
    "last_event_time": (
        "letztes update", "letzte aktualisierung", "dernière mise à jour", "última actualización",
        "ultimo aggiornamento", "última atualização", "laatste update", "ostatnia aktualizacja", "最終更新日時",
    ),
    "last_event_text": (
        "letztes ereignis", "letzter status", "dernier événement", "último evento", "ultimo evento",
        "laatste gebeurtenis", "ostatnie zdarzenie", "最新の状況", "最新ステータス詳細",
    ),
    "status": (
        "sendungsstatus", "zustellstatus", "statut", "statut de livraison", "estado", "estado del envío",
        "stato", "stato spedizione", "situação", "estado da entrega", "verzendstatus", "zendingstatus",
        "status przesyłki", "配送状況", "配達状況", "ステータス", "状態",
    ),
    "substatus": ("unterstatus", "sous-statut", "subestado", "sottostato", "subestado da entrega", "substatus",
                  "podstatus", "サブステータス"),
    "declared_value": (
        "warenwert", "bestellwert", "betrag", "wert", "valeur", "valeur déclarée", "montant", "valor",
        "valor declarado", "importe", "valore", "valore dichiarato", "importo", "waarde", "bedrag",
        "wartość", "wartosc", "kwota", "申告価格", "商品代金", "金額", "合計金額",
    ),
    "currency": ("währung", "devise", "monnaie", "moneda", "divisa", "valuta", "moeda", "waluta", "通貨"),
    "weight": ("gewicht", "poids", "peso", "gewicht kg", "waga", "masa", "重さ", "重量"),
    "insured_value": ("versicherungswert", "valeur assurée", "valor asegurado", "valore assicurato",
                      "valor segurado", "verzekerde waarde", "wartość ubezpieczenia", "保険金額"),
    "location": ("ort", "standort", "lieu", "ubicación", "luogo", "localização", "locatie", "lokalizacja", "場所"),
}


def synonyms(field: str) -> tuple[str, ...]:
    """Every header name this module knows for `field`."""
    return (*ENGLISH.get(field, ()), *OTHER_LANGUAGES.get(field, ()))
