"""Building tens of thousands of small objects in one go (an agenda, an export) makes Python's
cycle collector stop several times to scan the whole heap, a quarter of the time or more.
Those objects refer to nothing that refers back, so the collector can wait until the end."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_gc_pauses() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
