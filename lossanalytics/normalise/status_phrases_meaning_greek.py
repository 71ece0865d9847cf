"""Greek and Bulgarian event texts read by their grammar and meaning (twenty-ninth round), in three groups.

GREEK_MEANING_STEPS come just before status_phrases_greek_indonesian, whose Greek stems read one word alone
("παραδόθηκε" delivered, "παραλαβ…" moving, "επιστροφ…" a return, "κράτηση" a hold). Each decides by what the
word is said of:
- a refund, a payment or an SMS that failed or was delivered says nothing of the parcel;
- "παραδόθηκε" (delivered) to the sender is a return, to a sorting centre, customs, a partner or a branch a
  hand-over, to a locker or pickup point a wait there, to the driver the last leg; "δεν παραδόθηκε" (not
  delivered) a failed attempt, or a problem where the carrier names its own reason (weather, a strike, a
  breakdown, its workload);
- "παραλαβή" (taking in) by the recipient is a delivery, waiting for the recipient a wait at the counter, a
  taking-in from the sender still to come or failed only data, a refusal of it ("άρνηση παραλαβής") a failed
  attempt;
- "επιστροφή" (return) to the depot is a movement, only the passive "επιστράφηκε", "επιστρέφεται" and a return
  to the sender are returns ("ο διανομέας επέστρεψε", the courier came back, is not);
- the future ("θα παραδοθεί", "αναμένεται να παραδοθεί") is on its way, today with the driver;
- the recipient away, unknown, moved or refusing, an address wrong, incomplete or not found, a business closed,
  no access, a notice left ("αδυναμία επίδοσης", "απών παραλήπτης", "αφέθηκε ειδοποίηση") fail the delivery;
  a delay, a customs hold, duties to pay, papers missing, instructions awaited, a missort, a packaging check,
  force majeure are problems.
Greek phrases are regular expressions written on folded text without accents and with "σ" for the final
sigma; _el adds the accents case folding keeps on lower-case letters ("παραδόθηκε", "ΠΑΡΑΔΟΘΗΚΕ" and
"ΠΑΡΑΔΌΘΗΚΕ" all read) and whole-word bounds for Greek letters, which the shared guard
(lossanalytics.normalise._rules) does not treat as letters. A phrase starting with "(" is read as a regular
expression, as the Korean ones are.

BULGARIAN_MEANING_FIRST_STEPS come first of all, before the other Bulgarian steps, whose bare "доставена"
(delivered), "отказ" (refusal) and "не е доставена" (not delivered), and Russian "получена" (delivered in
Russian, taken in at an office in Bulgarian), would read the other way: delivered or taken in at a sorting centre,
a depot or a courier company moves on, delivered to an office or locker waits there, "все още не е доставена"
(not yet delivered) is on its way, a delivery not made for the carrier's own reason a problem, "отказана от
търговеца" (refused by the merchant) a cancelled order, a refund or an SMS nothing about the parcel. Their words
are Bulgarian forms Russian and Ukrainian do not write ("пратка", "получателят", "отсъства", "връчена",
"изпращач", "задържана", "закъснява", the auxiliary "е"). BULGARIAN_MEANING_LATE_STEPS come last of all and read
only what nothing else reads: the other wordings of each step ("В движение", "Сканирана в депо", "Излязла за
доставка", "Очаква ви в офиса").

Written by the team from DESIGN §4's statuses and how Greek and Bulgarian posts, couriers, marketplaces, shops'
e-mails and SMS and drivers' apps word their events, not taken from a publisher
(tests/test_status_meaning_greek.py holds the examples).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Each unaccented Greek vowel of a phrase with the accented forms lower-case text keeps ("ΐ" folds to three
# code points, so ι and υ also take a trailing diaeresis or accent); "ς" is "σ" as case folding writes it.
_GREEK_VOWELS = {"α": "αά", "ε": "εέ", "η": "ηή", "ι": "ιίϊΐ", "ο": "οό", "υ": "υύϋΰ", "ω": "ωώ"}
_GREEK_LETTER = "\u0370-\u03ff"


def _el_pattern(phrase: str) -> str:
    out: list[str] = []
    in_class = False
    for char in phrase.replace("ς", "σ"):
        if char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        forms = _GREEK_VOWELS.get(char)
        if forms is None:
            out.append(char)
        elif in_class:
            out.append(forms)
        else:
            out.append(f"[{forms}]" + ("[\u0301\u0308]*" if char in "ιυ" else ""))
    return f"(?:(?<![{_GREEK_LETTER}])(?:{''.join(out)})(?![{_GREEK_LETTER}]))"


def _el(*phrases: str) -> tuple[str, ...]:
    """Greek phrases written on folded text without accents, as regular expressions the step reads."""
    return tuple(_el_pattern(phrase) for phrase in phrases)


# Greek: the sender ("αποστολέας", never "αποστολή", the shipment), the recipient, the carrier's own places.
_SENDER = r"(?:τον |την |το )?αποστολε\w*"
_RECIPIENT = r"παραληπτ\w*"
_NETWORK = (r"(?:μεταφορε\w*|κεντρο\w*|hub|αποθηκ\w*|τελωνει\w*|συνεργατ\w*|courier|κουριερ|ελτα|acs|speedex|"
            r"γενικη ταχυδρομικη|καταστημα\w*|πρακτορει\w*|αεροδρομι\w*|αερολιμεν\w*|σταθμ\w*|εταιρει\w*)")
_LOCKER = (r"(?:θυριδ\w*|locker\w*|lockers|σημει\w* (?:παραλαβης|εξυπηρετησης|παραδοσης)|box ?now|skroutz point|"
           r"acs point|smart ?point|αυτοματ\w* (?:θυριδ\w*|μηχανημ\w*|σταθμ\w*)|pick ?up point|παραλαβης \w+ point)")
# Reasons on the carrier's side: weather, strikes, breakdowns, its own workload, events beyond its control.
_CARRIER_REASON = (r"(?:καιρικ\w*|κακοκαιρι\w*|χιον\w*|απεργι\w*|στασ\w* εργασιας|βλαβ\w*|φορτου|φορτο|ογκου|"
                   r"αυξημεν\w* (?:ογκ|φορτ)\w*|ανωτερας βιας|εκτακτ\w*|τεχνικ\w*|ελλειψης (?:χωρου|προσωπικου|οχηματ\w*)|"
                   r"πλημμυρ\w*|πυρκαγι\w*|αργι\w*)")

GREEK_MEANING_STEPS: tuple[Step, ...] = (
    # A refund, a payment, a message: nothing about the parcel.
    ("unknown", {
        "el": _el(r"επιστροφ\w* (?:\w+ ){0,2}(?:χρηματ\w*|ποσου|ποσο|πληρωμ\w*|αντιτιμ\w*|χρεωσ\w*)",
                  r"επιστραφηκε (?:\w+ ){0,2}(?:ποσο|χρηματα|αντιτιμο)", r"ακυρωσ\w* (?:της )?επιστροφ\w*",
                  r"(?:πληρωμ|συναλλαγ)\w* (?:\w+ ){0,2}(?:απετυχε|απορριφθηκε|δεν ολοκληρωθηκε)",
                  r"αποτυχ\w* (?:\w+ ){0,2}(?:πληρωμ|συναλλαγ)\w*",
                  r"(?:sms|email|e mail|μηνυμα\w*|ειδοποιησ\w* μεσω sms) (?:\w+ ){0,2}(?:παραδοθηκε|εσταλη|απετυχε|σταλθηκε)",
                  r"αποτυχ\w* (?:\w+ ){0,2}(?:sms|email|e mail|μηνυματ\w*)"),
    }),
    ("lost", {
        "el": _el(r"απωλει\w*", r"απωλεσθηκε", r"χαθηκε", r"χαμεν\w* (?:αποστολ|δεμα|δεματ)\w*"),
    }),
    # Back to the sender: a return, also "delivered to the sender"; only the passive verb is a return.
    ("returned", {
        "el": _el(rf"(?:παραδοθηκε|επιδοθηκε|επιστραφηκε|επεστραφη|επιστρεφεται|επιστρεφει|επιστροφη|επιστροφης|αποστελλεται|εστραφη) (?:\w+ ){{0,2}}(?:στον |στην |προς |πισω στον |πισω στην )?{_SENDER}",
                  r"επιστραφηκε", r"επεστραφη", r"επιστρεφεται", r"επιστρεφονται", r"(?:υπο|προς|σε) επιστροφη",
                  r"επιστρ\w* (?:\w+ ){0,2}(?:καταστημα|αποθηκη) (?:αποστολης|προελευσης|του πωλητη)",
                  r"επιστροφη λογω", r"επιστροφη (?:\w+ ){0,2}(?:πωλητη|εμπορο|καταστημα προελευσης)"),
    }),
    # The carrier's own reason, a delay, customs, duties, papers, instructions, a missort, a check: a problem.
    ("exception", {
        "el": _el(rf"λογω (?:\w+ ){{0,2}}{_CARRIER_REASON}", r"καθυστερ\w*",
                  r"(?:κρατειται|κρατηθηκε|κρατουνται|δεσμευ\w*|παρακρατ\w*|κατασχ\w*|ακινητοποι\w*) (?:\w+ ){0,3}τελων\w*",
                  r"τελωνει\w* (?:\w+ ){0,2}(?:κρατ|δεσμευ|κατασχ)\w*",
                  r"(?:πληρωμ|καταβολ|εξοφλησ|αναμονη πληρωμ)\w* (?:\w+ ){0,2}(?:δασμ\w*|φπα|τελωνειακ\w*)",
                  r"αναμονη (?:\w+ ){0,2}(?:οδηγι\w*|επικοινωνι\w*|εγγραφ\w*|παραστατικ\w*|διευκρινισ\w*)",
                  r"^(?:η αποστολη )?(?:ειναι |βρισκεται )?σε αναμονη$", r"τεθει σε αναμονη", r"σε εκκρεμοτητα", r"εκκρεμοτητ\w*",
                  r"(?:ελλιπ|ελλειπ|λειπ|απαιτ|ελλειψη)\w* (?:\w+ ){0,2}(?:παραστατικ|εγγραφ|τιμολογ|δικαιολογητικ)\w*",
                  r"λανθασμεν\w* (?:δρομολογ|διαλογ)\w*", r"(?:εσταλη|σταλθηκε|δρομολογηθηκε|σταλθηκε) σε λαθος \w+",
                  r"λαθος (?:καταστημα|κεντρο|δρομολογ\w*|διαλογ\w*|hub)",
                  r"συσκευασι\w* (?:\w+ ){0,4}ελεγχ\w*", r"ελεγχ\w* (?:\w+ ){0,3}(?:συσκευασι|περιεχομεν)\w*",
                  r"δεν (?:\w+ )?(?:εφτασε|εφθασε|εχει φτασει) (?:\w+ )?(?:εγκαιρως|εγκαιρα|στην ωρα)",
                  r"προβληματικ\w* (?:αποστολ|δεμα|δεματ)\w*", r"προβλημα (?:με |στην |στη )(?:την |τη )?(?:αποστολ|δεμα|διανομ|παραδοσ)\w*",
                  r"εκτακτ\w* (?:γεγον|συμβαν|περιστατικ)\w*", r"ανωτερα βια", r"ανωτερας βιας", r"δεν φορτωθηκε",
                  r"εκτος (?:περιοχης|δικτυου|δρομολογιου)", r"δυσπροσιτ\w*", r"αναβολη (?:\w+ )?(?:παραδοσ|διανομ|επιδοσ)\w*",
                  r"βλαβη (?:\w+ )?(?:οχηματ|αυτοκινητ|φορτηγ)\w*", r"δεν (?:\w+ )?προλαβ\w*", r"κλειστ\w* (?:δρομ|οδ)\w*",
                  r"απεργι\w*", r"κακοκαιρι\w*", r"καιρικ\w* συνθηκ\w*"),
    }),
    # Not yet delivered: on its way.
    ("in_transit", {
        "el": _el(r"δεν (?:\w+ )?παραδοθει (?:\w+ )?ακομ\w*", r"ακομ\w* δεν (?:\w+ )?παραδοθει"),
    }),
    # An attempt at the door that failed: the recipient away, unknown, moved or refusing; the address; a notice.
    ("delivery_failed", {
        "el": _el(r"αδυναμια (?:\w+ )?(?:επιδοσ|παραδοσ|διανομ|εντοπισμ)\w*",
                  rf"(?:απων|απουσα|απουσια|απουσιας|απουσιαζ\w*|αγνωστ\w*) (?:του |της |ο |η )?{_RECIPIENT}",
                  rf"{_RECIPIENT} (?:\w+ ){{0,2}}(?:απων|απουσα|απουσιαζ\w*|αγνωστ\w*|αρνηθηκε|μετακομισ\w*|δεν (?:\w+ )?(?:ηταν|βρισκοταν|βρεθηκε|απαντ\w*|ειναι διαθεσιμ\w*|ηταν διαθεσιμ\w*|παρελαβε|εντοπιστηκε))",
                  rf"(?:λαθος|λανθασμεν\w*|ελλιπ\w*|ελλειπ\w*|ανεπαρκ\w*|ανυπαρκτ\w*|ασαφ\w*|αγνωστ\w*|λαθη) (?:\w+ ){{0,2}}(?:διευθυνσ\w*|ταχυδρομικ\w* κωδικ\w*|στοιχει\w* {_RECIPIENT}|οδ\w*|αριθμ\w*)",
                  r"διευθυνσ\w* (?:\w+ )?(?:δεν βρεθηκε|δεν υπαρχει|ελλιπ\w*|λαθος|λανθασμεν\w*|ανυπαρκτ\w*)",
                  r"δεν βρεθηκε (?:κανεις|κανενας|ο παραληπτης|παραληπτης|η διευθυνση|διευθυνση)", r"δεν (?:σας )?βρεθηκατε", r"δεν σας βρηκαμε",
                  r"κανεις (?:\w+ ){0,2}(?:στο σπιτι|στη διευθυνση|στην διευθυνση|δεν απαντ\w*)",
                  r"αρνηση (?:\w+ )?(?:παραλαβ|πληρωμ|αντικαταβολ|αποδοχ)\w*",
                  r"αρνηθηκε (?:\w+ ){0,2}(?:παραλαβ\w*|δεμα|αποστολ\w*|αντικαταβολ\w*|να (?:το |την )?(?:παραλαβει|πληρωσει|δεχτει))", r"^αρνηθηκε$",
                  r"ανεπιτυχ\w* (?:\w+ )?(?:προσπαθει|αποπειρ|επιδοσ|παραδοσ|διανομ|επισκεψ)\w*",
                  r"αποτυχ\w* (?:\w+ )?(?:παραδοσ|επιδοσ|διανομ)\w*", r"(?:παραδοση|επιδοση|διανομη) απετυχε",
                  r"δεν (?:ηταν|ειναι|καταστη) δυνατ\w* (?:η )?(?:παραδοσ|επιδοσ|διανομ)\w*",
                  r"δεν (?:μπορεσαμε|καταφεραμε|μπορεσε|καταφερε) (?:\w+ ){0,2}(?:παραδωσ|επιδωσ|παραδοσ|παραδοθ)\w*",
                  r"δεν (?:εγινε|πραγματοποιηθηκε|ολοκληρωθηκε) (?:η )?(?:παραδοσ|επιδοσ)\w*",
                  r"(?:δεν|μη|μην) (?:\w+ )?(?:παραδοθηκε|παραδοθεν|παραδοθει|επιδοθηκε|επιδοθεν|παραδοση|επιδοση)",
                  r"κλειστ\w* (?:επιχειρησ|εταιρει|γραφει)\w*", r"(?:επιχειρησ|εταιρει|γραφει)\w* (?:\w+ ){0,2}κλειστ\w*",
                  rf"κλειστ\w* (?:καταστημα|γραφειο|κατοικια) {_RECIPIENT}", r"μετακομισ\w*",
                  r"αφεθηκε (?:\w+ )?ειδοποι\w*", r"ειδοποιητηρι\w*",
                  r"(?:δεν υπηρχε|δεν υπαρχει|χωρις|καμια|αδυναμια) (?:\w+ )?προσβασ\w*",
                  r"(?:δεν υπαρχει|χωρις|δεν βρεθηκε) (?:\w+ ){0,2}(?:ονομα|κουδουνι)\w*"),
    }),
    # Delivered to the carrier's own places, a return to the depot, an appointment, an address changed: on its way.
    ("in_transit", {
        "el": _el(rf"(?:παραδοθηκε|παραδοθηκαν|παρεδοθη|επιδοθηκε) (?:\w+ ){{0,2}}(?:στον |στην |στο |στα |στους |σε |προς )(?:\w+ )?{_NETWORK}(?! (?:\w+ ){{0,2}}(?:παραλαβ|θυριδ|locker))",
                  r"επιστροφη (?:\w+ ){0,2}(?:στο|στην|στα) (?:κεντρο|hub|αποθηκη|καταστημα|πρακτορειο)",
                  r"κρατηση (?:\w+ )?ραντεβου", r"ραντεβου (?:\w+ )?(?:παραδοσ|διανομ)\w*",
                  r"αλλαξε (?:\w+ ){0,2}διευθυνσ\w*", r"αλλαγη (?:\w+ ){0,2}διευθυνσ\w*"),
    }),
    # Waiting for the recipient at a branch, a locker or a pickup point.
    ("available_for_pickup", {
        "el": _el(rf"(?:αναμονη|αναμενει|περιμενει) (?:\w+ ){{0,2}}(?:παραλαβ\w* )?(?:απο )?(?:τον |την )?{_RECIPIENT}",
                  rf"παραμεν\w* (?:\w+ ){{0,2}}(?:στο |στην |σε )?(?:καταστημα\w*|γραφει\w*|πρακτορει\w*|{_LOCKER})",
                  rf"παραμονη (?:\w+ )?(?:στο |στην |σε )?(?:καταστημα\w*|γραφει\w*|{_LOCKER})",
                  r"(?:διαθεσιμ|ετοιμ)\w* (?:\w+ )?(?:για|προς) παραλαβη(?! (?:\w+ ){0,3}(?:courier|κουριερ|μεταφορε\w*|διανομε\w*|αποστολε\w*))",
                  rf"προς παραλαβη (?:απο )?(?:το |την |τη )?(?:καταστημα\w*|γραφει\w*|{_LOCKER})",
                  rf"(?:τοποθετηθηκε|παραδοθηκε|βρισκεται|ειναι|αφεθηκε|εφτασε|κατατεθηκε|μπηκε) (?:\w+ ){{0,3}}(?:στη |στην |σε |στο |στα )?{_LOCKER}",
                  r"σας περιμενει", r"μπορειτε να (?:το |την )?παραλαβετε", rf"^στο {_LOCKER}$",
                  rf"παραλαβετε (?:\w+ ){{0,3}}απο (?:το |τη |την )?(?:καταστημα\w*|{_LOCKER})"),
    }),
    # Taken in by the recipient: delivered (before the taking-in read as a movement).
    ("delivered", {
        "el": _el(rf"(?:παραληφθηκε|παρεληφθη|παραλαβη) (?:\w+ ){{0,2}}απο (?:τον |την |το )?{_RECIPIENT}",
                  rf"{_RECIPIENT} (?:\w+ )?(?:παρελαβε|υπεγραψε)", rf"(?:παραληφθηκε|παρεληφθη) (?:\w+ )?απο (?:τη |την |το )?{_LOCKER}"),
    }),
    # With the driver, for delivery today.
    ("out_for_delivery", {
        "el": _el(r"σε διανομη", r"(?:βγηκε|εξοδος|φευγει|ξεκινησε) (?:\w+ )?(?:για|προς) διανομη",
                  r"(?:ανατεθηκε|χρεωση|χρεωθηκε|παραδοθηκε|δοθηκε) (?:\w+ )?(?:σε |στον )?διανομε\w*",
                  r"φορτωθηκε (?:\w+ ){0,3}(?:οχημα|αυτοκινητο|βαν|φορτηγακι) (?:\w+ )?διανομ\w*",
                  r"(?:προς|σε|υπο) επιδοση", r"καθ οδον (?:προς |για )?(?:εσας|σας|τη διευθυνση σας)",
                  r"στο δρομο για (?:εσας|σας)", r"στον δρομο (?:για|προς) (?:εσας|σας)", r"στασεις (?:μακρια|πριν)",
                  r"θα (?:\w+ ){0,3}(?:παραδοθει|επιδοθει|παραδωσει|φτασει|γινει) (?:\w+ ){0,3}σημερα",
                  r"(?:παραδοση|διανομη|επιδοση) σημερα", r"σημερα (?:η )?(?:παραδοση|διανομη)"),
    }),
    # Data only: a label, a registration, a pickup from the sender still to come or failed, a shop packing.
    ("info_received", {
        "el": _el(r"δημιουργηθηκε (?:\w+ ){0,2}(?:ετικετ|voucher|αποστολ|συδετα|αριθμ)\w*", r"εκδοση (?:\w+ )?voucher",
                  r"εκδοθηκε (?:\w+ )?voucher", r"καταχωρ\w* (?:\w+ ){0,2}αποστολ\w*", r"αποστολ\w* (?:\w+ )?καταχωρ\w*",
                  r"καταχωρηση", r"προαναγγελι\w*", r"στοιχει\w* (?:\w+ ){0,3}(?:εληφθησαν|ληφθηκαν|παραληφθηκαν)",
                  r"λαβει (?:τα )?στοιχει\w*", r"ετοιμαζ\w* (?:\w+ ){0,2}(?:αποστολ|δεμα|παραγγελ)\w*", r"συσκευαζ\w*",
                  r"ετοιμ\w* (?:\w+ )?(?:για|προς) (?:αποστολη|αποσταλη|παραλαβη απο (?:τον |το )?(?:courier|κουριερ))",
                  r"αναμενεται (?:η )?παραδοση (?:\w+ ){0,3}(?:στην|στον|στο|στα) (?:εταιρει\w* )?(?:courier|κουριερ|μεταφορε\w*)",
                  rf"(?:αναμονη|αναμενεται|προγραμματ\w*|αιτημα|αποτυχια|ανεπιτυχ\w*) (?:\w+ ){{0,2}}παραλαβ\w* (?:απο )?(?:{_SENDER}|(?:τον |το )?(?:courier|κουριερ|μεταφορε\w*))",
                  r"θα (?:περασει|ερθει) (?:\w+ ){0,2}(?:να )?παραλαβ\w*"),
    }),
    ("damaged", {
        "el": _el(r"κατεστραμμεν\w*", r"καταστραφηκε", r"υπεστη (?:\w+ )?ζημια", r"φθαρμεν\w*", r"σπασμεν\w*", r"εσπασε"),
    }),
    ("cancelled", {
        "el": _el(r"ακυρωθηκε", r"ακυρωση", r"ακυρωμεν\w*"),
    }),
    ("expired", {
        "el": _el(r"(?:δεν υπαρχ\w*|καμια|χωρις) (?:\w+ ){0,2}ενημερωσ\w* (?:\w+ ){0,3}(?:μεγαλο|πολυ|μακρ)\w*"),
    }),
    # Handed over: the delivery itself in its other words.
    ("delivered", {
        "el": _el(r"επιδοθηκε", r"παρεδοθη", r"^επιδοση$", r"(?:η )?παραδοση ολοκληρωθηκε", r"ολοκληρωθηκε (?:η )?παραδοση",
                  r"επιτυχ\w* (?:παραδοσ|επιδοσ)\w*",
                  r"αφεθηκε (?:\w+ ){0,2}(?:στην πορτα|στην εισοδο|εξω απο|στο μπαλκονι|στην αυλη|στο θυρωρειο)"),
    }),
    # On its way: taken in from the sender, scanned, sorted, moved, cleared, due on a later day.
    ("in_transit", {
        "el": _el(r"παραληφθηκε", r"αποδοχη", r"αφιξη", r"αφιχθη", r"αναχωρ\w*", r"διαμετακομισ\w*", r"διαλογη\w*",
                  r"καθ οδον", r"σε κινηση", r"φορτωσ\w*", r"φορτωθηκε", r"εκτελωνισ\w*", r"αποδεσμευ\w*",
                  r"(?:εφτασε|εφθασε|εχει φτασει)", r"σαρωσ\w*", r"επεξεργασι\w*", r"μεταφερ\w*", r"προωθ\w*",
                  r"ανακατευθυν\w*", r"αναδρομολογ\w*", r"εξαγωγ\w*", r"εισαγωγ\w*",
                  r"θα (?:\w+ )?(?:παραδοθει|επιδοθει|φτασει)", r"αναμενεται να (?:παραδοθει|φτασει|επιδοθει)",
                  r"εκτιμωμεν\w* (?:ημερομηνι\w* )?(?:παραδοσ|αφιξ)\w*", r"προγραμματισμεν\w* (?:παραδοσ|διανομ)\w*",
                  r"(?:εσταλη|απεσταλη|σταλθηκε|αποσταλθηκε|εχει αποσταλει|στα?λθηκε)"),
    }),
)

# Bulgarian: the recipient ("получател", "получателят"), the sender ("подател", "изпращач"), a pickup place.
_BG_RECIPIENT = r"получател\w*"
_BG_SENDER = r"(?:подател|изпращач)\w*"
_BG_PICKUP = (r"(?:(?:еконт|спиди) ?(?:офис|автомат)\w*|офис\w*|автомат\w*|еконтомат\w*|пакетомат\w*|easybox|"
              r"box ?now|спиди ?бокс|пощенск\w* (?:станци|клон|офис)\w*|пощ(?:а|ата))")
_BG_NETWORK = (r"(?:сортировъч\w*|депо\w*|склад\w*|хъб\w*|логистич\w*|куриерск\w*|митниц\w*|превозвач\w*|"
               r"терминал\w*|разпределителн\w*)")

BULGARIAN_MEANING_FIRST_STEPS: tuple[Step, ...] = (
    # A refund, a payment or an SMS: nothing about the parcel.
    ("unknown", {
        "bg": (r"възстановяване на (?:\w+ )?(?:сума\w*|пари\w*|плащане\w*)", r"(?:парите|сумата) (?:\w+ ){0,2}(?:са |е )?върнат\w*",
               r"върнати пари", r"неуспешно (?:плащане|изпращане на (?:sms|съобщение|имейл))", r"плащането (?:\w+ )?(?:е )?неуспешно",
               r"(?:sms|съобщение\w*|имейл\w*|e ?mail)(?: ът)? (?:\w+ ){0,2}(?:е )?доставен\w*"),
    }),
    # Refused or cancelled by the merchant: a cancelled order, not a refusal at the door.
    ("cancelled", {
        "bg": (r"(?:отказан|анулиран|отменен)\w* от (?:търговец|магазин|продавач|подател)\w*",),
    }),
    ("lost", {
        "bg": (r"загубен\w*", r"липсваща пратка", r"пратката (?:\w+ )?липсва"),
    }),
    # Back to the sender: a return, also returned "because of a refusal" ("към подателя" is the Bulgarian steps').
    ("returned", {
        "bg": (r"^върнат[аио]?$", r"пратката (?:\w+ )?е върнат[аио]?", r"се връща (?:\w+ )?(?:обратно|назад)",
               r"(?:към|на|до) изпращач\w*", r"до подател\w*", r"потеглил\w* обратно"),
    }),
    # The carrier's own reason for a delivery not made, a delay, customs, duties, papers, a missort, a check.
    ("exception", {
        "bg": (r"поради (?:\w+ ){0,2}(?:лошо време|лоши\w* (?:метеорологични|атмосферни|пътни) условия|повреда|авария|"
               r"голям\w* (?:обем|натоварване)|стачка|форсмажор|технически\w*|непредвиден\w*|празни\w*)",
               r"закъсн\w*", r"задържан\w*", r"(?:заплащане|плащане|плати|платите) (?:\w+ ){0,2}(?:мито|мита|митни\w*|митническ\w*|ддс)",
               r"(?:очакват? се|чака|очаква) (?:\w+ )?(?:указания|инструкции)", r"липсващ\w* (?:\w+ )?(?:документ|фактур)\w*",
               r"липсват (?:\w+ )?документ\w*", r"(?:погрешно|грешно) (?:насочен|сортиран|изпратен|маршрутизиран)\w*",
               r"опаковка\w* (?:\w+ ){0,3}проверк\w*", r"проверк\w* (?:\w+ ){0,2}опаковк\w*", r"проблем с (?:\w+ )?пратка\w*",
               r"непреодолима сила", r"метеорологични условия", r"блокиран\w*", r"временно спрян\w*",
               r"доставката (?:\w+ )?е отложена"),
    }),
    # Not yet delivered, delivered or taken in at the carrier's own places: on its way.
    ("in_transit", {
        "bg": (r"(?:все )?още не е доставен\w*", r"не е доставен\w* (?:все )?още",
               rf"доставен\w* (?:до|в|на) (?:\w+ )?{_BG_NETWORK}", rf"получен\w* (?:в|на) (?:\w+ )?(?:офис|{_BG_NETWORK})"),
    }),
    # Not yet delivered: on its way.
    ("in_transit", {
        "el": _el(r"δεν (?:\w+ )?παραδοθει (?:\w+ )?ακομ\w*", r"ακομ\w* δεν (?:\w+ )?παραδοθει"),
    }),
    # An attempt at the door that failed: the recipient away, unknown, moved, refusing; the address; a notice.
    ("delivery_failed", {
        "bg": (r"неуспеш\w* (?:\w+ )?(?:опит|доставк|връчван)\w*",
               rf"{_BG_RECIPIENT} (?:\w+ ){{0,2}}(?:отсъства\w*|не беше|не е бил\w*|не е (?:намерен|открит|на адреса)\w*|не отговаря|"
               r"отказа|се е преместил\w*|е преместен\w*|не присъства|не вдига|не е вкъщи|не е в офиса)",
               rf"(?:отсъстващ|непознат|неизвестен)\w* {_BG_RECIPIENT}", r"отказ (?:от|на) (?:\w+ )?(?:получател|плащане|приемане)\w*", r"^отказ$",
               r"отказан\w* пратка", rf"отказан\w* от {_BG_RECIPIENT}", r"адресът (?:\w+ )?не е (?:открит|намерен|точен|пълен)",
               r"няма достъп", r"затворен\w* обект", r"(?:фирмата|офисът|магазинът|обектът) (?:\w+ ){0,3}(?:е )?затворен\w*",
               r"оставено известие", r"оставихме (?:\w+ )?известие", r"не може да бъде доставен\w*",
               r"доставката (?:\w+ )?не (?:беше|е) успешна"),
    }),
    # Waiting for the recipient at an office, a locker, a post office.
    ("available_for_pickup", {
        "bg": (rf"(?:доставен|поставен|пристигнал|оставен)\w* (?:в|до) (?:\w+ )?{_BG_PICKUP}",
               rf"(?:чака|очаква) (?:\w+ ){{0,3}}(?:в|на) (?:\w+ ){{0,2}}{_BG_PICKUP}",
               r"(?:налична|готова|готов|готово|пристигнал\w*) (?:\w+ ){0,3}за (?:получаване|вземане)(?! от куриер)",
               r"(?:може|можете) да (?:получите|вземете)", r"(?:очаква|чака) ви", r"ви (?:очаква|чака)",
               rf"(?:е|са) в (?:\w+ )?{_BG_PICKUP}"),
    }),
    # Handed to the recipient, collected, delivered to a neighbour: delivered.
    ("delivered", {
        "bg": (rf"получен\w* от {_BG_RECIPIENT}", r"връчен\w*", rf"предаден\w* на {_BG_RECIPIENT}",
               rf"взет\w* от (?:\w+ )?{_BG_PICKUP}", rf"{_BG_RECIPIENT} (?:\w+ )?(?:взе|получи|прие)",
               r"доставен\w* на (?:съсед|получател|адрес|клиент)\w*", r"успешн\w* доставк\w*", r"(?:доставено|доставена) успешно",
               r"успешно доставен\w*", r"доставката (?:\w+ )?е извършена"),
    }),
    # Data only: the sender preparing, a pickup from the sender still to come.
    ("info_received", {
        "bg": (r"данните (?:\w+ ){0,3}(?:получени|получена|постъпиха)", r"(?:чака|очаква\w*) (?:\w+ )?(?:вземане|предаване) (?:от|на) куриер\w*",
               rf"(?:очаква се|чака|предстои) (?:\w+ )?вземане (?:\w+ )?от {_BG_SENDER}", r"заяв\w* (?:за )?куриер",
               rf"куриер\w* ще вземе (?:\w+ ){{0,2}}от {_BG_SENDER}", rf"{_BG_SENDER} подготвя", r"поръчка\w* (?:\w+ )?се обработва",
               r"(?:генериран|създаден)\w* (?:\w+ ){0,2}етикет\w*", r"регистриран\w* (?:\w+ ){0,2}в системата"),
    }),
    # With the courier for delivery, today.
    ("out_for_delivery", {
        "bg": (r"(?:излязл|излезл|натоварен|поверен|предаден)\w* (?:\w+ ){0,3}за (?:доставка|доставяне|разнасяне)",
               r"при куриер\w* за доставка", r"куриер\w* (?:\w+ )?(?:е )?тръгнал\w*", r"на път към вас",
               r"доставка днес", r"ще (?:\w+ )?(?:достави|донесе|пристигне)\w* (?:\w+ ){0,3}днес", r"^в доставка$"),
    }),
    # Handed to a carrier or a post: on its way.
    ("in_transit", {
        "bg": (r"предаден\w* на (?:куриер|български пощи|спиди|еконт|\w+ пощи|превозвач|пощенск)\w*",),
    }),
)

# Bulgarian the other steps do not read, last of all.
BULGARIAN_MEANING_LATE_STEPS: tuple[Step, ...] = (
    ("damaged", {
        "bg": (r"счупен\w*", r"увреден\w*"),
    }),
    ("in_transit", {
        "bg": (r"в движение", r"напусна\w*", r"заминал\w*", r"натоварен\w* (?:на|в) (?:камион|самолет|кола|автомобил)\w*",
               r"сканиран\w*", r"приет\w* от куриер\w*", r"взет\w* от куриер\w*", r"очаквана дата на доставка",
               r"очаква се доставка", r"в транзит", r"транзит\w*"),
    }),
)
