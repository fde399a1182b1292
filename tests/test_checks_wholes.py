"""Which whole a list or a rate is of: graded lists, outcomes inside a list of kinds, a 其中 after two kinds,
top-N lists, a whole a list names (常住人口中), rows set in under a table's row. Passages of our own, claims
built by hand; each case says the checks it wants, and no other check may be inconsistent."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from checks_claims import Down, F, P, Up, doc
from jzreport.checks import run_checks
from jzreport.records import Check

Want = tuple[str, str, tuple[str, ...]]


class Passage(NamedTuple):
    name: str
    text: str
    figs: tuple[F | str, ...]
    want: list[Want]
    absent: tuple[str, ...] = ()  # claim texts no check may cite


def texts(c: Check) -> tuple[str, ...]:
    return tuple(sorted(r.text for r in c.claims))


def N(text: str) -> F:
    """A bare number in a table cell that counts something."""
    return F(text, kind="count")


_GRADES = "开展执法案卷评查，抽查案卷240卷，评出优秀案卷36卷、合格案卷192卷、不合格案卷12卷，合格率{}。"
_COUNSEL = (
    "全年各类调解和仲裁机构共处理争议案件{}件，其中调解组织受理3,120件，调解成功2,406件，调解成功率77.1%；"
    "仲裁机构立案受理2,190件，结案2,135件，结案率97.5%。"
)
_POPULATION = (
    "年末全市常住人口86.40万人。其中，城镇常住人口53.10万人，乡村常住人口33.30万人；常住人口城镇化率{}。\n"
    "年末户籍人口95.12万人，其中男性48.30万人，女性46.82万人。全年户籍人口迁入5120人，迁出7345人。\n"
    "从年龄构成看，年末常住人口中，0-15岁人口14.20万人，占16.44%；16-59岁人口52.60万人，占60.88%；"
    "60岁及以上人口19.60万人，占{}。\n"
)
_POPULATION_FIGS = (
    "86.40万人", "53.10万人", "33.30万人", P("{}"), "95.12万人", "48.30万人", "46.82万人", "5120人", "7345人",
    "14.20万人", P("16.44%"), "52.60万人", P("60.88%"), "19.60万人", P("{}"),
)


def _population(urban: str, old: str) -> tuple[str, tuple[F | str, ...]]:
    figs: list[F | str] = []
    rates = iter((urban, old))
    for f in _POPULATION_FIGS:
        figs.append(P(next(rates)) if isinstance(f, F) and f.text == "{}" else f)
    return _POPULATION.format(urban, old), tuple(figs)


_TABLE = (
    "表3  年末常住人口及其构成\n"
    "指标        年末数      比重\n"
    "常住人口    86.40       100.0\n"
    "  其中：城镇  53.10     61.5\n"
    "        乡村  33.30     38.5\n"
    "  其中：男性  {}     50.9\n"
    "        女性  42.38     49.1\n"
)


def _table(men: str) -> tuple[str, tuple[F | str, ...]]:
    cells = ("86.40", "100.0", "53.10", "61.5", "33.30", "38.5", men, "50.9", "42.38", "49.1")
    figs = tuple(N(x) if k % 2 == 0 else F(x, kind="percent") for k, x in enumerate(cells))
    return _TABLE.format(men), figs


PASSAGES = [
    Passage(
        "a 合格率 after a list of grades counts 合格 and the grades above it",
        _GRADES.format("95.0%"),
        ("240卷", "36卷", "192卷", "12卷", P("95.0%")),
        [("part_rate", "consistent", ("240卷", "36卷", "192卷", "95.0%"))],
    ),
    Passage(
        "a rate of 基本级以上 counts 基本级 and the grades above it",
        "全年共有民警3250名，其中取得高级执法资格120名、中级执法资格1380名、基本级执法资格1700名，"
        "基本级以上执法资格持证率为98.5%。",
        ("3250名", "120名", "1380名", "1700名", P("98.5%")),
        [("part_rate", "consistent", ("3250名", "120名", "1380名", "1700名", "98.5%"))],
    ),
    Passage(
        "a rate of 基本级以上 that is off is told of those grades",
        "全年共有民警3250名，其中取得高级执法资格120名、中级执法资格1380名、基本级执法资格1700名，"
        "基本级以上执法资格持证率为99.0%。",
        ("3250名", "120名", "1380名", "1700名", P("99.0%")),
        [("part_rate", "inconsistent", ("3250名", "120名", "1380名", "1700名", "99.0%"))],
    ),
    Passage(
        "a 合格率 of the one grade alone still holds",
        _GRADES.format("80.0%"),
        ("240卷", "36卷", "192卷", "12卷", P("80.0%")),
        [("part_rate", "consistent", ("240卷", "192卷", "80.0%"))],
    ),
    Passage(
        "a 合格率 that fits neither the grade nor the grades at or above it",
        _GRADES.format("97.0%"),
        ("240卷", "36卷", "192卷", "12卷", P("97.0%")),
        [("part_rate", "inconsistent", ("240卷", "192卷", "97.0%"))],
    ),
    Passage(
        "what became of an intake is no kind of its own: the intakes add up to the total",
        _COUNSEL.format("5,310"),
        ("5,310件", "3,120件", "2,406件", P("77.1%"), "2,190件", "2,135件", P("97.5%")),
        [
            ("sum", "consistent", ("5,310件", "3,120件", "2,190件")),
            ("part_rate", "consistent", ("3,120件", "2,406件", "77.1%")),
            ("part_rate", "consistent", ("2,190件", "2,135件", "97.5%")),
        ],
    ),
    Passage(
        "intakes that exceed the total are caught",
        _COUNSEL.format("5,290"),
        ("5,290件", "3,120件", "2,406件", P("77.1%"), "2,190件", "2,135件", P("97.5%")),
        [("sum", "inconsistent", ("5,290件", "3,120件", "2,190件"))],
    ),
    Passage(
        "a 其中 after two kinds may be of both together",
        "全年办理行政复议案件46件，行政诉讼案件34件，其中涉及征收补偿的案件52件，占65.0%。",
        ("46件", "34件", "52件", P("65.0%")),
        [
            ("subset", "consistent", ("46件", "34件", "52件")),
            ("part_rate", "consistent", ("46件", "34件", "52件", "65.0%")),
        ],
    ),
    Passage(
        "a 其中 of a later stage (移送) is of that stage alone",
        "查处违法案件268起，移送司法机关案件14起，其中涉案金额50万元以上的19起。",
        ("268起", "14起", "19起"),
        [("subset", "inconsistent", ("14起", "19起"))],
    ),
    Passage(
        "the top three of a ranking are a subset of all, never its sum",
        "全年受理诉求共52480件。从诉求领域看，排名前三位的分别是住房保障9326件、劳动保障7815件、交通出行6240件，"
        "合计23381件。",
        ("52480件", "9326件", "7815件", "6240件", "23381件"),
        [("sum", "consistent", ("9326件", "7815件", "6240件", "23381件"))],
    ),
    Passage(
        "a top-N list larger than the whole is still a mismatch",
        "全年受理诉求共20480件。从诉求领域看，排名前三位的分别是住房保障9326件、劳动保障7815件、交通出行6240件。",
        ("20480件", "9326件", "7815件", "6240件"),
        [("sum", "inconsistent", ("20480件", "9326件", "7815件", "6240件"))],
    ),
    Passage(
        "a list that names its whole (常住人口中) is of it, not of the population stated just before",
        *_population("61.46%", "22.69%"),
        [
            ("part_rate", "consistent", ("53.10万人", "86.40万人", "61.46%")),
            ("sum", "consistent", ("86.40万人", "53.10万人", "33.30万人")),
            ("sum", "consistent", ("95.12万人", "48.30万人", "46.82万人")),
            ("part_rate", "consistent", ("86.40万人", "14.20万人", "16.44%")),
            ("part_rate", "consistent", ("86.40万人", "52.60万人", "60.88%")),
            ("part_rate", "consistent", ("86.40万人", "19.60万人", "22.69%")),
            ("sum", "consistent", ("86.40万人", "14.20万人", "52.60万人", "19.60万人")),
        ],
        absent=("5120人",),
    ),
    Passage(
        "a share of the named whole that is off is caught against that whole",
        *_population("61.46%", "23.69%"),
        [("part_rate", "inconsistent", ("86.40万人", "19.60万人", "23.69%"))],
    ),
    Passage(
        "a 城镇化率 off its population is caught",
        *_population("62.46%", "22.69%"),
        [("part_rate", "inconsistent", ("53.10万人", "86.40万人", "62.46%"))],
    ),
    Passage(
        "rows set in under a table's row are parts of that row",
        *_table("44.02"),
        [
            ("sum", "consistent", ("86.40", "53.10", "33.30")),
            ("sum", "consistent", ("86.40", "44.02", "42.38")),
        ],
    ),
    Passage(
        "a set-in row that does not add up is caught",
        *_table("45.02"),
        [("sum", "inconsistent", ("86.40", "45.02", "42.38"))],
    ),
]

# --- relations found where none were: 其中A、B分别为, N件中, 名 and 人, natural partitions, named bases ------------

PASSAGES += [
    Passage(
        "其中 names the kinds and 分别为 gives their figures",
        "全年发放创业担保贷款8.64亿元，其中个人创业贷款、合伙创业贷款、返乡创业贷款分别为3.15亿元、4.02亿元和1.47亿元。",
        ("8.64亿元", "3.15亿元", "4.02亿元", "1.47亿元"),
        [("sum", "consistent", ("8.64亿元", "3.15亿元", "4.02亿元", "1.47亿元"))],
    ),
    Passage(
        "其中…分别为 figures that exceed the whole",
        "全年发放创业担保贷款8.54亿元，其中个人创业贷款、合伙创业贷款、返乡创业贷款分别为3.15亿元、4.02亿元和1.47亿元。",
        ("8.54亿元", "3.15亿元", "4.02亿元", "1.47亿元"),
        [("sum", "inconsistent", ("8.54亿元", "3.15亿元", "4.02亿元", "1.47亿元"))],
    ),
    Passage(
        "the figures after an N件中 total are its parts",
        "在审结的862件案件中，判决结案415件、调解结案302件、撤诉结案151件。",
        ("862件", "415件", "302件", "151件"),
        [("sum", "inconsistent", ("862件", "415件", "302件", "151件"))],
    ),
    Passage(
        "N件中 parts that fall short are within their whole",
        "在受理的296件中，维持原行政行为185件，撤销和确认违法47件，驳回申请52件。",
        ("296件", "185件", "47件", "52件"),
        [("subset", "consistent", ("296件", "185件", "47件", "52件"))],
    ),
    Passage(
        "名 and 人 count the same people",
        "全年表彰先进个人128名，其中一等功5人、二等功31人、三等功98人。",
        ("128名", "5人", "31人", "98人"),
        [("sum", "inconsistent", ("128名", "5人", "31人", "98人"))],
    ),
    Passage(
        "the four functions of a procuratorate are all its cases",
        "全年共办理各类案件2416件，其中刑事检察1582件、民事检察436件、行政检察251件、公益诉讼137件。",
        ("2416件", "1582件", "436件", "251件", "137件"),
        [("sum", "inconsistent", ("2416件", "1582件", "436件", "251件", "137件"))],
    ),
    Passage(
        "罚没款 is 罚款 and 没收 together",
        "全年罚没款合计2,846.3万元，其中罚款2,412.8万元、没收违法所得423.5万元。",
        ("2,846.3万元", "2,412.8万元", "423.5万元"),
        [("sum", "inconsistent", ("2,846.3万元", "2,412.8万元", "423.5万元"))],
    ),
    Passage(
        "市级, 县级 and 乡镇 are all of a city's levels; 村 goes on the list",
        "全市建成综治中心1460个，其中市级1个、县级11个、乡镇148个、村级1300个。"
        "全市持证执法人员4320名，其中市级960名、县级2180名、乡镇（街道）1150名。",
        ("1460个", "1个", "11个", "148个", "1300个", "4320名", "960名", "2180名", "1150名"),
        [
            ("sum", "consistent", ("1460个", "1个", "11个", "148个", "1300个")),
            ("sum", "inconsistent", ("4320名", "960名", "2180名", "1150名")),
        ],
    ),
    Passage(
        "kinds that are not all of a level still fall short without alarm",
        "全市持证执法人员4320名，其中市级960名、县级2180名。",
        ("4320名", "960名", "2180名"),
        [("subset", "consistent", ("4320名", "960名", "2180名"))],
    ),
    Passage(
        "a share names its base by what the figure counts and what its clause says of it",
        "仲裁机构立案受理2,640件，结案2,580件，结案率97.7%，终局裁决903件，占仲裁结案数的35.0%。",
        ("2,640件", "2,580件", P("97.7%"), "903件", P("35.0%")),
        [
            ("part_rate", "consistent", ("2,640件", "2,580件", "97.7%")),
            ("part_rate", "consistent", ("2,580件", "903件", "35.0%")),
        ],
    ),
    Passage(
        "a share of a base named so that is off",
        "仲裁机构立案受理2,640件，结案2,580件，结案率97.7%，终局裁决903件，占仲裁结案数的37.0%。",
        ("2,640件", "2,580件", P("97.7%"), "903件", P("37.0%")),
        [("part_rate", "inconsistent", ("2,580件", "903件", "37.0%"))],
    ),
]

# --- 约 as precise as it is written; earlier values dated 去年末, 2023年12月31日, 去年同期則約為 -------------------

PASSAGES += [
    Passage(
        "a 约 figure of four digits is a rounded value, not a guess",
        "减值损失约为312.6亿元，上年同期为268.4亿元，增加25.5%。",
        (F("312.6亿元", approx="about"), "268.4亿元", Up("25.5%")),
        [("change_rate", "inconsistent", ("268.4亿元", "312.6亿元", "25.5%"))],
    ),
    Passage(
        "a 约 figure of four digits that fits",
        "减值损失约为312.6亿元，上年同期为268.4亿元，增加16.5%。",
        (F("312.6亿元", approx="about"), "268.4亿元", Up("16.5%")),
        [("change_rate", "consistent", ("268.4亿元", "312.6亿元", "16.5%"))],
    ),
    Passage(
        "a 约 figure of one digit stays a rough estimate",
        "新增收入约6亿元，上年为5.2亿元，增长25%。",
        (F("6亿元", approx="about"), "5.2亿元", Up("25%")),
        [("change_rate", "consistent", ("5.2亿元", "6亿元", "25%"))],
    ),
    Passage(
        "an earlier value of 去年末",
        "资产负债率为52.3%，较去年末的54.1%下降2.8个百分点。",
        (P("52.3%"), P("54.1%"), Down("2.8个百分点")),
        [("point_change", "inconsistent", ("52.3%", "54.1%", "2.8个百分点"))],
    ),
    Passage(
        "an earlier value dated to the day",
        "在管面积为4.12亿平方米，较2023年12月31日的3.78亿平方米增加9.0%。",
        (F("4.12亿平方米", kind="measure"), F("3.78亿平方米", kind="measure"), Up("9.0%")),
        [("change_rate", "consistent", ("3.78亿平方米", "4.12亿平方米", "9.0%"))],
    ),
    Passage(
        "去年同期則約為 in a Hong Kong announcement",
        "減值虧損淨額約為人民幣312.6百萬元，去年同期則約為人民幣268.4百萬元，增加約18.5%。",
        (F("312.6百萬元", approx="about"), F("268.4百萬元", approx="about"), Up("18.5%", approx="about")),
        [("change_rate", "inconsistent", ("268.4百萬元", "312.6百萬元", "18.5%"))],
    ),
]

# --- wholes misread: a sibling after a ；, a rate of two kinds, a numerator of another group, a verb before a list --

PASSAGES += [
    Passage(
        "a figure after a ；named like the whole is its sibling, not its part",
        "全年发生行政复议案件84起，其中被纠错6起，纠错率7.1%；发生行政诉讼案件37起，败诉3起，败诉率8.1%。",
        ("84起", "6起", P("7.1%"), "37起", "3起", P("8.1%")),
        [
            ("subset", "consistent", ("84起", "6起")),
            ("part_rate", "consistent", ("84起", "6起", "7.1%")),
            ("part_rate", "consistent", ("37起", "3起", "8.1%")),
        ],
        absent=(),
    ),
    Passage(
        "a rate after two kinds may be of both together",
        "全年办理行政复议案件14件、行政诉讼案件26件，败诉3件，败诉率7.5%。",
        ("14件", "26件", "3件", P("7.5%")),
        [("part_rate", "consistent", ("14件", "26件", "3件", "7.5%"))],
    ),
    Passage(
        "a rate after two kinds that fits neither them nor their sum",
        "全年办理行政复议案件14件、行政诉讼案件26件，败诉3件，败诉率9.5%。",
        ("14件", "26件", "3件", P("9.5%")),
        [("part_rate", "inconsistent", ("14件", "3件", "9.5%"))],
    ),
    Passage(
        "a rate's numerator stands in the rate's own ;-group",
        "抽检饮用水水样820份，合格806份，合格率98.3%；公共场所卫生检测合格率96.1%；抽检消毒产品150批次，合格率96.0%。",
        ("820份", "806份", P("98.3%"), P("96.1%"), "150批次", P("96.0%")),
        [
            ("part_rate", "consistent", ("806份", "820份", "98.3%")),
            ("grim", "consistent", ("150批次", "96.0%")),
        ],
        absent=("96.1%",),
    ),
    Passage(
        "a verb before a 、-list heads its first item, which the total after it counts",
        "检查危险化学品企业126家、非煤矿山14家、工贸企业980家，共计1130家。",
        ("126家", "14家", "980家", "1130家"),
        [("sum", "inconsistent", ("1130家", "126家", "14家", "980家"))],
    ),
    Passage(
        "an amount named as not overlapping the others says that they overlap",
        "全市水资源总量36.20亿立方米，其中地表水资源量33.90亿立方米，地下水资源量8.10亿立方米，"
        "地下水与地表水资源不重复量2.30亿立方米。",
        tuple(F(x, kind="measure") for x in ("36.20亿立方米", "33.90亿立方米", "8.10亿立方米", "2.30亿立方米")),
        [("subset", "consistent", ("36.20亿立方米", "33.90亿立方米", "8.10亿立方米", "2.30亿立方米"))],
    ),
    Passage(
        "a part is of the figure whose own name its name holds",
        "全年受理刑事案件9860起，立案7420起，破案4630起；其中盗窃案件立案3010起，占刑事立案总数的40.6%。",
        ("9860起", "7420起", "4630起", "3010起", P("40.6%")),
        [
            ("subset", "consistent", ("7420起", "3010起")),
            ("part_rate", "consistent", ("7420起", "3010起", "40.6%")),
        ],
    ),
]


@pytest.mark.parametrize("c", PASSAGES, ids=[c.name for c in PASSAGES])
def test_passage(c: Passage) -> None:
    got = run_checks(doc(c.text, *c.figs), c.text)
    unmatched = list(got)
    for rule, verdict, cited in c.want:
        hit = next((x for x in unmatched if x.rule == rule and texts(x) == tuple(sorted(cited))), None)
        assert hit is not None, f"no {rule} over {cited}; got {[(x.rule, texts(x), x.verdict) for x in got]}"
        assert hit.verdict == verdict, hit.explanation
        unmatched.remove(hit)
    assert not [x.explanation for x in unmatched if x.verdict == "inconsistent"]
    for t in c.absent:
        assert not any(t in texts(x) for x in got), [x.explanation for x in got if t in texts(x)]
