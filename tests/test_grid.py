"""The terminal table layout: widths fitted to the terminal, cells folded and never cut short."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from jzreport.grid import MIN_WIDTH, Column, fold, lines, widths


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("483家", 10, ["483家"]),
        ("提交县政府常务会议", 8, ["提交县政", "府常务会", "议"]),
        ("1000.2万元", 5, ["1000.", "2万元"]),
        ("ab\ncd", 10, ["ab", "cd"]),
        ("", 4, [""]),
        ("宽", 1, ["宽"]),  # a character wider than the column still goes somewhere
        ("whole 41.6万件, part 30.1万件", 18, ["whole 41.6万件,", "part 30.1万件"]),  # after a space when one is near
    ],
)
def test_fold(text: str, width: int, expected: list[str]) -> None:
    assert fold(text, width) == expected


def test_widths_narrow_the_widest_foldable_columns_first() -> None:
    columns = [Column("id", fold=False), Column("subject"), Column("section")]
    rows = [["c1000", "很长很长很长很长很长的主语", "短节"]]
    assert widths(columns, rows, 100) == [5, 26, 7]
    got = widths(columns, rows, 30)
    assert got[0] == 5 and sum(got) == 30 and got[1] >= got[2]
    assert widths(columns, rows, 3) == [5, MIN_WIDTH, MIN_WIDTH]  # as narrow as it goes, ids kept whole


cells = st.text(alphabet=st.sampled_from("0123456789.万元件家人率达报告年aZ%（）、"), max_size=30)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(cells, min_size=3, max_size=3), max_size=8), st.integers(min_value=30, max_value=200),
       st.booleans())
def test_lines_fit_and_keep_every_character(rows: list[list[str]], width: int, ruled: bool) -> None:
    columns = [Column("id", fold=False), Column("text", justify="right"), Column("subject")]
    rows = [[f"c{i}", *row[1:]] for i, row in enumerate(rows)]
    out = [line.plain for line in lines(columns, rows, width, ruled=ruled)]
    assert all(cell_len(line) <= width for line in out), out
    body = "".join(out)
    for row in rows:
        for cell in row:
            assert all(ch in body for ch in cell)  # folded, never cut short
    assert "…" not in body
