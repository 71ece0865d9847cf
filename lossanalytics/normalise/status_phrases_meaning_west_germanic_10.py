"""German and Dutch shipment states read by their meaning, tenth West Germanic pass (round 78): a German parcel app's
glosses of a tracking platform's statuses ("Kurier hat Paketinfo empfangen, steht kurz vor Abholung", "Rücksendung,
Beschädigung, Verlust oder sonstige Ausnahme", "Keine Aktualisierung seit 30/60 Tagen", "Abflug vom Flughafen",
"Empfänger vor Zustellung kontaktiert", "beim Nachbarn / vor der Tür hinterlassen", "Adressproblem", "nicht
abgeholt", "Zollbeschlagnahmung"), a parcel card's "In Vorbereitung" and a Dutch transport company's driver app
("Ontvanger heeft de zending niet aangenomen", "Contactpersoon niet bereikbaar").

Two groups:
- WEST_GERMANIC_EARLY_STEPS_10, just before WEST_GERMANIC_EARLY_STEPS_9 (before the outcome words): a list of
  possibilities that ends in "or some other exception" (oder sonstige Ausnahme / Störung / Probleme) names the
  exception class; read before the outcome words, which would find return, damage and loss in it and leave the text
  unread as naming several outcomes. A text that ends in "not collected" ("… nicht abgeholt": not "noch nicht", not
  after the courier or driver, whose pickup from the sender it would be) and names no return is a problem too, read
  here because the collection words ("vom Empfänger abgeholt", "in der Filiale abgeholt") would read it delivered;
  with a return named ("an den Absender zurück, da nicht abgeholt") the return steps read it.
- WEST_GERMANIC_LATE_STEPS_10, just before WEST_GERMANIC_LATE_STEPS_9 (after the outcome words, before the broad
  movement words that read "abgeholt" or "Zoll…" as movement): a parcel not collected (not "noch nicht": not yet
  picked up from the sender) and a seizure by customs are problems; no update since some time has expired; a
  departure flight is movement; parcel data or information received, a pickup by the courier about to happen and "in
  Vorbereitung" are information received; the recipient contacted before delivery is the last leg; a parcel left in
  front of the door or with a neighbour is delivered; an address problem (the compound, "Adressproblem",
  "Anschriftsproblem") is a failed delivery, while "Problem mit der Adresse" stays with the problem word; in Dutch,
  not accepted or not taken in by the recipient (not "nog niet", not by a carrier, driver or depot: a handover not
  yet made) and a recipient, contact or address not reachable are failed deliveries, read before the broad words
  take "aangenomen" as movement. Left alone: "Paket ist unterwegs zum Empfänger" (on its way to the recipient),
  which the last-leg words read; the platform's class is movement, but the words do not say which leg.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team to DESIGN §4 from German grammar (examples in
tests/test_status_meaning_west_germanic_10.py), not copied from any publisher."""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# "nicht abgeholt" not after "noch" / "bisher" (not yet), nor after the courier, driver or carrier (a pickup from
# the sender), nor after "das Paket" / "die Sendung" (the recipient steps read "… hat das Paket nicht abgeholt").
_NOT_AFTER = r"(?<!noch )(?<!bisher )(?<!kurier )(?<!fahrer )(?<!zusteller )(?<!paket )(?<!sendung )"

WEST_GERMANIC_EARLY_STEPS_10: tuple[Step, ...] = (
    # A list that ends in "or some other exception": the exception class itself.
    ("exception", {
        "de": (r"\b(?:oder|und) (?:eine |andere |jede )?sonstige (?:ausnahme|storung|probleme?)\b",
               r"^(?!.*\b(?:zuruck\w*|ruck\w*|retour\w*|absender|versender)\b)(?:\w+ ){0,8}?" + _NOT_AFTER
               + r"nicht (?:\w+ ){0,2}abgeholt(?: worden)?$"),
    }),
)

WEST_GERMANIC_LATE_STEPS_10: tuple[Step, ...] = (
    # Not collected by its recipient (not "not yet" picked up from the sender); seized by customs: a problem.
    ("exception", {
        "de": (_NOT_AFTER + r"\bnicht (?:\w+ ){0,2}abgeholt\b(?!.{0,40}\b(?:kurier|fahrer|zusteller|abholer)\w*)",
               r"\b(?:zoll)?beschlagnahm\w*", r"\bvom zoll (?:\w+ )?(?:einbehalten|festgehalten)\b"),
    }),
    # No update for a time: tracking given up.
    ("expired", {
        "de": (r"\bkeine (?:aktualisierung|aktualisierungen|updates?|neuen (?:informationen|daten|ereignisse))"
               r"(?: mehr)? seit\b",),
    }),
    # A departure flight: moving.
    ("in_transit", {
        "de": (r"^abflug\b", r"\babflug (?:vom|ab|aus dem) (?:\w+ )?(?:flughafen|abflughafen)\b"),
    }),
    # Parcel data or information received, a pickup by the courier about to happen, in preparation: only data so far.
    ("info_received", {
        "de": (r"\b(?:paket|sendungs)(?:info|informationen|daten) (?:\w+ )?(?:empfangen|erhalten)\b",
               r"\bsteht kurz vor (?:der )?abholung\b", r"^(?:(?:paket|sendung|bestellung) )?in vorbereitung$"),
    }),
    # The recipient contacted before delivery: the delivery is under way.
    ("out_for_delivery", {
        "de": (r"\bvor (?:der )?zustellung (?:telefonisch )?(?:kontaktiert|angerufen|benachrichtigt)\b",),
    }),
    # Left in front of the door, or with a neighbour: delivered.
    ("delivered", {
        "de": (r"\bvor der (?:haus|wohnungs)?tur (?:hinterlassen|abgelegt|abgestellt)\b",
               r"\bbeim nachbarn (?:hinterlassen|abgegeben|abgelegt)\b"),
    }),
    # An address problem; not accepted by the recipient (not "nog niet": not yet taken in by a carrier); the
    # recipient, contact or address not reachable: the delivery failed.
    ("delivery_failed", {
        "de": (r"\b(?:adress|anschrift)s?problem\w*",),
        "nl": (r"(?<!nog )\bniet (?:aangenomen|geaccepteerd|in ontvangst genomen)\b"
               r"(?!.{0,30}\b(?:vervoerder|bezorger|koerier|chauffeur|depot|sorteercentrum)\w*)",
               r"\b(?:contactpersoon|ontvanger|geadresseerde|klant|(?:bezorg)?adres) (?:was |is )?niet bereikbaar\b"),
    }),
)
