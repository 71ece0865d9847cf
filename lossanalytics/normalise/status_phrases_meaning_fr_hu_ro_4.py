"""Hungarian read by grammar and meaning, fifth pass (twenty-eighth round): how Trans-Sped, GLS Hungary, Magyar
Posta, Express One, Foxpost and DPD Hungary, shops' e-mails and apps word a hold, a failed attempt, a delay and
their negations.

HU_FIRST_STEPS_4, tried before status_phrases_meaning_fr_hu_ro_3's Romanian and Hungarian first steps (so
before every Hungarian step, which reads "kézbesítve", "késik", "sérült", "elveszett", "hibás cím",
"megtagadva" and "érkezik" whatever surrounds them), decide against such a word:

- a message, a payment or a refund ("SMS értesítés kézbesítve", "A fizetés megtagadva", "A visszaküldött
  termék összegét jóváírtuk") says nothing of the parcel;
- a delay denied ("Késés nélkül", "Nem késik"), a parcel not damaged or not lost, an address corrected, a parcel
  cleared through customs or due on a named day move on, and one "kézbesítve" to customs or the courier is a
  hand-over; not damaged and "kézbesítve" is a delivery, not lost but late a hold;
- arriving later than planned, a storage or a hold with its reason ("Raktárban visszatartva hibás cím miatt"),
  the sender's instructions awaited, a check after damage, an irregularity, a parcel sorted or routed wrongly, a
  parcel that never reached the depot, customs clearance awaited are holds;
- a refusal outweighs the damage given after it as its reason (a damaged parcel named first, then refused, is
  left to the reading of damage);
- a parcel "kézbesítve" to a pickup point and "vegye át a postán" wait for the recipient; a courier coming for
  the parcel at the sender, a collection from the sender that failed are only data.

HU_LATE_STEPS_4, tried before status_phrases_meaning_fr_hu_ro_3's late steps, read what nothing else reads: a
search, a parcel not loaded, an inspection (holds); an address or a house number not found, a recipient not
known at the address or away, cash on delivery that could not be paid (failed attempts); a parcel handed out to
the recipient or collected at the post office (delivered).

What was assumed (DESIGN §4): customs clearance under way ("Vámkezelés alatt") moves on, as
lossanalytics/normalise/known_texts/carrier_texts.csv's Hungarian status reads it, while clearance awaited ("vámolásra vár") is a hold
as "Vámkezelésre vár" already is; a parcel stored at a depot is a hold, at a post office or pickup point it
waits for the recipient; "megsemmisült" (destroyed) is left unread.

Written by the team from the language's grammar to DESIGN §4's statuses (tests/test_status_meaning_fr_hu_ro_5.py
holds the examples); no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_meaning_fr_hu_ro_2 import HU_PICKUP_PLACE
from lossanalytics.normalise.status_phrases_outcomes import Step

# A post office or a pickup place, where a stored parcel waits for the recipient rather than a hold.
_HU_NOT_AT_PICKUP = r"(?!.*\b(?:posta\w*|atveheto\w*|" + HU_PICKUP_PLACE + r"\w*)\b)"
_HU_LATER_DAY_TO = r"(?:hetfore|keddre|szerdara|csutortokre|pentekre|szombatra|holnapra|holnaputanra)"

HU_FIRST_STEPS_4: tuple[Step, ...] = (
    # A message, a card payment or a refund: nothing about the parcel.
    ("unknown", {
        "hu": (r"^(?:az? )?(?:sms|e ?mail|email|ertesites|ertesito|uzenet)(?: \w+){0,3} "
               r"(?:kezbesitve|elkuldve|kikuldve|(?:kezbesitese )?sikertelen)$",
               r"^(?:a )?(?:fizetes|tranzakcio)(?: \w+){0,2} (?:megtagadva|sikertelen)$",
               r"(?:osszeg|penz|vetelar)\w* (?:\w+ )?(?:jovairt|jovairva|visszautal|visszaterit)\w*"),
    }),
    # Not late, not damaged, not lost, an address corrected, cleared, due on a named day, handed to customs or
    # the courier: moving on. Not damaged and delivered: a delivery.
    ("delivered", {
        "hu": (r"(?:nem serult\w*|serulesmentes\w*) (?:\w+ ){0,2}kezbesitve\b",),
    }),
    ("in_transit", {
        "hu": (r"kes\w* nelkul", r"nem kes(?:ik|nek)\b(?!.*\bkezbesitve)",
               r"(?:nem serult|serulesmentes)\w*(?!.*\b(?:kezbesitve|megtagad\w*)\b)",
               r"nem (?:veszett el|elveszett)\b(?!.*\bkes\w*)",
               r"(?:cim|cimadat)\w* (?:\w+ )?(?:javitva|javitottuk|pontositva|pontositottuk|modositva|frissitve)",
               r"vamkezelve",
               r"(?:kezbesites|kiszallitas|erkezes)\w* (?:\w+ )?" + _HU_LATER_DAY_TO + r" (?:varhato|tervezett)",
               r"(?<!nem )kezbesitve (?:a |az )?(?:vam\w*|futar\w*)"),
    }),
    # A refusal outweighs the damage given as its reason.
    ("delivery_failed", {
        "hu": (r"megtagad\w* (?:\w+ ){0,4}serult\w*",),
    }),
    # Later than planned, held or stored for a reason, instructions awaited, a check after damage, an
    # irregularity, sorted or routed wrongly, never at the depot, customs clearance awaited: a hold.
    ("exception", {
        "hu": (r"nem (?:veszett el|elveszett)\w* (?:\w+ ){0,2}kes\w*",
               r"(?:kesobb|kesve|kesessel) (?:\w+ )?(?:erkezik|erkezhet|erkeznek|kezbesitjuk|kezbesitik|szallitjuk)\b",
               r"(?:visszatart|tarol|felfuggeszt)\w* (?:\w+ ){0,4}miatt\b" + _HU_NOT_AT_PICKUP,
               r"(?:felado|feladoi|megbizo)\w* (?:\w+ )?(?:utasitas|rendelkezes|intezkedes|dontes)\w*"
               r"(?!.*\b(?:visszakuld|visszaszallit|visszakezbesit)\w*)",
               r"(?:serules|serult (?:\w+ )?(?:csomagolas|doboz))\w* miatt (?:\w+ )?(?:ellenorz|vizsgal|atvizsgal)\w*", r"rendellenesseg\w*",
               r"(?:hibasan|tevesen|rosszul) (?:\w+ )?(?:szortiroz|iranyit|tovabbit|valogat)\w*",
               r"rossz (?:cimre|depoba|helyre|iranyba) (?:\w+ )?(?:iranyit|kerult|szallit|tovabbit|kuld)\w*",
               r"nem (?:erkezett|erkezik) (?:meg )?(?:\w+ ){0,4}(?:depo|raktar|kozpont|telephely|postara)\w*",
               r"vamolas\w* (?:var|varakozik)\b"),
    }),
    # Handed to a pickup point ("-ra/-re", "-ba/-be": into it; not "(PostaPont)" alone, which may name where the
    # recipient collected it), "pick it up at the post office": waiting for the recipient.
    ("available_for_pickup", {
        "hu": (r"(?<!nem )kezbesitve (?:a |az )?(?:\w+ )?" + HU_PICKUP_PLACE + r"\w*(?:ra|re|ba|be|ban|ben)\b",
               r"(?:vegye|vedd) at (?:\w+ )?(?:a |az )?(?:postan|" + HU_PICKUP_PLACE + r")"),
    }),
    # A courier coming for the parcel at the sender, a collection that failed: only data.
    ("info_received", {
        "hu": (r"(?:csomagert|kuldemenyert|\w*felvetelre) (?:\w+ ){0,2}(?:a |az )?(?:feladohoz|eladohoz|kuldohoz)",
               r"(?:csomag)?felvetel\w* (?:\w+ )?(?:sikertelen|meghiusult|elmaradt)"),
    }),
)

HU_LATE_STEPS_4: tuple[Step, ...] = (
    # A search, a parcel not loaded or processed, an inspection: a hold.
    ("exception", {
        "hu": (r"keres\w* (?:folyamatban|indult|elinditva|alatt)",
               r"nem kerult (?:\w+ )?(?:felrakasra|kiszallitasra|feldolgozasra|tovabbitasra|jaratra)",
               r"atvizsgal\w* (?:alatt|folyamatban)"),
    }),
    # The address or the recipient not found or unknown there, away, cash on delivery not paid: a failed attempt.
    ("delivery_failed", {
        "hu": (r"nem talalhato (?:a |az )?(?:hazszam|cim|cimzett|utca|epulet|kapu)\w*",
               r"(?:hazszam|cim|cimzett|utca|epulet)\w* nem talalhato", r"nem ismerik (?:a |az )?cimzett\w*",
               r"nincs ilyen (?:cim|utca|hazszam|cimzett|nev)\w*", r"nem lelhet\w* fel", r"cimzett (?:\w+ )?tavol\b",
               r"utanvet\w* (?:\w+ ){0,2}nem (?:tudta|tudtak|tudja|akarta|akartak) (?:ki)?fizetni",
               r"utanvet\w* (?:\w+ )?(?:kifizetes|megfizetes)\w* (?:elmaradt|sikertelen|nem tortent meg)"),
    }),
    # Handed out to the recipient, collected at the post office: delivered.
    ("delivered", {
        "hu": (r"(?:kiadva|kiadtuk) (?:a |az )?cimzett\w*", r"^atveve (?:a |az )?postan$"),
    }),
)
