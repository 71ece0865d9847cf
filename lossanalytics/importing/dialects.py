"""Declarative descriptions of the export formats the importer recognises.

Adding a format means adding a :class:`Dialect` to the catalogue
(`lossanalytics/importing/catalogue/`): which header names mean which canonical field,
which fields or headers it must have, and its conventions (day-first dates, decimal
commas, weight unit, its own codes, values every row shares). Nothing else changes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from lossanalytics.importing.fields import FIELDS

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

    `signature` lists headers (not mapped to fields) that the file must also have, so a
    format with generic column names is only claimed when its telltale columns are
    there. `header`, used by saved column-mapping profiles, demands exactly that header.
    `constants` give a field's raw value for every row when the file has no column for
    it (a data set's single currency or country). `values` translate this export's own
    codes into words the normalisers know, per field. `key_prefix` marks keys taken
    from a data set's own row ID, so ID 1 of one data set is never ID 1 of another.
    `line_items` files have one row per item; a parcel's value and weight are the sum
    of its rows. `json_rows` is the path of nested lists whose items are the rows.
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

    def __post_init__(self) -> None:
        unknown = (set(self.aliases) | set(self.constants) | set(self.values) | set(self.required)) - set(FIELDS)
        if unknown:
            raise ValueError(f"dialect {self.name}: unknown fields {sorted(unknown)}")
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

        The first column that matches a field wins, so a file with both
        "Status" and "Status Description" maps the plain one.
        """
        keys = [header_key(h) for h in headers]
        if self.header is not None and keys != [header_key(h) for h in self.header]:
            return None
        if any(header_key(name) not in keys for name in self.signature):
            return None
        mapping: dict[str, int] = {}
        for index, key in enumerate(keys):
            canonical = self._lookup.get(key)
            if canonical and canonical not in mapping:
                mapping[canonical] = index
        if any(req not in mapping for req in self.required):
            return None
        return mapping

    def score(self, mapping: Mapping[str, int]) -> int:
        """How much of a header this dialect explains: mapped columns plus telltale ones."""
        return len(mapping) + len(self.signature) + (len(self.header) if self.header else 0)


@dataclass(frozen=True)
class Recognition:
    """Which dialect a header matched, and the column of each canonical field."""

    dialect: Dialect
    mapping: dict[str, int]


def recognise(headers: Sequence[str], dialects: Sequence[Dialect]) -> Recognition | None:
    """The dialect that explains the most of `headers` (the earlier one on a tie), or None."""
    best: Recognition | None = None
    best_score = -1
    for dialect in dialects:
        mapping = dialect.match(headers)
        if mapping is not None and dialect.score(mapping) > best_score:
            best, best_score = Recognition(dialect, mapping), dialect.score(mapping)
    return best
