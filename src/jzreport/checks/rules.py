"""One function per rule: recompute a relation exactly, judge the stated figure, say why in one line.

Each function takes a relation found by `relate` and returns a `Check` (or None when the relation gives
nothing to compare). Inputs are read as intervals (`arith.bounds`), results through their usual readings
(`arith.readings`); a stated figure holds when some reading meets what the inputs allow.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

import regex

from ..records import Check, ClaimRef
from . import arith
from .arith import HUNDRED, ONE, ZERO, Interval, Reading, bounds, fmt, judge, shown
from .model import Fig
from .relate import Breakdown, Change, Grim, Share

MINUS = "−"
NEARLY = regex.compile(r"(?:将近|接近|逼近|近)\s*$")
OK, BAD, UNSURE = "✓", "✗", "?"
_Q = Decimal("0.0001")


def readings(f: Fig) -> list[Reading]:
    """The readings of a stated result figure; 近3倍 reads as a little under 3."""
    nearly = bool(NEARLY.search(f.clause)) or f.claim.text.startswith(("近", "将近", "接近"))
    return arith.readings(f.claim, nearly=nearly)


def ref(f: Fig, part: str) -> ClaimRef:
    c = f.claim
    return ClaimRef(id=c.id, start=c.start, end=c.end, text=c.text, value=c.value, unit=c.unit, part=part)


def _q(v: Decimal) -> Decimal:
    return v.quantize(_Q) if abs(v) < 10**12 else v


def _lo(v: Decimal) -> Decimal:
    return v.quantize(_Q, rounding=ROUND_FLOOR) if abs(v) < 10**12 else v


def _hi(v: Decimal) -> Decimal:
    return v.quantize(_Q, rounding=ROUND_CEILING) if abs(v) < 10**12 else v


def _places(f: Fig) -> int:
    """Decimals to show a recomputed rate with: two more than the stated figure has."""
    return arith.decimals(f.claim.number) + 2


def _no_reading(options: Sequence[Reading]) -> str:
    return " or ".join(r.name for r in options) + ": none meets the recomputed range"


def _check(
    rule: str,
    refs: list[ClaimRef],
    stated: Decimal,
    computed: Decimal | None,
    iv: Interval | None,
    reading: str,
    verdict: str,
    explanation: str,
) -> Check:
    return Check(
        rule=rule,  # type: ignore[arg-type]
        claims=refs,
        stated=stated,
        computed=None if computed is None else _q(computed),
        low=None if iv is None else _lo(iv.lo),
        high=None if iv is None else _hi(iv.hi),
        reading=reading,
        verdict=verdict,  # type: ignore[arg-type]
        explanation=explanation,
    )


def _verdict(hit: Reading | None, firm: bool) -> tuple[str, str]:
    if hit is not None:
        return "consistent", OK
    return ("inconsistent", BAD) if firm else ("unverifiable", UNSURE)


# --- change_rate ----------------------------------------------------------------------------------------


def change_rate(ch: Change) -> Check | None:
    """由90项减少至10项, 减少率88.9%: (90−10)/90 = 88.89% → 88.9%."""
    r = ch.rate
    if r is None:
        return None
    if ch.before is None:
        return _change_rate_from_amount(ch, r)
    a, b = ch.after, ch.before
    ia, ib = bounds(a.claim), bounds(b.claim)
    direction = r.direction or ("increase" if ch.how == "plan" else None)
    refs = [ref(b, "before"), ref(a, "after"), ref(r, "rate")]
    m = arith.common_multiplier([a.claim, b.claim])
    sa, sb = shown(a.claim, m), shown(b.claim, m)
    if not ib.positive:
        return _check(
            "change_rate",
            refs,
            r.claim.value,
            None,
            None,
            "earlier value is zero",
            "unverifiable",
            f"({sa}{MINUS}{sb})/{sb}: the earlier value is 0, no rate of change {UNSURE}",
        )
    ratio = a.claim.value / b.claim.value
    ratio_iv = ia / ib
    if r.is_times:
        return _times(ch, r, refs, ratio, ratio_iv, sa, sb)
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
    options = readings(r)
    hit = judge(iv, options)
    verdict, mark = _verdict(hit, True)
    reading = hit.name if hit else _no_reading(options)
    pct = "" if r.claim.unit == "%" else r.claim.unit
    expl = f"{formula} = {fmt(computed, _places(r))}%{pct} → {shown(r.claim)}% {mark}"
    if ch.how == "plan":
        expl = f"over plan: {expl}"
    return _check("change_rate", refs, r.claim.value, computed, iv, reading, verdict, expl)


def _times(
    ch: Change, r: Fig, refs: list[ClaimRef], ratio: Decimal, ratio_iv: Interval, sa: str, sb: str
) -> Check:
    """增长了3倍: read as after/before − 1 = 3 (strictly) or after/before = 3 (as often meant)."""
    options = readings(r)
    strict = Interval(ratio_iv.lo - ONE, ratio_iv.hi - ONE)
    hit = judge(strict, options)
    computed, iv, how = ratio - ONE, strict, f"{sa}/{sb} {MINUS} 1"
    if hit is None:
        loose = judge(ratio_iv, options)
        if loose is not None:
            hit, computed, iv, how = loose, ratio, ratio_iv, f"{sa}/{sb}"
    verdict, mark = _verdict(hit, True)
    reading = (
        (hit.name + (" (as after/before)" if how.endswith(sb) else " (as after/before − 1)"))
        if hit
        else (_no_reading(options))
    )
    expl = f"{how} = {fmt(computed, 2)} → {shown(r.claim)}倍 {mark}"
    return _check("change_rate", refs, r.claim.value, computed, iv, reading, verdict, expl)


def _change_rate_from_amount(ch: Change, r: Fig) -> Check | None:
    """刑事案件262件, 同比下降2.60%, 同比减少7件: the earlier value is 262+7, and 7/269 = 2.60%."""
    d = ch.amount
    if d is None:
        return None
    a = ch.after
    dr, dd = r.direction, d.direction
    if dr and dd and dr != dd:
        return None
    direction = dr or dd
    if direction is None:
        return None
    ia, idd = bounds(a.claim), bounds(d.claim)
    m = arith.common_multiplier([a.claim, d.claim])
    sa, sd = shown(a.claim, m), shown(d.claim, m)
    refs = [ref(a, "after"), ref(d, "change"), ref(r, "rate")]
    if direction == "decrease":
        prev, prev_iv = a.claim.value + d.claim.value, ia + idd
        formula = f"{sd}/({sa}+{sd})"
    else:
        prev, prev_iv = a.claim.value - d.claim.value, ia - idd
        formula = f"{sd}/({sa}{MINUS}{sd})"
    if prev < 0 or (prev == 0 and prev_iv.hi <= 0):
        # an increase larger than the value it led to: no earlier value can give it
        return _check(
            "change_rate",
            refs,
            r.claim.value,
            None,
            None,
            "earlier value = after − change",
            "inconsistent",
            f"{sa}{MINUS}{sd} = {fmt(prev / m)}: the increase exceeds the value {BAD}",
        )
    if prev == 0 or not prev_iv.positive:
        return _check(
            "change_rate",
            refs,
            r.claim.value,
            None,
            None,
            "earlier value is zero",
            "unverifiable",
            f"{formula}: the earlier value is {fmt(prev)}, no rate of change {UNSURE}",
        )
    computed = d.claim.value / prev * HUNDRED
    # the rate grows with the change and shrinks with the current value: take the extremes
    if direction == "decrease":
        lo = idd.lo / (ia.hi + idd.lo) if ia.hi + idd.lo > 0 else ZERO
        hi = idd.hi / (ia.lo + idd.hi)
    else:
        lo = idd.lo / (ia.hi - idd.lo)
        hi = idd.hi / (ia.lo - idd.hi) if ia.lo - idd.hi > 0 else lo
    iv = Interval(lo * HUNDRED, hi * HUNDRED)
    options = readings(r)
    hit = judge(iv, options)
    verdict, mark = _verdict(hit, True)
    reading = hit.name if hit else _no_reading(options)
    expl = f"{formula} = {fmt(computed, _places(r))}% → {shown(r.claim)}% {mark}"
    return _check("change_rate", refs, r.claim.value, computed, iv, reading, verdict, expl)


# --- diff -----------------------------------------------------------------------------------------------


def diff(ch: Change) -> Check | None:
    """较2022年558件增加了555件, with 1113件 stated: 558+555 = 1113."""
    if ch.before is None or ch.amount is None:
        return None
    a, b, d = ch.after, ch.before, ch.amount
    direction = d.direction
    if direction is None:
        return None
    sign = ONE if direction == "increase" else -ONE
    computed = b.claim.value + sign * d.claim.value
    iv = bounds(b.claim) + bounds(d.claim) * sign
    target = bounds(a.claim)
    ok = iv.meets(target)
    m = arith.common_multiplier([a.claim, b.claim, d.claim])
    op = "+" if sign > 0 else MINUS
    mark = OK if ok else BAD
    expl = f"{shown(b.claim, m)} {op} {shown(d.claim, m)} = {fmt(computed / m)} → {shown(a.claim, m)} {mark}"
    refs = [ref(b, "before"), ref(d, "change"), ref(a, "after")]
    reading = (
        "stated figures as exact" if iv.lo == iv.hi and target.lo == target.hi else "each figure rounded"
    )
    return _check(
        "diff", refs, a.claim.value, computed, iv, reading, "consistent" if ok else "inconsistent", expl
    )


# --- point_change ---------------------------------------------------------------------------------------


def point_change(ch: Change) -> Check | None:
    """由56%升至62.4%, 提高6.4个百分点: 62.4 − 56 = 6.4."""
    if ch.before is None or ch.points is None:
        return None
    a, b, p = ch.after, ch.before, ch.points
    direction = p.direction or "increase"
    if direction == "decrease":
        computed, iv, formula = (
            b.claim.value - a.claim.value,
            bounds(b.claim) - bounds(a.claim),
            (f"{shown(b.claim)} {MINUS} {shown(a.claim)}"),
        )
    else:
        computed, iv, formula = (
            a.claim.value - b.claim.value,
            bounds(a.claim) - bounds(b.claim),
            (f"{shown(a.claim)} {MINUS} {shown(b.claim)}"),
        )
    options = readings(p)
    hit = judge(iv, options)
    verdict, mark = _verdict(hit, True)
    expl = f"{formula} = {fmt(computed)} → {shown(p.claim)}个百分点 {mark}"
    refs = [ref(b, "before"), ref(a, "after"), ref(p, "points")]
    return _check(
        "point_change",
        refs,
        p.claim.value,
        computed,
        iv,
        hit.name if hit else _no_reading(options),
        verdict,
        expl,
    )


# --- part_rate ------------------------------------------------------------------------------------------


def part_rate(sh: Share, consensus: bool | None = None) -> Check | None:
    """调解成功11929件 of 受理11933起, 成功率99.9%: 11929/11933 = 99.966% → 99.9% (cut off).

    `consensus` is the verdict of the share's list on a far whole: when most of the list fits that whole,
    a share that does not fit it is inconsistent; when the list does not fit, the whole is not its base.
    """
    r, part, whole = sh.rate, sh.part, sh.whole
    if sh.alts and not fits(sh):
        for alt in sh.alts:
            if fits(replace(sh, whole=alt)):
                whole = alt
                break
    ip, iw = bounds(part.claim), bounds(whole.claim)
    m = arith.common_multiplier([part.claim, whole.claim])
    sp, sw = shown(part.claim, m), shown(whole.claim, m)
    refs = [ref(whole, "whole"), ref(part, "part"), ref(r, "rate")] + [ref(x, "rate") for x in sh.extra]
    if not iw.positive:
        return None
    if sh.times:
        scale = sh.extra[0].claim.value if sh.extra else ONE
        suffix, unit = "", ""
    else:
        scale = Decimal(1000) if r.claim.unit == "‰" else HUNDRED
        suffix = unit = r.claim.unit
    computed = part.claim.value / whole.claim.value * scale
    iv = ip / iw * scale
    options = readings(r)
    hit = judge(iv, options)
    firm = sh.firm if consensus is None else consensus
    verdict, mark = _verdict(hit, firm)
    places = _places(r) if not sh.times else arith.decimals(r.claim.number) + 2
    shown_rate = shown(r.claim) + unit
    if sh.times:
        shown_rate = f"{shown(r.claim)}:{shown(sh.extra[0].claim)}" if sh.extra else shown(r.claim)
    expl = f"{sp}/{sw} = {fmt(computed, places)}{suffix} → {shown_rate} {mark}"
    if hit is None and not firm:
        expl += f" (whole taken as {sh.tie}; the text may mean another base)"
    reading = hit.name if hit else _no_reading(options)
    return _check("part_rate", refs, r.claim.value, computed, iv, reading, verdict, expl)


def fits(sh: Share) -> bool:
    """Whether a share fits its whole under some reading (for judging a list together)."""
    iw = bounds(sh.whole.claim)
    if not iw.positive:
        return False
    scale = (sh.extra[0].claim.value if sh.extra else ONE) if sh.times else HUNDRED
    return judge(bounds(sh.part.claim) / iw * scale, readings(sh.rate)) is not None


# --- sum and subset -------------------------------------------------------------------------------------


def breakdown(b: Breakdown, consensus: bool | None = None) -> Check | None:
    """Parts against their whole: a sum when the parts are a partition, else each part within the whole."""
    if b.whole is None:
        return _hundred(b, consensus)
    w = b.whole
    parts = list(b.parts)
    m = arith.common_multiplier([w.claim] + [p.claim for p in parts])
    total_iv = arith.total(bounds(p.claim) for p in parts)
    computed = sum((p.claim.value for p in parts), ZERO)
    iw = bounds(w.claim)
    refs = [ref(w, "whole")] + [ref(p, "part") for p in parts]
    terms = "+".join(shown(p.claim, m) for p in parts)
    slack = _slack(total_iv, computed, m)
    firm = b.firm if consensus is None else consensus
    if not b.partition or len(parts) == 1:
        over = [p for p in parts if bounds(p.claim).lo > iw.hi]
        if over:
            p = over[0]
            return _check(
                "subset",
                refs,
                w.claim.value,
                p.claim.value,
                bounds(p.claim),
                "a part within its whole",
                "inconsistent" if firm else "unverifiable",
                f"{shown(p.claim, m)} > {shown(w.claim, m)}: a part larger than its whole "
                + (BAD if firm else UNSURE),
            )
        if len(parts) == 1:
            p = parts[0]
            expl = f"{shown(p.claim, m)} ≤ {shown(w.claim, m)} {OK}"
        else:
            expl = f"each of {', '.join(shown(p.claim, m) for p in parts)} ≤ {shown(w.claim, m)} {OK}"
        return _check(
            "subset", refs, w.claim.value, computed, total_iv, "a part within its whole", "consistent", expl
        )
    reading = f"sum of parts{slack}"
    if total_iv.meets(iw):
        return _check(
            "sum",
            refs,
            w.claim.value,
            computed,
            total_iv,
            reading,
            "consistent",
            f"{terms} = {fmt(computed / m)} → {shown(w.claim, m)} {OK}",
        )
    if total_iv.lo > iw.hi:
        verdict, mark = ("inconsistent", BAD) if firm else ("unverifiable", UNSURE)
        return _check(
            "sum",
            refs,
            w.claim.value,
            computed,
            total_iv,
            reading,
            verdict,
            f"{terms} = {fmt(computed / m)} > {shown(w.claim, m)}: the parts exceed the whole {mark}",
        )
    if b.exhaustive:
        verdict, mark = ("inconsistent", BAD) if firm else ("unverifiable", UNSURE)
        return _check(
            "sum",
            refs,
            w.claim.value,
            computed,
            total_iv,
            reading,
            verdict,
            f"{terms} = {fmt(computed / m)} ≠ {shown(w.claim, m)}: the complete list falls short {mark}",
        )
    return _check(
        "subset",
        refs,
        w.claim.value,
        computed,
        total_iv,
        "parts within their whole (the list need not be complete)",
        "consistent",
        f"{terms} = {fmt(computed / m)} ≤ {shown(w.claim, m)} {OK}",
    )


def _slack(iv: Interval, computed: Decimal, m: Decimal) -> str:
    spread = max(computed - iv.lo, iv.hi - computed)
    if spread == 0:
        return " (exact)"
    return f" with rounding tolerance ±{fmt(spread / m)}"


def _hundred(b: Breakdown, consensus: bool | None) -> Check:
    """Shares of a complete list, or the terms of a structure ratio, make 100."""
    parts = list(b.parts)
    total_iv = arith.total(bounds(p.claim) for p in parts)
    computed = sum((p.claim.value for p in parts), ZERO)
    refs = [ref(p, "share") for p in parts]
    terms = "+".join(shown(p.claim) for p in parts)
    unit = "%" if b.cue != "structure" else ""
    ok = total_iv.contains(HUNDRED)
    firm = b.firm if consensus is None else consensus
    verdict, mark = (
        ("consistent", OK) if ok else (("inconsistent", BAD) if firm else ("unverifiable", UNSURE))
    )
    return _check(
        "sum",
        refs,
        HUNDRED,
        computed,
        total_iv,
        f"shares of a complete list make 100{_slack(total_iv, computed, ONE)}",
        verdict,
        f"{terms} = {fmt(computed)}{unit} → 100{unit} {mark}",
    )


# --- grim -----------------------------------------------------------------------------------------------


def grim(g: Grim) -> Check | None:
    """A rate of a whole count n: some whole k out of n must give it (53/106 = 50%)."""
    n = g.base.claim.value
    if n <= 0 or n > 10**6:
        return None
    options = readings(g.rate)
    scale = Decimal(1000) if g.rate.claim.unit == "‰" else HUNDRED
    refs = [ref(g.base, "whole"), ref(g.rate, "rate")]
    unit = g.rate.claim.unit
    for opt in options:
        lo = max(0, math.ceil(opt.range.lo * n / scale))
        hi = min(int(n), math.floor(opt.range.hi * n / scale))
        if lo <= hi:
            k = Decimal(lo)
            v = k / n * scale
            return _check(
                "grim",
                refs,
                g.rate.claim.value,
                v,
                Interval(v, v),
                opt.name,
                "consistent",
                f"{lo}/{fmt(n)} = {fmt(v, _places(g.rate))}{unit} → {shown(g.rate.claim)}{unit} {OK}",
            )
    below = math.floor(g.rate.claim.value * n / scale)
    near = [k for k in (below, below + 1) if 0 <= k <= n]
    shown_near = ", ".join(
        f"{k}/{fmt(n)} = {fmt(Decimal(k) / n * scale, _places(g.rate))}{unit}" for k in near
    )
    verdict, mark = ("inconsistent", BAD) if g.tied else ("unverifiable", UNSURE)
    why = "" if g.tied else "; the rate may be of another base"
    return _check(
        "grim",
        refs,
        g.rate.claim.value,
        None,
        None,
        _no_reading(options),
        verdict,
        f"{shown_near}: no whole count of {fmt(n)} gives {shown(g.rate.claim)}{unit}{why} {mark}",
    )
