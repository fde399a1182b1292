"""One function per rule: recompute a relation exactly, judge the stated figure, say why in one line.

Each function takes a relation found by `relate` and returns a `Check`, or None when the relation gives
nothing to compare. Inputs are read as intervals (`arith.bounds`), stated results through their usual
readings (`arith.readings`); a stated figure holds when one reading meets what the inputs allow.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

import regex

from ..patterns import MULTIPLE_OF, alternation
from ..records import Check, ClaimRef
from ..records import trusted as record  # records valid by construction: no second validation
from . import arith
from . import lexicon as lx
from .arith import HUNDRED, ONE, ZERO, Interval, Reading, bounds, fmt, judge, shown
from .cues import complete_series, strays
from .model import RUN_JOIN, Fig, compatible, rate_name, time_factor
from .relations import ITEMS_SUM_TIE, Breakdown, Change, Grim, Share

MINUS = "−"
OK, BAD, UNSURE = "✓", "✗", "?"
NEARLY = regex.compile(r"(?:将近|接近|逼近|近)\s*$")
REAL = regex.compile("|".join(lx.REAL_TERMS))
_GROUP_MARK = regex.compile(r"[;；。]")
_Q = Decimal("0.0001")
_BIG = Decimal(10) ** 12


def real(r: Fig) -> bool:
    """A rate of change stated at comparable prices (按可比价格计算, 扣除价格因素): real, not nominal.

    Read in the rate's ;-group, on both sides of it: …,按可比价格计算,年均增长5.1%（按可比价格计算）.
    """
    if "名义" in r.clause:
        return False  # 名义增长6.8%,扣除价格因素实际增长6.4%: the nominal rate is said to be one
    text, at = r.sent.text, r.claim.start - r.sent.start
    start = max(text.rfind(mark, 0, at) for mark in ";；。") + 1
    end_m = _GROUP_MARK.search(text, at)
    end = end_m.start() if end_m else len(text)
    if REAL.search(text, start, at):
        return True
    after = REAL.search(text, r.claim.end - r.sent.start, end)
    # 增长6.8%,扣除价格因素实际增长6.4%: a term said after the rate, before another rate of change, is that one's
    return after is not None and not any(
        f.is_change and f.claim.unit == "%" and f.claim.start - r.sent.start >= after.start()
        for f in r.sent.figs
        if f.claim.start - r.sent.start < end
    )


def real_measure(refs: Sequence[ClaimRef], r: Fig) -> bool:
    """GDP and value added grow at comparable prices in official statistics, said or not."""
    names = [n for f in r.sent.figs if f.claim.id in {x.id for x in refs} for n in f.names]
    return any(w in n for w in lx.REAL_BY_DEFAULT for n in (*names, *r.names))


_REAL_NOTE = "a growth at comparable prices need not be the ratio of current-price values"


def readings(f: Fig) -> list[Reading]:
    """The readings of a stated result; 近3倍 reads as a little under 3."""
    nearly = bool(NEARLY.search(f.clause)) or f.claim.text.startswith(("近", "将近", "接近"))
    return arith.readings(f.claim, nearly=nearly)



def ref(f: Fig, part: str) -> ClaimRef:
    """The claim as a check cites it; built once per part (the fields come from a validated Claim)."""
    got = f.refs.get(part)
    if got is None:
        c = f.claim
        values = {"id": c.id, "start": c.start, "end": c.end, "text": c.text, "value": c.value, "unit": c.unit}
        got = f.refs[part] = record(ClaimRef, {**values, "part": part})
    return got


def _round(v: Decimal, how: str | None = None) -> Decimal:
    """At most four decimals (rounded `how`); figures that have fewer keep them as they are."""
    exponent = v.as_tuple().exponent
    if abs(v) >= _BIG or not isinstance(exponent, int) or exponent >= -4:
        return v
    return v.quantize(_Q, rounding=how) if how else v.quantize(_Q)


def make(
    rule: str,
    refs: list[ClaimRef],
    stated: Decimal,
    computed: Decimal | None,
    iv: Interval | None,
    reading: str,
    verdict: str,
    explanation: str,
) -> Check:
    """A Check with its numbers cut to four decimals (the range widened outward, never narrowed)."""
    # every field is built here from validated claims and exact Decimals: construct without revalidating
    return record(
        Check,
        {
            "rule": rule,
            "claims": refs,
            "stated": stated,
            "computed": None if computed is None else _round(computed),
            "low": None if iv is None else _round(iv.lo, ROUND_FLOOR),
            "high": None if iv is None else _round(iv.hi, ROUND_CEILING),
            "reading": reading,
            "verdict": verdict,
            "explanation": explanation,
        },
    )


def _marked(hit: Reading | None, firm: bool) -> tuple[str, str]:
    if hit is not None:
        return "consistent", OK
    return ("inconsistent", BAD) if firm else ("unverifiable", UNSURE)


def _no_reading(options: Sequence[Reading]) -> str:
    return " or ".join(r.name for r in options) + ": none meets the recomputed range"


def judged(
    rule: str,
    refs: list[ClaimRef],
    result: Fig,
    computed: Decimal,
    iv: Interval,
    formula: str,
    *,
    firm: bool = True,
    unit: str = "%",
    stated_text: str | None = None,
    note: str = "",
    options: Sequence[Reading] | None = None,
    aside: str = "",
    per_shown: Decimal = Decimal(1),
) -> Check:
    """Judge a stated result against its recomputation and write the one-line explanation.

    The recomputed value is shown with one decimal more than the stated figure (at least two), or two
    more when only the cut-off reading holds, so that the reader sees why: 99.966% → 99.9%.
    """
    options = readings(result) if options is None else options
    if rule == "change_rate" and (real(result) or real_measure(refs, result)):
        firm, note = False, _REAL_NOTE
    hit = judge(iv, options)
    verdict, mark = _marked(hit, firm)
    d = arith.decimals(result.claim.number)
    places = d + 2 if hit is not None and hit.name.startswith("cut off") else max(2, d + 1)
    stated = stated_text if stated_text is not None else shown(result.claim) + unit
    tail = f"; {note}" if note and verdict == "unverifiable" else ""
    if aside and hit is not None:  # which of the allowed inputs gave the fit
        tail = f"; {aside}"
    expl = f"{formula} = {fmt(computed / per_shown, places)}{unit} → {stated}{tail} {mark}"
    reading = hit.name + tail if hit else _no_reading(options)
    return make(rule, refs, result.claim.value, computed, iv, reading, verdict, expl)


# --- change_rate ----------------------------------------------------------------------------------------


def change_rate(ch: Change) -> Check | None:
    """由90项减少至10项, 减少率88.9%: (90−10)/90 = 88.89% → 88.9%."""
    r = ch.rate
    if r is None:
        return None
    if ch.before is None:
        return _change_rate_from_amount(ch, r)
    a, b = ch.after, ch.before
    k = time_factor(b, a)  # 由1.5小时压缩至20分钟: the earlier value in the later one's unit of time
    ia, ib = bounds(a.claim), bounds(b.claim) * k
    refs = [ref(b, "before"), ref(a, "after"), ref(r, "rate")]
    m = arith.common_multiplier([a.claim, b.claim])
    sa, sb = shown(a.claim, m), shown(b.claim, m)
    if k != ONE:
        sa, sb = f"{sa}{a.claim.unit}", f"{fmt(b.claim.value * k)}{a.claim.unit}"
    if ib.hi < 0 and not r.is_times and not r.is_doublings:
        return _over_negative(r, refs, a, b, ia, ib, sa, sb)
    if not ib.positive:
        return make(
            "change_rate",
            refs,
            r.claim.value,
            None,
            None,
            "earlier value is zero",
            "unverifiable",
            f"({sa}{MINUS}{sb})/{sb}: the earlier value is 0, no rate of change {UNSURE}",
        )
    ratio, ratio_iv = a.claim.value / (b.claim.value * k), ia / ib
    if r.is_times:
        return _times(r, refs, ratio, ratio_iv, sa, sb)
    if r.is_doublings:
        return _doublings(r, refs, ratio, ratio_iv, sa, sb)
    direction = r.direction or ("increase" if ch.how == "plan" else None)
    if direction is None:  # a rate of change that does not say which way: read it the way it went
        direction = "decrease" if a.claim.value < b.claim.value else "increase"
    if direction == "decrease":
        computed = (ONE - ratio) * HUNDRED
        iv = Interval((ONE - ratio_iv.hi) * HUNDRED, (ONE - ratio_iv.lo) * HUNDRED)
        formula = f"({sb}{MINUS}{sa})/{sb}"
    else:
        computed = (ratio - ONE) * HUNDRED
        iv = Interval((ratio_iv.lo - ONE) * HUNDRED, (ratio_iv.hi - ONE) * HUNDRED)
        formula = f"({sa}{MINUS}{sb})/{sb}"
    if ch.how == "plan":
        formula = f"over plan {formula}"
    far = ch.how == "far"  # a plan's growth over an outcome stated chapters before: maybe of another base
    note = "the earlier value taken as the outcome of the same name stated before" if far else ""
    return judged("change_rate", refs, r, computed, iv, formula, firm=not far, note=note)


def _over_negative(
    r: Fig, refs: list[ClaimRef], a: Fig, b: Fig, ia: Interval, ib: Interval, sa: str, sb: str
) -> Check:
    """投资活动现金流量净额 -3.67亿 against -1.18亿, 变动 -210.15%: a change over a negative earlier value is taken
    over its size, (after − before)/|before|, as annual reports state it; the stated way gives the sign."""
    size = Interval(-ib.hi, -ib.lo)
    iv = (ia - ib) / size * HUNDRED
    computed = (a.claim.value - b.claim.value) / -b.claim.value * HUNDRED
    if r.direction == "decrease":
        iv, computed = Interval(-iv.hi, -iv.lo), -computed
    formula = f"({sa}{MINUS}({sb}))/|{sb}|"
    return judged("change_rate", refs, r, computed, iv, formula)


def _times(r: Fig, refs: list[ClaimRef], ratio: Decimal, ratio_iv: Interval, sa: str, sb: str) -> Check:
    """增长了3倍: after/before − 1 = 3 read strictly, or after/before = 3 as it is often meant; 是…的3倍:
    after/before = 3."""
    options = readings(r)
    strict = Interval(ratio_iv.lo - ONE, ratio_iv.hi - ONE)
    said = r.sent.text[: r.claim.start - r.sent.start]
    of = bool(MULTIPLE_OF.search(said, max(0, len(said) - 40)))
    if r.direction is None or of or (judge(strict, options) is None and judge(ratio_iv, options) is not None):
        # 是上年的2.5倍 says the ratio itself; 增长2.5倍 may mean either
        return judged("change_rate", refs, r, ratio, ratio_iv, f"{sa}/{sb}", unit="倍", options=options)
    return judged("change_rate", refs, r, ratio - ONE, strict, f"{sa}/{sb} {MINUS} 1", unit="倍", options=options)


# How far from 2ⁿ the ratio of a 翻n番 may be, by the words that qualify it: (what it means, what it may loosely
# mean) as multiples of 2ⁿ. 翻一番 is said of about a doubling, 翻一番多 of more, 近/接近翻一番 of a little less.
_DOUBLING_READS = {
    "more_than": ((Decimal(1), Decimal(2)), (Decimal("0.97"), Decimal(4))),
    "less_than": ((Decimal("0.75"), Decimal(1)), (Decimal("0.6"), Decimal("1.03"))),
    "nearly": ((Decimal("0.8"), Decimal("1.02")), (Decimal("0.6"), Decimal("1.1"))),
    "about": ((Decimal("0.85"), Decimal("1.15")), (Decimal("0.7"), Decimal("1.4"))),
    None: ((Decimal("0.95"), Decimal("1.5")), (Decimal("0.85"), Decimal("1.9"))),
}
_DOUBLING_APPROX = {"at_least": "more_than", "at_most": "less_than"}


def _doublings(r: Fig, refs: list[ClaimRef], ratio: Decimal, ratio_iv: Interval, sa: str, sb: str) -> Check:
    """翻了一番, 翻两番多: after/before against 2ⁿ. The phrase is loose, so a ratio near 2ⁿ is consistent, one far
    from it inconsistent, and one between unverifiable."""
    n = r.claim.value
    target = Decimal(2) ** n
    nearly = bool(NEARLY.search(r.clause.rstrip("翻了")))  # 接近翻一番, 近翻了一番
    key = "nearly" if nearly else _DOUBLING_APPROX.get(r.claim.approx or "", r.claim.approx)
    (lo, hi), (loose_lo, loose_hi) = _DOUBLING_READS.get(key, _DOUBLING_READS[None])
    meant = Reading(f"×{fmt(target * lo)}…×{fmt(target * hi)}", Interval(target * lo, target * hi))
    loose = Reading("", Interval(target * loose_lo, target * loose_hi))
    hit = judge(ratio_iv, [meant])
    if hit is not None:
        verdict, mark = "consistent", OK
    elif judge(ratio_iv, [loose]) is not None:
        verdict, mark = "unverifiable", UNSURE
    else:
        verdict, mark = "inconsistent", BAD
    said = f"{fmt(n)}番 (×{fmt(target)})"
    expl = f"{sa}/{sb} = ×{fmt(ratio, 2)} → {said} {mark}"
    reading = meant.name if hit else f"{meant.name}: the ratio is outside it"
    return make("change_rate", refs, n, ratio, ratio_iv, reading, verdict, expl)


def _change_rate_from_amount(ch: Change, r: Fig) -> Check | None:
    """刑事案件262件, 同比下降2.60%, 同比减少7件: the earlier value is 262+7, and 7/269 = 2.60%."""
    d, a = ch.amount, ch.after
    if d is None or r.is_doublings:
        return None
    if r.direction and d.direction and r.direction != d.direction:
        return None
    direction = r.direction or d.direction or ch.way
    if direction is None:
        return None
    ia, idd = bounds(a.claim), bounds(d.claim)
    m = arith.common_multiplier([a.claim, d.claim])
    sa, sd = shown(a.claim, m), shown(d.claim, m)
    refs = [ref(a, "after"), ref(d, "change"), ref(r, "rate")]
    if direction == "decrease":
        prev, formula = a.claim.value + d.claim.value, f"{sd}/({sa}+{sd})"
        # the rate grows with the change and shrinks with the current value: take the extremes
        lo = idd.lo / (ia.hi + idd.lo) if ia.hi + idd.lo > 0 else None
        hi = idd.hi / (ia.lo + idd.hi) if ia.lo + idd.hi > 0 else None
    else:
        prev, formula = a.claim.value - d.claim.value, f"{sd}/({sa}{MINUS}{sd})"
        lo = idd.lo / (ia.hi - idd.lo) if ia.hi - idd.lo > 0 else None
        hi = idd.hi / (ia.lo - idd.hi) if ia.lo - idd.hi > 0 else None
    if prev < 0:  # an increase larger than the value it led to: no earlier value can give it
        return make(
            "change_rate",
            refs,
            r.claim.value,
            None,
            None,
            "earlier value = after − change",
            "inconsistent",
            f"{sa}{MINUS}{sd} = {fmt(prev / m)}: the increase exceeds the value {BAD}",
        )
    if prev == 0 or lo is None or hi is None:
        return make(
            "change_rate",
            refs,
            r.claim.value,
            None,
            None,
            "earlier value is zero",
            "unverifiable",
            f"{formula}: the earlier value may be 0, no rate of change {UNSURE}",
        )
    computed = d.claim.value / prev * HUNDRED
    return judged("change_rate", refs, r, computed, Interval(lo * HUNDRED, hi * HUNDRED), formula)


# --- yearly average rate -------------------------------------------------------------------------------

_MAX_YEARS = 30


def yearly_rate(ch: Change) -> Check | None:
    """由2020年的398.2亿元增加到2024年的512.6亿元, 年均增长6.5%: (512.6/398.2)^(1/4) − 1 = 6.52% → 6.5%.

    The number of years n comes from the years stated at the two ends. When either is not stated the rate
    cannot be recomputed: the check is unverifiable and says which n the stated rate would fit.
    """
    r, a, b = ch.yearly, ch.after, ch.before
    if r is None or b is None:
        return None
    ia, ib = bounds(a.claim), bounds(b.claim)
    refs = [ref(b, "before"), ref(a, "after"), ref(r, "rate")]
    m = arith.common_multiplier([a.claim, b.claim])
    sa, sb = shown(a.claim, m), shown(b.claim, m)
    if not (ia.positive and ib.positive):
        expl = f"({sa}/{sb})^(1/n){MINUS}1: a value may be 0, no yearly rate {UNSURE}"
        return make("change_rate", refs, r.claim.value, None, None, "a value is zero", "unverifiable", expl)
    decrease = (r.direction or ("decrease" if a.claim.value < b.claim.value else "increase")) == "decrease"
    formula = f"1{MINUS}({sa}/{sb})^(1/{{n}})" if decrease else f"({sa}/{sb})^(1/{{n}}){MINUS}1"
    ratio_iv = ia / ib
    ya, yb = a.dated, b.dated
    if ya is None or yb is None or ya <= yb:
        fit = _years_that_fit(ratio_iv, r, decrease)
        span = f"{yb or '?'} to {ya or '?'}"
        hint = f"it fits n = {_runs(fit)}" if fit else f"no n up to {_MAX_YEARS} fits"
        expl = (
            f"{formula.format(n='n')} → {shown(r.claim)}%: a yearly average over n years, "
            f"and the text does not state both years ({span}); {hint} {UNSURE}"
        )
        reading = "yearly average compounded over n years; n not stated"
        return make("change_rate", refs, r.claim.value, None, None, reading, "unverifiable", expl)
    n = ya - yb
    computed = _compound(Interval.point(a.claim.value / b.claim.value), n, decrease).lo
    return judged("change_rate", refs, r, computed, _compound(ratio_iv, n, decrease), formula.format(n=n))


def _compound(ratio: Interval, n: int, decrease: bool) -> Interval:
    """The yearly rate, in percent, that compounds to `ratio` over `n` years (a fall when `decrease`)."""
    root = ONE / Decimal(n)
    lo, hi = ratio.lo**root, ratio.hi**root  # Decimal powers: correctly rounded to 28 digits
    if decrease:
        return Interval((ONE - hi) * HUNDRED, (ONE - lo) * HUNDRED)
    return Interval((lo - ONE) * HUNDRED, (hi - ONE) * HUNDRED)


def _years_that_fit(ratio: Interval, r: Fig, decrease: bool) -> list[int]:
    """The numbers of years (up to `_MAX_YEARS`) over which the stated yearly rate meets `ratio`.

    The fitting n lie between ln(ratio) / ln(1 + rate) at the two ends of the rate's and the ratio's
    ranges; only those are tried.
    """
    options = readings(r)
    lo_rate = min(o.range.lo for o in options) / HUNDRED
    hi_rate = max(o.range.hi for o in options) / HUNDRED
    if decrease:
        lo_rate, hi_rate = -hi_rate, -lo_rate
    if lo_rate <= -1 or hi_rate <= -1 or ratio.lo <= 0:
        return []
    ends = [x.ln() / (ONE + g).ln() for x in (ratio.lo, ratio.hi) for g in (lo_rate, hi_rate) if g != 0 and x != ONE]
    if not ends:  # no change and no rate: any n fits
        return list(range(1, _MAX_YEARS + 1))
    first = max(1, math.floor(min(ends)))
    last = min(_MAX_YEARS, math.ceil(max(ends)))
    return [n for n in range(first, last + 1) if judge(_compound(ratio, n, decrease), options)]


def _runs(ns: Sequence[int]) -> str:
    """Numbers in runs, for the explanation.

    >>> _runs([4, 5, 6, 9]), _runs([3])
    ('4–6 or 9', '3')
    """
    parts: list[str] = []
    start = prev = ns[0]
    for n in [*ns[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}–{prev}")
        if n is not None:
            start = prev = n
    return " or ".join(parts)


# --- diff -----------------------------------------------------------------------------------------------


def diff(ch: Change) -> Check | None:
    """较2022年558件增加了555件, with 1113件 stated: 558 + 555 = 1113."""
    way = ch.amount.direction or ch.way if ch.amount is not None else None
    if ch.before is None or ch.amount is None or way is None:
        return None
    a, b, d = ch.after, ch.before, ch.amount
    sign = ONE if way == "increase" else -ONE
    kb, kd = time_factor(b, a), time_factor(d, a)  # 由1.5小时压缩至20分钟,缩短70分钟: in the later unit of time
    computed = b.claim.value * kb + sign * d.claim.value * kd
    iv = bounds(b.claim) * kb + bounds(d.claim) * (sign * kd)
    ok = iv.meets(bounds(a.claim))
    m = arith.common_multiplier([a.claim, b.claim, d.claim])
    op = "+" if sign > 0 else MINUS
    sb, sd = shown(b.claim, m), shown(d.claim, m)
    if kb != ONE or kd != ONE:
        sb, sd = (f"{fmt(f.claim.value * k)}{a.claim.unit}" for f, k in ((b, kb), (d, kd)))
    sum_text = f"{sb} {op} {sd} = {fmt(computed / m)}"
    expl = f"{sum_text} → {shown(a.claim, m)} {OK if ok else BAD}"
    exact = iv.lo == iv.hi and a.claim.value == bounds(a.claim).lo
    reading = "whole counts, exact" if exact else "each figure rounded to its stated decimals"
    refs = [ref(b, "before"), ref(d, "change"), ref(a, "after")]
    verdict = "consistent" if ok else "inconsistent"
    if not ok and ch.how == "added":
        # 新增企业9家,总数由38家增至46家: the new ones are gross; closures make the net change smaller
        verdict, expl = "unverifiable", f"{expl} (the new ones need not be the net change: some may have gone)"
    elif not ok and (bounds(b.claim) * kb - bounds(d.claim) * (sign * kd)).meets(bounds(a.claim)):
        # 埋深3.62米,较年初的4.15米上升0.53米: the word says which way the thing moved (the water rose), not the
        # figure (the depth to it fell); the figures fit the other way
        verdict, expl = "unverifiable", f"{expl} (they fit the other way: said of the thing, not the figure)"
    return make("diff", refs, a.claim.value, computed, iv, reading, verdict, expl)


def _net(b: Breakdown) -> Check:
    """出生率7.15‰ − 死亡率7.87‰ = 自然增长率−0.72‰; 出口 − 进口 = 顺差: a difference stated of two figures."""
    assert b.whole is not None
    a, (m_fig, n) = b.whole, b.parts
    computed = a.claim.value - m_fig.claim.value
    iv = bounds(a.claim) - bounds(m_fig.claim)
    ok = iv.meets(bounds(n.claim))
    m = arith.common_multiplier([a.claim, m_fig.claim, n.claim])
    expl = f"{shown(a.claim, m)} {MINUS} {shown(m_fig.claim, m)} = {fmt(computed / m)} → {shown(n.claim, m)} "
    expl += OK if ok else BAD
    exact = iv.lo == iv.hi and n.claim.value == bounds(n.claim).lo
    reading = "whole counts, exact" if exact else "each figure rounded to its stated decimals"
    refs = [ref(a, "whole"), ref(m_fig, "part"), ref(n, "difference")]
    return make("diff", refs, n.claim.value, computed, iv, reading, "consistent" if ok else "inconsistent", expl)


# --- point_change ---------------------------------------------------------------------------------------


def point_change(ch: Change) -> Check | None:
    """由56%升至62.4%, 提高6.4个百分点: 62.4 − 56 = 6.4."""
    if ch.before is None or ch.points is None:
        return None
    a, b, p = ch.after, ch.before, ch.points
    hi_fig, lo_fig = (b, a) if (p.direction or ch.way) == "decrease" else (a, b)
    basis = p.claim.unit == "基点"  # 收窄16个基点: hundredths of a point
    scale = Decimal(100) if basis else Decimal(1)
    if _fell(a) != _fell(b) and a.claim.kind == b.claim.kind:  # 节约率6.8%,较上年的5.9%: one rate's two values
        # 增长8.4%,较二季度(-1.3%)回升9.7个百分点: a rise set against a fall, the gap across nought
        up, down = (b, a) if _fell(a) else (a, b)
        computed = (up.claim.value + down.claim.value) * scale
        iv = (bounds(up.claim) + bounds(down.claim)) * scale
    else:
        computed = (hi_fig.claim.value - lo_fig.claim.value) * scale
        iv = (bounds(hi_fig.claim) - bounds(lo_fig.claim)) * scale
    formula = f"({shown(hi_fig.claim)} {MINUS} {shown(lo_fig.claim)}) × 100" if basis else (
        f"{shown(hi_fig.claim)} {MINUS} {shown(lo_fig.claim)}"
    )
    refs = [ref(b, "before"), ref(a, "after"), ref(p, "points")]
    return judged("point_change", refs, p, computed, iv, formula, unit="个基点" if basis else "个百分点")


def _fell(f: Fig) -> bool:
    """A growth rate that is a fall (同比增长8.4%,较二季度(-1.3%)): its value is the fall's size."""
    return f.claim.kind == "change" and f.claim.direction == "decrease" and f.claim.unit == "%"


# --- part_rate ------------------------------------------------------------------------------------------


_NOTE_INCLUDES = regex.compile(r"率\s*[(（](?:含|包括|包含)")  # 合格率(含优秀): the grades above count too


def part_rate(sh: Share, consensus: bool | None = None) -> Check | None:
    """调解成功11929件 of 受理11933起, 成功率99.9%: 11929/11933 = 99.966% → 99.9% (cut off).

    `consensus` is the verdict of the share's list on a far whole: when most of the list fits that whole,
    a share that does not fit it is inconsistent; otherwise the whole may not be its base. A share that
    misses its first whole is read against the other wholes the text allows (`alts`), and a rate of a grade
    (合格率) also as of that grade and all above it (`above`: 优秀 and 合格 together).
    """
    first = sh.whole
    # 三项资金支出结构比: of the items together, never of the first alone
    options = [] if sh.tie == ITEMS_SUM_TIE else [(replace(sh, plus=()), False)]
    # a whole the text states (受理审查逮捕1,024人) before a sum of the figures read as one
    options += [(replace(sh, whole=w, plus=()), False) for w in sh.alts]
    if sh.plus:  # 复议23件,诉讼17件,其中…30件,占75.0%: of the last figure, or of the run of them
        options.append((sh, False))
    if sh.above:
        options += [(o, True) for o, _ in options]
    # 基本级以上…持证率, 合格率(含优秀) name the grades above as well: when nothing fits, say so of them
    named_above = sh.above and ("以上" in rate_name(sh.rate) or _NOTE_INCLUDES.search(sh.rate.clause))
    miss = next((o for o in options if o[1]), options[0]) if named_above else options[0]
    sh, cumulative = next(((o, c) for o, c in options if fits(o, cumulative=c)), miss)
    r, whole = sh.rate, sh.whole
    parts = (*sh.above, sh.part, *sh.more) if cumulative else (sh.part, *sh.more)
    wholes = tuple(sorted((whole, *sh.plus), key=lambda f: f.index))
    ip, iw = _sum_iv(parts), _sum_iv(wholes)
    if not iw.positive:
        return None
    if sh.less:  # 毛利率: what the cost leaves of the income, (收入 − 成本) / 收入
        ip = iw - ip
    m = arith.common_multiplier([f.claim for f in (*parts, *wholes)])
    # 不起诉274人 of 起诉1152人 and itself: cited once, as the part
    refs = [*(ref(w, "whole") for w in wholes if w not in parts), *(ref(p, "part") for p in parts), ref(r, "rate")]
    refs += [ref(x, "rate") for x in sh.extra]
    formula = f"{_terms(parts, m)}/{_terms(wholes, m)}"
    firm = sh.firm if consensus is None else consensus
    note = f"whole taken as {sh.tie}; the rate may be of another base"
    named_whole = sh.tie.startswith("the whole named")
    if (
        not firm
        and len(parts) == 1
        and len(wholes) == 1
        and (rest := _rest_after(r, sh.part, whole, named_whole)) is not None
    ):
        # 共143件…已办结139件,办结率97.9%,其余4件正在推进: the rest said makes up the whole, which ties it
        firm = True
        note = f"whole taken as {sh.tie}, which the part and the rest ({rest.claim.text}) make up"
    pv, wv = _sum_value(parts), _sum_value(wholes)
    in_row = len(wholes) == 1 and len(parts) == 1 and wholes[0].pos + 1 == parts[0].pos == r.pos - 1
    slipped = not sh.less and not sh.times and r.claim.unit == "%" and r.claim.value <= 100 and pv * sh.convert > wv
    named = sh.tie.startswith("the whole named")  # 占事项总数的: the text names the whole, so a slip is the text's
    restated = pv != wv and ip.meets(iw)  # 41.22万件 of 412222: the same figure, rounded (not 20件 of 20起)
    if firm and not sh.less and not sh.times and restated and r.claim.value < 90 and r.claim.unit == "%":
        # 受理办件41.22万件 over 合计 | 412222: the part is the whole said again, rounded; the share is of another
        firm = False
        note = f"whole taken as {sh.tie}, the part said again; the rate may be of another part"
    if firm and slipped and not in_row and not named:
        # a share of at most all of its whole, over a figure smaller than its part: the pairing is in doubt, not
        # the text (39个 of 43个 taken the wrong way round); but 受理11933起,调解成功41929件,成功率…, the three in a
        # row, is a slip of the text
        firm = False
        note = f"whole taken as {sh.tie}, smaller than the part; the rate may be of another base"
    if sh.less:
        pv = wv - pv
        formula = f"({_terms(wholes, m)}−{_terms(parts, m)})/{_terms(wholes, m)}"
    if sh.times and not sh.extra and sh.per == 1 and r.claim.kind in AVERAGE_KINDS:
        # 46.3万元/38名 = 1.2184万元 → 1.22万元: an average per head, shown on the scale it is stated in
        suffix = r.claim.text.rsplit(r.claim.number, 1)[-1] if r.claim.number in r.claim.text else ""
        months = f"/{(1 / sh.convert).normalize():f} months" if sh.convert != 1 else ""  # 月人均 of a year's total
        months = f" {sh.scale_note}" if sh.scale_note else months
        return judged(
            "part_rate",
            refs,
            r,
            pv / wv * sh.convert,
            ip / iw * sh.convert,
            f"{'+'.join(p.claim.text for p in parts)}/{'+'.join(w.claim.text for w in wholes)}{months}",
            firm=firm,
            unit=suffix,
            stated_text=r.claim.text,
            note=note,
            per_shown=r.claim.multiplier,
        )
    if sh.times and sh.extra and abs(r.claim.value + sh.extra[0].claim.value - HUNDRED) <= Decimal("0.1"):
        # 数字产业化与产业数字化之比为28.6:71.4: terms that make 100 are the shares of the two together
        pair = (sh.part, sh.whole)
        computed = pv / (pv + wv) * HUNDRED
        iv = ip / (ip + iw) * HUNDRED
        stated = f"{shown(r.claim)}:{shown(sh.extra[0].claim)}"
        formula = f"{_terms(pair[:1], m)}/({_terms(pair, m)})"
        return judged("part_rate", refs, r, computed, iv, formula, firm=firm, unit="", stated_text=stated, note=note)
    if sh.times:  # 城乡收入比 2.02:1
        second = sh.extra[0].claim.value if sh.extra else Decimal(sh.per)
        stated = f"{shown(r.claim)}:{shown(sh.extra[0].claim)}" if sh.extra else shown(r.claim)
        computed = pv / wv * second
        if not sh.extra and sh.per != 1:
            formula += f"×{sh.per}"  # 性别比: per 100 of the second side
        return judged(
            "part_rate",
            refs,
            r,
            computed,
            ip / iw * second,
            formula,
            firm=firm,
            unit="",
            stated_text=stated,
            note=note,
        )
    scale = Decimal(1000) if r.claim.unit == "‰" else HUNDRED
    computed = pv / wv * scale * sh.convert
    # say which base when it is not the one the text puts first, and which grades when more than one
    asides = [f"of {whole.claim.text}, not {first.claim.text}"] if whole is not first else []
    if sh.convert != 1:  # 4912.5公顷/128.60平方公里: the part's unit taken into the whole's
        asides.append(f"{sh.part.claim.unit} in {whole.claim.unit}: ×{sh.convert.normalize():f}")
    if cumulative:
        asides.append(f"the grade and those above it ({'+'.join(p.claim.text for p in parts)})")
    return judged(
        "part_rate",
        refs,
        r,
        computed,
        ip / iw * scale * sh.convert,
        formula,
        firm=firm,
        unit=r.claim.unit,
        note=note,
        aside="; ".join(asides),
    )


AVERAGE_KINDS = frozenset({"money", "count", "measure"})  # averages per head; ratios and rates are unitless


def _sum_iv(figs: Sequence[Fig]) -> Interval:
    return arith.total(bounds(f.claim) for f in figs)


def _sum_value(figs: Sequence[Fig]) -> Decimal:
    return sum((f.claim.value for f in figs), ZERO)


_REST_LEAD = regex.compile(rf"^(?:{alternation(lx.REST_ITEMS)}|余下|尚有|还有)")


def _rest_after(r: Fig, part: Fig, whole: Fig, named: bool) -> Fig | None:
    """The figure right after the rate that counts the rest (其余4件), when part and rest add up to the whole (a
    share that names its whole (`named`) only when all three are of one unit)."""
    nxt = r.sent.figs[r.pos + 1] if r.pos + 1 < len(r.sent.figs) else None
    if nxt is None or not compatible(nxt, part) or not _REST_LEAD.match(nxt.clause.strip(" ,，;；")):
        return None
    same_unit = nxt.claim.unit == part.claim.unit == whole.claim.unit and whole.claim.unit not in _KINDS
    if "占" in r.clause and not (named and same_unit):
        return None  # 三种疾病合计占报告总数的98.53%,其余5种: a share names its own whole, of another measure
    return nxt if part.claim.value + nxt.claim.value == whole.claim.value else None


_KINDS = frozenset({"种", "类", "项", "大类"})  # counts of kinds: 三种疾病…其余5种 says how many kinds, not cases


def _terms(figs: Sequence[Fig], m: Decimal) -> str:
    """Figures added up, as the explanation shows them: 287 or (58+287)."""
    text = "+".join(shown(f.claim, m) for f in figs)
    return f"({text})" if len(figs) > 1 else text


def fits(sh: Share, *, cumulative: bool = False) -> bool:
    """Whether a share meets its whole under some reading (to judge a list of shares together)."""
    iw = _sum_iv((sh.whole, *sh.plus))
    if not iw.positive:
        return False
    if sh.times:
        scale = sh.extra[0].claim.value if sh.extra else Decimal(sh.per)
    else:
        scale = Decimal(1000) if sh.rate.claim.unit == "‰" else HUNDRED
    ip = _sum_iv((*sh.above, sh.part, *sh.more)) if cumulative else _sum_iv((sh.part, *sh.more))
    if sh.less:
        ip = iw - ip
    return judge(ip / iw * scale * sh.convert, readings(sh.rate)) is not None


# --- sum and subset -------------------------------------------------------------------------------------


def breakdown(b: Breakdown, consensus: bool | None = None) -> Check | None:
    """Parts against their whole: a sum when the parts are a partition, else each part within the whole.

    A whole that may add up with figures before it (复议23件,诉讼17件,其中…) is read alone first, then with
    them: the parts hold when they fit either.
    """
    if b.whole is None:
        return _hundred(b, consensus)
    if b.cue == "net":
        return _net(b)
    if b.minus:
        return _less(b, consensus)
    alone = _breakdown(b, (b.whole,), consensus)
    if not b.plus or alone.verdict == "consistent":
        return alone
    both = _breakdown(b, tuple(sorted((b.whole, *b.plus), key=lambda f: f.index)), consensus)
    return both if both.verdict == "consistent" else alone


def _breakdown(b: Breakdown, wholes: tuple[Fig, ...], consensus: bool | None) -> Check:
    parts = list(b.parts)
    m = arith.common_multiplier([w.claim for w in wholes] + [p.claim for p in parts])
    total_iv = arith.total(bounds(p.claim) for p in parts)
    computed = sum((p.claim.value for p in parts), ZERO)
    iw = _sum_iv(wholes)
    stated = _sum_value(wholes)
    refs = [ref(w, "whole") for w in wholes] + [ref(p, "part") for p in parts]
    firm = b.firm if consensus is None else consensus
    if b.cue == "其中" and len({p.group for p in parts}) > 1 and computed > stated and (
        computed > 2 * stated or (strays(wholes[0], parts) and not complete_series(parts))
    ):
        # 大牲畜存栏12.7万头,其中肉牛10.4万头;生猪存栏18.6万头…; 肉类总产量6.12万吨,其中猪肉4.71万吨;禽蛋产量3.05万吨:
        # parts across a ； that overrun the whole are as likely a list read too far as an error
        firm = False
    sw, terms = _terms(wholes, m), "+".join(shown(p.claim, m) for p in parts)
    got = f"{terms} = {fmt(computed / m)}"
    if b.disjoint and total_iv.lo > iw.hi:
        verdict, mark = _marked(None, firm)
        reading = _slack("sum of parts apart from each other", parts, total_iv, computed, m)
        why = f"{got} > {sw}: the parts exceed the whole {mark}"
        return make("sum", refs, stated, computed, total_iv, reading, verdict, why)
    if not b.partition or len(parts) == 1:
        over = next((p for p in parts if bounds(p.claim).lo > iw.hi), None)
        if over is not None:
            verdict, mark = _marked(None, firm)
            return make(
                "subset",
                refs,
                stated,
                over.claim.value,
                bounds(over.claim),
                "a part within its whole",
                verdict,
                f"{shown(over.claim, m)} > {sw}: a part larger than its whole {mark}",
            )
        listed = (
            shown(parts[0].claim, m) if len(parts) == 1 else "each of " + ", ".join(shown(p.claim, m) for p in parts)
        )
        return make(
            "subset",
            refs,
            stated,
            computed,
            total_iv,
            "a part within its whole",
            "consistent",
            f"{listed} ≤ {sw} {OK}",
        )
    reading = _slack("sum of parts", parts, total_iv, computed, m)
    if total_iv.meets(iw):
        return make("sum", refs, stated, computed, total_iv, reading, "consistent", f"{got} → {sw} {OK}")
    verdict, mark = _marked(None, firm)
    if total_iv.lo > iw.hi:
        return make(
            "sum",
            refs,
            stated,
            computed,
            total_iv,
            reading,
            verdict,
            f"{got} > {sw}: the parts exceed the whole {mark}",
        )
    if b.exhaustive:
        return make(
            "sum",
            refs,
            stated,
            computed,
            total_iv,
            reading,
            verdict,
            f"{got} ≠ {sw}: the complete list falls short {mark}",
        )
    return make(
        "subset",
        refs,
        stated,
        computed,
        total_iv,
        "parts within their whole (the list need not be complete)",
        "consistent",
        f"{got} ≤ {sw} {OK}",
    )


def _slack(what: str, parts: Sequence[Fig], iv: Interval, computed: Decimal, m: Decimal) -> str:
    """The reading of a sum: exact for whole counts, else the tolerance the rounded parts allow."""
    spread = max(computed - iv.lo, iv.hi - computed)
    if spread == 0:
        return f"{what}: whole counts, exact"
    places = {arith.decimals(p.claim.number) for p in parts}
    rounded = f"rounded to {places.pop()} decimals" if len(places) == 1 else "rounded"
    return f"{what} {rounded}: tolerance ±{fmt(spread / m)}"


def _less(b: Breakdown, consensus: bool | None) -> Check:
    """A table's rows less the rows it takes away (减：所得税影响额 …) make its total row."""
    assert b.whole is not None
    w, parts, minus = b.whole, list(b.parts), list(b.minus)
    m = arith.common_multiplier([f.claim for f in (w, *parts, *minus)])
    added, taken = arith.total(bounds(p.claim) for p in parts), arith.total(bounds(p.claim) for p in minus)
    total_iv = added - taken
    computed = sum((p.claim.value for p in parts), ZERO) - sum((p.claim.value for p in minus), ZERO)
    refs = [ref(w, "whole"), *(ref(p, "part") for p in parts), *(ref(p, "less") for p in minus)]
    terms = "+".join(shown(p.claim, m) for p in parts) + "".join(f"{MINUS}{shown(p.claim, m)}" for p in minus)
    got, sw = f"{terms} = {fmt(computed / m)}", shown(w.claim, m)
    reading = _slack("sum of rows less the rows taken away", [*parts, *minus], total_iv, computed, m)
    if total_iv.meets(bounds(w.claim)):
        return make("sum", refs, w.claim.value, computed, total_iv, reading, "consistent", f"{got} → {sw} {OK}")
    verdict, mark = _marked(None, b.firm if consensus is None else consensus)
    return make("sum", refs, w.claim.value, computed, total_iv, reading, verdict, f"{got} ≠ {sw} {mark}")


_OVER_SLIP = Decimal(105)


def _respective_run(parts: Sequence[Fig]) -> bool:
    """比例分别为65.4%、16.7%、14.9%和3.9%: three or more shares said in one breath after 分别."""
    return (
        len(parts) >= 3
        and "分别" in parts[0].clause
        and all(p.sent is parts[0].sent and RUN_JOIN.match(p.lead) for p in parts[1:])
    )


def _hundred(b: Breakdown, consensus: bool | None) -> Check:
    """Shares of a complete list, or the terms of a structure ratio, make 100."""
    parts = list(b.parts)
    total_iv = arith.total(bounds(p.claim) for p in parts)
    computed = sum((p.claim.value for p in parts), ZERO)
    unit = "" if b.cue == "structure" else "%"
    firm = b.firm if consensus is None else consensus
    # 分别为65.4%、16.7%、14.9%和3.9%: the shares of kinds apart from each other never pass all of the whole; a
    # little over it is a slip (far over, the kinds may overlap, as the answers of a survey do)
    over = _respective_run(parts) and b.partition and total_iv.lo > HUNDRED and computed <= _OVER_SLIP
    verdict, mark = ("consistent", OK) if total_iv.contains(HUNDRED) else _marked(None, firm or over)
    expl = f"{'+'.join(shown(p.claim) for p in parts)} = {fmt(computed)}{unit} → 100{unit} {mark}"
    reading = _slack("shares of a complete list make 100; shares", parts, total_iv, computed, ONE)
    return make("sum", [ref(p, "share") for p in parts], HUNDRED, computed, total_iv, reading, verdict, expl)


# --- grim -----------------------------------------------------------------------------------------------


def grim(g: Grim) -> Check | None:
    """A rate of a whole count n: some whole k out of n must give it (53/106 = 50%)."""
    n = g.base.claim.value
    if n <= 0 or n > 10**6:
        return None
    options = readings(g.rate)
    unit = g.rate.claim.unit
    scale = Decimal(1000) if unit == "‰" else HUNDRED
    width = min(o.range.hi - o.range.lo for o in options)
    # so many whole counts that some k/n always fits: the rate is possible, and the test could not say otherwise
    loose = not g.tied and scale / n < width / 4
    refs = [ref(g.base, "whole"), ref(g.rate, "rate")]
    places = max(2, arith.decimals(g.rate.claim.number) + 2)
    for opt in options:
        lo = max(0, math.ceil(opt.range.lo * n / scale))
        hi = min(int(n), math.floor(opt.range.hi * n / scale))
        if lo <= hi:
            k = min(max(lo, round(g.rate.claim.value * n / scale)), hi)  # the count nearest the stated rate
            v = Decimal(k) / n * scale
            expl = f"{k}/{fmt(n)} = {fmt(v, places)}{unit} → {shown(g.rate.claim)}{unit} {OK}"
            if loose:
                expl += f" (of {fmt(n)}, some count gives any rate of this precision)"
            return make("grim", refs, g.rate.claim.value, v, Interval.point(v), opt.name, "consistent", expl)
    below = math.floor(g.rate.claim.value * n / scale)
    near = ", ".join(
        f"{k}/{fmt(n)} = {fmt(Decimal(k) / n * scale, places)}{unit}" for k in (below, below + 1) if k <= n
    )
    verdict, mark = _marked(None, g.tied)
    why = "" if g.tied else "; the rate may be of another base"
    expl = f"{near}: no whole count of {fmt(n)} gives {shown(g.rate.claim)}{unit}{why} {mark}"
    return make("grim", refs, g.rate.claim.value, None, None, _no_reading(options), verdict, expl)
