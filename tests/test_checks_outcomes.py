"""Relations of what came in and what became of it, through extract and check: refusals beside the intake,
totals stated after their items, rates taken over an intake that a breakdown stands between, levels held
above a line. Passages of our own; the format is that of test_checks_prose."""

from __future__ import annotations

import pytest

from test_checks_prose import Case, assert_passage

CASES = [
    # --- a total after its items ----------------------------------------------------------------------------------
    Case(
        "a total that opens its clause before the verb of what it adds up",
        "全年区政府出台规范性文件12件,各街道、各部门报送备案31件,合计审查备案43件。",
        [("sum", "consistent", ("43件", "12件", "31件"))],
    ),
    Case(
        "a total before its verb that the items do not make",
        "全年组织执法人员培训640人次,其他工作人员培训385人次,共计培训1052人次。",
        [("sum", "inconsistent", ("1052人次", "640人次", "385人次"))],
    ),
    # --- a level held above a line is no whole --------------------------------------------------------------------
    Case(
        "the seasons add up to the harvest, not to the line it stayed above",
        "全年油料总产量36.48万吨,连续5年稳定在35万吨以上。分品种看,油菜籽21.35万吨,花生12.07万吨,其他油料3.06万吨。",
        [("sum", "consistent", ("36.48万吨", "21.35万吨", "12.07万吨", "3.06万吨"))],
        absent=(("sum", ("35万吨", "21.35万吨", "12.07万吨", "3.06万吨")),),
    ),
    # --- a rate over the intake, past a breakdown of it -----------------------------------------------------------
    Case(
        "a closing rate over the intake two sentences back, a breakdown between",
        "全年共受理来信来访4,260件次。从反映问题看,涉及征地拆迁1,120件次、劳动社保860件次。"
        "按期办结4,187件次,按期办结率98.3%。",
        [("part_rate", "consistent", ("4,260件次", "4,187件次", "98.3%"))],
    ),
    Case(
        "a closing rate that misses an intake of another sentence is no sure alarm",
        "全年共受理来信来访4,260件次。从反映问题看,涉及征地拆迁1,120件次、劳动社保860件次。"
        "按期办结4,187件次,按期办结率97.3%。",
        [("part_rate", "unverifiable", ("4,260件次", "4,187件次", "97.3%"))],
    ),
    # --- what was refused beside what was taken in ----------------------------------------------------------------
    Case(
        "accepted and refused in the sentence after the applications",
        "全年收到政府信息公开申请238件,比上年增加31件。经审查,依法受理221件,不予受理17件。",
        [("sum", "consistent", ("238件", "221件", "17件"))],
    ),
    Case(
        "a decision and its denial past a change and a semicolon",
        "受理审查起诉1,846人,决定起诉1,512人,较上年的1,430人增长5.7%;决定不起诉334人,不起诉率18.1%。",
        [
            ("sum", "consistent", ("1,846人", "1,512人", "334人")),
            ("change_rate", "consistent", ("1,430人", "1,512人", "5.7%")),
            ("part_rate", "consistent", ("1,846人", "334人", "18.1%")),
        ],
    ),
    Case(
        "accepted and refused that exceed the applications",
        "全年收到行政复议申请152件。经审查,依法受理141件,不予受理15件。",
        [("sum", "inconsistent", ("152件", "141件", "15件"))],
    ),
    Case(
        "a total of the two items it counts, before the verb of what they reached",
        "城乡低保对象发放2.36万人,特困供养对象发放0.84万人,两项合计惠及3.20万人。",
        [("sum", "consistent", ("3.20万人", "2.36万人", "0.84万人"))],
    ),
    Case(
        "the rest of the kinds, 合计 in its name, is an item and no total",
        "国内增值税完成18.20亿元,占税收收入的48.6%;企业所得税完成7.45亿元,同比下降1.2%;"
        "个人所得税完成2.10亿元,同比增长4.5%;其他各税合计9.70亿元。",
        [],
        absent=(
            ("sum", ("7.45亿元", "2.10亿元", "9.70亿元")),
            ("sum", ("9.70亿元", "18.20亿元", "7.45亿元", "2.10亿元")),
        ),
    ),
    # --- what a table's rows are of -------------------------------------------------------------------------------
    Case(
        "a column of shares whose total row is not 100 is of a whole beyond the table",
        "全年受理诉求41.20万件。排名前三位的领域合计18.54万件,占受理总量的45.0%。\n"
        "领域 | 件数(万件) | 占比(%)\n城乡建设 | 8.24 | 20.0\n市场监管 | 6.18 | 15.0\n交通运输 | 4.12 | 10.0\n"
        "合计 | 18.54 | 45.0",
        [("sum", "consistent", ("18.54", "8.24", "6.18", "4.12"))],
    ),
    Case(
        "a count column named by its measure word, 家次",
        "行业 | 检查家次 | 发现隐患(项)\n危险化学品 | 126 | 410\n工贸企业 | 352 | 918\n合计 | 478 | 1328",
        [("sum", "consistent", ("478", "126", "352")), ("sum", "consistent", ("1328", "410", "918"))],
    ),
    Case(
        "a budget done in % beside amounts in 万元, one row wrong",
        "表2 重点支出执行情况(单位:万元、%)\n科目 | 调整预算数 | 执行数 | 完成调整预算\n"
        "教育支出 | 52400 | 51086 | 97.5\n卫生健康支出 | 21800 | 20562 | 96.3\n合计 | 74200 | 71648 | 96.6",
        [
            ("part_rate", "consistent", ("52400", "51086", "97.5")),
            ("part_rate", "inconsistent", ("21800", "20562", "96.3")),
            ("part_rate", "consistent", ("74200", "71648", "96.6")),
            ("sum", "consistent", ("74200", "52400", "21800")),
            ("sum", "consistent", ("71648", "51086", "20562")),
        ],
    ),
    # --- baselines, bases and numerators --------------------------------------------------------------------------
    Case(
        "what was spent the year before, 执行数, is the baseline of a budget's growth",
        "2025年全县一般公共预算支出安排36.48亿元,比2024年执行数34.10亿元增长7.0%。",
        [("change_rate", "consistent", ("34.10亿元", "36.48亿元", "7.0%"))],
    ),
    Case(
        "a budget's growth over 执行数 that its figures do not give",
        "教育支出安排8.26亿元,比上年执行数7.90亿元增长6.6%。",
        [("change_rate", "inconsistent", ("7.90亿元", "8.26亿元", "6.6%"))],
    ),
    Case(
        "the rate's full name picks its numerator over a kind that shares its last word",
        "全县共有特困人员4,120人,其中集中供养1,236人、分散供养2,884人,集中供养率为30.0%。",
        [
            ("part_rate", "consistent", ("4,120人", "1,236人", "30.0%")),
            ("sum", "consistent", ("4,120人", "1,236人", "2,884人")),
        ],
    ),
    Case(
        "a count that says whose the things are leaves the intake to the figure after it",
        "随机抽取18个执法单位的案卷260卷,评定优秀卷72卷、合格卷171卷、不合格卷17卷,案卷合格率93.5%。",
        [
            ("part_rate", "consistent", ("260卷", "72卷", "171卷", "93.5%")),
            ("sum", "consistent", ("260卷", "72卷", "171卷", "17卷")),
        ],
    ),
    # --- lists ----------------------------------------------------------------------------------------------------
    Case(
        "a 包括 list inside a 其中 list ends at the ；, where the outer list goes on",
        "全年争取上级转移支付资金26.40亿元。其中,一般性转移支付20.10亿元,主要包括均衡性转移支付8.32亿元、"
        "县级基本财力保障奖补资金2.84亿元;专项转移支付6.30亿元。",
        [("sum", "consistent", ("26.40亿元", "20.10亿元", "6.30亿元"))],
        absent=(("sum", ("20.10亿元", "8.32亿元", "2.84亿元", "6.30亿元")),),
    ),
    Case(
        "grades of schooling: the share and the total of a grade and those above it",
        "公司在职员工合计9,850人。按教育程度分,硕士及以上420人、本科2,615人、大专3,280人、大专以下3,535人,"
        "本科及以上学历员工合计3,035人,占比30.81%。",
        [
            ("sum", "consistent", ("9,850人", "420人", "2,615人", "3,280人", "3,535人")),
            ("sum", "consistent", ("3,035人", "420人", "2,615人")),
            ("part_rate", "consistent", ("9,850人", "3,035人", "30.81%")),
        ],
    ),
    Case(
        "a share of a grade and those above it, stated with no total",
        "公司在职员工合计9,850人。按教育程度分,硕士及以上420人、本科2,615人、大专3,280人、大专以下3,535人,"
        "本科及以上学历员工占比30.81%。",
        [("part_rate", "consistent", ("9,850人", "420人", "2,615人", "30.81%"))],
    ),
    Case(
        "ages open at both ends leave nothing out",
        "研发人员1,064人,其中30岁以下352人、30~40岁486人、40~50岁171人、50岁以上55人。",
        [("sum", "consistent", ("1,064人", "352人", "486人", "171人", "55人"))],
    ),
    Case(
        "classes by a lower bound nest: no sum",
        "全市在建项目126个,其中亿元以上项目58个,10亿元以上项目41个,5000万元以下项目12个。",
        [("subset", "consistent", ("126个", "58个", "41个", "12个"))],
    ),
    # --- a fund's income, spending and the year's balance --------------------------------------------------------
    Case(
        "income less spending is the year's balance, named 当期结存",
        "全年医疗保险基金总收入64.32亿元,同比增长4.9%;总支出57.18亿元,同比增长7.1%;当期结存7.14亿元,累计结存58.6亿元。",
        [("sum", "consistent", ("64.32亿元", "57.18亿元", "7.14亿元"))],
    ),
    Case(
        "a balance the income and spending do not give",
        "工伤保险基金收入12.46亿元,基金支出10.37亿元,当年收支结余2.19亿元。",
        [("sum", "inconsistent", ("12.46亿元", "10.37亿元", "2.19亿元"))],
    ),
    Case(
        "an item of the income is no side of the balance",
        "职工医保基金收入92.40亿元,其中统筹基金收入58.16亿元;基金支出80.75亿元;当期结余11.65亿元。",
        [("diff", "consistent", ("92.40亿元", "80.75亿元", "11.65亿元"))],
    ),
    Case(
        "a deficit is spending less income",
        "城乡居民医保基金收入8.62亿元,支出8.71亿元,当期收支缺口0.09亿元由历年结余弥补。",
        [("diff", "consistent", ("8.71亿元", "8.62亿元", "0.09亿元"))],
    ),
    Case(
        "each row of a fund table: income, spending and 当期结存",
        "单位:亿元\n险种 | 基金收入 | 基金支出 | 当期结存\n职工医保 | 42.16 | 36.05 | 6.11\n"
        "居民医保 | 22.16 | 21.13 | 1.03\n合计 | 64.32 | 57.18 | 7.14",
        [
            ("sum", "consistent", ("42.16", "36.05", "6.11")),
            ("sum", "consistent", ("22.16", "21.13", "1.03")),
            ("sum", "consistent", ("64.32", "57.18", "7.14")),
        ],
    ),
    # --- changes -------------------------------------------------------------------------------------------------
    Case(
        "a net increase over the year-end before is the change its rate is of",
        "年末规模以上工业企业386家,比上年末净增22家,增长6.0%。",
        [("change_rate", "consistent", ("386家", "22家", "6.0%"))],
    ),
    Case(
        "the total of what was counted, named as a total, set against the year before",
        "全年受理信访事项528件,信访总量较上年的604件下降12.6%。",
        [("change_rate", "consistent", ("604件", "528件", "12.6%"))],
    ),
    Case(
        "a sentence that opens on last year's value of a figure of the sentence before",
        "全年办理婚姻登记3,150对,其中结婚登记2,310对,离婚登记840对。结婚登记数量较上年的2,640对减少了12.5%。",
        [
            ("sum", "consistent", ("3,150对", "2,310对", "840对")),
            ("change_rate", "consistent", ("2,640对", "2,310对", "12.5%")),
        ],
    ),
    Case(
        "last year's value in the next sentence, and a change its figures do not give",
        "全年接待群众来访1,234人次。来访量较上年的1,402人次下降13.0%。",
        [("change_rate", "inconsistent", ("1,402人次", "1,234人次", "13.0%"))],
    ),
    Case(
        "a share said as a likeness, 相当于…的",
        "全县地区生产总值312.4亿元。全年研究与试验发展经费支出6.25亿元,相当于地区生产总值的2.00%。",
        [("part_rate", "consistent", ("312.4亿元", "6.25亿元", "2.00%"))],
    ),
    Case(
        "a ratio, its earlier value and the change between them",
        "城乡居民人均可支配收入比为2.08,比上年的2.13缩小0.05。",
        [("diff", "consistent", ("2.13", "0.05", "2.08"))],
    ),
    Case(
        "a ratio that its earlier value and change do not give",
        "城乡居民人均可支配收入比为2.08,比上年的2.13缩小0.03。",
        [("diff", "inconsistent", ("2.13", "0.03", "2.08"))],
    ),
    Case(
        "the change in points of the term a structure sentence names",
        "三次产业结构由上年的6.2:41.5:52.3调整为5.9:40.8:53.3,第三产业比重提高1.0个百分点。",
        [
            ("point_change", "consistent", ("52.3", "53.3", "1.0个百分点")),
            ("sum", "consistent", ("6.2", "41.5", "52.3")),
            ("sum", "consistent", ("5.9", "40.8", "53.3")),
        ],
    ),
    Case(
        "a term's change in points that the two structures do not give",
        "三次产业结构由上年的6.2:41.5:52.3调整为5.9:40.8:53.3,第二产业比重下降0.4个百分点。",
        [("point_change", "inconsistent", ("41.5", "40.8", "0.4个百分点"))],
    ),
    # --- an annual report's tables ---------------------------------------------------------------------------------
    Case(
        "a table's column of rates, named only by its header, is each row's count over the row's total",
        "类别 | 抽检批次 | 不合格批次 | 不合格率\n粮食加工品 | 862 | 9 | 1.04%\n食用油 | 315 | 4 | 1.27%\n"
        "肉制品 | 508 | 11 | 2.17%\n合计 | 1685 | 24 | 1.42%",
        [
            ("part_rate", "consistent", ("862", "9", "1.04%")),
            ("part_rate", "consistent", ("315", "4", "1.27%")),
            ("part_rate", "consistent", ("508", "11", "2.17%")),
            ("part_rate", "consistent", ("1685", "24", "1.42%")),
            ("sum", "consistent", ("1685", "862", "315", "508")),
            ("sum", "consistent", ("24", "9", "4", "11")),
        ],
    ),
    Case(
        "a row whose rate no other count gives, in a column whose other rows fit, is an error",
        "类别 | 抽检批次 | 不合格批次 | 不合格率\n粮食加工品 | 862 | 9 | 1.04%\n食用油 | 315 | 4 | 1.72%\n"
        "肉制品 | 508 | 11 | 2.17%",
        [
            ("part_rate", "consistent", ("862", "9", "1.04%")),
            ("part_rate", "inconsistent", ("315", "4", "1.72%")),
            ("part_rate", "consistent", ("508", "11", "2.17%")),
        ],
    ),
    Case(
        "a table whose first row's share is 100 heads it: the rows set in at its level add up to it",
        "单位:亿元,%\n产业类别 | 总产出 | 增加值 | 增加值构成\n文化产业 | 152.40 | 48.36 | 100.0\n"
        "文化服务业 | 96.18 | 31.02 | 64.1\n  其中:创意设计服务 | 20.55 | 8.47 | 17.5\n"
        "文化制造业 | 44.60 | 13.25 | 27.4\n文化批发零售业 | 11.62 | 4.09 | 8.5",
        [
            ("sum", "consistent", ("152.40", "96.18", "44.60", "11.62")),
            ("sum", "consistent", ("48.36", "31.02", "13.25", "4.09")),
            ("part_rate", "consistent", ("48.36", "31.02", "64.1")),
            ("part_rate", "consistent", ("48.36", "13.25", "27.4")),
            ("part_rate", "consistent", ("48.36", "4.09", "8.5")),
        ],
    ),
    Case(
        "a column of increases over the year's start and one of growth over the year before are two changes",
        "单位:亿元,%\n项目|期末余额|比年初增减|同比增速\n一、各项存款|2846.30|152.64|8.1\n(一)住户存款|1983.52|131.06|9.7",
        [],
        (("change_rate", ("2846.30", "152.64", "8.1")), ("change_rate", ("1983.52", "131.06", "9.7"))),
    ),
    Case(
        "rows numbered one level in under a numbered row add up to it, column by column, up to the next of its level",
        "单位:亿元,%\n项目|期末余额|同比增速\n一、各项贷款|1846.20|9.6\n(一)住户贷款|712.45|5.1\n1.短期贷款|186.30|3.2\n"
        "2.中长期贷款|526.15|5.8\n(二)企(事)业单位贷款|1130.62|12.4\n1.短期贷款|402.17|8.8\n2.中长期贷款|645.28|15.1\n"
        "3.票据融资|92.17|10.3\n(三)非银行业金融机构贷款|3.13|6.0",
        [
            ("sum", "consistent", ("1846.20", "712.45", "1130.62", "3.13")),
            ("sum", "consistent", ("712.45", "186.30", "526.15")),
            ("sum", "inconsistent", ("1130.62", "402.17", "645.28", "92.17")),
        ],
    ),
    Case(
        "a table's 其中 row holds in the column of the year before as in this year's",
        "指标名称\t单位\t2024年\t2023年\t增减（%）\n养老机构\t家\t84\t79\t6.3\n\u3000其中：护理型养老机构\t家\t37\t31\t19.4",
        [
            ("subset", "consistent", ("84", "37")),
            ("subset", "consistent", ("79", "31")),
            ("change_rate", "consistent", ("79", "84", "6.3")),
            ("change_rate", "consistent", ("31", "37", "19.4")),
        ],
    ),
    Case(
        "a column of changes adds up to the total row's change, the rows that went down taken away",
        "类别  年末人数(人)  比上年末增减(人)\n视力残疾  1,842  26\n言语残疾  198  -7\n肢体残疾  9,614  152\n"
        "合计  11,654  171",
        [
            ("sum", "consistent", ("11,654", "1,842", "198", "9,614")),
            ("sum", "consistent", ("171", "26", "-7", "152")),
        ],
    ),
    Case(
        "a column of changes that does not add up to the total row's is an error",
        "类别  年末人数(人)  比上年末增减(人)\n视力残疾  1,842  26\n言语残疾  198  -7\n肢体残疾  9,614  152\n"
        "合计  11,654  185",
        [("sum", "inconsistent", ("185", "26", "-7", "152"))],
    ),
    Case(
        "a table under an intro that names its whole (募集资金构成如下), the whole stated a sentence further back",
        "全会募集款物总额达1.46亿元,其中募集资金1.20亿元,接收物资折价2600万元。单笔捐赠百万元以上的企业18家。\n"
        "按捐赠来源划分,募集资金构成如下:\n来源类别\t金额(万元)\t占募集资金比重(%)\n企业捐赠\t7836.0\t65.3\n"
        "个人捐赠\t2532.0\t21.1\n网络募捐\t1632.0\t13.6",
        [
            ("sum", "consistent", ("1.20亿元", "7836.0", "2532.0", "1632.0")),
            ("sum", "consistent", ("65.3", "21.1", "13.6")),
        ],
    ),
    Case(
        "teams named by a number (执行一队) hold a row of their own: each row's rate is its closed over its cases",
        "团队 | 收案(件) | 结案(件) | 执结率(%)\n执行一队 | 548 | 481 | 87.8\n执行二队 | 512 | 455 | 88.9\n"
        "速执团队 | 806 | 770 | 95.5",
        [
            ("part_rate", "consistent", ("548", "481", "87.8")),
            ("part_rate", "consistent", ("512", "455", "88.9")),
            ("part_rate", "consistent", ("806", "770", "95.5")),
        ],
    ),
    Case(
        "a row whose rate is 100 in a column of rates is no total",
        "学历层次 | 毕业生数(人) | 已落实人数(人) | 落实率\n博士研究生 | 48 | 48 | 100%\n本科 | 4210 | 3688 | 87.60%\n"
        "硕士研究生 | 1130 | 1046 | 92.57%",
        [],
        (("sum", ("48", "4210", "1130")),),
    ),
    Case(
        "a graded table's total row: the pass rate counts the grades above, once",
        "评查类别 | 抽查卷数 | 优秀 | 合格 | 不合格 | 合格率\n行政处罚 | 140 | 41 | 92 | 7 | 95.0%\n"
        "行政许可 | 60 | 19 | 39 | 2 | 96.7%\n合计 | 200 | 60 | 131 | 9 | 95.5%",
        [("part_rate", "consistent", ("200", "60", "131", "95.5%"))],
        (("part_rate", ("200", "131", "95.5%")),),
    ),
    Case(
        "the total row first, rows in groups by a dimension line: each group adds up to it, with shares and changes",
        "单位:万元\n项目 | 2024年金额 | 占营业收入比重 | 2023年金额 | 占营业收入比重 | 同比增减\n"
        "营业收入合计 | 50,000.00 | 100% | 40,000.00 | 100% | 25.00%\n分行业\n"
        "装备制造 | 35,000.00 | 70.00% | 30,000.00 | 75.00% | 16.67%\n"
        "配套服务 | 15,000.00 | 30.00% | 10,000.00 | 25.00% | 50.00%\n分地区\n"
        "境内 | 32,000.00 | 64.00% | 28,000.00 | 70.00% | 14.29%\n"
        "境外 | 18,000.00 | 36.00% | 12,000.00 | 30.00% | 50.00%",
        [
            ("sum", "consistent", ("50,000.00", "35,000.00", "15,000.00")),
            ("sum", "consistent", ("50,000.00", "32,000.00", "18,000.00")),
            ("sum", "consistent", ("40,000.00", "30,000.00", "10,000.00")),
            ("sum", "consistent", ("40,000.00", "28,000.00", "12,000.00")),
            ("change_rate", "consistent", ("40,000.00", "50,000.00", "25.00%")),
            ("change_rate", "consistent", ("30,000.00", "35,000.00", "16.67%")),
            ("change_rate", "consistent", ("12,000.00", "18,000.00", "50.00%")),
            ("part_rate", "consistent", ("50,000.00", "35,000.00", "70.00%")),
            ("part_rate", "consistent", ("40,000.00", "12,000.00", "30.00%")),
        ],
    ),
    Case(
        "a change of a share written with % is a change in points of the year's shares",
        "单位:万元\n项目 | 2024年末金额 | 占总资产比例 | 2023年末金额 | 占总资产比例 | 比重增减\n"
        "货币资金 | 46,520.18 | 18.62% | 39,107.25 | 16.35% | 2.27%\n"
        "应收账款 | 38,420.66 | 15.38% | 40,055.12 | 16.75% | -1.73%",
        [
            ("point_change", "consistent", ("16.35%", "18.62%", "2.27%")),
            ("point_change", "inconsistent", ("16.75%", "15.38%", "-1.73%")),
        ],
    ),
    Case(
        "a change in points that only the far ends of both rates' rounding would give is no fit",
        "参保率由92.3%提高到94.8%,提高2.3个百分点。",
        [("point_change", "inconsistent", ("92.3%", "94.8%", "2.3个百分点"))],
    ),
    Case(
        "the cash flows of each year: inflow less outflow is the net, in both columns",
        "单位:万元\n项目 | 2024年 | 2023年 | 同比增减\n经营活动现金流入小计 | 81,250.40 | 76,118.22 | 6.74%\n"
        "经营活动现金流出小计 | 70,342.15 | 69,870.05 | 0.68%\n"
        "经营活动产生的现金流量净额 | 10,908.25 | 6,248.17 | 74.58%",
        [
            ("diff", "consistent", ("81,250.40", "70,342.15", "10,908.25")),
            ("diff", "consistent", ("76,118.22", "69,870.05", "6,248.17")),
            ("change_rate", "consistent", ("6,248.17", "10,908.25", "74.58%")),
        ],
    ),
    # --- the alarms of held-out passages, answered ------------------------------------------------------------------
    Case(
        "the rest of a dimension's kinds after a ；, named other than the rest",
        "金融机构贷款余额4526.30亿元。按期限分,短期贷款余额1320.45亿元,增长3.8%;中长期贷款余额3048.62亿元,"
        "增长9.6%;票据融资等其他贷款157.23亿元。",
        [("sum", "consistent", ("4526.30亿元", "1320.45亿元", "3048.62亿元", "157.23亿元"))],
    ),
    Case(
        "a share of a figure whose clause names its scope (X中) is of the figure so named",
        "公司在职员工12,360人,其中研发人员1,854人,占员工总数的15.00%;研发人员中硕士及以上学历人员556人,占比29.99%。",
        [
            ("part_rate", "consistent", ("12,360人", "1,854人", "15.00%")),
            ("part_rate", "consistent", ("1,854人", "556人", "29.99%")),
        ],
    ),
    Case(
        "what has become of the whole after a ；is no kind of it",
        "审计查出主要问题金额3.86亿元,其中违规问题金额0.92亿元、管理不规范问题金额2.94亿元;已督促整改问题金额3.41亿元。",
        [("sum", "consistent", ("3.86亿元", "0.92亿元", "2.94亿元"))],
    ),
    Case(
        "shares of the kinds of an income, the first naming the whole with 的",
        "本年收入合计5240.60万元。从收入结构看,财政拨款收入占本年收入合计的91.6%,事业收入占6.1%,其他收入占2.3%。",
        [("sum", "consistent", ("91.6%", "6.1%", "2.3%"))],
    ),
    Case(
        "what else became of the applications, listed after the refused ones",
        "全年共收到行政复议申请1640件。经审查,依法受理1482件,不予受理96件,告知向其他机关申请62件。",
        [("sum", "consistent", ("1640件", "1482件", "96件", "62件"))],
    ),
    Case(
        "the intake of the refusals stands before a 其中 list of the sentence before",
        "全年共收到行政复议申请1640件,同比增长21.4%,其中当场受理702件。经审查,依法受理1482件,不予受理96件,"
        "告知向其他机关申请62件。",
        [("sum", "consistent", ("1640件", "1482件", "96件", "62件"))],
        absent=(("sum", ("702件", "1482件", "96件", "62件")),),
    ),
    Case(
        "the cases carried over added, in a sentence of their own, to the new cases that open the sentence before",
        "1至6月,全院新收各类案件4,108件,增长7.9%。加上年初旧存案件655件,受理案件共计4,763件;结案3,402件,结案率71.43%。",
        [
            ("sum", "consistent", ("4,763件", "4,108件", "655件")),
            ("part_rate", "consistent", ("4,763件", "3,402件", "71.43%")),
        ],
    ),
    Case(
        "new cases plus those carried over make the cases on hand",
        "全年新收各类案件9,264件,加上旧存412件,共受理9,676件,审执结9,218件,结案率95.27%。",
        [
            ("sum", "consistent", ("9,676件", "9,264件", "412件")),
            ("part_rate", "consistent", ("9,676件", "9,218件", "95.27%")),
        ],
    ),
    Case(
        "the applications of the year with those carried over, 连同",
        "全年受理政府信息公开申请284件,连同上年结转的17件,全年需办理301件。",
        [("sum", "consistent", ("301件", "284件", "17件"))],
    ),
    Case(
        "a table row's rate of its second column over its first, named for the second",
        "单位:件\n地区 | 一审审结 | 败诉 | 败诉率\n城区 | 186 | 14 | 7.5%\n郊县 | 92 | 5 | 5.4%\n"
        "合计 | 278 | 19 | 6.8%",
        [
            ("part_rate", "consistent", ("186", "14", "7.5%")),
            ("part_rate", "consistent", ("92", "5", "5.4%")),
            ("part_rate", "consistent", ("278", "19", "6.8%")),
            ("sum", "consistent", ("278", "186", "92")),
        ],
    ),
    Case(
        "a column of the target's share done, 完成目标的%",
        "指标 | 年度目标 | 完成值 | 完成目标的%\n一般公共预算收入(亿元) | 42 | 43.68 | 104.0\n"
        "固定资产投资(亿元) | 300 | 291.6 | 97.2",
        [
            ("part_rate", "consistent", ("42", "43.68", "104.0")),
            ("part_rate", "consistent", ("300", "291.6", "97.2")),
        ],
    ),
    Case(
        "the plan first, what was done after it, and the share of the plan done",
        "年度计划投资65亿元,实际完成投资70.2亿元,完成年度计划的108.0%。",
        [("part_rate", "consistent", ("65亿元", "70.2亿元", "108.0%"))],
    ),
    Case(
        "a row's margin of its own cells, though the row is named for one of a series (境内, 境外)",
        "单位:万元\n分地区 | 营业收入 | 营业成本 | 毛利率(%)\n境内 | 42,150.20 | 30,420.65 | 27.83\n"
        "境外 | 18,420.55 | 14,105.30 | 23.43",
        [
            ("part_rate", "consistent", ("42,150.20", "30,420.65", "27.83")),
            ("part_rate", "consistent", ("18,420.55", "14,105.30", "23.43")),
        ],
    ),
    Case(
        "rows set in under a row part it in groups, each a whole series or a scale from 0",
        "指标\t年末数(万人)\t比重(%)\n常住人口\t512.4\t100.0\n  城镇\t320.6\t62.57\n  乡村\t191.8\t37.43\n"
        "  男性\t259.0\t50.55\n  女性\t253.4\t49.45\n  0—14岁\t76.3\t14.89\n  15—59岁\t322.5\t62.94\n"
        "  60岁及以上\t113.6\t22.17\n    其中:65岁及以上\t82.4\t16.08",
        [
            ("sum", "consistent", ("512.4", "320.6", "191.8")),
            ("sum", "consistent", ("512.4", "259.0", "253.4")),
            ("sum", "consistent", ("512.4", "76.3", "322.5", "113.6")),
            ("part_rate", "consistent", ("512.4", "320.6", "62.57")),
            ("part_rate", "consistent", ("512.4", "113.6", "22.17")),
        ],
    ),
    Case(
        "new and old cases added up, then what was closed and what is open",
        "本院新收各类案件6,420件,加上旧存310件,共受理6,730件;审执结6,402件,未结328件,结案率95.13%。",
        [
            ("sum", "consistent", ("6,730件", "6,420件", "310件")),
            ("sum", "consistent", ("6,730件", "6,402件", "328件")),
            ("part_rate", "consistent", ("6,730件", "6,402件", "95.13%")),
        ],
    ),
    Case(
        "closed and open cases need not make the new cases alone",
        "全年新收案件1,200件,审结1,150件,未结80件。",
        [],
        absent=(("sum", ("1,200件", "1,150件", "80件")),),
    ),
    Case(
        "the whole stated inside the share, its own noun after its figure",
        "全县累计创建民主法治示范村126个,占全县538个行政村(社区)的23.4%。",
        [("part_rate", "consistent", ("538个", "126个", "23.4%"))],
    ),
    Case(
        "a share of 全市总量 is of the total its part is listed in",
        "全市共收到行政复议申请1,520件。其中,市政府收到968件,占全市总量的63.7%;各县政府收到552件。",
        [
            ("part_rate", "consistent", ("1,520件", "968件", "63.7%")),
            ("sum", "consistent", ("1,520件", "968件", "552件")),
        ],
    ),
    Case(
        "units each with what they took in and closed part the two totals before them",
        "全市两级法院共受理各类案件52,140件,比上年的49,870件增长4.6%;审结、执结49,612件,结案率95.15%。"
        "其中,市中级法院受理6,210件,审执结5,842件;六个基层法院受理45,930件,审执结43,770件。",
        [
            ("sum", "consistent", ("52,140件", "6,210件", "45,930件")),
            ("sum", "consistent", ("49,612件", "5,842件", "43,770件")),
            ("part_rate", "consistent", ("52,140件", "49,612件", "95.15%")),
        ],
    ),
    Case(
        "the closings of the units that exceed the total closed",
        "全市法院共受理案件10,500件,审结9,800件。其中,中级法院受理1,500件,审结1,400件;基层法院受理9,000件,审结8,500件。",
        [
            ("sum", "consistent", ("10,500件", "1,500件", "9,000件")),
            ("sum", "inconsistent", ("9,800件", "1,400件", "8,500件")),
        ],
    ),
    Case(
        "a figure per head changes like a level",
        "一线法官人均结案286件,比上年的261件增加25件。",
        [("diff", "consistent", ("261件", "25件", "286件"))],
    ),
    Case(
        "a change after a ；that names the figure of the clause before",
        "受理重复信访652件;重复信访量比上年减少148件,下降18.5%。",
        [("change_rate", "consistent", ("652件", "148件", "18.5%"))],
    ),
    Case(
        "what was recovered and the rest after a ；make the sum involved",
        "审计发现违规发放补贴涉及资金1860万元,已追回1524万元,追回率81.9%;其余336万元正在持续追缴。",
        [
            ("sum", "consistent", ("1860万元", "1524万元", "336万元")),
            ("part_rate", "consistent", ("1860万元", "1524万元", "81.9%")),
        ],
    ),
    Case(
        "the problems counted by kind and in all, then what was put right and the rest in the next sentence",
        "审计工作报告反映的问题共6大类214个。截至10月底,已完成整改196个,整改完成率91.6%;其余18个正在推进。",
        [
            ("sum", "consistent", ("214个", "196个", "18个")),
            ("part_rate", "consistent", ("214个", "196个", "91.6%")),
        ],
    ),
    Case(
        "a breakdown by a classification, 按…分类, parts the total before it",
        "2024年度财政拨款支出8420.60万元,比上年增长5.2%。按支出功能分类,教育支出7310.25万元,占86.8%;"
        "社会保障和就业支出702.15万元,占8.3%;卫生健康支出408.20万元,占4.8%。",
        [
            ("sum", "consistent", ("8420.60万元", "7310.25万元", "702.15万元", "408.20万元")),
            ("part_rate", "consistent", ("8420.60万元", "7310.25万元", "86.8%")),
        ],
    ),
    # --- scopes, nested parts and wholes of another stretch (round 24) ---------------------------------------------
    Case(
        "a sentence opened by the scope 办结的申请中 shares and parts the figure its verb names",
        "平台累计受理信用修复申请5120件,办结4860件,办结率94.9%。办结的申请中,准予修复4520件,占93.0%;"
        "不予修复340件,占7.0%。",
        [
            ("part_rate", "consistent", ("4860件", "4520件", "93.0%")),
            ("part_rate", "consistent", ("4860件", "340件", "7.0%")),
            ("sum", "consistent", ("4860件", "4520件", "340件")),
        ],
        absent=(("part_rate", ("5120件", "4520件", "93.0%")),),
    ),
    Case(
        "a scope of another kind of request parts nothing stated before it",
        "受理涉企诉求6120件,已办结6034件,办结率98.59%。涉及民生保障的诉求中,供水、供气类共9210件,"
        "其中供水类5380件、供气类3830件。",
        [("sum", "consistent", ("9210件", "5380件", "3830件"))],
        absent=(("sum", ("6120件", "9210件", "5380件", "3830件")),),
    ),
    Case(
        "a part of one of the listed parts is no further part of the list",
        "全市新登记企业8630户,其中全程电子化登记8120户,全程电子化率达94.1%;通过手机端完成登记6450户,"
        "占全程电子化登记量的79.4%。",
        [("part_rate", "consistent", ("8120户", "6450户", "79.4%"))],
        absent=(("sum", ("8630户", "8120户", "6450户")),),
    ),
    Case(
        "the whole restated as a scope is no part, and a share of it is some k of it",
        "全县规上工业企业达188家,其中新增入规企业17家;188家企业中亏损企业占比为13.3%。",
        [("grim", "consistent", ("188家", "13.3%"))],
        absent=(("sum", ("188家", "17家", "188家")),),
    ),
    Case(
        "a rate of a part listed under what was closed may be over what was passed on",
        "转办承办单位2850件。截至月底,转办工单已办结2790件,办结率97.89%;其中按时办结2716件,按时办结率95.30%。",
        [("part_rate", "consistent", ("2850件", "2716件", "95.30%"))],
    ),
    Case(
        "what was answered on the spot and the rest make the calls taken",
        "活动中现场接听群众来电148个,当场解答103个,当场解答率69.6%,其余45个已转办。",
        [("sum", "consistent", ("148个", "103个", "45个")), ("part_rate", "consistent", ("148个", "103个", "69.6%"))],
    ),
    Case(
        "a table's rate column named for its count column, over the row's first count",
        "地区 | 工单量(件) | 办结量(件) | 办结率 | 满意率\n东区 | 41250 | 40612 | 98.45% | 95.1%\n"
        "西区 | 28314 | 27602 | 97.94% | 94.0%\n",
        [
            ("part_rate", "consistent", ("41250", "40612", "98.45%")),
            ("part_rate", "inconsistent", ("28314", "27602", "97.94%")),
        ],
    ),
    Case(
        "a list that opens its sentence is of the figure before whose name its items echo",
        "诉前委派调解纠纷7420件,调解成功4180件,成功率56.33%。其中,特邀调解组织成功调解2510件,占比60.0%;"
        "行业调解组织成功调解1040件,占比24.9%;人民调解组织成功调解630件,占比15.1%。",
        [
            ("sum", "consistent", ("4180件", "2510件", "1040件", "630件")),
            ("part_rate", "consistent", ("4180件", "2510件", "60.0%")),
        ],
    ),
    Case(
        "a plan first and what was done after it, past what the projects cost in all",
        "全年实施重点项目186个,总投资962.5亿元,年度计划投资231.0亿元,实际完成投资248.4亿元,完成年度计划的107.5%。",
        [("part_rate", "consistent", ("231.0亿元", "248.4亿元", "107.5%"))],
        absent=(("part_rate", ("962.5亿元", "231.0亿元", "107.5%")),),
    ),
    Case(
        "a year-on-year rate is not of the balance at the year's start",
        "6月末,各项存款余额4218.36亿元,同比增长7.9%,较年初的3982.14亿元增加236.22亿元。",
        [("diff", "consistent", ("3982.14亿元", "236.22亿元", "4218.36亿元"))],
        absent=(("change_rate", ("3982.14亿元", "4218.36亿元", "7.9%")),),
    ),
    Case(
        "a quarter's share named in its own clause is not of the half-year figure before it",
        "公司实现营业收入38.20亿元。其中上半年营业收入17.45亿元,占全年的45.68%;第四季度营业收入占全年的27.31%。",
        [("part_rate", "consistent", ("38.20亿元", "17.45亿元", "45.68%"))],
        absent=(("part_rate", ("38.20亿元", "17.45亿元", "27.31%")),),
    ),
    Case(
        "a balance sheet's share cells over the total assets stated above the table, by date; the debt ratio",
        "报告期末,公司资产总额642,180.50万元,较年初的598,311.20万元增长7.33%;负债总额251,406.30万元,资产负债率为39.15%。\n"
        "单位:万元\n项目 | 2024年末金额 | 占总资产比例 | 2024年初金额 | 占总资产比例 | 比重增减 | 重大变动说明\n"
        "货币资金 | 96,327.08 | 15.00% | 101,712.90 | 17.00% | -2.00% | \n"
        "存货 | 70,639.86 | 11.00% | 59,831.12 | 10.00% | 1.00% | 主要系备货增加所致\n",
        [
            ("part_rate", "consistent", ("642,180.50万元", "251,406.30万元", "39.15%")),
            ("part_rate", "consistent", ("642,180.50万元", "96,327.08", "15.00%")),
            ("part_rate", "consistent", ("598,311.20万元", "101,712.90", "17.00%")),
            ("part_rate", "consistent", ("598,311.20万元", "59,831.12", "10.00%")),
            ("point_change", "consistent", ("17.00%", "15.00%", "-2.00%")),
        ],
    ),
    Case(
        "a share cell whose date the columns do not tell is over neither total",
        "报告期末,公司资产总额642,180.50万元,较上年末的598,311.20万元增长7.33%。\n"
        "项目 | 期末余额 | 占比 | 期初余额 | 占比\n货币资金 | 96,327.08 | 15.00% | 101,712.90 | 17.00%\n",
        [],
        absent=(("part_rate", ("642,180.50万元", "101,712.90", "17.00%")),),
    ),
    Case(
        "a growth rate beside the earlier stretch's rate, written with a dash, 当月 or in brackets",
        "1—6月,规上工业增加值同比增长6.6%,增速较1—5月的6.1%加快0.5个百分点。9月当月出口增长3.2%,增速较8月当月的5.9%"
        "回落2.7个百分点。1—10月,社会消费品零售总额增长4.8%,增速比1—9月(4.5%)提高0.6个百分点。",
        [
            ("point_change", "consistent", ("6.1%", "6.6%", "0.5个百分点")),
            ("point_change", "consistent", ("5.9%", "3.2%", "2.7个百分点")),
            ("point_change", "inconsistent", ("4.5%", "4.8%", "0.6个百分点")),
        ],
    ),
    Case(
        "a growth rate ahead of another the clause names by its 增速",
        "各项存款余额增长7.6%;各项贷款余额增长9.9%,高于存款增速2.3个百分点。农村居民人均可支配收入增长6.8%。"
        "脱贫人口人均纯收入增长11.2%,高于全县农村居民收入增速4.6个百分点。",
        [
            ("point_change", "consistent", ("7.6%", "9.9%", "2.3个百分点")),
            ("point_change", "inconsistent", ("6.8%", "11.2%", "4.6个百分点")),
        ],
    ),
    Case(
        "a growth rate set against one named and stated under the chapter's section before",
        "二、主要经营情况\n(一)规模实力稳步提升。各项贷款余额612.40亿元,较年初增长8.74%。\n"
        "(二)服务小微企业质效提升。普惠型小微企业贷款余额152.30亿元,较年初增长14.91%,高于各项贷款增速6.17个百分点。",
        [("point_change", "consistent", ("8.74%", "14.91%", "6.17个百分点"))],
    ),
    Case(
        "a growth rate set against another stretch's, named by the stretch that opens its clause group",
        "从季度看,一季度进出口512.6亿元,增长3.9%;二季度进出口566.1亿元,增长6.8%,增速较一季度加快2.9个百分点。"
        "上半年规上工业增加值增长5.2%;三季度增长6.1%,增速较上半年加快1.1个百分点。",
        [
            ("point_change", "consistent", ("3.9%", "6.8%", "2.9个百分点")),
            ("point_change", "inconsistent", ("5.2%", "6.1%", "1.1个百分点")),
        ],
    ),
    Case(
        "a growth rate whose 增速 is set against another by the name that follows the verb",
        "城镇居民人均可支配收入50126元,增长4.3%;农村居民人均可支配收入26410元,增长6.6%,增速快于城镇居民2.3个百分点。"
        "规上工业营业收入增长8.4%;利润总额增长12.9%,增幅比营业收入高3.5个百分点。",
        [
            ("point_change", "consistent", ("4.3%", "6.6%", "2.3个百分点")),
            ("point_change", "inconsistent", ("8.4%", "12.9%", "3.5个百分点")),
        ],
    ),
    Case(
        "a share of the 总数 is of the total of them all, not of a nearer kind that bears the name",
        "2024年,全区共接报火灾1,214起,较上年增加51起。\n高层建筑火灾48起,同比下降6.3%。\n"
        "全年发生电动自行车火灾97起,占火灾总数的8.0%。",
        [("part_rate", "consistent", ("1,214起", "97起", "8.0%"))],
        absent=(("part_rate", ("48起", "97起", "8.0%")),),
    ),
    Case(
        "a share of a place's whole is of the figure named for that place, not another place's nor a stretch listed",
        "前三季度西港关区进出口3,812.4亿元,占全省同期进出口总值12,640.2亿元的30.2%。\n"
        "分阶段看,上半年关区进出口2,466.1亿元;三季度进出口1,346.3亿元。\n"
        "从企业性质看,民营企业进出口1,978.6亿元,占关区进出口总值的51.9%。",
        [("part_rate", "consistent", ("3,812.4亿元", "1,978.6亿元", "51.9%"))],
    ),
    Case(
        "a subtotal named by the items it adds up, stated after them; the items' own shares stay of the whole",
        "全年共接收消费者诉求6120件。其中,投诉3580件,举报862件,咨询1678件。投诉举报合计4442件,占诉求总量的72.6%。\n"
        "全年受理投诉3580件。按投诉性质分,质量问题仍居首位,共1204件,占33.6%;售后服务问题968件,占27.0%;合同问题512件;其他问题896件。"
        "质量、售后服务两类问题合计2182件,占投诉总量的60.9%。",
        [
            ("sum", "consistent", ("4442件", "3580件", "862件")),
            ("sum", "inconsistent", ("2182件", "1204件", "968件")),
            ("part_rate", "consistent", ("6120件", "4442件", "72.6%")),
        ],
        absent=(("part_rate", ("2182件", "1204件", "33.6%")),),
    ),
    Case(
        "the quarters add up to the stretch they make: four to the year, two to the half",
        "2024年,全市进出口总值2,312.50亿元,比上年增长6.1%。\n分季度看,一季度进出口531.20亿元,增长3.1%;二季度576.40亿元,"
        "增长5.2%;三季度590.70亿元,增长7.0%;四季度614.20亿元,增长8.8%。\n1—6月,全市营业收入1,118.60亿元。"
        "一季度营业收入541.30亿元,二季度营业收入567.30亿元。",
        [
            ("sum", "consistent", ("2,312.50亿元", "531.20亿元", "576.40亿元", "590.70亿元", "614.20亿元")),
            ("sum", "inconsistent", ("1,118.60亿元", "541.30亿元", "567.30亿元")),
        ],
    ),
    Case(
        "a customs release: a line of fields set apart by bars ends before the text; exports are not all trade",
        "发布日期:2025-02-10 | 来源:统计处 | 浏览次数:\n"
        "据海关统计,2024年,全市货物贸易进出口总值1862.40亿元,比上年增长6.2%。"
        "其中,出口1204.70亿元,增长8.1%;进口657.70亿元,增长2.9%。\n"
        "全年一般贸易进出口1286.30亿元,占同期全市外贸总值的69.1%。"
        "出口机电产品752.60亿元,占出口总值的62.5%。",
        [
            ("sum", "consistent", ("1862.40亿元", "1204.70亿元", "657.70亿元")),
            ("part_rate", "consistent", ("1862.40亿元", "1286.30亿元", "69.1%")),
            ("part_rate", "consistent", ("1204.70亿元", "752.60亿元", "62.5%")),
        ],
    ),
    Case(
        "budget sums: the 共 of 公共 is no total; a total named by the kinds it joins is of those; what is added to a "
        "figure with a 其中 part adds that figure",
        "县级一般公共预算支出安排48.36亿元,上解上级支出1.12亿元,地方政府一般债务还本支出1.52亿元,支出总计51.0亿元。"
        "主要税种中,增值税5.12亿元;企业所得税1.74亿元;个人所得税0.41亿元;契税和土地增值税合计1.58亿元。"
        "政府性基金预算收入安排11.2亿元,其中国有土地使用权出让收入10.1亿元;加上级补助收入0.4亿元、专项债务转贷收入"
        "7.5亿元,收入总计19.1亿元。",
        [
            ("sum", "consistent", ("51.0亿元", "48.36亿元", "1.12亿元", "1.52亿元")),
            ("sum", "consistent", ("19.1亿元", "11.2亿元", "0.4亿元", "7.5亿元")),
        ],
        absent=(
            ("sum", ("1.58亿元", "5.12亿元", "1.74亿元", "0.41亿元")),
            ("sum", ("11.2亿元", "10.1亿元", "0.4亿元")),
        ),
    ),
    Case(
        "each budget's income is its spending and what it carries over, one ;-group each",
        "2024年,县级一般公共预算收入总量52.36亿元,支出总量50.91亿元,年终结转结余1.45亿元;政府性基金预算收入总量"
        "18.20亿元,支出总量16.75亿元,结转下年1.55亿元;国有资本经营预算收入0.62亿元,支出0.41亿元,调入一般公共预算0.21亿元。",
        [
            ("sum", "consistent", ("52.36亿元", "50.91亿元", "1.45亿元")),
            ("sum", "inconsistent", ("18.20亿元", "16.75亿元", "1.55亿元")),
            ("sum", "consistent", ("0.62亿元", "0.41亿元", "0.21亿元")),
        ],
    ),
    Case(
        "shares after a list, of the whole they name with a word left out (可再生能源装机 of 可再生能源发电装机)",
        "全省电力总装机达到8652.4万千瓦,其中可再生能源发电装机4210.6万千瓦,占总装机的48.7%。分类型看,光伏装机1986.3万千瓦,"
        "风电装机1247.5万千瓦,水电装机976.8万千瓦,分别占可再生能源装机的47.2%、29.6%和23.2%。",
        [
            ("part_rate", "consistent", ("4210.6万千瓦", "1986.3万千瓦", "47.2%")),
            ("part_rate", "consistent", ("4210.6万千瓦", "1247.5万千瓦", "29.6%")),
            ("part_rate", "consistent", ("4210.6万千瓦", "976.8万千瓦", "23.2%")),
        ],
    ),
    Case(
        "the shares of kinds listed before 分别占 make 100",
        "第一、二、三产业新增就业人员分别占5.2%、36.1%和58.7%。同城、异地、国际快递业务量分别占全部快递业务量的"
        "14.2%、84.6%和0.4%。",
        [
            ("sum", "consistent", ("5.2%", "36.1%", "58.7%")),
            ("sum", "unverifiable", ("14.2%", "84.6%", "0.4%")),
        ],
    ),
    Case(
        "proposals put on file and those that did not meet the standard, after a ；, part the proposals submitted",
        "共提交提案318件。经审查,立案291件,立案率91.5%;不符合立案标准的27件,转为委员来信处理。",
        [
            ("sum", "consistent", ("318件", "291件", "27件")),
            ("part_rate", "consistent", ("318件", "291件", "91.5%")),
        ],
    ),
    Case(
        "kinds of the new cases a dimension names are of the new cases in brackets, not of all cases on hand",
        "一、基本情况\n全院共受理各类案件10,240件(其中旧存912件、新收9,328件),审执结9,576件。\n"
        "新收案件按类型分,民商事案件仍是大头。新收民商事案件5,820件,占新收案件的62.39%;执行案件2,714件,占29.10%;"
        "刑事案件640件,占6.86%;行政案件154件。",
        [
            ("part_rate", "consistent", ("9,328件", "5,820件", "62.39%")),
            ("part_rate", "consistent", ("9,328件", "2,714件", "29.10%")),
            ("sum", "consistent", ("9,328件", "5,820件", "2,714件", "640件", "154件")),
        ],
    ),
    Case(
        "a sentence with a total of its own lists no kinds of the section's opening total",
        "一、总体收结案情况\n1至6月,全院新收各类案件4,102件,增长8.1%。加上年初旧存案件655件,受理案件共计4,757件;"
        "结案3,402件,结案率71.52%;未结案件1,355件。",
        [("part_rate", "consistent", ("4,757件", "3,402件", "71.52%"))],
        absent=(("sum", ("4,102件", "655件", "3,402件", "1,355件")),),
    ),
    Case(
        "what a review found among the measures is no further kind of them",
        "全年共对政策措施148件开展公平竞争审查,其中增量政策措施92件、存量政策措施56件,发现违反审查标准的措施9件,已全部修改。",
        [("sum", "consistent", ("148件", "92件", "56件"))],
        absent=(("sum", ("148件", "92件", "56件", "9件")),),
    ),
    Case(
        "a 共 before a verb heads the whole 、-list the total after it adds up",
        "2024年,市政府共承办代表建议418件、政协提案352件,合计770件。",
        [("sum", "consistent", ("770件", "418件", "352件"))],
    ),
    Case(
        "items each with a verb that states no intake (提出, 审查) add up to the total after them",
        "经审查,提请抗诉8件,提出再审检察建议12件,不支持监督申请96件,终结审查21件,合计审查终结137件。"
        "会议期间代表提出建议412件,闭会期间提出29件,合计451件。",
        [
            ("sum", "consistent", ("137件", "8件", "12件", "96件", "21件")),
            ("sum", "inconsistent", ("451件", "412件", "29件")),
        ],
    ),
    Case(
        "a change of a count named with its 人数 is of the count stated a sentence before without it",
        "审结审查起诉案件3,920人,其中提起公诉3,214人,决定不起诉706人。提起公诉人数较上年的3,560人下降9.7%。",
        [("change_rate", "consistent", ("3,560人", "3,214人", "9.7%"))],
    ),
    Case(
        "a fund's total income is its total spending and the year's balance, the incomes listed under it passed over",
        "全年社会保险基金总收入64.90亿元,其中失业保险基金收入2.84亿元,工伤保险基金收入1.62亿元。全年社会保险基金总支出"
        "58.35亿元,当年结余6.55亿元。",
        [("sum", "consistent", ("64.90亿元", "58.35亿元", "6.55亿元"))],
    ),
    Case(
        "what is left after a deduction, and what an audit approved and cut of what was claimed",
        "全年实现利润总额38.62亿元,扣除所得税费用5.14亿元后,净利润33.48亿元。审计抽查的9个工程项目送审结算额8,426.5万元,"
        "经审计审定7,713.2万元,核减731.3万元。",
        [
            ("sum", "consistent", ("38.62亿元", "5.14亿元", "33.48亿元")),
            ("sum", "inconsistent", ("8,426.5万元", "7,713.2万元", "731.3万元")),
        ],
    ),
    Case(
        "a rate stated with an adverb (仅为, 均为) is named all the same; a plan's completion rate too",
        "全年受理投诉240件,办结204件,办结率仅为85%。资产总额80亿元,负债总额52亿元,资产负债率仅为62%。"
        "2024年计划化解隐性债务12.5亿元,实际化解7.8亿元,完成率仅为62.4%。",
        [
            ("part_rate", "consistent", ("240件", "204件", "85%")),
            ("part_rate", "inconsistent", ("80亿元", "52亿元", "62%")),
            ("part_rate", "consistent", ("12.5亿元", "7.8亿元", "62.4%")),
        ],
    ),
    Case(
        "a margin narrowed in basis points: hundredths of a point",
        "本行净息差为1.86%,较上年的2.03%收窄17个基点;净利差为1.71%,较上年的1.85%收窄16个基点。",
        [
            ("point_change", "consistent", ("2.03%", "1.86%", "17个基点")),
            ("point_change", "inconsistent", ("1.85%", "1.71%", "16个基点")),
        ],
    ),
    Case(
        "capital adequacy ratios are the capital of each tier over the risk-weighted assets",
        "报告期末,本行资本净额412.36亿元,风险加权资产3,105.80亿元,资本充足率13.28%。\n"
        "单位:万元\n项目 | 2024年末 | 2023年末\n核心一级资本净额 | 702,310 | 655,120\n"
        "一级资本净额 | 702,335 | 655,141\n"
        "资本净额 | 801,460 | 748,390\n风险加权资产 | 5,812,400 | 5,402,760\n核心一级资本充足率(%) | 12.08 | 12.13\n"
        "一级资本充足率(%) | 12.08 | 12.13\n资本充足率(%) | 13.79 | 13.95\n",
        [
            ("part_rate", "consistent", ("3,105.80亿元", "412.36亿元", "13.28%")),
            ("part_rate", "consistent", ("5,812,400", "702,310", "12.08")),
            ("part_rate", "consistent", ("5,402,760", "655,120", "12.13")),
            ("part_rate", "consistent", ("5,812,400", "702,335", "12.08")),
            ("part_rate", "consistent", ("5,812,400", "801,460", "13.79")),
            ("part_rate", "inconsistent", ("5,402,760", "748,390", "13.95")),
        ],
    ),
    Case(
        "a dimension after another breaks down the same whole, never a kind of the other",
        "全县中小学专任教师4180名。从学历结构看,研究生学历教师376名,占9.0%;从职称结构看,具有高级职称的教师1003名,"
        "占比25.0%。",
        [
            ("part_rate", "consistent", ("4180名", "376名", "9.0%")),
            ("part_rate", "inconsistent", ("4180名", "1003名", "25.0%")),
        ],
        absent=(("subset", ("376名", "1003名")),),
    ),
    Case(
        "items built alike go on past a pair that completes a series (职工, 城乡居民)",
        "全年社会保险基金总收入64.90亿元,其中城镇职工基本养老保险基金收入41.20亿元,城乡居民基本养老保险基金收入5.36亿元,"
        "失业保险基金收入2.84亿元,工伤保险基金收入1.62亿元,职工基本医疗保险基金收入13.88亿元。",
        [("sum", "consistent", ("64.90亿元", "41.20亿元", "5.36亿元", "2.84亿元", "1.62亿元", "13.88亿元"))],
    ),
    Case(
        "two terms of a ratio in percent (配比为59.5:40.5) make 100; a ratio normed on 1 is no such pair",
        "县、乡两级执法力量配比为61.2:38.8。普通高中与中等职业学校招生比例为73.5:25.4。生师比为16.2:1。",
        [("sum", "consistent", ("61.2", "38.8")), ("sum", "inconsistent", ("73.5", "25.4"))],
        absent=(("sum", ("16.2", "1")),),
    ),
    Case(
        "a ratio of the three kinds listed, in percent of their whole",
        "全年办理法律援助案件1,260件,其中刑事案件860件、民事案件240件、行政案件160件,三者之比约为68.3:19.0:12.7。",
        [
            ("part_rate", "consistent", ("1,260件", "860件", "68.3")),
            ("part_rate", "consistent", ("1,260件", "240件", "19.0")),
            ("part_rate", "consistent", ("1,260件", "160件", "12.7")),
        ],
    ),
    Case(
        "a ratio of the kinds listed that the parts do not give is no sure alarm: the list may not be all",
        "全年办理法律援助案件1,360件,其中刑事案件860件、民事案件240件、行政案件160件,三者之比约为68.3:19.0:12.7。",
        [
            ("part_rate", "unverifiable", ("1,360件", "860件", "68.3")),
            ("part_rate", "unverifiable", ("1,360件", "240件", "19.0")),
            ("part_rate", "unverifiable", ("1,360件", "160件", "12.7")),
        ],
    ),
    Case(
        "a from-to pair that doubles, said as 实现翻一番",
        "处置案件由上年的214件增加到428件,实现翻一番。创客实验室由上年的十八个增至三十六个,实现翻两番。"
        "全县外贸进出口总额由2020年的40.6亿元增长至2024年的85.2亿元,四年时间翻了一番多。",
        [
            ("change_rate", "consistent", ("214件", "428件", "一番")),
            ("change_rate", "inconsistent", ("十八个", "三十六个", "两番")),
            ("change_rate", "consistent", ("40.6亿元", "85.2亿元", "一番")),
        ],
    ),
    Case(
        "the earlier value of the report period before (较上一报告期的) is a baseline",
        "司法拘留62人,较上一报告期的31人翻了一番。首次执行案件实际执结率为39.2%,较上一报告期的35.1%提高4.3个百分点。",
        [
            ("change_rate", "consistent", ("31人", "62人", "一番")),
            ("point_change", "inconsistent", ("35.1%", "39.2%", "4.3个百分点")),
        ],
    ),
    Case(
        "a sex ratio with its base in brackets between the name and the figure",
        "从性别构成看,男性人口168.20万人,女性人口161.70万人,总人口性别比(以女性为100)为104.02。",
        [("part_rate", "consistent", ("161.70万人", "168.20万人", "104.02"))],
    ),
    Case(
        "an urban-rural income 倍差 is of the incomes, not of a spending stated nearer",
        "全年农村常住居民人均可支配收入22140元,增长6.6%。农村常住居民人均消费支出17630元,增长5.9%。"
        "城镇常住居民人均可支配收入46270元,城乡居民收入倍差为2.09,比上年缩小0.05。",
        [("part_rate", "consistent", ("22140元", "46270元", "2.09"))],
        absent=(("part_rate", ("17630元", "46270元", "2.09")),),
    ),
    Case(
        "an urban-rural income ratio stated as where it moved to, or as a 倍差",
        "城镇居民人均可支配收入51206元,增长4.4%;农村居民人均可支配收入27318元,增长6.7%。城乡居民收入比由上年的1.91缩小至1.87。"
        "城镇居民人均可支配收入44820元;农村居民人均可支配收入21930元。城乡居民收入倍差为2.12,比上年缩小0.04。",
        [
            ("part_rate", "consistent", ("27318元", "51206元", "1.87")),
            ("part_rate", "inconsistent", ("21930元", "44820元", "2.12")),
        ],
    ),
    Case(
        "a pupil-teacher ratio whose pupils close the sentence before, and a ratio named A与B之比",
        "（一）小学。全市共有小学388所。招生5.74万人,在校生33.60万人。小学专任教师2.10万人,生师比为16.0:1。"
        "全市在园幼儿16.20万人。幼儿园专任教师1.20万人,幼儿与专任教师之比为12.5:1。",
        [
            ("part_rate", "consistent", ("2.10万人", "33.60万人", "16.0", "1")),
            ("part_rate", "inconsistent", ("1.20万人", "16.20万人", "12.5", "1")),
        ],
    ),
    Case(
        "a rate named for two items of the list together",
        "审结二审案件2960件,其中维持原判2210件、改判318件、发回重审142件,二审改判发回率为15.54%。"
        "审结民商事案件7650件,其中调解结案2410件、撤诉结案1320件,调撤率49.76%。",
        [
            ("part_rate", "consistent", ("2960件", "318件", "142件", "15.54%")),
            ("part_rate", "inconsistent", ("7650件", "2410件", "1320件", "49.76%")),
        ],
    ),
    Case(
        "a multiple of the figure of an earlier five-year plan",
        "“九五”期间全市固定资产投资累计完成468.6亿元,是“八五”时期180.2亿元的2.6倍;实际利用外资12.4亿美元,"
        "是“八五”时期3.1亿美元的5倍。",
        [
            ("change_rate", "consistent", ("180.2亿元", "468.6亿元", "2.6倍")),
            ("change_rate", "inconsistent", ("3.1亿美元", "12.4亿美元", "5倍")),
        ],
    ),
    Case(
        "a share of the month's total, not of a holiday's within it",
        "10月份,热线受理群众诉求3.62万件,环比下降6.2%。国庆假期7天共受理诉求7420件。"
        "本月受理企业诉求1880件,占诉求总量的5.2%。",
        [("part_rate", "consistent", ("3.62万件", "1880件", "5.2%"))],
    ),
    Case(
        "outcomes listed with commas after 其中 cannot exceed the cases",
        "全年共受理行政复议案件256件,其中维持168件,撤销21件,确认违法12件,驳回请求35件,终止25件。",
        [("sum", "inconsistent", ("256件", "168件", "21件", "12件", "35件", "25件"))],
    ),
    Case(
        "outcomes in the sentence after the cases, opened by the cases' name",
        "全年共审结行政复议案件256件。审结案件中,维持168件,撤销21件,确认违法12件,驳回请求35件,终止30件。",
        [("sum", "inconsistent", ("256件", "168件", "21件", "12件", "35件", "30件"))],
    ),
    Case(
        "a scope run into the first outcome names no whole of its own",
        "全年共审结行政复议案件256件,审结的案件中维持168件,撤销21件,确认违法12件,驳回请求35件,终止20件。",
        [("subset", "consistent", ("256件", "168件", "21件", "12件", "35件", "20件"))],
        absent=(("subset", ("168件", "21件", "12件", "35件", "20件")),),
    ),
    Case(
        "an urbanisation rate over the registered population",
        "全县户籍人口52.36万人,其中城镇人口21.45万人,乡村人口30.91万人,城镇化率40.97%。",
        [
            ("sum", "consistent", ("52.36万人", "21.45万人", "30.91万人")),
            ("part_rate", "consistent", ("52.36万人", "21.45万人", "40.97%")),
        ],
    ),
    Case(
        "a registered-population urbanisation rate that its figures do not give",
        "年末户籍人口52.36万人,其中城镇户籍人口21.45万人,户籍人口城镇化率41.97%。",
        [("part_rate", "inconsistent", ("52.36万人", "21.45万人", "41.97%"))],
    ),

    Case(
        "a refusal rate over the stated intake rather than the two outcomes added up",
        "审查逮捕各类犯罪嫌疑人1,024人,批准逮捕768人,不批准逮捕256人,不捕率25%。",
        [
            ("sum", "consistent", ("1,024人", "768人", "256人")),
            ("part_rate", "consistent", ("1,024人", "256人", "25%")),
        ],
    ),
    Case(
        "a share of the cases closed, named by the bare act, a sentence after them",
        "审结21890件,结案率93.3%。院领导带头办案1234件,占全院结案数的5.6%。",
        [("part_rate", "consistent", ("21890件", "1234件", "5.6%"))],
    ),
    Case(
        "a share of the cases closed of every kind, named without 各类",
        "全年共审结各类案件21890件。院庭长办案1234件,占审结案件总数的5.6%。",
        [("part_rate", "consistent", ("21890件", "1234件", "5.6%"))],
    ),

    # --- doublings, grades that nest, the seasons of a harvest ---------------------------------------------------
    Case(
        "a doubling from a from-to pair",
        "高职院校由2019年的3所增至6所,数量翻了一番。",
        [("change_rate", "consistent", ("3所", "6所", "一番"))],
    ),
    Case(
        "more than doubled over a year long past, after this year's growth over the last",
        "农村居民人均可支配收入23987元,增长6.5%,比2014年的11862元翻一番多。",
        [("change_rate", "consistent", ("11862元", "23987元", "一番"))],
        absent=(("change_rate", ("11862元", "23987元", "6.5%")),),
    ),
    Case(
        "more than doubled said of less than double",
        "全市地区生产总值达到1100亿元,比2015年的580亿元翻了一番多。",
        [("change_rate", "inconsistent", ("580亿元", "1100亿元", "一番"))],
    ),
    Case(
        "two doublings, and one said of five times",
        "全市地区生产总值达到2400亿元,比2010年的580亿元翻了两番。全年财政收入达到150亿元,比2010年的29亿元翻了一番。",
        [
            ("change_rate", "consistent", ("580亿元", "2400亿元", "两番")),
            ("change_rate", "inconsistent", ("29亿元", "150亿元", "一番")),
        ],
    ),
    Case(
        "a grade and those above it hold the top grade: no sum",
        "抽查案卷320卷,其中优秀案卷133卷,占41.6%,合格以上案卷311卷,合格率97.2%。",
        [
            ("part_rate", "consistent", ("320卷", "133卷", "41.6%")),
            ("part_rate", "consistent", ("320卷", "311卷", "97.2%")),
        ],
        absent=(("sum", ("320卷", "133卷", "311卷")),),
    ),
    Case(
        "the seasons of the grain harvest over its total, across semicolons",
        "全年粮食总产量212.68万吨,增长1.3%。其中,夏粮产量36.42万吨,增长0.8%;早稻产量41.15万吨,下降1.6%;"
        "秋粮产量136.11万吨,增长2.2%。",
        [("sum", "inconsistent", ("212.68万吨", "36.42万吨", "41.15万吨", "136.11万吨"))],
    ),

    # --- rates over the right base, lists that stop where the text says ------------------------------------------
    Case(
        "a rate within the time limit is not of the cases taken in",
        "全年共受理各类案件8.46万件,审执结8.12万件,结案率96.0%,法定审限内结案率99.1%。",
        [("part_rate", "consistent", ("8.46万件", "8.12万件", "96.0%"))],
        absent=(("part_rate", ("8.46万件", "8.12万件", "99.1%")),),
    ),
    Case(
        "rows of one rate over the count before each numerator: most fit, so the misfit is an error",
        "市教育局派发工单642件,按期办结630件,按期办结率97.13%;市卫健委派发工单518件,按期办结497件,按期办结率"
        "95.95%;市交通局派发工单433件,按期办结418件,按期办结率96.54%。",
        [
            ("part_rate", "inconsistent", ("642件", "630件", "97.13%")),
            ("part_rate", "consistent", ("518件", "497件", "95.95%")),
            ("part_rate", "consistent", ("433件", "418件", "96.54%")),
        ],
    ),
    Case(
        "a part's closing rate over the part's own intake, after the totals of the whole",
        "全市法院受理案件8.46万件,审执结8.12万件。其中,市中院受理案件0.93万件,同比增长3.1%;审执结0.88万件,"
        "结案率94.6%。",
        [("part_rate", "consistent", ("0.93万件", "0.88万件", "94.6%"))],
    ),
    Case(
        "a table's share column is of the count column right before it",
        "案件类型 | 收案(件) | 同比 | 结案(件) | 占结案总数比重\n刑事 | 612 | -3.2% | 598 | 6.1%\n"
        "民商事 | 6850 | +2.4% | 6702 | 68.5%\n执行 | 2540 | +1.1% | 2484 | 25.4%\n"
        "合计 | 10002 | +1.8% | 9784 | 100%\n",
        [
            ("part_rate", "consistent", ("9784", "598", "6.1%")),
            ("part_rate", "consistent", ("9784", "6702", "68.5%")),
        ],
        absent=(("part_rate", ("10002", "6850", "68.5%")),),
    ),
    Case(
        "a satisfaction rate that its note says counts the fairly satisfied too",
        "回访群众18640件,其中满意16288件、基本满意1795件、不满意557件,满意率(含基本满意)97.01%。",
        [
            ("sum", "consistent", ("18640件", "16288件", "1795件", "557件")),
            ("part_rate", "consistent", ("18640件", "16288件", "1795件", "97.01%")),
        ],
    ),
    Case(
        "a kind's own total is no headline; a lone share is of the report's",
        "一、总体情况\n一季度,热线共受理各类诉求52816件,同比增长6.4%。\n二、诉求热点\n"
        "(一)城乡建设类诉求居首位。该类诉求共7480件,占诉求总量的14.2%。\n"
        "(二)交通运输类诉求居第二位。该类诉求5230件,占9.9%。\n",
        [("part_rate", "consistent", ("52816件", "5230件", "9.9%"))],
        absent=(("part_rate", ("7480件", "5230件", "9.9%")),),
    ),
    Case(
        "retired staff said besides the staff are no part of them",
        "年末实有人员136人,其中行政人员71人、事业人员65人;另有离退休人员48人。",
        [("sum", "consistent", ("136人", "71人", "65人"))],
        absent=(("sum", ("136人", "71人", "65人", "48人")),),
    ),
    Case(
        "rows under a 其中 row of a numbered table break down the row above",
        "“三公”经费支出情况如下（单位：万元）：\n项目　预算数　决算数\n合计　56.00　48.40\n"
        "1.因公出国（境）费　6.00　4.20\n"
        "2.公务用车购置及运行维护费　36.00　33.10\n其中：公务用车购置费　12.00　11.60\n"
        "公务用车运行维护费　24.00　21.50\n3.公务接待费　14.00　11.10\n",
        [
            ("sum", "consistent", ("56.00", "6.00", "36.00", "14.00")),
            ("sum", "consistent", ("48.40", "4.20", "33.10", "11.10")),
        ],
    ),
    Case(
        "kinds of the problems a scope names, each with how many are done",
        "截至年底,42个问题中已完成整改36个,其余6个达到序时进度。按问题类别分,大气污染类问题12个,已完成11个;"
        "水环境类问题16个,已完成13个;固体废物类问题8个,已全部完成;生态破坏类问题6个,已完成4个。",
        [
            ("sum", "consistent", ("42个", "36个", "6个")),
            ("sum", "consistent", ("42个", "12个", "16个", "8个", "6个")),
        ],
    ),
    Case(
        "a share of an order and those above it counts the higher orders",
        "全年出生人口1.86万人。出生人口中,二孩6420人,三孩及以上1530人,二孩及以上占比为42.7%。",
        [("part_rate", "consistent", ("1.86万人", "6420人", "1530人", "42.7%"))],
    ),

    # --- rates over the population a bulletin states once ----------------------------------------------------------
    Case(
        "a birth rate over the resident population",
        "2024年末全市常住人口186.42万人。全年出生人口1.31万人,人口出生率7.03‰;死亡人口1.12万人,人口死亡率6.01‰。",
        [
            ("part_rate", "consistent", ("186.42万人", "1.31万人", "7.03‰")),
            ("part_rate", "consistent", ("186.42万人", "1.12万人", "6.01‰")),
        ],
    ),
    Case(
        "figures per thousand people sections after the population",
        "一、基本情况\n2024年末,全县常住人口46.85万人。\n二、卫生资源\n(一)医疗卫生机构\n全县医疗卫生机构总数386个。\n"
        "(二)床位和人员\n全县医疗卫生机构实有床位3120张,比上年增加86张。全县卫生技术人员3980人,比上年增加112人。"
        "每千人口医疗卫生机构床位6.66张,每千人口卫生技术人员8.50人。",
        [
            ("part_rate", "consistent", ("46.85万人", "3120张", "6.66张")),
            ("part_rate", "consistent", ("46.85万人", "3980人", "8.50人")),
        ],
    ),

    Case(
        "domestic and foreign-related acts make up all the notarial acts",
        "全年办理公证事项3920件,其中国内公证2870件,涉外公证1094件。",
        [("sum", "inconsistent", ("3920件", "2870件", "1094件"))],
    ),
    Case(
        "the total of the kinds listed is a share of the year's total, not of itself",
        "全年共受理群众信访事项2846件。从反映问题看,城乡建设类652件,劳动和社会保障类508件,农村农业类431件,"
        "上述问题合计1591件,占总量的55.9%。",
        [
            ("sum", "consistent", ("1591件", "652件", "508件", "431件")),
            ("part_rate", "consistent", ("2846件", "1591件", "55.9%")),
        ],
    ),
    Case(
        "under a title that names the year, a figure said of the year before is the earlier value",
        "关于2024年全县信访工作情况的通报\n全年全县共受理群众信访事项2846件,同比下降7.6%,2023年为3080件。",
        [("change_rate", "consistent", ("3080件", "2846件", "7.6%"))],
    ),

    # --- lists that end where the text turns, and rates whose base the text names ---------------------------------
    Case(
        "a plan for the coming year after a 其中 item is no item of the list",
        "2024年全市一般公共预算收入完成31.6亿元,其中一次性收入不足1亿元,今年收入预期按增长5%安排,为33.2亿元。",
        [("subset", "consistent", ("31.6亿元", "1亿元"))],
        absent=(("subset", ("31.6亿元", "1亿元", "33.2亿元")),),
    ),
    Case(
        "a running total after the year's items is no item",
        "新建和改造提升高标准农田5.6万亩,其中新建3.5万亩、改造提升2.1万亩,全县累计建成高标准农田52.3万亩。",
        [("sum", "consistent", ("5.6万亩", "3.5万亩", "2.1万亩"))],
    ),
    Case(
        "the branches of farming output make up its total",
        "全年农林牧渔业总产值72.46亿元。其中,农业产值40.12亿元;林业产值2.35亿元;牧业产值20.64亿元;"
        "渔业产值5.87亿元;农林牧渔专业及辅助性活动产值3.21亿元。",
        [("sum", "inconsistent", ("72.46亿元", "40.12亿元", "2.35亿元", "20.64亿元", "5.87亿元", "3.21亿元"))],
    ),
    Case(
        "a rate of reach over the whole its numerator is listed in",
        "全县共有农户7.42万户,其中使用卫生厕所的农户6.95万户,农村卫生厕所普及率达到96.7%。",
        [("part_rate", "inconsistent", ("7.42万户", "6.95万户", "96.7%"))],
    ),
    Case(
        "a satisfaction rate right after the count named for the survey",
        "纳入满意度评价的信访事项3260件,群众评价满意和基本满意的3105件,群众满意率96.2%。",
        [("part_rate", "inconsistent", ("3260件", "3105件", "96.2%"))],
    ),
    Case(
        "a rate of what is already put right, right after the amount involved",
        "审计指出问题41个,已整改38个;涉及金额2.36亿元,已整改2.05亿元,整改率89.6%。",
        [("part_rate", "inconsistent", ("2.36亿元", "2.05亿元", "89.6%"))],
    ),
    Case(
        "sections that name no part of a total, announced as problems, prove nothing by their sum",
        "二、部门预算执行审计情况\n从审计情况看,5个部门“三公”经费支出合计865.2万元。审计发现的主要问题:\n"
        "(一)预算执行不严格。2个部门超预算支出236.4万元。\n(二)政府采购不规范。涉及金额1862.5万元。\n"
        "(三)资产管理薄弱。4个部门有价值934.7万元的资产未入账。\n",
        [("sum", "unverifiable", ("865.2万元", "236.4万元", "1862.5万元", "934.7万元"))],
    ),

    Case(
        "a change that opens on the name of a figure stated a paragraph before",
        "其中,公司贷款1,215.33亿元;个人贷款642.19亿元。\n个人贷款方面,个人住房贷款298.72亿元,个人经营贷款201.55亿元,"
        "个人消费贷款141.92亿元。全年个人贷款较上年末增加76.38亿元,增长14.50%。",
        [("change_rate", "inconsistent", ("642.19亿元", "76.38亿元", "14.50%"))],
    ),
    Case(
        "the earlier value given in the sentence after the figure and its rate",
        "2024年,本公司实现原保险保费收入386.37亿元,同比增长6.82%。上年同期原保险保费收入为361.70亿元。",
        [("change_rate", "consistent", ("361.70亿元", "386.37亿元", "6.82%"))],
    ),
    Case(
        "a change of an item a table states twice, as budget and as outcome, is of neither for sure",
        "“三公”经费支出情况（单位：万元）：\n项目　预算数　决算数\n公务用车运行维护费　30.00　26.85\n"
        "公务用车运行维护费比上年增加2.13万元,增长8.6%。",
        [],
        absent=(("change_rate", ("30.00", "2.13万元", "8.6%")),),
    ),

    Case(
        "a count of the groups right before the count they hold is no base",
        "2023年度审计工作报告反映的问题共五个方面126个,涉及问题金额4.38亿元。截至2024年11月30日,已完成整改118个,"
        "整改率93.7%。",
        [("part_rate", "consistent", ("126个", "118个", "93.7%"))],
        absent=(("part_rate", ("五个", "118个", "93.7%")),),
    ),

    # --- lists that pick some kinds, siblings after a ；, denials named in a rate ---------------------------------
    Case(
        "kinds picked out after 其中 and counted with 分别 are not all of the whole",
        "前五个领域合计58.2万件。其中,物业管理、欠薪讨薪、校外培训退费三类问题较为集中,分别受理3.86万件、"
        "2.47万件和1.05万件。",
        [("subset", "consistent", ("58.2万件", "3.86万件", "2.47万件", "1.05万件"))],
        absent=(("sum", ("58.2万件", "3.86万件", "2.47万件", "1.05万件")),),
    ),
    Case(
        "after a ；, a kind given its own share as the one before was is its sibling, not a part of it",
        "一审受理的1280件案件中,城乡建设类384件,占30.0%;人力资源和社会保障类146件,占11.4%,其中工伤认定案件102件;"
        "市场监管类77件,占6.0%;其他类673件,占52.6%。",
        [
            ("part_rate", "consistent", ("1280件", "146件", "11.4%")),
            ("part_rate", "consistent", ("1280件", "77件", "6.0%")),
            ("part_rate", "consistent", ("1280件", "673件", "52.6%")),
        ],
        absent=(("part_rate", ("146件", "77件", "6.0%")),),
    ),
    Case(
        "a rate of a denial counts the denial, not the decision it denies",
        "受理审查起诉未成年犯罪嫌疑人248人,其中决定起诉109人,决定不起诉87人,作出附条件不起诉决定52人,"
        "附条件不起诉率为21.0%。",
        [
            ("sum", "consistent", ("248人", "109人", "87人", "52人")),
            ("part_rate", "consistent", ("248人", "52人", "21.0%")),
        ],
    ),
    Case(
        "a dimension breaks down the year's total, not the month listed under it",
        "1-5月,全市实现社会消费品零售总额512.46亿元,同比增长5.1%;其中,5月份实现零售额108.27亿元。"
        "按经营单位所在地分,城镇消费品零售额438.62亿元;乡村消费品零售额73.84亿元。",
        [("sum", "consistent", ("512.46亿元", "438.62亿元", "73.84亿元"))],
    ),

    Case(
        "a maternal death rate counts mothers' deaths, not infants'",
        "全年活产数12846人。婴儿死亡27人,婴儿死亡率2.10‰,孕产妇死亡率7.78/10万。",
        [],
        absent=(("part_rate", ("12846人", "27人", "7.78/10万")),),
    ),

    Case(
        "a scope of all the industry is of the total two sentences back, not of the kind listed under it",
        "全县工业总产值18.6亿元,比上年增长21.3%。其中乡镇工业产值12.4亿元,占全县工业总产值的比重为66.7%。"
        "在全部工业中,国有工业产值2.48亿元,集体工业产值13.26亿元,个体及其他经济类型工业产值2.86亿元。",
        [("part_rate", "consistent", ("18.6亿元", "12.4亿元", "66.7%"))],
        absent=(("subset", ("12.4亿元", "2.48亿元", "13.26亿元", "2.86亿元")),),
    ),

    Case(
        "an amount over the budget is no change over the year before",
        "地方财政一般预算收入18.64亿元,为年初预算17.86亿元的104.4%,超收0.78亿元,比上年增长16.5%。",
        [("part_rate", "consistent", ("17.86亿元", "18.64亿元", "104.4%"))],
        absent=(("change_rate", ("18.64亿元", "0.78亿元", "16.5%")),),
    ),

    Case(
        "a margin said of a row a table states is no margin of the table's total",
        "单位:亿元\n部门类别 | 资产总额 | 负债总额 | 净资产\n教育 | 31.46 | 3.12 | 28.34\n"
        "卫生健康 | 22.93 | 8.05 | 14.88\n"
        "合计 | 54.39 | 11.17 | 43.22\n卫生健康部门因医院基建项目借款较多,资产负债率最高,达35.1%。",
        [("sum", "consistent", ("54.39", "31.46", "22.93"))],
        absent=(("part_rate", ("54.39", "11.17", "35.1%")),),
    ),

    Case(
        "one row's cells of two periods are no part of each other",
        "指标名称 | 计量单位 | 8月 | 1-8月\n货物进出口总额 | 亿元 | 21.36 | 168.42\n",
        [],
        absent=(("subset", ("21.36", "168.42")),),
    ),

    Case(
        "a share that fell from one level to another, by so many points",
        "高耗能行业增加值占规上工业比重由上年的30.6%下降至29.8%,回落0.8个百分点。",
        [("point_change", "consistent", ("30.6%", "29.8%", "0.8个百分点"))],
    ),

    Case(
        "what was done over the year's plan stated a sentence before",
        "年初确定的重点项目年度计划投资126.4亿元。全年实施重点项目108个,完成投资137.2亿元,完成年度计划的108.5%。",
        [("part_rate", "consistent", ("126.4亿元", "137.2亿元", "108.5%"))],
    ),

    Case(
        "a share said after the last item of a list is of the list's whole when only that fits",
        "2024年末,全市政府债务余额486.32亿元,其中一般债务186.15亿元、专项债务300.17亿元,占省核定债务限额520.00亿元的"
        "93.5%,控制在限额以内。",
        [
            ("sum", "consistent", ("486.32亿元", "186.15亿元", "300.17亿元")),
            ("part_rate", "consistent", ("520.00亿元", "486.32亿元", "93.5%")),
        ],
        absent=(("part_rate", ("520.00亿元", "300.17亿元", "93.5%")),),
    ),

    Case(
        "a part named for an act in short words is of the figure of that act, not of another the names echo",
        "三年来,共批准逮捕侵害未成年人犯罪嫌疑人104人,提起公诉172人。其中,起诉性侵害未成年人犯罪73人,占42.4%。",
        [("part_rate", "consistent", ("172人", "73人", "42.4%"))],
        absent=(("part_rate", ("104人", "73人", "42.4%")),),
    ),

    Case(
        "shares named by the kinds listed before them, over the whole a share beside them is of",
        "全年共接收转派工单76420件。\n从诉求类型看,投诉类工单最多,达36180件,占47.3%;其次为求助类19846件、"
        "咨询类14370件、建议类3412件、举报及其他类2612件。求助类、咨询类、建议类分别占26.0%、18.8%和4.5%。",
        [
            ("part_rate", "consistent", ("76420件", "19846件", "26.0%")),
            ("part_rate", "consistent", ("76420件", "14370件", "18.8%")),
            ("part_rate", "consistent", ("76420件", "3412件", "4.5%")),
        ],
    ),

    # --- a rate of the rest: only the opposite is counted ----------------------------------------------------------
    Case(
        "a pass rate after the failed lots is of what they leave of the lots tested",
        "组织电线电缆等产品监督抽查350批次,不合格14批次,抽查合格率达到百分之九十六。",
        [("part_rate", "consistent", ("350批次", "14批次", "百分之九十六"))],
    ),
    Case(
        "the failed lots open their sentence: the lots tested close the one before",
        "全年完成食品安全监督抽检6,420批次,较上年增加312批次。检出不合格样品131批次,监督抽检合格率97.96%。",
        [("part_rate", "consistent", ("6,420批次", "131批次", "97.96%"))],
    ),
    Case(
        "cases closed late leave the share closed on time",
        "全年受理政务服务办件52,316件。逾期办结27件,按期办结率99.95%。",
        [("part_rate", "consistent", ("52,316件", "27件", "99.95%"))],
    ),
    Case(
        "a pass rate no count of failures gives is an error",
        "抽检农产品1,200批次,检出不合格18批次,合格率97.5%。",
        [("part_rate", "inconsistent", ("1,200批次", "18批次", "97.5%"))],
    ),
    Case(
        "a failure rate counts the failures themselves, not the rest",
        "抽检农产品1,200批次,检出不合格18批次,不合格率1.5%。",
        [("part_rate", "consistent", ("1,200批次", "18批次", "1.5%"))],
    ),
    Case(
        "failures stated with a change between them and the rate: not said right before it, no pairing",
        "抽检农产品1,200批次,检出不合格18批次,较上年减少6批次,合格率98.5%。",
        [],
        (("part_rate", ("1,200批次", "18批次", "98.5%")),),
    ),
    # --- rates of problems put right, rates named in a list -------------------------------------------------------
    Case(
        "a rate of problems put right whose name adds 完成",
        "巡察发现问题64个,已整改销号61个,整改完成率95.3%。",
        [("part_rate", "consistent", ("64个", "61个", "95.3%"))],
    ),
    Case(
        "a rate of problems put right that no count gives",
        "巡察发现问题64个,已整改61个,整改完成率93.3%。",
        [("part_rate", "inconsistent", ("64个", "61个", "93.3%"))],
    ),
    Case(
        "two rates named in a list before 分别为, each over the intake",
        "全年衔接刑满释放人员412人,已安置398人、落实帮教措施405人,安置率、帮教率分别为96.6%、98.3%。",
        [
            ("part_rate", "consistent", ("412人", "398人", "96.6%")),
            ("part_rate", "consistent", ("412人", "405人", "98.3%")),
        ],
    ),
    Case(
        "the second rate of a list joined by 和 that misses",
        "受理投诉860件,办结842件、调解成功517件,办结率和调解成功率分别为97.9%和61.1%。",
        [
            ("part_rate", "consistent", ("860件", "842件", "97.9%")),
            ("part_rate", "inconsistent", ("860件", "517件", "61.1%")),
        ],
    ),
    Case(
        "the loss share of the firms listed by a 其中 sentence is of all the firms of the sentence before",
        "年末全市规模以上工业企业1,426家,比上年末净增87家。其中,亏损企业203家,亏损面为14.2%。",
        [("part_rate", "consistent", ("1,426家", "203家", "14.2%"))],
    ),
    Case(
        "a rate of the kind a sentence opens on, listed in the 其中 sentence before, not of the whole before that",
        "全年共受理消费者投诉举报2086件。其中投诉1612件、举报474件。投诉按时办结率100%,调解成功1208件,调解成功率74.9%。",
        [("part_rate", "consistent", ("1612件", "1208件", "74.9%"))],
        absent=(("part_rate", ("2086件", "1208件", "74.9%")),),
    ),
    Case(
        "a rate right after a part listed by a sentence that opens on 其中, of the whole that closed the one before",
        "2024年,该院共受理刑事案件512件,审结497件,判处罪犯634人。其中,判处五年以上有期徒刑的罪犯71人,重刑率11.20%。",
        [("part_rate", "consistent", ("634人", "71人", "11.20%"))],
    ),
    Case(
        "cases solved over the cases filed, stated under the chapter's section before",
        "一、刑事案件立破情况\n(一)立案数持续下降。全年共立刑事案件2,248起,较上年减少280起。\n"
        "(二)侵财案件比重回落。盗窃案件1,132起,诈骗案件604起。\n"
        "(三)破案质效稳步提升。全年破获刑事案件1,503起,破案率66.9%。",
        [("part_rate", "consistent", ("2,248起", "1,503起", "66.9%"))],
    ),
    Case(
        "a rate of projects begun over the projects of the sentence before",
        "全年争取中央预算内投资项目86个。截至年末,已开工项目79个,开工率91.9%;已竣工项目52个,竣工率62.5%。",
        [
            ("part_rate", "consistent", ("86个", "79个", "91.9%")),
            ("part_rate", "unverifiable", ("86个", "52个", "62.5%")),
        ],
    ),
    # --- averages per head ----------------------------------------------------------------------------------------
    Case(
        "an average per head of aid over the people it went to",
        "为52名困难当事人发放司法救助金71.6万元,人均1.38万元。",
        [("part_rate", "consistent", ("52名", "71.6万元", "1.38万元"))],
    ),
    Case(
        "an average per head that the total and the heads do not give",
        "为52名困难当事人发放司法救助金71.6万元,人均1.48万元。",
        [("part_rate", "inconsistent", ("52名", "71.6万元", "1.48万元"))],
    ),
    Case(
        "an average per loan, the count and the amount stated together",
        "全年发放创业担保贷款624笔9,860万元,笔均15.8万元。",
        [("part_rate", "consistent", ("624笔", "9,860万元", "15.8万元"))],
    ),
    Case(
        "an average per town named by its noun",
        "全年对九个镇(街道)下达奖补资金1.35亿元,平均每个镇(街道)1500万元。",
        [("part_rate", "consistent", ("九个", "1.35亿元", "1500万元"))],
    ),
    Case(
        "an average per case, the total a sentence back, named as what the average is of",
        "全年受理合同纠纷3,120件。涉案标的总额约15.6亿元,案均标的额约50万元。",
        [("part_rate", "consistent", ("3,120件", "15.6亿元", "50万元"))],
    ),
    Case(
        "an average that misses a total of another sentence is no sure alarm",
        "全年受理合同纠纷3,120件。涉案标的总额约15.6亿元,案均标的额约60万元。",
        [("part_rate", "unverifiable", ("3,120件", "15.6亿元", "60万元"))],
    ),
    Case(
        "an average per complaint after a count of settlements names heads not beside it: no sure alarm",
        "全年调解成功2860件,挽回经济损失352.4万元,其中为老年消费者挽回48.6万元,平均每件投诉挽回经济损失约1050元。",
        [("part_rate", "unverifiable", ("2860件", "48.6万元", "1050元"))],
    ),
    Case(
        "a rate named for two items whose second name ends the rate's (改判发回重审率 of 改判 and 发回重审)",
        "市中院审结二审案件4,380件,其中维持原判3,512件,改判318件,发回重审92件,调解撤诉458件,改判发回重审率9.4%。",
        [("part_rate", "consistent", ("4,380件", "318件", "92件", "9.4%"))],
    ),
    Case(
        "assets are debts and net assets, the name of the total holding a note in brackets",
        "截至2024年末,全县国有资产(不含金融企业,下同)总额1,342.60亿元,负债总额738.15亿元,净资产604.45亿元。",
        [("sum", "consistent", ("1,342.60亿元", "738.15亿元", "604.45亿元"))],
    ),
    Case(
        "kinds a bracket lists with 其中 right after their figure",
        "公务用车购置及运行维护费1,136万元(其中公务用车购置费160万元、公务用车运行维护费976万元)。",
        [("sum", "consistent", ("1,136万元", "160万元", "976万元"))],
    ),
    Case(
        "kinds of a figure listed in the bracket right after it (医院17个(公立医院8个、民营医院9个))",
        "全区共有医疗卫生机构430个,其中医院19个(公立医院8个、民营医院11个),基层医疗卫生机构396个,其他机构15个。"
        "全县共有学校86所(公办学校70所、民办学校14所)。",
        [("sum", "consistent", ("19个", "8个", "11个")), ("sum", "inconsistent", ("86所", "70所", "14所"))],
    ),
    Case(
        "beds per thousand of all institutions' beds, not the nearer beds of a kind; hospitals by grade of hospitals",
        "年末全区医疗卫生机构实有床位4120张,其中医院床位3216张,基层医疗卫生机构床位768张。按年末常住人口63.40万人计算,"
        "每千人口医疗卫生机构床位6.50张。全区共有医疗卫生机构426个,其中医院18个、基层医疗卫生机构392个、其他机构16个。"
        "按医院等级分,三级医院2个,二级医院6个,一级医院9个,未定级医院1个。",
        [
            ("part_rate", "consistent", ("63.40万人", "4120张", "6.50张")),
            ("sum", "consistent", ("18个", "2个", "6个", "9个", "1个")),
        ],
        absent=(("part_rate", ("63.40万人", "768张", "6.50张")), ("sum", ("426个", "2个", "6个", "9个", "1个"))),
    ),
    Case(
        "an average per pupil (生均) of a total over the pupils stated before it",
        "全县中小学校舍建筑面积92.16万平方米。全县中小学在校生71,240人,生均校舍建筑面积12.9平方米,图书318.6万册,"
        "生均图书46.7册。",
        [
            ("part_rate", "consistent", ("71,240人", "92.16万平方米", "12.9平方米")),
            ("part_rate", "inconsistent", ("71,240人", "318.6万册", "46.7册")),
        ],
    ),
    Case(
        "a rate of those who took part (参与率) counts those stated as 参加; a rate of graduates some k of them gives",
        "义务教育阶段在校生45120人,参加课后服务的学生43318人,参与率达96.0%。中等职业学校毕业生6832人,毕业生就业率为"
        "97.2%。",
        [
            ("part_rate", "consistent", ("45120人", "43318人", "96.0%")),
            ("grim", "consistent", ("6832人", "97.2%")),
        ],
    ),
    Case(
        "a count of cases per judge is an average of the cases closed",
        "全院共有员额法官108名,全年审结各类案件1620件,人均审结15件。",
        [("part_rate", "consistent", ("108名", "1620件", "15件"))],
    ),
    Case(
        "a count per juror the total and the heads do not give",
        "全院人民陪审员126名,全年参审案件2741件,人均参审24.8件。",
        [("part_rate", "inconsistent", ("126名", "2741件", "24.8件"))],
    ),
    Case(
        "averages over a month or of an increase have no total beside them",
        "全镇低保对象1,260人,全年发放低保金1,134万元,人均每月750元;带动脱贫户326户,户均增收2,300元。",
        [],
        absent=(("part_rate", ("1,260人", "1,134万元", "750元")), ("part_rate", ("326户", "1,134万元", "2,300元"))),
    ),
    # --- kinds by a bare dimension, of the headline total ---------------------------------------------------------
    Case(
        "kinds by a bare dimension add up to the headline total of the chapter before",
        "一、总体情况\n全年热线共受理群众诉求52,364件,同比增长6.1%。\n二、诉求类型\n"
        "按诉求性质分,咨询类23,516件,求助类15,208件,投诉类11,034件,建议类1,977件,其他类629件。",
        [("sum", "consistent", ("52,364件", "23,516件", "15,208件", "11,034件", "1,977件", "629件"))],
    ),
    Case(
        "kinds by a bare dimension that miss the headline total prove nothing",
        "一、总体情况\n全年热线共受理群众诉求52,364件,同比增长6.1%。\n二、诉求类型\n"
        "按诉求性质分,咨询类23,516件,求助类15,208件,投诉类11,034件,建议类1,977件。",
        [("sum", "unverifiable", ("52,364件", "23,516件", "15,208件", "11,034件", "1,977件"))],
    ),
    Case(
        "shares by channel whose last kind is the rest joined to a name",
        "一、总体情况\n全年共受理群众诉求40,000件。\n二、受理渠道\n从受理渠道看,电话仍是主渠道。"
        "电话受理30,000件,占75.0%;网站受理6,000件,占15.0%;领导信箱等其他渠道受理4,000件,占10.0%。",
        [
            ("sum", "consistent", ("40,000件", "30,000件", "6,000件", "4,000件")),
            ("sum", "consistent", ("75.0%", "15.0%", "10.0%")),
        ],
    ),

    # --- which whole a list is of ---------------------------------------------------------------------------------
    Case(
        "kinds by a dimension are of the stock, not of the year's flows stated between",
        "年末全市共有登记社会组织3,650个,比上年末增加92个。全年新成立社会组织241个,注销登记149个。"
        "按类型分,社会团体1,402个,占38.4%;社会服务机构2,211个,占60.6%;基金会37个,占1.0%。",
        [
            ("sum", "consistent", ("3,650个", "1,402个", "2,211个", "37个")),
            ("part_rate", "consistent", ("3,650个", "37个", "1.0%")),
        ],
        absent=(("sum", ("149个", "1,402个", "2,211个")),),
    ),
    Case(
        "a part of an item stated after the list is no further item",
        "年末全市共有登记社会组织3,650个。按类型分:\n社会团体 1,402个 占38.4%\n社会服务机构 2,211个 占60.6%\n"
        "基金会 37个 占1.0%\n社会团体中,行业协会商会286个。",
        [("sum", "consistent", ("3,650个", "1,402个", "2,211个", "37个"))],
        absent=(("sum", ("3,650个", "1,402个", "2,211个", "37个", "286个")),),
    ),
    Case(
        "people under two kinds of sanction named together may have both",
        "全年给予党纪政务处分212人,其中党纪处分180人、政务处分61人;移送检察机关审查起诉9人。",
        [],
        absent=(("sum", ("212人", "180人", "61人")),),
    ),
    Case(
        "a share of a whole named in full that the list's head is not",
        "全年组织税收收入42.6亿元,增长5.1%。其中,地方级税收收入18.3亿元,占一般公共预算收入的76.5%。",
        [("subset", "consistent", ("42.6亿元", "18.3亿元"))],
        absent=(("part_rate", ("42.6亿元", "18.3亿元", "76.5%")),),
    ),
    Case(
        "a ;-group that opens on a figure of its sentence lists that figure's kinds",
        "一般公共预算收入31.2亿元,增长4.0%。其中税收收入22.4亿元,占71.8%;税收收入中,增值税9.6亿元、"
        "企业所得税3.1亿元、个人所得税0.9亿元。",
        [
            ("part_rate", "consistent", ("31.2亿元", "22.4亿元", "71.8%")),
            ("subset", "consistent", ("22.4亿元", "9.6亿元", "3.1亿元", "0.9亿元")),
        ],
        absent=(("subset", ("31.2亿元", "22.4亿元", "9.6亿元", "3.1亿元", "0.9亿元")),),
    ),
    Case(
        "a group on the whole's sibling ends the list of the whole's kinds",
        "第二产业税收21.6亿元,其中制造业税收18.2亿元,同比增长6.3%;第三产业税收24.8亿元,其中房地产业税收5.1亿元。",
        [
            ("subset", "consistent", ("21.6亿元", "18.2亿元")),
            ("subset", "consistent", ("24.8亿元", "5.1亿元")),
        ],
        absent=(("sum", ("21.6亿元", "18.2亿元", "24.8亿元")),),
    ),
    Case(
        "an average after a list of kinds is of their whole, and no kind of it",
        "全年减税降费及退税缓费5.12亿元,其中新增减税3.26亿元、新增降费0.51亿元、办理留抵退税1.35亿元,"
        "惠及经营主体1.46万户,户均约3.5万元。",
        [
            ("sum", "consistent", ("5.12亿元", "3.26亿元", "0.51亿元", "1.35亿元")),
            ("part_rate", "consistent", ("1.46万户", "5.12亿元", "3.5万元")),
        ],
    ),
    Case(
        "an average of a part with a share of its own is of that part",
        "全年受理案件涉案金额约18.6亿元,其中涉众型案件涉案金额15.2亿元,占81.7%;涉及集资参与人0.96万人,"
        "人均涉案金额约15.8万元。",
        [("part_rate", "consistent", ("0.96万人", "15.2亿元", "15.8万元"))],
    ),
    Case(
        "medals won under one 共, then the named total after them",
        "在第十五届省运会上,我市代表团共获得金牌27枚、银牌33枚、铜牌41枚,奖牌总数103枚。",
        [("sum", "inconsistent", ("103枚", "27枚", "33枚", "41枚"))],
    ),
    Case(
        "laws made, amended and repealed are all the laws passed",
        "全年审议通过地方性法规12件,其中新制定5件、修改5件、废止2件。",
        [("sum", "consistent", ("12件", "5件", "5件", "2件"))],
    ),
    Case(
        "rules kept, amended and repealed are all the rules cleaned up, and must add up",
        "对现行有效的规章86件进行全面清理,其中保留71件、修改9件、废止5件。",
        [("sum", "inconsistent", ("86件", "71件", "9件", "5件"))],
    ),

    # --- runs of changes and shares stated once with 分别 ---------------------------------------------------------
    Case(
        "two counts, their two falls and the two rates, each in order",
        "全市共发生各类生产安全事故31起、死亡35人,同比分别减少5起、7人,下降13.9%、16.7%,未发生较大事故。",
        [
            ("change_rate", "consistent", ("31起", "5起", "13.9%")),
            ("change_rate", "consistent", ("35人", "7人", "16.7%")),
        ],
    ),
    Case(
        "the second rate of a run that its fall does not give",
        "全县共发生生产安全事故九起、死亡十人,同比分别减少三起、两人,分别下降百分之二十五和百分之二十。",
        [
            ("change_rate", "consistent", ("九起", "三起", "百分之二十五")),
            ("change_rate", "inconsistent", ("十人", "两人", "百分之二十")),
        ],
    ),
    Case(
        "two from-to raises and their two rates after 分别",
        "城市低保标准由每人每月820元提高到870元,农村低保标准由每人每月640元提高到690元,分别增长6.1%和7.8%。",
        [
            ("change_rate", "consistent", ("820元", "870元", "6.1%")),
            ("change_rate", "consistent", ("640元", "690元", "7.8%")),
        ],
    ),
    Case(
        "the outcomes of the suggestions closed, and their shares after 分别占",
        "一、建议办理\n会议期间代表提出建议412件,闭会期间提出28件,合计440件。截至11月底,440件建议已全部办结。"
        "从办理结果看,所提问题已经解决的253件,列入计划逐步解决的131件,因条件限制作为参考的56件,分别占57.5%、"
        "29.8%和12.7%。",
        [
            ("part_rate", "consistent", ("440件", "253件", "57.5%")),
            ("part_rate", "consistent", ("440件", "131件", "29.8%")),
            ("part_rate", "consistent", ("440件", "56件", "12.7%")),
            ("sum", "consistent", ("440件", "253件", "131件", "56件")),
        ],
    ),
    Case(
        "the top kinds by a dimension need not make the whole: their shares, each of which holds, make half of it,"
        " so the kinds stay within the whole and their shares need not make 100",
        "一、总体情况\n全年受理群众诉求52,364件。\n二、诉求分类\n从诉求类别看,城乡建设类12,103件,占23.1%;"
        "劳动保障类8,115件,占15.5%;交通出行类6,027件,占11.5%。",
        [
            ("part_rate", "consistent", ("52,364件", "12,103件", "23.1%")),
            ("subset", "consistent", ("52,364件", "12,103件", "8,115件", "6,027件")),
        ],
        (("sum", ("23.1%", "15.5%", "11.5%")),),
    ),
    Case(
        "kinds by a dimension with a rest that has no share are not all the shared ones",
        "一、总体情况\n全年受理群众诉求52,364件。\n二、诉求分类\n从诉求类别看,城乡建设类12,103件,占23.1%;"
        "劳动保障类8,115件,占15.5%;交通出行类6,027件,占11.5%;其他类26,119件。",
        [("part_rate", "consistent", ("52,364件", "12,103件", "23.1%"))],
        absent=(("sum", ("52,364件", "12,103件", "8,115件", "6,027件")),),
    ),

    # --- a table under the sentence that states its totals --------------------------------------------------------
    Case(
        "each column of a table adds up to the total of its measure stated right above it",
        "全区现有养老机构19家,核定床位3120张,实际入住老年人1906人。分类型看:\n"
        "机构类型 | 机构数(家) | 床位数(张) | 入住人数(人) | 床位入住率(%)\n"
        "公办养老机构 | 7 | 1040 | 812 | 78.1\n公建民营养老机构 | 5 | 860 | 541 | 62.9\n"
        "民办养老机构 | 7 | 1220 | 553 | 45.3",
        [
            ("sum", "consistent", ("19家", "7", "5", "7")),
            ("sum", "consistent", ("3120张", "1040", "860", "1220")),
            ("sum", "consistent", ("1906人", "812", "541", "553")),
            ("part_rate", "consistent", ("1040", "812", "78.1")),
            ("part_rate", "consistent", ("860", "541", "62.9")),
            ("part_rate", "consistent", ("1220", "553", "45.3")),
        ],
    ),
    Case(
        "a row's rate named for the column it opens with that the row does not give",
        "机构类型 | 床位数(张) | 入住人数(人) | 床位入住率(%)\n"
        "公办养老机构 | 1040 | 812 | 78.1\n民办养老机构 | 1220 | 553 | 43.5",
        [
            ("part_rate", "consistent", ("1040", "812", "78.1")),
            ("part_rate", "inconsistent", ("1220", "553", "43.5")),
        ],
    ),
    Case(
        "a table's period columns with the stretch in brackets: the change column is of them",
        "单位:元\n主要会计数据 | 本报告期(1-6月) | 上年同期 | 本报告期比上年同期增减(%)\n"
        "营业收入 | 845,216,300.52 | 760,118,422.70 | 11.20\n"
        "归属于上市公司股东的净利润 | 92,405,118.36 | 88,931,027.45 | 3.91",
        [
            ("change_rate", "consistent", ("760,118,422.70", "845,216,300.52", "11.20")),
            ("change_rate", "consistent", ("88,931,027.45", "92,405,118.36", "3.91")),
        ],
    ),

    # --- later stages and scopes ----------------------------------------------------------------------------------
    Case(
        "problems an audit found and those put right since",
        "(二)部门预算执行方面。审计指出问题41个,已整改39个;涉及金额1.86亿元,已整改1.72亿元,整改率92.5%。",
        [
            ("subset", "consistent", ("41个", "39个")),
            ("part_rate", "consistent", ("1.86亿元", "1.72亿元", "92.5%")),
        ],
    ),
    Case(
        "more put right than were found may count problems carried over: no sure alarm",
        "巡察发现问题28个,已整改31个。",
        [("subset", "unverifiable", ("28个", "31个"))],
    ),
    Case(
        "suggestions made and those taken up, said in the passive",
        "全年发出检察建议64件,已被采纳61件。",
        [("subset", "consistent", ("64件", "61件"))],
    ),
    Case(
        "a scope named by a denial is of the denial counted before",
        "审结1,204人,其中提起公诉1,012人,不起诉192人。不起诉人员中,相对不起诉158人,占82.3%。",
        [
            ("subset", "consistent", ("192人", "158人")),
            ("part_rate", "consistent", ("192人", "158人", "82.3%")),
        ],
    ),
    Case(
        "a scope whose figures come in two measures, each of the whole in its own",
        "全年来信386件,来访914批2107人次。来访中,集体访(5人以上)39批952人次。",
        [("subset", "consistent", ("914批", "39批")), ("subset", "consistent", ("2107人次", "952人次"))],
    ),

    Case(
        "as many forms as the whole says it has, their shares after 分别占",
        "一、工作回顾\n全年运用“四种形态”批评教育帮助和处理538人次。第一种形态372人次、第二种形态129人次、"
        "第三种形态22人次、第四种形态15人次,分别占69.1%、24.0%、4.1%、2.8%,第一、二种形态合计占93.1%。",
        [
            ("sum", "consistent", ("538人次", "372人次", "129人次", "22人次", "15人次")),
            ("part_rate", "consistent", ("538人次", "372人次", "69.1%")),
            ("part_rate", "consistent", ("538人次", "15人次", "2.8%")),
            ("sum", "consistent", ("69.1%", "24.0%", "4.1%", "2.8%")),
        ],
    ),

    Case(
        "a lone share in a later chapter is of the report's headline total, after a head of 索引号 and 文号",
        "索引号:11330800002571499C/2025-00041\n文号:临科发〔2025〕7号\n一、总体情况\n"
        "2024年,全市共认定登记技术合同12,406项,成交额248.60亿元,同比分别增长10.2%和18.4%。\n二、主要特点\n"
        "(一)按技术领域分。电子信息领域成交额79.31亿元,占31.9%,居各领域首位。",
        [("part_rate", "consistent", ("248.60亿元", "79.31亿元", "31.9%"))],
    ),

    # --- rates within a scope or a list -----------------------------------------------------------------------------
    Case(
        "the one count within an N中 scope, right before an unnamed rate",
        "全市62家二级及以上定点医疗机构中,有57家实现按病种分值付费,覆盖率达91.9%。",
        [("part_rate", "consistent", ("62家", "57家", "91.9%"))],
    ),
    Case(
        "a share of loss-making firms named with 面",
        "全市386家规模以上工业企业中,亏损企业79家,亏损面为20.5%,比上年同期收窄1.8个百分点。",
        [("part_rate", "consistent", ("386家", "79家", "20.5%"))],
    ),
    Case(
        "a rate named for the part listed under 其中, over its whole",
        "执结执行案件3,118件,其中实际执结1,402件,实际执结率44.0%。",
        [("part_rate", "inconsistent", ("3,118件", "1,402件", "44.0%"))],
    ),

    Case(
        "shares after 分别占 that name their whole, of the 其中 list's whole",
        "全年共受理消费者诉求61,240件。其中,投诉38,112件,举报7,035件,咨询16,093件,分别占诉求总量的62.23%、"
        "11.49%和26.28%。",
        [
            ("part_rate", "consistent", ("61,240件", "38,112件", "62.23%")),
            ("part_rate", "consistent", ("61,240件", "7,035件", "11.49%")),
            ("part_rate", "consistent", ("61,240件", "16,093件", "26.28%")),
        ],
    ),
    Case(
        "a share that names a part listed further back and the whole it is of",
        "学校共有全日制在校生28,406人,其中本科生21,930人,硕士研究生5,812人,博士研究生664人,本科生占全日制在校生的"
        "77.20%。",
        [("part_rate", "consistent", ("28,406人", "21,930人", "77.20%"))],
    ),
    Case(
        "a share of all cases closed is not of a kind listed beside its part",
        "从结案结构看,审结刑事案件386件、民商事案件4,921件、行政案件88件,民商事案件占全部结案的91.2%。",
        [],
        absent=(("part_rate", ("386件", "4,921件", "91.2%")),),
    ),
    Case(
        "spending by its make-up is not of the balance that heads the paragraph",
        "(三)城乡居民医保。居民医保基金当期结余3,862万元,基金支出增速高于收入增速。从支出结构看,住院支出38,215万元,"
        "占72.9%;门诊支出7,104万元,占13.5%;其他支出7,108万元,占13.6%。",
        [],
        absent=(("part_rate", ("3,862万元", "38,215万元", "72.9%")),),
    ),
    Case(
        "a scope holds its first clause group: a count after the ；is no kind of it",
        "按适用程序分,一般程序案件612件,简易程序案件398件。一般程序案件中,较大数额罚没款案件31件,均经集体讨论决定;"
        "重大执法决定法制审核49件,审核率100%。",
        [("subset", "consistent", ("612件", "31件"))],
        absent=(("part_rate", ("612件", "49件", "100%")),),
    ),
    Case(
        "a rate that names an object the total before it does not is no sure alarm",
        "年末全县累计建成高标准农田58.6万亩,流转土地经营权19.4万亩,农村土地流转率达到30.2%。",
        [("part_rate", "unverifiable", ("58.6万亩", "19.4万亩", "30.2%"))],
    ),

    # --- targets ----------------------------------------------------------------------------------------------------
    Case(
        "a share of the year's plan after the growth of the figure done",
        "一季度,全市完成交通固定资产投资31.62亿元,同比增长8.1%,完成年度计划125亿元的25.3%。",
        [("part_rate", "consistent", ("125亿元", "31.62亿元", "25.3%"))],
    ),
    Case(
        "two figures done, their two targets and the two shares, in order",
        "全年帮助失业人员再就业538人、就业困难人员就业164人,分别完成区下达任务450人、140人的119.6%和127.1%。",
        [
            ("part_rate", "consistent", ("450人", "538人", "119.6%")),
            ("part_rate", "inconsistent", ("140人", "164人", "127.1%")),
        ],
    ),
    Case(
        "a share of the place's total that the 其中 list is of",
        "全省机场完成旅客吞吐量5,872.4万人次,同比增长12.6%。其中,省会机场完成旅客吞吐量4,106.3万人次,占全省的69.9%。",
        [("part_rate", "consistent", ("5,872.4万人次", "4,106.3万人次", "69.9%"))],
    ),

    Case(
        "the three industries named in the sentence after the headline figure they make up",
        "全年全县地区生产总值完成172.46亿元,同比增长5.4%。第一产业实现增加值30.18亿元,增长3.2%;第二产业实现增加值"
        "60.55亿元,增长6.1%;第三产业实现增加值81.73亿元,增长5.3%。",
        [("sum", "consistent", ("172.46亿元", "30.18亿元", "60.55亿元", "81.73亿元"))],
    ),
    Case(
        "the urban share of the people over the people, its numerator named as the urban people",
        "年末全市常住人口286.15万人,其中城镇常住人口181.42万人,常住人口城镇化率63.4%。",
        [("part_rate", "consistent", ("286.15万人", "181.42万人", "63.4%"))],
    ),

    Case(
        "the shares of three kinds written as a ratio 之比 add up to 100",
        "全年受理矛盾纠纷1,862件,其中人民调解1,203件、行政调解287件、诉前调解372件,三者之比约为64.6:15.4:20.0。",
        [("sum", "consistent", ("64.6", "15.4", "20.0"))],
    ),
    Case(
        "a ratio normed on a term of 1 is no set of shares",
        "全县医生、护士、床位之比为1:1.3:2.6。",
        [],
        absent=(("sum", ("1", "1.3", "2.6")),),
    ),
    Case(
        "what came in went out or stayed as the year's 结存",
        "居民医保基金收入41.36亿元,支出40.52亿元,当年结存0.94亿元。",
        [("sum", "inconsistent", ("41.36亿元", "40.52亿元", "0.94亿元"))],
    ),

    Case(
        "an earlier level named after 较 and its period is the base of the change",
        "6月28日全市最高用电负荷达到1,342万千瓦,较去年夏季峰值1,226万千瓦增加116万千瓦,增长9.5%。",
        [
            ("diff", "consistent", ("1,226万千瓦", "116万千瓦", "1,342万千瓦")),
            ("change_rate", "consistent", ("1,226万千瓦", "1,342万千瓦", "9.5%")),
        ],
    ),
    Case(
        "shares after 分别占 that name a whole other than the total the list hangs from",
        "全省电力总装机达到9,108.6万千瓦,其中可再生能源发电装机4,715.2万千瓦。分类型看,光伏装机2,301.4万千瓦,"
        "风电装机1,342.7万千瓦,水电装机1,071.1万千瓦,分别占可再生能源装机的48.8%、28.5%和22.7%。",
        [],
        absent=(("part_rate", ("9,108.6万千瓦", "2,301.4万千瓦", "48.8%")),),
    ),

    Case(
        "the employees' and the residents' schemes are all of basic insurance, and must add up",
        "年末参加基本医疗保险人数4,236.18万人,其中职工1,204.55万人,城乡居民3,021.63万人。",
        [("sum", "inconsistent", ("4,236.18万人", "1,204.55万人", "3,021.63万人"))],
    ),
    Case(
        "a 总额 row amid other measures of a table is a line of its own, no total of the rows above",
        "单位:亿元\n项目 | 2024年末 | 2023年末\n核心净资本 | 231.40 | 212.06\n附属净资本 | 35.12 | 33.80\n"
        "净资本 | 266.52 | 245.86\n表内外资产总额 | 1,304.65 | 1,126.33\n资本杠杆率 | 17.74% | 18.83%",
        [],
        absent=(("sum", ("1,304.65", "231.40", "35.12", "266.52")),),
    ),

    Case(
        "a figure set as the plan holds no parts of what was done",
        "年中经批准,全市一般公共预算收入预算调整为172亿元。全年实际完成175.36亿元,比上年增长4.2%。其中税收收入131.82亿元,"
        "占一般公共预算收入的比重为75.2%;非税收入43.54亿元。",
        [("sum", "consistent", ("175.36亿元", "131.82亿元", "43.54亿元"))],
        absent=(("sum", ("172亿元", "131.82亿元", "43.54亿元")), ("part_rate", ("172亿元", "131.82亿元", "75.2%"))),
    ),

    # --- climate normals, dates inside a from-to, a target in brackets --------------------------------------------
    Case(
        "a year's rain against the climate normal in brackets, more by a rate",
        "今年汛期全县累计平均降雨量1,042.6毫米,较常年同期(856.3毫米)偏多21.8%。",
        [("change_rate", "consistent", ("856.3毫米", "1,042.6毫米", "21.8%"))],
    ),
    Case(
        "a long-run average is no yearly rate",
        "全市平均年降水量1,012.4毫米,较多年平均值1,086.0毫米偏少6.8%。",
        [("change_rate", "consistent", ("1,086.0毫米", "1,012.4毫米", "6.8%"))],
    ),
    Case(
        "a from-to with the day each end was measured",
        "全市大中型水库蓄水量由7月1日的7.12亿立方米减少至10月31日的3.58亿立方米,减少了百分之四十九点七。",
        [("change_rate", "consistent", ("7.12亿立方米", "3.58亿立方米", "百分之四十九点七"))],
    ),
    Case(
        "the share of a target stated in brackets",
        "新增水土流失治理面积131.8平方公里,完成年度任务(120平方公里)的108.7%。",
        [("part_rate", "inconsistent", ("120平方公里", "131.8平方公里", "108.7%"))],
    ),

    Case(
        "kinds named alike go on after a ；though one opens with a verb (新建)",
        "上半年全县共实施水利项目36个,累计完成投资4.86亿元。其中,续建项目14个,完成投资2.31亿元;新建项目22个,"
        "完成投资2.55亿元。",
        [("sum", "consistent", ("36个", "14个", "22个"))],
    ),

    Case(
        "a figure whose clause names nothing after a list of kinds (门, 门次) is read without fault",
        "获批国家级一流本科专业建设点21个、省级一流本科专业建设点17个,合计38个,覆盖61.3%的本科专业。本学年开设本科课程"
        "2630门、5412门次,教授主讲本科课程比例为95.2%。",
        [("sum", "consistent", ("38个", "21个", "17个"))],
    ),

    Case(
        "rates named as one measure over another, over the figures so named",
        "公司净资产148.60亿元。公司净资本112.35亿元,各项风险资本之和70.12亿元,净资本/各项风险资本之和为160.22%,"
        "净资本/净资产为77.61%。",
        [
            ("part_rate", "consistent", ("70.12亿元", "112.35亿元", "160.22%")),
            ("part_rate", "inconsistent", ("148.60亿元", "112.35亿元", "77.61%")),
        ],
    ),
    Case(
        "a column named for this period's measure beside the year before's",
        "单位:亿元\n业务板块 | 本期营业收入 | 上年同期 | 同比增减(%)\n财富管理 | 30.84 | 27.12 | 13.72\n"
        "投资银行 | 9.15 | 11.62 | -21.26",
        [
            ("change_rate", "consistent", ("27.12", "30.84", "13.72")),
            ("change_rate", "consistent", ("11.62", "9.15", "-21.26")),
        ],
    ),

    Case(
        "the shares of coal, oil, gas and the non-fossil rest make up the energy used",
        "全市煤炭消费量占能源消费总量的比重为53.6%,比上年下降1.8个百分点;石油消费量占16.2%;天然气消费量占9.9%;"
        "非化石能源消费比重达到21.3%。",
        [("sum", "inconsistent", ("53.6%", "16.2%", "9.9%", "21.3%"))],
    ),

    # --- wholes that are not (round 32) ---------------------------------------------------------------------------
    Case(
        "what was closed and the rest are of the cases accepted, not of all applications",
        "全年共收到行政复议申请512件,其中受理471件,受理率92.0%。已审结446件,其余25件正在审理中。",
        [("sum", "consistent", ("471件", "446件", "25件"))],
        absent=(("sum", ("512件", "446件", "25件")),),
    ),
    Case(
        "a target stated for a rate holds no parts of what was done",
        "全年新筹集保障性租赁住房6120套(间),完成省下达年度目标任务5500套(间)的111.3%,其中新建2105套、"
        "改建1318套、盘活存量房源2697套。",
        [
            ("part_rate", "consistent", ("5500套", "6120套", "111.3%")),
            ("sum", "consistent", ("6120套", "2105套", "1318套", "2697套")),
        ],
    ),
    Case(
        "a dimension breaks down the total, not a class by a bound stated after it",
        "年末全市公路总里程9,512.6公里。二级及以上公路里程3,108.4公里,占公路总里程的32.7%。按行政等级分,国道571.3公里,"
        "省道1,622.8公里,农村公路7,318.5公里。",
        [("sum", "consistent", ("9,512.6公里", "571.3公里", "1,622.8公里", "7,318.5公里"))],
        absent=(("sum", ("3,108.4公里", "571.3公里", "1,622.8公里", "7,318.5公里")),),
    ),
    Case(
        "a second dimension inside a scope is no breakdown of a kind listed before it",
        "全市共有医院102个。医院中,公立医院43个,民营医院59个;按等级分,三级医院10个,二级医院29个。",
        [],
        absent=(("sum", ("59个", "10个", "29个")),),
    ),
    Case(
        "beds per thousand people are of all the people, not of the urban ones",
        "年末全市常住人口768.4万人。其中,城镇常住人口551.2万人,常住人口城镇化率为71.7%。年末全市医疗卫生机构床位4.95万张。"
        "每千人口拥有医疗卫生机构床位6.44张。",
        [("part_rate", "consistent", ("768.4万人", "4.95万张", "6.44张"))],
    ),
    Case(
        "an annual report's customer shares of the year's sales are of its 营业收入",
        "报告期内,公司实现营业收入186,420.50万元,同比下降4.2%。\n公司主要销售客户情况\n"
        "序号 | 客户名称 | 销售额(元) | 占年度销售总额比例\n1 | 客户一 | 168,526,112.40 | 9.04%\n"
        "2 | 客户二 | 121,880,905.18 | 6.54%\n",
        [
            ("part_rate", "consistent", ("186,420.50万元", "168,526,112.40", "9.04%")),
            ("part_rate", "consistent", ("186,420.50万元", "121,880,905.18", "6.54%")),
        ],
    ),
    Case(
        "a share of the revenue is of the year's, not of the quarter listed under it",
        "报告期内,公司实现营业收入31.24亿元,同比增长11.6%,其中第四季度实现营业收入9.86亿元。报告期内公司研发投入"
        "27,403.18万元,占营业收入的比例为8.77%。",
        [("part_rate", "consistent", ("31.24亿元", "27,403.18万元", "8.77%"))],
    ),
    # --- kinds inside a list, asides inside an item, earlier rounds and named levels (round 39) ---------------
    Case(
        "a kind and its complement inside a list are two kinds among others: the list adds up as a whole",
        "全县已发现矿产37种,其中查明资源储量的24种,包括能源矿产3种、金属矿产8种、非金属矿产12种、水气矿产1种。",
        [("sum", "consistent", ("24种", "3种", "8种", "12种", "1种"))],
        (("sum", ("24种", "8种", "12种")),),
    ),
    Case(
        "an aside in brackets inside an item is of that item: the item stays on the list its total adds up",
        "全年运动员在省级以上比赛中获得金牌46枚(其中全国比赛金牌7枚)、银牌39枚、铜牌52枚,合计137枚。",
        [
            ("sum", "consistent", ("137枚", "46枚", "39枚", "52枚")),
            ("subset", "consistent", ("46枚", "7枚")),
        ],
    ),
    Case(
        "people taken on after a list of levels are no level of it",
        "全县设立各级河长1526名,其中县级河长18名、乡级河长164名、村级河长1344名,聘用河道保洁员2310名。",
        [("sum", "consistent", ("1526名", "18名", "164名", "1344名"))],
        (("sum", ("1526名", "18名", "164名", "1344名", "2310名")),),
    ),
    Case(
        "a share of a whole named by a kind and its measure (汽车保有量) is of the figure named by the kind",
        "全市机动车保有量达92.36万辆。其中,汽车78.14万辆,占机动车总量的84.60%;摩托车11.08万辆。"
        "新能源汽车保有量达9.62万辆,占汽车保有量的12.31%。",
        [
            ("part_rate", "consistent", ("92.36万辆", "78.14万辆", "84.60%")),
            ("part_rate", "consistent", ("78.14万辆", "9.62万辆", "12.31%")),
        ],
        (("part_rate", ("92.36万辆", "9.62万辆", "12.31%")),),
    ),
    Case(
        "a target named as a 任务量 between a figure and its change: the change is of the figure done",
        "全年共完成抽检3,180批次,为上级下达任务量3,000批次的106.0%,较上年的2,874批次增加306批次,增长10.6%。",
        [
            ("part_rate", "consistent", ("3,000批次", "3,180批次", "106.0%")),
            ("diff", "consistent", ("2,874批次", "306批次", "3,180批次")),
            ("change_rate", "consistent", ("2,874批次", "3,180批次", "10.6%")),
        ],
    ),
    Case(
        "an earlier round set against the figure of its measure, past a figure of another",
        "本期共抽检样品一百五十批次,覆盖超市、农贸市场等四十二家经营单位,比第一期的120批次增加30批次,增幅25%。",
        [
            ("diff", "consistent", ("120批次", "30批次", "一百五十批次")),
            ("change_rate", "consistent", ("120批次", "一百五十批次", "25%")),
        ],
    ),
    Case(
        "与…的X相比: the figure before 相比 is the earlier one",
        "全区常住人口为287436人,与2010年第六次全国人口普查的265108人相比,增加22328人,增长8.42%。",
        [
            ("diff", "consistent", ("265108人", "22328人", "287436人")),
            ("change_rate", "consistent", ("265108人", "287436人", "8.42%")),
        ],
    ),
    Case(
        "a change that picks out what is counted (翻了一番的街道) is said of no figure before it",
        "每10万人中具有大学文化程度的人口由9816人上升至16904人,大学文化程度人口比重翻了一番的街道有3个。",
        [],
        (("change_rate", ("9816人", "16904人", "一番")),),
    ),
    Case(
        "a share named for two kinds at once (大中型) is of the two items so named, together",
        "全县现有持证矿山48座,其中大型矿山3座、中型矿山9座、小型矿山36座,大中型矿山比例为25.0%。",
        [
            ("sum", "consistent", ("48座", "3座", "9座", "36座")),
            ("part_rate", "consistent", ("48座", "3座", "9座", "25.0%")),
        ],
    ),
    Case(
        "a share whose named whole ends in the part's measure word (不合格批次) is of the figure so named, for sure",
        "分品种看,食用农产品不合格42批次,不合格率为2.80%。其中蔬菜类不合格25批次,占食用农产品不合格批次的62.5%。",
        [("part_rate", "inconsistent", ("42批次", "25批次", "62.5%"))],
    ),
    Case(
        "parts of one whole whose shares, said in one sentence, make 100 are all of it: amounts and shares add up",
        "全市国有企业资产总额2,615.40亿元,同比增长5.2%;负债总额1,603.25亿元。\n"
        "分级次看,市属企业资产总额1,742.86亿元,占全市国有企业资产总额的66.6%;县属企业资产总额872.54亿元,占33.4%。",
        [
            ("part_rate", "consistent", ("2,615.40亿元", "1,742.86亿元", "66.6%")),
            ("part_rate", "consistent", ("2,615.40亿元", "872.54亿元", "33.4%")),
            ("sum", "consistent", ("2,615.40亿元", "1,742.86亿元", "872.54亿元")),
            ("sum", "consistent", ("66.6%", "33.4%")),
        ],
    ),
    Case(
        "kinds by a dimension each with its share of the whole before: their amounts and shares add up",
        "全年因灾直接经济损失4.12亿元。从灾种看,干旱造成直接经济损失2.61亿元,占63.3%;暴雨洪涝1.08亿元,占26.2%;"
        "大风冰雹0.43亿元,占10.4%。",
        [
            ("sum", "consistent", ("4.12亿元", "2.61亿元", "1.08亿元", "0.43亿元")),
            ("part_rate", "consistent", ("4.12亿元", "1.08亿元", "26.2%")),
            ("part_rate", "consistent", ("4.12亿元", "0.43亿元", "10.4%")),
            ("sum", "consistent", ("63.3%", "26.2%", "10.4%")),
        ],
    ),
    Case(
        "shares rounded each to one place may make 100.2 and still be all of the whole",
        "在400起一般程序事故中,未按规定让行引发157起,占39.3%;超速行驶引发21起,占5.3%;酒后驾驶引发39起,占9.8%;"
        "其他原因引发183起,占45.8%。",
        [
            ("sum", "consistent", ("400起", "157起", "21起", "39起", "183起")),
            ("sum", "consistent", ("39.3%", "5.3%", "9.8%", "45.8%")),
        ],
    ),
    Case(
        "passed and failed lots after the lots tested, past a count of kinds of food between",
        "本季度全市共完成食品安全监督抽检2,914批次,涵盖粮食加工品、食用农产品等27大类食品,检验合格2,861批次,"
        "不合格53批次。",
        [("sum", "consistent", ("2,914批次", "2,861批次", "53批次"))],
    ),
    Case(
        "shares that make well under 100 are some kinds only: no sum",
        "全市国有企业资产总额2,615.40亿元。\n分行业看,基础设施类企业资产1,256.10亿元,占48.0%;交通类企业资产"
        "452.46亿元,占17.3%。",
        [
            ("part_rate", "consistent", ("2,615.40亿元", "1,256.10亿元", "48.0%")),
            ("part_rate", "consistent", ("2,615.40亿元", "452.46亿元", "17.3%")),
        ],
        (("sum", ("2,615.40亿元", "1,256.10亿元", "452.46亿元")), ("sum", ("48.0%", "17.3%"))),
    ),
    Case(
        "a growth rate faster than another's by points, the other named by words its figure holds in order",
        "城镇常住居民人均可支配收入31246元,增长4.6%;农村常住居民人均可支配收入13518元,增长7.1%,"
        "农村居民收入增速快于城镇居民2.5个百分点。",
        [("point_change", "consistent", ("4.6%", "7.1%", "2.5个百分点"))],
    ),
    Case(
        "rates of two figures, their earlier values in a bracket after them, each in its figure's measure",
        "全县共供应国有建设用地94宗、面积312.60公顷,宗数同比增长11.9%,面积同比下降3.8%(上年同期为84宗、324.96公顷)。",
        [
            ("change_rate", "consistent", ("84宗", "94宗", "11.9%")),
            ("change_rate", "consistent", ("324.96公顷", "312.60公顷", "3.8%")),
        ],
    ),
    Case(
        "a share named by a short form of its part's name (醉驾 of 醉酒驾驶) is that part's",
        "共查处酒驾醉驾违法行为三百一十二起。其中,饮酒后驾驶二百四十起,醉酒驾驶七十二起,醉驾占比为百分之二十三点一。",
        [
            ("sum", "consistent", ("三百一十二起", "二百四十起", "七十二起")),
            ("part_rate", "consistent", ("三百一十二起", "七十二起", "百分之二十三点一")),
        ],
    ),
    Case(
        "a count of units that opens an item's name (11家分院合计) is no item; the item's total is",
        "全集团门急诊146.8万人次,其中总院52.6万人次、县中医院21.7万人次、11家分院合计72.5万人次。",
        [("sum", "consistent", ("146.8万人次", "52.6万人次", "21.7万人次", "72.5万人次"))],
    ),
    Case(
        "an item in two measures is no count of the next item",
        "年末全市共有城乡低保对象2.64万户、4.38万人。其中,城市低保对象0.82万户、1.21万人;农村低保对象1.82万户、3.17万人。",
        [
            ("sum", "consistent", ("2.64万户", "0.82万户", "1.82万户")),
            ("sum", "consistent", ("4.38万人", "1.21万人", "3.17万人")),
        ],
    ),
    Case(
        "the forest's cover after a from-to pair: the forest over the land area stated chapters before",
        "(一)土地资源。全市土地总面积64.20万公顷,其中国有土地28.35万公顷。\n(二)水资源。全市水资源总量42.6亿立方米。\n"
        "(三)森林资源。全市森林面积39.18万公顷,森林覆盖率由60.4%提高到61.0%,提高0.6个百分点。\n"
        "(四)自然保护地。全市共有各类自然保护地14处,总面积8.6万公顷,占全市国土面积的13.4%。",
        [
            ("part_rate", "consistent", ("64.20万公顷", "39.18万公顷", "61.0%")),
            ("point_change", "consistent", ("60.4%", "61.0%", "0.6个百分点")),
            ("part_rate", "consistent", ("64.20万公顷", "8.6万公顷", "13.4%")),
        ],
    ),
    Case(
        "places each stated with what they made are siblings, the last named 其余: no whole among them",
        "县经济开发区完成规上工业产值72.15亿元,增长6.8%;临港工业园完成产值35.40亿元,增长2.9%;其余乡镇工业集中区"
        "完成产值19.62亿元,下降3.1%。三大板块合计完成规上工业总产值127.17亿元,增长4.2%。",
        [("sum", "consistent", ("127.17亿元", "72.15亿元", "35.40亿元", "19.62亿元"))],
        (("sum", ("72.15亿元", "35.40亿元", "19.62亿元")),),
    ),
    Case(
        "a total whose sentence opens on the count of its items (三次产业合计) adds up the items before it",
        "前三季度全县第一产业增加值12.36亿元,增长4.1%;第二产业增加值20.54亿元,增长7.6%;第三产业增加值24.88亿元,"
        "增长5.2%。三次产业合计,全县实现地区生产总值57.78亿元,同比增长5.9%。",
        [("sum", "consistent", ("57.78亿元", "12.36亿元", "20.54亿元", "24.88亿元"))],
    ),
    Case(
        "a share of the year's total is not of a season's figure stated nearer",
        "全市年降水量712.4毫米,比常年偏多9.8%。春季降水量仅64.2毫米;夏季降水量468.3毫米,占全年降水量的65.7%。",
        [("part_rate", "consistent", ("712.4毫米", "468.3毫米", "65.7%"))],
        (("part_rate", ("64.2毫米", "468.3毫米", "65.7%")),),
    ),
    Case(
        "a total of its own in the sentence after a list by a dimension (项目共8个) is no kind of it",
        "全年新引进项目112个。从产业类别看,工业项目74个,服务业项目31个,农业项目7个。引进世界500强企业投资项目共6个,"
        "上市公司投资项目9个。",
        [("sum", "consistent", ("112个", "74个", "31个", "7个"))],
        (("sum", ("112个", "74个", "31个", "7个", "6个")),),
    ),
    Case(
        "age bands from 60 on make up those of 60 and above, not the nearer count of 65 and above",
        "年末全市户籍人口152.4万人,其中60周岁及以上人口36.18万人,占23.7%;65周岁及以上人口27.05万人,占17.7%。"
        "分年龄段看,60—69周岁19.62万人,70—79周岁11.37万人,80周岁及以上5.19万人。",
        [("sum", "consistent", ("36.18万人", "19.62万人", "11.37万人", "5.19万人"))],
        (("sum", ("27.05万人", "19.62万人", "11.37万人", "5.19万人")),),
    ),
    Case(
        "a whole named with words its figure holds in order, in the sentence before, is that figure for sure",
        "固定互联网宽带接入用户286.40万户,比上年末净增8.15万户。千兆及以上宽带用户81.52万户,占固定宽带用户的29.8%。",
        [("part_rate", "inconsistent", ("286.40万户", "81.52万户", "29.8%"))],
    ),
    Case(
        "a share of what was added (占全部新增贷款的) is the increase before it over the whole's increase",
        "12月末,全市各项贷款余额2846.17亿元,比上年末增加296.40亿元,增长11.6%。从期限结构看,短期贷款余额812.36亿元,"
        "比上年末增加41.25亿元;中长期贷款余额1931.40亿元,比上年末增加243.62亿元,占全部新增贷款的82.2%。",
        [("part_rate", "consistent", ("296.40亿元", "243.62亿元", "82.2%"))],
        (("part_rate", ("2846.17亿元", "1931.40亿元", "82.2%")),),
    ),
    Case(
        "增量占…增量的: the increase of a part over the increase of the whole, past the part's growth rate",
        "12月末,全市各项存款余额3614.28亿元,比上年末增加285.46亿元,增长8.6%。分部门看,住户存款余额2406.15亿元,"
        "比上年末增加231.08亿元,增长10.6%,增量占各项存款增量的81.0%。",
        [("part_rate", "consistent", ("285.46亿元", "231.08亿元", "81.0%"))],
    ),
    Case(
        "industry's ratios: what was sold of what was made, and the share of firms that lose money",
        "1—11月,全市1208家规模以上工业企业实现营业收入3624.15亿元,同比增长4.2%。\n上半年,全市规上工业完成总产值"
        "2916.40亿元,实现销售产值2851.26亿元,产销率为97.8%。\n11月末,全市规上工业亏损企业231家,亏损面为19.1%。",
        [
            ("part_rate", "consistent", ("2916.40亿元", "2851.26亿元", "97.8%")),
            ("part_rate", "consistent", ("1208家", "231家", "19.1%")),
        ],
    ),
    Case(
        "a climate normal in brackets and the year's departure from it (偏高, 偏长)",
        "全市年平均气温17.4℃,比常年(16.6℃)偏高0.8℃。梅雨期38天,较常年(26天)偏长12天。",
        [
            ("diff", "consistent", ("16.6℃", "0.8℃", "17.4℃")),
            ("diff", "consistent", ("26天", "12天", "38天")),
        ],
    ),
    Case(
        "a table of each station's rain, its normal and the departure in per cent: a change over the normal",
        "站名 | 年降水量(毫米) | 常年值(毫米) | 距平百分率(%)\n临溪 | 1642.8 | 1398.6 | 17.5\n"
        "双港 | 1520.4 | 1376.2 | 10.5",
        [
            ("change_rate", "consistent", ("1398.6", "1642.8", "17.5")),
            ("change_rate", "consistent", ("1376.2", "1520.4", "10.5")),
        ],
    ),
    Case(
        "what is set up besides (另在…布设) is beside the list, no kind of its whole",
        "全区现有实践所12个、实践站198个,其中村级实践站151个、社区实践站47个,另在企业、园区布设文明实践点46个。",
        [("sum", "consistent", ("198个", "151个", "47个"))],
        (("sum", ("198个", "151个", "47个", "46个")),),
    ),
    Case(
        "an item said again as the end of its change is one item, not two",
        "全年总支出2.46亿元。其中经营支出0.92亿元;管理费用0.88亿元,由上年的1.03亿元降至0.88亿元,下降14.6%;"
        "其他支出6600万元。",
        [("sum", "consistent", ("2.46亿元", "0.92亿元", "0.88亿元", "6600万元"))],
    ),
    Case(
        "a kind said without its share among kinds with shares is one of the list all the same",
        "全年共发生火灾1860起。从起火原因看,电气火灾802起,占火灾总数的43.1%;用火不慎391起,占21.0%;放火7起;"
        "其他及原因不明的660起,占35.5%。",
        [("sum", "consistent", ("1860起", "802起", "391起", "7起", "660起"))],
        (("sum", ("1860起", "802起", "391起", "660起")),),
    ),
    Case(
        "a sentence that opens on the spending as scope lists the spending's items, not the income's",
        "工伤保险基金收入7.42亿元,支出4.96亿元,当年结余2.46亿元。工伤保险基金支出中,工伤医疗费和康复费1.38亿元,"
        "伤残待遇2.07亿元,工亡待遇1.09亿元,其他支出0.42亿元。",
        [
            ("sum", "consistent", ("7.42亿元", "4.96亿元", "2.46亿元")),
            ("sum", "consistent", ("4.96亿元", "1.38亿元", "2.07亿元", "1.09亿元", "0.42亿元")),
        ],
        (("sum", ("7.42亿元", "1.38亿元", "2.07亿元", "1.09亿元", "0.42亿元")),),
    ),
    Case(
        "a balance of the income over the total spending, not over an item of the spending listed under it",
        "全年基金收入52.16亿元;基金支出44.38亿元。支出中,统筹基金支出30.12亿元,个人账户支出12.54亿元,"
        "生育保险待遇支出1.72亿元。当期结余7.78亿元。",
        [
            ("sum", "consistent", ("44.38亿元", "30.12亿元", "12.54亿元", "1.72亿元")),
            ("diff", "consistent", ("52.16亿元", "44.38亿元", "7.78亿元")),
        ],
        (("diff", ("52.16亿元", "1.72亿元", "7.78亿元")),),
    ),
    Case(
        "after a ；a figure of what is already done (已上架) is a state of the whole, no kind of its 其中 list",
        "全市在用数据中心标准机架4.82万架,其中大型及以上数据中心机架3.46万架;已上架机架3.31万架。",
        [("subset", "consistent", ("4.82万架", "3.46万架"))],
        (("sum", ("4.82万架", "3.46万架", "3.31万架")),),
    ),
    Case(
        "points said of another year after a from-to pair are no change of the pair",
        "这一比重由2020年的33.8%逐年提高至2023年的39.6%,2024年又提高1.2个百分点。",
        [],
        (("point_change", ("33.8%", "39.6%", "1.2个百分点")),),
    ),
    Case(
        "a structure of two terms that make 100 is the shares of the two together",
        "全市数字经济增加值为2316.40亿元。其中,数字产业化增加值652.18亿元,产业数字化增加值1664.22亿元。"
        "数字产业化与产业数字化之比为28.2:71.8。",
        [
            ("sum", "consistent", ("2316.40亿元", "652.18亿元", "1664.22亿元")),
            ("part_rate", "consistent", ("652.18亿元", "1664.22亿元", "28.2", "71.8")),
        ],
    ),
    Case(
        "a kind of one dimension, with its share, is no whole of the next dimension's kinds",
        "从时段看,12时至18时发生火灾402起,占全年的31.6%。从原因看,电气火灾达到536起,比重为42.1%。",
        [],
        (("part_rate", ("402起", "536起", "42.1%")),),
    ),
    Case(
        "the count of the kinds right before a total of things in mixed measures is no total of them",
        "储备帐篷620顶、棉被4800床、折叠床900张、应急照明设备240套,共计4类6560件(套)。",
        [],
        (("sum", ("4类", "620顶", "4800床", "900张", "240套")),),
    ),
    Case(
        "a figure of the sentence before that a listed part alone outgrows is no whole of the list",
        "网络司法拍卖成交46件,成交额5210万元。从执结案件类型看,三类案件居前,分别为286件、231件、118件。",
        [],
        (("sum", ("46件", "286件", "231件", "118件")), ("subset", ("46件", "286件", "231件", "118件"))),
    ),
    Case(
        "domestic, international and regional routes are all the routes: a shortfall is an error",
        "全年新开、恢复航线共46条,其中国内航线37条、国际航线6条、地区航线2条。",
        [("sum", "inconsistent", ("46条", "37条", "6条", "2条"))],
    ),
    Case(
        "a share that names its part stated a sentence back, over the whole stated right before it",
        "全市数字经济增加值为2214.60亿元,按现价计算比上年(2030.15亿元)增长9.1%。全年地区生产总值5462.38亿元,"
        "数字经济增加值占GDP的比重为40.5%。",
        [
            ("change_rate", "consistent", ("2030.15亿元", "2214.60亿元", "9.1%")),
            ("part_rate", "consistent", ("5462.38亿元", "2214.60亿元", "40.5%")),
        ],
    ),
    Case(
        "an earlier occasion named between 较 and 的 (较上届同次会议的) is the earlier value",
        "本次会议共收到提案512件,较上届同次会议的548件减少36件,下降6.6%。",
        [
            ("diff", "consistent", ("548件", "36件", "512件")),
            ("change_rate", "consistent", ("548件", "512件", "6.6%")),
        ],
    ),
    Case(
        "classes by bounds that may leave a stretch out (1亿—5亿元) need not add up to the total of their class",
        "全年新签约项目47个,其中总投资10亿元以上项目8个、5亿元至10亿元项目12个,亿元以上项目合计33个。",
        [("subset", "consistent", ("33个", "8个", "12个"))],
        (("sum", ("33个", "8个", "12个")),),
    ),
    Case(
        "a net of two sides is of the sides themselves, not of a part listed under one of them",
        "全年迁入5318人,其中从省外迁入1206人;迁出4752人,其中迁往省外1876人。迁入迁出相抵,净迁入566人。",
        [("diff", "consistent", ("5318人", "4752人", "566人"))],
        (("diff", ("1206人", "4752人", "566人")),),
    ),
    Case(
        "a share of 可支配收入 is of the figure whose words before the name the part shares (居民人均)",
        "全市居民人均可支配收入48600元,增长5.3%。按常住地分,城镇居民人均可支配收入59120元,增长4.8%;农村居民人均可支配"
        "收入33460元,增长6.4%。按收入来源分,全市居民人均工资性收入27410元,占可支配收入的比重为56.4%;人均经营净收入"
        "7630元,占15.7%;人均财产净收入4520元,占9.3%;人均转移净收入9040元,占18.6%。",
        [
            ("part_rate", "consistent", ("48600元", "27410元", "56.4%")),
            ("part_rate", "consistent", ("48600元", "9040元", "18.6%")),
            ("sum", "consistent", ("48600元", "27410元", "7630元", "4520元", "9040元")),
        ],
        (("part_rate", ("33460元", "27410元", "56.4%")),),
    ),
    Case(
        "the change of a net against the year before is no net of the two sides",
        "全年迁出9.42万人、迁入8.13万人,净迁出1.29万人,比上年的1.86万人减少0.57万人。",
        [
            ("diff", "consistent", ("9.42万人", "8.13万人", "1.29万人")),
            ("diff", "consistent", ("1.86万人", "0.57万人", "1.29万人")),
        ],
        (("diff", ("9.42万人", "8.13万人", "0.57万人")),),
    ),
    Case(
        "an average per case over all the cases or over those closed: either count may be its heads",
        "立案查处违法案件52起,已结案46起,罚没款合计98.80万元,案均罚没1.9万元。",
        [("part_rate", "consistent", ("52起", "98.80万元", "1.9万元"))],
    ),
    Case(
        "problems put right are of the problems found in the sentence before: a rate no count gives is an error",
        "全年共发现各类安全隐患1146处。截至年底,已完成整改1087处,整改率96.4%。",
        [("part_rate", "inconsistent", ("1146处", "1087处", "96.4%"))],
    ),
    Case(
        "closings over the intake of the sentence before may count cases carried over: a miss proves nothing",
        "全年受理行政复议案件236件。已审结221件,结案率95.8%。",
        [("part_rate", "unverifiable", ("236件", "221件", "95.8%"))],
    ),
    # --- a census bulletin: chapters that take the headline population as their scope -----------------------
    Case(
        "each chapter's 全县常住人口中 is the one population stated in the first chapter; the kinds make it up",
        "一、常住人口\n全县常住人口为356214人,与2010年第六次全国人口普查的371502人相比,减少15288人,下降4.12%。\n"
        "二、性别构成\n全县常住人口中,男性人口为181047人,占50.83%;女性人口为175167人,占49.17%。"
        "总人口性别比(以女性为100,男性对女性的比例)为103.36。\n"
        "三、年龄构成\n全县常住人口中,0—14岁人口为60912人,占17.10%;15—59岁人口为209382人,占58.78%;"
        "60岁及以上人口为85920人,占24.12%,其中65岁及以上人口为66231人。",
        [
            ("diff", "consistent", ("371502人", "15288人", "356214人")),
            ("change_rate", "consistent", ("371502人", "356214人", "4.12%")),
            ("part_rate", "consistent", ("356214人", "181047人", "50.83%")),
            ("part_rate", "consistent", ("356214人", "175167人", "49.17%")),
            ("sum", "consistent", ("356214人", "181047人", "175167人")),
            ("part_rate", "consistent", ("175167人", "181047人", "103.36")),
            ("part_rate", "consistent", ("356214人", "60912人", "17.10%")),
            ("part_rate", "consistent", ("356214人", "209382人", "58.78%")),
            ("part_rate", "consistent", ("356214人", "85920人", "24.12%")),
            ("sum", "consistent", ("356214人", "60912人", "209382人", "85920人")),
            ("sum", "consistent", ("17.10%", "58.78%", "24.12%")),
        ],
    ),
]


@pytest.mark.parametrize("c", CASES, ids=lambda c: c.name)
def test_passage(c: Case) -> None:
    assert_passage(c)
