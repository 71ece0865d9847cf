"""Customs clearance read by its meaning, across languages (round 47): the states a cross-border parcel passes at
import and export clearance as customs systems and brokers word them ("海关审结", "查验", "挂起", "выпуск товаров
разрешен", "отказ в выпуске", "не выпущено", "통관목록접수", "하선신고 수리", "در حال ترخیص").

CUSTOMS_FIRST_STEPS, tried before every other step, read the customs decisions that other steps read by a word of
their own ("уплаты" as duties due, "отказано" as a refusal by the recipient, "зарегистрирована" and "접수" as data):

- a release refused, prohibited, suspended or put off, goods not released, duties that must be paid before the
  release and goods that must be declared again on a full declaration are held by customs: an exception;
- a release permitted, with or without duties, and goods released move on;
- a goods declaration registered and an express clearance list or import declaration received or under review
  are clearance in progress: the parcel moves on.

CUSTOMS_LATE_STEPS, tried after every other step, read only texts nothing else reads:

- customs sending a declaration back, an inspection as the whole status and a suspended declaration hold the
  parcel: an exception, as is a customs status that asks for a further review (a milestone that only names an
  inspection, "国内海关查验", is left unread, as round 19a's test keeps it);
- a customs review concluded, a manual review, a customs case closed, an arrival report, a cargo manifest filed,
  an unloading declaration and clearance awaited, under way or done move on.

What was assumed (DESIGN §4): a customs hold, an inspection and a request for documents or duties are exceptions,
not losses; a release, and clearance merely in progress, move on, as the development corpus's other customs rows
read. A refusal of the release says nothing of a seizure or a return, so it stays a hold. A declaration's own
transmission states (stored, being sent, sent) are left unread: they say nothing of where the parcel is.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, punctuation as spaces, Cyrillic, Hangul,
Chinese and Persian letters kept). Written by the team from DESIGN §4's statuses (tests/test_status_meaning_customs.py
holds the examples); no customs system's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# The release of goods by customs, in Russian ("выпуск", "выпущено").
_RELEASE = r"(?:выпуск\w*|выпущ\w*)"

CUSTOMS_FIRST_STEPS: tuple[Step, ...] = (
    # A release refused, prohibited, suspended or put off; goods not released; duties due before the release; goods
    # that must be declared on a full declaration: held by customs.
    ("exception", {
        "ru": (r"\bне " + _RELEASE,
               r"(?<!возврат )\bотказ\w* в " + _RELEASE,
               r"(?:приостанов\w*|продлени\w*) (?:срока )?" + _RELEASE,
               r"\b" + _RELEASE + r" (?:\w+ )?(?:запрещ\w*|не разреш\w*)",
               r"\b" + _RELEASE + r" (?:\w+ ){0,2}с обязательной уплатой",
               r"\bтребуется уплата\b",
               r"\bподлеж\w* (?:\w+ )?декларировани\w*"),
    }),
    # A release permitted, with duties paid or none due; goods released: moving on.
    ("in_transit", {
        "ru": (r"\b" + _RELEASE + r" (?:\w+ ){0,2}(?:разреш\w*|без уплаты)",
               r"^выпущ\w*"),
    }),
    # A goods declaration registered; an express clearance list or an import declaration received or under review:
    # clearance in progress.
    ("in_transit", {
        "ru": (r"\b(?:дт|декларац\w*) (?:на товары )?зарегистрир\w*",),
        "ko": (r"(?:통관 ?목록 ?접수)", r"(?:수입 ?(?:신고 ?)?(?:\S+ )?심사 ?진행)"),
    }),
)

CUSTOMS_LATE_STEPS: tuple[Step, ...] = (
    # Customs sent the declaration back, inspects the goods (the whole status) or suspended it; a further review needed.
    ("exception", {
        "zh": (r"(?:海关 ?退单)", r"^(?:海关 ?)?查验中?$", r"^(?:海关)?挂起$"),
        "fa": (r"نیاز به بررسی", r"بررسی بیشتر"),
    }),
    # A customs review concluded, a manual review, the customs case closed: clearance goes on.
    ("in_transit", {
        "zh": ("审结", "人工审核", r"^(?:海关)?结关$"),
    }),
    # An arrival report, a cargo manifest filed, an unloading declaration; clearance awaited, under way or done.
    ("in_transit", {
        "ko": (r"(?:입항 ?보고)", r"(?:적하 ?목록 ?제출)", r"(?:하선 ?신고)"),
        "fa": (r"ترخیص",),
    }),
)
