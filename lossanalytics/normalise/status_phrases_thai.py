"""Carrier phrases in Thai, per canonical status, in the order they are tried (after the
Turkish steps, before the other languages' steps).

Thai is written without spaces between words, so its phrases are plain substrings of the
folded text (lossanalytics.normalise._rules); no other language shares the script. The
narrow meaning comes first: a parcel with a problem or held in stock ("พัสดุมีปัญหา",
"พัสดุคงคลัง") and a return ("ตีกลับ", "ส่งคืนต้นทาง") before anything else, delivered
at a pickup point ("นำจ่าย ณ จุดรับสิ่งของ") as waiting for pickup, the failed delivery
("นำจ่ายไม่สำเร็จ", "การนำส่งพัสดุล้มเหลว") before the successful one ("นำจ่ายสำเร็จ",
"เซ็นรับแล้ว"), and "being delivered" ("อยู่ระหว่างการนำจ่าย") before the posting and
transport scans. "บริษัทขนส่งรับพัสดุสำเร็จ" (the carrier took the parcel in, successfully)
is transit: "สำเร็จ" alone is no delivery.

Vocabulary from Thailand Post's status codes and a recorded track-API response, Flash
Express's parcel states, J&T's scan types as a Thai back office names them and a tracking
app's Thai status names (tests/corpus/SOURCES.md names each).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

THAI_STEPS: tuple[Step, ...] = (
    # A problem parcel, one held in stock, or a job closed with a problem.
    ("exception", {
        "th": ("พัสดุมีปัญหา", "ปิดงานมีปัญหา", "พัสดุคงคลัง"),
    }),
    ("returned", {
        "th": ("ตีกลับ", "ส่งคืนต้นทาง"),
    }),
    # Handed to a pickup point for the recipient to collect.
    ("available_for_pickup", {
        "th": ("นำจ่าย ณ จุดรับ",),
    }),
    ("cancelled", {
        "th": ("ยกเลิก",),
    }),
    ("delivery_failed", {
        "th": ("นำจ่ายไม่สำเร็จ", "นำส่งพัสดุล้มเหลว"),
    }),
    ("delivered", {
        "th": ("นำจ่ายสำเร็จ", "นำส่งพัสดุสำเร็จ", "เซ็นรับ", "ผู้รับได้รับ"),
    }),
    ("out_for_delivery", {
        "th": ("ระหว่างการนำจ่าย", "ระหว่างการจัดส่ง", "กำลังนำส่ง"),
    }),
    ("info_received", {
        "th": ("เตรียมการฝากส่ง", "ยังไม่ถูกจัดส่ง"),
    }),
    ("unknown", {
        "th": ("ไม่มีข้อมูล",),
    }),
    ("in_transit", {
        "th": ("รับฝาก", "ระหว่างการขนส่ง", "ระหว่างขนส่ง", "ศุลกากร", "ถึงที่ทำการ", "ถึงคลังสินค้า", "เตรียมการขนส่ง",
               "รับพัสดุ", "ออกจากที่ทำการ"),
    }),
)
