"""False alarms of lists and rates, and relations found across the ways a text is written: passages of our own
through extract and check (see test_checks_prose for the format)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jzreport import check, extract
from jzreport.checks import _named_agree, relate, rules
from jzreport.checks.model import build
from test_checks_prose import Case, assert_passage

CASES = [
    Case(
        "a rate past a ；is of the count whose kinds stand between, maybe",
        "发出检察建议1260件,按领域分,生态环境615件、食品药品安全402件、其他领域243件;到期回复整改1248件,"
        "回复整改率99.0%。受理申请540件,按类型分,咨询类212件、求助类328件;办结536件,办结率98.3%。",
        [
            ("sum", "consistent", ("1260件", "615件", "402件", "243件")),
            ("part_rate", "consistent", ("1260件", "1248件", "99.0%")),
            ("sum", "consistent", ("540件", "212件", "328件")),
            ("part_rate", "inconsistent", ("540件", "536件", "98.3%")),
        ],
    ),
    Case(
        "trips of aircraft, ships and vehicles make up the trips of all craft",
        "项目 | 2023年 | 2024年 | 同比增减(%)\n出入境交通工具(架/艘/辆次) | 41620 | 50215 | 20.7\n"
        "其中:飞机(架次) | 12406 | 15880 | 28.0\n船舶(艘次) | 3214 | 3105 | -3.4\n车辆(辆次) | 26000 | 31230 | 20.1\n",
        [
            ("sum", "consistent", ("41620", "12406", "3214", "26000")),
            ("sum", "consistent", ("50215", "15880", "3105", "31230")),
            ("change_rate", "consistent", ("41620", "50215", "20.7")),
            ("change_rate", "consistent", ("12406", "15880", "28.0")),
            ("change_rate", "consistent", ("3214", "3105", "-3.4")),
            ("change_rate", "consistent", ("26000", "31230", "20.1")),
        ],
    ),
    Case(
        "kinds that make a series complete by itself, named before the whole's own name, make it up",
        "全市快递业务量由上年的3.26亿件增至3.85亿件。全年同城快递业务量完成0.62亿件,异地快递业务量完成3.14亿件,"
        "国际/港澳台快递业务量完成906.5万件。全市快递业务收入28.40亿元。同城快递业务收入4.12亿元,异地快递业务收入"
        "19.86亿元,国际/港澳台快递业务收入3.42亿元。",
        [
            ("sum", "consistent", ("3.85亿件", "0.62亿件", "3.14亿件", "906.5万件")),
            ("sum", "inconsistent", ("28.40亿元", "4.12亿元", "19.86亿元", "3.42亿元")),
        ],
    ),
    Case(
        "a bound passed is no headline total; the place's figure a from-to pair ends on is",
        "全区快递业务量在上年突破五亿件的基础上继续较快增长。\n一、总体情况\n"
        "全区快递业务量由2023年的5.62亿件增至6.48亿件,同比增长15.3%。\n二、分市情况\n"
        "首府快递业务量完成2.41亿件,占全区的37.2%;其余各市均未超过1亿件。",
        [
            ("change_rate", "consistent", ("5.62亿件", "6.48亿件", "15.3%")),
            ("part_rate", "consistent", ("6.48亿件", "2.41亿件", "37.2%")),
        ],
    ),
    Case(
        "a bare share is of the whole place's figure before; kinds' shares, the last with its count, add to 100",
        "一、常住人口\n全县常住人口为412650人。\n二、年龄构成\n"
        "全县0—14岁人口占15.58%,15—59岁人口占61.05%,60岁及以上人口96420人,占23.37%,其中65岁及以上人口70216人,"
        "占17.02%。",
        [
            ("sum", "consistent", ("15.58%", "61.05%", "23.37%")),
            ("part_rate", "consistent", ("412650人", "96420人", "23.37%")),
        ],
    ),
    Case(
        "a yield in 公斤/亩 or 公斤/公顷 is the output over the area the chapter's parts stated before, past a bound",
        "一、粮食生产情况\n（一）面积稳定。全县粮食播种面积96.40万亩,较上年增加0.82万亩。\n"
        "（二）总产增加。全县粮食总产量44.15万吨,连续五年稳定在40万吨以上。\n"
        "（三）单产提高。全县粮食平均单产458.0公斤/亩。\n"
        "全市油料播种面积12.6千公顷,总产量3.15万吨,单产2600公斤/公顷。",
        [
            ("part_rate", "consistent", ("96.40万亩", "44.15万吨", "458.0公斤/亩")),
            ("part_rate", "inconsistent", ("12.6千公顷", "3.15万吨", "2600公斤/公顷")),
        ],
    ),
    Case(
        "a joint share of two items, one named short, is of both; 不包括 opens no list of parts",
        "全年各项税费收入286.40亿元。其中,税收收入201.30亿元;社会保险费收入70.20亿元,非税收入14.90亿元,"
        "社保费和非税收入合计占各项税费收入的三成左右。全市流动人口为512.60万人,其中,省内流动人口为318.40万人,"
        "不包括省内流动的外省流入人口为194.20万人。",
        [
            ("sum", "consistent", ("286.40亿元", "201.30亿元", "70.20亿元", "14.90亿元")),
            ("part_rate", "consistent", ("286.40亿元", "70.20亿元", "14.90亿元", "三成")),
            ("sum", "consistent", ("512.60万人", "318.40万人", "194.20万人")),
        ],
    ),
    Case(
        "market shares of firms are of the kind the firms hold, stated paragraphs before",
        "上半年全市原保险保费收入52.40亿元。其中,财产险保费收入14.50亿元,同比增长5.1%;人身险保费收入37.90亿元。"
        "总体看,市场运行平稳。\n车险保费收入8.10亿元,非车险保费收入6.40亿元。\n从主要财产险公司看,人保财险保费收入"
        "5.22亿元,市场份额36.0%;平安财险2.90亿元,市场份额18.0%;国寿财险1.16亿元,市场份额8.0%。",
        [
            ("sum", "consistent", ("52.40亿元", "14.50亿元", "37.90亿元")),
            ("part_rate", "consistent", ("14.50亿元", "5.22亿元", "36.0%")),
            ("part_rate", "inconsistent", ("14.50亿元", "2.90亿元", "18.0%")),
            ("part_rate", "consistent", ("14.50亿元", "1.16亿元", "8.0%")),
            ("subset", "consistent", ("14.50亿元", "5.22亿元", "2.90亿元", "1.16亿元")),
        ],
    ),
    Case(
        "a goal for an indicator, kinds beside a total, items a paragraph breaks down, a count past a ；",
        "全市地区生产总值7580.6亿元。全年原保险保费收入312.46亿元,保险深度为4.12%。"
        "力争到\"十四五\"末全市保险深度达到4.5%。"
        "以上五类问题合计7058件。此外,安全问题263件,假冒问题181件,计量问题97件,其他问题781件。"
        "全年承担科研项目三十七项,其中国家级项目两项；横向项目结题验收48项。\n"
        "二、成果转化情况\n合同金额合计2.18亿元。其中,转让合同金额3,120万元;技术开发合同金额1.87亿元。\n"
        "转让、许可、作价投资方式的合同金额分别为1,485万元、736万元和899万元。",
        [
            ("part_rate", "consistent", ("7580.6亿元", "312.46亿元", "4.12%")),
            ("subset", "consistent", ("三十七项", "两项")),
            ("sum", "consistent", ("2.18亿元", "3,120万元", "1.87亿元")),
        ],
    ),
    Case(
        "a standard per head in brackets, a figure its items outgrow, and a 其中 of the change are no relations",
        "按年末常住人口517.8万人计算,全市人均粮食占有量689公斤,高于国家粮食安全标准线(人均400公斤)。"
        "全年柔性引进院士三名,新引进国家级领军人才十四名、省级领军人才六十三名、博士研究生二百一十七名。"
        "撂荒耕地由3260亩减少至410亩,减少87.4%,其中复耕种粮一千八百余亩。",
        [("change_rate", "consistent", ("3260亩", "410亩", "87.4%"))],
    ),
    Case(
        "yields do not add up; flows per day and counts in either measure word do",
        "夏粮单产 | 公斤/亩 | 404.3 | 390.1\n其中:小麦 | 公斤/亩 | 433.1 | 412.1\n"
        "县城污水处理厂合计处理规模8.5万吨/日,其中城东污水处理厂5万吨/日、城西污水处理厂3.5万吨/日。"
        "珍贵文物1286件/套。珍贵文物中,一级文物43件/套、二级文物189件/套、三级文物1054件/套。",
        [
            ("sum", "consistent", ("8.5万吨/日", "5万吨/日", "3.5万吨/日")),
            ("sum", "consistent", ("1286件/套", "43件/套", "189件/套", "1054件/套")),
        ],
    ),
    Case(
        "an item scoped by a shortened name of an item before is a part of that item, not one more",
        "全县共有幼儿园87所。其中,公办幼儿园52所,民办幼儿园35所,民办园中认定为普惠性民办幼儿园的27所。",
        [("sum", "consistent", ("87所", "52所", "35所"))],
    ),
    Case(
        "a last item over twice its whole is another quantity; the two branches of insurance are complete",
        "非车险保费146.16亿元,其中农业保险保费23.80亿元,为184.2万户次农户提供风险保障612.5亿元。"
        "全年赔款与给付支出412.68亿元。其中,财产险赔款176.03亿元;人身险赔付236.65亿元。受台风影响,支付赔款约9.6亿元。"
        "高技能人才18.53万人,高技能人才占技能人才总量（56.84万人）的比重为32.6%。",
        [
            ("subset", "consistent", ("146.16亿元", "23.80亿元")),
            ("sum", "consistent", ("412.68亿元", "176.03亿元", "236.65亿元")),
            ("part_rate", "consistent", ("56.84万人", "18.53万人", "32.6%")),
        ],
    ),
    Case(
        "kinds of cases after an intake and what was done of it are of the intake, and not for sure",
        "全市司法鉴定机构共受理鉴定委托18640件,完成鉴定17912件。从鉴定类别看,法医类鉴定13120件;"
        "物证类鉴定3240件;声像资料鉴定860件;其他类别鉴定1420件。",
        [("sum", "consistent", ("18640件", "13120件", "3240件", "860件", "1420件"))],
    ),
    Case(
        "the whole a part is listed of, of several named alike",
        "将原有132个窗口整合为84个,减少48个,其中综合受理窗口36个,占窗口总数的42.9%。",
        [("part_rate", "consistent", ("84个", "36个", "42.9%"))],
    ),
    Case(
        "a part that is the whole said again, rounded, is no sure part of a share",
        "各分厅办件情况如下（单位：件）：\n分厅　受理量　办结量　即办件\n公安服务分厅　38241　38241　30017\n"
        "税务分厅　112086　111874　89702\n合计　150327　150115　119719\n"
        "从上表看，全年中心共受理办件15.03万件，办结15.01万件，办结率99.9%；即办件占受理量的79.6%。\n",
        [
            ("sum", "consistent", ("150327", "38241", "112086")),
            ("part_rate", "unverifiable", ("150327", "15.03万件", "79.6%")),
        ],
    ),
    Case(
        "a total in two measures adds each item's figure in its own measure",
        "全市城市低保对象745户1188人、农村低保对象6120户9480人,合计6865户10668人。",
        [
            ("sum", "consistent", ("6865户", "745户", "6120户")),
            ("sum", "consistent", ("10668人", "1188人", "9480人")),
        ],
        absent=(("sum", ("6865户", "745户", "1188人", "6120户", "9480人")),),
    ),
    Case(
        "what one year added is no step of a pair years apart",
        "全市农机专业合作社由2020年的88家增至2024年的146家,增长65.9%,当年新增13家。",
        [("change_rate", "consistent", ("88家", "146家", "65.9%"))],
        absent=(("diff", ("88家", "13家", "146家")),),
    ),
    Case(
        "a stock's total in the sentence after a dimension's kinds is no further kind",
        "全年新建改建绿道合计38.6公里。按类型分,城市绿道24.1公里,郊野绿道14.5公里。全市绿道总里程达到241公里。",
        [("sum", "consistent", ("38.6公里", "24.1公里", "14.5公里"))],
    ),
    Case(
        "grades under a count that has its own rate may be shares of all tested, not of that count",
        "全区学生体质健康测试合格人数41250人,合格率为93.1%。其中优秀8360人(占18.9%)、良好14520人,优良率达51.6%。",
        [],
    ),
    Case(
        "a 其中 after the rest is of the rest, not of a smaller group named alike before it",
        "上述3个市州投入强度均高于全省平均水平,其余11个市州均低于全省平均水平,其中4个市州投入强度不足1%。",
        [("subset", "consistent", ("11个", "4个"))],
    ),
    Case(
        "a dimension's kinds reach past a sentence that holds no figure they could be of",
        "全年线网客运量4.80亿人次,同比增长8.6%。最高日客运量出现在4月30日,达196.52万人次。"
        "按进站和换乘划分,进站量3.20亿人次,换乘量1.60亿人次。",
        [("sum", "consistent", ("4.80亿人次", "3.20亿人次", "1.60亿人次"))],  # they make it up exactly
    ),
    Case(
        "a whole so reached is no sure whole: kinds that miss it say nothing",
        "公司为186.4万户次农户提供风险保障1,052.7亿元。每亩保额提高至800元至1,200元。"
        "分险种看,种植险保费24.53亿元、养殖险保费13.18亿元、森林保险保费3.55亿元。",
        [],
    ),
    Case(
        "a 同比 rate is over the same day a year before, not over the year's end",
        "截至6月30日,全区实有市场主体38620户,较上年末的37104户净增1516户,同比增长6.2%。",
        [("diff", "consistent", ("37104户", "1516户", "38620户"))],
        absent=(("change_rate", ("37104户", "38620户", "6.2%")),),
    ),
    Case(
        "points over a growth the text names for the whole city are not over the countryside's",
        "全市农村网络零售额26.40亿元,同比增长10.5%。农产品网络零售额11.2亿元,同比增长14.1%,"
        "高于全市网络零售额增速5.0个百分点。",
        [],
        absent=(("point_change", ("10.5%", "14.1%", "5.0个百分点")),),
    ),
    Case(
        "a multiple of the year before, after a comparison with the year's end",
        "注册社会团体46家,比上年末净增7家;全年公布团体标准126项,是上年60项的2倍多。",
        [("change_rate", "consistent", ("60项", "126项", "2倍"))],
    ),
    Case(
        "museums by the grade they were awarded leave out those never graded",
        "全市备案博物馆二十六家。按质量等级分,国家一级博物馆两家、国家二级博物馆五家、国家三级博物馆六家。",
        [("subset", "consistent", ("二十六家", "两家", "五家", "六家"))],
        absent=(("sum", ("二十六家", "两家", "五家", "六家")),),
    ),
    Case(
        "interchange stations are underground or raised as well, no third kind",
        "线网共设车站96座,其中地下站71座、高架站25座;换乘站12座。",
        [("sum", "consistent", ("96座", "71座", "25座")), ("subset", "consistent", ("96座", "12座"))],
        absent=(("sum", ("96座", "71座", "25座", "12座")),),
    ),
    Case(
        "parts counted at the year's end are of the whole at its end, not at its start",
        "全市水库年初蓄水总量5.12亿立方米,年末蓄水总量4.86亿立方米。其中,大型水库年末蓄水量3.40亿立方米,"
        "中型水库年末蓄水量1.46亿立方米。",
        [("sum", "consistent", ("4.86亿立方米", "3.40亿立方米", "1.46亿立方米"))],
        absent=(("sum", ("5.12亿立方米", "3.40亿立方米", "1.46亿立方米")),),
    ),
    Case(
        "a bare share after the list's whole had a share of a named whole may be of that named whole",
        "全年收到新的和严重报告9,800份,占报告总数的32.0%;其中严重报告3,675份,占12.0%。",
        [],
    ),
    Case(
        "the sides of a net are the totals, not the last item listed under one",
        "全年新设经营主体8.40万户。其中新设企业2.60万户;新设个体工商户5.70万户;新设农民专业合作社950户。"
        "全年注销经营主体5.10万户,其中注销企业1.30万户。新设与注销相抵,全年净增经营主体3.30万户。",
        [("diff", "consistent", ("8.40万户", "5.10万户", "3.30万户"))],
    ),
    Case(
        "a 其中 list read past a ； to parts that make over twice the whole is no sure error",
        "年末大牲畜存栏12.7万头,其中肉牛存栏10.4万头;生猪存栏18.6万头,能繁母猪存栏1.83万头。",
        [],
    ),
    Case(
        "a numerator larger than the base is still an error when nothing else stands between them",
        "受理纠纷11933起,调解成功41929件,调解成功率达99.9%。",
        [("part_rate", "inconsistent", ("11933起", "41929件", "99.9%"))],
    ),
    Case(
        "nearly three times is no more than a tenth under three",
        "区政府审结的复议案件977件中直接纠错236件,较去年90件增长了近3倍。",
        [("change_rate", "inconsistent", ("90件", "236件", "3倍"))],
    ),
    Case(
        "two kinds of one series exclude each other, so they cannot outnumber the whole",
        "新登记市场主体2941户,其中企业1187户、个体工商户1764户。",
        [("sum", "inconsistent", ("2941户", "1187户", "1764户"))],
    ),
    Case(
        "a rate whose numerator would exceed the base is not of that base",
        "全年办理行政复议案件37件、行政应诉案件52件,行政机关负责人出庭应诉率100%。",
        [("part_rate", "unverifiable", ("37件", "52件", "100%"))],
    ),
    Case(
        "the 其中 row of a table holds the rows indented under it, not the next row flush with its parent",
        "指标 | 单位 | 数值\n本外币存款余额 | 亿元 | 100.5\n其中:住户存款 | 亿元 | 40.2\n"
        "本外币贷款余额 | 亿元 | 80.1\n",
        [("subset", "consistent", ("100.5", "40.2"))],
        (("sum", ("100.5", "40.2", "80.1")),),
    ),
    Case(
        "a bound is no whole of the parts after it; an on-time rate is of the cases done, whose count is not given",
        "年末全县政府债务余额41.26亿元,在省核定的债务限额44.90亿元以内,其中一般债务22.18亿元、专项债务19.08亿元。"
        "全年共收到政府信息公开申请152件,办结149件,按时办结率100%。",
        [("sum", "consistent", ("41.26亿元", "22.18亿元", "19.08亿元"))],
        (("part_rate", ("152件", "149件", "100%")),),
    ),
    Case(
        "an expenditure, then what is added to it (加), then the total",
        "市本级一般公共预算支出48.93亿元,加补助下级支出15.20亿元、债务还本支出5.80亿元、安排预算稳定调节基金1.10亿元,"
        "支出总计71.03亿元。",
        [("sum", "consistent", ("71.03亿元", "48.93亿元", "15.20亿元", "5.80亿元", "1.10亿元"))],
    ),
    Case(
        "a figure, then items added to it (加上), then their total; the 共 of 一般公共预算 is no total",
        "市本级一般公共预算收入38.20亿元,加上级补助收入96.34亿元、调入资金9.46亿元,收入总计144.00亿元。",
        [("sum", "consistent", ("144.00亿元", "38.20亿元", "96.34亿元", "9.46亿元"))],
        (("subset", ("38.20亿元", "96.34亿元", "9.46亿元")),),
    ),
    Case(
        "general and special debt are all of a government's debt",
        "年末政府债务余额386.52亿元,其中一般债务余额152.36亿元、专项债务余额228.16亿元。",
        [("sum", "inconsistent", ("386.52亿元", "152.36亿元", "228.16亿元"))],
    ),
    Case(
        "a share said of a level's kinds together is no share of the last of them",
        "全乡共有行政村14个,创建省级民主法治示范村1个、市级3个、县级5个,示范村占行政村总数的百分之六十以上。",
        [("subset", "consistent", ("14个", "1个", "3个", "5个"))],
        (("part_rate", ("14个", "5个", "百分之六十")),),
    ),
    Case(
        "a table row of this year, last year and the change between them is a change rate",
        "单位：台\n项目 | 2024年 | 2023年 | 同比增减\n销售量 | 52,310 | 48,126 | 8.69%\n"
        "库存量 | 9,842 | 13,061 | -26.65%\n",
        [("change_rate", "consistent", ("48,126", "52,310", "8.69%")),
         ("change_rate", "inconsistent", ("13,061", "9,842", "-26.65%"))],
    ),
    Case(
        "a second rate of the same figure is the share of a part of it, not the same share again; a total with its "
        "currency before the amount",
        "报告期内公司实现营业收入人民币113,274百万元。本期费用化研发投入人民币5,862百万元,资本化研发投入人民币117百万元,"
        "研发投入合计人民币5,979百万元,研发投入总额占营业收入比例为5.28%,研发投入资本化的比重为1.96%。",
        [("part_rate", "consistent", ("113,274百万元", "5,979百万元", "5.28%")),
         ("sum", "consistent", ("5,979百万元", "5,862百万元", "117百万元"))],
        (("part_rate", ("113,274百万元", "5,979百万元", "1.96%")),),
    ),
    Case(
        "a balanced account's total is the total of each side, and the sides follow in sections",
        "一、收入支出决算总体情况\n本年度收入、支出决算总计4,862.37万元。\n（一）收入决算情况\n本年收入合计4,517.09万元。\n"
        "（二）支出决算情况\n本年支出合计4,633.72万元。",
        [],
        (("sum", ("4,862.37万元", "4,517.09万元", "4,633.72万元")),),
    ),
    Case(
        "a share of a stock's total is no share of the year's intake",
        "全年新增技能人才18.5万人,其中高技能人才6.1万人,高技能人才占技能人才总量的比重达到31.6%。",
        [("subset", "consistent", ("18.5万人", "6.1万人"))],
        (("part_rate", ("18.5万人", "6.1万人", "31.6%")),),
    ),
    Case(
        "nearly double is what rounds to double",
        "水果产量由1995年的8200吨增至15000吨,增长近一倍。",
        [("change_rate", "consistent", ("8200吨", "15000吨", "一倍"))],
    ),
    Case(
        "groups after 其中 whose own shares make well over 100 overlap: each within the whole, no sum",
        "全校现有专任教师520人,其中“双师型”教师368人,占70.8%;具有硕士及以上学位教师301人,占57.9%。",
        [("subset", "consistent", ("520人", "368人", "301人"))],
        (("sum", ("520人", "368人", "301人")), ("sum", ("70.8%", "57.9%"))),
    ),
    Case(
        "a known series with shares that make over 100 is still a partition that does not add up",
        "全县常住人口50万人,其中城镇人口30万人,占60.0%;乡村人口25万人,占50.0%。",
        [("sum", "inconsistent", ("50万人", "30万人", "25万人")), ("sum", "inconsistent", ("60.0%", "50.0%"))],
    ),
    Case(
        "a share said of the listed items together is no share of the last of them",
        "全区文旅产业增加值达到28.6亿元,其中景区、民宿收入分别为6.1亿元、8.3亿元,占比合计50.3%。",
        [],
        (("part_rate", ("28.6亿元", "8.3亿元", "50.3%")),),
    ),
    Case(
        "the head of a 其中 list that is itself a share of the whole named is no whole of its parts' shares",
        "出席会议的股东所持有表决权股份总数为20,000,000股,占公司有表决权股份总数的40.0000%。其中:现场出席的股东"
        "所持股份15,000,000股,占公司有表决权股份总数的30.0000%;网络投票的股东所持股份5,000,000股,"
        "占公司有表决权股份总数的10.0000%。",
        [("sum", "consistent", ("20,000,000股", "15,000,000股", "5,000,000股"))],
        (("part_rate", ("20,000,000股", "15,000,000股", "30.0000%")),),
    ),
    Case(
        "a change against last year and an amount against an earlier year are two changes",
        "全年办公经费支出1860万元,较上年下降3.2%,较2020年减少420万元。",
        [],
        (("change_rate", ("1860万元", "420万元", "3.2%")),),
    ),
    Case(
        "an average per vehicle is no whole of the kinds of cost after it",
        "全年公务用车运行费用980万元,单车年均运行费用2.45万元。其中燃油费520万元,维修费310万元,其他费用150万元。",
        [("sum", "consistent", ("980万元", "520万元", "310万元", "150万元"))],
        (("subset", ("2.45万元", "520万元")),),
    ),
    Case(
        "a total since an earlier year after a 其中 list is no further part of the year's whole",
        "全年新开工安置住房3200套,其中新建2100套、改建1100套。“十四五”以来累计开工1.46万套,占规划目标的73.0%。",
        [("sum", "consistent", ("3200套", "2100套", "1100套"))],
        (("subset", ("3200套", "1.46万套")),),
    ),
    Case(
        "a population a rate is counted on (按…人口…计算) is no whole of the kinds listed after it",
        "全市共有科普人员36842人。按常住人口512.6万人计算,每万人口拥有科普人员71.9人。从人员构成看,科普专职人员5127人,"
        "科普兼职人员31715人,专职人员占13.9%。",
        [],
        (("part_rate", ("512.6万人", "5127人", "13.9%")),),
    ),
    Case(
        "a share over a whole smaller than its part, not three in a row, is in doubt, not an alarm",
        "年内新建社区科普e站12个,累计建成39个,覆盖全区43个社区中的39个,覆盖率90.7%。",
        [],
    ),
    Case(
        "full-time and part-time staff are all of them; a list past its rest (其他) was cut short",
        "全省共有科普人员13.52万人。其中,科普专职人员1.87万人,科普兼职人员11.65万人。农村科普人员4.12万人,占30.5%。"
        "全省科普经费筹集额52.84亿元。其中,政府拨款38.17亿元;自筹资金11.26亿元;其他收入2.78亿元;社会捐赠0.63亿元,"
        "不足筹集总额的1.2%。",
        [("sum", "consistent", ("13.52万人", "1.87万人", "11.65万人"))],
    ),
    Case(
        "a whole from the sentence before smaller than a kind listed is not what the kinds break down",
        "一、矿山数量\n全市共有矿山186个。\n二、矿山结构\n大中型矿山合计53个,占比28.5%。按矿种分,非金属矿山131个,"
        "金属矿山38个,能源矿山17个。",
        [],
        (("sum", ("53个", "38个", "17个")),),
    ),
    Case(
        "a scope whose clause ends before the rate (四项收入中增速最快的一项,对…贡献率) is no sure count it is of",
        "人均转移净收入12133元,增长9.4%,是四项收入中增速最快的一项,对收入增长的贡献率超过三成。",
        [],
    ),
    Case(
        "a 分别 list with one part larger than the whole before it is still of that whole: a slip the sum shows",
        "区政府审结的复议案件977件中直接纠错236件。结果分别为决定撤销48件,责令履职10件,撤销并责令重做28件,确认违法450件。",
        [("sum", "inconsistent", ("236件", "48件", "10件", "28件", "450件"))],
    ),
    Case(
        "a list of what was closed is of no count of what is still open before it; nor is the rate of two of them",
        "全年结案1069件,结案率96.1%,未结案件43件均在法定审限内。其中,调解结案318件,撤回申请结案207件,调撤率49.1%。",
        [("part_rate", "consistent", ("1069件", "318件", "207件", "49.1%"))],
        (("part_rate", ("43件", "318件", "207件", "49.1%")),),
    ),
    Case(
        "an item of a list smaller than the part is no sure whole of the share that names it",
        "新创建省级文明村(社区)5个、市级文明村(社区)38个,全县县级以上文明村(社区)累计达到215个,占村(社区)总数的41.3%。",
        [("part_rate", "unverifiable", ("38个", "215个", "41.3%"))],
    ),
    Case(
        "a share that names in full a figure with a share of its own is of that figure, the widest so named",
        "全县户籍人口52.6万人，其中60岁及以上老年人口12.4万人，占23.6%；65岁及以上老年人口9.1万人，占17.3%；"
        "80岁及以上老年人口1.9万人，占老年人口的15.3%。",
        [
            ("part_rate", "consistent", ("52.6万人", "12.4万人", "23.6%")),
            ("part_rate", "consistent", ("52.6万人", "9.1万人", "17.3%")),
            ("part_rate", "consistent", ("12.4万人", "1.9万人", "15.3%")),
        ],
        (("part_rate", ("52.6万人", "1.9万人", "15.3%")), ("part_rate", ("9.1万人", "1.9万人", "15.3%"))),
    ),
    Case(
        "rates per head listed with 分别 are never added up against a total of another sentence",
        "全区社会保障和就业支出达到12.6亿元。城乡居民最低生活保障标准分别提高到每人每月820元和610元。",
        [],
        (("sum", ("12.6亿元", "820元", "610元")),),
    ),
    Case(
        "a 分别 list of another subject is no breakdown of the figure before it",
        "全年城镇新增就业4120人。城乡特困供养人员分别为380人和2960人。",
        [],
        (("sum", ("4120人", "380人", "2960人")),),
    ),
    Case(
        "a 分别 list named like the whole before it is still read as its parts",
        "全区共有各类学校58所。其中小学、初中分别为41所和17所。",
        [("sum", "consistent", ("58所", "41所", "17所"))],  # the two make it up exactly
    ),
    Case(
        "a rate of a denied outcome is over the outcomes together",
        "审查起诉各类案件3,210人，决定起诉2,760人，决定不起诉390人，不起诉率12.4%。",
        [("part_rate", "consistent", ("2,760人", "390人", "12.4%"))],
    ),
    Case(
        "a rate of a denied outcome that fits no base is no proof",
        "审查起诉各类案件3,210人，决定起诉2,760人，决定不起诉390人，不起诉率15.0%。",
        [],
    ),
    Case(
        "a count named as not taken in is no numerator of the intake rate",
        "全年收到复议申请940件，受理812件，不予受理128件，受理率86.4%。",
        [("part_rate", "consistent", ("940件", "812件", "86.4%"))],
    ),
    Case(
        "the failed lots are no numerator of the pass rate: the rate is of what they leave, (2,400 − 36)/2,400",
        "全年抽检食品2,400批次，检出不合格36批次，合格率98.5%。",
        [("part_rate", "consistent", ("2,400批次", "36批次", "98.5%"))],
    ),
    Case(
        "kinds listed after 其中 with names of their own cannot add up to more than the whole",
        "全年审结复议案件318件，其中维持204件、撤销26件、确认违法18件、驳回75件。",
        [("sum", "inconsistent", ("318件", "204件", "26件", "18件", "75件"))],
    ),
    Case(
        "kinds listed after 其中 that add up to less than the whole need not be all of it",
        "全年审结复议案件318件，其中维持204件、撤销26件、确认违法18件。",
        [("subset", "consistent", ("318件", "204件", "26件", "18件"))],
    ),
    Case(
        "a net increase over the year before is the change of the level stated with it",
        "全市规模以上工业企业836家，比上年净增96家，增长13.0%。",
        [("change_rate", "consistent", ("836家", "96家", "13.0%"))],
    ),
    Case(
        "items added to a headline figure that end in 等 may fall short of the total",
        "全区一般公共预算收入完成28.40亿元,增长5.1%。加上上级补助收入52.16亿元、调入资金4.3亿元、上年结余1.2亿元等,"
        "收入总计88.20亿元。",
        [("subset", "consistent", ("88.20亿元", "28.40亿元", "52.16亿元", "4.3亿元", "1.2亿元"))],
    ),
    Case(
        "items added to a headline figure without 等 are all of the total",
        "全区一般公共预算收入完成28.40亿元,增长5.1%。加上上级补助收入52.16亿元、调入资金4.3亿元、上年结余1.2亿元,"
        "收入总计88.20亿元。",
        [("sum", "inconsistent", ("88.20亿元", "28.40亿元", "52.16亿元", "4.3亿元", "1.2亿元"))],
    ),
    Case(
        "items that end in 等 still cannot exceed their total",
        "全区一般公共预算收入完成28.40亿元,增长5.1%。加上上级补助收入52.16亿元、调入资金4.3亿元等,收入总计81.00亿元。",
        [("sum", "inconsistent", ("81.00亿元", "28.40亿元", "52.16亿元", "4.3亿元"))],
    ),
    Case(
        "a table row set in as far as the row above a 其中 group is that row's sibling, not its part",
        "表1  主要产品产量\n  产品        单位     产量\n  棉花        万吨     12.40\n    其中：长绒棉  万吨   5.10\n"
        "          细绒棉  万吨   7.30\n  茶叶        万吨      3.85\n  水产品      万吨     26.70\n",
        [("sum", "consistent", ("12.40", "5.10", "7.30"))],
        (("sum", ("12.40", "5.10", "7.30", "3.85", "26.70")),),
    ),
    Case(
        "a figure named …合计 after listed kinds is their total, not one more kind",
        "年末全县电力装机容量达到418.6万千瓦。其中，水电装机122.4万千瓦，风电装机96.3万千瓦，光伏装机88.5万千瓦，"
        "可再生能源装机合计307.2万千瓦，占总装机容量的73.4%。",
        [
            ("sum", "consistent", ("307.2万千瓦", "122.4万千瓦", "96.3万千瓦", "88.5万千瓦")),
            ("part_rate", "consistent", ("418.6万千瓦", "307.2万千瓦", "73.4%")),
        ],
        (("subset", ("418.6万千瓦", "122.4万千瓦", "96.3万千瓦", "88.5万千瓦", "307.2万千瓦")),),
    ),
    Case(
        "a total named …合计 that its kinds miss is caught, and so is its share of the whole",
        "年末全县电力装机容量达到418.6万千瓦。其中，水电装机122.4万千瓦，风电装机96.3万千瓦，光伏装机88.5万千瓦，"
        "可再生能源装机合计307.2万千瓦，占总装机容量的71.4%。",
        [("part_rate", "inconsistent", ("418.6万千瓦", "307.2万千瓦", "71.4%"))],
    ),
    Case(
        "a clause with a new verb after a 其中 list is what else was done, no kind of the whole",
        "全年完成古籍修复480册,其中善本修复120册、普通古籍修复310册,完成缩微拍摄3.6万拍。",
        [("subset", "consistent", ("480册", "120册", "310册"))],
    ),
    Case(
        "a count set right before a rate's name counts what the rate is of",
        "全县26个地表水监测断面中，达到Ⅲ类以上断面24个，占92.3%；8个乡镇集中式饮用水水源地水质达标率为100%。",
        [("part_rate", "consistent", ("26个", "24个", "92.3%"))],
        (("part_rate", ("26个", "8个", "100%")),),
    ),
    Case(
        "a share of the total of the bare head is over the figure named by it, not one narrowed to some sites",
        "春节假期全市共接待游客612.4万人次,同比增长9.2%。全市重点监测的景区接待游客238.5万人次。"
        "一日游游客459.3万人次,占游客总数的75.0%。",
        [("part_rate", "consistent", ("612.4万人次", "459.3万人次", "75.0%"))],
    ),
    Case(
        "with only a narrowed figure for the total, its share proves nothing",
        "春节假期全市重点监测的景区接待游客238.5万人次。一日游游客179.3万人次,占游客总数的75.0%。",
        [("part_rate", "unverifiable", ("238.5万人次", "179.3万人次", "75.0%"))],
    ),
    Case(
        "a whole of one month, smaller than the part, is no whole of the share; the months together may be",
        "1-9月,全省港口货物吞吐量累计完成12.62亿吨,增长4.1%。9月份,港口货物吞吐量完成1.48亿吨,增长3.3%。"
        "沿海港口完成8.10亿吨,占全部港口货物吞吐量的64.2%。",
        [("part_rate", "consistent", ("12.62亿吨", "8.10亿吨", "64.2%"))],
        (("part_rate", ("1.48亿吨", "8.10亿吨", "64.2%")),),
    ),
    Case(
        "a share of a stretch of time is over the whole named in a sentence of that stretch",
        "1-9月,全省港口货物吞吐量累计完成12.62亿吨,增长4.1%。9月份,港口货物吞吐量完成1.48亿吨,增长3.3%。"
        "1-9月,沿海港口完成8.10亿吨,占全部港口货物吞吐量的68.2%。",
        [("part_rate", "inconsistent", ("12.62亿吨", "8.10亿吨", "68.2%"))],
    ),
    Case(
        "a bare 占 after 其中 like the 占 of the list's whole before it may be of the unstated population",
        "全县常住人口中,0-14岁人口为8.12万人,占17.6%;15-59岁人口为27.35万人,占59.3%;60岁及以上人口为10.66万人,"
        "占23.1%,其中65岁及以上人口为7.84万人,占17.0%。",
        [("part_rate", "unverifiable", ("10.66万人", "7.84万人", "17.0%"))],
    ),
    Case(
        "a bare 占 after 其中 is of the population when that is stated",
        "年末全县常住人口46.13万人。全县常住人口中,0-14岁人口为8.12万人,占17.6%;15-59岁人口为27.35万人,占59.3%;"
        "60岁及以上人口为10.66万人,占23.1%,其中65岁及以上人口为7.84万人,占19.0%。",
        [("part_rate", "inconsistent", ("46.13万人", "7.84万人", "19.0%"))],
    ),
    Case(
        "shares listed with 分别 go in order with the parts, each over the whole of its own kind",
        "全县小学招生7215人，在校生43870人；初中招生6892人，在校生20514人。"
        "小学、初中随迁子女在校生分别为5126人、1903人，占在校生的11.7%和9.3%。",
        [
            ("part_rate", "consistent", ("43870人", "5126人", "11.7%")),
            ("part_rate", "consistent", ("20514人", "1903人", "9.3%")),
        ],
    ),
    Case(
        "a share listed with 分别 that misses the whole of its own kind is caught",
        "全县小学招生7215人，在校生43870人；初中招生6892人，在校生20514人。"
        "小学、初中随迁子女在校生分别为5126人、1903人，占在校生的11.7%和10.3%。",
        [("part_rate", "inconsistent", ("20514人", "1903人", "10.3%"))],
    ),
    Case(
        "shares listed with 分别 whose kinds name no whole of their own are not paired with the last part",
        "全市出口总额824.7亿元，增长6.1%。一般贸易、加工贸易出口分别为531.6亿元、212.4亿元，占出口总额的64.5%和27.8%。",
        [],
        (("part_rate", ("531.6亿元", "212.4亿元", "64.5%")),),
    ),
    Case(
        "after a ；the other side of the whole (收入 then 支出) is no part of it",
        "全市政府性基金预算收入完成62.40亿元,下降9.1%,其中国有土地使用权出让收入55.10亿元,下降10.3%;"
        "政府性基金预算支出81.25亿元,下降4.2%。",
        [("subset", "consistent", ("62.40亿元", "55.10亿元"))],
    ),
    Case(
        "figures of flows and goals in the sections after a stock are no shares of it",
        "截至6月底,全县实有各类市场主体5.42万户,增长4.1%。\n一、新设登记\n上半年,全县新设市场主体3860户,增长9.2%。\n"
        "二、注销退出\n上半年共注销市场主体1210户,下降2.3%。\n三、下一步工作\n力争年底实有市场主体突破5.6万户。",
        [],
        (("sum", ("5.42万户", "3860户", "1210户", "5.6万户")),),
    ),
    Case(
        "a list that names its whole right before its first kind (新设企业中服务业) is of that whole",
        "上半年新设市场主体4120户。其中新设企业1380户,新设个体工商户2740户。"
        "从行业看,新设企业中服务业1150户,占83.3%;制造业196户;农业34户。",
        [("part_rate", "consistent", ("1380户", "1150户", "83.3%"))],
        (("part_rate", ("4120户", "1150户", "83.3%")),),
    ),
    Case(
        "a figure of one day after a period's list is no further kind of it",
        "春运期间全县共发送旅客286.5万人次,增长5.2%。其中,铁路发送旅客92.4万人次;公路发送旅客174.1万人次。"
        "返程高峰日出现在正月初八,当日发送旅客25.6万人次。",
        [("subset", "consistent", ("286.5万人次", "92.4万人次", "174.1万人次"))],
    ),
    Case(
        "parts by another dimension after a 其中 part are no siblings of it",
        "春节档全市电影票房1.62亿元,增长12.4%。其中大年初一单日票房0.41亿元。"
        "从影片看,票房前三的影片合计票房1.28亿元,占档期总票房的79.0%。",
        [("part_rate", "consistent", ("1.62亿元", "1.28亿元", "79.0%"))],
        (("sum", ("1.62亿元", "0.41亿元", "1.28亿元")),),
    ),
    Case(
        "a whole narrowed to units the share's own sentence names too is still its whole",
        "全市规模以上工业企业实现营业收入2860.4亿元,增长6.2%。规模以上工业企业实现利润总额168.2亿元,占营业收入的6.9%。",
        [("part_rate", "inconsistent", ("2860.4亿元", "168.2亿元", "6.9%"))],
    ),
    Case(
        "a rate of hazards fixed is over the ordinary and the major hazards together",
        "全年排查一般隐患2380项、重大隐患20项，整改完成2376项，整改率为99.0%。",
        [("part_rate", "consistent", ("2380项", "20项", "2376项", "99.0%"))],
    ),
    Case(
        "three grades side by side: the best is no whole of the other two",
        "共抽查案卷512卷。评查结果:优秀106卷,合格378卷,不合格28卷。",
        [],
        (("sum", ("106卷", "378卷", "28卷")),),
    ),
    Case(
        "a refusal beside other outcomes is nothing done of the outcome before it",
        "办理结果为:予以公开508件,部分公开164件,无法提供233件,不予处理41件,其他处理57件。",
        [],
        (("sum", ("233件", "41件", "57件")),),
    ),
    Case(
        "past a ；a rate may be of what its own clause names, not of the whole of a 其中 list: no alarm",
        "全年作出行政处罚决定9,316件,其中适用简易程序2,875件；重大执法决定法制审核986件,审核率100%。",
        [("subset", "consistent", ("9,316件", "2,875件", "986件"))],
    ),
    Case(
        "what is taken from two figures together is no part of the second alone",
        "全县地表水资源量9.64亿立方米,地下水资源量3.27亿立方米,扣除两者之间的重复计算量2.05亿立方米后,"
        "水资源总量为10.86亿立方米。",
        [("sum", "consistent", ("10.86亿立方米", "9.64亿立方米", "3.27亿立方米", "2.05亿立方米"))],
        (("sum", ("3.27亿立方米", "2.05亿立方米", "10.86亿立方米")),),
    ),
    Case(
        "a running total after a 其中 item is no kind of the year's count",
        "综合治理小流域七条,其中按生态清洁小流域标准建设3条,全县生态清洁小流域累计达到18条。",
        [("subset", "consistent", ("七条", "3条"))],
    ),
    Case(
        "kinds of an item listed under its name and 中 are its parts, not more items of the whole",
        "实现保险业务收入148.60亿元。其中,车险保费收入87.25亿元;非车险保费收入61.35亿元,非车险中健康险17.40亿元、"
        "农业保险19.85亿元、责任保险11.62亿元、其他险种12.48亿元。",
        [
            ("sum", "consistent", ("148.60亿元", "87.25亿元", "61.35亿元")),
            ("sum", "consistent", ("61.35亿元", "17.40亿元", "19.85亿元", "11.62亿元", "12.48亿元")),
        ],
    ),
    Case(
        "a rate of money paid is no share of the people or visits listed before it, nor is one end of a range",
        "门诊慢特病患者享受待遇856.2万人次,其中住院12.4万人次;住院费用基金支付比例为78.3%。"
        "医疗救助支出2.1亿元,救助18.6万人次,其中住院救助3.2万人次,住院救助比例为60%至85%。",
        [
            ("subset", "consistent", ("856.2万人次", "12.4万人次")),
            ("subset", "consistent", ("18.6万人次", "3.2万人次")),
        ],
        (("part_rate", ("856.2万人次", "12.4万人次", "78.3%")), ("part_rate", ("18.6万人次", "3.2万人次", "60%"))),
    ),
    Case(
        "the highest amounts a policy allows, set side by side, add up to nothing",
        "个人住房公积金贷款最高额度60万元,其中,单缴存职工最高额度40万元,双缴存职工最高额度60万元。",
        [],
        (("sum", ("60万元", "40万元", "60万元")),),
    ),
    Case(
        "a share in brackets under a kind is a note on that kind: the kinds around it still make 100",
        "按购房类型分,购买新房占47.20%(其中购买共有产权住房占1.15%),购买二手房占49.63%,其他占3.17%。",
        [("sum", "consistent", ("47.20%", "49.63%", "3.17%"))],
    ),
    Case(
        "a kind and its complement (公办, 非公办) are all of the whole; an item after them is of another dimension",
        "全县共有幼儿园86所,其中公办48所、非公办38所,省级示范幼儿园9所。",
        [("sum", "consistent", ("86所", "48所", "38所")), ("subset", "consistent", ("86所", "9所"))],
    ),
    Case(
        "what lies outside the grades (等外) is listed beside the graded roads, no part of them",
        "按技术等级分,等级公路里程12680公里,占公路总里程的96.4%。其中,高速公路512公里,一级公路386公里,"
        "二级公路1254公里,三级公路2216公里,四级公路8312公里;等外公路473公里。",
        [("sum", "consistent", ("12680公里", "512公里", "386公里", "1254公里", "2216公里", "8312公里"))],
    ),
    Case(
        "a bare share after two amounts of one measure may be of the nearer one, not only of the headline",
        "全年受理劳动人事争议案件4120件,涉案金额5.12亿元。仲裁机构审结案件涉案金额3.40亿元,为劳动者追回欠薪2.55亿元,"
        "占75.0%。",
        [("part_rate", "consistent", ("3.40亿元", "2.55亿元", "75.0%"))],
    ),
    Case(
        "last year's rate, stated to compare, is not of this year's counts",
        "调解组织受理6.2万件,调解成功4.5万件,调解成功率72.6%,比上年的70.1%提高2.5个百分点。",
        [
            ("part_rate", "consistent", ("6.2万件", "4.5万件", "72.6%")),
            ("point_change", "consistent", ("70.1%", "72.6%", "2.5个百分点")),
        ],
        (("part_rate", ("6.2万件", "4.5万件", "70.1%")),),
    ),
    Case(
        "a figure of the sentence before that one item alone outgrows is not what a list by a dimension breaks down",
        "全年受理劳动人事争议案件1374件。新就业形态劳动者争议增长较快,全年受理261件。从行业看,制造业案件487件,"
        "建筑业案件281件。",
        [],
        (("sum", ("261件", "487件", "281件")),),
    ),
    Case(
        "the whole the items' shares name is the whole of their list, not the total the list stands after",
        "全年组织税费收入212.40亿元,同比增长3.1%。其中,税收收入158.60亿元,社会保险费和非税收入53.80亿元。分税种看,"
        "增值税66.20亿元,占税收收入的41.7%;企业所得税31.75亿元,占20.0%;其余各税种合计60.65亿元。",
        [
            ("sum", "consistent", ("212.40亿元", "158.60亿元", "53.80亿元")),
            ("part_rate", "consistent", ("158.60亿元", "66.20亿元", "41.7%")),
            ("part_rate", "consistent", ("158.60亿元", "31.75亿元", "20.0%")),
            ("sum", "consistent", ("158.60亿元", "66.20亿元", "31.75亿元", "60.65亿元")),
        ],
    ),
    Case(
        "the value of the invoices a case is about is no part of the money collected",
        "全年查处涉税违法案件96起,查补收入1.32亿元,同比下降5.2%;其中查处虚开发票案件15起,涉及发票860余份,"
        "价税合计近6.4亿元。",
        [("subset", "consistent", ("96起", "15起"))],
        (("subset", ("1.32亿元", "6.4亿元")),),
    ),
    Case(
        "shares that each hold and make well under 100: the kinds listed are some of the whole, not all of it",
        "学院2024届毕业生共2650人。从去向看,协议就业1402人,占毕业生总数的52.91%;升学512人,占19.32%;"
        "灵活就业388人,占14.64%;其他去向96人,占3.62%。",
        [
            ("part_rate", "consistent", ("2650人", "1402人", "52.91%")),
            ("part_rate", "consistent", ("2650人", "512人", "19.32%")),
            ("part_rate", "consistent", ("2650人", "388人", "14.64%")),
            ("subset", "consistent", ("2650人", "1402人", "512人", "388人", "96人")),
            ("part_rate", "consistent", ("2650人", "96人", "3.62%")),
        ],
    ),
    Case(
        "kinds named by what they put before the whole's name, the rest among them, make up that whole stated before;"
        " 完成 in their names is no status, nor 其他 the rest of the kind before it",
        "全年快递业务收入累计完成150.00亿元,同比增长10.2%。\n分业务看,同城快递业务收入完成20.00亿元,"
        "异地快递业务收入完成90.00亿元,国际快递业务收入完成10.00亿元,其他快递业务收入完成30.00亿元。",
        [("sum", "consistent", ("150.00亿元", "20.00亿元", "90.00亿元", "10.00亿元", "30.00亿元"))],
        (("sum", ("90.00亿元", "10.00亿元", "30.00亿元")),),
    ),
    Case(
        "a share in a sentence that opens on a scope is of the figure so named further back (a table's row), not of the"
        " chapter's headline total",
        "一、经费投入情况\n全市共投入R&D经费200.00亿元,增长12.9%。\n分执行主体看:\n执行主体 | R&D经费(亿元) | 比重(%)\n"
        "企业 | 160.00 | 80.0\n其他 | 40.00 | 20.0\n全市R&D经费投入强度为2.73%。\n企业R&D经费中,规模以上工业企业"
        "144.00亿元,占90.0%。",
        [("part_rate", "consistent", ("160.00", "144.00亿元", "90.0%"))],
        (("part_rate", ("200.00亿元", "144.00亿元", "90.0%")),),
    ),
    Case(
        "letters, visits and the internet are all the channels of petitions: their sum must make the whole",
        "全年共接收群众来信来访及网络信访1452件，其中来信617件、来访402件、网络信访和12309检察服务热线来电443件，"
        "均在7日内告知“收到了”。",
        [("sum", "inconsistent", ("1452件", "617件", "402件", "443件"))],
    ),
    Case(
        "a total row under marked groups, one of them a label over numbered lines, is no sum of the rows since it",
        "三、本年度办理结果\n(单位:件)\n(一)予以公开\t30\n(二)部分公开\t12\n(三)不予公开\n1.属于国家秘密\t0\n"
        "2.危及安全稳定\t1\n(四)无法提供\n1.本机关不掌握\t8\n2.没有现成信息\t2\n(五)不予处理\t3\n(六)总计\t56\n",
        [],
    ),
    Case(
        "a 其中 list that falls short of its whole, whose first item the others make up, is of that first item",
        "全县排查出信访积案二百一十件,领导包案一百六十件。截至年底已化解一百五十件,化解率71.4%。其中,历时3年以上的"
        "“老案”36件,化解29件,剩余7件已列入明年督办清单。",
        [
            ("part_rate", "consistent", ("二百一十件", "一百五十件", "71.4%")),
            ("sum", "consistent", ("36件", "29件", "7件")),
        ],
        (("sum", ("一百五十件", "36件", "29件", "7件")),),
    ),
    Case(
        "the rest's own total (其余…,合计) is the list's last item, not the sum of the items before it; their shares"
        " are of the total said first",
        "全年受理投诉举报31,500件次。质量类12,600件次,占40.0%;价格类9,462件次,占30.0%;合同类4,731件次,占15.0%;"
        "其余为广告、计量等方面,合计4,707件次。",
        [
            ("part_rate", "consistent", ("31,500件次", "12,600件次", "40.0%")),
            ("part_rate", "consistent", ("31,500件次", "9,462件次", "30.0%")),
            ("part_rate", "consistent", ("31,500件次", "4,731件次", "15.0%")),
        ],
        (("sum", ("4,707件次", "12,600件次", "9,462件次", "4,731件次")),),
    ),
    Case(
        "kinds by a dimension that fall short of the context's whole and add up to a part of it stated before them are"
        " that part's kinds; kinds beside another dimension's in their own sentence are not",
        "全市机动车保有量500.0万辆,其中新能源汽车60.00万辆,占12.0%。全年新能源汽车净增15.20万辆。"
        "从车型看,纯电动汽车45.00万辆,占75.0%;插电式混合动力汽车14.80万辆,占24.7%;燃料电池汽车2000辆。\n"
        "全市共有博物馆三十一家。按性质分,国有博物馆十九家、非国有博物馆十二家;按等级分,一级博物馆一家、二级博物馆四家、"
        "三级博物馆七家。",
        [
            ("part_rate", "consistent", ("60.00万辆", "45.00万辆", "75.0%")),
            ("part_rate", "consistent", ("60.00万辆", "14.80万辆", "24.7%")),
            ("sum", "consistent", ("60.00万辆", "45.00万辆", "14.80万辆", "2000辆")),
        ],
        (("part_rate", ("500.0万辆", "45.00万辆", "75.0%")), ("sum", ("十二家", "一家", "四家", "七家"))),
    ),
    Case(
        "a figure before that one kind of a dimension outgrows is the whole of none of its kinds",
        "全市机动车保有量500.0万辆,其中新能源汽车60.00万辆。全年新能源汽车新增15.20万辆。"
        "从车型看,纯电动汽车45.00万辆,占75.0%;插电式混合动力汽车14.80万辆,占24.7%;燃料电池汽车2000辆。",
        [("subset", "consistent", ("500.0万辆", "60.00万辆"))],
        (("part_rate", ("15.20万辆", "14.80万辆", "24.7%")), ("sum", ("15.20万辆", "14.80万辆", "2000辆"))),
    ),
    Case(
        "kinds by a dimension of a chapter's headline that make a complete series (国内, 国际, 地区) and fall short of"
        " it are a slip; kinds that need not be all of it are not",
        "全年旅客吞吐量1586.20万人次,同比增长9.4%。\n按航线性质分:国内航线1482.35万人次;国际航线81.64万人次;"
        "地区航线12.21万人次。\n全年货邮吞吐量21.8万吨。\n按货物类别分:快件9.6万吨;普货7.9万吨;冷链3.1万吨。",
        [("sum", "inconsistent", ("1586.20万人次", "1482.35万人次", "81.64万人次", "12.21万人次"))],
        absent=(("sum", ("21.8万吨", "9.6万吨", "7.9万吨", "3.1万吨")),),
    ),
    Case(
        "a year-on-year rate is not over a value of years before that a share after it is taken of",
        "全年港口货物吞吐量2.46亿吨,同比增长7.2%,是2019年(1.83亿吨)的134.4%。",
        [("part_rate", "consistent", ("1.83亿吨", "2.46亿吨", "134.4%"))],
        absent=(("change_rate", ("1.83亿吨", "2.46亿吨", "7.2%")),),
    ),
    Case(
        "the value of 上一年度 is an earlier one, no whole of the 其中 after it",
        "全县留用资金额度248.6万元,较上一年度的131.2万元增加117.4万元,其中县中医院分得92.5万元,占37.2%。",
        [
            ("diff", "consistent", ("131.2万元", "248.6万元", "117.4万元")),
            ("subset", "consistent", ("248.6万元", "92.5万元")),
            ("part_rate", "consistent", ("248.6万元", "92.5万元", "37.2%")),
        ],
    ),
    Case(
        "a column of rates beside the counts is each row's own rate, no share of the total row",
        "分类情况如下：\n事项　申请数（件）　准予（件）　不予（件）　办结率\n首次登记　212　205　7　100%\n"
        "变更登记　98　98　0　100%\n注销登记　41　41　0　100%\n合计　351　344　7　100%\n",
        [
            ("sum", "consistent", ("351", "212", "98", "41")),
            ("sum", "consistent", ("344", "205", "98", "41")),
        ],
        absent=(("part_rate", ("7", "0", "100%")),),
    ),
    Case(
        "kinds by a dimension named for a deed (从使用方向看) are of the figure of that deed, not of one beside it",
        "全年计提职工教育经费2.64亿元，实际使用2.31亿元，使用率87.5%。从使用方向看，岗位技能培训0.98亿元，"
        "职工学历教育补贴0.52亿元，在线学习平台建设0.47亿元，其他职工教育支出0.34亿元。",
        [
            ("part_rate", "consistent", ("2.64亿元", "2.31亿元", "87.5%")),
            ("sum", "consistent", ("2.31亿元", "0.98亿元", "0.52亿元", "0.47亿元", "0.34亿元")),
        ],
        absent=(("sum", ("2.64亿元", "0.98亿元", "0.52亿元", "0.47亿元", "0.34亿元")),),
    ),
    Case(
        "rows flush under a table's 其中 row that make up the row above with it are its parts, column by column",
        "主要指标如下:\n指标 | 2024年 | 2023年 | 增长(%)\n发电量(亿千瓦时) | 412.6 | 389.1 | 6.0\n"
        "其中:火电 | 251.3 | 248.7 | 1.0\n清洁能源 | 161.3 | 140.4 | 14.9\n用电量(亿千瓦时) | 398.2 | 377.5 | 5.5\n",
        [
            ("sum", "consistent", ("412.6", "251.3", "161.3")),
            ("sum", "consistent", ("389.1", "248.7", "140.4")),
        ],
        absent=(("sum", ("412.6", "251.3")), ("sum", ("398.2", "251.3", "161.3"))),
    ),
    Case(
        "rows under a head count that make it up in runs, one per dimension, are its parts; rows that do not are none",
        "员工情况如下:\n指标 | 单位 | 2024年 | 2023年\n员工总数 | 人 | 2,418 | 2,305\n男 | 人 | 1,532 | 1,471\n"
        "女 | 人 | 886 | 834\n本科及以上 | 人 | 1,107 | 1,021\n本科以下 | 人 | 1,311 | 1,284\n\n"
        "客户情况如下:\n指标 | 单位 | 2024年\n客户总数 | 户 | 860\n个人客户 | 户 | 512\n企业客户 | 户 | 300\n",
        [
            ("sum", "consistent", ("2,418", "1,532", "886")),
            ("sum", "consistent", ("2,305", "1,471", "834")),
            ("sum", "consistent", ("2,418", "1,107", "1,311")),
            ("sum", "consistent", ("2,305", "1,021", "1,284")),
        ],
        absent=(("sum", ("860", "512", "300")),),
    ),
    Case(
        "a rate of what a group did is over the group, stated a section back and named there in full",
        "一、培训情况\n（一）学员规模\n本年度结业学员1860人，其中初级班学员1124人、中级班学员736人。\n（二）取证情况\n"
        "初级学员取证1031人，取证率91.7%；中级学员取证702人，取证率95.4%。",
        [
            ("sum", "consistent", ("1860人", "1124人", "736人")),
            ("part_rate", "consistent", ("1124人", "1031人", "91.7%")),
            ("part_rate", "consistent", ("736人", "702人", "95.4%")),
        ],
    ),
    Case(
        "shares of kinds named bare after a whole, in a clause of their own, make 100 with the rest; after a share of"
        " one more kind said first they do not",
        "全区共有注册志愿者8460人，青年、中年、老年和其他志愿者分别占46.2%、31.5%、17.9%和4.4%。"
        "分类型看，环保类组织占比最大，达41.6%，助老类、助学类、文化类分别占22.3%、14.8%和9.5%，其他类合计占11.8%。",
        [("sum", "consistent", ("46.2%", "31.5%", "17.9%", "4.4%"))],
        absent=(("sum", ("22.3%", "14.8%", "9.5%", "11.8%")),),
    ),
    Case(
        "a figure of the whole's own measure in the sentence after its list is no further kind of it",
        "全市新能源装机由2020年底的1105.6万千瓦增加至2024年底的2286.3万千瓦,增长1.07倍,提前一年实现规划目标(2200万千瓦)。"
        "其中,风电由512.3万千瓦增加至931.8万千瓦,增长81.9%;光伏发电由426.9万千瓦增加至1208.1万千瓦,增长近1.8倍,"
        "成为第一大新能源电源;生物质发电146.4万千瓦。四年间,全市累计新增新能源装机一千一百余万千瓦,完成投资约886亿元。",
        # the item after the ；makes up the whole with those before exactly: it is the last of them
        [("sum", "consistent", ("2286.3万千瓦", "931.8万千瓦", "1208.1万千瓦", "146.4万千瓦"))],
        absent=(("sum", ("2286.3万千瓦", "931.8万千瓦", "1208.1万千瓦", "一千一百余万千瓦")),),
    ),
    Case(
        "a count of places is no whole of the other things a 其中 after it counts; a part of places that outgrows it is"
        " a slip",
        "全县共有村卫生室186个。全县九个乡镇均已实现村卫生室标准化建设,其中评为示范卫生室的有34个。"
        "全市共有街道8个,其中城区街道11个。",
        [("subset", "inconsistent", ("8个", "11个"))],
        absent=(("subset", ("九个", "34个")),),
    ),
    Case(
        "a month's average per head of a total over a quarter or a year is the total over the heads and the months",
        "一季度发放高龄津贴1263.60万元,惠及3.51万人,月人均120元。全年发放困难残疾人生活补贴2.95亿元,惠及3.12万人,"
        "月人均788元。",
        [
            ("part_rate", "consistent", ("1263.60万元", "3.51万人", "120元")),
            ("part_rate", "consistent", ("2.95亿元", "3.12万人", "788元")),
        ],
    ),
    Case(
        "a section's total whose kinds its own sentence lists takes no later figures of the section as more kinds",
        "二、资源布局\n全县现有各级各类养老机构46家,其中公办机构19家、民办机构27家。普惠性养老机构38家,占比82.6%。\n"
        "年内新建成养老机构4家,新增床位620张。城区应移交的小区配套养老机构12家,已移交11家,剩余1家年内完成。",
        [
            ("sum", "consistent", ("46家", "19家", "27家")),
            ("sum", "consistent", ("12家", "11家", "1家")),
        ],
        absent=(("sum", ("46家", "38家", "4家", "12家")),),
    ),
    Case(
        "a kind named with its figure in brackets between two items of a list is an item too",
        "全年共受理咨询2460件。从渠道看,网上咨询1318件,占53.6%,首次超过电话咨询量(872件);窗口及其他270件。",
        [("sum", "consistent", ("2460件", "1318件", "872件", "270件"))],
    ),
    Case(
        "of two wholes, a kind takes the one its name holds with a word put in (弃水电量 of 弃电量)",
        "全年水电、风电合计发电量218.40亿千瓦时;合计弃电量3.62亿千瓦时。其中,水电发电量152.16亿千瓦时,弃水电量2.05亿千瓦时;"
        "风电发电量66.24亿千瓦时,弃风电量1.57亿千瓦时。",
        [
            ("sum", "consistent", ("218.40亿千瓦时", "152.16亿千瓦时", "66.24亿千瓦时")),
            ("sum", "consistent", ("3.62亿千瓦时", "2.05亿千瓦时", "1.57亿千瓦时")),
        ],
    ),
    Case(
        "a rate of completion after a figure and its target in brackets is the figure over the target",
        "东岭县新增造林1.86万亩(目标2.4万亩),完成率77.5%;西岭县1.32万亩(目标任务1.50万亩),完成率84.0%。",
        [
            ("part_rate", "consistent", ("2.4万亩", "1.86万亩", "77.5%")),
            ("part_rate", "inconsistent", ("1.50万亩", "1.32万亩", "84.0%")),
        ],
    ),
    Case(
        "a paragraph that opens with what was closed by a date rates it over the intake of the paragraph before",
        "全年共受理供水服务投诉5230件,比上年减少310件。从投诉内容看,水压类2104件,水质类1580件。\n"
        "截至2025年1月20日,已办结5176件,办结率99.0%,其余54件正在处理。",
        [("part_rate", "consistent", ("5230件", "5176件", "99.0%"))],
    ),
    Case(
        "the rest after a scope the sentence opens with (超标水样中) is of the figure the scope names, not the intake",
        "全年共采集水样1480个,其中达标1472个、超标8个,达标率99.5%。超标水样中,城北处理厂5个,主要为雨季进水量骤增所致;"
        "其余3个分布在城南、城西两厂。",
        [("sum", "consistent", ("1480个", "1472个", "8个")), ("subset", "consistent", ("8个", "5个"))],
        absent=(("sum", ("1480个", "5个", "3个")),),
    ),
    Case(
        "shares of kinds named one by one take a kind with a note in brackets; a share said before the run, with a"
        " figure of its own, leaves the run short of the whole, which proves nothing",
        "毕业生去向中,升学的占31.2%,就业(含灵活就业)的占58.4%,其他占10.4%。服装类实现零售额81.10亿元,占24.6%;"
        "家电类占14.2%;食品类(含农产品)占11.5%;通讯器材类占7.9%;其余品类合计占41.8%。",
        [("sum", "consistent", ("31.2%", "58.4%", "10.4%"))],
    ),
    Case(
        "parts counted twice where they overlap make the whole less the overlap",
        "全县水资源总量18.62亿立方米,其中地表水资源量16.74亿立方米,地下水资源量4.35亿立方米,两者重复计算量2.47亿立方米。",
        [("sum", "consistent", ("18.62亿立方米", "16.74亿立方米", "4.35亿立方米", "2.47亿立方米"))],
    ),
    Case(
        "what only one of them holds (不重复量) is no overlap to take away",
        "全县水资源总量18.62亿立方米,其中地表水资源量16.74亿立方米,地下水与地表水不重复量1.88亿立方米。",
        [("sum", "consistent", ("18.62亿立方米", "16.74亿立方米", "1.88亿立方米"))],  # they make it up exactly
    ),
    Case(
        "a share of an unsaid kind of a figure named as its whole (一级古树占古树总数的) is some k of that figure",
        "全县登记在册古树名木1286株,其中古树1243株、名木43株;一级古树占古树总数的百分之三点二。",
        [("grim", "consistent", ("1243株", "百分之三点二"))],
        absent=(("part_rate", ("1286株", "1243株", "百分之三点二")),),
    ),
    Case(
        "a share after a count of kinds (两大类,其中前者占) is of what the kinds hold, not some k of the kinds",
        "从岗位看,72.6%的招聘需求集中在技术工人、商业服务人员两大类,其中前者占44.8%。全县共有重点企业38家,"
        "其中规上企业占73.7%。",
        [("grim", "consistent", ("38家", "73.7%"))],
        absent=(("grim", ("两大类", "44.8%")),),
    ),
    Case(
        "kinds that are two of the four a whole's bracket names are not all of it",
        "肠道传染病(细菌性痢疾、伤寒、戊肝和其他感染性腹泻)共报告1862例,其中细菌性痢疾96例、伤寒21例。",
        [("subset", "consistent", ("1862例", "96例", "21例"))],
    ),
    Case(
        "a 其中 part that outgrows the last of a run of kinds before it is no part of that kind",
        "年末全县持证小额贷款机构86家，较上年末减少三家。按控股类型分，国有控股机构61家，民营控股机构25家；其中，"
        "纳入地方监管体系的机构58家，实现县域业务全覆盖。",
        [],
        absent=(("subset", ("25家", "58家")),),
    ),
    Case(
        "a share that takes the whole named by the share before it is no surer of that whole than the first",
        "甲、乙类合计报告18种12860例。\n二、人群分布\n报告病例中男性7412例,女性5448例。60岁及以上病例3196例,占报告病例"
        "总数的24.85%;"
        "按职业分,离退休人员2271例,占17.66%。",
        [],
    ),
    Case(
        "a rate in a clause of its own that names another thing is no rate of the from-to pair before it; one the pair"
        " names is",
        "实行告知承诺后,企业开办平均用时由法定的十五个工作日压缩至三个工作日,群众办事平均提交材料减少百分之三十五。"
        "行政审批事项由120项精简至84项,精简率30.0%。",
        [("change_rate", "consistent", ("120项", "84项", "30.0%"))],
        absent=(("change_rate", ("十五个工作日", "三个工作日", "百分之三十五")),),
    ),
    Case(
        "a Chinese numeral with a point is rounded as its digits would be",
        "全年领用疫苗四十二点六万支,实际使用四十一点三万支,使用率97.0%。",
        [("part_rate", "consistent", ("四十二点六万支", "四十一点三万支", "97.0%"))],
    ),
    Case(
        "kinds of a dimension that outgrow the whole only together are a slip to show, not kinds of another whole",
        "全年办理二手房交易2,953套。分区域看,城关镇1,867套、经开区694套、其余各镇412套。",
        [("sum", "inconsistent", ("2,953套", "1,867套", "694套", "412套"))],
    ),
    Case(
        "sums of money under 其中, each with a deed of its own, that overrun the whole by a little are a slip; a list"
        " that overruns it by far was read past its end",
        "已整改问题金额1500.00万元,其中拨付滞留资金820.00万元,收回多计工程款310.00万元,盘活闲置资产400.00万元。"
        "全年筹集资金5000万元,其中省级补助3000万元,县级配套1500万元,社会捐赠500万元,已支出4200万元。",
        [
            ("sum", "inconsistent", ("1500.00万元", "820.00万元", "310.00万元", "400.00万元")),
            ("sum", "consistent", ("5000万元", "3000万元", "1500万元", "500万元")),
            ("subset", "consistent", ("5000万元", "4200万元")),
        ],
    ),
    Case(
        "a rate named for one part of a list (开放率 of 向社会开放) is of that part, though the whole bears the word"
        " too; a rate named for every part (债务率 of 一般债务, 专项债务) is of no part",
        "完成到期档案开放鉴定12000件,其中向社会开放9000件,开放率达78.0%;控制使用3000件。"
        "年末政府债务余额84.32亿元,其中一般债务36.10亿元、专项债务48.22亿元,债务率136.8%。",
        [
            ("part_rate", "inconsistent", ("12000件", "9000件", "78.0%")),
            ("sum", "consistent", ("84.32亿元", "36.10亿元", "48.22亿元")),
        ],
        (("part_rate", ("84.32亿元", "48.22亿元", "136.8%")),),
    ),
    Case(
        "a share said of one kind by its name alone (城乡建设类占比) is of that kind's figure over its list's whole;"
        " when it holds, the list's whole read from the context is sure, and the list that falls short of it a slip",
        "全年全市信访总量12,000件次,较上年下降5.0%。\n按反映问题领域分,城乡建设类3,600件次,劳动社保类2,400件次,"
        "农业农村类1,800件次,其他类3,600件次。城乡建设类占比30.0%,继续居各领域首位。",
        [
            ("part_rate", "consistent", ("12,000件次", "3,600件次", "30.0%")),
            ("sum", "inconsistent", ("12,000件次", "3,600件次", "2,400件次", "1,800件次", "3,600件次")),
        ],
    ),
    Case(
        "a figure said again by the name of an earlier one of its value (两起较大事故分别为) is no item of the"
        " section's list",
        "全年共发生各类生产安全事故40起,其中较大事故2起。\n从行业领域看:道路运输事故25起;工矿商贸事故10起;"
        "火灾事故3起;农业机械事故2起。\n两起较大事故分别为化工园区中毒事故和隧道追尾事故,均已完成调查处理。",
        [("sum", "consistent", ("40起", "25起", "10起", "3起", "2起"))],
    ),
    Case(
        "kinds by a named dimension, built alike, are not all of the whole when one more figure of their measure"
        " opens the clause right after them",
        "全年报废血液1,200单位。按报废原因分,脂血报废700单位,破损渗漏报废300单位;因超过有效期报废的仅5单位。",
        [],
        (("sum", ("1,200单位", "700单位", "300单位")),),
    ),
    Case(
        "counts in proportion under a 结构 word (数量之比为2:5:7) make no hundred; villages sampled within townships"
        " (12个乡镇中抽选的48个行政村) are no part of them",
        "律师事务所按收入规模呈“金字塔”结构,大、中、小型律所数量之比为2:5:7。"
        "我们对全县12个乡镇中抽选的48个行政村、480户农户开展了调查。",
        [],
        (("sum", ("2", "5", "7")), ("subset", ("12个", "48个"))),
    ),
    Case(
        "a narrower kind of an item before it (5G移动电话用户 of 移动电话用户) is no further item of a section's total,"
        " nor a figure of the next paragraph broken down by a dimension of its own",
        "一、用户规模\n年末全市电话用户总数达到1600.0万户。一是移动电话用户稳中有增。移动电话用户1500.0万户,"
        "比上年末增加37.2万户。二是5G用户持续增加。5G移动电话用户达到900.0万户。三是固定电话用户继续减少。"
        "固定电话用户100.0万户。\n全市固定互联网宽带接入用户达到520.0万户,全年净增28.4万户。按接入速率分,"
        "千兆以下用户340.0万户,千兆及以上用户180.0万户。",
        [
            ("sum", "consistent", ("1600.0万户", "1500.0万户", "100.0万户")),
            ("subset", "consistent", ("520.0万户", "340.0万户", "180.0万户")),
        ],
    ),
    Case(
        "a table's rate of those closed in time (按期结案率) is no rate of the closed column over the intake, so no"
        " alarm; the plain rate beside it is",
        "区域\t立案数\t结案数\t结案率\t按期结案率\n东城区\t38412\t37905\t98.68\t96.21\n西城区\t29876\t29204\t97.75\t94.86\n",
        [
            ("part_rate", "consistent", ("38412", "37905", "98.68")),
            ("part_rate", "consistent", ("29876", "29204", "97.75")),
        ],
    ),
    Case(
        "kinds by a bare dimension that fall short of the chapter's headline but add up to another figure of the"
        " chapter are its kinds, and a structure's terms their shares",
        "一、总量规模\n全市文化产业增加值为400.00亿元,增长9.4%。全年全市实现地区生产总值8000.0亿元。\n二、结构持续优化\n"
        "从产业类型看,文化制造业增加值112.00亿元,文化批发和零售业增加值36.00亿元,文化服务业增加值252.00亿元,"
        "三者之比为28.0:9.0:63.0。",
        [
            ("sum", "consistent", ("400.00亿元", "112.00亿元", "36.00亿元", "252.00亿元")),
            ("part_rate", "consistent", ("400.00亿元", "112.00亿元", "28.0")),
        ],
        (("part_rate", ("8000.0亿元", "112.00亿元", "28.0")),),
    ),
    Case(
        "a figure set against the mean of the years before (较近五年均值41人) is the earlier value, in prose and as a"
        " table's column",
        "全年因灾死亡失踪23人,较近五年均值41人减少18人,下降43.9%。\n指标 | 2023年 | 近五年均值 | 变化\n"
        "倒塌房屋(间) | 4260 | 11200 | 下降62.0%\n",
        [
            ("diff", "consistent", ("41人", "18人", "23人")),
            ("change_rate", "consistent", ("41人", "23人", "43.9%")),
            ("change_rate", "consistent", ("11200", "4260", "62.0%")),
        ],
    ),
    Case(
        "items past a ；go on after two that only happen to open with a series' words (农村劳动力…, 城镇登记失业人员…);"
        " a series split alike (一般债券, 专项债券) is all of its whole",
        "全年培训6342人次。其中农村劳动力培训4106人次;城镇登记失业人员培训885人次;特殊群体培训217人次;"
        "其余为企业职工培训1134人次。余额变动主要来自两个方面:一是新增债券247.60亿元,其中一般债券38.20亿元、"
        "专项债券209.40亿元;二是发行再融资债券186.35亿元。",
        [
            ("sum", "consistent", ("6342人次", "4106人次", "885人次", "217人次", "1134人次")),
            ("sum", "consistent", ("247.60亿元", "38.20亿元", "209.40亿元")),
        ],
    ),
    Case(
        "a margin's whole is the income named in full (营业收入) over a nearer one named by the bare word in another"
        " sentence (其他业务收入); a segment's margin in its own sentence is of the segment's income",
        "公司实现营业收入812.46亿元。其中货运收入568.19亿元;客运收入41.73亿元;其他业务收入202.54亿元,同比增长4.6%。"
        "营业成本672.31亿元,营业毛利140.15亿元,毛利率为17.25%。分业务看,货运业务收入500.00亿元,毛利90.00亿元,"
        "毛利率18.00%。",
        [
            ("part_rate", "consistent", ("812.46亿元", "140.15亿元", "17.25%")),
            ("part_rate", "consistent", ("500.00亿元", "90.00亿元", "18.00%")),
        ],
    ),
    Case(
        "a rate of all ways together (综合利用率) bears the name of the list's whole: no share of the last way",
        "全年一般工业固体废物利用量820.5万吨,其中企业自行利用512.3万吨、委托利用308.2万吨,综合利用率为91.6%。",
        [("sum", "consistent", ("820.5万吨", "512.3万吨", "308.2万吨"))],
        (("part_rate", ("820.5万吨", "308.2万吨", "91.6%")),),
    ),
    Case(
        "kinds by a dimension in a sentence of their own, under a 其中 list, that add up to one of its items are of it",
        "全年共接收捐赠款物5200万元。其中,捐赠资金4300万元,物资折价900万元。从捐赠来源看,企业捐赠2600万元,"
        "个人捐赠1200万元,社会组织捐赠500万元。",
        [
            ("sum", "consistent", ("5200万元", "4300万元", "900万元")),
            ("sum", "consistent", ("4300万元", "2600万元", "1200万元", "500万元")),
        ],
        (("sum", ("5200万元", "2600万元", "1200万元", "500万元")),),
    ),
    Case(
        "rows flush under a 其中 row that make up the row above with it are its parts, not rows of the table's total",
        "收入项目 | 本年数 | 上年数\n捐赠收入 | 1500.00 | 1400.00\n其中:货币捐赠 | 1200.00 | 1150.00\n"
        "非货币捐赠 | 300.00 | 250.00\n投资收益 | 80.00 | 70.00\n其他收入 | 20.00 | 30.00\n合计 | 1600.00 | 1500.00\n",
        [
            ("sum", "consistent", ("1600.00", "1500.00", "80.00", "20.00")),
            ("sum", "consistent", ("1500.00", "1400.00", "70.00", "30.00")),
        ],
    ),
    Case(
        "town and country members after a headline of another thing are no parts of it; of the same thing they are",
        "全县共有乡镇综合文化站18个。城市社区图书分馆126个,农村文化书屋342个。"
        "年末常住人口总量52.6万人。城镇常住人口27.1万人,乡村常住人口25.5万人。",
        [("sum", "consistent", ("52.6万人", "27.1万人", "25.5万人"))],
        (("sum", ("18个", "126个", "342个")),),
    ),
    Case(
        "the rest said after a rate makes its part and the whole before add up: the whole is the rate's, for sure",
        "全年共收到群众来信来访312件。截至年底,已答复296件,答复率95.9%,其余16件正在核查。"
        "上述两类问题合计占来信总数的40.0%,其余3类问题较少。",
        [("part_rate", "inconsistent", ("312件", "296件", "95.9%"))],
    ),
    Case(
        "kinds by a dimension closing on the rest, right after their whole's sentence, are all of it",
        "全区登记在册的社会组织共136家。按类型分,社会团体、民办非企业单位、基金会及其他分别为52家、71家、14家。",
        [("sum", "inconsistent", ("136家", "52家", "71家", "14家"))],
    ),
    Case(
        "a share of an item whose list makes up its whole to the last digit is of that whole",
        "全县养老保险参保人数达48.62万人。其中,企业职工养老保险17.35万人,城乡居民养老保险31.27万人,居民养老参保人数占46.31%。"
        "全校共有教职工1250人。其中,专任教师980人,其他人员270人,教师占比78.4%。",
        [
            ("part_rate", "inconsistent", ("48.62万人", "31.27万人", "46.31%")),
            ("sum", "consistent", ("48.62万人", "17.35万人", "31.27万人")),
            ("sum", "consistent", ("1250人", "980人", "270人")),
        ],
    ),
    Case(
        "a pass rate right after the count of those put to the test is some k of them; of the failures it is not",
        "全年开展家庭农场示范评定,参评家庭农场59家,评定达标率72.5%。"
        "市场监管部门抽检共检出不合格样品41批次,不合格率1.37%。",
        [("grim", "inconsistent", ("59家", "72.5%"))],
        (("grim", ("41批次", "1.37%")),),
    ),
    Case(
        "a dimension opened after a comma (…N件，按内容分：) breaks down the figure before it",
        "全年共受理网上信访事项二百一十四件，按内容分：城乡建设类76件，劳动社保类58件，农村农业类41件，其他类37件。"
        "全区现有托育机构46家，按性质分，公办托育机构12家、普惠性民办托育机构34家。",
        [
            ("sum", "inconsistent", ("二百一十四件", "76件", "58件", "41件", "37件")),
            ("sum", "consistent", ("46家", "12家", "34家")),
        ],
    ),
    Case(
        "a price index's change in carry-over and new rises, the index named before 涨幅 or the change before 其中",
        "测算显示,上半年2.3%的居民消费价格涨幅中,翘尾因素影响0.9个百分点,新涨价因素影响1.6个百分点。"
        "10月份工业生产者出厂价格同比下降1.8%,其中翘尾因素影响约为-1.1个百分点,新涨价因素影响约为-0.7个百分点。",
        [
            ("sum", "inconsistent", ("2.3%", "0.9个百分点", "1.6个百分点")),
            ("sum", "consistent", ("1.8%", "-1.1个百分点", "-0.7个百分点")),
        ],
    ),
    Case(
        "kinds in other measure words among the items (18片, 153套) are left out of the sum, so it proves nothing",
        "全年新建体育设施312个,包括社区健身中心21个、笼式球场16片、健身路径118套和其他小型设施98个。",
        [],
        (("sum", ("312个", "21个", "98个")),),
    ),
    Case(
        "a ratio named by one character of each side (职普比) takes its terms in its own order",
        "全市高中阶段在校生7.42万人,普通高中和中职在校生分别为4.68万人和2.74万人,职普比为36.9:63.1。",
        [
            ("part_rate", "consistent", ("7.42万人", "2.74万人", "36.9")),
            ("part_rate", "consistent", ("7.42万人", "4.68万人", "63.1")),
        ],
    ),
    Case(
        "ratios said of each kind (生师比分别为) are no ratio of the totals before them",
        "全区义务教育阶段在校生48215人。小学、初中专任教师分别为2018人和1466人,生师比分别为16.2:1和10.6:1。",
        [],
        (("part_rate", ("48215人", "1466人", "16.2", "1")),),
    ),
    Case(
        "beds per thousand are of the beds the prose states, not of the last row of the table after it",
        "年末全市常住人口312.6万人。全市共有医疗卫生机构1862个,实有床位20345张。\n"
        "机构类别 | 机构数(个) | 床位数(张)\n医院 | 86 | 16210\n基层医疗卫生机构 | 1731 | 3982\n"
        "其他医疗卫生机构 | 45 | 153\n每千常住人口医疗卫生机构床位6.51张。",
        [("part_rate", "consistent", ("20345张", "312.6万人", "6.51张"))],
    ),
    Case(
        "a rate named by the whole's word and then the part's (孕产妇系统管理率) is of the two before it, for sure",
        "全区登记孕产妇3126人,年内接受系统管理2908人,孕产妇系统管理率94.1%。",
        [("part_rate", "inconsistent", ("3126人", "2908人", "94.1%"))],
    ),
    Case(
        "figures per thousand people: named just before, the next item of a list, the later value of a pair; "
        "a target per thousand is none",
        "年末全县常住人口62.4万人。全县实有床位3870张,每千常住人口6.20张。"
        "全县执业(助理)医师1512人、注册护士1838人,每千常住人口执业(助理)医师2.42人、注册护士2.95人。"
        "托位由1610个增至2246个,每千人口托位由2.58个提高到3.60个,距每千人口4.5个的目标仍有差距。",
        [
            ("part_rate", "consistent", ("62.4万人", "3870张", "6.20张")),
            ("part_rate", "consistent", ("62.4万人", "1838人", "2.95人")),
            ("part_rate", "consistent", ("62.4万人", "2246个", "3.60个")),
        ],
    ),
    Case(
        "terms of a structure moved from one ratio to another are no from-to pair a doubling is of",
        "三类业务量的结构比由上年的21.4:76.2:2.4调整为18.9:78.3:2.8,国际业务量较2020年翻了一番。"
        "城乡居民收入比由上年的2.31缩小至2.26,缩小0.05。",
        [
            ("sum", "consistent", ("21.4", "76.2", "2.4")),
            ("sum", "consistent", ("18.9", "78.3", "2.8")),
            ("diff", "consistent", ("2.31", "2.26", "0.05")),
        ],
        (("change_rate", ("21.4", "2.8", "一番")),),
    ),
    Case(
        "a share of a stock's total (指导站总数) is not of the new ones built this year",
        "全年新建社区服务站48家,全市总数达到306家,其中示范服务站47家,占服务站总数的15.4%。",
        [],
        (("part_rate", ("48家", "47家", "15.4%")),),
    ),
    Case(
        "a rate named for the deed done to the count before it, or for what was granted of the applications, "
        "ties the three in a row; the forest named in a damage rate is no such deed",
        "对214件办结件逐件进行回访,表示满意的209件,回访满意率为98.6%。"
        "申请临时救助的困难群众386户,经审核纳入救助371户,纳入率95.1%。"
        "全年发生森林火灾2起,过火面积42.5亩,受害森林面积31.2亩,森林火灾受害率0.016‰。",
        [
            ("part_rate", "inconsistent", ("214件", "209件", "98.6%")),
            ("part_rate", "inconsistent", ("386户", "371户", "95.1%")),
        ],
    ),
    Case(
        "a pass rate right after a count the test is done to (对…家…开展检查,合格率) is some k of it",
        "对城区58家农贸市场开展食品安全专项检查,合格率为93.4%,对不合格市场下达整改通知。",
        [("grim", "inconsistent", ("58家", "93.4%"))],
    ),
    Case(
        "kinds by a dimension that bear the name of the one item listed before are that item's kinds",
        "全市文化产业营业收入累计完成236.4亿元,同比增长6.2%。其中,数字文化营业收入累计完成128.6亿元,同比增长11.4%,"
        "占文化产业营业收入的54.4%,规模居全省第2位。分业务类型看,网络视听数字文化营业收入52.3亿元,"
        "动漫游戏数字文化营业收入41.8亿元,其他数字文化营业收入34.9亿元。",
        [("sum", "inconsistent", ("128.6亿元", "52.3亿元", "41.8亿元", "34.9亿元"))],
        (("sum", ("236.4亿元", "52.3亿元", "41.8亿元", "34.9亿元")),),
    ),
    Case(
        "an earlier value bracketed after a list's last item, of the whole's size, is the whole's, as is the change",
        "全年共受理劳动人事争议案件2416件,其中劳动报酬1318件、社会保险572件、其他纠纷526件,"
        "同比增长6.8%(上年为2262件)。",
        [("change_rate", "consistent", ("2262件", "2416件", "6.8%"))],
        (("change_rate", ("2262件", "526件", "6.8%")),),
    ),
    Case(
        "a service industry's profit margin is its operating profit over its income; a trade's margin is of its own",
        "全市规上服务业实现营业收入412.60亿元,增长5.8%;实现营业利润31.27亿元,增长8.4%;营业收入利润率为7.58%。"
        "文化体育和娱乐业实现营业利润4.12亿元,营业收入利润率达12.6%。",
        [("part_rate", "consistent", ("412.60亿元", "31.27亿元", "7.58%"))],
        (("part_rate", ("412.60亿元", "4.12亿元", "12.6%")),),
    ),
    Case(
        "the loss share of service firms is of the service firms counted before",
        "1—9月,全市968家规上服务业企业实现营业收入712.4亿元,同比增长6.1%。全市亏损企业251家,亏损面25.9%。",
        [("part_rate", "consistent", ("968家", "251家", "25.9%"))],
    ),
    Case(
        "a change named for the count of things (火灾起数) after a sentence that lists kinds is of their whole",
        "全年共发生道路交通事故46起,其中一般事故41起、较大事故5起。与上年相比,事故起数减少8起,下降14.8%。",
        [("change_rate", "consistent", ("46起", "8起", "14.8%"))],
    ),
    Case(
        "items after a ；that make up the whole exactly end a 其中 list; a list closed by a joint share does not go on",
        "全区文化事业经费投入2.46亿元,同比增长7.2%。其中,区级财政安排1.58亿元,占64.2%;街道配套3200万元;"
        "社会资金5600万元。全区体育场地面积412万平方米,其中,室外场地286万平方米,室内场地74万平方米,"
        "上述两类合计占87.4%;学校场地对外开放面积52万平方米。",
        [
            ("sum", "consistent", ("2.46亿元", "1.58亿元", "3200万元", "5600万元")),
            ("part_rate", "consistent", ("2.46亿元", "1.58亿元", "64.2%")),
        ],
        (("sum", ("412万平方米", "286万平方米", "74万平方米", "52万平方米")),),
    ),
    Case(
        "the first kind's share said with its figure heads the run of shares that ends with the rest",
        "全年课题经费支出8650万元。从支出结构看,设备购置支出3520万元,占40.7%;人员劳务支出占33.9%;"
        "其他支出占25.4%。",
        [("sum", "consistent", ("40.7%", "33.9%", "25.4%"))],
    ),
    Case(
        "a joint share of the items just listed, referred to by their number, is of the items together",
        "全年研发经费支出46.80亿元。其中,试验发展支出31.25亿元,应用研究支出9.62亿元,上述两类支出合计占研发经费的87.3%;"
        "基础研究支出5.93亿元。全市有效发明专利12,408件,其中,电子信息领域5,126件,装备制造领域3,847件,"
        "上述两个领域合计占72.3%;其他领域3,435件。",
        [
            ("part_rate", "consistent", ("46.80亿元", "31.25亿元", "9.62亿元", "87.3%")),
            ("part_rate", "consistent", ("12,408件", "5,126件", "3,847件", "72.3%")),
        ],
    ),
    Case(
        "a share naming its part without the whole's word in the middle is of that part, over the whole by its core",
        "全市共有科技特派员1,286人,其中市级科技特派员512人,县级科技特派员774人。市级特派员占全部科技特派员的39.8%。",
        [("part_rate", "consistent", ("1,286人", "512人", "39.8%"))],
    ),
    Case(
        "an amount set against another group (比外来务工人员高) is no change over the year the rate beside it is of",
        "城镇新就业人员月均工资6,120元,比上年增长5.2%,比外来务工人员高830元。",
        [],
        (("change_rate", ("6,120元", "830元", "5.2%")),),
    ),
    Case(
        "a 合计 of the items before it is no whole of what is done and the rest after it",
        "在甲、乙、丙三县分别完成投资42.5亿元、31.2亿元和18.3亿元,合计92.0亿元,占全市的46.0%;在丁县完成投资36.4亿元;"
        "其余县区合计完成71.6亿元。",
        [("sum", "consistent", ("92.0亿元", "42.5亿元", "31.2亿元", "18.3亿元"))],
        (("sum", ("92.0亿元", "36.4亿元", "71.6亿元")),),
    ),
    Case(
        "a dimension after kinds listed in a scope (N家机构中) breaks down the scope, not its first kind",
        "参加评估的156家机构中,公办机构98家,民办机构58家。按规模分,床位300张以上的机构41家,300张以下的115家。",
        [("subset", "consistent", ("156家", "41家", "115家"))],
        (("sum", ("98家", "41家", "115家")),),
    ),
    Case(
        "a 分别为 right after a figure lists its kinds; a complete series after a listed kind is that kind's",
        "全年原保险赔付支出312.40亿元。其中,财产险赔付支出128.70亿元;人身险赔付支出183.70亿元,分别为寿险86.20亿元、"
        "健康险91.30亿元、意外险6.20亿元。重点人群签约32.15万人,分别为老年人14.20万人、慢性病患者10.85万人、"
        "孕产妇0.62万人、残疾人及低收入人口6.48万人。",
        [
            ("sum", "consistent", ("312.40亿元", "128.70亿元", "183.70亿元")),
            ("sum", "consistent", ("183.70亿元", "86.20亿元", "91.30亿元", "6.20亿元")),
            ("sum", "consistent", ("32.15万人", "14.20万人", "10.85万人", "0.62万人", "6.48万人")),
        ],
        (("sum", ("312.40亿元", "86.20亿元", "91.30亿元", "6.20亿元")),),
    ),
    Case(
        "rows flush under a table row that make it up are its parts, not the total's; a slip among them shows",
        "表2 各险种保费收入\n单位:万元\n险种 | 本年 | 上年\n合计 | 52,460 | 48,310\n车险 | 18,250 | 17,630\n"
        "非车险 | 34,210 | 30,680\n责任险 | 12,470 | 11,020\n农业险 | 9,680 | 8,950\n其他 | 11,880 | 10,710\n",
        [
            ("sum", "consistent", ("52,460", "18,250", "34,210")),
            ("sum", "consistent", ("48,310", "17,630", "30,680")),
            ("sum", "inconsistent", ("34,210", "12,470", "9,680", "11,880")),
            ("sum", "consistent", ("30,680", "11,020", "8,950", "10,710")),
        ],
    ),
    Case(
        "a column of averages each near its total row is no sum; quarters named for one of two measures add to it",
        "表3 分行业就业人员年平均工资\n单位:元\n行业 | 2024年 | 2023年\n合计 | 61,250 | 58,430\n"
        "制造业 | 59,870 | 57,120\n建筑业 | 56,340 | 55,010\n金融业 | 92,450 | 88,760\n"
        "全年旅行社组团人次和接待人次分别为42.16万人次、65.38万人次。分季度看,一至四季度组团人次分别为8.64万、"
        "10.92万、13.75万和8.85万人次。",
        [("sum", "consistent", ("42.16万人次", "8.64万", "10.92万", "13.75万", "8.85万人次"))],
        (
            ("sum", ("61,250", "59,870", "56,340", "92,450")),
            ("sum", ("65.38万人次", "8.64万", "10.92万", "13.75万", "8.85万人次")),
        ),
    ),
    Case(
        "a two-term 结构比 is in percent of its sum; a paragraph that opens on a scope lists the figure named so",
        "全年科研经费到账2,318.6万元。按来源分,纵向经费702.5万元,横向经费1,616.1万元,纵横向经费结构比为30.3:69.7。\n"
        "全年供水总量4.86亿立方米。其中,生活用水量1.92亿立方米,工业用水量2.94亿立方米。\n"
        "工业用水量中,火电用水1.26亿立方米,化工用水0.97亿立方米,其他工业用水0.71亿立方米。",
        [
            ("sum", "consistent", ("30.3", "69.7")),
            ("sum", "consistent", ("2.94亿立方米", "1.26亿立方米", "0.97亿立方米", "0.71亿立方米")),
        ],
    ),
    Case(
        "a multiple of one stated figure over another (X是Y的N倍, 前者是后者的N倍) is X over Y; a slip shows",
        "男性职工月均工资6,840元,女性职工月均工资5,720元,男性职工月均工资是女性职工的1.20倍。"
        "收入最高的金融业为9,860元,最低的餐饮业为3,920元,前者是后者的2.8倍。"
        "大型企业年平均工资82,460元,是小微企业的1.9倍;小微企业年平均工资43,580元。",
        [
            ("part_rate", "consistent", ("6,840元", "5,720元", "1.20倍")),
            ("part_rate", "inconsistent", ("9,860元", "3,920元", "2.8倍")),
        ],
    ),
    Case(
        "indicators defined by convention are checked against the figures they are made of, chapters apart",
        "一、综合\n全年全市地区生产总值2146.3亿元,比上年增长5.2%。年末全市常住人口412.7万人。\n"
        "二、财政\n全年一般公共预算收入98.6亿元,一般公共预算支出236.4亿元,财政自给率41.7%。\n"
        "三、科技\n全年研究与试验发展(R&D)经费支出46.2亿元,研发经费投入强度为2.15%。\n"
        "四、建筑业\n全年建筑业总产值286.4亿元。全市建筑业平均从业人员13.5万人,劳动生产率为21.2万元/人;"
        "外省完成产值96.2亿元,外省项目平均从业人员2.1万人,劳动生产率为45.8万元/人。\n"
        "五、保险\n全年原保险保费收入58.62亿元。保险深度为2.73%,保险密度为1420元/人。",
        [
            ("part_rate", "consistent", ("2146.3亿元", "58.62亿元", "2.73%")),
            ("part_rate", "consistent", ("412.7万人", "58.62亿元", "1420元/人")),
            ("part_rate", "consistent", ("236.4亿元", "98.6亿元", "41.7%")),
            ("part_rate", "consistent", ("2146.3亿元", "46.2亿元", "2.15%")),
            ("part_rate", "consistent", ("13.5万人", "286.4亿元", "21.2万元/人")),
            ("part_rate", "consistent", ("2.1万人", "96.2亿元", "45.8万元/人")),
        ],
    ),
    Case(
        "an earlier value, the change and the level reached; gaps to another group's value; 计划总投资 names projects",
        "全县计划总投资亿元以上的在建项目由去年同期的214个增加至247个,增长15.4%。"
        "全市家庭农场较上年末的1,286家净增142家,达到1,428家。"
        "全市平均降水日数96天,较常年(88天)偏多8天,其中东山县多达121天。"
        "女性从业人员平均年龄36.2岁,比男性从业人员的39.6岁低3.4岁。"
        "城镇职工参保率为96.4%,比灵活就业人员的71.8%高24.6个百分点。"
        "本科生就业率为93.2%,专科生为88.5%,两者相差4.7个百分点。",
        [
            ("change_rate", "consistent", ("214个", "247个", "15.4%")),
            ("diff", "consistent", ("1,286家", "142家", "1,428家")),
            ("diff", "consistent", ("88天", "8天", "96天")),
            ("diff", "consistent", ("39.6岁", "3.4岁", "36.2岁")),
            ("point_change", "consistent", ("71.8%", "96.4%", "24.6个百分点")),
            ("sum", "consistent", ("93.2%", "88.5%", "4.7个百分点")),
        ],
        (("diff", ("88天", "8天", "121天")),),
    ),
    Case(
        "a round mark a level passed is no level of a change; a multiple over another year is none of a from-to pair's",
        "全县城镇居民人均可支配收入为50,360元,首次突破5万元,比上年增加2,180元,增长4.5%。"
        "全年接待游客1,286.4万人次,由上年的1,052.7万人次增至1,286.4万人次,增幅达22.2%,"
        "年接待量首次突破千万人次,是2019年的1.35倍。",
        [
            ("change_rate", "consistent", ("50,360元", "2,180元", "4.5%")),
            ("change_rate", "consistent", ("1,052.7万人次", "1,286.4万人次", "22.2%")),
        ],
    ),
    Case(
        "a dimension after items and their bare 合计 breaks down that total, a share of 全部 too; a named 合计 no",
        "全年受理知识产权纠纷调解1,286件,仲裁申请214件,两项合计1,500件。从申请主体看,企业申请1,172件,"
        "个人申请328件,企业申请占全部申请的78.1%。全年收入合计8.62亿元,支出合计7.95亿元。分项目看,A项目收入5.11亿元、"
        "支出4.80亿元;B项目收入3.51亿元、支出3.15亿元。",
        [
            ("sum", "consistent", ("1,500件", "1,172件", "328件")),
            ("part_rate", "consistent", ("1,500件", "1,172件", "78.1%")),
        ],
        (("sum", ("7.95亿元", "5.11亿元", "4.80亿元", "3.51亿元", "3.15亿元")),),
    ),
    Case(
        "gaps between two things, times before an event, intakes before what was done, tallies and peaks",
        "全县户籍人口由上年末的48.62万人减少至48.35万人,常住人口比户籍人口少6.18万人。"
        "核实集体资产总额28.6亿元,比改革前账面数19.4亿元增加9.2亿元,增幅47.4%。"
        "全年受理投诉3,215件,较上年增加412件。办结3,086件,办结率96.0%。按投诉性质分,质量问题1,126件,占35.0%,"
        "居各类问题首位;合同问题842件;售后服务问题615件。"
        "两年来共收到申请1,026件,其中2024年642件、2025年上半年384件,较改革前同期的688件增长49.1%。"
        "城东园区和城西园区两个主平台共落地项目64个。其中,城西园区落地项目由上年的18个增加到27个。"
        "全年办理结婚登记1,842对。分月份看,5月、10月为登记高峰,分别登记226对和214对。",
        [
            ("diff", "consistent", ("19.4亿元", "9.2亿元", "28.6亿元")),
            ("change_rate", "consistent", ("19.4亿元", "28.6亿元", "47.4%")),
            ("part_rate", "consistent", ("3,215件", "1,126件", "35.0%")),
            ("subset", "consistent", ("3,215件", "1,126件", "842件", "615件")),
            ("change_rate", "consistent", ("688件", "1,026件", "49.1%")),
            ("subset", "consistent", ("64个", "27个")),
            ("subset", "consistent", ("1,842对", "226对", "214对")),
        ],
        (("subset", ("两个", "27个")),),
    ),
    Case(
        "the rest after a named share ties it; kinds named before the whole close its list; closed of what came in",
        "全年累计赔付8,426人次。通过一站式结算赔付8,150人次,占赔付总人次的95.7%,其余276人次为零星报销。"
        "全年元旦、春节、国庆节免费通行时段共计16天,累计免费放行小型客车286.4万辆次。分节日看,元旦(3天)52.1万辆次,"
        "春节(8天)131.6万辆次,国庆节(5天)92.7万辆次。"
        "受理客户投诉154件,办结率98.6%。",
        [
            ("part_rate", "inconsistent", ("8,426人次", "8,150人次", "95.7%")),
            ("sum", "inconsistent", ("286.4万辆次", "52.1万辆次", "131.6万辆次", "92.7万辆次")),
            ("grim", "inconsistent", ("154件", "98.6%")),
        ],
    ),
    Case(
        "a sentence opening on its whole's name lists its kinds after their tally; a count of places is no item",
        "全年职工医保基金支出6.82亿元。基金支出包括住院、门诊(含普通门诊和门诊慢特病)、生育保险三项,分别为4.37亿元、"
        "1.96亿元和0.52亿元。全年新签约项目286个。分区域看,主城两区签约项目97个,四个县签约项目142个,"
        "三个园区签约项目47个。",
        [
            ("sum", "inconsistent", ("6.82亿元", "4.37亿元", "1.96亿元", "0.52亿元")),
            ("sum", "consistent", ("286个", "97个", "142个", "47个")),
        ],
        (("sum", ("286个", "97个", "四个", "142个", "三个", "47个")),),
    ),
    Case(
        "table shares named for a whole beyond the table, a share column after two columns, a shared 累计 verb",
        "全年规上工业总产值1846.2亿元。\n单位:亿元、%\n行业 | 产值 | 同比增长 | 占规上工业比重\n"
        "装备制造 | 402.6 | 7.1 | 21.8\n"
        "食品加工 | 295.4 | 3.2 | 16.0\n合计 | 698.0 | 5.5 | —\n"
        "单位|入库企业(家)|其中首次入库(家)|占全县比重(%)\n开发区|96|52|40.0\n城关镇|84|41|35.0\n"
        "其他乡镇|60|37|25.0\n合计|240|130|100\n"
        "全市累计拥有国家级企业技术中心12家、省级企业技术中心86家、市级企业技术中心214家,三级合计312家。"
        "全年新增加装电梯326部,是2022年148部的2.2倍;加上2023年的251部,三年累计加装电梯超过700部。"
        "全年列入改造计划的老旧小区共52个。已完工48个,完工率92.3%;尚在施工的4个。按建成年代划分,"
        "2000年底前建成的小区41个,2001年至2005年建成的小区11个。",
        [
            ("part_rate", "consistent", ("1846.2亿元", "402.6", "21.8")),
            ("sum", "consistent", ("698.0", "402.6", "295.4")),
            ("part_rate", "consistent", ("240", "96", "40.0")),
            ("sum", "consistent", ("312家", "12家", "86家", "214家")),
            ("subset", "consistent", ("700部", "326部", "251部")),
            ("sum", "consistent", ("52个", "41个", "11个")),
        ],
        (("part_rate", ("698.0", "402.6", "21.8")), ("part_rate", ("130", "52", "40.0"))),
    ),
    Case(
        "同城, 异地 and 国际 express parcels are all of them; so are trips abroad, to 港澳 and to Taiwan",
        "全年快递业务量2.86亿件,增长14.2%。其中,同城快递业务量0.52亿件,异地快递业务量2.21亿件,"
        "国际及港澳台快递业务量0.08亿件。全年组织出境旅游8.46万人次。其中,出国游5.62万人次;赴港澳游2.31万人次;"
        "赴台游0.53万人次。",
        [
            ("sum", "inconsistent", ("2.86亿件", "0.52亿件", "2.21亿件", "0.08亿件")),
            ("sum", "consistent", ("8.46万人次", "5.62万人次", "2.31万人次", "0.53万人次")),
        ],
    ),
    Case(
        "a table row's rate cell is the cell its column names over the row's first count, sure of it",
        "单位:件、%\n区域 受理数 办结数 办结率 按期办结率\n东区 4120 4036 98.0 95.2\n西区 2860 2741 95.4 93.1\n"
        "合计 6980 6777 97.1 94.3\n"
        "产品类别 抽查批次 不合格批次 不合格发现率\n家用电器 245 24 9.8%\n儿童用品 203 18 8.1%\n",
        [
            ("part_rate", "consistent", ("4120", "4036", "98.0")),
            ("part_rate", "inconsistent", ("2860", "2741", "95.4")),
            ("part_rate", "consistent", ("6980", "6777", "97.1")),
            ("part_rate", "consistent", ("245", "24", "9.8%")),
            ("part_rate", "inconsistent", ("203", "18", "8.1%")),
        ],
    ),
    Case(
        "a rise against a fall in points; months fewer than the stretch; rates of each; listed plans; overall rates",
        "三季度当季,全县用电量38.6亿千瓦时,同比增长6.2%,增速较二季度(-2.4%)回升8.6个百分点。"
        "1-9月累计用电量102.4亿千瓦时。分月看,7月、8月、9月用电量分别为12.8亿千瓦时、14.1亿千瓦时和11.7亿千瓦时。"
        "24宗住宅用地中,仅两宗溢价成交,溢价率分别为8.5%和12.6%,其余22宗均以底价成交。"
        "共安排小学招生计划1,860人、初中招生计划2,140人,实际招收新生3,912人,完成计划的97.8%。"
        "全年定量检测526批次,其中例行监测186批次、监督抽查340批次,总体合格率99.2%。"
        "“三公”经费支出决算为12.46万元,预算为15.00万元,完成预算的83.07%,较上年减少2.18万元,下降14.89%。",
        [
            ("point_change", "consistent", ("-2.4%", "6.2%", "8.6个百分点")),
            # July to September are the third quarter, not all of 1-9月
            ("sum", "consistent", ("38.6亿千瓦时", "12.8亿千瓦时", "14.1亿千瓦时", "11.7亿千瓦时")),
            ("part_rate", "consistent", ("1,860人", "2,140人", "3,912人", "97.8%")),
            ("grim", "consistent", ("526批次", "99.2%")),
            ("change_rate", "consistent", ("12.46万元", "2.18万元", "14.89%")),
        ],
        (("part_rate", ("24宗", "两宗", "12.6%")),),
    ),
    Case(
        "figures in brackets after the names of the items they count are items of the total after; tallies are not",
        "从合同价款看,东源市以312.6亿元居全省第一,北川市(186.4亿元)、南岭市(142.7亿元)分列第二、三位,"
        "上述三个城市合计641.7亿元。从罪名看,主要集中在盗窃(64人)、帮助信息网络犯罪活动(47人)、聚众斗殴(33人)、"
        "寻衅滋事(25人)四类罪名,合计169人。",
        [
            ("sum", "consistent", ("641.7亿元", "312.6亿元", "186.4亿元", "142.7亿元")),
            ("sum", "consistent", ("169人", "64人", "47人", "33人", "25人")),
        ],
    ),
    Case(
        "shares of one item in several measures over the total of each measure a sentence or two before",
        "全年共出让国有建设用地212宗,出让面积846.20公顷,实现成交价款236.50亿元。工业用地出让96宗,面积412.30公顷,"
        "成交价款38.60亿元,分别占全市出让总量的45.3%、48.7%和16.3%。",
        [
            ("part_rate", "consistent", ("212宗", "96宗", "45.3%")),
            ("part_rate", "consistent", ("846.20公顷", "412.30公顷", "48.7%")),
            ("part_rate", "consistent", ("236.50亿元", "38.60亿元", "16.3%")),
        ],
    ),
    Case(
        "two kinds that are every member of a series, listed by a bare dimension, are all of the headline total",
        "1—8月,全县实现社会消费品零售总额64.52亿元,同比增长5.1%。\n一、主要特点\n(一)城乡市场同步增长。"
        "按经营单位所在地分,城镇消费品零售额48.36亿元,增长4.9%;乡村消费品零售额16.16亿元,增长5.6%。\n"
        "(二)餐饮收入较快增长。按消费类型分,商品零售58.27亿元,增长4.6%;餐饮收入6.35亿元,增长9.2%。",
        [
            ("sum", "consistent", ("64.52亿元", "48.36亿元", "16.16亿元")),
            ("sum", "inconsistent", ("64.52亿元", "58.27亿元", "6.35亿元")),
        ],
    ),
    Case(
        "a change opening on 与上年相比 is of the one figure of the sentence before; a share's points named 比重",
        "2024年度一般公共预算财政拨款支出926.40万元,占本年支出合计的71.25%。与上年相比,增加52.16万元,增长5.97%。"
        "新能源汽车零售额48.62亿元,增长31.4%,占汽车类零售额的41.8%,上年同期为32.5%,比重提高9.3个百分点。",
        [
            ("change_rate", "consistent", ("926.40万元", "52.16万元", "5.97%")),
            ("point_change", "consistent", ("32.5%", "41.8%", "9.3个百分点")),
        ],
    ),
    Case(
        "rows under marked group labels all make up the one total row; a rate of finding counts what it finds",
        "办理结果 | 件数 | 占办结比例\n(一)支持、部分支持\n支持 | 215 | 43.0%\n部分支持 | 85 | 17.0%\n(二)不予支持\n"
        "驳回 | 120 | 24.0%\n(三)调解撤回\n撤回 | 80 | 16.0%\n合计 | 500 | 100%\n"
        "共抽检电动自行车36批次,不合格9批次,不合格发现率25.0%;头盔抽检40批次,不合格6批次,不合格发现率12.0%。",
        [
            ("sum", "consistent", ("500", "215", "85", "120", "80")),
            ("part_rate", "consistent", ("500", "215", "43.0%")),
            ("sum", "consistent", ("100%", "43.0%", "17.0%", "24.0%", "16.0%")),
            ("part_rate", "consistent", ("36批次", "9批次", "25.0%")),
            ("part_rate", "inconsistent", ("40批次", "6批次", "12.0%")),
        ],
    ),
    Case(
        "group labels that cut one whole two ways ((一)性别, (二)年龄) leave each group to the total alone",
        "类别 | 人数 | 占比\n(一)性别\n男 | 132 | 44.0%\n女 | 168 | 56.0%\n(二)年龄\n35岁以下 | 90 | 30.0%\n"
        "35岁及以上 | 210 | 70.0%\n合计 | 300 | 100%\n",
        [("sum", "consistent", ("300", "90", "210"))],
        absent=(("sum", ("300", "132", "168", "90", "210")),),
    ),
    Case(
        "a margin named for the whole takes the total's income, not the kind's stated last",
        "1-6月,市属企业实现营业收入150.0亿元。分行业看,制造类企业实现营业收入60.0亿元,贸易类企业实现90.0亿元。"
        "实现利润总额6.0亿元,营业收入利润率为4.0%。",
        [("part_rate", "consistent", ("150.0亿元", "6.0亿元", "4.0%"))],
        absent=(("part_rate", ("60.0亿元", "6.0亿元", "4.0%")),),
    ),
    Case(
        "campaigns launched by name are some of the work; a rest named without a figure leaves a list open",
        "全年开展文艺演出1.2万场。开展“送戏下乡”“文化进校园”活动,分别演出860场、420场。"
        "上半年营业收入80.0亿元。按业务分,销售收入40.0亿元,占50.0%;租赁收入16.0亿元,占20.0%;其余为服务收入。",
        [("subset", "consistent", ("1.2万场", "860场", "420场"))],
        absent=(("sum", ("80.0亿元", "40.0亿元", "16.0亿元")), ("sum", ("50.0%", "20.0%"))),
    ),
    Case(
        "a level's own part and every level below it (市本级, 各县; 区级, 街道级, 社区级) are all of the whole",
        "全年收缴排污费3200万元,其中市本级1800万元,各县(市、区)1500万元。"
        "各级工会委员共980名,其中区级委员45名、街道级委员235名、社区级委员690名。",
        [
            ("sum", "inconsistent", ("3200万元", "1800万元", "1500万元")),
            ("sum", "inconsistent", ("980名", "45名", "235名", "690名")),
        ],
    ),
    Case(
        "a whole named by its clause's deed and its own name (占接收档案总数的) is the figure so received",
        "全年接收12个单位的档案4800卷,其中撤并机构移交档案2400卷,占接收档案总数的60.0%。",
        [("part_rate", "inconsistent", ("4800卷", "2400卷", "60.0%"))],
    ),
    Case(
        "a dash in a column says the row holds none: the other rows still make up the total row",
        "门类 | 机构(个) | 床位(张)\n公办 | 12 | 1860\n民办 | 9 | 1240\n社区站点 | 31 | —\n合计 | 52 | 3160\n",
        [
            ("sum", "consistent", ("52", "12", "9", "31")),
            ("sum", "inconsistent", ("3160", "1860", "1240")),
        ],
    ),
    Case(
        "a row's done column over its plan column gives its completion column",
        "指标 | 年度目标 | 实际完成 | 完成比例\n新增就业(人) | 5000 | 5460 | 109.2%\n"
        "培训(人次) | 3000 | 2850 | 96.0%\n",
        [
            ("part_rate", "consistent", ("5000", "5460", "109.2%")),
            ("part_rate", "inconsistent", ("3000", "2850", "96.0%")),
        ],
    ),
    Case(
        "rows numbered under 序号 add up to a total row that bears no number",
        "序号  景区名称            接待游客(万人次)  门票收入(万元)\n1     云台山景区          312.5             8640\n"
        "2     青龙峡景区          126.8             2210\n3     神农山景区           98.4             1530\n"
        "      合计                537.7             12480\n",
        [
            ("sum", "consistent", ("537.7", "312.5", "126.8", "98.4")),
            ("sum", "inconsistent", ("12480", "8640", "2210", "1530")),
        ],
    ),
    Case(
        "a row's completion column is of the count right before it over the plan, with a stock column after",
        "街道 | 年度目标（个） | 上半年新增（个） | 完成率（%） | 累计建成（个）\n城关街道 | 420 | 135 | 32.1 | 2210\n"
        "河西街道 | 360 | 148 | 37.0 | 1875\n",
        [
            ("part_rate", "consistent", ("420", "135", "32.1")),
            ("part_rate", "inconsistent", ("360", "148", "37.0")),
        ],
    ),
    Case(
        "a multiple of a target, kinds bracketed after the noun counted, a debt ratio of the firms that hold it all",
        "全年新建公租房930套,为年度任务600套的1.55倍。全区9所公办幼儿园(示范幼儿园3所、一级幼儿园4所、二级幼儿园3所)全部通过评估。"
        "6月末,区属企业资产总额820.0亿元;负债总额492.0亿元;资产负债率为61.0%。",
        [
            ("part_rate", "consistent", ("600套", "930套", "1.55倍")),
            ("sum", "inconsistent", ("9所", "3所", "4所", "3所")),
            ("part_rate", "inconsistent", ("820.0亿元", "492.0亿元", "61.0%")),
        ],
    ),
    Case(
        "a share of 全区 with no figure so named is of the place's total of the part's own measure",
        "全区共有860家企业享受减免政策,减免税额12.40亿元。其中小微企业712家,减免税额8.06亿元,占全区的68.0%。",
        [("part_rate", "inconsistent", ("12.40亿元", "8.06亿元", "68.0%"))],
    ),
    Case(
        "what was done over the target, past the year before's value stated between them",
        "全年新增城镇就业3.12万人,较上年的2.86万人增长9.1%,完成年度目标任务2.8万人的114.3%。",
        [
            ("change_rate", "consistent", ("2.86万人", "3.12万人", "9.1%")),
            ("part_rate", "inconsistent", ("2.8万人", "3.12万人", "114.3%")),
        ],
    ),
    Case(
        "a change that names nothing, past a ；and a reason, is of the figure the sentence opened on",
        "全年征收城市基础设施配套费2840.0万元,完成年度预算2600万元的109.2%;受新开工项目减少影响,较上年减少310.0万元,"
        "下降11.2%。",
        [
            ("part_rate", "consistent", ("2600万元", "2840.0万元", "109.2%")),
            ("change_rate", "inconsistent", ("2840.0万元", "310.0万元", "11.2%")),
        ],
    ),
    Case(
        "no alarm: a total with its own rate in another ;-group, a span of classes, a day's figure, kinds' amount",
        "项目累计完成投资4820万元,投资完成率96.4%;已拨付资金4410万元,资金拨付率88.2%。"
        "全市15个监测断面中,Ⅱ类9个、Ⅲ类5个、Ⅳ类1个;Ⅰ—Ⅲ类断面比例为93.3%。"
        "全年处理污水3.65亿吨,日均处理100.0万吨,上年同期为3.40亿吨,同比增长7.4%。"
        "医疗保险基金收入42.6亿元,生育保险基金收入3.2亿元;医疗保险基金收入在两项基金总收入中的占比为93.0%。",
        [
            ("sum", "consistent", ("15个", "9个", "5个", "1个")),
            ("change_rate", "consistent", ("3.40亿吨", "3.65亿吨", "7.4%")),
        ],
        absent=(("part_rate", ("15个", "5个", "93.3%")), ("grim", ("两项", "93.0%"))),
    ),
    Case(
        "a section's later figure far past its opening total is no item of it",
        "三、组织建设\n全区团员总数为8620名,较上年减少210名,下降2.4%。全区共有团组织512个,其中非公企业团组织38个。"
        "新发展团员390名,全部完成入团仪式。\n少先队工作方面,全区少先队员2.6万名,少先队大队33个。\n四、下一步打算\n持续加强组织建设。",
        [("change_rate", "consistent", ("8620名", "210名", "2.4%"))],
    ),
    Case(
        "complete by their names: a quoted count of kinds (“三违”), a kind and its 非, the seven disability categories",
        "全年查处“三违”行为214起,其中违章指挥61起、违规作业98起、违反劳动纪律52起。"
        "全县共有党员3.26万名,其中农村党员1.84万名、非农村党员1.45万名。"
        "全县持证残疾人共计12480人,其中视力残疾1320人,听力残疾1506人,言语残疾152人,肢体残疾6238人,智力残疾987人,"
        "精神残疾1840人,多重残疾427人。",
        [
            ("sum", "inconsistent", ("214起", "61起", "98起", "52起")),
            ("sum", "inconsistent", ("3.26万名", "1.84万名", "1.45万名")),
            ("sum", "inconsistent", ("12480人", "1320人", "1506人", "152人", "6238人", "987人", "1840人", "427人")),
        ],
    ),
    Case(
        "the year's new ones are some of the running total stated right after them",
        "全年新建高标准农田5.6万亩,累计建成48.2万亩。新认定省级龙头企业4家,总数达到23家。全年新增就业岗位1200个,比上年增加200个。",
        [
            ("subset", "consistent", ("48.2万亩", "5.6万亩")),
            ("subset", "consistent", ("23家", "4家")),
        ],
        absent=(("subset", ("1200个", "200个")),),
    ),
    Case(
        "a row's figure beside its target column over that target; a rate of those who needed it",
        "乡镇 | 下达任务(亩) | 播种面积(亩) | 完成率\n东岭镇 | 42000 | 43260 | 103.0%\n西岭镇 | 36000 | 35100 | 98.5%\n"
        "全区有康复需求的持证残疾人4820人,得到康复服务的4506人,康复服务覆盖率93.5%。",
        [
            ("part_rate", "consistent", ("42000", "43260", "103.0%")),
            ("part_rate", "inconsistent", ("36000", "35100", "98.5%")),
            ("part_rate", "consistent", ("4820人", "4506人", "93.5%")),
        ],
    ),
    Case(
        "kinds told and numbered before 分别 are all of the whole before them; the top few are not",
        "全年营业收入36.50亿元,制造、物流、贸易三个板块分别实现收入18.20亿元、9.40亿元和8.60亿元。"
        "平均工资最低的三个行业分别是住宿和餐饮业5.82万元、农林牧渔业6.10万元和居民服务业6.36万元。",
        [("sum", "inconsistent", ("36.50亿元", "18.20亿元", "9.40亿元", "8.60亿元"))],
    ),
    Case(
        "no alarm: a goal per thousand, a kind of the total per head, what checking found, the people a span counts",
        "全市常住人口320.0万人,托位总数1.28万个,其中普惠性托位8600个,每千人口托位数4.00个。力争新增托位1500个,"
        "每千人口托位数达到4.5个。全年共受理举报3,200件,同比减少120件。受理渠道分别为:网站举报1,600件、电话举报1,000件、其他渠道600件。"
        "经核查,有效举报2,400件。全县配备专职社工九名,每名社工联系帮扶十至十五名对象,对其中有就业意愿的二十一人开展培训。"
        "全市毕业生5000人。截至8月底,已落实去向毕业生4800人。从去向看,升学3000人、就业1500人、其他300人,"
        "分别占毕业生总数的60.0%、30.0%和6.0%。",
        [
            ("part_rate", "consistent", ("320.0万人", "1.28万个", "4.00个")),
            ("sum", "consistent", ("3,200件", "1,600件", "1,000件", "600件")),
            ("part_rate", "consistent", ("5000人", "3000人", "60.0%")),
        ],
    ),
    Case(
        "a share column named for a kind is the row's cell of that kind over the cell of what it is a kind of",
        "区县 | 床位数 | 护理型床位数 | 护理型床位占比\n东城区 | 1200 | 660 | 55.0%\n西城区 | 800 | 380 | 48.0%\n",
        [
            ("part_rate", "consistent", ("1200", "660", "55.0%")),
            ("part_rate", "inconsistent", ("800", "380", "48.0%")),
        ],
    ),
    Case(
        "a 全年 row under the year's four quarters is their total; under three of them it is not",
        "季度 | 受理(件) | 办结(件)\n一季度 | 312 | 298\n二季度 | 356 | 340\n三季度 | 401 | 395\n四季度 | 377 | 362\n"
        "全年 | 1446 | 1405\n\n月份 | 接待(人次)\n1月 | 120\n2月 | 96\n3月 | 143\n全年 | 1624\n",
        [
            ("sum", "consistent", ("1446", "312", "356", "401", "377")),
            ("sum", "inconsistent", ("1405", "298", "340", "395", "362")),
        ],
    ),
    Case(
        "a whole named as a figure's own name and the head noun its measure word counts is that figure",
        "全年审批建设项目环评文件530个,较上年的470个增长12.8%。其中,环境影响报告书74个、报告表456个。"
        "对报告表项目推行告知承诺制,以承诺方式审批318个,占报告表项目的69.7%。",
        [("part_rate", "consistent", ("456个", "318个", "69.7%"))],
        absent=(("part_rate", ("530个", "318个", "69.7%")),),
    ),
    Case(
        "a part named as an earlier part and more words is a part of it, not an item beside it",
        "全年抽检饮用水样品1,800份,其中出厂水600份、管网末梢水1,200份;出厂水全部合格,管网末梢水合格1,150份,"
        "合计合格1,750份。秋粮播种面积44.1万亩。秋粮中,稻谷28.4万亩、玉米12.6万亩、大豆3.1万亩,大豆较上年扩种5200亩。",
        [
            ("sum", "consistent", ("1,800份", "600份", "1,200份")),
            ("sum", "consistent", ("1,750份", "600份", "1,150份")),
            ("subset", "consistent", ("44.1万亩", "28.4万亩", "12.6万亩", "3.1万亩")),
        ],
    ),
    Case(
        "the plan a share after it is taken of is no level of the year's change",
        "全年完成水利投资二十四点八亿元,为年度计划投资22.5亿元的110.2%,较上年完成的21.3亿元增长16.4%。",
        [
            ("part_rate", "consistent", ("22.5亿元", "二十四点八亿元", "110.2%")),
            ("change_rate", "consistent", ("21.3亿元", "二十四点八亿元", "16.4%")),
        ],
    ),
    Case(
        "a rate per head of a group is not sure of the registered count when the residents are counted too",
        "年末全市常住人口420.6万人,其中60岁及以上人口88.3万人。按户籍人口统计,60岁及以上户籍老年人口102.7万人。"
        "年末全市养老机构床位3.95万张。每千名老年人拥有养老床位44.7张。",
        [],
    ),
    Case(
        "与某年相比 opening a paragraph changes the figure it names sentences back; a 其中 change is a part's",
        "全市现有水土流失面积3125.40平方公里,占土地总面积的14.2%。按侵蚀类型分,水力侵蚀面积2980.15平方公里,"
        "风力侵蚀面积145.25平方公里。\n与2023年相比,全市水土流失面积减少71.32平方公里,减幅2.23%,"
        "其中风力侵蚀面积减少9.80平方公里。",
        [("change_rate", "consistent", ("3125.40平方公里", "71.32平方公里", "2.23%"))],
    ),
    Case(
        "合格 samples are what a 达标率 counts; a saving rate and its earlier value are one rate's two values",
        "全年检测农村饮水水样1460份,合格1418份,水质达标率97.1%。政府采购平均节约率为7.4%,较上年的6.6%提高0.8个百分点。",
        [
            ("part_rate", "consistent", ("1460份", "1418份", "97.1%")),
            ("point_change", "consistent", ("6.6%", "7.4%", "0.8个百分点")),
        ],
    ),
    Case(
        "a share after a list is of the one item whose name its words echo, not of the nearest item",
        "已签约的2,460户中,选择货币补偿1,580户,选择产权调换880户,货币化安置比例为64.2%。",
        [("part_rate", "consistent", ("2,460户", "1,580户", "64.2%"))],
    ),
    Case(
        "what was reported in is an intake; a rate of at most all is of no base below its numerator",
        "全年网格员采集上报事件12.46万件,同比增长9.1%。其中,网格员自行处置8.02万件;流转部门办理4.44万件。"
        "截至年底,已办结12.31万件,办结率98.8%。",
        [("part_rate", "consistent", ("12.46万件", "12.31万件", "98.8%"))],
    ),
    Case(
        "a doubling said after the rate of a change only restates it",
        "全市社区食堂由上年末的86个增加至年末的190个,净增104个,增长120.9%,数量翻了一番多。",
        [
            ("change_rate", "consistent", ("86个", "190个", "120.9%")),
            ("diff", "consistent", ("86个", "104个", "190个")),
        ],
    ),
    Case(
        "a place's 合计 with a verb after it, and a total named after kinds with a clause about them between, add up",
        "市级举办展销活动6场,区县举办集市活动23场,商圈自主开展活动11场,全市合计开展促消费活动40场。"
        "全区配备专职社工216名;另有兼职社工428名,多由社区干部兼任,社工总数达644名。"
        "专任教师412人,外聘教师86人,按规定折半计算,教师总数为455人。",
        [
            ("sum", "consistent", ("40场", "6场", "23场", "11场")),
            ("sum", "consistent", ("644名", "216名", "428名")),
        ],
        absent=(("sum", ("455人", "412人", "86人")),),
    ),
    Case(
        "what failed may open the sentence after the total and what passed",
        "全年对学校食堂开展随机抽检,共抽检860批次,合格841批次,合格率97.8%。不合格样品19批次,主要为餐具大肠菌群超标。",
        [("sum", "consistent", ("860批次", "841批次", "19批次"))],
    ),
    Case(
        "the lines below a total named with its verb (共到位) are its kinds when they end like its noun",
        "年度项目资金共到位2650.00万元。资金来源构成如下:\n中央财政补助资金 1480.00万元\n"
        "省级财政补助资金 720.00万元\n县级财政配套资金 460.00万元\n",
        [("sum", "inconsistent", ("2650.00万元", "1480.00万元", "720.00万元", "460.00万元"))],
    ),
    Case(
        "label:figure lines that go on from a sentence listing its total by kind (分列如下(单位:亿元):) add up to it",
        "全年兑付补偿资金共计9.86亿元,按补偿项目分列如下(单位:亿元):\n房屋价值补偿:7.42\n临时安置补偿:0.63\n"
        "停产停业补偿:0.38\n奖励和补助:1.43\n",
        [("sum", "consistent", ("9.86亿元", "7.42", "0.63", "0.38", "1.43"))],
    ),
    Case(
        "kinds by a dimension that outgrow the nearest whole add up to the larger one stated before it",
        "全市机动车驾驶人总数达96.4万人。汽车驾驶人88.7万人,占驾驶人总数的92.0%。从性别看,男性驾驶人61.2万人,"
        "女性驾驶人35.2万人,女性占比36.5%。",
        [
            ("sum", "consistent", ("96.4万人", "61.2万人", "35.2万人")),
            ("part_rate", "consistent", ("96.4万人", "35.2万人", "36.5%")),
        ],
    ),
    Case(
        "cars per thousand people are of the cars, not of the kind of car named nearer",
        "全市机动车保有量48.6万辆,其中汽车41.3万辆。新能源汽车保有量达到8.52万辆,占汽车保有量的20.6%。"
        "按常住人口215.4万人计算,每千人汽车保有量为192辆。",
        [("part_rate", "consistent", ("215.4万人", "41.3万辆", "192辆"))],
    ),
    Case(
        "last year's peak named with 最高 is the earlier value of the change after it",
        "度夏期间,全市用电负荷四次创历史新高,8月2日达到936万千瓦的峰值,较去年最高负荷872万千瓦增加64万千瓦,增长7.3%。",
        [
            ("diff", "consistent", ("872万千瓦", "64万千瓦", "936万千瓦")),
            ("change_rate", "consistent", ("872万千瓦", "936万千瓦", "7.3%")),
        ],
    ),
    Case(
        "a depth a rise of the water takes down is no sure slip; a kind joined with 及 is no part of the one before",
        "年末浅层地下水平均埋深5.26米,较年初的5.84米上升0.58米。\n"
        "车辆类型 | 保有量(辆)\n汽车 | 9240\n摩托车 | 2610\n三轮汽车及低速货车 | 315\n挂车 | 41\n合计 | 12206\n",
        [("sum", "consistent", ("12206", "9240", "2610", "315", "41"))],
    ),
    Case(
        "shares said in one 分别 run that pass all of the whole are a slip; shares of two dimensions are no run",
        "全县发电量52.40亿千瓦时。其中新能源发电量24.10亿千瓦时(光伏发电量14.20亿千瓦时、风电发电量9.90亿千瓦时),"
        "占全县发电量的43.6%。农业、工业、生活和生态用水占总用水量的比例分别为61.2%、18.5%、16.4%和4.8%。"
        "非网民中,农村地区非网民占比为58.4%,60岁及以上群体占比为41.9%。",
        [
            ("part_rate", "inconsistent", ("52.40亿千瓦时", "24.10亿千瓦时", "43.6%")),
            ("sum", "inconsistent", ("61.2%", "18.5%", "16.4%", "4.8%")),
        ],
    ),
    Case(
        "two kinds named together with 合计 are one item of the list, not a total of the items before",
        "全县用水总量4.72亿立方米。其中,农业用水2.86亿立方米;工业用水0.74亿立方米;居民生活和城镇公共用水合计0.81亿立方米;"
        "生态用水0.31亿立方米。",
        [("sum", "consistent", ("4.72亿立方米", "2.86亿立方米", "0.74亿立方米", "0.81亿立方米", "0.31亿立方米"))],
    ),
    Case(
        "a change named by a figure's name and the measure its sentence counts by is of that figure",
        "全年新注册登记汽车12,480辆,其中新能源汽车5,962辆,占47.8%。新能源汽车新注册登记量较上年的4,318辆增长38.1%。",
        [("change_rate", "consistent", ("4,318辆", "5,962辆", "38.1%"))],
    ),
    Case(
        "a section headed by a make-up (性别结构, 年龄结构) opens on the kinds of its parent section's total",
        "一、总体情况\n年末全县注册会计师总数为1,250人,较上年末增加64人。\n"
        "(一)性别结构。男性注册会计师530人,女性注册会计师720人。女性注册会计师占比57.6%。\n"
        "(二)年龄结构。全县注册会计师中,30岁及以下的210人,31至45岁的586人,46岁及以上的454人。\n"
        "(三)学历结构。具有硕士学位的186人,占14.9%。\n",
        [
            ("sum", "consistent", ("1,250人", "530人", "720人")),
            ("part_rate", "consistent", ("1,250人", "720人", "57.6%")),
            ("sum", "consistent", ("1,250人", "210人", "586人", "454人")),
        ],
    ),
    Case(
        "kinds by a dimension that fall short of the nearest whole add up to the one stated before it",
        "截至年底,全区新能源汽车保有量为18,460辆,三年增长1.42倍。全区汽车保有量126,300辆,新能源汽车占汽车保有量的比重"
        "为14.6%。从动力类型看,纯电动汽车12,870辆,插电式混合动力汽车5,568辆,燃料电池汽车22辆。",
        [("sum", "consistent", ("18,460辆", "12,870辆", "5,568辆", "22辆"))],
    ),
    Case(
        "what is not closed (未结) and what is closed make up the intake that closed the group before, past an aside",
        "全年共受理民事案件2,318件(其中旧存146件),较上年增长6.1%;审结2,204件,结案率95.1%,未结114件。",
        [
            ("sum", "consistent", ("2,318件", "2,204件", "114件")),
            ("part_rate", "consistent", ("2,318件", "2,204件", "95.1%")),
        ],
    ),
    Case(
        "the new cases and those carried over add up to the intake totalled after them",
        "全年新收行政案件612件,旧存28件,合计受理640件;审结618件,结案率96.6%。",
        [
            ("sum", "consistent", ("640件", "612件", "28件")),
            ("part_rate", "consistent", ("640件", "618件", "96.6%")),
        ],
    ),
    Case(
        "a dimension after another, past a sentence of rates, breaks down the same whole",
        "全年共登记立案各类案件5260件,同比下降4.1%。从立案方式看,网上立案3180件,占60.5%;窗口立案2080件。"
        "当场立案率98.2%,其余案件均在7日内作出决定。从案件类型看,民事案件3610件,占68.6%;执行案件1230件;"
        "刑事案件320件,其他案件100件。",
        [
            ("sum", "consistent", ("5260件", "3180件", "2080件")),
            ("sum", "consistent", ("5260件", "3610件", "1230件", "320件", "100件")),
        ],
    ),
    Case(
        "the heating season before is an earlier period; a share of 事项总数 is of the total, not of a part so named",
        "全市集中供热总面积达到3620万平方米,较上一采暖期的3418万平方米增加202万平方米,增长5.9%。"
        "全市依申请政务服务事项共1650项,可在网上办理的事项1612项,网上可办率97.7%;其中全程网办事项1402项,"
        "占事项总数的85.0%。",
        [
            ("change_rate", "consistent", ("3418万平方米", "3620万平方米", "5.9%")),
            ("part_rate", "consistent", ("1650项", "1402项", "85.0%")),
        ],
    ),
    Case(
        "the count of kinds before 类别 is no item; a goal after a list is no kind; 3A级及以上 counts 3A and 4A",
        "违法广告主要集中在医疗服务(842条次)、保健食品(615条次)、药品(420条次)和医疗器械(223条次)四个类别,"
        "合计2100条次。全年新建改建旅游厕所三十八座,其中新建十四座、改建二十四座,超额完成确定的三十座年度目标任务。"
        "全县共有A级旅游景区20家。其中4A级景区4家、3A级景区10家、2A级景区6家,3A级及以上景区占比70.0%。",
        [
            ("sum", "consistent", ("2100条次", "842条次", "615条次", "420条次", "223条次")),
            ("sum", "consistent", ("三十八座", "十四座", "二十四座")),
            ("part_rate", "consistent", ("20家", "10家", "4家", "70.0%")),
        ],
    ),
    Case(
        "a dimension may be named in nine or ten characters (按案件涉及的媒介类型分)",
        "全年共立案广告违法案件46件,同比下降8.0%。按案件涉及的媒介类型分,户外广告18件、印刷品广告12件、互联网广告11件、"
        "广播电视广告5件。",
        [("sum", "consistent", ("46件", "18件", "12件", "11件", "5件"))],
    ),
    Case(
        "集中 and 其中 are words, no scope that a share must be of",
        "全县共有公租房房源2860套。按筹集方式分,政府集中建设2150套,占75.2%;企业配建和收购710套。"
        "全市定点护理机构由2022年的21家增至2024年的46家,但其中位于农村地区的仅11家,占比23.9%。",
        [
            ("part_rate", "consistent", ("2860套", "2150套", "75.2%")),
            ("part_rate", "consistent", ("46家", "11家", "23.9%")),
        ],
    ),
    Case(
        "a group named as taking a share is no item of the list; what is done and the rest make up the kind so named",
        "全市持证驾驶员共计18400人,其中巡游车驾驶员5200人、网约车驾驶员13200人;女性驾驶员占8.2%。"
        "新设大项目120个,其中超1亿美元的项目26个;大项目中制造业项目占45.0%。"
        "全年办理处罚案件4200件,其中适用简易程序案件1680件,占40.0%;适用一般程序立案2520件。"
        "一般程序案件已结案2466件,其余54件尚未办结。",
        [
            ("grim", "consistent", ("120个", "45.0%")),
            ("sum", "consistent", ("2520件", "2466件", "54件")),
        ],
        absent=(("part_rate", ("18400人", "13200人", "8.2%")),),
    ),
    Case(
        "the 中 of 中队 opens no scope: teams side by side are no whole and part",
        "全局现有一线执法人员一百二十名,分布在县城5个执法中队和9个乡镇综合执法队。",
        [],
        absent=(("subset", ("5个", "9个")),),
    ),
    Case(
        "the year's new ones stated before a stock's move from one figure to another are its step",
        "全年新增农民专业合作社示范社15家，示范社总数由年初的62家增加到77家。"
        "新开通公交线路8条，其中城乡公交线路5条、社区微循环线路3条，线路总数由年初的41条增至48条。",
        [
            ("diff", "consistent", ("62家", "15家", "77家")),
            ("diff", "unverifiable", ("41条", "8条", "48条")),
            ("sum", "consistent", ("8条", "5条", "3条")),
        ],
    ),
    Case(
        "a share of the year's task is set against the share of the year gone by",
        "前三季度完成农村公路改造286公里，完成全年任务（400公里）的71.5%，比75%的序时进度低3.5个百分点。",
        [
            ("part_rate", "consistent", ("400公里", "286公里", "71.5%")),
            ("point_change", "consistent", ("75%", "71.5%", "3.5个百分点")),
        ],
    ),
    Case(
        "the rest and the figure before it are parts of one whole, never the whole and its part",
        "全市累计收购晚稻36.2万吨。国有粮食企业累计收购最低收购价晚稻9.8万吨；其余26.4万吨均为市场化收购，"
        "市场化收购占比为72.9%。",
        [("part_rate", "consistent", ("36.2万吨", "26.4万吨", "72.9%"))],
    ),
    Case(
        "past a ；the share's own words name its part, of which the figure before is only a part",
        "附表 2024年各分中心基金收支情况\n单位 | 基金收入（亿元） | 基金支出（亿元）\n市本级 | 30.50 | 27.80\n"
        "县区 | 11.50 | 10.60\n合计 | 42.00 | 38.40\n"
        "说明：全年住院费用支出26.12亿元，占支出总额的68.02%；支出总额占当年基金收入的91.43%。",
        [
            ("sum", "consistent", ("42.00", "30.50", "11.50")),
            ("sum", "consistent", ("38.40", "27.80", "10.60")),
            ("part_rate", "consistent", ("38.40", "26.12亿元", "68.02%")),
            ("part_rate", "consistent", ("42.00", "38.40", "91.43%")),
        ],
    ),
    Case(
        "where the things stand cuts across their kinds: two such parts may overrun the whole",
        "年末全县共有村级综合服务站点860个，其中标准化服务站点512个，设在易地搬迁安置区的服务站点415个。",
        [("subset", "consistent", ("860个", "512个", "415个"))],
    ),
    Case(
        "a scope opening a list is the figure so named that a clause ending in 的 qualifies",
        "全年受理消费者投诉3265件，经核实属于经营者责任的有效投诉1180件，占投诉总量的36.1%。\n"
        "二、投诉反映的主要问题\n"
        "在有效投诉中，商品质量问题472件，占40.0%；售后服务问题391件，占33.1%；虚假宣传问题317件，占26.9%。"
        "前两类问题合计863件，占有效投诉总量的73.1%。",
        [
            ("part_rate", "consistent", ("1180件", "472件", "40.0%")),
            ("part_rate", "consistent", ("1180件", "391件", "33.1%")),
            ("part_rate", "consistent", ("1180件", "317件", "26.9%")),
            ("part_rate", "consistent", ("1180件", "863件", "73.1%")),
        ],
    ),
    Case(
        "达标 keeps its 达: those up to standard and those not make the whole; the parts of those not are theirs",
        "对全区6个街道48家农贸市场开展标准化考评，达标市场41家，达标率85.4%；未达标市场7家，其中东湖街道3家、"
        "西山街道4家。",
        [
            ("part_rate", "consistent", ("48家", "41家", "85.4%")),
            ("sum", "consistent", ("48家", "41家", "7家")),
            ("sum", "consistent", ("7家", "3家", "4家")),
        ],
    ),
    Case(
        "the growth an average's rate is named for is the figure's own measure, never one sharing a longer prefix",
        "全省快递服务企业业务量完成38.64亿件，增长21.5%，增速连续两年保持在20%以上；快递业务收入318.46亿元，"
        "同比增长12.9%。全省农村地区收投快件9.74亿件，同比增长24.3%，增速高于全省快递业务量平均增速2.8个百分点。",
        [],
        absent=(("point_change", ("12.9%", "24.3%", "2.8个百分点")),),
    ),
    Case(
        "a total named in full under two tables is of the first, however many rows the second has",
        "表1 各中心业务情况\n单位 | 缴存额（亿元） | 提取额（亿元）\n市本级 | 48.72 | 35.18\n县区 | 27.85 | 20.22\n"
        "合计 | 76.57 | 55.40\n表2 各网点业务笔数\n网点 | 笔数（笔）\n"
        + "\n".join(f"网点{k} | {100 + k}" for k in range(1, 21))
        + "\n说明：全年住房消费提取额48.81亿元，占提取总额的88.10%；提取总额占当年缴存额的72.35%。",
        [
            ("sum", "consistent", ("76.57", "48.72", "27.85")),
            ("sum", "consistent", ("55.40", "35.18", "20.22")),
            ("part_rate", "consistent", ("55.40", "48.81亿元", "88.10%")),
            ("part_rate", "consistent", ("76.57", "55.40", "72.35%")),
        ],
    ),
    Case(
        "a change that names its figure by the measure word it is counted in is of that figure the sentence before",
        "全年全区公共法律服务热线接听来电8620人次，完成年度目标（8000人次）的107.8%。"
        "来电人次比上年的7960人次增加660人次，增长8.3%。",
        [
            ("part_rate", "consistent", ("8000人次", "8620人次", "107.8%")),
            ("diff", "consistent", ("7960人次", "660人次", "8620人次")),
            ("change_rate", "consistent", ("7960人次", "8620人次", "8.3%")),
        ],
    ),
    Case(
        "a rate of places taken is of those in them over the places, each in its own measure word",
        "全区特困人员供养服务机构设置床位860张，集中供养特困人员602人，床位使用率70.0%。"
        "全县公共租赁住房1560套，已分配入住1482户，入住率95.0%。",
        [
            ("part_rate", "consistent", ("860张", "602人", "70.0%")),
        ],
    ),
    Case(
        "a plan the share is of may follow a figure done that was said to have been done already",
        "截至6月底，全县已累计完成造林面积3.12万亩，同比增加0.24万亩，已完成年度计划5万亩的62.4%。",
        [("part_rate", "consistent", ("5万亩", "3.12万亩", "62.4%"))],
    ),
    Case(
        "a growth rate set against an earlier stretch's, stated where that stretch is named, past a share between",
        "前三季度全县规上工业增加值同比增长8.6%，占全年目标的76.1%；增速较上半年的9.4%回落0.8个百分点。",
        [("point_change", "consistent", ("9.4%", "8.6%", "0.8个百分点"))],
    ),
    Case(
        "a change on the stretch before is of the two stretches' figures stated right before it",
        "分季度看，一季度接待游客286.4万人次，二季度接待游客342.7万人次，二季度环比增长19.7%。"
        "7月，全市完成快递业务量5210万件；8月完成5680万件，环比增长9.0%。",
        [
            ("change_rate", "consistent", ("286.4万人次", "342.7万人次", "19.7%")),
            ("change_rate", "consistent", ("5210万件", "5680万件", "9.0%")),
        ],
    ),
    Case(
        "planned figures with their growth rates 分别 in order grow from the outcomes of the same names",
        "全年完成公路货运量1.86亿吨，同比增长3.2%；公路客运量4230万人次，下降2.1%。\n二、2025年工作目标\n"
        "力争完成公路货运量1.95亿吨、公路客运量4400万人次，分别增长4.8%和4.0%。",
        [
            ("change_rate", "consistent", ("1.86亿吨", "1.95亿吨", "4.8%")),
            ("change_rate", "consistent", ("4230万人次", "4400万人次", "4.0%")),
        ],
    ),
    Case(
        "a rate right after a part listed with 其中 is of the list's whole, though the part reads as a count found",
        "全年共实施开箱检查2460票，检查率2.2%，其中检查发现问题318票，查获率12.9%。",
        [("part_rate", "consistent", ("2460票", "318票", "12.9%"))],
        absent=(("grim", ("318票", "12.9%")),),
    ),
    Case(
        "a table row marked # is 其中 of the row above: no item of the column's sum",
        "指标 | 营业收入(亿元) | 占比(%)\n全部规上服务业 | 312.40 | 100.0\n交通运输业 | 96.85 | 31.0\n"
        "#道路运输业 | 61.22 | 19.6\n"
        "信息服务业 | 132.18 | 42.3\n其他 | 83.37 | 26.7\n",
        [
            ("sum", "consistent", ("312.40", "96.85", "132.18", "83.37")),
            ("subset", "consistent", ("96.85", "61.22")),
        ],
        absent=(("sum", ("312.40", "96.85", "61.22", "132.18", "83.37")),),
    ),
    Case(
        "some things named by example (X等6个) after kinds of a whole are what became of them, no kind",
        "全年推进的58个市级重点水利项目中，续建项目35个、新开工项目23个，城北引水等9个项目建成投用。",
        [("sum", "consistent", ("58个", "35个", "23个"))],
    ),
    Case(
        "a bound that says a rate again (不足八成) leaves the change after it to the rate",
        "应报个体工商户21.37万户，已报16.84万户，年报率78.8%，不足八成，但较去年同期的75.4%提高3.4个百分点。",
        [("point_change", "consistent", ("75.4%", "78.8%", "3.4个百分点"))],
        absent=(("point_change", ("75.4%", "八成", "3.4个百分点")),),
    ),
    Case(
        "a scope named by a figure's short label and the noun its sentence stated before it",
        "农民专业合作社应报1860户，已报1604户，年报率86.2%。已报农民专业合作社中，通过手机端报送的1122户，占70.0%。",
        [("part_rate", "consistent", ("1604户", "1122户", "70.0%"))],
    ),
    Case(
        "a part after 其中 named like an earlier whole (收入) is of it, not of the balance right before 其中",
        "全年机关事业单位养老保险基金总收入46.20亿元、总支出43.85亿元，当期结余2.35亿元，其中财政补助收入18.60亿元。",
        [("subset", "consistent", ("46.20亿元", "18.60亿元"))],
    ),
    Case(
        "a share of a listed item may be of the item listed before it that holds it",
        "全年一般公共预算收入总计286.40亿元。其中，区本级一般公共预算收入152.30亿元，税收收入118.75亿元，税收占比78.0%。",
        [("part_rate", "consistent", ("152.30亿元", "118.75亿元", "78.0%"))],
    ),
    Case(
        "the two sides of a ratio are the figures named alike, not a kind listed under one of them",
        "全年新登记经营主体9862户。其中，新登记企业3120户，个体工商户6742户。全年注销经营主体5478户，"
        "新登记与注销之比为1.80:1。",
        [("part_rate", "consistent", ("5478户", "9862户", "1.80", "1"))],
    ),
    Case(
        "targets, what was done of them and the rates, each in a run 分别, go together in order",
        "东城区、高新区、西岭区年度目标分别为12000人、8000人、11000人，1—9月分别完成10344人、6680人、9097人，"
        "完成率分别为86.2%、83.5%和82.7%。",
        [
            ("part_rate", "consistent", ("12000人", "10344人", "86.2%")),
            ("part_rate", "consistent", ("8000人", "6680人", "83.5%")),
            ("part_rate", "consistent", ("11000人", "9097人", "82.7%")),
        ],
    ),
    Case(
        "what is carried to next year is what is still open: the due are the closed and the carried",
        "本年度应办理行政复议申请186件，已办结171件，办结率91.9%，结转下年度继续办理15件。",
        [
            ("part_rate", "consistent", ("186件", "171件", "91.9%")),
            ("sum", "consistent", ("186件", "171件", "15件")),
        ],
    ),
    Case(
        "a table's net column is its row's new less its closed",
        "单位：户\n地区        本年新设    本年注销    净增\n城东区      9862        6120        3742\n"
        "城西区      7415        4896        2519\n合计        17277       11016       6261\n",
        [
            ("diff", "consistent", ("9862", "6120", "3742")),
            ("diff", "consistent", ("7415", "4896", "2519")),
            ("diff", "consistent", ("17277", "11016", "6261")),
        ],
    ),
    Case(
        "what was due and what was done of it, past a list marker and a long name, give the rate",
        "全县三类经营主体合计应报52318户，已报46127户，整体年报率88.17%。分类型看：\n"
        "1. 企业应报16420户，已报15502户，年报率94.41%；\n2. 个体工商户应报35898户，已报30625户，年报率85.31%。",
        [
            ("part_rate", "consistent", ("52318户", "46127户", "88.17%")),
            ("part_rate", "consistent", ("16420户", "15502户", "94.41%")),
            ("part_rate", "consistent", ("35898户", "30625户", "85.31%")),
        ],
    ),
    Case(
        "a total named by its deed (注销总量, 新设总量) is the largest figure near whose name opens with it",
        "全年新设立经营主体7.42万户。其中，新设企业2.16万户，新设个体工商户5.26万户。从产业分布看，新设第三产业经营主体"
        "6.35万户，占新设总量的85.6%。全年注销经营主体4.88万户，其中通过简易注销程序办结3.41万户，占注销总量的69.9%。",
        [
            ("part_rate", "consistent", ("7.42万户", "6.35万户", "85.6%")),
            ("part_rate", "consistent", ("4.88万户", "3.41万户", "69.9%")),
        ],
    ),
    Case(
        "a total row whose two-character label is spaced out with an ideographic space totals its column",
        "地区    受理案件（件）    调解成功（件）\n东城区    218            196\n西城区    174            151\n"
        "南城区    236            208\n合\u3000计    628            555\n",
        [
            ("sum", "consistent", ("628", "218", "174", "236")),
            ("sum", "consistent", ("555", "196", "151", "208")),
        ],
    ),
    Case(
        "a table's row labelled for budget work changes between its year columns like any row; a 其中 list holds "
        "in the earlier year's column too",
        "指标 | 单位 | 2023年 | 2024年 | 增长%\n完成审计项目 | 个 | 1260 | 1338 | 6.2\n"
        "其中：预算执行审计 | 个 | 418 | 452 | 8.1\n　　　经济责任审计 | 个 | 842 | 886 | 5.2\n",
        [
            ("change_rate", "consistent", ("1260", "1338", "6.2")),
            ("change_rate", "consistent", ("418", "452", "8.1")),
            ("change_rate", "consistent", ("842", "886", "5.2")),
            ("sum", "consistent", ("1338", "452", "886")),
            ("sum", "consistent", ("1260", "418", "842")),
        ],
    ),
    Case(
        "a bare share of what has been done (已整改) is of the figure right before it in its clause group",
        "审计查出问题金额18.62亿元，已整改16.94亿元，整改金额占比91.0%，通过上缴财政2.16亿元等方式完成整改。",
        [("part_rate", "consistent", ("18.62亿元", "16.94亿元", "91.0%"))],
    ),
    Case(
        "a rate above or below the pace of the year (高于75%的序时进度) by so many points",
        "前三季度全县完成固定资产投资任务的78.6%，高于75%的序时进度3.6个百分点；新增城镇就业完成率71.2%，"
        "低于75%的序时进度3.8个百分点。",
        [
            ("point_change", "consistent", ("75%", "78.6%", "3.6个百分点")),
            ("point_change", "consistent", ("75%", "71.2%", "3.8个百分点")),
        ],
    ),
    Case(
        "an expected figure named with its measure is a target the share is of; a stretch named before 增速",
        "一季度，全市规上工业增加值同比增长6.2%。1—6月，全市全社会用电量218.40亿千瓦时，同比增长7.1%，"
        "较一季度增速加快0.9个百分点，完成全年预计用电量450亿千瓦时的48.5%。",
        [("part_rate", "consistent", ("450亿千瓦时", "218.40亿千瓦时", "48.5%"))],
    ),
    Case(
        "a share short of all of its whole is of no figure equal to its part (a table's 合计 said again in prose)",
        "项目类别    项目数(个)    总投资(亿元)    年度完成投资(亿元)\n老旧小区改造    86    9.64    6.82\n"
        "城中村改造    7    18.30    5.47\n合计    93    27.94    12.29\n"
        "全市城市更新重点项目93个，概算总投资27.94亿元，年度完成投资12.29亿元，占总投资的44.0%。",
        [("sum", "consistent", ("27.94", "9.64", "18.30"))],
        absent=(("part_rate", ("12.29", "12.29亿元", "44.0%")),),
    ),
    Case(
        "one grade twice, of two sides of each thing checked (昼间达标, 夜间达标), is no partition of what was checked",
        "全年开展区域声环境监测36点次，昼间达标34点次、夜间达标29点次，达标率分别为94.4%和80.6%。",
        [("subset", "consistent", ("36点次", "34点次", "29点次"))],
        absent=(("sum", ("36点次", "34点次", "29点次")),),
    ),
    Case(
        "after a ；another flow of the year (新开工) is no kind of the one before (新签约)",
        "上半年新签约文旅项目十八个，协议总投资32.6亿元，其中亿元以上项目九个；新开工项目12个，已完成投资8.4亿元。",
        [("subset", "consistent", ("十八个", "九个"))],
        absent=(("sum", ("十八个", "九个", "12个")),),
    ),
    Case(
        "a whole that says it holds more (含生育保险) is no complete series of the kinds listed under it",
        "全年全市基本医疗保险基金(含生育保险)总收入42.36亿元，其中，职工医保统筹基金收入18.42亿元，"
        "城乡居民医保基金收入21.87亿元。",
        [("subset", "consistent", ("42.36亿元", "18.42亿元", "21.87亿元"))],
        absent=(("sum", ("42.36亿元", "18.42亿元", "21.87亿元")),),
    ),
    Case(
        "a cash flow's net is of the inflows and outflows of its own activity",
        "单位:万元\n项目 | 2024年度 | 2023年度\n经营活动现金流入小计 | 412,360.50 | 386,214.30\n"
        "经营活动现金流出小计 | 365,128.40 | 349,802.10\n经营活动产生的现金流量净额 | 47,232.10 | 36,412.20\n"
        "投资活动产生的现金流量净额 | -52,816.30 | -41,020.60\n",
        [
            ("diff", "consistent", ("412,360.50", "365,128.40", "47,232.10")),
            ("diff", "consistent", ("386,214.30", "349,802.10", "36,412.20")),
        ],
    ),
    Case(
        "kinds by a dimension that outgrow the headline read for them add up to a larger figure before them",
        "报告期内，公司实现营业收入36.52亿元，较上年增长9.8%。全年营业成本28.64亿元，实现毛利7.88亿元。\n"
        "(一)主营业务分产品情况\n分产品看，电机、控制器、传感器分别实现营业收入18.36亿元、11.24亿元和5.61亿元，"
        "其他业务收入1.31亿元。",
        [("sum", "consistent", ("36.52亿元", "18.36亿元", "11.24亿元", "5.61亿元", "1.31亿元"))],
    ),
    Case(
        "a row's rate named by its done column over the plan column (决算数为调整预算%) is the one over the other",
        "单位：万元\n项目 | 调整预算数 | 决算数 | 决算数为调整预算% | 上年决算数\n"
        "一般公共预算收入合计 | 152000 | 156218 | 102.8 | 149630\n一、税收收入 | 98000 | 96531 | 98.5 | 95204\n",
        [
            ("part_rate", "consistent", ("152000", "156218", "102.8")),
            ("part_rate", "consistent", ("98000", "96531", "98.5")),
        ],
    ),
    Case(
        "a list's whole is not sure past a count in another measure word right before its 其中",
        "本次测评共拨打电话约3.6万个，成功访问9800人，其中有效样本9652个，样本有效率98.5%。",
        [("part_rate", "unverifiable", ("3.6万个", "9652个", "98.5%"))],
    ),
    Case(
        "what has been done of the whole after its kinds (已督促整改) is no further kind",
        "共发现问题隐患152个，其中安全隐患类问题61个、服务质量类问题91个，已督促整改140个，整改率92.1%。",
        [
            ("sum", "consistent", ("152个", "61个", "91个")),
            ("part_rate", "consistent", ("152个", "140个", "92.1%")),
        ],
    ),
    Case(
        "a rate the text defines by its two counts (纠错率=纠错数÷审结数) is read by that formula in the table",
        "注：纠错率=纠错数÷审结数×100%。\n单位        受理数    审结数    纠错数    纠错率(%)\n"
        "市本级      386       352       61        17.3\n"
        "城关区      174       160       22        13.8\n合计        560       512       83        16.2\n",
        [
            ("part_rate", "consistent", ("352", "61", "17.3")),
            ("part_rate", "consistent", ("160", "22", "13.8")),
            ("part_rate", "consistent", ("512", "83", "16.2")),
        ],
    ),
    Case(
        "a rate of a denied outcome is over both outcomes, though the granted one reads as an intake",
        "审查起诉环节决定起诉846人，依法作出不起诉决定192人，不起诉率18.5%。",
        [("part_rate", "consistent", ("846人", "192人", "18.5%"))],
    ),
    Case(
        "a 共 with a verb of review heads a 、-list the 合计 after it adds up",
        "上半年共审查规范性文件草案7件、重大行政决策事项4件、行政协议23件、其他涉法文件38件，合计72件。",
        [("sum", "consistent", ("72件", "7件", "4件", "23件", "38件"))],
    ),
    Case(
        "the changes said after a list (与上年相比新增…、撤并…) and a class by size (亿元以上) are no kinds",
        "纳入报告范围的单位共312户，其中行政单位102户、事业单位210户，与上年相比新增3户、撤并6户。"
        "全年实施重点项目27个，其中新开工项目13个、续建项目14个，亿元以上项目6个。",
        [
            ("sum", "consistent", ("312户", "102户", "210户")),
            ("sum", "consistent", ("27个", "13个", "14个")),
        ],
    ),
    Case(
        "two years' figures said each with its year (2022年为…,2023年为…): the later year is the later value",
        "社会治理检察建议数量逐年上升，2022年为84件，2023年为126件，比上年增加42件、增长50.0%。"
        "其中，批准逮捕329人，比去年同期少25人（去年同期354人），降幅为7.1%。",
        [
            ("change_rate", "consistent", ("84件", "126件", "50.0%")),
            ("diff", "consistent", ("84件", "42件", "126件")),
            ("change_rate", "consistent", ("354人", "329人", "7.1%")),
        ],
    ),
    Case(
        "the cases opened (立案) are the base of the cases solved and of the rate of solving",
        "全年全县公安机关刑事案件立案1534起，比上年下降6.2%；破获刑事案件926起，破案率60.4%。",
        [("part_rate", "consistent", ("1534起", "926起", "60.4%"))],
    ),
    Case(
        "a 渗透率 is the share of its part in the whole the part is listed under",
        "限额以上单位家电类零售额8.45亿元，增长5.1%，其中智能家电零售额3.72亿元，增长18.3%，智能家电渗透率达44.0%。",
        [
            ("subset", "consistent", ("8.45亿元", "3.72亿元")),
            ("part_rate", "consistent", ("8.45亿元", "3.72亿元", "44.0%")),
        ],
    ),
    Case(
        "sums of money after 其中 whose last item follows a comma and that make up the whole exactly",
        "全年筹集保障资金6.35亿元，其中中央补助2.10亿元、省级补助0.85亿元、县级配套1.65亿元，社会资本投入1.75亿元。",
        [("sum", "consistent", ("6.35亿元", "2.10亿元", "0.85亿元", "1.65亿元", "1.75亿元"))],
    ),
    Case(
        "the progress of a deed (拨付进度) is its rate; the pace of the year (序时进度) is not",
        "年初下达衔接资金3.84亿元，截至9月底已拨付资金2.61亿元，资金拨付进度68.0%，低于序时进度7个百分点。",
        [("part_rate", "consistent", ("3.84亿元", "2.61亿元", "68.0%"))],
    ),
    Case(
        "each kind's own rate of a deed (代表建议已办复…,办复率) is over that kind's count said sentences before",
        "今年共承办议案建议和政协提案480件，其中议案建议205件、政协提案275件。截至9月底，已办复421件，办复率87.7%。"
        "分类别看，议案建议已办复186件，办复率90.7%；政协提案已办复235件，办复率85.5%。",
        [
            ("sum", "consistent", ("480件", "205件", "275件")),
            ("part_rate", "consistent", ("480件", "421件", "87.7%")),
            ("sum", "consistent", ("421件", "186件", "235件")),
            ("part_rate", "consistent", ("205件", "186件", "90.7%")),
            ("part_rate", "consistent", ("275件", "235件", "85.5%")),
        ],
    ),
    Case(
        "kinds named alike in a bracket after a figure make it up when they add up, else are some of it",
        "其中，县人大代表建议36件（主办22件、协办14件），县政协提案64件（主办45件、协办19件）。"
        "全年开展执法检查85次（日常检查52次、专项检查27次）。",
        [
            ("sum", "consistent", ("36件", "22件", "14件")),
            ("sum", "consistent", ("64件", "45件", "19件")),
            ("subset", "consistent", ("85次", "52次", "27次")),
        ],
    ),
    Case(
        "rows set in under a row add up to it in the year before's column as in the current one",
        "表1 主要经济指标\n指标名称 | 单位 | 2023年 | 2024年 | 增长(%)\n地区生产总值 | 亿元 | 52.40 | 55.63 | 6.2\n"
        "  第一产业增加值 | 亿元 | 6.15 | 6.38 | 3.7\n  第二产业增加值 | 亿元 | 24.92 | 26.71 | 7.2\n"
        "  第三产业增加值 | 亿元 | 21.33 | 22.54 | 5.7\n",
        [
            ("sum", "consistent", ("52.40", "6.15", "24.92", "21.33")),
            ("sum", "consistent", ("55.63", "6.38", "26.71", "22.54")),
        ],
    ),
    Case(
        "a 满意度 over those called back when the satisfied are counted; a 回收率 of forms sent out and returned",
        "全年回访办事群众2460名，表示满意的2398名，政务服务满意度97.5%。发放调查问卷八百份，收回七百六十四份，回收率95.5%。",
        [
            ("part_rate", "consistent", ("2460名", "2398名", "97.5%")),
            ("part_rate", "consistent", ("八百份", "七百六十四份", "95.5%")),
        ],
    ),
    Case(
        "the year's new ones are some of the running total at the year's end, each of a run against its own",
        "全年新建市级以上工程技术研究中心23个，年末累计达到286个。"
        "新培育省级专精特新企业18家、“小巨人”企业5家，累计分别达到97家和21家。",
        [
            ("subset", "consistent", ("286个", "23个")),
            ("subset", "consistent", ("97家", "18家")),
            ("subset", "consistent", ("21家", "5家")),
        ],
    ),
    Case(
        "a rate set against the end of an earlier quarter, and a change said with 高出",
        "全县应年报企业5.40万户，已年报4.86万户，年报率90.0%，比去年同期的87.3%高出2.7个百分点。"
        "规上企业研发机构覆盖率达到46.5%，较二季度末的43.9%提高2.6个百分点。",
        [
            ("part_rate", "consistent", ("5.40万户", "4.86万户", "90.0%")),
            ("point_change", "consistent", ("87.3%", "90.0%", "2.7个百分点")),
            ("point_change", "consistent", ("43.9%", "46.5%", "2.6个百分点")),
        ],
    ),
    Case(
        "a target after a 其中 list, and a least number each place has, are no items of the list",
        "上半年复垦耕地1530亩，其中整治撂荒地复垦870亩、工矿废弃地复垦660亩，完成年度复垦任务2000亩的76.5%。"
        "全县已开通医保结算定点机构412家，其中定点医院118家、定点药店294家，每个乡镇均至少有一家定点药店。",
        [
            ("sum", "consistent", ("1530亩", "870亩", "660亩")),
            ("part_rate", "consistent", ("2000亩", "1530亩", "76.5%")),
            ("sum", "consistent", ("412家", "118家", "294家")),
        ],
    ),
    Case(
        "a ratio of two named measures takes the whole figure, not the part listed under it with 其中",
        "年末金融机构各项存款余额2614.30亿元，其中人民币各项存款余额2580.12亿元。各项贷款余额1932.75亿元，"
        "比上年末增长8.1%。年末金融机构存贷比为73.9%。",
        [
            ("subset", "consistent", ("2614.30亿元", "2580.12亿元")),
            ("part_rate", "consistent", ("2614.30亿元", "1932.75亿元", "73.9%")),
        ],
        absent=(("part_rate", ("2580.12亿元", "1932.75亿元", "73.9%")),),
    ),
    Case(
        "shares that nearly all miss the column before them are of another column, unverifiable, not wrong",
        "用途 | 项目数(个) | 金额 | 占比(%)\n产业发展 | 120 | 18650 | 58.3\n就业帮扶 | 35 | 4120 | 12.9\n"
        "基础设施 | 88 | 9230 | 28.8\n合计 | 243 | 32000 | 100.0\n",
        [
            ("sum", "consistent", ("243", "120", "35", "88")),
            ("part_rate", "unverifiable", ("243", "120", "58.3")),
            ("part_rate", "unverifiable", ("243", "35", "12.9")),
            ("part_rate", "unverifiable", ("243", "88", "28.8")),
        ],
    ),
    Case(
        "a share that names a listed item of one level (县级) takes that item, not the last; 总投入 names the whole",
        "全年投入农村公路养护资金8.4亿元，其中省级补助资金2.6亿元、县级财政资金3.5亿元、乡镇自筹资金2.3亿元，"
        "县级财政资金占总投入的41.7%。",
        [
            ("sum", "consistent", ("8.4亿元", "2.6亿元", "3.5亿元", "2.3亿元")),
            ("part_rate", "consistent", ("8.4亿元", "3.5亿元", "41.7%")),
        ],
    ),
    Case(
        "a scope (X中) of the figure named so in full two sentences back; kinds counted by example are no whole",
        "全院现有职工1530人，其中专任教师1126人；另聘兼职教师180人。按0.5的系数折算，折合教师总数为1216人。"
        "专任教师中，具有高级职称的497人，占44.1%。学院开设专业42个，覆盖工学、管理学、艺术学等5个学科门类，"
        "其中工学专业23个。",
        [
            ("subset", "consistent", ("1530人", "1126人")),
            ("part_rate", "consistent", ("1126人", "497人", "44.1%")),
            ("subset", "consistent", ("42个", "23个")),
        ],
        absent=(("subset", ("5个", "23个")),),
    ),
    Case(
        "projects applied for and approved after a list of projects by level are no kind of it; 资助率 of them",
        "全年获批纵向科研项目164项。其中，国家级项目18项，省部级项目67项，厅局级项目79项。"
        "国家社会科学基金申报96项、获批14项，资助率14.6%。",
        [
            ("sum", "consistent", ("164项", "18项", "67项", "79项")),
            ("part_rate", "consistent", ("96项", "14项", "14.6%")),
        ],
    ),
    Case(
        "past a ；a figure that bears only the last words of a whole its first kind names in full is beside it",
        "全年学院社会服务到款额268.4万元，其中横向社会服务到款额190.2万元；继续教育到款额215.7万元。",
        [("subset", "consistent", ("268.4万元", "190.2万元"))],
        absent=(("sum", ("268.4万元", "190.2万元", "215.7万元")),),
    ),
    Case(
        "a long rate's name that shares one word with an item of the list before it is no share of that item",
        "全年支出临时救助资金3650万元，其中急难救助2140万元、支出型救助1510万元，"
        "困难群众政策范围内急难型医疗费用综合保障比例达到百分之八十左右。",
        [("sum", "consistent", ("3650万元", "2140万元", "1510万元"))],
        absent=(("part_rate", ("3650万元", "2140万元", "百分之八十")),),
    ),
    Case(
        "a share of the one figure of its paragraph that holds the whole's name is checked for sure",
        "年末全县金融机构本外币各项贷款余额1864.20亿元，比年初增加132.50亿元。按期限分，短期贷款512.30亿元，"
        "中长期贷款1351.90亿元。普惠小微贷款余额246.80亿元，占各项贷款余额的比重为14.8%。",
        [
            ("sum", "consistent", ("1864.20亿元", "512.30亿元", "1351.90亿元")),
            ("part_rate", "inconsistent", ("1864.20亿元", "246.80亿元", "14.8%")),
        ],
    ),
    Case(
        "a share that names its part a word shorter and in its measure (住院结算人次 of 住院直接结算…万人次)",
        "全年全市异地就医直接结算486.2万人次。其中，门诊直接结算401.5万人次，住院直接结算84.7万人次，"
        "住院结算人次占直接结算总人次的17.4%。",
        [
            ("sum", "consistent", ("486.2万人次", "401.5万人次", "84.7万人次")),
            ("part_rate", "consistent", ("486.2万人次", "84.7万人次", "17.4%")),
        ],
    ),
    Case(
        "names joined by 、 before 分别占 are of the figures so named a sentence back, each over the whole named",
        "全县土地总面积286.40万亩。其中，耕地72.15万亩，园地8.36万亩，林地151.92万亩，其他土地53.97万亩。"
        "耕地、林地和其他土地分别占土地总面积的25.2%、53.0%和18.8%。",
        [
            ("sum", "consistent", ("286.40万亩", "72.15万亩", "8.36万亩", "151.92万亩", "53.97万亩")),
            ("part_rate", "consistent", ("286.40万亩", "72.15万亩", "25.2%")),
            ("part_rate", "consistent", ("286.40万亩", "151.92万亩", "53.0%")),
            ("part_rate", "consistent", ("286.40万亩", "53.97万亩", "18.8%")),
        ],
    ),
    Case(
        "a scope described with 的 (已落实去向的毕业生中) is of the figure so described with a word left out",
        "学院2024届毕业生共2150人，已落实毕业去向2046人，毕业去向落实率为95.2%。"
        "已落实去向的毕业生中，签订劳动合同1380人，专升本412人，自主创业26人。",
        [
            ("part_rate", "consistent", ("2150人", "2046人", "95.2%")),
            ("subset", "consistent", ("2046人", "1380人", "412人", "26人")),
        ],
    ),
    Case(
        "places counted in one run, what was done of them in a second and the rate of the deed in a third",
        "甲镇、乙镇、丙镇分别排查隐患52处、38处、27处，已整改分别为50处、35处、27处，整改率分别为96.2%、92.1%、100%。"
        "职工医保基金收入8.64亿元，仅完成年度预算19.20亿元的45.0%。",
        [
            ("part_rate", "consistent", ("52处", "50处", "96.2%")),
            ("part_rate", "consistent", ("38处", "35处", "92.1%")),
            ("part_rate", "consistent", ("27处", "27处", "100%")),
            ("part_rate", "consistent", ("19.20亿元", "8.64亿元", "45.0%")),
        ],
        absent=(("subset", ("27处", "50处")),),
    ),
    Case(
        "a share that opens its sentence names its part by the count of it (…人数, …数量), stated sentences before",
        "学院2024届毕业生共3260人，已落实毕业去向3085人。其中，专升本486人，应征入伍41人。"
        "专升本人数占毕业生总数的14.9%。全区体育场地1520个，其中篮球场612个、足球场88个。"
        "篮球场数量占体育场地的40.3%。",
        [
            ("part_rate", "consistent", ("3260人", "486人", "14.9%")),
            ("part_rate", "consistent", ("1520个", "612个", "40.3%")),
        ],
    ),
    Case(
        "a paragraph that opens on a place's scope (全县耕地中) is of the figure so named in the paragraph before",
        "全县土地总面积286.40万亩。其中，耕地72.15万亩，林地151.92万亩。耕地、林地分别占土地总面积的25.2%、53.0%。\n"
        "全县耕地中，水田41.30万亩，占57.2%。",
        [
            ("part_rate", "consistent", ("286.40万亩", "72.15万亩", "25.2%")),
            ("part_rate", "consistent", ("72.15万亩", "41.30万亩", "57.2%")),
        ],
    ),
    Case(
        "a row named as a total output (总产值) over the rows that make it up exactly, in both years' columns",
        "表5  2024年渔业产值\n指标            2023年（亿元）    2024年（亿元）\n"
        "渔业总产值          58.40            62.15\n第一产业            31.26            32.80\n"
        "第二产业            18.52            19.94\n第三产业             8.62             9.41\n",
        [
            ("sum", "consistent", ("58.40", "31.26", "18.52", "8.62")),
            ("sum", "consistent", ("62.15", "32.80", "19.94", "9.41")),
        ],
    ),
    Case(
        "a yield per 亩 is the output over the area sown, in the units each is stated in",
        "全县粮食播种面积86.4万亩，粮食总产量35.12万吨，比上年增长2.1%。粮食作物单产每亩406.5公斤。"
        "全县小麦播种面积2.3万公顷，总产量14.2万吨，平均亩产441.6公斤。",
        [
            ("part_rate", "consistent", ("86.4万亩", "35.12万吨", "406.5公斤")),
            ("part_rate", "inconsistent", ("2.3万公顷", "14.2万吨", "441.6公斤")),
        ],
    ),
    Case(
        "an earlier value in brackets named by the class or the quarter before (上届为, 上季度) is the change's start",
        "毕业生平均月起薪5120元，较上届增加236元（上届为4884元），增长4.8%。",
        [("change_rate", "consistent", ("4884元", "5120元", "4.8%"))],
    ),
    Case(
        "no kinds: the places a list covers, a group across a dimension's kinds, a tally of things just named",
        "全县现有价格监测点38个，其中农贸市场10个、超市9个、加油站7个、其他场所12个，基本覆盖城区和9个乡镇。"
        "全年新签约项目86个。从产业类别看，先进制造业项目41个，现代服务业项目30个，现代农业项目15个。"
        "签约项目中外资项目7个。评价等级为“优”的项目22个、“良”的项目6个。同时，委托第三方对甲、乙两个项目开展评价。",
        [
            ("sum", "consistent", ("38个", "10个", "9个", "7个", "12个")),
            ("sum", "consistent", ("86个", "41个", "30个", "15个")),
        ],
        absent=(("sum", ("38个", "10个", "9个", "7个", "12个", "9个")),),
    ),
    Case(
        "the rate of one of the places counted, the highest, is no share of their count",
        "60岁及以上人口比重超过20%的县（市、区）有5个，其中比重最高的长宁县达27.36%，最低的云溪区为15.28%。",
        [],
    ),
    Case(
        "a kind's own count right before what passed of it is the base of its rate, not the total passed before",
        "上半年抽检水样860份，合格831份，合格率96.6%。其中，城市供水水样302份，合格299份，合格率99.0%。",
        [
            ("part_rate", "consistent", ("860份", "831份", "96.6%")),
            ("part_rate", "consistent", ("302份", "299份", "99.0%")),
        ],
    ),
    Case(
        "a 合计 in a ;-group that opens on a scope of its own (支出总计中,) adds nothing of the group before",
        "收入总计中,本年收入合计3,215.40万元,使用非财政拨款结余0万元,年初结转和结余186.25万元;"
        "支出总计中,本年支出合计3,298.17万元,结余分配0万元,年末结转和结余103.48万元。",
        [],
    ),
    Case(
        "shares naming one far whole in the same words: when the others fit it, the one that misses is a miss",
        "全年全市进出口总额1024.6亿元，比上年增长5.2%。出口612.3亿元，进口412.3亿元。\n"
        "从市场结构看，对东盟进出口236.8亿元，增长9.4%，占全市进出口总额的26.3%；"
        "民营企业进出口655.2亿元，增长6.1%，占全市进出口总额的63.9%。",
        [
            ("sum", "consistent", ("1024.6亿元", "612.3亿元", "412.3亿元")),
            ("part_rate", "inconsistent", ("1024.6亿元", "236.8亿元", "26.3%")),
            ("part_rate", "consistent", ("1024.6亿元", "655.2亿元", "63.9%")),
        ],
    ),
    Case(
        "a census bulletin's sections that open on 全市人口中 are of the place's population stated sections before",
        "一、常住人口\n全市常住人口为1268450人，与2010年相比增加52310人。\n二、性别构成\n"
        "全市人口中，男性人口为646218人，女性人口为622232人。\n三、年龄构成\n"
        "全市人口中，0—14岁人口为198320人，占15.63%；15—59岁人口为801245人，占63.17%；"
        "60岁及以上人口为268885人，占21.20%，其中65岁及以上人口为196412人，占15.48%。",
        [
            ("sum", "consistent", ("1268450人", "646218人", "622232人")),
            ("sum", "consistent", ("1268450人", "198320人", "801245人", "268885人")),
            ("part_rate", "consistent", ("1268450人", "198320人", "15.63%")),
            ("part_rate", "consistent", ("1268450人", "801245人", "63.17%")),
            ("part_rate", "consistent", ("1268450人", "268885人", "21.20%")),
            ("part_rate", "consistent", ("1268450人", "196412人", "15.48%")),
        ],
    ),
    Case(
        "a count of kinds right before the count of things (5大类32个品种) names neither: the things are the whole",
        "本次共监测粮油、肉禽蛋、蔬菜、水果、水产品5大类40个品种。节日期间价格上涨的品种有15个，占37.5%；"
        "下降的品种有13个，占32.5%；基本持平的品种有12个，占30.0%。",
        [
            ("sum", "consistent", ("40个", "15个", "13个", "12个")),
            ("part_rate", "consistent", ("40个", "15个", "37.5%")),
            ("part_rate", "consistent", ("40个", "13个", "32.5%")),
            ("part_rate", "consistent", ("40个", "12个", "30.0%")),
        ],
    ),
    Case(
        "a change said against the same period of last month or year, or the days before a holiday, names nothing new",
        "全年受理消费投诉312件,比去年同期减少41件,下降11.6%。"
        "活鸡平均零售价格为每公斤26.40元,较上月同期上涨0.90元,涨幅3.5%。"
        "节日期间鲜鱼平均零售价格每公斤18.20元,较节前上涨1.10元,涨幅6.4%。",
        [
            ("change_rate", "consistent", ("312件", "41件", "11.6%")),
            ("change_rate", "consistent", ("26.40元", "0.90元", "3.5%")),
            ("change_rate", "consistent", ("18.20元", "1.10元", "6.4%")),
        ],
    ),
    Case(
        "items past a comma after 其中, or in a bracket, that make up the whole to the last digit are all of it",
        "全年帮助销售农特产品2,318.6万元,同比增长12.4%,其中线上销售1,046.2万元,线下展销1,272.4万元。"
        "生活用水量2.86亿立方米(其中城镇生活用水2.11亿立方米,农村生活用水0.75亿立方米)。"
        "全年完成技改投资58.4亿元,其中设备购置36.2亿元,带动新增产值120.5亿元。",
        [
            ("sum", "consistent", ("2,318.6万元", "1,046.2万元", "1,272.4万元")),
            ("sum", "consistent", ("2.86亿立方米", "2.11亿立方米", "0.75亿立方米")),
            ("subset", "consistent", ("58.4亿元", "36.2亿元")),
        ],
        absent=(("subset", ("2.86亿立方米", "2.11亿立方米")),),
    ),
    Case(
        "a scope named like two figures before it is of the one its kinds make up, not of the earlier quarter's",
        "截至6月底,全县纳入改造计划的老旧小区共126个,已开工改造118个。一季度末已开工小区97个,二季度新开工21个。"
        "已开工小区中,基础类改造74个、完善类改造44个。",
        [("sum", "consistent", ("118个", "74个", "44个"))],
        absent=(("sum", ("97个", "74个", "44个")),),
    ),
    Case(
        "an earlier value right after a level is that level's, not the earlier end of a total reached after it",
        "全年新增市场主体2386户,较上年的2107户增长13.2%,全县市场主体总量达到4.6万户。",
        [("change_rate", "consistent", ("2107户", "2386户", "13.2%"))],
        absent=(("change_rate", ("2107户", "4.6万户", "13.2%")),),
    ),
    Case(
        "a share of a whole named by the list head's noun and another qualifier (择期手术, 住院手术) is not of it",
        "全年完成住院手术2.86万台次,其中三四级手术0.98万台次,占住院手术的34.3%;日间手术2140台次,占择期手术的18.6%。",
        [("part_rate", "consistent", ("2.86万台次", "0.98万台次", "34.3%"))],
        absent=(("part_rate", ("2.86万台次", "2140台次", "18.6%")),),
    ),
    Case(
        "a share naming a far whole in other words is sure of it when the section's other shares all fit that whole",
        "三、火灾情况\n全年共接报火灾5.64万起,亡人98人,直接财产损失4.12亿元。\n(一)按起火场所分\n"
        "住宅火灾1.92万起,占火灾总数的39.0%;人员密集场所火灾0.62万起,占11.0%;厂房仓库火灾0.31万起,占5.5%;"
        "交通工具火灾0.42万起,占7.4%。",
        [
            ("part_rate", "inconsistent", ("5.64万起", "1.92万起", "39.0%")),
            ("part_rate", "consistent", ("5.64万起", "0.62万起", "11.0%")),
            ("part_rate", "consistent", ("5.64万起", "0.31万起", "5.5%")),
            ("part_rate", "consistent", ("5.64万起", "0.42万起", "7.4%")),
        ],
    ),
    Case(
        "names, then the measure said once, then the whole, then 分别: each name's share of the list's whole",
        "全年规模以上工业增加值412.60亿元,比上年增长7.1%。分门类看,采矿业增加值38.20亿元,增长2.3%;"
        "制造业增加值341.85亿元,增长7.8%;电力热力燃气及水生产和供应业增加值32.55亿元,增长4.6%。"
        "制造业、采矿业增加值占规模以上工业增加值的比重分别为82.9%和9.8%。",
        [
            ("part_rate", "consistent", ("412.60亿元", "341.85亿元", "82.9%")),
            ("part_rate", "inconsistent", ("412.60亿元", "38.20亿元", "9.8%")),
        ],
    ),
    Case(
        "quarters name the ends of a from-to pair; a value of the quarter before takes the 环比 rate, not the 同比",
        "燃气类投诉由一季度的418件降至二季度的322件,减少96件,降幅23.0%。"
        "三季度,全市完成门急诊386.52万人次,较二季度的371.40万人次环比增长4.1%,同比增长6.3%。",
        [
            ("diff", "consistent", ("418件", "96件", "322件")),
            ("change_rate", "consistent", ("418件", "322件", "23.0%")),
            ("change_rate", "consistent", ("371.40万人次", "386.52万人次", "4.1%")),
        ],
        absent=(("change_rate", ("371.40万人次", "386.52万人次", "6.3%")),),
    ),
    Case(
        "a sentence that opens on a bracket of earlier values (与上年(…)相比) is of the figures ending the one before",
        "全年共发生生产安全事故4.86万起,死亡74人,直接经济损失3.71亿元。"
        "与上年(5.12万起、87人、3.96亿元)相比,事故起数、死亡人数和直接经济损失分别下降5.1%、14.9%和6.3%。",
        [
            ("change_rate", "consistent", ("5.12万起", "4.86万起", "5.1%")),
            ("change_rate", "consistent", ("87人", "74人", "14.9%")),
            ("change_rate", "consistent", ("3.96亿元", "3.71亿元", "6.3%")),
        ],
    ),
    Case(
        "a total naming its items, then their tally and the class they are of, adds up those items",
        "审结行政复议案件386件,其中维持241件,驳回申请43件,确认违法18件,撤销22件,责令履行5件,终止57件;"
        "确认违法、撤销、责令履行三类直接纠错案件合计45件,直接纠错率11.7%。",
        [
            ("sum", "consistent", ("45件", "18件", "22件", "5件")),
            ("part_rate", "consistent", ("386件", "45件", "11.7%")),
        ],
    ),
    Case(
        "items after a rate that miss the first figure and make up the second to the last digit are of the second",
        "全县共排查危旧房屋1,246栋,已完成改造986栋,改造率79.1%;其中城区612栋、乡镇374栋。",
        [("sum", "consistent", ("986栋", "612栋", "374栋"))],
        absent=(("subset", ("1,246栋", "612栋", "374栋")),),
    ),
    Case(
        "what became of an intake stated a sentence before, past a count of its kinds, is of the intake",
        "本月共抽检食用农产品1,318批次,涵盖蔬菜、水果、畜禽肉等9大类。经检验,合格1,296批次,不合格22批次。",
        [("sum", "consistent", ("1,318批次", "1,296批次", "22批次"))],
    ),
    Case(
        "a bare 共 right after a 、-list of items, or a name and 共 with no mark between, totals the items",
        "新建城市公园12个、口袋公园9个,共21个。第一批14项、第二批9项“高效办成一件事”重点事项共23项已上线运行。"
        "市人大代表建议47件(主办31件、会办16件),市政协提案58件(主办39件、会办19件),主办件共70件。",
        [
            ("sum", "consistent", ("21个", "12个", "9个")),
            ("sum", "consistent", ("23项", "14项", "9项")),
        ],
        absent=(("sum", ("70件", "47件", "58件")),),
    ),
    Case(
        "a stock's start plus what came in less what went out, both named in the pair's sentence, is its end",
        "在档困难职工户数由年初的2,318户减少至年末的2,271户,全年新纳入96户,解困脱困退出143户。"
        "在站博士后由年初的86人增至141人,全年新进站78人、出站21人。",
        [
            ("sum", "consistent", ("2,271户", "2,318户", "96户", "143户")),
            ("sum", "inconsistent", ("141人", "86人", "78人", "21人")),
        ],
    ),
    Case(
        "a rate of a kind of what was done may be of what was due, the figure before what was done",
        "本月应办结工单1,264件,实际办结1,218件,办结率96.4%;其中按期办结1,187件,按期办结率93.9%。",
        [
            ("part_rate", "consistent", ("1,264件", "1,218件", "96.4%")),
            ("part_rate", "consistent", ("1,264件", "1,187件", "93.9%")),
        ],
    ),
    Case(
        "rates said in one 分别 run are of one whole, never the numerator of the rate before",
        "全年抽查案卷240卷。经评查,共评定优秀案卷58卷、良好案卷121卷、合格案卷44卷、不合格案卷17卷,"
        "优秀率、合格率(含优秀、良好等次)分别为24.2%和92.9%。\n\n"
        "二、评查结果\n经评查,共评定优秀案卷61卷、良好案卷133卷、合格案卷52卷、不合格案卷14卷,"
        "优秀率、合格率(含优秀、良好等次)分别为23.5%和94.6%。",
        [
            ("part_rate", "consistent", ("240卷", "58卷", "24.2%")),
            ("part_rate", "consistent", ("240卷", "58卷", "121卷", "44卷", "92.9%")),
        ],
        absent=(("part_rate", ("58卷", "44卷", "92.9%")), ("part_rate", ("61卷", "52卷", "94.6%"))),
    ),
    Case(
        "the headline a text adds the year's carry-over to is what was done, not the budget stated first",
        "一、国有资本经营预算收入执行情况\n全年国有资本经营预算收入年初预算为3.60亿元,实际完成3.84亿元,为预算的106.7%。"
        "分项目看,利润收入2.51亿元,股利股息收入0.92亿元,其他收入0.41亿元。加上上年结转收入0.27亿元,收入总计4.11亿元。",
        [("sum", "consistent", ("4.11亿元", "3.84亿元", "0.27亿元"))],
        absent=(("sum", ("4.11亿元", "3.60亿元", "0.27亿元")),),
    ),
    Case(
        "names joined before 分别占, the last with the measure said once, are of figures on the lines the colon opens",
        "2024年全县总用水量11.36亿立方米,按用户特性分类如下:\n"
        "农业用水量6.42亿立方米;工业用水量2.18亿立方米;生活用水量1.97亿立方米;人工生态环境补水量0.79亿立方米。"
        "农业、工业、生活和人工生态环境补水用水量分别占总用水量的56.5%、19.2%、17.3%和7.0%。",
        [
            ("part_rate", "consistent", ("11.36亿立方米", "6.42亿立方米", "56.5%")),
            ("part_rate", "consistent", ("11.36亿立方米", "2.18亿立方米", "19.2%")),
            ("part_rate", "consistent", ("11.36亿立方米", "1.97亿立方米", "17.3%")),
            ("part_rate", "consistent", ("11.36亿立方米", "0.79亿立方米", "7.0%")),
        ],
    ),
    Case(
        "占比分别为 after a list of a dimension's kinds gives each kind's share of the list's whole",
        "全年“三公”经费财政拨款支出2,195.30万元。从构成看,因公出国(境)费96.40万元、公务用车购置及运行维护费1,386.52万元、"
        "公务接待费712.38万元,占比分别为4.4%、63.2%和32.5%。",
        [
            ("part_rate", "consistent", ("2,195.30万元", "96.40万元", "4.4%")),
            ("part_rate", "consistent", ("2,195.30万元", "1,386.52万元", "63.2%")),
            ("part_rate", "consistent", ("2,195.30万元", "712.38万元", "32.5%")),
        ],
    ),
    Case(
        "kinds after a scope (N份病历中) go on past a ；when named alike; an earlier round's value is no kind",
        "抽查的952份病历中,甲级病历842份,甲级率88.4%;乙级病历96份;丙级病历14份,较上次检查的23份减少9份。",
        [
            ("sum", "consistent", ("952份", "842份", "96份", "14份")),
            ("diff", "consistent", ("23份", "9份", "14份")),
        ],
    ),
    Case(
        "a growth rate's move in points, the earlier stretch's rate in brackets after it or said between",
        "10月份,全县居民消费价格同比上涨0.8%,涨幅比上月扩大0.2个百分点(9月份为上涨0.6%)。"
        "前三季度,食品价格同比下降0.9%,降幅比上半年收窄1.4个百分点(上半年下降2.3%)。"
        "工业生产者出厂价格同比下降1.6%,上年同期为下降3.5%,降幅缩小1.9个百分点。",
        [
            ("point_change", "consistent", ("0.6%", "0.8%", "0.2个百分点")),
            ("point_change", "consistent", ("2.3%", "0.9%", "1.4个百分点")),
            ("point_change", "consistent", ("3.5%", "1.6%", "1.9个百分点")),
        ],
    ),
    Case(
        "a kind's share of a whole named by a group's name is of the whole its list makes up, not a nearer group's",
        "全年全市居民人均消费支出21800元,比上年增长6.0%。按常住地分,城镇居民人均消费支出26410元,增长5.1%;"
        "农村居民人均消费支出14620元,增长7.6%。从八大类消费支出看,人均食品烟酒支出6120元;衣着支出1380元;"
        "居住支出5210元,占人均消费支出的比重为23.9%;生活用品及服务支出1260元;交通通信支出2890元;"
        "教育文化娱乐支出2470元,占比11.3%;医疗保健支出1930元;其他用品及服务支出540元。",
        [
            (
                "sum",
                "consistent",
                ("21800元", "6120元", "1380元", "5210元", "1260元", "2890元", "2470元", "1930元", "540元"),
            ),
            ("part_rate", "consistent", ("21800元", "5210元", "23.9%")),
        ],
        absent=(("part_rate", ("14620元", "5210元", "23.9%")),),
    ),
    Case(
        "kinds of spending named for no group are shares of all the people's, past the groups stated nearer",
        "上半年,全县居民人均消费支出4380元,同比增长6.1%。其中,城镇居民人均消费支出5920元,增长5.4%;"
        "农村居民人均消费支出2860元,增长8.2%。从消费结构看,人均食品烟酒支出1286元,占人均消费支出的比重为29.4%;"
        "人均服务性消费支出1980元,增长9.1%。",
        [("part_rate", "consistent", ("4380元", "1286元", "29.4%"))],
        absent=(("sum", ("2860元", "1286元", "1980元")),),
    ),
    Case(
        "the base stated inside a share phrase (占…1120名的) is no head of the 其中 list after it",
        "全年交流轮岗教师264名,占符合交流条件教师1120名的23.6%;其中骨干教师71名,占交流总数的26.9%。",
        [
            ("part_rate", "consistent", ("1120名", "264名", "23.6%")),
            ("subset", "consistent", ("264名", "71名")),
            ("part_rate", "consistent", ("264名", "71名", "26.9%")),
        ],
        absent=(("part_rate", ("1120名", "71名", "26.9%")),),
    ),
    Case(
        "a ；-group that opens on an earlier value dated to another year is of the level of the group before",
        "2024年,全县农村居民人均可支配收入18350元,比上年增长6.8%;比2019年的13120元增加5230元,累计增长39.9%。",
        [
            ("diff", "consistent", ("13120元", "5230元", "18350元")),
            ("change_rate", "consistent", ("13120元", "18350元", "39.9%")),
        ],
    ),
    Case(
        "a whole stated inside a share phrase may be named with the year it is of",
        "本次共抽查专项债券项目84个,占全市2024年度专项债券项目总数260个的32.3%。",
        [("part_rate", "consistent", ("260个", "84个", "32.3%"))],
    ),
    Case(
        "a 合计 of items the first of which has the sentence's 共, a tally of places (三地合计), a dimension's 分别为",
        "全年共接种免疫规划疫苗98.6万剂次,非免疫规划疫苗61.3万剂次,合计159.9万剂次。"
        "分地区看,东港区14家、江口县11家、临河区8家,三地合计33家。"
        "核定全市政府债务限额18725.7亿元,比上年增加1820.6亿元。分类型看,一般债务限额和专项债务限额分别为6820.4亿元和"
        "11905.3亿元。",
        [
            ("sum", "consistent", ("159.9万剂次", "98.6万剂次", "61.3万剂次")),
            ("sum", "consistent", ("33家", "14家", "11家", "8家")),
            ("sum", "consistent", ("18725.7亿元", "6820.4亿元", "11905.3亿元")),
        ],
    ),
    Case(
        "a growth rate set against two earlier stretches in turn, each in brackets, and an earlier fall in its bracket",
        "1-6月,规模以上工业增加值同比增长7.2%,增速较一季度(6.1%)加快1.1个百分点,较1-5月(6.9%)提高0.3个百分点。"
        "全年完成房地产开发投资286.4亿元,同比下降5.9%,降幅较上年(下降9.7%)收窄3.8个百分点。"
        "食品价格同比上涨2.4%,上月为下降0.6%,影响CPI上涨约0.45个百分点。",
        [
            ("point_change", "consistent", ("6.1%", "7.2%", "1.1个百分点")),
            ("point_change", "consistent", ("6.9%", "7.2%", "0.3个百分点")),
            ("point_change", "consistent", ("9.7%", "5.9%", "3.8个百分点")),
        ],
        absent=(("point_change", ("0.6%", "2.4%", "0.45个百分点")),),
    ),
    Case(
        "what is still left undone (尚有…未) is the rest of a plan after what was done",
        "二季度计划新开工项目96个,实际开工78个,开工率81.3%,尚有18个项目未按计划开工。",
        [
            ("part_rate", "consistent", ("96个", "78个", "81.3%")),
            ("sum", "consistent", ("96个", "78个", "18个")),
        ],
    ),
    Case(
        "a rate of what was done of a task set the sentence before; a pass rate of those who sat the exam",
        "今年省下达我县高标准农田建设任务8.5万亩,计划总投资2.6亿元。截至6月底,全县已开工7.32万亩,开工率86.1%;"
        "已完工3.41万亩,完工率40.1%。全年普通高考参考考生2874人,本科上线1986人,本科上线率69.1%。",
        [
            ("part_rate", "consistent", ("8.5万亩", "7.32万亩", "86.1%")),
            ("part_rate", "consistent", ("8.5万亩", "3.41万亩", "40.1%")),
            ("part_rate", "consistent", ("2874人", "1986人", "69.1%")),
        ],
    ),
    Case(
        "a natural decrease of the people themselves is the deaths less the births",
        "全年出生人口18.6万人,人口出生率为6.02‰;死亡人口27.3万人,人口死亡率为8.84‰。全年人口自然减少8.9万人。",
        [("diff", "inconsistent", ("27.3万人", "18.6万人", "8.9万人"))],
    ),
    Case(
        "a change read once with its earlier value and amount and once with the amount and rate is one change",
        "全年共发生各类生产安全事故17起、死亡16人,较上年的21起、19人分别减少4起、3人,同比分别下降19.0%和15.8%。",
        [
            ("change_rate", "consistent", ("21起", "17起", "19.0%")),
            ("change_rate", "consistent", ("19人", "16人", "15.8%")),
        ],
        absent=(("change_rate", ("17起", "4起", "19.0%")),),
    ),
    Case(
        "the year's own spending (本年…支出) set against the year before is the 本年支出 the sentence before names",
        "财政拨款支出总计3,312.56万元,其中本年支出3,068.15万元、年末结转和结余244.41万元。"
        "本年财政拨款支出较上年的3,210.40万元减少142.25万元,下降4.4%。",
        [
            ("diff", "consistent", ("3,210.40万元", "142.25万元", "3,068.15万元")),
            ("change_rate", "consistent", ("3,210.40万元", "3,068.15万元", "4.4%")),
        ],
    ),
    Case(
        "a target done by the whole, not by the part listed under it; a total's share of its total, not of an item",
        "全年新建高效农田6.4万亩,其中水肥一体化面积0.9万亩,完成市下达年度任务6万亩的106.7%。"
        "公司研发投入合计31,520.40万元,其中费用化研发投入29,870.15万元、资本化研发投入1,650.25万元,"
        "资本化研发投入占研发投入的比例为5.24%;研发投入总额占营业收入的比例为6.85%。全年营业收入46.02亿元。",
        [
            ("part_rate", "consistent", ("6万亩", "6.4万亩", "106.7%")),
            ("part_rate", "consistent", ("31,520.40万元", "1,650.25万元", "5.24%")),
        ],
        (("part_rate", ("6万亩", "0.9万亩", "106.7%")),),
    ),
    Case(
        "the second of two earlier values listed after 较上年的 is an earlier value too, no whole of a later share",
        "全年完成交易项目1865宗,交易额208.64亿元,分别较上年的1712宗、185.20亿元增长8.9%和12.7%。"
        "其中工程建设项目交易额131.45亿元,占交易额的63.0%。",
        [("part_rate", "consistent", ("208.64亿元", "131.45亿元", "63.0%"))],
        (("part_rate", ("185.20亿元", "131.45亿元", "63.0%")),),
    ),
    Case(
        "kinds that make up their whole to the last digit end the list, what follows tells more of it; an item past a "
        "；with a share of its own, as the whole has, is its sibling; a kind of an item is within it",
        "全年实施水库除险加固42座,其中中型水库5座、小型水库37座,较上年增加8座,通过蓄水验收39座。"
        "在就业的2860名毕业生中,省内就业1830人,占63.99%,其中省会就业1102人;赴外省就业702人,占24.55%。"
        "全社会用电量86.40亿千瓦时。其中,工业用电量61.20亿千瓦时,占全社会用电量的70.8%;制造业用电量52.35亿千瓦时。",
        [
            ("sum", "consistent", ("42座", "5座", "37座")),
            ("part_rate", "consistent", ("2860名", "702人", "24.55%")),
            ("subset", "consistent", ("61.20亿千瓦时", "52.35亿千瓦时")),
        ],
        (
            ("sum", ("42座", "5座", "37座", "39座")),
            ("part_rate", ("1830人", "702人", "24.55%")),
            ("sum", ("86.40亿千瓦时", "61.20亿千瓦时", "52.35亿千瓦时")),
        ),
    ),
    Case(
        "new loans listed by a dimension are no kinds of the loan balance stated before",
        "6月末,各项贷款余额1860.25亿元,较年初增加121.40亿元。从机构看,农村商业银行新增贷款38.6亿元,占比超过三成。",
        [],
        (("part_rate", ("1860.25亿元", "38.6亿元", "三成")),),
    ),
    Case(
        "what passed and failed of a sample is of the sample, past its kinds; a kind left after a series; averages of "
        "groups; a group's rate of a deed; a change of another thing; a share named for the part of the figure before",
        "抽检水样520个,其中出厂水120个、管网水400个,合格517个,合格率99.4%,不合格的3个管网水样已复检合格。"
        "按用水性质分,居民生活用水6210.5万立方米,非居民用水5320.8万立方米,特种行业用水310.2万立方米,"
        "居民生活用水占售水量的51.0%。全年售水量12185.6万立方米。"
        "外出务工月均收入5120元,其中省内务工月均收入4280元,省外务工月均收入5860元。"
        "家庭医生签约15.20万人,其中重点人群签约9.46万人,重点人群签约率达到75.2%。"
        "醉酒驾驶186起,较去年同期的240起下降22.5%,酒驾肇事亡人事故同比减少3起。"
        "全年查处交通违法行为9.60万起。其中,查处酒驾醉驾违法行为780起,醉酒驾驶186起,醉驾占比23.8%。",
        [
            ("sum", "consistent", ("520个", "517个", "3个")),
            ("change_rate", "consistent", ("240起", "186起", "22.5%")),
            ("part_rate", "consistent", ("780起", "186起", "23.8%")),
        ],
        (
            ("sum", ("400个", "517个", "3个")),
            ("sum", ("5120元", "4280元", "5860元")),
            ("part_rate", ("15.20万人", "9.46万人", "75.2%")),
            ("diff", ("240起", "3起", "186起")),
            ("part_rate", ("9.60万起", "186起", "23.8%")),
        ),
    ),
]


@pytest.mark.parametrize("c", CASES, ids=[c.name for c in CASES])
def test_passage(c: Case) -> None:
    assert_passage(c)


# --- one passage written four ways checks alike ------------------------------------------------------------

_PLAIN = (
    "全年共受理行政复议案件1,250件，较上年增加150件，增长13.6%。其中维持720件、撤销180件、确认违法90件、"
    "其他260件。全县民生支出达到28.9亿元，比上年增加3.0亿元，增长11.6%。\n"
    "各区受理案件情况（单位：件）\n区域\t受理\t办结\n东区\t420\t400\n西区\t380\t361\n合计\t800\t761\n"
)
# the same words in traditional characters where a report from Hong Kong would use them
_TRADITIONAL = _PLAIN.translate(str.maketrans("较亿计县认违销维结区", "較億計縣認違銷維結區"))
# table cells set apart by one ideographic space
_WIDE = _PLAIN.replace("\t", "\u3000")


def _wrapped(text: str, width: int = 30) -> str:
    """The running text hard-wrapped at `width` characters; the table lines as they are."""
    head, table = text.split("\n", 1)
    return "\n".join(head[i : i + width] for i in range(0, len(head), width)) + "\n" + table


def _seen(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(c.rule, c.verdict, tuple(r.text.replace("\n", "") for r in c.claims)) for c in check(extract(text), text)]


@pytest.mark.parametrize("variant", [_TRADITIONAL, _WIDE, _wrapped(_PLAIN)], ids=["traditional", "wide", "wrapped"])
def test_a_passage_checks_alike_however_written(variant: str) -> None:
    plain = _seen(_PLAIN)
    assert {rule for rule, _, _ in plain} >= {"change_rate", "sum"}
    got = _seen(variant)
    assert [(rule, verdict) for rule, verdict, _ in got] == [(rule, verdict) for rule, verdict, _ in plain]
    assert [len(cited) for _, _, cited in got] == [len(cited) for _, _, cited in plain]


@pytest.mark.parametrize(
    "text",
    [
        "營業額為人民幣8,460.0百萬元，較二零二二年的人民幣7,520.0百萬元增加12.5%。",
        "工业总产值达到一千零八十亿元，比一九七八年的四百五十亿元增长百分之一百四十。",
    ],
)
def test_a_year_in_chinese_numerals_dates_the_earlier_value(text: str) -> None:
    got = [(c.rule, c.verdict) for c in check(extract(text), text)]
    assert got == [("change_rate", "consistent")]


def test_a_share_sure_of_a_named_whole_makes_another_naming_it_so_sure() -> None:
    """Two shares name one far whole in the same words; one is sure of it and fits: a miss of the other is a miss
    (the other is read as not sure here, as the text before it can leave it)."""
    text = (
        "上半年,全区完成房地产开发投资70.15亿元,同比下降6.2%。分用途看,住宅投资52.30亿元,占开发投资的74.6%。"
        "从构成看,土地购置费26.10亿元,占开发投资的比重为32.7%。"
    )
    shares = relate.find(build(extract(text), text)).shares
    named = [sh for sh in shares if sh.rate.claim.text in ("74.6%", "32.7%")]
    assert len(named) == 2 and rules.fits(named[0]) and not rules.fits(named[1])
    loose = [named[0], replace(named[1], firm=False)]
    assert [sh.firm for sh in _named_agree(loose)] == [True, True]
