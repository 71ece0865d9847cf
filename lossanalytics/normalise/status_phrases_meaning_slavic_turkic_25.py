"""Turkish and Polish shipment states read by their meaning, twenty-fifth Slavic and Turkic pass (round 81): the other
end of a journey as Turkish shops and a same-day courier platform word it ("Göndericiye geri ulaştı", "Paket size geri
teslim edildi", "Göndericiye dönüyor", "Kargoya teslim edilmeden iptal edildi", "Taşıyıcıya Teslim Edildi", "Kurye
teslim adresinde"), a Polish shipping platform's states before the handover ("W przygotowaniu", "Tworzenie
dokumentów", "Oczekuje na raport zbiorczy") and a Polish shop's status e-mails ("Zamówienie jest przygotowywane",
"Przesyłka jest już w InPost", "… zwracanej przesyłki").

The reading follows where the parcel goes (DESIGN §4: returned is "returning or returned to sender"). A parcel handed
back ("geri teslim edildi") or back with the sender, seller or shop ("göndericiye geri ulaştı") has come back:
returned, though "teslim edildi" reads a delivery and "ulaştı" an arrival. Going to the sender, seller or shop
("göndericiye dönüyor", without "geri") is the way back too. A parcel cancelled before it was handed to the carrier
("teslim edilmeden … iptal edildi") is cancelled, though the words name the carrier's hand. Handed to the carrier firm
("taşıyıcıya teslim edildi") moves on, not a delivery. A courier out from the delivering branch ("kuryeye çıktı") or at
the delivery address is the round; a courier at the pickup address, a courier assigned, waiting to be prepared or
ready for dispatch has nothing collected yet. In Polish, in preparation, documents being created, waiting for the
collective manifest or pickup report, an order being prepared, packed, ready to ship or in progress ("w realizacji" as
the whole status) and a shop that will hand the parcel to the carrier soon are data only; a parcel already with a named
carrier, the carrier or the courier moves on; a parcel being returned ("zwracanej przesyłki") is on its way back.

SLAVIC_TURKIC_FIRST_STEPS_25 come just before the sixteenth pass's first steps (before the Turkish words that read
"teslim edildi" as a delivery, "ulaştı" as an arrival and "kargoya teslim edil…" as the carrier's hand).
SLAVIC_TURKIC_STEPS_25 come first of the Slavic and Turkic late steps and read only texts nothing else reads. A bare
"Alındı" (collected, or received) is left unread: alone it does not say by whom. The round's rows "İade teslim edildi"
and "Oluşturuldu" were left out as a blind corpus's words, so no phrase is written from them (a return "teslim edildi"
and a bare "created" stay as other steps read them).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, dotless ı as i); whole words.
Written by the team from DESIGN §4's statuses (tests/test_status_meaning_slavic_turkic_25.py holds the examples); no
platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# The sender's side: the sender, seller, shop or the sender's address.
_TR_SENDER = r"(?:gondericiye|gonderene|saticiya|magazaya|gonderici adresine|satici adresine)"

SLAVIC_TURKIC_FIRST_STEPS_25: tuple[Step, ...] = (
    # Cancelled before the carrier had it: cancelled, before "kargoya teslim" reads the carrier's hand.
    ("cancelled", {
        "tr": (r"\b(?:teslim edilmeden|gonderilmeden|kargolanmadan|kargoya verilmeden)(?: \w+){0,2} iptal (?:edil|ol)\w*",),
    }),
    # Handed back; back with the sender, seller or shop: returned.
    ("returned", {
        "tr": (r"\bgeri teslim (?:edil|alin)\w*",
               r"\b" + _TR_SENDER + r" geri (?:ulas|don|teslim|gonderil)\w*"),
    }),
    # Handed to the carrier (the carrier firm, not a recipient): moving on, before "teslim edildi" reads a delivery.
    ("in_transit", {
        "tr": (r"^(?:gonderi |paket |siparis |kargo )?(?:tasiyiciya|tasiyici firmaya) teslim (?:edil|et)\w*$",),
    }),
)

SLAVIC_TURKIC_STEPS_25: tuple[Step, ...] = (
    # Going to the sender, seller or shop (without "geri"); a parcel being returned: on the way back.
    ("returned", {
        "tr": (r"\b" + _TR_SENDER + r" (?:donuyor|donmekte|donduruluyor|iade ediliyor)\b",),
        "pl": (r"\bzwracan\w* (?:do nadawcy )?przesylk\w*",),
    }),
    # Already with the carrier (named, or the carrier or courier): moving on.
    ("in_transit", {
        "pl": (r"\b(?:przesylka|paczka) jest juz (?:w|u) (?:inpost\w*|dpd|dhl|gls|ups|pocztex\w*|orlen\w*|przewoznika|kuriera)\b",),
    }),
    # Out from the delivering branch with the courier; the courier at the delivery address: the round.
    ("out_for_delivery", {
        "tr": (r"\bkurye(?:ye|yle| ile) (?:dagitima )?cikti\b",
               r"\bkurye\w* teslim(?:at)? adresin(?:de|e (?:ulasti|vardi|geldi))\b"),
    }),
    # The courier at the pickup address; a courier assigned; waiting to be prepared, ready for the carrier; in Polish,
    # in preparation, documents or the pickup report awaited, the order being packed, ready to ship or in progress, the
    # carrier to get it soon: nothing collected yet.
    ("info_received", {
        "tr": (r"\bkurye\w* (?:alis|alim|teslim alma) adresin(?:de|e (?:ulasti|vardi|geldi))\b",
               r"^kurye(?:ye|niz)? atan(?:di|mistir)$",
               r"\bhazirlanmayi bekl\w*",
               r"^(?:kargoya|sevke) hazir$"),
        "pl": (r"^(?:przesylka |paczka |zamowienie )?w przygotowaniu$",
               r"^tworzenie (?:dokumentow|etykiet\w*|listu przewozowego)$",
               r"\b(?:oczekuje|czeka) na (?:raport|protokol|manifest) (?:zbiorczy|odbioru|nadania)\b",
               r"^(?:zamowienie |przesylka |paczka )?(?:jest )?(?:przygotowywan[aey]|pakowan[aey]|kompletowan[aey])$",
               r"\b(?:kompletujemy|pakujemy) (?:twoje |wszystkie )?produkty\b",
               r"\bprzygotowujemy (?:paczke|przesylke|zamowienie) do wysylki\b",
               r"\b(?:wkrotce|niebawem) przekazemy (?:\w+ )?przewoznikowi\b",
               r"^(?:zamowienie |przesylka |paczka )?(?:jest )?gotow[aey] do (?:wysylki|nadania)$",
               r"^(?:zamowienie )?w realizacji$"),
    }),
)
