"""Portuguese and Spanish tracking texts read by their meaning, eleventh Romance pass (round 52): how same-day courier
apps word the time before the courier has the parcel and the leg after it ("Procurando entregador", "Entregador no
Local de Coleta", "Buscando repartidor", "Repartidor en camino al retiro", "Em Rota para o Destinatário", "En camino
al receptor").

The reading follows whose place the courier is heading for (DESIGN §4):
- ROMANCE_11_FIRST_STEPS, just before status_phrases_meaning_romance_9's first group (before "repartidor" and "en
  camino" read the round or a movement): a courier or carrier being sought, awaited, assigned, accepting the
  shipment or on the way to collect it from the sender is information received; collected by the courier moves on; on the way to the
  recipient is the round.
- ROMANCE_11_LATE_STEPS, just before status_phrases_meaning_romance_10's late group, for texts nothing else reads: a
  courier sought or awaited ("procurando entregador", "aguardando entregador") or at the place of collection, a
  delivery, pickup or shipment requested, a courier's collection awaited or pending, or the parcel ready for it
  ("esperando recolección", "pendiente de recolección", "listo para ser recolectado"), an order placed,
  paid, created or packed and one being picked ("em separação") are information received; a courier at the place of
  delivery is the round; a delivery concluded or confirmed is delivered.
What was assumed (DESIGN §4): "punto de retiro", "punto de recogida" and "local de retirada" can be the recipient's
pickup point, so only a courier's way to the collection ("al retiro", "a recoger") or his being at the place of
collection ("local de coleta") reads as before the parcel is with him, and a courier at a "punto de recogida" is left
to the steps that read a pickup point; "Pago confirmado" and "Pagamento confirmado" are left to other steps (a
customs payment as much as an order's).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_11.py holds the examples); no
courier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_COURIER_ES = r"(?:repartidor\w*|mensajero|conductor|motorizado)"

ROMANCE_11_FIRST_STEPS: tuple[Step, ...] = (
    # A courier being sought, assigned, accepting the shipment or on the way to collect it: not collected yet.
    ("info_received", {
        "es": (r"\bbuscando (?:un |a un |al )?" + _COURIER_ES + r"\b",
               r"\b" + _COURIER_ES + r" (?:asignado|acept\w*)\b",
               r"\b" + _COURIER_ES + r" (?:\w+ ){0,2}en camino (?:al retiro|al recojo|a recoger|a retirar|a la recogida"
               r"|al remitente)\b",
               r"\ben camino a (?:recoger|retirar)\b",
               r"\besperando (?:al |el |a que (?:el|un) )(?:transportista|" + _COURIER_ES + r")\b"),
        "pt": (r"\bentregador\w* (?:esta )?(?:a caminho|indo) (?:para |pra |de )?(?:retirar|coletar|buscar)\b",
               r"\bentregador\w* (?:esta )?(?:a caminho|indo) (?:do|ao|ate o|para o) (?:remetente|vendedor)\b"),
    }),
    # Collected by the courier: moving, not the round ("pendiente de recogida por el mensajero", the noun, is still to come).
    ("in_transit", {
        "es": (r"(?<!\bde )(?<!\bla )(?<!\buna )\brecogid[oa] por (?:el|la|un|una) " + _COURIER_ES + r"\b",),
    }),
    # On the way to the recipient: the round.
    ("out_for_delivery", {
        "es": (r"\ben camino (?:al|hacia el) (?:receptor|destinatario)\b",),
        "pt": (r"\bem rota (?:para|ate) o destinatario\b",),
    }),
)

ROMANCE_11_LATE_STEPS: tuple[Step, ...] = (
    # A courier sought, awaited or at the place of collection; a delivery, pickup or shipment requested.
    ("info_received", {
        "pt": (r"\b(?:procurando|buscando|aguardando) (?:um |o )?entregador\w*\b",
               r"\bentregador\w* (?:esta )?no local de (?:coleta|retirada)\b",
               r"^(?:entrega|coleta|retirada|envio|remessa) solicitad[ao]$",
               r"^pedido (?:realizado|pago|embalado|criado)$",
               r"^em separacao$"),
        "es": (r"^(?:envio|entrega|recoleccion|recogida|retiro) solicitad[ao]$",
               r"\besperando (?:la )?recoleccion\b",
               r"\bpendiente de recoleccion\b",
               r"\blist[oa]s? para (?:ser )?recolectad[oa]s?\b",
               r"^pedido (?:realizado|pagado|creado|empacado|embalado)$"),
    }),
    # The courier at the place of delivery: the round.
    ("out_for_delivery", {
        "pt": (r"\bentregador\w* (?:esta )?no local de entrega\b",),
    }),
    # A delivery concluded or confirmed: delivered.
    ("delivered", {
        "pt": (r"^entrega (?:concluida|confirmada)(?: com sucesso)?$",),
        "es": (r"^entrega confirmada$",),
    }),
)
