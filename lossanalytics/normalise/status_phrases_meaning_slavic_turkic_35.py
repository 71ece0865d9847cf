"""Bulgarian, Lithuanian, Latvian, Estonian, Slovak and Turkish shipment states read by their meaning, thirty-fifth
Slavic and Turkic pass (round 132): a parcel in a locker waiting for its recipient or for the courier, in a carrier's
warehouse, being transported, on its way to the recipient, going back or to be returned, sent back after it was not
collected, on the way back, its storage period over, a return packet received; a Slovak shipment created, one that
does not meet the conditions or is under investigation, a delivery attempt; a Baltic shop order awaiting or given its
confirmation, shipped, delivered or cancelled; a Turkish parcel refused and come back, reached its recipient, on the
courier.

The reading follows who holds the parcel (DESIGN §4). Two groups:

- SLAVIC_TURKIC_FIRST_STEPS_35 come early among the narrow meanings (status_phrases_before_outcomes.py, just before
  SLAVIC_TURKIC_FIRST_STEPS_34): a Bulgarian or Lithuanian parcel in a locker waiting for the courier ("в автомат, чака
  куриер", "paštomate, laukia kurjerio") is the sender's drop-off, before the carrier, before "в автомат" reads a
  parcel waiting there for its recipient; a Slovak or Czech parcel on the way back as the end of the text ("Na ceste
  späť", "na cestě zpět") is returned, before "na ceste" reads movement; a Slovak delivery attempt ("pokus o
  doručenie", not after "neúspešný", which reads already, and not a successful one), also into a Z-BOX, and the
  first, second, third or last attempt is a failed delivery, before "doručenie do Z-BOXu" reads a parcel put into the
  box; a Turkish parcel the recipient did not accept and that came back ("Alıcı
  kabul etmedi / Geri döndü") is returned, before the refusal reads a failed delivery; one that reached the recipient
  ("alıcıya ulaştı") is delivered, before "ulaştı" reads an arrival on the way ("alıcıya ulaştırılmak üzere", to be
  brought to the recipient, stays movement).
- SLAVIC_TURKIC_STEPS_35 come first of the Slavic and Turkic late steps (status_phrases_language_late.py, before
  SLAVIC_TURKIC_STEPS_34) and read only texts nothing else reads:

- a Bulgarian parcel in a locker (автомат) waiting to be taken by the customer ("очаква вземане", "чака взимане") and a
  Lithuanian one in a parcel locker waiting for its recipient or for its collection ("paštomate, laukia gavėjo",
  "laukia atsiėmimo") waits there, as "очаква получаване в офис" reads;
- a Bulgarian parcel that will be returned ("ще бъде върната", not after an "if") or is going back ("връща се", "не е
  взета, връща се") is returned, as "връща се към подател" reads; a Slovak one sent back ("odoslaná späť", Slovenská
  pošta's detail after the collection period ran out), one whose storage or collection period expired or ran out
  ("Uskladnenie expirovalo") and a reverse packet received (Packeta's return packet) likewise;
- a Slovak shipment that does not meet the conditions ("nesplňa podmienky", over the limits) or is under investigation
  ("preverovanie zásielky") is held, an exception;
- a Slovak shipment created as the whole status ("Zásielka vytvorená") is before the carrier, as the Czech one is;
- a Turkish parcel on the courier ("Kurye üzerinde", the whole text) is on the last leg;
- a Bulgarian parcel being transported ("транспортира се") or in a warehouse (the whole text, the carrier's named or
  none) and a Lithuanian one on its way to the recipient ("keliauja gavėjui", the last leg not said) move on;
- a Baltic shop order awaiting its confirmation or payment, or confirmed ("Užsakymas laukia patvirtinimo",
  "Pasūtījums apstiprināts", "Tellimus kinnitatud") is before the carrier, as "Order confirmed" reads; an order or a
  parcel shipped as the whole status ("Nosūtīts", "Saadetud", with "to the buyer" allowed) is in transit, as
  "Išsiųstas" reads; Estonian "kohale toimetatud" / "kätte toimetatud" (no "not" before it) is delivered; a cancelled
  order as the whole status ("Atcelts", "Tühistatud") is cancelled.

Left unread, because the words do not say the state: a bare "waits" ("Laukia", "Gaida", "Ootab": for what, not said), a
bare "confirmed" in these languages ("Kinnitatud", "Apstiprināts", "Patvirtintas": as "Potwierdzone" and "Bestätigt"
are), "pas siuntėją" and English "At sender" (at the sender: before a pickup, or back after a return), Bulgarian
"Липсва" (is missing: the parcel, or a document or a detail), Turkish "geri döndü" alone (came back: the parcel,
or a courier from a round). Slovak "Zber na depe" (a collection at the depot: done or scheduled, not said) stays unread. Left as read: Slovak
"Pripravená na odoslanie" stays before the carrier (Packeta's code means ready to leave its depot; the words say ready
for dispatch, as a shop's are), Bulgarian "Отказана" (refused at the door
or cancelled: read as a refusal), "Предадена на куриер" (handed to a courier: the collecting or the delivering one, read
as movement).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off Latin letters, punctuation as
spaces; Cyrillic only lower-cased); whole words. Written by the team from DESIGN §4's statuses
(tests/test_status_meaning_slavic_turkic_35.py holds the examples); no table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_LOCKER_BG = r"\bавтомат\w*(?: \S+){0,2}? "

SLAVIC_TURKIC_FIRST_STEPS_35: tuple[Step, ...] = (
    # In a locker, waiting for the courier: the sender's drop-off, before the carrier (before "в автомат" reads a
    # parcel waiting there for its recipient).
    ("info_received", {
        "bg": (_LOCKER_BG + r"(?:\S+ )?(?:очаква|чака)\w* (?:куриер|товарене)\w*",),
        "lt": (r"\bpastomat\w* (?:\S+ )?laukia kurjer\w*",),
    }),
    # On the way back (before "na ceste" reads movement); a delivery attempt, also into a Z-BOX, or the first, the
    # last attempt (before "doručenie do Z-BOXu" reads a parcel put into the box).
    ("returned", {
        "sk": (r"\bna ceste spat$",),
        "cs": (r"\bna ceste zpet$",),
    }),
    ("delivery_failed", {
        "sk": (r"(?<!neuspesny )\bpokus\w* o dorucenie\b(?! (?:bol |je )?uspesn)",
               r"\b(?:prvy|druhy|treti|posledny) pokus\w*"),
    }),
    # Turkish: refused and come back (before the refusal reads a failed delivery); reached the recipient (before
    # "ulaştı" reads an arrival on the way).
    ("returned", {
        "tr": (r"\bkabul etme\w*(?: \S+){0,2}? geri (?:dondu|donmustur|donuyor|gonderildi)\b",),
    }),
    ("delivered", {
        "tr": (r"\b(?:aliciya|aliciniza|musteriye|size) ulasti\b",),
    }),
)

SLAVIC_TURKIC_STEPS_35: tuple[Step, ...] = (
    # Going back or to be returned (not a warning of what happens "if" nobody collects it); sent back.
    ("returned", {
        "bg": (r"^(?!.*\bако\b).*\bще бъде върнат\w*",
               r"^(?:пратката |пратка )?(?:се връща|връща се)$",
               r"\bне е (?:взета|взет|потърсена|потърсен)\w* (?:и )?(?:се връща|връща се)\b"),
        "sk": (r"\b(?:odoslan|poslan|vraten)\w* (?:spat|naspat)\b",
               r"\b(?:uskladnen|ulozen|odbern\w* lehot|ulozn\w* lehot)\w* (?:expirova|vyprsa|uplynu)\w*",
               r"\breverse (?:packet|paket)\w* prijat\w*"),
    }),
    # Slovak: a shipment that does not meet the conditions (over the limits), one under investigation: held.
    ("exception", {
        "sk": (r"\bnesplna podmienky\b", r"\bpreverovan\w* (?:zasielk|balik)\w*"),
    }),
    # In a locker, waiting for the customer: waiting for collection.
    ("available_for_pickup", {
        "bg": (_LOCKER_BG + r"(?:очаква|чака)\w* (?:вземане|взимане|получаване)\b",
               r"\b(?:очаква|чака)\w* (?:вземане|взимане) от (?:клиент|получател)\w*"),
        "lt": (r"\bpastomat\w* (?:\S+ )?laukia (?:gavej\w*|atsiemimo)\b", r"\blaukia atsiemimo\b"),
    }),
    # Before the carrier: a Slovak shipment created; a Baltic shop order awaiting or given its confirmation.
    ("info_received", {
        "sk": (r"^(?:zasielka|balik|objednavka) (?:bola |bol |je )?vytvoren[aey]?$",),
        "lt": (r"^uzsakymas (?:laukia (?:patvirtinimo|apmokejimo)|(?:yra )?patvirtintas)\b",),
        "et": (r"^tellimus (?:ootab (?:kinnitamist|maksmist|makset|tootlemist)|(?:on )?kinnitatud)\b",),
        "lv": (r"^pasutijums (?:gaida (?:apstiprinajumu|apmaksu)|(?:ir )?apstiprinats)\b",),
    }),
    # Turkish: on the courier (the whole text): the last leg.
    ("out_for_delivery", {
        "tr": (r"^(?:kargo |gonderi |paket )?kurye(?:nin|de)? uzerinde$",),
    }),
    # Transported, in the carrier's warehouse, on its way to the recipient: moving.
    ("in_transit", {
        "bg": (r"\b(?:транспортира се|се транспортира)\b",
               r"^(?:пратката |пратка )?(?:се намира |намира се |е )?в склад(?: на (?:box now|еконт|econt|спиди|speedy"
               r"|куриер\w*|превозвач\w*))?$"),
        "lt": (r"\bkeliauja (?:pas |link |iki )?gavej\w*",),
        "et": (r"^(?:tellimus |pakk |saadetis )?(?:on )?saadetud(?: ostjale| kliendile)?$",),
        "lv": (r"^(?:pasutijums |sutijums |paka )?(?:ir )?nosutits(?: pircejam| klientam)?$",),
    }),
    # Estonian: brought to the place, handed over (not "not delivered").
    ("delivered", {
        "et": (r"^(?!.*\b(?:ei|pole|mitte)\b).*\b(?:kohale|katte) toimetatud\b",),
    }),
    # A cancelled order as the whole status.
    ("cancelled", {
        "et": (r"^(?:tellimus |saadetis |pakk )?(?:on )?tuhistatud$",),
        "lv": (r"^(?:pasutijums |sutijums )?(?:ir )?atcelts$",),
    }),
)
