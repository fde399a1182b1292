"""Relations of audit reports, fund reports, environment bulletins and bank reports, through extract and check:
what was planned and what was done, what is done and the rest, shares of kinds with no figure of their own,
balance sheets, named bank ratios, tables dated by column. Passages of our own; the format is that of
test_checks_prose."""

from __future__ import annotations

import pytest

from test_checks_prose import Case, assert_passage

CASES = [
    Case(
        "a table's columns of one holiday in two years (2025年春节 | 2024年春节) and the change between them",
        "重点景区接待情况(单位:万人次)\n景区 | 2025年春节 | 2024年春节 | 增减(%)\n青岩古镇 | 42.36 | 36.58 | 15.8\n"
        "天星湖湿地公园 | 18.75 | 19.37 | -3.2\n",
        [
            ("change_rate", "consistent", ("36.58", "42.36", "15.8")),
            ("change_rate", "consistent", ("19.37", "18.75", "-3.2")),
        ],
    ),
    Case(
        "a column headed 其中 holds a part of the cell before it, row by row",
        "各公证处办证情况(单位:件):\n公证处 | 办证量 | 其中:涉外 | 收费件数\n市公证处 | 12420 | 2615 | 9800\n"
        "东城公证处 | 5210 | 5380 | 4100\n",
        [
            ("subset", "consistent", ("12420", "2615")),
            ("subset", "inconsistent", ("5210", "5380")),
        ],
    ),
    Case(
        "green land in 公顷 over the built-up area in 平方公里",
        "全市城市建成区面积96.40平方公里。建成区绿地面积3,712.8公顷,建成区绿地率38.51%;"
        "绿化覆盖面积4,106.5公顷,建成区绿化覆盖率42.06%。",
        [
            ("part_rate", "consistent", ("96.40平方公里", "3,712.8公顷", "38.51%")),
            ("part_rate", "inconsistent", ("96.40平方公里", "4,106.5公顷", "42.06%")),
        ],
    ),
    Case(
        "a table's total column named for what it counts adds the kinds after it, row by row",
        "在册对象分布如下(单位:人):\n县(市、区) | 在册总数 | 缓刑 | 假释 | 管制\n东城区 | 412 | 380 | 25 | 7\n"
        "西城区 | 305 | 281 | 16 | 9\n",
        [
            ("sum", "consistent", ("412", "380", "25", "7")),
            ("sum", "inconsistent", ("305", "281", "16", "9")),
        ],
    ),
    Case(
        "flows after a total column are no kinds of it",
        "企业分布如下(单位:户):\n县(市、区) | 企业总数 | 新设 | 注销 | 迁入\n东城区 | 412 | 60 | 25 | 7\n",
        [],
        absent=(("sum", ("412", "60", "25", "7")),),
    ),
    # --- done against planned -------------------------------------------------------------------------------------
    Case(
        "a completion rate of the plan and the actual figure right before it",
        "全年计划改造农村公路86.0公里,实际完成81.7公里,完成率95.0%。",
        [("part_rate", "consistent", ("86.0公里", "81.7公里", "95.0%"))],
    ),
    Case(
        "an execution rate that the plan and the spending do not give",
        "部门预算项目支出调整预算为36.40亿元,实际支出33.10亿元,预算执行率92.6%。",
        [("part_rate", "inconsistent", ("36.40亿元", "33.10亿元", "92.6%"))],
    ),
    Case(
        "a revenue named 一般公共预算 is no plan: its growth is over the year before",
        "全区一般公共预算收入由上年的28.40亿元增加到30.12亿元,增收1.72亿元,增长6.1%。",
        [
            ("change_rate", "consistent", ("28.40亿元", "30.12亿元", "6.1%")),
            ("diff", "consistent", ("28.40亿元", "1.72亿元", "30.12亿元")),
        ],
    ),
    # --- a department's final accounts ---------------------------------------------------------------------------
    Case(
        "the final spending of a budget line over its budget, the budget stated first",
        "2024年度一般公共预算财政拨款支出年初预算为3,260.00万元,支出决算为3,128.45万元,完成年初预算的96.0%。",
        [("part_rate", "consistent", ("3,260.00万元", "3,128.45万元", "96.0%"))],
    ),
    Case(
        "rows of budget and final spending, each row's rate, and each column adding up to its total named above",
        "年初预算为1,920.00万元,支出决算为1,862.30万元。分项目情况如下(单位:万元):\n"
        "科目编码｜科目名称｜年初预算｜支出决算｜完成率\n2010101｜行政运行｜1,150.00｜1,128.60｜98.1%\n"
        "2010102｜一般行政管理事务｜770.00｜733.70｜95.3%",
        [
            ("part_rate", "consistent", ("1,150.00", "1,128.60", "98.1%")),
            ("part_rate", "consistent", ("770.00", "733.70", "95.3%")),
            ("sum", "consistent", ("1,920.00万元", "1,150.00", "770.00")),
            ("sum", "consistent", ("1,862.30万元", "1,128.60", "733.70")),
        ],
    ),
    Case(
        "income and spending totals written short (收、支总计): each grows by the same, and each is the year's and "
        "what is carried",
        "2024年度收、支总计5,380.20万元。与上年相比,收、支总计各增加412.60万元,增长8.3%。\n(一)收入决算情况\n"
        "本年收入合计4,960.50万元。另有年初结转和结余419.70万元。\n(二)支出决算情况\n"
        "本年支出合计5,012.80万元,年末结转和结余367.40万元。",
        [
            ("change_rate", "consistent", ("5,380.20万元", "412.60万元", "8.3%")),
            ("sum", "consistent", ("5,380.20万元", "4,960.50万元", "419.70万元")),
            ("sum", "consistent", ("5,380.20万元", "5,012.80万元", "367.40万元")),
        ],
    ),
    Case(
        "a 其中: list set out a line per item, each line saying what the item covers: staff and running costs make up "
        "the basic spending",
        "2024年度一般公共预算财政拨款基本支出6,420.50万元。其中:\n人员经费5,712.30万元,主要包括:基本工资、津贴补贴"
        "等。\n公用经费708.20万元,主要包括:办公费、印刷费、差旅费等。\n人员经费占基本支出的八成以上。",
        [
            ("sum", "consistent", ("6,420.50万元", "5,712.30万元", "708.20万元")),
        ],
    ),
    # --- what is done and the rest --------------------------------------------------------------------------------
    Case(
        "the rest after what is done makes the whole",
        "审计查出问题236个,已整改到位214个,整改率90.7%,其余22个正在推进。",
        [
            ("part_rate", "consistent", ("236个", "214个", "90.7%")),
            ("sum", "consistent", ("236个", "214个", "22个")),
        ],
    ),
    Case(
        "money recovered and the rest still owed, one short of the whole",
        "应追回违规资金3180万元,已追回2640万元,剩余530万元正在追缴。",
        [("sum", "inconsistent", ("3180万元", "2640万元", "530万元"))],
    ),
    Case(
        "a whole that is an item of another list is not the whole of the rest",
        "被提起行政诉讼9件,较上年6件增加3件,其中经复议后起诉3件、直接起诉6件；已审结的5件均判决驳回,其余4件尚在审理中。",
        [("sum", "consistent", ("9件", "5件", "4件"))],
        (("sum", ("6件", "5件", "4件")),),
    ),
    # --- a rate of what was done, its verb left off the figure's name ---------------------------------------------
    Case(
        "a rate whose verb stands in the numerator's clause, not in its name",
        "全县纳入整治的黑臭水体38条,年内完成整治33条,整治完成率为86.8%。",
        [("part_rate", "consistent", ("38条", "33条", "86.8%"))],
    ),
    Case(
        "a use rate of tonnes is over the tonnes produced",
        "一般工业固体废物产生量218.6万吨,综合利用量171.3万吨,综合利用率为78.4%。",
        [("part_rate", "consistent", ("218.6万吨", "171.3万吨", "78.4%"))],
    ),
    # --- rates of the units counted -------------------------------------------------------------------------------
    Case(
        "a rate of what became of the projects counted right before it",
        "全市实施重点项目158个,开工率96.2%。",
        [("grim", "consistent", ("158个", "96.2%"))],
    ),
    Case(
        "a share of a group the text does not count, of the count right before it",
        "全市共有乡镇卫生院27个,其中达到服务能力基本标准的占85.2%。",
        [("grim", "consistent", ("27个", "85.2%"))],
    ),
    Case(
        "those done of a count, said with 的, whose share no whole number gives",
        "排查入河排污口412个,已完成整治的占71.5%。",
        [("grim", "inconsistent", ("412个", "71.5%"))],
    ),
    Case(
        "shares said of each of two kinds listed before are no shares of the count right before",
        "废止规范性文件19件、修改27件,分别占清理总数的12.2%和17.3%。",
        [],
        (("grim", ("27件", "12.2%")),),
    ),
    # --- shares of kinds with no figure of their own --------------------------------------------------------------
    Case(
        "shares of kinds that end with the rest make 100",
        "从缴存单位性质看,机关事业单位占22.40%,国有企业占17.85%,私营企业占46.30%,其他类型单位占13.45%。",
        [("sum", "consistent", ("22.40%", "17.85%", "46.30%", "13.45%"))],
    ),
    Case(
        "shares of kinds, a change between them, ending with the rest but short of 100",
        "从能源消费结构看,煤炭占能源消费总量的比重为48.6%,比上年下降1.9个百分点；石油占17.2%；天然气占10.4%；"
        "一次电力及其他能源占22.5%。",
        [("sum", "inconsistent", ("48.6%", "17.2%", "10.4%", "22.5%"))],
    ),
    Case(
        "a top-kinds list far from 100 is not checked",
        "从行业看,制造业占35.2%,批发和零售业占21.6%。",
        [],
        (("sum", ("35.2%", "21.6%")),),
    ),
    # --- wholes stated inside the share, in brackets --------------------------------------------------------------
    Case(
        "the whole in brackets inside the share phrase",
        "全市共有民办学校1126所,占全市学校总数(2865所)的39.3%。",
        [("part_rate", "consistent", ("2865所", "1126所", "39.3%"))],
    ),
    # --- two kinds handled together -------------------------------------------------------------------------------
    Case(
        "a share of the proposals and the suggestions together, joined by 和",
        "全年人大代表建议92件和政协提案131件全部办结,其中A类件156件,占70.0%。",
        [("part_rate", "consistent", ("92件", "131件", "156件", "70.0%"))],
    ),
    # --- balance sheets and named bank ratios ---------------------------------------------------------------------
    Case(
        "assets are debts and equity; 股东权益合计 ends a name, it adds up nothing before it",
        "报告期末,公司资产总额2,864.15亿元；负债总额2,611.37亿元；股东权益合计252.78亿元。",
        [("sum", "consistent", ("2,864.15亿元", "2,611.37亿元", "252.78亿元"))],
    ),
    Case(
        "reserves over bad loans",
        "不良贷款余额18.64亿元,不良贷款率1.27%。贷款损失准备余额52.19亿元,拨备覆盖率279.99%。",
        [("part_rate", "consistent", ("18.64亿元", "52.19亿元", "279.99%"))],
    ),
    Case(
        "reserves named 减值准备余额",
        "期末不良贷款余额31.20亿元;贷款减值准备余额80.15亿元,拨备覆盖率256.89%。",
        [("part_rate", "consistent", ("31.20亿元", "80.15亿元", "256.89%"))],
    ),
    Case(
        "debts over assets, the subject of 资产总计 without its 总计",
        "年末公司资产总计4128.6亿元,同比增长4.2%;负债合计2397.5亿元,增长5.0%;资产负债率为58.1%。",
        [
            ("part_rate", "consistent", ("4128.6亿元", "2397.5亿元", "58.1%")),
        ],
    ),
    Case(
        "current debts are no numerator 资产负债率 takes",
        "资产总额820.4亿元,负债总额502.1亿元,其中流动负债210.6亿元,资产负债率为61.2%。",
        [
            ("subset", "consistent", ("502.1亿元", "210.6亿元")),
            ("part_rate", "consistent", ("820.4亿元", "502.1亿元", "61.2%")),
        ],
    ),
    Case(
        "loans listed after 其中, each with its share: the third item goes on the list however it is named",
        "发放贷款和垫款总额1,862.40亿元。其中,公司贷款1,120.15亿元,占比60.15%；个人贷款601.33亿元,占比32.29%；"
        "票据贴现140.92亿元,占比7.57%。",
        [
            ("part_rate", "consistent", ("1,862.40亿元", "140.92亿元", "7.57%")),
            ("sum", "consistent", ("1,862.40亿元", "1,120.15亿元", "601.33亿元", "140.92亿元")),
        ],
    ),
    Case(
        "the forest's share of the land, the land given in two units",
        "全县国土面积1720平方公里(合258.0万亩),森林面积171.6万亩,森林覆盖率为66.5%。",
        [("part_rate", "consistent", ("258.0万亩", "171.6万亩", "66.5%"))],
    ),
    Case(
        "a store at the start and at the end of the year, its change and its growth",
        "全市大中型水库年初蓄水量8.42亿立方米,年末蓄水量9.06亿立方米,比年初增加0.64亿立方米,增幅为7.6%。",
        [
            ("change_rate", "consistent", ("8.42亿立方米", "9.06亿立方米", "7.6%")),
            ("diff", "consistent", ("8.42亿立方米", "0.64亿立方米", "9.06亿立方米")),
        ],
    ),
    # --- a table of a quarter, dated by column, its unit said in a sentence ---------------------------------------
    Case(
        "columns dated by a stretch of the year pair by row; the unit note is no figure",
        "除特别说明外,金额单位均为人民币百万元。\n"
        "项目\t2024年1-9月\t2023年1-9月\t增减(%)\n"
        "营业收入\t8,652\t8,103\t6.78\n"
        "其中:利息净收入\t6,418\t6,090\t5.39\n"
        "\u3000\u3000非利息净收入\t2,234\t2,013\t10.98\n"
        "信用减值损失\t1,905\t2,116\t-9.77\n",
        [
            ("change_rate", "consistent", ("8,103", "8,652", "6.78")),
            ("change_rate", "consistent", ("6,090", "6,418", "5.39")),
            ("change_rate", "consistent", ("2,013", "2,234", "10.98")),
            ("change_rate", "inconsistent", ("2,116", "1,905", "-9.77")),
            ("sum", "consistent", ("8,652", "6,418", "2,234")),
        ],
    ),
    # --- tables: rate columns, share columns, balances ------------------------------------------------------------
    Case(
        "a rate column over the row's count of all and its count done",
        "问题类别\t问题数(个)\t已整改(个)\t整改率(%)\n"
        "财政管理\t52\t49\t94.2\n"
        "国有资产管理\t27\t24\t88.9\n"
        "合计\t79\t73\t93.4\n",
        [
            ("part_rate", "consistent", ("52", "49", "94.2")),
            ("part_rate", "consistent", ("27", "24", "88.9")),
            ("part_rate", "inconsistent", ("79", "73", "93.4")),
            ("sum", "consistent", ("79", "52", "27")),
            ("sum", "consistent", ("73", "49", "24")),
        ],
    ),
    Case(
        "a share column past a column of growth is the share of the row's first figure",
        "单位:万千瓦\n"
        "类别\t装机容量\t比上年末增长(%)\t占比(%)\n"
        "合计\t6420\t8.2\t100.0\n"
        "火电\t3850\t1.1\t60.0\n"
        "风电\t1240\t15.6\t19.3\n"
        "太阳能发电\t1330\t30.4\t20.7\n",
        [
            ("part_rate", "consistent", ("6420", "3850", "60.0")),
            ("part_rate", "consistent", ("6420", "1240", "19.3")),
            ("part_rate", "consistent", ("6420", "1330", "20.7")),
            ("sum", "consistent", ("100.0", "60.0", "19.3", "20.7")),
        ],
    ),
    Case(
        "a share column after counts and amounts may be of either: not checked",
        "类别 | 笔数(笔) | 金额(亿元) | 占比(%)\n"
        "新建商品房 | 6120 | 31.40 | 64.52\n"
        "存量商品房 | 3480 | 17.27 | 35.48\n"
        "合计 | 9600 | 48.67 | 100.00\n",
        [("part_rate", "consistent", ("48.67", "31.40", "64.52"))],
        (("part_rate", ("9600", "6120", "64.52")),),
    ),
    Case(
        "a row's count sorted into grades down to a failing one: the grades add up to it, and its 合格率 counts the "
        "grades above 合格 too",
        "评查类别 | 抽查卷数 | 优秀 | 合格 | 不合格 | 合格率\n"
        "行政处罚 | 140 | 41 | 90 | 9 | 93.6%\n"
        "行政许可 | 52 | 19 | 30 | 3 | 92.2%\n",
        [
            ("sum", "consistent", ("140", "41", "90", "9")),
            ("part_rate", "consistent", ("140", "41", "90", "93.6%")),
            ("part_rate", "inconsistent", ("52", "30", "92.2%")),
        ],
    ),
    Case(
        "kinds set in under a per-head total whose share cell says 100 add up to it, and their shares to 100",
        "指标\t金额(元)\t比上年增长(%)\t占比(%)\n"
        "人均可支配收入\t41250\t5.4\t100.0\n"
        "  工资性收入\t23310\t5.9\t56.5\n"
        "  经营净收入\t6820\t4.0\t16.5\n"
        "  财产净收入\t2460\t2.1\t6.0\n"
        "  转移净收入\t8660\t7.2\t21.0\n",
        [
            ("sum", "consistent", ("41250", "23310", "6820", "2460", "8660")),
            ("part_rate", "consistent", ("41250", "23310", "56.5")),
            ("sum", "consistent", ("100.0", "56.5", "16.5", "6.0", "21.0")),
        ],
    ),
    Case(
        "rows set in under a total row that says 100: each row's share is of the total",
        "指标  年末数(万人)  比重(%)\n"
        "全省常住人口  3812.40  100.0\n"
        "  其中:城镇  2461.70  64.6\n"
        "        乡村  1350.70  35.4\n",
        [
            ("part_rate", "consistent", ("3812.40", "2461.70", "64.6")),
            ("part_rate", "consistent", ("3812.40", "1350.70", "35.4")),
            ("sum", "consistent", ("100.0", "64.6", "35.4")),
        ],
    ),
    Case(
        "each row's income is its spending and balance in a table set apart by runs of spaces",
        "单位:亿元\n"
        "险种  基金收入  基金支出  当年结余\n"
        "失业保险  5.26  4.81  0.45\n"
        "工伤保险  3.40  3.12  0.38\n",
        [
            ("sum", "consistent", ("5.26", "4.81", "0.45")),
            ("sum", "inconsistent", ("3.40", "3.12", "0.38")),
        ],
    ),
    Case(
        "a column of the units each row involves totals each unit once: the amounts add up, the units do not",
        "单位:万元\n"
        "问题类别 | 问题金额 | 涉及单位(个)\n"
        "预算执行不严格 | 1820.5 | 9\n"
        "政府采购不规范 | 640.0 | 6\n"
        "资产管理不规范 | 2310.8 | 11\n"
        "合计 | 4771.3 | 17\n",
        [("sum", "consistent", ("4771.3", "1820.5", "640.0", "2310.8"))],
        (("sum", ("17", "9", "6", "11")),),
    ),
    Case(
        "each row's income is its spending and the year's balance",
        "单位:亿元\n"
        "险种 | 基金收入 | 基金支出 | 当年结余\n"
        "职工基本养老保险 | 268.40 | 259.15 | 9.25\n"
        "失业保险 | 8.62 | 6.90 | 1.82\n",
        [
            ("sum", "consistent", ("268.40", "259.15", "9.25")),
            ("sum", "inconsistent", ("8.62", "6.90", "1.82")),
        ],
    ),
    Case(
        "a column of reductions, year against year, row by row",
        "污染物\t2023年(吨)\t2024年(吨)\t削减率(%)\n"
        "化学需氧量\t6320\t6105\t3.4\n"
        "氨氮\t512\t489\t4.5\n",
        [
            ("change_rate", "consistent", ("6320", "6105", "3.4")),
            ("change_rate", "consistent", ("512", "489", "4.5")),
        ],
    ),
    # --- per head and per birth -----------------------------------------------------------------------------------
    Case(
        "beds per thousand people over the beds and the population stated before",
        "年末全市医疗卫生机构实有床位3.18万张。按年末常住人口462.5万人计算,每千人口医疗卫生机构床位6.88张。",
        [("part_rate", "consistent", ("462.5万人", "3.18万张", "6.88张"))],
    ),
    Case(
        "beds of one kind of institution are no proof against beds per head of all of them",
        "年末全市医院床位2.64万张。按年末常住人口462.5万人计算,每千人口医疗卫生机构床位6.88张。",
        [("part_rate", "unverifiable", ("462.5万人", "2.64万张", "6.88张"))],
    ),
    Case(
        "a rate in ‰ named per thousand people (千人口献血率) is all the donations over the population; a goal or a"
        " bound in ‰ is of no count",
        "全年全区无偿献血8,946人次,其中献血400毫升的5,120人次。\n(二)千人口献血率\n按年末常住人口72.8万人计算,"
        "千人口献血率为12.3‰,高于全市平均水平。仍有2个街道千人口献血率低于8‰,2025年力争千人口献血率达到13‰。",
        [("part_rate", "consistent", ("72.8万人", "8,946人次", "12.3‰"))],
        (("part_rate", ("72.8万人", "8,946人次", "8‰")), ("part_rate", ("72.8万人", "8,946人次", "13‰"))),
    ),
    Case(
        "an average that names its total in full is of the largest figure so named a few sentences back, not of the"
        " source nearer to it",
        "全年科研经费总收入4.80亿元,增长6.2%。从来源看,财政拨款科研经费2.90亿元,竞争性项目经费1.30亿元,技术服务收入"
        "0.60亿元。全院专业技术人员800人,专业技术人员人均科研经费60.0万元。",
        [("part_rate", "consistent", ("800人", "4.80亿元", "60.0万元"))],
        (("part_rate", ("800人", "1.30亿元", "60.0万元")),),
    ),
    Case(
        "a table's first row, an average per head that the row names, is the sum of its components below it; a column"
        " of averages per place under the head does not add up",
        "表3 全体居民人均消费支出及构成\n指标\t绝对数(元)\t构成(%)\n人均消费支出\t20000\t100.0\n食品烟酒\t6000\t30.0\n"
        "居住\t5000\t25.0\n其他\t9000\t45.0\n\n表4 分区县情况\n区县 | 5G基站(个) | 每万人拥有5G基站(个)\n"
        "甲区 | 1200 | 45.7\n乙县 | 800 | 21.6\n全市 | 2000 | 33.4\n",
        [
            ("sum", "consistent", ("20000", "6000", "5000", "9000")),
            ("part_rate", "consistent", ("20000", "6000", "30.0")),
            ("sum", "consistent", ("2000", "1200", "800")),
        ],
        (("sum", ("33.4", "45.7", "21.6")),),
    ),
    Case(
        "a share that names its whole by a word several figures bear (可支配收入) is of the one whose words before it"
        " the part's name opens with too, paragraphs back",
        "全年全体居民人均可支配收入40000元。城镇常住居民人均可支配收入52000元;农村常住居民人均可支配收入28000元。\n"
        "从收入来源看,全体居民人均工资性收入22400元,增长5.1%。工资性收入占可支配收入的比重为56.0%。",
        [("part_rate", "consistent", ("40000元", "22400元", "56.0%"))],
        (("part_rate", ("28000元", "22400元", "56.0%")),),
    ),
    Case(
        "a table's spending progress (支出进度) is the row's spent cell over its issued one",
        "金额单位:亿元\n地区 已发行 已支出 支出进度\n省本级 120.0 90.0 75.0%\n金江市 200.0 150.0 76.0%\n",
        [
            ("part_rate", "consistent", ("120.0", "90.0", "75.0%")),
            ("part_rate", "inconsistent", ("200.0", "150.0", "76.0%")),
        ],
    ),
    Case(
        "deaths per hundred thousand and per thousand live births",
        "全年全县户籍活产数5120人。孕产妇死亡1人,孕产妇死亡率为19.53/10万；婴儿死亡14人,婴儿死亡率为2.93‰。",
        [
            ("part_rate", "consistent", ("5120人", "1人", "19.53/10万")),
            ("part_rate", "inconsistent", ("5120人", "14人", "2.93‰")),
        ],
    ),
    Case(
        "students per teacher in the clause group; a university's ratio is of weighted students",
        "普通小学在校生28.64万人,专任教师1.86万人,生师比15.40:1；普通高校在校生12.30万人,专任教师0.71万人,"
        "高校生师比17.8:1。",
        [("part_rate", "consistent", ("1.86万人", "28.64万人", "15.40", "1"))],
        (("part_rate", ("0.71万人", "12.30万人", "17.8", "1")),),
    ),
    # --- gaps and counted days ------------------------------------------------------------------------------------
    Case(
        "two figures and the gap between them",
        "各县区中,PM2.5年均浓度最低的为东山县(22微克/立方米),最高的为西河区(37微克/立方米),两者相差13微克/立方米。",
        [("sum", "inconsistent", ("37微克/立方米", "22微克/立方米", "13微克/立方米"))],
    ),
    Case(
        "days counted add up like things",
        "全年有效监测天数365天,其中优良天数318天,优良天数比例为87.1%；轻度污染39天,中度污染6天,重度污染2天。",
        [
            ("part_rate", "consistent", ("365天", "318天", "87.1%")),
            ("sum", "consistent", ("365天", "318天", "39天", "6天", "2天")),
        ],
    ),
    Case(
        "two grades with the ones between left out are no complete scale",
        "全年有效监测天数366天,其中优良天数321天,优良天数比例为87.7%；重度及以上污染天数为0天。",
        [("part_rate", "consistent", ("366天", "321天", "87.7%"))],
        (("sum", ("366天", "321天", "0天")),),
    ),
    # --- disclosure reports: their tables and the prose around them -----------------------------------------------
    Case(
        "rows marked (一)…(七) add up to their marked total; the intake rows above the outcomes are no items",
        "本年新收申请数量 | 132\n上年结转申请数量 | 6\n"
        "(一)予以公开 | 71\n(二)部分公开 | 18\n(三)不予公开 | 7\n(四)无法提供 | 22\n(五)不予处理 | 5\n"
        "(六)其他处理 | 4\n(七)总计 | 127\n结转下年度继续办理 | 11\n"
        "其中,予以公开和部分公开合计89件,占办结总数的70.1%。",
        [("sum", "consistent", ("127", "71", "18", "7", "22", "5", "4"))],
        (("subset", ("11", "89件")), ("sum", ("127", "132", "6", "71", "18", "7", "22", "5", "4"))),
    ),
    Case(
        "reasons flush under a 其中 row break down the row above, up to the next marked row; a marked label keeps the "
        "table's unit",
        "三、收到和处理政府信息公开申请情况(单位:件)\n"
        "(一)本年新收申请数量 | 264\n(二)上年结转申请数量 | 12\n(三)本年度办理结果\n"
        "1.予以公开 | 118\n2.部分公开 | 36\n3.不予公开 | 15\n其中:属于国家秘密 | 1\n保护第三方合法权益 | 6\n"
        "属于三类内部事务信息 | 8\n4.无法提供 | 72\n5.不予处理 | 13\n6.其他处理 | 9\n7.总计 | 263\n",
        [("sum", "consistent", ("263", "118", "36", "15", "72", "13", "9"))],
        (("sum", ("263", "118", "36", "15", "6", "8", "72", "13", "9")),),
    ),
    Case(
        "a head that states its unit starts a table of its own under a table in 百万元",
        "单位:百万元\n项目 | 2024年末 | 2023年末 | 增减(%)\n资产总额 | 684,520 | 621,340 | 10.17\n"
        "(三)主要监管指标\n项目(%) | 2024年末 | 2023年末 | 变动\n"
        "不良贷款率 | 1.12 | 1.19 | 下降0.07个百分点\n拨备覆盖率 | 286.40 | 271.85 | 上升14.65个百分点\n",
        [
            ("change_rate", "consistent", ("621,340", "684,520", "10.17")),
            ("point_change", "consistent", ("1.19", "1.12", "0.07个百分点")),
            ("point_change", "inconsistent", ("271.85", "286.40", "14.65个百分点")),
        ],
    ),
    Case(
        "a total column at the end of each row adds up the cells before it",
        "四、政府信息公开行政复议、行政诉讼情况(单位:件)\n"
        "类别 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n"
        "行政复议 | 5 | 2 | 1 | 1 | 9\n"
        "行政诉讼 | 3 | 0 | 1 | 1 | 8\n",
        [("sum", "consistent", ("9", "5", "2", "1", "1")), ("sum", "inconsistent", ("8", "3", "0", "1", "1"))],
    ),
    Case(
        "a list that names the rest is of the one whole before it, though some items echo another figure; a closing "
        "rate may count the cases carried over",
        "全年共收到政府信息公开申请31件,另有上年结转2件。办结30件,办结率90.9%。其中,予以公开14件,部分公开5件,"
        "无法提供8件,不予处理2件,其他处理1件。",
        [
            ("sum", "consistent", ("30件", "14件", "5件", "8件", "2件", "1件")),
            ("part_rate", "consistent", ("31件", "2件", "30件", "90.9%")),
        ],
    ),
    Case(
        "what became of one item is no further kind of the whole",
        "全年受理各类诉求9.84万件。按处理方式分,直接答复5.26万件,转办工单4.58万件;转办工单按时办结4.49万件,"
        "按时办结率98.0%。",
        [
            ("sum", "consistent", ("9.84万件", "5.26万件", "4.58万件")),
            ("part_rate", "consistent", ("4.58万件", "4.49万件", "98.0%")),
        ],
    ),
    Case(
        "the rest after a complete series of kinds goes on the list",
        "全年共办理各类案件9642件。其中,刑事检察案件5827件,占60.4%;民事检察案件1496件,占15.5%;"
        "行政检察案件862件,占8.9%;公益诉讼案件604件,占6.3%;其他案件853件,占8.8%。",
        [
            ("sum", "consistent", ("9642件", "5827件", "1496件", "862件", "604件", "853件")),
            ("sum", "consistent", ("60.4%", "15.5%", "8.9%", "6.3%", "8.8%")),
        ],
    ),
    Case(
        "shares that follow a share of a table's row keep the row as their whole",
        "单位:亿元\n险种 | 基金收入 | 基金支出\n职工基本养老保险 | 280.60 | 266.10\n失业保险 | 12.40 | 9.80\n"
        "合计 | 293.00 | 275.90\n"
        "职工基本养老保险基金收入中,征缴收入226.42亿元,占基金收入的80.7%；各级财政补贴33.95亿元,占12.1%。",
        [
            ("part_rate", "consistent", ("280.60", "226.42亿元", "80.7%")),
            ("part_rate", "consistent", ("280.60", "33.95亿元", "12.1%")),
        ],
    ),
    # --- courts and procuratorates --------------------------------------------------------------------------------
    Case(
        "appeals of the cases closed, the appeal stated as an intake of its own; reversals named short",
        "全市法院审结一审案件12480件,当事人提出上诉1685件,一审上诉率13.5%;经二审改判和发回重审137件,"
        "一审判决发改率1.1%。",
        [
            ("part_rate", "consistent", ("12480件", "1685件", "13.5%")),
            ("part_rate", "consistent", ("12480件", "137件", "1.1%")),
        ],
    ),
    Case(
        "a rate of a part listed under a scope that names the whole stated in the sentence before",
        "全年审结行政复议案件388件。在审结案件中,决定维持241件,驳回复议申请52件,调解结案44件,直接纠错51件,"
        "纠错率为13.1%。",
        [("part_rate", "consistent", ("388件", "51件", "13.1%"))],
    ),
    Case(
        "a part listed with 其中 opening the sentence is no scope: its rate is not of the whole before",
        "全市法院受理执行案件8640件,执结8312件,执结率96.2%。其中,首次执行案件5730件,执行完毕2688件,实际执结率46.9%。",
        [("part_rate", "consistent", ("5730件", "2688件", "46.9%"))],
        (("part_rate", ("8640件", "2688件", "46.9%")),),
    ),
    Case(
        "a rate right after a part listed with 其中 is of that part over its whole, maybe",
        "判处罪犯1460人,其中判处五年以上有期徒刑至死刑的193人,重刑率13.2%。",
        [("part_rate", "consistent", ("1460人", "193人", "13.2%"))],
    ),
    Case(
        "a rate under a scope is of the figure the scope names in the sentence before, not of the intake",
        "仲裁机构立案受理案件5480件,审结5216件,仲裁结案率95.2%。仲裁审结案件中,以调解方式结案2608件,仲裁调解率50.0%。",
        [("part_rate", "consistent", ("5216件", "2608件", "50.0%"))],
        (("part_rate", ("5480件", "2608件", "50.0%")),),
    ),
    Case(
        "those who passed of those who sat, each figure opening its clause",
        "全年共有6.20万人次参加职业技能等级认定,4.71万人次取得证书,通过率76.0%。",
        [("part_rate", "consistent", ("6.20万人次", "4.71万人次", "76.0%"))],
    ),
    Case(
        "a figure that opens its clause is named by the words after it",
        "县政府确定的32项重点工作目标中,29项全面完成,3项基本完成,全面完成率90.6%。",
        [("part_rate", "consistent", ("32项", "29项", "90.6%"))],
    ),
    Case(
        "units counted in their own measure words, each before what it counts, then the total",
        "全区29个区级部门、9个街道全部聘请法律顾问,共计38家单位。",
        [("sum", "consistent", ("38家", "29个", "9个"))],
    ),
    # --- changes said respectively --------------------------------------------------------------------------------
    Case(
        "two figures, their growth respectively, and their earlier values in a bracket",
        "全年发放个人住房贷款1.24万笔、58.30亿元,同比分别增长6.90%、11.40%(上年为1.16万笔、52.33亿元)。",
        [
            ("change_rate", "consistent", ("1.16万笔", "1.24万笔", "6.90%")),
            ("change_rate", "consistent", ("52.33亿元", "58.30亿元", "11.40%")),
        ],
    ),
    Case(
        "two rates, their fall in points respectively, and their earlier values said after",
        "综合偿付能力充足率和核心偿付能力充足率分别为206.40%和151.20%,分别较上年末下降5.30个和2.90个百分点"
        "(上年末分别为211.70%和155.10%)。",
        [
            ("point_change", "consistent", ("211.70%", "206.40%", "5.30个")),
            ("point_change", "inconsistent", ("155.10%", "151.20%", "2.90个百分点")),
        ],
    ),
    # --- averages, named parts and wholes, plans ------------------------------------------------------------------
    Case(
        "the four sources of income per head add up to the income per head",
        "全年全体居民人均可支配收入41260元。按收入来源分,人均工资性收入23480元;人均经营净收入6530元;"
        "人均财产净收入3410元;人均转移净收入7900元。",
        [("sum", "inconsistent", ("41260元", "23480元", "6530元", "3410元", "7900元"))],
    ),
    Case(
        "a share that names its part and its whole, both stated before it",
        "全年肉类总产量6.42万吨。其中,猪肉产量4.58万吨,禽肉产量1.21万吨,牛羊肉产量0.63万吨。"
        "猪肉产量占肉类总产量的比重为71.3%。",
        [("part_rate", "consistent", ("6.42万吨", "4.58万吨", "71.3%"))],
    ),
    Case(
        "有效 is part of the name of the whole",
        "全年有效灌溉面积48.20万亩,节水灌溉面积21.69万亩,占有效灌溉面积的45.0%。",
        [("part_rate", "consistent", ("48.20万亩", "21.69万亩", "45.0%"))],
    ),
    Case(
        "a plan table's rate column, row by row and on the total row",
        "领域 | 年度计划(亿元) | 完成投资(亿元) | 完成率(%)\n"
        "公路 | 42.0 | 44.1 | 105.0\n"
        "水运 | 16.0 | 17.6 | 110.0\n"
        "合计 | 58.0 | 61.7 | 107.2\n",
        [
            ("part_rate", "consistent", ("42.0", "44.1", "105.0")),
            ("part_rate", "consistent", ("16.0", "17.6", "110.0")),
            ("part_rate", "inconsistent", ("58.0", "61.7", "107.2")),
        ],
    ),
    Case(
        "a list by a dimension is of the sentence's top figure, not of the part listed with 其中 in it",
        "全年港口货物吞吐量4820万吨,其中外贸货物吞吐量1106万吨。分货类看,煤炭1752万吨、金属矿石1160万吨、"
        "矿建材料942万吨、其他货类966万吨。",
        [("sum", "consistent", ("4820万吨", "1752万吨", "1160万吨", "942万吨", "966万吨"))],
    ),
    # --- votes of all holders and of a group of them --------------------------------------------------------------
    Case(
        "a vote restated for a group of holders is no part of the same vote",
        "表决结果:同意96,120,500股,反对412,300股,弃权38,200股。\n"
        "其中,中小投资者表决情况:同意8,225,600股,占出席会议中小投资者所持有表决权股份总数的94.8151%；"
        "反对412,300股,占4.7446%；弃权38,200股,占0.4403%。",
        [],
        (("subset", ("412,300股", "412,300股")),),
    ),
    Case(
        "a change over a negative earlier value is taken over its size",
        "单位:元 币种:人民币\n项目 | 本期 | 上年同期 | 变动比例\n"
        "投资活动产生的现金流量净额 | -248,615,320.40 | -96,204,118.72 | -158.42%\n"
        "筹资活动产生的现金流量净额 | 85,316,402.18 | -42,780,915.66 | 299.43%\n",
        [
            ("change_rate", "consistent", ("-96,204,118.72", "-248,615,320.40", "-158.42%")),
            ("change_rate", "consistent", ("-42,780,915.66", "85,316,402.18", "299.43%")),
        ],
    ),
    Case(
        "the rows from a 减 row on are taken away from the total",
        "单位:元 币种:人民币\n项目 | 金额\n非流动性资产处置损益 | -812,406.30\n"
        "计入当期损益的政府补助 | 15,260,000.00\n除上述各项之外的其他营业外收入和支出 | 2,104,318.62\n"
        "减:所得税影响额 | 2,487,286.85\n少数股东权益影响额(税后) | 306,125.47\n合计 | 13,758,500.00\n",
        [
            (
                "sum",
                "consistent",
                ("13,758,500.00", "-812,406.30", "15,260,000.00", "2,104,318.62", "2,487,286.85", "306,125.47"),
            )
        ],
    ),

    Case(
        "two tables under one head row each: a share row's change written with % is in points",
        "公司研发人员情况\n | 2024年 | 2023年 | 变动比例\n研发人员数量(人) | 512 | 448 | 14.29%\n"
        "研发人员数量占比 | 23.16% | 21.05% | 2.11%\n公司研发投入情况\n | 2024年 | 2023年 | 变动比例\n"
        "研发投入金额(元) | 186,420,315.20 | 150,336,218.47 | 24.00%\n"
        "研发投入占营业收入比例 | 11.42% | 10.87% | 0.55%\n",
        [
            ("change_rate", "consistent", ("448", "512", "14.29%")),
            ("point_change", "consistent", ("21.05%", "23.16%", "2.11%")),
            ("change_rate", "consistent", ("150,336,218.47", "186,420,315.20", "24.00%")),
            ("point_change", "consistent", ("10.87%", "11.42%", "0.55%")),
        ],
    ),

    # --- a department's final accounts ------------------------------------------------------------------------------
    Case(
        "both sides of a budget in one sentence, each added up in its own clause group",
        "全县一般公共预算收入152360万元，加上级补助收入176420万元、债务转贷收入9800万元、上年结转4620万元，收入总计"
        "343200万元；一般公共预算支出331540万元，加上解上级支出4180万元、债务还本支出2600万元、结转下年支出4880万元，"
        "支出总计343200万元。",
        [
            ("sum", "consistent", ("343200万元", "152360万元", "176420万元", "9800万元", "4620万元")),
            ("sum", "consistent", ("343200万元", "331540万元", "4180万元", "2600万元", "4880万元")),
        ],
    ),
    Case(
        "the totals of final accounts: the year's own figures and what is carried over",
        "一、收入支出决算总体情况说明\n2024年度收入总计5218.46万元，支出总计5218.46万元。与2023年度的4806.12万元相比，"
        "收、支总计各增加412.34万元，增长8.6%。\n二、收入决算情况说明\n本年收入合计4872.30万元，其中财政拨款收入"
        "4615.08万元。另有年初结转和结余346.16万元。\n三、支出决算情况说明\n本年支出合计4790.55万元，年末结转和结余"
        "427.91万元。",
        [
            ("diff", "consistent", ("4806.12万元", "412.34万元", "5218.46万元")),
            ("change_rate", "consistent", ("4806.12万元", "5218.46万元", "8.6%")),
            ("sum", "consistent", ("5218.46万元", "4872.30万元", "346.16万元")),
            ("sum", "consistent", ("5218.46万元", "4790.55万元", "427.91万元")),
        ],
    ),
    Case(
        "a change said in the sentence after its figure, opened by 与上年相比",
        "2024年度一般公共预算财政拨款支出1,962.40万元。与上年相比，一般公共预算财政拨款支出减少148.26万元，下降7.0%。",
        [("change_rate", "consistent", ("1,962.40万元", "148.26万元", "7.0%"))],
    ),
    Case(
        "kinds by function of a total a section before, named before the dimension",
        "（一）总体情况\n2024年度一般公共预算财政拨款支出1,962.40万元。\n（二）结构情况\n"
        "一般公共预算财政拨款支出决算按功能分类，农林水支出1,604.25万元，占81.7%；社会保障和就业支出215.80万元，"
        "占11.0%；卫生健康支出142.35万元，占7.3%。",
        [
            ("sum", "consistent", ("1,962.40万元", "1,604.25万元", "215.80万元", "142.35万元")),
            ("part_rate", "consistent", ("1,962.40万元", "1,604.25万元", "81.7%")),
            ("part_rate", "consistent", ("1,962.40万元", "215.80万元", "11.0%")),
        ],
    ),

    Case(
        "a bank's loans by five grades: a 总额 row totals the rows, a 增减幅 column holds changes",
        "(除百分比外,金额单位均为人民币百万元)\n项目 | 2024年12月31日 | | 2023年12月31日 |\n"
        " | 金额 | 占比(%) | 金额 | 占比(%)\n正常类 | 962,410 | 96.52 | 884,236 | 96.31\n"
        "关注类 | 21,655 | 2.17 | 20,847 | 2.27\n不良类 | 13,028 | 1.31 | 13,010 | 1.42\n"
        "贷款总额 | 997,093 | 100.00 | 918,093 | 100.00\n\n项目 | 2024年 | 2023年 | 增减额 | 增减幅(%)\n"
        "利息净收入 | 21,406 | 22,318 | -912 | -4.09\n",
        [
            ("sum", "consistent", ("997,093", "962,410", "21,655", "13,028")),
            ("part_rate", "consistent", ("997,093", "962,410", "96.52")),
            ("part_rate", "consistent", ("918,093", "20,847", "2.27")),
            ("change_rate", "consistent", ("22,318", "21,406", "-4.09")),
        ],
    ),

    Case(
        "a table's rate column of what is already put right over the amount found",
        "单位:万元\n部门 | 发现问题金额 | 已整改金额 | 整改率\n市教育局 | 6842.5 | 6315.2 | 92.3%\n"
        "市水利局 | 3518.3 | 3518.3 | 100%\n合计 | 10360.8 | 9833.5 | 94.9%\n",
        [
            ("part_rate", "consistent", ("6842.5", "6315.2", "92.3%")),
            ("part_rate", "consistent", ("10360.8", "9833.5", "94.9%")),
            ("sum", "consistent", ("10360.8", "6842.5", "3518.3")),
        ],
    ),

    Case(
        "a table of targets: the quarter's progress is what was done over the year's target",
        "指标名称 | 年度目标 | 一季度完成 | 完成进度\n城镇新增就业(人) | 48000 | 12760 | 26.6%\n"
        "新增技能人才(人) | 18000 | 4926 | 28.4%\n",
        [
            ("part_rate", "consistent", ("48000", "12760", "26.6%")),
            ("part_rate", "inconsistent", ("18000", "4926", "28.4%")),
        ],
    ),

    Case(
        "an earlier year of accounts named by its last day is the earlier value; a share is of this year's revenue",
        "截至2024年12月31日止年度,本集团收入约为人民币2,865.2百万元,较截至2023年12月31日止年度约人民币2,512.7百万元"
        "增加约14.0%。年内员工成本总额约为人民币1,546.5百万元,占收入约54.0%。",
        [
            ("change_rate", "consistent", ("2,512.7百万元", "2,865.2百万元", "14.0%")),
            ("part_rate", "consistent", ("2,865.2百万元", "1,546.5百万元", "54.0%")),
        ],
    ),
    Case(
        "the 政府信息公开 request table: a total column adds up each row, a group label between rows leaves the table"
        " open, and in each column the requests received and carried over, less those carried on, are those dealt with",
        "(单位:件)\n项目 | 自然人 | 法人或其他组织 | 总计\n一、本年新收政府信息公开申请数量 | 58 | 9 | 67\n"
        "二、上年结转政府信息公开申请数量 | 4 | 1 | 5\n三、本年度办理结果\n(一)予以公开 | 30 | 5 | 35\n"
        "(二)部分公开 | 11 | 2 | 13\n(三)其他处理 | 15 | 1 | 16\n(四)总计 | 56 | 8 | 64\n"
        "四、结转下年度继续办理 | 6 | 2 | 8\n",
        [
            ("sum", "consistent", ("67", "58", "9")),
            ("sum", "consistent", ("5", "4", "1")),
            ("sum", "consistent", ("35", "30", "5")),
            ("sum", "consistent", ("13", "11", "2")),
            ("sum", "consistent", ("16", "15", "1")),
            ("sum", "consistent", ("56", "30", "11", "15")),
            ("sum", "consistent", ("8", "5", "2", "1")),
            ("sum", "consistent", ("64", "56", "8")),
            ("sum", "consistent", ("64", "35", "13", "16")),
            ("sum", "consistent", ("56", "58", "4", "6")),
            ("sum", "consistent", ("8", "9", "1", "2")),
            ("sum", "consistent", ("8", "6", "2")),
            ("sum", "consistent", ("64", "67", "5", "8")),
        ],
    ),
    Case(
        "a share cell is of the row's amount past its change cell, over the whole its column names above the table",
        "全年共组织税费收入150.00亿元。其中,税收收入120.00亿元;非税收入30.00亿元。\n单位:亿元、%\n"
        "税种 | 收入额 | 同比增减 | 占税收收入比重\n增值税 | 48.00 | 6.2 | 40.0\n企业所得税 | 24.00 | -2.7 | 20.0\n"
        "其他各税 | 48.00 | 3.1 | 40.0\n",
        [
            ("sum", "consistent", ("150.00亿元", "120.00亿元", "30.00亿元")),
            ("part_rate", "consistent", ("120.00亿元", "48.00", "40.0")),
            ("part_rate", "consistent", ("120.00亿元", "24.00", "20.0")),
        ],
    ),
    Case(
        "a rate stated under a table, with no count in its own sentence, is of the total row's cells it names",
        "单位:件\n季度 | 立案 | 结案\n一季度 | 100 | 96\n二季度 | 120 | 118\n合计 | 220 | 214\n全年结案率为97.3%。",
        [
            ("sum", "consistent", ("220", "100", "120")),
            ("sum", "consistent", ("214", "96", "118")),
            ("part_rate", "consistent", ("220", "214", "97.3%")),
        ],
    ),
    Case(
        "a rate under a single-space table is of its total row's cell of the column the rate counts (审结 for 审结率)",
        "表1 复议案件情况(单位:件)\n县区 新收 审结\n东城区 420 401\n西城区 380 370\n合计 800 771\n全市审结率96.4%。",
        [
            ("sum", "consistent", ("800", "420", "380")),
            ("sum", "consistent", ("771", "401", "370")),
            ("part_rate", "consistent", ("800", "771", "96.4%")),
        ],
    ),
    Case(
        "a table row compares its current price with last month's and with last year's in two column pairs",
        "表2 主要农产品价格监测表\n单位:元/公斤,%\n品种 | 本期均价 | 上月均价 | 环比 | 上年同期均价 | 同比\n"
        "土豆 | 3.28 | 3.21 | 2.2 | 3.02 | 8.6\n草鱼 | 14.60 | 15.10 | -3.3 | 12.80 | 14.1\n"
        "豆油 | 6.45 | 6.45 | 0.0 | 6.90 | -6.5\n",
        [
            ("change_rate", "consistent", ("3.21", "3.28", "2.2")),
            ("change_rate", "consistent", ("3.02", "3.28", "8.6")),
            ("change_rate", "consistent", ("15.10", "14.60", "-3.3")),
            ("change_rate", "consistent", ("12.80", "14.60", "14.1")),
            ("change_rate", "consistent", ("6.45", "6.45", "0.0")),
            ("change_rate", "consistent", ("6.90", "6.45", "-6.5")),
        ],
    ),
    Case(
        "columns of two census years, the later first, are the two ends of each row's growth",
        "附表 各区县常住人口\n地区 | 2024年常住人口(人) | 2014年常住人口(人) | 增长率(%)\n"
        "东城区 | 415208 | 386102 | 7.54\n西山县 | 198340 | 221507 | -10.46\n",
        [
            ("change_rate", "consistent", ("386102", "415208", "7.54")),
            ("change_rate", "consistent", ("221507", "198340", "-10.46")),
        ],
    ),
    Case(
        "a budget stated before the outcome is the earlier value of what is said against it, and of 预决算差异率",
        "2024年度本单位年初预算收入4,680.00万元,决算收入5,012.36万元,决算数较预算数增加332.36万元,增幅7.1%;"
        "年初预算支出4,680.00万元,决算支出4,905.12万元,预决算差异率为4.8%。"
        "公务接待费年初预算18.60万元,实际支出15.42万元,较预算节约3.18万元,节约率17.1%。",
        [
            ("diff", "consistent", ("4,680.00万元", "332.36万元", "5,012.36万元")),
            ("change_rate", "consistent", ("4,680.00万元", "5,012.36万元", "7.1%")),
            ("change_rate", "consistent", ("4,680.00万元", "4,905.12万元", "4.8%")),
            ("diff", "consistent", ("18.60万元", "3.18万元", "15.42万元")),
            ("change_rate", "consistent", ("18.60万元", "15.42万元", "17.1%")),
        ],
    ),
    Case(
        "what was claimed for review, what the review approved and the cut: the cut's rate is over the claim",
        "完成政府投资项目结算审计21个,送审金额6.38亿元,审定金额5.87亿元,核减5100万元,核减率8.0%。"
        "企业申报定价成本2.46亿元,经成本监审认定2.19亿元,核减0.27亿元,核减率11.0%。",
        [
            ("sum", "consistent", ("6.38亿元", "5.87亿元", "5100万元")),
            ("change_rate", "consistent", ("6.38亿元", "5.87亿元", "8.0%")),
            ("sum", "consistent", ("2.46亿元", "2.19亿元", "0.27亿元")),
            ("change_rate", "consistent", ("2.46亿元", "2.19亿元", "11.0%")),
        ],
    ),
    Case(
        "a 合计 row whose label spans the 序号 and 区域 columns sums the rows above, in each column",
        "序号 | 区域 | 居民小区数(个) | 分类督导员(名)\n1 | 东城区 | 412 | 516\n2 | 西城区 | 386 | 472\n"
        "3 | 南湖区 | 298 | 335\n合计 | | 1096 | 1332\n",
        [
            ("sum", "consistent", ("1096", "412", "386", "298")),
            ("sum", "inconsistent", ("1332", "516", "472", "335")),
        ],
    ),
    Case(
        "a share column right after a row's 其中 column is that cell over the row's figure it is of",
        "表5 投诉举报处理情况\n类别 | 受理数(件) | 其中涉及食品(件) | 占比(%)\n投诉 | 2936 | 812 | 27.7\n"
        "举报 | 744 | 215 | 31.9\n",
        [
            ("part_rate", "consistent", ("2936", "812", "27.7")),
            ("part_rate", "inconsistent", ("744", "215", "31.9")),
        ],
    ),
    Case(
        "a share column named for a whole (占营业收入比重) is of the table's row named exactly so",
        "表2 营业收入构成(单位:万元)\n项目 | 金额 | 占营业收入比重(%)\n营业收入 | 5136.8 | —\n"
        "按业务分:供水业务 | 1842.6 | 35.9\n          污水处理业务 | 3294.2 | 64.1\n按地区分:本市 | 1120.4 | 21.8\n",
        [
            ("part_rate", "consistent", ("5136.8", "1842.6", "35.9")),
            ("part_rate", "consistent", ("5136.8", "3294.2", "64.1")),
            ("part_rate", "consistent", ("5136.8", "1120.4", "21.8")),
        ],
    ),
    Case(
        "a row of shares named for the kind of the 其中 row above it is that row over its whole, column by column",
        "指标 | 单位 | 2023年 | 2024年 | 增减\n员工总数 | 人 | 6,385 | 6,712 | +5.1%\n"
        "其中:女性员工 | 人 | 2,140 | 2,398 | +12.1%\n女性员工占比 | % | 33.5 | 37.2 | +3.7个百分点\n",
        [
            ("part_rate", "consistent", ("6,385", "2,140", "33.5")),
            ("part_rate", "inconsistent", ("6,712", "2,398", "37.2")),
        ],
    ),
    Case(
        "a court's table row: the cases on hand are those carried over and the new ones; the closing rate is of them",
        "表3 各类案件收结案情况(单位:件)\n案件类别 | 旧存 | 新收 | 受理 | 结案 | 结案率(%)\n"
        "民事 | 286 | 3,912 | 4,198 | 4,021 | 95.8\n行政 | 97 | 845 | 952 | 901 | 94.6\n",
        [
            ("sum", "consistent", ("4,198", "286", "3,912")),
            ("part_rate", "consistent", ("4,198", "4,021", "95.8")),
            ("sum", "inconsistent", ("952", "97", "845")),
        ],
    ),
    Case(
        "rows of a fund's income, its spending and the year's balance: in each column the income is the other two",
        "表1 医保基金收支情况(单位:亿元)\n项目          2023年      2024年      增长(%)\n"
        "基金收入      48.36       51.07       5.6\n基金支出      41.92       45.88       9.4\n"
        "当年结余      6.44        5.91        -8.2\n",
        [
            ("sum", "consistent", ("48.36", "41.92", "6.44")),
            ("sum", "inconsistent", ("51.07", "45.88", "5.91")),
        ],
    ),
    Case(
        "a progress column (支出进度) is the row's cell its name names (已支出) over the row's first amount",
        "序号  项目名称              债券金额(亿元)  已支出(亿元)  支出进度(%)\n"
        "1     产业园标准厂房        3.40            3.12          91.8\n"
        "2     人民医院新院区        2.60            2.05          78.8\n",
        [
            ("part_rate", "consistent", ("3.40", "3.12", "91.8")),
            ("part_rate", "consistent", ("2.60", "2.05", "78.8")),
        ],
    ),
    Case(
        "rows set in under a line naming a dimension split the head row, column by column, each dimension on its own",
        "表1　年末常住人口构成\n指标　　　　　　年末数(万人)　　上年末数(万人)\n"
        "全市常住人口　　　4263.8　　　　　4270.4\n"
        "按城乡分\n　城镇　　　　　　2861.3　　　　　2812.6\n　乡村　　　　　　1402.5　　　　　1457.8\n按性别分\n"
        "　男性　　　　　　3012.6　　　　　2166.9\n　女性　　　　　　1251.2　　　　　2103.5\n",
        [
            ("sum", "consistent", ("4263.8", "2861.3", "1402.5")),
            ("sum", "consistent", ("4270.4", "2812.6", "1457.8")),
            ("sum", "consistent", ("4263.8", "3012.6", "1251.2")),
            ("sum", "consistent", ("4270.4", "2166.9", "2103.5")),
        ],
    ),
    Case(
        "a table titled with its months and unit: the months add up to their 1—3月合计 row, and each row's trade is "
        "its exports and imports (the growth column after them is none of its kinds)",
        "表2 2024年1—3月关区进出口月度情况(单位:亿元)\n月份  进出口  出口  进口  进出口同比(%)\n"
        "1月  412.6  251.3  161.3  5.1\n2月  338.2  205.7  132.5  -2.4\n3月  430.5  262.0  168.5  6.8\n"
        "1—3月合计  1181.3  719.0  462.3  3.5\n",
        [
            ("sum", "consistent", ("1181.3", "412.6", "338.2", "430.5")),
            ("sum", "consistent", ("719.0", "251.3", "205.7", "262.0")),
            ("sum", "consistent", ("462.3", "161.3", "132.5", "168.5")),
            ("sum", "consistent", ("412.6", "251.3", "161.3")),
            ("sum", "consistent", ("338.2", "205.7", "132.5")),
            ("sum", "consistent", ("430.5", "262.0", "168.5")),
            ("sum", "consistent", ("1181.3", "719.0", "462.3")),
        ],
    ),
    Case(
        "shares of a total named for what was done are of the amount done, not the budget before it, and of that "
        "amount where the paragraph first states it",
        "全年实施采购项目312个,采购预算金额40520.60万元,实际采购金额38114.25万元,节约资金2406.35万元。"
        "采购规模由35208.10万元增加至38114.25万元,增长8.25%。\n"
        "货物类采购12305.40万元,工程类采购16480.35万元,服务类采购9328.50万元,分别占采购总额的32.29%、43.24%和24.47%。",
        [
            ("sum", "consistent", ("38114.25万元", "12305.40万元", "16480.35万元", "9328.50万元")),
            ("part_rate", "consistent", ("38114.25万元", "12305.40万元", "32.29%")),
            ("part_rate", "consistent", ("38114.25万元", "16480.35万元", "43.24%")),
            ("part_rate", "consistent", ("38114.25万元", "9328.50万元", "24.47%")),
        ],
    ),
    Case(
        "a mark passed (首次突破400亿元) is no side of the surplus; shares of the place's total named go on bare, "
        "over the year's total, not the last quarter listed nearer",
        "全年进出口总值由2410.2亿元增长到2886.0亿元,增长19.7%。其中,出口2535.6亿元;进口350.4亿元,首次突破300亿元;"
        "贸易顺差2185.2亿元。分季度看,一至四季度进出口分别为640.5亿元、701.3亿元、745.8亿元和798.4亿元。\n"
        "对非洲进出口530.2亿元,首次超过500亿元,占全市进出口总值的18.4%;对东盟进出口412.7亿元,占14.3%;"
        "对欧盟进出口366.5亿元,占12.7%。",
        [
            ("diff", "consistent", ("2535.6亿元", "350.4亿元", "2185.2亿元")),
            ("part_rate", "consistent", ("2886.0亿元", "530.2亿元", "18.4%")),
            ("part_rate", "consistent", ("2886.0亿元", "412.7亿元", "14.3%")),
            ("part_rate", "consistent", ("2886.0亿元", "366.5亿元", "12.7%")),
        ],
        (("diff", ("2535.6亿元", "300亿元", "2185.2亿元")), ("part_rate", ("530.2亿元", "500亿元", "18.4%"))),
    ),
    Case(
        "three shares said in turn of the total their list is of: two fit, so the third that misses is a miss",
        "假期全市共接待游客2860.40万人次,同比增长35.2%。从区县看,甲区、乙区、丙县接待游客分别为612.35万人次、"
        "498.20万人次、401.76万人次,分别占全市接待游客总量的21.4%、17.4%、15.9%。",
        [
            ("part_rate", "consistent", ("2860.40万人次", "612.35万人次", "21.4%")),
            ("part_rate", "consistent", ("2860.40万人次", "498.20万人次", "17.4%")),
            ("part_rate", "inconsistent", ("2860.40万人次", "401.76万人次", "15.9%")),
        ],
    ),
    Case(
        "a long name opening a sentence as its scope (…基金收入中,) names the whole of the bare share after it; a "
        "share of the place's total named without the place is of the place's figure",
        "其中,城镇职工基本养老保险基金收入842.16亿元,支出801.37亿元。城镇职工基本养老保险基金收入中,征缴收入"
        "590.35亿元,占70.1%。\n关区进出口总值436.8亿元。其中,出口158.2亿元;进口278.6亿元。"
        "进口原木62.4亿元,占关区进口总值的22.4%。",
        [
            ("part_rate", "consistent", ("842.16亿元", "590.35亿元", "70.1%")),
            ("part_rate", "consistent", ("278.6亿元", "62.4亿元", "22.4%")),
        ],
    ),
    Case(
        "the months of a quarter, each opening its ；-group, add up to the quarter's total (the planted January is "
        "off); quarters said in turn with 分别 add up to the year's",
        "据海关统计,2024年一季度(1—3月),全市外贸进出口318.6亿元,同比增长6.1%。"
        "分月看,1月进出口124.5亿元,增长9.2%;2月受春节影响,进出口82.4亿元,下降5.3%;3月进出口121.7亿元,增长8.8%。\n"
        "全年全市进出口总值1402.5亿元,增长7.5%。一至四季度进出口分别为318.6亿元、340.2亿元、361.3亿元和382.4亿元。",
        [
            ("sum", "inconsistent", ("318.6亿元", "124.5亿元", "82.4亿元", "121.7亿元")),
            ("sum", "consistent", ("1402.5亿元", "318.6亿元", "340.2亿元", "361.3亿元", "382.4亿元")),
        ],
    ),
    Case(
        "earlier values after 分别较上年的 pair in turn with the figures before and the rates after; a price gained "
        "over the starting price (增值) is a premium, but not when the starting price goes unsaid",
        "全年完成交易项目1865宗,交易额208.64亿元,分别较上年的1712宗、185.20亿元增长8.9%和12.7%。"
        "出让土地成交金额46.38亿元,较起始价41.20亿元增值5.18亿元,增值率12.6%。"
        "国有产权交易成交额9.84亿元,较挂牌底价增值0.62亿元,增值率6.7%。",
        [
            ("change_rate", "consistent", ("1712宗", "1865宗", "8.9%")),
            ("change_rate", "consistent", ("185.20亿元", "208.64亿元", "12.7%")),
            ("change_rate", "consistent", ("41.20亿元", "46.38亿元", "12.6%")),
        ],
        (("change_rate", ("0.62亿元", "9.84亿元", "6.7%")),),
    ),
    Case(
        "a lead-in line (分险种看:) joined to the numbered item below it: the item's 其中 sentence lists its parts",
        "全年社会保险基金收入96.40亿元。分险种看:\n1. 企业职工基本养老保险基金收入70.25亿元。其中,征缴收入46.80亿元,"
        "占该项基金收入的66.6%;财政补助8.15亿元;调剂资金13.62亿元;利息等其他收入1.68亿元。\n"
        "2. 失业保险基金收入2.30亿元。",
        [
            ("part_rate", "consistent", ("70.25亿元", "46.80亿元", "66.6%")),
            ("sum", "consistent", ("70.25亿元", "46.80亿元", "8.15亿元", "13.62亿元", "1.68亿元")),
        ],
    ),
    Case(
        "kinds listed with 分别 and their shares said as 占营业收入的比重分别为, of the revenue stated before",
        "报告期内,公司实现营业收入52.60亿元。其中,高端产品、中端产品及其他产品分别实现营业收入31.20亿元、17.45亿元和"
        "3.95亿元,占营业收入的比重分别为59.32%、33.17%和7.51%。",
        [
            ("sum", "consistent", ("52.60亿元", "31.20亿元", "17.45亿元", "3.95亿元")),
            ("part_rate", "consistent", ("52.60亿元", "31.20亿元", "59.32%")),
            ("part_rate", "consistent", ("52.60亿元", "17.45亿元", "33.17%")),
            ("part_rate", "consistent", ("52.60亿元", "3.95亿元", "7.51%")),
        ],
    ),
    Case(
        "bare shares in a later part of a chapter are of the whole its first share named, not of a kind's figure",
        "全年全省进出口总值5210.6亿元,增长6.2%。\n一、贸易方式\n(一)一般贸易。全年以一般贸易方式进出口3852.4亿元,"
        "增长8.1%,占全省进出口总值的73.9%。\n(二)加工贸易。加工贸易进出口862.7亿元,下降3.2%,占16.6%;"
        "保税物流进出口410.3亿元,增长9.4%,占7.9%。",
        [
            ("part_rate", "consistent", ("5210.6亿元", "3852.4亿元", "73.9%")),
            ("part_rate", "consistent", ("5210.6亿元", "862.7亿元", "16.6%")),
            ("part_rate", "consistent", ("5210.6亿元", "410.3亿元", "7.9%")),
        ],
        (("part_rate", ("3852.4亿元", "862.7亿元", "16.6%")),),
    ),
    Case(
        "two from-to pairs said as lists (分别由A、B增加到C、D) pair A with C and B with D for the rates after them",
        "城乡居民人均可支配收入分别由31250元、14820元增加到40615元、20330元,分别增长30.0%、37.2%。",
        [
            ("change_rate", "consistent", ("31250元", "40615元", "30.0%")),
            ("change_rate", "consistent", ("14820元", "20330元", "37.2%")),
        ],
    ),
    Case(
        "a run of shares after one that names its whole agrees when most fit (the planted one misses); a rise from "
        "the class before (由上届的…增至本届的); a rate of the task done so far (已开工)",
        "毕业生总数4120人。签订就业协议2310人,占毕业生总数的56.07%;专升本1068人,占27.92%;灵活就业402人,占9.76%。"
        "毕业生平均月收入由上届的4520元增至本届的4806元,增长6.3%。"
        "全年改造任务720套,上半年已开工468套,完成率65.0%。",
        [
            ("part_rate", "consistent", ("4120人", "2310人", "56.07%")),
            ("part_rate", "inconsistent", ("4120人", "1068人", "27.92%")),
            ("part_rate", "consistent", ("4120人", "402人", "9.76%")),
            ("change_rate", "consistent", ("4520元", "4806元", "6.3%")),
            ("part_rate", "consistent", ("720套", "468套", "65.0%")),
        ],
    ),
    Case(
        "a share named for one item of the list it follows is of the list's whole; each group's rate of its deed is "
        "over the group's count stated chapters before",
        "一、基本情况\n学校毕业生共3460人,其中硕士研究生420人、本科毕业生2610人、专科毕业生430人,"
        "本科毕业生占毕业生总数的75.43%。\n二、去向落实情况\n(一)总体情况\n全校毕业生去向落实2985人。\n"
        "(二)分学历层次情况\n硕士研究生落实396人,落实率为94.29%;本科毕业生落实2236人,落实率为85.67%。",
        [
            ("sum", "consistent", ("3460人", "420人", "2610人", "430人")),
            ("part_rate", "consistent", ("3460人", "2610人", "75.43%")),
            ("part_rate", "consistent", ("420人", "396人", "94.29%")),
            ("part_rate", "consistent", ("2610人", "2236人", "85.67%")),
        ],
    ),
    Case(
        "an amount over the year's start and the rate said with it, before a year-on-year rate or a multiple of "
        "another amount",
        "6月末,各项贷款余额1846.20亿元,较年初增加108.35亿元,增长6.2%,同比增长9.8%。"
        "各项存款余额2230.64亿元,比年初增加152.40亿元,比年初增长7.3%,存款增量是贷款增量的1.41倍。",
        [
            ("change_rate", "consistent", ("1846.20亿元", "108.35亿元", "6.2%")),
            ("change_rate", "consistent", ("2230.64亿元", "152.40亿元", "7.3%")),
        ],
        (("change_rate", ("1846.20亿元", "108.35亿元", "9.8%")),),
    ),
    Case(
        "bare shares of bands whose counts add up exactly to a figure stated shortly before are of that figure",
        "全县纳入统计的村级集体经济组织152个。\n按经营性收入分档,50万元以上的村64个,占42.1%;20万—50万元的村51个,"
        "占33.6%;10万—20万元的村25个,占16.4%;10万元以下的村12个,占7.9%。",
        [
            ("part_rate", "consistent", ("152个", "64个", "42.1%")),
            ("part_rate", "consistent", ("152个", "51个", "33.6%")),
            ("part_rate", "consistent", ("152个", "25个", "16.4%")),
            ("part_rate", "consistent", ("152个", "12个", "7.9%")),
        ],
    ),
    Case(
        "at the year's end, an amount over the year's start and a year-on-year rate are one change",
        "2024年末,全市各项存款余额3860.42亿元,比年初增加352.18亿元,同比增长10.0%。",
        [("change_rate", "consistent", ("3860.42亿元", "352.18亿元", "10.0%"))],
    ),
    Case(
        "rows set in under a row, of no series the lexicon knows, add up to it when they do to the last digit",
        "单位:亿元\n项目 | 2023年末 | 2024年末\n各项存款 | 842.16 | 915.30\n　住户存款 | 610.25 | 668.42\n"
        "　非金融企业存款 | 168.37 | 175.06\n　机关团体存款 | 63.54 | 71.82\n",
        [
            ("sum", "consistent", ("842.16", "610.25", "168.37", "63.54")),
            ("sum", "consistent", ("915.30", "668.42", "175.06", "71.82")),
        ],
    ),
    Case(
        "a share of 规上工业增加值 is of the 规模以上工业增加值 stated before, the short and the long form alike",
        "1-6月,全区规模以上工业增加值412.60亿元,同比增长5.4%。民营企业实现增加值268.35亿元,占全区规上工业增加值的"
        "65.0%。",
        [("part_rate", "consistent", ("412.60亿元", "268.35亿元", "65.0%"))],
    ),
    Case(
        "a debt ratio and a sales ratio over the assets and the output stated sentences before",
        "全市村级集体经济组织资产总额386.4亿元,比上年末增长5.2%。其中,经营性资产152.6亿元。\n"
        "负债总额49.8亿元,资产负债率为12.9%。\n全市规上工业企业完成总产值1640.5亿元。上半年,全市规上工业实现销售产值"
        "1588.2亿元,产销率为96.8%。",
        [
            ("part_rate", "consistent", ("386.4亿元", "49.8亿元", "12.9%")),
            ("part_rate", "consistent", ("1640.5亿元", "1588.2亿元", "96.8%")),
        ],
    ),
    Case(
        "kinds named each their own way, up to the rest the list closes with, are all of the scope's whole",
        "执结的18620件案件中,执行完毕7410件,占39.8%;终结本次执行程序7862件,占42.2%;终结执行1368件;不予执行84件;"
        "驳回申请42件;以销案等其他方式结案1854件。",
        [("sum", "consistent", ("18620件", "7410件", "7862件", "1368件", "84件", "42件", "1854件"))],
    ),
    Case(
        "a scoring table: each row's score over its points, and the columns over the 合计 row",
        "表1 一级指标得分情况\n一级指标 | 分值 | 得分 | 得分率\n决策 | 20 | 18.0 | 90.0%\n过程 | 30 | 25.8 | 86.0%\n"
        "产出 | 30 | 27.6 | 92.0%\n效益 | 20 | 17.5 | 87.5%\n合计 | 100 | 88.9 | 88.9%\n",
        [
            ("part_rate", "consistent", ("20", "18.0", "90.0%")),
            ("part_rate", "consistent", ("30", "25.8", "86.0%")),
            ("sum", "consistent", ("100", "20", "30", "30", "20")),
            ("sum", "consistent", ("88.9", "18.0", "25.8", "27.6", "17.5")),
        ],
    ),
    Case(
        "a table's 增量 column is each row's later value less its earlier one",
        "表1 2023—2024年农民工规模(单位:万人)\n指标 | 2023年 | 2024年 | 增量\n农民工总量 | 386.4 | 392.0 | 5.6\n"
        "外出农民工 | 241.3 | 243.1 | 1.8\n",
        [
            ("diff", "consistent", ("386.4", "5.6", "392.0")),
            ("diff", "consistent", ("241.3", "1.8", "243.1")),
        ],
    ),
    Case(
        "a row's 执行率 is its 支出数 over its 预算数, past its 到位数",
        "分资金来源情况如下(单位:万元):\n资金来源        预算数      到位数      支出数      执行率\n"
        "中央补助资金    1,240.00    1,240.00    1,186.50    95.69%\n"
        "县级配套资金      380.00      342.00      330.60    87.00%\n",
        [
            ("part_rate", "consistent", ("1,240.00", "1,186.50", "95.69%")),
            ("part_rate", "consistent", ("380.00", "330.60", "87.00%")),
        ],
    ),
    Case(
        "分别为 and a colon, then items each named in their own words: the kinds of the whole before",
        "项目总投资2.48亿元,资金来源分别为:中央补助资金1.36亿元、省级补助资金0.42亿元、县级配套资金0.70亿元。",
        [("sum", "consistent", ("2.48亿元", "1.36亿元", "0.42亿元", "0.70亿元"))],
    ),
    Case(
        "a whole named as the figure's own name and the measure word it is counted in (受灾 + 人次)",
        "各类自然灾害共造成846.20万人次受灾,直接经济损失152.40亿元。洪涝灾害共造成503.15万人次受灾,占全年受灾人次的59.5%。",
        [("part_rate", "consistent", ("846.20万人次", "503.15万人次", "59.5%"))],
    ),
]


@pytest.mark.parametrize("c", CASES, ids=[c.name for c in CASES])
def test_passage(c: Case) -> None:
    assert_passage(c)
