"""`re` patterns kept compiled between runs, so that start-up reads their code instead of parsing them.

Python parses and compiles a pattern in pure Python and keeps nothing between processes: our two hundred
and more `re` patterns cost about a tenth of a second at every start. `compile` keeps the engine's code of
each pattern in a per-user cache file, keyed by the exact interpreter and engine version, and hands it
straight back to the engine on later runs (the engine validates the code it is given). Whatever goes wrong
(another interpreter's internals, a damaged or unwritable cache) falls back to `re.compile`.

The cache lives in ``$JZREPORT_CACHE_DIR``, else ``$XDG_CACHE_HOME/jzreport`` or ``~/.cache/jzreport``
(``%LOCALAPPDATA%\\jzreport`` on Windows); ``JZREPORT_CACHE_DIR=`` (empty) turns it off.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

try:  # the engine's own compiler: present in CPython 3.11 to 3.13, absent elsewhere
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _ENGINE = f"{sys.implementation.name}-{'.'.join(map(str, sys.version_info))}-sre{_sre.MAGIC}"
except (ImportError, AttributeError):  # pragma: no cover - other interpreters
    _ENGINE = ""

# Keep the file small when patterns change during development: past this many entries, save only the used.
_MAX_ENTRIES = 2000

Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def cache_file() -> Path | None:
    """Where this interpreter's compiled patterns are kept, or None when the cache is off."""
    if not _ENGINE:
        return None
    folder = os.environ.get("JZREPORT_CACHE_DIR")
    if folder is None:
        base = os.environ.get("LOCALAPPDATA") if os.name == "nt" else os.environ.get("XDG_CACHE_HOME")
        folder = str(Path(base or Path.home() / ".cache") / "jzreport")
    if not folder:
        return None
    return Path(folder) / f"patterns-{_ENGINE}.marshal"


def _load(path: Path | None) -> dict[tuple[str, int], Entry]:
    if path is None:
        return {}
    try:
        entries = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


_FILE = cache_file()
_entries: dict[tuple[str, int], Entry] = _load(_FILE)
_used: set[tuple[str, int]] = set()
_new = False


def _entry(pattern: str, flags: int) -> Entry:
    """What `re` hands its engine for `pattern`: the steps of `re._compiler.compile`, kept apart."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # the opcodes are int subclasses, which marshal does not write
    opcodes = [int(op) for op in code]
    return (int(flags | parsed.state.flags), opcodes, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, read from the cache when this interpreter has compiled it before."""
    global _new
    if not _ENGINE:  # pragma: no cover - other interpreters
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    entry = _entries.get(key)
    if entry is not None:
        try:
            compiled: re.Pattern[str] = _sre.compile(pattern, *entry)
        except Exception:  # a damaged entry (the engine refuses its code): compiled afresh below
            pass
        else:
            _used.add(key)
            return compiled
    try:
        entry = _entry(pattern, int(flags))
        compiled = _sre.compile(pattern, *entry)
    except re.error:
        raise
    except Exception:  # the engine's internals are not as expected: the public way, uncached
        return re.compile(pattern, flags)
    _entries[key] = entry
    _used.add(key)
    _new = True
    return compiled


def save() -> None:
    """Write the cache if this process compiled a pattern it did not find there (run at exit)."""
    global _new
    if not _new or _FILE is None:
        return
    keep: dict[Any, Entry] = (
        _entries if len(_entries) <= _MAX_ENTRIES else {k: v for k, v in _entries.items() if k in _used}
    )
    temporary = _FILE.with_name(f"{_FILE.name}.{os.getpid()}.tmp")
    try:
        _FILE.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(marshal.dumps(keep))
        os.replace(temporary, _FILE)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):  # read-only home, full disk: run uncached next time too
            temporary.unlink(missing_ok=True)
        return
    _new = False


atexit.register(save)
