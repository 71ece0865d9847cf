"""Azerbaijani read by its meaning, eleventh Slavic and Turkic pass (round 49): a parcel forwarder's statuses between
a warehouse abroad and the buyer in Azerbaijan ("Öncədən bəyan edilib", "Bəyannaməsiz", "Gömrük tərəfindən
saxlanılıb", "Kuryerə təhvil verilib", "Geri qaytarılmaya hazır").

SLAVIC_TURKIC_STEPS_11, tried just before SLAVIC_TURKIC_STEPS_9, read only texts nothing else reads:

- a parcel declared in advance ("bəyan edilib") is only data; one without its declaration ("bəyannaməsiz") waits for
  the papers and is held, as are a customs inspection ("gömrük yoxlanışında") and a customs hold ("saxlanılıb");
- at the warehouse abroad, prepared for the flight, set off, sorting and prepared for the courier move on;
- handed to the courier ("kuryerə təhvil verilib") is the last leg, handed over alone ("təhvil verilib") delivers;
- given back ("iadə / iade edilib") and ready to be sent back ("geri qaytarılmaya hazır") are returns.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, "ə" kept); whole texts or words.
Written by the team from DESIGN §4's statuses (tests/test_status_meaning_slavic_turkic_11.py holds the examples); no
forwarder's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

SLAVIC_TURKIC_STEPS_11: tuple[Step, ...] = (
    # Given back, or ready to be sent back: a return.
    ("returned", {
        "az": (r"^i?ad[eə] edil(?:ib|di)$",
               r"\bgeri qaytarilmaya hazir\b",
               r"\bgeri qaytaril(?:ib|di)\b"),
    }),
    # Without its declaration, under customs inspection or held by customs: held.
    ("exception", {
        "az": (r"^bəyannaməsiz$",
               r"\bgomruk yoxlanis\w*",
               r"\bgomruk\w* (?:tərəfindən )?saxlanil\w*"),
    }),
    # Handed to the courier: the last leg; handed over alone: delivered.
    ("out_for_delivery", {
        "az": (r"\bkuryerə təhvil veril\w*",),
    }),
    ("delivered", {
        "az": (r"^təhvil veril(?:ib|di)$",),
    }),
    # Declared in advance: the forwarder only has the data.
    ("info_received", {
        "az": (r"^(?:oncədən )?bəyan edil(?:ib|di)$",),
    }),
    # At the warehouse abroad, prepared for the flight, set off, sorting, prepared for the courier: moving on.
    ("in_transit", {
        "az": (r"\bxaricdəki anbar(?:da|a)\b",
               r"\bucusa hazirlan\w*",
               r"^yola dus(?:ub|du)$",
               r"^cesidlə[mn]\w*$",
               r"\bkuryerə hazirlan\w*"),
    }),
)
