"""The pipeline's own promises: links between claims, long texts read in pieces, exact values at any size,
table rows, and the sections and sentences a claim carries."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jzreport import extract
from jzreport.pipeline import extract_with_skips, iter_extract
from jzreport.records import Claim

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _links(text: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    by_id = {c.id: c.text for c in extract(text)}
    return [(c.text, c.kind, [(link.type, by_id[link.target]) for link in c.links]) for c in extract(text)]


LINK_CASES = [
    # a change names the level it changes
    ("刑事案件262件,同比下降2.60%,同比减少7件。",
     [("262件", "count", []), ("2.60%", "change", [("change_of", "262件")]),
      ("7件", "change", [("change_of", "262件")])]),
    # 分别由A1、A2提高到B1、B2, 分别增长r1和r2: the pairs in order, and each change of its pair
    ("低保标准分别由每月760元、620元提高到800元、660元,分别增长5.3%和6.5%。",
     [("760元", "money", [("before_after", "800元")]), ("620元", "money", [("before_after", "660元")]),
      ("800元", "money", [("before_after", "760元")]), ("660元", "money", [("before_after", "620元")]),
      ("5.3%", "change", [("change_of", "800元")]), ("6.5%", "change", [("change_of", "660元")])]),
    # 其中 parts name their whole; the next item of the list too
    ("办理人大代表建议114条,其中重点建议10条,一般建议104条。",
     [("114条", "count", []), ("10条", "count", [("part_of", "114条")]), ("104条", "count", [("part_of", "114条")])]),
    ("完成审查任务6件,包括规范性文件1件、重大行政决策1件。",
     [("6件", "count", []), ("1件", "count", [("part_of", "6件")]), ("1件", "count", [("part_of", "6件")])]),
    # the figures after …N件中, are parts of it
    ("审结的1765件案件中,刑事案件113件、民商事案件1103件。",
     [("1765件", "count", []), ("113件", "count", [("part_of", "1765件")]),
      ("1103件", "count", [("part_of", "1765件")])]),
    # before/after pairs link both ways, and so do ranges
    ("报批材料由90项减少至10项。",
     [("90项", "count", [("before_after", "10项")]), ("10项", "count", [("before_after", "90项")])]),
    ("投资8.6亿元至9.1亿元。",
     [("8.6亿元", "money", [("range", "9.1亿元")]), ("9.1亿元", "money", [("range", "8.6亿元")])]),
    # a part in another unit is not a part
    ("全市共有学校81所,其中在校生3万人。", [("81所", "count", []), ("3万人", "count", [])]),
    # 由A增加r%至B: the two ends pair, and the change between them is the change of B
    ("毛利由2023年的3,256.1百万元增加13.2%至2024年的3,685.9百万元。",
     [("3,256.1百万元", "money", [("before_after", "3,685.9百万元")]),
      ("13.2%", "change", [("change_of", "3,685.9百万元")]),
      ("3,685.9百万元", "money", [("before_after", "3,256.1百万元")])]),
    # A,而2023年则为B,增加r%: B is the earlier value, the change is A's
    ("年内溢利为1,563.8百万元,而2023年则为1,326.5百万元,增加17.9%。",
     [("1,563.8百万元", "money", [("before_after", "1,326.5百万元")]),
      ("1,326.5百万元", "money", [("before_after", "1,563.8百万元")]),
      ("17.9%", "change", [("change_of", "1,563.8百万元")])]),
    # a 其中 list ends at a semicolon
    ("营造林面积286万亩,其中人工造林42万亩;森林面积9,856万亩。",
     [("286万亩", "measure", []), ("42万亩", "measure", [("part_of", "286万亩")]), ("9,856万亩", "measure", [])]),
    # 分别: each change names its own level, in order
    ("受理案件15.62万件,审执结14.8万件,同比分别上升6.7%和5.9%。",
     [("15.62万件", "count", []), ("14.8万件", "count", []), ("6.7%", "change", [("change_of", "15.62万件")]),
      ("5.9%", "change", [("change_of", "14.8万件")])]),
    # a growth rate is no change of the share stated between
    ("税收收入完成18.76亿元,为预算的101.2%,比上年增长4.3%。",
     [("18.76亿元", "money", []), ("101.2%", "percent", []), ("4.3%", "change", [("change_of", "18.76亿元")])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LINK_CASES)
def test_links(text: str, expected: list[tuple[str, str, list[tuple[str, str]]]]) -> None:
    assert _links(text) == expected


ROLE_CASES = [
    ("常住人口城镇化率由2020年的42.3%提高到2023年的44.1%。", [("42.3%", "before"), ("44.1%", "after")]),
    ("营业收入为人民币3,856.2百万元,同比增长12.4%(2023年:人民币3,430.8百万元)。",
     [("3,856.2百万元", "after"), ("12.4%", None), ("3,430.8百万元", "before")]),
    ("当日股价下跌2.15%至48.30元。", [("2.15%", None), ("48.30元", None)]),
    ("毛利由2023年的3,256.1百万元增加13.2%至2024年的3,685.9百万元。",
     [("3,256.1百万元", "before"), ("13.2%", None), ("3,685.9百万元", "after")]),
    ("营业收入12.5亿元,上年同期为10.2亿元。", [("12.5亿元", "after"), ("10.2亿元", "before")]),
    ("民事案件236件,较上年增加38件,上年为198件。", [("236件", None), ("38件", None), ("198件", None)]),
    ("项目\t2024年\t2023年\n受理案件（件）\t512\t486\n", [("512", "after"), ("486", "before")]),
    ("项目\t上年\t本年\n受理案件（件）\t486\t512\n", [("486", "before"), ("512", "after")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROLE_CASES)
def test_roles(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(c.text, c.role) for c in extract(text)] == expected


def test_table_row_takes_the_unit_of_its_header() -> None:
    text = "项目\t2023年\t2022年\n营业收入(万元)\t125,634.52\t108,215.33\n"
    claims = extract(text)
    assert [(c.text, c.value, c.unit, c.kind, c.subject) for c in claims] == [
        ("125,634.52", Decimal("1256345200"), "元", "money", "营业收入"),
        ("108,215.33", Decimal("1082153300"), "元", "money", "营业收入"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("860065018320874623646亿元", "86006501832087462364600000000"),
        ("9999999999999999999999万件", "99999999999999999999990000"),
        ("一分之九九九九九九九九九九九九九九九九九九九九九九九", "9999999999999999999999900"),
    ],
)
def test_values_stay_exact_at_any_length(text: str, value: str) -> None:
    (claim,) = extract(text)
    assert str(claim.value) == value


def test_sections_and_sentences() -> None:
    text = "一、主要成效\n(一)依法行政\n1. 审批。办理事项12件。\n(二)监督\n受理投诉3件。\n"
    a, b = extract(text)
    assert a.section == ["一、主要成效", "(一)依法行政", "1. 审批"]
    assert b.section == ["一、主要成效", "(二)监督"]
    for claim in (a, b):
        assert text[claim.sentence.start : claim.sentence.end] == claim.sentence.text
        assert claim.sentence.start <= claim.start < claim.end <= claim.sentence.end


@pytest.mark.parametrize("chunk", [500, 2_000, 20_000])
def test_long_text_in_pieces_equals_whole(chunk: int) -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))) * 2
    whole, whole_skips = extract_with_skips(text)
    pieces = list(iter_extract(text, chunk_chars=chunk))
    assert len(pieces) > 1
    claims = [c for part, _ in pieces for c in part]
    skips = [s for _, part in pieces for s in part]
    assert [c.model_dump() for c in claims] == [c.model_dump() for c in whole]
    assert skips == whole_skips
    for c in claims:
        assert text[c.start : c.end] == c.text


def test_skips_and_claims_cover_every_digit() -> None:
    text = (SAMPLES / "report.txt").read_text(encoding="utf-8")
    claims, skips = extract_with_skips(text)
    covered = set()
    for start, end in [(c.start, c.end) for c in claims] + [(s.start, s.end) for s in skips]:
        covered.update(range(start, end))
    missed = [i for i, ch in enumerate(text) if ch.isascii() and ch.isdigit() and i not in covered]
    assert missed == []


def test_table_note_gives_the_unit_to_labelled_lines() -> None:
    text = (
        "主要财务数据(人民币百万元)\n"
        "营业收入:3,856.2(2023年:3,430.8),同比增长12.4%\n"
        "基本每股收益(人民币元):0.42(2023年:0.38)\n"
        "本年度共有员工3128名。\n"
        "营业成本:2,815.0\n"
    )
    got = [(c.text, str(c.value), c.unit, c.subject, c.role) for c in extract(text)]
    assert got == [
        ("3,856.2", "3856200000", "元", "营业收入", "after"),
        ("3,430.8", "3430800000", "元", "营业收入", "before"),
        ("12.4%", "12.4", "%", "营业收入", None),
        ("0.42", "0.42", "元", "基本每股收益", "after"),
        ("0.38", "0.38", "元", "基本每股收益", "before"),
        ("3128名", "3128", "名", "员工", None),
    ]  # the prose line ends the note: 2,815.0 stays a bare number


def test_records_are_what_validation_makes() -> None:
    """Claims are built without validation (`records.trusted`): validating them again changes nothing,
    not the values, not their types, not the order of the fields."""
    from jzreport.records import Claim

    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    texts.append("比例为9.6:41.2:49.2,由90项减少至10项,投资8.6亿元至9.1亿元,两三天,百分之十五点二。")
    claims = [claim for text in texts for claim in extract(text)]
    assert claims
    for claim in claims:
        again = Claim.model_validate(claim.model_dump())
        assert again == claim
        assert [(k, type(v)) for k, v in again.__dict__.items()] == [(k, type(v)) for k, v in claim.__dict__.items()]
        assert again.model_dump_json() == claim.model_dump_json()


# Paragraphs hard-wrapped at a fixed width (text copied out of PDFs): a line break inside running text
# continues the sentence; a heading, a title, a table row, an indented paragraph or a full stop ends it.
WRAPPED = [
    ("全省各级行政复议机构新收案件数量较快增长，全年共新收行政复议\n案件2.87万件，同比增长近1倍。",
     [("2.87万件", "新收行政复议案件", 1), ("1倍", "新收行政复议案件", 1)]),
    ("今年以来，全省行政执法机关依托平台，重大执法决定法制审核\n率100%，执法全过程记录覆盖率达100%。",
     [("100%", "重大执法决定法制审核率", 1), ("100%", "执法全过程记录覆盖率", 1)]),
    ("关于2024年度法治政府建设情况的报告\n全年受理行政复议案件300件。", [("300件", "行政复议案件", 2)]),
    ("（一）行政执法“三项制度”全面落实\n全年公示执法信息2.36万条。", [("2.36万条", "执法信息", 2)]),
    ("全年各级行政机关负责人出庭应诉案件共计1,203件，同比增长\n　　全年办理法律援助案件9,865件。",
     [("1,203件", "各级行政机关负责人出庭应诉案件", 1), ("9,865件", "法律援助案件", 2)]),
    ("案件类别\t收案数\t结案数\n行政处罚\t48件\t45件", [("48件", None, 2), ("45件", None, 2)]),
    ("　　全市规模以上工业企业实现营业收入\n8,412.6亿元，同比增长6.5%。",
     [("8,412.6亿元", "规模以上工业企业实现营业收入", 1), ("6.5%", "规模以上工业企业实现营业收入", 1)]),
    ("西岭县2024年统计公报\n2024年，全县地区生产总值增长5%。", [("5%", "地区生产总值", 2)]),
    # a row of cells set apart by bars ends with its last cell, though the next row's label opens like a unit (集)
    ("指标 | 计量单位 | 2024年\n  内贸 | 万吨 | 24525\n集装箱吞吐量 | 万标箱 | 612.4",
     [("24525", None, 2), ("612.4", None, 3)]),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED)
def test_hard_wrapped_lines_continue_the_sentence(text: str, expected: list[tuple[str, str | None, int]]) -> None:
    claims = extract(text)
    assert [c.text for c in claims] == [e[0] for e in expected]
    sentences = sorted({c.sentence.start for c in claims})
    for claim, (_, subject, line) in zip(claims, expected, strict=True):
        if subject is not None:
            assert claim.subject == subject
        # the sentence of a claim starts on the first line of its paragraph, or on its own line
        first_line = text.count("\n", 0, claim.sentence.start) + 1
        assert first_line == line, (claim.text, claim.sentence.text, sentences)


# Words, units and numbers cut by a hard wrap read as if the line were whole; the spans are those of the text
# as given, the break inside them included. (text, [(claim text, value, unit, kind, subject)])
CUT_BY_WRAP = [
    ("本年度全县各级行政机关共受理群众来信来访事项同比增加了58\n个，办结率达到98.2%，群众满意度进一步提升。",
     [("58\n个", "58", "个", "change", None), ("98.2%", "98.2", "%", "percent", "办结率")]),
    ("今年以来，全市新建社区卫生服务中心和村级卫生室共计三百\n零一个，覆盖全部行政村，基本公共卫生服务均等化。",
     [("三百\n零一个", "301", "个", "count", None)]),
    ("经过努力，全区农村集体经济组织产业项目资金占比提高到百分之\n六十二，较上年提高了五个百分点，带动农户持续增收。",
     [("百分之\n六十二", "62", "%", "percent", "农村集体经济组织产业项目资金占比"),
      ("五个百分点", "5", "百分点", "change", None)]),
    ("围绕就医便利化目标，全年新建社区卫\n生服务中心12个，标准化建设达标率为100%，居民就近就医更加便利。",
     [("12个", "12", "个", "count", "社区卫生服务中心"), ("100%", "100", "%", "percent", "标准化建设达标率")]),
    ("深化商事制度改革，企业开办时间由1.5个工作\n日压缩至0.5个工作日，全流程网上办理，办理环节由5个减少至3个。",
     [("1.5个工作\n日", "1.5", "工作日", "duration", "企业开办时间"),
      ("0.5个工作日", "0.5", "工作日", "duration", "企业开办时间"),
      ("5个", "5", "个", "count", "环节"), ("3个", "3", "个", "count", "环节")]),
    # a page footer line between two lines of one sentence is left out
    ("全市医疗救治能力稳步提升，危急重症患者抢救成功率稳定保持在较高水平，达\n— 1 —\n97.3%，较上年提高0.4个百分点。",
     [("97.3%", "97.3", "%", "percent", "危急重症患者抢救成功率"),
      ("0.4个百分点", "0.4", "百分点", "change", "危急重症患者抢救成功率")]),
]


@pytest.mark.parametrize(("text", "expected"), CUT_BY_WRAP)
def test_words_cut_by_a_wrap_read_whole(text: str, expected: list[tuple[str, str, str, str, str | None]]) -> None:
    claims = extract(text)
    assert [(c.text, str(c.value), c.unit, c.kind) for c in claims] == [e[:4] for e in expected]
    for claim, want in zip(claims, expected, strict=True):
        assert text[claim.start : claim.end] == claim.text
        assert text[claim.sentence.start : claim.sentence.end] == claim.sentence.text
        if want[4] is not None:
            assert claim.subject == want[4]


# Breaks that stay: a colon opening a table or a list, a table row, a labelled line, two figures of a table.
KEPT_BREAKS = [
    "各县（市、区）办理情况如下（单位：件、%）：\n县（市、区） 转派件数 按时办结率 满意率\n临安区 9862 95.1 95.8",
    "营业收入：3,856.2（2023年：3,430.8），同比增长12.4%\n营业成本：2,815.0（2023年：2,552.5），同比增长10.3%",
    "品种      2023年     2024年     增减%\n粮食      152.1      156.4      2.8\n蔬菜      486.3      501.7      3.2",
    "一、总体情况\n2024年全市新收各类案件共计12,345件，审结11,234件。",
]


@pytest.mark.parametrize("text", KEPT_BREAKS)
def test_breaks_that_are_not_wraps_stay(text: str) -> None:
    from jzreport.normalize import normalize
    from jzreport.segment import unwrap

    view = unwrap(normalize(text))
    assert view is None or all(text[a:b].strip(" ") != "\n" or text[a - 1] in ",，、" for a, b in view.drops)
    assert view is None or view.text.count("\n") == text.count("\n") - len(view.drops)


def _hard_wrap(text: str, width: int) -> str:
    """Paragraphs of running text cut every `width` characters, as text copied out of a PDF is."""
    lines = []
    for line in text.split("\n"):
        running = len(line) > width and not any(gap in line for gap in ("\t", "  ", "|", "\u3000"))
        lines.append("\n".join(line[i : i + width] for i in range(0, len(line), width)) if running else line)
    return "\n".join(lines)


@pytest.mark.parametrize("width", [34, 40])
@pytest.mark.parametrize("sample", ["report.txt", "statistics.txt", "company.txt"])
def test_hard_wrapped_sample_reads_as_the_sample(sample: str, width: int) -> None:
    text = (Path(__file__).resolve().parent.parent / "samples" / sample).read_text(encoding="utf-8")
    wrapped = _hard_wrap(text, width)
    assert wrapped != text

    def key(claims: list[Claim]) -> list[tuple[object, ...]]:
        return [(c.text.replace("\n", ""), c.value, c.unit, c.kind, c.subject, c.approx, c.direction, c.role)
                for c in claims]

    got = extract(wrapped)
    for claim in got:
        assert wrapped[claim.start : claim.end] == claim.text
    assert key(got) == key(extract(text))


def test_check_text_reads_the_layout_as_the_cli_does() -> None:
    """`check_text` gives the checks the document's lines allow: a table's 合计 row is checked as a sum."""
    from jzreport import check, check_text

    text = (
        "表3  各街道新建充电桩情况\n街道      充电站(座)   充电桩(个)\n城关街道  12           146\n"
        "滨河街道  9            118\n新城街道  15           203\n合计      36           467\n"
    )
    got = check_text(text)
    assert got == check(extract(text), text)
    assert sorted((k.rule, k.stated, k.verdict) for k in got) == [
        ("sum", Decimal("36"), "consistent"),
        ("sum", Decimal("467"), "consistent"),
    ]
