"""French, Romanian, Hungarian and Greek shipment states read by their meaning, twenty-second French, Hungarian, Romanian
and Greek pass (round 114): a Haitian shop's parcel-tracking page (the order placed, the payment awaited, the parcel at
the forwarder's warehouse, at the shop for collection), a Congolese shop's order statuses (a payment received, received
by the customer), the Greek labels of the tax authority's digital goods-movement states (a delivery note issued or
registered, a full delivery, no delivery), a Romanian shop's order-status mails (the payment or the order confirmed, the
order received, registered, ready, no longer processed, a return registered or arrived) and a Hungarian parcel service's
tracking steps (pre-registered, the pick-up time expired, the parcel taken over).

The reading follows who holds the parcel (DESIGN §4). Two groups:

- FR_HU_RO_FIRST_STEPS_22 come first of the French, Hungarian, Romanian and Greek first steps
  (status_phrases_before_outcomes.py, before FR_HU_RO_FIRST_STEPS_21), ahead of the outcome and broad words, for texts an
  earlier word misreads: in French an order's payment awaited ("en attente du paiement", the whole status), an order whose
  payment is not yet confirmed and a payment received or confirmed as the whole status (not duties or taxes) are before the
  carrier, before "paiement" reads a customs hold; an order placed ("commande passée sur la plateforme") and an order
  being processed as the whole status ("Commande en (cours de) traitement") are before the carrier, before "plateforme"
  and "traitement" read movement; a parcel arrived at "our warehouse" moves on (before "en préparation", of the next
  leg, reads the shop's preparation) and a parcel arrived at "our shop" waits for collection (before "arrivé" reads
  movement), neither when a return is said; received by the customer or the addressee is delivered, before "reçu" reads
  a hand-over. In Romanian an order entered into preparation ("a intrat în fluxul nostru de pregătire") is before the
  carrier, before "verificat" reads a check; an order that will no longer be processed is cancelled, before "procesată"
  reads movement; a return arrived ("returul a ajuns") is returned, before "ajuns în" reads movement. In Hungarian
  "előzetesen feladva" (pre-registered for posting) is before the carrier, before "feladva" reads the hand-over.
- FR_HU_RO_LATE_STEPS_22 come just before the twenty-first pass's late steps (status_phrases_language_late.py) and read
  only texts nothing else reads: in Greek a delivery note issued ("Εκδόθηκε", the whole status) or registered
  ("Καταχωρημένο/η") is before the carrier, a full or a partial delivery ("Πλήρης / Μερική παράδοση") is delivered, as
  English "Partial delivery" and Spanish "Entrega parcial" read, and no delivery ("Καμία παράδοση") and "Απορρίφθηκε"
  (rejected) as the whole status or by the addressee are failed deliveries, as English "Rejected" reads; in Romanian a payment or an order confirmed, an order received ("comanda primită", "am
  primit comanda"), registered ("comanda este înregistrată") or ready as the whole status ("Comanda este gata", not "gata
  de ridicare") is before the carrier and a return registered ("am înregistrat returul") is returned; in Hungarian the
  pick-up time or deadline expired ("átvételi ideje / határideje lejárt") is expired and "Csomag átvéve" as the whole
  status is delivered, as "Átvéve" already reads.

Left unread, because the words do not say the state: French "Paiement" and "Commande" alone, place names as stage labels
("Miami", "Vers Haïti", "Haïti"); Greek "Ολοκληρώθηκε/Ολοκληρωμένο" (completed: English "Completed" stays unread too),
"Απόρριψη" (a rejection, as English "Rejection" stays unread);
Romanian "În lucru" (in work, as "În procesare" stays unread); Hungarian "Csomag megérkezett" (arrived: at a depot or at
the pick-up point). Left as read: French "Arrivé à Cap-Haïtien" (an arrival in a city: movement; the shop meant its
counter), Greek "Επιβεβαίωση παραλαβής" ("παραλαβή" is the courier's collection as often as the addressee's receipt),
Romanian "Coletul a fost predat curierului și este în drum spre adresa ta" (on the way to your address: read as the last
leg; the shop meant shipped).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off Latin letters, Greek keeps its
accents and writes a final sigma as "σ", punctuation as spaces); whole words. The Greek patterns take a vowel with or
without its accent, as a status written in capitals comes without them. Written by the team from DESIGN §4's
statuses (tests/test_status_meaning_fr_hu_ro_22.py holds the examples); no module's or shop's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

FR_HU_RO_FIRST_STEPS_22: tuple[Step, ...] = (
    # A return arrived back (Romanian), before "ajuns în" reads movement.
    ("returned", {
        "ro": (r"\breturul (?:\w+ )?(?:a ajuns|a sosit|a fost primit)\b",),
    }),
    # An order no longer to be processed: cancelled, before "procesată" reads movement.
    ("cancelled", {
        "ro": (r"\bcomanda (?:\w+ ){0,2}nu (?:va )?mai (?:fi|este) procesata\b",
               r"^nu (?:va )?mai (?:fi|este) procesata$"),
    }),
    # Received by the customer or the addressee.
    ("delivered", {
        "fr": (r"^(?:colis |commande )?recue?s? par (?:le |la |votre )?(?:client|cliente|destinataire)\b",),
    }),
    # Arrived at the shop's own counter for collection (no return said).
    ("available_for_pickup", {
        "fr": (r"^(?!.*\bretour)(?:votre )?colis est arrivee? (?:a|dans) notre (?:boutique|magasin)\b",),
    }),
    # Arrived at the forwarder's own warehouse (no return said): moving on.
    ("in_transit", {
        "fr": (r"^(?!.*\bretour)(?:votre )?colis est arrivee? (?:a|dans) notre entrepot\b",),
    }),
    # Before the carrier: a payment awaited, not confirmed, received; an order placed or processed; pre-registered.
    ("info_received", {
        "fr": (r"^(?:commande )?en attente du paiement$",
               r"\bcommande\b.*\bpaiement (?:n a pas|n est pas) (?:encore )?(?:ete )?(?:confirme|recu|valide)\b",
               r"^paiement (?!des? (?:droits|taxes|frais de douane))(?:\w+ ){0,2}(?:recu|confirme|valide|accepte)e?s?$",
               r"\bcommande (?:a ete |est )?passee (?:sur|avec succes|aupres|chez)\b",
               r"^(?:votre )?commande (?:est )?en (?:cours de )?traitement$"),
        "ro": (r"\ba intrat (?:automat )?in (?:fluxul (?:nostru )?de )?pregatire\b",),
        "hu": (r"\belozetesen feladva\b",),
    }),
)

FR_HU_RO_LATE_STEPS_22: tuple[Step, ...] = (
    # A return registered by the shop.
    ("returned", {
        "ro": (r"\bam inregistrat returul\b",),
    }),
    # The pick-up time or deadline expired.
    ("expired", {
        "hu": (r"\batveteli (?:ido|ideje|hatarido|hatarideje) (?:\w+ )?lejart\b",),
    }),
    # Taken over, the whole status (as "Átvéve" reads); a full or a partial delivery (as "Partial delivery" reads).
    ("delivered", {
        "hu": (r"^csomag atveve$",),
        "el": (r"^(?:πλ[ηή]ρησ|μερικ[ηή]) παρ[αά]δοση$",),
    }),
    # No delivery; rejected as the whole status or by the addressee (as "Rejected" reads).
    ("delivery_failed", {
        "el": (r"^καμ[ιί]α παρ[αά]δοση$",
               r"^απορρ[ιί]φθηκε$",
               r"^απορρ[ιί]φθηκε απ[οό] τον (?:παραλ[ηή]πτη|πελ[αά]τη)$"),
    }),
    # Before the carrier: a delivery note issued or registered; a payment or an order confirmed, received, registered, ready.
    ("info_received", {
        "el": (r"^εκδ[οό]θηκε$",
               r"^εκδ[οό]θηκε (?:το )?(?:voucher|δελτ[ιί]ο αποστολ[ηή]σ|παραστατικ[οό])$",
               r"^καταχωρημ[εέ]ν[οη]$"),
        "ro": (r"\bplata (?:ta |dvs |dumneavoastra )?(?:a fost |este )?confirmata\b",
               r"\bcomanda (?:ta |dvs )?(?:este|a fost) confirmata\b",
               r"\bcomanda (?:ta |dvs )?(?:a fost |este )?primita\b",
               r"\bam primit comanda\b",
               r"\bcomanda (?:ta |dvs )?(?:este|a fost) inregistrata\b",
               r"^comanda (?:ta )?(?:este|e) gata$"),
    }),
)
