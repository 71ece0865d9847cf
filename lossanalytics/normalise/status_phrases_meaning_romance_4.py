"""Italian read by grammar and meaning, fifth pass (twenty-eighth round): how BRT, Poste Italiane, SDA, GLS
Italy, TNT/FedEx Italy and Nexive, shops' e-mails and apps word a hold, a failed attempt, a delay and its end.

ROMANCE_4_FIRST_STEPS, tried just before status_phrases_meaning_romance_3's first steps, decide against a broad
word the sentence around it overrules:

- a card, a payment or an order's payment refused or late ("Carta rifiutata", "Ritardo nel pagamento
  dell'ordine") says nothing of the parcel;
- a delivery missed for the carrier's own cause, now also "per cause tecniche", "per ritardo del mezzo" or
  "per forza maggiore", and a shipment not found at the sorting centre are holds, not attempts at the door;
  an abbreviated storage with its cause ("GIAC. X INDIRIZZO ERRATO") is a hold like the written-out one;
- a delay recovered and the parcel "in consegna", the courier "in viaggio per consegnare", a delivery "tra le
  14:00 e le 18:00" with no later day, a parcel "in riconsegna" are the round;
- a delay denied ("Nessun ritardo previsto"), no problem found, duties paid, a shipment unblocked, a text opening
  with an attempt or a delivery planned for a later day (after a failure named first, the failure decides), "recapitata al centro di distribuzione" move on;
- "consegnato all'ufficio postale per il ritiro", "pronto per essere ritirato", a recipient who will collect it
  at the branch wait for the recipient; a cash on delivery collected is a delivery.

ROMANCE_4_LATE_STEPS, tried just before status_phrases_meaning_romance_3's late steps, read what nothing else
reads: information asked of the sender, a shipment to unblock, an administrative or customs stop, an area not
served or under restrictions, a parcel searched for, misaddressed or sent to the wrong depot, papers found
irregular (holds); abbreviated address faults, a recipient unreachable by telephone (failed attempts); a loss
established, a parcel "perso", goods broken, a parcel on its way back to the seller, a parcel found again.

What was assumed (DESIGN §4): a "giacenza" with a cause or at a courier's depot is a hold (exception), a
"giacenza" at a post office, a pickup point or with a notice of storage waits for the recipient; "Collo
distrutto" is left to the existing reading (destroyed, as disposed of, is lost).

Written by the team from the language's grammar to DESIGN §4's statuses (tests/test_status_meaning_romance_5.py
holds the examples); no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_IT_LATER_DAY = r"(?:domani|dopodomani|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)"
_IT_NO_LATER_DAY = r"(?!.*\b" + _IT_LATER_DAY + r"\b)"
# The carrier's own causes: a delivery missed for them is a hold, not an attempt at the door.
_IT_CARRIER_CAUSE = (r"(?:ritardo|sciopero|maltempo|guasto|avaria|traffico|neve|disservizio|"
                     r"caus\w* tecnic\w*|problem\w* tecnic\w*|caus\w* operativ\w*)")
_IT_PICKUP_PLACE = r"(?:ufficio postale|punto (?:di )?ritiro|punto poste|punto brt|fermopoint|locker)"

ROMANCE_4_FIRST_STEPS: tuple[Step, ...] = (
    # A card or a payment refused, an order's payment late: nothing about the parcel.
    ("unknown", {
        "it": (r"^(?:la )?(?:carta|pagamento|transazione|addebito)(?: \w+){0,3} (?:rifiutat|negat|non riuscit|fallit)\w*(?: \w+){0,3}$",
               r"^ritardo (?:nel |del )pagamento\b"),
    }),
    # An intercom, a bell or a gate out of order is the recipient's side: the attempt failed.
    ("delivery_failed", {
        "it": (r"(?:citofono|campanello|cancello|portone|ascensore) (?:\w+ )?(?:guast|rott|non funzionant)\w*",),
    }),
    # Missed for the carrier's own cause, not found at the sorting centre, an abbreviated storage with its cause.
    ("exception", {
        "it": (r"(?:non consegnat\w*|consegna non (?:effettuat|eseguit|possibil|riuscit)\w*|mancata consegna) (?:\w+ ){0,3}"
               r"(?:per|causa|a causa d\w*|dovut\w* a) (?:\w+ ){0,2}" + _IT_CARRIER_CAUSE,
               r"(?:spedizione|pacco|collo|merce) non (?:trovat|rintracciat|reperit)\w* (?:al|nel|presso)",
               r"\bgiac(?:enza)? (?:x |per |causa )?(?:ind|indirizzo|dest|destinatario|rifiuto|civico|cap|contrassegno)\b"
               r"(?!.*\b(?:ufficio postale|punto|locker|fermopoint)\b)",
               r"\bgiac (?:x|per|causa)\b",
               r"(?:spedizione|pacco|collo|consegna|merce) (?:\w+ )?(?:bloccat|ferm[oa]|sospes)\w* (?:per|causa|a causa d\w*)\b"),
    }),
    # The round: a delay recovered with the parcel out, the courier on the way to deliver, a window today,
    # a redelivery under way.
    ("out_for_delivery", {
        "it": (r"ritardo (?:recuperat|risolt|rientrat)\w* (?:\w+ ){0,3}in consegna\b" + _IT_NO_LATER_DAY,
               r"(?:corriere|autista|fattorino|postino|driver) (?:e )?in viaggio per (?:la )?consegn\w*" + _IT_NO_LATER_DAY,
               _IT_NO_LATER_DAY + r"(?:sara|verra|saranno|verranno) (?:\w+ )?(?:consegnat|recapitat)\w* (?:\w+ )?(?:tra|fra|dalle) (?:le )?\d+",
               r"(?<!richiesta )(?<!richiesta di )in riconsegna\b" + _IT_NO_LATER_DAY),
    }),
    # Moving on: no delay, no problem, duties paid, unblocked, a day named later, handed to a centre.
    ("in_transit", {
        "it": (r"(?:nessun|senza) (?:ritard|problem)\w*(?!.*\b(?:consegnat|recapitat|ritirat)\w*)",
               r"(?:dazi|diritti doganali|oneri doganali) (?:\w+ ){0,2}(?:pagat|saldat|versat|corrispost)\w*",
               r"(?:spedizione|pacco|collo|consegna) sbloccat\w*", r"ritardo (?:recuperat|risolt|rientrat)\w*",
               r"^(?:\w+ ){0,2}(?:tentativo di consegna|consegna) (?:\w+ ){0,3}(?:previst|programmat|pianificat)\w* (?:\w+ )?" + _IT_LATER_DAY + r"\b",
               r"consegnabil\w* (?:\w+ )?" + _IT_LATER_DAY + r"\b",
               r"(?<!non )recapitat\w* (?:al|allo|alla|ai|all|in) (?:\w+ ){0,2}(?:centro|hub|deposito|filiale|magazzino|piattaforma)\b"),
    }),
    # Waiting for the recipient at a post office or pickup point, or to be collected by them; cash on delivery
    # collected is a delivery.
    ("available_for_pickup", {
        "it": (r"(?<!non )consegnat\w* (?:all|al|presso|presso l) " + _IT_PICKUP_PLACE + r"\b(?!.*\b(?:mittente|venditore|negozio|partenza|accettazione)\b)",
               r"pront[oaie] per essere ritirat\w*",
               r"(?:destinatari\w*|client\w*) ritirer(?:a|anno)\b"),
    }),
    ("delivered", {
        "it": (r"(?:pagamento (?:del )?)?contrassegno (?:\w+ )?(?:ricevut|incassat|riscoss)\w*",),
    }),
)

ROMANCE_4_LATE_STEPS: tuple[Step, ...] = (
    # Holds: information asked, a shipment to unblock, an administrative stop, an area not served, a search,
    # misaddressed or sent to the wrong depot, irregular papers.
    ("exception", {
        "it": (r"richiest\w* (?:di )?informazioni (?:al|dal|del) mittente", r"per sbloccare\b",
               r"fermo (?:amministrativ|doganal|sanitari|fiscal)\w*",
               r"(?:localita|zona|cap|indirizzo|area) (?:\w+ )?non servit\w*", r"soggett\w* a restrizion\w*",
               r"(?:collo|pacco|spedizione|merce) (?:\w+ )?in ricerca\b", r"ricerca (?:del |della )?(?:collo|pacco|spedizione) in corso",
               r"mal indirizzat\w*", r"(?:inviat|spedit|instradat)\w* per errore",
               r"irregolarita (?:\w+ ){0,3}(?:documentazion|document|dichiarazion)\w*"),
    }),
    # Failed attempts in abbreviations, or a recipient not reachable by telephone.
    ("delivery_failed", {
        "it": (r"\bind (?:insuff|errat|incomplet|inesatt)\w*",
               r"(?:manca|mancante|senza|nessun) (?:il )?(?:n |nr |num |numero )?civico",
               r"(?:destinatari\w*|client\w*) (?:\w+ )?non (?:raggiungibil|contattabil|reperibil)\w* (?:telefonicamente|al telefono)"),
    }),
    ("lost", {
        "it": (r"smarrimento (?:accertat|confermat|dichiarat)\w*",
               r"(?<!non )(?<!non e )(?:pacco|collo|spedizione|merce|plico) (?:\w+ )?(?:andat[oa] )?pers[oa]\b"),
    }),
    ("damaged", {
        "it": (r"(?<!non )(?:merce|contenuto|articolo|prodotto|collo|pacco) (?:\w+ )?rott[oaie]\b",),
    }),
    ("returned", {
        "it": (r"(?:sta|stanno) (?:tornando|rientrando) (?:al|dal) (?:mittente|venditore|negozio)",),
    }),
    ("in_transit", {
        "it": (r"(?:spedizione|pacco|collo|merce) ritrovat\w*",),
    }),
)
