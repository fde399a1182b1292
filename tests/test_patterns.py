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


def test_no_module_binds_a_pattern_or_function_name_twice() -> None:
    """A second `_NAME = regex.compile(...)` further down a module silently replaces the first for every use."""
    import ast
    from pathlib import Path

    import jzreport

    twice = []
    for path in sorted(Path(jzreport.__file__).parent.rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                names = [node.target.id]
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names = [node.name]
            else:
                continue
            for name in names:
                if name in seen:
                    twice.append(f"{path.name}: {name}")
                seen.add(name)
    assert twice == []
