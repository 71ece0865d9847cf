"""Carrier phrases in Bulgarian, per canonical status, in the order they are tried (first
of all steps: Russian reads "получена" as a delivery, while Bulgarian "Получена
информация за пратка" is the announcement).

Bulgarian is Cyrillic, so nothing folds: phrases are whole-word Cyrillic regular
expressions like the Russian ones. The narrow meaning comes first: back to the sender
("Доставена обратно към подателя", "Върната и доставена към подател") before the bare
"доставена", a bad address ("Отложена доставка поради неточен/непълен адрес") before a
postponed delivery, which is a delay, and a parcel prepared for collection by the
recipient before any transit word. The phrases name Bulgarian forms Russian does not
use ("пратка", "доставена", "подател", "унищож…", "кражба"), so they do not fire on
Russian or Ukrainian texts; Speedy writes some words with a Latin letter inside
("Взeмане", "Обработенa"), which the phrases allow.

Vocabulary from Speedy's status names (a Bulgarian shop module's status table) and
Econt's shortDeliveryStatus values with their English equivalents (a TypeScript client's
API types); lossanalytics/normalise/known_texts/SOURCES.md names each.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

BULGARIAN_STEPS: tuple[Step, ...] = (
    # Destroyed or stolen: the parcel is gone.
    ("lost", {
        "bg": (r"унищож\w*", r"кражба"),
    }),
    # Back to the sender, also "delivered back to the sender".
    ("returned", {
        "bg": (r"(?:към|на) подател\w*",),
    }),
    # A refusal, an impossible delivery or a bad address, before the bare "доставена".
    ("delivery_failed", {
        "bg": (r"невъзможна доставка", r"неуспешна доставка", r"не е доставен\w*", r"отказан\w* от получател\w*",
               r"(?:неточен|непълен|грешен)\w*(?: \w+)? адрес\w*"),
    }),
    # Stopped by the sender, a postponed delivery, a delay or a full round: a problem.
    ("exception", {
        "bg": (r"спрян\w* от (?:изпращача|подателя)", r"отложена доставка(?! по просьбе)", r"забавяне", r"капацитет за доставка"),
    }),
    ("cancelled", {
        "bg": (r"анулиран\w*", r"отменен\w*"),
    }),
    ("available_for_pickup", {
        "bg": (r"самостоятелно събиране",),
    }),
    ("delivered", {
        "bg": (r"доставен[аои]?",),
    }),
    # Data received or a label prepared: not yet with the carrier.
    ("info_received", {
        "bg": (r"получена информация", r"подготвена в eecont"),
    }),
    ("in_transit", {
        "bg": (r"приет[аио]? в (?:еконт|офис)", r"пътува\w*", r"в офис на (?:приемащ|предаващ) куриер",
               r"логистичен център", r"проверява се", r"обработва се", r"вз[еe]мане от куриер", r"пренасочен\w*",
               r"износ (?:към|за)"),
    }),
)
