"""Each rule on hand-built claim lists: which claims it ties together, and the verdict.

A case is a text, its figures (see checks_claims.py) and the checks expected, each as
(rule, verdict, the texts of the claims it cites). Any other check the case yields must not be
`inconsistent`: a false alarm costs more than a miss. Sentences are ours, written in the styles of
法治政府建设报告, 统计公报, court work reports and company annual reports.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from checks_claims import Down, F, P, R, Up, doc
from jzreport.checks import run_checks
from jzreport.records import Check, Claim


class Case(NamedTuple):
    name: str
    claims: list[Claim]
    want: list[tuple[str, str, tuple[str, ...]]]
    text: str | None = None  # given to run_checks when the case is about the layout of the text


def case(
    name: str, text: str, *figs: F | str, want: list[tuple[str, str, tuple[str, ...]]], layout: bool = False
) -> Case:
    return Case(name, doc(text, *figs), want, text if layout else None)


def texts(c: Check) -> tuple[str, ...]:
    return tuple(sorted(r.text for r in c.claims))


def assert_checks(
    claims: list[Claim], want: list[tuple[str, str, tuple[str, ...]]], text: str | None = None
) -> list[Check]:
    got = run_checks(claims, text)
    unmatched = list(got)
    for rule, verdict, cited in want:
        hit = next((c for c in unmatched if c.rule == rule and texts(c) == tuple(sorted(cited))), None)
        assert hit is not None, f"no {rule} over {cited}; got {[(c.rule, texts(c), c.verdict) for c in got]}"
        assert hit.verdict == verdict, hit.explanation
        unmatched.remove(hit)
    alarms = [c.explanation for c in unmatched if c.verdict == "inconsistent"]
    assert not alarms, alarms
    return got


CHANGE_RATE = [
    case(
        "from-to, rounded",
        "报批材料由90项减少至10项,材料减少率达88.9%。",
        F("90项", role="before"),
        F("10项", role="after"),
        Down("88.9%"),
        want=[("change_rate", "consistent", ("90项", "10项", "88.9%"))],
    ),
    case(
        "from-to, a saving named by its verb",
        "企业开办时间由5个工作日压缩至1个工作日,压缩80%。",
        F("5个工作日", role="before"),
        F("1个工作日", role="after"),
        Down("80%"),
        want=[("change_rate", "consistent", ("5个工作日", "1个工作日", "80%"))],
    ),
    case(
        "from-to, wrong rate",
        "审批时限由20天压缩至6天,压缩率达75%。",
        F("20天", role="before"),
        F("6天", role="after"),
        Down("75%"),
        want=[("change_rate", "inconsistent", ("20天", "6天", "75%"))],
    ),
    case(
        "baseline value after 较上年的",
        "公司实现营业收入45.67亿元,较上年的40.65亿元增长12.35%。",
        "45.67亿元",
        "40.65亿元",
        Up("12.35%"),
        want=[("change_rate", "consistent", ("45.67亿元", "40.65亿元", "12.35%"))],
    ),
    case(
        "rounded inputs widen the range",
        "出口额由12.5亿美元增至15.3亿美元,增长22.4%。",
        F("12.5亿美元", role="before"),
        F("15.3亿美元", role="after"),
        Up("22.4%"),
        want=[("change_rate", "consistent", ("12.5亿美元", "15.3亿美元", "22.4%"))],
    ),
    case(
        "earlier value implied by the change count",
        "刑事案件262件,同比下降2.60%,同比减少7件;执行案件2018件,同比下降5.21%,同比减少111件。",
        "262件",
        Down("2.60%"),
        Down("7件"),
        "2018件",
        Down("5.21%"),
        Down("111件"),
        want=[
            ("change_rate", "consistent", ("262件", "2.60%", "7件")),
            ("change_rate", "consistent", ("2018件", "5.21%", "111件")),
        ],
    ),
    case(
        "implied earlier value, wrong rate",
        "民商事案件5623件,同比上升6.02%,同比增加269件。",
        "5623件",
        Up("6.02%"),
        Up("269件"),
        want=[("change_rate", "inconsistent", ("5623件", "6.02%", "269件"))],
    ),
    case(
        "an increase larger than the value it led to",
        "行政非诉审查案件21件,同比上升152.78%,同比增加55件。",
        "21件",
        Up("152.78%"),
        Up("55件"),
        want=[("change_rate", "inconsistent", ("21件", "152.78%", "55件"))],
    ),
    case(
        "times, nearly",
        "直接纠错236件,较去年60件增长了近3倍。",
        "236件",
        "60件",
        Up("3倍", approx="about"),
        want=[("change_rate", "consistent", ("236件", "60件", "3倍"))],
    ),
    case(
        "times, wrong",
        "直接纠错236件,较去年60件增长了1倍。",
        "236件",
        "60件",
        Up("1倍"),
        want=[("change_rate", "inconsistent", ("236件", "60件", "1倍"))],
    ),
    case(
        "over-fulfilment of a plan, Chinese numerals",
        "全年植树造林三万六千亩,超额完成了原定三万亩造林计划的百分之二十。",
        "三万六千亩",
        "三万亩",
        P("百分之二十"),
        want=[("change_rate", "consistent", ("三万六千亩", "三万亩", "百分之二十"))],
    ),
]

CHANGE_RATE += [
    case(
        "two dated figures: the later year is the current one",
        "2022年末全市户籍人口为150.2万人,2023年末为148.6万人,减少1.6万人,下降1.1%。",
        "150.2万人",
        "148.6万人",
        Down("1.6万人"),
        Down("1.1%"),
        want=[
            ("change_rate", "consistent", ("150.2万人", "148.6万人", "1.1%")),
            ("diff", "consistent", ("150.2万人", "1.6万人", "148.6万人")),
        ],
    ),
    case(
        "a from-to pair with years inside, not linked by the extractor",
        "全市森林覆盖率由2020年的42.3%提高到2023年的44.1%,提高了1.8个百分点。",
        P("42.3%"),
        P("44.1%"),
        Up("1.8个百分点"),
        want=[("point_change", "consistent", ("42.3%", "44.1%", "1.8个百分点"))],
    ),
]

DIFF = [
    case(
        "baseline plus stated increase",
        "区政府共收到行政复议申请1113件,较2022年558件增加了555件,同比增长99.5%。",
        "1113件",
        "558件",
        Up("555件"),
        Up("99.5%"),
        want=[
            ("diff", "consistent", ("558件", "555件", "1113件")),
            ("change_rate", "consistent", ("558件", "1113件", "99.5%")),
        ],
    ),
    case(
        "baseline plus wrong increase",
        "全市共有执业律师1860名,比上年末的1702名增加168名。",
        "1860名",
        "1702名",
        Up("168名"),
        want=[("diff", "inconsistent", ("1860名", "1702名", "168名"))],
    ),
    case(
        "rounded figures",
        "年末常住人口90.9万人,比上年末的90.6万人增加0.3万人。",
        "90.9万人",
        "90.6万人",
        Up("0.3万人"),
        want=[("diff", "consistent", ("90.9万人", "90.6万人", "0.3万人"))],
    ),
]

POINT_CHANGE = [
    case(
        "from-to rates",
        "全市森林覆盖率由42.3%提高到44.1%,提高了1.8个百分点。",
        P("42.3%", role="before"),
        P("44.1%", role="after"),
        Up("1.8个百分点"),
        want=[("point_change", "consistent", ("42.3%", "44.1%", "1.8个百分点"))],
    ),
    case(
        "baseline rate",
        "公司综合毛利率为28.4%,较上年同期的30.1%下降1.7个百分点。",
        P("28.4%"),
        P("30.1%"),
        Down("1.7个百分点"),
        want=[("point_change", "consistent", ("28.4%", "30.1%", "1.7个百分点"))],
    ),
    case(
        "wrong points",
        "常住人口城镇化率由56.2%提高到58.2%,提高1.5个百分点。",
        P("56.2%", role="before"),
        P("58.2%", role="after"),
        Up("1.5个百分点"),
        want=[("point_change", "inconsistent", ("56.2%", "58.2%", "1.5个百分点"))],
    ),
]

PART_RATE = [
    case(
        "cut off reading",
        "全市各级各类调解组织共受理纠纷11933起,调解成功11929件,调解成功率达99.9%。",
        "11933起",
        "11929件",
        P("99.9%"),
        want=[("part_rate", "consistent", ("11933起", "11929件", "99.9%"))],
    ),
    case(
        "wrong rate",
        "受理劳动争议纠纷2000起,调解成功1900件,调解成功率达99.5%。",
        "2000起",
        "1900件",
        P("99.5%"),
        want=[("part_rate", "inconsistent", ("2000起", "1900件", "99.5%"))],
    ),
    case(
        "base named by 中",
        "在抽检的320批次产品中,合格310批次,合格率96.9%。",
        "320批次",
        "310批次",
        P("96.9%"),
        want=[("part_rate", "consistent", ("320批次", "310批次", "96.9%"))],
    ),
    case(
        "numerator named otherwise than the rate",
        "全年共受理各类案件12356件,审结11890件,结案率96.23%。",
        "12356件",
        "11890件",
        P("96.23%"),
        want=[("part_rate", "consistent", ("12356件", "11890件", "96.23%"))],
    ),
    case(
        "share of the whole it names",
        "全年一般公共预算收入35.6亿元,其中税收收入27.8亿元,占一般公共预算收入的比重为78.1%。",
        "35.6亿元",
        "27.8亿元",
        P("78.1%"),
        want=[
            ("part_rate", "consistent", ("35.6亿元", "27.8亿元", "78.1%")),
            ("subset", "consistent", ("35.6亿元", "27.8亿元")),
        ],
    ),
    case(
        "shares of a 其中 list",
        "全年共处理投诉举报1250件。其中,投诉类860件,占68.8%;举报类390件,占31.2%。",
        "1250件",
        "860件",
        P("68.8%"),
        "390件",
        P("31.2%"),
        want=[
            ("part_rate", "consistent", ("1250件", "860件", "68.8%")),
            ("part_rate", "consistent", ("1250件", "390件", "31.2%")),
            ("sum", "consistent", ("1250件", "860件", "390件")),
        ],
    ),
    case(
        "shares of a 其中 list that miss the stated total",
        "共受理群众诉求5000件。其中,咨询类2400件,占60%;求助类1200件,占30%;其他类400件,占10%。",
        "5000件",
        "2400件",
        P("60%"),
        "1200件",
        P("30%"),
        "400件",
        P("10%"),
        want=[
            ("part_rate", "inconsistent", ("5000件", "2400件", "60%")),
            ("part_rate", "inconsistent", ("5000件", "1200件", "30%")),
            ("part_rate", "inconsistent", ("5000件", "400件", "10%")),
            ("sum", "inconsistent", ("5000件", "2400件", "1200件", "400件")),
            ("sum", "consistent", ("60%", "30%", "10%")),
        ],
    ),
    case(
        "rounded inputs: 30.00万 / 150.13万 = 19.99%",
        "项目总投资150.13万元,其中专项资金30.00万元,占19.99%。",
        "150.13万元",
        "30.00万元",
        P("19.99%"),
        want=[
            ("part_rate", "consistent", ("150.13万元", "30.00万元", "19.99%")),
            ("subset", "consistent", ("150.13万元", "30.00万元")),
        ],
    ),
    case(
        "margin of revenue, this year and last",
        "本集团的收入为人民币5.20亿元,较上年人民币4.80亿元增加8.3%。"
        "本集团的毛利为人民币1.30亿元,较上年人民币1.10亿元增长18.2%;本集团的毛利率为25.0%,与上年22.9%相比有所提升。",
        F("5.20亿元", subject="收入"),
        "4.80亿元",
        Up("8.3%"),
        F("1.30亿元", subject="毛利"),
        "1.10亿元",
        Up("18.2%"),
        P("25.0%", subject="毛利率"),
        P("22.9%"),
        want=[
            ("change_rate", "consistent", ("5.20亿元", "4.80亿元", "8.3%")),
            ("change_rate", "consistent", ("1.30亿元", "1.10亿元", "18.2%")),
            ("part_rate", "consistent", ("5.20亿元", "1.30亿元", "25.0%")),
            ("part_rate", "consistent", ("4.80亿元", "1.10亿元", "22.9%")),
        ],
    ),
    case(
        "two-sided ratio",
        "城镇居民人均可支配收入48562元,农村居民人均可支配收入26108元,城乡居民收入比为1.86:1。",
        F("48562元", subject="城镇居民人均可支配收入"),
        F("26108元", subject="农村居民人均可支配收入"),
        R("1.86"),
        R("1"),
        want=[("part_rate", "consistent", ("48562元", "26108元", "1.86", "1"))],
    ),
    case(
        "either of two stated totals may be the base",
        "收到申请120件,受理110件,办结100件,办结率83.3%。",
        "120件",
        "110件",
        "100件",
        P("83.3%"),
        want=[("part_rate", "consistent", ("120件", "100件", "83.3%"))],
    ),
    case(
        "either of two totals, neither fits: not a false alarm",
        "收到申请120件,受理110件,办结100件,办结率50%。",
        "120件",
        "110件",
        "100件",
        P("50%"),
        want=[("part_rate", "unverifiable", ("110件", "100件", "50%"))],
    ),
]

PART_RATE += [
    case(
        "two rates of one base in one sentence",
        "区政府审结的复议案件977件中直接纠错236件,纠错率24.2%,以调解、和解等方式结案170件,调解率17.4%。",
        "977件",
        "236件",
        P("24.2%"),
        "170件",
        P("17.4%"),
        want=[
            ("part_rate", "consistent", ("977件", "236件", "24.2%")),
            ("part_rate", "consistent", ("977件", "170件", "17.4%")),
        ],
    ),
    case(
        "a whole named in an earlier chapter",
        "一、经营情况\n报告期内,公司实现营业收入86.35亿元,同比增长14.5%。\n二、研发投入\n研发投入4.26亿元,占营业收入的4.9%。",
        "86.35亿元",
        Up("14.5%"),
        "4.26亿元",
        P("4.9%"),
        want=[("part_rate", "consistent", ("86.35亿元", "4.26亿元", "4.9%"))],
    ),
    case(
        "a numerator named by the last word of the rate",
        "开展执法检查320次,发现问题156个,已整改148个,整改率94.9%。",
        "320次",
        "156个",
        "148个",
        P("94.9%"),
        want=[("part_rate", "consistent", ("156个", "148个", "94.9%"))],
    ),
]

PART_RATE += [
    case(
        "a share the extractor called a change: its words say share",
        "该中心790件审批服务事项中,3天内办结的事项由原来的361件,增加到732件,占事项总数的92.7%。",
        F("790件", subject="审批服务事项"),
        F("361件", role="before"),
        F("732件", role="after"),
        Up("92.7%"),
        want=[("part_rate", "consistent", ("790件", "732件", "92.7%"))],
    ),
    case(
        "a change the extractor called a percent: its verb says change",
        "公司实现营业收入45.67亿元,较上年的40.65亿元增长12.35%。",
        "45.67亿元",
        "40.65亿元",
        P("12.35%"),
        want=[("change_rate", "consistent", ("45.67亿元", "40.65亿元", "12.35%"))],
    ),
]

NO_PAIRING = [
    case(
        "a share of a whole that is not stated",
        "已公布事项893件,占全市行政事项总数的93.90%。",
        "893件",
        P("93.90%"),
        want=[],
    ),
    case(
        "a share whose own subject is not the figure before it",
        "全年接待游客500万人次,旅游收入占地区生产总值的8%。",
        "500万人次",
        P("8%"),
        want=[],
    ),
    case(
        "a change since the start of the year and a change on last year",
        "各项贷款余额856.3亿元,比年初增加72.5亿元,同比增长10.2%。",
        "856.3亿元",
        Up("72.5亿元"),
        Up("10.2%"),
        want=[],
    ),
    case(
        "two rates and nothing to compare them with",
        "11月份受理诉求8500件,环比增长5.2%,同比增长12.6%。",
        "8500件",
        Up("5.2%"),
        Up("12.6%"),
        want=[],
    ),
    case(
        "a from-to pair with no stated change",
        "高等学校由108所增至110所,在校学生由105.5万人增至125.9万人。",
        F("108所", role="before"),
        F("110所", role="after"),
        F("105.5万人", role="before"),
        F("125.9万人", role="after"),
        want=[],
    ),
    case(
        "a change in points with no earlier rate",
        "常住人口城镇化率58.2%,比上年末提高1.1个百分点。",
        P("58.2%"),
        Up("1.1个百分点"),
        want=[],
    ),
]

NO_PAIRING += [
    case(
        "分别 after named items means respectively",
        "全市一般公共预算收入68.52亿元;城乡居民人均可支配收入分别达到48652元、25368元。",
        "68.52亿元",
        "48652元",
        "25368元",
        want=[],
    ),
    case(
        "a rate whose name shares only a generic word with the figure before it",
        "全年抽检食品样品1200批次,查处食品安全案件320件,食品抽检合格率98.5%。",
        "1200批次",
        "320件",
        P("98.5%"),
        want=[("grim", "consistent", ("1200批次", "98.5%"))],
    ),
    case(
        "a satisfaction rate is not of the count before it",
        "共受理群众诉求536件,群众满意率96.8%。",
        "536件",
        P("96.8%"),
        want=[],
    ),
]

SUM = [
    case(
        "three industries make the GDP, with rounding slack",
        "全年地区生产总值512.36亿元,比上年增长5.8%。其中,第一产业增加值49.18亿元,增长3.2%;"
        "第二产业增加值211.07亿元,增长6.9%;第三产业增加值252.12亿元,增长5.3%。",
        "512.36亿元",
        Up("5.8%"),
        "49.18亿元",
        Up("3.2%"),
        "211.07亿元",
        Up("6.9%"),
        "252.12亿元",
        Up("5.3%"),
        want=[("sum", "consistent", ("512.36亿元", "49.18亿元", "211.07亿元", "252.12亿元"))],
    ),
    case(
        "three industries that do not make the GDP",
        "全年地区生产总值512.36亿元。其中,第一产业增加值49.18亿元,第二产业增加值201.07亿元,第三产业增加值252.11亿元。",
        "512.36亿元",
        "49.18亿元",
        "201.07亿元",
        "252.11亿元",
        want=[("sum", "inconsistent", ("512.36亿元", "49.18亿元", "201.07亿元", "252.11亿元"))],
    ),
    case(
        "包括 list",
        "已完成审查任务6件,包括审核规范性文件1件、重大行政决策1件、其他文件2件、部门报备2件。",
        "6件",
        "1件",
        "1件",
        "2件",
        "2件",
        want=[("sum", "consistent", ("6件", "1件", "1件", "2件", "2件"))],
    ),
    case(
        "complete list that falls short",
        "已完成审查任务8件,包括审核规范性文件1件、重大行政决策1件、其他文件2件。",
        "8件",
        "1件",
        "1件",
        "2件",
        want=[("sum", "inconsistent", ("8件", "1件", "1件", "2件"))],
    ),
    case(
        "parallel parts that exceed their whole",
        "全市法律援助机构共受理法律援助案件2568件,其中民事案件1820件,刑事案件748件,行政案件100件。",
        "2568件",
        "1820件",
        "748件",
        "100件",
        want=[("sum", "inconsistent", ("2568件", "1820件", "748件", "100件"))],
    ),
    case(
        "what was received = what is done + what is open",
        "受理省派工单2917件,已处理完毕2349件,处于办结时限内正在办理568件。",
        "2917件",
        "2349件",
        "568件",
        want=[("sum", "consistent", ("2917件", "2349件", "568件"))],
    ),
    case(
        "done + open that miss the received",
        "受理省派工单2917件,已处理完毕2249件,正在办理568件。",
        "2917件",
        "2249件",
        "568件",
        want=[("sum", "inconsistent", ("2917件", "2249件", "568件"))],
    ),
    case(
        "structure ratio",
        "三次产业结构为9.6:41.2:49.2。",
        R("9.6"),
        R("41.2"),
        R("49.2"),
        want=[("sum", "consistent", ("9.6", "41.2", "49.2"))],
    ),
    case(
        "structure ratio that misses 100",
        "三次产业结构为9.6:41.2:45.2。",
        R("9.6"),
        R("41.2"),
        R("45.2"),
        want=[("sum", "inconsistent", ("9.6", "41.2", "45.2"))],
    ),
    case(
        "money in 亿 with a 其中 list of funds",
        "全年争取上级资金3.56亿元,其中中央资金1.25亿元,省级资金1.68亿元,市级资金0.63亿元。",
        "3.56亿元",
        "1.25亿元",
        "1.68亿元",
        "0.63亿元",
        want=[("sum", "consistent", ("3.56亿元", "1.25亿元", "1.68亿元", "0.63亿元"))],
    ),
    case(
        "sibling 其中 blocks, one part of each total per block",
        "二、义务教育\n全县共有义务教育阶段学校45所,招生9120人,专任教师2860人。\n"
        "其中普通小学31所,小学招生5300人。小学共有专任教师1700人。\n"
        "其中普通初中14所。初中招生3820人。初中共有专任教师1160人。",
        "45所",
        "9120人",
        "2860人",
        "31所",
        "5300人",
        "1700人",
        "14所",
        "3820人",
        "1160人",
        want=[
            ("sum", "consistent", ("45所", "31所", "14所")),
            ("sum", "consistent", ("9120人", "5300人", "3820人")),
            ("sum", "consistent", ("2860人", "1700人", "1160人")),
        ],
    ),
    case(
        "a section that opens with its total",
        "2、结案情况\n1-6月审执结各类案件3500件,同比上升2.1%。\n"
        "审结民商事案件2100件,同比上升3.0%;审结刑事案件400件,同比下降1.2%。\n"
        "执结执行案件1000件,同比上升1.5%。",
        "3500件",
        Up("2.1%"),
        "2100件",
        Up("3.0%"),
        "400件",
        Down("1.2%"),
        "1000件",
        Up("1.5%"),
        want=[("sum", "consistent", ("3500件", "2100件", "400件", "1000件"))],
    ),
    case(
        "shares of a complete list make 100",
        "全年共处理诉求2000件。其中,咨询类1000件,占50%;求助类600件,占30%;其他类400件,占20%。",
        "2000件",
        "1000件",
        P("50%"),
        "600件",
        P("30%"),
        "400件",
        P("20%"),
        want=[
            ("sum", "consistent", ("50%", "30%", "20%")),
            ("sum", "consistent", ("2000件", "1000件", "600件", "400件")),
            ("part_rate", "consistent", ("2000件", "1000件", "50%")),
            ("part_rate", "consistent", ("2000件", "600件", "30%")),
            ("part_rate", "consistent", ("2000件", "400件", "20%")),
        ],
    ),
]

SUM += [
    case(
        "a total after its items",
        "全年审结民事案件600件,同比增长5%;刑事案件300件,行政案件120件,合计1000件。",
        "600件",
        Up("5%"),
        "300件",
        "120件",
        "1000件",
        want=[("sum", "inconsistent", ("600件", "300件", "120件", "1000件"))],
    ),
    case(
        "a breakdown by a dimension of the sentence before",
        "全年社会消费品零售总额126.38亿元,比上年增长7.8%。按经营地分,城镇消费品零售额98.52亿元,增长8.1%;"
        "乡村消费品零售额27.86亿元,增长6.7%。",
        "126.38亿元",
        Up("7.8%"),
        "98.52亿元",
        Up("8.1%"),
        "27.86亿元",
        Up("6.7%"),
        want=[("sum", "consistent", ("126.38亿元", "98.52亿元", "27.86亿元"))],
    ),
    case(
        "town and country make the whole",
        "年末户籍总人口52.36万人。其中,城镇人口28.65万人,乡村人口20.71万人。",
        "52.36万人",
        "28.65万人",
        "20.71万人",
        want=[("sum", "inconsistent", ("52.36万人", "28.65万人", "20.71万人"))],
    ),
    case(
        "per-head figures do not add up",
        "全县居民人均可支配收入35268元。按常住地分,城镇居民人均可支配收入46853元,农村居民人均可支配收入23512元。",
        "35268元",
        "46853元",
        "23512元",
        want=[],
    ),
]

SUBSET = [
    case(
        "其中 one part",
        "办理人大代表建议114条,其中重点建议10条。",
        "114条",
        "10条",
        want=[("subset", "consistent", ("114条", "10条"))],
    ),
    case(
        "其中 part larger than its whole",
        "办理人大代表建议14条,其中重点建议20条。",
        "14条",
        "20条",
        want=[("subset", "inconsistent", ("14条", "20条"))],
    ),
    case(
        "bracketed part",
        "审结民商事案件4822件(含再审1件),与去年持平。",
        "4822件",
        "1件",
        want=[("subset", "consistent", ("4822件", "1件"))],
    ),
    case(
        "part by definition",
        "全县中小学共有教职工3269人,专任教师3150人。",
        "3269人",
        "3150人",
        want=[("subset", "consistent", ("3269人", "3150人"))],
    ),
    case(
        "stages of one task are not disjoint parts",
        "全区共排查安全隐患1260处,整改1180处、销号1020处。",
        "1260处",
        "1180处",
        "1020处",
        want=[("subset", "consistent", ("1260处", "1180处", "1020处"))],
    ),
    case(
        "parts across dimensions may overlap",
        "全年组织培训行政执法人员3200人次,其中领导干部420人次,新录用人员1860人次,女性执法人员1300人次。",
        "3200人次",
        "420人次",
        "1860人次",
        "1300人次",
        want=[("subset", "consistent", ("3200人次", "420人次", "1860人次", "1300人次"))],
    ),
    case(
        "a 其中 list that need not be complete",
        "受理行政复议申请1033件,其中决定维持435件,驳回申请136件。",
        "1033件",
        "435件",
        "136件",
        want=[("subset", "consistent", ("1033件", "435件", "136件"))],
    ),
]

GRIM = [
    case(
        "some whole count gives the rate",
        "收到行政诉讼诉前调解移送函106件,诉前调解成功率达50%。",
        "106件",
        P("50%"),
        want=[("grim", "consistent", ("106件", "50%"))],
    ),
    case(
        "no whole count gives the rate: its base may differ",
        "全年受理各类复议案件255件,复议调解结案率38.3%。",
        "255件",
        P("38.3%"),
        want=[("grim", "unverifiable", ("255件", "38.3%"))],
    ),
    case(
        "a cut-off rate of a small count",
        "共抽查企业48家,合格率为93.7%。",
        "48家",
        P("93.7%"),
        want=[("grim", "consistent", ("48家", "93.7%"))],
    ),
]

YEARLY = [
    case(
        "a yearly average over the years stated at both ends",
        "全市粮食总产量由2019年的85.6万吨增加到2023年的97.3万吨,年均增长3.3%。",
        F("85.6万吨", role="before"),
        F("97.3万吨", role="after"),
        Up("3.3%"),
        want=[("change_rate", "consistent", ("85.6万吨", "97.3万吨", "3.3%"))],
    ),
    case(
        "a yearly average that does not compound to the change",
        "全市粮食总产量由2019年的85.6万吨增加到2023年的97.3万吨,年均增长4.3%。",
        F("85.6万吨", role="before"),
        F("97.3万吨", role="after"),
        Up("4.3%"),
        want=[("change_rate", "inconsistent", ("85.6万吨", "97.3万吨", "4.3%"))],
    ),
    case(
        "a yearly fall",
        "全县农村低收入人口由2018年末的3.6万人减少到2021年末的0.9万人,年均下降37.0%。",
        F("3.6万人", role="before"),
        F("0.9万人", role="after"),
        Down("37.0%"),
        want=[("change_rate", "consistent", ("3.6万人", "0.9万人", "37.0%"))],
    ),
    case(
        "a yearly average with the end year unstated is not the total change",
        "全县地区生产总值由2019年的286.4亿元增加到352.7亿元,按现价计算年均增长5.3%。",
        F("286.4亿元", role="before"),
        F("352.7亿元", role="after"),
        Up("5.3%"),
        want=[("change_rate", "unverifiable", ("286.4亿元", "352.7亿元", "5.3%"))],
    ),
    case(
        "the total change and the yearly average side by side",
        "全市粮食总产量由2019年的85.6万吨增加到2023年的97.3万吨,增长13.7%,年均增长3.3%。",
        F("85.6万吨", role="before"),
        F("97.3万吨", role="after"),
        Up("13.7%"),
        Up("3.3%"),
        want=[
            ("change_rate", "consistent", ("85.6万吨", "97.3万吨", "13.7%")),
            ("change_rate", "consistent", ("85.6万吨", "97.3万吨", "3.3%")),
        ],
    ),
]

YEARLY += [
    case(
        "a yearly amount is not the whole change",
        "全市常住人口由2020年的88.2万人增加到2023年的90.9万人,年均增加0.9万人。",
        F("88.2万人", role="before"),
        F("90.9万人", role="after"),
        Up("0.9万人"),
        want=[],
    ),
]

LIST_ENDS = [
    case(
        "a list closed by its rest item, then a new predicate after ；",
        "全年审查行政规范性文件28件,其中经济类9件、社会类7件、环境类8件、其他类5件;报市政府备案28件。",
        "28件",
        "9件",
        "7件",
        "8件",
        "5件",
        "28件",
        want=[("sum", "inconsistent", ("28件", "9件", "7件", "8件", "5件"))],
    ),
    case(
        "the same list when it adds up",
        "全年审查行政规范性文件28件,其中经济类9件、社会类7件、环境类8件、其他类4件;报市政府备案28件。",
        "28件",
        "9件",
        "7件",
        "8件",
        "4件",
        "28件",
        want=[("sum", "consistent", ("28件", "9件", "7件", "8件", "4件"))],
    ),
    case(
        "an item of another period after ；",
        "全年新设经营主体5300户,其中企业1800户、个体工商户3500户;第四季度新设经营主体1400户。",
        "5300户",
        "1800户",
        "3500户",
        "1400户",
        want=[("sum", "consistent", ("5300户", "1800户", "3500户"))],
    ),
    case(
        "kinds of the whole, then a sibling of the whole after ；",
        "年末移动电话用户96.5万户,其中5G移动电话用户52.3万户;固定宽带接入用户31.8万户。",
        F("96.5万户", subject="移动电话用户"),
        "52.3万户",
        "31.8万户",
        want=[("subset", "consistent", ("96.5万户", "52.3万户"))],
    ),
    case(
        "items alike go on after ；",
        "全年受理信访事项860件,其中来信类310件,占36.0%;来访类550件,占64.0%。",
        "860件",
        "310件",
        P("36.0%"),
        "550件",
        P("64.0%"),
        want=[
            ("sum", "consistent", ("860件", "310件", "550件")),
            ("part_rate", "consistent", ("860件", "310件", "36.0%")),
            ("part_rate", "consistent", ("860件", "550件", "64.0%")),
        ],
    ),
]

ACCEPTED = [
    case(
        "received = accepted + refused; the close rate is of one of the totals",
        "全年共收到行政复议申请210件,依法受理188件,不予受理22件;审结170件,结案率93.4%。",
        "210件",
        "188件",
        "22件",
        "170件",
        P("93.4%"),
        want=[
            ("sum", "consistent", ("210件", "188件", "22件")),
            ("part_rate", "unverifiable", ("188件", "170件", "93.4%")),
        ],
    ),
    case(
        "accepted + refused exceed what was received",
        "全年共收到行政复议申请200件,依法受理188件,不予受理22件。",
        "200件",
        "188件",
        "22件",
        want=[("sum", "inconsistent", ("200件", "188件", "22件"))],
    ),
    case(
        "accepted + refused that fall short may leave some unsaid",
        "全年共收到行政复议申请215件,依法受理188件,不予受理22件。",
        "215件",
        "188件",
        "22件",
        want=[("subset", "consistent", ("215件", "188件", "22件"))],
    ),
    case(
        "a longer list than accepted and refused",
        "全年共收到行政复议申请210件,依法受理180件,不予受理22件,告知8件。",
        "210件",
        "180件",
        "22件",
        "8件",
        want=[],
    ),
    case(
        "a pass rate is not of the failed count",
        "在抽检的320批次产品中,合格300批次,不合格20批次,合格率93.8%。",
        "320批次",
        "300批次",
        "20批次",
        P("93.8%"),
        want=[
            ("part_rate", "consistent", ("320批次", "300批次", "93.8%")),
            ("sum", "consistent", ("320批次", "300批次", "20批次")),
        ],
    ),
]

FAR_WHOLES = [
    case(
        "a list that opens its sentence takes an unnamed whole only from the sentence right before",
        "职工薪酬总额为人民币5.2亿元,较上年增长6.1%。公司计划新增产能不少于5万吨。"
        "其中,新建项目预计每年新增收入约12亿元;技术改造计划投资3.5亿元。",
        "5.2亿元",
        Up("6.1%"),
        F("5万吨", approx="at_least"),
        F("12亿元", approx="about"),
        "3.5亿元",
        want=[],
    ),
]

MORE_STRUCTURES = [
    case(
        "a budget, what was spent and the saving",
        "全年政府采购预算金额3,560.0万元,实际采购金额3,322.5万元,节约资金237.5万元,资金节约率6.7%。",
        "3,560.0万元",
        "3,322.5万元",
        "237.5万元",
        Down("6.7%"),
        want=[
            ("change_rate", "consistent", ("3,560.0万元", "3,322.5万元", "6.7%")),
            ("diff", "consistent", ("3,560.0万元", "237.5万元", "3,322.5万元")),
        ],
    ),
    case(
        "a saving that does not add up",
        "全年政府采购预算金额3,560.0万元,实际采购金额3,322.5万元,节约资金247.5万元。",
        "3,560.0万元",
        "3,322.5万元",
        "247.5万元",
        want=[("diff", "inconsistent", ("3,560.0万元", "247.5万元", "3,322.5万元"))],
    ),
    case(
        "a sentence that opens by naming a figure of the sentence before",
        "全年审结行政复议案件148件。审结案件中,维持96件、撤销21件、确认违法9件、驳回申请22件。",
        "148件",
        "96件",
        "21件",
        "9件",
        "22件",
        want=[("sum", "consistent", ("148件", "96件", "21件", "9件", "22件"))],
    ),
    case(
        "a part named so that is larger than the figure it is of",
        "全年审结行政复议案件148件。审结案件中,维持160件。",
        "148件",
        "160件",
        want=[("subset", "inconsistent", ("148件", "160件"))],
    ),
    case(
        "an opening that names nothing stated before",
        "全年审结行政复议案件148件。工作中,发现问题线索22件。",
        "148件",
        "22件",
        want=[],
    ),
    case(
        "shares that leave unsaid the whole the first one named",
        "本年度营业收入为人民币52.4亿元。A产品收入31.2亿元,占营业收入的59.5%;B产品收入15.8亿元,占30.2%;"
        "其他产品收入5.4亿元,占10.3%。",
        "52.4亿元",
        "31.2亿元",
        P("59.5%"),
        "15.8亿元",
        P("30.2%"),
        "5.4亿元",
        P("10.3%"),
        want=[
            ("part_rate", "consistent", ("52.4亿元", "31.2亿元", "59.5%")),
            ("part_rate", "consistent", ("52.4亿元", "15.8亿元", "30.2%")),
            ("part_rate", "consistent", ("52.4亿元", "5.4亿元", "10.3%")),
            ("sum", "consistent", ("52.4亿元", "31.2亿元", "15.8亿元", "5.4亿元")),
            ("sum", "consistent", ("59.5%", "30.2%", "10.3%")),
        ],
    ),
    case(
        "an unsaid whole that one share misses",
        "本年度营业收入为人民币52.4亿元。A产品收入31.2亿元,占营业收入的59.5%;B产品收入15.8亿元,占35.2%;"
        "其他产品收入5.4亿元,占10.3%。",
        "52.4亿元",
        "31.2亿元",
        P("59.5%"),
        "15.8亿元",
        P("35.2%"),
        "5.4亿元",
        P("10.3%"),
        want=[
            ("part_rate", "inconsistent", ("52.4亿元", "15.8亿元", "35.2%")),
            ("sum", "inconsistent", ("59.5%", "35.2%", "10.3%")),
        ],
    ),
    case(
        "a rate right after its numerator and the figure before that",
        "提出法律意见建议536条,被采纳505条,采纳率94.2%。",
        "536条",
        "505条",
        P("94.2%"),
        want=[("part_rate", "consistent", ("536条", "505条", "94.2%"))],
    ),
    case(
        "the same when it does not fit: what was put forward (提出) is the base the rate is of",
        "提出法律意见建议536条,被采纳505条,采纳率84.2%。",
        "536条",
        "505条",
        P("84.2%"),
        want=[("part_rate", "inconsistent", ("536条", "505条", "84.2%"))],
    ),
    case(
        "the same without a verb that makes the figure before a base: the base may be another",
        "法律意见建议536条,被采纳505条,采纳率84.2%。",
        "536条",
        "505条",
        P("84.2%"),
        want=[("part_rate", "unverifiable", ("536条", "505条", "84.2%"))],
    ),
    case(
        "the one figure counted within an N中 total",
        "全县1,468项政务服务事项中可网上办理1,409项,网上可办率96.0%。",
        "1,468项",
        "1,409项",
        P("96.0%"),
        want=[("part_rate", "consistent", ("1,468项", "1,409项", "96.0%"))],
    ),
    case(
        "a rate whose name does not echo the figure within the total",
        "在检查的320家企业中,发现问题企业45家,整改率100%。",
        "320家",
        "45家",
        P("100%"),
        want=[("grim", "consistent", ("45家", "100%"))],
    ),
    case(
        "从…看: a breakdown of the figure right before it, not of the chapter's first total",
        "一、复议工作\n全年共受理各类案件1471件,同比增长1.1%。\n全县行政复议申请1474件。从申请事项看,行政处罚类227件,"
        "占比15.4%;行政许可类113件,占比7.7%;其他类1134件,占比76.9%。",
        "1471件",
        Up("1.1%"),
        "1474件",
        "227件",
        P("15.4%"),
        "113件",
        P("7.7%"),
        "1134件",
        P("76.9%"),
        want=[
            ("part_rate", "consistent", ("1474件", "227件", "15.4%")),
            ("part_rate", "consistent", ("1474件", "113件", "7.7%")),
            ("part_rate", "consistent", ("1474件", "1134件", "76.9%")),
            ("sum", "consistent", ("1474件", "227件", "113件", "1134件")),
            ("sum", "consistent", ("15.4%", "7.7%", "76.9%")),
        ],
    ),
    case(
        "one figure after 从…看 is no breakdown",
        "去年受理申请800件。从今年情况看,受理申请1000件。",
        "800件",
        "1000件",
        want=[],
    ),
    case(
        "a total per share after its items",
        "派发末期股息每股12.5港仙,连同中期股息每股5.0港仙,全年股息合计每股17.5港仙。",
        "12.5港仙",
        "5.0港仙",
        "17.5港仙",
        want=[("sum", "consistent", ("17.5港仙", "12.5港仙", "5.0港仙"))],
    ),
]

LAYOUT = [
    case(
        "相关情况如下: the sections that follow are the whole breakdown",
        "全市共有各级各类学校120所,在校生56000人。相关情况如下:\n一、学前教育\n全市共有幼儿园40所,在园幼儿9000人。\n"
        "二、义务教育\n全市共有义务教育学校70所,在校生38500人。\n三、高中教育\n全市共有高中8所,在校生8500人。",
        "120所",
        "56000人",
        "40所",
        "9000人",
        "70所",
        "38500人",
        "8所",
        "8500人",
        want=[
            ("sum", "inconsistent", ("120所", "40所", "70所", "8所")),
            ("sum", "consistent", ("56000人", "9000人", "38500人", "8500人")),
        ],
        layout=True,
    ),
    case(
        "without the text the sections may not be all of it",
        "全市共有各级各类学校120所,在校生56000人。相关情况如下:\n一、学前教育\n全市共有幼儿园40所,在园幼儿9000人。\n"
        "二、义务教育\n全市共有义务教育学校70所,在校生38500人。\n三、高中教育\n全市共有高中8所,在校生8500人。",
        "120所",
        "56000人",
        "40所",
        "9000人",
        "70所",
        "38500人",
        "8所",
        "8500人",
        want=[
            ("subset", "consistent", ("120所", "40所", "70所", "8所")),
            ("sum", "consistent", ("56000人", "9000人", "38500人", "8500人")),
        ],
    ),
    case(
        "a heading line between a figure and a list that opens with 其中",
        "本年度职工薪酬总额为人民币5.2亿元。\n发展规划\n其中,新建项目预计每年新增收入约12亿元。",
        "5.2亿元",
        F("12亿元", approx="about"),
        want=[],
        layout=True,
    ),
]

ALL = (
    CHANGE_RATE
    + DIFF
    + POINT_CHANGE
    + PART_RATE
    + NO_PAIRING
    + SUM
    + SUBSET
    + GRIM
    + YEARLY
    + LIST_ENDS
    + ACCEPTED
    + FAR_WHOLES
    + MORE_STRUCTURES
    + LAYOUT
)


@pytest.mark.parametrize("c", ALL, ids=[c.name for c in ALL])
def test_rule(c: Case) -> None:
    got = assert_checks(c.claims, c.want, c.text)
    for check in got:
        assert check.explanation.endswith(("✓", "✗", "?")), check.explanation
        assert {r.id for r in check.claims} <= {cl.id for cl in c.claims}


def test_explanation_shows_the_arithmetic() -> None:
    claims = doc(
        "报批材料由90项减少至10项,材料减少率达88.9%。",
        F("90项", role="before"),
        F("10项", role="after"),
        Down("88.9%"),
    )
    (check,) = run_checks(claims)
    assert check.explanation == "(90−10)/90 = 88.89% → 88.9% ✓"
    assert check.reading == "rounded half-up to 1 decimal"
    assert [r.part for r in check.claims] == ["before", "after", "rate"]


def test_cut_off_reading_is_named() -> None:
    claims = doc("受理纠纷11933起,调解成功11929件,调解成功率达99.9%。", "11933起", "11929件", P("99.9%"))
    (check,) = run_checks(claims)
    assert check.reading == "cut off to 1 decimal"
    assert "99.966%" in check.explanation


def test_sum_names_its_tolerance() -> None:
    claims = doc(
        "地区生产总值56.82亿元。其中,第一产业增加值5.32亿元,第二产业增加值11.49亿元,第三产业增加值40.01亿元。",
        "56.82亿元",
        "5.32亿元",
        "11.49亿元",
        "40.01亿元",
    )
    (check,) = run_checks(claims)
    assert check.rule == "sum" and check.verdict == "consistent"
    assert check.reading == "sum of parts rounded to 2 decimals: tolerance ±0.015"
    assert check.explanation == "5.32+11.49+40.01 = 56.82 → 56.82 ✓"


def test_no_claims_no_checks() -> None:
    assert run_checks([]) == []


def test_yearly_average_without_both_years_says_which_n_fits() -> None:
    claims = doc(
        "全县地区生产总值由2019年的286.4亿元增加到352.7亿元,按现价计算年均增长5.3%。",
        F("286.4亿元", role="before"),
        F("352.7亿元", role="after"),
        Up("5.3%"),
    )
    (check,) = run_checks(claims)
    assert check.computed is None
    assert "(352.7/286.4)^(1/n)" in check.explanation and "n = 4" in check.explanation
    assert "23.15" not in check.explanation  # the total change, (352.7−286.4)/286.4, is never the comparison


def test_close_rate_is_shown_against_the_accepted_cases() -> None:
    claims = doc(
        "全年共收到行政复议申请210件,依法受理188件,不予受理22件;审结170件,结案率93.4%。",
        "210件",
        "188件",
        "22件",
        "170件",
        P("93.4%"),
    )
    (rate,) = [c for c in run_checks(claims) if c.rule == "part_rate"]
    assert rate.explanation.startswith("170/188 = 90.43% → 93.4%"), rate.explanation


def test_a_sentence_without_figures_may_be_what_a_list_breaks_down() -> None:
    text = "全年受理各类案件500件。经审查,大部分案件已依法办结。其中,民事案件300件,刑事案件150件。"
    claims = doc(text, "500件", "300件", "150件")
    assert any("500件" in texts(c) for c in run_checks(claims))  # without the text the gap is not seen
    assert not any("500件" in texts(c) for c in run_checks(claims, text))


def test_a_text_that_is_not_the_claims_own_is_ignored() -> None:
    claims = doc("全年共收到行政复议申请200件,依法受理188件,不予受理22件。", "200件", "188件", "22件")
    assert run_checks(claims, "另一份文件的文字。") == run_checks(claims)


def test_checks_are_valid_records() -> None:
    """Checks are built without revalidation: they must equal what validation makes of them."""
    claims = doc(
        "全年共收到行政复议申请210件,依法受理188件,不予受理22件;审结170件,结案率93.4%。",
        "210件",
        "188件",
        "22件",
        "170件",
        P("93.4%"),
    )
    got = run_checks(claims)
    assert got
    for check in got:
        again = Check.model_validate(check.model_dump())
        assert again == check and again.model_dump_json() == check.model_dump_json()
        assert again.model_fields_set == check.model_fields_set
