"""Thai, Indonesian, Malay, Arabic and Hebrew event texts read by their grammar and meaning (thirtieth round).

ASIA_MIDEAST_FIRST_STEPS come just before status_phrases_thai (and so before status_phrases_greek_indonesian and
status_phrases_arabic_hebrew_malay), whose bare words read one word alone: Thai "รับพัสดุ" (taking a parcel in)
as a movement, Arabic "تم تسليم" / "تم التسليم" and Hebrew "נמסר" (handed over) as a delivery, Arabic "فشل"
and Hebrew "נכשל" (failed) as a failed delivery, "إرجاع" / "לשולח" as a return, Indonesian "paket telah
diterima" as a delivery. Each decides by what the word is said of:
- a refund, a payment, an SMS or a notification that failed or went through says nothing of the parcel;
- handed over to a carrier, a hub, customs, a post or an airline is a hand-over, to the recipient, a
  neighbour or a guard a delivery, to the courier "for delivery" the last leg;
- the future ("จะ", "akan", "سيتم", "יימסר") and "not yet" ("ยังไม่", "belum", "لم ... بعد", "טרם") are on
  their way, with today the last leg;
- a pickup from the sender (to come, booked, failed or cancelled) is data only, a pickup by the recipient
  from a branch or locker a delivery, waiting for the recipient there a wait;
- the recipient away, unreachable, refusing or moved, an address wrong or incomplete, premises closed, a
  notice left fail the delivery; a customs hold, duties to pay, papers or instructions awaited, a missort,
  a delay, a packaging check, a flood are problems.
Only the corrections those bare words would misread sit there; ASIA_MIDEAST_STEPS, right after
status_phrases_arabic_hebrew_malay, read the rest of each step in other words (so the older modules keep their
readings and evidence), and ASIA_MIDEAST_LATE_STEPS come last of all and read only what nothing else
reads: the movement words of each language ("เดินทาง", "diberangkatkan", "منشأة", "נסרק").

Thai is written without spaces between words, so its phrases are regular expressions with no word bounds;
Arabic and Hebrew attach the article and prepositions to the word, so theirs match inside words too. Arabic
and Hebrew phrases are written as carriers spell them: rtl_phrases folds them as _rules.fold folds the text (bare
alef, "ه" for taa marbuta, "ي" for alef maqsura, Hebrew final letters as ordinary ones). A phrase starting
with "(" is read as a regular expression.

Written by the team from DESIGN §4's statuses and how Thai, Indonesian, Malay, Arabic and Hebrew posts,
couriers, marketplaces, shops' e-mails and SMS and drivers' apps word their events, not taken from a publisher
(tests/test_status_meaning_asia_mideast.py holds the examples).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases


def _th(*phrases: str) -> tuple[str, ...]:
    """Thai phrases as regular expressions (no word bounds: Thai has no spaces between words; _rules folds
    their letters as it folds the text's, "ำ" as "ํา")."""
    return tuple(f"(?:{phrase})" for phrase in phrases)


# Arabic: the carrier's own places and hands a parcel is handed to on its way.
_AR_NETWORK = (r"(?:شركة|مركز|فرع|جمارك|محطة|مندوب|ناقل|منشأة|مطار|خطوط|شاحن|شركات|بريد|مكتب فرز|"
               r"أرامكس|سمسا|ناقل|البريد السعودي|سبل|زاجل|فيديكس|دي إتش إل)")
_AR_TO = r"(?:إلى (?:ال)?|لل|ل)"
_AR_TAKER = r"(?:عميل|مستلم|مرسل إليه|زبون|جار|حارس|بواب|مستفيد|صاحب الطلب)"
# Hebrew: who takes a parcel in at the end, and the network's places.
_HE_TAKER = r"(?:ה)?(?:נמען|לקוח|מקבל|שכן|שומר|בן משפחה|קבלה|מזכירות)"
_HE_NETWORK = r"(?:חברת|מרכז|דואר|מכס|מחסן|שליחויות|רשות|שדה|נמל|מיון|הפצה|מרלו ג)"
# Indonesian and Malay: who takes a parcel in at the end.
_ID_TAKER = (r"(?:penerima|pelanggan|pembeli|konsumen|customer|satpam|security|keluarga|tetangga|jiran|resepsionis|"
             r"ybs|yang bersangkutan|pemilik)")
_ID_NETWORK = r"(?:kurir|kurier|gudang|hub|hab|agen|cabang|drop ?point|dc|gateway|sortation|pusat|counter|mitra|jne|j ?& ?t|pos)"

ASIA_MIDEAST_FIRST_STEPS: tuple[Step, ...] = (
    # A refund, a payment, a message: nothing about the parcel.
    ("unknown", {
        "th": _th("คืนเงิน", "เงินคืน", "ชำระเงิน(?:ไม่)?สำเร็จ", "ชำระ.{0,15}สำเร็จ", "ชำระเงินล้มเหลว", "ยกเลิกการส่งคืน", "ยังไม่ได้ส่งคืน",
                  "(?:ส่ง|การส่ง) ?(?:sms|อีเมล|ข้อความ|การแจ้งเตือน)", "ได้รับ(?:การ)?แจ้งเตือน", "เงินเก็บปลายทาง"),
        "id": (r"(?:pengembalian|refund) dana", r"dana (?:\w+ ){0,3}(?:dikembalikan|dikirim|dikreditkan|ditransfer|dicairkan)",
               r"(?:pembayaran|transaksi) (?:\w+ ){0,2}(?:gagal|tidak berhasil|ditolak|berhasil)",
               r"(?:sms|notifikasi|pemberitahuan|email|whatsapp|pesan singkat) (?:\w+ ){0,3}(?:gagal|terkirim|dikirim|berhasil)",
               r"(?:menerima|terima) (?:\w+ )?(?:notifikasi|pemberitahuan|sms)", r"(?:pengembalian|retur) (?:\w+ )?dibatalkan",
               r"alamat (?:\w+ )?(?:sudah |telah )?(?:diperbarui|diubah)"),
        "ms": (r"bayaran (?:\w+ ){0,2}(?:tidak berjaya|gagal|ditolak|berjaya)", r"bayaran balik", r"wang (?:\w+ ){0,2}dikembalikan",
               r"(?:mesej|sms|notifikasi|e ?mel) (?:\w+ ){0,3}(?:dihantar|gagal)", r"pemulangan (?:\w+ )?dibatalkan"),
        "ar": rtl_phrases(r"(?:استرداد|استرجاع|إرجاع|إعادة|رد|تحويل|إيداع) (?:\S+ ){0,2}(?:ال)?(?:مبلغ|أموال|مال|مدفوعات)",
                          r"(?:فشل|فشلت|تعذر) (?:\S+ ){0,2}(?:الدفع|السداد|إرسال|الرسال|رسال)", r"(?:الدفع|السداد) (?:\S+ )?(?:فشل|مرفوض)",
                          r"^(?:ال)?دفع عند الاستلام$", r"رسالة (?:ال)?(?:تسليم|توصيل|نصية)", r"رمز التحقق",
                          r"إلغاء (?:\S+ )?(?:الإرجاع|الاسترجاع|المرتجع)", r"طلب (?:ال)?(?:إرجاع|استرجاع)"),
        "he": rtl_phrases(r"(?:החזר|זיכוי|הזיכוי|ההחזר) (?:\S+ )?(?:כספי|כסף|לכרטיס|הוחזר)", r"החזר כספי", r"הזיכוי",
                          r"(?:תשלום|התשלום) (?:\S+ ){0,2}(?:נכשל|לא התקבל|בוצע|נדחה)",
                          r"(?:sms|הודעה|ההודעה|הודעת|מייל|המייל) (?:\S+ ){0,2}(?:נמסר|נכשל|נשלח)", r"שליחת (?:sms|הודעה|מייל)",
                          r"עדכון (?:ה)?כתובת", r"ביטול (?:ה)?החזרה"),
    }),
    # A pickup from the sender cancelled, failed, booked or awaited: the carrier does not have the parcel yet.
    ("info_received", {
        "th": _th("ยกเลิกการนัด(?:หมาย)?เข้ารับ", "(?:รอ|นัด(?:หมาย)?)(?:ขนส่ง|ไรเดอร์|พนักงาน|คูเรียร์|บริษัทขนส่ง)? ?เข้ารับ",
                  "เข้ารับ(?:พัสดุ|สินค้า)?ไม่สำเร็จ", "ไปรับ(?:พัสดุ|สินค้า)จาก(?:ผู้ส่ง|ร้าน|ผู้ขาย)", "พร้อมให้(?:ขนส่ง|ไรเดอร์)เข้ารับ",
                  "ยังไม่ได้รับ(?:พัสดุ|สินค้า)จาก(?:ผู้ส่ง|ร้าน|ผู้ขาย)"),
        "id": (r"(?:penjemputan|pickup|pick up) (?:\w+ ){0,2}(?:gagal|dibatalkan|dijadwalkan)", r"menjemput paket"),
        "ar": rtl_phrases(r"إلغاء (?:\S+ )?(?:موعد )?(?:ال)?استلام",
                          r"(?:بانتظار|في انتظار|سيقوم|سيتم|لم يتم|تعذر) (?:\S+ ){0,3}(?:استلام|باستلام|جمع)\S* (?:\S+ ){0,3}من (?:ال)?(?:مرسل|تاجر|بائع|متجر)",
                          r"(?:بانتظار|في انتظار) استلام المندوب"),
        "he": rtl_phrases(r"(?:איסוף|לאסוף) (?:\S+ ){0,4}(?:מה|מבית ה|מ)(?:שולח|מוכר|עסק|ספק)", r"טרם נמסר ל(?:חברת|שליח)",
                          r"ביטול איסוף", r"(?:הזמנת )?איסוף (?:\S+ )?בוטל"),
    }),
    # Damaged packaging being checked, or a parcel held at customs: a problem, before "تالف" or "ศุลกากร" read it.
    ("exception", {
        "th": _th("(?:บรรจุภัณฑ์|กล่อง|หีบห่อ).{0,20}(?:ชำรุด|เสียหาย|บุบ).{0,30}ตรวจสอบ", "ตรวจสอบ.{0,20}(?:บรรจุภัณฑ์|กล่อง)",
                  "(?:กัก|ระงับ|ยึด).{0,10}ศุลกากร", "ติดศุลกากร", "ศุลกากร.{0,10}(?:กัก|ยึด|ระงับ)"),
        "id": (r"kemasan (?:\w+ ){0,2}(?:rusak|rosak) (?:\w+ ){0,3}(?:dicek|diperiksa|pemeriksaan)", r"salah sortir"),
        "ar": rtl_phrases(r"(?:إيقاف|توقيف|حجز|احتجاز)\S* (?:\S+ ){0,3}(?:في |لدى )?(?:ال)?جمارك",
                          r"(?:التغليف|العبوة|الغلاف|الكرتون)\S* (?:\S+ ){0,3}(?:تالف|متضرر|ممزق)\S* (?:\S+ ){0,4}(?:ال)?(?:فحص|تحقق|مراجعة)"),
        "he": rtl_phrases(r"אריזה (?:\S+ )?(?:פגומה|פגועה) (?:\S+ ){0,2}(?:בבדיקה|נבדק)"),
    }),
    # Lost or damaged on the way, before "ระหว่างขนส่ง" (on the way) reads it as moving.
    ("lost", {
        "th": _th("สูญหายระหว่าง",),
    }),
    ("damaged", {
        "th": _th("เสียหายระหว่าง", "ชำรุดระหว่าง"),
    }),
    # On its way back to the seller, before "dalam perjalanan" (on its way) reads it as moving.
    ("returned", {
        "id": (r"kembali (?:ke|kepada) (?:pengirim|penjual|seller|toko)",),
        "ms": (r"kembali (?:ke|kepada) (?:pengirim|penghantar|penjual)",),
    }),
    # Waiting at a pickup point, to be returned only if nobody collects it; in a locker, at a pickup point.
    ("available_for_pickup", {
        "th": _th("(?:กรุณา|โปรด)(?:มา)?รับ(?:พัสดุ|สินค้า|ที่|ได้)"),
        "ar": rtl_phrases(r"إذا لم يتم استلام", r"(?:ال)?خزانة الذكية", r"(?:ال)?خزائن الذكية",
                          r"(?:في|ب) (?:مكتب البريد|نقطة الاستلام|الفرع) (?:\S+ )?بانتظار"),
        "he": rtl_phrases(r"נקודת (?:ה)?(?:איסוף|חלוקה)", r"ניתן לאסוף", r"נא לאסוף"),
    }),
    # Today with the driver, or handed to the courier for delivery: the last leg.
    ("out_for_delivery", {
        "th": _th("เพื่อนำ(?:ส่ง|จ่าย)",),
        "ar": rtl_phrases(r"(?:سيتم|سيصل|ستصل|سيصلك|ستصلك) (?:\S+ ){0,3}اليوم",
                          r"(?:ال)?(?:مندوب|سائق|كابتن) (?:\S+ ){0,2}(?:في طريق|في الطريق|سيتصل)"),
        "he": rtl_phrases(r"השליח בדרך (?:אליך|אלייך|אליכם|למסירה)", r"נמסר לשליח ל(?:חלוקה|מסירה|הפצה)",
                          r"(?:תימסר|יימסר|ימסר|יגיע|תגיע|יגיעו) (?:\S+ ){0,3}היום"),
    }),
    # Not yet delivered, to be delivered later, or handed over inside the network: on its way.
    ("in_transit", {
        "id": (r"paket telah diterima di",),
        "ar": rtl_phrases(r"سيتم (?:ال)?(?:تسليم|توصيل)", r"(?:تسليم|سلمت)\S* (?:\S+ ){0,2}" + _AR_TO + _AR_NETWORK),
        "he": rtl_phrases(r"טרם נמסר", r"לא נמסר\S* עדיין", r"נקלט\S* ב(?!מערכת)", r"נמסר\S* (?:ל|אל )" + _HE_NETWORK, r"(?:יימסר|ימסר|תימסר|תגיע|יגיע)"),
    }),
    # The recipient refusing or sent a notice, before "รับพัสดุ" (taking a parcel in) reads it as a movement.
    ("delivery_failed", {
        "th": _th("(?:ผู้รับ|ลูกค้า)(?:ไม่รับ|ไม่ยอมรับ)", "ใบแจ้ง"),
    }),
    # Collected by the recipient, or signed for: delivered.
    ("delivered", {
        "th": _th("(?<!รอ)(?:ผู้รับ|ลูกค้า)(?:ได้)?มารับ.{0,20}แล้ว", "ลงนามรับ"),
        "he": rtl_phrases(r"נאספ\S* (?:על ידי|ע י) " + _HE_TAKER),
    }),
)

# Each step in the other words nothing before reads, after status_phrases_arabic_hebrew_malay.
ASIA_MIDEAST_STEPS: tuple[Step, ...] = (
    # A pickup from the sender awaited or not made, in other words than the first group's: no parcel with the carrier yet.
    ("info_received", {
        "th": _th("ยังไม่ได้ส่ง(?:พัสดุ|สินค้า)?", "รอผู้ส่ง"),
        "id": (r"(?:menunggu|tunggu) (?:\w+ ){0,2}(?:pickup|pick up|penjemputan|dijemput|kurir mengambil|penjual)",
               r"(?:tidak dapat|gagal) (?:menjemput|mengambil) (?:\w+ ){0,2}dari (?:penjual|pengirim)",
               r"penjual (?:gagal|belum) (?:\w+ )?(?:menyerahkan|mengirim)", r"belum (?:diserahkan|dikirim)"),
        "ms": (r"menunggu pengambilan oleh kurier", r"(?:pengambilan|pickup) (?:\w+ )?(?:gagal|dibatalkan)"),
        "he": rtl_phrases(r"^ממתין לשליח$"),
    }),
    ("lost", {
        "th": _th("สูญหาย", "(?:พัสดุ|สินค้า)หาย"),
        "id": (r"hilang",),
        "ar": rtl_phrases(r"فقدت", r"فقدان", r"ضاعت"),
    }),
    ("damaged", {
        "th": _th("เสียหาย", "ชำรุด", "แตกหัก"),
        "id": (r"rusak", r"pecah"),
        "ms": (r"rosak",),
        "ar": rtl_phrases(r"تضررت", r"متضررة", r"تالفة", r"تلفت"),
        "he": rtl_phrases(r"ניזוק", r"פגום", r"נשבר"),
    }),
    # Back to the sender.
    ("returned", {
        "th": _th("ส่ง(?:คืน|กลับ)(?:ไป)?(?:ยัง|ให้|หา|ถึง)?(?:ผู้ส่ง|ต้นทาง|ผู้ขาย|ร้าน)", "คืนพัสดุ(?:ให้|ไปยัง)?(?:ผู้ส่ง|ผู้ขาย|ร้าน)"),
        "id": (r"(?:diretur|retur|dikembalikan|kembali|dikirim kembali) (?:\w+ ){0,2}(?:ke|kepada) (?:pengirim|penjual|seller|toko)",
               r"proses retur"),
        "ms": (r"(?:dipulangkan|pemulangan|dikembalikan) (?:\w+ ){0,2}(?:ke|kepada) (?:pengirim|penghantar|penjual)",),
        "ar": rtl_phrases(r"(?:العودة|إعادة|إرجاع|أعيدت|أعيد|مرتجع)\S* (?:\S+ ){0,2}(?:إلى |لل|ل)(?:ال)?(?:مرسل|تاجر|بائع|متجر|شاحن)",
                          r"مرتجعة"),
        "he": rtl_phrases(r"(?:חזרה|הוחזר\S*|מוחזר\S*) (?:\S+ )?(?:ל|אל )(?:ה)?(?:שולח|בית העסק|עסק|מדינת המוצא|מוכר)"),
    }),
    # A customs hold, duties to pay, papers or instructions awaited, a missort, a delay, the weather: a problem.
    ("exception", {
        "th": _th("ล่าช้า", "กัก.{0,10}ศุลกากร", "ติดศุลกากร", "ศุลกากร.{0,10}(?:กัก|ยึด)", "(?:รอ|ค้าง)ชำระ(?:ภาษี|อากร|ค่าธรรมเนียม)",
                  "รอ(?:เอกสาร|คำแนะนำ|คำสั่ง)", "ส่งผิด(?:สาขา|ศูนย์|ที่|เส้นทาง|ปลายทาง)", "คัดแยกผิด", "ระงับ", "เหตุสุดวิสัย",
                  "น้ำท่วม", "สภาพอากาศ", "ตกค้าง"),
        "id": (r"tertahan", r"ditahan", r"tertunda", r"terlambat", r"keterlambatan", r"terhambat",
               r"(?:menunggu|tunggu) (?:\w+ ){0,2}pembayaran (?:\w+ )?(?:bea|pajak|cukai)", r"salah (?:sortir|kirim|rute)",
               r"dokumen (?:\w+ )?(?:tidak lengkap|kurang)", r"instruksi (?:\w+ )?pengirim", r"force majeure", r"bencana", r"banjir",
               r"bermasalah"),
        "ms": (r"tertangguh", r"kelewatan", r"(?:menunggu|tunggu) (?:\w+ ){0,2}bayaran (?:\w+ )?(?:duti|cukai)", r"tersalah"),
        "ar": rtl_phrases(r"متأخر", r"تأخر", r"(?:بانتظار|يرجى|يجب|في انتظار) (?:\S+ ){0,2}(?:دفع|سداد) (?:\S+ )?(?:الرسوم|الضرائب|الجمارك)",
                          r"(?:بانتظار|في انتظار) (?:\S+ ){0,2}(?:المستندات|الوثائق|تعليمات)", r"ناقصة", r"بشكل خاطئ", r"قيد التحقيق",
                          r"خارجة عن السيطرة", r"موقوفة"),
        "he": rtl_phrases(r"(?:ממתין|ממתינה|יש|נדרש) (?:\S+ ){0,2}(?:לתשלום|לשלם) (?:\S+ )?(?:מכס|מיסים|מס)", r"חסרים מסמכים",
                          r"מסמכים חסרים", r"יעד שגוי", r"תקלה", r"להוראות", r"הושהה", r"מושהה", r"הוקפא"),
    }),
    # Today with the driver: the last leg, before "in the future" and the bare words of a delivery read it.
    ("out_for_delivery", {
        "th": _th("(?:กำลังจะ|จะ).{0,30}วันนี้", "ระหว่างนำจ่าย", "ออก(?:ไป)?(?:นำจ่าย|ส่ง|จัดส่ง|นำส่ง)", "เพื่อนำ(?:ส่ง|จ่าย)",
                  "มอบให้(?:พนักงาน|ไรเดอร์|คูเรียร์)", "กำลัง(?:ไป)?(?:ส่ง|นำส่ง|จัดส่ง)(?:พัสดุ|สินค้า)?(?:ให้|ถึง)คุณ",
                  "(?:ไรเดอร์|พนักงาน|คูเรียร์)(?:จัดส่ง)?กำลัง"),
        "id": (r"(?:mengantar|diantar|dikirim|tiba|sampai) (?:\w+ ){0,3}hari ini", r"sedang (?:dikirim ke alamat|diantar|mengantar|menuju)",
               r"kurir (?:sedang )?(?:menuju|mengantar)", r"proses pengantaran", r"(?:dengan|bersama) kurir untuk",
               r"untuk (?:diantar|pengantaran)"),
        "ms": (r"(?:dihantar|tiba) hari ini", r"(?:sedang )?(?:dalam penghantaran|menghantar)", r"keluar untuk dihantar",
               r"bersama kurier", r"posmen"),
        "ar": rtl_phrases(r"(?:سيتم|سيصل|ستصل|سيصلك|ستصلك) (?:\S+ ){0,3}اليوم", r"(?:المندوب|السائق|الكابتن) (?:\S+ ){0,2}(?:في طريق|في الطريق|سيتصل)",
                          r"مع (?:ال)?(?:مندوب|سائق|كابتن)", r"جاري (?:ال)?توصيل", r"مركبة التوصيل", r"إسناد (?:\S+ ){0,2}(?:ال)?(?:مندوب|سائق)",
                          r"خرجت (?:لل|ل)"),
        "he": rtl_phrases(r"השליח בדרך", r"יצא ל(?:חלוקה|מסירה)", r"אצל השליח", r"(?:תימסר|יימסר|ימסר|יגיע|תגיע|יגיעו) (?:\S+ ){0,3}היום",
                          r"בחלוקה", r"נמסר לשליח ל(?:חלוקה|מסירה|הפצה)"),
    }),
    # Not yet delivered, to be delivered later, or handed over inside the network: on its way.
    ("in_transit", {
        "th": _th("ยังไม่(?:ได้)?(?:นำจ่าย|ถึง|จัดส่ง)", "จะ(?:ถูก)?(?:นำจ่าย|จัดส่ง|ส่ง|ถึง)", "เข้ารับ(?:พัสดุ|สินค้า)?สำเร็จ",
                  "ได้รับ(?:พัสดุ|สินค้า)จาก(?:ผู้ส่ง|ร้าน|ผู้ขาย)", "เข้ารับ(?:พัสดุ|สินค้า)จาก",
                  "(?:จัดส่ง|นำส่ง|ส่งมอบ|ส่ง)(?:พัสดุ)?(?:ถึง|ให้|ไปยัง) ?(?:ศูนย์|สาขา|คลัง|ไปรษณีย์|ผู้ให้บริการ|ขนส่ง|บริษัทขนส่ง|สายการบิน|[a-z])"),
        "id": (r"paket telah diterima di", r"(?:di)?terima (?:oleh|di) " + _ID_NETWORK, r"belum (?:diterima|sampai)",
               r"(?:telah |sudah )?diserahkan (?:ke|kepada) (?!" + _ID_TAKER + r")",
               r"akan (?:\w+ )?(?:dikirim|diterima|tiba|sampai)(?! ulang)(?! (?:\w+ ){0,3}(?:hari ini|alamat))",
               r"(?:diantar|dikirim) ke (?:hub|gudang|dc|cabang|pusat)", r"(?:di ?pickup|dijemput|diambil) oleh (?:kurir|kurier)", r"sampai di (?:kota|gudang|hub|dc|cabang)",
               r"dijemput kurir"),
        "ms": (r"(?:telah )?dihantar ke (?:hab|pusat|stesen|cawangan)", r"akan dihantar(?! (?:\w+ ){0,3}hari ini)", r"belum dihantar",
               r"diterima oleh kurier"),
        "ar": rtl_phrases(r"لم يتم (?:ال)?(?:تسليم|توصيل)\S* (?:\S+ )?بعد", r"سيتم (?:ال)?(?:تسليم|توصيل|إرسال)", r"من المتوقع",
                          r"(?:تسليم|سلمت)\S* (?:\S+ ){0,2}" + _AR_TO + _AR_NETWORK, r"استلام الشحنة من (?:ال)?(?:مرسل|تاجر|بائع|متجر)",
                          r"استلام (?:\S+ ){0,2}(?:من قبل|بواسطة) (?:ال)?" + _AR_NETWORK,
                          r"استلم (?:ال)?(?:مندوب|سائق)"),
        "he": rtl_phrases(r"טרם נמסר", r"לא נמסר\S* עדיין", r"נמסר\S* (?:ל|אל )" + _HE_NETWORK, r"(?:יימסר|ימסר|תימסר|תגיע|יגיע)"),
    }),
    # An attempt at the door that failed: the recipient away, unreachable, refusing or moved; the address; a notice.
    ("delivery_failed", {
        "th": _th("(?:ผู้รับ|ลูกค้า)(?:ไม่อยู่|ปฏิเสธ|ไม่รับ|ไม่ยอมรับ|ย้าย|ไม่ชำระ|ไม่จ่าย|ขอเลื่อน)", "ไม่มีคนอยู่", "ไม่พบผู้รับ",
                  "ไม่มีผู้รับ", "(?:ติดต่อ|โทรหา|โทร)(?:ผู้รับ|ลูกค้า)?(?:ไม่ได้|ไม่ติด)", "ไม่รับสาย",
                  "ที่อยู่(?:ผู้รับ)?(?:ไม่ถูกต้อง|ไม่ครบ|ไม่ชัดเจน|ผิด)", "(?:หา|ไม่พบ)ที่อยู่", "ที่อยู่ไม่พบ", "ขอเลื่อน",
                  "(?:จัดส่ง|ส่ง|นำส่ง)(?:พัสดุ)?(?:ไม่สำเร็จ|ล้มเหลว)", "(?:บริษัท|ร้าน|สำนักงาน|ออฟฟิศ)(?:ผู้รับ|ลูกค้า)?ปิด", "ใบแจ้ง",
                  "ย้ายที่อยู่", "ย้ายบ้าน", "เข้าพื้นที่ไม่ได้", "ไม่สามารถเข้าพื้นที่", "เบอร์(?:โทร(?:ศัพท์)?)?(?:ผู้รับ)?(?:ไม่ถูกต้อง|ผิด)"),
        "id": (r"penerima (?:\w+ ){0,2}(?:tidak|tiada) (?:di ?tempat|ada|di rumah|dapat dihubungi|bisa dihubungi|mau)",
               r"(?:tidak|tiada) (?:ada )?orang (?:di )?(?:rumah|premis|tempat)", r"(?:tidak|tiada) ada di (?:tempat|rumah)",
               r"(?:penerima|konsumen|pelanggan|pembeli|customer) (?:\w+ )?(?:menolak|enggan)", r"alamat (?:tidak (?:jelas|lengkap|ditemukan|dikenal)|salah|kurang lengkap)",
               r"(?:toko|kantor|premis)(?: \w+)? (?:tutup|ditutup)", r"alamat (?:\w+ )?(?:tidak (?:jelas|lengkap|ditemukan|dikenal|dijumpai)|salah)", r"(?:tidak dapat|tidak bisa|tak dapat) dihubungi",
               r"(?:pengantaran|pengiriman|percobaan pengiriman) (?:\w+ )?(?:gagal|tidak berhasil)", r"gagal (?:kirim|diantar|antar)",
               r"dijadwalkan ulang", r"penerima (?:\w+ )?pindah"),
        "ms": (r"penerima (?:\w+ ){0,2}(?:tiada|tidak) (?:di rumah|dapat dihubungi)", r"(?:penghantaran|percubaan) (?:\w+ )?(?:tidak berjaya|gagal)",
               r"gagal dihantar", r"(?:kad )?notis ditinggalkan", r"(?:telah )?berpindah", r"(?:tiada|tidak ada) akses"),
        "ar": rtl_phrases(r"(?:المستلم|العميل|المرسل إليه|الزبون) (?:\S+ ){0,2}(?:غير متواجد|غير موجود|غير متاح|لا يرد|لم يرد|رفض|انتقل|لم يدفع|غير معروف)",
                          r"رفض (?:\S+ ){0,2}(?:استلام|الاستلام|الشحنة|الطلب)", r"(?:ال)?عنوان (?:غير صحيح|غير مكتمل|خاطئ|ناقص|غير واضح)",
                          r"(?:لم نتمكن|تعذر|لا يمكن) (?:\S+ ){0,2}(?:الوصول|الاتصال|التواصل)", r"رقم (?:ال)?هاتف (?:غير صحيح|خاطئ|مغلق)",
                          r"(?:المحل|المكتب|المتجر|الشركة|مكتب المستلم|محل العميل) (?:\S+ )?مغلق", r"تأجيل (?:ال)?(?:توصيل|تسليم)",
                          r"محاولة (?:\S+ )?(?:توصيل|تسليم) (?:غير ناجحة|فاشلة)", r"ترك إشعار", r"لم يدفع", r"إعادة (?:ال)?جدولة"),
        "he": rtl_phrases(r"(?:הנמען|הלקוח|המקבל) (?:\S+ ){0,2}(?:לא היה|לא נמצא|לא ענה|סירב|עבר|אינו מוכר|לא זמין|לא בבית)",
                          r"לא נמצא (?:אדם|איש|אף אחד|הנמען)", r"לא היה (?:איש|אף אחד|מישהו)", r"אין (?:מענה|איש|גישה|אף אחד)", r"סירוב", r"סירב",
                          r"כתובת (?:לא מלאה|שגויה|חסרה|לא נמצאה|לא קיימת|לא ידועה)", r"הכתובת (?:לא|אינה)",
                          r"לא ניתן (?:היה )?(?:ליצור קשר|למסור|לאתר)", r"העסק סגור", r"הושארה הודעה", r"עבר דירה",
                          r"ניסיון מסירה (?:לא הצליח|כושל)"),
    }),
    # Collected by the recipient, left with a neighbour or a guard, handed to the recipient: delivered.
    ("delivered", {
        "th": _th("(?<!รอ)(?:ผู้รับ|ลูกค้า)(?:ได้)?มารับ.{0,20}แล้ว", "(?:ผู้รับ|ลูกค้า)ได้รับ(?:พัสดุ|สินค้า)", "ลงนามรับ",
                  "ฝาก(?:พัสดุ|สินค้า)?ไว้กับ", "วาง(?:พัสดุ|สินค้า)?ไว้(?:ที่)?(?:หน้าบ้าน|หน้าประตู|ในตู้จดหมาย)", "ถึงมือผู้รับ", "ส่งถึงผู้รับ",
                  "(?<!ขน)(?:จัดส่ง|ส่ง)สำเร็จ", "จัดส่งเรียบร้อย"),
        "id": (r"(?:diterima|diambil) (?:oleh )?(?:\w+ )?" + _ID_TAKER, r"ybs", r"diterima oleh (?:bpk|bapak|ibu|bu|pak|sdr|sdri)",
               r"(?:dititipkan|diserahkan) (?:ke|kepada) " + _ID_TAKER, r"(?<!tidak )terkirim", r"berhasil (?:dikirim|diantar|diterima)",
               r"(?:pengiriman|pengantaran) (?:berhasil|selesai)", r"^(?:paket|pesanan|barang) (?:sudah|telah) (?:sampai|diterima)$"),
        "ms": (r"(?:penghantaran|dihantar) berjaya", r"diterima oleh (?:penerima|pelanggan)", r"diserahkan kepada (?:jiran|penerima)"),
        "ar": rtl_phrases(r"(?:تسليم|التسليم|سلمت)\S* (?:\S+ ){0,2}" + _AR_TO + _AR_TAKER, r"استلم (?:ال)?(?:عميل|مستلم|زبون)",
                          r"استلام (?:\S+ ){0,3}(?:من قبل|بواسطة) (?:ال)?(?:عميل|مستلم)", r"(?:توصيل|تسليم)\S* (?:\S+ ){0,2}بنجاح",
                          r"^(?:ال)?شحنة سلمت", r"^سلمت"),
        "he": rtl_phrases(r"נאספ\S* (?:על ידי|ע י) " + _HE_TAKER, r"(?:הלקוח|הנמען) (?:אסף|אספה)",
                          r"הושאר\S* (?:ליד|ב|על)", r"נמסר\S* (?:ל|אל )" + _HE_TAKER, r"נמסר ליעדו", r"נמסר\S* בהצלחה"),
    }),
    # Waiting for the recipient at a branch, a post office, a locker or a pickup point.
    ("available_for_pickup", {
        "th": _th("รอ(?:ผู้รับ|ลูกค้า)(?:มา)?รับ", "(?:กรุณา|โปรด)มารับ", "รอรับที่", "พร้อมให้รับ", "ล็อกเกอร์", "ล็อคเกอร์", "เชิญรับ"),
        "id": (r"(?:siap|tersedia|dapat|bisa) (?:untuk )?diambil", r"menunggu diambil", r"silakan (?:\w+ )?ambil", r"loker",
               r"titik pengambilan"),
        "ms": (r"(?:sedia|boleh) (?:untuk )?(?:diambil|dipungut|dituntut)", r"untuk (?:diambil|dipungut|dituntut)", r"menunggu pengambilan oleh penerima", r"sila (?:\w+ )?ambil"),
        "ar": rtl_phrases(r"(?:يمكنك|يرجى) (?:\S+ )?استلام", r"(?:متوفرة|متوفر|متاحة|متاح) (?:\S+ )?للاستلام", r"بانتظارك",
                          r"(?:ال)?خزانة الذكية", r"(?:ال)?خزائن الذكية", r"بانتظار استلام العميل",
                          r"(?:في|ب) (?:مكتب البريد|نقطة الاستلام|الفرع) (?:\S+ )?بانتظار"),
        "he": rtl_phrases(r"נקודת (?:ה)?(?:איסוף|חלוקה)", r"זמין לאיסוף", r"ניתן לאסוף", r"נא לאסוף", r"הונח\S* בלוקר", r"מחכה לך",
                          r"ממתין לך", r"מוכן לאיסוף"),
    }),
    # Data only: a label, an order confirmed, a shop packing.
    ("info_received", {
        "th": _th("(?:เตรียม|แพ็ค|แพ็ก|บรรจุ)(?:พัสดุ|สินค้า|จัดส่ง)", "สร้าง(?:เลข|รายการ|คำสั่ง|ใบ)", "พิมพ์ใบปะหน้า", "ลงทะเบียนพัสดุ", "ได้รับข้อมูล",
                  "ยืนยันคำสั่งซื้อ", "คำสั่งซื้อได้รับการยืนยัน"),
        "id": (r"(?:sedang )?(?:dikemas|disiapkan|menyiapkan)", r"resi (?:\w+ )?(?:dibuat|terbit)", r"data pengiriman", r"dikonfirmasi",
               r"label (?:\w+ ){0,2}(?:dicetak|dibuat)", r"diproses penjual"),
        "ms": (r"maklumat penghantaran", r"(?:sedang )?(?:disediakan|membungkus)", r"label (?:\w+ ){0,2}dicipta"),
        "ar": rtl_phrases(r"تجهيز", r"بانتظار (?:ال)?شحن", r"يجهز", r"قيد المعالجة", r"تأكيد الطلب", r"بوليصة", r"تسجيل الشحنة"),
        "he": rtl_phrases(r"נקלט במערכת", r"נוצר", r"תווית", r"בהכנה", r"פרטי המשלוח", r"ההזמנה אושרה"),
    }),
)

# The movement words of each language, last of all: only what nothing else reads.
ASIA_MIDEAST_LATE_STEPS: tuple[Step, ...] = (
    ("in_transit", {
        "th": _th("เดินทาง", "ศูนย์คัดแยก", "ศูนย์กระจายสินค้า", "สแกน", "โหลดขึ้นรถ", "มาถึง", "ปลายทาง", "ระหว่างทาง", "คาดว่าจะ",
                  "ส่งออก", "ส่งต่อ", "เข้าสู่ระบบ", "มาส่งที่สาขา"),
        "id": (r"dalam perjalanan", r"dalam pengiriman", r"diberangkatkan", r"berangkat", r"tiba di", r"sampai di", r"disortir",
               r"transit", r"lolos", r"estimasi", r"dikirim oleh", r"diproses di", r"telah dikirim", r"diserahkan"),
        "ms": (r"diimbas", r"tiba di", r"dikeluarkan dari", r"pelepasan kastam", r"dipungut", r"diserahkan kepada"),
        "ar": rtl_phrases(r"منشأة", r"فرز", r"مركز التوزيع", r"في طريقها", r"تم نقل", r"مسح", r"تم إرسال", r"الإفراج", r"بلد الوجهة",
                          r"الجمركي", r"تخليص"),
        "he": rtl_phrases(r"הגיע\S* ל", r"יצא\S* מ", r"נסרק", r"הועבר", r"נשלח", r"בטיפול", r"צפוי\S* להגיע", r"בשחרור", r"שוחרר",
                          r"בדרך"),
    }),
)
