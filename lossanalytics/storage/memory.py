"""Handing the memory that dropped caches leave behind back to the operating system.

A long-running dashboard lets go of whole lists (hundreds of MB at ten million parcels) before
an undo or after an import. Python frees them, but glibc's allocator keeps the freed pages inside
its heaps wherever a live allocation sits above them, so the process's resident memory stays as
high as before, and the undo's own work comes on top of it. `release_freed_memory` asks the
allocator to return every free page (glibc's malloc_trim); elsewhere it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import sys
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None where the C library has none (macOS, Windows, musl)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


def release_freed_memory() -> bool:
    """Collect unreachable objects, then return the allocator's free pages to the system.

    True when the allocator was asked (glibc), False where it cannot be. Costs a few milliseconds;
    call it after large objects are dropped, not on every page run.
    """
    gc.collect()
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
