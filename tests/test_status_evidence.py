"""Precedence of evidence for a row's status (DESIGN §4), exact values."""

import pytest

from lossanalytics.normalise.status_evidence import (
    Evidence,
    decide_status,
    seller_vocabulary,
    shape_key,
    vocabulary_key,
)

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


# Shapes: the folded text with each run of digits as one tab, behind a leading tab.
@pytest.mark.parametrize(("raw", "shape"), [
    ("Held at depot 4021", "\theld at depot \t"),
    ("Delivery attempt 2 of 3", "\tdelivery attempt \t of \t"),
    ("Arrived at hub 17 - sorting", "\tarrived at hub \t sorting"),
    ("Zustellversuch 1 fehlgeschlagen", "\tzustellversuch \t fehlgeschlagen"),
    # Full-width digits are digits once folded; a run of them is one placeholder like any other.
    ("Held at depot ４０２１", "\theld at depot \t"),
    ("到达１２３号仓", "\t到达\t号仓"),
    # No digits: the folded text behind the mark.
    ("Parcel held", "\tparcel held"),
])
def test_a_shape_is_the_folded_text_with_its_numbers_as_one_placeholder(raw, shape):
    assert shape_key(raw) == shape


@pytest.mark.parametrize("raw", ["40", "Status 40", "EX01", "D1", "Code: 7", "第2次"])
def test_a_value_of_fewer_than_two_words_of_letters_has_no_shape(raw):
    assert shape_key(raw) is None


def test_a_choice_for_a_code_gives_no_other_code_its_status():
    assigned = seller_vocabulary([(vocabulary_key("Status 40"), "Status 40", "in_transit")])
    assert decide_status("Status 40", None, None, assigned) == Evidence("in_transit", "status", "Status 40")
    assert decide_status("Status 90", None, None, assigned) == Evidence("unknown", None, None)


def test_a_shape_never_collides_with_an_exact_key_nor_with_a_carriers_own_placeholder():
    # A tab is whitespace, which fold() turns into single spaces and trims.
    assert vocabulary_key("\tHeld at depot\t#") == "held at depot #"
    assert shape_key("Parcel held") != vocabulary_key("Parcel held")
    assert shape_key("Held at depot #") == "\theld at depot #" != shape_key("Held at depot 4021")
    assert shape_key("Held at depot N") != shape_key("Held at depot 4021")


# Words nothing else reads (decide_status gives them no status by itself).
BAY = "Bay 4021 staged"


def test_a_choice_reads_every_value_of_its_shape():
    assigned = seller_vocabulary([(vocabulary_key(BAY), BAY, "exception")])
    assert decide_status(BAY, None, None, assigned) == Evidence("exception", "status", BAY)
    assert decide_status(None, None, "bay 17 staged ", assigned) == Evidence(
        "exception", "event_text", "bay 17 staged")
    assert decide_status(None, None, "Bay ７ staged", assigned) == Evidence(
        "exception", "event_text", "Bay ７ staged")
    # Other words, or no number where the choice had one, are another shape.
    assert decide_status(None, None, "Bay staged", assigned) == Evidence("unknown", None, None)
    assert decide_status(None, None, "Bay 17 B staged", assigned) == Evidence("unknown", None, None)


def test_an_exact_choice_wins_and_a_shape_with_two_statuses_says_nothing():
    saved = [(vocabulary_key(BAY), BAY, "exception"),
             (vocabulary_key("Bay 17 staged"), "Bay 17 staged", "available_for_pickup")]
    assigned = seller_vocabulary(saved)
    assert decide_status(BAY, None, None, assigned) == Evidence("exception", "status", BAY)
    assert decide_status("bay 17 staged", None, None, assigned) == Evidence(
        "available_for_pickup", "status", "bay 17 staged")
    assert decide_status("Bay 99 staged", None, None, assigned) == Evidence("unknown", None, None)
    # Two values of one shape that agree: the shape stands.
    agreeing = seller_vocabulary([*saved[:1], (vocabulary_key("Bay 17 staged"), "Bay 17 staged", "exception")])
    assert decide_status("Bay 99 staged", None, None, agreeing) == Evidence("exception", "status", "Bay 99 staged")


def test_the_vocabulary_holds_exact_keys_and_the_shapes_that_agree():
    saved = [("bay 4021 staged", BAY, "exception"), ("bay 17 staged", "Bay 17 staged", "available_for_pickup"),
             ("palette 44 bereit", "Palette 44 bereit", "in_transit")]
    assert seller_vocabulary(saved) == {
        "bay 4021 staged": "exception", "bay 17 staged": "available_for_pickup", "palette 44 bereit": "in_transit",
        "\tpalette \t bereit": "in_transit"}
    # Looked up directly, an exact key comes before its shape's.
    assigned = {"\tbay \t staged": "exception", "bay 17 staged": "delivered"}
    assert decide_status("Bay 17 staged", None, None, assigned) == Evidence("delivered", "status", "Bay 17 staged")
    assert decide_status("Bay 18 staged", None, None, assigned) == Evidence("exception", "status", "Bay 18 staged")
