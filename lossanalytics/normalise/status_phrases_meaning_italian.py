"""Italian read by its meaning, a pass of its own (round 36): the Italian a parcel-locker network's shop module
gives its status titles and descriptions ("Consegnato per la consegna.", "Inserito nel distributore automatico di
pacchi", "Il pacco è ripartito verso il mittente.", "Pacco fuori misura.", "Il pacco è in città.").

The reading follows who holds the parcel and where it waits. Handed over for the delivery ("consegnato per la
consegna") is the round, not a delivery. A parcel that waits for its collection in a locker, a reminder of a
parcel waiting there, and the hours left to collect it wait for the recipient, even where the text goes on to
say what happens if nobody comes ("verrà restituito al mittente"): that return is only a condition. A parcel set
off back towards the sender is a return. Put into a locker or a parcel machine it waits for the recipient,
unless the sender is named as the one who put it there. A parcel waiting for the courier to take it out of the
sender's parcel machine, waiting to be transferred, in the carrier's warehouse, in the recipient's town or on its
way to it still moves. Too big for the locker box, or a complaint lodged, is a problem without an outcome yet; a
parcel created is only data; the parcel's journey from sender to recipient ended is a delivery.

Two groups, spliced into status_phrases.STEPS:

- ITALIAN_FIRST_STEPS, just before status_phrases_meaning_romance_4's first group (before the outcome steps read
  "restituito", and the later steps "consegnato", "pacco in sospeso" and "ripartito verso").
- ITALIAN_LATE_STEPS, just before status_phrases_meaning_romance_4's late group: texts nothing else reads.

Written by the team to DESIGN §4 (round 36); the examples are tests/test_status_meaning_italian.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# The parcel as the subject of a sentence (folded: "l'" is "l ").
_IT_PARCEL = r"(?:il |la |lo |l )?(?:pacco|pacchi|spedizione|collo|colli|plico|busta|merce)"
# A parcel locker or parcel machine, where a parcel waits for its recipient.
_IT_LOCKER = (r"(?:distributore automatico|distributori automatici|macchinett\w*|macchina per pacchi|armadiett\w*"
              r"|locker|parcel locker|box automatic\w*)")
# The carrier's people, who take a parcel out of a locker or collect it.
_IT_CARRIER_SIDE = r"(?:fattorino|corriere|autista|addetto|vettore|operatore)"

ITALIAN_FIRST_STEPS: tuple[Step, ...] = (
    # Handed over for the delivery: the round, before "consegnato" reads a delivery.
    ("out_for_delivery", {
        "it": (r"\b(?:consegnat|affidat|passat)\w* (?:al |all |allo )?(?:" + _IT_CARRIER_SIDE
               + r" )?per la consegna\b",),
    }),
    # Waiting to be collected, a reminder of it, the hours left to collect it: a return named after it is only
    # what happens if nobody comes.
    ("available_for_pickup", {
        "it": (r"\battend\w* (?:il |al )?ritiro\b(?! (?:da parte )?(?:del|dal|dello|dall) "
               + _IT_CARRIER_SIDE + r")",
               r"\b(?:hai|avete|ha|hanno) ancora \d+ (?:ore|ora|giorni|giorno) per ritirar\w*",
               r"^promemoria (?:\w+ ){0,4}"
               r"(?:ritiro|(?:pacco|spedizione|collo) (?:in sospeso|in attesa|da ritirare))\b"),
    }),
    # The parcel set off back towards the sender: a return, before "ripartito verso" reads a movement.
    ("returned", {
        "it": (_IT_PARCEL + r" (?:e )?(?:(?:ri)?partit|dirett|avviat|instradat)\w* (?:verso|per) (?:il |la )?"
               r"(?:mittente|venditore)\b",),
    }),
)

ITALIAN_LATE_STEPS: tuple[Step, ...] = (
    # Put into a locker: waiting there, unless the sender put it in.
    ("available_for_pickup", {
        "it": (r"\b(?:inserit|depositat|collocat|mess)\w* (?:nel|nella|nell|in|dentro il) " + _IT_LOCKER
               + r"(?!.*\b(?:dal|da parte del|dalla) (?:mittente|venditore)\b)",),
    }),
    # Still moving: waiting for the courier to take it out of a locker, waiting to be transferred, handed on for
    # transport, in the carrier's warehouse, in the recipient's town or on the way to it.
    ("in_transit", {
        "it": (r"\bin attesa che (?:il |l )?" + _IT_CARRIER_SIDE
               + r" (?:lo |la |li )?(?:estragga|prelevi|ritiri|prenda)\w* (?:\w+ ){0,3}" + _IT_LOCKER,
               r"\bin attesa di (?:essere )?(?:trasferit\w*|trasferimento|smistat\w*|smistamento)\b",
               r"\b(?:trasferit|inoltrat)\w* per (?:il )?trasporto\b",
               r"^" + _IT_PARCEL
               + r" (?:e )?(?:nel|in) (?:nostro )?magazzino\b(?!.*\b(?:mittente|venditore|negozio)\b)",
               _IT_PARCEL + r" (?:e )?(?:gia )?(?:arrivat\w* |giunt\w* )?(?:in|nella) citta\b",
               r"\bdirett[oaie] (?:alla|verso la|nella) citta\b"),
    }),
    # Too big for the locker box, or a complaint lodged: a problem without an outcome yet.
    ("exception", {
        "it": (r"\bfuori (?:misura|sagoma|formato)\b",
               r"\bnon (?:entra|ci sta|sta) (?:nell|nel|nella) (?:" + _IT_LOCKER + r"|vano|scomparto|cassett\w*)",
               r"\breclamat\w*\b", r"\b(?:procedura|pratica) di reclamo\b",
               r"\breclamo (?:aperto|in corso|registrat\w*)\b"),
    }),
    # Only data: the parcel created.
    ("info_received", {
        "it": (r"^" + _IT_PARCEL + r" (?:e stat[oa] )?creat[oaie]$",),
    }),
    # The parcel's journey from the sender to the recipient ended.
    ("delivered", {
        "it": (r"\bviaggio (?:(?:del|della|dello) (?:tuo |tua |vostro |vostra )?(?:pacco|collo|spedizione|merce) )?"
               r"(?:dal mittente al destinatario )?"
               r"(?:e )?(?:terminato|concluso|finito|giunto al termine)\b",),
    }),
)
