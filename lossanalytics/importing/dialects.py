"""Declarative descriptions of the export formats the importer recognises.

Adding a format means adding one :class:`Dialect` to the catalogue
(`lossanalytics/importing/catalogue/`) with its priority: which header names mean which
canonical field, which fields or headers it must have, the values only it writes, and
its conventions (day-first dates, decimal commas, weight unit, its own codes, values
every row shares). Nothing else changes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from lossanalytics.importing.fields import FIELDS
from lossanalytics.importing.headers import read_header

KINDS = ("orders", "tracking", "events")


def header_key(header: str) -> str:
    """A header in comparable form: lower case, punctuation and units as single spaces."""
    text = header.replace("\ufeff", "").strip().lower()
    return re.sub(r"[\W_]+", " ", text).strip()


def code_key(value: str) -> str:
    """A code in comparable form: case-folded letters, digits and CJK only ("dhl-germany" → "dhlgermany")."""
    return re.sub(r"[\W_]+", "", value.casefold())


@dataclass(frozen=True)
class Dialect:
    """One export format: header aliases per canonical field plus its conventions.

    `signature` lists headers (mapped to a field or not) that the file must also have, so
    a format with generic column names is only claimed when its telltale columns are
    there. `header`, used by saved column-mapping profiles, demands exactly that header.
    `constants` give a field's raw value for every row when the file has no column for
    it (a data set's single currency or country). `values` translate this export's own
    codes into words the normalisers know, per field. `key_prefix` marks keys taken
    from a data set's own row ID, so ID 1 of one data set is never ID 1 of another.
    `line_items` files have one row per item; a parcel's value and weight are the sum
    of its rows. `json_rows` is the path of nested lists whose items are the rows.
    `priority` decides between formats that explain a header equally well (higher
    wins). `marks` are, per field, a regular expression that values only this export
    writes match (AfterShip's subtags `Exception_011`), so the export is recognised by
    its values even when its columns are renamed. With `marks_required` the format is
    claimed only when one of its marks is found: its headers alone are general words.
    `fallbacks` name, per field, a column read on the rows where the field's own column is
    empty (a trip's recorded end where its actual arrival time was never written).
    `column_notes` name headers of this export that look like a field but are not it, each
    with the message (key, `{column}` in it) that tells the seller why it was left unread.
    """

    name: str
    aliases: Mapping[str, Sequence[str]]
    required: tuple[str, ...] = ("tracking_number",)
    signature: tuple[str, ...] = ()
    header: tuple[str, ...] | None = None
    kind: str | None = None
    day_first: bool = False
    decimal_comma: bool = False
    constants: Mapping[str, str] = field(default_factory=dict)
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    key_prefix: str = ""
    line_items: bool = False
    json_rows: tuple[str, ...] | None = None
    priority: int = 0
    marks: Mapping[str, str] = field(default_factory=dict)
    marks_required: bool = False
    fallbacks: Mapping[str, str] = field(default_factory=dict)
    column_notes: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        named = (set(self.aliases) | set(self.constants) | set(self.values) | set(self.required) | set(self.marks)
                 | set(self.fallbacks))
        unknown = named - set(FIELDS)
        if unknown:
            raise ValueError(f"dialect {self.name}: unknown fields {sorted(unknown)}")
        if self.marks_required and not self.marks:
            raise ValueError(f"dialect {self.name}: marks_required without marks")
        if self.kind is not None and self.kind not in KINDS:
            raise ValueError(f"dialect {self.name}: kind must be one of {KINDS}")

    @cached_property
    def _lookup(self) -> dict[str, str]:
        lookup: dict[str, str] = {}
        for canonical, names in self.aliases.items():
            for name in names:
                lookup.setdefault(header_key(name), canonical)
        return lookup

    @cached_property
    def _codes(self) -> dict[str, dict[str, str]]:
        return {name: {code_key(raw): value for raw, value in codes.items()} for name, codes in self.values.items()}

    def translate(self, name: str, raw: str | None) -> str | None:
        """`raw` in words the normalisers know: this dialect's code for it, else itself."""
        if raw is None or name not in self._codes:
            return raw
        return self._codes[name].get(code_key(raw), raw)

    def match(self, headers: Sequence[str]) -> dict[str, int] | None:
        """Canonical field → column index, or None if the header is not this format.

        A header matches by its whole name, else by its name without the currency, unit
        or time zone it carries (`Declared Value (EUR)` is a declared value). The first
        column that matches a field wins, so a file with both "Status" and "Status
        Description" maps the plain one.
        """
        keys = [header_key(h) for h in headers]
        if self.header is not None and keys != [header_key(h) for h in self.header]:
            return None
        if any(header_key(name) not in keys for name in self.signature):
            return None
        mapping: dict[str, int] = {}
        for index, (header, key) in enumerate(zip(headers, keys)):
            canonical = self._lookup.get(key) or self._lookup.get(header_key(read_header(header).name))
            if canonical and canonical not in mapping:
                mapping[canonical] = index
        if any(req not in mapping for req in self.required):
            return None
        return mapping

    def fallback_columns(self, headers: Sequence[str], mapping: Mapping[str, int]) -> dict[str, int]:
        """The column of each field's fallback (`fallbacks`) that the header has, for the fields
        `mapping` reads from a column of their own; a column that reads a field itself is no one's fallback."""
        keys = [header_key(h) for h in headers]
        found: dict[str, int] = {}
        for name, header in self.fallbacks.items():
            key = header_key(header)
            if name in mapping and key in keys and keys.index(key) not in mapping.values():
                found[name] = keys.index(key)
        return found

    def marks_found(self, mapping: Mapping[str, int], rows: Sequence[Sequence[str]]) -> int:
        """How many of this format's own value marks the rows below the header show: a
        mark counts when most of its column's values (and at least one) match it."""
        found = 0
        for name, pattern in self._marks.items():
            if name not in mapping:
                continue
            values = [row[mapping[name]] for row in rows if mapping[name] < len(row) and row[mapping[name]]]
            if values and sum(1 for v in values if pattern.fullmatch(v.strip())) * 2 > len(values):
                found += 1
        return found

    @cached_property
    def _marks(self) -> dict[str, re.Pattern[str]]:
        return {name: re.compile(pattern) for name, pattern in self.marks.items()}

    def evidence(self, mapping: Mapping[str, int], marks: int) -> int:
        """How much of a file this dialect explains: mapped columns, telltale headers,
        and each value mark twice (a code only this export writes says more than a name)."""
        return len(mapping) + len(self.signature) + (len(self.header) if self.header else 0) + 2 * marks

    def confidence(self, headers: Sequence[str], mapping: Mapping[str, int], marks: int) -> float:
        """0–1: the share of the file's named columns this format reads, and of its own
        telltale headers and value marks found (a saved profile's exact header is all of
        them); a format without telltales is as sure as the share of columns it reads."""
        named = sum(1 for h in headers if h and h.strip())
        explained = len(mapping) / named if named else 0.0
        telltales = len(self.signature) + len(self.marks)
        if self.header is not None:
            own = 1.0
        elif telltales:
            own = (len(self.signature) + marks) / telltales
        else:
            own = explained
        return round(0.6 * explained + 0.4 * own, 2)


@dataclass(frozen=True)
class Recognition:
    """Which dialect a header matched, the column of each canonical field, and how sure that is."""

    dialect: Dialect
    mapping: dict[str, int]
    confidence: float = 1.0
    evidence: int = 0
    fallbacks: dict[str, int] = field(default_factory=dict)  # Dialect.fallback_columns of the header


def recognise(
    headers: Sequence[str], dialects: Sequence[Dialect], rows: Sequence[Sequence[str]] = ()
) -> Recognition | None:
    """The dialect that explains the most of `headers` and of the values in `rows` (the
    rows below the header), the higher priority on a tie, or None."""
    best: Recognition | None = None
    for dialect in dialects:
        mapping = dialect.match(headers)
        if mapping is None:
            continue
        marks = dialect.marks_found(mapping, rows)
        if dialect.marks_required and not marks:
            continue
        evidence = dialect.evidence(mapping, marks)
        if best is None or (evidence, dialect.priority) > (best.evidence, best.dialect.priority):
            best = Recognition(dialect, mapping, dialect.confidence(headers, mapping, marks), evidence,
                               dialect.fallback_columns(headers, mapping))
    return best
