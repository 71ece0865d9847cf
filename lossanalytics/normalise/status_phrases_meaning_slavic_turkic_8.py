"""Serbian and Croatian read by their meaning, eighth pass (round 45): how a national post's short status names and
a kiosk parcel network's track-and-trace word a parcel's steps, in Latin and in Cyrillic letters ("Пријем",
"Задужена за испоруку", "Остављен извештај", "Odeljak za neuručive", "Naredna dostava", "Adresa nedovoljna",
"Odseljen (Preseljen)", "zaprimljen na PM", "u povratu pošiljatelju").

SLAVIC_TURKIC_STEPS_8, tried just before SLAVIC_TURKIC_STEPS_7, read only texts nothing else reads:

- a parcel sent to the post's section for undeliverable items will reach neither recipient nor sender: lost, as
  an undeliverable mail office is elsewhere in this vocabulary;
- a parcel on its way back to the sender ("povrat pošiljatelju", "povratu pošiljaocu") or returned to the sender
  in Cyrillic letters is a return;
- a recipient who refuses the parcel, a notice left, a delivery put off to the next round, an address unknown or
  insufficient, an addressee unknown, a recipient gone away, moved or deceased fail the delivery, and so does
  "unknown" as a status standing alone;
- delivered in Cyrillic letters ("уручено"), unless the words deny it;
- a parcel charged to the postman for delivery is the round;
- a parcel received at the kiosk or selling point ("PM", "prodajno mjesto") waits for the recipient;
- a status that is only the post's reception or dispatch ("prijem", "otpremljeno"), a redirection, a forwarding to a new address and a
  parcel in distribution towards the recipient move.

What was assumed (DESIGN §4): "Nepoznat" standing alone is the posts' reason for not delivering (the addressee is
unknown), as Pošta Srbije lists it beside "Adresa nepoznata"; longer texts that say a status is unknown are left to
other steps. A parcel merely handed over ("predan") and a parcel kept in storage ("čuvanje") are left unread: who
received it, and why it is kept, the words do not say.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off Latin letters, "đ" as "d",
Cyrillic letters kept, punctuation as spaces); whole words. Written by the team from DESIGN §4's statuses
(tests/test_status_meaning_slavic_turkic_9.py holds the examples); no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# The sender a parcel goes back to, in Serbian ("pošiljalac") and Croatian ("pošiljatelj"), in both scripts.
_SENDER = r"(?:posiljao\w*|posiljatelj\w*|пошиљао\w*|пошиљатељ\w*)"

SLAVIC_TURKIC_STEPS_8: tuple[Step, ...] = (
    # In the post's section for undeliverable items: it reaches neither recipient nor sender.
    ("lost", {
        "sr": (r"(?:odelj\w*|odjel\w*) za neuruc\w*", r"одељ\w* за неуруч\w*"),
    }),
    # On its way back, or returned, to the sender: a return.
    ("returned", {
        "sr": (r"\bповрат\w* " + _SENDER, r"враћен\w* " + _SENDER),
        "hr": (r"\bpovrat\w* " + _SENDER,),
    }),
    # Refused by the recipient, a notice left, put off to the next round, an address unknown or insufficient, a
    # recipient gone away, moved or deceased, an addressee unknown as the whole status: a failed delivery.
    ("delivery_failed", {
        "sr": (r"одбиј\w* пријем\w*",
               r"(?:ostavljen\w*|остављен\w*) (?:izvestaj|obavestenje|извештај|обавештење)",
               r"(?:naredn\w*|наредн\w*|sledec\w*|следећ\w*) (?:dostav\w*|достав\w*)",
               r"(?:adres\w*|адрес\w*) (?:\w+ )?(?:nepoznat\w*|nedovoljn\w*|непознат\w*|недовољн\w*)",
               r"(?:primala\w*|primaoc\w*|adresat\w*|прималац|примаоц\w*|адресат\w*) (?:je |је )?(?:nepoznat\w*|непознат\w*)",
               r"^(?:otputova\w*|отпутова\w*|odseljen\w*|одсељен\w*|preseljen\w*|пресељен\w*|umro|умро|umrl\w*"
               r"|умрл\w*|preminu\w*)",
               r"^(?:nepoznat|непознат)$"),
        "hr": (r"(?:sljedec\w*) dostav\w*",),
    }),
    # Delivered, in Cyrillic letters, unless the words deny it.
    ("delivered", {
        "sr": (r"(?<!није )(?<!не )\bуручен\w*",),
    }),
    # Charged to the postman for delivery: the round.
    ("out_for_delivery", {
        "sr": (r"задужен\w* за (?:испоруку|доставу)",),
    }),
    # Received at the kiosk or selling point: waiting for the recipient.
    ("available_for_pickup", {
        "hr": (r"zaprimljen\w* na (?:pm|prodajn\w* mjest\w*)\b",),
    }),
    # Only the post's reception or dispatch, a redirection, a forwarding to a new address, in distribution towards
    # the recipient: moving on.
    ("in_transit", {
        "sr": (r"^(?:prijem|пријем|otprem\w*|отпрем\w*)$",
               r"\b(?:преусмер\w*|nadoslan\w*|надослан\w*)"),
        "hr": (r"\bu distribuciji prema\b",),
    }),
)
