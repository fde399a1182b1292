"""Where a list of parts ends and what its whole can be: `cues.sibling` on labels of our own, and passages."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from checks_claims import F, P, Up, doc
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


# --- relations that were missed: sums of unlike amounts, shares of a target, components of an average ---------
PASSAGES += [
    Passage(
        "amounts of money listed with 、 under 其中 that exceed their whole",
        "全年追回违规资金2.64亿元，其中追回挪用资金1.83亿元、罚没款0.52亿元、滞纳金0.33亿元。",
        ("2.64亿元", "1.83亿元", "0.52亿元", "0.33亿元"),
        [("sum", "inconsistent", ("2.64亿元", "1.83亿元", "0.52亿元", "0.33亿元"))],
    ),
    Passage(
        "amounts of money listed with 、 under 其中 that fall short are no alarm",
        "全年追回违规资金2.64亿元，其中追回挪用资金1.83亿元、罚没款0.52亿元。",
        ("2.64亿元", "1.83亿元", "0.52亿元"),
        [("subset", "consistent", ("2.64亿元", "1.83亿元", "0.52亿元"))],
    ),
    Passage(
        "counts of people by two dimensions under 其中 are no sum",
        "全县有教师860人，其中本科以上学历612人、中级以上职称455人。",
        ("860人", "612人", "455人"),
        [("subset", "consistent", ("860人", "612人", "455人"))],
    ),
    Passage(
        "what was done over the target stated right before the share",
        "全年城镇新增就业3.64万人，完成年度目标任务3.4万人的107.1%。",
        ("3.64万人", "3.4万人", P("107.1%")),
        [("part_rate", "consistent", ("3.4万人", "3.64万人", "107.1%"))],
    ),
    Passage(
        "a share of a target that does not hold",
        "全年新建改建农村公路412公里，完成年度任务380公里的112%。",
        ("412公里", "380公里", P("112%")),
        [("part_rate", "inconsistent", ("380公里", "412公里", "112%"))],
    ),
    Passage(
        "the four components of an income per head add up to it",
        "全县农村居民人均可支配收入21,530元，增长6.8%。其中，工资性收入9,240元，经营净收入7,615元，"
        "财产净收入402元，转移净收入4,273元。",
        ("21,530元", Up("6.8%"), "9,240元", "7,615元", "402元", "4,273元"),
        [("sum", "consistent", ("21,530元", "9,240元", "7,615元", "402元", "4,273元"))],
    ),
    Passage(
        "components of an income per head that do not add up",
        "全县农村居民人均可支配收入21,530元，增长6.8%。其中，工资性收入9,240元，经营净收入7,715元，"
        "财产净收入402元，转移净收入4,273元。",
        ("21,530元", Up("6.8%"), "9,240元", "7,715元", "402元", "4,273元"),
        [("sum", "inconsistent", ("21,530元", "9,240元", "7,715元", "402元", "4,273元"))],
    ),
    Passage(
        "the averages of town and country are no components of the average of all",
        "全体居民人均可支配收入32,150元，其中城镇居民41,200元，农村居民21,800元。",
        ("32,150元", "41,200元", "21,800元"),
        [],
    ),
    Passage(
        "the rest of a graded scale completes the list",
        "全市公路总里程9,860公里，公路密度每百平方公里136.2公里。其中，高速公路318公里、一级公路645公里、"
        "二级公路1,207公里、三级及以下公路7,680公里。",
        ("9,860公里", "136.2公里", "318公里", "645公里", "1,207公里", "7,680公里"),
        [("sum", "inconsistent", ("9,860公里", "318公里", "645公里", "1,207公里", "7,680公里"))],
    ),
    Passage(
        "cumulative grades nest: no sum",
        "全县常住人口52.6万人，其中60岁及以上人口12.3万人、65岁及以上人口9.1万人。",
        ("52.6万人", "12.3万人", "9.1万人"),
        [("subset", "consistent", ("52.6万人", "12.3万人", "9.1万人"))],
    ),
    Passage(
        "a rest of a scale after an item of another kind completes nothing",
        "公司在职员工3,120人，其中研发人员508人；本科及以上学历员工1,046人。",
        ("3,120人", "508人", "1,046人"),
        [("subset", "consistent", ("3,120人", "508人", "1,046人"))],
    ),
    Passage(
        "a table's 合计 row is the sum of each column above it",
        "表3  各街道新建充电桩情况\n街道      充电站(座)   充电桩(个)\n城关街道  12           146\n"
        "滨河街道  9            118\n新城街道  15           203\n合计      36           477\n",
        tuple(F(x, kind="count") for x in ("12", "146", "9", "118", "15", "203", "36", "477")),
        [
            ("sum", "consistent", ("12", "9", "15", "36")),
            ("sum", "inconsistent", ("146", "118", "203", "477")),
        ],
    ),
    Passage(
        "a table's rows set in under its first row are parts of it, not siblings of the rows the 合计 adds up",
        "项目\t金额\n一般公共预算收入\t86.4\n  税收收入\t61.2\n  非税收入\t25.2\n政府性基金收入\t30.5\n合计\t116.9\n",
        tuple(F(x, kind="money") for x in ("86.4", "61.2", "25.2", "30.5", "116.9")),
        [("sum", "consistent", ("116.9", "86.4", "30.5"))],
    ),
]

# --- more lists that run on, wholes named loosely, items that nest --------------------------------------------
PASSAGES += [
    Passage(
        "a ；group that opens with 截至 is no item of the list before it",
        "代表提出建议426件，会后交办到58个承办单位，其中列为重点督办建议的27件；截至10月底，426件建议已全部办复，"
        "代表满意和基本满意的412件，满意率96.7%。",
        ("426件", "58个", "27件", "426件", "412件", P("96.7%")),
        [("subset", "consistent", ("426件", "27件"))],
        absent=("58个",),
    ),
    Passage(
        "a sentence scoped by 投诉热点 lists no parts of the complaints settled, and 投诉总量 is the complaints",
        "全年受理消费者投诉、举报、咨询11.38万件，其中投诉4.86万件，举报1.62万件，咨询4.90万件。办结投诉4.81万件，"
        "通过在线纠纷解决企业直接和解投诉5200件。投诉热点中，预付式消费投诉7130件，占投诉总量的14.7%；"
        "网络购物投诉1.72万件，占35.4%。",
        ("11.38万件", "4.86万件", "1.62万件", "4.90万件", F("4.81万件", subject="投诉"), "5200件",
         "7130件", P("14.7%"), "1.72万件", P("35.4%")),
        [
            ("sum", "consistent", ("11.38万件", "4.86万件", "1.62万件", "4.90万件")),
            ("part_rate", "consistent", ("4.86万件", "7130件", "14.7%")),
            ("part_rate", "consistent", ("4.86万件", "1.72万件", "35.4%")),
        ],
        absent=("5200件",),
    ),
    Passage(
        "占各项贷款的 is of the loans named so, not of the short-term loans that share the word",
        "年末各项贷款余额8426.35亿元。短期贷款余额1986.42亿元；中长期贷款余额6293.17亿元，占各项贷款的74.7%。",
        ("8426.35亿元", "1986.42亿元", "6293.17亿元", P("74.7%")),
        [("part_rate", "consistent", ("8426.35亿元", "6293.17亿元", "74.7%"))],
    ),
    Passage(
        "a kind named with the head of its whole's name ends its list at a name without it",
        "制造业贷款余额986.4亿元，其中制造业中长期贷款余额452.3亿元；普惠小微贷款余额1064.8亿元。",
        ("986.4亿元", "452.3亿元", "1064.8亿元"),
        [("subset", "consistent", ("986.4亿元", "452.3亿元"))],
        absent=("1064.8亿元",),
    ),
    Passage(
        "items built unlike each other do not take a ；clause that echoes none of them",
        "基金收入52.36亿元，其中个人缴费14.08亿元，财政补贴36.45亿元；基金支出39.27亿元；年末累计结余106.8亿元。",
        ("52.36亿元", "14.08亿元", "36.45亿元", "39.27亿元", "106.8亿元"),
        [("subset", "consistent", ("52.36亿元", "14.08亿元", "36.45亿元"))],
        absent=("106.8亿元", "39.27亿元"),
    ),
    Passage(
        "projects at two stages nest: no sum",
        "新签约项目72个，其中已开工项目53个，已投产项目26个。",
        ("72个", "53个", "26个"),
        [("subset", "consistent", ("72个", "53个", "26个"))],
    ),
    Passage(
        "projects above two bounds nest: no sum",
        "签约项目91个，协议总投资436.2亿元。其中，亿元以上项目63个，协议投资402.8亿元；10亿元以上项目14个，"
        "协议投资231.5亿元。",
        ("91个", "436.2亿元", "63个", "402.8亿元", "14个", "231.5亿元"),
        [("subset", "consistent", ("436.2亿元", "402.8亿元", "231.5亿元"))],
    ),
    Passage(
        "enterprises, individual businesses and cooperatives are all the market entities",
        "全市实有市场主体42.15万户，其中企业11.62万户；个体工商户30.12万户；农民专业合作社4800户。",
        ("42.15万户", "11.62万户", "30.12万户", "4800户"),
        [("sum", "inconsistent", ("42.15万户", "11.62万户", "30.12万户", "4800户"))],
    ),
]

PASSAGES += [
    Passage(
        "加上 items and the headline revenue before them make the 收入总计",
        "一、预算执行\n全县一般公共预算收入完成31.46亿元，同比增长5.2%。其中，税收收入22.35亿元，非税收入9.11亿元。\n"
        "加上上级补助收入28.64亿元、债务转贷收入7.25亿元、上年结转收入2.08亿元，收入总计69.43亿元。\n"
        "全县一般公共预算支出完成58.72亿元，同比增长3.1%。加上上解上级支出1.46亿元、债务还本支出6.85亿元，"
        "支出总计66.93亿元。",
        ("31.46亿元", Up("5.2%"), "22.35亿元", "9.11亿元", "28.64亿元", "7.25亿元", "2.08亿元", "69.43亿元",
         "58.72亿元", Up("3.1%"), "1.46亿元", "6.85亿元", "66.93亿元"),
        [
            ("sum", "consistent", ("31.46亿元", "22.35亿元", "9.11亿元")),
            ("sum", "consistent", ("69.43亿元", "31.46亿元", "28.64亿元", "7.25亿元", "2.08亿元")),
            ("sum", "inconsistent", ("66.93亿元", "58.72亿元", "1.46亿元", "6.85亿元")),
        ],
    ),
    Passage(
        "a table with cells set apart by single spaces and its 合计 row",
        "区域 小区数(个) 投资(万元)\n东城区 38 26850\n西城区 42 27320\n合计 80 54370\n",
        tuple(F(x, kind=k) for x, k in (("38", "count"), ("26850", "money"), ("42", "count"), ("27320", "money"),
                                        ("80", "count"), ("54370", "money"))),
        [("sum", "consistent", ("38", "42", "80")), ("sum", "inconsistent", ("26850", "27320", "54370"))],
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
