"""Word classes several status phrase modules share: the goods and the people that carriers', shops' and apps'
status texts name, in one language each. A phrase module builds its patterns around them (for example
rf"^{EN_GOODS} (?:was )?booked$"), so one class is written once and reads alike in every pass that uses it."""

# English: what is carried, and who it is for.
EN_GOODS = r"(?:parcel|package|item|shipment|consignment|order|box)"
EN_PERSON = r"(?:customer|consignee|recipient|receiver|addressee|buyer)"
# Indonesian and Malay: package, goods, consignment, order, parcel.
ID_GOODS = r"(?:paket|barang|kiriman|pesanan|parsel)"
# Arabic (folded, as the rules read it: ة as ه): shipment(s), parcel(s), order, order form.
AR_GOODS = r"(?:ال)?(?:شحنه|شحنات|طرد|طرود|طلب|طلبيه)"
