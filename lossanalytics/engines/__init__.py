"""Engines other than DuckDB that run the analytical SQL (Spark)."""
