"""Italian tracking texts read by their meaning, a pass of its own (round 36): a parcel-locker network's statuses,
in other words than the development corpus's rows, written by the team to DESIGN §4's statuses and labelled by what
they say (who holds the parcel, where it waits, where it goes), never by what the reader outputs. Counter-examples
stand beside them: a parcel handed to the courier without "for the delivery", a sender dropping a parcel into a
locker, a parcel set off towards a sorting centre rather than the sender, a parcel not collected and to be sent
back."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Handed over for the delivery: the round.
    ("Il pacco è stato consegnato al corriere per la consegna", "out_for_delivery"),
    ("Affidato al fattorino per la consegna", "out_for_delivery"),
    # Waiting to be collected, a reminder of it, the time left to collect it.
    ("La spedizione attende il ritiro presso il punto di raccolta", "available_for_pickup"),
    ("Hai ancora 2 giorni per ritirare la spedizione", "available_for_pickup"),
    ("Promemoria: il tuo pacco in sospeso ti aspetta", "available_for_pickup"),
    # Set off back towards the sender: a return.
    ("La spedizione è ripartita verso il mittente", "returned"),
    ("Il collo è avviato verso il venditore", "returned"),
    # Put into a locker: waiting there for the recipient.
    ("Il collo è stato depositato nell'armadietto", "available_for_pickup"),
    ("Pacco inserito nel locker scelto", "available_for_pickup"),
    # Waiting for the courier to take it out of a locker, to be sorted or transferred, in the warehouse, in the town.
    ("In attesa che il corriere prelevi il pacco dal locker", "in_transit"),
    ("Spedizione in attesa di smistamento", "in_transit"),
    ("Collo in attesa di essere trasferito", "in_transit"),
    ("Spedizione inoltrata per il trasporto", "in_transit"),
    ("La spedizione è nel nostro magazzino", "in_transit"),
    ("Il tuo pacco è arrivato nella città di destinazione", "in_transit"),
    ("La spedizione è diretta verso la città del destinatario", "in_transit"),
    # Too big for the box, a complaint lodged: a problem without an outcome yet.
    ("Pacco fuori sagoma", "exception"),
    ("Il collo non ci sta nel vano del locker", "exception"),
    ("Reclamo aperto per la spedizione", "exception"),
    # Only data.
    ("Spedizione creata", "info_received"),
    ("Il pacco è stato creato", "info_received"),
    # The journey ended.
    ("Il viaggio della spedizione è concluso", "delivered"),
]

COUNTER_EXAMPLES = [
    # Handed to the courier, not for the delivery: the parcel moves on.
    ("Consegnato al corriere", "in_transit"),
    # The sender putting a parcel into a locker hands it in for sending.
    ("Pacco depositato nel locker dal mittente", "in_transit"),
    # Set off towards a sorting centre, not the sender: a movement.
    ("Il pacco è partito verso il centro di smistamento", "in_transit"),
    # Not collected and to be sent back: a return, not a wait.
    ("Il pacco non è stato ritirato e verrà restituito al mittente", "returned"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_italian_locker_network_texts_read_by_meaning(text, expected):
    assert read_status(text).status == expected
