"""The building blocks of the regexes: a lazily compiled pattern acts as the compiled one."""

from __future__ import annotations

import re

import regex

from jzreport.patterns import Lazy


def test_lazy_pattern_compiles_on_first_use() -> None:
    calls = []

    def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
        calls.append(pattern)
        return re.compile(pattern, flags)

    lazy = Lazy(compile, r"(?P<n>\d+)件", re.ASCII)
    assert calls == []
    assert lazy.search("受理12件").group("n") == "12"
    assert [m.span() for m in lazy.finditer("1件,23件")] == [(0, 2), (3, 6)]
    assert lazy.groupindex == {"n": 1} and lazy.flags & re.ASCII
    assert calls == [r"(?P<n>\d+)件"]


def test_lazy_regex_pattern() -> None:
    lazy = Lazy(regex.compile, r"\p{Han}+")
    assert lazy.fullmatch("报告") and not lazy.fullmatch("报告1")
