"""The commands of `python -m lossanalytics` that work on the database (DESIGN §11), and how the
suspected list, the rates and the claims are written by either engine."""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path

import pandas as pd

from lossanalytics.analytics.detect import shipments, suspected
from lossanalytics.analytics.metrics import GROUPINGS, rates
from lossanalytics.analytics.overview import shipped_after, undated
from lossanalytics.claims import Rules, estimate_claims, load_rules
from lossanalytics.claims.worklist import claims_worklist
from lossanalytics.cli.common import CliError, check_out, frame_output, out_suffix, scope, write
from lossanalytics.export import SUSPECTED_CLAIM_COLUMNS, export_frame, to_xlsx_bytes, write_csv
from lossanalytics.i18n import t, tn
from lossanalytics.importing import import_paths, undo_import
from lossanalytics.importing.format_names import format_name
from lossanalytics.importing.status_vocabulary import assign_statuses, unread_values
from lossanalytics.onboarding import load_demo
from lossanalytics.storage.db import Database
from lossanalytics.storage.parcel_columns import PARCEL_COLUMNS

RATE_COLUMNS = (
    "shipments", "delivered", "lost", "suspected_lost", "damaged", "returned", "cancelled", "in_transit",
    "loss_rate", "loss_rate_low", "loss_rate_high", "confirmed_loss_rate", "value_at_loss",
    "transit_p50", "transit_p90", "transit_p95", "on_time_rate", "small_sample",
)


CLAIM_COLUMNS = (
    "outcome", "claim_where", "claim_deadline", "days_left", "estimated_compensation", "compensation_currency",
    "compensation_basis", "claim_status", "urgency",
)


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
                    updated=result.rows_updated, rejected=result.rows_rejected, warned=result.rows_warned,
                    checked=result.rows_to_check))
            if result.rows_merged:
                print("  " + tn("ui.import.rows_merged", args.lang, result.rows_merged, count=f"{result.rows_merged:,}"))
            for found in result.merged_dates:
                print("  " + t("cli.import.row", args.lang, row=found.row, text=found.words(args.lang)))
            if result.confidence is not None:
                print("  " + t("import.recognised_with", args.lang, format=format_name(result.detected_format, args.lang),
                               confidence=f"{result.confidence:.0%}"))
            unused = result.unused_columns
            print("  " + (t("ui.import.unused_columns", args.lang, count=len(unused), columns=", ".join(unused))
                          if unused else t("ui.import.all_columns_used", args.lang)))
            for header, key in result.column_notes:
                print("  " + t(key, args.lang, column=header))
    return 1 if failed else 0


def cmd_undo(db: Database, args: argparse.Namespace) -> int:
    removed = undo_import(db, args.import_id)
    print(t("cli.undo.done", args.lang, import_id=args.import_id, rows=removed))
    return 0


def cmd_shipments(db: Database, args: argparse.Namespace) -> int:
    check_out(args)  # a wrong --out fails before the list is computed, not after
    frame = shipments(db, scope(db, args))
    write(frame_output(frame, args.format), args.out)
    return 0


def cmd_rates(db: Database, args: argparse.Namespace) -> int:
    judged = scope(db, args)
    # As the Overview says: parcels with no ship, scan or delivery date are in no rate (a data
    # set without dates would otherwise print an empty table and no word why).
    left_out = undated(db, judged)
    if left_out:
        print(tn("ui.overview.undated", args.lang, left_out, count=f"{left_out:,}"), file=sys.stderr)
    later = shipped_after(db, judged)
    if later:
        print(tn("ui.overview.shipped_after", args.lang, later, count=f"{later:,}", as_of=judged.as_of.isoformat()),
              file=sys.stderr)
    write_rates(rates(db, args.by, judged), args)
    return 0


def write_rates(frame: pd.DataFrame, args: argparse.Namespace) -> None:
    write(frame_output(frame.loc[:, [*GROUPINGS[args.by], *RATE_COLUMNS]], args.format), None)


def cmd_suspected(db: Database, args: argparse.Namespace) -> int:
    out_suffix(args)  # a wrong --out fails before the list is computed, not after
    write_suspected(suspected(db, scope(db, args), lang=args.lang), load_rules(db), args)
    return 0


def write_suspected(frame: pd.DataFrame, rules: Rules, args: argparse.Namespace) -> None:
    """The suspected-lost list (either engine's) with what to claim by when, as `suspected` writes it."""
    suffix = out_suffix(args)
    # What to claim by when, days left counted from the real today (not the as-of date).
    frame = estimate_claims(frame, args.today, rules, args.lang)
    columns = [*PARCEL_COLUMNS, "outcome", "reasons", "risk", *SUSPECTED_CLAIM_COLUMNS]
    frame = frame.loc[:, columns]
    if suffix == ".xlsx":
        write(to_xlsx_bytes(export_frame(frame, columns, args.lang), t("ui.suspected.sheet", args.lang)), args.out)
    elif suffix == ".csv":
        write(partial(write_csv, export_frame(frame, columns, args.lang)), args.out)
    else:
        write(frame_output(frame, args.format), None)


def cmd_claims(db: Database, args: argparse.Namespace) -> int:
    write_claims(claims_worklist(db, scope(db, args), load_rules(db), args.lang, today=args.today), args)
    return 0


def write_claims(frame: pd.DataFrame, args: argparse.Namespace) -> None:
    """The claims worklist (either engine's) as `claims` writes it."""
    frame = frame.rename(columns={"status_claim": "claim_status"})
    columns = [c for c in (*PARCEL_COLUMNS, *CLAIM_COLUMNS) if c in frame.columns]
    write(frame_output(frame.loc[:, columns], args.format), None)


def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    results = load_demo(db)
    imported = sum(r.rows_read for r in results if r.outcome == "imported")
    print(t("cli.demo.done", args.lang, path=db.path, rows=imported, files=len(results)))
    return 0


def cmd_unread(db: Database, args: argparse.Namespace) -> int:
    rows = [{"field": u.field, "value": u.value, "parcels": u.parcels, "similar": u.similar,
             "closest_text": u.hint.known.text if u.hint else None,
             "closest_carrier": u.hint.known.carrier if u.hint else None,
             "hint_status": u.hint.known.status if u.hint else None,
             "alike": round(u.hint.alike, 2) if u.hint else None,
             "agreeing": u.hint.agreeing if u.hint else None,
             "compared": u.hint.compared if u.hint else None} for u in unread_values(db)]
    columns = ["field", "value", "parcels", "similar", "closest_text", "closest_carrier", "hint_status", "alike",
               "agreeing", "compared"]
    # Counts stay whole numbers beside the lines without a hint.
    frame = pd.DataFrame(rows, columns=columns).astype({"agreeing": "Int64", "compared": "Int64"})
    write(frame_output(frame, args.format), None)
    return 0


def cmd_read_as(db: Database, args: argparse.Namespace) -> int:
    changed = assign_statuses(db, {args.value: args.status})
    print(t("cli.read_as.done", args.lang, value=args.value, status=t(f"status.{args.status}", args.lang),
            parcels=changed))
    return 0
