"""Money as the advice states it: in the seller's home currency (Settings), converted at the
claim rules' dated exchange rates, the same rates the Claims page totals with.

The advice computes in US dollars (queries/advice.sql compares values and premiums in one
currency); only the words and tables are converted. Without a home currency, or without a
rate for it, amounts stay in US dollars and lists in several currencies stay as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from lossanalytics.advice import wording as fmt
from lossanalytics.claims.money import Rates, rates_of, total_in
from lossanalytics.claims.rule_types import Rules
from lossanalytics.i18n import or_unknown, t


@dataclass(frozen=True)
class AdviceMoney:
    """The exchange rates and the seller's home currency (None when not set)."""

    rates: Rates
    home: str | None = None

    @property
    def currency(self) -> str:
        """The currency the advice speaks in: the home currency when it has a rate, else US dollars."""
        if self.home and self.rates.usd_per(self.home) is not None:
            return self.home.strip().upper()
        return "USD"

    @property
    def converts(self) -> bool:
        """Whether amounts are stated in a home currency (and the rates must be named)."""
        return self.home is not None and self.home.strip().upper() == self.currency

    def from_usd(self, amount: float) -> float:
        """A US dollar amount in :attr:`currency`."""
        converted = self.rates.convert(float(amount), "USD", self.currency)
        return float(amount) if converted is None else converted

    def usd(self, amount: float) -> str:
        """A US dollar amount, stated in :attr:`currency` ("8,990 CNY")."""
        return fmt.money(self.from_usd(amount), self.currency)

    def amounts(self, per_currency: Mapping[str, float], lang: str) -> str:
        """Amounts in several currencies: one total in the home currency, followed by what has
        no exchange rate; without a home currency, each currency on its own (largest first)."""
        if not self.converts:
            return fmt.amounts(per_currency, lang, self.rates.usd_per)
        if not per_currency:
            return t("advice.fmt.none", lang)
        total = total_in(per_currency.items(), self.currency, self.rates)
        shown = fmt.money(total.amount, self.currency)
        if not total.unconverted:
            return shown
        items = t("home.list_separator", lang).join(
            fmt.money(amount, or_unknown(code, "currency", lang)) for code, amount in total.unconverted)
        return t("advice.fmt.unconverted", lang, total=shown, items=items)

    def note(self, lang: str) -> str:
        """Which rates converted the amounts, and into what; empty when nothing is converted."""
        if not self.converts:
            return ""
        rates = t("home.rates.of", lang, as_of=or_unknown(self.rates.as_of, "date", lang),
                  source=self.rates.source or t("home.rates.no_source", lang))
        return t("home.total.rates", lang, currency=self.currency, rates=rates)


def advice_money(rules: Rules | None, home: str | None = None) -> AdviceMoney:
    """How advice states money with the claim rules' rates (none without rules) and `home`."""
    return AdviceMoney(rates_of(rules) if rules is not None else Rates({}, None, None), home)
