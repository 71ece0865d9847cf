"""Portuguese tracking texts read by their meaning, sixteenth Romance pass (round 58): the last leg's incidences as
Portuguese couriers report them for a telecom's deliveries and as a Brazilian fulfilment export writes its carriers'
states ("CLIENTE DIZ NÃO TER ENCOMENDADO", "GREVE DO DESTINATÁRIO", "ENTREGA EM FALTA (NÃO HOUVE SAÍDA)", "INICIO
VISITA A CLIENTE", "Entrega não Conseguida", "NÃO VISITADO", "NF emitida").

The reading follows whose move the delivery waits on (DESIGN §4): the recipient hard to find, saying they did not
order, not paying or on strike (their premises not receiving), a badly addressed item and an area the carrier does
not serve fail the delivery; a delivery missed because the parcel did not go out, an address not visited, restricted
articles, wrong codes or sale data and a holiday are the carrier's or the shipper's problem and hold it; the courier
beginning the visit at the customer's door is the round; an invoice only issued has not reached the carrier; in or out
of a branch moves on. A recipient who asked for a second delivery is left unread: whether an attempt failed or a
delivery is only arranged again, the words do not settle.

- ROMANCE_16_FIRST_STEPS come just before status_phrases_meaning_romance_11's first steps, before the broad word
  "greve" (a strike) reads a carrier's hold: a strike at the recipient's fails the delivery.
- ROMANCE_16_LATE_STEPS come just before status_phrases_meaning_romance_14's late steps and read only texts nothing
  else reads.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_16.py holds the
examples); no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# The recipient, as the incidences name them.
_RECIPIENT = r"(?:destinatari[oa]|cliente)"
# The item, in Portugal's and Brazil's spellings.
_ITEM = r"(?:objecto|objeto|volume|encomenda|mercadoria)"

ROMANCE_16_FIRST_STEPS: tuple[Step, ...] = (
    # A strike at the recipient's: their premises are not receiving, before "greve" reads a hold.
    ("delivery_failed", {
        "pt": (r"greve (?:do|da|no|na) " + _RECIPIENT,),
    }),
)

ROMANCE_16_LATE_STEPS: tuple[Step, ...] = (
    # The recipient hard to find, saying they did not order, not paying; an item badly addressed; an area not served;
    # a delivery not achieved or a failed delivery reported: a failed delivery.
    ("delivery_failed", {
        "pt": (r"dificuldades? (?:em|para) localizar (?:o |a )?" + _RECIPIENT,
               _RECIPIENT + r" (?:diz|afirma|alega) nao ter encomendado",
               _RECIPIENT + r" nao (?:efectuou|efetuou|fez) (?:o )?pagamento",
               _ITEM + r" mal enderecad[oa]",
               r"area nao atendida",
               r"entrega nao conseguida",
               r"insucesso (?:de|na) entrega"),
    }),
    # The item spoiled: damaged.
    ("damaged", {
        "pt": (_ITEM + r" estragad[oa]",),
    }),
    # A delivery missed because the parcel did not go out, an address not visited, restricted articles, wrong codes
    # or sale data, a holiday: held.
    ("exception", {
        "pt": (r"entrega em falta", r"nao houve saida", r"^nao visitad[oa]$",
               r"artigos? (?:proibidos?|restritos?)", r"artigos? com codigos? incorrec?tos?",
               r"dados (?:de|da) venda incorrec?tos", r"^feriado(?: municipal| nacional| regional)?$"),
    }),
    # The visit at the customer's door begins: the round.
    ("out_for_delivery", {
        "pt": (r"inicio (?:da )?visita (?:a|ao|ao local do) " + _RECIPIENT,),
    }),
    # An invoice only issued: nothing with the carrier yet.
    ("info_received", {
        "pt": (r"^(?:nf|nf e|nota fiscal) emitida$",),
    }),
    # Into or out of a branch: moving.
    ("in_transit", {
        "pt": (r"^(?:entrada|saida) (?:na |da |em )?filial$",),
    }),
)
