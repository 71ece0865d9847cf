"""What every command of `python -m lossanalytics` shares: its errors, its as-of date and how it writes."""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Callable, Iterable
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd

from lossanalytics.analytics.asof import DataDate, data_date
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import Detection, DetectionSettings, RoundedDays, load_detection
from lossanalytics.export import flat_text, write_csv
from lossanalytics.i18n import Problem, t
from lossanalytics.importing.writer import EARLIEST, LATEST
from lossanalytics.storage.db import Database
from lossanalytics.storage.outfiles import check_target, write_atomically


class CliError(Problem):
    """A problem with the command line or its input: one line on stderr, exit status 2."""


def as_of(db: Database, args: argparse.Namespace) -> date:
    """The --as-of date; without one, the data's own date (lossanalytics.analytics.asof), named on stderr when not today."""
    return as_of_from(lambda: data_date(db, args.today), args)


def as_of_from(known_date: Callable[[], DataDate], args: argparse.Namespace) -> date:
    """:func:`as_of`, with the data's own date from `known_date` (either engine's)."""
    text = args.as_of
    if not text:
        known = known_date()
        if known.default_as_of != known.today:
            print(t("cli.as_of.newest_scan", args.lang, as_of=known.default_as_of, days=known.age_days),
                  file=sys.stderr)
        return known.default_as_of
    return given_as_of(text)


def given_as_of(text: str) -> date:
    """The date of --as-of, within the span the importer accepts; CliError otherwise."""
    try:
        as_of = date.fromisoformat(text)
    except ValueError as exc:
        raise CliError("cli.error.as_of_format", text=repr(text)) from exc
    # The same span the importer accepts dates in; far dates would also overflow date arithmetic.
    if not EARLIEST <= as_of.isoformat() <= LATEST:
        raise CliError("cli.error.as_of_range", text=text, earliest=EARLIEST, latest=LATEST)
    return as_of


def scope(db: Database, args: argparse.Namespace) -> AnalysisScope:
    """Every parcel, judged as of the --as-of date by the saved detection thresholds."""
    return AnalysisScope(as_of(db, args), detection_settings(load_detection(db), args))


def detection_settings(detection: Detection, args: argparse.Namespace) -> DetectionSettings:
    """The saved thresholds, after saying on stderr which were saved as a fraction of a day (and what is used)."""
    say_rounded(detection.rounded, args)
    return detection.settings


def say_rounded(rounded: Iterable[RoundedDays], args: argparse.Namespace) -> None:
    """Say on stderr, in the --lang language, each threshold saved as a fraction of a day and the whole days used."""
    for found in rounded:
        print(found.note(args.lang), file=sys.stderr)


def plain(value: Any) -> Any:
    """A JSON-friendly value: ISO dates, None for missing numbers, lists of plain values."""
    if value is None or value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, (pd.Timestamp, datetime, date)):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (list, tuple)) or type(value).__name__ == "ndarray":
        return [plain(v) for v in value]
    if hasattr(value, "item"):
        return plain(value.item())
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: plain(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


def write(data: bytes | Callable[[BinaryIO], object], out: str | None) -> None:
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


def frame_output(frame: pd.DataFrame, fmt: str) -> bytes | Callable[[BinaryIO], object]:
    """The frame as JSON or a text table, or (CSV) a function that streams it to a file."""
    if fmt == "json":
        return (json.dumps(records(frame), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    if fmt == "table":
        if frame.empty:  # pandas would print "Empty DataFrame" and a Python list of the columns
            return ("  ".join(map(str, frame.columns)) + "\n").encode("utf-8")
        return (frame.map(flat_text).to_string(index=False) + "\n").encode("utf-8")
    return partial(write_csv, frame, bom=False, date_format="%Y-%m-%dT%H:%M:%S")


def check_out(args: argparse.Namespace) -> None:
    """Fail now if --out can never be written (a folder, a missing folder), before any list is computed."""
    if args.out:
        check_target(Path(args.out))


def out_suffix(args: argparse.Namespace) -> str | None:
    """The kind of `suspected`'s --out file (.csv or .xlsx; None for standard output), checked as
    :func:`check_out` does."""
    suffix = Path(args.out).suffix.lower() if args.out else None
    if suffix not in (None, ".csv", ".xlsx"):
        raise CliError("cli.error.out_suffix", path=args.out)
    check_out(args)
    return suffix
