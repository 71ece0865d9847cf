"""release_freed_memory returns the pages that freed objects leave inside the allocator's heaps."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lossanalytics.storage.memory import release_freed_memory


def _rss_mb() -> float:
    status = Path("/proc/self/status").read_text()
    return next(int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmRSS:"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_pages_freed_between_live_objects_go_back_to_the_system() -> None:
    # 300 MB of 1 kB objects, one in fifty kept: the heap's top stays in use, so nothing returns by
    # itself, while most pages below it hold no live object any more.
    objects = [bytes(1000) + bytes([i % 251]) for i in range(300_000)]
    kept = objects[::50]
    del objects
    before = _rss_mb()
    assert release_freed_memory() is True
    after = _rss_mb()
    assert before - after > 100, (before, after)
    assert len(kept) == 6_000


def test_nothing_to_release_is_harmless() -> None:
    assert release_freed_memory() in (True, False)
    assert release_freed_memory() == release_freed_memory()
