"""The launcher `make run` uses: libraries load while the server starts, the app's caches only once it runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
LOADED = "print(sorted(m for m in ('lossanalytics.analytics.metrics', 'lossanalytics.ui.data', 'scipy.stats') if m in sys.modules))"


def _run(prelude: str, tmp_path: Path) -> tuple[str, str]:
    code = f"import sys\nfrom lossanalytics.ui import serve\n{prelude}\nserve.warm_imports()\n{LOADED}\n"
    # A database not yet made: the warm-up leaves it so (tests/test_warm.py).
    env = {**os.environ, "LOSSANALYTICS_DB": str(tmp_path / "none.duckdb")}
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120,
                          env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip(), done.stderr


def test_without_a_runtime_only_the_core_is_imported_and_nothing_warns(tmp_path: Path) -> None:
    out, err = _run("serve.RUNTIME_WAIT_S = 0", tmp_path)
    assert out == "['lossanalytics.analytics.metrics', 'scipy.stats']"
    assert "No runtime found" not in err


def test_once_the_runtime_exists_the_streamlit_glue_is_imported_too(tmp_path: Path) -> None:
    out, _ = _run("import types\nserve.runtime = types.SimpleNamespace(exists=lambda: True)", tmp_path)
    assert out == "['lossanalytics.analytics.metrics', 'lossanalytics.ui.data', 'scipy.stats']"


def test_make_run_starts_the_launcher() -> None:
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    assert "-m lossanalytics.ui.serve" in makefile
