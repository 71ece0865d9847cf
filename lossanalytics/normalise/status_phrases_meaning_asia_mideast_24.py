"""Hebrew and Arabic tracking texts read by their meaning, twenty-fourth Asian and Middle-Eastern pass (round 101): an
Israeli parcel app's stage ladder ("המוכר עדיין לא שלח את החבילה", "החבילה אצל השליח ובדרך אליך", "משהו נתקע בדרך",
"החבילה בבדיקת מכס"), an Israeli storefront's tracking texts ("ההזמנה ממתינה לטיפול", "ההזמנה בטיפול", "המשלוח
הוחזר"), an Israeli shop's Hebrew texts for DHL Express events ("עדכון סטטוס מכס", "המשלוח התקבל בסניף", "המשלוח עלה
לטיסה"), a courier model's Hebrew stages ("יצרית חבילה", "רכב הובלה נשלח לאסוף", "העברה לסניף היעד", "חלוקה", "בדרך
מסניף היעד ללקוח הסופי"), an Algerian shop's courier statuses ("لم يُشحن بعد", "تم تعيين شركة التوصيل"), an Egyptian
courier portal ("استلام في المخزن"), an Arabic shop's shipment list ("تم الإنشاء"), a Saudi SMSA tracker ("تم استلام
معلومات الشحنة") and an Egyptian delivery platform's failure reasons ("العنوان خطأ").

The reading follows who holds the parcel (DESIGN §4). A seller who has not yet sent the parcel, an order waiting to be
handled or being handled (the shop's), a vehicle or courier sent to collect, a parcel or shipment being created, a
delivery company assigned, the shipment's information received, a bare "created": none has the parcel yet, before the
carrier. A parcel in a customs inspection or with a customs status update, received at a branch, on a flight,
transferred to a branch, received in the warehouse: the carrier has it and it moves on. A parcel with the courier, on
its way from the destination branch to the customer, a bare "distribution" (the delivery round): out for delivery.
Something stuck on the way: an exception. A wrong address as the whole text: a failed attempt, as "العنوان غير صحيح" is
read. A shipment that was returned (to the sender, the shop, nothing else said):
returned.

Two groups:
- ASIA_MIDEAST_FIRST_STEPS_24 come first of the Asian and Middle-Eastern first groups (status_phrases_before_outcomes,
  before the twenty-third's), because each text holds words a later step reads otherwise: "בדרך" (on the way) reads
  movement, so a parcel with the courier, one on its way from the destination branch to the customer, and one stuck
  on the way come first; "נשלח" (sent) reads movement, so a seller who has not yet sent and a vehicle sent to collect
  come first; "בטיפול" (in handling) reads movement, so an order in handling comes first.
- ASIA_MIDEAST_LATE_STEPS_24 come just before the twenty-third pass's late steps (status_phrases_language_late.py) and
  read only texts nothing else reads.

Left unread: a bare "נקלט" (entered: the data, or a parcel scanned in at a sorting centre), a bare "במשלוח" (in
shipping: on the way or with the courier), a bare "איסוף" (collection: by the courier or by the recipient), "אחסון
בסניף" (stored at a branch: the sender's or the collection branch), "נכונות למסירה" (ready for delivery: at the branch
or going out), "ההזמנה הושלמה" (an order completed: delivered, or only its placing), and in Arabic "الشحنة غير مطابقة"
(a shipment that does not match: refused at the door, or a problem found in the warehouse) and "مشكلة لدى المندوب" (a
problem on the courier's side: a failed attempt in its source, an exception in other words). No phrase rests on the round's
texts that blind corpora also hold (left out of the development corpus).

Folded like the text (lossanalytics.normalise._rules.fold: Hebrew final letters in their ordinary form, Arabic letter
variants in one form, marks off, punctuation as spaces); rtl_phrases folds the patterns the same way. Written by the
team from DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_24.py holds the examples); no source's table was
copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases
from lossanalytics.normalise.status_words import AR_GOODS

# The goods in Hebrew texts (final letters folded: "משלוחימ").
_HE_GOODS = r"(?:ה)?(?:חבילה|חבילות|משלוח|משלוחימ|הזמנה|פריט)"
# Who sends in Hebrew texts.
_HE_SELLER = r"(?:ה)?(?:מוכר|מוכרת|חנות|שולח|שולחת|ספק)"

ASIA_MIDEAST_FIRST_STEPS_24: tuple[Step, ...] = (
    # On its way from the destination (local, delivering) branch to the customer or the recipient (Hebrew): out for
    # delivery, before "בדרך" reads movement.
    ("out_for_delivery", {
        "he": rtl_phrases(r"\bבדרכ מ(?:ה)?סניפ(?: (?:ה)?(?:יעד|מקומי|חלוקה))? (?:אל |ל)(?:ה)?(?:לקוח|נמענ|מקבל)"),
    }),
    # The parcel is with the courier (Hebrew): out for delivery, before "בדרך" reads movement.
    ("out_for_delivery", {
        "he": rtl_phrases(r"\b" + _HE_GOODS + r"(?: נמצא(?:ת)?)? אצל (?:ה)?שליח\b"),
    }),
    # Stuck on the way (Hebrew): an exception, before "בדרך" reads movement.
    ("exception", {
        "he": rtl_phrases(r"\b(?:נתקע|נתקעה|נתקעו) (?:ב)?(?:דרכ|משלוח|מעבר)\b"),
    }),
    # The goods not yet sent (the whole text), a seller or shop that has not yet sent; a vehicle or courier sent to
    # collect (Hebrew): before the carrier, before "נשלח" reads movement.
    ("info_received", {
        "he": rtl_phrases(r"^(?:" + _HE_GOODS + r" )?(?:(?:עדיינ|עוד) לא|טרמ) (?:נשלח|נשלחה|נשלחו)$",
                          r"\b" + _HE_SELLER + r" (?:(?:עדיינ|עוד) לא|טרמ) (?:שלח|שלחה|שלחו)\b",
                          r"\bנשלח(?:ה)? ל(?:אסופ|איסופ)\b"),
    }),
    # An order in handling, the whole text (Hebrew): the shop's, before the carrier; before "בטיפול" reads movement.
    ("info_received", {
        "he": rtl_phrases(r"^(?:ה)?הזמנה(?: שלכ(?:מ)?)? (?:נמצאת )?בטיפול$"),
    }),
)

ASIA_MIDEAST_LATE_STEPS_24: tuple[Step, ...] = (
    # An order waiting to be handled, processed or approved (Hebrew); a parcel or shipment being created (with the
    # "יצרית" misspelling of a source) (Hebrew); not yet shipped, a delivery company assigned, the shipment's
    # information received, a bare "created" (Arabic): before the carrier.
    ("info_received", {
        "he": rtl_phrases(r"^(?:ה)?הזמנה (?:ממתינה|מחכה) ל(?:טיפול|עיבוד|אישור|הכנה)$",
                          r"\b(?:יצירת|יצרית) (?:ה)?(?:חבילה|משלוח)\b"),
        "ar": rtl_phrases(r"\b(?:لم|لا) (?:يتم )?(?:يشحن|تشحن|شحن|يرسل|ترسل|ارسال)(?: " + AR_GOODS + r")? بعد\b",
                          r"\bتعيين (?:ال)?شركه (?:ال)?(?:توصيل|شحن)\b",
                          r"\b(?:استلام|تلقي) (?:ال)?(?:معلومات|بيانات) " + AR_GOODS + r"\b",
                          r"^(?:تم )?(?:ال)?انشاء$"),
    }),
    # Shipment returned, the whole text, to the sender, the seller or the shop at most (Hebrew): returned ("returned to
    # the list" of a driver app is not this).
    ("returned", {
        "he": rtl_phrases(r"^" + _HE_GOODS + r" הוחזר(?:ה|ו)?(?: ל(?:ה)?(?:שולח|מוכר|מוכרת|חנות|ספק|מחסנ))?$"),
    }),
    # In a customs inspection, a customs status update; received at a branch; on a flight; transferred to a branch
    # (Hebrew); received in the warehouse, the whole text (Arabic): moving on.
    ("in_transit", {
        "he": rtl_phrases(r"\bב?בדיקת (?:ה)?מכס\b",
                          r"\bעדכונ (?:סטטוס |מצב )?(?:ה)?מכס\b",
                          r"\bהתקבל(?:ה)? ב(?:ה)?סניפ\b",
                          r"\b(?:עלה|עלתה|הועלה|הועלתה) ל(?:ה)?(?:טיסה|מטוס)\b",
                          r"\bהעברה ל(?:ה)?סניפ\b"),
        "ar": rtl_phrases(r"^(?:تم )?(?:ال)?استلام (?:في|ب) (?:ال)?(?:مخزن|مستودع)$"),
    }),
    # A wrong address, the whole text (Arabic): a failed attempt, as "العنوان غير صحيح" is read.
    ("delivery_failed", {
        "ar": rtl_phrases(r"^(?:ال)?عنوان (?:خطا|غلط)$", r"^(?:خطا|غلط) (?:في|ب) (?:ال)?عنوان$"),
    }),
    # A bare "distribution", the delivery round, to the recipient or today at most (Hebrew): out for delivery.
    ("out_for_delivery", {
        "he": rtl_phrases(r"^חלוקה(?: (?:ל(?:ה)?(?:נמענ|לקוח)|היומ))?$"),
    }),
)
