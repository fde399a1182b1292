"""Sentences and the heading path (一、 › (二) › 3.) of every position in a text."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import regex

from . import lexicon as lx
from . import recache
from .patterns import BULLETS, TABLE_CAPTION

_CN = "一二三四五六七八九十〇零"
HEADING = recache.compile(
    rf"""
    ^[ \t]*
    (?:
        (?P<l1>[{_CN}]+、)                          # 一、
      | (?P<l1b>第[{_CN}]+[章部分篇节])               # 第一章, 第二部分
      | (?P<l2>[(（][{_CN}]+[)）])                  # (一)
      | (?P<l3>\d{{1,2}}[.、．](?!\d))                # 1.  1、
      | (?P<l4>[(（]\d{{1,2}}[)）])                  # (1)
    )
    """,
    re.VERBOSE | re.MULTILINE,
)
# a figure in a cell of its own
_FIGURE_CELL = recache.compile(r"(?:\t|[ \u3000]{2,}|[ \u3000]*[|｜][ \u3000]*)[-+]?\d[\d,.]*%?(?=[ \t\u3000|｜]|$)")
_LEVEL = {"l1": 1, "l1b": 1, "l2": 2, "l3": 3, "l4": 4}
SENTENCE_END = regex.compile(r"[。!?！？]+[”」』\"]?|\n")


_TITLE_END = recache.compile(r"[。!?！？]")
# The first characters of the units and multipliers a figure may go on into after a line break.
_UNIT_STARTS = frozenset(
    "万亿千百%‰"
    + "".join(u[0] for units in (lx.COUNT_UNITS, lx.MONEY_UNITS, lx.MEASURE_UNITS, lx.DURATION_UNITS, lx.PERCENT_UNITS)
              for u in units)
) - frozenset("0123456789年月日")
_CONTINUES = ",，、:：(（“"
# a unit at a line's start, not a label that opens with its first character (公共管理… of 公顷)
_UNIT_AT = recache.compile(
    "(?:"
    + "|".join(
        sorted(
            {u for units in (lx.COUNT_UNITS, lx.MONEY_UNITS, lx.MEASURE_UNITS, lx.DURATION_UNITS) for u in units},
            key=lambda u: (-len(u), u),  # one order every run: the pattern is cached by its text
        )
    )
    + ")"
)


def _wrapped(text: str, pos: int) -> bool:
    """True when the line break at `pos` wraps a sentence: after a comma, inside 23.8\n万吨, or at the end of
    a full line of running text (a hard-wrapped paragraph) whose next line does not open a new paragraph."""
    i = pos
    while i > 0 and text[i - 1] == " ":
        i -= 1
    before = text[i - 1] if i > 0 else ""  # the last character before the break that is not a space
    after = text[pos + 1 : pos + 2]
    if not before or not after or after == "\n":
        return False
    if before in _CONTINUES:
        # 按残疾类别分布如下:⏎残疾类别 | 人数(人): a colon before a table opens it, the head row is no more prose
        if before in ":：":
            line = text[text.rfind("\n", 0, pos) + 1 : pos]
            if "|" in line or "｜" in line:
                return False  # 发布日期:… | 来源:… | 浏览次数: a line of fields set apart by bars, no intro
            nl = text.find("\n", pos + 1)
            return not _table_row(text[pos + 1 : nl if nl >= 0 else len(text)])
        return True
    if (
        (before.isdigit() or (before in "万亿千百" and text[i - 2 : i - 1].isdigit()))
        and after in _UNIT_STARTS
        and (before in "万亿千百" or after in "万亿千百%‰" or _UNIT_AT.match(text, pos + 1))
        # (内贸 | 万吨 | 24525 | 4.3⏎集装箱吞吐量: a row of cells set apart by bars or tabs ends with its last cell)
        and not _CELL_BARS.search(text, text.rfind("\n", 0, pos) + 1, pos)
    ):
        # 23.8⏎万吨, 46.8亿⏎元, 500⏎张: a figure goes on into its unit; but 住宅用地 436.72⏎公共管理与公共服务用地
        # 297.58 is a row, the next line a label that only opens like a unit (公 of 公顷)
        return True
    if (before == "." and text[pos - 2 : pos - 1].isdigit() and after.isdigit()) or (
        before.isdigit() and after == "." and text[pos + 2 : pos + 3].isdigit()
    ):
        return True  # 15.⏎6%: a decimal broken by the wrap
    if after in " \t" or HEADING.match(text, pos + 1) or _BULLET.match(after):
        return False  # an indented line, a heading, a line opened by a bullet or an emoji (▶ ✅ 📈) starts anew
    if before in _LINE_FINAL and not (before in _CLOSE and _long_prose(text, pos)):
        return False  # the end of a sentence or a title; but 研究与试验发展(R&D)⏎经费支出 wraps after a bracket
    if _FIGURE_START.match(text, pos + 1) and "\t" not in text[text.rfind("\n", 0, pos) + 1 : pos]:
        return True  # 实现营业收入⏎8,412.6亿元: a line ending in a name whose figure opens the next line
    line_start = text.rfind("\n", 0, pos) + 1
    line = text[line_start:pos]
    if len(line) < _WRAP_MIN or (HEADING.match(line) and not _TITLE_END.search(line)) or _table_row(line):
        return False  # a short line, a heading or a title, a table row
    if _TABLE_CAPTION.match(line):
        return False  # 表1 2024年各县(市、区)校车配备情况⏎县(市、区) 校车(辆) …: a table's caption, its head row below
    return bool(_RUNNING_TEXT.search(line)) or len(line) >= 2 * _WRAP_MIN


_CLOSE = set(")）”」』")
_TABLE_CAPTION = recache.compile(rf"{TABLE_CAPTION}\s")
_BULLET = recache.compile(BULLETS)


def _long_prose(text: str, pos: int) -> bool:
    """The line that ends at `pos` is a full line of running text (a title in brackets is short)."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return len(line) >= 2 * _WRAP_MIN and bool(_RUNNING_TEXT.search(line)) and not _table_row(line)


def _table_row(line: str) -> bool:
    """A row of cells: gaps of several spaces, a tab or a wide space inside the line, or figures side by side."""
    inner = line.strip(" \u3000")
    return bool(_TABLE_GAP.search(inner)) or len(_CELLS.findall(inner)) >= 2 or bool(_LABELLED_FIGURES.match(inner))


def _cuts_number(text: str, pos: int) -> bool:
    """True when the wrapping line break at `pos` falls inside a number: 共办理案件1⏎6起.

    Only in running text (the line has a comma or 、 and no table gaps), and not before a list marker
    (…12⏎2.加强): a table row ending in a figure above a row that opens with one stays two numbers.
    """
    if not (text[pos - 1 : pos].isdigit() and text[pos + 1 : pos + 2].isdigit()):
        return False
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    prose = _RUNNING_TEXT.search(line) or (len(line) >= _WRAP_MIN and " " not in line.strip())
    return bool(prose) and not _TABLE_GAP.search(line) and not _MARKER.match(text, pos + 1)


@dataclass(frozen=True)
class Unwrapped:
    """A text with the line breaks of its hard wraps taken out, and the way back to the text's offsets.

    Numbers, units, keywords and names broken by a wrap (1⏎6起, 58⏎个, 较⏎上年, 三百⏎零一个, 社区卫⏎生) read
    whole in `text`; `where` and `where_end` turn an offset of `text` into one of the wrapped text.
    """

    text: str
    view_starts: list[int]  # where each piece of `text` starts in `text` …
    orig_starts: list[int]  # … and in the wrapped text
    drops: list[tuple[int, int]]  # the stretches (break and the spaces before it) left out

    def cut(self, other: str) -> str:
        """`other` (the wrapped text's original before normalising, of the same length) cut the same way."""
        pieces, pos = [], 0
        for a, b in self.drops:
            pieces.append(other[pos:a])
            pos = b
        pieces.append(other[pos:])
        return "".join(pieces)

    def where(self, pos: int) -> int:
        i = bisect.bisect_right(self.view_starts, pos) - 1
        return self.orig_starts[i] + pos - self.view_starts[i]

    def where_end(self, end: int) -> int:
        """The offset of an end (exclusive): a span that stops before a dropped break does not take it in."""
        return self.where(end - 1) + 1 if end > 0 else 0


# Spaces and a line break, and a page footer line standing in running text (— 12 —, - 3 -, 第5页).
_BREAK = recache.compile(
    r"""[ ]*\n
    (?:[ \t]*
        (?:[-—–－]+[ ]*\d{1,4}[ ]*[-—–－]+                  # — 12 —
         | 第[ ]*\d{1,4}[ ]*页(?:[ ]*共[ ]*\d{1,4}[ ]*页)?)  # 第5页 共12页
    [ \t]*\n)?""",
    re.VERBOSE,
)


def _joins(text: str, start: int, end: int) -> bool:
    """Whether the break `text[start:end]` (spaces, the line break, perhaps a page footer line) is taken out:
    a wrap, but not one after a colon (其中：⏎, 如下（单位：件）：⏎ open a list or a table), nor one before a table
    row or a labelled line (营业成本：2,815.0), nor one between two digits that `_cuts_number` keeps apart."""
    line_start = text.rfind("\n", 0, start) + 1
    next_end = text.find("\n", end)
    following = text[end : next_end if next_end >= 0 else len(text)]
    if text[start - 1 : start] in (":", "：") or _table_row(following) or _LABEL.match(following):
        return False
    if _table_row(text[line_start:start]):
        return False  # a row of a table ends at its line break, whatever the next row starts with
    pos = start - line_start
    local = text[line_start:start] + "\n" + following  # the two lines, without a footer between them
    return _wrapped(local, pos) and (not (local[pos - 1 : pos].isdigit() and following[:1].isdigit())
                                     or _cuts_number(local, pos))


_LABEL = recache.compile(r"[^\W\d_][^\s\d.,，。;；:：]{0,15}[:：]")  # a label and its colon; not 10:30, 8.3:45.2


def unwrap(text: str) -> Unwrapped | None:
    """`text` without the line breaks that wrap a sentence (see `_wrapped`), or None when it has none."""
    drops = [(m.start(), m.end()) for m in _BREAK.finditer(text) if _joins(text, m.start(), m.end())]
    if not drops:
        return None
    pieces: list[str] = []
    view_starts, orig_starts = [0], [0]
    pos = v = 0
    for a, b in drops:
        pieces.append(text[pos:a])
        v += a - pos
        pos = b
        view_starts.append(v)
        orig_starts.append(pos)
    pieces.append(text[pos:])
    return Unwrapped("".join(pieces), view_starts, orig_starts, drops)


_CELL_BARS = recache.compile(r"[\t|｜]")
_TABLE_GAP = recache.compile(r"\t|[ ]{2}|\u3000|[ ]?[|｜][ ]?")  # a bar parts cells as a tab does
_CELLS = recache.compile(r"[\d%][ ][-+]?\d")  # 152.1 156.4: two figures a space apart
# 道路运输 2,341 512.60: a row's label and its bare figures, a single space apart
_LABELLED_FIGURES = recache.compile(r"[^\s\d][^\s,，。;；]*(?:[ ][-+]?\d[\d,]*(?:\.\d+)?%?){2,}$")
_MARKER = recache.compile(r"\d{1,2}[.、)）](?!\d)")

# A hard-wrapped line is long and holds running text; a title or a label line is short or bare.
_WRAP_MIN = 16
_FIGURE_START = recache.compile(
    r"\d[\d,]*(?:\.\d+)?[ ]?(?:万|亿|千|百|%|‰|元|件|人|家|个|项|吨|亩|平方米|公里|户|次|所|张)"
)
_LINE_FINAL = set("。!?;:…”」』\")）)|")
_RUNNING_TEXT = recache.compile(r"[,、;。]")


MAX_SENTENCE = 500
_CLAUSE_END = recache.compile(r"[;,、]")


def _cap(text: str, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
    """Split runs longer than MAX_SENTENCE (tables, lists with no full stop) at clause marks, or hard."""
    if all(e - s <= MAX_SENTENCE for s, e in zip(starts, ends, strict=True)):
        return starts, ends
    out_s: list[int] = []
    out_e: list[int] = []
    for s, e in zip(starts, ends, strict=True):
        while e - s > MAX_SENTENCE:
            cut = None
            for m in _CLAUSE_END.finditer(text, s + MAX_SENTENCE // 2, s + MAX_SENTENCE):
                cut = m.end()
            cut = cut or s + MAX_SENTENCE
            out_s.append(s)
            out_e.append(cut)
            s = cut
        out_s.append(s)
        out_e.append(e)
    return out_s, out_e


@dataclass(frozen=True)
class Heading:
    start: int  # where the marker starts
    end: int  # where the marker ends
    level: int
    title: str


@dataclass(frozen=True)
class Layout:
    """Sentence bounds and headings of one text, with fast lookup by offset."""

    sentence_starts: list[int]
    sentence_ends: list[int]
    headings: list[Heading]
    heading_starts: list[int]
    paths: list[tuple[str, ...]]  # heading path in force from headings[i] on
    opening: tuple[str, ...] = ()  # heading path in force before the first heading (from earlier text)
    stack: tuple[tuple[int, str], ...] = ()  # (level, title) open at the end, for the text that follows
    number_cuts: frozenset[int] = frozenset()  # line breaks of a hard wrap that fall between two digits

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        i = max(i, 0)
        return self.sentence_starts[i], self.sentence_ends[i]

    def heading_before(self, pos: int) -> Heading | None:
        """The last heading that starts before `pos`, or None."""
        i = bisect.bisect_right(self.heading_starts, pos) - 1
        return self.headings[i] if i >= 0 else None

    def section_of(self, pos: int) -> tuple[str, ...]:
        i = bisect.bisect_right(self.heading_starts, pos) - 1
        return self.paths[i] if i >= 0 else self.opening


def layout(text: str, stack: tuple[tuple[int, str], ...] = ()) -> Layout:
    """Split `text` (normalised) into sentences and find its headings.

    `stack` carries the headings open at the end of the text before this one, when a long document is
    read piece by piece.
    """
    starts, ends = [], []
    cuts: set[int] = set()
    pos = 0
    for m in SENTENCE_END.finditer(text):
        if m.group() == "\n" and _wrapped(text, m.start()):
            if _cuts_number(text, m.start()):
                cuts.add(m.start())
            continue
        end = m.end() if m.group() != "\n" else m.start()
        if end > pos:
            starts.append(pos)
            ends.append(end)
        pos = m.end()
    if pos < len(text) or not starts:
        starts.append(pos)
        ends.append(len(text))
    starts, ends = _cap(text, starts, ends)
    headings: list[Heading] = []
    paths: list[tuple[str, ...]] = []
    opening = tuple(t for _, t in stack)
    open_headings = list(stack)
    for m in HEADING.finditer(text):
        level = _LEVEL[next(k for k, v in m.groupdict().items() if v)]
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        line = text[m.start() : line_end].strip()
        if _FIGURE_CELL.search(line):
            continue  # 一、本年新收政府信息公开申请数量\t27\t4\t31: a table row that opens with a marker
        title = _TITLE_END.split(line, maxsplit=1)[0].strip()
        if len(title) > 60:
            title = title[:60] + "…"
        while open_headings and open_headings[-1][0] >= level:
            open_headings.pop()
        open_headings.append((level, title))
        headings.append(Heading(m.start(), m.end(), level, title))
        paths.append(tuple(t for _, t in open_headings))
    return Layout(
        starts, ends, headings, [h.start for h in headings], paths, opening, tuple(open_headings), frozenset(cuts)
    )
