"""Where a list of parts ends and what its whole can be: `cues.sibling` on labels of our own, and passages."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from checks_claims import F, P, doc
from jzreport.checks import run_checks
from jzreport.checks.cues import new_measure, sibling
from jzreport.records import Check

# (items so far, the label after the ；, goes on)
CASES = [
    (["城镇人口"], "乡村人口", True),
    (["水田"], "旱地", True),
    (["企业"], "个体工商户", True),
    (["税收收入"], "非税收入", True),
    (["人工造林"], "森林面积", False),
    (["水稻"], "耕地保有量", False),
    (["男性"], "户籍人口", False),
    (["主营业务收入"], "利润总额", False),
    (["新建学校"], "存款余额", False),
    (["咨询类", "求助类"], "举报类", True),
    (["咨询类", "求助类", "其他类"], "报送备案", False),
]


@pytest.mark.parametrize(("known", "label", "goes_on"), CASES, ids=[c[1] for c in CASES])
def test_sibling(known: list[str], label: str, goes_on: bool) -> None:
    assert sibling(known, label) is goes_on


# (items so far, the next label in the same clause group, opens a figure of its own)
SAME_GROUP = [
    (["税收收入"], "社会消费品零售总额", True),
    (["人工造林"], "森林面积", True),
    (["税收收入"], "非税收入", False),
    (["刑事案件", "民事案件"], "行政案件", False),
    (["出口额"], "进口额", False),
    (["一般债务余额"], "专项债务余额", False),
]


@pytest.mark.parametrize(("known", "label", "own"), SAME_GROUP, ids=[c[1] for c in SAME_GROUP])
def test_new_measure(known: list[str], label: str, own: bool) -> None:
    assert new_measure(known, label) is own


# --- where a list of parts ends, and what can be its whole: passages of our own, claims built by hand ---------

Want = tuple[str, str, tuple[str, ...]]


class Passage(NamedTuple):
    name: str
    text: str
    figs: tuple[F | str, ...]
    want: list[Want]
    absent: tuple[str, ...] = ()  # claim texts no check may cite


def texts(c: Check) -> tuple[str, ...]:
    return tuple(sorted(r.text for r in c.claims))


PASSAGES = [
    Passage(
        "a 其中 list ends at a ；that opens a figure of another measure",
        "全年共查处问题案件312个，处理党员干部468人，其中给予党纪处分395人，移送检察机关审查起诉23人；"
        "督促退还群众款物1826.5万元，惠及群众1.6万人。",
        ("312个", "468人", "395人", "23人", "1826.5万元", "1.6万人"),
        [("subset", "consistent", ("468人", "395人", "23人"))],
        absent=("1.6万人",),
    ),
    Passage(
        "a 其中 list ends at a clause that opens with another period",
        "全县现有星级饭店24家，其中五星级2家、四星级9家、三星级13家，当年新评四星级饭店3家、三星级饭店2家。",
        ("24家", "2家", "9家", "13家", "3家", "2家"),
        [("sum", "consistent", ("24家", "2家", "9家", "13家"))],
        absent=("3家",),
    ),
    Passage(
        "a 其中 list ends at a ；that opens with a new action",
        "全年整合涉农资金2.6亿元，其中中央补助资金约1.1亿元；发放小额信贷3.85亿元。",
        ("2.6亿元", F("1.1亿元", approx="about"), "3.85亿元"),
        [("subset", "consistent", ("2.6亿元", "1.1亿元"))],
        absent=("3.85亿元",),
    ),
    Passage(
        "items that all open with the same period word stay one list",
        "全年受理案件1200件，其中上半年受理500件，下半年受理700件。",
        ("1200件", "500件", "700件"),
        [("sum", "consistent", ("1200件", "500件", "700件"))],
    ),
    Passage(
        "items that all open with the same action word stay one list",
        "全市新增市场主体1200户，其中新增企业300户，新增个体工商户900户。",
        ("1200户", "300户", "900户"),
        [("sum", "consistent", ("1200户", "300户", "900户"))],
    ),
    Passage(
        "a rate that fits the cases closed and not those received is of the cases closed",
        "全年受理各类案件5316件，审结5208件，结案率98.0%；调解结案2290件，调解率44.0%。",
        ("5316件", "5208件", P("98.0%"), "2290件", P("44.0%")),
        [
            ("part_rate", "consistent", ("5316件", "5208件", "98.0%")),
            ("part_rate", "consistent", ("5208件", "2290件", "44.0%")),
        ],
    ),
    Passage(
        "a rate that fits neither stated total is still caught",
        "全年受理各类案件5316件，审结5208件，结案率98.0%；调解结案2290件，调解率46.5%。",
        ("5316件", "5208件", P("98.0%"), "2290件", P("46.5%")),
        [
            ("part_rate", "consistent", ("5316件", "5208件", "98.0%")),
            ("part_rate", "inconsistent", ("5316件", "2290件", "46.5%")),
        ],
    ),
    Passage(
        "a bound that names a class of villages is no part of a bound every village meets",
        "全市行政村集体经济收入均超过5万元，其中超过20万元的村有86个。",
        (F("5万元", approx="more_than"), F("20万元", approx="more_than"), "86个"),
        [],
        absent=("20万元",),
    ),
    Passage(
        "a 分别 list after 共有 is the parts of the 合计 after it",
        "全区共有公办、民办幼儿园分别为46所和19所，合计65所。",
        ("46所", "19所", "65所"),
        [("sum", "consistent", ("46所", "19所", "65所"))],
    ),
    Passage(
        "a 分别 list after 共有 that misses its 合计",
        "全区共有公办、民办幼儿园分别为46所和19所，合计66所。",
        ("46所", "19所", "66所"),
        [("sum", "inconsistent", ("46所", "19所", "66所"))],
    ),
    Passage(
        "a trade surplus is no whole of the trade by kind that follows it",
        "全年外贸进出口总额586.2亿元，其中出口352.6亿元，进口233.6亿元；\n实现贸易顺差119.0亿元。从贸易方式看，"
        "一般贸易进出口402.5亿元，加工贸易进出口96.8亿元。",
        ("586.2亿元", "352.6亿元", "233.6亿元", "119.0亿元", "402.5亿元", "96.8亿元"),
        [("sum", "consistent", ("586.2亿元", "352.6亿元", "233.6亿元"))],
        absent=("119.0亿元",),
    ),
    Passage(
        "a share with no whole near it takes no headline total of another unit or another chapter",
        "（五）医疗救助\n全年资助困难群众参保6.2万人，资助金额2180万元。\n（六）支付方式改革\n"
        "按病种付费医疗机构达到126家，覆盖病种642个，按病种结算基金占比达到76.5%。",
        ("6.2万人", "2180万元", "126家", F("642个", subject="病种"), P("76.5%")),
        [],
        absent=("6.2万人",),
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
