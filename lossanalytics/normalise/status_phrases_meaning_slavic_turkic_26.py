"""Turkish shipment states read by their meaning, twenty-sixth Slavic and Turkic pass (round 83): the return leg and the
steps before the carrier as a Turkish notification file words OTO's statuses ("iade gönderisi oluşturuldu", "iade
gönderisi beklemede", "iade hazırlanıyor", "depoya atandı", "gönderi sürüyor"), and a WooCommerce cargo plugin's
tracking headings ("Siparişiniz çıkış biriminde.", "Siparişiniz yolda.").

The reading follows where the parcel goes (DESIGN §4: returned is "returning or returned to sender"). A return
shipment ("iade gönderisi", "iade kargosu") being prepared, on hold or on its way, and a return being prepared ("iade
hazırlanıyor"), are the way back: returned, though "hazırlanıyor" reads goods being prepared and "beklemede" a hold. A
return shipment only created ("iade gönderisi oluşturuldu") is a return label not yet scanned: information received,
as the earlier Turkish pass reads "İade kargosu oluşturuldu". A return shipment cancelled is not the way back and stays out. An order or
shipment assigned to a warehouse (the fulfilment warehouse, before the carrier) has not moved; a shipment in progress
("gönderi sürüyor", "gönderim devam ediyor") moves on. At the sender's branch or the dispatch unit ("çıkış biriminde",
"gönderici şubesinde", as the whole status) the carrier has it and it moves on; "your order, cargo or parcel is on the
way" ("siparişiniz yolda") moves on as "gönderiniz yolda" does.

SLAVIC_TURKIC_FIRST_STEPS_26 come just before the twenty-fifth pass's first steps (before "hazırlanıyor"
and "beklemede" read goods being prepared and a hold). SLAVIC_TURKIC_STEPS_26 come first of the
Slavic and Turkic late steps and read only texts nothing else reads. The round's rows "Oluşturuldu" (round 81's note),
"gönderi hazırlanıyor" and "Varış şubesinde" were left out as blind corpora's words, so no phrase is written from them.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, dotless ı as i, punctuation as
spaces); whole words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_slavic_turkic_26.py
holds the examples); no platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# A return shipment or return parcel (Turkish, folded).
_TR_RETURN_SHIPMENT = r"iade (?:gonderisi|gonderiniz|kargosu|kargonuz|paketi|paketiniz|sevkiyati)"
# Whose order, cargo, shipment or parcel (Turkish, folded).
_TR_YOUR = r"(?:siparisiniz|kargonuz|gonderiniz|paketiniz|urununuz)"

SLAVIC_TURKIC_FIRST_STEPS_26: tuple[Step, ...] = (
    # A return shipment prepared, on hold or on its way; a return being prepared: the way back (a return shipment only
    # created is a label, before the carrier, as status_phrases_meaning_ro_tr reads "İade kargosu oluşturuldu").
    ("returned", {
        "tr": (r"^" + _TR_RETURN_SHIPMENT
               + r"(?: (?:hazirlaniyor|beklemede|yolda|yola cikti|sevk edildi|islemde))?$",
               r"^iade (?:sureci |islemi )?hazirlaniyor$"),
    }),
)

SLAVIC_TURKIC_STEPS_26: tuple[Step, ...] = (
    # Assigned to the fulfilment warehouse: before the carrier.
    ("info_received", {
        "tr": (r"^(?:siparis |gonderi )?depoya atandi$",),
    }),
    # A shipment in progress; at the sender's branch or the dispatch unit; "your order is on the way": moving on.
    ("in_transit", {
        "tr": (r"^gonderi(?:m|niz)? (?:sureci )?(?:suruyor|devam ediyor)$",
               r"^(?:" + _TR_YOUR + r" |kargo |gonderi )?(?:gonderici|cikis) (?:subesinde|biriminde|merkezinde)$",
               r"^" + _TR_YOUR + r" yolda$"),
    }),
)
