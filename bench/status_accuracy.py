"""How often the status reader gets real carrier texts right, per status and language.

    python -m bench.status_accuracy [--markdown docs/status-accuracy.md]

Scores lossanalytics.normalise.statuses.read_status on the development corpus (shipped in
lossanalytics/normalise/known_texts/, where the unread lines' hints come from) and the blind
corpora in tests/corpus/, texts that carriers and tracking platforms published (code tables, API samples in
public SDK repositories), each labelled from the source's own code or meaning by a
labeller who never saw the product's vocabulary (lossanalytics/normalise/known_texts/SOURCES.md):
- carrier_texts.csv, the development corpus: the vocabulary was widened until it read it;
- heldout_texts.csv, from other sources, read by nobody while the vocabulary was written:
  its score is what a seller with unseen exports can expect;
- fresh_texts.csv, recorded API responses from yet other repositories, collected after
  the held-out corpus had been scored (FRESH_SOURCES.md), and likewise never read;
- fresh2_texts.csv, carrier e-mail phrases, SDK status tables and recorded responses from a
  fourth set of repositories, 13 languages (FRESH2_SOURCES.md), likewise never read;
- fresh3_texts.csv, status transformers, code lists and webhook enums from a fifth set of
  repositories, 14 languages, collected while the Russian, Ukrainian and Romanian phrases were
  written and kept apart from their sources (FRESH3_SOURCES.md), likewise never read; its
  Czech and Vietnamese texts were first covered by the fourth round (Czech and Vietnamese
  phrases from other carriers' tables), scored once at its end;
- fresh4_texts.csv, 548 texts from a sixth set of sources (40 carriers, 16 languages, among them
  Hungarian, Turkish and Thai, which no vocabulary round has covered), collected while a
  precision round ran and kept apart from its sources (FRESH4_SOURCES.md), likewise never read;
- fresh5_texts.csv, 532 texts from a seventh set of sources (30 carriers and platforms, 12 languages, a
  sixth of them Italian), collected while three vocabulary rounds ran and kept apart from their sources
  (FRESH5_SOURCES.md), likewise never read;
- fresh6_texts.csv, 502 texts from an eighth set of sources (53 carriers and platforms, 15 languages:
  recorded traces, notification templates, marketplace texts), collected while the ninth round ran
  and kept apart from its sources and every earlier round's (FRESH6_SOURCES.md), likewise never read;
- fresh7_texts.csv, 274 texts from a ninth set of sources (18 carriers and integrations, 9 languages:
  Romanian, Greek, Finnish, Swedish, Korean, Vietnamese, Turkish, Bulgarian and Indian couriers'
  English), collected while the twenty-eighth round ran and kept apart from every earlier source
  (FRESH7_SOURCES.md), likewise never read;
- fresh8_texts.csv, 263 texts from a tenth set of sources (27 carriers and platforms, 14 languages:
  Portuguese, Chinese, Indonesian, Vietnamese, Croatian, Arabic and same-city couriers' English),
  collected while the thirty-seventh round ran and kept apart from every earlier source
  (FRESH8_SOURCES.md), likewise never read;
- fresh9_texts.csv, 272 texts from an eleventh set of sources (20 carriers and platforms, 8 languages: Iraqi and
  Algerian couriers' Arabic and French, container and air cargo events, same-city couriers' English), collected
  while the thirty-ninth and fortieth rounds ran; the one source it shared with the thirty-ninth was withdrawn
  from the development corpus (FRESH9_SOURCES.md), likewise never read;
- fresh10_texts.csv, 163 texts from a twelfth set of sources (13 carriers and platforms, 7 languages: a
  payment platform's and a food-delivery platform's delivery states, Tunisian, Gulf and Turkish couriers,
  Canadian and British same-city couriers; four in five neither in transit nor delivered), collected while
  the forty-eighth to fifty-first rounds ran and kept apart from their sources (FRESH10_SOURCES.md),
  likewise never read;
- fresh11_texts.csv, 174 texts from a thirteenth set of sources (20 carriers and platforms, 10 languages: a
  Hong Kong same-day courier, a German freight forwarder, a payment platform's tracking statuses, a Saudi
  e-commerce platform, a Spanish-language parcel service, Japanese and French back ends, shop translations;
  three in five neither in transit nor delivered), collected while the fifty-second and fifty-third rounds ran
  and kept apart from their sources (FRESH11_SOURCES.md), likewise never read;
- fresh12_texts.csv, 87 texts from a fourteenth set of sources (11 carriers and platforms, 8 languages: a
  Polish freight carrier's event and non-delivery codes, a Polish courier broker, an Indonesian storefront's
  shipping states, a Brazilian and a Dutch courier, a French mail API, a Nepali ERP's courier mappings; two
  in three neither in transit nor delivered), collected while the fifty-fourth and fifty-fifth rounds ran and
  kept apart from their sources (FRESH12_SOURCES.md), likewise never read;
- fresh13_texts.csv, 51 texts from a fifteenth set of sources (11 carriers and platforms, 6 languages: a
  Belgian post's event keys and parcel-box statuses, a Sri Lankan courier, UPS's return-to-sender reasons, a
  parcel tracker, a second-hand marketplace's delivery network, a Dutch courier, a Norwegian post; two in three
  neither in transit nor delivered), collected while the fifty-sixth to fifty-eighth rounds ran and kept apart
  from their sources (FRESH13_SOURCES.md), likewise never read;
- fresh14_texts.csv, 137 texts from a sixteenth set of sources (10 carriers and platforms, 9 languages: an
  Indonesian shipping aggregator's status codes, a Chilean shipping platform's states, a Polish post's reasons
  for return and a recorded tracking response, a Russian courier's exception events, a Turkish carrier's status
  codes, a Korean delivery service, a Romanian courier, a Spanish-language sheet of postal non-delivery reasons,
  an Italian carrier's anomaly codes; seven in ten neither in transit nor delivered), collected while the
  fifty-ninth to sixty-second rounds ran and kept apart from their sources (FRESH14_SOURCES.md), likewise never
  read;
- fresh15_texts.csv, 289 texts from a seventeenth set of sources (33 apps', shops' and tracking services'
  status labels in 23 languages: a parcel-tracking app's translations of EasyPost's statuses, a Chinese
  tracking console's enums, a Hebrew shopping bot's and several shops' texts for 17TRACK's and AfterShip's
  statuses, a branded-tracking service, Korean apps over one tracking API's status ids, a postal operator's
  UPU event names; four in five neither in transit nor delivered), collected while the sixty-third and
  sixty-fourth rounds ran and kept apart from their sources (FRESH15_SOURCES.md), likewise never read;
- fresh16_texts.csv, 411 texts from an eighteenth set of sources (32 apps', shops', trackers' and couriers' own
  status labels and messages in 24 languages, from translation modules, message catalogues and notification
  templates: 17TRACK's and AfterShip's statuses as shops and apps word them, InPost's ShipX statuses, Shopify's
  fulfilment statuses, Cainiao's action codes, a Colombian tracking app, a Spanish table of carriers' scan
  phrases; three in five neither in transit nor delivered), collected while the sixty-fifth to sixty-eighth
  rounds ran and kept apart from their sources (FRESH16_SOURCES.md), likewise never read;
- fresh17_texts.csv, 347 texts from a nineteenth set of sources (28 carriers' and platforms' status vocabularies as
  shops and apps word them, and some recorded tracking histories, in 22 languages: Thailand Post's, Circuit's, Mercado
  Envíos', Biteship's, GHN's, Packeta's and 17TRACK's statuses, captured Sagawa and Yamato pages, ORLEN Paczka
  responses; three in five neither in transit nor delivered), collected while the seventy-first to seventy-fourth
  rounds ran and kept apart from their sources (FRESH17_SOURCES.md), likewise never read;
- fresh18_texts.csv, 258 texts from a twentieth set of sources (28 carriers' and platforms' statuses and some recorded
  event texts in 12 languages: Colissimo lines a refund checker captured in 2011-2015, recorded La Poste and DHL Paket
  events, seeded histories with status keys, InPost's, GHN's, BEST Express's and 17TRACK's statuses as shops and apps
  word them; two in three neither in transit nor delivered), collected while the seventy-seventh to eightieth rounds
  ran and kept apart from their sources (FRESH18_SOURCES.md), likewise never read;
- fresh19_texts.csv, 260 texts from a twenty-first set of sources (47 carriers', platforms', shops' and apps' status
  lists and seeded histories in 17 languages: Viettel Post's order statuses, WeChat's express actions, Correios event
  codes, Envia.com's webhook statuses, a Korean ERP's enum, a Polish courier system, shops' and demos' histories with
  status keys; half neither in transit nor delivered), collected while the eighty-second to eighty-fourth rounds ran
  and kept apart from their sources (FRESH19_SOURCES.md), likewise never read;
- fresh20_texts.csv, 262 texts from a twenty-second set of sources (36 shops', apps', couriers' and demos' status
  vocabularies, customer notifications and seeded histories in 16 languages: Aramex's codes in a shop's webhook,
  Aras Kargo's status words, SF Express traces in a demo, Korean mocks of Hanjin and CJ histories, a status lexicon in
  four languages; three in five neither in transit nor delivered), collected while the eighty-eighth to ninety-fourth
  rounds ran and kept apart from their sources (FRESH20_SOURCES.md), likewise never read;
- fresh21_texts.csv, 263 texts from a twenty-third set of sources (35 carriers and platforms in 15 languages: carriers'
  words recorded in projects, such as a shop's ParcelPanel event replays and DHL, DPD and a Chinese forwarder's events
  with Polish translations, seeded histories with event codes, shops' and apps' status labels, notifications and an
  e-mail classifier's lifecycle phrases; half neither in transit nor delivered), collected while the ninety-fifth to
  ninety-ninth rounds ran and kept apart from their sources (FRESH21_SOURCES.md), likewise never read;
- fresh22_texts.csv, 263 texts from a twenty-fourth set of sources (32 carriers and platforms in 12 languages: carriers'
  codes and wordings kept in projects, such as a parcel tracker's classifier tests replaying carriers' words, DHL
  Parcel Poland's app labels, a Correios event table, a Polish courier's codes and Hermes's status sentences, demo
  and recorded histories, shops' and couriers' vocabularies, and notifications in English and Arabic; three in five
  neither in transit nor delivered), collected while the hundredth to hundred-and-sixth rounds ran and kept apart
  from their sources (FRESH22_SOURCES.md), likewise never read;
- fresh23_texts.csv, 328 texts from a twenty-fifth set of sources (24 carriers and platforms in 11 languages: carriers'
  words kept in projects, such as a dashboard card's recorded 17TRACK events with their German translations and an
  English-to-Portuguese carrier phrase table, seeded and demo histories, shops' and apps' status vocabularies, and
  customers' notifications; half neither in transit nor delivered), collected while the hundred-and-thirteenth to
  hundred-and-nineteenth rounds ran and kept apart from their sources (FRESH23_SOURCES.md), likewise never read;
- fresh24_texts.csv, 268 texts from a twenty-sixth set of sources (36 carriers and platforms in 15 languages: carriers'
  wordings and code tables kept in projects, such as DHL Express checkpoints with a Mexican site's Spanish texts, a
  delivery partner's return-to-station reasons and a Chinese tracking status-code table, seeded and test histories,
  shops' and platforms' status vocabularies, and customers' notifications; three in five neither in transit nor
  delivered), collected while the hundred-and-twentieth to hundred-and-twenty-fifth rounds ran and kept apart from
  their sources (FRESH24_SOURCES.md), likewise never read;
- fresh25_texts.csv, 251 texts from a twenty-seventh set of sources (20 carriers and platforms in 20 languages:
  carriers' code tables kept in shop plugins, such as Colissimo's event codes in French and Posti's status texts in
  Finnish, Estonian, Lithuanian and Latvian, USPS event texts a plugin groups, recorded Korean and Cypriot tracking
  pages, and shops' and apps' status vocabularies; half neither in transit nor delivered), collected while the
  hundred-and-twenty-sixth to hundred-and-twenty-eighth rounds ran and kept apart from their sources
  (FRESH25_SOURCES.md), likewise never read;
- fresh26_texts.csv, 262 texts from a twenty-eighth set of sources (40 carriers and platforms in 23 languages: carriers'
  texts kept in projects, such as Bulgarian couriers' operation codes in a shop plugin, a recorded Speedy response, a
  China Post to CTT history, Danish carriers' results and Czech Post events, and shops', apps' and platforms'
  vocabularies, the largest a shop's delivery e-mails in twelve languages; nearly half neither in transit nor
  delivered), collected while the hundred-and-twenty-ninth to hundred-and-thirty-first rounds ran and kept apart from
  their sources (FRESH26_SOURCES.md), likewise never read;
- fresh27_texts.csv, 256 texts from a twenty-ninth set of sources (24 carriers and platforms in 14 languages: carriers'
  texts kept in projects, such as Flash Express and J&T events with a Thai shop's wording, GHN's statuses in
  Vietnamese and English, recorded Colissimo and JD histories, and platforms', shops' and apps' vocabularies and
  notification tests; half neither in transit nor delivered), collected while the hundred-and-thirty-second to
  hundred-and-thirty-fourth rounds ran and kept apart from their sources (FRESH27_SOURCES.md), likewise never read;
- fresh28_texts.csv, 260 texts from a thirtieth set of sources (23 carriers and platforms in 9 languages: recorded
  histories, such as forwarders' China Post and ZTO legs, Yunda histories from API documentation and JNE histories,
  carriers' texts in tracking projects' tests, a Taiwanese delivery system's exception reasons, Vietnamese couriers'
  failed-delivery reasons and shops' status vocabularies; two in five neither in transit nor delivered), collected while
  the hundred-and-thirty-fifth to hundred-and-thirty-seventh rounds ran and kept apart from their sources
  (FRESH28_SOURCES.md), likewise never read;
- fresh29_texts.csv, 306 texts from a thirty-first set of sources (25 carriers and platforms in 12 languages: recorded
  Chinese express histories (YTO, STO, TTK, SF, ZTO, China Post, EMS), DHL Express, Hermes and DHL Paket checkpoints in
  parcel-tracker tests, an Argentine shop's courier status table with its customer messages, and shops', apps' and
  simulators' vocabularies; two in five neither in transit nor delivered), collected while the hundred-and-thirty-eighth
  to hundred-and-fortieth rounds ran and kept apart from their sources (FRESH29_SOURCES.md), likewise never read.

Besides accuracy it counts what a miss does to the seller's numbers: a text left unread is
listed for the seller to name; a text read as another open status (in transit for an
exception) keeps the parcel open, as it was; a text read into another outcome (delivered for a
parcel still moving, open for one returned, delivered for one returned) moves a parcel between
the loss rates' outcomes and in or out of the suspected-lost list.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lossanalytics.normalise.statuses import TERMINAL_STATUSES, read_status

ROOT = Path(__file__).resolve().parent.parent
DEVELOPMENT = ROOT / "lossanalytics" / "normalise" / "known_texts" / "carrier_texts.csv"
CORPORA = ROOT / "tests" / "corpus"


def corpus(name: str) -> Path:
    """A blind corpus's file by its short name ("heldout", "fresh", "fresh2", …)."""
    return CORPORA / f"{name}_texts.csv"


# Every corpus the report covers, named and in the order of its tables.
NAMED_CORPORA: tuple[tuple[str, Path], ...] = (
    ("Development corpus", DEVELOPMENT),
    ("Held-out corpus", corpus("heldout")),
    ("Fresh corpus", corpus("fresh")),
    ("Second fresh corpus", corpus("fresh2")),
    ("Third fresh corpus", corpus("fresh3")),
    ("Fourth fresh corpus", corpus("fresh4")),
    ("Fifth fresh corpus", corpus("fresh5")),
    ("Sixth fresh corpus", corpus("fresh6")),
    ("Seventh fresh corpus", corpus("fresh7")),
    ("Eighth fresh corpus", corpus("fresh8")),
    ("Ninth fresh corpus", corpus("fresh9")),
    ("Tenth fresh corpus", corpus("fresh10")),
    ("Eleventh fresh corpus", corpus("fresh11")),
    ("Twelfth fresh corpus", corpus("fresh12")),
    ("Thirteenth fresh corpus", corpus("fresh13")),
    ("Fourteenth fresh corpus", corpus("fresh14")),
    ("Fifteenth fresh corpus", corpus("fresh15")),
    ("Sixteenth fresh corpus", corpus("fresh16")),
    ("Seventeenth fresh corpus", corpus("fresh17")),
    ("Eighteenth fresh corpus", corpus("fresh18")),
    ("Nineteenth fresh corpus", corpus("fresh19")),
    ("Twentieth fresh corpus", corpus("fresh20")),
    ("Twenty-first fresh corpus", corpus("fresh21")),
    ("Twenty-second fresh corpus", corpus("fresh22")),
    ("Twenty-third fresh corpus", corpus("fresh23")),
    ("Twenty-fourth fresh corpus", corpus("fresh24")),
    ("Twenty-fifth fresh corpus", corpus("fresh25")),
    ("Twenty-sixth fresh corpus", corpus("fresh26")),
    ("Twenty-seventh fresh corpus", corpus("fresh27")),
    ("Twenty-eighth fresh corpus", corpus("fresh28")),
    ("Twenty-ninth fresh corpus", corpus("fresh29")),
)


@dataclass
class Scores:
    """Right and total counts per group ("all", "language:de", "status:lost"), and the misses."""

    right: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    # Not in the repr: a failing guard on a blind corpus must not print its texts to whoever runs it.
    misses: list[dict[str, str]] = field(default_factory=list, repr=False)

    def accuracy(self, group: str = "all") -> float:
        return self.right[group] / self.total[group]

    def groups(self, prefix: str) -> list[str]:
        return sorted(g for g in self.total if g.startswith(prefix))

    def unread(self) -> int:
        """Texts with a known status that the reader left unknown (listed for the seller)."""
        return sum(miss["got"] == "unknown" for miss in self.misses)

    def wrong_status(self) -> int:
        """Texts read as a status other than their label (not counting those left unread)."""
        return len(self.misses) - self.unread()

    def wrong_outcome(self) -> int:
        """Texts read into another outcome than their label's (see :func:`outcome_of`)."""
        return sum(miss["got"] != "unknown" and outcome_of(miss["got"]) != outcome_of(miss["expected"])
                   for miss in self.misses)


def outcome_of(status: str) -> str:
    """What a status means for the loss rates and the suspected-lost list: a closed outcome
    (delivered, returned, lost, damaged, cancelled) as itself, every other known status as "open"
    (the parcel may still arrive, and is watched for loss), unknown as unknown."""
    if status in TERMINAL_STATUSES or status == "unknown":
        return status
    return "open"


def score(path: Path) -> Scores:
    """Read every text of a corpus file and count what came out right."""
    scores = Scores()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            got = read_status(row["text"]).status
            for group in ("all", f"language:{row['language']}", f"status:{row['expected']}"):
                scores.total[group] += 1
                scores.right[group] += got == row["expected"]
            if got != row["expected"]:
                scores.misses.append({**row, "got": got})
    return scores


def table(scores: Scores) -> str:
    """A markdown table of accuracy per language and per status."""
    lines = ["| Group | Right | Texts | Accuracy |", "|---|---:|---:|---:|"]
    for group in ("all", *scores.groups("language:"), *scores.groups("status:")):
        lines.append(f"| {group} | {scores.right[group]} | {scores.total[group]} | {scores.accuracy(group):.3f} |")
    return "\n".join(lines)


def consequences(named: list[tuple[str, Path, Scores]]) -> str:
    """A markdown table per corpus: right, left unread, read as a wrong status, read into a wrong outcome."""
    lines = ["## What the misses do to the seller's numbers", "",
             "| Corpus | Texts | Right | Left unread (listed for the seller) | Read as a wrong status | "
             "Of those, into a wrong outcome |", "|---|---:|---:|---:|---:|---:|"]
    for name, path, scores in named:
        n = scores.total["all"]
        counts = " | ".join(f"{k} ({k / n:.1%})" for k in (scores.unread(), scores.wrong_status(), scores.wrong_outcome()))
        lines.append(f"| {name} (`{path.name}`) | {n} | {scores.accuracy():.3f} | {counts} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", type=Path, help="write the tables to this file")
    parser.add_argument("--misses", action="store_true", help="list the texts read wrong")
    args = parser.parse_args()
    parts, named = [], []
    for name, path in NAMED_CORPORA:
        if not path.exists():
            continue
        scores = score(path)
        named.append((name, path, scores))
        parts.append(f"## {name} (`{path.name}`)\n\n{table(scores)}\n")
        if args.misses:
            for miss in scores.misses:
                print(f"{path.name}\t{miss['language']}\t{miss['expected']}\t{miss['got']}\t{miss['text']}")
    text = "\n".join([consequences(named), *parts])
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
