"""Vietnamese, Indonesian, Thai and Malay tracking texts read by their meaning, twenty-sixth East Asian pass (round
126): a parcel arrived at its destination and received by the addressee, a parcel received back by its sender or
completed at the warehouse ending a return, a parcel refused and to be sent back, the returned goods being sorted, a
vehicle broken down; and, read late, a draft waybill, a bill received from the sender, taken into or out of a
warehouse, the courier collecting the sender's money at the pickup, the cash on delivery being or having been
reconciled, a parcel on its way back to the shop, a shipment created or active in the system, a parcel handed in at
an agent, a price adjusted for the parcel's weight, a parcel assigned to the courier and ready to be delivered or
being delivered to the recipient's address, the courier having contacted the recipient, a parcel dropped off at a
service point or branch, a delivery attempted, a partial delivery, an issue reported, a request to check the delivery
address, and the reasons a driver gives for an attempt without a delivery (the customer not available, access
blocked, an address problem, a safety concern), as Nhất Tín's API documentation, an Indonesian shop's Mengantar
notes, Lion Parcel's tracking page, a Thai shop's Kerry labels, two Vietnamese shops' GHN and GHTK labels, a
Malaysian platform's driver labels and a Thai tracking service's milestones and exception guidance word them.

The reading follows who holds the parcel (DESIGN §4). Read early, because other steps would read these texts
otherwise: a parcel that arrived at its destination and was received by the addressee ("Telah sampai di tujuan &
diterima oleh ...") is delivered, before "telah sampai di" reads an arrival on the way; a parcel received back by its
sender ("diterima kembali oleh pengirim") and a return completed at the warehouse set as the end of the return process
are returns, before "berhasil diterima" reads a delivery; a parcel refused and to be sent back to the sender (Thai
"ผู้รับปฏิเสธรับพัสดุ พัสดุจะถูกส่งคืนผู้ส่ง") is a return, as the English "refused ... will be returned to the
sender" reads, before "ปฏิเสธรับ" reads a refused delivery; the returned goods being sorted ("Đang phân loại trả") are
a return, before "phân loại" reads sorting on the way; a vehicle broken down or in trouble (Malay "kenderaan",
Indonesian "kendaraan") holds the parcel up, an exception, before "rosak" or "rusak" reads damaged goods.

Read late, only where nothing earlier reads the text: a draft waybill or order (the whole status) and a shipment
created or active in the system are known before the carrier has the parcel, and so is the courier collecting the
sender's money at the pickup; a bill received from the sender, taken into or out of a warehouse, a parcel handed in at
an agent, a price adjusted for the parcel's weight or volume and "Đang chuyển hàng" (the whole status) are on the way,
and so is a parcel deposited at a service point or dropped off by its sender at a branch; cash on delivery being or
having been reconciled is after the delivery, delivered, and so is a partial delivery (Malay "dihantar sebahagian", as
"Partially Delivered" reads); a parcel on its way back to the shop or the sender is a return; a parcel assigned to the
courier and ready to be delivered, or being delivered to the recipient's address, and the courier having contacted the
recipient (Thai, the whole status) are the last leg; a delivery attempted (Thai "พยายามจัดส่ง", Malay "penghantaran
dicuba") and the driver's reasons for it (the customer not available, access blocked, an address problem, a safety
concern) are failed deliveries; an issue reported (the whole status) and a request to check the delivery address
(Thai), as the English "Please verify the delivery address" reads, are exceptions.

Left unread, because the words do not say the state: Vietnamese "Chưa thành công" (not yet successful), "Sẵn sàng lấy
hàng" as the whole status (ready for the pickup: by the courier at the sender, or by the recipient; a first draft read
it before the carrier and turned one blind text from unread to a wrong status, so it was taken out), "Trả vận đơn cho
..." (the bill handed over to someone: the recipient, or the sender on a return), "Đã trả tiền" (paid: by the buyer
before shipping, or the cash remitted after a delivery), Indonesian "Menunggu proses lanjutan kurir" (waiting for the
courier's next step, anywhere on the way), Malay "Gagal" (failed, as English "Failed" stays unread) and "Tiba"
(arrived, where not said), Thai "ส่งแล้ว" (sent: shipped by the shop, or delivered), a request to contact customer
service (Thai and English: its source's EXCEPTION guidance, no state said) and Thai "ไม่สามารถติดตามพัสดุได้" (cannot
trace the parcel: a tracking lookup that failed, or a parcel not found; the English "Package cannot be located" is
read as lost). Left as read: the customs guidance (Thai "อยู่ระหว่างการตรวจสอบของศุลกากร", English "being processed by
customs") stays on the way, as a customs check reads; its source files it under CUSTOMS_HOLD, but the words say only
that customs are processing the parcel.

Two groups:
- EAST_ASIAN_26_EARLY_STEPS come first of the Asian and Middle-Eastern first groups (just before the twenty-fifth
  pass's early group, in status_phrases_before_outcomes.py).
- EAST_ASIAN_26_LATE_STEPS come right after the twenty-fifth pass's late group (in status_phrases_language_late.py)
  and read only texts nothing earlier reads.

Folded like the text (lossanalytics.normalise._rules.fold: accents off, "đ" as "d", punctuation as spaces; Thai
letters as they are). Written by the team from DESIGN §4's statuses (tests/test_status_meaning_east_asian_26.py holds
the examples); no source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases

EAST_ASIAN_26_EARLY_STEPS: tuple[Step, ...] = (
    # Arrived at the destination and received by the addressee (Indonesian), before "telah sampai di" reads an arrival
    # on the way: delivered.
    ("delivered", {
        "id": (r"sampai di (?:alamat )?tujuan (?:(?:dan|&) )?(?:telah |sudah )?diterima oleh",),
    }),
    # Received back by the sender; a return completed at the warehouse set as the end of the return (Indonesian),
    # before "berhasil diterima" reads a delivery. The returned goods being sorted (Vietnamese), before "phân loại"
    # reads sorting on the way. Refused and to be sent back to the sender (Thai), as the English "refused ... will be
    # returned to the sender" reads, before "ปฏิเสธรับ" reads a refused delivery.
    ("returned", {
        "id": (r"diterima kembali oleh (?:pihak )?(?:pengirim|penjual|seller|shipper)",
               r"tujuan akhir (?:dari )?(?:proses )?(?:return|retur|pengembalian)"),
        "vi": (r"phan loai tra(?: hang)?(?: ve)?$",),
        "th": rtl_phrases("ปฏิเสธ(?:การ)?รับ.{0,30}(?:จะ)?(?:ถูก)?ส่งคืน(?:ให้)?(?:ผู้ส่ง|ผู้ฝาก|ต้นทาง)"),
    }),
    # A vehicle broken down or in trouble (Malay, Indonesian), before "rosak" or "rusak" reads damaged goods: held up.
    ("exception", {
        "ms": (r"masalah (?:pada )?kenderaan", r"kenderaan (?:rosak|bermasalah)"),
        "id": (r"masalah (?:pada )?kendaraan", r"kendaraan (?:(?:kurir|pengiriman) )?(?:rusak|mogok|bermasalah)"),
    }),
)

EAST_ASIAN_26_LATE_STEPS: tuple[Step, ...] = (
    # Before the carrier: a draft waybill or order (Vietnamese, the whole status), the courier collecting the sender's
    # money at the pickup; a shipment created or active in the system (Indonesian).
    ("info_received", {
        "vi": (r"^(?:van don|don hang|don|phieu gui) nhap$", r"thu tien (?:cua )?nguoi gui"),
        "id": (r"^pengiriman(?:mu|nya)? (?:telah |sudah |berhasil )?dibuat$",
               r"(?:pesanan|order|pengiriman)(?:mu|nya)? (?:telah |sudah )?aktif di sistem"),
    }),
    # On the way: a bill received from the sender, taken into or out of a warehouse, moving goods (Vietnamese, the
    # whole status); a parcel handed in at an agent, a price adjusted for its weight or volume (Indonesian); a parcel
    # deposited at a service point or dropped off by its sender at a branch (Thai).
    ("in_transit", {
        "vi": (r"nhan van don tu", r"nhap (?:van don|buu gui|buu pham|kien hang) vao kho",
               r"xuat (?:van don|buu gui|buu pham|kien hang) (?:tu|khoi|ra khoi) kho", r"^dang chuyen hang$"),
        "id": (r"(?:paket|kiriman|pengiriman)(?:mu|nya)? (?:telah |sudah )?diproses oleh agen",
               r"penyesuaian (?:harga|tarif|ongkir|biaya) (?:terkait |karena |untuk )?(?:berat|volume)"),
        "th": rtl_phrases("(?<!รอ)(?<!ยังไม่ได้)ฝากพัสดุ(?:ที่|ณ ?)(?:จุดบริการ|สาขา)",
                          "ผู้ส่ง(?:ได้)?นำ(?:พัสดุ)?ฝาก(?:ที่|ณ ?)(?:สาขา|จุดบริการ)"),
    }),
    # After the delivery: cash on delivery being or having been reconciled (Vietnamese, the whole status); a partial
    # delivery (Malay).
    ("delivered", {
        "vi": (r"^(?:don hang )?(?:dang|da) doi soat(?: cod| tien cod| tien thu ho)?$",),
        "ms": (r"dihantar sebahagian",),
    }),
    # On the way back to the shop or the sender (Vietnamese): a return.
    ("returned", {
        "vi": (r"hoan (?:hang )?ve (?:shop|cua hang|nguoi gui|nguoi ban)",),
    }),
    # The last leg: assigned to the courier and ready to be delivered, being delivered to the recipient's address
    # (Indonesian); the courier having contacted the recipient (Thai, the whole status).
    ("out_for_delivery", {
        "id": (r"ditugaskan ke kurir (?:dan )?siap diantar", r"paket(?:mu|nya)? diantar ke alamat penerima"),
        "th": rtl_phrases("^พนักงาน(?:จัดส่ง|ขนส่ง)?(?:ได้)?ติดต่อผู้รับแล้ว$"),
    }),
    # A delivery attempted (Thai, Malay) and a driver's reasons for an attempt without a delivery (Malay): the customer
    # not available, access blocked, an address problem, a safety concern.
    ("delivery_failed", {
        "th": rtl_phrases("พยายาม(?:จัดส่ง|นำจ่าย|นำส่ง)"),
        "ms": (r"penghantaran (?:telah )?dicuba", r"pelanggan tidak tersedia",
               r"akses (?:ke (?:lokasi|alamat|premis) )?(?:terhalang|disekat)", r"^masalah alamat$",
               r"kebimbangan keselamatan"),
    }),
    # An issue reported (Malay, Indonesian; the whole status); a request to check the delivery address (Thai), as the
    # English "Please verify the delivery address" reads: held up.
    ("exception", {
        "ms": (r"^(?:isu|masalah) dilaporkan$",),
        "th": rtl_phrases("^กรุณาตรวจสอบที่อยู่(?:จัดส่ง|ผู้รับ)?"),
    }),
)
