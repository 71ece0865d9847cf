"""Italian, French, Portuguese and Spanish tracking texts read by their meaning, nineteenth Romance pass (round 65): the
states and e-mail sentences shops and couriers' apps give an order before the carrier has it ("Ordine in attesa di
pagamento", "Ordine pagato, in attesa della generazione etichetta", "Votre commande a été reçue et attend
confirmation", "Votre envoi a été enregistré et attend son enlèvement", "Aguardando etiqueta", "Pendiente de
aceptación"), and their neighbours ("Rumbo al punto de reparto", "Il tuo pacco ci sta tornando indietro", "Abbiamo perso
traccia del tuo pacco").

The reading follows what the words say of the parcel (DESIGN §4). An order awaiting its payment or confirmation, an
order received and awaiting them, a shop preparing an order ("nous préparons votre commande", "stiamo preparando il tuo
ordine"), a shipment registered and awaiting its pickup, a label still to be generated, printed or issued, an order paid
or confirmed on its own and an order waiting for a courier to accept it have not reached the carrier. A parcel heading
to a delivery point, a depot or its destination ("rumbo al …") is on its way; a parcel coming back to the shop ("ci sta
tornando") is a return; a parcel whose trace the shop has lost is lost. A parcel awaiting a payment with no order named,
or a payment of duties or taxes (cash on delivery or customs), a cash-on-delivery amount paid and a parcel already
received by the carrier are left to the steps that read them.

- ROMANCE_19_FIRST_STEPS come first of the Romance first groups (before status_phrases_meaning_romance_18's), before
  "in attesa di pagamento" reads a parcel held for a payment, "ricevuto" and "reçue" a parcel taken in and "paiement" a
  payment holding the parcel.
- ROMANCE_19_LATE_STEPS come just before status_phrases_meaning_romance_18's late steps and read only texts nothing
  else reads.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_19.py holds the examples);
no shop's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# What an order is called (a shipment awaiting a payment may be awaiting its duties).
_ORDER_IT = r"(?:il (?:tuo |suo |vostro )?|l )?ordine"
_ORDER_FR = r"(?:votre |la )?commande"
# What the goods are called.
_GOODS_IT = r"(?:pacco|pacchi|spedizione|spedizioni|ordine|ordini|collo|colli)"

ROMANCE_19_FIRST_STEPS: tuple[Step, ...] = (
    # An order awaiting payment or confirmation, received and awaiting them, a shop preparing the order, a payment
    # received or confirmed: not yet with the carrier, before "in attesa di pagamento", "ricevuto", "reçue" and
    # "paiement" read a hold or a hand-over.
    ("info_received", {
        "it": (r"^" + _ORDER_IT + r" (?:e stato ricevuto (?:ed |e )?e )?in attesa di (?:pagamento|conferma)\b"
               r"(?! (?:dei |delle |di )?(?:dazi|tasse|diritti|oneri))",
               r"\bstiamo preparando (?:il tuo |il vostro |l )?ordine\b",
               r"^(?:il )?pagamento (?:e stato )?(?:confermato|ricevuto)$"),
        "fr": (r"^" + _ORDER_FR + r" (?:a ete recue et )?(?:attend|est en attente de|en attente de) "
               r"(?:sa |son |de )?(?:confirmation|paiement)\b"
               r"(?! (?:des |de )?(?:droits|taxes|frais))",
               r"\bnous preparons votre commande\b"),
    }),
)

ROMANCE_19_LATE_STEPS: tuple[Step, ...] = (
    # A shipment registered and awaiting its pickup, a label still to be made, an order paid or confirmed on its own,
    # an order waiting for a courier to accept it: not yet with the carrier.
    ("info_received", {
        "it": (r"\bin attesa (?:della|di) (?:generazione|creazione|stampa) (?:dell |della )?etichetta\b",
               r"^(?:ordine )?(?:pagato|confermato)$"),
        "fr": (r"\b(?:enregistre|cree)e?s? et "
               r"(?:attend (?:son |l )|(?:est )?en attente (?:de son |de l |d ))enlevement\b",
               r"^(?:commande )?confirmee$"),
        "pt": (r"^aguardando (?:a )?(?:(?:geracao|emissao|impressao) (?:da )?)?etiqueta$",),
        "es": (r"^pendiente de aceptacion$",),
    }),
    # Heading to a delivery point, a depot or its destination: on its way.
    ("in_transit", {
        "es": (r"^rumbo (?:al?|hacia(?: el| la)?) (?:punto de reparto|centro de distribucion|destino|sucursal|bodega|"
               r"almacen|deposito)\b",),
    }),
    # Coming back to the shop: a return.
    ("returned", {
        "it": (r"\b" + _GOODS_IT + r" ci sta(?:nno)? tornando\b",),
    }),
    # The shop has lost the parcel's trace: lost.
    ("lost", {
        "it": (r"\bpers[oa] (?:la )?traccia (?:del|della|dei|delle) (?:tuo |tua |vostro |vostra )?"
               + _GOODS_IT + r"\b",),
    }),
)
