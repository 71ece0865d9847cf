"""Portuguese tracking texts read by their meaning, thirteenth Romance pass (round 54): a shop's delivery-treatment
labels and a Brazilian last-mile carrier's tracking messages for the last leg and its failures ("Em devolução - Recusa
do cliente", "Cliente desconhecido", "Região inacessível", "Entrega malsucedida").

The reading follows where the parcel is and whose move is awaited:
- ROMANCE_13_FIRST_STEPS come just before status_phrases_meaning_romance_12's first steps, where the reason would
  decide first ("recusa do cliente" a refusal, "endereço errado" a failed delivery): a parcel named first as on its
  way back ("Em devolução") with its reason after it is a return; "em devolução ao remetente" is left to the steps
  that read it.
- ROMANCE_13_LATE_STEPS come just before status_phrases_meaning_romance_12's late steps and read only texts nothing
  else reads: a customer unknown at the address, a region or area that cannot be reached, a delivery that did not
  succeed ("entrega malsucedida") or could not be completed fail the delivery (another try announced after it, or a
  return after the last, does not change the day's outcome).
What was assumed (DESIGN §4): an unknown recipient fails the delivery, as "destinatário desconhecido" does; a region
that cannot be reached is no access, as "área de risco" is.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_13.py holds the examples); no
carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ROMANCE_13_FIRST_STEPS: tuple[Step, ...] = (
    # On its way back, with its reason after it: returned, before the reason reads a refusal or a failed delivery.
    ("returned", {
        "pt": (r"^em devolucao (?!ao |a |para |do |da )\w+",),
    }),
)

ROMANCE_13_LATE_STEPS: tuple[Step, ...] = (
    # A customer unknown at the address; a region or area that cannot be reached; a delivery that did not succeed or
    # could not be completed: a failed delivery.
    ("delivery_failed", {
        "pt": (r"\bcliente desconhecid[oa]\b",
               r"\b(?:regiao|area|zona|local) (?:inacessivel|de dificil acesso|sem acesso)\b",
               r"\bentrega mal ?sucedida\b",
               r"\bnao foi possivel (?:concluir|completar|finalizar) a entrega\b"),
    }),
)
