"""German and Polish carrier phrases whose construction decides against the broad word
beside them, in two groups placed around the outcome steps of status_phrases_outcomes.

GERMAN_POLISH_FIRST_STEPS come before the outcomes. The carrier's own error (a parcel
delivered to the wrong person, forwarded to the wrong depot, a loading error, missing data)
or what its rules stop (prohibited or restricted articles, fees to pay, poor packaging, no
handling at the weekend) is a problem whatever the text says next, as in the outcome steps'
first exception step: "nicht erfolgreiche Zustellung: verbotener Artikel" is no failed
attempt. A parcel left with a neighbour is delivered even where the text first says the
recipient was out ("Empfänger nicht angetroffen - Sendung beim Nachbarn zugestellt").

GERMAN_POLISH_STEPS come right after the outcomes, so a return or a loss named in the same
text still wins, and before the broad words they would otherwise fall to: "Paketshop"
(waiting for pickup) where the recipient has collected the parcel there, or the sender or the
driver has handed it in or taken it away; "abgeholt" (collected) in "Der Empfänger hat das
Paket nicht abgeholt" (unclaimed); "zugestellt" in "konnte nicht wie geplant zugestellt
werden" (a failed attempt) and "Zustellung erfolgt schnellstmöglich" (a delivery still to
come); "Zustellermächtigung" (an authority to deliver, not a driver) where the parcel was
deposited under it; "Zoll" (transit) where the goods are held there; Polish "magazynowanie"
(storage) at the carrier's depot, which is no pickup point, and "załadunek" (loading) onto
the delivery round.

Phrases are folded like the text (lossanalytics.normalise._rules.fold: lower case, accents
off, "ł" kept), whole words. Vocabulary from DPD Germany's status texts as paketda explains
them, Swiss Post's event texts (with its TNT partner's) and DPD Polska's, Orlen Paczka's,
FedEx Poland's and Geis Poland's event texts, and InPost's Polish status descriptions
(lossanalytics/normalise/known_texts/SOURCES.md names each).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

GERMAN_POLISH_FIRST_STEPS: tuple[Step, ...] = (
    ("exception", {
        "de": (r"falschzustellung\w*", r"fehlzustellung\w*",
               r"(?:an|zu|in) (?:einen |ein |das |den |die )?falsche\w* (?:standort|depot|paketzentrum|zustellbasis|filiale)",
               r"fehler (?:\w+ ){0,2}aufgetreten", r"(?:doppelte|fehlende) (?:\w+ ){0,2}sendungsdaten",
               r"(?:verbotene|eingeschrankte)\w* (?:artikel|waren|gegenstande)", r"zahlung von (?:gebuhren|zoll\w*|abgaben)",
               r"(?:unzureichende|ungenugende|mangelhafte)\w* verpackung", r"am wochenende nicht moglich"),
    }),
    ("delivered", {
        "de": (r"(?<!nicht )(?:bei|beim|an) (?:den |dem |einen |einem )?nachbarn? (?:\w+ ){0,2}zugestellt",
               r"zustellung (?:bei|beim|an) (?:den |dem |einen |einem )?nachbarn?(?! (?:\w+ )?nicht)"),
    }),    # Tracking-page words of shipping notifications (fourteenth round), German and Dutch: goods the
    # shop has not yet sent, a page waiting for the carrier's update, expired tracking, a failed
    # delivery named as a noun ("Mislukte levering") and a delivery under way ("Zustellung läuft").
    ("info_received", {
        "de": (r"noch nicht (?:\w+ )?versendet",),
        "nl": (r"nog niet (?:\w+ )?verzonden",),
    }),
    ("unknown", {
        "de": (r"warte\w* auf (?:die )?ubermittlung",),
        "nl": (r"(?:tracking ?informatie|trackinginformatie) (?:\w+ )?nog niet",),
    }),
    ("expired", {
        "de": (r"^abgelaufen$",), "nl": (r"^verlopen$",),
    }),
    ("delivery_failed", {
        "nl": (r"mislukte (?:levering|bezorging|aflevering)",),
    }),
    ("out_for_delivery", {
        "de": (r"zustellung lauft",),
    }),
    # InPost's longer Polish descriptions (fifteenth round). They name what may come next ("if
    # not collected it goes back to the sender"), so they are read before the outcomes: a parcel
    # waiting in a locker or at a point waits for pickup, one the courier collected from the
    # sender or carries on to the chosen locker moves on, one the sender has only prepared is
    # not yet with InPost; an item that does not fit the locker is a problem, one transferred
    # to the store of undeliverable items is lost, a journey "ended" or a return receipt sent
    # back is a delivery.
    ("exception", {
        "pl": (r"nie miesci sie w skrytce",),
    }),
    ("lost", {
        "pl": (r"magazyn\w* (?:\w+ ){0,1}niedoreczaln\w*",),
    }),
    ("delivered", {
        "pl": (r"podroz (?:\w+ ){0,6}zakonczyła sie", r"zwrotne potwierdzenie odbioru"),
    }),
    ("available_for_pickup", {
        "pl": (r"(?:czeka|oczekuje) (?:na odbior )?w (?:\w+ ){0,2}(?:automacie|paczkomacie|punkcie|paczkopunkcie)",
               r"prosimy o odebranie"),
    }),
    ("in_transit", {
        "pl": (r"odebrał\w* (?:\w+ ){0,2}(?:od nadawcy|nadan\w*)", r"odebran\w* od (?:nadawcy|klienta)",
               r"trafiła do oddziału", r"w mie[sś]cie odbiorcy", r"jedzie do miasta",
               r"(?:transportowan\w*|przewożon\w*) miedzy", r"w drodze do (?:\w+ ){0,3}(?:automatu|paczkomatu)",
               r"wiezie (?:\w+ ){0,2}(?:paczke|przesyłke) do", r"zabierze do (?:\w+ ){0,3}automatu",
               r"nadawca przekazał", r"oczekuje na wyjecie z automatu", r"przekierowan\w*"),
    }),
    ("info_received", {
        "pl": (r"oferty dla przesyłki", r"wybrał\w* (?:\w+ ){0,3}ofert", r"jeszcze sie nie rozpoczeła",
               r"przygotował\w* (?:\w+ ){0,1}do nadania", r"przygotowana przez nadawce",
               r"wkrotce zostanie przekazana w nasze rece"),
    }),
    ("out_for_delivery", {
        "pl": (r"przekazana kurierowi w celu (?:dostarczenia|doreczenia)", r"trafi do odbiorcy najpozniej"),
    }),
)

GERMAN_POLISH_STEPS: tuple[Step, ...] = (
    # Late, held or not fit for carriage, with the delivery still to come: a problem.
    ("exception", {
        "de": (r"empfanger\w* (?:\w+ ){0,4}nicht abgeholt", r"nicht (?:\w+ ){0,3}(?:vom|durch den) empfanger\w* abgeholt",
               r"festgehalten", r"nicht termingerecht", r"nicht versandfahig",
               r"(?:verzogerung|verspatung|verspatete)\w* (?:\w+ ){0,6}(?:zustellung|verladung|weiterleitung) (?:erfolgt )?"
               r"(?:schnellstmoglich|baldmoglichst)"),
        # Not delivered as agreed, the carrier apologising: late on its side, not a failed attempt.
        "nl": (r"niet volgens (?:de )?afspraak",),
    }),
    # No way in at the address, nobody to reach, or delivery not possible as planned: a failed attempt.
    ("delivery_failed", {
        "de": (r"(?:konnte|konnten|kann) (?:\w+ ){0,1}nicht (?:\w+ ){0,4}zugestellt werden",
               r"zugangscode (?:\w+ ){0,2}(?:erforderlich|notwendig|benotigt)", r"empfanger\w* nicht erreichbar"),
    }),
    # Collected or received by the recipient, even at a parcel shop, or left where agreed.
    ("delivered", {
        "de": (r"abholung (?:\w+ ){0,4}durch (?:den )?empfanger\w*",
               r"(?:ablieferung|zustellung|ubergabe) an (?:eine |einen )?dritte\w* person",
               r"hinterleg\w* (?:\w+ ){0,6}vereinbarte\w* (?:ort|stelle)", r"vereinbarte\w* (?:ort|stelle) hinterlegt",
               r"zustellbestatigung", r"deponiert (?:mit|gemass|laut) (?:\w+ ){0,2}(?:zustellermachtigung|vollmacht)"),
        "pl": (r"^dostarczenie$",),
    }),
    ("available_for_pickup", {
        "de": (r"zur abholung (?:gemeldet|avisiert|am schalter)", r"abholungseinladung", r"bereit zur abholung",
               r"(?:aufbewahrungsfrist|lagerfrist|abholfrist)\w* (?:\w+ ){0,3}verlangert"),
    }),
    # Only the sender's data so far.
    ("info_received", {
        "de": (r"datenubermittlung", r"dateneinlieferung"),
        "pl": (r"w trakcie przygotowania(?! do)",),
    }),
    # Handed in by the sender, or taken away by the driver, at a parcel shop; a delivery still
    # to come: moving on.
    ("in_transit", {
        "de": (r"(?:durch|vom) (?:den )?(?:versender|absender) (?:\w+ ){0,4}(?:ubergeben|abgegeben|eingeliefert)",
               r"abholung (?:vo[nm]|aus dem|im) (?:\w+ ){0,3}(?:paketshop|packstation|filiale) durch (?:den )?(?:\w+ )?"
               r"(?:zusteller|fahrer|kurier)",
               r"zustellung erfolgt (?:so )?(?:schnellstmoglich|baldmoglichst|bald)"),
        "pl": (r"magazynowanie (?:przesyłki |paczki )?w oddziale",),
    }),
    ("damaged", {
        "de": (r"bruch (?:im|in der|beim) (?:gewahrsam|transport|depot)",),
    }),
    ("out_for_delivery", {
        "pl": (r"załadunek na rozwoz", r"(?:w|na) rozwozie"),
    }),
)
