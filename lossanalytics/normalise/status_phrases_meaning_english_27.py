"""English tracking texts read by their meaning, twenty-seventh pass (round 71): the middle of the journey and its
problems as regional couriers', last-mile carriers', forwarders' and shipping platforms' own event tables write them
("Address could not be geolocated", "Shipment received at the warehouse without damage", "Driver en route to return an
undelivered shipment", "Undelivered shipment could not be returned", "Forwarder booking", "Tracking Closed").

The reading follows what the words say of the parcel and of its address (DESIGN §4). An address geolocated (geocoded)
is the carrier's planning before it has the parcel; an address that could not be geolocated, or that the carrier could
not correct or fully confirm, is an address being corrected: an exception (an address that could not be found or a
failed attempt named beside it are left to the steps that read them). A parcel received at a warehouse, hub or depot
without damage, or in good condition, moves on: the damage is denied, not reported. A parcel not scanned as received,
or not picked up on the planned route, has not reached the carrier (an outcome named beside it still decides). A driver
on the way to return a parcel, or at the return location, is bringing it back; a parcel that could not be returned is
held: an exception. A forwarder's or carrier's booking, and a booking or manifest pending, are information only. In a
branch, hub or depot of origin, of destination or of transit, said on its own, the parcel is in the carrier's network
(a branch named alone may be a counter where the recipient collects it, and is left alone). Tracking closed (stopped,
ended), said on its own, is the tracking source that gave up: expired. No attempt (no delivery attempt), said on its
own, is a delivery the courier did not try: a delay. An unexpected challenge, issue or problem holds the parcel.

Two groups. MEANING_ENGLISH_27_FIRST_STEPS comes first in the first pass's first group (before the twenty-sixth
pass's), as the outcome steps after it read "damage", "undelivered", "returned" and "delivery attempt" and the broad
words read "forwarder" as a parcel on its way. MEANING_ENGLISH_27_LATE_STEPS comes after the twenty-second pass's in
the first pass's late group: the texts it reads are read by nothing earlier, and an outcome named beside them still
decides.

Written by the team to DESIGN §4 (round 71); the examples are tests/test_status_meaning_english_27.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Where a carrier receives a parcel on its way.
_PLACE = (r"(?:warehouse|hub|depot|facility|terminal|station|branch|sort(?:ing)? (?:centre|center|facility)|"
          r"(?:distribution|delivery|processing) (?:centre|center))")
# Not able to.
_UNABLE = r"(?:could not|couldn t|cannot|can not|can t|was not able to|wasn t able to|unable to)"
# A delivery tried, failed or refused named beside: left to the steps that read it.
_NO_ATTEMPT_NAMED = r"(?!.*\b(?:attempt\w*|fail\w*|refus\w*|not found|unable to locate|return\w*)\b)"

# An outcome named beside: left to the steps that read it.
_NO_OUTCOME = r"(?!.*\b(?:delivered|returned|return to sender|lost|damaged|cancel+ed)\b)"

MEANING_ENGLISH_27_FIRST_STEPS: tuple[Step, ...] = (
    # An address the carrier could not geolocate, correct or fully confirm: an address being corrected.
    ("exception", {
        "en": (r"^" + _NO_ATTEMPT_NAMED + r"(?:.* )?address (?:could not|couldn t|cannot|can not|was not|wasn t) "
               r"(?:be )?(?:geo ?located|geo ?coded)\b",
               r"^" + _NO_ATTEMPT_NAMED + r"(?:.* )?" + _UNABLE + r" (?:fully )?(?:correct|confirm|verify|validate) "
               r"the (?:address|secondary unit|unit|unit number|apartment|suite)\b"),
    }),
    # An address geolocated: the carrier's planning, before it has the parcel.
    ("info_received", {
        "en": (r"^(?:the )?(?:delivery |shipping |recipient s )?address (?:was |has been )?(?:successfully )?"
               r"(?:geo ?located|geo ?coded)$",),
    }),
    # Received at a warehouse, hub or depot without damage: moving on, the damage denied.
    ("in_transit", {
        "en": (r"\b(?:received|arrived|scanned) (?:in|at) (?:the |our |a |an )?(?:\w+ )?" + _PLACE + r"\b.*"
               r"\b(?:without (?:any )?damage|with no damage|undamaged|in good (?:condition|order))\b",),
    }),
    # Not scanned as received, or not picked up on the planned route: not yet with the carrier.
    ("info_received", {
        "en": (r"^" + _NO_OUTCOME + r".*\bnot (?:been )?scanned (?:as )?(?:received|in)\b",
               r"^" + _NO_OUTCOME + r".*\bnot (?:been )?(?:picked up|collected) on (?:the |its )?(?:planned|scheduled) "
               r"(?:route|run|round)\b"),
    }),
    # A driver on the way to return a parcel, or at the return location: coming back.
    ("returned", {
        "en": (r"\b(?:en route|on (?:the|its|their) way|heading) to return\b",
               r"\b(?:at|arrived at|reached) (?:the )?return (?:location|point|address|depot|centre|center)\b"),
    }),
    # A parcel that could not be returned: held.
    ("exception", {
        "en": (r"\b" + _UNABLE + r" be returned\b",),
    }),
    # No attempt, said on its own: a delivery the courier did not try (before "delivery attempt" reads a failed one).
    ("exception", {
        "en": (r"^no (?:delivery )?attempt(?: made)?$",),
    }),
    # A forwarder's or carrier's booking, said on its own: information only.
    ("info_received", {
        "en": (r"^(?:forwarder|carrier|freight|transport) booking(?: (?:made|created|received|confirmed))?$",),
    }),
)

MEANING_ENGLISH_27_LATE_STEPS: tuple[Step, ...] = (
    # In a branch of origin or of destination, said on its own: in the carrier's network (the broad words read a hub
    # of destination already).
    ("in_transit", {
        "en": (r"^(?:in|at) (?:the |a |an )?(?:origin|destination|transit) branch$",
               r"^(?:in|at) (?:the |a |an )?(?:branch|hub|depot|station) (?:of )?(?:origin|destination)$"),
    }),
    # Tracking closed, stopped or ended, said on its own: the tracking source gave up.
    ("expired", {
        "en": (r"^tracking (?:closed|stopped|ended)$",),
    }),
    # A booking or manifest pending, said on its own: information only.
    ("info_received", {
        "en": (r"^(?:booking|manifest) pending$",),
    }),
    # An unexpected challenge, issue or problem: held.
    ("exception", {
        "en": (r"\bunexpected (?:challenge|issue|problem|difficulty|incident)s?\b",),
    }),
)
