"""Precedence of evidence for a row's status (DESIGN §4), exact values."""

import pytest

from lossanalytics.normalise.status_evidence import Evidence, decide_status, vocabulary_key

CASES = [
    # A generic status never hides a clear event text.
    (("Exception", None, "Returned to sender"), Evidence("returned", "event_text", "Returned to sender")),
    (("Exception", None, "Shipment declared lost"), Evidence("lost", "event_text", "lost")),
    (("Exception", None, "Parcel damaged in transit"), Evidence("damaged", "event_text", "damaged")),
    (("InTransit", None, "Zugestellt"), Evidence("delivered", "event_text", "Zugestellt")),
    (("Exception", None, "Delivered to parcel locker"),
     Evidence("available_for_pickup", "event_text", "Delivered to parcel locker")),
    # A sub-status code with a published meaning beats everything.
    (("Exception", "Exception_011", "Arrived at facility"), Evidence("returned", "substatus", "Exception_011")),
    (("Exception", "Exception_Returned", "Delivered"), Evidence("returned", "substatus", "Exception_Returned")),
    # A sub-status read only by its tag is as generic as the status word.
    (("Exception", "Exception_004", "Returned to sender"), Evidence("returned", "event_text", "Returned to sender")),
    (("Exception", "Exception_004", "Held by customs"), Evidence("exception", "substatus", "Exception_004")),
    # The status word stands when the text states no outcome.
    (("Exception", None, "Held by customs"), Evidence("exception", "status", "Exception")),
    (("Delivered", None, "Arrived at facility"), Evidence("delivered", "status", "Delivered")),
    # A final word yields only to another final outcome.
    (("Delivered", None, "Delivery attempted"), Evidence("delivered", "status", "Delivered")),
    (("Delivered", None, "Delivered back to the sender"), Evidence("returned", "event_text", "Delivered back to the sender")),
    (("Lost", None, "Delivered"), Evidence("delivered", "event_text", "Delivered")),
    # Nothing in the columns: the text alone; nothing at all: unknown.
    ((None, None, "Arrived at facility"), Evidence("in_transit", "event_text", "Arrived")),
    (("???", None, None), Evidence("unknown", None, None)),
    ((None, None, None), Evidence("unknown", None, None)),
]


@pytest.mark.parametrize(("values", "expected"), CASES)
def test_strongest_evidence_decides(values, expected):
    assert decide_status(*values) == expected


def test_a_seller_assignment_reads_a_value_nothing_else_could():
    assigned = {vocabulary_key("Zone 7 hold"): "exception", vocabulary_key("Siunta pristatyta"): "delivered"}
    assert decide_status("Zone 7 hold", None, None, assigned) == Evidence("exception", "status", "Zone 7 hold")
    assert decide_status("Exception", None, " Siunta pristatyta", assigned) == Evidence(
        "delivered", "event_text", "Siunta pristatyta")
    # A published code still beats it.
    assert decide_status("Zone 7 hold", "Exception_013", None, assigned).status == "lost"
