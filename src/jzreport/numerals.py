"""Numbers as written → exact `Decimal`: digit strings with separators, and Chinese numerals."""

from __future__ import annotations

from decimal import Context, Decimal, InvalidOperation
from functools import lru_cache

from .lexicon import BIG_SCALES, DIGITS, SMALL_SCALES

_SEPARATORS = str.maketrans({",": None, " ": None, "，": None, "\u00a0": None, "\n": None})


# Scaling (× 万, × 亿, × 10 for 成) must be exact whatever the length of the number; the default context
# keeps 28 digits and would round 860065018320874623646亿 silently.
_EXACT = Context(prec=80)


def scale(value: Decimal, factor: Decimal) -> Decimal:
    """`value × factor`, exactly.

    >>> scale(Decimal("860065018320874623646"), Decimal(10) ** 8)
    Decimal('86006501832087462364600000000')
    """
    return _EXACT.multiply(value, factor)


@lru_cache(maxsize=4096)  # pure, and Decimal is immutable
def parse_number(s: str) -> Decimal:
    """Parse digits with thousands separators and a '.' or '·' decimal point.

    >>> parse_number("1,100")
    Decimal('1100')
    >>> parse_number("415 233")
    Decimal('415233')
    >>> parse_number("2·6")
    Decimal('2.6')
    """
    cleaned = s.translate(_SEPARATORS).replace("·", ".").replace("．", ".").replace("−", "-")
    try:
        return Decimal(cleaned)
    except InvalidOperation as e:
        raise ValueError(f"not a number: {s!r}") from e


@lru_cache(maxsize=4096)
def parse_chinese(s: str) -> Decimal:
    """Parse a Chinese numeral: 三千四百万, 五十二万六千, 二十三点四, 一九五九, 两, 〇, 一万五.

    >>> parse_chinese("五十二万六千")
    Decimal('526000')
    >>> parse_chinese("二十三点四")
    Decimal('23.4')
    >>> parse_chinese("一亿零五百")
    Decimal('100000500')
    >>> parse_chinese("两千五")
    Decimal('2500')
    """
    if "点" in s:
        whole, _, frac = s.partition("点")
        digits = "".join(str(DIGITS[c]) for c in frac if c in DIGITS)
        base = parse_chinese(whole) if whole else Decimal(0)
        return base + (Decimal("0." + digits) if digits else Decimal(0))
    if s and all(c in DIGITS for c in s):
        # 一九五九, 二〇二四: digit by digit; a lone digit is itself.
        return Decimal("".join(str(DIGITS[c]) for c in s))
    total = 0  # everything above the current 万/亿 section
    section = 0  # the current section below 万
    number = 0  # the pending digit
    last_scale = 0
    prev_was_scale = False
    for c in s:
        if c in DIGITS:
            number = DIGITS[c]
            prev_was_scale = False
        elif c in SMALL_SCALES:
            scale = SMALL_SCALES[c]
            section += (number or 1) * scale if (number or not section or c != "十") else scale
            number = 0
            last_scale, prev_was_scale = scale, True
        elif c in BIG_SCALES:
            scale = BIG_SCALES[c]
            unit = section + number
            if scale > 10_000 and total:
                total = (total + unit) * scale
            elif unit == 0 and total == 0:
                total = scale  # a bare 万 or 亿
            else:
                total += unit * scale
            section = number = 0
            last_scale, prev_was_scale = scale, True
        else:
            raise ValueError(f"not a Chinese numeral: {s!r}")
    if number and prev_was_scale is False and last_scale >= 100 and _ends_elliptic(s):
        number *= last_scale // 10  # 两千五 = 2500, 一万五 = 15000
    return Decimal(total + section + number)


def _ends_elliptic(s: str) -> bool:
    """True when the last digit follows a scale directly (两千五), not after 零 (两千零五)."""
    return len(s) >= 2 and s[-1] in DIGITS and (s[-2] in SMALL_SCALES or s[-2] in BIG_SCALES)


def decimals(number: str) -> int:
    """Digits after the decimal point as written ('11.0' → 1, '1,100' → 0, '二十三点四' → 1)."""
    for point in (".", "·", "点"):
        if point in number:
            return len(number.rsplit(point, 1)[1].strip())
    return 0
