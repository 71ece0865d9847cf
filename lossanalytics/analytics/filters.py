"""The shared dashboard filters, turned into a SQL predicate with bound parameters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any


@dataclass(frozen=True)
class Filters:
    """Which parcels a view looks at; empty tuples mean 'all'."""

    ship_from: date | None = None
    ship_to: date | None = None
    carriers: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()
    dest_countries: tuple[str, ...] = ()

    def predicate(self, alias: str = "p") -> tuple[str, dict[str, Any]]:
        """SQL that is true for the parcels these filters keep, and its parameters."""
        clauses = ["true"]
        params: dict[str, Any] = {}
        if self.ship_from:
            clauses.append(f"{alias}.ship_date >= $f_ship_from")
            params["f_ship_from"] = self.ship_from
        if self.ship_to:
            clauses.append(f"{alias}.ship_date < $f_ship_to")
            params["f_ship_to"] = self.ship_to + timedelta(days=1)
        for column, values in (("carrier", self.carriers), ("mode", self.modes), ("dest_country", self.dest_countries)):
            if values:
                clauses.append(f"list_contains($f_{column}, {alias}.{column})")
                params[f"f_{column}"] = list(values)
        return " AND ".join(clauses), params
