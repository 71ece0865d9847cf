"""Tracking numbers and order ids that look like the real ones, unique by construction.

Every parcel has a distinct serial (a random permutation of its row number). Each
format maps serials into its own digit space with an affine bijection whose stride is
about 0.618 of the space, so two parcels never share an identifier and neighbouring
serials land far apart. Identifiers are assembled as byte matrices (one row per
parcel, one column per character), which is several times faster than string
operations at a million parcels.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

_BIJECTIVE_DIGITS = 9  # wider numbers get a derived head in front of nine unique digits
_BASE36 = np.frombuffer(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", np.uint8)
_DECIMAL = _BASE36[:10]


def _stride(space: int, salt: int) -> int:
    """A multiplier near the golden section of `space`, coprime with it (hence bijective)."""
    stride = (int(space * 0.6180339887) + 2 * salt) % space | 1  # odd: coprime with 2
    while math.gcd(stride, space) != 1:
        stride += 2
    return stride


def _shift(space: int, salt: int) -> int:
    """An offset spread over `space`, so that serial 0 does not come out as 000...0."""
    return int(space * ((salt * 0.6180339887) % 1))


def _spell(values: np.ndarray, width: int, alphabet: np.ndarray) -> np.ndarray:
    """`values` written in base len(alphabet) as a (n, width) byte matrix."""
    chars = np.empty((len(values), width), np.uint8)
    base = len(alphabet)
    for column in range(width - 1, -1, -1):
        chars[:, column] = alphabet[values % base]
        values = values // base
    return chars


def _digits(serials: np.ndarray, width: int, salt: int) -> np.ndarray:
    """`width` decimal digits per serial, distinct for distinct serials."""
    if width > _BIJECTIVE_DIGITS:
        head_space = 10 ** (width - _BIJECTIVE_DIGITS)
        head = (serials * _stride(head_space, salt + 7) + _shift(head_space, salt + 7)) % head_space
        return np.hstack([_spell(head, width - _BIJECTIVE_DIGITS, _DECIMAL),
                          _digits(serials, _BIJECTIVE_DIGITS, salt)])
    space = 10**width
    if len(serials) and int(serials.max()) >= space:
        raise ValueError(f"too many parcels for {width}-digit identifiers")
    return _spell((serials * _stride(space, salt) + _shift(space, salt)) % space, width, _DECIMAL)


def _text(rows: int, text: str) -> np.ndarray:
    return np.broadcast_to(np.frombuffer(text.encode("ascii"), np.uint8), (rows, len(text)))


def _strings(*parts: np.ndarray | str, rows: int) -> np.ndarray:
    """Join byte matrices and literal text column-wise into one string per row."""
    matrix = np.ascontiguousarray(np.hstack([_text(rows, part) if isinstance(part, str) else part
                                             for part in parts]))
    return matrix.view(f"S{matrix.shape[1]}").ravel().astype(np.str_)


def _s10(prefix: str, country: str, salt: int) -> Callable[[np.ndarray], np.ndarray]:
    """UPU S10 numbers (two letters, eight digits, a check digit, the country) as posts use."""

    def make(serials: np.ndarray) -> np.ndarray:
        body = _digits(serials, 8, salt)
        weighted = ((body - ord("0")).astype(np.int64) * np.array([8, 6, 4, 2, 3, 5, 9, 7])).sum(axis=1)
        check = 11 - weighted % 11
        check = np.where(check == 10, 0, np.where(check == 11, 5, check))
        return _strings(prefix, body, (check + ord("0")).astype(np.uint8)[:, None], country, rows=len(serials))

    return make


def _framed(prefix: str, width: int, suffix: str = "", salt: int = 0) -> Callable[[np.ndarray], np.ndarray]:
    """Numbers made of a fixed prefix (which may fix a leading digit), digits and a suffix."""

    def make(serials: np.ndarray) -> np.ndarray:
        return _strings(prefix, _digits(serials, width, salt), suffix, rows=len(serials))

    return make


TRACKING_FORMATS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    # 1Z + shipper account + service code (66 worldwide express, 03 ground) + 8 digits.
    "ups_express": _framed("1ZA7E29466", 8, salt=31),
    "ups_ground": _framed("1ZA7E29403", 8, salt=77),
    # Real FedEx, DHL and GLS numbers do not start with 0: the prefix fixes the first digit.
    "fedex_express": _framed("7", 11, salt=5),
    "fedex_ground": _framed("2", 11, salt=9),
    "dhl": _framed("4", 9, salt=13),
    "usps": _framed("94001", 17, salt=17),
    "royal_mail": _s10("TT", "GB", 19),
    "dpd": _framed("0", 13, salt=23),
    "gls": _framed("6", 10, salt=29),
    "amazon": _framed("TBA", 12, salt=37),
    "china_post": _s10("LX", "CN", 41),
    "yanwen": _s10("UA", "CN", 43),
    "cainiao": _framed("LP00", 12, salt=47),
    "yunexpress": _framed("YT", 16, salt=53),
    "4px": _framed("4PX30", 11, "CN", salt=59),
    "sf": _framed("SF", 13, salt=61),
    "maersk": _framed("MAEU", 9, salt=67),
    "cosco": _framed("COSU", 10, salt=71),
    "rail": _framed("CRE", 11, salt=73),
}


def amazon_order_ids(serials: np.ndarray, prefixes: np.ndarray) -> np.ndarray:
    """Amazon order ids like 114-1234567-1234567 (the 3-digit prefix says the region)."""
    digits = _digits(serials, 14, 83)
    head = np.ascontiguousarray(prefixes.astype("S3")).view(np.uint8).reshape(-1, 3)
    return _strings(head, "-", digits[:, :7], "-", digits[:, 7:], rows=len(serials))


def fba_shipment_ids(serials: np.ndarray) -> np.ndarray:
    """Amazon inbound shipment ids like FBA17K3Q9ZLM, which sea and rail restocks carry."""
    space = 36**8
    values = (serials * _stride(space, 89) + _shift(space, 89)) % space
    return _strings("FBA1", _spell(values, 8, _BASE36), rows=len(serials))


def ebay_order_ids(serials: np.ndarray) -> np.ndarray:
    """eBay order numbers like 12-34567-89012."""
    digits = _digits(serials, 12, 97)
    return _strings(digits[:, :2], "-", digits[:, 2:7], "-", digits[:, 7:], rows=len(serials))


def shopify_order_names(count: int, first_serial: int = 0) -> np.ndarray:
    """Shopify order names, numbered from #1001 + `first_serial` in the order they were placed."""
    return np.strings.add("#", (np.arange(count, dtype=np.int64) + 1001 + first_serial).astype(np.str_))
