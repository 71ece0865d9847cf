"""Romanian and Turkish read by grammar and meaning, thirtieth round: first about precision (a word of a delivery, a
pickup or a return used for something else), then wordings earlier passes did not reach.

RO_TR_FIRST_STEPS, tried before status_phrases_meaning_fr_hu_ro_4's first steps (so before every Romanian step,
which reads "livrat", "nelivrat", "retur", "easybox", "avizat", "sortare" and "destinatar necunoscut" whatever
surrounds them, and before every Turkish step, which reads "iade edildi", "teslim edildi", "teslim edilecek" and
"gönderi bulunamadı" alone), decide against such a word:

- a message ("SMS livrat", "SMS de notificare nelivrat", "E-mailul de confirmare a fost livrat") or money
  ("Returnare bani procesată", "Retur bani aprobat", "Ödeme iade edildi") says nothing of the parcel;
- a parcel "livrat de curier la sediul Cargus" or "la depozit", "predat de expeditor", "lăsat de expeditor la
  punctul de predare", "predată Poștei Române", taken "de la vânzător" by the courier, "Aras Kargo'ya teslim
  edildi" moves on (a hand-over inside the network, not to the recipient);
- a pickup from the sender booked, asked for or not made, the seller yet to hand the parcel over, an order handed
  to the shop's logistics department, a label generated are only data;
- a parcel the recipient can collect ("se poate ridica", "poți ridica", "ridică-l cu codul"), one "în FANbox",
  one "noktaya teslim edildi" or "dolaba bırakıldı", or a PTT branch where it "alıcısını bekliyor" waits for
  the recipient, even after "Avizat";
- a parcel "ridicat de tine din easybox", "dolaptan teslim alındı", left with a colleague of the recipient is
  delivered;
- a return named with its reason ("returnată la expeditor, destinatar necunoscut"), a parcel "livrat în depozitul
  de retur" or "göndericiye teslim edildi" is a return; a refusal outweighs the damage given as its reason
  ("Refuzat - colet deteriorat", "hasarlı olduğu için alıcı kabul etmedi");
- a delivery into a locker still to come ("va fi livrat în easybox mâine"), a parcel on its way to a locker, a
  lost parcel found again ("kayıp gönderi bulundu") move on; a courier on the way to the sender or to collect
  tomorrow is only data;
- the courier "pe drum", arriving "în 30 de minute", "azi îți livrăm", a delivery "în curs", "gün içinde teslim
  edilecek", a courier assigned ("zimmetlendi") are the round;
- a shipment "blocată", an error or a delay in sorting, instructions awaited, a parcel held at a transfer
  centre ("bekletiliyor") are holds;
- a parcel reported lost ("kayıp olarak bildirildi", "kayıp işlemi başlatıldı") is lost.

RO_TR_LATE_STEPS, tried before status_phrases_meaning_fr_hu_ro_4's late steps, read what nothing else reads: a
delivery booked for a named day, a post office that received the item, a bare "Ridicare de la expeditor" or one
"efectuată", "Urmează livrarea", a redirection or an address changed, a sender who "teslim etti", a shipment
started or exported (moving on); a collection in person (waiting for the recipient); instructions awaited (a
hold); an address incomplete or not identified, a recipient not found at home, a refusal, a postponement the
recipient asked for, a recipient's name wrong (failed attempts); a parcel not found (lost); tracking expired.

What was assumed (DESIGN §4): "Avizat" alone stays a failed attempt (the notice left), as
lossanalytics/normalise/known_texts/carrier_texts.csv's FAN Courier status reads it; a failed payment stays the problem earlier passes
made it (a fee or duty unpaid), and "Henüz teslim edilmedi" stays as status_phrases_turkish reads it (not yet
handed to the carrier); "sediul firmei" (the recipient's company seat) is no carrier's office.

Written by the team from how Romanian and Turkish carriers, posts, shops and apps word their events (no
publisher's table was copied); tests/test_status_meaning_ro_tr.py holds the examples.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# A carrier's own place or hand, where a "delivery" is a hand-over inside the network.
_RO_NETWORK = (r"(?:depozit|hub|vama|centr\w* de (?:sortare|distributie|tranzit)"
               r"|sediul (?:curier\w*|cargus|fan|sameday|dpd|gls|nemo|postei))\w*")
_RO_SENDER = r"(?:expeditor|vanzator|comerciant|magazin)\w*"
_RO_DAY = r"(?:luni|marti|miercuri|joi|vineri|sambata|duminica|maine|poimaine)"
_RO_LOCKER = r"(?:easybox|easy box|fanbox|locker|pachetomat)\w*"
_TR_PICKUP_PLACE = r"(?:teslimat |anlasmali |teslim )?(?:nokta|dolab|dolap|kargomat|akilli dolab)"

RO_TR_FIRST_STEPS: tuple[Step, ...] = (
    # A message or money: nothing about the parcel.
    ("unknown", {
        "ro": (r"^(?:banii|suma|rambursul|ramburs|plata|contravaloarea)\w*(?: \w+){0,4} (?:returnat|rambursat|restituit|virat)\w*",
               r"^(?:\w+ )?(?:sms|e ?mail|email|notificare|mesaj)\w*(?: \w+){0,4} (?:nelivrat|livrat|trimis|esuat)\w*$",
               r"(?:returnare|restituire|retur) (?:a )?(?:banilor|bani|sumei|contravalorii)\b"),
        "tr": (r"(?:odeme|ucret|para|tutar)\w* (?:\w+ )?iade (?:edildi|edilmistir|yapildi)",),
    }),
    # A return named with the reason after it ("returnată la expeditor, destinatar necunoscut").
    ("returned", {
        "ro": (r"(?<!nu a fost )(?<!nu au fost )(?:returnat|trimis\w* inapoi)\w* (?:la |catre )?" + _RO_SENDER,
               r"(?:livrat|predat)\w* (?:\w+ ){0,2}depozit\w* de retur\b"),
        "tr": (r"(?:gondericiye|saticiya) (?:geri )?teslim edil\w*",),
    }),
    # A refusal outweighs the damage given as its reason ("Refuzat - colet deteriorat", "hasarlı olduğu için
    # alıcı kabul etmedi"); a lost parcel found again moves on.
    ("delivery_failed", {
        "ro": (r"refuz\w* (?:\w+ ){0,4}(?:deteriorat|avariat)\w*",),
        "tr": (r"hasar\w* (?:oldugu|oldugundan|nedeniyle|sebebiyle|icin)(?: \w+){0,3} (?:kabul etme\w*|reddet\w*|teslim almadi)",),
    }),
    # Collected by the recipient from a locker, left with a colleague: delivered.
    ("delivered", {
        "ro": (r"(?<!fi )ridicat\w* de (?:tine|dvs|dumneavoastra|destinatar|client) din (?:\w+ )?" + _RO_LOCKER,
               r"(?<!nu )(?:ati|ai) ridicat (?:\w+ ){0,2}din (?:\w+ )?" + _RO_LOCKER,
               r"predat\w* (?:colegului|colegei|vecinului|vecinei|portarului|sotului|sotiei)\b"),
        "tr": (r"(?:dolaptan|dolabindan|kargomattan|noktasindan|noktadan) (?:\w+ )?teslim alindi",
               r"(?:kapiya|kapi onune) birakildi"),
    }),
    # What the recipient can collect, or collected from a locker or a pickup point: waiting for the recipient.
    ("available_for_pickup", {
        "ro": (r"(?<!nu )(?:poti|puteti|se poate|se pot|poate fi|pot fi) (?:\w+ ){0,2}ridica\w*(?! de (?:catre )?curier| de la (?:expeditor|vanzator))",
               r"ridica l (?:cu|folosind) (?:\w+ )?cod\w*",
               r"(?:este|se afla|a ajuns|asteapta|te asteapta) (?:\w+ ){0,2}in " + _RO_LOCKER,
               r"asteptarea ridicarii (?:de catre|de) (?:destinatar|client)\w*"),
        "tr": (_TR_PICKUP_PLACE + r"\w* (?:teslim edildi|birakildi|yerlestirildi)",
               r"alicisini bekliyor", r"subeden teslim alinacak"),
    }),
    # A hand-over inside the network (a depot, the carrier's office, the post, another courier) or from the sender.
    ("in_transit", {
        "ro": (r"livrat\w* (?:de (?:catre )?\w+ )?(?:(?:la|in|catre) (?:\w+ )?)?" + _RO_NETWORK,
               r"livrat\w* in tranzit\b",
               r"(?:va|vor) fi livrat\w* (?:\w+ ){0,2}(?:in|la) (?:\w+ )?" + _RO_LOCKER,
               r"(?:in curs de livrare|in drum|pe drum|in tranzit) (?:\w+ ){0,2}(?:catre|spre) (?:\w+ )?" + _RO_LOCKER,
               r"(?:predat|lasat|depus)\w* (?:\w+ )?de (?:catre )?" + _RO_SENDER,
               r"predat\w* (?:catre )?postei\b",
               r"(?<!nu a )(?<!nu a fost )(?<!inca )(?<!fi )(?<!fie )ridicat (?:\w+ ){0,2}de la " + _RO_SENDER),
        "tr": (r"kargo ya teslim edil\w*", r"kayip (?:\w+ )?bulundu"),
    }),
    # A pickup from the sender booked, asked for or not made, the seller still to hand it over, an order with
    # the shop's logistics, a label made: only data.
    ("info_received", {
        "ro": (r"ridicar\w* (?:de la (?:\w+ )?" + _RO_SENDER + r" )?(?:programat|planificat|solicitat)\w*",
               r"solicitare\w* de ridicare", r"(?:va|vor) fi ridicat\w* de (?:catre )?curier\w*",
               r"curier\w* (?:este |e |se afla |a plecat )?(?:pe drum|in drum|merge|vine) (?:spre|catre|la) " + _RO_SENDER,
               r"ridicar\w* de la (?:\w+ )?" + _RO_SENDER + r" (?:\w+ ){0,2}nu a fost (?:efectuat|realizat)\w*",
               r"(?:vanzator|expeditor|comerciant)\w* sa predea",
               r"departament\w* (?:de )?logistic\w*",
               r"eticheta\w* (?:\w+ ){0,4}(?:generat|creat|emis|tiparit)\w*"),
        "tr": (r"almak (?:icin|uzere) (?:\w+ )?(?:yola cik|gel)\w*",),
    }),
    # The courier on the way or minutes away, a delivery today or in progress, a courier assigned.
    ("out_for_delivery", {
        "ro": (r"curier\w* (?:\w+ ){0,2}pe drum\b(?!.*\b(?:depozit|hub|expeditor)\w*)",
               r"curier\w* (?:\w+ ){0,2}ajunge (?:\w+ ){0,2}in (?:aproximativ |circa |cca )?\d+ (?:de )?minut\w*",
               r"(?:azi|astazi) (?:\w+ ){0,2}livram\b", r"livram (?:\w+ ){0,2}(?:azi|astazi)\b",
               r"(?<!retur )livrare\w* in curs\b(?! de (?:programare|procesare))",
               r"livrare\w* (?:\w+ ){0,2}va fi (?:efectuat|realizat)\w* (?:\w+ ){0,2}(?:azi|astazi)\b"),
        "tr": (r"gun icinde (?:\w+ ){0,2}teslim edilecek",
               r"(?:dagitim|kurye)\w* (?:\w+ )?zimmetlen\w*", r"teslimat (?:icin|amaciyla) yolda"),
    }),
    # Blocked, an error or a delay in sorting, instructions awaited, held at a transfer centre: a hold.
    ("exception", {
        "ro": (r"(?:expediere|expeditie|colet|trimitere|livrare|comanda)\w* blocat\w*(?!.*\b(?:returnat\w*|retur)\b)",
               r"(?:eroare|intarziere)\w* (?:de |la )(?:sortare|rutare|procesare)"),
        "tr": (r"(?:transfer|aktarma|gumruk|depo)\w* (?:\w+ )?bekletil\w*", r"talimat\w* bekleniyor"),
    }),
    ("lost", {
        "tr": (r"kayip (?:olarak|islemi|sureci|tutanagi)",),
    }),
)

RO_TR_LATE_STEPS: tuple[Step, ...] = (
    # A delivery booked for a named day, a post office that received the item, a redirection, a shipment
    # started or exported: moving on.
    ("in_transit", {
        "ro": (r"livrare\w* (?:\w+ ){0,2}(?:programat|planificat|estimat)\w* (?:pentru )?(?:\w+ )?" + _RO_DAY,
               r"livrare\w* (?:\w+ ){0,2}va fi (?:efectuat|realizat)\w*",
               r"^ridicare de la " + _RO_SENDER + r"$", r"urmeaza livrarea",
               r"ridicar\w* de la (?:\w+ )?" + _RO_SENDER + r" (?:\w+ )?(?:efectuat|realizat|reusit)\w*",
               r"oficiul postal (?:\w+ ){0,2}a primit", r"primit\w* (?:\w+ ){0,2}(?:in|la) oficiul postal"),
        "tr": (r"^(?:kargonuz|gonderiniz|gonderi|kargo|paketiniz|siparisiniz) yonlendiril\w*",
               r"(?:yeni|dogru|baska) (?:\w+ )?(?:adrese|subeye|noktaya) yonlendiril\w*", r"sevk\w* (?:basladi|edildi|edilmistir)",
               r"cikis (?:islemi )?(?:yapildi|yapilmistir)", r"(?:gondericiden|saticidan|magazadan) (?:\w+ )?aldi\b",
               r"(?:isyerinde|subede|subesinde) kabul edildi", r"gonderici\w* (?:\w+ ){0,2}teslim etti",
               r"(?:teslimat |alici )?adres\w* (?:degistirildi|guncellendi)"),
    }),
    # An address incomplete or not identified, nobody found at home, a refusal, a postponement asked for, a
    # name wrong: a failed attempt.
    ("delivery_failed", {
        "ro": (r"adres\w* (?:\w+ ){0,3}(?:este |e )(?:incomplet|gresit|inexistent|eronat)\w*",
               r"adres\w* (?:\w+ ){0,2}nu a putut fi (?:identificat|gasit|localizat)\w*",
               r"nu (?:te|v|va|l|o) a (?:\w+ )?gasit\b"),
        "tr": (r"alici (?:tarafindan )?(?:\w+ )?redded\w*", r"alici (?:\w+ ){0,2}ertele\w*",
               r"(?:adi|ad soyad|isim)\w* (?:soyadi )?hatali"),
    }),
    # Collection in person from the carrier's office: waiting for the recipient.
    ("available_for_pickup", {
        "ro": (r"ridicare\w* personal\w*",),
    }),
    # Instructions awaited: a hold.
    ("exception", {
        "ro": (r"(?:asteapta|asteptam|asteptarea|se asteapta) instructiuni\w*",),
    }),
    # A parcel nobody can find any more (the parcel itself, not an address or a person): lost. One that "cannot
    # be found" now may be searched for, as a hub's "not found" is (english_5).
    ("lost", {
        "ro": (r"(?:expeditie|expediere|colet|trimitere)\w* negasit\w*", r"(?:expeditie|expediere|colet|trimitere|pachet)\w* nu mai poate fi (?:gasit|localizat)\w*"),
    }),
    ("expired", {
        "ro": (r"urmarire\w* (?:\w+ )?(?:a )?expirat\w*", r"nu mai exista actualizari"),
        "tr": (r"takip sure\w* (?:doldu|sona erdi)",),
    }),
)
