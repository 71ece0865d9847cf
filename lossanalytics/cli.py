"""`python -m lossanalytics`: the product without the browser (DESIGN §11)."""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, NoReturn

import pandas as pd

from lossanalytics.analytics.asof import DataDate, data_date
from lossanalytics.analytics.detect import shipments, suspected
from lossanalytics.analytics.metrics import GROUPINGS, rates
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import load_detection_settings
from lossanalytics.claims import Rules, estimate_claims, load_rules
from lossanalytics.claims.worklist import claims_worklist
from lossanalytics.export import export_frame, flat_text, to_xlsx_bytes, write_csv
from lossanalytics.i18n import DEFAULT_LANGUAGE, LANGUAGES, Problem, t
from lossanalytics.importing import import_paths, undo_import
from lossanalytics.importing.format_names import format_name
from lossanalytics.importing.status_vocabulary import ASSIGNABLE, assign_statuses, unread_values
from lossanalytics.importing.writer import EARLIEST, LATEST
from lossanalytics.lake import LAKE_FILE, SCHEMA_VERSION, export_lake
from lossanalytics.lake_aggregate import DuckDBEngine, aggregate
from lossanalytics.lake_read import lake_state
from lossanalytics.onboarding import load_demo
from lossanalytics.storage.db import Database
from lossanalytics.storage.outfiles import write_atomically
from lossanalytics.storage.parcel_columns import PARCEL_COLUMNS
from lossanalytics.storage.workspaces import create_workspace, resolve_db_path

#: The claim columns the suspected-lost list carries (as in the Suspected page's download).
SUSPECTED_CLAIM_COLUMNS = ("claim_deadline", "days_left", "estimated_compensation", "compensation_currency")
RATE_COLUMNS = (
    "shipments", "delivered", "lost", "suspected_lost", "damaged", "returned", "cancelled", "in_transit",
    "loss_rate", "loss_rate_low", "loss_rate_high", "confirmed_loss_rate", "value_at_loss",
    "transit_p50", "transit_p90", "transit_p95", "on_time_rate", "small_sample",
)


LANGUAGE_ENV_VAR = "LOSSANALYTICS_LANG"
# Where a seller's shell says its language, strongest first (POSIX precedence).
_LOCALE_ENV_VARS = ("LC_ALL", "LC_MESSAGES", "LANG")


class CliError(Problem):
    """A problem with the command line or its input: one line on stderr, exit status 2."""


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


def _as_of(db: Database, args: argparse.Namespace) -> date:
    """The --as-of date; without one, the data's own date (lossanalytics.analytics.asof), named on stderr when not today."""
    return _as_of_from(lambda: data_date(db, args.today), args)


def _as_of_from(known_date: Callable[[], DataDate], args: argparse.Namespace) -> date:
    """:func:`_as_of`, with the data's own date from `known_date` (either engine's)."""
    text = args.as_of
    if not text:
        known = known_date()
        if known.default_as_of != known.today:
            print(t("cli.as_of.newest_scan", args.lang, as_of=known.default_as_of, days=known.age_days),
                  file=sys.stderr)
        return known.default_as_of
    return _given_as_of(text)


def _given_as_of(text: str) -> date:
    """The date of --as-of, within the span the importer accepts; CliError otherwise."""
    try:
        as_of = date.fromisoformat(text)
    except ValueError as exc:
        raise CliError("cli.error.as_of_format", text=repr(text)) from exc
    # The same span the importer accepts dates in; far dates would also overflow date arithmetic.
    if not EARLIEST <= as_of.isoformat() <= LATEST:
        raise CliError("cli.error.as_of_range", text=text, earliest=EARLIEST, latest=LATEST)
    return as_of


def _scope(db: Database, args: argparse.Namespace) -> AnalysisScope:
    """Every parcel, judged as of the --as-of date by the saved detection thresholds."""
    return AnalysisScope(_as_of(db, args), load_detection_settings(db))


def _plain(value: Any) -> Any:
    """A JSON-friendly value: ISO dates, None for missing numbers, lists of plain values."""
    if value is None or value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, (pd.Timestamp, datetime, date)):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (list, tuple)) or type(value).__name__ == "ndarray":
        return [_plain(v) for v in value]
    if hasattr(value, "item"):
        return _plain(value.item())
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: _plain(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


def _write(data: bytes | Callable[[BinaryIO], object], out: str | None) -> None:
    """Write to `out` atomically (a temporary file renamed into place), or to stdout; `data`
    is the bytes or a function that writes them (a CSV streamed a few thousand rows at a time)."""
    if not out:
        try:
            if isinstance(data, bytes):
                sys.stdout.buffer.write(data)
            else:
                data(sys.stdout.buffer)
            sys.stdout.flush()
        except BrokenPipeError:
            # The reader stopped early (`| head`): nothing went wrong. Standard output now
            # leads nowhere, so that Python's own flush at exit stays quiet too.
            nowhere = os.open(os.devnull, os.O_WRONLY)
            os.dup2(nowhere, sys.stdout.fileno())
            os.close(nowhere)
        return
    write_atomically(Path(out), data)


def _frame_output(frame: pd.DataFrame, fmt: str) -> bytes | Callable[[BinaryIO], object]:
    """The frame as JSON or a text table, or (CSV) a function that streams it to a file."""
    if fmt == "json":
        return (json.dumps(_records(frame), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    if fmt == "table":
        return (frame.map(flat_text).to_string(index=False) + "\n").encode("utf-8")
    return partial(write_csv, frame, bom=False, date_format="%Y-%m-%dT%H:%M:%S")


def cmd_import(db: Database, args: argparse.Namespace) -> int:
    missing = [f for f in args.files if not Path(f).is_file()]
    if missing:
        raise CliError("cli.error.no_such_file", path=missing[0])
    failed = 0
    for result in import_paths(db, [Path(f) for f in args.files]):
        if result.outcome == "failed" and result.problem is not None:
            failed += 1
            print(t("cli.error", args.lang, message=result.problem.message(args.lang)), file=sys.stderr)
        elif result.outcome == "duplicate":
            print(t("cli.import.duplicate", args.lang, file=result.file_name,
                    when=f"{result.previous_import_at:%Y-%m-%d %H:%M}"))
        else:
            print(t("cli.import.done", args.lang, file=result.file_name, import_id=result.import_id,
                    format=format_name(result.detected_format, args.lang), kind=t(f"ui.import.kind.{result.kind}", args.lang), read=result.rows_read, stored=result.rows_stored,
                    updated=result.rows_updated, rejected=result.rows_rejected, warned=result.rows_warned))
            if result.confidence is not None:
                print("  " + t("import.recognised_with", args.lang, format=format_name(result.detected_format, args.lang),
                               confidence=f"{result.confidence:.0%}"))
            unused = result.unused_columns
            print("  " + (t("ui.import.unused_columns", args.lang, count=len(unused), columns=", ".join(unused))
                          if unused else t("ui.import.all_columns_used", args.lang)))
    return 1 if failed else 0


def cmd_undo(db: Database, args: argparse.Namespace) -> int:
    removed = undo_import(db, args.import_id)
    print(t("cli.undo.done", args.lang, import_id=args.import_id, rows=removed))
    return 0


def cmd_shipments(db: Database, args: argparse.Namespace) -> int:
    frame = shipments(db, _scope(db, args))
    _write(_frame_output(frame, args.format), args.out)
    return 0


def cmd_rates(db: Database, args: argparse.Namespace) -> int:
    _write_rates(rates(db, args.by, _scope(db, args)), args)
    return 0


def _write_rates(frame: pd.DataFrame, args: argparse.Namespace) -> None:
    keys = [c for c in GROUPINGS[args.by]]
    _write(_frame_output(frame.loc[:, [*keys, *RATE_COLUMNS]], args.format), None)


#: The commands `--engine spark` runs (lossanalytics.engines.spark); the others need the database.
SPARK_COMMANDS = ("shipments", "rates", "suspected", "claims")


def run_spark(args: argparse.Namespace) -> int:
    """A command of :data:`SPARK_COMMANDS` on Spark, reading the lake in --lake: the same output as the DuckDB engine's."""
    if args.command not in SPARK_COMMANDS:
        raise CliError("cli.error.spark_command", commands=", ".join(SPARK_COMMANDS), command=args.command)
    if not args.lake:
        raise CliError("cli.error.spark_needs_lake")
    if "://" not in args.lake:
        described = Path(args.lake) / LAKE_FILE
        if not described.is_file():
            raise CliError("cli.error.no_lake", path=args.lake)
        found = json.loads(described.read_text(encoding="utf-8")).get("schema_version")
        if found != SCHEMA_VERSION:
            raise CliError("cli.error.lake_version", path=args.lake, found=found, ours=SCHEMA_VERSION)
    if args.command == "suspected":
        _out_suffix(args)
    try:
        # Imported only when asked for: PySpark and Java are not needed by the product otherwise.
        from lossanalytics.engines.spark import SparkLake, spark_session
    except ImportError as exc:
        raise CliError("cli.error.no_spark", detail=exc) from exc
    lake = SparkLake(args.lake, spark_session(args.spark_master))
    scope = AnalysisScope(_as_of_from(lambda: lake.data_date(args.today), args), lake.detection_settings())
    if args.command == "shipments":
        _write(_frame_output(lake.shipments(scope), args.format), args.out)
    elif args.command == "suspected":
        _write_suspected(lake.suspected(scope, lang=args.lang), lake.claim_rules(), args)
    elif args.command == "claims":
        _write_claims(lake.claims_worklist(scope, lake.claim_rules(), args.lang, today=args.today), args)
    else:
        _write_rates(lake.rates_many((args.by,), scope)[args.by], args)
    return 0


def _out_suffix(args: argparse.Namespace) -> str | None:
    """The kind of `suspected`'s --out file (.csv or .xlsx; None for standard output)."""
    suffix = Path(args.out).suffix.lower() if args.out else None
    if suffix not in (None, ".csv", ".xlsx"):
        raise CliError("cli.error.out_suffix", path=args.out)
    return suffix


def cmd_suspected(db: Database, args: argparse.Namespace) -> int:
    _out_suffix(args)
    _write_suspected(suspected(db, _scope(db, args), lang=args.lang), load_rules(db), args)
    return 0


def _write_suspected(frame: pd.DataFrame, rules: Rules, args: argparse.Namespace) -> None:
    """The suspected-lost list (either engine's) with what to claim by when, as `suspected` writes it."""
    suffix = _out_suffix(args)
    # What to claim by when, days left counted from the real today (not the as-of date).
    frame = estimate_claims(frame, args.today, rules, args.lang)
    columns = [*PARCEL_COLUMNS, "outcome", "reasons", "risk", *SUSPECTED_CLAIM_COLUMNS]
    frame = frame.loc[:, columns]
    if suffix == ".xlsx":
        _write(to_xlsx_bytes(export_frame(frame, columns, args.lang), t("ui.suspected.sheet", args.lang)), args.out)
    elif suffix == ".csv":
        _write(partial(write_csv, export_frame(frame, columns, args.lang)), args.out)
    else:
        _write(_frame_output(frame, args.format), None)


CLAIM_COLUMNS = (
    "outcome", "claim_where", "claim_deadline", "days_left", "estimated_compensation", "compensation_currency",
    "compensation_basis", "claim_status", "urgency",
)


def cmd_claims(db: Database, args: argparse.Namespace) -> int:
    _write_claims(claims_worklist(db, _scope(db, args), load_rules(db), args.lang, today=args.today), args)
    return 0


def _write_claims(frame: pd.DataFrame, args: argparse.Namespace) -> None:
    """The claims worklist (either engine's) as `claims` writes it."""
    frame = frame.rename(columns={"status_claim": "claim_status"})
    columns = [c for c in (*PARCEL_COLUMNS, *CLAIM_COLUMNS) if c in frame.columns]
    _write(_frame_output(frame.loc[:, columns], args.format), None)


def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    results = load_demo(db)
    imported = sum(r.rows_read for r in results if r.outcome == "imported")
    print(t("cli.demo.done", args.lang, path=db.path, rows=imported, files=len(results)))
    return 0


def cmd_unread(db: Database, args: argparse.Namespace) -> int:
    unread = unread_values(db)
    _write(_frame_output(pd.DataFrame([u.__dict__ for u in unread], columns=["field", "value", "parcels"]),
                        args.format), None)
    return 0


def cmd_read_as(db: Database, args: argparse.Namespace) -> int:
    changed = assign_statuses(db, {args.value: args.status})
    print(t("cli.read_as.done", args.lang, value=args.value, status=t(f"status.{args.status}", args.lang),
            parcels=changed))
    return 0


def cmd_export_lake(db: Database, args: argparse.Namespace) -> int:
    report = export_lake(db, args.to)
    if args.format == "json":
        _write((json.dumps(report.as_dict(), ensure_ascii=False, indent=1) + "\n").encode("utf-8"), None)
        return 0
    print(t("cli.lake.done", args.lang, path=report.folder, written=report.total("written"),
            unchanged=report.total("unchanged"), deleted=report.total("deleted"), seconds=report.seconds))
    for name, table in report.tables.items():
        print("  " + t("cli.lake.table", args.lang, table=name, **vars(table)))
    return 0


def run_aggregate(args: argparse.Namespace) -> int:
    """`aggregate`: the lake's aggregates for the dashboard, computed by --engine (lossanalytics.lake_aggregate)."""
    if not args.lake:
        raise CliError("cli.error.aggregate_needs_lake")
    state = lake_state(args.lake)
    as_of = _given_as_of(args.as_of) if args.as_of else None
    if args.engine == "spark":
        try:
            from lossanalytics.engines.spark import spark_session
            from lossanalytics.engines.spark_aggregate import SparkEngine
        except ImportError as exc:
            raise CliError("cli.error.no_spark", detail=exc) from exc
        report = aggregate(SparkEngine(state.folder, spark_session(args.spark_master)), state, as_of, args.today)
    else:
        engine = DuckDBEngine(state)
        try:
            report = aggregate(engine, state, as_of, args.today)
        finally:
            engine.db.close()
    if args.format == "json":
        _write((json.dumps(report.as_dict(), ensure_ascii=False, indent=1) + "\n").encode("utf-8"), None)
    else:
        print(t("cli.aggregate.done", args.lang, path=report.folder, engine=report.engine, as_of=report.as_of,
                outcomes=report.outcomes, rates=report.rates, seconds=report.seconds))
    return 0


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
    sub = commands.add_parser("shipments", help="every parcel with its outcome")
    sub.add_argument("--as-of")
    sub.add_argument("--format", choices=("csv", "json"), default="csv")
    sub.add_argument("--out")
    sub.set_defaults(run=cmd_shipments)
    sub = commands.add_parser("rates", help="loss rates by a grouping")
    sub.add_argument("--by", required=True, choices=[g for g in GROUPINGS if g != "total"])
    sub.add_argument("--as-of")
    sub.add_argument("--format", choices=("table", "csv", "json"), default="table")
    sub.set_defaults(run=cmd_rates)
    sub = commands.add_parser("suspected", help="the suspected-lost list")
    sub.add_argument("--as-of")
    sub.add_argument("--format", choices=("csv", "json"), default="csv")
    sub.add_argument("--out")
    sub.set_defaults(run=cmd_suspected)
    sub = commands.add_parser("claims", help="claimable parcels: where, by when, how much")
    sub.add_argument("--as-of")
    sub.add_argument("--format", choices=("csv", "json"), default="csv")
    sub.set_defaults(run=cmd_claims)
    sub = commands.add_parser("demo", help="load the demo data set")
    sub.set_defaults(run=cmd_demo)
    sub = commands.add_parser("unread", help="status values and event texts nothing could read")
    sub.add_argument("--format", choices=("csv", "json"), default="csv")
    sub.set_defaults(run=cmd_unread)
    sub = commands.add_parser("read-as", help="give a value nothing could read its status (applies to stored parcels)")
    sub.add_argument("value")
    sub.add_argument("status", choices=ASSIGNABLE)
    sub.set_defaults(run=cmd_read_as)
    sub = commands.add_parser("export-lake", help="write the tables as Parquet, partitioned by ship month (docs/lake.md)")
    sub.add_argument("--to", required=True, help="the lake's folder; a re-export rewrites only what changed")
    sub.add_argument("--format", choices=("text", "json"), default="text")
    sub.set_defaults(run=cmd_export_lake)
    sub = commands.add_parser("aggregate", help="with --lake DIR: judge the lake's parcels once, for the dashboard "
                              "(docs/lake.md)")
    sub.add_argument("--as-of")
    sub.add_argument("--format", choices=("text", "json"), default="text")
    sub.set_defaults(run=None)
    return parser


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
