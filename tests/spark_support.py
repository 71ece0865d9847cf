"""What the Spark tests share: skip them, saying why, only where PySpark or Java is missing."""

from __future__ import annotations

import importlib.util
import shutil

import pytest

MISSING = [name for name, found in (("pyspark", importlib.util.find_spec("pyspark")),
                                    ("sqlglot", importlib.util.find_spec("sqlglot")),
                                    ("java", shutil.which("java"))) if not found]
needs_spark = pytest.mark.skipif(bool(MISSING), reason=f"the Spark engine needs {', '.join(MISSING)} (make test installs them)")
