"""Indonesian, Vietnamese and Arabic tracking texts read by their meaning, seventeenth Asian and Middle-Eastern pass
(round 79): a sea-cargo forwarder's voyage stages and a COD shop's shipping states in Indonesian ("Menunggu Kapal
Sandar", "Dooring", "sedang diantar kurir hari ini"), a marketplace's own delivery plan, shops' order states and a
shop's Vietnamese Sagawa labels ("Shipper đang đến lấy tại shop", "Đang ở kho quận", "Shipper đang đi giao", "Vắng nhà
khi giao", "Tạm dừng"), customs steps translated into Vietnamese ("Khai báo nhập khẩu", "Nhập cảng") and an
Ankara-to-Iraq forwarder's Arabic stages ("استلام الطرد في مستودع", "جاري تحميل الشحنة").

The reading follows who holds the parcel (DESIGN §4). A shop that has not yet confirmed or packed, goods waiting for
the shipper to collect them, a shipper on the way to collect them ("đang đến lấy": the courier, not the parcel, is
moving), goods ready to be handed over or being prepared: before the carrier. Goods at a depot or hub, on an
inter-provincial truck, moving between warehouses, declared for import or entered at the port, goods at the port,
loaded, unloaded, on a ship or waiting for it to berth, goods received in a forwarder's warehouse and a consolidated
shipment being loaded: moving on. A courier heading to the delivery address (not the sender's), the door-delivery leg
("dooring"), a shipper out delivering ("đang đi giao"): out for delivery. A recipient away from home, a parcel taken
back to the post office: a failed attempt. A shipment paused ("tạm dừng"): exception. Goods received with nothing
else said, goods arrived and received: delivered. An order sent back ("đơn hàng hoàn"), goods sent back to the
warehouse or the sender (even after a failed delivery named beside it): returned.

Three groups:
- ASIA_MIDEAST_VI_FIRST_STEPS_17 come before the Vietnamese first groups: goods sent back to the warehouse or the
  sender before "giao không thành công" reads a failed delivery, a shipper on the way to collect before "shipper
  đang đến" reads a shipper on the way to the recipient, a shop that has not handed the goods over before "bàn
  giao" reads them handed over, a shipment paused before "vận chuyển" reads it moving.
- ASIA_MIDEAST_FIRST_STEPS_17 come first of the Asian and Middle-Eastern first groups (before the sixteenth's): a
  courier heading to the delivery address before "keluar dari" reads a departure.
- ASIA_MIDEAST_LATE_STEPS_17 come just before the sixteenth pass's late steps and read only texts nothing else reads.

Folded like the text (lossanalytics.normalise._rules.fold: accents off, Arabic letter variants in one form,
punctuation as spaces). Written by the team from DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_17.py
holds the examples); no source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases

# Who collects or delivers goods in Vietnamese texts (accents folded).
_VI_COURIER = r"(?:shipper|courier|buu ta|tai xe|nhan vien(?: giao hang| lay hang| van chuyen)?)"
# A depot, a hub or a warehouse in Vietnamese texts.
_VI_DEPOT = r"(?:kho|hub|trung tam (?:khai thac|phan loai|trung chuyen)|diem trung chuyen)"

ASIA_MIDEAST_VI_FIRST_STEPS_17: tuple[Step, ...] = (
    # Goods sent back to the warehouse or the sender: returned, before a failed delivery named beside it.
    ("returned", {
        "vi": (r"\b(?:bi |duoc )?tra (?:lai|ve) (?:kho|nguoi gui|nguoi ban|shop|cua hang)\b",),
    }),
    # A shipper on the way to collect the goods (the courier moves, not the parcel), a shop that has not confirmed,
    # packed or handed them over yet: before the carrier, before "bàn giao" reads goods handed over and "shipper
    # đang đến" a shipper on the way to the recipient.
    ("info_received", {
        "vi": (r"^" + _VI_COURIER + r" dang (?:den|toi|di) lay(?: hang)?\b",
               r"^(?:shop|nguoi ban|cua hang) chua (?:xac nhan|dong goi|ban giao)\b"),
    }),
    # A shipment paused: exception, before "vận chuyển" or "giao hàng" named beside it read a parcel moving.
    ("exception", {
        "vi": (r"^tam dung\b",),
    }),
)

ASIA_MIDEAST_FIRST_STEPS_17: tuple[Step, ...] = (
    # A courier heading to the delivery address (not the sender's or a pickup address): out for delivery, before
    # "keluar dari" reads a departure.
    ("out_for_delivery", {
        "id": (r"\b(?:kurir|driver|sopir) (?:sedang )?(?:menuju|ke) alamat(?! asal\b| pengirim\b| penjemputan\b)",),
    }),
)

ASIA_MIDEAST_LATE_STEPS_17: tuple[Step, ...] = (
    # Goods waiting for the shipper to collect them, goods ready to be handed over, goods being prepared: before the
    # carrier.
    ("info_received", {
        "vi": (r"\bcho " + _VI_COURIER + r" (?:den )?(?:lay|nhan)(?: hang| don(?: hang)?)?$",
               r"^san sang (?:de )?(?:giao|ban giao)(?: hang| cho " + _VI_COURIER + r")?$",
               r"^chuan bi (?:hang|don hang)$"),
    }),
    # At a depot or hub, on an inter-provincial truck, moving between warehouses, declared for import, entered at the
    # port; at the port, loaded or unloaded, on a ship or waiting for it; received in a forwarder's warehouse, a
    # consolidated shipment being loaded: moving on.
    ("in_transit", {
        "vi": (r"^dang (?:o|nam o|nam tai) " + _VI_DEPOT + r"\b",
               r"^dang tren (?:xe (?:lien tinh|tai|trung chuyen)|tau|may bay|chuyen bay)\b",
               r"^dang chuyen kho\b",
               r"^(?:dang |da )?khai bao (?:nhap khau|hai quan)$",
               r"^(?:da )?nhap cang$"),
        "id": (r"^(?:menunggu |proses |sedang )?(?:muat|bongkar(?: muat)?|pemuatan|pembongkaran)"
               r"(?: barang| kargo| kontainer)?(?: (?:di|ke|dari)(?: atas)? kapal)?$",
               r"^(?:dalam )?perjalanan (?:di|dengan|menggunakan) kapal$",
               r"^menunggu kapal (?:sandar|berlabuh|berangkat|tiba)$",
               r"\b(?:sudah |telah )?berada di pelabuhan\b",
               r"\b(?:penurunan|pembongkaran|pemuatan) (?:kontainer|kargo|barang)\b"),
        "ar": rtl_phrases(r"استلام (?:ال)?(?:طرد|شحنه|بضاعه) في (?:ال)?مستودع",
                          r"جاري تحميل (?:ال)?(?:شحنه|طرد|بضاعه)"),
    }),
    # The door-delivery leg, a shipper out delivering: out for delivery.
    ("out_for_delivery", {
        "id": (r"^(?:proses |sedang )?dooring$",),
        "vi": (r"\bdang di giao\b",),
    }),
    # A recipient away from home, a parcel taken back to the post office: a failed attempt.
    ("delivery_failed", {
        "vi": (r"\bvang (?:nha|mat)\b", r"^tra ve buu cuc$"),
    }),
    # Goods received with nothing else said, goods arrived and received: delivered.
    ("delivered", {
        "id": (r"^(?:barang|kiriman) (?:telah |sudah )?diterima$",
               r"^(?:sudah|telah) (?:sampai|tiba) (?:dan )?diterima$"),
    }),
    # An order sent back: returned.
    ("returned", {
        "vi": (r"^don(?: hang)? (?:bi )?hoan(?: tra| ve)?$",),
    }),
)
