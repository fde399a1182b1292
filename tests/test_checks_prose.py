"""Whole passages through extract and check: the relations found, their verdicts, and no false alarms.

Each case is a passage of our own in the style of a court or procuratorate work report, a 法治政府建设
report, a 统计公报, a budget report or an annual results announcement, and the checks expected of it as
(rule, verdict, the texts of the claims it cites). Any other check must not be `inconsistent`. The
passages that hold no checkable relation (rates of an unstated base, real growth beside nominal values,
overlapping kinds) are the point: a false alarm costs more than a miss.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from jzreport import check, extract
from jzreport.records import Check

Want = tuple[str, str, tuple[str, ...]]


class Case(NamedTuple):
    name: str
    text: str
    want: list[Want]
    absent: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (rule, claim texts) that must not be checked at all


def texts(c: Check) -> tuple[str, ...]:
    return tuple(sorted(r.text for r in c.claims))


CASES = [
    Case(
        "the lines after a colon detail the figure it closes on, not the scope the sentence opened with",
        "省本级统筹的10.48亿元中,年内已安排使用9.86亿元,执行率94.1%,具体为:\n——全民健身5.82亿元,占59.0%。\n",
        [
            ("part_rate", "consistent", ("10.48亿元", "9.86亿元", "94.1%")),
            ("part_rate", "consistent", ("9.86亿元", "5.82亿元", "59.0%")),
        ],
    ),
    Case(
        "a share of a stock is of the stock of the part, not of the year's new ones",
        "年末全市移动通信基站总数达9.62万个,其中5G基站3.48万个,4G基站4.96万个。全年新建5G基站6120个,"
        "5G基站占移动通信基站总数的比重为36.2%。",
        [("part_rate", "consistent", ("9.62万个", "3.48万个", "36.2%"))],
    ),
    Case(
        "points by which one group's rate stands above another's",
        "男生合格率为90.4%,女生为93.1%,女生高出男生2.7个百分点;城镇居民参保率98.2%,农村居民为96.1%,农村比城镇低1.2个百分点。",
        [
            ("point_change", "consistent", ("90.4%", "93.1%", "2.7个百分点")),
            ("point_change", "inconsistent", ("98.2%", "96.1%", "1.2个百分点")),
        ],
    ),
    Case(
        "the school year before as a baseline; an earlier year's value in brackets before a multiple",
        "全市学生总体近视率为51.6%,较上一学年的53.1%下降1.5个百分点。城区日供水量最高达到38.4万吨,为2020年(19.1万吨)的2倍。",
        [
            ("point_change", "consistent", ("53.1%", "51.6%", "1.5个百分点")),
            ("change_rate", "consistent", ("19.1万吨", "38.4万吨", "2倍")),
        ],
    ),
    Case(
        "the rest spelled out in a bracket; a kind with a bracketed note is one kind of a 分别占 list",
        "全市总供水量12.46亿立方米。其中,地表水源供水量9.62亿立方米,地下水源供水量2.31亿立方米,"
        "其他水源供水量0.53亿立方米(再生水0.45亿立方米、集蓄雨水0.08亿立方米)。从品种看,电力、天然气、油品和"
        "其他能源(含外购热力、煤炭)分别占能源消费总量的52.6%、21.4%、10.2%和15.8%。",
        [
            ("sum", "consistent", ("12.46亿立方米", "9.62亿立方米", "2.31亿立方米", "0.53亿立方米")),
            ("sum", "consistent", ("0.53亿立方米", "0.45亿立方米", "0.08亿立方米")),
            ("sum", "consistent", ("52.6%", "21.4%", "10.2%", "15.8%")),
        ],
    ),
    Case(
        "a rate whose words name no figure is of the listed part right before it, maybe",
        "全年新增及更新公务用车38辆,其中新能源汽车33辆,配备比例达到86.8%。"
        "逾期贷款31,527百万元;其中逾期90天以上贷款19,846百万元,与不良贷款的比例为75.54%。",
        [("part_rate", "consistent", ("38辆", "33辆", "86.8%"))],
    ),
    Case(
        "structure terms after items that make a total stated before them are the items' shares of it",
        "截至年末,全市实有经营主体52.36万户。全市经营主体中,第一产业1.86万户,第二产业6.75万户,第三产业43.75万户,"
        "三次产业结构比为3.6:12.9:83.6。全市用水总量14.20亿立方米。全市用水消耗总量8.12亿立方米,耗水率57.2%。",
        [
            ("part_rate", "consistent", ("52.36万户", "1.86万户", "3.6")),
            ("part_rate", "consistent", ("52.36万户", "6.75万户", "12.9")),
            ("part_rate", "consistent", ("52.36万户", "43.75万户", "83.6")),
            ("part_rate", "consistent", ("14.20亿立方米", "8.12亿立方米", "57.2%")),
        ],
    ),
    Case(
        "a structure of kinds it names, counted after it, over the total stated before",
        "全年专利授权量7420件,发明、实用新型、外观设计三种专利授权量构成比为18.2:62.5:19.3,发明专利授权1350件,"
        "实用新型专利4638件,外观设计专利1432件。",
        [
            ("part_rate", "consistent", ("7420件", "1350件", "18.2")),
            ("part_rate", "consistent", ("7420件", "4638件", "62.5")),
            ("part_rate", "consistent", ("7420件", "1432件", "19.3")),
        ],
    ),
    Case(
        "a structure of the items named is of their own sum, not of the whole they are listed of",
        "全年社会救助资金支出10.86亿元。其中,城乡低保资金7.12亿元、特困供养资金2.31亿元、临时救助资金0.52亿元,"
        "三项资金支出结构比为71.6:23.2:5.2。",
        [
            ("part_rate", "consistent", ("7.12亿元", "2.31亿元", "0.52亿元", "71.6")),
            ("part_rate", "consistent", ("7.12亿元", "2.31亿元", "0.52亿元", "23.2")),
            ("part_rate", "consistent", ("7.12亿元", "2.31亿元", "0.52亿元", "5.2")),
        ],
    ),
    Case(
        "points over an earlier year, over last year and below an average in a bracket, each of its own",
        "基础研究经费占R&D经费的比重为5.8%,比2018年的4.2%提高1.6个百分点,比上年提高0.3个百分点,"
        "但仍比全国平均水平(6.65%)低0.85个百分点。",
        [
            ("point_change", "consistent", ("4.2%", "5.8%", "1.6个百分点")),
            ("point_change", "consistent", ("6.65%", "5.8%", "0.85个百分点")),
        ],
    ),
    Case(
        "the rate that passes and the one that fails of one test make 100, in a row or in the next sentence",
        "分学段测试结果如下(单位:%):\n学段 合格率 优良率 不及格率\n小学 94.6 54.6 5.4\n初中 90.8 43.0 9.4\n"
        "全区合格率为93.8%。不及格3035人,不及格率6.2%。",
        [
            ("sum", "consistent", ("94.6", "5.4")),
            ("sum", "inconsistent", ("90.8", "9.4")),
            ("sum", "consistent", ("93.8%", "6.2%")),
        ],
    ),
    Case(
        "a middle grade leaves the two short of 100",
        "评审合格率为93.8%,基本合格率4.0%,不合格率2.2%。",
        [],
        absent=(("sum", ("93.8%", "2.2%")),),
    ),
    Case(
        "a target's share past levels of other measures; dwellings let to households; a figure over one it names",
        "全年新开工改造城镇老旧小区38个,涉及居民楼264栋、住户8120户,完成年度计划35个的108.6%。"
        "推出房源356套,签约入住331户,签约率93.0%。年末能繁母猪存栏6.42万头,为省下达正常保有量6.2万头的103.5%。",
        [
            ("part_rate", "consistent", ("35个", "38个", "108.6%")),
            ("part_rate", "consistent", ("356套", "331户", "93.0%")),
            ("part_rate", "consistent", ("6.2万头", "6.42万头", "103.5%")),
        ],
    ),
    Case(
        "what was due and what was done, in each clause group of a sentence",
        "全年应免生猪186.4万头,实免184.9万头,免疫密度99.2%;小反刍兽疫应免羊38.6万只,实免38.1万只,免疫密度98.7%;"
        "家禽禽流感应免2840万羽,实免2812万羽,免疫密度99.0%。",
        [
            ("part_rate", "consistent", ("186.4万头", "184.9万头", "99.2%")),
            ("part_rate", "consistent", ("38.6万只", "38.1万只", "98.7%")),
            ("part_rate", "consistent", ("2840万羽", "2812万羽", "99.0%")),
        ],
    ),
    Case(
        "the two sides of a net said in the 其中 sentence after it",
        "年末全市公租房在保家庭21650户,较上年末的21402户净增248户。其中,年内新增保障家庭1302户,"
        "因收入、住房条件变化等原因退出1054户。",
        [
            ("diff", "consistent", ("21402户", "248户", "21650户")),
            ("diff", "consistent", ("1302户", "1054户", "248户")),
        ],
    ),
    Case(
        "one more kind's share said on its own right after a 分别占 list completes it",
        "从报告来源看,医疗机构、药品经营企业、持有人报告分别占85.4%、8.1%和6.2%,个人报告占0.3%。",
        [("sum", "consistent", ("85.4%", "8.1%", "6.2%", "0.3%"))],
    ),
    Case(
        "a share of the same period's total, past a running total over the years",
        "2024年,全市共收到药品不良反应/事件报告5,420份,较上年增长3.8%。2001年至2024年,全市累计收到报告6.12万份。"
        "全年收到新的和严重报告1,853份,占同期报告总数的34.2%。",
        [("part_rate", "consistent", ("5,420份", "1,853份", "34.2%"))],
    ),
    Case(
        "a bracket right after a count holds its share of the list's whole",
        "全年共收到报告36,120份,其中化学药品28,610份(79.2%)、中药5,124份(14.2%)、生物制品2,386份(6.6%)。",
        [
            ("sum", "consistent", ("36,120份", "28,610份", "5,124份", "2,386份")),
            ("part_rate", "consistent", ("36,120份", "28,610份", "79.2%")),
            ("part_rate", "consistent", ("36,120份", "5,124份", "14.2%")),
            ("part_rate", "consistent", ("36,120份", "2,386份", "6.6%")),
        ],
    ),
    Case(
        "reports per million people, the running total no count of the year",
        "全年收到药品不良反应/事件报告5.12万份,较上年增长4.3%;2001年至2024年累计收到报告62.8万份。"
        "以全省常住人口3,860万人计,每百万人口平均报告数为1,326份。",
        [("part_rate", "consistent", ("3,860万人", "5.12万份", "1,326份"))],
    ),
    Case(
        "points below an average in a bracket, the way said before it",
        "全年社区矫正对象再犯罪率0.11%,低于全省平均水平(0.17%)0.06个百分点;综合毛利率为31.2%,"
        "高于行业平均水平（28.5%）2.7个百分点。",
        [
            ("point_change", "consistent", ("0.17%", "0.11%", "0.06个百分点")),
            ("point_change", "consistent", ("28.5%", "31.2%", "2.7个百分点")),
        ],
    ),
    Case(
        "a bracketed earlier value goes with the figure of its measure, past one of another measure",
        "全市平均年降水量986.4毫米,折合降水总量41.20亿立方米,比上年(1062.8毫米)偏少7.2%。",
        [("change_rate", "consistent", ("1062.8毫米", "986.4毫米", "7.2%"))],
    ),
    Case(
        "a rate that opens its own comparison is over another value than the one stated",
        "全市地表水资源量22.16亿立方米,比多年平均值20.95亿立方米偏多5.8%,较上年减少约11%。",
        [("change_rate", "consistent", ("20.95亿立方米", "22.16亿立方米", "5.8%"))],
    ),
    Case(
        "an average per head written with what it is per (立方米/人)",
        "用能人数8.64万人,全年用水量312.7万立方米,人均用水量36.19立方米/人。",
        [("part_rate", "consistent", ("8.64万人", "312.7万立方米", "36.19立方米/人"))],
    ),
    # --- real growth is not the ratio of current-price values ---------------------------------------------
    Case(
        "yearly growth at comparable prices beside nominal ends",
        "五年来,地区生产总值由2019年的2413.60亿元增加到2024年的3265.48亿元,按可比价格计算年均增长5.1%。",
        [("change_rate", "unverifiable", ("2413.60亿元", "3265.48亿元", "5.1%"))],
    ),
    Case(
        "growth at comparable prices in brackets after the rate",
        "全年地区生产总值3265.48亿元,比上年的3021.40亿元增长5.6%(按可比价格计算)。",
        [("change_rate", "unverifiable", ("3021.40亿元", "3265.48亿元", "5.6%"))],
    ),
    Case(
        "GDP grows at comparable prices even when the text does not say so",
        "地区生产总值由2019年的2413.6亿元增加到2024年的3265.5亿元,年均增长5.1%。",
        [("change_rate", "unverifiable", ("2413.6亿元", "3265.5亿元", "5.1%"))],
    ),
    Case(
        "budget revenue grows at current prices",
        "一般公共预算收入由2019年的213.6亿元增加到2024年的286.5亿元,年均增长5.1%。",
        [("change_rate", "inconsistent", ("213.6亿元", "286.5亿元", "5.1%"))],
    ),
    Case(
        "nominal growth in the next group is still checked",
        "全年地区生产总值3265.48亿元,按可比价格计算增长5.6%;一般公共预算收入286.5亿元,较上年的275.0亿元增长4.2%。",
        [("change_rate", "consistent", ("275.0亿元", "286.5亿元", "4.2%"))],
    ),
    # --- figures of other spans or other things are no earlier value -------------------------------------
    Case(
        "a total since a year is not that year's figure",
        "2022年以来累计办理案件1256件,2024年办理456件,增长12.3%。",
        [],
    ),
    Case(
        "an earlier value named as another rate",
        "户籍人口城镇化率52.6%,提高0.6个百分点,常住人口城镇化率上年末为69.88%。",
        [],
    ),
    Case(
        "an earlier rate after 较上年的",
        "毛利率为20.4%,较上年的20.6%下降0.2个百分点。",
        [("point_change", "consistent", ("20.6%", "20.4%", "0.2个百分点"))],
    ),
    Case(
        "净增 is the stock's net change, not the change of the new registrations",
        "全年新登记市场主体5.62万户,同比增长8.3%,净增2.1万户。",
        [],
    ),
    Case(
        "the change of a 其中 part is not the total's",
        "全年共办理案件856件,比上年减少32件,下降3.6%,其中刑事案件减少15件。",
        [("change_rate", "consistent", ("856件", "32件", "3.6%"))],
    ),
    Case(
        "持证率 is of the officers, not of the bodies counted first",
        "全区共有行政执法主体56个,行政执法人员2856人,其中持有执法证件2816人,持证率98.6%。",
        [("part_rate", "consistent", ("2856人", "2816人", "98.6%"))],
    ),
    Case(
        "an average rate over departments is no count out of them",
        "在参加考评的56个部门中,平均办结率98.5%。",
        [],
    ),
    Case(
        "a rate within departments need not be a count of them",
        "在12个部门中,网上办理率93.6%。",
        [("grim", "unverifiable", ("12个", "93.6%"))],
    ),
    Case(
        "a rate of a small count tied by 中 that no count gives",
        "在审结的12件案件中,调撤率56.3%。",
        [("grim", "inconsistent", ("12件", "56.3%"))],
    ),
    # --- overlapping kinds are no partition ---------------------------------------------------------------
    Case(
        "two ways a case ends cannot outnumber the cases",
        "本年度审结行政复议案件11件,其中维持9件、驳回3件。",
        [("sum", "inconsistent", ("11件", "9件", "3件"))],
    ),
    Case(
        "two traits of the staff may overlap",
        "全所在编职工12人,其中党员8人、女性7人。",
        [("subset", "consistent", ("12人", "8人", "7人"))],
    ),
    Case(
        "enterprises by ownership overlap",
        "全市规模以上工业企业1862家,其中国有控股企业126家,股份制企业1523家,外商及港澳台商投资企业98家,私营企业1305家。",
        [],
    ),
    Case(
        "a ;-clause about another measure ends a 其中 list of one item",
        "公司全年实现营业收入56.8亿元,同比增长12.3%,其中主营业务收入52.1亿元,同比增长10.6%;"
        "实现利润总额6.5亿元,同比增长15.2%,上年同期利润总额为5.6亿元。",
        [("subset", "consistent", ("56.8亿元", "52.1亿元"))],
    ),
    Case(
        "a later total of its own in the section is no part of the opening total",
        "一、执法司法\n本院全年新收各类案件2560件,审结2410件。\n全市两级法院共受理案件35620件,同比增长4.1%。\n"
        "全年办理法律援助案件1863件,其中刑事法律援助案件1025件。",
        [("subset", "consistent", ("1863件", "1025件"))],
    ),
    Case(
        "结案率 over new intake when old cases are stated too",
        "旧存案件1230件,新收案件12560件,结案12896件,结案率93.5%。",
        [("part_rate", "unverifiable", ("12560件", "12896件", "93.5%"))],
    ),
    Case(
        "分别为 after two named things is respectively, not a list",
        "民事案件236件,较上年增加38件,上年为198件。受理和办结行政复议案件分别为1256件和1203件。",
        [("diff", "consistent", ("198件", "38件", "236件"))],
    ),
    Case(
        "分别为 opening a sentence lists the outcomes of the sentence before",
        "全年审结行政复议案件50件。结果分别为维持30件、撤销12件、驳回8件。",
        [("sum", "consistent", ("50件", "30件", "12件", "8件"))],
    ),
    Case(
        "a rate right after a 其中 item is of the list's whole",
        "提出检察建议114条,其中社会治理类检察建议46条,被采纳108条,采纳率94.7%。",
        [("part_rate", "consistent", ("114条", "108条", "94.7%"))],
    ),
    Case(
        "age groups make 100 and an age group within one does not add",
        "年末全市常住人口526.8万人。其中,0-15岁人口占15.6%,16-59岁人口占63.2%,60岁及以上人口占21.2%,"
        "其中65岁及以上人口占14.8%。",
        [],
    ),
    Case(
        "members by sex, nation and age overlap",
        "全市共有党员12563名,其中女党员3562名,少数民族党员586名,35岁以下党员2986名。",
        [("subset", "consistent", ("12563名", "3562名", "586名", "2986名"))],
    ),
    Case(
        "a complete series ends its list: the trade surplus is no part of trade",
        "全年完成货物进出口总额1256.3亿元,比上年增长8.7%,其中出口812.6亿元,增长10.2%,进口443.7亿元,增长6.1%,"
        "贸易顺差368.9亿元。",
        [("sum", "consistent", ("1256.3亿元", "812.6亿元", "443.7亿元"))],
    ),
    Case(
        "cases by theme overlap cases by kind",
        "受理案件1256件,其中民事案件856件,涉企案件356件,涉外案件56件。",
        [("subset", "consistent", ("1256件", "856件", "356件", "56件"))],
    ),
    Case(
        "a kind of civil case is no sibling of civil cases",
        "受理案件1256件,其中民事案件856件,金融借款案件456件。",
        [("subset", "consistent", ("1256件", "856件", "456件"))],
    ),
    Case(
        "titles an enterprise may hold several of overlap",
        "全市共有科技型企业1256家,其中科技型中小企业986家,专精特新企业356家。",
        [("subset", "consistent", ("1256家", "986家", "356家"))],
    ),
    Case(
        "two breakdowns by dimension of one total, items named unalike",
        "全年社会消费品零售总额1563.2亿元,比上年增长4.5%。按经营地分,城镇消费品零售额1356.8亿元,增长4.3%;"
        "乡村消费品零售额206.4亿元,增长5.8%。按消费类型分,商品零售1386.5亿元,增长4.1%;餐饮收入176.7亿元,增长7.6%。",
        [
            ("sum", "consistent", ("1563.2亿元", "1356.8亿元", "206.4亿元")),
            ("sum", "consistent", ("1563.2亿元", "1386.5亿元", "176.7亿元")),
        ],
    ),
    Case(
        "a breakdown by ownership overlaps",
        "全年规模以上工业增加值856.2亿元。分经济类型看,国有控股企业增加值256.3亿元,股份制企业增加值612.5亿元,"
        "私营企业增加值356.8亿元。",
        [],
    ),
    Case(
        "a section's items: one per clause group, the second figure of a group is part of the first",
        "2、结案情况\n全年审执结各类案件7018件。\n审结民商事案件4822件。\n受理执行案件1900件,执结1819件。\n"
        "审结刑事案件270件。",
        [("subset", "consistent", ("7018件", "4822件", "1900件", "270件"))],
    ),
    Case(
        "two totals open the section: its items may be of either",
        "一、审判执行工作\n全市法院共受理各类案件18532件,审执结17266件。\n审结民商事案件10582件;审结行政案件312件。\n"
        "受理执行案件5421件。\n审结刑事案件6102件。",
        [],
    ),
    Case(
        "a 其中 within a 其中 list holds its clause group; after the ; the outer list goes on",
        "全市共有各类市场主体68.52万户,其中企业21.36万户,占31.2%,其中私营企业19.85万户;个体工商户46.12万户,占67.3%。",
        [
            ("part_rate", "consistent", ("68.52万户", "21.36万户", "31.2%")),
            ("part_rate", "consistent", ("68.52万户", "46.12万户", "67.3%")),
            ("subset", "consistent", ("21.36万户", "19.85万户")),
        ],
    ),
    # --- a share of a part the text does not count -----------------------------------------------------------
    Case(
        "其中X占: the share is of an uncounted part of the figure before",
        "全县共有律师事务所56家,执业律师356人,其中女律师占38.2%。",
        [],
        (("part_rate", ("56家", "356人", "38.2%")),),
    ),
    Case(
        "其中…占比 after an intake",
        "全年受理案件1200件,其中网上立案占比65.3%。",
        [],
    ),
    Case(
        "a share whose subject is a part of the figure before it",
        "一、对外经济\n全年地区生产总值3265.5亿元。\n外贸进出口总额1256.3亿元,民营企业进出口占比达68.5%。",
        [],
        (("part_rate", ("3265.5亿元", "1256.3亿元", "68.5%")),),
    ),
    # --- budget totals that add to a figure stated before ---------------------------------------------------
    Case(
        "加上…, 收入总计",
        "全市一般公共预算收入完成286.5亿元,增长4.2%。其中,税收收入198.7亿元,非税收入87.8亿元。"
        "加上上级补助收入168.3亿元、上年结转收入23.6亿元、调入资金45.2亿元,收入总计523.6亿元。",
        [("sum", "consistent", ("286.5亿元", "198.7亿元", "87.8亿元"))],
    ),
    # --- the whole a share names ----------------------------------------------------------------------------
    Case(
        "占总收入: a part beside the share is no whole, the group's revenue is",
        "本集团收入为人民币12,563.2百万元。本集团的收入包括:产品销售收入人民币10,256.3百万元,占总收入的81.6%;"
        "服务收入人民币2,306.9百万元,占总收入的18.4%。销售及分销开支为人民币1,256.3百万元,占收入的10.0%。",
        [
            ("part_rate", "consistent", ("12,563.2百万元", "10,256.3百万元", "81.6%")),
            ("part_rate", "consistent", ("12,563.2百万元", "2,306.9百万元", "18.4%")),
            ("part_rate", "consistent", ("12,563.2百万元", "1,256.3百万元", "10.0%")),
        ],
    ),
    Case(
        "占收入 takes the revenue so named over a nearer regional revenue",
        "本集团收入为人民币12,563.2百万元。\n业务回顾\n华东地区收入人民币5,632.1百万元,同比增长15.3%;"
        "其他地区收入人民币3,674.3百万元,同比增长9.2%。研发投入为人民币856.3百万元,较去年增加23.5%,占收入比例为6.8%。",
        [("part_rate", "consistent", ("12,563.2百万元", "856.3百万元", "6.8%"))],
    ),
    Case(
        "占收入 with only a regional revenue before it is no firm whole",
        "华东地区收入人民币5,632.1百万元,同比增长15.3%;其他地区收入人民币3,674.3百万元,同比增长9.2%。"
        "研发投入为人民币856.3百万元,占收入比例为6.8%。",
        [],
    ),
    Case(
        "a segment's margin is not the group's gross profit over revenue",
        "本集团营业收入人民币1256.8亿元,毛利人民币318.2亿元,毛利率25.3%。其中,消费者业务毛利率为32.6%,"
        "企业业务毛利率为18.2%。",
        [("part_rate", "consistent", ("1256.8亿元", "318.2亿元", "25.3%"))],
    ),
    Case(
        "城镇化率 is town people over residents",
        "年末常住人口526.8万人,其中城镇人口372.6万人,乡村人口154.2万人,常住人口城镇化率70.73%。",
        [
            ("part_rate", "consistent", ("526.8万人", "372.6万人", "70.73%")),
            ("sum", "consistent", ("526.8万人", "372.6万人", "154.2万人")),
        ],
    ),
    Case(
        "户籍人口城镇化率 is of registered people, not of the residents stated",
        "全市城镇人口372.6万人,常住人口526.8万人,户籍人口城镇化率为52.6%。",
        [],
        (("part_rate", ("526.8万人", "372.6万人", "52.6%")),),
    ),
    Case(
        "a share of GDP stated chapters after GDP",
        "一、综合\n初步核算,全年地区生产总值3265.48亿元,比上年增长5.6%。\n"
        + "".join(f"全年第{i}项指标完成{100 + i}个。" for i in range(15))
        + "\n十、科技\n全年全社会研究与试验发展经费支出125.6亿元,占地区生产总值的3.85%。",
        [("part_rate", "consistent", ("3265.48亿元", "125.6亿元", "3.85%"))],
    ),
    # --- relations that hold, in the styles above --------------------------------------------------------------
    Case(
        "three industries, structure",
        "全年地区生产总值3265.48亿元。其中,第一产业增加值245.36亿元,增长3.2%;第二产业增加值1312.57亿元,"
        "增长6.1%;第三产业增加值1707.55亿元,增长5.4%。三次产业结构为7.5:40.2:52.3。",
        [
            ("sum", "consistent", ("3265.48亿元", "245.36亿元", "1312.57亿元", "1707.55亿元")),
            ("sum", "consistent", ("7.5", "40.2", "52.3")),
        ],
    ),
    Case(
        "town and country under the resident population",
        "年末全市常住人口526.8万人,比上年末增加2.3万人。其中,城镇人口372.6万人,乡村人口154.2万人。",
        [("sum", "consistent", ("526.8万人", "372.6万人", "154.2万人"))],
    ),
    Case(
        "short names of one kind part their whole",
        "全年共办理行政应诉案件286件,其中一审256件,二审30件。全年粮食总产量326.8万吨,其中夏粮112.5万吨,秋粮214.3万吨。",
        [
            ("sum", "consistent", ("286件", "256件", "30件")),
            ("sum", "consistent", ("326.8万吨", "112.5万吨", "214.3万吨")),
        ],
    ),
    Case(
        "a whole whose name lists its kinds is complete",
        "全年办理减刑、假释、暂予监外执行案件1256件,其中减刑1103件,假释126件,暂予监外执行17件。",
        [("sum", "inconsistent", ("1256件", "1103件", "126件", "17件"))],
    ),
    Case(
        "案件 lists go on after a ; (案件 is the noun, not a measure word)",
        "我院共受理各类案件5632件,同比增加331件。其中,刑事案件356件,同比减少21件;民商事案件3865件,同比增加290件;"
        "行政案件126件,同比增加14件;执行案件1285件,同比增加48件。",
        [("sum", "consistent", ("5632件", "356件", "3865件", "126件", "1285件"))],
    ),
    Case(
        "done and open are not all when a transfer is counted beside them",
        "收到信访事项2563件,已办结2498件,正在办理56件,转交其他部门9件。",
        [("subset", "consistent", ("2563件", "2498件", "56件"))],
    ),
    Case(
        "received = done + open",
        "全年受理案件5632件,已办结4856件,正在办理766件。",
        [("sum", "inconsistent", ("5632件", "4856件", "766件"))],
    ),
    Case(
        "received = accepted + refused",
        "全年共收到行政复议申请326件,依法受理298件,不予受理28件。",
        [("sum", "consistent", ("326件", "298件", "28件"))],
    ),
    Case(
        "a loss rate of the cases closed, not of those received",
        "行政应诉案件152件,审结128件,其中败诉9件,败诉率7.0%。",
        [("part_rate", "consistent", ("128件", "9件", "7.0%"))],
        (("part_rate", ("152件", "9件", "7.0%")),),
    ),
    Case(
        "a rate of a 其中 numerator is of the whole it is listed in",
        "受理案件1256件,审结1203件,其中调解结案356件,调解率29.6%。",
        [("part_rate", "consistent", ("1203件", "356件", "29.6%"))],
    ),
    Case(
        "from-to with a rate of reduction",
        "行政许可事项由218项精简至156项,精简率28.4%。",
        [("change_rate", "consistent", ("218项", "156项", "28.4%"))],
    ),
    Case(
        "margin and its change in points",
        "本集团实现营业收入人民币1256.8亿元,同比增长8.6%;毛利人民币318.2亿元,毛利率25.3%,较上年的24.1%提高1.2个百分点。",
        [
            ("part_rate", "consistent", ("1256.8亿元", "318.2亿元", "25.3%")),
            ("point_change", "consistent", ("24.1%", "25.3%", "1.2个百分点")),
        ],
    ),
    Case(
        "a change of another measure after a from-to pair",
        "办理时限由20个工作日压缩至5个工作日,群众满意度提高12.5%。审批事项由218项精简至156项,办事效率提高35.6%。",
        [],
    ),
    Case(
        "a saving named by its object after a from-to pair",
        "审批时限由22天压缩至3天,节约时间86.4%。",
        [("change_rate", "consistent", ("22天", "3天", "86.4%"))],
    ),
    Case(
        "由A增加r%至B, in an annual results style",
        "营业收入人民币12,563.2百万元,毛利由2023年的人民币3,256.1百万元增加13.2%至2024年的人民币3,685.9百万元。",
        [("change_rate", "consistent", ("3,256.1百万元", "3,685.9百万元", "13.2%"))],
    ),
    Case(
        "而2023年则为 states the earlier value",
        "年内溢利为人民币1,563.8百万元,而2023年则为人民币1,326.5百万元,增加17.9%。",
        [("change_rate", "consistent", ("1,326.5百万元", "1,563.8百万元", "17.9%"))],
    ),
    Case(
        "a yearly rate between the ends",
        "办件量由2020年的1256件增加到2024年的3562件,年均增长29.8%。",
        [("change_rate", "consistent", ("1256件", "3562件", "29.8%"))],
    ),
    Case(
        "比年初增加 an amount and 增长 a rate of a balance",
        "年末金融机构本外币存款余额12563.2亿元,比年初增加1256.3亿元,增长11.1%;贷款余额10236.5亿元,"
        "比年初增加986.3亿元,增长10.7%。",
        [
            ("change_rate", "consistent", ("12563.2亿元", "1256.3亿元", "11.1%")),
            ("change_rate", "consistent", ("10236.5亿元", "986.3亿元", "10.7%")),
        ],
    ),
    Case(
        "是上年…的N倍 is the ratio itself",
        "出口额126.5亿元,是上年50.6亿元的2.5倍。",
        [("change_rate", "consistent", ("50.6亿元", "126.5亿元", "2.5倍"))],
    ),
    Case(
        "annual report: 上年同期 as its own clause, and a signed 增减",
        "经营活动产生的现金流量净额-125,632,563.25元,上年同期356,235,125.36元,本年比上年增减-135.27%。"
        "基本每股收益0.56元/股,上年同期0.49元/股,同比增长14.29%。",
        [
            ("change_rate", "consistent", ("356,235,125.36元", "-125,632,563.25元", "-135.27%")),
            ("change_rate", "consistent", ("0.49元/股", "0.56元/股", "14.29%")),
        ],
    ),
    Case(
        "two dated values and the growth",
        "2023年受理行政复议申请268件,2024年326件,增长21.6%。",
        [("change_rate", "consistent", ("268件", "326件", "21.6%"))],
    ),
    # --- where a 其中 list ends: at a ；that opens another measure --------------------------------------
    Case(
        "a 其中 clause that states only a share: what follows the ；is no part",
        "地方一般公共预算收入48.6亿元,增长3.2%,其中非税收入占比21.4%；外贸进出口总额126亿元,增长8%。",
        [],
        absent=(("subset", ("126亿元", "48.6亿元")),),
    ),
    Case(
        "a 其中 share clause, then a clause of growth rates, then a bigger level",
        "税收收入35.2亿元,其中增值税占比40.5%；工业用电量增长6.1%；金融机构存款余额512亿元,增长9%。",
        [],
        absent=(("subset", ("35.2亿元", "512亿元")),),
    ),
    Case(
        "after one item, a ；that names another measure like the whole's",
        "全年完成造林面积63万亩,其中人工造林18万亩；湿地面积245万亩,湿地保护率52.3%。",
        [("subset", "consistent", ("63万亩", "18万亩"))],
        absent=(("subset", ("18万亩", "245万亩", "63万亩")),),
    ),
    Case(
        "after one item, a ；that names another total",
        "全年粮食播种面积210万亩,其中水稻80万亩；耕地保有量560万亩。",
        [("subset", "consistent", ("210万亩", "80万亩"))],
        absent=(("subset", ("210万亩", "560万亩", "80万亩")),),
    ),
    Case(
        "after one item, a ；with a kind named unalike still goes on",
        "全县耕地面积120万亩,其中水田50万亩；旱地70万亩。",
        [("sum", "consistent", ("120万亩", "50万亩", "70万亩"))],
    ),
    Case(
        "after one item, a ；with a kind that echoes it goes on",
        "年末户籍人口86.4万人,其中城镇人口41.2万人；乡村人口45.2万人。",
        [("sum", "consistent", ("86.4万人", "41.2万人", "45.2万人"))],
    ),
    Case(
        "a comma-joined total of something else after the first item",
        "税收收入41.7亿元,其中增值税16.2亿元,外贸进出口总额256亿元,增长6.8%。",
        [("subset", "consistent", ("41.7亿元", "16.2亿元"))],
        absent=(("subset", ("16.2亿元", "256亿元", "41.7亿元")),),
    ),
    Case(
        "a comma-joined measure like the whole's after a kind",
        "全年完成造林面积63万亩,其中人工造林18万亩,湿地面积245万亩。",
        [("subset", "consistent", ("63万亩", "18万亩"))],
    ),
    Case(
        "what became of the intake after a kind of it",
        "全年共受理行政案件860件,其中行政诉讼案件520件,审结案件812件。",
        [("subset", "consistent", ("860件", "520件"))],
        absent=(("sum", ("520件", "812件", "860件")),),
    ),
    Case(
        "comma-joined kinds named alike stay on the list",
        "一般公共预算收入62.3亿元,其中税收收入48.9亿元,非税收入13.4亿元。",
        [("sum", "consistent", ("62.3亿元", "48.9亿元", "13.4亿元"))],
    ),
    # --- a bare 占 of a part listed within a listed part ----------------------------------------------------
    Case(
        "a nested bare share keeps the whole of its siblings' bare shares",
        "全县户籍人口52.8万人,其中城镇人口30.6万人,占58.0%,其中县城人口21.4万人,占40.5%;乡村人口22.2万人,占42.0%。",
        [
            ("part_rate", "consistent", ("52.8万人", "30.6万人", "58.0%")),
            ("part_rate", "consistent", ("52.8万人", "21.4万人", "40.5%")),
            ("part_rate", "consistent", ("52.8万人", "22.2万人", "42.0%")),
        ],
    ),
    Case(
        "a nested bare share in a list that opens its sentence",
        "年末全区常住人口86.50万人。其中,男性人口44.10万人,占51.0%;女性人口42.40万人,占49.0%,"
        "其中育龄妇女人口20.76万人,占24.0%。",
        [("part_rate", "consistent", ("86.50万人", "20.76万人", "24.0%"))],
    ),
    Case(
        "a nested bare share may be of the inner whole",
        "全年受理各类案件5620件,其中民事案件3210件,占57.1%,其中婚姻家庭案件802件,占25.0%;刑事案件1105件,占19.7%。",
        [("part_rate", "consistent", ("3210件", "802件", "25.0%"))],
    ),
    Case(
        "a nested bare share that fits neither whole",
        "全年受理各类案件5620件,其中民事案件3210件,占57.1%,其中婚姻家庭案件802件,占31.2%;刑事案件1105件,占19.7%。",
        [("part_rate", "inconsistent", ("5620件", "802件", "31.2%"))],
    ),
    # --- a heading path repeated in one file opens a section of its own --------------------------------
    Case(
        "two reports in one file with the same headings",
        "一、收案情况\n1、未结案情况\n截至3月31日,尚有各类未结案640件。\n刑事未结案40件;民商事未结案件450件;执行未结案150件。\n"
        "一、收案情况\n1、未结案情况\n截至6月30日,尚有各类未结案720件。\n刑事未结案60件;民商事未结案件480件;执行未结案180件。",
        [
            ("sum", "consistent", ("640件", "40件", "450件", "150件")),
            ("sum", "consistent", ("720件", "60件", "480件", "180件")),
        ],
    ),
    # --- a bracket that never closes is no aside of one figure ------------------------------------------
    Case(
        "an unclosed 含 bracket runs on to a later figure",
        "向全体股东每10股派发现金红利2.5元(含税及其他由公司承担的相关费用,以本次权益分派实施时股权登记日的总股本为"
        "基数计算合计拟派发现金红利98,250,000.00元。",
        [],
        absent=(("subset", ("2.5元", "98,250,000.00元")),),
    ),
    Case(
        "a short 含 bracket holds a part",
        "全年审结各类案件4822件(含再审案件12件),同比增长5%。",
        [("subset", "consistent", ("4822件", "12件"))],
    ),
    # --- a share of a whole place's total the text does not state ---------------------------------------
    Case(
        "a court's own cases and a share of the province's",
        "全年共受理行政复议案件326件,审结301件,办案数量居全省前列,占全省行政复议案件的12.5%。",
        [("part_rate", "unverifiable", ("326件", "301件", "12.5%"))],
    ),
    Case(
        "a share of the country's total beside a county's figures",
        "本县去年办理不动产登记8650件,网上办理7120件,约占全国同类登记的千分之一。",
        [],
    ),
    Case(
        "the whole stated as the whole place's",
        "全省法院共受理行政诉讼案件2584件,审结2418件,占全省行政诉讼案件的93.6%。",
        [("part_rate", "consistent", ("2584件", "2418件", "93.6%"))],
    ),
    Case(
        "the whole place named in the sentence the whole goes on from",
        "2023年,全市实现地区生产总值5200亿元。其中第三产业增加值2860亿元,占全市地区生产总值的65.0%。",
        [("part_rate", "inconsistent", ("5200亿元", "2860亿元", "65.0%"))],
    ),
    Case(
        "a nested bare share without sibling shares, of the outer whole",
        "全县户籍人口52.8万人,其中城镇人口30.6万人,其中县城人口21.4万人,占40.5%;乡村人口22.2万人。",
        [("part_rate", "consistent", ("52.8万人", "21.4万人", "40.5%"))],
    ),
    # --- rates of a population whose base the text does not state ---------------------------------------
    Case(
        "失业率 is of the labour force, not of the new jobs beside it",
        "全年城镇新增就业2.84万人,失业人员实现再就业0.92万人,就业困难人员实现就业3,150人;城镇登记失业率为3.1%。",
        [],
    ),
    Case(
        "a surveyed 失业率 beside new jobs",
        "全市新增城镇就业5.6万人,其中帮助失业人员再就业1.1万人,城镇调查失业率控制在5.2%以内。",
        [],
    ),
    Case(
        "参保率 is of those who should be insured: the insured stock is its numerator, the new ones a flow",
        "全区共有基本养老保险参保人员31.6万人,新增参保人员2.4万人,参保率为95.8%。",
        [],
    ),
    Case(
        "覆盖率 beside the insured and the newly insured",
        "年末城乡居民医疗保险参保人数48.2万人,当年新增参保1.7万人,覆盖率98.3%。",
        [],
    ),
    Case(
        "a flow stated before the stock of a 参保率",
        "全年新增参保职工0.8万人,年末参保职工12.6万人,参保率97.5%。",
        [],
    ),
    Case(
        "入学率 of the children of school age stated as its base",
        "全县适龄儿童3640人,入学3632人,入学率99.8%。",
        [("part_rate", "consistent", ("3640人", "3632人", "99.8%"))],
    ),
    Case(
        "入学率 of a stated school-age base that does not hold",
        "在2180名适龄儿童中,入学2171人,入学率98.6%。",
        [("part_rate", "inconsistent", ("2180名", "2171人", "98.6%"))],
    ),
    Case(
        "就业率 of the graduates stated before it",
        "全市高校毕业生4850人,已落实就业4562人,就业率94.1%。",
        [("part_rate", "consistent", ("4850人", "4562人", "94.1%"))],
    ),
    # --- a total the rate's name echoes is its numerator, not its base ---------------------------------------
    Case(
        "立案率 of the proposals received, not a count out of those filed",
        "本次会议共收到提案487件,经审查立案452件,立案率92.8%。",
        [("part_rate", "consistent", ("487件", "452件", "92.8%"))],
        absent=(("grim", ("452件", "92.8%")),),
    ),
    Case(
        "立案率 that does not hold of the proposals received",
        "全年共收到委员提案300件,立案250件,立案率88.3%。",
        [("part_rate", "inconsistent", ("300件", "250件", "88.3%"))],
        absent=(("grim", ("250件", "88.3%")),),
    ),
    Case(
        "受理率 of letters received, with 受理 stated as an intake",
        "全年收到群众来信来访1460件次,受理1402件次,受理率96.0%。",
        [("part_rate", "consistent", ("1460件次", "1402件次", "96.0%"))],
    ),
    Case(
        "a rate whose only figure is its own numerator has no base to test",
        "受理行政复议申请326件,受理率95.1%。",
        [],
        absent=(("grim", ("326件", "95.1%")),),
    ),
    Case(
        "a total named with the rate's last word only is still its base",
        "共办结信访事项1200件,按期办结1150件,按期办结率95.8%。",
        [("part_rate", "consistent", ("1200件", "1150件", "95.8%"))],
    ),
    # --- where a 其中 list ends; which stated total a rate is of ---------------------------------------------
    Case(
        "a 其中 list stops at a ；whose clause counts money and the people it reached",
        "全年立案审查违纪违法问题286件，处理党员干部391人，其中给予党纪政务处分337人，移送检察机关审查起诉19人；"
        "督促退赔群众款物2156.4万元，惠及群众1.8万余人。",
        [("subset", "consistent", ("391人", "337人", "19人"))],
    ),
    Case(
        "a 其中 list stops where the clause turns to what was newly rated this year",
        "全市共有星级饭店24家，其中五星级2家、四星级9家、三星级13家，本年新评四星级饭店3家、三星级饭店2家。",
        [("sum", "consistent", ("24家", "2家", "9家", "13家"))],
    ),
    Case(
        "a 调解率 that fits the cases closed, with the intake stated first",
        "全年受理各类案件5316件，审结5208件，结案率98.0%；调解结案2290件，调解率44.0%。",
        [
            ("part_rate", "consistent", ("5316件", "5208件", "98.0%")),
            ("part_rate", "consistent", ("5208件", "2290件", "44.0%")),
        ],
    ),
    Case(
        "a 分别 list after 共有 adds up to the 合计 after it",
        "全区共有公办、民办幼儿园分别为46所和19所，合计66所。",
        [("sum", "inconsistent", ("46所", "19所", "66所"))],
    ),
    # --- sums of unlike amounts, shares of a target, components of an average, tables ----------------------
    Case(
        "amounts recovered, listed with 、 under 其中, exceed the total",
        "全年追回违规资金2.64亿元，其中追回挪用资金1.83亿元、罚没款0.52亿元、滞纳金0.33亿元。",
        [("sum", "inconsistent", ("2.64亿元", "1.83亿元", "0.52亿元", "0.33亿元"))],
    ),
    Case(
        "new jobs over the year's target",
        "全年城镇新增就业3.64万人，完成年度目标任务3.4万人的107.1%。",
        [("part_rate", "consistent", ("3.4万人", "3.64万人", "107.1%"))],
    ),
    Case(
        "the four sources of rural income per head",
        "全县农村居民人均可支配收入21,530元，增长6.8%。其中，工资性收入9,240元，经营净收入7,715元，"
        "财产净收入402元，转移净收入4,273元。",
        [("sum", "inconsistent", ("21,530元", "9,240元", "7,715元", "402元", "4,273元"))],
    ),
    Case(
        "roads by grade down to the rest of the scale",
        "全市公路总里程9,860公里，公路密度每百平方公里136.2公里。其中，高速公路318公里、一级公路645公里、"
        "二级公路1,207公里、三级及以下公路7,680公里。",
        [("sum", "inconsistent", ("9,860公里", "318公里", "645公里", "1,207公里", "7,680公里"))],
    ),
    Case(
        "a table's 合计 row against its columns",
        "表3  各街道新建充电桩情况\n街道      充电站(座)   充电桩(个)\n城关街道  12           146\n"
        "滨河街道  9            118\n新城街道  15           203\n合计      36           477\n",
        [("sum", "consistent", ("12", "9", "15", "36")), ("sum", "inconsistent", ("146", "118", "203", "477"))],
    ),
    Case(
        "a text wrapped at the width of the page: the list after the wrapped sentence is of its total",
        "一、经济运行\n（一）总体情况。初步核算，全县实现地区生产总值319.64亿元，同比增长6.1%，增速高于全市平均水平\n"
        "0.6个百分点，居全市第2位。分产业看，第一产业增加值35.27亿元，增长3.9%；第二产业增加值126.85亿元，\n"
        "增长7.2%；第三产业增加值157.52亿元，增长5.8%。三次产业结构调整为11.0:39.7:49.3，第三产业占比较上年\n"
        "提高0.9个百分点。规模以上工业增加值增长8.6%，其中高技术制造业增加值增长14.3%，占规上工业的比重达到\n"
        "17.9%。全年新增规上工业企业31家，总数达到286家，其中营业收入超过亿元的企业74家，超过十亿元的企业9家。\n"
        "固定资产投资完成196.4亿元，增长4.7%，其中工业投资78.5亿元，增长12.1%，民间投资占全部投资的比重为\n",
        [("sum", "consistent", ("319.64亿元", "35.27亿元", "126.85亿元", "157.52亿元"))],
    ),
    # --- a table row under two years and a change column -------------------------------------------------
    Case(
        "a row's two years and its change column, a rate row in points",
        "项目\t2024年\t2023年\t同比增减（%）\n营业收入（亿元）\t1256.8\t1157.3\t8.6\n毛利率（%）\t32.5\t30.1\t2.4\n",
        [("change_rate", "consistent", ("1157.3", "1256.8", "8.6")),
         ("point_change", "consistent", ("30.1", "32.5", "2.4"))],
    ),
    Case(
        "本年 and 上年 columns, a wrong change caught",
        "项目\t本年\t上年\t本年比上年增减(%)\n营业收入（万元）\t5,247.8\t4,618.2\t15.6\n",
        [("change_rate", "inconsistent", ("4,618.2", "5,247.8", "15.6"))],
    ),
    # --- a figure's own subject, aggregates, standards, outcomes: what is not tied ------------------------------
    Case(
        "a rate after a from-to pair that names another subject is not the pair's",
        "全年发生道路交通事故由48起下降至36起，受伤人数下降18.2%；火灾事故由80起下降至62起，火灾起数下降22.5%。",
        [("change_rate", "consistent", ("80起", "62起", "22.5%"))],
        absent=(("change_rate", ("48起", "36起", "18.2%")),),
    ),
    Case(
        "a gap to a statutory limit is no change",
        "行政复议案件平均审理天数由上年的47天缩短至38天，比法定审理期限少22天。",
        [],
        absent=(("diff", ("47天", "22天", "38天")),),
    ),
    Case(
        "an aggregate stated after the kinds is no kind, and 占总装机 is the head of the list",
        "截至年底，全市电源装机容量2460万千瓦。其中，煤电装机1320万千瓦，水电装机415万千瓦，风电装机390万千瓦，"
        "光伏装机335万千瓦。可再生能源装机容量1140万千瓦，占总装机的46.3%。",
        [("sum", "consistent", ("2460万千瓦", "1320万千瓦", "415万千瓦", "390万千瓦", "335万千瓦")),
         ("part_rate", "consistent", ("2460万千瓦", "1140万千瓦", "46.3%"))],
    ),
    Case(
        "electricity by industry has a fourth part, the households",
        "全市全社会用电量412.6亿千瓦时，增长6.4%。其中，第一产业用电量5.8亿千瓦时，第二产业用电量268.3亿千瓦时，"
        "第三产业用电量79.5亿千瓦时；城乡居民生活用电量59.0亿千瓦时。",
        [("sum", "consistent", ("412.6亿千瓦时", "5.8亿千瓦时", "268.3亿千瓦时", "79.5亿千瓦时", "59.0亿千瓦时"))],
    ),
    Case(
        "electricity of the three industries alone is a subset",
        "全市全社会用电量412.6亿千瓦时。其中，第一产业用电量5.8亿千瓦时，第二产业用电量268.3亿千瓦时，"
        "第三产业用电量79.5亿千瓦时。",
        [("subset", "consistent", ("412.6亿千瓦时", "5.8亿千瓦时", "268.3亿千瓦时", "79.5亿千瓦时"))],
    ),
    Case(
        "a 其中 list ends at a ；that opens with what else was done",
        "全港现有集装箱班轮航线146条，其中国际航线97条、国内航线49条；新开辟东南亚航线8条。"
        "全年补充耕地2.3万亩，其中水田0.8万亩；实施土地综合整治41万亩。",
        [("sum", "consistent", ("146条", "97条", "49条")), ("subset", "consistent", ("2.3万亩", "0.8万亩"))],
    ),
    Case(
        "a list ends at a ；that opens with what became of the whole",
        "全年审计查出问题金额2,140万元，其中违规金额820万元、损失浪费金额1,320万元；已整改问题金额1,870万元。",
        [("sum", "consistent", ("2,140万元", "820万元", "1,320万元"))],
    ),
    Case(
        "a total stated after a new one is no item of it",
        "全年新增国家级森林乡村3个，全市共有国家级森林乡村12个、省级森林乡村35个。",
        [],
        absent=(("sum", ("3个", "12个", "35个")),),
    ),
    Case(
        "a share of the compulsory-school pupils is not of the junior-school pupils alone",
        "全县小学64所，在校生3.12万人；初中21所，在校生1.46万人。进城务工人员随迁子女在校生0.52万人，"
        "占义务教育在校生总数的11.4%。",
        [("part_rate", "unverifiable", ("1.46万人", "0.52万人", "11.4%"))],
    ),
    Case(
        "the whole a share names goes on to the bare shares after it, over the list the parts stand in",
        "全年共受理消费者投诉举报咨询3.60万件，同比增长8.1%。其中，投诉1.90万件、举报0.50万件、咨询1.20万件。"
        "办结投诉1.86万件，办结率97.9%。从投诉领域看，商品类投诉8,360件，占投诉总量的44.0%；服务类投诉10,640件，占56.0%。",
        [("part_rate", "consistent", ("1.90万件", "8,360件", "44.0%")),
         ("part_rate", "consistent", ("1.90万件", "10,640件", "56.0%"))],
    ),
    Case(
        "the complaints settled are no total of the complaints",
        "全年受理消费者投诉8,450件，同比上升6.2%；解决投诉8,120件，投诉解决率96.1%。涉及老年人的投诉620件，"
        "占投诉总量的7.3%。",
        [("part_rate", "consistent", ("8,450件", "620件", "7.3%"))],
    ),
    Case(
        "a debt ratio is of the whole debt over a base the text does not state",
        "年末全县政府债务余额68.40亿元，其中一般债务余额29.10亿元、专项债务余额39.30亿元，债务率为128.5%。",
        [("sum", "consistent", ("68.40亿元", "29.10亿元", "39.30亿元"))],
    ),
    Case(
        "a bound on an average per village is no whole of the sources of income",
        "其余5个乡镇村均收入不足30万元。全县村集体经济收入中，来自资产租赁的收入2360万元、"
        "来自经营服务的收入1840万元、来自上级补助的收入1200万元。",
        [],
    ),
    # --- relations stated in brackets, table heads, complete sets, totals after the kinds ------------------------
    Case(
        "a share in brackets after a listed part",
        "年末全县卫生机构床位6,840张，其中医院4,925张（占72.0%），乡镇卫生院1,508张（占22.5%）。",
        [("part_rate", "consistent", ("6,840张", "4,925张", "72.0%")),
         ("part_rate", "inconsistent", ("6,840张", "1,508张", "22.5%"))],
    ),
    Case(
        "a total row under the table's head, its sub-rows set in under a row",
        "表1  各类学校在校生\n类别\t学校（所）\t在校生（人）\n全县合计\t96\t61,520\n小学\t58\t32,410\n"
        "  其中：民办\t4\t2,130\n初中\t24\t16,380\n高中\t14\t12,460\n",
        [("sum", "consistent", ("96", "58", "24", "14")),
         ("sum", "inconsistent", ("61,520", "32,410", "16,380", "12,460"))],
    ),
    Case(
        "a table's last row named for the whole county adds up its towns",
        "单位：万亩，万吨\n乡镇      耕地面积   粮食产量\n东湖镇    6.2        2.61\n西山乡    4.8        1.95\n"
        "南坪镇    5.5        2.20\n"
        "全县      16.5       6.86\n",
        [("sum", "consistent", ("16.5", "6.2", "4.8", "5.5")),
         ("sum", "inconsistent", ("6.86", "2.61", "1.95", "2.20"))],
    ),
    Case(
        "kinds after a 其中 row under a table's total are not said to be all of it",
        "类别\t机构数（个）\n总计\t265\n其中：医院\t12\n乡镇卫生院\t21\n村卫生室\t198\n",
        [("subset", "consistent", ("265", "12", "21", "198"))],
    ),
    Case(
        "this year's and last year's columns with a growth column",
        "单位：万千瓦时\n地区\t用电量\t上年用电量\t增长（%）\n东城区\t86.4\t80.2\t7.7\n西城区\t52.9\t50.6\t5.5\n",
        [("change_rate", "consistent", ("80.2", "86.4", "7.7")),
         ("change_rate", "inconsistent", ("50.6", "52.9", "5.5"))],
    ),
    Case(
        "problems put right out of the problems found: a whole count must give the rate",
        "省委巡视反馈问题34项，整改完成率95.6%；市级督查交办问题21项，整改率95.2%。",
        [("grim", "inconsistent", ("34项", "95.6%")), ("grim", "consistent", ("21项", "95.2%"))],
    ),
    Case(
        "a completion rate of projects may weigh the work planned: no tie to their count",
        "今年全县共有民生实事28项，完成率96.2%。",
        [("grim", "unverifiable", ("28项", "96.2%"))],
    ),
    Case(
        "public and private hospitals, and hospitals by grade with the ungraded, are all the hospitals",
        "全县共有医院41家，其中公立医院17家、民营医院23家。全市共有医院128家，其中三级医院11家、二级医院36家、"
        "一级医院52家、未定级医院29家。",
        [("sum", "inconsistent", ("41家", "17家", "23家")),
         ("sum", "consistent", ("128家", "11家", "36家", "52家", "29家"))],
    ),
    Case(
        "a last kind joined with 及其他 closes the list",
        "全镇粮食总产量4.26万吨，其中水稻2.31万吨、小麦1.42万吨、杂粮及其他0.43万吨。",
        [("sum", "inconsistent", ("4.26万吨", "2.31万吨", "1.42万吨", "0.43万吨"))],
    ),
    Case(
        "a breakdown 按…分 lists every kind of its dimension",
        "全年社会消费品零售总额286.4亿元，增长5.6%。按经营单位所在地分，城镇消费品零售额231.7亿元，增长5.3%；"
        "乡村消费品零售额52.7亿元，增长6.8%。",
        [("sum", "inconsistent", ("286.4亿元", "231.7亿元", "52.7亿元"))],
    ),
    Case(
        "a total named after the kinds it adds up, and a stock after its flows",
        "省运会上我县代表团获金牌12枚、银牌15枚、铜牌21枚，奖牌总数48枚。全年新开网点36个，撤并网点9个，"
        "年末网点总数达412个。",
        [("sum", "consistent", ("48枚", "12枚", "15枚", "21枚"))],
    ),
    Case(
        "the four kinds of community correction are all of those under it",
        "年末全县在册社区矫正对象386人。在册对象中，缓刑312人、假释29人、暂予监外执行18人、管制25人。",
        [("sum", "inconsistent", ("386人", "312人", "29人", "18人", "25人"))],
    ),
    Case(
        "a budget table: each row's done over its budget, and a total row named …合计 at its head",
        "单位：万元\n项目\t预算数\t执行数\t完成%\n一般公共预算支出合计\t84600\t81920\t96.8\n教育\t31200\t30650\t98.2\n"
        "卫生健康\t18400\t17930\t97.4\n农林水\t35000\t33340\t96.3\n",
        [("part_rate", "consistent", ("84600", "81920", "96.8")),
         ("part_rate", "consistent", ("31200", "30650", "98.2")),
         ("part_rate", "consistent", ("18400", "17930", "97.4")),
         ("part_rate", "inconsistent", ("35000", "33340", "96.3")),
         ("sum", "consistent", ("84600", "31200", "18400", "35000")),
         ("sum", "consistent", ("81920", "30650", "17930", "33340"))],
    ),
    Case(
        "a rate's name cut from its figure by a wrapped line",
        "全年共排查各类安全隐患3.42万项，已整改3.31万项，整改率\n97.8%；立案查处违法行为612起。",
        [("part_rate", "inconsistent", ("3.42万项", "3.31万项", "97.8%"))],
    ),
    Case(
        "a kind narrowed by a word before it does not complete its complement",
        "全县共有幼儿园52所，其中公办幼儿园31所，普惠性民办幼儿园15所。",
        [("subset", "consistent", ("52所", "31所", "15所"))],
    ),
    Case(
        "problems partly put right are no numerator of the rate of those put right",
        "审计查出的215个问题中，已整改到位186个，部分整改21个，尚未整改8个，整改率为86.5%。",
        [("part_rate", "consistent", ("215个", "186个", "86.5%")),
         ("sum", "consistent", ("215个", "186个", "21个", "8个"))],
    ),
    Case(
        "a table set with ideographic spaces: its 合计 row, and each row's rate named for a column",
        "单位：件\n地区　受理投诉　办结　办结率（%）\n东区　1,206　1,188　98.5\n西区　984　961　97.7\n"
        "北区　752　731　98.2\n合计　2,942　2,880　97.9\n",
        [("sum", "consistent", ("2,942", "1,206", "984", "752")),
         ("sum", "consistent", ("2,880", "1,188", "961", "731")),
         ("part_rate", "consistent", ("1,206", "1,188", "98.5")),
         ("part_rate", "consistent", ("984", "961", "97.7")),
         ("part_rate", "inconsistent", ("752", "731", "98.2"))],
    ),
    Case(
        "a 其中 list is of the figures right before it, not of one further back that shares a word",
        "全县有脱贫户2.04万户，纳入防止返贫监测对象1,186户3,902人，其中脱贫不稳定户472户1,561人、"
        "边缘易致贫户455户1,498人、突发严重困难户249户843人。",
        [("sum", "inconsistent", ("1,186户", "472户", "455户", "249户")),
         ("sum", "consistent", ("3,902人", "1,561人", "1,498人", "843人"))],
    ),
    Case(
        "a change named for the total after a 其中 list is the change of the list's whole",
        "全年受理群众来信来访132件，其中来信38件、来访61件、网上信访33件，信访总量较上年减少24件，下降15.4%。",
        [("change_rate", "consistent", ("132件", "24件", "15.4%"))],
    ),
    Case(
        "a scope that qualifies its head noun names the narrower whole",
        "共收到人大代表建议368件，经审查交办352件；不予交办的16件作为来信处理。交办建议中，城乡建设方面124件、占35.2%，"
        "社会民生方面141件、占40.1%，其他方面87件、占24.7%。",
        [("part_rate", "consistent", ("352件", "124件", "35.2%")),
         ("sum", "consistent", ("352件", "124件", "141件", "87件"))],
    ),
    Case(
        "a sentence that opens with its own N件中 lists parts of that, not of the list before",
        "全年共受理各类案件9,640件，审结9,215件；其中受理刑事案件812件、民商事案件6,905件、行政案件123件、"
        "执行案件1,800件。审结的9,215件中，刑事案件790件、民商事案件6,612件、行政案件118件、执行案件1,695件。",
        [("sum", "consistent", ("9,640件", "812件", "6,905件", "123件", "1,800件"))],
    ),
    Case(
        "one kind of each of the wholes before it, 分别",
        "全年共办理人大代表建议74件、政协提案96件，其中主办件分别为41件和58件。",
        [("subset", "consistent", ("74件", "41件")), ("subset", "consistent", ("96件", "58件"))],
    ),
    Case(
        "分别由…提高到 states changes of each, no list of parts of the figure before",
        "全县民生支出达到31.6亿元，占一般公共预算支出的81.9%。城乡低保标准分别由每人每月700元、520元提高到"
        "760元和575元，分别增长8.6%和10.6%。",
        [],
        absent=(("sum", ("31.6亿元", "760元", "575元")),),
    ),
    Case(
        "a change cell of a rate row is of that row, not of the row above",
        "表2  主要指标\n指标名称        2023年      2024年      增减\n用电量（亿千瓦时）   2781.4    2952.1    170.7\n"
        "线损率（%）        5.12      4.86      -0.26\n",
        [("diff", "consistent", ("2781.4", "170.7", "2952.1"))],
    ),
]


def assert_passage(c: Case) -> None:
    """Every wanted check is found with its verdict, none of the absent ones is, and no other check alarms."""
    got = check(extract(c.text), c.text)
    unmatched = list(got)
    for rule, verdict, cited in c.want:
        hit = next((x for x in unmatched if x.rule == rule and texts(x) == tuple(sorted(cited))), None)
        assert hit is not None, f"no {rule} over {cited}; got {[(x.rule, texts(x), x.verdict) for x in got]}"
        assert hit.verdict == verdict, hit.explanation
        unmatched.remove(hit)
    for rule, cited in c.absent:
        assert not any(x.rule == rule and texts(x) == tuple(sorted(cited)) for x in got), (rule, cited)
    alarms = [x.explanation for x in unmatched if x.verdict == "inconsistent"]
    assert not alarms, alarms


@pytest.mark.parametrize("c", CASES, ids=[c.name for c in CASES])
def test_passage(c: Case) -> None:
    assert_passage(c)


def test_a_piece_of_a_long_text_checks_as_the_passage_alone() -> None:
    """The CLI checks a long document piece by piece, each with the whole text: the layout around the
    piece's claims is read from that span, so the verdicts are those of the passage alone."""
    passage = "\n".join(c.text for c in CASES[:6])
    pad = "前言\n" + "本报告所称的数据均为初步统计。\n" * 20000
    text = pad + passage + "\n" + pad
    alone = check(extract(passage), passage)
    claims = extract(text)
    inside = [c for c in claims if len(pad) <= c.start < len(pad) + len(passage)]
    got = check(inside, text)
    assert [(c.rule, c.verdict, texts(c)) for c in got] == [(c.rule, c.verdict, texts(c)) for c in alone]
