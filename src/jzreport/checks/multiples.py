"""Multiples between two stated figures: 外出农民工月均收入5120元,本地农民工4316元,前者是后者的1.19倍."""

from __future__ import annotations

import regex

from ..patterns import alternation
from . import lexicon as lx
from .cues import label_of
from .model import Doc, Fig, Sentence, compatible, in_order
from .relations import Share

# 外出农民工月均收入是本地农民工的, 前者是后者的, 是县内务工人员的: what is measured, then what it is measured against
_TIMES_OF = regex.compile(
    r"(?:^|[,，;；])(?P<a>[^,，;；。]{0,24}?)(?:是|为|相当于)(?P<b>[^,，;；。是为]{2,20}?)的\s*(?:约|近)?\s*$"
)
# 是上年的, 为2019年的, 是去年同期的: a multiple over time, a change, not a ratio of two things
_A_TIME = regex.compile(rf"{alternation(lx.BASELINE_PERIODS)}|\d{{4}}年|[一二三四五六七八九〇零]{{4}}年")
_THE_FORMER = ("前者", "上述前者")
_THE_LATTER = ("后者",)
_REACH = 2  # sentences before, in the paragraph, that may state either side


def times_shares(doc: Doc) -> list[Share]:
    """A figure in 倍 said to be what one figure is of another (X是Y的N倍), both stated in its sentence or the
    two before it in its paragraph: N is X over Y. Named sides must each be the nearest figure so named."""
    out = []
    for s in doc.sentences:
        for r in s.figs:
            if r.claim.unit != "倍" or r.is_baseline or r.claim.value is None:
                continue
            m = _TIMES_OF.search(r.clause)
            if m is None or _A_TIME.search(m["b"]):
                continue
            pair = _sides(doc, s, r, m["a"].strip(), m["b"].strip())
            if pair is not None:
                top, bottom, firm = pair
                tie = f"{label_of(top)} over {label_of(bottom)}"
                out.append(Share(r, top, bottom, tie, firm, times=True))
    return out


def _sides(doc: Doc, s: Sentence, r: Fig, a: str, b: str) -> tuple[Fig, Fig, bool] | None:
    """The figure measured and the one it is measured against, and whether both were named."""
    levels = [
        f
        for t in doc.sentences[max(0, s.index - _REACH) : s.index + 1]
        if t.para == s.para
        for f in t.figs
        if f.claim.start < r.claim.start and f.is_level and not f.is_baseline and not f.paren
    ]
    if a in _THE_FORMER and b in _THE_LATTER:
        # 最高的…为5,480元,最低的…为3,652元,前者是后者的1.5倍: the two figures right before, in order
        own = [f for f in levels if f.sent is s]
        if len(own) < 2 or not compatible(own[-2], own[-1]):
            return None
        return own[-2], own[-1], True
    bottom = _named(levels, b)
    if bottom is None:
        return None
    if a:
        top = _named([f for f in levels if f is not bottom], a)
        named = True
    else:
        # 县外务工人员月均收入5,830元,是县内务工人员的1.47倍: the figure the clause goes on from
        before = [f for f in s.figs[: r.pos] if f.is_level and not f.is_baseline and not f.paren]
        top = before[-1] if before and before[-1].group == r.group and before[-1] is not bottom else None
        named = False
    if top is None or not compatible(top, bottom):
        return None
    return top, bottom, named


def _named(levels: list[Fig], name: str) -> Fig | None:
    """The nearest figure whose name holds `name`, or its characters in order (县内务工人员 of 县内乡外务工人员)."""
    if len(name) < 2:
        return None
    for f in reversed(levels):
        names = [n for n in f.names if n]
        if any(name in n or in_order(name, n) for n in names):
            return f
    return None
