"""Pause Python's cyclic garbage collector around work that makes many small objects and no cycles."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the block with the collector off, and turn it back on after if it was on before.

    Reading a long document makes tens of thousands of tokens, drafts and records that all live until
    the end; a collection pass over them finds nothing to free and costs several per cent of the time.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
