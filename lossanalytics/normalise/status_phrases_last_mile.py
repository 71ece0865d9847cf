"""Phrases of last-mile delivery apps and pickup-point deliveries: the driver statuses of
same-day and on-demand delivery platforms (Walmart's driver status notifications, Deliverect,
Bringg, Uber Direct, Just Eat, DoorDash, Grubhub, Otter, Onfleet: English texts and codes), DPD's
push status texts (German), GLS's parcel-shop lines (Swedish) and a Russian shop's pickup-point
status (lossanalytics/normalise/known_texts/SOURCES.md, twentieth round, b).

On these platforms one driver takes the order from the seller straight to the customer, so the
words say whose place the driver is at: on the way to or at the pickup location, the restaurant
or the seller, the driver has not collected anything yet (information received); on the way to,
approaching or at the drop-off, the delivery address or the customer, the driver is on the last
leg (out for delivery, not yet delivered). The subject decides: "arrived at the pickup location"
alone stays a pickup point waiting for the recipient (an earlier source's meaning); only a
driver, courier, Dasher or rider arriving there is the seller's pickup.

Three groups, each placed where the words it must beat sit (status_phrases.STEPS):

- LAST_MILE_EAST_STEPS, before the Russian steps: a parcel arrived at the pickup point ("прибыло в
  ПВЗ") waits for the recipient, before "прибыло" reads it as moving; not one at the sender's point,
  a return or an expired storage period named beside it ("ПВЗ отправителя", "возврат", "срок хранения
  истёк"), which the Russian steps read as returns.
- LAST_MILE_FIRST_STEPS, before the outcome steps: a driver at the seller's pickup location before
  the outcome steps read "arrived at the pickup location" as a pickup point; a cancelled delivery
  replaced by one back to the sender is a return, before "canceled"; Swedish "levererat till
  ett paketombud" (delivered to a parcel agent) waits for pickup, before "levererat"; DPD's
  "Im Pickup-Paketshop (nicht) abgeholt", read only as the whole text (the recipient collected it,
  or did not; DPD's own "Abholung von Pickup Paketshop durch DPD Zusteller" is its courier).
- LAST_MILE_LATE_STEPS, after the outcome steps (a loss, a return or a failed attempt named in
  the same text still decides) and before the broad words ("en route", "arrived", "accepted",
  "departed", "dispatcher") read them as moving: the driver's pickup and drop-off legs above, the
  platforms' status codes read only as the whole text ("ENROUTE_TO_DROPOFF", "dasher_at_store"),
  a return trip with undelivered items, DPD's "Auftragsdaten erfasst" (order data recorded, as the
  whole text: a delivery named after it must not be read as data only).

Left unread, with the reason: Walmart's "In transit to customer." (its code is the drive to the
drop-off, its words any transit), Bringg's "Order completed." (a shop's order is completed
without any delivery), DPD's "Zustellhindernis" (an earlier source files it as a failed delivery,
this one as a problem), the bare "выкуплен" (one word).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import SENDER, Step

# Who the words are about: the one driver of an on-demand delivery.
_DRIVER = r"(?:driver|courier|dasher|rider)s?"
# The seller's side of the trip (never a pickup point or a store a recipient collects from).
_SELLER_PLACE = r"(?:the )?(?:pick ?up location|restaurant|merchant|seller|sender)"
# The customer's side of the trip.
_DROP_PLACE = r"(?:the )?(?:drop\W?off(?: location)?|delivery address|customer s? address|customer|recipient)"

LAST_MILE_EAST_STEPS: tuple[Step, ...] = (
    ("available_for_pickup", {
        "ru": (r"(?<!возврат )прибыл\w* в пвз(?!.*(?:отправител|ист[её]к|возврат))",),
    }),
)

LAST_MILE_FIRST_STEPS: tuple[Step, ...] = (
    ("info_received", {
        "en": (_DRIVER + r" (?:has |have )?(?:arrived )?at " + _SELLER_PLACE + r"\b",),
    }),
    ("returned", {
        "en": (r"new delivery (?:was )?created to return (?:the )?items? to " + SENDER,),
    }),
    ("available_for_pickup", {
        "sv": (r"levererat? till (?:ett |ditt )?(?:\w+ ){0,2}(?:paket)?ombud\w*",),
    }),
    ("exception", {
        "de": (r"^im (?:pickup )?paketshop nicht abgeholt$",),
    }),
    ("delivered", {
        "de": (r"^im (?:pickup )?paketshop abgeholt$",),
    }),
)

LAST_MILE_LATE_STEPS: tuple[Step, ...] = (
    ("returned", {
        "en": (r"returning (?:the )?undelivered items?", r"arrived at the return location",
               r"return to facility is complete", r"^(?:en ?route|arrived) (?:to|at) return$",
               r"^delivery return initiali[sz]ed$", r"^dasher confirmed return arrival$"),
    }),
    ("delivered", {
        "en": (_DRIVER + r" (?:has )?completed the drop\W?off", r"^dasher dropped off$"),
    }),
    ("out_for_delivery", {
        "en": (_DRIVER + r" (?:is |are )?(?:approaching|heading to|moving towards?) " + _DROP_PLACE,
               _DRIVER + r" (?:has |have )?(?:arrived at|reached|is at|at) " + _DROP_PLACE,
               r"driver departed pick ?up with (?:the |an )?order",
               r"^(?:driver |dasher )?(?:en ?route|arrived|arriving) (?:to|at) (?:the )?drop\W?off$",
               r"^dasher (?:confirmed dropoff arrival|at customer)$"),
    }),
    ("info_received", {
        "en": (_DRIVER + r" (?:is |are )?(?:assigned and is )?(?:en route|heading|approaching|on (?:the|their|his|her) way) "
               r"(?:to )?(?:pick ?up (?:the )?(?:items?|order)|" + _SELLER_PLACE + r")",
               r"^(?:driver )?en ?route to pick ?up$", r"^arrived at pick ?up$",
               r"^dasher (?:confirmed(?: pickup arrival)?|at store)$", r"^driver assigned to (?:the )?delivery$",
               r"^order was created (?:&|and) (?:not )?assigned to a driver$", r"^order was accepted by a driver$",
               r"not yet been acknowledged by the dispatcher", r"does not yet have a courier assigned",
               r"^(?:un)?assigned task has (?:not yet )?been assigned to a worker$"),
        "de": (r"^auftragsdaten (?:wurden )?erfasst$",),
    }),
)
