"""Logistics Loss Analytics: import shipment exports, measure loss, flag suspected-lost parcels."""

__version__ = "0.1.0"
