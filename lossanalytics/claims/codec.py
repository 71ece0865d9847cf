"""The rules table as JSON, for the `settings` table and the Settings page editor.

Reading validates everything, because the JSON may have been edited by hand: a bad
value is reported with the rule and field it sits in instead of failing later inside
an estimate.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import date
from typing import Any

from lossanalytics.claims.rule_types import (
    ACTIONS,
    ANCHORS,
    CHANNELS,
    SCOPES,
    UNITS,
    WINDOW_KINDS,
    Cover,
    Limit,
    Rule,
    Rules,
    Window,
)

FORMAT_VERSION = 1


class RulesError(ValueError):
    """The rules JSON is malformed; the message names the rule and field."""


def rules_to_json(rules: Rules) -> str:
    """The table as an indented JSON document (see :func:`rules_from_json`)."""
    document = {
        "version": FORMAT_VERSION,
        "sdr_usd": rules.sdr_usd,
        "sdr_usd_as_of": rules.sdr_usd_as_of.isoformat(),
        "usd_per_unit": dict(sorted(rules.usd_per_unit.items())),
        "fx_as_of": rules.fx_as_of.isoformat() if rules.fx_as_of else None,
        "fx_source": rules.fx_source,
        "rules": [_rule_to_dict(rule) for rule in rules.rules],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def rules_from_json(text: str) -> Rules:
    """Parse and validate a document written by :func:`rules_to_json` (or edited by hand)."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RulesError(f"the claim rules are not valid JSON: {exc}") from exc
    if not isinstance(document, dict) or document.get("version") != FORMAT_VERSION:
        raise RulesError(f"the claim rules must be a JSON object with \"version\": {FORMAT_VERSION}")
    rates = document.get("usd_per_unit") or {}
    if not isinstance(rates, dict):
        raise RulesError("usd_per_unit must map currency codes to rates")
    items = document.get("rules")
    if not isinstance(items, list):
        raise RulesError("rules must be a list")
    parsed = tuple(rule_from_dict(item, index) for index, item in enumerate(items))
    ids = [rule.id for rule in parsed]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise RulesError(f"rule ids must be unique; repeated: {', '.join(duplicates)}")
    return Rules(
        rules=parsed,
        sdr_usd=_positive(document.get("sdr_usd"), "sdr_usd"),
        sdr_usd_as_of=_date(document.get("sdr_usd_as_of"), "sdr_usd_as_of"),
        usd_per_unit={str(code).upper(): _positive(rate, f"usd_per_unit.{code}") for code, rate in rates.items()},
        fx_as_of=_date(document["fx_as_of"], "fx_as_of") if document.get("fx_as_of") else None,
        fx_source=_text(document["fx_source"], "fx_source") if document.get("fx_source") else None,
    )


def _rule_to_dict(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "scope": rule.scope,
        "applies_to": list(rule.applies_to),
        "name_en": rule.name_en,
        "name_zh": rule.name_zh,
        "channel": rule.channel,
        "limit": None
        if rule.limit is None
        else {"currency": rule.limit.currency, "per_kg": rule.limit.per_kg, "per_package": rule.limit.per_package},
        "windows": _windows_to_dict(rule.windows),
        "domestic_windows": _windows_to_dict(rule.domestic_windows),
        "domestic_countries": list(rule.domestic_countries),
        "cover": None if rule.cover is None else {
            "currency": rule.cover.currency, "per_package": rule.cover.per_package,
            "services": list(rule.cover.services), "without": list(rule.cover.without),
        },
        "countries": list(rule.countries),
        "international_only": rule.international_only,
        "source": rule.source,
        "as_of": rule.as_of.isoformat(),
    }


def _windows_to_dict(windows: Mapping[str, tuple[Window, ...]]) -> dict[str, list[dict[str, Any]]]:
    return {
        kind: [
            {
                "action": w.action,
                "closes": w.closes,
                "unit": w.unit,
                "anchors": [[anchor, offset] for anchor, offset in w.anchors],
                "opens": w.opens,
            }
            for w in spans
        ]
        for kind, spans in windows.items()
    }


def _windows_from_dict(value: Any, where: str, name: str) -> dict[str, tuple[Window, ...]]:
    """The `name` windows of a rule ("windows" or "domestic_windows"), by outcome."""
    windows = value or {}
    if not isinstance(windows, dict):
        raise RulesError(f"{where}: {name} must map an outcome to a list of windows")
    return {
        _choice(kind, WINDOW_KINDS, f"{where}: window kind"): tuple(
            _window(w, f"{where}: {name}.{kind}") for w in _list(spans, f"{where}: {name}.{kind}")
        )
        for kind, spans in windows.items()
    }


def rule_from_dict(item: Any, index: int = 0) -> Rule:
    """One rule of a document (the `index`-th, named so in a mistake), checked as :func:`rules_from_json` does."""
    if not isinstance(item, dict):
        raise RulesError(f"rule {index + 1} must be a JSON object")
    rule_id = _text(item.get("id"), f"rule {index + 1}: id")
    where = f"rule {rule_id}"
    limit = item.get("limit")
    return Rule(
        id=rule_id,
        scope=_choice(item.get("scope"), SCOPES, f"{where}: scope"),
        applies_to=_texts(item.get("applies_to"), f"{where}: applies_to"),
        name_en=_text(item.get("name_en"), f"{where}: name_en"),
        name_zh=_text(item.get("name_zh"), f"{where}: name_zh"),
        channel=_choice(item.get("channel"), CHANNELS, f"{where}: channel"),
        limit=None if limit is None else _limit(limit, where),
        windows=_windows_from_dict(item.get("windows"), where, "windows"),
        source=_text(item.get("source"), f"{where}: source"),
        as_of=_date(item.get("as_of"), f"{where}: as_of"),
        countries=tuple(
            c.upper() for c in _texts(item.get("countries") or [], f"{where}: countries", allow_empty=True)
        ),
        international_only=bool(item.get("international_only", False)),
        # Optional: tables saved before rules could hold a domestic window have none.
        domestic_windows=_windows_from_dict(item.get("domestic_windows"), where, "domestic_windows"),
        # Optional too: tables saved before it apply their domestic windows within every country.
        domestic_countries=tuple(c.upper() for c in _texts(item.get("domestic_countries") or [],
                                                           f"{where}: domestic_countries", allow_empty=True)),
        cover=None if item.get("cover") is None else _cover(item["cover"], where),
    )


def _cover(value: Any, where: str) -> Cover:
    if not isinstance(value, dict):
        raise RulesError(f"{where}: cover must be an object or null")
    return Cover(
        currency=_text(value.get("currency"), f"{where}: cover currency").upper(),
        per_package=_positive(value.get("per_package"), f"{where}: cover per_package"),
        services=_texts(value.get("services"), f"{where}: cover services"),
        without=_texts(value.get("without") or [], f"{where}: cover without", allow_empty=True),
    )


def _limit(value: Any, where: str) -> Limit:
    if not isinstance(value, dict):
        raise RulesError(f"{where}: limit must be an object or null")
    per_kg = value.get("per_kg")
    per_package = value.get("per_package")
    if per_kg is None and per_package is None:
        raise RulesError(f"{where}: a limit needs per_kg or per_package")
    return Limit(
        currency=_text(value.get("currency"), f"{where}: limit currency").upper(),
        per_kg=None if per_kg is None else _positive(per_kg, f"{where}: per_kg"),
        per_package=None if per_package is None else _positive(per_package, f"{where}: per_package"),
    )


def _window(value: Any, where: str) -> Window:
    if not isinstance(value, dict):
        raise RulesError(f"{where}: each window must be an object")
    anchors = []
    for pair in _list(value.get("anchors"), f"{where}: anchors"):
        if not (isinstance(pair, list) and len(pair) == 2):
            raise RulesError(f"{where}: each anchor is [date name, offset days]")
        anchors.append((_choice(pair[0], tuple(ANCHORS), f"{where}: anchor"), _whole(pair[1], f"{where}: offset")))
    if not anchors:
        raise RulesError(f"{where}: a window needs at least one anchor date")
    return Window(
        action=_choice(value.get("action"), ACTIONS, f"{where}: action"),
        closes=_whole(value.get("closes"), f"{where}: closes"),
        unit=_choice(value.get("unit", "days"), UNITS, f"{where}: unit"),
        anchors=tuple(anchors),
        opens=_whole(value.get("opens", 0), f"{where}: opens"),
    )


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RulesError(f"{where} must be a non-empty text")
    return value.strip()


def _texts(value: Any, where: str, allow_empty: bool = False) -> tuple[str, ...]:
    items = tuple(_text(v, where) for v in _list(value, where))
    if not items and not allow_empty:
        raise RulesError(f"{where} must list at least one name")
    return items


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise RulesError(f"{where} must be a list")
    return value


def _choice(value: Any, allowed: tuple[str, ...], where: str) -> str:
    if value not in allowed:
        raise RulesError(f"{where} must be one of {', '.join(allowed)} (got {value!r})")
    return str(value)


def _positive(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise RulesError(f"{where} must be a positive number (got {value!r})")
    return float(value)


def _whole(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise RulesError(f"{where} must be a whole number of 0 or more (got {value!r})")
    return value


def _date(value: Any, where: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise RulesError(f"{where} must be a date like 2024-11-29 (got {value!r})") from exc
