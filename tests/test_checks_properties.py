"""Properties of the checks: a relation built from consistent numbers holds; one with a part moved never does.

Numbers are drawn at random, rounded the way reports round them (half-up or cut off, to 0–3 decimals),
and written into sentences of the usual shapes; the checks must agree with the arithmetic every time.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from checks_claims import Down, F, P, Up, doc
from jzreport.checks import run_checks
from jzreport.records import Check, Claim

MODES = st.sampled_from([ROUND_HALF_UP, ROUND_DOWN])
PLACES = st.integers(min_value=0, max_value=3)


def rounded(v: Decimal, places: int, mode: str = ROUND_HALF_UP) -> Decimal:
    return v.quantize(Decimal(1).scaleb(-places), rounding=mode)


def text(v: Decimal) -> str:
    return f"{v:f}"


def only(claims: list[Claim], rule: str) -> Check:
    got = [c for c in run_checks(claims) if c.rule == rule]
    assert len(got) == 1, got
    return got[0]


@settings(max_examples=150, deadline=None)
@given(n=st.integers(1, 10**6), frac=st.fractions(0, 1), places=PLACES, mode=MODES)
def test_part_rate_of_consistent_counts_holds(n: int, frac, places: int, mode: str) -> None:
    k = int(frac * n)
    rate = rounded(Decimal(k) / n * 100, places, mode)
    sentence = f"共受理纠纷{n}起,调解成功{k}件,调解成功率达{text(rate)}%。"
    check = only(doc(sentence, f"{n}起", f"{k}件", P(f"{text(rate)}%")), "part_rate")
    assert check.verdict == "consistent", check.explanation


@settings(max_examples=150, deadline=None)
@given(n=st.integers(20, 10**6), frac=st.fractions(0, 1), places=PLACES, shift=st.integers(3, 40))
def test_part_rate_with_a_moved_rate_fails(n: int, frac, places: int, shift: int) -> None:
    k = int(frac * n)
    true = Decimal(k) / n * 100
    unit = Decimal(1).scaleb(-places)
    rate = rounded(true, places) + shift * unit if true < 50 else rounded(true, places) - shift * unit
    sentence = f"共受理纠纷{n}起,调解成功{k}件,调解成功率达{text(rate)}%。"
    check = only(doc(sentence, f"{n}起", f"{k}件", P(f"{text(rate)}%")), "part_rate")
    assert check.verdict == "inconsistent", check.explanation


@settings(max_examples=150, deadline=None)
@given(
    before=st.integers(1, 10**6),
    after=st.integers(0, 10**6),
    places=PLACES,
    mode=MODES,
)
def test_change_rate_of_a_from_to_pair_holds(before: int, after: int, places: int, mode: str) -> None:
    if after == before:
        return
    up = after > before
    rate = rounded(abs(Decimal(after - before)) / before * 100, places, mode)
    verb = "增加至" if up else "减少至"
    sentence = f"办理事项由{before}项{verb}{after}项,{'增长' if up else '减少'}{text(rate)}%。"
    change = Up if up else Down
    claims = doc(sentence, F(f"{before}项", role="before"), F(f"{after}项", role="after"), change(f"{text(rate)}%"))
    assert only(claims, "change_rate").verdict == "consistent"


@settings(max_examples=150, deadline=None)
@given(before=st.integers(50, 10**6), growth=st.integers(1, 300), places=PLACES, shift=st.integers(3, 50))
def test_change_rate_with_a_moved_after_fails(before: int, growth: int, places: int, shift: int) -> None:
    after = before * (100 + growth) // 100
    rate = rounded(Decimal(after - before) / before * 100, places)
    moved = after + max(1, before * shift // 100)  # the current figure moved by at least 3% of the base
    sentence = f"全年受理案件{moved}件,较上年{before}件增长{text(rate)}%。"
    claims = doc(sentence, f"{moved}件", f"{before}件", Up(f"{text(rate)}%"))
    assert only(claims, "change_rate").verdict == "inconsistent"


@settings(max_examples=150, deadline=None)
@given(
    values=st.lists(st.decimals(min_value=1, max_value=10**5, places=4), min_size=3, max_size=3),
    places=st.integers(0, 2),
)
def test_sum_of_rounded_parts_holds(values: list[Decimal], places: int) -> None:
    parts = [rounded(v, places) for v in values]
    whole = rounded(sum(values, Decimal(0)), places)
    sentence = (
        f"地区生产总值{text(whole)}亿元。其中,第一产业增加值{text(parts[0])}亿元,"
        f"第二产业增加值{text(parts[1])}亿元,第三产业增加值{text(parts[2])}亿元。"
    )
    claims = doc(sentence, f"{text(whole)}亿元", *(f"{text(p)}亿元" for p in parts))
    check = only(claims, "sum")
    assert check.verdict == "consistent", check.explanation


@settings(max_examples=150, deadline=None)
@given(
    values=st.lists(st.integers(1, 10**5), min_size=3, max_size=3),
    which=st.integers(0, 2),
    shift=st.integers(2, 10**4),
)
def test_sum_with_a_moved_part_fails(values: list[int], which: int, shift: int) -> None:
    whole = sum(values)
    moved = list(values)
    moved[which] += shift
    sentence = f"全年共受理群众诉求{whole}件。其中,咨询类{moved[0]}件,求助类{moved[1]}件,其他类{moved[2]}件。"
    claims = doc(sentence, f"{whole}件", *(f"{v}件" for v in moved))
    assert only(claims, "sum").verdict == "inconsistent"


UNITS = st.sampled_from(["件", "人", "万元", "%", "个百分点", "亿元", "所", "倍"])
WORDS = st.sampled_from(["受理", "其中", "占", "同比增长", "较上年", "由", "至", "办结率", "、", ",", "共", "包括"])


@settings(max_examples=200, deadline=None)
@given(
    items=st.lists(
        st.tuples(WORDS, st.integers(0, 99999), UNITS, st.sampled_from([None, "increase", "decrease"])),
        min_size=1,
        max_size=8,
    )
)
def test_any_sentence_of_figures_gives_well_formed_checks(items) -> None:
    """Whatever the words around them, checks never fail to run and cite only the claims given."""
    sentence = "".join(f"{w}{v}{u}" for w, v, u, _ in items) + "。"
    figs = [F(f"{v}{u}", direction=d, kind="change" if d else None) for _, v, u, d in items]
    claims = doc(sentence, *figs)
    ids = {c.id for c in claims}
    for check in run_checks(claims):
        assert {r.id for r in check.claims} <= ids
        assert check.verdict in ("consistent", "inconsistent", "unverifiable")
        assert check.explanation


def test_sets_of_figures_iterate_alike_in_every_build() -> None:
    """The checks keep figures and sentences in sets: their order must come from the text, not from where the
    objects happen to lie in memory, or a document's checks would depend on what was checked before it."""
    from jzreport import extract
    from jzreport.checks.model import build

    line = "第{k}片区受理{a}件,办结{b}件,办结率{r:.1f}%。"
    text = "".join(line.format(k=k, a=100 + k, b=90 + k, r=(90 + k) / (100 + k) * 100) for k in range(1, 40))
    claims = extract(text)
    first = build(claims, text)
    ballast = [build(claims, text) for _ in range(3)]  # other objects in between move the next build's addresses
    second = build(claims, text)
    assert ballast
    figs = [[f.claim.id for f in {g for s in d.sentences for g in s.figs}] for d in (first, second)]
    sents = [[s.index for s in set(d.sentences)] for d in (first, second)]
    assert figs[0] == figs[1]
    assert sents[0] == sents[1]
