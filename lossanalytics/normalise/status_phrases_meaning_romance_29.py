"""Italian tracking texts read by their meaning, twenty-ninth Romance pass (round 99): the delivery that did not
happen and the parcel at a branch, as an Italian Shopify app's ACS labels and a BRT tracking scraper's status lines
word them ("Consegna non completata", "Consegna riprogrammata", "In filiale").

- ROMANCE_29_LATE_STEPS come just before status_phrases_meaning_romance_27's late steps and read only texts nothing
  else reads: a delivery not completed ("consegna non completata", as "consegna non effettuata" already reads) is a
  failed delivery; a delivery rescheduled or put off ("consegna riprogrammata", "consegna rinviata") without a reason
  is a delay, an exception, as "In ritardo" and "Entrega reprogramada" read; a shipment "in filiale" as the whole
  text is at a branch of the carrier on its way, movement (a parcel waiting there for the recipient says so:
  "disponibile in filiale" is read as ready for pickup before this).

Left alone on purpose: "Stato ACS da verificare" and "In verifica ACS" (whose check the words do not say; kept as the
earlier passes read "verifica", an exception, as "Pendiente de verificación" is); "Problema rilevato durante la
consegna" (a problem during the delivery round: the failed attempt is not said, kept an exception); "Spedizione
confermata, pronta per ritiro" (ready to be collected by the courier or by the recipient, not said).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_29.py holds the examples); no
carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ROMANCE_29_LATE_STEPS: tuple[Step, ...] = (
    # The delivery not completed: it failed.
    ("delivery_failed", {
        "it": (r"\bconsegna (?:non (?:e stata )?completata|non portata a termine)\b",),
    }),
    # The delivery rescheduled or put off, no reason given: a delay.
    ("exception", {
        "it": (r"\bconsegna (?:e stata )?(?:riprogrammata|rinviata|posticipata)\b",),
    }),
    # At a branch of the carrier as the whole text: on its way.
    ("in_transit", {
        "it": (r"^(?:spedizione |pacco )?(?:arrivat[oa] )?in filiale$",),
    }),
)
