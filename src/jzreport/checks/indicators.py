"""Indicators defined by convention, checked against the figures they are made of: 保险深度 (premiums over GDP),
保险密度 (premiums per resident), 劳动生产率 (output per worker). Both figures may stand chapters before."""

from __future__ import annotations

import regex

from . import lexicon as lx
from .cues import aimed
from .model import Doc, Fig, compatible
from .relations import Share

# 按建筑业总产值计算的劳动生产率: the clause names the numerator it is counted on
_COUNTED_ON = regex.compile(r"按(?P<what>\p{Han}{2,10}?)计算的?")
_PLACE = regex.compile(r"^(?:全年|年末)?(?:全[国省市县区州]|本[省市县区])?(?:实现|完成|共)?")
_REACH = 400  # sentences looked back: a bulletin states GDP in its first chapter, insurance in its tenth


def defined_rates(doc: Doc) -> list[Share]:
    """Every stated indicator of `lexicon.DEFINED_RATES` whose numerator and denominator the text states
    before it. Sure when each is the one figure in the text so named."""
    out = []
    for s in doc.sentences:
        for r in s.figs:
            if r.is_change or r.is_baseline or r.claim.role == "before" or r.claim.value is None or aimed(r):
                continue  # 力争到"十四五"末保险深度达到4.5%: a goal, of no figures stated
            said = (r.claim.subject or "") + r.clause
            for name, tops, bottoms, scale in lx.DEFINED_RATES:
                if name not in said or (scale == 100) != (r.claim.unit == "%"):
                    continue
                counted = _COUNTED_ON.search(r.clause)
                bottom, sure_bottom = _named(doc, r, bottoms, "" if scale == 100 else "人")
                if bottom is None:
                    break
                # 外省项目平均从业人员约4.2万人,劳动生产率约148.8万元/人: of the output of the same 外省, when stated
                whose = _qualifier(bottom, bottoms)
                top, sure_top = _named(doc, r, (counted["what"],) if counted else tops, "元", whose)
                if top is None or top is bottom or (scale == 100 and not compatible(top, bottom)):
                    break
                tie = f"{name}: {top.claim.text} over {bottom.claim.text}"
                out.append(Share(r, top, bottom, tie, sure_top and sure_bottom, times=scale != 100))
                break
    return out


def _qualifier(f: Fig, names: tuple[str, ...]) -> str:
    """The two characters that narrow a figure's name before the base name it bears (外省 of 外省项目平均从业人员);
    '' when it bears the name plain."""
    for n in f.names:
        plain = _PLACE.sub("", n or "")
        for name in names:
            i = plain.find(name)
            if i >= 2:
                return plain[:2]
    return ""


def _named(
    doc: Doc, r: Fig, names: tuple[str, ...], unit: str, whose: str = ""
) -> tuple[Fig | None, bool]:
    """The nearest level before `r` named exactly by the first of `names` any figure bears (place words left
    out), else the nearest whose name holds it; sure when only one figure in the text bears it exactly. With
    `whose`, the largest whose name holds that qualifier as well, not for sure."""
    s = r.sent
    before = [
        f
        for t in reversed(doc.sentences[max(0, s.index - _REACH) : s.index + 1])
        for f in reversed(t.figs)
        if f.index < r.index and f.is_level and not f.is_baseline and not f.paren and f.claim.unit.endswith(unit)
    ]
    if whose:
        # of several so named, the largest: the group's total, not one firm's (排名第一的…外省产值57.4亿元)
        qualified = [f for f in before if any(whose in n and _holds_any(n, names) for n in f.names if n)]
        if qualified:
            return max(qualified, key=lambda f: f.claim.value), False
    for name in names:
        exact = [f for f in before if any(_PLACE.sub("", n) == name for n in f.names if n)]
        if exact:
            return exact[0], len(exact) == 1
    for name in names:
        held = next((f for f in before if any(name in n for n in f.names if n)), None)
        if held is not None:
            return held, False
    return None, False


def _holds_any(name: str, names: tuple[str, ...]) -> bool:
    return any(x in name for x in names) or any(x[-2:] in name for x in names)
