"""Relations between the stages and sides of a flow, through extract and check: what was taken in and what
became of it, income against spending and the balance, shares whose whole stands inside the share phrase or
far back under a place name. Passages of our own; the format is that of test_checks_prose."""

from __future__ import annotations

import pytest

from test_checks_prose import Case, assert_passage

CASES = [
    Case(
        "a year set against the climate normal: a bracketed normal, a normal said as 常年值为, an amount and a rate",
        "全市年降水量1284.6毫米,比常年值(1402.3毫米)少117.7毫米。年日照时数1705.2小时,常年值为1618.9小时,偏多86.3小时。"
        "年平均风速2.4米/秒。年蒸发量1356.8毫米,较常年偏多121.4毫米,偏多10.8%。",
        [
            ("diff", "consistent", ("1402.3毫米", "117.7毫米", "1284.6毫米")),
            ("diff", "consistent", ("1618.9小时", "86.3小时", "1705.2小时")),
            ("change_rate", "inconsistent", ("1356.8毫米", "121.4毫米", "10.8%")),
        ],
    ),
    Case(
        "a change from one unit of time to another is worked in one of them",
        "平均通关时间由1.5小时压缩至20分钟,压缩77.8%。企业开办时间由3天压缩至8小时,缩短64小时。"
        "审批时限由2天压缩至6小时,压缩80%。",
        [
            ("change_rate", "consistent", ("1.5小时", "20分钟", "77.8%")),
            ("diff", "consistent", ("3天", "64小时", "8小时")),
            ("change_rate", "inconsistent", ("2天", "6小时", "80%")),
        ],
    ),
    Case(
        "the plan, what was done and the surplus right after make a sum; a plan after what was done does not",
        "全年计划改造危桥32座,实际完工36座,超额完成4座。年度目标新建公厕40座,实际建成46座,超额完成5座。"
        "新建充电桩1200个,超过年度目标1000个,多完成200个。",
        [
            ("diff", "consistent", ("32座", "4座", "36座")),
            ("diff", "inconsistent", ("40座", "5座", "46座")),
        ],
    ),
    Case(
        "what was worked off a stock between the two ends of its fall is the fall",
        "存量违法建筑由年初的2,460处降至年底的1,180处,全年拆除1,280处,下降52.0%。"
        "政府性债务余额由上年末的38.6亿元压降至35.1亿元,全年化解3.5亿元。"
        "积案由年初的412件降至年底的96件,全年清理326件。",
        [
            ("change_rate", "consistent", ("2,460处", "1,180处", "52.0%")),
            ("diff", "consistent", ("38.6亿元", "3.5亿元", "35.1亿元")),
            ("diff", "inconsistent", ("412件", "326件", "96件")),
        ],
    ),
    # --- a later stage of the cases counted before it is within them --------------------------------------
    Case(
        "closings within the intake, and the kinds closed within the closings",
        "全年受理行政复议申请64件,审结59件,其中维持41件、撤销6件、驳回9件、终止3件。",
        [
            ("subset", "consistent", ("64件", "59件")),
            ("sum", "consistent", ("59件", "41件", "6件", "9件", "3件")),
        ],
    ),
    Case(
        "received, accepted and closed: each stage within the one before, across a ；",
        "全年收到复议申请530件,比上年增加30件,增长6.0%,受理505件；审结488件。",
        [
            ("subset", "consistent", ("530件", "505件")),
            ("subset", "consistent", ("505件", "488件")),
            ("change_rate", "consistent", ("530件", "30件", "6.0%")),
        ],
    ),
    Case(
        "closings may include cases carried over: more closed than taken in is no proof of an error",
        "全年受理劳动人事争议案件210件,审结215件。",
        [("subset", "unverifiable", ("210件", "215件"))],
    ),
    Case(
        "recommendations put forward and adopted",
        "向法院提出再审检察建议9件,法院采纳8件。",
        [("subset", "consistent", ("9件", "8件"))],
    ),
    Case(
        "two intakes of two kinds, each with what became of it",
        "受理审查逮捕犯罪嫌疑人260人,批准逮捕171人；受理审查起诉402人,提起公诉355人。",
        [("subset", "consistent", ("260人", "171人"))],
        (("subset", ("171人", "402人")),),
    ),
    Case(
        "a rate of the stage says it already: no subset beside it",
        "受理纠纷2860起,调解成功2812起,调解成功率98.3%。",
        [("part_rate", "consistent", ("2860起", "2812起", "98.3%"))],
        (("subset", ("2860起", "2812起")),),
    ),
    Case(
        "two kinds of one stage are no stages",
        "受理刑事案件120件,受理民事案件340件。",
        [],
        (("subset", ("120件", "340件")),),
    ),
    # --- a rate of what was put forward, and of an intake stated alone -----------------------------------
    Case(
        "opinions put forward and the rate adopted: some whole count of them must give it",
        "对规范性文件提出修改意见48条,采纳率达95.8%。",
        [("grim", "consistent", ("48条", "95.8%"))],
    ),
    Case(
        "an on-time rate of an intake stated alone is a count of it, though maybe of the closed",
        "全年受理信访事项157件,按期办结率99.4%。",
        [("grim", "consistent", ("157件", "99.4%"))],
    ),
    Case(
        "an on-time rate that no whole count of the intake gives is not proof: it may be of the closed",
        "全年受理信访事项157件,按期办结率99.5%。",
        [("grim", "unverifiable", ("157件", "99.5%"))],
    ),
    # --- income, spending and what is left -----------------------------------------------------------------
    Case(
        "income total less spending total is the balance carried over, across sentences of one paragraph",
        "加上上级补助收入36.20亿元、调入资金4.15亿元,收入总计92.48亿元。全县一般公共预算支出80.12亿元,"
        "加上解上级支出3.06亿元、债务还本支出6.50亿元,支出总计89.68亿元。收支相抵,结转下年2.80亿元。",
        [
            ("sum", "consistent", ("92.48亿元", "89.68亿元", "2.80亿元")),
            ("sum", "consistent", ("89.68亿元", "80.12亿元", "3.06亿元", "6.50亿元")),
        ],
    ),
    Case(
        "a fund's income, spending and the year's balance in one sentence; the stock of all years is apart",
        "社会保险基金预算收入46.30亿元,增长5.2%；支出42.85亿元,增长7.0%；当年结余3.45亿元,年末滚存结余61.20亿元。",
        [("sum", "consistent", ("46.30亿元", "42.85亿元", "3.45亿元"))],
        (("sum", ("46.30亿元", "42.85亿元", "61.20亿元")),),
    ),
    Case(
        "a balance that does not follow is inconsistent",
        "国有资本经营预算收入0.86亿元,支出0.52亿元,结转下年0.43亿元。",
        [("sum", "inconsistent", ("0.86亿元", "0.52亿元", "0.43亿元"))],
    ),
    Case(
        "a spending total is not set against an income that is no total",
        "全县一般公共预算收入25.60亿元,增长4.1%。加上上级补助收入30.12亿元,收入总计55.72亿元。"
        "一般公共预算支出50.20亿元,结转下年5.52亿元。",
        [],
        (("sum", ("55.72亿元", "50.20亿元", "5.52亿元")), ("sum", ("25.60亿元", "50.20亿元", "5.52亿元"))),
    ),
    # --- the whole of a share named in the share ---------------------------------------------------------------
    Case(
        "the whole stated inside the share phrase",
        "海外业务收入286.40亿元,同比增长12.6%,占主营业务收入702.15亿元的比重达40.79%。",
        [("part_rate", "consistent", ("702.15亿元", "286.40亿元", "40.79%"))],
    ),
    Case(
        "a whole named with the province's name is the total stated sentences before; a part with a change "
        "and a share of its own is no whole of the next share",
        "全年货物进出口总额6240.5亿元,增长3.2%。其中,出口3980.1亿元,增长5.0%；进口2260.4亿元,增长0.1%。"
        "对东盟进出口1060.9亿元,增长9.4%,占全省进出口总额的比重为17.0%。"
        "民营企业进出口3557.1亿元,增长6.8%,占全省进出口总额的57.0%。",
        [
            ("sum", "consistent", ("6240.5亿元", "3980.1亿元", "2260.4亿元")),
            ("part_rate", "consistent", ("6240.5亿元", "1060.9亿元", "17.0%")),
            ("part_rate", "consistent", ("6240.5亿元", "3557.1亿元", "57.0%")),
        ],
    ),
    # --- the terms of a structure are the shares of the parts listed before it ---------------------------------
    Case(
        "each term of the industries' structure is the share of its industry in the total",
        "全区实现地区生产总值512.80亿元,增长5.9%。其中,第一产业增加值40.51亿元,增长3.6%；第二产业增加值"
        "198.45亿元,增长6.4%；第三产业增加值273.84亿元,增长5.8%。三次产业结构由上年的8.1:39.0:52.9调整为"
        "7.9:38.7:53.4。",
        [
            ("part_rate", "consistent", ("512.80亿元", "40.51亿元", "7.9")),
            ("part_rate", "consistent", ("512.80亿元", "198.45亿元", "38.7")),
            ("part_rate", "consistent", ("512.80亿元", "273.84亿元", "53.4")),
            ("sum", "consistent", ("7.9", "38.7", "53.4")),
        ],
        (("part_rate", ("512.80亿元", "40.51亿元", "8.1")),),
    ),
    Case(
        "a structure term that its industry's figure does not give is inconsistent",
        "全区实现地区生产总值512.80亿元。其中,第一产业增加值40.51亿元；第二产业增加值198.45亿元；"
        "第三产业增加值273.84亿元。三次产业结构为8.9:37.7:53.4。",
        [
            ("part_rate", "inconsistent", ("512.80亿元", "40.51亿元", "8.9")),
            ("part_rate", "inconsistent", ("512.80亿元", "198.45亿元", "37.7")),
            ("part_rate", "consistent", ("512.80亿元", "273.84亿元", "53.4")),
        ],
    ),
    # --- shares listed for kinds named before them ---------------------------------------------------------
    Case(
        "shares of four named kinds that make 100",
        "刑事、民事、行政、公益诉讼检察案件占比分别为64.3%、18.2%、7.4%、10.1%。",
        [("sum", "consistent", ("64.3%", "18.2%", "7.4%", "10.1%"))],
    ),
    Case(
        "shares of a list that names the rest must make 100",
        "网上、窗口、其他渠道受理占比分别为61%、30%、6%。",
        [("sum", "inconsistent", ("61%", "30%", "6%"))],
    ),
    Case(
        "shares of the top kinds only are not all of the whole: no check",
        "食品、服装、家电类投诉占比分别为31.2%、18.6%、12.5%。",
        [],
        (("sum", ("31.2%", "18.6%", "12.5%")),),
    ),
    # --- a total of things counted in their own measure words -----------------------------------------------
    Case(
        "contracts, documents and decisions added up under one total",
        "全年审查政府合同46份、规范性文件7件、重大行政决策事项4项,共计57件,提出法律意见112条。",
        [("sum", "consistent", ("57件", "46份", "7件", "4项"))],
    ),
    Case(
        "such a total that the items do not make is inconsistent",
        "全年审查政府合同46份、规范性文件7件、重大行政决策事项4项,共计59件。",
        [("sum", "inconsistent", ("59件", "46份", "7件", "4项"))],
    ),
    # --- the figure counted within an "N个…中" total ---------------------------------------------------------------
    Case(
        "one figure within the total it is counted in",
        "全县46个行政审批窗口中仍有5个未实现一窗通办。",
        [("subset", "consistent", ("46个", "5个"))],
    ),
    Case(
        "a total of the items within a scope, and the share of it the sentence names",
        "开展专项清理,在现行有效的286件规范性文件中废止19件、修改32件,合计51件,清理比例为17.8%。",
        [
            ("subset", "consistent", ("286件", "51件")),
            ("sum", "consistent", ("51件", "19件", "32件")),
            ("part_rate", "consistent", ("286件", "51件", "17.8%")),
        ],
    ),
    Case(
        "the share of the kinds that grew",
        "在规模以上工业中,37个大类行业中有26个行业增加值比上年增长,增长面为70.3%。",
        [("subset", "consistent", ("37个", "26个")), ("part_rate", "consistent", ("37个", "26个", "70.3%"))],
    ),
    Case(
        "a total of a list is not the last item's: no subset of it",
        "全镇12个行政村、3个社区中仍有4个村未建成文化广场。",
        [],
        (("subset", ("3个", "4个")),),
    ),
    # --- a correction rate over the corrections listed ------------------------------------------------------------
    Case(
        "直接纠错率 counts the decisions quashed, found unlawful or ordered done, over the cases closed",
        "全年审结行政复议案件312件,其中维持205件、驳回38件、撤销27件、确认违法11件、责令履行4件、终止27件,"
        "直接纠错率13.5%。",
        [("part_rate", "consistent", ("312件", "27件", "11件", "4件", "13.5%"))],
    ),
    Case(
        "a 直接纠错率 the listed corrections do not give is inconsistent",
        "全年审结行政复议案件312件,其中维持205件、驳回38件、撤销27件、确认违法11件、责令履行4件、终止27件,"
        "直接纠错率15.8%。",
        [("part_rate", "inconsistent", ("312件", "27件", "11件", "4件", "15.8%"))],
    ),
    Case(
        "another 纠错率 may count more than the corrections: a miss is unverifiable",
        "审结复议案件90件,其中维持61件、撤销8件、确认违法3件、调解16件、终止2件,综合纠错率30.0%。",
        [("part_rate", "unverifiable", ("90件", "8件", "3件", "30.0%"))],
    ),
    Case(
        "a 纠错率 whose corrections are counted after a ；: of the cases closed, not of the intake a sentence before",
        "全县共收到行政复议申请296件,较上年增长百分之十五点六。审结270件,以调解和解方式结案的占百分之三十;"
        "作出撤销、确认违法等纠错决定26件,纠错率9.6%。",
        [("part_rate", "consistent", ("270件", "26件", "9.6%"))],
    ),
    Case(
        "the same rate a planted error spoils is no fit of either whole: unverifiable, never consistent",
        "全县共收到行政复议申请296件,较上年增长百分之十五点六。审结270件,以调解和解方式结案的占百分之三十;"
        "作出撤销、确认违法等纠错决定26件,纠错率11.2%。",
        [("part_rate", "unverifiable", ("270件", "26件", "11.2%"))],
    ),
    Case(
        "a correction rate whose cases closed are the sentence before",
        "全年审结行政复议案件152件。经审理,依法作出撤销、确认违法等纠错决定19件,直接纠错率12.5%。",
        [("part_rate", "consistent", ("152件", "19件", "12.5%"))],
    ),
    Case(
        "the corrections counted with a 共 are no base of their own rate",
        "以上审结案件合计152件。经审理,作出变更、撤销、确认违法等纠错决定的共19件,直接纠错率12.5%。",
        [("part_rate", "consistent", ("152件", "19件", "12.5%"))],
        (("grim", ("19件", "12.5%")),),
    ),
    Case(
        "an average per judge of the cases closed, not of the cases still open stated after them",
        "受理案件共计3,874件；结案2,905件,结案率74.99%；未结案件969件。全院员额法官35名,人均结案83.00件。",
        [("part_rate", "consistent", ("35名", "2,905件", "83.00件"))],
        (("part_rate", ("35名", "969件", "83.00件")),),
    ),
    # --- a 共 with a verb of its own after a 、-run of items --------------------------------------------------------
    Case(
        "a 共 with a verb of its own right after a 、-run of items adds them up",
        "动态调整区级权力事项,取消12项、下放街道28项、承接市级下放36项,全年共调整76项。",
        [("sum", "consistent", ("76项", "12项", "28项", "36项"))],
    ),
    Case(
        "such a 共 may count a stage the items do not: a miss is unverifiable",
        "全年承办人大代表建议42件、政协提案57件,共办结97件。",
        [("sum", "unverifiable", ("97件", "42件", "57件"))],
    ),
    Case(
        "a 共 of another measure adds nothing up",
        "开展普法讲座36场、送法下乡12场,共覆盖群众5600人次。",
        [],
        (("sum", ("36场", "12场", "5600人次")),),
    ),
    # --- a difference of two figures stated before it -----------------------------------------------------------
    Case(
        "natural growth is births less deaths, even when negative",
        "全年出生人口6120人,出生率为6.85‰；死亡人口7215人,死亡率为8.08‰；人口自然增长率为-1.23‰。",
        [("diff", "consistent", ("6.85‰", "8.08‰", "-1.23‰"))],
    ),
    Case(
        "net migration is the larger flow less the smaller; a wrong one is inconsistent",
        "全年户籍人口迁入2.36万人,迁出1.92万人,净迁入0.54万人。",
        [("diff", "inconsistent", ("2.36万人", "1.92万人", "0.54万人"))],
    ),
    Case(
        "a trade balance is exports less imports, not the earlier year's exports",
        "全年出口总值1286.4亿元,较上年的1190.2亿元增长8.1%；进口总值865.3亿元,增长2.5%；贸易顺差421.1亿元。",
        [("diff", "consistent", ("1286.4亿元", "865.3亿元", "421.1亿元"))],
        (("diff", ("1190.2亿元", "865.3亿元", "421.1亿元")),),
    ),
    # --- a ratio of two figures with its second term unsaid --------------------------------------------------------
    Case(
        "the urban-rural income ratio is the urban income over the rural",
        "城镇居民人均可支配收入48260元,增长4.9%；农村居民人均可支配收入21340元,增长6.8%。城乡居民收入比为2.26,"
        "比上年缩小0.04。",
        [("part_rate", "consistent", ("48260元", "21340元", "2.26"))],
    ),
    # --- budgets against the plan and against the year before -----------------------------------------------------
    Case(
        "revenue over the plan and over last year: each change of its own earlier value, and the share of the plan",
        "全县一般公共预算收入15.36亿元,较年初预算15.00亿元增收0.36亿元,为预算的102.4%,比上年14.22亿元增长8.0%。",
        [
            ("diff", "consistent", ("15.00亿元", "0.36亿元", "15.36亿元")),
            ("part_rate", "consistent", ("15.00亿元", "15.36亿元", "102.4%")),
            ("change_rate", "consistent", ("14.22亿元", "15.36亿元", "8.0%")),
        ],
        (("change_rate", ("14.22亿元", "15.00亿元", "8.0%")), ("diff", ("14.22亿元", "0.36亿元", "15.00亿元"))),
    ),
    Case(
        "a growth rate after a comparison with the plan is over the year before, which is not stated",
        "全区一般公共预算收入31.62亿元,较年初预算30.50亿元超收1.12亿元,增长4.6%。",
        [("diff", "consistent", ("30.50亿元", "1.12亿元", "31.62亿元"))],
        (("change_rate", ("30.50亿元", "31.62亿元", "4.6%")),),
    ),
    Case(
        "last year's budget is last year's figure: the rate of the change from it holds",
        "2025年县级部门“三公”经费预算安排1,286万元,比上年预算1,372万元减少86万元,下降6.3%。",
        [
            ("diff", "consistent", ("1,372万元", "86万元", "1,286万元")),
            ("change_rate", "consistent", ("1,372万元", "1,286万元", "6.3%")),
        ],
    ),
    Case(
        "a cut against a budget that is not stated: the rate is of the budget, the figure plus the cut",
        "2024年度机关运行经费支出93.6万元,比年初预算减少6.4万元,下降6.4%,主要是压减了会议费和培训费。",
        [("change_rate", "consistent", ("93.6万元", "6.4万元", "6.4%"))],
    ),
    Case(
        "增支 and 减支 are changes of spending: the rate over the spending before them",
        "全县政府性基金预算支出完成9.73亿元,比上年增支0.45亿元,增长4.9%;社会保险基金支出6.12亿元,"
        "比上年减支0.38亿元,下降5.8%。",
        [
            ("change_rate", "consistent", ("9.73亿元", "0.45亿元", "4.9%")),
            ("change_rate", "consistent", ("6.12亿元", "0.38亿元", "5.8%")),
        ],
    ),
    Case(
        "spending as a share of the adjusted budget stated in the phrase",
        "全县一般公共预算支出52.40亿元,完成调整预算54.10亿元的96.9%。",
        [("part_rate", "consistent", ("54.10亿元", "52.40亿元", "96.9%"))],
    ),
    Case(
        "taxes the text adds up itself are that total's, not parts of the revenue before them",
        "全区一般公共预算收入26.75亿元,增长3.1%。从结构看,增值税9.34亿元,企业所得税4.02亿元,个人所得税1.26亿元,"
        "其他税收4.58亿元,税收收入合计19.20亿元;非税收入7.55亿元。",
        [("sum", "consistent", ("19.20亿元", "9.34亿元", "4.02亿元", "1.26亿元", "4.58亿元"))],
        (("sum", ("26.75亿元", "9.34亿元", "4.02亿元", "1.26亿元", "4.58亿元")),),
    ),
    # --- the part a share names, and a base nested in its whole -----------------------------------------------------
    Case(
        "a share of 税收 is of the tax figure, not of the 非税 one right before it",
        "全市一般公共预算收入98.40亿元,其中税收收入71.25亿元,非税收入27.15亿元;税收占比72.4%。",
        [("part_rate", "consistent", ("98.40亿元", "71.25亿元", "72.4%"))],
        (("part_rate", ("98.40亿元", "27.15亿元", "72.4%")),),
    ),
    Case(
        "of the cases called back, the satisfied ones: the rate is of those called back",
        "办理热线转办诉求3862件,办结率100%;对其中3410件开展回访,群众表示满意的3298件,满意率96.7%。",
        [("part_rate", "consistent", ("3410件", "3298件", "96.7%"))],
    ),
    Case(
        "an item after a ； that lacks the whole's own word is no part of it: overrunning is no proof",
        "全年肉类总产量8.26万吨,增长2.1%,其中猪肉产量6.12万吨,占肉类总产量的74.1%;禽蛋产量4.05万吨,增长1.6%。",
        [
            ("part_rate", "consistent", ("8.26万吨", "6.12万吨", "74.1%")),
            ("sum", "unverifiable", ("8.26万吨", "6.12万吨", "4.05万吨")),
        ],
    ),
    # --- how the cases closed ended ---------------------------------------------------------------------------------
    Case(
        "dispositions listed with commas after 其中 are all of one list",
        "审结复议案件436件,其中:决定维持281件,驳回申请77件,撤销36件,确认违法19件,责令履行8件,变更2件,终止13件。",
        [("sum", "consistent", ("436件", "281件", "77件", "36件", "19件", "8件", "2件", "13件"))],
    ),
    Case(
        "a sentence that opens with the closed cases lists how they ended; the corrections' rate in the next",
        "已审结152件,审结率96.2%。审结案件中,维持98件,驳回24件,确认违法9件,撤销12件,责令履行3件,终止6件。"
        "以确认违法、撤销、责令履行方式直接纠错24件,纠错率15.8%。",
        [
            ("sum", "consistent", ("152件", "98件", "24件", "9件", "12件", "3件", "6件")),
            ("part_rate", "consistent", ("152件", "24件", "15.8%")),
        ],
    ),
    Case(
        "dispositions right after the cases they are of, and a correction rate of them",
        "本局作为被申请人的行政复议案件34件,经复议维持27件、撤销3件、终止4件,复议纠错率8.8%。",
        [
            ("subset", "consistent", ("34件", "27件", "3件", "4件")),
            ("part_rate", "consistent", ("34件", "3件", "8.8%")),
        ],
        (("subset", ("27件", "3件", "4件")),),
    ),
    Case(
        "more dispositions than cases is inconsistent",
        "本局作为被申请人的行政复议案件34件,经复议维持29件、撤销3件、终止4件。",
        [("sum", "inconsistent", ("34件", "29件", "3件", "4件"))],
    ),
    # --- the intake in the sentence before a rate -------------------------------------------------------------------
    Case(
        "an acceptance rate over the applications received, stated in the sentence before",
        "全年共收到行政复议申请508件,比上年的421件增加87件,增长20.7%。依法受理466件,受理率91.7%。",
        [("part_rate", "consistent", ("508件", "466件", "91.7%"))],
    ),
    Case(
        "a closing rate over the cases taken in the sentence before; a miss is no proof (old cases may count)",
        "全区仲裁机构受理劳动人事争议案件1862件,比上年增长9.4%。审结1805件,结案率99.9%。",
        [("part_rate", "unverifiable", ("1862件", "1805件", "99.9%"))],
    ),
    # --- tables set with bars ------------------------------------------------------------------------------------
    Case(
        "a bar table's total row adds up its rows in the year's column and in the year before's",
        "二、保费收入情况(单位:亿元)\n分险种 | 2024年 | 2023年 | 同比增长(%)\n"
        "机动车辆保险 | 1,352.40 | 1,310.25 | 3.22\n意外伤害和健康险 | 538.62 | 501.30 | 7.44\n"
        "农业保险 | 287.15 | 270.84 | 6.02\n其他险种 | 160.03 | 155.61 | 2.84\n合计 | 2,338.20 | 2,238.00 | 4.48\n",
        [
            ("sum", "consistent", ("2,338.20", "1,352.40", "538.62", "287.15", "160.03")),
            ("sum", "consistent", ("2,238.00", "1,310.25", "501.30", "270.84", "155.61")),
            ("change_rate", "consistent", ("2,238.00", "2,338.20", "4.48")),
        ],
    ),
    Case(
        "an empty cell keeps the columns of a bar table in place",
        "单位:万元\n科目名称 | 合计 | 基本支出 | 项目支出\n行政运行 | 420.50 | 420.50 | \n"
        "农田建设 | 260.00 |  | 260.00\n合计 | 680.50 | 420.50 | 260.00\n",
        [
            ("sum", "consistent", ("680.50", "420.50", "260.00")),
        ],
        (("sum", ("260.00", "260.00", "420.50")),),
    ),
    # --- identities of a report's own trade -------------------------------------------------------------------------
    Case(
        "a from-to of a rate with the points between its ends",
        "综合毛利率由31.4%上升2.3个百分点至33.7%。",
        [("point_change", "consistent", ("31.4%", "33.7%", "2.3个百分点"))],
    ),
    Case(
        "stores: the net change right after the year before's count, and openings less closings",
        "报告期末门店总数2,046家,较上年末的1,813家净增233家,其中新开门店301家,关闭门店68家。",
        [
            ("diff", "consistent", ("1,813家", "233家", "2,046家")),
            ("diff", "consistent", ("301家", "68家", "233家")),
        ],
    ),
    Case(
        "an insurer's combined ratio is its loss ratio and expense ratio together",
        "全年综合成本率97.9%,同比下降0.6个百分点,其中综合赔付率70.8%、综合费用率26.2%。",
        [("sum", "inconsistent", ("97.9%", "70.8%", "26.2%"))],
    ),
    Case(
        "a debt balance within its limit",
        "年末全市政府债务余额412.36亿元,控制在省核定的债务限额438.90亿元以内。",
        [("subset", "consistent", ("438.90亿元", "412.36亿元"))],
    ),
    Case(
        "a fund's income is what it spent and what it passed on",
        "国有资本经营预算收入5200万元,支出3100万元,调出资金2100万元。",
        [("sum", "consistent", ("5200万元", "3100万元", "2100万元"))],
    ),
    # --- false alarms the out-of-sample rounds found ----------------------------------------------------------------
    Case(
        "a table of two sides: a total label in the middle totals the columns after it, and a row label on the "
        "total row of the other side is no total",
        "单位:万元\n收入\t决算数\t支出\t决算数\n一、财政拨款收入\t2815.30\t一、一般公共服务支出\t16.40\n"
        "二、其他收入\t64.20\t二、农林水支出\t2705.10\n本年收入合计\t2879.50\t三、住房保障支出\t88.60\n"
        "年初结转和结余\t120.40\t本年支出合计\t2810.10\n",
        [
            ("sum", "consistent", ("2879.50", "2815.30", "64.20")),
            ("sum", "consistent", ("2810.10", "16.40", "2705.10", "88.60")),
        ],
        (("sum", ("88.60", "16.40", "2705.10")),),
    ),
    Case(
        "a figure set against last year's final accounts is the earlier value",
        "机关运行经费支出126.80万元,比上年决算数139.20万元减少12.40万元,下降8.9%。",
        [
            ("diff", "consistent", ("139.20万元", "12.40万元", "126.80万元")),
            ("change_rate", "consistent", ("139.20万元", "126.80万元", "8.9%")),
        ],
    ),
    Case(
        "the count of the items before 合计 is none of them",
        "三类诉求分别为51230件、40872件、30118件,三项合计122220件。",
        [("sum", "consistent", ("122220件", "51230件", "40872件", "30118件"))],
    ),
    Case(
        "domestic and inbound visitors are all of them; a kind that cuts across them is none of the list",
        "全年接待国内外游客962.5万人次,比上年增长12.1%;实现旅游总收入96.20亿元,增长13.0%。其中,接待国内游客"
        "958.1万人次,实现国内旅游收入94.80亿元;接待入境游客4.4万人次,实现旅游外汇收入2012万美元;"
        "乡村旅游接待游客361.0万人次,占37.5%。",
        [("sum", "consistent", ("962.5万人次", "958.1万人次", "4.4万人次"))],
        (("sum", ("962.5万人次", "958.1万人次", "4.4万人次", "361.0万人次")),),
    ),
    Case(
        "an urbanisation rate over one population, its urban figure counted in another: no proof",
        "年末全县户籍总人口46.20万人。其中,城镇人口19.30万人,乡村人口26.90万人。"
        "年末常住人口38.75万人,常住人口城镇化率为53.1%。",
        [("part_rate", "unverifiable", ("38.75万人", "19.30万人", "53.1%"))],
    ),
    # --- a rate over the count stated before its numerator, though not named as an intake -----------------------------
    Case(
        "recommendations and the ones answered: the rate is of the recommendations",
        "办理公益诉讼案件88件,其中诉前检察建议70件,行政机关回复整改67件,回复整改率95.7%。",
        [("part_rate", "consistent", ("70件", "67件", "95.7%"))],
    ),
    Case(
        "rows of data screened and confirmed, a money figure between them",
        "筛查疑点数据4210条,涉及金额8600万元,经核实确认违规3562条,确认率84.6%。",
        [("part_rate", "consistent", ("4210条", "3562条", "84.6%"))],
    ),
    Case(
        "such a rate that misses is no proof: the text does not name the base",
        "全年调处矛盾纠纷5120件,调解成功5012件,调解成功率96.2%。",
        [("part_rate", "unverifiable", ("5120件", "5012件", "96.2%"))],
    ),
    Case(
        "a count with a rate of its own is a sibling outcome, not the base of the next rate",
        "审结复议案件640件,直接纠错152件,纠错率23.8%,以调解、和解方式结案96件,调解率15.0%。",
        [("part_rate", "consistent", ("640件", "96件", "15.0%"))],
        (("part_rate", ("152件", "96件", "15.0%")),),
    ),
    # --- a results table under 本报告期 / 上年同期 / 本报告期末 / 本报告期初 ------------------------------------------
    Case(
        "the reporting period's columns are the current and the earlier value of each row",
        "单位:万元\n项目 | 本报告期 | 上年同期 | 增减变动幅度(%)\n营业总收入 | 362,410.25 | 318,906.40 | 13.64\n"
        "加权平均净资产收益率 | 9.84% | 9.12% | 增加0.72个百分点\n项目 | 本报告期末 | 本报告期初 | 增减变动幅度(%)\n"
        "总资产 | 612,308.77 | 560,214.09 | 9.30\n",
        [
            ("change_rate", "consistent", ("318,906.40", "362,410.25", "13.64")),
            ("point_change", "consistent", ("9.12%", "9.84%", "0.72个百分点")),
            ("change_rate", "consistent", ("560,214.09", "612,308.77", "9.30")),
        ],
    ),
    # --- a table's column of shares -----------------------------------------------------------------------------
    Case(
        "each row's share of the total row, and the shares making the total row's 100",
        "表1 投诉性质分类情况\n投诉性质\t件数\t比重(%)\n质量\t3120\t41.60\n售后服务\t2250\t30.00\n"
        "合同\t1380\t18.40\n其他\t750\t10.00\n合计\t7500\t100.00\n",
        [
            ("sum", "consistent", ("7500", "3120", "2250", "1380", "750")),
            ("part_rate", "consistent", ("7500", "3120", "41.60")),
            ("part_rate", "consistent", ("7500", "750", "10.00")),
            ("sum", "consistent", ("100.00", "41.60", "30.00", "18.40", "10.00")),
        ],
    ),
    Case(
        "a column of rates beside the counts is no column of shares",
        "单位:件\n法院\t受理\t审结\t结案率(%)\n东区法院\t4200\t4012\t95.52\n西区法院\t3100\t2950\t95.16\n"
        "合计\t7300\t6962\t95.37\n",
        [("sum", "consistent", ("7300", "4200", "3100"))],
        (("part_rate", ("6962", "4012", "95.52")),),
    ),
    # --- grades, ratios said as 比值, growth against an earlier stretch's ---------------------------------------------
    Case(
        "files graded after the count checked: the grades add up, and a pass rate that counts the excellent too",
        "抽查行政执法案卷280卷,评为优秀的96卷、合格的171卷、不合格的13卷,案卷合格率(含优秀)95.4%。",
        [
            ("sum", "consistent", ("280卷", "96卷", "171卷", "13卷")),
            ("part_rate", "consistent", ("280卷", "96卷", "171卷", "95.4%")),
        ],
    ),
    Case(
        "an income ratio said as 比值",
        "城镇居民人均可支配收入38640元,农村居民人均可支配收入19870元,城乡居民人均收入比值为1.94。",
        [("part_rate", "consistent", ("19870元", "38640元", "1.94"))],
    ),
    Case(
        "growth against the growth of an earlier stretch, the points between them",
        "规模以上工业增加值增长8.1%,增速比一季度的7.2%加快0.9个百分点。",
        [("point_change", "consistent", ("7.2%", "8.1%", "0.9个百分点"))],
    ),
    # --- more false alarms the out-of-sample rounds found ----------------------------------------------------------
    Case(
        "kinds of bank named after town and country are no town-and-country partition",
        "年末全区共有银行业金融机构31家,其中城市商业银行6家、农村商业银行4家、村镇银行3家。",
        [("subset", "consistent", ("31家", "6家", "4家", "3家"))],
    ),
    Case(
        "the plan a revenue is a share of is no earlier value of the revenue",
        "全市一般公共预算收入312.40亿元,为年初预算300.0亿元的104.1%,比上年的281.65亿元增长10.9%。",
        [
            ("part_rate", "consistent", ("300.0亿元", "312.40亿元", "104.1%")),
            ("change_rate", "consistent", ("281.65亿元", "312.40亿元", "10.9%")),
        ],
        (("change_rate", ("281.65亿元", "300.0亿元", "10.9%")),),
    ),
    Case(
        "a whole named twice with two values: the share may be of either",
        "单位:万元\n项目\t营业收入\n合计\t1,186,420.35\n报告期内,公司实现营业收入120.45亿元,"
        "研发费用2.21亿元,占营业收入比例为1.83%。",
        [("part_rate", "consistent", ("120.45亿元", "2.21亿元", "1.83%"))],
    ),
    Case(
        "a table's rate column over the row's intake and the column the rate names (结案 of 审结), the total row too",
        "单位:件\n法院\t受理\t审结\t结案率(%)\n东区法院\t3600\t3452\t95.89\n西区法院\t2800\t2671\t95.39\n"
        "合计\t6400\t6123\t95.67\n",
        [
            ("part_rate", "consistent", ("3600", "3452", "95.89")),
            ("part_rate", "consistent", ("2800", "2671", "95.39")),
            ("part_rate", "consistent", ("6400", "6123", "95.67")),
        ],
    ),
    Case(
        "a scope whose name holds a note in brackets, the one figure within it and its share",
        "全市15个街道（乡镇）中,有12个实现信访积案清零,占80.0%。",
        [("subset", "consistent", ("15个", "12个")), ("part_rate", "consistent", ("15个", "12个", "80.0%"))],
    ),
    Case(
        "the year before's rate in brackets after 较上年",
        "政策范围内住院费用报销比例达到68.9%,较上年(67.7%)提高1.2个百分点。",
        [("point_change", "consistent", ("67.7%", "68.9%", "1.2个百分点"))],
    ),
    Case(
        "a rate of the complaints closed over the complaints counted in the sentence before",
        "其中,投诉26,480件,举报7,312件,咨询11,205件。全年办结投诉26,105件,办结率98.6%。",
        [("part_rate", "consistent", ("26,480件", "26,105件", "98.6%"))],
    ),
    Case(
        "work orders passed on are the intake of the ones closed on time",
        "承办热线转办工单12680件,按期办结12642件,按期办结率99.70%。",
        [("part_rate", "consistent", ("12680件", "12642件", "99.70%"))],
    ),
    Case(
        "a count split into those who have a thing and those who have not",
        "全局在职民警1108名,取得执法资格的1079名,未取得资格的29名。",
        [("sum", "consistent", ("1108名", "1079名", "29名"))],
    ),
    Case(
        "a graded list is no split of its first grade",
        "抽查案卷300卷,评出优秀案卷48卷、合格案卷236卷、不合格案卷16卷,合格率94.7%。",
        [("sum", "consistent", ("300卷", "48卷", "236卷", "16卷"))],
        (("sum", ("48卷", "236卷", "16卷")),),
    ),
    Case(
        "the cases closed (已审结) of a count stated before, with no verb of intake",
        "全年发生行政诉讼案件48件,已审结42件,其中败诉3件。",
        [("subset", "consistent", ("48件", "42件"))],
    ),
    Case(
        "a budget table's total column is the sum of the cells after it on each row, an empty one counting nothing",
        "单位:万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n205\t教育支出\t12480.50\t10215.30\t2265.20\n"
        "208\t社会保障和就业支出\t1322.60\t1322.60\t\n210\t卫生健康支出\t487.40\t351.20\t136.20\n",
        [
            ("sum", "consistent", ("12480.50", "10215.30", "2265.20")),
            ("sum", "consistent", ("487.40", "351.20", "136.20")),
        ],
    ),
    Case(
        "such a row that does not add up is inconsistent",
        "单位:万元\n科目名称\t合计\t基本支出\t项目支出\n教育支出\t12480.50\t10215.30\t2256.20\n",
        [("sum", "inconsistent", ("12480.50", "10215.30", "2256.20"))],
    ),
    Case(
        "a table's gross margin is what the cost leaves of the income, row by row",
        "单位:万元\n分产品 | 营业收入 | 营业成本 | 毛利率(%)\n甲产品 | 86,420.50 | 52,318.20 | 39.46\n"
        "乙产品 | 31,205.80 | 24,610.35 | 24.14\n",
        [
            ("part_rate", "consistent", ("86,420.50", "52,318.20", "39.46")),
            ("part_rate", "inconsistent", ("31,205.80", "24,610.35", "24.14")),
        ],
    ),
    Case(
        "the profit of industry over its income",
        "规模以上工业企业实现营业收入2316.40亿元,利润总额128.52亿元,营业收入利润率为5.55%。",
        [("part_rate", "consistent", ("2316.40亿元", "128.52亿元", "5.55%"))],
    ),
    Case(
        "loans over deposits, the totals and not a kind of either",
        "年末金融机构本外币各项存款余额962.40亿元,其中住户存款余额611.25亿元;各项贷款余额735.18亿元,"
        "其中普惠小微贷款余额118.60亿元。年末存贷比为76.4%。",
        [("part_rate", "consistent", ("962.40亿元", "735.18亿元", "76.4%"))],
        (("part_rate", ("611.25亿元", "118.60亿元", "76.4%")),),
    ),
    Case(
        "food over all spending is the Engel coefficient, spending over income the propensity to consume",
        "全年居民人均可支配收入41250元,人均消费支出27860元,平均消费倾向为67.5%。其中,人均食品烟酒消费支出"
        "8215元,恩格尔系数为29.5%。",
        [
            ("part_rate", "consistent", ("41250元", "27860元", "67.5%")),
            ("part_rate", "consistent", ("27860元", "8215元", "29.5%")),
        ],
    ),
    Case(
        "next year's planned revenue grows over this year's outcome of the same name, stated chapters before",
        "一、2024年预算执行情况\n全县一般公共预算收入15.20亿元,增长6.1%。\n二、2025年预算草案\n"
        "2025年全县一般公共预算收入预计15.96亿元,增长5.0%。",
        [("change_rate", "consistent", ("15.20亿元", "15.96亿元", "5.0%"))],
    ),
    Case(
        "such a plan that misses is no proof: the text does not say which outcome it grows from",
        "一、2024年预算执行情况\n全县一般公共预算收入15.20亿元,增长6.1%。\n二、2025年预算草案\n"
        "2025年全县一般公共预算收入预计15.96亿元,增长7.0%。",
        [("change_rate", "unverifiable", ("15.20亿元", "15.96亿元", "7.0%"))],
    ),
    # --- lists by a dimension with a 其中 inside an item, and counted series -------------------------------------
    Case(
        "the users of electricity add up to the whole though the second industry lists its industry after 其中",
        "全年全社会用电量420.5亿千瓦时,增长6.2%。分产业看,第一产业用电量5.1亿千瓦时；第二产业用电量280.4亿千瓦时,"
        "其中工业用电量275.0亿千瓦时；第三产业用电量70.2亿千瓦时；城乡居民生活用电量64.8亿千瓦时。",
        [
            ("sum", "consistent", ("420.5亿千瓦时", "5.1亿千瓦时", "280.4亿千瓦时", "70.2亿千瓦时", "64.8亿千瓦时")),
            ("subset", "consistent", ("280.4亿千瓦时", "275.0亿千瓦时")),
        ],
    ),
    Case(
        "a series that says it has three members, then their figures in turn, makes up the headline before it",
        "全年实现地区生产总值1250.6亿元,增长5.8%。三次产业增加值分别为95.2亿元、480.3亿元和665.1亿元。",
        [("sum", "inconsistent", ("1250.6亿元", "95.2亿元", "480.3亿元", "665.1亿元"))],
    ),
    Case(
        "an item of a 其中 list past a ；is no base of the rate of the next item",
        "从商品结构看,机电产品出口3010.2亿元,增长11.5%,占出口总额的58.8%,其中光伏组件、储能电池、电动汽车"
        "“新三样”产品合计出口352.7亿元,增长21.0%;劳动密集型产品出口737.4亿元,下降1.5%,占14.4%。",
        [("subset", "consistent", ("3010.2亿元", "352.7亿元"))],
        (("part_rate", ("352.7亿元", "737.4亿元", "14.4%")),),
    ),
    # --- a table under the sentence that states its total, and what follows it --------------------------------
    Case(
        "a table's rows add up to the total the sentence above states, and its share column is of that total",
        "全区各执法部门全年共办理执法事项8460件。按事项类别分:\n类别 | 件数(件) | 占比(%)\n"
        "许可审批 | 5210 | 61.6\n行政检查 | 2380 | 28.1\n行政处罚 | 870 | 10.3\n"
        "行政处罚案件较上年减少95件,下降9.8%。",
        [
            ("sum", "consistent", ("8460件", "5210", "2380", "870")),
            ("part_rate", "consistent", ("8460件", "5210", "61.6")),
            ("part_rate", "consistent", ("8460件", "2380", "28.1")),
            ("part_rate", "consistent", ("8460件", "870", "10.3")),
            ("sum", "consistent", ("61.6", "28.1", "10.3")),
            ("change_rate", "consistent", ("870", "95件", "9.8%")),
        ],
    ),
    Case(
        "a table of what was closed under a sentence that counts what came in: its shares are of no stated total",
        "全年共收到复议申请150件。已审结案件按被申请人分布如下:\n被申请人 | 审结数 | 占比\n"
        "区公安分局 | 52 | 37.7%\n区市场监管局 | 46 | 33.3%\n其他部门 | 40 | 29.0%",
        [],
        (("part_rate", ("150件", "52", "37.7%")),),
    ),
    # --- grades of an assessment stated a sentence after the count assessed -----------------------------------
    Case(
        "the grades part the files checked the sentence before; a pass rate that counts the best grade is wrong",
        "市司法局组织集中评查,共抽查执法案卷380卷。评查结果:优秀84卷,合格270卷,不合格26卷。"
        "案卷合格率(含优秀)为95.3%;优秀率22.1%。",
        [
            ("sum", "consistent", ("380卷", "84卷", "270卷", "26卷")),
            ("part_rate", "inconsistent", ("380卷", "84卷", "270卷", "95.3%")),
            ("part_rate", "consistent", ("380卷", "84卷", "22.1%")),
        ],
    ),
    Case(
        "grades in the sentence after the count, with their rates beside them",
        "全年抽查行政许可卷宗250卷。经评查,优秀61卷,合格175卷,不合格14卷,合格率94.4%。",
        [
            ("sum", "consistent", ("250卷", "61卷", "175卷", "14卷")),
            ("part_rate", "consistent", ("250卷", "61卷", "175卷", "94.4%")),
        ],
    ),
    Case(
        "a rate that opens its sentence is of the item its name echoes in the list before, not for sure",
        "全年受理劳动争议案件2140件,其中调解结案812件。调解率37.9%。",
        [("part_rate", "consistent", ("2140件", "812件", "37.9%"))],
    ),
    # --- tables of counts and their rates, the year before beside them -----------------------------------------
    Case(
        "a rate column named for what one count column adds to another's name, on rows set apart by single spaces",
        "表2 各县监测点达标情况\n县别 点位数 达标点位数 达标比例\n安平县 12 11 91.7\n"
        "临川县 9 9 100\n合计 21 20 95.2",
        [
            ("part_rate", "consistent", ("12", "11", "91.7")),
            ("part_rate", "consistent", ("9", "9", "100")),
            ("part_rate", "consistent", ("21", "20", "95.2")),
            ("sum", "consistent", ("21", "12", "9")),
            ("sum", "consistent", ("20", "11", "9")),
        ],
    ),
    Case(
        "a column of the year before alone is of the column before it, and the change column between them",
        "各类案件收结情况(单位:件):\n案件类别 | 受理 | 上年同期 | 同比\n刑事 | 412 | 388 | 6.19%\n"
        "民事 | 1530 | 1602 | -4.49%",
        [
            ("change_rate", "consistent", ("388", "412", "6.19%")),
            ("change_rate", "consistent", ("1602", "1530", "-4.49%")),
        ],
    ),
    # --- groups that cut across a list, and wholes narrower than a list's head ----------------------------------
    Case(
        "pupils of migrant workers, counted after the school levels, are across them: no third level of the sum",
        "全市义务教育阶段在校生64.80万人。其中,小学在校生43.52万人,初中在校生21.28万人。"
        "进城务工人员随迁子女在校生5.36万人,占义务教育在校生总数的8.27%。",
        [
            ("sum", "consistent", ("64.80万人", "43.52万人", "21.28万人")),
            ("part_rate", "consistent", ("64.80万人", "5.36万人", "8.27%")),
        ],
    ),
    Case(
        "a share of the teachers of one stage is not for sure of all the teachers the list under a heading is of",
        "三、教师队伍建设\n全市各级各类学校共有专任教师6.12万人,比上年增加0.10万人,增长1.66%。其中,女专任教师"
        "4.30万人,占70.26%。\n专任教师学历合格率进一步提升,小学、初中、普通高中分别为100%、99.95%和98.80%。"
        "普通高中专任教师中,具有研究生学历的0.15万人,占普通高中专任教师的比重为22.4%。"
        "具有高级职称的专任教师1.06万人,比上年增长3.2%。",
        [("part_rate", "unverifiable", ("6.12万人", "0.15万人", "22.4%"))],
    ),
    # --- rates set against others, and refusals past a ；-----------------------------------------------------
    Case(
        "a refusal rate is over the prosecutions and the refusals together, the prosecutions past what is said of them",
        "全年受理审查起诉3410人,起诉2680人,同比下降4.1%；决定不起诉612人,不诉率18.6%。",
        [("part_rate", "consistent", ("2680人", "612人", "18.6%"))],
    ),
    Case(
        "the earlier value of a share is no earlier growth rate of the figure beside it",
        "研发投入合计较上年同期的2.40亿元增长15.00%,占营业收入的比例由上年的5.10%提高0.40个百分点。",
        [],
        (("point_change", ("5.10%", "15.00%", "0.40个百分点")),),
    ),
    Case(
        "a rate set against the town residents' is not the country residents' own nominal rate",
        "全县农村常住居民人均可支配收入21450元,比上年增加1310元,名义增长6.5%,扣除价格因素实际增长6.1%,"
        "增速高于全县城镇常住居民2.0个百分点。",
        [],
        (("point_change", ("6.5%", "6.1%", "2.0个百分点")),),
    ),
    # --- complete pairs of a budget, rates named the other way round, a table's shares of the headline ----------
    Case(
        "a unit's spending is what keeps it running and its projects: parts that miss the whole are a mismatch",
        "本年财政拨款支出3,612.40万元,其中:基本支出1,508.26万元,项目支出2,086.14万元。",
        [("sum", "inconsistent", ("3,612.40万元", "1,508.26万元", "2,086.14万元"))],
    ),
    Case(
        "a rate named for its object and then its verb is of the count named the other way round",
        "全县纳入防返贫监测对象580户1862人,已消除风险463户,风险消除率80.5%。",
        [("part_rate", "inconsistent", ("580户", "463户", "80.5%"))],
    ),
    Case(
        "the share cells of a table of the top kinds are of the report's headline total, though not for sure",
        "一、总体情况\n全年热线共受理各类诉求42.60万件。\n三、诉求热点\n诉求量居前三位的事项如下:\n"
        "排名 | 诉求事项 | 件数 | 占比\n1 | 住房物业 | 51,120 | 12.0%\n2 | 交通出行 | 42,600 | 10.0%\n"
        "3 | 劳动社保 | 38,340 | 9.5%",
        [
            ("part_rate", "consistent", ("42.60万件", "51,120", "12.0%")),
            ("part_rate", "consistent", ("42.60万件", "42,600", "10.0%")),
            ("part_rate", "unverifiable", ("42.60万件", "38,340", "9.5%")),
        ],
    ),
    Case(
        "shares of the people prosecuted are of 提起公诉, not of the intake nor of those not prosecuted",
        "全年受理审查起诉3120件4380人,审结2960件4105人。其中,提起公诉2210件3160人,决定不起诉945人。"
        "从起诉罪名看,危险驾驶罪790人、盗窃罪412人,分别占起诉总人数的25.0%、13.0%。",
        [
            ("part_rate", "consistent", ("3160人", "790人", "25.0%")),
            ("part_rate", "consistent", ("3160人", "412人", "13.0%")),
        ],
    ),
    Case(
        "a nominal growth beside a real one is checked against the amounts; the real one is not",
        "全县农村居民人均可支配收入21850元,比上年增加1320元,增长6.4%,扣除价格因素实际增长6.0%。",
        [("change_rate", "consistent", ("21850元", "1320元", "6.4%"))],
    ),
    Case(
        "a rate said to be nominal is nominal whatever real term stands in its group",
        "城镇居民人均可支配收入48620元,比上年增加2210元,名义增长4.8%,扣除价格因素实际增长4.5%。",
        [("change_rate", "consistent", ("48620元", "2210元", "4.8%"))],
    ),
    Case(
        "the four sources of income stated one by one, then their shares of the whole by name",
        "全年全县农村居民人均可支配收入21000元,比上年增长6.5%。\n(一)人均工资性收入9030元,增长7.1%。\n"
        "(二)人均经营净收入6300元,增长4.2%。其中,第一产业经营净收入4100元。\n(三)人均财产净收入420元。\n"
        "(四)人均转移净收入5250元。\n从收入构成看,工资性收入、经营净收入、财产净收入、转移净收入占可支配收入的比重"
        "分别为43.0%、30.0%、2.0%和25.0%。",
        [
            ("part_rate", "consistent", ("21000元", "9030元", "43.0%")),
            ("part_rate", "consistent", ("21000元", "6300元", "30.0%")),
            ("part_rate", "consistent", ("21000元", "420元", "2.0%")),
            ("part_rate", "consistent", ("21000元", "5250元", "25.0%")),
            ("sum", "consistent", ("21000元", "9030元", "6300元", "420元", "5250元")),
        ],
    ),
    Case(
        "kinds listed under a heading that names the dimension, and two channels whose shares make 100, add up to "
        "the report's headline of all kinds, not to the first figure of the chapter before",
        "全年共受理各类诉求500,000件。\n一、受理渠道\n全年受理来电400,000件,占80.0%;网络渠道受理100,000件,占20.0%。"
        "\n二、诉求构成\n(一)按诉求性质。\n咨询类250,000件、求助类120,000件、投诉类100,000件、建议类20,000件,"
        "举报及其他类10,000件。投诉类与求助类合计220,000件。",
        [
            ("sum", "consistent", ("500,000件", "400,000件", "100,000件")),
            ("sum", "consistent", ("500,000件", "250,000件", "120,000件", "100,000件", "20,000件", "10,000件")),
            ("sum", "consistent", ("220,000件", "120,000件", "100,000件")),
        ],
    ),
    # --- a ratio per 100 of its second side ---------------------------------------------------------------------
    Case(
        "the sex ratio is men per 100 women, the 100 said in a bracket",
        "年末常住人口中,男性人口312.6万人,女性人口301.9万人,总人口性别比为103.54(以女性为100)。",
        [("part_rate", "consistent", ("301.9万人", "312.6万人", "103.54"))],
    ),
    Case(
        "a sex ratio stated in the next sentence that the counts do not give",
        "全市户籍人口中,男性48.30万人,女性46.12万人。户籍人口性别比为106.2。",
        [("part_rate", "inconsistent", ("46.12万人", "48.30万人", "106.2"))],
    ),
    Case(
        "the sex ratio at birth is of births, not of the population counted before it",
        "全市常住人口中,男性人口312.6万人,女性人口301.9万人。出生人口性别比为108.3。",
        [],
        (("part_rate", ("301.9万人", "312.6万人", "108.3")),),
    ),
    Case(
        "a share names its whole in words the figure's name holds in order, with words between (仲裁立案数 of "
        "仲裁机构立案受理)",
        "全市各级调解组织和仲裁机构共处理劳动争议案件6120件,其中,仲裁机构立案受理2418件。\n三、争议类型构成\n"
        "从争议类型看,劳动报酬争议1209件,占仲裁立案数的50.0%;解除劳动合同争议604件,占25.0%;其他争议605件,占25.0%。",
        [
            ("subset", "consistent", ("6120件", "2418件")),
            ("part_rate", "consistent", ("2418件", "1209件", "50.0%")),
            ("part_rate", "consistent", ("2418件", "604件", "25.0%")),
            ("part_rate", "consistent", ("2418件", "605件", "25.0%")),
            ("sum", "consistent", ("2418件", "1209件", "604件", "605件")),
            ("sum", "consistent", ("50.0%", "25.0%", "25.0%")),
        ],
    ),
    Case(
        "an average per visit (次均) is the total spent over the visits stated before it",
        "全年出院患者12.6万人次,发生住院费用13.23亿元,次均住院费用10500元。",
        [("part_rate", "consistent", ("12.6万人次", "13.23亿元", "10500元"))],
    ),
    Case(
        "the visits an average is of are the whole a 其中 part before a ； is listed of, when the total follows the ；",
        "全年实施临时救助4200人次,其中对外地户籍对象实施救助180人次;支出临时救助资金756万元,次均救助水平1800元。",
        [
            ("subset", "consistent", ("4200人次", "180人次")),
            ("part_rate", "consistent", ("4200人次", "756万元", "1800元")),
        ],
    ),
    Case(
        "a satisfaction rate after a count of the answers a survey got is some k of them",
        "开展满意度回访2150户次,回访满意率98.6%。\n本次回收有效问卷1,208份。\n调查显示,总体满意度为95.12%,"
        "其中“很满意”占43.05%。",
        [
            ("grim", "consistent", ("2150户次", "98.6%")),
            ("grim", "consistent", ("1,208份", "95.12%")),
            ("grim", "consistent", ("1,208份", "43.05%")),
        ],
    ),
    Case(
        "no whole count of the answers gives the rate: a miss, though never a sure one",
        "本次回收有效问卷1,208份。总体满意度为95.13%。",
        [("grim", "unverifiable", ("1,208份", "95.13%"))],
    ),
    Case(
        "what was added between the two ends of a from-to pair (新增) is its change, though written as a level",
        "城市轨道交通运营里程由上年末的286公里增至312公里,新增26公里,增长9.1%。省级文明村由上年的42个增加到50个,"
        "全年新增9个。",
        [
            ("diff", "consistent", ("286公里", "26公里", "312公里")),
            ("change_rate", "consistent", ("286公里", "312公里", "9.1%")),
            ("diff", "inconsistent", ("42个", "9个", "50个")),
        ],
    ),
    Case(
        "a class of graduates before (比2023届, 较上届) is the earlier value of a rate, as a year before is",
        "毕业去向落实率91.26%,比2023届的89.80%提高1.46个百分点。升学率为18.40%,较上届的17.95%提高0.45个百分点。",
        [
            ("point_change", "consistent", ("89.80%", "91.26%", "1.46个百分点")),
            ("point_change", "consistent", ("17.95%", "18.40%", "0.45个百分点")),
        ],
    ),
    Case(
        "a share named by what it is (比重) against last year's is the same share",
        "铁路客运量6120万人,占营业性客运量的38.2%,比重较上年的35.9%提高2.3个百分点。",
        [("point_change", "consistent", ("35.9%", "38.2%", "2.3个百分点"))],
    ),
    Case(
        "the share of items named together (A和B合计占…), or of the run just listed (分别…,合计占…), is of their sum",
        "其中,税收收入210.00亿元。分税种看,国内增值税84.00亿元,占税收收入的40.0%;企业所得税42.00亿元,占20.0%。"
        "增值税和企业所得税合计占税收收入的比重达到60.0%。非税收入三项分别完成12.5亿元、8.3亿元和4.2亿元,"
        "合计占税收收入的11.9%。",
        [
            ("part_rate", "consistent", ("210.00亿元", "84.00亿元", "40.0%")),
            ("part_rate", "consistent", ("210.00亿元", "42.00亿元", "20.0%")),
            ("part_rate", "consistent", ("210.00亿元", "84.00亿元", "42.00亿元", "60.0%")),
            ("part_rate", "consistent", ("210.00亿元", "12.5亿元", "8.3亿元", "4.2亿元", "11.9%")),
        ],
    ),
    Case(
        "a whole named as a total (接待游客总数) in words other figures hold in order is the largest of them",
        "全年全市接待国内外游客2400.0万人次。其中,接待国内游客2390.0万人次。接待入境游客10.0万人次。\n"
        "全年接待过夜游客840.0万人次,占接待游客总数的35.0%。",
        [("part_rate", "consistent", ("2400.0万人次", "840.0万人次", "35.0%"))],
    ),
    Case(
        "shares said respectively of items listed in a scope (税收收入中,…分别占) are of the figure the scope names",
        "全年组织税费收入180.00亿元。其中,税收收入完成150.00亿元,非税收入完成30.00亿元。税收收入中,增值税60.00亿元、"
        "企业所得税30.00亿元,分别占40.0%和20.0%。",
        [
            ("sum", "consistent", ("180.00亿元", "150.00亿元", "30.00亿元")),
            ("part_rate", "consistent", ("150.00亿元", "60.00亿元", "40.0%")),
            ("part_rate", "consistent", ("150.00亿元", "30.00亿元", "20.0%")),
        ],
    ),
    Case(
        "a rate named by a way and a verb (非接触式办税率) counts the figure named by both (非接触式渠道办理)",
        "全年办理各类涉税事项820.0万笔,其中通过电子税务局等非接触式渠道办理787.2万笔,非接触式办税率达96.0%。",
        [
            ("subset", "consistent", ("820.0万笔", "787.2万笔")),
            ("part_rate", "consistent", ("820.0万笔", "787.2万笔", "96.0%")),
        ],
    ),
    Case(
        "a share of a whole no figure is named for, after a 其中 part, is of the whole the part is listed in when their"
        " names share a word",
        "以裁决方式结案850件,其中适用终局裁决340件,占裁决案件的40.0%。",
        [("subset", "consistent", ("850件", "340件")), ("part_rate", "consistent", ("850件", "340件", "40.0%"))],
    ),
    Case(
        "last year's figures said together (上年分别为A、B) are earlier values, no whole of this year's shares",
        "全年共登记信访事项12000件次、18000人次,上年分别为12500件次、19000人次,件次、人次分别下降4.0%和5.3%。"
        "从渠道看,网上信访7800件次,占信访总量的65.0%。",
        [
            ("change_rate", "consistent", ("12500件次", "12000件次", "4.0%")),
            ("change_rate", "consistent", ("19000人次", "18000人次", "5.3%")),
            ("part_rate", "consistent", ("12000件次", "7800件次", "65.0%")),
        ],
    ),
    Case(
        "figures each with its own name (7起、死亡2人), their earlier values said together, the changes in order",
        "全年发生生产安全事故7起、死亡2人,上年分别为10起、3人,分别下降30%和33.3%。",
        [
            ("change_rate", "consistent", ("10起", "7起", "30%")),
            ("change_rate", "consistent", ("3人", "2人", "33.3%")),
        ],
    ),
    Case(
        "two figures of one case count (318件692人) against last year's pair, the rates respectively after them",
        "共受理审查起诉案件318件692人,较上年的286件、598人分别上升11.2%和15.7%。",
        [
            ("change_rate", "consistent", ("286件", "318件", "11.2%")),
            ("change_rate", "consistent", ("598人", "692人", "15.7%")),
        ],
    ),
    Case(
        "a whole split into kinds (分为…三类) whose figures follow 分别为 is all of them; a bare 分别 after two wholes"
        " is no list",
        "全县注册志愿者3862名,分为青少年、社区、专业救护三类,分别为1254名、1730名、846名。"
        "城乡居民人均可支配收入分别达到45000元和21000元。",
        [("sum", "inconsistent", ("3862名", "1254名", "1730名", "846名"))],
    ),
    Case(
        "rows set in under a 其中 row of a table with bars are its parts; 现场 and 远程 are all the ways of a service",
        "指标｜单位｜数值\n利用人次｜万人次｜4.20\n其中：现场查档｜万人次｜2.50\n　　　远程查档｜万人次｜1.60\n"
        "出具证明｜万份｜2.94\n",
        [("sum", "inconsistent", ("4.20", "2.50", "1.60"))],
    ),
    Case(
        "the grades an appraisal gave (评价结果为“优”的35个,…) are all of what it appraised",
        "组织对专项债券项目开展绩效评价,抽评项目58个,评价结果为“优”的35个,“良”的19个,“中”的5个。",
        [("sum", "inconsistent", ("58个", "35个", "19个", "5个"))],
    ),
    Case(
        "the lines below a sentence that ends in 如下: are kinds of its figure, each by its first figure named like it;"
        " all of them when the last names the rest",
        "全年主要海洋产业增加值1000亿元,比上年增长7.0%。各产业发展情况如下:\n海洋交通运输业稳中有升,全年实现增加值400亿元,"
        "增长5.8%。\n滨海旅游业持续回暖,实现增加值300亿元,增长9.6%。\n海洋渔业总体平稳,实现增加值200亿元。\n"
        "其他主要海洋产业实现增加值110亿元。\n二、海洋科技\n全年新增海洋科技项目86个。",
        [("sum", "inconsistent", ("1000亿元", "400亿元", "300亿元", "200亿元", "110亿元"))],
    ),
    Case(
        "a total named after kinds whose names end with its own (电话用户总数 after 移动电话用户, 固定电话用户) sums"
        " them; a total reckoned otherwise (按…折半计算) does not",
        "全市移动电话用户768.3万户,固定电话用户54.7万户,电话用户总数达到813.0万户。"
        "学校现有专任教师1865人,外聘教师214人,按专任教师加外聘教师折半计算,教师总数为1972人。",
        [("sum", "inconsistent", ("813.0万户", "768.3万户", "54.7万户"))],
    ),
    Case(
        "a respective list of changes whose earlier values are one too few pairs nothing",
        "全年发生火灾事故12起、死亡1人、受伤4人,上年分别为15起、2人,分别下降20%和50%。",
        [],
        (("change_rate", ("15起", "12起", "20%")),),
    ),
    Case(
        "a bare share after an item said in two measures is of its figure in the measure of the whole named before",
        "全年登记信访事项10000件次。从渠道看,网上信访6500件次,占信访总量的65.0%;来访2300件次、5100人次,占23.0%。",
        [
            ("part_rate", "consistent", ("10000件次", "6500件次", "65.0%")),
            ("part_rate", "consistent", ("10000件次", "2300件次", "23.0%")),
        ],
    ),
    Case(
        "a chapter headed by its dimension (分行业领域情况) lists kinds of the totals before, each in two measures",
        "一、总体情况\n全市共发生生产安全事故90起,死亡70人。\n二、分行业领域情况\n道路运输领域发生事故50起、死亡40人;"
        "工矿商贸领域发生事故30起、死亡24人;火灾事故10起、死亡6人。",
        [
            ("sum", "consistent", ("90起", "50起", "30起", "10起")),
            ("sum", "consistent", ("70人", "40人", "24人", "6人")),
        ],
    ),
    Case(
        "a chapter headed 按…分 lists kinds of the total the chapter before states",
        "一、总体情况\n全年共登记技术合同900项。\n二、按合同类型分\n技术开发合同400项;技术服务合同300项;"
        "技术转让合同120项;技术咨询合同80项。",
        [("sum", "consistent", ("900项", "400项", "300项", "120项", "80项"))],
    ),
    Case(
        "a kind's share named by the kind (涉外类) is of the figure so named; the visits said after a count are asked",
        "全市共办理公证事项20000件。按类别分,国内民事公证12000件,经济类公证3000件,涉外及涉港澳台公证5000件,"
        "涉外类占公证总量的25.0%。全年对1240户低保家庭开展入户回访,群众满意率97.5%。",
        [
            ("part_rate", "consistent", ("20000件", "5000件", "25.0%")),
            ("grim", "consistent", ("1240户", "97.5%")),
        ],
    ),
    Case(
        "shares of the items the sentence before lists, referred to as a group (三者, 上述三项), in their order",
        "全市快递服务企业业务量完成20.00亿件。分业务类型看,同城、异地、国际快递业务量分别为4.00亿件、15.00亿件和"
        "1.00亿件。三者占全部快递业务量的比重依次为20.0%、75.0%和5.0%。",
        [
            ("part_rate", "consistent", ("20.00亿件", "4.00亿件", "20.0%")),
            ("part_rate", "consistent", ("20.00亿件", "15.00亿件", "75.0%")),
            ("part_rate", "consistent", ("20.00亿件", "1.00亿件", "5.0%")),
        ],
    ),
    Case(
        "a share so referred to that misses its item is a sure error",
        "全市快递服务企业业务量完成20.00亿件。分业务类型看,同城、异地、国际快递业务量分别为4.00亿件、15.00亿件和"
        "1.00亿件。三者占全部快递业务量的比重依次为20.0%、73.0%和5.0%。",
        [
            ("part_rate", "consistent", ("20.00亿件", "4.00亿件", "20.0%")),
            ("part_rate", "inconsistent", ("20.00亿件", "15.00亿件", "73.0%")),
            ("part_rate", "consistent", ("20.00亿件", "1.00亿件", "5.0%")),
        ],
    ),
    Case(
        "a rate of saving is the saving over the budget before it; a tender's ceiling price is its budget",
        "采购预算金额50.00亿元,节约财政资金2.50亿元,节资率5.0%。招标控制价合计200.00亿元,中标价合计190.00亿元,"
        "节约资金10.00亿元,节资率5.0%。政府采购预算金额80.00亿元,节约资金4.00亿元,节资率6.2%。",
        [
            ("part_rate", "consistent", ("50.00亿元", "2.50亿元", "5.0%")),
            ("diff", "consistent", ("200.00亿元", "10.00亿元", "190.00亿元")),
            ("change_rate", "consistent", ("200.00亿元", "190.00亿元", "5.0%")),
            ("part_rate", "inconsistent", ("80.00亿元", "4.00亿元", "6.2%")),
        ],
    ),
    Case(
        "shares of the items listed before a group reference in the same sentence (三类…占比分别为)",
        "全市律师事务所总数达到200家。其中合伙制律师事务所160家,个人律师事务所30家,国资律师事务所10家,"
        "三类律师事务所占比分别为80.0%、15.0%和5.0%。",
        [
            ("sum", "consistent", ("200家", "160家", "30家", "10家")),
            ("part_rate", "consistent", ("200家", "160家", "80.0%")),
            ("part_rate", "consistent", ("200家", "30家", "15.0%")),
            ("part_rate", "consistent", ("200家", "10家", "5.0%")),
        ],
    ),
    Case(
        "a share naming its part by what and how it counts (事故起数) is of that part, over its list's whole",
        "全市共发生生产安全事故80起,死亡60人。从行业领域看:道路运输事故48起、死亡36人,事故起数占全市总数的60.0%,"
        "死亡人数占60.0%;工矿商贸事故32起、死亡24人。",
        [
            ("part_rate", "consistent", ("80起", "48起", "60.0%")),
            ("part_rate", "consistent", ("60人", "36人", "60.0%")),
        ],
    ),
    Case(
        "one item in two measures, said respectively to be shares of a whole named generically: each of its own total",
        "全区共发生事故20起,死亡16人。道路运输领域事故15起、死亡12人,分别占全区总数的75.0%和75.0%。",
        [
            ("part_rate", "consistent", ("20起", "15起", "75.0%")),
            ("part_rate", "consistent", ("16人", "12人", "75.0%")),
        ],
    ),
    Case(
        "beds per thousand old people are over the old people the text counts, any of its groups of them",
        "全市60周岁及以上老年人40.00万人,占户籍总人口的25.0%;65周岁及以上老年人30.00万人。全市养老床位总数12000张,"
        "每千名老年人拥有养老床位30.0张。",
        [("part_rate", "consistent", ("40.00万人", "12000张", "30.0张"))],
    ),
    Case(
        "beds per thousand old people in a chapter of their own: over the old people counted chapters before",
        "一、老年人口\n年末全市60周岁及以上老年人口52.40万人,占户籍总人口的23.1%。\n二、社会救助\n全年发放救助金3.2亿元。"
        "\n三、养老服务\n(一)机构养老。全市养老机构98家,养老床位16240张,其中护理型床位9102张。"
        "每千名老年人拥有养老床位31.0张。",
        [("part_rate", "consistent", ("52.40万人", "16240张", "31.0张"))],
    ),
    Case(
        "kinds named together before their shares said respectively are the items the sentence before lists, in order",
        "全市共投入R&D经费200.00亿元。分活动类型看,全市基础研究经费10.00亿元;应用研究经费20.00亿元;"
        "试验发展经费170.00亿元。基础研究、应用研究和试验发展经费所占比重分别为5.0%、10.0%和85.0%。",
        [
            ("part_rate", "consistent", ("200.00亿元", "10.00亿元", "5.0%")),
            ("part_rate", "consistent", ("200.00亿元", "20.00亿元", "10.0%")),
            ("part_rate", "consistent", ("200.00亿元", "170.00亿元", "85.0%")),
        ],
    ),
    Case(
        "a rate named for the verb alone that states its numerator (完成…,完成率)",
        "全年受理居民点单2140个,完成2056个,完成率96.1%。",
        [("part_rate", "consistent", ("2140个", "2056个", "96.1%"))],
    ),
    Case(
        "a total named as one (总量) is the base of the rate of the ones closed",
        "全年来访总量862件,同比下降6.4%;办结851件,办结率98.7%。",
        [("part_rate", "consistent", ("862件", "851件", "98.7%"))],
    ),
    Case(
        "new cases, plus those carried over after a semicolon, make the cases on hand; closed and open make them again",
        "全年新收执行案件4210件,同比下降3.2%;加上旧存385件,共受理4595件。执结4302件,结案率93.62%,年底未结293件。",
        [
            ("sum", "consistent", ("4595件", "4210件", "385件")),
            ("sum", "consistent", ("4595件", "4302件", "293件")),
            ("part_rate", "consistent", ("4595件", "4302件", "93.62%")),
        ],
    ),
    Case(
        "closed and open cases of the cases a scope names are no split of the applications before",
        "全年收到行政复议申请212件,其中予以受理186件,不予受理15件,告知11件。受理的案件中,已审结171件,尚有14件在审。",
        [("sum", "consistent", ("212件", "186件", "15件", "11件"))],
        (("sum", ("212件", "171件", "14件")),),
    ),
    Case(
        "an auction's premium is what the lots sold for over their starting price, in either order",
        "全年网络司法拍卖成交316件,成交额4.82亿元,起拍价合计4.15亿元,平均溢价率16.1%。"
        "国有建设用地挂牌起始价合计12.40亿元,成交价款14.26亿元,溢价率15.0%。",
        [
            ("change_rate", "consistent", ("4.15亿元", "4.82亿元", "16.1%")),
            ("change_rate", "consistent", ("12.40亿元", "14.26亿元", "15.0%")),
        ],
    ),
    Case(
        "a premium rate that does not follow from the two prices is inconsistent",
        "成交金额2.30亿元,较起拍价总额1.90亿元溢价25.3%。",
        [("change_rate", "inconsistent", ("1.90亿元", "2.30亿元", "25.3%"))],
    ),
    Case(
        "two screenings side by side in a 、-list: neither is the other's base",
        "全年开展宫颈癌筛查12.40万人、乳腺癌筛查11.86万人,妇女常见病筛查率达到92.8%。",
        [],
        (("part_rate", ("12.40万人", "11.86万人", "92.8%")),),
    ),
    Case(
        "the indicators not met, with their own parts after 其中: the whole is the met and the unmet alone",
        "36项指标中,已达标30项,达标率83.3%;未达标6项,其中健康领域3项、教育领域2项、环境领域1项。",
        [
            ("sum", "consistent", ("36项", "30项", "6项")),
            ("part_rate", "consistent", ("36项", "30项", "83.3%")),
        ],
        (("sum", ("36项", "30项", "6项", "3项", "2项", "1项")),),
    ),
    Case(
        "water lost and leaked are over all the water supplied, not over the water sold nor the peak day's",
        "全年供水总量3.80亿立方米,最高日供水量121.5万立方米。售水量3.21亿立方米,产销差水量0.59亿立方米,"
        "产销差率15.5%。产销差水量中,管网漏损水量0.34亿立方米,据此计算的管网漏损率为8.9%。",
        [
            ("part_rate", "consistent", ("3.80亿立方米", "0.59亿立方米", "15.5%")),
            ("part_rate", "consistent", ("3.80亿立方米", "0.34亿立方米", "8.9%")),
        ],
    ),
    Case(
        "a bank's rates of bad loans and reserves, in a chapter of their own, are over the loans of the chapter before",
        "一、总体经营情况\n贷款方面,各项贷款余额1,286.40亿元,较年初增长9.6%。\n二、资产质量\n截至报告期末,"
        "本行不良贷款余额15.18亿元,不良贷款率1.18%。贷款损失准备余额41.20亿元,贷款拨备率3.20%。",
        [
            ("part_rate", "consistent", ("1,286.40亿元", "15.18亿元", "1.18%")),
            ("part_rate", "consistent", ("1,286.40亿元", "41.20亿元", "3.20%")),
        ],
    ),
    Case(
        "such a rate that does not follow is unverifiable, not an alarm: the loans may be of another scope",
        "一、总体经营情况\n贷款方面,各项贷款余额1,286.40亿元。\n二、资产质量\n本行不良贷款余额15.18亿元,不良贷款率1.31%。",
        [("part_rate", "unverifiable", ("1,286.40亿元", "15.18亿元", "1.31%"))],
    ),
    Case(
        "rates per hundred thousand over the population a bracket after them names (以…人口…计, or it alone)",
        "全市共报告法定传染病38,210例,死亡21人,报告发病率为2,986.70/10万,报告死亡率为1.64/10万(以年末常住人口127.93万人计)。"
        "全区报告发病率为1,102.35/10万,共报告6,418例(全区常住人口58.22万人)。",
        [
            ("part_rate", "consistent", ("127.93万人", "38,210例", "2,986.70/10万")),
            ("part_rate", "consistent", ("127.93万人", "21人", "1.64/10万")),
        ],
    ),
    Case(
        "a rate per hundred thousand that does not follow from the population after it is inconsistent",
        "全年报告乙类传染病2,541例,报告发病率为337.36/10万(按全区常住人口77.62万人计算)。",
        [("part_rate", "inconsistent", ("77.62万人", "2,541例", "337.36/10万"))],
    ),
    Case(
        "a count besides the items (另有) that makes up the whole with them is the last item",
        "全年接收退役士兵158名,其中政府安排工作19名、自主就业136名,另有3名以退休方式安置。",
        [("sum", "consistent", ("158名", "19名", "136名", "3名"))],
    ),
    Case(
        "one that does not leaves the items a subset: 另有 may count what lies outside them",
        "全年接收退役士兵158名,其中政府安排工作19名、自主就业136名,另有5名以退休方式安置。",
        [("subset", "consistent", ("158名", "19名", "136名"))],
    ),
    Case(
        "the terms of a structure after the items of a list are the items' shares of its whole, in order",
        "全年政府采购合同金额52.40亿元,其中货物类12.60亿元、工程类18.30亿元、服务类21.50亿元,"
        "三类结构比为24.0:34.9:41.0。",
        [
            ("part_rate", "consistent", ("52.40亿元", "12.60亿元", "24.0")),
            ("part_rate", "consistent", ("52.40亿元", "18.30亿元", "34.9")),
            ("part_rate", "consistent", ("52.40亿元", "21.50亿元", "41.0")),
        ],
    ),
    Case(
        "a term that does not follow from its item is inconsistent",
        "接收退役士兵110名,其中自主就业97名、安排工作12名、退休供养1名,三种安置方式结构比为86.2:12.9:0.9。",
        [
            ("part_rate", "inconsistent", ("110名", "97名", "86.2")),
            ("part_rate", "inconsistent", ("110名", "12名", "12.9")),
        ],
    ),
    Case(
        "a list named by the whole said again a word shorter (新登记市场主体中 of 新登记的市场主体), its kinds named"
        " 第一…第三 in order: all of the whole, and the structure's terms its shares, not those of an earlier list",
        "上半年全区新登记的市场主体4000户,其中企业1000户、个体工商户2900户、农民专业合作社100户。\n"
        "从产业看,新登记市场主体中第一产业200户、第二产业600户、第三产业3200户,三次产业结构比为5.0:15.0:80.0。",
        [
            ("sum", "consistent", ("4000户", "1000户", "2900户", "100户")),
            ("sum", "consistent", ("4000户", "200户", "600户", "3200户")),
            ("part_rate", "consistent", ("4000户", "200户", "5.0")),
            ("part_rate", "consistent", ("4000户", "600户", "15.0")),
            ("part_rate", "consistent", ("4000户", "3200户", "80.0")),
            ("sum", "consistent", ("5.0", "15.0", "80.0")),
        ],
        (("part_rate", ("4000户", "1000户", "5.0")),),
    ),
    Case(
        "what was collected of what was due (应收…,实收…,回收率)",
        "全年应收水费9.42亿元,实收9.31亿元,水费回收率98.8%。",
        [("part_rate", "consistent", ("9.42亿元", "9.31亿元", "98.8%"))],
    ),
    Case(
        "what was done, then the target it is of (…,年度目标任务为…,完成率)",
        "全年筹集保障性租赁住房845套,年度目标任务为800套,完成率105.6%。",
        [("part_rate", "consistent", ("800套", "845套", "105.6%"))],
    ),
    Case(
        "a rate of reach over things, not people: the stock stated right before its numerator",
        "全县在保公租房2,140套,已分配入住2,087套,分配入住率97.5%;城区居民小区1,264个,已实现分类覆盖的1,198个,覆盖率94.8%。",
        [
            ("part_rate", "consistent", ("2,140套", "2,087套", "97.5%")),
            ("part_rate", "consistent", ("1,264个", "1,198个", "94.8%")),
        ],
    ),
    Case(
        "a rate of saving is the saving over the budget, past what was spent between them, and the change from it",
        "采购预算金额28,416.5万元,合同金额26,872.3万元,节约资金1,544.2万元,资金节约率5.43%。"
        "全年政府采购预算金额61.20亿元,节约资金3.18亿元,节约率5.20%。",
        [
            ("part_rate", "consistent", ("28,416.5万元", "1,544.2万元", "5.43%")),
            ("change_rate", "consistent", ("28,416.5万元", "26,872.3万元", "5.43%")),
            ("diff", "consistent", ("28,416.5万元", "1,544.2万元", "26,872.3万元")),
            ("part_rate", "consistent", ("61.20亿元", "3.18亿元", "5.20%")),
        ],
    ),
    Case(
        "the things that reached a goal are a part, not a total: their bare share is of the count before",
        "纳入监测的量化指标共64项,已达到2030年目标值的有51项,占79.7%。",
        [("part_rate", "consistent", ("64项", "51项", "79.7%"))],
    ),
    Case(
        "a rate set against the target stated after it: the points it stands above or below",
        "学前教育毛入园率93.4%,较《规划》92%的目标高出1.4个百分点;儿童肥胖率为10.6%,比目标值(不高于9%)高1.6个百分点;"
        "系统管理率88.6%,较规划90%的目标低0.5个百分点。",
        [
            ("point_change", "consistent", ("92%", "93.4%", "1.4个百分点")),
            ("point_change", "consistent", ("9%", "10.6%", "1.6个百分点")),
            ("point_change", "inconsistent", ("90%", "88.6%", "0.5个百分点")),
        ],
    ),
    Case(
        "those who took part over those who signed up; the indicators that reached their goal over those in scope",
        "组织职业技能培训,报名126人,参训118人,参训率95.2%。58项量化指标中已达到或提前达到2030年目标的47项,达标率为83.0%。",
        [
            ("part_rate", "inconsistent", ("126人", "118人", "95.2%")),
            ("part_rate", "inconsistent", ("58项", "47项", "83.0%")),
        ],
    ),
    Case(
        "two lists over the same kinds: counts that make up their whole show the kinds are all, for the area too",
        "全年拆除违法建设74宗,拆除面积1.86万平方米。分区域看,城区拆除41宗、1.02万平方米,乡镇拆除33宗、0.78万平方米。",
        [
            ("sum", "consistent", ("74宗", "41宗", "33宗")),
            ("sum", "inconsistent", ("1.86万平方米", "1.02万平方米", "0.78万平方米")),
        ],
    ),
    Case(
        "counts that fall short of their whole say nothing of the other list",
        "全年拆除违法建设80宗,拆除面积1.86万平方米。分区域看,城区拆除41宗、1.02万平方米,乡镇拆除33宗、0.78万平方米。",
        [("subset", "consistent", ("1.86万平方米", "1.02万平方米", "0.78万平方米"))],
    ),
    Case(
        "a table's rate column over the columns of what was due and what was done (应种 | 实种 | 接种率)",
        "疫苗(剂次)  应种人数  实种人数  接种率(%)\n乙肝疫苗首剂  5120  5098  99.57\n"
        "百白破疫苗第4剂  5341  5238  98.70\n",
        [
            ("part_rate", "consistent", ("5120", "5098", "99.57")),
            ("part_rate", "inconsistent", ("5341", "5238", "98.70")),
        ],
    ),
    Case(
        "not when other cells stand between what was done and the rate",
        "被评议单位　应到人数　实到人数　满意　基本满意　不满意　满意率（%）\n县教育体育局　31　30　25　5　0　83.3\n",
        [],
        (("part_rate", ("31", "30", "83.3")),),
    ),
    Case(
        "a share whose sentence opens on the part it names, of the whole it names, both stated before; 贷存比",
        "存款方面,各项存款余额1,820.40亿元。贷款方面,各项贷款余额1,364.20亿元。按产品划分,公司贷款862.50亿元,"
        "个人贷款401.30亿元,票据贴现100.40亿元。公司贷款仍是信贷投放主体,占各项贷款的63.22%。年末贷存比为74.94%。",
        [
            ("part_rate", "consistent", ("1,364.20亿元", "862.50亿元", "63.22%")),
            ("part_rate", "consistent", ("1,820.40亿元", "1,364.20亿元", "74.94%")),
        ],
    ),
    Case(
        "a share of at most its whole is of no figure smaller than its part, however named",
        "全年审结案件2205件,结案率89.5%。其中,以调解、和解方式结案1034件;适用简易程序审结1176件,占结案数的53.3%。",
        [("part_rate", "consistent", ("2205件", "1176件", "53.3%"))],
    ),
    Case(
        "a 合计 adds no quota and no intake before what was decided of it",
        "核定事业编制110名,年末实有在编人员104人,另有劳务派遣人员46人,从业人员合计150人。"
        "当事人申请撤销裁决的案件14件,经审查,法院裁定撤销2件、裁定不予执行1件,合计3件。",
        [("sum", "consistent", ("150人", "104人", "46人")), ("sum", "consistent", ("3件", "2件", "1件"))],
    ),
    Case(
        "a change set against the budget (比预算数…减少…,下降…): the rate is checked when it is of the budget",
        "“三公”经费财政拨款支出决算2.16万元,比预算数3.00万元减少0.84万元,下降28.0%。",
        [
            ("diff", "consistent", ("3.00万元", "0.84万元", "2.16万元")),
            ("change_rate", "consistent", ("3.00万元", "2.16万元", "28.0%")),
        ],
    ),
    Case(
        "a sentence that opens on the year's new ones (在新发展党员中) gives each bare share their count as its whole",
        "一、党员总量\n全市党员总数为186420名。\n四、发展党员情况\n全年共发展党员3120名。在新发展党员中,女性1262名,"
        "占40.4%;35岁及以下的2418名,占77.5%;具有大专及以上学历的2036名,占65.3%。",
        [
            ("part_rate", "consistent", ("3120名", "1262名", "40.4%")),
            ("part_rate", "consistent", ("3120名", "2418名", "77.5%")),
            ("part_rate", "consistent", ("3120名", "2036名", "65.3%")),
        ],
    ),
    Case(
        "a share naming its part and the text's total, the total chapters before: checked, not for sure",
        "一、党员总量\n全市党员总数为186420名,比上年净增2817名。\n三、党员职业构成\n工人13826名,离退休人员64849名。"
        "离退休人员占党员总数的34.8%,仍是占比最高的群体。",
        [("part_rate", "consistent", ("186420名", "64849名", "34.8%"))],
    ),
    Case(
        "a share of the place's total named short (占全市票房的) is of the largest figure so named, not a season's",
        "全年全市实现电影票房4.86亿元。暑期档票房1.21亿元,同比下降12.6%。年度票房冠军单片票房6120万元,占全市票房的12.6%。",
        [("part_rate", "consistent", ("4.86亿元", "6120万元", "12.6%"))],
    ),
    Case(
        "series complete by themselves: 党委/党总支/党支部, 养殖/捕捞; and kinds that exceed their whole",
        "全区共有基层党组织2574个,其中党委87个、党总支126个、党支部2334个。全年水产品总产量33.72万吨,其中养殖产量30.15万吨,"
        "捕捞产量3.47万吨。全市共建成服务网点312个,其中区县分馆9个、乡镇分馆87个、村流通点198个、24小时城市书房21个。",
        [
            ("sum", "inconsistent", ("2574个", "87个", "126个", "2334个")),
            ("sum", "inconsistent", ("33.72万吨", "30.15万吨", "3.47万吨")),
            ("sum", "inconsistent", ("312个", "9个", "87个", "198个", "21个")),
        ],
    ),
    Case(
        "a share of the year's new ones (占新发展党员的) is of the count named by the verb alone",
        "全年全州共发展党员5093名,较上年增长3.9%。从性别看,发展女党员2240名,占新发展党员的百分之四十四。",
        [("part_rate", "consistent", ("5093名", "2240名", "百分之四十四"))],
    ),
    Case(
        "cases closed over the intake that opens the paragraph, past the sentences that break it down",
        "全年受理法律援助案件712件。其中民事案件468件、刑事案件229件、行政案件15件。刑事案件中,通知辩护案件186件。"
        "全年结案664件,结案率93.3%。",
        [("part_rate", "consistent", ("712件", "664件", "93.3%"))],
    ),
    Case(
        "a share of a kind named by its head (建设工程类案件) over the total it names, a paragraph before",
        "全年受理仲裁案件1984件,较上年增长9.3%。\n从案件类型看,建设工程施工合同纠纷498件,买卖合同纠纷361件,"
        "其他类型纠纷1125件。建设工程类案件仍居首位,占受理总数的25.1%。",
        [("part_rate", "consistent", ("1984件", "498件", "25.1%"))],
    ),
    Case(
        "a bare share after one that names another whole than the scope goes on with that whole, not the scope",
        "2024届毕业生共3,371人。在毕业去向落实的3,024人中:升学1,362人,占毕业生总数的40.4%;签订就业协议1,417人,占42.0%。",
        [
            ("part_rate", "consistent", ("3,371人", "1,362人", "40.4%")),
            ("part_rate", "consistent", ("3,371人", "1,417人", "42.0%")),
        ],
        (("part_rate", ("3,024人", "1,417人", "42.0%")),),
    ),
    Case(
        "staff engaged besides (另聘请) are beside the 其中 list, and a total 折合 after them is none of its items",
        "学校有教职工1,874人,其中专任教师1,236人;另聘请校外兼职教师214人,按0.5系数折算后,全校折合教师总数为1,343人。",
        [],
        (("sum", ("1,874人", "1,236人", "214人", "1,343人")),),
    ),
    Case(
        "a 其中 row: each cell is a part of the cell above it, column by column; cells one ideographic space apart",
        "项目\u3000本年累计数\u3000上年累计数\n捐赠收入\u30006,215.48\u30005,362.07\n其他收入\u3000779.08\u3000719.75\n"
        "收入合计\u30006,994.56\u30006,081.82\n业务活动成本\u30005,483.20\u30004,926.51\n"
        "其中：公益项目支出\u30005,301.47\u30004,760.33\n",
        [
            ("sum", "consistent", ("6,994.56", "6,215.48", "779.08")),
            ("sum", "consistent", ("6,081.82", "5,362.07", "719.75")),
            ("subset", "consistent", ("5,483.20", "5,301.47")),
            ("subset", "consistent", ("4,926.51", "4,760.33")),
        ],
    ),
    Case(
        "an amount for each (每人一次性资助5000元) is no part of the total listed",
        "发放助学金892.50万元,其中大学新生1203名,每人一次性资助5000元;其他项目支出1405.84万元。",
        [],
        (("sum", ("892.50万元", "5000元", "1405.84万元")),),
    ),
    Case(
        "a price index's change is the carry-over (翘尾) and the new rises (新涨价), signed as their words say",
        "在8月份0.9%的同比涨幅中,去年价格变动的翘尾影响约为0.1个百分点,新涨价影响约为0.8个百分点。"
        "在10月份2.3%的同比降幅中,翘尾影响约为-0.9个百分点,新涨价影响约为-1.4个百分点。"
        "在6月份0.7%的同比涨幅中,上年价格变动的翘尾影响约为0.1个百分点,新涨价影响约为0.8个百分点。",
        [
            ("sum", "consistent", ("0.9%", "0.1个百分点", "0.8个百分点")),
            ("sum", "consistent", ("2.3%", "-0.9个百分点", "-1.4个百分点")),
            ("sum", "inconsistent", ("0.7%", "0.1个百分点", "0.8个百分点")),
        ],
    ),
    Case(
        "in and out of port, and kinds that rose, fell or held, are all there are",
        "全年进出港船舶共计52752艘次,其中,进港26418艘次,出港26307艘次。在调查的32个工业行业大类中,价格同比上涨的有9个,"
        "下降的有21个,持平的有2个。",
        [
            ("sum", "inconsistent", ("52752艘次", "26418艘次", "26307艘次")),
            ("sum", "consistent", ("32个", "9个", "21个", "2个")),
        ],
    ),
    Case(
        "a growth rate set against an average in brackets: the points it stands above or below",
        "全港累计完成货物吞吐量1.47亿吨,同比增长7.3%,增速比全国沿海港口平均水平(4.9%)高2.4个百分点。"
        "居民消费价格比上年同期上涨0.6%,比全省平均水平(上涨0.8%)低0.4个百分点。",
        [
            ("point_change", "consistent", ("4.9%", "7.3%", "2.4个百分点")),
            ("point_change", "inconsistent", ("0.8%", "0.6%", "0.4个百分点")),
        ],
    ),
    Case(
        "a table's plan column named for what is planned (招生计划 | 实际录取 | 计划完成率)",
        "分批次录取情况如下(单位:人):\n批次 | 招生计划 | 实际录取 | 计划完成率\n本科批 | 170,400 | 169,588 | 99.52%\n"
        "专科批 | 182,000 | 179,444 | 98.80%\n",
        [
            ("part_rate", "consistent", ("170,400", "169,588", "99.52%")),
            ("part_rate", "inconsistent", ("182,000", "179,444", "98.80%")),
        ],
    ),
    Case(
        "a ratio named by the first characters of the two figures before it (养捕比), in percent of the two",
        "分来源看,养殖产量118.9万吨,捕捞产量68.7万吨,养捕比为63.4:36.6。",
        [
            ("sum", "consistent", ("63.4", "36.6")),
            ("part_rate", "consistent", ("118.9万吨", "68.7万吨", "63.4", "36.6")),
        ],
    ),
    Case(
        "a table's total of one side adds the rows since the total of the other side above it",
        "项目\t本年数\n捐赠收入\t6,215.48\n其他收入\t779.08\n收入合计\t6,994.56\n业务活动成本\t5,483.20\n"
        "其中：公益项目支出\t5,301.47\n管理费用\t356.18\n其他费用\t52.05\n费用合计\t5,891.43\n",
        [
            ("sum", "consistent", ("6,994.56", "6,215.48", "779.08")),
            ("sum", "consistent", ("5,891.43", "5,483.20", "356.18", "52.05")),
        ],
    ),
    Case(
        "what was inspected (已检) of what was due (应检), in prose and in a table's columns",
        "全年应检设备36250台,已检36185台,定期检验率99.82%。其中,电梯应检27803台、已检27698台,检验率99.62%。\n"
        "序号 | 县(市、区) | 应检(台) | 已检(台) | 定期检验率\n1 | 丰泽区 | 5128 | 5121 | 99.86%\n",
        [
            ("part_rate", "consistent", ("36250台", "36185台", "99.82%")),
            ("part_rate", "consistent", ("27803台", "27698台", "99.62%")),
            ("part_rate", "consistent", ("5128", "5121", "99.86%")),
        ],
    ),
    Case(
        "what was put right and the rest after it make up what was found",
        "检验中共检出不合格设备986台,经使用单位整改后复检合格951台,复检合格率96.45%;其余35台已依法责令停止使用。",
        [("sum", "consistent", ("986台", "951台", "35台"))],
    ),
    Case(
        "a figure said of some of the whole and the rest after it, making it up exactly",
        "代表共提出议案9件,经大会主席团审议,决定立案2件,其余7件作为建议处理。年初预算安排预备费8000万元,全年实际动用5260万元,"
        "其余2740万元结转使用。",
        [
            ("sum", "consistent", ("9件", "2件", "7件")),
            ("sum", "consistent", ("8000万元", "5260万元", "2740万元")),
        ],
    ),
    Case(
        "a figure over an earlier value of it stated in the rate's phrase (恢复至2019年同期(…)的…%)",
        "全年完成旅客吞吐量2864.50万人次,恢复至2019年同期(2631.20万人次)的108.9%;完成货邮吞吐量21.86万吨,"
        "为上年同期19.40万吨的115.2%。",
        [
            ("part_rate", "consistent", ("2631.20万人次", "2864.50万人次", "108.9%")),
            ("part_rate", "inconsistent", ("19.40万吨", "21.86万吨", "115.2%")),
        ],
    ),
]


@pytest.mark.parametrize("c", CASES, ids=[c.name for c in CASES])
def test_passage(c: Case) -> None:
    assert_passage(c)
