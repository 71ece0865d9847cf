"""Turkish movement texts read by their meaning, twenty-eighth Slavic and Turkic pass (round 89): a Turkish shop's
cargo panel for its Aras Kargo agent ("Alıcı şubeden teslim alacak", "Müşteri teslimat şubesinden alacak", "Alıcı
gelmesi bekleniyor, şubede", "Teslim edilemedi, şubede alıcı bekleniyor"), a tracking table's operational states
("Gönderi Alındı"), a cargo app's movement kinds ("Sipariş hazırlanma aşamasında", "Kurye dağıtıma çıkardı", "İade
işlemi başlatıldı") and a marketplace app's shipment steps ("Satıcı ürünü kargoya teslim etmek üzere hazırladı.",
"Gönderi teslimat bölgesine yönlendirildi.").

The reading follows who holds the parcel (DESIGN §4). A recipient or customer who will collect at the branch, or who is
awaited at the branch, even after a failed attempt: the parcel waits there for collection (the newest state, so a
"not delivered" before it does not decide). A shipment taken in, with nothing else said: the carrier has it and it
moves on (as "Kargo alındı" is read). An order at its preparation stage, an item prepared to be handed to the
carrier: before the carrier. Routed to the delivery region, branch or centre: moving on. The courier took it out for
delivery: out for delivery. A return process started: returned.

Two groups:
- SLAVIC_TURKIC_FIRST_STEPS_28 come first of the Slavic and Turkic first steps that sit after the Vietnamese ones
  (status_phrases_before_outcomes.py, before SLAVIC_TURKIC_FIRST_STEPS_26): a recipient awaited at the branch, before
  "teslim edilemedi" reads a failed attempt.
- SLAVIC_TURKIC_STEPS_28 come first of the Slavic and Turkic late steps (status_phrases_language_late.py, before
  SLAVIC_TURKIC_STEPS_27) and read only texts nothing else reads.

Left alone: "Şubeden teslim" (handed over at the branch, or to be collected there: not said) and "Teslimat
bekleniyor" (delivery awaited: what is awaited, not said); "Sipariş Yola Çıktı" (labelled out for delivery from its
source's message, "the order set off" in its own words) stays read as on its way. No phrase rests on the
round's texts that blind corpora also hold (left out of the development corpus).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, so "ş" is "s" and "ı" is "i",
punctuation as spaces); whole words. Written by the team from DESIGN §4's statuses
(tests/test_status_meaning_slavic_turkic_28.py holds the examples); no source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# The one who collects: the recipient or the customer, with a possessive or genitive ending.
_TR_WHO = r"(?:alici|musteri)(?:miz|niz|nin|mizin)?"
# The branch, or the delivery or transfer branch, in the ablative ("from the branch").
_TR_FROM_BRANCH = r"(?:(?:teslimat|dagitim) )?sube(?:si|sin)?(?:den|nden)"

SLAVIC_TURKIC_FIRST_STEPS_28: tuple[Step, ...] = (
    # The recipient awaited at the branch, or who will collect there: available for pickup, before "teslim edilemedi"
    # reads a failed attempt.
    ("available_for_pickup", {
        "tr": (r"\bsubede " + _TR_WHO + r" (?:gelmesi )?bekleniyor\b",
               r"\b" + _TR_WHO + r" gelmesi bekleniyor (?:subede|subeye)\b",
               r"\b" + _TR_WHO + r" " + _TR_FROM_BRANCH + r" (?:teslim )?alacak(?:tir)?\b"),
    }),
)

SLAVIC_TURKIC_STEPS_28: tuple[Step, ...] = (
    # A shipment taken in, as the whole text: moving on.
    ("in_transit", {
        "tr": (r"^gonderi(?:niz)? alindi$",),
    }),
    # An order at its preparation stage; an item prepared to be handed to the carrier: before the carrier.
    ("info_received", {
        "tr": (r"\bsiparis(?:iniz)? hazirlanma (?:asamasinda|surecinde)\b",
               r"\bkargoya (?:teslim )?(?:etmek|vermek) (?:uzere|icin) hazirla(?:di|ndi|niyor)\b"),
    }),
    # Routed or directed to the delivery region, branch or centre: moving on.
    ("in_transit", {
        "tr": (r"\b(?:teslimat|varis|dagitim) (?:bolgesine|subesine|merkezine) yonlendiril(?:di|iyor)\b",),
    }),
    # Taken out for delivery (by the courier): out for delivery.
    ("out_for_delivery", {
        "tr": (r"\bdagitima cikar(?:il)?di\b",),
    }),
    # A return process started: returned.
    ("returned", {
        "tr": (r"\biade (?:islemi|sureci) baslat(?:il)?di\b",),
    }),
)
