"""Units that a table states once for many cells: in a row header (营业收入(万元)) or in a note above
the table (主要财务数据(人民币百万元), 单位:万元). The cells are bare numbers; they take that unit."""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from typing import NamedTuple

import regex

from .lexicon import MULTIPLIERS
from .numerals import scale
from .scan import UNIT_FAMILY, Token

_MULTS = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
_UNITS = "元|美元|港元|人|户|家|个|件|吨|亩|公顷|平方米|公里|千瓦时|%|人次|项|所|辆|台"

# 营业收入(万元)\t125,634.52\t108,215.33 — a row whose header names the unit.
_ROW_UNIT = re.compile(
    rf"(?P<head>[^\t|\d]{{1,40}}?)[ ]?[(（](?:单位[:：])?(?P<mult>{_MULTS})?(?P<unit>{_UNITS})[)）][ ]?[\t|]"
)
_CELL_GAP = regex.compile(r"[ ]*[\t|][ ]*$|[ ]{2,}$")

# 主要财务数据(人民币百万元,另有注明者除外) / 单位:万元 — a note that sets the unit of the lines below it.
_NOTE = regex.compile(
    rf"""
    (?:(?:金额)?单位[:：][ ]?(?:人民币)?|[(（](?:金额单位[:：]|单位[:：])?(?:人民币|币种[:：]人民币[,、]?)?)
    (?P<mult>{_MULTS})?(?P<unit>元|美元|港元)
    (?:[,、][^)）\\n\\d]{{0,20}})?[)）]?[ ]*$
    """,
    regex.VERBOSE | regex.MULTILINE,
)
# A labelled line under such a note: 营业收入:3,856.2(2023年:3,430.8) or 营业收入\t3,856.2.
_LABEL = re.compile(
    rf"(?P<head>[^\t|:：\d\n(（]{{1,30}})"
    rf"(?:[(（](?:人民币)?(?P<mult>{_MULTS})?(?P<unit>{_UNITS})[)）])?(?:[:：]|[ ]*[\t|])"
)
_PROSE_END = "。"
_NOTE_LINES = 40  # a note governs at most this many lines, and never past a line of prose


class Note(NamedTuple):
    """A unit note still in force: its multiplier and unit, and how many lines it has already governed."""

    mult: str | None
    unit: str
    lines: int


def with_table_units(text: str, tokens: list[Token], carried: Note | None = None) -> Note | None:
    """Give bare numbers the unit their table row or table note states.

    `carried` is a note from the text before this piece (a long text is read in pieces); the note still
    in force at the end of `text` is returned for the next piece.
    """
    notes = [Note(m.group("mult"), m.group("unit"), 0) for m in _NOTE.finditer(text) if not _has_digits(text, m)]
    ends = [m.end() for m in _NOTE.finditer(text) if not _has_digits(text, m)]
    for tok in tokens:
        if tok.unit or tok.value is None or tok.chinese or tok.skip or tok.family == "ratio":
            continue
        line_start = text.rfind("\n", max(0, tok.start - 200), tok.start) + 1
        row = _ROW_UNIT.match(text, line_start, tok.start)
        if row is not None and _CELL_GAP.search(text, line_start, tok.start):
            _give(tok, row.group("mult"), row.group("unit"), row.group("head"))
            continue
        label = _LABEL.match(text, line_start, tok.start)
        if label is None or not _looks_like_amount(tok):
            continue
        if label.group("unit"):  # 基本每股收益(人民币元):0.42 — the line's own unit wins over the note's
            _give(tok, label.group("mult"), label.group("unit"), label.group("head"))
        elif (note := _note_over(text, notes, ends, line_start, carried)) is not None:
            _give(tok, note.mult, note.unit, label.group("head"))
    return _note_over(text, notes, ends, len(text), carried, counting=True)


def _give(tok: Token, mult_text: str | None, unit: str, head: str) -> None:
    base, family, factor = UNIT_FAMILY[unit]
    mult = MULTIPLIERS.get(mult_text or "", Decimal(1))
    tok.value = scale(tok.value, mult * factor) if tok.value is not None else None
    tok.multiplier, tok.mult_text = mult, mult_text or ""
    tok.unit, tok.family, tok.unit_text = base, family, ""
    tok.row_head = head.strip(" ·•")


def _has_digits(text: str, note: regex.Match[str]) -> bool:
    """A note stands on a line of its own, with no figures (those would be a sentence, not a note)."""
    line_start = text.rfind("\n", 0, note.start()) + 1
    return any(c.isdigit() for c in text[line_start : note.start()])


def _note_over(
    text: str, notes: list[Note], ends: list[int], pos: int, carried: Note | None, counting: bool = False
) -> Note | None:
    """The note whose table the line at `pos` belongs to, if any (with `counting`, the lines it has used)."""
    i = bisect.bisect_right(ends, pos) - 1
    note, start = (notes[i], ends[i]) if i >= 0 else (carried, 0)
    if note is None:
        return None
    between = text[start:pos]
    lines = note.lines + between.count("\n")
    if lines > _NOTE_LINES or _PROSE_END in between:
        return None
    return note._replace(lines=lines) if counting else note


def _looks_like_amount(tok: Token) -> bool:
    """A table cell figure: grouped thousands or decimals (3,856.2, 41.2), not a year or a list number."""
    digits = tok.number.lstrip("-")
    return "," in digits or "." in digits
