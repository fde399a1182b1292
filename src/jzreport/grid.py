"""Tables for the terminal, laid out here and printed as styled lines.

rich's `Table` measures and renders every cell through its layout engine, about a millisecond a row: a report
of a few thousand claims would wait seconds for its table. The layout here is the one such tables need:
columns as wide as their longest cell, the foldable ones narrowed (widest first) until the table fits the
width, cells folded onto more lines (never cut short, since a cut number would misstate it), heavy head
rules as rich draws them; without vertical rules when `ruled` is false.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from rich.cells import cell_len
from rich.text import Text

Cell = str | tuple[str, str]  # the text, or (text, style) for a cell styled apart from its column


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    style: str = ""
    justify: Literal["left", "right"] = "left"
    fold: bool = True  # False: kept on one line (ids, kinds), never narrowed


# The narrowest a foldable column is made: a CJK character and a bit.
MIN_WIDTH = 4


def fold(text: str, width: int) -> list[str]:
    """`text` cut into lines of at most `width` cells (a CJK character takes two), at its own line breaks too,
    and after a space when one stands in the last third of the line (`whole 41.6万件, part 30.1万件`)."""
    lines: list[str] = []
    for line in text.split("\n"):
        while cell_len(line) > width:
            cut, used = 0, 0
            for i, ch in enumerate(line):
                used += cell_len(ch)
                if used > width:
                    cut = max(i, 1)
                    break
            space = line.rfind(" ", 0, cut + 1)
            if space > 0 and cell_len(line[:space]) * 3 >= width * 2:
                cut = space + 1  # the space stays at the end of the line, where it is not seen
            lines.append(line[:cut].rstrip(" ") or line[:cut])
            line = line[cut:]
            if not line:
                break
        else:
            lines.append(line)
    return lines


def widths(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], room: int) -> list[int]:
    """The width of each column: its longest cell or header, the foldable columns narrowed (widest first,
    a cell at a time) until the widths add up to `room` or none can give more."""
    natural = [cell_len(c.header) for c in columns]
    for row in rows:
        for i, cell in enumerate(row):
            t = _text(cell)
            n = cell_len(t) if "\n" not in t else max(map(cell_len, t.split("\n")))
            if n > natural[i]:
                natural[i] = n
    got = list(natural)
    excess = sum(got) - room
    while excess > 0:
        give = [i for i, c in enumerate(columns) if c.fold and got[i] > MIN_WIDTH]
        if not give:
            break
        widest = max(got[i] for i in give)
        tied = [i for i in give if got[i] == widest]
        runner_up = max([got[i] for i in give if got[i] < widest] + [MIN_WIDTH])
        # narrow the widest columns together, down to the next widest, or by what is still too much
        step = min(widest - runner_up, -(-excess // len(tied)))
        for i in tied:
            cut = min(step, excess)
            got[i] -= cut
            excess -= cut
            if excess <= 0:
                break
    return got


def _text(cell: Cell) -> str:
    return cell if isinstance(cell, str) else cell[0]


def lines(
    columns: Sequence[Column],
    rows: Sequence[Sequence[Cell]],
    width: int,
    *,
    ruled: bool = True,
    row_rules: bool = False,
) -> list[Text]:
    """The table's lines, `width` cells wide at most (unless even the narrowest layout is wider).

    `ruled`: heavy head and vertical rules (rich's HEAVY_HEAD); otherwise a rule under the header only.
    `row_rules`: a rule between rows, for rows several lines tall.
    """
    n = len(columns)
    overhead = 2 * n + (n + 1 if ruled else 0)  # a space either side of each cell, and the rules
    w = widths(columns, rows, max(width - overhead, n))
    out: list[Text] = []

    def rule(left: str, fill: str, cross: str, right: str) -> None:
        if ruled:
            out.append(Text(left + cross.join(fill * (x + 2) for x in w) + right))
        else:
            out.append(Text(fill * (sum(w) + 2 * n)))

    def row_lines(cells: Sequence[Cell], default_style: str | None, bar: str) -> None:
        folded = [fold(_text(cell), w[i]) for i, cell in enumerate(cells)]
        for k in range(max(map(len, folded))):
            line = Text(bar if ruled else "", end="")
            for i, col in enumerate(columns):
                piece = folded[i][k] if k < len(folded[i]) else ""
                pad = " " * (w[i] - cell_len(piece))
                cell = cells[i]
                style = default_style if default_style is not None else (
                    col.style if isinstance(cell, str) else cell[1]
                )
                line.append(" ")
                if col.justify == "right":
                    line.append(pad)
                    line.append(piece, style)
                else:
                    line.append(piece, style)
                    line.append(pad)
                line.append(" " + bar if ruled else " ")
            if not ruled:
                line.rstrip()  # no rule closes the line: its padding is not needed
            out.append(line)

    if ruled:
        rule("┏", "━", "┳", "┓")
        row_lines([c.header for c in columns], "bold", "┃")
        rule("┡", "━", "╇", "┩")
    else:
        row_lines([c.header for c in columns], "bold", "")
        rule("", "─", "", "")
    for k, cells in enumerate(rows):
        if row_rules and k:
            rule("├", "─", "┼", "┤")
        row_lines(cells, None, "│")
    if ruled:
        rule("└", "─", "┴", "┘")
    return out


def table(title: str, columns: Sequence[Column], rows: Sequence[Sequence[Cell]], width: int, **kw: bool) -> Text:
    """The title, then the table's lines, as one text to print with `soft_wrap=True` (it is already laid out)."""
    body = lines(columns, rows, width, **kw)
    return Text("\n").join([Text(title, "italic"), *body])
