"""`python -m lossanalytics`: the product without the browser (DESIGN §11)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, NoReturn

from lossanalytics.analytics.metrics import GROUPINGS
from lossanalytics.cli.commands import (
    cmd_claims,
    cmd_demo,
    cmd_import,
    cmd_rates,
    cmd_read_as,
    cmd_shipments,
    cmd_suspected,
    cmd_undo,
    cmd_unread,
)
from lossanalytics.cli.lake_commands import cmd_export_lake, run_aggregate, run_spark
from lossanalytics.i18n import DEFAULT_LANGUAGE, LANGUAGES, Problem, t
from lossanalytics.importing.status_vocabulary import ASSIGNABLE
from lossanalytics.storage.db import Database
from lossanalytics.storage.workspaces import create_workspace, resolve_db_path

LANGUAGE_ENV_VAR = "LOSSANALYTICS_LANG"


# Where a seller's shell says its language, strongest first (POSIX precedence).
_LOCALE_ENV_VARS = ("LC_ALL", "LC_MESSAGES", "LANG")


class _UsageError(Exception):
    """A command line argparse cannot understand; main() says so in one line."""


class _Parser(argparse.ArgumentParser):
    """argparse, whose complaints become one line in the seller's language like every other failure."""

    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _asked_language(argv: Sequence[str] | None) -> str | None:
    """The --lang of a command line, read before the whole of it is understood."""
    early = _Parser(add_help=False)
    early.add_argument("--lang")
    try:
        return early.parse_known_args(argv)[0].lang
    except _UsageError:
        return None


def cli_language(explicit: str | None = None) -> str:
    """The seller's language: --lang, else $LOSSANALYTICS_LANG, else the shell's locale (zh_CN… is Chinese)."""
    if explicit is not None and explicit in LANGUAGES:
        return explicit
    chosen = os.environ.get(LANGUAGE_ENV_VAR, "")
    if chosen in LANGUAGES:
        return chosen
    locale = next((os.environ[v] for v in _LOCALE_ENV_VARS if os.environ.get(v)), "")
    return "zh" if locale.casefold().startswith("zh") else DEFAULT_LANGUAGE


def today() -> date:
    """The real current day, the command's one reading of the clock: outcomes may be judged as
    of an older date (--as-of, or the newest scan), but claim deadlines count from this day."""
    return date.today()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m lossanalytics", description="Logistics Loss Analytics")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", help="database file (default: $LOSSANALYTICS_DB or data/lossanalytics.duckdb)")
    where.add_argument("--workspace", help="a seller's workspace on a shared server (its own database; see docs/deployment.md)")
    parser.add_argument("--engine", choices=("duckdb", "spark"), default="duckdb",
                        help="where the analytical SQL runs: DuckDB on the database, or Spark on a lake (docs/lake.md)")
    parser.add_argument("--lake", help="with --engine spark or the aggregate command: the data lake's folder "
                        "(export-lake --to DIR)")
    parser.add_argument("--spark-master", help="with --engine spark: the Spark master URL (default local[2]; "
                        "SPARK_REMOTE selects Spark Connect)")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help=f"language of messages and export headers (default: ${LANGUAGE_ENV_VAR}, else the locale)")
    commands = parser.add_subparsers(dest="command", required=True)
    sub = commands.add_parser("import", help="import order and tracking exports")
    sub.add_argument("files", nargs="+")
    sub.set_defaults(run=cmd_import)
    sub = commands.add_parser("undo", help="undo one import by its number")
    sub.add_argument("import_id", type=int)
    sub.set_defaults(run=cmd_undo)
    _judging(commands, "shipments", "every parcel with its outcome", cmd_shipments, ("csv", "json"), out=True)
    rates = _judging(commands, "rates", "loss rates by a grouping", cmd_rates, ("table", "csv", "json"))
    rates.add_argument("--by", required=True, choices=[g for g in GROUPINGS if g != "total"])
    _judging(commands, "suspected", "the suspected-lost list", cmd_suspected, ("csv", "json"), out=True)
    _judging(commands, "claims", "claimable parcels: where, by when, how much", cmd_claims, ("csv", "json"))
    sub = commands.add_parser("demo", help="load the demo data set")
    sub.set_defaults(run=cmd_demo)
    sub = commands.add_parser("unread", help="status values and event texts nothing could read, one line for those "
                              "that differ only in numbers ('similar' counts the others), each with the status the most alike "
                              "known texts vote for")
    sub.add_argument("--format", choices=("csv", "json"), default="csv")
    sub.set_defaults(run=cmd_unread)
    sub = commands.add_parser("read-as", help="give a value nothing could read its status, and every value that differs "
                              "from it only in numbers (applies to stored parcels and later imports)")
    sub.add_argument("value")
    sub.add_argument("status", choices=ASSIGNABLE)
    sub.set_defaults(run=cmd_read_as)
    sub = commands.add_parser("export-lake", help="write the tables as Parquet, partitioned by ship month (docs/lake.md)")
    sub.add_argument("--to", required=True, help="the lake's folder; a re-export rewrites only what changed")
    sub.add_argument("--format", choices=("text", "json"), default="text")
    sub.set_defaults(run=cmd_export_lake)
    _judging(commands, "aggregate", "with --lake DIR: judge the lake's parcels once, for the dashboard (docs/lake.md)",
             None, ("text", "json"))
    return parser


def _judging(commands: Any, name: str, help_text: str, run: Callable[..., int] | None, formats: tuple[str, ...],
             out: bool = False) -> argparse.ArgumentParser:
    """A command that judges the parcels as of a date (--as-of, default the data's own), written
    in one of `formats` (the first by default), to --out when `out`."""
    sub: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
    sub.add_argument("--as-of")
    sub.add_argument("--format", choices=formats, default=formats[0])
    if out:
        sub.add_argument("--out")
    sub.set_defaults(run=run)
    return sub


def main(argv: Sequence[str] | None = None) -> int:
    lang = cli_language(_asked_language(argv))
    try:
        args = build_parser().parse_args(argv)
    except _UsageError as exc:
        print(t("cli.error", lang, message=t("cli.error.usage", lang, detail=exc)), file=sys.stderr)
        return 2
    args.lang = lang
    args.today = today()
    try:
        if args.command == "aggregate":
            return run_aggregate(args)
        if args.engine == "spark":
            return run_spark(args)
        path = create_workspace(args.workspace) if args.workspace else resolve_db_path(args.db)
        db = Database(path)
        try:
            return int(args.run(db, args))
        finally:
            db.close()
    except Problem as exc:
        print(t("cli.error", args.lang, message=exc.message(args.lang)), file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - a bug still ends in one line, not a traceback
        detail = " ".join(str(exc).split())[:200] or "–"
        print(t("cli.error", args.lang, message=t("cli.error.unexpected", args.lang, detail=detail)), file=sys.stderr)
        return 2
