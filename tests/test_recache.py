"""The compiled-pattern cache: it hands back exactly what `re` compiles, and it never stands in the way."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from jzreport import recache

pytestmark = pytest.mark.skipif(not recache._ENGINE, reason="this interpreter's re internals are not cached")

# Imports the pipeline with the cache it finds, then compares every pattern it used with `re`'s own.
PROBE = """
import re
from jzreport import recache
import jzreport.pipeline
from jzreport import extract
assert len(extract("共办理案件3件，同比增长50%。")) == 2
same = sum(recache.compile(p, f) == re.compile(p, f) for p, f in recache._used)
print(len(recache._used), same, recache._new)
"""


def _python(code: str, cache: Path | str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=os.environ | {"JZREPORT_CACHE_DIR": str(cache)},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def test_a_second_run_reads_every_pattern_from_the_cache_and_gets_what_re_compiles(tmp_path: Path) -> None:
    used, same, new = _python(PROBE, tmp_path).split()
    assert int(used) > 100 and used == same and new == "True"  # the first run compiles them and saves at exit
    assert [p.name for p in tmp_path.iterdir()] == [f"patterns-{recache._ENGINE}.marshal"]
    used2, same2, new2 = _python(PROBE, tmp_path).split()
    assert (used2, same2) == (used, used)
    assert new2 == "False"


def test_a_damaged_cache_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    (tmp_path / f"patterns-{recache._ENGINE}.marshal").write_bytes(b"\x00 not a cache \xff" * 50)
    used, same, _ = _python(PROBE, tmp_path).split()
    assert used == same
    used2, same2, new2 = _python(PROBE, tmp_path).split()
    assert (used2, same2, new2) == (used, used, "False")


@pytest.mark.parametrize("where", ["", "a-file/below-it"])
def test_no_cache_when_turned_off_or_unwritable(tmp_path: Path, where: str) -> None:
    (tmp_path / "a-file").write_text("a file, not a folder")
    cache = str(tmp_path / where) if where else ""
    used, same, _ = _python(PROBE, cache).split()
    assert used == same
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


PATTERNS = [
    (r"(?P<num>\d+(?:\.\d+)?)(?P<unit>万元|亿元|元)", 0),
    (r"(?<![\d.])\d{4}年(?=\d{1,2}月)", 0),
    (r"""
        (?P<from>[由从]) \s* (?P<a>\d+)  # a before figure
        (?:减少|增加)[至到] (?P<b>\d+)   # and an after
    """, re.VERBOSE),
    (r"^[一二三四五六七八九十]+、.*$", re.MULTILINE),
    (r"(?i)pm2\.5|(?:co|so)2", 0),
    (r"(a)(b)?(?(2)c|d)", 0),
    (r"[\u4e00-\u9fff]{2,8}?(?:率|比重)", re.DOTALL),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_compile_matches_re(pattern: str, flags: int) -> None:
    ours, theirs = recache.compile(pattern, flags), re.compile(pattern, flags)
    assert ours == theirs
    assert (ours.pattern, ours.flags, ours.groups, dict(ours.groupindex)) == (
        theirs.pattern,
        theirs.flags,
        theirs.groups,
        dict(theirs.groupindex),
    )


def test_a_bad_pattern_raises_as_re_does() -> None:
    with pytest.raises(re.error):
        recache.compile(r"(?P<open>[unclosed")


def test_a_damaged_entry_is_compiled_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = r"共(\d+)件"
    monkeypatch.setitem(recache._entries, (pattern, 0), (0, [1, 2, 3], 0, {}, ()))
    assert recache.compile(pattern).fullmatch("共12件")[1] == "12"
