"""Hungarian and Romanian shipment and order states read by their meaning, twelfth pass of the French, Hungarian and
Romanian family (round 66): a courier app's and a parcel tracker's states ("Előjegyezve", "Felvétel kiosztva",
"Kiszállítás kiosztva", "Csomag a futárnál. Depóba tart."), a shop's order states and their e-mails ("Fizetve",
"Futárnak átadva", "Fizetésed megérkezett, rendelésedet előkészítjük a szállításra.") and a courier integration's
common states ("inregistrat").

FR_HU_RO_FIRST_STEPS_12 come just before the fourth pass's Hungarian first steps, where the Hungarian carriers' words
would read these texts otherwise: a parcel with the courier on its way to the depot ("depóba tart") is moving, before
"a futárnál" (with the courier) reads it out for delivery; an order being prepared for shipping or whose payment has
arrived ("előkészítjük a szállításra", "fizetésed megérkezett") has not reached the carrier, before "megérkezett"
(arrived) reads a movement.

FR_HU_RO_LATE_STEPS_12 come just before the eleventh pass's late steps and read only texts nothing else reads, each
the whole text: pre-registered, a collection assigned to a courier, paid, and a bare "înregistrat" (registered) have
not reached the carrier (DESIGN §4: information received); a delivery assigned to a courier, before it goes out, and
a parcel handed to the courier or the courier service are on their way. Left alone: "Átadva" alone (handed over: to
whom not said); "Fizetésre vár" (a payment awaited) and "amânat" (postponed) stay what earlier steps read (customs
charges awaited, a hold).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off); whole words. Written by the team
from DESIGN §4's statuses (tests/test_status_meaning_fr_hu_ro_13.py holds the examples, named one on, as the eleventh
pass's test is); no platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

FR_HU_RO_FIRST_STEPS_12: tuple[Step, ...] = (
    # Being prepared for shipping, the payment arrived: the shop's, before "megérkezett" reads a movement.
    ("info_received", {
        "hu": (r"\belokeszitjuk a szallitasra\b", r"^fizetese(?:d|tek)? megerkezett\b"),
    }),
    # With the courier on the way to the depot: moving, before "a futárnál" reads it out for delivery.
    ("in_transit", {
        "hu": (r"\bdepoba (?:tart|szallitjuk|kerul)\b",),
    }),
)

FR_HU_RO_LATE_STEPS_12: tuple[Step, ...] = (
    # Pre-registered, a collection assigned, paid, registered: not yet with the carrier.
    ("info_received", {
        "hu": (r"^(?:csomag |kuldemeny )?elojegyezve$", r"^(?:csomag)?felvetel (?:futarnak )?kiosztva$",
               r"^(?:rendeles )?fizetve$"),
        "ro": (r"^(?:awb |expediere |colet )?inregistrat[a]?$",),
    }),
    # A delivery assigned to a courier, handed to the courier or the courier service: on its way.
    ("in_transit", {
        "hu": (r"^kiszallitas (?:futarnak )?kiosztva$", r"^(?:csomag |rendeles )?futar(?:nak|szolgalatnak) atadva$"),
    }),
)
