"""Interval arithmetic and the readings of rounded figures (checks/arith.py)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from checks_claims import doc
from jzreport.checks import arith
from jzreport.checks.arith import Interval


def claim(text: str, **kw: str):
    return doc(f"甲{text}。", text)[0].model_copy(update=kw)


@pytest.mark.parametrize(
    ("number", "places"),
    [("1000.2", 1), ("11.0", 1), ("90", 0), ("1,234.50", 2), ("０.５", 1), ("十五点二", 1), ("两", 0)],
)
def test_decimals_as_written(number: str, places: int) -> None:
    assert arith.decimals(number) == places


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("1000.2万元", "10001500", "10002500"),  # ±0.05万
        ("150.13万元", "1501250", "1501350"),
        ("262件", "262", "262"),  # a whole count is exact
        ("2.2万件", "21500", "22500"),  # a scaled count is rounded
        ("2138百万元", "2137500000", "2138500000"),
        ("56.82亿元", "5681500000", "5682500000"),
        ("99.9%", "99.85", "99.95"),
        ("五十五万亩", "550000", "550000"),  # Chinese numerals are read as exact
    ],
)
def test_bounds_of_a_rounded_input(text: str, lo: str, hi: str) -> None:
    assert arith.bounds(claim(text)) == Interval(D(lo), D(hi))


def test_bounds_widen_for_qualifiers() -> None:
    assert arith.bounds(claim("6700件", approx="more_than")) == Interval(D(6700), D(6800))
    assert arith.bounds(claim("1.2万件", approx="more_than")) == Interval(D(11500), D(13500))
    # 约 widens by the precision stated: a close estimate of two digits by 5%, a rough one of one digit by 10%,
    # a rounded value of three or more digits by one unit of its last digit
    assert arith.bounds(claim("24%", approx="about")) == Interval(D("22.8"), D("25.2"))
    assert arith.bounds(claim("6亿元", approx="about")) == Interval(D("5.4E8"), D("6.6E8"))
    assert arith.bounds(claim("312.6亿元", approx="about")) == Interval(D("3.125E10"), D("3.127E10"))
    assert arith.bounds(claim("312人", approx="about")) == Interval(D(311), D(313))


@pytest.mark.parametrize(
    ("value", "step"), [("6700", "100"), ("12000", "1000"), ("24", "1"), ("0", "1"), ("550000", "10000")]
)
def test_step_is_the_last_nonzero_place(value: str, step: str) -> None:
    assert arith.step(D(value)) == D(step)


def _consistent(stated: str, computed: Interval) -> str | None:
    hit = arith.judge(computed, arith.readings(claim(stated)))
    return hit.name if hit else None


def test_cut_off_reading_saves_99_966_stated_as_99_9() -> None:
    computed = Interval.point(D(11929) / D(11933) * 100)  # 99.966…
    assert _consistent("99.9%", computed) == "cut off to 1 decimal"


def test_rounded_reading_of_88_888() -> None:
    computed = Interval.point(D(80) / D(90) * 100)
    assert _consistent("88.9%", computed) == "rounded half-up to 1 decimal"
    assert _consistent("88.8%", computed) == "cut off to 1 decimal"
    assert _consistent("88.7%", computed) is None


def test_interval_of_rounded_inputs_meets_a_stated_share() -> None:
    """30.00万 / 150.13万 = 19.9827%: the point rounds to 19.98, but the inputs allow 19.9787…19.9867."""
    part, whole = arith.bounds(claim("30.00万元")), arith.bounds(claim("150.13万元"))
    iv = part / whole * arith.HUNDRED
    assert iv.lo < D("19.9788") and iv.hi > D("19.9866")
    assert _consistent("19.99%", Interval.point(D("30") / D("150.13") * 100)) is None
    assert _consistent("19.99%", iv) == "rounded half-up to 2 decimals"
    assert _consistent("19.90%", iv) is None


def test_interval_arithmetic() -> None:
    a, b = Interval(D(1), D(2)), Interval(D(3), D(5))
    assert a + b == Interval(D(4), D(7))
    assert b - a == Interval(D(1), D(4))
    assert a * b == Interval(D(3), D(10))
    assert b / a == Interval(D("1.5"), D(5))
    assert a.meets(b) is False and Interval(D(2), D(3)).meets(b)


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [("88.888888", 2, "88.89"), ("5.682E+9", None, "5682000000"), ("12.50", None, "12.5")],
)
def test_fmt(value: str, places: int | None, shown: str) -> None:
    assert arith.fmt(D(value), places) == shown


@pytest.mark.parametrize("module", ["arith", "model", "rules"])
def test_docstring_examples(module: str) -> None:
    """The examples in the checks' docstrings hold."""
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(f"jzreport.checks.{module}"))
    assert result.attempted and result.failed == 0


@pytest.mark.parametrize(
    ("a", "b", "run"),
    [
        ("调解成功率", "调解成功", 4),
        ("结案率", "审结", 1),
        ("行政复议申请", "收到行政复议申请", 6),
        ("ab12", "ab12", 0),  # only Chinese characters count
        ("城镇居民", "", 0),
        ("第一产业增加值", "第三产业增加值", 5),
    ],
)
def test_common_run(a: str, b: str, run: int) -> None:
    from jzreport.checks.model import common_run

    assert common_run(a, b) == run == common_run(b, a)
