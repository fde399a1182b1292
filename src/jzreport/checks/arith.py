"""Exact interval arithmetic on stated figures, and the usual readings of a rounded result.

A stated input is itself rounded: `150.13万` stands for anything in 150.125万…150.135万. A stated result
is consistent when one usual reading of it (rounded half-up, or cut off, to its stated decimals) meets the
range of values the stated inputs allow. Everything is `Decimal`; nothing here touches floats.

>>> iv = Interval.point(Decimal(30)) / Interval(Decimal("150.125"), Decimal("150.135")) * HUNDRED
>>> str(iv.lo)[:7], str(iv.hi)[:7]
('19.9820', '19.9833')
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ..records import Claim

HUNDRED = Decimal(100)
ZERO = Decimal(0)
ONE = Decimal(1)
HALF = Decimal("0.5")

_DIGITS = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
# Kinds whose whole, unscaled numbers are exact counts rather than rounded measurements.
_EXACT_KINDS = frozenset({"count", "rank", "change"})
_ROUNDED_UNITS = frozenset({"%", "‰", "百分点", "基点", "倍", "元", ""})
# Durations counted in whole days, months or years: 22天压缩至3天 counts days, it does not measure them.
_WHOLE_DAYS = frozenset({"天", "日", "工作日", "自然日", "个月", "月", "年", "周"})


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed range lo…hi of exact values."""

    lo: Decimal
    hi: Decimal

    @staticmethod
    def point(v: Decimal) -> Interval:
        return Interval(v, v)

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __mul__(self, other: Interval | Decimal) -> Interval:
        o = other if isinstance(other, Interval) else Interval.point(other)
        ends = (self.lo * o.lo, self.lo * o.hi, self.hi * o.lo, self.hi * o.hi)
        return Interval(min(ends), max(ends))

    def __truediv__(self, other: Interval) -> Interval:
        """Division by a range that does not contain zero (callers check `positive`)."""
        ends = (self.lo / other.lo, self.lo / other.hi, self.hi / other.lo, self.hi / other.hi)
        return Interval(min(ends), max(ends))

    @property
    def positive(self) -> bool:
        return self.lo > 0

    def meets(self, other: Interval) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def contains(self, v: Decimal) -> bool:
        return self.lo <= v <= self.hi


def total(items: Iterable[Interval]) -> Interval:
    out = Interval.point(ZERO)
    for iv in items:
        out = out + iv
    return out


@functools.lru_cache(maxsize=8192)
def decimals(number: str) -> int:
    """Decimals the figure was written with: '1000.2' → 1, '11.0' → 1, '百分之十五点二' → 1, '两' → 0.

    >>> decimals("1,000.25"), decimals("90"), decimals("十五点二"), decimals("三十二")
    (2, 0, 1, 0)
    """
    s = number.translate(_DIGITS).strip()
    for point in (".", "点"):
        if point in s:
            tail = s.rsplit(point, 1)[1]
            return sum(1 for ch in tail if ch.isdigit() or ch in "〇零一二三四五六七八九")
    return 0


@functools.lru_cache(maxsize=8192)
def is_arabic(number: str) -> bool:
    s = number.translate(_DIGITS)
    return any(ch.isdigit() for ch in s) and all(ch.isdigit() or ch in ".,+- " for ch in s.strip())


def half_unit(claim: Claim) -> Decimal:
    """Half of the last stated digit, in base units; 0 when the figure is an exact whole count.

    Chinese numerals are read as exact, as are whole unscaled counts (262件, 22天); `1000.2万元` is ±500元, and
    so is 一千点二万元: a Chinese numeral with a point is rounded as its digits would be.
    """
    d = decimals(claim.number)
    if not is_arabic(claim.number) and d == 0:
        return ZERO
    mult = claim.multiplier
    whole_count = claim.kind in _EXACT_KINDS or (claim.kind == "duration" and claim.unit in _WHOLE_DAYS)
    if d == 0 and mult == 1 and whole_count and claim.unit not in _ROUNDED_UNITS:
        return ZERO
    return HALF * Decimal(1).scaleb(-d) * mult


def step(value: Decimal) -> Decimal:
    """The place of the last non-zero digit: 6700 → 100, 1.2万 (12000) → 1000, 24 → 1."""
    if value == 0:
        return ONE
    return Decimal(1).scaleb(value.normalize().as_tuple().exponent)


def bounds(claim: Claim) -> Interval:
    """The values a stated input allows: its rounding, widened by 余 / 约 / 不足 and the like."""
    v, h = claim.value, half_unit(claim)
    if claim.approx in ("more_than", "at_least"):
        return Interval(v - h, v + step(v) + h)
    if claim.approx in ("less_than", "at_most"):
        return Interval(max(ZERO, v - step(v) - h), v + h)
    if claim.approx == "about":
        spread = about(claim)
        return Interval(v - spread, v + spread)
    return Interval(v - h, v + h)


@functools.lru_cache(maxsize=4096)
def significant(number: str) -> int:
    """Significant digits of a figure as written; zeros that end a whole number do not count.

    >>> significant("312.6"), significant("300"), significant("0.05"), significant("1,500"), significant("三")
    (4, 1, 1, 2, 0)
    """
    if not is_arabic(number):
        return 0
    s = number.translate(_DIGITS).replace(",", "").strip().lstrip("+-")
    digits = s.replace(".", "").lstrip("0")
    if "." not in s:
        digits = digits.rstrip("0")
    return len(digits)


def about(claim: Claim) -> Decimal:
    """How far a figure stated with 约 may be from the value: a figure of three or more significant digits is
    a rounded value (约312.6亿元: one unit of its last digit), one of two a close estimate (约24%: 5%), one of
    one digit a rough one (约6亿元: 10%, or half its last digit when that is more)."""
    v, h = claim.value, half_unit(claim)
    sig = significant(claim.number)
    if sig >= 3:
        return max(2 * h, Decimal(1).scaleb(-decimals(claim.number)) * claim.multiplier)
    if sig == 2:
        return max(h, abs(v) / 20)
    return max(h, abs(v) / 10)


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a stated result, and the exact values it stands for."""

    name: str
    range: Interval


def readings(claim: Claim, *, nearly: bool = False) -> list[Reading]:
    """The usual readings of a stated result: rounded half-up, then cut off, to its decimals.

    Qualified figures (约24%, 超九成) get one wide reading instead; `nearly` (近3倍) reads "a little under".
    """
    v = claim.value
    d = decimals(claim.number)
    unit = Decimal(1).scaleb(-d) * (claim.multiplier if is_arabic(claim.number) else ONE)
    h = unit / 2
    if claim.approx in ("more_than", "at_least"):
        return [Reading(f"at least {fmt(v)}", Interval(v - h, v + step(v) + h))]
    if claim.approx in ("less_than", "at_most"):
        return [Reading(f"at most {fmt(v)}", Interval(max(ZERO, v - step(v) - h), v + h))]
    if nearly:  # a tenth under it; a fifth under a single 倍 (近一倍 for 0.83: nearly double)
        under = v / 5 if v <= 1 else v / 10
        return [Reading(f"nearly {fmt(v)} (within {fmt(under)} under it)", Interval(v - under, v + h))]
    if claim.approx == "about":
        spread = about(claim)
        return [Reading(f"about {fmt(v)} (±{fmt(spread)})", Interval(v - spread, v + spread))]
    places = f"{d} decimal" + ("" if d == 1 else "s")
    return [
        Reading(f"rounded half-up to {places}", Interval(v - h, v + h)),
        Reading(f"cut off to {places}", Interval(v, v + unit)),
    ]


def judge(computed: Interval, options: Sequence[Reading]) -> Reading | None:
    """The first reading whose range meets the computed range, or None when none does.

    A reading holds the values that round (or cut) to the stated figure: its upper end is not one of them
    (1.3 cut off is 1.3 up to, not including, 1.4). A computed range of some width is open at both ends, since
    its ends need stated inputs at the ends of their own rounding, which round the other way (96.35 is 96.4):
    97.8 − 96.3 allows anything strictly between 1.40 and 1.60, so 1.3 cut off does not fit it.
    """
    for r in options:
        lo, hi = r.range.lo, r.range.hi
        if computed.lo == computed.hi:
            fits = lo <= computed.lo < hi or lo == hi == computed.lo
        else:
            fits = computed.lo < hi and lo < computed.hi
        if fits:
            return r
    return None


def fmt(v: Decimal, places: int | None = None) -> str:
    """A value for the explanation line: no exponent, trailing zeros dropped unless `places` is given.

    >>> fmt(Decimal("88.888888"), 2), fmt(Decimal("5.682E+9")), fmt(Decimal("12.50"))
    ('88.89', '5682000000', '12.5')
    """
    if places is not None:
        q = v.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        return f"{q:f}"
    if v == v.to_integral_value():
        return f"{v.quantize(ONE):f}"
    return f"{v.normalize():f}"


def shown(claim: Claim, multiplier: Decimal | None = None) -> str:
    """A stated figure as the explanation shows it: as written when on its own scale, else rescaled."""
    if multiplier is None or multiplier == claim.multiplier:
        return claim.number if is_arabic(claim.number) else fmt(claim.value / claim.multiplier)
    return fmt(claim.value / multiplier)


def common_multiplier(claims: Sequence[Claim]) -> Decimal:
    """The scale to show a group of money or count figures in: the smallest one they use."""
    return min((c.multiplier for c in claims), default=ONE)
