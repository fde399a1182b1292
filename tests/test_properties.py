"""Properties that hold for every input: no exception, spans that slice, numerals that round-trip.

(a) `extract` never raises on any text, and every claim's span slices to its text;
(b) integers written as standard Chinese numerals, and digit strings with separators, parse back;
(c) claims survive a JSON round trip unchanged.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from jzreport import check, extract
from jzreport.records import Claim, DocumentClaims, Span, as_json, document_json

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# No deadline: these are properties, not timings.
PROPERTY = settings(max_examples=300, deadline=None)

# Pieces of report text, shuffled into sentences that stress the scanner: numbers of every shape next
# to units, multipliers, qualifiers, change words, brackets, separators and line breaks.
FRAGMENTS = [
    "0", "1", "2", "5", "9", "12", "345", "2024", "12345", "1,100", "415 233", "3.5", "0.62", "2·6", ".",
    "１２３", "９８．６", "-", "−", "+", "/", ":", "～", "至", "到", "由", "从", "减少至", "增加到",
    "一", "二", "两", "三", "十", "百", "千", "万", "亿", "零", "〇", "点", "几", "数", "余", "多",
    "百分之", "分之", "成", "倍", "番", "翻", "第", "届", "次", "年", "月", "日", "季度",
    "%", "％", "‰", "个百分点", "元", "万元", "亿元", "百万元", "美元", "港仙", "件", "家", "个", "人",
    "人次", "项", "个工作日", "天", "小时", "吨", "亩", "平方米", "公里", "千瓦时", "/人", "每千名",
    "约", "近", "超过", "以上", "不足", "以下", "左右", "至少", "不超过", "逾",
    "增长", "下降", "同比", "比上年", "较", "提高", "其中", "占", "率", "达",
    "，", "。", "、", "；", "：", "（", "）", "(", ")", "“", "”", "〔", "〕", "《", "》",
    " ", "\u00a0", "\n", "\r\n", "\t", "全县", "案件", "受理", "地区生产总值",
    "一、", "（一）", "1. ", "一是", "二十大", "十四五", "第十二条", "禾政发〔2024〕12号", "“3721”",
]
report_like = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)


def assert_well_formed(text: str, claims: list[Claim]) -> None:
    """Spans slice to their texts, sentence spans too; ids are unique."""
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(text), claim
        assert text[claim.start : claim.end] == claim.text, claim
        s = claim.sentence
        assert text[s.start : s.end] == s.text, claim
    ids = [claim.id for claim in claims]
    assert len(ids) == len(set(ids)), ids


@PROPERTY
@given(st.text())
def test_any_text(text: str) -> None:
    assert_well_formed(text, extract(text))


@PROPERTY
@given(report_like)
@example("23.8\n万吨")
@example("由90项减少至10项，减少率88.9%")
@example("8.6亿元至9.1亿元、85%-95%、10至60个工作日")
@example("1.2万余件" * 50)
@example("9" * 400)
@example("一" * 200 + "万亿")
@example("")
@example("415 233万2024")  # a space-grouped figure before a scale and a second figure
def test_report_like_text(text: str) -> None:
    assert_well_formed(text, extract(text))


# Report fragments mixed with arbitrary Unicode (control characters, escaped surrogates, astral planes) and
# with long runs that would make a careless scanner slow: digits, 万万万, alternating digits and numerals.
hostile = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=4),
        st.text(alphabet=st.characters(categories=("Cc", "Cf", "Zs", "Nd", "No")), max_size=4),
        st.integers(min_value=1, max_value=300).map(lambda n: "9" * n),
        st.integers(min_value=1, max_value=300).map(lambda n: "万" * n),
        st.integers(min_value=1, max_value=100).map(lambda n: "1一" * n),
    ),
    max_size=30,
).map("".join)


@PROPERTY
@given(hostile)
@example("\ud800" + "万" * 500)
@example("\x00\x01" + "1.1." * 200)
def test_hostile_text(text: str) -> None:
    assert_well_formed(text, extract(text))


# --- (b) numerals --------------------------------------------------------------------------------------
CN_DIGITS = "零一二三四五六七八九"


def _section(n: int, *, first: bool) -> str:
    """0 < n < 10000 in the standard form: 三千零五, 一百一十; 十五 when it opens the number."""
    out, zero = [], False
    for scale, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // scale % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        if d == 1 and scale == 10 and first and not out:
            out.append("十")  # 十五, but 一百一十
        else:
            out.append(CN_DIGITS[d] + name)
    return "".join(out)


def _below_yi(n: int, *, first: bool) -> str:
    """0 < n < 10**8: 五十二万六千, 一万零五百."""
    wan, unit = divmod(n, 10_000)
    out = _section(wan, first=first) + "万" if wan else ""
    if unit:
        if wan and unit < 1000:
            out += "零"
        out += _section(unit, first=first and not wan)
    return out


def to_chinese(n: int, *, liang: bool = False) -> str:
    """0 <= n <= 10**12 as a standard Chinese numeral; `liang` writes a leading 2 before 百/千/万/亿 as 两."""
    if n == 0:
        return "零"
    yi, rest = divmod(n, 10**8)
    out = to_chinese(yi) + "亿" if yi else ""
    if rest:
        if yi and rest < 10**7:
            out += "零"  # 一亿零五百
        out += _below_yi(rest, first=not yi)
    if liang and out.startswith("二") and out[1:2] in ("百", "千", "万", "亿"):
        out = "两" + out[1:]
    return out


@pytest.mark.parametrize(
    ("n", "written"),
    [(34_000_000, "三千四百万"), (526_000, "五十二万六千"), (100_000_500, "一亿零五百"), (15, "十五"),
     (110, "一百一十"), (1005, "一千零五"), (10_500, "一万零五百"), (105_000_000, "一亿零五百万"),
     (200_000, "二十万"), (10**12, "一万亿"), (0, "零")],
)
def test_generator_writes_standard_forms(n: int, written: str) -> None:
    """The test's own numeral writer, checked against forms people write."""
    assert to_chinese(n) == written


STANDARD = [
    ("三千四百万", 34_000_000), ("五十二万六千", 526_000), ("一亿零五百", 100_000_500), ("十五", 15),
    ("两千", 2000), ("两万", 20_000), ("两亿", 200_000_000), ("〇", 0), ("零", 0), ("一百一十", 110),
    ("十万", 100_000), ("一万亿", 10**12), ("二十三点四", Decimal("23.4")), ("三点一四", Decimal("3.14")),
    ("一千零五", 1005), ("九千九百九十九万九千九百九十九", 99_999_999),
]


@pytest.mark.parametrize(("written", "value"), STANDARD)
def test_parse_chinese_standard_forms(written: str, value: int | Decimal) -> None:
    from jzreport.numerals import parse_chinese

    assert parse_chinese(written) == Decimal(value)


@PROPERTY
@given(st.integers(min_value=0, max_value=10**12), st.booleans())
@example(34_000_000, False)
@example(526_000, False)
@example(100_000_500, False)
@example(2000, True)
@example(10**12, False)
def test_chinese_numeral_round_trip(n: int, liang: bool) -> None:
    from jzreport.numerals import parse_chinese

    assert parse_chinese(to_chinese(n, liang=liang)) == n


FULL_WIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


def write_digits(n: int, decimals: str, style: str) -> str:
    """n.decimals as pages write it: 1,100  415 233  1 100  ２０４６８  2·6."""
    if style == "comma":
        whole = f"{n:,}"
    elif style in ("space", "nbsp"):
        whole = f"{n:,}".replace(",", " " if style == "space" else "\u00a0")
    else:
        whole = str(n)
    point = "·" if style == "middot" else "."
    written = whole + (point + decimals if decimals else "")
    return written.translate(FULL_WIDTH) if style == "fullwidth" else written


@PROPERTY
@given(
    st.integers(min_value=0, max_value=10**12),
    st.text(alphabet="0123456789", max_size=4),
    st.sampled_from(["plain", "comma", "space", "nbsp", "fullwidth", "middot"]),
)
@example(1100, "", "comma")
@example(415_233, "", "space")
@example(2, "6", "middot")
@example(20468, "", "fullwidth")
def test_parse_number_round_trip(n: int, decimals: str, style: str) -> None:
    from jzreport.numerals import parse_number

    want = Decimal(f"{n}.{decimals}" if decimals else str(n))
    assert parse_number(write_digits(n, decimals, style)) == want


# --- (c) JSON round trip ----------------------------------------------------------------------------
MEASURED = st.sampled_from(
    [("共办理案件", "件"), ("新增经营主体", "户"), ("成交金额", "万元"), ("调解成功率达", "%"),
     ("办结时限压缩至", "个工作日"), ("比上年增长", "%"), ("造林绿化", "公顷"), ("较上年下降", "个百分点")]
)


@PROPERTY
@given(st.integers(min_value=0, max_value=10**9))
def test_json_round_trip_of_counts(n: int) -> None:
    claims = extract(f"共办理案件{n}件")
    assert claims, f"共办理案件{n}件 gave no claim"
    for claim in claims:
        assert Claim.model_validate_json(claim.model_dump_json()) == claim


@PROPERTY
@given(MEASURED, st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False))
def test_json_round_trip_of_claims(measured: tuple[str, str], number: Decimal) -> None:
    words, unit = measured
    claims = extract(f"全县{words}{number}{unit}。")
    assert claims
    for claim in claims:
        assert Claim.model_validate_json(claim.model_dump_json()) == claim


@st.composite
def any_claim(draw: st.DrawFn) -> Claim:
    """A valid claim built field by field, independent of the extractor."""
    text = draw(st.text(min_size=1, max_size=12))
    start = draw(st.integers(min_value=0, max_value=10_000))
    value = draw(st.decimals(allow_nan=False, allow_infinity=False))
    return Claim(
        id=f"c{draw(st.integers(min_value=1, max_value=9999))}",
        start=start,
        end=start + len(text),
        text=text,
        kind=draw(st.sampled_from(["count", "money", "percent", "duration", "measure", "change", "ratio"])),
        value=value,
        unit=draw(st.sampled_from(["", "件", "元", "%", "‰", "百分点", "工作日", "小时/人"])),
        subject=draw(st.none() | st.text(max_size=10)),
        approx=draw(st.sampled_from([None, "more_than", "about", "less_than", "at_least", "at_most"])),
        direction=draw(st.sampled_from([None, "increase", "decrease"])),
        role=draw(st.sampled_from([None, "before", "after", "range_low", "range_high"])),
        number=text,
        multiplier=draw(st.sampled_from([Decimal(1), Decimal(10_000), Decimal(100_000_000)])),
        sentence=Span(start=start, end=start + len(text), text=text),
        section=draw(st.lists(st.text(max_size=8), max_size=3)),
    )


@PROPERTY
@given(any_claim())
def test_json_round_trip_of_any_claim(claim: Claim) -> None:
    assert Claim.model_validate_json(claim.model_dump_json()) == claim


@PROPERTY
@given(any_claim())
def test_as_json_is_pydantic_json_mode(claim: Claim) -> None:
    # The CLI writes records with as_json so that extracting never builds pydantic's serializers.
    assert as_json(claim) == claim.model_dump(mode="json")
    assert as_json([claim, claim]) == [claim.model_dump(mode="json")] * 2


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_as_json_of_extracted_documents(sample: Path) -> None:
    text = sample.read_text(encoding="utf-8")
    claims = extract(text)
    meta = {"source": sample.name, "encoding": "utf-8", "format": "text", "chars": len(text)}
    assert document_json(DocumentClaims, **meta, claims=claims) == DocumentClaims(
        **meta, claims=claims
    ).model_dump(mode="json")
    assert document_json(DocumentClaims, source="x", error="gone") == DocumentClaims(
        source="x", error="gone"
    ).model_dump(mode="json")
    checks = check(claims, text)
    assert checks, sample.name
    assert as_json(checks) == [k.model_dump(mode="json") for k in checks]
    with pytest.raises(TypeError):
        document_json(DocumentClaims, source="x", claim=[])
