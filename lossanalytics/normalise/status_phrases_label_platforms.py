"""Phrases of shipping-label platforms and of Taiwan's convenience-store logistics: MyParcel's
status names (English, Dutch, French), shipcloud's tracking event names (English, German),
Qapla's canonical statuses (Italian), Chronopost's event labels and Mondial Relay's texts (French),
ECPay's, ezShip's and T-Cat's status messages (traditional Chinese, read through fold's simplified
form) (lossanalytics/normalise/known_texts/SOURCES.md, nineteenth round, b).

Two groups of steps, each placed where the broader words it must beat or yield to sit
(status_phrases.STEPS):

- LABEL_PLATFORM_FIRST_STEPS, before the outcome steps: a parcel waiting for the recipient's
  collection ("awaiting pickup by the receiver", "zur Abholung durch den Empfänger bereit")
  waits for pickup, before the outcome steps and the German ones after them read the
  recipient's collection ("pickup by the receiver", "Abholung durch den Empfänger") as a
  delivery.
- LABEL_PLATFORM_LATE_STEPS, after the outcome steps (a return, a loss or a failed attempt named
  in the same text still decides) and before the main steps: a label, a concept or a registered
  shipment with no parcel handed over yet, order data received, goods not yet at the carrier
  ("pending - registered", "Versandmarke erstellt", "Colis prêt chez l'expéditeur", "已收到訂單資料",
  "商家未到貨") is information received, before the broad "in behandeling" or "en cours de
  traitement" read it as moving; a parcel delivered to a pickup store or point and ready there
  ("已送達取件門市", "afgeleverd - klaar om opgehaald te worden") waits for pickup, before
  "送達" or "afgeleverd" read a delivery; a breakdown, bad weather, a road closed, a flight
  delayed or a missort is a problem even where the text adds "後續配送中" (delivery to follow);
  the logistics centre's acceptance and sorting, a store receiving the seller's parcel, a parcel
  handed to a named carrier or a forwarder, or on its way to a pickup point ("en cours de
  livraison au point de retrait") moves on, a parcel only to be handed over ("il va être remis à
  La Poste", "pas encore remis") does not; the recipient's collection at a store and Chronopost's
  "Livraison effectuée" are deliveries; a deleted label or consignment note is cancelled;
  Qapla's bare "DANNEGGIAMENTO" and "SMARRIMENTO" name damage and loss.

Names shared with other meanings are read only as the whole text or with the words that fix
them: MyParcel's "pending - concept" (not any "pending"), "取件中" (a driver collecting),
"配完" (delivered, not "配完狀態刪除"); "完成取貨"/"成功取件" alone, which other sources use for
a courier's pickup from the merchant, are not read (only "消費者成功取件", "買家已到店取貨").
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import RECIPIENT, Step

LABEL_PLATFORM_FIRST_STEPS: tuple[Step, ...] = (
    ("available_for_pickup", {
        "en": (r"awaiting (?:customer )?pick ?up by " + RECIPIENT,),
        "de": (r"zur abholung durch (?:den )?empfanger\w* bereit",),
    }),
)

LABEL_PLATFORM_LATE_STEPS: tuple[Step, ...] = (
    ("info_received", {
        "en": (r"^pending (?:concept|registered)$", r"^printed (?:letter|digital stamp)$",
               r"(?<!return )label (?:has been|was|is) (?:created|printed|generated)"),
        "nl": (r"^in behandeling (?:concept|geregistreerd)$", r"^geprint (?:brief|digitale postzegel)$"),
        "fr": (r"^en cours de traitement (?:concept|enregistre)$", r"^imprime (?:lettre|timbre numerique)$",
               r"pret\w* chez (?:l |votre |son )?expediteur"),
        "de": (r"versandmarke\w* (?:\w+ ){0,2}(?:erstellt|gedruckt|erzeugt)",
               r"(?<!retoure )(?<!ruck )sendung (?:wurde |ist )?angelegt"),
        "it": (r"^(?:in )?attesa (?:di )?ritiro$",),
        # Plain phrases are written as the carriers write them and folded like the text (the
        # traditional characters fold knows become simplified, so "已收到订单资料" is read too);
        # regular expressions ("^取件中$", "(?:配达…门市)") are written in that folded form.
        "zh": ("已收到訂單資料", "上傳電子訂單", "檔案傳送成功", "商家未到貨", "物流端未收到", "尚未寄件",
               "待賣家出貨", "訂單上傳物流", "訂單傳送物流", "訂單傳送超商", r"^取件中$"),
    }),
    ("available_for_pickup", {
        "nl": (r"afgeleverd klaar om opgehaald te worden",),
        "fr": (r"livre\w* pret a etre collecte",),
        "zh": ("送達取件門市", r"(?:配达\S{0,6}取(?:货|件)门市)", "到店尚未取貨", "至營業所取貨"),
    }),
    ("exception", {
        "zh": ("車輛故障", "天候不佳", "道路中斷", "航班延誤", "送錯", "調查處理中"),
    }),
    ("delivery_failed", {
        "zh": ("公司行號休息",),
    }),
    ("in_transit", {
        "fr": (r"livre\w* (?:au|a|chez) (?:\w+ )?transitaire", r"en cours de livraison (?:au|en|vers le) (?:point|relais)",
               r"(?<!etre )(?<!sera )(?<!pas )(?<!non )(?<!encore )(?<!pas ete )remis\w* (?:a|au|chez) (?:mondial relay|chronopost|colissimo|la poste|dpd|gls|ups|dhl|colis prive|relais colis)"),
        "zh": ("物流中心驗收", "物流作業驗收", "物流中心理貨", r"(?:(?<!退货商品)已至物流中心)", "賣家已到門市寄件",
               "交貨便收件", "已集貨"),
    }),
    ("delivered", {
        "de": (r"^(?:paket|pakete|sendung|sendungen)(?: e| en)? geliefert$",),
        "fr": (r"livraison effectuee",),
        "zh": ("消費者成功取件", "買家已到店取", r"^配完$"),
    }),
    ("cancelled", {
        "en": (r"label (?:has been |was )?(?:deleted|voided)",),
        "zh": ("託運單刪除",),
    }),
    ("damaged", {
        "it": (r"^danneggiamento$",),
    }),
    ("lost", {
        "it": (r"^smarrimento$",),
    }),
)
