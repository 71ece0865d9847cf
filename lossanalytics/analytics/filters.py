"""The shared dashboard filters, turned into a SQL predicate with bound parameters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from lossanalytics.storage.sql_text import Sql, all_of, named_query


@dataclass(frozen=True)
class Filters:
    """Which parcels a view looks at; empty tuples mean 'all'."""

    ship_from: date | None = None
    ship_to: date | None = None
    carriers: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()
    dest_countries: tuple[str, ...] = ()

    def predicate(self) -> tuple[Sql, dict[str, Any]]:
        """SQL over the parcels `p` that is true for the ones these filters keep (the
        conditions of queries/filters.sql), and its parameters."""
        clauses = [named_query("filters", "all")]
        params: dict[str, Any] = {}
        if self.ship_from:
            clauses.append(named_query("filters", "ship_from"))
            params["f_ship_from"] = self.ship_from
        if self.ship_to:
            clauses.append(named_query("filters", "ship_to"))
            params["f_ship_to"] = self.ship_to + timedelta(days=1)
        for column, values in (("carrier", self.carriers), ("mode", self.modes), ("dest_country", self.dest_countries)):
            if values:
                clauses.append(named_query("filters", column))
                params[f"f_{column}"] = list(values)
        return all_of(clauses), params
